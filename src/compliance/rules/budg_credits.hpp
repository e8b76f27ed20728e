// SPDX-License-Identifier: Apache-2.0
// subvention — BUDG-CREDITS: the proposal of an imputation line exceeds the credits available
// on it (CGCT L.3312-4, R.3312-3; docs/legal-reference.md §7 BUDG-AP-AE-CP: « year payments ≤ CP
// available; commitment ≤ AE/AP available »).
//
//  * proposal > credits available: error — the crédits de paiement are the upper limit of the
//    year's payments, the AP/AE of the commitments;
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

inline constexpr std::array<LegalRef, 2> budg_credits_basis{{
    {"CGCT", "L.3312-4"},
    {"CGCT", "R.3312-3"},
}};

namespace amounts_detail {
/// « crédits de paiement » / « autorisations d'engagement » / « autorisations de programme ».
[[nodiscard]] constexpr std::string_view appropriation_fr(AppropriationKind k) noexcept {
    switch (k) {
    case AppropriationKind::ap:
        return "autorisations de programme";
    case AppropriationKind::ae:
        return "autorisations d'engagement";
    case AppropriationKind::cp:
        return "crédits de paiement";
    }
    return "crédits de paiement";
}
[[nodiscard]] constexpr std::string_view appropriation_en(AppropriationKind k) noexcept {
    switch (k) {
    case AppropriationKind::ap:
        return "programme authorisations";
    case AppropriationKind::ae:
        return "commitment authorisations";
    case AppropriationKind::cp:
        return "payment credits";
    }
    return "payment credits";
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
} // namespace amounts_detail

/// BUDG-CREDITS (« crédits disponibles »): see the file comment.
inline void check_budg_credits(const Context& ctx, Emitter& out) {
    using namespace amounts_detail;
    for (const auto& g : distinct_rows(ctx.dossier, false)) {
        const RowRef& r = g.first;
        const ImputationRow& row = *r.row;
        const auto available = credits_available(row);
        if (!available)
            continue;
        const std::string line = line_name(row);
        const std::string kind = lower_ascii(to_string(row.appropriation));
        auto common_facts = [&](Diagnostic& d) {
            d.facts.push_back({"operation_code",
                               std::string(subvention::detail::trim_spaces(row.operation_code))});
            d.facts.push_back(
                {"imputation", std::string(subvention::detail::trim_spaces(row.imputation))});
            d.facts.push_back({"appropriation", kind});
        };
        auto also = [&](Diagnostic& d) {
            if (!g.also_at.empty())
                d.facts.push_back({"also_at", join(g.also_at, ",")});
        };
        if (row.proposed > *available) {
            try {
                const Euros shortfall = row.proposed - *available;
                Diagnostic d;
                d.severity = Severity::error;
                d.location = row_location(r, "proposed");
                d.message_fr = "La dépense proposée de " + row.proposed.to_string_fr() +
                               " sur la ligne " + line + " " + de_fr(row_where_fr(r)) +
                               " dépasse de " + shortfall.to_string_fr() + " les " +
                               std::string(appropriation_fr(row.appropriation)) + " disponibles (" +
                               available->to_string_fr() +
                               ") : elle ne peut être engagée ni mandatée au-delà des crédits "
                               "ouverts.";
                d.message_en = "The proposed expense of " + row.proposed.to_string_fr() +
                               " on line " + line + " of " + row_where_en(r) + " exceeds the " +
                               std::string(appropriation_en(row.appropriation)) + " available (" +
                               available->to_string_fr() + ") by " + shortfall.to_string_fr() +
                               ": it cannot be committed or paid beyond the credits opened.";
                common_facts(d);
                d.facts.push_back({"credits_available", available->to_iso()});
                d.facts.push_back({"proposed", row.proposed.to_iso()});
                d.facts.push_back({"shortfall", shortfall.to_iso()});
                also(d);
                out.emit(std::move(d));
            } catch (const std::overflow_error& e) {
                emit_overflow(out, row_location(r, "proposed"),
                              "du dépassement des crédits de la ligne " + line,
                              "the excess over the credits of line " + line, e);
            }
        }
        if (row.available && row.cp && *row.available > *row.cp) {
            Diagnostic d;
            d.severity = Severity::warning;
            d.location = row_location(r, "available");
            d.message_fr = "Sur la ligne " + line + " " + de_fr(row_where_fr(r)) +
                           ", le disponible (" + row.available->to_string_fr() +
                           ") dépasse les crédits votés (" + row.cp->to_string_fr() +
                           ") : l'un des deux montants est erroné.";
            d.message_en = "On line " + line + " of " + row_where_en(r) +
                           ", the amount available (" + row.available->to_string_fr() +
                           ") exceeds the credits voted (" + row.cp->to_string_fr() +
                           "): one of the two figures is wrong.";
            common_facts(d);
            d.facts.push_back({"credits_voted", row.cp->to_iso()});
            d.facts.push_back({"credits_available", row.available->to_iso()});
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
