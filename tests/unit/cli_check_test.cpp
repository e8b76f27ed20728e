// SPDX-License-Identifier: Apache-2.0
// Contract tests of `subvention check`, `rules` and `example`: exact JSON keys, exit statuses
// (0 no error, 1 errors, 2 unreadable or invalid input), text report layout.

#include <cstdio>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "support/cli_runner.hpp"
#include "support/process.hpp"

// Each suite in its own namespace: the suites of a group are compiled together (unity build).
namespace test_cli_check_test {

using namespace subvention::testing;

TEST(CliCheck, JsonReportOnTheExampleHasExactKeysAndExitsZero) {
    const CliRun r = run("check --example apes-2023 --format json");
    EXPECT_EQ(r.status, 0); // the dossier has no error
    const auto l = r.lines();
    ASSERT_EQ(l.size(), 1U);
    EXPECT_EQ(keys(l[0]),
              (std::vector<std::string>{"dossier", "context", "diagnostics", "summary"}));
    EXPECT_EQ(l[0]["dossier"], "apes-2023");
    // What the check assumed, each with where it comes from: the act's date, the stage read
    // from the convention's status (a draft), the territory of département 62.
    EXPECT_EQ(l[0]["context"]["as_of"], "2023-03-20");
    EXPECT_EQ(l[0]["context"]["as_of_basis"], "act");
    EXPECT_EQ(l[0]["context"]["stage"], "draft");
    EXPECT_EQ(l[0]["context"]["stage_basis"], "convention_status");
    EXPECT_EQ(l[0]["context"]["territory"], "metropole");
    EXPECT_EQ(l[0]["summary"]["error"], 0);
    EXPECT_EQ(keys(l[0]["summary"]), (std::vector<std::string>{"error", "warning", "info"}));
    const auto& d = l[0]["diagnostics"].at(0);
    EXPECT_EQ(keys(d), (std::vector<std::string>{"rule", "severity", "message", "location",
                                                 "legal_basis", "facts"}));
    EXPECT_EQ(keys(d["location"]), (std::vector<std::string>{"document", "path", "text"}));
    // The tally's excess has no effect on a 41–0 outcome: the first warning.
    EXPECT_EQ(d["rule"], "VOTE-TALLY-EXCEEDS");
    EXPECT_EQ(d["severity"], "warning");
    EXPECT_EQ(d["facts"]["votes_recorded"], "42");
    EXPECT_EQ(d["facts"]["max_possible_votes"], "41");
}

TEST(CliCheck, ExampleJsonChecksLikeTheEmbeddedExample) {
    const CliRun example = run("example apes-2023");
    ASSERT_EQ(example.status, 0);
    const std::string file = ::testing::TempDir() + "apes_2023_cli.json";
    FILE* f = fopen(file.c_str(), "w");
    ASSERT_NE(f, nullptr);
    fwrite(example.out.data(), 1, example.out.size(), f);
    fclose(f);
    const CliRun from_file = run("check --format json " + file);
    const CliRun embedded = run("check --format json --example apes-2023");
    EXPECT_EQ(from_file.status, 0);
    auto a = from_file.lines().at(0);
    auto b = embedded.lines().at(0);
    a.erase("dossier");
    b.erase("dossier");
    EXPECT_EQ(a, b);
}

TEST(CliCheck, NordExampleIsOfferedAndChecksWithoutErrorOrWarning) {
    const CliRun r = run("check --example nord-2024 --format json");
    EXPECT_EQ(r.status, 0);
    const auto l = r.lines();
    ASSERT_EQ(l.size(), 1U);
    EXPECT_EQ(l[0]["dossier"], "nord-2024");
    EXPECT_EQ(l[0]["summary"]["error"], 0);
    EXPECT_EQ(l[0]["summary"]["warning"], 0);
    const CliRun example = run("example nord-2024");
    EXPECT_EQ(example.status, 0);
    EXPECT_NE(example.out.find("Union Sportive de Roubaix"), std::string::npos);
    EXPECT_NE(run("example").out.find("nord-2024"), std::string::npos);
}

TEST(CliCheck, DeclaredOperationCodePatternIsCheckedAndAWrongPatternIsAUsageError) {
    const CliRun r =
        run("check --example apes-2023 --operation-code-pattern AAA-9999 --format json");
    EXPECT_EQ(r.status, 0); // a warning
    EXPECT_NE(r.out.find("/deliberation/imputations/0/operation_code"), std::string::npos);
    const auto bad =
        subvention::testing::run_process({SUBVENTION_CLI_PATH, "check", "--example", "apes-2023",
                                          "--operation-code-pattern", "A 9"});
    EXPECT_EQ(bad.status, 2);
    EXPECT_NE(bad.err.find("--operation-code-pattern"), std::string::npos) << bad.err;
}

TEST(CliCheck, EnglishMessagesAndRuleSubset) {
    const CliRun r = run("check --example apes-2023 --format json --lang en --rules ID-LABEL");
    EXPECT_EQ(r.status, 0); // the only rule run finds a warning, not an error
    const auto l = r.lines();
    ASSERT_EQ(l.at(0)["diagnostics"].size(), 1U);
    EXPECT_EQ(l[0]["diagnostics"][0]["rule"], "ID-LABEL");
    EXPECT_NE(l[0]["diagnostics"][0]["message"].get<std::string>().find("labelled SIREN"),
              std::string::npos);
}

TEST(CliCheck, SignedStageTurnsBlanksIntoErrors) {
    const CliRun r =
        run("check --example apes-2023 --format json --stage signed --rules CONV-INCOMPLETE");
    EXPECT_EQ(r.status, 1);
    EXPECT_GE(r.lines().at(0)["summary"]["error"].get<int>(), 2);
}

TEST(CliCheck, TextReportIsGroupedBySeverityWithASummaryLine) {
    const CliRun r = run("check --example apes-2023 --color never");
    EXPECT_EQ(r.status, 0);
    EXPECT_EQ(r.out.find("Erreurs ("), std::string::npos); // no error: no group
    const auto warnings = r.out.find("Avertissements (");
    const auto infos = r.out.find("Informations (");
    ASSERT_NE(warnings, std::string::npos);
    ASSERT_NE(infos, std::string::npos);
    EXPECT_LT(warnings, infos);
    EXPECT_NE(r.out.find("Fondement : "), std::string::npos);
    EXPECT_NE(r.out.find("Bilan : 0 erreur,"), std::string::npos);
    // With an error the group comes first.
    const CliRun strict =
        run("check --example apes-2023 --color never --severity VOTE-TALLY-EXCEEDS=error");
    EXPECT_EQ(strict.status, 1);
    const auto errors = strict.out.find("Erreurs (1)");
    ASSERT_NE(errors, std::string::npos);
    EXPECT_LT(errors, strict.out.find("Avertissements ("));
    EXPECT_NE(strict.out.find("Bilan : 1 erreur,"), std::string::npos);
    EXPECT_EQ(r.out.find("\033["), std::string::npos); // no colour when not asked
}

TEST(CliCheck, HeaderNamesTheStageAndTheTerritoryInWordsOfTheLanguage) {
    const CliRun fr = run("check --example apes-2023 --color never");
    EXPECT_EQ(fr.out.rfind("Dossier apes-2023 — contrôle au 20 mars 2023 (projet, métropole)\n", 0),
              0U)
        << fr.out.substr(0, 120);
    const CliRun en = run("check --example apes-2023 --color never --lang en");
    EXPECT_EQ(en.out.rfind(
                  "Dossier apes-2023 — checked as of 2023-03-20 (draft, metropolitan France)\n", 0),
              0U)
        << en.out.substr(0, 120);
}

TEST(CliCheck, Cpc642OptionMovesTheReportDeadlineAsInSettle) {
    const std::string base =
        "check --example apes-2023 --format json --rules DEADLINE-NON-WORKING-DAY";
    const auto due = [](const CliRun& r) {
        return r.lines().at(0)["diagnostics"][0]["facts"]["report_due"].get<std::string>();
    };
    EXPECT_EQ(due(run(base)), "2024-06-30");
    EXPECT_EQ(due(run(base + " --no-cpc642")), "2024-06-30");
    EXPECT_EQ(due(run(base + " --cpc642")), "2024-07-01");
}

TEST(CliCheck, UnreadableOrInvalidInputExitsTwo) {
    EXPECT_EQ(run("check /nonexistent/dossier.json").status, 2);
    EXPECT_EQ(run("check").status, 2);
    EXPECT_EQ(run("check --example apes-2023 --rules NOT-A-RULE").status, 2);
    EXPECT_EQ(run("check --example apes-2023 --as-of 2023-02-30").status, 2);
    const std::string bad = ::testing::TempDir() + "bad_dossier.json";
    FILE* f = fopen(bad.c_str(), "w");
    ASSERT_NE(f, nullptr);
    fputs("{\"convention\": {\"period\": 3}", f);
    fclose(f);
    EXPECT_EQ(run("check " + bad).status, 2);
}

TEST(CliRules, ListsTheCatalogueThenTheExtractionAndScdlIds) {
    const CliRun r = run("rules");
    ASSERT_EQ(r.status, 0);
    const auto l = r.lines();
    // The 56 rules of the catalogue, then the IDs text extraction emits (76), then the 36 checks
    // of SCDL validation and the 3 IDs of `scdl check`, with no basis.
    ASSERT_EQ(l.size(), 56U + 76U + 36U + 3U);
    EXPECT_EQ(keys(l.at(0)),
              (std::vector<std::string>{"rule", "family", "title_fr", "title_en", "legal_basis"}));
    EXPECT_EQ(l.at(0)["rule"], "DOSSIER-EMPTY");
    EXPECT_EQ(l.at(0)["family"], "dossier");
    EXPECT_EQ(l.at(55)["family"], "execution");
    EXPECT_FALSE(l.at(55)["legal_basis"].empty());
    EXPECT_EQ(l.at(56)["family"], "extraction");
    EXPECT_EQ(l.at(56 + 75)["family"], "extraction");
    EXPECT_EQ(l.at(56 + 76)["rule"], "file-unreadable");
    EXPECT_EQ(l.at(56 + 76)["family"], "scdl");
    EXPECT_EQ(l.back()["rule"], "SCDL-NEGATIVE-AMOUNT");
    EXPECT_TRUE(l.back()["legal_basis"].empty());
}

TEST(CliCheck, DisabledRulesDoNotRunAndASeverityOptionChangesTheExitStatus) {
    // The seed's VOTE-TALLY-EXCEEDS warning made an error: exit 1.
    const CliRun strict =
        run("check --example apes-2023 --format json --severity VOTE-TALLY-EXCEEDS=error");
    EXPECT_EQ(strict.status, 1);
    const auto l = strict.lines();
    EXPECT_EQ(l.at(0)["summary"]["error"], 1);
    bool found = false;
    for (const auto& d : l[0]["diagnostics"])
        if (d["rule"] == "VOTE-TALLY-EXCEEDS") {
            found = true;
            EXPECT_EQ(d["severity"], "error");
        }
    EXPECT_TRUE(found);

    const CliRun disabled =
        run("check --example apes-2023 --format json --disable VOTE-TALLY-EXCEEDS,VISA-DUPLICATE");
    EXPECT_EQ(disabled.status, 0);
    const auto lines = disabled.lines();
    for (const auto& d : lines.at(0)["diagnostics"]) {
        EXPECT_NE(d["rule"], "VOTE-TALLY-EXCEEDS");
        EXPECT_NE(d["rule"], "VISA-DUPLICATE");
    }
}

TEST(CliCheck, UnknownRuleOrMalformedSeverityIsAUsageError) {
    const auto unknown = subvention::testing::run_process(
        {SUBVENTION_CLI_PATH, "check", "--example", "apes-2023", "--disable", "NO-SUCH-RULE"});
    EXPECT_EQ(unknown.status, 2);
    EXPECT_NE(unknown.err.find("règle inconnue « NO-SUCH-RULE »"), std::string::npos)
        << unknown.err;
    const auto level =
        subvention::testing::run_process({SUBVENTION_CLI_PATH, "check", "--example", "apes-2023",
                                          "--severity", "VOTE-QUORUM=fatal"});
    EXPECT_EQ(level.status, 2);
    EXPECT_NE(level.err.find("VOTE-QUORUM=fatal"), std::string::npos) << level.err;
    EXPECT_EQ(run("check --example apes-2023 --severity VOTE-QUORUM").status, 2);
    EXPECT_EQ(run("check --example apes-2023 --severity NO-SUCH-RULE=info").status, 2);
}

TEST(CliExample, UnknownExampleIsAUsageError) {
    EXPECT_EQ(run("example nope").status, 2);
}

} // namespace test_cli_check_test
