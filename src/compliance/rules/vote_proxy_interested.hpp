// SPDX-License-Identifier: Apache-2.0
// VOTE-PROXY-INTERESTED — a member interested in the item holds or gives a vote delegation
// (docs/legal-reference.md COI-PROXY).
//
// An interested member who holds a proxy must not use it on the item: his vote, own or
// delegated, would taint the deliberation. For départements the rule is, for acts dated before
// 24 December 2025, case law (CE 6 June 1997 SERTIM, applying to a conseiller général the
// communal rule of CGCT L.2131-11; an interest distinct from that of the generality of the
// inhabitants, CE 30 July 1941 Chauvin, with an influence on the vote, CE 23 April 1971
// Ris-Orangis, CE 16 December 1994 Oullins; CE 9 July 2003 Crédit agricole de Champagne; on the
// proxy held, AN written answer n°20278); from that day, CGCT L.3132-5 created by loi n°
// 2025-1249 art. 32 (« soit en son nom personnel, soit comme mandataire »). The basis cited
// follows the date of the act (`ctx.as_of`). Whether a proxy *given* by an interested absent
// member must also be ignored is UNCONFIRMED (believed: the holder would vote as the interested
// member's mandataire). vote.hpp ignores both (the giver case is its default option,
// `Assumption::proxies_given_by_interested_ignored`) and reports `proxy_interested`:
//  - holder interested → warning: holding the proxy is not itself illegal, using it on this item
//    would be; the act must show the mandant's vote was not cast (the tally rules see whether
//    the count leaves room for it);
//  - giver interested → warning with `unconfirmed=true`, the assumption stated.
#pragma once

#include <array>
#include <string>
#include <vector>

#include "compliance/rules/assembly_common.hpp"

namespace subvention::compliance::rules {

/// Fondement juridique of VOTE-PROXY-INTERESTED (the rule's default legal basis): the case law
/// for acts before 24 December 2025, then CGCT L.3132-5. A diagnostic cites the part in force on
/// the date of the act (`interested_basis`).
inline constexpr std::array<LegalRef, 5> vote_proxy_interested_basis{
    {detail::interested_sertim,
     detail::interested_influence,
     detail::interested_debate,
     {"Assemblée nationale, réponse à la question écrite n°20278 (11e législature)", "",
      "answer published under the 11th legislature (1997–2002)"},
     detail::interested_statute_l3132_5}};

namespace detail {

/// Whether an act dated `act_date` is judged by CGCT L.3132-5 rather than by the case law.
[[nodiscard]] inline bool interested_statute(const Date& act_date) {
    return interested_member_statute_applies(act_date);
}

/// The legal basis on interested members in force on `act_date`: the case law (the first four
/// entries of the rule's basis) before 24 December 2025, CGCT L.3132-5 from that day.
[[nodiscard]] inline std::vector<LegalBasis> interested_basis(const Date& act_date) {
    return interested_basis_in_force(vote_proxy_interested_basis, act_date);
}

/// Emits the VOTE-PROXY-INTERESTED diagnostics of `a` (analysis of `d`) for an act dated
/// `act_date`, in vote.hpp's order.
inline void emit_vote_proxy_interested(const Deliberation& d, const VoteAnalysis& a,
                                       const Date& act_date, Emitter& out) {
    const bool statute = interested_statute(act_date);
    const auto& att = d.attendance;
    std::vector<std::size_t> used_holder;
    std::vector<std::size_t> used_giver;
    for (const auto& f : a.findings) {
        if (f.kind != VoteFindingKind::proxy_interested)
            continue;
        const bool giver_case =
            rests_on(f.assumptions, Assumption::proxies_given_by_interested_ignored);
        const std::string giver = names(f, PersonRole::proxy_giver);
        const std::string holder = names(f, PersonRole::proxy_holder);
        const PersonName* g = nullptr;
        const PersonName* h = nullptr;
        for (const auto& p : f.persons) {
            if (p.role == PersonRole::proxy_giver && g == nullptr)
                g = &p.name;
            if (p.role == PersonRole::proxy_holder && h == nullptr)
                h = &p.name;
        }
        auto& used = giver_case ? used_giver : used_holder;
        std::optional<std::size_t> index;
        if (g != nullptr && h != nullptr)
            index = proxy_index(att, *g, *h, used);

        Diagnostic diag;
        diag.severity = Severity::warning;
        diag.parts.push_back(
            Message(giver_case ? "VOTE-PROXY-INTERESTED.giver" : "VOTE-PROXY-INTERESTED.holder")
                .arg("giver", giver)
                .arg("holder", holder)
                .arg("basis", Message(statute ? "phrase.assembly.interested_statute"
                                              : "phrase.assembly.interested_case_law")));
        assume(diag, f.assumptions);
        if (index) {
            used.push_back(*index);
            diag.location =
                attendance_at("/deliberation/attendance/proxies/" + std::to_string(*index),
                              proxy_text((*att.proxies)[*index]));
        } else {
            diag.location = attendance_at("/deliberation/attendance/proxies");
        }
        diag.legal_basis = interested_basis(act_date);
        fact(diag, "interested_role", giver_case ? "proxy_giver" : "proxy_holder", Unit::code);
        fact(diag, "giver", giver);
        fact(diag, "holder", holder);
        if (giver_case) {
            fact(diag, "unconfirmed", true);
            fact(diag, "assumptions", join(assumption_names(f.assumptions)), Unit::code);
        }
        out.emit(std::move(diag));
    }
}

} // namespace detail

/// VOTE-PROXY-INTERESTED: membre intéressé à l'affaire mandataire ou mandant d'une délégation
/// de vote (COI-PROXY).
inline void check_vote_proxy_interested(const Context& ctx, Emitter& out) {
    const auto& run = detail::run_vote(ctx);
    if (run.analysis)
        detail::emit_vote_proxy_interested(*ctx.dossier.deliberation, *run.analysis, ctx.as_of,
                                           out);
}

/// La règle VOTE-PROXY-INTERESTED of the catalogue (stable ID).
inline constexpr BuiltinRule vote_proxy_interested{
    "VOTE-PROXY-INTERESTED", "Délégation de vote d'un membre intéressé",
    "Vote delegation of an interested member", vote_proxy_interested_basis,
    &check_vote_proxy_interested};

} // namespace subvention::compliance::rules
