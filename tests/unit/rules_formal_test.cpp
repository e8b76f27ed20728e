// SPDX-License-Identifier: Apache-2.0
// Tests of the formal rule group (src/compliance/rules/formal.hpp): CONV-CROSS-REFERENCE,
// CONV-ARTICLE-NUMBERING, CONV-AUTHORISATION, CONV-BANK-DETAILS, CONV-JURISDICTION,
// CONV-INCOMPLETE, ID-LABEL, ID-CHECKSUM. For each rule: the clean dossier gives nothing,
// mutations trigger it (ID, severity, path, exact facts), and the seed gives the findings its
// documents contain (docs/legal-reference.md §11).
#include <algorithm>
#include <array>
#include <cstdint>
#include <fstream>
#include <numeric>
#include <ostream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include <subvention/compliance/checker.hpp>
#include <subvention/examples/apes_2023.hpp>
#include <subvention/identifiers.hpp>
#include <subvention/tribunals.hpp>

#include "support/clean_dossier.hpp"
#include "support/rules.hpp"

// Each suite in its own namespace: the suites of a group are compiled together (unity build).
namespace test_rules_formal_test {

namespace {

using namespace subvention;
using namespace subvention::compliance;
using subvention::testing::cited;
using subvention::testing::family_rules;
using subvention::testing::rule;

using subvention::testing::Facts;

using subvention::testing::run;

// Built once and copied: the property tests mutate thousands of copies.
Dossier seed() {
    static const Dossier d = examples::apes_2023();
    return d;
}
Dossier clean() {
    static const Dossier d = subvention::testing::clean_dossier();
    return d;
}
Convention& conv(Dossier& d) {
    return *d.convention;
}

// ---------------------------------------------------------------------------------------------
// Catalogue

TEST(FormalRules, CatalogueListsTheEightRulesInIssueOrder) {
    const std::array<std::string_view, 8> ids{
        "CONV-CROSS-REFERENCE", "CONV-ARTICLE-NUMBERING", "CONV-AUTHORISATION", "CONV-BANK-DETAILS",
        "CONV-JURISDICTION",    "CONV-INCOMPLETE",        "ID-LABEL",           "ID-CHECKSUM"};
    ASSERT_EQ(family_rules(Family::formal).size(), ids.size());
    for (std::size_t i = 0; i < ids.size(); ++i) {
        EXPECT_EQ(family_rules(Family::formal)[i].id, ids[i]);
        EXPECT_FALSE(family_rules(Family::formal)[i].legal_basis.empty()) << ids[i];
        EXPECT_FALSE(family_rules(Family::formal)[i].title_fr.empty()) << ids[i];
        EXPECT_FALSE(family_rules(Family::formal)[i].title_en.empty()) << ids[i];
    }
}

TEST(FormalRules, CleanDossierGivesNoDiagnosticInDraftOrSigned) {
    for (const auto stage : {Stage::draft, Stage::signed_})
        for (const auto& rule : family_rules(Family::formal)) {
            const auto found = run(rule, clean(), stage);
            EXPECT_TRUE(found.empty()) << rule.id << " " << to_string(stage) << ": "
                                       << (found.empty() ? "" : found.front().message_fr);
        }
}

TEST(FormalRules, EmptyDossierGivesNothing) {
    for (const auto& rule : family_rules(Family::formal))
        EXPECT_TRUE(run(rule, Dossier{}).empty()) << rule.id;
}

TEST(FormalRules, EveryDiagnosticNamesItsRuleAndHasBothLanguages) {
    for (const auto stage : {Stage::draft, Stage::signed_})
        for (const auto& rule : family_rules(Family::formal))
            for (const auto& d : run(rule, seed(), stage)) {
                EXPECT_EQ(d.rule, rule.id);
                EXPECT_FALSE(d.message_fr.empty());
                EXPECT_FALSE(d.message_en.empty());
                EXPECT_FALSE(d.legal_basis.empty());
                EXPECT_EQ(d.location.path.front(), '/');
            }
}

std::vector<std::string> formal_ids() {
    std::vector<std::string> ids;
    for (const auto& r : family_rules(Family::formal))
        ids.emplace_back(r.id);
    return ids;
}

// The seed's findings (docs/legal-reference.md §11), restricted to this group, through the checker.
TEST(FormalRules, SeedThroughTheCheckerGivesTheAcceptanceFindings) {
    CheckOptions options;
    options.rules = formal_ids();
    const auto report = check(examples::apes_2023(), options);
    std::vector<std::pair<std::string, Severity>> got;
    for (const auto& d : report.diagnostics)
        got.emplace_back(d.rule, d.severity);
    EXPECT_EQ(got, (std::vector<std::pair<std::string, Severity>>{
                       {"CONV-CROSS-REFERENCE", Severity::warning},
                       {"CONV-BANK-DETAILS", Severity::info},
                       {"CONV-INCOMPLETE", Severity::info},
                       {"CONV-INCOMPLETE", Severity::info},
                       {"ID-LABEL", Severity::info}}));
    EXPECT_EQ(report.summary.error, 0u);

    options.stage = Stage::signed_;
    const auto signed_report = check(examples::apes_2023(), options);
    EXPECT_EQ(signed_report.summary,
              (Summary{3, 1, 1})); // bank details, number, date; cross-reference; label

    options.stage = Stage::draft;
    EXPECT_TRUE(check(clean(), options).diagnostics.empty());
}

// ---------------------------------------------------------------------------------------------
// CONV-CROSS-REFERENCE

TEST(ConvCrossReference, SeedArticle12PointsAtArticle7ForTheFinalReportOfArticle8) {
    const auto found = run(rule("CONV-CROSS-REFERENCE"), seed());
    ASSERT_EQ(found.size(), 1u);
    const auto& d = found.front();
    EXPECT_EQ(d.rule, "CONV-CROSS-REFERENCE");
    EXPECT_EQ(d.severity, Severity::warning);
    EXPECT_EQ(d.location.document, DocumentKind::convention);
    EXPECT_EQ(d.location.section, "article 12");
    EXPECT_EQ(d.location.path, "/convention/cross_references/10");
    EXPECT_EQ(d.location.text,
              "Le remboursement de la totalité des sommes versées pourra notamment être exigé si "
              "le bilan final d’exécution prévu à l’article 7 n’est pas produit, 6 mois après "
              "l’échéance de la convention, ou s’il s’avère après un contrôle d’une instance "
              "départementale ou nationale, que les pièces justificatives produites par "
              "l’opérateur sont non fondées.");
    EXPECT_EQ(d.facts, (Facts{{"from_article", "12"},
                              {"to_article", "7"},
                              {"to_article_title", "Modalités de versement"},
                              {"subject", "final_report"},
                              {"target_exists", "true"},
                              {"expected_articles", "4,8"},
                              {"suggested_article", "8"}}));
    EXPECT_EQ(
        d.message_fr,
        "L’article 12 de la convention renvoie, pour le bilan final d’exécution, à "
        "l’article 7 («\u00A0Modalités de versement\u00A0»), qui n’en traite pas\u00A0: le bilan "
        "final d’exécution fait l’objet de l’article 8 (voir aussi l’article 4).");
    EXPECT_EQ(d.message_en,
              "Article 12 of the convention refers to article 7 (\"Modalités de versement\") for "
              "the final report, but that article does not deal with it: the final report is "
              "dealt with in article 8 (see also article 4).");
    EXPECT_EQ(cited(d.legal_basis), (std::vector<std::string>{"loi 2000-321 art. 10 al. 4"}));
}

TEST(ConvCrossReference, ReferenceToAMissingArticleIsAWarning) {
    auto d = clean();
    conv(d).cross_references.push_back(
        {4,
         5,
         15,
         ConventionSubject::period,
         {DocumentKind::convention, "article 4 §5", "la période fixée à l’article 15"}});
    const auto found = run(rule("CONV-CROSS-REFERENCE"), d);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].severity, Severity::warning);
    EXPECT_EQ(found[0].location.path, "/convention/cross_references/11");
    EXPECT_EQ(found[0].facts, (Facts{{"from_article", "4"},
                                     {"from_section", "5"},
                                     {"to_article", "15"},
                                     {"subject", "period"},
                                     {"target_exists", "false"},
                                     {"article_count", "13"},
                                     {"last_article", "13"},
                                     {"expected_articles", "3"}}));
    EXPECT_EQ(found[0].message_fr,
              "L’article 4 de la convention renvoie à l’article 15, qui n’existe pas (la "
              "convention compte 13 articles, le dernier étant l’article 13).");
}

