// SPDX-License-Identifier: Apache-2.0
// subvention — identifiers found in subsidy files: SIREN, SIRET, RNA, IBAN (with the French RIB
// key), BIC and deliberation numbers.
//
// Every type here is a small value (no allocation, trivially copyable), copyable, totally ordered
// and hashable, and cannot hold an invalid value: the only way in is `parse(...)` (or
// `Iban::from_rib`), which returns a `Result` naming the rejected field, value and reason.
// There is deliberately no default constructor: an "empty SIREN" would be an invalid value.
//
// Input is compacted before it is checked: ASCII spaces, tabs, CR/LF, no-break spaces (U+00A0),
// narrow no-break spaces (U+202F), thin spaces (U+2009), dots and hyphens are dropped anywhere in
// the input, and ASCII lower case is upper-cased (`fr76 3000-6000…`, `440.672.020`). Any other
// character is a `format` error; so are full-width digits and invalid UTF-8.
//
// Error kinds (each `parse` documents the order of its checks): `empty` (nothing left after
// compaction), `format` (a character the identifier never contains, or one in the wrong place),
// `component` (a country code outside the IBAN registry or ISO 3166), `length`, `checksum`
// (Luhn, La Poste digit sum, IBAN mod 97, clé RIB: a wrong clé RIB is a `checksum` error like
// every check-digit mismatch, the message telling which key failed), `range` (deliberation
// number: year outside 1900–2299 or sequence 0).
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

// ------------------------------------------------------------------------------------------------

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

/// Deliberation number (« numéro de délibération »): year and sequence, `2023-122`.
///
/// Accepted: an optional `N°`/`n°`/`Nº`/`nº` prefix, a 4-digit year, a separator (`-`, `/`,
/// U+2010, U+2011 or en dash U+2013, spaces allowed around it), a sequence of 1–6 digits.
/// Leading zeros of the sequence are not significant (`2016-0391` = `2016-391`); the canonical
/// form is `YYYY-N`. Year outside 1900–2299 or sequence 0 is a `range` error (the library's
/// supported years, as for dates). Anything else, e.g. `CP2023-122` or `2023-122 bis`, is a
/// `format` error: local numbering schemes vary and are not guessed.
class DeliberationNumber {
public:
    static constexpr int min_year = 1900;
    static constexpr int max_year = 2299;
    static constexpr int max_sequence_digits = 6;

