// Exit routing through real upstream proxies on loopback: Squid (HTTP, region US), tinyproxy with
// Basic auth (HTTP, DE) and microsocks with user/password (SOCKS5, JP), each binding its outgoing
// connections to its own address, in front of an origin that answers with the address it saw.
// The engine runs in-process; clients are real curl or raw sockets. Covers: the origin sees the
// exit's address for every client protocol, no local DNS on the exit path, wrong credentials.

#include "EngineFixture.h"
#include "ExitFixtures.h"
#include "PeerEchoOrigin.h"
#include "ProxyClients.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Veil;
using namespace Veil::Test;

namespace {

const QString kUser = QStringLiteral("veil-user");
const QString kPassword = QStringLiteral("s3cret-exit-pw");
const QString kExitOnlyName = QStringLiteral("only-exit.test");
constexpr int kConnectTimeoutMs = 3000;

Exit makeExit(const QString &id, ExitScheme scheme, quint16 port, const QString &region,
              const QString &user = {})
{
    Exit e;
    e.id = id;
    e.scheme = scheme;
    e.host = QStringLiteral("127.0.0.1");
    e.port = port;
    e.region = region;
    e.user = user;
    return e;
}

} // namespace

class TestExitsRouting final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void originSeesTheExitAddress_data();
    void originSeesTheExitAddress();
    void exitOnlyNameResolvesAtTheExit_data();
    void exitOnlyNameResolvesAtTheExit();
    void exitOnlyNameFailsDirect_data();
    void exitOnlyNameFailsDirect();
    void wrongPasswordFailsFast_data();
    void wrongPasswordFailsFast();
    void wrongPasswordFailsSocks5Clients();

private:
    /** Exit mode through @p region with every exit of the fixture; health probes go to the origin. */
    Settings routed(const QString &region) const;
    QHash<QString, QString> passwords(const QString &password) const;

    PeerEchoOrigin m_origin;
    SquidFixture m_squid{QStringLiteral("127.0.0.2")};
    TinyproxyFixture m_tinyproxy{QStringLiteral("127.0.0.3"), kUser, kPassword};
    MicrosocksFixture m_microsocks{QStringLiteral("127.0.0.4"), kUser, kPassword};
    SquidFixture m_squidAuth{QStringLiteral("127.0.0.5")};
};

Settings TestExitsRouting::routed(const QString &region) const
{
    Settings s = EngineFixture::testSettings();
    s.connectTimeoutMs = kConnectTimeoutMs;
    ExitSettings &x = s.exits;
    x.mode = RoutingMode::Exit;
    x.region = region;
    // The default probe URL is on the internet; tests never leave loopback.
    x.probeUrl = m_origin.url(QStringLiteral("/probe"));
    x.healthIntervalMs = 60000;
    x.healthTimeoutMs = 2000;
    x.exits = {makeExit(QStringLiteral("us-squid"), ExitScheme::Http, m_squid.port(), QStringLiteral("US")),
               makeExit(QStringLiteral("de-tiny"), ExitScheme::Http, m_tinyproxy.port(), QStringLiteral("DE"),
                        kUser),
               makeExit(QStringLiteral("jp-socks"), ExitScheme::Socks5, m_microsocks.port(),
                        QStringLiteral("JP"), kUser),
               makeExit(QStringLiteral("fr-squid-auth"), ExitScheme::Http, m_squidAuth.port(),
                        QStringLiteral("FR"), kUser)};
    return s;
}

QHash<QString, QString> TestExitsRouting::passwords(const QString &password) const
{
    return {{QStringLiteral("de-tiny"), password},
            {QStringLiteral("jp-socks"), password},
            {QStringLiteral("fr-squid-auth"), password}};
}

void TestExitsRouting::initTestCase()
{
    QVERIFY(m_origin.listen());
    m_squid.addHost(QStringLiteral("127.0.0.1"), {kExitOnlyName});
    m_squidAuth.requireAuth(kUser, kPassword);
    for (ExitProxyFixture *exit :
         std::initializer_list<ExitProxyFixture *>{&m_squid, &m_tinyproxy, &m_microsocks, &m_squidAuth}) {
        QVERIFY2(exit->start(), qPrintable(exit->errorString()));
    }
}

void TestExitsRouting::originSeesTheExitAddress_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QByteArray>("mode");
    QTest::addColumn<QByteArray>("expected");
    const QList<std::pair<const char *, const char *>> regions{
        {"US", "127.0.0.2"}, {"DE", "127.0.0.3"}, {"JP", "127.0.0.4"}, {"FR", "127.0.0.5"}};
    for (const auto &[region, address] : regions) {
        for (const QString &mode : proxyModes()) {
            QTest::addRow("%s-%s", region, qPrintable(mode))
                << QString::fromLatin1(region) << mode.toLatin1() << QByteArray(address);
        }
    }
}

void TestExitsRouting::originSeesTheExitAddress()
{
    QFETCH(QString, region);
    QFETCH(QByteArray, mode);
    QFETCH(QByteArray, expected);
    EngineFixture veil;
    QVERIFY2(veil.start(routed(region), passwords(kPassword)), qPrintable(veil.errorString()));

    const QByteArray path = "/route/" + region.toLatin1() + '/' + mode;
    const ProcessResult r = curlThrough(veil.port(), mode, m_origin.url(QString::fromLatin1(path)));
    QVERIFY2(r.ok(), r.describe().constData());
    QCOMPARE(r.out, expected);
    // Exactly one request arrived, from the exit's address: never from 127.0.0.1 (Veil direct).
    QCOMPARE(m_origin.peersFor(path), QList<QByteArray>{expected});
}

