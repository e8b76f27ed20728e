// SPDX-License-Identifier: Apache-2.0
// subvention — who attended: the body, attendance statuses, deliberative voice, proxies, and the
// reading of the printed lists. Part of the vote model; <subvention/vote.hpp> includes every part
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
#include <subvention/vote/counts.hpp>
#include <subvention/vote/member.hpp>

namespace subvention {

// =============================================================================================
// Attendance
// =============================================================================================

/// The deliberating body (« organe délibérant »).
enum class Body {
    conseil_departemental, ///< the Conseil départemental in plenary session (CGCT L.3121-14)
    commission_permanente, ///< the Commission permanente (CGCT L.3121-14-1, L.3122-4)
};

/// Stable lower-case name ("commission_permanente").
[[nodiscard]] constexpr std::string_view to_string(Body b) noexcept {
    return b == Body::conseil_departemental ? "conseil_departemental" : "commission_permanente";
}

/// Attendance of one person at the meeting (« présent », « excusé », « absent »).
enum class AttendanceStatus { present, excused, absent };

[[nodiscard]] constexpr std::string_view to_string(AttendanceStatus s) noexcept {
    switch (s) {
    case AttendanceStatus::present:
        return "present";
    case AttendanceStatus::excused:
        return "excused";
    case AttendanceStatus::absent:
        return "absent";
    }
    return "absent";
}

/// Whether a listed person has a vote (« voix délibérative »). CP-NON-VOTING: persons listed
/// « sans voix délibérative » (councillors attending a CP meeting without being CP members)
/// never count for quorum, proxies or votes. Source: believed to be the département's
/// règlement intérieur (CGCT L.3121-8 requires one) — UNCONFIRMED, reported as
/// `Assumption::non_voting_persons_excluded`.
enum class DeliberativeVoice {
    with,    ///< « avec voix délibérative »: a member of the body
    without, ///< « sans voix délibérative »
};

[[nodiscard]] constexpr std::string_view to_string(DeliberativeVoice v) noexcept {
    return v == DeliberativeVoice::with ? "with" : "without";
}

/// One line of an attendance list (« feuille de présence »).
struct AttendanceEntry {
    Member member;
    AttendanceStatus status = AttendanceStatus::present;
    DeliberativeVoice voice = DeliberativeVoice::with;
    friend bool operator==(const AttendanceEntry&, const AttendanceEntry&) = default;
};

/// A vote delegation (« délégation de vote », « pouvoir »): the giver (« mandant »), prevented
/// from attending, delegates his vote to the holder (« mandataire ») — CGCT L.3121-16.
struct Proxy {
    PersonName giver;
    PersonName holder;

