// Veil::Cache::CacheStore on a real directory: what is stored can be found and read back, what is
// torn, foreign or half-written never is, and the index stays consistent under threads.

#include "cache/CacheFiles.h"
#include "cache/CacheKey.h"
#include "cache/CacheStore.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <vector>

using namespace Veil;
using namespace Veil::Cache;

namespace {

StoredResponse response(const QByteArray &vary = {})
{
    StoredResponse r;
    r.status = 200;
    r.reason = "OK";
    r.headers.append("Cache-Control", "max-age=600");
    if (!vary.isEmpty()) {
        r.headers.append("Vary", vary);
    }
    r.headers.append("Date", "Fri, 27 Nov 2026 10:00:00 GMT");
    r.requestTime = 1795773600;
    r.responseTime = 1795773600;
    return r;
}

/** Stores @p body under @p key and waits for the commit. */
EntryPtr put(CacheStore &store, const QByteArray &key, const QByteArray &body, const QByteArray &varyKey = {},
             const StoredResponse &stored = response())
{
    std::unique_ptr<CacheWriter> writer = store.beginWrite(key, varyKey, stored, body.size());
    if (!writer || !writer->write(body.constData(), body.size())) {
        return nullptr;
    }
    writer->commit();
    if (!store.waitForDisk(5000)) {
        return nullptr;
    }
    return store.lookup(key, {}).entry;
}

QByteArray readAll(CacheStore &store, const EntryPtr &entry)
{
    std::unique_ptr<CacheBodyReader> reader = store.openBody(entry);
    if (!reader) {
        return "<unreadable>";
    }
    QByteArray out;
    while (reader->remaining() > 0) {
        const QByteArray chunk = reader->read(7);
        if (chunk.isEmpty()) {
            return "<short>";
        }
        out += chunk;
    }
    return out;
}

QStringList files(const QString &dir)
{
    QStringList out;
    QDirIterator it(dir + QStringLiteral("/v1"), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        out.append(it.next());
    }
    return out;
}

} // namespace

class TestCacheStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void storesAndReadsBack();
    void metaRoundTripAndCorruption();
    void bodyOfAnotherEntryIsNotServed();
    void truncatedBodyIsNotServed();
    void loadDropsTornAndForeignFiles();
    void updateRewritesOnlyMetadata();
    void writerWithoutCommitLeavesNothing();
    void objectLimit();
    void clearDropsWritesInFlight();
    void threadsShareTheIndex();
    void smallBodiesAreKeptInMemory();

private:
    /** @p hotBytes 0: every body is read from its file (the checks on files are what is tested). */
    std::shared_ptr<CacheStore> open(qint64 budget = 64 * 1024 * 1024, qint64 hotBytes = 0);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCacheStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

std::shared_ptr<CacheStore> TestCacheStore::open(qint64 budget, qint64 hotBytes)
{
    CacheStoreLimits limits;
    limits.budgetBytes = budget;
    limits.hotBytes = hotBytes;
    limits.hotObjectBytes = 100;
    limits.maxObjectBytes = 1024 * 1024;
    auto store = CacheStore::create(m_dir->path(), limits);
    store->load();
    return store->waitForDisk(5000) ? store : nullptr;
}

void TestCacheStore::storesAndReadsBack()
{
    auto store = open();
    QVERIFY(store);
    const EntryPtr e = put(*store, "http://a.example/x", "hello body");
    QVERIFY(e);
    QCOMPARE(e->bodySize, 10);
    QCOMPARE(e->host(), QByteArray("a.example"));
    QCOMPARE(readAll(*store, e), QByteArray("hello body"));
    QCOMPARE(store->lookup("http://a.example/y", {}).miss, Forward::UriMiss);
    QCOMPARE(store->stats().entries, 1);
    QVERIFY(QFileInfo::exists(m_dir->path() + QStringLiteral("/CACHEDIR.TAG")));
    QCOMPARE(files(m_dir->path()).size(), 2);
}

void TestCacheStore::metaRoundTripAndCorruption()
{
    CacheEntry entry;
    entry.id = Files::newId();
    entry.primaryKey = "http://a.example/";
    entry.varyKey = "accept-language\x01"
                    "en";
    entry.response = response("Accept-Language");
    entry.bodySize = 42;
    const QByteArray bytes = Files::serializeMeta(entry);
    const std::optional<CacheEntry> back = Files::parseMeta(bytes);
    QVERIFY(back);
    QCOMPARE(back->primaryKey, entry.primaryKey);
    QCOMPARE(back->varyKey, entry.varyKey);
    QCOMPARE(back->response.headers.value("vary"), QByteArray("Accept-Language"));
    QCOMPARE(back->bodySize, 42);
    // Every single flipped byte and every truncation is detected.
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        QByteArray bad = bytes;
        bad[i] = char(bad[i] ^ 0x20);
        QVERIFY2(!Files::parseMeta(bad), qPrintable(QString::number(i)));
        QVERIFY(!Files::parseMeta(bytes.first(i)));
    }
}

