// SPDX-License-Identifier: Apache-2.0
// subvention — BUDGET-UNBALANCED: a budget prévisionnel (budget_plan.hpp) whose charges (60–68)
// and resources (70–78) differ, or whose contributions in kind used (86) and received (87)
// differ. The CERFA n° 12156 budget of an action must balance (« le total des charges doit être
// égal au total des produits »); an unbalanced forecast makes the proportional reduction and the
// deficit of the action (settlement.hpp) meaningless. Warning, one per forecast, with the gap.
#pragma once

#include <array>
#include <stdexcept>
#include <string>

#include <subvention/budget_plan.hpp>
#include <subvention/compliance/diagnostic.hpp>

#include "compliance/builtin_rule.hpp"

namespace subvention::compliance::rules {

inline constexpr std::array<LegalRef, 2> budget_unbalanced_basis{{
    {"formulaire CERFA n° 12156 (budget prévisionnel de l'action)", ""},
    {"loi 2000-321", "10"},
}};

/// Budget prévisionnel en déséquilibre (BUDGET-UNBALANCED): see the file comment.
inline void check_budget_unbalanced(const Context& ctx, Emitter& out) {
    const auto& d = ctx.dossier;
    if (!d.execution)
        return;
    const auto& forecasts = d.execution->forecasts;
    for (std::size_t i = 0; i < forecasts.size(); ++i) {
        const std::string path = "/execution/forecasts/" + std::to_string(i) + "/table";
        const std::string which = "de l'action " + std::to_string(forecasts[i].action + 1);
        Diagnostic diag;
        diag.severity = Severity::warning;
        diag.location = Location{forecasts[i].source.document, forecasts[i].source.section, path,
                                 forecasts[i].source.text};
        try {
            const BudgetBalance b = balance(forecasts[i].table);
            if (b.balanced())
                continue;
            diag.facts = {{"action", std::to_string(forecasts[i].action)},
                          {"charges", b.charges.to_iso()},
                          {"resources", b.resources.to_iso()},
                          {"gap", b.gap().to_iso()},
                          {"in_kind_charges", b.in_kind_charges.to_iso()},
                          {"in_kind_resources", b.in_kind_resources.to_iso()}};
            std::string fr;
            std::string en;
            if (!b.gap().is_zero()) {
                fr = "les charges (comptes 60 à 68, " + b.charges.to_string_fr() +
                     ") et les produits (comptes 70 à 78, " + b.resources.to_string_fr() +
                     ") diffèrent de " +
                     (b.gap().is_negative() ? -b.gap() : b.gap()).to_string_fr() +
                     (b.gap().is_negative() ? " (excédent)" : " (déficit)");
                en = "charges (" + b.charges.to_iso() + ") and resources (" + b.resources.to_iso() +
                     ") differ by " + b.gap().to_iso();
            }
            if (!b.in_kind_gap().is_zero()) {
                if (!fr.empty()) {
                    fr += " ; ";
                    en += "; ";
                }
                fr += "les contributions en nature employées (86, " +
                      b.in_kind_charges.to_string_fr() + ") et reçues (87, " +
                      b.in_kind_resources.to_string_fr() + ") diffèrent";
                en += "contributions in kind used (86, " + b.in_kind_charges.to_iso() +
                      ") and received (87, " + b.in_kind_resources.to_iso() + ") differ";
            }
            diag.message_fr = "Le budget prévisionnel " + which + " n'est pas équilibré : " + fr +
                              " (CERFA n° 12156).";
            diag.message_en = "The forecast budget of action " +
                              std::to_string(forecasts[i].action + 1) + " does not balance: " + en +
                              " (CERFA 12156).";
        } catch (const std::overflow_error&) {
            diag.severity = Severity::info;
            diag.message_fr = "Les totaux du budget prévisionnel " + which +
                              " dépassent les montants représentables : équilibre non vérifié.";
            diag.message_en = "The totals of the forecast budget of action " +
                              std::to_string(forecasts[i].action + 1) +
                              " overflow: balance not checked.";
        }
        out.emit(std::move(diag));
    }
}

inline constexpr BuiltinRule budget_unbalanced{
    "BUDGET-UNBALANCED", "Budget prévisionnel en déséquilibre", "Unbalanced forecast budget",
    budget_unbalanced_basis, &check_budget_unbalanced};

} // namespace subvention::compliance::rules
