// Blocklist subscriptions in the running engine: the list is fetched through Veil's own listener
// from a scripted origin on loopback, stored, then blocks; rechecks are conditional; a failed or
// suspicious download keeps the last good copy; a restart uses the stored copy and its schedule;
// the download obeys the user's rules like any other request.

#include "EngineTest.h"
#include "TestSupport.h"
#include "rules/BlocklistUpdater.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Veil::Test;
using Veil::BlocklistConfig;
using Veil::Settings;
using Veil::SubscriptionState;

namespace {

/** A list of @p count host rules plus "||blocked.test^". */
QByteArray listOf(int count)
{
    QByteArray text = "! Title: subscription test\n||blocked.test^\n";
    for (int i = 1; i < count; ++i) {
        text += "||host" + QByteArray::number(i) + ".example^\n";
    }
    return text;
}

} // namespace

class TestEngineSubscriptions : public EngineTest
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void fetchesThroughVeilStoresAndBlocks();
    void recheckIsConditional();
    void badUpdatesKeepTheLastGoodCopy_data();
    void badUpdatesKeepTheLastGoodCopy();
    void restartUsesTheStoredCopyAndSchedule();
    void downloadObeysTheRules();
    void config_data();
    void config();
    void storagePathStaysInItsFolder();

private:
    Settings subscribed(int refreshHours = 24) const;
    /** Waits for the next finished check of "sub" and returns its state. */
    SubscriptionState waitForCheck(QSignalSpy &spy);
    bool blocks(const QByteArray &host);
    int listRequests() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QByteArray m_body;
    int m_status = 200;
    QByteArray m_etag = "\"v1\"";
};

void TestEngineSubscriptions::init()
{
    EngineTest::init();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_body = listOf(150);
    m_status = 200;
    m_etag = "\"v1\"";
    m_origin->setResponder([this](ScriptedOrigin::Connection &c, const WireMessage &request) {
        if (!request.target.endsWith("/list.txt")) {
            ScriptedOrigin::respond(c, "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n");
            return;
        }
        if (m_status == 200 && request.header("If-None-Match") == m_etag) {
            ScriptedOrigin::respond(c, "HTTP/1.1 304 Not Modified\r\nETag: " + m_etag + "\r\n\r\n");
            return;
        }
        const QByteArray body = m_status == 200 ? m_body : QByteArray("server trouble");
        ScriptedOrigin::respond(c, "HTTP/1.1 " + QByteArray::number(m_status) + " X\r\nETag: " + m_etag +
                                       "\r\nCache-Control: no-store\r\nContent-Length: " +
                                       QByteArray::number(body.size()) + "\r\n\r\n" + body);
    });
}

Settings TestEngineSubscriptions::subscribed(int refreshHours) const
{
    Settings s = EngineFixture::testSettings();
    BlocklistConfig list;
    list.name = QStringLiteral("sub");
    list.url = QString::fromLatin1(m_origin->url("/list.txt"));
    list.path = m_dir->filePath(QStringLiteral("sub.txt"));
    list.refreshHours = refreshHours;
    s.rules.blocklists = {list};
    return s;
}

SubscriptionState TestEngineSubscriptions::waitForCheck(QSignalSpy &spy)
{
    for (;;) {
        if (spy.isEmpty() && !spy.wait(kTimeoutMs)) {
            return {};
        }
        const auto state = spy.takeFirst().at(0).value<SubscriptionState>();
        if (!state.updating) {
            return state;
        }
    }
}

bool TestEngineSubscriptions::blocks(const QByteArray &host)
{
    RawClient client(veilPort());
    if (!client.waitConnected()) {
        return false;
    }
    client.send("GET http://" + host + "/ HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
    WireMessage response;
    return client.readResponse(&response) && response.status == 403;
}

int TestEngineSubscriptions::listRequests() const
{
    int n = 0;
    for (const WireMessage &r : m_origin->requests()) {
        n += r.target.endsWith("/list.txt") ? 1 : 0;
    }
    return n;
}

void TestEngineSubscriptions::fetchesThroughVeilStoresAndBlocks()
{
    QVERIFY(restartVeil(subscribed()));
    QSignalSpy states2(&m_veil->engine(), &Veil::Engine::subscriptionStateChanged);
    QSignalSpy loaded2(&m_veil->engine(), &Veil::Engine::blocklistsLoaded);

    const SubscriptionState state = waitForCheck(states2);
    QVERIFY2(state.error.isEmpty(), qPrintable(state.error));
    QCOMPARE(state.rules, 150);
    QCOMPARE(state.etag, m_etag);
    QVERIFY(state.lastUpdated.isValid());
    QVERIFY(loaded2.wait(kTimeoutMs));
    // Veil's own listener carried the download (its request counter saw it).
    QVERIFY(m_veil->engine().stats().requests.load() >= 1);
    QCOMPARE(listRequests(), 1);
    QVERIFY(m_origin->requests().constLast().header("User-Agent").startsWith("Veil/"));

    QFile copy(m_dir->filePath(QStringLiteral("sub.txt")));
    QVERIFY(copy.open(QIODevice::ReadOnly));
    QCOMPARE(copy.readAll(), m_body);
    QVERIFY(QFile::exists(m_dir->filePath(QStringLiteral("sub.txt.state.json"))));
    QVERIFY(blocks("blocked.test"));
    QVERIFY(blocks("www.host7.example"));
    QVERIFY(!blocks("free.test"));
    const QList<SubscriptionState> all = m_veil->engine().subscriptionStates();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.constFirst().name, QStringLiteral("sub"));
}

