// SPDX-License-Identifier: Apache-2.0
// The bulk paths of the `subvention` program: `id` on a stream of identifiers writes the bytes a
// JSON library would (escapes, UTF-8, invalid bytes replaced) whatever the line and wherever it
// falls in the blocks read; `check --jsonl` checks a stream of dossiers on several threads and
// reports them in line order, each exactly as `check` reports the dossier alone.
#include <filesystem>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "support/cli_runner.hpp"
#include "support/process.hpp"

namespace test_cli_bulk_test {

using namespace subvention::testing;
namespace fs = std::filesystem;
using Json = nlohmann::ordered_json;

namespace {

const std::string cli = SUBVENTION_CLI_PATH;
const std::string data = SUBVENTION_TEST_DATA_DIR;
const std::string apes_json = data + "/json/apes_2023.json";

ProcessRun program(std::vector<std::string> args, const std::string& stdin_path = "/dev/null") {
    args.insert(args.begin(), cli);
    return run_process(args, stdin_path);
}

bool contains(const std::string& haystack, const std::string& needle) {
    return haystack.find(needle) != std::string::npos;
}

std::vector<std::string> lines_of(const std::string& s) {
    std::vector<std::string> out;
    std::size_t pos = 0;
    while (pos < s.size()) {
        const auto nl = s.find('\n', pos);
        out.push_back(s.substr(pos, nl - pos));
        if (nl == std::string::npos)
            break;
        pos = nl + 1;
    }
    return out;
}

/// The line `id` writes for an invalid `input`, built with the JSON library.
std::string invalid_id_line(const std::string& input, const std::string& error) {
    Json j;
    j["input"] = input;
    j["kind"] = "siret";
    j["valid"] = false;
    j["compact"] = nullptr;
    j["formatted"] = nullptr;
    j["error"] = error;
    return j.dump(-1, ' ', false, Json::error_handler_t::replace);
}

/// The APES dossier on one line.
std::string apes_line() {
    return Json::parse(slurp(apes_json)).dump();
}

} // namespace

TEST(IdBulk, EscapesUtf8AndInvalidBytesAreWrittenAsTheJsonLibraryWritesThem) {
    const auto dir = scratch_dir("id-escapes");
    const std::vector<std::string> inputs = {"\"quoted\"",
                                             "back\\slash",
                                             "tab\there",
                                             "bell\x07",
                                             "caf\xC3\xA9 12",
                                             "bad \xE9 byte",
                                             "\xF0\x9F\x92\xB6 unicode",
                                             "del\x7F"};
    std::string in;
    for (const auto& i : inputs)
        in += i + "\n";
    write_file(dir / "in.txt", in);
    const auto r = program({"id", "--kind", "siret"}, (dir / "in.txt").string());
    EXPECT_EQ(r.status, 1);
    const auto got = lines_of(r.out);
    ASSERT_EQ(got.size(), inputs.size()) << r.out;
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        // the library's own error kind for each: compare the bytes of the rest of the line
        const auto j = Json::parse(got[i]);
        EXPECT_EQ(got[i], invalid_id_line(inputs[i], j["error"].get<std::string>())) << i;
    }
    fs::remove_all(dir);
}

TEST(IdBulk, EveryLineOfALongStreamIsAnsweredInOrderAcrossReadBlocks) {
    // 60 000 lines of varying length: lines straddle every block boundary of the reader.
    const auto dir = scratch_dir("id-blocks");
    std::string in;
    std::vector<std::string> inputs;
    for (int i = 0; i < 60'000; ++i) {
        std::string v = i % 3 == 0 ? "732 829 320 00074" : i % 3 == 1 ? "73282932000075" : "x";
        v += std::string(static_cast<std::size_t>(i % 7), ' ');
        inputs.push_back(v);
        in += v + (i % 5 == 0 ? "\r\n" : "\n");
    }
    write_file(dir / "in.txt", in);
    const auto r = program({"id", "--kind", "siret"}, (dir / "in.txt").string());
    EXPECT_EQ(r.status, 1);
    const auto got = json_lines(r.out);
    ASSERT_EQ(got.size(), inputs.size());
    for (std::size_t i = 0; i < inputs.size(); i += 997) {
        EXPECT_EQ(got[i]["input"], inputs[i]) << i;
        EXPECT_EQ(got[i]["valid"], i % 3 == 0) << i;
    }
    EXPECT_EQ(got.back()["input"], inputs.back());
    fs::remove_all(dir);
}

TEST(IdBulk, ALineOfExactlyTheLimitIsReadAndOneByteMoreIsRefused) {
    const auto dir = scratch_dir("id-limit");
    const std::string at_limit(64 * 1024, '1');
    write_file(dir / "in.txt", at_limit + "\n" + at_limit + "1\n732 829 320 00074");
    const auto r = program({"id", "--kind", "siret"}, (dir / "in.txt").string());
    EXPECT_EQ(r.status, 1);
    const auto got = json_lines(r.out);
    ASSERT_EQ(got.size(), 2U) << r.err;
    EXPECT_EQ(got[0]["input"].get<std::string>().size(), at_limit.size());
    EXPECT_EQ(got[1]["valid"], true);
    EXPECT_TRUE(contains(r.err, "ligne 2 : ligne de plus de 64\u00A0Kio, ignorée")) << r.err;
    fs::remove_all(dir);
}

