#include "privacy/PrivacyFilter.h"

#include "cache/CacheSettings.h"
#include "exits/ExitSelector.h"

#include <QUrl>

#include <algorithm>

namespace Veil {

namespace {

/** A parameter name for the change list: ',' and '"' would break the list or the text log's quoting. */
QByteArray loggedName(QByteArrayView raw)
{
    QByteArray out = raw.toByteArray();
    out.replace(',', "%2C");
    out.replace('"', "%22");
    return out;
}

bool sameHeaderValue(const Http::Headers &headers, QByteArrayView name, QByteArrayView value)
{
    return headers.count(name) == 1 && headers.value(name) == value;
}

} // namespace

PrivacyFilter::PrivacyFilter(const PrivacySettings &settings)
    : m_enabled(settings.enabled)
    , m_referer(settings.referer)
    , m_gpc(settings.gpc)
    , m_dnt(settings.dnt)
    , m_stripParams(settings.stripParams)
    , m_userAgent(settings.userAgent.toLatin1())
{
    for (const QString &p : settings.params) {
        const bool prefix = p.endsWith(QLatin1Char('*'));
        m_params.push_back(Pattern{(prefix ? p.chopped(1) : p).toUtf8(), prefix});
    }
    for (const QString &host : settings.exceptions) {
        m_exceptions.append(host.toLatin1());
    }
}

bool PrivacyFilter::isException(QByteArrayView host) const
{
    return std::any_of(m_exceptions.cbegin(), m_exceptions.cend(),
                       [host](const QByteArray &domain) { return isHostOrSubdomain(host, domain); });
}

QByteArrayList PrivacyFilter::apply(QByteArrayView host, QByteArray *pathAndQuery, Http::Headers *headers,
                                    const RemoveParamMatch &listParams) const
{
    QByteArrayList changes;
    if (!m_enabled || isException(host)) {
        return changes;
    }
    if (QByteArray referer = filterReferer(host, headers); !referer.isEmpty()) {
        changes.append(std::move(referer));
    }
    if (m_gpc && !sameHeaderValue(*headers, "Sec-GPC", "1")) {
        headers->set("Sec-GPC", QByteArrayLiteral("1"));
        changes.append(QByteArrayLiteral("gpc"));
    }
    if (m_dnt && !sameHeaderValue(*headers, "DNT", "1")) {
        headers->set("DNT", QByteArrayLiteral("1"));
        changes.append(QByteArrayLiteral("dnt"));
    }
    if (!m_userAgent.isEmpty() && !sameHeaderValue(*headers, "User-Agent", m_userAgent)) {
        headers->set("User-Agent", m_userAgent);
        changes.append(QByteArrayLiteral("ua"));
    }
    if (m_stripParams) {
        stripQuery(pathAndQuery, listParams, &changes);
    }
    return changes;
}

QByteArray PrivacyFilter::filterReferer(QByteArrayView host, Http::Headers *headers) const
{
    if (m_referer == RefererPolicy::Keep || !headers->contains("Referer")) {
        return {};
    }
    const QUrl url = QUrl::fromEncoded(headers->value("Referer"), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    const bool wellFormed = headers->count("Referer") == 1 && url.isValid() && !url.host().isEmpty() &&
                            (scheme == QLatin1String("http") || scheme == QLatin1String("https"));
    if (wellFormed) {
        const QByteArray source = url.host(QUrl::FullyEncoded).toLatin1().toLower();
        if (ExitSelector::registrableDomain(source) == ExitSelector::registrableDomain(host)) {
            return {}; // same site: the site sees its own pages anyway
        }
    }
    // A malformed Referer cannot be judged same-site; an https page's address must not travel in
    // clear text to another site (what browsers' strict-origin-when-cross-origin does too).
    if (m_referer == RefererPolicy::Drop || !wellFormed || scheme == QLatin1String("https")) {
        headers->remove("Referer");
        return QByteArrayLiteral("referer:drop");
    }
    const QByteArray referrerHost = url.host(QUrl::FullyEncoded).toLatin1();
    QByteArray origin =
        scheme.toLatin1() + "://" + (referrerHost.contains(':') ? '[' + referrerHost + ']' : referrerHost);
    if (url.port() != -1 && url.port() != 80) {
        origin += ':' + QByteArray::number(url.port());
    }
    origin += '/';
    if (headers->value("Referer") == origin) {
        return {};
    }
    headers->set("Referer", origin);
    return QByteArrayLiteral("referer:origin");
}

bool PrivacyFilter::removes(QByteArrayView name, const RemoveParamMatch &listParams) const
{
    for (const Pattern &p : m_params) {
        if (p.prefix ? name.startsWith(p.text) : name == p.text) {
            return true;
        }
    }
    if (listParams.all) {
        return !listParams.keep.contains(name);
    }
    return listParams.names.contains(name);
}

bool PrivacyFilter::stripQuery(QByteArray *pathAndQuery, const RemoveParamMatch &listParams,
                               QByteArrayList *changes) const
{
    const qsizetype question = pathAndQuery->indexOf('?');
    if (question < 0 || (m_params.empty() && listParams.isEmpty())) {
        return false;
    }
    const QByteArrayView query = QByteArrayView(*pathAndQuery).sliced(question + 1);
    // Calls fn(begin, segment) for each '&'-separated segment, empty ones included.
    auto forEachSegment = [query](auto fn) {
        qsizetype begin = 0;
        while (begin <= query.size()) {
            qsizetype end = query.indexOf('&', begin);
            end = end < 0 ? query.size() : end;
            fn(begin, query.sliced(begin, end - begin));
            begin = end + 1;
        }
    };
    // Pass 1 finds the segments to drop without copying anything: most queries keep them all.
    QList<qsizetype> dropped; // where each dropped segment begins
    forEachSegment([&](qsizetype begin, QByteArrayView segment) {
        const qsizetype eq = segment.indexOf('=');
        const QByteArrayView raw = eq < 0 ? segment : segment.first(eq);
        if (raw.isEmpty()) {
            return;
        }
        // Servers decode names, so "utm%5Fsource" is utm_source: compare what the server will see.
        const bool hit = raw.contains('%')
                             ? removes(QByteArray::fromPercentEncoding(raw.toByteArray()), listParams)
                             : removes(raw, listParams);
        if (hit) {
            dropped.append(begin);
            const QByteArray code = "param:" + loggedName(raw);
            if (!changes->contains(code)) {
                changes->append(code);
            }
        }
    });
    if (dropped.isEmpty()) {
        return false;
    }
    // Pass 2 copies the other segments as they were, in their order.
    QByteArray kept;
    kept.reserve(query.size());
    qsizetype next = 0;
    bool first = true;
    forEachSegment([&](qsizetype begin, QByteArrayView segment) {
        if (next < dropped.size() && dropped.at(next) == begin) {
            ++next;
            return;
        }
        if (!first) {
            kept += '&';
        }
        kept += segment;
        first = false;
    });
    QByteArray out = pathAndQuery->first(question);
    if (!kept.isEmpty()) {
        out += '?' + kept;
    }
    *pathAndQuery = std::move(out);
    return true;
}

} // namespace Veil
