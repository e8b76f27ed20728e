// SPDX-License-Identifier: Apache-2.0
// subvention — the beneficiary's final report (« bilan final d'exécution », « compte rendu
// financier »): what the seed convention's article 8 asks for (a quantitative and qualitative
// report, the description of how the action was carried out, the list of the expenses
// incurred), the resources actually received, and the date it was sent.
//
// Each expense is assessed for eligibility (« éligibilité des dépenses ») against the convention:
// an expense outside the convention's period (seed art. 4 and 5: « dépenses réalisées pendant la
// période »), not linked to an action of the convention (art. 2 and 6), not a positive amount,
// a contribution in kind (account 86 is not money spent) or rejected at the « contrôle de service
// fait » (art. 5) is ineligible, each with its reason. Sources: loi 2000-321 art. 10 (compte rendu
// financier, docs/legal-reference.md SUBV-COMPTE-RENDU); CERFA n° 15059; seed convention art. 5
// and 8.
#pragma once

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <subvention/budget_plan.hpp>
#include <subvention/convention.hpp>
#include <subvention/date.hpp>
#include <subvention/money.hpp>

namespace subvention {

/// An expense incurred (« dépense réalisée »), as listed by the report.
struct Expense {
    Date date{};                            ///< date of the expense (invoice or payment)
    Euros amount{};                         ///< amount counted for the action
    std::string label{};                    ///< « Salaire chargée de mission, mars 2023 »
    std::optional<std::size_t> action{};    ///< index (0-based) of the convention's action
    std::optional<ChargeAccount> account{}; ///< CERFA account, when the report gives it
    /// Rejected by the département's agents at the contrôle de service fait (seed art. 5), with
    /// their reason as written; nullopt when not rejected.
    std::optional<std::string> rejection{};
    friend bool operator==(const Expense&, const Expense&) = default;
};

/// A resource actually received for an action (« ressource effectivement perçue »).
struct ReceivedResource {
    ResourceAccount account = ResourceAccount::subventions_exploitation;
    std::string label{}; ///< funder or nature (« Région Hauts-de-France »)
    Euros amount{};
    std::optional<std::size_t> action{}; ///< index of the action; nullopt: the whole operation
    bool departement_share = false;      ///< the grant this convention settles (not counted as
                                         ///< another resource in the deficit)
    friend bool operator==(const ReceivedResource&, const ReceivedResource&) = default;
};

/// An indicator of the quantitative report (« indicateur »): as printed.
struct ReportIndicator {
    std::string label{};
    std::string planned{};  ///< « 40 structures accompagnées »
    std::string achieved{}; ///< « 37 »
    friend bool operator==(const ReportIndicator&, const ReportIndicator&) = default;
};

/// Le bilan final d'exécution / compte rendu financier.
struct FinalReport {
    /// Date the report was sent (« date de transmission »); nullopt: not sent (yet).
    std::optional<Date> sent_on{};
    /// Period the report covers (a multi-year convention: one report per year); nullopt: the
    /// convention's whole period.
    std::optional<Period> covers{};
    std::string qualitative{};                 ///< bilan qualitatif, conditions de réalisation
    std::vector<ReportIndicator> indicators{}; ///< bilan quantitatif
    std::string practices{};                   ///< descriptif ESS (seed art. 8, 2nd piece)
    std::vector<Expense> expenses{};           ///< liste des dépenses réalisées
    std::vector<ReceivedResource> resources{}; ///< ressources perçues
    std::vector<BudgetActual> actuals{};       ///< budget réalisé per action, CERFA 15059 layout
    friend bool operator==(const FinalReport&, const FinalReport&) = default;
};

/// Why an expense is ineligible (« motif d'inéligibilité »).
enum class Ineligibility {
    before_period,  ///< dated before the convention's first day (seed art. 4)
    after_period,   ///< dated after its last day (or on it when the end is exclusive)
    no_action,      ///< not linked to an action
    unknown_action, ///< linked to an action the convention does not have
    not_positive,   ///< zero or negative amount
    in_kind,        ///< account 86: a contribution in kind is not money spent
    rejected,       ///< rejected at the contrôle de service fait (seed art. 5)
};

/// Stable name (« after_period »).
[[nodiscard]] constexpr std::string_view to_string(Ineligibility r) noexcept {
    switch (r) {
    case Ineligibility::before_period:
        return "before_period";
    case Ineligibility::after_period:
        return "after_period";
    case Ineligibility::no_action:
        return "no_action";
    case Ineligibility::unknown_action:
        return "unknown_action";
    case Ineligibility::not_positive:
        return "not_positive";
    case Ineligibility::in_kind:
        return "in_kind";
    case Ineligibility::rejected:
        return "rejected";
    }
    return "rejected";
}

/// French wording of a reason (« antérieure au début de la période de la convention »).
[[nodiscard]] constexpr std::string_view label_fr(Ineligibility r) noexcept {
    switch (r) {
    case Ineligibility::before_period:
        return "antérieure au début de la période de la convention";
    case Ineligibility::after_period:
        return "postérieure à la fin de la période de la convention";
    case Ineligibility::no_action:
        return "rattachée à aucune action";
    case Ineligibility::unknown_action:
        return "rattachée à une action absente de la convention";
    case Ineligibility::not_positive:
        return "montant nul ou négatif";
    case Ineligibility::in_kind:
        return "contribution volontaire en nature (compte 86), non décaissée";
    case Ineligibility::rejected:
        return "rejetée au contrôle de service fait";
    }
    return "rejetée au contrôle de service fait";
}

/// The assessment of one expense line (« examen d'une dépense »).
struct ExpenseAssessment {
    std::size_t line = 0;                 ///< index in `FinalReport::expenses`
    std::vector<Ineligibility> reasons{}; ///< empty: eligible
    [[nodiscard]] bool eligible() const noexcept { return reasons.empty(); }
    friend bool operator==(const ExpenseAssessment&, const ExpenseAssessment&) = default;
};

/// Whether `d` lies in the period (first day included; last day included when `end_inclusive`).
[[nodiscard]] inline bool within(const Period& p, Date d) noexcept {
    if (d < p.start)
        return false;
    return p.end_inclusive ? d <= p.end : d < p.end;
}

/// Assesses one expense against a period and a number of actions (see the file comment).
[[nodiscard]] inline std::vector<Ineligibility> assess_expense(const Expense& e, const Period& p,
                                                               std::size_t action_count) {
    std::vector<Ineligibility> out;
    if (e.date.is_special() || e.date < p.start)
        out.push_back(Ineligibility::before_period);
    else if (!within(p, e.date))
        out.push_back(Ineligibility::after_period);
    if (!e.action)
        out.push_back(Ineligibility::no_action);
    else if (*e.action >= action_count)
        out.push_back(Ineligibility::unknown_action);
    if (e.amount <= Euros{})
        out.push_back(Ineligibility::not_positive);
    if (e.account && in_kind(*e.account))
        out.push_back(Ineligibility::in_kind);
    if (e.rejection)
        out.push_back(Ineligibility::rejected);
    return out;
}

/// Assesses every expense of the report, in order, against `p` (the report's `covers` when it
/// has one is the caller's choice) and the convention's number of actions.
[[nodiscard]] inline std::vector<ExpenseAssessment>
assess_expenses(const FinalReport& r, const Period& p, std::size_t action_count) {
    std::vector<ExpenseAssessment> out;
    out.reserve(r.expenses.size());
    for (std::size_t i = 0; i < r.expenses.size(); ++i)
        out.push_back(ExpenseAssessment{i, assess_expense(r.expenses[i], p, action_count)});
    return out;
}

} // namespace subvention
