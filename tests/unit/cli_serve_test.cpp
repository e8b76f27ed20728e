// SPDX-License-Identifier: Apache-2.0
// `subvention serve`, run as users run it, on loopback: every operation of its OpenAPI
// document answered as the document says and as the command line answers; RFC 9457 problems
// for bad requests; the access log without content; limits; bad, truncated and slow clients
// with the server still answering and its memory bounded; a graceful stop on SIGTERM with the
// request in flight finished.
#include <arpa/inet.h>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <httplib.h>
#include <map>
#include <netinet/in.h>
#include <set>
#include <sstream>
#include <string>
#include <sys/socket.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <utility>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "support/cli_runner.hpp"

namespace test_cli_serve_test {

using Json = nlohmann::ordered_json;
using subvention::testing::CliRun;
using subvention::testing::run;

std::string file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

/// `subvention serve --listen 127.0.0.1:0 ARGS…` in a child process; its port read from the
/// line it prints when listening, its log kept in a file.
class Server {
public:
    explicit Server(std::vector<std::string> args = {}) {
        log_ = ::testing::TempDir() + "serve-log-" + std::to_string(::getpid()) + "-" +
               std::to_string(counter_++) + ".txt";
        int out[2];
        EXPECT_EQ(::pipe(out), 0);
        pid_ = ::fork();
        if (pid_ == 0) {
            // Under AddressSanitizer, freed memory waits in a 256 MiB quarantine: resident
            // memory would measure the quarantine, not the server.
            std::string asan =
                std::getenv("ASAN_OPTIONS") != nullptr ? std::getenv("ASAN_OPTIONS") : "";
            ::setenv("ASAN_OPTIONS",
                     (asan + (asan.empty() ? "" : ":") + "quarantine_size_mb=8").c_str(), 1);
            ::dup2(out[1], STDOUT_FILENO);
            std::FILE* log = std::fopen(log_.c_str(), "w");
            ::dup2(::fileno(log), STDERR_FILENO);
            std::vector<std::string> argv{SUBVENTION_CLI_PATH, "serve", "--listen", "127.0.0.1:0"};
            argv.insert(argv.end(), args.begin(), args.end());
            std::vector<char*> c;
            for (auto& a : argv)
                c.push_back(a.data());
            c.push_back(nullptr);
            ::execv(c[0], c.data());
            ::_exit(127);
        }
        ::close(out[1]);
        std::string line;
        char ch = 0;
        while (::read(out[0], &ch, 1) == 1 && ch != '\n')
            line += ch;
        ::close(out[0]);
        const auto colon = line.rfind(':');
        if (colon != std::string::npos)
            port_ = std::atoi(line.c_str() + colon + 1);
        EXPECT_GT(port_, 0) << "ligne lue : " << line;
    }
    Server(const Server&) = delete;
    Server& operator=(const Server&) = delete;
    ~Server() {
        if (pid_ > 0 && !stopped_)
            stop();
    }
    /// SIGTERM; the exit status.
    int stop() {
        ::kill(pid_, SIGTERM);
        int status = 0;
        ::waitpid(pid_, &status, 0);
        stopped_ = true;
        return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    }
    /// Waits for the server to end by itself; the exit status.
    int wait() {
        int status = 0;
        ::waitpid(pid_, &status, 0);
        stopped_ = true;
        return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    }
    [[nodiscard]] int port() const { return port_; }
    [[nodiscard]] pid_t pid() const { return pid_; }
    [[nodiscard]] httplib::Client client() const {
        httplib::Client c("127.0.0.1", port_);
        c.set_read_timeout(30, 0);
        return c;
    }
    [[nodiscard]] std::string log() const { return file(log_); }
    /// Resident memory in KiB.
    [[nodiscard]] long rss_kib() const {
        std::ifstream in("/proc/" + std::to_string(pid_) + "/status");
        std::string line;
        while (std::getline(in, line))
            if (line.rfind("VmRSS:", 0) == 0)
                return std::atol(line.c_str() + 6);
        return -1;
    }

private:
    static inline int counter_ = 0;
    pid_t pid_ = -1;
    int port_ = 0;
    bool stopped_ = false;
    std::string log_;
};

std::string apes() {
    return run("example apes-2023").out;
}

Json body(const httplib::Result& r) {
    return r ? Json::parse(r->body, nullptr, false) : Json();
}

void expect_problem(const httplib::Result& r, int status, const std::string& kind,
                    const std::string& field = {}) {
    ASSERT_TRUE(r) << "pas de réponse";
    EXPECT_EQ(r->status, status) << r->body;
    EXPECT_EQ(r->get_header_value("Content-Type"), "application/problem+json");
    const Json j = body(r);
    EXPECT_EQ(j.value("type", ""), "urn:subvention:problem:" + kind) << r->body;
    EXPECT_EQ(j.value("status", 0), status);
    EXPECT_FALSE(j.value("title", "").empty());
    EXPECT_FALSE(j.value("detail", "").empty());
    if (!field.empty()) {
        EXPECT_EQ(j.value("field", ""), field) << r->body;
    }
}

TEST(Serve, EveryOperationOfTheOpenApiDocumentAnswersAsTheCommandLine) {
    Server server;
    auto c = server.client();
    const auto doc_r = c.Get("/openapi.json");
    ASSERT_TRUE(doc_r);
    const Json doc = body(doc_r);
    ASSERT_EQ(doc.value("openapi", ""), "3.1.0");

    const std::string data = SUBVENTION_TEST_DATA_DIR;
    const std::string csv =
        data + "/scdl/subventions/2.1.1/exemples/exemple_invalide_erreurs_cellules.csv";
    const std::string export_request = Json{
        {"dossiers", Json::array({Json::parse(file(data + "/json/apes_2023.json"))})},
        {"attribuant_siret", "12345678200002"},
        {"convention_date_from_deliberation",
         true}}.dump();
    const std::string settle_request = Json{
        {"name", data + "/json/apes_2023_execution.json"},
        {"dossier", Json::parse(file(data + "/json/apes_2023_execution.json"))},
        {"final_report", Json::parse(file(data + "/json/apes_2023_report_full.json"))},
        {"rounding", "half_up"},
        {"rounding_point", "on_total"}}.dump();
    struct Call {
        std::string method, templ, path, body, type;
        std::string cli; // the command whose output the answer must equal ("" : none)
    };
    const std::vector<Call> calls{
        {"get", "/healthz", "/healthz", "", "", ""},
        {"get", "/openapi.json", "/openapi.json", "", "", ""},
        {"get", "/", "/", "", "", ""},
        {"post", "/v1/check", "/v1/check?name=apes-2023&stage=signed", apes(), "application/json",
         "check --example apes-2023 --format json --stage signed"},
        {"post", "/v1/check-text", "/v1/check-text?name=apes_2023.txt",
         file(data + "/text/apes_2023.txt"), "text/plain; charset=utf-8", ""},
        {"post", "/v1/extract", "/v1/extract?name=apes_2023.docx",
         file(data + "/documents/apes_2023.docx"), "application/octet-stream", ""},
        {"post", "/v1/ids", "/v1/ids?kind=siret", R"(["440 672 020 00037","44067202000038"])",
         "application/json", "id --kind siret '440 672 020 00037' 44067202000038"},
        {"post", "/v1/amounts/parse", "/v1/amounts/parse", R"(["57 000,00 €","12,345"])",
         "application/json", "amount parse '57 000,00 €' 12,345"},
        {"post", "/v1/deadlines", "/v1/deadlines", R"({"from":"2024-03-20","months":1})",
         "application/json", "deadline --months 1 2024-03-20"},
        {"post", "/v1/settle", "/v1/settle", settle_request, "application/json",
         "settle " + data + "/json/apes_2023_execution.json " + data +
             "/json/apes_2023_report_full.json --rounding half_up --rounding-point on_total "
             "--format json"},
        {"post", "/v1/deminimis",
         "/v1/deminimis?as_of=2024-01-01&amount=20000&name=" + data + "/aid/aids_ok.csv",
         file(data + "/aid/aids_ok.csv"), "text/csv",
         "deminimis " + data + "/aid/aids_ok.csv --as-of 2024-01-01 --amount 20000 --format json"},
        {"post", "/v1/scdl/export", "/v1/scdl/export", export_request, "application/json", ""},
        {"get", "/v1/holidays", "/v1/holidays?year=2024&territory=alsace-moselle", "", "",
         "holidays --year 2024 --territory alsace-moselle"},
        {"post", "/v1/scdl/validate", "/v1/scdl/validate?name=" + csv, file(csv), "text/csv",
         "scdl validate --format json " + csv},
        {"get", "/v1/rules", "/v1/rules", "", "", "rules"},
        {"get", "/v1/rules/{id}", "/v1/rules/VOTE-QUORUM", "", "", ""},
    };
    // The document describes exactly these operations.
    std::set<std::pair<std::string, std::string>> documented, called;
    for (const auto& [path, ops] : doc["paths"].items())
        for (const auto& [method, op] : ops.items()) {
            documented.emplace(method, path);
            EXPECT_TRUE(op.contains("responses") && op["responses"].contains("200"))
                << method << ' ' << path;
        }
    for (const auto& k : calls)
        called.emplace(k.method, k.templ);
    EXPECT_EQ(documented, called);

    for (const auto& k : calls) {
        const auto r = k.method == "get" ? c.Get(k.path.c_str())
                                         : c.Post(k.path.c_str(), k.body, k.type.c_str());
        ASSERT_TRUE(r) << k.path;
        EXPECT_EQ(r->status, 200) << k.path << '\n' << r->body.substr(0, 500);
        const Json op = doc["paths"][k.templ][k.method];
        const auto& content = op["responses"]["200"]["content"];
        const std::string type = r->get_header_value("Content-Type");
        EXPECT_TRUE(content.contains(type.substr(0, type.find(';')))) << k.path << ' ' << type;
        if (k.cli.empty())
            continue;
        const CliRun cli = run(k.cli);
        // A command of JSON lines answers one array; `scdl validate`, {findings, summary}.
        const auto lines = cli.lines();
        Json expected;
        if (k.templ == "/v1/scdl/validate") {
            expected = Json{{"findings", Json::array()}, {"summary", lines.back()["summary"]}};
            for (std::size_t i = 0; i + 1 < lines.size(); ++i)
                expected["findings"].push_back(lines[i]);
        } else if (k.templ == "/v1/check" || k.templ == "/v1/deadlines" ||
                   k.templ == "/v1/settle" || k.templ == "/v1/deminimis") {
            expected = lines.at(0);
        } else {
            expected = Json(lines);
        }
        EXPECT_EQ(body(r), expected) << k.path;
    }
    // The Dossier schema is the published one, its references moved with it.
    const Json& dossier = doc["components"]["schemas"]["Dossier"];
    EXPECT_EQ(dossier["properties"]["deliberation"]["anyOf"][1]["$ref"],
              "#/components/schemas/Dossier/definitions/Deliberation");
    EXPECT_TRUE(dossier["definitions"].contains("Deliberation"));
    EXPECT_EQ(server.stop(), 0);
}

TEST(Serve, EveryReferenceOfTheOpenApiDocumentResolves) {
    Server server;
    auto c = server.client();
    const Json doc = body(c.Get("/openapi.json"));
    std::size_t refs = 0;
    const std::function<void(const Json&)> walk = [&](const Json& j) {
        if (j.is_object()) {
            for (const auto& [k, v] : j.items()) {
                if (k == "$ref" && v.is_string()) {
                    ++refs;
                    const std::string ref = v.get<std::string>();
                    ASSERT_EQ(ref.rfind("#/", 0), 0U) << ref;
                    EXPECT_TRUE(doc.contains(Json::json_pointer(ref.substr(1)))) << ref;
                } else {
                    walk(v);
                }
            }
        } else if (j.is_array()) {
            for (const auto& v : j)
                walk(v);
        }
    };
    walk(doc);
    EXPECT_GT(refs, 100U);
}

TEST(Serve, BadRequestsAreProblemsNamingTheFieldAndValue) {
    Server server({"--max-body", "200K"});
    auto c = server.client();
    expect_problem(c.Post("/v1/check", "{\"deliberation\": ", "application/json"), 400, "malformed",
                   "dossier /deliberation");
    expect_problem(c.Post("/v1/check?stagee=draft", apes(), "application/json"), 422, "invalid",
                   "options.stagee");
    expect_problem(c.Post("/v1/check?rules=NO-SUCH", apes(), "application/json"), 422, "invalid",
                   "options.rules");
    expect_problem(c.Post("/v1/check?members_in_office=abc", apes(), "application/json"), 422,
                   "invalid", "options.members_in_office");
    expect_problem(c.Post("/v1/check?stage=draft&stage=signed", apes(), "application/json"), 422,
                   "invalid", "query.stage");
    expect_problem(c.Post("/v1/check", apes(), "text/plain"), 415, "unsupported_media_type",
                   "Content-Type");
    expect_problem(c.Post("/v1/ids", "[]", "application/json"), 422, "invalid", "query.kind");
    expect_problem(c.Get("/v1/holidays?year=1800"), 422, "invalid", "request.year");
    expect_problem(c.Get("/v1/rules/NO-SUCH"), 404, "not_found", "rule");
    expect_problem(c.Get("/nowhere"), 404, "not_found");
    expect_problem(c.Post("/v1/extract", std::string(300 * 1024, 'a'), "text/plain"), 413,
                   "too_large");
    // A broken Word file is an invalid document, not an error of the server.
    expect_problem(c.Post("/v1/extract",
                          file(std::string(SUBVENTION_TEST_DATA_DIR) + "/documents/corrupt.docx"),
                          "application/octet-stream"),
                   422, "invalid");
    const auto ok = c.Get("/healthz");
    ASSERT_TRUE(ok);
    EXPECT_EQ(ok->status, 200);
    EXPECT_EQ(server.stop(), 0);
}

TEST(Serve, AccessLogHasOneJsonLinePerRequestAndNoContent) {
    Server server;
    auto c = server.client();
    ASSERT_TRUE(c.Post("/v1/check?name=apes", apes(), "application/json"));
    ASSERT_TRUE(c.Get("/nowhere"));
    EXPECT_EQ(server.stop(), 0);
    const std::string log = server.log();
    std::istringstream in(log);
    std::string line;
    std::vector<Json> entries;
    while (std::getline(in, line))
        if (!line.empty() && line.front() == '{')
            entries.push_back(Json::parse(line));
    ASSERT_EQ(entries.size(), 2U) << log;
    // Each request has its connection, so its thread: the lines come in either order.
    if (entries[0]["status"] == 404)
        std::swap(entries[0], entries[1]);
    EXPECT_EQ(entries[0]["method"], "POST");
    EXPECT_EQ(entries[0]["path"], "/v1/check");
    EXPECT_EQ(entries[0]["status"], 200);
    EXPECT_GT(entries[0]["bytes"].get<long>(), 1000);
    EXPECT_GE(entries[0]["duration_ms"].get<double>(), 0.0);
    EXPECT_EQ(entries[1]["method"], "GET");
    EXPECT_EQ(entries[1]["path"], "/nowhere");
    EXPECT_EQ(entries[1]["status"], 404);
    // Neither the dossier nor the query (a dossier's name) reaches the log.
    EXPECT_EQ(log.find("APES"), std::string::npos);
    EXPECT_EQ(log.find("name=apes"), std::string::npos);
}

/// A raw TCP connection to the server, for what an HTTP client would not send.
int connect_to(int port) {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(static_cast<std::uint16_t>(port));
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

TEST(Serve, MalformedTruncatedOversizedAndSlowRequestsLeaveItAnsweringInBoundedMemory) {
    Server server({"--threads", "4", "--timeout", "2", "--max-body", "1M"});
    auto c = server.client();
    ASSERT_TRUE(c.Get("/healthz"));
    const long rss_before = server.rss_kib();
    const std::string dossier = apes();
    const std::vector<std::string> garbage{
        "GARBAGE\r\n\r\n",
        "GET / HTTP/9.9\r\n\r\n",
        "POST /v1/check HTTP/1.1\r\nContent-Length: 99999999999999999999\r\n\r\n{",
        "POST /v1/check HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: "
        "50\r\n\r\n{\"delib",
        "GET /" + std::string(20000, 'a') + " HTTP/1.1\r\n\r\n",
        "GET / HTTP/1.1\r\nX: " + std::string(20000, 'b') + "\r\n\r\n",
        "POST /v1/check HTTP/1.1\r\nContent-Type: application/json\r\nTransfer-Encoding: "
        "chunked\r\n\r\nzz\r\n",
        "POST /v1/check HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: " +
            std::to_string(dossier.size() / 2) + "\r\n\r\n" + dossier.substr(0, dossier.size() / 2),
    };
    // 2 000 bad requests, each on its own connection, closed at once.
    for (int i = 0; i < 2000; ++i) {
        const int fd = connect_to(server.port());
        ASSERT_GE(fd, 0);
        const std::string& g = garbage[static_cast<std::size_t>(i) % garbage.size()];
        (void)::send(fd, g.data(), g.size(), MSG_NOSIGNAL);
        ::shutdown(fd, SHUT_WR);
        char buf[256];
        while (::recv(fd, buf, sizeof buf, 0) > 0) {
        }
        ::close(fd);
    }
    // Three slow clients hold a thread each, sending half a request line; the fourth thread
    // still answers, and their connections are dropped after --timeout.
    std::vector<int> slow;
    for (int i = 0; i < 3; ++i) {
        slow.push_back(connect_to(server.port()));
        (void)::send(slow.back(), "GET /heal", 9, MSG_NOSIGNAL);
    }
    const auto t0 = std::chrono::steady_clock::now();
    const auto health = c.Get("/healthz");
    ASSERT_TRUE(health);
    EXPECT_EQ(health->status, 200);
    EXPECT_LT(std::chrono::steady_clock::now() - t0, std::chrono::seconds(2));
    for (const int fd : slow) { // closed by the server after --timeout, never answered 200
        std::string answer;
        char buf[256];
        for (ssize_t n; (n = ::recv(fd, buf, sizeof buf, 0)) > 0;)
            answer.append(buf, static_cast<std::size_t>(n));
        EXPECT_EQ(answer.find("200 OK"), std::string::npos) << answer;
        ::close(fd);
    }
    // Still correct: the seed's report as the command line gives it.
    const auto r = c.Post("/v1/check?name=apes-2023", dossier, "application/json");
    ASSERT_TRUE(r);
    EXPECT_EQ(r->body + "\n", run("check --example apes-2023 --format json").out);
    const long rss_after = server.rss_kib();
    EXPECT_LT(rss_after - rss_before, 64 * 1024) << rss_before << " → " << rss_after << " KiB";
    EXPECT_EQ(server.stop(), 0);
}

TEST(Serve, SigtermLetsTheRequestInFlightFinish) {
    Server server;
    auto c = server.client();
    const std::string csv = file(std::string(SUBVENTION_TEST_DATA_DIR) +
                                 "/scdl/subventions/2.1.1/exemples/exemple_valide.csv");
    const auto header_end = csv.find('\n') + 1;
    bool signalled = false;
    // One kept-alive connection, already served once: the request below is surely accepted
    // before the signal. Its body is sent in two chunks; SIGTERM goes between them, while the
    // server reads it.
    c.set_keep_alive(true);
    ASSERT_TRUE(c.Get("/healthz"));
    const auto r = c.Post(
        "/v1/scdl/validate",
        [&](std::size_t, httplib::DataSink& sink) {
            if (!signalled) {
                sink.write(csv.data(), header_end);
                std::this_thread::sleep_for(std::chrono::milliseconds(300));
                ::kill(server.pid(), SIGTERM);
                std::this_thread::sleep_for(std::chrono::milliseconds(300));
                signalled = true;
                return true;
            }
            sink.write(csv.data() + header_end, csv.size() - header_end);
            sink.done();
            return true;
        },
        "text/csv");
    ASSERT_TRUE(r) << httplib::to_string(r.error());
    EXPECT_EQ(r->status, 200);
    EXPECT_EQ(body(r)["summary"]["valid"], true) << r->body;
    EXPECT_EQ(server.wait(), 0);
    EXPECT_NE(server.log().find("arrêté"), std::string::npos);
    // No connection after the stop.
    EXPECT_FALSE(server.client().Get("/healthz"));
}

TEST(Serve, ListenAddressIsCheckedAndABusyPortIsAnError) {
    EXPECT_EQ(run("serve --listen localhost").status, 2);
    EXPECT_EQ(run("serve --listen 127.0.0.1:99999").status, 2);
    Server first;
    EXPECT_EQ(run("serve --listen 127.0.0.1:" + std::to_string(first.port())).status, 2);
}

} // namespace test_cli_serve_test
