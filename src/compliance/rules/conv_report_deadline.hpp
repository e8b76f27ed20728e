// SPDX-License-Identifier: Apache-2.0
// CONV-REPORT-DEADLINE — the final report's deadline (« bilan final », « compte rendu
// financier »): as the convention states it, as its own wording computes, and against the law.
//
// Computations (deadline.hpp, never by hand):
//  - each statement's wording (« dans les 6 mois suivant la date de fin de convention ») with
//    `deadlines::bilan_final_convention` given the stated delay and starting event (CPC art. 641;
//    contractual: no CPC art. 642 shift);
//  - the legal compte rendu financier, `deadlines::compte_rendu_financier`: for a subsidy
//    « affectée à une dépense déterminée », six months after the end of « l'exercice pour lequel
//    elle a été attribuée » (loi 2000-321 art. 10) — the beneficiary's exercise, which need not
//    be the calendar year: `Dossier::beneficiary_exercise_end` when stated, else 31 December of
//    the grant year. Each comparison with the law states what it assumes: the calendar year
//    (`beneficiary_exercise_is_calendar_year`) and, when the convention neither sets ceilings
//    per action nor defines eligible expenses, that the subsidy is earmarked
//    (`subsidy_earmarked`).
// Findings:
//  - a written date that its own wording does not give: error (the text contradicts itself);
//  - two statements fixing different dates: error, naming both places;
//  - a contractual date later than the legal one: warning — the compte rendu financier stays
//    due at the legal date. When the difference is only the CPC art. 642 shift of a legal date
//    falling on a non-working day, `CheckOptions::report_deadline_extension` decides (art. 642
//    is UNCONFIRMED for this deadline, docs/legal-reference.md DELAY-SEED-CRF): by default the
//    legal date is kept and the warning says under what reservation; with the option the shifted
//    date is the legal deadline and the contractual date is within it (nothing reported);
//  - an earlier contractual date counted from another event than the law's (convention end vs
//    end of the financial year): info, saying that the starting events differ (docs/architecture.md
//    §3.3). Same dates from different events (the seed: 30/06/2024 both ways) are not reported.
#pragma once

#include <algorithm>
#include <array>
#include <exception>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "compliance/rules/convention_common.hpp"

