#include "engine/HttpSession.h"

#include "engine/LocalPages.h"
#include "engine/OriginPool.h"
#include "engine/Tunnel.h"
#include "http/HopByHop.h"
#include "http/Responses.h"
#include "privacy/PrivacyFilter.h"
#include "traffic/EventHub.h"

#include <QLoggingCategory>
#include <QScopedValueRollback>
#include <QUrl>

Q_LOGGING_CATEGORY(lcHttp, "veil.http", QtInfoMsg)

namespace Veil {

namespace {

int statusForParseError(Http::ParseError error)
{
    switch (error) {
    case Http::ParseError::HeadTooLarge:
    case Http::ParseError::TooManyHeaders:
        return 431;
    case Http::ParseError::UnsupportedVersion:
        return 505;
    case Http::ParseError::UnsupportedTransferCoding:
        return 501;
    default:
        return 400;
    }
}

QByteArray authority(const QByteArray &host, quint16 port, quint16 defaultPort)
{
    const QByteArray h = host.contains(':') ? '[' + host + ']' : host;
    return port == defaultPort ? h : h + ':' + QByteArray::number(port);
}

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    unsigned diff = unsigned(a.size() ^ b.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        diff |= unsigned(a[i]) ^ unsigned(i < b.size() ? b[i] : 0);
    }
    return diff == 0;
}

} // namespace

HttpSession::HttpSession(QTcpSocket *client, EngineContextPtr context, OriginPool *pool, QObject *parent)
    : QObject(parent)
    , m_context(std::move(context))
    , m_pool(pool)
    , m_client(client)
    , m_record(m_context->hub)
    , m_scanner(m_context->settings.maxHeadBytes)
    , m_responseScanner(m_context->settings.maxHeadBytes)
{
    m_client->setParent(this);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpSession::onTimeout);
    TrafficEvent &e = m_record.event();
    e.clientAddress = m_client->peerAddress();
    e.clientPort = m_client->peerPort();
}

HttpSession::~HttpSession()
{
    if (m_origin) {
        m_origin->abort();
    }
}

void HttpSession::start()
{
    connect(m_client, &QTcpSocket::readyRead, this, &HttpSession::onClientReadyRead);
    connect(m_client, &QTcpSocket::bytesWritten, this, &HttpSession::onClientBytesWritten);
    connect(m_client, &QTcpSocket::disconnected, this, &HttpSession::onClientDisconnected);
    armTimer(m_context->settings.headerTimeoutMs);
    processInput();
}

void HttpSession::beginShutdown()
{
    m_shuttingDown = true;
    if (m_state == State::ReadingHead && m_clientBuf.isEmpty()) {
        closeClient();
    }
}

bool HttpSession::closeIfRouteChanged(const Router &router)
{
    const bool upstream =
        m_state == State::Dialing || m_state == State::Exchanging || m_state == State::Tunneling;
    if (m_finished || !upstream || router.stillAllows(m_route)) {
        return false;
    }
    abortNow(tr("closed because the route changed (close on switch)"));
    return true;
}

bool HttpSession::closeIfTraffic(quint64 id, const QString &why)
{
    // Between keep-alive requests nothing is live: the record ended with the last response.
    if (m_finished || !m_record.isActive() || m_record.event().id != id) {
        return false;
    }
    abortNow(why);
    return true;
}

void HttpSession::abortNow(const QString &why)
{
    if (m_tunnel) {
        m_tunnel->abort(why); // its finished() records and ends the session
        return;
    }
    if (m_dialer) {
        m_dialer->abort();
    }
    if (m_origin) {
        m_origin->disconnect(this);
        m_origin->abort();
    }
    if (m_record.isActive()) {
        m_record.finish(m_response.status, why);
    }
    m_client->disconnect(this);
    m_client->abort();
    finish();
}

// ---- client side ---------------------------------------------------------------------------

void HttpSession::onClientReadyRead()
{
    if (m_state == State::ReadingHead) {
        processInput();
    } else if (m_state == State::Exchanging && !m_requestDone && m_origin) {
        pumpRequestBody();
    }
    // Otherwise the bytes wait in the socket (bounded read buffer): the next pipelined request.
}

void HttpSession::onClientBytesWritten()
{
    if (m_state == State::Exchanging && m_responseStarted) {
        pumpResponseBody();
    } else if (m_state == State::Serving) {
        pumpStoredBody();
    }
}

void HttpSession::onClientDisconnected()
{
    if (m_state == State::Tunneling) {
        return; // the tunnel owns the socket now
    }
    if (m_record.isActive()) {
        m_record.finish(m_response.status, m_responseStarted ? tr("client closed the connection mid-response")
                                                             : tr("client closed the connection"));
    }
    releaseOrigin(false);
    finish();
}

