// SPDX-License-Identifier: Apache-2.0
// subvention — functions of the M57 functional presentation (« 65 », « 651 »).
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

#include <subvention/budget/section.hpp>
#include <subvention/detail/m57_tables.hpp>
#include <subvention/money.hpp>
#include <subvention/result.hpp>

namespace subvention {

// ============================================================================================
// Function
// ============================================================================================

/// A function of the M57 functional presentation (« fonction » / « sous-fonction »): 1 digit
/// (`6` Action économique), 2 digits (`65`) or 3 digits (`221` Collèges). docs/legal-reference.md
/// BUDG-FUNCTIONS-2DIGIT.
class FunctionCode {
public:
    /// Parses a function code (surrounding blanks ignored). Errors (field « fonction »): empty,
    /// format, length (more than 3 digits), component (2-digit function not in M57, or 3-digit
    /// one whose 2-digit parent is not).
    static Result<FunctionCode> parse(std::string_view text) {
        const std::string_view s = detail::trim_spaces(text);
        if (s.empty())
            return make_error(ErrorKind::empty, "fonction", text, "la fonction est vide");
        if (!detail::budget::all_digits(s))
            return make_error(ErrorKind::format, "fonction", text,
                              "la fonction " + detail::budget::quoted(s) +
                                  " ne doit contenir que des chiffres");
        if (s.size() > 3)
            return make_error(ErrorKind::length, "fonction", text,
                              "la fonction " + std::string(s) + " doit compter 1, 2 ou 3 chiffres");
        if (s.size() >= 2 && detail::m57::find_function(s.substr(0, 2)) == nullptr)
            return make_error(ErrorKind::component, "fonction", text,
                              unknown_function_message(s.substr(0, 2)));
        return FunctionCode(s, Checked{});
    }

    /// For code that knows the function is valid; throws `ParseFailure` otherwise.
    explicit FunctionCode(std::string_view text)
        : FunctionCode(parse(text).value()) {}

    /// The digits (`"65"`).
    [[nodiscard]] constexpr std::string_view code() const noexcept { return code_.view(); }
    /// Number of digits (1, 2 or 3).
    [[nodiscard]] constexpr std::size_t level() const noexcept { return code().size(); }
    /// The rank-1 function digit (0–9), which is also the chapter digit: 65 → 6.
    [[nodiscard]] constexpr std::uint8_t digit() const noexcept {
        return detail::budget::digit_value(code()[0]);
    }

    /// The enclosing function (221 → 22 → 2), none for a 1-digit function.
    [[nodiscard]] constexpr std::optional<FunctionCode> parent() const noexcept {
        if (level() == 1)
            return std::nullopt;
        return FunctionCode(code().substr(0, level() - 1), Checked{});
    }

    /// Whether the label is in the table (always for 1- and 2-digit codes).
    [[nodiscard]] constexpr bool is_known() const noexcept { return label().has_value(); }

    /// The label (« libellé »): 65 → "Insertion économique et économie sociale, solidaire".
    [[nodiscard]] constexpr std::optional<std::string_view> label() const noexcept {
        if (level() == 1)
            return detail::m57::function_digit_names[digit()];
        if (const auto* f = detail::m57::find_function(code()))
            return f->label;
        return std::nullopt;
    }

    friend constexpr bool operator==(const FunctionCode&, const FunctionCode&) noexcept = default;
    friend constexpr std::strong_ordering operator<=>(const FunctionCode&,
                                                      const FunctionCode&) noexcept = default;

private:
    struct Checked {};
    constexpr FunctionCode(std::string_view digits, Checked) noexcept
        : code_(digits) {}

    static std::string unknown_function_message(std::string_view two) {
        const std::uint8_t d = detail::budget::digit_value(two[0]);
        const std::string head = "la fonction " + std::string(two) + " n'existe pas en M57";
        const std::string rank = std::string(1, two[0]) + " " +
                                 detail::budget::quoted(detail::m57::function_digit_names[d]);
        if (d == 9)
            return head + " : la fonction " + rank + " n'a pas de sous-fonction";
        std::string list;
        auto add = [&](const auto& table) {
            for (const auto& f : table)
                if (f.code.size() == 2 && f.code[0] == two[0])
                    list += (list.empty() ? "" : ", ") + std::string(f.code);
        };
        add(detail::m57::functions);
        add(detail::m57::functions_transport);
        return head + " (fonction " + rank + " : " + list + ")";
    }

    detail::budget::Digits<3> code_;
};

} // namespace subvention
