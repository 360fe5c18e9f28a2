#include "config/Settings.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QThread>

#include <iterator>

namespace Veil {

namespace {

struct IntField
{
    const char *section;
    const char *key;
    int Settings::*member;
    int min;
    int max;
};

// One table drives load, save and validation of every integer setting, so a new limit is one line.
constexpr IntField kIntFields[] = {
    {"engine", "threads", &Settings::threads, 0, 256},
    {"engine", "maxConnections", &Settings::maxConnections, 1, 1000000},
    {"engine", "shutdownTimeoutMs", &Settings::shutdownTimeoutMs, 0, 600000},
    {"limits", "maxHeadBytes", &Settings::maxHeadBytes, 1024, 1024 * 1024},
    {"limits", "maxHeaderCount", &Settings::maxHeaderCount, 8, 10000},
    {"limits", "headerTimeoutMs", &Settings::headerTimeoutMs, 100, 3600000},
    {"limits", "idleTimeoutMs", &Settings::idleTimeoutMs, 100, 86400000},
    {"limits", "connectTimeoutMs", &Settings::connectTimeoutMs, 100, 600000},
    {"limits", "tunnelIdleTimeoutMs", &Settings::tunnelIdleTimeoutMs, 1000, 86400000},
    {"limits", "originIdleTimeoutMs", &Settings::originIdleTimeoutMs, 100, 3600000},
    {"limits", "relayWindowBytes", &Settings::relayWindowBytes, 4096, 64 * 1024 * 1024},
};

/** Translation context; lupdate reads it from the macro (translations/README.md). */
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Veil::Settings)
};

QString key(const char *section, const char *name)
{
    return QLatin1String(section) + QLatin1Char('.') + QLatin1String(name);
}

} // namespace

QJsonObject Settings::toJson() const
{
    QJsonObject root;
    root.insert(QStringLiteral("version"), SchemaVersion);
    QJsonObject listen{{QStringLiteral("host"), listenHost},
                       {QStringLiteral("port"), int(listenPort)},
                       {QStringLiteral("allowRemote"), allowRemote},
                       {QStringLiteral("user"), proxyUser}};
    root.insert(QStringLiteral("listen"), listen);
    for (const IntField &f : kIntFields) {
        const QString section = QLatin1String(f.section);
        QJsonObject obj = root.value(section).toObject();
        obj.insert(QLatin1String(f.key), this->*f.member);
        root.insert(section, obj);
    }
    root.insert(QStringLiteral("log"), QJsonObject{{QStringLiteral("format"), logFormatName(logFormat)}});
    const QJsonObject exitsJson = exits.toJson();
    for (auto it = exitsJson.begin(); it != exitsJson.end(); ++it) {
        root.insert(it.key(), it.value());
    }
    for (const QJsonObject &part : {rules.toJson(), ui.toJson(), systemProxy.toJson(), privacy.toJson()}) {
        for (auto it = part.begin(); it != part.end(); ++it) {
            root.insert(it.key(), it.value());
        }
    }
    const QJsonObject cacheJson = cache.toJson();
    for (auto it = cacheJson.begin(); it != cacheJson.end(); ++it) {
        root.insert(it.key(), it.value());
    }
    return root;
}

void Settings::applyJson(const QJsonObject &json, QStringList *errors)
{
    auto reject = [errors](const QString &field, const QString &why) {
        if (errors) {
            errors->append(Tr::tr("%1: %2; keeping the previous value").arg(field, why));
        }
    };

    const QJsonValue version = json.value(QStringLiteral("version"));
    if (!version.isUndefined() && (!version.isDouble() || version.toInt() > SchemaVersion)) {
        reject(QStringLiteral("version"), Tr::tr("unsupported schema version"));
    }

    const QJsonObject listen = json.value(QStringLiteral("listen")).toObject();
    if (const QJsonValue v = listen.value(QStringLiteral("host")); !v.isUndefined()) {
        if (v.isString() && !QHostAddress(v.toString()).isNull()) {
            listenHost = v.toString();
        } else {
            reject(QStringLiteral("listen.host"), Tr::tr("not an IP address"));
        }
    }
    if (const QJsonValue v = listen.value(QStringLiteral("port")); !v.isUndefined()) {
        const double port = v.toDouble(-1);
        if (v.isDouble() && port >= 1 && port <= 65535 && port == int(port)) {
            listenPort = quint16(port);
        } else {
            reject(QStringLiteral("listen.port"), Tr::tr("must be a whole number from 1 to 65535"));
        }
    }
    if (const QJsonValue v = listen.value(QStringLiteral("allowRemote")); !v.isUndefined()) {
        if (v.isBool()) {
            allowRemote = v.toBool();
        } else {
            reject(QStringLiteral("listen.allowRemote"), Tr::tr("must be true or false"));
        }
    }
    if (const QJsonValue v = listen.value(QStringLiteral("user")); !v.isUndefined()) {
        if (v.isString() && !v.toString().contains(QLatin1Char(':')) && v.toString().size() <= 255) {
            proxyUser = v.toString();
        } else {
            reject(QStringLiteral("listen.user"),
                   Tr::tr("must be a string of at most 255 characters without ':'"));
        }
    }

    for (const IntField &f : kIntFields) {
        const QJsonValue v = json.value(QLatin1String(f.section)).toObject().value(QLatin1String(f.key));
        if (v.isUndefined()) {
            continue;
        }
        const double d = v.toDouble(-1e300);
        if (!v.isDouble() || d != double(qint64(d)) || d < f.min || d > f.max) {
            reject(key(f.section, f.key),
                   Tr::tr("must be a whole number from %1 to %2").arg(f.min).arg(f.max));
            continue;
        }
        this->*f.member = int(d);
    }

    const QJsonValue format = json.value(QStringLiteral("log")).toObject().value(QStringLiteral("format"));
    if (!format.isUndefined() && !parseLogFormat(format.toString(), &logFormat)) {
        reject(QStringLiteral("log.format"), Tr::tr("must be \"text\", \"json\" or \"none\""));
    }

    exits.applyJson(json, errors);
    rules.applyJson(json, errors);
    cache.applyJson(json, errors);
    ui.applyJson(json, errors);
    systemProxy.applyJson(json, errors);
    privacy.applyJson(json, errors);
}

