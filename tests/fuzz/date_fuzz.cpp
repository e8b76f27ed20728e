// SPDX-License-Identifier: Apache-2.0
// Fuzz target for <subvention/date.hpp>. Invariants (trap on violation):
//  - parse_date never throws; an error names the field "date", carries the input verbatim and
//    a non-empty French message;
//  - an accepted date formats in every style and parses back to itself (iso first);
//  - find_all_dates returns in-bounds, ordered, non-overlapping matches, each of which
//    parse_date reads back as the same date; find_date is its first element.
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include <subvention/date.hpp>

namespace {
void check(bool ok) {
    if (!ok)
        __builtin_trap();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    namespace sv = subvention;
    const std::string_view input(reinterpret_cast<const char*>(data), size);

    const auto parsed = sv::parse_date(input);
    if (parsed.ok()) {
        const sv::Date d = *parsed;
        for (const auto style : {sv::DateStyle::iso, sv::DateStyle::long_fr,
                                 sv::DateStyle::weekday_fr, sv::DateStyle::numeric}) {
            const auto again = sv::parse_date(sv::format_date(d, style));
            check(again.ok() && *again == d);
        }
    } else {
        const sv::Error& e = parsed.error();
        check(e.field == "date" && e.value == subvention::excerpt(input) && !e.message.empty());
    }

    const auto all = sv::find_all_dates(input);
    std::size_t previous_end = 0;
    for (const auto& f : all) {
        check(f.offset >= previous_end && f.length > 0 && f.offset <= size &&
              f.length <= size - f.offset);
        previous_end = f.offset + f.length;
        const auto back = sv::parse_date(input.substr(f.offset, f.length));
        check(back.ok() && *back == f.date);
    }
    const auto first = sv::find_date(input);
    check(first.has_value() == !all.empty());
    if (first)
        check(*first == all.front());
    return 0;
}
