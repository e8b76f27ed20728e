// SPDX-License-Identifier: Apache-2.0
// subvention — appropriations and budget lines (crédits de paiement available, proposed, balance).
// Part of the M57 budget layer; <subvention/budget.hpp> includes every part.
#pragma once

#include <array>
#include <compare>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

#include <subvention/budget/imputation.hpp>
#include <subvention/budget/operation.hpp>
#include <subvention/budget/section.hpp>
#include <subvention/detail/m57_tables.hpp>
#include <subvention/money.hpp>
#include <subvention/result.hpp>

namespace subvention {

// ============================================================================================
// Appropriations and budget lines
// ============================================================================================

/// Kind of appropriation (« nature des crédits »), CGCT L.3312-4 and R.3312-3
/// (docs/legal-reference.md BUDG-AP-AE-CP).
enum class AppropriationKind {
    ap, ///< « autorisation de programme »: multi-year commitment ceiling, investment only
    ae, ///< « autorisation d'engagement »: multi-year commitment ceiling, operating only, for
        ///< subsidies, participations or remunerations to third parties (staff costs excluded)
    cp, ///< « crédits de paiement »: payment ceiling of the year, both sections
};

/// `"AP"`, `"AE"`, `"CP"`.
[[nodiscard]] constexpr std::string_view to_string(AppropriationKind k) noexcept {
    switch (k) {
    case AppropriationKind::ap:
        return "AP";
    case AppropriationKind::ae:
        return "AE";
    case AppropriationKind::cp:
        return "CP";
    }
    return "CP";
}

/// Whether appropriations of kind `k` can exist in `section`: AP in investissement, AE in
/// fonctionnement, CP in both (CGCT L.3312-4).
[[nodiscard]] constexpr bool is_allowed_in(AppropriationKind k, Section section) noexcept {
    switch (k) {
    case AppropriationKind::ap:
        return section == Section::investissement;
    case AppropriationKind::ae:
        return section == Section::fonctionnement;
    case AppropriationKind::cp:
        return true;
    }
    return false;
}

/// One line of the imputation table of a deliberation or report (« ligne d'imputation »):
/// `C01-020Q01 | 6568/9365 | Mission ESS - Autres participations | CP disponible 209 285,00 |
/// proposition 57 000,00 | solde 152 285,00`. The balance is recomputed, never trusted: the
/// stated one is only compared (docs/architecture.md §3.5; docs/legal-reference.md BUDG-AP-AE-CP:
/// « solde = CP disponible − proposition ≥ 0 »).
struct BudgetLine {
    OperationCode operation;               ///< « code opération »
    Imputation imputation;                 ///< « imputation budgétaire »
    std::string label{};                   ///< « libellé opération »
    Euros credits_available{};             ///< « CP disponible » (deliberation column « CP »)
    Euros proposed{};                      ///< « proposition » / « dépense »
    std::optional<Euros> stated_balance{}; ///< « solde » as printed, if printed
    std::optional<Euros> credits_voted{};  ///< « CP » when printed apart from « disponible »
    AppropriationKind appropriation = AppropriationKind::cp; ///< which credits the line draws on
    friend bool operator==(const BudgetLine&, const BudgetLine&) = default;

    /// Recomputed balance (« solde ») = available − proposed; negative when the proposal exceeds
    /// the credits. Throws std::overflow_error on overflow.
    [[nodiscard]] Euros balance() const { return credits_available - proposed; }

    /// Whether the proposal fits in the available credits (proposed ≤ available; CGCT
    /// L.3312-4: CP are the ceiling of the year's payments, AP/AE of commitments).
    [[nodiscard]] bool credit_check() const noexcept { return proposed <= credits_available; }

    /// Whether the printed balance equals the recomputed one; none when no balance is printed.
    [[nodiscard]] std::optional<bool> stated_balance_matches() const {
        if (!stated_balance)
            return std::nullopt;
        return *stated_balance == balance();
    }

    /// Whether the available credits fit in the voted ones; none when no voted amount is printed.
    [[nodiscard]] std::optional<bool> available_within_voted() const noexcept {
        if (!credits_voted)
            return std::nullopt;
        return credits_available <= *credits_voted;
    }

    /// Whether the appropriation kind exists in the imputation's section (AP ↔ investissement,
    /// AE ↔ fonctionnement; CGCT L.3312-4).
    [[nodiscard]] bool is_appropriation_consistent() const noexcept {
        return is_allowed_in(appropriation, imputation.section());
    }
};

} // namespace subvention
