#pragma once

#include "rules/FilterLine.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <cstdint>
#include <memory>
#include <utility>
#include <vector>

namespace re2 {
class FilteredRE2;
class RE2;
} // namespace re2

namespace Veil {

/**
 * The URL and regex filters of a compiled Blocklist (plain HTTP only), indexed by URL token.
 *
 * Each filter goes into the bucket of its rarest token: a whole token (a run of a-z, 0-9, '%')
 * that every URL it matches must contain. Glob patterns give their tokens directly; a regex gets
 * one from RE2's prefilter (the literal strings a matching text must hold). The filters are
 * laid out flat, 32 bytes each, one bucket's filters side by side, patterns in one arena and the
 * texts (needed only for a hit) in another. A floating glob with no '*' before its token is tried
 * only where the token found in the URL puts it. Filters with no usable token are tried on every
 * URL. Immutable after build(); safe to share between threads.
 */
class UrlFilterIndex
{
public:
    static constexpr quint16 NoOffset = 0xFFFF;
    static constexpr quint32 NoDomains = ~quint32(0);
    enum Anchor : quint8
    {
        AnchorHost = 1,
        AnchorLeft = 2,
        AnchorRight = 4
    };

    /** A filter as the list compiler hands it over. */
    struct Pending
    {
        QByteArray pattern; ///< the glob; empty for a regex
        QByteArray text;
        QList<QByteArray> include;
        QList<QByteArray> exclude;
        quint32 line = 0;
        quint16 list = 0;
        quint16 flags = 0;
        bool hostAnchor = false;
        bool leftAnchor = false;
        bool rightAnchor = false;
        int regex = -1;
        quint16 tokenOffset = NoOffset;
    };

    struct Filter
    {
        quint32 pattern = 0; ///< offset into the pattern arena
        quint16 patternLength = 0;
        quint16 flags = 0;
        quint32 line = 0;
        quint16 list = 0;
        quint8 anchors = 0;
        quint8 unused = 0;
        qint32 regex = -1;
        quint32 domains = NoDomains; ///< index into the domain sets
        quint32 text = 0;            ///< offset into the text arena
        quint16 textLength = 0;      ///< ≤ FilterLine::MaxLineLength
        /**
         * A floating pattern with no '*' before its indexed token: where that token starts in the
         * pattern. The token found in a URL then fixes the one place the pattern can start.
         */
        quint16 tokenOffset = NoOffset;
    };

    struct DomainSet
    {
        QList<QByteArray> include;
        QList<QByteArray> exclude;
    };

    UrlFilterIndex();
    ~UrlFilterIndex();
    Q_DISABLE_COPY_MOVE(UrlFilterIndex)

    /**
     * Compiles the regex of @p f into @p u (u.regex). False when RE2 refuses it or its program is
     * too large: the caller counts it as SkipReason::UnsupportedRegex.
     */
    bool compileRegex(const ParsedFilter &f, Pending &u);
    void add(Pending u);
    /** Indexes and lays out everything added; call once. */
    void build();

    /** The filters indexed under token @p hash: filters()[first, second). */
    std::pair<quint32, quint32> bucket(quint32 hash) const;
    /** False when no filter is indexed under @p hash (a bit filter: most URL tokens index none). */
    bool mayIndexToken(quint32 hash) const
    {
        return m_tokenBits[(hash & m_tokenBitMask) >> 6] >> (hash & 63) & 1;
    }
    const Filter *filters() const { return m_filters.data(); }
    std::size_t size() const { return m_filters.size(); }
    /** filters()[untokenized(), size()) are tried on every URL. */
    std::size_t untokenized() const { return m_untokenized; }

    QByteArrayView patternOf(const Filter &f) const
    {
        return QByteArrayView(m_patterns.data() + f.pattern, f.patternLength);
    }
    QByteArray textOf(const Filter &f) const
    {
        return QByteArray(m_texts.data() + f.text, qsizetype(f.textLength));
    }
    const DomainSet &domainsOf(const Filter &f) const { return m_domainSets[f.domains]; }
    bool regexMatches(const Filter &f, QByteArrayView subject) const;

    qint64 memoryBytes() const;

private:
    struct Bucket
    {
        quint32 hash = 0;
        quint32 begin = 0;
        quint32 end = 0; ///< 0: empty slot
    };
    void place(const Pending &u);
    std::vector<QList<QByteArray>> regexTokens();

    std::vector<Pending> m_pending;                ///< only until build()
    std::unique_ptr<re2::FilteredRE2> m_prefilter; ///< only until build()
    std::vector<std::size_t> m_prefilterOwner;     ///< prefilter id → index in m_pending
    std::vector<Filter> m_filters;
    std::vector<char> m_patterns;
    std::vector<char> m_texts;
    std::vector<DomainSet> m_domainSets;
    std::vector<Bucket> m_buckets = std::vector<Bucket>(1);
    quint32 m_bucketMask = 0;
    std::size_t m_untokenized = 0;
    std::vector<quint64> m_tokenBits = std::vector<quint64>(1, 0);
    quint32 m_tokenBitMask = 63;
    std::vector<std::unique_ptr<re2::RE2>> m_regexes;
};
static_assert(sizeof(UrlFilterIndex::Filter) == 32);

} // namespace Veil
