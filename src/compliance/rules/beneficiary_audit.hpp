// SPDX-License-Identifier: Apache-2.0
// BENEFICIARY-AUDIT — commissaire aux comptes et publicité des comptes de l'association (C. com.
// L.612-4, D.612-5; décret n° 2009-540 art. 1er).
//
// « Toute association ayant reçu annuellement des autorités administratives […] une ou plusieurs
// subventions en numéraire dont le montant global dépasse un seuil fixé par décret » must draw up
// annual accounts, appoint a commissaire aux comptes (second alinéa, read in its 2005 wording) and
// publish its accounts and the auditor's report (L.612-4); the threshold is 153 000 € (D.612-5),
// publication on the website of the Direction des Journaux officiels (décret 2009-540 art. 1er).
// Texts as quoted by the CADA on 22 June 2017.
//
// Info, for a beneficiary that is an association, when the public subsidies in money of the
// year exceed 153 000 €: the amount the act grants (as AMOUNT-MISMATCH reads it; the whole grant
// counted in the year of the grant — assumption `grant_counted_in_its_year`) plus the other
// public subsidies of the year the dossier states (`Dossier::beneficiary_other_public_subsidies`).
// When the dossier does not state them, only the grant itself is compared, and the finding says
// so (`other_public_subsidies_unknown`): below the threshold nothing can be concluded, so nothing
// is said. The duty is the beneficiary's, not a condition of the grant: an info, which the
// convention may recall.
// Seed: silent (57 000 € ≤ 153 000 €; other subsidies not stated).
#pragma once

#include <array>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>

#include "compliance/builtin_rule.hpp"
#include "compliance/rules/amounts_common.hpp"
#include "compliance/rules/beneficiary_common.hpp"

namespace subvention::compliance::rules {

inline constexpr std::array<LegalRef, 3> beneficiary_audit_basis{{
    {"code de commerce", "L.612-4",
     "as amended by loi n° 2014-856 of 31 July 2014 (« en numéraire »), first alinéa as quoted by "
     "the CADA on 22 June 2017; second alinéa (commissaire aux comptes) read in its 2005 wording"},
    {"code de commerce", "D.612-5", "as quoted by the CADA on 22 June 2017 (153 000 €)"},
    {"décret 2009-540", "1er", "décret of 14 May 2009, as quoted by the CADA on 22 June 2017"},
}};

/// The threshold of C. com. D.612-5, in euros.
inline constexpr std::int64_t audit_threshold_euros = 153'000;

/// BENEFICIARY-AUDIT: see the file comment.
inline void check_beneficiary_audit(const Context& ctx, Emitter& out) {
    using namespace detail;
    const Dossier& d = ctx.dossier;
    if (beneficiary_form(d) != LegalForm::association)
        return;
    std::optional<Place> granted;
    Euros total{};
    const std::optional<Euros> others =
        d.beneficiary_other_public_subsidies
            ? std::optional<Euros>(d.beneficiary_other_public_subsidies->value)
            : std::nullopt;
    try {
        granted = granted_place(d);
        if (!granted)
            return;
        total = granted->amount + others.value_or(Euros{});
    } catch (const std::overflow_error&) {
        return; // absurd amounts: AMOUNT-* rules report them
    }
    const Euros threshold = Euros::from_cents(audit_threshold_euros * 100);
    if (!(total > threshold))
        return;

    Diagnostic diag;
    diag.severity = Severity::info;
    diag.location = location_of(*granted);
    Message detail_of_total =
        others ? Message("BENEFICIARY-AUDIT.with_others").arg("others", *others).arg("total", total)
               : Message("BENEFICIARY-AUDIT.grant_only");
    diag.parts.push_back(Message("BENEFICIARY-AUDIT")
                             .arg("beneficiary", beneficiary_name(d))
                             .arg("amount", granted->amount)
                             .arg("total", std::move(detail_of_total))
                             .arg("threshold", threshold));
    diag.assumptions = {"grant_counted_in_its_year"};
    if (!others) {
        diag.parts.push_back(Message("BENEFICIARY-AUDIT.others_unknown"));
        diag.assumptions.push_back("other_public_subsidies_unknown");
    }
    diag.parts.push_back(Message("BENEFICIARY-AUDIT.reserve"));
    fact(diag, "granted", granted->amount);
    if (others)
        fact(diag, "other_public_subsidies", *others);
    fact(diag, "total", total);
    fact(diag, "threshold", threshold);
    out.emit(std::move(diag));
}

/// BENEFICIARY-AUDIT: an association above 153 000 € of public subsidies a year.
inline constexpr BuiltinRule beneficiary_audit{
    "BENEFICIARY-AUDIT", "Commissaire aux comptes de l'association subventionnée",
    "Statutory auditor of the subsidised association", beneficiary_audit_basis,
    &check_beneficiary_audit};

} // namespace subvention::compliance::rules
