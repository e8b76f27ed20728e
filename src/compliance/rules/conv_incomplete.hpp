// SPDX-License-Identifier: Apache-2.0
// CONV-INCOMPLETE — blanks of the convention that must be filled in before it is signed: the
// dossier number, the signature date, the signatories.
//
// A draft annexed to the deliberation normally leaves them blank (docs/legal-reference.md SEED-09:
// « Dossier n° » blank, « A Arras, le » undated); once signed they must be there: the convention is
// a contract concluded by both parties on a date (loi 2000-321 art. 10 al. 3), and a convention
// that requires its number on every communication (the seed's art. 4 §1,
// `ClauseKind::correspondence`) cannot be applied without one. What the blank date prevents
// computing (the open-data publication deadline) is PUBLICATION-OPEN-DATA's finding, not
// repeated here. Severity:
// `Context::blank_severity()` — info in a draft, error once signed. One diagnostic per blank, in
// reading order (number, date, signatories):
//  - `dossier_number`: blank or fillers only; the message cites the correspondence clause when
//    there is one (facts `correspondence_clause`, `correspondence_section`);
//  - `signature_date`: blank (or not a date);
//  - `signatories`: fewer than two signatories (one per party), or a signatory without a name
//    (`signatory_name`, one diagnostic each).
// The bank details are CONV-BANK-DETAILS' business, not repeated here.
#pragma once

#include <array>
#include <cstddef>
#include <string>

#include <subvention/convention.hpp>

#include "compliance/builtin_rule.hpp"
#include "compliance/rules/formal_common.hpp"

namespace subvention::compliance::rules {

inline constexpr std::array<LegalRef, 1> conv_incomplete_basis{{
    {"loi 2000-321", "10 al. 3"},
}};

/// Contrôle des mentions laissées en blanc dans la convention (CONV-INCOMPLETE).
inline void check_conv_incomplete(const Context& ctx, Emitter& out) {
    namespace fd = formal_detail;
    if (!ctx.dossier.convention)
        return;
    const Convention& c = *ctx.dossier.convention;
    const Severity severity = ctx.blank_severity();
    const bool signed_stage = ctx.options.stage == Stage::signed_;
    const std::string stage(to_string(ctx.options.stage));
    // « … est laissé en blanc (à compléter avant la signature) » / « … sur l'exemplaire signé ».
    const std::string blank_fr =
        signed_stage ? " sur l\u2019exemplaire signé" : " (à compléter avant la signature)";
    const std::string blank_en =
        signed_stage ? " on the signed copy" : " (to be filled in before signature)";

    // Dossier number.
    if (fd::is_blank(c.dossier_number.value)) {
        const Clause* correspondence = nullptr;
        for (const auto& clause : c.clauses)
            if (clause.kind == ClauseKind::correspondence) {
                correspondence = &clause;
                break;
            }
        Diagnostic d;
        d.severity = severity;
        d.location = at(c.dossier_number.source, "/convention/dossier_number");
        d.message_fr =
            "Le numéro de la convention («\u00A0Dossier n°\u00A0») est laissé en blanc" + blank_fr;
        d.message_en = "The convention's number (\"Dossier n°\") is left blank" + blank_en;
        if (correspondence != nullptr) {
            const std::string where = correspondence->source.section.empty()
                                          ? std::string("la convention")
                                          : correspondence->source.section;
            d.message_fr += ", alors que la convention elle-même (" + where +
                            ") exige que toute communication mentionne ce numéro.";
            d.message_en += ", whereas the convention itself (" + where +
                            ") requires every communication to quote that number.";
            d.legal_basis = {LegalBasis{"convention", fd::article_of(where)},
                             LegalBasis{"loi 2000-321", "10 al. 3"}};
        } else {
            d.message_fr += ".";
            d.message_en += ".";
        }
        fd::fact(d, "field", "dossier_number");
        fd::fact(d, "stage", stage);
        fd::fact(d, "correspondence_clause", std::string(fd::boolean(correspondence != nullptr)));
        if (correspondence != nullptr)
            fd::fact(d, "correspondence_section", correspondence->source.section);
        out.emit(std::move(d));
    }

    // Signature date.
    const auto& date = c.signature.date;
    if (!date.value || date.value->is_special()) {
        Diagnostic d;
        d.severity = severity;
        d.location = at(date.source, "/convention/signature/date");
        d.message_fr = "La date de signature de la convention est laissée en blanc" + blank_fr +
                       "\u00A0: la date à laquelle la convention est conclue n\u2019est pas "
                       "établie.";
        d.message_en = "The convention's signature date is left blank" + blank_en +
                       ": the date on which the convention is concluded is not established.";
        fd::fact(d, "field", "signature_date");
        fd::fact(d, "stage", stage);
        out.emit(std::move(d));
    }

    // Signatories: one per party at least, each named.
    const auto& signatories = c.signature.signatories;
    if (signatories.size() < 2) {
        Diagnostic d;
        d.severity = severity;
        d.location =
            Location{DocumentKind::convention,
                     date.source.section.empty() ? std::string("signature") : date.source.section,
                     "/convention/signature/signatories", date.source.text};
        const std::string n = std::to_string(signatories.size());
        d.message_fr = "La convention compte " + n + " signataire" +
                       (signatories.size() > 1 ? "s" : "") +
                       " au lieu de deux, un pour chaque partie" + blank_fr + ".";
        d.message_en = "The convention has " + n + " signator" +
                       (signatories.size() == 1 ? "y" : "ies") +
                       " instead of two, one for each party" + blank_en + ".";
        fd::fact(d, "field", "signatories");
        fd::fact(d, "stage", stage);
        fd::fact(d, "signatory_count", n);
        fd::fact(d, "expected_count", "2");
        out.emit(std::move(d));
    }
    for (std::size_t i = 0; i < signatories.size(); ++i) {
        const Signatory& s = signatories[i];
        if (!fd::is_blank(std::string_view(s.person.name)))
            continue;
        Diagnostic d;
        d.severity = severity;
        d.location = Location{
            DocumentKind::convention, "signature",
            "/convention/signature/signatories/" + std::to_string(i) + "/person/name", s.party};
        const std::string who_fr = s.party.empty() ? std::string() : " (" + s.party + ")";
        d.message_fr = "Le nom du signataire n°\u00A0" + std::to_string(i + 1) + who_fr +
                       " de la convention est laissé en blanc" + blank_fr + ".";
        d.message_en = "The name of signatory no. " + std::to_string(i + 1) + who_fr +
                       " of the convention is left blank" + blank_en + ".";
        fd::fact(d, "field", "signatory_name");
        fd::fact(d, "stage", stage);
        fd::fact(d, "index", std::to_string(i));
        out.emit(std::move(d));
    }
}

/// CONV-INCOMPLETE: numéro, date de signature ou signataires de la convention en blanc.
inline constexpr BuiltinRule conv_incomplete{
    "CONV-INCOMPLETE", "Mentions de la convention en blanc", "Blank particulars of the convention",
    conv_incomplete_basis, &check_conv_incomplete};

} // namespace subvention::compliance::rules
