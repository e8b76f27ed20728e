// SPDX-License-Identifier: Apache-2.0
// WORSHIP-FUNDING — a subsidy to worship (loi du 9 décembre 1905 art. 2: « La République ne
// reconnaît, ne salarie ni ne subventionne aucun culte »; art. 19, last paragraph: associations
// cultuelles « ne pourront, sous quelque forme que ce soit, recevoir des subventions de l'Etat,
// des départements et des communes. Ne sont pas considérées comme subventions les sommes
// allouées pour réparations aux édifices affectés au culte public […] »).
//
// The beneficiary is the convention's (else each grant decision's, with its legal form and
// purpose). Worship is read in its name and in what the subsidy is for (the convention's object
// and actions, the decision's purpose): « culte », « cultuel », « paroisse », « diocèse »,
// « mosquée », « synagogue », « liturgie » — a passage that excludes worship (« en aucun cas »,
// « à l'exclusion de », « non cultuel ») does not count; the clauses are not read (the laïcité
// clause names worship to exclude it).
//  - error: an association cultuelle (`LegalForm::association_cultuelle`): art. 19 forbids any
//    subsidy to it, whatever the decision says;
//  - info instead when the object or actions speak of repairs or restoration works: the sums
//    allotted for repairs to buildings used for public worship are not subsidies (art. 19, as
//    completed in 1942; the rewording of art. 19 by loi 2021-1109 not verified);
//  - warning: another private beneficiary (association of 1901, foundation…) whose name or
//    subsidised purpose is worship, and no laïcité clause: art. 2 forbids funding worship, but
//    a body with a worship activity may be aided for an activity of general interest that is
//    not worship (CE decisions of 2011 as reported) — the subsidised activity must be checked
//    and the convention must exclude worship; info when the convention has the laïcité clause;
//  - info, whatever the beneficiary: the grantor is in Bas-Rhin, Haut-Rhin or Moselle (57, 67,
//    68), where the loi of 1905 is not in force (local law of worship; assumption
//    `alsace_moselle_local_law`, no text of that regime read): the rule is not applied.
// Public beneficiaries are not checked (their aid to worship buildings is another question).
// Seed: nothing.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "compliance/rules/conv_pass_on.hpp" // detail::has_stem, detail::purpose_passages
#include "compliance/rules/convention_common.hpp"

