// SPDX-License-Identifier: Apache-2.0
// subvention — the assembly vote: members, attendance, proxies, tally, quorum and majority.
//
// docs/architecture.md §3.4 (binding): votes are recomputed, not trusted. The tally a deliberation
// prints is checked against who could vote — members present with a deliberative voice, minus
// those interested in the item, plus proxies held (one per holder) — and the outcome (quorum,
// majority of votes cast, president's casting vote on a tie) is recomputed and compared with
// the outcome the act states. `analyse()` returns every computed number and typed findings
// (`VoteFinding`) carrying the facts as named values and the persons concerned; the compliance
// checker turns them into diagnostics with stable IDs.
//
// Rule IDs in comments (VOTE-QUORUM-CP, COI-PROXY…) refer to docs docs/legal-reference.md §1 and
// §2. Assumptions the law does not settle are explicit inputs or are reported in
// `VoteAnalysis::assumptions` / `VoteFinding::assumptions` (see `Assumption`).
//
// The meeting date is a `boost::gregorian::date` — the type `subvention::Date` of date.hpp.
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

#include <subvention/detail/vote_text.hpp>
#include <subvention/export.hpp>
#include <subvention/result.hpp>

namespace subvention {

// =============================================================================================
// Counts
// =============================================================================================

namespace detail {
struct MembersTag {};
struct VotesTag {};

/// A non-negative count distinct per tag (members are not votes). Arithmetic is checked:
/// a negative value or a negative difference is misuse (std::domain_error / invalid_argument),
/// a sum beyond int32 is std::overflow_error.
template <class Tag>
class NonNegativeCount {
public:
    /// Largest value `parse` accepts: no French assembly comes near it, so a larger printed
    /// number is a typo or an extraction error, reported as `ErrorKind::range`.
    static constexpr std::int32_t max_parsed = 1'000'000;

    constexpr NonNegativeCount() noexcept = default;
    /// Throws std::invalid_argument when `n` is negative.
    constexpr explicit NonNegativeCount(std::int32_t n)
        : n_(n) {
        if (n < 0)
            throw std::invalid_argument("subvention: un effectif ne peut pas être négatif");
    }
    [[nodiscard]] constexpr std::int32_t count() const noexcept { return n_; }

    friend constexpr auto operator<=>(NonNegativeCount, NonNegativeCount) noexcept = default;

    friend constexpr NonNegativeCount operator+(NonNegativeCount a, NonNegativeCount b) {
        if (a.n_ > std::numeric_limits<std::int32_t>::max() - b.n_)
            throw std::overflow_error("subvention: dépassement de capacité d'un effectif");
        return NonNegativeCount(a.n_ + b.n_);
    }
    /// Difference; throws std::domain_error when `b > a` (a count cannot go negative).
    friend constexpr NonNegativeCount operator-(NonNegativeCount a, NonNegativeCount b) {
        if (b.n_ > a.n_)
            throw std::domain_error("subvention: différence d'effectifs négative");
        return NonNegativeCount(a.n_ - b.n_);
    }
    constexpr NonNegativeCount& operator+=(NonNegativeCount b) { return *this = *this + b; }

    [[nodiscard]] std::string to_string() const { return std::to_string(n_); }

