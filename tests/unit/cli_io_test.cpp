// SPDX-License-Identifier: Apache-2.0
// Inputs and outputs of the `subvention` program on hostile input: every file read whole is
// bounded (size limit, pipes and devices included) and read completely or refused; every
// output is checked (full disk, closed descriptor) and `-o` files are written whole or not at
// all; integer options are decimal; standard-input lines are bounded; one unreadable file among
// several does not suppress the others' reports. Each case is a reproduction of a defect found
// by a hostile-input review, with the figure it pins.
#include <filesystem>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "support/process.hpp"

// Each suite in its own namespace: the suites of a group are compiled together (unity build).
namespace test_cli_io_test {

using namespace subvention::testing;
namespace fs = std::filesystem;

namespace {

const std::string cli = SUBVENTION_CLI_PATH;
const std::string data = SUBVENTION_TEST_DATA_DIR;
const std::string apes_json = data + "/json/apes_2023.json";
const std::string apes_text = data + "/text/apes_2023.txt";

ProcessRun program(std::vector<std::string> args, const std::string& stdin_path = "/dev/null",
                   unsigned long long max_address_space = 0) {
    args.insert(args.begin(), cli);
    return run_process(args, stdin_path, max_address_space);
}

bool contains(const std::string& haystack, const std::string& needle) {
    return haystack.find(needle) != std::string::npos;
}

} // namespace

// --- Inputs read whole: a size limit, named in the refusal, for files, pipes and devices.

TEST(InputLimit, CheckRefusesDevZeroAtTheDefaultLimitInBoundedMemory) {
    // Before: 13–16 GB of memory in 30 s, then killed. After: refused at 64 Mio.
    const auto r = program({"check", "/dev/zero"});
    EXPECT_EQ(r.status, 2);
    EXPECT_TRUE(contains(r.err, "/dev/zero : fichier trop volumineux : plus de 64\u00A0Mio"))
        << r.err.substr(0, 300);
    EXPECT_TRUE(contains(r.err, "--max-input-size")) << r.err.substr(0, 300);
    if (!sanitized()) {
        EXPECT_LT(r.max_rss_kib, 200 * 1024);
    }
}

TEST(InputLimit, ExtractAndCheckTextRefuseAnInputOverTheLimitSetByOption) {
    for (const auto& args : std::vector<std::vector<std::string>>{
             {"extract", "/dev/zero", "--max-input-size", "1M"},
             {"check", "--text", "/dev/zero", "--max-input-size", "1M"},
             {"extract", apes_text, "--max-input-size", "4K"}}) {
        const auto r = program(args);
        EXPECT_EQ(r.status, 2) << args[1];
        EXPECT_TRUE(contains(r.err, "fichier trop volumineux : plus de ")) << r.err.substr(0, 300);
        EXPECT_TRUE(r.out.empty()) << "no dossier from a refused input";
    }
}

TEST(InputLimit, AnInputWithinTheLimitIsReadWhole) {
    const auto r = program({"extract", apes_text, "--max-input-size", "1M", "--format", "json"});
    EXPECT_EQ(r.status, 0) << r.err.substr(0, 300);
    const auto j = nlohmann::json::parse(r.out);
    EXPECT_EQ(j["documents"].size(), 3U); // the rapport, last in the file, is there
}

TEST(InputLimit, AMalformedSizeIsAUsageError) {
    for (const char* size : {"0", "12Q", "-5", "M"}) {
        const auto r = program({"check", apes_json, "--max-input-size", size});
        EXPECT_EQ(r.status, 2) << size;
        EXPECT_TRUE(r.out.empty());
    }
}

TEST(InputLimit, ReadingThatRunsOutOfMemoryIsAnErrorNotATruncatedInput) {
    if (sanitized())
        GTEST_SKIP() << "address-space limits do not apply under AddressSanitizer";
    // Before: under a memory limit, the tail of the text was silently dropped (a dossier without
    // its rapport, exit 0). After: the read either completes or fails with a message.
    const auto dir = scratch_dir("oom");
    const auto big = dir / "big.txt";
    // A 96 MB line that must be normalised (a dash may be a bullet): the read and its
    // normalisation do not both fit.
    write_file(big, std::string(96U << 20, '-') + "\n" + slurp(apes_text));
    const auto r =
        program({"extract", big.string(), "--max-input-size", "1G"}, "/dev/null", 160ULL << 20);
    EXPECT_EQ(r.status, 2) << r.err.substr(0, 300);
    EXPECT_TRUE(r.out.empty());
    // Out of memory while reading or while extracting: either way a message, never a dossier.
    EXPECT_TRUE(contains(r.err, "mémoire insuffisante") ||
                contains(r.err, "extraction interrompue"))
        << r.err.substr(0, 300);
    fs::remove_all(dir);
}

// --- Unreadable inputs are named as such.

TEST(UnreadableInput, ADirectoryIsReportedAsADirectoryByEveryReader) {
    const auto dir = scratch_dir("dir");
    for (const auto& args : std::vector<std::vector<std::string>>{
             {"check", dir.string()},
             {"check", "--text", dir.string()},
             {"extract", dir.string()},
             {"scdl", "validate", dir.string()},
             {"scdl", "check", dir.string()},
             {"scdl", "export", dir.string(), "--schema", "subventions"},
             {"settle", dir.string(), dir.string(), "--rounding", "half_up", "--rounding-point",
              "on_total"},
             {"deminimis", dir.string(), "--as-of", "2025-01-01"}}) {
        const auto r = program(args);
        EXPECT_EQ(r.status, 2) << args[0];
        EXPECT_TRUE(contains(r.err, dir.string() + " : est un répertoire")) << r.err.substr(0, 300);
    }
    fs::remove_all(dir);
}

TEST(UnreadableInput, AMissingFileIsReportedAsMissing) {
    const auto r = program({"extract", "/nonexistent/dossier.txt"});
    EXPECT_EQ(r.status, 2);
    EXPECT_TRUE(contains(r.err, "/nonexistent/dossier.txt : fichier introuvable"))
        << r.err.substr(0, 300);
}

// --- JSON: NUL bytes, nesting depth, echoed values.

TEST(JsonInput, ANulByteIsRefusedNotTheEndOfTheText) {
    // Before: bytes after a NUL were ignored and the dossier was checked (exit 1).
    const auto dir = scratch_dir("nul");
    write_file(dir / "n.json", slurp(apes_json) + std::string("\0garbage", 8));
    const auto r = program({"check", (dir / "n.json").string()});
    EXPECT_EQ(r.status, 2);
    EXPECT_TRUE(contains(r.err, "octet nul")) << r.err.substr(0, 300);
    fs::remove_all(dir);
}

TEST(JsonInput, DeepNestingIsRefusedWithAShortMessageInBoundedMemory) {
    // Before: 10 MB of « [ » took 1.3 GB and gave a 30 MB error message.
    const auto dir = scratch_dir("deep");
    write_file(dir / "deep.json", std::string(10'000'000, '['));
    const auto r = program({"check", (dir / "deep.json").string()});
    EXPECT_EQ(r.status, 2);
    EXPECT_TRUE(contains(r.err, "imbrication de plus de 64 niveaux")) << r.err.substr(0, 300);
    EXPECT_LT(r.err.size(), 1000U);
    if (!sanitized()) {
        EXPECT_LT(r.max_rss_kib, 200 * 1024);
    }
    fs::remove_all(dir);
}

TEST(JsonInput, AHugeBadValueOrKeyIsQuotedShortened) {
    // Before: a 200 MB bad amount gave 200 MB on standard error, an unknown key twice that.
    const auto dir = scratch_dir("huge");
    std::string text = slurp(apes_json);
    const std::string amount = "\"57000.00\"";
    const auto at = text.find(amount);
    ASSERT_NE(at, std::string::npos);
    text.replace(at, amount.size(), "\"" + std::string(1'000'000, '9') + "x\"");
    write_file(dir / "amount.json", text);
    auto r = program({"check", (dir / "amount.json").string()});
    EXPECT_EQ(r.status, 2);
    EXPECT_LT(r.err.size(), 2000U) << r.err.substr(0, 300);
    EXPECT_TRUE(contains(r.err, "\u2026")) << r.err.substr(0, 300);

    std::string keyed = slurp(apes_json);
    keyed.insert(keyed.find('{') + 1, "\"" + std::string(1'000'000, 'k') + "\": 1,");
    write_file(dir / "key.json", keyed);
    r = program({"check", (dir / "key.json").string()});
    EXPECT_EQ(r.status, 2);
    EXPECT_LT(r.err.size(), 2000U) << r.err.substr(0, 300);
    EXPECT_TRUE(contains(r.err, "clé inconnue")) << r.err.substr(0, 300);
    fs::remove_all(dir);
}

// --- Several files: one bad file does not suppress the others.

TEST(SeveralFiles, CheckReportsEveryReadableDossierAndExitsTwoForTheUnreadableOne) {
    // Before: nothing was printed for the valid files, exit 2.
    const auto dir = scratch_dir("several");
    write_file(dir / "bad.json", "{ not json");
    const auto r =
        program({"check", apes_json, (dir / "bad.json").string(), apes_json, "--format", "json"});
    EXPECT_EQ(r.status, 2);
    std::size_t reports = 0;
    for (std::size_t pos = 0; (pos = r.out.find("\"dossier\"", pos)) != std::string::npos; ++pos)
        ++reports;
    EXPECT_EQ(reports, 2U) << r.out.substr(0, 200);
    EXPECT_TRUE(contains(r.err, (dir / "bad.json").string() + " : ")) << r.err.substr(0, 300);
    fs::remove_all(dir);
}

// --- Outputs: checked, and written whole or not at all.

TEST(Output, AFullDiskIsAnErrorForEveryKindOfOutput) {
    // Before: exit 0, data lost, nothing on standard error.
    for (const std::string& line :
         {cli + " example apes-2023 > /dev/full", cli + " check " + apes_json + " > /dev/full",
          cli + " id --kind siren 440672020 > /dev/full",
          cli + " extract " + apes_text + " > /dev/full 2>/dev/null; echo rc=$? >&2"}) {
        const auto r = run_shell(line);
        if (contains(line, "echo rc=")) {
            EXPECT_TRUE(contains(r.err, "rc=2")) << line << r.err.substr(0, 300);
            continue;
        }
        EXPECT_EQ(r.status, 2) << line;
        EXPECT_TRUE(contains(r.err, "écriture impossible sur la sortie standard"))
            << r.err.substr(0, 300);
    }
}

TEST(Output, AClosedStandardOutputIsAnError) {
    const auto r = run_shell(cli + " example apes-2023 >&-");
    EXPECT_EQ(r.status, 2);
    EXPECT_TRUE(contains(r.err, "écriture impossible sur la sortie standard"))
        << r.err.substr(0, 300);
}

TEST(Output, ExtractToAFullDeviceIsAnErrorEvenForASmallPayload) {
    // Before: a payload under 1 KiB was flushed at close, unchecked: exit 1, no message.
    const auto r = program({"extract", "/dev/null", "-o", "/dev/full"});
    EXPECT_EQ(r.status, 2);
    EXPECT_TRUE(contains(r.err, "/dev/full : écriture impossible")) << r.err.substr(0, 300);
    EXPECT_TRUE(fs::is_character_file("/dev/full")) << "a device is written in place";
}

TEST(Output, ExtractRefusesToOverwriteItsInput) {
    // Before: `extract x.txt -o x.txt` replaced the text by the dossier.
    const auto dir = scratch_dir("overwrite");
    const auto x = dir / "x.txt";
    fs::copy_file(apes_text, x);
    const auto r = program({"extract", x.string(), "-o", x.string()});
    EXPECT_EQ(r.status, 2);
    EXPECT_TRUE(contains(r.err, "est aussi un fichier d'entrée")) << r.err.substr(0, 300);
    EXPECT_EQ(slurp(x), slurp(apes_text));
    fs::remove_all(dir);
}

TEST(Output, ExtractWritesTheOutputFileWholeAndLeavesNoTemporaryFile) {
    const auto dir = scratch_dir("atomic");
    const auto out = dir / "dossier.json";
    write_file(out, "old content");
    const auto r = program({"extract", apes_text, "-o", out.string()});
    EXPECT_EQ(r.status, 0) << r.err.substr(0, 300);
    EXPECT_EQ(slurp(out).substr(0, 1), "{");
    std::size_t files = 0;
    for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir))
        ++files;
    EXPECT_EQ(files, 1U);
    fs::remove_all(dir);
}

