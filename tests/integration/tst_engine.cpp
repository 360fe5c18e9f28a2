// Veil::Engine in-process against raw QTcpSocket clients and a scripted origin in this thread: the
// exact protocol behaviour of HTTP forwarding, CONNECT, Upgrade, SOCKS5, limits, errors, memory
// bounds, graceful stop and traffic events. The engine runs on its own threads; every wait here
// spins this thread's event loop so the origin keeps serving.

#include "Blackhole.h"
#include "BodyStreamer.h"
#include "EngineFixture.h"
#include "HttpWire.h"
#include "RawClient.h"
#include "ScriptedOrigin.h"
#include "TestSupport.h"
#include "traffic/EventHub.h"
#include "traffic/TrafficEvent.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Veil::Test;
using Veil::Settings;
using Veil::TrafficEvent;

namespace {

constexpr int kTimeoutMs = RawClient::DefaultTimeoutMs;

QByteArray request(const QByteArray &method, const ScriptedOrigin &origin, const QByteArray &path,
                   const QByteArray &extraHeaders = {}, const QByteArray &body = {})
{
    QByteArray out = method + ' ' + origin.url(path) + " HTTP/1.1\r\nHost: " + origin.authority() + "\r\n";
    out += extraHeaders;
    if (!body.isEmpty()) {
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    }
    return out + "\r\n" + body;
}

QByteArray get(const ScriptedOrigin &origin, const QByteArray &path, const QByteArray &extraHeaders = {})
{
    return request("GET", origin, path, extraHeaders);
}

QByteArray hex(const char *text)
{
    return QByteArray::fromHex(QByteArray(text));
}

QByteArray portBytes(quint16 port)
{
    QByteArray out(2, '\0');
    out[0] = char(port >> 8);
    out[1] = char(port & 0xff);
    return out;
}

/** SOCKS5 request: VER CMD RSV ATYP=1 127.0.0.1 PORT. */
QByteArray socksRequestIPv4(quint8 command, quint16 port)
{
    return hex("05") + QByteArray(1, char(command)) + hex("00 01 7f 00 00 01") + portBytes(port);
}

/** SOCKS5 request with ATYP=3 (domain name). */
QByteArray socksRequestDomain(const QByteArray &host, quint16 port)
{
    return hex("05 01 00 03") + QByteArray(1, char(host.size())) + host + portBytes(port);
}

QByteArray basicAuth(const QByteArray &user, const QByteArray &password)
{
    return "Proxy-Authorization: Basic " + QByteArray(user + ':' + password).toBase64() + "\r\n";
}

} // namespace

class TestEngine final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    // HTTP forwarding
    void keepAliveReusesOriginConnection();
    void pipelinedRequestsAnsweredInOrder();
    void chunkedBodiesAndTrailersForwardedIntact();
    void trailerFieldIsEndToEnd();
    void expectContinue();
    void headResponseHasNoBody();
    void earlyHintsForwarded();
    void upgradeBecomesTunnel();
    void hopByHopHeadersStripped();
    void longLivedConnectionsOutliveHeaderTimeout_data();
    void longLivedConnectionsOutliveHeaderTimeout();

    // refusals and failures
    void malformedRequestGets400_data();
    void malformedRequestGets400();
    void oversizedHeadGets431();
    void slowHeadGets408_data();
    void slowHeadGets408();
    void refusedOriginGets502_data();
    void refusedOriginGets502();
    void connectTimeoutGets504_data();
    void connectTimeoutGets504();
    void originClosesMidBody_data();
    void originClosesMidBody();
    void requestToProxyItselfGets508_data();
    void requestToProxyItselfGets508();
    void localPages_data();
    void localPages();

    // SOCKS5 and authentication
    void socks5Connect_data();
    void socks5Connect();
    void socks5Errors_data();
    void socks5Errors();
    void socks5Authentication_data();
    void socks5Authentication();
    void httpProxyAuthentication_data();
    void httpProxyAuthentication();

    // load, memory, lifecycle, events
    void manyParallelKeepAliveClients();
    void slowReaderKeepsMemoryBounded();
    void gracefulStopLetsLiveTransferFinish();
    void trafficEventsForRequest();
    void trafficEventForFailure();

private:
    bool restartVeil(const Settings &settings);
    quint16 veilPort() const { return m_veil->port(); }
    /** Completes a no-auth SOCKS5 handshake to 127.0.0.1:@p port; returns the reply code. */
    int socksConnect(RawClient &client, quint16 port);

    std::unique_ptr<ScriptedOrigin> m_origin;
    std::unique_ptr<EngineFixture> m_veil;
};

void TestEngine::init()
{
    m_origin = std::make_unique<ScriptedOrigin>();
    QVERIFY(m_origin->listen());
    m_veil = std::make_unique<EngineFixture>();
    QVERIFY2(m_veil->start(), qPrintable(m_veil->errorString()));
}

void TestEngine::cleanup()
{
    m_veil.reset();
    m_origin.reset();
}

bool TestEngine::restartVeil(const Settings &settings)
{
    m_veil = std::make_unique<EngineFixture>();
    if (!m_veil->start(settings)) {
        qWarning() << m_veil->errorString();
        return false;
    }
    return true;
}

int TestEngine::socksConnect(RawClient &client, quint16 port)
{
    client.send(hex("05 01 00"));
    if (client.readBytes(2) != hex("05 00")) {
        return -1;
    }
    client.send(socksRequestIPv4(0x01, port));
    const QByteArray head = client.readBytes(2);
    if (head.size() != 2 || head.at(0) != 0x05) {
        return -1;
    }
    const int code = int(quint8(head.at(1)));
    client.readBytes(code == 0 ? 8 : 0); // RSV ATYP=1 BND.ADDR BND.PORT of a success
    return code;
}

// ---- HTTP forwarding ------------------------------------------------------------------------

void TestEngine::keepAliveReusesOriginConnection()
{
    RawClient c(veilPort());
    QVERIFY(c.waitConnected());
    for (const QByteArray &path : {QByteArray("/first"), QByteArray("/second")}) {
        c.send(get(*m_origin, path));
        WireMessage r;
        QVERIFY2(c.readResponse(&r), c.buffer.constData());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, "hello from " + path);
        QVERIFY2(!r.header("Connection").toLower().contains("close"), r.head.constData());
        QVERIFY(!c.closed());
    }
    QCOMPARE(m_origin->requests().size(), 2);
    // One client connection, one origin connection for both requests.
    QCOMPARE(m_veil->engine().stats().acceptedConnections.load(), 1);
    QCOMPARE(m_origin->acceptedCount(), 1);
}

