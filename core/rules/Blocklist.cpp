#include "rules/Blocklist.h"

#include "rules/UrlFilterIndex.h"
#include "rules/UrlPattern.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <cstring>
#include <vector>

namespace Veil {

namespace {

/** Translation context; lupdate reads it from the macro (translations/README.md). */
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Veil::Blocklist)
};

struct HostSlot
{
    quint64 hash = 0; ///< 0: empty
    quint32 line = 0;
    quint16 list = 0;
    quint16 flags = 0;
};
static_assert(sizeof(HostSlot) == 16);

constexpr quint64 kFnvOffset = 14695981039346656037ull;
constexpr quint64 kFnvPrime = 1099511628211ull;

quint64 finalizeHash(quint64 h)
{
    // splitmix64's finaliser: FNV alone clusters badly in the high bits the table index uses.
    h ^= h >> 30;
    h *= 0xbf58476d1ce4e5b9ull;
    h ^= h >> 27;
    h *= 0x94d049bb133111ebull;
    h ^= h >> 31;
    return h == 0 ? 1 : h;
}

quint64 fnvStep(quint64 h, char c)
{
    const char lower = (c >= 'A' && c <= 'Z') ? char(c | 0x20) : c;
    return (h ^ quint8(lower)) * kFnvPrime;
}

bool isSuffixOf(QByteArrayView host, QByteArrayView domain)
{
    return host == domain || (host.size() > domain.size() && host.endsWith(domain) &&
                              host[host.size() - domain.size() - 1] == '.');
}

bool domainsAllow(const QList<QByteArray> &include, const QList<QByteArray> &exclude, QByteArrayView source)
{
    if (source.isEmpty()) {
        return include.isEmpty(); // "$domain=~a.com" alone applies; "$domain=a.com" needs to know the page
    }
    for (const QByteArray &d : exclude) {
        if (isSuffixOf(source, d)) {
            return false;
        }
    }
    if (include.isEmpty()) {
        return true;
    }
    for (const QByteArray &d : include) {
        if (isSuffixOf(source, d)) {
            return true;
        }
    }
    return false;
}

bool partyAllows(quint16 flags, Party party, bool assumeThird)
{
    const Party p = party != Party::Unknown ? party : (assumeThird ? Party::Third : Party::First);
    if ((flags & FlagThirdParty) && p != Party::Third) {
        return false;
    }
    return !((flags & FlagFirstParty) && p != Party::First);
}

/**
 * Rebuilds the text of a plain host filter (nothing but the host and its flags is stored). Runs
 * for every blocked request, so the text is put together on the stack and allocated once.
 */
QByteArray hostPattern(QByteArrayView host, quint16 flags)
{
    if ((flags & FlagHostsSyntax) || host.size() > 256) {
        return (flags & FlagHostsSyntax) ? host.toByteArray() : "||" + host.toByteArray() + '^';
    }
    std::array<char, 320> buffer; // "@@||" + 256 + "^$~third-party,third-party,important"
    std::size_t n = 0;
    const auto put = [&](const char *text, std::size_t length) {
        std::memcpy(buffer.data() + n, text, length);
        n += length;
    };
    if (flags & FlagException) {
        put("@@", 2);
    }
    put("||", 2);
    put(host.data(), std::size_t(host.size()));
    put("^", 1);
    char separator = '$';
    const auto option = [&](quint16 flag, const char *name, std::size_t length) {
        if (flags & flag) {
            buffer[n++] = separator;
            separator = ',';
            put(name, length);
        }
    };
    option(FlagThirdParty, "third-party", 11);
    option(FlagFirstParty, "~third-party", 12);
    option(FlagImportant, "important", 9);
    return QByteArray(buffer.data(), qsizetype(n));
}

QByteArray badfilterKey(const ParsedFilter &f)
{
    return (f.flags & FlagHostsSyntax) ? "||" + f.pattern + '^' : f.text;
}

quint64 textHash(QByteArrayView text)
{
    quint64 h = kFnvOffset;
    for (const char c : text) {
        h = (h ^ quint8(c)) * kFnvPrime;
    }
    return finalizeHash(h);
}

