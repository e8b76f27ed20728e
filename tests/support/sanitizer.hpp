// SPDX-License-Identifier: Apache-2.0
// Test support: whether the code under test is built with AddressSanitizer, whose shadow memory
// makes address-space limits (RLIMIT_AS) meaningless and resident sizes larger, and which
// replaces operator new. SUBVENTION_TEST_ASAN for the preprocessor, sanitized() for code.
#pragma once

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

} // namespace subvention::testing
