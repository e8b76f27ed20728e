// SPDX-License-Identifier: Apache-2.0
// Contract of `subvention scdl validate`: exit statuses (0 valid, 1 invalid,
// 2 unreadable or usage), JSON Lines output (one object per finding with exactly the keys row,
// column, field, value, rule, message, then one summary object), French text output, the
// options --schema, --schema-version, --lenient; and the constant-memory property: peak RSS of
// the program does not grow with the number of rows of a generated file.
#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

#include <gtest/gtest.h>

#include "support/cli_runner.hpp"
#include "support/scdl_generator.hpp"

// Each suite in its own namespace: the suites of a group are compiled together (unity build).
namespace test_cli_scdl_test {

namespace {

using subvention::testing::CliRun;
using subvention::testing::keys;
using subvention::testing::run;

const std::string data = SUBVENTION_TEST_DATA_DIR;
const std::string examples = data + "/scdl/subventions/2.1.1/exemples/";
const std::string valid_csv = examples + "exemple_valide.csv";
const std::string cells_csv = examples + "exemple_invalide_erreurs_cellules.csv";
const std::string columns_csv = examples + "exemple_invalide_erreurs_colonnes.csv";

/// A scratch file removed at the end of the test.
struct TempFile {
    std::filesystem::path path;
    explicit TempFile(const std::string& name, const std::string& content = "")
        : path(std::filesystem::temp_directory_path() /
               ("subvention_cli_scdl_" + std::to_string(::getpid()) + "_" + name)) {
        std::ofstream(path, std::ios::binary) << content;
    }
    ~TempFile() { std::filesystem::remove(path); }
    TempFile(const TempFile&) = delete;
    TempFile& operator=(const TempFile&) = delete;
};

const std::vector<std::string> finding_keys{"row", "column", "field", "value", "rule", "message"};

/// Checks the JSON Lines shape: findings with exactly the contract keys, then one summary.
nlohmann::ordered_json summary_of(const CliRun& r, std::size_t expected_findings) {
    const auto lines = r.lines();
    EXPECT_EQ(lines.size(), expected_findings + 1) << r.out;
    if (lines.empty())
        return {};
    for (std::size_t i = 0; i + 1 < lines.size(); ++i)
        EXPECT_EQ(keys(lines[i]), finding_keys) << lines[i].dump();
    EXPECT_EQ(keys(lines.back()), std::vector<std::string>{"summary"});
    return lines.back()["summary"];
}

std::vector<std::string> rules_of(const CliRun& r) {
    std::vector<std::string> v;
    const auto lines = r.lines();
    for (std::size_t i = 0; i + 1 < lines.size(); ++i)
        v.push_back(lines[i]["rule"].get<std::string>());
    return v;
}

TEST(CliScdlValidate, OfficialValidExampleExitsZeroWithOnlyASummary) {
    const CliRun r = run("scdl validate " + valid_csv + " --format json");
    EXPECT_EQ(r.status, 0);
    const auto s = summary_of(r, 0);
    EXPECT_EQ(s["schema"], "subventions");
    EXPECT_EQ(s["version"], "2.1.1");
    EXPECT_EQ(s["findings"], 0);
    EXPECT_EQ(s["valid"], true);
    EXPECT_EQ(s["readable"], true);
    EXPECT_GT(s["rows"].get<std::uint64_t>(), 0u);
}

TEST(CliScdlValidate, CellErrorsExitOneWithRowColumnFieldValueRuleMessage) {
    const CliRun r = run("scdl validate " + cells_csv + " --format json");
    EXPECT_EQ(r.status, 1);
    const auto lines = r.lines();
    ASSERT_GE(lines.size(), 2u);
    const auto s = summary_of(r, lines.size() - 1);
    EXPECT_EQ(s["valid"], false);
    EXPECT_EQ(s["findings"], lines.size() - 1);
    // one warning: the optional dispositifAide column (added in 2.1.0) is missing
    EXPECT_EQ(s["warnings"], 1);
    EXPECT_EQ(s["errors"].get<std::size_t>(), lines.size() - 2);
    // the first data row of the official example claims 100 % (maximum 1)
    bool seen_maximum = false;
    for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
        const auto& f = lines[i];
        EXPECT_GE(f["row"].get<std::uint64_t>(), 1u);
        EXPECT_FALSE(f["message"].get<std::string>().empty());
        if (f["rule"] == "maximum" && f["field"] == "pourcentageSubvention" && f["row"] == 2) {
            seen_maximum = true;
            EXPECT_EQ(f["value"], "100");
            EXPECT_EQ(f["column"], 15);
        }
    }
    EXPECT_TRUE(seen_maximum) << r.out;
}

TEST(CliScdlValidate, MisnamedColumnIsReportedOnTheHeaderRow) {
    const CliRun r = run("scdl validate " + columns_csv + " --format json");
    EXPECT_EQ(r.status, 1);
    bool misnamed = false;
    for (const auto& f : r.lines())
        if (f.contains("rule") && f["rule"] == "column-misnamed" &&
            f["field"] == "NOM_Beneficiaire") {
            misnamed = true;
            EXPECT_EQ(f["row"], 1);
            EXPECT_EQ(f["column"], 5);
        }
    EXPECT_TRUE(misnamed) << r.out;
}

TEST(CliScdlValidate, TextOutputIsFrenchAndGroupedByRow) {
    const CliRun r = run("scdl validate " + cells_csv);
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(r.out.find("Validation SCDL de " + cells_csv), std::string::npos);
    EXPECT_NE(r.out.find("\nLigne 2\n"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("  ✖ colonne 15 « pourcentageSubvention » — maximum\n    "),
              std::string::npos)
        << r.out;
    EXPECT_NE(r.out.find("Bilan — "), std::string::npos);
    EXPECT_NE(r.out.find("Fichier non valide."), std::string::npos);
    const CliRun ok = run("scdl validate " + valid_csv);
    EXPECT_EQ(ok.status, 0);
    EXPECT_NE(ok.out.find("0 erreur, 0 avertissement."), std::string::npos) << ok.out;
    EXPECT_NE(ok.out.find("Fichier valide."), std::string::npos);
}

TEST(CliScdlValidate, SemicolonFileIsUnreadableUnlessLenient) {
    std::string csv(subvention::testing::scdl_subventions_header);
    std::replace(csv.begin(), csv.end(), ',', ';');
    csv += "\n";
    TempFile f("semicolon.csv", csv);
    const CliRun strict = run("scdl validate " + f.path.string() + " --format json");
    EXPECT_EQ(strict.status, 2);
    const auto rules = rules_of(strict);
    EXPECT_NE(std::find(rules.begin(), rules.end(), "file-separator"), rules.end()) << strict.out;
    EXPECT_EQ(summary_of(strict, rules.size())["readable"], false);

    const CliRun lenient = run("scdl validate " + f.path.string() + " --format json --lenient");
    EXPECT_EQ(lenient.status, 1) << "read, but still invalid: SCDL requires commas";
    const auto s = summary_of(lenient, rules_of(lenient).size());
    EXPECT_EQ(s["readable"], true);
    EXPECT_EQ(s["valid"], false);
}

TEST(CliScdlValidate, GeneratedFileIsValidAndReadFromStandardInput) {
    TempFile f("generated.csv", subvention::testing::generate_scdl_subventions(2000, 7));
    const CliRun r = run("scdl validate " + f.path.string() + " --format json");
    EXPECT_EQ(r.status, 0) << r.out.substr(0, 2000);
    EXPECT_EQ(summary_of(r, 0)["rows"], 2000);
    const CliRun in = run("scdl validate - --format json < " + f.path.string());
    EXPECT_EQ(in.status, 0);
    EXPECT_EQ(summary_of(in, 0)["rows"], 2000);
}

TEST(CliScdlValidate, SchemaAndVersionOptions) {
    EXPECT_EQ(
        run("scdl validate " + valid_csv + " --schema subventions --schema-version 2.1.1").status,
        0);
    EXPECT_EQ(run("scdl validate " + valid_csv + " --schema-version 9.9.9").status, 2);
    EXPECT_EQ(
        run("scdl validate " + valid_csv + " --schema deliberations --schema-version 2.1.1").status,
        2)
        << "2.1.1 is a subventions version";
    // Validated as délibérations, a subventions file is invalid (columns), not unreadable.
    EXPECT_EQ(run("scdl validate " + valid_csv + " --schema deliberations").status, 1);
    EXPECT_EQ(run("scdl validate " + valid_csv + " --format xml").status, 2);
}

TEST(CliScdlValidate, MissingFileIsExitTwo) {
    EXPECT_EQ(run("scdl validate /nonexistent/fichier.csv").status, 2);
    EXPECT_EQ(run("scdl validate").status, 2);
}

/// Peak RSS (KiB) of `subvention scdl validate FILE` in a child process, from wait4's rusage
/// (the child's own figure, not the test's).
long peak_rss_kib(const std::string& file) {
    const pid_t pid = ::fork();
    if (pid == 0) {
        const int devnull = ::open("/dev/null", O_WRONLY);
        ::dup2(devnull, STDOUT_FILENO);
        ::dup2(devnull, STDERR_FILENO);
        ::execl(SUBVENTION_CLI_PATH, SUBVENTION_CLI_PATH, "scdl", "validate", file.c_str(),
                "--format", "json", static_cast<char*>(nullptr));
        ::_exit(127);
    }
    int status = 0;
    rusage usage{};
    if (pid < 0 || ::wait4(pid, &status, 0, &usage) != pid || !WIFEXITED(status) ||
        WEXITSTATUS(status) != 0)
        return -1;
    return usage.ru_maxrss;
}

TEST(CliScdlValidate, PeakMemoryDoesNotGrowWithTheNumberOfRows) {
#if defined(__SANITIZE_ADDRESS__)
    GTEST_SKIP() << "AddressSanitizer's shadow memory and quarantine distort RSS";
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
    GTEST_SKIP() << "AddressSanitizer's shadow memory and quarantine distort RSS";
#endif
#endif
    // SUBVENTION_SCDL_RSS_FULL=1: 10^5 and 10^6 rows (≈ 26 and 260 MB, as documented in the
    // README); default 10^4 and 10^5 to keep the suite fast. Same property: ×10 rows, not ×1.5
    // memory.
    const bool full = std::getenv("SUBVENTION_SCDL_RSS_FULL") != nullptr;
    const std::uint64_t small = full ? 100'000 : 10'000;
    const std::uint64_t large = small * 10;
    long rss[2] = {0, 0};
    const std::uint64_t counts[2] = {small, large};
    for (int k = 0; k < 2; ++k) {
        TempFile f("rss_" + std::to_string(counts[k]) + ".csv");
        {
            std::ofstream out(f.path, std::ios::binary);
            subvention::testing::write_scdl_subventions(out, counts[k]);
        }
        rss[k] = peak_rss_kib(f.path.string());
        ASSERT_GT(rss[k], 0) << "the generated file must validate (exit 0)";
        std::cout << "peak RSS of `subvention scdl validate` on " << counts[k]
                  << " rows: " << rss[k] << " KiB (" << std::filesystem::file_size(f.path)
                  << " bytes)\n";
    }
    EXPECT_LT(static_cast<double>(rss[1]), 1.5 * static_cast<double>(rss[0]));
}

} // namespace

} // namespace test_cli_scdl_test
