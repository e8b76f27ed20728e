// SPDX-License-Identifier: Apache-2.0
// Contract tests of the `subvention` program's value subcommands: exact JSON Lines keys,
// bulk mode on standard input, exit statuses (0 valid, 1 invalid, 2 usage).

#include <cstdio>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "support/cli_runner.hpp"

// Each suite in its own namespace: the suites of a group are compiled together (unity build).
namespace test_cli_value_test {

using namespace subvention::testing;

TEST(CliId, ValidSiretHasExactKeysAndExitZero) {
    const CliRun r = run("id --kind siret '440 672 020 00037'");
    ASSERT_EQ(r.status, 0);
    const auto l = r.lines();
    ASSERT_EQ(l.size(), 1U);
    EXPECT_EQ(keys(l[0]), (std::vector<std::string>{"input", "kind", "valid", "compact",
                                                    "formatted", "error"}));
    EXPECT_EQ(l[0]["input"], "440 672 020 00037");
    EXPECT_EQ(l[0]["kind"], "siret");
    EXPECT_EQ(l[0]["valid"], true);
    EXPECT_EQ(l[0]["compact"], "44067202000037");
    EXPECT_TRUE(l[0]["error"].is_null());
}

TEST(CliId, WrongChecksumAndLengthAreReportedWithExitOne) {
    const CliRun r = run("id --kind siren 440672021 44067202");
    EXPECT_EQ(r.status, 1);
    const auto l = r.lines();
    ASSERT_EQ(l.size(), 2U);
    EXPECT_EQ(l[0]["valid"], false);
    EXPECT_EQ(l[0]["error"], "checksum");
    EXPECT_TRUE(l[0]["compact"].is_null());
    EXPECT_TRUE(l[0]["formatted"].is_null());
    EXPECT_EQ(l[1]["error"], "length");
}

TEST(CliId, BulkModeReadsOneValuePerLineFromStdin) {
    const CliRun r =
        run("id --kind iban", "FR76 3000 6000 0112 3456 7890 189\\nFR76 3000 6000 0112 "
                              "3456 7890 188\\r\\nXX00\\n");
    EXPECT_EQ(r.status, 1);
    const auto l = r.lines();
    ASSERT_EQ(l.size(), 3U);
    EXPECT_EQ(l[0]["valid"], true);
    EXPECT_EQ(l[0]["formatted"], "FR76 3000 6000 0112 3456 7890 189");
    EXPECT_EQ(l[1]["input"], "FR76 3000 6000 0112 3456 7890 188"); // CR stripped
    EXPECT_EQ(l[1]["error"], "checksum");
    EXPECT_EQ(l[2]["valid"], false);
}

TEST(CliId, UnknownKindIsAUsageError) {
    EXPECT_EQ(run("id --kind nir 123").status, 2);
    EXPECT_EQ(run("id 123").status, 2); // --kind is required
    EXPECT_EQ(run("frobnicate").status, 2);
}

TEST(CliAmount, ParseGivesCentsFrenchFormAndWords) {
    const CliRun r = run("amount parse '57 000 €' 57000.00");
    ASSERT_EQ(r.status, 0);
    const auto l = r.lines();
    ASSERT_EQ(l.size(), 2U);
    EXPECT_EQ(keys(l[0]),
              (std::vector<std::string>{"input", "valid", "cents", "fr", "words", "error"}));
    EXPECT_EQ(l[0]["cents"], "5700000");
    EXPECT_EQ(l[0]["fr"], "57\u202F000,00\u00A0€");
    EXPECT_EQ(l[0]["words"], "cinquante-sept mille euros");
    EXPECT_EQ(l[1]["cents"], "5700000");
}

TEST(CliAmount, AmbiguousAmountIsInvalid) {
    const CliRun r = run("amount parse 57.000");
    EXPECT_EQ(r.status, 1);
    const auto l = r.lines();
    ASSERT_EQ(l.size(), 1U);
    EXPECT_EQ(l[0]["valid"], false);
    EXPECT_TRUE(l[0]["cents"].is_null());
    EXPECT_EQ(l[0]["error"], "ambiguous");
}

TEST(CliDeadline, SixMonthsFromEndOf2023MovesFromSundayToMonday) {
    const CliRun r = run("deadline --months 6 2023-12-31");
    ASSERT_EQ(r.status, 0);
    const auto l = r.lines();
    ASSERT_EQ(l.size(), 1U);
    EXPECT_EQ(keys(l[0]), (std::vector<std::string>{"from", "nominal", "effective", "reasons"}));
    EXPECT_EQ(l[0]["from"], "2023-12-31");
    EXPECT_EQ(l[0]["nominal"], "2024-06-30");
    EXPECT_EQ(l[0]["effective"], "2024-07-01");
    ASSERT_TRUE(l[0]["reasons"].is_array());
    EXPECT_FALSE(l[0]["reasons"].empty());
}

TEST(CliDeadline, NoExtensionKeepsTheNominalDate) {
    const CliRun r = run("deadline --months 6 --extend none 2023-12-31");
    ASSERT_EQ(r.status, 0);
    EXPECT_EQ(r.lines().at(0)["effective"], "2024-06-30");
}

TEST(CliDeadline, FrancTwoMonthsAppealFromStdin) {
    // DELAY-FRANC seed example: 20/03/2023 + 2 months franc -> Sat 21 May? no: 20 May (Sat),
    // +1 day franc = 21 May (Sun) -> Monday 22 May 2023.
    const CliRun r = run("deadline --months 2 --franc", "2023-03-20\\n");
    ASSERT_EQ(r.status, 0);
    EXPECT_EQ(r.lines().at(0)["effective"], "2023-05-22");
}

TEST(CliDeadline, InvalidDateAndMissingDuration) {
    const CliRun bad = run("deadline --days 10 2023-02-30");
    EXPECT_EQ(bad.status, 1);
    EXPECT_TRUE(bad.lines().at(0)["nominal"].is_null());
    EXPECT_EQ(run("deadline 2023-01-01").status, 2);
    EXPECT_EQ(run("deadline --days 1 --months 1 2023-01-01").status, 2);
}

TEST(CliHolidays, Metropole2024InDateOrder) {
    const CliRun r = run("holidays --year 2024");
    ASSERT_EQ(r.status, 0);
    const auto l = r.lines();
    ASSERT_EQ(l.size(), 11U);
    EXPECT_EQ(keys(l[0]), (std::vector<std::string>{"date", "name"}));
    EXPECT_EQ(l[0]["date"], "2024-01-01");
    EXPECT_EQ(l[1]["date"], "2024-04-01"); // lundi de Pâques
    for (std::size_t i = 1; i < l.size(); ++i)
        EXPECT_LT(l[i - 1]["date"].get<std::string>(), l[i]["date"].get<std::string>());
}

TEST(CliHolidays, TerritoriesAndRange) {
    EXPECT_EQ(run("holidays --year 2023 --territory alsace-moselle").lines().size(), 13U);
    EXPECT_EQ(run("holidays --year 2023 --territory reunion").lines().size(), 12U);
    EXPECT_EQ(run("holidays --year 1800").status, 2);
    EXPECT_EQ(run("holidays --year 2023 --territory mars").status, 2);
}

} // namespace test_cli_value_test