/** Calls @p fn(begin, end) for each line; "\n", "\r\n" and a lone "\r" end a line. */
template <typename Fn> void forEachLine(QByteArrayView data, Fn fn)
{
    if (data.startsWith("\xEF\xBB\xBF")) {
        data = data.sliced(3);
    }
    qsizetype begin = 0;
    const qsizetype n = data.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = data[i];
        if (c == '\n' || (c == '\r' && (i + 1 == n || data[i + 1] != '\n'))) {
            fn(data.sliced(begin, i - begin));
            begin = i + 1;
        }
    }
    if (begin < n) {
        fn(data.sliced(begin));
    }
}

} // namespace

struct Blocklist::Impl
{
    struct Extra
    {
        QList<QByteArray> include;
        QList<QByteArray> exclude;
        QByteArray text;
    };
    std::vector<HostSlot> table;
    std::vector<quint64> bits;
    quint64 bitMask = 0;
    qsizetype hostCount = 0;
    QHash<quint64, int> extraIndex; ///< (list << 32 | line) → extras
    std::vector<Extra> extras;
    UrlFilterIndex urls;
    std::vector<bool> assumeThird; ///< per list

    quint64 slotFor(quint64 hash) const { return (quint64(quint32(hash >> 32)) * table.size()) >> 32; }

    void buildTable(const std::vector<HostSlot> &entries)
    {
        hostCount = qsizetype(entries.size());
        // About 8 bits per host (a 128 KiB filter for EasyList + EasyPrivacy, which stays in the
        // CPU cache where the 1.5 MiB table does not): ~12 % of misses still reach the table.
        quint64 bitCount = 1024;
        while (bitCount < quint64(entries.size()) * 8) {
            bitCount *= 2;
        }
        bits.assign(std::size_t(bitCount / 64), 0);
        bitMask = bitCount - 1;
        for (const HostSlot &e : entries) {
            bits[(e.hash & bitMask) >> 6] |= quint64(1) << (e.hash & 63);
        }
        // Load factor 0.75 with linear probing: a miss ends within a few table on average.
        table.assign(std::max<std::size_t>(16, entries.size() * 4 / 3 + 1), HostSlot{});
        for (const HostSlot &e : entries) {
            quint64 i = slotFor(e.hash);
            while (table[i].hash != 0) {
                i = i + 1 == table.size() ? 0 : i + 1;
            }
            table[i] = e; // equal hashes stay in insertion order along the probe sequence
        }
    }

    /** One bit per hash bucket, probed before the table: most suffixes of a host are in no list. */
    bool mayHold(quint64 hash) const { return bits[(hash & bitMask) >> 6] >> (hash & 63) & 1; }

    template <typename Fn> void forEachHost(quint64 hash, Fn fn) const
    {
        if (!mayHold(hash)) {
            return;
        }
        quint64 i = slotFor(hash);
        while (table[i].hash != 0) {
            if (table[i].hash == hash) {
                fn(table[i]);
            }
            i = i + 1 == table.size() ? 0 : i + 1;
        }
    }
};

qint64 BlocklistReport::skippedTotal() const
{
    qint64 total = 0;
    for (const qint64 n : skipped) {
        total += n;
    }
    return total;
}

QString BlocklistReport::summary() const
{
    if (!error.isEmpty()) {
        return Tr::tr("%1: %2").arg(name, error);
    }
    QStringList parts;
    for (std::size_t i = 0; i < skipped.size(); ++i) {
        if (skipped[i] > 0) {
            parts.append(
                QStringLiteral("%1 %2").arg(QLatin1String(skipReasonName(SkipReason(i)))).arg(skipped[i]));
        }
    }
    return Tr::tr("%1: %2 rules (%3 host, %4 URL, %5 regex), %6 skipped (%7)")
        .arg(name)
        .arg(rules())
        .arg(hostRules)
        .arg(urlRules)
        .arg(regexRules)
        .arg(skippedTotal())
        .arg(parts.join(QStringLiteral(", ")));
}

