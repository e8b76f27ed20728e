// SPDX-License-Identifier: Apache-2.0
// `subvention extract` when the input is not what it expects or memory runs out: a PDF is
// named as a PDF, and under any memory limit the program either writes the whole dossier or
// stops with status 2 naming the file — never a dossier with a document missing and status 0.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "support/process.hpp"

// Each suite in its own namespace: the suites of a group are compiled together (unity build).
namespace test_cli_extract_limits_test {

namespace {

using namespace subvention::testing;

std::string write_temp(const std::string& name, const std::string& content) {
    const std::string p = ::testing::TempDir() + name;
    write_file(p, content);
    return p;
}

/// The program with `args` under an address-space limit of `limit` bytes (0: none).
ProcessRun run_limited(const std::vector<std::string>& args, unsigned long long limit) {
    std::vector<std::string> all{SUBVENTION_CLI_PATH};
    all.insert(all.end(), args.begin(), args.end());
    return run_process(all, "/dev/null", limit);
}

TEST(CliExtractInput, DamagedPdfIsRefusedWithPdftotextsMessage) {
    const std::string pdf = write_temp("cli_extract_limits.pdf", "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n"
                                                                 "1 0 obj\n<< >>\nendobj\n");
    const ProcessRun r = run_limited({"extract", pdf}, 0);
    EXPECT_EQ(r.status, 2);
    EXPECT_NE(r.err.find("subvention extract : " + pdf + " : "), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("pdftotext a échoué (code 1)"), std::string::npos) << r.err;
}

/// The seed with its convention made long: a paragraph of about `bytes` bytes in article 2.
std::string long_seed(std::size_t bytes) {
    std::string seed = slurp(std::string(SUBVENTION_TEST_DATA_DIR) + "/text/apes_2023.txt");
    const auto at = seed.find("Article 3 : P");
    if (at == std::string::npos)
        return {};
    std::string filler = "Le bénéficiaire mène";
    while (filler.size() < bytes)
        filler += "\ndes actions utiles des actions utiles des actions utiles des actions";
    seed.insert(at, filler + ".\n");
    return seed;
}

TEST(CliExtractLimits, UnderAnyMemoryLimitTheDossierIsWholeOrTheStatusIsTwo) {
#ifdef SUBVENTION_TEST_ASAN
    GTEST_SKIP() << "AddressSanitizer reserves terabytes of address space: no RLIMIT_AS";
#endif
    const std::string text = long_seed(1'000'000);
    ASSERT_FALSE(text.empty());
    const std::string path = write_temp("cli_extract_limits.txt", text);
    const ProcessRun whole = run_limited({"extract", path}, 0);
    ASSERT_EQ(whole.status, 0) << whole.err;
    // Bisection between a limit too small to start and one that is plenty: each probe must
    // give the whole dossier or status 2; the probes close to the boundary run out of memory
    // at the program's peak, which is the extraction.
    unsigned long long low = 4, high = 512; // MB
    int interrupted = 0;
    while (high - low > 1) {
        const unsigned long long mb = (low + high) / 2;
        const ProcessRun r = run_limited({"extract", path}, mb << 20);
        if (r.status == 0) {
            EXPECT_TRUE(r.out == whole.out)
                << "under " << mb << " MB the dossier differs (" << r.out.size()
                << " bytes instead of " << whole.out.size() << ")";
            high = mb;
            continue;
        }
        EXPECT_EQ(r.status, 2) << "under " << mb << " MB: " << r.err;
        if (r.err.find("subvention extract : " + path + " : extraction interrompue : ") == 0)
            ++interrupted;
        low = mb;
    }
    EXPECT_GT(interrupted, 0) << "no probe ran out of memory in the extraction itself";
}

} // namespace

} // namespace test_cli_extract_limits_test
