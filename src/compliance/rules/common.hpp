// SPDX-License-Identifier: Apache-2.0
// subvention — helpers shared by every family of rules (the family headers *_common.hpp
// include it): lists in facts and the second place of a disagreement. Internal: the rules'
// helpers all live in `rules::detail`.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <subvention/compliance/diagnostic.hpp>
#include <subvention/provenance.hpp>

#include "compliance/builtin_rule.hpp"

namespace subvention::compliance::rules::detail {

/// Items joined by `sep` (facts listing several values: « 4,8 », « a; b »). Every item is
/// written, an empty one too.
[[nodiscard]] inline std::string join(const std::vector<std::string>& items,
                                      std::string_view sep = ",") {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0)
            out += sep;
        out += items[i];
    }
    return out;
}

/// Names the other place of a disagreement (`other_document`, `other_section`, `other_path`,
/// `other_text`): documents must agree, so a finding names both places (docs/architecture.md §3.5).
inline void other_place(Diagnostic& d, const SourceRef& s, std::string path) {
    fact(d, "other_document", std::string(to_string(s.document)), Unit::code);
    fact(d, "other_section", s.section);
    fact(d, "other_path", std::move(path), Unit::code);
    fact(d, "other_text", s.text);
}

} // namespace subvention::compliance::rules::detail
