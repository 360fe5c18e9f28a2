// Rules and blocklists in the running engine, driven by real curl: blocked hosts over HTTP, CONNECT
// and SOCKS5, a subdomain exception, a URL pattern on plain HTTP, an exit:REGION rule carried by
// a second engine as the exit, counters and log reasons, and a list swapped in while a tunnel is
// live. Names resolve through a test DNS-over-HTTPS server to the loopback origin.

#include "DohServer.h"
#include "EngineFixture.h"
#include "ProxyClients.h"
#include "RawClient.h"
#include "ScriptedOrigin.h"
#include "TestSupport.h"
#include "exits/Exit.h"
#include "rules/Policy.h"
#include "traffic/EventHub.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Veil::Test;
using Veil::Settings;

namespace {

constexpr int kTimeoutMs = RawClient::DefaultTimeoutMs;

const QByteArray kList = "! Title: test list\n"
                         "||ads.test^\n"
                         "@@||ok.ads.test^\n"
                         "||site.test^*/ads/\n" // '^' takes the port: the origin is not on 80

                         "0.0.0.0 tracker.test\n";

} // namespace

class TestEngineRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void blockedHost_data();
    void blockedHost();
    void blockedHostSocks5ReplyIs0x02();
    void subdomainExceptionIsAllowed_data();
    void subdomainExceptionIsAllowed();
    void urlPatternBlocksPlainHttpOnly();
    void userRulesAndCounters();
    void exitRegionRuleSendsHostThroughExit();
    void hotSwapKeepsLiveTunnel();

private:
    Settings listSettings(const QByteArray &list);
    QString writeList(const QString &name, const QByteArray &text);
    QString url(const QByteArray &host, const QByteArray &path = "/") const;

    std::unique_ptr<ScriptedOrigin> m_origin;
    std::unique_ptr<DohServer> m_doh;
    std::unique_ptr<EngineFixture> m_veil;
    QTemporaryDir m_dir;
};

void TestEngineRules::init()
{
    QVERIFY(m_dir.isValid());
    m_origin = std::make_unique<ScriptedOrigin>();
    QVERIFY(m_origin->listen());
    m_doh = std::make_unique<DohServer>();
    QVERIFY(m_doh->listen());
    for (const QByteArray name : {"site.test", "ok.ads.test", "other.test", "exit-only.test"}) {
        m_doh->setRecord(name, {{QHostAddress(QStringLiteral("127.0.0.1"))}, 60, {}, 0, 200});
    }
    m_veil = std::make_unique<EngineFixture>();
}

void TestEngineRules::cleanup()
{
    m_veil.reset();
    m_doh.reset();
    m_origin.reset();
}

