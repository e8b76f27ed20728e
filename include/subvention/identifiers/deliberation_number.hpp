// SPDX-License-Identifier: Apache-2.0
// subvention — deliberation numbers (« 2023-122 »).
// Part of the identifiers; <subvention/identifiers.hpp> includes every part.
#pragma once

#include <array>
#include <compare>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include <subvention/detail/ascii.hpp>
#include <subvention/detail/identifiers_tables.hpp>
#include <subvention/identifiers/compaction.hpp>
#include <subvention/result.hpp>

namespace subvention {

/// Deliberation number (« numéro de délibération »): year and sequence, `2023-122`.
///
/// Accepted: an optional `N°`/`n°`/`Nº`/`nº` prefix, a 4-digit year, a separator (`-`, `/`,
/// U+2010, U+2011 or en dash U+2013, spaces allowed around it), a sequence of 1–6 digits.
/// Leading zeros of the sequence are not significant (`2016-0391` = `2016-391`); the canonical
/// form is `YYYY-N`. Year outside 1900–2299 or sequence 0 is a `range` error (the library's
/// supported years, as for dates). Anything else, e.g. `CP2023-122` or `2023-122 bis`, is a
/// `format` error: local numbering schemes vary and are not guessed.
class DeliberationNumber {
public:
    static constexpr int min_year = 1900;
    static constexpr int max_year = 2299;
    static constexpr int max_sequence_digits = 6;

