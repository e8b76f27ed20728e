// SPDX-License-Identifier: Apache-2.0
// subvention — reference tables for identifiers: IBAN countries (SWIFT IBAN registry) and
// ISO 3166-1 alpha-2 country codes (for BIC). Internal: use <subvention/identifiers.hpp>.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace subvention::detail {

/// One IBAN country (« pays IBAN ») : ISO 3166 code and BBAN structure in the SWIFT registry
/// notation (`5!n5!n11!c2!n` : n = digits, a = upper-case letters, c = letters or digits).
struct IbanCountry {
    std::string_view code;
    std::string_view bban;
};

// Every country of the SWIFT IBAN Registry (ISO 13616), one entry per IBAN prefix.
// Source: python-stdnum `stdnum/iban.dat` (arthurdejong/python-stdnum, commit d848b6eb2df9be8e6ad
// 89c95cb6cc6d44dc0f7af, LGPL-2.1+), itself "generated from iban-registry_1.txt downloaded from
// https://www.swift.com/node/11971" (the SWIFT IBAN Registry). 89 prefixes: the same count as the
// base entries of SWIFT IBAN Registry release 100 (January 2025). Cross-checked against the
// registry examples republished by skwasjer/IbanNet `SupportedCountries.md` (84 of these
// countries; tests/data/ids/iban_registry_examples.csv).
// Territories that the registry lists *inside* another entry (France: GF GP MQ RE PF TF YT NC BL
// MF PM WF; United Kingdom: IM JE GG; Finland: AX) have no prefix of their own: their accounts
// carry the parent's prefix (FR…, GB…, FI…). See `iban_territories` below.
inline constexpr std::array<IbanCountry, 89> iban_countries{{
    {"AD", "4!n4!n12!c"},
    {"AE", "3!n16!n"},
    {"AL", "8!n16!c"},
    {"AT", "5!n11!n"},
    {"AZ", "4!a20!c"},
    {"BA", "3!n3!n8!n2!n"},
    {"BE", "3!n7!n2!n"},
    {"BG", "4!a4!n2!n8!c"},
    {"BH", "4!a14!c"},
    {"BI", "5!n5!n11!n2!n"},
    {"BR", "8!n5!n10!n1!a1!c"},
    {"BY", "4!c4!n16!c"},
    {"CH", "5!n12!c"},
    {"CR", "4!n14!n"},
    {"CY", "3!n5!n16!c"},
    {"CZ", "4!n6!n10!n"},
    {"DE", "8!n10!n"},
    {"DJ", "5!n5!n11!n2!n"},
    {"DK", "4!n9!n1!n"},
    {"DO", "4!c20!n"},
    {"EE", "2!n14!n"},
    {"EG", "4!n4!n17!n"},
    {"ES", "4!n4!n1!n1!n10!n"},
    {"FI", "3!n11!n"},
    {"FK", "2!a12!n"},
    {"FO", "4!n9!n1!n"},
    {"FR", "5!n5!n11!c2!n"},
    {"GB", "4!a6!n8!n"},
    {"GE", "2!a16!n"},
    {"GI", "4!a15!c"},
    {"GL", "4!n9!n1!n"},
    {"GR", "3!n4!n16!c"},
    {"GT", "4!c20!c"},
    {"HN", "4!a20!n"},
    {"HR", "7!n10!n"},
    {"HU", "3!n4!n1!n15!n1!n"},
    {"IE", "4!a6!n8!n"},
    {"IL", "3!n3!n13!n"},
    {"IQ", "4!a3!n12!n"},
    {"IS", "4!n2!n6!n10!n"},
    {"IT", "1!a5!n5!n12!c"},
    {"JO", "4!a4!n18!c"},
    {"KW", "4!a22!c"},
    {"KZ", "3!n13!c"},
    {"LB", "4!n20!c"},
    {"LC", "4!a24!c"},
    {"LI", "5!n12!c"},
    {"LT", "5!n11!n"},
    {"LU", "3!n13!c"},
    {"LV", "4!a13!c"},
    {"LY", "3!n3!n15!n"},
    {"MC", "5!n5!n11!c2!n"},
    {"MD", "2!c18!c"},
    {"ME", "3!n13!n2!n"},
    {"MK", "3!n10!c2!n"},
    {"MN", "4!n12!n"},
    {"MR", "5!n5!n11!n2!n"},
    {"MT", "4!a5!n18!c"},
    {"MU", "4!a2!n2!n12!n3!n3!a"},
    {"NI", "4!a20!n"},
    {"NL", "4!a10!n"},
    {"NO", "4!n6!n1!n"},
    {"OM", "3!n16!c"},
    {"PK", "4!a16!c"},
    {"PL", "8!n16!n"},
    {"PS", "4!a21!c"},
    {"PT", "4!n4!n11!n2!n"},
    {"QA", "4!a21!c"},
    {"RO", "4!a16!c"},
    {"RS", "3!n13!n2!n"},
    {"RU", "9!n5!n15!c"},
    {"SA", "2!n18!c"},
    {"SC", "4!a2!n2!n16!n3!a"},
    {"SD", "2!n12!n"},
    {"SE", "3!n16!n1!n"},
    {"SI", "5!n8!n2!n"},
    {"SK", "4!n6!n10!n"},
    {"SM", "1!a5!n5!n12!c"},
    {"SO", "4!n3!n12!n"},
    {"ST", "8!n11!n2!n"},
    {"SV", "4!a20!n"},
    {"TL", "3!n14!n2!n"},
    {"TN", "2!n3!n13!n2!n"},
    {"TR", "5!n1!n16!c"},
    {"UA", "6!n19!c"},
    {"VA", "3!n15!n"},
    {"VG", "4!a16!n"},
    {"XK", "4!n10!n2!n"},
    {"YE", "4!a4!n18!c"},
}};

