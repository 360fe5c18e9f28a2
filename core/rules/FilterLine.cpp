#include "rules/FilterLine.h"

#include <QHostAddress>
#include <QString>
#include <QUrl>

#include <array>

namespace Veil {

const char *skipReasonName(SkipReason reason)
{
    switch (reason) {
    case SkipReason::Comment:
        return "comment";
    case SkipReason::Cosmetic:
        return "cosmetic";
    case SkipReason::ResourceType:
        return "resource-type";
    case SkipReason::Popup:
        return "popup";
    case SkipReason::CosmeticException:
        return "cosmetic-exception";
    case SkipReason::UnsupportedOption:
        return "unsupported-option";
    case SkipReason::UnsupportedRegex:
        return "unsupported-regex";
    case SkipReason::MatchesEverything:
        return "matches-everything";
    case SkipReason::LocalHost:
        return "localhost";
    case SkipReason::Invalid:
        return "invalid";
    case SkipReason::TooLong:
        return "too-long";
    case SkipReason::Binary:
        return "binary";
    case SkipReason::BadFiltered:
        return "badfiltered";
    case SkipReason::Count:
        break;
    }
    return "?";
}

namespace FilterLine {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

QByteArrayView trimmed(QByteArrayView s)
{
    while (!s.isEmpty() && isSpace(s.front())) {
        s = s.sliced(1);
    }
    while (!s.isEmpty() && isSpace(s.back())) {
        s.chop(1);
    }
    return s;
}

bool isHostChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
}

FilterLineResult skip(SkipReason reason, QByteArray detail = {})
{
    FilterLineResult r;
    r.skipped = true;
    r.reason = reason;
    r.detail = std::move(detail);
    return r;
}

bool isCosmetic(QByteArrayView line)
{
    static constexpr std::array<const char *, 9> markers = {"##",   "#@#",  "#?#",  "#$#", "#%#",
                                                            "#@?#", "#@$#", "#@%#", "$$"};
    for (const char *m : markers) {
        if (line.indexOf(QByteArrayView(m)) >= 0) {
            return true;
        }
    }
    return false;
}

/** Lower-cases an ASCII host, converts an internationalised one to ACE; empty when not a host. */
QByteArray normalizeHost(QByteArrayView raw)
{
    QByteArray host = raw.toByteArray().toLower();
    if (host.endsWith('.')) {
        host.chop(1);
    }
    bool ascii = true;
    for (const char c : host) {
        ascii = ascii && uchar(c) < 0x80;
    }
    if (!ascii) {
        host = QUrl::toAce(QString::fromUtf8(host));
    }
    return isValidHost(host) ? host : QByteArray();
}

bool isLocalHostName(QByteArrayView host)
{
    static constexpr std::array<const char *, 12> names = {
        "localhost",     "localhost.localdomain", "local",        "broadcasthost",
        "ip6-localhost", "ip6-loopback",          "ip6-localnet", "ip6-mcastprefix",
        "ip6-allnodes",  "ip6-allrouters",        "ip6-allhosts", "0.0.0.0"};
    for (const char *n : names) {
        if (host == QByteArrayView(n)) {
            return true;
        }
    }
    return false;
}

bool looksLikeIp(QByteArrayView token)
{
    if (token.isEmpty() || token.size() > 45) {
        return false;
    }
    for (const char c : token) {
        const bool ok = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') ||
                        c == '.' || c == ':' || c == '%';
        if (!ok) {
            return false;
        }
    }
    return token == "0" || !QHostAddress(QString::fromLatin1(token)).isNull();
}

/** "0.0.0.0 a.example b.example # comment". */
FilterLineResult parseHostsLine(QByteArrayView rest)
{
    if (const qsizetype hash = rest.indexOf('#'); hash >= 0) {
        rest = rest.first(hash);
    }
    FilterLineResult r;
    bool sawLocal = false;
    qsizetype i = 0;
    while (i < rest.size()) {
        while (i < rest.size() && isSpace(rest[i])) {
            ++i;
        }
        qsizetype end = i;
        while (end < rest.size() && !isSpace(rest[end])) {
            ++end;
        }
        if (end == i) {
            break;
        }
        const QByteArrayView token = rest.sliced(i, end - i);
        i = end;
        const QByteArray host = normalizeHost(token);
        if (host.isEmpty()) {
            continue;
        }
        if (isLocalHostName(host)) {
            sawLocal = true;
            continue;
        }
        ParsedFilter f;
        f.kind = ParsedFilter::Kind::Host;
        f.flags = FlagHostsSyntax;
        f.text = host;
        f.pattern = host;
        r.filters.append(std::move(f));
    }
    if (r.filters.isEmpty()) {
        return skip(sawLocal ? SkipReason::LocalHost : SkipReason::Invalid);
    }
    return r;
}

enum class OptionVerdict
{
    Ok,
    Skip
};

struct Options
{
    std::uint16_t flags = 0;
    bool badfilter = false;
    QList<QByteArray> include;
    QList<QByteArray> exclude;
    QList<QByteArray> keptForBadfilter; ///< every option but "badfilter", as written
    bool removeParam = false;           ///< "$removeparam[=name]"
    QByteArray removeParamName;
    SkipReason reason = SkipReason::Invalid;
    QByteArray detail;
};

bool isResourceType(QByteArrayView name)
{
    static constexpr std::array<const char *, 19> types = {"script",
                                                           "image",
                                                           "stylesheet",
                                                           "css",
                                                           "object",
                                                           "xmlhttprequest",
                                                           "xhr",
                                                           "subdocument",
                                                           "frame",
                                                           "ping",
                                                           "beacon",
                                                           "websocket",
                                                           "webrtc",
                                                           "media",
                                                           "font",
                                                           "other",
                                                           "object-subrequest",
                                                           "inline-script",
                                                           "inline-font"};
    for (const char *t : types) {
        if (name == QByteArrayView(t)) {
            return true;
        }
    }
    return false;
}

OptionVerdict parseDomains(QByteArrayView value, Options *o)
{
    for (const QByteArrayView part : QByteArrayView(value).toByteArray().split('|')) {
        QByteArrayView d = trimmed(part);
        const bool negated = d.startsWith('~');
        if (negated) {
            d = d.sliced(1);
        }
        if (d.endsWith(".*")) {
            o->reason = SkipReason::UnsupportedOption;
            o->detail = QByteArrayLiteral("domain=entity.*");
            return OptionVerdict::Skip;
        }
        const QByteArray host = normalizeHost(d);
        if (host.isEmpty()) {
            o->reason = SkipReason::Invalid;
            return OptionVerdict::Skip;
        }
        (negated ? o->exclude : o->include).append(host);
    }
    o->flags |= FlagDomains;
    return OptionVerdict::Ok;
}

/**
 * "$removeparam=name" and bare "$removeparam". Regexes ("/…/") and negations ("~name") are
 * counted as unsupported: only exact names are applied, which cannot remove more than they say.
 */
OptionVerdict parseRemoveParam(QByteArrayView value, Options *o)
{
    if (value.startsWith('/') || value.startsWith('~')) {
        o->reason = SkipReason::UnsupportedOption;
        o->detail = value.startsWith('/') ? QByteArrayLiteral("removeparam=/regex/")
                                          : QByteArrayLiteral("removeparam=~name");
        return OptionVerdict::Skip;
    }
    for (const char c : value) {
        if (c == '&' || c == '=' || c == '#' || c == '?' || c == '|' || isSpace(c)) {
            o->reason = SkipReason::Invalid;
            return OptionVerdict::Skip;
        }
    }
    o->removeParam = true;
    o->removeParamName = value.toByteArray();
    return OptionVerdict::Ok;
}

/**
 * Turns a parsed "$removeparam" line into a RemoveParam filter: any host ("$removeparam=x",
 * "*$removeparam=x") or one host and its subdomains ("||host^$removeparam=x"). Everything else
 * is skipped with a counted reason; the line never becomes a block filter.
 */
FilterLineResult removeParamFilter(ParsedFilter f, QByteArrayView pattern, const Options &o)
{
    if (o.flags & (FlagDomains | FlagThirdParty | FlagFirstParty)) {
        return skip(SkipReason::UnsupportedOption, QByteArrayLiteral("removeparam+domain/party"));
    }
    QByteArray host;
    if (pattern.startsWith("||")) {
        QByteArrayView hostPart = pattern.sliced(2);
        if (hostPart.endsWith('^')) {
            hostPart.chop(1);
        }
        host = normalizeHost(hostPart);
        if (host.isEmpty()) {
            return skip(SkipReason::UnsupportedOption, QByteArrayLiteral("removeparam+url"));
        }
    } else if (!pattern.isEmpty() && pattern != "*") {
        return skip(SkipReason::UnsupportedOption, QByteArrayLiteral("removeparam+url"));
    }
    if (host.isEmpty() && o.removeParamName.isEmpty()) {
        return skip(SkipReason::MatchesEverything); // every parameter of every site
    }
    f.kind = ParsedFilter::Kind::RemoveParam;
    f.pattern = host;
    f.removeParam = o.removeParamName;
    f.flags &= FlagException; // "important", "match-case"… mean nothing here
    FilterLineResult r;
    r.filters.append(std::move(f));
    return r;
}

OptionVerdict parseOptions(QByteArrayView text, Options *o)
{
    for (const QByteArray &raw : text.toByteArray().split(',')) {
        const QByteArray option = trimmed(raw).toByteArray();
        if (option.isEmpty()) {
            continue;
        }
        const qsizetype eq = option.indexOf('=');
        const QByteArray name = (eq < 0 ? option : option.left(eq)).toLower();
        const QByteArrayView value = eq < 0 ? QByteArrayView() : QByteArrayView(option).sliced(eq + 1);
        if (name == "badfilter") {
            o->badfilter = true;
            continue;
        }
        o->keptForBadfilter.append(option);
        const bool negated = name.startsWith('~');
        const QByteArrayView bare = negated ? QByteArrayView(name).sliced(1) : QByteArrayView(name);
        if (name == "important") {
            o->flags |= FlagImportant;
        } else if (name == "third-party" || name == "3p" || name == "~first-party" || name == "~1p") {
            o->flags |= FlagThirdParty;
        } else if (name == "~third-party" || name == "~3p" || name == "first-party" || name == "1p") {
            o->flags |= FlagFirstParty;
        } else if (name == "match-case") {
            o->flags |= FlagMatchCase;
        } else if (name == "domain" || name == "from") {
            if (parseDomains(value, o) == OptionVerdict::Skip) {
                return OptionVerdict::Skip;
            }
        } else if (name == "removeparam") {
            if (parseRemoveParam(value, o) == OptionVerdict::Skip) {
                return OptionVerdict::Skip;
            }
        } else if (name == "document" || name == "doc" || name == "all") {
            // Every type: what a proxy blocks anyway.
        } else if (isResourceType(bare)) {
            o->reason = SkipReason::ResourceType;
            o->detail = name;
            return OptionVerdict::Skip;
        } else if (name == "popup" || name == "popunder") {
            o->reason = SkipReason::Popup;
            return OptionVerdict::Skip;
        } else if (name == "elemhide" || name == "ehide" || name == "generichide" || name == "ghide" ||
                   name == "specifichide" || name == "shide" || name == "genericblock" || name == "content") {
            o->reason = SkipReason::CosmeticException;
            o->detail = name;
            return OptionVerdict::Skip;
        } else {
            o->reason = SkipReason::UnsupportedOption;
            o->detail = name;
            return OptionVerdict::Skip;
        }
    }
    return OptionVerdict::Ok;
}

/** Index of the '$' that starts the options, or -1. */
qsizetype optionsStart(QByteArrayView line)
{
    if (line.size() > 2 && line.startsWith('/') && line.endsWith('/')) {
        return -1; // a regex without options: its '$' is an anchor
    }
    const qsizetype dollar = line.lastIndexOf('$');
    if (dollar <= 0) {
        return dollar; // "$opts" alone has an empty pattern
    }
    // "/regex$/" has no options; "/regex/$opts" has.
    if (line.startsWith('/') && line.lastIndexOf('/') > dollar) {
        return -1;
    }
    return dollar;
}

FilterLineResult parseNetworkFilter(QByteArrayView line)
{
    ParsedFilter f;
    f.text = line.toByteArray();
    QByteArrayView body = line;
    if (body.startsWith("@@")) {
        f.flags |= FlagException;
        body = body.sliced(2);
    }
    Options o;
    QByteArrayView pattern = body;
    if (const qsizetype dollar = optionsStart(body); dollar >= 0) {
        pattern = body.first(dollar);
        if (parseOptions(body.sliced(dollar + 1), &o) == OptionVerdict::Skip) {
            return skip(o.reason, o.detail);
        }
    }
    for (const char c : pattern) {
        if (isSpace(c)) {
            return skip(SkipReason::Invalid);
        }
    }
    f.flags |= o.flags;
    f.includeDomains = o.include;
    f.excludeDomains = o.exclude;
    f.badfilter = o.badfilter;
    if (o.badfilter) {
        f.badfilterTarget =
            ((f.flags & FlagException) ? QByteArray("@@") : QByteArray()) + pattern.toByteArray() +
            (o.keptForBadfilter.isEmpty() ? QByteArray() : '$' + o.keptForBadfilter.join(','));
    }
    if (o.removeParam) {
        return removeParamFilter(std::move(f), pattern, o);
    }
    const bool matchCase = f.flags & FlagMatchCase;
    const bool constrained = !f.includeDomains.isEmpty();

    // Regex: "/…/".
    if (pattern.size() > 2 && pattern.startsWith('/') && pattern.endsWith('/')) {
        f.kind = ParsedFilter::Kind::Regex;
        f.pattern = pattern.sliced(1, pattern.size() - 2).toByteArray();
        FilterLineResult r;
        r.filters.append(std::move(f));
        return r;
    }
    if (pattern.startsWith("||")) {
        f.hostAnchor = true;
        pattern = pattern.sliced(2);
    } else if (pattern.startsWith('|')) {
        f.leftAnchor = true;
        pattern = pattern.sliced(1);
    }
    if (pattern.endsWith('|')) {
        f.rightAnchor = true;
        pattern.chop(1);
    }

    // Host filter: "||host^", "||host^|", "||host" followed by nothing but '^', or a bare host name.
    QByteArrayView hostPart = pattern;
    if (hostPart.endsWith('^')) {
        hostPart.chop(1);
    }
    const bool bareHost = !f.hostAnchor && !f.leftAnchor && !f.rightAnchor &&
                          hostPart.size() == pattern.size() && hostPart.contains('.');
    if ((f.hostAnchor && hostPart.size() < pattern.size()) || bareHost) {
        bool plain = !hostPart.isEmpty();
        for (const char c : hostPart) {
            plain = plain && (isHostChar(c) || (c >= 'A' && c <= 'Z') || uchar(c) >= 0x80);
        }
        if (plain) {
            const QByteArray host = normalizeHost(hostPart);
            if (!host.isEmpty()) {
                f.kind = ParsedFilter::Kind::Host;
                f.pattern = host;
                FilterLineResult r;
                r.filters.append(std::move(f));
                return r;
            }
        }
    }

    // URL pattern.
    QByteArray glob = matchCase ? pattern.toByteArray() : pattern.toByteArray().toLower();
    while (glob.contains("**")) {
        glob.replace("**", "*");
    }
    if (glob.startsWith('*')) {
        glob.remove(0, 1);
        f.leftAnchor = false;
        f.hostAnchor = false;
    }
    if (glob.endsWith('*')) {
        glob.chop(1);
        f.rightAnchor = false;
    }
    if (glob.isEmpty() || glob == "^") {
        if (!constrained) {
            return skip(SkipReason::MatchesEverything);
        }
    }
    if (glob.size() > MaxPatternLength) {
        return skip(SkipReason::TooLong);
    }
    f.kind = ParsedFilter::Kind::Url;
    f.pattern = std::move(glob);
    FilterLineResult r;
    r.filters.append(std::move(f));
    return r;
}

} // namespace

