// subvention — the « formal » rule group: the convention's internal form (cross-references,
// article numbering, blanks, bank details, jurisdiction clause, cited authorisation) and the
// identifiers of the dossier (label and check digits). Catalogue order is the group's order.
#pragma once

#include <array>

#include <subvention/compliance/rule.hpp>
#include <subvention/compliance/rules/conv_article_numbering.hpp>
#include <subvention/compliance/rules/conv_authorisation.hpp>
#include <subvention/compliance/rules/conv_bank_details.hpp>
#include <subvention/compliance/rules/conv_cross_reference.hpp>
#include <subvention/compliance/rules/conv_incomplete.hpp>
#include <subvention/compliance/rules/conv_jurisdiction.hpp>
#include <subvention/compliance/rules/id_checksum.hpp>
#include <subvention/compliance/rules/id_label.hpp>

namespace subvention::compliance::rules {

/// The formal rules, in catalogue order (IDs are stable public API).
inline constexpr std::array<Rule, 8> formal_rules{{
    conv_cross_reference,
    conv_article_numbering,
    conv_authorisation,
    conv_bank_details,
    conv_jurisdiction,
    conv_incomplete,
    id_label,
    id_checksum,
}};

} // namespace subvention::compliance::rules
