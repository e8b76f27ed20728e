// SPDX-License-Identifier: Apache-2.0
// Tests of the « convention » rule group: CONV-REQUIRED, CONV-CONTENT, CONV-PERIOD,
// CONV-RETROACTIVE, CONV-TACIT-RENEWAL, CONV-REPORT-DEADLINE, DEADLINE-NON-WORKING-DAY,
// PUBLICATION-OPEN-DATA, CONV-CER. For each rule: the clean dossier (tests/support, grant year
// 2024, meeting 18/03/2024) gives nothing — PUBLICATION-OPEN-DATA excepted, an info that always
// states the publication date —, mutations of it trigger the rule (ID, severity, path, exact
// facts), and the rule's behaviour on the seed matches its documents (docs/legal-reference.md §11).
// A few mutations start from the seed where they need its 2023 dates (the legal compte rendu
// financier of 2023 is due on Sunday 30/06/2024).
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

#include <subvention/calendar.hpp>
#include <subvention/compliance/checker.hpp>
#include <subvention/deadline.hpp>
#include <subvention/examples/apes_2023.hpp>
#include <subvention/examples/nord_2024.hpp>

#include "support/clean_dossier.hpp"
#include "support/rules.hpp"

// Each suite in its own namespace: the suites of a group are compiled together (unity build).
namespace test_rules_convention_test {

namespace {

using namespace subvention;
using namespace subvention::compliance;
using subvention::testing::cited;
using subvention::testing::family_rules;
using subvention::testing::rule;

const std::string deadlines_path = "/convention/obligations/final_report/deadlines/";

using subvention::testing::run;

/// The seed dossier (built once, copied for each use).
Dossier seed() {
    static const Dossier built = examples::apes_2023();
    return built;
}

/// The clean dossier (built once, copied for each mutation).
Dossier clean() {
    static const Dossier built = subvention::testing::clean_dossier();
    return built;
}

using Facts = std::vector<std::pair<std::string, std::string>>;

/// The facts of a diagnostic, in order.
Facts facts(const Diagnostic& d) {
    Facts out;
    for (const auto& f : d.facts)
        out.emplace_back(f.key, f.value);
    return out;
}

Convention& conv(Dossier& d) {
    return *d.convention;
}

std::string iso(Date d) {
    return format_date(d, DateStyle::iso);
}

/// Keeps only the first final-report statement, as a written date without wording (« le 30 juin
/// 2025 » alone).
void single_written_deadline(Dossier& d, Date date) {
    auto& ds = conv(d).obligations.final_report->deadlines;
    ds.resize(1);
    ds[0].rule.reset();
    ds[0].date = date;
}

/// A dossier without a convention nor any authorisation to sign one.
Dossier without_convention(Dossier d) {
    d.convention.reset();
    d.deliberation->signing_authorisations.clear();
    return d;
}

// =============================================================================================
// The group

TEST(ConventionRules, CatalogueOrderAndIds) {
    const std::vector<std::string_view> expected{"CONV-REQUIRED",
                                                 "CONV-CONTENT",
                                                 "CONV-PERIOD",
                                                 "CONV-RETROACTIVE",
                                                 "CONV-TACIT-RENEWAL",
                                                 "CONV-REPORT-DEADLINE",
                                                 "DEADLINE-NON-WORKING-DAY",
                                                 "PUBLICATION-OPEN-DATA",
                                                 "CONV-CER",
                                                 "AID-STATE-MENTION",
                                                 "CONV-PASS-ON",
                                                 "WORSHIP-FUNDING"};
    ASSERT_EQ(family_rules(Family::convention).size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(family_rules(Family::convention)[i].id, expected[i]);
        EXPECT_FALSE(family_rules(Family::convention)[i].legal_basis.empty());
        EXPECT_FALSE(family_rules(Family::convention)[i].title_fr.empty());
        EXPECT_FALSE(family_rules(Family::convention)[i].title_en.empty());
    }
}

TEST(ConventionRules, SeedGivesExactlyTheAcceptanceDiagnostics) {
    const Dossier d = seed();
    std::vector<std::pair<std::string, Severity>> got;
    for (const auto& rule : family_rules(Family::convention))
        for (const auto& diag : run(rule, d))
            got.emplace_back(diag.rule, diag.severity);
    const std::vector<std::pair<std::string, Severity>> expected{
        {"CONV-RETROACTIVE", Severity::info},
        {"DEADLINE-NON-WORKING-DAY", Severity::info},
        {"PUBLICATION-OPEN-DATA", Severity::info},
        {"CONV-CER", Severity::info},
    };
    EXPECT_EQ(got, expected);
}

TEST(ConventionRules, SignedSeedStillHasNoError) {
    const Dossier d = seed();
    for (const auto& rule : family_rules(Family::convention))
        for (const auto& diag : run(rule, d, Stage::signed_))
            EXPECT_NE(diag.severity, Severity::error) << diag.rule << ": " << diag.message_fr;
}

TEST(ConventionRules, CleanDossierOnlyStatesThePublicationDate) {
    const Dossier d = clean();
    std::vector<std::string> got;
    for (const auto& rule : family_rules(Family::convention))
        for (const auto& diag : run(rule, d, Stage::signed_))
            got.push_back(diag.rule);
    EXPECT_EQ(got, std::vector<std::string>{"PUBLICATION-OPEN-DATA"});
}

TEST(ConventionRules, EveryDiagnosticHasMessagesPathAndBasis) {
    Dossier d = seed();
    conv(d).tacit_renewal.value = TacitRenewal::allowed;
    conv(d).period->value.end = Date(2024, 3, 31);
    std::size_t seen = 0;
    for (const auto& rule : family_rules(Family::convention))
        for (const auto& diag : run(rule, d)) {
            ++seen;
            EXPECT_EQ(diag.rule, rule.id);
            EXPECT_FALSE(diag.message_fr.empty());
            EXPECT_FALSE(diag.message_en.empty());
            EXPECT_EQ(diag.location.path.rfind('/', 0), 0u) << diag.location.path;
            EXPECT_FALSE(diag.legal_basis.empty());
        }
    EXPECT_GE(seen, 6u);
}

TEST(ConventionRules, DossierWithoutDocumentsGivesNothing) {
    const Dossier empty{};
    for (const auto& rule : family_rules(Family::convention))
        EXPECT_TRUE(run(rule, empty, Stage::signed_).empty()) << rule.id;
}

TEST(ConventionRules, ConventionAloneDoesNotThrow) {
    Dossier d = clean();
    d.deliberation.reset();
    d.rapport.reset();
    for (const auto& rule : family_rules(Family::convention))
        EXPECT_NO_THROW((void)run(rule, d)) << rule.id;
}

// =============================================================================================
// CONV-REQUIRED

TEST(ConvRequired, CleanDossierHasNone) {
    EXPECT_TRUE(run(rule("CONV-REQUIRED"), clean()).empty());
}

TEST(ConvRequired, SeedHasItsConvention) {
    EXPECT_TRUE(run(rule("CONV-REQUIRED"), seed()).empty());
}

TEST(ConvRequired, NoConventionNoAuthorisationAboveThresholdIsAnError) {
    const Dossier d = without_convention(clean());
    const auto out = run(rule("CONV-REQUIRED"), d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].rule, "CONV-REQUIRED");
    EXPECT_EQ(out[0].severity, Severity::error);
    EXPECT_EQ(out[0].location.document, DocumentKind::deliberation);
    EXPECT_EQ(out[0].location.section, "article 1");
    EXPECT_EQ(out[0].location.path, "/deliberation/grants/0/amount");
    EXPECT_EQ(facts(out[0]), (Facts{{"amount", "57000.00"},
                                    {"threshold", "23000.00"},
                                    {"beneficiary", "Acteurs Pour une Economie Solidaire"},
                                    {"beneficiary_form", "association"},
                                    {"year", "2024"},
                                    {"decisions", "1"},
                                    {"convention_present", "false"}}));
    EXPECT_NE(out[0].message_fr.find(Euros::from_euros(57'000).to_string_fr()), std::string::npos);
    EXPECT_NE(out[0].message_fr.find(Euros::from_euros(23'000).to_string_fr()), std::string::npos);
}

TEST(ConvRequired, AuthorisedButMissingConventionIsAnInfo) {
    Dossier d = clean();
    d.convention.reset();
    const auto out = run(rule("CONV-REQUIRED"), d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].severity, Severity::info);
    EXPECT_EQ(out[0].fact("authorisation_section"), "article 2");
}

TEST(ConvRequired, ReportAloneProposingTheConventionIsAnInfo) {
    Dossier d = clean();
    d.convention.reset();
    d.deliberation.reset();
    const auto out = run(rule("CONV-REQUIRED"), d, Stage::draft, Date(2024, 3, 18));
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].severity, Severity::info);
    EXPECT_EQ(out[0].location.path, "/rapport/proposed_grants/0/amount");
    EXPECT_EQ(out[0].fact("authorisation_section"), "proposition");
}

TEST(ConvRequired, ThresholdIsStrictToTheCent) {
    // Property: for every amount from 22 999,00 € to 23 001,00 €, an error iff > 23 000,00 €.
    const Dossier base = without_convention(clean());
    for (std::int64_t cents = 2'299'900; cents <= 2'300'100; ++cents) {
        Dossier d = base;
        d.deliberation->grants[0].amount.value = Euros::from_cents(cents);
        const auto out = run(rule("CONV-REQUIRED"), d);
        ASSERT_EQ(out.size(), cents > 2'300'000 ? 1u : 0u) << cents;
        if (!out.empty()) {
            ASSERT_EQ(out[0].fact("amount"), Euros::from_cents(cents).to_iso());
        }
    }
}

TEST(ConvRequired, PublicBeneficiaryNeedsNoConvention) {
    Dossier d = without_convention(clean());
    d.deliberation->grants[0].beneficiary_form = LegalForm::commune;
    EXPECT_TRUE(run(rule("CONV-REQUIRED"), d).empty());
}

TEST(ConvRequired, UnknownLegalFormIsAWarning) {
    Dossier d = without_convention(clean());
    d.deliberation->grants[0].beneficiary_form = LegalForm::unknown;
    const auto out = run(rule("CONV-REQUIRED"), d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].severity, Severity::warning);
    EXPECT_EQ(out[0].fact("beneficiary_form"), "unknown");
}

TEST(ConvRequired, DecisionsAddedUpPerBeneficiaryAndYearAreAnUnconfirmedWarning) {
    Dossier d = without_convention(clean());
    auto second = d.deliberation->grants[0];
    d.deliberation->grants[0].amount.value = Euros::from_euros(20'000);
    second.amount.value = Euros::from_euros(20'000);
    second.beneficiary = "ACTEURS POUR UNE ÉCONOMIE SOLIDAIRE"; // same party, other spelling
    d.deliberation->grants.push_back(second);
    const auto out = run(rule("CONV-REQUIRED"), d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].severity, Severity::warning);
    EXPECT_EQ(out[0].fact("amount"), "40000.00");
    EXPECT_EQ(out[0].fact("decisions"), "2");
    EXPECT_EQ(out[0].fact("unconfirmed"), "true");

    // Decisions for different years are not added up.
    d.deliberation->grants[1].year = 2025;
    EXPECT_TRUE(run(rule("CONV-REQUIRED"), d).empty());
}

TEST(ConvRequired, NoThresholdBeforeTheDecreeCameIntoForce) {
    const Dossier d = without_convention(clean());
    EXPECT_TRUE(run(rule("CONV-REQUIRED"), d, Stage::draft, Date(2001, 6, 12)).empty());
    EXPECT_EQ(run(rule("CONV-REQUIRED"), d, Stage::draft, Date(2001, 6, 13)).size(), 1u);
}

// =============================================================================================
// CONV-CONTENT

TEST(ConvContent, CleanDossierHasNone) {
    EXPECT_TRUE(run(rule("CONV-CONTENT"), clean()).empty());
}

TEST(ConvContent, SeedDefinesObjectAmountConditionsAndPayment) {
    EXPECT_TRUE(run(rule("CONV-CONTENT"), seed()).empty());
}

TEST(ConvContent, MissingObjectIsAnError) {
    Dossier d = clean();
    conv(d).object.value = "  ";
    std::erase_if(conv(d).articles, [](const ConventionArticle& a) { return a.number == 1; });
    const auto out = run(rule("CONV-CONTENT"), d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].severity, Severity::error);
    EXPECT_EQ(out[0].location.path, "/convention/object");
    EXPECT_EQ(out[0].location.section, "en-tête");
    EXPECT_EQ(facts(out[0]), (Facts{{"item", "object"},
                                    {"legally_required", "true"},
                                    {"convention_mandatory", "true"},
                                    {"amount", "57000.00"},
                                    {"threshold", "23000.00"}}));
}

TEST(ConvContent, MissingAmountIsAnError) {
    Dossier d = clean();
    for (auto& a : conv(d).actions)
        a.amount.reset();
    conv(d).payment_schedule.payments.clear(); // articles 7 and 9 still deal with payment
    const auto out = run(rule("CONV-CONTENT"), d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].severity, Severity::error);
    EXPECT_EQ(out[0].location.path, "/convention/actions");
    EXPECT_EQ(out[0].fact("item"), "amount");
}

TEST(ConvContent, MissingConditionsOfUseIsAnError) {
    Dossier d = clean();
    auto& c = conv(d);
    c.obligations = Obligations{};
    c.clauses.clear();
    for (auto& a : c.articles)
        std::erase_if(a.subjects, [](ConventionSubject s) {
            return s == ConventionSubject::obligations ||
                   s == ConventionSubject::eligible_expenses || s == ConventionSubject::control ||
                   s == ConventionSubject::final_report;
        });
    const auto out = run(rule("CONV-CONTENT"), d);
    // Without control nor final report, the terms of control and evaluation are missing too
    // (loi 2021-875, acts from 3 July 2021).
    ASSERT_EQ(out.size(), 2u);
    EXPECT_EQ(out[0].severity, Severity::error);
    EXPECT_EQ(out[0].location.path, "/convention/obligations");
    EXPECT_EQ(out[0].fact("item"), "conditions_of_use");
    EXPECT_EQ(out[1].fact("item"), "control_and_evaluation");
    EXPECT_EQ(run(rule("CONV-CONTENT"), d, Date(2021, 7, 2)).size(), 1u);
}

/// The clean dossier without any payment terms (no schedule, no article on payment).
Dossier without_payment_terms() {
    Dossier d = clean();
    auto& c = conv(d);
    c.payment_schedule.payments.clear();
    for (auto& a : c.articles)
        std::erase(a.subjects, ConventionSubject::payment);
    return d;
}

TEST(ConvContent, MissingPaymentTermsIsAnErrorForActsFrom2016) {
    // loi 2000-321 art. 10 al. 4 in the text in force on 1 January 2016: « les modalités de
    // versement » are a legal item.
    const Dossier d = without_payment_terms();
    for (const Date as_of : {Date(2016, 1, 1), Date(2024, 3, 18)}) {
        SCOPED_TRACE(iso(as_of));
        const auto out = run(rule("CONV-CONTENT"), d, as_of);
        ASSERT_EQ(out.size(), 1u);
        EXPECT_EQ(out[0].severity, Severity::error);
        EXPECT_EQ(out[0].location.path, "/convention/payment_schedule/payments");
        EXPECT_EQ(facts(out[0]), (Facts{{"item", "payment_terms"},
                                        {"legally_required", "true"},
                                        {"convention_mandatory", "true"},
                                        {"amount", "57000.00"},
                                        {"threshold", "23000.00"}}));
        EXPECT_TRUE(out[0].assumptions.empty());
        EXPECT_NE(out[0].message_fr.find("mention exigée par l'article 10, alinéa 4"),
                  std::string::npos)
            << out[0].message_fr;
        EXPECT_EQ(out[0].message_fr.find("ne les exige pas"), std::string::npos);
    }
}

TEST(ConvContent, MissingPaymentTermsBefore2016IsOnlyAWarning) {
    const Dossier d = without_payment_terms();
    const auto out = run(rule("CONV-CONTENT"), d, Date(2014, 6, 19));
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].severity, Severity::warning);
    EXPECT_EQ(out[0].fact("legally_required"), "false");
    EXPECT_TRUE(out[0].assumptions.empty());
    EXPECT_EQ(cited(out[0].legal_basis), (std::vector<std::string>{"loi 2000-321 art. 10 al. 3"}));
}

