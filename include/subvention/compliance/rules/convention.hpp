// subvention — the « convention » group of the compliance catalogue: the subsidy convention
// (duty, content, period, renewal, final report), the deadlines it and the law set, and the
// obligations attached to it (open-data publication, contrat d'engagement républicain).
// Catalogue order (IDs are stable public API).
#pragma once

#include <array>

#include <subvention/compliance/rule.hpp>
#include <subvention/compliance/rules/conv_cer.hpp>
#include <subvention/compliance/rules/conv_content.hpp>
#include <subvention/compliance/rules/conv_period.hpp>
#include <subvention/compliance/rules/conv_report_deadline.hpp>
#include <subvention/compliance/rules/conv_required.hpp>
#include <subvention/compliance/rules/conv_retroactive.hpp>
#include <subvention/compliance/rules/conv_tacit_renewal.hpp>
#include <subvention/compliance/rules/deadline_non_working_day.hpp>
#include <subvention/compliance/rules/publication_open_data.hpp>

namespace subvention::compliance::rules {

/// The convention rules, in catalogue order.
inline constexpr std::array<Rule, 9> convention_rules{
    conv_required,
    conv_content,
    conv_period,
    conv_retroactive,
    conv_tacit_renewal,
    conv_report_deadline,
    deadline_non_working_day,
    publication_open_data,
    conv_cer,
};

} // namespace subvention::compliance::rules
