// Texts for CachePolicy's Reason: a stable token for Cache-Status "detail" and logs, and a
// translated sentence for people.

#include "cache/CachePolicy.h"

#include <QCoreApplication>

namespace Veil::Cache {

namespace {

struct ReasonInfo
{
    Reason reason;
    const char *token;
    const char *text;
};

// QT_TRANSLATE_NOOP marks the texts for lupdate; reasonText() translates them at run time.
constexpr ReasonInfo kReasons[] = {
    {Reason::None, "", ""},
    {Reason::Storable, "storable", QT_TRANSLATE_NOOP("Veil::Cache", "the response may be stored")},
    {Reason::MethodNotCacheable, "method",
     QT_TRANSLATE_NOOP("Veil::Cache", "only GET responses are stored and only GET and HEAD are answered")},
    {Reason::StatusNotFinal, "status-not-final", QT_TRANSLATE_NOOP("Veil::Cache", "the status is not final")},
    {Reason::StatusNotUnderstood, "status-not-understood",
     QT_TRANSLATE_NOOP("Veil::Cache", "the cache does not implement the caching rules of this status")},
    {Reason::RequestNoStore, "request-no-store",
     QT_TRANSLATE_NOOP("Veil::Cache", "the request says no-store")},
    {Reason::ResponseNoStore, "no-store", QT_TRANSLATE_NOOP("Veil::Cache", "the response says no-store")},
    {Reason::Private, "private",
     QT_TRANSLATE_NOOP("Veil::Cache", "the response is private to one user and Veil is a shared cache")},
    {Reason::Authorization, "authorization",
     QT_TRANSLATE_NOOP("Veil::Cache",
                       "the request carried credentials and the response does not allow shared caching")},
    {Reason::NoFreshnessInfo, "no-freshness",
     QT_TRANSLATE_NOOP("Veil::Cache",
                       "the response has no freshness information and its status has no heuristic")},
    {Reason::NoAbsoluteUri, "no-uri", QT_TRANSLATE_NOOP("Veil::Cache", "the request has no absolute URI")},
    {Reason::RangeRequest, "range", QT_TRANSLATE_NOOP("Veil::Cache", "range requests are passed through")},
    {Reason::OriginPrecondition, "precondition",
     QT_TRANSLATE_NOOP("Veil::Cache", "the request carries preconditions only the origin can evaluate")},
    {Reason::Fresh, "fresh", QT_TRANSLATE_NOOP("Veil::Cache", "the stored response is fresh")},
    {Reason::MaxStale, "max-stale",
     QT_TRANSLATE_NOOP("Veil::Cache",
                       "the stored response is stale and the client accepts that (max-stale)")},
    {Reason::StaleWhileRevalidate, "stale-while-revalidate",
     QT_TRANSLATE_NOOP("Veil::Cache", "the stored response is stale and is revalidated in the background")},
    {Reason::StaleIfError, "stale-if-error",
     QT_TRANSLATE_NOOP("Veil::Cache", "the origin failed and the stale stored response may stand in")},
    {Reason::Stale, "stale", QT_TRANSLATE_NOOP("Veil::Cache", "the stored response is stale")},
    {Reason::MustRevalidate, "must-revalidate",
     QT_TRANSLATE_NOOP("Veil::Cache",
                       "the stored response is stale and the origin forbids serving it stale")},
    {Reason::ResponseNoCache, "no-cache",
     QT_TRANSLATE_NOOP("Veil::Cache", "the origin requires validation before every reuse (no-cache)")},
    {Reason::RequestNoCache, "request-no-cache",
     QT_TRANSLATE_NOOP("Veil::Cache", "the client asked for validation (no-cache)")},
    {Reason::RequestMaxAge, "request-max-age",
     QT_TRANSLATE_NOOP("Veil::Cache", "the stored response is older than the client accepts (max-age)")},
    {Reason::RequestMinFresh, "request-min-fresh",
     QT_TRANSLATE_NOOP("Veil::Cache", "the stored response is not fresh enough for the client (min-fresh)")},
    {Reason::OnlyIfCached, "only-if-cached",
     QT_TRANSLATE_NOOP("Veil::Cache", "the client accepts only a stored response and none can be used")},
};

const ReasonInfo &info(Reason reason)
{
    for (const ReasonInfo &i : kReasons) {
        if (i.reason == reason)
            return i;
    }
    return kReasons[0];
}

} // namespace

QByteArray reasonToken(Reason reason)
{
    return QByteArray(info(reason).token);
}

QString reasonText(Reason reason)
{
    return QCoreApplication::translate("Veil::Cache", info(reason).text);
}

} // namespace Veil::Cache
