// SPDX-License-Identifier: Apache-2.0
// Benchmarks for deadline.hpp. Figures are meaningful as ratios to the baselines in this binary
// (copying a Date, Boost's own day addition), from a Release build:
//   cmake -S . -B build/rel -G Ninja -DCMAKE_BUILD_TYPE=Release && cmake --build build/rel
//   --target deadline_bench && ./build/rel/tests/deadline_bench
#include <cstddef>
#include <vector>

#include <benchmark/benchmark.h>

#include <subvention/deadline.hpp>

namespace {

using namespace subvention;

// 1024 consecutive start dates from 01/01/2020, so month ends, weekends and holidays all occur.
const std::vector<Date>& starts() {
    static const std::vector<Date> dates = [] {
        std::vector<Date> v;
        v.reserve(1024);
        Date d(2020, 1, 1);
        for (int i = 0; i < 1024; ++i, d += boost::gregorian::date_duration(1))
            v.push_back(d);
        return v;
    }();
    return dates;
}

void BM_Baseline_CopyDate(benchmark::State& state) {
    const auto& v = starts();
    std::size_t i = 0;
    for (auto _ : state) {
        Date copy = v[i++ & 1023U];
        benchmark::DoNotOptimize(copy);
    }
}
BENCHMARK(BM_Baseline_CopyDate);

void BM_Baseline_BoostAddDays(benchmark::State& state) {
    const auto& v = starts();
    std::size_t i = 0;
    for (auto _ : state) {
        Date r = v[i++ & 1023U] + boost::gregorian::date_duration(15);
        benchmark::DoNotOptimize(r);
    }
}
BENCHMARK(BM_Baseline_BoostAddDays);

void BM_AddDays(benchmark::State& state) {
    const auto& v = starts();
    std::size_t i = 0;
    for (auto _ : state) {
        Date r = add_days(v[i++ & 1023U], Days(15));
        benchmark::DoNotOptimize(r);
    }
}
BENCHMARK(BM_AddDays);

// Boost's snapping month addition, for scale only (wrong for deadlines: CPC art. 641).
void BM_Baseline_BoostMonthsSnapping(benchmark::State& state) {
    const auto& v = starts();
    std::size_t i = 0;
    for (auto _ : state) {
        Date r = v[i++ & 1023U] + boost::gregorian::months(6);
        benchmark::DoNotOptimize(r);
    }
}
BENCHMARK(BM_Baseline_BoostMonthsSnapping);

void BM_AddMonths(benchmark::State& state) {
    const auto& v = starts();
    std::size_t i = 0;
    for (auto _ : state) {
        Date r = add_months(v[i++ & 1023U], Months(6));
        benchmark::DoNotOptimize(r);
    }
}
BENCHMARK(BM_AddMonths);

// compute() on the compte rendu financier rule: no extension, reasons built on month-end clamps
// and non-working last days.
void BM_ComputeCompteRendu(benchmark::State& state) {
    const auto& v = starts();
    std::size_t i = 0;
    for (auto _ : state) {
        Deadline d = compute(deadlines::compte_rendu_financier, v[i++ & 1023U]);
        benchmark::DoNotOptimize(d);
    }
}
BENCHMARK(BM_ComputeCompteRendu);

// compute() on the contentious appeal: 2 months, franc, holiday/weekend extension (CPC 642).
void BM_ComputeAppealWithHolidayExtension(benchmark::State& state) {
    const auto& v = starts();
    std::size_t i = 0;
    for (auto _ : state) {
        Deadline d = compute(deadlines::recours_contentieux, v[i++ & 1023U]);
        benchmark::DoNotOptimize(d);
    }
}
BENCHMARK(BM_ComputeAppealWithHolidayExtension);

// The calendar step alone, for attribution of compute()'s cost.
void BM_WorkingDayOnOrAfter(benchmark::State& state) {
    const auto& v = starts();
    std::size_t i = 0;
    for (auto _ : state) {
        Date r = working_day_on_or_after(v[i++ & 1023U], Territory::metropole);
        benchmark::DoNotOptimize(r);
    }
}
BENCHMARK(BM_WorkingDayOnOrAfter);

} // namespace
