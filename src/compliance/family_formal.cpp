// SPDX-License-Identifier: Apache-2.0
// subvention — the « formal » family of built-in rules, compiled once.

#include "compliance/builtin_rule.hpp"
#include "compliance/rules/formal.hpp"

namespace subvention::compliance::detail {

void add_formal_rules(std::vector<Rule>& out) {
    for (const auto& r : rules::formal_rules)
        out.push_back(to_rule(r, Family::formal));
}

} // namespace subvention::compliance::detail
