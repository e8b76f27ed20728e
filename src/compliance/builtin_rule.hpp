// SPDX-License-Identifier: Apache-2.0
// subvention — how the library's own rules are written: a constexpr value per rule (ID, titles,
// legal basis, check function), grouped by family in constexpr arrays, converted into
// `compliance::Rule` values when the built-in catalogue is first used. Engine-private.
#pragma once

#include <cstddef>
#include <span>
#include <string_view>
#include <vector>

#include <subvention/compliance/diagnostic.hpp>
#include <subvention/compliance/rule.hpp>

namespace subvention::compliance {

/// A legal reference known at compile time (« CGCT », « L.3121-16 »).
struct LegalRef {
    std::string_view text;
    std::string_view article;
};

/// A built-in rule, as written in its header under compliance/rules/.
struct BuiltinRule {
    std::string_view id;
    std::string_view title_fr;
    std::string_view title_en;
    std::span<const LegalRef> legal_basis;
    void (*check)(const Context&, Emitter&);
};

namespace detail {

/// The catalogue entry of a built-in rule.
[[nodiscard]] inline Rule to_rule(const BuiltinRule& r, Family family) {
    Rule out;
    out.id = std::string(r.id);
    out.title_fr = std::string(r.title_fr);
    out.title_en = std::string(r.title_en);
    for (const auto& b : r.legal_basis)
        out.legal_basis.push_back(LegalBasis{std::string(b.text), std::string(b.article)});
    out.check = r.check;
    out.family = family;
    return out;
}

// Each family's rules, in catalogue order (one translation unit per family).
void add_dossier_rules(std::vector<Rule>& out);
void add_assembly_rules(std::vector<Rule>& out);
void add_amounts_rules(std::vector<Rule>& out);
void add_convention_rules(std::vector<Rule>& out);
void add_formal_rules(std::vector<Rule>& out);
void add_execution_rules(std::vector<Rule>& out);

} // namespace detail
} // namespace subvention::compliance
