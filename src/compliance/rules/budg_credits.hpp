// SPDX-License-Identifier: Apache-2.0
// subvention — BUDG-CREDITS: the proposal of an imputation line exceeds the credits available
// on it (CGCT L.3312-4, R.3312-3; docs/legal-reference.md §7 BUDG-AP-AE-CP: « year payments ≤ CP
// available; commitment ≤ AE/AP available »).
//
//  * proposal > credits available: warning — the crédits de paiement are the upper limit of the
//    year's payments, the AP/AE of the commitments, but the credits are voted by chapter (CGCT
//    L.3312-3), not by operation: a line short of credits may be covered within its chapter (or
//    by a budget decision) before the commitment, so the excess on the line does not by itself
//    make the grant unlawful;
//  * « Disponible » printed above the « CP » column of the same line: warning — what is still
//    available cannot exceed what was voted, one of the two figures is wrong.
// The credits available are the « Disponible » column when printed, else « CP » (the
// deliberation's table), as `to_budget_line` maps them. A row repeated identically in the
// deliberation and in the report is reported once (fact `also_at`). Lines without any credits
// column are not checked (nothing to compare). Overflow is reported, never thrown.
#pragma once

#include <array>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

#include <subvention/budget.hpp>
#include <subvention/compliance/diagnostic.hpp>

#include "compliance/builtin_rule.hpp"
#include "compliance/rules/amounts_common.hpp"

namespace subvention::compliance::rules {

inline constexpr std::array<LegalRef, 3> budg_credits_basis{{
    {"CGCT", "L.3312-4", "consolidated text of late 2015"},
    {"CGCT", "L.3312-3", "consolidated text of late 2015"},
    {"CGCT", "R.3312-3", "consolidated text of late 2015"},
}};

namespace detail {
/// « crédits de paiement » / « payment credits », « autorisations de programme », …
[[nodiscard]] inline Message appropriation(AppropriationKind k) {
    switch (k) {
    case AppropriationKind::ap:
        return Message("phrase.amounts.appropriation.ap");
    case AppropriationKind::ae:
        return Message("phrase.amounts.appropriation.ae");
    case AppropriationKind::cp:
        return Message("phrase.amounts.appropriation.cp");
    }
    return Message("phrase.amounts.appropriation.cp");
}
/// « C01-020Q01 6568/9365 » as printed (trimmed), for messages.
[[nodiscard]] inline std::string line_name(const ImputationRow& r) {
    std::string s(subvention::detail::trim_spaces(r.operation_code));
    const std::string_view imp = subvention::detail::trim_spaces(r.imputation);
    if (!s.empty() && !imp.empty())
        s += " ";
    s += imp;
    return s;
}
} // namespace detail

/// BUDG-CREDITS (« crédits disponibles »): see the file comment.
inline void check_budg_credits(const Context& ctx, Emitter& out) {
    using namespace detail;
    for (const auto& g : distinct_rows(ctx.dossier, false)) {
        const RowRef& r = g.first;
        const ImputationRow& row = *r.row;
        const auto available = credits_available(row);
        if (!available)
            continue;
        const std::string line = line_name(row);
        const std::string kind = lower_ascii(to_string(row.appropriation));
        auto common_facts = [&](Diagnostic& d) {
            fact(d, "operation_code",
                 std::string(subvention::detail::trim_spaces(row.operation_code)), Unit::code);
            fact(d, "imputation", std::string(subvention::detail::trim_spaces(row.imputation)),
                 Unit::code);
            fact(d, "appropriation", kind, Unit::code);
        };
        auto also = [&](Diagnostic& d) {
            if (!g.also_at.empty())
                fact(d, "also_at", join(g.also_at, ","), Unit::code);
        };
        if (row.proposed > *available) {
            try {
                const Euros shortfall = row.proposed - *available;
                Diagnostic d;
                d.severity = Severity::warning;
                d.location = row_location(r, "proposed");
                d.parts.push_back(Message("BUDG-CREDITS.exceeds")
                                      .arg("proposed", row.proposed)
                                      .arg("line", line)
                                      .arg("where", row_document_phrase(r, Case::de))
                                      .arg("shortfall", shortfall)
                                      .arg("appropriation", appropriation(row.appropriation))
                                      .arg("available", *available));
                common_facts(d);
                fact(d, "credits_available", *available);
                fact(d, "proposed", row.proposed);
                fact(d, "shortfall", shortfall);
                also(d);
                out.emit(std::move(d));
            } catch (const std::overflow_error& e) {
                emit_overflow(out, row_location(r, "proposed"),
                              Message("BUDG-CREDITS.overflow").arg("line", line), e);
            }
        }
        if (row.available && row.cp && *row.available > *row.cp) {
            Diagnostic d;
            d.severity = Severity::warning;
            d.location = row_location(r, "available");
            d.parts.push_back(Message("BUDG-CREDITS.available_above_voted")
                                  .arg("line", line)
                                  .arg("where", row_document_phrase(r, Case::de))
                                  .arg("available", *row.available)
                                  .arg("voted", *row.cp));
            common_facts(d);
            fact(d, "credits_voted", *row.cp);
            fact(d, "credits_available", *row.available);
            also(d);
            out.emit(std::move(d));
        }
    }
}

/// BUDG-CREDITS: proposal above the credits available.
inline constexpr BuiltinRule budg_credits{"BUDG-CREDITS", "Crédits disponibles",
                                          "Credits available", budg_credits_basis,
                                          &check_budg_credits};

} // namespace subvention::compliance::rules
