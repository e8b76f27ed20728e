// SPDX-License-Identifier: Apache-2.0
// subvention::local — a YAML node written as JSON (the dossiers of test cases). Engine-private.
#pragma once

#include <string>
#include <yaml-cpp/node/node.h>

namespace subvention::local::detail {

/// JSON text of `node`: maps, sequences, and scalars typed as YAML 1.2's core schema reads them
/// when plain (null, true/false, integers); anything else, and anything quoted, is a string
/// (a dossier writes amounts as strings, « "57000.00" »).
/// Throws std::length_error when nested deeper than 64 levels, std::invalid_argument when a
/// text is not UTF-8.
[[nodiscard]] std::string yaml_to_json(const YAML::Node& node);

} // namespace subvention::local::detail
