// SPDX-License-Identifier: Apache-2.0
// subvention — operation codes (« C01-020Q01 »).
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
// Operation code
// ============================================================================================

/// The shape of a département's operation codes (« modèle de code opération »), in a tiny
/// pattern language: `A` = an upper-case letter A–Z, `9` = a digit, `X` = either, `\c` = the
/// character c literally, any other printable ASCII character (not a blank) = itself.
/// Example: `A99-999A99` (Pas-de-Calais style, `C01-020Q01`).
class OperationCodePattern {
public:
    /// Parses a pattern. Errors (field « modèle de code opération »): empty, format (blank,
    /// non-ASCII or control character, dangling `\`), length (more than 32 positions).
    static Result<OperationCodePattern> parse(std::string_view pattern) {
        constexpr std::string_view field = "modèle de code opération";
        if (pattern.empty())
            return make_error(ErrorKind::empty, field, pattern, "le modèle est vide");
        std::string slots;
        for (std::size_t i = 0; i < pattern.size(); ++i) {
            char c = pattern[i];
            if (!printable(c))
                return make_error(ErrorKind::format, field, pattern,
                                  "le modèle ne peut contenir que des caractères ASCII visibles "
                                  "(position " +
                                      std::to_string(i + 1) + ")");
            if (c == '\\') {
                if (i + 1 == pattern.size() || !printable(pattern[i + 1]))
                    return make_error(
                        ErrorKind::format, field, pattern,
                        "«\u00A0\\\u00A0» doit être suivi du caractère à prendre tel quel");
                slots += '\\';
                slots += pattern[++i];
            } else {
                slots += c;
            }
        }
        OperationCodePattern p(std::string(pattern), std::move(slots));
        if (p.length() > 32)
            return make_error(ErrorKind::length, field, pattern, "le modèle dépasse 32 caractères");
        return p;
    }

    /// The default pattern `A99-999A99`, derived from the single seed code `C01-020Q01`
    /// (Pas-de-Calais, délibération 2023-122 art. 3). Other départements' codes need their own
    /// pattern: this default is an assumption from one example, not a national rule.
    static OperationCodePattern pas_de_calais() { return parse("A99-999A99").value(); }

    /// The pattern as written.
    [[nodiscard]] const std::string& text() const noexcept { return text_; }
    /// Number of characters a matching code has.
    [[nodiscard]] std::size_t length() const noexcept {
        std::size_t n = 0;
        for (std::size_t i = 0; i < slots_.size(); ++i, ++n)
            if (slots_[i] == '\\')
                ++i;
        return n;
    }
    /// Whether `code` matches exactly (no trimming).
    [[nodiscard]] bool matches(std::string_view code) const {
        return !first_mismatch(code).has_value() && code.size() == length();
    }

    friend bool operator==(const OperationCodePattern&, const OperationCodePattern&) = default;

private:
    friend class OperationCode;
    OperationCodePattern(std::string text, std::string slots)
        : text_(std::move(text))
        , slots_(std::move(slots)) {}

    static constexpr bool printable(char c) noexcept { return c > ' ' && c < 127; }

    struct Mismatch {
        std::size_t position{}; ///< 0-based in the code
        std::string expected{}; ///< French description
    };

    /// First position (within min(len, pattern length)) where `code` does not fit.
    [[nodiscard]] std::optional<Mismatch> first_mismatch(std::string_view code) const {
        std::size_t pos = 0;
        for (std::size_t i = 0; i < slots_.size() && pos < code.size(); ++i, ++pos) {
            const char c = code[pos];
            const bool letter = c >= 'A' && c <= 'Z';
            const bool digit = c >= '0' && c <= '9';
            switch (slots_[i]) {
            case 'A':
                if (!letter)
                    return Mismatch{pos, "une lettre majuscule"};
                break;
            case '9':
                if (!digit)
                    return Mismatch{pos, "un chiffre"};
                break;
            case 'X':
                if (!letter && !digit)
                    return Mismatch{pos, "une lettre majuscule ou un chiffre"};
                break;
            case '\\':
                ++i;
                [[fallthrough]];
            default:
                if (c != slots_[i])
                    return Mismatch{pos, detail::budget::quoted(std::string_view(&slots_[i], 1))};
            }
        }
        return std::nullopt;
    }

