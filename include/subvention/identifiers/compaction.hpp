// SPDX-License-Identifier: Apache-2.0
// subvention — what every identifier shares: compaction of the input (spaces, dots, hyphens, case)
// and the check-digit algorithms (Luhn, La Poste, mod 97, clé RIB). Part of the identifiers;
// <subvention/identifiers.hpp> includes every part.
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
#include <subvention/result.hpp>

namespace subvention {

namespace detail {

constexpr bool is_alnum_upper(char c) noexcept {
    return is_digit(c) || is_upper(c);
}

/// Byte length of the separator starting at `s[i]`, 0 when `s[i]` does not start one.
constexpr std::size_t separator_size(std::string_view s, std::size_t i) noexcept {
    const auto b = static_cast<unsigned char>(s[i]);
    switch (b) {
    case ' ':
    case '\t':
    case '\r':
    case '\n':
    case '.':
    case '-':
        return 1;
    default:
        break;
    }
    if (b == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0)
        return 2; // U+00A0 no-break space
    if (b == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80) {
        const auto c = static_cast<unsigned char>(s[i + 2]);
        if (c == 0xAF || c == 0x89)
            return 3; // U+202F narrow no-break space, U+2009 thin space
    }
    return 0;
}

/// Byte length of the UTF-8 sequence at `s[i]` (1 for a byte that does not start a valid one).
constexpr std::size_t utf8_sequence_size(std::string_view s, std::size_t i) noexcept {
    const unsigned b = static_cast<unsigned char>(s[i]);
    std::size_t n = 1;
    if ((b >> 5U) == 0x6U)
        n = 2;
    else if ((b >> 4U) == 0xEU)
        n = 3;
    else if ((b >> 3U) == 0x1EU)
        n = 4;
    if (i + n > s.size())
        return 1;
    for (std::size_t k = 1; k < n; ++k)
        if ((static_cast<unsigned char>(s[i + k]) & 0xC0U) != 0x80U)
            return 1;
    return n;
}

enum class CompactStatus { ok, empty, bad_char };

/// Outcome of compacting an input into a fixed buffer.
struct Compaction {
    CompactStatus status = CompactStatus::ok;
    std::size_t count = 0;      ///< significant characters seen (may exceed the buffer)
    std::size_t bad_offset = 0; ///< byte offset of the first disallowed character
    std::size_t bad_size = 0;   ///< its byte length
};

/// Drops separators, upper-cases ASCII letters, stores up to N significant characters in `out`
/// and counts them all; stops at the first character `allowed` rejects. Never allocates.
template <std::size_t N, class Allowed>
constexpr Compaction compact_into(std::string_view in, std::array<char, N>& out,
                                  Allowed allowed) noexcept {
    Compaction r;
    std::size_t i = 0;
    while (i < in.size()) {
        if (const auto sep = separator_size(in, i); sep != 0) {
            i += sep;
            continue;
        }
        char c = in[i];
        if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
        if (!allowed(c)) {
            r.status = CompactStatus::bad_char;
            r.bad_offset = i;
            r.bad_size = utf8_sequence_size(in, i);
            return r;
        }
        if (r.count < N)
            out[r.count] = c;
        ++r.count;
        ++i;
    }
    if (r.count == 0)
        r.status = CompactStatus::empty;
    return r;
}

/// 1-based position, in characters (code points), of byte offset `off`.
constexpr std::size_t char_position(std::string_view s, std::size_t off) noexcept {
    std::size_t n = 0;
    for (std::size_t i = 0; i < off && i < s.size(); ++i)
        if ((static_cast<unsigned char>(s[i]) & 0xC0U) != 0x80U)
            ++n;
    return n + 1;
}

/// `« x »` with no-break spaces, as French typography wants.
inline std::string quoted(std::string_view s) {
    return std::string("\u00AB\u00A0").append(s).append("\u00A0\u00BB");
}

/// Names a character for a message: `« A »`, or `octet 0x7F` for control bytes and bytes that
/// are not valid UTF-8.
inline std::string describe_char(std::string_view in, std::size_t off, std::size_t size) {
    const unsigned b = static_cast<unsigned char>(in[off]);
    if (size == 1 && (b < 0x20U || b >= 0x7FU)) {
        constexpr std::string_view hex = "0123456789ABCDEF";
        return std::string("octet 0x") + hex[b >> 4U] + hex[b & 0xFU];
    }
    return quoted(in.substr(off, size));
}

/// The `empty` or `format` error of a failed compaction; `rule` says what is allowed.
inline Error compaction_error(const Compaction& c, std::string_view field, std::string_view in,
                              std::string_view rule) {
    if (c.status == CompactStatus::empty)
        return make_error(ErrorKind::empty, field, in, "identifiant vide");
    return make_error(ErrorKind::format, field, in,
                      "caract\u00E8re " + describe_char(in, c.bad_offset, c.bad_size) +
                          " non autoris\u00E9 (position " +
                          std::to_string(char_position(in, c.bad_offset)) +
                          ")\u00A0: " + std::string(rule));
}

/// Luhn sum of a digit string (rightmost digit weight 1, every second digit doubled, 9 subtracted
/// from doubles above 9). Valid when the sum is a multiple of 10.
constexpr unsigned luhn_sum(std::string_view digits) noexcept {
    unsigned sum = 0;
    bool twice = false;
    for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
        auto d = static_cast<unsigned>(*it - '0');
        if (twice) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        twice = !twice;
    }
    return sum;
}

constexpr bool luhn_valid(std::string_view digits) noexcept {
    return luhn_sum(digits) % 10 == 0;
}

/// Plain sum of the digits (La Poste's SIRET check).
constexpr unsigned digit_sum(std::string_view digits) noexcept {
    unsigned sum = 0;
    for (const char c : digits)
        sum += static_cast<unsigned>(c - '0');
    return sum;
}

/// SIREN of La Poste, whose establishments do not follow the Luhn rule (ID-SIRET).
inline constexpr std::string_view la_poste_siren = "356000000";
/// SIRET of La Poste's head office, the only La Poste SIRET that does follow Luhn.
inline constexpr std::string_view la_poste_head_office_siret = "35600000000048";

/// Why a 14-digit string is not a SIRET.
enum class SiretFault { none, luhn, la_poste_sum, siren_part };

/// ID-SIRET. Luhn over the 14 digits, except for La Poste (SIREN 356000000): there the plain sum
/// of the 14 digits must be a multiple of 5, except for the head office 356 000 000 00048, which
/// follows Luhn (its digit sum is 26). In every case the SIREN part must itself pass Luhn.
/// Sources: docs/legal-reference.md ID-SIRET (pass-culture `siren.py`); python-stdnum
/// `stdnum/fr/siret.py`, which special-cases the head office the same way; French Wikipedia «
/// Système d'identification du répertoire des établissements » (« seul le SIRET 35600000000048 du
/// siège … respecte la formule de Luhn ; … la somme des 14 chiffres doit être un multiple de
/// 5 »). the literal rule "valid iff the sum is a multiple of 5" would reject the head office,
/// which the Somme département publishes as a beneficiary (tests/data/ids).
constexpr SiretFault siret_fault(std::string_view d14) noexcept {
    if (d14.substr(0, 9) == la_poste_siren && d14 != la_poste_head_office_siret) {
        if (digit_sum(d14) % 5 != 0)
            return SiretFault::la_poste_sum;
    } else if (!luhn_valid(d14)) {
        return SiretFault::luhn;
    }
    if (!luhn_valid(d14.substr(0, 9)))
        return SiretFault::siren_part;
    return SiretFault::none;
}

/// One ISO 7064 MOD 97-10 step: appends an IBAN character (digit as such, A = 10 … Z = 35) to the
/// running value `r`. Reduction mod 97 is deferred while `r` stays below 10^15, so a 34-character
/// IBAN needs two or three divisions instead of one per character.
constexpr std::uint64_t mod97_step(std::uint64_t r, char c) noexcept {
    r = is_digit(c) ? r * 10U + static_cast<std::uint64_t>(c - '0')
                    : r * 100U + static_cast<std::uint64_t>(c - 'A') + 10U;
    return r >= 1'000'000'000'000'000ULL ? r % 97U : r;
}

/// ISO 13616 remainder: the first four characters moved to the end, letters as 10…35, the number
/// taken mod 97 — computed one character at a time, so no big integers. Valid when 1.
constexpr unsigned iban_mod97(std::string_view iban) noexcept {
    std::uint64_t r = 0;
    for (const char c : iban.substr(4))
        r = mod97_step(r, c);
    for (const char c : iban.substr(0, 4))
        r = mod97_step(r, c);
    return static_cast<unsigned>(r % 97U);
}

/// ID-RIB-KEY letter values in a French account number: A,J→1; B,K,S→2; … I,R,Z→9.
constexpr unsigned rib_value(char c) noexcept {
    if (is_digit(c))
        return static_cast<unsigned>(c - '0');
    if (c >= 'A' && c <= 'I')
        return static_cast<unsigned>(c - 'A') + 1U;
    if (c >= 'J' && c <= 'R')
        return static_cast<unsigned>(c - 'J') + 1U;
    return static_cast<unsigned>(c - 'S') + 2U; // S..Z
}

/// ID-RIB-KEY: key = 97 − ((89 × bank + 15 × branch + 3 × account) mod 97), letters of the
/// account mapped by `rib_value`. Result in 1…97. Parts are the RIB's (5, 5 and 11 characters;
/// at most 19 fit the 64-bit accumulator). Source: docs/legal-reference.md ID-RIB-KEY.
constexpr unsigned rib_key(std::string_view bank, std::string_view branch,
                           std::string_view account) noexcept {
    const auto mod = [](std::string_view part) {
        std::uint64_t v = 0;
        for (const char c : part)
            v = v * 10U + rib_value(c);
        return static_cast<unsigned>(v % 97U);
    };
    return 97U - (89U * mod(bank) + 15U * mod(branch) + 3U * mod(account)) % 97U;
}

/// Whether an IBAN prefix uses the French BBAN (bank 5, branch 5, account 11, clé RIB 2):
/// France and Monaco (SWIFT registry: both `5!n5!n11!c2!n`; the Monaco registry example
/// MC58 1122 2000 0101 2345 6789 030 carries a valid clé RIB).
constexpr bool has_french_bban(std::string_view country) noexcept {
    return country == "FR" || country == "MC";
}

/// `7` → `"07"` (check digits and clés RIB, 0…99).
inline std::string two_digits(unsigned v) {
    return std::string{static_cast<char>('0' + v / 10U), static_cast<char>('0' + v % 10U)};
}

} // namespace detail

} // namespace subvention