Blocklist::Blocklist()
    : d(std::make_unique<Impl>())
{
    d->buildTable({});
}

Blocklist::~Blocklist() = default;

quint64 Blocklist::hostHash(QByteArrayView host)
{
    quint64 h = kFnvOffset;
    for (qsizetype i = host.size() - 1; i >= 0; --i) {
        h = fnvStep(h, host[i]);
    }
    return finalizeHash(h);
}

std::shared_ptr<const Blocklist> Blocklist::load(const QList<BlocklistSource> &sources)
{
    QList<Input> inputs;
    for (const BlocklistSource &source : sources) {
        Input in{source, {}, {}};
        QFile file(source.path);
        if (!file.open(QIODevice::ReadOnly)) {
            in.error = Tr::tr("cannot read %1: %2").arg(source.path, file.errorString());
        } else if (file.size() > MaxFileBytes) {
            in.error = Tr::tr("%1 is larger than %2 MiB").arg(source.path).arg(MaxFileBytes / (1024 * 1024));
        } else {
            in.data = file.readAll();
            in.modified = QFileInfo(file).lastModified();
        }
        inputs.append(std::move(in));
    }
    return compile(std::move(inputs));
}

std::shared_ptr<const Blocklist> Blocklist::compile(QList<Input> inputs)
{
    auto list = std::make_shared<Blocklist>();
    Impl &d = *list->d;

    // "$badfilter" lines cancel filters anywhere in any list, also earlier ones: collect first.
    QSet<quint64> cancelled;
    for (const Input &in : inputs) {
        qsizetype at = 0;
        while ((at = in.data.indexOf("badfilter", at)) >= 0) {
            const qsizetype begin = in.data.lastIndexOf('\n', at) + 1;
            qsizetype end = in.data.indexOf('\n', at);
            end = end < 0 ? in.data.size() : end;
            for (const ParsedFilter &f :
                 FilterLine::parse(QByteArrayView(in.data).sliced(begin, end - begin)).filters) {
                if (f.badfilter) {
                    cancelled.insert(textHash(f.badfilterTarget));
                }
            }
            at = end;
        }
    }

    std::vector<HostSlot> hosts;
    for (qsizetype index = 0; index < inputs.size(); ++index) {
        const Input &in = inputs.at(index);
        BlocklistReport report;
        report.name = in.source.name;
        report.path = in.source.path;
        report.error = in.error;
        report.loadedAt = QDateTime::currentDateTime();
        report.modified = in.modified;
        list->m_sources.append(in.source);
        d.assumeThird.push_back(in.source.assumeThirdParty);
        if (index >= MaxLists) {
            report.error = Tr::tr("more than %1 lists; this one is not used").arg(MaxLists);
            list->m_reports.append(report);
            continue;
        }
        const auto listIndex = quint16(index);
        quint32 lineNo = 0;
        forEachLine(in.data, [&](QByteArrayView line) {
            ++lineNo;
            const FilterLineResult r = FilterLine::parse(line);
            if (r.blank) {
                return;
            }
            if (r.skipped) {
                ++report.skipped[std::size_t(r.reason)];
                if (r.reason == SkipReason::UnsupportedOption) {
                    ++report.unsupportedOptions[r.detail];
                }
                return;
            }
            for (const ParsedFilter &f : r.filters) {
                if (f.badfilter) {
                    ++report.badfilters;
                    continue;
                }
                if (!cancelled.isEmpty() && cancelled.contains(textHash(badfilterKey(f)))) {
                    ++report.skipped[std::size_t(SkipReason::BadFiltered)];
                    continue;
                }
                UrlFilterIndex::Pending u;
                switch (f.kind) {
                case ParsedFilter::Kind::RemoveParam:
                    list->m_removeParams.add(f.pattern, f.removeParam, int(listIndex),
                                             f.flags & FlagException);
                    ++report.removeParamRules;
                    continue;
                case ParsedFilter::Kind::Host:
                    hosts.push_back(HostSlot{hostHash(f.pattern), lineNo, listIndex, f.flags});
                    if (f.flags & FlagDomains) {
                        d.extraIndex.insert(quint64(listIndex) << 32 | lineNo, int(d.extras.size()));
                        d.extras.push_back(Impl::Extra{f.includeDomains, f.excludeDomains, f.text});
                    }
                    ++report.hostRules;
                    continue;
                case ParsedFilter::Kind::Regex:
                    if (!d.urls.compileRegex(f, u)) {
                        ++report.skipped[std::size_t(SkipReason::UnsupportedRegex)];
                        continue;
                    }
                    ++report.regexRules;
                    break;
                case ParsedFilter::Kind::Url:
                    ++report.urlRules;
                    break;
                }
                u.pattern = f.kind == ParsedFilter::Kind::Url ? f.pattern : QByteArray();
                u.text = f.text;
                u.include = f.includeDomains;
                u.exclude = f.excludeDomains;
                u.line = lineNo;
                u.list = listIndex;
                u.flags = f.flags;
                u.hostAnchor = f.hostAnchor;
                u.leftAnchor = f.leftAnchor;
                u.rightAnchor = f.rightAnchor;
                d.urls.add(std::move(u));
            }
        });
        report.lines = lineNo;
        list->m_reports.append(report);
    }
    d.buildTable(hosts);
    d.urls.build();
    return list;
}

