// SPDX-License-Identifier: Apache-2.0
// subvention — the « dossier » family of built-in rules, compiled once.

#include "compliance/builtin_rule.hpp"
#include "compliance/rules/dossier_documents.hpp"

namespace subvention::compliance::detail {

void add_dossier_rules(std::vector<Rule>& out) {
    for (const auto& r : rules::dossier_rules)
        out.push_back(to_rule(r, Family::dossier));
}

} // namespace subvention::compliance::detail
