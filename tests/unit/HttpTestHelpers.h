#pragma once

// Shared by the parser suites: readable QCOMPARE failures for the parser enums (found by QTest
// through ADL) and a byte-by-byte scan.

#include "http/HttpParser.h"

#include <QtGlobal>

#include <cstring>

namespace Veil::Http {

inline char *toString(ParseError error)
{
    return qstrdup(parseErrorText(error));
}

inline char *toString(Framing framing)
{
    static const char *const names[] = {"None", "ContentLength", "Chunked", "UntilClose", "Tunnel"};
    return qstrdup(names[int(framing)]);
}

inline char *toString(TargetForm form)
{
    static const char *const names[] = {"Origin", "Absolute", "Authority", "Asterisk"};
    return qstrdup(names[int(form)]);
}

/** Scans @p input the way a socket delivers it: one more byte per call. */
inline qsizetype scanByteByByte(QByteArrayView input, qsizetype maxHeadBytes)
{
    HeadScanner scanner(maxHeadBytes);
    for (qsizetype n = 1; n <= input.size(); ++n) {
        const qsizetype result = scanner.scan(input.first(n));
        if (result != 0) {
            return result;
        }
    }
    return 0;
}

} // namespace Veil::Http
