// SPDX-License-Identifier: Apache-2.0
// subvention — exact amounts of money in euros (« montants en euros »).
//
// `Euros` holds an integer number of cents in an int64: every operation is exact, and every
// operation that could leave the representable range is checked and throws
// std::overflow_error instead of wrapping (docs/architecture.md §3.1). There is no floating point
// anywhere: a ratio (taux, prorata) is applied through `Euros::apply` with an exact rational
// and an explicitly named `Rounding` — see <subvention/rate.hpp>.
//
// This header is deliberately cheap to include (no Boost.Multiprecision, no <regex>, no
// <iostream>): headers that only carry amounts (deadline, budget lines…) include it freely.
#pragma once

#include <compare>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <iosfwd>
#include <iterator>
#include <limits>
#include <stdexcept>
#include <string>
#include <string_view>

#include <subvention/detail/ascii.hpp>
#include <subvention/detail/checked.hpp>
#include <subvention/result.hpp>

namespace subvention {

class Rate; // <subvention/rate.hpp>: exact rational rate (« taux »), needed by Euros::apply

/// How a ratio is brought back to whole cents (« mode d'arrondi »). Always named by the caller:
/// no function of this library picks one silently. Exact results are never changed; otherwise
/// (examples for +0,005 € / −0,005 € / +0,006 € / −0,004 €):
/// - `down`: toward −∞, floor (« arrondi par défaut »): 0,00 / −0,01 / 0,00 / −0,01;
/// - `up`: toward +∞, ceiling (« arrondi par excès »): 0,01 / 0,00 / 0,01 / 0,00;
/// - `half_up`: to the nearest cent, ties AWAY FROM ZERO (« arrondi commercial »):
///   0,01 / −0,01 / 0,01 / 0,00;
/// - `half_even`: to the nearest cent, ties to the even cent (banker's rounding):
///   0,00 / 0,00 / 0,01 / 0,00;
/// - `toward_zero`: truncation: 0,00 / 0,00 / 0,00 / 0,00.
/// `half_up`, `half_even` and `toward_zero` are symmetric (−x rounds to −(x rounded)); `half_up`
/// is Java's RoundingMode.HALF_UP and Python's ROUND_HALF_UP. `down`/`up` are floor/ceiling,
/// not symmetric (Java's FLOOR/CEILING, not its DOWN/UP).
enum class Rounding {
    down,        ///< toward −∞ (floor)
    up,          ///< toward +∞ (ceiling)
    half_up,     ///< to nearest, ties away from zero
    half_even,   ///< to nearest, ties to the even neighbour
    toward_zero, ///< truncation
};

/// Stable lower-case name of a rounding mode (`"half_even"`).
[[nodiscard]] constexpr std::string_view to_string(Rounding r) noexcept {
    switch (r) {
    case Rounding::down:
        return "down";
    case Rounding::up:
        return "up";
    case Rounding::half_up:
        return "half_up";
    case Rounding::half_even:
        return "half_even";
    case Rounding::toward_zero:
        return "toward_zero";
    }
    return "down";
}

/// Whether `Euros::to_string_fr` writes zero cents (« 57 000,00 € ») or omits them (« 57 000 € »).
enum class CentsStyle {
    always,       ///< « 57 000,00 € » (accounting documents, the default)
    omit_if_zero, ///< « 57 000 € » when the cents are zero, « 12,50 € » otherwise (prose of acts)
};

namespace detail {
/// Thousands separator: narrow no-break space (« espace fine insécable »).
inline constexpr std::string_view narrow_nbsp = "\u202F";
/// Before the euro sign: no-break space (« espace insécable »).
inline constexpr std::string_view nbsp = "\u00A0";
inline constexpr std::string_view euro_sign = "\u20AC";

/// Magnitude of an int64 as uint64 (well defined for INT64_MIN).
[[nodiscard]] constexpr std::uint64_t magnitude(std::int64_t v) noexcept {
    return v < 0 ? std::uint64_t{0} - static_cast<std::uint64_t>(v) : static_cast<std::uint64_t>(v);
}

/// Formats a number of cents: `group` between groups of three digits, `decimal` before the cents.
[[nodiscard]] inline std::string format_cents(std::int64_t cents, std::string_view group,
                                              char decimal, bool with_cents) {
    const std::uint64_t mag = magnitude(cents);
    const std::uint64_t units = mag / 100U;
    const auto frac = static_cast<unsigned>(mag % 100U);
    char digits[24];
    std::size_t n = 0;
    std::uint64_t u = units;
    do {
        digits[n++] = static_cast<char>('0' + static_cast<int>(u % 10U));
        u /= 10U;
    } while (u != 0U);
    std::string out;
    out.reserve(n + n / 3U * group.size() + 5U);
    if (cents < 0)
        out.push_back('-');
    for (std::size_t i = n; i-- > 0;) {
        out.push_back(digits[i]);
        if (i != 0 && i % 3U == 0U)
            out.append(group);
    }
    if (with_cents) {
        out.push_back(decimal);
        out.push_back(static_cast<char>('0' + static_cast<int>(frac / 10U)));
        out.push_back(static_cast<char>('0' + static_cast<int>(frac % 10U)));
    }
    return out;
}

/// Amount in ISO form for messages (« 92233720368547758.07 »).
[[nodiscard]] inline std::string iso_cents(std::int64_t cents) {
    return format_cents(cents, "", '.', true);
}

/// Throws the overflow error of a checked operation; `expression` names the operation and its
/// operands (« 92233720368547758.07 + 0.01 »).
[[noreturn]] inline void throw_money_overflow(const std::string& expression) {
    throw std::overflow_error("Euros : dépassement de capacité (centimes sur 64 bits) dans " +
                              expression);
}
} // namespace detail

/// An exact amount of money in euros (« montant en euros »), stored as an integer number of
/// cents (int64: ±92 233 720 368 547 758,07 €). Regular, totally ordered, hashable.
/// Arithmetic is checked: leaving the range throws std::overflow_error (never wraps).
class Euros {
public:
    /// Zero euro.
    constexpr Euros() noexcept = default;

