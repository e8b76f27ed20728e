// SPDX-License-Identifier: Apache-2.0
// subvention — IBAN (ISO 13616) with the French RIB key.
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

/// IBAN (« numéro de compte bancaire international », ISO 13616): country code, 2 check digits,
/// national BBAN (ID-IBAN). For France and Monaco the BBAN is the RIB (bank, branch, account,
/// clé RIB) and the clé RIB is checked too (ID-RIB-KEY).
class Iban {
public:
    static constexpr std::size_t max_length = 34;

    /// Parses `FR76 3000 6000 0112 3456 7890 189` (any case, spaces or hyphens). Checks, in this
    /// order: characters, country (SWIFT IBAN registry), length for that country, BBAN structure,
    /// check digits 02–98, mod 97 = 1, then the clé RIB for FR and MC.
    [[nodiscard]] static Result<Iban> parse(std::string_view input) {
        Iban iban;
        const auto c = detail::compact_into(input, iban.chars_, detail::is_alnum_upper);
        if (c.status != detail::CompactStatus::ok)
            return detail::compaction_error(c, "IBAN", input,
                                            "un IBAN ne contient que des lettres et des chiffres");
        const auto& s = iban.chars_;
        if (!detail::is_upper(s[0]) || (c.count >= 2 && !detail::is_upper(s[1])))
            return make_error(ErrorKind::format, "IBAN", input,
                              "un IBAN commence par le code pays (2 lettres)");
        if (c.count < 2)
            return make_error(ErrorKind::length, "IBAN", input,
                              "un IBAN a au moins 15 caract\u00E8res, celui-ci en a 1");
        const std::string_view country(s.data(), 2);
        const auto* entry = detail::find_iban_country(s[0], s[1]);
        if (entry == nullptr) {
            if (const auto parent = detail::iban_territory_parent(s[0], s[1]))
                return make_error(ErrorKind::component, "IBAN", input,
                                  std::string(country) +
                                      " n'est pas un pr\u00E9fixe IBAN\u00A0: les comptes de ce "
                                      "territoire ont un IBAN commen\u00E7ant par " +
                                      std::string(*parent) + " (registre IBAN SWIFT)");
            return make_error(ErrorKind::component, "IBAN", input,
                              "pays " + detail::quoted(country) + " absent du registre IBAN SWIFT");
        }
        const auto expected = 4 + detail::bban_length(entry->bban);
        if (c.count != expected)
            return make_error(ErrorKind::length, "IBAN", input,
                              "un IBAN " + std::string(country) + " a " + std::to_string(expected) +
                                  " caract\u00E8res, celui-ci en a " + std::to_string(c.count));
        iban.size_ = static_cast<std::uint8_t>(c.count);
        if (!detail::is_digit(s[2]) || !detail::is_digit(s[3]))
            return make_error(ErrorKind::format, "IBAN", input,
                              "la cl\u00E9 IBAN (3e et 4e caract\u00E8res) doit \u00EAtre en "
                              "chiffres");
        std::size_t seg = 0;  // read position in the BBAN notation
        std::size_t left = 0; // characters left in the current segment
        char cls = 'c';
        for (std::size_t i = 4; i < c.count; ++i, --left) {
            while (left == 0)
                left = detail::bban_segment(entry->bban, seg, cls);
            const bool ok = cls == 'n'   ? detail::is_digit(s[i])
                            : cls == 'a' ? detail::is_upper(s[i])
                                         : true;
            if (!ok)
                return make_error(ErrorKind::format, "IBAN", input,
                                  "caract\u00E8re " + detail::quoted(std::string_view(&s[i], 1)) +
                                      " en position " + std::to_string(i + 1) + "\u00A0: " +
                                      (cls == 'n' ? "chiffre attendu" : "lettre attendue") +
                                      " (structure " + std::string(country) +
                                      " du registre "
                                      "IBAN\u00A0: " +
                                      std::string(entry->bban) + ")");
        }
        const auto check = static_cast<unsigned>((s[2] - '0') * 10 + (s[3] - '0'));
        if (check < 2 || check > 98)
            return make_error(ErrorKind::checksum, "IBAN", input,
                              "cl\u00E9 IBAN " + detail::two_digits(check) +
                                  " impossible (ISO 7064\u00A0: entre 02 et 98)");
        if (detail::iban_mod97(iban.compact()) != 1)
            return make_error(ErrorKind::checksum, "IBAN", input,
                              "la cl\u00E9 IBAN (mod 97) est fausse");
        if (detail::has_french_bban(country)) {
            const auto bban = iban.bban();
            const auto key =
                detail::rib_key(bban.substr(0, 5), bban.substr(5, 5), bban.substr(10, 11));
            if (detail::two_digits(key) != bban.substr(21, 2))
                return make_error(
                    ErrorKind::checksum, "IBAN", input,
                    "la cl\u00E9 RIB est fausse\u00A0: " + std::string(bban.substr(21, 2)) +
                        " au lieu de " + detail::two_digits(key));
        }
        return iban;
    }

