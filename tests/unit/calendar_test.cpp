// SPDX-License-Identifier: Apache-2.0
// Tests of <subvention/calendar.hpp>: Easter, public holidays by territory, working days.
#include <algorithm>
#include <cstdint>
#include <fstream>
#include <map>
#include <ostream>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include <subvention/calendar.hpp>

#include "support/sanitizer.hpp"

namespace subvention {
// Readable parameter names in GoogleTest output (found by ADL).
void PrintTo(Territory t, std::ostream* os) {
    *os << to_string(t);
}
void PrintTo(WorkWeek w, std::ostream* os) {
    *os << to_string(w);
}
} // namespace subvention

// Each suite in its own namespace: the suites of a group are compiled together (unity build).
namespace test_calendar_test {

namespace sv = subvention;
using sv::Date;
using sv::HolidayLaw;
using sv::HolidayOptions;
using sv::Territory;
using sv::WorkWeek;

namespace {

const boost::gregorian::days one_day(1);
const Date first_day(static_cast<unsigned short>(sv::testing::sweep_first_year()), 1, 1);
const Date last_day(2299, 12, 31);

std::string iso(Date d) {
    return sv::format_date(d, sv::DateStyle::iso);
}

Date ymd(int y, int m, int d) {
    return Date(static_cast<unsigned short>(y), static_cast<unsigned short>(m),
                static_cast<unsigned short>(d));
}

} // namespace

// --- Easter -----------------------------------------------------------------------------------

TEST(Easter, MatchesThePublishedAssaTable1900To2299) {
    // tests/data/easter_1900_2299.csv: Astronomical Society of South Australia table (see its
    // header); the library computes Easter by the Meeus/Jones/Butcher computus.
    std::ifstream in(std::string(SUBVENTION_TEST_DATA_DIR) + "/easter_1900_2299.csv");
    ASSERT_TRUE(in) << "missing tests/data/easter_1900_2299.csv";
    std::string line;
    int rows = 0;
    int expected_year = 1900;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#' || line.rfind("year,", 0) == 0)
            continue;
        const auto comma = line.find(',');
        ASSERT_NE(comma, std::string::npos) << line;
        const int year = std::stoi(line.substr(0, comma));
        ASSERT_EQ(year, expected_year++) << "table must list every year in order";
        const Date published = sv::parse_date(line.substr(comma + 1)).value();
        EXPECT_EQ(sv::easter_sunday(year), published) << year;
        EXPECT_EQ(published.day_of_week(), boost::date_time::Sunday) << year;
        ++rows;
    }
    EXPECT_EQ(rows, 400);
}

TEST(Easter, SpotChecksFromRules) {
    // docs/legal-reference.md HOL-NATIONAL / HOL-ALSACE-MOSELLE.
    EXPECT_EQ(sv::easter_sunday(2023), Date(2023, 4, 9));
    EXPECT_EQ(sv::easter_sunday(2024), Date(2024, 3, 31));
    EXPECT_EQ(sv::easter_sunday(2025), Date(2025, 4, 20));
    EXPECT_EQ(sv::easter_sunday(1900), Date(1900, 4, 15));
    EXPECT_EQ(sv::easter_sunday(2285), Date(2285, 3, 22)); // earliest possible date
    EXPECT_EQ(sv::easter_sunday(2038), Date(2038, 4, 25)); // latest possible date
}

TEST(Easter, YearsOutside1900To2299AreMisuse) {
    EXPECT_NO_THROW((void)sv::easter_sunday(1900));
    EXPECT_NO_THROW((void)sv::easter_sunday(2299));
    EXPECT_THROW((void)sv::easter_sunday(1899), std::out_of_range);
    try {
        (void)sv::easter_sunday(2300);
        FAIL() << "expected std::out_of_range";
    } catch (const std::out_of_range& e) {
        EXPECT_EQ(std::string(e.what()), "easter_sunday : l'année 2300 est hors de la plage du "
                                         "calendrier des jours fériés (1900 à 2299)");
    }
}

// --- holiday lists ------------------------------------------------------------------------------

