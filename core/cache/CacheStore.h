#pragma once

#include "cache/CachePolicy.h"
#include "cache/CacheStatus.h"
#include "http/HttpHeaders.h"

#include <QByteArray>
#include <QFile>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <QString>
#include <QThreadPool>

#include <atomic>
#include <memory>

class QSaveFile;

namespace Veil::Cache {

/**
 * One stored response (a variant of a primary key). Immutable: a 304 that freshens it replaces
 * the whole record in the index and rewrites only its metadata file; the body file never changes.
 */
struct CacheEntry
{
    QByteArray id; ///< 32 hex digits, random per stored body; names both files
    QByteArray primaryKey;
    QByteArray varyKey; ///< cache/CacheKey varyKey() of the request that stored it
    StoredResponse response;
    qint64 bodySize = 0;
    qint64 diskBytes = 0; ///< metadata + body files, what the budget counts

    /** Host of primaryKey (lower case, without brackets or port). */
    QByteArray host() const;
};
using EntryPtr = std::shared_ptr<const CacheEntry>;

/** Live numbers of a store, for the UI, logs and tests. */
struct CacheStoreStats
{
    qint64 entries = 0;
    qint64 bytes = 0;
    qint64 budget = 0;
    qint64 evicted = 0;       ///< entries removed to stay under the budget since start
    qint64 droppedWrites = 0; ///< responses not stored: too large, I/O error, too many pending
    qint64 memoryBytes = 0;   ///< bodies also kept in memory (the hot tier)
    bool loaded = false;      ///< the entries of earlier runs are indexed
};

struct CacheStoreLimits
{
    qint64 budgetBytes = 512LL * 1024 * 1024;
    qint64 maxObjectBytes = 64LL * 1024 * 1024;
    /** Completed bodies waiting for their fsync + rename; more are dropped (bounded open files). */
    int maxPendingCommits = 256;
    /** Small bodies are also kept in memory (hits without file I/O), up to this many bytes in all… */
    qint64 hotBytes = 32LL * 1024 * 1024;
    /** …each at most this large. */
    qint64 hotObjectBytes = 64 * 1024;
};

/** Reads a stored body after checking that the file really is the entry's (id, keys, size). */
class CacheBodyReader
{
public:
    /** Null with @p error set when the file is missing, torn or belongs to another entry. */
    static std::unique_ptr<CacheBodyReader> open(const QString &path, const CacheEntry &entry,
                                                 QString *error);

    /** A body kept in memory (the store's hot tier): nothing to check, nothing to fail. */
    static std::unique_ptr<CacheBodyReader> fromMemory(QByteArray body);

    /** Up to @p maxBytes of body; empty at the end or on a read error (see failed()). */
    QByteArray read(qint64 maxBytes);
    qint64 remaining() const { return m_remaining; }
    bool failed() const { return m_failed; }
    /** Whether the whole body is in memory (read() then never blocks and never fails). */
    bool inMemory() const { return !m_memory.isNull(); }

private:
    QFile m_file;
    QByteArray m_memory;
    qint64 m_remaining = 0;
    bool m_failed = false;
};

class CacheStore;

/**
 * Writes one new entry while its response streams to the client. Nothing is visible to lookups
 * before commit(); a writer destroyed without commit() (client or origin gone, body too large)
 * leaves nothing behind.
 */
class CacheWriter
{
public:
    ~CacheWriter();
    CacheWriter(const CacheWriter &) = delete;
    CacheWriter &operator=(const CacheWriter &) = delete;

    /** Appends body bytes. False once the writer gave up (object limit, disk full): drop it. */
    bool write(const char *data, qint64 size);
    /** The body is complete: fsync, rename and index it on the store's disk thread. */
    void commit();

private:
    friend class CacheStore;
    CacheWriter(std::shared_ptr<CacheStore> store, std::shared_ptr<CacheEntry> entry,
                std::unique_ptr<QSaveFile> file, quint64 generation, qint64 maxBytes);

    std::shared_ptr<CacheStore> m_store;
    std::shared_ptr<CacheEntry> m_entry;
    std::unique_ptr<QSaveFile> m_file;
    QByteArray m_hotCopy; ///< the body so far while it is small enough for the memory tier
    qint64 m_hotMax = 0;
    quint64 m_generation = 0;
    qint64 m_maxBytes = 0;
    bool m_failed = false;
};

/**
 * The persistent store behind the HTTP cache: entries in a directory (metadata and body in two
 * files per entry, so a 304 rewrites only metadata), an in-memory index shared by all workers,
 * LRU eviction under a byte budget.
 *
 * Threads: lookups and index changes take one short lock (hash lookups, no I/O). Disk work that
 * can block (fsync, rename, metadata writes, deletes, loading the index of earlier runs) runs on
 * the store's own single disk thread, never in a worker's event-loop turn. Body bytes are written
 * and read by the worker that serves the response, in bounded chunks (page-cache I/O).
 *
 * Crash safety: a body is written to a temporary file, fsynced and renamed, then its metadata
 * (with a SHA-1 over it) is written the same way; an entry exists only when both are complete.
 * Reading checks that the body file carries the entry's id and keys and has exactly the stored
 * length, so a torn or mismatched file is never served; it is deleted instead.
 */
class CacheStore final : public std::enable_shared_from_this<CacheStore>
{
public:
    struct Lookup
    {
        EntryPtr entry;                  ///< the newest stored variant matching the request
        Forward miss = Forward::UriMiss; ///< why not, when entry is null
    };

