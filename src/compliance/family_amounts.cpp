// SPDX-License-Identifier: Apache-2.0
// subvention — the « amounts » family of built-in rules, compiled once.

#include "compliance/builtin_rule.hpp"
#include "compliance/rules/amounts.hpp"

namespace subvention::compliance::detail {

void add_amounts_rules(std::vector<Rule>& out) {
    for (const auto& r : rules::amounts_rules)
        out.push_back(to_rule(r, Family::amounts));
}

} // namespace subvention::compliance::detail