TEST(ConvCrossReference, SubjectNoArticleDealsWithSaysSo) {
    auto d = clean();
    conv(d).cross_references.push_back(
        {6,
         std::nullopt,
         6,
         ConventionSubject::state_aid,
         {DocumentKind::convention, "article 6", "le régime d’aide prévu au présent article"}});
    const auto found = run(rule("CONV-CROSS-REFERENCE"), d);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].fact("expected_articles"), "");
    EXPECT_EQ(found[0].fact("suggested_article"), "");
    EXPECT_NE(found[0].message_fr.find("aucun article de la convention ne traite des aides"),
              std::string::npos)
        << found[0].message_fr;
}

TEST(ConvCrossReference, NothingToCompareGivesNothing) {
    auto d = seed();
    conv(d).cross_references.back().subject = ConventionSubject::other;
    EXPECT_TRUE(run(rule("CONV-CROSS-REFERENCE"), d).empty());
    auto e = seed();
    conv(e).articles[6].subjects.clear(); // article 7 lists no subject
    EXPECT_TRUE(run(rule("CONV-CROSS-REFERENCE"), e).empty());
    auto f = seed();
    conv(f).articles.clear(); // no index at all
    EXPECT_TRUE(run(rule("CONV-CROSS-REFERENCE"), f).empty());
}

// Property: a reference is flagged iff its target article does not list its subject.
TEST(ConvCrossReference, EveryTargetAndSubjectFlaggedExactlyWhenTheArticleDoesNotListIt) {
    const Dossier base = clean();
    for (std::uint32_t to = 1; to <= 14; ++to)
        for (int s = 0; s <= static_cast<int>(ConventionSubject::other); ++s) {
            const auto subject = static_cast<ConventionSubject>(s);
            Dossier d = base;
            conv(d).cross_references = {
                {1, std::nullopt, to, subject, {DocumentKind::convention, "article 1", "x"}}};
            const auto* target = find_article(conv(d), to);
            const bool expected =
                target == nullptr ||
                (subject != ConventionSubject::other && !target->subjects.empty() &&
                 std::find(target->subjects.begin(), target->subjects.end(), subject) ==
                     target->subjects.end());
            const auto found = run(rule("CONV-CROSS-REFERENCE"), d);
            ASSERT_EQ(found.size(), expected ? 1u : 0u) << to << " " << to_string(subject);
            if (expected) {
                EXPECT_EQ(found[0].fact("to_article"), std::to_string(to));
                EXPECT_EQ(found[0].fact("target_exists"), target ? "true" : "false");
            }
        }
}

// ---------------------------------------------------------------------------------------------
// CONV-ARTICLE-NUMBERING

/// The clean convention with its articles renumbered as `numbers` (titles kept, extra articles
/// dropped).
Dossier with_numbers(const std::vector<std::uint32_t>& numbers) {
    Dossier d = clean();
    auto& articles = conv(d).articles;
    std::vector<ConventionArticle> out;
    for (std::size_t i = 0; i < numbers.size(); ++i) {
        ConventionArticle a = articles[i % articles.size()];
        a.number = numbers[i];
        out.push_back(a);
    }
    articles = out;
    return d;
}

TEST(ConvArticleNumbering, SeedIsNumberedOneToThirteen) {
    EXPECT_TRUE(run(rule("CONV-ARTICLE-NUMBERING"), seed()).empty());
}

TEST(ConvArticleNumbering, MissingArticleIsAGap) {
    auto d = clean();
    conv(d).articles.erase(conv(d).articles.begin() + 4); // article 5
    const auto found = run(rule("CONV-ARTICLE-NUMBERING"), d);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].severity, Severity::warning);
    EXPECT_EQ(found[0].location.path, "/convention/articles/4/number");
    EXPECT_EQ(found[0].location.section, "article 6");
    EXPECT_EQ(found[0].facts, (Facts{{"index", "4"},
                                     {"number", "6"},
                                     {"problem", "gap"},
                                     {"previous_number", "4"},
                                     {"missing", "5"},
                                     {"missing_count", "1"}}));
    EXPECT_EQ(found[0].message_fr, "La numérotation des articles de la convention passe de "
                                   "l’article 4 à l’article 6\u00A0: l’article 5 manque.");
    EXPECT_EQ(found[0].message_en, "The numbering of the convention's articles jumps from article "
                                   "4 to article 6: article 5 is missing.");
}

TEST(ConvArticleNumbering, DuplicateNumberThenGap) {
    const auto found = run(rule("CONV-ARTICLE-NUMBERING"), with_numbers({1, 2, 3, 4, 5, 5, 7}));
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0].location.path, "/convention/articles/5/number");
    EXPECT_EQ(
        found[0].facts,
        (Facts{{"index", "5"}, {"number", "5"}, {"problem", "duplicate"}, {"first_index", "4"}}));
    EXPECT_EQ(found[1].facts, (Facts{{"index", "6"},
                                     {"number", "7"},
                                     {"problem", "gap"},
                                     {"previous_number", "5"},
                                     {"missing", "6"},
                                     {"missing_count", "1"}}));
}