namespace subvention::compliance::rules {

inline constexpr std::array<LegalRef, 2> conv_report_deadline_basis{{
    {"loi 2000-321", "10",
     "the compte rendu financier paragraph, unchanged in the versions read (13 April 2000, 20 June "
     "2014)"},
    {"CPC", "641", "consolidated text of late 2015"},
}};

/// Contrôle de l'échéance du bilan final (CONV-REPORT-DEADLINE).
inline void check_conv_report_deadline(const Context& ctx, Emitter& out) {
    const auto statements = detail::report_deadlines(ctx);
    if (statements.empty())
        return;
    const auto legal = detail::legal_report(ctx);

    // 1. Each statement against its own wording.
    std::vector<bool> contradicts_itself(statements.size(), false);
    for (std::size_t i = 0; i < statements.size(); ++i) {
        const auto& r = statements[i];
        const auto& s = *r.statement;
        if (!r.failure.empty()) {
            Diagnostic diag;
            diag.severity = Severity::info;
            diag.location = at(s.source, r.path);
            diag.parts.push_back(Message("CONV-REPORT-DEADLINE.not_computable")
                                     .arg("section", detail::section_label(s.source))
                                     .arg("reason", r.failure));
            fact(diag, "reason", "not_computable", Unit::code);
            out.emit(std::move(diag));
            continue;
        }
        if (!s.date || s.date->is_special() || !r.computed || *s.date == r.computed->nominal)
            continue;
        contradicts_itself[i] = true;
        const auto& rule = *s.rule;
        Diagnostic diag;
        diag.severity = Severity::error;
        diag.location = at(s.source, r.path);
        diag.parts.push_back(Message("CONV-REPORT-DEADLINE.own_delay")
                                 .arg("where", detail::where_stated(s.source))
                                 .arg("stated", *s.date)
                                 .arg("delay", detail::delay(rule.delay))
                                 .arg("event", detail::event(rule.from))
                                 .arg("start", *r.start)
                                 .arg("computed", r.computed->nominal));
        fact(diag, "stated_date", *s.date);
        fact(diag, "computed_date", r.computed->nominal);
        fact(diag, "delay", detail::iso_duration(rule.delay), Unit::duration);
        fact(diag, "start_event", std::string(to_string(rule.from)), Unit::code);
        fact(diag, "start_date", *r.start);
        out.emit(std::move(diag));
    }

    // 2. Statements against each other (those consistent with their own wording).
    const detail::ReportDeadline* reference = nullptr;
    for (std::size_t i = 0; i < statements.size(); ++i) {
        const auto& r = statements[i];
        const auto date = r.date();
        if (!date || contradicts_itself[i])
            continue;
        if (reference == nullptr) {
            reference = &r;
            continue;
        }
        const Date ref_date = *reference->date();
        if (*date == ref_date)
            continue;
        const auto& s = *r.statement;
        const auto& rs = *reference->statement;
        Diagnostic diag;
        diag.severity = Severity::error;
        diag.location = at(s.source, r.path);
        diag.parts.push_back(Message("CONV-REPORT-DEADLINE.contradiction")
                                 .arg("date", *date)
                                 .arg("where", detail::where_stated(s.source))
                                 .arg("other_date", ref_date)
                                 .arg("other_where", detail::where_stated(rs.source)));
        fact(diag, "date", *date);
        fact(diag, "other_date", ref_date);
        detail::other_place(diag, rs.source, reference->path);
        out.emit(std::move(diag));
    }

    // 3. Against the legal compte rendu financier, once per distinct contractual date.
    if (!legal)
        return;
    const Date legal_date = legal->deadline.nominal;
    std::optional<Date> legal_shifted;
    try {
        legal_shifted = working_day_on_or_after(legal_date, ctx.territory);
    } catch (const std::exception&) {
        legal_shifted.reset(); // outside the holiday calendar's years
    }
    const GrantDecision& g = *legal->year.grant.grant;
    const std::string y = std::to_string(legal->year.year);
    const Message exercise =
        legal->exercise_stated
            ? Message("CONV-REPORT-DEADLINE.exercise_stated").arg("date", legal->start)
            : Message("CONV-REPORT-DEADLINE.exercise_calendar").arg("year", y);
    // What the comparison with the law assumes, said after the finding.
    auto reservations = [&](Diagnostic& diag) {
        if (!legal->earmarked_stated) {
            diag.parts.emplace_back("CONV-REPORT-DEADLINE.earmarked_assumed");
            diag.assumptions.emplace_back("subsidy_earmarked");
        }
        if (!legal->exercise_stated) {
            diag.parts.emplace_back("CONV-REPORT-DEADLINE.calendar_assumed");
            diag.assumptions.emplace_back("beneficiary_exercise_is_calendar_year");
        }
    };
    std::vector<Date> seen;
    for (const auto& r : statements) {
        const auto date = r.date();
        if (!date || *date == legal_date)
            continue;
        if (std::find(seen.begin(), seen.end(), *date) != seen.end())
            continue;
        seen.push_back(*date);
        const auto& s = *r.statement;
        const bool other_event =
            s.rule && s.rule->from != StartEvent::financial_year_end && r.start.has_value();
        std::vector<Message> events;
        if (other_event)
            events.push_back(Message("CONV-REPORT-DEADLINE.other_event")
                                 .arg("event", detail::event(s.rule->from))
                                 .arg("start", *r.start)
                                 .arg("legal_start", legal->start));
        Diagnostic diag;
        diag.location = at(s.source, r.path);
        if (*date > legal_date) {
            const bool shift_only = legal_shifted && *date <= *legal_shifted;
            if (shift_only && ctx.options.report_deadline_extension == Extension::next_working_day)
                continue; // within the legal deadline as art. 642 moves it
            diag.severity = Severity::warning;
            diag.parts.push_back(Message("CONV-REPORT-DEADLINE.later")
                                     .arg("date", *date)
                                     .arg("section", detail::section_label(s.source))
                                     .arg("exercise", exercise)
                                     .arg("legal_date", legal_date)
                                     .arg("events", std::move(events)));
            if (shift_only) {
                diag.parts.push_back(
                    Message("CONV-REPORT-DEADLINE.shift_only")
                        .arg("legal_day", Message("CONV-REPORT-DEADLINE.legal_day")
                                              .arg("date", legal_date)
                                              .arg("weekday", detail::weekday(legal_date))));
                diag.assumptions = {"crf_deadline_not_extended"};
            }
            reservations(diag);
            fact(diag, "contractual_date", *date);
            fact(diag, "legal_date", legal_date);
            if (shift_only) {
                fact(diag, "legal_date_shifted", *legal_shifted);
                fact(diag, "unconfirmed", true);
            }
        } else if (other_event) {
            diag.severity = Severity::info;
            diag.parts.push_back(Message("CONV-REPORT-DEADLINE.earlier")
                                     .arg("date", *date)
                                     .arg("section", detail::section_label(s.source))
                                     .arg("legal_date", legal_date)
                                     .arg("exercise", exercise)
                                     .arg("events", std::move(events)));
            reservations(diag);
            fact(diag, "contractual_date", *date);
            fact(diag, "legal_date", legal_date);
        } else {
            continue;
        }
        if (other_event) {
            fact(diag, "contractual_start_event", std::string(to_string(s.rule->from)), Unit::code);
            fact(diag, "contractual_start", *r.start);
        }
        fact(diag, "legal_start_event", std::string(to_string(StartEvent::financial_year_end)),
             Unit::code);
        fact(diag, "legal_start", legal->start);
        fact(diag, "grant_year", legal->year.year);
        if (legal->exercise_stated)
            fact(diag, "beneficiary_exercise_end", legal->start);
        detail::other_place(diag, g.amount.source, legal->year.grant.path + "/year");
        out.emit(std::move(diag));
    }
}

/// CONV-REPORT-DEADLINE: the final report's deadline, as stated, as computed and by law.
inline constexpr BuiltinRule conv_report_deadline{
    "CONV-REPORT-DEADLINE", "Échéance du bilan final", "Final report deadline",
    conv_report_deadline_basis, &check_conv_report_deadline};

} // namespace subvention::compliance::rules
