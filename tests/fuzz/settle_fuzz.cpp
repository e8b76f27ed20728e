// SPDX-License-Identifier: Apache-2.0
// Fuzz target: the inputs of `subvention settle` → settle(). The bytes before the first NUL
// are the dossier JSON, the rest the final report JSON. Loading and settling never crash nor
// throw; a settlement accounts for every expense line (each ineligible line has its step, even
// one linked to no action), never grants more than the ceilings nor a negative balance, and
// refuses every negative ceiling or payment the JSON could not carry.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include <subvention/io/json.hpp>
#include <subvention/settlement.hpp>

namespace {

void check(const subvention::Convention& c, const subvention::Execution& x,
           const subvention::FinalReport& r, const subvention::SettlementPolicy& p) {
    using namespace subvention;
    const auto s = settle(c, x.payments, r, x.forecasts, p);
    if (!s.ok()) {
        if (s.error().message.empty())
            __builtin_trap();
        return;
    }
    if (s->expenses.size() != r.expenses.size())
        __builtin_trap();
    const auto ineligible = std::count_if(s->expenses.begin(), s->expenses.end(),
                                          [](const auto& e) { return !e.eligible(); });
    const auto listed = std::count_if(s->steps.begin(), s->steps.end(), [](const auto& st) {
        return st.kind == StepKind::ineligible_expense;
    });
    if (ineligible != listed)
        __builtin_trap();
    if (s->final_grant > s->ceiling_total || s->final_grant < Euros{} || s->balance < Euros{} ||
        s->to_recover < Euros{})
        __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace subvention;
    const std::string_view all(reinterpret_cast<const char*>(data), size);
    const auto cut = all.find('\0');
    if (cut == std::string_view::npos)
        return 0;
    const auto dossier = io::dossier_from_json(all.substr(0, cut));
    const auto report = io::final_report_from_json(all.substr(cut + 1));
    if (!dossier.ok() || !report.ok() || !dossier->convention)
        return 0;
    const Execution x = dossier->execution.value_or(Execution{});
    SettlementPolicy plain(Rounding::half_up, RoundingPoint::on_total);
    check(*dossier->convention, x, *report, plain);
    SettlementPolicy reduced(Rounding::half_even, RoundingPoint::per_action);
    reduced.proportional_reduction = true;
    reduced.deficit_cap = true;
    reduced.tolerance = Rate::from_percent(10);
    check(*dossier->convention, x, *report, reduced);
    return 0;
}
