#include "cache/CachePolicy.h"

#include "cache/HttpDate.h"
#include "http/HopByHop.h"

#include <QtNumeric>

#include <algorithm>

namespace Veil::Cache {

namespace {

using Http::equalsIgnoreCase;

qint64 saturatingAdd(qint64 a, qint64 b)
{
    qint64 r = 0;
    if (qAddOverflow(a, b, &r))
        return b > 0 ? std::numeric_limits<qint64>::max() : std::numeric_limits<qint64>::min();
    return r;
}

qint64 saturatingSub(qint64 a, qint64 b)
{
    qint64 r = 0;
    if (qSubOverflow(a, b, &r))
        return b < 0 ? std::numeric_limits<qint64>::max() : std::numeric_limits<qint64>::min();
    return r;
}

bool isMethod(const Http::RequestHead &request, QByteArrayView method)
{
    return request.method == method; // methods are case-sensitive (RFC 9110 §9.1)
}

/** Statuses whose caching rules Veil implements (RFC 9110 §15), for must-understand. */
bool isUnderstoodStatus(int status)
{
    static constexpr int kUnderstood[] = {200, 201, 202, 203, 204, 205, 300, 301, 302, 303, 307, 308, 400,
                                          401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413,
                                          414, 415, 416, 417, 421, 422, 426, 500, 501, 502, 503, 504, 505};
    return std::find(std::begin(kUnderstood), std::end(kUnderstood), status) != std::end(kUnderstood);
}

} // namespace

qint64 CachePolicy::dateValue(const StoredResponse &entry)
{
    return HttpDate::parse(entry.headers.value("Date"), entry.responseTime).value_or(entry.responseTime);
}

CachePolicy::CachePolicy(const Clock &clock, CachePolicyOptions options)
    : m_clock(clock)
    , m_options(options)
{
    m_options.heuristicPercent = std::clamp(m_options.heuristicPercent, 0, 100);
    m_options.heuristicCap = std::max<qint64>(m_options.heuristicCap, 0);
}

bool CachePolicy::isHeuristicallyCacheable(int status)
{
    static constexpr int kHeuristic[] = {200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 501};
    return std::find(std::begin(kHeuristic), std::end(kHeuristic), status) != std::end(kHeuristic);
}

Reason CachePolicy::storability(const Http::RequestHead &request, const Http::ResponseHead &response)
{
    // HEAD responses freshen stored GETs (freshen()) but are never stored themselves.
    if (!isMethod(request, "GET"))
        return Reason::MethodNotCacheable;
    if (response.status < 200 || response.status > 599)
        return Reason::StatusNotFinal;
    // Veil stores complete representations only, so 206 and 304 are not understood (§3).
    if (response.status == 206 || response.status == 304)
        return Reason::StatusNotUnderstood;

    const CacheControl requestCc = CacheControl::parseRequest(request.headers);
    const CacheControl cc = CacheControl::parseResponse(response.headers);
    if (requestCc.noStore)
        return Reason::RequestNoStore;
    if (cc.mustUnderstand) {
        // §5.2.2.3: a cache that understands the status ignores no-store; one that does not must not store.
        if (!isUnderstoodStatus(response.status))
            return Reason::StatusNotUnderstood;
    } else if (cc.noStore) {
        return Reason::ResponseNoStore;
    }
    if (cc.privateUnqualified())
        return Reason::Private;
    // §3.5: a response to an authenticated request is shared only when the origin says so.
    if (request.headers.contains("Authorization") && !cc.mustRevalidate && !cc.isPublic && !cc.sMaxAge)
        return Reason::Authorization;
    if (cc.isPublic || cc.maxAge || cc.sMaxAge || response.headers.contains("Expires") ||
        isHeuristicallyCacheable(response.status)) {
        return Reason::Storable;
    }
    return Reason::NoFreshnessInfo;
}

Http::Headers CachePolicy::headersToStore(const Http::Headers &responseHeaders, qint64 responseTime)
{
    Http::Headers out = Http::endToEndHeaders(responseHeaders, /*keepUpgrade=*/false);
    // The body is stored decoded and without trailers, so announcing trailers would be a lie.
    out.remove("Trailer");
    const CacheControl cc = CacheControl::parseResponse(responseHeaders);
    for (const QByteArray &name : cc.noCacheFields)
        out.remove(name);
    for (const QByteArray &name : cc.privateFields)
        out.remove(name);
    if (!HttpDate::parse(out.value("Date"), responseTime))
        out.set("Date", HttpDate::format(responseTime));
    return out;
}

StoredResponse CachePolicy::makeStored(const Http::ResponseHead &response, qint64 requestTime,
                                       qint64 responseTime)
{
    return StoredResponse{response.status, response.reason, headersToStore(response.headers, responseTime),
                          requestTime, responseTime};
}

qint64 CachePolicy::freshnessLifetime(const StoredResponse &entry) const
{
    const CacheControl cc = CacheControl::parseResponse(entry.headers);
    if (cc.sMaxAge) // a shared cache prefers s-maxage (§4.2.1)
        return *cc.sMaxAge;
    if (cc.maxAge)
        return *cc.maxAge;
    const qint64 date = dateValue(entry);
    if (entry.headers.contains("Expires")) {
        // An invalid Expires, "0" included, means already expired (§5.3). First line wins.
        const std::optional<qint64> expires =
            HttpDate::parse(entry.headers.value("Expires"), entry.responseTime);
        return expires ? std::max<qint64>(0, saturatingSub(*expires, date)) : 0;
    }
    // Heuristics only where RFC 9110 §15.1 allows them; the issue keeps them off even for public.
    if (!isHeuristicallyCacheable(entry.status))
        return 0;
    const std::optional<qint64> lastModified =
        HttpDate::parse(entry.headers.value("Last-Modified"), entry.responseTime);
    if (!lastModified || *lastModified >= date)
        return 0;
    const qint64 sinceModified = saturatingSub(date, *lastModified);
    const qint64 heuristic = sinceModified / 100 * m_options.heuristicPercent +
                             sinceModified % 100 * m_options.heuristicPercent / 100;
    return std::min(heuristic, m_options.heuristicCap);
}

qint64 CachePolicy::currentAge(const StoredResponse &entry, qint64 now)
{
    // §5.1: a list-valued Age uses its first member; anything but delta-seconds is ignored.
    qint64 ageHeader = 0;
    const QByteArray ageField = entry.headers.value("Age");
    const QList<QByteArrayView> ageMembers = Http::splitList(ageField);
    if (!ageMembers.isEmpty())
        ageHeader = parseDeltaSeconds(ageMembers.first()).value_or(0);

    const qint64 apparentAge = std::max<qint64>(0, saturatingSub(entry.responseTime, dateValue(entry)));
    const qint64 responseDelay = std::max<qint64>(0, saturatingSub(entry.responseTime, entry.requestTime));
    const qint64 correctedAgeValue = saturatingAdd(ageHeader, responseDelay);
    const qint64 correctedInitialAge = std::max(apparentAge, correctedAgeValue);
    const qint64 residentTime = std::max<qint64>(0, saturatingSub(now, entry.responseTime));
    return saturatingAdd(correctedInitialAge, residentTime);
}

QByteArray CachePolicy::ageValue(qint64 age)
{
    return QByteArray::number(std::clamp<qint64>(age, 0, CacheControl::kDeltaMax));
}

void CachePolicy::setAge(Http::Headers &headers, qint64 age)
{
    headers.set("Age", ageValue(age));
}

Reason CachePolicy::bypass(const Http::RequestHead &request)
{
    if (!isMethod(request, "GET") && !isMethod(request, "HEAD"))
        return Reason::MethodNotCacheable;
    if (request.form != Http::TargetForm::Absolute)
        return Reason::NoAbsoluteUri;
    if (request.headers.contains("Range"))
        return Reason::RangeRequest;
    // §4.3.2: these preconditions are not applicable to a cache; the origin evaluates them.
    if (request.headers.contains("If-Match") || request.headers.contains("If-Unmodified-Since") ||
        request.headers.contains("If-Range")) {
        return Reason::OriginPrecondition;
    }
    return Reason::None;
}

Decision CachePolicy::decide(const Http::RequestHead &request, const StoredResponse &entry) const
{
    const CacheControl req = CacheControl::parseRequest(request.headers);
    const CacheControl res = CacheControl::parseResponse(entry.headers);

    Decision d;
    d.age = currentAge(entry, m_clock.now());
    d.lifetime = freshnessLifetime(entry);
    const bool fresh = d.lifetime > d.age;
    const qint64 staleness = fresh ? 0 : saturatingSub(d.age, d.lifetime);

    const auto validate = [&](Verdict verdict, Reason reason) {
        // only-if-cached: a stored response that needs the origin cannot be used (§5.2.1.7).
        d.verdict = req.onlyIfCached ? Verdict::GatewayTimeout : verdict;
        d.reason = reason;
        return d;
    };
    const auto serve = [&](Verdict verdict, Reason reason) {
        d.verdict = verdict;
        d.reason = reason;
        return d;
    };

    if (res.noCacheUnqualified())
        return validate(Verdict::Revalidate, Reason::ResponseNoCache);
    if (req.noCache)
        return validate(Verdict::RequestForbids, Reason::RequestNoCache);
    // The request's limits apply whether or not the response is fresh; when both say no, a
    // stale response is reported as stale.
    if (req.maxAge && d.age > *req.maxAge)
        return validate(fresh ? Verdict::RequestForbids : Verdict::Revalidate,
                        fresh ? Reason::RequestMaxAge : Reason::Stale);
    if (req.minFresh && saturatingSub(d.lifetime, d.age) < *req.minFresh)
        return validate(fresh ? Verdict::RequestForbids : Verdict::Revalidate,
                        fresh ? Reason::RequestMinFresh : Reason::Stale);
    if (fresh)
        return serve(Verdict::Fresh, Reason::Fresh);

    // Stale. must-revalidate, proxy-revalidate and s-maxage (which implies proxy-revalidate in a
    // shared cache) forbid every form of stale serving (§4.2.4, §5.2.2.2, §5.2.2.8, §5.2.2.10).
    if (res.mustRevalidate || res.proxyRevalidate || res.sMaxAge)
        return validate(Verdict::Revalidate, Reason::MustRevalidate);
    if (req.maxStale && staleness <= *req.maxStale)
        return serve(Verdict::ServeStale, Reason::MaxStale);
    if (res.staleWhileRevalidate && staleness <= *res.staleWhileRevalidate)
        return serve(Verdict::ServeStaleRevalidate, Reason::StaleWhileRevalidate);
    return validate(Verdict::Revalidate, Reason::Stale);
}

bool CachePolicy::mayServeStaleOnError(const Http::RequestHead &request, const StoredResponse &entry,
                                       int originStatus) const
{
    if (originStatus != 0 && (originStatus < 500 || originStatus > 599))
        return false;
    const CacheControl req = CacheControl::parseRequest(request.headers);
    const CacheControl res = CacheControl::parseResponse(entry.headers);
    if (res.mustRevalidate || res.proxyRevalidate || res.sMaxAge || res.noCacheUnqualified())
        return false;
    if (!req.staleIfError && !res.staleIfError)
        return false;
    // Either party's allowance suffices (RFC 5861 §4 defines it for requests and responses).
    const qint64 allowed = std::max(req.staleIfError.value_or(-1), res.staleIfError.value_or(-1));
    const qint64 staleness =
        std::max<qint64>(0, saturatingSub(currentAge(entry, m_clock.now()), freshnessLifetime(entry)));
    return staleness <= allowed;
}

} // namespace Veil::Cache