// --- Integer options are decimal.

TEST(IntegerOptions, LeadingZerosAreDecimalNotOctal) {
    // Before: --months 012 was 10 months, --days 030 was 24 days, --year 02023 was 1043.
    auto r = program({"deadline", "--extend", "none", "--months", "012", "2023-01-01"});
    EXPECT_EQ(r.status, 0) << r.err.substr(0, 300);
    EXPECT_TRUE(contains(r.out, "\"nominal\":\"2024-01-01\"")) << r.out;
    r = program({"deadline", "--extend", "none", "--days", "030", "2023-01-01"});
    EXPECT_TRUE(contains(r.out, "\"nominal\":\"2023-01-31\"")) << r.out;
    r = program({"deadline", "--extend", "none", "--months", "08", "2023-01-01"});
    EXPECT_TRUE(contains(r.out, "\"nominal\":\"2023-09-01\"")) << r.out;
    r = program({"holidays", "--year", "02023"});
    EXPECT_EQ(r.status, 0) << r.err.substr(0, 300);
    EXPECT_TRUE(contains(r.out, "2023-07-14")) << r.out;
}

TEST(IntegerOptions, HexadecimalAndSignsOtherThanMinusAreRefused) {
    for (const char* v : {"0x10", "1e1", "+5", "12abc", ""}) {
        const auto r = program({"deadline", "--months", v, "2023-01-01"});
        EXPECT_EQ(r.status, 2) << v;
        EXPECT_TRUE(r.out.empty()) << v;
    }
}