    /// An amount from a number of cents (« centimes »): `from_cents(5'700'000)` is 57 000,00 €.
    [[nodiscard]] static constexpr Euros from_cents(std::int64_t cents) noexcept {
        return Euros(cents);
    }
    /// An amount from a whole number of euros; throws std::overflow_error beyond the range.
    [[nodiscard]] static constexpr Euros from_euros(std::int64_t euros) {
        std::int64_t c = 0;
        if (detail::mul_overflow(euros, std::int64_t{100}, &c))
            detail::throw_money_overflow("Euros::from_euros(" + std::to_string(euros) + ")");
        return Euros(c);
    }
    /// Largest and smallest representable amounts.
    [[nodiscard]] static constexpr Euros max() noexcept {
        return Euros(std::numeric_limits<std::int64_t>::max());
    }
    [[nodiscard]] static constexpr Euros min() noexcept {
        return Euros(std::numeric_limits<std::int64_t>::min());
    }

    /// The amount in cents.
    [[nodiscard]] constexpr std::int64_t cents() const noexcept { return cents_; }
    [[nodiscard]] constexpr bool is_zero() const noexcept { return cents_ == 0; }
    [[nodiscard]] constexpr bool is_negative() const noexcept { return cents_ < 0; }

    friend constexpr bool operator==(Euros, Euros) noexcept = default;
    friend constexpr std::strong_ordering operator<=>(Euros, Euros) noexcept = default;

    /// Checked sum; throws std::overflow_error naming both operands.
    friend constexpr Euros operator+(Euros a, Euros b) {
        std::int64_t r = 0;
        if (detail::add_overflow(a.cents_, b.cents_, &r))
            detail::throw_money_overflow(detail::iso_cents(a.cents_) + " + " +
                                         detail::iso_cents(b.cents_));
        return Euros(r);
    }
    /// Checked difference; throws std::overflow_error naming both operands.
    friend constexpr Euros operator-(Euros a, Euros b) {
        std::int64_t r = 0;
        if (detail::sub_overflow(a.cents_, b.cents_, &r))
            detail::throw_money_overflow(detail::iso_cents(a.cents_) + " - " +
                                         detail::iso_cents(b.cents_));
        return Euros(r);
    }
    /// Checked negation (only `Euros::min()` overflows).
    constexpr Euros operator-() const {
        std::int64_t r = 0;
        if (detail::sub_overflow(std::int64_t{0}, cents_, &r))
            detail::throw_money_overflow("-(" + detail::iso_cents(cents_) + ")");
        return Euros(r);
    }
    constexpr Euros operator+() const noexcept { return *this; }
    /// Checked multiplication by a whole number (« 3 parcours × 8 000 € »).
    friend constexpr Euros operator*(Euros a, std::int64_t k) {
        std::int64_t r = 0;
        if (detail::mul_overflow(a.cents_, k, &r))
            detail::throw_money_overflow(detail::iso_cents(a.cents_) + " × " + std::to_string(k));
        return Euros(r);
    }
    friend constexpr Euros operator*(std::int64_t k, Euros a) { return a * k; }
    constexpr Euros& operator+=(Euros b) { return *this = *this + b; }
    constexpr Euros& operator-=(Euros b) { return *this = *this - b; }
    constexpr Euros& operator*=(std::int64_t k) { return *this = *this * k; }