/// A territory covered by another country's IBAN entry (« territoire rattaché »).
struct IbanTerritory {
    std::string_view code;   ///< ISO 3166 code of the territory, e.g. "GP"
    std::string_view parent; ///< IBAN prefix its accounts use, e.g. "FR"
};

// SWIFT IBAN Registry, field "Country code includes other countries/territories" (as republished
// by skwasjer/IbanNet SupportedCountries.md, "France includes: …").
inline constexpr std::array<IbanTerritory, 16> iban_territories{{
    {"GF", "FR"},
    {"GP", "FR"},
    {"MQ", "FR"},
    {"RE", "FR"},
    {"PF", "FR"},
    {"TF", "FR"},
    {"YT", "FR"},
    {"NC", "FR"},
    {"BL", "FR"},
    {"MF", "FR"},
    {"PM", "FR"},
    {"WF", "FR"},
    {"IM", "GB"},
    {"JE", "GB"},
    {"GG", "GB"},
    {"AX", "FI"},
}};

/// Reads the segment of a BBAN notation at `pos` (`11!c`): returns its length, sets its class
/// and moves `pos` past it. Past the end: length 1, class 'c' (never reached for a well-formed
/// table, whose lengths are checked first).
constexpr std::size_t bban_segment(std::string_view notation, std::size_t& pos,
                                   char& cls) noexcept {
    std::size_t n = 0;
    while (pos < notation.size()) {
        const char c = notation[pos++];
        if (c >= '0' && c <= '9') {
            n = n * 10 + static_cast<std::size_t>(c - '0');
        } else if (c == 'n' || c == 'a' || c == 'c') {
            cls = c;
            return n;
        }
    }
    cls = 'c';
    return 1;
}

/// Number of characters a BBAN notation describes (`5!n5!n11!c2!n` → 23).
constexpr std::size_t bban_length(std::string_view notation) noexcept {
    std::size_t total = 0;
    std::size_t pos = 0;
    char cls = 'c';
    while (pos < notation.size())
        total += bban_segment(notation, pos, cls);
    return total;
}

