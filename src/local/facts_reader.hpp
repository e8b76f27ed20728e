// SPDX-License-Identifier: Apache-2.0
// subvention::local — reading the facts of the vocabulary from a dossier. Engine-private.
#pragma once

#include <memory>
#include <vector>

#include <subvention/date.hpp>
#include <subvention/dossier.hpp>

#include "local/value.hpp"

namespace subvention::local::detail {

/// The facts of one dossier, indexed like `fact_vocabulary()`; list facts point into `lists`.
struct FactTable {
    std::vector<FactValue> values;
    std::vector<std::unique_ptr<List>> lists;
};

/// Reads every fact of the vocabulary; `as_of` is the date the check evaluates the law at.
[[nodiscard]] FactTable read_facts(const Dossier& dossier, Date as_of);

} // namespace subvention::local::detail