int Blocklist::indexOf(const QString &name) const
{
    for (qsizetype i = 0; i < m_sources.size(); ++i) {
        if (m_sources.at(i).name == name) {
            return int(i);
        }
    }
    return -1;
}

qsizetype Blocklist::hostRuleCount() const
{
    return d->hostCount;
}

qsizetype Blocklist::urlRuleCount() const
{
    return qsizetype(d->urls.size());
}

qint64 Blocklist::memoryBytes() const
{
    qint64 bytes = qint64(d->table.capacity() * sizeof(HostSlot) + d->bits.capacity() * sizeof(quint64)) +
                   m_removeParams.memoryBytes();
    for (const Impl::Extra &e : d->extras) {
        bytes += qint64(sizeof(e)) + e.text.capacity();
        for (const QByteArray &h : e.include + e.exclude) {
            bytes += h.capacity() + 24;
        }
    }
    bytes += d->urls.memoryBytes();
    return bytes;
}

BlockMatch Blocklist::match(const BlockRequest &request, quint64 listMask) const
{
    // Ranks: 0 important exception, 1 important block, 2 exception, 3 block.
    std::array<BlockHit, 4> hits;
    std::array<bool, 4> have{};
    auto rankOf = [](quint16 flags) {
        const bool exception = flags & FlagException;
        const bool important = flags & FlagImportant;
        return important ? (exception ? 0 : 1) : (exception ? 2 : 3);
    };
    auto record = [&](int rank, auto makeHit) {
        if (!have[std::size_t(rank)]) {
            have[std::size_t(rank)] = true;
            hits[std::size_t(rank)] = makeHit();
        }
    };

    // Host filters, longest suffix first.
    const QByteArrayView host = request.host;
    quint64 h = kFnvOffset;
    for (qsizetype i = host.size() - 1; i >= 0 && !have[0]; --i) {
        h = fnvStep(h, host[i]);
        if (i > 0 && host[i - 1] != '.') {
            continue;
        }
        const quint64 key = finalizeHash(h);
        const QByteArrayView suffix = host.sliced(i);
        d->forEachHost(key, [&](const HostSlot &slot) {
            if (!(listMask >> slot.list & 1) ||
                !partyAllows(slot.flags, request.party, d->assumeThird[slot.list])) {
                return;
            }
            const Impl::Extra *extra = nullptr;
            if (slot.flags & FlagDomains) {
                extra = &d->extras[std::size_t(d->extraIndex.value(quint64(slot.list) << 32 | slot.line))];
                if (!domainsAllow(extra->include, extra->exclude, request.sourceHost)) {
                    return;
                }
            }
            record(rankOf(slot.flags), [&] {
                return BlockHit{int(slot.list), slot.line,
                                extra ? extra->text : hostPattern(suffix, slot.flags),
                                bool(slot.flags & FlagException), bool(slot.flags & FlagImportant)};
            });
        });
    }

    // URL filters on plain HTTP.
    if (!request.url.isEmpty() && !have[0]) {
        const QByteArrayView url = request.url;
        const QByteArrayView lower = request.urlLower;
        qsizetype hostBegin = lower.indexOf("://");
        hostBegin = hostBegin < 0 ? 0 : hostBegin + 3;
        qsizetype hostEnd = hostBegin;
        if (hostEnd < lower.size() && lower[hostEnd] == '[') {
            while (hostEnd < lower.size() && lower[hostEnd] != ']') {
                ++hostEnd;
            }
        }
        while (hostEnd < lower.size() && lower[hostEnd] != '/' && lower[hostEnd] != '?' &&
               lower[hostEnd] != ':') {
            ++hostEnd;
        }
        // tokenBegin: where the token that led to @p f starts in the URL (-1 for untokenized filters).
        const UrlFilterIndex &index = d->urls;
        auto test = [&](const UrlFilterIndex::Filter &f, qsizetype tokenBegin) {
            if (!(listMask >> f.list & 1) || have[std::size_t(rankOf(f.flags))] ||
                !partyAllows(f.flags, request.party, d->assumeThird[f.list])) {
                return;
            }
            if (f.domains != UrlFilterIndex::NoDomains) {
                const UrlFilterIndex::DomainSet &set = index.domainsOf(f);
                if (!domainsAllow(set.include, set.exclude, request.sourceHost)) {
                    return;
                }
            }
            const QByteArrayView subject = (f.flags & FlagMatchCase) ? url : lower;
            bool hit = false;
            if (f.regex >= 0) {
                hit = index.regexMatches(f, subject);
            } else if (f.tokenOffset != UrlFilterIndex::NoOffset && tokenBegin >= 0) {
                hit = UrlPattern::matchesAt(index.patternOf(f), subject, tokenBegin - f.tokenOffset,
                                            f.anchors & UrlFilterIndex::AnchorRight);
            } else {
                hit = UrlPattern::matches(
                    index.patternOf(f), subject, hostBegin, hostEnd, f.anchors & UrlFilterIndex::AnchorHost,
                    f.anchors & UrlFilterIndex::AnchorLeft, f.anchors & UrlFilterIndex::AnchorRight);
            }
            if (hit) {
                record(rankOf(f.flags), [&] {
                    return BlockHit{int(f.list), f.line, index.textOf(f), bool(f.flags & FlagException),
                                    bool(f.flags & FlagImportant)};
                });
            }
        };
        const UrlFilterIndex::Filter *filters = index.filters();
        qsizetype i = 0;
        while (i < lower.size() && !have[0]) {
            if (!UrlPattern::isTokenChar(lower[i])) {
                ++i;
                continue;
            }
            const qsizetype tokenBegin = i;
            std::uint32_t hash = UrlPattern::TokenHashSeed; // tokenHash() of the token, while scanning it
            while (i < lower.size() && UrlPattern::isTokenChar(lower[i])) {
                hash = UrlPattern::tokenHashStep(hash, lower[i]);
                ++i;
            }
            if (!index.mayIndexToken(hash)) {
                continue;
            }
            const auto [begin, end] = index.bucket(hash);
            for (quint32 at = begin; at < end; ++at) {
                test(filters[at], tokenBegin);
            }
        }
        for (std::size_t at = index.untokenized(); at < index.size() && !have[0]; ++at) {
            test(filters[at], -1);
        }
    }

    BlockMatch m;
    if (have[0]) {
        m.hit = std::move(hits[0]);
        m.overridden = std::move(have[1] ? hits[1] : hits[3]);
    } else if (have[1]) {
        m.blocked = true;
        m.hit = std::move(hits[1]);
    } else if (have[2]) {
        m.hit = std::move(hits[2]);
        m.overridden = std::move(hits[3]);
    } else if (have[3]) {
        m.blocked = true;
        m.hit = std::move(hits[3]);
    }
    return m;
}

} // namespace Veil
