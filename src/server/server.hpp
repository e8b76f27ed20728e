// SPDX-License-Identifier: Apache-2.0
// `subvention serve`: the JSON requests of src/api over HTTP/1.1 (cpp-httplib), the OpenAPI
// document that describes them, and the page for the people who check conventions.
#pragma once

#include <chrono>
#include <cstddef>
#include <iosfwd>
#include <string>

namespace subvention::server {

struct Options {
    std::string host = "127.0.0.1"; ///< loopback unless chosen otherwise
    int port = 8080;                ///< 0: a free port, printed when listening
    unsigned threads = 0;           ///< connections served at once (0: twice the cores, at least 8)
    std::size_t max_body = std::size_t{64} << 20; ///< bytes of a request body
    std::chrono::seconds timeout{30};             ///< to read or write a request
};

/// Serves until SIGTERM or SIGINT, then lets the requests in flight finish. Prints
/// « subvention serve : http://HOST:PORT/ » on `out` once listening, one JSON line per request
/// on `log` (method, path, status, bytes, duration; never a request's content). Returns the
/// exit status: 0 after a signal, 2 when the address cannot be bound.
int serve(const Options& options, std::ostream& out, std::ostream& log);

} // namespace subvention::server
