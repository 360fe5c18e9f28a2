#include "cache/CacheStore.h"

#include "cache/CacheFiles.h"
#include "cache/CacheKey.h"
#include "cache/CacheSettings.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QUrl>

#include <algorithm>
#include <vector>

Q_LOGGING_CATEGORY(lcCacheStore, "veil.cache.store", QtInfoMsg)

namespace Veil::Cache {

namespace {

constexpr auto kLayout = "v1";

bool writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
}

} // namespace

QByteArray CacheEntry::host() const
{
    const QByteArray withoutScheme = primaryKey.mid(primaryKey.indexOf("://") + 3);
    QByteArray authority = withoutScheme.left(withoutScheme.indexOf('/'));
    if (authority.startsWith('[')) {
        return authority.mid(1, authority.indexOf(']') - 1);
    }
    const qsizetype colon = authority.lastIndexOf(':');
    return colon >= 0 ? authority.left(colon) : authority;
}

// ---- store -----------------------------------------------------------------------------------

std::shared_ptr<CacheStore> CacheStore::create(const QString &directory, CacheStoreLimits limits)
{
    return std::shared_ptr<CacheStore>(new CacheStore(directory, limits));
}

CacheStore::CacheStore(const QString &directory, CacheStoreLimits limits)
    : m_directory(QDir::cleanPath(directory))
    , m_limits(limits)
    , m_useClock(QDateTime::currentMSecsSinceEpoch())
{
    m_disk.setMaxThreadCount(1);
    m_disk.setExpiryTimeout(-1);
}

CacheStore::~CacheStore()
{
    m_disk.waitForDone();
}

QString CacheStore::entryPath(const QByteArray &id, const char *suffix) const
{
    return m_directory + QLatin1Char('/') + QLatin1String(kLayout) + QLatin1Char('/') +
           QLatin1String(id.left(2)) + QLatin1Char('/') + QLatin1String(id) + QLatin1Char('.') +
           QLatin1String(suffix);
}

QString CacheStore::bodyPath(const CacheEntry &entry) const
{
    return entryPath(entry.id, "body");
}

CacheStoreLimits CacheStore::limits() const
{
    QMutexLocker lock(&m_mutex);
    return m_limits;
}

void CacheStore::setLimits(const CacheStoreLimits &limits)
{
    QList<EntryPtr> evicted;
    {
        QMutexLocker lock(&m_mutex);
        m_limits = limits;
        evicted = evictLocked();
    }
    deleteFiles(evicted);
}

bool CacheStore::waitForDisk(int timeoutMs)
{
    return m_disk.waitForDone(timeoutMs);
}

qint64 CacheStore::nextUse()
{
    return ++m_useClock;
}

CacheStore::Lookup CacheStore::lookup(const QByteArray &primaryKey, const Http::Headers &requestHeaders)
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_index.find(primaryKey);
    if (it == m_index.end()) {
        return {nullptr, Forward::UriMiss};
    }
    Slot *best = nullptr;
    for (Slot &slot : *it) {
        const CacheEntry &e = *slot.entry;
        if (!varyMatches(e.response.headers, e.varyKey, requestHeaders)) {
            continue;
        }
        // Several variants may match (their Vary changed over time): the newest wins (RFC 9111 §4.1).
        if (!best || CachePolicy::dateValue(e.response) > CachePolicy::dateValue(best->entry->response)) {
            best = &slot;
        }
    }
    if (!best) {
        return {nullptr, Forward::VaryMiss};
    }
    best->lastUse = nextUse();
    return {best->entry, Forward::None};
}