TEST(ConvContent, PaymentTermsOfAnActOf2015AreAWarningSubjectToTheUnidentifiedText) {
    // Inserted between the versions of 20 June 2014 and 1 January 2016 by a text not
    // identified: applied from 1 January 2016, the doubt stated.
    const auto out = run(rule("CONV-CONTENT"), without_payment_terms(), Date(2015, 12, 31));
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].severity, Severity::warning);
    EXPECT_EQ(out[0].assumptions, (std::vector<std::string>{"art10_payment_terms_from_2016"}));
    EXPECT_NE(out[0].message_fr.find("Sous réserve du texte"), std::string::npos);
}

/// The clean dossier whose convention no longer organises control and evaluation.
Dossier without_control_and_evaluation() {
    Dossier d = clean();
    auto& c = conv(d);
    c.obligations.final_report.reset();
    std::erase_if(c.clauses, [](const Clause& k) { return k.kind == ClauseKind::control; });
    for (auto& a : c.articles)
        std::erase_if(a.subjects, [](ConventionSubject s) {
            return s == ConventionSubject::control || s == ConventionSubject::final_report;
        });
    return d;
}

TEST(ConvContent, ControlAndEvaluationAreRequiredFrom3July2021) {
    const Dossier d = without_control_and_evaluation();
    const auto out = run(rule("CONV-CONTENT"), d, Date(2021, 7, 3));
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].severity, Severity::error);
    EXPECT_EQ(out[0].fact("item"), "control_and_evaluation");
    EXPECT_EQ(out[0].location.path, "/convention/clauses");
    ASSERT_EQ(out[0].legal_basis.size(), 1u);
    EXPECT_EQ(out[0].legal_basis[0].article, "10 al. 4");
    EXPECT_EQ(out[0].legal_basis[0].version.rfind("rédaction de la loi n° 2021-875", 0), 0u);
    EXPECT_NE(out[0].message_fr.find("dans sa rédaction issue de la loi n° 2021-875 du 1er "
                                     "juillet 2021"),
              std::string::npos)
        << out[0].message_fr;
    // The day before loi 2021-875 applies: not a legal item yet; basis: the 2016 text.
    EXPECT_TRUE(run(rule("CONV-CONTENT"), d, Date(2021, 7, 2)).empty());
}

