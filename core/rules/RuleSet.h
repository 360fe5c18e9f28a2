#pragma once

#include "rules/Blocklist.h"
#include "rules/PolicyCounters.h"
#include "rules/Rule.h"

#include <QHostAddress>

#include <memory>
#include <vector>

namespace re2 {
class RE2;
}

namespace Veil {

/** The target of one connection as rules see it. */
struct RuleTarget
{
    QByteArrayView host; ///< lower case
    quint16 port = 0;
    /** Set only when the target is an IP literal: names are never resolved to evaluate ip-cidr rules. */
    QHostAddress ip;
    /** For `list` rules. */
    const BlockRequest *blockRequest = nullptr;
};

/**
 * User rules compiled for matching (lower-case hosts, RE2 programs, parsed networks and port
 * ranges, list indices). Immutable once built; hit counters are shared atomics outside it.
 */
class RuleSet
{
public:
    /** Which pass of Policy::decide a rule belongs to, by its action. */
    enum class Pass : std::uint8_t
    {
        Allow,
        Block,
        Route
    };

    RuleSet();
    /** Rules naming a list that @p lists does not have never match. @p counters may be null. */
    RuleSet(const QList<Rule> &rules, std::shared_ptr<const Blocklist> lists, PolicyCounters *counters);
    ~RuleSet();
    RuleSet(RuleSet &&) noexcept;
    RuleSet &operator=(RuleSet &&) noexcept;

    /** Index of the first enabled rule of @p pass matching @p target, or -1. */
    int firstMatch(Pass pass, const RuleTarget &target) const;
    const Rule &rule(int index) const { return m_rules[std::size_t(index)].rule; }
    int size() const { return int(m_rules.size()); }
    void countHit(int index) const;

    static Pass passOf(const RuleAction &action);

private:
    struct Compiled
    {
        Rule rule;
        Pass pass = Pass::Route;
        QByteArray text; ///< host, suffix or keyword (lower case, ACE)
        QPair<QHostAddress, int> subnet;
        quint16 portLow = 0;
        quint16 portHigh = 0;
        int list = -1;
        std::shared_ptr<const re2::RE2> regex;
        PolicyCounters::Counter counter;
    };
    bool matches(const Compiled &c, const RuleTarget &target) const;

    std::vector<Compiled> m_rules;
    std::shared_ptr<const Blocklist> m_lists;
};

} // namespace Veil
