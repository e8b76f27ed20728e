// SPDX-License-Identifier: Apache-2.0
// subvention — settling a convention (« calcul du solde », « liquidation de la subvention »):
// from the ceilings of the convention, the payments made and the final report, the final grant
// (« montant définitif de l'aide »), the balance to pay (« solde à verser ») or the amount to
// recover (« reversement », « titre de perception »), per action and in total, with every step
// shown as data AND as French text.
//
// Sources:
//  - seed convention art. 6: « L'intervention du Conseil départemental est plafonnée au montant
//    indiqué ci-dessus. Après établissement du contrôle de service fait, elle peut être diminuée
//    en fonction des dépenses effectivement réalisées et des ressources effectivement reçues »;
//    art. 7: « le montant maximal de la participation ne pourra être supérieur au total prévu à
//    l'article 6 » → the grant never exceeds an action's ceiling, nor their total;
//  - seed convention art. 12: total recovery may be demanded if the final report is not produced
//    six months after the end of the convention; unused sums are repaid; repayment at the latest
//    within the month following receipt of the titre de perception (DELAY-CONVENTION-OTHER);
//  - loi 2000-321 art. 10 (docs/legal-reference.md SUBV-COMPTE-RENDU): the compte rendu financier
//  is due within
//    six months after the end of the financial year;
//  - CPC art. 641 (months) and 642 (a deadline ending on a Saturday, Sunday or holiday moves to
//    the next working day). Whether 642 applies to the contractual report deadline is UNCONFIRMED
//    (docs/legal-reference.md DELAY-END-WORKDAY, DELAY-SEED-CRF): it is the explicit
//    `report_extension` of the policy (default: not applied, as in the compliance checks), and
//    the deadline's reasons say so.
//
// Money is exact: amounts are whole cents (`Euros`), ratios are exact rationals (`Rate`,
// cpp_rational); the reduced grant of an action is kept as an exact number of cents and rounded
// once, with the rounding mode AND the rounding point (per action, or once on the total) that the
// caller names — neither has a default (docs/architecture.md §3.1).
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <subvention/calendar.hpp>
#include <subvention/convention.hpp>
#include <subvention/date.hpp>
#include <subvention/deadline.hpp>
#include <subvention/execution.hpp>
#include <subvention/final_report.hpp>
#include <subvention/money.hpp>
#include <subvention/rate.hpp>
#include <subvention/result.hpp>

namespace subvention {

// ---------------------------------------------------------------------------------------------
// Policy

/// Where the exact amounts are rounded to the cent (« point d'arrondi »).
enum class RoundingPoint {
    per_action, ///< each action's grant is rounded, the total is the sum of the rounded grants
    on_total,   ///< the actions' exact grants are added, the total is rounded once
};

/// Stable name (« per_action », « on_total »).
[[nodiscard]] constexpr std::string_view to_string(RoundingPoint p) noexcept {
    return p == RoundingPoint::per_action ? "per_action" : "on_total";
}

/// French label (« par action », « sur le total »).
[[nodiscard]] constexpr std::string_view label_fr(RoundingPoint p) noexcept {
    return p == RoundingPoint::per_action ? "par action" : "sur le total";
}

/// Reads « per_action » / « per-action » / « on_total » / « on-total » / « total ».
[[nodiscard]] inline Result<RoundingPoint> parse_rounding_point(std::string_view text) {
    const std::string_view t = detail::trim_spaces(text);
    if (t.empty())
        return make_error(ErrorKind::empty, "point d'arrondi", text, "le point d'arrondi est vide");
    if (t == "per_action" || t == "per-action")
        return RoundingPoint::per_action;
    if (t == "on_total" || t == "on-total" || t == "total")
        return RoundingPoint::on_total;
    return make_error(ErrorKind::component, "point d'arrondi", text,
                      "point d'arrondi inconnu (attendu : per_action ou on_total)");
}

/// Reads a rounding mode by its stable name (« half_up », « half-even »…).
[[nodiscard]] inline Result<Rounding> parse_rounding(std::string_view text) {
    std::string t(detail::trim_spaces(text));
    std::replace(t.begin(), t.end(), '-', '_');
    if (t.empty())
        return make_error(ErrorKind::empty, "arrondi", text, "le mode d'arrondi est vide");
    for (const auto r : {Rounding::down, Rounding::up, Rounding::half_up, Rounding::half_even,
                         Rounding::toward_zero})
        if (t == to_string(r))
            return r;
    return make_error(ErrorKind::component, "arrondi", text,
                      "mode d'arrondi inconnu (attendu : down, up, half_up, half_even ou "
                      "toward_zero)");
}

/// French label of a rounding mode, for the step-by-step text.
[[nodiscard]] constexpr std::string_view label_fr(Rounding r) noexcept {
    switch (r) {
    case Rounding::down:
        return "par défaut (vers −∞)";
    case Rounding::up:
        return "par excès (vers +∞)";
    case Rounding::half_up:
        return "au plus proche, demi-centime arrondi en s'éloignant de zéro";
    case Rounding::half_even:
        return "au plus proche, demi-centime vers le centime pair";
    case Rounding::toward_zero:
        return "par troncature (vers zéro)";
    }
    return "par défaut (vers −∞)";
}

/// The named settlement rules a policy combines (« règles de calcul du solde »).
enum class SettlementRule {
    /// « Réduction proportionnelle »: when the eligible expenses E of an action fall short of the
    /// charges F of its budget prévisionnel, its grant is ceiling × E / F (never above the
    /// ceiling: spending more does not increase it). Seed convention art. 6 (« diminuée en
    /// fonction des dépenses effectivement réalisées »).
    proportional_reduction,
    /// « Plafonnement au déficit réel »: the grant of an action never exceeds its actual deficit,
    /// eligible expenses minus the other resources actually received for it (the grant does not
    /// finance a surplus). Seed convention art. 6 (« … et des ressources effectivement reçues »).
    deficit_cap,
    /// « Tolérance de sous-réalisation »: no proportional reduction while E ≥ F × (1 − tolerance),
    /// the tolerance being the one the convention sets (e.g. 10 % of under-spending kept).
    tolerance,
};

/// Stable name (« proportional », « deficit-cap », « tolerance »), as the CLI accepts it.
[[nodiscard]] constexpr std::string_view to_string(SettlementRule r) noexcept {
    switch (r) {
    case SettlementRule::proportional_reduction:
        return "proportional";
    case SettlementRule::deficit_cap:
        return "deficit-cap";
    case SettlementRule::tolerance:
        return "tolerance";
    }
    return "proportional";
}

/// How to settle (« paramètres du calcul du solde »). The rounding mode and the rounding point
/// have no default: the constructor requires both.
struct SettlementPolicy {
    SettlementPolicy(Rounding mode, RoundingPoint point) noexcept
        : rounding(mode)
        , rounding_point(point) {}

