#include "cache/CacheSettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonValue>
#include <QStandardPaths>
#include <QUrl>

#include <algorithm>

namespace Veil {

namespace {

/** Translation context; lupdate reads it from the macro (translations/README.md). */
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Veil::CacheSettings)
};

} // namespace

bool isHostOrSubdomain(QByteArrayView host, QByteArrayView domain)
{
    return host == domain || (host.size() > domain.size() && host.endsWith(domain) &&
                              host[host.size() - domain.size() - 1] == '.');
}

bool normaliseCacheBypassHost(QString *host)
{
    QString h = host->trimmed().toLower();
    if (h.startsWith(QLatin1String("*."))) {
        h.remove(0, 2);
    } else if (h.startsWith(QLatin1Char('.'))) {
        h.remove(0, 1);
    }
    if (h.isEmpty() || h.size() > 253) {
        return false;
    }
    // Accept what a URL host accepts (IDN is stored in its ACE form), nothing with a path or port.
    const QString ace = QUrl::toAce(h).isEmpty() ? QString() : QString::fromLatin1(QUrl::toAce(h));
    if (ace.isEmpty() || ace.contains(QLatin1Char('/')) || ace.contains(QLatin1Char(':'))) {
        return false;
    }
    *host = ace;
    return true;
}

QJsonObject CacheSettings::toJson() const
{
    QJsonObject cache{{QStringLiteral("enabled"), enabled},
                      {QStringLiteral("sizeMiB"), sizeMiB},
                      {QStringLiteral("maxObjectMiB"), maxObjectMiB},
                      {QStringLiteral("bypass"), QJsonArray::fromStringList(bypassHosts)},
                      {QStringLiteral("clearOnExit"), clearOnExit}};
    if (!directory.isEmpty()) {
        cache.insert(QStringLiteral("directory"), directory);
    }
    return QJsonObject{{QStringLiteral("cache"), cache}};
}

void CacheSettings::applyJson(const QJsonObject &json, QStringList *errors)
{
    const QJsonValue section = json.value(QStringLiteral("cache"));
    if (section.isUndefined()) {
        return;
    }
    auto reject = [errors](const char *field, const QString &why) {
        if (errors) {
            errors->append(Tr::tr("cache.%1: %2; keeping the previous value").arg(QLatin1String(field), why));
        }
    };
    if (!section.isObject()) {
        if (errors) {
            errors->append(Tr::tr("cache: must be an object; keeping the previous values"));
        }
        return;
    }
    const QJsonObject cache = section.toObject();
    auto boolField = [&](const char *name, bool *target) {
        const QJsonValue v = cache.value(QLatin1String(name));
        if (v.isUndefined()) {
            return;
        }
        if (v.isBool()) {
            *target = v.toBool();
        } else {
            reject(name, Tr::tr("must be true or false"));
        }
    };
    auto intField = [&](const char *name, int *target, int min, int max) {
        const QJsonValue v = cache.value(QLatin1String(name));
        if (v.isUndefined()) {
            return;
        }
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d != double(qint64(d)) || d < min || d > max) {
            reject(name, Tr::tr("must be a whole number from %1 to %2").arg(min).arg(max));
            return;
        }
        *target = int(d);
    };
    boolField("enabled", &enabled);
    boolField("clearOnExit", &clearOnExit);
    intField("sizeMiB", &sizeMiB, 1, 1024 * 1024);
    intField("maxObjectMiB", &maxObjectMiB, 1, 1024 * 1024);
    if (const QJsonValue v = cache.value(QStringLiteral("directory")); !v.isUndefined()) {
        if (v.isString() && (v.toString().isEmpty() || QDir::isAbsolutePath(v.toString()))) {
            directory = v.toString();
        } else {
            reject("directory", Tr::tr("must be an absolute path"));
        }
    }
    if (const QJsonValue v = cache.value(QStringLiteral("bypass")); !v.isUndefined()) {
        if (!v.isArray()) {
            reject("bypass", Tr::tr("must be a list of host names"));
        } else {
            QStringList hosts;
            const QJsonArray array = v.toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                QString host = array.at(i).toString();
                if (!array.at(i).isString() || !normaliseCacheBypassHost(&host)) {
                    if (errors) {
                        errors->append(Tr::tr("cache.bypass[%1]: not a host name; skipped").arg(i));
                    }
                    continue;
                }
                if (!hosts.contains(host)) {
                    hosts.append(host);
                }
            }
            bypassHosts = hosts;
        }
    }
}

QString CacheSettings::resolvedDirectory() const
{
    if (!directory.isEmpty()) {
        return directory;
    }
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/http");
}

bool CacheSettings::bypasses(QByteArrayView host) const
{
    return std::any_of(bypassHosts.cbegin(), bypassHosts.cend(),
                       [host](const QString &entry) { return isHostOrSubdomain(host, entry.toLatin1()); });
}

} // namespace Veil