namespace {

std::vector<sv::Holiday> national(int y, Date easter_monday, Date ascension, Date whit_monday) {
    return {{ymd(y, 1, 1), "Jour de l'an"},    {easter_monday, "Lundi de Pâques"},
            {ymd(y, 5, 1), "Fête du Travail"}, {ymd(y, 5, 8), "Victoire 1945"},
            {ascension, "Ascension"},          {whit_monday, "Lundi de Pentecôte"},
            {ymd(y, 7, 14), "Fête nationale"}, {ymd(y, 8, 15), "Assomption"},
            {ymd(y, 11, 1), "Toussaint"},      {ymd(y, 11, 11), "Armistice 1918"},
            {ymd(y, 12, 25), "Noël"}};
}

std::vector<sv::Holiday> with(std::vector<sv::Holiday> list, std::vector<sv::Holiday> extra) {
    list.insert(list.end(), extra.begin(), extra.end());
    std::stable_sort(list.begin(), list.end(),
                     [](const sv::Holiday& a, const sv::Holiday& b) { return a.date < b.date; });
    return list;
}

void expect_holidays(int year, Territory t, const std::vector<sv::Holiday>& expected) {
    const auto actual = sv::holidays(year, t);
    ASSERT_EQ(actual.size(), expected.size()) << year << " " << sv::to_string(t);
    for (std::size_t i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(iso(actual[i].date), iso(expected[i].date)) << year << " " << sv::to_string(t);
        EXPECT_EQ(actual[i].name, expected[i].name) << year << " " << sv::to_string(t);
    }
}

} // namespace

TEST(Holidays, Year2023ExactlyInEveryTerritory) {
    // docs/legal-reference.md HOL-NATIONAL: Easter 9 Apr 2023 → 10 Apr, 18 May, 29 May.
    const auto base = national(2023, ymd(2023, 4, 10), ymd(2023, 5, 18), ymd(2023, 5, 29));
    expect_holidays(2023, Territory::metropole, base);
    expect_holidays(
        2023, Territory::alsace_moselle,
        with(base, {{ymd(2023, 4, 7), "Vendredi saint"}, {ymd(2023, 12, 26), "Saint-Étienne"}}));
    const std::string_view abolition = "Abolition de l'esclavage";
    expect_holidays(2023, Territory::guadeloupe, with(base, {{ymd(2023, 5, 27), abolition}}));
    expect_holidays(2023, Territory::martinique, with(base, {{ymd(2023, 5, 22), abolition}}));
    expect_holidays(2023, Territory::guyane, with(base, {{ymd(2023, 6, 10), abolition}}));
    expect_holidays(2023, Territory::reunion, with(base, {{ymd(2023, 12, 20), abolition}}));
    expect_holidays(2023, Territory::mayotte, with(base, {{ymd(2023, 4, 27), abolition}}));
}

TEST(Holidays, Year2024ExactlyInEveryTerritory) {
    // docs/legal-reference.md HOL-NATIONAL: Easter 31 Mar 2024 → 1 Apr, 9 May, 20 May; Good Friday
    // 29 Mar.
    const auto base = national(2024, ymd(2024, 4, 1), ymd(2024, 5, 9), ymd(2024, 5, 20));
    expect_holidays(2024, Territory::metropole, base);
    expect_holidays(
        2024, Territory::alsace_moselle,
        with(base, {{ymd(2024, 3, 29), "Vendredi saint"}, {ymd(2024, 12, 26), "Saint-Étienne"}}));
    const std::string_view abolition = "Abolition de l'esclavage";
    expect_holidays(2024, Territory::guadeloupe, with(base, {{ymd(2024, 5, 27), abolition}}));
    expect_holidays(2024, Territory::martinique, with(base, {{ymd(2024, 5, 22), abolition}}));
    expect_holidays(2024, Territory::guyane, with(base, {{ymd(2024, 6, 10), abolition}}));
    expect_holidays(2024, Territory::reunion, with(base, {{ymd(2024, 12, 20), abolition}}));
    expect_holidays(2024, Territory::mayotte, with(base, {{ymd(2024, 4, 27), abolition}}));
}

