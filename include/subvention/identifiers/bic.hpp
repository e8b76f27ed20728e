// SPDX-License-Identifier: Apache-2.0
// subvention — BIC (ISO 9362, SWIFT code).
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

/// BIC (« code BIC », ISO 9362 Business Identifier Code, also called SWIFT code): 8 or 11
/// characters (ID-BIC). No check digit exists, so only the shape and the country are verified.
///
/// Choices: the 4-character institution (« party prefix ») may contain digits, as ISO 9362:2014
/// allows (older validators require letters; rejecting a conforming code would be a false
/// diagnostic). The country must be an assigned ISO 3166-1 alpha-2 code, or `XK` (Kosovo, a
/// user-assigned code that SWIFT uses). Location and branch are letters or digits.
class Bic {
public:
    /// Parses `BNPAFRPP`, `bnpa fr pp xxx`. `BNPAFRPP` and `BNPAFRPPXXX` are distinct values (see
    /// `same_office`).
    [[nodiscard]] static Result<Bic> parse(std::string_view input) {
        Bic bic;
        const auto c = detail::compact_into(input, bic.chars_, detail::is_alnum_upper);
        if (c.status != detail::CompactStatus::ok)
            return detail::compaction_error(c, "BIC", input,
                                            "un BIC ne contient que des lettres et des chiffres");
        if (c.count != 8 && c.count != 11)
            return make_error(ErrorKind::length, "BIC", input,
                              "un BIC a 8 ou 11 caract\u00E8res, celui-ci en a " +
                                  std::to_string(c.count));
        const auto& s = bic.chars_;
        if (!detail::is_upper(s[4]) || !detail::is_upper(s[5]))
            return make_error(ErrorKind::format, "BIC", input,
                              "les 5e et 6e caract\u00E8res (code pays) doivent \u00EAtre des "
                              "lettres");
        if (!detail::is_iso3166_alpha2(s[4], s[5]) && !(s[4] == 'X' && s[5] == 'K'))
            return make_error(ErrorKind::component, "BIC", input,
                              "code pays " + detail::quoted(std::string_view(&s[4], 2)) +
                                  " inconnu (ISO 3166-1)");
        bic.size_ = static_cast<std::uint8_t>(c.count);
        return bic;
    }

    /// `BNPAFRPPXXX` or `BNPAFRPP`, as given.
    [[nodiscard]] constexpr std::string_view compact() const noexcept {
        return {chars_.data(), size_};
    }
    /// Same as `compact()`: a BIC is printed without spaces.
    [[nodiscard]] std::string formatted() const { return std::string(compact()); }

    /// Institution code (« code banque », 4 characters).
    [[nodiscard]] constexpr std::string_view institution() const noexcept {
        return compact().substr(0, 4);
    }
    /// Country code (ISO 3166-1 alpha-2).
    [[nodiscard]] constexpr std::string_view country() const noexcept {
        return compact().substr(4, 2);
    }
    /// Location code (« code emplacement », 2 characters).
    [[nodiscard]] constexpr std::string_view location() const noexcept {
        return compact().substr(6, 2);
    }
    /// Branch code (« code branche », 3 characters) of an 11-character BIC.
    [[nodiscard]] constexpr std::optional<std::string_view> branch() const noexcept {
        if (size_ != 11)
            return std::nullopt;
        return compact().substr(8, 3);
    }
    /// Head office (« siège »): an 8-character BIC, or branch `XXX`.
    [[nodiscard]] constexpr bool is_head_office() const noexcept {
        return size_ == 8 || compact().substr(8, 3) == "XXX";
    }
    /// Whether two BICs designate the same office (`BNPAFRPP` ≡ `BNPAFRPPXXX`).
    [[nodiscard]] friend constexpr bool same_office(const Bic& a, const Bic& b) noexcept {
        if (a.compact().substr(0, 8) != b.compact().substr(0, 8))
            return false;
        if (a.is_head_office() || b.is_head_office())
            return a.is_head_office() && b.is_head_office();
        return a.branch() == b.branch();
    }

    friend constexpr bool operator==(const Bic& a, const Bic& b) noexcept {
        return a.compact() == b.compact();
    }
    friend constexpr std::strong_ordering operator<=>(const Bic& a, const Bic& b) noexcept {
        return a.compact() <=> b.compact();
    }

private:
    constexpr Bic() noexcept = default;
    std::array<char, 11> chars_{};
    std::uint8_t size_ = 0;
};

} // namespace subvention

/// Hashes of the identifiers: the hash of their compact form.
template <>
struct std::hash<subvention::Bic> {
    std::size_t operator()(const subvention::Bic& v) const noexcept {
        return std::hash<std::string_view>{}(v.compact());
    }
};