QString TestEngineRules::writeList(const QString &name, const QByteArray &text)
{
    const QString path = m_dir.filePath(name + QStringLiteral(".txt"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size()) {
        return {};
    }
    return path;
}

Settings TestEngineRules::listSettings(const QByteArray &list)
{
    Settings s = EngineFixture::testSettings();
    s.exits.dohUrl = m_doh->url();
    s.rules.blocklists.append(
        Veil::BlocklistConfig{QStringLiteral("ads"), writeList(QStringLiteral("ads"), list)});
    return s;
}

QString TestEngineRules::url(const QByteArray &host, const QByteArray &path) const
{
    return QStringLiteral("http://%1:%2%3")
        .arg(QString::fromLatin1(host))
        .arg(m_origin->port())
        .arg(QString::fromLatin1(path));
}

void TestEngineRules::blockedHost_data()
{
    QTest::addColumn<QByteArray>("mode");
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<QByteArray>("why");
    for (const QString &mode : proxyModes()) {
        const QByteArray m = mode.toLatin1();
        QTest::addRow("%s ||ads.test^", m.constData())
            << m << QByteArray("x.ads.test") << QByteArray("line 2: ||ads.test^");
        QTest::addRow("%s hosts line", m.constData())
            << m << QByteArray("tracker.test") << QByteArray("line 5: tracker.test");
    }
}

void TestEngineRules::blockedHost()
{
    QFETCH(QByteArray, mode);
    QFETCH(QByteArray, host);
    QFETCH(QByteArray, why);
    QVERIFY2(m_veil->start(listSettings(kList)), qPrintable(m_veil->errorString()));
    const ProcessResult curl = curlThrough(m_veil->port(), mode, url(host));
    QVERIFY(curl.started && curl.finished);
    if (mode == "http") {
        // curl shows the 403 page of a plain request; -f is not used so the body is on stdout.
        QVERIFY2(curl.out.contains("403 Forbidden"), curl.out.constData());
        QVERIFY2(curl.out.contains(QByteArray("blocked by list ads, " + why)), curl.out.constData());
    } else if (mode == "connect") {
        QVERIFY2(curl.exitCode == 56 && curl.err.contains("403"), curl.describe().constData());
    } else {
        QVERIFY2(curl.exitCode == 97, curl.describe().constData()); // CURLE_PROXY: the SOCKS5 reply refused
    }
    QCOMPARE(m_origin->acceptedCount(), 0);
    QCOMPARE(m_doh->queries(host), 0); // blocked before any lookup

    bool logged = false;
    for (const Veil::TrafficEvent &e : m_veil->engine().eventHub()->drain()) {
        if (e.phase == Veil::TrafficEvent::Phase::End && e.host == host) {
            QCOMPARE(e.decision, Veil::TrafficDecision::Block);
            QVERIFY2(e.reason.contains(QString::fromLatin1(why)), qPrintable(e.reason));
            logged = true;
        }
    }
    QVERIFY(logged);
    QCOMPARE(m_veil->engine().policyCounters().value(Veil::PolicyCounters::listKey(QStringLiteral("ads"))),
             1);
}

void TestEngineRules::blockedHostSocks5ReplyIs0x02()
{
    QVERIFY2(m_veil->start(listSettings(kList)), qPrintable(m_veil->errorString()));
    RawClient client(m_veil->port());
    QVERIFY(client.waitConnected());
    QCOMPARE(socks5ConnectByName(client, "x.ads.test", m_origin->port()), 0x02);
    WireMessage response;
    QVERIFY(rawProxyRequest(m_veil->port(), "connect", "x.ads.test", m_origin->port(), "/", &response));
    QCOMPARE(response.status, 403);
    QVERIFY(response.body.contains("||ads.test^"));
}

void TestEngineRules::subdomainExceptionIsAllowed_data()
{
    QTest::addColumn<QByteArray>("mode");
    for (const QString &mode : proxyModes()) {
        QTest::addRow("%s", qPrintable(mode)) << mode.toLatin1();
    }
}

void TestEngineRules::subdomainExceptionIsAllowed()
{
    QFETCH(QByteArray, mode);
    QVERIFY2(m_veil->start(listSettings(kList)), qPrintable(m_veil->errorString()));
    const ProcessResult curl = curlThrough(m_veil->port(), mode, url("ok.ads.test", "/fine"));
    QVERIFY2(curl.ok(), curl.describe().constData());
    QCOMPARE(curl.out, QByteArray("hello from /fine"));
    QCOMPARE(m_origin->requests().size(), 1);
    // A tunnel's end record follows its close, which may come after curl is done: wait for it.
    // (QTRY_* evaluates once more after success, so the check must not consume what it found.)
    Veil::TrafficEvent end;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const Veil::TrafficEvent &e : m_veil->engine().eventHub()->drain()) {
                if (e.phase == Veil::TrafficEvent::Phase::End && e.host == "ok.ads.test") {
                    end = e;
                }
            }
            return !end.host.isEmpty();
        }(),
        kTimeoutMs);
    QCOMPARE(end.decision, Veil::TrafficDecision::Direct);
    QVERIFY2(end.reason.contains(QStringLiteral("@@||ok.ads.test^ (overrides ||ads.test^)")),
             qPrintable(end.reason));
}

void TestEngineRules::urlPatternBlocksPlainHttpOnly()
{
    QVERIFY2(m_veil->start(listSettings(kList)), qPrintable(m_veil->errorString()));
    ProcessResult curl = curlThrough(m_veil->port(), "http", url("site.test", "/ads/banner.gif"));
    QVERIFY2(curl.out.contains("blocked by list ads, line 4: ||site.test^*/ads/"), curl.out.constData());
    QCOMPARE(m_origin->requests().size(), 0);

    curl = curlThrough(m_veil->port(), "http", url("site.test", "/page"));
    QVERIFY2(curl.ok(), curl.describe().constData());
    QCOMPARE(curl.out, QByteArray("hello from /page"));

    // In a tunnel the path is not visible to Veil: the URL filter cannot apply.
    curl = curlThrough(m_veil->port(), "connect", url("site.test", "/ads/banner.gif"));
    QVERIFY2(curl.ok(), curl.describe().constData());
    QCOMPARE(curl.out, QByteArray("hello from /ads/banner.gif"));
    QCOMPARE(m_origin->requests().size(), 2);
}