bool isValidHost(QByteArrayView host)
{
    if (host.isEmpty() || host.size() > 253) {
        return false;
    }
    qsizetype labelStart = 0;
    for (qsizetype i = 0; i <= host.size(); ++i) {
        if (i == host.size() || host[i] == '.') {
            const qsizetype length = i - labelStart;
            if (length == 0 || length > 63 || host[labelStart] == '-') {
                return false;
            }
            labelStart = i + 1;
        } else if (!isHostChar(host[i])) {
            return false;
        }
    }
    return true;
}

FilterLineResult parse(QByteArrayView raw)
{
    const QByteArrayView line = trimmed(raw);
    if (line.isEmpty()) {
        FilterLineResult r;
        r.blank = true;
        return r;
    }
    if (line.size() > MaxLineLength) {
        return skip(SkipReason::TooLong);
    }
    for (const char c : line) {
        if ((uchar(c) < 0x20 && c != '\t') || c == 0x7f) {
            return skip(SkipReason::Binary);
        }
    }
    if (line.startsWith('!') || line.startsWith('[')) {
        return skip(SkipReason::Comment);
    }
    if (isCosmetic(line)) {
        return skip(SkipReason::Cosmetic);
    }
    if (line.startsWith('#')) {
        return skip(SkipReason::Comment);
    }

    qsizetype space = 0;
    while (space < line.size() && !isSpace(line[space])) {
        ++space;
    }
    if (space < line.size()) {
        const QByteArrayView first = line.first(space);
        const QByteArrayView rest = line.sliced(space);
        if (looksLikeIp(first)) {
            return parseHostsLine(rest);
        }
        // "example.com # comment" in a plain domain list.
        if (trimmed(rest).startsWith('#')) {
            return parse(first);
        }
        return parseNetworkFilter(line); // options may hold spaces ("$csp=script-src 'none'")
    }

    // Plain domain lists: "example.com", "*.example.com" (a host and its subdomains either way).
    QByteArrayView token = line;
    if (token.startsWith("*.")) {
        token = token.sliced(2);
    }
    bool plain = token.contains('.');
    for (const char c : token) {
        plain = plain && (isHostChar(c) || (c >= 'A' && c <= 'Z'));
    }
    if (plain) {
        const QByteArray host = normalizeHost(token);
        if (!host.isEmpty()) {
            if (isLocalHostName(host)) {
                return skip(SkipReason::LocalHost);
            }
            FilterLineResult r;
            ParsedFilter f;
            f.kind = ParsedFilter::Kind::Host;
            f.flags = FlagHostsSyntax;
            f.pattern = host;
            f.text = line.toByteArray();
            r.filters.append(std::move(f));
            return r;
        }
    }
    return parseNetworkFilter(line);
}

} // namespace FilterLine

} // namespace Veil
