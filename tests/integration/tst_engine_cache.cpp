// The HTTP cache through the real engine: a scripted origin in this thread serves the headers each
// test needs and counts what reaches it; raw clients check what Veil answers (status, body, Age,
// Cache-Status) and the store's files on disk.

#include "EngineFixture.h"
#include "EngineTest.h"
#include "HttpWire.h"
#include "RawClient.h"
#include "ScriptedOrigin.h"
#include "TestSupport.h"
#include "cache/CacheStore.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

using namespace Veil::Test;
using Veil::Settings;

namespace {

/** Answers every request with @p headers, a body of "<path> #<n>" (n counts requests) and Content-Length. */
ScriptedOrigin::Responder countingResponder(const QByteArray &headers)
{
    auto counter = std::make_shared<int>(0); // across connections: Veil may or may not reuse one
    return [headers, counter](ScriptedOrigin::Connection &c, const WireMessage &m) {
        const QByteArray body = m.target + " #" + QByteArray::number(++*counter);
        ScriptedOrigin::respond(c, "HTTP/1.1 200 OK\r\n" + headers +
                                       "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" +
                                       (m.method == "HEAD" ? QByteArray() : body));
    };
}

int countFiles(const QString &dir, const QString &pattern)
{
    int n = 0;
    QDirIterator it(dir, {pattern}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}

} // namespace

class TestEngineCache final : public EngineTest
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void freshResponseServedFromStore();
    void staleEntryRevalidatedWith304();
    void staleEntryReplacedBy200();
    void varyKeepsVariantsApart();
    void notStored_data();
    void notStored();
    void postInvalidates();
    void clientConditionalAnsweredFromStore();
    void onlyIfCachedWithoutEntryIs504();
    void staleIfErrorWhenOriginIsGone();
    void chunkedResponseStoredDecoded();
    void headAnsweredFromStoredGet();
    void clientAbortLeavesNoEntry();
    void evictsUnderByteBudget();
    void survivesRestart();
    void bypassListAndNoCache();
    void clearHostAndClearAll();
    void clearOnExitLeavesNothing();
    void staleWhileRevalidateRefreshesInBackground();

private:
    Settings cacheSettings() const;
    /** One GET through Veil on a new connection. */
    WireMessage fetch(const QByteArray &path, const QByteArray &extraHeaders = {});
    /** Waits until the store has indexed @p entries (commits run on the store's disk thread). */
    bool waitForEntries(qint64 entries);
    Veil::Cache::CacheStore &store() { return *m_veil->engine().cacheStore(); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

Settings TestEngineCache::cacheSettings() const
{
    Settings s = EngineFixture::testSettings();
    s.cache.enabled = true;
    s.cache.directory = m_dir->path();
    return s;
}

void TestEngineCache::init()
{
    EngineTest::init();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(restartVeil(cacheSettings()));
    QVERIFY(store().waitForDisk(5000)); // the (empty) index is loaded
}

WireMessage TestEngineCache::fetch(const QByteArray &path, const QByteArray &extraHeaders)
{
    RawClient c(veilPort());
    WireMessage r;
    if (c.waitConnected()) {
        c.send(get(*m_origin, path, extraHeaders));
        if (!c.readResponse(&r)) {
            qWarning() << "no response:" << c.buffer;
        }
    }
    return r;
}

bool TestEngineCache::waitForEntries(qint64 entries)
{
    return QTest::qWaitFor([&] { return store().stats().entries == entries; }, kTimeoutMs);
}

void TestEngineCache::freshResponseServedFromStore()
{
    m_origin->setResponder(countingResponder("Cache-Control: max-age=600\r\nETag: \"v1\"\r\n"));
    const WireMessage first = fetch("/page");
    QCOMPARE(first.status, 200);
    QCOMPARE(first.body, QByteArray("/page #1"));
    QCOMPARE(first.header("Cache-Status"), QByteArray("Veil; fwd=uri-miss; fwd-status=200; stored"));
    QVERIFY(waitForEntries(1));

    const WireMessage second = fetch("/page");
    QCOMPARE(second.status, 200);
    QCOMPARE(second.body, QByteArray("/page #1"));
    QCOMPARE(m_origin->requests().size(), 1);
    QVERIFY2(second.header("Cache-Status").startsWith("Veil; hit; ttl="), second.head.constData());
    QVERIFY(second.hasHeader("Age"));
    QCOMPARE(second.header("Content-Length"), QByteArray("8"));
    QCOMPARE(second.header("ETag"), QByteArray("\"v1\""));
    const Veil::EngineStats &stats = m_veil->engine().stats();
    QCOMPARE(stats.cacheHits.load(), 1);
    QCOMPARE(stats.cacheMisses.load(), 1);
    QCOMPARE(stats.cacheBytesSaved.load(), 8);
}

void TestEngineCache::staleEntryRevalidatedWith304()
{
    m_origin->setResponder([](ScriptedOrigin::Connection &c, const WireMessage &m) {
        if (m.header("If-None-Match") == "\"a\"") {
            ScriptedOrigin::respond(c,
                                    "HTTP/1.1 304 Not Modified\r\nETag: \"a\"\r\nCache-Control: max-age=0\r\n"
                                    "X-Fresh: yes\r\n\r\n");
            return;
        }
        ScriptedOrigin::respond(c, "HTTP/1.1 200 OK\r\nCache-Control: max-age=0\r\nETag: \"a\"\r\n"
                                   "X-Fresh: no\r\nContent-Length: 5\r\n\r\nfirst");
    });
    QCOMPARE(fetch("/r").body, QByteArray("first"));
    QVERIFY(waitForEntries(1));

    const WireMessage second = fetch("/r");
    QCOMPARE(m_origin->requests().size(), 2);
    QCOMPARE(m_origin->requests().at(1).header("If-None-Match"), QByteArray("\"a\""));
    QCOMPARE(second.status, 200);
    QCOMPARE(second.body, QByteArray("first"));
    QCOMPARE(second.header("X-Fresh"), QByteArray("yes")); // headers freshened by the 304
    QCOMPARE(second.header("Content-Length"), QByteArray("5"));
    QVERIFY2(second.header("Cache-Status").startsWith("Veil; fwd=stale; fwd-status=304"),
             second.head.constData());
    QCOMPARE(m_veil->engine().stats().cacheRevalidations.load(), 1);
}

void TestEngineCache::staleEntryReplacedBy200()
{
    auto counter = std::make_shared<int>(0);
    m_origin->setResponder([counter](ScriptedOrigin::Connection &c, const WireMessage &) {
        const QByteArray tag = "\"" + QByteArray::number(++*counter) + "\"";
        ScriptedOrigin::respond(c, "HTTP/1.1 200 OK\r\nCache-Control: max-age=0\r\nETag: " + tag +
                                       "\r\nContent-Length: 4\r\n\r\nv" + tag.mid(1, 1) + "..");
    });
    QCOMPARE(fetch("/x").body, QByteArray("v1.."));
    QVERIFY(waitForEntries(1));
    const WireMessage second = fetch("/x");
    QCOMPARE(second.body, QByteArray("v2.."));
    QCOMPARE(m_origin->requests().at(1).header("If-None-Match"), QByteArray("\"1\""));
    QVERIFY2(second.header("Cache-Status").contains("fwd=stale; fwd-status=200; stored"),
             second.head.constData());
    QTRY_VERIFY_WITH_TIMEOUT(countFiles(m_dir->path(), QStringLiteral("*.body")) == 1, kTimeoutMs);
    fetch("/x");
    QCOMPARE(m_origin->requests().at(2).header("If-None-Match"), QByteArray("\"2\""));
}

void TestEngineCache::varyKeepsVariantsApart()
{
    m_origin->setResponder([](ScriptedOrigin::Connection &c, const WireMessage &m) {
        const QByteArray body = "lang=" + m.header("Accept-Language");
        ScriptedOrigin::respond(c,
                                "HTTP/1.1 200 OK\r\nCache-Control: max-age=600\r\nVary: Accept-Language\r\n"
                                "Content-Length: " +
                                    QByteArray::number(body.size()) + "\r\n\r\n" + body);
    });
    QCOMPARE(fetch("/v", "Accept-Language: en\r\n").body, QByteArray("lang=en"));
    QVERIFY(waitForEntries(1));
    const WireMessage de = fetch("/v", "Accept-Language: de\r\n");
    QCOMPARE(de.body, QByteArray("lang=de"));
    QVERIFY2(de.header("Cache-Status").contains("fwd=vary-miss"), de.head.constData());
    QVERIFY(waitForEntries(2));
    QCOMPARE(fetch("/v", "Accept-Language:  en \r\n").body, QByteArray("lang=en"));
    QCOMPARE(fetch("/v", "Accept-Language: de\r\n").body, QByteArray("lang=de"));
    QCOMPARE(m_origin->requests().size(), 2);
    QCOMPARE(fetch("/v").body, QByteArray("lang=")); // absent differs from any value
    QCOMPARE(m_origin->requests().size(), 3);
}

void TestEngineCache::notStored_data()
{
    QTest::addColumn<QByteArray>("responseHeaders");
    QTest::addColumn<QByteArray>("requestHeaders");
    QTest::addColumn<QByteArray>("detail");
    QTest::newRow("no-store") << QByteArray("Cache-Control: max-age=600, no-store\r\n") << QByteArray()
                              << QByteArray("detail=no-store");
    QTest::newRow("private") << QByteArray("Cache-Control: private, max-age=600\r\n") << QByteArray()
                             << QByteArray("detail=private");
    QTest::newRow("authorization") << QByteArray("Cache-Control: max-age=600\r\n")
                                   << QByteArray("Authorization: Bearer secret\r\n")
                                   << QByteArray("detail=authorization");
    QTest::newRow("request no-store") << QByteArray("Cache-Control: max-age=600\r\n")
                                      << QByteArray("Cache-Control: no-store\r\n") << QByteArray("no-store");
    QTest::newRow("vary star") << QByteArray("Cache-Control: max-age=600\r\nVary: *\r\n") << QByteArray()
                               << QByteArray("detail=vary-star");
}

void TestEngineCache::notStored()
{
    QFETCH(QByteArray, responseHeaders);
    QFETCH(QByteArray, requestHeaders);
    QFETCH(QByteArray, detail);
    m_origin->setResponder(countingResponder(responseHeaders));
    const WireMessage first = fetch("/n", requestHeaders);
    QCOMPARE(first.status, 200);
    QVERIFY2(first.header("Cache-Status").contains(detail), first.head.constData());
    QVERIFY(!first.header("Cache-Status").contains("stored"));
    const WireMessage second = fetch("/n", requestHeaders);
    QCOMPARE(second.body, QByteArray("/n #2"));
    QCOMPARE(m_origin->requests().size(), 2);
    QVERIFY(store().waitForDisk(kTimeoutMs));
    QCOMPARE(store().stats().entries, 0);
}

void TestEngineCache::postInvalidates()
{
    m_origin->setResponder(countingResponder("Cache-Control: max-age=600\r\n"));
    fetch("/item");
    QVERIFY(waitForEntries(1));
    QCOMPARE(fetch("/item").body, QByteArray("/item #1"));

    RawClient c(veilPort());
    QVERIFY(c.waitConnected());
    c.send(request("POST", *m_origin, "/item", {}, "change"));
    WireMessage posted;
    QVERIFY(c.readResponse(&posted));
    QCOMPARE(posted.status, 200);
    QVERIFY2(posted.header("Cache-Status").contains("fwd=method"), posted.head.constData());
    QVERIFY(waitForEntries(0));
    QCOMPARE(fetch("/item").body, QByteArray("/item #3"));
}

void TestEngineCache::clientConditionalAnsweredFromStore()
{
    m_origin->setResponder(countingResponder("Cache-Control: max-age=600\r\nETag: \"t\"\r\n"));
    fetch("/c");
    QVERIFY(waitForEntries(1));
    const WireMessage notModified = fetch("/c", "If-None-Match: \"other\", W/\"t\"\r\n");
    QCOMPARE(notModified.status, 304);
    QCOMPARE(notModified.body, QByteArray());
    QCOMPARE(notModified.header("ETag"), QByteArray("\"t\""));
    QVERIFY(notModified.header("Cache-Status").startsWith("Veil; hit"));
    const WireMessage full = fetch("/c", "If-None-Match: \"other\"\r\n");
    QCOMPARE(full.status, 200);
    QCOMPARE(full.body, QByteArray("/c #1"));
    QCOMPARE(m_origin->requests().size(), 1);
}

void TestEngineCache::onlyIfCachedWithoutEntryIs504()
{
    const WireMessage r = fetch("/nothing", "Cache-Control: only-if-cached\r\n");
    QCOMPARE(r.status, 504);
    QCOMPARE(m_origin->requests().size(), 0);
}

void TestEngineCache::staleIfErrorWhenOriginIsGone()
{
    m_origin->setResponder(countingResponder("Cache-Control: max-age=0, stale-if-error=600\r\n"));
    QCOMPARE(fetch("/s").body, QByteArray("/s #1"));
    QVERIFY(waitForEntries(1));
    const QByteArray path = m_origin->url("/s");
    m_origin.reset(); // connection refused from now on

    RawClient c(veilPort());
    QVERIFY(c.waitConnected());
    c.send("GET " + path + " HTTP/1.1\r\nHost: x\r\n\r\n");
    WireMessage r;
    QVERIFY(c.readResponse(&r));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray("/s #1"));
    QVERIFY2(r.header("Cache-Status").contains("detail=stale-if-error"), r.head.constData());
    m_origin = std::make_unique<ScriptedOrigin>(); // cleanup() expects one
}

void TestEngineCache::chunkedResponseStoredDecoded()
{
    m_origin->setResponder([](ScriptedOrigin::Connection &c, const WireMessage &) {
        ScriptedOrigin::respond(
            c, "HTTP/1.1 200 OK\r\nCache-Control: max-age=600\r\nTransfer-Encoding: chunked\r\n\r\n"
               "5\r\nhello\r\n7;ext=1\r\n, world\r\n0\r\nX-Trailer: t\r\n\r\n");
    });
    const WireMessage first = fetch("/chunked");
    QVERIFY(first.isChunked());
    QCOMPARE(first.body, QByteArray("hello, world"));
    QVERIFY(waitForEntries(1));
    const WireMessage second = fetch("/chunked");
    QVERIFY(!second.isChunked());
    QCOMPARE(second.header("Content-Length"), QByteArray("12"));
    QCOMPARE(second.body, QByteArray("hello, world"));
    QCOMPARE(m_origin->requests().size(), 1);
}

void TestEngineCache::headAnsweredFromStoredGet()
{
    m_origin->setResponder(countingResponder("Cache-Control: max-age=600\r\n"));
    fetch("/h");
    QVERIFY(waitForEntries(1));
    RawClient c(veilPort());
    QVERIFY(c.waitConnected());
    c.send(request("HEAD", *m_origin, "/h"));
    WireMessage r;
    QVERIFY(c.readResponse(&r, true));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("Content-Length"), QByteArray("5"));
    QVERIFY(r.header("Cache-Status").startsWith("Veil; hit"));
    // The connection stays usable: no stray body bytes follow the head.
    c.send(get(*m_origin, "/h"));
    WireMessage again;
    QVERIFY(c.readResponse(&again));
    QCOMPARE(again.body, QByteArray("/h #1"));
    QCOMPARE(m_origin->requests().size(), 1);
}