void TestEngineRules::userRulesAndCounters()
{
    Settings s = listSettings(kList);
    Veil::Rule allow;
    allow.id = QStringLiteral("allow-ads");
    allow.type = Veil::RuleType::Domain;
    allow.value = QStringLiteral("x.ads.test");
    allow.action.kind = Veil::RuleAction::Kind::Allow;
    Veil::Rule block;
    block.id = QStringLiteral("no-other");
    block.type = Veil::RuleType::DomainSuffix;
    block.value = QStringLiteral("other.test");
    block.action.kind = Veil::RuleAction::Kind::Block;
    s.rules.rules = {block, allow};
    m_doh->setRecord("x.ads.test", {{QHostAddress(QStringLiteral("127.0.0.1"))}, 60, {}, 0, 200});
    QVERIFY2(m_veil->start(s), qPrintable(m_veil->errorString()));

    for (int i = 0; i < 2; ++i) {
        const ProcessResult curl = curlThrough(m_veil->port(), "http", url("www.other.test"));
        QVERIFY2(curl.out.contains("blocked by rule no-other (domain-suffix other.test)"),
                 curl.out.constData());
    }
    const ProcessResult allowed = curlThrough(m_veil->port(), "connect", url("x.ads.test", "/allowed"));
    QVERIFY2(allowed.ok(), allowed.describe().constData()); // the allow rule beats the list
    QCOMPARE(allowed.out, QByteArray("hello from /allowed"));

    const Veil::PolicyCounters &counters = m_veil->engine().policyCounters();
    QCOMPARE(counters.value(Veil::PolicyCounters::ruleKey(QStringLiteral("no-other"))), 2);
    QCOMPARE(counters.value(Veil::PolicyCounters::ruleKey(QStringLiteral("allow-ads"))), 1);
    QCOMPARE(counters.value(Veil::PolicyCounters::listKey(QStringLiteral("ads"))), 0);

    // "Test a URL" on the live snapshot says the same, without counting.
    const Veil::PolicyDecision d =
        m_veil->engine().context()->policy->explain(QStringLiteral("https://www.other.test/x"));
    QVERIFY(d.blocked());
    QCOMPARE(d.ruleId, QStringLiteral("no-other"));
    QCOMPARE(counters.value(Veil::PolicyCounters::ruleKey(QStringLiteral("no-other"))), 2);
}

void TestEngineRules::exitRegionRuleSendsHostThroughExit()
{
    // The exit is a second Veil engine (it resolves the name itself, through the same test DoH).
    EngineFixture exit;
    Settings exitSettings = EngineFixture::testSettings();
    exitSettings.exits.dohUrl = m_doh->url();
    QVERIFY2(exit.start(exitSettings), qPrintable(exit.errorString()));

    Settings s = EngineFixture::testSettings();
    s.exits.dohUrl = m_doh->url();
    s.exits.exits.append(*Veil::parseExitUrl(QStringLiteral("http://127.0.0.1:%1#DE").arg(exit.port())).exit);
    s.exits.mode = Veil::RoutingMode::Rules;
    s.exits.probeUrl = QString::fromLatin1(m_origin->url("/probe"));
    s.exits.healthIntervalMs = 3600000;
    Veil::Rule de;
    de.id = QStringLiteral("via-de");
    de.type = Veil::RuleType::DomainSuffix;
    de.value = QStringLiteral("exit-only.test");
    de.action = Veil::RuleAction{Veil::RuleAction::Kind::Exit, QStringLiteral("DE")};
    Veil::Rule rest;
    rest.id = QStringLiteral("rest");
    rest.type = Veil::RuleType::Final;
    rest.action.kind = Veil::RuleAction::Kind::Direct;
    s.rules.rules = {de, rest};
    QVERIFY2(m_veil->start(s), qPrintable(m_veil->errorString()));

    auto carriedByExit = [&exit](const QByteArray &host) {
        int n = 0;
        for (const Veil::TrafficEvent &e : exit.engine().eventHub()->drain()) {
            n += (e.phase == Veil::TrafficEvent::Phase::Start && e.host == host) ? 1 : 0;
        }
        return n;
    };
    for (const QString &mode : proxyModes()) {
        const ProcessResult viaExit =
            curlThrough(m_veil->port(), mode.toLatin1(), url("exit-only.test", "/de"));
        QVERIFY2(viaExit.ok(), viaExit.describe().constData());
        QCOMPARE(viaExit.out, QByteArray("hello from /de"));
        QCOMPARE(carriedByExit("exit-only.test"), 1);

        const ProcessResult direct =
            curlThrough(m_veil->port(), mode.toLatin1(), url("other.test", "/direct"));
        QVERIFY2(direct.ok(), direct.describe().constData());
        QCOMPARE(carriedByExit("other.test"), 0);
    }
    bool sawExit = false;
    bool sawDirect = false;
    QList<Veil::TrafficEvent> events;
    // Tunnels record their end after closing; wait until all six connections have ended.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            events += m_veil->engine().eventHub()->drain();
            return std::count_if(events.cbegin(), events.cend(), [](const Veil::TrafficEvent &e) {
                       return e.phase == Veil::TrafficEvent::Phase::End &&
                              (e.host == "exit-only.test" || e.host == "other.test");
                   }) == 6;
        }(),
        kTimeoutMs);
    for (const Veil::TrafficEvent &e : events) {
        if (e.phase != Veil::TrafficEvent::Phase::End) {
            continue;
        }
        if (e.host == "exit-only.test") {
            QCOMPARE(e.decision, Veil::TrafficDecision::Exit);
            QVERIFY2(e.reason.contains(QStringLiteral("exit DE by rule via-de")), qPrintable(e.reason));
            sawExit = true;
        } else if (e.host == "other.test") {
            QCOMPARE(e.decision, Veil::TrafficDecision::Direct);
            QVERIFY2(e.reason.contains(QStringLiteral("direct by rule rest (final)")), qPrintable(e.reason));
            sawDirect = true;
        }
    }
    QVERIFY(sawExit && sawDirect);
}

