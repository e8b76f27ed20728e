// SPDX-License-Identifier: Apache-2.0
// VOTE-TALLY-SHORT — the tally accounts for fewer members than were present and could vote.
//
// vote.hpp finds `tally_short` when votes + « ne prend pas part » < members present with a
// vote and not interested. Members who leave before the vote count as abstaining
// (VOTE-QUORUM-TIMING, Conseil d'État case law summarised by Landot avocats): a short tally is
// not illegal in itself and the majority of votes cast (CGCT L.3121-14 al. 3) is unaffected.
// Severity, following docs/legal-reference.md VOTE-QUORUM-TIMING (« legal test at item opening;
// warning if lost at the vote »):
//  - info: some present members are not in the tally (left before the vote, or a column the
//    act omitted), the quorum still holds on the members the tally accounts for;
//  - warning: the members the tally accounts for fall below the quorum — it may have been lost
//    by the time of the vote. Counted as the quorum counts: for the Commission permanente,
//    everyone in the tally (present or represented, CGCT L.3121-14-1); for the Conseil
//    départemental and during the COVID derogation, present only, so the proxies (recorded,
//    else vote.hpp's upper bound) are taken off.
// Never on a meeting reconvened without quorum (L.3121-14 al. 2).
#pragma once

#include <array>
#include <string>
#include <vector>

#include "compliance/rules/assembly_common.hpp"

namespace subvention::compliance::rules {

/// Fondement juridique of VOTE-TALLY-SHORT (the rule's default legal basis).
inline constexpr std::array<LegalRef, 2> vote_tally_short_basis = detail::quorum_articles;

namespace detail {

/// Emits the VOTE-TALLY-SHORT diagnostic of `a` (analysis of `d`).
inline void emit_vote_tally_short(const Deliberation& d, const VoteAnalysis& a, Emitter& out) {
    const auto* f = a.find(VoteFindingKind::tally_short);
    if (f == nullptr)
        return;
    const std::int32_t voices = f->number(FactKey::voices_recorded).value_or(0);
    const std::int32_t eligible = f->number(FactKey::eligible_present).value_or(0);
    const std::int32_t missing = f->number(FactKey::missing_votes).value_or(0);
    const auto& q = a.quorum;
    const std::int32_t proxies =
        a.proxies_recorded ? a.proxies_counted.count() : a.potential_proxies.count();
    const std::int32_t at_vote =
        q.counts_represented ? voices : (voices > proxies ? voices - proxies : 0);
    const bool quorum_in_doubt = !q.reconvened && at_vote < q.required.count();
    const bool npp = d.tally.value.ne_prend_pas_part.has_value();

    Diagnostic diag;
    diag.severity = quorum_in_doubt ? Severity::warning : Severity::info;
    diag.location = at(d.tally.source, "/deliberation/tally");
    std::vector<Message> npp_missing;
    if (!npp)
        npp_missing.emplace_back("VOTE-TALLY-SHORT.npp_not_recorded");
    diag.parts.push_back(Message("VOTE-TALLY-SHORT")
                             .arg("tally", tally_phrase(d.tally.value))
                             .arg("voices", voices)
                             .arg("voices_agreement", agreement(voices))
                             .arg("eligible", eligible)
                             .arg("missing", missing)
                             .arg("npp_missing", std::move(npp_missing)));
    if (quorum_in_doubt)
        diag.parts.push_back(
            Message("VOTE-TALLY-SHORT.quorum_in_doubt")
                .arg("at_vote", at_vote)
                .arg("who", Message(q.counts_represented ? "phrase.assembly.present_or_represented"
                                                         : "phrase.assembly.present"))
                .arg("required", q.required.count()));
    copy_facts(diag, *f);
    assume(diag, f->assumptions);
    fact(diag, "counted_at_vote", at_vote, Unit::members);
    fact(diag, "quorum_required", q.required.count(), Unit::members);
    fact(diag, "quorum_in_doubt", quorum_in_doubt);
    if (!f->assumptions.empty())
        fact(diag, "assumptions", join(assumption_names(f->assumptions)), Unit::code);
    out.emit(std::move(diag));
}

} // namespace detail

/// VOTE-TALLY-SHORT: moins de voix que de votants présents, sans « ne prend pas part ».
inline void check_vote_tally_short(const Context& ctx, Emitter& out) {
    const auto& run = detail::run_vote(ctx);
    if (run.analysis)
        detail::emit_vote_tally_short(*ctx.dossier.deliberation, *run.analysis, out);
}

/// La règle VOTE-TALLY-SHORT of the catalogue (stable ID).
inline constexpr BuiltinRule vote_tally_short{
    "VOTE-TALLY-SHORT", "Décompte inférieur aux votants présents",
    "Tally short of the voters present", vote_tally_short_basis, &check_vote_tally_short};

} // namespace subvention::compliance::rules
