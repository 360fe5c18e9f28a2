// Name resolution of the engine: direct connections resolve through DNS-over-HTTPS when it is set
// (a real HTTP DoH server on loopback, answers cached by TTL), errors are clear, and a connection
// through an exit resolves nothing locally — counted, for HTTP, CONNECT and SOCKS5 alike.

#include "DohServer.h"
#include "EngineFixture.h"
#include "HttpWire.h"
#include "RawClient.h"
#include "ScriptedOrigin.h"
#include "TestSupport.h"
#include "exits/Exit.h"

#include <QTest>

using namespace Veil::Test;
using Veil::Settings;

namespace {

constexpr int kTimeoutMs = RawClient::DefaultTimeoutMs;

/** Absolute-form GET of http://@p host:@p port/@p path, closing the connection afterwards. */
QByteArray getByName(const QByteArray &host, quint16 port, const QByteArray &path = "/")
{
    const QByteArray authority = host + ':' + QByteArray::number(port);
    return "GET http://" + authority + path + " HTTP/1.1\r\nHost: " + authority +
           "\r\nConnection: close\r\n\r\n";
}

QByteArray socksDomain(const QByteArray &host, quint16 port)
{
    QByteArray out = QByteArray::fromHex("05010003") + char(host.size()) + host;
    out.append(char(port >> 8));
    out.append(char(port & 0xff));
    return out;
}

/** GET @p path from site.test through a CONNECT tunnel to it; returns the body (empty on failure). */
QByteArray throughConnect(quint16 proxyPort, quint16 originPort, const QByteArray &path)
{
    RawClient client(proxyPort);
    if (!client.waitConnected()) {
        return {};
    }
    const QByteArray authority = "site.test:" + QByteArray::number(originPort);
    client.send("CONNECT " + authority + " HTTP/1.1\r\nHost: " + authority + "\r\n\r\n");
    WireMessage established;
    if (!client.readResponse(&established, true) || established.status != 200) {
        return {};
    }
    client.send("GET " + path + " HTTP/1.1\r\nHost: site.test\r\n\r\n");
    WireMessage response;
    return client.readResponse(&response) ? response.body : QByteArray();
}

/** The same through a SOCKS5 connect to the domain name (ATYP 3). */
QByteArray throughSocks(quint16 proxyPort, quint16 originPort, const QByteArray &path)
{
    RawClient client(proxyPort);
    if (!client.waitConnected()) {
        return {};
    }
    client.send(QByteArray::fromHex("050100"));
    if (client.readBytes(2) != QByteArray::fromHex("0500")) {
        return {};
    }
    client.send(socksDomain("site.test", originPort));
    if (client.readBytes(10).left(2) != QByteArray::fromHex("0500")) {
        return {};
    }
    client.send("GET " + path + " HTTP/1.1\r\nHost: site.test\r\n\r\n");
    WireMessage response;
    return client.readResponse(&response) ? response.body : QByteArray();
}

qint64 lookups(EngineFixture &engine)
{
    return engine.engine().stats().dnsLookups.load();
}

} // namespace

class TestDoh : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void directUsesDohAndCaches();
    void ttlZeroIsAskedEveryTime();
    void tunnelsResolveThroughDoh();
    void resolutionErrorsAreClear_data();
    void resolutionErrorsAreClear();
    void literalsNeedNoLookup();
    void exitPathResolvesNothingLocally();

private:
    WireMessage fetch(quint16 proxyPort, const QByteArray &request);

    std::unique_ptr<ScriptedOrigin> m_origin;
    std::unique_ptr<DohServer> m_doh;
};

void TestDoh::init()
{
    m_origin = std::make_unique<ScriptedOrigin>();
    QVERIFY(m_origin->listen());
    // Every answer closes the connection, so each request dials (and resolves) again.
    m_origin->setResponder([](ScriptedOrigin::Connection &c, const WireMessage &request) {
        ScriptedOrigin::respond(c,
                                makeResponse(200, "origin saw " + request.target, "Connection: close\r\n"));
        c.socket->disconnectFromHost();
    });
    m_doh = std::make_unique<DohServer>();
    QVERIFY(m_doh->listen());
    m_doh->setRecord("site.test", {{QHostAddress(QStringLiteral("127.0.0.1"))}, 300, {}, 0, 200});
}

void TestDoh::cleanup()
{
    m_origin.reset();
    m_doh.reset();
}

WireMessage TestDoh::fetch(quint16 proxyPort, const QByteArray &request)
{
    RawClient client(proxyPort);
    WireMessage response;
    if (!client.waitConnected()) {
        return response;
    }
    client.send(request);
    client.readResponse(&response, false, kTimeoutMs);
    return response;
}

