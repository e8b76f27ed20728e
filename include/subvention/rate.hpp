// SPDX-License-Identifier: Apache-2.0
// subvention — exact rates (« taux ») and ratios applied to amounts, with explicit rounding.
//
// A `Rate` is an exact rational number (Boost.Multiprecision `cpp_rational`): « 33,5 % » is
// 67/200, « 1/3 » is 1/3, never 0.333…. Applying it to an amount computes the exact product and
// rounds ONCE, with the `Rounding` the caller names (docs/architecture.md §3.1: no floating point,
// no default rounding). This header is the only money header that pulls Multiprecision in;
// <subvention/money.hpp> stays cheap.
#pragma once

#include <compare>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

#include <boost/multiprecision/cpp_int.hpp>

#include <subvention/money.hpp>
#include <subvention/result.hpp>

namespace subvention {

namespace detail {

/// num/den rounded to an integer with `mode`; precondition den > 0. Works for `cpp_int` and
/// `checked_int128_t` (the remainder is below den, so 2·r cannot overflow).
template <class Int>
[[nodiscard]] Int round_quotient(const Int& num, const Int& den, Rounding mode) {
    Int q = num / den; // truncated toward zero
    Int r = num % den; // same sign as num
    if (r < 0) {       // make it a floor division: num = q·den + r, 0 <= r < den
        q -= 1;
        r += den;
    }
    if (r == 0)
        return q;
    const bool negative = num < 0;
    switch (mode) {
    case Rounding::down:
        return q;
    case Rounding::up:
        return Int(q + 1);
    case Rounding::toward_zero:
        return negative ? Int(q + 1) : q;
    case Rounding::half_up:
    case Rounding::half_even: {
        const Int twice = r * 2;
        if (twice < den)
            return q;
        if (twice > den)
            return Int(q + 1);
        // exact tie between q and q+1
        if (mode == Rounding::half_up)
            return negative ? q : Int(q + 1); // away from zero
        return (q % 2 == 0) ? q : Int(q + 1); // to the even neighbour
    }
    }
    return q;
}

inline constexpr std::string_view rate_field = "taux";
/// Longest rate text accepted (bounds the work done on hostile input). Long enough for the
/// French form of every accepted rate (at most 42 + 1 + 133 digits).
inline constexpr std::size_t rate_max_length = 256;
/// Accepted rates have a numerator and a denominator (in lowest terms) below 10^40, so that
/// both text forms of any rate parse back and arithmetic stays bounded.
inline constexpr unsigned rate_max_digits = 40;
} // namespace detail

/// An exact non-negative rate (« taux », « quote-part ») such as 33,5 %, 1/3 or 0,8.
/// Regular and totally ordered. Rates above 100 % are representable (an indexation, a ratio of
/// two budgets): whether a subsidy rate may exceed 100 % is the compliance layer's question.
/// Negative rates are rejected: a reduction is written as a difference of amounts.
class Rate {
public:
    using rational = boost::multiprecision::cpp_rational;
    using integer = boost::multiprecision::cpp_int;

    /// The zero rate (0 %).
    Rate() = default;

    /// `num/den` exactly; throws std::invalid_argument if `den` is 0 or the ratio is negative.
    [[nodiscard]] static Rate from_fraction(std::int64_t num, std::int64_t den) {
        if (den == 0)
            throw std::invalid_argument("Rate::from_fraction : dénominateur nul (" +
                                        std::to_string(num) + "/0)");
        if ((num < 0 && den > 0) || (num > 0 && den < 0))
            throw std::invalid_argument("Rate::from_fraction : taux négatif (" +
                                        std::to_string(num) + "/" + std::to_string(den) + ")");
        // Same signs here: the ratio of the magnitudes keeps the denominator positive (2^63, the
        // magnitude of INT64_MIN, fits in std::uint64_t). Negating cpp_ints instead draws GCC 12
        // -O3 false -Wmaybe-uninitialized inside Boost.Multiprecision (GCC meta-bug 24639).
        const auto magnitude = [](std::int64_t v) {
            return v < 0 ? std::uint64_t{0} - static_cast<std::uint64_t>(v)
                         : static_cast<std::uint64_t>(v);
        };
        return Rate(rational(integer(magnitude(num)), integer(magnitude(den))));
    }
    /// A whole percentage: `from_percent(80)` is 80 % = 4/5; throws std::invalid_argument if < 0.
    [[nodiscard]] static Rate from_percent(std::int64_t percent) {
        return from_fraction(percent, 100);
    }
    /// The share `part / whole` of two amounts (« pourcentage de subvention » = aide / coût
    /// total); throws std::invalid_argument unless whole > 0 and part >= 0.
    [[nodiscard]] static Rate ratio(Euros part, Euros whole) {
        if (whole.cents() <= 0 || part.cents() < 0)
            throw std::invalid_argument("Rate::ratio : il faut une part positive ou nulle et un "
                                        "total strictement positif (" +
                                        part.to_iso() + " / " + whole.to_iso() + ")");
        return Rate(rational(integer(part.cents()), integer(whole.cents())));
    }

