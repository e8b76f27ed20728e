// SPDX-License-Identifier: Apache-2.0
// subvention — BUDG-BALANCE: the balance (« solde ») printed on an imputation line differs from
// the credits available minus the proposal (docs/legal-reference.md §7 BUDG-AP-AE-CP: « solde = CP
// disponible − proposition »; CGCT L.3312-4, R.3312-3). The balance is recomputed, never trusted
// (docs/architecture.md §3.5). A wrong balance is an inconsistency of the document: error.
//
// Lines without a printed balance, or without any credits column, are not checked. A row
// repeated identically in the deliberation and in the report is reported once (`also_at`).
// A negative recomputed balance that matches the printed one is BUDG-CREDITS' finding, not
// this rule's. Overflow is reported, never thrown.
#pragma once

#include <array>
#include <stdexcept>
#include <string>
#include <utility>

#include <subvention/compliance/diagnostic.hpp>

#include "compliance/builtin_rule.hpp"
#include "compliance/rules/amounts_common.hpp"
#include "compliance/rules/budg_credits.hpp"

namespace subvention::compliance::rules {

inline constexpr std::array<LegalRef, 2> budg_balance_basis{{
    {"CGCT", "L.3312-4", "consolidated text of late 2015"},
    {"CGCT", "R.3312-3", "consolidated text of late 2015"},
}};

/// BUDG-BALANCE (« solde des crédits »): see the file comment.
inline void check_budg_balance(const Context& ctx, Emitter& out) {
    using namespace detail;
    for (const auto& g : distinct_rows(ctx.dossier, true)) {
        const RowRef& r = g.first;
        const ImputationRow& row = *r.row;
        const auto available = credits_available(row);
        if (!row.balance || !available)
            continue;
        const std::string line = line_name(row);
        try {
            const Euros computed = *available - row.proposed;
            if (computed == *row.balance)
                continue;
            const Euros difference = *row.balance - computed;
            Diagnostic d;
            d.severity = Severity::error;
            d.location = row_location(r, "balance");
            d.parts.push_back(Message("BUDG-BALANCE")
                                  .arg("line", line)
                                  .arg("where", row_document_phrase(r, Case::de))
                                  .arg("balance", *row.balance)
                                  .arg("available", *available)
                                  .arg("proposed", row.proposed)
                                  .arg("computed", computed));
            fact(d, "operation_code",
                 std::string(subvention::detail::trim_spaces(row.operation_code)), Unit::code);
            fact(d, "imputation", std::string(subvention::detail::trim_spaces(row.imputation)),
                 Unit::code);
            fact(d, "credits_available", *available);
            fact(d, "proposed", row.proposed);
            fact(d, "stated_balance", *row.balance);
            fact(d, "computed_balance", computed);
            fact(d, "difference", difference);
            if (!g.also_at.empty())
                fact(d, "also_at", join(g.also_at, ","), Unit::code);
            out.emit(std::move(d));
        } catch (const std::overflow_error& e) {
            emit_overflow(out, row_location(r, "balance"),
                          Message("BUDG-BALANCE.overflow").arg("line", line), e);
        }
    }
}

/// BUDG-BALANCE: stated balance ≠ available − proposal.
inline constexpr BuiltinRule budg_balance{"BUDG-BALANCE", "Solde des crédits", "Credit balance",
                                          budg_balance_basis, &check_budg_balance};

} // namespace subvention::compliance::rules