void TestEngineSubscriptions::recheckIsConditional()
{
    QVERIFY(restartVeil(subscribed()));
    QSignalSpy states(&m_veil->engine(), &Veil::Engine::subscriptionStateChanged);
    QSignalSpy loaded(&m_veil->engine(), &Veil::Engine::blocklistsLoaded);
    const SubscriptionState first = waitForCheck(states);
    QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
    QVERIFY(loaded.wait(kTimeoutMs));
    m_veil->engine().updateBlocklists(QStringLiteral("sub"));
    const SubscriptionState second = waitForCheck(states);
    QVERIFY2(second.error.isEmpty(), qPrintable(second.error));
    QCOMPARE(listRequests(), 2);
    QCOMPARE(m_origin->requests().constLast().header("If-None-Match"), m_etag);
    QVERIFY(second.lastChecked >= first.lastChecked);
    QCOMPARE(second.lastUpdated, first.lastUpdated); // 304: the copy was not replaced
    QVERIFY(blocks("blocked.test"));
}

void TestEngineSubscriptions::badUpdatesKeepTheLastGoodCopy_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("error");
    QTest::newRow("server error") << 500 << QByteArray() << QStringLiteral("500");
    QTest::newRow("captive portal page")
        << 200 << QByteArray("<html><body>Log in to the Wi-Fi</body></html>") << QStringLiteral("no rules");
    QTest::newRow("truncated list") << 200 << listOf(5) << QStringLiteral("only 5 rules");
}

void TestEngineSubscriptions::badUpdatesKeepTheLastGoodCopy()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, error);
    QVERIFY(restartVeil(subscribed()));
    QSignalSpy states(&m_veil->engine(), &Veil::Engine::subscriptionStateChanged);
    QSignalSpy loaded(&m_veil->engine(), &Veil::Engine::blocklistsLoaded);
    QVERIFY(waitForCheck(states).error.isEmpty());
    QVERIFY(loaded.wait(kTimeoutMs)); // the new copy is compiled and in force
    QVERIFY(blocks("blocked.test"));

    m_status = status;
    if (!body.isEmpty()) {
        m_body = body;
        m_etag = "\"v2\"";
    }
    m_veil->engine().updateBlocklists(QStringLiteral("sub"));
    const SubscriptionState failed = waitForCheck(states);
    QVERIFY2(failed.error.contains(error), qPrintable(failed.error));
    QCOMPARE(failed.rules, 150);
    QCOMPARE(failed.etag, QByteArray("\"v1\"")); // the validators of the copy in use stay
    QFile copy(m_dir->filePath(QStringLiteral("sub.txt")));
    QVERIFY(copy.open(QIODevice::ReadOnly));
    QCOMPARE(copy.readAll(), listOf(150));
    QVERIFY(blocks("blocked.test"));
    QVERIFY(blocks("host140.example"));
}

void TestEngineSubscriptions::restartUsesTheStoredCopyAndSchedule()
{
    QVERIFY(restartVeil(subscribed()));
    {
        QSignalSpy states(&m_veil->engine(), &Veil::Engine::subscriptionStateChanged);
        QVERIFY(waitForCheck(states).error.isEmpty());
    }
    m_veil->stopNow();
    m_status = 500; // the origin is broken from now on
    QVERIFY(restartVeil(subscribed()));
    // The stored copy is in force from the first connection; the check is not due for 24 hours.
    QVERIFY(blocks("blocked.test"));
    const QList<SubscriptionState> all = m_veil->engine().subscriptionStates();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.constFirst().rules, 150);
    QVERIFY(!all.constFirst().updating);
    QCOMPARE(listRequests(), 1);
}

