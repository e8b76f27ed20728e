// SPDX-License-Identifier: Apache-2.0
// subvention — cumulative State aid to an undertaking (« cumul des aides de
// minimis »).
//
// An aid to an undertaking (any entity with an economic activity, associations
// included) that is not notified must fit an exemption; the de minimis
// regulations exempt it as long as the aid of the same kind granted to the same
// « entreprise unique » over a window stays under a ceiling. This header models
// the four regulations a département meets (docs/legal-reference.md §8, AID-DEMINIMIS-2023 /
// AID-DEMINIMIS-2024) as constexpr data (`aid_regulations`), and answers: which
// regulation applies at a date, what is cumulated in its window, the headroom
// left (« montant encore disponible »), whether a new aid of X on D is allowed
// and why not, and the first date at which the headroom returns to at least an
// amount.
//
// Regulations (sources in `aid_regulations`):
//  - Reg. (UE) n° 1407/2013 (general): 200 000 € over the current and the two
//  previous fiscal
//    years (art. 3 § 2), until 31/12/2023 (art. 8 as amended by Reg. 2020/972);
//    its schemes are covered six more months, i.e. aid under a 1407/2013 scheme
//    until 30/06/2024 (art. 7 § 4).
//  - Reg. (UE) 2023/2831 (general): 300 000 € over any period of three years
//  (art. 3 § 2),
//    01/01/2024–31/12/2030 (art. 8).
//  - Reg. (UE) n° 360/2012 (SIEG, « services d'intérêt économique général »):
//  500 000 € over
//    three fiscal years (art. 2 § 2), until 31/12/2023 (as extended by Reg.
//    2020/1474).
//  - Reg. (UE) 2023/2832 (SIEG): 750 000 € over any period of three years (art.
//  2 § 2),
//    01/01/2024–31/12/2030.
// The aid counts from the day the legal right to receive it is conferred
// (2023/2831 art. 3 § 3): `GrantedAid::granted_on` is that date (the
// deliberation's, not the payment's).
//
// UNCONFIRMED points are `AidOptions` with documented defaults (see there): the
// fiscal year (calendar year by default), whether the first day of the rolling
// window counts (docs/legal-reference.md: (D − 3 ans, D], i.e. no), how general and SIEG aid
// combine (default: the SIEG ceiling caps both together — 1407/2013 art. 5 § 1,
// 360/2012 art. 2 § 7; same reading kept for 2023/2831–2832), and the six-month
// transition of 1407/2013 schemes. Not modelled: the sector regulations
// (agriculture 1408/2013 → 2024/3118, fisheries 717/2014), the former
// road-freight sub-ceiling of 1407/2013 (100 000 €, art. 3 § 2 al. 2 —
// abolished by 2023/2831), mergers and splits of undertakings (2023/2831 art. 3
// § 8–9), the retroactive application of 2023/2831 to earlier aid (art. 7 § 1),
// discounting of aid paid in instalments (art. 3 § 6: the amounts given are
// taken as already discounted, gross grant equivalents).
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <subvention/date.hpp>
#include <subvention/deadline.hpp>
#include <subvention/detail/ascii.hpp>
#include <subvention/duration.hpp>
#include <subvention/money.hpp>
#include <subvention/result.hpp>

