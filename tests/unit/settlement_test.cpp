// SPDX-License-Identifier: Apache-2.0
// Tests of settle() (settlement.hpp): worked examples on the APES 2023 convention (seed art. 6:
// 24 000 € for the three axes, action 1; 33 000 € for the experimental action, action 2; one
// payment of 57 000 € after signature, art. 7; period 01/01/2023–31/12/2023, art. 3; final report
// within six months of the end, art. 4 and 8; recovery, art. 12), with the arithmetic written
// beside each expectation; then property tests over random conventions and reports (fixed seed).
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include <subvention/examples/apes_2023.hpp>
#include <subvention/settlement.hpp>

// Each suite in its own namespace: the suites of a group are compiled together (unity build).
namespace test_settlement_test {

namespace {

using namespace subvention;
using namespace subvention::literals;

Convention apes() {
    static const Convention c = examples::apes_2023_convention();
    return c;
}

/// Forecasts (budget prévisionnel, CERFA 12156) of the two APES actions, balanced:
///  action 1: charges 64 30 000 + 62 10 000 = 40 000; resources 74 Département 24 000 +
///            74 Région 10 000 + 70 prestations 6 000 = 40 000;
///  action 2: charges 64 40 000 + 61 4 000 = 44 000; resources 74 Département 33 000 +
///            75 cotisations 11 000 = 44 000.
std::vector<BudgetForecast> apes_forecasts() {
    BudgetForecast a1{
        0,
        {{{ChargeAccount::charges_de_personnel, "Salaires", 30'000_eur},
          {ChargeAccount::autres_services_exterieurs, "Honoraires", 10'000_eur}},
         {{ResourceAccount::subventions_exploitation, "Département", 24'000_eur, true},
          {ResourceAccount::subventions_exploitation, "Région", 10'000_eur, false},
          {ResourceAccount::ventes_prestations, "Prestations", 6'000_eur, false}}},
        {}};
    BudgetForecast a2{
        1,
        {{{ChargeAccount::charges_de_personnel, "Salaires", 40'000_eur},
          {ChargeAccount::services_exterieurs, "Locations", 4'000_eur}},
         {{ResourceAccount::subventions_exploitation, "Département", 33'000_eur, true},
          {ResourceAccount::autres_produits_gestion, "Cotisations", 11'000_eur, false}}},
        {}};
    return {a1, a2};
}

std::vector<PaymentMade> apes_payments() {
    return {PaymentMade{Date(2023, 4, 14), 57'000_eur, std::nullopt, "Mandat 2023-1234"}};
}

Expense expense(Date d, Euros amount, std::size_t action, std::string label = "dépense") {
    return Expense{d, amount, std::move(label), action, ChargeAccount::charges_de_personnel, {}};
}

/// A report spending `a1` on action 1 and `a2` on action 2, sent on `sent`.
FinalReport report(Euros a1, Euros a2, Date sent = Date(2024, 6, 14)) {
    FinalReport r;
    r.sent_on = sent;
    r.expenses = {expense(Date(2023, 6, 30), a1, 0, "Axes 1 à 3"),
                  expense(Date(2023, 9, 30), a2, 1, "Action expérimentale")};
    return r;
}

SettlementPolicy proportional(Rounding mode, RoundingPoint point) {
    SettlementPolicy p(mode, point);
    p.proportional_reduction = true;
    return p;
}

Settlement settled(const FinalReport& r, const SettlementPolicy& p,
                   std::optional<Date> titre = std::nullopt) {
    auto s = settle(apes(), apes_payments(), r, apes_forecasts(), p, titre);
    EXPECT_TRUE(s.ok()) << (s.ok() ? "" : s.error().message);
    return std::move(s).value();
}

// ---------------------------------------------------------------------------------------------
// Worked examples

TEST(SettleApes, FullySpentGivesTheCeilingsAndABalanceOfZero) {
    // Action 1: eligible 40 000 = forecast 40 000 → no reduction → 24 000.
    // Action 2: eligible 44 000 = forecast 44 000 → 33 000.
    // Final grant 24 000 + 33 000 = 57 000; paid 57 000; balance 57 000 − 57 000 = 0.
    const auto s = settled(report(40'000_eur, 44'000_eur),
                           proportional(Rounding::half_up, RoundingPoint::per_action));
    ASSERT_EQ(s.actions.size(), 2U);
    EXPECT_EQ(s.actions[0].grant, 24'000_eur);
    EXPECT_EQ(s.actions[1].grant, 33'000_eur);
    EXPECT_EQ(s.actions[0].achievement, Rate::from_percent(100));
    EXPECT_EQ(s.ceiling_total, 57'000_eur);
    EXPECT_EQ(s.final_grant, 57'000_eur);
    EXPECT_EQ(s.payments_made, 57'000_eur);
    EXPECT_EQ(s.balance, 0_eur);
    EXPECT_EQ(s.to_recover, 0_eur);
    EXPECT_FALSE(s.recovery.has_value());
    ASSERT_TRUE(s.report.has_value());
    EXPECT_FALSE(s.report->late());
}

TEST(SettleApes, ExperimentalActionUnderSpentByTwentyPercentIsReducedInProportion) {
    // Action 2: eligible 35 200 = 44 000 × 80 %; achievement 35 200 / 44 000 = 80 %;
    // grant 33 000 × 35 200 / 44 000 = 26 400 (exact, no rounding needed).
    // Final 24 000 + 26 400 = 50 400; paid 57 000 → recovery 57 000 − 50 400 = 6 600.
    const auto s = settled(report(40'000_eur, 35'200_eur),
                           proportional(Rounding::half_up, RoundingPoint::per_action));
    EXPECT_EQ(s.actions[1].achievement, Rate::from_percent(80));
    EXPECT_EQ(s.actions[1].grant, 26'400_eur);
    EXPECT_EQ(s.final_grant, 50'400_eur);
    EXPECT_EQ(s.balance, 0_eur);
    EXPECT_EQ(s.to_recover, 6'600_eur);
    ASSERT_TRUE(s.recovery.has_value());
    EXPECT_EQ(s.recovery->amount, 6'600_eur);
    EXPECT_EQ(s.recovery->grounds, std::vector<RecoveryGround>{RecoveryGround::unused_sums});
    EXPECT_FALSE(s.recovery->may_demand_total.has_value());
    // The steps name the calculation.
    const std::string text = s.text_fr();
    EXPECT_NE(text.find("Action 2 : taux de réalisation 35\u202F200,00\u00A0€ / "
                        "44\u202F000,00\u00A0€ = 80\u00A0%."),
              std::string::npos)
        << text;
    EXPECT_NE(text.find("Action 2 : réduction proportionnelle 33\u202F000,00\u00A0€ × "
                        "35\u202F200,00\u00A0€ / 44\u202F000,00\u00A0€ = 26\u202F400,00\u00A0€."),
              std::string::npos)
        << text;
    EXPECT_NE(text.find("Reversement à demander 57\u202F000,00\u00A0€ − 50\u202F400,00\u00A0€ = "
                        "6\u202F600,00\u00A0€"),
              std::string::npos)
        << text;
}

TEST(SettleApes, ToleranceKeepsUnderSpendingUpToItsRateAndNotBeyond) {
    // Tolerance 20 %: 80 % ≥ 1 − 20 % → no reduction → 57 000, balance 0.
    auto p = proportional(Rounding::half_up, RoundingPoint::per_action);
    p.tolerance = Rate::from_percent(20);
    auto s = settled(report(40'000_eur, 35'200_eur), p);
    EXPECT_TRUE(s.actions[1].within_tolerance);
    EXPECT_EQ(s.final_grant, 57'000_eur);
    EXPECT_EQ(s.to_recover, 0_eur);
    // Tolerance 10 %: 80 % < 90 % → reduced as without tolerance: 26 400, recovery 6 600.
    p.tolerance = Rate::from_percent(10);
    s = settled(report(40'000_eur, 35'200_eur), p);
    EXPECT_FALSE(s.actions[1].within_tolerance);
    EXPECT_EQ(s.actions[1].grant, 26'400_eur);
    EXPECT_EQ(s.to_recover, 6'600_eur);
    // Exactly at the edge, one cent below: 39 599,99 / 44 000 < 90 % → reduced:
    // 33 000 × 3 959 999 / 4 400 000 cents = 2 969 999,25 cents → half_up 2 969 999 = 29 699,99.
    s = settled(report(40'000_eur, Euros::from_cents(3'959'999)), p);
    EXPECT_EQ(s.actions[1].grant, Euros::from_cents(2'969'999));
    // 39 600,00 / 44 000 = 90 % → kept.
    s = settled(report(40'000_eur, 39'600_eur), p);
    EXPECT_EQ(s.actions[1].grant, 33'000_eur);
}

TEST(SettleApes, RoundingModeAndPointAreBothExplicitAndChangeTheCents) {
    // Action 1: eligible 33 333,33 of 40 000: 2 400 000 × 3 333 333 / 4 000 000
    //           = 1 999 999,8 cents.
    // Action 2: eligible 33 333,33 of 44 000: 3 300 000 × 3 333 333 / 4 400 000
    //           = 2 499 999,75 cents.
    // Exact total 4 499 999,55 cents.
    const Euros e = Euros::from_cents(3'333'333);
    // down, per action: 1 999 999 + 2 499 999 = 4 499 998 → 44 999,98 €.
    auto s = settled(report(e, e), proportional(Rounding::down, RoundingPoint::per_action));
    EXPECT_EQ(s.actions[0].grant, Euros::from_cents(1'999'999));
    EXPECT_EQ(s.actions[1].grant, Euros::from_cents(2'499'999));
    EXPECT_EQ(s.final_grant, Euros::from_cents(4'499'998));
    // down, on the total: floor(4 499 999,55) = 4 499 999 → 44 999,99 €; no per-action rounding.
    s = settled(report(e, e), proportional(Rounding::down, RoundingPoint::on_total));
    EXPECT_FALSE(s.actions[0].grant.has_value());
    EXPECT_EQ(s.actions[0].exact_grant, Rate::rational(9'999'999, 5));
    EXPECT_EQ(s.actions[1].exact_grant, Rate::rational(9'999'999, 4));
    EXPECT_EQ(s.final_grant, Euros::from_cents(4'499'999));
    // half_up, per action: 2 000 000 + 2 500 000 = 4 500 000 → 45 000,00 €.
    s = settled(report(e, e), proportional(Rounding::half_up, RoundingPoint::per_action));
    EXPECT_EQ(s.final_grant, 45'000_eur);
    // half_up, on the total: 4 499 999,55 → 4 500 000 → 45 000,00 €.
    s = settled(report(e, e), proportional(Rounding::half_up, RoundingPoint::on_total));
    EXPECT_EQ(s.final_grant, 45'000_eur);
    // payments 57 000 + balance 0 − recovery 12 000 = 45 000.
    EXPECT_EQ(s.to_recover, 12'000_eur);
}

TEST(SettleApes, ReportSentOnMondayFirstJulyIsOnTimeWhenCpc642IsApplied) {
    // End 31/12/2023 + 6 months (CPC 641) = 30/06/2024, a Sunday → Monday 01/07/2024 (CPC 642,
    // applied on request: `report_extension`).
    auto p = proportional(Rounding::half_up, RoundingPoint::per_action);
    p.report_extension = Extension::next_working_day;
    const auto s = settled(report(40'000_eur, 44'000_eur, Date(2024, 7, 1)), p);
    ASSERT_TRUE(s.report.has_value());
    EXPECT_EQ(s.report->deadline.nominal, Date(2024, 6, 30));
    EXPECT_EQ(s.report->deadline.effective, Date(2024, 7, 1));
    EXPECT_FALSE(s.report->late());
    EXPECT_FALSE(s.recovery.has_value());
    EXPECT_NE(s.text_fr().find("transmis le 1er juillet 2024 : dans les délais"), std::string::npos)
        << s.text_fr();
}

TEST(SettleApes, ReportSentOnTuesdaySecondJulyIsLateAndTotalRecoveryMayBeDemanded) {
    const auto s = settled(report(40'000_eur, 44'000_eur, Date(2024, 7, 2)),
                           proportional(Rounding::half_up, RoundingPoint::per_action));
    EXPECT_TRUE(s.report->late());
    ASSERT_TRUE(s.recovery.has_value());
    // The computed recovery is 0 (fully spent); art. 12 allows demanding all 57 000 paid.
    EXPECT_EQ(s.recovery->amount, 0_eur);
    EXPECT_EQ(s.recovery->may_demand_total, 57'000_eur);
    EXPECT_EQ(s.recovery->grounds, std::vector<RecoveryGround>{RecoveryGround::report_missing});
}

TEST(SettleApes, ByDefaultTheStipulatedSundayIsKeptAndTheFirstOfJulyIsLate) {
    const auto p = proportional(Rounding::half_up, RoundingPoint::per_action);
    EXPECT_EQ(p.report_extension, Extension::none);
    const auto s = settled(report(40'000_eur, 44'000_eur, Date(2024, 7, 1)), p);
    EXPECT_EQ(s.report->deadline.effective, Date(2024, 6, 30));
    EXPECT_TRUE(s.report->late());
    EXPECT_NE(s.text_fr().find("au plus tard le dimanche 30 juin 2024 (jour non ouvré : date "
                               "stipulée retenue, sous réserve que l'article 642 du CPC soit sans "
                               "application à ce délai contractuel ; s'il s'appliquait : lundi 1er "
                               "juillet 2024)"),
              std::string::npos)
        << s.text_fr();
}

TEST(SettleApes, ReportNotSentIsMissing) {
    FinalReport r = report(40'000_eur, 44'000_eur);
    r.sent_on.reset();
    const auto s = settled(r, proportional(Rounding::half_up, RoundingPoint::per_action));
    EXPECT_TRUE(s.report->late());
    EXPECT_EQ(s.recovery->may_demand_total, 57'000_eur);
}

TEST(SettleApes, IneligibleExpensesAreExcludedWithTheirReasons) {
    // Action 2: 39 600 in the period + 4 400 dated 15/01/2024 (after 31/12/2023) → eligible
    // 39 600 = 90 % of 44 000 → 33 000 × 90 % = 29 700. Total 53 700; recovery 3 300.
    FinalReport r = report(40'000_eur, 39'600_eur);
    r.expenses.push_back(expense(Date(2024, 1, 15), 4'400_eur, 1, "Facture tardive"));
    r.expenses.push_back(Expense{Date(2023, 5, 2), 100_eur, "Sans action", std::nullopt, {}, {}});
    const auto s = settled(r, proportional(Rounding::half_up, RoundingPoint::per_action));
    ASSERT_EQ(s.expenses.size(), 4U);
    EXPECT_TRUE(s.expenses[0].eligible());
    EXPECT_EQ(s.expenses[2].reasons, std::vector<Ineligibility>{Ineligibility::after_period});
    EXPECT_EQ(s.expenses[3].reasons, std::vector<Ineligibility>{Ineligibility::no_action});
    EXPECT_EQ(s.actions[1].declared, 44'000_eur);
    EXPECT_EQ(s.actions[1].eligible, 39'600_eur);
    EXPECT_EQ(s.actions[1].ineligible, 4'400_eur);
    EXPECT_EQ(s.actions[1].grant, 29'700_eur);
    EXPECT_EQ(s.to_recover, 3'300_eur);
    EXPECT_EQ(s.recovery->grounds,
              (std::vector<RecoveryGround>{RecoveryGround::unused_sums,
                                           RecoveryGround::ineligible_expenses}));
    EXPECT_NE(s.text_fr().find("ligne 3 « Facture tardive » du 15 janvier 2024, "
                               "4\u202F400,00\u00A0€ : postérieure à la fin de la période"),
              std::string::npos)
        << s.text_fr();
}

TEST(SettleApes, ExpensesLinkedToNoActionOfTheConventionAreStepsToo) {
    FinalReport r = report(40'000_eur, 44'000_eur);
    r.expenses.push_back(expense(Date(2023, 5, 2), 30'000_eur, 7, "Action 8"));
    r.expenses.push_back(Expense{Date(2023, 5, 3), 100_eur, "Sans action", std::nullopt, {}, {}});
    const auto s = settled(r, proportional(Rounding::half_up, RoundingPoint::per_action));
    std::vector<std::string> texts;
    for (const auto& st : s.steps)
        if (st.kind == StepKind::ineligible_expense && !st.action)
            texts.push_back(st.text_fr);
    EXPECT_EQ(texts,
              (std::vector<std::string>{
                  "Hors actions : dépense inéligible, ligne 3 « Action 8 » du 2 mai 2023, "
                  "30\u202F000,00\u00A0€ : rattachée à une action absente de la convention.",
                  "Hors actions : dépense inéligible, ligne 4 « Sans action » du 3 mai 2023, "
                  "100,00\u00A0€ : rattachée à aucune action."}));
    EXPECT_EQ(s.final_grant, 57'000_eur); // counted for no action
}

TEST(SettleErrors, NegativeAmountsAndDatesBeforeTheConventionAreRefused) {
    const auto policy = proportional(Rounding::half_up, RoundingPoint::per_action);
    const FinalReport ok = report(40'000_eur, 44'000_eur);
    const auto message = [&](const Convention& c, const std::vector<PaymentMade>& p,
                             const FinalReport& r, std::optional<Date> titre = std::nullopt) {
        const auto s = settle(c, p, r, apes_forecasts(), policy, titre);
        return s.ok() ? std::string("ok") : s.error().message;
    };
    Convention negative = apes();
    negative.actions[0].amount->value = Euros::from_cents(-2'400'000);
    EXPECT_NE(message(negative, apes_payments(), ok).find("l'action 1 "), std::string::npos);
    EXPECT_TRUE(message(negative, apes_payments(), ok).ends_with(" a un plafond négatif"));
    auto payments = apes_payments();
    payments[0].amount = Euros::from_cents(-5'700'000);
    EXPECT_NE(message(apes(), payments, ok).find("le versement n° 1 a un montant négatif"),
              std::string::npos);
    FinalReport resource = ok;
    resource.resources.push_back(
        {ResourceAccount::subventions_exploitation, "Région", Euros::from_cents(-1), 0, false});
    EXPECT_EQ(message(apes(), apes_payments(), resource),
              "la ressource « Région » a un montant négatif");
    // Dates before the convention (period from 1 January 2023).
    payments = apes_payments();
    payments[0].date = Date(2022, 12, 31);
    EXPECT_NE(message(apes(), payments, ok)
                  .find("le versement n° 1 (« Mandat 2023-1234 ») est "
                        "daté du 31 décembre 2022, avant la convention"),
              std::string::npos);
    EXPECT_NE(message(apes(), apes_payments(), report(40'000_eur, 44'000_eur, Date(2000, 1, 1)))
                  .find("le bilan final est daté du 1er janvier 2000"),
              std::string::npos);
    EXPECT_NE(message(apes(), apes_payments(), ok, Date(2020, 1, 1))
                  .find("le titre de perception reçu est daté du 1er janvier 2020"),
              std::string::npos);
    EXPECT_EQ(message(apes(), apes_payments(), ok, Date(2023, 1, 1)), "ok");
}

TEST(SettleApes, DeficitCapLimitsTheGrantToTheActualDeficit) {
    // Action 1: eligible 40 000; other resources received: Région 10 000 + prestations 8 000 =
    // 18 000; deficit 40 000 − 18 000 = 22 000 < 24 000 → grant 22 000.
    // Action 2: eligible 44 000, cotisations 11 000 → deficit 33 000 = ceiling → 33 000.
    // Total 55 000; recovery 2 000 (ground: surplus).
    FinalReport r = report(40'000_eur, 44'000_eur);
    r.resources = {
        {ResourceAccount::subventions_exploitation, "Région", 10'000_eur, 0, false},
        {ResourceAccount::ventes_prestations, "Prestations", 8'000_eur, 0, false},
        {ResourceAccount::subventions_exploitation, "Département", 57'000_eur, std::nullopt, true},
        {ResourceAccount::autres_produits_gestion, "Cotisations", 11'000_eur, 1, false},
    };
    auto p = proportional(Rounding::half_up, RoundingPoint::per_action);
    p.deficit_cap = true;
    const auto s = settled(r, p);
    EXPECT_EQ(s.actions[0].other_resources, 18'000_eur);
    EXPECT_EQ(s.actions[0].deficit, 22'000_eur);
    EXPECT_EQ(s.actions[0].grant, 22'000_eur);
    EXPECT_EQ(s.actions[1].grant, 33'000_eur);
    EXPECT_EQ(s.final_grant, 55'000_eur);
    EXPECT_EQ(s.to_recover, 2'000_eur);
    EXPECT_EQ(s.recovery->grounds, std::vector<RecoveryGround>{RecoveryGround::surplus});
    // A resource not linked to an action makes the cap impossible: an error, not a guess.
    r.resources.push_back({ResourceAccount::produits_financiers, "Intérêts", 5_eur, {}, false});
    const auto e = settle(apes(), apes_payments(), r, apes_forecasts(), p);
    ASSERT_FALSE(e.ok());
    EXPECT_EQ(e.error().field, "solde");
    EXPECT_EQ(e.error().value, "Intérêts");
}

TEST(SettleApes, RepaymentDeadlineIsOneMonthAfterTheTitreIsReceived) {
    // Titre received Tuesday 10/09/2024 → 10/10/2024 (CPC 641 months; art. 12 of the seed).
    const auto s =
        settled(report(40'000_eur, 35'200_eur),
                proportional(Rounding::half_up, RoundingPoint::per_action), Date(2024, 9, 10));
    ASSERT_TRUE(s.recovery->repayment_deadline.has_value());
    EXPECT_EQ(s.recovery->repayment_deadline->effective, Date(2024, 10, 10));
    EXPECT_NE(s.text_fr().find("au plus tard le jeudi 10 octobre 2024"), std::string::npos)
        << s.text_fr();
}

TEST(SettleApes, UnderPaidConventionGetsItsBalance) {
    // Payment of 40 000 only (an advance): full spending → 57 000; balance 17 000.
    const std::vector<PaymentMade> paid{{Date(2023, 4, 14), 40'000_eur, std::nullopt, "acompte"}};
    const auto s = settle(apes(), paid, report(40'000_eur, 44'000_eur), apes_forecasts(),
                          proportional(Rounding::half_up, RoundingPoint::per_action));
    ASSERT_TRUE(s.ok());
    EXPECT_EQ(s->balance, 17'000_eur);
    EXPECT_EQ(s->to_recover, 0_eur);
}

TEST(SettleErrors, MissingInputsAreErrorsNamingWhatIsMissing) {
    const auto p = proportional(Rounding::half_up, RoundingPoint::per_action);
    Convention c = apes();
    c.period.reset();
    EXPECT_EQ(settle(c, apes_payments(), report(1_eur, 1_eur), apes_forecasts(), p).error().value,
              "période");
    c = apes();
    c.actions[1].amount.reset();
    EXPECT_FALSE(settle(c, apes_payments(), report(1_eur, 1_eur), apes_forecasts(), p).ok());
    auto f = apes_forecasts();
    f.pop_back();
    const auto e = settle(apes(), apes_payments(), report(1_eur, 1_eur), f, p);
    ASSERT_FALSE(e.ok());
    EXPECT_EQ(e.error().kind, ErrorKind::empty);
    f = apes_forecasts();
    f.push_back(f[0]);
    EXPECT_EQ(settle(apes(), apes_payments(), report(1_eur, 1_eur), f, p).error().kind,
              ErrorKind::ambiguous);
    auto q = p;
    q.tolerance = Rate::from_percent(101);
    EXPECT_EQ(
        settle(apes(), apes_payments(), report(1_eur, 1_eur), apes_forecasts(), q).error().kind,
        ErrorKind::range);
    Execution x;
    EXPECT_FALSE(settle(apes(), x, p).ok());
}

TEST(SettlePolicy, WithoutReductionTheGrantIsTheCeiling) {
    const SettlementPolicy p(Rounding::half_even, RoundingPoint::per_action);
    const auto s = settle(apes(), apes_payments(), report(1_eur, 1_eur), {}, p);
    ASSERT_TRUE(s.ok());
    EXPECT_EQ(s->final_grant, 57'000_eur);
}

TEST(SettleParsing, RoundingAndPointNamesRoundTrip) {
    for (const auto r : {Rounding::down, Rounding::up, Rounding::half_up, Rounding::half_even,
                         Rounding::toward_zero})
        EXPECT_EQ(parse_rounding(to_string(r)).value(), r);
    EXPECT_EQ(parse_rounding("half-even").value(), Rounding::half_even);
    EXPECT_FALSE(parse_rounding("nearest").ok());
    EXPECT_FALSE(parse_rounding("").ok());
    EXPECT_EQ(parse_rounding_point("per-action").value(), RoundingPoint::per_action);
    EXPECT_EQ(parse_rounding_point("on_total").value(), RoundingPoint::on_total);
    EXPECT_FALSE(parse_rounding_point("somewhere").ok());
}

// ---------------------------------------------------------------------------------------------
// Multi-year conventions

TEST(SettleMultiYear, EachYearIsSettledOnItsOwnWithItsOwnDeadline) {
    // A 3-year convention 2024–2026, two actions; yearly amounts 20 000 + 10 000.
    Convention c = apes();
    c.period->value = Period{Date(2024, 1, 1), Date(2026, 12, 31), true};
    std::vector<ConventionYear> years;
    for (int y = 2024; y <= 2026; ++y)
        years.push_back(ConventionYear{y,
                                       Period{Date(static_cast<unsigned short>(y), 1, 1),
                                              Date(static_cast<unsigned short>(y), 12, 31), true},
                                       {20'000_eur, 10'000_eur},
                                       y != 2026});
    auto forecasts = apes_forecasts(); // 40 000 and 44 000 of charges
    // 2024: fully spent (40 000; 44 000) → 30 000, paid 30 000 → balance 0.
    FinalReport r24;
    r24.sent_on = Date(2025, 5, 1);
    r24.expenses = {expense(Date(2024, 3, 1), 40'000_eur, 0),
                    expense(Date(2024, 3, 1), 44'000_eur, 1)};
    // 2025: action 1 at 50 %: 20 000 × 20 000 / 40 000 = 10 000; action 2 full 10 000 →
    // 20 000; paid 30 000 → recovery 10 000. An expense dated 2024 is outside the 2025 year.
    FinalReport r25;
    r25.sent_on = Date(2026, 6, 30);
    r25.expenses = {expense(Date(2025, 3, 1), 20'000_eur, 0),
                    expense(Date(2025, 3, 1), 44'000_eur, 1),
                    expense(Date(2024, 12, 31), 20'000_eur, 0)};
    const std::vector<YearExecution> xs{
        {2024, {{Date(2024, 2, 1), 30'000_eur, std::nullopt, "2024"}}, r24, forecasts},
        {2025, {{Date(2025, 2, 1), 30'000_eur, std::nullopt, "2025"}}, r25, forecasts},
    };
    const auto res =
        settle_multi_year(c, years, xs, proportional(Rounding::half_up, RoundingPoint::per_action));
    ASSERT_TRUE(res.ok()) << res.error().message;
    ASSERT_EQ(res->size(), 3U);
    const auto& y24 = (*res)[0];
    ASSERT_TRUE(y24.settlement.has_value());
    EXPECT_EQ(y24.settlement->final_grant, 30'000_eur);
    EXPECT_EQ(y24.settlement->balance, 0_eur);
    // 31/12/2024 + 6 months = 30/06/2025, a Monday.
    EXPECT_EQ(y24.report_deadline.effective, Date(2025, 6, 30));
    const auto& y25 = (*res)[1];
    ASSERT_TRUE(y25.settlement.has_value());
    EXPECT_EQ(y25.settlement->actions[0].eligible, 20'000_eur);
    EXPECT_EQ(y25.settlement->final_grant, 20'000_eur);
    EXPECT_EQ(y25.settlement->to_recover, 10'000_eur);
    // 31/12/2025 + 6 months = 30/06/2026, a Tuesday: sent that day, on time.
    EXPECT_EQ(y25.report_deadline.effective, Date(2026, 6, 30));
    EXPECT_FALSE(y25.settlement->report->late());
    // 2026: the yearly budget did not open the credits.
    EXPECT_FALSE((*res)[2].settlement.has_value());
    EXPECT_NE((*res)[2].not_settled_fr.find("vote du budget"), std::string::npos);
}

TEST(SettleMultiYear, AtMostFourConsecutiveYearsWithinThePeriod) {
    Convention c = apes();
    c.period->value = Period{Date(2024, 1, 1), Date(2028, 12, 31), true};
    std::vector<ConventionYear> years;
    for (int y = 2024; y <= 2028; ++y)
        years.push_back(ConventionYear{y,
                                       Period{Date(static_cast<unsigned short>(y), 1, 1),
                                              Date(static_cast<unsigned short>(y), 12, 31), true},
                                       {1_eur, 1_eur},
                                       true});
    const auto p = proportional(Rounding::half_up, RoundingPoint::per_action);
    EXPECT_EQ(settle_multi_year(c, years, {}, p).error().kind, ErrorKind::range); // 5 years
    years.pop_back();
    EXPECT_TRUE(settle_multi_year(c, years, {}, p).ok()); // 4 years, no report: none settled
    std::swap(years[1], years[2]);
    EXPECT_EQ(settle_multi_year(c, years, {}, p).error().kind, ErrorKind::format);
    std::swap(years[1], years[2]);
    years[0].ceilings.pop_back();
    EXPECT_EQ(settle_multi_year(c, years, {}, p).error().kind, ErrorKind::component);
    years[0].ceilings.push_back(1_eur);
    c.period->value.end = Date(2026, 12, 31);
    EXPECT_EQ(settle_multi_year(c, years, {}, p).error().kind, ErrorKind::range);
}

// ---------------------------------------------------------------------------------------------
// Properties over random conventions and reports (fixed seed)

struct Random {
    std::mt19937_64 gen{20240701};
    std::int64_t between(std::int64_t lo, std::int64_t hi) {
        return std::uniform_int_distribution<std::int64_t>(lo, hi)(gen);
    }
};

struct Case {
    Convention convention;
    std::vector<BudgetForecast> forecasts;
    std::vector<PaymentMade> payments;
    FinalReport report;
};

Case random_case(Random& rnd) {
    Case k;
    k.convention.period = Stated<Period>{Period{Date(2023, 1, 1), Date(2023, 12, 31), true}, {}};
    const auto actions = static_cast<std::size_t>(rnd.between(1, 4));
    Euros total{};
    for (std::size_t i = 0; i < actions; ++i) {
        Action a;
        const Euros ceiling = Euros::from_cents(rnd.between(1, 10'000'000));
        a.amount = Stated<Euros>{ceiling, {}};
        total += ceiling;
        k.convention.actions.push_back(a);
        BudgetForecast f;
        f.action = i;
        f.table.charges = {{ChargeAccount::charges_de_personnel, "",
                            Euros::from_cents(rnd.between(1, 20'000'000))}};
        k.forecasts.push_back(f);
    }
    const auto lines = rnd.between(0, 12);
    for (std::int64_t l = 0; l < lines; ++l) {
        Expense e;
        e.date = Date(2023, 1, 1) + boost::gregorian::days(rnd.between(-40, 400));
        e.amount = Euros::from_cents(rnd.between(-100, 8'000'000));
        if (rnd.between(0, 9) > 0)
            e.action = static_cast<std::size_t>(rnd.between(0, static_cast<std::int64_t>(actions)));
        if (rnd.between(0, 19) == 0)
            e.rejection = "pièce manquante";
        k.report.expenses.push_back(e);
        if (rnd.between(0, 3) == 0)
            k.report.resources.push_back(
                {ResourceAccount::subventions_exploitation, "autre",
                 Euros::from_cents(rnd.between(0, 3'000'000)),
                 static_cast<std::size_t>(rnd.between(0, static_cast<std::int64_t>(actions) - 1)),
                 false});
    }
    k.report.sent_on = Date(2024, 6, 1) + boost::gregorian::days(rnd.between(0, 60));
    const auto payments = rnd.between(0, 3);
    for (std::int64_t p = 0; p < payments; ++p)
        k.payments.push_back(
            {Date(2023, 3, 1), Euros::from_cents(rnd.between(0, total.cents())), std::nullopt, ""});
    return k;
}

SettlementPolicy random_policy(Random& rnd) {
    const auto mode = static_cast<Rounding>(rnd.between(0, 4));
    const auto point = rnd.between(0, 1) == 0 ? RoundingPoint::per_action : RoundingPoint::on_total;
    SettlementPolicy p(mode, point);
    p.proportional_reduction = rnd.between(0, 3) > 0;
    p.deficit_cap = rnd.between(0, 1) == 1;
    if (rnd.between(0, 1) == 1)
        p.tolerance = Rate::from_percent(rnd.between(0, 30));
    return p;
}

TEST(SettleProperties, GrantWithinCeilingAndPaymentsPlusBalanceMinusRecoveryIsTheGrant) {
    Random rnd;
    int checked = 0;
    for (int i = 0; i < 3000; ++i) {
        const Case k = random_case(rnd);
        const SettlementPolicy p = random_policy(rnd);
        const auto s = settle(k.convention, k.payments, k.report, k.forecasts, p);
        ASSERT_TRUE(s.ok()) << i << ": " << s.error().message;
        ++checked;
        // The final grant never exceeds the ceiling (art. 6–7), per action and in total.
        EXPECT_LE(s->final_grant, s->ceiling_total) << i;
        EXPECT_GE(s->final_grant, 0_eur) << i;
        for (const auto& a : s->actions) {
            EXPECT_LE(a.exact_grant, Rate::rational(a.ceiling.cents())) << i;
            EXPECT_GE(a.exact_grant, Rate::rational(0)) << i;
            if (a.grant) {
                EXPECT_LE(*a.grant, a.ceiling) << i;
            }
        }
        // payments made + balance − recovery = final grant, to the cent; one of them is zero.
        EXPECT_EQ(s->payments_made + s->balance - s->to_recover, s->final_grant) << i;
        EXPECT_TRUE(s->balance.is_zero() || s->to_recover.is_zero()) << i;
        EXPECT_GE(s->balance, 0_eur);
        EXPECT_GE(s->to_recover, 0_eur);
        // Per-action rounding: the total is the sum of the rounded grants.
        if (p.rounding_point == RoundingPoint::per_action) {
            Euros sum{};
            for (const auto& a : s->actions)
                sum += *a.grant;
            EXPECT_EQ(sum, s->final_grant) << i;
        }
    }
    EXPECT_EQ(checked, 3000);
}

TEST(SettleProperties, OrderOfExpenseLinesDoesNotMatter) {
    Random rnd;
    for (int i = 0; i < 2000; ++i) {
        Case k = random_case(rnd);
        const SettlementPolicy p = random_policy(rnd);
        const auto a = settle(k.convention, k.payments, k.report, k.forecasts, p);
        std::shuffle(k.report.expenses.begin(), k.report.expenses.end(), rnd.gen);
        std::shuffle(k.report.resources.begin(), k.report.resources.end(), rnd.gen);
        const auto b = settle(k.convention, k.payments, k.report, k.forecasts, p);
        ASSERT_TRUE(a.ok() && b.ok());
        EXPECT_EQ(a->final_grant, b->final_grant) << i;
        EXPECT_EQ(a->balance, b->balance) << i;
        EXPECT_EQ(a->to_recover, b->to_recover) << i;
        ASSERT_EQ(a->actions.size(), b->actions.size());
        for (std::size_t j = 0; j < a->actions.size(); ++j) {
            EXPECT_EQ(a->actions[j].eligible, b->actions[j].eligible) << i;
            EXPECT_EQ(a->actions[j].exact_grant, b->actions[j].exact_grant) << i;
        }
    }
}

TEST(SettleProperties, ProportionalGrantIsTheExactQuotientRoundedOnce) {
    // For every ceiling c, forecast f and eligible e < f, the per-action grant with mode m is
    // round_m(c·e/f), checked against the library's prorata() (same rounding, independent path).
    Random rnd;
    for (int i = 0; i < 3000; ++i) {
        const Euros c = Euros::from_cents(rnd.between(1, 10'000'000));
        const Euros f = Euros::from_cents(rnd.between(2, 10'000'000));
        const Euros e = Euros::from_cents(rnd.between(0, f.cents() - 1));
        const auto mode = static_cast<Rounding>(rnd.between(0, 4));
        Convention conv;
        conv.period = Stated<Period>{Period{Date(2023, 1, 1), Date(2023, 12, 31), true}, {}};
        Action a;
        a.amount = Stated<Euros>{c, {}};
        conv.actions = {a};
        BudgetForecast bf;
        bf.table.charges = {{ChargeAccount::achats, "", f}};
        FinalReport r;
        r.sent_on = Date(2024, 1, 10);
        if (!e.is_zero())
            r.expenses = {expense(Date(2023, 5, 5), e, 0)};
        SettlementPolicy p(mode, RoundingPoint::per_action);
        p.proportional_reduction = true;
        const auto s = settle(conv, {}, r, {bf}, p);
        ASSERT_TRUE(s.ok());
        EXPECT_EQ(s->final_grant, prorata(c, e, f, mode)) << i;
    }
}

} // namespace

} // namespace test_settlement_test
