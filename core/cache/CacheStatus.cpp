#include "cache/CacheStatus.h"

#include "cache/CacheSyntax.h"

#include <algorithm>

namespace Veil::Cache {

namespace {

/** sf-token (RFC 8941 §3.3.4): ( ALPHA / "*" ) *( tchar / ":" / "/" ). */
bool isSfToken(QByteArrayView s)
{
    if (s.isEmpty())
        return false;
    const char first = s.front();
    if (!((first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z') || first == '*'))
        return false;
    for (char c : s) {
        if (c != ':' && c != '/' && !Syntax::isToken(QByteArrayView(&c, 1)))
            return false;
    }
    return true;
}

/** sf-string: printable ASCII with '"' and '\' escaped; anything else is dropped. */
QByteArray sfString(QByteArrayView s)
{
    QByteArray out = "\"";
    for (char c : s) {
        if (c < 0x20 || c > 0x7e)
            continue;
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + '"';
}

QByteArray tokenOrString(QByteArrayView s)
{
    return isSfToken(s) ? s.toByteArray() : sfString(s);
}

QByteArrayView forwardToken(Forward forward)
{
    switch (forward) {
    case Forward::None:
        break;
    case Forward::Bypass:
        return "bypass";
    case Forward::Method:
        return "method";
    case Forward::UriMiss:
        return "uri-miss";
    case Forward::VaryMiss:
        return "vary-miss";
    case Forward::Miss:
        return "miss";
    case Forward::Request:
        return "request";
    case Forward::Stale:
        return "stale";
    case Forward::Partial:
        return "partial";
    }
    return {};
}

} // namespace

CacheStatus::CacheStatus(QByteArray cacheName)
    : m_name(std::move(cacheName))
{}

CacheStatus &CacheStatus::setHit(bool hit)
{
    m_hit = hit;
    return *this;
}

CacheStatus &CacheStatus::setForward(Forward forward)
{
    m_forward = forward;
    return *this;
}

CacheStatus &CacheStatus::setForwardStatus(int status)
{
    m_forwardStatus = status;
    return *this;
}

CacheStatus &CacheStatus::setStored(bool stored)
{
    m_stored = stored;
    return *this;
}

CacheStatus &CacheStatus::setTtl(qint64 seconds)
{
    // sf-integer holds at most 15 digits (RFC 8941 §3.3.1).
    static constexpr qint64 kMax = 999'999'999'999'999;
    m_ttl = std::clamp(seconds, -kMax, kMax);
    return *this;
}

CacheStatus &CacheStatus::setDetail(QByteArrayView detail)
{
    m_detail = detail.toByteArray();
    return *this;
}

Forward CacheStatus::forwardFor(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Revalidate:
        return Forward::Stale;
    case Verdict::RequestForbids:
        return Forward::Request;
    case Verdict::Fresh:
    case Verdict::ServeStale:
    case Verdict::ServeStaleRevalidate:
    case Verdict::GatewayTimeout:
        break;
    }
    return Forward::None;
}

CacheStatus CacheStatus::fromDecision(const Decision &decision, QByteArray cacheName)
{
    CacheStatus status(std::move(cacheName));
    status.setHit(decision.serves());
    status.setForward(forwardFor(decision.verdict));
    status.setTtl(decision.ttl());
    if (decision.verdict != Verdict::Fresh)
        status.setDetail(reasonToken(decision.reason));
    return status;
}

QByteArray CacheStatus::value() const
{
    QByteArray out = tokenOrString(m_name);
    if (m_hit)
        out += "; hit";
    if (m_forward != Forward::None) {
        out += "; fwd=";
        out += forwardToken(m_forward);
        if (m_forwardStatus > 0)
            out += "; fwd-status=" + QByteArray::number(m_forwardStatus);
    }
    if (m_stored)
        out += "; stored";
    if (m_ttl)
        out += "; ttl=" + QByteArray::number(*m_ttl);
    if (!m_detail.isEmpty())
        out += "; detail=" + tokenOrString(m_detail);
    return out;
}

void CacheStatus::appendTo(Http::Headers &headers) const
{
    headers.append(QByteArrayLiteral("Cache-Status"), value());
}

} // namespace Veil::Cache
