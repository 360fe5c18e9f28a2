#include "platform/SystemProxy.h"

#include "platform/CommandRunner.h"
#include "platform/GnomeSystemProxy.h"
#include "platform/KdeSystemProxy.h"
#include "platform/MacSystemProxy.h"
#include "platform/WindowsSystemProxy.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>

namespace Veil {

namespace {

/** Translation context; lupdate reads it from the macro (translations/README.md). */
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Veil::SystemProxy)
};

} // namespace

QStringList SystemProxyTarget::defaultBypass()
{
    return {QStringLiteral("localhost"), QStringLiteral("127.0.0.0/8"), QStringLiteral("::1")};
}

QString SystemProxyTarget::hostPort() const
{
    const bool v6 = QHostAddress(host).protocol() == QAbstractSocket::IPv6Protocol;
    return (v6 ? QLatin1Char('[') + host + QLatin1Char(']') : host) + QLatin1Char(':') +
           QString::number(port);
}

QString SystemProxyTarget::pacUrl() const
{
    return QStringLiteral("http://") + hostPort() + QStringLiteral("/proxy.pac");
}

QJsonObject SystemProxyTarget::toJson() const
{
    return {{QStringLiteral("mode"), mode == Mode::Pac ? QStringLiteral("pac") : QStringLiteral("fixed")},
            {QStringLiteral("host"), host},
            {QStringLiteral("port"), int(port)},
            {QStringLiteral("bypass"), QJsonArray::fromStringList(bypass)}};
}

SystemProxyTarget SystemProxyTarget::fromJson(const QJsonObject &json)
{
    SystemProxyTarget t;
    t.mode = json.value(QStringLiteral("mode")).toString() == QLatin1String("pac") ? Mode::Pac : Mode::Fixed;
    t.host = json.value(QStringLiteral("host")).toString(t.host);
    t.port = quint16(json.value(QStringLiteral("port")).toInt(t.port));
    if (json.contains(QStringLiteral("bypass"))) {
        t.bypass.clear();
        for (const QJsonValue &v : json.value(QStringLiteral("bypass")).toArray()) {
            t.bypass.append(v.toString());
        }
    }
    return t;
}

bool SystemProxySnapshot::contains(const QString &scope, const Scope &part) const
{
    const auto it = scopes.constFind(scope);
    if (it == scopes.cend()) {
        return false;
    }
    for (auto kv = part.cbegin(); kv != part.cend(); ++kv) {
        const auto have = it->constFind(kv.key());
        if (have == it->cend() || *have != kv.value()) {
            return false;
        }
    }
    return true;
}

QJsonObject SystemProxySnapshot::toJson() const
{
    QJsonObject root;
    for (auto scope = scopes.cbegin(); scope != scopes.cend(); ++scope) {
        QJsonObject values;
        for (auto kv = scope->cbegin(); kv != scope->cend(); ++kv) {
            values.insert(kv.key(), kv.value());
        }
        root.insert(scope.key(), values);
    }
    return root;
}

SystemProxySnapshot SystemProxySnapshot::fromJson(const QJsonObject &json)
{
    SystemProxySnapshot s;
    for (auto scope = json.begin(); scope != json.end(); ++scope) {
        Scope values;
        const QJsonObject object = scope.value().toObject();
        for (auto kv = object.begin(); kv != object.end(); ++kv) {
            values.insert(kv.key(), kv.value().toString());
        }
        s.scopes.insert(scope.key(), values);
    }
    return s;
}

QString detectSystemProxyBackend()
{
#if defined(Q_OS_WIN)
    return QStringLiteral("windows");
#elif defined(Q_OS_MACOS)
    return QStringLiteral("macos");
#else
    // XDG_CURRENT_DESKTOP is a colon-separated list such as "ubuntu:GNOME" or "Budgie:GNOME".
    const QStringList desktops =
        qEnvironmentVariable("XDG_CURRENT_DESKTOP").toUpper().split(QLatin1Char(':'));
    if (desktops.contains(QLatin1String("KDE"))) {
        return QStringLiteral("kde");
    }
    // These read org.gnome.system.proxy. MATE, XFCE, LXQt and others have no setting GIO apps
    // follow in the same way; they get the environment variables instead.
    for (const char *gnomeLike : {"GNOME", "UNITY", "X-CINNAMON", "CINNAMON", "BUDGIE", "PANTHEON"}) {
        if (desktops.contains(QLatin1String(gnomeLike))) {
            return QStringLiteral("gnome");
        }
    }
    return {};
#endif
}

std::unique_ptr<SystemProxy> createSystemProxy(const QString &id, std::shared_ptr<CommandRunner> runner,
                                               QString *error)
{
    const QString which = id == QLatin1String("auto") ? detectSystemProxyBackend() : id;
    if (which == QLatin1String("gnome")) {
        return std::make_unique<GnomeSystemProxy>(std::move(runner));
    }
    if (which == QLatin1String("kde")) {
        return std::make_unique<KdeSystemProxy>(std::move(runner), KdeSystemProxy::detectVersion());
    }
    if (which == QLatin1String("macos")) {
        return std::make_unique<MacSystemProxy>(std::move(runner));
    }
#ifdef Q_OS_WIN
    if (which == QLatin1String("windows")) {
        return std::make_unique<WindowsSystemProxy>();
    }
#endif
    if (which.isEmpty()) {
        *error = Tr::tr("this desktop (%1) has no system proxy setting Veil can change; supported are GNOME, "
                        "Unity, Cinnamon, Budgie, Pantheon, KDE Plasma 5 and 6, macOS and Windows. Use the "
                        "proxy environment variables instead.")
                     .arg(qEnvironmentVariable("XDG_CURRENT_DESKTOP", Tr::tr("unknown")));
    } else {
        *error = Tr::tr("unknown system proxy backend \"%1\" (gnome, kde, macos, windows)").arg(which);
    }
    return nullptr;
}

} // namespace Veil