    std::string text_;
    std::string slots_; ///< the pattern with escapes kept as `\c` pairs
};

/// A département's operation code (« code opération », `C01-020Q01`): an identifier validated
/// against the département's pattern (default `OperationCodePattern::pas_de_calais()`) or a
/// custom predicate. Always non-empty printable ASCII without blanks.
class OperationCode {
public:
    /// Parses with the default (Pas-de-Calais) pattern `A99-999A99`.
    static Result<OperationCode> parse(std::string_view text) {
        return parse(text, OperationCodePattern::pas_de_calais());
    }

    /// Parses with `pattern`. Errors (field « code opération »): empty, format (character not
    /// fitting the pattern, with its position), length (other length than the pattern's).
    static Result<OperationCode> parse(std::string_view text, const OperationCodePattern& pattern) {
        const std::string_view s = detail::trim_spaces(text);
        if (auto e = basic_check(text, s))
            return *e;
        if (auto m = pattern.first_mismatch(s))
            return make_error(ErrorKind::format, field, text,
                              "le caractère n°" + std::to_string(m->position + 1) + " " +
                                  detail::budget::quoted(s.substr(m->position, 1)) + " du code " +
                                  std::string(s) + " devrait être " + m->expected + " (modèle " +
                                  pattern.text() + ")");
        if (s.size() != pattern.length())
            return make_error(ErrorKind::length, field, text,
                              "le code " + std::string(s) + " compte " + std::to_string(s.size()) +
                                  " caractères au lieu de " + std::to_string(pattern.length()) +
                                  " (modèle " + pattern.text() + ")");
        return OperationCode(std::string(s), Checked{});
    }

    /// Parses a code of a département whose pattern is not known: any non-empty printable ASCII
    /// code without blanks (errors: empty, format).
    static Result<OperationCode> parse_any(std::string_view text) {
        const std::string_view s = detail::trim_spaces(text);
        if (auto e = basic_check(text, s))
            return *e;
        return OperationCode(std::string(s), Checked{});
    }

    /// Parses with a custom rule: `accept(code)` decides; `rule` describes it in French for the
    /// error message (« 3 lettres puis 4 chiffres »).
    template <std::predicate<std::string_view> Pred>
    static Result<OperationCode> parse_if(std::string_view text, Pred&& accept,
                                          std::string_view rule) {
        const std::string_view s = detail::trim_spaces(text);
        if (auto e = basic_check(text, s))
            return *e;
        if (!std::invoke(std::forward<Pred>(accept), s))
            return make_error(ErrorKind::format, field, text,
                              "le code " + std::string(s) +
                                  " ne respecte pas la règle : " + std::string(rule));
        return OperationCode(std::string(s), Checked{});
    }

    /// For code that knows the operation code is valid (default pattern); throws `ParseFailure`.
    explicit OperationCode(std::string_view text)
        : OperationCode(parse(text).value()) {}

    /// The code as written (`"C01-020Q01"`).
    [[nodiscard]] std::string_view code() const noexcept { return code_; }

    friend bool operator==(const OperationCode&, const OperationCode&) = default;
    friend std::strong_ordering operator<=>(const OperationCode& a,
                                            const OperationCode& b) noexcept {
        return a.code_.compare(b.code_) <=> 0;
    }

private:
    static constexpr std::string_view field = "code opération";
    struct Checked {};
    OperationCode(std::string code, Checked)
        : code_(std::move(code)) {}

    static std::optional<Error> basic_check(std::string_view text, std::string_view s) {
        if (s.empty())
            return make_error(ErrorKind::empty, field, text, "le code opération est vide");
        for (std::size_t i = 0; i < s.size(); ++i)
            if (!OperationCodePattern::printable(s[i]))
                return make_error(ErrorKind::format, field, text,
                                  "le code opération ne peut contenir que des caractères ASCII "
                                  "visibles, sans espace (position " +
                                      std::to_string(i + 1) + ")");
        return std::nullopt;
    }

    std::string code_;
};

} // namespace subvention

namespace std {
/// Hash of an operation code (its text).
template <>
struct hash<subvention::OperationCode> {
    size_t operator()(const subvention::OperationCode& o) const noexcept {
        return hash<string_view>{}(o.code());
    }
};
} // namespace std
