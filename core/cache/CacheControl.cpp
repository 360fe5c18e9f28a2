#include "cache/CacheControl.h"

#include "cache/CacheSyntax.h"

#include <QSet>

#include <algorithm>

namespace Veil::Cache {

namespace {

using Http::equalsIgnoreCase;

/** An argument as given: unquoted token text or the content of a quoted-string. */
struct Argument
{
    bool present = false; ///< "=" was there
    bool valid = false;   ///< a token or a well-formed quoted-string
    QByteArray text;      ///< unescaped
};

Argument parseArgument(QByteArrayView raw)
{
    Argument arg;
    arg.present = true;
    raw = Syntax::trimOws(raw);
    if (raw.isEmpty())
        return arg;
    if (raw.front() != '"') {
        arg.valid = Syntax::isToken(raw);
        arg.text = raw.toByteArray();
        return arg;
    }
    // quoted-string = DQUOTE *( qdtext / quoted-pair ) DQUOTE, nothing after the closing quote.
    QByteArray text;
    for (qsizetype i = 1; i < raw.size(); ++i) {
        const char c = raw[i];
        if (c == '\\') {
            if (++i == raw.size())
                return arg;
            text += raw[i];
        } else if (c == '"') {
            arg.valid = i == raw.size() - 1;
            arg.text = text;
            return arg;
        } else {
            text += c;
        }
    }
    return arg; // unterminated
}

/** delta-seconds argument; nothing when absent or invalid. */
std::optional<qint64> deltaArgument(const Argument &arg)
{
    if (!arg.present || !arg.valid)
        return std::nullopt;
    return parseDeltaSeconds(arg.text);
}

/**
 * Field-name list of no-cache / private. Returns false when the argument is malformed or names
 * nothing, which makes the directive unqualified (the conservative reading).
 */
bool fieldList(const Argument &arg, QList<QByteArray> &out)
{
    if (!arg.valid)
        return false;
    QList<QByteArray> names;
    for (QByteArrayView name : Http::splitList(arg.text)) {
        if (!Syntax::isToken(name))
            return false;
        names.append(Syntax::toLower(name));
    }
    out = names;
    return !out.isEmpty();
}

void apply(CacheControl &cc, QByteArrayView name, const Argument &arg)
{
    if (equalsIgnoreCase(name, "max-age")) {
        cc.maxAge = deltaArgument(arg).value_or(0);
    } else if (equalsIgnoreCase(name, "s-maxage")) {
        cc.sMaxAge = deltaArgument(arg).value_or(0);
    } else if (equalsIgnoreCase(name, "no-cache")) {
        cc.noCache = true;
        if (arg.present && !fieldList(arg, cc.noCacheFields))
            cc.noCacheFields.clear();
    } else if (equalsIgnoreCase(name, "no-store")) {
        cc.noStore = true;
    } else if (equalsIgnoreCase(name, "no-transform")) {
        cc.noTransform = true;
    } else if (equalsIgnoreCase(name, "stale-if-error")) {
        cc.staleIfError = deltaArgument(arg);
    } else if (equalsIgnoreCase(name, "max-stale")) {
        cc.maxStale = arg.present ? deltaArgument(arg) : std::optional<qint64>(CacheControl::kUnlimited);
    } else if (equalsIgnoreCase(name, "min-fresh")) {
        cc.minFresh = deltaArgument(arg).value_or(CacheControl::kDeltaMax);
    } else if (equalsIgnoreCase(name, "only-if-cached")) {
        cc.onlyIfCached = true;
    } else if (equalsIgnoreCase(name, "must-revalidate")) {
        cc.mustRevalidate = true;
    } else if (equalsIgnoreCase(name, "proxy-revalidate")) {
        cc.proxyRevalidate = true;
    } else if (equalsIgnoreCase(name, "must-understand")) {
        cc.mustUnderstand = true;
    } else if (equalsIgnoreCase(name, "public")) {
        cc.isPublic = !arg.present;
    } else if (equalsIgnoreCase(name, "private")) {
        cc.isPrivate = true;
        if (arg.present && !fieldList(arg, cc.privateFields))
            cc.privateFields.clear();
    } else if (equalsIgnoreCase(name, "stale-while-revalidate")) {
        cc.staleWhileRevalidate = deltaArgument(arg);
    } else if (equalsIgnoreCase(name, "immutable")) {
        cc.immutable = !arg.present;
    }
}

void parseInto(CacheControl &cc, QByteArrayView value, QSet<QByteArray> &seen)
{
    for (QByteArrayView element : Http::splitList(value)) {
        const qsizetype eq = element.indexOf('=');
        const QByteArrayView name = Syntax::trimOws(eq < 0 ? element : element.first(eq));
        if (!Syntax::isToken(name))
            continue;
        const QByteArray lower = Syntax::toLower(name);
        if (seen.contains(lower))
            continue; // first occurrence wins (RFC 9111 §4.2.1)
        seen.insert(lower);
        apply(cc, lower, eq < 0 ? Argument{} : parseArgument(element.sliced(eq + 1)));
    }
}

CacheControl parseFields(const Http::Headers &headers)
{
    CacheControl cc;
    QSet<QByteArray> seen;
    for (const Http::HeaderField &field : headers.fields()) {
        if (equalsIgnoreCase(field.name, "Cache-Control"))
            parseInto(cc, field.value, seen);
    }
    return cc;
}

} // namespace

std::optional<qint64> parseDeltaSeconds(QByteArrayView text)
{
    if (text.isEmpty())
        return std::nullopt;
    qint64 value = 0;
    for (char c : text) {
        if (!Syntax::isDigit(c))
            return std::nullopt;
        value = std::min(value * 10 + (c - '0'), CacheControl::kDeltaMax);
    }
    return value;
}

CacheControl CacheControl::parse(QByteArrayView value)
{
    CacheControl cc;
    QSet<QByteArray> seen;
    parseInto(cc, value, seen);
    return cc;
}

CacheControl CacheControl::parseResponse(const Http::Headers &headers)
{
    return parseFields(headers);
}

CacheControl CacheControl::parseRequest(const Http::Headers &headers)
{
    CacheControl cc = parseFields(headers);
    if (!headers.contains("Cache-Control") && headers.hasToken("Pragma", "no-cache"))
        cc.noCache = true;
    return cc;
}

} // namespace Veil::Cache
