// `subvention extract` when the input is not what it expects or memory runs out: a PDF is
// named as a PDF, and under any memory limit the program either writes the whole dossier or
// stops with status 2 naming the file — never a dossier with a document missing and status 0.
#include <cstdio>
#include <fcntl.h>
#include <fstream>
#include <iterator>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

#include <gtest/gtest.h>

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SUBVENTION_TEST_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define SUBVENTION_TEST_ASAN 1
#endif

namespace {

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

struct Limited {
    int status = -1; ///< exit status, or 128 + signal
    std::string out;
    std::string err;
};

/// Runs the program with `args` under an address-space limit of `limit` bytes (0: none).
Limited run_limited(const std::vector<std::string>& args, rlim_t limit) {
    const std::string out_path = ::testing::TempDir() + "cli_extract_limits.out";
    const std::string err_path = ::testing::TempDir() + "cli_extract_limits.err";
    std::vector<std::string> all{SUBVENTION_CLI_PATH};
    all.insert(all.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& a : all)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    const pid_t pid = fork();
    if (pid == 0) { // only async-signal-safe calls until exec
        if (limit != 0) {
            const rlimit r{limit, limit};
            setrlimit(RLIMIT_AS, &r);
        }
        const int o = open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        const int e = open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        if (o < 0 || e < 0 || dup2(o, 1) < 0 || dup2(e, 2) < 0)
            _exit(126);
        execv(argv[0], argv.data());
        _exit(127);
    }
    Limited r;
    int st = 0;
    if (pid < 0 || waitpid(pid, &st, 0) != pid)
        return r;
    r.status = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
    r.out = read_file(out_path);
    r.err = read_file(err_path);
    return r;
}

TEST(CliExtractInput, PdfIsNamedAsAPdf) {
    const std::string pdf = write_temp("cli_extract_limits.pdf", "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n"
                                                                 "1 0 obj\n<< >>\nendobj\n");
    const Limited r = run_limited({"extract", pdf}, 0);
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(r.err.find("EXTRACT-NOT-TEXT"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("le fichier est un PDF : convertissez-le en texte (pdftotext)"),
              std::string::npos)
        << r.err;
}

/// The seed with its convention made long: a paragraph of about `bytes` bytes in article 2.
std::string long_seed(std::size_t bytes) {
    std::string seed = read_file(std::string(SUBVENTION_TEST_DATA_DIR) + "/text/apes_2023.txt");
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
    const Limited whole = run_limited({"extract", path}, 0);
    ASSERT_EQ(whole.status, 0) << whole.err;
    // Bisection between a limit too small to start and one that is plenty: each probe must
    // give the whole dossier or status 2; the probes close to the boundary run out of memory
    // at the program's peak, which is the extraction.
    rlim_t low = 4, high = 512; // MB
    int interrupted = 0;
    while (high - low > 1) {
        const rlim_t mb = (low + high) / 2;
        const Limited r = run_limited({"extract", path}, mb << 20);
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
