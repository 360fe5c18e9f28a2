// Reading and writing one cache body: CacheBodyReader (checked file or memory) and CacheWriter
// (streamed into a temporary file, committed on the store's disk thread). The index is in
// CacheStore.cpp, the file formats in CacheFiles.cpp.

#include "cache/CacheFiles.h"
#include "cache/CacheStore.h"

#include <QSaveFile>

namespace Veil::Cache {

std::unique_ptr<CacheBodyReader> CacheBodyReader::open(const QString &path, const CacheEntry &entry,
                                                       QString *error)
{
    auto reader = std::unique_ptr<CacheBodyReader>(new CacheBodyReader);
    reader->m_file.setFileName(path);
    if (!reader->m_file.open(QIODevice::ReadOnly)) {
        *error = reader->m_file.errorString();
        return nullptr;
    }
    if (!Files::checkBodyHeader(reader->m_file, entry)) {
        *error = QStringLiteral("body file does not belong to this entry");
        return nullptr;
    }
    reader->m_remaining = reader->m_file.size() - reader->m_file.pos();
    if (reader->m_remaining != entry.bodySize) {
        *error = QStringLiteral("body file has %1 bytes, the entry %2")
                     .arg(reader->m_remaining)
                     .arg(entry.bodySize);
        return nullptr;
    }
    return reader;
}

std::unique_ptr<CacheBodyReader> CacheBodyReader::fromMemory(QByteArray body)
{
    auto reader = std::unique_ptr<CacheBodyReader>(new CacheBodyReader);
    reader->m_remaining = body.size();
    reader->m_memory = body.isNull() ? QByteArray("") : std::move(body);
    return reader;
}

QByteArray CacheBodyReader::read(qint64 maxBytes)
{
    if (m_remaining <= 0 || m_failed) {
        return {};
    }
    if (!m_memory.isNull()) {
        const qsizetype at = m_memory.size() - m_remaining;
        const qsizetype n = qsizetype(qMin(maxBytes, m_remaining));
        m_remaining -= n;
        return at == 0 && n == m_memory.size() ? m_memory : m_memory.mid(at, n); // shared, no copy
    }
    QByteArray data = m_file.read(qMin(maxBytes, m_remaining));
    if (data.isEmpty()) {
        m_failed = true; // shorter than it was a moment ago: the caller aborts the response
        return {};
    }
    m_remaining -= data.size();
    return data;
}

CacheWriter::CacheWriter(std::shared_ptr<CacheStore> store, std::shared_ptr<CacheEntry> entry,
                         std::unique_ptr<QSaveFile> file, quint64 generation, qint64 maxBytes)
    : m_store(std::move(store))
    , m_entry(std::move(entry))
    , m_file(std::move(file))
    , m_generation(generation)
    , m_maxBytes(maxBytes)
{}

CacheWriter::~CacheWriter()
{
    if (m_file) {
        m_file->cancelWriting(); // the temporary file is removed, nothing was renamed
    }
}

bool CacheWriter::write(const char *data, qint64 size)
{
    if (m_failed || !m_file) {
        return false;
    }
    m_entry->bodySize += size;
    if (m_entry->bodySize <= m_hotMax) {
        m_hotCopy.append(data, size);
    } else if (!m_hotCopy.isNull()) {
        m_hotCopy = QByteArray(); // too large for the memory tier
    }
    if (m_entry->bodySize > m_maxBytes || m_file->write(data, size) != size) {
        m_failed = true;
        m_store->m_droppedWrites.fetch_add(1, std::memory_order_relaxed);
        m_file->cancelWriting();
        m_file.reset();
        return false;
    }
    return true;
}

void CacheWriter::commit()
{
    if (m_failed || !m_file) {
        return;
    }
    CacheStore *store = m_store.get();
    if (store->m_pendingCommits.fetch_add(1) >= store->limits().maxPendingCommits) {
        store->m_pendingCommits.fetch_sub(1);
        store->m_droppedWrites.fetch_add(1, std::memory_order_relaxed);
        return; // the destructor discards the temporary file
    }
    // QSaveFile is only touched by one thread at a time: this one until now, the disk thread next.
    std::shared_ptr<QSaveFile> file(std::move(m_file));
    std::shared_ptr<CacheEntry> entry = std::move(m_entry);
    const quint64 generation = m_generation;
    QByteArray hot = entry->bodySize <= m_hotMax ? std::move(m_hotCopy) : QByteArray();
    store->m_disk.start(
        [store, entry, file, generation, hot] { store->commitWrite(entry, file, generation, hot); });
}

} // namespace Veil::Cache
