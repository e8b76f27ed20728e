// SPDX-License-Identifier: Apache-2.0
// subvention — AMOUNT-CEILINGS-SUM: the convention breaks the aid down into per-action ceilings
// (« montant maximum de l'aide » per action, art. 6 of the seed) that do not add up to the
// amount granted by the act (the deliberation's decisions, else the report's proposal; only
// those naming the convention's beneficiary when the act grants to several bodies).
//
// Applies when the convention states at least TWO ceilings; a single ceiling is one statement
// of the amount, compared by AMOUNT-MISMATCH (so one disagreement is reported once).
// Error: the convention must define the amount of the subsidy (loi 2000-321 art. 10), and the
// assembly's decision fixes it (CGCT L.3211-1). The sum is exact (Euros); its overflow is
// reported here (this rule owns the ceilings' total), never thrown.
#pragma once

#include <array>
#include <stdexcept>
#include <string>
#include <utility>

#include <subvention/compliance/diagnostic.hpp>

#include "compliance/builtin_rule.hpp"
#include "compliance/rules/amounts_common.hpp"

namespace subvention::compliance::rules {

inline constexpr std::array<LegalRef, 2> amount_ceilings_sum_basis{{
    {"loi 2000-321", "10 al. 4",
     "rédaction de la loi n° 2021-875 du 1er juillet 2021 for acts from 3 July 2021, text in "
     "force on 1 January 2016 before; the convention duty in force since 13 June 2001 (3rd "
     "paragraph until 2014)"},
    {"CGCT", "L.3211-1",
     "consolidated text of late 2015, after loi n° 2015-991 of 7 August 2015 (NOTRe)"},
}};

/// AMOUNT-CEILINGS-SUM (« total des plafonds par action »): see the file comment.
inline void check_amount_ceilings_sum(const Context& ctx, Emitter& out) {
    using namespace detail;
    if (!ctx.dossier.convention)
        return;
    const Convention& c = *ctx.dossier.convention;
    const auto ceilings = try_place(out, DocumentKind::convention, "/convention/actions",
                                    Message("AMOUNT-CEILINGS-SUM.overflow_ceilings"),
                                    [&] { return ceilings_place(c); });
    if (!ceilings || ceilings->statements < 2)
        return;
    const auto granted = try_place([&] { return granted_place(ctx.dossier); });
    if (!granted || granted->amount == ceilings->amount)
        return;
    // « 24 000,00 € + 30 000,00 € »: figures as the acts write them, in every language.
    std::string terms;
    std::string list;
    for (const auto& a : c.actions) {
        if (!a.amount)
            continue;
        terms += (terms.empty() ? "" : " + ") + a.amount->value.to_string_fr();
        list += (list.empty() ? "" : ",") + a.amount->value.to_iso();
    }
    try {
        const Euros difference = ceilings->amount - granted->amount;
        Diagnostic d;
        d.severity = Severity::error;
        d.location = location_of(*ceilings);
        d.parts.push_back(
            Message("AMOUNT-CEILINGS-SUM")
                .arg("where", document_phrase(DocumentKind::convention, ceilings->source.section))
                .arg("terms", terms)
                .arg("total", ceilings->amount)
                .arg("granted", describe(*granted, Case::a))
                .arg("granted_amount", granted->amount));
        fact(d, "ceiling_count", ceilings->statements);
        fact(d, "ceilings", list);
        fact(d, "ceilings_total", ceilings->amount);
        fact(d, "granted", granted->amount);
        fact(d, "difference", difference);
        fact(d, "other_place", granted->kind, Unit::code);
        other_place(d, *granted);
        out.emit(std::move(d));
    } catch (const std::overflow_error& e) {
        emit_overflow(out, location_of(*ceilings),
                      Message("AMOUNT-CEILINGS-SUM.overflow_difference"), e);
    }
}

/// AMOUNT-CEILINGS-SUM: per-action ceilings do not add up to the total granted.
inline constexpr BuiltinRule amount_ceilings_sum{
    "AMOUNT-CEILINGS-SUM", "Total des plafonds par action", "Sum of per-action ceilings",
    amount_ceilings_sum_basis, &check_amount_ceilings_sum};

} // namespace subvention::compliance::rules