    /// Parses a rate written as a percentage (`33,5 %`, `33.5%`, `100 %`), a fraction (`1/3`,
    /// `2 / 3`) or a decimal (`0,8`, `0.8`). Decimal comma or point, any number of decimals
    /// (no thousands grouping in rates, so `0.125` is not ambiguous); blanks around the text,
    /// before `%` and around `/` are ignored (U+0020, U+00A0, U+202F, U+2009).
    /// Errors (field « taux »): empty (`empty`); negative rate, zero denominator, numerator or
    /// denominator in lowest terms of 40 digits or more (`range`); more than 256 characters
    /// (`length`); anything else (`format`).
    [[nodiscard]] static Result<Rate> parse(std::string_view text);

    /// The exact value.
    [[nodiscard]] const rational& value() const noexcept { return value_; }
    /// Numerator and denominator in lowest terms (denominator > 0).
    [[nodiscard]] integer numerator() const { return boost::multiprecision::numerator(value_); }
    [[nodiscard]] integer denominator() const { return boost::multiprecision::denominator(value_); }

    /// Canonical fraction « 67/200 », « 1/3 », « 0/1 » (parses back to the same rate).
    [[nodiscard]] std::string to_string() const {
        return numerator().str() + "/" + denominator().str();
    }
    /// French form: an exact percentage when the rate has a finite decimal expansion
    /// (« 33,5 % », « 100 % », U+00A0 before %), otherwise the fraction (« 1/3 »). Parses back.
    [[nodiscard]] std::string to_string_fr() const;

