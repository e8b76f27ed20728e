// SPDX-License-Identifier: Apache-2.0
// subvention — functional chapters (« 935 », « 9365 »).
// Part of the M57 budget layer; <subvention/budget.hpp> includes every part.
#pragma once

#include <array>
#include <compare>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

#include <subvention/budget/function.hpp>
#include <subvention/budget/section.hpp>
#include <subvention/detail/m57_tables.hpp>
#include <subvention/money.hpp>
#include <subvention/result.hpp>

namespace subvention {

// ============================================================================================
// Functional chapter
// ============================================================================================

/// A functional voting chapter (« chapitre fonctionnel »): 900–909 (investissement) and 930–939
/// (fonctionnement); the third digit is the rank-1 function, same digit = same name.
/// docs/legal-reference.md BUDG-FUNCTIONAL-CHAPTERS.
class FunctionalChapter {
public:
    /// Parses `"936"` (surrounding blanks ignored). Errors (field « chapitre fonctionnel »):
    /// empty, format, length (not 3 digits), component (not 900–909 or 930–939).
    static Result<FunctionalChapter> parse(std::string_view text) {
        const std::string_view s = detail::trim_spaces(text);
        if (s.empty())
            return make_error(ErrorKind::empty, "chapitre fonctionnel", text,
                              "le chapitre fonctionnel est vide");
        if (!detail::budget::all_digits(s))
            return make_error(ErrorKind::format, "chapitre fonctionnel", text,
                              "le chapitre fonctionnel " + detail::budget::quoted(s) +
                                  " ne doit contenir que des chiffres");
        if (s.size() != 3)
            return make_error(ErrorKind::length, "chapitre fonctionnel", text,
                              "le chapitre fonctionnel " + std::string(s) +
                                  " doit compter 3 chiffres (900 à 909, 930 à 939)");
        if (auto c = from_code(s))
            return *c;
        return make_error(ErrorKind::component, "chapitre fonctionnel", text,
                          not_a_chapter_message(s));
    }

    /// The chapter of `section` for rank-1 function `digit` (936 = of(fonctionnement, 6)).
    /// Throws std::out_of_range if `digit > 9`.
    static constexpr FunctionalChapter of(Section section, std::uint8_t digit) {
        if (digit > 9)
            throw std::out_of_range("subvention::FunctionalChapter::of: digit > 9");
        return FunctionalChapter(section, digit);
    }

    /// All 20 chapters, investment first: 900…909, 930…939.
    static constexpr std::array<FunctionalChapter, 20> all() noexcept {
        std::array<FunctionalChapter, 20> out{};
        for (std::uint8_t d = 0; d < 10; ++d) {
            out[d] = FunctionalChapter(Section::investissement, d);
            out[d + 10u] = FunctionalChapter(Section::fonctionnement, d);
        }
        return out;
    }

    constexpr FunctionalChapter() noexcept = default; ///< 930 (needed by std::array)

    /// The section: 90x → investissement, 93x → fonctionnement.
    [[nodiscard]] constexpr Section section() const noexcept { return section_; }
    /// The rank-1 function digit (936 → 6).
    [[nodiscard]] constexpr std::uint8_t digit() const noexcept { return digit_; }
    /// `"936"`.
    [[nodiscard]] constexpr std::string_view code() const noexcept {
        return codes[(section_ == Section::investissement ? 0u : 10u) + digit_];
    }
    /// The function name shared by 90d and 93d (936 → "Action économique").
    [[nodiscard]] constexpr std::string_view name() const noexcept {
        return detail::m57::function_digit_names[digit_];
    }

    friend constexpr bool operator==(FunctionalChapter, FunctionalChapter) noexcept = default;
    friend constexpr std::strong_ordering operator<=>(FunctionalChapter a,
                                                      FunctionalChapter b) noexcept {
        return a.code().compare(b.code()) <=> 0;
    }

private:
    friend class Imputation;
    static constexpr std::array<std::string_view, 20> codes{
        "900", "901", "902", "903", "904", "905", "906", "907", "908", "909",
        "930", "931", "932", "933", "934", "935", "936", "937", "938", "939"};

    constexpr FunctionalChapter(Section s, std::uint8_t d) noexcept
        : section_(s)
        , digit_(d) {}

    /// The chapter for three digits, if they are 90d or 93d.
    static constexpr std::optional<FunctionalChapter> from_code(std::string_view s) noexcept {
        if (s.size() != 3 || s[0] != '9' || s[2] < '0' || s[2] > '9')
            return std::nullopt;
        if (s[1] == '0')
            return FunctionalChapter(Section::investissement, detail::budget::digit_value(s[2]));
        if (s[1] == '3')
            return FunctionalChapter(Section::fonctionnement, detail::budget::digit_value(s[2]));
        return std::nullopt;
    }

    static std::string not_a_chapter_message(std::string_view three) {
        return "le chapitre fonctionnel " + std::string(three) +
               " n'existe pas en M57 (chapitres 900 à 909 en investissement, 930 à 939 en "
               "fonctionnement)";
    }

    Section section_ = Section::fonctionnement;
    std::uint8_t digit_ = 0;
};

/// A special voting sub-chapter (« sous-chapitre ») isolating one function: 900-5/930-5 Gestion
/// des fonds européens, 904-4/934-4 RSA, 934-3 APA (docs/legal-reference.md
/// BUDG-FUNCTIONAL-CHAPTERS).
struct VotingSubChapter {
    std::string_view code{};     ///< `"934-4"`
    std::string_view name{};     ///< `"RSA"`
    FunctionalChapter chapter{}; ///< 934
    friend constexpr bool operator==(const VotingSubChapter&, const VotingSubChapter&) = default;
};

} // namespace subvention