std::unique_ptr<CacheWriter> CacheStore::beginWrite(const QByteArray &primaryKey, const QByteArray &varyKey,
                                                    const StoredResponse &response, qint64 expectedBodySize)
{
    const CacheStoreLimits limits = this->limits();
    if (expectedBodySize > limits.maxObjectBytes ||
        m_pendingCommits.load(std::memory_order_relaxed) >= limits.maxPendingCommits) {
        m_droppedWrites.fetch_add(1, std::memory_order_relaxed);
        return nullptr;
    }
    auto entry = std::make_shared<CacheEntry>();
    entry->id = Files::newId();
    entry->primaryKey = primaryKey;
    entry->varyKey = varyKey;
    entry->response = response;
    const QString path = entryPath(entry->id, "body");
    // One mkpath per new entry: a stat when the fan-out directory exists (the usual case).
    QDir().mkpath(QFileInfo(path).path());
    auto file = std::make_unique<QSaveFile>(path);
    const QByteArray header = Files::bodyHeader(*entry);
    if (!file->open(QIODevice::WriteOnly) || file->write(header) != header.size()) {
        qCWarning(lcCacheStore) << "cannot write" << path << file->errorString();
        m_droppedWrites.fetch_add(1, std::memory_order_relaxed);
        return nullptr;
    }
    auto writer = std::unique_ptr<CacheWriter>(new CacheWriter(
        shared_from_this(), std::move(entry), std::move(file), m_generation.load(), limits.maxObjectBytes));
    writer->m_hotMax = limits.hotObjectBytes;
    return writer;
}

void CacheStore::commitWrite(const std::shared_ptr<CacheEntry> &entry, const std::shared_ptr<QSaveFile> &file,
                             quint64 generation, const QByteArray &hotCopy)
{
    m_pendingCommits.fetch_sub(1);
    if (generation != m_generation.load()) {
        file->cancelWriting(); // cleared while it was being written
        return;
    }
    if (!file->commit()) {
        qCWarning(lcCacheStore) << "cannot store" << entry->primaryKey << file->errorString();
        m_droppedWrites.fetch_add(1, std::memory_order_relaxed);
        return;
    }
    const QString body = file->fileName();
    const QByteArray meta = Files::serializeMeta(*entry);
    if (!writeFileAtomically(entryPath(entry->id, "meta"), meta)) {
        QFile::remove(body);
        m_droppedWrites.fetch_add(1, std::memory_order_relaxed);
        return;
    }
    entry->diskBytes = QFileInfo(body).size() + meta.size();
    QList<EntryPtr> gone;
    {
        QMutexLocker lock(&m_mutex);
        if (generation != m_generation.load()) {
            gone.append(entry); // cleared during the fsync
        } else {
            gone = insertLocked(entry, nextUse(), false);
            if (entry->bodySize > 0 && hotCopy.size() == entry->bodySize) {
                rememberLocked(entry->id, hotCopy);
            }
            gone += evictLocked();
        }
    }
    deleteFilesNow(gone);
}

QList<EntryPtr> CacheStore::insertLocked(const EntryPtr &entry, qint64 lastUse, bool keepNewer)
{
    QList<Slot> &variants = m_index[entry->primaryKey];
    QList<EntryPtr> replaced;
    for (qsizetype i = 0; i < variants.size(); ++i) {
        const EntryPtr &old = variants.at(i).entry;
        if (old->varyKey != entry->varyKey) {
            continue;
        }
        if (keepNewer && old->response.responseTime >= entry->response.responseTime) {
            return {entry}; // loading an older copy of something stored since start
        }
        replaced.append(old);
        forgetLocked(old->id);
        m_bytes -= old->diskBytes;
        --m_entries;
        variants.removeAt(i--);
    }
    variants.append(Slot{entry, lastUse});
    m_bytes += entry->diskBytes;
    ++m_entries;
    return replaced;
}

