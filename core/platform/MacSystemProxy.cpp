#include "platform/MacSystemProxy.h"

#include "platform/CommandRunner.h"

#include <QCoreApplication>

namespace Veil {

namespace {

/** Translation context; lupdate reads it from the macro (translations/README.md). */
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Veil::MacSystemProxy)
};

} // namespace

namespace {

const QString Networksetup = QStringLiteral("networksetup");
const QString Yes = QStringLiteral("Yes");
const QString No = QStringLiteral("No");

/** One kind of fixed proxy: snapshot prefix and networksetup verbs. */
struct ProxyKind
{
    const char *prefix;
    const char *get;
    const char *set;
    const char *setState;
};
constexpr ProxyKind Kinds[] = {
    {"web", "-getwebproxy", "-setwebproxy", "-setwebproxystate"},
    {"secureweb", "-getsecurewebproxy", "-setsecurewebproxy", "-setsecurewebproxystate"},
    {"socks", "-getsocksfirewallproxy", "-setsocksfirewallproxy", "-setsocksfirewallproxystate"},
};

QString key(const char *prefix, const char *field)
{
    return QLatin1String(prefix) + QLatin1Char('.') + QLatin1String(field);
}

} // namespace

MacSystemProxy::MacSystemProxy(std::shared_ptr<CommandRunner> runner)
    : m_runner(std::move(runner))
{}

QString MacSystemProxy::displayName() const
{
    return Tr::tr("macOS (networksetup)");
}

QStringList MacSystemProxy::parseServices(const QByteArray &output)
{
    QStringList services;
    const QList<QByteArray> lines = output.split('\n');
    // The first line explains the asterisk; disabled services start with one.
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines.at(i)).trimmed();
        if (!line.isEmpty() && !line.startsWith(QLatin1Char('*'))) {
            services.append(line);
        }
    }
    return services;
}

QMap<QString, QString> MacSystemProxy::parseFields(const QByteArray &output)
{
    QMap<QString, QString> fields;
    for (const QByteArray &raw : output.split('\n')) {
        const QString line = QString::fromUtf8(raw);
        const qsizetype colon = line.indexOf(QLatin1String(": "));
        if (colon > 0) {
            fields.insert(line.left(colon).trimmed(), line.mid(colon + 2).trimmed());
        } else if (line.endsWith(QLatin1Char(':'))) {
            fields.insert(line.chopped(1).trimmed(), QString());
        }
    }
    return fields;
}

bool MacSystemProxy::run(const QStringList &args, QByteArray *out, QString *error)
{
    const CommandResult r = m_runner->run(Networksetup, args);
    if (!r.ok()) {
        *error = Tr::tr("networksetup %1: %2").arg(args.constFirst(), r.describe(Networksetup));
        return false;
    }
    if (out) {
        *out = r.out;
    }
    return true;
}

bool MacSystemProxy::readService(const QString &service, SystemProxySnapshot::Scope *scope, QString *error)
{
    QByteArray out;
    for (const ProxyKind &kind : Kinds) {
        if (!run({QLatin1String(kind.get), service}, &out, error)) {
            return false;
        }
        const QMap<QString, QString> fields = parseFields(out);
        scope->insert(key(kind.prefix, "enabled"), fields.value(QStringLiteral("Enabled"), No));
        scope->insert(key(kind.prefix, "server"), fields.value(QStringLiteral("Server")));
        scope->insert(key(kind.prefix, "port"), fields.value(QStringLiteral("Port"), QStringLiteral("0")));
    }
    if (!run({QStringLiteral("-getproxybypassdomains"), service}, &out, error)) {
        return false;
    }
    QStringList domains;
    for (const QByteArray &raw : out.split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        // "There aren't any bypass domains set on Wi-Fi."
        if (!line.isEmpty() && !line.contains(QLatin1Char(' '))) {
            domains.append(line);
        }
    }
    scope->insert(QStringLiteral("bypass"), domains.join(QLatin1Char('\n')));
    if (!run({QStringLiteral("-getautoproxyurl"), service}, &out, error)) {
        return false;
    }
    const QMap<QString, QString> fields = parseFields(out);
    QString url = fields.value(QStringLiteral("URL"));
    if (url == QLatin1String("(null)")) {
        url.clear();
    }
    scope->insert(QStringLiteral("autoproxy.url"), url);
    scope->insert(QStringLiteral("autoproxy.enabled"), fields.value(QStringLiteral("Enabled"), No));
    return true;
}

bool MacSystemProxy::read(SystemProxySnapshot *out, QString *error)
{
    QByteArray list;
    if (!run({QStringLiteral("-listallnetworkservices")}, &list, error)) {
        return false;
    }
    const QStringList services = parseServices(list);
    if (services.isEmpty()) {
        *error = Tr::tr("networksetup lists no enabled network service");
        return false;
    }
    SystemProxySnapshot snapshot;
    for (const QString &service : services) {
        SystemProxySnapshot::Scope scope;
        if (!readService(service, &scope, error)) {
            return false;
        }
        snapshot.scopes.insert(service, scope);
    }
    *out = snapshot;
    return true;
}