namespace subvention {

// ---------------------------------------------------------------------------------------------
// Contract shared with <subvention/execution.hpp>: AidRegulation,
// to_string, parse_aid_regulation, GrantedAid.

/// The legal regime under which an aid was granted (« régime d'aide »).
enum class AidRegulation {
    de_minimis_1407_2013, ///< Commission Regulation (EU) No 1407/2013 (general de
                          ///< minimis, until 2023)
    de_minimis_2023_2831, ///< Commission Regulation (EU) 2023/2831 (general de
                          ///< minimis, from 2024)
    sieg_360_2012,        ///< Commission Regulation (EU) No 360/2012 (SIEG de minimis,
                          ///< until 2023)
    sieg_2023_2832,       ///< Commission Regulation (EU) 2023/2832 (SIEG de minimis,
                          ///< from 2024)
    other                 ///< not de minimis (GBER/RGEC, notified aid, SIEG decision…): not
                          ///< counted
};

/// Stable short name: "1407/2013", "2023/2831", "360/2012", "2023/2832",
/// "autre".
[[nodiscard]] constexpr std::string_view to_string(AidRegulation r) noexcept {
    switch (r) {
    case AidRegulation::de_minimis_1407_2013:
        return "1407/2013";
    case AidRegulation::de_minimis_2023_2831:
        return "2023/2831";
    case AidRegulation::sieg_360_2012:
        return "360/2012";
    case AidRegulation::sieg_2023_2832:
        return "2023/2832";
    case AidRegulation::other:
        return "autre";
    }
    return "autre";
}

/// Reads a regime name as written by `to_string` (surrounding spaces ignored,
/// "autre" in any case). Anything else is an `Error` (field « règlement »)
/// naming the value.
[[nodiscard]] inline Result<AidRegulation> parse_aid_regulation(std::string_view text) {
    const std::string_view t = detail::trim_spaces(text);
    if (t.empty())
        return make_error(ErrorKind::empty, "règlement", text, "le règlement d'aide est vide");
    for (const auto r : {AidRegulation::de_minimis_1407_2013, AidRegulation::de_minimis_2023_2831,
                         AidRegulation::sieg_360_2012, AidRegulation::sieg_2023_2832}) {
        if (t == to_string(r))
            return r;
    }
    std::string lower;
    for (const char c : t)
        lower.push_back(detail::ascii_lower(c));
    if (lower == "autre")
        return AidRegulation::other;
    return make_error(ErrorKind::component, "règlement", text,
                      "règlement d'aide inconnu (attendu : 1407/2013, 2023/2831, 360/2012, "
                      "2023/2832 ou autre)");
}

/// One aid granted to the undertaking (« aide octroyée »): who granted it, when
/// the legal right to receive it was conferred (Reg. 2023/2831 art. 3 § 3), its
/// gross amount (gross grant equivalent, art. 3 § 5), under which regime.
struct GrantedAid {
    std::string grantor{}; ///< « autorité d'octroi »
    Date granted_on{};     ///< « date d'octroi »
    Euros amount{};        ///< « montant brut de l'aide »
    AidRegulation regulation = AidRegulation::other;
    friend bool operator==(const GrantedAid&, const GrantedAid&) = default;
};

// ---------------------------------------------------------------------------------------------
// The regulations as data.

/// Kind of de minimis aid (« nature de l'aide de minimis »): general, or
/// compensation for a service of general economic interest (« SIEG »).
enum class AidFamily { general, sieg };

/// "général" / "SIEG".
[[nodiscard]] constexpr std::string_view to_string(AidFamily f) noexcept {
    return f == AidFamily::general ? "général" : "SIEG";
}

/// The family as an adjective of « aides de minimis … »: "générales" / "SIEG".
[[nodiscard]] constexpr std::string_view aid_family_adjective_fr(AidFamily f) noexcept {
    return f == AidFamily::general ? "générales" : "SIEG";
}

/// How a regulation's window is measured (« période de référence »).
enum class AidWindowKind {
    fiscal_years, ///< the current fiscal year and the two previous ones
                  ///< (1407/2013, 360/2012)
    rolling_years ///< any period of three years ending on the grant date
                  ///< (2023/2831, 2023/2832)
};

/// "exercices" / "glissant".
[[nodiscard]] constexpr std::string_view to_string(AidWindowKind k) noexcept {
    return k == AidWindowKind::fiscal_years ? "exercices" : "glissant";
}

/// One de minimis regulation (« règlement de minimis »): its dates, ceiling,
/// window and sources.
struct AidRegulationInfo {
    AidRegulation regulation{};
    AidFamily family{};
    std::string_view title_fr{};      ///< « règlement (UE) n° 1407/2013 de la Commission… »
    std::string_view journal{};       ///< Official Journal reference (« JO L 352 du 24.12.2013 »)
    CivilDate applies_from{};         ///< first day an aid may be granted under it
    CivilDate applies_until{};        ///< last day of its period of application
    CivilDate schemes_until{};        ///< last day for aid under one of its schemes (transition)
    std::string_view period_source{}; ///< article fixing the period (and transition)
    Euros ceiling{};                  ///< ceiling for aid of its family
    std::string_view ceiling_source{};
    Euros combined_ceiling{}; ///< ceiling for general + SIEG aid together
    std::string_view combined_source{};
    AidWindowKind window{};
};

/// The four regulations, in AidRegulation order. Sources: EUR-Lex texts
/// (docs/legal-reference.md §8).
inline constexpr std::array<AidRegulationInfo, 4> aid_regulations{{
    // Règlement (UE) n° 1407/2013 de la Commission du 18 décembre 2013, JO L
    // 352 du 24.12.2013,
    // p. 1. Art. 3 § 2: 200 000 € « sur une période de trois exercices fiscaux
    // »; art. 5 § 1:
    // cumulable avec les aides SIEG 360/2012 jusqu'au plafond de ce règlement
    // (500 000 €);
    // art. 8: applicable du 1.1.2014 au 31.12.2020, prorogé au 31.12.2023 par
    // le règlement
    // (UE) 2020/972 (JO L 215 du 7.7.2020); art. 7 § 4: les régimes conformes
    // restent couverts
    // six mois après la fin de validité, soit jusqu'au 30.6.2024.
    {AidRegulation::de_minimis_1407_2013, AidFamily::general,
     "règlement (UE) n° 1407/2013 de la Commission du 18 décembre 2013",
     "JO L 352 du 24.12.2013, p. 1", CivilDate{2014, 1, 1}, CivilDate{2023, 12, 31},
     CivilDate{2024, 6, 30}, "art. 7 § 4 et 8 (prorogé par le règlement (UE) 2020/972)",
     Euros::from_cents(200'000'00), "art. 3 § 2", Euros::from_cents(500'000'00), "art. 5 § 1",
     AidWindowKind::fiscal_years},
    // Règlement (UE) 2023/2831 de la Commission du 13 décembre 2023, JO L,
    // 2023/2831,
    // 15.12.2023. Art. 3 § 2: 300 000 € « sur une période de trois ans »; art.
    // 5 § 1: cumulable
    // avec les aides SIEG 2023/2832 (plafond commun: UNCONFIRMED, voir
    // SiegCumulation);
    // art. 8: applicable du 1.1.2024 au 31.12.2030.
    {AidRegulation::de_minimis_2023_2831, AidFamily::general,
     "règlement (UE) 2023/2831 de la Commission du 13 décembre 2023", "JO L, 2023/2831, 15.12.2023",
     CivilDate{2024, 1, 1}, CivilDate{2030, 12, 31}, CivilDate{2030, 12, 31}, "art. 8",
     Euros::from_cents(300'000'00), "art. 3 § 2", Euros::from_cents(750'000'00), "art. 5 § 1",
     AidWindowKind::rolling_years},
    // Règlement (UE) n° 360/2012 de la Commission du 25 avril 2012 (SIEG), JO L
    // 114 du
    // 26.4.2012, p. 8. Art. 2 § 2: 500 000 € « sur une période de trois
    // exercices fiscaux »;
    // art. 2 § 7: cumulable avec les autres aides de minimis jusqu'à ce
    // plafond; applicable
    // jusqu'au 31.12.2018, prorogé au 31.12.2020 (règlement (UE) 2018/1923)
    // puis au 31.12.2023
    // (règlement (UE) 2020/1474). Entrée en vigueur: 27.4.2012 (UNCONFIRMED: «
    // le jour suivant
    // sa publication »). Pas de période de transition pour ses régimes
    // (UNCONFIRMED).
    {AidRegulation::sieg_360_2012, AidFamily::sieg,
     "règlement (UE) n° 360/2012 de la Commission du 25 avril 2012", "JO L 114 du 26.4.2012, p. 8",
     CivilDate{2012, 4, 27}, CivilDate{2023, 12, 31}, CivilDate{2023, 12, 31},
     "art. 6 (prorogé par les règlements (UE) 2018/1923 et 2020/1474)",
     Euros::from_cents(500'000'00), "art. 2 § 2", Euros::from_cents(500'000'00), "art. 2 § 7",
     AidWindowKind::fiscal_years},
    // Règlement (UE) 2023/2832 de la Commission du 13 décembre 2023 (SIEG), JO
    // L, 2023/2832,
    // 15.12.2023. Art. 2 § 2: 750 000 € « sur une période de trois ans »; art.
    // 4 § 1:
    // cumulable avec les aides 2023/2831 jusqu'à ce plafond; applicable
    // du 1.1.2024 au
    // 31.12.2030.
    {AidRegulation::sieg_2023_2832, AidFamily::sieg,
     "règlement (UE) 2023/2832 de la Commission du 13 décembre 2023", "JO L, 2023/2832, 15.12.2023",
     CivilDate{2024, 1, 1}, CivilDate{2030, 12, 31}, CivilDate{2030, 12, 31}, "art. 8",
     Euros::from_cents(750'000'00), "art. 2 § 2", Euros::from_cents(750'000'00), "art. 4 § 1",
     AidWindowKind::rolling_years},
}};

/// The data of a de minimis regulation; nullptr for `AidRegulation::other`.
[[nodiscard]] constexpr const AidRegulationInfo* find_regulation_info(AidRegulation r) noexcept {
    for (const auto& info : aid_regulations)
        if (info.regulation == r)
            return &info;
    return nullptr;
}

/// The data of a de minimis regulation; throws std::invalid_argument for
/// `other` (misuse).
[[nodiscard]] inline const AidRegulationInfo& regulation_info(AidRegulation r) {
    if (const auto* info = find_regulation_info(r))
        return *info;
    throw std::invalid_argument("regulation_info : « autre » n'est pas un règlement de minimis");
}

/// The family of a regulation; nullopt for `other` (not counted).
[[nodiscard]] constexpr std::optional<AidFamily> family_of(AidRegulation r) noexcept {
    if (const auto* info = find_regulation_info(r))
        return info->family;
    return std::nullopt;
}

// ---------------------------------------------------------------------------------------------
// Options (UNCONFIRMED points).

/// Whether the first day of a rolling window counts (« borne de début »). The
/// window of 2023/2831 art. 3 § 2 is « une période de trois ans »; docs/legal-reference.md
/// (AID-DEMINIMIS-2023, *Algorithm*) reads it as (D − 3 ans, D]: an aid granted
/// exactly three years before D no longer counts (`exclusive`, default).
/// `inclusive` counts it: [D − 3 ans, D]. UNCONFIRMED. « D − 3 ans » follows
/// CPC art. 641 al. 2 (add_years): from 28/02/2027 it is 28/02/2024.
enum class RollingStart { exclusive, inclusive };

/// How general and SIEG de minimis aid combine (« cumul aides générales / SIEG
/// »). UNCONFIRMED.
/// - `combined` (default): each family has its own ceiling AND all de minimis
/// aid together
///   stays under the SIEG ceiling (500 000 € then 750 000 €): 1407/2013 art. 5
///   § 1 and 360/2012 art. 2 § 7 say so for the old regulations; 2023/2831 art.
///   5 § 1 and 2023/2832 art. 4 § 1 are read the same way (a reading contested
///   in practice: some authors grant 300 000 € + 750 000 € independently).
/// - `separate`: each family is only held to its own ceiling.
enum class SiegCumulation { combined, separate };

/// Options of the cumulation (« paramètres du cumul »). Defaults are documented
/// choices.
struct AidOptions {
    /// First month of the undertaking's fiscal year (« exercice fiscal »), 1–12,
    /// used by the fiscal-year windows of 1407/2013 and 360/2012. Default 1:
    /// calendar year (UNCONFIRMED: the regulation uses the undertaking's own
    /// fiscal years; a fiscal year starting on another day than the 1st of a
    /// month is not supported).
    int fiscal_year_start_month = 1;
    RollingStart rolling_start = RollingStart::exclusive;
    SiegCumulation sieg_cumulation = SiegCumulation::combined;
    /// 1407/2013 art. 7 § 4: aid granted under a scheme that met 1407/2013 stays
    /// covered six months after 31/12/2023: an aid recorded as 1407/2013 is
    /// accepted until 30/06/2024 (and then measured by 1407/2013's window and
    /// ceiling). false: 1407/2013 ends on 31/12/2023.
    bool scheme_transition = true;
    friend bool operator==(const AidOptions&, const AidOptions&) = default;
};

namespace detail {
inline void aid_require(Date d, std::string_view function) {
    if (d.is_special())
        throw std::invalid_argument(std::string(function) +
                                    " : date spéciale (not_a_date_time ou infini) refusée");
}
inline void aid_require(const AidOptions& o) {
    if (o.fiscal_year_start_month < 1 || o.fiscal_year_start_month > 12)
        throw std::invalid_argument("AidOptions::fiscal_year_start_month hors de 1 à 12 : " +
                                    std::to_string(o.fiscal_year_start_month));
}
[[nodiscard]] inline std::string aid_numeric(Date d) {
    return format_date(d, DateStyle::numeric);
}
} // namespace detail

/// Whether an aid under `r` may be granted on `on` (« règlement applicable à
/// cette date »): inside its period of application, or — with
/// `scheme_transition` — its schemes' transition. Always false for `other`.
[[nodiscard]] inline bool regulation_applies(AidRegulation r, Date on, const AidOptions& o = {}) {
    detail::aid_require(on, "regulation_applies");
    const auto* info = find_regulation_info(r);
    if (!info)
        return false;
    const Date last =
        o.scheme_transition ? info->schemes_until.to_date() : info->applies_until.to_date();
    return info->applies_from.to_date() <= on && on <= last;
}

/// The regulation in force for a NEW aid of `family` granted on `on` («
/// règlement en vigueur »): 1407/2013 or 360/2012 until 31/12/2023, 2023/2831
/// or 2023/2832 from 01/01/2024 to 31/12/2030; nullopt outside (earlier
/// regulations are not modelled). The six-month transition of 1407/2013 schemes
/// is not the default regime: state `1407/2013` on the aid to use it.
[[nodiscard]] inline std::optional<AidRegulation> regulation_in_force(Date on, AidFamily family) {
    detail::aid_require(on, "regulation_in_force");
    for (const auto& info : aid_regulations)
        if (info.family == family && info.applies_from.to_date() <= on &&
            on <= info.applies_until.to_date())
            return info.regulation;
    return std::nullopt;
}

// ---------------------------------------------------------------------------------------------
// Windows and cumulation.

/// The window of a regulation at a date (« période de référence »): every day
/// from `first` to `last` inclusive; `last` is the date of evaluation.
struct AidWindow {
    Date first{};
    Date last{};
    AidWindowKind kind = AidWindowKind::rolling_years;
    [[nodiscard]] bool contains(Date d) const noexcept { return first <= d && d <= last; }
    /// « du 01/01/2021 au 31/12/2023 (exercices 2021 à 2023) », « du 02/01/2021
    /// au 01/01/2024 (trois ans glissants) ».
    [[nodiscard]] std::string to_string_fr() const {
        std::string out = "du " + detail::aid_numeric(first) + " au " + detail::aid_numeric(last);
        if (kind == AidWindowKind::rolling_years)
            return out + " (trois ans glissants)";
        const int y0 = first.year();
        return out + " (exercices " + std::to_string(y0) + " à " + std::to_string(y0 + 2) + ")";
    }
    friend bool operator==(const AidWindow&, const AidWindow&) = default;
};

/// The window of regulation `r` for an aid granted on `at`:
/// - fiscal years (1407/2013 art. 3 § 2, 360/2012 art. 2 § 2): from the start
/// of the fiscal year
///   two years before the one containing `at`, to `at`;
/// - rolling (2023/2831 art. 3 § 2, 2023/2832 art. 2 § 2): (at − 3 ans, at] by
/// default (see
///   RollingStart).
/// Throws std::invalid_argument for `other`, a special date or invalid options.
[[nodiscard]] inline AidWindow aid_window(AidRegulation r, Date at, const AidOptions& o = {}) {
    detail::aid_require(at, "aid_window");
    detail::aid_require(o);
    const AidRegulationInfo& info = regulation_info(r);
    if (info.window == AidWindowKind::rolling_years) {
        Date first = add_years(at, Years(-3));
        if (o.rolling_start == RollingStart::exclusive)
            first = add_days(first, Days(1));
        return {first, at, info.window};
    }
    const int m0 = o.fiscal_year_start_month;
    int y = at.year();
    if (static_cast<int>(at.month().as_number()) < m0)
        --y; // the fiscal year containing `at` started the previous calendar year
    return {Date(static_cast<unsigned short>(y - 2), static_cast<unsigned short>(m0), 1), at,
            info.window};
}

/// The cumulation at a date for a new aid under a regulation (« situation du
/// cumul »).
struct AidAssessment {
    AidRegulation regulation = AidRegulation::other; ///< regime of the new aid
    AidWindow window{};
    Euros ceiling{};   ///< the family ceiling of `regulation`
    Euros cumulated{}; ///< aid of the same family granted in the window (up to the
                       ///< date)
    std::optional<Euros> combined_ceiling{}; ///< general + SIEG ceiling (nullopt: `separate`)
    Euros combined_cumulated{};              ///< all de minimis aid in the window (both families)
    std::vector<GrantedAid> counted{}; ///< de minimis aid in the window, by date then input order

