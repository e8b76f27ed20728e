// SPDX-License-Identifier: Apache-2.0
// Tests of <subvention/date.hpp>: French date parsing, formatting and finding dates in text.
#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include <subvention/date.hpp>

// Each suite in its own namespace: the suites of a group are compiled together (unity build).
namespace test_date_test {

namespace sv = subvention;
using sv::Date;
using sv::DateStyle;
using sv::ErrorKind;

namespace {

constexpr std::array<DateStyle, 4> all_styles{DateStyle::long_fr, DateStyle::weekday_fr,
                                              DateStyle::numeric, DateStyle::iso};

/// Upper-cases ASCII and the French accented lower-case letters (é → É, û → Û…), as a user
/// typing in capitals would.
std::string upper_fr(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto b = static_cast<unsigned char>(s[i]);
        if (b == 0xC3 && i + 1 < s.size()) {
            const auto n = static_cast<unsigned char>(s[i + 1]);
            out += s[i];
            out += static_cast<char>(n >= 0xA0 && n <= 0xBE && n != 0xB7 ? n - 0x20 : n);
            ++i;
        } else if (s[i] >= 'a' && s[i] <= 'z') {
            out += static_cast<char>(s[i] - 'a' + 'A');
        } else {
            out += s[i];
        }
    }
    return out;
}

/// Drops the accents of é and û (« février » → « fevrier », « août » → « aout »).
std::string strip_accents(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s.substr(i, 2) == "\xC3\xA9") {
            out += 'e';
            ++i;
        } else if (s.substr(i, 2) == "\xC3\xBB") {
            out += 'u';
            ++i;
        } else {
            out += s[i];
        }
    }
    return out;
}

} // namespace

// --- parse_date: accepted forms -------------------------------------------------------------

struct Accepted {
    std::string_view input;
    int y, m, d;
};

TEST(ParseDate, AcceptsFrenchLongNumericAndIsoForms) {
    const std::vector<Accepted> cases{
        {"20 mars 2023", 2023, 3, 20},
        {"1er janvier 2023", 2023, 1, 1},
        {"1 janvier 2023", 2023, 1, 1},
        {"01 janvier 2023", 2023, 1, 1},
        {"1ER JANVIER 2023", 2023, 1, 1},
        {"1Er Janvier 2023", 2023, 1, 1},
        {"1ᵉʳ janvier 2023", 2023, 1, 1},
        {"20/03/2023", 2023, 3, 20},
        {"1/7/2021", 2021, 7, 1},
        {"20-03-2023", 2023, 3, 20},
        {"20.03.2023", 2023, 3, 20},
        {"2023-03-20", 2023, 3, 20},
        {"2023-3-5", 2023, 3, 5},
        {"28 février 2023", 2023, 2, 28},
        {"28 fevrier 2023", 2023, 2, 28},
        {"28 FÉVRIER 2023", 2023, 2, 28},
        {"28 FEVRIER 2023", 2023, 2, 28},
        {"15 août 2023", 2023, 8, 15},
        {"15 aout 2023", 2023, 8, 15},
        {"15 AOÛT 2023", 2023, 8, 15},
        {"15 AOUT 2023", 2023, 8, 15},
        {"15 Août 2023", 2023, 8, 15},
        {"25 décembre 2023", 2023, 12, 25},
        {"25 decembre 2023", 2023, 12, 25},
        {"25 DÉCEMBRE 2023", 2023, 12, 25},
        {"25 DECEMBRE 2023", 2023, 12, 25},
        {"25 de\xCC\x81"
         "cembre 2023",
         2023, 12, 25},                        // decomposed é (NFD)
        {"15 aou\xCC\x82t 2023", 2023, 8, 15}, // decomposed û (NFD)
        {"20 janv. 2023", 2023, 1, 20},
        {"20 févr. 2023", 2023, 2, 20},
        {"20 avr 2023", 2023, 4, 20},
        {"20 juil. 2023", 2023, 7, 20},
        {"20 sept. 2023", 2023, 9, 20},
        {"20 oct. 2023", 2023, 10, 20},
        {"20 nov. 2023", 2023, 11, 20},
        {"20 déc. 2023", 2023, 12, 20},
        {"lundi 20 mars 2023", 2023, 3, 20},
        {"Lundi, 20 mars 2023", 2023, 3, 20},
        {"LUNDI 20 MARS 2023", 2023, 3, 20},
        {"dimanche 1er janvier 2023", 2023, 1, 1},
        {"  20 mars 2023  ", 2023, 3, 20},
        {"\t20   mars\n2023\r\n", 2023, 3, 20},
        {"20\u00A0mars\u00A02023", 2023, 3, 20},
        {"20\u202Fmars\u202F2023", 2023, 3, 20},
        {"\u202F2023-03-20\u00A0", 2023, 3, 20},
        {"29 février 2024", 2024, 2, 29},
        {"29/02/2000", 2000, 2, 29},
        {"30 juin 2024", 2024, 6, 30},
        {"01/01/1400", 1400, 1, 1},
        {"31/12/9999", 9999, 12, 31},
    };
    for (const auto& c : cases) {
        const auto r = sv::parse_date(c.input);
        ASSERT_TRUE(r.ok()) << c.input << " : " << r.error().message;
        EXPECT_EQ(*r, Date(static_cast<unsigned short>(c.y), static_cast<unsigned short>(c.m),
                           static_cast<unsigned short>(c.d)))
            << c.input;
    }
}

