// SPDX-License-Identifier: Apache-2.0
// subvention — SETTLE-OVERPAYMENT: the payments actually made (« versements effectués ») exceed
// what the beneficiary may keep:
//  - more than the total of the convention's ceilings (seed art. 6 and 7: « le montant maximal
//    de la participation départementale ne pourra être supérieur au total prévu à l'article
//    6 »): error, the excess is due back whatever the report says;
//  - otherwise, once the final report is in: more than the final grant settle() computes
//    (settlement.hpp) — with the proportional reduction when every action has its budget
//    prévisionnel, else the ceilings; ineligible expenses excluded. The rule must pick a
//    rounding, the library never defaults one: it takes the one most favourable to the
//    beneficiary (`Rounding::up`, once on the total), so that any amount it reports is due
//    under every rounding. Warning: the recovery is the département's decision.
// What the recovery rests on (docs/legal-reference.md SUBV-WITHDRAWAL): the convention's
// repayment clause (seed art. 12, « titre de perception ») and the withdrawal of the grant
// decision to the extent of the sums not used as agreed, which CRPA L.242-2 2° allows at any
// time when the conditions of the grant were not met (CE 27 May 2021 n° 433660) — after the
// beneficiary has been able to present its observations (CE 4 October 2021 n° 438695), which
// the message says. Not CGCT L.1611-4: it governs control and pass-on, not recovery.
// A convention may let a non-profit body keep all or part of a subsidy not entirely spent
// (loi 2000-321 art. 10 al. 4 as amended by loi 2021-875, acts from 3 July 2021; clause
// `unspent_kept`): when only unspent sums are at stake and the clause states the amount kept,
// only the rest is to be demanded (none: info); otherwise the finding says that the covered
// part cannot be told.
#pragma once

#include <algorithm>
#include <array>
#include <exception>
#include <optional>
#include <string>

#include <subvention/compliance/diagnostic.hpp>
#include <subvention/settlement.hpp>

#include "compliance/builtin_rule.hpp"
#include "compliance/rules/convention_common.hpp"

