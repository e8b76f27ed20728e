// SPDX-License-Identifier: Apache-2.0
// Tests for deadline.hpp: CPC art. 640–642 arithmetic, délai franc, named rules, quarters.
// Property tests loop over every day from 01/01/1900 to 31/12/2299 (from 2200 under the
// sanitizers; plain loops: one gtest case per property, not per day, so the suite stays fast in
// Debug).
#include <cstdint>
#include <limits>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include <boost/date_time/gregorian/gregorian.hpp>
#include <gtest/gtest.h>

#include <subvention/deadline.hpp>

#include "support/sanitizer.hpp"

// Each suite in its own namespace: the suites of a group are compiled together (unity build).
namespace test_deadline_test {

namespace {

using namespace subvention;
using boost::gregorian::date_duration;

Date ymd(int y, int m, int d) {
    return Date(static_cast<unsigned short>(y), static_cast<unsigned short>(m),
                static_cast<unsigned short>(d));
}

const Date first_day = ymd(subvention::testing::sweep_first_year(), 1, 1);
const Date last_day = ymd(2299, 12, 31);

int month_index(Date d) {
    return static_cast<int>(d.year()) * 12 + d.month().as_number() - 1;
}
int day_of(Date d) {
    return d.day().as_number();
}
int month_length(int y, int m) {
    return boost::gregorian::gregorian_calendar::end_of_month_day(static_cast<unsigned short>(y),
                                                                  static_cast<unsigned short>(m));
}

// A user-defined rule is a constant expression too (DeadlineRule is a literal aggregate).
constexpr DeadlineRule plain_extension_rule{
    .id = "test-0-jour",
    .label_fr = "test",
    .legal_source = "CPC art. 642",
    .duration = Days(0),
    .extension = Extension::next_working_day,
};
static_assert(plain_extension_rule.extension == Extension::next_working_day);
static_assert(deadlines::find("recours-contentieux")->id == "recours-contentieux");
static_assert(deadlines::find("recours-contentieux")->franc);
static_assert(deadlines::find("inconnu") == nullptr);
static_assert(deadlines::all.size() == 9);

// ---------------------------------------------------------------------------------------------
// CPC art. 641 al. 1 — days

TEST(Cpc641Days, StartDayDoesNotCountSoPeriodEndsOnStartPlusN) {
    EXPECT_EQ(add_days(ymd(2023, 3, 20), Days(15)), ymd(2023, 4, 4));
    EXPECT_EQ(add_days(ymd(2023, 12, 31), Days(1)), ymd(2024, 1, 1));
    EXPECT_EQ(add_days(ymd(2024, 2, 28), Days(1)), ymd(2024, 2, 29));
    EXPECT_EQ(add_days(ymd(2023, 2, 28), Days(1)), ymd(2023, 3, 1));
    EXPECT_EQ(add_days(ymd(2024, 3, 1), Days(-1)), ymd(2024, 2, 29));
    EXPECT_EQ(add_days(ymd(2024, 3, 1), Days(0)), ymd(2024, 3, 1));
}

TEST(Cpc641Days, PropertyEveryDayDistanceIsExactlyN) {
    constexpr std::array<std::int32_t, 7> counts{0, 1, 15, 30, 365, -1, -400};
    for (Date d = first_day; d <= last_day; d += date_duration(1))
        for (const auto n : counts) {
            const Date r = add_days(d, Days(n));
            ASSERT_EQ((r - d).days(), n) << d << " + " << n;
        }
}

TEST(Cpc641Days, SupportedRangeLimitsMatchBoost) {
    EXPECT_EQ(detail::deadline_min_day_number, ymd(1400, 1, 1).day_number());
    EXPECT_EQ(detail::deadline_max_day_number, ymd(9999, 12, 31).day_number());
    const auto span = static_cast<std::int32_t>(detail::deadline_max_day_number -
                                                detail::deadline_min_day_number);
    EXPECT_EQ(add_days(ymd(1400, 1, 1), Days(span)), ymd(9999, 12, 31));
    EXPECT_EQ(add_days(ymd(9999, 12, 31), Days(-span)), ymd(1400, 1, 1));
}

TEST(Cpc641Days, OutOfRangeResultThrowsOutOfRange) {
    EXPECT_THROW((void)add_days(ymd(9999, 12, 31), Days(1)), std::out_of_range);
    EXPECT_THROW((void)add_days(ymd(1400, 1, 1), Days(-1)), std::out_of_range);
    EXPECT_THROW((void)add_days(ymd(2024, 1, 1), Days(std::numeric_limits<std::int32_t>::max())),
                 std::out_of_range);
    EXPECT_THROW((void)add_days(ymd(2024, 1, 1), Days(std::numeric_limits<std::int32_t>::min())),
                 std::out_of_range);
    try {
        (void)add_days(ymd(9999, 12, 31), Days(1));
        FAIL() << "no exception";
    } catch (const std::out_of_range& e) {
        EXPECT_EQ(std::string(e.what()), "add_days : 31/12/9999 + 1 jour(s) sort de la plage des "
                                         "dates prises en charge (01/01/1400 à 31/12/9999)");
    }
}

TEST(Cpc641Days, SpecialDateIsMisuse) {
    EXPECT_THROW((void)add_days(Date(boost::gregorian::not_a_date_time), Days(1)),
                 std::invalid_argument);
    EXPECT_THROW((void)add_months(Date(boost::gregorian::pos_infin), Months(1)),
                 std::invalid_argument);
    EXPECT_THROW((void)add_years(Date(boost::gregorian::neg_infin), Years(1)),
                 std::invalid_argument);
}

// ---------------------------------------------------------------------------------------------
// CPC art. 641 al. 2 — months and years

TEST(Cpc641Months, SameDayNumberElseLastDayOfMonth) {
    EXPECT_EQ(add_months(ymd(2023, 2, 28), Months(1)), ymd(2023, 3, 28));
    EXPECT_EQ(add_months(ymd(2023, 12, 31), Months(6)), ymd(2024, 6, 30));
    EXPECT_EQ(add_months(ymd(2024, 1, 31), Months(1)), ymd(2024, 2, 29));
    EXPECT_EQ(add_months(ymd(2023, 1, 31), Months(1)), ymd(2023, 2, 28));
    EXPECT_EQ(add_months(ymd(2023, 1, 30), Months(1)), ymd(2023, 2, 28));
    EXPECT_EQ(add_months(ymd(2023, 3, 20), Months(2)), ymd(2023, 5, 20));
    EXPECT_EQ(add_months(ymd(2023, 8, 31), Months(1)), ymd(2023, 9, 30));
    EXPECT_EQ(add_months(ymd(2023, 11, 15), Months(3)), ymd(2024, 2, 15));
    EXPECT_EQ(add_months(ymd(2023, 3, 20), Months(0)), ymd(2023, 3, 20));
    EXPECT_EQ(add_months(ymd(1900, 1, 29), Months(1)), ymd(1900, 2, 28));  // 1900 not leap
    EXPECT_EQ(add_months(ymd(1999, 12, 29), Months(2)), ymd(2000, 2, 29)); // 2000 leap
}

TEST(Cpc641Months, NeverBoostEndOfMonthSnapping) {
    // Boost's `months` snaps a month-end start to the later month's end: wrong for deadlines.
    EXPECT_EQ(ymd(2023, 2, 28) + boost::gregorian::months(1), ymd(2023, 3, 31));
    EXPECT_EQ(add_months(ymd(2023, 2, 28), Months(1)), ymd(2023, 3, 28));
    EXPECT_EQ(add_months(ymd(2023, 4, 30), Months(1)), ymd(2023, 5, 30));
    EXPECT_EQ(add_months(ymd(2024, 2, 29), Months(12)), ymd(2025, 2, 28));
    EXPECT_EQ(add_months(ymd(2023, 6, 30), Months(-1)), ymd(2023, 5, 30));
}

TEST(Cpc641Months, NegativeMonthsGoBackTheSameWay) {
    EXPECT_EQ(add_months(ymd(2024, 3, 31), Months(-1)), ymd(2024, 2, 29));
    EXPECT_EQ(add_months(ymd(2023, 5, 31), Months(-3)), ymd(2023, 2, 28));
    EXPECT_EQ(add_months(ymd(2024, 6, 30), Months(-6)), ymd(2023, 12, 30));
    EXPECT_EQ(add_months(ymd(2024, 1, 15), Months(-13)), ymd(2022, 12, 15));
}

// Plain comparisons inside the loop (gtest assertions per iteration would dominate the run
// time in Debug); the first violation fails the test with the offending date.
TEST(Cpc641Months, PropertyEveryDay1900To2299ForOneTo24Months) {
    std::int64_t checked = 0;
    for (Date d = first_day; d <= last_day; d += date_duration(1)) {
        const auto [y, m, day] = detail::deadline_ymd(d);
        const int index = y * 12 + m - 1;
        for (int n = 1; n <= 24; ++n) {
            const Date r = add_months(d, Months(n));
            const auto ry = detail::deadline_ymd(r);
            const int last = month_length(ry.year, ry.month);
            // Month distance is exactly n.
            if (ry.year * 12 + ry.month - 1 - index != n)
                FAIL() << d << " + " << n << " mois = " << r << " : distance";
            // Same day-number when it exists, else the month's last day (never beyond it).
            if (ry.day > last || ry.day != (day <= last ? day : last))
                FAIL() << d << " + " << n << " mois = " << r << " : quantième";
            // Going back n months returns to the start when no clamp happened; otherwise to
            // the same month, before the start.
            const Date back = add_months(r, Months(-n));
            if (day <= last ? back != d
                            : (month_index(back) != index || !(back < d) || day_of(back) != ry.day))
                FAIL() << d << " + " << n << " - " << n << " = " << back;
            ++checked;
        }
    }
    EXPECT_EQ(checked, ((last_day - first_day).days() + 1) * 24);
    if (first_day == ymd(1900, 1, 1)) {
        EXPECT_EQ(checked, 146097 * 24); // 400 Gregorian years = 146 097 days
    }
}

TEST(Cpc641Months, PropertyEveryDayNegativeMonthsFollowTheSameRule) {
    for (Date d = first_day; d <= last_day; d += date_duration(1)) {
        const auto [y, m, day] = detail::deadline_ymd(d);
        for (const int n : {1, 6, 13}) {
            const Date b = add_months(d, Months(-n));
            const auto by = detail::deadline_ymd(b);
            const int blast = month_length(by.year, by.month);
            if (y * 12 + m - 1 - (by.year * 12 + by.month - 1) != n ||
                by.day != (day <= blast ? day : blast))
                FAIL() << d << " - " << n << " mois = " << b;
        }
    }
}

TEST(Cpc641Years, Feb29BecomesFeb28InCommonYears) {
    EXPECT_EQ(add_years(ymd(2024, 2, 29), Years(1)), ymd(2025, 2, 28));
    EXPECT_EQ(add_years(ymd(2024, 2, 29), Years(4)), ymd(2028, 2, 29));
    EXPECT_EQ(add_years(ymd(2096, 2, 29), Years(4)), ymd(2100, 2, 28)); // 2100 not leap
    EXPECT_EQ(add_years(ymd(2024, 2, 29), Years(-1)), ymd(2023, 2, 28));
    EXPECT_EQ(add_years(ymd(2023, 12, 31), Years(1)), ymd(2024, 12, 31));
}

TEST(Cpc641Years, PropertyEveryDayYearsEqualTwelveMonths) {
    for (Date d = first_day; d <= last_day; d += date_duration(1))
        for (std::int32_t n : {1, 2, 5, -1})
            ASSERT_EQ(add_years(d, Years(n)), add_months(d, Months(12 * n))) << d << " " << n;
}

TEST(Cpc641Months, OutOfRangeResultThrowsOutOfRange) {
    EXPECT_THROW((void)add_months(ymd(9999, 12, 31), Months(1)), std::out_of_range);
    EXPECT_THROW((void)add_months(ymd(1400, 1, 1), Months(-1)), std::out_of_range);
    EXPECT_THROW(
        (void)add_months(ymd(2024, 1, 1), Months(std::numeric_limits<std::int32_t>::max())),
        std::out_of_range);
    EXPECT_THROW(
        (void)add_months(ymd(2024, 1, 1), Months(std::numeric_limits<std::int32_t>::min())),
        std::out_of_range);
    EXPECT_THROW((void)add_years(ymd(2024, 1, 1), Years(std::numeric_limits<std::int32_t>::max())),
                 std::out_of_range);
    EXPECT_THROW((void)add_years(ymd(2024, 1, 1), Years(std::numeric_limits<std::int32_t>::min())),
                 std::out_of_range);
    EXPECT_EQ(add_months(ymd(9999, 11, 30), Months(1)), ymd(9999, 12, 30));
    EXPECT_EQ(add_months(ymd(1400, 2, 28), Months(-1)), ymd(1400, 1, 28));
}

TEST(Duration, AddDispatchesOnTheUnit) {
    EXPECT_EQ(add(ymd(2023, 12, 31), Duration(Months(6))), ymd(2024, 6, 30));
    EXPECT_EQ(add(ymd(2023, 12, 31), Duration(Days(6))), ymd(2024, 1, 6));
    EXPECT_EQ(add(ymd(2024, 2, 29), Duration(Years(1))), ymd(2025, 2, 28));
}

TEST(Duration, FrenchWording) {
    EXPECT_EQ(to_string_fr(Days(1)), "1 jour");
    EXPECT_EQ(to_string_fr(Days(15)), "15 jours");
    EXPECT_EQ(to_string_fr(Months(6)), "6 mois");
    EXPECT_EQ(to_string_fr(Years(1)), "1 an");
    EXPECT_EQ(to_string_fr(Years(2)), "2 ans");
}

TEST(StartEvent, FrenchLabelsAndStableNames) {
    EXPECT_EQ(label_fr(StartEvent::financial_year_end), "fin de l'exercice");
    EXPECT_EQ(label_fr(StartEvent::convention_end), "fin de la convention");
    EXPECT_EQ(label_fr(StartEvent::receipt), "réception");
    EXPECT_EQ(label_fr(StartEvent::decision), "décision");
    EXPECT_EQ(to_string(StartEvent::financial_year_end), "financial_year_end");
    EXPECT_EQ(to_string(Extension::next_working_day), "next_working_day");
    EXPECT_EQ(to_string(Extension::none), "none");
}

// ---------------------------------------------------------------------------------------------
// CPC art. 642 — extension to the next working day

TEST(Cpc642, PropertyEveryDayEffectiveIsFirstWorkingDayOnOrAfterNominal) {
    // The last days of 2299 are skipped: the next working day may lie in 2300, beyond the
    // calendar (that case must throw, tested below).
    const Date stop = ymd(2299, 12, 20);
    for (const Territory t : {Territory::metropole, Territory::alsace_moselle}) {
        for (Date d = first_day; d <= stop; d += date_duration(1)) {
            const Deadline r = compute(plain_extension_rule, d, t);
            ASSERT_EQ(r.nominal, d);
            ASSERT_GE(r.effective, r.nominal);
            ASSERT_TRUE(is_working_day(r.effective, t)) << r.effective;
            bool good_friday = false;
            for (Date x = r.nominal; x < r.effective; x += date_duration(1)) {
                ASSERT_FALSE(is_working_day(x, t)) << x << " lies before " << r.effective;
                good_friday = good_friday || holiday_kind(x, t) == HolidayKind::good_friday;
            }
            ASSERT_EQ(r.reasons.empty(), r.effective == r.nominal) << d;
            // Only Alsace-Moselle's department-wide Good Friday is an assumption here.
            ASSERT_EQ(r.unconfirmed, good_friday) << d;
        }
    }
}

TEST(Cpc642, PropertyEveryTerritoryOverFortyYears) {
    // Every territory, every day of 2000–2039 (each weekday/holiday combination occurs).
    for (const Territory t : all_territories)
        for (Date d = ymd(2000, 1, 1); d <= ymd(2039, 12, 31); d += date_duration(1)) {
            const Deadline r = compute(plain_extension_rule, d, t);
            ASSERT_TRUE(is_working_day(r.effective, t)) << r.effective;
            for (Date x = r.nominal; x < r.effective; x += date_duration(1))
                ASSERT_FALSE(is_working_day(x, t)) << x;
        }
}

TEST(Cpc642, PropertyEveryDayFrancTwoMonthsAppealNeverBeforeNominalPlusOne) {
    for (Date d = first_day; d <= ymd(2299, 10, 15); d += date_duration(1)) {
        const Deadline r = compute(deadlines::recours_contentieux, d);
        ASSERT_EQ(r.nominal, add_months(d, Months(2)));
        const Date last = r.nominal + date_duration(1);
        ASSERT_GE(r.effective, last);
        ASSERT_TRUE(is_working_day(r.effective, Territory::metropole));
        for (Date x = last; x < r.effective; x += date_duration(1))
            ASSERT_FALSE(is_working_day(x, Territory::metropole)) << x;
    }
}

TEST(Cpc642, OuvrablesWorkWeekKeepsSaturday) {
    DeadlineRule rule = plain_extension_rule;
    rule.work_week = WorkWeek::ouvrables;
    const Deadline sat = compute(rule, ymd(2024, 6, 29)); // Saturday
    EXPECT_EQ(sat.effective, ymd(2024, 6, 29));
    EXPECT_TRUE(sat.reasons.empty());
    const Deadline sun = compute(rule, ymd(2024, 6, 30));
    EXPECT_EQ(sun.effective, ymd(2024, 7, 1));
}

TEST(Cpc642, HolidayReasonNamesTheHoliday) {
    DeadlineRule rule = plain_extension_rule;
    rule.duration = Months(1);
    const Deadline r = compute(rule, ymd(2024, 3, 1)); // → Easter Monday 01/04/2024
    EXPECT_EQ(r.nominal, ymd(2024, 4, 1));
    EXPECT_EQ(r.effective, ymd(2024, 4, 2));
    ASSERT_EQ(r.reasons.size(), 1U);
    EXPECT_EQ(r.reasons[0],
              "01/04/2024 est un jour férié (Lundi de Pâques) : report au mardi 02/04/2024 (CPC "
              "art. 642)");
}

TEST(Cpc642, ShiftAcrossWeekendAndHolidayNamesTheSkippedHoliday) {
    const Deadline r = compute(plain_extension_rule, ymd(2024, 3, 30)); // Saturday before Easter
    EXPECT_EQ(r.effective, ymd(2024, 4, 2));
    ASSERT_EQ(r.reasons.size(), 1U);
    EXPECT_EQ(r.reasons[0], "30/03/2024 est un samedi et le lundi 01/04/2024 un jour férié (Lundi "
                            "de Pâques) : report au mardi 02/04/2024 (CPC art. 642)");
}

TEST(Cpc642, TerritoryOverrideUsesLocalHolidays) {
    // 26/12/2024 (Thursday) is a holiday in Alsace-Moselle only (Code du travail L.3134-13).
    EXPECT_EQ(compute(plain_extension_rule, ymd(2024, 12, 26)).effective, ymd(2024, 12, 26));
    const Deadline am = compute(plain_extension_rule, ymd(2024, 12, 26), Territory::alsace_moselle);
    EXPECT_EQ(am.effective, ymd(2024, 12, 27));
    ASSERT_EQ(am.reasons.size(), 1U);
    const auto name = holiday_name(ymd(2024, 12, 26), Territory::alsace_moselle);
    ASSERT_TRUE(name.has_value());
    EXPECT_EQ(am.reasons[0], "26/12/2024 est un jour férié (" + std::string(*name) +
                                 ") : report au vendredi 27/12/2024 (CPC art. 642)");
    // 20/12/2023 (Wednesday): abolition of slavery in La Réunion (loi 83-550).
    EXPECT_EQ(compute(plain_extension_rule, ymd(2023, 12, 20), Territory::reunion).effective,
              ymd(2023, 12, 21));
    // The rule's own territory is used by the two-argument overload.
    DeadlineRule local = plain_extension_rule;
    local.territory = Territory::alsace_moselle;
    EXPECT_EQ(compute(local, ymd(2024, 12, 26)).effective, ymd(2024, 12, 27));
}

TEST(Cpc642, AlsaceMoselleGoodFridayIsAVisibleAssumptionAndAnOption) {
    // Good Friday 29/03/2024, then the Easter weekend and Easter Monday → Tuesday 02/04/2024.
    const Deadline r = compute(plain_extension_rule, ymd(2024, 3, 29), Territory::alsace_moselle);
    EXPECT_EQ(r.effective, ymd(2024, 4, 2));
    EXPECT_TRUE(r.unconfirmed);
    const std::vector<std::string> expected{
        "29/03/2024 est un jour férié (Vendredi saint) et le lundi 01/04/2024 un jour férié "
        "(Lundi de Pâques) : report au mardi 02/04/2024 (CPC art. 642)",
        "hypothèse non confirmée : le Vendredi saint est compté férié dans tout l'Alsace-Moselle "
        "; en droit local (Code du travail, art. L.3134-13), il ne l'est que dans les communes "
        "ayant un temple protestant ou une église mixte",
    };
    EXPECT_EQ(r.reasons, expected);
    // A commune without a Protestant temple or mixed church: Good Friday is worked.
    DeadlineRule commune = plain_extension_rule;
    commune.holiday_options.good_friday = false;
    const Deadline c = compute(commune, ymd(2024, 3, 29), Territory::alsace_moselle);
    EXPECT_EQ(c.effective, ymd(2024, 3, 29));
    EXPECT_TRUE(c.reasons.empty());
    EXPECT_FALSE(c.unconfirmed);
}

TEST(Cpc642, WorkingDayBeyondCalendarYearsThrowsOutOfRange) {
    // 31/12/2299 is a Sunday: the next working day would be in 2300.
    ASSERT_EQ(ymd(2299, 12, 31).day_of_week().as_number(), 0);
    EXPECT_THROW((void)compute(plain_extension_rule, ymd(2299, 12, 31)), std::out_of_range);
    // Without extension no calendar is needed: dates far outside 1900–2299 still work.
    const Deadline far = compute(deadlines::compte_rendu_financier, financial_year_end(2999));
    EXPECT_EQ(far.effective, ymd(3000, 6, 30));
    // … but the date is then unchecked, and says so.
    EXPECT_TRUE(far.unconfirmed);
    EXPECT_EQ(far.reasons.back(),
              "30/06/3000 : l'année 3000 est hors de la plage du calendrier des jours fériés "
              "(1900 à 2299) : un samedi, un dimanche ou un jour férié ne peut y être reconnu "
              "(CPC art. 642)");
    const Deadline last = compute(deadlines::compte_rendu_financier, financial_year_end(2298));
    EXPECT_EQ(last.effective, ymd(2299, 6, 30));
    for (const auto& reason : last.reasons)
        EXPECT_EQ(reason.find("hors de la plage"), std::string::npos) << reason;
}

// ---------------------------------------------------------------------------------------------
// Seed dossier (Pas-de-Calais, CP 20 March 2023, N°2023-122) — DELAY-SEED-CRF, SUBV-COMPTE-RENDU

TEST(DelaySeedCrf, SixMonthsAfter31Dec2023IsSunday30June2024WithoutExtension) {
    const Deadline r = compute(deadlines::compte_rendu_financier, financial_year_end(2023));
    EXPECT_EQ(r.start, ymd(2023, 12, 31));
    EXPECT_EQ(r.nominal, ymd(2024, 6, 30));
    EXPECT_EQ(r.effective, ymd(2024, 6, 30));
    EXPECT_TRUE(r.unconfirmed);
    const std::vector<std::string> expected{
        "31/12/2023 + 6 mois : le mois de juin 2024 n'a pas de 31e jour, l'échéance est son "
        "dernier jour, le 30/06/2024 (CPC art. 641 al. 2)",
        "30/06/2024 est un dimanche : pas de report (CPC art. 642 non appliqué) ; s'il "
        "s'appliquait, l'échéance serait le lundi 01/07/2024 (point non confirmé : l'article 642 "
        "du CPC vise les délais de procédure ; son application au compte rendu financier n'est "
        "pas établie)",
    };
    EXPECT_EQ(r.reasons, expected);
    EXPECT_TRUE(is_on_time(r, ymd(2024, 6, 30)));
    EXPECT_FALSE(is_on_time(r, ymd(2024, 7, 1)));
}

TEST(DelaySeedCrf, WithCpc642ExtensionEffectiveIsMonday1July2024) {
    DeadlineRule rule = deadlines::compte_rendu_financier;
    rule.extension = Extension::next_working_day;
    rule.extension_confirmed = true;
    const Deadline r = compute(rule, financial_year_end(2023));
    EXPECT_EQ(r.nominal, ymd(2024, 6, 30));
    EXPECT_EQ(r.effective, ymd(2024, 7, 1));
    EXPECT_FALSE(r.unconfirmed);
    const std::vector<std::string> expected{
        "31/12/2023 + 6 mois : le mois de juin 2024 n'a pas de 31e jour, l'échéance est son "
        "dernier jour, le 30/06/2024 (CPC art. 641 al. 2)",
        "30/06/2024 est un dimanche : report au lundi 01/07/2024 (CPC art. 642)",
    };
    EXPECT_EQ(r.reasons, expected);
}

TEST(DelaySeedCrf, ExtensionChosenWhileUnconfirmedShowsTheUnextendedDate) {
    DeadlineRule rule = deadlines::compte_rendu_financier;
    rule.extension = Extension::next_working_day;
    const Deadline r = compute(rule, financial_year_end(2023));
    EXPECT_EQ(r.effective, ymd(2024, 7, 1));
    EXPECT_TRUE(r.unconfirmed);
    ASSERT_EQ(r.reasons.size(), 2U);
    EXPECT_EQ(r.reasons[1],
              "30/06/2024 est un dimanche : report au lundi 01/07/2024 (CPC art. 642) ; sans "
              "report, l'échéance serait le 30/06/2024 (point non confirmé : l'article 642 du CPC "
              "vise les délais de procédure ; son application au compte rendu financier n'est pas "
              "établie)");
}

TEST(DelaySeedCrf, ConventionEndRuleGivesTheSameDateAsTheLaw) {
    // Convention period 01/01/2023–31/12/2023 (art. 3); bilan final « soit le 30 juin 2024 ».
    const Deadline conv = compute(deadlines::bilan_final_convention, ymd(2023, 12, 31));
    const Deadline law = compute(deadlines::compte_rendu_financier, financial_year_end(2023));
    EXPECT_EQ(conv.effective, ymd(2024, 6, 30));
    EXPECT_EQ(conv.effective, law.effective);
}

TEST(DelaySeedCrf, WorkingDayEndNeedsNoExtensionNote) {
    // 30/06/2023 is a Friday: only the month-end clamp is explained, nothing is unconfirmed.
    const Deadline r = compute(deadlines::compte_rendu_financier, financial_year_end(2022));
    EXPECT_EQ(r.effective, ymd(2023, 6, 30));
    EXPECT_FALSE(r.unconfirmed);
    ASSERT_EQ(r.reasons.size(), 1U);
    EXPECT_EQ(r.reasons[0], "31/12/2022 + 6 mois : le mois de juin 2023 n'a pas de 31e jour, "
                            "l'échéance est son dernier jour, le 30/06/2023 (CPC art. 641 al. 2)");
}

TEST(FinancialYear, EndsOn31December) {
    EXPECT_EQ(financial_year_end(2023), ymd(2023, 12, 31));
    EXPECT_EQ(financial_year_end(1400), ymd(1400, 12, 31));
    EXPECT_THROW((void)financial_year_end(1399), std::out_of_range);
    EXPECT_THROW((void)financial_year_end(10000), std::out_of_range);
}

// ---------------------------------------------------------------------------------------------
// DELAY-FRANC, EXEC-APPEAL, EXEC-PREFECT-REFERRAL

TEST(DelayFranc, Publication20March2023LastFilingDayMonday22May2023) {
    const Deadline r = compute(deadlines::recours_contentieux, ymd(2023, 3, 20));
    EXPECT_EQ(r.nominal, ymd(2023, 5, 20));
    EXPECT_EQ(r.effective, ymd(2023, 5, 22));
    EXPECT_FALSE(r.unconfirmed);
    const std::vector<std::string> expected{
        "délai franc : le jour de l'échéance (20/05/2023) ne compte pas, le délai court jusqu'au "
        "dimanche 21/05/2023 inclus (CE, 19 septembre 2014, n° 362568)",
        "21/05/2023 est un dimanche : report au lundi 22/05/2023 (CPC art. 642)",
    };
    EXPECT_EQ(r.reasons, expected);
}

TEST(DelayFranc, IcardNotified1October2007MayFileMonday3December2007) {
    const Deadline r = compute(deadlines::recours_contentieux, ymd(2007, 10, 1));
    EXPECT_EQ(r.nominal, ymd(2007, 12, 1));
    EXPECT_EQ(r.effective, ymd(2007, 12, 3));
}

TEST(DelayFranc, WeekdayEndIsOneDayLater) {
    // 10/01/2023 + 2 mois = 10/03/2023 (Friday) → franc: Saturday 11 → Monday 13/03/2023.
    EXPECT_EQ(compute(deadlines::recours_contentieux, ymd(2023, 1, 10)).effective,
              ymd(2023, 3, 13));
    // 15/02/2023 + 2 mois = 15/04/2023 (Saturday) → 16 Sunday → 17 Monday.
    EXPECT_EQ(compute(deadlines::recours_contentieux, ymd(2023, 2, 15)).effective,
              ymd(2023, 4, 17));
    // 14/03/2023 + 2 mois = 14/05/2023 (Sunday) → franc Monday 15/05/2023.
    EXPECT_EQ(compute(deadlines::recours_contentieux, ymd(2023, 3, 14)).effective,
              ymd(2023, 5, 15));
}

TEST(DelayFranc, MonthEndCombinationIsAnExplicitUnconfirmedAssumption) {
    // 31/12/2022 + 2 mois → 28/02/2023 (clamped); franc → 01/03/2023 (Wednesday) by default.
    const Deadline r = compute(deadlines::recours_contentieux, ymd(2022, 12, 31));
    EXPECT_EQ(r.nominal, ymd(2023, 2, 28));
    EXPECT_EQ(r.effective, ymd(2023, 3, 1));
    EXPECT_TRUE(r.unconfirmed);
    const std::vector<std::string> expected{
        "31/12/2022 + 2 mois : le mois de février 2023 n'a pas de 31e jour, l'échéance est son "
        "dernier jour, le 28/02/2023 (CPC art. 641 al. 2)",
        "délai franc : le jour de l'échéance (28/02/2023) ne compte pas, le délai court jusqu'au "
        "mercredi 01/03/2023 inclus (CE, 19 septembre 2014, n° 362568)",
        "hypothèse non confirmée : le quantième n'existant pas, le jour du délai franc est "
        "ajouté au dernier jour du mois ; selon l'autre lecture, le dernier jour utile serait le "
        "28/02/2023",
    };
    EXPECT_EQ(r.reasons, expected);

    DeadlineRule other = deadlines::recours_contentieux;
    other.franc_month_end = FrancMonthEnd::clamped_is_last;
    const Deadline o = compute(other, ymd(2022, 12, 31));
    EXPECT_EQ(o.effective, ymd(2023, 2, 28));
    EXPECT_TRUE(o.unconfirmed);
    ASSERT_EQ(o.reasons.size(), 2U);
    EXPECT_EQ(o.reasons[1], "délai franc : le quantième n'existant pas, le dernier jour du mois "
                            "(28/02/2023) est retenu comme dernier jour utile (hypothèse non "
                            "confirmée ; selon l'autre lecture, le délai court jusqu'au "
                            "01/03/2023)");
    // When the day-number exists, the policy changes nothing.
    EXPECT_EQ(compute(other, ymd(2023, 3, 20)).effective, ymd(2023, 5, 22));
    EXPECT_FALSE(compute(other, ymd(2023, 3, 20)).unconfirmed);
}

TEST(DelayFranc, FrancInDaysAddsOneDay) {
    constexpr DeadlineRule rule{.id = "franc-15", .duration = Days(15), .franc = true};
    const Deadline r = compute(rule, ymd(2023, 3, 1));
    EXPECT_EQ(r.nominal, ymd(2023, 3, 16));
    EXPECT_EQ(r.effective, ymd(2023, 3, 17));
}

TEST(ExecPrefectReferral, TwoMonthsTreatedAsFrancButFlaggedUnconfirmed) {
    const Deadline r = compute(deadlines::deferement_prefectoral, ymd(2023, 3, 20));
    EXPECT_EQ(r.nominal, ymd(2023, 5, 20));
    EXPECT_EQ(r.effective, ymd(2023, 5, 22));
    EXPECT_TRUE(r.unconfirmed);
    ASSERT_EQ(r.reasons.size(), 3U);
    EXPECT_EQ(r.reasons[1], "le caractère franc de ce délai n'est pas confirmé (assimilé au délai "
                            "de recours de droit commun, sans texte lu le confirmant) ; sans "
                            "délai franc, le dernier jour serait le 22/05/2023");
}

// ---------------------------------------------------------------------------------------------
// Named rules (DELAY-CONVENTION-OTHER, SUBV-OPEN-DATA, SUBV-CER, EXEC-CONDITIONS)

TEST(NamedRules, EveryRuleHasUniqueIdLabelSourceAndNonNegativeDuration) {
    std::set<std::string_view> ids;
    for (const auto& r : deadlines::all) {
        EXPECT_FALSE(r.id.empty());
        EXPECT_FALSE(r.label_fr.empty()) << r.id;
        EXPECT_FALSE(r.legal_source.empty()) << r.id;
        EXPECT_TRUE(ids.insert(r.id).second) << "duplicate " << r.id;
        EXPECT_EQ(deadlines::find(r.id), &r);
        std::visit([&](auto d) { EXPECT_GE(d.count(), 0) << r.id; }, r.duration);
        // Every unconfirmed point carries its explanation.
        if (!r.extension_confirmed || !r.franc_confirmed) {
            EXPECT_FALSE(r.caveat_fr.empty()) << r.id;
        }
    }
}

TEST(NamedRules, ParametersPinnedToTheirSources) {
    using namespace deadlines;
    EXPECT_EQ(compte_rendu_financier.start, StartEvent::financial_year_end);
    EXPECT_EQ(compte_rendu_financier.duration, Duration(Months(6)));
    EXPECT_EQ(compte_rendu_financier.extension, Extension::none);
    EXPECT_FALSE(compte_rendu_financier.extension_confirmed);
    EXPECT_EQ(bilan_final_convention.start, StartEvent::convention_end);
    EXPECT_EQ(recours_contentieux.duration, Duration(Months(2)));
    EXPECT_TRUE(recours_contentieux.franc);
    EXPECT_EQ(recours_contentieux.extension, Extension::next_working_day);
    EXPECT_TRUE(deferement_prefectoral.franc);
    EXPECT_FALSE(deferement_prefectoral.franc_confirmed);
    EXPECT_EQ(deferement_prefectoral.start, StartEvent::transmission);
    EXPECT_EQ(resiliation_apres_mise_en_demeure.duration, Duration(Months(1)));
    EXPECT_EQ(reversement_titre_de_perception.start, StartEvent::receipt);
    EXPECT_EQ(reversement_titre_de_perception.duration, Duration(Months(1)));
    EXPECT_EQ(donnees_essentielles.duration, Duration(Months(3)));
    EXPECT_EQ(donnees_essentielles.start, StartEvent::signature);
    EXPECT_EQ(reversement_retrait_cer.duration, Duration(Months(6)));
    EXPECT_EQ(reversement_retrait_cer.start, StartEvent::decision);
    EXPECT_EQ(transmission_decision_individuelle.duration, Duration(Days(15)));
}

TEST(NamedRules, ConventionTerminationAndRepaymentExamples) {
    // Registered letter sent 31/01/2024 → one month → 29/02/2024 (Thursday).
    EXPECT_EQ(compute(deadlines::resiliation_apres_mise_en_demeure, ymd(2024, 1, 31)).effective,
              ymd(2024, 2, 29));
    // Titre de perception received 15/04/2023 → 15/05/2023.
    EXPECT_EQ(compute(deadlines::reversement_titre_de_perception, ymd(2023, 4, 15)).effective,
              ymd(2023, 5, 15));
    // Convention signed 30/11/2023 → données essentielles by 29/02/2024.
    EXPECT_EQ(compute(deadlines::donnees_essentielles, ymd(2023, 11, 30)).effective,
              ymd(2024, 2, 29));
    // Seed deliberation signed 20/03/2023 → transmission within 15 days: 04/04/2023.
    EXPECT_EQ(compute(deadlines::transmission_decision_individuelle, ymd(2023, 3, 20)).effective,
              ymd(2023, 4, 4));
    // CER withdrawal decision 31/08/2023 → repayment at the latest 29/02/2024.
    EXPECT_EQ(compute(deadlines::reversement_retrait_cer, ymd(2023, 8, 31)).effective,
              ymd(2024, 2, 29));
}

TEST(Compute, NegativeDurationOrSpecialStartIsMisuse) {
    constexpr DeadlineRule back{.id = "x", .duration = Months(-1)};
    EXPECT_THROW((void)compute(back, ymd(2023, 3, 20)), std::invalid_argument);
    constexpr DeadlineRule back_days{.id = "y", .duration = Days(-1)};
    EXPECT_THROW((void)compute(back_days, ymd(2023, 3, 20)), std::invalid_argument);
    EXPECT_THROW(
        (void)compute(deadlines::recours_contentieux, Date(boost::gregorian::not_a_date_time)),
        std::invalid_argument);
}

TEST(Compute, HolidayOnSundayIsNamedBoth) {
    // 14/07/2024 is a Sunday and the Fête nationale.
    const Deadline r = compute(plain_extension_rule, ymd(2024, 7, 14));
    EXPECT_EQ(r.effective, ymd(2024, 7, 15));
    const auto name = holiday_name(ymd(2024, 7, 14), Territory::metropole);
    ASSERT_TRUE(name.has_value());
    ASSERT_EQ(r.reasons.size(), 1U);
    EXPECT_EQ(r.reasons[0], "14/07/2024 est un dimanche et un jour férié (" + std::string(*name) +
                                ") : report au lundi 15/07/2024 (CPC art. 642)");
}

// ---------------------------------------------------------------------------------------------
// Recurring obligations: « à minima 1 fois par trimestre » (seed convention art. 4)

TEST(QuartersSpanned, SeedConventionYearIsFourFullQuarters) {
    const auto q = quarters_spanned(ymd(2023, 1, 1), ymd(2023, 12, 31));
    ASSERT_TRUE(q.ok());
    ASSERT_EQ(q->size(), 4U);
    for (int i = 0; i < 4; ++i) {
        const auto& s = (*q)[static_cast<std::size_t>(i)];
        EXPECT_EQ(s.year, 2023);
        EXPECT_EQ(s.number, i + 1);
        EXPECT_FALSE(s.partial);
        EXPECT_EQ(s.clipped_first, s.first);
        EXPECT_EQ(s.clipped_last, s.last);
    }
    EXPECT_EQ((*q)[1].first, ymd(2023, 4, 1));
    EXPECT_EQ((*q)[1].last, ymd(2023, 6, 30));
    EXPECT_EQ((*q)[3].last, ymd(2023, 12, 31));
}

TEST(QuartersSpanned, PartialQuartersAreIncluded) {
    const auto q = quarters_spanned(ymd(2023, 2, 15), ymd(2023, 5, 10));
    ASSERT_TRUE(q.ok());
    const std::vector<QuarterSpan> expected{
        {2023, 1, ymd(2023, 1, 1), ymd(2023, 3, 31), ymd(2023, 2, 15), ymd(2023, 3, 31), true},
        {2023, 2, ymd(2023, 4, 1), ymd(2023, 6, 30), ymd(2023, 4, 1), ymd(2023, 5, 10), true},
    };
    EXPECT_EQ(q.value(), expected);
}

TEST(QuartersSpanned, SingleDayAndYearBoundary) {
    const auto one = quarters_spanned(ymd(2024, 8, 15), ymd(2024, 8, 15));
    ASSERT_TRUE(one.ok());
    ASSERT_EQ(one->size(), 1U);
    EXPECT_EQ((*one)[0].number, 3);
    EXPECT_TRUE((*one)[0].partial);
    const auto cross = quarters_spanned(ymd(2023, 11, 15), ymd(2024, 1, 15));
    ASSERT_TRUE(cross.ok());
    ASSERT_EQ(cross->size(), 2U);
    EXPECT_EQ((*cross)[0].year, 2023);
    EXPECT_EQ((*cross)[0].number, 4);
    EXPECT_EQ((*cross)[1].year, 2024);
    EXPECT_EQ((*cross)[1].number, 1);
    const auto top = quarters_spanned(ymd(9999, 11, 1), ymd(9999, 12, 31));
    ASSERT_TRUE(top.ok());
    ASSERT_EQ(top->size(), 1U);
}

TEST(QuartersSpanned, EndBeforeStartIsAnErrorNotACrash) {
    const auto q = quarters_spanned(ymd(2023, 5, 10), ymd(2023, 2, 15));
    ASSERT_FALSE(q.ok());
    EXPECT_EQ(q.error().kind, ErrorKind::range);
    EXPECT_EQ(q.error().field, "période");
    EXPECT_EQ(q.error().value, "10/05/2023 au 15/02/2023");
    EXPECT_EQ(q.error().message,
              "la date de fin (15/02/2023) précède la date de début (10/05/2023)");
    const auto nad = quarters_spanned(Date(boost::gregorian::not_a_date_time), ymd(2023, 2, 15));
    ASSERT_FALSE(nad.ok());
    EXPECT_EQ(nad.error().kind, ErrorKind::range);
}

TEST(QuartersSpanned, PropertyClippedSpansTileThePeriodExactly) {
    for (Date s = ymd(2022, 1, 1); s <= ymd(2024, 12, 31); s += date_duration(1))
        for (const int len : {0, 1, 45, 89, 90, 91, 200, 400}) {
            const Date e = s + date_duration(len);
            const auto q = quarters_spanned(s, e);
            ASSERT_TRUE(q.ok());
            ASSERT_FALSE(q->empty());
            ASSERT_EQ(q->front().clipped_first, s);
            ASSERT_EQ(q->back().clipped_last, e);
            for (std::size_t i = 0; i < q->size(); ++i) {
                const auto& x = (*q)[i];
                ASSERT_GE(x.number, 1);
                ASSERT_LE(x.number, 4);
                ASSERT_EQ(x.first.month().as_number(), (x.number - 1) * 3 + 1);
                ASSERT_EQ(x.first.day().as_number(), 1);
                ASSERT_EQ(x.last, add_days(add_months(x.first, Months(3)), Days(-1)));
                ASSERT_EQ(x.partial, x.clipped_first != x.first || x.clipped_last != x.last);
                if (i > 0) {
                    ASSERT_EQ(x.clipped_first, (*q)[i - 1].clipped_last + date_duration(1));
                }
            }
        }
}

} // namespace

} // namespace test_deadline_test