    /// Parses decimal digits (surrounding spaces allowed): "41", " 0 ".
    static Result<NonNegativeCount> parse(std::string_view text, std::string_view field) {
        const auto t = vote_text::tidy(text, vote_text::TidyMode::text);
        if (!t)
            return make_error(ErrorKind::format, field, text, "texte UTF-8 invalide");
        if (t->empty())
            return make_error(ErrorKind::empty, field, text, "nombre absent");
        std::int64_t v = 0;
        for (const char ch : *t) {
            if (ch < '0' || ch > '9')
                return make_error(ErrorKind::format, field, text,
                                  "seuls des chiffres sont attendus");
            v = v * 10 + (ch - '0');
            if (v > max_parsed)
                return make_error(ErrorKind::range, field, text,
                                  "nombre invraisemblable (plus de 1 000 000)");
        }
        return NonNegativeCount(static_cast<std::int32_t>(v));
    }

private:
    std::int32_t n_ = 0;
};
} // namespace detail

/// A number of members (« nombre de membres »): in office, present, represented, quorum.
using MemberCount = detail::NonNegativeCount<detail::MembersTag>;
/// A number of votes (« nombre de voix ») in a tally.
using VoteCount = detail::NonNegativeCount<detail::VotesTag>;

/// One member, one vote: a head count as a number of votes (a member present votes once;
/// a holder's delegation adds one more — CGCT L.3121-16).
[[nodiscard]] constexpr VoteCount to_votes(MemberCount m) {
    return VoteCount(m.count());
}

// =============================================================================================
// Persons
// =============================================================================================

/// Civility as printed before a name (« civilité »): "M." or "Mme".
enum class Civility {
    monsieur, ///< « M. », « Monsieur »
    madame, ///< « Mme », « Madame » (also « Mlle » and « Mademoiselle », read as Madame: the
            ///< Prime Minister's circular of 21 Feb 2012 dropped « Mademoiselle » in
            ///< administrative documents)
};

/// "M." or "Mme", as the lists print them.
[[nodiscard]] constexpr std::string_view to_string(Civility c) noexcept {
    return c == Civility::monsieur ? "M." : "Mme";
}

namespace detail {
/// Civility word ("M.", "Mme", "Madame", "MONSIEUR"…) or nullopt.
[[nodiscard]] inline std::optional<Civility> civility_of(std::string_view word) {
    auto key = vote_text::fold_key(word);
    if (!key)
        return std::nullopt;
    while (!key->empty() && key->back() == '.')
        key->pop_back();
    if (*key == "M" || *key == "MONSIEUR")
        return Civility::monsieur;
    if (*key == "MME" || *key == "MADAME" || *key == "MLLE" || *key == "MADEMOISELLE")
        return Civility::madame;
    return std::nullopt;
}
} // namespace detail

/// A reference to a person by name as printed anywhere in an act (« nom tel qu'imprimé »):
/// "Madame Sylvie MEYFROIDT", "MONSIEUR JEAN-CLAUDE LEROY", "Sylvie MEYFROIDT". The civility
/// is optional and ignored for matching. Two names are equal when their keys are equal: the
/// key ignores spacing, case, accents and the difference between hyphen and space, so
/// "Laurent  DUPORGE", "laurent duporge" and "Laurent DUPORGÉ" are the same person.
/// Used for proxies, interested members and the president, who are named outside the lists.
class PersonName {
public:
    /// Parses a printed name; fails on invalid UTF-8, an empty name or a civility alone.
    [[nodiscard]] static Result<PersonName> parse(std::string_view printed) {
        constexpr std::string_view field = "nom";
        const auto t = detail::vote_text::tidy(printed, detail::vote_text::TidyMode::name);
        if (!t)
            return make_error(ErrorKind::format, field, printed, "texte UTF-8 invalide");
        if (t->empty())
            return make_error(ErrorKind::empty, field, printed, "nom absent");
        const auto ws = detail::vote_text::words(*t);
        std::size_t first = 0;
        PersonName n;
        if (const auto civ = detail::civility_of(ws.front())) {
            n.civility_ = civ;
            first = 1;
        }
        const std::string rest = detail::vote_text::join(ws, first, ws.size());
        if (rest.empty())
            return make_error(ErrorKind::component, field, printed,
                              "la civilité n'est suivie d'aucun nom");
        if (!detail::vote_text::has_letter(rest))
            return make_error(ErrorKind::format, field, printed,
                              "le nom ne contient aucune lettre");
        n.printed_ = *t;
        n.key_ = *detail::vote_text::fold_key(rest);
        return n;
    }

    /// The name as printed, whitespace normalised ("Madame Sylvie MEYFROIDT").
    [[nodiscard]] const std::string& printed() const noexcept { return printed_; }
    /// Matching key: civility dropped, accents and case folded ("SYLVIE MEYFROIDT").
    [[nodiscard]] const std::string& key() const noexcept { return key_; }
    /// The civility if one was printed.
    [[nodiscard]] std::optional<Civility> civility() const noexcept { return civility_; }

    friend bool operator==(const PersonName& a, const PersonName& b) noexcept {
        return a.key_ == b.key_;
    }
    friend std::strong_ordering operator<=>(const PersonName& a, const PersonName& b) noexcept {
        return a.key_ <=> b.key_;
    }

private:
    friend class Member;
    PersonName() = default;
    std::string printed_;
    std::string key_;
    std::optional<Civility> civility_;
};

/// A member of the assembly as printed in an attendance list (« conseiller départemental »):
/// civility, first name and last name as printed, optional political group.
///
/// Decision on spacing: names are stored whitespace-normalised (the double spaces of the seed,
/// "Laurent  DUPORGE", are PDF-extraction artefacts, and a line break after a hyphen,
/// "Jean-⏎Louis", is removed: "Jean-Louis"); case and accents are kept as printed.
/// Matching uses `key()`, which also folds case and accents.
class Member {
public:
    /// Throws `ParseFailure` when a name is empty, has no letter or is not valid UTF-8
    /// (for code that already knows the names; use `parse_printed` for text).
    Member(Civility civility, std::string_view first_name, std::string_view last_name,
           std::optional<std::string> group = std::nullopt)
        : civility_(civility)
        , group_(std::move(group)) {
        first_ = tidy_part(first_name, "prénom");
        last_ = tidy_part(last_name, "nom de famille");
        key_ = *detail::vote_text::fold_key(first_ + " " + last_);
    }

