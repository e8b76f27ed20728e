// SPDX-License-Identifier: Apache-2.0
// VOTE-PROXY-INTERESTED — a member interested in the item holds or gives a vote delegation
// (docs/legal-reference.md COI-PROXY).
//
// An interested member who holds a proxy must not use it on the item: his vote, own or
// delegated, would taint the deliberation (AN written answer n°20278, 11th legislature, on CGCT
// L.2131-11, transposed to départements). Whether a proxy *given* by an interested absent
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

/// Fondement juridique of VOTE-PROXY-INTERESTED (the rule's default legal basis).
inline constexpr std::array<LegalRef, 2> vote_proxy_interested_basis{{
    {"Assemblée nationale, réponse à la question écrite n°20278 (11e législature)", ""},
    {"CGCT", "L.2131-11"},
}};

namespace assembly_detail {

/// Emits the VOTE-PROXY-INTERESTED diagnostics of `a` (analysis of `d`), in vote.hpp's order.
inline void emit_vote_proxy_interested(const Deliberation& d, const VoteAnalysis& a, Emitter& out) {
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
        if (giver_case) {
            diag.message_fr =
                giver + ", intéressé(e) à l'affaire, a donné pouvoir à " + holder +
                " : ce pouvoir est réputé inutilisable sur cette affaire, le mandataire votant au "
                "nom d'un membre intéressé (règle supposée, non confirmée pour les départements) ; "
                "il n'est pas compté.";
            diag.message_en =
                giver + ", interested in the item, gave a proxy to " + holder +
                ": it is assumed unusable on this item, the holder voting on behalf of an "
                "interested member (assumed rule, unconfirmed for départements); it is not "
                "counted.";
        } else {
            diag.message_fr = holder + ", intéressé(e) à l'affaire, détient le pouvoir de " +
                              giver +
                              " : il ne peut pas en user sur cette affaire, son vote, propre ou "
                              "par délégation, entacherait la délibération ; l'acte doit montrer "
                              "que la voix du mandant n'a pas été exprimée.";
            diag.message_en = holder + ", interested in the item, holds the proxy of " + giver +
                              ": he or she may not use it on this item, since his or her vote, "
                              "own or delegated, would taint the deliberation; the act must show "
                              "the giver's vote was not cast.";
        }
        if (index) {
            used.push_back(*index);
            diag.location =
                attendance_at("/deliberation/attendance/proxies/" + std::to_string(*index),
                              proxy_text((*att.proxies)[*index]));
        } else {
            diag.location = attendance_at("/deliberation/attendance/proxies");
        }
        add_fact(diag, "interested_role", giver_case ? "proxy_giver" : "proxy_holder");
        add_fact(diag, "giver", giver);
        add_fact(diag, "holder", holder);
        if (giver_case) {
            add_fact(diag, "unconfirmed", "true");
            add_fact(diag, "assumptions", assumptions(f.assumptions));
        }
        out.emit(std::move(diag));
    }
}

} // namespace assembly_detail

/// VOTE-PROXY-INTERESTED: membre intéressé à l'affaire mandataire ou mandant d'une délégation
/// de vote (COI-PROXY).
inline void check_vote_proxy_interested(const Context& ctx, Emitter& out) {
    const auto& run = assembly_detail::run_vote(ctx);
    if (run.analysis)
        assembly_detail::emit_vote_proxy_interested(*ctx.dossier.deliberation, *run.analysis, out);
}

/// La règle VOTE-PROXY-INTERESTED of the catalogue (stable ID).
inline constexpr BuiltinRule vote_proxy_interested{
    "VOTE-PROXY-INTERESTED", "Délégation de vote d'un membre intéressé",
    "Vote delegation of an interested member", vote_proxy_interested_basis,
    &check_vote_proxy_interested};

} // namespace subvention::compliance::rules
