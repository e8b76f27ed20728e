// SPDX-License-Identifier: Apache-2.0
// subvention — SIREN and SIRET numbers (INSEE), and what a 9- or 14-digit business identifier is.
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

/// SIREN (« numéro SIREN », Système d'identification du répertoire des entreprises): the 9-digit
/// INSEE number of a legal unit, last digit a Luhn check digit (ID-SIREN).
class Siren {
public:
    static constexpr std::size_t length = 9;

    /// Parses `440 672 020`, `440672020`, `440.672.020`. A 14-digit input is a `length` error
    /// whose message says it looks like a SIRET.
    [[nodiscard]] static Result<Siren> parse(std::string_view input) {
        std::array<char, length> d{};
        const auto c = detail::compact_into(input, d, detail::is_digit);
        if (c.status != detail::CompactStatus::ok)
            return detail::compaction_error(c, "SIREN", input,
                                            "un SIREN ne contient que des chiffres");
        if (c.count != length)
            return make_error(ErrorKind::length, "SIREN", input,
                              "un SIREN a 9 chiffres, celui-ci en a " + std::to_string(c.count) +
                                  (c.count == 14 ? " (14 chiffres\u00A0: c'est un SIRET, "
                                                   "dont les 9 premiers forment le SIREN)"
                                                 : ""));
        const Siren s(d);
        if (!detail::luhn_valid(s.compact()))
            return make_error(ErrorKind::checksum, "SIREN", input,
                              "la cl\u00E9 de contr\u00F4le (Luhn) est fausse");
        return s;
    }

    /// The 9 digits.
    [[nodiscard]] constexpr std::string_view compact() const noexcept {
        return {digits_.data(), digits_.size()};
    }
    /// `440 672 020`.
    [[nodiscard]] std::string formatted() const {
        const auto v = compact();
        return std::string(v.substr(0, 3)) + ' ' + std::string(v.substr(3, 3)) + ' ' +
               std::string(v.substr(6, 3));
    }

    friend constexpr bool operator==(const Siren&, const Siren&) noexcept = default;
    friend constexpr std::strong_ordering operator<=>(const Siren& a, const Siren& b) noexcept {
        return a.compact() <=> b.compact();
    }

private:
    friend class Siret;
    explicit constexpr Siren(const std::array<char, length>& d) noexcept
        : digits_(d) {}
    std::array<char, length> digits_;
};

/// SIRET (« numéro SIRET », Système d'identification du répertoire des établissements): SIREN (9)
/// + NIC (5, « numéro interne de classement ») of one establishment (ID-SIRET, incl. La Poste).
class Siret {
public:
    static constexpr std::size_t length = 14;

    /// Parses `440 672 020 00037`, `44067202000037`. Checks Luhn (or La Poste's digit sum, see
    /// `detail::siret_fault`) and that the embedded SIREN passes Luhn.
    [[nodiscard]] static Result<Siret> parse(std::string_view input) {
        std::array<char, length> d{};
        const auto c = detail::compact_into(input, d, detail::is_digit);
        if (c.status != detail::CompactStatus::ok)
            return detail::compaction_error(c, "SIRET", input,
                                            "un SIRET ne contient que des chiffres");
        if (c.count != length)
            return make_error(ErrorKind::length, "SIRET", input,
                              "un SIRET a 14 chiffres, celui-ci en a " + std::to_string(c.count) +
                                  (c.count == 9 ? " (9 chiffres\u00A0: c'est un SIREN)" : ""));
        const Siret s(d);
        switch (detail::siret_fault(s.compact())) {
        case detail::SiretFault::none:
            return s;
        case detail::SiretFault::luhn:
            return make_error(ErrorKind::checksum, "SIRET", input,
                              "la cl\u00E9 de contr\u00F4le (Luhn) est fausse");
        case detail::SiretFault::la_poste_sum:
            return make_error(ErrorKind::checksum, "SIRET", input,
                              "SIRET de La Poste\u00A0: la somme des 14 chiffres (" +
                                  std::to_string(detail::digit_sum(s.compact())) +
                                  ") n'est pas un multiple de 5");
        case detail::SiretFault::siren_part:
            return make_error(ErrorKind::checksum, "SIRET", input,
                              "le SIREN contenu (9 premiers chiffres) a une cl\u00E9 de "
                              "contr\u00F4le (Luhn) fausse");
        }
        return make_error(ErrorKind::checksum, "SIRET", input, "cl\u00E9 de contr\u00F4le fausse");
    }

