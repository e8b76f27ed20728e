// SPDX-License-Identifier: Apache-2.0
// subvention — nature accounts of the M57 plan (« 6574 », « 20421 »).
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
// Nature account
// ============================================================================================

/// An account of the M57 plan by nature (« compte par nature », e.g. 6574, 65748, 20412): a
/// validated string of 2 to 8 digits whose first digit is a class 1–8. Accounts missing from the
/// grant table are valid but `is_known() == false` (see the file comment).
class NatureAccount {
public:
    static constexpr std::size_t min_digits = 2; ///< a chapter such as 65
    static constexpr std::size_t max_digits = 8; ///< M57 goes to 6; margin for local sub-accounts

    /// Parses a nature account (surrounding blanks ignored). Errors (field « nature »): empty,
    /// format (non-digit), length (not 2–8 digits), component (class 0 or 9: no such account).
    static Result<NatureAccount> parse(std::string_view text) {
        const std::string_view s = detail::trim_spaces(text);
        if (s.empty())
            return make_error(ErrorKind::empty, "nature", text, "la nature (compte) est vide");
        if (!detail::budget::all_digits(s))
            return make_error(ErrorKind::format, "nature", text,
                              "la nature " + detail::budget::quoted(s) +
                                  " ne doit contenir que des chiffres");
        if (s.size() < min_digits || s.size() > max_digits)
            return make_error(ErrorKind::length, "nature", text,
                              "la nature " + std::string(s) +
                                  " doit compter de 2 à 8 chiffres (chapitre, compte ou "
                                  "sous-compte du plan M57)");
        if (s[0] == '0')
            return make_error(ErrorKind::component, "nature", text,
                              "la nature " + std::string(s) +
                                  " est inconnue : aucun compte par nature ne commence par 0 en "
                                  "M57 (011, 012, 014… sont des chapitres globalisés, pas des "
                                  "comptes)");
        if (s[0] == '9')
            return make_error(ErrorKind::component, "nature", text,
                              "la nature " + std::string(s) +
                                  " est inconnue : la classe 9 n'est pas une classe de comptes par "
                                  "nature en M57 (les comptes 90x/93x sont fonctionnels)");
        return NatureAccount(s, Checked{});
    }

    /// For code that knows the account is valid; throws `ParseFailure` otherwise.
    explicit NatureAccount(std::string_view text)
        : NatureAccount(parse(text).value()) {}

    /// The digits (`"6568"`).
    [[nodiscard]] constexpr std::string_view code() const noexcept { return code_.view(); }

    /// The class, i.e. the first digit (« classe »): 6568 → charges.
    [[nodiscard]] constexpr AccountClass account_class() const noexcept {
        return static_cast<AccountClass>(detail::budget::digit_value(code()[0]));
    }

    /// The section the class belongs to: classes 1–2 → investissement, 6–7 → fonctionnement;
    /// none for balance-sheet classes 3–5 and special class 8 (M57 budget structure).
    [[nodiscard]] constexpr std::optional<Section> section() const noexcept {
        switch (account_class()) {
        case AccountClass::capitaux:
        case AccountClass::immobilisations:
            return Section::investissement;
        case AccountClass::charges:
        case AccountClass::produits:
            return Section::fonctionnement;
        default:
            return std::nullopt;
        }
    }

    /// Whether the account is in the grant table (detail/m57_tables.hpp).
    [[nodiscard]] constexpr bool is_known() const noexcept { return entry() != nullptr; }

    /// Whether the table entry is confirmed by a source read (false for UNCONFIRMED entries such
    /// as 6568 and 2042, and for unknown accounts).
    [[nodiscard]] constexpr bool is_confirmed() const noexcept {
        const auto* e = entry();
        return e != nullptr && e->confirmed;
    }

    /// The official label (« libellé »), if the account is in the table.
    [[nodiscard]] constexpr std::optional<std::string_view> label() const noexcept {
        if (const auto* e = entry())
            return e->label;
        return std::nullopt;
    }

    /// What the account is used for, if known (6568 → participation, 65748 → operating subsidy).
    [[nodiscard]] constexpr std::optional<NatureUse> use() const noexcept {
        if (const auto* e = entry())
            return e->use;
        return std::nullopt;
    }

    /// Beneficiaries the account is reserved for, if known (6574x → private persons).
    [[nodiscard]] constexpr std::optional<Beneficiary> beneficiary() const noexcept {
        if (const auto* e = entry())
            return e->beneficiary;
        return std::nullopt;
    }

    /// The longest table account this one is, or is a sub-account of (65749 → 6574; 6042 → none).
    [[nodiscard]] constexpr std::optional<NatureAccount> known_ancestor() const noexcept {
        for (std::size_t n = code().size(); n >= min_digits; --n)
            if (detail::m57::find_nature(code().substr(0, n)) != nullptr)
                return NatureAccount(code().substr(0, n), Checked{});
        return std::nullopt;
    }

    /// Whether this account is `parent` or one of its sub-accounts (65748 is within 6574 and 65).
    [[nodiscard]] constexpr bool is_within(const NatureAccount& parent) const noexcept {
        return code().substr(0, parent.code().size()) == parent.code();
    }

    friend constexpr bool operator==(const NatureAccount&, const NatureAccount&) noexcept = default;
    friend constexpr std::strong_ordering operator<=>(const NatureAccount&,
                                                      const NatureAccount&) noexcept = default;

private:
    struct Checked {};
    constexpr NatureAccount(std::string_view digits, Checked) noexcept
        : code_(digits) {}
    [[nodiscard]] constexpr const detail::m57::NatureEntry* entry() const noexcept {
        return detail::m57::find_nature(code());
    }
    detail::budget::Digits<max_digits> code_;
};

} // namespace subvention

namespace std {
/// Hash of a nature account (its digits).
template <>
struct hash<subvention::NatureAccount> {
    size_t operator()(const subvention::NatureAccount& n) const noexcept {
        return hash<string_view>{}(n.code());
    }
};
} // namespace std
