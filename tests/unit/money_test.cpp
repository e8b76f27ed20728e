// SPDX-License-Identifier: Apache-2.0
// Tests of <subvention/money.hpp>: exact cents, checked arithmetic, French/ISO parse and format.
#include <cstddef>
#include <cstdint>
#include <limits>
#include <random>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

#include <subvention/money.hpp>

// Each suite in its own namespace: the suites of a group are compiled together (unity build).
namespace test_money_test {

namespace {

using subvention::CentsStyle;
using subvention::ErrorKind;
using subvention::Euros;
using namespace subvention::literals;

constexpr std::int64_t i64max = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t i64min = std::numeric_limits<std::int64_t>::min();

// ---- construction, constexpr, literals -------------------------------------------------------

static_assert((57'000_eur).cents() == 5'700'000);
static_assert((1250_cents).cents() == 1250);
static_assert(Euros::from_cents(-5).cents() == -5);
static_assert(Euros::from_euros(3) == 300_cents);
static_assert(Euros() == 0_eur);
static_assert(24'000_eur + 33'000_eur == 57'000_eur);
static_assert(209'285_eur - 57'000_eur == 152'285_eur); // seed: report figures
static_assert(subvention::sum({24'000_eur, 33'000_eur}) == 57'000_eur);
static_assert(8'000_eur * 3 == 24'000_eur && 3 * 8'000_eur == 24'000_eur);
static_assert(-(12_eur) == Euros::from_cents(-1200));
static_assert(1_cents < 1_eur && Euros::min() < Euros::max());

TEST(EurosConstruction, FromEurosIsExactAndChecksOverflow) {
    EXPECT_EQ(Euros::from_euros(57'000).cents(), 5'700'000);
    EXPECT_EQ(Euros::from_euros(-1).cents(), -100);
    EXPECT_EQ(Euros::from_euros(i64max / 100).cents(), i64max / 100 * 100);
    EXPECT_THROW((void)Euros::from_euros(i64max / 100 + 1), std::overflow_error);
    EXPECT_THROW((void)Euros::from_euros(i64min / 100 - 1), std::overflow_error);
}

TEST(EurosConstruction, RuntimeLiteralsOverflowThrows) {
    // A literal is only range-checked at compile time in constant contexts; at run time it
    // throws instead of wrapping.
    const auto big = [] { return operator""_eur(92'233'720'368'547'759ULL); };
    EXPECT_THROW((void)big(), std::overflow_error);
    const auto huge = [] { return operator""_cents(9'223'372'036'854'775'808ULL); };
    EXPECT_THROW((void)huge(), std::overflow_error);
    EXPECT_EQ(operator""_eur(92'233'720'368'547'758ULL).cents(), i64max / 100 * 100);
}

TEST(EurosRegularType, DefaultIsZeroCopyCompareHash) {
    Euros a;
    EXPECT_TRUE(a.is_zero());
    EXPECT_FALSE(a.is_negative());
    Euros b = 12_eur;
    a = b;
    EXPECT_EQ(a, b);
    EXPECT_TRUE((Euros::from_cents(-1) <=> 0_eur) == std::strong_ordering::less);
    EXPECT_TRUE(Euros::from_cents(-1).is_negative());
    std::unordered_set<Euros> set;
    for (std::int64_t c = -500; c <= 500; ++c)
        set.insert(Euros::from_cents(c * 100)); // round amounts must still hash apart
    EXPECT_EQ(set.size(), 1001U);
    EXPECT_EQ(set.count(3_eur), 1U);
    EXPECT_EQ(std::hash<Euros>{}(3_eur), std::hash<Euros>{}(300_cents));
}

TEST(EurosRegularType, StreamsTheFrenchForm) {
    std::ostringstream os;
    os << Euros::from_cents(-1250);
    EXPECT_EQ(os.str(), "-12,50\u00A0€");
}

// ---- checked arithmetic ----------------------------------------------------------------------

TEST(EurosArithmetic, OverflowThrowsNamingOperationAndOperands) {
    const auto message_of = [](auto f) -> std::string {
        try {
            (void)f();
        } catch (const std::overflow_error& e) {
            return e.what();
        }
        return "(no exception)";
    };
    EXPECT_NE(message_of([] { return Euros::max() + 1_cents; }).find("92233720368547758.07 + 0.01"),
              std::string::npos);
    EXPECT_NE(
        message_of([] { return Euros::min() - 1_cents; }).find("-92233720368547758.08 - 0.01"),
        std::string::npos);
    EXPECT_NE(message_of([] { return -Euros::min(); }).find("-(-92233720368547758.08)"),
              std::string::npos);
    EXPECT_NE(message_of([] { return Euros::max() * 2; }).find("92233720368547758.07 × 2"),
              std::string::npos);
    EXPECT_NE(message_of([] { return Euros::max() * 2; }).find("dépassement"), std::string::npos);
    Euros acc = Euros::max();
    EXPECT_THROW(acc += 1_cents, std::overflow_error);
    EXPECT_EQ(acc, Euros::max()); // unchanged after a failed operation
    EXPECT_THROW(acc *= -2, std::overflow_error);
    EXPECT_EQ(Euros::min() * 1, Euros::min());
    EXPECT_THROW((void)(Euros::min() * -1), std::overflow_error);
    EXPECT_EQ(-Euros::max(), Euros::from_cents(-i64max));
}

// Property: every operation equals the exact 128-bit result when it fits, and throws otherwise.
TEST(EurosArithmetic, MatchesExactWideArithmeticOnRandomOperands) {
    __extension__ typedef __int128 wide;
    std::mt19937_64 rng(20230320);
    const auto pick = [&]() -> std::int64_t {
        switch (rng() % 4) {
        case 0:
            return static_cast<std::int64_t>(rng()); // anywhere
        case 1:
            return static_cast<std::int64_t>(rng() % 2'000'001) - 1'000'000; // small
        case 2:
            return i64max - static_cast<std::int64_t>(rng() % 1000); // near the top
        default:
            return i64min + static_cast<std::int64_t>(rng() % 1000); // near the bottom
        }
    };
    const auto fits = [](wide w) { return w >= i64min && w <= i64max; };
    for (int n = 0; n < 20'000; ++n) {
        const std::int64_t a = pick();
        const std::int64_t b = pick();
        const std::int64_t k = n % 2 == 0 ? static_cast<std::int64_t>(rng() % 201) - 100 : b;
        const Euros ea = Euros::from_cents(a);
        const Euros eb = Euros::from_cents(b);
        const wide sum = wide{a} + wide{b};
        const wide diff = wide{a} - wide{b};
        const wide prod = wide{a} * wide{k};
        if (fits(sum))
            ASSERT_EQ((ea + eb).cents(), static_cast<std::int64_t>(sum));
        else
            ASSERT_THROW((void)(ea + eb), std::overflow_error);
        if (fits(diff))
            ASSERT_EQ((ea - eb).cents(), static_cast<std::int64_t>(diff));
        else
            ASSERT_THROW((void)(ea - eb), std::overflow_error);
        if (fits(prod))
            ASSERT_EQ((ea * k).cents(), static_cast<std::int64_t>(prod));
        else
            ASSERT_THROW((void)(ea * k), std::overflow_error);
        if (fits(-wide{a}))
            ASSERT_EQ((-ea).cents(), -a);
        else
            ASSERT_THROW((void)(-ea), std::overflow_error);
        ASSERT_EQ(ea < eb, a < b);
        ASSERT_EQ(ea == eb, a == b);
    }
}

// A single-pass range whose begin() is not const (like a filter view or a generator), with a
// sentinel and elements only convertible to Euros: what std::ranges::input_range allows.
// (Hand-written: clang 14 cannot compile libstdc++ 12's std::views.)
struct BudgetLine {
    std::int64_t cents;
    operator Euros() const {
        return Euros::from_cents(cents);
    } // NOLINT(google-explicit-constructor)
};
struct Ledger {
    std::vector<BudgetLine> lines;
    struct Sentinel {};
    struct Iterator {
        using value_type = BudgetLine;
        using difference_type = std::ptrdiff_t;
        const BudgetLine* p;
        const BudgetLine* end;
        BudgetLine operator*() const { return *p; }
        Iterator& operator++() {
            ++p;
            return *this;
        }
        void operator++(int) { ++p; }
        friend bool operator==(const Iterator& it, Sentinel) { return it.p == it.end; }
    };
    Iterator begin() { return {lines.data(), lines.data() + lines.size()}; }
    Sentinel end() { return {}; }
};
template <class R>
concept summable = requires(R&& r) {
    subvention::sum(std::forward<R>(r));
};
static_assert(summable<std::vector<Euros>&> && summable<const std::vector<Euros>&>);
static_assert(summable<Ledger&> && summable<Euros (&)[2]>);
static_assert(!summable<const Ledger&>);              // no const begin()
static_assert(!summable<std::vector<std::int64_t>&>); // cents are not amounts: no silent unit
static_assert(!summable<Euros>);

TEST(EurosSum, SumsAnyInputRangeAndChecksOverflow) {
    const std::vector<Euros> lines{24'000_eur, 33'000_eur};
    EXPECT_EQ(subvention::sum(lines), 57'000_eur);
    EXPECT_EQ(subvention::sum(std::vector<Euros>{}), 0_eur);
    Ledger ledger{{{2'400'000}, {3'300'000}, {-1}}};
    EXPECT_EQ(subvention::sum(ledger), Euros::from_cents(5'699'999));
    const Euros array[] = {1_eur, 2_cents};
    EXPECT_EQ(subvention::sum(array), 102_cents);
    EXPECT_THROW((void)subvention::sum({Euros::max(), 1_cents}), std::overflow_error);
    // An intermediate overflow is reported even if the final total would fit: the sum is
    // checked step by step, in order.
    EXPECT_THROW((void)subvention::sum({Euros::max(), 1_cents, -(1_eur)}), std::overflow_error);
    EXPECT_EQ(subvention::sum({Euros::max(), -(1_eur), 1_cents}), Euros::from_cents(i64max - 99));
}

TEST(Rounding, NamesAreStable) {
    using subvention::Rounding;
    EXPECT_EQ(to_string(Rounding::down), "down");
    EXPECT_EQ(to_string(Rounding::up), "up");
    EXPECT_EQ(to_string(Rounding::half_up), "half_up");
    EXPECT_EQ(to_string(Rounding::half_even), "half_even");
    EXPECT_EQ(to_string(Rounding::toward_zero), "toward_zero");
}

// ---- formatting ------------------------------------------------------------------------------

TEST(EurosFormat, FrenchUsesNarrowNoBreakGroupsAndNoBreakBeforeEuro) {
    EXPECT_EQ((57'000_eur).to_string_fr(), "57\u202F000,00\u00A0€");
    EXPECT_EQ(Euros::from_cents(20'928'500).to_string_fr(), "209\u202F285,00\u00A0€");
    EXPECT_EQ(Euros::from_cents(-1250).to_string_fr(), "-12,50\u00A0€");
    EXPECT_EQ(Euros::from_cents(5).to_string_fr(), "0,05\u00A0€");
    EXPECT_EQ(Euros::from_cents(-5).to_string_fr(), "-0,05\u00A0€");
    EXPECT_EQ(Euros().to_string_fr(), "0,00\u00A0€");
    EXPECT_EQ((999_eur).to_string_fr(), "999,00\u00A0€");
    EXPECT_EQ((1000_eur).to_string_fr(), "1\u202F000,00\u00A0€");
    EXPECT_EQ(Euros::from_cents(123'456'789).to_string_fr(), "1\u202F234\u202F567,89\u00A0€");
    EXPECT_EQ(Euros::max().to_string_fr(),
              "92\u202F233\u202F720\u202F368\u202F547\u202F758,07\u00A0€");
    EXPECT_EQ(Euros::min().to_string_fr(),
              "-92\u202F233\u202F720\u202F368\u202F547\u202F758,08\u00A0€");
}

TEST(EurosFormat, CentsOmittedOnlyWhenZeroOnRequest) {
    EXPECT_EQ((57'000_eur).to_string_fr(CentsStyle::omit_if_zero), "57\u202F000\u00A0€");
    EXPECT_EQ((57'000_eur).to_string_fr(CentsStyle::always), "57\u202F000,00\u00A0€");
    EXPECT_EQ(Euros::from_cents(1250).to_string_fr(CentsStyle::omit_if_zero), "12,50\u00A0€");
    EXPECT_EQ(Euros::from_cents(-1200).to_string_fr(CentsStyle::omit_if_zero), "-12\u00A0€");
    EXPECT_EQ(Euros::from_cents(1).to_string_fr(CentsStyle::omit_if_zero), "0,01\u00A0€");
    EXPECT_EQ(Euros().to_string_fr(CentsStyle::omit_if_zero), "0\u00A0€");
}

TEST(EurosFormat, IsoHasPointAndNoGrouping) {
    EXPECT_EQ((57'000_eur).to_iso(), "57000.00");
    EXPECT_EQ(Euros::from_cents(-1250).to_iso(), "-12.50");
    EXPECT_EQ(Euros::from_cents(-1).to_iso(), "-0.01");
    EXPECT_EQ(Euros().to_iso(), "0.00");
    EXPECT_EQ(Euros::max().to_iso(), "92233720368547758.07");
    EXPECT_EQ(Euros::min().to_iso(), "-92233720368547758.08");
}

// ---- parsing ---------------------------------------------------------------------------------

struct Accepted {
    std::string_view text;
    std::int64_t cents;
};

TEST(EurosParse, AcceptsFrenchIsoAndCurrencyForms) {
    const Accepted cases[] = {
        {"57 000 €", 5'700'000},
        {"57 000,00 €", 5'700'000},
        {"57000", 5'700'000},
        {"209 285,00", 20'928'500},
        {"1 234 567,8", 123'456'780},
        {"-12,50 €", -1250},
        {"\u221212,50 €", -1250}, // typographic minus sign
        {"57 000 euros", 5'700'000},
        {"57 000 Euros", 5'700'000},
        {"1 euro", 100},
        {"57000 EUR", 5'700'000},
        {"57000eur", 5'700'000},
        {"57000€", 5'700'000},
        {"57000.00", 5'700'000},
        {"57000.5", 5'700'050},
        {"-0.01", -1},
        {"57\u00A0000,00\u00A0€", 5'700'000},         // no-break space
        {"57\u202F000,00\u00A0€", 5'700'000},         // narrow no-break space (our own output)
        {"57\u2009000,00 €", 5'700'000},              // thin space
        {"1\u202F234 567\u00A0890", 123'456'789'000}, // mixed separators
        {"  \t57 000 €\n ", 5'700'000},               // surrounding whitespace
        {"0", 0},
        {"-0,00 €", 0},
        {"0,5", 50},
        {"007", 700},
        {"123", 12'300},
        {"1 000", 100'000},
        {"92 233 720 368 547 758,07 €", i64max},
        {"-92 233 720 368 547 758,08 €", i64min},
        {"92233720368547758.07", i64max},
    };
    for (const auto& c : cases) {
        const auto r = Euros::parse(c.text);
        ASSERT_TRUE(r.ok()) << c.text << " : " << r.error().describe();
        EXPECT_EQ(r->cents(), c.cents) << c.text;
    }
}

struct Rejected {
    std::string_view text;
    ErrorKind kind;
    std::string_view reason; // a fragment of the French message
};

TEST(EurosParse, RejectsWithFieldValueReasonAndKind) {
    const Rejected cases[] = {
        {"57.000", ErrorKind::ambiguous, "point suivi de trois chiffres"},
        {"57.000 €", ErrorKind::ambiguous, "point suivi de trois chiffres"},
        {"1.234,56", ErrorKind::ambiguous, "point suivi de trois chiffres"},
        {"1.234.567", ErrorKind::ambiguous, "point suivi de trois chiffres"},
        {"57 00 €", ErrorKind::format, "groupe de chiffres « 00 »"},
        {"57 0000", ErrorKind::format, "groupe de chiffres « 0000 »"},
        {"5700 000", ErrorKind::format, "premier groupe"},
        {"57  000", ErrorKind::format, "après une espace"},
        {"1,2,3", ErrorKind::format, "plusieurs séparateurs"},
        {"1,234,567", ErrorKind::format, "plusieurs séparateurs"},
        {"57 000.00", ErrorKind::format, "point décimal et séparateurs de milliers"},
        {"12,345", ErrorKind::length, "3 décimales"},
        {"12,3456 €", ErrorKind::length, "4 décimales"},
        {"57000.0000", ErrorKind::length, "4 décimales"},
        {"", ErrorKind::empty, "vide"},
        {" \u00A0 ", ErrorKind::empty, "vide"},
        {"€", ErrorKind::format, "aucun chiffre"},
        {"-", ErrorKind::format, "aucun chiffre après le signe"},
        {"+12", ErrorKind::format, "« + »"},
        {",50", ErrorKind::format, "« , »"},
        {"12,", ErrorKind::format, "sans chiffres"},
        {"12.", ErrorKind::format, "sans chiffres"},
        {"57 k€", ErrorKind::format, "« k »"},
        {"€ 57", ErrorKind::format, "« € »"},
        {"57 € €", ErrorKind::format, "« € »"},
        {"12 €uros", ErrorKind::format, "« € »"},
        {"1e6", ErrorKind::format, "« e »"},
        {"- 12", ErrorKind::format, "commence par un chiffre"}, // a space after the sign
        {"1 000 000 000 000 000 000 000 000 000 000 €", ErrorKind::overflow,
         "92\u202F233\u202F720\u202F368\u202F547\u202F758,07"},
        {"92 233 720 368 547 758,08", ErrorKind::overflow, "capacité représentable"},
        {"-92 233 720 368 547 758,09", ErrorKind::overflow, "-92\u202F233"},
        {"184467440737095516160", ErrorKind::overflow, "capacité"}, // wraps uint64 when × 10
    };
    for (const auto& c : cases) {
        const auto r = Euros::parse(c.text);
        ASSERT_FALSE(r.ok()) << c.text << " was accepted as " << r->to_iso();
        EXPECT_EQ(r.error().kind, c.kind) << c.text << " : " << r.error().describe();
        EXPECT_EQ(r.error().field, "montant");
        EXPECT_EQ(r.error().value, c.text);
        EXPECT_NE(r.error().message.find(c.reason), std::string::npos)
            << c.text << " : " << r.error().message;
        EXPECT_THROW((void)Euros::parse(c.text).value(), subvention::ParseFailure);
    }
}

// Property: every wrong group length after a separator is rejected, every right one accepted.
TEST(EurosParse, GroupsAfterASeparatorHaveExactlyThreeDigits) {
    for (int head = 1; head <= 5; ++head)
        for (int tail = 1; tail <= 5; ++tail) {
            const std::string text = std::string(static_cast<std::size_t>(head), '1') + " " +
                                     std::string(static_cast<std::size_t>(tail), '2') + ",00";
            const auto r = Euros::parse(text);
            EXPECT_EQ(r.ok(), head <= 3 && tail == 3) << text;
            if (!r.ok()) {
                EXPECT_EQ(r.error().kind, ErrorKind::format) << text;
            }
        }
}

// Property: parse(format(x)) == x for French (both cents styles, every separator) and ISO
// forms, on the extremes, every cent value around zero and random values of every magnitude.
TEST(EurosParse, RoundTripsEveryFormatIncludingInt64Extremes) {
    std::vector<std::int64_t> values{0,    1,      -1,     99,         -99,       100,
                                     -100, i64max, i64min, i64max - 1, i64min + 1};
    for (std::int64_t c = -100'000; c <= 100'000; c += 7)
        values.push_back(c);
    std::mt19937_64 rng(57000);
    for (int n = 0; n < 50'000; ++n) {
        const int digits = 1 + n % 19;
        std::int64_t m = 1;
        for (int d = 1; d < digits; ++d)
            m *= 10;
        values.push_back(static_cast<std::int64_t>(rng() % static_cast<std::uint64_t>(m)) *
                         (n % 2 == 0 ? 1 : -1));
    }
    // appended, not s.replace(): GCC 12 -O3 false -Wstringop-overflow (GCC bug 105651)
    const auto replace_all = [](std::string_view s, std::string_view from, std::string_view to) {
        std::string out;
        for (std::size_t p = s.find(from); p != std::string_view::npos; p = s.find(from)) {
            out.append(s.substr(0, p)).append(to);
            s.remove_prefix(p + from.size());
        }
        out.append(s);
        return out;
    };
    for (const std::int64_t c : values) {
        const Euros x = Euros::from_cents(c);
        const std::string fr = x.to_string_fr();
        ASSERT_EQ(Euros::parse(fr).value(), x) << fr;
        ASSERT_EQ(Euros::parse(x.to_string_fr(CentsStyle::omit_if_zero)).value(), x);
        ASSERT_EQ(Euros::parse(x.to_iso()).value(), x) << x.to_iso();
        ASSERT_EQ(Euros::parse(replace_all(fr, "\u202F", " ")).value(), x);
        ASSERT_EQ(Euros::parse(replace_all(fr, "\u202F", "\u00A0")).value(), x);
    }
}

} // namespace

} // namespace test_money_test