/// The clean dossier whose convention says nothing about repaying unspent sums.
Dossier without_repayment() {
    Dossier d = clean();
    auto& c = conv(d);
    std::erase_if(c.clauses, [](const Clause& k) { return k.kind == ClauseKind::reimbursement; });
    for (auto& a : c.articles)
        std::erase(a.subjects, ConventionSubject::reimbursement);
    return d;
}

TEST(ConvContent, UnspentSubsidyConditionsAreRequiredOfANonProfitFrom3July2021) {
    const Dossier d = without_repayment();
    const auto out = run(rule("CONV-CONTENT"), d, Date(2021, 7, 3));
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].severity, Severity::error);
    EXPECT_EQ(out[0].fact("item"), "unspent_subsidy");
    EXPECT_NE(out[0].message_fr.find("peut conserver tout ou partie d'une subvention n'ayant pas "
                                     "été intégralement consommée"),
              std::string::npos);
    EXPECT_EQ(out[0].message_fr.find("excédent"), std::string::npos);
    EXPECT_TRUE(run(rule("CONV-CONTENT"), d, Date(2021, 7, 2)).empty());
}

TEST(ConvContent, UnspentSubsidyConditionsAreNotAskedOfACompany) {
    Dossier d = without_repayment();
    conv(d).beneficiary.legal_form = LegalForm::company;
    EXPECT_TRUE(run(rule("CONV-CONTENT"), d, Date(2024, 3, 18)).empty());
}

TEST(ConvContent, EachFindingCitesTheVersionInForceAtTheActDate) {
    Dossier d = clean();
    conv(d).object.value = "  ";
    std::erase_if(conv(d).articles, [](const ConventionArticle& a) { return a.number == 1; });
    const auto version = [&](Date as_of) {
        const auto out = run(rule("CONV-CONTENT"), d, as_of);
        EXPECT_EQ(out.size(), 1u);
        return out.empty() ? std::string()
                           : out[0].legal_basis.at(0).to_string() + " | " +
                                 out[0].legal_basis.at(0).version;
    };
    EXPECT_EQ(version(Date(2023, 3, 20))
                  .rfind("loi 2000-321 art. 10 al. 4 | rédaction de la loi "
                         "n° 2021-875",
                         0),
              0u);
    EXPECT_EQ(version(Date(2019, 5, 1))
                  .rfind("loi 2000-321 art. 10 al. 4 | text in force on 1 "
                         "January 2016",
                         0),
              0u);
    EXPECT_EQ(version(Date(2010, 5, 1))
                  .rfind("loi 2000-321 art. 10 al. 3 | text in force from "
                         "13 June 2001",
                         0),
              0u);
}

TEST(ConvContent, VoluntaryConventionMissingAnItemIsAWarning) {
    Dossier d = clean();
    d.deliberation->grants[0].amount.value = Euros::from_euros(23'000); // not above
    conv(d).object.value.clear();
    std::erase_if(conv(d).articles, [](const ConventionArticle& a) { return a.number == 1; });
    const auto out = run(rule("CONV-CONTENT"), d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].severity, Severity::warning);
    EXPECT_EQ(out[0].fact("convention_mandatory"), "false");
    EXPECT_EQ(out[0].fact("amount"), "23000.00");
}

// =============================================================================================
// CONV-PERIOD

TEST(ConvPeriod, CleanDossierHasNone) {
    EXPECT_TRUE(run(rule("CONV-PERIOD"), clean()).empty());
}

TEST(ConvPeriod, SeedPeriodIsTheGrantYear) {
    EXPECT_TRUE(run(rule("CONV-PERIOD"), seed()).empty());
}

TEST(ConvPeriod, NoPeriodIsAnInfo) {
    Dossier d = clean();
    conv(d).period.reset();
    const auto out = run(rule("CONV-PERIOD"), d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].severity, Severity::info);
    EXPECT_EQ(out[0].location.path, "/convention/period");
    EXPECT_EQ(facts(out[0]), (Facts{{"period_present", "false"}}));
}

TEST(ConvPeriod, BlankStartIsABlankInfoInDraftErrorOnceSigned) {
    Dossier d = clean();
    conv(d).period->value.start = Date(boost::date_time::not_a_date_time);
    auto out = run(rule("CONV-PERIOD"), d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].severity, Severity::info);
    EXPECT_EQ(out[0].location.path, "/convention/period/value/start");
    EXPECT_EQ(facts(out[0]),
              (Facts{{"period_start_blank", "true"}, {"period_end_blank", "false"}}));
    out = run(rule("CONV-PERIOD"), d, Stage::signed_);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].severity, Severity::error);
}

TEST(ConvPeriod, EndBeforeStartIsAnError) {
    Dossier d = clean();
    conv(d).period->value = Period{Date(2024, 12, 31), Date(2024, 3, 18), true};
    const auto out = run(rule("CONV-PERIOD"), d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].severity, Severity::error);
    EXPECT_EQ(out[0].location.path, "/convention/period");
    EXPECT_EQ(out[0].location.section, "article 3");
    EXPECT_EQ(facts(out[0]), (Facts{{"period_start", "2024-12-31"},
                                    {"period_end", "2024-03-18"},
                                    {"end_inclusive", "true"}}));
}

TEST(ConvPeriod, EmptyPeriodWithExcludedEndIsAnError) {
    Dossier d = clean();
    conv(d).period->value = Period{Date(2024, 3, 18), Date(2024, 3, 18), false};
    const auto out = run(rule("CONV-PERIOD"), d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].severity, Severity::error);
    EXPECT_EQ(out[0].fact("end_inclusive"), "false");
}

TEST(ConvPeriod, ExcludedEndOnNewYearsDayStaysInTheYear) {
    Dossier d = clean();
    conv(d).period->value = Period{Date(2024, 3, 18), Date(2025, 1, 1), false};
    EXPECT_TRUE(run(rule("CONV-PERIOD"), d).empty());
}

TEST(ConvPeriod, PeriodEntirelyOutsideTheGrantYearIsAnError) {
    Dossier d = clean();
    conv(d).period->value = Period{Date(2025, 1, 1), Date(2025, 12, 31), true};
    const auto out = run(rule("CONV-PERIOD"), d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].severity, Severity::error);
    EXPECT_EQ(facts(out[0]), (Facts{{"period_start", "2025-01-01"},
                                    {"period_end", "2025-12-31"},
                                    {"grant_year", "2024"},
                                    {"other_document", "deliberation"},
                                    {"other_section", "article 1"},
                                    {"other_path", "/deliberation/grants/0/year"},
                                    {"other_text", d.deliberation->grants[0].amount.source.text}}));
}