TEST(Holidays, CountsPerTerritoryForEveryYear) {
    // By default, the holidays the law made so in each year: the 8 of 1900, 11 November from
    // 1922, 1 May from 1947, 8 May in 1953–1958, 1965 and from 1982, abolition days from the
    // décret of 23 November 1983 (La Réunion's 20 December 1983 included).
    const HolidayOptions current{.law = HolidayLaw::current};
    const HolidayOptions current_no_friday{.good_friday = false, .law = HolidayLaw::current};
    for (int y = sv::calendar_min_year; y <= sv::calendar_max_year; ++y) {
        const std::size_t national = 8U + (y >= 1922 ? 1U : 0U) + (y >= 1947 ? 1U : 0U) +
                                     ((y >= 1953 && y <= 1958) || y == 1965 || y >= 1982 ? 1U : 0U);
        EXPECT_EQ(sv::holidays(y, Territory::metropole).size(), national) << y;
        EXPECT_EQ(sv::holidays(y, Territory::alsace_moselle).size(), national + 2U) << y;
        EXPECT_EQ(sv::holidays(y, Territory::alsace_moselle, {.good_friday = false}).size(),
                  national + 1U)
            << y;
        for (const Territory t : {Territory::guadeloupe, Territory::martinique, Territory::guyane,
                                  Territory::reunion, Territory::mayotte}) {
            const bool abolition = y >= 1984 || (y == 1983 && t == Territory::reunion);
            EXPECT_EQ(sv::holidays(y, t).size(), national + (abolition ? 1U : 0U))
                << y << " " << sv::to_string(t);
        }
        // Today's list, applied to every year on request.
        EXPECT_EQ(sv::holidays(y, Territory::metropole, current).size(), 11U) << y;
        EXPECT_EQ(sv::holidays(y, Territory::alsace_moselle, current).size(), 13U) << y;
        EXPECT_EQ(sv::holidays(y, Territory::alsace_moselle, current_no_friday).size(), 12U) << y;
        for (const Territory t : {Territory::guadeloupe, Territory::martinique, Territory::guyane,
                                  Territory::reunion, Territory::mayotte})
            EXPECT_EQ(sv::holidays(y, t, current).size(), 12U) << y << " " << sv::to_string(t);
    }
}

TEST(Holidays, ListIsSortedAndAgreesWithIsHolidayOnEveryDay1900To2299) {
    for (const Territory t : sv::all_territories) {
        std::set<Date> listed;
        for (int y = sv::calendar_min_year; y <= sv::calendar_max_year; ++y) {
            const auto list = sv::holidays(y, t);
            ASSERT_TRUE(std::is_sorted(
                list.begin(), list.end(),
                [](const sv::Holiday& a, const sv::Holiday& b) { return a.date < b.date; }));
            for (std::size_t i = 0; i < list.size(); ++i) {
                listed.insert(list[i].date);
                // The name of a date is the first holiday listed on it.
                if (i == 0 || list[i - 1].date != list[i].date) {
                    ASSERT_EQ(sv::holiday_name(list[i].date, t), list[i].name) << iso(list[i].date);
                }
            }
        }
        for (Date d = first_day; d <= last_day; d += one_day)
            ASSERT_EQ(sv::is_holiday(d, t), listed.count(d) == 1)
                << iso(d) << " " << sv::to_string(t);
    }
}

TEST(Holidays, TwoHolidaysOnOneDayAreBothListedAndNamedInKindOrder) {
    // 2008: Easter 23 March → Ascension on 1 May.
    const auto list = sv::holidays(2008, Territory::metropole);
    ASSERT_EQ(list.size(), 11U);
    EXPECT_EQ(list[2], (sv::Holiday{Date(2008, 5, 1), "Fête du Travail"}));
    EXPECT_EQ(list[3], (sv::Holiday{Date(2008, 5, 1), "Ascension"}));
    EXPECT_EQ(sv::holiday_name(Date(2008, 5, 1), Territory::metropole), "Fête du Travail");
    EXPECT_EQ(sv::holiday_kind(Date(2008, 5, 1), Territory::metropole),
              sv::HolidayKind::labour_day);
    // Thursday 1 May 2008 removes one working day, not two.
    EXPECT_EQ(
        sv::working_days_between(Date(2008, 4, 30), Date(2008, 5, 2), Territory::metropole).count(),
        1);
}

