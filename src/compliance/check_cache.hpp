// SPDX-License-Identifier: Apache-2.0
// subvention — the values one check computes once and shares among its rules. Engine-private.
#pragma once

#include <optional>

#include "compliance/rules/assembly_common.hpp"

namespace subvention::compliance::detail {

struct CheckCache {
    std::optional<rules::detail::VoteRun> vote; ///< the analysis with default options
};

} // namespace subvention::compliance::detail
