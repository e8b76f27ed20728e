// SPDX-License-Identifier: Apache-2.0
// subvention — the library's version (semantic versioning; checked against the build's
// project version by a test).
#pragma once

#define SUBVENTION_VERSION_MAJOR 0
#define SUBVENTION_VERSION_MINOR 1
#define SUBVENTION_VERSION_PATCH 0
/// One number for preprocessor comparisons: major × 10 000 + minor × 100 + patch.
#define SUBVENTION_VERSION                                                                         \
    (SUBVENTION_VERSION_MAJOR * 10000 + SUBVENTION_VERSION_MINOR * 100 + SUBVENTION_VERSION_PATCH)

namespace subvention {

/// « 0.1.0 ».
inline constexpr const char* version_string = "0.1.0";

} // namespace subvention
