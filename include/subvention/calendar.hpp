// SPDX-License-Identifier: Apache-2.0
// subvention — French public holidays (« jours fériés ») by territory and working days
// (« jours ouvrés / ouvrables »), for deadline extension (CPC art. 642) and delays counted in
// working days.
//
// Rules (docs/legal-reference.md §6):
//  - HOL-NATIONAL: 11 holidays, Code du travail art. L.3133-1.
//  - HOL-ALSACE-MOSELLE: + Good Friday + 26 December in Moselle, Bas-Rhin, Haut-Rhin,
//    Code du travail art. L.3134-13 (local law). Good Friday is legally a holiday only in
//    communes having a Protestant temple or a mixed church; the département-wide default is
//    common practice, not the text (UNCONFIRMED): `HolidayOptions::good_friday` makes it a
//    visible, per-call choice.
//  - HOL-OVERSEAS-ABOLITION: one day commemorating the abolition of slavery per DROM, loi
//    n° 83-550 du 30 juin 1983, décret n° 83-1003 du 23 novembre 1983 as amended by décret
//    n° 2012-553 du 23 avril 2012 (Mayotte's 27 April was already in the 1983 decree's list;
//    the 2012 decree re-ordered it and added Saint-Barthélemy and Saint-Martin, which are not
//    territories of this library).
//  - HOL-SOLIDARITY-DAY: Whit Monday stays a public holiday even where it is worked as the
//    journée de solidarité (L.3133-7): the law keeps its status of « jour férié ».
//
// History: by default (`HolidayLaw::in_force`) each holiday applies only in the years the law
// made it one, for the changes we could source (see `detail::holiday_applies`): a deadline of
// 1960 does not skip a 8 May that was then worked, and `holidays --year 1900` lists no
// « Armistice 1918 ». From 1984 on, the list is today's. `HolidayLaw::current` applies today's
// list to every year 1900–2299 (what-if computations).
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <subvention/date.hpp>
#include <subvention/duration.hpp>
#include <subvention/result.hpp>

