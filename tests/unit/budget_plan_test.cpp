// SPDX-License-Identifier: Apache-2.0
// Tests of budget_plan.hpp (CERFA 12156 / 15059 budget layout) and final_report.hpp (expense
// eligibility): accounts, totals with contributions in kind apart, the département's share,
// the balance check, and the eligibility reasons at the period's boundaries.
#include <cstdint>
#include <optional>
#include <random>
#include <vector>

#include <gtest/gtest.h>

#include <subvention/budget_plan.hpp>
#include <subvention/final_report.hpp>

// Each suite in its own namespace: the suites of a group are compiled together (unity build).
namespace test_budget_plan_test {

namespace {

using namespace subvention;
using namespace subvention::literals;

TEST(BudgetAccounts, ChargeAccountsAre60To68And86Only) {
    for (std::uint32_t n = 0; n < 100; ++n) {
        const bool valid = (n >= 60 && n <= 68) || n == 86;
        const auto r = charge_account(n);
        EXPECT_EQ(r.ok(), valid) << n;
        if (valid) {
            EXPECT_EQ(number(*r), n);
            EXPECT_EQ(in_kind(*r), n == 86);
        } else {
            EXPECT_EQ(r.error().kind, ErrorKind::range);
            EXPECT_EQ(r.error().field, "compte");
            EXPECT_EQ(r.error().value, std::to_string(n));
        }
    }
}

TEST(BudgetAccounts, ResourceAccountsAre70To78And87Only) {
    for (std::uint32_t n = 0; n < 100; ++n) {
        const bool valid = (n >= 70 && n <= 78) || n == 87;
        const auto r = resource_account(n);
        EXPECT_EQ(r.ok(), valid) << n;
        if (valid) {
            EXPECT_EQ(number(*r), n);
            EXPECT_EQ(in_kind(*r), n == 87);
        }
    }
}

/// The experimental action's forecast: charges 64 40 000 + 61 4 000 + 86 5 000 (in kind);
/// resources 74 Département 33 000 + 75 11 000 + 87 5 000 (in kind).
BudgetTable action2() {
    return {{{ChargeAccount::charges_de_personnel, "Salaires", 40'000_eur},
             {ChargeAccount::services_exterieurs, "Locations", 4'000_eur},
             {ChargeAccount::emplois_contributions_nature, "Bénévolat", 5'000_eur}},
            {{ResourceAccount::subventions_exploitation, "Département du Pas-de-Calais", 33'000_eur,
              true},
             {ResourceAccount::autres_produits_gestion, "Cotisations", 11'000_eur, false},
             {ResourceAccount::contributions_nature, "Bénévolat", 5'000_eur, false}}};
}

TEST(BudgetTotals, InKindContributionsAreKeptApartFromMoney) {
    const BudgetTable t = action2();
    EXPECT_EQ(total_charges(t), 44'000_eur);   // 40 000 + 4 000 (86 excluded)
    EXPECT_EQ(total_resources(t), 44'000_eur); // 33 000 + 11 000 (87 excluded)
    EXPECT_EQ(in_kind_charges(t), 5'000_eur);
    EXPECT_EQ(in_kind_resources(t), 5'000_eur);
    EXPECT_EQ(departement_share(t), 33'000_eur);
    const BudgetBalance b = balance(t);
    EXPECT_TRUE(b.balanced());
    EXPECT_EQ(b.gap(), 0_eur);
}

TEST(BudgetTotals, GapIsChargesMinusResourcesAndInKindBalancesSeparately) {
    BudgetTable t = action2();
    t.resources[1].amount = 10'000_eur; // deficit of 1 000
    EXPECT_EQ(balance(t).gap(), 1'000_eur);
    EXPECT_FALSE(balance(t).balanced());
    t.resources[1].amount = 12'000_eur; // surplus of 1 000
    EXPECT_EQ(balance(t).gap(), -1'000_eur);
    t = action2();
    t.resources[2].amount = 4'999_eur; // 87 short of 86: money balanced, in kind not
    EXPECT_EQ(balance(t).gap(), 0_eur);
    EXPECT_EQ(balance(t).in_kind_gap(), 1_eur);
    EXPECT_FALSE(balance(t).balanced());
    // In-kind lines never count as the département's share.
    t.resources[2].departement_share = true;
    EXPECT_EQ(departement_share(t), 33'000_eur);
}

TEST(BudgetTotals, OverflowThrowsInsteadOfWrapping) {
    BudgetTable t;
    t.charges = {{ChargeAccount::achats, "", Euros::max()}, {ChargeAccount::achats, "", 1_cents}};
    EXPECT_THROW((void)total_charges(t), std::overflow_error);
}

TEST(BudgetTotals, RandomTablesBalanceIffTheirSumsAgree) {
    std::mt19937_64 gen(12156);
    std::uniform_int_distribution<std::int64_t> cents(0, 100'000'000);
    for (int i = 0; i < 2000; ++i) {
        BudgetTable t;
        std::int64_t charges = 0;
        std::int64_t resources = 0;
        for (int k = 0; k < 5; ++k) {
            const auto c = cents(gen);
            const auto r = cents(gen);
            charges += c;
            resources += r;
            t.charges.push_back({ChargeAccount::achats, "", Euros::from_cents(c)});
            t.resources.push_back({ResourceAccount::ventes_prestations, "", Euros::from_cents(r)});
        }
        if (i % 2 == 0) { // balance it exactly
            t.resources.push_back({ResourceAccount::subventions_exploitation, "", {}, true});
            t.charges.push_back({ChargeAccount::achats, "", {}});
            if (charges > resources)
                t.resources.back().amount = Euros::from_cents(charges - resources);
            else
                t.charges.back().amount = Euros::from_cents(resources - charges);
        }
        const BudgetBalance b = balance(t);
        EXPECT_EQ(b.gap().cents(), total_charges(t).cents() - total_resources(t).cents());
        EXPECT_EQ(b.balanced(), total_charges(t) == total_resources(t));
        if (i % 2 == 0) {
            EXPECT_TRUE(b.balanced()) << i;
        }
    }
}

// --- Eligibility (final_report.hpp) -------------------------------------------------------------

TEST(ExpenseEligibility, PeriodBoundsAreInclusiveOrNotAsTheConventionSays) {
    const Period p{Date(2023, 1, 1), Date(2023, 12, 31), true};
    const auto at = [&](Date d, const Period& period) {
        return assess_expense(Expense{d, 10_eur, "x", 0, std::nullopt, std::nullopt}, period, 1);
    };
    EXPECT_EQ(at(Date(2022, 12, 31), p), std::vector<Ineligibility>{Ineligibility::before_period});
    EXPECT_TRUE(at(Date(2023, 1, 1), p).empty());
    EXPECT_TRUE(at(Date(2023, 12, 31), p).empty());
    EXPECT_EQ(at(Date(2024, 1, 1), p), std::vector<Ineligibility>{Ineligibility::after_period});
    const Period exclusive{Date(2023, 1, 1), Date(2023, 12, 31), false};
    EXPECT_EQ(at(Date(2023, 12, 31), exclusive),
              std::vector<Ineligibility>{Ineligibility::after_period});
    EXPECT_TRUE(at(Date(2023, 12, 30), exclusive).empty());
    // A blank date is not in the period.
    EXPECT_EQ(at(Date(boost::date_time::not_a_date_time), p),
              std::vector<Ineligibility>{Ineligibility::before_period});
}

TEST(ExpenseEligibility, EveryDayOfThreeYearsAgainstTheSeedPeriod) {
    const Period p{Date(2023, 1, 1), Date(2023, 12, 31), true};
    int eligible = 0;
    for (Date d(2022, 1, 1); d <= Date(2024, 12, 31); d += boost::gregorian::days(1)) {
        const auto r = assess_expense(Expense{d, 1_eur, "", 0, std::nullopt, std::nullopt}, p, 1);
        const bool in = d.year() == 2023;
        EXPECT_EQ(r.empty(), in) << format_date(d, DateStyle::iso);
        eligible += r.empty() ? 1 : 0;
    }
    EXPECT_EQ(eligible, 365);
}

TEST(ExpenseEligibility, ActionAmountAccountAndRejectionReasons) {
    const Period p{Date(2023, 1, 1), Date(2023, 12, 31), true};
    const Date d(2023, 6, 1);
    EXPECT_EQ(assess_expense(Expense{d, 1_eur, "", std::nullopt, std::nullopt, std::nullopt}, p, 2),
              std::vector<Ineligibility>{Ineligibility::no_action});
    EXPECT_EQ(assess_expense(Expense{d, 1_eur, "", 2, std::nullopt, std::nullopt}, p, 2),
              std::vector<Ineligibility>{Ineligibility::unknown_action});
    EXPECT_TRUE(assess_expense(Expense{d, 1_eur, "", 1, std::nullopt, std::nullopt}, p, 2).empty());
    EXPECT_EQ(assess_expense(Expense{d, 0_eur, "", 1, std::nullopt, std::nullopt}, p, 2),
              std::vector<Ineligibility>{Ineligibility::not_positive});
    EXPECT_EQ(assess_expense(Expense{d, -1_eur, "", 1, std::nullopt, std::nullopt}, p, 2),
              std::vector<Ineligibility>{Ineligibility::not_positive});
    EXPECT_EQ(assess_expense(Expense{d, 1_eur, "", 1, ChargeAccount::emplois_contributions_nature,
                                     std::nullopt},
                             p, 2),
              std::vector<Ineligibility>{Ineligibility::in_kind});
    EXPECT_EQ(
        assess_expense(Expense{d, 1_eur, "", 1, std::nullopt, std::string("hors objet")}, p, 2),
        std::vector<Ineligibility>{Ineligibility::rejected});
    FinalReport r;
    r.expenses = {Expense{d, 1_eur, "", 0, std::nullopt, std::nullopt},
                  Expense{Date(2024, 2, 1), 1_eur, "", std::nullopt, std::nullopt, std::nullopt}};
    const auto all = assess_expenses(r, p, 1);
    ASSERT_EQ(all.size(), 2U);
    EXPECT_TRUE(all[0].eligible());
    EXPECT_EQ(all[1].line, 1U);
    EXPECT_EQ(all[1].reasons,
              (std::vector<Ineligibility>{Ineligibility::after_period, Ineligibility::no_action}));
    EXPECT_EQ(label_fr(Ineligibility::after_period),
              "postérieure à la fin de la période de la convention");
    EXPECT_EQ(to_string(Ineligibility::unknown_action), "unknown_action");
}

} // namespace

} // namespace test_budget_plan_test
