// SPDX-License-Identifier: Apache-2.0
// Test support: valijson (JSON Schema validation of dossiers), included once for every suite that
// uses it. At -O2/-O3, GCC 12 reports a false -Wstringop-overflow or -Wrestrict inside valijson's
// own std::string insert and replace (GCC bug 105651): silenced here, for valijson's code only.
#pragma once

#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wstringop-overflow"
#pragma GCC diagnostic ignored "-Wrestrict"
#endif
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif
