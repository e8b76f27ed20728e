// subvention — the compliance checker: runs the rule catalogue on a dossier and returns every
// diagnostic, in a deterministic order (severity, then catalogue order, then emission order).
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <stdexcept>
#include <string>
#include <vector>

#include <subvention/compliance/diagnostic.hpp>
#include <subvention/compliance/rule.hpp>
#include <subvention/compliance/rules/amounts.hpp>
#include <subvention/compliance/rules/assembly.hpp>
#include <subvention/compliance/rules/convention.hpp>
#include <subvention/compliance/rules/dossier_documents.hpp>
#include <subvention/compliance/rules/execution.hpp>
#include <subvention/compliance/rules/formal.hpp>

namespace subvention::compliance {

namespace detail {
template <std::size_t... N>
constexpr auto concat(const std::array<Rule, N>&... groups) {
    std::array<Rule, (N + ...)> out{};
    std::size_t i = 0;
    ((std::copy(groups.begin(), groups.end(), out.begin() + static_cast<std::ptrdiff_t>(i)),
      i += N),
     ...);
    return out;
}
} // namespace detail

/// The rule catalogue, in output order. IDs are stable public API.
inline constexpr auto catalogue =
    detail::concat(rules::dossier_rules, rules::assembly_rules, rules::amounts_rules,
                   rules::convention_rules, rules::formal_rules, rules::execution_rules());

/// The rule with this ID, or nullptr.
[[nodiscard]] constexpr const Rule* find_rule(std::string_view id) noexcept {
    for (const auto& r : catalogue)
        if (r.id == id)
            return &r;
    return nullptr;
}

/// Counts per severity (« bilan »).
struct Summary {
    std::size_t error = 0;
    std::size_t warning = 0;
    std::size_t info = 0;
    friend bool operator==(const Summary&, const Summary&) = default;
};

/// The outcome of a check.
struct Report {
    std::vector<Diagnostic> diagnostics;
    Summary summary;
    Date as_of;
    Territory territory = Territory::metropole;
    [[nodiscard]] bool has_errors() const noexcept { return summary.error > 0; }
};

/// The date of the act the law is evaluated at: the deliberation's meeting, else the
/// convention's signature, else the start of its period; nullopt when the dossier has none.
[[nodiscard]] inline std::optional<Date> act_date(const Dossier& d) {
    if (d.deliberation && !d.deliberation->meeting_date.value.is_special())
        return d.deliberation->meeting_date.value;
    if (d.rapport && !d.rapport->meeting_date.value.is_special())
        return d.rapport->meeting_date.value;
    if (d.convention) {
        if (d.convention->signature.date.value && !d.convention->signature.date.value->is_special())
            return *d.convention->signature.date.value;
        if (d.convention->period && !d.convention->period->value.start.is_special())
            return d.convention->period->value.start;
    }
    return std::nullopt;
}

/// Runs the catalogue (or `options.rules`) on `dossier`. Content problems are diagnostics,
/// never exceptions; an unknown rule ID in `options.rules` is misuse (std::invalid_argument).
[[nodiscard]] inline Report check(const Dossier& dossier, const CheckOptions& options = {}) {
    for (const auto& id : options.rules)
        if (find_rule(id) == nullptr)
            throw std::invalid_argument("subvention: règle inconnue « " + id + " »");

    Report report;
    report.as_of = options.as_of
                       ? *options.as_of
                       : act_date(dossier).value_or(boost::gregorian::day_clock::local_day());
    std::string departement;
    if (dossier.deliberation)
        departement = dossier.deliberation->collectivite.departement_code;
    else if (dossier.rapport)
        departement = dossier.rapport->collectivite.departement_code;
    else if (dossier.convention)
        departement = dossier.convention->grantor.departement_code;
    report.territory = options.territory
                           ? *options.territory
                           : territory_of_departement(departement).value_or(Territory::metropole);

    const Context ctx{dossier, options, report.as_of, report.territory};
    for (const auto& rule : catalogue) {
        if (!options.rules.empty() &&
            std::find(options.rules.begin(), options.rules.end(), rule.id) == options.rules.end())
            continue;
        Emitter emitter(rule.id, rule.legal_basis, report.diagnostics);
        rule.check(ctx, emitter);
    }
    std::stable_sort(report.diagnostics.begin(), report.diagnostics.end(),
                     [](const Diagnostic& a, const Diagnostic& b) {
                         return static_cast<int>(a.severity) < static_cast<int>(b.severity);
                     });
    for (const auto& d : report.diagnostics) {
        switch (d.severity) {
        case Severity::error:
            ++report.summary.error;
            break;
        case Severity::warning:
            ++report.summary.warning;
            break;
        case Severity::info:
            ++report.summary.info;
            break;
        }
    }
    return report;
}

} // namespace subvention::compliance
