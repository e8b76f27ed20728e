// SPDX-License-Identifier: Apache-2.0
// subvention — PAYMENT-EXCEEDS: the convention's payment schedule (« échéancier de
// versement ») pays out more than the aid may be: more than the convention's ceilings
// (« montant maximum de l'aide ») or than the amount the act grants (the deliberation's
// decisions, else the report's proposal; only those naming the convention's beneficiary when
// the act grants to several bodies) — whichever is lower.
//
// Error: a payment beyond the amount granted has no legal basis (the assembly decides the
// grant, CGCT L.3211-1; the convention defines its amount, loi 2000-321 art. 10). Location:
// the payments; facts `other_*`: the limit exceeded. The payments' total is exact (Euros); its
// overflow is reported here (this rule owns that total), never thrown.
#pragma once

#include <array>
#include <stdexcept>
#include <string>
#include <utility>

#include <subvention/compliance/diagnostic.hpp>

#include "compliance/builtin_rule.hpp"
#include "compliance/rules/amounts_common.hpp"

namespace subvention::compliance::rules {

inline constexpr std::array<LegalRef, 2> payment_exceeds_basis{{
    {"loi 2000-321", "10 al. 4",
     "rédaction de la loi n° 2021-875 du 1er juillet 2021 for acts from 3 July 2021, text in "
     "force on 1 January 2016 before; the convention duty in force since 13 June 2001 (3rd "
     "paragraph until 2014)"},
    {"CGCT", "L.3211-1",
     "consolidated text of late 2015, after loi n° 2015-991 of 7 August 2015 (NOTRe)"},
}};

/// PAYMENT-EXCEEDS (« versements supérieurs au plafond »): see the file comment.
inline void check_payment_exceeds(const Context& ctx, Emitter& out) {
    using namespace detail;
    if (!ctx.dossier.convention)
        return;
    const Convention& c = *ctx.dossier.convention;
    const auto payments =
        try_place(out, DocumentKind::convention, "/convention/payment_schedule/payments",
                  Message("PAYMENT-EXCEEDS.overflow_payments"), [&] { return payments_place(c); });
    if (!payments)
        return;
    // Ceilings' and grants' overflows are AMOUNT-CEILINGS-SUM's and AMOUNT-MISMATCH's.
    const auto limit = try_place([&] { return payment_limit(ctx.dossier); });
    if (!limit || payments->amount <= limit->amount)
        return;
    try {
        const Euros excess = payments->amount - limit->amount;
        Diagnostic d;
        d.severity = Severity::error;
        d.location = location_of(*payments);
        d.parts.push_back(Message("PAYMENT-EXCEEDS")
                              .arg("payments", describe(*payments, Case::capitalized))
                              .arg("total", payments->amount)
                              .arg("limit", describe(*limit))
                              .arg("limit_amount", limit->amount)
                              .arg("excess", excess));
        fact(d, "payment_count", payments->statements);
        fact(d, "payments_total", payments->amount);
        fact(d, "limit", limit->amount);
        fact(d, "excess", excess);
        fact(d, "other_place", limit->kind, Unit::code);
        other_place(d, *limit);
        out.emit(std::move(d));
    } catch (const std::overflow_error& e) {
        emit_overflow(out, location_of(*payments), Message("PAYMENT-EXCEEDS.overflow_excess"), e);
    }
}

/// PAYMENT-EXCEEDS: payment schedule total above the ceiling / granted amount.
inline constexpr BuiltinRule payment_exceeds{"PAYMENT-EXCEEDS", "Versements supérieurs au plafond",
                                             "Payments above the ceiling", payment_exceeds_basis,
                                             &check_payment_exceeds};

} // namespace subvention::compliance::rules
