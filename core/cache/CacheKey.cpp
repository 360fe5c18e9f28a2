#include "cache/CacheKey.h"

#include "cache/CacheSyntax.h"

namespace Veil::Cache {

QByteArray primaryKey(QByteArrayView scheme, QByteArrayView host, quint16 port, QByteArrayView pathAndQuery)
{
    const QByteArray lowerScheme = Syntax::toLower(scheme);
    QByteArray key = lowerScheme + "://";
    if (host.contains(':'))
        key += '[' + Syntax::toLower(host) + ']';
    else
        key += Syntax::toLower(host);
    const bool defaultPort = (lowerScheme == "http" && port == 80) || (lowerScheme == "https" && port == 443);
    if (!defaultPort && port != 0)
        key += ':' + QByteArray::number(port);
    key += pathAndQuery.isEmpty() ? QByteArrayView("/") : pathAndQuery;
    return key;
}

std::optional<QByteArray> primaryKey(const Http::RequestHead &request)
{
    if (request.form != Http::TargetForm::Absolute || request.scheme.isEmpty() || request.host.isEmpty())
        return std::nullopt;
    return primaryKey(request.scheme, request.host, request.port, request.pathAndQuery);
}

std::optional<QByteArray> varyKey(const Http::Headers &responseHeaders, const Http::Headers &requestHeaders)
{
    QByteArray key;
    for (const QByteArray &vary : responseHeaders.values("Vary")) {
        for (QByteArrayView name : Http::splitList(vary)) {
            if (!Syntax::isToken(name) || name == "*")
                return std::nullopt;
            // name ":" value "\n" when present, name "\n" when absent. A field name cannot hold
            // ':' and a field value cannot hold LF, so distinct requests give distinct keys.
            key += Syntax::toLower(name);
            if (requestHeaders.contains(name)) {
                key += ':';
                bool first = true;
                for (const QByteArray &line : requestHeaders.values(name)) {
                    for (QByteArrayView element : Http::splitList(line)) {
                        if (!first)
                            key += ',';
                        key += element;
                        first = false;
                    }
                }
            }
            key += '\n';
        }
    }
    return key;
}

bool varyMatches(const Http::Headers &storedResponseHeaders, QByteArrayView storedVaryKey,
                 const Http::Headers &requestHeaders)
{
    const std::optional<QByteArray> key = varyKey(storedResponseHeaders, requestHeaders);
    return key && *key == storedVaryKey;
}

} // namespace Veil::Cache