TEST(ParseDate, AcceptsEveryMonthNameWithAndWithoutAccentsInAnyCase) {
    for (int m = 1; m <= 12; ++m) {
        const std::string name(sv::month_name_fr(m));
        const Date expected(2023, static_cast<unsigned short>(m), 2);
        for (const std::string& spelled :
             {name, upper_fr(name), strip_accents(name), upper_fr(strip_accents(name))}) {
            const auto r = sv::parse_date("2 " + spelled + " 2023");
            ASSERT_TRUE(r.ok()) << spelled;
            EXPECT_EQ(*r, expected) << spelled;
        }
    }
}

// --- parse_date: rejections ------------------------------------------------------------------

struct Rejected {
    std::string_view input;
    ErrorKind kind;
    std::string_view message; ///< exact, or empty to only check the kind
};

TEST(ParseDate, RejectsWithAPreciseFrenchErrorNamingTheValue) {
    const std::vector<Rejected> cases{
        {"", ErrorKind::empty, "la date est vide"},
        {"   ", ErrorKind::empty, "la date est vide"},
        {"\u00A0\u202F", ErrorKind::empty, "la date est vide"},
        {"31/02/2023", ErrorKind::range,
         "le 31 février 2023 n'existe pas (février 2023 compte 28 jours)"},
        {"0/1/2023", ErrorKind::range,
         "le 0 janvier 2023 n'existe pas (janvier 2023 compte 31 jours)"},
        {"32 mars 2023", ErrorKind::range,
         "le 32 mars 2023 n'existe pas (mars 2023 compte 31 jours)"},
        {"29/02/2023", ErrorKind::range,
         "le 29 février 2023 n'existe pas (février 2023 compte 28 jours)"},
        {"29 février 1900", ErrorKind::range,
         "le 29 février 1900 n'existe pas (février 1900 compte 28 jours)"},
        {"31 avril 2024", ErrorKind::range,
         "le 31 avril 2024 n'existe pas (avril 2024 compte 30 jours)"},
        {"20/13/2023", ErrorKind::range, "le mois « 13 » n'existe pas (1 à 12)"},
        {"2023-00-10", ErrorKind::range, "le mois « 00 » n'existe pas (1 à 12)"},
        {"20/03/1399", ErrorKind::range,
         "l'année 1399 est hors de la plage prise en charge (1400 à 9999)"},
        {"0000-01-01", ErrorKind::range,
         "l'année 0 est hors de la plage prise en charge (1400 à 9999)"},
        {"20 marsss 2023", ErrorKind::component, "mois « marsss » inconnu"},
        {"20 fèvrier 2023", ErrorKind::component, "mois « fèvrier » inconnu"},
        {"20 march 2023", ErrorKind::component, "mois « march » inconnu"},
        {"mardi 20 mars 2023", ErrorKind::component, "le 20 mars 2023 est un lundi, pas un mardi"},
        {"lundy 20 mars 2023", ErrorKind::component,
         "« lundy » n'est pas un jour de la semaine (lundi à dimanche)"},
        {"20/03/23", ErrorKind::ambiguous,
         "année « 23 » sur deux chiffres : le siècle est ambigu, écrire l'année sur quatre "
         "chiffres"},
        {"20 mars 23", ErrorKind::ambiguous, ""},
        {"20/03/20233", ErrorKind::length, "année « 20233 » : quatre chiffres attendus"},
        {"20/03/203", ErrorKind::length, "année « 203 » : quatre chiffres attendus"},
        {"20 mars 2023 à 10h", ErrorKind::format, "texte inattendu « à 10h » après la date"},
        {"20 mars 2023.", ErrorKind::format, "texte inattendu « . » après la date"},
        {"2er mars 2023", ErrorKind::format,
         "« 2er » : le suffixe « er » ne s'emploie que pour le 1er du mois"},
        {"mars 2023", ErrorKind::format, "le jour du mois manque avant le mois « mars »"},
        {"20mars2023", ErrorKind::format, ""},
        {"20 mars", ErrorKind::format, ""},
        {"20/03-2023", ErrorKind::format, ""},
        {"2023/03/20", ErrorKind::format, ""},
        {"123 mars 2023", ErrorKind::format, ""},
        {"20 mars. 2023", ErrorKind::format, ""},
        {"le 20 mars 2023", ErrorKind::component, ""},
        {"hier", ErrorKind::format, ""}, // a word without digits is no date, not a weekday
        {"abc", ErrorKind::format,
         "format de date non reconnu : attendu par exemple « 20 mars 2023 », « 20/03/2023 » ou "
         "« 2023-03-20 »"},
        {"€", ErrorKind::format, ""},
    };
    const std::string generic = "format de date non reconnu : attendu par exemple « 20 mars "
                                "2023 », « 20/03/2023 » ou « 2023-03-20 »";
    for (const auto& c : cases) {
        const auto r = sv::parse_date(c.input);
        ASSERT_FALSE(r.ok()) << c.input;
        EXPECT_EQ(r.error().kind, c.kind) << c.input << " : " << r.error().message;
        EXPECT_EQ(r.error().field, "date");
        EXPECT_EQ(r.error().value, c.input);
        if (!c.message.empty())
            EXPECT_EQ(r.error().message, c.message) << c.input;
        else
            EXPECT_FALSE(r.error().message.empty()) << c.input;
    }
    EXPECT_EQ(sv::parse_date("20mars2023").error().message, generic);
    EXPECT_EQ(sv::parse_date("2023/03/20").error().message, generic);
}

