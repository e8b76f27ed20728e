// SPDX-License-Identifier: Apache-2.0
// Test support: runs a program or a shell line with its standard output and error captured
// separately, its exit status, and the peak memory (resident set) of the process.
#pragma once

#include <cstdio>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

#include "support/sanitizer.hpp"

namespace subvention::testing {

struct ProcessRun {
    int status = -1;       ///< exit status, or -1 when killed by a signal
    int signal = 0;        ///< the signal that ended it, if any
    std::string out;       ///< standard output
    std::string err;       ///< standard error
    long max_rss_kib = -1; ///< peak resident set size of the process, in KiB
};

/// A fresh, empty directory under the system's temporary directory, for one test.
inline std::filesystem::path scratch_dir(const std::string& name) {
    const auto dir = std::filesystem::temp_directory_path() /
                     ("subvention-test-" + name + "-" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
}

inline std::string slurp(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return std::move(s).str();
}

inline void write_file(const std::filesystem::path& p, const std::string& content) {
    std::ofstream out(p, std::ios::binary);
    out << content;
}

/// Runs `argv` (no shell) with standard input from `stdin_path`, optionally under a limit of
/// `max_address_space` bytes of virtual memory (RLIMIT_AS; 0: none).
inline ProcessRun run_process(const std::vector<std::string>& argv,
                              const std::string& stdin_path = "/dev/null",
                              unsigned long long max_address_space = 0) {
    const auto dir = scratch_dir("process");
    const auto out_path = dir / "stdout";
    const auto err_path = dir / "stderr";
    ProcessRun r;
    const pid_t pid = ::fork();
    if (pid == 0) {
        const int in = ::open(stdin_path.c_str(), O_RDONLY);
        const int out = ::open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        const int err = ::open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        if (in < 0 || out < 0 || err < 0)
            ::_exit(127);
        ::dup2(in, 0);
        ::dup2(out, 1);
        ::dup2(err, 2);
        if (max_address_space != 0) {
            const rlimit lim{max_address_space, max_address_space};
            ::setrlimit(RLIMIT_AS, &lim);
        }
        std::vector<char*> args;
        for (const auto& a : argv)
            args.push_back(const_cast<char*>(a.c_str()));
        args.push_back(nullptr);
        ::execv(args[0], args.data());
        ::_exit(127);
    }
    int st = 0;
    rusage usage{};
    ::wait4(pid, &st, 0, &usage);
    r.status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
    r.signal = WIFSIGNALED(st) ? WTERMSIG(st) : 0;
    r.max_rss_kib = usage.ru_maxrss;
    r.out = slurp(out_path);
    r.err = slurp(err_path);
    std::filesystem::remove_all(dir);
    return r;
}

/// Runs a shell line (`/bin/sh -c`), for redirections such as `> /dev/full` or `>&-`.
inline ProcessRun run_shell(const std::string& line) {
    return run_process({"/bin/sh", "-c", line});
}

} // namespace subvention::testing
