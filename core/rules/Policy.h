#pragma once

#include "exits/ExitSettings.h"
#include "exits/Router.h"
#include "rules/Blocklist.h"
#include "rules/PolicyCounters.h"
#include "rules/Rule.h"
#include "rules/RuleSet.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <vector>

namespace Veil {

/** One connection or plain-HTTP request, as the policy sees it. */
struct PolicyRequest
{
    QByteArray host; ///< any case; IP literals without brackets
    quint16 port = 0;
    /** Plain HTTP only: the absolute URL ("http://host[:port]/path?query"). Empty for tunnels. */
    QByteArray url;
    /** Host of the Referer (or Origin) header, plain HTTP only; empty when there is none. */
    QByteArray sourceHost;
};

/** What to do with a connection, and why. */
struct PolicyDecision
{
    enum class Action : std::uint8_t
    {
        Block,
        Route, ///< go on along `route` (the mode default when no rule decided)
    };
    Action action = Action::Route;
    RouteTarget route;
    /** The user rule that decided (block or route), or that allowed the request; empty otherwise. */
    QString ruleId;
    /** The blocklist filter that blocked, or the exception that let the request through. */
    QString list;
    quint32 line = 0;
    QByteArray pattern;
    /** One line for the traffic log, the 403 page and "test a URL"; empty when nothing but the mode decided.
     */
    QString reason;

    bool blocked() const { return action == Action::Block; }
};

/**
 * The immutable policy snapshot: user rules and compiled blocklists, evaluated in the order of
 * DESIGN.md — user allow rules, user block rules, enabled blocklists, routing rules (in mode
 * "rules" only), the mode default. Rules are ordered: within a pass the first enabled match wins.
 * IP rules see literal IP targets only; Veil never resolves a name to evaluate them.
 */
class Policy
{
public:
    /** Decides nothing: every request takes the mode default. */
    Policy();
    Policy(const RuleSettings &settings, RoutingMode mode, std::shared_ptr<const Blocklist> lists,
           std::shared_ptr<PolicyCounters> counters);

    /** The decision for a live connection; counts rule and list hits. Thread-safe. */
    PolicyDecision decide(const PolicyRequest &request) const;
    /**
     * "Test a URL": what would happen to @p url and why, without counting. "http://…" is judged as
     * a plain-HTTP request (URL filters apply; @p referer gives the page), anything else
     * ("https://…", "host", "host:port") as a tunnel to its host.
     */
    PolicyDecision explain(const QString &url, const QString &referer = {}) const;

    /**
     * The "$removeparam" filters of the blocking lists that apply to @p host (lower case), for the
     * privacy filter. Thread-safe.
     */
    RemoveParamMatch removeParams(QByteArrayView host) const
    {
        return m_blockMask == 0 ? RemoveParamMatch() : m_lists->removeParams().match(host, m_blockMask);
    }

    const Blocklist &blocklist() const { return *m_lists; }
    std::shared_ptr<const Blocklist> blocklistPtr() const { return m_lists; }
    const RuleSet &rules() const { return m_rules; }
    /** No rule and no blocking list: every request takes the mode default (the common case). */
    bool isEmpty() const { return m_rules.size() == 0 && m_blockMask == 0; }

private:
    PolicyDecision evaluate(const PolicyRequest &request, bool count) const;

    std::shared_ptr<const Blocklist> m_lists;
    std::shared_ptr<PolicyCounters> m_counters;
    RuleSet m_rules;
    RoutingMode m_mode = RoutingMode::Direct;
    quint64 m_blockMask = 0; ///< lists that block by themselves
    std::vector<PolicyCounters::Counter> m_listCounters;
};

} // namespace Veil
