// SPDX-License-Identifier: Apache-2.0
// CONV-JURISDICTION — the court a jurisdiction clause names, against the tribunal administratif
// competent for disputes on the convention.
//
// A convention is a contract: CJA R.312-11 (rédaction du décret n° 2017-493, in force 8 April
// 2017; docs/legal-reference.md JUR-CONTRACT) gives the tribunal of the place of execution,
// else — execution spread over several areas, or no place designated — the tribunal of the seat
// of the authority competent to sign. Its second paragraph lets the parties, in the original
// contract or an avenant before the dispute, choose another tribunal administratif « si
// l'intérêt public ne s'y oppose pas ». R.312-1 (seat of the authority) governs challenges to
// the deliberation, not disputes on the contract. CJA R.221-3 (JUR-TA-TABLE, tribunals.hpp)
// gives each département's tribunal. The dossier does not give the place of execution: the
// tribunal of the signing authority's seat is taken (the grantor's
// `ConventionParty::departement_code`, else the collectivité of the deliberation, else of the
// report), an assumption every finding states with the table's (fact `unconfirmed=true`).
//  - another tribunal administratif of the table: info — a clause attributing jurisdiction,
//    lawful under R.312-11 al. 2 unless the public interest objects;
//  - a tribunal administratif that is no seat of the table (« Lile »): warning — the clause
//    names no existing court;
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
    {"CJA", "R.312-11",
     "rédaction du décret n° 2017-493 du 6 avril 2017 (art. 9), in force on 8 April 2017"},
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
        const bool other_tribunal =
            court.kind == CourtKind::tribunal_administratif && court.seat.has_value();
        const bool unknown_seat =
            court.kind == CourtKind::tribunal_administratif && !other_tribunal;
        Diagnostic d;
        d.severity = other_tribunal ? Severity::info : Severity::warning;
        d.location = at(clause.source, "/convention/clauses/" + std::to_string(i) + "/named");
        const Message competent = Message("CONV-JURISDICTION.competent")
                                      .arg("code", std::string(area->departement_code))
                                      .arg("departement", std::string(area->departement))
                                      .arg("signatory", signatory)
                                      .arg("expected", expected);
        d.parts.push_back(Message(other_tribunal ? "CONV-JURISDICTION.derogation"
                                  : unknown_seat ? "CONV-JURISDICTION.unknown_seat"
                                                 : "CONV-JURISDICTION.other_court")
                              .arg("where", where)
                              .arg("named", named)
                              .arg("competent", competent));
        d.parts.emplace_back("CONV-JURISDICTION.unconfirmed");
        d.assumptions = {"tribunal_table_current", "execution_in_seat_area"};
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
        fact(d, "derogation_clause", other_tribunal);
        fact(d, "unconfirmed", true);
        out.emit(std::move(d));
    }
}

/// CONV-JURISDICTION: tribunal désigné ≠ tribunal administratif compétent (CJA R.312-11).
inline constexpr BuiltinRule conv_jurisdiction{"CONV-JURISDICTION", "Juridiction compétente",
                                               "Competent court", conv_jurisdiction_basis,
                                               &check_conv_jurisdiction};

} // namespace subvention::compliance::rules