    /// Builds the IBAN of a French RIB (« relevé d'identité bancaire »): bank code (5 digits),
    /// branch code (« code guichet », 5 digits), account number (11 letters or digits), clé RIB
    /// (2 digits), checked (ID-RIB-KEY). `country` is `FR` (default) or `MC`.
    [[nodiscard]] static Result<Iban> from_rib(std::string_view bank, std::string_view branch,
                                               std::string_view account, std::string_view key,
                                               std::string_view country = "FR") {
        if (!detail::has_french_bban(country))
            return make_error(ErrorKind::component, "RIB", country,
                              "pays " + detail::quoted(country) +
                                  "\u00A0: un RIB \u00E0 cl\u00E9 RIB n'existe que pour FR et MC");
        std::string bban;
        const auto part = [&bban](std::string_view in, std::size_t n, std::string_view field,
                                  bool digits_only) -> std::optional<Error> {
            std::array<char, 11> d{};
            const auto c = digits_only ? detail::compact_into(in, d, detail::is_digit)
                                       : detail::compact_into(in, d, detail::is_alnum_upper);
            if (c.status != detail::CompactStatus::ok)
                return detail::compaction_error(c, field, in,
                                                digits_only ? "chiffres uniquement"
                                                            : "lettres et chiffres uniquement");
            if (c.count != n)
                return make_error(ErrorKind::length, field, in,
                                  std::to_string(n) + " caract\u00E8res attendus, " +
                                      std::to_string(c.count) + " trouv\u00E9s");
            bban.append(d.data(), n);
            return std::nullopt;
        };
        if (auto e = part(bank, 5, "code banque", true))
            return *e;
        if (auto e = part(branch, 5, "code guichet", true))
            return *e;
        if (auto e = part(account, 11, "num\u00E9ro de compte", false))
            return *e;
        if (auto e = part(key, 2, "cl\u00E9 RIB", true))
            return *e;
        const std::string_view v(bban);
        const auto expected = detail::rib_key(v.substr(0, 5), v.substr(5, 5), v.substr(10, 11));
        if (detail::two_digits(expected) != v.substr(21, 2))
            return make_error(ErrorKind::checksum, "cl\u00E9 RIB", key,
                              "la cl\u00E9 RIB est fausse\u00A0: attendu " +
                                  detail::two_digits(expected));
        // Check digits = 98 − (BBAN + country + "00") mod 97 (ISO 13616).
        const std::string probe = bban + std::string(country) + "00";
        std::uint64_t r = 0;
        for (const char ch : probe)
            r = detail::mod97_step(r, ch);
        return parse(std::string(country) +
                     detail::two_digits(98U - static_cast<unsigned>(r % 97U)) + bban);
    }

    /// `FR7630006000011234567890189`.
    [[nodiscard]] constexpr std::string_view compact() const noexcept {
        return {chars_.data(), size_};
    }
    /// Print format (ISO 13616): groups of 4 separated by spaces, `FR76 3000 6000 0112 3456 7890
    /// 189`.
    [[nodiscard]] std::string formatted() const {
        std::string out;
        out.reserve(size_ + size_ / 4U);
        for (std::size_t i = 0; i < size_; ++i) {
            if (i != 0 && i % 4 == 0)
                out += ' ';
            out += chars_[i];
        }
        return out;
    }

    /// ISO 3166 country code (`FR`).
    [[nodiscard]] constexpr std::string_view country_code() const noexcept {
        return compact().substr(0, 2);
    }
    /// The two check digits (« clé IBAN », `76`).
    [[nodiscard]] constexpr std::string_view check_digits() const noexcept {
        return compact().substr(2, 2);
    }
    /// The national account number (BBAN), everything after the check digits.
    [[nodiscard]] constexpr std::string_view bban() const noexcept { return compact().substr(4); }
    /// Whether the BBAN is a French RIB (FR, MC): then the four accessors below are set.
    [[nodiscard]] constexpr bool has_french_bban() const noexcept {
        return detail::has_french_bban(country_code());
    }
    /// Code banque (5 digits), for FR and MC.
    [[nodiscard]] constexpr std::optional<std::string_view> bank_code() const noexcept {
        return rib_part(0, 5);
    }
    /// Code guichet (5 digits), for FR and MC.
    [[nodiscard]] constexpr std::optional<std::string_view> branch_code() const noexcept {
        return rib_part(5, 5);
    }
    /// Numéro de compte (11 letters or digits), for FR and MC.
    [[nodiscard]] constexpr std::optional<std::string_view> account_number() const noexcept {
        return rib_part(10, 11);
    }
    /// Clé RIB (2 digits), for FR and MC.
    [[nodiscard]] constexpr std::optional<std::string_view> rib_key() const noexcept {
        return rib_part(21, 2);
    }

    friend constexpr bool operator==(const Iban& a, const Iban& b) noexcept {
        return a.compact() == b.compact();
    }
    friend constexpr std::strong_ordering operator<=>(const Iban& a, const Iban& b) noexcept {
        return a.compact() <=> b.compact();
    }

private:
    constexpr Iban() noexcept = default;
    [[nodiscard]] constexpr std::optional<std::string_view> rib_part(std::size_t pos,
                                                                     std::size_t n) const noexcept {
        if (!has_french_bban())
            return std::nullopt;
        return bban().substr(pos, n);
    }
    std::array<char, max_length> chars_{};
    std::uint8_t size_ = 0;
};

} // namespace subvention

/// Hashes of the identifiers: the hash of their compact form.
template <>
struct std::hash<subvention::Iban> {
    std::size_t operator()(const subvention::Iban& v) const noexcept {
        return std::hash<std::string_view>{}(v.compact());
    }
};
