#pragma once

#include "platform/SystemProxy.h"

namespace Veil {

/**
 * macOS: `networksetup` for every enabled network service (one scope per service name). Keys:
 * "<web|secureweb|socks>.<enabled|server|port>", "bypass" (one domain per line) and
 * "autoproxy.<enabled|url>", with values as networksetup prints them ("Yes", "8080", …).
 *
 * networksetup cannot clear a proxy server, only switch it off: restoring "no server" leaves
 * Veil's address in the field, switched off. Proxy passwords live in the keychain and are not
 * touched; an authenticated proxy of the user's keeps its password.
 */
class MacSystemProxy final : public SystemProxy
{
public:
    explicit MacSystemProxy(std::shared_ptr<CommandRunner> runner);

    QString id() const override { return QStringLiteral("macos"); }
    QString displayName() const override;
    bool read(SystemProxySnapshot *out, QString *error) override;
    SystemProxySnapshot settingsFor(const SystemProxySnapshot &current,
                                    const SystemProxyTarget &target) const override;
    SystemProxySnapshot::Scope cleared(const SystemProxySnapshot::Scope &scope) const override;
    bool pointsAt(const SystemProxySnapshot::Scope &scope, const SystemProxyTarget &target) const override;
    bool write(const SystemProxySnapshot &values, QString *error) override;

    /** The enabled services in `networksetup -listallnetworkservices` output. */
    static QStringList parseServices(const QByteArray &output);
    /** "Key: value" lines of a -get… command. */
    static QMap<QString, QString> parseFields(const QByteArray &output);

private:
    bool readService(const QString &service, SystemProxySnapshot::Scope *scope, QString *error);
    bool writeService(const QString &service, const SystemProxySnapshot::Scope &scope, QString *error);
    bool run(const QStringList &args, QByteArray *out, QString *error);

    std::shared_ptr<CommandRunner> m_runner;
};

} // namespace Veil
