// SPDX-License-Identifier: Apache-2.0
// Contract tests of local rules on the command line: `check --rules-file` (text explanation,
// JSON "sources"), repeated files, `--rules` with a local ID, a refused file (exit 2, file:line:col
// on stderr, nothing on stdout), `rules --rules-file` and `rules test` (exit 0/1/2, JSON).

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "support/cli_runner.hpp"
#include "support/process.hpp"

// Each suite in its own namespace: the suites of a group are compiled together (unity build).
namespace test_cli_local_rules_test {

using namespace subvention::testing;

const std::string rules_a = R"(subvention-rules: 1
prefix: RBFA
title: Règlement A
parameters:
  seuil:
    values:
      - from: 2014-01-01
        value: 23 000 €
        basis: délibération du 29 décembre 2014
rules:
  - id: RBFA-SEUIL
    severity: warning
    title: Seuil
    message: "{amount.granted} dépasse {seuil}"
    basis: {text: Règlement A, article: "12"}
    when: amount.granted > seuil
tests:
  - name: APES
    dossier: apes-2023
    fires: [RBFA-SEUIL]
)";

const std::string rules_b = R"(subvention-rules: 1
prefix: RBFB
title: Règlement B
rules:
  - id: RBFB-ASSO
    severity: info
    title: Association
    message: Association
    basis: {text: Règlement B}
    when: beneficiary.legal_form == "association"
tests:
  - name: APES sans association
    dossier: apes-2023
    silent: [RBFB-ASSO]
)";

const std::string refused = R"(subvention-rules: 1
prefix: RBFC
title: Règlement C
rules:
  - id: RBFC-X
    severity: info
    title: X
    message: X
    basis: {text: C}
    when: beneficiary.legal_form == "asociation"
)";

class CliLocalRules : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = scratch_dir(std::string("cli-local-") +
                           ::testing::UnitTest::GetInstance()->current_test_info()->name());
        write_file(dir_ / "a.yaml", rules_a);
        write_file(dir_ / "b.yaml", rules_b);
        write_file(dir_ / "c.yaml", refused);
    }
    void TearDown() override { std::filesystem::remove_all(dir_); }
    std::string file(const char* name) const { return (dir_ / name).string(); }
    // not args.insert(begin, path): GCC 12 -O3 false -Warray-bounds (GCC meta-bug 56456)
    static ProcessRun cli(const std::vector<std::string>& args) {
        std::vector<std::string> argv{SUBVENTION_CLI_PATH};
        argv.insert(argv.end(), args.begin(), args.end());
        return run_process(argv);
    }
    std::filesystem::path dir_;
};

