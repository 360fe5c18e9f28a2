// Veil::Engine in-process against raw QTcpSocket clients and a scripted origin in this thread.
// SOCKS5 (RFC 1928/1929) through the engine, and proxy authentication on HTTP and SOCKS5.

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

class TestEngineSocks final : public EngineTest
{
    Q_OBJECT

private Q_SLOTS:
    void socks5Connect_data();
    void socks5Connect();
    void socks5Errors_data();
    void socks5Errors();
    void socks5Authentication_data();
    void socks5Authentication();
    void httpProxyAuthentication_data();
    void httpProxyAuthentication();
};

// ---- SOCKS5 and authentication ----------------------------------------------------------------

void TestEngineSocks::socks5Connect_data()
{
    QTest::addColumn<bool>("byName");
    QTest::addColumn<bool>("oneWrite");
    QTest::newRow("ipv4") << false << false;
    QTest::newRow("domain-localhost") << true << false;
    QTest::newRow("ipv4-all-in-one-write") << false << true; // greeting, request and data together
}

void TestEngineSocks::socks5Connect()
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

void TestEngineSocks::socks5Errors_data()
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

void TestEngineSocks::socks5Errors()
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

void TestEngineSocks::socks5Authentication_data()
{
    QTest::addColumn<QByteArray>("greeting");
    QTest::addColumn<QByteArray>("methodReply");
    QTest::addColumn<QByteArray>("password"); // null: no auth sub-negotiation
    QTest::addColumn<bool>("succeeds");
    QTest::newRow("good-credentials") << hex("05 01 02") << hex("05 02") << QByteArray("s3cret") << true;
    QTest::newRow("bad-password") << hex("05 01 02") << hex("05 02") << QByteArray("wrong") << false;
    QTest::newRow("no-auth-only-offered") << hex("05 01 00") << hex("05 ff") << QByteArray() << false;
}

void TestEngineSocks::socks5Authentication()
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

void TestEngineSocks::httpProxyAuthentication_data()
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

void TestEngineSocks::httpProxyAuthentication()
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

QTEST_GUILESS_MAIN(TestEngineSocks)
#include "tst_engine_socks.moc"
