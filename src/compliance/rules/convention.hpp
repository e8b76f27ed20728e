// SPDX-License-Identifier: Apache-2.0
// subvention — the « convention » group of the compliance catalogue: the subsidy convention
// (duty, content, period, renewal, final report), the deadlines it and the law set, and the
// obligations attached to it (open-data publication, contrat d'engagement républicain).
// Catalogue order (IDs are stable public API).
#pragma once

#include <array>

#include "compliance/builtin_rule.hpp"
#include "compliance/rules/aid_state_mention.hpp"
#include "compliance/rules/conv_cer.hpp"
#include "compliance/rules/conv_content.hpp"
#include "compliance/rules/conv_pass_on.hpp"
#include "compliance/rules/conv_period.hpp"
#include "compliance/rules/conv_report_deadline.hpp"
#include "compliance/rules/conv_required.hpp"
#include "compliance/rules/conv_retroactive.hpp"
#include "compliance/rules/conv_tacit_renewal.hpp"
#include "compliance/rules/deadline_non_working_day.hpp"
#include "compliance/rules/publication_open_data.hpp"
#include "compliance/rules/worship_funding.hpp"

namespace subvention::compliance::rules {

/// The convention rules, in catalogue order.
inline constexpr std::array convention_rules{
    conv_required,
    conv_content,
    conv_period,
    conv_retroactive,
    conv_tacit_renewal,
    conv_report_deadline,
    deadline_non_working_day,
    publication_open_data,
    conv_cer,
    aid_state_mention,
    conv_pass_on,
    worship_funding,
    // scripts/new-rule appends here
};

} // namespace subvention::compliance::rules
