#include "socks/Socks5Wire.h"

#include <QHostAddress>

namespace Veil::Socks5::Wire {

void appendAddress(QByteArray &out, const QHostAddress &address)
{
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        const Q_IPV6ADDR ip = address.toIPv6Address();
        appendByte(out, static_cast<quint8>(AddressType::IPv6));
        out.append(reinterpret_cast<const char *>(ip.c), kIPv6Size);
        return;
    }
    const quint32 ip = address.protocol() == QAbstractSocket::IPv4Protocol ? address.toIPv4Address() : 0;
    appendByte(out, static_cast<quint8>(AddressType::IPv4));
    for (int shift = 24; shift >= 0; shift -= 8)
        appendByte(out, static_cast<quint8>(ip >> shift));
}

qsizetype addressFieldSize(quint8 atyp, QByteArrayView field)
{
    switch (atyp) {
    case static_cast<quint8>(AddressType::IPv4):
        return kIPv4Size;
    case static_cast<quint8>(AddressType::IPv6):
        return kIPv6Size;
    case static_cast<quint8>(AddressType::DomainName):
        return field.isEmpty() ? 0 : 1 + byteAt(field, 0);
    default:
        return -1;
    }
}

QByteArray addressText(AddressType type, QByteArrayView field)
{
    switch (type) {
    case AddressType::IPv4: {
        const quint32 ip = (quint32(byteAt(field, 0)) << 24) | (quint32(byteAt(field, 1)) << 16) |
                           (quint32(byteAt(field, 2)) << 8) | quint32(byteAt(field, 3));
        return QHostAddress(ip).toString().toLatin1();
    }
    case AddressType::IPv6:
        // The IPv6 constructor keeps ::ffff:a.b.c.d as IPv6, so a mapped address stays as sent.
        return QHostAddress(reinterpret_cast<const quint8 *>(field.data())).toString().toLatin1();
    case AddressType::DomainName:
        return field.sliced(1).toByteArray();
    }
    return {};
}

} // namespace Veil::Socks5::Wire
