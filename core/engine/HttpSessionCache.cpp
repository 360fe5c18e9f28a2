// HttpSession, HTTP cache: lookups before a plain-HTTP request goes out, validation, storing the
// response while it streams to the client, and serving stored responses. The rules themselves are
// core/cache/CachePolicy (RFC 9111); the files are core/cache/CacheStore.

#include "engine/HttpSession.h"

#include "cache/CacheKey.h"
#include "cache/CachePolicy.h"
#include "engine/CacheRefresh.h"
#include "http/Responses.h"

#include <QLoggingCategory>
#include <QScopedValueRollback>

Q_DECLARE_LOGGING_CATEGORY(lcHttp)

namespace Veil {

namespace {

constexpr qint64 kReadChunk = 64 * 1024;

void count(const EngineContext &context, std::atomic<qint64> EngineStats::*counter, qint64 n = 1)
{
    if (context.stats) {
        (context.stats->*counter).fetch_add(n, std::memory_order_relaxed);
    }
}

} // namespace

void HttpSession::resetCache()
{
    m_cacheKey.clear();
    m_clientHeaders = {};
    m_cacheEntry.reset();
    m_cacheStatus = Cache::CacheStatus();
    m_cacheWriter.reset(); // an unfinished entry is discarded, never committed
    m_cacheReader.reset();
    m_cachePayload.clear();
    m_cacheUsed = false;
}

bool HttpSession::answerFromCache()
{
    resetCache();
    const EngineContext &context = *m_context;
    if (!context.cache || m_request.isUpgrade()) {
        return false;
    }
    m_cacheUsed = true;
    Cache::Reason why = Cache::CachePolicy::bypass(m_request);
    if (why == Cache::Reason::MethodNotCacheable) {
        m_cacheStatus.setForward(Cache::Forward::Method); // unsafe methods invalidate on the way back
        return false;
    }
    if (context.settings.cache.bypasses(m_request.host)) {
        m_cacheStatus.setForward(Cache::Forward::Bypass).setDetail("bypass-list");
        return false;
    }
    if (why == Cache::Reason::None && m_request.framing != Http::Framing::None) {
        m_cacheStatus.setForward(Cache::Forward::Bypass).setDetail("request-body");
        return false;
    }
    const std::optional<QByteArray> key = Cache::primaryKey(m_request);
    if (why != Cache::Reason::None || !key) {
        m_cacheStatus.setForward(Cache::Forward::Bypass).setDetail(Cache::reasonToken(why));
        return false;
    }
    m_cacheKey = *key;
    const Cache::CachePolicy &policy = *context.cachePolicy;
    m_cacheRequestTime = policy.clock().now();
    const Cache::CacheStore::Lookup found = context.cache->lookup(m_cacheKey, m_request.headers);
    if (found.entry) {
        const Cache::Decision decision = policy.decide(m_request, found.entry->response);
        if (decision.serves()) {
            // stale-while-revalidate: the client gets its answer now, and the entry is refreshed
            // for the next one with this request (copied only then: the hit path is hot).
            std::optional<Http::RequestHead> refresh;
            if (decision.verdict == Cache::Verdict::ServeStaleRevalidate) {
                refresh = m_request;
            }
            if (serveStored(found.entry, Cache::CacheStatus::fromDecision(decision))) {
                count(context, &EngineStats::cacheHits);
                if (refresh) {
                    CacheRefresh::start(m_context, m_route, *refresh, found.entry, parent());
                }
                return true;
            }
            // The body was unreadable (and is gone now): fetch it like any miss.
        } else if (decision.verdict == Cache::Verdict::GatewayTimeout) {
            m_cacheStatus = Cache::CacheStatus::fromDecision(decision);
            m_record.event().cache = m_cacheStatus.value();
            sendError(504, tr("The cached response may not be used and the request allows only "
                              "cached responses (only-if-cached)."));
            return true;
        } else {
            // Stale, or the request wants validation: ask the origin whether it still holds.
            m_cacheEntry = found.entry;
            m_cacheStatus = Cache::CacheStatus::fromDecision(decision);
            m_clientHeaders = m_request.headers;
            m_request.headers =
                Cache::CachePolicy::conditionalRequest(m_request, m_cacheEntry->response).headers;
            return false;
        }
    }
    count(context, &EngineStats::cacheMisses);
    m_cacheStatus = Cache::CacheStatus();
    m_cacheStatus.setForward(found.entry ? Cache::Forward::Miss : found.miss);
    if (m_request.headers.hasToken("Cache-Control", "only-if-cached")) {
        m_record.event().cache = m_cacheStatus.value();
        sendError(504, tr("Nothing usable is cached and the request allows only cached responses "
                          "(only-if-cached)."));
        return true;
    }
    return false;
}

bool HttpSession::onCacheResponse()
{
    if (!m_cacheUsed) {
        return false;
    }
    const EngineContext &context = *m_context;
    Cache::CacheStore &store = *context.cache;
    const Cache::CachePolicy &policy = *context.cachePolicy;
    const qint64 now = policy.clock().now();
    for (const QByteArray &key : Cache::CachePolicy::invalidatedKeys(m_request, m_response)) {
        store.invalidate(key); // RFC 9111 §4.4: POST, PUT, DELETE, … with 2xx / 3xx
    }
    if (m_cacheEntry) {
        if (m_response.status == 304 &&
            Cache::CachePolicy::notModifiedSelects(m_cacheEntry->response, m_response)) {
            const bool reusable = m_requestDone && m_response.keepAlive() && m_originBuf.isEmpty() &&
                                  m_request.versionMinor >= 1;
            releaseOrigin(reusable);
            const Cache::StoredResponse fresh =
                Cache::CachePolicy::freshen(m_cacheEntry->response, m_response, m_cacheRequestTime, now);
            const Cache::EntryPtr updated = store.update(m_cacheEntry, fresh);
            count(context, &EngineStats::cacheRevalidations);
            m_request.headers = m_clientHeaders; // the client's own validators decide 200 or 304
            Cache::CacheStatus status = m_cacheStatus;
            status.setForwardStatus(304);
            if (!serveStored(updated, status)) {
                sendError(502, tr("The cached response the origin confirmed could not be read from disk."));
            }
            return true;
        }
        if (m_response.status >= 500 && serveStaleOnError(m_response.status)) {
            return true;
        }
        if (m_request.method == "HEAD" && m_response.status == 200 &&
            Cache::CachePolicy::notModifiedSelects(m_cacheEntry->response, m_response,
                                                   m_cacheEntry->bodySize)) {
            store.update(m_cacheEntry, Cache::CachePolicy::freshen(m_cacheEntry->response, m_response,
                                                                   m_cacheRequestTime, now));
        }
        m_request.headers = m_clientHeaders;
        count(context, &EngineStats::cacheMisses); // the origin sent a new response
    }
    if (!m_cacheKey.isEmpty() && m_request.method == "GET") {
        const Cache::Reason why = Cache::CachePolicy::storability(m_request, m_response);
        const std::optional<QByteArray> vary = Cache::varyKey(m_response.headers, m_request.headers);
        if (why != Cache::Reason::Storable) {
            m_cacheStatus.setDetail(Cache::reasonToken(why));
        } else if (!vary) {
            m_cacheStatus.setDetail("vary-star");
        } else {
            const qint64 expected =
                m_response.framing == Http::Framing::ContentLength ? m_response.contentLength : -1;
            m_cacheWriter = store.beginWrite(
                m_cacheKey, *vary, Cache::CachePolicy::makeStored(m_response, m_cacheRequestTime, now),
                expected);
            m_cacheStatus.setStored(m_cacheWriter != nullptr);
            if (!m_cacheWriter) {
                m_cacheStatus.setDetail("too-large");
            }
        }
    }
    m_cacheStatus.setForwardStatus(m_response.status);
    return false;
}

bool HttpSession::serveStaleOnError(int originStatus)
{
    if (!m_cacheEntry) {
        return false;
    }
    Http::RequestHead client = m_request;
    client.headers = m_clientHeaders;
    if (!m_context->cachePolicy->mayServeStaleOnError(client, m_cacheEntry->response, originStatus)) {
        return false;
    }
    releaseOrigin(false);
    m_request.headers = m_clientHeaders;
    Cache::CacheStatus status;
    status.setHit().setTtl(m_context->cachePolicy->freshnessLifetime(m_cacheEntry->response) -
                           m_context->cachePolicy->currentAge(m_cacheEntry->response));
    status.setDetail("stale-if-error");
    if (!serveStored(m_cacheEntry, status)) {
        return false;
    }
    count(*m_context, &EngineStats::cacheHits);
    return true;
}

bool HttpSession::serveStored(const Cache::EntryPtr &entry, Cache::CacheStatus cacheStatus)
{
    const Cache::CachePolicy &policy = *m_context->cachePolicy;
    const bool notModified = Cache::CachePolicy::clientNotModified(m_request, entry->response);
    std::unique_ptr<Cache::CacheBodyReader> reader;
    if (!notModified && m_request.method != "HEAD" && entry->bodySize > 0) {
        reader = m_context->cache->openBody(entry);
        if (!reader) {
            return false;
        }
    }
    int status = entry->response.status;
    QByteArray reason = entry->response.reason;
    Http::Headers headers = entry->response.headers;
    if (notModified) {
        Http::ResponseHead head304 = Cache::CachePolicy::notModifiedResponse(entry->response);
        status = head304.status;
        reason = head304.reason;
        headers = std::move(head304.headers);
    }
    Cache::CachePolicy::setAge(headers, policy.currentAge(entry->response));
    cacheStatus.appendTo(headers);
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    head.reserve(head.size() + 64 * headers.size());
    headers.serializeTo(head);
    if (!notModified) {
        head += "Content-Length: " + QByteArray::number(entry->bodySize) + "\r\n";
    }
    head += m_clientKeepAlive ? (m_request.versionMinor == 0 ? "Connection: keep-alive\r\n" : "")
                              : "Connection: close\r\n";
    head += "\r\n";

    m_response = {};
    m_response.status = status;
    m_record.event().cache = cacheStatus.value();
    m_state = State::Serving;
    if (reader && reader->inMemory() && reader->remaining() <= kReadChunk) {
        // Small and in memory: head and body in one write, one syscall.
        const QByteArray body = reader->read(kReadChunk);
        head += body;
        count(*m_context, &EngineStats::cacheBytesSaved, body.size());
        reader.reset();
    }
    m_client->write(head);
    countDown(head.size());
    m_cacheReader = std::move(reader);
    armTimer(m_context->settings.idleTimeoutMs);
    pumpStoredBody();
    return true;
}

void HttpSession::pumpStoredBody()
{
    if (m_pumpingResponse) {
        return; // re-entered from flush(); the outer call loops
    }
    const qint64 window = m_context->settings.relayWindowBytes;
    {
        const QScopedValueRollback guard(m_pumpingResponse, true);
        while (m_cacheReader && m_cacheReader->remaining() > 0 && m_client->bytesToWrite() < window) {
            const QByteArray data = m_cacheReader->read(kReadChunk);
            if (data.isEmpty()) {
                break;
            }
            m_client->write(data);
            countDown(data.size());
            count(*m_context, &EngineStats::cacheBytesSaved, data.size());
            m_client->flush();
        }
    }
    if (m_cacheReader && m_cacheReader->failed()) {
        m_record.finish(m_response.status, tr("the cached body could not be read to the end"));
        m_client->abort(); // a truncated response, never a complete-looking wrong one
        finish();
        return;
    }
    if (!m_cacheReader || m_cacheReader->remaining() == 0) {
        finishServing();
        return;
    }
    armTimer(m_context->settings.idleTimeoutMs);
}

void HttpSession::finishServing()
{
    if (m_state != State::Serving) {
        return;
    }
    m_cacheReader.reset();
    m_record.finish(m_response.status);
    if (!m_clientKeepAlive || m_shuttingDown) {
        closeClient();
        return;
    }
    m_state = State::ReadingHead;
    armTimer(m_context->settings.idleTimeoutMs);
    if (!m_clientBuf.isEmpty() || m_client->bytesAvailable() > 0) {
        // Pipelined requests are waiting. Queued: answered from the store one after the other,
        // they would otherwise recurse once each. Otherwise readyRead brings the next one.
        QMetaObject::invokeMethod(this, &HttpSession::processInput, Qt::QueuedConnection);
    }
}

} // namespace Veil