void TestEngineSubscriptions::downloadObeysTheRules()
{
    Settings s = subscribed();
    Veil::Rule rule;
    rule.id = QStringLiteral("no-lists");
    rule.type = Veil::RuleType::IpCidr;
    rule.value = QStringLiteral("127.0.0.1/32");
    rule.action.kind = Veil::RuleAction::Kind::Block;
    s.rules.rules = {rule};
    QVERIFY(restartVeil(s));
    QSignalSpy states(&m_veil->engine(), &Veil::Engine::subscriptionStateChanged);
    const SubscriptionState state = waitForCheck(states);
    QVERIFY2(state.error.contains(QStringLiteral("403")), qPrintable(state.error));
    QCOMPARE(listRequests(), 0); // Veil refused it; it never reached the origin
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("sub.txt"))));
}

void TestEngineSubscriptions::config_data()
{
    QTest::addColumn<QJsonObject>("entry");
    QTest::addColumn<bool>("valid");
    const QString url = QStringLiteral("https://lists.example/easylist.txt");
    QTest::newRow("url only") << QJsonObject{{QStringLiteral("url"), url}} << true;
    QTest::newRow("url and path") << QJsonObject{{QStringLiteral("url"), url},
                                                 {QStringLiteral("path"), QStringLiteral("/tmp/x.txt")}}
                                  << true;
    QTest::newRow("refresh 0") << QJsonObject{{QStringLiteral("url"), url},
                                              {QStringLiteral("refreshHours"), 0}}
                               << true;
    QTest::newRow("ftp") << QJsonObject{{QStringLiteral("url"), QStringLiteral("ftp://lists.example/a.txt")}}
                         << false;
    QTest::newRow("credentials") << QJsonObject{{QStringLiteral("url"),
                                                 QStringLiteral("https://u:p@lists.example/a.txt")}}
                                 << false;
    QTest::newRow("no host") << QJsonObject{{QStringLiteral("url"), QStringLiteral("https:///a.txt")}}
                             << false;
    QTest::newRow("not a string") << QJsonObject{{QStringLiteral("url"), 7}} << false;
    QTest::newRow("refresh negative")
        << QJsonObject{{QStringLiteral("url"), url}, {QStringLiteral("refreshHours"), -1}} << false;
    QTest::newRow("refresh fraction")
        << QJsonObject{{QStringLiteral("url"), url}, {QStringLiteral("refreshHours"), 1.5}} << false;
    QTest::newRow("refresh text") << QJsonObject{{QStringLiteral("url"), url},
                                                 {QStringLiteral("refreshHours"), QStringLiteral("24")}}
                                  << false;
    QTest::newRow("neither path nor url")
        << QJsonObject{{QStringLiteral("name"), QStringLiteral("x")}} << false;
}

void TestEngineSubscriptions::config()
{
    QFETCH(QJsonObject, entry);
    QFETCH(bool, valid);
    Veil::RuleSettings rules;
    QStringList errors;
    rules.applyJson(QJsonObject{{QStringLiteral("blocklists"), QJsonArray{entry}}}, &errors);
    QCOMPARE(rules.blocklists.size(), valid ? 1 : 0);
    QCOMPARE(errors.isEmpty(), valid);
    if (valid) {
        const BlocklistConfig &b = rules.blocklists.constFirst();
        QVERIFY(b.isSubscription());
        QCOMPARE(b.name, QStringLiteral("easylist"));
        // Round trip.
        Veil::RuleSettings again;
        again.applyJson(rules.toJson(), &errors);
        QVERIFY(errors.isEmpty());
        QCOMPARE(again.blocklists, rules.blocklists);
        QVERIFY(!b.storagePath().isEmpty());
    }
}

void TestEngineSubscriptions::storagePathStaysInItsFolder()
{
    BlocklistConfig a;
    a.url = QStringLiteral("https://lists.example/x.txt");
    a.name = QStringLiteral("../../etc/passwd");
    BlocklistConfig b = a;
    b.name = QStringLiteral("__.._etc_passwd");
    const QString pathA = a.storagePath();
    QVERIFY2(!pathA.contains(QStringLiteral("..")), qPrintable(pathA));
    QVERIFY(pathA.endsWith(QStringLiteral(".txt")));
    QCOMPARE(QFileInfo(pathA).absolutePath(), QFileInfo(b.storagePath()).absolutePath());
    QVERIFY(pathA != b.storagePath()); // names that differ only in replaced characters stay apart
}

QTEST_MAIN(TestEngineSubscriptions)
#include "tst_engine_subscriptions.moc"