TEST(ConvArticleNumbering, SwappedArticlesAreOutOfOrderNotAGap) {
    const auto found = run(rule("CONV-ARTICLE-NUMBERING"), with_numbers({1, 2, 4, 3, 5}));
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].facts, (Facts{{"index", "3"},
                                     {"number", "3"},
                                     {"problem", "out_of_order"},
                                     {"previous_number", "4"}}));
    EXPECT_EQ(found[0].message_fr,
              "L’article 3 de la convention est placé après l’article 4\u00A0: "
              "les articles ne se suivent pas dans l’ordre.");
}

TEST(ConvArticleNumbering, NumberingStartingAtThreeMissesOneAndTwo) {
    const auto found = run(rule("CONV-ARTICLE-NUMBERING"), with_numbers({3, 4}));
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].facts, (Facts{{"index", "0"},
                                     {"number", "3"},
                                     {"problem", "gap"},
                                     {"missing", "1,2"},
                                     {"missing_count", "2"}}));
    EXPECT_EQ(found[0].message_fr, "La numérotation des articles de la convention commence à "
                                   "l’article 3\u00A0: les articles 1 et 2 manquent.");
}

TEST(ConvArticleNumbering, HugeGapIsWrittenAsARange) {
    const auto found = run(rule("CONV-ARTICLE-NUMBERING"), with_numbers({1, 2, 4'000'000'000u}));
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].fact("missing"), "3-3999999999");
    EXPECT_EQ(found[0].fact("missing_count"), "3999999997");
    EXPECT_NE(found[0].message_fr.find("les articles 3 à 3999999999 manquent"), std::string::npos);
}

TEST(ConvArticleNumbering, UnnumberedArticle) {
    const auto found = run(rule("CONV-ARTICLE-NUMBERING"), with_numbers({1, 0, 2}));
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].fact("problem"), "unnumbered");
    EXPECT_EQ(found[0].location.path, "/convention/articles/1/number");
}

// Property: every permutation of 1..6 is silent iff sorted, and only ever out of order.
TEST(ConvArticleNumbering, EveryPermutationOfSixIsSilentOnlyWhenSorted) {
    std::vector<std::uint32_t> p{1, 2, 3, 4, 5, 6};
    int permutations = 0;
    do {
        ++permutations;
        const auto found = run(rule("CONV-ARTICLE-NUMBERING"), with_numbers(p));
        EXPECT_EQ(found.empty(), std::is_sorted(p.begin(), p.end()));
        // Out of order exactly where a number is below the running maximum.
        std::size_t expected = 0;
        std::uint32_t highest = 0;
        for (const auto n : p) {
            expected += n < highest ? 1u : 0u;
            highest = std::max(highest, n);
        }
        ASSERT_EQ(found.size(), expected);
        for (const auto& d : found)
            EXPECT_EQ(d.fact("problem"), "out_of_order");
    } while (std::next_permutation(p.begin(), p.end()));
    EXPECT_EQ(permutations, 720);
}

// Property: every ordered subset of 1..10 reports exactly the numbers it lacks below its maximum.
TEST(ConvArticleNumbering, EveryOrderedSubsetReportsExactlyTheMissingNumbers) {
    for (unsigned mask = 1; mask < (1u << 10); ++mask) {
        std::vector<std::uint32_t> numbers;
        for (std::uint32_t n = 1; n <= 10; ++n)
            if ((mask & (1u << (n - 1))) != 0)
                numbers.push_back(n);
        const auto found = run(rule("CONV-ARTICLE-NUMBERING"), with_numbers(numbers));
        std::uint64_t missing = 0;
        for (const auto& d : found) {
            ASSERT_EQ(d.fact("problem"), "gap");
            missing += std::stoull(std::string(d.fact("missing_count")));
        }
        EXPECT_EQ(missing, numbers.back() - numbers.size()) << mask;
        EXPECT_EQ(found.empty(), numbers.back() == numbers.size()) << mask;
    }
}

// ---------------------------------------------------------------------------------------------
// CONV-AUTHORISATION

TEST(ConvAuthorisation, SeedCitesTheCommissionPermanenteOfTwentiethMarch) {
    EXPECT_TRUE(run(rule("CONV-AUTHORISATION"), seed()).empty());
}

TEST(ConvAuthorisation, OtherDateIsAnError) {
    auto d = clean(); // deliberation N°2024-122 of the CP of 18 March 2024
    conv(d).grantor.authorisation->date = Date(2024, 3, 11);
    const auto found = run(rule("CONV-AUTHORISATION"), d);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].severity, Severity::error);
    EXPECT_EQ(found[0].location.path, "/convention/grantor/authorisation");
    EXPECT_EQ(found[0].location.section, "parties");
    EXPECT_EQ(found[0].facts, (Facts{{"mismatch", "date"},
                                     {"stated_body", "commission_permanente"},
                                     {"deliberation_body", "commission_permanente"},
                                     {"stated_date", "2024-03-11"},
                                     {"deliberation_date", "2024-03-18"},
                                     {"deliberation_number", "2024-122"},
                                     {"other_document", "deliberation"},
                                     {"other_section", "en-tête"},
                                     {"other_path", "/deliberation/meeting_date"},
                                     {"other_text", d.deliberation->meeting_date.source.text}}));
    EXPECT_EQ(found[0].message_fr,
              "La convention déclare son signataire pour le Département autorisé par une "
              "délibération de la Commission permanente du 11 mars 2024, alors que la "
              "délibération du dossier (n°\u00A02024-122) a été prise par la Commission "
              "permanente le 18 mars 2024\u00A0: faute de délibération l’y autorisant, le "
              "signataire n’aurait pas qualité pour signer.");
    EXPECT_EQ(found[0].message_en,
              "The convention states that the département's signatory is authorised by a "
              "deliberation of the Commission permanente of 11 March 2024, whereas the dossier's "
              "deliberation (no. 2024-122) was taken by the Commission permanente on 18 March "
              "2024: without a deliberation authorising it, the signatory would lack authority to "
              "sign.");
}

TEST(ConvAuthorisation, SeedWithAnotherDateStatedIsAnError) {
    auto d = seed();
    conv(d).grantor.authorisation->date = Date(2023, 3, 13);
    const auto found = run(rule("CONV-AUTHORISATION"), d);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].fact("stated_date"), "2023-03-13");
    EXPECT_EQ(found[0].fact("deliberation_date"), "2023-03-20");
    EXPECT_EQ(found[0].fact("other_text"), "REUNION DU 20 MARS 2023");
}

TEST(ConvAuthorisation, OtherBodyIsAnError) {
    auto d = clean();
    conv(d).grantor.authorisation->body = Body::conseil_departemental;
    const auto found = run(rule("CONV-AUTHORISATION"), d);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].severity, Severity::error);
    EXPECT_EQ(found[0].fact("mismatch"), "body");
    EXPECT_EQ(found[0].fact("stated_body"), "conseil_departemental");
    EXPECT_EQ(found[0].fact("deliberation_body"), "commission_permanente");
    EXPECT_EQ(found[0].fact("other_path"), "/deliberation/attendance/body");
}

TEST(ConvAuthorisation, OtherNumberAndBodyAndDateAreOneFinding) {
    auto d = clean();
    auto& a = *conv(d).grantor.authorisation;
    a.number = DeliberationNumber::parse("2023-121").value();
    a.body = Body::conseil_departemental;
    a.date = Date(2024, 3, 4);
    const auto found = run(rule("CONV-AUTHORISATION"), d);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].fact("mismatch"), "body,date,number");
    EXPECT_EQ(found[0].fact("stated_number"), "2023-121");
    EXPECT_EQ(found[0].fact("deliberation_number"), "2024-122");
}

TEST(ConvAuthorisation, OnlyTheNumberDiffers) {
    auto d = clean();
    conv(d).grantor.authorisation->number = DeliberationNumber::parse("2023-12").value();
    const auto found = run(rule("CONV-AUTHORISATION"), d);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].fact("mismatch"), "number");
    EXPECT_EQ(found[0].fact("other_path"), "/deliberation/number");
    EXPECT_EQ(found[0].fact("other_text"), d.deliberation->number.source.text);
}

TEST(ConvAuthorisation, BlanksOrNoDeliberationGiveNothing) {
    auto d = clean();
    conv(d).grantor.authorisation->date.reset();
    conv(d).grantor.authorisation->body.reset();
    EXPECT_TRUE(run(rule("CONV-AUTHORISATION"), d).empty());
    auto e = clean();
    conv(e).grantor.authorisation->date = Date(2023, 3, 13);
    e.deliberation.reset();
    EXPECT_TRUE(run(rule("CONV-AUTHORISATION"), e).empty());
    auto f = clean();
    conv(f).grantor.authorisation.reset();
    EXPECT_TRUE(run(rule("CONV-AUTHORISATION"), f).empty());
}

// ---------------------------------------------------------------------------------------------
// CONV-BANK-DETAILS

TEST(ConvBankDetails, SeedDraftBlankBankDetailsAreAnInfoUsualInADraft) {
    // A blank RIB is normal in a draft annexed to the deliberation; it is a payment document,
    // not a mention loi 2000-321 art. 10 requires.
    const auto found = run(rule("CONV-BANK-DETAILS"), seed());
    ASSERT_EQ(found.size(), 1u);
    const auto& d = found.front();
    EXPECT_EQ(d.severity, Severity::info);
    EXPECT_EQ(d.location.document, DocumentKind::convention);
    EXPECT_EQ(d.location.section, "article 9");
    EXPECT_EQ(d.location.path, "/convention/bank_details");
    EXPECT_EQ(d.facts, (Facts{{"blank_fields", "iban,bic,domiciliation,holder"},
                              {"blank_count", "4"},
                              {"stage", "draft"},
                              {"payment_count", "1"}}));
    EXPECT_EQ(d.message_fr,
              "Les coordonnées bancaires IBAN, BIC, domiciliation et titulaire du compte de la "
              "convention (article 9) sont laissées en blanc\u00A0; le versement de l’aide (1 "
              "versement prévu) en dépend\u00A0: usuel dans un projet annexé à la délibération, "
              "les champs sont à compléter, ou un relevé d’identité bancaire à fournir, avant le "
              "versement.");
    EXPECT_EQ(cited(d.legal_basis), (std::vector<std::string>{"convention art. 9"}));
}

TEST(ConvBankDetails, SeedSignedBlankBankDetailsAreAnError) {
    const auto found = run(rule("CONV-BANK-DETAILS"), seed(), Stage::signed_);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].severity, Severity::error);
    EXPECT_EQ(found[0].fact("stage"), "signed");
    EXPECT_EQ(found[0].message_en,
              "The convention's bank details IBAN, BIC, bank domiciliation and account holder "
              "(article 9) are left blank although the convention is signed: the public "
              "accountant cannot pay the aid into an undesignated account.");
}

TEST(ConvBankDetails, DraftWithoutScheduledPaymentIsInfo) {
    auto d = seed();
    conv(d).payment_schedule.payments.clear();
    const auto found = run(rule("CONV-BANK-DETAILS"), d);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].severity, Severity::info);
    EXPECT_EQ(found[0].fact("payment_count"), "0");
}

TEST(ConvBankDetails, OneBlankFieldPointsAtIt) {
    auto d = clean();
    conv(d).bank_details->bic.value = "   ___ ";
    const auto found = run(rule("CONV-BANK-DETAILS"), d);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].location.path, "/convention/bank_details/bic");
    EXPECT_EQ(found[0].fact("blank_fields"), "bic");
    EXPECT_EQ(
        found[0].message_fr,
        "La coordonnée bancaire BIC de la convention (article 9) est laissée en blanc\u00A0; le "
        "versement de l’aide (1 versement prévu) en dépend\u00A0: usuel dans un projet annexé à "
        "la délibération, le champ est à compléter, ou un relevé d’identité bancaire à fournir, "
        "avant le versement.");
    EXPECT_EQ(found[0].severity, Severity::info);
}

TEST(ConvBankDetails, InvalidIbanIsLeftToIdChecksum) {
    auto d = clean();
    conv(d).bank_details->iban.value = "FR76 3000 6000 0112 3456 7890 188";
    EXPECT_TRUE(run(rule("CONV-BANK-DETAILS"), d).empty());
    EXPECT_EQ(run(rule("ID-CHECKSUM"), d).size(), 1u);
}

TEST(ConvBankDetails, NoBankDetailsSectionGivesNothing) {
    auto d = seed();
    conv(d).bank_details.reset();
    EXPECT_TRUE(run(rule("CONV-BANK-DETAILS"), d).empty());
}

// ---------------------------------------------------------------------------------------------
// CONV-JURISDICTION

Dossier naming(std::string tribunal, std::string departement = "62") {
    Dossier d = clean();
    conv(d).grantor.departement_code = std::move(departement);
    for (auto& c : conv(d).clauses)
        if (c.kind == ClauseKind::jurisdiction)
            c.named = tribunal;
    return d;
}

