#include "rules/RuleSet.h"

#include <re2/re2.h>

namespace Veil {

RuleSet::RuleSet() = default;
RuleSet::~RuleSet() = default;
RuleSet::RuleSet(RuleSet &&) noexcept = default;
RuleSet &RuleSet::operator=(RuleSet &&) noexcept = default;

RuleSet::Pass RuleSet::passOf(const RuleAction &action)
{
    switch (action.kind) {
    case RuleAction::Kind::Allow:
        return Pass::Allow;
    case RuleAction::Kind::Block:
        return Pass::Block;
    case RuleAction::Kind::Direct:
    case RuleAction::Kind::Exit:
        break;
    }
    return Pass::Route;
}

RuleSet::RuleSet(const QList<Rule> &rules, std::shared_ptr<const Blocklist> lists, PolicyCounters *counters)
    : m_lists(std::move(lists))
{
    for (const Rule &rule : rules) {
        Rule r = rule;
        if (!validateRule(&r).isEmpty()) {
            continue; // Settings validated it already; a hand-built invalid rule never matches
        }
        Compiled c;
        c.rule = r;
        c.pass = passOf(r.action);
        switch (r.type) {
        case RuleType::Domain:
        case RuleType::DomainSuffix:
        case RuleType::DomainKeyword:
            c.text = r.value.toUtf8();
            break;
        case RuleType::DomainRegex: {
            re2::RE2::Options options;
            options.set_log_errors(false);
            options.set_case_sensitive(false);
            const QByteArray pattern = r.value.toUtf8();
            c.regex = std::make_shared<const re2::RE2>(
                re2::StringPiece(pattern.constData(), std::size_t(pattern.size())), options);
            break;
        }
        case RuleType::IpCidr:
            c.subnet = QHostAddress::parseSubnet(r.value);
            break;
        case RuleType::Port: {
            const QStringList parts = r.value.split(QLatin1Char('-'));
            c.portLow = quint16(parts.at(0).toUInt());
            c.portHigh = quint16(parts.size() == 2 ? parts.at(1).toUInt() : c.portLow);
            break;
        }
        case RuleType::List:
            c.list = m_lists ? m_lists->indexOf(r.value) : -1;
            break;
        case RuleType::Final:
            break;
        }
        if (counters) {
            c.counter = counters->counter(PolicyCounters::ruleKey(r.id));
        }
        m_rules.push_back(std::move(c));
    }
}

bool RuleSet::matches(const Compiled &c, const RuleTarget &t) const
{
    switch (c.rule.type) {
    case RuleType::Domain:
        return t.host == c.text;
    case RuleType::DomainSuffix:
        return t.host == c.text || (t.host.size() > c.text.size() && t.host.endsWith(c.text) &&
                                    t.host[t.host.size() - c.text.size() - 1] == '.');
    case RuleType::DomainKeyword:
        return t.host.contains(c.text);
    case RuleType::DomainRegex:
        return re2::RE2::PartialMatch(re2::StringPiece(t.host.data(), std::size_t(t.host.size())), *c.regex);
    case RuleType::IpCidr:
        return !t.ip.isNull() && t.ip.isInSubnet(c.subnet);
    case RuleType::Port:
        return t.port >= c.portLow && t.port <= c.portHigh;
    case RuleType::List:
        return c.list >= 0 && t.blockRequest && m_lists->match(*t.blockRequest, quint64(1) << c.list).blocked;
    case RuleType::Final:
        return true;
    }
    return false;
}

int RuleSet::firstMatch(Pass pass, const RuleTarget &target) const
{
    for (std::size_t i = 0; i < m_rules.size(); ++i) {
        const Compiled &c = m_rules[i];
        if (c.rule.enabled && c.pass == pass && matches(c, target)) {
            return int(i);
        }
    }
    return -1;
}

void RuleSet::countHit(int index) const
{
    if (const PolicyCounters::Counter &c = m_rules[std::size_t(index)].counter) {
        c->fetch_add(1, std::memory_order_relaxed);
    }
}

} // namespace Veil
