// What happens when exits die, and how a region spreads sites over its exits: failover to the
// next exit at once when one is killed, fail-closed (and the explicit fallback to direct) when a
// whole region is dead, sticky load balancing by registrable domain, and health probes noticing
// an exit going down and coming back. Real Squid processes on loopback, in-process engine.

#include "EngineFixture.h"
#include "ExitFixtures.h"
#include "PeerEchoOrigin.h"
#include "ProxyClients.h"
#include "exits/HealthChecker.h"

#include <QElapsedTimer>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Veil;
using namespace Veil::Test;

namespace {

constexpr int kConnectTimeoutMs = 3000;

Exit httpExit(const QString &id, quint16 port, const QString &region)
{
    Exit e;
    e.id = id;
    e.scheme = ExitScheme::Http;
    e.host = QStringLiteral("127.0.0.1");
    e.port = port;
    e.region = region;
    return e;
}

} // namespace

class TestExitsFailover final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killedExitFailsOverAtOnce();
    void failoverToSocks5ExitSendsOriginForm();
    void deadRegionFailsClosed_data();
    void deadRegionFailsClosed();
    void deadRegionFallsBackDirectWhenAllowed_data();
    void deadRegionFallsBackDirectWhenAllowed();
    void balanceIsStickyPerRegistrableDomain();
    void healthProbesSeeAnExitGoAndComeBack();

private:
    /** Exit mode through @p region; probes go to the local origin only, rarely unless told. */
    Settings routed(const QString &region, const QList<Exit> &exits, SelectionPolicy policy) const;

    PeerEchoOrigin m_origin;
};

Settings TestExitsFailover::routed(const QString &region, const QList<Exit> &exits,
                                   SelectionPolicy policy) const
{
    Settings s = EngineFixture::testSettings();
    s.connectTimeoutMs = kConnectTimeoutMs;
    ExitSettings &x = s.exits;
    x.mode = RoutingMode::Exit;
    x.region = region;
    x.probeUrl = m_origin.url(QStringLiteral("/probe"));
    x.healthIntervalMs = 60000; // only the data path may notice a dead exit, unless a test says so
    x.healthTimeoutMs = 2000;
    x.exits = exits;
    RegionPolicy p;
    p.region = region;
    p.policy = policy;
    for (const Exit &e : exits) {
        p.order.append(e.id);
    }
    x.regions = {p};
    return s;
}

void TestExitsFailover::initTestCase()
{
    QVERIFY(m_origin.listen());
}

void TestExitsFailover::killedExitFailsOverAtOnce()
{
    SquidFixture first(QStringLiteral("127.0.0.6"));
    SquidFixture second(QStringLiteral("127.0.0.7"));
    QVERIFY2(first.start(), qPrintable(first.errorString()));
    QVERIFY2(second.start(), qPrintable(second.errorString()));
    EngineFixture veil;
    QVERIFY2(veil.start(routed(QStringLiteral("NL"),
                               {httpExit(QStringLiteral("nl-first"), first.port(), QStringLiteral("NL")),
                                httpExit(QStringLiteral("nl-second"), second.port(), QStringLiteral("NL"))},
                               SelectionPolicy::Failover)),
             qPrintable(veil.errorString()));

    // A long-lived tunnel through the first exit, proven to work end to end.
    RawClient tunnel(veil.port());
    QVERIFY(tunnel.waitConnected());
    const QByteArray origin = "127.0.0.1:" + QByteArray::number(m_origin.port());
    tunnel.send("CONNECT " + origin + " HTTP/1.1\r\nHost: " + origin + "\r\n\r\n");
    WireMessage established;
    QVERIFY(tunnel.readResponse(&established, true));
    QCOMPARE(established.status, 200);
    tunnel.send("GET /failover/old HTTP/1.1\r\nHost: " + origin + "\r\n\r\n");
    WireMessage old;
    QVERIFY(tunnel.readResponse(&old));
    QCOMPARE(old.body, QByteArray("127.0.0.6"));
    const ProcessResult before =
        curlThrough(veil.port(), "http", m_origin.url(QStringLiteral("/failover/before")));
    QVERIFY2(before.ok(), before.describe().constData());
    QCOMPARE(before.out, QByteArray("127.0.0.6"));

    first.kill();

    // The old stream ends: the client sees the connection close instead of a hang.
    QVERIFY2(tunnel.waitClosed(5000), "the tunnel through the killed exit stayed open");
    // New connections go through the second exit at once, in every protocol, without waiting for a
    // health probe (the interval is a minute).
    for (const QString &mode : proxyModes()) {
        const QByteArray path = "/failover/after/" + mode.toLatin1();
        QElapsedTimer clock;
        clock.start();
        const ProcessResult after =
            curlThrough(veil.port(), mode.toLatin1(), m_origin.url(QString::fromLatin1(path)));
        QVERIFY2(after.ok(), QByteArray(mode.toLatin1() + ": " + after.describe()).constData());
        QCOMPARE(after.out, QByteArray("127.0.0.7"));
        QCOMPARE(m_origin.peersFor(path), QList<QByteArray>{"127.0.0.7"});
        QVERIFY2(clock.elapsed() < kConnectTimeoutMs, QByteArray::number(clock.elapsed()).constData());
    }
    QVERIFY(!veil.engine().exitHealth().get(QStringLiteral("nl-first")).up);
    QVERIFY(veil.engine().exitHealth().get(QStringLiteral("nl-second")).up);
}

