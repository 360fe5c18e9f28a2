#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <cstdint>

namespace Veil {

/** Why a blocklist line produced no rule. Counted per list and shown on the list page. */
enum class SkipReason : std::uint8_t
{
    Comment,           ///< "!", "#", "[Adblock Plus 2.0]"
    Cosmetic,          ///< element hiding and scriptlets ("##", "#@#", "#?#", "#$#", "#%#")
    ResourceType,      ///< "$script", "$image", "$~xmlhttprequest"…: a proxy cannot tell the type
    Popup,             ///< "$popup": needs the browser
    CosmeticException, ///< "$elemhide", "$generichide"…: page-level switches, not network filters
    UnsupportedOption, ///< "$csp", "$redirect", "$header", "$removeparam=/regex/"…
    UnsupportedRegex,  ///< not valid for RE2 (lookaround, backreferences) or too large
    MatchesEverything, ///< an empty or "*" pattern without a domain restriction
    LocalHost,         ///< "localhost", "broadcasthost"… in hosts files
    Invalid,           ///< not a host, not a filter
    TooLong,           ///< longer than FilterLine::MaxLineLength
    Binary,            ///< NUL or control characters
    BadFiltered,       ///< cancelled by a "$badfilter" line
    Count
};

/** "comment", "cosmetic", …: stable names for reports and logs. */
const char *skipReasonName(SkipReason reason);

/** Network filter flags. */
enum FilterFlag : std::uint16_t
{
    FlagException = 1 << 0,   ///< "@@"
    FlagImportant = 1 << 1,   ///< "$important"
    FlagThirdParty = 1 << 2,  ///< "$third-party" / "$3p"
    FlagFirstParty = 1 << 3,  ///< "$~third-party" / "$1p"
    FlagDomains = 1 << 4,     ///< has "$domain=" constraints
    FlagHostsSyntax = 1 << 5, ///< came from a hosts-file or plain-domain line
    FlagMatchCase = 1 << 6,   ///< "$match-case"
};

/**
 * One network filter parsed from a blocklist line. Host filters ("||host^", hosts files, plain
 * domains) match a host and its subdomains; URL filters match the full URL of plain-HTTP
 * requests (glob with '*' and '^', '|' and '||' anchors) and regex filters run on RE2.
 */
struct ParsedFilter
{
    enum class Kind : std::uint8_t
    {
        Host,
        Url,
        Regex,
        /**
         * "$removeparam=name" (any host) or "||host^$removeparam[=name]": strips a query parameter
         * in the privacy filter and never blocks. pattern: the host, empty for any host.
         */
        RemoveParam
    };
    Kind kind = Kind::Host;
    /** Host: lower-case name. Url: the glob without anchors (lower case unless match-case). Regex: the body.
     */
    QByteArray pattern;
    std::uint16_t flags = 0;
    bool hostAnchor = false;          ///< "||": matches at a label boundary of the host
    bool leftAnchor = false;          ///< "|": matches at the start of the URL
    bool rightAnchor = false;         ///< trailing "|": matches at the end of the URL
    QList<QByteArray> includeDomains; ///< "$domain=a.com"
    QList<QByteArray> excludeDomains; ///< "$domain=~a.com"
    /** The line text as written (trimmed), for the "why" of a match. */
    QByteArray text;
    /** The text with "$badfilter" removed, for a "$badfilter" line: the filter it cancels. */
    QByteArray badfilterTarget;
    bool badfilter = false;
    /** RemoveParam: the parameter name (exact, case-sensitive); empty strips every parameter. */
    QByteArray removeParam;
};

/** Result of one line: zero or more filters (a hosts line may name several hosts) or a skip reason. */
struct FilterLineResult
{
    QList<ParsedFilter> filters;
    bool skipped = false;
    SkipReason reason = SkipReason::Invalid;
    /** For UnsupportedOption: the option name, so reports can say which. */
    QByteArray detail;
    /** Lines that are neither rules nor skips (blank lines) set neither. */
    bool blank = false;
};

/**
 * Parses blocklist lines of three syntaxes, detected per line: hosts files ("0.0.0.0 host",
 * "127.0.0.1 host", ":: host", several hosts per line, "#" comments), plain domain lists
 * ("example.com", "*.example.com") and Adblock Plus / uBlock Origin network filters.
 */
namespace FilterLine {

/** Lines longer than this are skipped (TooLong); the longest real "$domain=" lists are ~8 KiB. */
constexpr qsizetype MaxLineLength = 16 * 1024;
/** URL patterns longer than this are skipped (Invalid), which bounds the glob matcher's work. */
constexpr qsizetype MaxPatternLength = 1024;

FilterLineResult parse(QByteArrayView line);

/** True for a host name Veil can match: [a-z0-9_-] labels separated by dots, no empty label. */
bool isValidHost(QByteArrayView host);

} // namespace FilterLine

} // namespace Veil
