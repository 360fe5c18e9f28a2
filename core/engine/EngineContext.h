#pragma once

#include "config/Settings.h"
#include "http/HttpParser.h"

#include <QHostAddress>

#include <atomic>
#include <memory>

namespace Veil {

class DnsCache;
namespace Cache {
class CachePolicy;
class CacheStore;
} // namespace Cache
class EventHub;
class ExitHealthBoard;
class Policy;
class PrivacyFilter;
class Router;

/** Live counters shared by all workers (relaxed atomics: they are statistics, not locks). */
struct EngineStats
{
    std::atomic<qint64> openConnections{0};
    std::atomic<qint64> acceptedConnections{0};
    std::atomic<qint64> refusedConnections{0}; ///< over maxConnections
    std::atomic<qint64> requests{0};
    std::atomic<qint64> bytesUp{0};
    std::atomic<qint64> bytesDown{0};
    /** Host names Veil looked up itself (direct connections only; exits resolve their own). */
    std::atomic<qint64> dnsLookups{0};
    std::atomic<qint64> blocked{0}; ///< requests and connections refused by a rule or blocklist
    // HTTP cache (plain HTTP only)
    std::atomic<qint64> cacheHits{0};          ///< answered from the store without asking the origin
    std::atomic<qint64> cacheMisses{0};        ///< looked up, nothing usable stored
    std::atomic<qint64> cacheRevalidations{0}; ///< stale entries the origin confirmed with 304
    std::atomic<qint64> cacheBytesSaved{0};    ///< body bytes sent from the store
};

/**
 * Immutable snapshot of what a connection needs from the engine. Workers keep the snapshot they
 * started a connection with; a settings change builds a new one (DESIGN.md, Threads).
 */
struct EngineContext
{
    Settings settings;
    QHostAddress boundAddress; ///< what the listener actually bound
    quint16 boundPort = 0;
    EventHub *hub = nullptr;
    EngineStats *stats = nullptr;
    /** Exit routing snapshot (always set by Engine; Direct when no exits are configured). */
    std::shared_ptr<const Router> router;
    ExitHealthBoard *health = nullptr;
    /** Rules and blocklists snapshot (always set by Engine; decides nothing when none are configured). */
    std::shared_ptr<const Policy> policy;
    /** DNS-over-HTTPS answers, shared by all workers (owned by Engine). */
    DnsCache *dnsCache = nullptr;
    /** The HTTP cache's store; null when the cache is off. */
    std::shared_ptr<Cache::CacheStore> cache;
    /** RFC 9111 rules (owned by Engine; set whenever cache is). */
    const Cache::CachePolicy *cachePolicy = nullptr;
    /** Privacy filters for plain HTTP, built from settings.privacy; null changes nothing. */
    std::shared_ptr<const PrivacyFilter> privacy;

    Http::Limits httpLimits() const
    {
        Http::Limits limits;
        limits.maxHeadBytes = settings.maxHeadBytes;
        limits.maxHeaderCount = settings.maxHeaderCount;
        return limits;
    }

    /** True when host:port names this listener (a request there would loop back into Veil). */
    bool isSelf(const QHostAddress &address, quint16 port) const;
};

using EngineContextPtr = std::shared_ptr<const EngineContext>;

} // namespace Veil

#include <QMutex>
#include <QMutexLocker>

namespace Veil {

/**
 * Holds the current context snapshot. Readers copy the shared_ptr (one short lock per new
 * connection, never per byte); a settings change publishes a new snapshot and live connections
 * keep the one they started with. A mutex rather than std::atomic<std::shared_ptr> because
 * libc++ (macOS) does not ship the latter yet.
 */
class ContextHolder
{
public:
    EngineContextPtr get() const
    {
        QMutexLocker lock(&m_mutex);
        return m_context;
    }
    void set(EngineContextPtr context)
    {
        QMutexLocker lock(&m_mutex);
        m_context = std::move(context);
    }

private:
    mutable QMutex m_mutex;
    EngineContextPtr m_context;
};

} // namespace Veil