SystemProxySnapshot MacSystemProxy::settingsFor(const SystemProxySnapshot &current,
                                                const SystemProxyTarget &target) const
{
    SystemProxySnapshot out;
    const bool pac = target.mode == SystemProxyTarget::Mode::Pac;
    for (auto it = current.scopes.cbegin(); it != current.scopes.cend(); ++it) {
        SystemProxySnapshot::Scope scope;
        for (const ProxyKind &kind : Kinds) {
            // In PAC mode the fixed proxies go off; their server fields keep the user's values.
            scope.insert(key(kind.prefix, "enabled"), pac ? No : Yes);
            scope.insert(key(kind.prefix, "server"),
                         pac ? it->value(key(kind.prefix, "server")) : target.host);
            scope.insert(key(kind.prefix, "port"),
                         pac ? it->value(key(kind.prefix, "port")) : QString::number(target.port));
        }
        scope.insert(QStringLiteral("bypass"),
                     pac ? it->value(QStringLiteral("bypass")) : target.bypass.join(QLatin1Char('\n')));
        scope.insert(QStringLiteral("autoproxy.enabled"), pac ? Yes : No);
        scope.insert(QStringLiteral("autoproxy.url"),
                     pac ? target.pacUrl() : it->value(QStringLiteral("autoproxy.url")));
        out.scopes.insert(it.key(), scope);
    }
    return out;
}

SystemProxySnapshot::Scope MacSystemProxy::cleared(const SystemProxySnapshot::Scope &scope) const
{
    SystemProxySnapshot::Scope out = scope;
    for (const ProxyKind &kind : Kinds) {
        out.insert(key(kind.prefix, "enabled"), No);
    }
    out.insert(QStringLiteral("autoproxy.enabled"), No);
    return out;
}

bool MacSystemProxy::pointsAt(const SystemProxySnapshot::Scope &scope, const SystemProxyTarget &target) const
{
    if (scope.value(QStringLiteral("web.enabled")) == Yes &&
        scope.value(QStringLiteral("web.server")) == target.host &&
        scope.value(QStringLiteral("web.port")) == QString::number(target.port)) {
        return true;
    }
    return scope.value(QStringLiteral("autoproxy.enabled")) == Yes &&
           scope.value(QStringLiteral("autoproxy.url")) == target.pacUrl();
}

bool MacSystemProxy::writeService(const QString &service, const SystemProxySnapshot::Scope &scope,
                                  QString *error)
{
    for (const ProxyKind &kind : Kinds) {
        const QString enabled = key(kind.prefix, "enabled");
        if (!scope.contains(enabled)) {
            continue;
        }
        const QString server = scope.value(key(kind.prefix, "server"));
        const QString port = scope.value(key(kind.prefix, "port"));
        // -setwebproxy also switches the proxy on; the state command after it sets what we want.
        if (!server.isEmpty() && !run({QLatin1String(kind.set), service, server, port}, nullptr, error)) {
            return false;
        }
        const QString state = scope.value(enabled) == Yes ? QStringLiteral("on") : QStringLiteral("off");
        if (!run({QLatin1String(kind.setState), service, state}, nullptr, error)) {
            return false;
        }
    }
    if (scope.contains(QStringLiteral("bypass"))) {
        QStringList args{QStringLiteral("-setproxybypassdomains"), service};
        const QString bypass = scope.value(QStringLiteral("bypass"));
        args += bypass.isEmpty() ? QStringList{QStringLiteral("Empty")} : bypass.split(QLatin1Char('\n'));
        if (!run(args, nullptr, error)) {
            return false;
        }
    }
    if (scope.contains(QStringLiteral("autoproxy.enabled"))) {
        const QString url = scope.value(QStringLiteral("autoproxy.url"));
        if (!url.isEmpty() && !run({QStringLiteral("-setautoproxyurl"), service, url}, nullptr, error)) {
            return false;
        }
        const QString state = scope.value(QStringLiteral("autoproxy.enabled")) == Yes ? QStringLiteral("on")
                                                                                      : QStringLiteral("off");
        if (!run({QStringLiteral("-setautoproxystate"), service, state}, nullptr, error)) {
            return false;
        }
    }
    return true;
}

bool MacSystemProxy::write(const SystemProxySnapshot &values, QString *error)
{
    for (auto it = values.scopes.cbegin(); it != values.scopes.cend(); ++it) {
        if (!writeService(it.key(), *it, error)) {
            return false;
        }
    }
    return true;
}

} // namespace Veil