void TestEngineCache::clientAbortLeavesNoEntry()
{
    const QByteArray half(512 * 1024, 'a');
    m_origin->setRawHandler([&half](ScriptedOrigin::Connection &c) {
        if (c.userValue++ == 0) { // send the head and half the body, then hold
            ScriptedOrigin::respond(c, "HTTP/1.1 200 OK\r\nCache-Control: max-age=600\r\nContent-Length: " +
                                           QByteArray::number(2 * half.size()) + "\r\n\r\n" + half);
        }
        c.buffer.clear();
    });
    {
        RawClient c(veilPort());
        QVERIFY(c.waitConnected());
        c.send(get(*m_origin, "/big"));
        QVERIFY(QTest::qWaitFor(
            [&] {
                c.pull();
                return c.buffer.size() > half.size() / 2;
            },
            kTimeoutMs));
        QVERIFY2(c.buffer.contains("stored\r\n"), c.buffer.left(300).constData()); // being written
        c.socket.abort();
    }
    // The temporary body file goes with the session; nothing was indexed.
    QTRY_COMPARE_WITH_TIMEOUT(countFiles(m_dir->path(), QStringLiteral("*.body*")), 0, kTimeoutMs);
    QVERIFY(store().waitForDisk(kTimeoutMs));
    QCOMPARE(store().stats().entries, 0);
    QCOMPARE(countFiles(m_dir->path(), QStringLiteral("*.meta")), 0);
}

