#include "privacy/PrivacySettings.h"

#include "cache/CacheSettings.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonValue>
#include <QRegularExpression>

#include <algorithm>

namespace Veil {

namespace {

/** Translation context; lupdate reads it from the macro (translations/README.md). */
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Veil::PrivacySettings)
};

constexpr int kMaxEntries = 500;
constexpr int kMaxUserAgent = 512;
constexpr int kMaxParamLength = 100;

/**
 * Checks and normalises each of @p items with @p check into @p out (duplicates once); the first
 * problem, or an empty string and @p out set. One rule for the config file and the text fields.
 */
template <typename Check> QString collect(const QStringList &items, QStringList *out, Check check)
{
    QStringList entries;
    for (QString entry : items) {
        if (const QString problem = check(&entry); !problem.isEmpty()) {
            return problem;
        }
        if (!entries.contains(entry)) {
            entries.append(entry);
        }
    }
    if (entries.size() > kMaxEntries) {
        return Tr::tr("at most %1 entries").arg(kMaxEntries);
    }
    *out = entries;
    return {};
}

/** collect() over a JSON array of strings. */
template <typename Check> QString readList(const QJsonValue &v, QStringList *out, Check check)
{
    const QJsonArray array = v.toArray();
    const bool strings = v.isArray() && std::all_of(array.begin(), array.end(),
                                                    [](const QJsonValue &item) { return item.isString(); });
    if (!strings) {
        return Tr::tr("must be an array of strings");
    }
    QStringList items;
    for (const QJsonValue &item : array) {
        items.append(item.toString());
    }
    return collect(items, out, check);
}

QString validateExceptionHost(QString *host)
{
    const QString original = host->trimmed();
    if (!normaliseCacheBypassHost(host)) {
        return Tr::tr("\"%1\" is not a host name").arg(original);
    }
    return {};
}

} // namespace

QStringList PrivacySettings::defaultParams()
{
    // Click and campaign identifiers that say who sent the visitor; none changes what a page shows.
    return {QStringLiteral("utm_*"),   QStringLiteral("fbclid"),     QStringLiteral("gclid"),
            QStringLiteral("dclid"),   QStringLiteral("gbraid"),     QStringLiteral("wbraid"),
            QStringLiteral("msclkid"), QStringLiteral("mc_eid"),     QStringLiteral("mc_cid"),
            QStringLiteral("igshid"),  QStringLiteral("yclid"),      QStringLiteral("twclid"),
            QStringLiteral("ttclid"),  QStringLiteral("_hsenc"),     QStringLiteral("_hsmi"),
            QStringLiteral("mkt_tok"), QStringLiteral("oly_enc_id"), QStringLiteral("oly_anon_id"),
            QStringLiteral("vero_id"), QStringLiteral("__s")};
}

QJsonObject PrivacySettings::toJson() const
{
    return {{QStringLiteral("privacy"),
             QJsonObject{{QStringLiteral("enabled"), enabled},
                         {QStringLiteral("referer"), refererPolicyName(referer)},
                         {QStringLiteral("gpc"), gpc},
                         {QStringLiteral("dnt"), dnt},
                         {QStringLiteral("stripParams"), stripParams},
                         {QStringLiteral("params"), QJsonArray::fromStringList(params)},
                         {QStringLiteral("userAgent"), userAgent},
                         {QStringLiteral("exceptions"), QJsonArray::fromStringList(exceptions)}}}};
}