constexpr std::size_t country_slot(char a, char b) noexcept {
    return static_cast<std::size_t>(a - 'A') * 26U + static_cast<std::size_t>(b - 'A');
}

constexpr bool is_upper(char c) noexcept {
    return c >= 'A' && c <= 'Z';
}

/// Index + 1 of each IBAN prefix in `iban_countries`, by 26×26 slot (0 = not an IBAN prefix).
inline constexpr auto iban_country_slots = [] {
    std::array<std::uint8_t, 676> slots{};
    for (std::size_t i = 0; i < iban_countries.size(); ++i)
        slots[country_slot(iban_countries[i].code[0], iban_countries[i].code[1])] =
            static_cast<std::uint8_t>(i + 1);
    return slots;
}();

/// The IBAN country entry for a prefix, if the SWIFT registry has one.
constexpr const IbanCountry* find_iban_country(char a, char b) noexcept {
    if (!is_upper(a) || !is_upper(b))
        return nullptr;
    const auto slot = iban_country_slots[country_slot(a, b)];
    return slot == 0 ? nullptr : &iban_countries[slot - 1U];
}

/// The parent IBAN prefix of a territory listed inside another registry entry.
constexpr std::optional<std::string_view> iban_territory_parent(char a, char b) noexcept {
    for (const auto& t : iban_territories)
        if (t.code[0] == a && t.code[1] == b)
            return t.parent;
    return std::nullopt;
}

// ISO 3166-1 alpha-2 codes, all 249 officially assigned elements, sorted.
// Source: Debian package iso-codes 4.15.0, /usr/share/iso-codes/json/iso_3166-1.json (field
// alpha_2; data LGPL-2.1+, maintained from the ISO 3166 Maintenance Agency's publications).
inline constexpr std::string_view iso3166_alpha2 =
    "ADAEAFAGAIALAMAOAQARASATAUAWAXAZBABBBDBEBFBGBHBIBJBLBMBNBOBQBRBSBTBVBWBYBZCACCCD"
    "CFCGCHCICKCLCMCNCOCRCUCVCWCXCYCZDEDJDKDMDODZECEEEGEHERESETFIFJFKFMFOFRGAGBGDGEGF"
    "GGGHGIGLGMGNGPGQGRGSGTGUGWGYHKHMHNHRHTHUIDIEILIMINIOIQIRISITJEJMJOJPKEKGKHKIKMKN"
    "KPKRKWKYKZLALBLCLILKLRLSLTLULVLYMAMCMDMEMFMGMHMKMLMMMNMOMPMQMRMSMTMUMVMWMXMYMZNA"
    "NCNENFNGNINLNONPNRNUNZOMPAPEPFPGPHPKPLPMPNPRPSPTPWPYQARERORSRURWSASBSCSDSESGSHSI"
    "SJSKSLSMSNSOSRSSSTSVSXSYSZTCTDTFTGTHTJTKTLTMTNTOTRTTTVTWTZUAUGUMUSUYUZVAVCVEVGVI"
    "VNVUWFWSYEYTZAZMZW";

/// `true` for each assigned ISO 3166-1 alpha-2 code, by 26×26 slot.
inline constexpr auto iso3166_slots = [] {
    std::array<bool, 676> slots{};
    for (std::size_t i = 0; i + 1 < iso3166_alpha2.size(); i += 2)
        slots[country_slot(iso3166_alpha2[i], iso3166_alpha2[i + 1])] = true;
    return slots;
}();

/// Whether `ab` is an assigned ISO 3166-1 alpha-2 code.
constexpr bool is_iso3166_alpha2(char a, char b) noexcept {
    return is_upper(a) && is_upper(b) && iso3166_slots[country_slot(a, b)];
}

static_assert(iso3166_alpha2.size() == 2 * 249);
static_assert(bban_length("5!n5!n11!c2!n") == 23);
static_assert(bban_length("4!a2!n2!n12!n3!n3!a") == 26);

} // namespace subvention::detail
