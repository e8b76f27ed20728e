// SPDX-License-Identifier: Apache-2.0
// subvention — umbrella header: every public header of subvention::core.
// Include single headers instead when compile time matters (money.hpp alone is cheap;
// rate.hpp brings Boost.Multiprecision).
#pragma once

// values
#include <subvention/duration.hpp>
#include <subvention/identifiers.hpp>
#include <subvention/money.hpp>
#include <subvention/rate.hpp>
#include <subvention/result.hpp>
#include <subvention/words.hpp>

// time rules
#include <subvention/calendar.hpp>
#include <subvention/date.hpp>
#include <subvention/deadline.hpp>

// budget
#include <subvention/budget.hpp>

// assembly and agreement
#include <subvention/convention.hpp>
#include <subvention/deliberation.hpp>
#include <subvention/document.hpp>
#include <subvention/dossier.hpp>
#include <subvention/provenance.hpp>
#include <subvention/report.hpp>
#include <subvention/vote.hpp>

// execution: budgets, final report, settlement, cumulative aid
#include <subvention/aid.hpp>
#include <subvention/budget_plan.hpp>
#include <subvention/execution.hpp>
#include <subvention/final_report.hpp>
#include <subvention/settlement.hpp>

// compliance checker
#include <subvention/compliance/catalogue.hpp>
#include <subvention/compliance/checker.hpp>
#include <subvention/compliance/report_deadlines.hpp>
#include <subvention/tribunals.hpp>

// a dossier from structured data
#include <subvention/build/grant.hpp>
