// SPDX-License-Identifier: Apache-2.0
// Tests of the « execution » rule group: SETTLE-REPORT-LATE, SETTLE-INELIGIBLE-EXPENSE,
// SETTLE-OVERPAYMENT, BUDGET-UNBALANCED (and the family's registration, which also lists
// AID-DEMINIMIS, tested in rules_aid_test). The clean dossier (tests/support, grant year 2024,
// period 18/03/2024 – 31/12/2024, report due Monday 30/06/2025) with a clean execution (57 000 €
// paid, balanced forecasts, fully spent report sent 15/05/2025) gives nothing; mutations trigger
// each rule (ID, severity, path, exact facts). The seed's 2023 dates give the CPC 642 case
// (30/06/2024 is a Sunday).
#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

#include <subvention/compliance/checker.hpp>
#include <subvention/examples/apes_2023.hpp>
#include <subvention/settlement.hpp>

#include "support/clean_dossier.hpp"
#include "support/rules.hpp"

// Each suite in its own namespace: the suites of a group are compiled together (unity build).
namespace test_rules_execution_test {

namespace {

using namespace subvention;
using namespace subvention::literals;
using namespace subvention::compliance;
using subvention::testing::family_rules;
using subvention::testing::rule;

using subvention::testing::run;

using Facts = std::vector<std::pair<std::string, std::string>>;

Facts facts(const Diagnostic& d) {
    Facts out;
    for (const auto& f : d.facts)
        out.emplace_back(f.key, f.value);
    return out;
}

/// Balanced forecasts: action 1 40 000 = 24 000 (Département) + 10 000 + 6 000; action 2
/// 44 000 = 33 000 (Département) + 11 000.
std::vector<BudgetForecast> forecasts() {
    return {BudgetForecast{
                0,
                {{{ChargeAccount::charges_de_personnel, "Salaires", 30'000_eur},
                  {ChargeAccount::autres_services_exterieurs, "Honoraires", 10'000_eur}},
                 {{ResourceAccount::subventions_exploitation, "Département", 24'000_eur, true},
                  {ResourceAccount::subventions_exploitation, "Région", 10'000_eur, false},
                  {ResourceAccount::ventes_prestations, "Prestations", 6'000_eur, false}}},
                {DocumentKind::dossier, "annexe budget", ""}},
            BudgetForecast{
                1,
                {{{ChargeAccount::charges_de_personnel, "Salaires", 40'000_eur},
                  {ChargeAccount::services_exterieurs, "Locations", 4'000_eur}},
                 {{ResourceAccount::subventions_exploitation, "Département", 33'000_eur, true},
                  {ResourceAccount::autres_produits_gestion, "Cotisations", 11'000_eur, false}}},
                {DocumentKind::dossier, "annexe budget", ""}}};
}

/// A clean execution for a grant year `y`: paid after signature, fully spent within the year,
/// report sent on `sent`.
Execution execution(unsigned short y, Date sent) {
    Execution x;
    x.payments = {PaymentMade{Date(y, 4, 15), 57'000_eur, std::nullopt, "Mandat 1"}};
    FinalReport r;
    r.sent_on = sent;
    r.expenses = {
        Expense{
            Date(y, 5, 1), 40'000_eur, "Axes 1 à 3", 0, ChargeAccount::charges_de_personnel, {}},
        Expense{Date(y, 9, 1),
                44'000_eur,
                "Action expérimentale",
                1,
                ChargeAccount::charges_de_personnel,
                {}}};
    x.final_report = r;
    x.forecasts = forecasts();
    return x;
}

Dossier clean() {
    static const Dossier built = [] {
        Dossier d = subvention::testing::clean_dossier();
        d.execution = execution(2024, Date(2025, 5, 15));
        return d;
    }();
    return built;
}

Dossier seed(Date sent) {
    Dossier d = examples::apes_2023();
    d.execution = execution(2023, sent);
    return d;
}

const Date after_deadline(2025, 9, 1);

TEST(ExecutionGroup, ListsTheSettlementRulesAidDeminimisAndBeneficiaryAuditInOrder) {
    std::vector<std::string_view> ids;
    for (const auto& r : family_rules(Family::execution))
        ids.push_back(r.id);
    EXPECT_EQ(ids, (std::vector<std::string_view>{"SETTLE-REPORT-LATE", "SETTLE-INELIGIBLE-EXPENSE",
                                                  "SETTLE-OVERPAYMENT", "BUDGET-UNBALANCED",
                                                  "AID-DEMINIMIS", "BENEFICIARY-AUDIT"}));
    for (const auto& r : family_rules(Family::execution))
        EXPECT_NE(find_rule(r.id), nullptr) << r.id << " not in the catalogue";
}

TEST(ExecutionGroup, CleanDossierWithOrWithoutExecutionGivesNothing) {
    Dossier without = subvention::testing::clean_dossier();
    for (const auto& r : family_rules(Family::execution)) {
        EXPECT_TRUE(run(r, clean(), after_deadline).empty()) << r.id;
        EXPECT_TRUE(run(r, without, after_deadline).empty()) << r.id;
    }
}

// --- SETTLE-REPORT-LATE ------------------------------------------------------------------------

TEST(SettleReportLate, ReportSentTheDayAfterTheDeadlineIsAnErrorWithTheDaysLate) {
    Dossier d = clean();
    d.execution->final_report->sent_on = Date(2025, 7, 1); // deadline Monday 30/06/2025
    const auto out = run(rule("SETTLE-REPORT-LATE"), d, after_deadline);
    ASSERT_EQ(out.size(), 1U);
    EXPECT_EQ(out[0].rule, "SETTLE-REPORT-LATE");
    EXPECT_EQ(out[0].severity, Severity::error);
    EXPECT_EQ(out[0].location.path, "/execution/final_report/sent_on");
    EXPECT_EQ(facts(out[0]), (Facts{{"deadline_nominal", "2025-06-30"},
                                    {"deadline_effective", "2025-06-30"},
                                    {"sent_on", "2025-07-01"},
                                    {"days_late", "1"}}));
    EXPECT_EQ(out[0].message_fr,
              "Le bilan final a été transmis le 1er juillet 2025, 1 jour après l'échéance du lundi "
              "30 juin 2025 : le remboursement de la totalité des sommes versées peut être exigé "
              "(convention, art. 12).");
}

TEST(SettleReportLate, ReportSentOnTheDeadlineIsOnTime) {
    Dossier d = clean();
    d.execution->final_report->sent_on = Date(2025, 6, 30);
    EXPECT_TRUE(run(rule("SETTLE-REPORT-LATE"), d, after_deadline).empty());
}

TEST(SettleReportLate, SeedReportSentOnMondayFirstJulyIsLateUnlessCpc642Applies) {
    // 31/12/2023 + 6 months = Sunday 30/06/2024, the stipulated date kept by default (CPC 642
    // UNCONFIRMED for a contractual deadline): late by one day on that reading only, a warning
    // that says so.
    const auto out = run(rule("SETTLE-REPORT-LATE"), seed(Date(2024, 7, 1)), Date(2024, 9, 1));
    ASSERT_EQ(out.size(), 1U);
    EXPECT_EQ(out[0].severity, Severity::warning);
    EXPECT_EQ(facts(out[0]), (Facts{{"deadline_nominal", "2024-06-30"},
                                    {"deadline_effective", "2024-06-30"},
                                    {"sent_on", "2024-07-01"},
                                    {"days_late", "1"},
                                    {"deadline_if_extended", "2024-07-01"}}));
    EXPECT_EQ(
        out[0].message_fr,
        "Le bilan final a été transmis le 1er juillet 2024, 1 jour après l'échéance du "
        "dimanche 30 juin 2024 : le remboursement de la totalité des sommes versées peut être "
        "exigé (convention, art. 12). Ce retard est retenu sous réserve que l'article 642 du "
        "code de procédure civile soit sans application à ce délai contractuel : s'il "
        "s'appliquait, l'échéance serait reportée au lundi 1er juillet 2024 et le bilan "
        "serait dans les délais.");
}

TEST(SettleReportLate, SeedReportSentOnTuesdaySecondJulyIsLateOnEitherReading) {
    const auto out = run(rule("SETTLE-REPORT-LATE"), seed(Date(2024, 7, 2)), Date(2024, 9, 1));
    ASSERT_EQ(out.size(), 1U);
    EXPECT_EQ(out[0].severity, Severity::error);
    EXPECT_EQ(out[0].fact("days_late"), "2");
    EXPECT_EQ(out[0].fact("deadline_effective"), "2024-06-30");
}

TEST(SettleReportLate, MissingReportIsAnErrorOnlyOnceTheDeadlineHasPassed) {
    Dossier d = clean();
    d.execution->final_report.reset();
    EXPECT_TRUE(run(rule("SETTLE-REPORT-LATE"), d, Date(2025, 6, 30)).empty());
    const auto out = run(rule("SETTLE-REPORT-LATE"), d, Date(2025, 7, 1));
    ASSERT_EQ(out.size(), 1U);
    EXPECT_EQ(out[0].severity, Severity::error);
    EXPECT_EQ(out[0].location.path, "/execution/final_report");
    EXPECT_EQ(out[0].fact("sent_on"), "null");
    EXPECT_EQ(out[0].fact("as_of"), "2025-07-01");
}

// --- SETTLE-INELIGIBLE-EXPENSE -----------------------------------------------------------------

TEST(SettleIneligibleExpense, ExpenseBeforeThePeriodIsAWarningOnItsLine) {
    Dossier d = clean();
    d.execution->final_report->expenses.push_back(
        Expense{Date(2024, 1, 10), 1'200_eur, "Facture janvier", 0, std::nullopt, std::nullopt});
    const auto out = run(rule("SETTLE-INELIGIBLE-EXPENSE"), d, after_deadline);
    ASSERT_EQ(out.size(), 1U);
    EXPECT_EQ(out[0].severity, Severity::warning);
    EXPECT_EQ(out[0].location.path, "/execution/final_report/expenses/2");
    EXPECT_EQ(facts(out[0]),
              (Facts{{"line", "2"}, {"amount", "1200.00"}, {"reasons", "before_period"}}));
    EXPECT_EQ(out[0].message_fr,
              "La dépense « Facture janvier » du 10 janvier 2024, 1\u202F200,00\u00A0€, est "
              "inéligible : antérieure au début de la période de la convention ; elle est exclue "
              "du calcul du solde.");
}

TEST(SettleIneligibleExpense, EveryReasonOfALineIsListed) {
    Dossier d = clean();
    d.execution->final_report->expenses.push_back(
        Expense{Date(2025, 1, 10), 50_eur, "Divers", 7, ChargeAccount::emplois_contributions_nature,
                std::string("facture absente")});
    d.execution->final_report->expenses.push_back(
        Expense{Date(2024, 6, 1), 80_eur, "Sans action", std::nullopt, std::nullopt, {}});
    const auto out = run(rule("SETTLE-INELIGIBLE-EXPENSE"), d, after_deadline);
    ASSERT_EQ(out.size(), 2U);
    EXPECT_EQ(out[0].fact("reasons"), "after_period,unknown_action,in_kind,rejected");
    EXPECT_NE(out[0].message_fr.find("rejetée au contrôle de service fait (facture absente)"),
              std::string::npos);
    EXPECT_EQ(out[1].fact("reasons"), "no_action");
    EXPECT_EQ(out[1].location.path, "/execution/final_report/expenses/3");
}

// --- SETTLE-OVERPAYMENT ------------------------------------------------------------------------

TEST(SettleOverpayment, PaymentsAboveTheCeilingsAreAnErrorWithTheExcess) {
    Dossier d = clean();
    d.execution->payments.push_back({Date(2024, 10, 1), 3'000_eur, std::nullopt, "Mandat 2"});
    const auto out = run(rule("SETTLE-OVERPAYMENT"), d, after_deadline);
    ASSERT_EQ(out.size(), 1U);
    EXPECT_EQ(out[0].severity, Severity::error);
    EXPECT_EQ(out[0].location.path, "/execution/payments");
    EXPECT_EQ(facts(out[0]), (Facts{{"payments_total", "60000.00"},
                                    {"ceiling_total", "57000.00"},
                                    {"excess", "3000.00"}}));
}

TEST(SettleOverpayment, UnderSpentReportGivesTheRecoveryToDemand) {
    // Action 2 spent 35 200 of 44 000 (80 %): 33 000 × 80 % = 26 400; final 50 400;
    // paid 57 000 → 6 600 to recover.
    Dossier d = clean();
    d.execution->final_report->expenses[1].amount = 35'200_eur;
    const auto out = run(rule("SETTLE-OVERPAYMENT"), d, after_deadline);
    ASSERT_EQ(out.size(), 1U);
    EXPECT_EQ(out[0].severity, Severity::warning);
    EXPECT_EQ(facts(out[0]), (Facts{{"payments_total", "57000.00"},
                                    {"final_grant", "50400.00"},
                                    {"to_recover", "6600.00"},
                                    {"proportional_reduction", "true"},
                                    {"grounds", "unused_sums"},
                                    {"unspent_kept_clause", "false"}}));
}

TEST(SettleOverpayment, RoundingMostFavourableToTheBeneficiaryIsUsed) {
    // Action 2: 33 333,33 of 44 000 → 9 999 999/4 cents = 24 999,9975 €; up on the total with
    // action 1 full (24 000): 48 999,9975 → 49 000,00 (not 48 999,99); recovery 8 000,00.
    Dossier d = clean();
    d.execution->final_report->expenses[1].amount = Euros::from_cents(3'333'333);
    const auto out = run(rule("SETTLE-OVERPAYMENT"), d, after_deadline);
    ASSERT_EQ(out.size(), 1U);
    EXPECT_EQ(out[0].fact("final_grant"), "49000.00");
    EXPECT_EQ(out[0].fact("to_recover"), "8000.00");
}

TEST(SettleOverpayment, WithoutEveryForecastOnlyIneligibleExpensesReduceNothing) {
    // No proportional reduction without a forecast per action: the ceilings stand, paid 57 000
    // = 57 000 → nothing, even under-spent.
    Dossier d = clean();
    d.execution->forecasts.pop_back();
    d.execution->final_report->expenses[1].amount = 35'200_eur;
    EXPECT_TRUE(run(rule("SETTLE-OVERPAYMENT"), d, after_deadline).empty());
    // No report: nothing to compare with below the ceilings.
    d.execution->final_report.reset();
    EXPECT_TRUE(run(rule("SETTLE-OVERPAYMENT"), d, after_deadline).empty());
}

// --- SETTLE-OVERPAYMENT: what the recovery rests on, the unspent part a convention lets keep ---

/// The clean dossier with action 2 under-spent: 6 600,00 € to recover (see above).
Dossier under_spent() {
    Dossier d = clean();
    d.execution->final_report->expenses[1].amount = 35'200_eur;
    return d;
}

/// A clause of article 12 letting the beneficiary keep up to `kept` of the unspent subsidy.
Clause keep_unspent(std::optional<Euros> kept) {
    Clause c;
    c.kind = ClauseKind::unspent_kept;
    c.kept_amount = kept;
    c.source = SourceRef{DocumentKind::convention, "article 12", ""};
    return c;
}

TEST(SettleOverpayment, RecoveryRestsOnTheConventionAndTheWithdrawalAfterTheBeneficiaryIsHeard) {
    const auto out = run(rule("SETTLE-OVERPAYMENT"), under_spent(), after_deadline);
    ASSERT_EQ(out.size(), 1U);
    const auto basis = subvention::testing::cited(out[0].legal_basis);
    EXPECT_NE(std::find(basis.begin(), basis.end(), "CRPA art. L.242-2"), basis.end());
    for (const auto& b : basis)
        EXPECT_EQ(b.find("L.1611-4"), std::string::npos) << b;
    for (const auto& b : out[0].legal_basis)
        EXPECT_FALSE(b.version.empty()) << b.to_string();
    EXPECT_NE(out[0].message_fr.find("Un reversement de 6\u202F600,00\u00A0€ est à demander"),
              std::string::npos)
        << out[0].message_fr;
    EXPECT_NE(out[0].message_fr.find("retrait de la décision d'attribution à due concurrence, que "
                                     "l'article L.242-2, 2°, du code des relations entre le "
                                     "public et l'administration permet"),
              std::string::npos)
        << out[0].message_fr;
    EXPECT_NE(out[0].message_fr.find("après que l'organisme a été mis à même de présenter ses "
                                     "observations (CE, 4 octobre 2021, n° 438695)"),
              std::string::npos)
        << out[0].message_fr;
    EXPECT_NE(out[0].message_en.find("present its observations"), std::string::npos);
}

TEST(SettleOverpayment, AClauseKeepingMoreThanTheUnspentPartLeavesNothingToDemand) {
    Dossier d = under_spent();
    d.convention->clauses.push_back(keep_unspent(10'000_eur));
    const auto out = run(rule("SETTLE-OVERPAYMENT"), d, after_deadline);
    ASSERT_EQ(out.size(), 1U);
    EXPECT_EQ(out[0].severity, Severity::info);
    EXPECT_EQ(out[0].fact("to_demand"), "0.00");
    EXPECT_EQ(out[0].fact("kept_amount"), "10000.00");
    EXPECT_NE(out[0].message_fr.find("La convention (article 12) permet à l'organisme de conserver "
                                     "jusqu'à 10\u202F000,00\u00A0€ d'une subvention n'ayant pas "
                                     "été intégralement consommée"),
              std::string::npos)
        << out[0].message_fr;
    EXPECT_NE(out[0].message_fr.find("aucun reversement n'est à demander"), std::string::npos);
    EXPECT_EQ(out[0].message_fr.find("Un reversement de"), std::string::npos);
}

TEST(SettleOverpayment, AClauseKeepingPartOfTheUnspentSubsidyReducesTheSumToDemand) {
    Dossier d = under_spent();
    d.convention->clauses.push_back(keep_unspent(5'000_eur));
    const auto out = run(rule("SETTLE-OVERPAYMENT"), d, after_deadline);
    ASSERT_EQ(out.size(), 1U);
    EXPECT_EQ(out[0].severity, Severity::warning);
    EXPECT_EQ(out[0].fact("to_recover"), "6600.00");
    EXPECT_EQ(out[0].fact("to_demand"), "1600.00");
    EXPECT_NE(out[0].message_fr.find("seul le surplus, 1\u202F600,00\u00A0€, est à demander"),
              std::string::npos)
        << out[0].message_fr;
}

TEST(SettleOverpayment, AClauseWithoutAnAmountSaysTheCoveredPartCannotBeTold) {
    Dossier d = under_spent();
    d.convention->clauses.push_back(keep_unspent(std::nullopt));
    const auto out = run(rule("SETTLE-OVERPAYMENT"), d, after_deadline);
    ASSERT_EQ(out.size(), 1U);
    EXPECT_EQ(out[0].severity, Severity::warning);
    EXPECT_EQ(out[0].fact("to_demand"), "null");
    EXPECT_NE(out[0].message_fr.find("la part qu'elle couvre n'étant pas chiffrée au dossier, elle "
                                     "ne peut pas être déterminée"),
              std::string::npos)
        << out[0].message_fr;
}

// --- CPC art. 642 and the final report's deadline: one option, the same answer everywhere -----

std::vector<Diagnostic> run_with(std::string_view id, const Dossier& d, Date as_of,
                                 Extension extension) {
    CheckOptions options;
    options.report_deadline_extension = extension;
    return run_rule(rule(id), d, options, as_of);
}

/// The seed (bilan final and compte rendu financier due Sunday 30/06/2024), report sent on
/// Monday 01/07/2024; `monday`: the convention writes that Monday as the report's date.
Dossier sunday_deadline(bool monday) {
    Dossier d = seed(Date(2024, 7, 1));
    if (monday)
        for (auto& st : d.convention->obligations.final_report->deadlines) {
            st.rule.reset();
            st.date = Date(2024, 7, 1);
        }
    return d;
}

const Date act(2023, 3, 20);
const Date after_report(2024, 9, 1);

TEST(ReportDeadlineExtension, ByDefaultEveryRuleKeepsTheSundayDeadline) {
    EXPECT_EQ(CheckOptions{}.report_deadline_extension, Extension::none);
    EXPECT_EQ(SettlementPolicy(Rounding::up, RoundingPoint::on_total).report_extension,
              Extension::none);
    const auto day =
        run_with("DEADLINE-NON-WORKING-DAY", sunday_deadline(false), act, Extension::none);
    ASSERT_EQ(day.size(), 1U);
    EXPECT_EQ(day[0].fact("report_due"), "2024-06-30");
    EXPECT_EQ(day[0].assumptions, (std::vector<std::string>{"contractual_deadline_not_extended",
                                                            "crf_deadline_not_extended"}));
    const auto late =
        run_with("SETTLE-REPORT-LATE", sunday_deadline(false), after_report, Extension::none);
    ASSERT_EQ(late.size(), 1U);
    EXPECT_EQ(late[0].fact("deadline_effective"), "2024-06-30");
    EXPECT_EQ(late[0].assumptions, (std::vector<std::string>{"report_deadline_not_extended"}));
    // A convention date of Monday 01/07 is later than the legal Sunday.
    const auto later =
        run_with("CONV-REPORT-DEADLINE", sunday_deadline(true), act, Extension::none);
    ASSERT_EQ(later.size(), 1U);
    EXPECT_EQ(later[0].severity, Severity::warning);
    EXPECT_EQ(later[0].fact("legal_date"), "2024-06-30");
    EXPECT_EQ(later[0].assumptions[0], "crf_deadline_not_extended");
}

TEST(ReportDeadlineExtension, WithTheOptionEveryRuleMovesTheSundayDeadlineToMonday) {
    const auto day = run_with("DEADLINE-NON-WORKING-DAY", sunday_deadline(false), act,
                              Extension::next_working_day);
    ASSERT_EQ(day.size(), 1U);
    EXPECT_EQ(day[0].fact("report_due"), "2024-07-01");
    EXPECT_EQ(day[0].assumptions,
              (std::vector<std::string>{"contractual_deadline_extended", "crf_deadline_extended"}));
    EXPECT_NE(day[0].message_fr.find("L'échéance est reportée au lundi 1er juillet 2024 (code de "
                                     "procédure civile, art. 642), sous réserve que cet article "
                                     "s'applique à une échéance fixée par la convention et au "
                                     "compte rendu financier"),
              std::string::npos)
        << day[0].message_fr;
    const auto late = run_with("SETTLE-REPORT-LATE", sunday_deadline(false), after_report,
                               Extension::next_working_day);
    ASSERT_EQ(late.size(), 1U);
    EXPECT_EQ(late[0].severity, Severity::info);
    EXPECT_EQ(late[0].fact("deadline_effective"), "2024-07-01");
    EXPECT_TRUE(
        run_with("CONV-REPORT-DEADLINE", sunday_deadline(true), act, Extension::next_working_day)
            .empty());
}

// --- BUDGET-UNBALANCED -------------------------------------------------------------------------

TEST(BudgetUnbalanced, ForecastWhoseResourcesFallShortIsAWarningWithTheGap) {
    Dossier d = clean();
    d.execution->forecasts[0].table.resources[1].amount = 9'000_eur; // 40 000 vs 39 000
    const auto out = run(rule("BUDGET-UNBALANCED"), d, after_deadline);
    ASSERT_EQ(out.size(), 1U);
    EXPECT_EQ(out[0].severity, Severity::warning);
    EXPECT_EQ(out[0].location.path, "/execution/forecasts/0/table");
    EXPECT_EQ(facts(out[0]), (Facts{{"action", "0"},
                                    {"charges", "40000.00"},
                                    {"resources", "39000.00"},
                                    {"gap", "1000.00"},
                                    {"in_kind_charges", "0.00"},
                                    {"in_kind_resources", "0.00"}}));
    EXPECT_EQ(out[0].message_fr,
              "Le budget prévisionnel de l'action 1 n'est pas équilibré : les charges (comptes 60 "
              "à 68, 40\u202F000,00\u00A0€) et les produits (comptes 70 à 78, "
              "39\u202F000,00\u00A0€) diffèrent de 1\u202F000,00\u00A0€ (déficit) (CERFA n° "
              "12156).");
}

TEST(BudgetUnbalanced, ContributionsInKindBalanceApart) {
    Dossier d = clean();
    // 86 and 87 equal: still balanced (kept apart from the money totals).
    d.execution->forecasts[1].table.charges.push_back(
        {ChargeAccount::emplois_contributions_nature, "Bénévolat", 5'000_eur});
    d.execution->forecasts[1].table.resources.push_back(
        {ResourceAccount::contributions_nature, "Bénévolat", 5'000_eur, false});
    EXPECT_TRUE(run(rule("BUDGET-UNBALANCED"), d, after_deadline).empty());
    d.execution->forecasts[1].table.resources.back().amount = 4'000_eur;
    const auto out = run(rule("BUDGET-UNBALANCED"), d, after_deadline);
    ASSERT_EQ(out.size(), 1U);
    EXPECT_EQ(out[0].fact("gap"), "0.00");
    EXPECT_EQ(out[0].fact("in_kind_charges"), "5000.00");
    EXPECT_EQ(out[0].fact("in_kind_resources"), "4000.00");
}

// --- Through the checker -----------------------------------------------------------------------

TEST(ExecutionGroup, CheckerRunsTheGroupOnTheDossier) {
    Dossier d = clean();
    d.execution->final_report->sent_on = Date(2025, 7, 3);
    CheckOptions options;
    options.rules = {"SETTLE-REPORT-LATE"};
    const Report r = check(d, options);
    ASSERT_EQ(r.diagnostics.size(), 1U);
    EXPECT_EQ(r.diagnostics[0].rule, "SETTLE-REPORT-LATE");
    EXPECT_EQ(r.diagnostics[0].fact("days_late"), "3");
}

} // namespace

} // namespace test_rules_execution_test
