#include "rules/Policy.h"

#include "exits/ExitSelector.h"

#include <QCoreApplication>
#include <QUrl>

namespace Veil {

namespace {

/** Translation context; lupdate reads it from the macro (translations/README.md). */
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Veil::Policy)
};

bool looksLikeIp(QByteArrayView host)
{
    if (host.isEmpty()) {
        return false;
    }
    if (host.contains(':')) {
        return true;
    }
    for (const char c : host) {
        if (!((c >= '0' && c <= '9') || c == '.')) {
            return false;
        }
    }
    return true;
}

QString describeRule(const Rule &rule)
{
    return rule.type == RuleType::Final
               ? Tr::tr("rule %1 (final)").arg(rule.id)
               : Tr::tr("rule %1 (%2 %3)").arg(rule.id, ruleTypeName(rule.type), rule.value);
}

RouteTarget targetOf(const RuleAction &action)
{
    if (action.kind == RuleAction::Kind::Direct) {
        return RouteTarget{RouteTarget::Kind::Direct, {}};
    }
    // parseRuleAction keeps two-letter targets as upper-case regions; longer ones are exit ids.
    const bool region = action.target.size() == 2;
    return RouteTarget{region ? RouteTarget::Kind::Region : RouteTarget::Kind::ExitId, action.target};
}

} // namespace

Policy::Policy()
    : m_lists(std::make_shared<const Blocklist>())
{}

Policy::Policy(const RuleSettings &settings, RoutingMode mode, std::shared_ptr<const Blocklist> lists,
               std::shared_ptr<PolicyCounters> counters)
    : m_lists(lists ? std::move(lists) : std::make_shared<const Blocklist>())
    , m_counters(std::move(counters))
    , m_rules(settings.rules, m_lists, m_counters.get())
    , m_mode(mode)
{
    for (const BlocklistConfig &config : settings.blocklists) {
        const int index = m_lists->indexOf(config.name);
        if (config.enabled && config.block && index >= 0 && index < Blocklist::MaxLists) {
            m_blockMask |= quint64(1) << index;
        }
    }
    for (const BlocklistSource &source : m_lists->sources()) {
        m_listCounters.push_back(m_counters ? m_counters->counter(PolicyCounters::listKey(source.name))
                                            : PolicyCounters::Counter());
    }
}

PolicyDecision Policy::decide(const PolicyRequest &request) const
{
    return evaluate(request, true);
}

PolicyDecision Policy::evaluate(const PolicyRequest &request, bool count) const
{
    if (isEmpty()) {
        return {}; // what the passes below decide without rules or lists, without their copies
    }
    const QByteArray host = request.host.toLower();
    const QByteArray urlLower = request.url.toLower();
    BlockRequest block;
    block.host = host;
    block.url = request.url;
    block.urlLower = urlLower;
    const QByteArray source = request.sourceHost.toLower();
    block.sourceHost = source;
    if (!source.isEmpty()) {
        block.party = ExitSelector::registrableDomain(source) == ExitSelector::registrableDomain(host)
                          ? Party::First
                          : Party::Third;
    }
    RuleTarget target;
    target.host = host;
    target.port = request.port;
    target.blockRequest = &block;
    if (looksLikeIp(host)) {
        target.ip = QHostAddress(QString::fromLatin1(host));
    }

    PolicyDecision d;
    auto fromRule = [&](int index) {
        const Rule &rule = m_rules.rule(index);
        d.ruleId = rule.id;
        if (count) {
            m_rules.countHit(index);
        }
        return describeRule(rule);
    };

    // 1. allow rules exempt from blocking; 2. block rules; 3. blocklists.
    QString allowedBy;
    if (const int allow = m_rules.firstMatch(RuleSet::Pass::Allow, target); allow >= 0) {
        allowedBy = Tr::tr("allowed by %1").arg(fromRule(allow));
    } else if (const int blockRule = m_rules.firstMatch(RuleSet::Pass::Block, target); blockRule >= 0) {
        d.action = PolicyDecision::Action::Block;
        d.reason = Tr::tr("blocked by %1").arg(fromRule(blockRule));
        return d;
    } else if (m_blockMask != 0) {
        const BlockMatch m = m_lists->match(block, m_blockMask);
        if (m.blocked || m.excepted()) {
            d.list = m_lists->sources().at(m.hit.list).name;
            d.line = m.hit.line;
            d.pattern = m.hit.pattern;
        }
        if (m.blocked) {
            if (count && m_listCounters[std::size_t(m.hit.list)]) {
                m_listCounters[std::size_t(m.hit.list)]->fetch_add(1, std::memory_order_relaxed);
            }
            d.action = PolicyDecision::Action::Block;
            d.reason = Tr::tr("blocked by list %1, line %2: %3")
                           .arg(d.list)
                           .arg(d.line)
                           .arg(QString::fromUtf8(d.pattern));
            return d;
        }
        if (m.excepted() && m.overridden.list >= 0) {
            allowedBy = Tr::tr("allowed by list %1, line %2: %3 (overrides %4)")
                            .arg(d.list)
                            .arg(d.line)
                            .arg(QString::fromUtf8(d.pattern), QString::fromUtf8(m.overridden.pattern));
        }
    }

    // 4. routing rules, in mode "rules" only; 5. the mode default.
    if (m_mode == RoutingMode::Rules) {
        if (const int route = m_rules.firstMatch(RuleSet::Pass::Route, target); route >= 0) {
            const QString why = fromRule(route);
            d.route = targetOf(m_rules.rule(route).action);
            const QString where = d.route.kind == RouteTarget::Kind::Direct
                                      ? Tr::tr("direct")
                                      : Tr::tr("exit %1").arg(d.route.value);
            d.reason = Tr::tr("%1 by %2").arg(where, why);
            if (!allowedBy.isEmpty()) {
                d.reason = allowedBy + QStringLiteral("; ") + d.reason;
            }
            return d;
        }
    }
    d.reason = allowedBy;
    return d;
}

PolicyDecision Policy::explain(const QString &text, const QString &referer) const
{
    QString input = text.trimmed();
    if (!input.contains(QLatin1String("://"))) {
        input = QStringLiteral("tunnel://") + input;
    }
    const QUrl url(input);
    PolicyRequest request;
    request.host = url.host(QUrl::FullyEncoded).toLatin1();
    if (url.scheme() == QLatin1String("http")) {
        request.port = quint16(url.port(80));
        request.url = url.toEncoded(QUrl::RemoveFragment);
        request.sourceHost = QUrl(referer).host(QUrl::FullyEncoded).toLatin1();
    } else {
        request.port = quint16(url.port(443));
    }
    PolicyDecision d = evaluate(request, false);
    if (d.reason.isEmpty()) {
        d.reason =
            Tr::tr("no rule or list matched; the routing mode decides (%1)").arg(routingModeName(m_mode));
    }
    return d;
}

} // namespace Veil
