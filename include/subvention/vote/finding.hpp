// SPDX-License-Identifier: Apache-2.0
// subvention — what the vote analysis reports: kinds of findings, typed facts, assumptions, persons
// concerned. Part of the vote model; <subvention/vote.hpp> includes every part
// (docs/architecture.md §3.4).
#pragma once

#include <algorithm>
#include <array>
#include <compare>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <limits>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <unordered_map>
#include <utility>
#include <variant>
#include <vector>

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <subvention/detail/text.hpp>
#include <subvention/export.hpp>
#include <subvention/result.hpp>
#include <subvention/vote/attendance.hpp>
#include <subvention/vote/counts.hpp>
#include <subvention/vote/member.hpp>
#include <subvention/vote/quorum.hpp>
#include <subvention/vote/tally.hpp>

namespace subvention {

// =============================================================================================
// Findings
// =============================================================================================

/// What the analysis found wrong or doubtful (« constat »). The compliance checker maps kinds
/// to diagnostic IDs (VOTE-QUORUM, VOTE-TALLY-EXCEEDS, VOTE-TALLY-SHORT, VOTE-OUTCOME,
/// VOTE-PROXY-LIMIT, VOTE-PROXY-INTERESTED, ATTENDANCE-DUPLICATE…). Stable names.
enum class VoteFindingKind {
    member_listed_twice,      ///< one person twice in the lists (same or different status)
    in_office_below_listed,   ///< members in office given < members listed with a vote
    interested_not_member,    ///< a person declared interested is not a listed voting member
    president_not_present,    ///< the named president is not listed present with a vote
    proxy_person_not_listed,  ///< a giver or holder is in no list
    proxy_self,               ///< a member delegating to himself
    proxy_without_voice,      ///< giver or holder « sans voix délibérative » (CP-NON-VOTING)
    proxy_giver_present,      ///< the giver is listed present
    proxy_holder_not_present, ///< the holder is listed excused or absent
    proxy_interested,         ///< holder or giver interested in the item (COI-PROXY)
    proxy_giver_multiple,     ///< one giver delegating twice
    proxy_holder_multiple,    ///< a holder with more delegations than allowed (L.3121-16)
    quorum_not_met,           ///< VOTE-QUORUM-CD / -CP / COVID / COI-QUORUM
    tally_exceeds_possible,   ///< more votes than members who could vote (§3.4, SEED-01)
    proxies_not_recorded,     ///< votes require proxies the act does not record (SEED-02)
    tally_short,        ///< fewer votes than voting members present (no « ne prend pas part »)
    breakdown_mismatch, ///< group counts do not add up to the column
    outcome_mismatch,   ///< stated outcome ≠ recomputed outcome
    tie_president_vote_unknown, ///< tie on an open vote, president's vote not recorded
    counts_disagree_with_lists, ///< the attendance's counts and its named lists differ
    counts_impossible, ///< counts that cannot all be true (more interested than present…)
};

[[nodiscard]] constexpr std::string_view to_string(VoteFindingKind k) noexcept {
    switch (k) {
    case VoteFindingKind::member_listed_twice:
        return "member_listed_twice";
    case VoteFindingKind::in_office_below_listed:
        return "in_office_below_listed";
    case VoteFindingKind::interested_not_member:
        return "interested_not_member";
    case VoteFindingKind::president_not_present:
        return "president_not_present";
    case VoteFindingKind::proxy_person_not_listed:
        return "proxy_person_not_listed";
    case VoteFindingKind::proxy_self:
        return "proxy_self";
    case VoteFindingKind::proxy_without_voice:
        return "proxy_without_voice";
    case VoteFindingKind::proxy_giver_present:
        return "proxy_giver_present";
    case VoteFindingKind::proxy_holder_not_present:
        return "proxy_holder_not_present";
    case VoteFindingKind::proxy_interested:
        return "proxy_interested";
    case VoteFindingKind::proxy_giver_multiple:
        return "proxy_giver_multiple";
    case VoteFindingKind::proxy_holder_multiple:
        return "proxy_holder_multiple";
    case VoteFindingKind::quorum_not_met:
        return "quorum_not_met";
    case VoteFindingKind::tally_exceeds_possible:
        return "tally_exceeds_possible";
    case VoteFindingKind::proxies_not_recorded:
        return "proxies_not_recorded";
    case VoteFindingKind::tally_short:
        return "tally_short";
    case VoteFindingKind::breakdown_mismatch:
        return "breakdown_mismatch";
    case VoteFindingKind::outcome_mismatch:
        return "outcome_mismatch";
    case VoteFindingKind::tie_president_vote_unknown:
        return "tie_president_vote_unknown";
    case VoteFindingKind::counts_disagree_with_lists:
        return "counts_disagree_with_lists";
    case VoteFindingKind::counts_impossible:
        return "counts_impossible";
    }
    return "member_listed_twice";
}

/// Name of a fact carried by a finding. Stable names (`to_string`).
enum class FactKey {
    body,                       ///< Body
    regime,                     ///< QuorumRegime
    members_in_office,          ///< MemberCount
    listed_with_voice,          ///< MemberCount: distinct persons listed with a vote
    quorum_required,            ///< MemberCount
    present_counted,            ///< MemberCount: present for the item (interested excluded)
    represented_counted,        ///< MemberCount: proxies counted for the quorum
    potential_proxies,          ///< MemberCount: upper bound of unrecorded proxies
    interested_present,         ///< MemberCount
    eligible_present,           ///< MemberCount: present, with a vote, not interested
    proxies_counted,            ///< MemberCount: valid recorded delegations
    proxies_required,           ///< MemberCount: delegations the tally needs beyond those present
    occurrences,                ///< MemberCount: times one person is listed
    delegations_held,           ///< MemberCount
    delegations_given,          ///< MemberCount
    max_delegations_per_holder, ///< MemberCount
    votes_recorded,             ///< VoteCount: pour + contre + abstention + blancs + nuls
    voices_recorded,            ///< VoteCount: votes_recorded + ne prend pas part
    max_possible_votes,         ///< VoteCount
    max_possible_voices,        ///< VoteCount: max_possible_votes + interested present
    missing_votes,              ///< VoteCount
    pour,                       ///< VoteCount
    contre,                     ///< VoteCount
    abstention,                 ///< VoteCount
    ne_prend_pas_part,          ///< VoteCount
    suffrages_exprimes,         ///< VoteCount
    column_total,               ///< VoteCount
    breakdown_sum,              ///< VoteCount
    choice,                     ///< VoteChoice
    stated_outcome,             ///< StatedOutcome
    computed_outcome,           ///< ComputedOutcome
    stated_present,             ///< MemberCount: present with a vote, as counted
    listed_present,             ///< MemberCount: present with a vote, as listed by name
    stated_not_present,         ///< MemberCount: excused or absent, as counted
    listed_not_present,         ///< MemberCount: excused or absent, as listed by name
    stated_interested,          ///< MemberCount: interested members, as counted
    stated_proxies,             ///< MemberCount: delegations, as counted
};

[[nodiscard]] constexpr std::string_view to_string(FactKey k) noexcept {
    switch (k) {
    case FactKey::body:
        return "body";
    case FactKey::regime:
        return "regime";
    case FactKey::members_in_office:
        return "members_in_office";
    case FactKey::listed_with_voice:
        return "listed_with_voice";
    case FactKey::quorum_required:
        return "quorum_required";
    case FactKey::present_counted:
        return "present_counted";
    case FactKey::represented_counted:
        return "represented_counted";
    case FactKey::potential_proxies:
        return "potential_proxies";
    case FactKey::interested_present:
        return "interested_present";
    case FactKey::eligible_present:
        return "eligible_present";
    case FactKey::proxies_counted:
        return "proxies_counted";
    case FactKey::proxies_required:
        return "proxies_required";
    case FactKey::occurrences:
        return "occurrences";
    case FactKey::delegations_held:
        return "delegations_held";
    case FactKey::delegations_given:
        return "delegations_given";
    case FactKey::max_delegations_per_holder:
        return "max_delegations_per_holder";
    case FactKey::votes_recorded:
        return "votes_recorded";
    case FactKey::voices_recorded:
        return "voices_recorded";
    case FactKey::max_possible_votes:
        return "max_possible_votes";
    case FactKey::max_possible_voices:
        return "max_possible_voices";
    case FactKey::missing_votes:
        return "missing_votes";
    case FactKey::pour:
        return "pour";
    case FactKey::contre:
        return "contre";
    case FactKey::abstention:
        return "abstention";
    case FactKey::ne_prend_pas_part:
        return "ne_prend_pas_part";
    case FactKey::suffrages_exprimes:
        return "suffrages_exprimes";
    case FactKey::column_total:
        return "column_total";
    case FactKey::breakdown_sum:
        return "breakdown_sum";
    case FactKey::choice:
        return "choice";
    case FactKey::stated_outcome:
        return "stated_outcome";
    case FactKey::computed_outcome:
        return "computed_outcome";
    case FactKey::stated_present:
        return "stated_present";
    case FactKey::listed_present:
        return "listed_present";
    case FactKey::stated_not_present:
        return "stated_not_present";
    case FactKey::listed_not_present:
        return "listed_not_present";
    case FactKey::stated_interested:
        return "stated_interested";
    case FactKey::stated_proxies:
        return "stated_proxies";
    }
    return "body";
}

/// The value of a fact: a typed count or an enumerated value.
using FactValue = std::variant<MemberCount, VoteCount, VoteChoice, StatedOutcome, ComputedOutcome,
                               QuorumRegime, Body>;

/// Text of a fact value ("41", "adopted", "commission_permanente").
[[nodiscard]] inline std::string to_string(const FactValue& v) {
    return std::visit(
        [](const auto& x) -> std::string {
            using T = std::decay_t<decltype(x)>;
            if constexpr (std::is_same_v<T, MemberCount> || std::is_same_v<T, VoteCount>)
                return x.to_string();
            else
                return std::string(to_string(x));
        },
        v);
}

/// A named fact of the vote analysis (« votes_recorded = 42 »), typed; the vote rules carry it
/// into their diagnostics as a `compliance::Fact` with its unit (members, votes).
struct VoteFact {
    FactKey key = FactKey::body;
    FactValue value{};
    friend bool operator==(const VoteFact&, const VoteFact&) = default;
};

/// A rule the law or the sources do not settle, applied by the analysis (each is
/// UNCONFIRMED in docs/legal-reference.md or a documented bound). Stable names.
enum class Assumption {
    /// Members in office taken as the persons listed with a vote (lists assumed exhaustive;
    /// VOTE-QUORUM-CP seed note). Pass `VoteAnalysisOptions::members_in_office` to avoid it.
    members_in_office_from_lists,
    /// Persons « sans voix délibérative » ignored in every count (CP-NON-VOTING).
    non_voting_persons_excluded,
    /// The act records no proxies: their number is bounded by assuming every excused or absent
    /// voting member gave one to a distinct eligible holder (VOTE-PROXY).
    unrecorded_proxies_bounded,
    /// A proxy given by an interested member is ignored on the item (COI-PROXY, 2nd sentence).
    proxies_given_by_interested_ignored,
    /// A tie in a secret ballot rejects the motion (VOTE-TIE, by analogy with L.2121-20).
    secret_ballot_tie_rejected,
    /// The meeting falls on an uncertain first day of a COVID derogation period.
    covid_period_first_day,
    /// 3 Apr – 10 Jul 2020: the ordonnance n° 2020-391 counted members represented towards the
    /// one-third quorum and covered the Commission permanente (secondary sources; the
    /// ordonnance's text was not read).
    covid_quorum_represented,
};

[[nodiscard]] constexpr std::string_view to_string(Assumption a) noexcept {
    switch (a) {
    case Assumption::members_in_office_from_lists:
        return "members_in_office_from_lists";
    case Assumption::non_voting_persons_excluded:
        return "non_voting_persons_excluded";
    case Assumption::unrecorded_proxies_bounded:
        return "unrecorded_proxies_bounded";
    case Assumption::proxies_given_by_interested_ignored:
        return "proxies_given_by_interested_ignored";
    case Assumption::secret_ballot_tie_rejected:
        return "secret_ballot_tie_rejected";
    case Assumption::covid_period_first_day:
        return "covid_period_first_day";
    case Assumption::covid_quorum_represented:
        return "covid_quorum_represented";
    }
    return "members_in_office_from_lists";
}

/// The part a person plays in a finding.
enum class PersonRole {
    listed,       ///< as listed in the attendance (duplicates)
    interested,   ///< declared « intéressé(e) à l'affaire »
    president,    ///< president of the meeting
    proxy_giver,  ///< « mandant »
    proxy_holder, ///< « mandataire »
};

[[nodiscard]] constexpr std::string_view to_string(PersonRole r) noexcept {
    switch (r) {
    case PersonRole::listed:
        return "listed";
    case PersonRole::interested:
        return "interested";
    case PersonRole::president:
        return "president";
    case PersonRole::proxy_giver:
        return "proxy_giver";
    case PersonRole::proxy_holder:
        return "proxy_holder";
    }
    return "listed";
}

/// A person a finding is about, with his listing when he is listed.
struct ConcernedPerson {
    PersonName name; ///< as printed in the list when listed, else as printed where named
    PersonRole role = PersonRole::listed;
    std::optional<AttendanceStatus> status{};
    std::optional<DeliberativeVoice> voice{};
    friend bool operator==(const ConcernedPerson&, const ConcernedPerson&) = default;
};

/// A typed finding: kind, facts as named values, persons concerned, legal basis, and the
/// assumptions it rests on.
struct VoteFinding {
    VoteFindingKind kind = VoteFindingKind::quorum_not_met;
    std::vector<VoteFact> facts{};
    std::vector<ConcernedPerson> persons{};
    /// Legal basis in French (« CGCT L.3121-14-1 »).
    std::string legal_basis{};
    /// docs/legal-reference.md entries applied ("VOTE-QUORUM-CP, COI-QUORUM").
    std::string rules{};
    std::vector<Assumption> assumptions{};

    /// The value of a fact, if present.
    [[nodiscard]] std::optional<FactValue> fact(FactKey k) const {
        for (const auto& f : facts)
            if (f.key == k)
                return f.value;
        return std::nullopt;
    }
    /// A count fact (members or votes) as a number, if present.
    [[nodiscard]] std::optional<std::int32_t> number(FactKey k) const {
        const auto v = fact(k);
        if (!v)
            return std::nullopt;
        if (const auto* m = std::get_if<MemberCount>(&*v))
            return m->count();
        if (const auto* n = std::get_if<VoteCount>(&*v))
            return n->count();
        return std::nullopt;
    }
    friend bool operator==(const VoteFinding&, const VoteFinding&) = default;
};

} // namespace subvention
