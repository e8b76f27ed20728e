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
#include <string_view>
#include <vector>

#include <subvention/convention.hpp>
#include <subvention/deliberation.hpp>

#include "compliance/builtin_rule.hpp"
#include "compliance/rules/formal_common.hpp"

namespace subvention::compliance::rules {

inline constexpr std::array<LegalRef, 2> conv_authorisation_basis{{
    {"CGCT", "L.3211-1"},
    {"CGCT", "L.3211-2"},
}};

namespace formal_detail {

/// « de la Commission permanente » / « du Conseil départemental ».
[[nodiscard]] constexpr std::string_view of_body_fr(Body b) noexcept {
    return b == Body::commission_permanente ? "de la Commission permanente"
                                            : "du Conseil départemental";
}

} // namespace formal_detail

/// Contrôle de l'autorisation de signer citée par la convention (CONV-AUTHORISATION).
inline void check_conv_authorisation(const Context& ctx, Emitter& out) {
    namespace fd = formal_detail;
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
    std::string cited_fr = "une délibération";
    std::string cited_en = "a deliberation";
    if (auth.number) {
        cited_fr += " n°\u00A0" + auth.number->formatted();
        cited_en += " no. " + auth.number->formatted();
    }
    if (auth.body) {
        cited_fr += " " + std::string(fd::of_body_fr(*auth.body));
        cited_en += " of " + std::string(fd::body_en(*auth.body));
    }
    if (auth.date && !auth.date->is_special()) {
        cited_fr += " du " + fd::fr(*auth.date);
        cited_en += " of " + fd::en(*auth.date);
    }
    // What the dossier's deliberation is.
    std::string actual_fr = "la délibération du dossier";
    std::string actual_en = "the dossier's deliberation";
    if (delib_no) {
        actual_fr += " (n°\u00A0" + delib_no->formatted() + ")";
        actual_en += " (no. " + delib_no->formatted() + ")";
    }
    actual_fr += " a été prise par " + std::string(fd::body_fr(delib_body));
    actual_en += " was taken by " + std::string(fd::body_en(delib_body));
    if (!meeting.is_special()) {
        actual_fr += " le " + fd::fr(meeting);
        actual_en += " on " + fd::en(meeting);
    }

    Diagnostic d;
    d.severity = Severity::error;
    d.location = at(auth.source, "/convention/grantor/authorisation");
    d.message_fr = "La convention déclare son signataire pour le Département autorisé par " +
                   cited_fr + ", alors que " + actual_fr +
                   "\u00A0: faute de délibération l\u2019y autorisant, le signataire n\u2019aurait "
                   "pas qualité pour signer.";
    d.message_en = "The convention states that the département's signatory is authorised by " +
                   cited_en + ", whereas " + actual_en +
                   ": without a deliberation authorising it, the signatory would lack authority "
                   "to sign.";
    fd::fact(d, "mismatch", fd::csv(mismatch));
    if (auth.body)
        fd::fact(d, "stated_body", std::string(to_string(*auth.body)));
    fd::fact(d, "deliberation_body", std::string(to_string(delib_body)));
    if (auth.date && !auth.date->is_special())
        fd::fact(d, "stated_date", fd::iso(*auth.date));
    if (!meeting.is_special())
        fd::fact(d, "deliberation_date", fd::iso(meeting));
    if (auth.number)
        fd::fact(d, "stated_number", auth.number->formatted());
    if (delib_no)
        fd::fact(d, "deliberation_number", delib_no->formatted());
    if (date_differs)
        fd::other_place(d, delib.meeting_date.source, "/deliberation/meeting_date");
    else if (number_differs)
        fd::other_place(d, delib.number.source, "/deliberation/number");
    else
        fd::other_place(d, delib.meeting_date.source, "/deliberation/attendance/body");
    out.emit(std::move(d));
}

/// CONV-AUTHORISATION: délibération d'autorisation citée ≠ délibération du dossier.
inline constexpr BuiltinRule conv_authorisation{
    "CONV-AUTHORISATION", "Autorisation de signer la convention",
    "Authorisation to sign the convention", conv_authorisation_basis, &check_conv_authorisation};

} // namespace subvention::compliance::rules