TEST(ParseDate, NeverThrowsOnHostileInput) {
    const std::vector<std::string> inputs{
        "99999999999999999999/1/2023",
        "1/99999999999999999999/2023",
        "1/1/99999999999999999999",
        "2023-99999999999-1",
        std::string("20\0mars 2023", 12),
        "\xFF\xFE\xFD",
        "\xC3",
        "20 \xC3",
        "1\xE1\xB5",
        "lundi",
        "lundi,",
        "9999-12-31",
        "31 décembre 9999",
        std::string(10000, '1'),
        std::string(10000, ' ') + "1",
    };
    for (const auto& in : inputs)
        EXPECT_NO_THROW((void)sv::parse_date(in)) << in.substr(0, 40);
    EXPECT_TRUE(sv::parse_date("9999-12-31").ok());
    EXPECT_FALSE(sv::parse_date("99999999999999999999/1/2023").ok());
}

TEST(ParseDate, ValueThrowsParseFailureCarryingTheError) {
    try {
        (void)sv::parse_date("31/02/2023").value();
        FAIL() << "expected ParseFailure";
    } catch (const sv::ParseFailure& e) {
        EXPECT_EQ(e.error().kind, ErrorKind::range);
        EXPECT_NE(std::string(e.what()).find("31/02/2023"), std::string::npos);
    }
}

// --- make_date ----------------------------------------------------------------------------

TEST(MakeDate, BuildsValidDatesAndRejectsImpossibleOnesWithoutThrowing) {
    EXPECT_EQ(sv::make_date(2024, 2, 29).value(), Date(2024, 2, 29));
    EXPECT_EQ(sv::make_date(2023, 2, 29).error().message,
              "le 29 février 2023 n'existe pas (février 2023 compte 28 jours)");
    EXPECT_EQ(sv::make_date(2023, 2, 29).error().value, "2023-2-29");
    EXPECT_EQ(sv::make_date(2023, 0, 1).error().kind, ErrorKind::range);
    EXPECT_EQ(sv::make_date(10000, 1, 1).error().kind, ErrorKind::range);
    EXPECT_EQ(sv::make_date(-5, 1, 1).error().kind, ErrorKind::range);
    EXPECT_EQ(sv::make_date(2023, 1, -1).error().kind, ErrorKind::range);
}

// --- format_date ----------------------------------------------------------------------------

