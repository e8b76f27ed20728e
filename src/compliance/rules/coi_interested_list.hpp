// SPDX-License-Identifier: Apache-2.0
// COI-INTERESTED-LIST — the act names a member interested in the item in its statements
// (« Mme X, intéressée à l'affaire, n'a pris part ni au débat, ni au vote ») but not among the
// interested members of its attendance, or the reverse (docs/legal-reference.md COI-ILLEGALITY,
// COI-QUORUM).
//
// The two are entered separately (`Deliberation::interest_statements`,
// `Attendance::interested`) and each has its use: the statement shows that the member took no
// part in the decision (case law before 24 December 2025 — CE 6 June 1997 SERTIM —, CGCT
// L.3132-5 from that day), the list takes the member out of the voters and of the quorum of the
// item (COI-QUORUM). Both warnings, the act disagreeing with itself:
//  - a statement whose member is not in the list: the recount of the vote counts the member as
//    a voter, so the tally and quorum rules may be wrong about the act;
//  - a listed member without a statement: the act does not show that the member took part
//    neither in the debate nor in the vote.
// Names are compared as `PersonName` does (civility, case, accents and spacing ignored).
#pragma once

#include <algorithm>
#include <string>

#include "compliance/rules/coi_illegality.hpp"

namespace subvention::compliance::rules {

/// Fondement juridique of COI-INTERESTED-LIST: the same as COI-ILLEGALITY's.
inline constexpr std::array<LegalRef, 4> coi_interested_list_basis = coi_illegality_basis;

/// Contrôle COI-INTERESTED-LIST: one finding per member named on one side only.
inline void check_coi_interested_list(const Context& ctx, Emitter& out) {
    const auto& d = ctx.dossier;
    if (!d.deliberation)
        return;
    const auto& statements = d.deliberation->interest_statements;
    const auto& listed = d.deliberation->attendance.interested;
    for (std::size_t i = 0; i < statements.size(); ++i) {
        const PersonName& who = statements[i].member;
        if (std::find(listed.begin(), listed.end(), who) != listed.end())
            continue;
        Diagnostic diag;
        diag.severity = Severity::warning;
        diag.parts.push_back(
            Message("COI-INTERESTED-LIST.not_listed").arg("member", who.printed()));
        diag.location =
            at(statements[i].source, "/deliberation/interest_statements/" + std::to_string(i));
        diag.legal_basis = detail::coi_basis(ctx.as_of);
        fact(diag, "member", who.printed());
        fact(diag, "in_statements", true);
        fact(diag, "in_attendance_list", false);
        out.emit(std::move(diag));
    }
    for (std::size_t i = 0; i < listed.size(); ++i) {
        const bool stated =
            std::any_of(statements.begin(), statements.end(),
                        [&](const InterestStatement& s) { return s.member == listed[i]; });
        if (stated)
            continue;
        Diagnostic diag;
        diag.severity = Severity::warning;
        diag.parts.push_back(
            Message("COI-INTERESTED-LIST.no_statement").arg("member", listed[i].printed()));
        diag.location = detail::attendance_at(
            "/deliberation/attendance/interested/" + std::to_string(i), listed[i].printed());
        diag.legal_basis = detail::coi_basis(ctx.as_of);
        fact(diag, "member", listed[i].printed());
        fact(diag, "in_statements", false);
        fact(diag, "in_attendance_list", true);
        out.emit(std::move(diag));
    }
}

/// COI-INTERESTED-LIST: interested members of the statements and of the attendance disagree.
inline constexpr BuiltinRule coi_interested_list{
    "COI-INTERESTED-LIST", "Membres intéressés : mentions et liste divergentes",
    "Interested members: statements and list disagree", coi_interested_list_basis,
    &check_coi_interested_list};

} // namespace subvention::compliance::rules
