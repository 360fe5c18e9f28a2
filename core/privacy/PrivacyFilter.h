#pragma once

#include "http/HttpHeaders.h"
#include "privacy/PrivacySettings.h"
#include "rules/RemoveParamTable.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QByteArrayView>

#include <vector>

namespace Veil {

/**
 * The privacy filters of one settings snapshot, applied to a parsed plain-HTTP request (never
 * to raw bytes, so the parser's smuggling defences stay the only judge of framing). Pure and
 * immutable: safe to share between threads.
 *
 * Every change is reported as a short code for the traffic log: "referer:origin",
 * "referer:drop", "gpc", "dnt", "ua", "param:<name as sent>".
 */
class PrivacyFilter
{
public:
    /** Changes nothing. */
    PrivacyFilter() = default;
    explicit PrivacyFilter(const PrivacySettings &settings);

    /** False when the filters are off: apply() would change nothing. */
    bool isEnabled() const { return m_enabled; }
    /** Whether @p host (lower case) is one of the exceptions or a subdomain of one. */
    bool isException(QByteArrayView host) const;
    /** Whether query parameters are stripped at all (settings list and "$removeparam" filters). */
    bool stripsParams() const { return m_enabled && m_stripParams; }

    /**
     * Applies every filter to the request for @p host (lower case): @p pathAndQuery is the
     * origin-form target, @p headers the client's fields. @p listParams are the "$removeparam"
     * filters for this host. Returns the changes, in a fixed order; empty when nothing changed.
     */
    QByteArrayList apply(QByteArrayView host, QByteArray *pathAndQuery, Http::Headers *headers,
                         const RemoveParamMatch &listParams = RemoveParamMatch()) const;

    /**
     * The Referer step alone: @p headers' Referer for a request to @p host. Returns "referer:origin",
     * "referer:drop" or an empty string when nothing changed.
     */
    QByteArray filterReferer(QByteArrayView host, Http::Headers *headers) const;
    /**
     * The query step alone: removes the matching parameters from @p pathAndQuery, keeping every
     * other byte (order, encoding, empty segments); a query left empty loses its '?'. Appends
     * "param:<name>" to @p changes once per name. Untouched (no copy) when nothing matches.
     */
    bool stripQuery(QByteArray *pathAndQuery, const RemoveParamMatch &listParams,
                    QByteArrayList *changes) const;

    /** "a,b,c". */
    static QByteArray join(const QByteArrayList &changes) { return changes.join(','); }

private:
    struct Pattern
    {
        QByteArray text;
        bool prefix = false;
    };
    bool removes(QByteArrayView decodedName, const RemoveParamMatch &listParams) const;

    bool m_enabled = false;
    RefererPolicy m_referer = RefererPolicy::Keep;
    bool m_gpc = false;
    bool m_dnt = false;
    bool m_stripParams = false;
    std::vector<Pattern> m_params;
    QByteArray m_userAgent;
    QList<QByteArray> m_exceptions;
};

} // namespace Veil
