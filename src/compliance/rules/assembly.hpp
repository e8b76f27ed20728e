// SPDX-License-Identifier: Apache-2.0
// subvention — the « assembly » group of compliance rules: the vote (quorum, tally, outcome,
// proxies, attendance), the visas and the deliberation's number and dates. Catalogue order is
// the order of `assembly_rules`; rule IDs are stable public API.
//
// The vote rules map the findings of vote.hpp's `analyse` (docs/architecture.md §3.4: votes are
// recomputed, not trusted) to diagnostics; see each rule's header for the mapping and the
// severities. Findings of `analyse` without a rule of this group: `interested_not_member` and
// `breakdown_mismatch` (no catalogue ID yet).
//
// Time: the validity of a vote is judged by the law in force on the day of the meeting
// (quorum regime, COVID-19 derogation, proxies per holder — vote.hpp reads the meeting date),
// whatever `CheckOptions::as_of` says; `as_of` defaults to that date anyway.
#pragma once

#include <array>

#include "compliance/builtin_rule.hpp"
#include "compliance/rules/attendance_duplicate.hpp"
#include "compliance/rules/coi_illegality.hpp"
#include "compliance/rules/coi_interested_list.hpp"
#include "compliance/rules/cp_delegation_visa.hpp"
#include "compliance/rules/delib_dates_order.hpp"
#include "compliance/rules/delib_number.hpp"
#include "compliance/rules/grant_competence.hpp"
#include "compliance/rules/visa_duplicate.hpp"
#include "compliance/rules/vote_outcome.hpp"
#include "compliance/rules/vote_proxy_interested.hpp"
#include "compliance/rules/vote_proxy_limit.hpp"
#include "compliance/rules/vote_quorum.hpp"
#include "compliance/rules/vote_tally_exceeds.hpp"
#include "compliance/rules/vote_tally_short.hpp"

namespace subvention::compliance::rules {

/// Les règles du groupe « assemblée » (vote, présences, visas, numéro et dates de la
/// délibération), in catalogue order.
inline constexpr std::array assembly_rules{
    vote_quorum,      vote_tally_exceeds,    vote_tally_short,     vote_outcome,
    vote_proxy_limit, vote_proxy_interested, attendance_duplicate, cp_delegation_visa,
    delib_number,     delib_dates_order,     visa_duplicate,       grant_competence,
    coi_illegality,   coi_interested_list,
    // scripts/new-rule appends here
};

} // namespace subvention::compliance::rules