TEST(ConvJurisdiction, SeedNamesLilleForPasDeCalais) {
    EXPECT_TRUE(run(rule("CONV-JURISDICTION"), seed()).empty());
}

TEST(ConvJurisdiction, ClauseNamingAnotherTribunalIsALawfulChoiceReportedAsAnInfo) {
    // CJA R.312-11 al. 2: the parties may give their disputes to another tribunal administratif
    // if the public interest does not object.
    const auto found = run(rule("CONV-JURISDICTION"), naming("Tribunal administratif d’Amiens"));
    ASSERT_EQ(found.size(), 1u);
    const auto& d = found.front();
    EXPECT_EQ(d.severity, Severity::info);
    EXPECT_EQ(d.location.section, "article 13");
    EXPECT_EQ(d.location.path, "/convention/clauses/17/named");
    EXPECT_EQ(d.facts, (Facts{{"departement", "62"},
                              {"departement_name", "Pas-de-Calais"},
                              {"expected_seat", "Lille"},
                              {"expected_tribunal", "Tribunal administratif de Lille"},
                              {"named_tribunal", "Tribunal administratif d’Amiens"},
                              {"court_kind", "tribunal_administratif"},
                              {"named_seat", "Amiens"},
                              {"named_seat_known", "true"},
                              {"derogation_clause", "true"},
                              {"unconfirmed", "true"}}));
    EXPECT_EQ(d.message_fr,
              "La clause de juridiction (article 13) attribue les litiges au «\u00A0Tribunal "
              "administratif d’Amiens\u00A0», alors que le tribunal administratif compétent en "
              "vertu de l’article R.312-11, alinéa 1er, du code de justice administrative est "
              "celui du siège de l’autorité signataire (Département du Pas-de-Calais), dans le "
              "département 62 (Pas-de-Calais)\u00A0: le Tribunal administratif de Lille (CJA "
              "R.221-3). Cette clause est permise par l’article R.312-11, alinéa 2, du code de "
              "justice administrative si l’intérêt public ne s’y oppose pas et si elle figure "
              "dans la convention initiale ou dans un avenant antérieur à la naissance du "
              "litige. Sous réserve du lieu d’exécution de la convention, que le dossier "
              "n’indique pas (le tribunal de ce lieu prime celui du siège), et de la table de "
              "l’article R.221-3 dans sa rédaction issue du décret n°\u00A02009-945 "
              "(modifications ultérieures non vérifiées).");
    EXPECT_EQ(d.assumptions,
              (std::vector<std::string>{"tribunal_table_current", "execution_in_seat_area"}));
    EXPECT_EQ(cited(d.legal_basis),
              (std::vector<std::string>{"CJA art. R.312-11", "CJA art. R.221-3"}));
}

TEST(ConvJurisdiction, UnknownSeatIsReportedAsPrinted) {
    const auto found = run(rule("CONV-JURISDICTION"), naming("Tribunal administratif de Lile"));
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].severity, Severity::warning); // names no existing court
    EXPECT_EQ(found[0].fact("derogation_clause"), "false");
    EXPECT_EQ(found[0].fact("named_seat"), "LILE");
    EXPECT_EQ(found[0].fact("named_seat_known"), "false");
}

TEST(ConvJurisdiction, JudicialCourtIsReported) {
    const auto found = run(rule("CONV-JURISDICTION"), naming("Tribunal judiciaire de Lille"));
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].severity, Severity::warning);
    EXPECT_EQ(found[0].fact("court_kind"), "other");
    EXPECT_EQ(found[0].fact("named_seat"), "");
    EXPECT_EQ(found[0].fact("derogation_clause"), "false");
    EXPECT_EQ(found[0].fact("unconfirmed"), "true");
}

TEST(ConvJurisdiction, SpellingsOfTheRightTribunalAreAccepted) {
    for (const char* name :
         {"Tribunal administratif de Lille", "TA de LILLE", "tribunal administratif de lille",
          "T.A. de Lille", "Tribunal Administratif de Lille (Nord)",
          "le Tribunal administratif de Lille",
          "Tribunal administratif de Lille, 5 rue Geoffroy Saint-Hilaire",
          "le tribunal administratif territorialement compétent",
          "la juridiction administrative "
          "compétente",
          "Tribunal administratif"})
        EXPECT_TRUE(run(rule("CONV-JURISDICTION"), naming(name)).empty()) << name;
    for (const auto& [name, dep] : std::vector<std::pair<std::string, std::string>>{
             {"Tribunal administratif de Chalons en Champagne", "51"},
             {"TA de Châlons-sur-Marne", "08"},
             {"Tribunal administratif de Cergy Pontoise", "95"},
             {"TA de Cergy", "92"},
             {"TA de Nimes", "30"},
             {"Tribunal administratif d'Orleans", "45"},
             {"TRIBUNAL ADMINISTRATIF D’ORLÉANS", "45"},
             {"Tribunal administratif de St-Denis de La Réunion", "974"},
             {"Tribunal administratif de Clermont Ferrand", "63"},
             {"tribunal administratif de BASSE TERRE", "971"},
             {"Tribunal administratif de Bastia", "2a"}})
        EXPECT_TRUE(run(rule("CONV-JURISDICTION"), naming(name, dep)).empty()) << name;
}

// Property: for every département, its own tribunal is accepted and every other seat reported.
TEST(ConvJurisdiction, EveryDepartementAgainstEverySeat) {
    std::vector<std::string_view> seats;
    for (const auto& a : tribunal_areas)
        if (std::find(seats.begin(), seats.end(), a.seat) == seats.end())
            seats.push_back(a.seat);
    ASSERT_EQ(seats.size(), 36u);
    for (const auto& area : tribunal_areas)
        for (const auto seat : seats) {
            const auto found =
                run(rule("CONV-JURISDICTION"),
                    naming(tribunal_administratif_name(seat), std::string(area.departement_code)));
            ASSERT_EQ(found.size(), seat == area.seat ? 0u : 1u)
                << area.departement_code << " " << seat;
            if (!found.empty()) {
                EXPECT_EQ(found[0].fact("named_seat"), seat);
                EXPECT_EQ(found[0].fact("expected_seat"), area.seat);
                EXPECT_EQ(found[0].severity, Severity::info);
            }
        }
}

TEST(ConvJurisdiction, FallsBackOnTheDeliberationsDepartementAndIgnoresUnknownCodes) {
    auto d = naming("Tribunal administratif d'Amiens", "");
    ASSERT_EQ(run(rule("CONV-JURISDICTION"), d).size(), 1u); // deliberation: 62
    d.deliberation->collectivite.departement_code = "975";   // not a département
    d.rapport->collectivite.departement_code = "975";
    EXPECT_TRUE(run(rule("CONV-JURISDICTION"), d).empty());
}

