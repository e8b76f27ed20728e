// SPDX-License-Identifier: Apache-2.0
// subvention — overflow-checked integer arithmetic: the one place that uses the compilers'
// __builtin_*_overflow (GCC, Clang), with a portable fallback for the others (MSVC). Each
// function stores the wrapped result and returns true on overflow, as the built-ins do.
#pragma once

#include <concepts>
#include <limits>
#include <type_traits>

namespace subvention::detail {

#if defined(__GNUC__) || defined(__clang__)
#define SUBVENTION_HAS_OVERFLOW_BUILTINS 1
#else
#define SUBVENTION_HAS_OVERFLOW_BUILTINS 0
#endif

/// Portable versions, usable in constant expressions; tested against the built-ins.
namespace portable {

template <std::integral T>
[[nodiscard]] constexpr bool add_overflow(T a, T b, T* out) noexcept {
    using U = std::make_unsigned_t<T>;
    *out = static_cast<T>(static_cast<U>(a) + static_cast<U>(b));
    if constexpr (std::is_signed_v<T>)
        return (b > 0 && a > std::numeric_limits<T>::max() - b) ||
               (b < 0 && a < std::numeric_limits<T>::min() - b);
    else
        return a > std::numeric_limits<T>::max() - b;
}

template <std::integral T>
[[nodiscard]] constexpr bool sub_overflow(T a, T b, T* out) noexcept {
    using U = std::make_unsigned_t<T>;
    *out = static_cast<T>(static_cast<U>(a) - static_cast<U>(b));
    if constexpr (std::is_signed_v<T>)
        return (b < 0 && a > std::numeric_limits<T>::max() + b) ||
               (b > 0 && a < std::numeric_limits<T>::min() + b);
    else
        return a < b;
}

template <std::integral T>
[[nodiscard]] constexpr bool mul_overflow(T a, T b, T* out) noexcept {
    using U = std::make_unsigned_t<T>;
    *out = static_cast<T>(static_cast<U>(a) * static_cast<U>(b));
    if (a == 0 || b == 0)
        return false;
    if constexpr (std::is_signed_v<T>) {
        constexpr T max = std::numeric_limits<T>::max();
        constexpr T min = std::numeric_limits<T>::min();
        if (a > 0)
            return b > 0 ? a > max / b : b < min / a;
        return b > 0 ? a < min / b : a < max / b;
    } else {
        return a > std::numeric_limits<T>::max() / b;
    }
}

} // namespace portable

template <std::integral T>
[[nodiscard]] constexpr bool add_overflow(T a, T b, T* out) noexcept {
#if SUBVENTION_HAS_OVERFLOW_BUILTINS
    return __builtin_add_overflow(a, b, out);
#else
    return portable::add_overflow(a, b, out);
#endif
}

template <std::integral T>
[[nodiscard]] constexpr bool sub_overflow(T a, T b, T* out) noexcept {
#if SUBVENTION_HAS_OVERFLOW_BUILTINS
    return __builtin_sub_overflow(a, b, out);
#else
    return portable::sub_overflow(a, b, out);
#endif
}

template <std::integral T>
[[nodiscard]] constexpr bool mul_overflow(T a, T b, T* out) noexcept {
#if SUBVENTION_HAS_OVERFLOW_BUILTINS
    return __builtin_mul_overflow(a, b, out);
#else
    return portable::mul_overflow(a, b, out);
#endif
}

} // namespace subvention::detail