void TestExitsFailover::failoverToSocks5ExitSendsOriginForm()
{
    // A region mixing schemes: plain HTTP is prepared for the HTTP exit (absolute form with its
    // Proxy-Authorization), which is dead; the SOCKS5 exit that takes over tunnels to the origin,
    // so the origin must get origin form and no exit credentials.
    const QString user = QStringLiteral("veil-user");
    const QString password = QStringLiteral("Mixed-Region-Pw-1");
    MicrosocksFixture socks(QStringLiteral("127.0.0.14"), user, password);
    QVERIFY2(socks.start(), qPrintable(socks.errorString()));
    Exit dead = httpExit(QStringLiteral("pl-http"), freePort(), QStringLiteral("PL"));
    dead.user = user;
    Exit socksExit = httpExit(QStringLiteral("pl-socks"), socks.port(), QStringLiteral("PL"));
    socksExit.scheme = ExitScheme::Socks5;
    socksExit.user = user;
    EngineFixture veil;
    QVERIFY2(veil.start(routed(QStringLiteral("PL"), {dead, socksExit}, SelectionPolicy::Failover),
                        {{dead.id, password}, {socksExit.id, password}}),
             qPrintable(veil.errorString()));

    for (int attempt = 0; attempt < 2; ++attempt) {
        const QByteArray path = "/mixed-failover/" + QByteArray::number(attempt);
        const ProcessResult r = curlThrough(veil.port(), "http", m_origin.url(QString::fromLatin1(path)));
        QVERIFY2(r.ok(), r.describe().constData());
        QCOMPARE(r.out, QByteArray("127.0.0.14"));
        QList<PeerEchoOrigin::Seen> seen;
        for (const PeerEchoOrigin::Seen &request : m_origin.seen()) {
            if (request.target.endsWith(path)) {
                seen.append(request);
            }
        }
        QCOMPARE(seen.size(), 1);
        QVERIFY2(seen.constFirst().proxyAuthorization.isNull(),
                 seen.constFirst().proxyAuthorization.constData());
        QCOMPARE(seen.constFirst().target, path); // origin form, as to any origin
    }
}

void TestExitsFailover::deadRegionFailsClosed_data()
{
    QTest::addColumn<QByteArray>("mode");
    for (const QString &mode : proxyModes()) {
        QTest::newRow(qPrintable(mode)) << mode.toLatin1();
    }
}