// --- Standard input in bulk mode: bounded lines, blank lines skipped.

TEST(BulkInput, ALongLineIsRefusedWithItsNumberInConstantMemory) {
    // Before: a 100 MB line took 1.35 GB and was echoed whole (600 MB of output).
    const auto dir = scratch_dir("longline");
    const auto in = dir / "in.txt";
    write_file(in, "440672020\n" + std::string(20'000'000, '7') + "\n440672020\n");
    const auto r = program({"id", "--kind", "siren"}, in.string());
    EXPECT_EQ(r.status, 1);
    EXPECT_TRUE(contains(r.err, "ligne 2 : ligne de plus de 64\u00A0Kio, ignorée"))
        << r.err.substr(0, 300);
    EXPECT_LT(r.out.size(), 1000U);
    std::size_t records = 0;
    for (const char c : r.out)
        records += c == '\n' ? 1 : 0;
    EXPECT_EQ(records, 2U);
    if (!sanitized()) {
        EXPECT_LT(r.max_rss_kib, 100 * 1024);
    }
    fs::remove_all(dir);
}

TEST(BulkInput, BlankLinesAreSkippedNotErrors) {
    // Before: a blank line gave an "empty" error record and exit 1.
    const auto dir = scratch_dir("blank");
    write_file(dir / "in.txt", "57 000 €\n\n   \n12,50\r\n\n");
    const auto r = program({"amount", "parse"}, (dir / "in.txt").string());
    EXPECT_EQ(r.status, 0) << r.out;
    std::size_t records = 0;
    for (const char c : r.out)
        records += c == '\n' ? 1 : 0;
    EXPECT_EQ(records, 2U) << r.out;
    fs::remove_all(dir);
}