    /// This amount times an exact rate, brought back to cents with the named rounding, done
    /// once on the exact product (round per line, then `sum`, or `sum` then apply: the caller
    /// chooses where rounding happens by where it calls this). Throws std::overflow_error if the
    /// result leaves the range. Defined in <subvention/rate.hpp>, which must be included to call
    /// it (a `Rate` cannot be built without it) — keeps Boost.Multiprecision out of this header.
    [[nodiscard]] inline Euros apply(const Rate& rate, Rounding rounding) const;

    /// Parses a French or ISO amount. Accepted (surrounding whitespace ignored):
    /// - French: `57 000`, `57 000,00 €`, `209 285,00`, `1 234 567,8`, `-12,50 €`: digits in
    ///   groups of exactly three separated by ONE space (U+0020, no-break U+00A0, narrow no-break
    ///   U+202F or thin U+2009), or no grouping at all (`57000`); decimal comma with 1 or 2 digits.
    /// - ISO: `57000.00`, `57000.5`: decimal point with 1 or 2 digits, no grouping.
    /// - optional sign `-` (or U+2212 minus) before the digits;
    /// - optional currency after the number: `€`, `EUR`, `euro`, `euros` (any case).
    /// Rejected (field « montant », French message): empty input (`empty`); a point followed by
    /// exactly three digits, `57.000`, readable as 57 000 or 57 (`ambiguous`); bad grouping
    /// `57 00 €`, several separators `1,2,3`, stray characters (`format`); more than two decimals
    /// `12,345` (`length`); beyond the int64 cents range, the limit is named (`overflow`).
    [[nodiscard]] static Result<Euros> parse(std::string_view text);

    /// French form: « 57 000,00 € » (U+202F between groups, U+00A0 before €), « -12,50 € ».
    [[nodiscard]] std::string to_string_fr() const { return to_string_fr(CentsStyle::always); }
    /// French form, optionally without zero cents: « 57 000 € » with `CentsStyle::omit_if_zero`.
    [[nodiscard]] std::string to_string_fr(CentsStyle style) const {
        const bool with_cents = style == CentsStyle::always || cents_ % 100 != 0;
        std::string s = detail::format_cents(cents_, detail::narrow_nbsp, ',', with_cents);
        s.append(detail::nbsp);
        s.append(detail::euro_sign);
        return s;
    }
    /// ISO / machine form (SCDL, JSON): « 57000.00 », « -12.50 ».
    [[nodiscard]] std::string to_iso() const { return detail::format_cents(cents_, "", '.', true); }

