// SPDX-License-Identifier: Apache-2.0
// PAYMENT-DEADLINE: a convention that schedules its payments by a date or an event gives nothing
// (the clean dossier, the seed); without such terms the sixty days from the notification apply —
// an info on the convention, a warning for a payment made after them, an info when the
// notification date is unknown; nothing for decisions notified before 3 July 2021.
#include <gtest/gtest.h>

#include <subvention/compliance/checker.hpp>
#include <subvention/examples/apes_2023.hpp>

#include "support/clean_dossier.hpp"
#include "support/rules.hpp"

namespace test_rule_payment_deadline_test {
namespace {

using namespace subvention;
using namespace subvention::compliance;
using subvention::testing::cited;

std::vector<Diagnostic> run(const Dossier& d) {
    return subvention::testing::run(subvention::testing::rule("PAYMENT-DEADLINE"), d);
}

/// The clean dossier whose single payment has no trigger, notified on `notified`.
Dossier untriggered(std::optional<Date> notified = Date(2024, 3, 25)) {
    Dossier d = subvention::testing::clean_dossier();
    d.convention->payment_schedule.payments.at(0).trigger = PaymentTrigger::other;
    if (notified)
        d.notification_date = Stated<Date>{*notified, {DocumentKind::dossier, {}, {}}};
    return d;
}

void pay(Dossier& d, Date when) {
    d.execution = Execution{};
    d.execution->payments = {
        PaymentMade{when, Euros::from_cents(5'700'000), std::nullopt, "Mandat 2024-00057"}};
}

TEST(PaymentDeadline, AConventionThatSchedulesItsPaymentsGivesNothing) {
    EXPECT_TRUE(run(subvention::testing::clean_dossier()).empty());
    EXPECT_TRUE(run(examples::apes_2023()).empty()); // « après la signature »: an event
}

TEST(PaymentDeadline, APaymentWithoutTriggerGivesAnInfoWithTheDeadline) {
    const auto out = run(untriggered());
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].severity, Severity::info);
    EXPECT_EQ(out[0].location.path, "/convention/payment_schedule");
    EXPECT_EQ(out[0].fact("deadline"), "2024-05-24");
    EXPECT_EQ(out[0].fact("delay"), "P60D");
    EXPECT_EQ(cited(out[0].legal_basis), (std::vector<std::string>{"loi 2000-321 art. 10"}));
    EXPECT_NE(out[0].message_fr.find("au plus tard le 24 mai 2024"), std::string::npos)
        << out[0].message_fr;
}

TEST(PaymentDeadline, AConventionWithoutPaymentGivesAnInfo) {
    Dossier d = untriggered(std::nullopt);
    d.convention->payment_schedule.payments.clear();
    const auto out = run(d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].severity, Severity::info);
    EXPECT_EQ(out[0].fact("scheduled_payments"), "0");
    EXPECT_EQ(out[0].fact("deadline"), "");
}

TEST(PaymentDeadline, APaymentAfterTheSixtiethDayIsAWarning) {
    Dossier d = untriggered();
    pay(d, Date(2024, 5, 27));
    const auto out = run(d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].severity, Severity::warning);
    EXPECT_EQ(out[0].location.path, "/execution/payments/0");
    EXPECT_EQ(out[0].fact("days_late"), "3");
    EXPECT_EQ(out[0].fact("deadline"), "2024-05-24");
    EXPECT_EQ(out[0].fact("late_payments"), "1");
    EXPECT_EQ(out[0].assumptions, (std::vector<std::string>{"late_payment_interest_unverified"}));
    EXPECT_NE(out[0].message_fr.find("3 jours après"), std::string::npos) << out[0].message_fr;
}

TEST(PaymentDeadline, APaymentOnTheSixtiethDayIsInTime) {
    Dossier d = untriggered();
    pay(d, Date(2024, 5, 24));
    EXPECT_TRUE(run(d).empty());
}

TEST(PaymentDeadline, ALatePaymentUnderTheConventionsOwnTermsIsNotReported) {
    Dossier d = subvention::testing::clean_dossier();
    d.notification_date = Stated<Date>{Date(2024, 3, 25), {DocumentKind::dossier, {}, {}}};
    pay(d, Date(2024, 9, 1));
    EXPECT_TRUE(run(d).empty());
}

TEST(PaymentDeadline, PaymentsWithoutTheNotificationDateGiveAnInfo) {
    Dossier d = untriggered(std::nullopt);
    pay(d, Date(2024, 9, 1));
    const auto out = run(d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].severity, Severity::info);
    EXPECT_EQ(out[0].location.path, "/notification_date");
}

TEST(PaymentDeadline, DecisionsNotifiedBefore3July2021AreNotConcerned) {
    Dossier d = untriggered(Date(2021, 7, 2));
    pay(d, Date(2021, 12, 1));
    EXPECT_TRUE(run(d).empty());
    d.notification_date->value = Date(2021, 7, 3);
    const auto out = run(d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].severity, Severity::warning);
}

} // namespace
} // namespace test_rule_payment_deadline_test
