// SPDX-License-Identifier: Apache-2.0
// Checking the APES 2023 dossier (all rules), and loading + checking its JSON, each against a
// baseline in the same binary: copying the dossier, and copying its JSON text.
#include <string>

#include <benchmark/benchmark.h>

#include <subvention/compliance/checker.hpp>
#include <subvention/examples/apes_2023.hpp>
#include <subvention/io/json.hpp>

namespace {

const subvention::Dossier& apes() {
    static const subvention::Dossier d = subvention::examples::apes_2023();
    return d;
}

const std::string& apes_json() {
    static const std::string j = subvention::io::to_json(apes());
    return j;
}

void BM_Baseline_CopyDossier(benchmark::State& state) {
    for (auto _ : state) {
        subvention::Dossier copy = apes();
        benchmark::DoNotOptimize(copy);
    }
}
BENCHMARK(BM_Baseline_CopyDossier);

void BM_CheckAllRules(benchmark::State& state) {
    for (auto _ : state) {
        auto report = subvention::compliance::check(apes());
        benchmark::DoNotOptimize(report);
    }
}
BENCHMARK(BM_CheckAllRules);

void BM_Baseline_CopyJson(benchmark::State& state) {
    for (auto _ : state) {
        std::string copy = apes_json();
        benchmark::DoNotOptimize(copy);
    }
}
BENCHMARK(BM_Baseline_CopyJson);

void BM_LoadJson(benchmark::State& state) {
    for (auto _ : state) {
        auto d = subvention::io::dossier_from_json(apes_json());
        benchmark::DoNotOptimize(d);
    }
}
BENCHMARK(BM_LoadJson);

void BM_LoadJsonAndCheck(benchmark::State& state) {
    for (auto _ : state) {
        auto d = subvention::io::dossier_from_json(apes_json());
        auto report = subvention::compliance::check(d.value());
        benchmark::DoNotOptimize(report);
    }
}
BENCHMARK(BM_LoadJsonAndCheck);

} // namespace