void TestEngine::pipelinedRequestsAnsweredInOrder()
{
    m_origin->setResponder([](ScriptedOrigin::Connection &c, const WireMessage &r) {
        ScriptedOrigin::respond(c, makeResponse(200, r.method + ' ' + r.target + " body=" + r.body));
    });
    RawClient c(veilPort());
    QVERIFY(c.waitConnected());
    c.send(get(*m_origin, "/p1") + request("POST", *m_origin, "/p2", {}, "abcde") + get(*m_origin, "/p3"));
    const QByteArray expected[] = {"GET /p1 body=", "POST /p2 body=abcde", "GET /p3 body="};
    for (const QByteArray &body : expected) {
        WireMessage r;
        QVERIFY2(c.readResponse(&r), c.buffer.constData());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, body);
    }
    QVERIFY(c.buffer.isEmpty());
    QCOMPARE(m_origin->requests().size(), 3);
    QCOMPARE(m_origin->requests().at(1).body, QByteArray("abcde"));
    QCOMPARE(m_origin->acceptedCount(), 1);
}

void TestEngine::chunkedBodiesAndTrailersForwardedIntact()
{
    const QByteArray responseBody =
        "5;note=first\r\npart1\r\n" + chunked({"part-two"}, "X-Served-By: origin\r\nX-Digest: 42\r\n");
    m_origin->setResponder([&](ScriptedOrigin::Connection &c, const WireMessage &) {
        ScriptedOrigin::respond(c, "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + responseBody);
    });
    // A chunk extension and two trailer fields: all bytes of the chunked body pass unchanged.
    const QByteArray requestBody =
        "6;ext=1\r\nhello \r\n" + chunked({"chunked ", "world"}, "X-Checksum: 1234\r\n");
    RawClient c(veilPort());
    QVERIFY(c.waitConnected());
    c.send("POST " + m_origin->url("/upload") + " HTTP/1.1\r\nHost: " + m_origin->authority() +
           "\r\nTransfer-Encoding: chunked\r\n\r\n" + requestBody);
    WireMessage r;
    QVERIFY2(c.readResponse(&r), c.buffer.constData());

    QCOMPARE(m_origin->requests().size(), 1);
    const WireMessage &seen = m_origin->requests().constFirst();
    QVERIFY(seen.isChunked());
    QVERIFY(!seen.hasHeader("Content-Length"));
    QCOMPARE(seen.rawBody, requestBody);
    QCOMPARE(seen.body, QByteArray("hello chunked world"));
    QCOMPARE(seen.trailers, QByteArray("X-Checksum: 1234\r\n"));

    QCOMPARE(r.status, 200);
    QVERIFY(r.isChunked());
    QVERIFY(!r.hasHeader("Content-Length"));
    QCOMPARE(r.rawBody, responseBody);
    QCOMPARE(r.body, QByteArray("part1part-two"));
    QCOMPARE(r.trailers, QByteArray("X-Served-By: origin\r\nX-Digest: 42\r\n"));
    QVERIFY(!c.closed());
}

void TestEngine::trailerFieldIsEndToEnd()
{
    // RFC 9110 §6.6.2: "Trailer" announces the trailer fields; it is not in the hop-by-hop list of
    // §7.6.1 (Connection, Proxy-Connection, Keep-Alive, TE, Transfer-Encoding, Upgrade). Since the
    // trailer fields themselves pass, the announcement must pass too, in both directions.
    m_origin->setResponder([](ScriptedOrigin::Connection &c, const WireMessage &) {
        ScriptedOrigin::respond(
            c, "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nTrailer: X-Served-By\r\n\r\n" +
                   chunked({"data"}, "X-Served-By: origin\r\n"));
    });
    RawClient c(veilPort());
    QVERIFY(c.waitConnected());
    c.send("POST " + m_origin->url("/t") + " HTTP/1.1\r\nHost: " + m_origin->authority() +
           "\r\nTransfer-Encoding: chunked\r\nTrailer: X-Checksum\r\n\r\n" +
           chunked({"body"}, "X-Checksum: 1\r\n"));
    WireMessage r;
    QVERIFY2(c.readResponse(&r), c.buffer.constData());
    QCOMPARE(m_origin->requests().size(), 1);
    QCOMPARE(m_origin->requests().constFirst().header("Trailer"), QByteArray("X-Checksum"));
    QCOMPARE(r.header("Trailer"), QByteArray("X-Served-By"));
}

void TestEngine::expectContinue()
{
    QByteArray headSeen;
    bool bodyBeforeContinue = false;
    m_origin->setRawHandler([&](ScriptedOrigin::Connection &c) {
        const qsizetype end = c.buffer.indexOf("\r\n\r\n");
        if (c.userValue == 0 && end >= 0) {
            headSeen = c.buffer.left(end + 4);
            bodyBeforeContinue = c.buffer.size() > end + 4;
            c.userValue = 1;
            ScriptedOrigin::respond(c, "HTTP/1.1 100 Continue\r\n\r\n");
        }
        WireMessage r;
        if (c.userValue == 1 && takeRequest(c.buffer, &r) == Parse::Complete) {
            c.userValue = 2;
            ScriptedOrigin::respond(
                c, makeResponse(200, "got " + QByteArray::number(r.body.size()) + " bytes: " + r.body));
        }
    });
    RawClient c(veilPort());
    QVERIFY(c.waitConnected());
    c.send("PUT " + m_origin->url("/put") + " HTTP/1.1\r\nHost: " + m_origin->authority() +
           "\r\nExpect: 100-continue\r\nContent-Length: 11\r\n\r\n");
    WireMessage interim;
    QVERIFY2(c.readResponse(&interim), c.buffer.constData());
    QCOMPARE(interim.status, 100);
    QVERIFY(interim.body.isEmpty());
    QVERIFY2(headSeen.contains("\r\nExpect: 100-continue\r\n"), headSeen.constData());
    QVERIFY(!bodyBeforeContinue);

    c.send("hello world");
    WireMessage final;
    QVERIFY2(c.readResponse(&final), c.buffer.constData());
    QCOMPARE(final.status, 200);
    QCOMPARE(final.body, QByteArray("got 11 bytes: hello world"));
}

void TestEngine::headResponseHasNoBody()
{
    m_origin->setResponder([](ScriptedOrigin::Connection &c, const WireMessage &r) {
        if (r.method == "HEAD") {
            ScriptedOrigin::respond(
                c, "HTTP/1.1 200 OK\r\nContent-Length: 1234\r\nContent-Type: text/plain\r\n\r\n");
        } else {
            ScriptedOrigin::respond(c, makeResponse(200, "after HEAD"));
        }
    });
    RawClient c(veilPort());
    QVERIFY(c.waitConnected());
    c.send(request("HEAD", *m_origin, "/head"));
    WireMessage r;
    QVERIFY2(c.readResponse(&r, true), c.buffer.constData());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("Content-Length"), QByteArray("1234"));
    QCOMPARE(r.headerCount("Content-Length"), 1);
    // No body bytes follow, and the connection is immediately ready for the next request.
    QVERIFY(c.buffer.isEmpty());
    c.send(get(*m_origin, "/next"));
    WireMessage next;
    QVERIFY2(c.readResponse(&next), c.buffer.constData());
    QCOMPARE(next.body, QByteArray("after HEAD"));
    QCOMPARE(m_origin->acceptedCount(), 1);
}

