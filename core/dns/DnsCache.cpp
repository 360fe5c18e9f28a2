#include "dns/DnsCache.h"

#include <QMutexLocker>

namespace Veil {

DnsCache::DnsCache(int maxEntries)
    : m_maxEntries(qMax(1, maxEntries))
{}

std::optional<QList<QHostAddress>> DnsCache::find(const QByteArray &name, qint64 nowMs) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_entries.constFind(name);
    if (it == m_entries.cend() || it->expiresMs <= nowMs) {
        return std::nullopt;
    }
    return it->addresses;
}

void DnsCache::insert(const QByteArray &name, const QList<QHostAddress> &addresses, quint32 ttlSeconds,
                      qint64 nowMs)
{
    const quint32 cap = addresses.isEmpty() ? NegativeTtlSeconds : MaxTtlSeconds;
    const quint32 ttl = qMin(ttlSeconds, cap);
    if (ttl == 0) {
        return; // TTL 0 means "do not cache" (RFC 1035 §3.2.1)
    }
    QMutexLocker lock(&m_mutex);
    if (m_entries.size() >= m_maxEntries && !m_entries.contains(name)) {
        evictExpired(nowMs);
        if (m_entries.size() >= m_maxEntries) {
            // Still full of live entries: drop the one closest to expiry.
            auto victim = m_entries.begin();
            for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
                if (it->expiresMs < victim->expiresMs) {
                    victim = it;
                }
            }
            m_entries.erase(victim);
        }
    }
    m_entries.insert(name, Entry{addresses, nowMs + qint64(ttl) * 1000});
}

void DnsCache::clear()
{
    QMutexLocker lock(&m_mutex);
    m_entries.clear();
}

int DnsCache::size() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_entries.size());
}

void DnsCache::evictExpired(qint64 nowMs)
{
    m_entries.removeIf([nowMs](const auto &it) { return it.value().expiresMs <= nowMs; });
}

} // namespace Veil