TEST(BulkInput, ALastLineWithoutNewlineIsRead) {
    const auto dir = scratch_dir("lastline");
    write_file(dir / "in.txt", "2023-01-01\n2023-12-31");
    const auto r = program({"deadline", "--months", "6"}, (dir / "in.txt").string());
    EXPECT_EQ(r.status, 0) << r.err.substr(0, 300);
    EXPECT_TRUE(contains(r.out, "\"from\":\"2023-12-31\"")) << r.out;
    fs::remove_all(dir);
}

// --- An empty dossier is not a clean pass.

TEST(EmptyDossier, CheckOfADossierWithoutDocumentsExitsOneWithDossierEmpty) {
    // Before: « 0 erreur », exit 0, even with --stage signed.
    const auto dir = scratch_dir("empty");
    write_file(dir / "e.json", R"({"deliberation":null,"rapport":null,"convention":null,)"
                               R"("annexes":[],"open_data_publication":null,"execution":null})");
    for (const char* stage : {"draft", "signed"}) {
        const auto r = program(
            {"check", (dir / "e.json").string(), "--stage", stage, "--as-of", "2024-01-15"});
        EXPECT_EQ(r.status, 1) << stage;
        EXPECT_TRUE(contains(r.out, "DOSSIER-EMPTY")) << r.out;
    }
    fs::remove_all(dir);
}