    static std::shared_ptr<CacheStore> create(const QString &directory, CacheStoreLimits limits);
    ~CacheStore();
    CacheStore(const CacheStore &) = delete;
    CacheStore &operator=(const CacheStore &) = delete;

    QString directory() const { return m_directory; }
    CacheStoreLimits limits() const;
    /** New budget and object limit (settings change); evicts at once when the budget shrank. */
    void setLimits(const CacheStoreLimits &limits);

    /** Indexes the entries of earlier runs on the disk thread; lookups work meanwhile (misses). */
    void load();
    /** Test and shutdown helper: waits until queued disk work (load, commits, deletes) is done. */
    bool waitForDisk(int timeoutMs = -1);

    Lookup lookup(const QByteArray &primaryKey, const Http::Headers &requestHeaders);
    /**
     * Starts storing a response. Null when it cannot be stored (declared larger than the object
     * limit, too many commits pending, I/O error). @p expectedBodySize is -1 when unknown.
     */
    std::unique_ptr<CacheWriter> beginWrite(const QByteArray &primaryKey, const QByteArray &varyKey,
                                            const StoredResponse &response, qint64 expectedBodySize);
    /** Replaces @p entry's metadata (after a 304 or a HEAD that freshened it); the body stays. */
    EntryPtr update(const EntryPtr &entry, const StoredResponse &response);
    /** Removes every variant of @p primaryKey (RFC 9111 §4.4 invalidation). */
    void invalidate(const QByteArray &primaryKey);
    /** Removes one entry (its body turned out to be unreadable). */
    void remove(const EntryPtr &entry);
    /** Removes every entry of @p host and its subdomains; returns how many. */
    int clearHost(const QByteArray &host);
    /** Removes everything, including responses being written now. */
    void clear();

    /** Claims the background refresh of @p primaryKey; false while another one runs. */
    bool beginRefresh(const QByteArray &primaryKey);
    void endRefresh(const QByteArray &primaryKey);

    QString bodyPath(const CacheEntry &entry) const;
    std::unique_ptr<CacheBodyReader> openBody(const EntryPtr &entry);
    CacheStoreStats stats() const;

private:
    friend class CacheWriter;
    struct Slot
    {
        EntryPtr entry;
        qint64 lastUse = 0;
    };

    CacheStore(const QString &directory, CacheStoreLimits limits);
    QString entryPath(const QByteArray &id, const char *suffix) const;
    void commitWrite(const std::shared_ptr<CacheEntry> &entry, const std::shared_ptr<QSaveFile> &file,
                     quint64 generation, const QByteArray &hotCopy);
    /** Keeps @p body in the memory tier (dropping others to make room); m_mutex held. */
    void rememberLocked(const QByteArray &id, const QByteArray &body);
    void forgetLocked(const QByteArray &id);
    void loadFromDisk();
    /** Adds @p entry, replacing a stored variant with the same keys; returns the replaced ones. */
    QList<EntryPtr> insertLocked(const EntryPtr &entry, qint64 lastUse, bool keepNewer);
    QList<EntryPtr> evictLocked();
    void removeLocked(const QByteArray &primaryKey, const QByteArray &id);
    void deleteFiles(const QList<EntryPtr> &entries);
    void deleteFilesNow(const QList<EntryPtr> &entries);
    qint64 nextUse();

    const QString m_directory;
    mutable QMutex m_mutex;
    CacheStoreLimits m_limits;              ///< guarded by m_mutex
    QHash<QByteArray, QList<Slot>> m_index; ///< primary key → variants
    qint64 m_bytes = 0;
    qint64 m_entries = 0;
    qint64 m_evicted = 0;
    qint64 m_useClock = 0;
    bool m_loaded = false;
    QSet<QByteArray> m_refreshing;       ///< primary keys with a background refresh running
    QHash<QByteArray, QByteArray> m_hot; ///< id → body of small entries (memory tier)
    qint64 m_hotBytes = 0;
    QList<QString> m_undeletable;         ///< files an open reader kept (Windows); retried later
    std::atomic<quint64> m_generation{1}; ///< bumped by clear(): older writers are dropped
    std::atomic<int> m_pendingCommits{0};
    std::atomic<qint64> m_droppedWrites{0};
    /** One thread: metadata writes, deletes and renames of an entry happen in order. Last member. */
    QThreadPool m_disk;
};

} // namespace Veil::Cache
