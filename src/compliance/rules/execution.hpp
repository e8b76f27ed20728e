// SPDX-License-Identifier: Apache-2.0
// subvention — the « execution » group of the compliance catalogue: what happens after the
// signature — the final report and its deadline, the eligibility of its expenses, payments
// beyond the aid due, the balance of the forecast budgets, and the de minimis ceiling of
// cumulative State aid (AID-DEMINIMIS, "compliance/rules/aid_deminimis.hpp"). Every
// rule reads `Dossier::execution` and is silent without it. Catalogue order (IDs are stable
// public API).
#pragma once

#include <array>

#include "compliance/builtin_rule.hpp"
#include "compliance/rules/aid_deminimis.hpp"
#include "compliance/rules/beneficiary_audit.hpp"
#include "compliance/rules/budget_unbalanced.hpp"
#include "compliance/rules/settle_ineligible_expense.hpp"
#include "compliance/rules/settle_overpayment.hpp"
#include "compliance/rules/settle_report_late.hpp"

namespace subvention::compliance::rules {

/// The execution rules (« règles d'exécution »), in catalogue order.
inline constexpr std::array execution_rules{
    settle_report_late, settle_ineligible_expense, settle_overpayment, budget_unbalanced,
    aid_deminimis,      beneficiary_audit,
    // scripts/new-rule appends here
};

} // namespace subvention::compliance::rules
