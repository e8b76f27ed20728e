// SPDX-License-Identifier: Apache-2.0
// CONV-CER — contrat d'engagement républicain (loi 2000-321 art. 10-1, inserted by loi
// 2021-1109 art. 12; décret 2021-1947 of 31 December 2021, in force 2 January 2022 for requests
// filed from then; thresholds.hpp `cer_in_force`).
//
// An association or a foundation requesting a subsidy undertakes to respect the contrat
// d'engagement républicain. The law attaches the commitment to the request, not to the
// convention (docs/legal-reference.md SUBV-CER): its absence from the convention is not illegal
// and has no effect on the deliberation, but nothing in the dossier then shows the commitment,
// and the convention cannot organise the withdrawal the law provides. Hence an info that says
// so, for an association or foundation beneficiary whose request was filed on or after
// 2 January 2022, when no clause of the convention is of kind `contrat_engagement_republicain`.
// The request's date is `Dossier::request_date` when known; otherwise the date of the act
// (ctx.as_of) stands in for it — a request precedes the act, so an act of 2022 may answer a
// request of 2021 —, an assumption the message states (`request_date_unknown`). Approved
// (art. 25-1) and RUP bodies are deemed to satisfy it; the dossier does not record those
// statuses, and the message mentions them. Seed: info (request date unknown, act of 2023).
#pragma once

#include <array>
#include <string>

#include "compliance/rules/convention_common.hpp"

namespace subvention::compliance::rules {

inline constexpr std::array<LegalRef, 2> conv_cer_basis{{
    {"loi 2000-321", "10-1",
     "as inserted by loi n° 2021-1109 of 24 August 2021, art. 12 (version of 26 August 2021)"},
    {"décret 2021-1947", "",
     "décret of 31 December 2021, in force on 2 January 2022 for requests filed from then"},
}};

/// Contrôle du contrat d'engagement républicain (CONV-CER).
inline void check_conv_cer(const Context& ctx, Emitter& out) {
    const auto& d = ctx.dossier;
    if (!d.convention)
        return;
    const Convention& c = *d.convention;
    const LegalForm form = c.beneficiary.legal_form;
    if (form != LegalForm::association && form != LegalForm::foundation)
        return;
    const Date in_force = cer_in_force.to_date();
    const bool request_known = d.request_date && !d.request_date->value.is_special();
    const Date request = request_known ? d.request_date->value : ctx.as_of;
    if (request < in_force)
        return; // requests filed before 2 January 2022
    if (has_clause(c, ClauseKind::contrat_engagement_republicain))
        return;

    Diagnostic diag;
    diag.severity = Severity::info;
    diag.location = Location{DocumentKind::convention, {}, "/convention/clauses", {}};
    diag.parts.push_back(
        Message("CONV-CER")
            .arg("who", Message(form == LegalForm::association ? "CONV-CER.association"
                                                               : "CONV-CER.foundation"))
            .arg("beneficiary", c.beneficiary.name)
            .arg("in_force", in_force));
    if (request_known) {
        diag.parts.push_back(Message("CONV-CER.request").arg("date", request));
    } else {
        diag.parts.push_back(Message("CONV-CER.request_unknown").arg("date", ctx.as_of));
        diag.assumptions = {"request_date_unknown"};
    }
    fact(diag, "beneficiary_form", std::string(to_string(form)), Unit::code);
    fact(diag, "clause_present", false);
    fact(diag, "cer_in_force", in_force);
    fact(diag, "as_of", ctx.as_of);
    if (request_known)
        fact(diag, "request_date", request);
    fact(diag, "required_in_convention", false);
    out.emit(std::move(diag));
}

/// CONV-CER: contrat d'engagement républicain not mentioned by the convention.
inline constexpr BuiltinRule conv_cer{"CONV-CER", "Contrat d'engagement républicain",
                                      "Republican commitment contract", conv_cer_basis,
                                      &check_conv_cer};

} // namespace subvention::compliance::rules
