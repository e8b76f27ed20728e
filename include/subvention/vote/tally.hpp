// SPDX-License-Identifier: Apache-2.0
// subvention — the tally of a vote (« pour : 41, contre : 0 »), its reading, and the outcome the
// act states. Part of the vote model; <subvention/vote.hpp> includes every part
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

namespace subvention {

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
    std::string group{};
    std::optional<VoteCount> count{};
    friend bool operator==(const GroupBreakdown&, const GroupBreakdown&) = default;
};

/// The vote as the act prints it (« conditions de vote »). Optional columns distinguish
/// "not printed" from "printed as 0".
struct VoteTally {
    VoteCount pour{};                             ///< « Pour »
    VoteCount contre{};                           ///< « Contre »
    std::optional<VoteCount> abstention{};        ///< « Abstention(s) »
    std::optional<VoteCount> ne_prend_pas_part{}; ///< « Ne prend pas part au vote »
    std::optional<VoteCount> blancs{};            ///< « Bulletins blancs »
    std::optional<VoteCount> nuls{};              ///< « Bulletins nuls »
    /// Groups per column, in print order.
    std::vector<GroupBreakdown> breakdown{};
    /// How the vote was taken; acts rarely say, the default is the ordinary show of hands.
    VoteMode mode = VoteMode::show_of_hands;
    /// How the president voted, when known (needed only to break a tie, CGCT L.3121-15).
    std::optional<VoteChoice> president_vote{};

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
    const auto key = detail::text::fold_key(text);
    if (!key)
        return false;
    const auto ws = detail::text::words(*key);
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
    namespace tx = detail::text;
    constexpr std::string_view field = "conditions de vote";
    const auto t = tx::tidy(printed, tx::TidyMode::text);
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
        const auto label = detail::tally_label(tx::fold_key(label_text).value_or(""));
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
                const auto w = tx::fold_key(s.substr(pos, unit.size()));
                const bool word_end = pos + unit.size() == s.size() ||
                                      s[pos + unit.size()] == ' ' || s[pos + unit.size()] == '(';
                if (w && word_end && *w == tx::fold_key(unit)) {
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
                std::string name = *tx::tidy(inner.substr(g, gstop - g), tx::TidyMode::text);
                if (name.empty())
                    return make_error(ErrorKind::format, field, inner,
                                      "nom de groupe vide dans la ventilation");
                std::optional<VoteCount> gcount;
                if (const auto c = name.rfind(':'); c != std::string::npos) {
                    std::string num = *tx::tidy(name.substr(c + 1), tx::TidyMode::text);
                    const auto w = tx::words(num);
                    if (w.size() == 2 && tx::fold_key(w[1]) == "VOIX")
                        num = std::string(w[0]);
                    auto gc = VoteCount::parse(num, field);
                    if (!gc)
                        return make_error(ErrorKind::format, field, name,
                                          "nombre de voix du groupe illisible");
                    gcount = gc.value();
                    name = *tx::tidy(std::string_view(name).substr(0, c), tx::TidyMode::text);
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
    namespace tx = detail::text;
    constexpr std::string_view field = "résultat du vote";
    auto key = tx::fold_key(printed);
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
    const auto ws = tx::words(k);
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

} // namespace subvention