void TestDoh::directUsesDohAndCaches()
{
    EngineFixture veil;
    Settings s = EngineFixture::testSettings();
    s.exits.dohUrl = m_doh->url();
    QVERIFY2(veil.start(s), qPrintable(veil.errorString()));

    WireMessage r = fetch(veil.port(), getByName("site.test", m_origin->port(), "/one"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray("origin saw /one"));
    // One A and one AAAA question, then the cache answers for the TTL.
    QCOMPARE(m_doh->queries("site.test"), 2);
    QCOMPARE(lookups(veil), 1);

    r = fetch(veil.port(), getByName("SITE.test", m_origin->port(), "/two"));
    QCOMPARE(r.status, 200);
    QCOMPARE(m_doh->queries("site.test"), 2);
    QCOMPARE(lookups(veil), 2);
}

void TestDoh::ttlZeroIsAskedEveryTime()
{
    m_doh->setRecord("zero.test", {{QHostAddress(QStringLiteral("127.0.0.1"))}, 0, {}, 0, 200});
    // A CNAME chain is followed: alias.test → zero.test.
    m_doh->setRecord("alias.test", {{QHostAddress(QStringLiteral("127.0.0.1"))}, 30, "real.test", 0, 200});
    EngineFixture veil;
    Settings s = EngineFixture::testSettings();
    s.exits.dohUrl = m_doh->url();
    QVERIFY2(veil.start(s), qPrintable(veil.errorString()));

    for (int i = 1; i <= 3; ++i) {
        QCOMPARE(fetch(veil.port(), getByName("zero.test", m_origin->port())).status, 200);
        QCOMPARE(m_doh->queries("zero.test"), 2 * i);
    }
    QCOMPARE(fetch(veil.port(), getByName("alias.test", m_origin->port())).status, 200);
    QCOMPARE(m_doh->queries("alias.test"), 2);
}

void TestDoh::tunnelsResolveThroughDoh()
{
    EngineFixture veil;
    Settings s = EngineFixture::testSettings();
    s.exits.dohUrl = m_doh->url();
    QVERIFY2(veil.start(s), qPrintable(veil.errorString()));

    QCOMPARE(throughConnect(veil.port(), m_origin->port(), "/tunnel"), QByteArray("origin saw /tunnel"));
    QCOMPARE(throughSocks(veil.port(), m_origin->port(), "/socks"), QByteArray("origin saw /socks"));
    QCOMPARE(m_doh->queries("site.test"), 2); // the second lookup came from the cache
    QCOMPARE(lookups(veil), 2);
}

void TestDoh::resolutionErrorsAreClear_data()
{
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("no such name") << QByteArray("missing.test") << 200 << QByteArray("no such host");
    QTest::newRow("server error") << QByteArray("broken.test") << 503 << QByteArray("HTTP 503");
}

void TestDoh::resolutionErrorsAreClear()
{
    QFETCH(QByteArray, host);
    QFETCH(int, httpStatus);
    QFETCH(QByteArray, expected);
    if (httpStatus != 200) {
        m_doh->setRecord(host, {{}, 60, {}, 0, httpStatus});
    }
    EngineFixture veil;
    Settings s = EngineFixture::testSettings();
    s.exits.dohUrl = m_doh->url();
    QVERIFY2(veil.start(s), qPrintable(veil.errorString()));

    const WireMessage r = fetch(veil.port(), getByName(host, m_origin->port()));
    QCOMPARE(r.status, 502);
    QVERIFY2(r.body.contains(host) && r.body.contains(expected), r.body.constData());
    QCOMPARE(m_origin->acceptedCount(), 0);
    // The engine keeps serving.
    QCOMPARE(fetch(veil.port(), getByName("site.test", m_origin->port())).status, 200);
}

void TestDoh::literalsNeedNoLookup()
{
    EngineFixture veil;
    Settings s = EngineFixture::testSettings();
    s.exits.dohUrl = m_doh->url();
    QVERIFY2(veil.start(s), qPrintable(veil.errorString()));
    QCOMPARE(fetch(veil.port(), getByName("127.0.0.1", m_origin->port())).status, 200);
    QCOMPARE(lookups(veil), 0);
    QCOMPARE(m_doh->totalQueries(), 0);
}

void TestDoh::exitPathResolvesNothingLocally()
{
    // The exit is a second Veil engine (direct, resolving with the same DoH server); the first
    // sends everything through it. Only the exit may look anything up.
    EngineFixture exitProxy;
    Settings exitSettings = EngineFixture::testSettings();
    exitSettings.exits.dohUrl = m_doh->url();
    QVERIFY2(exitProxy.start(exitSettings), qPrintable(exitProxy.errorString()));

    EngineFixture veil;
    Settings s = EngineFixture::testSettings();
    s.exits.dohUrl = m_doh->url(); // configured, yet unused on the exit path
    const Veil::ExitParseResult parsed =
        Veil::parseExitUrl(QStringLiteral("http://127.0.0.1:%1#US").arg(exitProxy.port()));
    QVERIFY2(parsed.exit, qPrintable(parsed.error));
    s.exits.exits = {*parsed.exit};
    s.exits.mode = Veil::RoutingMode::Exit;
    s.exits.region = QStringLiteral("US");
    s.exits.probeUrl = QString::fromLatin1(m_origin->url("/probe")); // never the internet
    s.exits.healthIntervalMs = 3600000;
    QVERIFY2(veil.start(s), qPrintable(veil.errorString()));

    QCOMPARE(fetch(veil.port(), getByName("site.test", m_origin->port(), "/http")).body,
             QByteArray("origin saw /http"));
    QCOMPARE(throughConnect(veil.port(), m_origin->port(), "/connect"), QByteArray("origin saw /connect"));
    QCOMPARE(throughSocks(veil.port(), m_origin->port(), "/socks"), QByteArray("origin saw /socks"));
    QCOMPARE(lookups(veil), 0);
    QVERIFY(lookups(exitProxy) >= 1);
    QVERIFY(m_doh->queries("site.test") >= 2);
}

QTEST_GUILESS_MAIN(TestDoh)
#include "tst_doh.moc"
