// SPDX-License-Identifier: Apache-2.0
// subvention — the « assembly » family of built-in rules, compiled once.

#include "compliance/builtin_rule.hpp"
#include "compliance/rules/assembly.hpp"

namespace subvention::compliance::detail {

void add_assembly_rules(std::vector<Rule>& out) {
    for (const auto& r : rules::assembly_rules)
        out.push_back(to_rule(r, Family::assembly));
}

} // namespace subvention::compliance::detail
