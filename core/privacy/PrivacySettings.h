#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace Veil {

/** What happens to the Referer of a cross-site plain-HTTP request. */
enum class RefererPolicy : std::uint8_t
{
    Keep,   ///< sent as the browser wrote it
    Origin, ///< trimmed to "scheme://host[:port]/" (dropped on an https → http downgrade)
    Drop    ///< removed
};

/**
 * The privacy filters for plain-HTTP requests; part of Settings, stored under "privacy". Tunnels
 * (CONNECT, SOCKS5) carry encrypted or opaque bytes and are never changed.
 */
struct PrivacySettings
{
    /** Master switch (--no-privacy-filters turns it off for a run). */
    bool enabled = true;
    /** Cross-site requests only; a same-site Referer (same registrable domain) is never touched. */
    RefererPolicy referer = RefererPolicy::Origin;
    /** Send "Sec-GPC: 1" (Global Privacy Control). */
    bool gpc = true;
    /** Send "DNT: 1" (Do Not Track). */
    bool dnt = false;
    /** Remove the query parameters in `params` and those of "$removeparam" list filters. */
    bool stripParams = true;
    /**
     * Tracking parameters: exact names, case-sensitive, compared after percent-decoding; a
     * trailing '*' matches every name that starts with what comes before it ("utm_*").
     */
    QStringList params = defaultParams();
    /** Replaces the User-Agent header; empty leaves it as the client sent it. */
    QString userAgent;
    /** Sites where nothing is changed: each entry is a host and its subdomains. */
    QStringList exceptions;

    bool operator==(const PrivacySettings &) const = default;

    static QStringList defaultParams();

    /** {"privacy": {…}}, to be merged into the config root. */
    QJsonObject toJson() const;
    /** Applies "privacy" from the config root; a bad field keeps its value and adds one message. */
    void applyJson(const QJsonObject &json, QStringList *errors);
};

bool parseRefererPolicy(const QString &text, RefererPolicy *policy);
QString refererPolicyName(RefererPolicy policy);

/** Empty when @p userAgent can be sent as a header value, otherwise why not. */
QString validateUserAgent(const QString &userAgent);
/** Checks and trims one parameter pattern ("fbclid", "utm_*"); empty when valid, otherwise why not. */
QString validateParamPattern(QString *pattern);
/** One pattern per line (blank lines ignored) into @p params; the first problem, or an empty string. */
QString parseParamList(const QString &text, QStringList *params);
/** Host names separated by commas, spaces or line breaks into @p hosts; the first problem, or "". */
QString parseExceptionList(const QString &text, QStringList *hosts);

} // namespace Veil
