// SPDX-License-Identifier: Apache-2.0
// subvention — persons of an assembly: civility, printed names, members (« M. Jean DUPONT »).
// Part of the vote model; <subvention/vote.hpp> includes every part (docs/architecture.md §3.4).
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

namespace subvention {

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
    auto key = text::fold_key(word);
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
        const auto t = detail::text::tidy(printed, detail::text::TidyMode::name);
        if (!t)
            return make_error(ErrorKind::format, field, printed, "texte UTF-8 invalide");
        if (t->empty())
            return make_error(ErrorKind::empty, field, printed, "nom absent");
        const auto ws = detail::text::words(*t);
        std::size_t first = 0;
        PersonName n;
        if (const auto civ = detail::civility_of(ws.front())) {
            n.civility_ = civ;
            first = 1;
        }
        const std::string rest = detail::text::join(ws, first, ws.size());
        if (rest.empty())
            return make_error(ErrorKind::component, field, printed,
                              "la civilité n'est suivie d'aucun nom");
        if (!detail::text::has_letter(rest))
            return make_error(ErrorKind::format, field, printed,
                              "le nom ne contient aucune lettre");
        n.printed_ = *t;
        n.key_ = *detail::text::fold_key(rest);
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
        : Member(std::optional<Civility>(civility), first_name, last_name, std::move(group)) {
        if (first_.empty()) // the lists of this form print the first name
            first_ = tidy_part(first_name, "prénom");
    }

    /// A member as other lists print them: the civility may be absent (nullopt) and the first
    /// name too (empty), as in « Présents : Mmes CAULE, GRANDGIRARD ». The last name is
    /// required. Throws `ParseFailure` as above.
    Member(std::optional<Civility> civility, std::string_view first_name,
           std::string_view last_name, std::optional<std::string> group = std::nullopt)
        : civility_(civility)
        , group_(std::move(group)) {
        if (first_name.find_first_not_of(" \t") != std::string_view::npos)
            first_ = tidy_part(first_name, "prénom");
        last_ = tidy_part(last_name, "nom de famille");
        key_ = *detail::text::fold_key(first_.empty() ? last_ : first_ + " " + last_);
    }

    /// Parses "Mme Sylvie MEYFROIDT", "M.  André  KUCHCINSKI", "Mme Mireille HINGREZ-CÉRÉDA",
    /// "M. Jean de LA FONTAINE". The last name is the trailing run of words written in capitals
    /// (with lower-case particles de, du, des, d', le, la, van, von… just before it); the first
    /// name is everything between the civility and the last name. Rejected: no civility,
    /// no first name, a first name after the last name, and an all-capitals name of several
    /// words (first and last names cannot be told apart: `ErrorKind::ambiguous`).
    [[nodiscard]] static Result<Member> parse_printed(std::string_view printed) {
        namespace tx = detail::text;
        constexpr std::string_view field = "membre";
        const auto t = tx::tidy(printed, tx::TidyMode::name);
        if (!t)
            return make_error(ErrorKind::format, field, printed, "texte UTF-8 invalide");
        if (t->empty())
            return make_error(ErrorKind::empty, field, printed, "nom absent");
        const auto ws = tx::words(*t);
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
        const std::string first = tx::join(ws, 1, last_start);
        if (!tx::has_letter(first))
            return make_error(ErrorKind::format, field, printed,
                              "le prénom ne contient aucune lettre");
        return Member(*civ, first, tx::join(ws, last_start, ws.size()));
    }

