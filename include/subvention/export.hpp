// SPDX-License-Identifier: Apache-2.0
// subvention — symbol visibility of the compiled libraries. Static by default; built shared
// (BUILD_SHARED_LIBS), only the functions marked SUBVENTION_API are exported, the rest of the
// engine stays hidden (-fvisibility=hidden).
#pragma once

#if defined(SUBVENTION_SHARED)
#if defined(_WIN32)
#if defined(SUBVENTION_BUILDING)
#define SUBVENTION_API __declspec(dllexport)
#else
#define SUBVENTION_API __declspec(dllimport)
#endif
#else
#define SUBVENTION_API __attribute__((visibility("default")))
#endif
#else
#define SUBVENTION_API
#endif
