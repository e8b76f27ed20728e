// SPDX-License-Identifier: Apache-2.0
// ATTENDANCE-DUPLICATE — one person listed twice in the attendance of the act: in two states
// (present and excused, with and without a deliberative voice…) or twice in the same list.
//
// vote.hpp finds `member_listed_twice` (names matched on their key: case, accents, spacing and
// hyphens ignored) and counts the person once, with the most favourable listing (with a vote,
// then present), so that no other finding rests on the duplicate. This rule reports it:
//  - info: the same listing printed twice (a clerical repetition; counts are unaffected);
//  - warning: two different states — the act contradicts itself on whether the member was
//    there or could vote (the quorum and the possible votes depend on it: CGCT L.3121-14,
//    L.3121-14-1);
//  - error: two different states, and the least favourable reading (keeping only the person's
//    worst listing) makes the quorum fail or the tally exceed the possible votes — the
//    validity of the vote then depends on which list is right.
// Located at the second occurrence; the facts name the first (`other_path`).
#pragma once

#include <algorithm>
#include <array>
#include <exception>
#include <string>
#include <vector>

#include "compliance/rules/assembly_common.hpp"

namespace subvention::compliance::rules {

/// Fondement juridique of ATTENDANCE-DUPLICATE (the rule's default legal basis).
inline constexpr std::array<LegalRef, 2> attendance_duplicate_basis = detail::quorum_articles;

namespace detail {

/// The list an entry belongs to: « présents », « excusés sans voix délibérative »…
[[nodiscard]] inline Message listing(const AttendanceEntry& e) {
    const char* status = e.status == AttendanceStatus::present   ? "phrase.assembly.list_present"
                         : e.status == AttendanceStatus::excused ? "phrase.assembly.list_excused"
                                                                 : "phrase.assembly.list_absent";
    std::vector<Message> voice;
    if (e.voice == DeliberativeVoice::without)
        voice.emplace_back("phrase.assembly.list_without_voice");
    return Message("phrase.assembly.listing").arg("status", Message(status)).arg("voice", voice);
}

/// Emits the ATTENDANCE-DUPLICATE diagnostics of `a` (analysis of `d`), in list order.
inline void emit_attendance_duplicate(const Deliberation& d, const VoteAnalysis& a, Emitter& out) {
    const auto& att = d.attendance;
    for (const auto& f : a.findings) {
        if (f.kind != VoteFindingKind::member_listed_twice || f.persons.empty())
            continue;
        const auto idx = entries_of(att, f.persons.front().name.key());
        if (idx.size() < 2)
            continue;
        const auto& first = att.entries[idx[0]];
        bool conflicting = false;
        std::size_t worst = idx[0];
        std::size_t best = idx[0];
        std::vector<Message> lists;
        std::vector<std::string> statuses;
        std::vector<std::string> voices;
        std::vector<std::string> indexes;
        for (const auto i : idx) {
            const auto& e = att.entries[i];
            conflicting = conflicting || e.status != first.status || e.voice != first.voice;
            if (subvention::detail::entry_rank(e) <
                subvention::detail::entry_rank(att.entries[worst]))
                worst = i;
            if (subvention::detail::entry_rank(e) >
                subvention::detail::entry_rank(att.entries[best]))
                best = i;
            lists.push_back(Message("ATTENDANCE-DUPLICATE.among").arg("list", listing(e)));
            statuses.emplace_back(to_string(e.status));
            voices.emplace_back(to_string(e.voice));
            indexes.push_back(std::to_string(i));
        }

        // Least favourable reading: only the worst listing of this person.
        bool decisive = false;
        if (conflicting) {
            Attendance worst_reading = att;
            worst_reading.entries.clear();
            for (std::size_t i = 0; i < att.entries.size(); ++i) {
                const bool dup = std::find(idx.begin(), idx.end(), i) != idx.end();
                if (!dup || i == worst)
                    worst_reading.entries.push_back(att.entries[i]);
            }
            try {
                const auto w =
                    analyse(worst_reading, d.tally.value, d.outcome.value, d.meeting_date.value);
                for (const auto k :
                     {VoteFindingKind::quorum_not_met, VoteFindingKind::tally_exceeds_possible})
                    decisive = decisive || (w.has(k) && !a.has(k));
            } catch (const std::exception&) {
                decisive = false;
            }
        }

        const std::string name = first.member.printed();
        Diagnostic diag;
        diag.severity = decisive      ? Severity::error
                        : conflicting ? Severity::warning
                                      : Severity::info;
        diag.location = attendance_at("/deliberation/attendance/entries/" + std::to_string(idx[1]),
                                      att.entries[idx[1]].member.printed());
        if (conflicting) {
            diag.parts.push_back(Message("ATTENDANCE-DUPLICATE.conflicting")
                                     .arg("name", name)
                                     .arg("times", times(idx.size()))
                                     .arg("lists", std::move(lists))
                                     .arg("counted_as", listing(att.entries[best])));
            diag.parts.emplace_back(decisive ? "ATTENDANCE-DUPLICATE.decisive"
                                             : "phrase.assembly.stop");
        } else {
            diag.parts.push_back(Message("ATTENDANCE-DUPLICATE.repeated")
                                     .arg("name", name)
                                     .arg("times", times(idx.size()))
                                     .arg("list", listing(first)));
        }
        fact(diag, "name", name);
        copy_facts(diag, f);
        assume(diag, f.assumptions);
        fact(diag, "indexes", join(indexes), Unit::code);
        fact(diag, "statuses", join(statuses), Unit::code);
        fact(diag, "voices", join(voices), Unit::code);
        fact(diag, "counted_as", std::string(to_string(att.entries[best].status)), Unit::code);
        fact(diag, "decisive", decisive);
        fact(diag, "other_document", "deliberation", Unit::code);
        fact(diag, "other_section", "conditions de présence");
        fact(diag, "other_path", "/deliberation/attendance/entries/" + std::to_string(idx[0]),
             Unit::code);
        fact(diag, "other_text", first.member.printed());
        out.emit(std::move(diag));
    }
}

} // namespace detail

/// ATTENDANCE-DUPLICATE: une même personne inscrite deux fois sur les listes de présence.
inline void check_attendance_duplicate(const Context& ctx, Emitter& out) {
    const auto& run = detail::run_vote(ctx);
    if (run.analysis)
        detail::emit_attendance_duplicate(*ctx.dossier.deliberation, *run.analysis, out);
}

/// La règle ATTENDANCE-DUPLICATE of the catalogue (stable ID).
inline constexpr BuiltinRule attendance_duplicate{
    "ATTENDANCE-DUPLICATE", "Personne inscrite deux fois sur les listes de présence",
    "Person listed twice in the attendance", attendance_duplicate_basis,
    &check_attendance_duplicate};

} // namespace subvention::compliance::rules