    /// What may still be granted (« montant encore disponible »), never negative.
    [[nodiscard]] Euros headroom() const {
        Euros h = ceiling - cumulated;
        if (combined_ceiling) {
            const Euros c = *combined_ceiling - combined_cumulated;
            if (c < h)
                h = c;
        }
        return h.is_negative() ? Euros{} : h;
    }
    /// True when the aid already granted is above a ceiling (« plafond déjà
    /// dépassé »).
    [[nodiscard]] bool exceeded() const {
        return cumulated > ceiling || (combined_ceiling && combined_cumulated > *combined_ceiling);
    }
};

/// The cumulation for a new aid under `r` on `at`: counts each de minimis aid
/// with `window.first <= granted_on <= at` (aid granted after `at` is not known
/// yet: art. 3 § 7 judges each new aid against what was granted before it). Aid
/// of the other family counts only in `combined_cumulated`; `other` never
/// counts; aid recorded under an older regulation of the same family counts
/// (2023/2831 art. 3 § 2: « les aides de minimis » granted in the period,
/// whatever the regulation). An aid without a date (not_a_date_time) cannot be placed in any
/// window and is not counted (parsers never produce one). Throws std::invalid_argument for
/// `other`,
/// std::overflow_error if the sum leaves the range of Euros.
[[nodiscard]] inline AidAssessment assess(std::span<const GrantedAid> aids, AidRegulation r,
                                          Date at, const AidOptions& o = {}) {
    AidAssessment a;
    a.regulation = r;
    a.window = aid_window(r, at, o);
    const AidRegulationInfo& info = regulation_info(r);
    a.ceiling = info.ceiling;
    if (o.sieg_cumulation == SiegCumulation::combined)
        a.combined_ceiling = info.combined_ceiling;
    for (const auto& aid : aids) {
        const auto family = family_of(aid.regulation);
        if (!family || aid.granted_on.is_special() || !a.window.contains(aid.granted_on))
            continue;
        a.counted.push_back(aid);
        a.combined_cumulated += aid.amount;
        if (*family == info.family)
            a.cumulated += aid.amount;
    }
    std::stable_sort(
        a.counted.begin(), a.counted.end(),
        [](const GrantedAid& x, const GrantedAid& y) { return x.granted_on < y.granted_on; });
    return a;
}

/// The cumulation for a new aid of `family` on `at` under the regulation in
/// force then; nullopt when none is (before 2014 / 27/04/2012 for SIEG, after
/// 2030).
[[nodiscard]] inline std::optional<AidAssessment>
assess_at(std::span<const GrantedAid> aids, AidFamily family, Date at, const AidOptions& o = {}) {
    const auto r = regulation_in_force(at, family);
    if (!r)
        return std::nullopt;
    return assess(aids, *r, at, o);
}

/// The de minimis aid of `family` cumulated in the window of the regulation in
/// force on `at` (« montant cumulé »); nullopt when no regulation is in force.
[[nodiscard]] inline std::optional<Euros> cumulated_at(std::span<const GrantedAid> aids,
                                                       AidFamily family, Date at,
                                                       const AidOptions& o = {}) {
    const auto a = assess_at(aids, family, at, o);
    if (!a)
        return std::nullopt;
    return a->cumulated;
}

/// The headroom on `at` for a new aid of `family` (« montant encore disponible
/// »): the lower of the family ceiling and (when combined) the SIEG ceiling
/// minus what they count; nullopt when no regulation is in force.
[[nodiscard]] inline std::optional<Euros>
headroom_at(std::span<const GrantedAid> aids, AidFamily family, Date at, const AidOptions& o = {}) {
    const auto a = assess_at(aids, family, at, o);
    if (!a)
        return std::nullopt;
    return a->headroom();
}

/// The first date on or after `from`, up to 31/12/2030, at which the headroom
/// for a new aid of `family` is at least `amount` (« date à laquelle le plafond
/// se libère »); nullopt if never (the amount exceeds the ceiling, or only
/// after 2030). Aid dated after `from` in `aids` counts from its date (already
/// decided aid). Exact: the headroom only changes on the dates tried here (an
/// aid's date, the days around its third anniversary, fiscal-year starts, the
/// change of regulation); tests compare it with a day-by-day search.
[[nodiscard]] inline std::optional<Date> first_date_with_headroom(std::span<const GrantedAid> aids,
                                                                  AidFamily family, Euros amount,
                                                                  Date from,
                                                                  const AidOptions& o = {}) {
    detail::aid_require(from, "first_date_with_headroom");
    detail::aid_require(o);
    const Date end = aid_regulations.back().applies_until.to_date();
    if (from > end)
        return std::nullopt;
    std::vector<Date> candidates{from};
    const auto add = [&](Date d) {
        if (from < d && d <= end)
            candidates.push_back(d);
    };
    for (const auto& info : aid_regulations)
        add(info.applies_from.to_date());
    int last_year = from.year();
    for (const auto& aid : aids) {
        // Aid after the last day tried never counts before it (and cannot leave a window).
        if (aid.granted_on.is_special() || aid.granted_on > end || !family_of(aid.regulation))
            continue;
        add(aid.granted_on);
        const Date third = add_years(aid.granted_on, Years(3));
        for (int k = -1; k <= 2; ++k)
            add(add_days(third, Days(k)));
        last_year = std::max(last_year, static_cast<int>(aid.granted_on.year()) + 4);
    }
    for (int y = from.year(); y <= std::min(last_year, 2031); ++y)
        add(Date(static_cast<unsigned short>(y),
                 static_cast<unsigned short>(o.fiscal_year_start_month), 1));
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    for (const Date d : candidates) {
        const auto h = headroom_at(aids, family, d, o);
        if (h && *h >= amount)
            return d;
    }
    return std::nullopt;
}

/// Whether a new aid may be granted, and why not (« octroi possible ? »).
struct AidDecision {
    bool allowed = false;
    GrantedAid aid{};                          ///< the new aid
    std::optional<AidAssessment> assessment{}; ///< cumulation before it (nullopt: not de minimis)
    std::vector<std::string> reasons_fr{};     ///< why not (empty when allowed), or notes
    std::optional<Date> headroom_returns{};    ///< when refused for the ceiling: first date it fits
};

/// Judges a new aid against the aid already granted (« contrôle du plafond de
/// minimis »): refused when its regulation does not apply on its date, when its
/// amount is not positive, or when it would take the cumulation above a ceiling
/// (2023/2831 art. 3 § 7: then NONE of the new aid benefits from the regulation
/// — no partial grant). `other` aid is allowed and not counted (another
/// exemption must cover it). `prior` must not contain the new aid itself.
/// Throws std::overflow_error if sums leave the range of Euros.
[[nodiscard]] inline AidDecision check_new_aid(std::span<const GrantedAid> prior,
                                               const GrantedAid& aid, const AidOptions& o = {}) {
    detail::aid_require(aid.granted_on, "check_new_aid");
    AidDecision d;
    d.aid = aid;
    const auto* info = find_regulation_info(aid.regulation);
    if (!info) {
        d.allowed = true;
        d.reasons_fr.push_back("aide hors de minimis (« autre ») : non comptée dans le cumul");
        return d;
    }
    if (!regulation_applies(aid.regulation, aid.granted_on, o)) {
        const Date last =
            o.scheme_transition ? info->schemes_until.to_date() : info->applies_until.to_date();
        d.reasons_fr.push_back("le " + std::string(info->title_fr) + " ne s'applique pas le " +
                               detail::aid_numeric(aid.granted_on) + " (du " +
                               detail::aid_numeric(info->applies_from.to_date()) + " au " +
                               detail::aid_numeric(last) + ", " + std::string(info->period_source) +
                               ")");
    }
    if (aid.amount.is_negative() || aid.amount.is_zero())
        d.reasons_fr.push_back("le montant de l'aide doit être positif : " +
                               aid.amount.to_string_fr());
    if (!d.reasons_fr.empty())
        return d;
    AidAssessment a = assess(prior, aid.regulation, aid.granted_on, o);
    const Euros family_total = a.cumulated + aid.amount;
    if (family_total > a.ceiling)
        d.reasons_fr.push_back(
            "le cumul des aides de minimis " + std::string(aid_family_adjective_fr(info->family)) +
            " " + a.window.to_string_fr() + " atteindrait " + family_total.to_string_fr() + " (" +
            a.cumulated.to_string_fr() + " déjà octroyés + " + aid.amount.to_string_fr() +
            "), au-delà du plafond de " + a.ceiling.to_string_fr() + " (" +
            std::string(info->ceiling_source) + " du règlement " +
            std::string(to_string(aid.regulation)) + ")");
    if (a.combined_ceiling) {
        const Euros all_total = a.combined_cumulated + aid.amount;
        if (all_total > *a.combined_ceiling)
            d.reasons_fr.push_back(
                "le cumul des aides de minimis générales et SIEG " + a.window.to_string_fr() +
                " atteindrait " + all_total.to_string_fr() + " (" +
                a.combined_cumulated.to_string_fr() + " déjà octroyés + " +
                aid.amount.to_string_fr() + "), au-delà du plafond commun de " +
                a.combined_ceiling->to_string_fr() + " (" + std::string(info->combined_source) +
                " du règlement " + std::string(to_string(aid.regulation)) + ")");
    }
    d.allowed = d.reasons_fr.empty();
    if (!d.allowed)
        d.headroom_returns =
            first_date_with_headroom(prior, info->family, aid.amount, aid.granted_on, o);
    d.assessment = std::move(a);
    return d;
}

} // namespace subvention
