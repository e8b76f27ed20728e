// SPDX-License-Identifier: Apache-2.0
// Contract tests of `subvention settle DOSSIER.json REPORT.json`: the APES 2023 dossier with its
// execution data (tests/data/json/apes_2023_execution.json: 57 000 € paid on 14/04/2023,
// balanced forecasts of 40 000 € and 44 000 €) and three final reports (fully spent, sent
// 14/06/2024; experimental action 20 % under-spent, sent Monday 01/07/2024; fully spent, sent
// Tuesday 02/07/2024). Exact JSON keys and figures, French step-by-step text, exit statuses
// (0 settled, 1 cannot be settled, 2 usage error or unreadable file).
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <unistd.h>
#include <vector>

#include <gtest/gtest.h>

#include "support/cli_runner.hpp"

// Each suite in its own namespace: the suites of a group are compiled together (unity build).
namespace test_cli_settle_test {

using namespace subvention::testing;

namespace {

const std::string dir = std::string(SUBVENTION_TEST_DATA_DIR) + "/json/";
const std::string dossier = dir + "apes_2023_execution.json";
const std::string full = dir + "apes_2023_report_full.json";
const std::string under = dir + "apes_2023_report_underspent.json";
const std::string late = dir + "apes_2023_report_late.json";
const std::string rounding = " --rounding half_up --rounding-point per_action";

/// `file` (a JSON of tests/data/json) with `edit` applied, written to a temporary file.
template <class Edit>
std::string edited(const std::string& file, const std::string& name, Edit edit) {
    std::ifstream in(file);
    auto j = nlohmann::ordered_json::parse(
        std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()));
    edit(j);
    const auto p = std::filesystem::temp_directory_path() /
                   ("subvention_settle_" + std::to_string(::getpid()) + "_" + name);
    std::ofstream(p) << j.dump();
    return p.string();
}

/// Standard error of `subvention ARGS` (standard output discarded).
std::string err(const std::string& args) {
    return run(args + " 2>&1 >/dev/null | cat").out;
}

bool contains(const std::string& s, const std::string& part) {
    return s.find(part) != std::string::npos;
}

TEST(CliSettle, FullySpentJsonHasExactKeysAndABalanceOfZero) {
    const CliRun r =
        run("settle " + dossier + " " + full + rounding + " --policy proportional --format json");
    ASSERT_EQ(r.status, 0) << r.out;
    const auto l = r.lines();
    ASSERT_EQ(l.size(), 1U);
    EXPECT_EQ(keys(l[0]),
              (std::vector<std::string>{"dossier", "policy", "actions", "expenses", "ceiling_total",
                                        "final_grant", "payments_made", "balance", "to_recover",
                                        "report", "recovery", "steps"}));
    EXPECT_EQ(l[0]["final_grant"], "57000.00");
    EXPECT_EQ(l[0]["payments_made"], "57000.00");
    EXPECT_EQ(l[0]["balance"], "0.00");
    EXPECT_EQ(l[0]["to_recover"], "0.00");
    EXPECT_TRUE(l[0]["recovery"].is_null());
    EXPECT_EQ(l[0]["report"]["late"], false);
    EXPECT_EQ(l[0]["policy"]["rounding"], "half_up");
    EXPECT_EQ(l[0]["policy"]["rounding_point"], "per_action");
    EXPECT_EQ(keys(l[0]["actions"][0]),
              (std::vector<std::string>{"action", "label", "ceiling", "declared", "eligible",
                                        "ineligible", "forecast_charges", "achievement",
                                        "within_tolerance", "other_resources", "deficit",
                                        "exact_grant_cents", "grant"}));
    EXPECT_EQ(l[0]["actions"][1]["grant"], "33000.00");
    EXPECT_EQ(keys(l[0]["steps"][0]), (std::vector<std::string>{"kind", "action", "amount",
                                                                "exact_cents", "rate", "text"}));
}

TEST(CliSettle, UnderSpentReportSentOnFirstJulyGivesTheRecoveryStepByStepInFrench) {
    // 33 000 × 35 200 / 44 000 = 26 400; 24 000 + 26 400 = 50 400; 57 000 − 50 400 = 6 600.
    const CliRun r = run("settle " + dossier + " " + under + rounding +
                         " --policy proportional --titre-received 2024-09-10 --cpc642");
    ASSERT_EQ(r.status, 0) << r.out;
    for (const std::string expected :
         {"Action 2 : réduction proportionnelle 33\u202F000,00\u00A0€ × 35\u202F200,00\u00A0€ / "
          "44\u202F000,00\u00A0€ = 26\u202F400,00\u00A0€.",
          "Aide définitive totale 50\u202F400,00\u00A0€",
          "Reversement à demander 57\u202F000,00\u00A0€ − 50\u202F400,00\u00A0€ = "
          "6\u202F600,00\u00A0€",
          "transmis le 1er juillet 2024 : dans les délais.",
          "au plus tard le jeudi 10 octobre 2024",
          "Résultat : aide définitive 50\u202F400,00\u00A0€, reversement de 6\u202F600,00\u00A0€ "
          "à demander."})
        EXPECT_NE(r.out.find(expected), std::string::npos) << expected << "\n" << r.out;
}

TEST(CliSettle, ToleranceOfTwentyPercentKeepsTheUnderSpending) {
    const CliRun r = run("settle " + dossier + " " + under + rounding +
                         " --policy proportional,tolerance=20% --format json");
    ASSERT_EQ(r.status, 0);
    EXPECT_EQ(r.lines().at(0)["final_grant"], "57000.00");
    EXPECT_EQ(r.lines().at(0)["policy"]["tolerance"], "1/5");
}

TEST(CliSettle, TheStipulatedSundayGovernsUnlessCpc642IsAskedForAsInCheck) {
    // Sent on Tuesday 2 July: late on either reading.
    CliRun r = run("settle " + dossier + " " + late + rounding + " --format json");
    ASSERT_EQ(r.status, 0);
    auto j = r.lines().at(0);
    EXPECT_EQ(j["report"]["late"], true);
    EXPECT_EQ(j["report"]["deadline"]["effective"], "2024-06-30");
    EXPECT_EQ(j["policy"]["report_extension"], "none");
    EXPECT_EQ(j["recovery"]["may_demand_total"], "57000.00");
    EXPECT_EQ(j["recovery"]["grounds"][0]["ground"], "report_missing");
    r = run("settle " + dossier + " " + late + rounding + " --cpc642 --format json");
    ASSERT_EQ(r.status, 0);
    EXPECT_EQ(r.lines().at(0)["report"]["deadline"]["effective"], "2024-07-01");
    EXPECT_EQ(r.lines().at(0)["report"]["late"], true);
    // Sent on Monday 1 July: late by default (and with --no-cpc642), on time with --cpc642.
    for (const std::string flag : {"", " --no-cpc642"}) {
        r = run("settle " + dossier + " " + under + rounding + flag + " --format json");
        ASSERT_EQ(r.status, 0);
        j = r.lines().at(0);
        EXPECT_EQ(j["report"]["deadline"]["effective"], "2024-06-30") << flag;
        EXPECT_EQ(j["report"]["late"], true) << flag;
    }
    r = run("settle " + dossier + " " + under + rounding + " --cpc642 --format json");
    ASSERT_EQ(r.status, 0);
    EXPECT_EQ(r.lines().at(0)["report"]["late"], false);
    EXPECT_EQ(r.lines().at(0)["policy"]["report_extension"], "next_working_day");
    // The text says which date the other reading gives.
    r = run("settle " + dossier + " " + under + rounding);
    EXPECT_NE(r.out.find("au plus tard le dimanche 30 juin 2024 (jour non ouvré : date stipulée "
                         "retenue, sous réserve que l'article 642 du CPC soit sans application à "
                         "ce délai contractuel ; s'il s'appliquait : lundi 1er juillet 2024)"),
              std::string::npos)
        << r.out;
}

TEST(CliSettle, RoundingModeAndPointAreRequired) {
    EXPECT_EQ(run("settle " + dossier + " " + full).status, 2);
    EXPECT_EQ(run("settle " + dossier + " " + full + " --rounding half_up").status, 2);
    EXPECT_EQ(run("settle " + dossier + " " + full + " --rounding-point on_total").status, 2);
    EXPECT_EQ(run("settle " + dossier + " " + full +
                  " --rounding nearest --rounding-point "
                  "on_total")
                  .status,
              2);
}

TEST(CliSettle, UnknownPolicyOrUnreadableFilesAreUsageErrors) {
    EXPECT_EQ(run("settle " + dossier + " " + full + rounding + " --policy generous").status, 2);
    EXPECT_EQ(run("settle " + dossier + " " + full + rounding + " --policy tolerance=10%").status,
              2); // tolerance without proportional
    EXPECT_EQ(run("settle " + dossier + " " + dir + "nope.json" + rounding).status, 2);
    EXPECT_EQ(run("settle " + full + " " + full + rounding).status, 2); // a report as dossier
}

TEST(CliSettle, ToleranceAcceptsOnlyAPercentageOrAFraction) {
    const std::string base =
        "settle " + dossier + " " + under + rounding + " --format json --policy proportional,";
    for (const std::string t : {"10%", "'10 %'", "1/10"}) {
        const CliRun r = run(base + "tolerance=" + t);
        ASSERT_EQ(r.status, 0) << t;
        EXPECT_EQ(r.lines().at(0)["policy"]["tolerance"], "1/10") << t;
        EXPECT_EQ(r.lines().at(0)["final_grant"], "50400.00") << t; // 20 % under: reduced
    }
    // A bare number is ambiguous (1 read as 100 % would silently cancel the reduction).
    for (const std::string t : {"1", "10", "0.1", "0", "150%", "abc%"}) {
        EXPECT_EQ(run(base + "tolerance=" + t).status, 2) << t;
        EXPECT_TRUE(contains(err(base + "tolerance=" + t), "tolerance=")) << t;
    }
    EXPECT_TRUE(contains(err(base + "tolerance=1"), "formes admises : un pourcentage"));
    EXPECT_TRUE(contains(err(base + "tolerance=150%"), "ne peut dépasser 100"));
    // Given twice: a usage error, not the last one silently.
    EXPECT_EQ(run(base + "tolerance=10%,tolerance=20%").status, 2);
    EXPECT_EQ(run(base + "tolerance=10% --policy tolerance=20%").status, 2);
    EXPECT_TRUE(contains(err(base + "tolerance=10%,tolerance=20%"), "tolérance déjà donnée"));
}

TEST(CliSettle, ExpenseLinkedToNoActionOfTheConventionIsListedInTheText) {
    const std::string unknown =
        edited(full, "act7.json", [](auto& j) { j["expenses"][0]["action"] = 7; });
    const CliRun r = run("settle " + dossier + " " + unknown + rounding);
    ASSERT_EQ(r.status, 0);
    EXPECT_TRUE(contains(r.out, "Hors actions : dépense inéligible, ligne 1 « Salaires, axes 1 à "
                                "3 » du 30 juin 2023, 30\u202F000,00\u00A0€ : rattachée à une "
                                "action absente de la convention."))
        << r.out;
    const std::string none =
        edited(full, "act_null.json", [](auto& j) { j["expenses"][0]["action"] = nullptr; });
    EXPECT_TRUE(contains(run("settle " + dossier + " " + none + rounding).out,
                         "ligne 1 « Salaires, axes 1 à 3 » du 30 juin 2023, "
                         "30\u202F000,00\u00A0€ : rattachée à aucune action."));
}

TEST(CliSettle, NegativeAmountsAndInvertedPeriodsAreRefusedWithTheirPath) {
    const std::string payment = edited(dossier, "pay_neg.json", [](auto& j) {
        j["execution"]["payments"][0]["amount"] = "-57000.00";
    });
    EXPECT_EQ(run("settle " + payment + " " + full + rounding).status, 2);
    const std::string negative = err("settle " + payment + " " + full + rounding);
    EXPECT_TRUE(contains(negative, "/execution/payments/0/amount")) << negative;
    EXPECT_TRUE(contains(negative, "-57000.00")) << negative;
    EXPECT_TRUE(contains(negative, "montant négatif refusé")) << negative;
    const std::string resource =
        edited(full, "res_neg.json", [](auto& j) { j["resources"][0]["amount"] = "-99999.00"; });
    EXPECT_EQ(run("settle " + dossier + " " + resource + rounding).status, 2);
    const std::string period = edited(dossier, "period.json", [](auto& j) {
        j["convention"]["period"]["value"]["start"] = "2024-01-01";
    });
    EXPECT_EQ(run("settle " + period + " " + full + rounding).status, 2);
    const std::string inverted = err("settle " + period + " " + full + rounding);
    EXPECT_TRUE(contains(inverted, "/convention/period/value")) << inverted;
    EXPECT_TRUE(contains(inverted, "2024-01-01 → 2023-12-31")) << inverted;
    EXPECT_TRUE(contains(inverted, "période incohérente")) << inverted;
}

TEST(CliSettle, ReportPaymentOrTitreDatedBeforeTheConventionIsRefused) {
    const std::string report =
        edited(full, "early.json", [](auto& j) { j["sent_on"] = "2000-01-01"; });
    EXPECT_EQ(run("settle " + dossier + " " + report + rounding).status, 1);
    EXPECT_TRUE(contains(err("settle " + dossier + " " + report + rounding),
                         "le bilan final est daté du 1er janvier 2000, avant la convention"));
    const std::string payment = edited(dossier, "pay_early.json", [](auto& j) {
        j["execution"]["payments"][0]["date"] = "2020-04-14";
    });
    EXPECT_EQ(run("settle " + payment + " " + full + rounding).status, 1);
    EXPECT_TRUE(contains(err("settle " + payment + " " + full + rounding),
                         "le versement n° 1 (« Mandat 2023-04512 ») est daté du 14 avril 2020"));
    EXPECT_EQ(run("settle " + dossier + " " + under + rounding +
                  " --policy proportional --titre-received 2020-09-10")
                  .status,
              1);
}

TEST(CliSettle, ControlCharactersOfTheDossierAreEscapedInTheText) {
    const std::string file = edited(dossier, "esc.json", [](auto& j) {
        j["convention"]["object"]["value"] = "Objet\u001b[2J\nRésultat : aide définitive 0 €";
    });
    const CliRun r = run("settle " + file + " " + full + rounding);
    ASSERT_EQ(r.status, 0);
    EXPECT_TRUE(contains(r.out, "Solde de la convention « Objet\\x1b[2J\\nRésultat : aide "
                                "définitive 0 € »\n"))
        << r.out;
    EXPECT_FALSE(contains(r.out, "\x1b"));
}

TEST(CliSettle, DossierThatCannotBeSettledExitsOne) {
    // The seed dossier has no execution data: no forecast, so no proportional reduction.
    const CliRun r =
        run("settle " + dir + "apes_2023.json " + full + rounding + " --policy proportional");
    EXPECT_EQ(r.status, 1);
    // Without a reduction policy it settles on the ceilings (no payment recorded: balance 57 000).
    const CliRun ok = run("settle " + dir + "apes_2023.json " + full + rounding + " --format json");
    ASSERT_EQ(ok.status, 0);
    EXPECT_EQ(ok.lines().at(0)["balance"], "57000.00");
}

} // namespace

} // namespace test_cli_settle_test
