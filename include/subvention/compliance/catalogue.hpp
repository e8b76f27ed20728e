// SPDX-License-Identifier: Apache-2.0
// subvention — the rule catalogue: an ordered set of rules built at run time. The library's
// rules form the built-in catalogue; a program copies it and adds its own rules (a
// département's règlement budgétaire et financier), then passes it to `check()`.
#pragma once

#include <cstddef>
#include <span>
#include <string_view>
#include <vector>

#include <subvention/compliance/rule.hpp>
#include <subvention/export.hpp>

namespace subvention::compliance {

/// An ordered set of rules with unique IDs; catalogue order is output order (within a
/// severity).
class SUBVENTION_API Catalogue {
public:
    /// An empty catalogue.
    Catalogue() = default;

    /// A copy of the built-in catalogue, to extend.
    [[nodiscard]] static Catalogue builtin();

    /// Adds `rule` at the end. Throws std::invalid_argument, naming the rule, when its ID is
    /// not made of capital letters, digits and hyphens starting with a letter, is already in
    /// this catalogue, is the ID of a built-in rule or starts with « EXTRACT- » (the text
    /// reader's IDs); or when it has no check function or no French title. (A subset of the
    /// built-in rules is `builtin()` with `CheckOptions::disabled`.)
    void add(Rule rule);

    /// The rule with this ID, or nullptr.
    [[nodiscard]] const Rule* find(std::string_view id) const noexcept;

    [[nodiscard]] const std::vector<Rule>& rules() const noexcept { return rules_; }
    [[nodiscard]] std::size_t size() const noexcept { return rules_.size(); }
    [[nodiscard]] auto begin() const noexcept { return rules_.begin(); }
    [[nodiscard]] auto end() const noexcept { return rules_.end(); }

private:
    friend SUBVENTION_API const Catalogue& builtin_catalogue();
    std::vector<Rule> rules_;
};

/// The library's rules, built once on first use (thread-safe), in catalogue order.
[[nodiscard]] SUBVENTION_API const Catalogue& builtin_catalogue();

/// The built-in rule with this ID, or nullptr.
[[nodiscard]] SUBVENTION_API const Rule* find_rule(std::string_view id) noexcept;

/// A diagnostic ID the library emits outside the rule catalogue: what text extraction could
/// not read (`EXTRACT-…`, family `extraction`, documented in docs/rules/extraction.md), the
/// checks of SCDL validation (`required`, `french-siret-value`… — the Table Schema and Validata
/// names — and `SCDL-…` for `subvention scdl check`, family `scdl`). Stable like rule IDs.
struct KnownId {
    std::string_view id{};
    Family family = Family::extraction;
    std::string_view title_fr{};
    std::string_view title_en{};
};

/// Every ID emitted outside the catalogue: the extraction IDs sorted by ID, then the SCDL checks.
[[nodiscard]] SUBVENTION_API std::span<const KnownId> known_ids() noexcept;

/// The entry of `known_ids()` with this ID, or nullptr.
[[nodiscard]] SUBVENTION_API const KnownId* find_known_id(std::string_view id) noexcept;

} // namespace subvention::compliance