void TestEngine::earlyHintsForwarded()
{
    m_origin->setResponder([](ScriptedOrigin::Connection &c, const WireMessage &) {
        ScriptedOrigin::respond(
            c, "HTTP/1.1 103 Early Hints\r\nLink: </style.css>; rel=preload; as=style\r\n\r\n");
        ScriptedOrigin::respond(c,
                                makeResponse(200, "final", "Link: </style.css>; rel=preload; as=style\r\n"));
    });
    RawClient c(veilPort());
    QVERIFY(c.waitConnected());
    c.send(get(*m_origin, "/hints"));
    WireMessage hints;
    QVERIFY2(c.readResponse(&hints), c.buffer.constData());
    QCOMPARE(hints.status, 103);
    QCOMPARE(hints.header("Link"), QByteArray("</style.css>; rel=preload; as=style"));
    WireMessage final;
    QVERIFY2(c.readResponse(&final), c.buffer.constData());
    QCOMPARE(final.status, 200);
    QCOMPARE(final.body, QByteArray("final"));
}

void TestEngine::upgradeBecomesTunnel()
{
    QByteArray headSeen;
    m_origin->setRawHandler([&](ScriptedOrigin::Connection &c) {
        if (c.userValue == 0) {
            const qsizetype end = c.buffer.indexOf("\r\n\r\n");
            if (end < 0) {
                return;
            }
            headSeen = c.buffer.left(end + 4);
            c.buffer.remove(0, end + 4);
            c.userValue = 1;
            ScriptedOrigin::respond(
                c, "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                   "Connection: Upgrade\r\nSec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n\r\n");
        }
        // After the switch: echo every byte back.
        ScriptedOrigin::respond(c, std::exchange(c.buffer, {}));
    });
    RawClient c(veilPort());
    QVERIFY(c.waitConnected());
    c.send(get(*m_origin, "/ws",
               "Connection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
               "Sec-WebSocket-Version: 13\r\n"));
    WireMessage r;
    QVERIFY2(c.readResponse(&r), c.buffer.constData());
    QCOMPARE(r.status, 101);
    QCOMPARE(r.header("Upgrade"), QByteArray("websocket"));
    QVERIFY2(r.header("Connection").toLower().contains("upgrade"), r.head.constData());
    QCOMPARE(r.header("Sec-WebSocket-Accept"), QByteArray("s3pPLMBiTxaQ9kYGzzhZRbK+xOo="));
    QVERIFY2(headSeen.contains("\r\nUpgrade: websocket\r\n"), headSeen.constData());
    QVERIFY2(headSeen.toLower().contains("\r\nconnection: upgrade"), headSeen.constData());
    QVERIFY2(headSeen.contains("\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"), headSeen.constData());

    for (const QByteArray &frame : {QByteArray("\x81\x05hello", 7), QByteArray(100000, 'w')}) {
        c.send(frame);
        QCOMPARE(c.readBytes(frame.size()), frame);
    }
    QVERIFY(!c.closed());
}

void TestEngine::hopByHopHeadersStripped()
{
    m_origin->setResponder([](ScriptedOrigin::Connection &c, const WireMessage &) {
        ScriptedOrigin::respond(c, makeResponse(200, "ok",
                                                "Keep-Alive: timeout=5\r\nConnection: X-Resp-Hop\r\n"
                                                "X-Resp-Hop: secret\r\nX-Resp-End: kept\r\n"));
    });
    RawClient c(veilPort());
    QVERIFY(c.waitConnected());
    c.send("GET " + m_origin->url("/headers?q=1") +
           " HTTP/1.1\r\n"
           "Host: wrong.example:8080\r\n"
           "Proxy-Authorization: Basic Zm9vOmJhcg==\r\n"
           "Proxy-Connection: keep-alive\r\n"
           "Keep-Alive: timeout=5\r\n"
           "Connection: keep-alive, X-Hop-Secret\r\n"
           "X-Hop-Secret: must-not-pass\r\n"
           "TE: trailers\r\n"
           "X-End-To-End: passes\r\n"
           "User-Agent: veil-test/1\r\n\r\n");
    WireMessage r;
    QVERIFY2(c.readResponse(&r), c.buffer.constData());
    QCOMPARE(r.status, 200);
    QCOMPARE(m_origin->requests().size(), 1);
    const WireMessage &seen = m_origin->requests().constFirst();

    QCOMPARE(seen.target, QByteArray("/headers?q=1"));    // origin-form towards the origin
    QCOMPARE(seen.header("Host"), m_origin->authority()); // from the absolute URI, not the client's Host
    QCOMPARE(seen.headerCount("Host"), 1);
    for (const char *name : {"Proxy-Authorization", "Proxy-Connection", "Keep-Alive", "X-Hop-Secret", "TE"}) {
        QVERIFY2(!seen.hasHeader(name), seen.head.constData());
    }
    QVERIFY2(!seen.header("Connection").toLower().contains("x-hop-secret"), seen.head.constData());
    // Veil adds nothing that identifies the client or itself.
    for (const char *name : {"Via", "X-Forwarded-For", "Forwarded", "X-Real-IP", "X-Forwarded-Host"}) {
        QVERIFY2(!seen.hasHeader(name), seen.head.constData());
    }
    QCOMPARE(seen.header("X-End-To-End"), QByteArray("passes"));
    QCOMPARE(seen.header("User-Agent"), QByteArray("veil-test/1"));

    // The same on the way back.
    QVERIFY2(!r.hasHeader("Keep-Alive") && !r.hasHeader("X-Resp-Hop"), r.head.constData());
    QVERIFY2(!r.hasHeader("Via"), r.head.constData());
    QCOMPARE(r.header("X-Resp-End"), QByteArray("kept"));
    QCOMPARE(r.body, QByteArray("ok"));
}

void TestEngine::longLivedConnectionsOutliveHeaderTimeout_data()
{
    QTest::addColumn<QByteArray>("mode");
    QTest::newRow("keep-alive") << QByteArray("keep-alive");
    QTest::newRow("connect-tunnel") << QByteArray("connect");
    QTest::newRow("socks5-tunnel") << QByteArray("socks5");
}

void TestEngine::longLivedConnectionsOutliveHeaderTimeout()
{
    QFETCH(QByteArray, mode);
    // The head timeout bounds how long a request head may take to arrive, not how long a connection
    // may live: an exchange after an idle gap longer than headerTimeoutMs must still work.
    Settings s = EngineFixture::testSettings();
    s.headerTimeoutMs = 300;
    QVERIFY(restartVeil(s));
    RawClient c(veilPort());
    QVERIFY(c.waitConnected());
    const bool tunnel = mode != "keep-alive";
    if (mode == "connect") {
        c.send("CONNECT " + m_origin->authority() + " HTTP/1.1\r\nHost: " + m_origin->authority() +
               "\r\n\r\n");
        WireMessage established;
        QVERIFY2(c.readResponse(&established, true), c.buffer.constData());
        QCOMPARE(established.status, 200);
    } else if (mode == "socks5") {
        QCOMPARE(socksConnect(c, m_origin->port()), 0);
    }
    for (const QByteArray &path : {QByteArray("/before-gap"), QByteArray("/after-gap")}) {
        c.send(tunnel ? QByteArray("GET " + path + " HTTP/1.1\r\nHost: " + m_origin->authority() + "\r\n\r\n")
                      : get(*m_origin, path));
        WireMessage r;
        QVERIFY2(c.readResponse(&r), path.constData());
        QCOMPARE(r.body, "hello from " + path);
        if (path == "/before-gap") {
            QTest::qWait(3 * s.headerTimeoutMs); // the idle gap is what is tested here
            QVERIFY(!c.closed());
        }
    }
}

// ---- refusals and failures --------------------------------------------------------------------

void TestEngine::malformedRequestGets400_data()
{
    QTest::addColumn<QByteArray>("bytes"); // "@O@" stands for the origin's host:port
    const QByteArray post = "POST http://@O@/x HTTP/1.1\r\nHost: @O@\r\n";
    QTest::newRow("content-length-and-chunked")
        << post + "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n";
    QTest::newRow("bad-chunk-size") << post + "Transfer-Encoding: chunked\r\n\r\nzz\r\nhello\r\n0\r\n\r\n";
    QTest::newRow("obs-fold") << QByteArray(
        "GET http://@O@/x HTTP/1.1\r\nHost: @O@\r\nX-Folded: a\r\n b\r\n\r\n");
    QTest::newRow("space-before-colon")
        << QByteArray("GET http://@O@/x HTTP/1.1\r\nHost: @O@\r\nX-Bad : 1\r\n\r\n");
    QTest::newRow("bad-content-length") << post + "Content-Length: 12abc\r\n\r\n";
    QTest::newRow("missing-host") << QByteArray("GET http://@O@/x HTTP/1.1\r\n\r\n");
    QTest::newRow("bad-request-line") << QByteArray("GET  http://@O@/x HTTP/1.1\r\nHost: @O@\r\n\r\n");
}

void TestEngine::malformedRequestGets400()
{
    QFETCH(QByteArray, bytes);
    RawClient c(veilPort());
    QVERIFY(c.waitConnected());
    c.send(bytes.replace("@O@", m_origin->authority()));
    WireMessage r;
    QVERIFY2(c.readResponse(&r), c.buffer.constData());
    QCOMPARE(r.status, 400);
    QCOMPARE(r.header("Connection"), QByteArray("close"));
    QVERIFY2(c.waitClosed(), "the connection stays open after a 400");
    QVERIFY(c.buffer.isEmpty());
    QVERIFY(m_origin->requests().isEmpty()); // no complete request reached the origin
}

void TestEngine::oversizedHeadGets431()
{
    RawClient c(veilPort());
    QVERIFY(c.waitConnected());
    c.send(get(*m_origin, "/big", "X-Big: " + QByteArray(70 * 1024, 'a') + "\r\n"));
    WireMessage r;
    QVERIFY2(c.readResponse(&r), c.buffer.left(200).constData());
    QCOMPARE(r.status, 431);
    QVERIFY(c.waitClosed());
    QCOMPARE(m_origin->acceptedCount(), 0);
}

void TestEngine::slowHeadGets408_data()
{
    QTest::addColumn<bool>("trickle");
    QTest::newRow("stalled") << false;
    QTest::newRow("trickling") << true; // one byte every 50 ms: slowloris must not extend the bound
}

void TestEngine::slowHeadGets408()
{
    QFETCH(bool, trickle);
    Settings s = EngineFixture::testSettings();
    s.headerTimeoutMs = 500;
    QVERIFY(restartVeil(s));
    RawClient c(veilPort());
    QVERIFY(c.waitConnected());
    QElapsedTimer elapsed;
    elapsed.start();
    c.send("GET " + m_origin->url("/slow") + " HTTP/1.1\r\nHost: ");
    QByteArray rest(200, 'x');
    QTimer drip;
    QObject::connect(&drip, &QTimer::timeout, &c.socket, [&] {
        if (!rest.isEmpty() && c.socket.state() == QAbstractSocket::ConnectedState) {
            c.send(rest.left(1));
            rest.remove(0, 1);
        }
    });
    if (trickle) {
        drip.start(50);
    }
    WireMessage r;
    QVERIFY2(c.readResponse(&r, false, 5000), c.buffer.constData());
    const qint64 ms = elapsed.elapsed();
    QCOMPARE(r.status, 408);
    QVERIFY2(ms >= 400 && ms < 2500, QByteArray::number(ms).constData());
    QVERIFY(c.waitClosed(2000));
    QCOMPARE(m_origin->acceptedCount(), 0);
}

void TestEngine::refusedOriginGets502_data()
{
    QTest::addColumn<bool>("connect");
    QTest::newRow("forward") << false;
    QTest::newRow("connect") << true;
}

void TestEngine::refusedOriginGets502()
{
    QFETCH(bool, connect);
    const QByteArray dead = "127.0.0.1:" + QByteArray::number(freePort()); // nothing listens there
    RawClient c(veilPort());
    QVERIFY(c.waitConnected());
    c.send(connect ? QByteArray("CONNECT " + dead + " HTTP/1.1\r\nHost: " + dead + "\r\n\r\n")
                   : QByteArray("GET http://" + dead + "/ HTTP/1.1\r\nHost: " + dead + "\r\n\r\n"));
    WireMessage r;
    QVERIFY2(c.readResponse(&r), c.buffer.constData());
    QCOMPARE(r.status, 502);
    QVERIFY2(r.body.contains("refused"), r.body.constData());
    QVERIFY(c.waitClosed());
}

void TestEngine::connectTimeoutGets504_data()
{
    QTest::addColumn<QByteArray>("mode");
    QTest::newRow("forward") << QByteArray("forward");
    QTest::newRow("connect") << QByteArray("connect");
    QTest::newRow("socks5") << QByteArray("socks5");
}

void TestEngine::connectTimeoutGets504()
{
    QFETCH(QByteArray, mode);
    Blackhole hole;
    QByteArray why;
    QVERIFY2(hole.open(&why), why.constData());
    Settings s = EngineFixture::testSettings();
    s.connectTimeoutMs = 300;
    QVERIFY(restartVeil(s));
    const QByteArray target = "127.0.0.1:" + QByteArray::number(hole.port());

    RawClient c(veilPort());
    QVERIFY(c.waitConnected());
    QElapsedTimer elapsed;
    elapsed.start();
    if (mode == "socks5") {
        // RFC 1928 has no "timed out" code; Veil answers 0x06 (TTL expired) for a dial timeout.
        QCOMPARE(socksConnect(c, hole.port()), 0x06);
    } else {
        c.send(mode == "connect"
                   ? QByteArray("CONNECT " + target + " HTTP/1.1\r\nHost: " + target + "\r\n\r\n")
                   : QByteArray("GET http://" + target + "/ HTTP/1.1\r\nHost: " + target + "\r\n\r\n"));
        WireMessage r;
        QVERIFY2(c.readResponse(&r), c.buffer.constData());
        QCOMPARE(r.status, 504);
    }
    const qint64 ms = elapsed.elapsed();
    QVERIFY2(ms >= 250 && ms < 3000, QByteArray::number(ms).constData());
    QVERIFY(c.waitClosed());
}

void TestEngine::originClosesMidBody_data()
{
    QTest::addColumn<QByteArray>("partial");
    QTest::newRow("content-length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n") +
                                           QByteArray(1000, 'b');
    QTest::newRow("chunked") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                                           "400\r\n") +
                                    QByteArray(1024, 'c') + "\r\n200\r\n" + QByteArray(100, 'c');
}

