// SPDX-License-Identifier: Apache-2.0
// subvention — the vote analysis: options, quorum assessment, results, and `analyse()` (compiled in
// subvention::compliance). Part of the vote model; <subvention/vote.hpp> includes every part
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
#include <subvention/vote/finding.hpp>
#include <subvention/vote/member.hpp>
#include <subvention/vote/quorum.hpp>
#include <subvention/vote/tally.hpp>

namespace subvention {

// =============================================================================================
// Analysis
// =============================================================================================

/// Inputs the act does not give and choices among UNCONFIRMED rules.
struct VoteAnalysisOptions {
    /// Members in office of the body (« membres en exercice »). Default (nullopt): the distinct
    /// persons listed with a deliberative voice, assuming the lists are exhaustive (UNCONFIRMED,
    /// reported as `Assumption::members_in_office_from_lists`).
    std::optional<MemberCount> members_in_office{};
    /// COI-PROXY second sentence (UNCONFIRMED): ignore a proxy given by an interested member.
    bool ignore_proxies_given_by_interested = true;
    /// The meeting was held after a first one failed for want of quorum: it deliberates
    /// validly whatever the number present (CGCT L.3121-14 al. 2, applied to the CP by
    /// L.3121-14-1; during the COVID derogation: reconvened at least three days later).
    /// The act must say so; the analysis cannot know it.
    bool reconvened_after_quorum_failure = false;
};

/// Where the number of members in office comes from.
enum class MembersInOfficeBasis { stated, assumed_from_lists };

/// The quorum as recomputed for the item.
struct QuorumAssessment {
    QuorumRegime regime = QuorumRegime::ordinary;
    MemberCount members_in_office{};
    MemberCount required{};            ///< quorum_threshold(regime, members_in_office)
    MemberCount present_counted{};     ///< present with a vote, interested excluded (COI-QUORUM)
    MemberCount represented_counted{}; ///< valid proxies, when the regime counts them
    bool counts_represented = false;   ///< quorum_counts_represented(body, regime)
    bool met = false;        ///< present_counted + represented_counted ≥ required, or reconvened
    bool reconvened = false; ///< met without quorum condition (VOTE-QUORUM-CD-RECONVENE)
    std::string legal_basis{};
    friend bool operator==(const QuorumAssessment&, const QuorumAssessment&) = default;
};

/// Everything recomputed about one vote, plus findings (deterministic order).
struct VoteAnalysis {
    Body body = Body::commission_permanente;
    boost::gregorian::date meeting_date{};
    QuorumRegime regime = QuorumRegime::ordinary;

    MembersInOfficeBasis in_office_basis = MembersInOfficeBasis::assumed_from_lists;
    MemberCount members_in_office{};
    MemberCount listed_with_voice{};  ///< distinct persons listed with a vote
    MemberCount present_with_voice{}; ///< distinct, interested included
    MemberCount excused_with_voice{};
    MemberCount absent_with_voice{};
    MemberCount listed_without_voice{}; ///< ignored in every count (CP-NON-VOTING)
    MemberCount interested_present{};   ///< interested members listed present with a vote
    MemberCount eligible_present{};     ///< present_with_voice − interested_present

    QuorumAssessment quorum{};

    bool proxies_recorded = false;
    MemberCount proxies_counted{};   ///< valid recorded delegations (0 when not recorded)
    MemberCount potential_proxies{}; ///< bound when not recorded (0 when recorded)
    MemberCount max_delegations_per_holder{};

    VoteCount max_possible_votes{}; ///< eligible_present + proxies (counted or potential)
    VoteCount votes_recorded{};     ///< pour + contre + abstention + blancs + nuls
    VoteCount voices_recorded{};    ///< votes_recorded + ne prend pas part
    VoteCount suffrages_exprimes{}; ///< pour + contre

    StatedOutcome stated_outcome = StatedOutcome::unknown;
    OutcomeDecision outcome{};
    MemberCount public_ballot_threshold{}; ///< ceil(eligible_present / 6)

    std::vector<Assumption> assumptions{}; ///< every assumption the numbers rest on
    std::vector<VoteFinding> findings{};

    /// Whether a finding of this kind was made.
    [[nodiscard]] bool has(VoteFindingKind k) const {
        return std::any_of(findings.begin(), findings.end(),
                           [k](const VoteFinding& f) { return f.kind == k; });
    }
    /// The first finding of this kind, or nullptr.
    [[nodiscard]] const VoteFinding* find(VoteFindingKind k) const {
        for (const auto& f : findings)
            if (f.kind == k)
                return &f;
        return nullptr;
    }
};

namespace detail {
/// Rank of a listing of a person listed twice: with a vote first, then present, excused, absent.
[[nodiscard]] inline int entry_rank(const AttendanceEntry& e) noexcept {
    const int voice = e.voice == DeliberativeVoice::with ? 10 : 0;
    const int status = e.status == AttendanceStatus::present   ? 2
                       : e.status == AttendanceStatus::excused ? 1
                                                               : 0;
    return voice + status;
}
} // namespace detail

/// Recomputes quorum, possible votes and outcome of one vote and reports what does not add up
/// (docs/architecture.md §3.4). Validation never throws; throws std::invalid_argument only when
/// `meeting_date` is not a date (misuse).
///
/// Counting rules, each with its source:
///  - persons « sans voix délibérative » never count (CP-NON-VOTING, UNCONFIRMED source);
///  - a person listed twice counts once, with his best listing (with a vote, then present):
///    the most favourable reading, so no finding rests on the duplicate (ATTENDANCE-DUPLICATE
///    is reported on its own);
///  - members in office: `options.members_in_office`, default the persons listed with a vote;
///  - quorum: floor(n/2)+1 (L.3121-14 al. 1), one third during the COVID derogation; CD:
///    present only; CP: present or represented (L.3121-14-1); interested members are not
///    counted present for the item (COI-QUORUM: Sénat answers 2007, CE 1983 Chauré);
///    none at a meeting reconvened after a failed quorum (option; L.3121-14 al. 2);
///  - who could vote: eligible present (present with a vote, not interested) + valid proxies,
///    at most one per holder (L.3121-16; two during the COVID derogation); proxies held by an
///    interested member are ignored (COI-PROXY), proxies given by one too (option, UNCONFIRMED);
///  - when the act records no proxies: at most min(excused or absent voting members (not
///    interested), eligible present × delegations per holder) — seed: 38 + min(3, 38) = 41;
///  - votes recorded = pour + contre + abstention + blancs + nuls; « ne prend pas part » is not
///    a vote but accounts for a present member: the tally is short when votes + « ne prend pas
///    part » < eligible present (members who leave before the vote count as abstaining,
///    VOTE-QUORUM-TIMING);
///  - outcome: `decide_outcome` (VOTE-MAJORITY, VOTE-TIE), compared with the stated outcome.
/// Compiled into subvention::compliance (link it to call `analyse`).
[[nodiscard]] SUBVENTION_API VoteAnalysis analyse(const Attendance& attendance,
                                                  const VoteTally& tally, StatedOutcome stated,
                                                  boost::gregorian::date meeting_date,
                                                  const VoteAnalysisOptions& options = {});

} // namespace subvention
