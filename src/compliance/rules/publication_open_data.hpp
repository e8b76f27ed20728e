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
#include <utility>
#include <vector>

#include "compliance/rules/convention_common.hpp"

namespace subvention::compliance::rules {

inline constexpr std::array<LegalRef, 2> publication_open_data_basis{{
    {"loi 2000-321", "10",
     "as amended by loi n° 2016-1321 of 7 October 2016, art. 18, for conventions signed from 1 "
     "August 2017"},
    {"décret 2017-779", "1",
     "décret of 5 May 2017, in force for conventions signed from 1 August 2017"},
}};

/// Contrôle de la publication des données essentielles (PUBLICATION-OPEN-DATA).
inline void check_publication_open_data(const Context& ctx, Emitter& out) {
    const auto od = detail::open_data(ctx);
    if (od.state == detail::OpenDataState::not_applicable)
        return;
    const Convention& c = *ctx.dossier.convention;
    const auto& sig_source = c.signature.date.source;

    Diagnostic diag;
    diag.severity = Severity::info;
    diag.location = at(sig_source, "/convention/signature/date");
    // The duty, with the amount that triggers it and the population condition when known.
    std::vector<Message> amount;
    if (od.amount)
        amount.push_back(Message("PUBLICATION-OPEN-DATA.amount")
                             .arg("amount", *od.amount)
                             .arg("threshold", od.threshold->amount));
    std::vector<Message> population;
    if (od.population_unverified)
        population.emplace_back("PUBLICATION-OPEN-DATA.population");
    const Message duty =
        Message("PUBLICATION-OPEN-DATA.duty").arg("amount", amount).arg("population", population);

    switch (od.state) {
    case detail::OpenDataState::not_applicable:
        return;
    case detail::OpenDataState::unknown_amount:
        diag.location = Location{DocumentKind::convention, {}, "/convention/actions", {}};
        diag.parts.push_back(Message("PUBLICATION-OPEN-DATA.duty")
                                 .arg("amount", std::vector<Message>{})
                                 .arg("population", std::vector<Message>{}));
        diag.parts.push_back(
            Message("PUBLICATION-OPEN-DATA.amount_unknown").arg("threshold", od.threshold->amount));
        fact(diag, "reason", "amount_unknown", Unit::code);
        break;
    case detail::OpenDataState::blank_signature:
        diag.parts.push_back(duty);
        diag.parts.emplace_back("PUBLICATION-OPEN-DATA.signature_blank");
        fact(diag, "reason", "signature_date_blank", Unit::code);
        break;
    case detail::OpenDataState::not_computable:
        diag.parts.push_back(duty);
        diag.parts.push_back(
            Message("PUBLICATION-OPEN-DATA.not_computable").arg("reason", od.failure));
        fact(diag, "reason", "not_computable", Unit::code);
        break;
    case detail::OpenDataState::computed: {
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
            diag.parts.push_back(Message("PUBLICATION-OPEN-DATA.late")
                                     .arg("signature", *od.signature)
                                     .arg("publication", pub->value)
                                     .arg("deadline", deadline)
                                     .arg("population", population));
            if (shift_only) {
                diag.parts.push_back(
                    Message("PUBLICATION-OPEN-DATA.shift_only")
                        .arg("deadline_day", Message("PUBLICATION-OPEN-DATA.deadline_day")
                                                 .arg("date", deadline)
                                                 .arg("weekday", detail::weekday(deadline))));
                diag.assumptions = {"open_data_deadline_not_extended"};
            }
            fact(diag, "publication_date", pub->value);
            fact(diag, "signature_date", *od.signature);
            fact(diag, "deadline", deadline);
            if (shift_only) {
                fact(diag, "deadline_shifted", *shifted);
                fact(diag, "unconfirmed", true);
            }
            break;
        }
        diag.parts.push_back(duty);
        diag.parts.push_back(Message("PUBLICATION-OPEN-DATA.due")
                                 .arg("signature", *od.signature)
                                 .arg("deadline", deadline));
        fact(diag, "signature_date", *od.signature);
        fact(diag, "deadline", deadline);
        fact(diag, "published", false);
        break;
    }
    }
    fact(diag, "delay", detail::iso_duration(deadlines::donnees_essentielles.duration),
         Unit::duration);
    if (od.amount)
        fact(diag, "amount", *od.amount);
    fact(diag, "threshold", od.threshold->amount);
    fact(diag, "grantor_form", std::string(to_string(od.grantor_form)), Unit::code);
    if (od.population_unverified)
        fact(diag, "population_unverified", true);
    out.emit(std::move(diag));
}

/// PUBLICATION-OPEN-DATA: open-data publication of the convention's essential data.
inline constexpr BuiltinRule publication_open_data{
    "PUBLICATION-OPEN-DATA", "Publication des données essentielles",
    "Open-data publication of essential data", publication_open_data_basis,
    &check_publication_open_data};

} // namespace subvention::compliance::rules
