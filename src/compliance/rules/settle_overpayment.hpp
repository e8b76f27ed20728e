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
//    under every rounding. Warning: the recovery (« titre de perception », art. 12) is the
//    département's decision; the settlement's steps are given in `subvention settle`.
#pragma once

#include <algorithm>
#include <array>
#include <exception>
#include <string>

#include <subvention/compliance/diagnostic.hpp>
#include <subvention/settlement.hpp>

#include "compliance/builtin_rule.hpp"

namespace subvention::compliance::rules {

inline constexpr std::array<LegalRef, 3> settle_overpayment_basis{{
    {"convention", "6, 7 et 12", "the convention of the dossier"},
    {"loi 2000-321", "10",
     "consolidated text read in its pre-2016 version, the duty in force since 13 June 2001"},
    {"CGCT", "L.1611-4", "consolidated text of late 2015"},
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
    diag.severity = Severity::warning;
    // French says how the final grant was computed; English does not.
    diag.parts.push_back(Message(policy.proportional_reduction
                                     ? "SETTLE-OVERPAYMENT.above_final_grant_reduced"
                                     : "SETTLE-OVERPAYMENT.above_final_grant_ceilings")
                             .arg("paid", paid)
                             .arg("final_grant", s->final_grant)
                             .arg("to_recover", s->to_recover));
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
    out.emit(std::move(diag));
}

inline constexpr BuiltinRule settle_overpayment{
    "SETTLE-OVERPAYMENT", "Versements supérieurs à l'aide due", "Payments exceed the aid due",
    settle_overpayment_basis, &check_settle_overpayment};

} // namespace subvention::compliance::rules
