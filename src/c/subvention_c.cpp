// SPDX-License-Identifier: Apache-2.0
// libsubvention_c: the C interface (include/subvention/c/subvention.h) over the JSON requests
// of src/api. Every answer is copied into malloc'd memory that subvention_free releases, so
// that no allocator of C++ crosses the boundary; nothing throws through it.
#include <cstdlib>
#include <cstring>
#include <string_view>

#include <subvention/c/subvention.h>
#include <subvention/version.hpp>

#include "api/requests.hpp"

namespace {

thread_local subvention_outcome last = SUBVENTION_OK;

subvention_outcome to_c(subvention::api::Outcome o) noexcept {
    using subvention::api::Outcome;
    switch (o) {
    case Outcome::ok:
        return SUBVENTION_OK;
    case Outcome::findings:
        return SUBVENTION_FINDINGS;
    case Outcome::malformed:
        return SUBVENTION_MALFORMED;
    case Outcome::invalid:
        return SUBVENTION_INVALID;
    case Outcome::too_large:
        return SUBVENTION_TOO_LARGE;
    case Outcome::unavailable:
        return SUBVENTION_UNAVAILABLE;
    case Outcome::internal:
        return SUBVENTION_INTERNAL;
    }
    return SUBVENTION_INTERNAL;
}

char* give(const subvention::api::Answer& a) noexcept {
    last = to_c(a.outcome);
    if (a.json.empty()) { // the answer itself could not be built
        last = SUBVENTION_INTERNAL;
        return nullptr;
    }
    auto* out = static_cast<char*>(std::malloc(a.json.size() + 1));
    if (out == nullptr) {
        last = SUBVENTION_INTERNAL;
        return nullptr;
    }
    std::memcpy(out, a.json.data(), a.json.size());
    out[a.json.size()] = '\0';
    return out;
}

/// A null pointer where a text is required: an answer, not a crash.
char* null_argument(const char* name) noexcept {
    try {
        return give({subvention::api::Outcome::malformed,
                     std::string(R"({"error":{"kind":"malformed","field":")") + name +
                         R"(","value":"","message":"pointeur nul"}})"});
    } catch (...) {
        last = SUBVENTION_INTERNAL;
        return nullptr;
    }
}

std::string_view text(const char* s) noexcept {
    return s == nullptr ? std::string_view() : s;
}

} // namespace

extern "C" {

const char* subvention_version(void) {
    return subvention::version_string;
}

subvention_outcome subvention_last_outcome(void) {
    return last;
}

char* subvention_check(const char* dossier_json, const char* options_json) {
    if (dossier_json == nullptr)
        return null_argument("dossier_json");
    return give(subvention::api::check(dossier_json, text(options_json)));
}

char* subvention_extract(const char* document, size_t length, const char* options_json) {
    if (document == nullptr && length != 0)
        return null_argument("document");
    return give(subvention::api::extract(
        std::string_view(document == nullptr ? "" : document, length), text(options_json)));
}

char* subvention_validate_ids(const char* kind, const char* values_json) {
    if (kind == nullptr)
        return null_argument("kind");
    if (values_json == nullptr)
        return null_argument("values_json");
    return give(subvention::api::validate_ids(kind, values_json));
}

char* subvention_deadline(const char* request_json) {
    if (request_json == nullptr)
        return null_argument("request_json");
    return give(subvention::api::deadline(request_json));
}

char* subvention_holidays(const char* request_json) {
    if (request_json == nullptr)
        return null_argument("request_json");
    return give(subvention::api::holidays(request_json));
}

char* subvention_scdl_validate_file(const char* path, const char* options_json) {
    if (path == nullptr)
        return null_argument("path");
    return give(subvention::api::scdl_validate_file(path, text(options_json)));
}

char* subvention_settle(const char* request_json) {
    if (request_json == nullptr)
        return null_argument("request_json");
    return give(subvention::api::settle(request_json));
}

char* subvention_deminimis(const char* aids_csv, const char* options_json) {
    if (aids_csv == nullptr)
        return null_argument("aids_csv");
    return give(subvention::api::deminimis(aids_csv, text(options_json)));
}

char* subvention_scdl_export(const char* request_json) {
    if (request_json == nullptr)
        return null_argument("request_json");
    return give(subvention::api::scdl_export(request_json));
}

char* subvention_rules(const char* options_json) {
    return give(subvention::api::rules(text(options_json)));
}

char* subvention_example(const char* name) {
    if (name == nullptr)
        return null_argument("name");
    return give(subvention::api::example(name));
}

void subvention_free(char* json) {
    std::free(json);
}

} // extern "C"