namespace subvention::compliance::rules {

inline constexpr std::array<LegalRef, 3> worship_funding_basis{{
    {"loi du 9 décembre 1905", "2",
     "text of 1905, unchanged in the consolidated version read (c. 2015)"},
    {"loi du 9 décembre 1905", "19",
     "last paragraph as completed by the loi of 25 December 1942, version read of c. 2015; its "
     "rewording by loi n° 2021-1109 of 24 August 2021 not verified"},
    {"CE, 2011 (aid to a body with a worship activity for an action of general interest)", "",
     "decisions of 2011 as reported (Nouveaux Cahiers du Conseil constitutionnel n° 53), not "
     "read"},
}};

namespace detail {

/// Whether a passage (folded) speaks of worship, and does not exclude it.
[[nodiscard]] inline bool speaks_of_worship(std::string_view k) {
    bool worship = has_stem(k, "CULTE", true) || has_stem(k, "CULTES", true);
    for (const std::string_view stem :
         {"CULTUEL", "PAROISS", "DIOCES", "MOSQUEE", "SYNAGOGUE", "LITURGI"})
        worship = worship || has_stem(k, stem);
    if (!worship)
        return false;
    for (const std::string_view exclusion :
         {"EN AUCUN CAS", "AUCUNE ACTIVITE", "EXCLUSION", "EXCLU", "NON CULTUEL", "HORS CULTE"})
        if (has_stem(k, exclusion))
            return false;
    return true;
}

/// Whether a passage (folded) speaks of repairs or restoration works.
[[nodiscard]] inline bool speaks_of_repairs(std::string_view k) {
    return has_stem(k, "REPARATION") || has_stem(k, "RESTAURATION") || has_stem(k, "TRAVAUX");
}

/// Whether the département code is Bas-Rhin, Haut-Rhin or Moselle.
[[nodiscard]] inline bool alsace_moselle(std::string_view code) {
    return code == "57" || code == "67" || code == "68";
}

/// A beneficiary as the rule sees it.
struct WorshipCase {
    std::string name;
    LegalForm form = LegalForm::unknown;
    std::vector<Passage> passages; ///< the name first, then the purpose
    std::string form_path;         ///< where its legal form is
    bool laicite_clause = false;
};

[[nodiscard]] inline std::vector<WorshipCase> worship_cases(const Dossier& d) {
    std::vector<WorshipCase> out;
    if (d.convention) {
        const Convention& c = *d.convention;
        WorshipCase w{c.beneficiary.name,
                      c.beneficiary.legal_form,
                      {},
                      "/convention/beneficiary/legal_form",
                      has_clause(c, ClauseKind::laicite)};
        w.passages.push_back({"/convention/beneficiary/name", c.beneficiary.name});
        for (auto& p : purpose_passages(c))
            w.passages.push_back(std::move(p));
        out.push_back(std::move(w));
        return out;
    }
    for (const auto& g : all_grants(d)) {
        WorshipCase w{g.grant->beneficiary,
                      g.grant->beneficiary_form,
                      {},
                      g.path + "/beneficiary_form",
                      false};
        w.passages.push_back({g.path + "/beneficiary", g.grant->beneficiary});
        w.passages.push_back({g.path + "/purpose", g.grant->purpose});
        out.push_back(std::move(w));
    }
    return out;
}

} // namespace detail

/// Contrôle du financement d'un culte (WORSHIP-FUNDING).
inline void check_worship_funding(const Context& ctx, Emitter& out) {
    const Dossier& d = ctx.dossier;
    std::string code;
    if (d.deliberation)
        code = d.deliberation->collectivite.departement_code;
    if (code.empty() && d.convention)
        code = d.convention->grantor.departement_code;
    const bool local_law = detail::alsace_moselle(code);

    for (const auto& w : detail::worship_cases(d)) {
        if (detail::is_public(w.form))
            continue;
        const detail::Passage* worship = nullptr;
        bool repairs = false;
        for (const auto& p : w.passages) {
            const auto key = ::subvention::detail::text::fold_key(p.text);
            if (!key)
                continue;
            if (!worship && detail::speaks_of_worship(*key))
                worship = &p;
            repairs = repairs || detail::speaks_of_repairs(*key);
        }
        const bool cultuelle = w.form == LegalForm::association_cultuelle;
        if (!cultuelle && !worship)
            continue;

        Diagnostic diag;
        diag.location = worship
                            ? Location{DocumentKind::convention, {}, worship->path, worship->text}
                            : Location{DocumentKind::convention, {}, w.form_path, {}};
        if (!d.convention)
            diag.location.document = DocumentKind::deliberation;
        fact(diag, "beneficiary_form", std::string(to_string(w.form)), Unit::code);
        if (!code.empty())
            fact(diag, "departement_code", code, Unit::code);
        if (local_law) {
            diag.severity = Severity::info;
            diag.parts.push_back(
                Message("WORSHIP-FUNDING.local_law").arg("beneficiary", w.name).arg("code", code));
            diag.assumptions = {"alsace_moselle_local_law"};
            fact(diag, "applied", false);
        } else if (cultuelle && !repairs) {
            diag.severity = Severity::error;
            diag.legal_basis = {to_basis(worship_funding_basis[0]),
                                to_basis(worship_funding_basis[1])};
            diag.parts.push_back(Message("WORSHIP-FUNDING.cultuelle").arg("beneficiary", w.name));
        } else if (cultuelle) {
            diag.severity = Severity::info;
            diag.legal_basis = {to_basis(worship_funding_basis[1])};
            diag.parts.push_back(Message("WORSHIP-FUNDING.repairs").arg("beneficiary", w.name));
            fact(diag, "repairs", true);
        } else {
            diag.severity = w.laicite_clause ? Severity::info : Severity::warning;
            diag.legal_basis = {to_basis(worship_funding_basis[0]),
                                to_basis(worship_funding_basis[2])};
            diag.parts.push_back(Message("WORSHIP-FUNDING.worship")
                                     .arg("beneficiary", w.name)
                                     .arg("text", worship->text));
            diag.parts.emplace_back(w.laicite_clause ? "WORSHIP-FUNDING.clause"
                                                     : "WORSHIP-FUNDING.no_clause");
            fact(diag, "laicite_clause", w.laicite_clause);
        }
        out.emit(std::move(diag));
    }
}

/// WORSHIP-FUNDING: no subsidy to worship.
inline constexpr BuiltinRule worship_funding{"WORSHIP-FUNDING", "Subvention à un culte",
                                             "Subsidy to worship", worship_funding_basis,
                                             &check_worship_funding};

} // namespace subvention::compliance::rules
