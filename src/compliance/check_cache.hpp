// SPDX-License-Identifier: Apache-2.0
// subvention — the values one check computes once and shares among its rules. Engine-private.
#pragma once

#include <memory>
#include <optional>
#include <utility>
#include <vector>

#include "compliance/rules/assembly_common.hpp"

namespace subvention::compliance::detail {

struct CheckCache {
    std::optional<rules::detail::VoteRun> vote; ///< the analysis with default options
    /// compliance::shared_value(): values keyed by their owner's address
    std::vector<std::pair<const void*, std::shared_ptr<const void>>> shared;
};

} // namespace subvention::compliance::detail