TEST(ConvPeriod, PeriodSpillingOverTheGrantYearIsAWarning) {
    Dossier d = clean();
    conv(d).period->value = Period{Date(2024, 7, 1), Date(2025, 6, 30), true};
    const auto out = run(rule("CONV-PERIOD"), d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].severity, Severity::warning);
    EXPECT_EQ(out[0].fact("days_before_grant_year"), "0");
    EXPECT_EQ(out[0].fact("days_after_grant_year"), "181");
    EXPECT_EQ(out[0].fact("other_path"), "/deliberation/grants/0/year");

    conv(d).period->value = Period{Date(2023, 12, 1), Date(2024, 12, 31), true};
    const auto before = run(rule("CONV-PERIOD"), d);
    ASSERT_EQ(before.size(), 1u);
    EXPECT_EQ(before[0].severity, Severity::warning);
    EXPECT_EQ(before[0].fact("days_before_grant_year"), "31");
    EXPECT_EQ(before[0].fact("days_after_grant_year"), "0");
}

TEST(ConvPeriod, EveryPeriodWithinTheYearIsAcceptedAndSpillingIsNot) {
    // Property over every start day of 2024: [start, end of its month] gives nothing; moving
    // the end to 1 January 2025 gives a one-day warning.
    const Dossier base = clean();
    for (Date start(2024, 1, 1); start <= Date(2024, 12, 31); start += boost::gregorian::days(1)) {
        Dossier d = base;
        conv(d).period->value = Period{start, start.end_of_month(), true};
        ASSERT_TRUE(run(rule("CONV-PERIOD"), d).empty()) << iso(start);
        conv(d).period->value.end = Date(2025, 1, 1);
        const auto out = run(rule("CONV-PERIOD"), d);
        ASSERT_EQ(out.size(), 1u) << iso(start);
        ASSERT_EQ(out[0].severity, Severity::warning);
        ASSERT_EQ(out[0].fact("days_after_grant_year"), "1");
    }
}

// =============================================================================================
// CONV-RETROACTIVE

TEST(ConvRetroactive, CleanDossierHasNone) {
    EXPECT_TRUE(run(rule("CONV-RETROACTIVE"), clean()).empty());
}

// CONV-RETROACTIVE with `report_operating_year_retroactivity`: an operating grant for the year
// is reported too.
std::vector<Diagnostic> run_retroactive_reporting_operating_year(const Dossier& d) {
    CheckOptions options;
    options.report_operating_year_retroactivity = true;
    return run_rule(rule("CONV-RETROACTIVE"), d, options,
                    act_date(d).value_or(subvention::testing::clean_meeting_date()));
}

TEST(ConvRetroactive, SeedOperatingGrantMakingPreDecisionExpensesEligibleIsReported) {
    // 6568/9365 (operating section), « pour l'année 2023 », period 01/01–31/12/2023, decision of
    // 20/03/2023 — but article 4 §5 makes the expenses of the whole period eligible.
    const auto out = run(rule("CONV-RETROACTIVE"), seed());
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].fact("operating_grant_for_year"), "true");
    EXPECT_EQ(out[0].fact("eligible_expenses_section"), "article 4 §5");
}

TEST(ConvRetroactive, SeedPeriodStartsSeventyEightDaysBeforeTheDecision) {
    const auto out = run_retroactive_reporting_operating_year(seed());
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].rule, "CONV-RETROACTIVE");
    EXPECT_EQ(out[0].severity, Severity::info);
    EXPECT_EQ(out[0].location.document, DocumentKind::convention);
    EXPECT_EQ(out[0].location.section, "article 3");
    EXPECT_EQ(out[0].location.path, "/convention/period");
    EXPECT_EQ(facts(out[0]), (Facts{{"period_start", "2023-01-01"},
                                    {"decision_date", "2023-03-20"},
                                    {"days_before_decision", "78"},
                                    {"eligible_expenses_clause", "true"},
                                    {"eligible_expenses_section", "article 4 §5"},
                                    {"operating_grant_for_year", "true"},
                                    {"unconfirmed", "true"},
                                    {"other_document", "deliberation"},
                                    {"other_section", "en-tête"},
                                    {"other_path", "/deliberation/meeting_date"},
                                    {"other_text", "REUNION DU 20 MARS 2023"}}));
    EXPECT_NE(out[0].message_fr.find("1er janvier 2023"), std::string::npos);
    EXPECT_NE(out[0].message_fr.find("20 mars 2023"), std::string::npos);
    EXPECT_NE(out[0].message_fr.find("78 jours avant"), std::string::npos) << out[0].message_fr;
    EXPECT_NE(out[0].message_fr.find(" Sous réserve qu'une convention puisse rendre éligibles"),
              std::string::npos)
        << out[0].message_fr;
    EXPECT_EQ(out[0].message_fr.find("(s)"), std::string::npos) << out[0].message_fr;
}

TEST(ConvRetroactive, ReportedIffThePeriodStartsStrictlyBeforeTheDecision) {
    // Property over every start day of 2023–2025 (the end kept after it), decision 18/03/2024.
    const Dossier base = clean();
    const Date decision = subvention::testing::clean_meeting_date();
    for (Date start(2023, 1, 1); start <= Date(2025, 12, 31); start += boost::gregorian::days(1)) {
        Dossier d = base;
        conv(d).period->value = Period{start, Date(2026, 12, 31), true};
        const auto out = run(rule("CONV-RETROACTIVE"), d);
        ASSERT_EQ(out.size(), start < decision ? 1u : 0u) << iso(start);
        if (!out.empty()) {
            ASSERT_EQ(out[0].fact("days_before_decision"),
                      std::to_string((decision - start).days()));
            ASSERT_EQ(out[0].fact("period_start"), iso(start));
        }
    }
}

TEST(ConvRetroactive, FirstOfJanuaryOfALeapYear) {
    Dossier d = clean();
    conv(d).period->value.start = Date(2024, 1, 1);
    const auto out = run_retroactive_reporting_operating_year(d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].fact("days_before_decision"), "77");
    EXPECT_EQ(out[0].fact("decision_date"), "2024-03-18");
}

TEST(ConvRetroactive, WithoutDeliberationTheConventionsAuthorisationDateIsTheDecision) {
    Dossier d = clean();
    d.deliberation.reset();
    conv(d).period->value.start = Date(2024, 1, 1);
    const auto out = run_retroactive_reporting_operating_year(d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].fact("decision_date"), "2024-03-18");
    EXPECT_EQ(out[0].fact("other_path"), "/convention/grantor/authorisation/date");
    EXPECT_EQ(out[0].fact("other_document"), "convention");
}

TEST(ConvRetroactive, WithoutEligibleExpensesClauseSaysSo) {
    Dossier d = clean();
    conv(d).period->value.start = Date(2024, 1, 1);
    std::erase_if(conv(d).clauses, [](const Clause& c) {
        return c.kind == ClauseKind::eligible_expenses_in_period;
    });
    const auto out = run_retroactive_reporting_operating_year(d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].fact("eligible_expenses_clause"), "false");
    EXPECT_EQ(out[0].fact("eligible_expenses_section"), "");
}

TEST(ConvRetroactive, OperatingGrantForTheYearFromFirstJanuaryIsNotReported) {
    Dossier d = clean(); // 65748/9365, « pour l'année 2024 », decision of 18/03/2024
    conv(d).period->value = Period{Date(2024, 1, 1), Date(2024, 12, 31), true};
    EXPECT_EQ(run(rule("CONV-RETROACTIVE"), d).size(), 1u); // expenses of the period eligible
    std::erase_if(conv(d).clauses, [](const Clause& c) {
        return c.kind == ClauseKind::eligible_expenses_in_period;
    });
    EXPECT_TRUE(run(rule("CONV-RETROACTIVE"), d).empty());
    const auto out = run_retroactive_reporting_operating_year(d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].fact("operating_grant_for_year"), "true");
}

TEST(ConvRetroactive, InvestmentGrantIsStillReported) {
    Dossier d = clean();
    conv(d).period->value = Period{Date(2024, 1, 1), Date(2024, 12, 31), true};
    d.deliberation->imputations[0].imputation = "20421/9065";
    const auto out = run(rule("CONV-RETROACTIVE"), d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].severity, Severity::info);
    EXPECT_EQ(out[0].fact("operating_grant_for_year"), "false");
}

