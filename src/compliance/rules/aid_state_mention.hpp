// SPDX-License-Identifier: Apache-2.0
// AID-STATE-MENTION — mention du régime d'aide d'État (règlement (UE) n° 1407/2013 art. 6 § 1;
// règlement (UE) 2023/2831 art. 6).
//
// An aid to a body carrying on an economic activity, whatever its legal form, is a State aid
// when the other criteria are met, and must then fit an exemption; for de minimis aid the
// Member State « shall inform that undertaking in writing of the prospective amount of the aid
// […] and of its de minimis character, making express reference to this Regulation and citing
// its title and publication reference » (1407/2013 art. 6 § 1, aid granted until 31 December
// 2023). For aid granted from 1 January 2024 the library applies the same duty under 2023/2831
// art. 6, whose wording was not verified: the finding states that assumption
// (`article_6_2023_2831_not_verified`).
//
// The beneficiary is taken as an undertaking when the dossier states its economic activity
// (`Dossier::beneficiary_economic_activity`), or, the activity not being stated, when it is a
// company or the execution data declare the grant under a de minimis or SIEG regulation. Not
// stated for another body: silent — the qualification depends on facts the documents do not
// give, and a finding on every association would say nothing. Stated as none: silent.
// The texts read: the deliberation's visas and articles, the report's legal foundations, the
// convention's visas and clauses (accents, case and punctuation folded).
// Warning (the act may be lawful under an exemption the dossier does not show, but the
// beneficiary cannot know the aid counts against its ceiling):
//  * no mention of a State-aid regime at all (« aide(s) d'État », « de minimis », a regulation
//    number, « régime d'aide », « régime cadre »);
//  * the aid is de minimis (declared, or the texts say « de minimis ») and the texts do not cite
//    the regulation applicable on the decision date (1407/2013 until 31 December 2023,
//    2023/2831 from 1 January 2024; the declared one if stated) or do not state the de minimis
//    character.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <subvention/aid.hpp>

#include "compliance/builtin_rule.hpp"
#include "compliance/rules/assembly_common.hpp"
#include "compliance/rules/beneficiary_common.hpp"
#include "compliance/rules/convention_common.hpp"

