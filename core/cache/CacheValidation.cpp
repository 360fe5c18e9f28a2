// CachePolicy: validation (RFC 9111 §4.3), client conditionals and invalidation (§4.4).

#include "cache/CacheKey.h"
#include "cache/CachePolicy.h"
#include "cache/HttpDate.h"

#include <QSet>
#include <QUrl>

namespace Veil::Cache {

namespace {

using Http::equalsIgnoreCase;

/** entity-tag (RFC 9110 §8.8.3): [W/] DQUOTE *etagc DQUOTE. Views into the parsed text. */
struct EntityTag
{
    bool weak = false;
    QByteArrayView opaque; ///< including the quotes
};

std::optional<EntityTag> parseEntityTag(QByteArrayView s)
{
    EntityTag tag;
    if (s.startsWith("W/")) {
        tag.weak = true;
        s = s.sliced(2);
    }
    if (s.size() < 2 || s.front() != '"' || s.back() != '"')
        return std::nullopt;
    for (char c : s.sliced(1, s.size() - 2)) {
        const auto u = static_cast<unsigned char>(c);
        if (u == '"' || u < 0x21 || u == 0x7f)
            return std::nullopt;
    }
    tag.opaque = s;
    return tag;
}

bool isSafeMethod(QByteArrayView method)
{
    return method == "GET" || method == "HEAD" || method == "OPTIONS" || method == "TRACE";
}

/** Replaces, in @p stored, every field named in @p update by @p update's lines (RFC 9111 §3.2). */
Http::Headers mergeFields(const Http::Headers &stored, const Http::Headers &update)
{
    QSet<QByteArray> updated;
    for (const Http::HeaderField &f : update.fields())
        updated.insert(f.name.toLower());

    Http::Headers out;
    QSet<QByteArray> emitted;
    const auto takeUpdate = [&](const QByteArray &lower) {
        for (const Http::HeaderField &f : update.fields()) {
            if (equalsIgnoreCase(f.name, lower))
                out.append(f.name, f.value);
        }
        emitted.insert(lower);
    };
    for (const Http::HeaderField &f : stored.fields()) {
        const QByteArray lower = f.name.toLower();
        if (!updated.contains(lower))
            out.append(f.name, f.value);
        else if (!emitted.contains(lower))
            takeUpdate(lower); // the new lines take the place of the first old one
    }
    for (const Http::HeaderField &f : update.fields()) {
        const QByteArray lower = f.name.toLower();
        if (!emitted.contains(lower))
            takeUpdate(lower);
    }
    return out;
}

} // namespace

Http::RequestHead CachePolicy::conditionalRequest(const Http::RequestHead &client,
                                                  const StoredResponse &entry)
{
    Http::RequestHead out = client;
    out.headers.remove("If-None-Match");
    out.headers.remove("If-Modified-Since");
    const QByteArray etag = entry.headers.value("ETag");
    const QByteArray lastModified = entry.headers.value("Last-Modified");
    if (parseEntityTag(etag)) // weak tags are fine here: If-None-Match compares weakly
        out.headers.append(QByteArrayLiteral("If-None-Match"), etag);
    else if (HttpDate::parse(lastModified, entry.responseTime))
        out.headers.append(QByteArrayLiteral("If-Modified-Since"), lastModified);
    return out;
}

bool CachePolicy::notModifiedSelects(const StoredResponse &entry, const Http::ResponseHead &response,
                                     qint64 storedBodySize)
{
    if (storedBodySize >= 0 && response.headers.contains("Content-Length")) {
        bool ok = false;
        const qint64 length = response.headers.value("Content-Length").toLongLong(&ok);
        if (!ok || length != storedBodySize)
            return false;
    }
    if (response.headers.contains("ETag")) {
        const QByteArray receivedValue = response.headers.value("ETag");
        const std::optional<EntityTag> received = parseEntityTag(receivedValue);
        const QByteArray storedValue = entry.headers.value("ETag");
        const std::optional<EntityTag> stored = parseEntityTag(storedValue);
        if (!received || !stored || received->opaque != stored->opaque)
            return false;
        // A strong validator selects only responses with the same strong validator (§4.3.4).
        return received->weak || !stored->weak;
    }
    if (response.headers.contains("Last-Modified")) {
        const std::optional<qint64> received =
            HttpDate::parse(response.headers.value("Last-Modified"), entry.responseTime);
        const std::optional<qint64> stored =
            HttpDate::parse(entry.headers.value("Last-Modified"), entry.responseTime);
        return received && stored && *received == *stored;
    }
    // No validator at all: it answers the conditional request this entry produced.
    return true;
}

StoredResponse CachePolicy::freshen(const StoredResponse &entry, const Http::ResponseHead &response,
                                    qint64 requestTime, qint64 responseTime)
{
    // headersToStore drops what must not be stored (hop-by-hop, Content-Length, field lists)
    // and supplies Date; a second pass applies field lists the merged Cache-Control now names.
    const Http::Headers update = headersToStore(response.headers, responseTime);
    StoredResponse out = entry;
    out.headers = headersToStore(mergeFields(entry.headers, update), responseTime);
    out.requestTime = requestTime;
    out.responseTime = responseTime;
    return out;
}

bool CachePolicy::clientNotModified(const Http::RequestHead &client, const StoredResponse &entry)
{
    if (client.method != "GET" && client.method != "HEAD")
        return false;
    if (client.headers.contains("If-None-Match")) {
        const QByteArray storedValue = entry.headers.value("ETag");
        const std::optional<EntityTag> stored = parseEntityTag(storedValue);
        bool matched = false;
        for (const QByteArray &line : client.headers.values("If-None-Match")) {
            for (QByteArrayView element : Http::splitList(line)) {
                if (element == "*") {
                    matched = true; // a current representation exists
                    continue;
                }
                const std::optional<EntityTag> tag = parseEntityTag(element);
                if (!tag)
                    return false; // malformed: do not evaluate, send the full response
                matched = matched || (stored && stored->opaque == tag->opaque); // weak comparison
            }
        }
        return matched;
    }
    // RFC 9110 §13.1.3: ignored unless it is exactly one valid HTTP-date.
    if (client.headers.count("If-Modified-Since") != 1)
        return false;
    const std::optional<qint64> since =
        HttpDate::parse(client.headers.value("If-Modified-Since"), entry.responseTime);
    if (!since)
        return false;
    const qint64 modified =
        HttpDate::parse(entry.headers.value("Last-Modified"), entry.responseTime).value_or(dateValue(entry));
    return modified <= *since;
}

Http::ResponseHead CachePolicy::notModifiedResponse(const StoredResponse &entry)
{
    static constexpr QByteArrayView kKept[] = {"Cache-Control", "Content-Location", "Date",
                                               "ETag",          "Expires",          "Vary"};
    const bool lastModifiedToo = !entry.headers.contains("ETag");
    Http::ResponseHead out;
    out.status = 304;
    out.reason = QByteArrayLiteral("Not Modified");
    for (const Http::HeaderField &f : entry.headers.fields()) {
        bool keep = lastModifiedToo && equalsIgnoreCase(f.name, "Last-Modified");
        for (QByteArrayView name : kKept)
            keep = keep || equalsIgnoreCase(f.name, name);
        if (keep)
            out.headers.append(f.name, f.value);
    }
    return out;
}

QList<QByteArray> CachePolicy::invalidatedKeys(const Http::RequestHead &request,
                                               const Http::ResponseHead &response)
{
    QList<QByteArray> keys;
    if (isSafeMethod(request.method) || response.status < 200 || response.status > 399)
        return keys;
    const std::optional<QByteArray> target = primaryKey(request);
    if (!target)
        return keys;
    keys.append(*target);

    const QUrl base = QUrl::fromEncoded(*target);
    for (QByteArrayView name : {QByteArrayView("Location"), QByteArrayView("Content-Location")}) {
        const QByteArray value = response.headers.value(name);
        if (value.isEmpty())
            continue;
        const QUrl reference = QUrl::fromEncoded(value, QUrl::StrictMode);
        if (!reference.isValid())
            continue;
        const QUrl resolved = base.resolved(reference);
        // §4.4: never invalidate another origin's URIs, or any origin could purge any other.
        if (resolved.scheme() != base.scheme() || resolved.host() != base.host() ||
            resolved.port(80) != base.port(80)) {
            continue;
        }
        const QByteArray key =
            primaryKey(resolved.scheme().toLatin1(), resolved.host(QUrl::FullyEncoded).toLatin1(),
                       quint16(resolved.port(80)),
                       resolved.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment));
        if (!keys.contains(key))
            keys.append(key);
    }
    return keys;
}

} // namespace Veil::Cache
