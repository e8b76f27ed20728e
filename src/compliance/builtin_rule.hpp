// SPDX-License-Identifier: Apache-2.0
// subvention — how the library's own rules are written: a constexpr value per rule (ID, titles,
// legal basis, check function), grouped by family in constexpr arrays, converted into
// `compliance::Rule` values when the built-in catalogue is first used. Engine-private.
#pragma once

#include <concepts>
#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <subvention/compliance/diagnostic.hpp>
#include <subvention/compliance/rule.hpp>
#include <subvention/date.hpp>
#include <subvention/money.hpp>

namespace subvention::compliance {

/// A legal reference known at compile time (« CGCT », « L.3121-16 ») and the version of the
/// text applied: the « version applied » of the rule's page (docs/rules/<ID>.md), or its leading
/// part; docs_rules_test holds the two together.
struct LegalRef {
    std::string_view text;
    std::string_view article;
    std::string_view version = {};
};

/// The `LegalBasis` of a diagnostic or a catalogue entry, version included.
[[nodiscard]] inline LegalBasis to_basis(const LegalRef& r) {
    return LegalBasis{std::string(r.text), std::string(r.article), std::string(r.version)};
}

/// A built-in rule, as written in its header under compliance/rules/.
struct BuiltinRule {
    std::string_view id;
    std::string_view title_fr;
    std::string_view title_en;
    std::span<const LegalRef> legal_basis;
    void (*check)(const Context&, Emitter&);
};

namespace rules {

// Facts (« constats ») of a diagnostic, typed: the unit follows the value's type, and the value
// is written in its canonical form (ISO dates, « 57000.00 », « true »).

/// Appends fact `key` = `value` (text, or an already canonical value of unit `unit`).
inline void fact(Diagnostic& d, std::string key, std::string value, Unit unit = Unit::text) {
    d.facts.push_back(Fact{std::move(key), std::move(value), unit});
}
/// Appends a date fact (ISO 8601); an unreadable date is an empty value.
inline void fact(Diagnostic& d, std::string key, Date value) {
    fact(d, std::move(key), value.is_special() ? std::string() : format_date(value, DateStyle::iso),
         Unit::date);
}
/// Appends an amount fact (« 57000.00 »).
inline void fact(Diagnostic& d, std::string key, const Euros& value) {
    fact(d, std::move(key), value.to_iso(), Unit::euros);
}
/// Appends a whole-number fact (unit `count` unless said: days, members, votes).
template <std::integral N>
requires(!std::same_as<N, bool>) inline void fact(Diagnostic& d, std::string key, N value,
                                                  Unit unit = Unit::count) {
    fact(d, std::move(key), std::to_string(value), unit);
}
/// Appends a yes/no fact (« true », « false »).
template <std::same_as<bool> B>
inline void fact(Diagnostic& d, std::string key, B value) {
    fact(d, std::move(key), value ? "true" : "false", Unit::boolean);
}

} // namespace rules

namespace detail {

/// The catalogue entry of a built-in rule.
[[nodiscard]] inline Rule to_rule(const BuiltinRule& r, Family family) {
    Rule out;
    out.id = std::string(r.id);
    out.title_fr = std::string(r.title_fr);
    out.title_en = std::string(r.title_en);
    for (const auto& b : r.legal_basis)
        out.legal_basis.push_back(to_basis(b));
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