    /// Writes `to_string_fr()` (for test output and logs; needs <ostream> at the call site).
    template <class CharT, class Traits>
    friend std::basic_ostream<CharT, Traits>& operator<<(std::basic_ostream<CharT, Traits>& os,
                                                         Euros e) {
        return os << e.to_string_fr();
    }

private:
    constexpr explicit Euros(std::int64_t cents) noexcept
        : cents_(cents) {}
    std::int64_t cents_ = 0;
};

namespace detail {
/// `std::ranges::input_range<R>` whose elements convert to `Euros`, spelt with <iterator> only
/// (std::ranges::begin/end, input_iterator, sentinel_for): <ranges> would double the cost of
/// including this header.
template <class R>
concept amount_range = requires(R& r) {
    std::ranges::begin(r);
    std::ranges::end(r);
    requires std::input_iterator<decltype(std::ranges::begin(r))>;
    requires std::sentinel_for<decltype(std::ranges::end(r)), decltype(std::ranges::begin(r))>;
    requires std::convertible_to<std::iter_reference_t<decltype(std::ranges::begin(r))>, Euros>;
};
} // namespace detail

/// Checked total of any input range of amounts (« somme »: vector, view, filter…), added in
/// order — throws std::overflow_error as soon as a partial sum overflows.
template <detail::amount_range R>
[[nodiscard]] constexpr Euros sum(R&& amounts) {
    Euros total;
    for (auto&& a : amounts)
        total += static_cast<Euros>(a);
    return total;
}
/// Checked total of a braced list: `sum({24'000_eur, 33'000_eur})`.
[[nodiscard]] constexpr Euros sum(std::initializer_list<Euros> amounts) {
    Euros total;
    for (const Euros a : amounts)
        total += a;
    return total;
}

inline namespace literals {
/// `57'000_eur` is 57 000,00 € (whole euros; no floating literal on purpose: `12.5_eur` is an
/// error — write `1250_cents`). Out of range is an error at compile time in constant contexts.
constexpr Euros operator""_eur(unsigned long long euros) {
    if (euros > static_cast<unsigned long long>(std::numeric_limits<std::int64_t>::max()))
        detail::throw_money_overflow(std::to_string(euros) + "_eur");
    return Euros::from_euros(static_cast<std::int64_t>(euros));
}
/// `1250_cents` is 12,50 €.
constexpr Euros operator""_cents(unsigned long long cents) {
    if (cents > static_cast<unsigned long long>(std::numeric_limits<std::int64_t>::max()))
        detail::throw_money_overflow(std::to_string(cents) + "_cents");
    return Euros::from_cents(static_cast<std::int64_t>(cents));
}
} // namespace literals

// ------------------------------------------------------------------------------------------------
// Parsing

namespace detail {

/// Length in bytes of the separator (space, U+00A0, U+202F, U+2009) starting at s[i], else 0.
[[nodiscard]] constexpr std::size_t group_space_at(std::string_view s, std::size_t i) noexcept {
    if (i >= s.size())
        return 0;
    if (s[i] == ' ')
        return 1;
    const std::string_view rest = s.substr(i);
    if (rest.starts_with("\u00A0"))
        return 2;
    if (rest.starts_with("\u202F") || rest.starts_with("\u2009"))
        return 3;
    return 0;
}
[[nodiscard]] constexpr bool iends_with(std::string_view s, std::string_view suffix) noexcept {
    if (s.size() < suffix.size())
        return false;
    const std::string_view tail = s.substr(s.size() - suffix.size());
    for (std::size_t i = 0; i < suffix.size(); ++i)
        if (ascii_lower(tail[i]) != suffix[i])
            return false;
    return true;
}
/// The UTF-8 character starting at s[i] (1–4 bytes, clamped), for error messages.
[[nodiscard]] constexpr std::string_view utf8_char_at(std::string_view s, std::size_t i) noexcept {
    const auto b = static_cast<unsigned char>(s[i]);
    std::size_t n = 1;
    if (b >= 0xF0U)
        n = 4;
    else if (b >= 0xE0U)
        n = 3;
    else if (b >= 0xC0U)
        n = 2;
    return s.substr(i, n);
}

inline constexpr std::string_view amount_field = "montant";

[[nodiscard]] inline Error amount_overflow(std::string_view text) {
    return make_error(ErrorKind::overflow, amount_field, text,
                      "le montant dépasse la capacité représentable (de " +
                          Euros::min().to_string_fr() + " à " + Euros::max().to_string_fr() + ")");
}
} // namespace detail

inline Result<Euros> Euros::parse(std::string_view text) {
    using detail::is_digit;
    const auto fail = [&](ErrorKind kind, std::string message) {
        return make_error(kind, detail::amount_field, text, std::move(message));
    };
    std::string_view s = detail::trim_spaces(text);
    if (s.empty())
        return fail(ErrorKind::empty, "le montant est vide");

    // Optional currency, after the number (« 57 000 € », « 57 000 EUR », « 57 000 euros »).
    for (const std::string_view currency : {std::string_view("euros"), std::string_view("euro"),
                                            std::string_view("eur"), detail::euro_sign}) {
        if (detail::iends_with(s, currency)) {
            s = detail::trim_spaces(s.substr(0, s.size() - currency.size()));
            break;
        }
    }
    if (s.empty())
        return fail(ErrorKind::format, "aucun chiffre avant la devise");

    std::size_t i = 0;
    bool negative = false;
    if (s[0] == '-') {
        negative = true;
        i = 1;
    } else if (s.starts_with("\u2212")) {
        negative = true;
        i = 3;
    }
    if (i >= s.size() || !is_digit(s[i]))
        return fail(ErrorKind::format,
                    i < s.size()
                        ? "caractère inattendu « " + std::string(detail::utf8_char_at(s, i)) +
                              " » : un montant commence par un chiffre ou le signe -"
                        : std::string("aucun chiffre après le signe"));

    // Integer part: digits, possibly grouped by three with single spaces.
    const std::uint64_t limit =
        negative ? std::uint64_t{1} << 63U
                 : static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());
    std::uint64_t units = 0;
    bool too_big = false;
    bool grouped = false;
    std::size_t group_len = 0; // digits in the current group
    std::size_t first_group_len = 0;
    while (i < s.size()) {
        if (is_digit(s[i])) {
            const auto d = static_cast<std::uint64_t>(s[i] - '0');
            if (detail::mul_overflow(units, std::uint64_t{10}, &units) ||
                detail::add_overflow(units, d, &units))
                too_big = true;
            ++group_len;
            ++i;
            continue;
        }
        const std::size_t sp = detail::group_space_at(s, i);
        if (sp == 0)
            break;
        if (!grouped)
            first_group_len = group_len;
        else if (group_len != 3)
            break; // reported below with the offending group
        if (!grouped && (first_group_len == 0 || first_group_len > 3))
            return fail(ErrorKind::format,
                        "groupe de chiffres « " + std::string(s.substr(0, i)) +
                            " » : avant un séparateur de milliers, le premier groupe compte de "
                            "un à trois chiffres");
        if (i + sp >= s.size() || !is_digit(s[i + sp]))
            return fail(ErrorKind::format,
                        i + sp < s.size()
                            ? "caractère inattendu « " +
                                  std::string(detail::utf8_char_at(s, i + sp)) +
                                  " » après une espace : seul un groupe de trois chiffres peut "
                                  "suivre un séparateur de milliers"
                            : std::string("espace finale inattendue"));
        grouped = true;
        group_len = 0;
        i += sp;
    }
    if (grouped && group_len != 3) {
        return fail(ErrorKind::format,
                    "groupe de chiffres « " + std::string(s.substr(i - group_len, group_len)) +
                        " » : après un séparateur de milliers, chaque groupe compte exactement "
                        "trois chiffres");
    }

