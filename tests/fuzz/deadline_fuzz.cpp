// SPDX-License-Identifier: Apache-2.0
// Fuzz target for deadline.hpp: a random (start date, duration, flags, territory) goes through
// add_days / add_months / add_years, compute() and quarters_spanned(). Never crashes; traps on
// any violated invariant:
//  * the nominal date equals an independent CPC art. 641 computation (int arithmetic here);
//  * out-of-range results throw std::out_of_range, negative durations std::invalid_argument,
//    nothing else ever escapes;
//  * effective >= nominal (+1 for a délai franc), effective is a working day when the rule
//    extends, and no working day lies between the last day and the effective date;
//  * without extension, effective is the last day; a difference always comes with a reason;
//  * quarters tile the period exactly.
//
// Input layout (missing bytes read as zero): [0..3] day offset, [4] unit, [5..8] count,
// [9] flags, [10] territory, [11..12] period length for quarters_spanned.
#include <array>
#include <cstddef>
#include <cstdint>
#include <stdexcept>

#include <subvention/deadline.hpp>

namespace {

namespace sv = subvention;
using sv::Date;

void check(bool ok) {
    if (!ok)
        __builtin_trap();
}

struct Reader {
    const std::uint8_t* data;
    std::size_t size;
    std::size_t pos = 0;
    std::uint8_t byte() { return pos < size ? data[pos++] : std::uint8_t{0}; }
    std::uint32_t u32() {
        std::uint32_t v = 0;
        for (int i = 0; i < 4; ++i)
            v = (v << 8U) | byte();
        return v;
    }
};

bool leap(std::int64_t y) {
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}
int month_length(std::int64_t y, int m) {
    constexpr std::array<int, 12> l{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && leap(y) ? 29 : l[static_cast<std::size_t>(m - 1)];
}

struct RefDate {
    bool in_range;
    std::int64_t y;
    int m;
    int d;
    bool clamped;
};

// Independent CPC art. 641 al. 2 month addition.
RefDate ref_add_months(Date start, std::int64_t months) {
    const std::int64_t y = start.year();
    const int m = start.month().as_number();
    const int d = start.day().as_number();
    const std::int64_t idx = y * 12 + (m - 1) + months;
    const std::int64_t ny = idx >= 0 ? idx / 12 : -((-idx + 11) / 12);
    const int nm = static_cast<int>(idx - ny * 12) + 1;
    if (ny < 1400 || ny > 9999)
        return {false, ny, nm, 0, false};
    const int len = month_length(ny, nm);
    return {true, ny, nm, d <= len ? d : len, d > len};
}

bool same(Date a, const RefDate& r) {
    return a.year() == r.y && a.month().as_number() == r.m && a.day().as_number() == r.d;
}

bool in_calendar(Date d) {
    return d.year() >= 1900 && d.year() <= 2299;
}

void fuzz(const std::uint8_t* data, std::size_t size) {
    Reader in{data, size};
    const std::uint32_t offset = in.u32();
    const std::uint8_t unit = in.byte() % 3;
    const auto raw_count = static_cast<std::int32_t>(in.u32());
    const std::uint8_t flags = in.byte();
    const std::uint8_t territory_byte = in.byte();
    const std::uint32_t period = (std::uint32_t{in.byte()} << 8U) | in.byte();

    // Mostly starts within the calendar's years (1900–2299), sometimes anywhere Boost allows.
    const bool wide = (flags & 0x80U) != 0;
    const Date base = wide ? Date(1400, 1, 1) : Date(1900, 1, 1);
    const std::uint32_t span = wide ? 3'074'323U : 146'097U; // days in 1400–9999 / 1900–2299
    const Date start = base + boost::gregorian::date_duration(static_cast<long>(offset % span));
    // Small counts most of the time so that compute() stays in range and exercises the calendar.
    const std::int32_t count = (flags & 0x40U) != 0 ? raw_count : raw_count % 400;

    sv::DeadlineRule rule{};
    rule.id = "fuzz";
    rule.duration = unit == 0   ? sv::Duration(sv::Days(count))
                    : unit == 1 ? sv::Duration(sv::Months(count))
                                : sv::Duration(sv::Years(count));
    rule.franc = (flags & 0x01U) != 0;
    rule.extension = (flags & 0x02U) != 0 ? sv::Extension::next_working_day : sv::Extension::none;
    rule.work_week = (flags & 0x04U) != 0 ? sv::WorkWeek::ouvrables : sv::WorkWeek::ouvres;
    rule.franc_month_end = (flags & 0x08U) != 0 ? sv::FrancMonthEnd::clamped_is_last
                                                : sv::FrancMonthEnd::day_after_clamped;
    rule.extension_confirmed = (flags & 0x10U) == 0;
    rule.franc_confirmed = (flags & 0x20U) == 0;
    constexpr std::array territories{sv::Territory::metropole,  sv::Territory::alsace_moselle,
                                     sv::Territory::guadeloupe, sv::Territory::martinique,
                                     sv::Territory::guyane,     sv::Territory::reunion,
                                     sv::Territory::mayotte};
    const sv::Territory territory = territories[territory_byte % territories.size()];

    // Reference nominal date.
    RefDate ref{};
    if (unit == 0) {
        const std::int64_t n = std::int64_t{start.day_number()} + count;
        const std::int64_t lo = Date(1400, 1, 1).day_number();
        const std::int64_t hi = Date(9999, 12, 31).day_number();
        ref.in_range = n >= lo && n <= hi;
        if (ref.in_range) {
            const Date r = start + boost::gregorian::date_duration(count);
            ref = {true, r.year(), r.month().as_number(), r.day().as_number(), false};
        }
    } else {
        ref = ref_add_months(start, unit == 1 ? std::int64_t{count} : std::int64_t{count} * 12);
    }

    // The plain additions.
    try {
        const Date r = unit == 0   ? sv::add_days(start, sv::Days(count))
                       : unit == 1 ? sv::add_months(start, sv::Months(count))
                                   : sv::add_years(start, sv::Years(count));
        check(ref.in_range);
        check(same(r, ref));
        if (unit == 1 && !ref.clamped)
            check(sv::add_months(r, sv::Months(-count)) == start);
    } catch (const std::out_of_range&) {
        check(!ref.in_range);
    }

    // compute().
    try {
        const sv::Deadline dl = sv::compute(rule, start, territory);
        check(count >= 0);
        check(ref.in_range);
        check(dl.start == start);
        check(same(dl.nominal, ref));
        const bool plus_one =
            rule.franc &&
            !(ref.clamped && rule.franc_month_end == sv::FrancMonthEnd::clamped_is_last);
        const Date last = plus_one ? dl.nominal + boost::gregorian::date_duration(1) : dl.nominal;
        check(dl.effective >= last);
        if (rule.extension == sv::Extension::next_working_day) {
            check(sv::is_working_day(dl.effective, territory, rule.work_week));
            check((dl.effective - last).days() <= 10);
            for (Date x = last; x < dl.effective; x += boost::gregorian::date_duration(1))
                check(!sv::is_working_day(x, territory, rule.work_week));
        } else {
            check(dl.effective == last);
        }
        if (dl.effective != dl.nominal || ref.clamped)
            check(!dl.reasons.empty());
        for (const auto& reason : dl.reasons)
            check(!reason.empty());
        if (rule.franc && !rule.franc_confirmed)
            check(dl.unconfirmed);
        check(sv::is_on_time(dl, dl.effective));
    } catch (const std::invalid_argument&) {
        check(count < 0);
    } catch (const std::out_of_range&) {
        // Either the period leaves 1400–9999, or a working day had to be found outside the
        // calendar's years.
        check(count >= 0);
        check(!ref.in_range || rule.extension == sv::Extension::next_working_day || rule.franc);
        if (ref.in_range && rule.extension == sv::Extension::next_working_day) {
            const Date nominal(static_cast<unsigned short>(ref.y),
                               static_cast<unsigned short>(ref.m),
                               static_cast<unsigned short>(ref.d));
            check(!in_calendar(nominal) ||
                  !in_calendar(nominal + boost::gregorian::date_duration(12)));
        } else if (ref.in_range) {
            // Franc without extension: only the +1 day can leave the range (31/12/9999).
            check(ref.y == 9999 && ref.m == 12 && ref.d == 31);
        }
    }

    // quarters_spanned() on [start, start + period].
    const std::int64_t end_number = std::int64_t{start.day_number()} + period;
    if (end_number <= std::int64_t{Date(9999, 12, 31).day_number()}) {
        const Date end = start + boost::gregorian::date_duration(static_cast<long>(period));
        const auto q = sv::quarters_spanned(start, end);
        check(q.ok());
        check(!q->empty());
        check(q->front().clipped_first == start);
        check(q->back().clipped_last == end);
        for (std::size_t i = 0; i < q->size(); ++i) {
            const auto& s = (*q)[i];
            check(s.number >= 1 && s.number <= 4);
            check(s.first <= s.clipped_first && s.clipped_first <= s.clipped_last &&
                  s.clipped_last <= s.last);
            check(s.partial == (s.first != s.clipped_first || s.last != s.clipped_last));
            if (i > 0)
                check(s.clipped_first == (*q)[i - 1].clipped_last + boost::gregorian::days(1));
        }
        if (period > 0) {
            const auto bad = sv::quarters_spanned(end, start);
            check(!bad.ok());
            check(bad.error().kind == sv::ErrorKind::range);
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    fuzz(data, size);
    return 0;
}
