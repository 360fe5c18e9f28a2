#pragma once

#include "cache/CacheControl.h"
#include "cache/Clock.h"
#include "http/HttpHeaders.h"
#include "http/HttpParser.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace Veil::Cache {

/**
 * What the policy needs to know about one stored response; the store persists exactly this next
 * to its key, Vary key and body. Headers are what CachePolicy::headersToStore() returned (or
 * what freshen() made of them later): no framing or hop-by-hop fields, and always a Date.
 * The body length is the store's: the engine sends Content-Length from it.
 */
struct StoredResponse
{
    int status = 0;
    QByteArray reason;
    Http::Headers headers;
    qint64 requestTime = 0;  ///< when the request that fetched (or last validated) it was sent
    qint64 responseTime = 0; ///< when that response's head arrived
};

/** Why the cache did what it did: a Cache-Status detail token and a translated log text. */
enum class Reason : std::uint8_t
{
    None,
    // Storing (CachePolicy::storability).
    Storable,
    MethodNotCacheable,  ///< only GET responses are stored, only GET / HEAD answered
    StatusNotFinal,      ///< 1xx or outside 100–599
    StatusNotUnderstood, ///< 206, 304, or an unknown status with must-understand
    RequestNoStore,      ///< request Cache-Control: no-store
    ResponseNoStore,     ///< response Cache-Control: no-store
    Private,             ///< response Cache-Control: private (unqualified)
    Authorization,       ///< request had Authorization and the response does not allow sharing
    NoFreshnessInfo,     ///< no explicit freshness, not heuristically cacheable, not public
    // Requests the cache does not answer from the store at all (CachePolicy::bypass);
    // MethodNotCacheable above covers methods other than GET and HEAD.
    NoAbsoluteUri,      ///< origin-, authority- or asterisk-form target
    RangeRequest,       ///< Range is passed through
    OriginPrecondition, ///< If-Match, If-Unmodified-Since, If-Range are for the origin
    // Lookup (CachePolicy::decide).
    Fresh,
    MaxStale,             ///< stale, the client's max-stale allows it
    StaleWhileRevalidate, ///< stale, within stale-while-revalidate
    StaleIfError,         ///< stale, origin failed, within stale-if-error
    Stale,                ///< stale, must be validated
    MustRevalidate,       ///< stale and must-revalidate / proxy-revalidate / s-maxage forbid stale use
    ResponseNoCache,      ///< response no-cache: validate before every reuse
    RequestNoCache,       ///< request no-cache (or Pragma: no-cache)
    RequestMaxAge,        ///< older than the request's max-age
    RequestMinFresh,      ///< not fresh enough for the request's min-fresh
    OnlyIfCached,         ///< only-if-cached and nothing usable: 504
};

/** Short token for Cache-Status "detail" ("no-store", "max-stale", …). */
QByteArray reasonToken(Reason reason);
/** Translated one-line explanation for logs and the UI. */
QString reasonText(Reason reason);

/** What to do with a stored response for a request (CachePolicy::decide). */
enum class Verdict : std::uint8_t
{
    Fresh,                ///< serve it (Cache-Status: hit)
    ServeStale,           ///< serve it stale; the client's max-stale allows it (hit)
    ServeStaleRevalidate, ///< serve it stale now and revalidate in the background (hit)
    Revalidate,           ///< stale or no-cache: send conditionalRequest() (fwd=stale)
    RequestForbids,       ///< usable, but the request wants validation: conditionalRequest() (fwd=request)
    GatewayTimeout,       ///< only-if-cached and it cannot be used: answer 504
};

struct Decision
{
    Verdict verdict = Verdict::Revalidate;
    Reason reason = Reason::None;
    qint64 age = 0;      ///< current age in seconds (RFC 9111 §4.2.3)
    qint64 lifetime = 0; ///< freshness lifetime in seconds (RFC 9111 §4.2.1)
    /** Remaining freshness, negative once stale (Cache-Status "ttl"). */
    qint64 ttl() const { return lifetime - age; }
    /** Whether the stored response goes to the client without contacting the origin first. */
    bool serves() const
    {
        return verdict == Verdict::Fresh || verdict == Verdict::ServeStale ||
               verdict == Verdict::ServeStaleRevalidate;
    }
};

struct CachePolicyOptions
{
    /** Heuristic freshness: this percentage of the time since Last-Modified (RFC 9111 §4.2.2)… */
    int heuristicPercent = 10;
    /** …but never more than this many seconds. */
    qint64 heuristicCap = 24 * 3600;
};

/**
 * RFC 9111 rules for a shared cache, as pure functions of request and response heads, times and
 * a Clock. Holds no state besides its options, so one instance can be shared by all workers.
 *
 * Engine flow: bypass() → (store lookup by primaryKey, varyMatches) → decide() → serve with Age
 * (setAge) and Cache-Status, or send conditionalRequest(); a 304 goes through
 * notModifiedSelects() + freshen(); a 200 through storability() + headersToStore(); a 5xx or
 * connection error through mayServeStaleOnError(); unsafe methods through invalidatedKeys().
 */
class CachePolicy
{
public:
    explicit CachePolicy(const Clock &clock = Clock::system(), CachePolicyOptions options = {});

    const Clock &clock() const { return m_clock; }
    const CachePolicyOptions &options() const { return m_options; }

    // --- storing (RFC 9111 §3) ---------------------------------------------------------------

