// SPDX-License-Identifier: Apache-2.0
// Tests of the general reading (src/text/extract_general.cpp): the phrases of other
// collectivités' acts — headings, meeting date, presidency, attendance lists without civility,
// proxies, numbers, tallies in a sentence, unanimity, grants — each read where a person reads
// it, and nothing invented where the text says nothing. Lenient member names
// (Member::parse_listed) are pinned here too.
#include <algorithm>
#include <string>
#include <string_view>

#include <gtest/gtest.h>

#include <subvention/compliance/checker.hpp>
#include <subvention/io/json.hpp>
#include <subvention/text/extract.hpp>

namespace test_io_extract_general_test {
namespace {

using namespace subvention;
using namespace subvention::text;

bool has_span(const Extraction& x, std::string_view path) {
    return std::any_of(x.spans.begin(), x.spans.end(),
                       [&](const FactSpan& s) { return s.path == path; });
}
bool has_finding(const Extraction& x, std::string_view rule) {
    return std::any_of(x.findings.begin(), x.findings.end(),
                       [&](const compliance::Diagnostic& d) { return d.rule == rule; });
}

// A commune's extract, flattened on few lines as a PDF converter gives it.
constexpr std::string_view kCommune =
    "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL DU MARDI 27 MARS 2012\n"
    "Le mardi 27 mars 2012 à 18h00, le Conseil Municipal, légalement convoqué le 21 mars 2012, "
    "s'est réuni sous la présidence de Monsieur ALINE, Maire. Etaient présents : Jean Marie "
    "ALINE, Michel REGE, Mme TERRIER, COUVEZ Jacques. Absent(s) excusé(s) ayant remis un pouvoir "
    ": Isabelle BILLARD à Martine LANGLOIS, Anne Sophie TETARD à Jean Marie ALINE\n"
    "N°2012-105 : SUBVENTION EXCEPTIONNELLE\n"
    "Le Conseil Municipal décide d'attribuer une subvention de 1 500 € à l'association "
    "« Les Amis du Trait » pour l'année 2012.\n"
    "Pour : 27 Contre : 0 Abstention : 2\n";

TEST(GeneralReading, ExtractOfAnotherCommuneIsRecognisedAndItsFactsRead) {
    const auto x = extract(kCommune);
    ASSERT_EQ(x.documents, std::vector<DocumentKind>{DocumentKind::deliberation});
    const auto& d = *x.dossier.deliberation;
    EXPECT_EQ(d.meeting_date.value, Date(2012, 3, 27));
    ASSERT_TRUE(d.attendance.president);
    EXPECT_EQ(d.attendance.president->key(), "ALINE");
    ASSERT_EQ(d.attendance.entries.size(), 4u);
    EXPECT_EQ(d.attendance.entries[0].member.last_name(), "ALINE");
    EXPECT_EQ(d.attendance.entries[0].member.first_name(), "Jean Marie");
    EXPECT_FALSE(d.attendance.entries[0].member.civility());
    EXPECT_EQ(d.attendance.entries[2].member.printed(), "Mme TERRIER");
    EXPECT_EQ(d.attendance.entries[3].member.last_name(), "COUVEZ"); // last name first
    ASSERT_TRUE(d.attendance.proxies);
    ASSERT_EQ(d.attendance.proxies->size(), 2u);
    EXPECT_EQ((*d.attendance.proxies)[0].giver.key(), "ISABELLE BILLARD");
    EXPECT_EQ((*d.attendance.proxies)[0].holder.key(), "MARTINE LANGLOIS");
    ASSERT_TRUE(d.number.value);
    EXPECT_EQ(d.number.value->text(), "2012-105");
    EXPECT_EQ(d.tally.value.pour.count(), 27);
    EXPECT_EQ(d.tally.value.contre.count(), 0);
    ASSERT_TRUE(d.tally.value.abstention);
    EXPECT_EQ(d.tally.value.abstention->count(), 2);
    ASSERT_EQ(d.grants.size(), 1u);
    EXPECT_EQ(d.grants[0].amount.value, Euros::from_euros(1'500));
    EXPECT_EQ(d.grants[0].beneficiary, "Les Amis du Trait");
    EXPECT_EQ(d.grants[0].beneficiary_form, LegalForm::association);
    for (const auto* path :
         {"/deliberation/meeting_date", "/deliberation/attendance/president",
          "/deliberation/attendance/entries", "/deliberation/attendance/proxies",
          "/deliberation/number", "/deliberation/tally", "/deliberation/grants/0/amount"})
        EXPECT_TRUE(has_span(x, path)) << path;
    // What was found is no longer reported as not found.
    EXPECT_FALSE(has_finding(x, "EXTRACT-DELIB-MEETING-DATE"));
    EXPECT_FALSE(has_finding(x, "EXTRACT-DELIB-TALLY"));
    EXPECT_FALSE(has_finding(x, "EXTRACT-DELIB-NUMBER"));
}

// Members without civility or first name are written with null and read back the same; a
// file written before they existed (every member with both) reads as it did.
TEST(GeneralReading, ListsWithoutCivilityOrFirstNameRoundTripThroughJson) {
    const auto x = extract(kCommune);
    const auto json = io::to_json(x.dossier);
    EXPECT_NE(json.find("\"civility\": null"), std::string::npos);
    EXPECT_NE(json.find("\"first_name\": null"), std::string::npos);
    const auto back = io::dossier_from_json(json);
    ASSERT_TRUE(back) << back.error().message;
    EXPECT_EQ(*back, x.dossier);
}

TEST(GeneralReading, ConvocationDateIsNotTheMeetingDate) {
    const auto x = extract("COMPTE RENDU\nLe Conseil, régulièrement convoqué le 11 mars 2022, "
                           "s'est réuni le 25 mars 2022 sous la présidence de M. Jean DUPONT.\n");
    ASSERT_TRUE(x.dossier.deliberation);
    EXPECT_EQ(x.dossier.deliberation->meeting_date.value, Date(2022, 3, 25));
}

TEST(GeneralReading, MeetingDateInTheWordsOfTheRegisters) {
    const auto date_of = [](std::string_view text) {
        const auto x = extract(text);
        return x.dossier.deliberation ? x.dossier.deliberation->meeting_date.value : Date();
    };
    EXPECT_EQ(date_of("COMPTE RENDU\nL'an deux mille treize, le quatre avril à vingt heures "
                      "trente, le conseil municipal s'est réuni.\n"),
              Date(2013, 4, 4));
    EXPECT_EQ(date_of("PROCÈS-VERBAL\nL’an deux mil dix-neuf, le vingt février, à 20 heures.\n"),
              Date(2019, 2, 20));
    EXPECT_EQ(date_of("COMPTE RENDU\nL'an Deux Mille quinze, et le vingt-trois octobre, à "
                      "vingt heures trente.\n"),
              Date(2015, 10, 23));
    EXPECT_EQ(date_of("COMPTE RENDU\nL'an deux mille vingt et un, le premier juillet.\n"),
              Date(2021, 7, 1));
    EXPECT_EQ(date_of("COMPTE RENDU\nL an deux mille dix, le 25 du mois de Mars à 19 heures\n"),
              Date(2010, 3, 25));
    EXPECT_EQ(date_of("COMPTE RENDU\nL'an deux mille vingt-deux, le sept mars.\n"),
              Date(2022, 3, 7));
    // No date is made of words that do not make one.
    EXPECT_TRUE(
        date_of("COMPTE RENDU\nL'an deux mille treize, le trente février.\n").is_not_a_date());
    EXPECT_TRUE(date_of("COMPTE RENDU\nL'an prochain, le conseil se réunira.\n").is_not_a_date());
}

TEST(GeneralReading, UnanimityWithoutNumbersGivesTheOutcomeAndNoTally) {
    const auto x = extract("PROCÈS-VERBAL\nSéance du 4 avril 2013\n"
                           "Qui est pour ? Après en avoir délibéré, le conseil approuve à "
                           "l'unanimité la demande de subvention.\n");
    ASSERT_TRUE(x.dossier.deliberation);
    EXPECT_EQ(x.dossier.deliberation->outcome.value, StatedOutcome::adopted);
    EXPECT_FALSE(has_span(x, "/deliberation/tally"));
    EXPECT_TRUE(has_finding(x, "EXTRACT-DELIB-TALLY")); // no number is invented
}

TEST(GeneralReading, TallyNeedsBothForAndAgainstInFigures) {
    const auto x = extract("DÉLIBÉRATION\nSéance du 4 avril 2013\nAdopté par 25 voix pour et "
                           "2 abstentions.\n");
    ASSERT_TRUE(x.dossier.deliberation);
    EXPECT_FALSE(has_span(x, "/deliberation/tally"));
    const auto y = extract("DÉLIBÉRATION\nSéance du 4 avril 2013\nAdopté par 25 voix pour, "
                           "1 voix contre et 2 abstentions.\n");
    ASSERT_TRUE(has_span(y, "/deliberation/tally"));
    EXPECT_EQ(y.dossier.deliberation->tally.value.pour.count(), 25);
    EXPECT_EQ(y.dossier.deliberation->tally.value.contre.count(), 1);
    EXPECT_EQ(y.dossier.deliberation->tally.value.abstention->count(), 2);
}

TEST(GeneralReading, ThresholdsTotalsAndBudgetLinesAreNoGrants) {
    const auto x = extract(
        "COMPTE RENDU\nSéance du 1er décembre 2010\nLa loi impose, pour toute subvention dont "
        "le montant excède un seuil fixé à 23 000 euros, une convention. Le chapitre 65 "
        "« subvention aux associations » a reçu la somme de 100 000 euros. Programme de "
        "subventions pour un montant total de 489 538,29 €.\n");
    ASSERT_TRUE(x.dossier.deliberation);
    EXPECT_TRUE(x.dossier.deliberation->grants.empty());
}

TEST(GeneralReading, ProxyInParenthesesAfterTheGiver) {
    const auto x = extract("PROCÈS-VERBAL\nSéance du 19 juin 2015\nSont présents : Monsieur "
                           "Gilles DEGUET, Madame Isabelle GAUDRON.\nMonsieur Jean-Marie BEFFARA "
                           "(pouvoir à M. FOURNIE), Madame Chantal REBOUT (pouvoir à Mme RIVET)\n");
    ASSERT_TRUE(x.dossier.deliberation);
    const auto& p = x.dossier.deliberation->attendance.proxies;
    ASSERT_TRUE(p);
    ASSERT_EQ(p->size(), 2u);
    EXPECT_EQ((*p)[0].giver.key(), "JEAN MARIE BEFFARA");
    EXPECT_EQ((*p)[0].holder.key(), "FOURNIE");
    EXPECT_EQ((*p)[1].holder.key(), "RIVET");
}

TEST(GeneralReading, LetterSpacedConventionTitleAndItsBeneficiary) {
    const auto x = extract("C O N V E N T I O N\nENTRE\nLe Département de l'Isère, d'une part,\n"
                           "ET\nLe groupement d'employeurs dénommé « Profession sport 38 », dont "
                           "le siège est à Eybens,\nIl est convenu ce qui suit : le Département "
                           "attribue une subvention de 12 000 € pour 2018.\n");
    ASSERT_EQ(x.documents, std::vector<DocumentKind>{DocumentKind::convention});
    EXPECT_EQ(x.dossier.convention->beneficiary.name, "Profession sport 38");
    const auto total = ceilings_total(*x.dossier.convention);
    ASSERT_TRUE(total);
    EXPECT_EQ(*total, Euros::from_euros(12'000));
}

TEST(GeneralReading, ReportToTheCommissionWithoutHeadingIsAReport) {
    const auto x = extract("Direction du sport\nRAPPORT À LA COMMISSION PERMANENTE DU CONSEIL "
                           "DÉPARTEMENTAL\nRéunion du 7 novembre 2019\nLe présent rapport "
                           "propose d'attribuer une subvention de 5 000 € à l'Université "
                           "Populaire PAMINA au titre de l'année 2016.\n");
    ASSERT_EQ(x.documents, std::vector<DocumentKind>{DocumentKind::rapport});
    EXPECT_EQ(x.dossier.rapport->meeting_date.value, Date(2019, 11, 7));
    ASSERT_EQ(x.dossier.rapport->proposed_grants.size(), 1u);
    EXPECT_EQ(x.dossier.rapport->proposed_grants[0].beneficiary, "Université Populaire PAMINA");
}

// Bounded memory: the general reading reads the first 512 KiB of a document; a grant printed
// after 600 KB of text is left unread, the date at its head is read.
TEST(GeneralReading, ReadsTheHeadOfAVeryLongDocumentOnly) {
    std::string text = "PROCÈS-VERBAL\nSéance du 4 avril 2013\n";
    while (text.size() < 600'000)
        text += "Le conseil poursuit l'examen de l'ordre du jour sans autre décision.\n";
    const std::string grant = "Le conseil attribue une subvention de 1 500 € à l'association "
                              "Les Amis du Trait.\n";
    const auto near = extract("PROCÈS-VERBAL\nSéance du 4 avril 2013\n" + grant);
    ASSERT_EQ(near.dossier.deliberation->grants.size(), 1u);
    const auto x = extract(text + grant);
    ASSERT_TRUE(x.dossier.deliberation);
    EXPECT_EQ(x.dossier.deliberation->meeting_date.value, Date(2013, 4, 4));
    EXPECT_TRUE(x.dossier.deliberation->grants.empty());
}

TEST(GeneralReading, TextThatIsNoActStaysNoDocument) {
    const auto x = extract("Recette de la tarte aux pommes\nPréchauffer le four à 180 degrés. "
                           "Compter 4 000 € de pommes pour un banquet de village.\n");
    EXPECT_TRUE(x.documents.empty());
    EXPECT_TRUE(has_finding(x, "EXTRACT-NO-DOCUMENT"));
}

// A convention cut after its parties: its object, amount and terms are not in the text read.
constexpr std::string_view kCutConvention =
    "CONVENTION DE SUBVENTION\nENTRE\nLe Département de l'Isère, d'une part,\nET\n"
    "L'association dénommée « Profession sport 38 », d'autre part,\n";

TEST(QualifyByExtraction, FactNotReadMakesTheErrorAnInfoNonVerifiable) {
    const auto x = extract(kCutConvention);
    ASSERT_TRUE(x.dossier.convention);
    compliance::CheckOptions o;
    o.as_of = Date(2018, 3, 30);
    auto r = compliance::check(x.dossier, o);
    const auto errors_before = r.summary.error;
    ASSERT_GT(errors_before, 0u); // CONV-CONTENT: no object, amount, terms in the text read
    qualify(r, x.findings);
    EXPECT_EQ(r.summary.error, 0u);
    const auto it = std::find_if(
        r.diagnostics.begin(), r.diagnostics.end(), [](const compliance::Diagnostic& d) {
            return d.rule == "CONV-CONTENT" && d.location.path == "/convention/object";
        });
    ASSERT_NE(it, r.diagnostics.end());
    EXPECT_EQ(it->severity, compliance::Severity::info);
    EXPECT_EQ(it->fact("unverified_because"), "EXTRACT-CONVENTION-OBJECT");
    EXPECT_EQ(it->fact("severity_if_confirmed"), "error");
    EXPECT_TRUE(it->message_fr.starts_with("Non vérifiable sur le texte lu "
                                           "(EXTRACT-CONVENTION-OBJECT"))
        << it->message_fr;
    EXPECT_NE(it->message_fr.find("La convention ne définit pas l'objet"), std::string::npos)
        << it->message_fr;
    EXPECT_TRUE(it->message_en.starts_with("Not verifiable on the text read")) << it->message_en;
    EXPECT_EQ(r.summary.info, r.diagnostics.size() - r.summary.warning);
}

TEST(QualifyByExtraction, ListsReadInPartMakeTheVoteFindingsNonVerifiable) {
    const auto x = extract(kCommune);
    auto r = compliance::check(x.dossier);
    qualify(r, x.findings);
    for (const auto& d : r.diagnostics)
        if (d.rule.starts_with("VOTE-") || d.rule.starts_with("COI-")) {
            EXPECT_EQ(d.severity, compliance::Severity::info) << d.rule << ": " << d.message_fr;
        }
}

TEST(QualifyByExtraction, WithoutExtractionFindingsTheReportIsUnchanged) {
    // A dossier read from JSON or built in code has no extraction findings: its blanks are its own.
    const auto x = extract(kCutConvention);
    auto r = compliance::check(x.dossier);
    const auto before = r;
    qualify(r, {});
    EXPECT_EQ(r.diagnostics, before.diagnostics);
    EXPECT_EQ(r.summary, before.summary);
}

TEST(MemberParseListed, ReadsTheListsOfOtherTemplates) {
    const auto a = Member::parse_listed("Jean Marie ALINE");
    ASSERT_TRUE(a);
    EXPECT_EQ(a->first_name(), "Jean Marie");
    EXPECT_EQ(a->last_name(), "ALINE");
    const auto b = Member::parse_listed("FERAUD Jean-Claude");
    ASSERT_TRUE(b);
    EXPECT_EQ(b->last_name(), "FERAUD");
    EXPECT_EQ(b->key(), "JEAN CLAUDE FERAUD");
    const auto c = Member::parse_listed("Mmes CAULE");
    ASSERT_TRUE(c);
    EXPECT_EQ(c->civility(), Civility::madame);
    EXPECT_EQ(c->printed(), "Mme CAULE");
    EXPECT_EQ(c->key(), "CAULE");
    EXPECT_FALSE(Member::parse_listed("Cécile Galhaut"));   // no last name in capitals
    EXPECT_FALSE(Member::parse_listed("JEAN MARIE ALINE")); // first and last name mixed
    EXPECT_FALSE(Member::parse_listed("les membres du Conseil"));
    // A part without a letter is an error, not an exception (found by extract_fuzz).
    const auto digits = Member::parse_listed("ALINE 2023");
    ASSERT_FALSE(digits);
    EXPECT_EQ(digits.error().field, "membre");
    EXPECT_EQ(digits.error().value, "ALINE 2023");
    // The strict form is unchanged.
    EXPECT_EQ(Member::parse_listed("Mme Sylvie MEYFROIDT").value(),
              Member::parse_printed("Mme Sylvie MEYFROIDT").value());
}

} // namespace
} // namespace test_io_extract_general_test
