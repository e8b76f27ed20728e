// SPDX-License-Identifier: Apache-2.0
// Local rules: checking APES with the built-in catalogue (the baseline) and with the same plus
// 200 generated local rules (conditions over amounts, dates, codes, lists and dated parameters;
// half of them fire, so messages and explanations are measured too), and loading the 200-rule
// file. BM_LocalRulesRatio runs both checks in turn in each iteration and reports their ratio
// (counter « ratio »: check with local rules / check without), which the engine keeps at most 2.
// Figures come from a release build.
#include <chrono>
#include <string>

#include <benchmark/benchmark.h>

#include <subvention/compliance/catalogue.hpp>
#include <subvention/compliance/checker.hpp>
#include <subvention/examples/apes_2023.hpp>
#include <subvention/local/rules_file.hpp>

namespace {

using namespace subvention;

const Dossier& apes() {
    static const Dossier d = examples::apes_2023();
    return d;
}

/// A rules file of `n` rules whose conditions cycle through the kinds of expression a
/// règlement budgétaire et financier needs.
std::string generated_rules(int n) {
    std::string y = "subvention-rules: 1\nprefix: BENCH\ntitle: Règles générées\nparameters:\n";
    for (int p = 0; p < 5; ++p)
        y += "  seuil_" + std::to_string(p) +
             ":\n    values:\n      - from: 2010-01-01\n        until: 2019-12-31\n"
             "        value: " +
             std::to_string(10 + p * 10) +
             " 000 €\n      - from: 2020-01-01\n        value: " + std::to_string(20 + p * 10) +
             " 000 €\n        basis: délibération du 1er janvier\n";
    y += "  taux:\n    values:\n      - from: 2010-01-01\n        value: 33,5 %\n";
    y += "rules:\n";
    for (int i = 0; i < n; ++i) {
        const std::string k = std::to_string(i);
        // Blocks of eight rules, one of each kind, fire on APES one block in two.
        const bool fire = (i / 8) % 2 == 0;
        const auto pick = [fire](int yes, int no) { return std::to_string(fire ? yes : no); };
        std::string when;
        switch (i % 8) {
        case 0:
            when = "amount.granted > seuil_" + std::to_string(i % 5) + " * " +
                   pick(50 + i % 40, 300 + i % 40) + " %";
            break;
        case 1:
            when = "any(payments, amount > " + pick(i * 100, 100'000 + i) +
                   " € and kind == \"single\")";
            break;
        case 2:
            when = "period.end + " + pick(7 + i % 6, 1 + i % 6) + " mois > report.deadline";
            break;
        case 3:
            when = "beneficiary.legal_form in [\"association\", \"foundation\", \"company\"] and "
                   "amount.granted >= " +
                   pick(i * 100, 100'000 + i) + " €";
            break;
        case 4:
            when = "months_between(period.start, period.end) >= " + pick(i % 12, 12 + i % 5);
            break;
        case 5:
            when = std::string("count(clauses, kind == \"laicite\") == 0 and ") +
                   (fire ? "missing(request.date)" : "known(request.date)");
            break;
        case 6:
            when = "sum(payments, amount) * taux > " + pick(i * 10, 20'000 + i) + " €";
            break;
        default:
            when = "meeting.date >= 2020-01-01 + " + pick(i, 2'000 + i) +
                   " jours and assembly.body == \"commission_permanente\"";
            break;
        }
        y += "  - id: BENCH-R" + k + "\n    severity: " + (i % 3 == 0 ? "warning" : "info") +
             "\n    title: Règle " + k + "\n    message: \"Règle " + k +
             " : {amount.granted} au {meeting.date}\"\n    basis: {text: Règlement, article: \"" +
             std::to_string(i % 40 + 1) + "\"}\n    when: '" + when + "'\n";
    }
    return y;
}

const std::string& rules_text() {
    static const std::string t = generated_rules(200);
    return t;
}

const compliance::Catalogue& builtin() {
    static const compliance::Catalogue c = compliance::Catalogue::builtin();
    return c;
}

const compliance::Catalogue& with_local() {
    static const compliance::Catalogue c = [] {
        compliance::Catalogue out = compliance::Catalogue::builtin();
        local::add_rules(out, local::parse_rules(rules_text(), "bench.yaml"));
        return out;
    }();
    return c;
}

void BM_Baseline_CheckBuiltin(benchmark::State& state) {
    for (auto _ : state) {
        auto report = compliance::check(apes(), {}, builtin());
        benchmark::DoNotOptimize(report);
    }
}
BENCHMARK(BM_Baseline_CheckBuiltin)->Unit(benchmark::kMicrosecond);

void BM_CheckBuiltinPlus200LocalRules(benchmark::State& state) {
    std::size_t findings = 0;
    for (auto _ : state) {
        auto report = compliance::check(apes(), {}, with_local());
        findings = report.diagnostics.size();
        benchmark::DoNotOptimize(report);
    }
    state.counters["findings"] = static_cast<double>(findings);
}
BENCHMARK(BM_CheckBuiltinPlus200LocalRules)->Unit(benchmark::kMicrosecond);

void BM_Load200LocalRules(benchmark::State& state) {
    for (auto _ : state) {
        auto set = local::parse_rules(rules_text(), "bench.yaml");
        benchmark::DoNotOptimize(set);
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                            static_cast<std::int64_t>(rules_text().size()));
}
BENCHMARK(BM_Load200LocalRules)->Unit(benchmark::kMicrosecond);

/// Both checks in turn, each timed: the ratio is measured under the same conditions.
void BM_LocalRulesRatio(benchmark::State& state) {
    using clock = std::chrono::steady_clock;
    clock::duration base{};
    clock::duration local{};
    for (auto _ : state) {
        const auto t0 = clock::now();
        auto a = compliance::check(apes(), {}, builtin());
        benchmark::DoNotOptimize(a);
        const auto t1 = clock::now();
        auto b = compliance::check(apes(), {}, with_local());
        benchmark::DoNotOptimize(b);
        const auto t2 = clock::now();
        base += t1 - t0;
        local += t2 - t1;
    }
    const double n = static_cast<double>(state.iterations());
    const auto us = [n](clock::duration d) {
        return std::chrono::duration<double, std::micro>(d).count() / n;
    };
    state.counters["builtin_us"] = us(base);
    state.counters["with_local_us"] = us(local);
    state.counters["ratio"] = base.count() > 0 ? us(local) / us(base) : 0.0;
}
BENCHMARK(BM_LocalRulesRatio)->Unit(benchmark::kMicrosecond);

} // namespace
