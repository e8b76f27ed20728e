// SPDX-License-Identifier: Apache-2.0
// subvention — budget sections and account classes of the M57 plan, and what the budget parts
// share. Part of the M57 budget layer; <subvention/budget.hpp> includes every part.
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

#include <subvention/detail/m57_tables.hpp>
#include <subvention/money.hpp>
#include <subvention/result.hpp>

namespace subvention {

/// Budget section (« section budgétaire »).
enum class Section {
    fonctionnement, ///< operating section (functional chapters 93x, classes 6 and 7)
    investissement, ///< investment section (functional chapters 90x, classes 1 and 2)
};

/// `"fonctionnement"` / `"investissement"`.
[[nodiscard]] constexpr std::string_view to_string(Section s) noexcept {
    return s == Section::fonctionnement ? "fonctionnement" : "investissement";
}

/// Class of an account of the M57 plan (« classe de comptes »), the first digit of its number.
enum class AccountClass : std::uint8_t {
    capitaux = 1,        ///< « comptes de capitaux »
    immobilisations = 2, ///< « comptes d'immobilisations »
    stocks = 3,          ///< « comptes de stocks et en-cours »
    tiers = 4,           ///< « comptes de tiers »
    financiers = 5,      ///< « comptes financiers »
    charges = 6,         ///< « comptes de charges »
    produits = 7,        ///< « comptes de produits »
    speciaux = 8,        ///< « comptes spéciaux »
};

/// French name of an account class (`"comptes de charges"`).
[[nodiscard]] constexpr std::string_view to_string(AccountClass c) noexcept {
    switch (c) {
    case AccountClass::capitaux:
        return "comptes de capitaux";
    case AccountClass::immobilisations:
        return "comptes d'immobilisations";
    case AccountClass::stocks:
        return "comptes de stocks et en-cours";
    case AccountClass::tiers:
        return "comptes de tiers";
    case AccountClass::financiers:
        return "comptes financiers";
    case AccountClass::charges:
        return "comptes de charges";
    case AccountClass::produits:
        return "comptes de produits";
    case AccountClass::speciaux:
        return "comptes spéciaux";
    }
    return "comptes spéciaux";
}

/// What a nature account is used for in a grant context (« usage du compte »).
using NatureUse = detail::m57::NatureUse;
/// Which beneficiaries a nature account is reserved for (« catégorie de bénéficiaire »).
using Beneficiary = detail::m57::Beneficiary;

namespace detail::budget {

[[nodiscard]] constexpr bool all_digits(std::string_view s) noexcept {
    for (char c : s)
        if (c < '0' || c > '9')
            return false;
    return !s.empty();
}

[[nodiscard]] constexpr std::uint8_t digit_value(char c) noexcept {
    return static_cast<std::uint8_t>(c - '0');
}

/// `« s »` with no-break spaces, as in French typography.
[[nodiscard]] inline std::string quoted(std::string_view s) {
    return "\u00AB\u00A0" + std::string(s) + "\u00A0\u00BB";
}

/// Fixed-capacity digit string (value types stay trivially copyable and constexpr-friendly).
template <std::size_t N>
class Digits {
public:
    constexpr Digits() noexcept = default;
    constexpr explicit Digits(std::string_view s) noexcept
        : len_(static_cast<std::uint8_t>(s.size())) {
        for (std::size_t i = 0; i < s.size() && i < N; ++i)
            buf_[i] = s[i];
    }
    [[nodiscard]] constexpr std::string_view view() const noexcept {
        return std::string_view(buf_.data(), len_);
    }
    friend constexpr bool operator==(const Digits& a, const Digits& b) noexcept {
        return a.view() == b.view();
    }
    friend constexpr std::strong_ordering operator<=>(const Digits& a, const Digits& b) noexcept {
        return a.view().compare(b.view()) <=> 0;
    }

private:
    std::array<char, N> buf_{};
    std::uint8_t len_ = 0;
};

} // namespace detail::budget

} // namespace subvention
