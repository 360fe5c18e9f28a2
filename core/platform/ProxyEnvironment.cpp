#include "platform/ProxyEnvironment.h"

namespace Veil {

QList<std::pair<QString, QString>> ProxyEnvironment::variables(const SystemProxyTarget &target)
{
    const QString http = QStringLiteral("http://") + target.hostPort();
    const QString socks = QStringLiteral("socks5h://") + target.hostPort();
    const QString noProxy = target.bypass.join(QLatin1Char(','));
    // curl ignores upper-case HTTP_PROXY (CGI clash), so only the lower-case one is given for it.
    return {{QStringLiteral("http_proxy"), http},  {QStringLiteral("https_proxy"), http},
            {QStringLiteral("all_proxy"), socks},  {QStringLiteral("no_proxy"), noProxy},
            {QStringLiteral("HTTPS_PROXY"), http}, {QStringLiteral("ALL_PROXY"), socks},
            {QStringLiteral("NO_PROXY"), noProxy}};
}

QString ProxyEnvironment::text(const SystemProxyTarget &target, Shell shell)
{
    QString out;
    for (const auto &[name, value] : variables(target)) {
        switch (shell) {
        case Shell::Posix:
            // Single quotes: nothing in the value is special to the shell.
            out += QStringLiteral("export ") + name + QStringLiteral("='") + value + QStringLiteral("'\n");
            break;
        case Shell::PowerShell:
            out += QStringLiteral("$env:") + name + QStringLiteral(" = '") + value + QStringLiteral("'\n");
            break;
        case Shell::Cmd:
            out += QStringLiteral("set ") + name + QLatin1Char('=') + value + QLatin1Char('\n');
            break;
        }
    }
    return out;
}

} // namespace Veil
