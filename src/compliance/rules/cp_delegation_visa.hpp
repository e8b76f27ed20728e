// SPDX-License-Identifier: Apache-2.0
// CP-DELEGATION-VISA — an act of the Commission permanente does not cite the Conseil
// départemental's deliberation delegating powers to it.
//
// The Commission permanente only decides on what the Conseil départemental delegated to it
// (CGCT L.3211-2 al. 1); the delegation deliberation is what founds its competence, and the
// act's visas are where a reader checks it. Visas have no legal force of their own: omitting
// one does not make the act illegal (CE, Sect., 28 juin 1974, Charmasson, n° 79473, quoted by
// the Guide de légistique, fiche 3.1.5) — hence a warning, not an error: the competence must
// exist, the act just does not show it.
//
// How a delegation visa is recognised (a `DeliberationVisa` of the act):
//  1. the model says so (`DeliberationVisa::delegation_of_powers`), or
//  2. the cited body is the Conseil départemental (`body`, or when unset the printed body name
//     « Conseil départemental », « Conseil général », « Assemblée départementale ») and the
//     title, accents and case folded, contains « délégation(s) » together with « commission
//     permanente », or with « attribution(s) », « compétence(s) » or « pouvoir(s) » without
//     « président » (a delegation to the president, L.3211-2 al. 2, does not found the CP's
//     competence). « Délégation » alone is not enough: « délégation de service public » is a
//     different matter.
// A code visa citing article L.3211-2 is not a delegation: it cites the power to delegate,
// not its exercise (reported as the fact `cites_l3211_2`).
// Seed: « Vu la délibération n°2021-257 du Conseil départemental en date du 01/07/2021
// « Délégation d'attributions à la Commission Permanente » » → recognised, no diagnostic.
#pragma once

#include <array>
#include <string>
#include <variant>
#include <vector>

#include "compliance/rules/assembly_common.hpp"

namespace subvention::compliance::rules {

/// Fondement juridique of CP-DELEGATION-VISA (the rule's default legal basis).
inline constexpr std::array<LegalRef, 2> cp_delegation_visa_basis{{
    {"CGCT", "L.3211-2", "consolidated text of late 2015"},
    {"CE, Sect., 28 juin 1974, Charmasson, n° 79473 (visas sans portée juridique propre)", "",
     "decision of 28 June 1974"},
}};

namespace detail {

/// Whether a deliberation visa cites the Conseil départemental's delegation of powers to the
/// Commission permanente (see the file comment for the recognition rule).
[[nodiscard]] inline bool is_cp_delegation_visa(const DeliberationVisa& v) {
    if (v.delegation_of_powers)
        return true;
    bool cd = false;
    if (v.body) {
        cd = *v.body == Body::conseil_departemental;
    } else {
        const auto b = fold(v.body_name);
        cd = has_words(b, "CONSEIL DEPARTEMENTAL") || has_words(b, "CONSEIL GENERAL") ||
             has_words(b, "ASSEMBLEE DEPARTEMENTALE");
    }
    if (!cd)
        return false;
    const auto t = fold(v.title);
    if (!has_words(t, "DELEGATION"))
        return false;
    if (has_words(t, "COMMISSION PERMANENTE"))
        return true;
    const bool powers =
        has_words(t, "ATTRIBUTION") || has_words(t, "COMPETENCE") || has_words(t, "POUVOIR");
    return powers && !has_words(t, "PRESIDENT");
}

/// Whether a code visa cites article L.3211-2 of the CGCT.
[[nodiscard]] inline bool cites_l3211_2(const CodeVisa& v) {
    for (const auto& art : v.articles) {
        const auto a = fold(art);
        if (has_words(a, "L 3211 2") || has_words(a, "L3211 2"))
            return true;
    }
    return false;
}

} // namespace detail

/// CP-DELEGATION-VISA: acte de la commission permanente ne visant pas la délibération de
/// délégation du conseil départemental (CGCT L.3211-2).
inline void check_cp_delegation_visa(const Context& ctx, Emitter& out) {
    using namespace detail;
    if (!ctx.dossier.deliberation)
        return;
    const auto& d = *ctx.dossier.deliberation;
    if (body(d) != Body::commission_permanente)
        return;
    std::size_t deliberation_visas = 0;
    bool article = false;
    for (const auto& v : d.visas) {
        if (const auto* dv = std::get_if<DeliberationVisa>(&v.content)) {
            ++deliberation_visas;
            if (is_cp_delegation_visa(*dv))
                return;
        } else if (const auto* cv = std::get_if<CodeVisa>(&v.content)) {
            article = article || cites_l3211_2(*cv);
        }
    }
    Diagnostic diag;
    diag.severity = Severity::warning;
    diag.location = Location{DocumentKind::deliberation, "visas", "/deliberation/visas", ""};
    std::vector<Message> although;
    if (article)
        although.emplace_back("CP-DELEGATION-VISA.although_article");
    diag.parts.push_back(Message("CP-DELEGATION-VISA").arg("although", std::move(although)));
    fact(diag, "body", std::string(to_string(body(d))), Unit::code);
    fact(diag, "visas", d.visas.size());
    fact(diag, "deliberation_visas", deliberation_visas);
    fact(diag, "cites_l3211_2", article);
    out.emit(std::move(diag));
}

/// La règle CP-DELEGATION-VISA of the catalogue (stable ID).
inline constexpr BuiltinRule cp_delegation_visa{
    "CP-DELEGATION-VISA", "Visa de la délégation à la commission permanente",
    "Visa of the delegation to the commission permanente", cp_delegation_visa_basis,
    &check_cp_delegation_visa};

} // namespace subvention::compliance::rules