    /** Reason::Storable, or why a shared cache must not store @p response to @p request. */
    static Reason storability(const Http::RequestHead &request, const Http::ResponseHead &response);
    /**
     * The fields to store (RFC 9111 §3.1): without hop-by-hop and Connection-listed fields, Proxy-*
     * fields, framing (Content-Length, Transfer-Encoding, Trailer) and the fields named by no-cache="…" and
     * private="…"; a missing or invalid Date is replaced by @p responseTime (RFC 9110 §6.6.1).
     */
    static Http::Headers headersToStore(const Http::Headers &responseHeaders, qint64 responseTime);
    /** A StoredResponse for a storable response (headersToStore applied). */
    static StoredResponse makeStored(const Http::ResponseHead &response, qint64 requestTime,
                                     qint64 responseTime);

    /** RFC 9110 §15.1: statuses whose responses may get heuristic freshness. */
    static bool isHeuristicallyCacheable(int status);

    // --- freshness and age (RFC 9111 §4.2) ------------------------------------------------------

    /** The entry's Date, or its response time when Date is missing or invalid. */
    static qint64 dateValue(const StoredResponse &entry);
    /** s-maxage, max-age, Expires − Date, heuristic; 0 when none applies. Never negative. */
    qint64 freshnessLifetime(const StoredResponse &entry) const;
    /** Current age at @p now (RFC 9111 §4.2.3), saturating. */
    static qint64 currentAge(const StoredResponse &entry, qint64 now);
    qint64 currentAge(const StoredResponse &entry) const { return currentAge(entry, m_clock.now()); }
    /** Age field value: whole seconds, clamped to 0…2^31. */
    static QByteArray ageValue(qint64 age);
    /** Sets Age on a response served from the store. */
    static void setAge(Http::Headers &headers, qint64 age);

    // --- lookup (RFC 9111 §4) -------------------------------------------------------------------

    /**
     * Why @p request must go to the origin without looking at the store, or Reason::None when a
     * stored response may answer it. Unsafe methods must then go through invalidatedKeys().
     */
    static Reason bypass(const Http::RequestHead &request);
    /** Whether the stored response @p entry may answer @p request now (after bypass and Vary). */
    Decision decide(const Http::RequestHead &request, const StoredResponse &entry) const;
    /**
     * Whether a stale @p entry may be served because the origin failed (@p originStatus 0 for a
     * connection error, or a 5xx) while validating or refetching it: stale-if-error (RFC 5861) in
     * the response or request, and nothing (must-revalidate, proxy-revalidate, s-maxage, no-cache)
     * that forbids stale use (RFC 9111 §4.2.4).
     */
    bool mayServeStaleOnError(const Http::RequestHead &request, const StoredResponse &entry,
                              int originStatus) const;

    // --- validation (RFC 9111 §4.3) -------------------------------------------------------------

    /**
     * The request to send to the origin for @p client when @p entry needs validation: the client's
     * request with its own If-None-Match / If-Modified-Since replaced by the entry's validators
     * (If-None-Match from ETag, else If-Modified-Since from Last-Modified). Without validators it
     * is the client's request without them: an unconditional refetch.
     */
    static Http::RequestHead conditionalRequest(const Http::RequestHead &client, const StoredResponse &entry);
    /**
     * Whether a 304 (or, with @p storedBodySize, a HEAD 200) describes @p entry (RFC 9111 §4.3.4,
     * §4.3.5): a strong ETag must match strongly, a weak one weakly, else Last-Modified must be
     * equal; a 304 without validators answers the conditional request built from this entry.
     * A HEAD 200 whose Content-Length differs from @p storedBodySize does not match.
     */
    static bool notModifiedSelects(const StoredResponse &entry, const Http::ResponseHead &response,
                                   qint64 storedBodySize = -1);
    /**
     * @p entry updated by a 304 or HEAD 200 (RFC 9111 §3.2): each field of the new response that
     * may be stored replaces all stored fields of that name, at the position of the first;
     * Content-Length is never taken over; the body is untouched. Times become those of the
     * validation exchange.
     */
    static StoredResponse freshen(const StoredResponse &entry, const Http::ResponseHead &response,
                                  qint64 requestTime, qint64 responseTime);
    /**
     * Whether the client's own conditional request is answered with 304 by a fresh @p entry
     * (RFC 9110 §13.2.2): If-None-Match with weak comparison; If-Modified-Since only without
     * If-None-Match, against Last-Modified, else Date. GET and HEAD only.
     */
    static bool clientNotModified(const Http::RequestHead &client, const StoredResponse &entry);
    /**
     * The 304 for clientNotModified(): Cache-Control, Content-Location, Date, ETag, Expires and
     * Vary of the entry, and Last-Modified when there is no ETag (RFC 9110 §15.4.5). The caller
     * adds Age and Cache-Status.
     */
    static Http::ResponseHead notModifiedResponse(const StoredResponse &entry);

    // --- invalidation (RFC 9111 §4.4) -----------------------------------------------------------

    /**
     * Primary keys to invalidate after @p response to @p request: for an unsafe or unknown method
     * with a 2xx or 3xx status, the target and the Location and Content-Location URIs of the same
     * origin. Empty otherwise.
     */
    static QList<QByteArray> invalidatedKeys(const Http::RequestHead &request,
                                             const Http::ResponseHead &response);

private:
    const Clock &m_clock;
    CachePolicyOptions m_options;
};

} // namespace Veil::Cache