TEST(ConvRetroactive, UndertakingOrPeriodBeyondTheYearOrNoYearIsStillReported) {
    Dossier base = clean();
    conv(base).period->value = Period{Date(2024, 1, 1), Date(2024, 12, 31), true};
    Dossier undertaking = base;
    undertaking.beneficiary_economic_activity = true;
    Dossier beyond = base;
    conv(beyond).period->value.end = Date(2025, 6, 30);
    Dossier previous_year = base;
    conv(previous_year).period->value = Period{Date(2023, 9, 1), Date(2024, 8, 31), true};
    Dossier no_year = base;
    for (auto& g : no_year.deliberation->grants)
        g.year.reset();
    Dossier unreadable = base;
    unreadable.deliberation->imputations[0].imputation = "65748";
    for (const Dossier* d : {&undertaking, &beyond, &previous_year, &no_year, &unreadable})
        EXPECT_EQ(run(rule("CONV-RETROACTIVE"), *d).size(), 1u);
}

TEST(ConvRetroactive, NordOperatingGrantVotedInJuneIsNotReported) {
    EXPECT_TRUE(run(rule("CONV-RETROACTIVE"), examples::nord_2024()).empty());
}

// =============================================================================================
// CONV-TACIT-RENEWAL

TEST(ConvTacitRenewal, CleanDossierHasNone) {
    EXPECT_TRUE(run(rule("CONV-TACIT-RENEWAL"), clean()).empty());
}

TEST(ConvTacitRenewal, SeedExcludesItSoNothing) {
    EXPECT_TRUE(run(rule("CONV-TACIT-RENEWAL"), seed()).empty());
}

TEST(ConvTacitRenewal, SilenceIsNotRenewal) {
    Dossier d = clean();
    conv(d).tacit_renewal.value = TacitRenewal::absent;
    EXPECT_TRUE(run(rule("CONV-TACIT-RENEWAL"), d).empty());
}

TEST(ConvTacitRenewal, AllowedIsAnUnconfirmedWarning) {
    Dossier d = clean();
    conv(d).tacit_renewal.value = TacitRenewal::allowed;
    const auto out = run(rule("CONV-TACIT-RENEWAL"), d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].severity, Severity::warning);
    EXPECT_EQ(out[0].location.path, "/convention/tacit_renewal");
    EXPECT_EQ(out[0].location.section, "article 3");
    EXPECT_EQ(facts(out[0]), (Facts{{"tacit_renewal", "allowed"}, {"unconfirmed", "true"}}));
    ASSERT_EQ(out[0].legal_basis.size(), 2u);
    EXPECT_EQ(out[0].legal_basis[1].to_string(), "CGCT art. L.3312-4");
}

// =============================================================================================
// CONV-REPORT-DEADLINE

TEST(ConvReportDeadline, CleanDossierHasNone) {
    EXPECT_TRUE(run(rule("CONV-REPORT-DEADLINE"), clean()).empty());
}

TEST(ConvReportDeadline, SeedStatedComputedAndLegalDatesAgree) {
    // 31/12/2023 + 6 mois = 30/06/2024 (CPC 641), written in art. 4 and 8, computed for art.
    // 12, and the legal compte rendu financier (end of 2023 + 6 months) is the same day: the
    // starting events differ (convention end / financial-year end) but not the dates.
    EXPECT_TRUE(run(rule("CONV-REPORT-DEADLINE"), seed()).empty());
}

TEST(ConvReportDeadline, WrittenDateContradictingItsOwnDelayIsAnError) {
    Dossier d = clean();
    conv(d).obligations.final_report->deadlines[1].date = Date(2025, 7, 31);
    const auto out = run(rule("CONV-REPORT-DEADLINE"), d);
    ASSERT_EQ(out.size(), 2u);
    EXPECT_EQ(out[0].severity, Severity::error);
    EXPECT_EQ(out[0].location.path, deadlines_path + "1");
    EXPECT_EQ(out[0].location.section, "article 8");
    EXPECT_EQ(facts(out[0]), (Facts{{"stated_date", "2025-07-31"},
                                    {"computed_date", "2025-06-30"},
                                    {"delay", "P6M"},
                                    {"start_event", "convention_end"},
                                    {"start_date", "2024-12-31"}}));
    // … and that written date is later than the legal compte rendu financier.
    EXPECT_EQ(out[1].severity, Severity::warning);
    EXPECT_EQ(out[1].location.path, deadlines_path + "1");
    EXPECT_EQ(facts(out[1]), (Facts{{"contractual_date", "2025-07-31"},
                                    {"legal_date", "2025-06-30"},
                                    {"contractual_start_event", "convention_end"},
                                    {"contractual_start", "2024-12-31"},
                                    {"legal_start_event", "financial_year_end"},
                                    {"legal_start", "2024-12-31"},
                                    {"grant_year", "2024"},
                                    {"other_document", "deliberation"},
                                    {"other_section", "article 1"},
                                    {"other_path", "/deliberation/grants/0/year"},
                                    {"other_text", d.deliberation->grants[0].amount.source.text}}));
}

TEST(ConvReportDeadline, WrittenDateMatchesItsDelayForEveryPeriodEnd) {
    // Property: for every period end from the clean period's start to the end of 2024, writing
    // add_months(end, 6) is consistent, and writing the next day is an error naming the
    // computed date.
    const Dossier base = clean();
    for (Date end(2024, 3, 18); end <= Date(2024, 12, 31); end += boost::gregorian::days(1)) {
        Dossier d = base;
        conv(d).period->value.end = end;
        auto& ds = conv(d).obligations.final_report->deadlines;
        const Date six = add_months(end, Months(6));
        ds[0].date = six;
        ds[1].date = six;
        for (const auto& diag : run(rule("CONV-REPORT-DEADLINE"), d))
            ASSERT_NE(diag.severity, Severity::error) << iso(end);
        ds[0].date = add_days(six, Days(1));
        const auto out = run(rule("CONV-REPORT-DEADLINE"), d);
        ASSERT_FALSE(out.empty()) << iso(end);
        ASSERT_EQ(out[0].severity, Severity::error);
        ASSERT_EQ(out[0].fact("computed_date"), iso(six));
        ASSERT_EQ(out[0].location.path, deadlines_path + "0");
    }
}

TEST(ConvReportDeadline, DeadlineBeyondTheHolidayCalendarIsNotComputedAndSaysWhy) {
    // Convention ending 1 January 2300: six months later is Sunday 1 July 2300, a day the
    // holiday calendar (1900–2299) cannot check; as `subvention deadline` refuses that year,
    // the rule states the limit instead of comparing an unchecked date.
    Dossier d = seed();
    conv(d).period->value.start = Date(2299, 1, 1);
    conv(d).period->value.end = Date(2300, 1, 1);
    const auto out = run(rule("CONV-REPORT-DEADLINE"), d);
    ASSERT_EQ(out.size(), 3u);
    for (const auto& diag : out) {
        EXPECT_EQ(diag.severity, Severity::info);
        EXPECT_EQ(diag.fact("reason"), "not_computable");
        EXPECT_NE(diag.message_fr.find("l'année 2300 est hors de la plage du calendrier des jours "
                                       "fériés (1900 à 2299)"),
                  std::string::npos)
            << diag.message_fr;
        EXPECT_EQ(diag.message_fr.find("1er juillet 2300"), std::string::npos);
    }
}

TEST(ConvReportDeadline, TwoStatementsFixingDifferentDatesIsAnError) {
    Dossier d = clean();
    auto& ds = conv(d).obligations.final_report->deadlines;
    ds.resize(2);
    ds[0].rule.reset(); // art. 4: « le 30 juin 2025 »
    ds[1].rule.reset(); // art. 8: « le 30 mai 2025 »
    ds[1].date = Date(2025, 5, 30);
    const auto out = run(rule("CONV-REPORT-DEADLINE"), d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].severity, Severity::error);
    EXPECT_EQ(out[0].location.path, deadlines_path + "1");
    EXPECT_EQ(out[0].fact("date"), "2025-05-30");
    EXPECT_EQ(out[0].fact("other_date"), "2025-06-30");
    EXPECT_EQ(out[0].fact("other_section"), "article 4 §1");
    EXPECT_EQ(out[0].fact("other_path"), deadlines_path + "0");
}

