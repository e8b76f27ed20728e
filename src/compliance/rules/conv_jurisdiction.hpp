// SPDX-License-Identifier: Apache-2.0
// CONV-JURISDICTION — the tribunal a jurisdiction clause names must be the tribunal
// administratif competent for the département that signs the convention.
//
// CJA R.312-1 (docs/legal-reference.md JUR-TERRITORIAL): the competent tribunal is the one in whose
// area the authority that signed the contract has its seat; CJA R.221-3 (JUR-TA-TABLE,
// tribunals.hpp) gives each département's tribunal. The département is the grantor's
// (`ConventionParty:: departement_code`), else the collectivité of the deliberation, else of the
// report. Two assumptions are UNCONFIRMED in docs/legal-reference.md and make every finding here at
// most a warning (fact `unconfirmed=true`, said in the message): that a clause cannot override
// these rules, and that the R.221-3 table (text last amended by décret 2009-945) is still the one
// in force.
//  - a tribunal administratif whose seat differs from the competent one (or is not a seat at all:
//    « Lile »): warning;
//  - a court that is not an administrative court at all (« Tribunal judiciaire de Lille »):
//    warning — a subsidy convention of a département is litigated before the administrative
//    courts (believed; not in docs/legal-reference.md, hence also unconfirmed);
//  - a generic wording (« le tribunal administratif compétent », « la juridiction
//    administrative »), no tribunal named, or a département code the table does not know:
//    nothing (nothing to compare).
// Names are compared robustly (tribunals.hpp `read_court_name`): case, accents, « TA de »,
// hyphens or spaces (« Châlons-en-Champagne », « Cergy Pontoise »).
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>

#include <subvention/convention.hpp>
#include <subvention/tribunals.hpp>

#include "compliance/builtin_rule.hpp"
#include "compliance/rules/formal_common.hpp"

namespace subvention::compliance::rules {

inline constexpr std::array<LegalRef, 2> conv_jurisdiction_basis{{
    {"CJA", "R.312-1", "consolidated text of late 2015"},
    {"CJA", "R.221-3",
     "the text as last amended by décret n° 2009-945, later amendments not checked"},
}};

/// Contrôle de la juridiction désignée par la convention (CONV-JURISDICTION).
inline void check_conv_jurisdiction(const Context& ctx, Emitter& out) {
    const auto& dossier = ctx.dossier;
    if (!dossier.convention)
        return;
    const Convention& c = *dossier.convention;
    std::string code = c.grantor.departement_code;
    if (code.empty() && dossier.deliberation)
        code = dossier.deliberation->collectivite.departement_code;
    if (code.empty() && dossier.rapport)
        code = dossier.rapport->collectivite.departement_code;
    const TribunalArea* area = find_tribunal_area(code);
    if (area == nullptr)
        return;
    const std::string expected = tribunal_administratif_name(area->seat);
    const Message signatory = c.grantor.name.empty()
                                  ? Message("CONV-JURISDICTION.signatory_unnamed")
                                  : Message("phrase.text").arg("text", c.grantor.name);

    for (std::size_t i = 0; i < c.clauses.size(); ++i) {
        const Clause& clause = c.clauses[i];
        if (clause.kind != ClauseKind::jurisdiction || detail::is_blank(clause.named))
            continue;
        const std::string& named = *clause.named;
        const CourtName court = read_court_name(named);
        if (court.kind == CourtKind::other_administrative)
            continue;
        if (court.kind == CourtKind::tribunal_administratif &&
            (court.seat_key.empty() || (court.seat && *court.seat == area->seat)))
            continue;

        const std::string where =
            clause.source.section.empty() ? std::string("la convention") : clause.source.section;
        Diagnostic d;
        d.severity = Severity::warning;
        d.location = at(clause.source, "/convention/clauses/" + std::to_string(i) + "/named");
        const Message competent = Message("CONV-JURISDICTION.competent")
                                      .arg("code", std::string(area->departement_code))
                                      .arg("departement", std::string(area->departement))
                                      .arg("signatory", signatory)
                                      .arg("expected", expected);
        d.parts.push_back(Message(court.kind == CourtKind::tribunal_administratif
                                      ? "CONV-JURISDICTION.administrative"
                                      : "CONV-JURISDICTION.other_court")
                              .arg("where", where)
                              .arg("named", named)
                              .arg("competent", competent));
        d.parts.emplace_back("CONV-JURISDICTION.unconfirmed");
        d.assumptions = {"tribunal_table_current", "jurisdiction_not_derogable"};
        fact(d, "departement", std::string(area->departement_code), Unit::code);
        fact(d, "departement_name", std::string(area->departement));
        fact(d, "expected_seat", std::string(area->seat));
        fact(d, "expected_tribunal", expected);
        fact(d, "named_tribunal", named);
        fact(d, "court_kind", std::string(to_string(court.kind)), Unit::code);
        if (court.kind == CourtKind::tribunal_administratif) {
            fact(d, "named_seat", court.seat ? std::string(*court.seat) : court.seat_key);
            fact(d, "named_seat_known", court.seat.has_value());
        }
        fact(d, "unconfirmed", true);
        out.emit(std::move(d));
    }
}

/// CONV-JURISDICTION: tribunal désigné ≠ tribunal administratif territorialement compétent.
inline constexpr BuiltinRule conv_jurisdiction{"CONV-JURISDICTION", "Juridiction compétente",
                                               "Competent court", conv_jurisdiction_basis,
                                               &check_conv_jurisdiction};

} // namespace subvention::compliance::rules
