// SPDX-License-Identifier: Apache-2.0
// VOTE-OUTCOME — the outcome the act states (« Adopté ») differs from the one recomputed from
// the tally, or cannot be verified.
//
// vote.hpp recomputes the outcome (`decide_outcome`): adopted iff pour > contre (majority of
// votes cast, CGCT L.3121-14 al. 3); on a tie the president's vote is decisive (L.3121-15
// al. 1). Mapping of its findings:
//  - `outcome_mismatch` → error; but when the computed outcome comes from a tie in a secret
//    ballot, read as a rejection by analogy with the communes' L.2121-20 (docs/legal-reference.md
//    VOTE-TIE, UNCONFIRMED for départements), warning with `unconfirmed=true` and the assumption
//    stated;
//  - `tie_president_vote_unknown` (a tie on an open vote, the act does not say how the
//    president voted) → warning: the stated outcome may be right but cannot be verified;
//  - `president_not_present` (the named president of the meeting is not listed present with a
//    vote) → warning: the record is inconsistent about who presided, i.e. whose vote is decisive
//    on a tie.
// The quorum (VOTE-QUORUM) and the count (VOTE-TALLY-*) are separate rules.
#pragma once

#include <array>
#include <string>
#include <vector>

#include "compliance/rules/assembly_common.hpp"

namespace subvention::compliance::rules {

/// Fondement juridique of VOTE-OUTCOME (the rule's default legal basis).
inline constexpr std::array<LegalRef, 2> vote_outcome_basis{{
    {"CGCT", "L.3121-14",
     "consolidated text of late 2015, the quorum rule of al. 1 confirmed unchanged by the "
     "ministerial answer of 3 April 2025"},
    {"CGCT", "L.3121-15", "consolidated text of late 2015"},
}};

namespace detail {

/// Why the tally gives its outcome (« à la majorité des suffrages exprimés (41 : …) »); nothing
/// for an undetermined outcome.
[[nodiscard]] inline std::vector<Message> outcome_reason(const VoteAnalysis& a) {
    switch (a.outcome.basis) {
    case OutcomeBasis::majority:
        return {Message("VOTE-OUTCOME.by_majority").arg("cast", a.suffrages_exprimes.count())};
    case OutcomeBasis::casting_vote:
        return {Message("VOTE-OUTCOME.by_casting_vote")};
    case OutcomeBasis::tie_president_not_pour:
        return {Message("VOTE-OUTCOME.tie_president_not_pour")};
    case OutcomeBasis::tie_no_votes_cast:
        return {Message("VOTE-OUTCOME.no_votes_cast")};
    case OutcomeBasis::secret_ballot_tie:
        return {Message("VOTE-OUTCOME.secret_ballot_tie")};
    case OutcomeBasis::president_vote_unknown:
        break; // undetermined outcomes never make a mismatch
    }
    return {};
}

/// Emits the VOTE-OUTCOME diagnostics of `a` (analysis of `d`), in vote.hpp's order.
inline void emit_vote_outcome(const Deliberation& d, const VoteAnalysis& a, Emitter& out) {
    const auto& t = d.tally.value;
    for (const auto& f : a.findings) {
        Diagnostic diag;
        if (f.kind == VoteFindingKind::outcome_mismatch) {
            const bool secret_tie = a.outcome.basis == OutcomeBasis::secret_ballot_tie;
            diag.severity = secret_tie ? Severity::warning : Severity::error;
            diag.location = at(d.outcome.source, "/deliberation/outcome");
            diag.parts.push_back(
                Message("VOTE-OUTCOME.mismatch")
                    .arg("stated", Message(d.outcome.value == StatedOutcome::adopted
                                               ? "VOTE-OUTCOME.stated_adopted"
                                               : "VOTE-OUTCOME.stated_rejected"))
                    .arg("tally", tally_phrase(t))
                    .arg("computed", Message(a.outcome.outcome == ComputedOutcome::adopted
                                                 ? "VOTE-OUTCOME.computed_adopted"
                                                 : "VOTE-OUTCOME.computed_rejected"))
                    .arg("why", outcome_reason(a)));
            copy_facts(diag, f);
            assume(diag, f.assumptions);
            fact(diag, "outcome_basis", std::string(to_string(a.outcome.basis)), Unit::code);
            fact(diag, "vote_mode", std::string(to_string(t.mode)), Unit::code);
            fact(diag, "other_document", "deliberation", Unit::code);
            fact(diag, "other_section", d.tally.source.section);
            fact(diag, "other_path", "/deliberation/tally", Unit::code);
            fact(diag, "other_text", d.tally.source.text);
            if (secret_tie) {
                assume(diag, Assumption::secret_ballot_tie_rejected);
                fact(diag, "unconfirmed", true);
                fact(diag, "assumptions",
                     std::string(to_string(Assumption::secret_ballot_tie_rejected)), Unit::code);
            }
        } else if (f.kind == VoteFindingKind::tie_president_vote_unknown) {
            diag.severity = Severity::warning;
            diag.location = at(d.outcome.source, "/deliberation/outcome");
            const auto president = names(f, PersonRole::president);
            diag.parts.push_back(Message("VOTE-OUTCOME.tie_president_vote_unknown")
                                     .arg("tally", tally_phrase(t))
                                     .arg("president", parenthesised(president)));
            copy_facts(diag, f);
            assume(diag, f.assumptions);
            if (!president.empty())
                fact(diag, "president", president);
        } else if (f.kind == VoteFindingKind::president_not_present) {
            diag.severity = Severity::warning;
            const auto president = names(f, PersonRole::president);
            diag.location = attendance_at("/deliberation/attendance/president", president);
            const char* status = "VOTE-OUTCOME.president_unlisted";
            for (const auto& p : f.persons) {
                if (p.role != PersonRole::president || !p.status)
                    continue;
                if (p.voice == DeliberativeVoice::without)
                    status = "VOTE-OUTCOME.president_without_voice";
                else if (*p.status == AttendanceStatus::excused)
                    status = "VOTE-OUTCOME.president_excused";
                else if (*p.status == AttendanceStatus::absent)
                    status = "VOTE-OUTCOME.president_absent";
                fact(diag, "status", std::string(to_string(*p.status)), Unit::code);
                if (p.voice)
                    fact(diag, "voice", std::string(to_string(*p.voice)), Unit::code);
            }
            diag.parts.push_back(Message("VOTE-OUTCOME.president_not_present")
                                     .arg("president", president)
                                     .arg("status", Message(status)));
            assume(diag, f.assumptions);
            diag.facts.insert(diag.facts.begin(), Fact{"president", president});
            diag.legal_basis.push_back(to_basis(vote_outcome_basis[1]));
        } else {
            continue;
        }
        out.emit(std::move(diag));
    }
}

} // namespace detail

/// VOTE-OUTCOME: résultat indiqué ≠ résultat recalculé (majorité des suffrages exprimés, voix
/// prépondérante du président — CGCT L.3121-14, L.3121-15).
inline void check_vote_outcome(const Context& ctx, Emitter& out) {
    const auto& run = detail::run_vote(ctx);
    if (run.analysis)
        detail::emit_vote_outcome(*ctx.dossier.deliberation, *run.analysis, out);
}

/// La règle VOTE-OUTCOME of the catalogue (stable ID).
inline constexpr BuiltinRule vote_outcome{"VOTE-OUTCOME", "Résultat du vote", "Outcome of the vote",
                                          vote_outcome_basis, &check_vote_outcome};

} // namespace subvention::compliance::rules