TEST(Holidays, NamesAndLegalSources) {
    EXPECT_EQ(sv::holiday_name(Date(2024, 5, 20), Territory::metropole), "Lundi de Pentecôte");
    EXPECT_EQ(sv::holiday_name(Date(2024, 3, 29), Territory::alsace_moselle), "Vendredi saint");
    EXPECT_EQ(sv::holiday_name(Date(2024, 3, 29), Territory::metropole), std::nullopt);
    EXPECT_EQ(sv::holiday_name(Date(2023, 12, 26), Territory::alsace_moselle), "Saint-Étienne");
    EXPECT_EQ(sv::holiday_name(Date(2024, 4, 27), Territory::mayotte), "Abolition de l'esclavage");
    EXPECT_EQ(sv::holiday_name(Date(2024, 4, 27), Territory::reunion), std::nullopt);
    EXPECT_EQ(sv::holiday_name(Date(2024, 12, 20), Territory::reunion), "Abolition de l'esclavage");
    EXPECT_EQ(sv::holiday_name(Date(2024, 6, 30), Territory::metropole), std::nullopt);
    for (const auto k : sv::all_holiday_kinds) {
        EXPECT_FALSE(sv::name_fr(k).empty());
        EXPECT_FALSE(sv::legal_source(k).empty());
    }
    EXPECT_NE(sv::legal_source(sv::HolidayKind::christmas).find("L.3133-1"),
              std::string_view::npos);
    EXPECT_NE(sv::legal_source(sv::HolidayKind::good_friday).find("L.3134-13"),
              std::string_view::npos);
    EXPECT_NE(sv::legal_source(sv::HolidayKind::abolition_of_slavery).find("83-1003"),
              std::string_view::npos);
}

TEST(Holidays, WhitMondayStaysAHolidayDespiteSolidarityDay) {
    // HOL-SOLIDARITY-DAY: the journée de solidarité keeps its status of jour férié (2005–2007
    // included, when it was the default solidarity day).
    for (int y = 2004; y <= 2009; ++y) {
        const Date whit = sv::easter_sunday(y) + boost::gregorian::days(50);
        EXPECT_EQ(sv::holiday_name(whit, Territory::metropole), "Lundi de Pentecôte") << y;
        EXPECT_FALSE(sv::is_working_day(whit, Territory::metropole)) << y;
    }
}

TEST(Holidays, GoodFridayIsAVisiblePerCommuneChoiceInAlsaceMoselle) {
    const Date good_friday(2024, 3, 29);
    EXPECT_TRUE(sv::is_holiday(good_friday, Territory::alsace_moselle));
    const HolidayOptions no_temple{.good_friday = false};
    EXPECT_FALSE(sv::is_holiday(good_friday, Territory::alsace_moselle, no_temple));
    EXPECT_TRUE(
        sv::is_working_day(good_friday, Territory::alsace_moselle, WorkWeek::ouvres, no_temple));
    EXPECT_TRUE(sv::is_holiday(Date(2024, 12, 26), Territory::alsace_moselle, no_temple));
    // The option only concerns Alsace-Moselle.
    EXPECT_FALSE(sv::is_holiday(good_friday, Territory::metropole));
    EXPECT_FALSE(sv::is_holiday(good_friday, Territory::guadeloupe));
}

