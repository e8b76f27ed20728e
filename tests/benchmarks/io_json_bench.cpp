// SPDX-License-Identifier: Apache-2.0
// Benchmarks of subvention::io JSON dossiers, read against BM_baseline_copy_apes_json (copying
// the JSON text of the APES dossier, ~74 kB) in the same binary, so figures are ratios.
//   cmake --preset release && cmake --build --preset release --target io_json_bench
//   ./build/release/tests/io_json_bench
#include <string>

#include <benchmark/benchmark.h>

#include <subvention/examples/apes_2023.hpp>
#include <subvention/io/json.hpp>

namespace {

const std::string& apes_json() {
    static const std::string text = subvention::io::to_json(subvention::examples::apes_2023());
    return text;
}

void BM_baseline_copy_apes_json(benchmark::State& state) {
    const std::string& text = apes_json();
    for (auto _ : state) {
        std::string copy = text;
        benchmark::DoNotOptimize(copy);
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                            static_cast<std::int64_t>(text.size()));
}
BENCHMARK(BM_baseline_copy_apes_json);

void BM_load_apes_json(benchmark::State& state) {
    const std::string& text = apes_json();
    for (auto _ : state) {
        auto d = subvention::io::dossier_from_json(text);
        benchmark::DoNotOptimize(d);
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                            static_cast<std::int64_t>(text.size()));
}
BENCHMARK(BM_load_apes_json);

void BM_write_apes_json(benchmark::State& state) {
    const auto d = subvention::examples::apes_2023();
    for (auto _ : state) {
        auto text = subvention::io::to_json(d);
        benchmark::DoNotOptimize(text);
    }
}
BENCHMARK(BM_write_apes_json);

// Reference point: building the dossier in code (examples::apes_2023, parsers included).
void BM_build_apes_in_code(benchmark::State& state) {
    for (auto _ : state) {
        auto d = subvention::examples::apes_2023();
        benchmark::DoNotOptimize(d);
    }
}
BENCHMARK(BM_build_apes_in_code);

} // namespace