void TestEngineCache::evictsUnderByteBudget()
{
    Settings s = cacheSettings();
    s.cache.sizeMiB = 1;
    QVERIFY(restartVeil(s));
    const QByteArray body(300 * 1024, 'x');
    m_origin->setResponder([&body](ScriptedOrigin::Connection &c, const WireMessage &) {
        ScriptedOrigin::respond(c, "HTTP/1.1 200 OK\r\nCache-Control: max-age=600\r\nContent-Length: " +
                                       QByteArray::number(body.size()) + "\r\n\r\n" + body);
    });
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(fetch("/e" + QByteArray::number(i)).body.size(), body.size());
        QVERIFY(waitForEntries(i + 1));
    }
    QCOMPARE(fetch("/e0").body.size(), body.size()); // /e0 is now the most recently used
    QCOMPARE(m_origin->requests().size(), 3);
    QCOMPARE(fetch("/e3").body.size(), body.size()); // over 1 MiB: /e1 (least recently used) goes
    QVERIFY(store().waitForDisk(kTimeoutMs));
    const Veil::Cache::CacheStoreStats stats = store().stats();
    QVERIFY2(stats.bytes <= 1024 * 1024, qPrintable(QString::number(stats.bytes)));
    QCOMPARE(stats.evicted, 1);
    QCOMPARE(countFiles(m_dir->path(), QStringLiteral("*.body")), 3);
    fetch("/e0");
    fetch("/e2");
    fetch("/e3");
    QCOMPARE(m_origin->requests().size(), 4);
    fetch("/e1");
    QCOMPARE(m_origin->requests().size(), 5);
}

