// SPDX-License-Identifier: Apache-2.0
// subvention — deadline arithmetic (« computation des délais »).
//
// French law counts time limits in three steps, each a separate, visible choice here:
//   1. the period itself (CPC art. 640–641): the starting day does not count; days are added one
//      by one; months and years end on the same day-number of the later month, or on that month's
//      last day when the number does not exist — never Boost's end-of-month snapping;
//   2. whether the period is « franc » (the expiry day does not count either: one more day);
//   3. whether a last day falling on a Saturday, Sunday or public holiday moves to the next
//      working day (CPC art. 642).
// Steps 2 and 3 are properties of a `DeadlineRule`, chosen per legal source. Where the source
// does not settle a point, the rule says so (`*_confirmed = false`) and `compute()` states the
// assumption and the alternative date in the reasons it returns.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <subvention/calendar.hpp>
#include <subvention/date.hpp>
#include <subvention/duration.hpp>
#include <subvention/result.hpp>

namespace subvention {

namespace detail {

// Boost.Date_Time's gregorian::date accepts years 1400..9999 (date.hpp's min/max_date_year);
// every result outside that range is reported with std::out_of_range before Boost is asked to
// build it. Public holidays are known for calendar_min_year..calendar_max_year (calendar.hpp).
inline constexpr std::int64_t deadline_min_year = min_date_year;
inline constexpr std::int64_t deadline_max_year = max_date_year;

/// Day number of a civil date, same numbering as boost::gregorian::date::day_number().
[[nodiscard]] constexpr std::int64_t deadline_day_number(std::int64_t y, std::int64_t m,
                                                         std::int64_t d) noexcept {
    const std::int64_t a = (14 - m) / 12;
    const std::int64_t yy = y + 4800 - a;
    const std::int64_t mm = m + 12 * a - 3;
    return d + (153 * mm + 2) / 5 + 365 * yy + yy / 4 - yy / 100 + yy / 400 - 32045;
}
inline constexpr std::int64_t deadline_min_day_number =
    deadline_day_number(deadline_min_year, 1, 1);
inline constexpr std::int64_t deadline_max_day_number =
    deadline_day_number(deadline_max_year, 12, 31);

[[nodiscard]] inline CivilDate deadline_ymd(Date d) {
    const auto ymd = d.year_month_day();
    return {static_cast<int>(ymd.year), static_cast<int>(ymd.month.as_number()),
            static_cast<int>(ymd.day.as_number())};
}

[[nodiscard]] inline Date deadline_make_date(std::int64_t y, int m, int d) {
    return Date(static_cast<unsigned short>(y), static_cast<unsigned short>(m),
                static_cast<unsigned short>(d));
}

/// "dd/mm/yyyy", the form used in the reasons and messages (« 30/06/2024 »).
[[nodiscard]] inline std::string deadline_numeric(Date d) {
    return d.is_special() ? std::string("(date invalide)") : format_date(d, DateStyle::numeric);
}

/// Special values (not_a_date_time, ±infinity) are a caller's mistake, not a date.
inline void deadline_require_date(Date d, std::string_view function) {
    if (d.is_special())
        throw std::invalid_argument(std::string(function) +
                                    " : date spéciale (not_a_date_time ou infini) refusée");
}

[[noreturn]] inline void deadline_out_of_range(std::string_view function, Date from,
                                               std::string_view added) {
    throw std::out_of_range(std::string(function) + " : " + deadline_numeric(from) + " + " +
                            std::string(added) +
                            " sort de la plage des dates prises en charge (01/01/1400 à "
                            "31/12/9999)");
}

/// The result of adding a number of months per CPC art. 641 al. 2, and whether the day-number
/// had to be brought back to the month's last day.
struct MonthShift {
    Date date{};
    bool clamped = false;
    int wanted_day = 0;
};

/// CPC art. 641 al. 2: same day-number in the later month, else that month's last day.
/// `count`/`unit` only describe the added period in the exception message (built lazily, so the
/// common path does not allocate).
[[nodiscard]] inline MonthShift deadline_shift_months(Date d, std::int64_t months,
                                                      std::string_view function, std::int64_t count,
                                                      std::string_view unit) {
    deadline_require_date(d, function);
    const auto [y, m, day] = deadline_ymd(d);
    const std::int64_t index = std::int64_t{y} * 12 + (m - 1) + months;
    std::int64_t year = index / 12;
    if (index % 12 < 0)
        --year; // floor division
    if (year < deadline_min_year || year > deadline_max_year)
        deadline_out_of_range(function, d, std::to_string(count) + " " + std::string(unit));
    const int month = static_cast<int>(index - year * 12) + 1;
    const int last = boost::gregorian::gregorian_calendar::end_of_month_day(
        static_cast<unsigned short>(year), static_cast<unsigned short>(month));
    const int target = day <= last ? day : last;
    return {deadline_make_date(year, month, target), target != day, day};
}

} // namespace detail

/// Adds calendar days (« délai en jours »). CPC art. 641 al. 1: the day of the triggering event
/// does not count, so the period ends on `start + n`. Negative counts go back in time.
/// Throws std::out_of_range when the result leaves 01/01/1400–31/12/9999, std::invalid_argument
/// for a special (not-a-date) input.
[[nodiscard]] inline Date add_days(Date start, Days n) {
    detail::deadline_require_date(start, "add_days");
    const std::int64_t target = std::int64_t{start.day_number()} + n.count();
    if (target < detail::deadline_min_day_number || target > detail::deadline_max_day_number)
        detail::deadline_out_of_range("add_days", start, std::to_string(n.count()) + " jour(s)");
    return start + boost::gregorian::date_duration(n.count());
}

/// Adds months (« délai en mois »), CPC art. 641 al. 2: the period ends on the day of the later
/// month bearing the same day-number; when that month is shorter, on its last day.
/// 28/02/2023 + 1 = 28/03/2023 (not Boost's snapped 31/03); 31/12/2023 + 6 = 30/06/2024;
/// 31/01/2024 + 1 = 29/02/2024. Negative counts go back the same way (31/03/2024 − 1 =
/// 29/02/2024). Throws std::out_of_range outside 1400–9999, std::invalid_argument for a special
/// date.
[[nodiscard]] inline Date add_months(Date start, Months n) {
    return detail::deadline_shift_months(start, n.count(), "add_months", n.count(), "mois").date;
}

/// Adds years (« délai en années »), CPC art. 641 al. 2: same day and month of the later year,
/// 29/02 becoming 28/02 in a common year. Same exceptions as add_months().
[[nodiscard]] inline Date add_years(Date start, Years n) {
    return detail::deadline_shift_months(start, std::int64_t{n.count()} * 12, "add_years",
                                         n.count(), "an(s)")
        .date;
}

/// The length of a period (« durée du délai »): days, months or years.
using Duration = std::variant<Days, Months, Years>;

/// Adds a duration with the rule of its unit (add_days / add_months / add_years).
[[nodiscard]] inline Date add(Date start, const Duration& d) {
    if (const auto* days = std::get_if<Days>(&d))
        return add_days(start, *days);
    if (const auto* months = std::get_if<Months>(&d))
        return add_months(start, *months);
    return add_years(start, std::get<Years>(d));
}

/// French wording of a duration: « 15 jours », « 1 jour », « 6 mois », « 1 an », « 2 ans ».
[[nodiscard]] inline std::string to_string_fr(const Duration& d) {
    if (const auto* days = std::get_if<Days>(&d)) {
        const auto n = days->count();
        return std::to_string(n) + (n >= -1 && n <= 1 ? " jour" : " jours");
    }
    if (const auto* months = std::get_if<Months>(&d))
        return std::to_string(months->count()) + " mois";
    const auto n = std::get<Years>(d).count();
    return std::to_string(n) + (n >= -1 && n <= 1 ? " an" : " ans");
}

/// Whether a last day that is not a working day moves forward (« prorogation », CPC art. 642).
enum class Extension {
    none,             ///< the nominal last day stands, even on a Sunday
    next_working_day, ///< Saturday, Sunday, public holiday → next working day (CPC art. 642)
};

/// Stable name (« none », « next_working_day »).
[[nodiscard]] constexpr std::string_view to_string(Extension e) noexcept {
    return e == Extension::none ? "none" : "next_working_day";
}

/// The event a period is counted from (« point de départ du délai », CPC art. 640).
enum class StartEvent {
    convention_end,     ///< fin de la convention
    financial_year_end, ///< fin de l'exercice (31 décembre)
    signature,          ///< signature de l'acte ou de la convention
    notification,       ///< notification de la décision
    publication,        ///< publication de l'acte
    transmission,       ///< transmission (au préfet) ou envoi (lettre recommandée)
    receipt,            ///< réception (titre de perception, courrier)
    decision,           ///< décision (retrait, résiliation…)
    other,              ///< autre événement
};

/// Stable English name, for JSON and the CLI (« financial_year_end »).
[[nodiscard]] constexpr std::string_view to_string(StartEvent e) noexcept {
    switch (e) {
    case StartEvent::convention_end:
        return "convention_end";
    case StartEvent::financial_year_end:
        return "financial_year_end";
    case StartEvent::signature:
        return "signature";
    case StartEvent::notification:
        return "notification";
    case StartEvent::publication:
        return "publication";
    case StartEvent::transmission:
        return "transmission";
    case StartEvent::receipt:
        return "receipt";
    case StartEvent::decision:
        return "decision";
    case StartEvent::other:
        return "other";
    }
    return "other";
}

/// French label shown to users (« fin de l'exercice »).
[[nodiscard]] constexpr std::string_view label_fr(StartEvent e) noexcept {
    switch (e) {
    case StartEvent::convention_end:
        return "fin de la convention";
    case StartEvent::financial_year_end:
        return "fin de l'exercice";
    case StartEvent::signature:
        return "signature";
    case StartEvent::notification:
        return "notification";
    case StartEvent::publication:
        return "publication";
    case StartEvent::transmission:
        return "transmission";
    case StartEvent::receipt:
        return "réception";
    case StartEvent::decision:
        return "décision";
    case StartEvent::other:
        return "autre événement";
    }
    return "autre événement";
}

/// How a délai franc combines with a month-end clamp (trigger on the 31st, 2 months later is a
/// 30-day month or February). UNCONFIRMED (docs/legal-reference.md DELAY-FRANC): no source read
/// settles it, so the choice is a rule parameter and compute() states it in the reasons whenever it
/// matters.
enum class FrancMonthEnd {
    /// Default, literal reading of the practical rule: last day = clamped day + 1
    /// (31/12/2022 + 2 mois franc → 28/02/2023 + 1 → 01/03/2023).
    day_after_clamped,
    /// Icard's "end brought back to the month's last day": the clamped last day of the month is
    /// itself the last admissible day (31/12/2022 + 2 mois franc → 28/02/2023).
    /// (A third reading — count the months from the day after the trigger — is not offered: it
    /// matches neither source's wording.)
    clamped_is_last,
};

/// A legal or contractual time limit (« règle de délai »): what starts it, how long it lasts,
/// whether it is franc, whether a non-working last day moves, and where the rule comes from.
/// An aggregate usable in constant expressions, so named rules (namespace `deadlines`) are
/// constants; build your own with designated initializers.
struct DeadlineRule {
    std::string_view id = {};           ///< stable identifier (« compte-rendu-financier »)
    std::string_view label_fr = {};     ///< what must be done, in French
    std::string_view legal_source = {}; ///< article(s) or clause(s) the rule comes from
    StartEvent start = StartEvent::other;
    Duration duration = Days(0); ///< must not be negative
    /// « Délai franc »: the expiry day does not count, one more day is given (DELAY-FRANC).
    bool franc = false;
    Extension extension = Extension::none;
    /// Whose public holidays count (compute() can override it).
    Territory territory = Territory::metropole;
    /// CPC art. 642 moves off Saturdays too, hence jours ouvrés (Mon–Fri) by default.
    WorkWeek work_week = WorkWeek::ouvres;
    /// Holiday options (Alsace-Moselle Good Friday per commune, law in force): calendar.hpp.
    HolidayOptions holiday_options = {};
    FrancMonthEnd franc_month_end = FrancMonthEnd::day_after_clamped;
    /// False when the source does not settle whether CPC art. 642 applies (`extension` is then
    /// the library's choice): compute() gives the other date in its reasons.
    bool extension_confirmed = true;
    /// False when the source does not settle whether the period is franc.
    bool franc_confirmed = true;
    /// Why a point is unconfirmed, in French; quoted in the reasons.
    std::string_view caveat_fr = {};
};

/// The outcome of a rule applied to a starting date (« échéance »).
/// `nominal` is the end of the period by CPC art. 641 (start + duration, month-end clamped);
/// `effective` is the last day on which the act can validly be done, after the délai franc and
/// the CPC art. 642 extension; the deadline expires at the end (24:00) of `effective`.
/// `reasons` explain, in French sentences a user can read, every step that is not a plain
/// addition (month-end clamp, franc, weekend/holiday shift or its absence, assumptions).
struct Deadline {
    Date start{};
    Date nominal{};
    Date effective{};
    std::vector<std::string> reasons{};
    /// True when `effective` rests on an UNCONFIRMED reading (franc status, CPC 642 for a
    /// non-procedural limit, franc + month end); the reasons then give the alternative date.
    bool unconfirmed = false;

