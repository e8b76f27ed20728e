// SPDX-License-Identifier: Apache-2.0
// Test support: leaf-by-leaf comparison of two JSON documents (« comparaison feuille à
// feuille »), used to compare dossiers through subvention::io::to_json. Every difference is named
// by the JSON Pointer (RFC 6901) of the differing value — the same paths diagnostics use
// (« /deliberation/tally/value/tallies/0/count ») — with both values, so that a failing test
// prints every field that differs, not just "the dossiers differ".
//
// Rules: objects are compared key by key (a key present on one side only is a difference whose
// other side is `<absent>`); arrays index by index (extra elements on either side are
// differences at their index); everything else (strings, numbers, booleans, null) is a leaf
// compared exactly; a leaf on one side and an object/array on the other is one difference at
// that path. `ignore` lets a test exclude paths it has decided not to compare (e.g. the
// `/source/text` of every Stated<T>), and it must say so.
#pragma once

#include <algorithm>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace subvention::testing {

/// One differing leaf: its JSON Pointer and the values on each side, as compact JSON
/// (`<absent>` when the side has no value at that path).
struct JsonDifference {
    std::string path;
    std::string expected;
    std::string actual;
    friend bool operator==(const JsonDifference&, const JsonDifference&) = default;
};

/// Predicate on a JSON Pointer: true = do not compare that value (nor what is below it).
using JsonPathFilter = std::function<bool(std::string_view path)>;

namespace json_diff_detail {

inline std::string escape_token(std::string_view key) {
    std::string out;
    out.reserve(key.size());
    for (const char c : key) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

template <class Json>
std::string show(const Json& j) {
    return j.dump(-1, ' ', false, Json::error_handler_t::replace);
}

template <class Json>
void walk(const Json& expected, const Json& actual, const std::string& path,
          const JsonPathFilter& ignore, std::vector<JsonDifference>& out) {
    if (ignore && ignore(path))
        return;
    if (expected.is_object() && actual.is_object()) {
        for (auto it = expected.begin(); it != expected.end(); ++it) {
            const std::string child = path + "/" + escape_token(it.key());
            const auto other = actual.find(it.key());
            if (other == actual.end()) {
                if (!(ignore && ignore(child)))
                    out.push_back({child, show(it.value()), "<absent>"});
            } else {
                walk(it.value(), *other, child, ignore, out);
            }
        }
        for (auto it = actual.begin(); it != actual.end(); ++it) {
            if (expected.find(it.key()) != expected.end())
                continue;
            const std::string child = path + "/" + escape_token(it.key());
            if (!(ignore && ignore(child)))
                out.push_back({child, "<absent>", show(it.value())});
        }
        return;
    }
    if (expected.is_array() && actual.is_array()) {
        const std::size_t n = std::max(expected.size(), actual.size());
        for (std::size_t i = 0; i < n; ++i) {
            const std::string child = path + "/" + std::to_string(i);
            if (i >= actual.size()) {
                if (!(ignore && ignore(child)))
                    out.push_back({child, show(expected[i]), "<absent>"});
            } else if (i >= expected.size()) {
                if (!(ignore && ignore(child)))
                    out.push_back({child, "<absent>", show(actual[i])});
            } else {
                walk(expected[i], actual[i], child, ignore, out);
            }
        }
        return;
    }
    if (expected != actual)
        out.push_back({path, show(expected), show(actual)});
}

} // namespace json_diff_detail

/// Every differing leaf of `actual` against `expected`, in document order (expected's keys
/// first, then keys only `actual` has).
template <class Json>
requires requires(const Json& j) {
    j.is_object();
    j.items();
}
[[nodiscard]] std::vector<JsonDifference> json_diff(const Json& expected, const Json& actual,
                                                    const JsonPathFilter& ignore = {}) {
    std::vector<JsonDifference> out;
    json_diff_detail::walk(expected, actual, std::string{}, ignore, out);
    return out;
}

/// Same on JSON text (parsed with key order kept).
[[nodiscard]] inline std::vector<JsonDifference>
json_diff(std::string_view expected, std::string_view actual, const JsonPathFilter& ignore = {}) {
    return json_diff(nlohmann::ordered_json::parse(expected), nlohmann::ordered_json::parse(actual),
                     ignore);
}

/// The paths of `diffs`, in order (to compare with an expected list of paths).
[[nodiscard]] inline std::vector<std::string>
json_diff_paths(const std::vector<JsonDifference>& diffs) {
    std::vector<std::string> paths;
    paths.reserve(diffs.size());
    for (const auto& d : diffs)
        paths.push_back(d.path);
    return paths;
}

/// One line per difference: « PATH: expected X, got Y » (for test failure messages).
[[nodiscard]] inline std::string describe(const std::vector<JsonDifference>& diffs) {
    std::string s;
    for (const auto& d : diffs) {
        s += d.path.empty() ? std::string("(root)") : d.path;
        s += ": expected ";
        s += d.expected;
        s += ", got ";
        s += d.actual;
        s += '\n';
    }
    return s;
}

/// Filter for Stated<T> source texts: ignores every path ending in "/source/text".
[[nodiscard]] inline bool is_source_text_path(std::string_view path) {
    constexpr std::string_view suffix = "/source/text";
    return path.size() >= suffix.size() && path.substr(path.size() - suffix.size()) == suffix;
}

} // namespace subvention::testing
