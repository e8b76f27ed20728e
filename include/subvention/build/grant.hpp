// SPDX-License-Identifier: Apache-2.0
// subvention::build — a dossier from structured data: the deliberation and the convention of a
// grant built from the fields a département's management software holds (a database row per
// grant, counts of members, shares of the payments), instead of from printed acts.
//
// Every fact the builder states carries `Origin::database` (or the origin the record gives) and
// its path in the dossier as location, so that a diagnostic still points at the field to fix.
// What the record leaves out is filled by what the law says, never by one département's habits:
//  - the convention: when the amount exceeds the threshold in force on the meeting date,
//    23 000 € (loi 2000-321 art. 10, décret 2001-495 art. 1), else only on request;
//  - the period of an operating grant: the calendar year of the meeting;
//  - the compte rendu financier: within six months of the end of the period (loi 2000-321 art.
//    10 al. 6);
//  - the clauses: control of the use of the funds (CGCT L.1611-4), repayment of the funds not
//    used for their purpose (loi 2000-321 art. 10 al. 4), the contrat d'engagement républicain
//    for an association or a foundation meeting from 2 January 2022 (art. 10-1, décret
//    2021-1947), the tribunal administratif of the département's seat (CJA R.312-1);
//  - the imputation's nature of an operating grant to a private person: 6574 (M57, subventions
//    de fonctionnement aux personnes de droit privé).
// An investment grant has no legal default period nor a single nature (20421 or 20422 by what
// is funded): the record must give them, as it must give the nature of a grant to a public
// person.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <subvention/date.hpp>
#include <subvention/document.hpp>
#include <subvention/dossier.hpp>
#include <subvention/export.hpp>
#include <subvention/money.hpp>
#include <subvention/provenance.hpp>
#include <subvention/rate.hpp>
#include <subvention/result.hpp>
#include <subvention/vote.hpp>

namespace subvention::build {

/// Kind of grant (« subvention de fonctionnement » / « d'investissement »).
enum class GrantKind {
    operating,  ///< fonctionnement: the beneficiary's activity over a period
    investment, ///< investissement, équipement: a project whose expenses are capital
};

/// The collectivité that grants.
struct Grantor {
    std::string name{};             ///< « Département du Nord »
    std::string departement_code{}; ///< INSEE code, « 59 »: tribunal and holidays
    std::string address{};          ///< seat, « 51, rue Gustave Delory, 59047 Lille Cedex »
    std::string seat{};             ///< town of the seat, « Lille »: where the acts are signed
    /// President of the Conseil départemental, who chairs, signs the deliberation and the
    /// convention: « M. Hugo DUPONT ».
    std::string president{};
};

/// The beneficiary, as the software's third-party record holds it.
struct Beneficiary {
    std::string name{}; ///< « Union Sportive de Roubaix », the same in every document
    LegalForm legal_form = LegalForm::association;
    std::string address{};
    std::string siret{};                   ///< 14 digits, spaces allowed; empty when unknown
    std::string rna{};                     ///< « W595012345 »; empty when unknown
    std::string representative{};          ///< « Mme Louise BERNARD »
    std::string representative_function{}; ///< « Présidente »
    std::string iban{};
    std::string bic{};
    std::string bank{}; ///< domiciliation
};

/// The meeting that decides, with its attendance as counts.
struct Meeting {
    Body body = Body::commission_permanente;
    Date date{};
    std::string number{}; ///< the local numbering, kept verbatim (« DCP-2024-0415 »)
    AttendanceCounts attendance{};
    /// Members interested in the item, by name: each is declared to have taken part neither in
    /// the debate nor in the vote, and is counted in `attendance.interested`.
    std::vector<std::string> interested{};
    std::uint32_t votes_for = 0;
    std::uint32_t votes_against = 0;
    std::uint32_t abstentions = 0;
    std::optional<Date> transmitted{}; ///< received by the prefect
    std::optional<Date> published{};
    /// The Conseil départemental's deliberation delegating its powers to the Commission
    /// permanente (CGCT L.3211-2), cited in the visas when the body is the Commission.
    std::optional<Date> delegation{};
};

/// A grant as a row of the management software: about fifteen fields.
struct GrantRecord {
    Grantor grantor{};
    Beneficiary beneficiary{};
    Meeting meeting{};
    GrantKind kind = GrantKind::operating;
    Euros amount{};
    std::string purpose{}; ///< « soutien au sport amateur »
    /// What is funded, in the convention's article 1; default: the purpose.
    std::string object{};
    std::string function{}; ///< M57 function, « 32 » (sport)
    /// M57 nature; default 6574 for an operating grant to a private person, required otherwise.
    std::string nature{};
    /// Default: the calendar year of the meeting (operating grant); required for an investment.
    std::optional<Period> period{};
    /// Shares of the instalments, the last one being the balance paid on the final report;
    /// they must add up to 100 %. Default: one payment at the signature. Amounts are derived,
    /// each rounded half up to the cent, the balance taking the remainder.
    std::vector<Rate> instalments{};
    std::string dossier_number{}; ///< the software's file number, « DSP-2024-0415 »
    /// Whether a convention is built; default: when the amount exceeds the threshold in force
    /// (23 000 €, décret 2001-495 art. 1).
    std::optional<bool> convention{};
    /// Whether the beneficiary carries on an economic activity (State aid); nullopt: not known.
    std::optional<bool> economic_activity{};
    Origin origin = Origin::database;
};

/// The dossier of `record`: its deliberation and, when due, its draft convention. Errors (each
/// naming the record's field and its value): a required field empty (grantor name and
/// département, meeting date, beneficiary name, amount, function), an invalid identifier,
/// imputation or share, shares not adding up to 100 %, an investment without period, counts
/// that contradict each other (more interested members than members present).
[[nodiscard]] SUBVENTION_API Result<Dossier> grant_dossier(const GrantRecord& record);

} // namespace subvention::build
