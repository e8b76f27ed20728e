// SPDX-License-Identifier: Apache-2.0
// subvention — the « execution » family of built-in rules, compiled once.

#include "compliance/builtin_rule.hpp"
#include "compliance/rules/execution.hpp"

namespace subvention::compliance::detail {

void add_execution_rules(std::vector<Rule>& out) {
    for (const auto& r : rules::execution_rules)
        out.push_back(to_rule(r, Family::execution));
}

} // namespace subvention::compliance::detail
