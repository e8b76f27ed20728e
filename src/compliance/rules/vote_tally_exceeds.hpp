// SPDX-License-Identifier: Apache-2.0
// VOTE-TALLY-EXCEEDS — the tally records more votes than members who could vote.
//
// docs/architecture.md §3.4: votes are recomputed, not trusted. vote.hpp finds
// `tally_exceeds_possible` when pour + contre + abstention + blancs + nuls exceeds the members
// present with a deliberative voice, minus those interested in the item, plus the proxies (one per
// holder, CGCT L.3121-16; when the act records none, at most one per excused or absent member), or
// when adding « ne prend pas part » exceeds the members present or represented. This rule maps:
//  - `tally_exceeds_possible` → error when the excess could change the decision, warning
//    otherwise (CE Ass. 23 December 2011 Danthony, n° 335033: a procedural defect vitiates a
//    decision only if it could have influenced its sense or deprived someone of a guarantee).
//    The excess could change it when it is at least the margin between pour and contre
//    (removing that many votes could tie or reverse the vote), or when the quorum holds by no
//    more than the excess (the members counted present could be the phantom voters). Otherwise
//    the warning says the discrepancy has no effect on the outcome, asks to check the minutes
//    and rectify the material error, and states the assumption `attendance_lists_complete`
//    (a member missing from the lists would explain the excess). Facts `margin`, `excess`.
//    The finding does not rest on an UNCONFIRMED rule: the bound on unrecorded proxies is a
//    maximum (every absent member giving one), the interested member is excluded because the
//    act itself says she took part neither in the debate nor in the vote (COI-ILLEGALITY), and
//    the persons left out as « sans voix délibérative » are so described by the act (only the
//    *source* of CP-NON-VOTING is unconfirmed, not the act's own wording).
//    Exception: when the excess disappears if proxies given by an interested absent member
//    count (COI-PROXY second sentence, UNCONFIRMED), the diagnostic is a warning with
//    `unconfirmed=true`;
//  - `proxies_not_recorded` (SEED-02: the tally needs proxies the act does not record) → part of
//    the finding's facts (`proxies_recorded=false`, `proxies_required`) when the tally exceeds
//    anyway; on its own (the tally fits only if unrecorded proxies were given) → warning, since
//    the proxies may exist and merely be missing from the extract;
//  - counts too large for the analysis (overflow) → error: no assembly can cast them.
//
// Seed (SEED-01/02): 42 members in the tally (41 pour, 0 contre, 1 abstention), at most 41
// possible: 39 present with a vote − 1 interested (Mme Sylvie MEYFROIDT) + at most 3 proxies
// (none recorded, 3 excused members) → one warning: an excess of 1 against a margin of 41, the
// quorum (22) met by 38 present; facts votes_recorded=42, max_possible_votes=41, margin=41.
#pragma once

#include <array>
#include <string>
#include <vector>

#include "compliance/rules/assembly_common.hpp"