void TestEngineCache::survivesRestart()
{
    m_origin->setResponder(countingResponder("Cache-Control: max-age=600\r\n"));
    fetch("/keep");
    QVERIFY(waitForEntries(1));
    m_veil.reset();
    // Leftovers of a crash in the directory: a temporary file and a body without metadata.
    const QString fan = m_dir->path() + QStringLiteral("/v1/01");
    QVERIFY(QDir().mkpath(fan));
    QFile temp(fan + QStringLiteral("/0123456789abcdef0123456789abcdef.body.Xy12ab"));
    QVERIFY(temp.open(QIODevice::WriteOnly) && temp.write("torn") == 4);
    temp.close();
    QFile orphan(fan + QStringLiteral("/0123456789abcdef0123456789abcdef.body"));
    QVERIFY(orphan.open(QIODevice::WriteOnly) && orphan.write("no metadata") == 11);
    orphan.close();

    QVERIFY(restartVeil(cacheSettings()));
    QVERIFY(store().waitForDisk(kTimeoutMs));
    QCOMPARE(store().stats().entries, 1);
    QVERIFY(!temp.exists());
    QVERIFY(!orphan.exists());
    const WireMessage r = fetch("/keep");
    QCOMPARE(r.body, QByteArray("/keep #1"));
    QVERIFY(r.header("Cache-Status").startsWith("Veil; hit"));
    QCOMPARE(m_origin->requests().size(), 1);
}

