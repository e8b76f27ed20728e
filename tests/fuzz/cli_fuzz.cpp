// SPDX-License-Identifier: Apache-2.0
// Fuzz target for the command line of the `subvention` program: the input is split into
// arguments (one per line) and run through the very code of the program (cli::run), with
// standard input and output on /dev/null. Whatever the arguments, the run returns an exit
// status of 0, 1 or 2 and never crashes. Arguments that would reach outside the sandbox are
// left out: no path with a « / » (so no device, no file outside the working directory) and no
// output file (`-o`), so that a run never writes anything.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "run.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const bool redirected = std::freopen("/dev/null", "r", stdin) != nullptr &&
                                   std::freopen("/dev/null", "w", stdout) != nullptr;
    if (!redirected || size > 4096)
        return 0;
    std::vector<std::string> args{"subvention"};
    std::string_view text(reinterpret_cast<const char*>(data), size);
    while (!text.empty() && args.size() < 24) {
        const auto nl = text.find('\n');
        args.emplace_back(text.substr(0, nl));
        text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
    }
    for (const auto& a : args) {
        const std::string_view v(a);
        if (v.find('/') != std::string_view::npos || v == "-" || v.substr(0, 2) == "-o" ||
            v.substr(0, 4) == "--ou" || v.find('\0') != std::string_view::npos)
            return 0;
    }
    std::vector<const char*> argv;
    for (const auto& a : args)
        argv.push_back(a.c_str());
    const int status = subvention::cli::run(static_cast<int>(argv.size()), argv.data());
    if (status < 0 || status > 2)
        __builtin_trap();
    return 0;
}
