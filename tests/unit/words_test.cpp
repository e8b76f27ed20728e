// SPDX-License-Identifier: Apache-2.0
// Tests of <subvention/words.hpp>: amounts in French words, both spellings, and the reverse parse.
#include <cstdint>
#include <limits>
#include <random>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include <subvention/money.hpp>
#include <subvention/words.hpp>

#include "support/sanitizer.hpp"

// Each suite in its own namespace: the suites of a group are compiled together (unity build).
namespace test_words_test {

namespace {

using subvention::ErrorKind;
using subvention::Euros;
using subvention::number_to_words_fr;
using subvention::parse_words_fr;
using subvention::Spelling;
using subvention::to_words_fr;
using namespace subvention::literals;

constexpr std::int64_t i64max = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t i64min = std::numeric_limits<std::int64_t>::min();

struct WordsCase {
    std::int64_t cents;
    std::string_view traditional;
    std::string_view rectified;
};

// Each line pins one rule of French numerals (see the header comment for the sources).
TEST(ToWordsFr, WritesAmountsAsFrenchActsDo) {
    const WordsCase cases[] = {
        {5'700'000, "cinquante-sept mille euros", "cinquante-sept-mille euros"},
        {20'928'500, "deux cent neuf mille deux cent quatre-vingt-cinq euros",
         "deux-cent-neuf-mille-deux-cent-quatre-vingt-cinq euros"},
        {8'000, "quatre-vingts euros", "quatre-vingts euros"},     // vingt multiplied, final
        {8'100, "quatre-vingt-un euros", "quatre-vingt-un euros"}, // no « et » after 80
        {9'100, "quatre-vingt-onze euros", "quatre-vingt-onze euros"},
        {20'000, "deux cents euros", "deux-cents euros"},     // cent multiplied, final
        {20'100, "deux cent un euros", "deux-cent-un euros"}, // not final: no s
        {10'000, "cent euros", "cent euros"},                 // cent alone: no « un »
        {10'100, "cent un euros", "cent-un euros"},           // no « et » after cent
        {100'000, "mille euros", "mille euros"},              // never « un mille »
        {200'000, "deux mille euros", "deux-mille euros"},    // mille invariable
        {100'100, "mille un euros", "mille-un euros"},
        {8'000'000, "quatre-vingt mille euros", "quatre-vingt-mille euros"}, // no s before mille
        {20'000'000, "deux cent mille euros", "deux-cent-mille euros"},
        {2'100'000, "vingt et un mille euros", "vingt-et-un-mille euros"},
        {100'000'000, "un million d'euros", "un million d'euros"}, // noun: d'euros
        {200'000'000, "deux millions d'euros", "deux millions d'euros"},
        {120'000'000, "un million deux cent mille euros", "un million deux-cent-mille euros"},
        {100'000'100, "un million un euros", "un million un euros"},
        {8'000'000'000, "quatre-vingts millions d'euros", "quatre-vingts millions d'euros"},
        {20'000'000'000, "deux cents millions d'euros", "deux-cents millions d'euros"},
        {2'100'000'000, "vingt et un millions d'euros", "vingt-et-un millions d'euros"},
        {100'000'000'000, "un milliard d'euros", "un milliard d'euros"},
        {300'000'000'000, "trois milliards d'euros", "trois milliards d'euros"},
        {100'000'000'000'000, "un billion d'euros", "un billion d'euros"},
        {350, "trois euros et cinquante centimes", "trois euros et cinquante centimes"},
        {101, "un euro et un centime", "un euro et un centime"},
        {100, "un euro", "un euro"},
        {199, "un euro et quatre-vingt-dix-neuf centimes",
         "un euro et quatre-vingt-dix-neuf centimes"},
        {0, "zéro euro", "zéro euro"},
        {1, "un centime", "un centime"},
        {80, "quatre-vingts centimes", "quatre-vingts centimes"},
        {7'100, "soixante et onze euros", "soixante-et-onze euros"},
        {7'000, "soixante-dix euros", "soixante-dix euros"},
        {7'700, "soixante-dix-sept euros", "soixante-dix-sept euros"},
        {2'100, "vingt et un euros", "vingt-et-un euros"},
        {6'100, "soixante et un euros", "soixante-et-un euros"},
        {1'700, "dix-sept euros", "dix-sept euros"},
        {1'600, "seize euros", "seize euros"},
        {-1'250, "moins douze euros et cinquante centimes",
         "moins douze euros et cinquante centimes"},
        {-50, "moins cinquante centimes", "moins cinquante centimes"},
        {i64max,
         "quatre-vingt-douze billiards deux cent trente-trois billions sept cent vingt milliards "
         "trois cent soixante-huit millions cinq cent quarante-sept mille sept cent cinquante-huit "
         "euros et sept centimes",
         "quatre-vingt-douze billiards deux-cent-trente-trois billions sept-cent-vingt milliards "
         "trois-cent-soixante-huit millions cinq-cent-quarante-sept-mille-sept-cent-cinquante-huit "
         "euros et sept centimes"},
    };
    for (const auto& c : cases) {
        const Euros x = Euros::from_cents(c.cents);
        EXPECT_EQ(to_words_fr(x), c.traditional) << c.cents;
        EXPECT_EQ(to_words_fr(x, Spelling::traditional), c.traditional) << c.cents;
        EXPECT_EQ(to_words_fr(x, Spelling::rectified1990), c.rectified) << c.cents;
    }
}

TEST(NumberToWordsFr, FirstHundredFollowsTheEtAndHyphenRules) {
    const std::vector<std::string_view> expected = {"zéro",
                                                    "un",
                                                    "deux",
                                                    "trois",
                                                    "quatre",
                                                    "cinq",
                                                    "six",
                                                    "sept",
                                                    "huit",
                                                    "neuf",
                                                    "dix",
                                                    "onze",
                                                    "douze",
                                                    "treize",
                                                    "quatorze",
                                                    "quinze",
                                                    "seize",
                                                    "dix-sept",
                                                    "dix-huit",
                                                    "dix-neuf",
                                                    "vingt",
                                                    "vingt et un",
                                                    "vingt-deux",
                                                    "vingt-trois",
                                                    "vingt-quatre",
                                                    "vingt-cinq",
                                                    "vingt-six",
                                                    "vingt-sept",
                                                    "vingt-huit",
                                                    "vingt-neuf",
                                                    "trente",
                                                    "trente et un",
                                                    "trente-deux",
                                                    "trente-trois",
                                                    "trente-quatre",
                                                    "trente-cinq",
                                                    "trente-six",
                                                    "trente-sept",
                                                    "trente-huit",
                                                    "trente-neuf",
                                                    "quarante",
                                                    "quarante et un",
                                                    "quarante-deux",
                                                    "quarante-trois",
                                                    "quarante-quatre",
                                                    "quarante-cinq",
                                                    "quarante-six",
                                                    "quarante-sept",
                                                    "quarante-huit",
                                                    "quarante-neuf",
                                                    "cinquante",
                                                    "cinquante et un",
                                                    "cinquante-deux",
                                                    "cinquante-trois",
                                                    "cinquante-quatre",
                                                    "cinquante-cinq",
                                                    "cinquante-six",
                                                    "cinquante-sept",
                                                    "cinquante-huit",
                                                    "cinquante-neuf",
                                                    "soixante",
                                                    "soixante et un",
                                                    "soixante-deux",
                                                    "soixante-trois",
                                                    "soixante-quatre",
                                                    "soixante-cinq",
                                                    "soixante-six",
                                                    "soixante-sept",
                                                    "soixante-huit",
                                                    "soixante-neuf",
                                                    "soixante-dix",
                                                    "soixante et onze",
                                                    "soixante-douze",
                                                    "soixante-treize",
                                                    "soixante-quatorze",
                                                    "soixante-quinze",
                                                    "soixante-seize",
                                                    "soixante-dix-sept",
                                                    "soixante-dix-huit",
                                                    "soixante-dix-neuf",
                                                    "quatre-vingts",
                                                    "quatre-vingt-un",
                                                    "quatre-vingt-deux",
                                                    "quatre-vingt-trois",
                                                    "quatre-vingt-quatre",
                                                    "quatre-vingt-cinq",
                                                    "quatre-vingt-six",
                                                    "quatre-vingt-sept",
                                                    "quatre-vingt-huit",
                                                    "quatre-vingt-neuf",
                                                    "quatre-vingt-dix",
                                                    "quatre-vingt-onze",
                                                    "quatre-vingt-douze",
                                                    "quatre-vingt-treize",
                                                    "quatre-vingt-quatorze",
                                                    "quatre-vingt-quinze",
                                                    "quatre-vingt-seize",
                                                    "quatre-vingt-dix-sept",
                                                    "quatre-vingt-dix-huit",
                                                    "quatre-vingt-dix-neuf"};
    ASSERT_EQ(expected.size(), 100U);
    for (std::uint64_t n = 0; n < 100; ++n)
        EXPECT_EQ(number_to_words_fr(n), expected[n]) << n;
    EXPECT_EQ(number_to_words_fr(71, Spelling::rectified1990), "soixante-et-onze");
    EXPECT_EQ(number_to_words_fr(999'999'999'999'999'999ULL).substr(0, 38),
              "neuf cent quatre-vingt-dix-neuf billia");
    EXPECT_THROW((void)number_to_words_fr(1'000'000'000'000'000'000ULL), std::out_of_range);
}

// Property: in traditional spelling a hyphen only joins words below one hundred; in the 1990
// spelling every numeral below a million is one hyphenated word.
TEST(NumberToWordsFr, HyphenationDiffersOnlyAsTheSpellingsSay) {
    for (std::uint64_t n = 0; n < 1'000'000; n += 13) {
        const std::string trad = number_to_words_fr(n);
        const std::string rect = number_to_words_fr(n, Spelling::rectified1990);
        for (std::string_view big : {"cent-", "-cent", "mille-", "-mille"})
            ASSERT_EQ(trad.find(big), std::string::npos) << trad;
        ASSERT_EQ(rect.find(' '), std::string::npos) << rect;
        std::string trad_hyphens = trad;
        for (char& c : trad_hyphens)
            if (c == ' ')
                c = '-';
        ASSERT_EQ(trad_hyphens, rect) << n;
    }
}

// ---- parsing -----------------------------------------------------------------------------------

TEST(ParseWordsFr, AcceptsBothSpellingsAnyCaseAndOptionalAccents) {
    const struct {
        std::string_view text;
        std::int64_t cents;
    } cases[] = {
        {"cinquante-sept mille euros", 5'700'000},
        {"cinquante-sept-mille euros", 5'700'000},
        {"Cinquante-Sept Mille Euros", 5'700'000},
        {"CINQUANTE-SEPT MILLE EUROS", 5'700'000},
        {"deux-cent-neuf-mille-deux-cent-quatre-vingt-cinq euros", 20'928'500},
        {"deux cent neuf mille deux cent quatre-vingt-cinq euros", 20'928'500},
        {"deux cent neuf mille deux-cent quatre vingt cinq euros", 20'928'500}, // mixed
        {"zéro euro", 0},
        {"zero euro", 0},
        {"ZÉRO EURO", 0},
        {"un euro", 100},
        {"un million d'euros", 100'000'000},
        {"un million d\u2019euros", 100'000'000}, // typographic apostrophe
        {"un million euros", 100'000'000},        // tolerated: value is clear
        {"deux millions d'euros", 200'000'000},
        {"un million deux cent mille euros", 120'000'000},
        {"trois euros et cinquante centimes", 350},
        {"trois euros cinquante centimes", 350},
        {"un centime", 1},
        {"zéro euro et un centime", 1},
        {"cinquante centimes", 50},
        {"moins douze euros et cinquante centimes", -1250},
        {"quatre-vingt euros", 8'000},          // missing plural s tolerated
        {"deux cent euros", 20'000},            // missing plural s tolerated
        {"deux cents mille euros", 20'000'000}, // extra s tolerated
        {"deux mil euros", 200'000},            // old form of mille
        {"soixante et onze euros", 7'100},
        {"soixante-et-onze euros", 7'100},
        {"vingt\u00A0et\u202Fun euros", 2'100},
        {"quatre\u2011vingt\u2011un euros", 8'100}, // non-breaking hyphens
        {"  cent euros  ", 10'000},
        {"un milliard d'euros", 100'000'000'000},
        {"quatre-vingt-douze billiards deux cent trente-trois billions sept cent vingt milliards "
         "trois cent soixante-huit millions cinq cent quarante-sept mille sept cent cinquante-huit "
         "euros et sept centimes",
         i64max},
        {"moins quatre-vingt-douze billiards deux cent trente-trois billions sept cent vingt "
         "milliards trois cent soixante-huit millions cinq cent quarante-sept mille sept cent "
         "cinquante-huit euros et huit centimes",
         i64min},
    };
    for (const auto& c : cases) {
        const auto r = parse_words_fr(c.text);
        ASSERT_TRUE(r.ok()) << c.text << " : " << r.error().describe();
        EXPECT_EQ(r->cents(), c.cents) << c.text;
    }
}

TEST(ParseWordsFr, RejectsMalformedNumbersWithKindAndReason) {
    const struct {
        std::string_view text;
        ErrorKind kind;
        std::string_view reason;
    } cases[] = {
        {"", ErrorKind::empty, "vide"},
        {"   ", ErrorKind::empty, "vide"},
        {"vingt un euros", ErrorKind::format, "« vingt un »"},
        {"quatre-vingt-et-un euros", ErrorKind::format, "selon l'usage"},
        {"cent et un euros", ErrorKind::format, "selon l'usage"},
        {"deux trois euros", ErrorKind::format, "selon l'usage"},
        {"un mille euros", ErrorKind::format, "selon l'usage"},
        {"cent cent euros", ErrorKind::format, "selon l'usage"},
        {"mille deux mille euros", ErrorKind::format, "selon l'usage"},
        {"million d'euros", ErrorKind::format, "selon l'usage"},
        {"un zéro euros", ErrorKind::format, "selon l'usage"},
        {"soixante-dix-onze euros", ErrorKind::format, "selon l'usage"},
        {"septante euros", ErrorKind::format, "« septante »"}, // Belgian/Swiss: not in acts
        {"douze", ErrorKind::format, "l'unité manque"},
        {"euros", ErrorKind::format, "« euros »"},
        {"douze euros douze", ErrorKind::format, "centimes"},
        {"douze euros et", ErrorKind::format, "l'unité manque"},
        {"douze euros dollars", ErrorKind::format, "« dollars »"},
        {"douze dollars", ErrorKind::format, "« dollars »"},
        {"douze centimes et trois euros", ErrorKind::format, "mot en trop « et »"},
        {"douze euros et treize centimes de plus", ErrorKind::format, "mot en trop « de »"},
        {"12 euros", ErrorKind::format, "« 1 »"},
        {"douze euros.", ErrorKind::format, "« . »"},
        {"l'euro", ErrorKind::format, "apostrophe"},
        {"trois euros et cent centimes", ErrorKind::range, "quatre-vingt-dix-neuf"},
        {"cent billiards d'euros", ErrorKind::overflow, "capacité"},
        {"quatre-vingt-douze billiards deux cent trente-trois billions sept cent vingt milliards "
         "trois cent soixante-huit millions cinq cent quarante-sept mille sept cent cinquante-huit "
         "euros et huit centimes",
         ErrorKind::overflow, "capacité"},
    };
    for (const auto& c : cases) {
        const auto r = parse_words_fr(c.text);
        ASSERT_FALSE(r.ok()) << c.text << " accepted as " << r->to_iso();
        EXPECT_EQ(r.error().kind, c.kind) << c.text << " : " << r.error().describe();
        EXPECT_EQ(r.error().field, "montant en lettres");
        EXPECT_EQ(r.error().value, c.text);
        EXPECT_NE(r.error().message.find(c.reason), std::string::npos)
            << c.text << " : " << r.error().message;
    }
}

// Property: for every whole amount 0..200 000 € (every 7th under the sanitizers) and both
// spellings, words parse back exactly.
TEST(ParseWordsFr, RoundTripsEveryWholeAmountUpTo200000InBothSpellings) {
    for (std::int64_t e = 0; e <= 200'000; e += subvention::testing::sweep_step()) {
        const Euros x = Euros::from_euros(e);
        for (const Spelling sp : {Spelling::traditional, Spelling::rectified1990}) {
            const std::string w = to_words_fr(x, sp);
            const auto r = parse_words_fr(w);
            ASSERT_TRUE(r.ok()) << w << " : " << r.error().describe();
            ASSERT_EQ(*r, x) << w;
        }
    }
}

// Property: random amounts of every magnitude (with cents, negative, extremes) round-trip, also
// upper-cased; and dropping any one number word never yields the same amount silently.
TEST(ParseWordsFr, RoundTripsLargeRandomAmountsAndDetectsDroppedWords) {
    std::vector<std::int64_t> values{i64max, i64min, i64max - 1, i64min + 1, 1, -1, 99, 101};
    std::mt19937_64 rng(2023122);
    for (int n = 0; n < 20'000; ++n) {
        std::uint64_t m = 1;
        for (int d = 0; d < 1 + n % 19; ++d)
            m *= 10;
        values.push_back(static_cast<std::int64_t>(rng() % m) * (n % 3 == 0 ? -1 : 1));
    }
    for (const std::int64_t c : values) {
        const Euros x = Euros::from_cents(c);
        for (const Spelling sp : {Spelling::traditional, Spelling::rectified1990}) {
            const std::string w = to_words_fr(x, sp);
            ASSERT_EQ(parse_words_fr(w).value(), x) << w;
            std::string upper = w;
            for (char& ch : upper)
                if (ch >= 'a' && ch <= 'z')
                    ch = static_cast<char>(ch - 'a' + 'A');
            ASSERT_EQ(parse_words_fr(upper).value(), x) << upper;
        }
    }
    // Drop each word of the traditional spelling in turn (except the optional « et » before the
    // cents and the « d' » of « d'euros », which are tolerated as value-neutral).
    for (std::size_t k = 0; k < 2'000; ++k) {
        const Euros x = Euros::from_cents(values[k]);
        const std::string w = to_words_fr(x);
        std::vector<std::string> words;
        std::string cur;
        for (const char ch : w + " ") {
            if (ch == ' ' || ch == '-') {
                words.push_back(cur);
                cur.clear();
            } else {
                cur += ch;
            }
        }
        for (std::size_t drop = 0; drop < words.size(); ++drop) {
            const bool cents_et = words[drop] == "et" && drop > 0 &&
                                  (words[drop - 1] == "euros" || words[drop - 1] == "euro");
            if (cents_et || words[drop] == "d'euros")
                continue;
            std::string mutated;
            for (std::size_t i = 0; i < words.size(); ++i)
                if (i != drop)
                    mutated += (mutated.empty() ? "" : " ") + words[i];
            const auto r = parse_words_fr(mutated);
            ASSERT_TRUE(!r.ok() || *r != x) << "« " << mutated << " » still reads as " << w;
        }
    }
}

} // namespace

} // namespace test_words_test
