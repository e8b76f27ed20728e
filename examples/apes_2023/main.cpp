// SPDX-License-Identifier: Apache-2.0
// Prints a French summary of the canonical APES 2023 dossier: parties, amounts, the vote
// recomputed with vote.hpp and the deadlines computed with deadline.hpp.
// Built and run as a CTest (examples/CMakeLists.txt, target example_apes_2023).
#include <cstdlib>
#include <exception>
#include <iostream>
#include <string>
#include <variant>

#include <subvention/date.hpp>
#include <subvention/deadline.hpp>
#include <subvention/examples/apes_2023.hpp>
#include <subvention/identifiers.hpp>
#include <subvention/money.hpp>
#include <subvention/vote.hpp>

namespace sv = subvention;

namespace {

std::string fr(sv::Date d) {
    return sv::format_date(d, sv::DateStyle::weekday_fr);
}

// French labels for the summary (the library's to_string names are stable English identifiers).
std::string document_fr(sv::DocumentKind d) {
    switch (d) {
    case sv::DocumentKind::deliberation:
        return "délibération";
    case sv::DocumentKind::rapport:
        return "rapport";
    case sv::DocumentKind::convention:
        return "convention";
    case sv::DocumentKind::dossier:
        return "dossier";
    }
    return "dossier";
}

std::string outcome_fr(bool adopted) {
    return adopted ? "adopté" : "rejeté";
}

std::string label_fr(sv::IdentifierLabel l) {
    switch (l) {
    case sv::IdentifierLabel::siren:
        return "SIREN";
    case sv::IdentifierLabel::siret:
        return "SIRET";
    case sv::IdentifierLabel::rna:
        return "RNA";
    case sv::IdentifierLabel::none:
    case sv::IdentifierLabel::other:
        break;
    }
    return "sans registre";
}

std::string where(const sv::SourceRef& s) {
    return document_fr(s.document) + (s.section.empty() ? "" : ", " + s.section);
}

void print_deadline(const std::string& label, const sv::Deadline& d) {
    std::cout << "  " << label << " : échéance " << fr(d.effective);
    if (d.effective != d.nominal)
        std::cout << " (terme nominal " << fr(d.nominal) << ")";
    std::cout << "\n";
    for (const auto& r : d.reasons)
        std::cout << "      · " << r << "\n";
}

int run() {
    const sv::Dossier dossier = sv::examples::apes_2023();
    const auto& delib = *dossier.deliberation;
    const auto& rapport = *dossier.rapport;
    const auto& conv = *dossier.convention;

    std::cout << "Dossier « " << delib.title << " »\n";
    std::cout << "Délibération N°" << delib.number.value->formatted()
              << " de la Commission permanente, séance du " << fr(delib.meeting_date.value)
              << " ; rapport N°" << rapport.number.value << " ; convention à l'état de projet\n\n";

    // --- Parties -------------------------------------------------------------------------------
    std::cout << "Parties\n";
    const auto& g = conv.grantor;
    std::cout << "  Attribuant : " << g.name << ", représenté par " << g.representative->name
              << ", " << g.representative->function << "\n";
    if (g.authorisation && g.authorisation->date)
        std::cout << "    autorisé par délibération du " << sv::format_date(*g.authorisation->date)
                  << " (convention) ; délibération signée à " << *delib.signature.place << " le "
                  << sv::format_date(*delib.signature.date.value) << " par "
                  << delib.signature.signatories[0].delegation->delegate.name << ", "
                  << delib.signature.signatories[0].delegation->delegate.function
                  << ", pour le Président\n";
    const auto& b = conv.beneficiary;
    std::cout << "  Bénéficiaire : " << b.name
              << (b.legal_form == sv::LegalForm::association ? " (association), " : ", ")
              << b.address << ", représenté par " << b.representative->name << "\n";
    if (b.identifier) {
        std::cout << "    identifiant imprimé « " << b.identifier->value << " », étiqueté "
                  << label_fr(b.identifier->label);
        if (const auto siret = sv::Siret::parse(b.identifier->value))
            std::cout << " : c'est un SIRET valide (SIREN " << siret->siren().formatted()
                      << ", NIC " << siret->nic() << ")";
        std::cout << "\n";
    }
    std::cout << "\n";

    // --- Amounts -------------------------------------------------------------------------------
    std::cout << "Montants\n";
    for (const auto& a : sv::granted_amounts(dossier))
        std::cout << "  " << where(a.source) << " : " << a.value.to_string_fr() << "\n";
    std::cout << "  plafonds de la convention :";
    for (const auto& a : conv.actions)
        std::cout << " " << a.amount->value.to_string_fr();
    std::cout << " ; demandes du rapport : " << sv::requested_total(rapport)->to_string_fr()
              << "\n";
    for (const auto& row : rapport.budget) {
        const auto line = sv::to_budget_line(row);
        if (!line) {
            std::cout << "  imputation illisible : " << line.error().describe() << "\n";
            continue;
        }
        std::cout << "  imputation " << line->operation.code() << " " << row.imputation << " ("
                  << line->imputation.chapter().name() << ") : disponible "
                  << line->credits_available.to_string_fr() << " − proposition "
                  << line->proposed.to_string_fr() << " = " << line->balance().to_string_fr()
                  << (line->stated_balance_matches().value_or(false) ? " (solde imprimé exact)"
                                                                     : " (solde imprimé différent)")
                  << "\n";
    }
    for (const auto& p : conv.payment_schedule.payments)
        std::cout << "  versement" << (p.kind == sv::PaymentKind::single ? " unique" : "") << " de "
                  << p.amount.value.to_string_fr()
                  << (p.trigger == sv::PaymentTrigger::signature ? " après signature" : "") << " ("
                  << where(p.amount.source) << ")\n";
    for (const auto& m : conv.payment_schedule.mentions)
        std::cout << "    le texte parle pourtant "
                  << (m.kind == sv::PaymentKind::advance ? "d'acomptes" : "de solde") << " ("
                  << where(m.source) << ")\n";
    std::cout << "\n";

    // --- Vote ----------------------------------------------------------------------------------
    const auto vote = sv::analyse_vote(delib);
    std::cout << "Vote (recalculé)\n";
    std::cout << "  présents avec voix délibérative : " << vote.present_with_voice.count()
              << ", excusés : " << vote.excused_with_voice.count()
              << ", sans voix délibérative : " << vote.listed_without_voice.count()
              << ", intéressé(e)s présent(e)s : " << vote.interested_present.count() << "\n";
    std::cout << "  voix possibles : " << vote.eligible_present.count() << " présents éligibles + "
              << (vote.proxies_recorded ? vote.proxies_counted : vote.potential_proxies).count()
              << (vote.proxies_recorded ? " pouvoirs" : " pouvoirs au plus (non consignés)")
              << " = " << vote.max_possible_votes.count() << "\n";
    std::cout << "  voix imprimées : " << vote.votes_recorded.count() << " (pour "
              << delib.tally.value.pour.count() << ", contre " << delib.tally.value.contre.count()
              << ", abstention " << delib.tally.value.column(sv::VoteChoice::abstention).count()
              << ")\n";
    std::cout << "  quorum " << vote.quorum.required.count() << " : "
              << (vote.quorum.met ? "atteint" : "non atteint") << " ; résultat déclaré "
              << outcome_fr(vote.stated_outcome == sv::StatedOutcome::adopted) << ", recalculé "
              << outcome_fr(vote.outcome.outcome == sv::ComputedOutcome::adopted) << "\n";
    for (const auto& f : vote.findings)
        std::cout << "  constat : " << sv::to_string(f.kind) << " (" << f.rules << ")\n";
    std::cout << "\n";

    // --- Deadlines -----------------------------------------------------------------------------
    std::cout << "Délais\n";
    const auto& period = conv.period->value;
    std::cout << "  période de la convention : du " << sv::format_date(period.start) << " au "
              << sv::format_date(period.end) << (period.end_inclusive ? " inclus" : "") << " ("
              << where(conv.period->source) << ")\n";
    for (const auto& s : conv.obligations.final_report->deadlines)
        if (s.date)
            std::cout << "  bilan final, date stipulée (" << where(s.source)
                      << ") : " << fr(*s.date) << "\n";
    print_deadline("bilan final, 6 mois après la fin de la convention",
                   sv::compute(sv::deadlines::bilan_final_convention, period.end));
    print_deadline("compte rendu financier, 6 mois après la fin de l'exercice 2023",
                   sv::compute(sv::deadlines::compte_rendu_financier,
                               sv::financial_year_end(period.end.year())));
    print_deadline("recours contentieux si la délibération était publiée le jour de la séance",
                   sv::compute(sv::deadlines::recours_contentieux, delib.meeting_date.value));
    return EXIT_SUCCESS;
}

} // namespace

int main() {
    try {
        return run();
    } catch (const std::exception& e) {
        std::cerr << "erreur : " << e.what() << "\n";
        return EXIT_FAILURE;
    }
}
