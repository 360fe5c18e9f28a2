#include "rules/UrlFilterIndex.h"

#include "rules/UrlPattern.h"

#include <QHash>

#include <re2/filtered_re2.h>
#include <re2/re2.h>

#include <algorithm>

namespace Veil {

namespace {

/** Regex filters larger than this RE2 program size are skipped (UnsupportedRegex). */
constexpr int kMaxRegexProgramSize = 2000;
/** Memory budget of one regex (RE2 falls back to its NFA, still linear, when the DFA needs more). */
constexpr int64_t kRegexMaxMem = 256 * 1024;
/** Shortest literal RE2's prefilter reports; shorter ones hold no useful token anyway. */
constexpr int kMinAtomLength = 3;

re2::RE2::Options regexOptions(const ParsedFilter &f)
{
    re2::RE2::Options options;
    options.set_log_errors(false);
    options.set_case_sensitive(f.flags & FlagMatchCase);
    options.set_max_mem(kRegexMaxMem);
    // URLs on the wire are bytes, nearly always ASCII. An ASCII pattern compiled as Latin-1 is a
    // quarter the size of its UTF-8 program ('.' is one byte, not a UTF-8 sequence), so its DFA
    // fits the memory budget: EasyList's "/(https?:\/\/)104\.154\..{100,}/" otherwise fell back
    // to the NFA, 6× slower with allocations, on every URL. Non-ASCII patterns keep UTF-8.
    const bool ascii =
        std::all_of(f.pattern.cbegin(), f.pattern.cend(), [](char c) { return quint8(c) < 0x80; });
    if (ascii) {
        options.set_encoding(re2::RE2::Options::EncodingLatin1);
    }
    return options;
}

} // namespace

UrlFilterIndex::UrlFilterIndex()
    : m_prefilter(std::make_unique<re2::FilteredRE2>(kMinAtomLength))
{}

UrlFilterIndex::~UrlFilterIndex() = default;

bool UrlFilterIndex::compileRegex(const ParsedFilter &f, Pending &u)
{
    const re2::RE2::Options options = regexOptions(f);
    const re2::StringPiece source(f.pattern.constData(), std::size_t(f.pattern.size()));
    auto re = std::make_unique<re2::RE2>(source, options);
    if (!re->ok() || re->ProgramSize() > kMaxRegexProgramSize) {
        return false;
    }
    u.regex = int(m_regexes.size());
    m_regexes.push_back(std::move(re));
    // The prefilter compiles it once more, only to learn which literals a match needs.
    if (int id = 0; m_prefilter && m_prefilter->Add(source, options, &id) == re2::RE2::NoError) {
        m_prefilterOwner.resize(std::size_t(id) + 1);
        m_prefilterOwner[std::size_t(id)] = m_pending.size(); // add(u) comes next
    }
    return true;
}

void UrlFilterIndex::add(Pending u)
{
    m_pending.push_back(std::move(u));
}

/**
 * For each regex filter, the URL tokens every URL it matches must contain. RE2's prefilter
 * reduces a regex to an AND/OR tree of literal strings ("atoms") a matching text must contain.
 * A token lying wholly inside an atom (non-token characters on both sides within the atom) is a
 * whole token of any URL containing that atom. A regex needs token t when the atoms without t
 * can no longer make it a candidate: the tree is monotone, so every URL the regex matches holds
 * an atom with t, hence t.
 */
std::vector<QList<QByteArray>> UrlFilterIndex::regexTokens()
{
    std::vector<QList<QByteArray>> out(m_pending.size());
    if (!m_prefilter || m_prefilter->NumRegexps() == 0) {
        return out;
    }
    std::vector<std::string> atoms;
    m_prefilter->Compile(&atoms);
    QHash<QByteArray, std::vector<int>> holders; // token → atoms holding it, ascending
    for (int a = 0; a < int(atoms.size()); ++a) {
        const std::string &atomText = atoms[std::size_t(a)];
        const QByteArrayView atom(atomText.data(), qsizetype(atomText.size()));
        qsizetype i = 0;
        while (i < atom.size()) {
            if (!UrlPattern::isTokenChar(atom[i])) {
                ++i;
                continue;
            }
            const qsizetype begin = i;
            while (i < atom.size() && UrlPattern::isTokenChar(atom[i])) {
                ++i;
            }
            if (begin > 0 && i < atom.size()) {
                std::vector<int> &h = holders[atom.sliced(begin, i - begin).toByteArray()];
                if (h.empty() || h.back() != a) {
                    h.push_back(a);
                }
            }
        }
    }
    std::vector<int> rest;
    std::vector<int> potential;
    for (auto it = holders.cbegin(); it != holders.cend(); ++it) {
        if (UrlPattern::tokens(it.key(), true, true, true).isEmpty()) {
            continue; // "http", "www", "com"…: in nearly every URL, no use as an index
        }
        rest.clear();
        for (int a = 0; a < int(atoms.size()); ++a) {
            if (!std::binary_search(it.value().cbegin(), it.value().cend(), a)) {
                rest.push_back(a);
            }
        }
        potential.clear();
        m_prefilter->AllPotentials(rest, &potential);
        std::sort(potential.begin(), potential.end());
        for (int id = 0; id < m_prefilter->NumRegexps(); ++id) {
            if (!std::binary_search(potential.cbegin(), potential.cend(), id)) {
                out[m_prefilterOwner[std::size_t(id)]].append(it.key());
            }
        }
    }
    return out;
}

/**
 * Each filter goes into the bucket of its rarest token (the one fewest filters could be indexed
 * under), so a common word ("analytics", "gif") does not pile up filters that all have to be
 * tried when it appears in a URL. Then the filters are laid out flat, bucket by bucket (list
 * order kept inside a bucket), the untokenized ones last.
 */
void UrlFilterIndex::build()
{
    const std::vector<QList<QByteArray>> fromRegex = regexTokens();
    m_prefilter.reset();
    std::vector<QList<QByteArrayView>> candidates(m_pending.size());
    QHash<quint32, int> frequency;
    for (std::size_t i = 0; i < m_pending.size(); ++i) {
        const Pending &u = m_pending[i];
        if (u.regex < 0) {
            candidates[i] = UrlPattern::tokens(u.pattern, u.hostAnchor, u.leftAnchor, u.rightAnchor);
        } else {
            for (const QByteArray &token : fromRegex[i]) {
                candidates[i].append(token);
            }
        }
        for (const QByteArrayView token : candidates[i]) {
            ++frequency[UrlPattern::tokenHash(token)];
        }
    }
    QHash<quint32, std::vector<quint32>> byToken;
    std::vector<quint32> rest;
    for (std::size_t i = 0; i < m_pending.size(); ++i) {
        quint32 best = 0;
        int bestCount = -1;
        qsizetype bestLength = 0;
        QByteArrayView bestToken;
        for (const QByteArrayView token : candidates[i]) {
            const quint32 hash = UrlPattern::tokenHash(token);
            const int count = frequency.value(hash);
            if (bestCount < 0 || count < bestCount || (count == bestCount && token.size() > bestLength)) {
                best = hash;
                bestCount = count;
                bestLength = token.size();
                bestToken = token;
            }
        }
        if (bestCount < 0) {
            rest.push_back(quint32(i));
            continue;
        }
        Pending &u = m_pending[i];
        if (u.regex < 0 && !u.hostAnchor && !u.leftAnchor) {
            const qsizetype offset = bestToken.data() - u.pattern.constData();
            if (!QByteArrayView(u.pattern).first(offset).contains('*')) {
                u.tokenOffset = quint16(offset); // < FilterLine::MaxPatternLength
            }
        }
        byToken[best].push_back(quint32(i));
    }
    candidates.clear();

    quint32 slotCount = 16;
    while (slotCount < quint32(byToken.size()) * 2) {
        slotCount *= 2;
    }
    m_buckets.assign(slotCount, Bucket{});
    m_bucketMask = slotCount - 1;
    m_filters.reserve(m_pending.size());
    for (auto it = byToken.cbegin(); it != byToken.cend(); ++it) {
        const auto begin = quint32(m_filters.size());
        for (const quint32 index : it.value()) {
            place(m_pending[index]);
        }
        quint32 slot = it.key() & m_bucketMask;
        while (m_buckets[slot].end != 0) {
            slot = (slot + 1) & m_bucketMask;
        }
        m_buckets[slot] = Bucket{it.key(), begin, quint32(m_filters.size())};
    }
    m_untokenized = m_filters.size();
    for (const quint32 index : rest) {
        place(m_pending[index]);
    }
    std::vector<Pending>().swap(m_pending);
    m_patterns.shrink_to_fit();
    m_texts.shrink_to_fit();

    quint32 bitCount = 64;
    while (bitCount < quint32(byToken.size()) * 16 && bitCount < (1u << 24)) {
        bitCount *= 2;
    }
    m_tokenBits.assign(bitCount / 64, 0);
    m_tokenBitMask = bitCount - 1;
    for (auto it = byToken.cbegin(); it != byToken.cend(); ++it) {
        m_tokenBits[(it.key() & m_tokenBitMask) >> 6] |= quint64(1) << (it.key() & 63);
    }
}

void UrlFilterIndex::place(const Pending &u)
{
    Filter f;
    f.pattern = quint32(m_patterns.size());
    f.patternLength = quint16(u.pattern.size()); // ≤ FilterLine::MaxPatternLength
    m_patterns.insert(m_patterns.end(), u.pattern.cbegin(), u.pattern.cend());
    f.text = quint32(m_texts.size());
    f.textLength = quint16(u.text.size());
    m_texts.insert(m_texts.end(), u.text.cbegin(), u.text.cend());
    f.tokenOffset = u.tokenOffset;
    f.flags = u.flags;
    f.line = u.line;
    f.list = u.list;
    f.anchors = quint8((u.hostAnchor ? AnchorHost : 0) | (u.leftAnchor ? AnchorLeft : 0) |
                       (u.rightAnchor ? AnchorRight : 0));
    f.regex = u.regex;
    if (!u.include.isEmpty() || !u.exclude.isEmpty()) {
        f.domains = quint32(m_domainSets.size());
        m_domainSets.push_back(DomainSet{u.include, u.exclude});
    }
    m_filters.push_back(f);
}

std::pair<quint32, quint32> UrlFilterIndex::bucket(quint32 hash) const
{
    for (quint32 slot = hash & m_bucketMask; m_buckets[slot].end != 0; slot = (slot + 1) & m_bucketMask) {
        if (m_buckets[slot].hash == hash) {
            return {m_buckets[slot].begin, m_buckets[slot].end};
        }
    }
    return {0, 0};
}

bool UrlFilterIndex::regexMatches(const Filter &f, QByteArrayView subject) const
{
    return re2::RE2::PartialMatch(re2::StringPiece(subject.data(), std::size_t(subject.size())),
                                  *m_regexes[std::size_t(f.regex)]);
}

qint64 UrlFilterIndex::memoryBytes() const
{
    qint64 bytes = qint64(m_filters.capacity() * sizeof(Filter) + m_patterns.capacity() + m_texts.capacity() +
                          m_buckets.capacity() * sizeof(Bucket) + m_tokenBits.capacity() * sizeof(quint64));
    for (const DomainSet &set : m_domainSets) {
        bytes += qint64(sizeof(set));
        for (const QByteArray &h : set.include + set.exclude) {
            bytes += h.capacity() + 24;
        }
    }
    for (const auto &re : m_regexes) {
        bytes += 64 * re->ProgramSize(); // RE2 instructions are ~16 bytes; DFA caches grow lazily
    }
    return bytes;
}

} // namespace Veil