    friend bool operator==(const Rate& a, const Rate& b) { return a.value_ == b.value_; }
    friend std::strong_ordering operator<=>(const Rate& a, const Rate& b) {
        if (a.value_ < b.value_)
            return std::strong_ordering::less;
        if (b.value_ < a.value_)
            return std::strong_ordering::greater;
        return std::strong_ordering::equal;
    }

private:
    explicit Rate(rational v)
        : value_(std::move(v)) {}
    rational value_{0};
};

inline Result<Rate> Rate::parse(std::string_view text) {
    using detail::is_digit;
    const auto fail = [&](ErrorKind kind, std::string message) {
        return make_error(kind, detail::rate_field, text, std::move(message));
    };
    std::string_view s = detail::trim_spaces(text);
    if (s.empty())
        return fail(ErrorKind::empty, "le taux est vide");
    if (s.size() > detail::rate_max_length)
        return fail(ErrorKind::length, "un taux s'écrit en au plus " +
                                           std::to_string(detail::rate_max_length) + " caractères");
    if (s[0] == '-' || s.starts_with("\u2212"))
        return fail(ErrorKind::range, "un taux ne peut pas être négatif (une réduction s'écrit "
                                      "comme une différence de montants)");
    const auto digits_value = [](std::string_view d, integer v = 0) {
        for (const char c : d)
            v = v * 10 + (c - '0');
        return v;
    };
    const auto bounded = [&](Rate r) -> Result<Rate> {
        const integer limit = pow(integer(10), detail::rate_max_digits);
        if (r.numerator() >= limit || r.denominator() >= limit)
            return fail(ErrorKind::range,
                        "taux trop grand ou trop précis : numérateur et dénominateur de la "
                        "fraction irréductible ont au plus " +
                            std::to_string(detail::rate_max_digits - 1) + " chiffres");
        return r;
    };
    const auto all_digits = [](std::string_view d) {
        if (d.empty())
            return false;
        for (const char c : d)
            if (!is_digit(c))
                return false;
        return true;
    };

    bool percent = false;
    if (s.back() == '%') {
        percent = true;
        s = detail::trim_spaces(s.substr(0, s.size() - 1));
    }

    if (const std::size_t slash = s.find('/'); slash != std::string_view::npos) {
        if (percent)
            return fail(ErrorKind::format, "une fraction (« 1/3 ») ne prend pas de signe %");
        const std::string_view n = detail::trim_spaces(s.substr(0, slash));
        const std::string_view d = detail::trim_spaces(s.substr(slash + 1));
        if (!all_digits(n) || !all_digits(d))
            return fail(ErrorKind::format, "une fraction s'écrit « numérateur/dénominateur » avec "
                                           "deux nombres entiers (« 1/3 »)");
        const integer den = digits_value(d);
        if (den == 0)
            return fail(ErrorKind::range, "le dénominateur de la fraction est nul");
        return bounded(Rate(rational(digits_value(n), den)));
    }

    const std::size_t sep = s.find_first_of(",.");
    const std::string_view int_part = s.substr(0, sep);
    const std::string_view dec_part =
        sep == std::string_view::npos ? std::string_view() : s.substr(sep + 1);
    if (!all_digits(int_part) || (sep != std::string_view::npos && !all_digits(dec_part)))
        return fail(ErrorKind::format,
                    "un taux s'écrit « 33,5 % », « 0,8 » ou « 1/3 » (chiffres, une virgule ou un "
                    "point décimal, % facultatif)");
    // « 33,5 % » = 335 / (10 × 100): the digits without the separator over 10^decimals (× 100).
    integer scale = pow(integer(10), static_cast<unsigned>(dec_part.size()));
    if (percent)
        scale *= 100;
    return bounded(Rate(rational(digits_value(dec_part, digits_value(int_part)), scale)));
}

inline std::string Rate::to_string_fr() const {
    // value·100 = n/d in lowest terms; a finite decimal iff d = 2^a·5^b: then n·10^k/d is an
    // integer for k = max(a, b).
    const rational pct = value_ * 100;
    const integer n = boost::multiprecision::numerator(pct);
    integer d = boost::multiprecision::denominator(pct);
    unsigned twos = 0;
    unsigned fives = 0;
    while (d % 2 == 0) {
        d /= 2;
        ++twos;
    }
    while (d % 5 == 0) {
        d /= 5;
        ++fives;
    }
    if (d != 1)
        return to_string();
    const unsigned k = twos > fives ? twos : fives;
    const integer scaled =
        n * pow(integer(10), k) / boost::multiprecision::denominator(pct); // exact
    std::string digits = scaled.str();
    if (k > 0) {
        if (digits.size() <= k)
            digits.insert(0, k + 1 - digits.size(), '0');
        digits.insert(digits.size() - k, 1, ',');
    }
    return digits + "\u00A0%";
}

/// `*this × rate`, rounded once to the cent with `rounding` (see the declaration in money.hpp).
inline Euros Euros::apply(const Rate& rate, Rounding rounding) const {
    const Rate::integer num = Rate::integer(cents_) * rate.numerator();
    const Rate::integer q = detail::round_quotient(num, rate.denominator(), rounding);
    if (q > std::numeric_limits<std::int64_t>::max() ||
        q < std::numeric_limits<std::int64_t>::min())
        detail::throw_money_overflow(detail::iso_cents(cents_) + " × " + rate.to_string());
    return Euros::from_cents(q.convert_to<std::int64_t>());
}

/// Pro rata reduction (« réfaction au prorata des dépenses réalisées »):
/// `ceiling × actual / planned`, rounded once with `rounding`, and capped at `ceiling`.
///
/// Why capped: a subsidy is a maximum (« montant maximum de l'aide », seed convention art. 6:
/// « plafonnée au montant indiqué ci-dessus […] elle peut être diminuée en fonction des dépenses
/// effectivement réalisées »). Spending less than planned reduces it in proportion; spending more
/// never increases it. So actual >= planned gives exactly `ceiling`.
/// Preconditions (std::invalid_argument otherwise, naming the values): planned > 0,
/// actual >= 0, ceiling >= 0 — a zero or negative planned budget is a defect of the dossier
/// that the caller reports before asking for a pro rata.
/// The product is computed exactly in a checked 128-bit integer (no overflow possible).
[[nodiscard]] inline Euros prorata(Euros ceiling, Euros actual, Euros planned, Rounding rounding) {
    if (planned.cents() <= 0 || actual.cents() < 0 || ceiling.cents() < 0)
        throw std::invalid_argument(
            "prorata : il faut un budget prévu strictement positif, des dépenses réalisées et un "
            "plafond positifs ou nuls (plafond " +
            ceiling.to_iso() + ", réalisé " + actual.to_iso() + ", prévu " + planned.to_iso() +
            ")");
    if (actual >= planned)
        return ceiling;
    using boost::multiprecision::checked_int128_t;
    const checked_int128_t product = checked_int128_t(ceiling.cents()) * actual.cents();
    const checked_int128_t q =
        detail::round_quotient(product, checked_int128_t(planned.cents()), rounding);
    return Euros::from_cents(q.convert_to<std::int64_t>()); // 0 <= q <= ceiling
}

} // namespace subvention
