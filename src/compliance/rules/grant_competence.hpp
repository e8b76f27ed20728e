// SPDX-License-Identifier: Apache-2.0
// GRANT-COMPETENCE — compétence du département pour accorder l'aide (CGCT L.1511-2, L.1511-3,
// L.3211-1).
//
// Since loi n° 2015-991 (NOTRe) the département has no general competence clause: it settles its
// affairs « dans les domaines de compétences que la loi lui attribue » and is competent to
// promote solidarities and territorial cohesion (L.3211-1, version in force on 1 October 2022;
// the 2015 mirror still shows the pre-NOTRe « objets d'intérêt départemental »). The région alone
// defines aid schemes and decides aid to enterprises, the other collectivities taking part in
// its schemes by convention with it (L.1511-2); real-estate aid belongs to communes and EPCI,
// which may delegate it to the département by convention (L.1511-3). The post-NOTRe wording of
// L.1511-2 and L.1511-3 was read in the bill and in a secondary source, not in the code: each
// finding states that assumption (`l1511_wording_unconfirmed`).
//
// Warning: the beneficiary is an enterprise — a company (the convention's party or a grant
// decision), or a body whose economic activity the dossier states
// (`Dossier::beneficiary_economic_activity`). Incompetence would void the act, but the two
// exceptions cannot be seen in the dossier's facts: hence a warning, not an error.
// Info: the imputation is in function 6 « Action économique » (chapters 906/936) and the dossier
// does not say whether the beneficiary carries on an economic activity: the question is raised,
// not answered — the function classifies the expense by destination in the budget, it does not
// qualify the aid.
// Silent when the dossier states that a beneficiary other than a company has no economic
// activity: it is not an enterprise, L.1511-2 does not reach it, and whether the action falls
// within an attributed competence depends on its object, which the library cannot judge.
// Seed: info (6568/9365 = chapter 936 « Action économique », function 65 « Insertion économique
// et économie sociale, solidaire »; activity not stated).
#pragma once

#include <array>
#include <optional>
#include <string>
#include <utility>

#include <subvention/budget.hpp>

#include "compliance/builtin_rule.hpp"
#include "compliance/rules/beneficiary_common.hpp"

namespace subvention::compliance::rules {

inline constexpr std::array<LegalRef, 3> grant_competence_basis{{
    {"CGCT", "L.1511-2",
     "as rewritten by loi n° 2015-991 of 7 August 2015 (NOTRe), wording read in the bill quoted "
     "in the parliamentary debates, not in the code"},
    {"CGCT", "L.1511-3",
     "as rewritten by loi n° 2015-991 of 7 August 2015 (NOTRe), as summarised by the Banque des "
     "territoires, not read in the code"},
    {"CGCT", "L.3211-1", "version in force on 1 October 2022 (Légifrance)"},
}};

namespace detail {

/// The first readable imputation of the deliberation's table, else of the report's, in
/// function 6 « Action économique », with its dossier path.
struct EconomicImputation {
    Imputation imputation;
    std::string path;
    SourceRef source;
};

[[nodiscard]] inline std::optional<EconomicImputation> economic_imputation(const Dossier& d) {
    auto scan = [](const std::vector<ImputationRow>& rows,
                   const std::string& base) -> std::optional<EconomicImputation> {
        for (std::size_t i = 0; i < rows.size(); ++i) {
            auto parsed = Imputation::parse(rows[i].imputation);
            if (parsed && parsed->chapter().digit() == 6)
                return EconomicImputation{std::move(parsed).value(),
                                          base + "/" + std::to_string(i) + "/imputation",
                                          rows[i].source};
        }
        return std::nullopt;
    };
    if (d.deliberation)
        if (auto e = scan(d.deliberation->imputations, "/deliberation/imputations"))
            return e;
    if (d.rapport)
        return scan(d.rapport->budget, "/rapport/budget");
    return std::nullopt;
}

} // namespace detail

/// GRANT-COMPETENCE: see the file comment.
inline void check_grant_competence(const Context& ctx, Emitter& out) {
    using namespace detail;
    const Dossier& d = ctx.dossier;
    if (!d.deliberation)
        return; // the act whose competence is in question; DELIB-MISSING says it is absent
    const LegalForm form = beneficiary_form(d);
    const std::optional<bool>& activity = d.beneficiary_economic_activity;
    const bool company = form == LegalForm::company;
    const bool stated_economic = activity && *activity;
    const std::string name = beneficiary_name(d);

    Diagnostic diag;
    if (company || stated_economic) {
        diag.severity = Severity::warning;
        diag.location =
            company
                ? Location{DocumentKind::convention, {}, "/convention/beneficiary/legal_form", {}}
                : Location{DocumentKind::dossier, {}, "/beneficiary_economic_activity", {}};
        if (company &&
            !(d.convention && d.convention->beneficiary.legal_form == LegalForm::company))
            diag.location = Location{DocumentKind::deliberation, {}, "/deliberation/grants", {}};
        diag.parts.push_back(
            Message("GRANT-COMPETENCE.enterprise")
                .arg("reason",
                     company
                         ? Message("GRANT-COMPETENCE.company").arg("beneficiary", name)
                         : Message("GRANT-COMPETENCE.economic_activity").arg("beneficiary", name)));
    } else {
        if (activity)
            return; // stated: no economic activity, not an enterprise
        const auto economic = economic_imputation(d);
        if (!economic)
            return;
        const Imputation& imp = economic->imputation;
        diag.severity = Severity::info;
        diag.location = Location{economic->source.document, economic->source.section,
                                 economic->path, economic->source.text};
        diag.parts.push_back(
            Message("GRANT-COMPETENCE.imputation")
                .arg("imputation", imp.formatted())
                .arg("chapter", std::string(imp.chapter().code()))
                .arg("function", std::string(imp.function().code()))
                .arg("label", std::string(imp.function().label().value_or(imp.chapter().name())))
                .arg("beneficiary", name));
        fact(diag, "imputation", imp.formatted(), Unit::code);
        fact(diag, "function", std::string(imp.function().code()), Unit::code);
    }
    diag.parts.push_back(Message("GRANT-COMPETENCE.unconfirmed"));
    diag.assumptions = {"l1511_wording_unconfirmed"};
    fact(diag, "beneficiary_form", std::string(to_string(form)), Unit::code);
    fact(diag, "economic_activity", activity_fact(activity), Unit::code);
    out.emit(std::move(diag));
}

/// GRANT-COMPETENCE: the département's competence for an aid that may be an aid to an enterprise.
inline constexpr BuiltinRule grant_competence{"GRANT-COMPETENCE", "Compétence du département",
                                              "Competence of the département",
                                              grant_competence_basis, &check_grant_competence};

} // namespace subvention::compliance::rules