void TestEngineRules::hotSwapKeepsLiveTunnel()
{
    Settings s = EngineFixture::testSettings();
    s.exits.dohUrl = m_doh->url();
    QVERIFY2(m_veil->start(s), qPrintable(m_veil->errorString()));

    RawClient tunnel(m_veil->port());
    QVERIFY(tunnel.waitConnected());
    const QByteArray authority = "site.test:" + QByteArray::number(m_origin->port());
    tunnel.send("CONNECT " + authority + " HTTP/1.1\r\nHost: " + authority + "\r\n\r\n");
    WireMessage established;
    QVERIFY(tunnel.readResponse(&established, true));
    QCOMPARE(established.status, 200);
    auto getThroughTunnel = [&](const QByteArray &path) {
        tunnel.send("GET " + path + " HTTP/1.1\r\nHost: " + authority + "\r\n\r\n");
        WireMessage response;
        return tunnel.readResponse(&response) ? response.body : QByteArray("(no response)");
    };
    QCOMPARE(getThroughTunnel("/before"), QByteArray("hello from /before"));

    // Swap in a list blocking site.test; it compiles on a pool thread.
    QSignalSpy loaded(&m_veil->engine(), &Veil::Engine::blocklistsLoaded);
    Settings blocked = s;
    blocked.rules.blocklists.append(
        Veil::BlocklistConfig{QStringLiteral("swap"), writeList(QStringLiteral("swap"), "||site.test^\n")});
    m_veil->engine().applySettings(blocked);
    QVERIFY(loaded.wait(kTimeoutMs));
    const auto reports = loaded.at(0).at(0).value<QList<Veil::BlocklistReport>>();
    QCOMPARE(reports.size(), 1);
    QCOMPARE(reports.at(0).hostRules, 1);

    WireMessage refused;
    QVERIFY(rawProxyRequest(m_veil->port(), "connect", "site.test", m_origin->port(), "/", &refused));
    QCOMPARE(refused.status, 403);
    QVERIFY(refused.body.contains("blocked by list swap, line 1: ||site.test^"));

    // The tunnel opened before the swap keeps its snapshot and keeps working.
    QCOMPARE(getThroughTunnel("/after"), QByteArray("hello from /after"));

    // Removing the list again swaps back (again off the data path).
    m_veil->engine().applySettings(s);
    QVERIFY(loaded.wait(kTimeoutMs));
    const ProcessResult curl = curlThrough(m_veil->port(), "connect", url("site.test", "/again"));
    QVERIFY2(curl.ok(), curl.describe().constData());
}

QTEST_GUILESS_MAIN(TestEngineRules)
#include "tst_engine_rules.moc"
