// SPDX-License-Identifier: Apache-2.0
// subvention — SETTLE-REPORT-LATE: the final report (« bilan final d'exécution », « compte rendu
// financier ») was sent after its deadline, or has not been sent when the deadline has passed
// at the date of the check.
//
// Deadline: settlement.hpp `report_deadline` — the delay the convention states from its end
// (seed art. 4 and 8: six months), else six months (loi 2000-321 art. 10; docs/legal-reference.md
// SUBV-COMPTE-RENDU), CPC art. 641, and the CPC art. 642 shift of a Saturday, Sunday or holiday
// as `CheckOptions::report_deadline_extension` chooses. Whether art. 642 applies to this
// deadline is UNCONFIRMED (docs/legal-reference.md DELAY-END-WORKDAY, DELAY-SEED-CRF):
//  - by default the stipulated date governs; a report sent after it but by the next working day
//    is late only on that reading: a warning that states it (the seed's 30/06/2024 is a Sunday:
//    sent 01/07/2024 → late by one day, unless art. 642 applies);
//  - with the option, the shift applies, and a report on time only thanks to it is an info that
//    states it.
// Error: late or missing on either reading — seed art. 12, the reimbursement of all sums paid
// may then be demanded.
#pragma once

#include <array>
#include <exception>
#include <optional>
#include <string>

#include <subvention/calendar.hpp>
#include <subvention/compliance/diagnostic.hpp>
#include <subvention/settlement.hpp>

#include "compliance/builtin_rule.hpp"

namespace subvention::compliance::rules {

inline constexpr std::array<LegalRef, 4> settle_report_late_basis{{
    {"loi 2000-321", "10",
     "the compte rendu financier paragraph, unchanged in the versions read (13 April 2000, 20 June "
     "2014)"},
    {"convention", "4, 8 et 12", "the convention of the dossier"},
    {"CPC", "641", "consolidated text of late 2015"},
    {"CPC", "642", "consolidated text of late 2015"},
}};

/// Retard ou absence du bilan final (SETTLE-REPORT-LATE): see the file comment.
inline void check_settle_report_late(const Context& ctx, Emitter& out) {
    const auto& d = ctx.dossier;
    if (!d.execution || !d.convention || !d.convention->period)
        return;
    const auto& report = d.execution->final_report;
    const Period covers = report && report->covers ? *report->covers : d.convention->period->value;
    Deadline deadline;
    try {
        deadline = report_deadline(*d.convention, covers, ctx.territory,
                                   ctx.options.report_deadline_extension);
    } catch (const std::exception&) {
        return; // special or out-of-range dates: CONV-PERIOD reports the period
    }
    const std::optional<Date> sent = report ? report->sent_on : std::nullopt;
    const std::string path = report ? "/execution/final_report/sent_on" : "/execution/final_report";
    Diagnostic diag;
    diag.location = Location{DocumentKind::dossier, "exécution", path, {}};
    fact(diag, "deadline_nominal", deadline.nominal);
    fact(diag, "deadline_effective", deadline.effective);
    if (!sent || sent->is_special()) {
        if (ctx.as_of <= deadline.effective)
            return; // not due yet
        diag.severity = Severity::error;
        diag.parts.push_back(Message("SETTLE-REPORT-LATE.missing")
                                 .arg("due", deadline.effective)
                                 .arg("as_of", ctx.as_of));
        fact(diag, "sent_on", "null", Unit::date);
        fact(diag, "as_of", ctx.as_of);
        out.emit(std::move(diag));
        return;
    }
    // The date the other reading of CPC art. 642 would give, when the stipulated one is kept.
    std::optional<Date> shifted;
    if (ctx.options.report_deadline_extension == Extension::none) {
        try {
            if (!is_working_day(deadline.nominal, ctx.territory))
                shifted = working_day_on_or_after(deadline.nominal, ctx.territory);
        } catch (const std::exception&) {
            shifted.reset(); // outside the holiday calendar: no other reading to give
        }
    }
    if (shifted && *sent > deadline.effective && *sent <= *shifted) {
        const auto late = (*sent - deadline.effective).days();
        diag.severity = Severity::warning;
        diag.parts.push_back(Message("SETTLE-REPORT-LATE.late_unless_shift")
                                 .arg("sent", *sent)
                                 .arg("days", late)
                                 .arg("due", deadline.effective)
                                 .arg("shifted", *shifted));
        diag.assumptions = {"report_deadline_not_extended"};
        fact(diag, "sent_on", *sent);
        fact(diag, "days_late", late, Unit::days);
        fact(diag, "deadline_if_extended", *shifted);
        out.emit(std::move(diag));
    } else if (*sent > deadline.effective) {
        const auto late = (*sent - deadline.effective).days();
        diag.severity = Severity::error;
        diag.parts.push_back(Message("SETTLE-REPORT-LATE.late")
                                 .arg("sent", *sent)
                                 .arg("days", late)
                                 .arg("due", deadline.effective));
        fact(diag, "sent_on", *sent);
        fact(diag, "days_late", late, Unit::days);
        out.emit(std::move(diag));
    } else if (*sent > deadline.nominal) {
        diag.severity = Severity::info;
        diag.parts.push_back(Message("SETTLE-REPORT-LATE.on_time_by_shift")
                                 .arg("sent", *sent)
                                 .arg("nominal", deadline.nominal)
                                 .arg("due", deadline.effective));
        diag.assumptions = {"report_deadline_shifts_to_working_day"};
        fact(diag, "sent_on", *sent);
        fact(diag, "days_late", 0, Unit::days);
        out.emit(std::move(diag));
    }
}

inline constexpr BuiltinRule settle_report_late{"SETTLE-REPORT-LATE", "Bilan final hors délai",
                                                "Final report late", settle_report_late_basis,
                                                &check_settle_report_late};

} // namespace subvention::compliance::rules
