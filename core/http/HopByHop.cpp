#include "http/HopByHop.h"

namespace Veil::Http {

namespace {

bool startsWithIgnoreCase(QByteArrayView s, QByteArrayView prefix)
{
    return s.size() >= prefix.size() && equalsIgnoreCase(s.first(prefix.size()), prefix);
}

} // namespace

Headers endToEndHeaders(const Headers &in, bool keepUpgrade)
{
    static constexpr QByteArrayView kAlwaysDropped[] = {
        "Connection", "Keep-Alive", "TE", "Transfer-Encoding", "Content-Length", "Host",
    };

    QList<QByteArrayView> listed;
    for (const HeaderField &f : in.fields()) {
        if (equalsIgnoreCase(f.name, "Connection")) {
            listed += splitList(f.value);
        }
    }

    Headers out;
    for (const HeaderField &f : in.fields()) {
        const QByteArrayView name = f.name;
        bool drop = startsWithIgnoreCase(name, "Proxy-");
        for (QByteArrayView d : kAlwaysDropped) {
            drop = drop || equalsIgnoreCase(name, d);
        }
        if (equalsIgnoreCase(name, "Upgrade")) {
            drop = !keepUpgrade;
        } else {
            for (QByteArrayView l : listed) {
                drop = drop || equalsIgnoreCase(name, l);
            }
        }
        if (!drop) {
            out.append(f.name, f.value);
        }
    }
    return out;
}

} // namespace Veil::Http