TEST_F(CliLocalRules, CheckTextExplainsALocalFindingWithItsFacts) {
    const auto r = cli({"check", "--example", "apes-2023", "--color", "never", "--rules-file",
                        file("a.yaml"), "--rules", "RBFA-SEUIL"});
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_NE(r.out.find("RBFA-SEUIL"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("    Faits :\n"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("amount.granted = 57"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("param.seuil = 23"), std::string::npos) << r.out;
    EXPECT_TRUE(r.err.empty()) << r.err;
}

TEST_F(CliLocalRules, CheckJsonGivesTheSourcesOfTheFactsRead) {
    const auto r = cli({"check", "--example", "apes-2023", "--format", "json", "--rules-file",
                        file("a.yaml"), "--rules", "RBFA-SEUIL"});
    EXPECT_EQ(r.status, 0) << r.err;
    const auto l = json_lines(r.out);
    ASSERT_EQ(l.size(), 1U);
    const auto& d = l[0]["diagnostics"].at(0);
    EXPECT_EQ(d["rule"], "RBFA-SEUIL");
    EXPECT_EQ(d["facts"]["amount.granted"], "57000.00");
    ASSERT_TRUE(d.contains("sources")) << d.dump();
    EXPECT_EQ(d["sources"]["amount.granted"]["document"], "deliberation");
    EXPECT_EQ(d["sources"]["amount.granted"]["section"], "article 1");
    EXPECT_FALSE(d["sources"].contains("param.seuil"));
    // built-in findings keep their keys: no "sources"
    const auto builtin = json_lines(
        cli({"check", "--example", "apes-2023", "--format", "json", "--rules-file", file("a.yaml")})
            .out);
    ASSERT_EQ(builtin.size(), 1U);
    for (const auto& x : builtin[0]["diagnostics"])
        EXPECT_EQ(x.contains("sources"), x["rule"].get<std::string>().rfind("RBFA-", 0) == 0)
            << x["rule"];
}

TEST_F(CliLocalRules, RulesFileIsRepeatable) {
    const auto r =
        cli({"check", "--example", "apes-2023", "--format", "json", "--rules-file", file("a.yaml"),
             "--rules-file", file("b.yaml"), "--rules", "RBFA-SEUIL,RBFB-ASSO"});
    EXPECT_EQ(r.status, 0) << r.err;
    const auto l = json_lines(r.out);
    ASSERT_EQ(l.size(), 1U);
    std::vector<std::string> rules;
    for (const auto& d : l[0]["diagnostics"])
        rules.push_back(d["rule"]);
    std::sort(rules.begin(), rules.end());
    EXPECT_EQ(rules, (std::vector<std::string>{"RBFA-SEUIL", "RBFB-ASSO"}));
}

TEST_F(CliLocalRules, ALocalIdIsKnownOnlyWithItsFile) {
    const auto without =
        cli({"check", "--example", "apes-2023", "--format", "json", "--rules", "RBFA-SEUIL"});
    EXPECT_EQ(without.status, 2);
    EXPECT_TRUE(without.out.empty()) << without.out;
    EXPECT_NE(without.err.find("RBFA-SEUIL"), std::string::npos) << without.err;
    const auto other = cli({"check", "--example", "apes-2023", "--rules-file", file("b.yaml"),
                            "--rules", "RBFA-SEUIL"});
    EXPECT_EQ(other.status, 2);
}

TEST_F(CliLocalRules, ARefusedFileExitsTwoWithFileLineColumnOnStderrOnly) {
    const auto r = cli({"check", "--example", "apes-2023", "--format", "json", "--rules-file",
                        file("a.yaml"), "--rules-file", file("c.yaml")});
    EXPECT_EQ(r.status, 2);
    EXPECT_TRUE(r.out.empty()) << r.out;
    EXPECT_NE(r.err.find(file("c.yaml") + ":10:37 : RBFC-X : when : "), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("asociation"), std::string::npos) << r.err;
    const auto rules = cli({"rules", "--rules-file", file("c.yaml")});
    EXPECT_EQ(rules.status, 2);
    EXPECT_TRUE(rules.out.empty()) << rules.out;
    EXPECT_NE(rules.err.find(file("c.yaml") + ":10:37"), std::string::npos) << rules.err;
}

TEST_F(CliLocalRules, RulesListsLocalRulesWithFamilyLocal) {
    const auto r = cli({"rules", "--rules-file", file("a.yaml")});
    EXPECT_EQ(r.status, 0) << r.err;
    bool found = false;
    for (const auto& l : json_lines(r.out))
        if (l["rule"] == "RBFA-SEUIL") {
            found = true;
            EXPECT_EQ(l["family"], "local");
            EXPECT_EQ(l["title_fr"], "Seuil");
            EXPECT_EQ(l["legal_basis"], nlohmann::ordered_json::array({"Règlement A art. 12"}));
        } else {
            EXPECT_NE(l["family"], "local") << l["rule"];
        }
    EXPECT_TRUE(found);
}

TEST_F(CliLocalRules, RulesTestExitsZeroWhenEveryCasePasses) {
    const auto r = cli({"rules", "test", file("a.yaml")});
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_NE(r.out.find(file("a.yaml") + ":18 : ok — APES"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find(file("a.yaml") + " : 1/1 cas réussis"), std::string::npos) << r.out;
}

TEST_F(CliLocalRules, RulesTestExitsOneWhenACaseFails) {
    const auto r = cli({"rules", "test", file("a.yaml"), file("b.yaml")});
    EXPECT_EQ(r.status, 1) << r.err;
    EXPECT_NE(r.out.find("ÉCHEC — APES sans association"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("RBFB-ASSO s'est déclenchée alors qu'elle ne devait pas"),
              std::string::npos)
        << r.out;
    EXPECT_NE(r.out.find(file("b.yaml") + " : 0/1 cas réussis"), std::string::npos) << r.out;
}

TEST_F(CliLocalRules, RulesTestExitsTwoForARefusedFile) {
    const auto r = cli({"rules", "test", file("c.yaml")});
    EXPECT_EQ(r.status, 2);
    EXPECT_TRUE(r.out.empty()) << r.out;
    EXPECT_NE(r.err.find(file("c.yaml") + ":10:37"), std::string::npos) << r.err;
}

TEST_F(CliLocalRules, RulesTestJsonGivesOneLinePerCase) {
    const auto r = cli({"rules", "test", "--format", "json", file("a.yaml"), file("b.yaml")});
    EXPECT_EQ(r.status, 1) << r.err;
    const auto l = json_lines(r.out);
    ASSERT_EQ(l.size(), 2U);
    EXPECT_EQ(l[0]["file"], file("a.yaml"));
    EXPECT_EQ(l[0]["line"], 18);
    EXPECT_EQ(l[0]["name"], "APES");
    EXPECT_EQ(l[0]["passed"], true);
    EXPECT_EQ(l[0]["missing"], nlohmann::ordered_json::array());
    EXPECT_EQ(l[0]["diagnostics"].at(0)["rule"], "RBFA-SEUIL");
    EXPECT_EQ(l[1]["passed"], false);
    EXPECT_EQ(l[1]["unexpected"], nlohmann::ordered_json::array({"RBFB-ASSO"}));
    EXPECT_FALSE(l[1].contains("error"));
}

} // namespace test_cli_local_rules_test
