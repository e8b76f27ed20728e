// SPDX-License-Identifier: Apache-2.0
// CONV-PERIOD — the convention's period of application (« période d'application »): complete,
// in order, and within the year the subsidy is granted for (« pour l'année 2023 » in the
// deliberation's decision).
//
//  - no period at all: info (no text requires one, but the eligibility of expenses and the
//    deadlines counted from the convention's end depend on it);
//  - start or end blank: a blank to fill before signature (`ctx.blank_severity()`);
//  - end before start (or an empty period when the end is excluded): error;
//  - the period lies entirely outside the grant year: error (the convention does not implement
//    the decision);
//  - it starts before or ends after the grant year: warning (expenses outside the year the
//    assembly granted for; the compte rendu financier is counted from that year's end, loi
//    2000-321 art. 10). A period shorter than the year is normal and not reported.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "compliance/rules/convention_common.hpp"

namespace subvention::compliance::rules {

inline constexpr std::array<LegalRef, 1> conv_period_basis{{
    {"loi 2000-321", "10 al. 4",
     "rédaction de la loi n° 2021-875 du 1er juillet 2021 for acts from 3 July 2021, text in "
     "force on 1 January 2016 before; the convention duty in force since 13 June 2001 (3rd "
     "paragraph until 2014)"},
}};

/// Contrôle de la période d'application (CONV-PERIOD).
inline void check_conv_period(const Context& ctx, Emitter& out) {
    const auto& d = ctx.dossier;
    if (!d.convention)
        return;
    const Convention& c = *d.convention;
    if (!c.period) {
        Diagnostic diag;
        diag.severity = Severity::info;
        diag.location = Location{DocumentKind::convention, {}, "/convention/period", {}};
        diag.parts.emplace_back("CONV-PERIOD.none");
        fact(diag, "period_present", false);
        out.emit(std::move(diag));
        return;
    }
    const Period& p = c.period->value;
    const SourceRef& src = c.period->source;

    // Blanks.
    const bool start_blank = p.start.is_special();
    const bool end_blank = p.end.is_special();
    if (start_blank || end_blank) {
        Diagnostic diag;
        diag.severity = ctx.blank_severity();
        diag.location = at(src, start_blank ? "/convention/period/value/start"
                                            : "/convention/period/value/end");
        const char* which = start_blank && end_blank ? "CONV-PERIOD.blank_both"
                            : start_blank            ? "CONV-PERIOD.blank_start"
                                                     : "CONV-PERIOD.blank_end";
        diag.parts.push_back(Message("CONV-PERIOD.blank").arg("which", Message(which)));
        fact(diag, "period_start_blank", start_blank);
        fact(diag, "period_end_blank", end_blank);
        out.emit(std::move(diag));
        return;
    }

    // Order.
    const auto last = detail::last_day(p);
    if (!last || *last < p.start) {
        Diagnostic diag;
        diag.severity = Severity::error;
        diag.location = at(src, "/convention/period");
        diag.parts.push_back(
            Message(p.end_inclusive ? "CONV-PERIOD.reversed" : "CONV-PERIOD.reversed_end_excluded")
                .arg("start", p.start)
                .arg("end", p.end));
        fact(diag, "period_start", p.start);
        fact(diag, "period_end", p.end);
        fact(diag, "end_inclusive", p.end_inclusive);
        out.emit(std::move(diag));
        return;
    }

    // Within the grant year.
    const auto year = detail::grant_year(d);
    if (!year)
        return;
    const auto jan1 = make_date(year->year, 1, 1);
    const auto dec31 = make_date(year->year, 12, 31);
    if (!jan1 || !dec31)
        return; // a year Boost cannot hold: DELIB-* rules report the decision
    const Date first_day = jan1.value();
    const Date last_of_year = dec31.value();
    const bool entirely_outside = *last < first_day || p.start > last_of_year;
    const bool starts_before = p.start < first_day;
    const bool ends_after = *last > last_of_year;
    if (!entirely_outside && !starts_before && !ends_after)
        return;

    const std::string y = std::to_string(year->year);
    const GrantDecision& g = *year->grant.grant;
    Diagnostic diag;
    diag.location = at(src, "/convention/period");
    const Message period = Message("CONV-PERIOD.period").arg("start", p.start).arg("end", *last);
    const Message decision = Message("CONV-PERIOD.decision")
                                 .arg("document", detail::document(g.amount.source.document))
                                 .arg("section", detail::section_label(g.amount.source));
    if (entirely_outside) {
        diag.severity = Severity::error;
        diag.parts.push_back(Message("CONV-PERIOD.outside")
                                 .arg("period", period)
                                 .arg("year", y)
                                 .arg("decision", decision));
    } else {
        diag.severity = Severity::warning;
        std::vector<Message> overflow;
        if (starts_before)
            overflow.push_back(Message("CONV-PERIOD.starts_before")
                                   .arg("days", (first_day - p.start).days())
                                   .arg("year", y));
        if (ends_after)
            overflow.push_back(Message("CONV-PERIOD.ends_after")
                                   .arg("days", (*last - last_of_year).days())
                                   .arg("year", y));
        diag.parts.push_back(Message("CONV-PERIOD.partly_outside")
                                 .arg("period", period)
                                 .arg("overflow", std::move(overflow))
                                 .arg("year", y)
                                 .arg("decision", decision));
    }
    fact(diag, "period_start", p.start);
    fact(diag, "period_end", *last);
    fact(diag, "grant_year", year->year);
    if (!entirely_outside) {
        fact(diag, "days_before_grant_year", starts_before ? (first_day - p.start).days() : 0,
             Unit::days);
        fact(diag, "days_after_grant_year", ends_after ? (*last - last_of_year).days() : 0,
             Unit::days);
    }
    detail::other_place(diag, g.amount.source, year->grant.path + "/year");
    out.emit(std::move(diag));
}

/// CONV-PERIOD: the convention's period, in order and within the grant year.
inline constexpr BuiltinRule conv_period{"CONV-PERIOD", "Période de la convention",
                                         "Period of the convention", conv_period_basis,
                                         &check_conv_period};

} // namespace subvention::compliance::rules