namespace subvention {

/// Where the holiday list is taken from (« territoire »): metropolitan France, the three
/// départements of Alsace-Moselle (57, 67, 68) and the five overseas départements (DROM).
enum class Territory {
    metropole,      ///< France métropolitaine (outside Alsace-Moselle)
    alsace_moselle, ///< Moselle, Bas-Rhin, Haut-Rhin (droit local)
    guadeloupe,     ///< 971
    martinique,     ///< 972
    guyane,         ///< 973
    reunion,        ///< 974, La Réunion
    mayotte,        ///< 976
};

/// Every territory, in declaration order.
inline constexpr std::array<Territory, 7> all_territories{
    Territory::metropole, Territory::alsace_moselle, Territory::guadeloupe, Territory::martinique,
    Territory::guyane,    Territory::reunion,        Territory::mayotte};

/// Stable name of a territory, as the CLI spells it: "metropole", "alsace-moselle",
/// "guadeloupe", "martinique", "guyane", "reunion", "mayotte".
[[nodiscard]] constexpr std::string_view to_string(Territory t) noexcept {
    switch (t) {
    case Territory::metropole:
        return "metropole";
    case Territory::alsace_moselle:
        return "alsace-moselle";
    case Territory::guadeloupe:
        return "guadeloupe";
    case Territory::martinique:
        return "martinique";
    case Territory::guyane:
        return "guyane";
    case Territory::reunion:
        return "reunion";
    case Territory::mayotte:
        return "mayotte";
    }
    return "metropole";
}

/// The territory as a French reader names it (« métropole », « Alsace-Moselle », « La
/// Réunion »): for text shown to users, where `to_string` is the CLI's spelling.
[[nodiscard]] constexpr std::string_view label_fr(Territory t) noexcept {
    switch (t) {
    case Territory::metropole:
        return "métropole";
    case Territory::alsace_moselle:
        return "Alsace-Moselle";
    case Territory::guadeloupe:
        return "Guadeloupe";
    case Territory::martinique:
        return "Martinique";
    case Territory::guyane:
        return "Guyane";
    case Territory::reunion:
        return "La Réunion";
    case Territory::mayotte:
        return "Mayotte";
    }
    return "métropole";
}

/// The territory in English (« metropolitan France », « French Guiana »).
[[nodiscard]] constexpr std::string_view label_en(Territory t) noexcept {
    switch (t) {
    case Territory::metropole:
        return "metropolitan France";
    case Territory::alsace_moselle:
        return "Alsace-Moselle";
    case Territory::guadeloupe:
        return "Guadeloupe";
    case Territory::martinique:
        return "Martinique";
    case Territory::guyane:
        return "French Guiana";
    case Territory::reunion:
        return "Réunion";
    case Territory::mayotte:
        return "Mayotte";
    }
    return "metropolitan France";
}

/// Which days count as working days (« jours ouvrés » Monday–Friday, « jours ouvrables »
/// Monday–Saturday), public holidays excluded in both cases.
enum class WorkWeek {
    ouvres,    ///< jours ouvrés: Monday to Friday
    ouvrables, ///< jours ouvrables: Monday to Saturday
};

/// Stable name of a work week: "ouvres", "ouvrables".
[[nodiscard]] constexpr std::string_view to_string(WorkWeek w) noexcept {
    return w == WorkWeek::ouvres ? "ouvres" : "ouvrables";
}

/// Which public holiday a day is (« jour férié »). The order is the order of `holidays()` for
/// holidays falling on the same date (Ascension on 1 May 2008: « Fête du Travail » first).
enum class HolidayKind : std::uint8_t {
    new_year,             ///< Jour de l'an, 1 January
    good_friday,          ///< Vendredi saint, Easter − 2 (Alsace-Moselle)
    easter_monday,        ///< Lundi de Pâques, Easter + 1
    labour_day,           ///< Fête du Travail, 1 May
    victory_1945,         ///< Victoire 1945, 8 May
    ascension,            ///< Ascension, Easter + 39
    whit_monday,          ///< Lundi de Pentecôte, Easter + 50
    bastille_day,         ///< Fête nationale, 14 July
    assumption,           ///< Assomption, 15 August
    all_saints,           ///< Toussaint, 1 November
    armistice_1918,       ///< Armistice 1918, 11 November
    christmas,            ///< Noël, 25 December
    st_stephen,           ///< Saint-Étienne, 26 December (Alsace-Moselle)
    abolition_of_slavery, ///< Abolition de l'esclavage (date per DROM)
};

/// Every holiday kind, in `HolidayKind` order.
inline constexpr std::array<HolidayKind, 14> all_holiday_kinds{
    HolidayKind::new_year,    HolidayKind::good_friday,         HolidayKind::easter_monday,
    HolidayKind::labour_day,  HolidayKind::victory_1945,        HolidayKind::ascension,
    HolidayKind::whit_monday, HolidayKind::bastille_day,        HolidayKind::assumption,
    HolidayKind::all_saints,  HolidayKind::armistice_1918,      HolidayKind::christmas,
    HolidayKind::st_stephen,  HolidayKind::abolition_of_slavery};

/// French name of a holiday, as calendars print it (« Lundi de Pâques »).
[[nodiscard]] constexpr std::string_view name_fr(HolidayKind k) noexcept {
    switch (k) {
    case HolidayKind::new_year:
        return "Jour de l'an";
    case HolidayKind::good_friday:
        return "Vendredi saint";
    case HolidayKind::easter_monday:
        return "Lundi de Pâques";
    case HolidayKind::labour_day:
        return "Fête du Travail";
    case HolidayKind::victory_1945:
        return "Victoire 1945";
    case HolidayKind::ascension:
        return "Ascension";
    case HolidayKind::whit_monday:
        return "Lundi de Pentecôte";
    case HolidayKind::bastille_day:
        return "Fête nationale";
    case HolidayKind::assumption:
        return "Assomption";
    case HolidayKind::all_saints:
        return "Toussaint";
    case HolidayKind::armistice_1918:
        return "Armistice 1918";
    case HolidayKind::christmas:
        return "Noël";
    case HolidayKind::st_stephen:
        return "Saint-Étienne";
    case HolidayKind::abolition_of_slavery:
        return "Abolition de l'esclavage";
    }
    return "";
}

/// Legal basis of a holiday (« fondement »), for diagnostics.
[[nodiscard]] constexpr std::string_view legal_source(HolidayKind k) noexcept {
    switch (k) {
    case HolidayKind::good_friday:
        return "Code du travail, art. L.3134-13 (droit local d'Alsace-Moselle : communes ayant "
               "un temple protestant ou une église mixte)";
    case HolidayKind::st_stephen:
        return "Code du travail, art. L.3134-13 (droit local d'Alsace-Moselle)";
    case HolidayKind::abolition_of_slavery:
        return "Loi n° 83-550 du 30 juin 1983 ; décret n° 83-1003 du 23 novembre 1983 modifié "
               "par le décret n° 2012-553 du 23 avril 2012";
    case HolidayKind::labour_day:
        return "Code du travail, art. L.3133-1 et L.3133-4";
    case HolidayKind::whit_monday:
        return "Code du travail, art. L.3133-1 (reste férié s'il est choisi comme journée de "
               "solidarité, art. L.3133-7)";
    default:
        return "Code du travail, art. L.3133-1";
    }
}

/// Which law the holiday list follows (« droit applicable »).
enum class HolidayLaw {
    /// Today's list applied to every year 1900–2299, an anachronism before 1984 (opt-in: to
    /// compare a past year with today's rules).
    current,
    /// Each holiday only in the years the law made it one, where sourced: 1 May from 1947,
    /// 8 May in 1953–1958, 1965 and from 1982, 11 November from 1922, abolition days from the
    /// décret of 23 November 1983 (see `detail::holiday_applies` for sources and gaps). The
    /// default: from 1984 on it is today's list, so current dossiers are unaffected, and an
    /// earlier year gets the holidays its deadlines actually skipped.
    in_force,
};

/// Options of the holiday computation (« options du calendrier »).
struct HolidayOptions {
    /// Alsace-Moselle only: count Good Friday (L.3134-13 makes it a holiday only in communes
    /// having a Protestant temple or a mixed church). Default `true` (département-wide, the
    /// common practice) is UNCONFIRMED as law: set it from the commune when known.
    bool good_friday = true;
    /// Which law the list follows; default: the law in force in each year.
    HolidayLaw law = HolidayLaw::in_force;
};

/// A public holiday (« jour férié ») : its date and French name.
struct Holiday {
    Date date{};
    std::string_view name{};
    friend bool operator==(const Holiday&, const Holiday&) = default;
};

/// Years covered by the holiday calendar; other years throw `std::out_of_range`.
inline constexpr int calendar_min_year = 1900;
inline constexpr int calendar_max_year = 2299;

namespace detail {

/// Throws `std::out_of_range` for a year outside 1900..2299 (misuse, by contract).
inline void check_calendar_year(int year, const char* where) {
    if (year < calendar_min_year || year > calendar_max_year)
        throw std::out_of_range(std::string(where) + " : l'année " + std::to_string(year) +
                                " est hors de la plage du calendrier des jours fériés (1900 à "
                                "2299)");
}

/// Throws for a special date or a date outside 1900..2299.
inline void check_calendar_date(Date d, const char* where) {
    throw_if_special(d, where);
    check_calendar_year(static_cast<int>(d.year()), where);
}

struct MonthDay {
    int month{};
    int day{};
};

/// Easter Sunday of a Gregorian year by the anonymous Gregorian computus (Meeus/Jones/Butcher;
/// J. Meeus, Astronomical Algorithms, 2nd ed., ch. 8), valid for every Gregorian year.
[[nodiscard]] constexpr MonthDay easter_month_day(int y) noexcept {
    const int a = y % 19;
    const int b = y / 100;
    const int c = y % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int n = h + l - 7 * m + 114;
    return MonthDay{n / 31, n % 31 + 1};
}

/// Day of the abolition-of-slavery holiday of a territory (décret n° 83-1003 art. 1, as
/// amended by décret n° 2012-553); none in métropole and Alsace-Moselle.
[[nodiscard]] constexpr std::optional<MonthDay> abolition_day(Territory t) noexcept {
    switch (t) {
    case Territory::guadeloupe:
        return MonthDay{5, 27};
    case Territory::martinique:
        return MonthDay{5, 22};
    case Territory::guyane:
        return MonthDay{6, 10};
    case Territory::reunion:
        return MonthDay{12, 20};
    case Territory::mayotte:
        return MonthDay{4, 27};
    case Territory::metropole:
    case Territory::alsace_moselle:
        return std::nullopt;
    }
    return std::nullopt;
}

/// Fixed date of a holiday (none for the holidays that move with Easter).
[[nodiscard]] constexpr std::optional<MonthDay> fixed_day(HolidayKind k, Territory t) noexcept {
    switch (k) {
    case HolidayKind::new_year:
        return MonthDay{1, 1};
    case HolidayKind::labour_day:
        return MonthDay{5, 1};
    case HolidayKind::victory_1945:
        return MonthDay{5, 8};
    case HolidayKind::bastille_day:
        return MonthDay{7, 14};
    case HolidayKind::assumption:
        return MonthDay{8, 15};
    case HolidayKind::all_saints:
        return MonthDay{11, 1};
    case HolidayKind::armistice_1918:
        return MonthDay{11, 11};
    case HolidayKind::christmas:
        return MonthDay{12, 25};
    case HolidayKind::st_stephen:
        return MonthDay{12, 26};
    case HolidayKind::abolition_of_slavery:
        return abolition_day(t);
    case HolidayKind::good_friday:
    case HolidayKind::easter_monday:
    case HolidayKind::ascension:
    case HolidayKind::whit_monday:
        return std::nullopt;
    }
    return std::nullopt;
}

/// Days after Easter Sunday of a movable holiday (docs/legal-reference.md HOL-NATIONAL: Easter
/// Monday + 1, Ascension + 39, Whit Monday + 50; HOL-ALSACE-MOSELLE: Good Friday − 2).
[[nodiscard]] constexpr int easter_offset(HolidayKind k) noexcept {
    switch (k) {
    case HolidayKind::good_friday:
        return -2;
    case HolidayKind::easter_monday:
        return 1;
    case HolidayKind::ascension:
        return 39;
    case HolidayKind::whit_monday:
        return 50;
    default:
        return 0; // not movable
    }
}

/// Whether a holiday exists in a territory and year.
///
/// `HolidayLaw::in_force` history (secondary sources found: press and blogs quoting the JO —
/// francetvinfo 2015, menilmontant.typepad.fr/jorf 2013, lci.fr 2019, blamont.info reproducing
/// the 1922 law):
///  - 11 November: loi du 24 octobre 1922 (JO 26 oct. 1922), art. 2 « Le 11 novembre sera jour
///    férié » → from 1922. Not modelled: the suppression under the Occupation (1940–1944),
///    UNCONFIRMED as law.
///  - 8 May: loi n° 46-934 du 7 mai 1946 only set the commemoration on the Sunday on or after
///    8 May (no holiday); loi n° 53-225 du 20 mars 1953 made it a holiday; décret n° 59-533 du 11
///    avril 1959 moved the commemoration to the 2nd Sunday of May; décret du 1er avril 1965 made 8
///    May 1965 a holiday once (20th anniversary); loi n° 81-893 du 2 octobre 1981 restored it →
///    1953–1958, 1965, from 1982. Not modelled: 8 May 1945 (afternoon) and 9 May 1945
///    (ordonnance n° 45-940), which were « chômés et payés » by exception.
///  - 1 May: loi n° 47-778 du 30 avril 1947 (then loi du 29 avril 1948) → from 1947. Not
///    modelled: 1941–1946 (Vichy « fête du Travail et de la Concorde sociale », loi du 12
///    avril 1941; status in 1945–1946 UNCONFIRMED).
///  - Abolition of slavery: loi n° 83-550 du 30 juin 1983, dates set by décret n° 83-1003 du
///    23 novembre 1983 → only dates after 23 November 1983 (La Réunion from 20 Dec. 1983, the
///    others from 1984). Whether Mayotte was in the 1983 list from the start is UNCONFIRMED
///    (it is in the list the 2012 decree re-ordered).
///  - The other national holidays predate 1900 (Ascension, Assumption, All Saints, Christmas:
///    arrêté du 29 germinal an X; 1 January: avis du Conseil d'État de 1810; 14 July: loi du 6
///    juillet 1880; Easter and Whit Monday: loi du 8 mars 1886). Alsace-Moselle was German
///    until 1918: its local list is applied to every year, not modelled before 1919.
[[nodiscard]] constexpr bool holiday_applies(HolidayKind k, int year, Territory t,
                                             const HolidayOptions& o) noexcept {
    const bool history = o.law == HolidayLaw::in_force;
    switch (k) {
    case HolidayKind::good_friday:
        return t == Territory::alsace_moselle && o.good_friday;
    case HolidayKind::st_stephen:
        return t == Territory::alsace_moselle;
    case HolidayKind::abolition_of_slavery:
        return abolition_day(t).has_value() &&
               (!history || year >= 1984 || (year == 1983 && t == Territory::reunion));
    case HolidayKind::labour_day:
        return !history || year >= 1947;
    case HolidayKind::victory_1945:
        return !history || (year >= 1953 && year <= 1958) || year == 1965 || year >= 1982;
    case HolidayKind::armistice_1918:
        return !history || year >= 1922;
    default:
        return true;
    }
}

/// Julian day number of Easter Sunday (year already checked).
[[nodiscard]] inline std::int64_t easter_day_number(int year) {
    const MonthDay e = easter_month_day(year);
    return static_cast<std::int64_t>(Date(static_cast<unsigned short>(year),
                                          static_cast<unsigned short>(e.month),
                                          static_cast<unsigned short>(e.day))
                                         .day_number());
}

/// The holiday falling on `d` (first in `HolidayKind` order), without range checks. Hot path
/// of `is_working_day`: Easter is computed once, no list is built.
[[nodiscard]] inline std::optional<HolidayKind> holiday_kind_unchecked(Date d, Territory t,
                                                                       const HolidayOptions& o) {
    const auto ymd = d.year_month_day();
    const int year = ymd.year;
    const int month = ymd.month;
    const int day = ymd.day;
    // Easter-relative holidays fall between 20 March (earliest Good Friday) and 14 June
    // (latest Whit Monday): outside March–June, Easter is not computed at all.
    constexpr std::int64_t not_movable = 1000;
    const std::int64_t from_easter =
        month >= 3 && month <= 6
            ? static_cast<std::int64_t>(d.day_number()) - easter_day_number(year)
            : not_movable;
    for (const HolidayKind k : all_holiday_kinds) {
        const std::optional<MonthDay> fixed = fixed_day(k, t);
        const bool on =
            fixed ? (fixed->month == month && fixed->day == day) : from_easter == easter_offset(k);
        if (on && holiday_applies(k, year, t, o))
            return k;
    }
    return std::nullopt;
}

/// The holidays of one year without allocation, sorted by (date, kind).
struct YearHolidays {
    std::array<std::pair<Date, HolidayKind>, all_holiday_kinds.size()> items{};
    std::size_t size = 0;
};

[[nodiscard]] inline YearHolidays year_holidays(int year, Territory t, const HolidayOptions& o) {
    YearHolidays out;
    const MonthDay e = easter_month_day(year);
    const Date easter(static_cast<unsigned short>(year), static_cast<unsigned short>(e.month),
                      static_cast<unsigned short>(e.day));
    for (const HolidayKind k : all_holiday_kinds) {
        if (!holiday_applies(k, year, t, o))
            continue;
        const std::optional<MonthDay> fixed = fixed_day(k, t);
        const Date date = fixed ? Date(static_cast<unsigned short>(year),
                                       static_cast<unsigned short>(fixed->month),
                                       static_cast<unsigned short>(fixed->day))
                                : easter + boost::gregorian::days(easter_offset(k));
        out.items[out.size++] = {date, k};
    }
    std::sort(out.items.begin(), out.items.begin() + static_cast<std::ptrdiff_t>(out.size));
    return out;
}

[[nodiscard]] constexpr bool is_working_weekday(int weekday, WorkWeek w) noexcept {
    // 0 = Sunday, 6 = Saturday: Sunday never works; Saturday is « ouvrable », not « ouvré ».
    return weekday != 0 && (weekday != 6 || w == WorkWeek::ouvrables);
}

} // namespace detail

/// Reads a territory name (« territoire »): the names of `to_string` in any case, with accents,
/// spaces or underscores (« Alsace-Moselle », « La Réunion », « Métropole », « alsace_moselle »).
[[nodiscard]] inline Result<Territory> parse_territory(std::string_view text) {
    const std::size_t begin = detail::skip_spaces(text, 0);
    const std::size_t end = detail::skip_spaces_back(text, text.size());
    if (begin >= end)
        return make_error(ErrorKind::empty, "territoire", text, "le territoire est vide");
    std::string key;
    const std::string folded = detail::fold_word(text.substr(begin, end - begin));
    for (std::size_t i = 0; i < folded.size();) {
        if (const std::size_t sp = detail::space_at(folded, i)) {
            key += '-';
            i += sp;
        } else if (folded.compare(i, 2, "\xC3\xA9") == 0) { // é
            key += 'e';
            i += 2;
        } else {
            key += folded[i] == '_' ? '-' : folded[i];
            ++i;
        }
    }
    if (key == "la-reunion")
        key = "reunion";
    for (const Territory t : all_territories)
        if (to_string(t) == key)
            return t;
    return make_error(ErrorKind::component, "territoire", text,
                      "territoire « " + std::string(text.substr(begin, end - begin)) +
                          " » inconnu (attendu : metropole, alsace-moselle, guadeloupe, "
                          "martinique, guyane, reunion, mayotte)");
}

/// Territory of a département code (« code du département », as in the COG: "62", "2A", "971"):
/// 57, 67, 68 → Alsace-Moselle (L.3134-13); 971–974, 976 → the DROM; 01–95, 2A, 2B → métropole.
[[nodiscard]] inline Result<Territory> territory_of_departement(std::string_view code) {
    const std::size_t begin = detail::skip_spaces(code, 0);
    const std::size_t end = detail::skip_spaces_back(code, code.size());
    if (begin >= end)
        return make_error(ErrorKind::empty, "département", code, "le code est vide");
    std::string c(code.substr(begin, end - begin));
    for (char& ch : c)
        ch = (ch >= 'a' && ch <= 'z') ? static_cast<char>(ch - 'a' + 'A') : ch;
    if (c == "57" || c == "67" || c == "68")
        return Territory::alsace_moselle;
    if (c == "971")
        return Territory::guadeloupe;
    if (c == "972")
        return Territory::martinique;
    if (c == "973")
        return Territory::guyane;
    if (c == "974")
        return Territory::reunion;
    if (c == "976")
        return Territory::mayotte;
    if (c == "2A" || c == "2B")
        return Territory::metropole;
    if (c.size() == 2 && detail::is_digit(c[0]) && detail::is_digit(c[1]) && c != "00" &&
        c != "20" && (c[0] - '0') * 10 + (c[1] - '0') <= 95)
        return Territory::metropole;
    return make_error(ErrorKind::component, "département", code,
                      "département « " + c +
                          " » inconnu (attendu : 01 à 95, 2A, 2B, 971 à 974 ou 976)");
}

/// Easter Sunday (« dimanche de Pâques ») of a year 1900..2299 (Gregorian computus);
/// throws `std::out_of_range` for other years.
[[nodiscard]] inline Date easter_sunday(int year) {
    detail::check_calendar_year(year, "easter_sunday");
    const detail::MonthDay e = detail::easter_month_day(year);
    return Date(static_cast<unsigned short>(year), static_cast<unsigned short>(e.month),
                static_cast<unsigned short>(e.day));
}

/// The public holidays of a year in a territory (« jours fériés de l'année »), sorted by date
/// (two holidays on one date, e.g. Ascension on 1 May 2008, are both listed, in `HolidayKind`
/// order). 11 in métropole, 13 in Alsace-Moselle (12 without Good Friday), 12 in each DROM.
/// Throws `std::out_of_range` outside 1900..2299.
[[nodiscard]] inline std::vector<Holiday> holidays(int year, Territory t,
                                                   HolidayOptions options = {}) {
    detail::check_calendar_year(year, "holidays");
    const detail::YearHolidays yh = detail::year_holidays(year, t, options);
    std::vector<Holiday> out;
    out.reserve(yh.size);
    for (std::size_t i = 0; i < yh.size; ++i)
        out.push_back(Holiday{yh.items[i].first, name_fr(yh.items[i].second)});
    return out;
}

/// Which holiday `d` is, if any (first in `HolidayKind` order when two coincide).
/// Throws `std::out_of_range` outside 1900..2299, `std::invalid_argument` for a special date.
[[nodiscard]] inline std::optional<HolidayKind> holiday_kind(Date d, Territory t,
                                                             HolidayOptions options = {}) {
    detail::check_calendar_date(d, "holiday_kind");
    return detail::holiday_kind_unchecked(d, t, options);
}

/// French name of the holiday on `d` (« Lundi de Pentecôte »), if it is one.
[[nodiscard]] inline std::optional<std::string_view> holiday_name(Date d, Territory t,
                                                                  HolidayOptions options = {}) {
    if (const auto k = holiday_kind(d, t, options))
        return name_fr(*k);
    return std::nullopt;
}

/// Whether `d` is a public holiday (« jour férié ») in the territory.
[[nodiscard]] inline bool is_holiday(Date d, Territory t, HolidayOptions options = {}) {
    return holiday_kind(d, t, options).has_value();
}

/// Whether `d` is a working day (« jour ouvré » Mon–Fri, or « ouvrable » Mon–Sat) that is not
/// a public holiday. Throws `std::out_of_range` outside 1900..2299.
[[nodiscard]] inline bool is_working_day(Date d, Territory t, WorkWeek w = WorkWeek::ouvres,
                                         HolidayOptions options = {}) {
    detail::check_calendar_date(d, "is_working_day");
    return detail::is_working_weekday(detail::weekday_index(d), w) &&
           !detail::holiday_kind_unchecked(d, t, options);
}

/// The first working day strictly after `d` (« jour ouvré suivant »): 30 June 2024 (Sunday) →
/// 1 July 2024. Throws `std::out_of_range` when `d` or the result is outside 1900..2299.
[[nodiscard]] inline Date next_working_day(Date d, Territory t, WorkWeek w = WorkWeek::ouvres,
                                           HolidayOptions options = {}) {
    detail::check_calendar_date(d, "next_working_day");
    const boost::gregorian::days one(1);
    for (Date next = d + one;; next += one) {
        detail::check_calendar_year(static_cast<int>(next.year()), "next_working_day");
        if (detail::is_working_weekday(detail::weekday_index(next), w) &&
            !detail::holiday_kind_unchecked(next, t, options))
            return next;
    }
}

/// `d` itself when it is a working day, else the next one (« prorogé au premier jour ouvré
/// suivant », CPC art. 642 al. 2). Throws like `next_working_day`.
[[nodiscard]] inline Date working_day_on_or_after(Date d, Territory t,
                                                  WorkWeek w = WorkWeek::ouvres,
                                                  HolidayOptions options = {}) {
    return is_working_day(d, t, w, options) ? d : next_working_day(d, t, w, options);
}

/// Number of working days d with `from < d <= to` (« nombre de jours ouvrés »): from a Friday
/// to the next Monday is 1. When `from > to` the result is minus the count for (`to`, `from`],
/// so that between(a, b) + between(b, c) == between(a, c) for any a, b, c. Cost: one holiday
/// list per year spanned, not one test per day. Throws `std::out_of_range` outside 1900..2299.
[[nodiscard]] inline Days working_days_between(Date from, Date to, Territory t,
                                               WorkWeek w = WorkWeek::ouvres,
                                               HolidayOptions options = {}) {
    detail::check_calendar_date(from, "working_days_between");
    detail::check_calendar_date(to, "working_days_between");
    if (from > to)
        return -working_days_between(to, from, t, w, options);
    const std::int64_t span = (to - from).days();
    const std::int64_t per_week = w == WorkWeek::ouvres ? 5 : 6;
    std::int64_t count = span / 7 * per_week;
    const int first_weekday = detail::weekday_index(from);
    for (std::int64_t i = 1; i <= span % 7; ++i)
        if (detail::is_working_weekday(static_cast<int>((first_weekday + i) % 7), w))
            ++count;
    for (int year = static_cast<int>(from.year()); year <= static_cast<int>(to.year()); ++year) {
        const detail::YearHolidays yh = detail::year_holidays(year, t, options);
        for (std::size_t i = 0; i < yh.size; ++i) {
            const Date h = yh.items[i].first;
            if (i > 0 && yh.items[i - 1].first == h)
                continue; // two holidays on one day remove one working day
            if (from < h && h <= to && detail::is_working_weekday(detail::weekday_index(h), w))
                --count;
        }
    }
    return Days(static_cast<std::int32_t>(count));
}

} // namespace subvention
