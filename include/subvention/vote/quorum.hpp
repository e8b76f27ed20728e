// SPDX-License-Identifier: Apache-2.0
// subvention — the law of the vote: quorum regimes (with the COVID derogation periods), thresholds,
// proxies per holder, majority and outcome. Part of the vote model; <subvention/vote.hpp> includes
// every part (docs/architecture.md §3.4).
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
#include <subvention/vote/tally.hpp>

namespace subvention {

// =============================================================================================
// Rules: quorum, proxies, majority, ballot mode
// =============================================================================================

/// Which quorum and proxy rules apply on a date (« régime de quorum »).
enum class QuorumRegime {
    ordinary,         ///< CGCT L.3121-14 / L.3121-14-1 / L.3121-16
    covid_derogation, ///< one third of members in office present, two proxies per holder
};

[[nodiscard]] constexpr std::string_view to_string(QuorumRegime r) noexcept {
    return r == QuorumRegime::ordinary ? "ordinary" : "covid_derogation";
}

/// One period of the COVID-19 derogation (VOTE-COVID-DEROGATION), dates inclusive.
struct CovidDerogationPeriod {
    boost::gregorian::date first{};
    boost::gregorian::date last{};
    std::string_view source{};
    bool first_day_unconfirmed{}; ///< whether `first` itself is uncertain (entry into force)
    /// Whether the Commission permanente is covered (L.3121-14-1 among the articles derogated
    /// from); when not, its ordinary quorum and proxy rules apply.
    bool covers_commission_permanente{};
    /// Whether members represented by a proxy count towards the one-third quorum (« présents
    /// ou représentés ») rather than members present only (« est présent »).
    bool counts_represented{};
    /// Whether the period's terms (counting represented members, covering the Commission
    /// permanente) rest on secondary sources only (`Assumption::covid_quorum_represented`).
    bool terms_unconfirmed{};
};

/// The periods of the COVID-19 derogation for departmental councils and their CP: one third of
/// the members in office, two proxies per holder. docs/legal-reference.md states the regime ran
/// "from 2020" to 31 July 2022; the texts read for this table show successive wordings and two
/// gaps when the ordinary rules applied again (31 Aug – 14 Nov 2020, 1 Oct – 9 Nov 2021):
///  1. 24 Mar – 2 Apr 2020: loi 2020-290 art. 10, original wording (Légifrance
///     LEGIARTI000041747013, version of 24 Mar 2020): « le tiers de leurs membres en exercice
///     est présent » by derogation from L.3121-14 and L.3121-16 only — L.3121-14-1 is not in
///     the list, so the Commission permanente kept its ordinary quorum.
///  2. 3 Apr – 10 Jul 2020: the same article as modified by ordonnance n° 2020-391 of 1 Apr
///     2020 (JO 2 Apr 2020): members present OR REPRESENTED count (Sénat rapporteur on the bill
///     that became loi 2020-760; Charrel avocats, May 2020). The ordonnance's own text was not
///     read: counting represented members and covering the Commission permanente are
///     UNCONFIRMED (`terms_unconfirmed`).
///  3. 11 Jul – 30 Aug 2020: the wording of loi 2020-760 of 22 Jun 2020 (LEGIARTI000042026560,
///     in force 11 Jul 2020): « jusqu'au 30 août 2020 », members present only, Commission
///     permanente covered. Not re-enacted when the state of emergency returned on 17 Oct 2020
///     (Landot avocats, 19 Oct 2020). Limitation: in Mayotte the state of emergency, hence the
///     regime, lasted longer in 2020; territories are not modelled here.
///  4. 15 Nov 2020 – 30 Sep 2021: loi 2020-1379 of 14 Nov 2020 art. 6 IV (JO 15 Nov 2020),
///     extended by loi 2021-160 and loi 2021-689; end 30 Sep 2021 (AMF, Val-de-Marne
///     prefecture). Entry into force on the day of publication is UNCONFIRMED.
///  5. 10 Nov 2021 – 31 Jul 2022: loi 2021-1465 of 10 Nov 2021 art. 10 (AMF; ADM54: ordinary
///     rules again from 1 Aug 2022).
[[nodiscard]] inline const std::array<CovidDerogationPeriod, 5>& covid_derogation_periods() {
    using boost::gregorian::date;
    static const std::array<CovidDerogationPeriod, 5> periods = {{
        {date(2020, 3, 24), date(2020, 4, 2),
         "loi n° 2020-290 du 23 mars 2020, art. 10 (rédaction initiale)", false, false, false,
         false},
        {date(2020, 4, 3), date(2020, 7, 10),
         "loi n° 2020-290 du 23 mars 2020, art. 10 (rédaction de l'ordonnance n° 2020-391 du "
         "1er avril 2020)",
         false, true, true, true},
        {date(2020, 7, 11), date(2020, 8, 30),
         "loi n° 2020-290 du 23 mars 2020, art. 10 (rédaction de la loi n° 2020-760 du 22 juin "
         "2020)",
         false, true, false, false},
        {date(2020, 11, 15), date(2021, 9, 30),
         "loi n° 2020-1379 du 14 novembre 2020, art. 6 IV (prorogé par les lois n° 2021-160 et "
         "n° 2021-689)",
         true, true, false, false},
        {date(2021, 11, 10), date(2022, 7, 31), "loi n° 2021-1465 du 10 novembre 2021, art. 10",
         false, true, false, false},
    }};
    return periods;
}

/// The COVID derogation period covering `meeting_date`, if any (whatever the body).
[[nodiscard]] inline std::optional<CovidDerogationPeriod>
covid_derogation_on(boost::gregorian::date meeting_date) {
    for (const auto& p : covid_derogation_periods())
        if (meeting_date >= p.first && meeting_date <= p.last)
            return p;
    return std::nullopt;
}

/// The COVID derogation period applying to `body` on `meeting_date`, if any: none for the
/// Commission permanente in a period that does not cover it.
[[nodiscard]] inline std::optional<CovidDerogationPeriod>
covid_derogation_on(boost::gregorian::date meeting_date, Body body) {
    auto p = covid_derogation_on(meeting_date);
    if (p && body == Body::commission_permanente && !p->covers_commission_permanente)
        return std::nullopt;
    return p;
}

/// The quorum regime in force on `meeting_date` for the Conseil départemental
/// (VOTE-COVID-DEROGATION).
[[nodiscard]] inline QuorumRegime quorum_regime_on(boost::gregorian::date meeting_date) {
    return covid_derogation_on(meeting_date) ? QuorumRegime::covid_derogation
                                             : QuorumRegime::ordinary;
}

/// The quorum regime in force on `meeting_date` for `body`.
[[nodiscard]] inline QuorumRegime quorum_regime_on(boost::gregorian::date meeting_date, Body body) {
    return covid_derogation_on(meeting_date, body) ? QuorumRegime::covid_derogation
                                                   : QuorumRegime::ordinary;
}

/// The first day of CGCT L.3132-5 (interested members of the conseil départemental), created
/// by loi n° 2025-1249 of 22 December 2025, art. 32 (JORF 23 December 2025), in force 24
/// December 2025 (Seban & associés, CDG22). Before it the rule for départements is case law
/// (CE 6 June 1997 SERTIM; CE 30 July 1941 Chauvin, CE 23 April 1971 Ris-Orangis, CE 16 December
/// 1994 Oullins; CE 9 July 2003 Caisse rurale de crédit agricole mutuel de Champagne).
[[nodiscard]] inline boost::gregorian::date interested_member_statute_in_force() {
    return boost::gregorian::date(2025, 12, 24);
}

/// Whether an act dated `act_date` is governed by CGCT L.3132-5 rather than by case law.
[[nodiscard]] inline bool interested_member_statute_applies(boost::gregorian::date act_date) {
    return !act_date.is_special() && act_date >= interested_member_statute_in_force();
}

/// Absolute majority of `n` members: floor(n/2) + 1, "strictly more than half"
/// (CGCT L.3121-14 al. 1; TA Toulouse 28 June 1987 Dubrez) — VOTE-QUORUM-CD, VOTE-QUORUM-CP.
[[nodiscard]] constexpr MemberCount absolute_majority(MemberCount n) {
    return MemberCount(n.count() / 2 + 1);
}

/// One third of `n` members: ceil(n/3), the smallest head count k with 3k ≥ n
/// (« le tiers de leurs membres en exercice est présent », loi 2020-290 art. 10).
[[nodiscard]] constexpr MemberCount one_third(MemberCount n) {
    return MemberCount(n.count() / 3 + (n.count() % 3 != 0 ? 1 : 0));
}

/// Members needed for the quorum under `regime` out of `in_office` members in office.
[[nodiscard]] constexpr MemberCount quorum_threshold(QuorumRegime regime, MemberCount in_office) {
    return regime == QuorumRegime::ordinary ? absolute_majority(in_office) : one_third(in_office);
}

/// Whether members represented by a proxy count towards the ordinary quorum: only for the CP
/// (« présents ou représentés », CGCT L.3121-14-1). Not for the CD (« présents », L.3121-14;
/// members who gave a proxy are not present — TA Toulouse 1987 Dubrez). Under the COVID
/// derogation the period decides (`CovidDerogationPeriod::counts_represented`): pass `false`
/// for the periods whose text says « est présent », which replaced both articles.
[[nodiscard]] constexpr bool quorum_counts_represented(Body body, QuorumRegime regime) noexcept {
    return body == Body::commission_permanente && regime == QuorumRegime::ordinary;
}

/// Whether members represented by a proxy count towards the quorum of `body` on `meeting_date`:
/// the COVID period's wording when one applies to the body, else the ordinary rule.
[[nodiscard]] inline bool quorum_counts_represented(Body body,
                                                    boost::gregorian::date meeting_date) {
    if (const auto p = covid_derogation_on(meeting_date, body))
        return p->counts_represented;
    return quorum_counts_represented(body, QuorumRegime::ordinary);
}

/// How many delegations one member may hold: one (CGCT L.3121-16), two during the COVID
/// derogation (loi 2020-290 art. 10 and successors: « un membre […] peut être porteur de deux
/// pouvoirs » in every version read).
[[nodiscard]] constexpr MemberCount max_delegations_per_holder(QuorumRegime regime) {
    return MemberCount(regime == QuorumRegime::ordinary ? 1 : 2);
}

/// Requests needed to impose a public ballot: one sixth of the members present, ceil(p/6)
/// (CGCT L.3121-15; VOTE-BALLOT-MODE).
[[nodiscard]] constexpr MemberCount public_ballot_request_threshold(MemberCount present) {
    return MemberCount(present.count() / 6 + (present.count() % 6 != 0 ? 1 : 0));
}

/// Votes cast (« suffrages exprimés ») = pour + contre; abstentions, blank and null ballots are
/// excluded (CGCT L.3121-14 al. 3; Préfecture de l'Allier 2010 on L.2121-20) — VOTE-MAJORITY.
[[nodiscard]] inline VoteCount suffrages_exprimes(const VoteTally& t) {
    return t.pour + t.contre;
}

/// The outcome recomputed from the tally.
enum class ComputedOutcome {
    adopted,
    rejected,
    undetermined, ///< a tie on an open vote whose president's vote is unknown
};

[[nodiscard]] constexpr std::string_view to_string(ComputedOutcome o) noexcept {
    switch (o) {
    case ComputedOutcome::adopted:
        return "adopted";
    case ComputedOutcome::rejected:
        return "rejected";
    case ComputedOutcome::undetermined:
        return "undetermined";
    }
    return "undetermined";
}

/// Why the outcome is what it is.
enum class OutcomeBasis {
    majority,               ///< pour ≠ contre: majority of votes cast (L.3121-14 al. 3)
    casting_vote,           ///< tie broken by the president's vote (L.3121-15 al. 1)
    tie_president_not_pour, ///< tie, president voted contre/abstained: not adopted
    tie_no_votes_cast,      ///< 0 pour, 0 contre: nothing adopted (the president did not vote
                            ///< pour, or pour would be ≥ 1)
    secret_ballot_tie,      ///< tie in a secret ballot: rejected (UNCONFIRMED for départements)
    president_vote_unknown, ///< tie on an open vote, president's vote unknown: undetermined
};

[[nodiscard]] constexpr std::string_view to_string(OutcomeBasis b) noexcept {
    switch (b) {
    case OutcomeBasis::majority:
        return "majority";
    case OutcomeBasis::casting_vote:
        return "casting_vote";
    case OutcomeBasis::tie_president_not_pour:
        return "tie_president_not_pour";
    case OutcomeBasis::tie_no_votes_cast:
        return "tie_no_votes_cast";
    case OutcomeBasis::secret_ballot_tie:
        return "secret_ballot_tie";
    case OutcomeBasis::president_vote_unknown:
        return "president_vote_unknown";
    }
    return "majority";
}

/// A recomputed outcome with its basis.
struct OutcomeDecision {
    ComputedOutcome outcome = ComputedOutcome::undetermined;
    OutcomeBasis basis = OutcomeBasis::majority;
    friend bool operator==(const OutcomeDecision&, const OutcomeDecision&) = default;
};

/// Recomputes the outcome (VOTE-MAJORITY, VOTE-TIE): adopted iff pour > contre; on a tie the
/// president's vote is decisive (CGCT L.3121-15 al. 1): adopted iff he voted pour. The
/// departmental text has no secret-ballot exception, but prefectures treat a secret-ballot tie
/// as a rejection by analogy with L.2121-20 (communes): so does this function, and the
/// analysis reports `Assumption::secret_ballot_tie_rejected` (UNCONFIRMED for départements).
[[nodiscard]] inline OutcomeDecision decide_outcome(const VoteTally& t) noexcept {
    if (t.pour > t.contre)
        return {ComputedOutcome::adopted, OutcomeBasis::majority};
    if (t.pour < t.contre)
        return {ComputedOutcome::rejected, OutcomeBasis::majority};
    if (t.mode == VoteMode::secret_ballot)
        return {ComputedOutcome::rejected, OutcomeBasis::secret_ballot_tie};
    if (t.pour == VoteCount{})
        return {ComputedOutcome::rejected, OutcomeBasis::tie_no_votes_cast};
    if (!t.president_vote)
        return {ComputedOutcome::undetermined, OutcomeBasis::president_vote_unknown};
    if (*t.president_vote == VoteChoice::pour)
        return {ComputedOutcome::adopted, OutcomeBasis::casting_vote};
    return {ComputedOutcome::rejected, OutcomeBasis::tie_president_not_pour};
}

} // namespace subvention
