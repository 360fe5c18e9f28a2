#pragma once

#include "rules/Rule.h"

namespace Veil::Test {

/** A user rule as tests write it: makeRule("ads", RuleType::DomainSuffix, "ads.example", "block"). */
Rule makeRule(const QString &id, RuleType type, const QString &value, const QString &action);

} // namespace Veil::Test
