// Privacy filters in the running engine, driven by real curl: the origin sees the cleaned URL
// (settings list and a "$removeparam" list filter), the trimmed Referer, Sec-GPC and the
// overridden User-Agent, and the traffic event lists each change; an exception host, the filters
// switched off and a CONNECT tunnel reach the origin untouched; the cache keys the cleaned URL.

#include "DohServer.h"
#include "EngineFixture.h"
#include "ProxyClients.h"
#include "RawClient.h"
#include "ScriptedOrigin.h"
#include "TestSupport.h"
#include "cache/CacheStore.h"
#include "traffic/EventHub.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Veil::Test;
using Veil::Settings;

namespace {

constexpr int kTimeoutMs = RawClient::DefaultTimeoutMs;
const QByteArray kPage = "http://news.example.com/story?id=7";
const QByteArray kTracked = "/p?utm_source=mail&q=1&sid=abc&fbclid=XYZ";

} // namespace

class TestEnginePrivacy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void originSeesCleanedRequest();
    void untouched_data();
    void untouched();
    void cacheKeyIsTheCleanedUrl();

private:
    Settings privacySettings();
    ProcessResult fetch(const QByteArray &mode, const QByteArray &host, const QByteArray &path);
    /** The End record of the request to @p host (waits for it: a tunnel ends after it closes). */
    Veil::TrafficEvent endOf(const QByteArray &host);

    std::unique_ptr<ScriptedOrigin> m_origin;
    std::unique_ptr<DohServer> m_doh;
    std::unique_ptr<EngineFixture> m_veil;
    QTemporaryDir m_dir;
};

void TestEnginePrivacy::init()
{
    QVERIFY(m_dir.isValid());
    m_origin = std::make_unique<ScriptedOrigin>();
    QVERIFY(m_origin->listen());
    m_doh = std::make_unique<DohServer>();
    QVERIFY(m_doh->listen());
    for (const QByteArray name : {"site.test", "www.shop.test"}) {
        m_doh->setRecord(name, {{QHostAddress(QStringLiteral("127.0.0.1"))}, 60, {}, 0, 200});
    }
    m_veil = std::make_unique<EngineFixture>();
}

void TestEnginePrivacy::cleanup()
{
    m_veil.reset();
    m_doh.reset();
    m_origin.reset();
}

Settings TestEnginePrivacy::privacySettings()
{
    Settings s = EngineFixture::testSettings();
    s.exits.dohUrl = m_doh->url();
    s.privacy = Veil::PrivacySettings();
    s.privacy.userAgent = QStringLiteral("VeilTest/1.0");
    s.privacy.exceptions = {QStringLiteral("shop.test")};
    const QString path = m_dir.filePath(QStringLiteral("privacy.txt"));
    QFile file(path);
    const QByteArray list = "! removeparam only\n||site.test^$removeparam=sid\n";
    if (file.open(QIODevice::WriteOnly) && file.write(list) == list.size()) {
        s.rules.blocklists.append(Veil::BlocklistConfig{QStringLiteral("privacy"), path});
    }
    return s;
}

ProcessResult TestEnginePrivacy::fetch(const QByteArray &mode, const QByteArray &host, const QByteArray &path)
{
    const QString url = QStringLiteral("http://%1:%2").arg(QString::fromLatin1(host)).arg(m_origin->port()) +
                        QString::fromLatin1(path);
    return runCurl(curlProxyArgs(m_veil->port(), mode)
                   << QStringLiteral("-A") << QStringLiteral("curl-test") << QStringLiteral("-e")
                   << QString::fromLatin1(kPage) << url);
}

Veil::TrafficEvent TestEnginePrivacy::endOf(const QByteArray &host)
{
    Veil::TrafficEvent end;
    (void)QTest::qWaitFor(
        [&] {
            for (const Veil::TrafficEvent &e : m_veil->engine().eventHub()->drain()) {
                if (e.phase == Veil::TrafficEvent::Phase::End && e.host == host) {
                    end = e;
                }
            }
            return !end.host.isEmpty();
        },
        kTimeoutMs);
    return end; // an empty host when none came: the caller's checks fail
}

