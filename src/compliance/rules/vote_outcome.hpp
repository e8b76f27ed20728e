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

#include "compliance/rules/assembly_common.hpp"

namespace subvention::compliance::rules {

/// Fondement juridique of VOTE-OUTCOME (the rule's default legal basis).
inline constexpr std::array<LegalRef, 2> vote_outcome_basis{{
    {"CGCT", "L.3121-14"},
    {"CGCT", "L.3121-15"},
}};

namespace assembly_detail {

/// « adoptée » / « rejetée ».
[[nodiscard]] inline std::string outcome_fr(StatedOutcome o) {
    return o == StatedOutcome::adopted ? "adoptée" : "rejetée";
}
/// « adopted » / « rejected ».
[[nodiscard]] inline std::string outcome_en(StatedOutcome o) {
    return o == StatedOutcome::adopted ? "adopted" : "rejected";
}
/// The computed outcome's stable name (« rejected »).
[[nodiscard]] inline std::string outcome_en(ComputedOutcome o) {
    return std::string(to_string(o));
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
            std::string why_fr;
            std::string why_en;
            switch (a.outcome.basis) {
            case OutcomeBasis::majority:
                why_fr = "à la majorité des suffrages exprimés (" +
                         num(a.suffrages_exprimes.count()) + ")";
                why_en =
                    "by the majority of votes cast (" + num(a.suffrages_exprimes.count()) + ")";
                break;
            case OutcomeBasis::casting_vote:
                why_fr = "par la voix prépondérante du président, qui a voté pour";
                why_en = "by the president's casting vote, cast for";
                break;
            case OutcomeBasis::tie_president_not_pour:
                why_fr = "les voix étant partagées et le président n'ayant pas voté pour";
                why_en = "the votes being tied and the president not having voted for";
                break;
            case OutcomeBasis::tie_no_votes_cast:
                why_fr = "aucun suffrage n'étant exprimé";
                why_en = "no vote being cast";
                break;
            case OutcomeBasis::secret_ballot_tie:
                why_fr = "les voix étant partagées au scrutin secret, ce qui vaut rejet par "
                         "analogie avec l'article L.2121-20 applicable aux communes (règle non "
                         "confirmée pour les départements, dont le texte ne prévoit pas "
                         "d'exception à la voix prépondérante)";
                why_en = "the votes being tied in a secret ballot, read as a rejection by "
                         "analogy with article L.2121-20 for communes (unconfirmed for "
                         "départements, whose text has no exception to the casting vote)";
                break;
            case OutcomeBasis::president_vote_unknown:
                break; // undetermined outcomes never make a mismatch
            }
            diag.message_fr =
                "L'acte indique que la délibération est " + outcome_fr(d.outcome.value) +
                " alors que le décompte (" + tally_text(t, false) + ") conduit à son " +
                (a.outcome.outcome == ComputedOutcome::adopted ? "adoption" : "rejet") + ", " +
                why_fr + ".";
            diag.message_en = "The act states the deliberation " + outcome_en(d.outcome.value) +
                              " but the tally (" + tally_text(t, true) + ") means it is " +
                              outcome_en(a.outcome.outcome) + ", " + why_en + ".";
            copy_facts(diag, f);
            add_fact(diag, "outcome_basis", std::string(to_string(a.outcome.basis)));
            add_fact(diag, "vote_mode", std::string(to_string(t.mode)));
            add_fact(diag, "other_document", "deliberation");
            add_fact(diag, "other_section", d.tally.source.section);
            add_fact(diag, "other_path", "/deliberation/tally");
            add_fact(diag, "other_text", d.tally.source.text);
            if (secret_tie) {
                add_fact(diag, "unconfirmed", "true");
                add_fact(diag, "assumptions",
                         std::string(to_string(Assumption::secret_ballot_tie_rejected)));
            }
        } else if (f.kind == VoteFindingKind::tie_president_vote_unknown) {
            diag.severity = Severity::warning;
            diag.location = at(d.outcome.source, "/deliberation/outcome");
            const auto president = names(f, PersonRole::president);
            diag.message_fr = "Les voix sont partagées (" + tally_text(t, false) +
                              ") : la voix du président" +
                              (president.empty() ? "" : " (" + president + ")") +
                              " est prépondérante (CGCT L.3121-15), mais l'acte n'indique pas "
                              "son vote ; le résultat indiqué ne peut pas être vérifié.";
            diag.message_en = "The votes are tied (" + tally_text(t, true) +
                              "): the president's vote" +
                              (president.empty() ? "" : " (" + president + ")") +
                              " is decisive (CGCT L.3121-15), but the act does not say how he "
                              "or she voted; the stated outcome cannot be verified.";
            copy_facts(diag, f);
            if (!president.empty())
                add_fact(diag, "president", president);
        } else if (f.kind == VoteFindingKind::president_not_present) {
            diag.severity = Severity::warning;
            const auto president = names(f, PersonRole::president);
            diag.location = attendance_at("/deliberation/attendance/president", president);
            std::string status_fr = "ne figure sur aucune liste de présence";
            std::string status_en = "is in no attendance list";
            for (const auto& p : f.persons) {
                if (p.role != PersonRole::president || !p.status)
                    continue;
                if (p.voice == DeliberativeVoice::without) {
                    status_fr = "figure parmi les personnes sans voix délibérative";
                    status_en = "is listed without a deliberative voice";
                } else if (*p.status == AttendanceStatus::excused) {
                    status_fr = "figure parmi les membres excusés";
                    status_en = "is listed as excused";
                } else if (*p.status == AttendanceStatus::absent) {
                    status_fr = "figure parmi les membres absents";
                    status_en = "is listed as absent";
                }
                add_fact(diag, "status", std::string(to_string(*p.status)));
                if (p.voice)
                    add_fact(diag, "voice", std::string(to_string(*p.voice)));
            }
            diag.message_fr = "Le président de séance, " + president + ", " + status_fr +
                              " : l'acte est incohérent sur la personne qui présidait, dont la "
                              "voix est prépondérante en cas de partage (CGCT L.3121-15).";
            diag.message_en = "The president of the meeting, " + president + ", " + status_en +
                              ": the act is inconsistent about who presided, whose vote is "
                              "decisive on a tie (CGCT L.3121-15).";
            diag.facts.insert(diag.facts.begin(), Fact{"president", president});
            diag.legal_basis.push_back(LegalBasis{"CGCT", "L.3121-15"});
        } else {
            continue;
        }
        out.emit(std::move(diag));
    }
}

} // namespace assembly_detail

/// VOTE-OUTCOME: résultat indiqué ≠ résultat recalculé (majorité des suffrages exprimés, voix
/// prépondérante du président — CGCT L.3121-14, L.3121-15).
inline void check_vote_outcome(const Context& ctx, Emitter& out) {
    const auto& run = assembly_detail::run_vote(ctx);
    if (run.analysis)
        assembly_detail::emit_vote_outcome(*ctx.dossier.deliberation, *run.analysis, out);
}

/// La règle VOTE-OUTCOME of the catalogue (stable ID).
inline constexpr BuiltinRule vote_outcome{"VOTE-OUTCOME", "Résultat du vote", "Outcome of the vote",
                                          vote_outcome_basis, &check_vote_outcome};

} // namespace subvention::compliance::rules
