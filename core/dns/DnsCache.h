#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QMutex>

#include <optional>

namespace Veil {

/**
 * A small TTL cache of DNS-over-HTTPS answers, shared by every worker (one short lock per lookup,
 * never held across I/O). TTLs are capped so a changed record is seen soon, and negative answers
 * (no such name) are kept briefly so a broken page does not hammer the resolver.
 */
class DnsCache
{
public:
    static constexpr quint32 MaxTtlSeconds = 300;
    static constexpr quint32 NegativeTtlSeconds = 10;

    explicit DnsCache(int maxEntries = 4096);

    /**
     * The cached addresses of @p name at @p nowMs (steady clock, milliseconds), or nothing when
     * absent or expired. A cached negative answer is an empty list.
     */
    std::optional<QList<QHostAddress>> find(const QByteArray &name, qint64 nowMs) const;
    /** Stores @p addresses (empty: negative answer) for min(@p ttlSeconds, MaxTtlSeconds). */
    void insert(const QByteArray &name, const QList<QHostAddress> &addresses, quint32 ttlSeconds,
                qint64 nowMs);
    void clear();
    int size() const;

private:
    struct Entry
    {
        QList<QHostAddress> addresses;
        qint64 expiresMs = 0;
    };
    void evictExpired(qint64 nowMs);

    mutable QMutex m_mutex;
    QHash<QByteArray, Entry> m_entries;
    int m_maxEntries;
};

} // namespace Veil
