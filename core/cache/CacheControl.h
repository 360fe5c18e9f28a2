#pragma once

#include "http/HttpHeaders.h"

#include <QByteArray>
#include <QList>

#include <limits>
#include <optional>

namespace Veil::Cache {

/**
 * Cache-Control directives of one message (RFC 9111 §5.2, RFC 5861, RFC 8246), parsed over every
 * Cache-Control field line in order.
 *
 * - Directive names are case-insensitive; arguments may be a token or a quoted-string.
 * - The first occurrence of a directive wins; later duplicates are ignored.
 * - delta-seconds (1*DIGIT) saturate at 2^31 (RFC 9111 §1.2.2) instead of wrapping.
 * - An invalid argument gives the most conservative reading: max-age and s-maxage become 0 (stale),
 *   min-fresh becomes 2^31 (never fresh enough), max-stale, stale-while-revalidate and
 *   stale-if-error are dropped (no stale serving), a no-cache or private field list that does not
 *   parse makes the directive unqualified, and a directive that loosens caching (public, immutable)
 *   is ignored when it carries an argument it should not have.
 * - Unknown directives are ignored.
 */
struct CacheControl
{
    /** Largest delta-seconds value (RFC 9111 §1.2.2). */
    static constexpr qint64 kDeltaMax = qint64(1) << 31;
    /** max-stale without a value: any staleness is acceptable. */
    static constexpr qint64 kUnlimited = std::numeric_limits<qint64>::max();

    // Both directions.
    std::optional<qint64> maxAge;
    bool noCache = false;
    /** no-cache="a, b" (responses): lower-case names; empty when unqualified. */
    QList<QByteArray> noCacheFields;
    bool noStore = false;
    bool noTransform = false;
    std::optional<qint64> staleIfError; ///< RFC 5861 §4, request or response

    // Request directives.
    std::optional<qint64> maxStale; ///< kUnlimited when given without a value
    std::optional<qint64> minFresh;
    bool onlyIfCached = false;

    // Response directives.
    std::optional<qint64> sMaxAge;
    bool mustRevalidate = false;
    bool proxyRevalidate = false;
    bool mustUnderstand = false;
    bool isPublic = false;
    bool isPrivate = false;
    /** private="a, b": lower-case names; empty when unqualified. */
    QList<QByteArray> privateFields;
    std::optional<qint64> staleWhileRevalidate; ///< RFC 5861 §3
    bool immutable = false;                     ///< RFC 8246

    /** no-cache without a field list: the whole response needs validation before each reuse. */
    bool noCacheUnqualified() const { return noCache && noCacheFields.isEmpty(); }
    /** private without a field list: a shared cache must not store the response. */
    bool privateUnqualified() const { return isPrivate && privateFields.isEmpty(); }

    /** Parses the Cache-Control fields of a response. */
    static CacheControl parseResponse(const Http::Headers &headers);
    /**
     * Parses the Cache-Control fields of a request. Without any Cache-Control field,
     * "Pragma: no-cache" counts as no-cache (RFC 9111 §5.4), as HTTP/1.0 clients still send it.
     */
    static CacheControl parseRequest(const Http::Headers &headers);
    /** Parses one field value (tests, and callers that already joined the lines). */
    static CacheControl parse(QByteArrayView value);
};

/** Parses delta-seconds (1*DIGIT), saturating at CacheControl::kDeltaMax; nothing if not 1*DIGIT. */
std::optional<qint64> parseDeltaSeconds(QByteArrayView text);

} // namespace Veil::Cache