TEST(FormatDate, WritesEachStyleExactly) {
    const Date cp(2023, 3, 20);
    EXPECT_EQ(sv::format_date(cp), "20 mars 2023");
    EXPECT_EQ(sv::format_date(cp, DateStyle::long_fr), "20 mars 2023");
    EXPECT_EQ(sv::format_date(cp, DateStyle::weekday_fr), "lundi 20 mars 2023");
    EXPECT_EQ(sv::format_date(cp, DateStyle::numeric), "20/03/2023");
    EXPECT_EQ(sv::format_date(cp, DateStyle::iso), "2023-03-20");

    const Date first(2023, 1, 1); // French usage: « 1er » for the first of the month
    EXPECT_EQ(sv::format_date(first), "1er janvier 2023");
    EXPECT_EQ(sv::format_date(first, DateStyle::weekday_fr), "dimanche 1er janvier 2023");
    EXPECT_EQ(sv::format_date(first, DateStyle::numeric), "01/01/2023");
    EXPECT_EQ(sv::format_date(first, DateStyle::iso), "2023-01-01");

    EXPECT_EQ(sv::format_date(Date(2024, 6, 30), DateStyle::weekday_fr), "dimanche 30 juin 2024");
    EXPECT_EQ(sv::format_date(Date(2023, 8, 15)), "15 août 2023");
    EXPECT_EQ(sv::format_date(Date(2022, 12, 12)), "12 décembre 2022");
    EXPECT_EQ(sv::format_date(Date(2024, 2, 2)), "2 février 2024");
    EXPECT_EQ(sv::format_date(Date(1400, 1, 1), DateStyle::iso), "1400-01-01");
    EXPECT_EQ(sv::format_date(Date(9999, 12, 31), DateStyle::numeric), "31/12/9999");
}

TEST(FormatDate, SpecialDatesAreMisuse) {
    EXPECT_THROW((void)sv::format_date(Date()), std::invalid_argument);
    EXPECT_THROW((void)sv::format_date(Date(boost::gregorian::pos_infin)), std::invalid_argument);
    EXPECT_THROW((void)sv::weekday_name_fr(Date()), std::invalid_argument);
}

TEST(FormatDate, EveryDayOfSeveralYearsRoundTripsThroughEveryStyle) {
    for (const int year : {1400, 1900, 1999, 2000, 2023, 2024, 2100, 2299, 9999}) {
        const Date end(static_cast<unsigned short>(year), 12, 31);
        for (Date d(static_cast<unsigned short>(year), 1, 1); d <= end;
             d += boost::gregorian::days(1)) {
            for (const DateStyle style : all_styles) {
                const std::string text = sv::format_date(d, style);
                const auto r = sv::parse_date(text);
                ASSERT_TRUE(r.ok()) << text << " : " << r.error().message;
                ASSERT_EQ(*r, d) << text;
                // Users type capitals and drop accents: same date.
                ASSERT_EQ(sv::parse_date(upper_fr(text)).value(), d) << upper_fr(text);
                ASSERT_EQ(sv::parse_date(strip_accents(text)).value(), d) << text;
            }
            if (year == 9999 && d == end)
                break; // d + 1 day would leave Boost's range
        }
    }
}

// --- names ------------------------------------------------------------------------------------

TEST(Names, MonthAndWeekdayNamesAreFrenchLowerCase) {
    const std::vector<std::string_view> months{"janvier",   "février", "mars",     "avril",
                                               "mai",       "juin",    "juillet",  "août",
                                               "septembre", "octobre", "novembre", "décembre"};
    for (int m = 1; m <= 12; ++m)
        EXPECT_EQ(sv::month_name_fr(m), months[static_cast<std::size_t>(m - 1)]);
    EXPECT_THROW((void)sv::month_name_fr(0), std::out_of_range);
    EXPECT_THROW((void)sv::month_name_fr(13), std::out_of_range);
    EXPECT_EQ(sv::weekday_name_fr(boost::date_time::Monday), "lundi");
    EXPECT_EQ(sv::weekday_name_fr(boost::date_time::Sunday), "dimanche");
    EXPECT_EQ(sv::weekday_name_fr(Date(2023, 3, 20)), "lundi");
    EXPECT_EQ(sv::weekday_name_fr(Date(2024, 6, 30)), "dimanche");
}

TEST(Names, FastWeekdayAgreesWithBoostForEveryDay1900To2299) {
    const Date end(2299, 12, 31);
    for (Date d(1900, 1, 1); d <= end; d += boost::gregorian::days(1))
        ASSERT_EQ(sv::weekday_name_fr(d), sv::weekday_name_fr(d.day_of_week().as_enum()))
            << sv::format_date(d, DateStyle::iso);
}

// --- find_date / find_all_dates --------------------------------------------------------------