void TestEngine::originClosesMidBody()
{
    QFETCH(QByteArray, partial);
    m_origin->setResponder([&](ScriptedOrigin::Connection &c, const WireMessage &) {
        ScriptedOrigin::respond(c, partial);
        c.socket->disconnectFromHost(); // flushes, then closes: the body is cut short
    });
    RawClient c(veilPort());
    QVERIFY(c.waitConnected());
    c.send(get(*m_origin, "/truncated"));
    QVERIFY(c.waitClosed());
    // The client must be able to tell: no complete response may be parseable from what it got.
    WireMessage r;
    QByteArray received = c.buffer;
    QVERIFY2(takeResponse(received, &r, false, false) != Parse::Complete, c.buffer.left(300).constData());
    QVERIFY2(c.buffer.startsWith("HTTP/1.1 200 "), c.buffer.left(100).constData());
    QVERIFY(!c.buffer.endsWith("0\r\n\r\n"));
}

void TestEngine::requestToProxyItselfGets508_data()
{
    QTest::addColumn<QByteArray>("bytes"); // "@V@" stands for Veil's port
    QTest::newRow("absolute-ip") << QByteArray(
        "GET http://127.0.0.1:@V@/ HTTP/1.1\r\nHost: 127.0.0.1:@V@\r\n\r\n");
    QTest::newRow("absolute-name") << QByteArray(
        "GET http://localhost:@V@/ HTTP/1.1\r\nHost: localhost:@V@\r\n\r\n");
    QTest::newRow("connect") << QByteArray("CONNECT 127.0.0.1:@V@ HTTP/1.1\r\nHost: 127.0.0.1:@V@\r\n\r\n");
}

