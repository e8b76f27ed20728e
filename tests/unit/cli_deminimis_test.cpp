// SPDX-License-Identifier: Apache-2.0
// Contract tests of `subvention deminimis` (src/cli/deminimis_command.cpp) on the CSV fixtures
// of tests/data/aid: exit statuses, exact JSON keys and values, French text, row errors naming
// row, column and value, the UNCONFIRMED options visible in every result.
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>
#include <vector>

#include <gtest/gtest.h>

#include "support/cli_runner.hpp"

// Each suite in its own namespace: the suites of a group are compiled together (unity build).
namespace test_cli_deminimis_test {

namespace {

using subvention::testing::keys;
using subvention::testing::run;

const std::string data = std::string(SUBVENTION_TEST_DATA_DIR) + "/aid/";

std::string deminimis(const std::string& file, const std::string& args) {
    return "deminimis " + data + file + " " + args;
}

bool contains(const std::string& s, const std::string& part) {
    return s.find(part) != std::string::npos;
}

TEST(CliDeminimis, JsonKeysAndValuesOnFirstJanuary2024) {
    // aids_ok.csv: 100 000 € (01/06/2021) + 90 000 € (01/03/2023) under 1407/2013, an « autre »
    // aid and one of 2025. On 01/01/2024 (2023/2831, window (01/01/2021, 01/01/2024]):
    // 190 000 counted, 300 000 − 190 000 = 110 000 € left; 20 000 € allowed.
    const auto r = run(deminimis("aids_ok.csv", "--as-of 2024-01-01 --amount 20000 --format json"));
    ASSERT_EQ(r.status, 0) << r.out;
    const auto lines = r.lines();
    ASSERT_EQ(lines.size(), 1U);
    const auto& j = lines[0];
    EXPECT_EQ(keys(j), (std::vector<std::string>{"file", "as_of", "family", "regulation", "window",
                                                 "ceiling", "cumulated", "combined_ceiling",
                                                 "combined_cumulated", "headroom", "exceeded",
                                                 "counted", "request", "options", "notes"}));
    EXPECT_EQ(j["as_of"], "2024-01-01");
    EXPECT_EQ(j["family"], "general");
    EXPECT_EQ(j["regulation"], "2023/2831");
    EXPECT_EQ(j["window"]["first"], "2021-01-02");
    EXPECT_EQ(j["window"]["last"], "2024-01-01");
    EXPECT_EQ(j["window"]["kind"], "glissant");
    EXPECT_EQ(j["ceiling"], "300000.00");
    EXPECT_EQ(j["cumulated"], "190000.00");
    EXPECT_EQ(j["combined_ceiling"], "750000.00");
    EXPECT_EQ(j["headroom"], "110000.00");
    EXPECT_EQ(j["exceeded"], false);
    ASSERT_EQ(j["counted"].size(), 2U);
    EXPECT_EQ(j["counted"][1]["grantor"], "Département du Pas-de-Calais");
    EXPECT_EQ(j["counted"][1]["amount"], "90000.00");
    EXPECT_EQ(j["request"]["allowed"], true);
    EXPECT_TRUE(j["request"]["headroom_returns"].is_null());
    EXPECT_EQ(j["options"]["fiscal_year_start_month"], 1);
    EXPECT_EQ(j["options"]["window_start"], "exclusive");
    EXPECT_EQ(j["options"]["sieg_cumulation"], "combined");
    EXPECT_EQ(j["options"]["scheme_transition"], true);
    ASSERT_EQ(j["notes"].size(), 1U);
    EXPECT_EQ(j["notes"][0], "2 aide(s) postérieure(s) au 01/01/2024 non comptée(s)");
}

TEST(CliDeminimis, TextOnThirtyFirstDecember2023RefusesAndSaysWhen) {
    // 1407/2013, fiscal years 2021–2023: 190 000 + 20 000 = 210 000 > 200 000 €.
    const auto r = run(deminimis("aids_ok.csv", "--as-of 31/12/2023 --amount 20000"));
    EXPECT_EQ(r.status, 1);
    EXPECT_TRUE(contains(r.out, "Période de référence : du 01/01/2021 au 31/12/2023 (exercices "
                                "2021 à 2023)\n"))
        << r.out;
    EXPECT_TRUE(contains(r.out, "Montant encore disponible : 10\u202F000,00\u00A0€\n")) << r.out;
    EXPECT_TRUE(contains(r.out, "Nouvelle aide de 20\u202F000,00\u00A0€ le 31/12/2023 : "
                                "impossible\n"))
        << r.out;
    EXPECT_TRUE(contains(r.out, "Montant de nouveau disponible à partir du : 1er janvier 2024\n"))
        << r.out;
    EXPECT_TRUE(contains(r.out, "Hypothèses : exercice fiscal = année civile ; fenêtre glissante "
                                "(D − 3 ans, D]"))
        << r.out;
}

TEST(CliDeminimis, ExactlyAtTheCeilingIsAllowedOneCentAboveIsNot) {
    EXPECT_EQ(
        run(deminimis("aids_ok.csv", "--as-of 2023-12-31 --amount 10000 --format json")).status, 0);
    const auto above =
        run(deminimis("aids_ok.csv", "--as-of 2023-12-31 --amount 10000.01 --format json"));
    EXPECT_EQ(above.status, 1);
    EXPECT_EQ(above.lines().at(0)["request"]["headroom_returns"], "2024-01-01");
}

TEST(CliDeminimis, RowErrorsNameRowColumnAndValue) {
    const auto r = run(deminimis("aids_bad.csv", "--as-of 2024-01-01 --format json"));
    EXPECT_EQ(r.status, 1);
    const auto j = r.lines().at(0);
    EXPECT_EQ(keys(j), (std::vector<std::string>{"file", "errors"}));
    const auto& e = j["errors"];
    ASSERT_EQ(e.size(), 5U);
    EXPECT_EQ(e[0]["row"], 3);
    EXPECT_EQ(e[0]["column"], "date");
    EXPECT_EQ(e[0]["value"], "31/02/2023");
    EXPECT_EQ(e[1]["row"], 4);
    EXPECT_EQ(e[1]["column"], "amount");
    EXPECT_EQ(e[1]["value"], "12,3,4");
    EXPECT_EQ(e[2]["column"], "regulation");
    EXPECT_EQ(e[2]["value"], "1998/2006");
    EXPECT_EQ(e[2]["message"], "règlement d'aide inconnu (attendu : 1407/2013, 2023/2831, "
                               "360/2012, 2023/2832 ou autre)");
    EXPECT_EQ(e[3]["column"], "grantor");
    EXPECT_EQ(e[4]["row"], 7);
    EXPECT_EQ(e[4]["message"], "le montant d'une aide doit être positif");
    const auto text = run(deminimis("aids_bad.csv", "--as-of 2024-01-01"));
    EXPECT_EQ(text.status, 1);
    EXPECT_TRUE(contains(text.out, "  ligne 3, colonne « date », valeur « 31/02/2023 » : le 31 "
                                   "février 2023 n'existe pas"))
        << text.out;
}

TEST(CliDeminimis, ControlCharactersAndNewlinesOfGrantorNamesAreEscaped) {
    const auto file = std::filesystem::temp_directory_path() /
                      ("subvention_deminimis_" + std::to_string(::getpid()) + "_inject.csv");
    std::ofstream(file, std::ios::binary) << "grantor,date,amount,regulation,note\x1b]0;x\x07\n"
                                             "\"R\u00E9gion\x1b[2J\nMontant encore disponible : "
                                             "300 000,00 \u20AC\xC2\x85\u202E\",2024-01-"
                                             "02,100.00,2023/2831,\n";
    const auto r = run("deminimis " + file.string() + " --as-of 2024-06-01");
    ASSERT_EQ(r.status, 0) << r.out;
    EXPECT_TRUE(contains(r.out, "  2023/2831  R\u00E9gion\\x1b[2J\\nMontant encore disponible : "
                                "300 000,00 \u20AC\\u0085\\u202e\n"))
        << r.out;
    EXPECT_TRUE(contains(r.out, "Note : colonne « note\\x1b]0;x\\x07 » ignorée\n")) << r.out;
    for (const char c : r.out)
        EXPECT_TRUE(c == '\n' || static_cast<unsigned char>(c) >= 0x20) << static_cast<int>(c);
    std::size_t forged = 0;
    for (std::size_t at = r.out.find("\nMontant encore disponible"); at != std::string::npos;
         at = r.out.find("\nMontant encore disponible", at + 1))
        ++forged;
    EXPECT_EQ(forged, 1U); // only the real line
}

TEST(CliDeminimis, SemicolonSpreadsheetWithCombinedSiegCeiling) {
    // 700 000 € SIEG (01/04/2024) + 250 000 € general (10/05/2024): on 01/04/2025 the common
    // ceiling of 750 000 € is already exceeded; 60 000 € more returns on 10/05/2027 (when the
    // 250 000 € leave; the SIEG aid left on 01/04/2027).
    const auto r =
        run(deminimis("aids_semicolon.csv", "--as-of 2025-04-01 --amount 60000 --format json"));
    EXPECT_EQ(r.status, 1);
    const auto j = r.lines().at(0);
    EXPECT_EQ(j["combined_cumulated"], "950000.00");
    EXPECT_EQ(j["exceeded"], true);
    EXPECT_EQ(j["headroom"], "0.00");
    EXPECT_EQ(j["request"]["reasons"].size(), 2U);
    EXPECT_EQ(j["request"]["headroom_returns"], "2027-05-10");
    EXPECT_EQ(j["notes"][0], "colonne « commentaire » ignorée");
    // Separate ceilings: 300 000 − 250 000 = 50 000 < 60 000 still refused, same date.
    const auto s = run(deminimis("aids_semicolon.csv",
                                 "--as-of 2025-04-01 --amount 50000 --sieg-cumulation separate "
                                 "--format json"));
    EXPECT_EQ(s.status, 0);
    EXPECT_TRUE(s.lines().at(0)["combined_ceiling"].is_null());
    // SIEG family: 2023/2832, 750 000 € over both families.
    const auto sieg =
        run(deminimis("aids_semicolon.csv", "--as-of 2025-04-01 --sieg --format json"));
    EXPECT_EQ(sieg.lines().at(0)["regulation"], "2023/2832");
    EXPECT_EQ(sieg.lines().at(0)["cumulated"], "700000.00");
}

TEST(CliDeminimis, OptionsChangeTheWindow) {
    // Inclusive start: on 01/06/2024 the aid of 01/06/2021 counts: 190 000 €; exclusive: 90 000.
    const auto inc = run(deminimis("aids_ok.csv", "--as-of 2024-06-01 --window-start inclusive "
                                                  "--format json"));
    EXPECT_EQ(inc.lines().at(0)["cumulated"], "190000.00");
    const auto exc = run(deminimis("aids_ok.csv", "--as-of 2024-06-01 --format json"));
    EXPECT_EQ(exc.lines().at(0)["cumulated"], "90000.00");
    // Fiscal year from July: on 30/06/2023 the window starts on 01/07/2020.
    const auto fy = run(deminimis("aids_ok.csv", "--as-of 2023-06-30 --fiscal-year-start 7 "
                                                 "--format json"));
    EXPECT_EQ(fy.lines().at(0)["window"]["first"], "2020-07-01");
    EXPECT_EQ(fy.lines().at(0)["options"]["fiscal_year_start_month"], 7);
}

TEST(CliDeminimis, OverflowingAmountsAreReportedNotCrashing) {
    // 92 233 720 368 547 758,07 € (the largest amount) + 1 € cannot be added up.
    const auto r = run(deminimis("aids_overflow.csv", "--as-of 2024-06-01"));
    EXPECT_EQ(r.status, 1);
    EXPECT_TRUE(contains(r.out, "calcul impossible, le cumul dépasse la capacité des montants"))
        << r.out;
}

TEST(CliDeminimis, UsageErrorsExitTwo) {
    EXPECT_EQ(run(deminimis("aids_missing_column.csv", "--as-of 2024-01-01")).status, 2);
    EXPECT_EQ(run(deminimis("does_not_exist.csv", "--as-of 2024-01-01")).status, 2);
    EXPECT_EQ(run(deminimis("aids_ok.csv", "--as-of 31/02/2024")).status, 2);
    EXPECT_EQ(run(deminimis("aids_ok.csv", "--as-of 2031-01-01")).status, 2);
    EXPECT_EQ(run(deminimis("aids_ok.csv", "--as-of 2024-01-01 --amount abc")).status, 2);
    EXPECT_EQ(run(deminimis("aids_ok.csv", "")).status, 2); // --as-of required
    EXPECT_EQ(run(deminimis("aids_ok.csv", "--as-of 2024-01-01 --fiscal-year-start 13")).status, 2);
    EXPECT_TRUE(run(deminimis("aids_missing_column.csv", "--as-of 2024-01-01")).out.empty());
}

} // namespace

} // namespace test_cli_deminimis_test