void TestCacheStore::bodyOfAnotherEntryIsNotServed()
{
    auto store = open();
    const EntryPtr a = put(*store, "http://a.example/", "body of a");
    const EntryPtr b = put(*store, "http://b.example/", "body of b");
    QVERIFY(a && b);
    // A crash or a bad copy put b's body where a's belongs (same length, different key).
    QVERIFY(QFile::remove(store->bodyPath(*a)));
    QVERIFY(QFile::copy(store->bodyPath(*b), store->bodyPath(*a)));
    QCOMPARE(readAll(*store, a), QByteArray("<unreadable>"));
    QVERIFY(store->waitForDisk(5000));
    QVERIFY(!store->lookup("http://a.example/", {}).entry); // dropped, not served
    QCOMPARE(readAll(*store, store->lookup("http://b.example/", {}).entry), QByteArray("body of b"));
}

void TestCacheStore::truncatedBodyIsNotServed()
{
    auto store = open();
    const EntryPtr e = put(*store, "http://a.example/", "0123456789");
    QFile body(store->bodyPath(*e));
    QVERIFY(body.resize(body.size() - 3));
    QCOMPARE(readAll(*store, e), QByteArray("<unreadable>"));
    QVERIFY(store->waitForDisk(5000));
    QCOMPARE(store->stats().entries, 0);
    QVERIFY(files(m_dir->path()).isEmpty());
}

void TestCacheStore::loadDropsTornAndForeignFiles()
{
    QStringList metas;
    {
        auto store = open();
        for (const char *key : {"http://a.example/", "http://b.example/", "http://c.example/"}) {
            const EntryPtr e = put(*store, key, QByteArray("body of ") + key);
            QVERIFY(e);
            metas.append(QFileInfo(store->bodyPath(*e)).path() + QLatin1Char('/') + QLatin1String(e->id) +
                         QStringLiteral(".meta"));
        }
    }
    QFile torn(metas.at(0)); // torn metadata
    QVERIFY(torn.resize(torn.size() / 2));
    QFile truncated(QString(metas.at(1)).replace(QStringLiteral(".meta"), QStringLiteral(".body")));
    QVERIFY(truncated.resize(truncated.size() - 1)); // body shorter than the metadata says
    QFile junk(m_dir->path() + QStringLiteral("/v1/zz-not-ours"));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.close();

    auto store = open();
    QCOMPARE(store->stats().entries, 1);
    QVERIFY(store->lookup("http://c.example/", {}).entry);
    QCOMPARE(files(m_dir->path()).size(), 2);
}

void TestCacheStore::updateRewritesOnlyMetadata()
{
    auto store = open();
    const EntryPtr e = put(*store, "http://a.example/", "unchanged body");
    const QFileInfo bodyBefore(store->bodyPath(*e));
    StoredResponse fresher = e->response;
    fresher.headers.set("X-Fresh", "1");
    fresher.responseTime += 100;
    const EntryPtr updated = store->update(e, fresher);
    QCOMPARE(updated->id, e->id);
    QVERIFY(store->waitForDisk(5000));
    QCOMPARE(store->lookup("http://a.example/", {}).entry->response.headers.value("X-Fresh"),
             QByteArray("1"));
    const QFileInfo bodyAfter(store->bodyPath(*e));
    QCOMPARE(bodyAfter.lastModified(), bodyBefore.lastModified());
    QCOMPARE(bodyAfter.size(), bodyBefore.size());
    // And it survives a restart.
    store.reset();
    store = open();
    const EntryPtr loaded = store->lookup("http://a.example/", {}).entry;
    QVERIFY(loaded);
    QCOMPARE(loaded->response.headers.value("X-Fresh"), QByteArray("1"));
    QCOMPARE(readAll(*store, loaded), QByteArray("unchanged body"));
}

void TestCacheStore::writerWithoutCommitLeavesNothing()
{
    auto store = open();
    {
        std::unique_ptr<CacheWriter> writer = store->beginWrite("http://a.example/", {}, response(), -1);
        QVERIFY(writer);
        QVERIFY(writer->write("partial", 7));
    }
    QVERIFY(store->waitForDisk(5000));
    QCOMPARE(store->stats().entries, 0);
    QVERIFY(files(m_dir->path()).isEmpty());
}

void TestCacheStore::objectLimit()
{
    auto store = open();
    QVERIFY(!store->beginWrite("http://a.example/", {}, response(), 2 * 1024 * 1024)); // declared too large
    std::unique_ptr<CacheWriter> writer = store->beginWrite("http://a.example/", {}, response(), -1);
    const QByteArray chunk(512 * 1024, 'x');
    QVERIFY(writer->write(chunk.constData(), chunk.size()));
    QVERIFY(writer->write(chunk.constData(), chunk.size()));
    QVERIFY(!writer->write("y", 1)); // chunked body grew past the limit
    writer->commit();
    QVERIFY(store->waitForDisk(5000));
    QCOMPARE(store->stats().entries, 0);
    QCOMPARE(store->stats().droppedWrites, 2);
}

