#pragma once

#include "platform/SystemProxy.h"

namespace Veil {

/**
 * The "copy environment variables" text for terminals: http_proxy, https_proxy,
 * all_proxy=socks5h://… (names resolved by Veil) and no_proxy, plus the upper-case names some
 * tools read. Veil never writes these into shell start-up files; the user pastes them.
 */
class ProxyEnvironment
{
public:
    enum class Shell
    {
        Posix,      ///< export http_proxy='http://127.0.0.1:8765'
        PowerShell, ///< $env:http_proxy = 'http://127.0.0.1:8765'
        Cmd         ///< set http_proxy=http://127.0.0.1:8765
    };

    /** Variable name → value, in a fixed order. */
    static QList<std::pair<QString, QString>> variables(const SystemProxyTarget &target);
    /** One line per variable for @p shell, each ending in a newline. */
    static QString text(const SystemProxyTarget &target, Shell shell = Shell::Posix);
};

} // namespace Veil
