// SPDX-License-Identifier: Apache-2.0
// subvention — the « convention » family of built-in rules, compiled once.

#include "compliance/builtin_rule.hpp"
#include "compliance/rules/convention.hpp"

namespace subvention::compliance::detail {

void add_convention_rules(std::vector<Rule>& out) {
    for (const auto& r : rules::convention_rules)
        out.push_back(to_rule(r, Family::convention));
}

} // namespace subvention::compliance::detail
