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
#include <vector>

#include <subvention/budget_plan.hpp>
#include <subvention/compliance/diagnostic.hpp>

#include "compliance/builtin_rule.hpp"

namespace subvention::compliance::rules {

inline constexpr std::array<LegalRef, 2> budget_unbalanced_basis{{
    {"formulaire CERFA n° 12156 (budget prévisionnel de l'action)", "",
     "the form's table as the dossier reproduces it (accounts 60–68 and 86, 70–78 and 87), edition "
     "not pinned"},
    {"loi 2000-321", "10 al. 4",
     "rédaction de la loi n° 2021-875 du 1er juillet 2021 for acts from 3 July 2021, text in "
     "force on 1 January 2016 before; the convention duty in force since 13 June 2001 (3rd "
     "paragraph until 2014)"},
}};

/// Budget prévisionnel en déséquilibre (BUDGET-UNBALANCED): see the file comment.
inline void check_budget_unbalanced(const Context& ctx, Emitter& out) {
    const auto& d = ctx.dossier;
    if (!d.execution)
        return;
    const auto& forecasts = d.execution->forecasts;
    for (std::size_t i = 0; i < forecasts.size(); ++i) {
        const std::string path = "/execution/forecasts/" + std::to_string(i) + "/table";
        const std::size_t action = forecasts[i].action + 1; // as numbered in the convention
        Diagnostic diag;
        diag.severity = Severity::warning;
        diag.location = Location{forecasts[i].source.document, forecasts[i].source.section, path,
                                 forecasts[i].source.text};
        try {
            const BudgetBalance b = balance(forecasts[i].table);
            if (b.balanced())
                continue;
            fact(diag, "action", forecasts[i].action);
            fact(diag, "charges", b.charges);
            fact(diag, "resources", b.resources);
            fact(diag, "gap", b.gap());
            fact(diag, "in_kind_charges", b.in_kind_charges);
            fact(diag, "in_kind_resources", b.in_kind_resources);
            std::vector<Message> gaps;
            if (!b.gap().is_zero()) {
                // French gives the gap without its sign and says which way it goes; English
                // prints it signed.
                const bool surplus = b.gap().is_negative();
                gaps.push_back(
                    Message(surplus ? "BUDGET-UNBALANCED.surplus" : "BUDGET-UNBALANCED.deficit")
                        .arg("charges", b.charges)
                        .arg("resources", b.resources)
                        .arg("gap", surplus ? -b.gap() : b.gap()));
            }
            if (!b.in_kind_gap().is_zero())
                gaps.push_back(Message("BUDGET-UNBALANCED.in_kind")
                                   .arg("used", b.in_kind_charges)
                                   .arg("received", b.in_kind_resources));
            diag.parts.push_back(Message("BUDGET-UNBALANCED")
                                     .arg("action", action)
                                     .arg("gaps", gaps.size() == 2
                                                      ? Message("BUDGET-UNBALANCED.both")
                                                            .arg("totals", gaps[0])
                                                            .arg("in_kind", gaps[1])
                                                      : gaps.front()));
        } catch (const std::overflow_error&) {
            diag.severity = Severity::info;
            diag.parts = {Message("BUDGET-UNBALANCED.overflow").arg("action", action)};
        }
        out.emit(std::move(diag));
    }
}

inline constexpr BuiltinRule budget_unbalanced{
    "BUDGET-UNBALANCED", "Budget prévisionnel en déséquilibre", "Unbalanced forecast budget",
    budget_unbalanced_basis, &check_budget_unbalanced};

} // namespace subvention::compliance::rules