    /// Parses "Mme Sylvie MEYFROIDT", "M.  André  KUCHCINSKI", "Mme Mireille HINGREZ-CÉRÉDA",
    /// "M. Jean de LA FONTAINE". The last name is the trailing run of words written in capitals
    /// (with lower-case particles de, du, des, d', le, la, van, von… just before it); the first
    /// name is everything between the civility and the last name. Rejected: no civility,
    /// no first name, a first name after the last name, and an all-capitals name of several
    /// words (first and last names cannot be told apart: `ErrorKind::ambiguous`).
    [[nodiscard]] static Result<Member> parse_printed(std::string_view printed) {
        namespace vt = detail::vote_text;
        constexpr std::string_view field = "membre";
        const auto t = vt::tidy(printed, vt::TidyMode::name);
        if (!t)
            return make_error(ErrorKind::format, field, printed, "texte UTF-8 invalide");
        if (t->empty())
            return make_error(ErrorKind::empty, field, printed, "nom absent");
        const auto ws = vt::words(*t);
        const auto civ = detail::civility_of(ws.front());
        if (!civ)
            return make_error(ErrorKind::component, field, printed,
                              "civilité absente (« M. » ou « Mme » attendu en tête)");
        if (ws.size() < 2)
            return make_error(ErrorKind::component, field, printed,
                              "la civilité n'est suivie d'aucun nom");
        // First word of the last name: first capitals word, extended back over particles.
        std::size_t last_start = ws.size();
        for (std::size_t k = 1; k < ws.size(); ++k) {
            if (is_surname_word(ws[k])) {
                last_start = k;
                break;
            }
        }
        if (last_start == ws.size())
            return make_error(ErrorKind::format, field, printed,
                              "nom de famille en majuscules introuvable");
        while (last_start > 1 && is_particle(ws[last_start - 1]))
            --last_start;
        for (std::size_t k = last_start; k < ws.size(); ++k) {
            if (!is_surname_word(ws[k]) && !is_particle(ws[k]))
                return make_error(ErrorKind::format, field, printed,
                                  "mot en minuscules après le nom de famille (« " +
                                      std::string(ws[k]) +
                                      " ») : l'ordre attendu est civilité, prénom, NOM");
        }
        if (last_start == 1) {
            if (ws.size() > 2)
                return make_error(ErrorKind::ambiguous, field, printed,
                                  "tout est en majuscules : prénom et nom indiscernables");
            return make_error(ErrorKind::component, field, printed, "prénom absent");
        }
        const std::string first = vt::join(ws, 1, last_start);
        if (!vt::has_letter(first))
            return make_error(ErrorKind::format, field, printed,
                              "le prénom ne contient aucune lettre");
        return Member(*civ, first, vt::join(ws, last_start, ws.size()));
    }

    [[nodiscard]] Civility civility() const noexcept { return civility_; }
    /// First name as printed, whitespace normalised ("Jean-Claude").
    [[nodiscard]] const std::string& first_name() const noexcept { return first_; }
    /// Last name as printed, whitespace normalised ("HINGREZ-CÉRÉDA").
    [[nodiscard]] const std::string& last_name() const noexcept { return last_; }
    /// Political group (« groupe politique »), when known.
    [[nodiscard]] const std::optional<std::string>& group() const noexcept { return group_; }
    /// Copy with a political group.
    [[nodiscard]] Member with_group(std::string group) const {
        Member m = *this;
        m.group_ = std::move(group);
        return m;
    }

    /// "Mme Sylvie MEYFROIDT".
    [[nodiscard]] std::string printed() const {
        return std::string(to_string(civility_)) + " " + first_ + " " + last_;
    }
    /// Matching key ("SYLVIE MEYFROIDT"), equal to `PersonName::key()` for the same person.
    [[nodiscard]] const std::string& key() const noexcept { return key_; }
    /// The member's name as a `PersonName` (for findings and references).
    [[nodiscard]] PersonName name() const {
        PersonName n;
        n.printed_ = printed();
        n.key_ = key_;
        n.civility_ = civility_;
        return n;
    }

    friend bool operator==(const Member&, const Member&) = default;

private:
    static std::string tidy_part(std::string_view part, std::string_view field) {
        const auto t = detail::vote_text::tidy(part, detail::vote_text::TidyMode::name);
        if (!t)
            throw ParseFailure(make_error(ErrorKind::format, field, part, "texte UTF-8 invalide"));
        if (!detail::vote_text::has_letter(*t))
            throw ParseFailure(make_error(ErrorKind::empty, field, part, "aucune lettre"));
        return *t;
    }
    static bool is_surname_word(std::string_view w) {
        // An initial ("J.-C.") belongs to the first name even though it is in capitals.
        return !w.empty() && w.back() != '.' && detail::vote_text::is_upper_word(w);
    }
    static bool is_particle(std::string_view w) {
        static constexpr std::array<std::string_view, 19> particles = {
            "de",  "du",  "des", "d'", "d’",  "le",  "la",  "les", "van", "von",
            "der", "den", "di",  "da", "del", "dos", "das", "ten", "ter"};
        return std::find(particles.begin(), particles.end(), w) != particles.end();
    }

