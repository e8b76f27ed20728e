// SPDX-License-Identifier: Apache-2.0
// Test support: whether the code under test is built with AddressSanitizer, whose shadow memory
// makes address-space limits (RLIMIT_AS) meaningless and resident sizes larger, and which
// replaces operator new. SUBVENTION_TEST_ASAN for the preprocessor, sanitized() for code.
#pragma once

#include <cstddef>

#if defined(__SANITIZE_ADDRESS__)
#define SUBVENTION_TEST_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SUBVENTION_TEST_ASAN 1
#endif
#endif

namespace subvention::testing {

constexpr bool sanitized() {
#ifdef SUBVENTION_TEST_ASAN
    return true;
#else
    return false;
#endif
}

/// First year of the day-by-day sweeps over the library's calendar range (1900–2299). Without
/// sanitizers they walk four Gregorian centuries; under ASan + UBSan, which look for memory errors
/// and undefined behaviour and make each step several times slower, they walk the last century,
/// which keeps the end of the range (results that would leave it) and the non-leap year 2200.
constexpr int sweep_first_year() {
    return sanitized() ? 2200 : 1900;
}

/// Step of the sweeps over amounts: 1 without sanitizers, a step prime to 10 under them (every
/// last digit and every ending still occurs).
constexpr int sweep_step() {
    return sanitized() ? 7 : 1;
}

/// Lines between two cuts of the truncation sweeps over the seed's documents (each cut extracts
/// the whole prefix again): every line without sanitizers, one in five under them, spread over
/// the whole document.
constexpr std::size_t truncation_step() {
    return sanitized() ? 5 : 1;
}

} // namespace subvention::testing
