#pragma once

#include "rules/FilterLine.h"
#include "rules/RemoveParamTable.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <array>
#include <cstdint>
#include <memory>

namespace Veil {

/** One list to compile: a local file now; subscriptions (URL, refresh) come in a later change. */
struct BlocklistSource
{
    QString name;
    QString path;
    /**
     * "$third-party" / "$~third-party" filters where the party cannot be known (CONNECT, SOCKS5,
     * plain HTTP without Referer or Origin): true treats the request as third-party.
     */
    bool assumeThirdParty = true;

    bool operator==(const BlocklistSource &) const = default;
};

/** What loading one list found; the list page shows these counts. */
struct BlocklistReport
{
    QString name;
    QString path;
    QString error; ///< empty when the file was read
    /** When this copy was read and compiled ("last update" on the Rules page). */
    QDateTime loadedAt;
    /** The file's modification time when it was read; invalid when unknown. */
    QDateTime modified;
    qint64 lines = 0;
    qint64 hostRules = 0;
    qint64 urlRules = 0;
    qint64 regexRules = 0;
    qint64 badfilters = 0; ///< "$badfilter" lines (each cancels the filter it names)
    /** "$removeparam" filters: they strip query parameters (privacy filter) and never block. */
    qint64 removeParamRules = 0;
    std::array<qint64, std::size_t(SkipReason::Count)> skipped{};
    /** Unsupported option names and how often each was seen. */
    QHash<QByteArray, int> unsupportedOptions;

    qint64 rules() const { return hostRules + urlRules + regexRules; }
    qint64 skippedTotal() const;
    /** "easylist: 41203 rules (…), 35000 skipped (cosmetic 30000, …)". */
    QString summary() const;
};

/** Whether the request's source (Referer/Origin) and target belong to the same site. */
enum class Party : std::uint8_t
{
    Unknown, ///< no Referer or Origin, or a tunnel: each list's assumeThirdParty decides
    First,
    Third
};

/** What the matcher gets for one connection or request. */
struct BlockRequest
{
    QByteArrayView host; ///< lower case
    /** Plain HTTP only: the full URL ("http://host/path?q"), as sent and lower-cased. Empty for tunnels. */
    QByteArrayView url;
    QByteArrayView urlLower;
    QByteArrayView sourceHost; ///< Referer/Origin host, lower case; empty when unknown
    Party party = Party::Unknown;
};

/** The filter that decided, with where it came from. */
struct BlockHit
{
    int list = -1; ///< index into Blocklist::reports()
    quint32 line = 0;
    QByteArray pattern;
    bool exception = false;
    bool important = false;
};

struct BlockMatch
{
    bool blocked = false;
    /** The block filter, or when not blocked, the exception that allowed a request (if any). */
    BlockHit hit;
    /** When an exception overrode a block: the block it overrode. */
    BlockHit overridden;
    bool excepted() const { return !blocked && hit.exception; }
};

/**
 * Immutable matcher compiled from blocklists. Host filters live in one flat open-addressing table
 * of 64-bit suffix hashes (16 bytes a slot, no strings): a host is probed once per label boundary
 * ("a.b.example.com", "b.example.com", "example.com", "com"), hashing right to left so each
 * suffix costs only its new characters. URL filters (plain HTTP only) sit in a token index;
 * regex filters run on RE2 with a program size cap. Safe to share between threads.
 *
 * Precedence, as in uBlock Origin: an important exception > an important block > an exception >
 * a block, across all lists in the mask (an exception in one list overrides a block of another).
 */
class Blocklist
{
public:
    struct Input
    {
        BlocklistSource source;
        QByteArray data;
        QString error; ///< reading failed: the list is empty and the report says why
        QDateTime modified;
    };

    /** Reads and compiles @p sources (files up to MaxFileBytes). Blocking: call off the data path. */
    static std::shared_ptr<const Blocklist> load(const QList<BlocklistSource> &sources);
    /** Compiles lists already in memory. */
    static std::shared_ptr<const Blocklist> compile(QList<Input> inputs);
    /** Empty matcher. */
    Blocklist();
    ~Blocklist();
    Q_DISABLE_COPY_MOVE(Blocklist)

    static constexpr qint64 MaxFileBytes = 64 * 1024 * 1024;
    /** Lists are addressed by bit in a 64-bit mask. */
    static constexpr int MaxLists = 64;

    BlockMatch match(const BlockRequest &request, quint64 listMask = ~quint64(0)) const;
    /** The "$removeparam" filters, apart from the blocking tables. */
    const RemoveParamTable &removeParams() const { return m_removeParams; }

    const QList<BlocklistReport> &reports() const { return m_reports; }
    const QList<BlocklistSource> &sources() const { return m_sources; }
    int indexOf(const QString &name) const;
    qsizetype hostRuleCount() const;
    qsizetype urlRuleCount() const;
    /** Bytes held by the compiled tables (excluding the reports). */
    qint64 memoryBytes() const;

    /** Right-to-left FNV-1a over a lower-cased host, finalised; never 0 (0 marks empty slots). */
    static quint64 hostHash(QByteArrayView host);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
    RemoveParamTable m_removeParams;
    QList<BlocklistReport> m_reports;
    QList<BlocklistSource> m_sources;
};

} // namespace Veil
