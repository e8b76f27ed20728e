// SPDX-License-Identifier: Apache-2.0
// CONV-REQUIRED — a subsidy above 23 000 € a year to a private body needs a convention
// (« convention obligatoire »): loi 2000-321 art. 10 al. 4; décret 2001-495 art. 1.
//
// The threshold is the one in force at the act date (thresholds.hpp `convention_threshold`),
// compared strictly (« dépasse »). Decisions to the same beneficiary for the same year are
// added up (docs/legal-reference.md SUBV-CONVENTION-THRESHOLD: aggregation believed, UNCONFIRMED).
//  - no convention in the dossier, private beneficiary, amount above the threshold: error;
//  - the same, but the deliberation authorises the signature of a convention with that
//    beneficiary (it exists, it is just not in the dossier): info — nothing can be checked;
//  - beneficiary's legal form not stated: warning (the duty depends on it);
//  - above the threshold only once several decisions are added up: warning, UNCONFIRMED.
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "compliance/rules/convention_common.hpp"

namespace subvention::compliance::rules {

inline constexpr std::array<LegalRef, 2> conv_required_basis{{
    {"loi 2000-321", "10 al. 4",
     "rédaction de la loi n° 2021-875 du 1er juillet 2021 for acts from 3 July 2021, text in "
     "force on 1 January 2016 before; the convention duty in force since 13 June 2001 (3rd "
     "paragraph until 2014)"},
    {"décret 2001-495", "1",
     "décret of 6 June 2001 (JO 12 June 2001), in force since 13 June 2001"},
}};

namespace detail {

/// The authorisation to sign a convention with `beneficiary` (« D'autoriser le Président … à
/// signer … la convention »): the deliberation's, or without a deliberation the report's
/// proposal; with a single beneficiary any convention authorisation counts.
[[nodiscard]] inline const SigningAuthorisation*
convention_authorisation(const Dossier& d, const std::string& beneficiary, bool single) {
    const std::vector<SigningAuthorisation>* list = nullptr;
    if (d.deliberation)
        list = &d.deliberation->signing_authorisations;
    else if (d.rapport)
        list = &d.rapport->proposed_authorisations;
    if (list == nullptr)
        return nullptr;
    const std::string key = name_key(beneficiary);
    for (const auto& a : *list) {
        if (name_key(a.instrument).find("CONVENTION") == std::string::npos)
            continue;
        if (single || name_key(a.counterparty) == key)
            return &a;
    }
    return nullptr;
}

} // namespace detail

/// Contrôle « convention obligatoire » (CONV-REQUIRED).
inline void check_conv_required(const Context& ctx, Emitter& out) {
    const auto& d = ctx.dossier;
    if (d.convention)
        return;
    const auto threshold = in_force(convention_threshold, ctx.as_of);
    if (!threshold)
        return; // before 13 June 2001: no decree threshold
    const auto grants = detail::all_grants(d);

    // Group the decisions by beneficiary and year, in document order.
    struct Group {
        std::string key;
        std::optional<std::int32_t> year;
        std::vector<const detail::GrantRef*> members;
    };
    std::vector<Group> groups;
    for (const auto& g : grants) {
        const std::string key = detail::name_key(g.grant->beneficiary);
        Group* found = nullptr;
        for (auto& grp : groups)
            if (grp.key == key && grp.year == g.grant->year)
                found = &grp;
        if (found == nullptr) {
            groups.push_back(Group{key, g.grant->year, {}});
            found = &groups.back();
        }
        found->members.push_back(&g);
    }

    std::size_t beneficiaries = 0;
    {
        std::vector<std::string> keys;
        for (const auto& grp : groups)
            if (std::find(keys.begin(), keys.end(), grp.key) == keys.end())
                keys.push_back(grp.key);
        beneficiaries = keys.size();
    }

    for (const auto& grp : groups) {
        Euros total{};
        bool single_above = false;
        try {
            for (const auto* m : grp.members) {
                total += m->grant->amount.value;
                single_above = single_above || m->grant->amount.value > threshold->amount;
            }
        } catch (const std::overflow_error&) {
            continue; // absurd amounts: AMOUNT-* rules report them
        }
        if (!(total > threshold->amount))
            continue;
        const detail::GrantRef& first = *grp.members.front();
        const GrantDecision& g = *first.grant;
        const LegalForm form = g.beneficiary_form;
        if (detail::is_public(form))
            continue; // public persons: no convention duty under art. 10 al. 4
        const bool aggregated = !single_above;
        const auto* authorisation =
            detail::convention_authorisation(d, g.beneficiary, beneficiaries == 1);

        Diagnostic diag;
        diag.location = at(g.amount.source, first.path + "/amount");
        // « La subvention de 57 000,00 € attribuée à « X » dépasse » / « Les subventions
        // attribuées à « X » pour l'année 2023 (40 000,00 € au total) dépassent ensemble ».
        const bool several = grp.members.size() > 1;
        Message subsidy = several ? Message("CONV-REQUIRED.several") : Message("CONV-REQUIRED.one");
        subsidy.arg("amount", total).arg("beneficiary", g.beneficiary);
        if (several) {
            std::vector<Message> year;
            if (grp.year)
                year.push_back(
                    Message("CONV-REQUIRED.year").arg("year", std::to_string(*grp.year)));
            subsidy.arg("year", std::move(year));
        }
        const Message duty = Message("CONV-REQUIRED.duty").arg("threshold", threshold->amount);
        if (authorisation != nullptr) {
            const bool proposed = authorisation->source.document == DocumentKind::rapport;
            diag.severity = Severity::info;
            diag.parts.push_back(
                Message("CONV-REQUIRED.not_attached")
                    .arg("subsidy", subsidy)
                    .arg("duty", duty)
                    .arg("authority", Message(proposed ? "CONV-REQUIRED.report_proposes"
                                                       : "CONV-REQUIRED.deliberation_authorises"))
                    .arg("section", detail::section_label(authorisation->source)));
        } else if (form == LegalForm::unknown) {
            diag.severity = Severity::warning;
            diag.parts.push_back(Message("CONV-REQUIRED.form_unknown")
                                     .arg("subsidy", subsidy)
                                     .arg("threshold", threshold->amount));
        } else if (aggregated) {
            diag.severity = Severity::warning;
            diag.parts.push_back(
                Message("CONV-REQUIRED.aggregated").arg("subsidy", subsidy).arg("duty", duty));
            diag.assumptions = {"threshold_per_beneficiary_and_year"};
        } else {
            diag.severity = Severity::error;
            diag.parts.push_back(Message("CONV-REQUIRED.missing")
                                     .arg("subsidy", subsidy)
                                     .arg("duty", duty)
                                     .arg("form", std::string(to_string(form))));
        }
        fact(diag, "amount", total);
        fact(diag, "threshold", threshold->amount);
        fact(diag, "beneficiary", g.beneficiary);
        fact(diag, "beneficiary_form", std::string(to_string(form)), Unit::code);
        if (grp.year)
            fact(diag, "year", *grp.year);
        fact(diag, "decisions", grp.members.size());
        fact(diag, "convention_present", false);
        if (authorisation != nullptr)
            fact(diag, "authorisation_section", authorisation->source.section);
        if (aggregated && authorisation == nullptr && form != LegalForm::unknown)
            fact(diag, "unconfirmed", true);
        out.emit(std::move(diag));
    }
}

/// CONV-REQUIRED: convention required above the decree threshold.
inline constexpr BuiltinRule conv_required{"CONV-REQUIRED", "Convention obligatoire",
                                           "Convention required", conv_required_basis,
                                           &check_conv_required};

} // namespace subvention::compliance::rules
