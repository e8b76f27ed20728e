// SPDX-License-Identifier: Apache-2.0
// Benchmark of text::extract (text → dossier) on the seed text repeated to about 10 MB, read
// against BM_baseline_count_lines (a scan for newlines over the same buffer) in the same
// binary, so the figure to report is the ratio of the two throughputs (bytes/s).
//   cmake --preset release && cmake --build --preset release --target extract_bench
//   ./build/release/tests/extract_bench
// The repeated text holds 3 documents followed by copies (each reported once as
// EXTRACT-DOCUMENT-REPEATED): the whole buffer is normalised and split, the first
// deliberation, rapport and convention are read. BM_extract_seed is the seed alone (~30 kB).
#include <algorithm>
#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>

#include <benchmark/benchmark.h>

#include <subvention/text/extract.hpp>

namespace {

/// The seed text shipped with the tests.
std::string seed_path() {
    return std::string(SUBVENTION_TEST_DATA_DIR) + "/text/apes_2023.txt";
}

const std::string& seed() {
    static const std::string text = [] {
        std::ifstream in(seed_path(), std::ios::binary);
        std::ostringstream s;
        s << in.rdbuf();
        return s.str();
    }();
    return text;
}

const std::string& ten_megabytes() {
    static const std::string text = [] {
        std::string t;
        t.reserve(10'500'000);
        while (!seed().empty() && t.size() < 10'000'000)
            t += seed() + "\n";
        return t;
    }();
    return text;
}

void set_bytes(benchmark::State& state, const std::string& text) {
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                            static_cast<std::int64_t>(text.size()));
}

void BM_baseline_count_lines(benchmark::State& state) {
    const std::string& text = ten_megabytes();
    if (seed().empty())
        state.SkipWithError("tests/data/text/apes_2023.txt not found");
    for (auto _ : state) {
        auto n = std::count(text.begin(), text.end(), '\n');
        benchmark::DoNotOptimize(n);
    }
    set_bytes(state, text);
}
BENCHMARK(BM_baseline_count_lines)->Unit(benchmark::kMillisecond);

void BM_extract_ten_megabytes(benchmark::State& state) {
    const std::string& text = ten_megabytes();
    for (auto _ : state) {
        auto x = subvention::text::extract(text);
        benchmark::DoNotOptimize(x);
    }
    set_bytes(state, text);
}
BENCHMARK(BM_extract_ten_megabytes)->Unit(benchmark::kMillisecond);

void BM_extract_seed(benchmark::State& state) {
    const std::string& text = seed();
    for (auto _ : state) {
        auto x = subvention::text::extract(text);
        benchmark::DoNotOptimize(x);
    }
    set_bytes(state, text);
}
BENCHMARK(BM_extract_seed)->Unit(benchmark::kMicrosecond);

} // namespace
