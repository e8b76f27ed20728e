// SPDX-License-Identifier: Apache-2.0
// subvention — the Nord example dossier (see the header for what it states).

#include <array>
#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include <subvention/convention.hpp>
#include <subvention/date.hpp>
#include <subvention/deliberation.hpp>
#include <subvention/document.hpp>
#include <subvention/dossier.hpp>
#include <subvention/duration.hpp>
#include <subvention/examples/nord_2024.hpp>
#include <subvention/identifiers.hpp>
#include <subvention/money.hpp>
#include <subvention/provenance.hpp>
#include <subvention/vote.hpp>

namespace subvention::examples {

namespace {

SourceRef in_delib(std::string section, std::string text) {
    return SourceRef{DocumentKind::deliberation, std::move(section), std::move(text)};
}
SourceRef in_conv(std::string section, std::string text) {
    return SourceRef{DocumentKind::convention, std::move(section), std::move(text)};
}

const std::string nord_beneficiary = "Union Sportive de Roubaix";
const Date nord_meeting(2024, 6, 10);

// The 40 members present with a vote: generated names (8 first names × 5 last names). The
// interested member is one of them; the two excused members are named apart.
constexpr std::array<std::pair<Civility, std::string_view>, 8> nord_first_names{{
    {Civility::madame, "Anne"},
    {Civility::monsieur, "Bruno"},
    {Civility::madame, "Claire"},
    {Civility::monsieur, "David"},
    {Civility::madame, "Émilie"},
    {Civility::monsieur, "Fabien"},
    {Civility::madame, "Gaëlle"},
    {Civility::monsieur, "Hugo"},
}};
constexpr std::array<std::string_view, 5> nord_last_names{"LEFEBVRE", "DUBOIS", "MARTIN",
                                                          "LECLERCQ", "DUPONT"};

PersonName nord_person(std::string_view printed) {
    return PersonName::parse(printed).value();
}

} // namespace

Deliberation nord_2024_deliberation() {
    Deliberation d;
    d.collectivite = Collectivite{"DÉPARTEMENT DU NORD", std::nullopt, "59"};
    d.meeting_date = {nord_meeting, in_delib("en-tête", "Commission permanente du 10 juin 2024")};
    // « DCP-2024-0415 »: the département's own numbering, kept as printed.
    d.number = {DeliberationNumber::parse("DCP-2024-0415").value(),
                in_delib("en-tête", "Délibération n° DCP-2024-0415")};
    d.title = "UNION SPORTIVE DE ROUBAIX - SUBVENTION DE FONCTIONNEMENT 2024";

    d.visas = {
        Visa{CodeVisa{"Code général des collectivités territoriales", {"L.3211-1", "L.3211-2"}},
             in_delib("visas", "Vu le code général des collectivités territoriales, notamment ses "
                               "articles L.3211-1 et L.3211-2 ;")},
        Visa{LegalTextVisa{LegalTextKind::loi,
                           "2000-321",
                           Date(2000, 4, 12),
                           "relative aux droits des citoyens dans leurs relations avec les "
                           "administrations",
                           {"10"}},
             in_delib("visas",
                      "Vu la loi n° 2000-321 du 12 avril 2000, notamment son article 10 ;")},
        Visa{DeliberationVisa{"Conseil départemental", Body::conseil_departemental, std::nullopt,
                              Date(2021, 7, 1),
                              "Délégation d'attributions à la Commission permanente", true},
             in_delib("visas", "Vu la délibération du Conseil départemental du 1er juillet 2021 "
                               "portant délégation d'attributions à la Commission permanente ;")},
    };

    // --- Attendance, built from structured data ------------------------------------------------
    d.attendance.body = Body::commission_permanente;
    for (const auto& last : nord_last_names)
        for (const auto& [civility, first] : nord_first_names)
            d.attendance.entries.push_back(AttendanceEntry{
                Member(civility, first, last), AttendanceStatus::present, DeliberativeVoice::with});
    const std::array<Member, 2> excused{Member(Civility::madame, "Inès", "MOREL"),
                                        Member(Civility::monsieur, "Jules", "PETIT")};
    for (const auto& m : excused)
        d.attendance.entries.push_back(
            AttendanceEntry{m, AttendanceStatus::excused, DeliberativeVoice::with});
    d.attendance.proxies = std::vector<Proxy>{
        Proxy{nord_person("Mme Inès MOREL"), nord_person("M. Bruno LEFEBVRE")},
        Proxy{nord_person("M. Jules PETIT"), nord_person("Mme Anne DUBOIS")},
    };
    const std::string interested = "Mme Claire LECLERCQ";
    d.attendance.interested = {nord_person(interested)};
    d.attendance.president = nord_person("M. Hugo DUPONT");
    d.interest_statements = {InterestStatement{
        nord_person(interested), true, true,
        in_delib("préambule", "Mme Claire LECLERCQ, intéressée à l'affaire, n'a pris part ni au "
                              "débat, ni au vote.")}};

    // --- Dispositif ----------------------------------------------------------------------------
    const std::string art1 =
        "D'attribuer à l'association « Union Sportive de Roubaix » une subvention de "
        "fonctionnement de 30 000 € pour l'année 2024, au titre du soutien au sport amateur.";
    const std::string art2 =
        "D'autoriser le Président du Conseil départemental à signer avec l'association « Union "
        "Sportive de Roubaix » la convention correspondante, dans les termes du projet joint.";
    const std::string art3 =
        "La dépense correspondante est imputée sur le budget départemental comme suit :";
    d.articles = {{1, art1}, {2, art2}, {3, art3}};
    d.grants = {GrantDecision{nord_beneficiary,
                              LegalForm::association,
                              {Euros::from_euros(30'000), in_delib("article 1", art1)},
                              2024,
                              "au titre du soutien au sport amateur",
                              std::nullopt,
                              std::nullopt}};
    d.signing_authorisations = {SigningAuthorisation{
        "le Président du Conseil départemental", nord_beneficiary,
        "la convention de subvention de fonctionnement 2024", true, in_delib("article 2", art2)}};
    d.imputations = {ImputationRow{
        "", "6574/9332", "Subventions de fonctionnement aux associations sportives",
        Euros::from_euros(1'250'000), std::nullopt, Euros::from_euros(30'000), std::nullopt,
        AppropriationKind::cp,
        in_delib("article 3", "6574/9332 Subventions de fonctionnement aux associations sportives "
                              "1 250 000,00 30 000,00")}};

    const std::string tally_text = "Pour : 41 voix\nContre : 0 voix\nAbstention : 0 voix";
    d.tally = {
        parse_vote_tally(tally_text).value(),
        in_delib("conditions de vote", "Pour : 41 voix Contre : 0 voix Abstention : 0 voix")};
    d.outcome = {parse_stated_outcome("(Adopté)").value(),
                 in_delib("conditions de vote", "Adopté")};

    d.signature.place = "LILLE";
    d.signature.date = {nord_meeting, in_delib("signature", "Lille, le 10 juin 2024")};
    d.signature.signatories = {Signatory{
        "", NamedPerson{"Hugo DUPONT", "Président du Conseil départemental"}, std::nullopt, true}};
    d.transmission_date =
        Stated<Date>{Date(2024, 6, 12), in_delib("mentions", "Reçu en préfecture le 12/06/2024")};
    d.publication_date =
        Stated<Date>{Date(2024, 6, 12), in_delib("mentions", "Publié le 12/06/2024")};
    return d;
}

Convention nord_2024_convention() {
    using CS = ConventionSubject;
    Convention c;
    c.status = DocumentStatus::draft;
    const std::string object = "Subvention de fonctionnement 2024 à l'Union Sportive de Roubaix";
    c.object = {object, in_conv("en-tête", "Objet : " + object)};
    c.dossier_number = {"DSP-2024-0415", in_conv("en-tête", "Dossier n° DSP-2024-0415")};
    c.service = "Direction des Sports";

    c.grantor = ConventionParty{
        "Département du Nord",
        LegalForm::departement,
        "51, rue Gustave Delory, 59047 Lille Cedex",
        std::nullopt,
        NamedPerson{"Monsieur Hugo DUPONT", "Président du Conseil départemental"},
        StatedAuthorisation{Body::commission_permanente, nord_meeting, std::nullopt,
                            in_conv("parties", "autorisé par délibération de la Commission "
                                               "permanente du 10 juin 2024")},
        "le Département",
        "59",
        in_conv("parties", "Le Département du Nord, représenté par le Président du Conseil "
                           "départemental, autorisé par délibération de la Commission permanente "
                           "du 10 juin 2024, ci-après « le Département »"),
        {}};
    c.beneficiary = ConventionParty{
        nord_beneficiary,
        LegalForm::association,
        "12, rue du Stade, 59100 Roubaix",
        StatedIdentifier{IdentifierLabel::siret, "778 899 013 00016",
                         in_conv("parties", "SIRET 778 899 013 00016")},
        NamedPerson{"Madame Louise BERNARD", "Présidente"},
        std::nullopt,
        "l'Association",
        "59",
        in_conv("parties", "L'association Union Sportive de Roubaix, 12, rue du Stade, 59100 "
                           "Roubaix, SIRET 778 899 013 00016, RNA W595012345, représentée par sa "
                           "Présidente, ci-après « l'Association »"),
        {StatedIdentifier{IdentifierLabel::rna, "W595012345",
                          in_conv("parties", "RNA W595012345")}}};

    c.visas = {Visa{LegalTextVisa{LegalTextKind::loi,
                                  "2000-321",
                                  Date(2000, 4, 12),
                                  "relative aux droits des citoyens dans leurs relations avec "
                                  "les administrations",
                                  {"10"}},
                    in_conv("visas", "Vu la loi n° 2000-321 du 12 avril 2000, notamment son "
                                     "article 10 ;")}};

    c.articles = {
        {1, "Objet", {}, {CS::object, CS::actions}},
        {2, "Durée", {}, {CS::period}},
        {3, "Montant et modalités de versement", {}, {CS::amount, CS::payment, CS::bank_details}},
        {4, "Obligations de l'Association", {}, {CS::obligations, CS::final_report}},
        {5, "Contrôle", {}, {CS::control}},
        {6, "Contrat d'engagement républicain", {}, {CS::republican_commitment}},
        {7, "Reversement et résiliation", {}, {CS::reimbursement, CS::termination}},
        {8, "Litiges", {}, {CS::jurisdiction}},
    };

    c.actions = {Action{std::nullopt,
                        "Fonctionnement de l'association pour la saison 2024 : entraînement, "
                        "compétitions et école de sport.",
                        {},
                        {},
                        Stated<Euros>{Euros::from_euros(30'000),
                                      in_conv("article 3", "Le Département attribue une subvention "
                                                           "d'un montant maximum de 30 000 €.")},
                        std::nullopt}};

    c.period = Stated<Period>{Period{Date(2024, 1, 1), Date(2024, 12, 31), true},
                              in_conv("article 2", "La présente convention s'applique du 1er "
                                                   "janvier 2024 au 31 décembre 2024.")};
    c.tacit_renewal = {TacitRenewal::excluded,
                       in_conv("article 2", "Elle ne peut être reconduite tacitement.")};

    c.obligations.final_report = FinalReportObligation{
        {DeadlineStatement{RelativeDeadline{Months(6), StartEvent::convention_end},
                           Date(2025, 6, 30),
                           in_conv("article 4", "L'Association transmet le compte rendu financier "
                                                "et le bilan d'activité dans les six mois suivant "
                                                "la fin de la convention, soit le 30 juin 2025.")}},
        {"le compte rendu financier de l'action subventionnée", "le bilan d'activité"},
        std::nullopt,
        {"contrôle de l'emploi de la subvention", "versement du solde"}};

    auto clause = [](ClauseKind k, SourceRef s, std::optional<Duration> delay = std::nullopt,
                     std::optional<StartEvent> from = std::nullopt,
                     std::optional<std::string> named = std::nullopt) {
        return Clause{k, delay, from, std::move(named), std::move(s), std::nullopt};
    };
    c.clauses = {
        clause(ClauseKind::control,
               in_conv("article 5", "L'Association se soumet à tout contrôle du Département sur "
                                    "l'emploi de la subvention (CGCT art. L.1611-4).")),
        clause(ClauseKind::contrat_engagement_republicain,
               in_conv("article 6", "L'Association respecte le contrat d'engagement républicain "
                                    "qu'elle a souscrit (loi n° 2000-321, art. 10-1).")),
        clause(ClauseKind::reimbursement,
               in_conv("article 7", "Les sommes non employées conformément à leur objet sont "
                                    "reversées au Département.")),
        clause(ClauseKind::unspent_kept,
               in_conv("article 7", "La part de la subvention non dépensée à la clôture de "
                                    "l'exercice est reversée au Département ; l'Association ne "
                                    "peut en conserver aucune part.")),
        clause(ClauseKind::jurisdiction,
               in_conv("article 8", "Les litiges relatifs à la présente convention relèvent du "
                                    "Tribunal administratif de Lille."),
               std::nullopt, std::nullopt, "Tribunal administratif de Lille"),
    };

    c.payment_schedule.payments = {
        Payment{PaymentKind::advance,
                {Euros::from_euros(18'000),
                 in_conv("article 3", "Une avance de 18 000 € (60 %) est versée à la signature de "
                                      "la convention.")},
                PaymentTrigger::signature,
                std::nullopt,
                std::nullopt},
        Payment{PaymentKind::balance,
                {Euros::from_euros(12'000),
                 in_conv("article 3", "Le solde de 12 000 € (40 %) est versé à réception du "
                                      "compte rendu financier.")},
                PaymentTrigger::final_report,
                std::nullopt,
                std::nullopt},
    };
    c.payment_schedule.cap_clauses = {
        in_conv("article 3", "Le Département attribue une subvention d'un montant maximum de "
                             "30 000 €.")};

    c.bank_details =
        BankDetails{{"FR76 3000 6000 0112 3456 7890 189", in_conv("article 3", "IBAN : FR76 3000 "
                                                                               "6000 0112 3456 "
                                                                               "7890 189")},
                    {"AGRIFRPP", in_conv("article 3", "BIC : AGRIFRPP")},
                    {"Crédit Agricole Nord de France", in_conv("article 3", "Domiciliation : "
                                                                            "Crédit Agricole Nord "
                                                                            "de France")},
                    {nord_beneficiary, in_conv("article 3", "Titulaire : Union Sportive de "
                                                            "Roubaix")}};

    c.original_copies = Stated<std::uint32_t>{2, in_conv("signature", "Fait en deux exemplaires "
                                                                      "originaux")};
    c.signature.place = "Lille";
    c.signature.date = {std::nullopt, in_conv("signature", "Fait à Lille, le")};
    c.signature.signatories = {
        Signatory{"Pour le Département du Nord",
                  NamedPerson{"Hugo DUPONT", "Le Président du Conseil départemental"}, std::nullopt,
                  false},
        Signatory{"Pour l'Union Sportive de Roubaix",
                  NamedPerson{"Louise BERNARD", "La Présidente"}, std::nullopt, false}};
    return c;
}

Dossier nord_2024() {
    Dossier d;
    d.deliberation = nord_2024_deliberation();
    d.convention = nord_2024_convention();
    return d;
}

} // namespace subvention::examples
