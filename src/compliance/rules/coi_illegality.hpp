// SPDX-License-Identifier: Apache-2.0
// COI-ILLEGALITY — the act's statement about a member interested in the item does not say that
// the member took part neither in the debate nor in the vote (docs/legal-reference.md
// COI-ILLEGALITY).
//
// A deliberation in which a member interested in the item took part is illegal. For départements
// the rule is, for acts dated before 24 December 2025, case law (CE 6 June 1997 SERTIM, applying
// to a conseiller général the rule CGCT L.2131-11 sets for communes — which the library never
// cites for a département; conditions: an interest distinct from that of the generality of the
// inhabitants and an influence on the outcome, CE 1941 Chauvin, 1971 Ris-Orangis, 1994 Oullins;
// taking part in the debate can suffice, CE 9 July 2003); from that day, CGCT L.3132-5 created by
// loi n° 2025-1249 art. 32. CGCT L.1111-6 concerns representatives designated by law in another
// body, not this rule; loi 2013-907 art. 2 defines the conflict of interest without governing the
// legality of a deliberation. The basis cited follows the date of the act (`ctx.as_of`).
//
// The act must state that the interested member took part neither in the debate nor in the vote
// (`InterestStatement::no_debate`, `no_vote`; a statement that does not say it records no
// abstention):
//  - the vote not excluded → error: the act records the participation of an interested member in
//    the decision, which makes it illegal;
//  - only the debate not excluded → warning: taking part in the debate makes the act illegal when
//    it could influence the outcome (CE 9 July 2003), which the act does not let one judge.
// An interested member of the attendance list without a statement is COI-INTERESTED-LIST's.
#pragma once

#include <array>
#include <string>
#include <vector>

#include "compliance/rules/assembly_common.hpp"

namespace subvention::compliance::rules {

/// Fondement juridique of COI-ILLEGALITY: the case law for acts before 24 December 2025, then
/// CGCT L.3132-5.
inline constexpr std::array<LegalRef, 4> coi_illegality_basis{
    {detail::interested_sertim, detail::interested_influence, detail::interested_debate,
     detail::interested_statute_l3132_5}};

namespace detail {

/// The part of `coi_illegality_basis` in force on `act_date`: the case law before 24 December
/// 2025, CGCT L.3132-5 from that day.
[[nodiscard]] inline std::vector<LegalBasis> coi_basis(const Date& act_date) {
    return interested_basis_in_force(coi_illegality_basis, act_date);
}

/// « la règle qu'applique … » / « l'article L.3132-5 … », as of `act_date`.
[[nodiscard]] inline Message coi_rule_phrase(const Date& act_date) {
    return Message(interested_member_statute_applies(act_date)
                       ? "phrase.assembly.interested_statute"
                       : "phrase.assembly.interested_case_law");
}

} // namespace detail

/// Contrôle COI-ILLEGALITY: one finding per interest statement that does not exclude the
/// member from both the debate and the vote.
inline void check_coi_illegality(const Context& ctx, Emitter& out) {
    const auto& d = ctx.dossier;
    if (!d.deliberation)
        return;
    const auto& statements = d.deliberation->interest_statements;
    for (std::size_t i = 0; i < statements.size(); ++i) {
        const InterestStatement& s = statements[i];
        if (s.no_debate && s.no_vote)
            continue;
        Diagnostic diag;
        diag.severity = s.no_vote ? Severity::warning : Severity::error;
        const char* key =
            !s.no_vote ? (!s.no_debate ? "COI-ILLEGALITY.debate_and_vote" : "COI-ILLEGALITY.vote")
                       : "COI-ILLEGALITY.debate";
        diag.parts.push_back(Message(key)
                                 .arg("member", s.member.printed())
                                 .arg("basis", detail::coi_rule_phrase(ctx.as_of)));
        diag.location = at(s.source, "/deliberation/interest_statements/" + std::to_string(i));
        diag.legal_basis = detail::coi_basis(ctx.as_of);
        fact(diag, "member", s.member.printed());
        fact(diag, "no_debate_stated", s.no_debate);
        fact(diag, "no_vote_stated", s.no_vote);
        out.emit(std::move(diag));
    }
}

/// COI-ILLEGALITY: participation of an interested member (COI-ILLEGALITY).
inline constexpr BuiltinRule coi_illegality{"COI-ILLEGALITY", "Participation d'un membre intéressé",
                                            "Participation of an interested member",
                                            coi_illegality_basis, &check_coi_illegality};

} // namespace subvention::compliance::rules
