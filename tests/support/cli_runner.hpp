// SPDX-License-Identifier: Apache-2.0
// Test support: runs the built `subvention` program and parses its JSON Lines output.
#pragma once

#include <array>
#include <cstdio>
#include <string>
#include <sys/wait.h>
#include <vector>

#include <nlohmann/json.hpp>

namespace subvention::testing {

/// The JSON lines of a program's output (one document per non-empty line).
[[nodiscard]] inline std::vector<nlohmann::ordered_json> json_lines(const std::string& out) {
    std::vector<nlohmann::ordered_json> v;
    std::size_t pos = 0;
    while (pos < out.size()) {
        const auto nl = out.find('\n', pos);
        const auto line = out.substr(pos, nl - pos);
        if (!line.empty())
            v.push_back(nlohmann::ordered_json::parse(line));
        if (nl == std::string::npos)
            break;
        pos = nl + 1;
    }
    return v;
}

struct CliRun {
    int status = -1;
    std::string out;
    [[nodiscard]] std::vector<nlohmann::ordered_json> lines() const { return json_lines(out); }
};

// Runs `subvention ARGS` through the shell (optionally fed by `printf STDIN |`).
inline CliRun run(const std::string& args, const std::string& stdin_printf = "") {
    std::string cmd;
    if (!stdin_printf.empty())
        cmd = "printf '" + stdin_printf + "' | ";
    cmd += std::string(SUBVENTION_CLI_PATH) + " " + args + " 2>/dev/null";
    CliRun r;
    FILE* p = popen(cmd.c_str(), "r");
    if (p == nullptr)
        return r;
    std::array<char, 4096> buf{};
    std::size_t n = 0;
    while ((n = fread(buf.data(), 1, buf.size(), p)) > 0)
        r.out.append(buf.data(), n);
    const int st = pclose(p);
    r.status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
    return r;
}

inline std::vector<std::string> keys(const nlohmann::ordered_json& j) {
    std::vector<std::string> k;
    for (const auto& [key, _] : j.items())
        k.push_back(key);
    return k;
}

} // namespace subvention::testing