QString Settings::validate() const
{
    const QHostAddress address = listenAddress();
    if (address.isNull()) {
        return Tr::tr("listen address \"%1\" is not an IP address").arg(listenHost);
    }
    if (!address.isLoopback()) {
        if (!allowRemote) {
            return Tr::tr("refusing to listen on %1: it is reachable from other machines. Veil listens on "
                          "loopback only unless you opt in with --allow-remote and set proxy credentials")
                .arg(listenHost);
        }
        if (proxyUser.isEmpty() || proxyPassword.isEmpty()) {
            return Tr::tr("listening on %1 needs authentication: set a proxy user (--proxy-user) and a "
                          "password (VEIL_PROXY_PASSWORD)")
                .arg(listenHost);
        }
    }
    return {};
}

int Settings::workerCount() const
{
    return threads > 0 ? threads : qMax(2, QThread::idealThreadCount());
}

bool parseListenSpec(const QString &spec, QString *host, quint16 *port, QString *error)
{
    QString h = *host;
    QString p;
    const QString s = spec.trimmed();
    if (s.startsWith(QLatin1Char('['))) {
        const qsizetype close = s.indexOf(QLatin1Char(']'));
        if (close < 0) {
            *error = Tr::tr("\"%1\": missing ']'").arg(spec);
            return false;
        }
        h = s.mid(1, close - 1);
        const QString rest = s.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(QLatin1Char(':'))) {
                *error = Tr::tr("\"%1\": expected ':' after ']'").arg(spec);
                return false;
            }
            p = rest.mid(1);
        }
    } else if (s.count(QLatin1Char(':')) == 1) {
        h = s.section(QLatin1Char(':'), 0, 0);
        p = s.section(QLatin1Char(':'), 1);
    } else if (!s.isEmpty() && s.front().isDigit() && !s.contains(QLatin1Char('.'))) {
        p = s; // bare port
    } else {
        h = s; // bare host (IPv4 or unbracketed IPv6)
    }
    if (h.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0) {
        h = QStringLiteral("127.0.0.1");
    }
    if (QHostAddress(h).isNull()) {
        *error = Tr::tr("\"%1\" is not an IP address").arg(h);
        return false;
    }
    quint16 portValue = *port;
    if (!p.isNull()) {
        bool ok = false;
        const uint v = p.toUInt(&ok);
        if (!ok || v < 1 || v > 65535) {
            *error = Tr::tr("\"%1\" is not a port from 1 to 65535").arg(p);
            return false;
        }
        portValue = quint16(v);
    }
    *host = h;
    *port = portValue;
    return true;
}

bool parseLogFormat(const QString &text, LogFormat *format)
{
    if (text == QLatin1String("text")) {
        *format = LogFormat::Text;
    } else if (text == QLatin1String("json")) {
        *format = LogFormat::Json;
    } else if (text == QLatin1String("none")) {
        *format = LogFormat::None;
    } else {
        return false;
    }
    return true;
}

QString logFormatName(LogFormat format)
{
    switch (format) {
    case LogFormat::Text:
        return QStringLiteral("text");
    case LogFormat::Json:
        return QStringLiteral("json");
    case LogFormat::None:
        return QStringLiteral("none");
    }
    return {};
}

} // namespace Veil
