// SPDX-License-Identifier: Apache-2.0
// Fuzz target for Euros::parse and Rate::parse: never crashes; every accepted amount formats
// back (French both styles, ISO) to text that parses to the same amount; every error names the
// field and the input; every accepted rate round-trips through both of its text forms.
#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string_view>

#include <subvention/money.hpp>
#include <subvention/rate.hpp>

namespace {
void check(bool ok) {
    if (!ok)
        __builtin_trap();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using subvention::Euros;
    const std::string_view text(reinterpret_cast<const char*>(data), size);

    const auto amount = Euros::parse(text);
    if (amount.ok()) {
        const Euros x = *amount;
        for (const auto& s :
             {x.to_string_fr(), x.to_iso(), x.to_string_fr(subvention::CentsStyle::omit_if_zero)}) {
            const auto again = Euros::parse(s);
            check(again.ok() && *again == x);
        }
    } else {
        check(amount.error().field == "montant" &&
              amount.error().value == subvention::excerpt(text) && !amount.error().message.empty());
    }

    const auto rate = subvention::Rate::parse(text);
    if (rate.ok()) {
        const auto a = subvention::Rate::parse(rate->to_string());
        const auto b = subvention::Rate::parse(rate->to_string_fr());
        check(a.ok() && *a == *rate && b.ok() && *b == *rate);
        if (amount.ok()) { // both readings valid (e.g. « 12,5 »): apply must be exact or throw
            for (const auto mode : {subvention::Rounding::down, subvention::Rounding::up,
                                    subvention::Rounding::half_up, subvention::Rounding::half_even,
                                    subvention::Rounding::toward_zero}) {
                try {
                    const Euros lo = amount->apply(*rate, subvention::Rounding::down);
                    const Euros r = amount->apply(*rate, mode);
                    check(r >= lo && static_cast<std::uint64_t>(r.cents()) -
                                             static_cast<std::uint64_t>(lo.cents()) <=
                                         1U);
                } catch (const std::overflow_error&) {
                    // result beyond the int64 cents range: reported, never wrapped
                }
            }
        }
    } else {
        check(rate.error().field == "taux" && rate.error().value == subvention::excerpt(text));
    }
    return 0;
}