void PrivacySettings::applyJson(const QJsonObject &json, QStringList *errors)
{
    const QJsonValue value = json.value(QStringLiteral("privacy"));
    if (value.isUndefined()) {
        return;
    }
    auto reject = [errors](const char *field, const QString &why) {
        if (errors) {
            errors->append(Tr::tr("%1: %2; keeping the previous value")
                               .arg(QStringLiteral("privacy.") + QLatin1String(field), why));
        }
    };
    if (!value.isObject()) {
        if (errors) {
            errors->append(Tr::tr("%1: %2; keeping the previous value")
                               .arg(QStringLiteral("privacy"), Tr::tr("must be an object")));
        }
        return;
    }
    const QJsonObject o = value.toObject();
    auto boolField = [&](const char *name, bool *target) {
        const QJsonValue v = o.value(QLatin1String(name));
        if (v.isUndefined()) {
            return;
        }
        if (v.isBool()) {
            *target = v.toBool();
        } else {
            reject(name, Tr::tr("must be true or false"));
        }
    };
    boolField("enabled", &enabled);
    boolField("gpc", &gpc);
    boolField("dnt", &dnt);
    boolField("stripParams", &stripParams);
    if (const QJsonValue v = o.value(QStringLiteral("referer")); !v.isUndefined()) {
        if (!v.isString() || !parseRefererPolicy(v.toString(), &referer)) {
            reject("referer", Tr::tr("must be \"keep\", \"origin\" or \"drop\""));
        }
    }
    if (const QJsonValue v = o.value(QStringLiteral("userAgent")); !v.isUndefined()) {
        const QString problem = v.isString() ? validateUserAgent(v.toString()) : Tr::tr("must be a string");
        if (problem.isEmpty()) {
            userAgent = v.toString();
        } else {
            reject("userAgent", problem);
        }
    }
    if (const QJsonValue v = o.value(QStringLiteral("params")); !v.isUndefined()) {
        if (const QString problem = readList(v, &params, validateParamPattern); !problem.isEmpty()) {
            reject("params", problem);
        }
    }
    if (const QJsonValue v = o.value(QStringLiteral("exceptions")); !v.isUndefined()) {
        if (const QString problem = readList(v, &exceptions, validateExceptionHost); !problem.isEmpty()) {
            reject("exceptions", problem);
        }
    }
}

bool parseRefererPolicy(const QString &text, RefererPolicy *policy)
{
    if (text == QLatin1String("keep")) {
        *policy = RefererPolicy::Keep;
    } else if (text == QLatin1String("origin")) {
        *policy = RefererPolicy::Origin;
    } else if (text == QLatin1String("drop")) {
        *policy = RefererPolicy::Drop;
    } else {
        return false;
    }
    return true;
}

QString refererPolicyName(RefererPolicy policy)
{
    switch (policy) {
    case RefererPolicy::Keep:
        return QStringLiteral("keep");
    case RefererPolicy::Origin:
        return QStringLiteral("origin");
    case RefererPolicy::Drop:
        return QStringLiteral("drop");
    }
    return {};
}

QString validateUserAgent(const QString &userAgent)
{
    if (userAgent.size() > kMaxUserAgent) {
        return Tr::tr("at most %1 characters").arg(kMaxUserAgent);
    }
    for (const QChar c : userAgent) {
        // A header value is visible ASCII and spaces; anything else could split or corrupt the head.
        if (c.unicode() < 0x20 || c.unicode() > 0x7e) {
            return Tr::tr("only printable ASCII characters, no line breaks");
        }
    }
    if (userAgent != userAgent.trimmed()) {
        return Tr::tr("no spaces at the start or end");
    }
    return {};
}

QString validateParamPattern(QString *pattern)
{
    const QString p = pattern->trimmed();
    if (p.isEmpty()) {
        return Tr::tr("an empty parameter name");
    }
    if (p == QLatin1String("*")) {
        return Tr::tr("\"*\" alone would remove every parameter");
    }
    if (p.size() > kMaxParamLength) {
        return Tr::tr("\"%1\" is longer than %2 characters")
            .arg(p.left(20) + QStringLiteral("…"))
            .arg(kMaxParamLength);
    }
    for (qsizetype i = 0; i < p.size(); ++i) {
        const QChar c = p.at(i);
        const bool bad = c.unicode() <= 0x20 || c.unicode() >= 0x7f || c == QLatin1Char('&') ||
                         c == QLatin1Char('=') || c == QLatin1Char('#') || c == QLatin1Char('?') ||
                         (c == QLatin1Char('*') && i + 1 != p.size());
        if (bad) {
            return Tr::tr("\"%1\" is not a parameter name (ASCII, no spaces, & = # ?; '*' only at the end)")
                .arg(p);
        }
    }
    *pattern = p;
    return {};
}

QString parseParamList(const QString &text, QStringList *params)
{
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    return collect(text.split(separators, Qt::SkipEmptyParts), params, validateParamPattern);
}

QString parseExceptionList(const QString &text, QStringList *hosts)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    return collect(text.split(separators, Qt::SkipEmptyParts), hosts, validateExceptionHost);
}

} // namespace Veil
