// Veil::Engine in-process against raw QTcpSocket clients and a scripted origin in this thread.
// HTTP forwarding through the engine: keep-alive reuse, pipelining, chunked bodies and
// trailers, 100-continue, HEAD, 1xx, Upgrade tunnels, hop-by-hop stripping and long-lived connections.

#include "Blackhole.h"
#include "BodyStreamer.h"
#include "EngineFixture.h"
#include "EngineTest.h"
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

class TestEngineHttp final : public EngineTest
{
    Q_OBJECT

private Q_SLOTS:
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
};

// ---- HTTP forwarding ------------------------------------------------------------------------

void TestEngineHttp::keepAliveReusesOriginConnection()
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

void TestEngineHttp::pipelinedRequestsAnsweredInOrder()
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

void TestEngineHttp::chunkedBodiesAndTrailersForwardedIntact()
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

void TestEngineHttp::trailerFieldIsEndToEnd()
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

void TestEngineHttp::expectContinue()
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

void TestEngineHttp::headResponseHasNoBody()
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

void TestEngineHttp::earlyHintsForwarded()
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

void TestEngineHttp::upgradeBecomesTunnel()
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

void TestEngineHttp::hopByHopHeadersStripped()
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

void TestEngineHttp::longLivedConnectionsOutliveHeaderTimeout_data()
{
    QTest::addColumn<QByteArray>("mode");
    QTest::newRow("keep-alive") << QByteArray("keep-alive");
    QTest::newRow("connect-tunnel") << QByteArray("connect");
    QTest::newRow("socks5-tunnel") << QByteArray("socks5");
}

void TestEngineHttp::longLivedConnectionsOutliveHeaderTimeout()
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

QTEST_GUILESS_MAIN(TestEngineHttp)
#include "tst_engine_http.moc"