    Rounding rounding{};            ///< mode d'arrondi
    RoundingPoint rounding_point{}; ///< point d'arrondi
    /// SettlementRule::proportional_reduction.
    bool proportional_reduction = false;
    /// SettlementRule::deficit_cap.
    bool deficit_cap = false;
    /// SettlementRule::tolerance, as the convention sets it (10 % → Rate::from_percent(10));
    /// only meaningful with `proportional_reduction`. nullopt: no tolerance.
    std::optional<Rate> tolerance{};
    /// Whose holidays count for the report deadline.
    Territory territory = Territory::metropole;
    /// Whether the report deadline ending on a non-working day moves to the next working day
    /// (CPC art. 642). UNCONFIRMED for a contractual deadline (DELAY-END-WORKDAY): the default
    /// is the one of `compliance::CheckOptions::report_deadline_extension`, `Extension::none`
    /// (the stipulated date governs; see there why), and the deadline's reasons state the other
    /// date.
    Extension report_extension = Extension::none;
    friend bool operator==(const SettlementPolicy&, const SettlementPolicy&) = default;
};

// ---------------------------------------------------------------------------------------------
// Result

/// What a step of the calculation is (« étape du calcul »).
enum class StepKind {
    ceiling,                ///< the action's ceiling (convention art. 6)
    expenses,               ///< declared / eligible / ineligible expenses of the action
    ineligible_expense,     ///< one ineligible expense line, with its reasons
    forecast,               ///< the action's forecast charges
    achievement,            ///< eligible / forecast (« taux de réalisation »)
    tolerance,              ///< tolerance applied or exceeded
    proportional_reduction, ///< ceiling × eligible / forecast
    deficit_cap,            ///< capped at the actual deficit
    rounding,               ///< exact cents → whole cents
    action_grant,           ///< the action's final grant
    final_grant,            ///< the total final grant
    payments,               ///< payments made
    balance,                ///< balance to pay
    recovery,               ///< amount to recover
    report_deadline,        ///< the report's deadline and whether it was met
    recovery_ground,        ///< a legal ground of recovery
    recovery_deadline,      ///< the repayment deadline
};

/// Stable name (« proportional_reduction »).
[[nodiscard]] constexpr std::string_view to_string(StepKind k) noexcept {
    switch (k) {
    case StepKind::ceiling:
        return "ceiling";
    case StepKind::expenses:
        return "expenses";
    case StepKind::ineligible_expense:
        return "ineligible_expense";
    case StepKind::forecast:
        return "forecast";
    case StepKind::achievement:
        return "achievement";
    case StepKind::tolerance:
        return "tolerance";
    case StepKind::proportional_reduction:
        return "proportional_reduction";
    case StepKind::deficit_cap:
        return "deficit_cap";
    case StepKind::rounding:
        return "rounding";
    case StepKind::action_grant:
        return "action_grant";
    case StepKind::final_grant:
        return "final_grant";
    case StepKind::payments:
        return "payments";
    case StepKind::balance:
        return "balance";
    case StepKind::recovery:
        return "recovery";
    case StepKind::report_deadline:
        return "report_deadline";
    case StepKind::recovery_ground:
        return "recovery_ground";
    case StepKind::recovery_deadline:
        return "recovery_deadline";
    }
    return "ceiling";
}

/// One step of the calculation: as data (kind, action, amount, exact value, rate) and as a
/// French sentence.
struct SettlementStep {
    StepKind kind = StepKind::ceiling;
    std::optional<std::size_t> action{};   ///< index of the action; nullopt: the total
    std::optional<Euros> amount{};         ///< the whole-cent amount the step yields
    std::optional<Rate::rational> exact{}; ///< exact cents before rounding, when not whole
    std::optional<Rate> rate{};            ///< the ratio the step uses
    std::string text_fr{};
    friend bool operator==(const SettlementStep&, const SettlementStep&) = default;
};

/// The settlement of one action (« solde par action »).
struct ActionSettlement {
    std::size_t action = 0;
    std::string label{};                     ///< « action 2 « Accompagnements … » »
    Euros ceiling{};                         ///< plafond (convention art. 6)
    Euros declared{};                        ///< dépenses déclarées rattachées à l'action
    Euros eligible{};                        ///< dépenses éligibles
    Euros ineligible{};                      ///< dépenses inéligibles rattachées à l'action
    std::optional<Euros> forecast_charges{}; ///< charges du budget prévisionnel (60–68)
    std::optional<Rate> achievement{};       ///< eligible / forecast
    bool within_tolerance = false;           ///< under-spending kept by the tolerance
    std::optional<Euros> other_resources{};  ///< ressources reçues hors Département (deficit cap)
    std::optional<Euros> deficit{};          ///< eligible − other resources, floored at 0
    Rate::rational exact_grant{};            ///< exact cents, before rounding
    std::optional<Euros> grant{};            ///< rounded grant (RoundingPoint::per_action only)
    friend bool operator==(const ActionSettlement&, const ActionSettlement&) = default;
};

/// Whether the report met its deadline (« respect du délai de transmission du bilan »).
struct ReportTimeliness {
    Deadline deadline{};           ///< computed with deadline.hpp (CPC 641, 642 per the policy)
    std::optional<Date> sent_on{}; ///< nullopt: not sent
    /// Sent after `deadline.effective`, or not sent (then: missing, whatever the date today).
    [[nodiscard]] bool late() const { return !sent_on || *sent_on > deadline.effective; }
    friend bool operator==(const ReportTimeliness&, const ReportTimeliness&) = default;
};

/// A legal ground of recovery (« motif du reversement »).
enum class RecoveryGround {
    /// Final report not produced six months after the end of the convention: the reimbursement
    /// of ALL sums paid may be demanded (seed convention art. 12).
    report_missing,
    /// Sums not used for the action (« sommes non utilisées »): under-spending reduced the
    /// grant below what was paid (seed convention art. 6 and 12; loi 2000-321 art. 10).
    unused_sums,
    /// Expenses declared but not eligible (outside the period, no action, rejected at the
    /// contrôle de service fait: seed convention art. 4, 5).
    ineligible_expenses,
    /// The grant is capped at the actual deficit: sums beyond it financed a surplus (seed
    /// convention art. 6, « ressources effectivement reçues »).
    surplus,
};

/// Stable name (« report_missing »).
[[nodiscard]] constexpr std::string_view to_string(RecoveryGround g) noexcept {
    switch (g) {
    case RecoveryGround::report_missing:
        return "report_missing";
    case RecoveryGround::unused_sums:
        return "unused_sums";
    case RecoveryGround::ineligible_expenses:
        return "ineligible_expenses";
    case RecoveryGround::surplus:
        return "surplus";
    }
    return "unused_sums";
}

/// The legal source of a ground, for messages.
[[nodiscard]] constexpr std::string_view legal_source(RecoveryGround g) noexcept {
    switch (g) {
    case RecoveryGround::report_missing:
        return "convention, art. 12 : bilan final non produit 6 mois après l'échéance";
    case RecoveryGround::unused_sums:
        return "convention, art. 6 et 12 ; loi n° 2000-321, art. 10";
    case RecoveryGround::ineligible_expenses:
        return "convention, art. 4 et 5 : dépenses de la période, contrôle de service fait";
    case RecoveryGround::surplus:
        return "convention, art. 6 : ressources effectivement reçues";
    }
    return "convention, art. 12";
}

/// Recovery (« reversement »): the amount, its grounds, and its deadline.
struct Recovery {
    Euros amount{}; ///< payments made − final grant (> 0), to repay
    /// When the report is missing or late: the total of the sums paid, whose reimbursement MAY
    /// be demanded (seed art. 12: « pourra […] être exigé » — a faculty, not computed in).
    std::optional<Euros> may_demand_total{};
    std::vector<RecoveryGround> grounds{};
    /// Repayment deadline: one month after receipt of the titre de perception (seed art. 12;
    /// deadlines::reversement_titre_de_perception); nullopt when the receipt date is unknown.
    std::optional<Deadline> repayment_deadline{};
    friend bool operator==(const Recovery&, const Recovery&) = default;
};

/// The settlement (« décompte du solde »).
struct Settlement {
    explicit Settlement(SettlementPolicy p)
        : policy(std::move(p)) {}

