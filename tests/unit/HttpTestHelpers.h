#pragma once

// Readable QCOMPARE failures for the parser enums (found by QTest through ADL).

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

} // namespace Veil::Http
