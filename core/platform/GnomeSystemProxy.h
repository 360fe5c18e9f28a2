#pragma once

#include "platform/SystemProxy.h"

namespace Veil {

/**
 * GNOME and the desktops that share its setting (Unity, Cinnamon, Budgie, Pantheon):
 * org.gnome.system.proxy through the real `gsettings` tool, one scope named "gnome". Keys are
 * "mode", "autoconfig-url", "ignore-hosts" and "<http|https|socks>.<host|port>"; values are
 * GVariant text exactly as gsettings prints and accepts them ('manual', 8080, ['localhost']).
 */
class GnomeSystemProxy final : public SystemProxy
{
public:
    explicit GnomeSystemProxy(std::shared_ptr<CommandRunner> runner);

    QString id() const override { return QStringLiteral("gnome"); }
    QString displayName() const override;
    bool read(SystemProxySnapshot *out, QString *error) override;
    SystemProxySnapshot settingsFor(const SystemProxySnapshot &current,
                                    const SystemProxyTarget &target) const override;
    SystemProxySnapshot::Scope cleared(const SystemProxySnapshot::Scope &scope) const override;
    bool pointsAt(const SystemProxySnapshot::Scope &scope, const SystemProxyTarget &target) const override;
    bool write(const SystemProxySnapshot &values, QString *error) override;

    static QString scopeName() { return QStringLiteral("gnome"); }
    /** GVariant text of a string: 'it\'s'. */
    static QString quote(const QString &text);
    /** The string inside GVariant text ('x' or "x", with backslash escapes); the input if unquoted. */
    static QString unquote(const QString &text);
    /** GVariant text of an array of strings: ['a', 'b'] (or @as [] when empty). */
    static QString stringArray(const QStringList &items);

private:
    std::shared_ptr<CommandRunner> m_runner;
};

} // namespace Veil
