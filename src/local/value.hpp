// SPDX-License-Identifier: Apache-2.0
// subvention::local — the values local rules compute with: exact rationals (money is a rational
// number of euros, so « 30 % du montant » is never rounded before a comparison), dates,
// durations, booleans, text, and lists of records read from the dossier. Engine-private.
#pragma once

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <variant>
#include <vector>

#include <subvention/date.hpp>
#include <subvention/deadline.hpp>
#include <subvention/local/facts.hpp>
#include <subvention/money.hpp>
#include <subvention/provenance.hpp>

namespace subvention::local::detail {

__extension__ using i128 = __int128;

/// Thrown when an exact computation leaves the range of 128-bit fractions or divides by zero:
/// the rule is then undecided on this dossier, never wrongly decided.
class EvalError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// An exact fraction in lowest terms, denominator > 0.
struct Q {
    i128 num = 0;
    i128 den = 1;

    [[nodiscard]] static Q integer(std::int64_t n) noexcept { return Q{n, 1}; }
    /// n/d in lowest terms; throws EvalError when d is 0.
    [[nodiscard]] static Q make(i128 n, i128 d);
    [[nodiscard]] bool is_integer() const noexcept { return den == 1; }
    friend bool operator==(const Q&, const Q&) = default;
};

[[nodiscard]] Q operator+(const Q& a, const Q& b);
[[nodiscard]] Q operator-(const Q& a, const Q& b);
[[nodiscard]] Q operator*(const Q& a, const Q& b);
[[nodiscard]] Q operator/(const Q& a, const Q& b);
[[nodiscard]] Q negate(const Q& a);
/// -1, 0 or 1.
[[nodiscard]] int compare(const Q& a, const Q& b);

/// An amount in euros, exact (cents may be fractional after a product by a rate).
struct Money {
    Q euros;
    friend bool operator==(const Money&, const Money&) = default;
};

/// A number; `percent` only says how to print it (« 30 % » rather than « 0,3 »).
struct Number {
    Q value;
    bool percent = false;
    friend bool operator==(const Number& a, const Number& b) { return a.value == b.value; }
};

struct List;

/// A value; `std::monostate` is « unknown » (the dossier does not state it).
using Scalar =
    std::variant<std::monostate, Money, Number, Date, Duration, bool, std::string, const List*>;

[[nodiscard]] inline bool known(const Scalar& s) noexcept {
    return !std::holds_alternative<std::monostate>(s);
}

/// A value read from the dossier, with where it is stated and its path in the dossier model.
struct FactValue {
    Scalar value;
    std::optional<SourceRef> source;
    std::string path;
};

/// One element of a list fact: its fields, in the order of the vocabulary.
struct Record {
    std::vector<FactValue> fields;
};

struct List {
    std::vector<Record> items;
};

[[nodiscard]] Money money_of(Euros e);
/// Euros rounded to the cent (half away from zero); throws EvalError beyond the range of Euros.
[[nodiscard]] Euros to_euros(const Money& m);

/// Canonical text of a value, as a diagnostic fact carries it: amounts « 57000.00 » (rounded to
/// the cent), numbers « 3/10 » or « 12 », dates ISO, durations ISO 8601 (« P6M »), booleans
/// « true »/« false ».
[[nodiscard]] std::string canonical(const Scalar& s);

/// The value in words of a message: French amounts « 57 000,00 € » and dates « 30 juin 2024 »,
/// or their English forms.
[[nodiscard]] std::string display(const Scalar& s, bool french);

} // namespace subvention::local::detail