namespace subvention::compliance::rules {

inline constexpr std::array<LegalRef, 5> settle_overpayment_basis{{
    {"convention", "6, 7 et 12", "the convention of the dossier"},
    {"CRPA", "L.242-2",
     "as created by ordonnance n° 2015-1341 of 23 October 2015, in force 1 January 2016, unchanged "
     "in the version in force on 16 April 2024"},
    {"CE, 27 mai 2021, n° 433660 (conditions mises à l'octroi d'une subvention)", "",
     "decision of 27 May 2021"},
    {"CE, 4 octobre 2021, n° 438695 (retrait après observations du bénéficiaire)", "",
     "decision of 4 October 2021"},
    {"loi 2000-321", "10 al. 4",
     "rédaction de la loi n° 2021-875 du 1er juillet 2021 (art. 1), in force on 3 July 2021, for "
     "a clause letting a non-profit body keep an unspent part"},
}};

/// Versements supérieurs à l'aide due (SETTLE-OVERPAYMENT): see the file comment.
inline void check_settle_overpayment(const Context& ctx, Emitter& out) {
    const auto& d = ctx.dossier;
    if (!d.execution || !d.convention || d.execution->payments.empty())
        return;
    const Convention& c = *d.convention;
    const Execution& x = *d.execution;
    Euros paid{};
    std::optional<Euros> ceilings;
    try {
        paid = payments_made_total(x.payments);
        ceilings = ceilings_total(c);
    } catch (const std::overflow_error&) {
        return; // AMOUNT-CEILINGS-SUM reports the ceilings' overflow; payments cannot be summed
    }
    if (!ceilings)
        return;
    Diagnostic diag;
    diag.location = Location{DocumentKind::dossier, "exécution", "/execution/payments", {}};
    if (paid > *ceilings) {
        const Euros excess = paid - *ceilings;
        diag.severity = Severity::error;
        diag.parts.push_back(Message("SETTLE-OVERPAYMENT.above_ceiling")
                                 .arg("paid", paid)
                                 .arg("ceiling", *ceilings)
                                 .arg("excess", excess));
        fact(diag, "payments_total", paid);
        fact(diag, "ceiling_total", *ceilings);
        fact(diag, "excess", excess);
        out.emit(std::move(diag));
        return;
    }
    if (!x.final_report)
        return;
    SettlementPolicy policy(Rounding::up, RoundingPoint::on_total);
    policy.territory = ctx.territory;
    policy.proportional_reduction = !c.actions.empty();
    for (std::size_t i = 0; i < c.actions.size(); ++i)
        if (std::count_if(x.forecasts.begin(), x.forecasts.end(),
                          [i](const BudgetForecast& f) { return f.action == i; }) != 1)
            policy.proportional_reduction = false;
    Result<Settlement> s = make_error(ErrorKind::empty, "solde", "", "");
    try {
        s = settle(c, x, policy);
    } catch (const std::exception&) {
        return;
    }
    if (!s || s->to_recover <= Euros{})
        return;
    // French says how the final grant was computed; English does not.
    diag.parts.push_back(Message(policy.proportional_reduction
                                     ? "SETTLE-OVERPAYMENT.above_final_grant_reduced"
                                     : "SETTLE-OVERPAYMENT.above_final_grant_ceilings")
                             .arg("paid", paid)
                             .arg("final_grant", s->final_grant)
                             .arg("to_recover", s->to_recover));
    // A clause letting the beneficiary keep an unspent part: what it covers, when it can tell.
    const auto kept = std::find_if(c.clauses.begin(), c.clauses.end(), [](const Clause& k) {
        return k.kind == ClauseKind::unspent_kept;
    });
    std::optional<Euros> to_demand = s->to_recover;
    if (kept != c.clauses.end()) {
        const bool only_unspent = s->recovery && s->recovery->grounds.size() == 1 &&
                                  s->recovery->grounds.front() == RecoveryGround::unused_sums;
        const Message section = detail::section_label(kept->source);
        if (only_unspent && kept->kept_amount) {
            if (*kept->kept_amount >= s->to_recover) {
                to_demand = Euros{};
                diag.parts.push_back(Message("SETTLE-OVERPAYMENT.kept_all")
                                         .arg("section", section)
                                         .arg("kept", *kept->kept_amount));
            } else {
                to_demand = s->to_recover - *kept->kept_amount;
                diag.parts.push_back(Message("SETTLE-OVERPAYMENT.kept_part")
                                         .arg("section", section)
                                         .arg("kept", *kept->kept_amount)
                                         .arg("due", *to_demand));
            }
        } else {
            to_demand.reset();
            diag.parts.push_back(
                Message("SETTLE-OVERPAYMENT.kept_unknown")
                    .arg("section", section)
                    .arg("why", Message(only_unspent ? "SETTLE-OVERPAYMENT.kept_not_stated"
                                                     : "SETTLE-OVERPAYMENT.kept_other_grounds"))
                    .arg("to_recover", s->to_recover));
        }
    } else {
        diag.parts.push_back(
            Message("SETTLE-OVERPAYMENT.to_recover").arg("to_recover", s->to_recover));
    }
    const bool nothing_due = to_demand && *to_demand <= Euros{};
    diag.severity = nothing_due ? Severity::info : Severity::warning;
    if (!nothing_due)
        diag.parts.emplace_back("SETTLE-OVERPAYMENT.withdrawal");
    std::string grounds;
    if (s->recovery)
        for (const auto g : s->recovery->grounds) {
            if (!grounds.empty())
                grounds += ',';
            grounds += to_string(g);
        }
    fact(diag, "payments_total", paid);
    fact(diag, "final_grant", s->final_grant);
    fact(diag, "to_recover", s->to_recover);
    fact(diag, "proportional_reduction", policy.proportional_reduction);
    fact(diag, "grounds", grounds, Unit::code);
    fact(diag, "unspent_kept_clause", kept != c.clauses.end());
    if (kept != c.clauses.end() && kept->kept_amount)
        fact(diag, "kept_amount", *kept->kept_amount);
    if (kept != c.clauses.end()) {
        if (to_demand)
            fact(diag, "to_demand", *to_demand);
        else
            fact(diag, "to_demand", "null", Unit::euros);
    }
    out.emit(std::move(diag));
}

inline constexpr BuiltinRule settle_overpayment{
    "SETTLE-OVERPAYMENT", "Versements supérieurs à l'aide due", "Payments exceed the aid due",
    settle_overpayment_basis, &check_settle_overpayment};

} // namespace subvention::compliance::rules
