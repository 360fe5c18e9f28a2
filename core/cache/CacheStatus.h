#pragma once

#include "cache/CachePolicy.h"
#include "http/HttpHeaders.h"

#include <QByteArray>
#include <QByteArrayView>

#include <cstdint>
#include <optional>

namespace Veil::Cache {

/** Why a request went forward (RFC 9211 §2.2 "fwd"). */
enum class Forward : std::uint8_t
{
    None,     ///< not forwarded (a hit)
    Bypass,   ///< the cache was configured not to handle it (disabled, bypassed domain, Range, …)
    Method,   ///< the method is not cacheable
    UriMiss,  ///< nothing stored under the URI
    VaryMiss, ///< stored variants, none matching the request's Vary fields
    Miss,     ///< not stored (reason unknown or mixed)
    Request,  ///< a usable response existed, the request's directives forbade it
    Stale,    ///< the stored response was stale (or needed validation)
    Partial,  ///< only part of the response was stored
};

/**
 * One member of a Cache-Status field (RFC 9211), e.g. `Veil; fwd=stale; fwd-status=304; ttl=60;
 * stored`. Parameters appear in a fixed order: hit, fwd, fwd-status, stored, ttl, detail.
 */
class CacheStatus
{
public:
    explicit CacheStatus(QByteArray cacheName = QByteArrayLiteral("Veil"));

    CacheStatus &setHit(bool hit = true);
    CacheStatus &setForward(Forward forward);
    /** Status the next hop answered with (only written together with fwd). */
    CacheStatus &setForwardStatus(int status);
    CacheStatus &setStored(bool stored = true);
    /** Remaining freshness in seconds; negative when stale. */
    CacheStatus &setTtl(qint64 seconds);
    /** Free-form detail; written as a token when it is one, else as a string. */
    CacheStatus &setDetail(QByteArrayView detail);

    /** hit / fwd / ttl / detail from a lookup decision (Revalidate → stale, RequestForbids → request). */
    static CacheStatus fromDecision(const Decision &decision,
                                    QByteArray cacheName = QByteArrayLiteral("Veil"));
    /** The fwd value for a decision that goes to the origin; None when it serves. */
    static Forward forwardFor(Verdict verdict);

    /** The list member, e.g. `Veil; hit; ttl=376`. */
    QByteArray value() const;
    /**
     * Adds this member to @p headers after any the response already carries: members run from the
     * cache nearest the origin to the one nearest the client (RFC 9211 §2).
     */
    void appendTo(Http::Headers &headers) const;

private:
    QByteArray m_name;
    bool m_hit = false;
    Forward m_forward = Forward::None;
    int m_forwardStatus = 0;
    bool m_stored = false;
    std::optional<qint64> m_ttl;
    QByteArray m_detail;
};

} // namespace Veil::Cache