TEST(ConvReportDeadline, EarlierDeadlineCountedFromTheConventionsEndSaysTheEventsDiffer) {
    Dossier d = clean();
    conv(d).period->value.end = Date(2024, 9, 30);
    auto& ds = conv(d).obligations.final_report->deadlines;
    ds[0].date = Date(2025, 3, 30);
    ds[1].date = Date(2025, 3, 30);
    const auto out = run(rule("CONV-REPORT-DEADLINE"), d);
    ASSERT_EQ(out.size(), 1u); // one per distinct date, although three statements give it
    EXPECT_EQ(out[0].severity, Severity::info);
    EXPECT_EQ(out[0].location.path, deadlines_path + "0");
    EXPECT_EQ(facts(out[0]), (Facts{{"contractual_date", "2025-03-30"},
                                    {"legal_date", "2025-06-30"},
                                    {"contractual_start_event", "convention_end"},
                                    {"contractual_start", "2024-09-30"},
                                    {"legal_start_event", "financial_year_end"},
                                    {"legal_start", "2024-12-31"},
                                    {"grant_year", "2024"},
                                    {"other_document", "deliberation"},
                                    {"other_section", "article 1"},
                                    {"other_path", "/deliberation/grants/0/year"},
                                    {"other_text", d.deliberation->grants[0].amount.source.text}}));
}

TEST(ConvReportDeadline, EarlierWrittenDateWithoutWordingIsNotReported) {
    Dossier d = clean();
    single_written_deadline(d, Date(2025, 3, 31));
    EXPECT_TRUE(run(rule("CONV-REPORT-DEADLINE"), d).empty());
}

TEST(ConvReportDeadline, LaterWrittenDateIsAWarning) {
    Dossier d = clean();
    single_written_deadline(d, Date(2025, 9, 30));
    const auto out = run(rule("CONV-REPORT-DEADLINE"), d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].severity, Severity::warning);
    EXPECT_EQ(out[0].fact("contractual_date"), "2025-09-30");
    EXPECT_EQ(out[0].fact("legal_date"), "2025-06-30");
    EXPECT_EQ(out[0].fact("unconfirmed"), "");
    EXPECT_EQ(out[0].fact("contractual_start_event"), ""); // no wording: no event to compare
}

TEST(ConvReportDeadline, LaterOnlyByTheSundayShiftIsAnUnconfirmedWarning) {
    // Seed: the legal compte rendu financier of 2023 is due on Sunday 30/06/2024.
    Dossier d = seed();
    single_written_deadline(d, Date(2024, 7, 1));
    const auto out = run(rule("CONV-REPORT-DEADLINE"), d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].severity, Severity::warning);
    EXPECT_EQ(out[0].assumptions,
              (std::vector<std::string>{"crf_deadline_not_extended",
                                        "beneficiary_exercise_is_calendar_year"}));
    EXPECT_EQ(facts(out[0]), (Facts{{"contractual_date", "2024-07-01"},
                                    {"legal_date", "2024-06-30"},
                                    {"legal_date_shifted", "2024-07-01"},
                                    {"unconfirmed", "true"},
                                    {"legal_start_event", "financial_year_end"},
                                    {"legal_start", "2023-12-31"},
                                    {"grant_year", "2023"},
                                    {"other_document", "deliberation"},
                                    {"other_section", "article 1"},
                                    {"other_path", "/deliberation/grants/0/year"},
                                    {"other_text", d.deliberation->grants[0].amount.source.text}}));
}

TEST(ConvReportDeadline, LaterDateAssumesTheCalendarYearWhenTheExerciseIsNotStated) {
    Dossier d = clean();
    single_written_deadline(d, Date(2025, 9, 30));
    const auto out = run(rule("CONV-REPORT-DEADLINE"), d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].assumptions,
              (std::vector<std::string>{"beneficiary_exercise_is_calendar_year"}));
    EXPECT_NE(out[0].message_fr.find("ici l'année 2024"), std::string::npos) << out[0].message_fr;
    EXPECT_NE(out[0].message_fr.find("Sous réserve que l'exercice de l'organisme coïncide avec "
                                     "l'année civile"),
              std::string::npos);
    EXPECT_EQ(out[0].fact("beneficiary_exercise_end"), "");
}

TEST(ConvReportDeadline, TheBeneficiarysExerciseGovernsTheLegalDate) {
    // « six mois suivant la fin de l'exercice pour lequel elle a été attribuée »: an exercise
    // closed on 30/06/2025 puts the compte rendu financier on 30/12/2025 (CPC art. 641), so a
    // convention date of 30/09/2025 is no longer later than the law's, and one of 31/01/2026 is.
    Dossier d = clean();
    d.beneficiary_exercise_end = Stated<Date>{Date(2025, 6, 30), {DocumentKind::dossier, {}, {}}};
    single_written_deadline(d, Date(2025, 9, 30));
    EXPECT_TRUE(run(rule("CONV-REPORT-DEADLINE"), d).empty());

    single_written_deadline(d, Date(2026, 1, 31));
    const auto out = run(rule("CONV-REPORT-DEADLINE"), d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].severity, Severity::warning);
    EXPECT_EQ(out[0].fact("legal_date"), "2025-12-30");
    EXPECT_EQ(out[0].fact("legal_start"), "2025-06-30");
    EXPECT_EQ(out[0].fact("beneficiary_exercise_end"), "2025-06-30");
    EXPECT_TRUE(out[0].assumptions.empty());
    EXPECT_NE(out[0].message_fr.find("ici l'exercice de l'organisme clos le"), std::string::npos)
        << out[0].message_fr;
    EXPECT_EQ(out[0].message_fr.find("Sous réserve"), std::string::npos);
}

TEST(ConvReportDeadline, ASubsidyNotTiedToDeterminedExpensesIsAssumedEarmarked) {
    // The duty applies « lorsque la subvention est affectée à une dépense déterminée »: without
    // ceilings per action nor eligible expenses, the finding says it assumes so.
    Dossier d = clean();
    auto& c = conv(d);
    for (auto& a : c.actions)
        a.amount.reset();
    for (auto& a : c.articles)
        std::erase(a.subjects, ConventionSubject::eligible_expenses);
    std::erase_if(c.clauses, [](const Clause& k) {
        return k.kind == ClauseKind::eligible_expenses_in_period;
    });
    single_written_deadline(d, Date(2025, 9, 30));
    const auto out = run(rule("CONV-REPORT-DEADLINE"), d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(
        out[0].assumptions,
        (std::vector<std::string>{"subsidy_earmarked", "beneficiary_exercise_is_calendar_year"}));
    EXPECT_NE(out[0].message_fr.find("Sous réserve que la subvention soit affectée à une dépense "
                                     "déterminée"),
              std::string::npos);
}

TEST(ConvReportDeadline, WithoutGrantYearOnlyTheConventionItselfIsChecked) {
    Dossier d = clean();
    d.deliberation->grants[0].year.reset();
    single_written_deadline(d, Date(2025, 12, 31));
    EXPECT_TRUE(run(rule("CONV-REPORT-DEADLINE"), d).empty());
}

// =============================================================================================
// DEADLINE-NON-WORKING-DAY

TEST(DeadlineNonWorkingDay, CleanDossierHasNone) {
    EXPECT_TRUE(run(rule("DEADLINE-NON-WORKING-DAY"), clean()).empty());
}

TEST(DeadlineNonWorkingDay, SeedThirtiethOfJuneIsASundayReportedOnce) {
    Dossier d = seed();
    const auto out = run(rule("DEADLINE-NON-WORKING-DAY"), d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].rule, "DEADLINE-NON-WORKING-DAY");
    EXPECT_EQ(out[0].severity, Severity::info);
    EXPECT_EQ(out[0].location.document, DocumentKind::convention);
    EXPECT_EQ(out[0].location.section, "article 4 §1");
    EXPECT_EQ(out[0].location.path, deadlines_path + "0");
    const auto& art8 = conv(d).obligations.final_report->deadlines[1];
    EXPECT_EQ(facts(out[0]), (Facts{{"date", "2024-06-30"},
                                    {"weekday", "dimanche"},
                                    {"effective", "2024-07-01"},
                                    {"territory", "metropole"},
                                    {"contractual", "true"},
                                    {"sections", "article 4 §1; article 8; article 12"},
                                    {"paths", deadlines_path + "0; " + deadlines_path + "1; " +
                                                  deadlines_path + "2"},
                                    {"legal_rules", "compte-rendu-financier"},
                                    {"unconfirmed", "true"},
                                    {"report_deadline_extension", "none"},
                                    {"report_due", "2024-06-30"},
                                    {"other_document", "convention"},
                                    {"other_section", "article 8"},
                                    {"other_path", deadlines_path + "1"},
                                    {"other_text", art8.source.text}}));
    EXPECT_NE(out[0].message_fr.find("30 juin 2024"), std::string::npos);
    EXPECT_NE(out[0].message_fr.find("dimanche"), std::string::npos);
    EXPECT_NE(out[0].message_fr.find("s'il s'appliquait, l'échéance serait le lundi 1er juillet "
                                     "2024"),
              std::string::npos)
        << out[0].message_fr;
    EXPECT_NE(out[0].message_fr.find("Cette date est retenue, sous réserve que l'article 642"),
              std::string::npos);
    EXPECT_EQ(out[0].message_fr.find("non confirmé"), std::string::npos);
    ASSERT_EQ(out[0].legal_basis.size(), 1u);
    EXPECT_EQ(out[0].legal_basis[0].to_string(), "CPC art. 642");
}

