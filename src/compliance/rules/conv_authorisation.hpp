// SPDX-License-Identifier: Apache-2.0
// CONV-AUTHORISATION — the deliberation the convention says authorises its signature (« dûment
// autorisé par délibération de la Commission Permanente en date du 20 mars 2023 ») must be the
// deliberation of the dossier: same body, same meeting date, same number when the convention
// gives one.
//
// The President signs for the département only what the assembly, or its Commission permanente
// by delegation, has authorised (CGCT L.3211-1, L.3211-2). A convention citing another body or
// another date rests on an authorisation the dossier does not contain: the signatory would lack
// authority — error. Compared: the grantor's stated authorisation (`ConventionParty::
// authorisation`, the département's act) with `Deliberation::attendance.body`, `meeting_date` and
// `number`. One diagnostic per convention listing every field that differs (`mismatch`), since
// they are one finding: the convention cites another act. Fields the convention leaves blank and
// special dates are not compared (a blank is CONV-INCOMPLETE's business); nothing is said when the
// dossier has no deliberation or the convention states no authorisation.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include <subvention/convention.hpp>
#include <subvention/deliberation.hpp>

#include "compliance/builtin_rule.hpp"
#include "compliance/rules/formal_common.hpp"

namespace subvention::compliance::rules {

inline constexpr std::array<LegalRef, 2> conv_authorisation_basis{{
    {"CGCT", "L.3211-1",
     "consolidated text of late 2015, after loi n° 2015-991 of 7 August 2015 (NOTRe)"},
    {"CGCT", "L.3211-2", "consolidated text of late 2015"},
}};

/// Contrôle de l'autorisation de signer citée par la convention (CONV-AUTHORISATION).
inline void check_conv_authorisation(const Context& ctx, Emitter& out) {
    const auto& dossier = ctx.dossier;
    if (!dossier.convention || !dossier.deliberation || !dossier.convention->grantor.authorisation)
        return;
    const StatedAuthorisation& auth = *dossier.convention->grantor.authorisation;
    const Deliberation& delib = *dossier.deliberation;
    const Body delib_body = body(delib);
    const Date meeting = delib.meeting_date.value;
    const std::optional<DeliberationNumber>& delib_no = delib.number.value;

    const bool body_differs = auth.body && *auth.body != delib_body;
    const bool date_differs =
        auth.date && !auth.date->is_special() && !meeting.is_special() && *auth.date != meeting;
    const bool number_differs = auth.number && delib_no && *auth.number != *delib_no;
    if (!body_differs && !date_differs && !number_differs)
        return;

    std::vector<std::string> mismatch;
    if (body_differs)
        mismatch.emplace_back("body");
    if (date_differs)
        mismatch.emplace_back("date");
    if (number_differs)
        mismatch.emplace_back("number");

    // What the convention cites.
    std::vector<Message> cited_number;
    std::vector<Message> cited_body;
    std::vector<Message> cited_date;
    if (auth.number)
        cited_number.push_back(
            Message("CONV-AUTHORISATION.cited_number").arg("number", auth.number->formatted()));
    if (auth.body)
        cited_body.push_back(
            Message("CONV-AUTHORISATION.cited_body").arg("body", detail::of_body(*auth.body)));
    if (auth.date && !auth.date->is_special())
        cited_date.push_back(Message("CONV-AUTHORISATION.cited_date").arg("date", *auth.date));
    // What the dossier's deliberation is.
    std::vector<Message> actual_number;
    std::vector<Message> actual_date;
    if (delib_no)
        actual_number.push_back(
            Message("CONV-AUTHORISATION.actual_number").arg("number", delib_no->formatted()));
    if (!meeting.is_special())
        actual_date.push_back(Message("CONV-AUTHORISATION.actual_date").arg("date", meeting));

    Diagnostic d;
    d.severity = Severity::error;
    d.location = at(auth.source, "/convention/grantor/authorisation");
    d.parts.push_back(Message("CONV-AUTHORISATION")
                          .arg("cited", Message("CONV-AUTHORISATION.cited")
                                            .arg("number", std::move(cited_number))
                                            .arg("body", std::move(cited_body))
                                            .arg("date", std::move(cited_date)))
                          .arg("actual", Message("CONV-AUTHORISATION.actual")
                                             .arg("number", std::move(actual_number))
                                             .arg("body", detail::body_name(delib_body))
                                             .arg("date", std::move(actual_date))));
    fact(d, "mismatch", detail::join(mismatch), Unit::code);
    if (auth.body)
        fact(d, "stated_body", std::string(to_string(*auth.body)), Unit::code);
    fact(d, "deliberation_body", std::string(to_string(delib_body)), Unit::code);
    if (auth.date && !auth.date->is_special())
        fact(d, "stated_date", *auth.date);
    if (!meeting.is_special())
        fact(d, "deliberation_date", meeting);
    if (auth.number)
        fact(d, "stated_number", auth.number->formatted(), Unit::code);
    if (delib_no)
        fact(d, "deliberation_number", delib_no->formatted(), Unit::code);
    if (date_differs)
        detail::other_place(d, delib.meeting_date.source, "/deliberation/meeting_date");
    else if (number_differs)
        detail::other_place(d, delib.number.source, "/deliberation/number");
    else
        detail::other_place(d, delib.meeting_date.source, "/deliberation/attendance/body");
    out.emit(std::move(d));
}

/// CONV-AUTHORISATION: délibération d'autorisation citée ≠ délibération du dossier.
inline constexpr BuiltinRule conv_authorisation{
    "CONV-AUTHORISATION", "Autorisation de signer la convention",
    "Authorisation to sign the convention", conv_authorisation_basis, &check_conv_authorisation};

} // namespace subvention::compliance::rules
