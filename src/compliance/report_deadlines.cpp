// SPDX-License-Identifier: Apache-2.0
// subvention::compliance — final_report_deadlines: the computations CONV-REPORT-DEADLINE makes,
// offered to callers (report_deadlines.hpp).

#include <subvention/compliance/checker.hpp>
#include <subvention/compliance/report_deadlines.hpp>

#include "compliance/check_cache.hpp"
#include "compliance/rules/convention_common.hpp"

namespace subvention::compliance {

FinalReportDeadlines final_report_deadlines(const Dossier& dossier, const CheckOptions& options) {
    FinalReportDeadlines out;
    const Resolved r = resolve(dossier, options);
    out.territory = r.territory;
    detail::CheckCache cache;
    const Context ctx{dossier, options, r.as_of, r.territory, &cache};
    for (const auto& s : rules::detail::report_deadlines(ctx)) {
        StatedReportDeadline d;
        d.path = s.path;
        if (s.statement->date && !s.statement->date->is_special())
            d.written = s.statement->date;
        d.computed = s.computed;
        d.failure = s.failure;
        out.stated.push_back(std::move(d));
    }
    if (const auto legal = rules::detail::legal_report(ctx))
        out.legal = LegalReportDeadline{legal->year.year, legal->start, legal->deadline,
                                        legal->exercise_stated, legal->earmarked_stated};
    return out;
}

} // namespace subvention::compliance