void TestEngine::requestToProxyItselfGets508()
{
    QFETCH(QByteArray, bytes);
    RawClient c(veilPort());
    QVERIFY(c.waitConnected());
    c.send(bytes.replace("@V@", QByteArray::number(veilPort())));
    WireMessage r;
    QVERIFY2(c.readResponse(&r), c.buffer.constData());
    QCOMPARE(r.status, 508);
    QVERIFY(c.waitClosed());
    // The loop was cut at once: besides the client, at most the one connection Veil made to
    // itself to learn where a host name leads.
    const qint64 accepted = m_veil->engine().stats().acceptedConnections.load();
    QVERIFY2(accepted <= 2, QByteArray::number(accepted).constData());
}

void TestEngine::localPages_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("needle"); // "@V@" stands for Veil's port
    QTest::newRow("status") << QByteArray("/") << 200 << QByteArray("text/html; charset=utf-8")
                            << QByteArray("<h1>Veil " VEIL_VERSION "</h1>");
    QTest::newRow("pac") << QByteArray("/proxy.pac") << 200 << QByteArray("application/x-ns-proxy-autoconfig")
                         << QByteArray("return \"PROXY 127.0.0.1:@V@; SOCKS5 127.0.0.1:@V@\";");
    QTest::newRow("pac-query") << QByteArray("/proxy.pac?v=2") << 200
                               << QByteArray("application/x-ns-proxy-autoconfig")
                               << QByteArray("FindProxyForURL");
    QTest::newRow("unknown") << QByteArray("/nope") << 404 << QByteArray("text/html; charset=utf-8")
                             << QByteArray("404");
}

void TestEngine::localPages()
{
    QFETCH(QByteArray, path);
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, needle);
    const QByteArray port = QByteArray::number(veilPort());
    RawClient c(veilPort());
    QVERIFY(c.waitConnected());
    for (int round = 0; round < 2; ++round) { // keep-alive: the same connection serves twice
        c.send("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n\r\n");
        WireMessage r;
        QVERIFY2(c.readResponse(&r), c.buffer.constData());
        QCOMPARE(r.status, status);
        QCOMPARE(r.header("Content-Type"), contentType);
        QVERIFY2(r.body.contains(needle.replace("@V@", port)), r.body.constData());
    }
    QVERIFY(!c.closed());
    QCOMPARE(m_origin->acceptedCount(), 0);
}

// ---- SOCKS5 and authentication ----------------------------------------------------------------

void TestEngine::socks5Connect_data()
{
    QTest::addColumn<bool>("byName");
    QTest::addColumn<bool>("oneWrite");
    QTest::newRow("ipv4") << false << false;
    QTest::newRow("domain-localhost") << true << false;
    QTest::newRow("ipv4-all-in-one-write") << false << true; // greeting, request and data together
}