    // Decimal part: comma (French) or point (ISO, only without grouping).
    std::uint64_t frac = 0;
    if (i < s.size()) {
        const char sep = s[i];
        if (sep != ',' && sep != '.')
            return fail(ErrorKind::format, "caractère inattendu « " +
                                               std::string(detail::utf8_char_at(s, i)) +
                                               " » dans le montant");
        std::size_t j = i + 1;
        while (j < s.size() && is_digit(s[j]))
            ++j;
        const std::size_t ndec = j - i - 1;
        if (sep == '.' && ndec == 3)
            return fail(ErrorKind::ambiguous,
                        "un point suivi de trois chiffres se lit comme séparateur de milliers ou "
                        "comme séparateur décimal ; écrire les milliers avec une espace "
                        "(« 57 000 ») et les décimales avec une virgule (« 57,00 »)");
        if (j < s.size()) {
            if (s[j] == ',' || s[j] == '.')
                return fail(ErrorKind::format,
                            "plusieurs séparateurs décimaux ou de milliers (« , » ou « . ») : un "
                            "montant n'a qu'une virgule décimale");
            return fail(ErrorKind::format, "caractère inattendu « " +
                                               std::string(detail::utf8_char_at(s, j)) +
                                               " » après la partie décimale");
        }
        if (sep == '.' && grouped)
            return fail(ErrorKind::format,
                        "point décimal et séparateurs de milliers mêlés : écrire « 57 000,00 » "
                        "(forme française) ou « 57000.00 » (forme ISO)");
        if (ndec == 0)
            return fail(ErrorKind::format, std::string("« ") + sep + " » sans chiffres après");
        if (ndec > 2)
            return fail(ErrorKind::length, std::to_string(ndec) +
                                               " décimales : un montant en euros en a au plus "
                                               "deux (les centimes)");
        frac = static_cast<std::uint64_t>(s[i + 1] - '0') * 10U;
        if (ndec == 2)
            frac += static_cast<std::uint64_t>(s[i + 2] - '0');
    }

    std::uint64_t mag = 0;
    if (too_big || detail::mul_overflow(units, std::uint64_t{100}, &mag) ||
        detail::add_overflow(mag, frac, &mag) || mag > limit)
        return detail::amount_overflow(text);
    const std::int64_t cents = negative ? static_cast<std::int64_t>(std::uint64_t{0} - mag)
                                        : static_cast<std::int64_t>(mag);
    return Euros::from_cents(cents);
}

} // namespace subvention

/// Hash of an amount (its cents), so `Euros` can key unordered containers.
template <>
struct std::hash<subvention::Euros> {
    [[nodiscard]] std::size_t operator()(subvention::Euros e) const noexcept {
        // splitmix64 finaliser: cheap, and spreads round amounts (multiples of 100) over buckets.
        auto x = static_cast<std::uint64_t>(e.cents());
        x = (x ^ (x >> 30U)) * 0xBF58476D1CE4E5B9ULL;
        x = (x ^ (x >> 27U)) * 0x94D049BB133111EBULL;
        return static_cast<std::size_t>(x ^ (x >> 31U));
    }
};