void TestExitsRouting::exitOnlyNameResolvesAtTheExit_data()
{
    QTest::addColumn<QByteArray>("mode");
    for (const QString &mode : proxyModes()) {
        QTest::newRow(qPrintable(mode)) << mode.toLatin1();
    }
}

void TestExitsRouting::exitOnlyNameResolvesAtTheExit()
{
    // Only Squid's hosts_file knows this name: it works through the exit only if Veil passes the
    // name on unresolved (absolute-form URL, CONNECT authority, SOCKS5 domain address).
    QFETCH(QByteArray, mode);
    EngineFixture veil;
    QVERIFY2(veil.start(routed(QStringLiteral("US")), passwords(kPassword)), qPrintable(veil.errorString()));

    const QByteArray path = "/exit-only-name/" + mode;
    const ProcessResult r =
        curlThrough(veil.port(), mode, m_origin.url(kExitOnlyName, QString::fromLatin1(path)));
    QVERIFY2(r.ok(), r.describe().constData());
    QCOMPARE(r.out, QByteArray("127.0.0.2"));
    const QList<PeerEchoOrigin::Seen> seen = m_origin.seenFor(path);
    QCOMPARE(seen.size(), 1);
    QCOMPARE(seen.constFirst().peer, QByteArray("127.0.0.2"));
    QCOMPARE(seen.constFirst().host, kExitOnlyName.toLatin1() + ':' + QByteArray::number(m_origin.port()));
}

void TestExitsRouting::exitOnlyNameFailsDirect_data()
{
    exitOnlyNameResolvesAtTheExit_data();
}

void TestExitsRouting::exitOnlyNameFailsDirect()
{
    // The control for the test above: the same name is unknown to this machine's resolver.
    QFETCH(QByteArray, mode);
    Settings s = routed(QStringLiteral("US"));
    s.exits.mode = RoutingMode::Direct;
    EngineFixture veil;
    QVERIFY2(veil.start(s), qPrintable(veil.errorString()));

    const QByteArray path = "/exit-only-name-direct/" + mode;
    // --fail: a 502 page must not count as a fetched document.
    const ProcessResult r =
        runCurl(curlProxyArgs(veil.port(), mode)
                << QStringLiteral("--fail") << m_origin.url(kExitOnlyName, QString::fromLatin1(path)));
    QVERIFY2(!r.ok(), r.out.constData());
    QVERIFY2(r.err.contains("502") || r.err.contains("SOCKS5"), r.err.constData());
    QVERIFY(m_origin.seenFor(path).isEmpty());
}

void TestExitsRouting::wrongPasswordFailsFast_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QByteArray>("mode");
    QTest::addColumn<QString>("exitId");
    // tinyproxy 1.11 answers a bad Proxy-Authorization with 401 (tinyproxy#532), Squid with 407,
    // microsocks with a SOCKS5 authentication failure. Plain HTTP to a SOCKS5 exit is tunnelled.
    QTest::newRow("tinyproxy-connect")
        << QStringLiteral("DE") << QByteArray("connect") << QStringLiteral("de-tiny");
    QTest::newRow("squid-http") << QStringLiteral("FR") << QByteArray("http")
                                << QStringLiteral("fr-squid-auth");
    QTest::newRow("squid-connect") << QStringLiteral("FR") << QByteArray("connect")
                                   << QStringLiteral("fr-squid-auth");
    QTest::newRow("microsocks-http") << QStringLiteral("JP") << QByteArray("http")
                                     << QStringLiteral("jp-socks");
    QTest::newRow("microsocks-connect")
        << QStringLiteral("JP") << QByteArray("connect") << QStringLiteral("jp-socks");
}

void TestExitsRouting::wrongPasswordFailsFast()
{
    QFETCH(QString, region);
    QFETCH(QByteArray, mode);
    QFETCH(QString, exitId);
    EngineFixture veil;
    QVERIFY2(veil.start(routed(region), passwords(QStringLiteral("wrong-password"))),
             qPrintable(veil.errorString()));

    const QByteArray path = "/wrong-password/" + region.toLatin1() + '/' + mode;
    QElapsedTimer clock;
    clock.start();
    WireMessage response;
    QVERIFY(rawProxyRequest(veil.port(), mode, "127.0.0.1", m_origin.port(), path, &response));
    const qint64 elapsed = clock.elapsed();
    QCOMPARE(response.status, 502);
    QVERIFY2(response.body.contains("proxy authentication"), response.body.constData());
    QVERIFY2(response.body.contains(exitId.toLatin1()), response.body.constData());
    QVERIFY2(!response.body.contains("wrong-password"), response.body.constData());
    QVERIFY2(elapsed < kConnectTimeoutMs, QByteArray::number(elapsed).constData());
    QVERIFY(m_origin.seenFor(path).isEmpty());
    // The data path tells the health board: the exit is no longer trusted.
    QVERIFY(veil.engine().exitHealth().get(exitId).consecutiveFailures >= 1);
}

void TestExitsRouting::wrongPasswordFailsSocks5Clients()
{
    EngineFixture veil;
    QVERIFY2(veil.start(routed(QStringLiteral("JP")), passwords(QStringLiteral("wrong-password"))),
             qPrintable(veil.errorString()));
    QElapsedTimer clock;
    clock.start();
    RawClient client(veil.port());
    QVERIFY(client.waitConnected());
    const int reply = socks5ConnectByName(client, "127.0.0.1", m_origin.port());
    QVERIFY2(reply > 0, QByteArray::number(reply).constData()); // a failure reply, not success
    QVERIFY(client.waitClosed());
    QVERIFY2(clock.elapsed() < kConnectTimeoutMs, QByteArray::number(clock.elapsed()).constData());
}

QTEST_GUILESS_MAIN(TestExitsRouting)
#include "tst_exits_routing.moc"
