#include "platform/KdeSystemProxy.h"

#include "platform/CommandRunner.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QStandardPaths>

namespace Veil {

Q_LOGGING_CATEGORY(lcKdeProxy, "veil.platform.kde")

namespace {

/** Translation context; lupdate reads it from the macro (translations/README.md). */
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Veil::KdeSystemProxy)
};

} // namespace

namespace {

const QString File = QStringLiteral("kioslaverc");
const QString Group = QStringLiteral("Proxy Settings");
const QString ProxyType = QStringLiteral("ProxyType");

// KIO's ProxyType values.
const QString NoProxy = QStringLiteral("0");
const QString ManualProxy = QStringLiteral("1");
const QString PacProxy = QStringLiteral("2");

} // namespace

KdeSystemProxy::KdeSystemProxy(std::shared_ptr<CommandRunner> runner, int plasmaVersion)
    : m_runner(std::move(runner))
    , m_version(plasmaVersion)
{}

int KdeSystemProxy::detectVersion()
{
    const QString session = qEnvironmentVariable("KDE_SESSION_VERSION");
    if (session == QLatin1String("6")) {
        return 6;
    }
    if (session == QLatin1String("5")) {
        return 5;
    }
    return QStandardPaths::findExecutable(QStringLiteral("kwriteconfig6")).isEmpty() ? 5 : 6;
}

const QStringList &KdeSystemProxy::keys()
{
    // ReversedException turns NoProxyFor into "only these use the proxy": Veil needs it false.
    static const QStringList list{ProxyType,
                                  QStringLiteral("httpProxy"),
                                  QStringLiteral("httpsProxy"),
                                  QStringLiteral("socksProxy"),
                                  QStringLiteral("NoProxyFor"),
                                  QStringLiteral("ReversedException"),
                                  QStringLiteral("Proxy Config Script")};
    return list;
}

QString KdeSystemProxy::readTool() const
{
    return QStringLiteral("kreadconfig") + QString::number(m_version);
}

QString KdeSystemProxy::writeTool() const
{
    return QStringLiteral("kwriteconfig") + QString::number(m_version);
}

QString KdeSystemProxy::displayName() const
{
    return Tr::tr("KDE Plasma %1 (kioslaverc)").arg(m_version);
}

QString KdeSystemProxy::proxyEntry(const QString &scheme, const SystemProxyTarget &target)
{
    const bool v6 = QHostAddress(target.host).protocol() == QAbstractSocket::IPv6Protocol;
    const QString host = v6 ? QLatin1Char('[') + target.host + QLatin1Char(']') : target.host;
    return scheme + QStringLiteral("://") + host + QLatin1Char(' ') + QString::number(target.port);
}

bool KdeSystemProxy::read(SystemProxySnapshot *out, QString *error)
{
    SystemProxySnapshot::Scope scope;
    for (const QString &key : keys()) {
        const CommandResult r = m_runner->run(
            readTool(), {QStringLiteral("--file"), File, QStringLiteral("--group"), Group,
                         QStringLiteral("--key"), key, QStringLiteral("--default"), unsetValue()});
        if (!r.ok()) {
            *error = r.describe(readTool());
            return false;
        }
        QString value = QString::fromUtf8(r.out);
        if (value.endsWith(QLatin1Char('\n'))) {
            value.chop(1);
        }
        scope.insert(key, value);
    }
    out->scopes = {{scopeName(), scope}};
    return true;
}

SystemProxySnapshot KdeSystemProxy::settingsFor(const SystemProxySnapshot &,
                                                const SystemProxyTarget &target) const
{
    SystemProxySnapshot::Scope scope;
    if (target.mode == SystemProxyTarget::Mode::Pac) {
        scope.insert(ProxyType, PacProxy);
        scope.insert(QStringLiteral("Proxy Config Script"), target.pacUrl());
    } else {
        scope.insert(ProxyType, ManualProxy);
        scope.insert(QStringLiteral("httpProxy"), proxyEntry(QStringLiteral("http"), target));
        scope.insert(QStringLiteral("httpsProxy"), proxyEntry(QStringLiteral("http"), target));
        scope.insert(QStringLiteral("socksProxy"), proxyEntry(QStringLiteral("socks"), target));
        scope.insert(QStringLiteral("NoProxyFor"), target.bypass.join(QLatin1Char(',')));
        scope.insert(QStringLiteral("ReversedException"), QStringLiteral("false"));
    }
    return SystemProxySnapshot{{{scopeName(), scope}}};
}

SystemProxySnapshot::Scope KdeSystemProxy::cleared(const SystemProxySnapshot::Scope &scope) const
{
    SystemProxySnapshot::Scope out = scope;
    out.insert(ProxyType, NoProxy);
    return out;
}

bool KdeSystemProxy::pointsAt(const SystemProxySnapshot::Scope &scope, const SystemProxyTarget &target) const
{
    const QString type = scope.value(ProxyType);
    if (type == ManualProxy) {
        // KIO accepts "http://host port" and "http://host:port".
        QString entry = scope.value(QStringLiteral("httpProxy")).trimmed();
        entry.replace(QLatin1Char(' '), QLatin1Char(':'));
        return entry == QStringLiteral("http://") + target.hostPort() || entry == target.hostPort();
    }
    if (type == PacProxy) {
        return scope.value(QStringLiteral("Proxy Config Script")) == target.pacUrl();
    }
    return false;
}

bool KdeSystemProxy::write(const SystemProxySnapshot &values, QString *error)
{
    const SystemProxySnapshot::Scope scope = values.scopes.value(scopeName());
    QStringList order;
    for (const QString &key : keys()) {
        if (scope.contains(key) && key != ProxyType) {
            order.append(key);
        }
    }
    if (scope.contains(ProxyType)) {
        scope.value(ProxyType) == NoProxy ? order.prepend(ProxyType) : order.append(ProxyType);
    }
    for (const QString &key : order) {
        QStringList args{QStringLiteral("--file"), File, QStringLiteral("--group"), Group,
                         QStringLiteral("--key"),  key};
        const QString value = scope.value(key);
        if (value == unsetValue()) {
            args.append(QStringLiteral("--delete"));
        } else {
            args.append(value);
        }
        const CommandResult r = m_runner->run(writeTool(), args);
        if (!r.ok()) {
            *error = Tr::tr("cannot set %1 in kioslaverc: %2").arg(key, r.describe(writeTool()));
            return false;
        }
    }
    // Running KIO applications reread kioslaverc on this signal (what the Plasma proxy page sends).
    const QString dbusSend = QStringLiteral("dbus-send");
    const CommandResult r = m_runner->run(
        dbusSend,
        {QStringLiteral("--session"), QStringLiteral("--type=signal"), QStringLiteral("/KIO/Scheduler"),
         QStringLiteral("org.kde.KIO.Scheduler.reparseSlaveConfiguration"), QStringLiteral("string:")});
    if (!r.ok()) {
        // The file is written; applications started from now on use it. Not worth failing for.
        qCWarning(lcKdeProxy) << "cannot notify KIO:" << r.describe(dbusSend);
    }
    return true;
}

} // namespace Veil