TEST(CheckJsonl, EachLineIsReportedAsCheckReportsTheDossierAloneNamedFileAndLine) {
    const auto dir = scratch_dir("jsonl");
    const auto file = dir / "year.jsonl";
    write_file(file, apes_line() + "\n\n" + apes_line() + "\n");
    const auto batch = program({"check", "--format", "json", "--jsonl", file.string()});
    const auto alone = program({"check", "--format", "json", apes_json});
    EXPECT_EQ(batch.status, alone.status) << batch.err;
    EXPECT_EQ(batch.err, "");
    const auto reports = json_lines(batch.out);
    ASSERT_EQ(reports.size(), 2U);
    auto expected = json_lines(alone.out).at(0);
    expected["dossier"] = file.string() + ":1";
    EXPECT_EQ(reports[0], expected);
    expected["dossier"] = file.string() + ":3";
    EXPECT_EQ(reports[1], expected);
    fs::remove_all(dir);
}

TEST(CheckJsonl, ABadLineIsReportedWithItsNumberAndTheOthersAreStillChecked) {
    const auto dir = scratch_dir("jsonl-bad");
    const auto file = dir / "year.jsonl";
    write_file(file, apes_line() + "\n{\"deliberation\": 12}\nnot json\n" + apes_line());
    const auto r = program({"check", "--format", "json", "--jsonl", file.string()});
    EXPECT_EQ(r.status, 2);
    const auto reports = json_lines(r.out);
    ASSERT_EQ(reports.size(), 2U);
    EXPECT_EQ(reports[0]["dossier"], file.string() + ":1");
    EXPECT_EQ(reports[1]["dossier"], file.string() + ":4");
    EXPECT_TRUE(contains(r.err, "year.jsonl, ligne 2 : /deliberation")) << r.err;
    EXPECT_TRUE(contains(r.err, "year.jsonl, ligne 3 : ")) << r.err;
    fs::remove_all(dir);
}

TEST(CheckJsonl, ReportsKeepLineOrderWhateverTheNumberOfThreads) {
    // 70 dossiers, one of each three altered so that reports differ: more than one block of
    // work, each dossier checked by whichever thread is free.
    const auto dir = scratch_dir("jsonl-order");
    const auto file = dir / "year.jsonl";
    const Json apes = Json::parse(slurp(apes_json));
    std::string in;
    for (int i = 0; i < 70; ++i) {
        Json d = apes;
        d["deliberation"]["tally"]["value"]["pour"] = 20 + i % 23;
        if (i % 3 == 1)
            d["deliberation"]["grants"][0]["amount"]["value"] = std::to_string(1000 + i) + ".00";
        in += d.dump() + "\n";
    }
    write_file(file, in);
    const auto one =
        program({"check", "--format", "json", "--jobs", "1", "--jsonl", file.string()});
    const auto three =
        program({"check", "--format", "json", "--jobs", "3", "--jsonl", "-"}, file.string());
    EXPECT_EQ(one.status, three.status);
    const auto reports = json_lines(one.out);
    const auto from_stdin = json_lines(three.out);
    ASSERT_EQ(reports.size(), 70U);
    ASSERT_EQ(from_stdin.size(), 70U);
    for (std::size_t i = 0; i < reports.size(); ++i) {
        EXPECT_EQ(reports[i]["dossier"], file.string() + ":" + std::to_string(i + 1));
        EXPECT_EQ(from_stdin[i]["dossier"], "-:" + std::to_string(i + 1));
        EXPECT_EQ(from_stdin[i]["diagnostics"], reports[i]["diagnostics"]) << i;
    }
    fs::remove_all(dir);
}

TEST(CheckJsonl, TextReportsAreSeparatedAsForSeveralFiles) {
    const auto dir = scratch_dir("jsonl-text");
    const auto file = dir / "year.jsonl";
    write_file(file, apes_line() + "\n" + apes_line() + "\n");
    const auto r = program({"check", "--jsonl", file.string(), "--color", "never"});
    const auto files = program({"check", apes_json, apes_json, "--color", "never"});
    EXPECT_EQ(r.status, files.status);
    std::string expected = files.out;
    for (const auto& [from, to] :
         {std::pair{apes_json, file.string() + ":1"}, std::pair{apes_json, file.string() + ":2"}})
        expected.replace(expected.find("Dossier " + from), from.size() + 8, "Dossier " + to);
    EXPECT_EQ(r.out, expected);
    fs::remove_all(dir);
}

TEST(CheckJsonl, ProgressIsNeverWrittenWhenStandardErrorIsNotATerminal) {
    const auto dir = scratch_dir("jsonl-quiet");
    const auto file = dir / "year.jsonl";
    std::string in;
    for (int i = 0; i < 20; ++i)
        in += apes_line() + "\n";
    write_file(file, in);
    const auto r = program({"check", "--format", "json", "--jsonl", file.string()});
    EXPECT_EQ(r.err, "");
    EXPECT_EQ(json_lines(r.out).size(), 20U);
    fs::remove_all(dir);
}

} // namespace test_cli_bulk_test