TEST(UnreadableInput, AUtf16APdfOrABinaryCsvIsNamedAsSuch) {
    // Before: UTF-16 was « semble encodé en Windows-1252 » (and read with --lenient as columns
    // « i d A t t r i b u a n t »), a binary file was « séparés par TAB ».
    const auto dir = scratch_dir("nottext");
    write_file(dir / "utf16.csv", std::string("\xFF\xFE"
                                              "i\0d\0,\0x\0\n\0",
                                              12));
    write_file(dir / "doc.csv", "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n1 0 obj\n");
    write_file(dir / "bin.csv", std::string("AB\x01\x02\0\0CD\tx\n", 11));
    for (const auto& [file, why] :
         std::vector<std::pair<std::string, std::string>>{{"utf16.csv", "encodé en UTF-16"},
                                                          {"doc.csv", "document PDF"},
                                                          {"bin.csv", "octets nuls"}})
        for (const std::vector<std::string>& args :
             {std::vector<std::string>{"scdl", "validate", (dir / file).string(), "--lenient"},
              std::vector<std::string>{"scdl", "check", (dir / file).string(), "--lenient"},
              std::vector<std::string>{"deminimis", (dir / file).string(), "--as-of",
                                       "2025-01-01"}}) {
            const auto r = program(args);
            EXPECT_EQ(r.status, 2) << args[0] << ' ' << file;
            EXPECT_TRUE(contains(r.err + r.out, why))
                << args[0] << ' ' << file << ": " << (r.err + r.out).substr(0, 300);
        }
    fs::remove_all(dir);
}

TEST(UnreadableInput, ScdlCheckSaysItsSummaryIsIncompleteWhenReadingStopped) {
    // Before: « Bilan : 1 ligne, 0 erreur » on standard output after the file was abandoned.
    const auto dir = scratch_dir("scdlstop");
    write_file(dir / "s.csv", "nomAttribuant,montant\nx,\"10\n");
    const auto r = program({"scdl", "check", (dir / "s.csv").string()});
    EXPECT_EQ(r.status, 2);
    EXPECT_TRUE(contains(r.out, "Lecture interrompue")) << r.out.substr(0, 300);
    fs::remove_all(dir);
}

TEST(SeveralFiles, ScdlExportReportsEveryUnreadableDossierAndWritesNoPartialFile) {
    const auto dir = scratch_dir("export");
    write_file(dir / "bad1.json", "{");
    write_file(dir / "bad2.json", "[]");
    const auto r =
        program({"scdl", "export", (dir / "bad1.json").string(), apes_json,
                 (dir / "bad2.json").string(), "--schema", "subventions", "--attribuant-siret",
                 "22460001500511", "--date-convention", "2023-04-01"});
    EXPECT_EQ(r.status, 2);
    EXPECT_TRUE(r.out.empty()) << "a partial open-data file would pass for a complete one";
    EXPECT_TRUE(contains(r.err, (dir / "bad1.json").string())) << r.err.substr(0, 300);
    EXPECT_TRUE(contains(r.err, (dir / "bad2.json").string())) << r.err.substr(0, 300);
    fs::remove_all(dir);
}

TEST(InputLimit, SettleAndScdlExportRefuseADeviceAtTheLimit) {
    for (const auto& args : std::vector<std::vector<std::string>>{
             {"settle", "/dev/zero", "/dev/zero", "--rounding", "half_up", "--rounding-point",
              "on_total", "--max-input-size", "1M"},
             {"scdl", "export", "/dev/zero", "--schema", "subventions", "--max-input-size",
              "1M"}}) {
        const auto r = program(args);
        EXPECT_EQ(r.status, 2) << args[0];
        EXPECT_TRUE(contains(r.err, "/dev/zero : fichier trop volumineux : plus de 1\u00A0Mio"))
            << r.err.substr(0, 300);
    }
}

TEST(IntegerOptions, DeminimisFiscalYearStartIsDecimal) {
    // Before: --fiscal-year-start 010 was August (octal 8).
    const auto r = program({"deminimis", data + "/aid/aids_ok.csv", "--as-of", "2025-02-01",
                            "--fiscal-year-start", "010"});
    EXPECT_LE(r.status, 1) << r.err.substr(0, 300);
    EXPECT_TRUE(contains(r.out, "octobre")) << r.out.substr(0, 600);
    EXPECT_FALSE(contains(r.out, "août")) << r.out.substr(0, 600);
}

TEST(Holidays, TheLawInForceIsTheDefaultAndTodaysListIsAnOption) {
    // Before: « Victoire 1945 » and « Armistice 1918 » were listed for 1900.
    const auto in_force = program({"holidays", "--year", "1900"});
    EXPECT_EQ(in_force.status, 0);
    EXPECT_FALSE(contains(in_force.out, "1900-05-08")) << in_force.out;
    EXPECT_FALSE(contains(in_force.out, "1900-11-11")) << in_force.out;
    const auto current = program({"holidays", "--year", "1900", "--law", "current"});
    EXPECT_EQ(current.status, 0);
    EXPECT_TRUE(contains(current.out, "1900-05-08")) << current.out;
}

} // namespace test_cli_io_test