void HttpSession::processInput()
{
    while (m_state == State::ReadingHead) {
        const qint64 room = m_context->settings.maxHeadBytes + 2 - m_clientBuf.size();
        if (room > 0 && m_client->bytesAvailable() > 0) {
            if (m_clientBuf.isEmpty()) {
                armTimer(m_context->settings.headerTimeoutMs); // a head has begun: slowloris bound
            }
            m_clientBuf += m_client->read(room);
        }
        if (m_clientBuf.isEmpty()) {
            return;
        }
        const qsizetype length = m_scanner.scan(m_clientBuf);
        if (length == 0) {
            if (m_client->state() != QAbstractSocket::ConnectedState) {
                finish();
            }
            return;
        }
        if (length < 0) {
            sendError(431,
                      tr("The request head is larger than %1 bytes.").arg(m_context->settings.maxHeadBytes));
            return;
        }
        if (!handleHead(length)) {
            return;
        }
    }
}

bool HttpSession::handleHead(qsizetype headLength)
{
    if (m_contextSource) {
        m_context = m_contextSource->get(); // one short lock per request, never per byte
    }
    m_record.resetRequest();
    resetCache();
    m_request = {};
    const Http::ParseError error = Http::parseRequestHead(QByteArrayView(m_clientBuf).first(headLength),
                                                          m_request, m_context->httpLimits());
    m_clientBuf.remove(0, headLength);
    m_scanner.reset();
    if (m_context->stats) {
        m_context->stats->requests.fetch_add(1, std::memory_order_relaxed);
    }
    if (error != Http::ParseError::None) {
        sendError(statusForParseError(error), tr("Veil refused a malformed request: %1.")
                                                  .arg(QString::fromLatin1(Http::parseErrorText(error))));
        return false;
    }

    TrafficEvent &e = m_record.event();
    e.method = m_request.method;
    e.host = m_request.host;
    e.port = m_request.port;
    m_clientKeepAlive = m_request.keepAlive() && !m_shuttingDown;

    if (m_request.form == Http::TargetForm::Origin) {
        handleLocal();
        return m_state == State::ReadingHead;
    }
    if (!checkProxyAuth()) {
        return false;
    }
    if (m_request.form == Http::TargetForm::Authority) {
        handleConnect();
    } else if (m_request.form == Http::TargetForm::Absolute) {
        handleForward();
    } else {
        sendError(400, tr("Veil does not answer OPTIONS *."));
    }
    return false;
}

bool HttpSession::checkProxyAuth()
{
    const Settings &s = m_context->settings;
    if (s.proxyUser.isEmpty()) {
        return true;
    }
    const QByteArray expected =
        "Basic " + (s.proxyUser + QLatin1Char(':') + s.proxyPassword).toUtf8().toBase64();
    if (constantTimeEquals(m_request.headers.value("Proxy-Authorization").trimmed(), expected)) {
        return true;
    }
    sendError(407, tr("This proxy needs a user name and password."),
              QByteArrayLiteral("Proxy-Authenticate: Basic realm=\"Veil\", charset=\"UTF-8\"\r\n"));
    return false;
}

void HttpSession::handleLocal()
{
    m_record.event().protocol = TrafficProtocol::Local;
    m_record.event().decision = TrafficDecision::Local;
    m_record.event().path = m_request.pathAndQuery;
    m_record.start();
    // A body on a local request is not worth parsing: answer and close.
    const bool close = !m_clientKeepAlive || m_request.framing != Http::Framing::None;
    QByteArray response;
    const int status = localPageResponse(m_request, *m_context, close, &response);
    m_client->write(response);
    m_record.event().bytesDown = response.size();
    m_record.finish(status);
    if (close) {
        closeClient();
    } else {
        armTimer(m_context->settings.idleTimeoutMs);
    }
}

void HttpSession::handleConnect()
{
    m_record.event().protocol = TrafficProtocol::Connect;
    if (!applyPolicy(PolicyRequest{m_request.host, m_request.port, {}, {}})) {
        return;
    }
    m_exitMode = ExitConnector::Mode::Tunnel;
    setDecision(m_record.event(), m_route);
    m_record.start();
    startDial();
}

