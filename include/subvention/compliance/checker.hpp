// SPDX-License-Identifier: Apache-2.0
// subvention — the compliance checker: runs a rule catalogue on a dossier and returns every
// diagnostic, in a deterministic order (severity, then catalogue order, then emission order).
// Declarations only: the engine is compiled into subvention::compliance.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include <subvention/calendar.hpp>
#include <subvention/compliance/catalogue.hpp>
#include <subvention/compliance/diagnostic.hpp>
#include <subvention/compliance/rule.hpp>
#include <subvention/date.hpp>
#include <subvention/dossier.hpp>
#include <subvention/export.hpp>

namespace subvention::compliance {

/// Counts per severity (« bilan »).
struct Summary {
    std::size_t error = 0;
    std::size_t warning = 0;
    std::size_t info = 0;
    friend bool operator==(const Summary&, const Summary&) = default;
};

/// Where the date the law is evaluated at comes from.
enum class AsOfBasis {
    option, ///< `CheckOptions::as_of`
    act,    ///< the date of the act (`act_date`)
    today,  ///< the dossier dates no act: the day of the check, which the report then says
};

[[nodiscard]] constexpr std::string_view to_string(AsOfBasis b) noexcept {
    return b == AsOfBasis::option ? "option" : b == AsOfBasis::act ? "act" : "today";
}

/// Where the stage checked comes from.
enum class StageBasis {
    option,            ///< `CheckOptions::stage`
    convention_status, ///< the convention's `DocumentStatus` (executed → signed)
    no_convention,     ///< no convention in the dossier: checked as a draft
};

[[nodiscard]] constexpr std::string_view to_string(StageBasis b) noexcept {
    return b == StageBasis::option              ? "option"
           : b == StageBasis::convention_status ? "convention_status"
                                                : "no_convention";
}

/// The evaluation date, the stage and the holiday territory of a check of `dossier` with
/// `options`.
struct Resolved {
    Date as_of{};
    AsOfBasis as_of_basis = AsOfBasis::act;
    Territory territory = Territory::metropole;
    Stage stage = Stage::draft;
    StageBasis stage_basis = StageBasis::no_convention;
};

/// The outcome of a check.
struct Report {
    std::vector<Diagnostic> diagnostics{};
    Summary summary{};
    Date as_of{};
    AsOfBasis as_of_basis = AsOfBasis::act;
    Territory territory = Territory::metropole;
    Stage stage = Stage::draft;
    StageBasis stage_basis = StageBasis::no_convention;
    [[nodiscard]] bool has_errors() const noexcept { return summary.error > 0; }
};

/// The date of the act the law is evaluated at: the deliberation's meeting, else the
/// convention's signature, else the start of its period; nullopt when the dossier has none.
[[nodiscard]] SUBVENTION_API std::optional<Date> act_date(const Dossier& d);

/// The evaluation date (`options.as_of`, else the act's date, else today), the stage
/// (`options.stage`, else signed when the convention is executed, else draft) and the territory
/// (`options.territory`, else that of the collectivité's département, else métropole).
[[nodiscard]] SUBVENTION_API Resolved resolve(const Dossier& dossier, const CheckOptions& options);

/// Runs the built-in catalogue (or `options.rules`) on `dossier`. Content problems are
/// diagnostics, never exceptions; an unknown rule ID in `options.rules`, `options.disabled`
/// or `options.severities` is misuse (std::invalid_argument).
[[nodiscard]] SUBVENTION_API Report check(const Dossier& dossier, const CheckOptions& options = {});

/// Runs `catalogue` (or `options.rules` of it, less `options.disabled`) on `dossier`, then
/// gives each diagnostic of a rule in `options.severities` that severity. Diagnostics are
/// ordered by severity, then catalogue order, then emission order. The rules share one
/// analysis of the vote. Throws std::invalid_argument for an ID of the options that is not in
/// `catalogue`; an exception thrown by a rule (a defect, or std::bad_alloc) propagates.
[[nodiscard]] SUBVENTION_API Report check(const Dossier& dossier, const CheckOptions& options,
                                          const Catalogue& catalogue);

/// Runs one rule on `dossier` as `check()` does at `as_of` for `territory`, diagnostics in
/// emission order (no sorting, no severity option): to test a rule, the library's or one's own.
[[nodiscard]] SUBVENTION_API std::vector<Diagnostic>
run_rule(const Rule& rule, const Dossier& dossier, const CheckOptions& options, Date as_of,
         Territory territory = Territory::metropole);

} // namespace subvention::compliance
