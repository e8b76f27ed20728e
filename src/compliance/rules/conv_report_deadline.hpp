// SPDX-License-Identifier: Apache-2.0
// CONV-REPORT-DEADLINE — the final report's deadline (« bilan final », « compte rendu
// financier »): as the convention states it, as its own wording computes, and against the law.
//
// Computations (deadline.hpp, never by hand):
//  - each statement's wording (« dans les 6 mois suivant la date de fin de convention ») with
//    `deadlines::bilan_final_convention` given the stated delay and starting event (CPC art. 641;
//    contractual: no CPC art. 642 shift);
//  - the legal compte rendu financier, `deadlines::compte_rendu_financier`: six months after the
//    end of the financial year the subsidy is granted for (loi 2000-321 art. 10).
// Findings:
//  - a written date that its own wording does not give: error (the text contradicts itself);
//  - two statements fixing different dates: error, naming both places;
//  - a contractual date later than the legal one: warning — the compte rendu financier stays
//    due at the legal date; when the difference is only the CPC art. 642 shift of a Sunday legal
//    date, the lateness rests on an UNCONFIRMED point and says so;
//  - an earlier contractual date counted from another event than the law's (convention end vs
//    end of the financial year): info, saying that the starting events differ (docs/architecture.md
//    §3.3). Same dates from different events (the seed: 30/06/2024 both ways) are not reported.
#pragma once

#include <algorithm>
#include <array>
#include <exception>
#include <optional>
#include <string>
#include <vector>

#include "compliance/rules/convention_common.hpp"

