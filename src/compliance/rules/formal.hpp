// SPDX-License-Identifier: Apache-2.0
// subvention — the « formal » rule group: the convention's internal form (cross-references,
// article numbering, blanks, bank details, jurisdiction clause, cited authorisation) and the
// identifiers of the dossier (label and check digits). Catalogue order is the group's order.
#pragma once

#include <array>

#include "compliance/builtin_rule.hpp"
#include "compliance/rules/conv_article_numbering.hpp"
#include "compliance/rules/conv_authorisation.hpp"
#include "compliance/rules/conv_bank_details.hpp"
#include "compliance/rules/conv_cross_reference.hpp"
#include "compliance/rules/conv_incomplete.hpp"
#include "compliance/rules/conv_jurisdiction.hpp"
#include "compliance/rules/id_checksum.hpp"
#include "compliance/rules/id_label.hpp"

namespace subvention::compliance::rules {

/// The formal rules, in catalogue order (IDs are stable public API).
inline constexpr std::array formal_rules{
    conv_cross_reference, conv_article_numbering, conv_authorisation, conv_bank_details,
    conv_jurisdiction,    conv_incomplete,        id_label,           id_checksum,
    // scripts/new-rule appends here
};

} // namespace subvention::compliance::rules
