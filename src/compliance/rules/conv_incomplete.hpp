// SPDX-License-Identifier: Apache-2.0
// CONV-INCOMPLETE — blanks of the convention that must be filled in before it is signed: the
// dossier number, the signature date, the signatories.
//
// A draft annexed to the deliberation normally leaves them blank (docs/legal-reference.md SEED-09:
// « Dossier n° » blank, « A Arras, le » undated); once signed they must be there: the convention is
// a contract concluded by both parties on a date (loi 2000-321 art. 10 al. 4), and a convention
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
#include <string_view>
#include <vector>

#include <subvention/convention.hpp>

#include "compliance/builtin_rule.hpp"
#include "compliance/rules/formal_common.hpp"

namespace subvention::compliance::rules {

inline constexpr std::array<LegalRef, 1> conv_incomplete_basis{{
    {"loi 2000-321", "10 al. 4",
     "rédaction de la loi n° 2021-875 du 1er juillet 2021 for acts from 3 July 2021, text in "
     "force on 1 January 2016 before; the convention duty in force since 13 June 2001 (3rd "
     "paragraph until 2014)"},
}};

/// Contrôle des mentions laissées en blanc dans la convention (CONV-INCOMPLETE).
inline void check_conv_incomplete(const Context& ctx, Emitter& out) {
    if (!ctx.dossier.convention)
        return;
    const Convention& c = *ctx.dossier.convention;
    const Severity severity = ctx.blank_severity();
    const bool signed_stage = ctx.stage() == Stage::signed_;
    const std::string stage(to_string(ctx.stage()));
    // « … est laissé en blanc (à compléter avant la signature) » / « … sur l'exemplaire signé ».
    const Message blank(signed_stage ? "CONV-INCOMPLETE.blank_signed"
                                     : "CONV-INCOMPLETE.blank_draft");

    // Dossier number.
    if (detail::is_blank(c.dossier_number.value)) {
        const Clause* correspondence = nullptr;
        for (const auto& clause : c.clauses)
            if (clause.kind == ClauseKind::correspondence) {
                correspondence = &clause;
                break;
            }
        Diagnostic d;
        d.severity = severity;
        d.location = at(c.dossier_number.source, "/convention/dossier_number");
        if (correspondence != nullptr) {
            const std::string& section = correspondence->source.section;
            const std::string where = section.empty() ? std::string("la convention") : section;
            d.parts.push_back(Message("CONV-INCOMPLETE.dossier_number_required")
                                  .arg("blank", blank)
                                  .arg("where", section.empty()
                                                    ? Message("CONV-INCOMPLETE.where_unnamed")
                                                    : Message("phrase.text").arg("text", section)));
            d.legal_basis = {LegalBasis{"convention", detail::article_of(where),
                                        "the convention of the dossier"},
                             to_basis(conv_incomplete_basis[0])};
        } else {
            d.parts.push_back(Message("CONV-INCOMPLETE.dossier_number").arg("blank", blank));
        }
        fact(d, "field", "dossier_number", Unit::code);
        fact(d, "stage", stage, Unit::code);
        fact(d, "correspondence_clause", correspondence != nullptr);
        if (correspondence != nullptr)
            fact(d, "correspondence_section", correspondence->source.section);
        out.emit(std::move(d));
    }

    // Signature date.
    const auto& date = c.signature.date;
    if (!date.value || date.value->is_special()) {
        Diagnostic d;
        d.severity = severity;
        d.location = at(date.source, "/convention/signature/date");
        d.parts.push_back(Message("CONV-INCOMPLETE.signature_date").arg("blank", blank));
        fact(d, "field", "signature_date", Unit::code);
        fact(d, "stage", stage, Unit::code);
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
        d.parts.push_back(Message("CONV-INCOMPLETE.signatories")
                              .arg("count", signatories.size())
                              .arg("blank", blank));
        fact(d, "field", "signatories", Unit::code);
        fact(d, "stage", stage, Unit::code);
        fact(d, "signatory_count", signatories.size());
        fact(d, "expected_count", 2);
        out.emit(std::move(d));
    }
    for (std::size_t i = 0; i < signatories.size(); ++i) {
        const Signatory& s = signatories[i];
        if (!detail::is_blank(std::string_view(s.person.name)))
            continue;
        Diagnostic d;
        d.severity = severity;
        d.location = Location{
            DocumentKind::convention, "signature",
            "/convention/signature/signatories/" + std::to_string(i) + "/person/name", s.party};
        std::vector<Message> party;
        if (!s.party.empty())
            party.push_back(Message("CONV-INCOMPLETE.party").arg("party", s.party));
        d.parts.push_back(Message("CONV-INCOMPLETE.signatory_name")
                              .arg("number", i + 1)
                              .arg("party", std::move(party))
                              .arg("blank", blank));
        fact(d, "field", "signatory_name", Unit::code);
        fact(d, "stage", stage, Unit::code);
        fact(d, "index", i);
        out.emit(std::move(d));
    }
}

/// CONV-INCOMPLETE: numéro, date de signature ou signataires de la convention en blanc.
inline constexpr BuiltinRule conv_incomplete{
    "CONV-INCOMPLETE", "Mentions de la convention en blanc", "Blank particulars of the convention",
    conv_incomplete_basis, &check_conv_incomplete};

} // namespace subvention::compliance::rules
