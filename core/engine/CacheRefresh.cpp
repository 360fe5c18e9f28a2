#include "engine/CacheRefresh.h"

#include "cache/CacheKey.h"
#include "cache/CachePolicy.h"
#include "engine/Dialer.h"
#include "http/HopByHop.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcRefresh, "veil.cache.refresh", QtInfoMsg)

namespace Veil {

namespace {

constexpr qint64 kReadChunk = 64 * 1024;

QByteArray authority(const QByteArray &host, quint16 port)
{
    const QByteArray h = host.contains(':') ? '[' + host + ']' : host;
    return port == 80 ? h : h + ':' + QByteArray::number(port);
}

} // namespace

void CacheRefresh::start(EngineContextPtr context, const Route &route, const Http::RequestHead &client,
                         const Cache::EntryPtr &entry, QObject *parent)
{
    if (!context->cache || !context->cache->beginRefresh(entry->primaryKey)) {
        return; // another refresh of this URL is running
    }
    new CacheRefresh(std::move(context), route, client, entry, parent);
}

CacheRefresh::CacheRefresh(EngineContextPtr context, const Route &route, const Http::RequestHead &client,
                           const Cache::EntryPtr &entry, QObject *parent)
    : QObject(parent)
    , m_context(std::move(context))
    , m_route(route)
    , m_request(Cache::CachePolicy::conditionalRequest(client, entry->response))
    , m_entry(entry)
    , m_scanner(m_context->settings.maxHeadBytes)
{
    m_request.method = "GET"; // a HEAD that was served stale refreshes the stored GET
    m_forward = m_route.kind == Route::Kind::Exit && m_route.exit.scheme != ExitScheme::Socks5;
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        qCDebug(lcRefresh) << "timed out:" << m_entry->primaryKey;
        done();
    });
    m_timer.start(m_context->settings.connectTimeoutMs + m_context->settings.idleTimeoutMs);
    m_requestTime = m_context->cachePolicy->clock().now();
    m_dialer = new Dialer(m_context, this);
    connect(m_dialer, &Dialer::connected, this, &CacheRefresh::onDialed);
    connect(m_dialer, &Dialer::failed, this, [this](DialFailure, const QString &message) {
        qCDebug(lcRefresh) << "cannot reach the origin for" << m_entry->primaryKey << message;
        done();
    });
    m_dialer->dial(m_route, m_request.host, m_request.port,
                   m_forward ? ExitConnector::Mode::Forward : ExitConnector::Mode::Tunnel);
}

CacheRefresh::~CacheRefresh()
{
    if (m_context->cache) {
        m_context->cache->endRefresh(m_entry->primaryKey);
    }
}

void CacheRefresh::onDialed()
{
    m_socket = m_dialer->takeSocket();
    m_socket->setParent(this);
    const Route used = m_dialer->route();
    m_dialer->deleteLater();
    m_dialer = nullptr;
    const bool forward = used.kind == Route::Kind::Exit && used.exit.scheme != ExitScheme::Socks5;
    const QByteArray hostPort = authority(m_request.host, m_request.port);
    QByteArray head = "GET " + (forward ? "http://" + hostPort : QByteArray()) + m_request.pathAndQuery +
                      " HTTP/1.1\r\nHost: " + hostPort + "\r\n";
    Http::endToEndHeaders(m_request.headers, false).serializeTo(head);
    if (forward && !used.exit.user.isEmpty()) {
        head +=
            "Proxy-Authorization: " + ExitConnector::proxyAuthorization(used.exit, used.password) + "\r\n";
    }
    head += "Connection: close\r\n\r\n";
    connect(m_socket, &QTcpSocket::readyRead, this, &CacheRefresh::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &CacheRefresh::onReadyRead);
    m_socket->write(head);
}

void CacheRefresh::onReadyRead()
{
    if (!m_socket) {
        return;
    }
    if (!m_headDone && !readHead()) {
        return;
    }
    readBody();
}

bool CacheRefresh::readHead()
{
    m_buffer += m_socket->read(m_context->settings.maxHeadBytes + 2 - m_buffer.size());
    const qsizetype length = m_buffer.isEmpty() ? 0 : m_scanner.scan(m_buffer);
    if (length == 0) {
        if (m_socket->state() != QAbstractSocket::ConnectedState) {
            done();
        }
        return false;
    }
    if (length < 0 || Http::parseResponseHead(QByteArrayView(m_buffer).first(length), "GET", m_response,
                                              m_context->httpLimits()) != Http::ParseError::None) {
        done();
        return false;
    }
    m_buffer.remove(0, length);
    if (m_response.isInformational()) {
        m_scanner.reset();
        m_response = {};
        return readHead();
    }
    m_headDone = true;
    const qint64 now = m_context->cachePolicy->clock().now();
    Cache::CacheStore &store = *m_context->cache;
    if (m_response.status == 304 && Cache::CachePolicy::notModifiedSelects(m_entry->response, m_response)) {
        store.update(m_entry, Cache::CachePolicy::freshen(m_entry->response, m_response, m_requestTime, now));
        if (m_context->stats) {
            m_context->stats->cacheRevalidations.fetch_add(1, std::memory_order_relaxed);
        }
        done();
        return false;
    }
    const std::optional<QByteArray> vary = Cache::varyKey(m_response.headers, m_request.headers);
    if (Cache::CachePolicy::storability(m_request, m_response) != Cache::Reason::Storable || !vary) {
        done(); // the next request after the stale window asks the origin itself
        return false;
    }
    m_writer = store.beginWrite(
        m_entry->primaryKey, *vary, Cache::CachePolicy::makeStored(m_response, m_requestTime, now),
        m_response.framing == Http::Framing::ContentLength ? m_response.contentLength : -1);
    if (!m_writer) {
        done();
        return false;
    }
    m_body = Http::BodyDecoder(m_response.framing, m_response.contentLength, m_context->httpLimits());
    m_body.setPayloadSink(&m_payload);
    return true;
}

void CacheRefresh::readBody()
{
    for (;;) {
        QByteArray data = !m_buffer.isEmpty() ? std::exchange(m_buffer, {}) : m_socket->read(kReadChunk);
        if (data.isEmpty()) {
            break;
        }
        const Http::BodyDecoder::Step step = m_body.feed(data);
        if (step.error != Http::ParseError::None ||
            !m_writer->write(m_payload.constData(), m_payload.size())) {
            done(); // the writer is discarded: nothing half-written is kept
            return;
        }
        m_payload.clear();
        if (step.done) {
            break;
        }
    }
    const bool closed =
        m_socket->state() != QAbstractSocket::ConnectedState && m_socket->bytesAvailable() == 0;
    if (m_body.isDone() || (closed && m_body.finishAtEof())) {
        m_writer->commit();
        m_writer.reset();
        done();
    } else if (closed) {
        done();
    }
}

void CacheRefresh::done()
{
    m_timer.stop();
    if (m_dialer) {
        m_dialer->abort();
    }
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    deleteLater();
}

} // namespace Veil
