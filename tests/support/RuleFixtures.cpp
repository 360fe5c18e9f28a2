#include "RuleFixtures.h"

namespace Veil::Test {

Rule makeRule(const QString &id, RuleType type, const QString &value, const QString &action)
{
    Rule r;
    r.id = id;
    r.type = type;
    r.value = value;
    const bool ok = parseRuleAction(action, &r.action);
    Q_ASSERT(ok);
    Q_UNUSED(ok)
    return r;
}

} // namespace Veil::Test