void TestEnginePrivacy::originSeesCleanedRequest()
{
    QVERIFY2(m_veil->start(privacySettings()), qPrintable(m_veil->errorString()));
    const ProcessResult curl = fetch("http", "site.test", kTracked);
    QVERIFY2(curl.ok(), curl.describe().constData());
    QCOMPARE(m_origin->requests().size(), 1);
    const WireMessage &seen = m_origin->requests().constFirst();
    QCOMPARE(seen.target, QByteArray("/p?q=1"));
    QCOMPARE(curl.out, QByteArray("hello from /p?q=1"));
    QCOMPARE(seen.header("Referer"), QByteArray("http://news.example.com/"));
    QCOMPARE(seen.header("Sec-GPC"), QByteArray("1"));
    QVERIFY(!seen.hasHeader("DNT"));
    QCOMPARE(seen.headerCount("User-Agent"), 1);
    QCOMPARE(seen.header("User-Agent"), QByteArray("VeilTest/1.0"));

    const Veil::TrafficEvent end = endOf("site.test");
    QCOMPARE(end.host, QByteArray("site.test"));
    QCOMPARE(end.privacy, QByteArray("referer:origin,gpc,ua,param:utm_source,param:sid,param:fbclid"));
    QCOMPARE(end.path, QByteArray("/p?q=1")); // the log keeps no stripped tracking id
    QVERIFY2(Veil::formatTrafficText(end).contains(
                 " privacy=referer:origin,gpc,ua,param:utm_source,param:sid,param:fbclid"),
             Veil::formatTrafficText(end).constData());
    QVERIFY2(Veil::formatTrafficJson(end).contains(
                 R"("privacy":["referer:origin","gpc","ua","param:utm_source","param:sid","param:fbclid"])"),
             Veil::formatTrafficJson(end).constData());
}

void TestEnginePrivacy::untouched_data()
{
    QTest::addColumn<QByteArray>("mode");
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<bool>("enabled");
    QTest::newRow("exception host") << QByteArray("http") << QByteArray("www.shop.test") << true;
    QTest::newRow("filters off") << QByteArray("http") << QByteArray("site.test") << false;
    QTest::newRow("connect tunnel") << QByteArray("connect") << QByteArray("site.test") << true;
}

void TestEnginePrivacy::untouched()
{
    QFETCH(QByteArray, mode);
    QFETCH(QByteArray, host);
    QFETCH(bool, enabled);
    Settings s = privacySettings();
    s.privacy.enabled = enabled;
    QVERIFY2(m_veil->start(s), qPrintable(m_veil->errorString()));
    const ProcessResult curl = fetch(mode, host, kTracked);
    QVERIFY2(curl.ok(), curl.describe().constData());
    QCOMPARE(m_origin->requests().size(), 1);
    const WireMessage &seen = m_origin->requests().constFirst();
    QCOMPARE(seen.target, kTracked);
    QCOMPARE(seen.header("Referer"), kPage);
    QVERIFY(!seen.hasHeader("Sec-GPC"));
    QCOMPARE(seen.header("User-Agent"), QByteArray("curl-test"));
    const Veil::TrafficEvent end = endOf(host);
    QCOMPARE(end.host, host);
    QVERIFY2(end.privacy.isEmpty(), end.privacy.constData());
}

void TestEnginePrivacy::cacheKeyIsTheCleanedUrl()
{
    Settings s = privacySettings();
    s.cache.enabled = true;
    s.cache.directory = m_dir.filePath(QStringLiteral("cache"));
    QVERIFY2(m_veil->start(s), qPrintable(m_veil->errorString()));
    Veil::Cache::CacheStore &store = *m_veil->engine().cacheStore();
    QVERIFY(store.waitForDisk(kTimeoutMs)); // the (empty) index is loaded
    m_origin->setResponder([](ScriptedOrigin::Connection &c, const WireMessage &m) {
        const QByteArray body = "page " + m.target;
        ScriptedOrigin::respond(c, "HTTP/1.1 200 OK\r\nCache-Control: max-age=600\r\nContent-Length: " +
                                       QByteArray::number(body.size()) + "\r\n\r\n" + body);
    });
    for (const QByteArray campaign : {"a", "b"}) {
        const ProcessResult curl = fetch("http", "site.test", "/article?id=1&utm_campaign=" + campaign);
        QVERIFY2(curl.ok(), curl.describe().constData());
        QCOMPARE(curl.out, QByteArray("page /article?id=1"));
        QVERIFY(QTest::qWaitFor([&] { return store.stats().entries == 1; }, kTimeoutMs));
    }
    // Two tracking ids, one article: the second visit is a hit on the cleaned URL.
    QCOMPARE(m_origin->requests().size(), 1);
}

QTEST_GUILESS_MAIN(TestEnginePrivacy)
#include "tst_engine_privacy.moc"
