#pragma once

#include "platform/SystemProxy.h"

namespace Veil {

/**
 * KDE Plasma 5 and 6: the [Proxy Settings] group of kioslaverc, read with kreadconfig5/6 and
 * written with kwriteconfig5/6, then the KIO reload signal
 * (org.kde.KIO.Scheduler.reparseSlaveConfiguration on /KIO/Scheduler) sent with dbus-send so
 * running applications pick the change up. One scope named "kioslaverc"; a key that is not in
 * the file is saved as unsetValue() and deleted again on restore.
 */
class KdeSystemProxy final : public SystemProxy
{
public:
    KdeSystemProxy(std::shared_ptr<CommandRunner> runner, int plasmaVersion);

    /** 6 when KDE_SESSION_VERSION says so or only kwriteconfig6 is installed, else 5. */
    static int detectVersion();

    QString id() const override { return QStringLiteral("kde"); }
    QString displayName() const override;
    bool read(SystemProxySnapshot *out, QString *error) override;
    SystemProxySnapshot settingsFor(const SystemProxySnapshot &current,
                                    const SystemProxyTarget &target) const override;
    SystemProxySnapshot::Scope cleared(const SystemProxySnapshot::Scope &scope) const override;
    bool pointsAt(const SystemProxySnapshot::Scope &scope, const SystemProxyTarget &target) const override;
    bool write(const SystemProxySnapshot &values, QString *error) override;

    static QString scopeName() { return QStringLiteral("kioslaverc"); }
    /** Stands for "the key is not in the file" (passed to kreadconfig as --default). */
    static QString unsetValue() { return QStringLiteral("veil:unset"); }
    /** KIO's "scheme://host port" for a proxy entry; the host is bracketed when IPv6. */
    static QString proxyEntry(const QString &scheme, const SystemProxyTarget &target);
    static const QStringList &keys();

private:
    QString readTool() const;
    QString writeTool() const;

    std::shared_ptr<CommandRunner> m_runner;
    int m_version;
};

} // namespace Veil