void TestExitsFailover::deadRegionFailsClosed()
{
    QFETCH(QByteArray, mode);
    // Two dead exits: nothing listens on their ports.
    const quint16 portA = freePort();
    quint16 portB = freePort();
    while (portB == portA) {
        portB = freePort();
    }
    EngineFixture veil;
    QVERIFY2(veil.start(routed(QStringLiteral("SE"),
                               {httpExit(QStringLiteral("se-a"), portA, QStringLiteral("SE")),
                                httpExit(QStringLiteral("se-b"), portB, QStringLiteral("SE"))},
                               SelectionPolicy::Failover)),
             qPrintable(veil.errorString()));

    // The first connection finds out that both are dead; the second is refused by the health board.
    for (int attempt = 0; attempt < 2; ++attempt) {
        const QByteArray path = "/fail-closed/" + mode + '/' + QByteArray::number(attempt);
        QElapsedTimer clock;
        clock.start();
        if (mode == "socks5") {
            RawClient client(veil.port());
            QVERIFY(client.waitConnected());
            const int reply = socks5ConnectByName(client, "127.0.0.1", m_origin.port());
            QVERIFY2(reply > 0, QByteArray::number(reply).constData());
            QVERIFY(client.waitClosed());
        } else {
            WireMessage response;
            QVERIFY(rawProxyRequest(veil.port(), mode, "127.0.0.1", m_origin.port(), path, &response));
            QCOMPARE(response.status, 502);
            QVERIFY2(response.body.contains("region SE"), response.body.constData());
        }
        QVERIFY2(clock.elapsed() < kConnectTimeoutMs, QByteArray::number(clock.elapsed()).constData());
        QVERIFY(m_origin.seenFor(path).isEmpty());
    }
    QVERIFY(!veil.engine().exitHealth().get(QStringLiteral("se-a")).up);
    QVERIFY(!veil.engine().exitHealth().get(QStringLiteral("se-b")).up);
}

void TestExitsFailover::deadRegionFallsBackDirectWhenAllowed_data()
{
    deadRegionFailsClosed_data();
}

void TestExitsFailover::deadRegionFallsBackDirectWhenAllowed()
{
    QFETCH(QByteArray, mode);
    // A dead exit: nothing listens on its port.
    Settings s =
        routed(QStringLiteral("SE"), {httpExit(QStringLiteral("se-a"), freePort(), QStringLiteral("SE"))},
               SelectionPolicy::Failover);
    s.exits.fallbackDirect = true;
    EngineFixture veil;
    QVERIFY2(veil.start(s), qPrintable(veil.errorString()));

    // Also the first connection, the one that finds the exit dead, goes direct.
    for (int attempt = 0; attempt < 2; ++attempt) {
        const QByteArray path = "/fallback/" + mode + '/' + QByteArray::number(attempt);
        const ProcessResult r = curlThrough(veil.port(), mode, m_origin.url(QString::fromLatin1(path)));
        QVERIFY2(r.ok(), r.describe().constData());
        QCOMPARE(r.out, QByteArray("127.0.0.1"));
        QCOMPARE(m_origin.peersFor(path), QList<QByteArray>{"127.0.0.1"});
    }
}

void TestExitsFailover::balanceIsStickyPerRegistrableDomain()
{
    // Sites only the exits can resolve; two hosts per registrable domain, some under a
    // multi-label public suffix (co.uk) where "the last two labels" would be wrong.
    QList<QStringList> sites;
    for (int i = 1; i <= 8; ++i) {
        const QString n = QString::number(i);
        sites.append({QStringLiteral("www.site") + n + QStringLiteral(".com"),
                      QStringLiteral("img.site") + n + QStringLiteral(".com")});
        sites.append({QStringLiteral("a.shop") + n + QStringLiteral(".co.uk"),
                      QStringLiteral("b.shop") + n + QStringLiteral(".co.uk")});
    }
    QStringList hosts;
    for (const QStringList &site : std::as_const(sites)) {
        hosts += site;
    }
    SquidFixture a(QStringLiteral("127.0.0.10"));
    SquidFixture b(QStringLiteral("127.0.0.11"));
    a.addHost(QStringLiteral("127.0.0.1"), hosts);
    b.addHost(QStringLiteral("127.0.0.1"), hosts);
    QVERIFY2(a.start(), qPrintable(a.errorString()));
    QVERIFY2(b.start(), qPrintable(b.errorString()));
    EngineFixture veil;
    QVERIFY2(veil.start(routed(QStringLiteral("CH"),
                               {httpExit(QStringLiteral("ch-a"), a.port(), QStringLiteral("CH")),
                                httpExit(QStringLiteral("ch-b"), b.port(), QStringLiteral("CH"))},
                               SelectionPolicy::Balance)),
             qPrintable(veil.errorString()));

    // Plain HTTP (one curl, many URLs over kept-alive connections) and SOCKS5 with host names.
    for (const QByteArray &mode : {QByteArray("http"), QByteArray("socks5")}) {
        QStringList args = curlProxyArgs(veil.port(), mode);
        for (const QString &host : std::as_const(hosts)) {
            args << m_origin.url(host, QStringLiteral("/balance/") + QString::fromLatin1(mode));
        }
        const ProcessResult r = runCurl(args, 60000);
        QVERIFY2(r.ok(), r.describe().constData());
    }
    QHash<QString, QByteArray> exitOfSite; // registrable domain → exit address
    QSet<QByteArray> used;
    for (const QByteArray &mode : {QByteArray("http"), QByteArray("socks5")}) {
        const QList<PeerEchoOrigin::Seen> seen = m_origin.seenFor("/balance/" + mode);
        QCOMPARE(seen.size(), hosts.size());
        for (const QStringList &site : std::as_const(sites)) {
            const QString domain = site.constFirst().section(QLatin1Char('.'), 1);
            for (const QString &host : site) {
                const QByteArray hostHeader = host.toLatin1() + ':' + QByteArray::number(m_origin.port());
                QByteArray peer;
                for (const PeerEchoOrigin::Seen &s : seen) {
                    if (s.host == hostHeader) {
                        QVERIFY2(peer.isEmpty(), hostHeader.constData());
                        peer = s.peer;
                    }
                }
                QVERIFY2(peer == "127.0.0.10" || peer == "127.0.0.11",
                         QByteArray(hostHeader + " via " + peer).constData());
                // Every host of a site, in every protocol, leaves through the same exit.
                QByteArray &expected = exitOfSite[domain];
                if (expected.isEmpty()) {
                    expected = peer;
                }
                QVERIFY2(peer == expected,
                         QByteArray(hostHeader + ": " + peer + " but its site used " + expected).constData());
                used.insert(peer);
            }
        }
    }
    // Sixteen sites do not all land on one exit.
    QCOMPARE(used.size(), 2);
}