void TestCacheStore::clearDropsWritesInFlight()
{
    auto store = open();
    QVERIFY(put(*store, "http://a.example/", "old"));
    std::unique_ptr<CacheWriter> writer = store->beginWrite("http://b.example/", {}, response(), -1);
    QVERIFY(writer->write("new", 3));
    store->clear();
    writer->commit();
    QVERIFY(store->waitForDisk(5000));
    QCOMPARE(store->stats().entries, 0);
    QVERIFY(files(m_dir->path()).isEmpty());
}

void TestCacheStore::threadsShareTheIndex()
{
    auto store = open(256 * 1024); // small: eviction runs while others look up and write
    constexpr int kThreads = 4;
    constexpr int kPerThread = 200;
    std::atomic<int> readBack{0};
    std::atomic<int> wrong{0};
    std::vector<std::unique_ptr<QThread>> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back(QThread::create([&, t] {
            for (int i = 0; i < kPerThread; ++i) {
                const QByteArray key =
                    "http://t" + QByteArray::number(t) + ".example/" + QByteArray::number(i % 50);
                const QByteArray body = key.repeated(200);
                if (auto w = store->beginWrite(key, {}, response(), body.size())) {
                    w->write(body.constData(), body.size());
                    w->commit();
                }
                if (const EntryPtr e = store->lookup(key, {}).entry) {
                    std::unique_ptr<CacheBodyReader> reader = store->openBody(e);
                    if (reader) {
                        const QByteArray got = reader->read(1 << 20);
                        (got == body ? readBack : wrong).fetch_add(1);
                    }
                }
            }
        }));
        threads.back()->start();
    }
    for (auto &thread : threads) {
        QVERIFY(thread->wait(60000));
    }
    QVERIFY(store->waitForDisk(10000));
    QCOMPARE(wrong.load(), 0);
    // Whatever survived eviction reads back as what was written for its key.
    int survivors = 0;
    for (int t = 0; t < kThreads; ++t) {
        for (int i = 0; i < 50; ++i) {
            const QByteArray key = "http://t" + QByteArray::number(t) + ".example/" + QByteArray::number(i);
            if (const EntryPtr e = store->lookup(key, {}).entry) {
                QCOMPARE(readAll(*store, e), key.repeated(200));
                ++survivors;
            }
        }
    }
    QVERIFY(store->waitForDisk(10000));
    const CacheStoreStats stats = store->stats();
    QCOMPARE(stats.entries, survivors);
    QVERIFY2(stats.bytes <= 256 * 1024, qPrintable(QString::number(stats.bytes)));
    QVERIFY(stats.evicted > 0);
    // Index and disk agree: two files per entry, nothing else.
    QCOMPARE(files(m_dir->path()).size(), int(2 * stats.entries));
}

void TestCacheStore::smallBodiesAreKeptInMemory()
{
    auto store = open(64 * 1024 * 1024, 200); // objects up to 100 bytes, 200 bytes in all
    const EntryPtr small = put(*store, "http://a.example/small", QByteArray(80, 's'));
    const EntryPtr large = put(*store, "http://a.example/large", QByteArray(200, 'l'));
    QVERIFY(store->openBody(small)->inMemory());
    QVERIFY(!store->openBody(large)->inMemory());
    // The memory copy is what was written; the file is no longer read for it.
    QVERIFY(QFile::remove(store->bodyPath(*small)));
    QCOMPARE(readAll(*store, small), QByteArray(80, 's'));
    // Bounded: a third small body pushes one of the others out (200 bytes hold two of 80).
    const EntryPtr b = put(*store, "http://b.example/", QByteArray(80, 'b'));
    const EntryPtr c = put(*store, "http://c.example/", QByteArray(80, 'c'));
    QCOMPARE(store->stats().memoryBytes, 160);
    QVERIFY(store->openBody(c)->inMemory()); // the newest always gets in
    if (!store->openBody(small)) {
        QVERIFY(!store->lookup("http://a.example/small", {}).entry); // no memory, no file: dropped
    }
    QVERIFY(store->stats().memoryBytes <= 200);
    // Invalidation forgets the memory copy too.
    store->invalidate("http://b.example/");
    QVERIFY(!store->lookup("http://b.example/", {}).entry);
    QVERIFY(store->waitForDisk(5000));
    // After a restart small bodies come from disk once, then from memory.
    store.reset();
    store = open(64 * 1024 * 1024, 200);
    const EntryPtr again = store->lookup("http://c.example/", {}).entry;
    QVERIFY(again);
    QCOMPARE(readAll(*store, again), QByteArray(80, 'c'));
    QVERIFY(QFile::remove(store->bodyPath(*again)));
    QCOMPARE(readAll(*store, again), QByteArray(80, 'c'));
}

QTEST_GUILESS_MAIN(TestCacheStore)
#include "tst_cachestore.moc"