namespace subvention::compliance::rules {

/// Fondement juridique of VOTE-TALLY-EXCEEDS (the rule's default legal basis).
inline constexpr std::array<LegalRef, 3> vote_tally_exceeds_basis{{
    {"CGCT", "L.3121-16", "consolidated text of late 2015"},
    {"CGCT", "L.3121-14",
     "consolidated text of late 2015, the quorum rule of al. 1 confirmed unchanged by the "
     "ministerial answer of 3 April 2025"},
    {"CE, Ass., 23 décembre 2011, Danthony, n° 335033", "", "decision of 23 December 2011"},
}};

namespace detail {

/// Emits the VOTE-TALLY-EXCEEDS diagnostics of `a` (the default analysis of `d`); `lenient` is
/// the analysis counting proxies given by interested members (COI-PROXY second sentence not
/// applied), or nullptr when no such proxy exists.
inline void emit_vote_tally_exceeds(const Deliberation& d, const VoteAnalysis& a,
                                    const VoteAnalysis* lenient, Emitter& out) {
    const auto& t = d.tally.value;
    const auto* exceeds = a.find(VoteFindingKind::tally_exceeds_possible);
    const auto* unrecorded = a.find(VoteFindingKind::proxies_not_recorded);
    if (exceeds == nullptr && unrecorded == nullptr)
        return;

    const std::int32_t present = a.present_with_voice.count();
    const std::int32_t interested = a.interested_present.count();
    const std::int32_t eligible = a.eligible_present.count();
    const std::int32_t proxies =
        a.proxies_recorded ? a.proxies_counted.count() : a.potential_proxies.count();
    const std::string interested_names =
        exceeds != nullptr ? names(*exceeds, PersonRole::interested) : std::string();

    // « 39 membres présents avec voix délibérative, dont 1 intéressé à l'affaire (…) exclu du
    // vote, soit 38 votants présents »
    std::vector<Message> of_whom;
    if (interested > 0)
        of_whom.push_back(Message("VOTE-TALLY-EXCEEDS.of_whom_interested")
                              .arg("interested", interested)
                              .arg("names", parenthesised(interested_names))
                              .arg("eligible", eligible)
                              .arg("eligible_agreement", agreement(eligible)));
    const Message voters = Message("VOTE-TALLY-EXCEEDS.voters")
                               .arg("present", present)
                               .arg("present_agreement", agreement(present))
                               .arg("of_whom", std::move(of_whom));
    const Message proxies_phrase =
        Message(a.proxies_recorded ? "VOTE-TALLY-EXCEEDS.valid_proxies"
                                   : "VOTE-TALLY-EXCEEDS.at_most_proxies")
            .arg("proxies", proxies)
            .arg("proxies_agreement", agreement(proxies));

    Diagnostic diag;
    diag.location = at(d.tally.source, "/deliberation/tally");
    if (exceeds != nullptr) {
        const bool by_votes = exceeds->number(FactKey::votes_recorded).has_value();
        const std::int32_t recorded = by_votes
                                          ? exceeds->number(FactKey::votes_recorded).value_or(0)
                                          : exceeds->number(FactKey::voices_recorded).value_or(0);
        const std::int32_t max = by_votes
                                     ? exceeds->number(FactKey::max_possible_votes).value_or(0)
                                     : exceeds->number(FactKey::max_possible_voices).value_or(0);
        const std::int32_t excess = recorded - max;
        const bool unconfirmed =
            lenient != nullptr && !lenient->has(VoteFindingKind::tally_exceeds_possible);
        // Danthony: an error only if the excess could have changed the outcome or the quorum.
        const std::int32_t margin = t.pour.count() > t.contre.count()
                                        ? t.pour.count() - t.contre.count()
                                        : t.contre.count() - t.pour.count();
        const auto& q = a.quorum;
        const std::int32_t quorum_counted =
            q.present_counted.count() + q.represented_counted.count();
        const bool outcome_at_stake = excess >= margin;
        const bool quorum_at_stake =
            q.met && !q.reconvened && quorum_counted - excess < q.required.count();
        const bool decisive = outcome_at_stake || quorum_at_stake;
        diag.severity = (unconfirmed || !decisive) ? Severity::warning : Severity::error;
        if (by_votes)
            diag.parts.push_back(Message("VOTE-TALLY-EXCEEDS.votes")
                                     .arg("recorded", recorded)
                                     .arg("tally", tally_phrase(t))
                                     .arg("max", max)
                                     .arg("voters", voters)
                                     .arg("proxies", proxies_phrase));
        else
            diag.parts.push_back(Message("VOTE-TALLY-EXCEEDS.voices")
                                     .arg("recorded", recorded)
                                     .arg("tally", tally_phrase(t))
                                     .arg("max", max)
                                     .arg("present", present)
                                     .arg("proxies", proxies_phrase));
        diag.parts.push_back(Message("VOTE-TALLY-EXCEEDS.excess").arg("excess", excess));
        if (by_votes && interested > 0 && excess <= interested)
            diag.parts.emplace_back(interested > 1 ? "VOTE-TALLY-EXCEEDS.interested_counted_many"
                                                   : "VOTE-TALLY-EXCEEDS.interested_counted_one");
        if (unrecorded != nullptr)
            diag.parts.push_back(
                Message("VOTE-TALLY-EXCEEDS.unrecorded_proxies")
                    .arg("required", unrecorded->number(FactKey::proxies_required).value_or(0)));
        diag.parts.emplace_back("phrase.assembly.stop");
        if (outcome_at_stake)
            diag.parts.push_back(
                Message("VOTE-TALLY-EXCEEDS.outcome_at_stake").arg("margin", margin));
        else if (quorum_at_stake)
            diag.parts.push_back(Message("VOTE-TALLY-EXCEEDS.quorum_at_stake")
                                     .arg("counted", quorum_counted)
                                     .arg("required", q.required.count()));
        else
            diag.parts.push_back(Message("VOTE-TALLY-EXCEEDS.no_effect").arg("margin", margin));
        if (unconfirmed)
            diag.parts.emplace_back("VOTE-TALLY-EXCEEDS.unconfirmed");
        copy_facts(diag, *exceeds);
        assume(diag, exceeds->assumptions);
        if (unconfirmed)
            assume(diag, Assumption::proxies_given_by_interested_ignored);
        if (!decisive)
            diag.assumptions.emplace_back("attendance_lists_complete");
        fact(diag, "excess", excess, Unit::votes);
        fact(diag, "margin", margin, Unit::votes);
        fact(diag, "present_with_voice", present, Unit::members);
        fact(diag, "proxies_recorded", a.proxies_recorded);
        if (unrecorded != nullptr)
            fact(diag, "proxies_required",
                 unrecorded->number(FactKey::proxies_required).value_or(0), Unit::members);
        if (!interested_names.empty())
            fact(diag, "interested", interested_names);
        if (a.listed_without_voice.count() > 0)
            fact(diag, "listed_without_voice", a.listed_without_voice.count(), Unit::members);
        if (!exceeds->assumptions.empty())
            fact(diag, "assumptions", join(assumption_names(exceeds->assumptions)), Unit::code);
        if (unconfirmed)
            fact(diag, "unconfirmed", true);
        if (interested > 0) {
            for (const auto& b : vote_tally_exceeds_basis)
                diag.legal_basis.push_back(to_basis(b));
            diag.legal_basis.push_back(
                interested_member_statute_applies(d.meeting_date.value)
                    ? LegalBasis{"CGCT", "L.3132-5",
                                 "as created by loi n° 2025-1249 of 22 December 2025, in force 24 "
                                 "December 2025"}
                    : LegalBasis{"CE, 6 juin 1997, SERTIM (membre intéressé exclu du vote)", "",
                                 "decision of 6 June 1997"});
        }
    } else {
        // The tally fits only if proxies the act does not record were given (SEED-02 alone).
        diag.severity = Severity::warning;
        diag.parts.push_back(
            Message("VOTE-TALLY-EXCEEDS.proxies_not_recorded")
                .arg("recorded", unrecorded->number(FactKey::votes_recorded).value_or(0))
                .arg("tally", tally_phrase(t))
                .arg("voters", voters)
                .arg("required", unrecorded->number(FactKey::proxies_required).value_or(0)));
        copy_facts(diag, *unrecorded);
        assume(diag, unrecorded->assumptions);
        fact(diag, "potential_proxies", a.potential_proxies.count(), Unit::members);
        fact(diag, "proxies_recorded", false);
    }
    out.emit(std::move(diag));
}

/// The overflow diagnostic: counts no tally can hold.
inline void emit_vote_tally_overflow(const Deliberation& d, Emitter& out) {
    Diagnostic diag;
    diag.severity = Severity::error;
    diag.location = at(d.tally.source, "/deliberation/tally");
    diag.parts.push_back(
        Message("VOTE-TALLY-EXCEEDS.overflow").arg("tally", tally_phrase(d.tally.value)));
    fact(diag, "pour", d.tally.value.pour.count(), Unit::votes);
    fact(diag, "contre", d.tally.value.contre.count(), Unit::votes);
    fact(diag, "overflow", true);
    out.emit(std::move(diag));
}

} // namespace detail

/// VOTE-TALLY-EXCEEDS: plus de voix que de membres pouvant voter (présents non intéressés +
/// pouvoirs, un par mandataire — CGCT L.3121-16).
inline void check_vote_tally_exceeds(const Context& ctx, Emitter& out) {
    const auto& run = detail::run_vote(ctx);
    if (run.overflow) {
        detail::emit_vote_tally_overflow(*ctx.dossier.deliberation, out);
        return;
    }
    if (!run.analysis)
        return;
    std::optional<VoteAnalysis> lenient;
    if (detail::rests_on(run.analysis->assumptions,
                         Assumption::proxies_given_by_interested_ignored)) {
        VoteAnalysisOptions o = detail::vote_options(ctx);
        o.ignore_proxies_given_by_interested = false;
        lenient = detail::run_vote(ctx, o).analysis;
    }
    detail::emit_vote_tally_exceeds(*ctx.dossier.deliberation, *run.analysis,
                                    lenient ? &*lenient : nullptr, out);
}

/// La règle VOTE-TALLY-EXCEEDS of the catalogue (stable ID).
inline constexpr BuiltinRule vote_tally_exceeds{
    "VOTE-TALLY-EXCEEDS", "Plus de voix que de votants possibles",
    "More votes than possible voters", vote_tally_exceeds_basis, &check_vote_tally_exceeds};

} // namespace subvention::compliance::rules
