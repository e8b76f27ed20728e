// SPDX-License-Identifier: Apache-2.0
// Memory bound of every command of the `subvention` program on large or hostile input: each
// runs under a virtual-memory limit (setrlimit RLIMIT_AS, 1 GiB) and must end by itself with
// an exit status of 0, 1 or 2 (never killed, never an uncaught bad_alloc) and a peak resident
// size far below what the input would cost if it were held several times over.
#include <filesystem>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "support/process.hpp"

// Each suite in its own namespace: the suites of a group are compiled together (unity build).
namespace test_cli_memory_test {

using namespace subvention::testing;
namespace fs = std::filesystem;

namespace {

const std::string cli = SUBVENTION_CLI_PATH;
const std::string data = SUBVENTION_TEST_DATA_DIR;
constexpr unsigned long long address_space = 1ULL << 30;
constexpr long max_rss_kib = 256 * 1024;

class MemoryBound : public ::testing::Test {
protected:
    void SetUp() override {
        if (sanitized())
            GTEST_SKIP() << "address-space limits do not apply under AddressSanitizer";
        dir_ = scratch_dir("memory");
    }
    void TearDown() override {
        if (!dir_.empty())
            fs::remove_all(dir_);
    }
    /// A file of `size` bytes repeating `unit`.
    std::string file(const std::string& name, const std::string& unit, std::size_t size) {
        const auto path = dir_ / name;
        std::string text;
        text.reserve(size);
        while (text.size() < size)
            text += unit;
        write_file(path, text);
        return path.string();
    }
    /// `max_err`: standard error stays short for one bad value, proportional for many findings.
    static void expect_bounded(const std::vector<std::string>& args, const std::string& in,
                               std::size_t max_err = 64U * 1024) {
        std::vector<std::string> argv{cli};
        argv.insert(argv.end(), args.begin(), args.end());
        const ProcessRun r = run_process(argv, in, address_space);
        EXPECT_EQ(r.signal, 0) << args[0] << " killed";
        EXPECT_GE(r.status, 0) << args[0];
        EXPECT_LE(r.status, 2) << args[0];
        EXPECT_EQ(r.err.find("bad_alloc"), std::string::npos) << r.err.substr(0, 300);
        EXPECT_LT(r.max_rss_kib, max_rss_kib) << args[0];
        EXPECT_LT(r.err.size(), max_err) << "messages stay short";
    }
    fs::path dir_;
};

} // namespace

TEST_F(MemoryBound, IdAmountAndDeadlineOnLongLines) {
    const auto one_line = file("line.txt", "4", 100U << 20);
    const auto nul_line = file("nul.txt", std::string(1, '\0'), 50U << 20);
    for (const auto& args : std::vector<std::vector<std::string>>{
             {"id", "--kind", "siret"}, {"amount", "parse"}, {"deadline", "--months", "6"}}) {
        expect_bounded(args, one_line);
        expect_bounded(args, nul_line);
    }
}

TEST_F(MemoryBound, CheckExtractAndSettleOnDevices) {
    for (const auto& args : std::vector<std::vector<std::string>>{
             {"check", "/dev/zero"},
             {"check", "--text", "/dev/zero"},
             {"extract", "/dev/zero"},
             {"scdl", "validate", "/dev/zero"},
             {"scdl", "check", "/dev/zero"},
             {"deminimis", "/dev/zero", "--as-of", "2025-01-01"},
             {"scdl", "export", "/dev/zero", "--schema", "subventions"},
             {"settle", "/dev/zero", "/dev/zero", "--rounding", "half_up", "--rounding-point",
              "on_total"}})
        expect_bounded(args, "/dev/null");
}

TEST_F(MemoryBound, CheckOnDeepJson) {
    expect_bounded({"check", file("deep.json", "[", 30U << 20)}, "/dev/null");
    expect_bounded({"check", file("deep-objects.json", "{\"a\":", 30U << 20)}, "/dev/null");
}

TEST_F(MemoryBound, ScdlValidateOnALargeFile) {
    const std::string header =
        "nomAttribuant,idAttribuant,dateConvention,referenceDecision,nomBeneficiaire,"
        "idBeneficiaire,objet,montant,nature,conditionsVersement,datesPeriodeVersement\n";
    const auto path = dir_ / "big.csv";
    std::string text = header;
    while (text.size() < (20U << 20))
        text += "D\xC3\xA9partement,22620001600017,2023-03-20,2023-122,APES,44067202000037,"
                "Accompagnement,57000,aide en num\xC3\xA9raire,unique,2023-04-01\n";
    write_file(path, text);
    expect_bounded({"scdl", "validate", path.string(), "--format", "json"}, "/dev/null");
}

TEST_F(MemoryBound, ExtractAndCheckTextOnManyCopiesOfTheSeed) {
    // 20 MB of deliberation, convention and report text: memory linear in the input.
    const auto path = file("seed.txt", slurp(data + "/text/apes_2023.txt"), 20U << 20);
    // Findings are per document read: at most a tenth of the input on standard error.
    expect_bounded({"extract", path, "--format", "json"}, "/dev/null", 2U << 20);
    expect_bounded({"check", "--text", path}, "/dev/null", 2U << 20);
}

} // namespace test_cli_memory_test
