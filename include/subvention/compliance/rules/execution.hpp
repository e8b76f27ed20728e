// subvention — the « execution » group of the compliance catalogue: what happens after the
// signature — the final report and its deadline, the eligibility of its expenses, payments
// beyond the aid due, the balance of the forecast budgets, and the de minimis ceiling of
// cumulative State aid (AID-DEMINIMIS, <subvention/compliance/rules/aid_deminimis.hpp>). Every
// rule reads `Dossier::execution` and is silent without it. Catalogue order (IDs are stable
// public API).
#pragma once

#include <array>

#include <subvention/compliance/rule.hpp>
#include <subvention/compliance/rules/aid_deminimis.hpp>
#include <subvention/compliance/rules/budget_unbalanced.hpp>
#include <subvention/compliance/rules/settle_ineligible_expense.hpp>
#include <subvention/compliance/rules/settle_overpayment.hpp>
#include <subvention/compliance/rules/settle_report_late.hpp>

namespace subvention::compliance::rules {

/// The execution rules, in catalogue order (see `execution_rules()`).
inline constexpr std::array<Rule, 5> execution_rule_list{
    settle_report_late, settle_ineligible_expense, settle_overpayment, budget_unbalanced,
    aid_deminimis,
};

/// The execution rules (« règles d'exécution »), in catalogue order; usable in constant
/// expressions (compliance/checker.hpp concatenates it into the catalogue).
[[nodiscard]] constexpr const std::array<Rule, 5>& execution_rules() noexcept {
    return execution_rule_list;
}

} // namespace subvention::compliance::rules