TEST(Holidays, InForceLawFollowsSourcedEffectiveDates) {
    const HolidayOptions in_force{.law = HolidayLaw::in_force};
    const auto metro = [&](int y, int m, int d) {
        return sv::is_holiday(ymd(y, m, d), Territory::metropole, in_force);
    };
    // 11 November: loi du 24 octobre 1922.
    EXPECT_FALSE(metro(1921, 11, 11));
    EXPECT_TRUE(metro(1922, 11, 11));
    // 1 May: loi n° 47-778 du 30 avril 1947.
    EXPECT_FALSE(metro(1946, 5, 1));
    EXPECT_TRUE(metro(1947, 5, 1));
    // 8 May: 1953–1958 (loi 53-225, décret 59-533), 1965 once, from 1982 (loi 81-893).
    EXPECT_FALSE(metro(1952, 5, 8));
    EXPECT_TRUE(metro(1953, 5, 8));
    EXPECT_TRUE(metro(1958, 5, 8));
    EXPECT_FALSE(metro(1959, 5, 8));
    EXPECT_TRUE(metro(1965, 5, 8));
    EXPECT_FALSE(metro(1970, 5, 8));
    EXPECT_FALSE(metro(1981, 5, 8));
    EXPECT_TRUE(metro(1982, 5, 8));
    // Abolition of slavery: décret n° 83-1003 du 23 novembre 1983.
    EXPECT_FALSE(sv::is_holiday(Date(1983, 5, 27), Territory::guadeloupe, in_force));
    EXPECT_TRUE(sv::is_holiday(Date(1984, 5, 27), Territory::guadeloupe, in_force));
    EXPECT_TRUE(sv::is_holiday(Date(1983, 12, 20), Territory::reunion, in_force));
    EXPECT_FALSE(sv::is_holiday(Date(1982, 12, 20), Territory::reunion, in_force));
    // Counts: 8 holidays in 1900, 11 from 1982 on.
    EXPECT_EQ(sv::holidays(1900, Territory::metropole, in_force).size(), 8U);
    EXPECT_EQ(sv::holidays(1922, Territory::metropole, in_force).size(), 9U);
    EXPECT_EQ(sv::holidays(1947, Territory::metropole, in_force).size(), 10U);
    EXPECT_EQ(sv::holidays(1953, Territory::metropole, in_force).size(), 11U);
    EXPECT_EQ(sv::holidays(1970, Territory::metropole, in_force).size(), 10U);
    for (int y = 1984; y <= 2299; ++y)
        for (const Territory t : sv::all_territories)
            ASSERT_EQ(sv::holidays(y, t, in_force), sv::holidays(y, t)) << y;
    // The default is the law in force; today's list for every year is the opt-in `current`.
    EXPECT_EQ(HolidayOptions{}.law, HolidayLaw::in_force);
    const HolidayOptions current{.law = HolidayLaw::current};
    EXPECT_TRUE(sv::is_holiday(Date(1970, 5, 8), Territory::metropole, current));
    EXPECT_TRUE(sv::is_holiday(Date(1900, 11, 11), Territory::metropole, current));
}

TEST(Holidays, DefaultListsNoHolidayBeforeTheLawThatCreatedIt) {
    const auto names = [](int year) {
        std::vector<std::string_view> out;
        for (const auto& h : sv::holidays(year, Territory::metropole))
            out.push_back(h.name);
        return out;
    };
    const auto has = [](const std::vector<std::string_view>& v, std::string_view n) {
        return std::find(v.begin(), v.end(), n) != v.end();
    };
    EXPECT_FALSE(has(names(1900), "Victoire 1945"));
    EXPECT_FALSE(has(names(1900), "Armistice 1918"));
    EXPECT_FALSE(has(names(1900), "Fête du Travail"));
    EXPECT_EQ(names(1900).size(), 8U);
    EXPECT_TRUE(has(names(1922), "Armistice 1918"));
    EXPECT_FALSE(has(names(1970), "Victoire 1945"));
    EXPECT_TRUE(has(names(2024), "Victoire 1945"));
    EXPECT_FALSE(sv::is_holiday(Date(1970, 5, 8), Territory::metropole));
    EXPECT_TRUE(sv::is_working_day(Date(1970, 5, 8), Territory::metropole));
}

// --- working days ------------------------------------------------------------------------------

TEST(WorkingDays, SeedFinalReportDeadlineOnSundayMovesToMonday) {
    // 30 June 2024 is a Sunday (docs/architecture.md §4), 1 July 2024 a Monday.
    EXPECT_EQ(Date(2024, 6, 30).day_of_week(), boost::date_time::Sunday);
    EXPECT_EQ(Date(2024, 7, 1).day_of_week(), boost::date_time::Monday);
    for (const Territory t : sv::all_territories) {
        EXPECT_FALSE(sv::is_working_day(Date(2024, 6, 30), t));
        EXPECT_FALSE(sv::is_working_day(Date(2024, 6, 30), t, WorkWeek::ouvrables));
        EXPECT_TRUE(sv::is_working_day(Date(2024, 7, 1), t));
        EXPECT_EQ(sv::next_working_day(Date(2024, 6, 30), t), Date(2024, 7, 1));
        EXPECT_EQ(sv::working_day_on_or_after(Date(2024, 6, 30), t), Date(2024, 7, 1));
        EXPECT_EQ(sv::working_day_on_or_after(Date(2024, 7, 1), t), Date(2024, 7, 1));
    }
}

