// SPDX-License-Identifier: Apache-2.0
// Throughput of SCDL validation on a generated file of 10^6 valid subventions 2.1.1 rows held
// in memory, against the memory-bound limit measured in the same binary: counting the newlines
// of the same buffer. Also the CSV reader alone (records and fields, no checks), so the
// validator's own cost is visible. Figures are bytes/s; the ratio validate / newline count is
// the figure to watch (aim: at least 1/3).
#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include <benchmark/benchmark.h>

#include <subvention/io/csv.hpp>
#include <subvention/io/scdl.hpp>

#include "support/scdl_generator.hpp"

namespace {

/// 10^6 rows; the CTest smoke run (a Debug build, only proving the benchmark runs) sets
/// SUBVENTION_BENCH_SMOKE to use 10^4 rows.
std::uint64_t row_count() {
    static const std::uint64_t n =
        std::getenv("SUBVENTION_BENCH_SMOKE") != nullptr ? 10'000 : 1'000'000;
    return n;
}

const std::string& file() {
    static const std::string f = subvention::testing::generate_scdl_subventions(row_count());
    return f;
}

void BM_NewlineCountBaseline(benchmark::State& state) {
    const std::string& f = file();
    for (auto _ : state) {
        auto n = std::count(f.begin(), f.end(), '\n');
        benchmark::DoNotOptimize(n);
        if (static_cast<std::uint64_t>(n) != row_count() + 1)
            state.SkipWithError("unexpected line count");
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                            static_cast<std::int64_t>(f.size()));
}
BENCHMARK(BM_NewlineCountBaseline)->Unit(benchmark::kMillisecond);

void BM_CsvReaderOnly(benchmark::State& state) {
    const std::string& f = file();
    for (auto _ : state) {
        subvention::io::csv::Reader r{std::string_view(f)};
        subvention::io::csv::Record rec;
        std::uint64_t fields = 0;
        while (r.next(rec))
            fields += rec.fields.size();
        benchmark::DoNotOptimize(fields);
        if (fields != 16 * (row_count() + 1))
            state.SkipWithError("unexpected field count");
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                            static_cast<std::int64_t>(f.size()));
}
BENCHMARK(BM_CsvReaderOnly)->Unit(benchmark::kMillisecond);

void BM_ValidateSubventions(benchmark::State& state) {
    const std::string& f = file();
    for (auto _ : state) {
        std::uint64_t findings = 0;
        const auto summary = subvention::io::scdl::validate(
            std::string_view(f), subvention::io::scdl::ValidateOptions{},
            [&findings](const subvention::io::scdl::Finding&) { ++findings; });
        benchmark::DoNotOptimize(summary);
        if (findings != 0 || !summary.valid || summary.rows != row_count())
            state.SkipWithError("the generated file must validate");
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                            static_cast<std::int64_t>(f.size()));
}
BENCHMARK(BM_ValidateSubventions)->Unit(benchmark::kMillisecond);

} // namespace
