// SPDX-License-Identifier: Apache-2.0
// VOTE-TALLY-EXCEEDS — the tally records more votes than members who could vote.
//
// docs/architecture.md §3.4: votes are recomputed, not trusted. vote.hpp finds
// `tally_exceeds_possible` when pour + contre + abstention + blancs + nuls exceeds the members
// present with a deliberative voice, minus those interested in the item, plus the proxies (one per
// holder, CGCT L.3121-16; when the act records none, at most one per excused or absent member), or
// when adding « ne prend pas part » exceeds the members present or represented. This rule maps:
//  - `tally_exceeds_possible` → error. It does not rest on an UNCONFIRMED rule: the bound on
//    unrecorded proxies is a maximum (every absent member giving one), the interested member is
//    excluded because the act itself says she took part neither in the debate nor in the vote
//    (COI-ILLEGALITY), and the persons left out as « sans voix délibérative » are so described by
//    the act (only the *source* of CP-NON-VOTING is unconfirmed, not the act's own wording).
//    Exception: when the excess disappears if proxies given by an interested absent member
//    count (COI-PROXY second sentence, UNCONFIRMED), the diagnostic is a warning with
//    `unconfirmed=true`;
//  - `proxies_not_recorded` (SEED-02: the tally needs proxies the act does not record) → part of
//    the error's facts (`proxies_recorded=false`, `proxies_required`) when the tally exceeds
//    anyway; on its own (the tally fits only if unrecorded proxies were given) → warning, since
//    the proxies may exist and merely be missing from the extract;
//  - counts too large for the analysis (overflow) → error: no assembly can cast them.
//
// Seed (SEED-01/02): 42 votes recorded (41 pour, 0 contre, 1 abstention), at most 41 possible:
// 39 present with a vote − 1 interested (Mme Sylvie MEYFROIDT) + at most 3 proxies (none
// recorded, 3 excused members) → one error, facts votes_recorded=42, max_possible_votes=41.
#pragma once

#include <array>
#include <string>

#include "compliance/rules/assembly_common.hpp"

namespace subvention::compliance::rules {

/// Fondement juridique of VOTE-TALLY-EXCEEDS (the rule's default legal basis).
inline constexpr std::array<LegalRef, 2> vote_tally_exceeds_basis{{
    {"CGCT", "L.3121-16"},
    {"CGCT", "L.3121-14"},
}};

namespace assembly_detail {

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
    std::string voters_fr =
        plural(present, "membre présent", "membres présents") + " avec voix délibérative";
    std::string voters_en =
        num(present) + " member" + (present > 1 ? "s" : "") + " present with a deliberative voice";
    if (interested > 0) {
        voters_fr += ", dont " + plural(interested, "membre intéressé", "membres intéressés") +
                     " à l'affaire" +
                     (interested_names.empty() ? "" : " (" + interested_names + ")") + ", exclu" +
                     (interested > 1 ? "s" : "") + " du vote, soit " +
                     plural(eligible, "votant présent", "votants présents");
        voters_en += ", of whom " + num(interested) + " interested in the item" +
                     (interested_names.empty() ? "" : " (" + interested_names + ")") +
                     " and excluded from the vote, i.e. " + num(eligible) + " voter" +
                     (eligible > 1 ? "s" : "") + " present";
    }
    std::string proxies_fr;
    std::string proxies_en;
    if (a.proxies_recorded) {
        proxies_fr = plural(proxies, "pouvoir valable", "pouvoirs valables");
        proxies_en = num(proxies) + " valid prox" + (proxies > 1 ? "ies" : "y");
    } else {
        proxies_fr = "au plus " + plural(proxies, "pouvoir", "pouvoirs") +
                     " (l'acte n'en mentionne aucun ; borne : un par membre excusé ou absent)";
        proxies_en = "at most " + num(proxies) + " prox" + (proxies > 1 ? "ies" : "y") +
                     " (the act records none; bound: one per excused or absent member)";
    }

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
        diag.severity = unconfirmed ? Severity::warning : Severity::error;
        if (by_votes) {
            diag.message_fr = "Le décompte enregistre " + plural(recorded, "voix", "voix") + " (" +
                              tally_text(t, false) + ") alors qu'au plus " + num(max) +
                              " membres pouvaient voter : " + voters_fr + ", plus " + proxies_fr +
                              ".";
            diag.message_en = "The tally records " + num(recorded) + " vote" +
                              (recorded > 1 ? "s" : "") + " (" + tally_text(t, true) +
                              ") but at most " + num(max) + " members could vote: " + voters_en +
                              ", plus " + proxies_en + ".";
        } else {
            diag.message_fr = "Le décompte rend compte de " + num(recorded) +
                              " membres (votes et « ne prend pas part » : " + tally_text(t, false) +
                              ") alors qu'au plus " + num(max) +
                              " membres étaient présents ou représentés : " +
                              plural(present, "membre présent", "membres présents") +
                              " avec voix délibérative, plus " + proxies_fr + ".";
            diag.message_en = "The tally accounts for " + num(recorded) +
                              " members (votes and « not taking part »: " + tally_text(t, true) +
                              ") but at most " + num(max) +
                              " members were present or represented: " + num(present) +
                              " present with a deliberative voice, plus " + proxies_en + ".";
        }
        diag.message_fr += " Il y a " + plural(excess, "voix", "voix") + " de trop";
        diag.message_en += " " + num(excess) + " vote" + (excess > 1 ? "s" : "") + " too many";
        if (by_votes && interested > 0 && excess <= interested) {
            diag.message_fr += interested > 1
                                   ? " ; des membres intéressés ont peut-être été comptés"
                                   : " ; le membre intéressé a peut-être été compté";
            diag.message_en += "; the interested member(s) may have been counted";
        }
        if (unrecorded != nullptr) {
            const auto required = unrecorded->number(FactKey::proxies_required).value_or(0);
            diag.message_fr += " ; le décompte supposerait " +
                               plural(required, "pouvoir", "pouvoirs") +
                               ", que l'acte ne mentionne pas";
            diag.message_en += "; the tally would need " + num(required) + " prox" +
                               (required > 1 ? "ies" : "y") + ", which the act does not record";
        }
        diag.message_fr += ".";
        diag.message_en += ".";
        if (unconfirmed) {
            diag.message_fr += " Ce constat suppose qu'un pouvoir donné par un membre intéressé "
                               "ne peut pas servir sur cette affaire (règle non confirmée) : "
                               "s'il le pouvait, le décompte serait possible.";
            diag.message_en += " This assumes that a proxy given by an interested member cannot "
                               "be used on this item (unconfirmed rule): if it could, the tally "
                               "would be possible.";
        }
        copy_facts(diag, *exceeds);
        add_fact(diag, "excess", num(excess));
        add_fact(diag, "present_with_voice", num(present));
        add_fact(diag, "proxies_recorded", boolean(a.proxies_recorded));
        if (unrecorded != nullptr)
            add_fact(diag, "proxies_required",
                     num(unrecorded->number(FactKey::proxies_required).value_or(0)));
        if (!interested_names.empty())
            add_fact(diag, "interested", interested_names);
        if (a.listed_without_voice.count() > 0)
            add_fact(diag, "listed_without_voice", num(a.listed_without_voice.count()));
        if (!exceeds->assumptions.empty())
            add_fact(diag, "assumptions", assumptions(exceeds->assumptions));
        if (unconfirmed)
            add_fact(diag, "unconfirmed", "true");
        if (interested > 0) {
            for (const auto& b : vote_tally_exceeds_basis)
                diag.legal_basis.push_back(LegalBasis{std::string(b.text), std::string(b.article)});
            diag.legal_basis.push_back(
                LegalBasis{"CE, 6 juin 1997, SERTIM (membre intéressé exclu du vote)", ""});
        }
    } else {
        // The tally fits only if proxies the act does not record were given (SEED-02 alone).
        const auto recorded = unrecorded->number(FactKey::votes_recorded).value_or(0);
        const auto required = unrecorded->number(FactKey::proxies_required).value_or(0);
        diag.severity = Severity::warning;
        diag.message_fr = "Le décompte enregistre " + plural(recorded, "voix", "voix") + " (" +
                          tally_text(t, false) + ") pour " + voters_fr + " : il suppose " +
                          plural(required, "pouvoir", "pouvoirs") +
                          ", que l'acte ne mentionne pas (CGCT L.3121-16). Les délégations de "
                          "vote doivent figurer au procès-verbal.";
        diag.message_en = "The tally records " + num(recorded) + " vote" +
                          (recorded > 1 ? "s" : "") + " (" + tally_text(t, true) + ") for " +
                          voters_en + ": it needs " + num(required) + " prox" +
                          (required > 1 ? "ies" : "y") +
                          ", which the act does not record (CGCT L.3121-16). Vote delegations "
                          "must appear in the minutes.";
        copy_facts(diag, *unrecorded);
        add_fact(diag, "potential_proxies", num(a.potential_proxies.count()));
        add_fact(diag, "proxies_recorded", "false");
    }
    out.emit(std::move(diag));
}