TEST(WorkingDays, OuvresAndOuvrablesDifferOnSaturdayOnly) {
    const Date saturday(2024, 7, 6);
    EXPECT_FALSE(sv::is_working_day(saturday, Territory::metropole, WorkWeek::ouvres));
    EXPECT_TRUE(sv::is_working_day(saturday, Territory::metropole, WorkWeek::ouvrables));
    EXPECT_FALSE(sv::is_working_day(Date(2024, 7, 7), Territory::metropole, WorkWeek::ouvrables));
    // Saturday 1 November 2025 is a holiday: not ouvrable either.
    EXPECT_FALSE(sv::is_working_day(Date(2025, 11, 1), Territory::metropole, WorkWeek::ouvrables));
    // Friday 5 July → Monday 8 July (ouvrés), Saturday 6 July (ouvrables).
    EXPECT_EQ(sv::next_working_day(Date(2024, 7, 5), Territory::metropole), Date(2024, 7, 8));
    EXPECT_EQ(sv::next_working_day(Date(2024, 7, 5), Territory::metropole, WorkWeek::ouvrables),
              Date(2024, 7, 6));
    EXPECT_EQ(sv::to_string(WorkWeek::ouvres), "ouvres");
    EXPECT_EQ(sv::to_string(WorkWeek::ouvrables), "ouvrables");
}

TEST(WorkingDays, EasterWeekendInAlsaceMosellePassesGoodFridayAndEasterMonday) {
    const Date thursday(2024, 3, 28);
    EXPECT_EQ(sv::next_working_day(thursday, Territory::metropole), Date(2024, 3, 29));
    EXPECT_EQ(sv::next_working_day(thursday, Territory::alsace_moselle), Date(2024, 4, 2));
    EXPECT_EQ(sv::next_working_day(thursday, Territory::alsace_moselle, WorkWeek::ouvrables),
              Date(2024, 3, 30));
    EXPECT_EQ(sv::working_days_between(thursday, Date(2024, 4, 2), Territory::metropole).count(),
              2);
    EXPECT_EQ(
        sv::working_days_between(thursday, Date(2024, 4, 2), Territory::alsace_moselle).count(), 1);
    // 26 December 2023 (Tuesday): working in métropole, not in Alsace-Moselle.
    EXPECT_TRUE(sv::is_working_day(Date(2023, 12, 26), Territory::metropole));
    EXPECT_FALSE(sv::is_working_day(Date(2023, 12, 26), Territory::alsace_moselle));
}

TEST(WorkingDays, BetweenIsAntisymmetricAndCountsFromExclusiveToInclusive) {
    const Date friday(2024, 7, 5);
    const Date monday(2024, 7, 8);
    EXPECT_EQ(sv::working_days_between(friday, monday, Territory::metropole).count(), 1);
    EXPECT_EQ(sv::working_days_between(monday, friday, Territory::metropole).count(), -1);
    EXPECT_EQ(sv::working_days_between(friday, friday, Territory::metropole).count(), 0);
    EXPECT_EQ(
        sv::working_days_between(friday, monday, Territory::metropole, WorkWeek::ouvrables).count(),
        2);
    // 2024 in métropole: 366 days from a Monday, 262 weekdays, 10 holidays on a weekday
    // (14 July is a Sunday) → 252 jours ouvrés.
    EXPECT_EQ(sv::working_days_between(Date(2023, 12, 31), Date(2024, 12, 31), Territory::metropole)
                  .count(),
              252);
}

TEST(WorkingDays, OutsideTheCalendarRangeIsMisuse) {
    EXPECT_THROW((void)sv::is_holiday(Date(1899, 12, 31), Territory::metropole), std::out_of_range);
    EXPECT_THROW((void)sv::is_working_day(Date(2300, 1, 2), Territory::metropole),
                 std::out_of_range);
    EXPECT_THROW((void)sv::holidays(1899, Territory::metropole), std::out_of_range);
    EXPECT_THROW((void)sv::holidays(2300, Territory::metropole), std::out_of_range);
    // Friday 29 Dec 2299 → the next working day would be in 2300.
    EXPECT_EQ(Date(2299, 12, 29).day_of_week(), boost::date_time::Friday);
    EXPECT_THROW((void)sv::next_working_day(Date(2299, 12, 29), Territory::metropole),
                 std::out_of_range);
    EXPECT_THROW(
        (void)sv::working_days_between(Date(1899, 12, 31), Date(1900, 1, 3), Territory::metropole),
        std::out_of_range);
    EXPECT_THROW((void)sv::is_holiday(Date(), Territory::metropole), std::invalid_argument);
}