void TestEngine::socks5Connect()
{
    QFETCH(bool, byName);
    QFETCH(bool, oneWrite);
    const QByteArray connectRequest =
        byName ? socksRequestDomain("localhost", m_origin->port()) : socksRequestIPv4(0x01, m_origin->port());
    const QByteArray http = "GET /socks HTTP/1.1\r\nHost: " + m_origin->authority() + "\r\n\r\n";
    RawClient c(veilPort());
    QVERIFY(c.waitConnected());
    if (oneWrite) {
        c.send(hex("05 01 00") + connectRequest + http);
        QCOMPARE(c.readBytes(2), hex("05 00"));
    } else {
        c.send(hex("05 02 00 02")); // offers no-auth and user/password; no-auth is chosen
        QCOMPARE(c.readBytes(2), hex("05 00"));
        c.send(connectRequest);
    }
    const QByteArray reply = c.readBytes(10);
    QCOMPARE(reply.left(4), hex("05 00 00 01"));
    QCOMPARE(reply.mid(4, 4), hex("7f 00 00 01")); // BND.ADDR: Veil's end of the upstream connection
    if (!oneWrite) {
        c.send(http);
    }
    WireMessage r;
    QVERIFY2(c.readResponse(&r), c.buffer.constData());
    QCOMPARE(r.body, QByteArray("hello from /socks"));
    QCOMPARE(m_origin->acceptedCount(), 1);
}

void TestEngine::socks5Errors_data()
{
    QTest::addColumn<QByteArray>("target"); // "dead", "self" or "origin"
    QTest::addColumn<int>("command");
    QTest::addColumn<int>("reply");
    QTest::newRow("refused") << QByteArray("dead") << 0x01 << 0x05;
    QTest::newRow("bind-unsupported") << QByteArray("origin") << 0x02 << 0x07;
    QTest::newRow("udp-associate-unsupported") << QByteArray("origin") << 0x03 << 0x07;
    QTest::newRow("unknown-command") << QByteArray("origin") << 0x09 << 0x07;
    QTest::newRow("loop-to-self") << QByteArray("self") << 0x01 << 0x02;
}

void TestEngine::socks5Errors()
{
    QFETCH(QByteArray, target);
    QFETCH(int, command);
    QFETCH(int, reply);
    const quint16 port = target == "dead" ? freePort() : target == "self" ? veilPort() : m_origin->port();
    RawClient c(veilPort());
    QVERIFY(c.waitConnected());
    c.send(hex("05 01 00"));
    QCOMPARE(c.readBytes(2), hex("05 00"));
    c.send(socksRequestIPv4(quint8(command), port));
    const QByteArray answer = c.readBytes(2);
    QCOMPARE(answer.size(), 2);
    QCOMPARE(int(answer.at(0)), 0x05);
    QCOMPARE(int(quint8(answer.at(1))), reply);
    QVERIFY(c.waitClosed());
    QCOMPARE(m_origin->acceptedCount(), 0);
}

void TestEngine::socks5Authentication_data()
{
    QTest::addColumn<QByteArray>("greeting");
    QTest::addColumn<QByteArray>("methodReply");
    QTest::addColumn<QByteArray>("password"); // null: no auth sub-negotiation
    QTest::addColumn<bool>("succeeds");
    QTest::newRow("good-credentials") << hex("05 01 02") << hex("05 02") << QByteArray("s3cret") << true;
    QTest::newRow("bad-password") << hex("05 01 02") << hex("05 02") << QByteArray("wrong") << false;
    QTest::newRow("no-auth-only-offered") << hex("05 01 00") << hex("05 ff") << QByteArray() << false;
}

void TestEngine::socks5Authentication()
{
    QFETCH(QByteArray, greeting);
    QFETCH(QByteArray, methodReply);
    QFETCH(QByteArray, password);
    QFETCH(bool, succeeds);
    Settings s = EngineFixture::testSettings();
    s.proxyUser = QStringLiteral("alice");
    s.proxyPassword = QStringLiteral("s3cret");
    QVERIFY(restartVeil(s));
    RawClient c(veilPort());
    QVERIFY(c.waitConnected());
    c.send(greeting);
    QCOMPARE(c.readBytes(2), methodReply);
    if (!password.isNull()) {
        c.send(hex("01 05") + "alice" + QByteArray(1, char(password.size())) + password);
        const QByteArray status = c.readBytes(2);
        QCOMPARE(status.size(), 2);
        QCOMPARE(int(status.at(0)), 0x01);
        QCOMPARE(status.at(1) == 0, succeeds);
    }
    if (!succeeds) {
        QVERIFY(c.waitClosed());
        QCOMPARE(m_origin->acceptedCount(), 0);
        return;
    }
    c.send(socksRequestIPv4(0x01, m_origin->port()));
    QCOMPARE(c.readBytes(10).left(2), hex("05 00"));
    c.send("GET /authed HTTP/1.1\r\nHost: " + m_origin->authority() + "\r\n\r\n");
    WireMessage r;
    QVERIFY2(c.readResponse(&r), c.buffer.constData());
    QCOMPARE(r.body, QByteArray("hello from /authed"));
}

void TestEngine::httpProxyAuthentication_data()
{
    QTest::addColumn<QByteArray>("credentials"); // a Proxy-Authorization line or empty
    QTest::addColumn<bool>("connect");
    QTest::addColumn<int>("status");
    QTest::newRow("missing") << QByteArray() << false << 407;
    QTest::newRow("wrong-password") << basicAuth("alice", "wrong") << false << 407;
    QTest::newRow("wrong-user") << basicAuth("bob", "s3cret") << false << 407;
    QTest::newRow("not-basic") << QByteArray("Proxy-Authorization: Bearer abc\r\n") << false << 407;
    QTest::newRow("right") << basicAuth("alice", "s3cret") << false << 200;
    QTest::newRow("connect-missing") << QByteArray() << true << 407;
    QTest::newRow("connect-right") << basicAuth("alice", "s3cret") << true << 200;
}

