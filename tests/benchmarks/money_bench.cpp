// SPDX-License-Identifier: Apache-2.0
// Benchmarks of the money layer. Every figure is read against BM_baseline_copy_* in the same
// binary (copying the input string), so results are ratios independent of the machine.
//   cmake -S . -B build/rel -G Ninja -DCMAKE_BUILD_TYPE=Release && cmake --build build/rel
//   --target money_bench && ./build/rel/tests/money_bench
#include <string>
#include <string_view>

#include <benchmark/benchmark.h>

#include <subvention/money.hpp>
#include <subvention/rate.hpp>
#include <subvention/words.hpp>

namespace {

using subvention::Euros;

const std::string short_amount = "57\u202F000,00\u00A0€";
const std::string long_amount = "1\u202F234\u202F567,89\u00A0€";

void BM_baseline_copy_short(benchmark::State& state) {
    for (auto _ : state) {
        std::string copy = short_amount;
        benchmark::DoNotOptimize(copy);
    }
}
BENCHMARK(BM_baseline_copy_short);

void BM_baseline_copy_long(benchmark::State& state) {
    for (auto _ : state) {
        std::string copy = long_amount;
        benchmark::DoNotOptimize(copy);
    }
}
BENCHMARK(BM_baseline_copy_long);

void BM_parse_57000(benchmark::State& state) {
    for (auto _ : state) {
        auto r = Euros::parse(short_amount);
        benchmark::DoNotOptimize(r);
    }
}
BENCHMARK(BM_parse_57000);

void BM_parse_1234567_89(benchmark::State& state) {
    for (auto _ : state) {
        auto r = Euros::parse(long_amount);
        benchmark::DoNotOptimize(r);
    }
}
BENCHMARK(BM_parse_1234567_89);

void BM_to_string_fr(benchmark::State& state) {
    const Euros x = Euros::from_cents(123'456'789);
    for (auto _ : state) {
        benchmark::DoNotOptimize(x);
        std::string s = x.to_string_fr();
        benchmark::DoNotOptimize(s);
    }
}
BENCHMARK(BM_to_string_fr);

void BM_to_words_fr(benchmark::State& state) {
    const Euros x = Euros::from_cents(20'928'500); // deux cent neuf mille deux cent …
    for (auto _ : state) {
        benchmark::DoNotOptimize(x);
        std::string s = subvention::to_words_fr(x);
        benchmark::DoNotOptimize(s);
    }
}
BENCHMARK(BM_to_words_fr);

void BM_baseline_copy_words(benchmark::State& state) {
    const std::string words = subvention::to_words_fr(Euros::from_cents(20'928'500));
    for (auto _ : state) {
        std::string copy = words;
        benchmark::DoNotOptimize(copy);
    }
}
BENCHMARK(BM_baseline_copy_words);

void BM_parse_words_fr(benchmark::State& state) {
    const std::string words = subvention::to_words_fr(Euros::from_cents(20'928'500));
    for (auto _ : state) {
        auto r = subvention::parse_words_fr(words);
        benchmark::DoNotOptimize(r);
    }
}
BENCHMARK(BM_parse_words_fr);

void BM_apply_rate(benchmark::State& state) {
    const Euros x = Euros::from_cents(5'700'000);
    const subvention::Rate r = subvention::Rate::parse("33,5 %").value();
    for (auto _ : state) {
        benchmark::DoNotOptimize(x);
        Euros y = x.apply(r, subvention::Rounding::half_even);
        benchmark::DoNotOptimize(y);
    }
}
BENCHMARK(BM_apply_rate);

void BM_prorata(benchmark::State& state) {
    const Euros ceiling = Euros::from_cents(5'700'000);
    const Euros actual = Euros::from_cents(4'000'033);
    const Euros planned = Euros::from_cents(5'000'000);
    for (auto _ : state) {
        benchmark::DoNotOptimize(ceiling);
        Euros y = subvention::prorata(ceiling, actual, planned, subvention::Rounding::half_even);
        benchmark::DoNotOptimize(y);
    }
}
BENCHMARK(BM_prorata);

} // namespace