    SettlementPolicy policy;
    std::vector<ExpenseAssessment> expenses{}; ///< every expense line, in report order
    std::vector<ActionSettlement> actions{};   ///< in convention order
    Euros ceiling_total{};                     ///< sum of the ceilings (convention art. 6–7)
    Euros final_grant{};                       ///< montant définitif de l'aide
    Euros payments_made{};                     ///< versements effectués
    Euros balance{};                           ///< solde à verser (≥ 0)
    Euros to_recover{};                        ///< montant à reverser (≥ 0)
    std::optional<ReportTimeliness> report{};
    std::optional<Recovery> recovery{}; ///< when to_recover > 0 or the report is late/missing
    std::vector<SettlementStep> steps{};
    /// Every step's text, one per line.
    [[nodiscard]] std::string text_fr() const {
        std::string out;
        for (const auto& s : steps) {
            out += s.text_fr;
            out += '\n';
        }
        return out;
    }
    friend bool operator==(const Settlement&, const Settlement&) = default;
};

// ---------------------------------------------------------------------------------------------
// Implementation

namespace detail::settle {

inline constexpr std::string_view field = "solde";

/// Exact cents `r` rounded with `mode`.
[[nodiscard]] inline Euros round(const Rate::rational& r, Rounding mode) {
    const Rate::integer q = subvention::detail::round_quotient(
        Rate::integer(boost::multiprecision::numerator(r)),
        Rate::integer(boost::multiprecision::denominator(r)), mode);
    if (q > std::numeric_limits<std::int64_t>::max() ||
        q < std::numeric_limits<std::int64_t>::min())
        throw std::overflow_error("solde : montant hors de la plage représentable");
    return Euros::from_cents(q.convert_to<std::int64_t>());
}

[[nodiscard]] inline Rate::rational cents(Euros e) {
    return Rate::rational(e.cents());
}

/// « 26 400,00 € » when whole, « 7920000/3 centimes (valeur exacte) » otherwise.
[[nodiscard]] inline std::string exact_fr(const Rate::rational& r) {
    if (boost::multiprecision::denominator(r) == 1)
        return Euros::from_cents(boost::multiprecision::numerator(r).convert_to<std::int64_t>())
            .to_string_fr();
    return boost::multiprecision::numerator(r).str() + "/" +
           boost::multiprecision::denominator(r).str() + " centimes (valeur exacte)";
}

[[nodiscard]] inline std::string action_label(const Convention& c, std::size_t i) {
    std::string out = "action " + std::to_string(i + 1);
    if (c.actions[i].title && !c.actions[i].title->empty())
        out += " « " + *c.actions[i].title + " »";
    return out;
}

[[nodiscard]] inline Date last_day(const Period& p) {
    return p.end_inclusive ? p.end : p.end - boost::gregorian::days(1);
}

/// The first day the convention exists: its signature or the start of its period, whichever
/// comes first (a convention may apply retroactively, never before it is signed and in force).
[[nodiscard]] inline std::optional<Date> convention_first_day(const Convention& c) {
    std::optional<Date> out;
    if (c.period && !c.period->value.start.is_special())
        out = c.period->value.start;
    if (const auto& d = c.signature.date.value; d && !d->is_special())
        out = out ? std::min(*out, *d) : *d;
    return out;
}

/// An error for the first payment, report or titre dated before the convention exists: such a
/// date is a typing error, and settling on it would call a report « dans les délais » or count
/// a payment the convention cannot have made.
[[nodiscard]] inline std::optional<Error>
dated_before_convention(const Convention& c, const std::vector<PaymentMade>& payments,
                        const FinalReport& report, std::optional<Date> titre_received) {
    const auto first = convention_first_day(c);
    if (!first)
        return std::nullopt;
    const auto error = [&](const std::string& what, Date d) {
        return make_error(ErrorKind::range, field, format_date(d, DateStyle::iso),
                          what + " est daté du " + format_date(d) +
                              ", avant la convention (signée ou applicable au plus tôt le " +
                              format_date(*first) + ") : date à vérifier");
    };
    for (std::size_t i = 0; i < payments.size(); ++i)
        if (!payments[i].date.is_special() && payments[i].date < *first)
            return error("le versement n° " + std::to_string(i + 1) +
                             (payments[i].reference.empty()
                                  ? std::string()
                                  : " (« " + payments[i].reference + " »)"),
                         payments[i].date);
    if (report.sent_on && !report.sent_on->is_special() && *report.sent_on < *first)
        return error("le bilan final", *report.sent_on);
    if (titre_received && !titre_received->is_special() && *titre_received < *first)
        return error("le titre de perception reçu", *titre_received);
    return std::nullopt;
}

} // namespace detail::settle

/// The final report's deadline (« date limite de transmission du bilan final »): the delay the
/// convention states from its end (obligations.final_report, seed art. 4 and 8: six months),
/// else six months (loi 2000-321 art. 10), counted from the last day of `covers` (the year of a
/// multi-year convention) with CPC art. 641, and extended per `extension` (CPC art. 642,
/// UNCONFIRMED for a contractual deadline: see SettlementPolicy::report_extension).
/// Throws std::invalid_argument when the period's dates are special.
[[nodiscard]] inline Deadline report_deadline(const Convention& c, const Period& covers,
                                              Territory territory, Extension extension) {
    DeadlineRule rule = deadlines::bilan_final_convention;
    if (c.obligations.final_report)
        for (const auto& s : c.obligations.final_report->deadlines)
            if (s.rule && s.rule->from == StartEvent::convention_end) {
                rule.duration = s.rule->delay;
                break;
            }
    rule.extension = extension;
    rule.extension_confirmed = false; // DELAY-END-WORKDAY: the other date is shown
    return compute(rule, detail::settle::last_day(covers), territory);
}

/// The repayment deadline after a titre de perception received on `received` (seed convention
/// art. 12: « au plus tard, dans le mois qui suit la réception du titre de perception »).
[[nodiscard]] inline Deadline repayment_deadline(Date received, Territory territory) {
    return compute(deadlines::reversement_titre_de_perception, received, territory);
}

/// Settles a convention (see the file comment): `payments` made, the final `report`, the
/// per-action `forecasts` (budget prévisionnel), the `policy`, and — when known — the date the
/// titre de perception was received (for the repayment deadline).
/// Errors (field « solde », message in French): the convention has no period or no action; an
/// action has no ceiling; the proportional reduction lacks a forecast for an action, has two, or
/// a forecast without charges; the deficit cap meets a resource not linked to an action; a
/// tolerance above 100 %; a negative ceiling, payment or resource; a payment, the report's
/// sending or the titre's receipt dated before the convention (`convention_first_day`); amounts
/// overflow.
[[nodiscard]] inline Result<Settlement>
settle(const Convention& c, const std::vector<PaymentMade>& payments, const FinalReport& report,
       const std::vector<BudgetForecast>& forecasts, const SettlementPolicy& policy,
       std::optional<Date> titre_received = std::nullopt) {
    using namespace detail::settle;
    if (!c.period)
        return make_error(ErrorKind::empty, field, "période",
                          "la convention n'a pas de période d'application : l'éligibilité des "
                          "dépenses ne peut être établie");
    if (c.actions.empty())
        return make_error(ErrorKind::empty, field, "actions", "la convention n'a aucune action");
    for (std::size_t i = 0; i < c.actions.size(); ++i)
        if (!c.actions[i].amount)
            return make_error(ErrorKind::empty, field, action_label(c, i),
                              "l'" + action_label(c, i) +
                                  " n'a pas de montant maximum (convention, art. 6)");
    if (policy.tolerance && policy.tolerance->value() > 1)
        return make_error(ErrorKind::range, field, policy.tolerance->to_string_fr(),
                          "une tolérance de sous-réalisation ne peut dépasser 100 %");
    for (std::size_t i = 0; i < c.actions.size(); ++i)
        if (c.actions[i].amount->value < Euros{})
            return make_error(ErrorKind::range, field, c.actions[i].amount->value.to_iso(),
                              "l'" + action_label(c, i) + " a un plafond négatif");
    for (std::size_t i = 0; i < payments.size(); ++i)
        if (payments[i].amount < Euros{})
            return make_error(ErrorKind::range, field, payments[i].amount.to_iso(),
                              "le versement n° " + std::to_string(i + 1) +
                                  " a un montant négatif (un remboursement n'est pas un "
                                  "versement : il se déduit par le titre de perception)");
    for (const auto& r : report.resources)
        if (r.amount < Euros{})
            return make_error(ErrorKind::range, field, r.amount.to_iso(),
                              "la ressource « " + r.label + " » a un montant négatif");
    if (const auto before = dated_before_convention(c, payments, report, titre_received))
        return *before;
    const Period period = report.covers.value_or(c.period->value);
    try {
        Settlement s(policy);
        auto step = [&s](StepKind kind, std::optional<std::size_t> action, std::string text) {
            SettlementStep st;
            st.kind = kind;
            st.action = action;
            st.text_fr = std::move(text);
            s.steps.push_back(std::move(st));
            return &s.steps.back();
        };
        s.expenses = assess_expenses(report, period, c.actions.size());
        // « ligne 3 « Loyer » du 30/06/2023, 1 200,00 € : <reasons>. »
        const auto ineligible_text = [&report](const ExpenseAssessment& e) {
            const Expense& x = report.expenses[e.line];
            std::string why;
            for (const auto r : e.reasons) {
                if (!why.empty())
                    why += " ; ";
                why += label_fr(r);
                if (r == Ineligibility::rejected && x.rejection)
                    why += " (" + *x.rejection + ")";
            }
            return "ligne " + std::to_string(e.line + 1) + " « " + x.label + " » du " +
                   (x.date.is_special() ? std::string("(date absente)") : format_date(x.date)) +
                   ", " + x.amount.to_string_fr() + " : " + why + ".";
        };
        // Lines linked to no action of the convention count for none: listed first, so that
        // every line of the report appears in the calculation.
        for (const auto& e : s.expenses) {
            const Expense& x = report.expenses[e.line];
            if (x.action && *x.action < c.actions.size())
                continue;
            step(StepKind::ineligible_expense, std::nullopt,
                 "Hors actions : dépense inéligible, " + ineligible_text(e))
                ->amount = x.amount;
        }
        Rate::rational exact_total(0);
        for (std::size_t i = 0; i < c.actions.size(); ++i) {
            ActionSettlement a;
            a.action = i;
            a.label = action_label(c, i);
            a.ceiling = c.actions[i].amount->value;
            s.ceiling_total += a.ceiling;
            const std::string who = "Action " + std::to_string(i + 1);
            step(StepKind::ceiling, i,
                 who +
                     (c.actions[i].title && !c.actions[i].title->empty()
                          ? " « " + *c.actions[i].title + " »"
                          : std::string()) +
                     " : plafond de l'aide " + a.ceiling.to_string_fr() + " (convention, art. 6).")
                ->amount = a.ceiling;
            std::size_t lines = 0;
            for (const auto& e : s.expenses) {
                const Expense& x = report.expenses[e.line];
                if (x.action != i)
                    continue;
                ++lines;
                a.declared += x.amount;
                if (e.eligible()) {
                    a.eligible += x.amount;
                    continue;
                }
                a.ineligible += x.amount;
                step(StepKind::ineligible_expense, i,
                     who + " : dépense inéligible, " + ineligible_text(e))
                    ->amount = x.amount;
            }
            step(StepKind::expenses, i,
                 who + " : dépenses déclarées " + a.declared.to_string_fr() + " (" +
                     std::to_string(lines) + " ligne" + (lines > 1 ? "s" : "") +
                     "), dont éligibles " + a.eligible.to_string_fr() + " et inéligibles " +
                     a.ineligible.to_string_fr() + ".")
                ->amount = a.eligible;
            Rate::rational g = cents(a.ceiling);
            if (policy.proportional_reduction) {
                const BudgetForecast* f = nullptr;
                for (const auto& bf : forecasts)
                    if (bf.action == i) {
                        if (f)
                            return make_error(ErrorKind::ambiguous, field, a.label,
                                              "deux budgets prévisionnels pour l'" + a.label);
                        f = &bf;
                    }
                if (!f)
                    return make_error(ErrorKind::empty, field, a.label,
                                      "pas de budget prévisionnel pour l'" + a.label +
                                          " : la réduction proportionnelle est impossible");
                const Euros planned = total_charges(f->table);
                if (planned <= Euros{})
                    return make_error(ErrorKind::range, field, planned.to_iso(),
                                      "le budget prévisionnel de l'" + a.label +
                                          " n'a pas de charges (comptes 60 à 68)");
                a.forecast_charges = planned;
                step(StepKind::forecast, i,
                     who + " : charges du budget prévisionnel (comptes 60 à 68) " +
                         planned.to_string_fr() + ".")
                    ->amount = planned;
                const Rate achievement = Rate::ratio(a.eligible, planned);
                a.achievement = achievement;
                step(StepKind::achievement, i,
                     who + " : taux de réalisation " + a.eligible.to_string_fr() + " / " +
                         planned.to_string_fr() + " = " + achievement.to_string_fr() + ".")
                    ->rate = achievement;
                if (a.eligible < planned) {
                    bool reduce = true;
                    if (policy.tolerance) {
                        // E ≥ F × (1 − t) ⇔ achievement ≥ 1 − t: under-spending kept.
                        const Rate::rational floor_rate =
                            Rate::rational(1) - policy.tolerance->value();
                        a.within_tolerance = achievement.value() >= floor_rate;
                        reduce = !a.within_tolerance;
                        step(StepKind::tolerance, i,
                             who + " : tolérance de sous-réalisation " +
                                 policy.tolerance->to_string_fr() +
                                 (a.within_tolerance
                                      ? " : le taux de réalisation l'atteint, pas de réduction."
                                      : " dépassée : la réduction s'applique."))
                            ->rate = *policy.tolerance;
                    }
                    if (reduce) {
                        g = cents(a.ceiling) * cents(a.eligible) / cents(planned);
                        auto* st =
                            step(StepKind::proportional_reduction, i,
                                 who + " : réduction proportionnelle " + a.ceiling.to_string_fr() +
                                     " × " + a.eligible.to_string_fr() + " / " +
                                     planned.to_string_fr() + " = " + exact_fr(g) + ".");
                        st->exact = g;
                        st->rate = achievement;
                    }
                } else {
                    step(StepKind::proportional_reduction, i,
                         who + " : dépenses éligibles au moins égales au prévisionnel, pas de "
                               "réduction (l'aide reste plafonnée).")
                        ->exact = g;
                }
            }
            if (policy.deficit_cap) {
                Euros other{};
                for (const auto& r : report.resources) {
                    if (r.departement_share || in_kind(r.account))
                        continue;
                    if (!r.action)
                        return make_error(ErrorKind::component, field, r.label,
                                          "ressource « " + r.label +
                                              " » rattachée à aucune action : le plafonnement "
                                              "au déficit est impossible");
                    if (*r.action == i)
                        other += r.amount;
                }
                a.other_resources = other;
                const Euros deficit = std::max(Euros{}, a.eligible - other);
                a.deficit = deficit;
                std::string text = who + " : déficit réel " + a.eligible.to_string_fr() + " − " +
                                   other.to_string_fr() +
                                   " (autres ressources) = " + deficit.to_string_fr();
                if (cents(deficit) < g) {
                    g = cents(deficit);
                    text += " : l'aide est plafonnée au déficit.";
                } else {
                    text += " : pas de plafonnement.";
                }
                auto* st = step(StepKind::deficit_cap, i, std::move(text));
                st->amount = deficit;
            }
            a.exact_grant = g;
            exact_total += g;
            if (policy.rounding_point == RoundingPoint::per_action) {
                const Euros rounded = round(g, policy.rounding);
                a.grant = rounded;
                if (boost::multiprecision::denominator(g) != 1) {
                    auto* st = step(StepKind::rounding, i,
                                    who + " : arrondi " + std::string(label_fr(policy.rounding)) +
                                        ", par action : " + exact_fr(g) + " → " +
                                        rounded.to_string_fr() + ".");
                    st->exact = g;
                    st->amount = rounded;
                }
                step(StepKind::action_grant, i,
                     who + " : aide définitive " + rounded.to_string_fr() + ".")
                    ->amount = rounded;
                s.final_grant += rounded;
            } else {
                auto* st = step(StepKind::action_grant, i,
                                who + " : aide définitive avant arrondi " + exact_fr(g) +
                                    " (arrondi sur le total).");
                st->exact = g;
            }
            s.actions.push_back(std::move(a));
        }
        if (policy.rounding_point == RoundingPoint::on_total) {
            s.final_grant = round(exact_total, policy.rounding);
            if (boost::multiprecision::denominator(exact_total) != 1) {
                auto* st = step(StepKind::rounding, std::nullopt,
                                "Total : arrondi " + std::string(label_fr(policy.rounding)) +
                                    ", sur le total : " + exact_fr(exact_total) + " → " +
                                    s.final_grant.to_string_fr() + ".");
                st->exact = exact_total;
                st->amount = s.final_grant;
            }
        }
        // Convention art. 7: never above the total of art. 6 (holds by construction; kept as
        // an explicit cap so that the invariant is visible).
        s.final_grant = std::min(s.final_grant, s.ceiling_total);
        step(StepKind::final_grant, std::nullopt,
             "Aide définitive totale " + s.final_grant.to_string_fr() + " (plafond total " +
                 s.ceiling_total.to_string_fr() + ").")
            ->amount = s.final_grant;
        s.payments_made = payments_made_total(payments);
        step(StepKind::payments, std::nullopt,
             "Versements effectués " + s.payments_made.to_string_fr() + " (" +
                 std::to_string(payments.size()) + " versement" + (payments.size() > 1 ? "s" : "") +
                 ").")
            ->amount = s.payments_made;
        if (s.final_grant >= s.payments_made) {
            s.balance = s.final_grant - s.payments_made;
            step(StepKind::balance, std::nullopt,
                 "Solde à verser " + s.final_grant.to_string_fr() + " − " +
                     s.payments_made.to_string_fr() + " = " + s.balance.to_string_fr() + ".")
                ->amount = s.balance;
        } else {
            s.to_recover = s.payments_made - s.final_grant;
            step(StepKind::recovery, std::nullopt,
                 "Reversement à demander " + s.payments_made.to_string_fr() + " − " +
                     s.final_grant.to_string_fr() + " = " + s.to_recover.to_string_fr() +
                     " (titre de perception).")
                ->amount = s.to_recover;
        }
        // Report deadline (seed art. 4, 8, 12; CPC 641/642).
        ReportTimeliness t{report_deadline(c, period, policy.territory, policy.report_extension),
                           report.sent_on};
        {
            std::string text = "Bilan final : à transmettre au plus tard le " +
                               format_date(t.deadline.effective, DateStyle::weekday_fr);
            if (t.deadline.effective != t.deadline.nominal) {
                text += " (échéance nominale " +
                        format_date(t.deadline.nominal, DateStyle::weekday_fr) +
                        ", reportée au jour ouvrable suivant par l'article 642 du CPC, sous "
                        "réserve que cet article s'applique à ce délai contractuel)";
            } else if (!is_working_day(t.deadline.nominal, policy.territory)) {
                // The stipulated date is kept: say which date the other reading gives.
                text += " (jour non ouvré : date stipulée retenue, sous réserve que l'article 642 "
                        "du CPC soit sans application à ce délai contractuel ; s'il "
                        "s'appliquait : " +
                        format_date(working_day_on_or_after(t.deadline.nominal, policy.territory),
                                    DateStyle::weekday_fr) +
                        ")";
            }
            text += t.sent_on ? " ; transmis le " + format_date(*t.sent_on) +
                                    (t.late() ? " : hors délai." : " : dans les délais.")
                              : " ; non transmis.";
            auto* st = step(StepKind::report_deadline, std::nullopt, std::move(text));
            (void)st;
        }
        const bool late = t.late();
        s.report = std::move(t);
        if (s.to_recover > Euros{} || late) {
            Recovery r;
            r.amount = s.to_recover;
            if (late) {
                r.grounds.push_back(RecoveryGround::report_missing);
                r.may_demand_total = s.payments_made;
            }
            if (s.to_recover > Euros{}) {
                bool under = false;
                bool surplus = false;
                for (const auto& a : s.actions) {
                    if (a.forecast_charges && a.eligible < *a.forecast_charges &&
                        !a.within_tolerance)
                        under = true;
                    if (a.deficit && cents(*a.deficit) < cents(a.ceiling) &&
                        a.exact_grant == cents(*a.deficit))
                        surplus = true;
                }
                const bool ineligible = std::any_of(s.expenses.begin(), s.expenses.end(),
                                                    [](const auto& e) { return !e.eligible(); });
                if (under || (!ineligible && !surplus))
                    r.grounds.push_back(RecoveryGround::unused_sums);
                if (ineligible)
                    r.grounds.push_back(RecoveryGround::ineligible_expenses);
                if (surplus)
                    r.grounds.push_back(RecoveryGround::surplus);
            }
            for (const auto g : r.grounds) {
                std::string text = "Motif de reversement : ";
                switch (g) {
                case RecoveryGround::report_missing:
                    text += "bilan final non produit dans le délai ; le remboursement de la "
                            "totalité des sommes versées (" +
                            s.payments_made.to_string_fr() + ") peut être exigé";
                    break;
                case RecoveryGround::unused_sums:
                    text += "sommes non utilisées";
                    break;
                case RecoveryGround::ineligible_expenses:
                    text += "dépenses inéligibles";
                    break;
                case RecoveryGround::surplus:
                    text += "aide supérieure au déficit réel de l'action";
                    break;
                }
                text += " (" + std::string(legal_source(g)) + ").";
                step(StepKind::recovery_ground, std::nullopt, std::move(text));
            }
            if (titre_received && s.to_recover > Euros{}) {
                r.repayment_deadline = repayment_deadline(*titre_received, policy.territory);
                step(StepKind::recovery_deadline, std::nullopt,
                     "Reversement à effectuer au plus tard le " +
                         format_date(r.repayment_deadline->effective, DateStyle::weekday_fr) +
                         " (un mois après réception du titre de perception le " +
                         format_date(*titre_received) + ", convention art. 12).");
            }
            s.recovery = std::move(r);
        }
        return s;
    } catch (const std::overflow_error& e) {
        return make_error(ErrorKind::overflow, field, "", e.what());
    } catch (const std::invalid_argument& e) {
        return make_error(ErrorKind::range, field, "", e.what());
    } catch (const std::out_of_range& e) {
        return make_error(ErrorKind::range, field, "", e.what());
    }
}

/// settle() on a dossier's execution data: its payments, final report and forecasts. An Error
/// (field « solde ») when the final report has not been received.
[[nodiscard]] inline Result<Settlement> settle(const Convention& c, const Execution& x,
                                               const SettlementPolicy& policy,
                                               std::optional<Date> titre_received = std::nullopt) {
    if (!x.final_report)
        return make_error(ErrorKind::empty, detail::settle::field, "bilan final",
                          "le bilan final n'a pas été reçu : le solde ne peut être calculé");
    return settle(c, x.payments, *x.final_report, x.forecasts, policy, titre_received);
}

// ---------------------------------------------------------------------------------------------
// Multi-year conventions (conventions pluriannuelles d'objectifs)

/// One year of a multi-year convention (« tranche annuelle »): its period, the amount per
/// action for the year, and whether the yearly budget vote has opened the credits. A multi-year
/// convention (« convention pluriannuelle d'objectifs ») commits the département only within the
/// credits each yearly budget opens (annualité budgétaire), for at most four years. Both points
/// are UNCONFIRMED here (no source in docs/legal-reference.md; believed from the circulaire du 29
/// septembre 2015 on the CPO): the vote is an explicit input, and four years is the library's
/// bound.
struct ConventionYear {
    int year = 0;
    Period period{};
    std::vector<Euros> ceilings{}; ///< per action, same order as the convention's actions
    bool budget_voted = false;     ///< credits opened by the yearly budget vote
    friend bool operator==(const ConventionYear&, const ConventionYear&) = default;
};

/// The execution of one year: its payments, its report (one per year), its forecasts.
struct YearExecution {
    int year = 0;
    std::vector<PaymentMade> payments{};
    std::optional<FinalReport> report{};
    std::vector<BudgetForecast> forecasts{};
    friend bool operator==(const YearExecution&, const YearExecution&) = default;
};

/// The settlement of one year, or why it is not settled.
struct YearSettlement {
    int year = 0;
    Deadline report_deadline{}; ///< own deadline: six months after the year's last day
    std::optional<Settlement> settlement{};
    std::string not_settled_fr{}; ///< « crédits non votés », « bilan non reçu »; empty if settled
};

/// Maximum duration of a multi-year convention: four years (UNCONFIRMED, see ConventionYear).
inline constexpr Years multi_year_max{4};

/// Settles each year of a multi-year convention on its own (per-year settlement): the year's
/// ceilings replace the actions' amounts, its report is assessed against the year's period, and
/// its report deadline runs from the year's end. Errors: no year or more than four; years not
/// consecutive or out of order; a year's period outside the convention's period; a year's
/// ceilings not one per action; an execution for a year the convention does not have; any error
/// of settle().
[[nodiscard]] inline Result<std::vector<YearSettlement>>
settle_multi_year(const Convention& c, const std::vector<ConventionYear>& years,
                  const std::vector<YearExecution>& executions, const SettlementPolicy& policy) {
    using detail::settle::field;
    if (years.empty())
        return make_error(ErrorKind::empty, field, "années", "aucune année à solder");
    if (static_cast<std::int64_t>(years.size()) > multi_year_max.count())
        return make_error(ErrorKind::range, field, std::to_string(years.size()),
                          "une convention pluriannuelle couvre au plus 4 ans");
    if (!c.period)
        return make_error(ErrorKind::empty, field, "période",
                          "la convention n'a pas de période d'application");
    for (std::size_t i = 0; i < years.size(); ++i) {
        const auto& y = years[i];
        if (i > 0 && y.year != years[i - 1].year + 1)
            return make_error(ErrorKind::format, field, std::to_string(y.year),
                              "les années doivent se suivre");
        if (y.period.start < c.period->value.start ||
            detail::settle::last_day(y.period) > detail::settle::last_day(c.period->value))
            return make_error(ErrorKind::range, field, std::to_string(y.year),
                              "la période de l'année " + std::to_string(y.year) +
                                  " déborde de la période de la convention");
        if (y.ceilings.size() != c.actions.size())
            return make_error(ErrorKind::component, field, std::to_string(y.year),
                              "l'année " + std::to_string(y.year) +
                                  " doit donner un montant par action");
    }
    for (const auto& x : executions)
        if (std::none_of(years.begin(), years.end(),
                         [&](const ConventionYear& y) { return y.year == x.year; }))
            return make_error(ErrorKind::component, field, std::to_string(x.year),
                              "exécution d'une année absente de la convention");
    std::vector<YearSettlement> out;
    for (const auto& y : years) {
        YearSettlement ys;
        ys.year = y.year;
        ys.report_deadline =
            report_deadline(c, y.period, policy.territory, policy.report_extension);
        const auto x = std::find_if(executions.begin(), executions.end(),
                                    [&](const YearExecution& e) { return e.year == y.year; });
        if (!y.budget_voted)
            ys.not_settled_fr = "montant annuel subordonné au vote du budget : crédits non votés";
        else if (x == executions.end() || !x->report)
            ys.not_settled_fr = "bilan de l'année non reçu";
        else {
            Convention cy = c;
            cy.period = Stated<Period>{y.period, c.period->source};
            for (std::size_t i = 0; i < cy.actions.size(); ++i)
                cy.actions[i].amount = Stated<Euros>{y.ceilings[i], {}};
            FinalReport r = *x->report;
            if (!r.covers)
                r.covers = y.period;
            auto s = settle(cy, x->payments, r, x->forecasts, policy);
            if (!s)
                return s.error();
            ys.settlement = std::move(s).value();
        }
        out.push_back(std::move(ys));
    }
    return out;
}

} // namespace subvention