void TestEngineCache::bypassListAndNoCache()
{
    Settings s = cacheSettings();
    s.cache.bypassHosts = {QStringLiteral("127.0.0.1")};
    QVERIFY(restartVeil(s));
    m_origin->setResponder(countingResponder("Cache-Control: max-age=600\r\n"));
    const WireMessage bypassed = fetch("/b");
    QCOMPARE(bypassed.header("Cache-Status"),
             QByteArray("Veil; fwd=bypass; fwd-status=200; detail=bypass-list"));
    QCOMPARE(fetch("/b").body, QByteArray("/b #2"));

    s.cache.enabled = false;
    QVERIFY(restartVeil(s));
    const WireMessage off = fetch("/b");
    QCOMPARE(off.body, QByteArray("/b #3"));
    QVERIFY(!off.hasHeader("Cache-Status"));
    QVERIFY(!m_veil->engine().cacheStore());
}

void TestEngineCache::clearHostAndClearAll()
{
    m_origin->setResponder(countingResponder("Cache-Control: max-age=600\r\n"));
    fetch("/1");
    fetch("/2");
    QVERIFY(waitForEntries(2));
    QCOMPARE(m_veil->engine().clearCacheHost(QStringLiteral("example.org")), 0);
    QCOMPARE(m_veil->engine().clearCacheHost(QStringLiteral("127.0.0.1")), 2);
    QVERIFY(store().waitForDisk(kTimeoutMs));
    QCOMPARE(countFiles(m_dir->path(), QStringLiteral("*.body")), 0);
    fetch("/1");
    QVERIFY(waitForEntries(1));
    m_veil->engine().clearCache();
    QCOMPARE(store().stats().entries, 0);
    QVERIFY(store().waitForDisk(kTimeoutMs));
    QCOMPARE(countFiles(m_dir->path(), QStringLiteral("*.meta")), 0);
    QCOMPARE(fetch("/1").body, QByteArray("/1 #4"));
}