void TestEngine::httpProxyAuthentication()
{
    QFETCH(QByteArray, credentials);
    QFETCH(bool, connect);
    QFETCH(int, status);
    Settings s = EngineFixture::testSettings();
    s.proxyUser = QStringLiteral("alice");
    s.proxyPassword = QStringLiteral("s3cret");
    QVERIFY(restartVeil(s));
    RawClient c(veilPort());
    QVERIFY(c.waitConnected());
    const QByteArray authority = m_origin->authority();
    c.send(connect ? QByteArray("CONNECT " + authority + " HTTP/1.1\r\nHost: " + authority + "\r\n" +
                                credentials + "\r\n")
                   : get(*m_origin, "/private", credentials));
    WireMessage r;
    QVERIFY2(c.readResponse(&r, connect && status == 200), c.buffer.constData());
    QCOMPARE(r.status, status);
    if (status == 407) {
        QCOMPARE(r.header("Proxy-Authenticate"), QByteArray("Basic realm=\"Veil\", charset=\"UTF-8\""));
        QVERIFY(c.waitClosed());
        QCOMPARE(m_origin->acceptedCount(), 0);
        return;
    }
    if (connect) {
        c.send("GET /tunnelled HTTP/1.1\r\nHost: " + authority + "\r\n\r\n");
        QVERIFY2(c.readResponse(&r), c.buffer.constData());
    }
    QCOMPARE(m_origin->requests().size(), 1);
    // The credentials are for Veil: they never reach the origin.
    QVERIFY(!m_origin->requests().constFirst().hasHeader("Proxy-Authorization"));
    QVERIFY(r.body.startsWith("hello from /"));
}

// ---- load, memory, lifecycle, events ---------------------------------------------------------

void TestEngine::manyParallelKeepAliveClients()
{
    constexpr int kClients = 200;
    constexpr int kRequests = 5;
    struct Slot
    {
        std::unique_ptr<QTcpSocket> socket;
        QByteArray buffer;
        int answered = 0;
        int ok = 0;
    };
    std::vector<Slot> clients(kClients);
    int finished = 0;
    QByteArray firstFailure;
    auto path = [](int client, int n) -> QByteArray {
        return "/c" + QByteArray::number(client) + "/r" + QByteArray::number(n);
    };
    for (int i = 0; i < kClients; ++i) {
        Slot &slot = clients[size_t(i)];
        slot.socket = std::make_unique<QTcpSocket>();
        QTcpSocket *socket = slot.socket.get();
        connect(socket, &QTcpSocket::connected, this,
                [&, socket, i] { socket->write(get(*m_origin, path(i, 0))); });
        connect(socket, &QTcpSocket::readyRead, this, [&, socket, i] {
            Slot &s = clients[size_t(i)];
            s.buffer += socket->readAll();
            WireMessage r;
            while (takeResponse(s.buffer, &r) == Parse::Complete) {
                const bool good = r.status == 200 && r.body == "hello from " + path(i, s.answered);
                s.ok += good ? 1 : 0;
                if (!good && firstFailure.isEmpty()) {
                    firstFailure = r.head + r.body;
                }
                if (++s.answered < kRequests) {
                    socket->write(get(*m_origin, path(i, s.answered)));
                } else {
                    ++finished;
                }
            }
        });
        socket->connectToHost(QHostAddress::LocalHost, veilPort());
    }
    QVERIFY2(QTest::qWaitFor([&] { return finished == kClients; }, 60000),
             qPrintable(QStringLiteral("%1 of %2 clients finished").arg(finished).arg(kClients)));
    int ok = 0;
    for (const Slot &slot : clients) {
        ok += slot.ok;
        QCOMPARE(slot.socket->state(), QAbstractSocket::ConnectedState); // kept alive throughout
    }
    QVERIFY2(firstFailure.isEmpty(), firstFailure.constData());
    QCOMPARE(ok, kClients * kRequests);
    QCOMPARE(m_origin->requests().size(), kClients * kRequests);
    QCOMPARE(m_veil->engine().stats().acceptedConnections.load(), kClients);
    // Origin connections are reused from the pool: clearly fewer than one per request. (Not one per
    // client: a worker parks at most OriginPool::MaxIdlePerKey idle connections per origin.)
    QVERIFY2(m_origin->acceptedCount() < kClients * kRequests * 3 / 4,
             QByteArray::number(m_origin->acceptedCount()).constData());
}

void TestEngine::slowReaderKeepsMemoryBounded()
{
    constexpr qint64 kBody = 192LL * 1024 * 1024;
    constexpr qint64 kMaxGrowth = 64LL * 1024 * 1024;
    QPointer<BodyStreamer> streamer; // the origin connection owns it
    m_origin->setResponder([&](ScriptedOrigin::Connection &c, const WireMessage &) {
        ScriptedOrigin::respond(c, "HTTP/1.1 200 OK\r\nContent-Length: " + QByteArray::number(kBody) +
                                       "\r\n\r\n");
        streamer = new BodyStreamer(c.socket, kBody);
        streamer->topUp();
    });
    const qint64 rssBefore = residentSetBytes();
    QVERIFY(rssBefore > 0);

    // The client's own buffer is capped too, so that not reading really means not reading.
    RawClient c(veilPort(), 64 * 1024);
    QVERIFY(c.waitConnected());
    c.send(get(*m_origin, "/huge"));
    QVERIFY(QTest::qWaitFor(
        [&] {
            c.pull();
            return c.buffer.contains("\r\n\r\n");
        },
        kTimeoutMs));
    QVERIFY(streamer);

    // Stop reading. The origin keeps writing until every buffer on the way is full; then nothing
    // moves. Wait for that standstill (no progress for 500 ms).
    qint64 lastSent = -1;
    QElapsedTimer still;
    QVERIFY(QTest::qWaitFor(
        [&] {
            if (!streamer) {
                return true; // origin connection gone: fail below
            }
            if (streamer->sent() != lastSent) {
                lastSent = streamer->sent();
                still.restart();
            }
            return still.elapsed() >= 500;
        },
        30000));
    QVERIFY2(streamer, "the origin connection was closed while the client paused");
    const qint64 growth = residentSetBytes() - rssBefore;
    qInfo("stalled after %lld of %lld bytes; RSS grew by %lld KiB", static_cast<long long>(lastSent),
          static_cast<long long>(kBody), static_cast<long long>(growth / 1024));
    QVERIFY2(lastSent < kBody / 2, "backpressure did not reach the origin");
    QVERIFY2(growth < kMaxGrowth, QByteArray::number(growth).constData());

    // Resume: every byte arrives, in order. Event-driven reading at full speed (a polling wait
    // would read one 64 KiB buffer per poll interval).
    const qsizetype headLength = c.buffer.indexOf("\r\n\r\n") + 4;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArrayView(c.buffer).sliced(headLength));
    qint64 received = c.buffer.size() - headLength;
    c.buffer.clear();
    QEventLoop loop;
    auto drain = [&] {
        const QByteArray data = c.socket.readAll();
        hash.addData(data);
        received += data.size();
        if (received >= kBody) {
            loop.quit();
        }
    };
    connect(&c.socket, &QTcpSocket::readyRead, &loop, drain);
    connect(&c.socket, &QTcpSocket::disconnected, &loop, &QEventLoop::quit);
    QTimer deadline;
    deadline.setSingleShot(true);
    connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    deadline.start(60000);
    QTimer::singleShot(0, &loop, drain); // bytes already buffered produce no new readyRead
    loop.exec();
    QVERIFY2(received >= kBody,
             qPrintable(QStringLiteral("received %1 of %2; client %3 (%4)")
                            .arg(received)
                            .arg(kBody)
                            .arg(c.closed() ? QStringLiteral("closed") : QStringLiteral("open"))
                            .arg(c.socket.errorString())));
    QCOMPARE(received, kBody);
    QVERIFY2(streamer, "the origin connection was closed");
    QCOMPARE(hash.result().toHex(), streamer->sha256());
}