namespace subvention::compliance::rules {

inline constexpr std::array<LegalRef, 2> aid_state_mention_basis{{
    {"règlement (UE) n° 1407/2013", "6 § 1",
     "Commission Regulation of 18 December 2013 as applicable to aid granted until 31 December "
     "2023"},
    {"règlement (UE) 2023/2831", "6",
     "Commission Regulation of 13 December 2023, applicable from 1 January 2024 to 31 December "
     "2030"},
}};

namespace detail {

/// The folded texts where an act or a convention states its State-aid regime.
[[nodiscard]] inline std::vector<std::string> state_aid_texts(const Dossier& d) {
    std::vector<std::string> out;
    if (d.deliberation) {
        for (const auto& v : d.deliberation->visas)
            out.push_back(fold(v.source.text));
        for (const auto& a : d.deliberation->articles)
            out.push_back(fold(a.text));
    }
    if (d.rapport)
        for (const auto& v : d.rapport->legal_foundations)
            out.push_back(fold(v.source.text));
    if (d.convention) {
        for (const auto& v : d.convention->visas)
            out.push_back(fold(v.source.text));
        for (const auto& c : d.convention->clauses)
            out.push_back(fold(c.source.text));
    }
    return out;
}

/// Whether one of `texts` contains one of the folded word sequences `needles`.
[[nodiscard]] inline bool mentions(const std::vector<std::string>& texts,
                                   std::initializer_list<std::string_view> needles) {
    for (const auto& t : texts)
        for (const auto n : needles)
            if (has_words(t, n))
                return true;
    return false;
}

/// Whether `r` is a general de minimis regulation.
[[nodiscard]] constexpr bool general_de_minimis(AidRegulation r) noexcept {
    return r == AidRegulation::de_minimis_1407_2013 || r == AidRegulation::de_minimis_2023_2831;
}

/// The number of a regulation as its title prints it (« 1407/2013 »); empty for `other`.
[[nodiscard]] constexpr std::string_view regulation_number(AidRegulation r) noexcept {
    return r == AidRegulation::other ? std::string_view{} : to_string(r);
}

} // namespace detail

/// AID-STATE-MENTION: see the file comment.
inline void check_aid_state_mention(const Context& ctx, Emitter& out) {
    using namespace detail;
    const Dossier& d = ctx.dossier;
    if (!d.deliberation && !d.convention)
        return;
    const std::optional<bool>& activity = d.beneficiary_economic_activity;
    if (activity && !*activity)
        return;
    const LegalForm form = beneficiary_form(d);
    // A pointer, not an optional copy: GCC 12 -O3 warns (-Wmaybe-uninitialized) on the copy.
    const AidRegulation* const declared =
        d.execution && d.execution->grant_regulation ? &*d.execution->grant_regulation : nullptr;
    const bool declared_regime = declared && *declared != AidRegulation::other;
    const std::string name = beneficiary_name(d);
    Message reason("AID-STATE-MENTION.activity");
    if (activity)
        reason = Message("AID-STATE-MENTION.activity").arg("beneficiary", name);
    else if (form == LegalForm::company)
        reason = Message("AID-STATE-MENTION.company").arg("beneficiary", name);
    else if (declared_regime)
        reason = Message("AID-STATE-MENTION.declared")
                     .arg("beneficiary", name)
                     .arg("regulation", std::string(regulation_number(*declared)));
    else
        return;

    const auto texts = state_aid_texts(d);
    const bool says_de_minimis = mentions(texts, {"DE MINIMIS"});
    const bool any_regime =
        says_de_minimis || mentions(texts, {"AIDE D ETAT", "AIDES D ETAT", "REGIME D AIDE",
                                            "REGIME D AIDES", "REGIME CADRE", "1407 2013",
                                            "2023 2831", "360 2012", "2023 2832", "651 2014"});
    const bool de_minimis = declared ? general_de_minimis(*declared) : says_de_minimis;
    const auto decided = decision_date(d);
    const Date on = decided ? decided->date : ctx.as_of;
    const bool regulation_2023 = declared && general_de_minimis(*declared)
                                     ? *declared == AidRegulation::de_minimis_2023_2831
                                     : !(on < Date(2024, 1, 1));
    const std::string_view number = regulation_2023 ? "2023 2831" : "1407 2013";
    const bool cites_regulation = mentions(texts, {number});
    if (any_regime && (!de_minimis || (cites_regulation && says_de_minimis)))
        return;

    Diagnostic diag;
    diag.severity = Severity::warning;
    diag.location = d.convention
                        ? Location{DocumentKind::convention, {}, "/convention/clauses", {}}
                        : Location{DocumentKind::deliberation, {}, "/deliberation/articles", {}};
    const Message regulation(regulation_2023 ? "AID-STATE-MENTION.regulation_2023"
                                             : "AID-STATE-MENTION.regulation_2013");
    if (!any_regime) {
        diag.parts.push_back(
            Message("AID-STATE-MENTION.none").arg("reason", reason).arg("regulation", regulation));
    } else {
        const char* missing = !cites_regulation && !says_de_minimis
                                  ? "AID-STATE-MENTION.missing_both"
                              : !cites_regulation ? "AID-STATE-MENTION.missing_reference"
                                                  : "AID-STATE-MENTION.missing_character";
        diag.parts.push_back(Message("AID-STATE-MENTION.partial")
                                 .arg("reason", reason)
                                 .arg("regulation", regulation)
                                 .arg("missing", Message(missing)));
    }
    if (regulation_2023) {
        diag.parts.push_back(Message("AID-STATE-MENTION.unverified"));
        diag.assumptions = {"article_6_2023_2831_not_verified"};
    }
    diag.legal_basis = {to_basis(aid_state_mention_basis[regulation_2023 ? 1 : 0])};
    fact(diag, "economic_activity", activity_fact(activity), Unit::code);
    fact(diag, "beneficiary_form", std::string(to_string(form)), Unit::code);
    fact(diag, "regime_mentioned", any_regime);
    fact(diag, "de_minimis", de_minimis);
    fact(diag, "regulation_cited", cites_regulation);
    fact(diag, "de_minimis_character_stated", says_de_minimis);
    fact(diag, "decision_date", on);
    out.emit(std::move(diag));
}

/// AID-STATE-MENTION: the act or the convention does not state the State-aid regime.
inline constexpr BuiltinRule aid_state_mention{
    "AID-STATE-MENTION", "Mention du régime d'aide d'État", "Mention of the State-aid regime",
    aid_state_mention_basis, &check_aid_state_mention};

} // namespace subvention::compliance::rules
