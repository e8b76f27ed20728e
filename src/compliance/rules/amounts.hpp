// SPDX-License-Identifier: Apache-2.0
// subvention — the `amounts` group of the compliance catalogue: budget imputations and
// credits, amounts compared across documents, amounts in letters, payment schedule. Rule IDs
// are stable public API; the order below is the catalogue order.
#pragma once

#include <array>

#include "compliance/builtin_rule.hpp"
#include "compliance/rules/amount_ceilings_sum.hpp"
#include "compliance/rules/amount_mismatch.hpp"
#include "compliance/rules/amount_request_sum.hpp"
#include "compliance/rules/amount_words.hpp"
#include "compliance/rules/budg_annex_list.hpp"
#include "compliance/rules/budg_balance.hpp"
#include "compliance/rules/budg_credits.hpp"
#include "compliance/rules/budg_imputation.hpp"
#include "compliance/rules/budg_section.hpp"
#include "compliance/rules/payment_deadline.hpp"
#include "compliance/rules/payment_exceeds.hpp"
#include "compliance/rules/payment_incomplete.hpp"

namespace subvention::compliance::rules {

/// The amount, budget and payment rules, in catalogue order.
inline constexpr std::array amounts_rules{
    budg_imputation, budg_section,        budg_credits,       budg_balance,
    amount_mismatch, amount_ceilings_sum, amount_request_sum, amount_words,
    payment_exceeds, payment_incomplete,  budg_annex_list,    payment_deadline,
    // scripts/new-rule appends here
};

} // namespace subvention::compliance::rules
