// SPDX-License-Identifier: Apache-2.0
// detail/checked.hpp: the portable overflow checks (used where the compiler has no
// __builtin_*_overflow) agree with the built-ins on every boundary and on random operands.
#include <cstdint>
#include <limits>
#include <random>
#include <vector>

#include <gtest/gtest.h>

#include <subvention/detail/checked.hpp>

// Each suite in its own namespace: the suites of a group are compiled together (unity build).
namespace test_checked_test {

namespace {

namespace d = subvention::detail;

template <class T>
std::vector<T> boundaries() {
    using L = std::numeric_limits<T>;
    std::vector<T> v{0,
                     1,
                     2,
                     3,
                     10,
                     100,
                     L::max(),
                     static_cast<T>(L::max() - 1),
                     static_cast<T>(L::max() / 2),
                     static_cast<T>(L::max() / 2 + 1),
                     static_cast<T>(L::max() / 100),
                     static_cast<T>(L::max() / 100 + 1)};
    if constexpr (std::is_signed_v<T>)
        for (const T x : std::vector<T>(v))
            v.push_back(static_cast<T>(-x));
    if constexpr (std::is_signed_v<T>) {
        v.push_back(L::min());
        v.push_back(static_cast<T>(L::min() + 1));
        v.push_back(static_cast<T>(L::min() / 2));
    }
    return v;
}

template <class T>
void agree(T a, T b) {
    T p{}, q{};
    ASSERT_EQ(d::portable::add_overflow(a, b, &p), __builtin_add_overflow(a, b, &q))
        << a << "+" << b;
    ASSERT_EQ(p, q);
    ASSERT_EQ(d::portable::sub_overflow(a, b, &p), __builtin_sub_overflow(a, b, &q))
        << a << "-" << b;
    ASSERT_EQ(p, q);
    ASSERT_EQ(d::portable::mul_overflow(a, b, &p), __builtin_mul_overflow(a, b, &q))
        << a << "*" << b;
    ASSERT_EQ(p, q);
}

template <class T>
void property() {
    const auto v = boundaries<T>();
    for (const T a : v)
        for (const T b : v)
            agree(a, b);
    std::mt19937_64 rng(20261206);
    std::uniform_int_distribution<T> any(std::numeric_limits<T>::min(),
                                         std::numeric_limits<T>::max());
    for (int i = 0; i < 100000; ++i)
        agree(any(rng), any(rng));
}

TEST(CheckedArithmetic, PortableFallbackAgreesWithTheBuiltinsForInt32) {
    property<std::int32_t>();
}
TEST(CheckedArithmetic, PortableFallbackAgreesWithTheBuiltinsForInt64) {
    property<std::int64_t>();
}
TEST(CheckedArithmetic, PortableFallbackAgreesWithTheBuiltinsForUint64) {
    property<std::uint64_t>();
}

TEST(CheckedArithmetic, UsableInConstantExpressions) {
    constexpr auto cents = [] {
        std::int64_t out = 0;
        return d::portable::mul_overflow(std::int64_t{57'000}, std::int64_t{100}, &out) ? -1 : out;
    }();
    static_assert(cents == 5'700'000);
    EXPECT_EQ(cents, 5'700'000);
}

} // namespace

} // namespace test_checked_test
