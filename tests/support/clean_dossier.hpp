// SPDX-License-Identifier: Apache-2.0
// Test fixture: the APES dossier with every defect of the seed repaired (docs/legal-reference.md
// §11), moved to the 2024 grant year so that no stated or legal deadline falls on a non-working day
// (30/06/2025 is a Monday). Rule tests mutate it to trigger exactly one rule; the unmutated
// dossier must trigger none (PUBLICATION-OPEN-DATA, an info that always states the publication
// date, excepted).
#pragma once

#include <algorithm>

#include <subvention/examples/apes_2023.hpp>

namespace subvention::testing {

/// Meeting (and decision) date of the clean dossier: Monday 18 March 2024.
inline Date clean_meeting_date() {
    return Date(2024, 3, 18);
}

[[nodiscard]] inline Dossier clean_dossier() {
    Dossier d = examples::apes_2023();
    const Date meeting = clean_meeting_date();
    const Date opinion(2024, 3, 4);

    // --- Deliberation: 2024 meeting, number of the same year, a tally within who could vote
    // (38 = 39 present − 1 interested; no proxy) — SEED-01/02 repaired.
    auto& delib = *d.deliberation;
    delib.meeting_date = {meeting,
                          {DocumentKind::deliberation, "en-tête", "REUNION DU 18 MARS 2024"}};
    delib.number = {DeliberationNumber::parse("2024-122").value(),
                    {DocumentKind::deliberation, "en-tête", "(N°2024-122)"}};
    delib.signature.date.value = meeting;
    for (auto& v : delib.visas)
        if (auto* o = std::get_if<CommitteeOpinion>(&v.content))
            o->date = opinion;
    for (auto& g : delib.grants)
        g.year = 2024;
    delib.tally.value =
        parse_vote_tally("Pour : 37 voix (Groupe Socialiste, Républicain et Citoyen ; Groupe "
                         "Communiste et Républicain ; Groupe Union pour le Pas-de-Calais ; "
                         "Groupe Rassemblement National ; Non-inscrit)\nContre : 0 voix\n"
                         "Abstention : 1 voix (Groupe Union pour le Pas-de-Calais)")
            .value();

    // Executory before the convention is signed (DELIB-EXECUTORY): transmitted to the prefect
    // and published two days after the meeting.
    delib.transmission_date =
        Stated<Date>{Date(2024, 3, 20),
                     {DocumentKind::deliberation, "mentions", "Reçu en préfecture le 20/03/2024"}};
    delib.publication_date = Stated<Date>{
        Date(2024, 3, 20), {DocumentKind::deliberation, "mentions", "Publié le 20/03/2024"}};

    // SEED-12: a subsidy to an association is imputed on 65748 « autres personnes de droit
    // privé », not on 6568 « autres participations ».
    for (auto& row : delib.imputations)
        row.imputation = "65748/9365";

    // --- Rapport: same meeting, opinion before it.
    auto& rap = *d.rapport;
    rap.meeting_date = {meeting, {DocumentKind::rapport, "en-tête", "REUNION DU 18 MARS 2024"}};
    if (rap.committee_opinion)
        rap.committee_opinion->value.date = opinion;
    for (auto& g : rap.proposed_grants)
        g.year = 2024;
    for (auto& row : rap.budget)
        row.imputation = "65748/9365";

    // --- Convention: signed after the decision, period from the decision to the year end.
    auto& c = *d.convention;
    for (auto* party : {&c.grantor, &c.beneficiary})
        if (party->authorisation)
            party->authorisation->date = meeting;
    c.dossier_number.value = "2024-ESS-057";
    c.signature.date.value = Date(2024, 4, 2);
    c.period->value = Period{meeting, Date(2024, 12, 31), true};
    if (c.obligations.final_report)
        for (auto& s : c.obligations.final_report->deadlines)
            if (s.date)
                s.date = Date(2025, 6, 30); // 31/12/2024 + 6 mois, a Monday
    // SEED-03: the duplicated visa removed.
    for (std::size_t i = 1; i < c.visas.size(); ++i)
        if (c.visas[i].content == c.visas[i - 1].content) {
            c.visas.erase(c.visas.begin() + static_cast<std::ptrdiff_t>(i));
            break;
        }
    // SEED-04: article 12 points at the final report's article 8.
    for (auto& r : c.cross_references)
        if (r.from_article == 12 && r.to_article == 7)
            r.to_article = 8;
    // SEED-07: the identifier is labelled as what it is.
    if (c.beneficiary.identifier)
        c.beneficiary.identifier->label = IdentifierLabel::siret;
    // SEED-05: no instalment or balance wording beside the single payment.
    c.payment_schedule.mentions.clear();
    // SEED-09: bank details filled (docs/legal-reference.md ID-IBAN example; a well-formed BIC).
    c.bank_details->iban.value = "FR76 3000 6000 0112 3456 7890 189";
    c.bank_details->bic.value = "AGRIFRPP";
    c.bank_details->domiciliation.value = "Crédit Agricole Nord de France";
    c.bank_details->holder.value = "Acteurs Pour une Économie Solidaire";
    // SUBV-CER: the contrat d'engagement républicain commitment.
    c.clauses.push_back(Clause{ClauseKind::contrat_engagement_republicain, std::nullopt,
                               std::nullopt, std::nullopt,
                               SourceRef{DocumentKind::convention, "article 4",
                                         "L’organisme s’engage à respecter le contrat "
                                         "d’engagement républicain."},
                               std::nullopt});
    // GRANT-COMPETENCE, AID-STATE-MENTION: the association is stated to carry on no economic
    // activity (it supports the social economy's project holders without selling on a market),
    // so the imputation in « Action économique » does not make the aid one to an enterprise.
    d.beneficiary_economic_activity = false;
    return d;
}

} // namespace subvention::testing