    /// The civility printed, if any (lists of other templates omit it).
    /// Parses a name as the lists of other templates print it, where `parse_printed` refuses:
    /// « Jean Marie ALINE », « FERAUD Jean-Claude » (last name first), « Mme CAULE », « CAULE »,
    /// « Mmes CAULE » (a plural civility). The last name is the run of words in capitals at
    /// either end; the rest is the first name. Rejected: no word in capitals (« Cécile
    /// Galhaut »), capitals at both ends or in the middle only, several capital words alone
    /// (« JEAN MARIE ALINE »: first and last names cannot be told apart), more than six words.
    [[nodiscard]] static Result<Member> parse_listed(std::string_view printed) {
        namespace tx = detail::text;
        constexpr std::string_view field = "membre";
        if (auto strict = parse_printed(printed))
            return strict;
        const auto t = tx::tidy(printed, tx::TidyMode::name);
        if (!t)
            return make_error(ErrorKind::format, field, printed, "texte UTF-8 invalide");
        auto ws = tx::words(*t);
        std::optional<Civility> civ;
        if (!ws.empty()) {
            std::string_view w = ws.front();
            const auto folded = tx::fold_key(w).value_or("");
            if (folded == "MMES" || folded == "MESDAMES")
                civ = Civility::madame;
            else if (folded == "MM" || folded == "MM." || folded == "MR" || folded == "MR." ||
                     folded == "MESSIEURS")
                civ = Civility::monsieur;
            else
                civ = detail::civility_of(w);
            if (civ)
                ws.erase(ws.begin());
        }
        if (ws.empty())
            return make_error(ErrorKind::empty, field, printed, "nom absent");
        if (ws.size() > 6)
            return make_error(ErrorKind::format, field, printed, "trop de mots pour un nom");
        auto caps = [](std::string_view w) {
            return is_surname_word(w) && detail::text::has_letter(w) && w.size() >= 2;
        };
        std::size_t lead = 0;
        while (lead < ws.size() && (caps(ws[lead]) || (lead > 0 && is_particle(ws[lead]))))
            ++lead;
        std::size_t trail = ws.size();
        while (trail > 0 && (caps(ws[trail - 1]) || is_particle(ws[trail - 1])))
            --trail;
        // The constructor checks each part (a letter in it, valid UTF-8): its refusal is this
        // parse's error, never an exception (« ALINE 2023 »: no letter in « 2023 »).
        const auto make = [&](std::string_view first, std::string_view last) -> Result<Member> {
            try {
                return Member(civ, first, last);
            } catch (const ParseFailure& e) {
                return make_error(e.error().kind, field, printed,
                                  e.error().field + " : " + e.error().message);
            }
        };
        if (lead == ws.size()) {
            if (ws.size() == 1)
                return make("", ws.front());
            return make_error(ErrorKind::ambiguous, field, printed,
                              "tout est en majuscules : prénom et nom indiscernables");
        }
        if (trail < ws.size() && lead == 0 && trail > 0)
            return make(tx::join(ws, 0, trail), tx::join(ws, trail, ws.size()));
        if (lead > 0 && trail == ws.size())
            return make(tx::join(ws, lead, ws.size()), tx::join(ws, 0, lead));
        return make_error(ErrorKind::format, field, printed,
                          "nom de famille en majuscules introuvable en tête ou en fin");
    }

    /// A lower-case particle of a last name as printed (« de », « d' », « van », « le »…).
    [[nodiscard]] static bool is_particle(std::string_view w) {
        static constexpr std::array<std::string_view, 19> particles = {
            "de",  "du",  "des", "d'", "d’",  "le",  "la",  "les", "van", "von",
            "der", "den", "di",  "da", "del", "dos", "das", "ten", "ter"};
        return std::find(particles.begin(), particles.end(), w) != particles.end();
    }

    [[nodiscard]] std::optional<Civility> civility() const noexcept { return civility_; }
    /// First name as printed, whitespace normalised ("Jean-Claude"); empty when the list prints
    /// the last name only.
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
        std::string out = civility_ ? std::string(to_string(*civility_)) + " " : std::string();
        if (!first_.empty())
            out += first_ + " ";
        return out + last_;
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
        const auto t = detail::text::tidy(part, detail::text::TidyMode::name);
        if (!t)
            throw ParseFailure(make_error(ErrorKind::format, field, part, "texte UTF-8 invalide"));
        if (!detail::text::has_letter(*t))
            throw ParseFailure(make_error(ErrorKind::empty, field, part, "aucune lettre"));
        return *t;
    }
    static bool is_surname_word(std::string_view w) {
        // An initial ("J.-C.") belongs to the first name even though it is in capitals.
        return !w.empty() && w.back() != '.' && detail::text::is_upper_word(w);
    }

    std::optional<Civility> civility_;
    std::string first_;
    std::string last_;
    std::optional<std::string> group_;
    std::string key_;
};

} // namespace subvention
