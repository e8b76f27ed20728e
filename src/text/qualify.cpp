// SPDX-License-Identifier: Apache-2.0
// subvention::text — the findings of a check qualified by what the extraction did not read: a
// fact the extractor missed is not a fact the act lacks (« non vérifiable », never a false
// error).
#include <algorithm>
#include <array>
#include <string>
#include <string_view>

#include <subvention/text/extract.hpp>

#include "extract_internal.hpp"

namespace subvention::text {
namespace {

using compliance::Diagnostic;
using compliance::Severity;
using detail::same_or_nested;

/// The attendance, quorum and vote rules compare the tally with the lists: any of them read in
/// part leaves them without ground.
bool rests_on_attendance(std::string_view rule) {
    return rule.starts_with("VOTE-") || rule.starts_with("COI-");
}

bool about_attendance(std::string_view path) {
    for (const std::string_view p : {"/deliberation/attendance", "/deliberation/tally",
                                     "/deliberation/outcome", "/deliberation/interest_statements"})
        if (same_or_nested(path, p))
            return true;
    return false;
}

} // namespace

void qualify(compliance::Report& report, std::span<const Diagnostic> extraction) {
    bool changed = false;
    for (auto& d : report.diagnostics) {
        if (d.severity == Severity::info)
            continue;
        const auto cause =
            std::find_if(extraction.begin(), extraction.end(), [&](const Diagnostic& x) {
                // An absent document is a fact of the dossier, which the checker reports itself.
                if (x.rule == "EXTRACT-DOCUMENT-ABSENT" || x.location.path.empty())
                    return false;
                return same_or_nested(d.location.path, x.location.path) ||
                       (rests_on_attendance(d.rule) && about_attendance(x.location.path));
            });
        if (cause == extraction.end())
            continue;
        const Severity was = d.severity;
        d.parts.insert(d.parts.begin(),
                       compliance::Message(was == Severity::error ? "phrase.unverifiable.error"
                                                                  : "phrase.unverifiable.warning")
                           .arg("finding", cause->rule));
        d.message_fr.clear();
        d.message_en.clear();
        d.render_messages();
        d.severity = Severity::info;
        d.facts.emplace_back("unverified_because", cause->rule, compliance::Unit::text);
        d.facts.emplace_back("severity_if_confirmed", std::string(to_string(was)),
                             compliance::Unit::text);
        d.assumptions.emplace_back("extraction_may_have_missed_the_fact");
        changed = true;
    }
    if (!changed)
        return;
    std::stable_sort(report.diagnostics.begin(), report.diagnostics.end(),
                     [](const Diagnostic& a, const Diagnostic& b) {
                         return static_cast<int>(a.severity) < static_cast<int>(b.severity);
                     });
    report.summary = {};
    for (const auto& d : report.diagnostics)
        ++(d.severity == Severity::error     ? report.summary.error
           : d.severity == Severity::warning ? report.summary.warning
                                             : report.summary.info);
}

} // namespace subvention::text