    /// The 14 digits.
    [[nodiscard]] constexpr std::string_view compact() const noexcept {
        return {digits_.data(), digits_.size()};
    }
    /// `440 672 020 00037`.
    [[nodiscard]] std::string formatted() const {
        return siren().formatted() + ' ' + std::string(nic());
    }

    /// The SIREN of the legal unit (first 9 digits; always valid, parse checked it).
    [[nodiscard]] constexpr Siren siren() const noexcept {
        std::array<char, Siren::length> d{};
        for (std::size_t i = 0; i < d.size(); ++i)
            d[i] = digits_[i];
        return Siren(d);
    }
    /// The NIC (« numéro interne de classement »), last 5 digits.
    [[nodiscard]] constexpr std::string_view nic() const noexcept { return compact().substr(9); }
    /// Whether this is an establishment of La Poste (SIREN 356 000 000): all but the head office
    /// 356 000 000 00048 were checked by digit sum instead of Luhn.
    [[nodiscard]] constexpr bool is_la_poste() const noexcept {
        return compact().substr(0, 9) == detail::la_poste_siren;
    }

    friend constexpr bool operator==(const Siret&, const Siret&) noexcept = default;
    friend constexpr std::strong_ordering operator<=>(const Siret& a, const Siret& b) noexcept {
        return a.compact() <=> b.compact();
    }

private:
    explicit constexpr Siret(const std::array<char, length>& d) noexcept
        : digits_(d) {}
    std::array<char, length> digits_;
};

/// What a 9- or 14-digit business identifier is (« nature de l'identifiant »), for rules that
/// compare a label with its value (a number "labelled SIREN but is a SIRET", SEED-07).
enum class BusinessIdKind {
    siren,         ///< 9 digits, valid SIREN
    siret,         ///< 14 digits, valid SIRET
    invalid_siren, ///< 9 digits that fail the SIREN check
    invalid_siret, ///< 14 digits that fail the SIRET check
    other,         ///< empty, other characters, or neither 9 nor 14 digits
};

/// Stable lower-case name (`"invalid_siret"`).
[[nodiscard]] constexpr std::string_view to_string(BusinessIdKind k) noexcept {
    switch (k) {
    case BusinessIdKind::siren:
        return "siren";
    case BusinessIdKind::siret:
        return "siret";
    case BusinessIdKind::invalid_siren:
        return "invalid_siren";
    case BusinessIdKind::invalid_siret:
        return "invalid_siret";
    case BusinessIdKind::other:
        return "other";
    }
    return "other";
}

/// Tells whether `input` (compacted like `Siren::parse`) is a SIREN, a SIRET or neither:
/// `"440 672 020 00037"` → `siret` whatever label the document put on it.
[[nodiscard]] constexpr BusinessIdKind classify_business_id(std::string_view input) noexcept {
    std::array<char, Siret::length> d{};
    const auto c = detail::compact_into(input, d, detail::is_digit);
    if (c.status != detail::CompactStatus::ok)
        return BusinessIdKind::other;
    const std::string_view v(d.data(), c.count <= d.size() ? c.count : d.size());
    if (c.count == Siren::length)
        return detail::luhn_valid(v) ? BusinessIdKind::siren : BusinessIdKind::invalid_siren;
    if (c.count == Siret::length)
        return detail::siret_fault(v) == detail::SiretFault::none ? BusinessIdKind::siret
                                                                  : BusinessIdKind::invalid_siret;
    return BusinessIdKind::other;
}

} // namespace subvention

/// Hashes of the identifiers: the hash of their compact form.
template <>
struct std::hash<subvention::Siren> {
    std::size_t operator()(const subvention::Siren& v) const noexcept {
        return std::hash<std::string_view>{}(v.compact());
    }
};

template <>
struct std::hash<subvention::Siret> {
    std::size_t operator()(const subvention::Siret& v) const noexcept {
        return std::hash<std::string_view>{}(v.compact());
    }
};
