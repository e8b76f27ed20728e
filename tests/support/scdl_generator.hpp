// SPDX-License-Identifier: Apache-2.0
// Test support: deterministic generator of valid SCDL subventions 2.1.1 files (« jeu de données
// synthétique »), for the validate benchmark, the constant-memory measurement and the SCDL
// tests. Row `i` depends only on (seed, i), so a file can be streamed without keeping anything:
// SIRETs and their SIRENs carry a correct Luhn key (never La Poste's SIREN 356000000, whose
// rule differs), RNA numbers match ^W\d{9}$, dates are ISO, amounts use a decimal point, every
// enum value and boolean spelling is the schema's, `objet` sometimes needs RFC 4180 quoting.
#pragma once

#include <cstdint>
#include <ostream>
#include <sstream>
#include <string>
#include <string_view>

namespace subvention::testing {

/// The 16 field names of SCDL subventions 2.1.1, in schema order.
inline constexpr std::string_view scdl_subventions_header =
    "nomAttribuant,idAttribuant,dateConvention,referenceDecision,nomBeneficiaire,idBeneficiaire,"
    "rnaBeneficiaire,objet,montant,nature,conditionsVersement,datesPeriodeVersement,idRAE,"
    "notificationUE,pourcentageSubvention,dispositifAide";

/// splitmix64: a tiny, well-mixed deterministic generator.
inline std::uint64_t scdl_gen_mix(std::uint64_t x) noexcept {
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

/// Appends the Luhn check digit to `digits` (SIREN: 8 + 1, SIRET: 13 + 1).
inline std::string scdl_gen_luhn(std::string digits) {
    int sum = 0;
    // once the check digit is appended, every second digit from the right is doubled
    for (std::size_t i = 0; i < digits.size(); ++i) {
        int d = digits[digits.size() - 1 - i] - '0';
        if (i % 2 == 0) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
    }
    digits += static_cast<char>('0' + (10 - sum % 10) % 10);
    return digits;
}

/// `n` decimal digits from `x` (zero-padded).
inline std::string scdl_gen_digits(std::uint64_t x, int n) {
    std::string s(static_cast<std::size_t>(n), '0');
    for (int i = n - 1; i >= 0; --i) {
        s[static_cast<std::size_t>(i)] = static_cast<char>('0' + x % 10);
        x /= 10;
    }
    return s;
}

inline std::string scdl_gen_two(unsigned v) {
    return std::string(1, static_cast<char>('0' + v / 10)) + static_cast<char>('0' + v % 10);
}

/// Data row `i` (0-based) of the file generated with `seed`, without line end, CSV-quoted.
inline std::string scdl_subventions_row(std::uint64_t i, std::uint64_t seed = 1) {
    std::uint64_t r = scdl_gen_mix(seed * 0x100000001B3ULL ^ i);
    auto take = [&r](std::uint64_t mod) {
        r = scdl_gen_mix(r);
        return r % mod;
    };
    // python-stdnum (Validata): Luhn on the SIRET and on its SIREN; La Poste's SIREN excepted
    std::string siren = scdl_gen_luhn(scdl_gen_digits(10000000 + take(80000000), 8));
    if (siren.starts_with("356000000"))
        siren = scdl_gen_luhn("35600001");
    const std::string siret = scdl_gen_luhn(siren + scdl_gen_digits(take(10000), 4));
    const unsigned year = 2018 + static_cast<unsigned>(take(7));
    const unsigned month = 1 + static_cast<unsigned>(take(12));
    const unsigned day = 1 + static_cast<unsigned>(take(28));
    const std::string date =
        std::to_string(year) + "-" + scdl_gen_two(month) + "-" + scdl_gen_two(day);
    const std::uint64_t cents = 50000 + take(10'000'000);
    const std::string montant =
        std::to_string(cents / 100) + "." + scdl_gen_two(static_cast<unsigned>(cents % 100));
    static constexpr std::string_view natures[] = {"aide en numéraire", "aide en nature",
                                                   "aide en numéraire;aide en nature"};
    static constexpr std::string_view objets[] = {
        "Fonctionnement", "Soutien à l'organisation du festival d'été",
        "\"Projet « Jeunes », volet 2\"", "Investissement : travaux de mise aux normes",
        "\"Aide au démarrage, première année\""};
    const unsigned percent = 1 + static_cast<unsigned>(take(100));
    std::string row;
    row.reserve(320);
    row += "Département de Loire-Atlantique,22440002800011,";
    row += date;
    row += ",";
    row += std::to_string(year) + "-" + std::to_string(1 + take(999));
    row += ",Association n°" + std::to_string(i) + ",";
    row += siret;
    row += ",W" + scdl_gen_digits(take(1'000'000'000), 9) + ",";
    row += objets[take(5)];
    row += "," + montant + ",";
    row += natures[take(3)];
    row += take(2) == 0 ? ",unique," : ",échelonné,";
    row += date;
    // append, not "/" + std::string: GCC 12 -O3 false -Wrestrict (GCC bug 105651)
    row.append("/").append(std::to_string(year + 1)).append("-12-31,,");
    row += take(4) == 0 ? "oui," : "non,";
    row += percent == 100 ? std::string("1") : "0." + scdl_gen_two(percent);
    row += take(3) == 0 ? ",Aide aux associations" : ",";
    return row;
}

/// Writes a header and `rows` data rows (LF line ends) to `out`, streaming.
inline void write_scdl_subventions(std::ostream& out, std::uint64_t rows, std::uint64_t seed = 1) {
    out << scdl_subventions_header << '\n';
    for (std::uint64_t i = 0; i < rows; ++i)
        out << scdl_subventions_row(i, seed) << '\n';
}

/// The whole file in memory.
inline std::string generate_scdl_subventions(std::uint64_t rows, std::uint64_t seed = 1) {
    std::ostringstream out;
    write_scdl_subventions(out, rows, seed);
    return std::move(out).str();
}

} // namespace subvention::testing
