// SPDX-License-Identifier: Apache-2.0
// `subvention serve` (server.hpp): each endpoint is a request of src/api, so the server answers
// what the command line prints; HTTP adds the media types, the status codes and RFC 9457
// problem documents, the limits, the access log and the graceful stop.
#include "server.hpp"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <httplib.h>
#include <mutex>
#include <ostream>
#include <pthread.h>
#include <string_view>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

#include <subvention/version.hpp>

#include "api/contract.hpp"
#include "api/requests.hpp"
#include "server/resources.hpp"

namespace subvention::server {
namespace {

using api::Json;
using httplib::Request;
using httplib::Response;

/// An RFC 9457 problem document: `type` a URN per kind, `field` and `value` as the library's
/// errors give them.
void problem(Response& res, int status, std::string_view kind, std::string_view detail,
             std::string_view field = {}, std::string_view value = {}) {
    const std::string_view title = status == 400   ? "Requête mal formée"
                                   : status == 404 ? "Ressource inconnue"
                                   : status == 405 ? "Méthode non admise"
                                   : status == 413 ? "Requête trop grande"
                                   : status == 415 ? "Type de contenu non pris en charge"
                                   : status == 422 ? "Requête refusée"
                                   : status == 503 ? "Service indisponible"
                                                   : "Erreur interne";
    Json j{{"type", "urn:subvention:problem:" + std::string(kind)},
           {"title", title},
           {"status", status},
           {"detail", detail}};
    if (!field.empty())
        j["field"] = field;
    if (!field.empty() || !value.empty())
        j["value"] = value;
    res.status = status;
    res.set_content(api::dump_line(j), "application/problem+json");
}

/// An answer of src/api as an HTTP response: 200 for an answer (`X-Subvention-Outcome: ok` or
/// `findings`, the command line's exit status 0 or 1), a problem otherwise.
void reply(Response& res, const api::Answer& a) {
    using api::Outcome;
    if (a.outcome == Outcome::ok || a.outcome == Outcome::findings) {
        res.status = 200;
        res.set_header("X-Subvention-Outcome", a.outcome == Outcome::ok ? "ok" : "findings");
        res.set_content(a.json, "application/json");
        return;
    }
    const int status = a.outcome == Outcome::malformed     ? 400
                       : a.outcome == Outcome::invalid     ? 422
                       : a.outcome == Outcome::too_large   ? 413
                       : a.outcome == Outcome::unavailable ? 503
                                                           : 500;
    const Json j = Json::parse(a.json, nullptr, false);
    if (j.is_discarded() || !j.contains("error")) {
        problem(res, 500, "internal", "réponse de la bibliothèque illisible");
        return;
    }
    const Json& e = j["error"];
    problem(res, status, e.value("kind", "internal"), e.value("message", ""), e.value("field", ""),
            e.value("value", ""));
}

/// The query parameters as the options object of a request: `lists` are comma-separated
/// arrays, `flags` booleans and `integers` numbers when they read as such (otherwise the
/// request refuses them with the option's name); `severity=RULE=level`, repeatable, fills
/// `severities`. A parameter given twice is refused; an unknown one is left for the request
/// to refuse with the list of options.
bool query_options(const Request& req, Response& res, Json& out,
                   std::initializer_list<std::string_view> lists = {},
                   std::initializer_list<std::string_view> flags = {},
                   std::initializer_list<std::string_view> integers = {}) {
    out = Json::object();
    const auto in = [](std::initializer_list<std::string_view> set, std::string_view key) {
        return std::find(set.begin(), set.end(), key) != set.end();
    };
    for (const auto& [key, value] : req.params) {
        if (key == "severity") {
            const auto eq = value.find('=');
            out["severities"][value.substr(0, eq)] =
                eq == std::string::npos ? std::string() : value.substr(eq + 1);
            continue;
        }
        if (out.contains(key)) {
            problem(res, 422, "invalid", "paramètre donné deux fois", "query." + key, value);
            return false;
        }
        if (in(lists, key)) {
            Json list = Json::array();
            std::size_t start = 0;
            while (start <= value.size()) {
                const auto comma = std::min(value.find(',', start), value.size());
                if (comma > start)
                    list.push_back(value.substr(start, comma - start));
                start = comma + 1;
            }
            out[key] = std::move(list);
        } else if (in(flags, key) && (value == "true" || value == "false")) {
            out[key] = value == "true";
        } else if (in(integers, key) && !value.empty() && value.size() <= 9 &&
                   std::all_of(value.begin(), value.end(),
                               [](char c) { return c >= '0' && c <= '9'; })) {
            out[key] = std::stoll(value);
        } else {
            out[key] = value;
        }
    }
    return true;
}

/// The body must be JSON (`application/json`, any parameters).
bool json_body(const Request& req, Response& res) {
    const std::string type = req.get_header_value("Content-Type");
    const std::string_view media = std::string_view(type).substr(0, type.find(';'));
    if (media == "application/json")
        return true;
    problem(res, 415, "unsupported_media_type",
            "le corps de cette requête est du JSON (Content-Type: application/json)",
            "Content-Type", type);
    return false;
}

/// When the request this thread serves began (for the access log).
thread_local std::chrono::steady_clock::time_point request_start;

std::string utc_now() {
    const std::time_t t = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

/// A file removed when it goes out of scope: a streamed request body.
class TemporaryFile {
public:
    TemporaryFile() {
        std::string pattern =
            (std::filesystem::temp_directory_path() / "subvention-serve-XXXXXX").string();
        fd_ = mkstemp(pattern.data());
        if (fd_ >= 0)
            path_ = pattern;
    }
    TemporaryFile(const TemporaryFile&) = delete;
    TemporaryFile& operator=(const TemporaryFile&) = delete;
    ~TemporaryFile() {
        if (fd_ >= 0)
            ::close(fd_);
        if (!path_.empty())
            ::unlink(path_.c_str());
    }
    [[nodiscard]] bool ok() const noexcept { return fd_ >= 0; }
    [[nodiscard]] const std::string& path() const noexcept { return path_; }
    bool write(const char* data, std::size_t size) {
        while (size > 0) {
            const auto n = ::write(fd_, data, size);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                return false;
            data += n;
            size -= static_cast<std::size_t>(n);
        }
        return true;
    }

private:
    int fd_ = -1;
    std::string path_;
};

void routes(httplib::Server& svr) {
    svr.Get("/healthz", [](const Request&, Response& res) {
        res.set_content(api::dump_line(Json{{"status", "ok"}, {"version", version_string}}),
                        "application/json");
    });
    svr.Get("/openapi.json", [](const Request&, Response& res) {
        res.set_content(std::string(openapi_document()), "application/json");
    });
    svr.Get("/", [](const Request&, Response& res) {
        res.set_header("Content-Security-Policy",
                       "default-src 'self'; style-src 'self' 'unsafe-inline'; "
                       "script-src 'self' 'unsafe-inline'");
        res.set_content(std::string(page_html()), "text/html; charset=utf-8");
    });

    svr.Post("/v1/check", [](const Request& req, Response& res) {
        Json options;
        if (!json_body(req, res) ||
            !query_options(req, res, options, {"rules", "disable"},
                           {"cpc642", "operating_year_retroactivity"}, {"members_in_office"}))
            return;
        reply(res, api::check(req.body, options.dump()));
    });
    svr.Post("/v1/check-text", [](const Request& req, Response& res) {
        Json options;
        if (!query_options(req, res, options, {"rules", "disable"},
                           {"cpc642", "operating_year_retroactivity"}, {"members_in_office"}))
            return;
        reply(res, api::check_text(req.body, options.dump()));
    });
    svr.Post("/v1/extract", [](const Request& req, Response& res) {
        Json options;
        if (!query_options(req, res, options))
            return;
        reply(res, api::extract(req.body, options.dump()));
    });
    svr.Post("/v1/ids", [](const Request& req, Response& res) {
        if (!json_body(req, res))
            return;
        if (!req.has_param("kind")) {
            problem(res, 422, "invalid", "le type d'identifiant est requis (?kind=siret)",
                    "query.kind");
            return;
        }
        reply(res, api::validate_ids(req.get_param_value("kind"), req.body));
    });
    svr.Post("/v1/amounts/parse", [](const Request& req, Response& res) {
        if (!json_body(req, res))
            return;
        reply(res, api::parse_amounts(req.body));
    });
    svr.Post("/v1/deadlines", [](const Request& req, Response& res) {
        if (!json_body(req, res))
            return;
        reply(res, api::deadline(req.body));
    });
    svr.Post("/v1/settle", [](const Request& req, Response& res) {
        if (!json_body(req, res))
            return;
        reply(res, api::settle(req.body));
    });
    svr.Post("/v1/deminimis", [](const Request& req, Response& res) {
        Json options;
        if (!query_options(req, res, options, {}, {"sieg", "transition"}, {"fiscal_year_start"}))
            return;
        reply(res, api::deminimis(req.body, options.dump()));
    });
    svr.Post("/v1/scdl/export", [](const Request& req, Response& res) {
        if (!json_body(req, res))
            return;
        reply(res, api::scdl_export(req.body));
    });
    svr.Get("/v1/holidays", [](const Request& req, Response& res) {
        Json options;
        if (!query_options(req, res, options, {}, {}, {"year"}))
            return;
        reply(res, api::holidays(options.dump()));
    });
    svr.Get("/v1/rules", [](const Request&, Response& res) { reply(res, api::rules("")); });
    svr.Get(R"(/v1/rules/([^/]+))", [](const Request& req, Response& res) {
        const api::Answer all = api::rules("");
        const Json list = Json::parse(all.json, nullptr, false);
        const std::string id = req.matches[1];
        if (list.is_array())
            for (const auto& r : list)
                if (r.value("rule", "") == id) {
                    res.set_content(api::dump_line(r), "application/json");
                    return;
                }
        problem(res, 404, "not_found", "règle inconnue (GET /v1/rules les liste)", "rule", id);
    });
    // The CSV is streamed to a temporary file as it arrives: the server's memory does not grow
    // with the file (the body limit bounds the disk).
    svr.Post("/v1/scdl/validate",
             [](const Request& req, Response& res, const httplib::ContentReader& read) {
                 Json options;
                 if (!query_options(req, res, options, {}, {"lenient"}, {"max_findings"}))
                     return;
                 std::string name = "corps de la requête";
                 if (options.contains("name")) {
                     name = options["name"].is_string() ? options["name"].get<std::string>()
                                                        : options["name"].dump();
                     options.erase("name");
                 }
                 TemporaryFile body;
                 if (!body.ok()) {
                     problem(res, 503, "unavailable", "fichier temporaire impossible à créer");
                     return;
                 }
                 bool written = true;
                 read([&](const char* data, std::size_t size) {
                     written = written && body.write(data, size);
                     return written;
                 });
                 if (!written) {
                     problem(res, 503, "unavailable", "corps de la requête impossible à écrire");
                     return;
                 }
                 std::ifstream in(body.path(), std::ios::binary);
                 reply(res, api::scdl_validate(in, name, options.dump()));
             });
}

} // namespace

int serve(const Options& options, std::ostream& out, std::ostream& log) {
    httplib::Server svr;
    // A kept-alive connection holds its thread between requests: more threads than cores, so
    // that a few idle browsers do not make the next client wait for their keep-alive timeout.
    const unsigned threads = options.threads != 0
                                 ? options.threads
                                 : std::max(8U, 2 * std::thread::hardware_concurrency());
    svr.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
    svr.set_payload_max_length(options.max_body);
    svr.set_read_timeout(options.timeout);
    svr.set_write_timeout(options.timeout);
    // Headers and body go out in separate writes: without TCP_NODELAY, Nagle's algorithm and
    // the client's delayed ACK hold every answer 40 ms.
    svr.set_tcp_nodelay(true);
    svr.set_keep_alive_max_count(100);
    svr.set_keep_alive_timeout(5);
    // SO_REUSEADDR only: httplib's default adds SO_REUSEPORT, with which a second server would
    // silently share a port already served instead of failing.
    svr.set_socket_options([](int sock) {
        int yes = 1;
        ::setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    });
    routes(svr);
    // Statuses httplib answers itself (404, 413, 400…) get a problem document too.
    svr.set_error_handler([](const Request&, Response& res) {
        if (!res.body.empty())
            return;
        if (res.status == 404)
            problem(res, 404, "not_found", "aucune ressource à cette adresse (GET /openapi.json)");
        else if (res.status == 413)
            problem(res, 413, "too_large", "corps de la requête trop grand (--max-body)");
        else if (res.status == 400)
            problem(res, 400, "malformed", "requête HTTP mal formée");
        else
            problem(res, res.status, "http", "erreur HTTP " + std::to_string(res.status));
    });
    svr.set_exception_handler([](const Request&, Response& res, std::exception_ptr) {
        problem(res, 500, "internal", "erreur interne");
    });
    svr.set_pre_routing_handler([](const Request&, Response&) {
        request_start = std::chrono::steady_clock::now();
        return httplib::Server::HandlerResponse::Unhandled;
    });
    std::mutex log_mutex;
    svr.set_logger([&log, &log_mutex](const Request& req, const Response& res) {
        const auto us = std::chrono::duration_cast<std::chrono::microseconds>(
                            std::chrono::steady_clock::now() - request_start)
                            .count();
        Json line{{"time", utc_now()},        {"method", req.method},
                  {"path", req.path},         {"status", res.status},
                  {"bytes", res.body.size()}, {"duration_ms", static_cast<double>(us) / 1000.0}};
        const std::lock_guard lock(log_mutex);
        log << api::dump_line(line) << '\n' << std::flush;
    });

    // SIGTERM and SIGINT are taken by one thread, which stops the server: the threads serving
    // requests never see them, and finish what they are doing.
    sigset_t stop_signals;
    sigemptyset(&stop_signals);
    sigaddset(&stop_signals, SIGTERM);
    sigaddset(&stop_signals, SIGINT);
    pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

    int port = options.port;
    if (port == 0)
        port = svr.bind_to_any_port(options.host);
    else if (!svr.bind_to_port(options.host, port))
        port = -1;
    if (port <= 0) {
        log << "subvention serve : impossible d'écouter sur " << options.host << ':' << options.port
            << " : " << std::strerror(errno) << '\n';
        pthread_sigmask(SIG_UNBLOCK, &stop_signals, nullptr);
        return 2;
    }
    std::atomic<bool> stopping{false};
    std::thread watcher([&svr, &stopping, &stop_signals] {
        int sig = 0;
        sigwait(&stop_signals, &sig);
        stopping = true;
        svr.stop();
    });
    out << "subvention serve : http://" << options.host << ':' << port << "/\n" << std::flush;
    svr.listen_after_bind();
    if (!stopping) // not stopped by a signal: wake the watcher
        pthread_kill(watcher.native_handle(), SIGTERM);
    watcher.join();
    pthread_sigmask(SIG_UNBLOCK, &stop_signals, nullptr);
    log << "subvention serve : arrêté\n" << std::flush;
    return stopping ? 0 : 2;
}

} // namespace subvention::server
