// Veil::Engine in-process against raw QTcpSocket clients and a scripted origin in this thread.
// What the engine refuses and how it fails: malformed and oversized requests, slow heads,
// unreachable and slow origins, origins that close mid-body, loops to itself, and its local pages.

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

class TestEngineErrors final : public EngineTest
{
    Q_OBJECT

private Q_SLOTS:
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
};

// ---- refusals and failures --------------------------------------------------------------------

void TestEngineErrors::malformedRequestGets400_data()
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

void TestEngineErrors::malformedRequestGets400()
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

void TestEngineErrors::oversizedHeadGets431()
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

void TestEngineErrors::slowHeadGets408_data()
{
    QTest::addColumn<bool>("trickle");
    QTest::newRow("stalled") << false;
    QTest::newRow("trickling") << true; // one byte every 50 ms: slowloris must not extend the bound
}

void TestEngineErrors::slowHeadGets408()
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

void TestEngineErrors::refusedOriginGets502_data()
{
    QTest::addColumn<bool>("connect");
    QTest::newRow("forward") << false;
    QTest::newRow("connect") << true;
}

void TestEngineErrors::refusedOriginGets502()
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

void TestEngineErrors::connectTimeoutGets504_data()
{
    QTest::addColumn<QByteArray>("mode");
    QTest::newRow("forward") << QByteArray("forward");
    QTest::newRow("connect") << QByteArray("connect");
    QTest::newRow("socks5") << QByteArray("socks5");
}

void TestEngineErrors::connectTimeoutGets504()
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

void TestEngineErrors::originClosesMidBody_data()
{
    QTest::addColumn<QByteArray>("partial");
    QTest::newRow("content-length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n") +
                                           QByteArray(1000, 'b');
    QTest::newRow("chunked") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                                           "400\r\n") +
                                    QByteArray(1024, 'c') + "\r\n200\r\n" + QByteArray(100, 'c');
}

void TestEngineErrors::originClosesMidBody()
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

void TestEngineErrors::requestToProxyItselfGets508_data()
{
    QTest::addColumn<QByteArray>("bytes"); // "@V@" stands for Veil's port
    QTest::newRow("absolute-ip") << QByteArray(
        "GET http://127.0.0.1:@V@/ HTTP/1.1\r\nHost: 127.0.0.1:@V@\r\n\r\n");
    QTest::newRow("absolute-name") << QByteArray(
        "GET http://localhost:@V@/ HTTP/1.1\r\nHost: localhost:@V@\r\n\r\n");
    QTest::newRow("connect") << QByteArray("CONNECT 127.0.0.1:@V@ HTTP/1.1\r\nHost: 127.0.0.1:@V@\r\n\r\n");
}

void TestEngineErrors::requestToProxyItselfGets508()
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

void TestEngineErrors::localPages_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("needle"); // "@V@" stands for Veil's port
    QTest::newRow("status") << QByteArray("/") << 200 << QByteArray("text/html; charset=utf-8")
                            << QByteArray("<h1>Veil " VEIL_VERSION "</h1>");
    QTest::newRow("pac")
        << QByteArray("/proxy.pac") << 200 << QByteArray("application/x-ns-proxy-autoconfig")
        << QByteArray("return \"PROXY 127.0.0.1:@V@; SOCKS5 127.0.0.1:@V@; DIRECT\";"); // kill switch off
    QTest::newRow("pac-query") << QByteArray("/proxy.pac?v=2") << 200
                               << QByteArray("application/x-ns-proxy-autoconfig")
                               << QByteArray("FindProxyForURL");
    QTest::newRow("unknown") << QByteArray("/nope") << 404 << QByteArray("text/html; charset=utf-8")
                             << QByteArray("404");
}

void TestEngineErrors::localPages()
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

QTEST_GUILESS_MAIN(TestEngineErrors)
#include "tst_engine_errors.moc"
