// HttpSession, origin side: dialing, request and response streaming, tunnels after CONNECT and
// Upgrade. The client side (heads, local pages, routing) is in HttpSession.cpp.

#include "engine/HttpSession.h"

#include "engine/OriginPool.h"
#include "engine/Tunnel.h"
#include "exits/ExitHealthBoard.h"
#include "http/HopByHop.h"
#include "http/Responses.h"
#include "traffic/EventHub.h"

#include <QScopedValueRollback>

namespace Veil {

namespace {
constexpr qint64 kReadChunk = 64 * 1024;
} // namespace

// ---- origin side ---------------------------------------------------------------------------

void HttpSession::startDial()
{
    m_state = State::Dialing;
    m_timer.stop();
    m_dialer = new Dialer(m_context, this);
    connect(m_dialer, &Dialer::connected, this, &HttpSession::onDialed);
    connect(m_dialer, &Dialer::failed, this, &HttpSession::onDialFailed);
    m_dialer->dial(m_route, m_request.host, m_request.port, m_exitMode);
}

void HttpSession::onDialed()
{
    QTcpSocket *socket = m_dialer->takeSocket();
    if (m_dialer->route().kind != m_route.kind || m_dialer->route().exit.id != m_route.exit.id) {
        // Failover picked another exit, or fell back to direct: the request follows the new route.
        m_route = m_dialer->route();
        setDecision(m_record.event(), m_route);
        followRoute();
    }
    m_dialer->deleteLater();
    m_dialer = nullptr;
    if (TrafficDetails *d = m_record.details()) {
        d->connectedUs = m_record.elapsedUs();
    }
    if (m_request.form == Http::TargetForm::Authority) {
        const QByteArray ok = QByteArrayLiteral("HTTP/1.1 200 Connection established\r\n\r\n");
        m_client->write(ok);
        startTunnel(socket, std::exchange(m_clientBuf, {}), {}, 200);
        return;
    }
    attachOrigin(socket, false);
}

void HttpSession::onDialFailed(DialFailure failure, const QString &message)
{
    m_dialer->deleteLater();
    m_dialer = nullptr;
    if (failure != DialFailure::Loop && serveStaleOnError(0)) {
        return; // stale-if-error: the stored response instead of an error page
    }
    const int status = failure == DialFailure::Timeout ? 504 : failure == DialFailure::Loop ? 508 : 502;
    if (failure == DialFailure::Loop || failure == DialFailure::NoExit) {
        m_record.event().decision = TrafficDecision::Refused;
    }
    sendError(status, failure == DialFailure::NoExit
                          ? tr("Veil is holding this connection: %1. Nothing was sent directly.").arg(message)
                          : message);
}

void HttpSession::attachOrigin(QTcpSocket *socket, bool reused)
{
    m_origin = socket;
    m_originReused = reused;
    socket->setParent(this);
    connect(socket, &QTcpSocket::readyRead, this, &HttpSession::onOriginReadyRead);
    connect(socket, &QTcpSocket::bytesWritten, this, &HttpSession::onOriginBytesWritten);
    connect(socket, &QTcpSocket::disconnected, this, &HttpSession::onOriginDisconnected);
    m_state = State::Exchanging;
    m_originBuf.clear();
    m_responseScanner.reset();
    m_response = {};
    m_responseStarted = false;
    m_responseBytes = 0;
    armTimer(m_context->settings.idleTimeoutMs);
    sendRequestHead();
}

void HttpSession::sendRequestHead()
{
    if (TrafficDetails *d = m_record.details()) {
        // As sent: a replay on a fresh connection, or a failover, sends it again.
        d->reusedConnection = m_originReused;
        d->requestSentUs = -1;
        d->requestLine.clear();
        d->requestHeaders.clear();
        TrafficDetails::parseHead(m_requestHeadBytes, &d->requestLine, &d->requestHeaders);
    }
    m_origin->write(m_requestHeadBytes);
    pumpRequestBody();
    if (m_origin) {
        m_origin->flush();
    }
}

void HttpSession::pumpRequestBody()
{
    if (m_pumpingRequest) {
        return; // re-entered from flush(); the outer call loops
    }
    const QScopedValueRollback guard(m_pumpingRequest, true);
    const qint64 window = m_context->settings.relayWindowBytes;
    for (;;) {
        while (!m_requestDone && m_origin && m_origin->bytesToWrite() < window) {
            if (m_requestBody.isDone()) {
                m_requestDone = true;
                break;
            }
            QByteArray data =
                !m_clientBuf.isEmpty() ? std::exchange(m_clientBuf, {}) : m_client->read(kReadChunk);
            if (data.isEmpty()) {
                break;
            }
            const Http::BodyDecoder::Step step = m_requestBody.feed(data);
            if (step.error != Http::ParseError::None) {
                releaseOrigin(false);
                sendError(400, tr("Veil refused a malformed request body: %1.")
                                   .arg(QString::fromLatin1(Http::parseErrorText(step.error))));
                return;
            }
            m_origin->write(data.constData(), step.consumed);
            countUp(step.consumed);
            if (step.consumed < data.size()) {
                m_clientBuf = data.mid(step.consumed); // the next pipelined request
            }
            if (step.done) {
                m_requestDone = true;
            }
        }
        if (m_requestBody.isDone()) {
            m_requestDone = true;
        }
        if (!m_origin) {
            return;
        }
        m_origin->flush();
        const bool more = !m_requestDone && m_origin && m_origin->bytesToWrite() < window &&
                          (!m_clientBuf.isEmpty() || m_client->bytesAvailable() > 0);
        if (!more) {
            break;
        }
    }
    if (TrafficDetails *d = m_record.details(); d && m_requestDone && d->requestSentUs < 0) {
        d->requestSentUs = m_record.elapsedUs();
    }
    armTimer(m_context->settings.idleTimeoutMs);
}

void HttpSession::onOriginBytesWritten()
{
    if (!m_requestDone) {
        pumpRequestBody();
    }
}

void HttpSession::onOriginReadyRead()
{
    armTimer(m_context->settings.idleTimeoutMs);
    if (TrafficDetails *d = m_record.details(); d && d->firstByteUs < 0) {
        d->firstByteUs = m_record.elapsedUs();
    }
    if (!m_responseStarted) {
        readResponseHead();
    } else {
        pumpResponseBody();
    }
}

bool HttpSession::readResponseHead()
{
    while (!m_responseStarted && m_origin) {
        const qint64 room = m_context->settings.maxHeadBytes + 2 - m_originBuf.size();
        if (room > 0 && m_origin->bytesAvailable() > 0) {
            const QByteArray data = m_origin->read(room);
            m_responseBytes += data.size();
            m_originBuf += data;
        }
        const qsizetype length = m_originBuf.isEmpty() ? 0 : m_responseScanner.scan(m_originBuf);
        if (length == 0) {
            return false;
        }
        if (length < 0) {
            releaseOrigin(false);
            sendError(502, tr("The origin sent a response head larger than %1 bytes.")
                               .arg(m_context->settings.maxHeadBytes));
            return false;
        }
        m_response = {};
        const Http::ParseError error = Http::parseResponseHead(
            QByteArrayView(m_originBuf).first(length), m_request.method, m_response, m_context->httpLimits());
        const QByteArray rawHead = m_originBuf.left(length);
        m_originBuf.remove(0, length);
        m_responseScanner.reset();
        if (error != Http::ParseError::None) {
            releaseOrigin(false);
            sendError(502, tr("The origin sent a malformed response: %1.")
                               .arg(QString::fromLatin1(Http::parseErrorText(error))));
            return false;
        }

        const bool upgrade = m_response.status == 101;
        if (upgrade && !m_request.isUpgrade()) {
            releaseOrigin(false);
            sendError(502, tr("The origin switched protocols without being asked to."));
            return false;
        }
        if (m_response.status == 407 && m_exitMode == ExitConnector::Mode::Forward) {
            // The exit refused our credentials. Relayed, its 407 (stripped of Proxy-Authenticate
            // as hop-by-hop) would read as Veil asking the client for a password.
            releaseOrigin(false);
            if (m_context->health && m_context->router) {
                m_context->health->recordFailure(m_route.exit.id,
                                                 m_context->router->settings().failuresToMarkDown, false);
            }
            sendError(502,
                      tr("exit %1 refused proxy authentication (407 %2): check its user name and password")
                          .arg(m_route.exit.id, QString::fromLatin1(m_response.reason)));
            return false;
        }
        if (m_response.isInformational() && !upgrade) {
            // 1xx interim responses go to HTTP/1.1 clients as they come (100 Continue, 103 Early Hints).
            if (m_request.versionMinor >= 1) {
                QByteArray interim =
                    "HTTP/1.1 " + QByteArray::number(m_response.status) + ' ' + m_response.reason + "\r\n";
                Http::endToEndHeaders(m_response.headers, false).serializeTo(interim);
                interim += "\r\n";
                m_client->write(interim);
            }
            continue;
        }
        if (TrafficDetails *d = m_record.details()) {
            TrafficDetails::parseHead(rawHead, &d->statusLine, &d->responseHeaders);
        }

        if (!upgrade && onCacheResponse()) {
            return false; // answered from the store (304 from the origin, or stale-if-error)
        }
        if (m_cacheUsed && !upgrade) {
            m_cacheStatus.appendTo(m_response.headers);
            m_record.event().cache = m_cacheStatus.value();
        }
        QByteArray head =
            "HTTP/1.1 " + QByteArray::number(m_response.status) + ' ' + m_response.reason + "\r\n";
        Http::endToEndHeaders(m_response.headers, upgrade).serializeTo(head);
        const bool chunked = m_response.framing == Http::Framing::Chunked;
        if (m_response.framing == Http::Framing::ContentLength ||
            (m_response.framing == Http::Framing::None && m_response.headers.contains("Content-Length"))) {
            // HEAD and 304 keep the length they describe; the value was validated by the parser.
            head +=
                "Content-Length: " +
                (m_response.framing == Http::Framing::ContentLength
                     ? QByteArray::number(m_response.contentLength)
                     : Http::splitList(m_response.headers.value("Content-Length")).value(0).toByteArray()) +
                "\r\n";
        } else if (chunked) {
            head += "Transfer-Encoding: chunked\r\n";
        }
        if (upgrade) {
            head += "Connection: upgrade\r\n\r\n";
            m_client->write(head);
            countDown(rawHead.size());
            QTcpSocket *origin = m_origin;
            origin->disconnect(this);
            m_origin = nullptr;
            startTunnel(origin, std::exchange(m_clientBuf, {}), std::exchange(m_originBuf, {}), 101);
            return false;
        }
        if (m_response.framing == Http::Framing::UntilClose || !m_response.keepAlive()) {
            m_clientKeepAlive = false;
        }
        if (!m_requestDone) {
            // The origin answered before the body was complete (e.g. 413 / 401): the rest of the
            // body can no longer be told apart from a next request.
            m_clientKeepAlive = false;
        }
        head += m_clientKeepAlive ? (m_request.versionMinor == 0 ? "Connection: keep-alive\r\n" : "")
                                  : "Connection: close\r\n";
        head += "\r\n";
        m_client->write(head);
        countDown(head.size());
        m_responseBody =
            Http::BodyDecoder(m_response.framing, m_response.contentLength, m_context->httpLimits());
        if (m_cacheWriter && m_response.framing == Http::Framing::Chunked) {
            m_responseBody.setPayloadSink(&m_cachePayload); // the store keeps the decoded body
        }
        m_responseStarted = true;
        pumpResponseBody();
        return true;
    }
    return false;
}

void HttpSession::pumpResponseBody()
{
    // flush() emits bytesWritten synchronously, which calls back here: the outer call keeps
    // looping instead, so an exchange is finished exactly once.
    if (m_pumpingResponse) {
        return;
    }
    const qint64 window = m_context->settings.relayWindowBytes;
    {
        const QScopedValueRollback guard(m_pumpingResponse, true);
        for (;;) {
            while (m_origin && !m_responseBody.isDone() && m_client->bytesToWrite() < window) {
                QByteArray data =
                    !m_originBuf.isEmpty() ? std::exchange(m_originBuf, {}) : m_origin->read(kReadChunk);
                if (data.isEmpty()) {
                    break;
                }
                m_responseBytes += data.size();
                const Http::BodyDecoder::Step step = m_responseBody.feed(data);
                if (step.error != Http::ParseError::None) {
                    m_record.finish(m_response.status,
                                    tr("malformed response body from the origin: %1")
                                        .arg(QString::fromLatin1(Http::parseErrorText(step.error))));
                    releaseOrigin(false);
                    m_client->abort(); // the client must see a truncated response, not a complete one
                    finish();
                    return;
                }
                m_client->write(data.constData(), step.consumed);
                countDown(step.consumed);
                if (m_cacheWriter) {
                    const bool chunked = m_response.framing == Http::Framing::Chunked;
                    const bool stored =
                        chunked ? m_cacheWriter->write(m_cachePayload.constData(), m_cachePayload.size())
                                : m_cacheWriter->write(data.constData(), step.consumed);
                    m_cachePayload.clear();
                    if (!stored) {
                        m_cacheWriter.reset(); // too large or disk trouble: the client is unaffected
                    }
                }
                if (step.consumed < data.size()) {
                    m_originBuf = data.mid(step.consumed); // unsolicited bytes: connection not reusable
                }
            }
            // Write now rather than on the next write-notifier turn: one poll round trip less.
            m_client->flush();
            const bool more = m_origin && !m_responseBody.isDone() && m_client->bytesToWrite() < window &&
                              (!m_originBuf.isEmpty() || m_origin->bytesAvailable() > 0);
            if (!more) {
                break;
            }
        }
    }
    if (m_responseBody.isDone() && m_responseStarted && m_state == State::Exchanging) {
        finishExchange();
    }
}

void HttpSession::onOriginDisconnected()
{
    if (m_state != State::Exchanging) {
        return;
    }
    if (m_responseStarted) {
        pumpResponseBody();
        if (m_state != State::Exchanging || !m_origin || m_origin->bytesAvailable() > 0 ||
            !m_originBuf.isEmpty()) {
            return; // still draining buffered bytes, or already finished
        }
        if (m_responseBody.finishAtEof()) {
            finishExchange();
            return;
        }
        m_record.finish(m_response.status, tr("the origin closed the connection mid-response"));
        releaseOrigin(false);
        m_client->abort();
        finish();
        return;
    }
    if (readResponseHead() || !m_origin || m_origin->bytesAvailable() > 0) {
        return;
    }
    const bool replayable =
        m_originReused && m_responseBytes == 0 && m_request.framing == Http::Framing::None;
    releaseOrigin(false);
    if (replayable) {
        // A pooled connection the origin had already closed: try once on a fresh one.
        startDial();
        return;
    }
    if (serveStaleOnError(0)) {
        return;
    }
    sendError(502, tr("%1 closed the connection without a response.").arg(QString::fromLatin1(m_originKey)));
}

void HttpSession::finishExchange()
{
    const bool reusable = m_requestDone && m_response.keepAlive() && m_originBuf.isEmpty() && m_origin &&
                          m_origin->bytesAvailable() == 0 &&
                          m_origin->state() == QAbstractSocket::ConnectedState && m_request.versionMinor >= 1;
    releaseOrigin(reusable);
    if (m_cacheWriter) {
        m_cacheWriter->commit(); // complete: fsync, rename and index on the cache's disk thread
        m_cacheWriter.reset();
    }
    m_record.finish(m_response.status); // the bytes went into the engine totals as they flowed
    if (!m_clientKeepAlive || m_shuttingDown) {
        closeClient();
        return;
    }
    m_state = State::ReadingHead;
    armTimer(m_context->settings.idleTimeoutMs);
    // Pipelined requests may already be buffered. A direct call cannot recurse deeply: the next
    // forwarded exchange only completes from a later origin readyRead.
    processInput();
}

void HttpSession::startTunnel(QTcpSocket *upstream, QByteArray toUpstream, QByteArray toClient, int status)
{
    m_state = State::Tunneling;
    m_timer.stop();
    m_client->disconnect(this);
    m_tunnel = new Tunnel(m_client, upstream, m_context->settings.relayWindowBytes,
                          m_context->settings.tunnelIdleTimeoutMs, this);
    m_tunnel->setStats(m_context->stats); // live totals
    connect(m_tunnel, &Tunnel::finished, this, [this, status](const QString &error) {
        TrafficEvent &e = m_record.event();
        e.bytesUp += m_tunnel->bytesUp();
        e.bytesDown += m_tunnel->bytesDown();
        m_record.finish(status, error);
        finish();
    });
    m_tunnel->start(std::move(toUpstream), std::move(toClient));
}

} // namespace Veil