void TestExitsFailover::healthProbesSeeAnExitGoAndComeBack()
{
    SquidFixture squid(QStringLiteral("127.0.0.12"));
    QVERIFY2(squid.start(), qPrintable(squid.errorString()));
    Settings s = routed(QStringLiteral("IT"),
                        {httpExit(QStringLiteral("it-squid"), squid.port(), QStringLiteral("IT"))},
                        SelectionPolicy::Failover);
    s.exits.healthIntervalMs = 200;
    s.exits.healthTimeoutMs = 1000;
    s.exits.failuresToMarkDown = 1;
    s.exits.probeUrl = m_origin.url(QStringLiteral("/probe/health"));
    EngineFixture veil;
    QSignalSpy changes(&veil.engine(), &Engine::exitHealthChanged);
    QVERIFY2(veil.start(s), qPrintable(veil.errorString()));
    QVERIFY(veil.engine().healthChecker());
    QSignalSpy probes(veil.engine().healthChecker(), &HealthChecker::probeFinished);

    // A successful probe through the live exit first: it went to the local probe URL.
    QTRY_VERIFY_WITH_TIMEOUT(!probes.isEmpty(), 5000);
    QVERIFY(probes.constFirst().constFirst().value<ProbeResult>().ok);
    QTRY_VERIFY_WITH_TIMEOUT(!m_origin.seenFor("/probe/health").isEmpty(), 5000);
    QCOMPARE(m_origin.seenFor("/probe/health").constLast().peer, QByteArray("127.0.0.12"));
    QVERIFY(changes.isEmpty()); // up from the start: no change to report

    squid.kill();
    QTRY_COMPARE_WITH_TIMEOUT(changes.size(), 1, 5000);
    QCOMPARE(changes.at(0).at(0).toString(), QStringLiteral("it-squid"));
    QCOMPARE(changes.at(0).at(1).toBool(), false);
    QVERIFY2(!changes.at(0).at(2).toString().isEmpty(), "a down exit comes with the reason");
    QVERIFY(!veil.engine().exitHealth().get(QStringLiteral("it-squid")).up);

    QVERIFY2(squid.restart(), qPrintable(squid.errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(changes.size(), 2, 10000);
    QCOMPARE(changes.at(1).at(0).toString(), QStringLiteral("it-squid"));
    QCOMPARE(changes.at(1).at(1).toBool(), true);
    QVERIFY(veil.engine().exitHealth().get(QStringLiteral("it-squid")).up);
    const ProcessResult r = curlThrough(veil.port(), "http", m_origin.url(QStringLiteral("/health/back")));
    QVERIFY2(r.ok(), r.describe().constData());
    QCOMPARE(r.out, QByteArray("127.0.0.12"));
}

QTEST_GUILESS_MAIN(TestExitsFailover)
#include "tst_exits_failover.moc"