TEST(DeadlineNonWorkingDay, EveryDayOf2025AsAWrittenDeadline) {
    // Property: a written date is reported iff it is not a working day in métropole, with the
    // CPC art. 642 date of calendar.hpp. The grant year is removed so that only the written
    // date is looked at.
    Dossier base = clean();
    base.deliberation->grants[0].year.reset();
    for (Date day(2025, 1, 1); day <= Date(2025, 12, 31); day += boost::gregorian::days(1)) {
        Dossier d = base;
        single_written_deadline(d, day);
        const auto out = run(rule("DEADLINE-NON-WORKING-DAY"), d);
        const bool working = is_working_day(day, Territory::metropole);
        ASSERT_EQ(out.size(), working ? 0u : 1u) << iso(day);
        if (working)
            continue;
        ASSERT_EQ(out[0].fact("date"), iso(day));
        ASSERT_EQ(out[0].fact("effective"),
                  iso(working_day_on_or_after(day, Territory::metropole)));
        ASSERT_EQ(out[0].fact("weekday"), weekday_name_fr(day));
        ASSERT_EQ(out[0].fact("holiday"),
                  holiday_name(day, Territory::metropole).value_or(std::string_view{}));
        ASSERT_EQ(out[0].fact("legal_rules"), "");
        ASSERT_EQ(out[0].fact("contractual"), "true");
    }
}

TEST(DeadlineNonWorkingDay, TerritoryComesFromTheContext) {
    // Friday 26 December 2025 is a holiday in Alsace-Moselle only.
    Dossier d = clean();
    d.deliberation->grants[0].year.reset();
    single_written_deadline(d, Date(2025, 12, 26));
    EXPECT_TRUE(run(rule("DEADLINE-NON-WORKING-DAY"), d).empty());
    const auto out = run(rule("DEADLINE-NON-WORKING-DAY"), d, Stage::draft, std::nullopt,
                         Territory::alsace_moselle);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].fact("territory"), "alsace-moselle");
    EXPECT_EQ(out[0].fact("weekday"), "vendredi");
    EXPECT_EQ(out[0].fact("effective"), "2025-12-29");
    EXPECT_EQ(out[0].fact("holiday"),
              holiday_name(Date(2025, 12, 26), Territory::alsace_moselle).value());
}

TEST(DeadlineNonWorkingDay, LegalDeadlineAloneIsNotContractual) {
    // Seed with the convention's date moved to a Friday: only the legal compte rendu financier
    // of 2023 (Sunday 30/06/2024) remains.
    Dossier d = seed();
    single_written_deadline(d, Date(2024, 6, 28));
    const auto out = run(rule("DEADLINE-NON-WORKING-DAY"), d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].location.path, "/deliberation/grants/0/year");
    EXPECT_EQ(out[0].location.document, DocumentKind::deliberation);
    EXPECT_EQ(facts(out[0]), (Facts{{"date", "2024-06-30"},
                                    {"weekday", "dimanche"},
                                    {"effective", "2024-07-01"},
                                    {"territory", "metropole"},
                                    {"contractual", "false"},
                                    {"legal_rules", "compte-rendu-financier"},
                                    {"unconfirmed", "true"},
                                    {"report_deadline_extension", "none"},
                                    {"report_due", "2024-06-30"}}));
    EXPECT_EQ(out[0].message_fr.find("date contractuelle"), std::string::npos);
}

TEST(DeadlineNonWorkingDay, DistinctDatesAreReportedSeparatelyInOrder) {
    Dossier d = clean();
    d.deliberation->grants[0].year.reset();
    auto& ds = conv(d).obligations.final_report->deadlines;
    ds.resize(2);
    ds[0].rule.reset();
    ds[1].rule.reset();
    ds[0].date = Date(2025, 7, 14); // Monday, Fête nationale
    ds[1].date = Date(2025, 7, 13); // Sunday
    const auto out = run(rule("DEADLINE-NON-WORKING-DAY"), d);
    ASSERT_EQ(out.size(), 2u);
    EXPECT_EQ(out[0].fact("date"), "2025-07-14");
    EXPECT_EQ(out[0].fact("holiday"), "Fête nationale");
    EXPECT_EQ(out[0].fact("effective"), "2025-07-15");
    EXPECT_NE(out[0].message_fr.find("est un jour férié (Fête nationale)"), std::string::npos);
    EXPECT_EQ(out[0].fact("other_path"), ""); // a single place
    EXPECT_EQ(out[1].fact("date"), "2025-07-13");
    EXPECT_EQ(out[1].fact("effective"), "2025-07-15");
    EXPECT_EQ(out[1].location.path, deadlines_path + "1");
}

TEST(DeadlineNonWorkingDay, SundayHolidayIsNamedAsBoth) {
    Dossier d = clean();
    d.deliberation->grants[0].year.reset();
    single_written_deadline(d, Date(2024, 7, 14)); // Sunday, Fête nationale
    const auto out = run(rule("DEADLINE-NON-WORKING-DAY"), d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_NE(out[0].message_fr.find("un dimanche et un jour férié (Fête nationale)"),
              std::string::npos);
}

TEST(DeadlineNonWorkingDay, OpenDataDeadlineIsLookedAtWhenComputable) {
    Dossier d = clean();
    conv(d).signature.date.value = Date(2024, 4, 6); // + 3 months = Saturday 6 July 2024
    const auto out = run(rule("DEADLINE-NON-WORKING-DAY"), d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].location.path, "/convention/signature/date");
    EXPECT_EQ(facts(out[0]), (Facts{{"date", "2024-07-06"},
                                    {"weekday", "samedi"},
                                    {"effective", "2024-07-08"},
                                    {"territory", "metropole"},
                                    {"contractual", "false"},
                                    {"legal_rules", "donnees-essentielles"},
                                    {"unconfirmed", "true"},
                                    {"report_deadline_extension", "none"}}));
}

TEST(DeadlineNonWorkingDay, DatesOutsideTheHolidayCalendarDoNotThrow) {
    Dossier d = clean();
    d.deliberation->grants[0].year.reset();
    single_written_deadline(d, Date(2400, 1, 1));
    EXPECT_TRUE(run(rule("DEADLINE-NON-WORKING-DAY"), d).empty());
}

// =============================================================================================
// PUBLICATION-OPEN-DATA

TEST(PublicationOpenData, CleanDossierStatesThePublicationDate) {
    // The clean dossier's only diagnostic of the group: signed 02/04/2024, to be published by
    // 02/07/2024.
    const auto out = run(rule("PUBLICATION-OPEN-DATA"), clean());
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].severity, Severity::info);
    EXPECT_EQ(out[0].location.path, "/convention/signature/date");
    EXPECT_EQ(facts(out[0]), (Facts{{"signature_date", "2024-04-02"},
                                    {"deadline", "2024-07-02"},
                                    {"published", "false"},
                                    {"delay", "P3M"},
                                    {"amount", "57000.00"},
                                    {"threshold", "23000.00"},
                                    {"grantor_form", "departement"}}));
    EXPECT_NE(out[0].message_fr.find("2 juillet 2024"), std::string::npos);
}

TEST(PublicationOpenData, SeedSignatureBlankSoTheDeadlineCannotBeComputed) {
    const auto out = run(rule("PUBLICATION-OPEN-DATA"), seed());
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].rule, "PUBLICATION-OPEN-DATA");
    EXPECT_EQ(out[0].severity, Severity::info);
    EXPECT_EQ(out[0].location.document, DocumentKind::convention);
    EXPECT_EQ(out[0].location.section, "signature");
    EXPECT_EQ(out[0].location.text, "A Arras, le");
    EXPECT_EQ(out[0].location.path, "/convention/signature/date");
    EXPECT_EQ(facts(out[0]), (Facts{{"reason", "signature_date_blank"},
                                    {"delay", "P3M"},
                                    {"amount", "57000.00"},
                                    {"threshold", "23000.00"},
                                    {"grantor_form", "departement"}}));
    EXPECT_NE(out[0].message_fr.find("ne peut pas être calculée"), std::string::npos);
}

