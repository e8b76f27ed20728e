// SPDX-License-Identifier: Apache-2.0
// subvention — RNA numbers (Répertoire national des associations).
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

/// How strictly `Rna::parse` reads the RNA number.
enum class RnaPolicy {
    /// `W` + 9 digits, the pattern of the SCDL `rnaBeneficiaire` field and of datagouv/fr-format
    /// `code_rna.py` (`^W\d{9}$`). Default.
    strict,
    /// UNCONFIRMED (docs/legal-reference.md ID-RNA): some validators accept a letter in the greffe
    /// code at the
    /// start of the number (Corse 2A/2B, outre-mer). Accepts `W` + digit + 2 letters-or-digits +
    /// 6 digits (`W2A1234567`). No official source found; opt in explicitly.
    allow_letters_in_greffe_code,
};

/// RNA number (« numéro RNA », Répertoire national des associations): `W` + 9 digits (ID-RNA).
/// No check digit exists, so only the shape is verified.
class Rna {
public:
    static constexpr std::size_t length = 10;

    /// Parses `W751515517` (also `w751 515 517`). See `RnaPolicy` for the letter variant.
    [[nodiscard]] static Result<Rna> parse(std::string_view input,
                                           RnaPolicy policy = RnaPolicy::strict) {
        std::array<char, length> d{};
        const auto c = detail::compact_into(input, d, detail::is_alnum_upper);
        if (c.status != detail::CompactStatus::ok)
            return detail::compaction_error(
                c, "RNA", input, "un num\u00E9ro RNA s'\u00E9crit W suivi de 9 chiffres");
        if (d[0] != 'W')
            return make_error(ErrorKind::format, "RNA", input,
                              "un num\u00E9ro RNA commence par la lettre W");
        if (c.count != length)
            return make_error(ErrorKind::length, "RNA", input,
                              "un num\u00E9ro RNA a 10 caract\u00E8res (W + 9 chiffres), "
                              "celui-ci en a " +
                                  std::to_string(c.count));
        for (std::size_t i = 1; i < length; ++i) {
            const bool letter_ok =
                policy == RnaPolicy::allow_letters_in_greffe_code && (i == 2 || i == 3);
            if (!detail::is_digit(d[i]) && !(letter_ok && detail::is_upper(d[i])))
                return make_error(ErrorKind::format, "RNA", input,
                                  "caract\u00E8re " + detail::quoted(std::string_view(&d[i], 1)) +
                                      " en position " + std::to_string(i + 1) +
                                      "\u00A0: apr\u00E8s le W, un num\u00E9ro RNA ne contient "
                                      "que des chiffres");
        }
        return Rna(d);
    }

    /// `W751515517`.
    [[nodiscard]] constexpr std::string_view compact() const noexcept {
        return {chars_.data(), chars_.size()};
    }
    /// `W751 515 517` (grouping of datagouv/fr-format `code_rna.py`, with plain spaces).
    [[nodiscard]] std::string formatted() const {
        const auto v = compact();
        return std::string(v.substr(0, 4)) + ' ' + std::string(v.substr(4, 3)) + ' ' +
               std::string(v.substr(7, 3));
    }

    friend constexpr bool operator==(const Rna&, const Rna&) noexcept = default;
    friend constexpr std::strong_ordering operator<=>(const Rna& a, const Rna& b) noexcept {
        return a.compact() <=> b.compact();
    }

private:
    explicit constexpr Rna(const std::array<char, length>& d) noexcept
        : chars_(d) {}
    std::array<char, length> chars_;
};

} // namespace subvention

/// Hashes of the identifiers: the hash of their compact form.
template <>
struct std::hash<subvention::Rna> {
    std::size_t operator()(const subvention::Rna& v) const noexcept {
        return std::hash<std::string_view>{}(v.compact());
    }
};
