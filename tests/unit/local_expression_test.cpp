// SPDX-License-Identifier: Apache-2.0
// The expressions of local rules (src/local/expression.hpp), white-box: literals, precedence,
// exact money × rate, CPC art. 641 months, three-valued logic, lists, codes checked when the
// file is loaded, type errors, and arithmetic that leaves the exact range (undecided, no crash).

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include <subvention/date.hpp>
#include <subvention/deadline.hpp>
#include <subvention/examples/apes_2023.hpp>
#include <subvention/local/facts.hpp>
#include <subvention/money.hpp>
#include <subvention/rate.hpp>

#include "local/expression.hpp"
#include "local/facts_reader.hpp"

// Each suite in its own namespace: the suites of a group are compiled together (unity build).
namespace test_local_expression_test {

using namespace subvention;
using namespace subvention::local;
using namespace subvention::local::detail;

std::size_t fact_index(std::string_view name) {
    const FactInfo* f = find_fact(name);
    EXPECT_NE(f, nullptr) << name;
    return static_cast<std::size_t>(f - fact_vocabulary().data());
}

/// Every fact unknown, list facts empty lists.
FactTable empty_table() {
    FactTable t;
    t.values.resize(fact_vocabulary().size());
    return t;
}

void set(FactTable& t, std::string_view name, Scalar v) {
    t.values[fact_index(name)].value = std::move(v);
}

Date day(int y, int m, int d) {
    return Date(static_cast<unsigned short>(y), static_cast<unsigned short>(m),
                static_cast<unsigned short>(d));
}

Scalar eval_on(const FactTable& t, std::string_view text) {
    const Node n = compile(text, Names{});
    EvalEnv env{t, {}, nullptr, {}, nullptr, {}};
    return eval(n, env);
}

Scalar value_of(std::string_view text) {
    static const FactTable empty = empty_table();
    return eval_on(empty, text);
}

/// The defect message compile() gives, or "" when it compiles.
std::string compile_error(std::string_view text) {
    try {
        (void)compile(text, Names{});
    } catch (const CompileError& e) {
        return e.what();
    }
    return {};
}

bool is_true(const Scalar& s) {
    const auto* b = std::get_if<bool>(&s);
    return b != nullptr && *b;
}
bool is_false(const Scalar& s) {
    const auto* b = std::get_if<bool>(&s);
    return b != nullptr && !*b;
}

const FactTable& apes_facts() {
    static const FactTable t = read_facts(examples::apes_2023(), day(2023, 3, 20));
    return t;
}

// --- literals ---------------------------------------------------------------------------------

TEST(LocalExpressionLiterals, AmountsWithGroupedThousandsAndDecimalComma) {
    EXPECT_EQ(std::get<Money>(value_of("57 000 €")).euros, Q::integer(57000));
    EXPECT_EQ(std::get<Money>(value_of("1 500,50 €")).euros, Q::make(150050, 100));
    EXPECT_EQ(std::get<Money>(value_of("1500.50 EUR")).euros, Q::make(3001, 2));
    // U+202F and U+00A0 group thousands as printed by the library
    EXPECT_EQ(std::get<Money>(value_of("1\u202f234\u00a0567,89\u00a0€")).euros,
              Q::make(123456789, 100));
}

TEST(LocalExpressionLiterals, PercentagesAreExactRatesPrintedAsPercent) {
    const auto thirty = std::get<Number>(value_of("30 %"));
    EXPECT_EQ(thirty.value, Q::make(3, 10));
    EXPECT_TRUE(thirty.percent);
    EXPECT_EQ(std::get<Number>(value_of("33,5 %")).value, Q::make(67, 200));
    EXPECT_FALSE(std::get<Number>(value_of("12")).percent);
}

TEST(LocalExpressionLiterals, IsoDatesAndDurationsInDaysMonthsYears) {
    EXPECT_EQ(std::get<Date>(value_of("2024-06-30")), day(2024, 6, 30));
    EXPECT_EQ(std::get<Duration>(value_of("6 mois")), Duration(Months(6)));
    EXPECT_EQ(std::get<Duration>(value_of("1 an")), Duration(Years(1)));
    EXPECT_EQ(std::get<Duration>(value_of("2 ans")), Duration(Years(2)));
    EXPECT_EQ(std::get<Duration>(value_of("30 jours")), Duration(Days(30)));
    EXPECT_NE(compile_error("2024-02-30"), "");
    EXPECT_NE(compile_error("1,5 mois"), "");
}

// --- precedence -------------------------------------------------------------------------------

TEST(LocalExpressionPrecedence, ProductBeforeSumBeforeComparisonBeforeLogic) {
    EXPECT_TRUE(is_true(value_of("1 + 2 * 3 == 7")));
    EXPECT_TRUE(is_true(value_of("(1 + 2) * 3 == 9")));
    EXPECT_TRUE(is_true(value_of("10 - 4 - 3 == 3"))); // left to right
    EXPECT_TRUE(is_true(value_of("12 / 3 / 2 == 2")));
    EXPECT_TRUE(is_true(value_of("-2 * 3 == -6")));
    EXPECT_TRUE(is_true(value_of("true or false and false"))); // and binds tighter
    EXPECT_TRUE(is_false(value_of("(true or false) and false")));
    EXPECT_TRUE(is_false(value_of("not false and false"))); // not binds tighter than and
    EXPECT_TRUE(is_true(value_of("non faux et vrai ou faux")));
}

// --- exact money × rate -----------------------------------------------------------------------

TEST(LocalExpressionMoney, AmountTimesRateIsTheExactRationalProductOfRateHpp) {
    // For many amounts and rates with decimals, « A € * P % » equals, without rounding, the
    // product of the Rate and the Euros of rate.hpp, and compares with the rounded amounts of
    // Euros::apply as the exact product does.
    std::uint64_t seed = 0x9e3779b97f4a7c15ULL;
    const auto next = [&seed] {
        seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
        return seed >> 17;
    };
    for (int i = 0; i < 400; ++i) {
        const auto cents = static_cast<std::int64_t>(next() % 100'000'000'000ULL);
        const auto per_mille = static_cast<std::int64_t>(next() % 1501); // 0 % … 150 %
        const Euros amount = Euros::from_cents(cents);
        const Rate rate = Rate::from_fraction(per_mille, 1000);
        const std::string text = amount.to_string_fr() + " * " + rate.to_string_fr();
        const auto product = std::get<Money>(value_of(text)).euros;
        const Rate::rational exact = Rate::rational(cents) / 100 * rate.value();
        EXPECT_EQ(Rate::rational(Rate::integer(product.num), Rate::integer(product.den)), exact)
            << text;
        const Euros down = amount.apply(rate, Rounding::down);
        const Euros up = amount.apply(rate, Rounding::up);
        const bool whole_cents = down == up;
        EXPECT_EQ(is_true(value_of(text + " == " + down.to_string_fr())), whole_cents) << text;
        EXPECT_EQ(is_true(value_of(text + " > " + down.to_string_fr())), !whole_cents) << text;
        EXPECT_TRUE(is_true(value_of(text + " <= " + up.to_string_fr()))) << text;
    }
}

TEST(LocalExpressionMoney, ThirtyPercentOfTheApesGrantIsSeventeenThousandOneHundred) {
    EXPECT_TRUE(is_true(eval_on(apes_facts(), "amount.granted * 30 % == 17 100 €")));
    EXPECT_TRUE(is_true(eval_on(apes_facts(), "amount.granted / 57 000 € == 100 %")));
    // one third of a cent is kept, not rounded, before the comparison
    EXPECT_TRUE(is_true(value_of("1 € / 3 * 3 == 1 €")));
    EXPECT_TRUE(is_true(value_of("0,01 € / 3 > 0 €")));
}

// --- dates: CPC art. 641 ----------------------------------------------------------------------

TEST(LocalExpressionDates, DatePlusMonthsIsCpc641AddMonthsForEveryDate) {
    for (Date d = day(2019, 1, 1); d <= day(2025, 12, 31); d += boost::gregorian::days(3)) {
        const std::string iso = format_date(d, DateStyle::iso);
        for (const int n : {1, 2, 6, 11, 12, 13, 24, 36}) {
            const Date expected = add_months(d, Months(n));
            // Independently: same day-number, or the last day of the target month.
            const int months = static_cast<int>(d.year()) * 12 + (d.month() - 1) + n;
            const int y = months / 12;
            const int m = months % 12 + 1;
            const int last = boost::gregorian::gregorian_calendar::end_of_month_day(
                static_cast<unsigned short>(y), static_cast<unsigned short>(m));
            ASSERT_EQ(expected, day(y, m, std::min(static_cast<int>(d.day()), last)));
            ASSERT_EQ(std::get<Date>(value_of(iso + " + " + std::to_string(n) + " mois")), expected)
                << iso << " + " << n;
            ASSERT_EQ(std::get<Date>(value_of(iso + " - " + std::to_string(n) + " mois")),
                      add_months(d, Months(-n)))
                << iso << " - " << n;
        }
    }
    EXPECT_EQ(std::get<Date>(value_of("2024-02-29 + 1 an")), day(2025, 2, 28));
    EXPECT_EQ(std::get<Date>(value_of("2023-12-31 + 30 jours")), day(2024, 1, 30));
}

TEST(LocalExpressionDates, MonthsBetweenCountsWholeMonthsPerCpc641) {
    EXPECT_TRUE(is_true(value_of("months_between(2023-01-01, 2023-12-31) == 11")));
    EXPECT_TRUE(is_true(value_of("months_between(2023-01-01, 2024-01-01) == 12")));
    EXPECT_TRUE(is_true(value_of("months_between(2024-01-31, 2024-02-29) == 1")));
    EXPECT_TRUE(is_true(value_of("months_between(2024-01-31, 2024-02-28) == 0")));
    EXPECT_TRUE(is_true(value_of("mois_entre(2024-02-29, 2024-01-31) == -1")));
    EXPECT_TRUE(is_true(value_of("days_between(2023-01-01, 2023-12-31) == 364")));
    EXPECT_TRUE(is_true(value_of("year(2023-03-20) == 2023")));
}

TEST(LocalExpressionDates, MonthsBetweenADateAndItsShiftByNMonthsIsN) {
    for (Date d = day(2020, 1, 1); d <= day(2024, 12, 31); d += boost::gregorian::days(5))
        for (const int n : {1, 3, 12, 25}) {
            const std::string a = format_date(d, DateStyle::iso);
            const Date shifted = add_months(d, Months(n));
            const std::string b = format_date(shifted, DateStyle::iso);
            const std::string before =
                format_date(shifted - boost::gregorian::days(1), DateStyle::iso);
            ASSERT_TRUE(
                is_true(value_of("months_between(" + a + ", " + b + ") == " + std::to_string(n))))
                << a << " → " << b;
            ASSERT_TRUE(is_true(
                value_of("months_between(" + a + ", " + before + ") == " + std::to_string(n - 1))))
                << a << " → " << before;
        }
}

// --- three-valued logic -----------------------------------------------------------------------

TEST(LocalExpressionLogic, UnknownAndOrNotFollowKleene) {
    const FactTable& t = apes_facts(); // no request date in APES
    const std::string u = "request.date < 2030-01-01";
    EXPECT_FALSE(known(eval_on(t, u)));
    EXPECT_TRUE(is_true(eval_on(t, u + " or true")));
    EXPECT_TRUE(is_true(eval_on(t, "true or " + u)));
    EXPECT_FALSE(known(eval_on(t, u + " or false")));
    EXPECT_TRUE(is_false(eval_on(t, u + " and false")));
    EXPECT_TRUE(is_false(eval_on(t, "false and " + u)));
    EXPECT_FALSE(known(eval_on(t, u + " and true")));
    EXPECT_FALSE(known(eval_on(t, "not (" + u + ")")));
    EXPECT_TRUE(is_true(eval_on(t, "missing(request.date)")));
    EXPECT_TRUE(is_false(eval_on(t, "known(request.date)")));
}

TEST(LocalExpressionLogic, AnyAllCountWithUnknownElements) {
    // Two scheduled payments: the first dated 2023-05-01, the second without a date.
    FactTable t = empty_table();
    const FactInfo* info = find_fact("payments");
    ASSERT_NE(info, nullptr);
    const auto field = [&](std::string_view name) {
        for (std::size_t i = 0; i < info->fields.size(); ++i)
            if (info->fields[i].name == name)
                return i;
        ADD_FAILURE() << name;
        return std::size_t{0};
    };
    auto list = std::make_unique<List>();
    for (int i = 0; i < 2; ++i) {
        Record r;
        r.fields.resize(info->fields.size());
        r.fields[field("amount")].value = Money{Q::integer(1000)};
        r.fields[field("kind")].value = std::string("advance");
        if (i == 0)
            r.fields[field("date")].value = day(2023, 5, 1);
        list->items.push_back(std::move(r));
    }
    set(t, "payments", static_cast<const List*>(list.get()));
    t.lists.push_back(std::move(list));

    EXPECT_TRUE(is_true(eval_on(t, "any(payments, date < 2024-01-01)")));  // one true decides
    EXPECT_FALSE(known(eval_on(t, "any(payments, date > 2024-01-01)")));   // false, unknown
    EXPECT_TRUE(is_false(eval_on(t, "all(payments, date > 2024-01-01)"))); // one false decides
    EXPECT_FALSE(known(eval_on(t, "all(payments, date < 2024-01-01)")));   // true, unknown
    EXPECT_FALSE(known(eval_on(t, "count(payments, date < 2024-01-01) >= 1")));
    EXPECT_TRUE(is_true(eval_on(t, "count(payments) == 2")));
    EXPECT_TRUE(is_true(eval_on(t, "sum(payments, amount) == 2 000 €")));
    EXPECT_FALSE(known(eval_on(t, "min(payments, date) < 2030-01-01")));
    EXPECT_TRUE(is_true(eval_on(t, "all(payments, kind == \"advance\")")));
    // an empty list: any is false, all is true, sum is zero
    const FactTable empty = empty_table();
    FactTable none = empty_table();
    auto no_items = std::make_unique<List>();
    set(none, "payments", static_cast<const List*>(no_items.get()));
    EXPECT_TRUE(is_false(eval_on(none, "any(payments, amount > 0 €)")));
    EXPECT_TRUE(is_true(eval_on(none, "all(payments, amount > 0 €)")));
    EXPECT_TRUE(is_true(eval_on(none, "sum(payments, amount) == 0 €")));
    EXPECT_FALSE(known(eval_on(empty, "any(payments, amount > 0 €)"))); // the list unknown
}

// --- in lists, codes --------------------------------------------------------------------------

TEST(LocalExpressionIn, InListComparesWithEachWrittenValue) {
    const FactTable& t = apes_facts();
    EXPECT_TRUE(is_true(eval_on(t, "beneficiary.legal_form in [\"association\", \"company\"]")));
    EXPECT_TRUE(is_false(eval_on(t, "beneficiary.legal_form dans [\"company\", \"commune\"]")));
    EXPECT_TRUE(is_true(eval_on(t, "amount.granted in [1 €, 57 000 €]")));
    EXPECT_FALSE(known(eval_on(t, "request.date in [2023-01-01]")));
    EXPECT_NE(compile_error("amount.granted in [amount.paid]").find("valeurs écrites"),
              std::string::npos);
    EXPECT_NE(compile_error("amount.granted in []").find("liste vide"), std::string::npos);
}

TEST(LocalExpressionCodes, AMisspelledCodeIsRefusedWithTheListOfValues) {
    const auto e = compile_error("beneficiary.legal_form == \"asociation\"");
    EXPECT_NE(e.find("« asociation » n'est pas une valeur possible"), std::string::npos) << e;
    EXPECT_NE(e.find("association, foundation"), std::string::npos) << e;
    EXPECT_NE(compile_error("beneficiary.legal_form in [\"association\", \"fondation\"]")
                  .find("« fondation »"),
              std::string::npos);
    EXPECT_NE(compile_error("any(payments, kind == \"avance\")").find("advance"),
              std::string::npos);
    EXPECT_EQ(compile_error("beneficiary.legal_form == \"association\""), "");
}

// --- type errors ------------------------------------------------------------------------------

TEST(LocalExpressionTypes, MismatchedTypesAreRefusedWithTheirNames) {
    EXPECT_NE(compile_error("amount.granted < 2024-01-01")
                  .find("comparaison impossible entre un montant et une date"),
              std::string::npos);
    EXPECT_NE(compile_error("period.start + period.end").find("deux dates ne s'additionnent"),
              std::string::npos);
    EXPECT_NE(compile_error("period.end - period.start").find("days_between"), std::string::npos);
    EXPECT_NE(compile_error("6 mois < 1 an").find("deux durées ne se comparent pas"),
              std::string::npos);
    EXPECT_NE(compile_error("amount.granted + 1")
                  .find("« + » impossible entre un montant et un "
                        "nombre"),
              std::string::npos);
    EXPECT_NE(compile_error("amount.granted * amount.paid").find("« * » impossible"),
              std::string::npos);
    EXPECT_NE(compile_error("beneficiary.name < \"A\"").find("seulement par = ou !="),
              std::string::npos);
    EXPECT_NE(compile_error("payments == 1").find("comparaison impossible"), std::string::npos);
    EXPECT_NE(compile_error("1 and true").find("« and »"), std::string::npos);
}

TEST(LocalExpressionNames, AnUnknownFactSuggestsTheNearestName) {
    const auto e = compile_error("amount.grantd > 0 €");
    EXPECT_NE(e.find("fait ou paramètre inconnu « amount.grantd »"), std::string::npos) << e;
    EXPECT_NE(e.find("vouliez-vous dire « amount.granted »"), std::string::npos) << e;
    EXPECT_NE(compile_error("zzzzzzzzzzzz > 1").find("docs/local-rules.md"), std::string::npos);
    EXPECT_NE(compile_error("somme(payments, amont) > 0 €").find("« amount »"), std::string::npos);
    EXPECT_NE(compile_error("frobnicate(1)").find("fonction inconnue"), std::string::npos);
}

// --- limits -----------------------------------------------------------------------------------

TEST(LocalExpressionLimits, OverflowAndDivisionByZeroAreUndecided) {
    const FactTable& t = apes_facts();
    EXPECT_FALSE(known(
        eval_on(t, "amount.granted * 1000000000000000000000000 * 1000000000000000000000 > 0 €")));
    EXPECT_FALSE(known(eval_on(t, "amount.granted / 0 > 0 €")));
    EXPECT_FALSE(known(eval_on(t, "1 / (vote.for - vote.for) > 0")));
    EXPECT_FALSE(known(eval_on(t, "amount.granted / (amount.granted - 57 000 €) > 0")));
    EXPECT_FALSE(known(value_of("9999-12-31 + 1 jour > 2000-01-01")));
    // undecided is not false: « or true » still decides
    EXPECT_TRUE(is_true(eval_on(t, "amount.granted / 0 > 0 € or true")));
}

TEST(LocalExpressionLimits, DeepNestingIsRefusedNotAStackOverflow) {
    EXPECT_NE(compile_error(std::string(3'000, '(') + "1" + std::string(3'000, ')'))
                  .find("trop imbriquée"),
              std::string::npos);
    std::string nots;
    for (int i = 0; i < 5'000; ++i)
        nots += "not ";
    EXPECT_NE(compile_error(nots + "true").find("trop imbriquée"), std::string::npos);
    EXPECT_NE(compile_error(std::string(5'000, '-') + "1").find("trop imbriquée"),
              std::string::npos);
    std::string sum = "1";
    for (int i = 0; i < 20'000; ++i)
        sum += " + 1";
    EXPECT_NE(compile_error(sum).find("trop longue"), std::string::npos);
    EXPECT_EQ(compile_error(std::string(20, '(') + "1" + std::string(20, ')') + " > 0"), "");
    // without parentheses, a chain of operations nests too: bounded as well
    std::string chain = "1";
    for (int i = 0; i < 300; ++i)
        chain += " + 1";
    EXPECT_NE(compile_error(chain + " > 0").find("trop imbriquée"), std::string::npos);
    std::string short_chain = "1";
    for (int i = 0; i < 150; ++i)
        short_chain += " + 1";
    EXPECT_TRUE(is_true(value_of(short_chain + " == 151")));
}

TEST(LocalExpressionLimits, ALongAndOrChainIsOneLevelDeep) {
    // « and » and « or » take any number of operands: 2 000 of them evaluate without recursion
    std::string ands = "known(amount.granted)";
    std::string ors = "missing(amount.granted)";
    for (int i = 0; i < 2'000; ++i) {
        ands += " and amount.granted > 1 €";
        ors += " or amount.granted < 1 €";
    }
    EXPECT_TRUE(is_true(eval_on(apes_facts(), ands)));
    EXPECT_TRUE(is_false(eval_on(apes_facts(), ors)));
    EXPECT_FALSE(known(eval_on(apes_facts(), ors + " or request.date > 2020-01-01")));
    EXPECT_TRUE(is_true(eval_on(apes_facts(), ors + " or request.date > 2020-01-01 or true")));
}

TEST(LocalExpressionLimits, LongNumbersAndUnclosedTextAreRefused) {
    EXPECT_NE(compile_error(std::string(40, '9') + " €").find("nombre trop long"),
              std::string::npos);
    EXPECT_NE(compile_error("beneficiary.name == \"abc").find("non fermé"), std::string::npos);
    EXPECT_NE(compile_error("amount.granted > 1 € )").find("inattendu"), std::string::npos);
    EXPECT_NE(compile_error("amount.granted >").find("incomplète"), std::string::npos);
    EXPECT_NE(compile_error("amount.granted ¤ 1").find("caractère inattendu « ¤ »"),
              std::string::npos);
}

} // namespace test_local_expression_test
