// SPDX-License-Identifier: Apache-2.0
// Contract tests of `subvention extract` and `subvention check --text` on the seed text
// (tests/data/text/apes_2023.txt): the extracted dossier is the embedded example's JSON, the
// documents of one dossier may come in several files, and `check --text` reports exactly what
// `check --example apes-2023` reports.
//
// Location texts: `check --text` must give the same JSON diagnostics as `--example`, location
// texts included — a diagnostic quotes the source text of the fact it is about, and the
// extraction must reproduce apes_2023's source texts exactly (io_extract_seed_test). The
// comparison on (rule, severity, document, path) alone is a separate test, so that a failure
// says whether a diagnostic is missing or only its quotation differs.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "support/cli_runner.hpp"
#include "support/json_diff.hpp"

// Each suite in its own namespace: the suites of a group are compiled together (unity build).
namespace test_cli_extract_test {

namespace {

using namespace subvention::testing;
using Json = nlohmann::ordered_json;

std::string seed_path() {
    return std::string(SUBVENTION_TEST_DATA_DIR) + "/text/apes_2023.txt";
}

std::string read_file(const std::string& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::string write_temp(const std::string& name, const std::string& content) {
    const std::string p = ::testing::TempDir() + name;
    std::ofstream out(p, std::ios::binary);
    out << content;
    return p;
}

/// Lines [first, last] (1-based, inclusive) of `text`, each with its line break.
std::string lines_of(const std::string& text, std::size_t first, std::size_t last) {
    std::string out;
    std::size_t n = 1;
    std::size_t pos = 0;
    while (pos < text.size() && n <= last) {
        const auto nl = text.find('\n', pos);
        const auto end = nl == std::string::npos ? text.size() : nl + 1;
        if (n >= first)
            out.append(text, pos, end - pos);
        pos = end;
        ++n;
    }
    return out;
}

Json parse_whole(const CliRun& r) {
    return Json::parse(r.out);
}

/// (rule, severity, document, path) of each diagnostic of a `check --format json` line.
std::vector<std::string> diagnostic_keys(const Json& report) {
    std::vector<std::string> k;
    for (const auto& d : report.at("diagnostics"))
        k.push_back(d.at("rule").get<std::string>() + " " + d.at("severity").get<std::string>() +
                    " " + d.at("location").at("document").get<std::string>() + " " +
                    d.at("location").at("path").get<std::string>());
    return k;
}

// --- subvention extract
// ---------------------------------------------------------------------------

TEST(CliExtract, SeedTextGivesTheExampleDossierJson) {
    const CliRun x = run("extract " + seed_path());
    EXPECT_EQ(x.status, 0);
    const CliRun example = run("example apes-2023");
    ASSERT_EQ(example.status, 0);
    const auto diffs = json_diff(example.out, x.out);
    EXPECT_TRUE(diffs.empty()) << diffs.size() << " differing leaves:\n" << describe(diffs);
}

TEST(CliExtract, JsonFormatHasDocumentsDossierSpansFindingsAndFiles) {
    const CliRun x = run("extract --format json " + seed_path());
    EXPECT_EQ(x.status, 0);
    const Json j = parse_whole(x);
    EXPECT_EQ(keys(j),
              (std::vector<std::string>{"documents", "dossier", "spans", "findings", "files"}));
    EXPECT_EQ(j.at("files"), Json::parse(R"([{"name":")" + seed_path() + R"(","format":"text"}])"));
    EXPECT_EQ(j.at("documents"), Json::parse(R"(["deliberation","convention","rapport"])"));
    ASSERT_FALSE(j.at("spans").empty());
    const auto& s = j.at("spans").at(0);
    EXPECT_EQ(keys(s), (std::vector<std::string>{"path", "first_line", "first_column", "last_line",
                                                 "last_column"}));
    // The report's number is read from « RAPPORT N°57 » (line 546 of the seed, columns 12-13).
    bool found = false;
    for (const auto& sp : j.at("spans"))
        if (sp.at("path") == "/rapport/number/value") {
            found = true;
            EXPECT_EQ(sp.at("first_line"), 546);
            EXPECT_EQ(sp.at("first_column"), 12);
            EXPECT_EQ(sp.at("last_column"), 13);
        }
    EXPECT_TRUE(found);
    EXPECT_EQ(j.at("dossier").at("rapport").at("number").at("value"), "57");
}

TEST(CliExtract, DocumentsSplitOverThreeFilesGiveTheSameDossier) {
    // The seed cut into its three documents (deliberation: lines 1-128; convention: 129-539 from
    // its « Pôle … » header; rapport: 540-end), given in another order.
    const std::string seed = read_file(seed_path());
    const auto delib = write_temp("cli_extract_delib.txt", lines_of(seed, 1, 128));
    const auto conv = write_temp("cli_extract_conv.txt", lines_of(seed, 129, 539));
    const auto rap = write_temp("cli_extract_rapport.txt", lines_of(seed, 540, 100000));
    const CliRun split = run("extract " + rap + " " + delib + " " + conv);
    EXPECT_EQ(split.status, 0);
    const CliRun whole = run("extract " + seed_path());
    const auto diffs = json_diff(whole.out, split.out);
    EXPECT_TRUE(diffs.empty()) << describe(diffs);
}

TEST(CliExtract, TextWithoutADocumentExitsOneAndUnreadableFileExitsTwo) {
    const auto novel = write_temp("cli_extract_novel.txt",
                                  "Longtemps, je me suis couché de bonne heure.\nParfois, à peine "
                                  "ma bougie éteinte, mes yeux se fermaient si vite…\n");
    EXPECT_EQ(run("extract " + novel).status, 1);
    EXPECT_EQ(run("extract " + ::testing::TempDir() + "no_such_file_cli_extract.txt").status, 2);
    EXPECT_EQ(run("extract").status, 2); // a file is required
}

TEST(CliExtract, OutputOptionWritesTheDossierToAFile) {
    const std::string out = ::testing::TempDir() + "cli_extract_out.json";
    std::remove(out.c_str());
    const CliRun r = run("extract -o " + out + " " + seed_path());
    EXPECT_EQ(r.status, 0);
    EXPECT_TRUE(r.out.empty());
    const CliRun direct = run("extract " + seed_path());
    EXPECT_EQ(read_file(out), direct.out);
}

// --- subvention check --text
// ------------------------------------------------------------------------

TEST(CliCheckText, SameJsonDiagnosticsAsTheEmbeddedExample) {
    const CliRun text = run("check --format json --text " + seed_path());
    const CliRun example = run("check --format json --example apes-2023");
    EXPECT_EQ(text.status, example.status);
    EXPECT_EQ(text.status, 0); // no error (VOTE-TALLY-EXCEEDS is a warning)
    auto a = text.lines().at(0);
    auto b = example.lines().at(0);
    ASSERT_TRUE(a.contains("extraction")); // the EXTRACT-… findings, for programs
    a.erase("dossier");
    a.erase("extraction");
    b.erase("dossier");
    const auto diffs = json_diff(b, a);
    EXPECT_TRUE(diffs.empty()) << describe(diffs);
}

TEST(CliCheckText, SameRulesSeveritiesAndPathsAsTheEmbeddedExample) {
    const CliRun text = run("check --format json --text " + seed_path());
    const CliRun example = run("check --format json --example apes-2023");
    const auto a = diagnostic_keys(text.lines().at(0));
    const auto b = diagnostic_keys(example.lines().at(0));
    EXPECT_EQ(a, b);
    EXPECT_EQ(text.lines().at(0).at("summary"), example.lines().at(0).at("summary"));
}

TEST(CliCheckText, SeveralFilesMakeOneDossier) {
    const std::string seed = read_file(seed_path());
    const auto delib = write_temp("cli_check_delib.txt", lines_of(seed, 1, 128));
    const auto rest = write_temp("cli_check_rest.txt", lines_of(seed, 129, 100000));
    const CliRun r = run("check --format json --text " + delib + " " + rest);
    const auto l = r.lines();
    ASSERT_EQ(l.size(), 1U); // one report: one dossier
    const CliRun example = run("check --format json --example apes-2023");
    EXPECT_EQ(diagnostic_keys(l.at(0)), diagnostic_keys(example.lines().at(0)));
}

TEST(CliCheckText, TextOptionExcludesOtherInputsAndNeedsADocument) {
    EXPECT_EQ(run("check --text " + seed_path() + " --example apes-2023").status, 2);
    const auto novel =
        write_temp("cli_check_novel.txt", "Il était une fois une princesse.\nFin.\n");
    EXPECT_EQ(run("check --text " + novel).status, 1);
    EXPECT_EQ(run("check --text " + ::testing::TempDir() + "no_such_file_cli_check.txt").status, 2);
}

std::string document_path(const std::string& name) {
    return std::string(SUBVENTION_TEST_DATA_DIR) + "/documents/" + name;
}

TEST(CliCheckText, WordOpenDocumentAndPdfFilesGiveTheDiagnosticsOfTheText) {
    const CliRun text = run("check --format json --text " + seed_path());
    ASSERT_EQ(text.status, 0);
    auto expected = text.lines().at(0);
    expected.erase("dossier");
    for (const char* name : {"apes_2023.docx", "apes_2023.odt", "apes_2023.pdf"}) {
        const CliRun doc = run("check --format json --text " + document_path(name));
        EXPECT_EQ(doc.status, 0) << name;
        auto got = doc.lines().at(0);
        got.erase("dossier");
        // The extraction's findings name lines, which differ (blank lines): rules compared.
        std::vector<std::string> rules_expected, rules_got;
        for (const auto& f : expected.at("extraction"))
            rules_expected.push_back(f.at("rule").get<std::string>());
        for (const auto& f : got.at("extraction"))
            rules_got.push_back(f.at("rule").get<std::string>());
        EXPECT_EQ(rules_got, rules_expected) << name;
        auto e = expected;
        e.erase("extraction");
        got.erase("extraction");
        const auto diffs = json_diff(e, got);
        EXPECT_TRUE(diffs.empty()) << name << "\n" << describe(diffs);
    }
}

TEST(CliExtract, DocumentFileGivesItsFormatAndThePlaceOfEachSpan) {
    const CliRun x =
        run("extract --format json " + document_path("apes_2023.docx") + " " + seed_path());
    EXPECT_EQ(x.status, 0);
    const Json j = parse_whole(x);
    EXPECT_EQ(j.at("files").at(0).at("format"), "docx");
    EXPECT_EQ(j.at("files").at(0).at("paragraphs"), 204);
    EXPECT_EQ(j.at("files").at(1).at("format"), "text");
    const Json& first = j.at("spans").at(0);
    ASSERT_TRUE(first.contains("place")) << first.dump();
    EXPECT_EQ(first.at("place").at("file"), 1);
    EXPECT_EQ(first.at("place").at("format"), "docx");
    EXPECT_GE(first.at("place").at("paragraph").get<int>(), 1);
    EXPECT_GE(first.at("place").at("first_char").get<int>(), 1);
}

TEST(CliExtract, BrokenDocumentFilesExitTwo) {
    for (const char* name : {"corrupt.docx", "no_document.docx", "malformed.docx", "bomb.docx"})
        EXPECT_EQ(run("extract " + document_path(name)).status, 2) << name;
    EXPECT_EQ(run("check --text " + document_path("bomb.docx")).status, 2);
}

TEST(CliCheckText, TextReportNamesTheSeedDefects) {
    const CliRun r = run("check --color never --text " + seed_path());
    EXPECT_EQ(r.status, 0); // warnings and infos, no error
    for (const char* rule :
         {"VOTE-TALLY-EXCEEDS", "VISA-DUPLICATE", "CONV-CROSS-REFERENCE", "ID-LABEL",
          "CONV-BANK-DETAILS", "CONV-CER", "DEADLINE-NON-WORKING-DAY"})
        EXPECT_NE(r.out.find(rule), std::string::npos) << rule;
}

} // namespace

} // namespace test_cli_extract_test
