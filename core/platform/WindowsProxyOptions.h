#pragma once

#include "platform/SystemProxy.h"

#include <QList>

namespace Veil {

/** WinINet's per-connection option ids and PROXY_TYPE flags (values from wininet.h). */
namespace WinInet {
constexpr quint32 PerConnFlags = 1;
constexpr quint32 PerConnProxyServer = 2;
constexpr quint32 PerConnProxyBypass = 3;
constexpr quint32 PerConnAutoConfigUrl = 4;
constexpr quint32 ProxyTypeDirect = 0x1;
constexpr quint32 ProxyTypeProxy = 0x2;
constexpr quint32 ProxyTypeAutoProxyUrl = 0x4;
constexpr quint32 ProxyTypeAutoDetect = 0x8;
} // namespace WinInet

/** One entry of an INTERNET_PER_CONN_OPTION_LIST: a DWORD or a string option. */
struct WindowsProxyOption
{
    quint32 option = 0;
    quint32 number = 0; ///< for PerConnFlags
    QString text;       ///< for the string options
    bool operator==(const WindowsProxyOption &) const = default;
};

/**
 * The four per-connection proxy options of one WinINet connection (the LAN or one RAS/VPN
 * entry). Pure data so the option list Veil writes is unit-tested on every platform; the
 * WinINet calls themselves live in WindowsSystemProxy.
 */
struct WindowsProxyOptions
{
    quint32 flags = WinInet::ProxyTypeDirect;
    QString server;
    QString bypass;
    QString autoConfigUrl;

    /**
     * What points a connection at @p target. Fixed: "http=H:P;https=H:P" — no "socks=", since
     * WinINet speaks SOCKS4 there and Veil serves SOCKS5. Auto-detect (WPAD) is switched off in
     * both modes: WinINet would try it first and could route around Veil.
     */
    static WindowsProxyOptions forTarget(const SystemProxyTarget &target);
    /** The option list to pass to InternetSetOption, in WinINet's order. */
    QList<WindowsProxyOption> toOptionList() const;
    bool pointsAt(const SystemProxyTarget &target) const;

    /** Snapshot keys: flags (decimal), server, bypass, autoconfig. */
    SystemProxySnapshot::Scope toScope() const;
    static WindowsProxyOptions fromScope(const SystemProxySnapshot::Scope &scope);
    bool operator==(const WindowsProxyOptions &) const = default;
};

/**
 * WinINet's bypass syntax for @p bypass: "<local>" first (plain host names), networks as
 * wildcards (127.0.0.0/8 → 127.*), IPv6 addresses in brackets; ';'-separated.
 */
QString windowsBypassList(const QStringList &bypass);

/** Scope names: "lan" for the LAN settings, "ras:<entry>" for a dial-up or VPN entry. */
QString windowsScopeName(const QString &rasEntry);

} // namespace Veil