QList<EntryPtr> CacheStore::evictLocked()
{
    if (m_bytes <= m_limits.budgetBytes) {
        return {};
    }
    // Evict down to 90 % of the budget in one pass, so the sort runs once per batch, not per entry.
    struct Candidate
    {
        qint64 lastUse;
        EntryPtr entry;
    };
    std::vector<Candidate> all;
    all.reserve(size_t(m_entries));
    for (const QList<Slot> &variants : std::as_const(m_index)) {
        for (const Slot &slot : variants) {
            all.push_back({slot.lastUse, slot.entry});
        }
    }
    std::sort(all.begin(), all.end(),
              [](const Candidate &a, const Candidate &b) { return a.lastUse < b.lastUse; });
    const qint64 target = m_limits.budgetBytes / 10 * 9;
    QList<EntryPtr> evicted;
    for (const Candidate &c : all) {
        if (m_bytes <= target) {
            break;
        }
        removeLocked(c.entry->primaryKey, c.entry->id);
        evicted.append(c.entry);
    }
    m_evicted += evicted.size();
    return evicted;
}

void CacheStore::removeLocked(const QByteArray &primaryKey, const QByteArray &id)
{
    const auto it = m_index.find(primaryKey);
    if (it == m_index.end()) {
        return;
    }
    for (qsizetype i = 0; i < it->size(); ++i) {
        if (it->at(i).entry->id == id) {
            forgetLocked(id);
            m_bytes -= it->at(i).entry->diskBytes;
            --m_entries;
            it->removeAt(i);
            break;
        }
    }
    if (it->isEmpty()) {
        m_index.erase(it);
    }
}

EntryPtr CacheStore::update(const EntryPtr &entry, const StoredResponse &response)
{
    auto fresh = std::make_shared<CacheEntry>(*entry);
    fresh->response = response;
    const QByteArray meta = Files::serializeMeta(*fresh);
    fresh->diskBytes = entry->diskBytes - Files::serializeMeta(*entry).size() + meta.size();
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_index.find(entry->primaryKey);
        if (it == m_index.end()) {
            return fresh; // evicted or invalidated meanwhile: serve it this once, store nothing
        }
        bool found = false;
        for (Slot &slot : *it) {
            if (slot.entry->id == entry->id) {
                m_bytes += fresh->diskBytes - slot.entry->diskBytes;
                slot.entry = fresh;
                slot.lastUse = nextUse();
                found = true;
            }
        }
        if (!found) {
            return fresh;
        }
    }
    // The index is updated first; should the process die before this write, the old metadata
    // stays, which is merely staler. A delete queued later on the same thread runs after it.
    const QString path = entryPath(fresh->id, "meta");
    const QString body = bodyPath(*fresh);
    m_disk.start([path, body, meta] {
        if (QFileInfo::exists(body)) {
            writeFileAtomically(path, meta);
        }
    });
    return fresh;
}

void CacheStore::invalidate(const QByteArray &primaryKey)
{
    QList<EntryPtr> gone;
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_index.find(primaryKey);
        if (it == m_index.end()) {
            return;
        }
        for (const Slot &slot : std::as_const(*it)) {
            gone.append(slot.entry);
            forgetLocked(slot.entry->id);
            m_bytes -= slot.entry->diskBytes;
            --m_entries;
        }
        m_index.erase(it);
    }
    deleteFiles(gone);
}

void CacheStore::remove(const EntryPtr &entry)
{
    {
        QMutexLocker lock(&m_mutex);
        removeLocked(entry->primaryKey, entry->id);
    }
    deleteFiles({entry});
}

int CacheStore::clearHost(const QByteArray &host)
{
    QList<EntryPtr> gone;
    {
        QMutexLocker lock(&m_mutex);
        for (auto it = m_index.begin(); it != m_index.end();) {
            if (it->isEmpty() || !isHostOrSubdomain(it->first().entry->host(), host)) {
                ++it;
                continue;
            }
            for (const Slot &slot : std::as_const(*it)) {
                gone.append(slot.entry);
                forgetLocked(slot.entry->id);
                m_bytes -= slot.entry->diskBytes;
                --m_entries;
            }
            it = m_index.erase(it);
        }
    }
    deleteFiles(gone);
    return int(gone.size());
}

