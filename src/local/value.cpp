// SPDX-License-Identifier: Apache-2.0
// subvention::local — exact arithmetic and the printing of values (see value.hpp).
#include "local/value.hpp"

#include <string>
#include <variant>

#include <subvention/compliance/message.hpp>

namespace subvention::local::detail {

namespace {

[[noreturn]] void overflow() {
    throw EvalError("calcul hors des limites de l'arithmétique exacte (fractions de 128 bits)");
}

i128 gcd(i128 a, i128 b) noexcept {
    if (a < 0)
        a = -a;
    if (b < 0)
        b = -b;
    while (b != 0) {
        const i128 t = a % b;
        a = b;
        b = t;
    }
    return a;
}

// The range is kept symmetric (the most negative 128-bit value is an overflow too), so that a
// negation or an absolute value of any result is exact.
constexpr i128 i128_min = -(((i128{1} << 126) - 1) * 2 + 1) - 1;

i128 checked_mul(i128 a, i128 b) {
    i128 r = 0;
    if (__builtin_mul_overflow(a, b, &r) || r == i128_min)
        overflow();
    return r;
}

i128 checked_add(i128 a, i128 b) {
    i128 r = 0;
    if (__builtin_add_overflow(a, b, &r) || r == i128_min)
        overflow();
    return r;
}

std::string i128_to_string(i128 v) {
    if (v == 0)
        return "0";
    const bool negative = v < 0;
    std::string out;
    while (v != 0) {
        const int digit = static_cast<int>(v % 10);
        out.insert(out.begin(), static_cast<char>('0' + (digit < 0 ? -digit : digit)));
        v /= 10;
    }
    return negative ? "-" + out : out;
}

/// Decimal digits of |q| with at most `max_decimals` decimals if exact, else nullopt.
std::optional<std::string> exact_decimal(const Q& q, int max_decimals, char point) {
    i128 den = q.den;
    int twos = 0;
    int fives = 0;
    while (den % 2 == 0) {
        den /= 2;
        ++twos;
    }
    while (den % 5 == 0) {
        den /= 5;
        ++fives;
    }
    if (den != 1)
        return std::nullopt;
    const int decimals = twos > fives ? twos : fives;
    if (decimals > max_decimals)
        return std::nullopt;
    i128 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale = checked_mul(scale, 10);
    i128 scaled = checked_mul(q.num < 0 ? -q.num : q.num, scale / q.den);
    std::string digits = i128_to_string(scaled);
    if (decimals > 0) {
        while (static_cast<int>(digits.size()) <= decimals)
            digits.insert(digits.begin(), '0');
        digits.insert(digits.end() - decimals, point);
    }
    return (q.num < 0 ? "-" : "") + digits;
}

std::string duration_iso(const Duration& d) {
    if (const auto* days = std::get_if<Days>(&d))
        return "P" + std::to_string(days->count()) + "D";
    if (const auto* months = std::get_if<Months>(&d))
        return "P" + std::to_string(months->count()) + "M";
    return "P" + std::to_string(std::get<Years>(d).count()) + "Y";
}

std::string duration_en(const Duration& d) {
    const auto words = [](std::int32_t n, const char* one, const char* many) {
        return std::to_string(n) + " " + (n == 1 || n == -1 ? one : many);
    };
    if (const auto* days = std::get_if<Days>(&d))
        return words(days->count(), "day", "days");
    if (const auto* months = std::get_if<Months>(&d))
        return words(months->count(), "month", "months");
    return words(std::get<Years>(d).count(), "year", "years");
}

/// « ≈ 79,76 » for 67/84 × 100: two decimals, rounded half away from zero, marked as rounded.
std::string approximate(const Q& q, char point) {
    const Q scaled = q * Q::integer(100);
    const i128 twice = checked_mul(scaled.num, 2);
    const i128 rounded =
        (twice + (scaled.num < 0 ? -scaled.den : scaled.den)) / checked_mul(scaled.den, 2);
    const auto text = exact_decimal(Q::make(rounded, 100), 2, point);
    return "\u2248\u00a0" + text.value_or(i128_to_string(rounded));
}

std::string number_display(const Number& n, bool french) {
    const char point = french ? ',' : '.';
    if (n.percent) {
        const Q percent = n.value * Q::integer(100);
        const auto s = exact_decimal(percent, 6, point);
        return (s ? *s : approximate(percent, point)) + (french ? "\u00a0%" : "%");
    }
    if (auto s = exact_decimal(n.value, 6, point))
        return *s;
    return approximate(n.value, point);
}

/// « num/den », the exact form of a value too large for euros or for a decimal.
std::string fraction(const Q& q) {
    return q.is_integer() ? i128_to_string(q.num)
                          : i128_to_string(q.num) + "/" + i128_to_string(q.den);
}

} // namespace

Q Q::make(i128 n, i128 d) {
    if (d == 0)
        throw EvalError("division par zéro");
    if (d < 0) {
        n = checked_mul(n, -1);
        d = checked_mul(d, -1);
    }
    const i128 g = gcd(n, d);
    if (g > 1) {
        n /= g;
        d /= g;
    }
    return Q{n, d};
}

Q operator+(const Q& a, const Q& b) {
    if (a.den == b.den)
        return Q::make(checked_add(a.num, b.num), a.den);
    return Q::make(checked_add(checked_mul(a.num, b.den), checked_mul(b.num, a.den)),
                   checked_mul(a.den, b.den));
}

Q operator-(const Q& a, const Q& b) {
    return a + negate(b);
}

Q operator*(const Q& a, const Q& b) {
    // Cross-reduce first: keeps 57 000 € × 30 % well inside 128 bits.
    const i128 g1 = gcd(a.num, b.den);
    const i128 g2 = gcd(b.num, a.den);
    const i128 n1 = g1 > 1 ? a.num / g1 : a.num;
    const i128 d2 = g1 > 1 ? b.den / g1 : b.den;
    const i128 n2 = g2 > 1 ? b.num / g2 : b.num;
    const i128 d1 = g2 > 1 ? a.den / g2 : a.den;
    return Q::make(checked_mul(n1, n2), checked_mul(d1, d2));
}

Q operator/(const Q& a, const Q& b) {
    if (b.num == 0)
        throw EvalError("division par zéro");
    return a * Q::make(b.den, b.num);
}

Q negate(const Q& a) {
    return Q{checked_mul(a.num, -1), a.den};
}

int compare(const Q& a, const Q& b) {
    const i128 l = checked_mul(a.num, b.den);
    const i128 r = checked_mul(b.num, a.den);
    return l < r ? -1 : (l > r ? 1 : 0);
}

Money money_of(Euros e) {
    return Money{Q::make(e.cents(), 100)};
}

Euros to_euros(const Money& m) {
    const Q cents = m.euros * Q::integer(100);
    // half away from zero
    const i128 twice = checked_mul(cents.num, 2);
    const i128 rounded =
        checked_add(twice, cents.num < 0 ? -cents.den : cents.den) / checked_mul(cents.den, 2);
    if (rounded > INT64_MAX || rounded < INT64_MIN + 1)
        overflow();
    return Euros::from_cents(static_cast<std::int64_t>(rounded));
}

std::string canonical(const Scalar& s) {
    struct V {
        std::string operator()(std::monostate) const { return {}; }
        std::string operator()(const Money& m) const {
            try {
                return to_euros(m).to_iso();
            } catch (const EvalError&) { // beyond the range of Euros: the exact fraction
                return fraction(m.euros);
            }
        }
        std::string operator()(const Number& n) const { return fraction(n.value); }
        std::string operator()(const Date& d) const { return format_date(d, DateStyle::iso); }
        std::string operator()(const Duration& d) const { return duration_iso(d); }
        std::string operator()(bool b) const { return b ? "true" : "false"; }
        std::string operator()(const std::string& t) const { return t; }
        std::string operator()(const List* l) const {
            return l == nullptr ? std::string() : std::to_string(l->items.size());
        }
    };
    return std::visit(V{}, s);
}

std::string display(const Scalar& s, bool french) {
    using compliance::Message;
    const auto lang = french ? compliance::Lang::fr : compliance::Lang::en;
    struct V {
        bool french;
        compliance::Lang lang;
        std::string operator()(std::monostate) const {
            return french ? "(non renseigné)" : "(not stated)";
        }
        std::string operator()(const Money& m) const {
            try {
                // Amounts are written as in the acts, whatever the language of the message; a
                // fraction of a cent (30 % of 1 000,01 €) is shown rounded, and marked so.
                const bool cents = (m.euros * Q::integer(100)).is_integer();
                return (cents ? "" : "\u2248\u00a0") + to_euros(m).to_string_fr();
            } catch (const EvalError&) { // beyond the range of Euros: the exact fraction
                return fraction(m.euros) + (french ? "\u00a0€" : " €");
            }
        }
        std::string operator()(const Number& n) const {
            try {
                return number_display(n, french);
            } catch (const EvalError&) {
                return fraction(n.value);
            }
        }
        std::string operator()(const Date& d) const {
            if (french)
                return format_date(d);
            return compliance::render(Message("phrase.value").arg("value", d), lang);
        }
        std::string operator()(const Duration& d) const {
            return french ? to_string_fr(d) : duration_en(d);
        }
        std::string operator()(bool b) const {
            return french ? (b ? "oui" : "non") : (b ? "yes" : "no");
        }
        std::string operator()(const std::string& t) const { return t; }
        std::string operator()(const List* l) const {
            const auto n = l == nullptr ? 0U : l->items.size();
            return std::to_string(n) +
                   (french ? (n > 1 ? " éléments" : " élément") : (n == 1 ? " item" : " items"));
        }
    };
    return std::visit(V{french, lang}, s);
}

} // namespace subvention::local::detail
