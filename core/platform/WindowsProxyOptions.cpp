#include "platform/WindowsProxyOptions.h"

#include <QHostAddress>

namespace Veil {

QString windowsBypassList(const QStringList &bypass)
{
    QStringList out{QStringLiteral("<local>")};
    for (const QString &entry : bypass) {
        QString item = entry.trimmed();
        const qsizetype slash = item.indexOf(QLatin1Char('/'));
        if (slash > 0) {
            const auto [network, prefix] = QHostAddress::parseSubnet(item);
            if (network.protocol() == QAbstractSocket::IPv4Protocol && prefix % 8 == 0 && prefix > 0) {
                QStringList octets = network.toString().split(QLatin1Char('.')).mid(0, prefix / 8);
                if (prefix < 32) {
                    octets.append(QStringLiteral("*"));
                }
                item = octets.join(QLatin1Char('.'));
            } else {
                item = item.left(slash); // WinINet has no prefix syntax: bypass at least the address
            }
        }
        if (QHostAddress(item).protocol() == QAbstractSocket::IPv6Protocol) {
            item = QLatin1Char('[') + item + QLatin1Char(']');
        }
        if (!item.isEmpty() && !out.contains(item)) {
            out.append(item);
        }
    }
    return out.join(QLatin1Char(';'));
}

QString windowsScopeName(const QString &rasEntry)
{
    return rasEntry.isEmpty() ? QStringLiteral("lan") : QStringLiteral("ras:") + rasEntry;
}

WindowsProxyOptions WindowsProxyOptions::forTarget(const SystemProxyTarget &target)
{
    WindowsProxyOptions o;
    if (target.mode == SystemProxyTarget::Mode::Pac) {
        o.flags = WinInet::ProxyTypeDirect | WinInet::ProxyTypeAutoProxyUrl;
        o.autoConfigUrl = target.pacUrl();
    } else {
        o.flags = WinInet::ProxyTypeDirect | WinInet::ProxyTypeProxy;
        const QString hp = target.hostPort();
        o.server = QStringLiteral("http=") + hp + QStringLiteral(";https=") + hp;
        o.bypass = windowsBypassList(target.bypass);
    }
    return o;
}

QList<WindowsProxyOption> WindowsProxyOptions::toOptionList() const
{
    return {{WinInet::PerConnFlags, flags, {}},
            {WinInet::PerConnProxyServer, 0, server},
            {WinInet::PerConnProxyBypass, 0, bypass},
            {WinInet::PerConnAutoConfigUrl, 0, autoConfigUrl}};
}

bool WindowsProxyOptions::pointsAt(const SystemProxyTarget &target) const
{
    if (flags & WinInet::ProxyTypeProxy) {
        const QString hp = target.hostPort();
        const QStringList parts = server.split(QLatin1Char(';'));
        if (server == hp || parts.contains(QStringLiteral("http=") + hp)) {
            return true;
        }
    }
    return (flags & WinInet::ProxyTypeAutoProxyUrl) && autoConfigUrl == target.pacUrl();
}

SystemProxySnapshot::Scope WindowsProxyOptions::toScope() const
{
    return {{QStringLiteral("flags"), QString::number(flags)},
            {QStringLiteral("server"), server},
            {QStringLiteral("bypass"), bypass},
            {QStringLiteral("autoconfig"), autoConfigUrl}};
}

WindowsProxyOptions WindowsProxyOptions::fromScope(const SystemProxySnapshot::Scope &scope)
{
    WindowsProxyOptions o;
    o.flags = scope.value(QStringLiteral("flags"), QString::number(WinInet::ProxyTypeDirect)).toUInt();
    o.server = scope.value(QStringLiteral("server"));
    o.bypass = scope.value(QStringLiteral("bypass"));
    o.autoConfigUrl = scope.value(QStringLiteral("autoconfig"));
    return o;
}

} // namespace Veil
