// SPDX-License-Identifier: Apache-2.0
// Progress of long runs on standard error, for a person at a terminal only (see cli.hpp).
#include <chrono>
#include <cstdio>
#include <iostream>
#include <string>
#include <unistd.h>

#include "cli.hpp"

namespace subvention::cli {
namespace {

std::int64_t now_ns() {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

/// « 12 345 » (narrow no-break space between thousands, as the amounts are written).
std::string grouped(std::uint64_t n) {
    std::string digits = std::to_string(n), out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out += "\u202F";
        out += digits[i];
    }
    return out;
}

std::string duration_fr(double seconds) {
    const auto s = static_cast<std::uint64_t>(seconds + 0.5);
    if (s < 60)
        return std::to_string(s) + " s";
    if (s < 3600)
        return std::to_string(s / 60) + " min " + std::to_string(s % 60) + " s";
    return std::to_string(s / 3600) + " h " + std::to_string(s % 3600 / 60) + " min";
}

} // namespace

Progress::Progress(bool quiet, std::string unit, std::uint64_t total)
    : on_(!quiet && isatty(STDERR_FILENO) != 0)
    , unit_(std::move(unit))
    , total_(total)
    , start_ns_(now_ns()) {}

Progress::~Progress() {
    done();
}

void Progress::add(std::uint64_t n) {
    std::lock_guard lock(mutex_);
    done_ += n;
    draw();
}

void Progress::set(std::uint64_t done) {
    std::lock_guard lock(mutex_);
    done_ = done;
    draw();
}

void Progress::draw() {
    if (!on_)
        return;
    const std::int64_t t = now_ns();
    if (t - last_ns_ < 250'000'000 || t - start_ns_ < 500'000'000) // short runs show nothing
        return;
    last_ns_ = t;
    const double elapsed = static_cast<double>(t - start_ns_) / 1e9;
    const double rate = static_cast<double>(done_) / elapsed;
    const bool bytes = unit_ == "octets";
    const auto amount = [bytes, this](std::uint64_t n) {
        return bytes ? grouped(n >> 20) + " Mo" : grouped(n) + " " + unit_;
    };
    std::string line;
    if (total_ > 0)
        line = std::to_string(done_ * 100 / total_) + " % — " + amount(done_) + " sur " +
               amount(total_);
    else
        line = amount(done_);
    line += " — " + (bytes ? grouped(static_cast<std::uint64_t>(rate) >> 20) + " Mo/s"
                           : grouped(static_cast<std::uint64_t>(rate)) + "/s");
    if (total_ > done_ && rate > 0)
        line += " — reste " + duration_fr(static_cast<double>(total_ - done_) / rate);
    // Output waiting for the same terminal goes first; then \r and « erase to the end of the
    // line »: the line is redrawn in place.
    std::cout.flush();
    std::cerr << '\r' << line << "\033[K" << std::flush;
    drawn_ = true;
}

void Progress::clear() {
    std::lock_guard lock(mutex_);
    if (drawn_)
        std::cerr << "\r\033[K" << std::flush;
    drawn_ = false;
}

void Progress::done() {
    clear();
    std::lock_guard lock(mutex_);
    on_ = false;
}

} // namespace subvention::cli
