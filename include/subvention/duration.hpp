// SPDX-License-Identifier: Apache-2.0
// subvention — typed durations: a count of days, months or years is never a bare int.
#pragma once

#include <compare>
#include <cstdint>
#include <string>

namespace subvention {

namespace detail {
/// A strongly typed count (CRTP-free: the tag makes Days, Months and Years distinct types).
template <class Tag>
class Count {
public:
    constexpr Count() noexcept = default;
    constexpr explicit Count(std::int32_t n) noexcept
        : n_(n) {}
    [[nodiscard]] constexpr std::int32_t count() const noexcept { return n_; }
    friend constexpr auto operator<=>(Count, Count) noexcept = default;
    friend constexpr Count operator+(Count a, Count b) noexcept { return Count(a.n_ + b.n_); }
    friend constexpr Count operator-(Count a, Count b) noexcept { return Count(a.n_ - b.n_); }
    constexpr Count operator-() const noexcept { return Count(-n_); }

private:
    std::int32_t n_ = 0;
};
struct DaysTag {};
struct MonthsTag {};
struct YearsTag {};
} // namespace detail

/// A number of calendar days (« jours »).
using Days = detail::Count<detail::DaysTag>;
/// A number of months (« mois »), added per CPC art. 641 al. 2 (see deadline.hpp).
using Months = detail::Count<detail::MonthsTag>;
/// A number of years (« ans »).
using Years = detail::Count<detail::YearsTag>;

inline namespace literals {
constexpr Days operator""_days(unsigned long long n) noexcept {
    return Days(static_cast<std::int32_t>(n));
}
constexpr Months operator""_months(unsigned long long n) noexcept {
    return Months(static_cast<std::int32_t>(n));
}
constexpr Years operator""_years(unsigned long long n) noexcept {
    return Years(static_cast<std::int32_t>(n));
}
} // namespace literals

} // namespace subvention
