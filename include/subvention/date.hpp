// SPDX-License-Identifier: Apache-2.0
// subvention — French calendar dates (« dates ») : parsing, formatting and finding dates in text.
//
// A date is a `boost::gregorian::date` (proleptic Gregorian, years 1400–9999). French
// administrative texts write dates as « 20 mars 2023 », « 1er janvier 2023 », « lundi 20 mars
// 2023 », « 20/03/2023 » or, in open data (SCDL), « 2023-03-20 »; all are read here, with or
// without accents, in any case, with regular, no-break (U+00A0) or narrow no-break (U+202F)
// spaces. Parsing never throws and never guesses: a two-digit year, 31 February or an unknown
// month name is an `Error` naming the value.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <subvention/detail/ascii.hpp>
#include <subvention/result.hpp>

namespace subvention {

/// A calendar day (« date »). Default-constructed it is `not_a_date_time`: format and calendar
/// functions reject such special values with `std::invalid_argument`.
using Date = boost::gregorian::date;

/// A calendar day as a literal type (« date civile »), for the constexpr tables of the law
/// (thresholds, regulations, deadlines): `Date` (a Boost date) is not a literal type. Holds what
/// is written; `to_date()` makes the checked `Date`.
struct CivilDate {
    int year = 1900;
    int month = 1;
    int day = 1;
    /// The date; throws std::out_of_range (Boost) when the fields are not a valid day.
    [[nodiscard]] Date to_date() const {
        return Date(static_cast<unsigned short>(year), static_cast<unsigned short>(month),
                    static_cast<unsigned short>(day));
    }
    friend constexpr auto operator<=>(const CivilDate&, const CivilDate&) = default;
};

/// How `format_date` writes a date (« style d'écriture »).
enum class DateStyle {
    long_fr,    ///< « 20 mars 2023 », « 1er janvier 2023 » (ordinal for the first of the month)
    weekday_fr, ///< « lundi 20 mars 2023 »
    numeric,    ///< « 20/03/2023 »
    iso,        ///< « 2023-03-20 » (ISO 8601, used by the SCDL open-data formats)
};

/// A date found in a text (« date trouvée ») : the date and where its text lies, in bytes.
/// `text.substr(offset, length)` is accepted by `parse_date` and gives back `date`.
struct FoundDate {
    Date date{};
    std::size_t offset = 0; ///< first byte of the matched text
    std::size_t length = 0; ///< bytes of the matched text
    friend bool operator==(const FoundDate&, const FoundDate&) = default;
};

/// Years a `Date` can hold (limits of Boost.Date_Time's `greg_year`).
inline constexpr int min_date_year = 1400;
inline constexpr int max_date_year = 9999;

namespace detail {

/// End of a word starting at `pos`: ASCII letters, Latin-1 letters (U+00C0–U+00FF, 2 bytes)
/// and combining diacritics (U+0300–U+036F, from decomposed « e\u0301 »).
[[nodiscard]] constexpr std::size_t word_end(std::string_view s, std::size_t pos) noexcept {
    while (pos < s.size()) {
        const unsigned char b = byte_at(s, pos);
        const unsigned char next = byte_at(s, pos + 1);
        if (is_ascii_alpha(s[pos]))
            ++pos;
        else if ((b == 0xC3 || b == 0xCC || b == 0xCD) && next >= 0x80 && next <= 0xBF)
            pos += 2;
        else
            break;
    }
    return pos;
}

/// Lower-cases a word for comparison with the month and weekday names: ASCII letters, the
/// Latin-1 capitals (« É » → « é », « Û » → « û ») and decomposed accents composed
/// (« e + U+0301 » → « é », « u + U+0302 » → « û »). Other bytes are kept, so they never match.
[[nodiscard]] inline std::string fold_word(std::string_view w) {
    std::string out;
    out.reserve(w.size());
    for (std::size_t i = 0; i < w.size(); ++i) {
        const unsigned char b = byte_at(w, i);
        const unsigned char next = byte_at(w, i + 1);
        if (b == 0xC3 && next >= 0x80 && next <= 0x9E && next != 0x97) { // À–Þ except ×
            out += static_cast<char>(b);
            out += static_cast<char>(next + 0x20);
            ++i;
            continue;
        }
        const char c = ascii_lower(w[i]);
        const unsigned char m1 = byte_at(w, i + 1);
        const unsigned char m2 = byte_at(w, i + 2);
        if (c == 'e' && m1 == 0xCC && m2 == 0x81) { // e + COMBINING ACUTE ACCENT
            out += "\xC3\xA9";
            i += 2;
        } else if (c == 'u' && m1 == 0xCC && m2 == 0x82) { // u + COMBINING CIRCUMFLEX
            out += "\xC3\xBB";
            i += 2;
        } else {
            out += c;
        }
    }
    return out;
}

/// A spelling of a month accepted by the parser; abbreviations are the usual French ones and
/// may be followed by a period (« janv. », « févr. », « sept. »).
struct MonthSpelling {
    std::string_view text{};
    int month{};
    bool abbreviation{};
};

inline constexpr std::array<MonthSpelling, 25> month_spellings{{
    {"janvier", 1, false},   {"janv", 1, true},       {"février", 2, false},
    {"fevrier", 2, false},   {"févr", 2, true},       {"fevr", 2, true},
    {"mars", 3, false},      {"avril", 4, false},     {"avr", 4, true},
    {"mai", 5, false},       {"juin", 6, false},      {"juillet", 7, false},
    {"juil", 7, true},       {"août", 8, false},      {"aout", 8, false},
    {"septembre", 9, false}, {"sept", 9, true},       {"octobre", 10, false},
    {"oct", 10, true},       {"novembre", 11, false}, {"nov", 11, true},
    {"décembre", 12, false}, {"decembre", 12, false}, {"déc", 12, true},
    {"dec", 12, true},
}};

inline constexpr std::array<std::string_view, 12> month_names{
    "janvier", "février", "mars",      "avril",   "mai",      "juin",
    "juillet", "août",    "septembre", "octobre", "novembre", "décembre"};

/// Indexed like `boost::date_time::weekdays`: 0 = Sunday (« dimanche ») … 6 = Saturday.
inline constexpr std::array<std::string_view, 7> weekday_names{
    "dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"};

[[nodiscard]] inline const MonthSpelling* find_month(std::string_view word) {
    const std::string folded = fold_word(word);
    for (const auto& m : month_spellings)
        if (m.text == folded)
            return &m;
    return nullptr;
}

/// 0 = dimanche … 6 = samedi; -1 when `word` is not a weekday name.
[[nodiscard]] inline int find_weekday(std::string_view word) {
    const std::string folded = fold_word(word);
    for (std::size_t i = 0; i < weekday_names.size(); ++i)
        if (weekday_names[i] == folded)
            return static_cast<int>(i);
    return -1;
}

[[nodiscard]] constexpr bool is_leap_year(int y) noexcept {
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

[[nodiscard]] constexpr int days_in_month(int y, int m) noexcept {
    constexpr std::array<int, 12> lengths{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && is_leap_year(y))
        return 29;
    return lengths[static_cast<std::size_t>(m - 1)];
}

/// Day of the week of a valid date, 0 = dimanche … 6 = samedi, from the Julian day number
/// (cheaper than Boost's `day_of_week()`, which recomputes year/month/day).
[[nodiscard]] inline int weekday_index(Date d) {
    return static_cast<int>((d.day_number() + 1U) % 7U);
}

/// A run of ASCII digits: its end and, when it has at most 4 digits, its value.
struct DigitRun {
    std::size_t end = 0;
    std::size_t count = 0;
    int value = 0;
};

[[nodiscard]] constexpr DigitRun read_digits(std::string_view s, std::size_t pos) noexcept {
    DigitRun r{pos, 0, 0};
    while (r.end < s.size() && is_digit(s[r.end])) {
        if (r.count < 4)
            r.value = r.value * 10 + (s[r.end] - '0');
        ++r.count;
        ++r.end;
    }
    return r;
}

/// Why the text at a position is not a date; `none` means it is.
enum class DateScanError : std::uint8_t {
    none,
    format,           ///< layout not recognised
    ordinal,          ///< « 2er » : « er » only follows 1
    two_digit_year,   ///< « 20/03/23 »
    year_length,      ///< « 20/03/20233 »
    unknown_month,    ///< « 20 marss 2023 »
    unknown_weekday,  ///< « lundy 20 mars 2023 »
    month_range,      ///< « 20/13/2023 »
    year_range,       ///< « 20/03/1399 »
    day_range,        ///< « 31/02/2023 »
    weekday_mismatch, ///< « mardi 20 mars 2023 » (a Monday)
};

/// Outcome of reading one date at a position (shared by `parse_date` and `find_date`).
struct DateScan {
    DateScanError error = DateScanError::format;
    std::size_t end = 0; ///< past the last byte read (when `error == none`)
    int year = 0;
    int month = 0;
    int day = 0;
    int stated_weekday = -1;  ///< weekday written before the date, -1 when none
    std::string_view token{}; ///< the offending text for component/length errors
    Date date{};              ///< the date (when `error == none`)
};

/// Reads a 4-digit year at `pos` into `r` (sets `r.error` on failure).
inline bool scan_year(std::string_view s, std::size_t pos, DateScan& r, std::size_t& end) {
    const DigitRun y = read_digits(s, pos);
    if (y.count == 0) {
        r.error = DateScanError::format;
        return false;
    }
    r.token = s.substr(pos, y.count);
    if (y.count == 2) {
        r.error = DateScanError::two_digit_year;
        return false;
    }
    if (y.count != 4) {
        r.error = DateScanError::year_length;
        return false;
    }
    r.year = y.value;
    end = y.end;
    return true;
}

/// Reads a date starting exactly at `pos`: an optional weekday name (« lundi », optionally
/// followed by a comma), then « 20 mars 2023 » / « 1er janvier 2023 » / « 20 janv. 2023 »,
/// « 20/03/2023 » (also with « - » or « . » as separator, the same one twice) or « 2023-03-20 ».
/// Only the date is read: what follows is the caller's business.
[[nodiscard]] inline DateScan scan_date(std::string_view s, std::size_t pos) {
    DateScan r;
    std::size_t p = pos;
    if (p < s.size() && is_ascii_alpha(s[p])) {
        const std::size_t we = word_end(s, p);
        const int wd = find_weekday(s.substr(p, we - p));
        if (wd < 0) {
            r.error = DateScanError::unknown_weekday;
            r.token = s.substr(p, we - p);
            return r;
        }
        r.stated_weekday = wd;
        p = we;
        if (p < s.size() && s[p] == ',')
            ++p;
        const std::size_t q = skip_spaces(s, p);
        if (q == p)
            return r; // format
        p = q;
    }
    if (p >= s.size() || !is_digit(s[p]))
        return r; // format
    const std::size_t first_start = p;
    const DigitRun first = read_digits(s, p);
    if (first.count == 4 && first.end < s.size() && s[first.end] == '-') {
        // ISO 8601 calendar date, as in the SCDL open-data schemas: 2023-03-20.
        r.year = first.value;
        const DigitRun m = read_digits(s, first.end + 1);
        if (m.count < 1 || m.count > 2 || m.end >= s.size() || s[m.end] != '-')
            return r;
        const DigitRun d = read_digits(s, m.end + 1);
        if (d.count < 1 || d.count > 2)
            return r;
        r.month = m.value;
        r.day = d.value;
        r.token = s.substr(first.end + 1, m.count);
        p = d.end;
    } else if (first.count >= 1 && first.count <= 2) {
        r.day = first.value;
        p = first.end;
        const char sep = p < s.size() ? s[p] : '\0';
        if (sep == '/' || sep == '-' || sep == '.') {
            // Numeric day/month/year, the French order: 20/03/2023.
            const DigitRun m = read_digits(s, p + 1);
            if (m.count < 1 || m.count > 2 || m.end >= s.size() || s[m.end] != sep)
                return r;
            r.month = m.value;
            const std::string_view month_token = s.substr(p + 1, m.count);
            if (!scan_year(s, m.end + 1, r, p))
                return r;
            r.token = month_token;
        } else {
            // Long form: 20 mars 2023, 1er janvier 2023, 1ᵉʳ janvier 2023, 20 janv. 2023.
            bool ordinal = false;
            if (p + 1 < s.size() && ascii_lower(s[p]) == 'e' && ascii_lower(s[p + 1]) == 'r' &&
                !(p + 2 < s.size() && is_ascii_alpha(s[p + 2]))) {
                ordinal = true;
                p += 2;
            } else if (s.substr(p, 5) == "\xE1\xB5\x89\xCA\xB3") { // ᵉʳ (superscript)
                ordinal = true;
                p += 5;
            }
            if (ordinal && r.day != 1) {
                r.error = DateScanError::ordinal;
                r.token = s.substr(first_start, p - first_start);
                return r;
            }
            std::size_t q = skip_spaces(s, p);
            if (q == p)
                return r; // format: « 20mars »
            p = q;
            const std::size_t we = word_end(s, p);
            if (we == p)
                return r; // format: no month name
            const MonthSpelling* month = find_month(s.substr(p, we - p));
            if (month == nullptr) {
                r.error = DateScanError::unknown_month;
                r.token = s.substr(p, we - p);
                return r;
            }
            r.month = month->month;
            p = we;
            if (month->abbreviation && p < s.size() && s[p] == '.')
                ++p;
            q = skip_spaces(s, p);
            if (q == p)
                return r; // format
            if (!scan_year(s, q, r, p))
                return r;
        }
    } else {
        return r; // format: 3 digits or more than 4 before a separator
    }

    if (r.month < 1 || r.month > 12) {
        r.error = DateScanError::month_range;
        return r;
    }
    if (r.year < min_date_year || r.year > max_date_year) {
        r.error = DateScanError::year_range;
        return r;
    }
    if (r.day < 1 || r.day > days_in_month(r.year, r.month)) {
        r.error = DateScanError::day_range;
        return r;
    }
    // Validated above: the Boost constructor cannot throw here.
    r.date = Date(static_cast<unsigned short>(r.year), static_cast<unsigned short>(r.month),
                  static_cast<unsigned short>(r.day));
    if (r.stated_weekday >= 0 && r.stated_weekday != weekday_index(r.date)) {
        r.error = DateScanError::weekday_mismatch;
        return r;
    }
    r.error = DateScanError::none;
    r.end = p;
    return r;
}

inline void throw_if_special(Date d, const char* where) {
    if (d.is_special())
        throw std::invalid_argument(std::string(where) +
                                    " : date spéciale (not_a_date_time ou infini)");
}

/// « 20 mars 2023 » spelled from numbers, for error messages (month already validated).
[[nodiscard]] inline std::string spell(int day, int month, int year) {
    std::string out = std::to_string(day);
    if (day == 1)
        out += "er";
    out += ' ';
    out += month_names[static_cast<std::size_t>(month - 1)];
    out += ' ';
    out += std::to_string(year);
    return out;
}

inline void append_2digits(std::string& out, int v) {
    out += static_cast<char>('0' + v / 10);
    out += static_cast<char>('0' + v % 10);
}

/// The date written at `pos` as `find_date` sees it (word boundaries checked, a matching
/// weekday before it included if it does not start before `min_start`), or nothing.
[[nodiscard]] inline std::optional<FoundDate> date_at(std::string_view text, std::size_t pos,
                                                      std::size_t min_start) {
    if (pos >= text.size() || !is_digit(text[pos]) || (pos > 0 && is_ascii_alnum(text[pos - 1])))
        return std::nullopt;
    const DateScan r = scan_date(text, pos);
    if (r.error != DateScanError::none || (r.end < text.size() && is_ascii_alnum(text[r.end])))
        return std::nullopt;
    std::size_t start = pos;
    // A weekday written just before the date: « lundi 20 mars 2023 », « lundi, 20 mars 2023 ».
    std::size_t q = skip_spaces_back(text, pos);
    if (q < pos) {
        if (q > 0 && text[q - 1] == ',')
            --q;
        std::size_t w = q;
        while (w > 0 && is_ascii_alpha(text[w - 1]))
            --w;
        if (w < q && w >= min_start && find_weekday(text.substr(w, q - w)) == weekday_index(r.date))
            start = w;
    }
    return FoundDate{r.date, start, r.end - start};
}

/// Where `find_all_dates` looks next after a position that holds no date: past a run of
/// digits (a date never starts inside a number), else the next byte.
[[nodiscard]] constexpr std::size_t next_candidate(std::string_view text,
                                                   std::size_t pos) noexcept {
    return pos < text.size() && is_digit(text[pos]) ? read_digits(text, pos).end : pos + 1;
}

} // namespace detail

/// French name of a month (« nom du mois »), 1 = « janvier » … 12 = « décembre ».
/// Throws `std::out_of_range` outside 1..12 (misuse).
[[nodiscard]] inline std::string_view month_name_fr(int month) {
    if (month < 1 || month > 12)
        throw std::out_of_range("month_name_fr : mois " + std::to_string(month) +
                                " hors de 1 à 12");
    return detail::month_names[static_cast<std::size_t>(month - 1)];
}

/// French name of a weekday (« jour de la semaine »), lower case: « lundi ».
[[nodiscard]] inline std::string_view weekday_name_fr(boost::date_time::weekdays wd) {
    const auto i = static_cast<std::size_t>(wd);
    if (i >= detail::weekday_names.size())
        throw std::out_of_range("weekday_name_fr : jour de la semaine hors de 0 à 6");
    return detail::weekday_names[i];
}

/// French name of the weekday of `d` (« lundi »); throws `std::invalid_argument` for a special
/// date.
[[nodiscard]] inline std::string_view weekday_name_fr(Date d) {
    detail::throw_if_special(d, "weekday_name_fr");
    return detail::weekday_names[static_cast<std::size_t>(detail::weekday_index(d))];
}

/// Builds a date from numbers without throwing (« date à partir de ses composantes »):
/// `make_date(2023, 2, 31)` is a `range` error « le 31 février 2023 n'existe pas… ».
[[nodiscard]] inline Result<Date> make_date(int year, int month, int day) {
    const std::string value =
        std::to_string(year) + "-" + std::to_string(month) + "-" + std::to_string(day);
    if (month < 1 || month > 12)
        return make_error(ErrorKind::range, "date", value,
                          "le mois « " + std::to_string(month) + " » n'existe pas (1 à 12)");
    if (year < min_date_year || year > max_date_year)
        return make_error(ErrorKind::range, "date", value,
                          "l'année " + std::to_string(year) +
                              " est hors de la plage prise en charge (1400 à 9999)");
    const int length = detail::days_in_month(year, month);
    if (day < 1 || day > length)
        return make_error(
            ErrorKind::range, "date", value,
            "le " + detail::spell(day, month, year) + " n'existe pas (" +
                std::string(detail::month_names[static_cast<std::size_t>(month - 1)]) + " " +
                std::to_string(year) + " compte " + std::to_string(length) + " jours)");
    return Date(static_cast<unsigned short>(year), static_cast<unsigned short>(month),
                static_cast<unsigned short>(day));
}

/// Reads a whole text as one date (« lecture d'une date »). Accepted, surrounded by any blanks:
/// « 20 mars 2023 », « 1er janvier 2023 » (also « 1ᵉʳ »), « 20 janv. 2023 », month names with or
/// without accents and in any case (« AOÛT », « aout », « DECEMBRE »), an optional weekday that
/// must match (« lundi 20 mars 2023 »), « 20/03/2023 », « 20-03-2023 », « 20.03.2023 » and
/// « 2023-03-20 ». Two-digit years are `ambiguous` (which century?); impossible days are
/// `range` errors naming the date (« le 31 février 2023 n'existe pas (février 2023 compte 28
/// jours) »); years outside 1400..9999 are `range` errors. Never throws on content.
[[nodiscard]] inline Result<Date> parse_date(std::string_view text) {
    using detail::DateScanError;
    const auto fail = [text](ErrorKind kind, std::string message) -> Result<Date> {
        return make_error(kind, "date", text, std::move(message));
    };
    const std::size_t begin = detail::skip_spaces(text, 0);
    const std::size_t end = detail::skip_spaces_back(text, text.size());
    if (begin >= end)
        return fail(ErrorKind::empty, "la date est vide");
    const std::string_view body = text.substr(begin, end - begin);
    const detail::DateScan r = detail::scan_date(body, 0);
    const auto quoted = [](std::string_view t) { return "« " + std::string(t) + " »"; };
    switch (r.error) {
    case DateScanError::none:
        if (r.end != body.size())
            return fail(ErrorKind::format,
                        "texte inattendu " + quoted(body.substr(detail::skip_spaces(body, r.end))) +
                            " après la date");
        return r.date;
    case DateScanError::format:
        break;
    case DateScanError::ordinal:
        return fail(ErrorKind::format,
                    quoted(r.token) + " : le suffixe « er » ne s'emploie que pour le 1er du mois");
    case DateScanError::two_digit_year:
        return fail(ErrorKind::ambiguous, "année " + quoted(r.token) +
                                              " sur deux chiffres : le siècle est ambigu, "
                                              "écrire l'année sur quatre chiffres");
    case DateScanError::year_length:
        return fail(ErrorKind::length, "année " + quoted(r.token) + " : quatre chiffres attendus");
    case DateScanError::unknown_month:
        return fail(ErrorKind::component, "mois " + quoted(r.token) + " inconnu");
    case DateScanError::unknown_weekday:
        if (detail::find_month(r.token) != nullptr)
            return fail(ErrorKind::format,
                        "le jour du mois manque avant le mois " + quoted(r.token));
        // A word before a date is read as a weekday; a text without any digit is no date at
        // all (« abc »), not a misspelt weekday.
        if (body.find_first_of("0123456789") == std::string_view::npos)
            break;
        return fail(ErrorKind::component,
                    quoted(r.token) + " n'est pas un jour de la semaine (lundi à dimanche)");
    case DateScanError::month_range:
        return fail(ErrorKind::range, "le mois " + quoted(r.token) + " n'existe pas (1 à 12)");
    case DateScanError::year_range:
    case DateScanError::day_range:
        return fail(ErrorKind::range, make_date(r.year, r.month, r.day).error().message);
    case DateScanError::weekday_mismatch:
        return fail(
            ErrorKind::component,
            "le " + detail::spell(r.day, r.month, r.year) + " est un " +
                std::string(detail::weekday_names[static_cast<std::size_t>(
                    detail::weekday_index(r.date))]) +
                ", pas un " +
                std::string(detail::weekday_names[static_cast<std::size_t>(r.stated_weekday)]));
    }
    return fail(ErrorKind::format, "format de date non reconnu : attendu par exemple « 20 mars "
                                   "2023 », « 20/03/2023 » ou « 2023-03-20 »");
}

/// Writes a date in French (« écriture d'une date »): « 20 mars 2023 » (`long_fr`, with
/// « 1er » for the first of the month, as French usage requires), « lundi 20 mars 2023 »,
/// « 20/03/2023 » or « 2023-03-20 ». Throws `std::invalid_argument` for a special date.
[[nodiscard]] inline std::string format_date(Date d, DateStyle style = DateStyle::long_fr) {
    detail::throw_if_special(d, "format_date");
    const auto ymd = d.year_month_day();
    const int y = ymd.year;
    const int m = ymd.month;
    const int day = ymd.day;
    std::string out;
    switch (style) {
    case DateStyle::weekday_fr:
        out = std::string(weekday_name_fr(d)) + " " + detail::spell(day, m, y);
        break;
    case DateStyle::long_fr:
        out = detail::spell(day, m, y);
        break;
    case DateStyle::numeric:
        detail::append_2digits(out, day);
        out += '/';
        detail::append_2digits(out, m);
        out += '/';
        out += std::to_string(y);
        break;
    case DateStyle::iso:
        out = std::to_string(y);
        out += '-';
        detail::append_2digits(out, m);
        out += '-';
        detail::append_2digits(out, day);
        break;
    }
    return out;
}

/// Every date written in a text, in order (« dates d'un texte »), for extraction from the
/// plain text of a délibération or a convention: « ARRAS, le 20 mars 2023 », « en date du
/// 01/07/2021 », « le 1er janvier 2023 ». A date starts at a digit that does not follow a
/// letter or digit and ends before anything but a letter or digit; a weekday just before it
/// is included when it matches the date (a mismatching weekday is left out of the match).
/// Well-formed but impossible dates (« 31/02/2023 ») and dates without a year (« le 20 mars »)
/// are not dates and are skipped.
[[nodiscard]] inline std::vector<FoundDate> find_all_dates(std::string_view text) {
    std::vector<FoundDate> found;
    std::size_t pos = 0;
    std::size_t min_start = 0;
    while (pos < text.size()) {
        if (const auto f = detail::date_at(text, pos, min_start)) {
            found.push_back(*f);
            pos = min_start = f->offset + f->length;
        } else {
            pos = detail::next_candidate(text, pos);
        }
    }
    return found;
}

/// The first date written in a text (« première date d'un texte »), see `find_all_dates`.
[[nodiscard]] inline std::optional<FoundDate> find_date(std::string_view text) {
    for (std::size_t pos = 0; pos < text.size(); pos = detail::next_candidate(text, pos))
        if (const auto f = detail::date_at(text, pos, 0))
            return f;
    return std::nullopt;
}

} // namespace subvention
