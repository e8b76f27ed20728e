// SPDX-License-Identifier: Apache-2.0
// PUBLICATION-OPEN-DATA — publication of the convention's « données essentielles » in open
// data within three months after its signature (loi 2000-321 art. 10 as amended by loi
// 2016-1321 art. 18; décret 2017-779 of 5 May 2017; docs/legal-reference.md SUBV-OPEN-DATA).
//
// Applies to conventions signed from 1 August 2017 for a subsidy above 23 000 € (thresholds.hpp
// `open_data_threshold`, at the signature date, else the act date), by a grantor of at least
// 3 500 inhabitants — a département or a région always; a commune's or EPCI's population is not
// in the dossier, so the message states the condition. The deadline is computed with
// deadline.hpp's `deadlines::donnees_essentielles` (no CPC art. 642 shift, UNCONFIRMED there).
//  - not yet published: info giving the date, or why it cannot be computed (seed: the draft's
//    signature date is blank → « cannot be computed »);
//  - published after the deadline (`Dossier::open_data_publication`): warning;
//  - published in time: nothing.
#pragma once

#include <array>
#include <exception>
#include <optional>
#include <string>

#include "compliance/rules/convention_common.hpp"

namespace subvention::compliance::rules {

inline constexpr std::array<LegalRef, 2> publication_open_data_basis{{
    {"loi 2000-321", "10"},
    {"décret 2017-779", "1"},
}};

/// Contrôle de la publication des données essentielles (PUBLICATION-OPEN-DATA).
inline void check_publication_open_data(const Context& ctx, Emitter& out) {
    namespace cd = conv_detail;
    const auto od = cd::open_data(ctx);
    if (od.state == cd::OpenDataState::not_applicable)
        return;
    const Convention& c = *ctx.dossier.convention;
    const auto& sig_source = c.signature.date.source;

    Diagnostic diag;
    diag.severity = Severity::info;
    diag.location = at(sig_source, "/convention/signature/date");
    const std::string duty_fr =
        "Les données essentielles de la convention doivent être publiées en données ouvertes "
        "dans les trois mois suivant sa signature (loi 2000-321 art. 10 ; décret 2017-779)";
    const std::string duty_en =
        "The convention's essential data must be published as open data within three months "
        "after its signature (loi 2000-321 art. 10; décret 2017-779)";
    std::string amount_fr;
    std::string amount_en;
    if (od.amount) {
        amount_fr = ", la subvention de " + od.amount->to_string_fr() + " dépassant " +
                    od.threshold->amount.to_string_fr();
        amount_en = ", the " + od.amount->to_string_fr() + " subsidy exceeding " +
                    od.threshold->amount.to_string_fr();
    }
    const std::string population_fr =
        od.population_unverified ? " (sauf si la collectivité attributaire compte moins de 3 500 "
                                   "habitants : sa population n'est pas indiquée au dossier)"
                                 : "";
    const std::string population_en = od.population_unverified
                                          ? " (unless the granting authority has fewer than 3,500 "
                                            "inhabitants: its population is not in the dossier)"
                                          : "";

    switch (od.state) {
    case cd::OpenDataState::not_applicable:
        return;
    case cd::OpenDataState::unknown_amount:
        diag.location = Location{DocumentKind::convention, {}, "/convention/actions", {}};
        diag.message_fr = duty_fr + " lorsque la subvention dépasse " +
                          od.threshold->amount.to_string_fr() +
                          " ; le montant attribué n'étant pas connu, l'obligation ne peut pas "
                          "être appréciée.";
        diag.message_en = duty_en + " when the subsidy exceeds " +
                          od.threshold->amount.to_string_fr() +
                          "; the amount granted being unknown, the duty cannot be assessed.";
        cd::fact(diag, "reason", "amount_unknown");
        break;
    case cd::OpenDataState::blank_signature:
        diag.message_fr = duty_fr + amount_fr + population_fr +
                          " ; la date de signature n'étant pas renseignée, la date limite de "
                          "publication ne peut pas être calculée.";
        diag.message_en = duty_en + amount_en + population_en +
                          "; the signature date being blank, the publication deadline cannot be "
                          "computed.";
        cd::fact(diag, "reason", "signature_date_blank");
        break;
    case cd::OpenDataState::not_computable:
        diag.message_fr = duty_fr + amount_fr + population_fr +
                          " ; la date limite ne peut pas être calculée : " + od.failure + ".";
        diag.message_en = duty_en + amount_en + population_en +
                          "; the deadline cannot be computed: " + od.failure + ".";
        cd::fact(diag, "reason", "not_computable");
        break;
    case cd::OpenDataState::computed: {
        const Date deadline = od.deadline->effective;
        const auto& pub = ctx.dossier.open_data_publication;
        if (pub && !pub->value.is_special()) {
            if (!(pub->value > deadline))
                return; // published in time
            std::optional<Date> shifted;
            try {
                shifted = working_day_on_or_after(deadline, ctx.territory);
            } catch (const std::exception&) {
                shifted.reset();
            }
            const bool shift_only = shifted && pub->value <= *shifted;
            diag.severity = Severity::warning;
            diag.location = at(pub->source, "/open_data_publication");
            diag.message_fr = "Les données essentielles de la convention signée le " +
                              cd::fr(*od.signature) + " ont été publiées le " + cd::fr(pub->value) +
                              ", après la date limite du " + cd::fr(deadline) +
                              " (trois mois après la signature, loi 2000-321 art. 10 ; décret "
                              "2017-779)" +
                              population_fr + ".";
            diag.message_en = "The essential data of the convention signed on " +
                              cd::iso(*od.signature) + " were published on " + cd::iso(pub->value) +
                              ", after the deadline of " + cd::iso(deadline) +
                              " (three months after signature, loi 2000-321 art. 10; décret "
                              "2017-779)" +
                              population_en + ".";
            if (shift_only) {
                diag.message_fr += " Le " + cd::fr(deadline) + " étant un " +
                                   std::string(weekday_name_fr(deadline)) +
                                   ", la publication serait dans le délai si l'article 642 du CPC "
                                   "s'appliquait (point non confirmé).";
                diag.message_en += " " + cd::iso(deadline) +
                                   " being a non-working day, the publication would be in time "
                                   "if CPC art. 642 applied (unconfirmed).";
            }
            cd::fact(diag, "publication_date", cd::iso(pub->value));
            cd::fact(diag, "signature_date", cd::iso(*od.signature));
            cd::fact(diag, "deadline", cd::iso(deadline));
            if (shift_only) {
                cd::fact(diag, "deadline_shifted", cd::iso(*shifted));
                cd::fact(diag, "unconfirmed", "true");
            }
            break;
        }
        diag.message_fr = duty_fr + amount_fr + population_fr + " : signée le " +
                          cd::fr(*od.signature) + ", elle doit être publiée au plus tard le " +
                          cd::fr(deadline) + ".";
        diag.message_en = duty_en + amount_en + population_en + ": signed on " +
                          cd::iso(*od.signature) + ", it must be published by " +
                          cd::iso(deadline) + ".";
        cd::fact(diag, "signature_date", cd::iso(*od.signature));
        cd::fact(diag, "deadline", cd::iso(deadline));
        cd::fact(diag, "published", "false");
        break;
    }
    }
    cd::fact(diag, "delay", cd::iso_duration(deadlines::donnees_essentielles.duration));
    if (od.amount)
        cd::fact(diag, "amount", od.amount->to_iso());
    cd::fact(diag, "threshold", od.threshold->amount.to_iso());
    cd::fact(diag, "grantor_form", std::string(to_string(od.grantor_form)));
    if (od.population_unverified)
        cd::fact(diag, "population_unverified", "true");
    out.emit(std::move(diag));
}

/// PUBLICATION-OPEN-DATA: open-data publication of the convention's essential data.
inline constexpr BuiltinRule publication_open_data{
    "PUBLICATION-OPEN-DATA", "Publication des données essentielles",
    "Open-data publication of essential data", publication_open_data_basis,
    &check_publication_open_data};

} // namespace subvention::compliance::rules
