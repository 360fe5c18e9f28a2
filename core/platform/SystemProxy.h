#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>

namespace Veil {

class CommandRunner;

/** Where the system proxy should point: Veil's listener, as a fixed proxy or through its PAC file. */
struct SystemProxyTarget
{
    enum class Mode
    {
        Fixed, ///< HTTP, HTTPS and SOCKS all go to host:port
        Pac    ///< automatic configuration from http://host:port/proxy.pac
    };
    Mode mode = Mode::Fixed;
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 8765;
    /** Hosts and networks that never go through Veil; always includes the loopback ones. */
    QStringList bypass = defaultBypass();

    /** localhost, 127.0.0.0/8 and ::1. */
    static QStringList defaultBypass();
    /** "host:port", with the host in brackets when it is an IPv6 address. */
    QString hostPort() const;
    /** http://host:port/proxy.pac */
    QString pacUrl() const;

    QJsonObject toJson() const;
    static SystemProxyTarget fromJson(const QJsonObject &json);
    bool operator==(const SystemProxyTarget &) const = default;
};

/**
 * The proxy settings of one system, as text exactly as the system's tool prints and accepts
 * them: scope (one network service, one connection, or the whole desktop) → key → value.
 * Saved before Veil changes anything and written back on restore.
 */
struct SystemProxySnapshot
{
    using Scope = QMap<QString, QString>;
    QMap<QString, Scope> scopes;

    bool isEmpty() const { return scopes.isEmpty(); }
    /** True when every key of @p part has the same value here (a missing scope or key differs). */
    bool contains(const QString &scope, const Scope &part) const;

    QJsonObject toJson() const;
    static SystemProxySnapshot fromJson(const QJsonObject &json);
    bool operator==(const SystemProxySnapshot &) const = default;
};

/**
 * One operating system's proxy settings (DESIGN.md, System proxy). A backend only reads and
 * writes; saving, restoring and watching live in SystemProxyController, the same for all.
 */
class SystemProxy
{
public:
    SystemProxy() = default;
    virtual ~SystemProxy() = default;
    Q_DISABLE_COPY_MOVE(SystemProxy)

    /** Stable id stored in the state file: "gnome", "kde", "macos" or "windows". */
    virtual QString id() const = 0;
    /** For messages: "GNOME (gsettings)", … */
    virtual QString displayName() const = 0;

    /** Reads every field this backend may change, for every scope. */
    virtual bool read(SystemProxySnapshot *out, QString *error) = 0;
    /** The values that point each scope of @p current at @p target (same scopes and keys). */
    virtual SystemProxySnapshot settingsFor(const SystemProxySnapshot &current,
                                            const SystemProxyTarget &target) const = 0;
    /** @p scope with its proxy turned off ("none"), for a saved state that was Veil's own. */
    virtual SystemProxySnapshot::Scope cleared(const SystemProxySnapshot::Scope &scope) const = 0;
    /** Whether @p scope sends traffic to @p target (fixed proxy or PAC URL). */
    virtual bool pointsAt(const SystemProxySnapshot::Scope &scope, const SystemProxyTarget &target) const = 0;
    /** Writes the scopes and keys present in @p values and tells the system to reload. */
    virtual bool write(const SystemProxySnapshot &values, QString *error) = 0;
};

/** Which backend fits this desktop: "gnome", "kde", "macos", "windows", or empty (none). */
QString detectSystemProxyBackend();

/**
 * Creates the backend @p id ("auto" detects it). Returns nullptr with @p error set when the
 * desktop is not supported or the tools it needs are missing.
 */
std::unique_ptr<SystemProxy> createSystemProxy(const QString &id, std::shared_ptr<CommandRunner> runner,
                                               QString *error);

} // namespace Veil
