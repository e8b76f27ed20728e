// SPDX-License-Identifier: Apache-2.0
// subvention — the final report's deadlines of a dossier, as the checker computes them: each
// deadline the convention states (a date, or a delay from an event the dossier dates) and the
// legal compte rendu financier (loi 2000-321 art. 10). For software that schedules reminders
// without choosing the start date and the rule itself. Compiled in subvention::compliance.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <subvention/compliance/rule.hpp>
#include <subvention/date.hpp>
#include <subvention/deadline.hpp>
#include <subvention/dossier.hpp>
#include <subvention/export.hpp>

namespace subvention::compliance {

/// One statement of the final report's deadline in the convention
/// (`/convention/obligations/final_report/deadlines/<i>`).
struct StatedReportDeadline {
    std::string path{};            ///< JSON pointer of the statement
    std::optional<Date> written{}; ///< the date the text writes, if it writes one
    std::optional<Deadline>
        computed;          ///< the stated delay from its event, when the dossier dates it
    std::string failure{}; ///< why the stated delay could not be computed (French)
    /// The date this statement fixes: as written, else as computed.
    [[nodiscard]] std::optional<Date> date() const {
        return written ? written : computed ? std::optional<Date>(computed->nominal) : std::nullopt;
    }
};

/// The legal compte rendu financier: six months after the end of the exercise for which the
/// subsidy was granted, when it is « affectée à une dépense déterminée » (loi 2000-321 art. 10).
struct LegalReportDeadline {
    int grant_year = 0;
    Date exercise_end{};           ///< stated, else 31 December of the grant year
    Deadline deadline{};           ///< six months from `exercise_end`
    bool exercise_stated = false;  ///< false: the calendar year is assumed
    bool earmarked_stated = false; ///< false: that the subsidy is earmarked is assumed
};

/// Every final-report deadline of a dossier.
struct FinalReportDeadlines {
    std::vector<StatedReportDeadline> stated{};
    std::optional<LegalReportDeadline> legal{}; ///< nullopt: no grant year in the dossier
    Territory territory = Territory::metropole; ///< whose holidays the computations used
    /// The earliest date among them: by then the report is on time under every statement.
    [[nodiscard]] std::optional<Date> due() const {
        std::optional<Date> first;
        for (const auto& s : stated)
            if (const auto d = s.date(); d && (!first || *d < *first))
                first = d;
        if (legal && (!first || legal->deadline.nominal < *first))
            first = legal->deadline.nominal;
        return first;
    }
};

/// The final report's deadlines of `dossier`, computed as `check()` does with `options`
/// (territory, `report_deadline_extension` is not applied: nominal dates, see CheckOptions).
[[nodiscard]] SUBVENTION_API FinalReportDeadlines
final_report_deadlines(const Dossier& dossier, const CheckOptions& options = {});

} // namespace subvention::compliance
