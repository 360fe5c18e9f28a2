#include "platform/GnomeSystemProxy.h"

#include "platform/CommandRunner.h"

#include <QCoreApplication>

namespace Veil {

namespace {

/** Translation context; lupdate reads it from the macro (translations/README.md). */
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Veil::GnomeSystemProxy)
};

} // namespace

namespace {

const QString Gsettings = QStringLiteral("gsettings");
const QString BaseSchema = QStringLiteral("org.gnome.system.proxy");
const QString Mode = QStringLiteral("mode");

/** The keys Veil reads, saves and may change, as "<child schema>.<key>" or "<key>". */
const QStringList &knownKeys()
{
    static const QStringList keys{
        QStringLiteral("mode"),       QStringLiteral("autoconfig-url"), QStringLiteral("ignore-hosts"),
        QStringLiteral("http.host"),  QStringLiteral("http.port"),      QStringLiteral("https.host"),
        QStringLiteral("https.port"), QStringLiteral("socks.host"),     QStringLiteral("socks.port")};
    return keys;
}

/** "http.port" → ("org.gnome.system.proxy.http", "port"). */
std::pair<QString, QString> schemaAndKey(const QString &key)
{
    const qsizetype dot = key.indexOf(QLatin1Char('.'));
    if (dot < 0) {
        return {BaseSchema, key};
    }
    return {BaseSchema + QLatin1Char('.') + key.left(dot), key.mid(dot + 1)};
}

} // namespace

GnomeSystemProxy::GnomeSystemProxy(std::shared_ptr<CommandRunner> runner)
    : m_runner(std::move(runner))
{}

QString GnomeSystemProxy::displayName() const
{
    return Tr::tr("GNOME (gsettings org.gnome.system.proxy)");
}

QString GnomeSystemProxy::quote(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

QString GnomeSystemProxy::unquote(const QString &text)
{
    const QString t = text.trimmed();
    if (t.size() < 2 || (t.front() != QLatin1Char('\'') && t.front() != QLatin1Char('"')) ||
        t.back() != t.front()) {
        return t;
    }
    QString out;
    for (qsizetype i = 1; i + 1 < t.size(); ++i) {
        if (t.at(i) == QLatin1Char('\\') && i + 2 < t.size()) {
            ++i;
        }
        out.append(t.at(i));
    }
    return out;
}

QString GnomeSystemProxy::stringArray(const QStringList &items)
{
    if (items.isEmpty()) {
        return QStringLiteral("@as []");
    }
    QStringList quoted;
    for (const QString &item : items) {
        quoted.append(quote(item));
    }
    return QLatin1Char('[') + quoted.join(QLatin1String(", ")) + QLatin1Char(']');
}

bool GnomeSystemProxy::read(SystemProxySnapshot *out, QString *error)
{
    // One process for every key: the watcher calls this every few seconds.
    const CommandResult r = m_runner->run(Gsettings, {QStringLiteral("list-recursively"), BaseSchema});
    if (!r.ok()) {
        *error = r.describe(Gsettings);
        if (r.err.contains("No such schema")) {
            *error += QLatin1Char(' ') + Tr::tr("(install the gsettings-desktop-schemas package)");
        }
        return false;
    }
    SystemProxySnapshot::Scope scope;
    for (const QByteArray &rawLine : r.out.split('\n')) {
        // "org.gnome.system.proxy.http port 8080"
        const QString line = QString::fromUtf8(rawLine);
        const qsizetype first = line.indexOf(QLatin1Char(' '));
        const qsizetype second = first < 0 ? -1 : line.indexOf(QLatin1Char(' '), first + 1);
        if (second < 0) {
            continue;
        }
        const QString schema = line.left(first);
        const QString key = line.mid(first + 1, second - first - 1);
        const QString name =
            schema == BaseSchema ? key : schema.mid(BaseSchema.size() + 1) + QLatin1Char('.') + key;
        if (knownKeys().contains(name)) {
            scope.insert(name, line.mid(second + 1));
        }
    }
    for (const QString &key : knownKeys()) {
        if (!scope.contains(key)) {
            *error = Tr::tr("gsettings did not list %1; is the gsettings-desktop-schemas package installed?")
                         .arg(key);
            return false;
        }
    }
    out->scopes = {{scopeName(), scope}};
    return true;
}

SystemProxySnapshot GnomeSystemProxy::settingsFor(const SystemProxySnapshot &,
                                                  const SystemProxyTarget &target) const
{
    SystemProxySnapshot::Scope scope;
    if (target.mode == SystemProxyTarget::Mode::Pac) {
        scope.insert(Mode, quote(QStringLiteral("auto")));
        scope.insert(QStringLiteral("autoconfig-url"), quote(target.pacUrl()));
    } else {
        scope.insert(Mode, quote(QStringLiteral("manual")));
        scope.insert(QStringLiteral("ignore-hosts"), stringArray(target.bypass));
        for (const char *kind : {"http", "https", "socks"}) {
            scope.insert(QLatin1String(kind) + QStringLiteral(".host"), quote(target.host));
            scope.insert(QLatin1String(kind) + QStringLiteral(".port"), QString::number(target.port));
        }
    }
    return SystemProxySnapshot{{{scopeName(), scope}}};
}

SystemProxySnapshot::Scope GnomeSystemProxy::cleared(const SystemProxySnapshot::Scope &scope) const
{
    SystemProxySnapshot::Scope out = scope;
    out.insert(Mode, quote(QStringLiteral("none")));
    return out;
}

bool GnomeSystemProxy::pointsAt(const SystemProxySnapshot::Scope &scope,
                                const SystemProxyTarget &target) const
{
    const QString mode = unquote(scope.value(Mode));
    if (mode == QLatin1String("manual")) {
        return unquote(scope.value(QStringLiteral("http.host"))) == target.host &&
               scope.value(QStringLiteral("http.port")) == QString::number(target.port);
    }
    if (mode == QLatin1String("auto")) {
        return unquote(scope.value(QStringLiteral("autoconfig-url"))) == target.pacUrl();
    }
    return false;
}

bool GnomeSystemProxy::write(const SystemProxySnapshot &values, QString *error)
{
    const SystemProxySnapshot::Scope scope = values.scopes.value(scopeName());
    // Turning the proxy on: the mode goes last, so no program sees "manual" with half the hosts.
    // Turning it off: the mode goes first, for the same reason.
    QStringList order;
    const bool modeFirst = unquote(scope.value(Mode)) == QLatin1String("none");
    for (const QString &key : knownKeys()) {
        if (scope.contains(key) && key != Mode) {
            order.append(key);
        }
    }
    if (scope.contains(Mode)) {
        modeFirst ? order.prepend(Mode) : order.append(Mode);
    }
    for (const QString &key : order) {
        const auto [schema, name] = schemaAndKey(key);
        const CommandResult r =
            m_runner->run(Gsettings, {QStringLiteral("set"), schema, name, scope.value(key)});
        if (!r.ok()) {
            *error = Tr::tr("cannot set %1 %2: %3").arg(schema, name, r.describe(Gsettings));
            return false;
        }
    }
    return true;
}

} // namespace Veil