    friend bool operator==(const Deadline&, const Deadline&) = default;
};

/// True when an act done on `day` is within the deadline (it expires at the end of `effective`).
[[nodiscard]] inline bool is_on_time(const Deadline& d, Date day) {
    return day <= d.effective;
}

namespace detail {

/// Whose non-working days count: territory, work week and holiday options of one computation.
struct DeadlineCalendar {
    Territory territory{};
    WorkWeek work_week{};
    HolidayOptions options{};

    [[nodiscard]] bool weekend(Date d) const {
        const auto wd = d.day_of_week().as_number();
        return wd == 0 || (wd == 6 && work_week == WorkWeek::ouvres);
    }
    [[nodiscard]] std::optional<HolidayKind> holiday(Date d) const {
        return holiday_kind(d, territory, options);
    }
};

// « est un dimanche », « est un jour férié (Lundi de Pâques) », « est un dimanche et un jour
// férié (Fête nationale) ».
[[nodiscard]] inline std::string deadline_why_not_working(Date d, const DeadlineCalendar& c) {
    const auto holiday = c.holiday(d);
    std::string out = "est un ";
    if (c.weekend(d)) {
        out += weekday_name_fr(d);
        if (holiday)
            out += " et un jour férié (" + std::string(name_fr(*holiday)) + ")";
    } else if (holiday) {
        out += "jour férié (" + std::string(name_fr(*holiday)) + ")";
    } else {
        out += "jour chômé";
    }
    return out;
}

/// « 30/03/2024 est un samedi et le lundi 01/04/2024 un jour férié (Lundi de Pâques) : report au
/// mardi 02/04/2024 » — names the weekday holidays skipped between `last` and `effective`.
[[nodiscard]] inline std::string deadline_shift_sentence(Date last, Date effective,
                                                         const DeadlineCalendar& c) {
    std::string out = deadline_numeric(last) + " " + deadline_why_not_working(last, c);
    std::vector<std::string> skipped;
    for (Date d = last + boost::gregorian::date_duration(1); d < effective;
         d += boost::gregorian::date_duration(1)) {
        if (c.weekend(d))
            continue;
        const auto kind = c.holiday(d);
        skipped.push_back("le " + std::string(weekday_name_fr(d)) + " " + deadline_numeric(d) +
                          (kind ? " un jour férié (" + std::string(name_fr(*kind)) + ")"
                                : std::string(" un jour chômé")));
    }
    for (std::size_t i = 0; i < skipped.size(); ++i)
        out += (i + 1 == skipped.size() ? " et " : ", ") + skipped[i];
    out += " : report au " + std::string(weekday_name_fr(effective)) + " " +
           deadline_numeric(effective);
    return out;
}

/// Good Friday counted as a holiday department-wide in Alsace-Moselle is common practice, not
/// the text (L.3134-13: communes with a Protestant temple or a mixed church) — UNCONFIRMED in
/// calendar.hpp; true when such a day is among [from, to).
[[nodiscard]] inline bool deadline_skips_good_friday(Date from, Date to,
                                                     const DeadlineCalendar& c) {
    if (c.territory != Territory::alsace_moselle || !c.options.good_friday)
        return false;
    for (Date d = from; d < to; d += boost::gregorian::date_duration(1))
        if (c.holiday(d) == HolidayKind::good_friday)
            return true;
    return false;
}

[[nodiscard]] inline bool deadline_in_calendar(Date d) {
    const int y = d.year();
    return y >= calendar_min_year && y <= calendar_max_year;
}

/// « l'année 2300 est hors de la plage du calendrier des jours fériés (1900 à 2299) : … ».
[[nodiscard]] inline std::string deadline_outside_calendar_fr(Date d) {
    return "l'année " + std::to_string(static_cast<int>(d.year())) +
           " est hors de la plage du calendrier des jours fériés (" +
           std::to_string(calendar_min_year) + " à " + std::to_string(calendar_max_year) +
           ") : un samedi, un dimanche ou un jour férié ne peut y être reconnu (CPC art. 642)";
}

} // namespace detail

/// Applies a rule to the date of its starting event, with the holidays of `territory`
/// (overriding `rule.territory`, e.g. for an Alsace-Moselle or overseas département).
///
/// Steps: nominal = start + duration (CPC art. 641); if franc, one more day (DELAY-FRANC; see
/// FrancMonthEnd for the month-end case); if `extension` is next_working_day, the last day moves
/// to the first working day on or after it (CPC art. 642). Backward periods (« au moins N jours
/// avant ») are not modelled: a negative duration throws std::invalid_argument, as does a special
/// start date. Throws std::out_of_range when a date leaves 1400–9999, or when a working day must
/// be found outside the calendar's years (1900–2299).
[[nodiscard]] inline Deadline compute(const DeadlineRule& rule, Date start, Territory territory) {
    using detail::deadline_numeric;
    detail::deadline_require_date(start, "compute");
    Deadline out;
    out.start = start;

    // 1. The period itself (CPC art. 641).
    detail::MonthShift shift{};
    if (const auto* days = std::get_if<Days>(&rule.duration)) {
        if (days->count() < 0)
            throw std::invalid_argument("compute : durée négative refusée (règle " +
                                        std::string(rule.id) + ")");
        shift.date = add_days(start, *days);
    } else {
        const std::int64_t months = std::holds_alternative<Months>(rule.duration)
                                        ? std::int64_t{std::get<Months>(rule.duration).count()}
                                        : std::int64_t{std::get<Years>(rule.duration).count()} * 12;
        if (months < 0)
            throw std::invalid_argument("compute : durée négative refusée (règle " +
                                        std::string(rule.id) + ")");
        shift = detail::deadline_shift_months(start, months, "compute", months, "mois");
        if (shift.clamped) {
            const auto ymd = detail::deadline_ymd(shift.date);
            out.reasons.push_back(deadline_numeric(start) + " + " + to_string_fr(rule.duration) +
                                  " : le mois de " + std::string(month_name_fr(ymd.month)) + " " +
                                  std::to_string(ymd.year) + " n'a pas de " +
                                  std::to_string(shift.wanted_day) +
                                  "e jour, l'échéance est son dernier jour, le " +
                                  deadline_numeric(shift.date) + " (CPC art. 641 al. 2)");
        }
    }
    out.nominal = shift.date;

    // Where a working day must be found, the calendar decides (throws outside 1900–2299).
    const detail::DeadlineCalendar cal{territory, rule.work_week, rule.holiday_options};
    const auto on_or_after = [&](Date d) {
        return working_day_on_or_after(d, territory, rule.work_week, rule.holiday_options);
    };

    // 2. Délai franc: the expiry day does not count (CE, 19 septembre 2014, n° 362568).
    Date last = out.nominal;
    if (rule.franc) {
        const bool month_end_case = shift.clamped;
        if (month_end_case && rule.franc_month_end == FrancMonthEnd::clamped_is_last) {
            const Date other = add_days(out.nominal, Days(1));
            out.reasons.push_back(
                "délai franc : le quantième n'existant pas, le dernier jour du mois (" +
                deadline_numeric(out.nominal) +
                ") est retenu comme dernier jour utile (hypothèse non confirmée ; selon l'autre "
                "lecture, le délai court jusqu'au " +
                deadline_numeric(other) + ")");
            out.unconfirmed = true;
        } else {
            last = add_days(out.nominal, Days(1));
            out.reasons.push_back(
                "délai franc : le jour de l'échéance (" + deadline_numeric(out.nominal) +
                ") ne compte pas, le délai court jusqu'au " + std::string(weekday_name_fr(last)) +
                " " + deadline_numeric(last) + " inclus (CE, 19 septembre 2014, n° 362568)");
            if (month_end_case) {
                out.reasons.push_back(
                    "hypothèse non confirmée : le quantième n'existant pas, le jour du délai "
                    "franc est ajouté au dernier jour du mois ; selon l'autre lecture, le "
                    "dernier jour utile serait le " +
                    deadline_numeric(out.nominal));
                out.unconfirmed = true;
            }
        }
        if (!rule.franc_confirmed) {
            std::string s = "le caractère franc de ce délai n'est pas confirmé";
            if (!rule.caveat_fr.empty())
                s += " (" + std::string(rule.caveat_fr) + ")";
            s += " ; sans délai franc, le dernier jour serait le " +
                 deadline_numeric(rule.extension == Extension::next_working_day
                                      ? on_or_after(out.nominal)
                                      : out.nominal);
            out.reasons.push_back(std::move(s));
            out.unconfirmed = true;
        }
    }

    // 3. Saturday, Sunday, public holiday (CPC art. 642).
    if (rule.extension == Extension::next_working_day) {
        out.effective = on_or_after(last);
        if (out.effective != last) {
            std::string s =
                detail::deadline_shift_sentence(last, out.effective, cal) + " (CPC art. 642)";
            if (!rule.extension_confirmed) {
                s += " ; sans report, l'échéance serait le " + deadline_numeric(last) +
                     " (point non confirmé";
                if (!rule.caveat_fr.empty())
                    s += " : " + std::string(rule.caveat_fr);
                s += ")";
                out.unconfirmed = true;
            }
            out.reasons.push_back(std::move(s));
            if (detail::deadline_skips_good_friday(last, out.effective, cal)) {
                out.reasons.push_back(
                    "hypothèse non confirmée : le Vendredi saint est compté férié dans tout "
                    "l'Alsace-Moselle ; en droit local (Code du travail, art. L.3134-13), il ne "
                    "l'est que dans les communes ayant un temple protestant ou une église mixte");
                out.unconfirmed = true;
            }
        }
    } else {
        out.effective = last;
        if (!detail::deadline_in_calendar(last)) {
            // Same limit as where a working day must be found, stated instead of thrown: the
            // date itself is right (CPC art. 641), only its day cannot be checked.
            out.reasons.push_back(deadline_numeric(last) + " : " +
                                  detail::deadline_outside_calendar_fr(last));
            out.unconfirmed = true;
        } else if (detail::deadline_in_calendar(last) &&
                   !is_working_day(last, territory, rule.work_week, rule.holiday_options)) {
            std::string s = deadline_numeric(last) + " " +
                            detail::deadline_why_not_working(last, cal) +
                            " : pas de report (CPC art. 642 non appliqué)";
            if (!rule.extension_confirmed) {
                std::optional<Date> other;
                try {
                    other = on_or_after(last);
                } catch (const std::out_of_range&) {
                    other.reset(); // beyond the calendar's years: no alternative to show
                }
                if (other)
                    s += " ; s'il s'appliquait, l'échéance serait le " +
                         std::string(weekday_name_fr(*other)) + " " + deadline_numeric(*other);
                s += " (point non confirmé";
                if (!rule.caveat_fr.empty())
                    s += " : " + std::string(rule.caveat_fr);
                s += ")";
                out.unconfirmed = true;
            }
            out.reasons.push_back(std::move(s));
        }
    }
    return out;
}

/// Applies a rule with its own territory's holidays. See the three-argument overload.
[[nodiscard]] inline Deadline compute(const DeadlineRule& rule, Date start) {
    return compute(rule, start, rule.territory);
}

/// End of the financial year (« fin de l'exercice ») of `year`: 31 December. The M57 exercice is
/// the calendar year (it opens on 1 January, CGCT L.1612-1). Throws std::out_of_range outside
/// 1400–9999.
[[nodiscard]] inline Date financial_year_end(int year) {
    if (year < detail::deadline_min_year || year > detail::deadline_max_year)
        throw std::out_of_range("financial_year_end : année " + std::to_string(year) +
                                " hors de la plage prise en charge (1400 à 9999)");
    return detail::deadline_make_date(year, 12, 31);
}

/// A calendar quarter (« trimestre civil ») touched by a period, for obligations such as « au
/// minimum une fois par trimestre » (seed convention art. 4).
struct QuarterSpan {
    int year = 0;
    int number = 0;       ///< 1..4
    Date first{};         ///< first day of the quarter (01/01, 01/04, 01/07, 01/10)
    Date last{};          ///< last day of the quarter
    Date clipped_first{}; ///< max(first, period start)
    Date clipped_last{};  ///< min(last, period end)
    bool partial = false; ///< the period covers only part of the quarter

