// SPDX-License-Identifier: Apache-2.0
// Benchmarks for <subvention/identifiers.hpp>. Each parse is measured against a trivial baseline
// in the same binary (copying the input into a std::string, what any caller storing the raw text
// already pays), so the figures read as ratios. Figures come from a Release build.
#include <string>
#include <string_view>

#include <benchmark/benchmark.h>

#include <subvention/identifiers.hpp>

namespace {

using namespace subvention;

constexpr std::string_view siret_text = "440 672 020 00037"; // seed, SEED-07
constexpr std::string_view siret_bad = "440 672 020 00038";  // Luhn fails
constexpr std::string_view iban_text =
    "FR76 3000 6000 0112 3456 7890 189"; // docs/legal-reference.md ID-IBAN
constexpr std::string_view iban_bad = "FR76 3000 6000 0112 3456 7890 188"; // mod 97 fails

void BM_Baseline_CopySiretInput(benchmark::State& state) {
    for (auto _ : state) {
        std::string copy(siret_text);
        benchmark::DoNotOptimize(copy);
    }
}
BENCHMARK(BM_Baseline_CopySiretInput);

void BM_Siret_Parse(benchmark::State& state) {
    for (auto _ : state) {
        auto r = Siret::parse(siret_text);
        benchmark::DoNotOptimize(r);
    }
}
BENCHMARK(BM_Siret_Parse);

void BM_Siret_ParseInvalid(benchmark::State& state) {
    for (auto _ : state) {
        auto r = Siret::parse(siret_bad); // builds the French error message
        benchmark::DoNotOptimize(r);
    }
}
BENCHMARK(BM_Siret_ParseInvalid);

void BM_ClassifyBusinessId(benchmark::State& state) {
    for (auto _ : state) {
        auto k = classify_business_id(siret_text);
        benchmark::DoNotOptimize(k);
    }
}
BENCHMARK(BM_ClassifyBusinessId);

void BM_Baseline_CopyIbanInput(benchmark::State& state) {
    for (auto _ : state) {
        std::string copy(iban_text);
        benchmark::DoNotOptimize(copy);
    }
}
BENCHMARK(BM_Baseline_CopyIbanInput);

void BM_Iban_Parse(benchmark::State& state) {
    for (auto _ : state) {
        auto r = Iban::parse(iban_text); // mod 97 and clé RIB
        benchmark::DoNotOptimize(r);
    }
}
BENCHMARK(BM_Iban_Parse);

void BM_Iban_ParseInvalid(benchmark::State& state) {
    for (auto _ : state) {
        auto r = Iban::parse(iban_bad);
        benchmark::DoNotOptimize(r);
    }
}
BENCHMARK(BM_Iban_ParseInvalid);

void BM_Iban_Formatted(benchmark::State& state) {
    const auto iban = Iban::parse(iban_text).value();
    for (auto _ : state) {
        auto s = iban.formatted();
        benchmark::DoNotOptimize(s);
    }
}
BENCHMARK(BM_Iban_Formatted);

} // namespace
