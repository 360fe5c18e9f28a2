#pragma once

#include "http/HttpHeaders.h"
#include "http/HttpParser.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace Veil::Cache {

/**
 * Primary cache key of a request (RFC 9111 §2): the absolute target URI, normalised to
 * "scheme://host[:port]path?query" with a lower-case scheme and host, IPv6 literals in brackets,
 * the default port (80 for http) elided, and path and query exactly as received. The key does
 * not include the method: HEAD is answered from, and freshens, what GET stored.
 * Nothing for requests that have no absolute URI (origin-, authority- or asterisk-form).
 */
std::optional<QByteArray> primaryKey(const Http::RequestHead &request);

/** The same key built from parts (invalidation resolves Location / Content-Location into these). */
QByteArray primaryKey(QByteArrayView scheme, QByteArrayView host, quint16 port, QByteArrayView pathAndQuery);

/**
 * Secondary key of a variant (RFC 9111 §4.1): for every field named by the response's Vary (in
 * order, names lower-cased), the request's value of that field with all its lines combined,
 * list elements trimmed and joined by ",", or a marker that the field was absent (absent and
 * empty differ). Empty when the response has no Vary. Nothing when Vary contains "*" or
 * something that is not a field name: such a response never matches a later request.
 */
std::optional<QByteArray> varyKey(const Http::Headers &responseHeaders, const Http::Headers &requestHeaders);

/**
 * Whether a stored variant can answer @p requestHeaders: @p storedVaryKey is what varyKey()
 * returned for the request that stored it.
 */
bool varyMatches(const Http::Headers &storedResponseHeaders, QByteArrayView storedVaryKey,
                 const Http::Headers &requestHeaders);

} // namespace Veil::Cache
