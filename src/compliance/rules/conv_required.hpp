// SPDX-License-Identifier: Apache-2.0
// CONV-REQUIRED — a subsidy above 23 000 € a year to a private body needs a convention
// (« convention obligatoire »): loi 2000-321 art. 10 al. 3; décret 2001-495 art. 1.
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
#include <vector>

#include "compliance/rules/convention_common.hpp"

namespace subvention::compliance::rules {

inline constexpr std::array<LegalRef, 2> conv_required_basis{{
    {"loi 2000-321", "10 al. 3"},
    {"décret 2001-495", "1"},
}};

namespace conv_detail {

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

} // namespace conv_detail

/// Contrôle « convention obligatoire » (CONV-REQUIRED).
inline void check_conv_required(const Context& ctx, Emitter& out) {
    namespace cd = conv_detail;
    const auto& d = ctx.dossier;
    if (d.convention)
        return;
    const auto threshold = in_force(convention_threshold, ctx.as_of);
    if (!threshold)
        return; // before 13 June 2001: no decree threshold
    const auto grants = cd::all_grants(d);

    // Group the decisions by beneficiary and year, in document order.
    struct Group {
        std::string key;
        std::optional<std::int32_t> year;
        std::vector<const cd::GrantRef*> members;
    };
    std::vector<Group> groups;
    for (const auto& g : grants) {
        const std::string key = cd::name_key(g.grant->beneficiary);
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
        const cd::GrantRef& first = *grp.members.front();
        const GrantDecision& g = *first.grant;
        const LegalForm form = g.beneficiary_form;
        if (cd::is_public(form))
            continue; // public persons: no convention duty under art. 10 al. 3
        const bool aggregated = !single_above;
        const auto* authorisation =
            cd::convention_authorisation(d, g.beneficiary, beneficiaries == 1);

        Diagnostic diag;
        diag.location = at(g.amount.source, first.path + "/amount");
        const std::string amount_fr = total.to_string_fr();
        const std::string threshold_fr = threshold->amount.to_string_fr();
        // « La subvention de 57 000,00 € attribuée à « X » dépasse » / « Les subventions
        // attribuées à « X » pour l'année 2023 (40 000,00 € au total) dépassent ensemble ».
        const std::string year_fr = grp.year ? " pour l'année " + std::to_string(*grp.year) : "";
        const std::string year_en = grp.year ? " for " + std::to_string(*grp.year) : "";
        const bool several = grp.members.size() > 1;
        const std::string what_fr = several ? "Les subventions attribuées à « " + g.beneficiary +
                                                  " »" + year_fr + " (" + amount_fr +
                                                  " au total) dépassent ensemble"
                                            : "La subvention de " + amount_fr + " attribuée à « " +
                                                  g.beneficiary + " » dépasse";
        const std::string what_en =
            several ? "The subsidies granted to « " + g.beneficiary + " »" + year_en + " (" +
                          amount_fr + " in total) together exceed"
                    : "The " + amount_fr + " subsidy granted to « " + g.beneficiary + " » exceeds";
        const std::string duty_fr = " le seuil de " + threshold_fr +
                                    " au-delà duquel une convention définissant l'objet, le "
                                    "montant et les conditions d'utilisation de la subvention est "
                                    "obligatoire";
        const std::string duty_en = " the " + threshold_fr +
                                    " threshold above which a convention defining the subsidy's "
                                    "object, amount and conditions of use is mandatory";
        if (authorisation != nullptr) {
            const bool proposed = authorisation->source.document == DocumentKind::rapport;
            diag.severity = Severity::info;
            diag.message_fr =
                what_fr + duty_fr + " ; " +
                (proposed ? "le rapport propose d'autoriser" : "la délibération autorise") +
                " sa signature (" + cd::section_or_document(authorisation->source) +
                "), mais la convention n'est pas jointe au dossier : son existence et son contenu "
                "n'ont pas pu être contrôlés.";
            diag.message_en =
                what_en + duty_en + "; the " +
                (proposed ? "report proposes to authorise" : "deliberation authorises") +
                " its signature (" + cd::section_or_document(authorisation->source) +
                "), but the convention is not in the dossier: its existence and content could "
                "not be checked.";
        } else if (form == LegalForm::unknown) {
            diag.severity = Severity::warning;
            diag.message_fr = what_fr + " le seuil de " + threshold_fr +
                              " et le dossier ne comporte pas de convention ; la forme juridique "
                              "du bénéficiaire n'est pas indiquée : s'il s'agit d'un organisme de "
                              "droit privé, une convention est obligatoire.";
            diag.message_en = what_en + " the " + threshold_fr +
                              " threshold and the dossier contains no convention; the "
                              "beneficiary's legal form is not stated: if it is a private body, "
                              "a convention is mandatory.";
        } else if (aggregated) {
            diag.severity = Severity::warning;
            diag.message_fr = what_fr + duty_fr +
                              ", sans qu'aucune ne le dépasse seule, et le dossier ne comporte pas "
                              "de convention ; le seuil s'appréciant par bénéficiaire et par an "
                              "(cumul des décisions : point non confirmé), une convention est "
                              "probablement obligatoire.";
            diag.message_en = what_en + duty_en +
                              ", although none exceeds it alone, and the dossier contains no "
                              "convention; the threshold applying per beneficiary and per year "
                              "(adding up decisions: unconfirmed), a convention is probably "
                              "mandatory.";
        } else {
            diag.severity = Severity::error;
            diag.message_fr = what_fr + duty_fr +
                              ", mais le dossier ne comporte pas de convention (bénéficiaire de "
                              "droit privé : " +
                              std::string(to_string(form)) + ").";
            diag.message_en = what_en + duty_en +
                              ", but the dossier contains no convention (private beneficiary: " +
                              std::string(to_string(form)) + ").";
        }
        cd::fact(diag, "amount", total.to_iso());
        cd::fact(diag, "threshold", threshold->amount.to_iso());
        cd::fact(diag, "beneficiary", g.beneficiary);
        cd::fact(diag, "beneficiary_form", std::string(to_string(form)));
        if (grp.year)
            cd::fact(diag, "year", std::to_string(*grp.year));
        cd::fact(diag, "decisions", std::to_string(grp.members.size()));
        cd::fact(diag, "convention_present", "false");
        if (authorisation != nullptr)
            cd::fact(diag, "authorisation_section", authorisation->source.section);
        if (aggregated && authorisation == nullptr && form != LegalForm::unknown)
            cd::fact(diag, "unconfirmed", "true");
        out.emit(std::move(diag));
    }
}

/// CONV-REQUIRED: convention required above the decree threshold.
inline constexpr BuiltinRule conv_required{"CONV-REQUIRED", "Convention obligatoire",
                                           "Convention required", conv_required_basis,
                                           &check_conv_required};

} // namespace subvention::compliance::rules