void CacheStore::clear()
{
    {
        QMutexLocker lock(&m_mutex);
        m_generation.fetch_add(1);
        m_index.clear();
        m_bytes = 0;
        m_entries = 0;
        m_hot.clear();
        m_hotBytes = 0;
    }
    // Everything under v1/, including entries of earlier runs not indexed yet and temporary files
    // of writers that are still running (their commit then fails and is dropped).
    const QString layout = m_directory + QLatin1Char('/') + QLatin1String(kLayout);
    m_disk.start([layout] {
        QDirIterator it(layout, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile::remove(it.next());
        }
    });
}

std::unique_ptr<CacheBodyReader> CacheStore::openBody(const EntryPtr &entry)
{
    qint64 hotObjectBytes = 0;
    {
        QMutexLocker lock(&m_mutex);
        if (const auto it = m_hot.constFind(entry->id); it != m_hot.cend()) {
            return CacheBodyReader::fromMemory(*it);
        }
        hotObjectBytes = m_limits.hotObjectBytes;
    }
    QString error;
    std::unique_ptr<CacheBodyReader> reader = CacheBodyReader::open(bodyPath(*entry), *entry, &error);
    if (!reader) {
        qCWarning(lcCacheStore) << "dropping" << entry->primaryKey << "-" << error;
        remove(entry);
        return reader;
    }
    if (entry->bodySize > 0 && entry->bodySize <= hotObjectBytes) {
        // Small and asked for (e.g. after a restart): keep it in memory from now on.
        const QByteArray body = reader->read(entry->bodySize);
        if (body.size() != entry->bodySize) {
            return CacheBodyReader::fromMemory(body); // short read: the caller sees remaining() == 0 early
        }
        QMutexLocker lock(&m_mutex);
        const auto it = m_index.constFind(entry->primaryKey);
        if (it != m_index.cend() && std::any_of(it->cbegin(), it->cend(), [&](const Slot &slot) {
                return slot.entry->id == entry->id;
            })) {
            rememberLocked(entry->id, body);
        }
        return CacheBodyReader::fromMemory(body);
    }
    return reader;
}

void CacheStore::rememberLocked(const QByteArray &id, const QByteArray &body)
{
    if (m_hot.contains(id) || body.size() > m_limits.hotObjectBytes) {
        return;
    }
    // Make room by dropping arbitrary members (O(1) each): the disk copy stays, so a dropped
    // body costs one file read on its next hit, and that read puts it back.
    while (!m_hot.isEmpty() && m_hotBytes + body.size() > m_limits.hotBytes) {
        const auto victim = m_hot.begin();
        m_hotBytes -= victim->size();
        m_hot.erase(victim);
    }
    if (m_hotBytes + body.size() <= m_limits.hotBytes) {
        m_hot.insert(id, body);
        m_hotBytes += body.size();
    }
}

void CacheStore::forgetLocked(const QByteArray &id)
{
    const auto it = m_hot.find(id);
    if (it == m_hot.end()) {
        return;
    }
    m_hotBytes -= it->size();
    m_hot.erase(it);
}

bool CacheStore::beginRefresh(const QByteArray &primaryKey)
{
    QMutexLocker lock(&m_mutex);
    if (m_refreshing.contains(primaryKey)) {
        return false;
    }
    m_refreshing.insert(primaryKey);
    return true;
}

void CacheStore::endRefresh(const QByteArray &primaryKey)
{
    QMutexLocker lock(&m_mutex);
    m_refreshing.remove(primaryKey);
}

CacheStoreStats CacheStore::stats() const
{
    QMutexLocker lock(&m_mutex);
    CacheStoreStats s;
    s.entries = m_entries;
    s.bytes = m_bytes;
    s.budget = m_limits.budgetBytes;
    s.evicted = m_evicted;
    s.droppedWrites = m_droppedWrites.load(std::memory_order_relaxed);
    s.loaded = m_loaded;
    s.memoryBytes = m_hotBytes;
    return s;
}

void CacheStore::deleteFiles(const QList<EntryPtr> &entries)
{
    if (entries.isEmpty()) {
        return;
    }
    m_disk.start([this, entries] { deleteFilesNow(entries); });
}

