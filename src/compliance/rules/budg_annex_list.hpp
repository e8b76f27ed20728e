// SPDX-License-Identifier: Apache-2.0
// BUDG-ANNEX-LIST — liste des organismes subventionnés annexée aux documents budgétaires (CGCT
// L.3313-1 renvoyant à L.2313-1, 4° c)).
//
// The département's budget documents carry in annex the list of the bodies to which it paid a
// subsidy « supérieure à 75 000 euros ou représentant plus de 50 % du produit figurant au compte
// de résultat de l'organisme » (L.2313-1 4° c), applicable to départements by L.3313-1; text as
// of 2015 — later amendments (loi NOTRe, M57, compte financier unique) not verified, which each
// finding states (`l2313_1_text_of_2015`).
//
// Info, when the amount the act grants to the beneficiary (the deliberation's decisions, else
// the report's proposal — as AMOUNT-MISMATCH reads it) exceeds 75 000 €, or exceeds half of the
// products of the body's last closed exercise when the dossier states them
// (`Dossier::beneficiary_resources`). A duty of the département's budget documents, not a
// condition of the grant: an info with the figures, to carry the body into the list. Other
// subsidies of the year to the same body are not in the dossier and not added.
// Seed: silent (57 000 € ≤ 75 000 €; products not stated).
#pragma once

#include <array>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>

#include "compliance/builtin_rule.hpp"
#include "compliance/rules/amounts_common.hpp"
#include "compliance/rules/beneficiary_common.hpp"

namespace subvention::compliance::rules {

inline constexpr std::array<LegalRef, 2> budg_annex_list_basis{{
    {"CGCT", "L.3313-1",
     "as last amended by ordonnance n° 2009-1530, consolidated text of late 2015"},
    {"CGCT", "L.2313-1 4° c)",
     "as last amended by loi n° 2014-173, consolidated text of late 2015"},
}};

/// The threshold of L.2313-1 4° c), in euros.
inline constexpr std::int64_t annex_list_threshold_euros = 75'000;

/// BUDG-ANNEX-LIST: see the file comment.
inline void check_budg_annex_list(const Context& ctx, Emitter& out) {
    using namespace detail;
    const Dossier& d = ctx.dossier;
    std::optional<Place> granted;
    try {
        granted = granted_place(d);
    } catch (const std::overflow_error&) {
        return; // absurd amounts: AMOUNT-* rules report them
    }
    if (!granted)
        return;
    const Euros amount = granted->amount;
    const Euros threshold = Euros::from_cents(annex_list_threshold_euros * 100);
    const bool over_amount = amount > threshold;
    const std::optional<Euros> resources =
        d.beneficiary_resources && d.beneficiary_resources->value > Euros{}
            ? std::optional<Euros>(d.beneficiary_resources->value)
            : std::nullopt;
    bool over_share = false;
    if (resources) {
        try {
            over_share = amount + amount > *resources;
        } catch (const std::overflow_error&) {
            over_share = true;
        }
    }
    if (!over_amount && !over_share)
        return;

    Diagnostic diag;
    diag.severity = Severity::info;
    diag.location = location_of(*granted);
    const std::string name = beneficiary_name(d);
    Message reason(over_amount && over_share ? "BUDG-ANNEX-LIST.both"
                   : over_amount             ? "BUDG-ANNEX-LIST.amount"
                                             : "BUDG-ANNEX-LIST.share");
    if (over_amount)
        reason.arg("threshold", threshold);
    if (over_share)
        reason.arg("resources", *resources);
    diag.parts.push_back(Message("BUDG-ANNEX-LIST")
                             .arg("amount", amount)
                             .arg("beneficiary", name)
                             .arg("reason", std::move(reason)));
    if (!resources)
        diag.parts.push_back(Message("BUDG-ANNEX-LIST.resources_unknown"));
    else if (!over_share)
        diag.parts.push_back(Message("BUDG-ANNEX-LIST.share_below").arg("resources", *resources));
    diag.parts.push_back(Message("BUDG-ANNEX-LIST.text_of_2015"));
    diag.assumptions = {"l2313_1_text_of_2015"};
    fact(diag, "granted", amount);
    fact(diag, "threshold", threshold);
    fact(diag, "over_threshold", over_amount);
    if (resources) {
        fact(diag, "resources", *resources);
        fact(diag, "over_half_of_resources", over_share);
    }
    out.emit(std::move(diag));
}

/// BUDG-ANNEX-LIST: the body goes into the list annexed to the budget documents.
inline constexpr BuiltinRule budg_annex_list{"BUDG-ANNEX-LIST",
                                             "Liste des organismes subventionnés annexée au budget",
                                             "List of subsidised bodies annexed to the budget",
                                             budg_annex_list_basis, &check_budg_annex_list};

} // namespace subvention::compliance::rules