    friend bool operator==(const QuarterSpan&, const QuarterSpan&) = default;
};

/// Every calendar quarter the period [start, end] (both included) touches, in order, partial
/// quarters included: 01/01/2023–31/12/2023 → 4 full quarters; 15/02/2023–10/05/2023 → Q1 2023
/// partial, Q2 2023 partial. An end before the start, or a special date, is an Error (range).
[[nodiscard]] inline Result<std::vector<QuarterSpan>> quarters_spanned(Date start, Date end) {
    if (start.is_special() || end.is_special())
        return make_error(ErrorKind::range, "période",
                          detail::deadline_numeric(start) + " au " + detail::deadline_numeric(end),
                          "la période doit avoir une date de début et une date de fin valides");
    if (end < start)
        return make_error(ErrorKind::range, "période",
                          detail::deadline_numeric(start) + " au " + detail::deadline_numeric(end),
                          "la date de fin (" + detail::deadline_numeric(end) +
                              ") précède la date de début (" + detail::deadline_numeric(start) +
                              ")");
    std::vector<QuarterSpan> out;
    const auto s = detail::deadline_ymd(start);
    int year = s.year;
    int number = (s.month - 1) / 3 + 1;
    for (;;) {
        QuarterSpan q;
        q.year = year;
        q.number = number;
        const int first_month = (number - 1) * 3 + 1;
        q.first = detail::deadline_make_date(year, first_month, 1);
        q.last = detail::deadline_make_date(year, first_month + 2, 1).end_of_month();
        if (q.first > end)
            break;
        q.clipped_first = q.first < start ? start : q.first;
        q.clipped_last = q.last > end ? end : q.last;
        q.partial = q.clipped_first != q.first || q.clipped_last != q.last;
        out.push_back(q);
        if (q.last >= end || (year == detail::deadline_max_year && number == 4))
            break;
        if (++number == 5) {
            number = 1;
            ++year;
        }
    }
    return out;
}

/// Named deadlines of the subsidy domain (« délais nommés »), each with its source. Choices the
/// sources leave open are flagged (`*_confirmed = false`, `caveat_fr`) and shown by compute().
namespace deadlines {

/// Compte rendu financier: six months after the end of the financial year for which the subsidy
/// was granted (start: financial_year_end(year)). Not a procedural period: whether CPC art. 642
/// moves a Sunday end is UNCONFIRMED (DELAY-SEED-CRF); the library keeps the nominal date and
/// shows the shifted one (2023 → 30/06/2024, a Sunday; shifted: 01/07/2024).
inline constexpr DeadlineRule compte_rendu_financier{
    .id = "compte-rendu-financier",
    .label_fr = "Compte rendu financier de l'emploi de la subvention, dans les six mois suivant la "
                "fin de l'exercice pour lequel elle a été attribuée",
    .legal_source = "loi n° 2000-321 du 12 avril 2000, art. 10 ; arrêté du 11 octobre 2006 (CERFA "
                    "n° 15059)",
    .start = StartEvent::financial_year_end,
    .duration = Months(6),
    .franc = false,
    .extension = Extension::none,
    .extension_confirmed = false,
    .caveat_fr = "l'article 642 du CPC vise les délais de procédure ; son application au compte "
                 "rendu financier n'est pas établie",
};

/// Bilan final d'exécution: six months after the end of the convention (seed convention art. 4
/// and 8, « soit le 30 juin 2024 »). Contractual: the stipulated date governs, CPC art. 642 is not
/// applied (UNCONFIRMED, DELAY-END-WORKDAY).
inline constexpr DeadlineRule bilan_final_convention{
    .id = "bilan-final-convention",
    .label_fr = "Transmission du bilan final d'exécution dans les six mois suivant la fin de la "
                "convention",
    .legal_source = "convention, art. 4 et 8 (bilan final dans les 6 mois suivant la date de fin "
                    "de convention)",
    .start = StartEvent::convention_end,
    .duration = Months(6),
    .franc = false,
    .extension = Extension::none,
    .extension_confirmed = false,
    .caveat_fr = "délai contractuel : le report au jour ouvrable suivant n'est pas de droit, la "
                 "date stipulée prévaut",
};

/// Recours contentieux: two months from notification or publication, délai franc, extended to
/// the next working day (CJA R.421-1; CE 19 Sept 2014 n° 362568; CPC art. 642). The distance
/// extensions of CJA R.421-7 (+1 month overseas, +2 months abroad) are not included.
inline constexpr DeadlineRule recours_contentieux{
    .id = "recours-contentieux",
    .label_fr = "Recours contentieux devant le tribunal administratif, dans les deux mois suivant "
                "la notification ou la publication de la décision (délai franc)",
    .legal_source = "CJA art. R.421-1 ; délai franc : CE, 19 septembre 2014, n° 362568 ; CPC "
                    "art. 642",
    .start = StartEvent::notification,
    .duration = Months(2),
    .franc = true,
    .extension = Extension::next_working_day,
};

/// Déféré préfectoral: two months following transmission (CGCT L.3132-1). Treated as franc like
/// the ordinary appeal period (Icard) — UNCONFIRMED, the non-franc date is shown.
inline constexpr DeadlineRule deferement_prefectoral{
    .id = "deferement-prefectoral",
    .label_fr = "Déféré du préfet au tribunal administratif, dans les deux mois suivant la "
                "transmission de l'acte",
    .legal_source = "CGCT art. L.3132-1",
    .start = StartEvent::transmission,
    .duration = Months(2),
    .franc = true,
    .extension = Extension::next_working_day,
    .franc_confirmed = false,
    .caveat_fr = "assimilé au délai de recours de droit commun, sans texte lu le confirmant",
};

/// Résiliation: one month after a registered letter with acknowledgement left unanswered (seed
/// convention art. 12). Contractual, no CPC art. 642 extension (UNCONFIRMED).
inline constexpr DeadlineRule resiliation_apres_mise_en_demeure{
    .id = "resiliation-apres-mise-en-demeure",
    .label_fr = "Résiliation de plein droit à l'expiration d'un délai d'un mois suivant l'envoi "
                "d'une lettre recommandée avec accusé de réception restée vaine",
    .legal_source = "convention, art. 12",
    .start = StartEvent::transmission,
    .duration = Months(1),
    .franc = false,
    .extension = Extension::none,
    .extension_confirmed = false,
    .caveat_fr = "délai contractuel : le report au jour ouvrable suivant n'est pas de droit, la "
                 "date stipulée prévaut",
};

/// Reversement volontaire: at the latest within the month following receipt of the titre de
/// perception (seed convention art. 12). Contractual, no extension (UNCONFIRMED).
inline constexpr DeadlineRule reversement_titre_de_perception{
    .id = "reversement-titre-de-perception",
    .label_fr = "Reversement des sommes indûment perçues au plus tard dans le mois qui suit la "
                "réception du titre de perception",
    .legal_source = "convention, art. 12",
    .start = StartEvent::receipt,
    .duration = Months(1),
    .franc = false,
    .extension = Extension::none,
    .extension_confirmed = false,
    .caveat_fr = "délai contractuel : le report au jour ouvrable suivant n'est pas de droit, la "
                 "date stipulée prévaut",
};

/// Données essentielles: published within three months after the convention's signature
/// (loi 2000-321 art. 10 as amended by loi 2016-1321 art. 18; décret 2017-779).
inline constexpr DeadlineRule donnees_essentielles{
    .id = "donnees-essentielles",
    .label_fr = "Publication des données essentielles de la convention de subvention dans les "
                "trois mois suivant sa signature",
    .legal_source = "loi n° 2000-321, art. 10 (rédaction loi n° 2016-1321, art. 18) ; décret "
                    "n° 2017-779 du 5 mai 2017 ; arrêté du 17 novembre 2017",
    .start = StartEvent::signature,
    .duration = Months(3),
    .franc = false,
    .extension = Extension::none,
    .extension_confirmed = false,
    .caveat_fr = "l'article 642 du CPC vise les délais de procédure ; son application à cette "
                 "obligation de publication n'est pas établie",
};

/// Contrat d'engagement républicain: after a withdrawal decision, repayment is ordered within at
/// most six months (loi 2000-321 art. 10-1). The rule gives the latest admissible date.
inline constexpr DeadlineRule reversement_retrait_cer{
    .id = "reversement-retrait-cer",
    .label_fr = "Restitution de la subvention retirée pour manquement au contrat d'engagement "
                "républicain, dans un délai ne pouvant excéder six mois à compter de la décision "
                "de retrait",
    .legal_source = "loi n° 2000-321, art. 10-1 (loi n° 2021-1109, art. 12) ; décret n° "
                    "2021-1947 du 31 décembre 2021",
    .start = StartEvent::decision,
    .duration = Months(6),
    .franc = false,
    .extension = Extension::none,
    .extension_confirmed = false,
    .caveat_fr = "l'article 642 du CPC vise les délais de procédure ; son application à ce délai "
                 "de restitution n'est pas établie",
};

/// Transmission to the prefect of an individual decision within fifteen days of its signature
/// (CGCT L.3131-1, 2015 text).
inline constexpr DeadlineRule transmission_decision_individuelle{
    .id = "transmission-decision-individuelle",
    .label_fr = "Transmission au représentant de l'État d'une décision individuelle dans les "
                "quinze jours de sa signature",
    .legal_source = "CGCT art. L.3131-1 (texte de 2015)",
    .start = StartEvent::signature,
    .duration = Days(15),
    .franc = false,
    .extension = Extension::none,
    .extension_confirmed = false,
    .caveat_fr = "l'article 642 du CPC vise les délais de procédure ; son application à ce délai "
                 "de transmission n'est pas établie",
};

/// Every named rule, in a stable order (for the CLI and the checker to enumerate).
inline constexpr std::array all{
    compte_rendu_financier,
    bilan_final_convention,
    recours_contentieux,
    deferement_prefectoral,
    resiliation_apres_mise_en_demeure,
    reversement_titre_de_perception,
    donnees_essentielles,
    reversement_retrait_cer,
    transmission_decision_individuelle,
};

/// The named rule with this id, or nullptr.
[[nodiscard]] constexpr const DeadlineRule* find(std::string_view id) noexcept {
    for (const auto& r : all)
        if (r.id == id)
            return &r;
    return nullptr;
}

} // namespace deadlines

} // namespace subvention