/// The overflow diagnostic: counts no tally can hold.
inline void emit_vote_tally_overflow(const Deliberation& d, Emitter& out) {
    Diagnostic diag;
    diag.severity = Severity::error;
    diag.location = at(d.tally.source, "/deliberation/tally");
    diag.message_fr = "Le décompte du vote (" + tally_text(d.tally.value, false) +
                      ") dépasse la capacité de calcul : aucune assemblée ne peut émettre autant "
                      "de voix.";
    diag.message_en = "The tally (" + tally_text(d.tally.value, true) +
                      ") exceeds what can be computed: no assembly can cast so many votes.";
    add_fact(diag, "pour", num(d.tally.value.pour.count()));
    add_fact(diag, "contre", num(d.tally.value.contre.count()));
    add_fact(diag, "overflow", "true");
    out.emit(std::move(diag));
}

} // namespace assembly_detail

/// VOTE-TALLY-EXCEEDS: plus de voix que de membres pouvant voter (présents non intéressés +
/// pouvoirs, un par mandataire — CGCT L.3121-16).
inline void check_vote_tally_exceeds(const Context& ctx, Emitter& out) {
    const auto& run = assembly_detail::run_vote(ctx);
    if (run.overflow) {
        assembly_detail::emit_vote_tally_overflow(*ctx.dossier.deliberation, out);
        return;
    }
    if (!run.analysis)
        return;
    std::optional<VoteAnalysis> lenient;
    if (assembly_detail::rests_on(run.analysis->assumptions,
                                  Assumption::proxies_given_by_interested_ignored)) {
        VoteAnalysisOptions o;
        o.ignore_proxies_given_by_interested = false;
        lenient = assembly_detail::run_vote(ctx, o).analysis;
    }
    assembly_detail::emit_vote_tally_exceeds(*ctx.dossier.deliberation, *run.analysis,
                                             lenient ? &*lenient : nullptr, out);
}

/// La règle VOTE-TALLY-EXCEEDS of the catalogue (stable ID).
inline constexpr BuiltinRule vote_tally_exceeds{
    "VOTE-TALLY-EXCEEDS", "Plus de voix que de votants possibles",
    "More votes than possible voters", vote_tally_exceeds_basis, &check_vote_tally_exceeds};

} // namespace subvention::compliance::rules