void TestEngine::gracefulStopLetsLiveTransferFinish()
{
    Settings s = EngineFixture::testSettings();
    s.shutdownTimeoutMs = 30000; // far away: stopped() must come from the drain, not the deadline
    QVERIFY(restartVeil(s));
    const QByteArray firstHalf(64 * 1024, 'A');
    const QByteArray secondHalf(64 * 1024, 'B');
    ScriptedOrigin::Connection *live = nullptr;
    m_origin->setResponder([&](ScriptedOrigin::Connection &c, const WireMessage &r) {
        if (r.target == "/live") {
            live = &c;
            ScriptedOrigin::respond(c, "HTTP/1.1 200 OK\r\nContent-Length: " +
                                           QByteArray::number(firstHalf.size() + secondHalf.size()) +
                                           "\r\n\r\n" + firstHalf);
        } else {
            ScriptedOrigin::respond(c, makeResponse(200, "idle"));
        }
    });

    // An idle keep-alive client and a client in the middle of a download.
    RawClient idle(veilPort());
    QVERIFY(idle.waitConnected());
    idle.send(get(*m_origin, "/idle"));
    WireMessage idleResponse;
    QVERIFY(idle.readResponse(&idleResponse));

    RawClient c(veilPort());
    QVERIFY(c.waitConnected());
    c.send(get(*m_origin, "/live"));
    QVERIFY(QTest::qWaitFor(
        [&] {
            c.pull();
            return c.buffer.size() >= c.buffer.indexOf("\r\n\r\n") + 4 + firstHalf.size() &&
                   c.buffer.contains("\r\n\r\n");
        },
        kTimeoutMs));
    QVERIFY(live);

    QSignalSpy stopped(&m_veil->engine(), &Veil::Engine::stopped);
    QElapsedTimer elapsed;
    elapsed.start();
    m_veil->engine().stop();
    QVERIFY(!waitForPort(veilPort(), 0)); // no longer accepting
    QVERIFY2(idle.waitClosed(2000), "an idle keep-alive connection is closed at once");
    QVERIFY(stopped.isEmpty());
    QVERIFY(!c.closed());

    ScriptedOrigin::respond(*live, secondHalf);
    WireMessage r;
    QVERIFY2(c.readResponse(&r), c.buffer.left(200).constData());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, firstHalf + secondHalf);
    QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, 5000); // may already have come during the read
    QCOMPARE(stopped.size(), 1);
    QVERIFY2(elapsed.elapsed() < 10000, QByteArray::number(elapsed.elapsed()).constData());
    QVERIFY(c.waitClosed());
    QVERIFY(!m_veil->engine().isRunning());
}

void TestEngine::trafficEventsForRequest()
{
    RawClient c(veilPort());
    QVERIFY(c.waitConnected());
    const QByteArray sent = request("POST", *m_origin, "/events?x=1", {}, "twelve bytes");
    c.send(sent);
    WireMessage r;
    QVERIFY2(c.readResponse(&r), c.buffer.constData());
    QCOMPARE(r.status, 200);

    QList<TrafficEvent> events;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            events += m_veil->engine().eventHub()->drain();
            return events.size() >= 2;
        }(),
        5000);
    QCOMPARE(events.size(), 2);
    const TrafficEvent &start = events.at(0);
    const TrafficEvent &end = events.at(1);
    QCOMPARE(start.phase, TrafficEvent::Phase::Start);
    QCOMPARE(end.phase, TrafficEvent::Phase::End);
    QCOMPARE(end.id, start.id);
    QVERIFY(start.id != 0);
    for (const TrafficEvent *e : {&start, &end}) {
        QCOMPARE(e->protocol, Veil::TrafficProtocol::Http);
        QCOMPARE(e->method, QByteArray("POST"));
        QCOMPARE(e->host, QByteArray("127.0.0.1"));
        QCOMPARE(e->port, m_origin->port());
        QCOMPARE(e->path, QByteArray("/events?x=1"));
        QCOMPARE(e->decision, Veil::TrafficDecision::Direct);
        QCOMPARE(e->clientAddress, QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(e->clientPort, c.socket.localPort());
    }
    QCOMPARE(end.status, 200);
    QCOMPARE(end.bytesUp, qint64(12));                              // request payload
    QCOMPARE(end.bytesDown, qint64(r.head.size() + r.body.size())); // everything the client got
    QVERIFY(end.durationUs > 0);
    QVERIFY(end.timeMs >= start.timeMs);
    QVERIFY2(end.error.isEmpty(), qPrintable(end.error));
}

void TestEngine::trafficEventForFailure()
{
    const quint16 dead = freePort();
    RawClient c(veilPort());
    QVERIFY(c.waitConnected());
    c.send("GET http://127.0.0.1:" + QByteArray::number(dead) + "/x HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    WireMessage r;
    QVERIFY2(c.readResponse(&r), c.buffer.constData());
    QCOMPARE(r.status, 502);

    QList<TrafficEvent> events;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            events += m_veil->engine().eventHub()->drain();
            return !events.isEmpty() && events.constLast().phase == TrafficEvent::Phase::End;
        }(),
        5000);
    QCOMPARE(events.size(), 2);
    const TrafficEvent &start = events.constFirst();
    const TrafficEvent &end = events.constLast();
    QCOMPARE(start.phase, TrafficEvent::Phase::Start);
    QCOMPARE(end.id, start.id);
    QCOMPARE(end.status, 502);
    QCOMPARE(end.method, QByteArray("GET"));
    QCOMPARE(end.host, QByteArray("127.0.0.1"));
    QCOMPARE(end.port, dead);
    QCOMPARE(end.decision, Veil::TrafficDecision::Direct);
    QVERIFY2(end.error.contains(QStringLiteral("refused")), qPrintable(end.error));
}

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
