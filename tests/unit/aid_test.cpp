// SPDX-License-Identifier: Apache-2.0
// Tests of <subvention/aid.hpp>: the de minimis regulations as data, their windows, the
// cumulation, the headroom, the decision on a new aid and the first date the headroom returns.
// Worked examples write the arithmetic in comments; property tests compare the library with a
// naive, independently written day-by-day model over every day of several years.
#include <algorithm>
#include <cstdint>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include <subvention/aid.hpp>

// Each suite in its own namespace: the suites of a group are compiled together (unity build).
namespace test_aid_test {

namespace {

using namespace subvention;
using namespace subvention::literals;

GrantedAid aid(int y, int m, int d, std::int64_t euros, AidRegulation r,
               std::string grantor = "Région") {
    return GrantedAid{std::move(grantor),
                      Date(static_cast<unsigned short>(y), static_cast<unsigned short>(m),
                           static_cast<unsigned short>(d)),
                      Euros::from_euros(euros), r};
}

constexpr auto g1407 = AidRegulation::de_minimis_1407_2013;
constexpr auto g2831 = AidRegulation::de_minimis_2023_2831;
constexpr auto s360 = AidRegulation::sieg_360_2012;
constexpr auto s2832 = AidRegulation::sieg_2023_2832;

// --- Contract: names and parsing -------------------------------------------------------------

TEST(AidRegulationName, RoundTripsEveryRegulation) {
    for (const auto r : {g1407, g2831, s360, s2832, AidRegulation::other}) {
        const auto parsed = parse_aid_regulation(to_string(r));
        ASSERT_TRUE(parsed.ok()) << to_string(r);
        EXPECT_EQ(*parsed, r);
    }
    EXPECT_EQ(to_string(g1407), "1407/2013");
    EXPECT_EQ(to_string(s2832), "2023/2832");
    EXPECT_EQ(*parse_aid_regulation("  2023/2831 "), g2831);
    EXPECT_EQ(*parse_aid_regulation("AUTRE"), AidRegulation::other);
}

TEST(AidRegulationName, RejectsUnknownAndEmptyNamingTheValue) {
    const auto unknown = parse_aid_regulation("1998/2006");
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().kind, ErrorKind::component);
    EXPECT_EQ(unknown.error().field, "règlement");
    EXPECT_EQ(unknown.error().value, "1998/2006");
    const auto empty = parse_aid_regulation("  ");
    ASSERT_FALSE(empty.ok());
    EXPECT_EQ(empty.error().kind, ErrorKind::empty);
}

// --- The regulations as data -----------------------------------------------------------------

TEST(AidRegulations, CeilingsDatesAndWindowsAreTheRegulations) {
    static_assert(aid_regulations.size() == 4);
    static_assert(find_regulation_info(AidRegulation::other) == nullptr);
    static_assert(find_regulation_info(g1407)->ceiling == Euros::from_cents(200'000'00));
    static_assert(find_regulation_info(g2831)->ceiling == Euros::from_cents(300'000'00));
    static_assert(find_regulation_info(s360)->ceiling == Euros::from_cents(500'000'00));
    static_assert(find_regulation_info(s2832)->ceiling == Euros::from_cents(750'000'00));
    EXPECT_EQ(regulation_info(g1407).window, AidWindowKind::fiscal_years);
    EXPECT_EQ(regulation_info(s360).window, AidWindowKind::fiscal_years);
    EXPECT_EQ(regulation_info(g2831).window, AidWindowKind::rolling_years);
    EXPECT_EQ(regulation_info(s2832).window, AidWindowKind::rolling_years);
    EXPECT_EQ(regulation_info(g1407).applies_until.to_date(), Date(2023, 12, 31));
    EXPECT_EQ(regulation_info(g1407).schemes_until.to_date(), Date(2024, 6, 30));
    EXPECT_EQ(regulation_info(g2831).applies_from.to_date(), Date(2024, 1, 1));
    EXPECT_EQ(regulation_info(g2831).applies_until.to_date(), Date(2030, 12, 31));
    EXPECT_THROW((void)regulation_info(AidRegulation::other), std::invalid_argument);
    EXPECT_EQ(family_of(s360), AidFamily::sieg);
    EXPECT_EQ(family_of(AidRegulation::other), std::nullopt);
}

TEST(AidRegulations, RegulationInForceChangesOnFirstJanuary2024) {
    EXPECT_EQ(regulation_in_force(Date(2023, 12, 31), AidFamily::general), g1407);
    EXPECT_EQ(regulation_in_force(Date(2024, 1, 1), AidFamily::general), g2831);
    EXPECT_EQ(regulation_in_force(Date(2023, 12, 31), AidFamily::sieg), s360);
    EXPECT_EQ(regulation_in_force(Date(2024, 1, 1), AidFamily::sieg), s2832);
    EXPECT_EQ(regulation_in_force(Date(2030, 12, 31), AidFamily::general), g2831);
    EXPECT_EQ(regulation_in_force(Date(2031, 1, 1), AidFamily::general), std::nullopt);
    EXPECT_EQ(regulation_in_force(Date(2013, 12, 31), AidFamily::general), std::nullopt);
    EXPECT_EQ(regulation_in_force(Date(2014, 1, 1), AidFamily::general), g1407);
}

TEST(AidRegulations, SchemesOf1407StayCoveredSixMonthsByDefault) {
    // 1407/2013 art. 7 § 4: 31/12/2023 + six months = 30/06/2024.
    EXPECT_TRUE(regulation_applies(g1407, Date(2024, 6, 30)));
    EXPECT_FALSE(regulation_applies(g1407, Date(2024, 7, 1)));
    AidOptions strict;
    strict.scheme_transition = false;
    EXPECT_TRUE(regulation_applies(g1407, Date(2023, 12, 31), strict));
    EXPECT_FALSE(regulation_applies(g1407, Date(2024, 1, 1), strict));
    EXPECT_FALSE(regulation_applies(g2831, Date(2023, 12, 31)));
    EXPECT_FALSE(regulation_applies(s360, Date(2024, 1, 1))); // no transition for 360/2012
    EXPECT_FALSE(regulation_applies(AidRegulation::other, Date(2024, 1, 1)));
}

// --- Windows ---------------------------------------------------------------------------------

TEST(AidWindow, FiscalYearsAreTheCurrentAndTwoPreviousCalendarYearsByDefault) {
    const auto w = aid_window(g1407, Date(2023, 12, 31));
    EXPECT_EQ(w.first, Date(2021, 1, 1));
    EXPECT_EQ(w.last, Date(2023, 12, 31));
    EXPECT_EQ(w.to_string_fr(), "du 01/01/2021 au 31/12/2023 (exercices 2021 à 2023)");
    EXPECT_EQ(aid_window(g1407, Date(2023, 1, 1)).first, Date(2021, 1, 1));
}

TEST(AidWindow, FiscalYearStartingInJulyOption) {
    AidOptions o;
    o.fiscal_year_start_month = 7;
    // 30/06/2023 is in the fiscal year 01/07/2022–30/06/2023: window from 01/07/2020.
    EXPECT_EQ(aid_window(g1407, Date(2023, 6, 30), o).first, Date(2020, 7, 1));
    // 01/07/2023 opens the fiscal year 2023–2024: window from 01/07/2021.
    EXPECT_EQ(aid_window(g1407, Date(2023, 7, 1), o).first, Date(2021, 7, 1));
    o.fiscal_year_start_month = 13;
    EXPECT_THROW((void)aid_window(g1407, Date(2023, 7, 1), o), std::invalid_argument);
}

TEST(AidWindow, RollingThreeYearsExcludeTheDayThreeYearsBeforeByDefault) {
    // docs/legal-reference.md: (D − 3 ans, D]. D = 15/06/2024 → from 16/06/2021.
    const auto w = aid_window(g2831, Date(2024, 6, 15));
    EXPECT_EQ(w.first, Date(2021, 6, 16));
    EXPECT_EQ(w.to_string_fr(), "du 16/06/2021 au 15/06/2024 (trois ans glissants)");
    AidOptions inclusive;
    inclusive.rolling_start = RollingStart::inclusive;
    EXPECT_EQ(aid_window(g2831, Date(2024, 6, 15), inclusive).first, Date(2021, 6, 15));
}

TEST(AidWindow, RollingWindowAroundTwentyNinthOfFebruary) {
    // 28/02/2027 − 3 ans = 28/02/2024 (CPC 641): the window starts on 29/02/2024.
    EXPECT_EQ(aid_window(g2831, Date(2027, 2, 28)).first, Date(2024, 2, 29));
    // 29/02/2028 − 3 ans = 28/02/2025 → from 01/03/2025.
    EXPECT_EQ(aid_window(g2831, Date(2028, 2, 29)).first, Date(2025, 3, 1));
}

// --- Decisions at the boundaries -------------------------------------------------------------

const std::vector<GrantedAid> history_190k{aid(2021, 6, 1, 100'000, g1407, "Département"),
                                           aid(2023, 3, 1, 90'000, g1407, "Région")};

TEST(AidDecision, Thirty_first_December2023IsJudgedBy1407) {
    // 100 000 + 90 000 = 190 000 € in 2021–2023; + 20 000 = 210 000 > 200 000 €.
    const auto d = check_new_aid(history_190k, aid(2023, 12, 31, 20'000, g1407));
    EXPECT_FALSE(d.allowed);
    ASSERT_TRUE(d.assessment.has_value());
    EXPECT_EQ(d.assessment->cumulated, 190'000_eur);
    EXPECT_EQ(d.assessment->headroom(), 10'000_eur);
    EXPECT_EQ(d.assessment->counted.size(), 2U);
    ASSERT_EQ(d.reasons_fr.size(), 1U);
    EXPECT_EQ(d.reasons_fr[0],
              "le cumul des aides de minimis générales du 01/01/2021 au 31/12/2023 (exercices 2021 "
              "à 2023) atteindrait 210\u202F000,00\u00A0€ (190\u202F000,00\u00A0€ déjà octroyés "
              "+ 20\u202F000,00\u00A0€), au-delà du plafond de 200\u202F000,00\u00A0€ (art. 3 § 2 "
              "du règlement 1407/2013)");
    // 20 000 € fit again on 01/01/2024: 2023/2831 applies, window (01/01/2021, 01/01/2024]
    // still counts 190 000 €, but 300 000 − 190 000 = 110 000 ≥ 20 000.
    EXPECT_EQ(d.headroom_returns, Date(2024, 1, 1));
}

TEST(AidDecision, FirstJanuary2024IsJudgedBy2831) {
    // Window (01/01/2021, 01/01/2024]: 190 000 + 20 000 = 210 000 ≤ 300 000 €.
    const auto d = check_new_aid(history_190k, aid(2024, 1, 1, 20'000, g2831));
    EXPECT_TRUE(d.allowed);
    EXPECT_TRUE(d.reasons_fr.empty());
    EXPECT_EQ(d.assessment->window.first, Date(2021, 1, 2));
    EXPECT_EQ(d.assessment->cumulated, 190'000_eur);
    EXPECT_EQ(d.assessment->headroom(), 110'000_eur);
    EXPECT_EQ(d.headroom_returns, std::nullopt);
}

TEST(AidDecision, RegulationMustApplyOnTheGrantDate) {
    const auto early = check_new_aid({}, aid(2023, 12, 31, 1, g2831));
    EXPECT_FALSE(early.allowed);
    ASSERT_EQ(early.reasons_fr.size(), 1U);
    EXPECT_EQ(early.reasons_fr[0], "le règlement (UE) 2023/2831 de la Commission du 13 décembre "
                                   "2023 ne s'applique pas le 31/12/2023 (du 01/01/2024 au "
                                   "31/12/2030, art. 8)");
    EXPECT_TRUE(check_new_aid({}, aid(2024, 6, 30, 1, g1407)).allowed);
    EXPECT_FALSE(check_new_aid({}, aid(2024, 7, 1, 1, g1407)).allowed);
    const auto zero = check_new_aid({}, aid(2024, 7, 1, 0, g2831));
    EXPECT_FALSE(zero.allowed);
    EXPECT_EQ(zero.reasons_fr.at(0), "le montant de l'aide doit être positif : 0,00\u00A0€");
    const auto other = check_new_aid({}, aid(2024, 7, 1, 5'000'000, AidRegulation::other));
    EXPECT_TRUE(other.allowed);
    EXPECT_FALSE(other.assessment.has_value());
}

TEST(AidDecision, TransitionalAidUnder1407IsMeasuredOnItsFiscalWindow) {
    // 30/06/2024 under a 1407/2013 scheme: fiscal years 2022–2024, 200 000 €. The 2021 aid is
    // out, the 2023 one (90 000) and a 2831 aid of 02/2024 (100 000) are in: 190 000 + 10 000.01
    // > 200 000 → refused; 10 000 exactly → allowed.
    auto prior = history_190k;
    prior.push_back(aid(2024, 2, 1, 100'000, g2831));
    EXPECT_TRUE(check_new_aid(prior, aid(2024, 6, 30, 10'000, g1407)).allowed);
    GrantedAid over = aid(2024, 6, 30, 10'000, g1407);
    over.amount = over.amount + Euros::from_cents(1);
    EXPECT_FALSE(check_new_aid(prior, over).allowed);
}

TEST(AidDecision, ExactlyAtTheCeilingIsAllowedOneCentAboveIsNot) {
    // 2023/2831: 250 000 € on 10/05/2024; 50 000 € more on 10/05/2025 = 300 000 € exactly.
    const std::vector<GrantedAid> prior{aid(2024, 5, 10, 250'000, g2831)};
    const auto exact = check_new_aid(prior, aid(2025, 5, 10, 50'000, g2831));
    EXPECT_TRUE(exact.allowed);
    EXPECT_EQ(exact.assessment->headroom(), 50'000_eur);
    GrantedAid cent = aid(2025, 5, 10, 50'000, g2831);
    cent.amount = Euros::from_cents(50'000'01);
    const auto above = check_new_aid(prior, cent);
    EXPECT_FALSE(above.allowed);
    // The 250 000 € leave the window (10/05/2024, D] on D = 10/05/2027.
    EXPECT_EQ(above.headroom_returns, Date(2027, 5, 10));
    // Same under 1407/2013 in fiscal years: 150 000 + 50 000 = 200 000 exactly.
    const std::vector<GrantedAid> old{aid(2021, 1, 1, 150'000, g1407)};
    EXPECT_TRUE(check_new_aid(old, aid(2023, 12, 31, 50'000, g1407)).allowed);
    GrantedAid old_cent = aid(2023, 12, 31, 50'000, g1407);
    old_cent.amount = Euros::from_cents(50'000'01);
    EXPECT_FALSE(check_new_aid(old, old_cent).allowed);
}

TEST(AidDecision, WindowCrossingTheChangeCounts1407AidUnder2831) {
    // New aid on 15/06/2024 (2023/2831): window (15/06/2021, 15/06/2024]. The 1407 aid of
    // 15/06/2021 is out, the one of 16/06/2021 is in.
    const std::vector<GrantedAid> prior{aid(2021, 6, 15, 120'000, g1407),
                                        aid(2021, 6, 16, 130'000, g1407),
                                        aid(2023, 9, 1, 60'000, g1407)};
    const auto a = assess(prior, g2831, Date(2024, 6, 15));
    EXPECT_EQ(a.cumulated, 190'000_eur); // 130 000 + 60 000
    EXPECT_EQ(a.counted.size(), 2U);
    EXPECT_EQ(a.counted[0].granted_on, Date(2021, 6, 16));
    AidOptions inclusive;
    inclusive.rolling_start = RollingStart::inclusive;
    EXPECT_EQ(assess(prior, g2831, Date(2024, 6, 15), inclusive).cumulated, 310'000_eur);
    // The same aid one day later: the 16/06/2021 aid leaves only on 16/06/2024.
    EXPECT_EQ(assess(prior, g2831, Date(2024, 6, 16)).cumulated, 60'000_eur);
}

TEST(AidDecision, LaterAidAndOtherRegimesAreNotCounted) {
    const std::vector<GrantedAid> prior{aid(2024, 3, 1, 100'000, g2831),
                                        aid(2024, 3, 2, 100'000, g2831),
                                        aid(2024, 2, 1, 900'000, AidRegulation::other)};
    // On 01/03/2024 the aid of 02/03 is not granted yet; same-day aid counts.
    EXPECT_EQ(assess(prior, g2831, Date(2024, 3, 1)).cumulated, 100'000_eur);
    EXPECT_EQ(assess(prior, g2831, Date(2024, 3, 2)).cumulated, 200'000_eur);
}

TEST(AidDecision, SiegCeilingCapsGeneralAndSiegTogetherByDefault) {
    // 700 000 € of SIEG aid (2023/2832) in 2024; a general aid of 60 000 € in 2025:
    // general 0 + 60 000 ≤ 300 000, but all de minimis 760 000 > 750 000.
    const std::vector<GrantedAid> prior{aid(2024, 4, 1, 700'000, s2832, "Commune")};
    const auto d = check_new_aid(prior, aid(2025, 4, 1, 60'000, g2831));
    EXPECT_FALSE(d.allowed);
    ASSERT_EQ(d.reasons_fr.size(), 1U);
    EXPECT_NE(d.reasons_fr[0].find("plafond commun de 750\u202F000,00\u00A0€ (art. 5 § 1 du "
                                   "règlement 2023/2831)"),
              std::string::npos)
        << d.reasons_fr[0];
    EXPECT_EQ(d.assessment->cumulated, Euros{});
    EXPECT_EQ(d.assessment->combined_cumulated, 700'000_eur);
    EXPECT_EQ(d.assessment->headroom(), 50'000_eur);
    AidOptions separate;
    separate.sieg_cumulation = SiegCumulation::separate;
    const auto s = check_new_aid(prior, aid(2025, 4, 1, 60'000, g2831), separate);
    EXPECT_TRUE(s.allowed);
    EXPECT_EQ(s.assessment->headroom(), 300'000_eur);
    // SIEG aid is held to 750 000 € counting the general aid too.
    const std::vector<GrantedAid> general{aid(2024, 4, 1, 250'000, g2831)};
    EXPECT_FALSE(check_new_aid(general, aid(2026, 1, 1, 550'000, s2832)).allowed);
    EXPECT_TRUE(check_new_aid(general, aid(2026, 1, 1, 500'000, s2832)).allowed);
    EXPECT_TRUE(check_new_aid(general, aid(2026, 1, 1, 550'000, s2832), separate).allowed);
}

TEST(AidDecision, OldSiegRegimeCombinedCeilingIs500k) {
    // 2023: 150 000 € general (1407) + 360 000 € SIEG (360/2012): a SIEG aid of 0.01 € more
    // than 500 000 − 510 000 is impossible; general aid: 150 000 + 40 000 ≤ 200 000 but
    // 510 000 + 40 000 > 500 000 → refused.
    const std::vector<GrantedAid> prior{aid(2023, 1, 10, 150'000, g1407),
                                        aid(2023, 2, 10, 360'000, s360)};
    const auto d = check_new_aid(prior, aid(2023, 3, 10, 40'000, g1407));
    EXPECT_FALSE(d.allowed);
    EXPECT_EQ(d.assessment->combined_ceiling, 500'000_eur);
    EXPECT_EQ(d.assessment->combined_cumulated, 510'000_eur);
    EXPECT_TRUE(d.assessment->exceeded()); // already above the common ceiling
    EXPECT_EQ(d.assessment->headroom(), Euros{});
}

// --- First date at which the headroom returns ------------------------------------------------

TEST(AidHeadroomReturns, WorkedExamples) {
    const std::vector<GrantedAid> prior{aid(2024, 3, 15, 300'000, g2831)};
    // Any amount: the 300 000 € leave (D − 3 ans, D] on 15/03/2027.
    EXPECT_EQ(first_date_with_headroom(prior, AidFamily::general, 1_eur, Date(2025, 1, 1)),
              Date(2027, 3, 15));
    AidOptions inclusive;
    inclusive.rolling_start = RollingStart::inclusive;
    EXPECT_EQ(
        first_date_with_headroom(prior, AidFamily::general, 1_eur, Date(2025, 1, 1), inclusive),
        Date(2027, 3, 16));
    // Already available: the start date itself.
    EXPECT_EQ(first_date_with_headroom(prior, AidFamily::general, 1_eur, Date(2024, 3, 14)),
              Date(2024, 3, 14));
    // More than the ceiling: never.
    EXPECT_EQ(first_date_with_headroom({}, AidFamily::general, 300'001_eur, Date(2025, 1, 1)),
              std::nullopt);
    // After 2030 no regulation is modelled.
    EXPECT_EQ(first_date_with_headroom({}, AidFamily::general, 1_eur, Date(2031, 1, 1)),
              std::nullopt);
    // 29/02/2024 aid: still counted on 28/02/2027 (window from 29/02/2024), gone on 01/03/2027.
    const std::vector<GrantedAid> leap{aid(2024, 2, 29, 300'000, g2831)};
    EXPECT_EQ(first_date_with_headroom(leap, AidFamily::general, 1_eur, Date(2026, 1, 1)),
              Date(2027, 3, 1));
}

// --- Property tests against a naive day-by-day model -----------------------------------------

/// Naive model written independently of aid.hpp: the regime by date, window membership by
/// comparing fiscal-year indices or "same day three years earlier" (28/02 for 29/02).
struct Naive {
    AidOptions o;

    static Date minus_three_years(Date t) {
        const int y = t.year() - 3;
        int day = t.day();
        if (t.month() == 2 && day == 29 &&
            !boost::gregorian::gregorian_calendar::is_leap_year(static_cast<unsigned short>(y)))
            day = 28;
        return Date(static_cast<unsigned short>(y), t.month(), static_cast<unsigned short>(day));
    }
    [[nodiscard]] int fiscal_index(Date d) const {
        const int year = d.year();
        const int month = d.month();
        return month >= o.fiscal_year_start_month ? year : year - 1;
    }
    [[nodiscard]] bool in_window(Date t, Date d, bool old) const {
        if (d > t)
            return false;
        if (old)
            return fiscal_index(t) - fiscal_index(d) <= 2;
        const Date s = minus_three_years(t);
        return o.rolling_start == RollingStart::exclusive ? d > s : d >= s;
    }
    /// Headroom in cents for a new aid of `sieg` family at t; nullopt outside 2014..2030.
    [[nodiscard]] std::optional<std::int64_t> headroom(const std::vector<GrantedAid>& aids,
                                                       bool sieg, Date t) const {
        if (t > Date(2030, 12, 31) || t < Date(2014, 1, 1))
            return std::nullopt;
        const bool old = t.year() <= 2023;
        const std::int64_t own =
            sieg ? (old ? 500'000'00 : 750'000'00) : (old ? 200'000'00 : 300'000'00);
        const std::int64_t common = old ? 500'000'00 : 750'000'00;
        std::int64_t fam = 0;
        std::int64_t all = 0;
        for (const auto& a : aids) {
            if (a.regulation == AidRegulation::other || !in_window(t, a.granted_on, old))
                continue;
            const bool a_sieg = a.regulation == AidRegulation::sieg_360_2012 ||
                                a.regulation == AidRegulation::sieg_2023_2832;
            all += a.amount.cents();
            if (a_sieg == sieg)
                fam += a.amount.cents();
        }
        std::int64_t h = own - fam;
        if (o.sieg_cumulation == SiegCumulation::combined)
            h = std::min(h, common - all);
        return std::max<std::int64_t>(h, 0);
    }
};

std::vector<GrantedAid> random_aids(std::mt19937& rng) {
    std::uniform_int_distribution<int> count(0, 7);
    std::uniform_int_distribution<int> day(0, 365 * 9);    // 2019..2027
    std::uniform_int_distribution<int> cents_k(1, 30'000); // up to 300 000 €
    std::uniform_int_distribution<int> kind(0, 9);
    std::vector<GrantedAid> aids;
    const int n = count(rng);
    for (int i = 0; i < n; ++i) {
        const Date d = Date(2019, 1, 1) + boost::gregorian::date_duration(day(rng));
        const int k = kind(rng);
        AidRegulation r = d.year() <= 2023 ? g1407 : g2831;
        if (k >= 7)
            r = d.year() <= 2023 ? s360 : s2832;
        if (k == 9)
            r = AidRegulation::other;
        // append, not "G" + std::string: GCC 12 -O3 false -Wstringop-overflow (GCC bug 105651)
        aids.push_back({std::string("G").append(std::to_string(i)), d,
                        Euros::from_cents(std::int64_t{cents_k(rng)} * 1'000), r});
    }
    // Some aid exactly on sensitive days.
    if (n > 0 && kind(rng) < 3)
        aids[0].granted_on = Date(2024, 2, 29);
    if (n > 1 && kind(rng) < 3)
        aids[1].granted_on = Date(2021, 1, 1);
    return aids;
}

AidOptions random_options(std::mt19937& rng) {
    std::uniform_int_distribution<int> bit(0, 1);
    AidOptions o;
    o.fiscal_year_start_month = bit(rng) ? 1 : 7;
    o.rolling_start = bit(rng) ? RollingStart::exclusive : RollingStart::inclusive;
    o.sieg_cumulation = bit(rng) ? SiegCumulation::combined : SiegCumulation::separate;
    return o;
}

TEST(AidProperty, HeadroomEqualsNaiveModelOnEveryDay2020To2030) {
    std::mt19937 rng(20240101);
    for (int c = 0; c < 12; ++c) {
        const auto aids = random_aids(rng);
        const Naive naive{random_options(rng)};
        for (Date t(2020, 1, 1); t <= Date(2030, 12, 31); t += boost::gregorian::days(1)) {
            for (const bool sieg : {false, true}) {
                const auto lib =
                    headroom_at(aids, sieg ? AidFamily::sieg : AidFamily::general, t, naive.o);
                const auto ref = naive.headroom(aids, sieg, t);
                ASSERT_EQ(lib.has_value(), ref.has_value());
                ASSERT_EQ(lib->cents(), *ref)
                    << "case " << c << " on " << format_date(t, DateStyle::iso) << " sieg " << sieg;
            }
        }
    }
}

TEST(AidProperty, FirstDateWithHeadroomEqualsDayByDaySearch) {
    std::mt19937 rng(2831);
    std::uniform_int_distribution<int> from_day(0, 365 * 8); // 2021..2028
    std::uniform_int_distribution<int> amount_k(1, 80'000);  // up to 800 000 €
    int found = 0;
    for (int c = 0; c < 400; ++c) {
        const auto aids = random_aids(rng);
        const Naive naive{random_options(rng)};
        const bool sieg = c % 3 == 0;
        const Date from = Date(2021, 1, 1) + boost::gregorian::date_duration(from_day(rng));
        const std::int64_t amount = std::int64_t{amount_k(rng)} * 1'000;
        std::optional<Date> expected;
        for (Date t = from; t <= Date(2030, 12, 31); t += boost::gregorian::days(1)) {
            const auto h = naive.headroom(aids, sieg, t);
            if (h && *h >= amount) {
                expected = t;
                break;
            }
        }
        const auto got = first_date_with_headroom(aids, sieg ? AidFamily::sieg : AidFamily::general,
                                                  Euros::from_cents(amount), from, naive.o);
        ASSERT_EQ(got, expected) << "case " << c;
        found += (got && *got > from) ? 1 : 0;
    }
    EXPECT_GT(found, 40); // the search is exercised beyond the start date
}

TEST(AidProperty, NewAidAllowedIffItFitsTheNaiveHeadroomEveryDayAroundTheChange) {
    // Every day of 2021–2026, a new aid of 20 000 € under the regulation in force.
    std::mt19937 rng(1407);
    for (int c = 0; c < 6; ++c) {
        const auto aids = random_aids(rng);
        const Naive naive{random_options(rng)};
        for (Date t(2021, 1, 1); t <= Date(2026, 12, 31); t += boost::gregorian::days(1)) {
            const GrantedAid next{"Département", t, 20'000_eur, t.year() <= 2023 ? g1407 : g2831};
            const auto d = check_new_aid(aids, next, naive.o);
            ASSERT_EQ(d.allowed, *naive.headroom(aids, false, t) >= 20'000'00)
                << "case " << c << " on " << format_date(t, DateStyle::iso);
            ASSERT_EQ(d.allowed, d.reasons_fr.empty());
            if (!d.allowed) {
                // the first date returned is a date the aid fits
                ASSERT_TRUE(d.headroom_returns.has_value());
                ASSERT_GE(*naive.headroom(aids, false, *d.headroom_returns), 20'000'00);
            }
        }
    }
}

} // namespace

} // namespace test_aid_test