namespace {
void expect_found(std::string_view text, std::string_view matched, const Date& date) {
    const auto f = sv::find_date(text);
    ASSERT_TRUE(f.has_value()) << text;
    EXPECT_EQ(f->date, date) << text;
    EXPECT_EQ(f->offset, text.find(matched)) << text;
    EXPECT_EQ(f->length, matched.size()) << text;
    EXPECT_EQ(text.substr(f->offset, f->length), matched);
}
} // namespace

TEST(FindDate, FindsTheFirstDateOfSeedPhrasesWithByteOffsets) {
    expect_found("ARRAS, le 20 mars 2023", "20 mars 2023", Date(2023, 3, 20));
    const auto arras = sv::find_date("ARRAS, le 20 mars 2023");
    EXPECT_EQ(arras->offset, 10U);
    EXPECT_EQ(arras->length, 12U);
    expect_found("Vu la délibération du Conseil départemental en date du 01/07/2021 « "
                 "Délégation… »",
                 "01/07/2021", Date(2021, 7, 1));
    expect_found("à compter du 1er janvier 2023 et jusqu'au 31/12/2023", "1er janvier 2023",
                 Date(2023, 1, 1));
    expect_found("soit le 30 juin 2024.", "30 juin 2024", Date(2024, 6, 30));
    expect_found("Délibération N°2023-122 du 20 mars 2023", "20 mars 2023", Date(2023, 3, 20));
    expect_found("le\u00A020\u00A0mars\u00A02023", "20\u00A0mars\u00A02023", Date(2023, 3, 20));
    expect_found("date : 2023-03-20;", "2023-03-20", Date(2023, 3, 20));
    expect_found("réunion du lundi 20 mars 2023", "lundi 20 mars 2023", Date(2023, 3, 20));
    expect_found("réunion du Lundi, 20 mars 2023", "Lundi, 20 mars 2023", Date(2023, 3, 20));
    // A weekday that does not match is left out of the match, the date is still found.
    expect_found("réunion du mardi 20 mars 2023", "20 mars 2023", Date(2023, 3, 20));
}

TEST(FindDate, SkipsWhatIsNotACompleteValidDate) {
    EXPECT_FALSE(sv::find_date("").has_value());
    EXPECT_FALSE(sv::find_date("57 000 € le 20 mars").has_value());
    EXPECT_FALSE(sv::find_date("N°2023-122, article 12.3").has_value());
    EXPECT_FALSE(sv::find_date("12/03/20233").has_value());
    EXPECT_FALSE(sv::find_date("a20/03/2023").has_value());
    EXPECT_FALSE(sv::find_date("20/03/2023b").has_value());
    EXPECT_FALSE(sv::find_date("120/03/2023").has_value());
    EXPECT_FALSE(sv::find_date("le 20 mars 23").has_value());
    // An impossible date is skipped: the first real one is returned.
    expect_found("du 31/02/2023 au 01/03/2023", "01/03/2023", Date(2023, 3, 1));
}

TEST(FindAllDates, ListsEveryDateInOrderWithoutOverlap) {
    const std::string text =
        "Vu la délibération du Conseil départemental du 12 décembre 2022 portant délégation, "
        "vu la loi du 9 décembre 1905, la convention court du 01/01/2023 au 31/12/2023 ; le "
        "compte rendu est dû six mois après, soit le 30 juin 2024. ARRAS, le 20 mars 2023";
    const auto all = sv::find_all_dates(text);
    const std::vector<Date> expected{Date(2022, 12, 12), Date(1905, 12, 9), Date(2023, 1, 1),
                                     Date(2023, 12, 31), Date(2024, 6, 30), Date(2023, 3, 20)};
    ASSERT_EQ(all.size(), expected.size());
    std::size_t previous_end = 0;
    for (std::size_t i = 0; i < all.size(); ++i) {
        EXPECT_EQ(all[i].date, expected[i]);
        EXPECT_GE(all[i].offset, previous_end);
        previous_end = all[i].offset + all[i].length;
        EXPECT_EQ(
            sv::parse_date(std::string_view(text).substr(all[i].offset, all[i].length)).value(),
            all[i].date);
    }
    EXPECT_EQ(sv::find_date(text), all.front());
    EXPECT_EQ(std::string_view(text).substr(all[0].offset, all[0].length), "12 décembre 2022");
}

TEST(FindAllDates, AdjacentWeekdayIsNotStolenFromThePreviousDate) {
    const std::string text = "20/03/2023 lundi 27 mars 2023";
    const auto all = sv::find_all_dates(text);
    ASSERT_EQ(all.size(), 2U);
    EXPECT_EQ(std::string_view(text).substr(all[1].offset, all[1].length), "lundi 27 mars 2023");
}

} // namespace test_date_test