void CacheStore::deleteFilesNow(const QList<EntryPtr> &entries)
{
    QStringList failed;
    for (const EntryPtr &e : entries) {
        // Metadata first: without it the body is an orphan that the next load removes.
        for (const QString &path : {entryPath(e->id, "meta"), bodyPath(*e)}) {
            if (!QFile::remove(path) && QFileInfo::exists(path)) {
                failed.append(path); // e.g. open for reading on Windows
            }
        }
    }
    QMutexLocker lock(&m_mutex);
    const QStringList retry = std::exchange(m_undeletable, {});
    lock.unlock();
    for (const QString &path : retry) {
        if (!QFile::remove(path) && QFileInfo::exists(path)) {
            failed.append(path);
        }
    }
    lock.relock();
    m_undeletable += failed;
}

void CacheStore::load()
{
    m_disk.start([this] { loadFromDisk(); });
}

void CacheStore::loadFromDisk()
{
    const QString layout = m_directory + QLatin1Char('/') + QLatin1String(kLayout);
    if (!QDir().mkpath(layout)) {
        qCWarning(lcCacheStore) << "cannot create" << layout;
    }
    // Tell backup tools that this is a cache (https://bford.info/cachedir/).
    const QString tag = m_directory + QStringLiteral("/CACHEDIR.TAG");
    if (!QFileInfo::exists(tag)) {
        writeFileAtomically(tag, QByteArrayLiteral("Signature: 8a477f597d28d172789f06886806bc55\n"
                                                   "# This directory holds Veil's HTTP cache.\n"));
    }
    struct BodyFile
    {
        QString path;
        qint64 size;
    };
    QHash<QByteArray, BodyFile> bodies;
    QHash<QByteArray, QString> metas;
    QDirIterator it(layout, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QByteArray id;
        bool isMeta = false;
        if (!Files::isEntryFileName(it.fileName(), &id, &isMeta)) {
            QFile::remove(path); // a temporary file of a write the process did not finish
        } else if (isMeta) {
            metas.insert(id, path);
        } else {
            bodies.insert(id, BodyFile{path, it.fileInfo().size()});
        }
    }
    int loaded = 0;
    int dropped = 0;
    for (auto m = metas.cbegin(); m != metas.cend(); ++m) {
        QFile file(m.value());
        std::optional<CacheEntry> entry;
        if (file.open(QIODevice::ReadOnly) && file.size() <= Files::MaxMetaBytes) {
            entry = Files::parseMeta(file.readAll());
        }
        const qint64 bodyFile = bodies.value(m.key(), BodyFile{QString(), -1}).size;
        if (!entry || entry->id != m.key() || bodyFile < 0 ||
            bodyFile != Files::bodyHeader(*entry).size() + entry->bodySize) {
            file.remove(); // torn, foreign or without its body: never served
            ++dropped;
            continue;
        }
        bodies.remove(m.key());
        entry->diskBytes = file.size() + bodyFile;
        const qint64 lastUse = QFileInfo(file).lastModified().toMSecsSinceEpoch();
        QList<EntryPtr> gone;
        {
            QMutexLocker lock(&m_mutex);
            gone = insertLocked(std::make_shared<const CacheEntry>(std::move(*entry)), lastUse, true);
        }
        deleteFilesNow(gone);
        ++loaded;
    }
    for (auto b = bodies.cbegin(); b != bodies.cend(); ++b) {
        QFile::remove(b->path); // a body whose metadata never got written
        ++dropped;
    }
    QList<EntryPtr> evicted;
    {
        QMutexLocker lock(&m_mutex);
        m_loaded = true;
        evicted = evictLocked(); // the budget may be smaller than last time
    }
    deleteFilesNow(evicted);
    if (loaded > 0 || dropped > 0) {
        qCInfo(lcCacheStore).noquote()
            << "cache" << m_directory << ":" << loaded << "entries," << dropped << "incomplete files removed";
    }
}

} // namespace Veil::Cache