// --- properties over every day 1900-01-01 .. 2299-12-31 ------------------------------------------

class EveryDay : public ::testing::TestWithParam<std::tuple<Territory, WorkWeek>> {};

TEST_P(EveryDay, NextWorkingDayIsTheFirstWorkingDayStrictlyAfter) {
    const auto [t, w] = GetParam();
    // Walk backwards so that the expected next working day is known without the library.
    std::optional<Date> next_working; // first working day strictly after d
    for (Date d = last_day;; d -= one_day) {
        if (next_working) {
            ASSERT_EQ(sv::next_working_day(d, t, w), *next_working) << iso(d);
        } else {
            ASSERT_THROW((void)sv::next_working_day(d, t, w), std::out_of_range) << iso(d);
        }
        const bool working = sv::is_working_day(d, t, w);
        // working_day_on_or_after: d itself if working, else the next one; idempotent.
        const Date on_or_after = working ? d : next_working.value_or(d);
        if (working || next_working) {
            ASSERT_EQ(sv::working_day_on_or_after(d, t, w), on_or_after) << iso(d);
            ASSERT_EQ(sv::working_day_on_or_after(on_or_after, t, w), on_or_after) << iso(d);
        }
        if (working)
            next_working = d;
        if (d == first_day)
            break;
    }
}

TEST_P(EveryDay, WorkingDaysBetweenMatchesADayByDayCount) {
    const auto [t, w] = GetParam();
    // running = number of working days d with first_day < d <= current, counted day by day.
    std::int64_t running = 0;
    std::int64_t running_at_sample = 0;
    std::map<int, std::int64_t> per_year;
    std::uint64_t step = 0;
    Date sample = first_day;
    for (Date d = first_day + one_day; d <= last_day; d += one_day) {
        const bool working = sv::is_working_day(d, t, w);
        running += working ? 1 : 0;
        per_year[static_cast<int>(d.year())] += working ? 1 : 0;
        ++step;
        if (step % 37 == 0) { // consecutive short ranges cover every day
            ASSERT_EQ(sv::working_days_between(sample, d, t, w).count(),
                      running - running_at_sample)
                << iso(sample) << " " << iso(d);
            ASSERT_EQ(sv::working_days_between(d, sample, t, w).count(),
                      running_at_sample - running)
                << iso(sample) << " " << iso(d);
            sample = d;
            running_at_sample = running;
        }
        if (step % 10007 == 0) { // long ranges, up to four centuries
            ASSERT_EQ(sv::working_days_between(first_day, d, t, w).count(), running) << iso(d);
        }
    }
    ASSERT_EQ(sv::working_days_between(first_day, last_day, t, w).count(), running);
    for (int y = static_cast<int>(first_day.year()) + 1; y <= 2299; ++y)
        ASSERT_EQ(sv::working_days_between(ymd(y - 1, 12, 31), ymd(y, 12, 31), t, w).count(),
                  per_year[y])
            << y;
}

TEST_P(EveryDay, WorkingDaysBetweenIsAdditiveOverConsecutiveRanges) {
    const auto [t, w] = GetParam();
    std::uint64_t seed =
        0x9E3779B97F4A7C15U + static_cast<std::uint64_t>(t) * 7U + static_cast<std::uint64_t>(w);
    const auto span = static_cast<std::uint64_t>((last_day - first_day).days());
    const auto random_day = [&] {
        seed = seed * 6364136223846793005U + 1442695040888963407U; // LCG (Knuth MMIX)
        return first_day + boost::gregorian::days(static_cast<long>((seed >> 33) % (span + 1)));
    };
    for (int i = 0; i < 300; ++i) {
        const Date a = random_day();
        const Date b = random_day();
        const Date c = random_day();
        ASSERT_EQ(
            (sv::working_days_between(a, b, t, w) + sv::working_days_between(b, c, t, w)).count(),
            sv::working_days_between(a, c, t, w).count())
            << iso(a) << " " << iso(b) << " " << iso(c);
    }
    // Day by day over one year with collisions (2008: Ascension on 1 May).
    for (Date d = Date(2008, 1, 1); d <= Date(2008, 12, 31); d += one_day)
        ASSERT_EQ(sv::working_days_between(d - one_day, d, t, w).count(),
                  sv::is_working_day(d, t, w) ? 1 : 0)
            << iso(d);
}

