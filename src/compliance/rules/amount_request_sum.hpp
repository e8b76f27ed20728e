// SPDX-License-Identifier: Apache-2.0
// subvention — AMOUNT-REQUEST-SUM: the amounts the beneficiary requests for its actions, as the
// report presents them (« sollicite une participation … à hauteur de »), do not add up to the
// amount the report proposes (else the deliberation grants).
//
// A subsidy funds actions « initiés, définis et mis en œuvre » by the beneficiary (loi
// 2000-321 art. 9-1): the authority may grant less than requested, not more without saying why.
//  * proposal above the requests: warning (granting more than asked is doubtful);
//  * proposal below the requests: info (a partial grant is lawful and common; the user should
//    know the figures differ).
// Only operations that state an amount count; no request stated, no check. Location: the
// requests (report, « présentation des opérations sollicitées »); facts `other_*`: the
// proposal. The requests' total is exact; its overflow is reported here, never thrown.
#pragma once

#include <array>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

#include <subvention/compliance/diagnostic.hpp>

#include "compliance/builtin_rule.hpp"
#include "compliance/rules/amounts_common.hpp"

namespace subvention::compliance::rules {

inline constexpr std::array<LegalRef, 1> amount_request_sum_basis{{
    {"loi 2000-321", "9-1", "as inserted by loi n° 2014-856 of 31 July 2014 (ESS)"},
}};

/// AMOUNT-REQUEST-SUM (« total des montants sollicités »): see the file comment.
inline void check_amount_request_sum(const Context& ctx, Emitter& out) {
    using namespace detail;
    const Dossier& dossier = ctx.dossier;
    if (!dossier.rapport)
        return;
    const Rapport& r = *dossier.rapport;
    const auto requests = try_place(
        out, DocumentKind::rapport, "/rapport/operations",
        Message("AMOUNT-REQUEST-SUM.overflow_requests"), [&] {
            PlaceBuilder b(DocumentKind::rapport, "rapport_operations", "/rapport/operations");
            for (std::size_t i = 0; i < r.operations.size(); ++i)
                if (r.operations[i].amount)
                    b.add(r.operations[i].amount->source, r.operations[i].amount->value,
                          "/rapport/operations/" + std::to_string(i) + "/amount");
            return b.get();
        });
    if (!requests)
        return;
    std::optional<std::string_view> beneficiary;
    if (dossier.convention && !dossier.convention->beneficiary.name.empty())
        beneficiary = dossier.convention->beneficiary.name;
    // Grants' overflow is AMOUNT-MISMATCH's to report.
    auto proposal = try_place([&] {
        return grants_place(r.proposed_grants, DocumentKind::rapport, "rapport_proposed_grants",
                            "/rapport/proposed_grants", beneficiary);
    });
    if (!proposal && dossier.deliberation)
        proposal = try_place([&] {
            return grants_place(dossier.deliberation->grants, DocumentKind::deliberation,
                                "deliberation_grants", "/deliberation/grants", beneficiary);
        });
    if (!proposal || proposal->amount == requests->amount)
        return;
    try {
        const bool more = proposal->amount > requests->amount;
        const Euros gap =
            more ? proposal->amount - requests->amount : requests->amount - proposal->amount;
        Diagnostic d;
        d.severity = more ? Severity::warning : Severity::info;
        d.location = location_of(*requests);
        d.parts.push_back(Message(more ? "AMOUNT-REQUEST-SUM.below_proposal"
                                       : "AMOUNT-REQUEST-SUM.above_proposal")
                              .arg("requests", describe(*requests, Case::capitalized))
                              .arg("requested", requests->amount)
                              .arg("proposal", describe(*proposal, Case::a))
                              .arg("proposed", proposal->amount)
                              .arg("gap", gap));
        fact(d, "request_count", requests->statements);
        fact(d, "requested_total", requests->amount);
        fact(d, "proposed", proposal->amount);
        fact(d, "difference", proposal->amount - requests->amount);
        fact(d, "other_place", proposal->kind, Unit::code);
        other_place(d, *proposal);
        out.emit(std::move(d));
    } catch (const std::overflow_error& e) {
        emit_overflow(out, location_of(*requests),
                      Message("AMOUNT-REQUEST-SUM.overflow_difference"), e);
    }
}

/// AMOUNT-REQUEST-SUM: the report's requested amounts differ from the proposal.
inline constexpr BuiltinRule amount_request_sum{
    "AMOUNT-REQUEST-SUM", "Total des montants sollicités", "Sum of the amounts requested",
    amount_request_sum_basis, &check_amount_request_sum};

} // namespace subvention::compliance::rules