void TestEngineCache::clearOnExitLeavesNothing()
{
    Settings s = cacheSettings();
    s.cache.clearOnExit = true;
    QVERIFY(restartVeil(s));
    m_origin->setResponder(countingResponder("Cache-Control: max-age=600\r\n"));
    fetch("/private-visit");
    QVERIFY(waitForEntries(1));
    QCOMPARE(countFiles(m_dir->path(), QStringLiteral("*.body")), 1);
    m_veil->stopNow(); // waits for the store's disk thread
    QCOMPARE(countFiles(m_dir->path(), QStringLiteral("*.body")), 0);
    QCOMPARE(countFiles(m_dir->path(), QStringLiteral("*.meta")), 0);
}

void TestEngineCache::staleWhileRevalidateRefreshesInBackground()
{
    auto counter = std::make_shared<int>(0);
    m_origin->setResponder([counter](ScriptedOrigin::Connection &c, const WireMessage &) {
        const QByteArray version = "v" + QByteArray::number(++*counter);
        ScriptedOrigin::respond(c,
                                "HTTP/1.1 200 OK\r\nCache-Control: max-age=0, stale-while-revalidate=600\r\n"
                                "ETag: \"" +
                                    version + "\"\r\nContent-Length: 2\r\n\r\n" + version);
    });
    QCOMPARE(fetch("/swr").body, QByteArray("v1"));
    QVERIFY(waitForEntries(1));

    // Stale, but within stale-while-revalidate: answered at once from the store…
    const WireMessage stale = fetch("/swr");
    QCOMPARE(stale.body, QByteArray("v1"));
    QVERIFY2(stale.header("Cache-Status").startsWith("Veil; hit"), stale.head.constData());
    // …and refreshed behind the client's back, with the stored validator.
    QTRY_COMPARE_WITH_TIMEOUT(m_origin->requests().size(), 2, kTimeoutMs);
    QCOMPARE(m_origin->requests().at(1).header("If-None-Match"), QByteArray("\"v1\""));
    QTRY_VERIFY_WITH_TIMEOUT(
        store().lookup(m_origin->url("/swr"), {}).entry &&
            store().lookup(m_origin->url("/swr"), {}).entry->response.headers.value("ETag") == "\"v2\"",
        kTimeoutMs);
    QCOMPARE(fetch("/swr").body, QByteArray("v2"));
}

QTEST_GUILESS_MAIN(TestEngineCache)
#include "tst_engine_cache.moc"