    /// Builds a proxy from two printed names ("M. Sébastien CHOCHOIS", "M. Ludovic PAJOT").
    [[nodiscard]] static Result<Proxy> parse(std::string_view giver, std::string_view holder) {
        auto g = PersonName::parse(giver);
        if (!g)
            return g.error();
        auto h = PersonName::parse(holder);
        if (!h)
            return h.error();
        return Proxy{std::move(g).value(), std::move(h).value()};
    }
    friend bool operator==(const Proxy&, const Proxy&) = default;
};

/// The attendance as counts (« présents : 40, excusés : 2, pouvoirs : 2 »), for software that
/// stores numbers rather than names. Counts are of members with a deliberative voice, save
/// `present_without_vote`.
struct AttendanceCounts {
    MemberCount present{}; ///< present with a deliberative voice, interested members included
    MemberCount excused{};
    MemberCount absent{};
    MemberCount proxies{};              ///< delegations recorded (CGCT L.3121-16)
    MemberCount interested{};           ///< present members interested in the item, who do not vote
    MemberCount present_without_vote{}; ///< persons present « sans voix délibérative »
    /// Members in office (« membres en exercice »); nullopt: present + excused + absent, an
    /// assumption the analysis states.
    std::optional<MemberCount> members_in_office{};
    friend bool operator==(const AttendanceCounts&, const AttendanceCounts&) = default;
};

/// Who attended the meeting for the item, as the act records it (« conditions de présence »):
/// named lists, counts, or both (the analysis then compares them).
struct Attendance {
    /// The body that met.
    Body body = Body::commission_permanente;
    /// Every person listed, in the order printed (present list, then excused, …).
    std::vector<AttendanceEntry> entries{};
    /// Delegations recorded by the act. nullopt: the act records no « pouvoirs » at all (their
    /// number is then unknown and bounded, see `Assumption::unrecorded_proxies_bounded`);
    /// an empty vector: the act states there were none.
    std::optional<std::vector<Proxy>> proxies{};
    /// Members declared « intéressé(e) à l'affaire », who take part neither in the debate nor in
    /// the vote on this item (COI-ILLEGALITY, COI-QUORUM).
    std::vector<PersonName> interested{};
    /// The president of the meeting (« président de séance »), whose vote is decisive on a tie
    /// (CGCT L.3121-15 al. 1), if named.
    std::optional<PersonName> president{};
    /// The attendance as counts. When set, the vote analysis counts with it (named lists, if
    /// any, are still checked, and compared with the counts); nullopt: counted from the lists.
    std::optional<AttendanceCounts> counts{};
    friend bool operator==(const Attendance&, const Attendance&) = default;
};

namespace detail {
[[nodiscard]] inline Error in_list(Error e, std::string_view field, std::string_view item,
                                   std::size_t position) {
    e.message = "élément n°" + std::to_string(position) + " : " + e.message;
    e.field = std::string(field);
    e.value = std::string(item);
    return e;
}
} // namespace detail

/// Parses an attendance list as printed, comma separated, possibly across lines and ending with
/// a full stop: "M. Jean-Claude LEROY, Mme Mireille HINGREZ-CÉRÉDA, M. Daniel⏎MACIEJASZ, …".
/// A final « et » before a civility also separates ("M. X et Mme Y"); « néant » is an empty
/// list. The order is kept. `field` names the list in errors ("présents", "excusés").
[[nodiscard]] inline Result<std::vector<Member>>
parse_member_list(std::string_view printed, std::string_view field = "liste des membres") {
    namespace tx = detail::text;
    const auto whole = tx::tidy(printed, tx::TidyMode::text);
    if (!whole)
        return make_error(ErrorKind::format, field, printed, "texte UTF-8 invalide");
    std::string_view list = *whole;
    while (!list.empty() &&
           (list.back() == '.' || list.back() == ',' || list.back() == ';' || list.back() == ' '))
        list.remove_suffix(1);
    if (list.empty())
        return make_error(ErrorKind::empty, field, printed, "liste vide");
    if (tx::fold_key(list) == "NEANT")
        return std::vector<Member>{};
    std::vector<Member> out;
    std::size_t position = 0;
    std::size_t start = 0;
    while (start <= list.size()) {
        const auto comma = list.find_first_of(",;", start);
        const auto stop = comma == std::string_view::npos ? list.size() : comma;
        const auto item = tx::tidy(list.substr(start, stop - start), tx::TidyMode::name);
        ++position;
        if (!item || item->empty())
            return make_error(ErrorKind::format, field, printed,
                              "élément n°" + std::to_string(position) +
                                  " vide (deux séparateurs consécutifs ?)");
        // Split "M. X et Mme Y" at « et » followed by a civility.
        const auto ws = tx::words(*item);
        std::size_t from = 0;
        for (std::size_t k = 0; k <= ws.size(); ++k) {
            const bool boundary =
                k == ws.size() || (k + 1 < ws.size() && k > from && tx::fold_key(ws[k]) == "ET" &&
                                   detail::civility_of(ws[k + 1]));
            if (!boundary)
                continue;
            const std::string one = tx::join(ws, from, k);
            auto m = Member::parse_printed(one);
            if (!m)
                return detail::in_list(m.error(), field, one, position);
            out.push_back(std::move(m).value());
            from = k + 1;
        }
        if (comma == std::string_view::npos)
            break;
        start = comma + 1;
    }
    return out;
}

/// The attendance block of an act as printed, list by list (empty view: list not printed).
/// Names the act gives outside the lists (interested members, proxies, president) are
/// printed names too. Convenient to build a dossier in code from the text of the act.
struct PrintedAttendance {
    Body body = Body::commission_permanente;
    std::string_view present{};               ///< « Étaient présents : »
    std::string_view excused{};               ///< « Excusé(s) : »
    std::string_view absent{};                ///< « Absent(s) : »
    std::string_view present_without_voice{}; ///< « Assistant également sans voix délibérative : »
    std::string_view excused_without_voice{};   ///< « Excusé(s) sans voix délibérative : »
    std::string_view absent_without_voice{};    ///< « Absent(s) sans voix délibérative : »
    std::vector<std::string_view> interested{}; ///< « … intéressé(e) à l'affaire … »
    /// (giver, holder) pairs; nullopt when the act records no proxies (see `Attendance`).
    std::optional<std::vector<std::pair<std::string_view, std::string_view>>> proxies{};
    std::string_view president{}; ///< « Présidence de … » (empty: not named)
};

/// Builds an `Attendance` from the printed lists; the first error met is returned.
[[nodiscard]] inline Result<Attendance> parse_attendance(const PrintedAttendance& p) {
    Attendance a;
    a.body = p.body;
    const std::array<
        std::tuple<std::string_view, std::string_view, AttendanceStatus, DeliberativeVoice>, 6>
        lists = {{{p.present, "présents", AttendanceStatus::present, DeliberativeVoice::with},
                  {p.excused, "excusés", AttendanceStatus::excused, DeliberativeVoice::with},
                  {p.absent, "absents", AttendanceStatus::absent, DeliberativeVoice::with},
                  {p.present_without_voice, "présents sans voix délibérative",
                   AttendanceStatus::present, DeliberativeVoice::without},
                  {p.excused_without_voice, "excusés sans voix délibérative",
                   AttendanceStatus::excused, DeliberativeVoice::without},
                  {p.absent_without_voice, "absents sans voix délibérative",
                   AttendanceStatus::absent, DeliberativeVoice::without}}};
    for (const auto& [text, field, status, voice] : lists) {
        if (text.empty())
            continue;
        auto members = parse_member_list(text, field);
        if (!members)
            return members.error();
        for (auto& m : std::move(members).value())
            a.entries.push_back(AttendanceEntry{std::move(m), status, voice});
    }
    for (const auto text : p.interested) {
        auto n = PersonName::parse(text);
        if (!n)
            return n.error();
        a.interested.push_back(std::move(n).value());
    }
    if (p.proxies) {
        a.proxies.emplace();
        for (const auto& [giver, holder] : *p.proxies) {
            auto px = Proxy::parse(giver, holder);
            if (!px)
                return px.error();
            a.proxies->push_back(std::move(px).value());
        }
    }
    if (!p.president.empty()) {
        auto n = PersonName::parse(p.president);
        if (!n)
            return n.error();
        a.president = std::move(n).value();
    }
    return a;
}

} // namespace subvention
