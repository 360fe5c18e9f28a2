#include "engine/EngineContext.h"

#include <QNetworkInterface>

namespace Veil {

bool EngineContext::isSelf(const QHostAddress &address, quint16 port) const
{
    if (port != boundPort || address.isNull()) {
        return false;
    }
    QHostAddress a = address;
    bool isV4 = false;
    const quint32 v4 = a.toIPv4Address(&isV4); // unmaps ::ffff:a.b.c.d
    if (isV4) {
        a = QHostAddress(v4);
    }
    if (a == boundAddress) {
        return true;
    }
    if (boundAddress == QHostAddress::AnyIPv4 || boundAddress == QHostAddress::AnyIPv6 ||
        boundAddress == QHostAddress::Any) {
        return a.isLoopback() || QNetworkInterface::allAddresses().contains(a);
    }
    return false;
}

} // namespace Veil