    /// Parses `2023-122`, `N°2023-122`, `n° 2023 - 122`, `2023/122`.
    [[nodiscard]] static Result<DeliberationNumber> parse(std::string_view input) {
        constexpr std::string_view field = "num\u00E9ro de d\u00E9lib\u00E9ration";
        std::string_view s = input;
        const auto skip_spaces = [&s] {
            while (const auto n = space_size(s))
                s.remove_prefix(n);
        };
        const auto bad = [&](std::string_view why) {
            return make_error(ErrorKind::format, field, input, std::string(why));
        };
        skip_spaces();
        while (const auto n = trailing_space_size(s))
            s.remove_suffix(n);
        if (s.empty())
            return make_error(ErrorKind::empty, field, input, "num\u00E9ro vide");
        for (const std::string_view prefix : {"N\u00B0", "n\u00B0", "N\u00BA", "n\u00BA"}) {
            if (s.starts_with(prefix)) {
                s.remove_prefix(prefix.size());
                skip_spaces();
                break;
            }
        }
        const auto digits = [&s] {
            std::size_t n = 0;
            while (n < s.size() && detail::is_digit(s[n]))
                ++n;
            return n;
        };
        const auto year_digits = digits();
        if (year_digits == 0)
            return bad(
                "un num\u00E9ro de d\u00E9lib\u00E9ration s'\u00E9crit ann\u00E9e-num\u00E9ro "
                "(2023-122)");
        if (year_digits != 4)
            return make_error(ErrorKind::length, field, input,
                              "l'ann\u00E9e s'\u00E9crit sur 4 chiffres");
        const int year =
            (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
        s.remove_prefix(4);
        skip_spaces();
        std::size_t sep = 0;
        for (const std::string_view dash : {"-", "/", "\u2010", "\u2011", "\u2013"})
            if (s.starts_with(dash))
                sep = dash.size();
        if (sep == 0)
            return bad("s\u00E9parateur attendu entre l'ann\u00E9e et le num\u00E9ro (2023-122)");
        s.remove_prefix(sep);
        skip_spaces();
        const auto seq_digits = digits();
        if (seq_digits == 0 || seq_digits != s.size())
            return bad("apr\u00E8s l'ann\u00E9e, le num\u00E9ro d'ordre ne contient que des "
                       "chiffres (2023-122)");
        std::size_t first = 0;
        while (first + 1 < seq_digits && s[first] == '0')
            ++first;
        if (seq_digits - first > static_cast<std::size_t>(max_sequence_digits))
            return make_error(ErrorKind::length, field, input,
                              "le num\u00E9ro d'ordre a plus de 6 chiffres");
        int sequence = 0;
        for (std::size_t i = first; i < seq_digits; ++i)
            sequence = sequence * 10 + (s[i] - '0');
        if (year < min_year || year > max_year)
            return make_error(ErrorKind::range, field, input,
                              "ann\u00E9e " + std::to_string(year) +
                                  " hors de la plage prise en charge (1900\u20132299)");
        if (sequence == 0)
            return make_error(ErrorKind::range, field, input,
                              "le num\u00E9ro d'ordre 0 n'existe pas");
        return DeliberationNumber(year, sequence);
    }

    /// The year of the numbering (« millésime »), 1900–2299.
    [[nodiscard]] constexpr int year() const noexcept { return year_; }
    /// The sequence number within the year (« numéro d'ordre »), ≥ 1.
    [[nodiscard]] constexpr int sequence() const noexcept { return sequence_; }
    /// `2023-122`.
    [[nodiscard]] constexpr std::string_view compact() const noexcept {
        return {text_.data(), size_};
    }
    /// `2023-122` (same as `compact()`).
    [[nodiscard]] std::string formatted() const { return std::string(compact()); }

    friend constexpr bool operator==(const DeliberationNumber& a,
                                     const DeliberationNumber& b) noexcept {
        return a.year_ == b.year_ && a.sequence_ == b.sequence_;
    }
    /// Chronological: by year, then by sequence (`2023-99` < `2023-122`).
    friend constexpr std::strong_ordering operator<=>(const DeliberationNumber& a,
                                                      const DeliberationNumber& b) noexcept {
        if (const auto c = a.year_ <=> b.year_; c != 0)
            return c;
        return a.sequence_ <=> b.sequence_;
    }

private:
    constexpr DeliberationNumber(int year, int sequence) noexcept
        : year_(year)
        , sequence_(sequence) {
        std::array<char, 6> rev{};
        std::size_t n = 0;
        for (int v = sequence; v > 0; v /= 10)
            rev[n++] = static_cast<char>('0' + v % 10);
        text_[0] = static_cast<char>('0' + year / 1000);
        text_[1] = static_cast<char>('0' + year / 100 % 10);
        text_[2] = static_cast<char>('0' + year / 10 % 10);
        text_[3] = static_cast<char>('0' + year % 10);
        text_[4] = '-';
        for (std::size_t i = 0; i < n; ++i)
            text_[5 + i] = rev[n - 1 - i];
        size_ = static_cast<std::uint8_t>(5 + n);
    }
    /// Byte length of a leading space (ASCII space/tab, U+00A0, U+202F, U+2009), else 0.
    static constexpr std::size_t space_size(std::string_view s) noexcept {
        if (s.empty())
            return 0;
        if (s[0] == ' ' || s[0] == '\t')
            return 1;
        if (s.starts_with("\u00A0"))
            return 2;
        if (s.starts_with("\u202F") || s.starts_with("\u2009"))
            return 3;
        return 0;
    }
    /// Byte length of a trailing space, else 0.
    static constexpr std::size_t trailing_space_size(std::string_view s) noexcept {
        if (s.ends_with(' ') || s.ends_with('\t'))
            return 1;
        if (s.ends_with("\u00A0"))
            return 2;
        if (s.ends_with("\u202F") || s.ends_with("\u2009"))
            return 3;
        return 0;
    }
    int year_;
    int sequence_;
    std::array<char, 11> text_{};
    std::uint8_t size_ = 0;
};

// ------------------------------------------------------------------------------------------------

/// The identifier kinds a caller (e.g. the CLI's `--kind`) can ask to validate.
enum class IdKind { siren, siret, rna, iban, bic };

/// Stable lower-case name (`"siret"`), as the CLI spells it.
[[nodiscard]] constexpr std::string_view to_string(IdKind k) noexcept {
    switch (k) {
    case IdKind::siren:
        return "siren";
    case IdKind::siret:
        return "siret";
    case IdKind::rna:
        return "rna";
    case IdKind::iban:
        return "iban";
    case IdKind::bic:
        return "bic";
    }
    return "siren";
}

/// Reads `siren|siret|rna|iban|bic` (ASCII case-insensitive); anything else is a `component`
/// error listing the accepted names.
[[nodiscard]] inline Result<IdKind> parse_id_kind(std::string_view name) {
    std::string lower(name);
    for (char& c : lower)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    for (const auto k : {IdKind::siren, IdKind::siret, IdKind::rna, IdKind::iban, IdKind::bic})
        if (lower == to_string(k))
            return k;
    if (name.empty())
        return make_error(ErrorKind::empty, "type d'identifiant", name, "type vide");
    return make_error(ErrorKind::component, "type d'identifiant", name,
                      "type inconnu (attendu\u00A0: siren, siret, rna, iban ou bic)");
}

/// Outcome of `validate` (« résultat de contrôle »): the canonical forms when valid, the error
/// otherwise.
struct IdCheck {
    IdKind kind = IdKind::siren;
    bool valid = false;
    std::string compact;        ///< empty when invalid
    std::string formatted;      ///< empty when invalid
    std::optional<Error> error; ///< set when invalid
};

/// Validates `input` as an identifier of `kind` (RNA with `RnaPolicy::strict`); never throws for
/// bad content.
[[nodiscard]] inline IdCheck validate(IdKind kind, std::string_view input) {
    const auto fill = [kind](const auto& r) {
        IdCheck out;
        out.kind = kind;
        if (r.ok()) {
            out.valid = true;
            out.compact = std::string(r.value().compact());
            out.formatted = r.value().formatted();
        } else {
            out.error = r.error();
        }
        return out;
    };
    switch (kind) {
    case IdKind::siren:
        return fill(Siren::parse(input));
    case IdKind::siret:
        return fill(Siret::parse(input));
    case IdKind::rna:
        return fill(Rna::parse(input));
    case IdKind::iban:
        return fill(Iban::parse(input));
    case IdKind::bic:
        return fill(Bic::parse(input));
    }
    return fill(Siren::parse(input));
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
template <>
struct std::hash<subvention::Rna> {
    std::size_t operator()(const subvention::Rna& v) const noexcept {
        return std::hash<std::string_view>{}(v.compact());
    }
};
template <>
struct std::hash<subvention::Iban> {
    std::size_t operator()(const subvention::Iban& v) const noexcept {
        return std::hash<std::string_view>{}(v.compact());
    }
};
template <>
struct std::hash<subvention::Bic> {
    std::size_t operator()(const subvention::Bic& v) const noexcept {
        return std::hash<std::string_view>{}(v.compact());
    }
};
template <>
struct std::hash<subvention::DeliberationNumber> {
    std::size_t operator()(const subvention::DeliberationNumber& v) const noexcept {
        return std::hash<std::string_view>{}(v.compact());
    }
};