// ---------------------------------------------------------------------------------------------
// CONV-INCOMPLETE

TEST(ConvIncomplete, SeedDraftBlankNumberAndSignatureDateAreInfo) {
    const auto found = run(rule("CONV-INCOMPLETE"), seed());
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0].severity, Severity::info);
    EXPECT_EQ(found[0].location.path, "/convention/dossier_number");
    EXPECT_EQ(found[0].location.text, "Dossier n°");
    EXPECT_EQ(found[0].facts, (Facts{{"field", "dossier_number"},
                                     {"stage", "draft"},
                                     {"correspondence_clause", "true"},
                                     {"correspondence_section", "article 4 §1"}}));
    EXPECT_EQ(
        found[0].message_fr,
        "Le numéro de la convention («\u00A0Dossier n°\u00A0») est laissé en blanc (à compléter "
        "avant la signature), alors que la convention elle-même (article 4 §1) exige que "
        "toute communication mentionne ce numéro.");
    EXPECT_EQ(cited(found[0].legal_basis),
              (std::vector<std::string>{"convention art. 4 §1", "loi 2000-321 art. 10 al. 4"}));
    EXPECT_EQ(found[1].severity, Severity::info);
    EXPECT_EQ(found[1].location.path, "/convention/signature/date");
    EXPECT_EQ(found[1].location.text, "A Arras, le");
    EXPECT_EQ(found[1].facts, (Facts{{"field", "signature_date"}, {"stage", "draft"}}));
}

TEST(ConvIncomplete, SeedSignedBlanksAreErrors) {
    const auto found = run(rule("CONV-INCOMPLETE"), seed(), Stage::signed_);
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0].severity, Severity::error);
    EXPECT_EQ(found[1].severity, Severity::error);
    EXPECT_EQ(found[1].message_fr,
              "La date de signature de la convention est laissée en blanc sur l’exemplaire "
              "signé\u00A0: la date à laquelle la convention est conclue n’est pas établie.");
}

TEST(ConvIncomplete, NumberWithoutCorrespondenceClause) {
    auto d = clean();
    conv(d).dossier_number.value = "……";
    std::erase_if(conv(d).clauses,
                  [](const Clause& c) { return c.kind == ClauseKind::correspondence; });
    const auto found = run(rule("CONV-INCOMPLETE"), d);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].fact("correspondence_clause"), "false");
    EXPECT_EQ(found[0].message_fr,
              "Le numéro de la convention («\u00A0Dossier n°\u00A0») est laissé en "
              "blanc (à compléter avant la signature).");
}

TEST(ConvIncomplete, MissingSignatoriesAndBlankNames) {
    auto d = clean();
    conv(d).signature.signatories.pop_back();
    auto found = run(rule("CONV-INCOMPLETE"), d, Stage::signed_);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].severity, Severity::error);
    EXPECT_EQ(found[0].location.path, "/convention/signature/signatories");
    EXPECT_EQ(found[0].facts, (Facts{{"field", "signatories"},
                                     {"stage", "signed"},
                                     {"signatory_count", "1"},
                                     {"expected_count", "2"}}));
    EXPECT_EQ(found[0].message_fr, "La convention compte 1 signataire au lieu de deux, un "
                                   "pour chaque partie sur l’exemplaire signé.");

    auto e = clean();
    conv(e).signature.signatories[1].person.name = " ";
    found = run(rule("CONV-INCOMPLETE"), e);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].location.path, "/convention/signature/signatories/1/person/name");
    EXPECT_EQ(found[0].facts,
              (Facts{{"field", "signatory_name"}, {"stage", "draft"}, {"index", "1"}}));
}

// ---------------------------------------------------------------------------------------------
// ID-LABEL

TEST(IdLabel, SeedSirenLabelOnFourteenDigitsIsASiretReportedAsAClericalInfo) {
    const auto found = run(rule("ID-LABEL"), seed());
    ASSERT_EQ(found.size(), 1u);
    const auto& d = found.front();
    EXPECT_EQ(d.severity, Severity::info); // no effect on the act's legality (Danthony)
    EXPECT_EQ(d.location.document, DocumentKind::convention);
    EXPECT_EQ(d.location.section, "parties");
    EXPECT_EQ(d.location.path, "/convention/beneficiary/identifier");
    EXPECT_EQ(d.location.text, "identifié au répertoire SIREN sous le n°440 672 020 00037");
    EXPECT_EQ(d.facts, (Facts{{"label", "siren"},
                              {"digits", "14"},
                              {"actual", "siret"},
                              {"siren", "440672020"},
                              {"nic", "00037"},
                              {"party", "beneficiary"}}));
    EXPECT_EQ(
        d.message_fr,
        "Le numéro «\u00A0440 672 020 00037\u00A0» est présenté comme un numéro SIREN mais compte "
        "14 chiffres\u00A0: c’est un numéro SIRET, qui identifie un établissement (SIREN "
        "440\u00A0672\u00A0020, NIC 00037).");
    EXPECT_EQ(d.message_en, "The number \"440 672 020 00037\" is labelled SIREN but has 14 "
                            "digits: it is a SIRET number, which identifies an establishment "
                            "(SIREN 440672020, NIC 00037).");
}

TEST(IdLabel, SiretLabelOnNineDigitsIsASiren) {
    auto d = clean();
    conv(d).beneficiary.identifier->value = "440 672 020";
    const auto found = run(rule("ID-LABEL"), d);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].facts, (Facts{{"label", "siret"},
                                     {"digits", "9"},
                                     {"actual", "siren"},
                                     {"siren", "440672020"},
                                     {"party", "beneficiary"}}));
}

TEST(IdLabel, RnaShapesAndLabels) {
    auto d = clean();
    conv(d).beneficiary.identifier->value = "W595001234";
    auto found = run(rule("ID-LABEL"), d);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(
        found[0].facts,
        (Facts{{"label", "siret"}, {"digits", "9"}, {"actual", "rna"}, {"party", "beneficiary"}}));
    conv(d).beneficiary.identifier->label = IdentifierLabel::rna;
    EXPECT_TRUE(run(rule("ID-LABEL"), d).empty());
    conv(d).beneficiary.identifier->value = "44067202000037";
    found = run(rule("ID-LABEL"), d);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].fact("label"), "rna");
    EXPECT_EQ(found[0].fact("actual"), "siret");
}

