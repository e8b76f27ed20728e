// SPDX-License-Identifier: Apache-2.0
// The documents a dossier holds, checked before anything else:
//  - DOSSIER-EMPTY (error): no deliberation, no report and no convention. No rule can apply, so
//    a check that stayed silent would read as « conforme » when nothing was verified (a file
//    that extraction could not read, or a JSON dossier whose documents are all null).
//  - DELIB-MISSING: a report or a convention without the deliberation that grants the subsidy.
//    The grant is a decision of the assembly or of its commission permanente (CGCT L.3211-1,
//    L.3211-2), which the President executes and on whose authority he signs (L.3221-1): without
//    it, neither the vote nor the authorisation to sign can be verified. Info in a draft (a
//    convention draft is checked before the meeting that will adopt it), warning once signed.
#pragma once

#include <array>

#include "compliance/builtin_rule.hpp"
#include "compliance/rules/delib_executory.hpp"
#include "compliance/rules/party_name_mismatch.hpp"

namespace subvention::compliance::rules {

inline constexpr std::array<LegalRef, 2> dossier_empty_basis{{
    {"CGCT", "L.3211-1",
     "consolidated text of late 2015, after loi n° 2015-991 of 7 August 2015 (NOTRe)"},
    {"CGCT", "L.3211-2", "consolidated text of late 2015"},
}};

inline constexpr std::array<LegalRef, 3> delib_missing_basis{{
    {"CGCT", "L.3211-1",
     "consolidated text of late 2015, after loi n° 2015-991 of 7 August 2015 (NOTRe)"},
    {"CGCT", "L.3211-2", "consolidated text of late 2015"},
    {"CGCT", "L.3221-1", "consolidated text of late 2015, not re-checked since"},
}};

/// Contrôle « dossier vide » (DOSSIER-EMPTY).
inline void check_dossier_empty(const Context& ctx, Emitter& out) {
    const Dossier& d = ctx.dossier;
    if (d.deliberation || d.rapport || d.convention)
        return;
    Diagnostic diag;
    diag.severity = Severity::error;
    diag.location = Location{DocumentKind::dossier, "", "", ""};
    diag.parts.emplace_back("DOSSIER-EMPTY");
    fact(diag, "documents", 0);
    out.emit(std::move(diag));
}

/// Contrôle « délibération absente du dossier » (DELIB-MISSING).
inline void check_delib_missing(const Context& ctx, Emitter& out) {
    const Dossier& d = ctx.dossier;
    if (d.deliberation || (!d.rapport && !d.convention))
        return;
    const bool signed_ = ctx.stage() == Stage::signed_;
    Diagnostic diag;
    diag.severity = signed_ ? Severity::warning : Severity::info;
    diag.location = Location{DocumentKind::dossier, "", "/deliberation", ""};
    diag.parts.emplace_back("DELIB-MISSING.not_joined");
    diag.parts.emplace_back(signed_ ? "DELIB-MISSING.signed" : "DELIB-MISSING.draft");
    fact(diag, "rapport", d.rapport.has_value());
    fact(diag, "convention", d.convention.has_value());
    out.emit(std::move(diag));
}

inline constexpr BuiltinRule dossier_empty{"DOSSIER-EMPTY", "Dossier sans aucun document",
                                           "Dossier without any document", dossier_empty_basis,
                                           &check_dossier_empty};

inline constexpr BuiltinRule delib_missing{"DELIB-MISSING", "Délibération absente du dossier",
                                           "Deliberation missing from the dossier",
                                           delib_missing_basis, &check_delib_missing};

/// The dossier rules, first in catalogue order.
inline constexpr std::array dossier_rules{
    dossier_empty, delib_missing, delib_executory, party_name_mismatch,
    // scripts/new-rule appends here
};

} // namespace subvention::compliance::rules
