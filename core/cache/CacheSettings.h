#pragma once

#include <QByteArrayView>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Veil {

/** The local HTTP cache's settings; part of Settings, stored under "cache". */
struct CacheSettings
{
    static constexpr int DefaultSizeMiB = 512;
    static constexpr int DefaultMaxObjectMiB = 64;

    bool enabled = true;
    /** Where entries live; empty means "http" in the application's cache location. */
    QString directory;
    int sizeMiB = DefaultSizeMiB;           ///< byte budget of the whole store
    int maxObjectMiB = DefaultMaxObjectMiB; ///< larger responses pass through without being stored
    /** Sites never answered from or written to the cache: a host and its subdomains each. */
    QStringList bypassHosts;
    /** Privacy: delete every entry when the engine stops. */
    bool clearOnExit = false;

    bool operator==(const CacheSettings &) const = default;

    /** {"cache": {…}}, to be merged into the config root. */
    QJsonObject toJson() const;
    /** Applies "cache" from the config root; a bad field keeps its value and adds one message. */
    void applyJson(const QJsonObject &json, QStringList *errors);

    /** The directory to use: directory, or <AppCacheLocation>/http. */
    QString resolvedDirectory() const;
    /** Whether @p host (lower-case) is one of bypassHosts or a subdomain of one. */
    bool bypasses(QByteArrayView host) const;
    qint64 budgetBytes() const { return qint64(sizeMiB) * 1024 * 1024; }
    qint64 maxObjectBytes() const { return qint64(maxObjectMiB) * 1024 * 1024; }
};

/** Whether @p host is @p domain or one of its subdomains (both lower case). */
bool isHostOrSubdomain(QByteArrayView host, QByteArrayView domain);

/** Lower-cases and checks one bypass entry ("example.com", ".example.com" and "*.example.com" alike). */
bool normaliseCacheBypassHost(QString *host);

} // namespace Veil
