// SPDX-License-Identifier: Apache-2.0
// DELIB-EXECUTORY: the clean dossier (deliberation of 18/03/2024 transmitted and published on
// 20/03/2024, convention signed on 02/04/2024) gives nothing; a signature or a payment before the
// transmission or the publication is a warning; missing dates give one info; a draft with nothing
// done on the deliberation's authority gives nothing.
#include <gtest/gtest.h>

#include <subvention/compliance/checker.hpp>
#include <subvention/examples/apes_2023.hpp>

#include "support/clean_dossier.hpp"
#include "support/rules.hpp"

namespace test_rule_delib_executory_test {
namespace {

using namespace subvention;
using namespace subvention::compliance;
using subvention::testing::cited;

std::vector<Diagnostic> run(const Dossier& d, Stage stage = Stage::draft) {
    return subvention::testing::run(subvention::testing::rule("DELIB-EXECUTORY"), d, stage);
}

Stated<Date> stated(Date d) {
    return Stated<Date>{d, {DocumentKind::deliberation, "mentions", "reçu en préfecture"}};
}

PaymentMade payment(Date d) {
    return PaymentMade{d, Euros::from_cents(5'700'000), std::nullopt, "Mandat 1"};
}

TEST(DelibExecutory, CleanDossierGivesNothing) {
    EXPECT_TRUE(run(subvention::testing::clean_dossier()).empty());
}

TEST(DelibExecutory, SignatureBeforeTransmissionIsAWarningCitingTheContractCaseLaw) {
    Dossier d = subvention::testing::clean_dossier();
    d.deliberation->transmission_date = stated(Date(2024, 4, 5));
    const auto out = run(d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].severity, Severity::warning);
    EXPECT_EQ(out[0].location.path, "/convention/signature/date");
    EXPECT_EQ(out[0].fact("act"), "signature");
    EXPECT_EQ(out[0].fact("signature_date"), "2024-04-02");
    EXPECT_EQ(out[0].fact("transmission_date"), "2024-04-05");
    EXPECT_EQ(out[0].fact("executory_date"), "2024-04-05");
    EXPECT_EQ(
        cited(out[0].legal_basis),
        (std::vector<std::string>{"CGCT art. L.3131-1", "CGCT art. L.3131-2",
                                  "CE, Ass., 28 décembre 2009, Commune de Béziers, n° 304802",
                                  "CE, 10 décembre 2010, Communes d'Amigny-Rouy et de Servais"}));
    // The version of L.3131-1 in force at the act's date (2024): the 2022 rewriting.
    EXPECT_NE(out[0].legal_basis[0].version.find("2021-1310"), std::string::npos);
    EXPECT_NE(out[0].message_fr.find("transmise au représentant de l'État que le 5 avril 2024"),
              std::string::npos)
        << out[0].message_fr;
}

TEST(DelibExecutory, SignatureOnTheDayOfTheTransmissionIsSilent) {
    Dossier d = subvention::testing::clean_dossier();
    d.deliberation->transmission_date = stated(Date(2024, 4, 2));
    d.deliberation->publication_date = stated(Date(2024, 4, 2));
    EXPECT_TRUE(run(d).empty());
}

TEST(DelibExecutory, SignatureBeforeThePublicationIsAWarning) {
    Dossier d = subvention::testing::clean_dossier();
    d.deliberation->publication_date = stated(Date(2024, 4, 3));
    const auto out = run(d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].severity, Severity::warning);
    EXPECT_EQ(out[0].fact("publication_date"), "2024-04-03");
}

TEST(DelibExecutory, AnEarlierNotificationMakesTheDeliberationKnown) {
    Dossier d = subvention::testing::clean_dossier();
    d.deliberation->publication_date = stated(Date(2024, 4, 10));
    d.notification_date = Stated<Date>{Date(2024, 3, 25), {DocumentKind::dossier, {}, {}}};
    EXPECT_TRUE(run(d).empty());
}

TEST(DelibExecutory, PaymentBeforeTheTransmissionIsAWarningWithItsReservation) {
    Dossier d = subvention::testing::clean_dossier();
    d.execution = Execution{};
    d.execution->payments = {payment(Date(2024, 3, 19))};
    const auto out = run(d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].severity, Severity::warning);
    EXPECT_EQ(out[0].location.path, "/execution/payments/0");
    EXPECT_EQ(out[0].fact("act"), "payment");
    EXPECT_EQ(out[0].fact("amount"), "57000.00");
    EXPECT_EQ(out[0].assumptions, (std::vector<std::string>{"early_payment_effect_unsettled"}));
    EXPECT_EQ(cited(out[0].legal_basis),
              (std::vector<std::string>{"CGCT art. L.3131-1", "CGCT art. L.3131-2"}));
}

TEST(DelibExecutory, UnknownDatesGiveOneInfoNamingEveryAct) {
    Dossier d = subvention::testing::clean_dossier();
    d.deliberation->transmission_date.reset();
    d.deliberation->publication_date.reset();
    d.execution = Execution{};
    d.execution->payments = {payment(Date(2024, 4, 15))};
    const auto out = run(d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].severity, Severity::info);
    EXPECT_EQ(out[0].fact("acts"), "signature,payment");
    EXPECT_EQ(out[0].fact("transmission_known"), "false");
    EXPECT_EQ(out[0].fact("made_known_known"), "false");
    EXPECT_NE(out[0].message_fr.find("avant la signature de la convention du 2 avril 2024 et le "
                                     "versement du 15 avril 2024"),
              std::string::npos)
        << out[0].message_fr;
}

TEST(DelibExecutory, ADraftWithNothingDoneOnItsAuthorityIsSilent) {
    // The seed: draft convention, signature date blank, no payment, no transmission date.
    EXPECT_TRUE(run(examples::apes_2023()).empty());
}

TEST(DelibExecutory, ASignedConventionWithABlankDateGivesOneInfo) {
    const auto out = run(examples::apes_2023(), Stage::signed_);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].severity, Severity::info);
    EXPECT_EQ(out[0].fact("signature_date_blank"), "true");
    EXPECT_NE(out[0].message_en.find("the signature date of the convention"), std::string::npos)
        << out[0].message_en;
}

TEST(DelibExecutory, ASignatureBeforeTheMeetingIsLeftToDelibDatesOrder) {
    Dossier d = subvention::testing::clean_dossier();
    d.convention->signature.date.value = Date(2024, 3, 15);
    EXPECT_TRUE(run(d).empty());
}

TEST(DelibExecutory, AnActBeforeJuly2022CitesThe2015Text) {
    Dossier d = subvention::testing::clean_dossier();
    d.deliberation->transmission_date = stated(Date(2024, 4, 5));
    const auto out = subvention::testing::run(subvention::testing::rule("DELIB-EXECUTORY"), d,
                                              Date(2022, 6, 30));
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].legal_basis[0].version.rfind("consolidated text of late 2015", 0), 0u);
}

} // namespace
} // namespace test_rule_delib_executory_test