namespace subvention::compliance::rules {

inline constexpr std::array<LegalRef, 2> conv_report_deadline_basis{{
    {"loi 2000-321", "10"},
    {"CPC", "641"},
}};

/// Contrôle de l'échéance du bilan final (CONV-REPORT-DEADLINE).
inline void check_conv_report_deadline(const Context& ctx, Emitter& out) {
    namespace cd = conv_detail;
    const auto statements = cd::report_deadlines(ctx);
    if (statements.empty())
        return;
    const auto legal = cd::legal_report(ctx);

    // 1. Each statement against its own wording.
    std::vector<bool> contradicts_itself(statements.size(), false);
    for (std::size_t i = 0; i < statements.size(); ++i) {
        const auto& r = statements[i];
        const auto& s = *r.statement;
        if (!r.failure.empty()) {
            Diagnostic diag;
            diag.severity = Severity::info;
            diag.location = at(s.source, r.path);
            diag.message_fr = "L'échéance du bilan final (" + cd::section_or_document(s.source) +
                              ") ne peut pas être calculée : " + r.failure + ".";
            diag.message_en = "The final report's deadline (" + cd::section_or_document(s.source) +
                              ") cannot be computed: " + r.failure + ".";
            cd::fact(diag, "reason", "not_computable");
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
        diag.message_fr =
            "L'échéance du bilan final écrite " + cd::at_fr(s.source) + " (" + cd::fr(*s.date) +
            ") ne correspond pas à son propre délai : " + ::subvention::to_string_fr(rule.delay) +
            " après la " + std::string(::subvention::label_fr(rule.from)) + " (" +
            cd::fr(*r.start) + ") mènent au " + cd::fr(r.computed->nominal) + " (CPC art. 641).";
        diag.message_en =
            "The final report's deadline written " + cd::at_en(s.source) + " (" + cd::iso(*s.date) +
            ") does not match its own delay: " + cd::iso_duration(rule.delay) + " after the " +
            std::string(to_string(rule.from)) + " (" + cd::iso(*r.start) + ") lead to " +
            cd::iso(r.computed->nominal) + " (CPC art. 641).";
        cd::fact(diag, "stated_date", cd::iso(*s.date));
        cd::fact(diag, "computed_date", cd::iso(r.computed->nominal));
        cd::fact(diag, "delay", cd::iso_duration(rule.delay));
        cd::fact(diag, "start_event", std::string(to_string(rule.from)));
        cd::fact(diag, "start_date", cd::iso(*r.start));
        out.emit(std::move(diag));
    }

    // 2. Statements against each other (those consistent with their own wording).
    const cd::ReportDeadline* reference = nullptr;
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
        diag.message_fr = "La convention fixe l'échéance du bilan final au " + cd::fr(*date) + " " +
                          cd::at_fr(s.source) + " et au " + cd::fr(ref_date) + " " +
                          cd::at_fr(rs.source) + " : les deux mentions se contredisent.";
        diag.message_en = "The convention sets the final report's deadline on " + cd::iso(*date) +
                          " " + cd::at_en(s.source) + " and on " + cd::iso(ref_date) + " " +
                          cd::at_en(rs.source) + ": the two statements contradict each other.";
        cd::fact(diag, "date", cd::iso(*date));
        cd::fact(diag, "other_date", cd::iso(ref_date));
        cd::other_place(diag, rs.source, reference->path);
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
        std::string events_fr;
        std::string events_en;
        if (other_event) {
            events_fr = " La convention compte son délai depuis la " +
                        std::string(::subvention::label_fr(s.rule->from)) + " (" +
                        cd::fr(*r.start) + "), la loi depuis la fin de l'exercice (" +
                        cd::fr(legal->start) + ").";
            events_en = " The convention counts its delay from the " +
                        std::string(to_string(s.rule->from)) + " (" + cd::iso(*r.start) +
                        "), the law from the end of the financial year (" + cd::iso(legal->start) +
                        ").";
        }
        Diagnostic diag;
        diag.location = at(s.source, r.path);
        if (*date > legal_date) {
            const bool shift_only = legal_shifted && *date <= *legal_shifted;
            diag.severity = Severity::warning;
            diag.message_fr =
                "L'échéance du bilan final fixée par la convention (" + cd::fr(*date) + ", " +
                cd::section_or_document(s.source) +
                ") est postérieure à celle du compte rendu financier exigé par la loi : six mois "
                "après la fin de l'exercice " +
                y + " pour lequel la subvention est attribuée, soit le " + cd::fr(legal_date) +
                " (loi 2000-321 art. 10)." + events_fr + " Le compte rendu financier reste dû au " +
                cd::fr(legal_date) + ".";
            diag.message_en =
                "The final report's deadline set by the convention (" + cd::iso(*date) + ", " +
                cd::section_or_document(s.source) +
                ") is later than that of the financial report the law requires: six months "
                "after the end of the " +
                y + " financial year the subsidy is granted for, i.e. " + cd::iso(legal_date) +
                " (loi 2000-321 art. 10)." + events_en + " The financial report remains due on " +
                cd::iso(legal_date) + ".";
            if (shift_only) {
                diag.message_fr += " L'écart tient seulement au report du " + cd::fr(legal_date) +
                                   " (" + std::string(weekday_name_fr(legal_date)) +
                                   ") au jour ouvré suivant (CPC art. 642), dont l'application "
                                   "au compte rendu financier n'est pas établie (point non "
                                   "confirmé).";
                diag.message_en += " The difference is only the shift of " + cd::iso(legal_date) +
                                   " to the next working day (CPC art. 642), whose application "
                                   "to the financial report is not established (unconfirmed).";
            }
            cd::fact(diag, "contractual_date", cd::iso(*date));
            cd::fact(diag, "legal_date", cd::iso(legal_date));
            if (shift_only) {
                cd::fact(diag, "legal_date_shifted", cd::iso(*legal_shifted));
                cd::fact(diag, "unconfirmed", "true");
            }
        } else if (other_event) {
            diag.severity = Severity::info;
            diag.message_fr = "L'échéance du bilan final fixée par la convention (" +
                              cd::fr(*date) + ", " + cd::section_or_document(s.source) +
                              ") précède celle du compte rendu financier exigé par la loi (" +
                              cd::fr(legal_date) + ", six mois après la fin de l'exercice " + y +
                              ", loi 2000-321 art. 10)." + events_fr +
                              " L'échéance conventionnelle, plus stricte, s'impose au "
                              "bénéficiaire.";
            diag.message_en = "The final report's deadline set by the convention (" +
                              cd::iso(*date) + ", " + cd::section_or_document(s.source) +
                              ") is earlier than that of the financial report the law requires (" +
                              cd::iso(legal_date) + ", six months after the end of the " + y +
                              " financial year, loi 2000-321 art. 10)." + events_en +
                              " The stricter contractual deadline binds the beneficiary.";
            cd::fact(diag, "contractual_date", cd::iso(*date));
            cd::fact(diag, "legal_date", cd::iso(legal_date));
        } else {
            continue;
        }
        if (other_event) {
            cd::fact(diag, "contractual_start_event", std::string(to_string(s.rule->from)));
            cd::fact(diag, "contractual_start", cd::iso(*r.start));
        }
        cd::fact(diag, "legal_start_event", std::string(to_string(StartEvent::financial_year_end)));
        cd::fact(diag, "legal_start", cd::iso(legal->start));
        cd::fact(diag, "grant_year", y);
        cd::other_place(diag, g.amount.source, legal->year.grant.path + "/year");
        out.emit(std::move(diag));
    }
}

/// CONV-REPORT-DEADLINE: the final report's deadline, as stated, as computed and by law.
inline constexpr BuiltinRule conv_report_deadline{
    "CONV-REPORT-DEADLINE", "Échéance du bilan final", "Final report deadline",
    conv_report_deadline_basis, &check_conv_report_deadline};

} // namespace subvention::compliance::rules