INSTANTIATE_TEST_SUITE_P(AllTerritoriesAndWorkWeeks, EveryDay,
                         ::testing::Combine(::testing::ValuesIn(sv::all_territories),
                                            ::testing::Values(WorkWeek::ouvres,
                                                              WorkWeek::ouvrables)),
                         [](const ::testing::TestParamInfo<EveryDay::ParamType>& param_info) {
                             std::string name(sv::to_string(std::get<0>(param_info.param)));
                             std::replace(name.begin(), name.end(), '-', '_');
                             return name + "_" +
                                    std::string(sv::to_string(std::get<1>(param_info.param)));
                         });

// --- territories -------------------------------------------------------------------------------

TEST(Territories, NamesRoundTripAndAcceptUsualSpellings) {
    for (const Territory t : sv::all_territories)
        EXPECT_EQ(sv::parse_territory(sv::to_string(t)).value(), t);
    EXPECT_EQ(sv::to_string(Territory::alsace_moselle), "alsace-moselle");
    EXPECT_EQ(sv::parse_territory("Alsace-Moselle").value(), Territory::alsace_moselle);
    EXPECT_EQ(sv::parse_territory("alsace_moselle").value(), Territory::alsace_moselle);
    EXPECT_EQ(sv::parse_territory("ALSACE MOSELLE").value(), Territory::alsace_moselle);
    EXPECT_EQ(sv::parse_territory("La Réunion").value(), Territory::reunion);
    EXPECT_EQ(sv::parse_territory(" RÉUNION ").value(), Territory::reunion);
    EXPECT_EQ(sv::parse_territory("Métropole").value(), Territory::metropole);
    EXPECT_EQ(sv::parse_territory("Guyane").value(), Territory::guyane);
}

TEST(Territories, UnknownOrEmptyIsAnError) {
    const auto empty = sv::parse_territory("  ");
    ASSERT_FALSE(empty.ok());
    EXPECT_EQ(empty.error().kind, sv::ErrorKind::empty);
    const auto corse = sv::parse_territory("corse");
    ASSERT_FALSE(corse.ok());
    EXPECT_EQ(corse.error().kind, sv::ErrorKind::component);
    EXPECT_EQ(corse.error().field, "territoire");
    EXPECT_EQ(corse.error().value, "corse");
    EXPECT_EQ(corse.error().message,
              "territoire « corse » inconnu (attendu : metropole, alsace-moselle, guadeloupe, "
              "martinique, guyane, reunion, mayotte)");
    EXPECT_FALSE(sv::parse_territory("saint-martin").ok());
}

TEST(Territories, FromDepartementCode) {
    EXPECT_EQ(sv::territory_of_departement("62").value(), Territory::metropole);
    EXPECT_EQ(sv::territory_of_departement("01").value(), Territory::metropole);
    EXPECT_EQ(sv::territory_of_departement("95").value(), Territory::metropole);
    EXPECT_EQ(sv::territory_of_departement("2A").value(), Territory::metropole);
    EXPECT_EQ(sv::territory_of_departement("2b").value(), Territory::metropole);
    EXPECT_EQ(sv::territory_of_departement("57").value(), Territory::alsace_moselle);
    EXPECT_EQ(sv::territory_of_departement("67").value(), Territory::alsace_moselle);
    EXPECT_EQ(sv::territory_of_departement("68").value(), Territory::alsace_moselle);
    EXPECT_EQ(sv::territory_of_departement("971").value(), Territory::guadeloupe);
    EXPECT_EQ(sv::territory_of_departement("972").value(), Territory::martinique);
    EXPECT_EQ(sv::territory_of_departement("973").value(), Territory::guyane);
    EXPECT_EQ(sv::territory_of_departement("974").value(), Territory::reunion);
    EXPECT_EQ(sv::territory_of_departement("976").value(), Territory::mayotte);
    for (const std::string_view bad : {"00", "20", "96", "975", "977", "6", "620", "AB"}) {
        const auto r = sv::territory_of_departement(bad);
        ASSERT_FALSE(r.ok()) << bad;
        EXPECT_EQ(r.error().kind, sv::ErrorKind::component) << bad;
        EXPECT_EQ(r.error().field, "département");
    }
    EXPECT_EQ(sv::territory_of_departement("").error().kind, sv::ErrorKind::empty);
}

} // namespace test_calendar_test
