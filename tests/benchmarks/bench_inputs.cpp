// SPDX-License-Identifier: Apache-2.0
// Deterministic inputs of the whole-process benchmarks (scripts/bench-*), written to a file so
// that every program compared reads the same bytes:
//   bench_inputs sirets N FILE     N lines: SIRETs as people type them (spaces, dots), 1 in 10
//                                  with a wrong key, 1 in 50 of a wrong length
//   bench_inputs scdl N FILE       SCDL subventions 2.1.1, header + N valid rows
//   bench_inputs text N FILE       the seed text (APES, tests/data/text) N times
//   bench_inputs dossiers N FILE   N dossiers, JSON Lines: the APES dossier with its amount, its
//                                  dates, its number and its tally varied
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "support/scdl_generator.hpp"
#include "support/seed_text.hpp"

namespace {

using subvention::testing::scdl_gen_digits;
using subvention::testing::scdl_gen_luhn;
using subvention::testing::scdl_gen_mix;

void write_sirets(std::ostream& out, std::uint64_t n) {
    for (std::uint64_t i = 0; i < n; ++i) {
        std::uint64_t r = scdl_gen_mix(i);
        std::string siret =
            scdl_gen_luhn(scdl_gen_luhn(scdl_gen_digits(10000000 + r % 80000000, 8)) +
                          scdl_gen_digits(scdl_gen_mix(r) % 10000, 4));
        if (siret.starts_with("356000000")) // La Poste: another key rule
            siret[0] = '4';
        r = scdl_gen_mix(r + 1);
        if (r % 10 == 0) // a wrong key
            siret[13] = static_cast<char>('0' + (siret[13] - '0' + 1) % 10);
        if (r % 50 == 1) // a digit lost
            siret.pop_back();
        switch (r / 10 % 3) {
        case 0:
            out << siret;
            break;
        case 1: // « 123 456 789 00012 »
            out << siret.substr(0, 3) << ' ' << siret.substr(3, 3) << ' ' << siret.substr(6, 3)
                << ' ' << siret.substr(9);
            break;
        default: // « 123.456.789.00012 »
            out << siret.substr(0, 3) << '.' << siret.substr(3, 3) << '.' << siret.substr(6, 3)
                << '.' << siret.substr(9);
            break;
        }
        out << '\n';
    }
}

std::string two(unsigned v) {
    return std::string(1, static_cast<char>('0' + v / 10)) + static_cast<char>('0' + v % 10);
}

void write_dossiers(std::ostream& out, std::uint64_t n) {
    std::ifstream in(std::string(SUBVENTION_TEST_DATA_DIR) + "/json/apes_2023.json",
                     std::ios::binary);
    const nlohmann::ordered_json apes = nlohmann::ordered_json::parse(in);
    for (std::uint64_t i = 0; i < n; ++i) {
        std::uint64_t r = scdl_gen_mix(i);
        const auto take = [&r](std::uint64_t mod) {
            r = scdl_gen_mix(r);
            return r % mod;
        };
        nlohmann::ordered_json d = apes;
        auto& delib = d["deliberation"];
        // the same sitting date in the three documents, so that most dossiers agree
        const unsigned year = 2021 + static_cast<unsigned>(take(4));
        const std::string date = std::to_string(year) + "-" +
                                 two(1 + static_cast<unsigned>(take(12))) + "-" +
                                 two(1 + static_cast<unsigned>(take(28)));
        delib["meeting_date"]["value"] = date;
        delib["signature"]["date"]["value"] = date;
        d["rapport"]["meeting_date"]["value"] = date;
        delib["number"]["value"] = std::to_string(year) + "-" + std::to_string(1 + take(900));
        auto& tally = delib["tally"]["value"];
        const auto pour = 20 + take(23);
        tally["pour"] = pour;
        tally["contre"] = take(4) == 0 ? take(43 - pour) : 0;
        tally["abstention"] = take(3);
        // one amount in 5 differs between the deliberation and the rapport
        const std::string amount = std::to_string(1000 + take(99000)) + ".00";
        delib["grants"][0]["amount"]["value"] = amount;
        d["rapport"]["proposed_grants"][0]["amount"]["value"] =
            take(5) == 0 ? std::to_string(1000 + take(99000)) + ".00" : amount;
        out << d.dump() << '\n';
    }
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 4) {
        std::cerr << "usage: bench_inputs sirets|scdl|text|dossiers N FILE\n";
        return 2;
    }
    const std::string_view what = argv[1];
    char* end = nullptr;
    const std::uint64_t n = std::strtoull(argv[2], &end, 10);
    if (end == argv[2] || *end != '\0') {
        std::cerr << "bench_inputs: N: a count is expected, not « " << argv[2] << " »\n";
        return 2;
    }
    std::ofstream out(argv[3], std::ios::binary);
    if (!out) {
        std::cerr << "bench_inputs: " << argv[3] << ": cannot be written\n";
        return 2;
    }
    if (what == "sirets")
        write_sirets(out, n);
    else if (what == "scdl")
        subvention::testing::write_scdl_subventions(out, n);
    else if (what == "text")
        for (std::uint64_t i = 0; i < n; ++i)
            out << subvention::testing::seed_text();
    else if (what == "dossiers")
        write_dossiers(out, n);
    else {
        std::cerr << "bench_inputs: unknown input « " << what << " »\n";
        return 2;
    }
    out.close();
    if (!out) {
        std::cerr << "bench_inputs: " << argv[3] << ": write failed\n";
        return 2;
    }
    return 0;
}
