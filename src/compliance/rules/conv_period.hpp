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

#include "compliance/rules/convention_common.hpp"

namespace subvention::compliance::rules {

inline constexpr std::array<LegalRef, 1> conv_period_basis{{
    {"loi 2000-321", "10 al. 3"},
}};

/// Contrôle de la période d'application (CONV-PERIOD).
inline void check_conv_period(const Context& ctx, Emitter& out) {
    namespace cd = conv_detail;
    const auto& d = ctx.dossier;
    if (!d.convention)
        return;
    const Convention& c = *d.convention;
    if (!c.period) {
        Diagnostic diag;
        diag.severity = Severity::info;
        diag.location = Location{DocumentKind::convention, {}, "/convention/period", {}};
        diag.message_fr = "La convention ne fixe pas de période d'application : l'éligibilité des "
                          "dépenses et les délais comptés depuis la fin de la convention ne "
                          "peuvent pas être déterminés.";
        diag.message_en = "The convention sets no period of application: the eligibility of "
                          "expenses and the time limits counted from the convention's end cannot "
                          "be determined.";
        cd::fact(diag, "period_present", "false");
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
        const std::string which_fr = start_blank && end_blank ? "ses dates de début et de fin"
                                     : start_blank            ? "sa date de début"
                                                              : "sa date de fin";
        const std::string which_en = start_blank && end_blank ? "its start and end dates"
                                     : start_blank            ? "its start date"
                                                              : "its end date";
        diag.message_fr =
            "La période d'application de la convention est incomplète : " + which_fr +
            (start_blank && end_blank ? " ne sont pas renseignées" : " n'est pas renseignée") +
            " ; elle doit l'être avant la signature.";
        diag.message_en = "The convention's period of application is incomplete: " + which_en +
                          (start_blank && end_blank ? " are" : " is") +
                          " blank; it must be filled in before signature.";
        cd::fact(diag, "period_start_blank", std::string(cd::boolean(start_blank)));
        cd::fact(diag, "period_end_blank", std::string(cd::boolean(end_blank)));
        out.emit(std::move(diag));
        return;
    }

    // Order.
    const auto last = cd::last_day(p);
    if (!last || *last < p.start) {
        Diagnostic diag;
        diag.severity = Severity::error;
        diag.location = at(src, "/convention/period");
        diag.message_fr = "La période d'application de la convention se termine le " +
                          cd::fr(p.end) + (p.end_inclusive ? "" : " (exclu)") +
                          ", avant de commencer le " + cd::fr(p.start) + ".";
        diag.message_en = "The convention's period of application ends on " + cd::iso(p.end) +
                          (p.end_inclusive ? "" : " (excluded)") + ", before it starts on " +
                          cd::iso(p.start) + ".";
        cd::fact(diag, "period_start", cd::iso(p.start));
        cd::fact(diag, "period_end", cd::iso(p.end));
        cd::fact(diag, "end_inclusive", std::string(cd::boolean(p.end_inclusive)));
        out.emit(std::move(diag));
        return;
    }

    // Within the grant year.
    const auto year = cd::grant_year(d);
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
    const std::string period_fr = "du " + cd::fr(p.start) + " au " + cd::fr(*last);
    const std::string period_en = "from " + cd::iso(p.start) + " to " + cd::iso(*last);
    const std::string decision_fr = " pour laquelle la subvention est attribuée (" +
                                    cd::document_fr(g.amount.source.document) + ", " +
                                    cd::section_or_document(g.amount.source) + ")";
    const std::string decision_en = " for which the subsidy is granted (" +
                                    cd::document_en(g.amount.source.document) + ", " +
                                    cd::section_or_document(g.amount.source) + ")";
    if (entirely_outside) {
        diag.severity = Severity::error;
        diag.message_fr = "La période d'application de la convention (" + period_fr +
                          ") est entièrement en dehors de l'année " + y + decision_fr +
                          " : la convention ne met pas en œuvre la décision.";
        diag.message_en = "The convention's period of application (" + period_en +
                          ") lies entirely outside the year " + y + decision_en +
                          ": the convention does not implement the decision.";
    } else {
        diag.severity = Severity::warning;
        std::string out_fr;
        std::string out_en;
        if (starts_before) {
            out_fr = "commence " + std::to_string((first_day - p.start).days()) +
                     " jour(s) avant le 1er janvier " + y;
            out_en = "starts " + std::to_string((first_day - p.start).days()) +
                     " day(s) before 1 January " + y;
        }
        if (ends_after) {
            if (!out_fr.empty()) {
                out_fr += " et ";
                out_en += " and ";
            }
            out_fr += "se termine " + std::to_string((*last - last_of_year).days()) +
                      " jour(s) après le 31 décembre " + y;
            out_en += "ends " + std::to_string((*last - last_of_year).days()) +
                      " day(s) after 31 December " + y;
        }
        diag.message_fr = "La période d'application de la convention (" + period_fr + ") " +
                          out_fr + ", année" + decision_fr +
                          " : les dépenses hors de cette année ne relèvent pas de la décision, et "
                          "le compte rendu financier se compte depuis la fin de l'exercice " +
                          y + ".";
        diag.message_en = "The convention's period of application (" + period_en + ") " + out_en +
                          ", the year" + decision_en +
                          ": expenses outside that year are not covered by the decision, and the "
                          "financial report is counted from the end of the " +
                          y + " financial year.";
    }
    cd::fact(diag, "period_start", cd::iso(p.start));
    cd::fact(diag, "period_end", cd::iso(*last));
    cd::fact(diag, "grant_year", y);
    if (!entirely_outside) {
        cd::fact(diag, "days_before_grant_year",
                 std::to_string(starts_before ? (first_day - p.start).days() : 0));
        cd::fact(diag, "days_after_grant_year",
                 std::to_string(ends_after ? (*last - last_of_year).days() : 0));
    }
    cd::other_place(diag, g.amount.source, year->grant.path + "/year");
    out.emit(std::move(diag));
}

/// CONV-PERIOD: the convention's period, in order and within the grant year.
inline constexpr BuiltinRule conv_period{"CONV-PERIOD", "Période de la convention",
                                         "Period of the convention", conv_period_basis,
                                         &check_conv_period};

} // namespace subvention::compliance::rules
