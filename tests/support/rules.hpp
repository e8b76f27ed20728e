// SPDX-License-Identifier: Apache-2.0
// Test support: the built-in rules by ID and by family, and running one as check() does.
#pragma once

#include <algorithm>
#include <map>
#include <optional>
#include <ostream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <subvention/compliance/catalogue.hpp>
#include <subvention/compliance/checker.hpp>

namespace subvention::testing {

/// The built-in rule `id`; throws (failing the test) when the catalogue has none.
[[nodiscard]] inline const compliance::Rule& rule(std::string_view id) {
    const auto* r = compliance::find_rule(id);
    if (r == nullptr)
        throw std::logic_error("no built-in rule " + std::string(id));
    return *r;
}

/// The built-in rules of `family`, in catalogue order (built once: references stay valid).
[[nodiscard]] inline const std::vector<compliance::Rule>& family_rules(compliance::Family family) {
    static const auto by_family = [] {
        std::map<compliance::Family, std::vector<compliance::Rule>> m;
        for (const auto& r : compliance::builtin_catalogue())
            m[r.family].push_back(r);
        return m;
    }();
    static const std::vector<compliance::Rule> none;
    const auto it = by_family.find(family);
    return it == by_family.end() ? none : it->second;
}

/// Runs one rule as `check()` does, diagnostics in emission order: at `stage`, with the law
/// evaluated at `as_of` — by default the date of the act (`act_date`: the meeting, else the
/// convention's signature or start), else 20 March 2023, the APES meeting — for `territory`.
[[nodiscard]] inline std::vector<compliance::Diagnostic>
run(const compliance::Rule& rule, const Dossier& d, compliance::Stage stage,
    std::optional<Date> as_of, Territory territory = Territory::metropole) {
    compliance::CheckOptions options;
    options.stage = stage;
    const Date when = as_of ? *as_of : compliance::act_date(d).value_or(Date(2023, 3, 20));
    return compliance::run_rule(rule, d, options, when, territory);
}
[[nodiscard]] inline std::vector<compliance::Diagnostic>
run(const compliance::Rule& rule, const Dossier& d,
    compliance::Stage stage = compliance::Stage::draft) {
    return run(rule, d, stage, std::nullopt);
}
[[nodiscard]] inline std::vector<compliance::Diagnostic>
run(const compliance::Rule& rule, const Dossier& d, Date as_of,
    Territory territory = Territory::metropole) {
    return run(rule, d, compliance::Stage::draft, as_of, territory);
}

/// A fact as the reports print it, key and value: what the rule tests pin down (not its unit).
struct PrintedFact {
    std::string key;
    std::string value;
    friend bool operator==(const PrintedFact&, const PrintedFact&) = default;
};
using Facts = std::vector<PrintedFact>;

inline void PrintTo(const PrintedFact& f, std::ostream* os) {
    *os << f.key << "=" << f.value;
}

/// The legal bases of a diagnostic as the reports print them (« CGCT art. L.3121-14 »): what the
/// rule tests pin down; the version of each text is held to the rule's page by docs_rules_test.
[[nodiscard]] inline std::vector<std::string>
cited(const std::vector<compliance::LegalBasis>& basis) {
    std::vector<std::string> out;
    for (const auto& b : basis)
        out.push_back(b.to_string());
    return out;
}

} // namespace subvention::testing

namespace subvention::compliance {

/// The facts of a diagnostic against the expected keys and values, in order.
inline bool operator==(const std::vector<Fact>& facts, const testing::Facts& expected) {
    return std::equal(facts.begin(), facts.end(), expected.begin(), expected.end(),
                      [](const Fact& f, const testing::PrintedFact& e) {
                          return f.key == e.key && f.value == e.value;
                      });
}

/// Readable failure output for exact fact comparisons (key=value).
inline void PrintTo(const Fact& f, std::ostream* os) {
    *os << f.key << "=" << f.value;
}

/// Readable failure output for legal bases (« CGCT art. L.3121-14 [version] »).
inline void PrintTo(const LegalBasis& b, std::ostream* os) {
    *os << b.to_string() << " [" << b.version << "]";
}
} // namespace subvention::compliance
