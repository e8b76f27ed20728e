// SPDX-License-Identifier: Apache-2.0
// subvention — SETTLE-INELIGIBLE-EXPENSE: an expense of the final report cannot be counted
// (final_report.hpp `assess_expense`): dated outside the convention's period (seed art. 4: the
// expenses of the period; the report's `covers` year for a multi-year convention), linked to no
// action or to an action the convention does not have (art. 2, 6), zero or negative, a
// contribution in kind (account 86), or rejected at the contrôle de service fait (art. 5).
// Warning, one per line: the settlement excludes it (settle()), which may reduce the grant or
// ground a recovery (art. 12).
#pragma once

#include <array>
#include <string>
#include <vector>

#include <subvention/compliance/diagnostic.hpp>
#include <subvention/final_report.hpp>

#include "compliance/builtin_rule.hpp"

namespace subvention::compliance::rules {

inline constexpr std::array<LegalRef, 3> settle_ineligible_expense_basis{{
    {"convention", "4 et 5", "the convention of the dossier"},
    {"convention", "12", "the convention of the dossier"},
    {"loi 2000-321", "10",
     "the compte rendu financier paragraph, unchanged in the versions read (13 April 2000, 20 June "
     "2014)"},
}};

/// Dépense inéligible au bilan final (SETTLE-INELIGIBLE-EXPENSE): see the file comment.
inline void check_settle_ineligible_expense(const Context& ctx, Emitter& out) {
    const auto& d = ctx.dossier;
    if (!d.execution || !d.execution->final_report || !d.convention || !d.convention->period)
        return;
    const FinalReport& r = *d.execution->final_report;
    const Period p = r.covers ? *r.covers : d.convention->period->value;
    for (const auto& a : assess_expenses(r, p, d.convention->actions.size())) {
        if (a.eligible())
            continue;
        const Expense& e = r.expenses[a.line];
        std::vector<Message> reasons;
        std::string codes;
        for (const auto reason : a.reasons) {
            // The stated reason of a rejection is quoted (in French only).
            if (reason == Ineligibility::rejected && e.rejection)
                reasons.push_back(Message("SETTLE-INELIGIBLE-EXPENSE.reason.rejected_because")
                                      .arg("rejection", *e.rejection));
            else
                reasons.push_back(
                    Message("SETTLE-INELIGIBLE-EXPENSE.reason." + std::string(to_string(reason))));
            if (!codes.empty())
                codes += ',';
            codes += to_string(reason);
        }
        Diagnostic diag;
        diag.severity = Severity::warning;
        diag.location =
            Location{DocumentKind::dossier, "bilan final",
                     "/execution/final_report/expenses/" + std::to_string(a.line), e.label};
        diag.parts.push_back(
            Message("SETTLE-INELIGIBLE-EXPENSE")
                .arg("label", e.label)
                .arg("when", e.date.is_special()
                                 ? Message("SETTLE-INELIGIBLE-EXPENSE.undated")
                                 : Message("SETTLE-INELIGIBLE-EXPENSE.dated").arg("date", e.date))
                .arg("amount", e.amount)
                .arg("reasons", std::move(reasons)));
        fact(diag, "line", a.line);
        fact(diag, "amount", e.amount);
        fact(diag, "reasons", codes, Unit::code);
        out.emit(std::move(diag));
    }
}

inline constexpr BuiltinRule settle_ineligible_expense{
    "SETTLE-INELIGIBLE-EXPENSE", "Dépense inéligible au bilan final", "Ineligible expense",
    settle_ineligible_expense_basis, &check_settle_ineligible_expense};

} // namespace subvention::compliance::rules