TEST(IdLabel, CollectiviteSiretOfTheDeliberationIsChecked) {
    auto d = clean();
    d.deliberation->collectivite.siret =
        StatedIdentifier{IdentifierLabel::siren,
                         "226 200 012 00012",
                         {DocumentKind::deliberation, "en-tête", "SIREN 226 200 012 00012"}};
    const auto found = run(rule("ID-LABEL"), d);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].location.path, "/deliberation/collectivite/siret");
    EXPECT_EQ(found[0].fact("party"), "collectivite");
    EXPECT_EQ(found[0].fact("actual"), "siret");
}

TEST(IdLabel, MislabelledOtherIdentifierIsReportedAtItsOwnPath) {
    auto d = clean();
    conv(d).beneficiary.other_identifiers = {
        StatedIdentifier{IdentifierLabel::rna, "W595001234", {}},
        StatedIdentifier{IdentifierLabel::siret,
                         "W595001234",
                         {DocumentKind::convention, "parties", "SIRET W595001234"}}};
    const auto found = run(rule("ID-LABEL"), d);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].location.path, "/convention/beneficiary/other_identifiers/1");
    EXPECT_EQ(found[0].location.text, "SIRET W595001234");
    EXPECT_EQ(found[0].fact("actual"), "rna");
}

TEST(IdLabel, UnlabelledOrOtherShapesAreLeftAlone) {
    auto d = seed();
    conv(d).beneficiary.identifier->label = IdentifierLabel::none;
    EXPECT_TRUE(run(rule("ID-LABEL"), d).empty());
    conv(d).beneficiary.identifier->label = IdentifierLabel::siren;
    conv(d).beneficiary.identifier->value = "440 672 020 0003"; // 13 digits: ID-CHECKSUM's
    EXPECT_TRUE(run(rule("ID-LABEL"), d).empty());
}

// ---------------------------------------------------------------------------------------------
// ID-CHECKSUM

struct DataRow {
    std::string kind;
    std::string value;
    std::string expected;
};

std::vector<DataRow> siret_rows() {
    std::ifstream in(std::string(SUBVENTION_TEST_DATA_DIR) + "/ids/departements_siret.csv");
    std::vector<DataRow> rows;
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#' || line.rfind("file,", 0) == 0)
            continue;
        std::vector<std::string> cells{std::string()};
        bool quoted = false;
        for (const char ch : line) {
            if (ch == '"')
                quoted = !quoted;
            else if (ch == ',' && !quoted)
                cells.emplace_back();
            else
                cells.back() += ch;
        }
        if (cells.size() >= 6)
            rows.push_back({cells[3], cells[4], cells[5]});
    }
    return rows;
}

TEST(IdChecksum, SeedIdentifierIsAValidSiret) {
    EXPECT_TRUE(run(rule("ID-CHECKSUM"), seed()).empty());
}

// Property: every single-digit corruption of the seed's SIRET is an error (Luhn).
TEST(IdChecksum, EverySingleDigitCorruptionOfTheSeedSiretIsAnError) {
    const std::string good = "44067202000037";
    int errors = 0;
    for (std::size_t i = 0; i < good.size(); ++i)
        for (char c = '0'; c <= '9'; ++c) {
            if (c == good[i])
                continue;
            std::string bad = good;
            bad[i] = c;
            auto d = clean();
            conv(d).beneficiary.identifier->value = bad;
            const auto found = run(rule("ID-CHECKSUM"), d);
            ASSERT_EQ(found.size(), 1u) << bad;
            EXPECT_EQ(found[0].severity, Severity::error);
            EXPECT_EQ(found[0].location.path, "/convention/beneficiary/identifier");
            EXPECT_EQ(found[0].fact("identifier"), "siret");
            EXPECT_EQ(found[0].fact("error_kind"), "checksum");
            EXPECT_EQ(found[0].fact("check"), "luhn");
            ++errors;
        }
    EXPECT_EQ(errors, 126);
}

TEST(IdChecksum, CorruptedSirenExactDiagnostic) {
    auto d = clean();
    conv(d).beneficiary.identifier->label = IdentifierLabel::siren;
    conv(d).beneficiary.identifier->value = "440 672 021";
    const auto found = run(rule("ID-CHECKSUM"), d);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].facts, (Facts{{"identifier", "siren"},
                                     {"label", "siren"},
                                     {"value", "440 672 021"},
                                     {"error_kind", "checksum"},
                                     {"check", "luhn"},
                                     {"party", "beneficiary"}}));
    EXPECT_EQ(cited(found[0].legal_basis),
              (std::vector<std::string>{"Code de commerce art. R.123-220"}));
    const auto expected_error = Siren::parse("440 672 021").error().message;
    EXPECT_EQ(found[0].message_fr, "Le numéro SIREN «\u00A0440 672 021\u00A0» du bénéficiaire est "
                                   "invalide\u00A0: " +
                                       expected_error + ".");
}

TEST(IdChecksum, PublishedSiretsAreCheckedAsTheDataSaysAndMislabelsDoNotMatter) {
    const auto rows = siret_rows();
    ASSERT_GT(rows.size(), 50u);
    for (const auto& row : rows)
        for (const auto label : {IdentifierLabel::siret, IdentifierLabel::siren}) {
            auto d = clean();
            conv(d).beneficiary.identifier->label = label;
            conv(d).beneficiary.identifier->value = row.value;
            const auto found = run(rule("ID-CHECKSUM"), d);
            ASSERT_EQ(found.size(), row.expected == "valid" ? 0u : 1u) << row.value;
            if (!found.empty()) {
                EXPECT_EQ(found[0].fact("error_kind"), row.expected) << row.value;
            }
            const auto labels = run(rule("ID-LABEL"), d);
            // 14 digits (valid or wrong key) labelled SIREN is a mislabel; malformed values
            // (Excel's « 7,86E+13 », a stray quote) have no SIRET shape: ID-CHECKSUM only.
            const bool fourteen_digits = row.expected == "valid" || row.expected == "checksum";
            EXPECT_EQ(labels.size(), label == IdentifierLabel::siren && fourteen_digits ? 1u : 0u)
                << row.value;
        }
}

TEST(IdChecksum, LaPosteSiretUsesTheDigitSum) {
    // 356 000 000 + NIC: valid when the 14 digits add up to a multiple of 5.
    auto d = clean();
    conv(d).beneficiary.identifier->value = "356 000 000 00001"; // sum 15: valid
    EXPECT_TRUE(run(rule("ID-CHECKSUM"), d).empty());
    conv(d).beneficiary.identifier->value = "356 000 000 00002"; // sum 16
    const auto found = run(rule("ID-CHECKSUM"), d);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].fact("check"), "la_poste_sum");
}