void HttpSession::handleForward()
{
    m_record.event().protocol = TrafficProtocol::Http;
    m_record.event().path = m_request.pathAndQuery;
    PolicyRequest policyRequest{m_request.host, m_request.port, {}, {}};
    if (!m_context->policy->isEmpty()) {
        // The URL and the page it came from matter to URL filters and $third-party only; without
        // rules or lists, building them would cost every plain-HTTP request a URL parse.
        policyRequest.url =
            "http://" + authority(m_request.host, m_request.port, 80) + m_request.pathAndQuery;
        QByteArray source = m_request.headers.value("Referer");
        if (source.isEmpty()) {
            source = m_request.headers.value("Origin");
        }
        if (!source.isEmpty()) {
            policyRequest.sourceHost = QUrl::fromEncoded(source).host(QUrl::FullyEncoded).toLatin1();
        }
    }
    if (!applyPolicy(policyRequest)) {
        return;
    }
    setDecision(m_record.event(), m_route);
    applyPrivacy(); // before the cache: the cache key is the cleaned URL
    m_record.start();
    if (answerFromCache()) {
        return;
    }

    // HTTP/1.0 clients cannot take chunked responses; asking the origin in HTTP/1.0 guarantees
    // a Content-Length or close-delimited body.
    const bool http10 = m_request.versionMinor == 0;
    const bool upgrade = m_request.isUpgrade() && !http10;
    // Plain HTTP goes to HTTP(S) exits in absolute form, as to any proxy; upgrades and SOCKS5
    // exits get a tunnel to the origin instead, and the request stays in origin form.
    const bool viaExit = m_route.kind == Route::Kind::Exit;
    const bool forward = viaExit && m_route.exit.scheme != ExitScheme::Socks5 && !upgrade;
    m_exitMode = forward ? ExitConnector::Mode::Forward : ExitConnector::Mode::Tunnel;
    const QByteArray hostPort = authority(m_request.host, m_request.port, 80);
    QByteArray &head = m_requestHeadBytes;
    head.clear();
    head.reserve(512);
    head += m_request.method + ' ' + (forward ? "http://" + hostPort : QByteArray()) +
            m_request.pathAndQuery + (http10 ? " HTTP/1.0\r\n" : " HTTP/1.1\r\n");
    head += "Host: " + hostPort + "\r\n";
    Http::endToEndHeaders(m_request.headers, upgrade).serializeTo(head);
    if (forward && !m_route.exit.user.isEmpty()) {
        head += "Proxy-Authorization: " + ExitConnector::proxyAuthorization(m_route.exit, m_route.password) +
                "\r\n";
    }
    if (m_request.framing == Http::Framing::ContentLength) {
        head += "Content-Length: " + QByteArray::number(m_request.contentLength) + "\r\n";
    } else if (m_request.framing == Http::Framing::Chunked) {
        head += "Transfer-Encoding: chunked\r\n";
    }
    if (upgrade) {
        head += "Connection: upgrade\r\n";
    } else if (http10) {
        head += "Connection: close\r\n";
    }
    head += "\r\n";

    m_requestBody = Http::BodyDecoder(m_request.framing, m_request.contentLength, m_context->httpLimits());
    m_requestDone = false;
    m_originKey = OriginPool::key(m_request.host, m_request.port);
    if (forward) {
        m_originKey = "exit/" + m_route.exit.id.toUtf8(); // one exit connection serves any host
    } else if (viaExit) {
        m_originKey = "exit/" + m_route.exit.id.toUtf8() + '/' + m_originKey;
    }
    if (!upgrade && !http10) {
        if (QTcpSocket *pooled = m_pool->take(m_originKey)) {
            attachOrigin(pooled, true);
            return;
        }
    }
    startDial();
}

void HttpSession::applyPrivacy()
{
    const PrivacyFilter *filter = m_context->privacy.get();
    if (!filter || !filter->isEnabled()) {
        return;
    }
    // The parsed request is rewritten, never the raw bytes: the head sent upstream is rebuilt
    // from it, so framing stays what the parser checked.
    RemoveParamMatch listParams;
    if (filter->stripsParams() && m_request.pathAndQuery.contains('?')) {
        listParams = m_context->policy->removeParams(m_request.host);
    }
    const QByteArrayList changes =
        filter->apply(m_request.host, &m_request.pathAndQuery, &m_request.headers, listParams);
    if (!changes.isEmpty()) {
        TrafficEvent &e = m_record.event();
        e.privacy = PrivacyFilter::join(changes);
        e.path = m_request.pathAndQuery; // what was sent: the log keeps no stripped tracking id
    }
}

bool HttpSession::applyPolicy(const PolicyRequest &request)
{
    const PolicyDecision decision = m_context->policy->decide(request);
    m_record.event().reason = decision.reason;
    if (decision.blocked()) {
        if (m_context->stats) {
            m_context->stats->blocked.fetch_add(1, std::memory_order_relaxed);
        }
        m_record.event().decision = TrafficDecision::Block;
        sendError(403, tr("Veil blocked %1: %2.").arg(QString::fromLatin1(request.host), decision.reason));
        return false;
    }
    m_route = m_context->router->route(decision.route, m_request.host, *m_context->health);
    return true;
}

