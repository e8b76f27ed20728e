// SPDX-License-Identifier: Apache-2.0
// Tests of <subvention/rate.hpp>: exact rates, every rounding mode, Euros::apply, prorata.
#include <cstdint>
#include <limits>
#include <random>
#include <stdexcept>
#include <string>
#include <string_view>

#include <gtest/gtest.h>

#include <subvention/money.hpp>
#include <subvention/rate.hpp>

// Each suite in its own namespace: the suites of a group are compiled together (unity build).
namespace test_rate_test {

namespace {

using subvention::ErrorKind;
using subvention::Euros;
using subvention::prorata;
using subvention::Rate;
using subvention::Rounding;
using namespace subvention::literals;

constexpr std::int64_t i64max = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t i64min = std::numeric_limits<std::int64_t>::min();
constexpr Rounding all_modes[] = {Rounding::down, Rounding::up, Rounding::half_up,
                                  Rounding::half_even, Rounding::toward_zero};

// ---- Rate parsing and formatting ---------------------------------------------------------------

struct RateCase {
    std::string_view text;
    std::int64_t num;
    std::int64_t den;
};

TEST(RateParse, AcceptsPercentFractionAndDecimalForms) {
    const RateCase cases[] = {
        {"33,5 %", 67, 200},   {"33.5%", 67, 200},      {"1/3", 1, 3},       {"0.8", 4, 5},
        {"0,8", 4, 5},         {"100 %", 1, 1},         {"100%", 1, 1},      {"12,5\u00A0%", 1, 8},
        {"12,5\u202F%", 1, 8}, {" 2 / 3 ", 2, 3},       {"4/6", 2, 3},       {"0 %", 0, 1},
        {"0", 0, 1},           {"150 %", 3, 2},         {"0.125", 1, 8},     {"1", 1, 1},
        {"0,005", 1, 200},     {"0,001 %", 1, 100'000}, {"007,50 %", 3, 40},
    };
    // The bounds: 39-digit numerator or denominator in lowest terms are accepted, and long texts
    // whose value is small are fine (« 0,500…0 »).
    EXPECT_TRUE(Rate::parse(std::string(39, '9')).ok());
    EXPECT_TRUE(Rate::parse("1/" + std::string(39, '9')).ok());
    EXPECT_EQ(Rate::parse("0,5" + std::string(200, '0')).value(), Rate::from_fraction(1, 2));
    for (const auto& c : cases) {
        const auto r = Rate::parse(c.text);
        ASSERT_TRUE(r.ok()) << c.text << " : " << r.error().describe();
        EXPECT_EQ(*r, Rate::from_fraction(c.num, c.den)) << c.text << " -> " << r->to_string();
    }
}

TEST(RateParse, RejectsWithFieldValueReasonAndKind) {
    const struct {
        std::string text; // owns the long generated inputs
        ErrorKind kind;
        std::string_view reason;
    } cases[] = {
        {"", ErrorKind::empty, "vide"},
        {"  ", ErrorKind::empty, "vide"},
        {"1/0", ErrorKind::range, "dénominateur de la fraction est nul"},
        {"0/0", ErrorKind::range, "dénominateur"},
        {"-5 %", ErrorKind::range, "négatif"},
        {"\u22125 %", ErrorKind::range, "négatif"},
        {"-1/3", ErrorKind::range, "négatif"},
        {"abc", ErrorKind::format, "33,5 %"},
        {"1/3 %", ErrorKind::format, "ne prend pas de signe %"},
        {"1/", ErrorKind::format, "numérateur/dénominateur"},
        {"1/3/4", ErrorKind::format, "numérateur/dénominateur"},
        {"1.5/3", ErrorKind::format, "numérateur/dénominateur"},
        {"1,", ErrorKind::format, "33,5 %"},
        {",5", ErrorKind::format, "33,5 %"},
        {"5 %%", ErrorKind::format, "33,5 %"},
        {"1,2,3", ErrorKind::format, "33,5 %"},
        {"1 000 %", ErrorKind::format, "33,5 %"},
        {"+5 %", ErrorKind::format, "33,5 %"},
        {"% 5", ErrorKind::format, "33,5 %"},
        {"0,8 €", ErrorKind::format, "33,5 %"},
        {std::string(257, '1'), ErrorKind::length, "256 caractères"},
        {"1" + std::string(40, '0'), ErrorKind::range, "39 chiffres"},
        {"0," + std::string(37, '0') + "1 %", ErrorKind::range, "39 chiffres"}, // 1/10^40
        {"1/1" + std::string(40, '0'), ErrorKind::range, "39 chiffres"},
    };
    for (const auto& c : cases) {
        const auto r = Rate::parse(c.text);
        ASSERT_FALSE(r.ok()) << c.text << " accepted as " << r->to_string();
        EXPECT_EQ(r.error().kind, c.kind) << c.text << " : " << r.error().describe();
        EXPECT_EQ(r.error().field, "taux");
        EXPECT_EQ(r.error().value, subvention::excerpt(c.text)); // long inputs are quoted shortened
        EXPECT_NE(r.error().message.find(c.reason), std::string::npos) << r.error().message;
    }
}

TEST(RateConstruction, FromFractionNormalisesAndRejectsMisuse) {
    EXPECT_EQ(Rate::from_fraction(2, 4).to_string(), "1/2");
    EXPECT_EQ(Rate::from_fraction(-1, -2).to_string(), "1/2");
    EXPECT_EQ(Rate::from_fraction(0, -7).to_string(), "0/1");
    EXPECT_EQ(Rate().to_string(), "0/1");
    EXPECT_EQ(Rate::from_percent(80), Rate::from_fraction(4, 5));
    EXPECT_EQ(Rate::ratio(57'000_eur, 209'285_eur), Rate::from_fraction(57'000, 209'285));
    EXPECT_THROW((void)Rate::from_fraction(1, 0), std::invalid_argument);
    EXPECT_THROW((void)Rate::from_fraction(-1, 3), std::invalid_argument);
    EXPECT_THROW((void)Rate::from_fraction(1, -3), std::invalid_argument);
    EXPECT_THROW((void)Rate::from_percent(-1), std::invalid_argument);
    EXPECT_THROW((void)Rate::ratio(1_eur, 0_eur), std::invalid_argument);
    EXPECT_THROW((void)Rate::ratio(-(1_eur), 3_eur), std::invalid_argument);
    EXPECT_EQ(Rate::from_fraction(i64max, i64max), Rate::from_percent(100));
    EXPECT_EQ(Rate::from_fraction(i64min, i64min), Rate::from_percent(100));
}

TEST(RateOrdering, ComparesExactValues) {
    EXPECT_LT(Rate::from_fraction(1, 3), Rate::parse("33,34 %").value());
    EXPECT_GT(Rate::from_fraction(1, 3), Rate::parse("33,33 %").value());
    EXPECT_EQ(Rate::parse("50 %").value(), Rate::parse("1/2").value());
    EXPECT_TRUE((Rate::from_fraction(2, 3) <=> Rate::from_fraction(4, 6)) == 0);
}

TEST(RateFormat, FrenchPercentWhenFiniteElseFraction) {
    EXPECT_EQ(Rate::parse("33,5 %")->to_string_fr(), "33,5\u00A0%");
    EXPECT_EQ(Rate::parse("100 %")->to_string_fr(), "100\u00A0%");
    EXPECT_EQ(Rate::parse("0,8")->to_string_fr(), "80\u00A0%");
    EXPECT_EQ(Rate::from_fraction(1, 8).to_string_fr(), "12,5\u00A0%");
    EXPECT_EQ(Rate::from_fraction(1, 1000).to_string_fr(), "0,1\u00A0%");
    EXPECT_EQ(Rate::from_fraction(1, 100'000).to_string_fr(), "0,001\u00A0%");
    EXPECT_EQ(Rate::from_fraction(1, 1024).to_string_fr(), "0,09765625\u00A0%");
    EXPECT_EQ(Rate().to_string_fr(), "0\u00A0%");
    EXPECT_EQ(Rate::from_fraction(1, 3).to_string_fr(), "1/3");
    EXPECT_EQ(Rate::from_fraction(5, 7).to_string_fr(), "5/7");
}

// Property: both text forms parse back to the same rate for every small fraction.
TEST(RateFormat, RoundTripsEveryFractionUpTo100) {
    for (std::int64_t den = 1; den <= 100; ++den)
        for (std::int64_t num = 0; num <= 300; ++num) {
            const Rate r = Rate::from_fraction(num, den);
            ASSERT_EQ(Rate::parse(r.to_string()).value(), r) << r.to_string();
            ASSERT_EQ(Rate::parse(r.to_string_fr()).value(), r) << r.to_string_fr();
        }
}

// Property: the text forms of the most precise accepted rates (denominators 2^a·5^b up to the
// bound, large numerators) still parse back — the French form can be long.
TEST(RateFormat, RoundTripsAtThePrecisionBound) {
    Rate::integer den = 1;
    for (int a = 0; a < 200; ++a) {
        den *= (a % 3 == 0 ? 5 : 2);
        if (den >= pow(Rate::integer(10), 40))
            break;
        const Rate::integer num = pow(Rate::integer(10), 39) - 1;
        const auto r = Rate::parse(num.str() + "/" + den.str());
        ASSERT_TRUE(r.ok()) << r.error().describe();
        ASSERT_EQ(Rate::parse(r->to_string()).value(), *r) << r->to_string();
        ASSERT_EQ(Rate::parse(r->to_string_fr()).value(), *r) << r->to_string_fr();
    }
    const auto smallest = Rate::parse("1/" + Rate::integer(pow(Rate::integer(2), 132)).str());
    ASSERT_TRUE(smallest.ok());
    ASSERT_EQ(Rate::parse(smallest->to_string_fr()).value(), *smallest);
}

// ---- rounding modes through Euros::apply -------------------------------------------------------

// amount (cents) × rate = an exact value with half or non-half cent fractions.
struct RoundingCase {
    std::int64_t cents;
    Rate rate;
    std::int64_t down, up, half_up, half_even, toward_zero;
};

TEST(EurosApply, EveryRoundingModeOnPositiveAndNegativeTiesAndNonTies) {
    const Rate half = Rate::from_fraction(1, 2);
    const Rate half_pct = Rate::parse("0,5 %").value(); // 1,00 € × 0,5 % = 0,005 €
    const RoundingCase cases[] = {
        // ties (x,5 cents)
        {100, half_pct, 0, 1, 1, 0, 0},    // +0,005 € → even neighbour is 0,00
        {-100, half_pct, -1, 0, -1, 0, 0}, // −0,005 €
        {300, half_pct, 1, 2, 2, 2, 1},    // +0,015 € → even is 0,02
        {-300, half_pct, -2, -1, -2, -2, -1},
        {5, half, 2, 3, 3, 2, 2},       // 2,5 cents
        {-5, half, -3, -2, -3, -2, -2}, // −2,5 cents
        {7, half, 3, 4, 4, 4, 3},       // 3,5 cents
        {-7, half, -4, -3, -4, -4, -3},
        // non-ties
        {1, Rate::from_fraction(3, 5), 0, 1, 1, 1, 0},                     // 0,6 cent
        {-1, Rate::from_fraction(3, 5), -1, 0, -1, -1, 0},                 // −0,6 cent
        {1, Rate::from_fraction(2, 5), 0, 1, 0, 0, 0},                     // 0,4 cent
        {-1, Rate::from_fraction(2, 5), -1, 0, 0, 0, 0},                   // −0,4 cent
        {10'000, Rate::from_fraction(1, 3), 3333, 3334, 3333, 3333, 3333}, // 100 € / 3
        {-10'000, Rate::from_fraction(1, 3), -3334, -3333, -3333, -3333, -3333},
        {10'000, Rate::from_fraction(2, 3), 6666, 6667, 6667, 6667, 6666},
        {-10'000, Rate::from_fraction(2, 3), -6667, -6666, -6667, -6667, -6666},
        // exact products are never changed
        {5'700'000, Rate::parse("33,5 %").value(), 1'909'500, 1'909'500, 1'909'500, 1'909'500,
         1'909'500},
        {-1250, Rate::from_percent(100), -1250, -1250, -1250, -1250, -1250},
        {0, Rate::from_fraction(1, 3), 0, 0, 0, 0, 0},
    };
    for (const auto& c : cases) {
        const Euros x = Euros::from_cents(c.cents);
        const std::string what = x.to_iso() + " × " + c.rate.to_string();
        EXPECT_EQ(x.apply(c.rate, Rounding::down).cents(), c.down) << what;
        EXPECT_EQ(x.apply(c.rate, Rounding::up).cents(), c.up) << what;
        EXPECT_EQ(x.apply(c.rate, Rounding::half_up).cents(), c.half_up) << what;
        EXPECT_EQ(x.apply(c.rate, Rounding::half_even).cents(), c.half_even) << what;
        EXPECT_EQ(x.apply(c.rate, Rounding::toward_zero).cents(), c.toward_zero) << what;
    }
}

TEST(EurosApply, OneThirdOfOneHundredEurosUnderEveryMode) {
    const Rate third = Rate::parse("1/3").value();
    EXPECT_EQ((100_eur).apply(third, Rounding::down).to_string_fr(), "33,33\u00A0€");
    EXPECT_EQ((100_eur).apply(third, Rounding::up).to_string_fr(), "33,34\u00A0€");
    EXPECT_EQ((100_eur).apply(third, Rounding::half_up).to_string_fr(), "33,33\u00A0€");
    EXPECT_EQ((100_eur).apply(third, Rounding::half_even).to_string_fr(), "33,33\u00A0€");
    EXPECT_EQ((100_eur).apply(third, Rounding::toward_zero).to_string_fr(), "33,33\u00A0€");
    // Rounding per line then summing differs from rounding the total: the caller chooses.
    const Euros per_line = (100_eur).apply(third, Rounding::half_even) * 3;
    const Euros on_total = (300_eur).apply(third, Rounding::half_even);
    EXPECT_EQ(per_line, Euros::from_cents(9999));
    EXPECT_EQ(on_total, 100_eur);
}

TEST(EurosApply, ExtremesAndOverflow) {
    const Rate one = Rate::from_percent(100);
    for (const Rounding m : all_modes) {
        EXPECT_EQ(Euros::max().apply(one, m), Euros::max());
        EXPECT_EQ(Euros::min().apply(one, m), Euros::min());
        EXPECT_EQ(Euros::min().apply(Rate::from_fraction(1, 2), m).cents(), i64min / 2);
    }
    try {
        (void)Euros::max().apply(Rate::from_fraction(2, 1), Rounding::down);
        ADD_FAILURE() << "no overflow";
    } catch (const std::overflow_error& e) {
        EXPECT_NE(std::string(e.what()).find("92233720368547758.07 × 2/1"), std::string::npos)
            << e.what();
    }
    // An intermediate product beyond 64 bits is fine when the result fits.
    EXPECT_EQ(Euros::max().apply(Rate::from_fraction(i64max - 1, i64max), Rounding::down).cents(),
              i64max - 1);
}

// Independent reference: choose between the two integer neighbours lo <= v < lo + 1 by
// comparing the exact distances (128-bit) instead of the floor/remainder logic used by the
// library; v = cents × num / den.
__extension__ typedef __int128 wide;
std::int64_t reference_round(std::int64_t cents, std::int64_t num, std::int64_t den, Rounding m) {
    const wide p = wide{cents} * num;
    wide lo = p / den;
    if (lo * den > p)
        --lo;
    const wide below = p - lo * den;       // distance to lo, × den
    const wide above = (lo + 1) * den - p; // distance to lo + 1, × den
    if (below == 0)
        return static_cast<std::int64_t>(lo);
    const bool positive = p > 0;
    wide r = lo;
    switch (m) {
    case Rounding::down:
        r = lo;
        break;
    case Rounding::up:
        r = lo + 1;
        break;
    case Rounding::toward_zero:
        r = positive ? lo : lo + 1;
        break;
    case Rounding::half_up:
        r = below < above ? lo : above < below ? lo + 1 : (positive ? lo + 1 : lo);
        break;
    case Rounding::half_even:
        r = below < above ? lo : above < below ? lo + 1 : ((lo % 2 == 0) ? lo : lo + 1);
        break;
    }
    return static_cast<std::int64_t>(r);
}

TEST(EurosApply, MatchesAnIndependentExactComputationOnRandomValues) {
    std::mt19937_64 rng(122);
    for (int n = 0; n < 20'000; ++n) {
        const std::int64_t cents =
            static_cast<std::int64_t>(rng() % 2'000'000'001) - 1'000'000'000; // ±10 M€
        const std::int64_t den = 1 + static_cast<std::int64_t>(rng() % (n % 2 == 0 ? 8 : 100'000));
        const std::int64_t num =
            static_cast<std::int64_t>(rng() % static_cast<std::uint64_t>(3 * den));
        const Rate r = Rate::from_fraction(num, den);
        for (const Rounding m : all_modes)
            ASSERT_EQ(Euros::from_cents(cents).apply(r, m).cents(),
                      reference_round(cents, num, den, m))
                << cents << " × " << num << "/" << den << " " << to_string(m);
    }
}

// Property: half_up, half_even and toward_zero are symmetric; down and up mirror each other.
TEST(EurosApply, SymmetryOfRoundingModes) {
    std::mt19937_64 rng(2024);
    for (int n = 0; n < 5'000; ++n) {
        const auto x = Euros::from_cents(static_cast<std::int64_t>(rng() % 1'000'000));
        const Rate r = Rate::from_fraction(static_cast<std::int64_t>(rng() % 1000),
                                           1 + static_cast<std::int64_t>(rng() % 1000));
        for (const Rounding m : {Rounding::half_up, Rounding::half_even, Rounding::toward_zero})
            ASSERT_EQ((-x).apply(r, m), -(x.apply(r, m)));
        ASSERT_EQ((-x).apply(r, Rounding::down), -(x.apply(r, Rounding::up)));
    }
}

// ---- prorata -----------------------------------------------------------------------------------

TEST(Prorata, ReducesInProportionOfActualExpenses) {
    // 57 000 € granted for a 50 000 € budget, 40 000 € actually spent → 45 600,00 €.
    for (const Rounding m : all_modes)
        EXPECT_EQ(prorata(57'000_eur, 40'000_eur, 50'000_eur, m), 45'600_eur);
    EXPECT_EQ(prorata(57'000_eur, 40'000_eur, 50'000_eur, Rounding::down).to_string_fr(),
              "45\u202F600,00\u00A0€");
}

TEST(Prorata, NeverExceedsTheCeilingWhenMoreIsSpent) {
    // Seed convention art. 6: « plafonnée au montant indiqué ci-dessus ».
    for (const Rounding m : all_modes) {
        EXPECT_EQ(prorata(57'000_eur, 80'000_eur, 50'000_eur, m), 57'000_eur);
        EXPECT_EQ(prorata(57'000_eur, 50'000_eur, 50'000_eur, m), 57'000_eur);
        EXPECT_EQ(prorata(57'000_eur, 0_eur, 50'000_eur, m), 0_eur);
        EXPECT_EQ(prorata(Euros::max(), Euros::max() - 1_cents, Euros::max(), m),
                  Euros::max() - 1_cents);
        // max × (max − 2) / (max − 1) = max − 2 + (max − 2)/(max − 1): 128-bit intermediate.
        const bool rounds_up =
            m == Rounding::up || m == Rounding::half_up || m == Rounding::half_even;
        EXPECT_EQ(prorata(Euros::max(), Euros::max() - 2_cents, Euros::max() - 1_cents, m),
                  Euros::max() - (rounds_up ? 1_cents : 2_cents));
    }
}

TEST(Prorata, RoundingIsNamedAndApplied) {
    // 100 € × 1/3
    EXPECT_EQ(prorata(100_eur, 1_eur, 3_eur, Rounding::down).cents(), 3333);
    EXPECT_EQ(prorata(100_eur, 1_eur, 3_eur, Rounding::up).cents(), 3334);
    EXPECT_EQ(prorata(100_eur, 1_eur, 3_eur, Rounding::half_up).cents(), 3333);
    // 0,01 € × 1/2: a tie
    EXPECT_EQ(prorata(1_cents, 1_eur, 2_eur, Rounding::half_up).cents(), 1);
    EXPECT_EQ(prorata(1_cents, 1_eur, 2_eur, Rounding::half_even).cents(), 0);
    EXPECT_EQ(prorata(3_cents, 1_eur, 2_eur, Rounding::half_even).cents(), 2);
    EXPECT_EQ(prorata(1_cents, 1_eur, 2_eur, Rounding::toward_zero).cents(), 0);
}

TEST(Prorata, PreconditionsThrowNamingTheValues) {
    try {
        (void)prorata(57'000_eur, 40'000_eur, 0_eur, Rounding::down);
        ADD_FAILURE() << "no exception";
    } catch (const std::invalid_argument& e) {
        EXPECT_NE(std::string(e.what()).find("prévu 0.00"), std::string::npos) << e.what();
    }
    EXPECT_THROW((void)prorata(57'000_eur, 1_eur, -(1_eur), Rounding::down), std::invalid_argument);
    EXPECT_THROW((void)prorata(57'000_eur, -(1_eur), 1_eur, Rounding::down), std::invalid_argument);
    EXPECT_THROW((void)prorata(-(1_eur), 1_eur, 1_eur, Rounding::down), std::invalid_argument);
}

// Property: equals the independent reference, never exceeds the ceiling, never decreases when
// more is spent.
TEST(Prorata, MatchesReferenceCappedAndMonotonicOnRandomValues) {
    std::mt19937_64 rng(641);
    for (int n = 0; n < 20'000; ++n) {
        const auto scale = n % 3 == 0 ? std::uint64_t{10'000} : std::uint64_t{10'000'000'000};
        const auto ceiling = static_cast<std::int64_t>(rng() % scale);
        const auto planned = 1 + static_cast<std::int64_t>(rng() % scale);
        const auto actual =
            static_cast<std::int64_t>(rng() % (2 * static_cast<std::uint64_t>(planned)));
        for (const Rounding m : all_modes) {
            const Euros p = prorata(Euros::from_cents(ceiling), Euros::from_cents(actual),
                                    Euros::from_cents(planned), m);
            const std::int64_t expected =
                actual >= planned ? ceiling : reference_round(ceiling, actual, planned, m);
            ASSERT_EQ(p.cents(), expected) << ceiling << " " << actual << " " << planned;
            ASSERT_LE(p.cents(), ceiling);
            ASSERT_GE(p.cents(), 0);
            const Euros more = prorata(Euros::from_cents(ceiling), Euros::from_cents(actual + 1),
                                       Euros::from_cents(planned), m);
            ASSERT_GE(more, p);
        }
    }
}

} // namespace

} // namespace test_rate_test
