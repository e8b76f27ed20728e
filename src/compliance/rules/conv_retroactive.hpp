// SPDX-License-Identifier: Apache-2.0
// CONV-RETROACTIVE — the convention's period starts before the grant decision (« période
// rétroactive »): expenses made before the assembly decided become eligible.
//
// docs/legal-reference.md SEED-13: not illegal per se (UNCONFIRMED — operating subsidies for the
// current year commonly cover the year from 1 January), but the user should know that pre-decision
// expenses are covered. Hence an info, with `unconfirmed=true` and the assumption in the message.
// The decision date is the deliberation's meeting, else the authorising deliberation's date as the
// convention states it. Seed: 01/01/2023, 78 days before the decision of 20/03/2023.
#pragma once

#include <array>
#include <string>
#include <vector>

#include "compliance/rules/convention_common.hpp"

namespace subvention::compliance::rules {

inline constexpr std::array<LegalRef, 1> conv_retroactive_basis{{
    {"loi 2000-321", "10 al. 3"},
}};

/// Contrôle de la rétroactivité de la période (CONV-RETROACTIVE).
inline void check_conv_retroactive(const Context& ctx, Emitter& out) {
    namespace cd = conv_detail;
    const auto& d = ctx.dossier;
    if (!d.convention || !d.convention->period)
        return;
    const Convention& c = *d.convention;
    const Date start = c.period->value.start;
    if (start.is_special())
        return; // blank: CONV-PERIOD
    const auto decision = cd::decision_date(d);
    if (!decision || !(start < decision->date))
        return;

    const auto days = (decision->date - start).days();
    const auto eligible = clauses_of(c, ClauseKind::eligible_expenses_in_period);
    Diagnostic diag;
    diag.severity = Severity::info;
    diag.location = at(c.period->source, "/convention/period");
    diag.message_fr = "La période d'application de la convention commence le " + cd::fr(start) +
                      ", " + std::to_string(days) + " jour(s) avant la décision d'attribution du " +
                      cd::fr(decision->date) + " (" + cd::document_fr(decision->source.document) +
                      ")";
    diag.message_en = "The convention's period of application starts on " + cd::iso(start) + ", " +
                      std::to_string(days) + " day(s) before the grant decision of " +
                      cd::iso(decision->date) + " (" + cd::document_en(decision->source.document) +
                      ")";
    if (!eligible.empty()) {
        diag.message_fr += " ; les dépenses réalisées pendant la période sont éligibles (" +
                           cd::section_or_document(eligible.front().source) +
                           "), y compris celles antérieures à la décision";
        diag.message_en += "; expenses made during the period are eligible (" +
                           cd::section_or_document(eligible.front().source) +
                           "), including those made before the decision";
    }
    diag.message_fr += ". Cette rétroactivité n'est pas illégale en soi pour une subvention de "
                       "l'année en cours (point non confirmé), mais les dépenses antérieures à la "
                       "décision doivent se rattacher à l'action subventionnée.";
    diag.message_en += ". Such retroactivity is not unlawful per se for a subsidy for the current "
                       "year (unconfirmed), but expenses made before the decision must relate to "
                       "the subsidised action.";
    cd::fact(diag, "period_start", cd::iso(start));
    cd::fact(diag, "decision_date", cd::iso(decision->date));
    cd::fact(diag, "days_before_decision", std::to_string(days));
    cd::fact(diag, "eligible_expenses_clause", std::string(cd::boolean(!eligible.empty())));
    if (!eligible.empty())
        cd::fact(diag, "eligible_expenses_section", eligible.front().source.section);
    cd::fact(diag, "unconfirmed", "true");
    cd::other_place(diag, decision->source, decision->path);
    out.emit(std::move(diag));
}

/// CONV-RETROACTIVE: period starting before the grant decision.
inline constexpr BuiltinRule conv_retroactive{"CONV-RETROACTIVE", "Période rétroactive",
                                              "Retroactive period", conv_retroactive_basis,
                                              &check_conv_retroactive};

} // namespace subvention::compliance::rules
