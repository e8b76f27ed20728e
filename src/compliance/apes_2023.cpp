// SPDX-License-Identifier: Apache-2.0
// subvention — the APES example dossier, compiled once (see the header for what it states).

#include <string>
#include <utility>
#include <vector>

#include <subvention/convention.hpp>
#include <subvention/date.hpp>
#include <subvention/deliberation.hpp>
#include <subvention/document.hpp>
#include <subvention/dossier.hpp>
#include <subvention/duration.hpp>
#include <subvention/examples/apes_2023.hpp>
#include <subvention/identifiers.hpp>
#include <subvention/money.hpp>
#include <subvention/provenance.hpp>
#include <subvention/report.hpp>
#include <subvention/vote.hpp>

namespace subvention::examples {

namespace {

SourceRef delib(std::string section, std::string text) {
    return SourceRef{DocumentKind::deliberation, std::move(section), std::move(text)};
}
SourceRef rapport(std::string section, std::string text) {
    return SourceRef{DocumentKind::rapport, std::move(section), std::move(text)};
}
SourceRef conv(std::string section, std::string text) {
    return SourceRef{DocumentKind::convention, std::move(section), std::move(text)};
}
Visa visa(VisaContent content, SourceRef source) {
    return Visa{std::move(content), std::move(source)};
}
DeliberationVisa cd_deliberation(std::optional<DeliberationNumber> number, Date date,
                                 std::string title, bool delegation = false) {
    return DeliberationVisa{"Conseil départemental",
                            Body::conseil_departemental,
                            number,
                            date,
                            std::move(title),
                            delegation};
}

const std::string beneficiary_name = "Acteurs Pour une Economie Solidaire";
const std::string collectivite_header = "DEPARTEMENT DU PAS-DE-CALAIS";
const std::string item_title =
    "ACTEURS POUR UNE ÉCONOMIE SOLIDAIRE - CONTRIBUTION AUX POLITIQUES DÉPARTEMENTALES EN "
    "FAVEUR DE L'ÉCONOMIE SOCIALE ET SOLIDAIRE 2023";
const std::string purpose = "au titre de sa contribution aux politiques départementales "
                            "en faveur de l’économie sociale et solidaire";

// The three axes, as the report (r) and the convention (c) word them.
std::vector<ActionAxis> axes(bool convention) {
    return {
        ActionAxis{"Axe 1",
                   "Parcours de qualification : de la sensibilisation à la montée en compétence "
                   "collective des porteurs de projets.",
                   {"Les « Petits Déj » thématiques pour de l’apport théorique et l’échange de "
                    "pratiques d’ESS.",
                    "Les ateliers de co-développement pour des porteurs de projet en création ou "
                    "en développement d’actions."}},
        ActionAxis{"Axe 2",
                   "Accompagnement particulier des porteurs de projets « hors-réseaux »",
                   {convention ? "Soutenir les acteurs en situation de fragilité et la "
                                 "valorisation de la force du réseau."
                               : "Soutien des acteurs en situation de fragilité et valorisation "
                                 "de la force du réseau."}},
        ActionAxis{"Axe 3",
                   convention ? "accompagnement des maisons de l’ESS"
                              : "Accompagnement des Maisons de l’Economie Sociale et Solidaire",
                   {"Appui aux dynamiques collectives autour des Maisons de l’ESS (Manufacture à "
                    "Initiatives Citoyennes)."}},
    };
}

} // namespace

/// The deliberation N°2023-122 of the Commission permanente of 20 March 2023, as printed.
Deliberation apes_2023_deliberation() {
    Deliberation d;
    d.collectivite = Collectivite{collectivite_header, std::nullopt, "62"};
    d.meeting_date = {Date(2023, 3, 20), delib("en-tête", "REUNION DU 20 MARS 2023")};
    d.secretary = PersonName::parse("Mme Marie-Line PLOUVIEZ").value();
    d.number = {DeliberationNumber::parse("2023-122").value(), delib("en-tête", "(N°2023-122)")};
    d.title = item_title;

    // --- Visas (11) --------------------------------------------------------------------------
    d.visas = {
        visa(CodeVisa{"Code Général des Collectivités Territoriales",
                      {"L.3121-14", "L.3121-14-1", "L.3211-1", "L.3211-2"}},
             delib("visas", "Vu le Code Général des Collectivités Territoriales et, notamment, "
                            "ses articles L.3121-14, L.3121-14-1, L.3211-1 et L.3211-2 ;")),
        visa(LegalTextVisa{LegalTextKind::loi,
                           "2014-856",
                           Date(2014, 7, 31),
                           "relative à l’Economie Sociale et Solidaire",
                           {"15"}},
             delib("visas", "Vu la Loi n°2014-856 du 31 juillet 2014 relative à l’Economie "
                            "Sociale et Solidaire, et notamment son article 15 ;")),
        visa(cd_deliberation(DeliberationNumber::parse("2021-257").value(), Date(2021, 7, 1),
                             "Délégation d’attributions à la Commission Permanente", true),
             delib("visas", "Vu la délibération n°2021-257 du Conseil départemental en date du "
                            "01/07/2021 « Délégation d’attributions à la Commission "
                            "Permanente » ;")),
        visa(cd_deliberation(DeliberationNumber::parse("2022-503").value(), Date(2022, 12, 12),
                             "Agir avec vous pour l’épanouissement de tous dans le "
                             "Pas-de-Calais - Pacte des solidarités humaines"),
             delib("visas", "Vu la délibération n°2022-503 du Conseil départemental en date du "
                            "12/12/2022 « Agir avec vous pour l’épanouissement de tous dans le "
                            "Pas-de-Calais - Pacte des solidarités humaines » ;")),
        visa(cd_deliberation(DeliberationNumber::parse("2022-484").value(), Date(2022, 11, 21),
                             "Agir avec vous pour se réaliser dans le Pas-de-Calais - Pacte des "
                             "réussites citoyennes"),
             delib("visas", "Vu la délibération n°2022-484 du Conseil départemental en date du "
                            "21/11/2022 « Agir avec vous pour se réaliser dans le "
                            "Pas-de-Calais - Pacte des réussites citoyennes » ;")),
        visa(cd_deliberation(DeliberationNumber::parse("2022-360").value(), Date(2022, 9, 26),
                             "Pacte des solidarités territoriales \"Agir avec vous pour bien "
                             "vivre dans le Pas-de-Calais\""),
             delib("visas", "Vu la délibération n°2022-360 du Conseil départemental en date du "
                            "26/09/2022 « Pacte des solidarités territoriales \"Agir avec vous "
                            "pour bien vivre dans le Pas-de-Calais\" » ;")),
        visa(cd_deliberation(DeliberationNumber::parse("2017-619").value(), Date(2017, 12, 18),
                             "Budget citoyen - Année 2018"),
             delib("visas", "Vu la délibération n°2017-619 du Conseil départemental en date du "
                            "18/12/2017 « Budget citoyen - Année 2018 » ;")),
        visa(SchemeVisa{"Schéma Régional de Développement Economique, d'Innovation et "
                        "d'Internationalisation",
                        "SRDEII", "Conseil Régional des Hauts-de-France", Date(2017, 3, 30)},
             delib("visas", "Vu le Schéma Régional de Développement Economique, d'Innovation et "
                            "d'Internationalisation (SRDEII), adopté par délibération du Conseil "
                            "Régional des Hauts-de-France le 30 mars 2017 ;")),
        visa(RulesOfProcedureVisa{"Conseil départemental du Pas-de-Calais", {"18", "20", "29"}},
             delib("visas", "Vu le Règlement Intérieur du Conseil départemental du Pas-de-Calais "
                            "et notamment ses articles 18, 20 et 29 ;")),
        visa(ReportVisa{"Président du Conseil départemental", true},
             delib("visas", "Vu le rapport du Président du Conseil départemental, ci-annexé ;")),
        visa(CommitteeOpinion{Committee{1, "Attractivité départementale et emploi"},
                              Date(2023, 3, 6), std::nullopt},
             delib("visas", "Vu l’avis de la 1ère commission « Attractivité départementale et "
                            "emploi » rendu lors de sa réunion en date du 06/03/2023 ;")),
    };

    d.interest_statements = {InterestStatement{
        PersonName::parse("Madame Sylvie MEYFROIDT").value(), true, true,
        delib("préambule", "Madame Sylvie MEYFROIDT, intéressée à l’affaire, n’a pris part ni "
                           "au débat, ni au vote ;")}};

    // --- Dispositif ----------------------------------------------------------------------------
    const std::string art1 =
        "D’attribuer, à l’association « Acteurs Pour une Economie Solidaire », une participation "
        "départementale d’un montant global de 57 000 € pour l’année 2023, au titre de sa "
        "contribution aux politiques départementales en faveur de l’économie sociale et "
        "solidaire, selon les modalités décrites au rapport annexé à la présente délibération.";
    const std::string art2 =
        "D’autoriser le Président du Conseil départemental à signer, au nom et pour le compte du "
        "Département, avec l’association « Acteurs Pour une Economie Solidaire », la convention "
        "portant sur sa contribution aux politiques départementales en faveur de l’économie "
        "sociale et solidaire, dans les termes du projet joint à la présente délibération.";
    const std::string art3 = "La dépense versée en application de l’article 1 de la présente "
                             "délibération est imputée sur le budget départemental comme suit :";
    d.articles = {{1, art1}, {2, art2}, {3, art3}};
    d.grants = {GrantDecision{
        beneficiary_name,
        LegalForm::association,
        {Euros::from_euros(57'000), delib("article 1", art1)},
        2023,
        purpose,
        TermsReference{DocumentKind::rapport,
                       delib("article 1", "selon les modalités décrites au rapport annexé à la "
                                          "présente délibération")},
        std::nullopt}};
    d.signing_authorisations = {SigningAuthorisation{
        "le Président du Conseil départemental", beneficiary_name,
        "la convention portant sur sa contribution aux politiques départementales en faveur de "
        "l’économie sociale et solidaire",
        true, delib("article 2", art2)}};
    d.imputations = {ImputationRow{
        "C01-020Q01", "6568/9365", "Mission ESS - Autres participations",
        Euros::from_euros(209'285), std::nullopt, Euros::from_euros(57'000), std::nullopt,
        AppropriationKind::cp,
        delib("article 3", "C01-020Q01 6568/9365 Mission ESS - Autres participations 209 285,00 "
                           "57 000,00")}};

    // --- Attendance and vote -------------------------------------------------------------------
    PrintedAttendance printed;
    printed.body = Body::commission_permanente;
    printed.present =
        "M. Jean-Claude LEROY, Mme Mireille HINGREZ-CÉRÉDA, M. Daniel\n"
        "MACIEJASZ, Mme Valérie CUVILLIER, Mme Blandine DRAIN, Mme Maryse CAUWET, M.\n"
        "Ludovic LOQUET, Mme Bénédicte MESSEANNE-GROBELNY, M. Jean-Claude DISSAUX,\n"
        "Mme Laurence LOUCHAERT, M. Laurent  DUPORGE, Mme Karine GAUTHIER,  M. Alain\n"
        "MEQUIGNON, Mme Evelyne NACHEL, Mme Florence WOZNY, M. Jean-Jacques COTTEL,\n"
        "Mme Caroline  MATRAT,  Mme Sophie  WAROT-LEMAIRE,  M.  André  KUCHCINSKI,  Mme\n"
        "Fatima  AIT-CHIKHEBBIH,  Mme  Carole  DUBOIS,  M.  Olivier  BARBARIN,  Mme  Zohra\n"
        "OUAGUEF,  M.  Etienne  PERIN,  Mme Maryse  DELASSUS,  M.  Claude  BACHELET,  Mme\n"
        "Maïté  MULOT-FRISCOURT,  Mme  Stéphanie  GUISELAIN,  M.  Philippe  FAIT,  Mme\n"
        "Emmanuelle LAPOUILLE, M. Alexandre MALFAIT, Mme Sylvie MEYFROIDT, M. Frédéric\n"
        "MELCHIOR, Mme Brigitte PASSEBOSC, M. François LEMAIRE, M. Marc SARPAUX, Mme\n"
        "Marie-Line PLOUVIEZ, M. Steeve BRIOIS, M. Ludovic PAJOT.";
    printed.excused = "M. Sébastien CHOCHOIS, M. Pierre GEORGET, M. Bruno COUSEIN.";
    printed.present_without_voice = "Mme Emmanuelle  LEVEUGLE,  M. Jean-\nLouis COTTIGNY";
    printed.excused_without_voice = "M. Michel DAGBERT, M. Bertrand PETIT, M. Jean-Marc\nTELLIER";
    printed.interested = {"Madame Sylvie MEYFROIDT"};
    printed.proxies = std::nullopt; // the act records no « pouvoirs » (SEED-02)
    printed.president = "MONSIEUR JEAN-CLAUDE LEROY";
    d.attendance = parse_attendance(printed).value();

    const std::string tally_text =
        "Pour  :  41 voix  (Groupe  Socialiste,  Républicain  et  Citoyen ;  Groupe  Communiste  "
        "et\nRépublicain ; Groupe Union pour le Pas-de-Calais ; Groupe Rassemblement National ;\n"
        "Non-inscrit)\nContre : 0 voix \nAbstention : 1 voix (Groupe Union pour le Pas-de-Calais)";
    d.tally = {parse_vote_tally(tally_text).value(),
               delib("conditions de vote",
                     "Pour : 41 voix (Groupe Socialiste, Républicain et Citoyen ; Groupe "
                     "Communiste et Républicain ; Groupe Union pour le Pas-de-Calais ; Groupe "
                     "Rassemblement National ; Non-inscrit) Contre : 0 voix Abstention : 1 voix "
                     "(Groupe Union pour le Pas-de-Calais)")};
    d.outcome = {parse_stated_outcome("(Adopté)").value(), delib("conditions de vote", "(Adopté)")};

    // --- Signature -----------------------------------------------------------------------------
    d.signature.place = "ARRAS";
    d.signature.date = {Date(2023, 3, 20), delib("signature", "ARRAS, le 20 mars 2023")};
    d.signature.signatories = {Signatory{
        "", NamedPerson{"Jean-Claude LEROY", "Président du Conseil départemental"},
        SignatureDelegation{"Pour le Président du Conseil départemental",
                            NamedPerson{"Maryline VINCLAIRE", "Directrice Générale des Services"}},
        true}};
    return d;
}

/// The President's report N°57 to the same meeting, as printed.
Rapport apes_2023_rapport() {
    Rapport r;
    r.collectivite = Collectivite{collectivite_header, std::nullopt, "62"};
    r.number = {"57", rapport("en-tête", "RAPPORT N°57")};
    r.pole = "Pôle Partenariats et Ingénierie";
    r.mission = "Mission Economie Sociale et Solidaire";
    r.body = Body::commission_permanente;
    r.meeting_date = {Date(2023, 3, 20), rapport("en-tête", "REUNION DU 20 MARS 2023")};
    r.title = item_title;

    // --- Fondements juridiques (6) -------------------------------------------------------------
    const std::string f = "fondements juridiques";
    r.legal_foundations = {
        visa(CodeVisa{"Code général des collectivités territoriales", {}},
             rapport(f, "Code général des collectivités territoriales ;")),
        visa(LegalTextVisa{LegalTextKind::loi,
                           "2014-856",
                           Date(2014, 7, 31),
                           "relative à l’Economie Sociale et Solidaire",
                           {}},
             rapport(f, "Loi n° 2014-856 du 31 juillet 2014 relative à l’Economie Sociale et "
                        "Solidaire ;")),
        visa(cd_deliberation(std::nullopt, Date(2017, 12, 18), "Budget citoyen"),
             rapport(f, "Délibération du Conseil départemental du 18 décembre 2017 « Budget "
                        "citoyen » ;")),
        visa(cd_deliberation(std::nullopt, Date(2022, 9, 26),
                             "portant adoption du Pacte des solidarités territoriales « Agir avec "
                             "vous pour bien vivre dans le Pas-de-Calais »"),
             rapport(f, "Délibération du Conseil départemental du 26 septembre 2022 portant "
                        "adoption du Pacte des solidarités territoriales « Agir avec vous pour "
                        "bien vivre dans le Pas-de-Calais » ;")),
        visa(cd_deliberation(std::nullopt, Date(2022, 11, 21),
                             "portant adoption du Pacte des réussites citoyennes « Agir avec vous "
                             "pour se réaliser dans le Pas-de-Calais »"),
             rapport(f, "Délibération du Conseil départemental du 21 novembre 2022 portant "
                        "adoption du Pacte des réussites citoyennes « Agir avec vous pour se "
                        "réaliser dans le Pas-de-Calais » ;")),
        visa(cd_deliberation(std::nullopt, Date(2022, 12, 12),
                             "portant adoption du Pacte des solidarités humaines « Agir avec vous "
                             "pour l’épanouissement de tous dans le Pas-de-Calais »"),
             rapport(f, "Délibération du Conseil départemental du 12 décembre 2022 portant "
                        "adoption du Pacte des solidarités humaines « Agir avec vous pour "
                        "l’épanouissement de tous dans le Pas-de-Calais ».")),
    };

    r.context = {
        "L’Économie Sociale et Solidaire (ESS), fortement ancrée dans le Pas-de-Calais, se "
        "traduit par une autre façon d’entreprendre, de produire et de répartir les richesses, "
        "les services et les biens, en replaçant l’homme et les territoires au cœur des "
        "priorités.",
        "A travers la création du Conseil départemental de l’Économie Sociale et Solidaire "
        "(CDESS) le 17 janvier 2013, le Département du Pas-de-Calais a confirmé son ambition de "
        "mobiliser et de fédérer les acteurs de l’ESS autour de lui.",
        "Le 18 décembre 2017, les élus, réunis en Assemblée départementale, ont approuvé la "
        "création du Budget citoyen. Lancée en 2018, cette démarche a été reconduite les années "
        "suivantes.",
        "Le présent rapport s’inscrit dans le cadre de la mise en œuvre du projet de mandat "
        "« Construisons notre Pas-de-Calais – Projet du Département 2022-2027 » et plus "
        "particulièrement dans le cadre de l’ambition 13 du Pacte des solidarités territoriales "
        "« Agir avec vous pour bien vivre dans le Pas-de-Calais ». : Promouvoir les pratiques de "
        "l’économie sociale et solidaire (ESS) comme vecteur d’innovation pour les territoires.",
    };

    // --- Opérations sollicitées ----------------------------------------------------------------
    const std::string ops = "présentation des opérations sollicitées";
    r.operations = {
        Action{std::nullopt,
               "Au titre de l’année 2023, l’association « Acteurs Pour une Economie Solidaire » "
               "(APES) propose les actions suivantes en concordance avec les orientations "
               "départementales en faveur de l’Economie Sociale et Solidaire, plus "
               "spécifiquement orientées vers les principes du Budget citoyen :",
               axes(false),
               {},
               Stated<Euros>{Euros::from_euros(24'000),
                             rapport(ops, "Pour la mise en œuvre de ces 3 axes, l’APES sollicite "
                                          "une participation du Département à hauteur de "
                                          "24 000 €.")},
               std::nullopt},
        Action{"Accompagnements des acteurs de l’Économie Sociale et Solidaire du Pas-de-Calais "
               "à l’amélioration continue des pratiques",
               "En parallèle de ces 3 axes, l’association « Acteurs Pour une Economie Solidaire » "
               "(APES) propose une action expérimentale en concordance avec les orientations "
               "départementales en faveur de l’Economie Sociale et Solidaire, et qui s’inscrit "
               "dans les ambitions des pactes des solidarités territoriales, des réussites "
               "citoyennes et des solidarités humaines du Département. Intitulée « Accompagnements "
               "des "
               "acteurs de l’Économie Sociale et Solidaire du Pas-de-Calais à l’amélioration "
               "continue des pratiques », elle a été proposée et validée par les acteurs lors du "
               "dernier Conseil Départemental de "
               "l’ESS le 24 novembre 2022. Cette action expérimentale vise à faire évoluer les "
               "pratiques des porteurs d’initiatives de l’ESS du Pas-de-Calais afin qu’ils "
               "puissent les mettre en accord avec les valeurs intégrées dans leurs projets "
               "stratégiques. L’APES propose d’accompagner 24 structures d’ESS. L’action sera "
               "décomposée comme suit :",
               {},
               {"3 journées territoriales pour présenter la proposition au plus proche des "
                "acteurs.",
                "1 phase de recrutement des acteurs en fonction de leurs besoins.",
                "3 parcours thématisés pour 8 participants par parcours d’une durée de 3 jours "
                "(ex : les richesses humaines, l’implication des usagers dans le fonctionnement "
                "d’une organisation, la transition environnementale).",
                "1 journée pour élargir vers de nouvelles thématiques qui seront définies avec "
                "les acteurs (ex : gouvernance, coopération, territoire)."},
               Stated<Euros>{Euros::from_euros(33'000),
                             rapport(ops, "Afin de mettre en œuvre cette action expérimentale, "
                                          "l’association sollicite une participation du "
                                          "Département à hauteur de 33 000 €.")},
               std::nullopt},
    };

    // --- Proposition ---------------------------------------------------------------------------
    r.proposed_grants = {GrantDecision{
        beneficiary_name,
        LegalForm::association,
        {Euros::from_euros(57'000),
         rapport("proposition",
                 "d’attribuer, à l’association « Acteurs Pour une Economie Solidaire », une "
                 "participation départementale d’un montant global de 57 000 € pour l’année "
                 "2023, au titre de sa contribution aux politiques départementales en faveur de "
                 "l’économie sociale et solidaire, selon les modalités décrites à la présente "
                 "délibération ;")},
        2023,
        purpose,
        TermsReference{DocumentKind::deliberation,
                       rapport("proposition", "selon les modalités décrites à la présente "
                                              "délibération")},
        std::nullopt}};
    r.proposed_authorisations = {SigningAuthorisation{
        "le Président du Conseil départemental", beneficiary_name,
        "la convention portant sa contribution aux politiques départementales en faveur de "
        "l’Économie Sociale et Solidaire",
        true,
        rapport("proposition",
                "de m’autoriser à signer, au nom et pour le compte du Département, avec "
                "l’association « Acteurs Pour une Economie Solidaire », la convention portant sa "
                "contribution aux politiques départementales en faveur de l’Économie Sociale et "
                "Solidaire dans les termes du projet joint à la présente délibération.")}};

    r.budget = {ImputationRow{
        "C01-020Q01", "6568/9365", "Mission ESS - Autres participations",
        Euros::from_euros(209'285), Euros::from_euros(209'285), Euros::from_euros(57'000),
        Euros::from_euros(152'285), AppropriationKind::cp,
        rapport("imputation", "C01-020Q01 6568/9365 Mission ESS - Autres participations "
                              "209 285,00 209 285,00 57 000,00 152 285,00")}};

    r.committee_opinion = Stated<CommitteeOpinion>{
        CommitteeOpinion{Committee{1, "Attractivité départementale et emploi"}, Date(2023, 3, 6),
                         Opinion::favourable},
        rapport("avis de commission",
                "La 1ère Commission - Attractivité départementale et emploi a émis un avis "
                "favorable sur ce rapport lors de sa réunion du 06/03/2023.")};
    r.annexes_referenced = {
        {"détail de l’action expérimentale",
         rapport(ops, "Vous trouverez le détail en annexe du présent rapport.")}};

    r.signature.place = std::nullopt;
    r.signature.date = {std::nullopt, rapport("signature", "")};
    r.signature.signatories = {
        Signatory{"", NamedPerson{"Jean-Claude LEROY", "Le Président du Conseil Départemental"},
                  std::nullopt, true}};
    return r;
}

/// The draft convention annexed to the deliberation (« projet joint »), as printed.
Convention apes_2023_convention() {
    using CS = ConventionSubject;
    Convention c;
    c.status = DocumentStatus::draft;
    const std::string object = "Partenariat 2023 – Contribution aux politiques départementales en "
                               "faveur de l’économie sociale et solidaire";
    c.object = {object, conv("en-tête", "Objet : " + object)};
    c.dossier_number = {std::nullopt, conv("en-tête", "Dossier n°")};
    c.service = "Pôle Partenariats et Ingénierie, Mission Economie Sociale et Solidaire";

    // --- Parties -------------------------------------------------------------------------------
    const std::string grantor_text =
        "Entre le Département du Pas-de-Calais, dont le siège est en l’Hôtel du Département rue "
        "Ferdinand Buisson 62018 Arras Cedex 9, représenté par Monsieur Jean-Claude LEROY, "
        "Président du Conseil départemental, dûment autorisé par délibération de la Commission "
        "Permanente en date du 20 mars 2023, ci-après désigné par « le Département » ; d’une "
        "part,";
    c.grantor = ConventionParty{
        "Département du Pas-de-Calais",
        LegalForm::departement,
        "Hôtel du Département rue Ferdinand Buisson 62018 Arras Cedex 9",
        std::nullopt,
        NamedPerson{"Monsieur Jean-Claude LEROY", "Président du Conseil départemental"},
        StatedAuthorisation{Body::commission_permanente, Date(2023, 3, 20), std::nullopt,
                            conv("parties", "dûment autorisé par délibération de la Commission "
                                            "Permanente en date du 20 mars 2023")},
        "le Département",
        "62",
        conv("parties", grantor_text),
        {}};
    const std::string beneficiary_text =
        "L’association Acteurs Pour une Économie Solidaire, dont le siège social est situé au "
        "235, boulevard Paul Painlevé, 59000 Lille, identifié au répertoire SIREN sous le "
        "n°440 672 020 00037 représenté par Monsieur Luc BELVAL, ci-après dénommé "
        "« L’organisme » ; d’autre part,";
    c.beneficiary = ConventionParty{
        "Acteurs Pour une Économie Solidaire",
        LegalForm::association,
        "235, boulevard Paul Painlevé, 59000 Lille",
        StatedIdentifier{IdentifierLabel::siren, "440 672 020 00037",
                         conv("parties", "identifié au répertoire SIREN sous le n°440 672 020 "
                                         "00037")},
        NamedPerson{"Monsieur Luc BELVAL", ""},
        std::nullopt,
        "L’organisme",
        "59",
        conv("parties", beneficiary_text),
        {}};

    // --- Visas (5, the fourth repeated: SEED-03) -----------------------------------------------
    const Visa humaines = visa(
        cd_deliberation(std::nullopt, Date(2022, 12, 12),
                        "portant adoption du Pacte des solidarités humaines « Agir avec vous "
                        "pour l’épanouissement de tous dans le Pas-de-Calais »"),
        conv("visas", "Vu : la délibération du Conseil départemental du 12 décembre 2022 portant "
                      "adoption du Pacte des solidarités humaines « Agir avec vous pour "
                      "l’épanouissement de tous dans le Pas-de-Calais » ;"));
    c.visas = {
        visa(CodeVisa{"code général des collectivités territoriales", {}},
             conv("visas", "Vu : le code général des collectivités territoriales ;")),
        visa(cd_deliberation(std::nullopt, Date(2022, 9, 26),
                             "portant adoption du Pacte des solidarités territoriales « Agir avec "
                             "vous pour bien vivre dans le Pas-de-Calais »"),
             conv("visas", "Vu : la délibération du Conseil départemental du 26 septembre 2022 "
                           "portant adoption du Pacte des solidarités territoriales « Agir avec "
                           "vous pour bien vivre dans le Pas-de-Calais » ;")),
        visa(cd_deliberation(std::nullopt, Date(2022, 11, 21),
                             "portant adoption du Pacte des réussites citoyennes « Agir avec vous "
                             "pour se réaliser dans le Pas-de-Calais »"),
             conv("visas", "Vu : la délibération du Conseil départemental du 21 novembre 2022 "
                           "portant adoption du Pacte des réussites citoyennes « Agir avec vous "
                           "pour se réaliser dans le Pas-de-Calais » ;")),
        humaines,
        humaines,
    };

    // --- Article index (13) ----------------------------------------------------------------------
    c.articles = {
        {1, "Objet de la convention", {}, {CS::object}},
        {2, "Nature du projet soutenu", {}, {CS::actions}},
        {3, "Période d’application de la convention", {}, {CS::period}},
        {4,
         "Obligations de l’organisme",
         {"Relations avec les services départementaux",
          "Obligations et contreparties en matière de communication / charte graphique",
          "Secret professionnel",
          "Achat de biens et de services (si éligible dans le cadre du présent dispositif)",
          "Dépenses éligibles", "Propriété intellectuelle", "Conflits d’intérêts"},
         {CS::obligations, CS::meetings, CS::final_report, CS::communication, CS::amendment,
          CS::professional_secrecy, CS::purchases, CS::eligible_expenses, CS::intellectual_property,
          CS::conflict_of_interest}},
        {5, "Modalités de contrôle", {}, {CS::control}},
        {6, "Montant de la participation et modalités de versement", {}, {CS::amount}},
        {7, "Modalités de versement", {}, {CS::payment}},
        {8, "Bilan final d’exécution", {}, {CS::final_report}},
        {9, "Modalités de paiements", {}, {CS::bank_details, CS::payment}},
        {10, "Modification de la convention", {}, {CS::amendment}},
        {11, "Clause de renonciation", {}, {CS::renunciation}},
        {12, "Reversements, résiliation et litiges", {}, {CS::reimbursement, CS::termination}},
        {13, "Réglementation applicable et juridiction compétente", {}, {CS::jurisdiction}},
    };

    // --- Cross-references, in order of appearance (the last one is wrong: SEED-04) -------------
    // Source texts: the whole sentence holding the reference (what text extraction quotes).
    c.cross_references = {
        {1, std::nullopt, 2, CS::actions,
         conv("article 1", "La présente convention a pour objet de définir les relations "
                           "entre le Département et l’Organisme au titre de sa "
                           "contribution aux politiques départementales en faveur de "
                           "l’économie sociale et solidaire telle que présentée en "
                           "article 2 de la présente convention.")},
        {4, 5, 3, CS::period,
         conv("article 4 §5", "Les dépenses doivent avoir été réalisées durant la période "
                              "fixée à l’article 3, et être effectivement liées et "
                              "nécessaires à la réalisation de l’opération.")},
        {4, 5, 5, CS::control,
         conv("article 4 §5", "Les agents départementaux des services concernés examinent "
                              "ces dépenses à l’occasion de contrôles de service fait, afin "
                              "de déterminer les dépenses afférentes à la présente "
                              "convention (cf. article suivant).")},
        {5, std::nullopt, 4, CS::final_report,
         conv("article 5", "Pour mener à bien le contrôle de service fait, l’organisme "
                           "bénéficiaire présentera aux agents chargés du contrôle un "
                           "bilan final, dans les délais fixés à l’article 4.")},
        {5, std::nullopt, 2, CS::actions,
         conv("article 5", "Ce bilan sera composé de tous documents et pièces "
                           "établissant la réalité de la mise en œuvre des actions "
                           "décrites à l’article 2 ainsi que l’éligibilité des dépenses "
                           "encourues et des ressources perçues.")},
        {6, std::nullopt, 2, CS::actions,
         conv("article 6", "24 000 € au titre des 3 axes mentionnés dans l’article 2 ;")},
        {6, std::nullopt, 2, CS::actions,
         conv("article 6", "33 000 € au titre de l’action expérimentale « "
                           "Accompagnements des acteurs de l’économie sociale et "
                           "solidaire du Pas-de-Calais à l’amélioration continue des "
                           "pratiques interne », citée dans le même article.")},
        {7, std::nullopt, 6, CS::amount,
         conv("article 7", "Le montant de l’aide prévu à l’article précédent sera "
                           "acquitté selon les modalités suivantes :")},
        {7, std::nullopt, 6, CS::amount,
         conv("article 7", "Toutefois, le montant maximal de la participation "
                           "départementale ne pourra être supérieur au total prévu à "
                           "l’article 6 de la présente convention.")},
        {8, std::nullopt, 3, CS::period,
         conv("article 8", "Le bilan final d’exécution doit être transmis dans les 6 "
                           "mois suivant la date de fin de convention fixée à l’article "
                           "3, soit le 30 juin 2024.")},
        {12, std::nullopt, 7, CS::final_report,
         conv("article 12", "Le remboursement de la totalité des sommes versées pourra "
                            "notamment être exigé si le bilan final d’exécution prévu à "
                            "l’article 7 n’est pas produit, 6 mois après l’échéance de la "
                            "convention, ou s’il s’avère après un contrôle d’une instance "
                            "départementale ou nationale, que les pièces justificatives "
                            "produites par l’opérateur sont non fondées.")},
    };

    // --- Actions (art. 2) with their ceilings (art. 6) -----------------------------------------
    const std::string experimental_title =
        "Accompagnements des acteurs de l’économie sociale et solidaire du Pas-de-Calais à "
        "l’amélioration continue des pratiques interne";
    c.actions = {
        Action{std::nullopt,
               "Au titre de l’année 2023, l’association « Acteurs Pour une Economie Solidaire » "
               "(APES) propose des actions en concordance avec les orientations départementales "
               "en faveur de l’Economie Sociale et Solidaire, plus spécifiquement orientées vers "
               "les principes du budget citoyen par :",
               axes(true),
               {},
               Stated<Euros>{Euros::from_euros(24'000),
                             conv("article 6", "24 000 € au titre des 3 axes mentionnés dans "
                                               "l’article 2 ;")},
               std::nullopt},
        Action{experimental_title,
               "L’association « Acteurs Pour une Economie Solidaire » (APES) propose également "
               "une autre action en concordance avec les orientations départementales en faveur "
               "de l’Economie Sociale et Solidaire et s’inscrivant dans le pacte des solidarités "
               "territoriales. Cette action intitulée « Accompagnements des "
               "acteurs de l’économie sociale et solidaire du Pas-de-Calais à l’amélioration "
               "continue des pratiques interne » a été proposée et validée lors du "
               "dernier Conseil Départemental de l’ESS du 24 novembre 2022. Il s’agit d’une "
               "action expérimentale visant à faire évoluer les pratiques des porteurs "
               "d’initiatives de l’ESS du Pas-de-Calais afin qu’ils puissent les mettre en "
               "accord avec les valeurs intégrées dans leurs projets stratégiques. L’APES propose "
               "une action d’accompagnement pour 24 structures d’ESS décomposée comme suit :",
               {},
               {"3 journées territoriales pour présenter la proposition au plus proche des "
                "acteurs.",
                "une phase de recrutement des acteurs en fonction de leurs besoins.",
                "3 parcours thématisés pour 8 participants par parcours d’une durée de 3 jours "
                "(ex : Les richesses humaines, l’implication des usagers dans le fonctionnement "
                "d’une organisation, la transition environnementale).",
                "1 journée pour élargir vers de nouvelles thématiques qui seront définis avec les "
                "acteurs (ex : gouvernance, coopération, territoire)."},
               Stated<Euros>{Euros::from_euros(33'000),
                             conv("article 6", "33 000 € au titre de l’action expérimentale « " +
                                                   experimental_title +
                                                   " », citée dans le même article.")},
               std::nullopt},
    };

    // --- Period and renewal (art. 3) -------------------------------------------------------------
    c.period = Stated<Period>{
        Period{Date(2023, 1, 1), Date(2023, 12, 31), true},
        conv("article 3", "La convention s’applique du 01/01/2023 au 31/12/2023 inclus.")};
    c.tacit_renewal = {TacitRenewal::excluded,
                       conv("article 3", "En aucun cas, elle ne peut se poursuivre pour une "
                                         "nouvelle période par tacite reconduction.")};

    // --- Obligations (art. 4, 8) ---------------------------------------------------------------
    c.obligations.meetings = {MeetingObligation{
        "Rencontrer le Département à travers des comités de suivi/pilotage et toute réunion "
        "nécessaire à la mise en œuvre et au suivi de l’état d’avancement du projet.",
        Frequency::quarterly,
        conv("article 4 §1", "Ces rencontres se dérouleront autant que de besoin et à minima 1 "
                             "fois par trimestre, au format adapté aux besoins : présentiel, "
                             "téléphonique, visioconférence.")}};
    c.obligations.documents_to_send = {
        {"les documents relatifs liés aux actions développées (document de communication, outil "
         "de présentation, acteurs mobilisés, outils d’animation et d’accompagnement…)",
         conv("article 4 §1",
              "Transmettre à la Mission ESS les documents relatifs liés aux actions développées "
              "(document de communication, outil de présentation, acteurs mobilisés, outils "
              "d’animation et d’accompagnement…).")}};
    const RelativeDeadline six_months_after_end{Months(6), StartEvent::convention_end};
    c.obligations.final_report = FinalReportObligation{
        {
            DeadlineStatement{six_months_after_end, Date(2024, 6, 30),
                              conv("article 4 §1",
                                   "Transmettre le bilan final pour contrôle de service fait "
                                   "par les agents départementaux habilités, et pour le calcul "
                                   "du solde de la convention, au plus tard dans les 6 mois "
                                   "suivant la date de fin de convention, soit le 30 juin "
                                   "2024.")},
            DeadlineStatement{six_months_after_end, Date(2024, 6, 30),
                              conv("article 8", "Le bilan final d’exécution doit être transmis "
                                                "dans les 6 mois suivant la date de fin de "
                                                "convention fixée à l’article 3, soit le 30 juin "
                                                "2024.")},
            DeadlineStatement{six_months_after_end, std::nullopt,
                              conv("article 12", "si le bilan final d’exécution prévu à "
                                                 "l’article 7 n’est pas produit, 6 mois après "
                                                 "l’échéance de la convention")},
        },
        {"Un bilan quantitatif et qualitatif de l’opération, un descriptif des conditions de sa "
         "réalisation, de ces résultats, ainsi que l’état détaillé des réalisations physiques,",
         "Un descriptif de la mise en œuvre de l’initiative développée dans le respect des "
         "pratiques de l’Économie sociale et solidaire,",
         "Une liste des dépenses réalisées."},
        "dans la même forme que le budget prévisionnel de l’opération",
        {"contrôle de service fait par les agents départementaux habilités",
         "calcul du solde de la convention"}};
    c.obligations.other = {
        {"informer les services du Département de toute modification qui pourrait intervenir "
         "dans la mise en œuvre de l’opération",
         conv("article 4 §1", "Plus généralement, l’organisme s’engage à informer les services "
                              "du Département de toute modification qui pourrait intervenir "
                              "dans la mise en œuvre de l’opération.")}};

    // --- Clauses, in order of appearance (no CER, no State-aid clause) -------------------------
    auto clause = [](ClauseKind k, SourceRef s, std::optional<Duration> delay = std::nullopt,
                     std::optional<StartEvent> from = std::nullopt,
                     std::optional<std::string> named = std::nullopt) {
        return Clause{k, delay, from, std::move(named), std::move(s), std::nullopt};
    };
    c.clauses = {
        clause(ClauseKind::laicite,
               conv("article 1", "Elle ne pourra en aucun cas être utilisée pour financer des "
                                 "activités cultuelles conformément au principe de laïcité et "
                                 "des dispositions de la loi du 9 décembre 1905.")),
        clause(ClauseKind::correspondence,
               conv("article 4 §1", "Toute communication relative à la participation du "
                                    "Département du Pas-de-Calais faite dans le cadre de la "
                                    "convention, doit revêtir une forme écrite et mentionner le "
                                    "numéro de la convention.")),
        clause(ClauseKind::avenant,
               conv("article 4 §1", "Toute modification fait l’objet d’un avenant sauf si elle "
                                    "porte uniquement sur la ventilation par poste de dépenses "
                                    "et si elle ne modifie pas substantiellement la répartition "
                                    "des postes de charges.")),
        clause(ClauseKind::communication_charter,
               conv("article 4 §2", "La structure s'engage à respecter la charte à l'intention "
                                    "des partenaires bénéficiant d'une aide ou d'un soutien du "
                                    "Conseil départemental du Pas-de-Calais, intitulée "
                                    "« obligations et contreparties en matière de "
                                    "communication »"),
               std::nullopt, std::nullopt,
               "obligations et contreparties en matière de communication"),
        clause(ClauseKind::professional_secrecy,
               conv("article 4 §3", "Les dirigeants, membres et salariés de l’organisme sont "
                                    "tenus au secret professionnel pour les informations dont "
                                    "ils auront à connaître dans la mise en œuvre de "
                                    "l'opération.")),
        clause(ClauseKind::competitive_purchasing,
               conv("article 4 §4", "le bénéficiaire est tenu d’effectuer une mise en concurrence "
                                    "des candidats potentiels et de sélectionner l’offre "
                                    "économiquement la plus avantageuse")),
        clause(ClauseKind::eligible_expenses_in_period,
               conv("article 4 §5", "Les dépenses doivent avoir été réalisées durant la période "
                                    "fixée à l’article 3, et être effectivement liées et "
                                    "nécessaires à la réalisation de l’opération.")),
        clause(ClauseKind::intellectual_property,
               conv("article 4 §6", "Toute utilisation à des fins commerciales ou non, des "
                                    "travaux, études, résultats, sous quelque support que ce "
                                    "soit, soutenus, doit recevoir l’accord express préalable du "
                                    "Département.")),
        clause(ClauseKind::conflict_of_interest,
               conv("article 4 §7", "Le bénéficiaire s’engage à prendre toutes les mesures "
                                    "nécessaires afin de prévenir tout risque de conflit "
                                    "d’intérêts qui pourrait influencer une exécution impartiale "
                                    "et objective de la convention.")),
        clause(ClauseKind::control,
               conv("article 5", "L’organisme bénéficiaire s’engage à se soumettre à tout "
                                 "contrôle technique, administratif et financier, sur pièces et "
                                 "sur place, y compris au sein de sa comptabilité, effectué par "
                                 "le Département.")),
        clause(ClauseKind::avenant,
               conv("article 10", "Toute modification de la présente convention fera l’objet "
                                  "d’un avenant.")),
        clause(ClauseKind::renunciation,
               conv("article 11", "L’organisme renonce pour lui-même et pour ses membres, ses "
                                  "ayants droit et ayants cause, à toute réclamation financière "
                                  "ultérieure envers le Département pour toute opération entrant "
                                  "dans le champ d’application de la présente convention.")),
        clause(ClauseKind::termination,
               conv("article 12", "celle-ci pourra être résiliée de plein droit par l’une ou "
                                  "l’autre des parties à l’expiration d’un délai de un mois "
                                  "suivant l’envoi d’une lettre recommandée avec accusé de "
                                  "réception resté vaine."),
               Months(1), StartEvent::transmission),
        clause(ClauseKind::termination,
               conv("article 12", "En cas de déclaration inexacte, la présente convention "
                                  "pourra être résiliée sans préavis."),
               Days(0), StartEvent::other),
        clause(ClauseKind::reimbursement,
               conv("article 12", "En cas de résiliation, l’organisme sera tenu de reverser au "
                                  "Département les sommes non utilisées et indument versées du "
                                  "fait de la résiliation.")),
        clause(ClauseKind::reimbursement,
               conv("article 12", "Le remboursement de la totalité des sommes versées pourra "
                                  "notamment être exigé si le bilan final d’exécution prévu à "
                                  "l’article 7 n’est pas produit, 6 mois après l’échéance de la "
                                  "convention, ou s’il s’avère après un contrôle d’une instance "
                                  "départementale ou nationale, que les pièces justificatives "
                                  "produites par l’opérateur sont non fondées."),
               Months(6), StartEvent::convention_end),
        clause(ClauseKind::reimbursement,
               conv("article 12", "Il s’engage à procéder au reversement des sommes indûment "
                                  "perçues dans les plus brefs délais et au plus tard, dans le "
                                  "mois qui suit la réception du titre de perception."),
               Months(1), StartEvent::receipt),
        clause(ClauseKind::jurisdiction,
               conv("article 13", "En cas de différents concernant l’application de la présente "
                                  "convention, les parties tenteront un règlement amiable ; à "
                                  "défaut le litige sera porté devant le Tribunal administratif "
                                  "de Lille."),
               std::nullopt, std::nullopt, "Tribunal administratif de Lille"),
    };

    // --- Payments (art. 6, 7, 9; SEED-05) ------------------------------------------------------
    const SourceRef art9_mention = conv(
        "article 9", "L’organisme est ici averti que le versement des acomptes et celui du solde "
                     "ne peuvent intervenir qu’après la production d’un relevé d’identité "
                     "bancaire (RIB), postal (RIP) ou de Caisse d’Epargne (RICE).");
    c.payment_schedule.payments = {
        Payment{PaymentKind::single,
                {Euros::from_euros(57'000),
                 conv("article 7", "Un versement de 57 000 € interviendra après la signature de "
                                   "la présente convention par les parties.")},
                PaymentTrigger::signature,
                std::nullopt,
                std::nullopt}};
    c.payment_schedule.mentions = {
        PaymentMention{PaymentKind::balance,
                       conv("article 4 §1", "pour le calcul du solde de la convention")},
        PaymentMention{PaymentKind::advance, art9_mention},
        PaymentMention{PaymentKind::balance, art9_mention},
    };
    c.payment_schedule.cap_clauses = {
        conv("article 6", "L’intervention du Conseil départemental du Pas-de-Calais est plafonnée "
                          "au montant indiqué ci-dessus."),
        conv("article 7", "Toutefois, le montant maximal de la participation départementale ne "
                          "pourra être supérieur au total prévu à l’article 6 de la présente "
                          "convention.")};
    c.payment_schedule.reduction_clause =
        conv("article 6", "Après établissement du contrôle de service fait, elle peut être "
                          "diminuée en fonction des dépenses effectivement réalisées et des "
                          "ressources effectivement reçues.");
    c.payment_schedule.paying_accountant =
        "la Payeuse Départementale (comptable assignataire de la dépense)";

    // --- Bank details: blank in the draft (art. 9; SEED-09) ------------------------------------
    const std::string blank(67, '_');
    c.bank_details = BankDetails{
        {std::nullopt, conv("article 9", "Référence IBAN : " + blank)},
        {std::nullopt, conv("article 9", "Référence BIC : " + std::string(69, '_'))},
        {std::nullopt, conv("article 9", "Domiciliation : " + std::string(70, '_'))},
        {std::nullopt, conv("article 9", "Titulaire du compte : " + std::string(65, '_'))}};

    // --- Form and signature (blank date: SEED-09) ----------------------------------------------
    c.original_copies = Stated<std::uint32_t>{2, conv("signature", "Fait en deux exemplaires "
                                                                   "originaux")};
    c.page_count = Stated<std::uint32_t>{7, conv("signature", "Ce document comprend 7 pages")};
    c.signature.place = "Arras";
    c.signature.date = {std::nullopt, conv("signature", "A Arras, le")};
    c.signature.signatories = {
        Signatory{"Pour le Département du Pas-de-Calais",
                  NamedPerson{"Jean-Claude LEROY", "Le Président"}, std::nullopt, false},
        Signatory{"Pour Acteurs Pour une Économie Solidaire",
                  NamedPerson{"Luc BELVAL", "Le Président"}, std::nullopt, false}};
    return c;
}

/// The whole dossier: deliberation N°2023-122, report N°57 and draft convention; no annex is
/// attached (the report refers to one: SEED-11).
Dossier apes_2023() {
    return Dossier{
        apes_2023_deliberation(), apes_2023_rapport(), apes_2023_convention(), {}, std::nullopt};
}

} // namespace subvention::examples
