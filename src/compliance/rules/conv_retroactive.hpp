// SPDX-License-Identifier: Apache-2.0
// CONV-RETROACTIVE — the convention's period starts before the grant decision (« période
// rétroactive »): expenses made before the assembly decided become eligible.
//
// docs/legal-reference.md SEED-13: not illegal per se (UNCONFIRMED — operating subsidies for the
// current year commonly cover the year from 1 January), but the user should know that pre-decision
// expenses are covered. Hence an info, with `unconfirmed=true` and the assumption in the message.
// The decision date is the deliberation's meeting, else the authorising deliberation's date as the
// convention states it. Seed: 01/01/2023, 78 days before the decision of 20/03/2023.
//
// An operating grant for the year is not reported, unless the convention makes the expenses of
// the period eligible (the pre-decision expenses are then expressly paid for: reported, as in the
// seed) or `CheckOptions::report_operating_year_retroactivity` asks for it. An operating grant
// for the year: every grant decision states the year, the
// decision and the whole period fall in that year, every imputation of the decision is in the
// operating section (loi 2000-321 art. 10 al. 4: the convention defines the object and the
// conditions of use of a subsidy granted for that year), and the dossier does not say that the
// beneficiary has an economic activity — for an undertaking, aid to an activity already under
// way raises the incentive effect of State aid rules (UNCONFIRMED, not read: Reg. (EU) 651/2014
// art. 6). Investment grants, periods reaching into another year and grants whose section is
// unknown keep the info.
#pragma once

#include <array>
#include <string>
#include <utility>
#include <vector>

#include "compliance/rules/convention_common.hpp"

namespace subvention::compliance::rules {

inline constexpr std::array<LegalRef, 1> conv_retroactive_basis{{
    {"loi 2000-321", "10 al. 4",
     "rédaction de la loi n° 2021-875 du 1er juillet 2021 for acts from 3 July 2021, text in "
     "force on 1 January 2016 before; the convention duty in force since 13 June 2001 (3rd "
     "paragraph until 2014)"},
}};

namespace detail {

/// Whether the dossier is an operating grant for one calendar year holding the period
/// [`start`, `end`] and the decision (see the file comment).
[[nodiscard]] inline bool operating_grant_for_year(const Dossier& d, Date start, Date end,
                                                   Date decision) {
    if (d.beneficiary_economic_activity.value_or(false) || end.is_special())
        return false;
    const auto grants = all_grants(d);
    if (grants.empty())
        return false;
    const int year = static_cast<int>(start.year());
    for (const auto& g : grants)
        if (!g.grant->year || *g.grant->year != year)
            return false;
    if (static_cast<int>(end.year()) != year || static_cast<int>(decision.year()) != year)
        return false;
    const std::vector<ImputationRow>* rows = nullptr;
    if (d.deliberation)
        rows = &d.deliberation->imputations;
    else if (d.rapport)
        rows = &d.rapport->budget;
    if (rows == nullptr || rows->empty())
        return false;
    for (const auto& row : *rows) {
        const auto imputation = Imputation::parse(row.imputation);
        if (!imputation || imputation->section() != Section::fonctionnement ||
            imputation->nature_section() != Section::fonctionnement)
            return false;
    }
    return true;
}

} // namespace detail

/// Contrôle de la rétroactivité de la période (CONV-RETROACTIVE).
inline void check_conv_retroactive(const Context& ctx, Emitter& out) {
    const auto& d = ctx.dossier;
    if (!d.convention || !d.convention->period)
        return;
    const Convention& c = *d.convention;
    const Date start = c.period->value.start;
    if (start.is_special())
        return; // blank: CONV-PERIOD
    const auto decision = detail::decision_date(d);
    if (!decision || !(start < decision->date))
        return;

    // A clause making the expenses of the period eligible says that expenses made before the
    // decision are paid for (SEED-13): reported whatever the kind of grant.
    const auto eligible = clauses_of(c, ClauseKind::eligible_expenses_in_period);
    const bool operating_year =
        detail::operating_grant_for_year(d, start, c.period->value.end, decision->date);
    if (operating_year && eligible.empty() && !ctx.options.report_operating_year_retroactivity)
        return;

    const auto days = (decision->date - start).days();
    Diagnostic diag;
    diag.severity = Severity::info;
    diag.location = at(c.period->source, "/convention/period");
    std::vector<Message> eligible_clause;
    if (!eligible.empty())
        eligible_clause.push_back(
            Message("CONV-RETROACTIVE.eligible")
                .arg("section", detail::section_label(eligible.front().source)));
    diag.parts.push_back(Message("CONV-RETROACTIVE.starts_before_decision")
                             .arg("start", start)
                             .arg("days", days)
                             .arg("decision_date", decision->date)
                             .arg("document", detail::document(decision->source.document))
                             .arg("eligible", std::move(eligible_clause)));
    diag.parts.emplace_back("CONV-RETROACTIVE.unconfirmed");
    diag.assumptions = {"retroactive_period_lawful"};
    fact(diag, "period_start", start);
    fact(diag, "decision_date", decision->date);
    fact(diag, "days_before_decision", days, Unit::days);
    fact(diag, "eligible_expenses_clause", !eligible.empty());
    if (!eligible.empty())
        fact(diag, "eligible_expenses_section", eligible.front().source.section);
    fact(diag, "operating_grant_for_year", operating_year);
    fact(diag, "unconfirmed", true);
    detail::other_place(diag, decision->source, decision->path);
    out.emit(std::move(diag));
}

/// CONV-RETROACTIVE: period starting before the grant decision.
inline constexpr BuiltinRule conv_retroactive{"CONV-RETROACTIVE", "Période rétroactive",
                                              "Retroactive period", conv_retroactive_basis,
                                              &check_conv_retroactive};

} // namespace subvention::compliance::rules
