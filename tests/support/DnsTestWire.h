#pragma once

// Byte builders for DNS messages in tests (the test DoH server and tst_dns), written apart from
// core/dns so that tests never read DNS with the code they test.

#include <QByteArray>
#include <QByteArrayList>

namespace Veil::Test {

inline void put16(QByteArray &out, int v)
{
    out.append(char((v >> 8) & 0xff));
    out.append(char(v & 0xff));
}

inline void put32(QByteArray &out, quint32 v)
{
    put16(out, int(v >> 16));
    put16(out, int(v & 0xffff));
}

/** "www.example.com" as uncompressed wire labels, ending in the root label. */
inline QByteArray encodeName(const QByteArray &dotted)
{
    QByteArray out;
    for (const QByteArray &label : dotted.split('.')) {
        out.append(char(label.size()));
        out.append(label);
    }
    out.append('\0');
    return out;
}

} // namespace Veil::Test