TEST(IdChecksum, RnaShapeErrors) {
    auto d = clean();
    conv(d).beneficiary.identifier = StatedIdentifier{
        IdentifierLabel::rna, "W59500123", {DocumentKind::convention, "parties", "RNA W59500123"}};
    const auto found = run(rule("ID-CHECKSUM"), d);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].fact("identifier"), "rna");
    EXPECT_EQ(found[0].fact("error_kind"), "length");
    EXPECT_EQ(found[0].fact("check"), "length");
    conv(d).beneficiary.identifier->value = "W595001234";
    EXPECT_TRUE(run(rule("ID-CHECKSUM"), d).empty());
}

TEST(IdChecksum, InvalidRnaAmongOtherIdentifiersIsReportedAtItsOwnSourceAndPath) {
    auto d = clean();
    const SourceRef rna_source{DocumentKind::convention, "parties", "RNA W59500123"};
    conv(d).beneficiary.other_identifiers = {
        StatedIdentifier{IdentifierLabel::rna,
                         "W595001234",
                         {DocumentKind::convention, "parties", "RNA W595001234"}},
        StatedIdentifier{IdentifierLabel::rna, "W59500123", rna_source}};
    const auto found = run(rule("ID-CHECKSUM"), d);
    ASSERT_EQ(found.size(), 1u); // the SIRET of `identifier` and the first RNA are valid
    EXPECT_EQ(found[0].severity, Severity::error);
    EXPECT_EQ(found[0].location.path, "/convention/beneficiary/other_identifiers/1");
    EXPECT_EQ(found[0].location.section, rna_source.section);
    EXPECT_EQ(found[0].location.text, rna_source.text);
    EXPECT_EQ(found[0].fact("identifier"), "rna");
    EXPECT_EQ(found[0].fact("value"), "W59500123");
    EXPECT_EQ(found[0].fact("error_kind"), "length");
    EXPECT_EQ(found[0].fact("party"), "beneficiary");
}

TEST(IdChecksum, GrantorOtherIdentifiersAreCheckedToo) {
    auto d = clean();
    conv(d).grantor.other_identifiers = {StatedIdentifier{
        IdentifierLabel::siret, "226 200 015 00018", {DocumentKind::convention, "parties", "x"}}};
    const auto found = run(rule("ID-CHECKSUM"), d);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].location.path, "/convention/grantor/other_identifiers/0");
    EXPECT_EQ(found[0].fact("party"), "grantor");
    EXPECT_EQ(found[0].fact("check"), "luhn");
}

/// ISO 13616 check digits computed independently of the library: 98 − (BBAN + country + "00"
/// mod 97).
std::string with_check_digits(const std::string& country, const std::string& bban) {
    const std::string moved = bban + country + "00";
    unsigned r = 0;
    for (const char c : moved) {
        const unsigned v = (c >= '0' && c <= '9') ? static_cast<unsigned>(c - '0')
                                                  : static_cast<unsigned>(c - 'A') + 10u;
        r = v >= 10 ? (r * 100u + v) % 97u : (r * 10u + v) % 97u;
    }
    const unsigned check = 98u - r;
    return country +
           std::string{static_cast<char>('0' + check / 10), static_cast<char>('0' + check % 10)} +
           bban;
}

TEST(IdChecksum, WrongRibKeyWithRightIbanCheckDigits) {
    // Bank 30006, branch 00001, account 12345678901: clé RIB 89 (docs/legal-reference.md
    // ID-RIB-KEY); 88 is wrong but the IBAN check digits are recomputed so that mod 97 passes.
    const std::string iban = with_check_digits("FR", "3000600001123456789018"
                                                     "8");
    ASSERT_EQ(iban.size(), 27u);
    auto d = clean();
    conv(d).bank_details->iban.value = iban;
    const auto found = run(rule("ID-CHECKSUM"), d);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].severity, Severity::error);
    EXPECT_EQ(found[0].location.path, "/convention/bank_details/iban");
    EXPECT_EQ(found[0].location.section, "article 9");
    EXPECT_EQ(found[0].facts, (Facts{{"identifier", "iban"},
                                     {"value", iban},
                                     {"error_kind", "checksum"},
                                     {"check", "rib_key"},
                                     {"rib_key", "88"},
                                     {"rib_key_expected", "89"},
                                     {"party", "bank_details"}}));
    EXPECT_EQ(cited(found[0].legal_basis), (std::vector<std::string>{"ISO 13616-1"}));
}

// Property: every single-character substitution of a valid French IBAN's digits is an error.
TEST(IdChecksum, EverySingleDigitCorruptionOfAnIbanIsAnError) {
    const std::string good = "FR7630006000011234567890189";
    for (std::size_t i = 2; i < good.size(); ++i)
        for (char c = '0'; c <= '9'; ++c) {
            if (c == good[i])
                continue;
            std::string bad = good;
            bad[i] = c;
            auto d = clean();
            conv(d).bank_details->iban.value = bad;
            const auto found = run(rule("ID-CHECKSUM"), d);
            ASSERT_EQ(found.size(), 1u) << bad;
            EXPECT_EQ(found[0].fact("identifier"), "iban");
            EXPECT_EQ(found[0].fact("error_kind"), "checksum") << bad;
            EXPECT_EQ(found[0].fact("check"), "mod97") << bad;
        }
}

TEST(IdChecksum, RegistryIbanExamplesAreAccepted) {
    std::ifstream in(std::string(SUBVENTION_TEST_DATA_DIR) + "/ids/iban_registry_examples.csv");
    std::string line;
    int checked = 0;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#' || line.rfind("country,", 0) == 0)
            continue;
        const std::string example = line.substr(line.rfind(',') + 1);
        auto d = clean();
        conv(d).bank_details->iban.value = example;
        const auto found = run(rule("ID-CHECKSUM"), d);
        EXPECT_TRUE(found.empty()) << example << ": " << (found.empty() ? "" : found[0].message_fr);
        ++checked;
    }
    EXPECT_GT(checked, 70);
}

TEST(IdChecksum, InvalidBic) {
    auto d = clean();
    conv(d).bank_details->bic.value = "BNPA";
    const auto found = run(rule("ID-CHECKSUM"), d);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].location.path, "/convention/bank_details/bic");
    EXPECT_EQ(found[0].fact("identifier"), "bic");
    EXPECT_EQ(found[0].fact("error_kind"), "length");
    EXPECT_EQ(cited(found[0].legal_basis), (std::vector<std::string>{"ISO 9362"}));
}

TEST(IdChecksum, UnlabelledOtherNumbersAreNotChecked) {
    auto d = clean();
    conv(d).beneficiary.identifier =
        StatedIdentifier{IdentifierLabel::other,
                         "RCS Lille 123 456",
                         {DocumentKind::convention, "parties", "RCS Lille 123 456"}};
    EXPECT_TRUE(run(rule("ID-CHECKSUM"), d).empty());
}

} // namespace

} // namespace test_rules_formal_test