TEST(PublicationOpenData, DeadlineIsThreeMonthsByCpc641ForEverySignatureDay) {
    // Property over every signature day of 2024–2025: deadline == add_months(signature, 3)
    // (31/03 → 30/06, 30/11 → 28/02…).
    const Dossier base = clean();
    for (Date sig(2024, 1, 1); sig <= Date(2025, 12, 31); sig += boost::gregorian::days(1)) {
        Dossier d = base;
        conv(d).signature.date.value = sig;
        const auto out = run(rule("PUBLICATION-OPEN-DATA"), d);
        ASSERT_EQ(out.size(), 1u);
        ASSERT_EQ(out[0].fact("deadline"), iso(add_months(sig, Months(3))));
        ASSERT_EQ(out[0].fact("signature_date"), iso(sig));
    }
}

TEST(PublicationOpenData, PublishedInTimeGivesNothingLateIsAWarning) {
    Dossier d = clean();
    d.open_data_publication =
        Stated<Date>{Date(2024, 7, 2), SourceRef{DocumentKind::dossier, "", "data.gouv.fr"}};
    EXPECT_TRUE(run(rule("PUBLICATION-OPEN-DATA"), d).empty());
    d.open_data_publication->value = Date(2024, 7, 3);
    const auto out = run(rule("PUBLICATION-OPEN-DATA"), d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].severity, Severity::warning);
    EXPECT_EQ(out[0].location.path, "/open_data_publication");
    EXPECT_EQ(facts(out[0]), (Facts{{"publication_date", "2024-07-03"},
                                    {"signature_date", "2024-04-02"},
                                    {"deadline", "2024-07-02"},
                                    {"delay", "P3M"},
                                    {"amount", "57000.00"},
                                    {"threshold", "23000.00"},
                                    {"grantor_form", "departement"}}));
}

TEST(PublicationOpenData, LateOnlyByTheWeekendShiftSaysUnconfirmed) {
    Dossier d = clean();
    conv(d).signature.date.value = Date(2024, 4, 6); // deadline Saturday 6 July 2024
    d.open_data_publication =
        Stated<Date>{Date(2024, 7, 8), SourceRef{DocumentKind::dossier, "", "data.gouv.fr"}};
    const auto out = run(rule("PUBLICATION-OPEN-DATA"), d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].severity, Severity::warning);
    EXPECT_EQ(out[0].fact("deadline"), "2024-07-06");
    EXPECT_EQ(out[0].fact("deadline_shifted"), "2024-07-08");
    EXPECT_EQ(out[0].fact("unconfirmed"), "true");
}

TEST(PublicationOpenData, NotAboveTheThresholdGivesNothing) {
    Dossier d = clean();
    d.deliberation->grants[0].amount.value = Euros::from_euros(23'000);
    EXPECT_TRUE(run(rule("PUBLICATION-OPEN-DATA"), d).empty());
    d.deliberation->grants[0].amount.value = Euros::from_cents(2'300'001);
    EXPECT_EQ(run(rule("PUBLICATION-OPEN-DATA"), d).size(), 1u);
}

TEST(PublicationOpenData, ConventionsSignedBeforeAugust2017AreNotConcerned) {
    Dossier d = clean();
    conv(d).signature.date.value = Date(2017, 7, 31);
    EXPECT_TRUE(run(rule("PUBLICATION-OPEN-DATA"), d).empty());
    conv(d).signature.date.value = Date(2017, 8, 1);
    const auto out = run(rule("PUBLICATION-OPEN-DATA"), d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].fact("deadline"), "2017-11-01");
}

TEST(PublicationOpenData, CommunePopulationIsAnUnverifiedCondition) {
    Dossier d = clean();
    conv(d).grantor.legal_form = LegalForm::commune;
    const auto out = run(rule("PUBLICATION-OPEN-DATA"), d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].fact("grantor_form"), "commune");
    EXPECT_EQ(out[0].fact("population_unverified"), "true");
    EXPECT_NE(out[0].message_fr.find("3 500 habitants"), std::string::npos);
}

TEST(PublicationOpenData, UnknownAmountCannotBeAssessed) {
    Dossier d = clean();
    d.deliberation.reset();
    d.rapport.reset();
    for (auto& a : conv(d).actions)
        a.amount.reset();
    const auto out = run(rule("PUBLICATION-OPEN-DATA"), d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].fact("reason"), "amount_unknown");
}

// =============================================================================================
// CONV-CER

TEST(ConvCer, CleanDossierHasNone) {
    EXPECT_TRUE(run(rule("CONV-CER"), clean()).empty());
}

TEST(ConvCer, SeedAssociationWithoutClauseIsAnInfo) {
    // The commitment belongs to the request, not to the convention: no legal effect.
    const auto out = run(rule("CONV-CER"), seed());
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].rule, "CONV-CER");
    EXPECT_EQ(out[0].severity, Severity::info);
    EXPECT_EQ(out[0].location.document, DocumentKind::convention);
    EXPECT_EQ(out[0].location.path, "/convention/clauses");
    EXPECT_EQ(facts(out[0]), (Facts{{"beneficiary_form", "association"},
                                    {"clause_present", "false"},
                                    {"cer_in_force", "2022-01-02"},
                                    {"as_of", "2023-03-20"},
                                    {"required_in_convention", "false"}}));
    EXPECT_NE(out[0].message_fr.find("n'est pas exigée dans la convention"), std::string::npos);
    EXPECT_NE(out[0].message_fr.find("Sous réserve de la date de la demande"), std::string::npos);
    EXPECT_EQ(out[0].assumptions, (std::vector<std::string>{"request_date_unknown"}));
    ASSERT_EQ(out[0].legal_basis.size(), 2u);
    EXPECT_EQ(out[0].legal_basis[0].to_string(), "loi 2000-321 art. 10-1");
}

TEST(ConvCer, CleanWithoutTheClauseIsAnInfo) {
    Dossier d = clean();
    std::erase_if(conv(d).clauses, [](const Clause& c) {
        return c.kind == ClauseKind::contrat_engagement_republicain;
    });
    const auto out = run(rule("CONV-CER"), d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].severity, Severity::info);
    EXPECT_EQ(out[0].fact("as_of"), "2024-03-18");
}

TEST(ConvCer, OnlyAssociationsAndFoundations) {
    Dossier d = seed();
    conv(d).beneficiary.legal_form = LegalForm::company;
    EXPECT_TRUE(run(rule("CONV-CER"), d).empty());
    conv(d).beneficiary.legal_form = LegalForm::foundation;
    const auto out = run(rule("CONV-CER"), d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].fact("beneficiary_form"), "foundation");
}

TEST(ConvCer, InForceFromTheSecondOfJanuary2022) {
    const Dossier d = seed();
    EXPECT_TRUE(run(rule("CONV-CER"), d, Stage::draft, Date(2022, 1, 1)).empty());
    const auto out = run(rule("CONV-CER"), d, Stage::draft, Date(2022, 1, 2));
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].fact("as_of"), "2022-01-02");
}

TEST(ConvCer, TheRequestDateGovernsWhenKnownNotTheActDate) {
    Dossier d = seed(); // act of 20/03/2023
    d.request_date = Stated<Date>{Date(2021, 12, 15), {DocumentKind::dossier, {}, {}}};
    EXPECT_TRUE(run(rule("CONV-CER"), d).empty()); // request filed before 2 January 2022

    d.request_date->value = Date(2022, 1, 2);
    const auto out = run(rule("CONV-CER"), d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].severity, Severity::info);
    EXPECT_EQ(out[0].fact("request_date"), "2022-01-02");
    EXPECT_TRUE(out[0].assumptions.empty());
    EXPECT_EQ(out[0].message_fr.find("Sous réserve"), std::string::npos);

    // A request of 2022 answered by an act evaluated before: the request still governs.
    EXPECT_EQ(run(rule("CONV-CER"), d, Stage::draft, Date(2021, 12, 31)).size(), 1u);
}

} // namespace

} // namespace test_rules_convention_test