    Civility civility_;
    std::string first_;
    std::string last_;
    std::optional<std::string> group_;
    std::string key_;
};

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

/// Who attended the meeting for the item, as the act records it (« conditions de présence »).
struct Attendance {
    /// The body that met.
    Body body = Body::commission_permanente;
    /// Every person listed, in the order printed (present list, then excused, …).
    std::vector<AttendanceEntry> entries;
    /// Delegations recorded by the act. nullopt: the act records no « pouvoirs » at all (their
    /// number is then unknown and bounded, see `Assumption::unrecorded_proxies_bounded`);
    /// an empty vector: the act states there were none.
    std::optional<std::vector<Proxy>> proxies;
    /// Members declared « intéressé(e) à l'affaire », who take part neither in the debate nor in
    /// the vote on this item (COI-ILLEGALITY, COI-QUORUM).
    std::vector<PersonName> interested;
    /// The president of the meeting (« président de séance »), whose vote is decisive on a tie
    /// (CGCT L.3121-15 al. 1), if named.
    std::optional<PersonName> president;
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
    namespace vt = detail::vote_text;
    const auto whole = vt::tidy(printed, vt::TidyMode::text);
    if (!whole)
        return make_error(ErrorKind::format, field, printed, "texte UTF-8 invalide");
    std::string_view list = *whole;
    while (!list.empty() &&
           (list.back() == '.' || list.back() == ',' || list.back() == ';' || list.back() == ' '))
        list.remove_suffix(1);
    if (list.empty())
        return make_error(ErrorKind::empty, field, printed, "liste vide");
    if (vt::fold_key(list) == "NEANT")
        return std::vector<Member>{};
    std::vector<Member> out;
    std::size_t position = 0;
    std::size_t start = 0;
    while (start <= list.size()) {
        const auto comma = list.find_first_of(",;", start);
        const auto stop = comma == std::string_view::npos ? list.size() : comma;
        const auto item = vt::tidy(list.substr(start, stop - start), vt::TidyMode::name);
        ++position;
        if (!item || item->empty())
            return make_error(ErrorKind::format, field, printed,
                              "élément n°" + std::to_string(position) +
                                  " vide (deux séparateurs consécutifs ?)");
        // Split "M. X et Mme Y" at « et » followed by a civility.
        const auto ws = vt::words(*item);
        std::size_t from = 0;
        for (std::size_t k = 0; k <= ws.size(); ++k) {
            const bool boundary =
                k == ws.size() || (k + 1 < ws.size() && k > from && vt::fold_key(ws[k]) == "ET" &&
                                   detail::civility_of(ws[k + 1]));
            if (!boundary)
                continue;
            const std::string one = vt::join(ws, from, k);
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
    std::string_view present;               ///< « Étaient présents : »
    std::string_view excused;               ///< « Excusé(s) : »
    std::string_view absent;                ///< « Absent(s) : »
    std::string_view present_without_voice; ///< « Assistant également sans voix délibérative : »
    std::string_view excused_without_voice;   ///< « Excusé(s) sans voix délibérative : »
    std::string_view absent_without_voice;    ///< « Absent(s) sans voix délibérative : »
    std::vector<std::string_view> interested; ///< « … intéressé(e) à l'affaire … »
    /// (giver, holder) pairs; nullopt when the act records no proxies (see `Attendance`).
    std::optional<std::vector<std::pair<std::string_view, std::string_view>>> proxies;
    std::string_view president; ///< « Présidence de … » (empty: not named)
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

// =============================================================================================
// Tally
// =============================================================================================

/// How the vote was taken (« mode de scrutin »).
enum class VoteMode {
    show_of_hands, ///< « à main levée » — the ordinary mode, assumed when the act says nothing
    public_ballot, ///< « scrutin public » (roll call, names in the minutes; mandatory when one
                   ///< sixth of the members present ask for it — CGCT L.3121-15)
    secret_ballot, ///< « scrutin secret »
};

[[nodiscard]] constexpr std::string_view to_string(VoteMode m) noexcept {
    switch (m) {
    case VoteMode::show_of_hands:
        return "show_of_hands";
    case VoteMode::public_ballot:
        return "public_ballot";
    case VoteMode::secret_ballot:
        return "secret_ballot";
    }
    return "show_of_hands";
}

/// A column of the tally / the way one member voted (« sens du vote »).
enum class VoteChoice {
    pour,              ///< « pour »
    contre,            ///< « contre »
    abstention,        ///< « abstention »
    ne_prend_pas_part, ///< « ne prend pas part au vote »
    blanc,             ///< « bulletin blanc » (secret ballot)
    nul,               ///< « bulletin nul » (secret ballot)
};

[[nodiscard]] constexpr std::string_view to_string(VoteChoice c) noexcept {
    switch (c) {
    case VoteChoice::pour:
        return "pour";
    case VoteChoice::contre:
        return "contre";
    case VoteChoice::abstention:
        return "abstention";
    case VoteChoice::ne_prend_pas_part:
        return "ne_prend_pas_part";
    case VoteChoice::blanc:
        return "blanc";
    case VoteChoice::nul:
        return "nul";
    }
    return "pour";
}

/// Which political group voted which way (« ventilation par groupe »), as printed:
/// "Pour : 41 voix (Groupe Socialiste, Républicain et Citoyen ; …)". The count per group is
/// known only when the act prints it ("Groupe X : 12").
struct GroupBreakdown {
    VoteChoice choice = VoteChoice::pour;
    std::string group;
    std::optional<VoteCount> count;
    friend bool operator==(const GroupBreakdown&, const GroupBreakdown&) = default;
};

/// The vote as the act prints it (« conditions de vote »). Optional columns distinguish
/// "not printed" from "printed as 0".
struct VoteTally {
    VoteCount pour;                             ///< « Pour »
    VoteCount contre;                           ///< « Contre »
    std::optional<VoteCount> abstention;        ///< « Abstention(s) »
    std::optional<VoteCount> ne_prend_pas_part; ///< « Ne prend pas part au vote »
    std::optional<VoteCount> blancs;            ///< « Bulletins blancs »
    std::optional<VoteCount> nuls;              ///< « Bulletins nuls »
    /// Groups per column, in print order.
    std::vector<GroupBreakdown> breakdown;
    /// How the vote was taken; acts rarely say, the default is the ordinary show of hands.
    VoteMode mode = VoteMode::show_of_hands;
    /// How the president voted, when known (needed only to break a tie, CGCT L.3121-15).
    std::optional<VoteChoice> president_vote;

    /// The printed value of a column (absent optional columns are 0).
    [[nodiscard]] VoteCount column(VoteChoice c) const noexcept {
        switch (c) {
        case VoteChoice::pour:
            return pour;
        case VoteChoice::contre:
            return contre;
        case VoteChoice::abstention:
            return abstention.value_or(VoteCount{});
        case VoteChoice::ne_prend_pas_part:
            return ne_prend_pas_part.value_or(VoteCount{});
        case VoteChoice::blanc:
            return blancs.value_or(VoteCount{});
        case VoteChoice::nul:
            return nuls.value_or(VoteCount{});
        }
        return VoteCount{};
    }
    friend bool operator==(const VoteTally&, const VoteTally&) = default;
};

namespace detail {
[[nodiscard]] inline std::optional<VoteChoice> tally_label(const std::string& key) {
    auto starts = [&](std::string_view p) { return key.rfind(p, 0) == 0; };
    if (key == "POUR")
        return VoteChoice::pour;
    if (key == "CONTRE")
        return VoteChoice::contre;
    if (key == "ABSTENTION" || key == "ABSTENTIONS")
        return VoteChoice::abstention;
    if (starts("NE PREND PAS PART") || starts("NE PRENNENT PAS PART") ||
        starts("N'A PAS PRIS PART") || starts("N'ONT PAS PRIS PART") ||
        starts("NE PARTICIPE PAS") || starts("NE PARTICIPENT PAS"))
        return VoteChoice::ne_prend_pas_part;
    if (key == "BLANC" || key == "BLANCS" || key == "BULLETIN BLANC" || key == "BULLETINS BLANCS" ||
        key == "VOTE BLANC" || key == "VOTES BLANCS")
        return VoteChoice::blanc;
    if (key == "NUL" || key == "NULS" || key == "BULLETIN NUL" || key == "BULLETINS NULS" ||
        key == "VOTE NUL" || key == "VOTES NULS")
        return VoteChoice::nul;
    return std::nullopt;
}

/// Whether a parenthesised text is an outcome (« (Adopté) ») rather than a list of groups.
[[nodiscard]] inline bool looks_like_outcome(std::string_view text) {
    const auto key = vote_text::fold_key(text);
    if (!key)
        return false;
    const auto ws = vote_text::words(*key);
    if (ws.empty())
        return false;
    const auto w = ws[0] == "NON" && ws.size() > 1 ? ws[1] : ws[0];
    return w.rfind("ADOPTE", 0) == 0 || w.rfind("REJETE", 0) == 0;
}
} // namespace detail

/// Parses the vote block as printed:
///   "Pour : 41 voix (Groupe Socialiste, Républicain et Citoyen ; Groupe Communiste et
///    Républicain ; … ; Non-inscrit)⏎Contre : 0 voix⏎Abstention : 1 voix (Groupe Union pour le
///    Pas-de-Calais)"
/// Labels are matched regardless of case and accents (Pour, Contre, Abstention(s), Ne prend pas
/// part (au vote), Bulletins blancs, Bulletins nuls); "voix" after the number is optional;
/// groups in parentheses are separated by « ; » (group names contain commas) and may carry a
/// count ("Groupe X : 12"). « Pour » and « Contre » are required; « Adopté à l'unanimité »
/// without numbers is not a tally (error). Mode and president's vote are left at their
/// defaults: the caller sets them.
[[nodiscard]] inline Result<VoteTally> parse_vote_tally(std::string_view printed) {
    namespace vt = detail::vote_text;
    constexpr std::string_view field = "conditions de vote";
    const auto t = vt::tidy(printed, vt::TidyMode::text);
    if (!t)
        return make_error(ErrorKind::format, field, printed, "texte UTF-8 invalide");
    const std::string_view s = *t;
    if (s.empty())
        return make_error(ErrorKind::empty, field, printed, "aucun décompte");
    VoteTally tally;
    std::array<bool, 6> seen{};
    std::size_t pos = 0;
    auto skip_spaces = [&] {
        while (pos < s.size() && s[pos] == ' ')
            ++pos;
    };
    while (true) {
        skip_spaces();
        if (pos >= s.size())
            break;
        const auto colon = s.find(':', pos);
        if (colon == std::string_view::npos)
            return make_error(ErrorKind::format, field, s.substr(pos),
                              "« libellé : nombre » attendu");
        const auto label_text = s.substr(pos, colon - pos);
        const auto label = detail::tally_label(vt::fold_key(label_text).value_or(""));
        if (!label)
            return make_error(ErrorKind::component, field, label_text,
                              "libellé de vote inconnu (Pour, Contre, Abstention, Ne prend pas "
                              "part, Blancs, Nuls attendus)");
        const auto idx = static_cast<std::size_t>(*label);
        if (seen[idx])
            return make_error(ErrorKind::ambiguous, field, label_text,
                              "libellé présent deux fois dans le décompte");
        seen[idx] = true;
        pos = colon + 1;
        skip_spaces();
        const auto digits_end = s.find_first_not_of("0123456789", pos);
        const auto dend = digits_end == std::string_view::npos ? s.size() : digits_end;
        if (dend == pos)
            return make_error(ErrorKind::format, field, s.substr(pos, s.find(' ', pos) - pos),
                              "nombre de voix attendu après « " + std::string(label_text) + " : »");
        auto count = VoteCount::parse(s.substr(pos, dend - pos), field);
        if (!count)
            return count.error();
        pos = dend;
        skip_spaces();
        for (const std::string_view unit : {"voix", "votes", "vote"}) {
            if (pos + unit.size() <= s.size()) {
                const auto w = vt::fold_key(s.substr(pos, unit.size()));
                const bool word_end = pos + unit.size() == s.size() ||
                                      s[pos + unit.size()] == ' ' || s[pos + unit.size()] == '(';
                if (w && word_end && *w == vt::fold_key(unit)) {
                    pos += unit.size();
                    break;
                }
            }
        }
        skip_spaces();
        if (pos < s.size() && s[pos] == '(') {
            const auto close = s.find(')', pos);
            if (close == std::string_view::npos)
                return make_error(ErrorKind::format, field, s.substr(pos), "parenthèse non fermée");
            const auto inner = s.substr(pos + 1, close - pos - 1);
            if (detail::looks_like_outcome(inner))
                return make_error(ErrorKind::format, field, s.substr(pos, close + 1 - pos),
                                  "résultat du vote mêlé au décompte : le lire avec "
                                  "parse_stated_outcome");
            std::size_t g = 0;
            while (g <= inner.size()) {
                const auto semi = inner.find(';', g);
                const auto gstop = semi == std::string_view::npos ? inner.size() : semi;
                std::string name = *vt::tidy(inner.substr(g, gstop - g), vt::TidyMode::text);
                if (name.empty())
                    return make_error(ErrorKind::format, field, inner,
                                      "nom de groupe vide dans la ventilation");
                std::optional<VoteCount> gcount;
                if (const auto c = name.rfind(':'); c != std::string::npos) {
                    std::string num = *vt::tidy(name.substr(c + 1), vt::TidyMode::text);
                    const auto w = vt::words(num);
                    if (w.size() == 2 && vt::fold_key(w[1]) == "VOIX")
                        num = std::string(w[0]);
                    auto gc = VoteCount::parse(num, field);
                    if (!gc)
                        return make_error(ErrorKind::format, field, name,
                                          "nombre de voix du groupe illisible");
                    gcount = gc.value();
                    name = *vt::tidy(std::string_view(name).substr(0, c), vt::TidyMode::text);
                    if (name.empty())
                        return make_error(ErrorKind::format, field, inner,
                                          "nom de groupe vide dans la ventilation");
                }
                tally.breakdown.push_back(GroupBreakdown{*label, std::move(name), gcount});
                if (semi == std::string_view::npos)
                    break;
                g = semi + 1;
            }
            pos = close + 1;
        }
        switch (*label) {
        case VoteChoice::pour:
            tally.pour = count.value();
            break;
        case VoteChoice::contre:
            tally.contre = count.value();
            break;
        case VoteChoice::abstention:
            tally.abstention = count.value();
            break;
        case VoteChoice::ne_prend_pas_part:
            tally.ne_prend_pas_part = count.value();
            break;
        case VoteChoice::blanc:
            tally.blancs = count.value();
            break;
        case VoteChoice::nul:
            tally.nuls = count.value();
            break;
        }
        skip_spaces();
        if (pos < s.size() && (s[pos] == ',' || s[pos] == ';' || s[pos] == '.'))
            ++pos;
    }
    if (!seen[static_cast<std::size_t>(VoteChoice::pour)])
        return make_error(ErrorKind::component, field, printed, "ligne « Pour » absente");
    if (!seen[static_cast<std::size_t>(VoteChoice::contre)])
        return make_error(ErrorKind::component, field, printed, "ligne « Contre » absente");
    return tally;
}

/// The outcome the act states (« Adopté », « Rejeté »), or that it states none.
enum class StatedOutcome { adopted, rejected, unknown };

[[nodiscard]] constexpr std::string_view to_string(StatedOutcome o) noexcept {
    switch (o) {
    case StatedOutcome::adopted:
        return "adopted";
    case StatedOutcome::rejected:
        return "rejected";
    case StatedOutcome::unknown:
        return "unknown";
    }
    return "unknown";
}

/// Parses "(Adopté)", "ADOPTÉE", "Adopté à l'unanimité", "Rejeté", "Non adopté".
[[nodiscard]] inline Result<StatedOutcome> parse_stated_outcome(std::string_view printed) {
    namespace vt = detail::vote_text;
    constexpr std::string_view field = "résultat du vote";
    auto key = vt::fold_key(printed);
    if (!key)
        return make_error(ErrorKind::format, field, printed, "texte UTF-8 invalide");
    std::string k = *key;
    while (!k.empty() && (k.front() == '(' || k.front() == '[' || k.front() == ' '))
        k.erase(0, 1);
    while (!k.empty() && (k.back() == ')' || k.back() == ']' || k.back() == '.' ||
                          k.back() == ' ' || k.back() == '!'))
        k.pop_back();
    if (k.empty())
        return make_error(ErrorKind::empty, field, printed, "aucun résultat indiqué");
    const auto ws = vt::words(k);
    auto is_adopte = [](std::string_view w) {
        return w == "ADOPTE" || w == "ADOPTEE" || w == "ADOPTES" || w == "ADOPTEES";
    };
    auto is_rejete = [](std::string_view w) {
        return w == "REJETE" || w == "REJETEE" || w == "REJETES" || w == "REJETEES";
    };
    if (is_adopte(ws[0]))
        return StatedOutcome::adopted;
    if (is_rejete(ws[0]) || (ws[0] == "NON" && ws.size() > 1 && is_adopte(ws[1])))
        return StatedOutcome::rejected;
    return make_error(ErrorKind::component, field, printed, "« Adopté » ou « Rejeté » attendu");
}

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
    boost::gregorian::date first;
    boost::gregorian::date last;
    std::string_view source;
    bool first_day_unconfirmed; ///< whether `first` itself is uncertain (entry into force)
};

/// The periods of the COVID-19 derogation for departmental councils and their CP:
/// « ne délibèrent valablement que lorsque le tiers de leurs membres en exercice est présent
/// […] un membre […] peut être porteur de deux pouvoirs ». docs/legal-reference.md states the
/// regime ran "from 2020" to 31 July 2022; the texts read for this table show two gaps when the
/// ordinary rules applied again (31 Aug – 14 Nov 2020, 1 Oct – 9 Nov 2021):
///  1. 24 Mar 2020 – 30 Aug 2020: loi 2020-290 art. 10 (version of 24 Mar 2020, then « jusqu'au
///     30 août 2020 » in the version of loi 2020-760 in force 11 Jul 2020 — Légifrance
///     LEGIARTI000042026560). Not re-enacted when the state of emergency returned on 17 Oct 2020
///     (Landot avocats, 19 Oct 2020). Limitation: in Mayotte the state of emergency, hence the
///     regime, lasted longer in 2020; territories are not modelled here.
///  2. 15 Nov 2020 – 30 Sep 2021: loi 2020-1379 of 14 Nov 2020 art. 6 IV (JO 15 Nov 2020),
///     extended by loi 2021-160 and loi 2021-689; end 30 Sep 2021 (AMF, Val-de-Marne
///     prefecture). Entry into force on the day of publication is UNCONFIRMED.
///  3. 10 Nov 2021 – 31 Jul 2022: loi 2021-1465 of 10 Nov 2021 art. 10 (AMF; ADM54: ordinary
///     rules again from 1 Aug 2022).
[[nodiscard]] inline const std::array<CovidDerogationPeriod, 3>& covid_derogation_periods() {
    using boost::gregorian::date;
    static const std::array<CovidDerogationPeriod, 3> periods = {{
        {date(2020, 3, 24), date(2020, 8, 30),
         "loi n° 2020-290 du 23 mars 2020, art. 10 (rédaction de la loi n° 2020-760)", false},
        {date(2020, 11, 15), date(2021, 9, 30),
         "loi n° 2020-1379 du 14 novembre 2020, art. 6 IV (prorogé par les lois n° 2021-160 et "
         "n° 2021-689)",
         true},
        {date(2021, 11, 10), date(2022, 7, 31), "loi n° 2021-1465 du 10 novembre 2021, art. 10",
         false},
    }};
    return periods;
}

/// The COVID derogation period covering `meeting_date`, if any.
[[nodiscard]] inline std::optional<CovidDerogationPeriod>
covid_derogation_on(boost::gregorian::date meeting_date) {
    for (const auto& p : covid_derogation_periods())
        if (meeting_date >= p.first && meeting_date <= p.last)
            return p;
    return std::nullopt;
}

/// The quorum regime in force on `meeting_date` (VOTE-COVID-DEROGATION).
[[nodiscard]] inline QuorumRegime quorum_regime_on(boost::gregorian::date meeting_date) {
    return covid_derogation_on(meeting_date) ? QuorumRegime::covid_derogation
                                             : QuorumRegime::ordinary;
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

/// Whether members represented by a proxy count towards the quorum: only for the CP under the
/// ordinary regime (« présents ou représentés », CGCT L.3121-14-1). Not for the CD (« présents »,
/// L.3121-14; members who gave a proxy are not present — TA Toulouse 1987 Dubrez), and not
/// during the COVID derogation, whose text (« est présent ») replaced both articles.
[[nodiscard]] constexpr bool quorum_counts_represented(Body body, QuorumRegime regime) noexcept {
    return body == Body::commission_permanente && regime == QuorumRegime::ordinary;
}

/// How many delegations one member may hold: one (CGCT L.3121-16), two during the COVID
/// derogation (loi 2020-290 art. 10 and successors).
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

/// A named fact (« votes_recorded = 42 »).
struct Fact {
    FactKey key = FactKey::body;
    FactValue value;
    friend bool operator==(const Fact&, const Fact&) = default;
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
    std::optional<AttendanceStatus> status;
    std::optional<DeliberativeVoice> voice;
    friend bool operator==(const ConcernedPerson&, const ConcernedPerson&) = default;
};

/// A typed finding: kind, facts as named values, persons concerned, legal basis, and the
/// assumptions it rests on.
struct VoteFinding {
    VoteFindingKind kind = VoteFindingKind::quorum_not_met;
    std::vector<Fact> facts;
    std::vector<ConcernedPerson> persons;
    /// Legal basis in French (« CGCT L.3121-14-1 »).
    std::string legal_basis;
    /// docs/legal-reference.md entries applied ("VOTE-QUORUM-CP, COI-QUORUM").
    std::string rules;
    std::vector<Assumption> assumptions;

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

// =============================================================================================
// Analysis
// =============================================================================================

/// Inputs the act does not give and choices among UNCONFIRMED rules.
struct VoteAnalysisOptions {
    /// Members in office of the body (« membres en exercice »). Default (nullopt): the distinct
    /// persons listed with a deliberative voice, assuming the lists are exhaustive (UNCONFIRMED,
    /// reported as `Assumption::members_in_office_from_lists`).
    std::optional<MemberCount> members_in_office;
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
    MemberCount members_in_office;
    MemberCount required;            ///< quorum_threshold(regime, members_in_office)
    MemberCount present_counted;     ///< present with a vote, interested excluded (COI-QUORUM)
    MemberCount represented_counted; ///< valid proxies, when the regime counts them
    bool counts_represented = false; ///< quorum_counts_represented(body, regime)
    bool met = false;        ///< present_counted + represented_counted ≥ required, or reconvened
    bool reconvened = false; ///< met without quorum condition (VOTE-QUORUM-CD-RECONVENE)
    std::string legal_basis;
    friend bool operator==(const QuorumAssessment&, const QuorumAssessment&) = default;
};

/// Everything recomputed about one vote, plus findings (deterministic order).
struct VoteAnalysis {
    Body body = Body::commission_permanente;
    boost::gregorian::date meeting_date;
    QuorumRegime regime = QuorumRegime::ordinary;

    MembersInOfficeBasis in_office_basis = MembersInOfficeBasis::assumed_from_lists;
    MemberCount members_in_office;
    MemberCount listed_with_voice;  ///< distinct persons listed with a vote
    MemberCount present_with_voice; ///< distinct, interested included
    MemberCount excused_with_voice;
    MemberCount absent_with_voice;
    MemberCount listed_without_voice; ///< ignored in every count (CP-NON-VOTING)
    MemberCount interested_present;   ///< interested members listed present with a vote
    MemberCount eligible_present;     ///< present_with_voice − interested_present

    QuorumAssessment quorum;

    bool proxies_recorded = false;
    MemberCount proxies_counted;   ///< valid recorded delegations (0 when not recorded)
    MemberCount potential_proxies; ///< bound when not recorded (0 when recorded)
    MemberCount max_delegations_per_holder;

    VoteCount max_possible_votes; ///< eligible_present + proxies (counted or potential)
    VoteCount votes_recorded;     ///< pour + contre + abstention + blancs + nuls
    VoteCount voices_recorded;    ///< votes_recorded + ne prend pas part
    VoteCount suffrages_exprimes; ///< pour + contre

    StatedOutcome stated_outcome = StatedOutcome::unknown;
    OutcomeDecision outcome;
    MemberCount public_ballot_threshold; ///< ceil(eligible_present / 6)

    std::vector<Assumption> assumptions; ///< every assumption the numbers rest on
    std::vector<VoteFinding> findings;

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
