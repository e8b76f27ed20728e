// SPDX-License-Identifier: Apache-2.0
// subvention — AMOUNT-MISMATCH: the amount granted is not the same in the deliberation, its
// imputation table, the report's proposal, the report's table and the convention
// (docs/architecture.md §3.5 « Documents must agree »: every disagreement names both places).
//
// What is compared (each document's statements added up, so that a grant split into several
// decisions or rows is compared as a whole; `granted_amounts` lists the same statements one
// by one, without the paths a diagnostic needs):
//  * the report's proposal with the deliberation's grant decisions: error at the report;
//  * each imputation table with its own document's grant (the deliberation's table with its
//    article 1, the report's table with its proposal; the other document's when its own has
//    none): error when the table imputes MORE than granted; warning when it imputes less —
//    the difference may be the crédits de paiement of a multi-year grant, to be checked;
//  * the convention, when it states ONE ceiling (« montant maximum de l'aide »), with the
//    amount granted (deliberation, else report; when the act grants to several bodies, the
//    decisions naming the convention's beneficiary): error at the convention. A convention
//    with SEVERAL ceilings is AMOUNT-CEILINGS-SUM's (the breakdown does not add up), so one
//    disagreement is never reported twice.
// Location = the place that departs from the reference; facts `other_*` = the reference.
// Legal basis: the assembly decides the grant (CGCT L.3211-1); the convention defines its
// amount (loi 2000-321 art. 10). Overflow of a total is reported, never thrown.
#pragma once

#include <array>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>

#include <subvention/compliance/diagnostic.hpp>

#include "compliance/builtin_rule.hpp"
#include "compliance/rules/amounts_common.hpp"

namespace subvention::compliance::rules {

inline constexpr std::array<LegalRef, 2> amount_mismatch_basis{{
    {"CGCT", "L.3211-1",
     "consolidated text of late 2015, after loi n° 2015-991 of 7 August 2015 (NOTRe)"},
    {"loi 2000-321", "10 al. 4",
     "rédaction de la loi n° 2021-875 du 1er juillet 2021 for acts from 3 July 2021, text in "
     "force on 1 January 2016 before; the convention duty in force since 13 June 2001 (3rd "
     "paragraph until 2014)"},
}};

/// AMOUNT-MISMATCH (« discordance de montants »): see the file comment.
inline void check_amount_mismatch(const Context& ctx, Emitter& out) {
    using namespace detail;
    const Dossier& dossier = ctx.dossier;
    const std::optional<Place> none;
    const auto delib_grants =
        dossier.deliberation
            ? try_place(out, DocumentKind::deliberation, "/deliberation/grants",
                        Message("AMOUNT-MISMATCH.overflow_deliberation_grants"),
                        [&] {
                            return grants_place(dossier.deliberation->grants,
                                                DocumentKind::deliberation, "deliberation_grants",
                                                "/deliberation/grants");
                        })
            : none;
    const auto delib_table =
        dossier.deliberation
            ? try_place(out, DocumentKind::deliberation, "/deliberation/imputations",
                        Message("AMOUNT-MISMATCH.overflow_deliberation_imputations"),
                        [&] {
                            return table_place(
                                dossier.deliberation->imputations, DocumentKind::deliberation,
                                "deliberation_imputations", "/deliberation/imputations");
                        })
            : none;
    const auto rapport_grants =
        dossier.rapport
            ? try_place(out, DocumentKind::rapport, "/rapport/proposed_grants",
                        Message("AMOUNT-MISMATCH.overflow_rapport_proposed_grants"),
                        [&] {
                            return grants_place(dossier.rapport->proposed_grants,
                                                DocumentKind::rapport, "rapport_proposed_grants",
                                                "/rapport/proposed_grants");
                        })
            : none;
    const auto rapport_table =
        dossier.rapport
            ? try_place(out, DocumentKind::rapport, "/rapport/budget",
                        Message("AMOUNT-MISMATCH.overflow_rapport_budget"),
                        [&] {
                            return table_place(dossier.rapport->budget, DocumentKind::rapport,
                                               "rapport_budget", "/rapport/budget");
                        })
            : none;
    // Reported by AMOUNT-CEILINGS-SUM when the ceilings overflow; restricted to the convention's
    // beneficiary by `granted_place`, whose overflow is the grants' (reported above).
    const auto ceilings =
        dossier.convention ? try_place([&] { return ceilings_place(*dossier.convention); }) : none;
    const auto granted = try_place([&] { return granted_place(dossier); });

    // `table`: the place is an imputation table (warning when it imputes less than granted).
    auto compare = [&](const std::optional<Place>& place, const std::optional<Place>& reference,
                       bool table) {
        if (!place || !reference || place->amount == reference->amount)
            return;
        try {
            const Euros difference = place->amount - reference->amount;
            const bool less = place->amount < reference->amount;
            const Euros gap = less ? reference->amount - place->amount : difference;
            Diagnostic d;
            d.severity = table && less ? Severity::warning : Severity::error;
            d.location = location_of(*place);
            d.parts.push_back(Message("AMOUNT-MISMATCH.differs")
                                  .arg("place", describe(*place, Case::capitalized))
                                  .arg("amount", place->amount)
                                  .arg("reference", describe(*reference, Case::de))
                                  .arg("reference_amount", reference->amount)
                                  .arg("gap", gap));
            d.parts.emplace_back(table && less ? "AMOUNT-MISMATCH.multiyear"
                                               : "AMOUNT-MISMATCH.must_agree");
            fact(d, "place", place->kind, Unit::code);
            fact(d, "amount", place->amount);
            fact(d, "other_place", reference->kind, Unit::code);
            fact(d, "other_amount", reference->amount);
            fact(d, "difference", difference);
            other_place(d, *reference);
            out.emit(std::move(d));
        } catch (const std::overflow_error& e) {
            emit_overflow(out, location_of(*place), Message("AMOUNT-MISMATCH.overflow_difference"),
                          e);
        }
    };

    compare(delib_table, delib_grants ? delib_grants : rapport_grants, true);
    compare(rapport_grants, delib_grants, false);
    compare(rapport_table, rapport_grants ? rapport_grants : delib_grants, true);
    if (ceilings && ceilings->statements == 1)
        compare(ceilings, granted, false);
}

/// AMOUNT-MISMATCH: granted amount differs between the documents.
inline constexpr BuiltinRule amount_mismatch{"AMOUNT-MISMATCH", "Discordance de montants",
                                             "Amount mismatch", amount_mismatch_basis,
                                             &check_amount_mismatch};

} // namespace subvention::compliance::rules
