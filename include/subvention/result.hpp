// SPDX-License-Identifier: Apache-2.0
// subvention — parse results and errors shared by every value type.
//
// Parsing never returns a silently defaulted value: it yields either the value or an `Error`
// that names the field, the offending input and the reason. Code that already knows the input
// is valid calls `.value()` (or a throwing constructor) and gets a `ParseFailure` otherwise.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace subvention {

/// Why a value was rejected (« motif du rejet »). Stable: the CLI prints these names.
enum class ErrorKind {
    empty,     ///< nothing to parse
    format,    ///< characters or layout not allowed
    length,    ///< wrong number of characters or digits
    checksum,  ///< check digits do not match (Luhn, mod 97, clé RIB)
    component, ///< a part is unknown or invalid (country code, month, chapter…)
    range,     ///< well formed but outside the supported range (31/02, year 1800…)
    overflow,  ///< arithmetic or magnitude beyond the representable range
    ambiguous, ///< readable in more than one way (`57.000`)
};

/// Stable lower-case name of an error kind (`"checksum"`).
[[nodiscard]] constexpr std::string_view to_string(ErrorKind k) noexcept {
    switch (k) {
    case ErrorKind::empty:
        return "empty";
    case ErrorKind::format:
        return "format";
    case ErrorKind::length:
        return "length";
    case ErrorKind::checksum:
        return "checksum";
    case ErrorKind::component:
        return "component";
    case ErrorKind::range:
        return "range";
    case ErrorKind::overflow:
        return "overflow";
    case ErrorKind::ambiguous:
        return "ambiguous";
    }
    return "format";
}

/// A rejected input: which field, which value, why (message in French, the users' language).
struct Error {
    ErrorKind kind = ErrorKind::format;
    std::string field{};   ///< e.g. "SIRET", "montant", "date"
    std::string value{};   ///< the input as received (`excerpt` of it through make_error)
    std::string message{}; ///< e.g. « la clé de contrôle (Luhn) est fausse »

    /// `SIRET « 44067202000038 » : la clé de contrôle (Luhn) est fausse`; without a value
    /// `field : message`, and without either the message alone.
    [[nodiscard]] std::string describe() const {
        if (value.empty())
            return field.empty() ? message : field + "\u00A0: " + message;
        return field + " \u00AB\u00A0" + value + "\u00A0\u00BB\u00A0: " + message;
    }
    friend bool operator==(const Error&, const Error&) = default;
};

/// Thrown when a caller asserts validity (`.value()`, throwing constructors) and is wrong.
class ParseFailure : public std::invalid_argument {
public:
    explicit ParseFailure(Error e)
        : std::invalid_argument(e.describe())
        , error_(std::move(e)) {}
    [[nodiscard]] const Error& error() const noexcept { return error_; }

private:
    Error error_;
};

/// Either a `T` or an `Error`; never both, never neither.
template <class T>
class [[nodiscard]] Result {
public:
    Result(T v)
        : data_(std::move(v)) {} // NOLINT(google-explicit-constructor)
    Result(Error e)
        : data_(std::move(e)) {} // NOLINT(google-explicit-constructor)

    [[nodiscard]] bool ok() const noexcept { return data_.index() == 0; }
    explicit operator bool() const noexcept { return ok(); }

    /// The value; throws `ParseFailure` carrying the error when there is none.
    [[nodiscard]] const T& value() const& {
        if (!ok())
            throw ParseFailure(std::get<1>(data_));
        return std::get<0>(data_);
    }
    [[nodiscard]] T&& value() && {
        if (!ok())
            throw ParseFailure(std::get<1>(data_));
        return std::get<0>(std::move(data_));
    }
    /// The value, or `fallback` when there is none.
    [[nodiscard]] T value_or(T fallback) const& {
        return ok() ? std::get<0>(data_) : std::move(fallback);
    }
    [[nodiscard]] const T& operator*() const& { return value(); }
    [[nodiscard]] const T* operator->() const { return &value(); }

    /// The error; precondition `!ok()` (throws std::logic_error otherwise).
    [[nodiscard]] const Error& error() const {
        if (ok())
            throw std::logic_error("subvention::Result::error() called on a success");
        return std::get<1>(data_);
    }

private:
    std::variant<T, Error> data_;
};

/// Longest input an error quotes, in bytes: a message names the value, it does not copy a
/// 200 MB one back to the user.
inline constexpr std::size_t max_quoted_bytes = 256;

/// `text`, or its first `max_bytes` bytes cut at a UTF-8 character boundary followed by « … »
/// when it is longer (« extrait » of a value for a message).
[[nodiscard]] inline std::string excerpt(std::string_view text,
                                         std::size_t max_bytes = max_quoted_bytes) {
    if (text.size() <= max_bytes)
        return std::string(text);
    std::size_t cut = max_bytes;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0U) == 0x80U)
        --cut; // never split a multi-byte character
    return std::string(text.substr(0, cut)) + "\u2026";
}

/// Builds an `Error` (helper for parsers); the value is quoted as `excerpt(value)`.
[[nodiscard]] inline Error make_error(ErrorKind kind, std::string_view field,
                                      std::string_view value, std::string message) {
    return Error{kind, std::string(field), excerpt(value), std::move(message)};
}

} // namespace subvention