void HttpSession::followRoute()
{
    if (m_request.form == Http::TargetForm::Authority) {
        return; // CONNECT: nothing was prepared for the old route
    }
    const bool viaExit = m_route.kind == Route::Kind::Exit;
    if (m_exitMode == ExitConnector::Mode::Forward &&
        !(viaExit && m_route.exit.scheme != ExitScheme::Socks5)) {
        // Now direct, or tunnelled through a SOCKS5 exit: the request goes in origin form.
        m_exitMode = ExitConnector::Mode::Tunnel;
        const QByteArray absolute = "http://" + authority(m_request.host, m_request.port, 80);
        m_requestHeadBytes.remove(m_request.method.size() + 1, absolute.size());
    }
    replaceProxyAuthorization();
    const QByteArray originKey = OriginPool::key(m_request.host, m_request.port);
    if (!viaExit) {
        m_originKey = originKey;
    } else if (m_exitMode == ExitConnector::Mode::Forward) {
        m_originKey = "exit/" + m_route.exit.id.toUtf8();
    } else {
        m_originKey = "exit/" + m_route.exit.id.toUtf8() + '/' + originKey;
    }
}

void HttpSession::replaceProxyAuthorization()
{
    // The head was built for the first exit; rebuild its Proxy-Authorization for the new one.
    QByteArray &head = m_requestHeadBytes;
    const qsizetype at = head.indexOf("\r\nProxy-Authorization: ");
    if (at >= 0) {
        const qsizetype end = head.indexOf("\r\n", at + 2);
        head.remove(at, end - at);
    }
    // Only an HTTP(S) exit in forward mode reads it; anywhere else it would leak the exit's password.
    if (m_exitMode == ExitConnector::Mode::Forward && !m_route.exit.user.isEmpty()) {
        head.insert(head.size() - 2, "Proxy-Authorization: " +
                                         ExitConnector::proxyAuthorization(m_route.exit, m_route.password) +
                                         "\r\n");
    }
}

// ---- shared --------------------------------------------------------------------------------

void HttpSession::sendError(int status, const QString &detail, const QByteArray &extraHeaders)
{
    qCDebug(lcHttp) << status << detail;
    m_client->write(Http::errorPage(status, detail, true, extraHeaders));
    if (!m_record.isActive()) {
        m_record.start();
    }
    m_record.finish(status, detail);
    closeClient();
}

void HttpSession::closeClient()
{
    m_state = State::Closing;
    m_timer.stop();
    if (m_dialer) {
        m_dialer->abort();
    }
    if (m_client->state() != QAbstractSocket::ConnectedState) {
        finish();
        return;
    }
    // disconnectFromHost() flushes queued bytes first; a bound keeps a stuck client from pinning us.
    armTimer(m_context->settings.idleTimeoutMs);
    m_client->disconnectFromHost();
}

void HttpSession::releaseOrigin(bool reusable)
{
    if (!m_origin) {
        return;
    }
    QTcpSocket *origin = m_origin;
    m_origin = nullptr;
    origin->disconnect(this);
    if (reusable && !m_shuttingDown) {
        m_pool->put(m_originKey, origin);
    } else {
        origin->abort();
        origin->deleteLater();
    }
}

void HttpSession::armTimer(int ms)
{
    m_timer.start(ms);
}

void HttpSession::onTimeout()
{
    switch (m_state) {
    case State::ReadingHead:
        if (m_clientBuf.isEmpty()) {
            closeClient(); // idle keep-alive connection
        } else {
            sendError(
                408,
                tr("The request head did not arrive within %1 ms.").arg(m_context->settings.headerTimeoutMs));
        }
        break;
    case State::Exchanging:
        if (m_record.isActive()) {
            m_record.finish(504, tr("no data for %1 ms").arg(m_context->settings.idleTimeoutMs));
        }
        releaseOrigin(false);
        if (m_responseStarted) {
            m_client->abort();
            finish();
        } else {
            sendError(504,
                      tr("The origin did not answer within %1 ms.").arg(m_context->settings.idleTimeoutMs));
        }
        break;
    case State::Serving:
        m_record.finish(m_response.status,
                        tr("the client read nothing for %1 ms").arg(m_context->settings.idleTimeoutMs));
        m_client->abort();
        finish();
        break;
    case State::Closing:
        m_client->abort();
        finish();
        break;
    case State::Dialing:
    case State::Tunneling:
        break;
    }
}

void HttpSession::countUp(qint64 bytes)
{
    m_record.event().bytesUp += bytes;
    if (m_context->stats) {
        m_context->stats->bytesUp.fetch_add(bytes, std::memory_order_relaxed);
    }
}

void HttpSession::countDown(qint64 bytes)
{
    m_record.event().bytesDown += bytes;
    if (m_context->stats) {
        m_context->stats->bytesDown.fetch_add(bytes, std::memory_order_relaxed);
    }
}

void HttpSession::finish()
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_timer.stop();
    Q_EMIT finished();
}

} // namespace Veil