    /// Parses `2023-122`, `N°2023-122`, `n° 2023 - 122`, `2023/122`.
    [[nodiscard]] static Result<DeliberationNumber> parse(std::string_view input) {
        constexpr std::string_view field = "num\u00E9ro de d\u00E9lib\u00E9ration";
        std::string_view s = input;
        const auto skip_spaces = [&s] {
            while (const auto n = space_size(s))
                s.remove_prefix(n);
        };
        const auto bad = [&](std::string_view why) {
            return make_error(ErrorKind::format, field, input, std::string(why));
        };
        skip_spaces();
        while (const auto n = trailing_space_size(s))
            s.remove_suffix(n);
        if (s.empty())
            return make_error(ErrorKind::empty, field, input, "num\u00E9ro vide");
        for (const std::string_view prefix : {"N\u00B0", "n\u00B0", "N\u00BA", "n\u00BA"}) {
            if (s.starts_with(prefix)) {
                s.remove_prefix(prefix.size());
                skip_spaces();
                break;
            }
        }
        const auto digits = [&s] {
            std::size_t n = 0;
            while (n < s.size() && detail::is_digit(s[n]))
                ++n;
            return n;
        };
        const auto year_digits = digits();
        if (year_digits == 0)
            return bad(
                "un num\u00E9ro de d\u00E9lib\u00E9ration s'\u00E9crit ann\u00E9e-num\u00E9ro "
                "(2023-122)");
        if (year_digits != 4)
            return make_error(ErrorKind::length, field, input,
                              "l'ann\u00E9e s'\u00E9crit sur 4 chiffres");
        const int year =
            (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
        s.remove_prefix(4);
        skip_spaces();
        std::size_t sep = 0;
        for (const std::string_view dash : {"-", "/", "\u2010", "\u2011", "\u2013"})
            if (s.starts_with(dash))
                sep = dash.size();
        if (sep == 0)
            return bad("s\u00E9parateur attendu entre l'ann\u00E9e et le num\u00E9ro (2023-122)");
        s.remove_prefix(sep);
        skip_spaces();
        const auto seq_digits = digits();
        if (seq_digits == 0 || seq_digits != s.size())
            return bad("apr\u00E8s l'ann\u00E9e, le num\u00E9ro d'ordre ne contient que des "
                       "chiffres (2023-122)");
        std::size_t first = 0;
        while (first + 1 < seq_digits && s[first] == '0')
            ++first;
        if (seq_digits - first > static_cast<std::size_t>(max_sequence_digits))
            return make_error(ErrorKind::length, field, input,
                              "le num\u00E9ro d'ordre a plus de 6 chiffres");
        int sequence = 0;
        for (std::size_t i = first; i < seq_digits; ++i)
            sequence = sequence * 10 + (s[i] - '0');
        if (year < min_year || year > max_year)
            return make_error(ErrorKind::range, field, input,
                              "ann\u00E9e " + std::to_string(year) +
                                  " hors de la plage prise en charge (1900\u20132299)");
        if (sequence == 0)
            return make_error(ErrorKind::range, field, input,
                              "le num\u00E9ro d'ordre 0 n'existe pas");
        return DeliberationNumber(year, sequence);
    }

    /// The year of the numbering (« millésime »), 1900–2299.
    [[nodiscard]] constexpr int year() const noexcept { return year_; }
    /// The sequence number within the year (« numéro d'ordre »), ≥ 1.
    [[nodiscard]] constexpr int sequence() const noexcept { return sequence_; }
    /// `2023-122`.
    [[nodiscard]] constexpr std::string_view compact() const noexcept {
        return {text_.data(), size_};
    }
    /// `2023-122` (same as `compact()`).
    [[nodiscard]] std::string formatted() const { return std::string(compact()); }

    friend constexpr bool operator==(const DeliberationNumber& a,
                                     const DeliberationNumber& b) noexcept {
        return a.year_ == b.year_ && a.sequence_ == b.sequence_;
    }
    /// Chronological: by year, then by sequence (`2023-99` < `2023-122`).
    friend constexpr std::strong_ordering operator<=>(const DeliberationNumber& a,
                                                      const DeliberationNumber& b) noexcept {
        if (const auto c = a.year_ <=> b.year_; c != 0)
            return c;
        return a.sequence_ <=> b.sequence_;
    }

private:
    constexpr DeliberationNumber(int year, int sequence) noexcept
        : year_(year)
        , sequence_(sequence) {
        std::array<char, 6> rev{};
        std::size_t n = 0;
        for (int v = sequence; v > 0; v /= 10)
            rev[n++] = static_cast<char>('0' + v % 10);
        text_[0] = static_cast<char>('0' + year / 1000);
        text_[1] = static_cast<char>('0' + year / 100 % 10);
        text_[2] = static_cast<char>('0' + year / 10 % 10);
        text_[3] = static_cast<char>('0' + year % 10);
        text_[4] = '-';
        for (std::size_t i = 0; i < n; ++i)
            text_[5 + i] = rev[n - 1 - i];
        size_ = static_cast<std::uint8_t>(5 + n);
    }
    /// Byte length of a leading space (ASCII space/tab, U+00A0, U+202F, U+2009), else 0.
    static constexpr std::size_t space_size(std::string_view s) noexcept {
        if (s.empty())
            return 0;
        if (s[0] == ' ' || s[0] == '\t')
            return 1;
        if (s.starts_with("\u00A0"))
            return 2;
        if (s.starts_with("\u202F") || s.starts_with("\u2009"))
            return 3;
        return 0;
    }
    /// Byte length of a trailing space, else 0.
    static constexpr std::size_t trailing_space_size(std::string_view s) noexcept {
        if (s.ends_with(' ') || s.ends_with('\t'))
            return 1;
        if (s.ends_with("\u00A0"))
            return 2;
        if (s.ends_with("\u202F") || s.ends_with("\u2009"))
            return 3;
        return 0;
    }
    int year_;
    int sequence_;
    std::array<char, 11> text_{};
    std::uint8_t size_ = 0;
};

} // namespace subvention

/// Hashes of the identifiers: the hash of their compact form.
template <>
struct std::hash<subvention::DeliberationNumber> {
    std::size_t operator()(const subvention::DeliberationNumber& v) const noexcept {
        return std::hash<std::string_view>{}(v.compact());
    }
};
