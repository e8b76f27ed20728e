// SPDX-License-Identifier: Apache-2.0
// subvention — helpers shared by the convention rules (CONV-*, DEADLINE-NON-WORKING-DAY,
// PUBLICATION-OPEN-DATA): which grant decision the convention implements, the grant year, the
// decision date, the period's last day, the final report's deadlines as stated and as computed
// with deadline.hpp, the legal compte rendu financier and the open-data publication deadline.
//
// Everything here reads the dossier and never throws on content: a date that cannot be computed
// (out of the supported years) is reported as such to the caller. Names live in `rules::detail`
// (so `subvention::detail` is always named in full).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include <subvention/calendar.hpp>
#include <subvention/compliance/diagnostic.hpp>
#include <subvention/compliance/message.hpp>
#include <subvention/compliance/thresholds.hpp>
#include <subvention/convention.hpp>
#include <subvention/date.hpp>
#include <subvention/deadline.hpp>
#include <subvention/deliberation.hpp>
#include <subvention/detail/ascii.hpp>
#include <subvention/detail/text.hpp>
#include <subvention/document.hpp>
#include <subvention/dossier.hpp>
#include <subvention/duration.hpp>
#include <subvention/money.hpp>
#include <subvention/provenance.hpp>

#include "compliance/builtin_rule.hpp"
#include "compliance/rules/common.hpp"

namespace subvention::compliance::rules::detail {

// ---------------------------------------------------------------------------------------------
// Facts and message pieces

/// ISO 8601 duration of a delay (« P6M », « P15D », « P1Y »), machine-readable in facts.
[[nodiscard]] inline std::string iso_duration(const Duration& d) {
    if (const auto* days = std::get_if<Days>(&d))
        return "P" + std::to_string(days->count()) + "D";
    if (const auto* months = std::get_if<Months>(&d))
        return "P" + std::to_string(months->count()) + "M";
    return "P" + std::to_string(std::get<Years>(d).count()) + "Y";
}

/// « article 8 » — the section as printed, or the document's name when unknown (the same in
/// every language).
[[nodiscard]] inline std::string section_or_document(const SourceRef& s) {
    if (!s.section.empty())
        return s.section;
    return std::string(to_string(s.document));
}

/// Where a fact is stated: « à l'article 8 », « dans la section « signature » », « dans le
/// document ».
[[nodiscard]] inline Message where_stated(const SourceRef& s) {
    if (s.section.rfind("article", 0) == 0)
        return Message("phrase.convention.at_article").arg("section", s.section);
    if (!s.section.empty())
        return Message("phrase.convention.at_section").arg("section", s.section);
    return Message("phrase.convention.at_document");
}

/// The name of a document: « délibération », « rapport »…
[[nodiscard]] inline Message document(DocumentKind k) {
    return Message("phrase.convention.document." + std::string(to_string(k)));
}

/// The section of a fact for a message: its section, else the document's name in the
/// message's language (never the code name of the document kind).
[[nodiscard]] inline Message section_label(const SourceRef& s) {
    if (!s.section.empty())
        return Message("phrase.text").arg("text", s.section);
    return document(s.document);
}

/// The event a delay is counted from, with its article: « la fin de la convention »…
[[nodiscard]] inline Message event(StartEvent e) {
    return Message("phrase.convention.event." + std::string(to_string(e)));
}

/// A delay as the text states it: « 6 mois », « 15 jours », « 1 an ».
[[nodiscard]] inline Message delay(const Duration& d) {
    if (const auto* days = std::get_if<Days>(&d))
        return Message("phrase.convention.delay.days").arg("count", std::int64_t{days->count()});
    if (const auto* months = std::get_if<Months>(&d))
        return Message("phrase.convention.delay.months")
            .arg("count", std::int64_t{months->count()});
    return Message("phrase.convention.delay.years")
        .arg("count", std::int64_t{std::get<Years>(d).count()});
}

/// The name of a valid date's weekday: « dimanche » (`phrase.convention.weekday.sunday`).
[[nodiscard]] inline Message weekday(Date d) {
    constexpr std::array<std::string_view, 7> keys{"sunday",   "monday", "tuesday", "wednesday",
                                                   "thursday", "friday", "saturday"};
    return Message(
        "phrase.convention.weekday." +
        std::string(keys[static_cast<std::size_t>(::subvention::detail::weekday_index(d))]));
}

/// Accent- and case-insensitive key of a party name (« Économie » = « Economie »); the raw
/// text when it is not valid UTF-8.
[[nodiscard]] inline std::string name_key(std::string_view name) {
    return ::subvention::detail::text::fold_key(name).value_or(std::string(name));
}

// ---------------------------------------------------------------------------------------------
// Parties

/// Whether a legal form is a public person (no convention duty under art. 10 al. 4).
[[nodiscard]] constexpr bool is_public(LegalForm f) noexcept {
    switch (f) {
    case LegalForm::departement:
    case LegalForm::region:
    case LegalForm::commune:
    case LegalForm::epci:
    case LegalForm::public_body:
        return true;
    default:
        return false;
    }
}

// ---------------------------------------------------------------------------------------------
// Grant decisions

/// A grant decision of the dossier with where it is (« décision d'attribution »).
struct GrantRef {
    const GrantDecision* grant = nullptr;
    std::string path; ///< « /deliberation/grants/0 »
};

/// The grant decisions of the deliberation (or, without a deliberation, the report's proposed
/// grants), in document order.
[[nodiscard]] inline std::vector<GrantRef> all_grants(const Dossier& d) {
    std::vector<GrantRef> out;
    if (d.deliberation) {
        for (std::size_t i = 0; i < d.deliberation->grants.size(); ++i)
            out.push_back(
                {&d.deliberation->grants[i], "/deliberation/grants/" + std::to_string(i)});
    } else if (d.rapport) {
        for (std::size_t i = 0; i < d.rapport->proposed_grants.size(); ++i)
            out.push_back(
                {&d.rapport->proposed_grants[i], "/rapport/proposed_grants/" + std::to_string(i)});
    }
    return out;
}

/// The grant decisions the convention implements: those naming the convention's beneficiary
/// (accent- and case-insensitive); when none does and there is a single decision, that one
/// (the names may be worded differently); without a convention, all of them.
[[nodiscard]] inline std::vector<GrantRef> grants_for_convention(const Dossier& d) {
    auto all = all_grants(d);
    if (!d.convention || all.empty())
        return all;
    const std::string key = name_key(d.convention->beneficiary.name);
    std::vector<GrantRef> out;
    for (const auto& g : all)
        if (name_key(g.grant->beneficiary) == key)
            out.push_back(g);
    if (out.empty() && all.size() == 1)
        return all;
    return out;
}

/// The amount granted for the convention (sum of its grant decisions); else the total of the
/// convention's ceilings; nullopt when neither is known or the sum overflows.
[[nodiscard]] inline std::optional<Euros> granted_amount(const Dossier& d) {
    try {
        const auto grants = grants_for_convention(d);
        if (!grants.empty()) {
            Euros total{};
            for (const auto& g : grants)
                total += g.grant->amount.value;
            return total;
        }
        if (d.convention)
            return ceilings_total(*d.convention);
    } catch (const std::overflow_error&) {
        return std::nullopt; // absurd amounts: AMOUNT-* rules report them
    }
    return std::nullopt;
}

/// The year the grant is made for (« pour l'année 2023 ») with the decision stating it.
struct GrantYear {
    int year = 0;
    GrantRef grant;
};

/// The first grant decision of the convention stating a year.
[[nodiscard]] inline std::optional<GrantYear> grant_year(const Dossier& d) {
    for (const auto& g : grants_for_convention(d))
        if (g.grant->year)
            return GrantYear{static_cast<int>(*g.grant->year), g};
    return std::nullopt;
}

/// The date of the grant decision (« date de la décision »): the deliberation's meeting, else
/// the authorising deliberation's date as the convention states it.
struct DecisionDate {
    Date date;
    SourceRef source;
    std::string path;
};

[[nodiscard]] inline std::optional<DecisionDate> decision_date(const Dossier& d) {
    if (d.deliberation && !d.deliberation->meeting_date.value.is_special())
        return DecisionDate{d.deliberation->meeting_date.value, d.deliberation->meeting_date.source,
                            "/deliberation/meeting_date"};
    if (d.convention && d.convention->grantor.authorisation &&
        d.convention->grantor.authorisation->date &&
        !d.convention->grantor.authorisation->date->is_special())
        return DecisionDate{*d.convention->grantor.authorisation->date,
                            d.convention->grantor.authorisation->source,
                            "/convention/grantor/authorisation/date"};
    return std::nullopt;
}

// ---------------------------------------------------------------------------------------------
// Period

/// The last day of the period (« date de fin »): `end`, or the day before it when the end is
/// excluded; nullopt for a blank (special) date or a date that cannot be stepped back.
[[nodiscard]] inline std::optional<Date> last_day(const Period& p) {
    if (p.end.is_special())
        return std::nullopt;
    if (p.end_inclusive)
        return p.end;
    try {
        return add_days(p.end, Days(-1));
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

/// The convention's end when its period is usable (start and end dates, end not before start).
[[nodiscard]] inline std::optional<Date> convention_end(const Convention& c) {
    if (!c.period || c.period->value.start.is_special())
        return std::nullopt;
    const auto last = last_day(c.period->value);
    if (!last || *last < c.period->value.start)
        return std::nullopt;
    return last;
}

// ---------------------------------------------------------------------------------------------
// Deadlines

/// The rule of a stated final-report deadline: deadline.hpp's `bilan_final_convention`
/// (contractual, no CPC art. 642 extension) with the delay and starting event the text states.
[[nodiscard]] inline DeadlineRule report_rule(const RelativeDeadline& r) {
    DeadlineRule rule = deadlines::bilan_final_convention;
    rule.duration = r.delay;
    rule.start = r.from;
    return rule;
}

/// A final-report deadline statement with its computation.
struct ReportDeadline {
    std::size_t index = 0;
    const DeadlineStatement* statement = nullptr;
    std::string path;                 ///< « /convention/obligations/final_report/deadlines/1 »
    std::optional<Date> start;        ///< starting date of the stated rule, when known
    std::optional<Deadline> computed; ///< when the rule and its start are known
    std::string failure;              ///< why a stated rule could not be computed (French)
    /// The date this statement fixes: as written, else as computed.
    [[nodiscard]] std::optional<Date> date() const {
        if (statement->date && !statement->date->is_special())
            return statement->date;
        if (computed)
            return computed->nominal;
        return std::nullopt;
    }
};

/// The starting date of `from` in the dossier, when the dossier gives it.
[[nodiscard]] inline std::optional<Date> start_date(const Dossier& d, StartEvent from) {
    switch (from) {
    case StartEvent::convention_end:
        return d.convention ? convention_end(*d.convention) : std::nullopt;
    case StartEvent::financial_year_end:
        if (const auto y = grant_year(d)) {
            try {
                return financial_year_end(y->year);
            } catch (const std::out_of_range&) {
                return std::nullopt;
            }
        }
        return std::nullopt;
    case StartEvent::signature:
        if (d.convention && d.convention->signature.date.value &&
            !d.convention->signature.date.value->is_special())
            return d.convention->signature.date.value;
        return std::nullopt;
    default:
        return std::nullopt; // notification, receipt…: events the dossier does not date
    }
}

/// Every statement of the final report's deadline, in order, computed where possible with the
/// territory's holidays.
[[nodiscard]] inline std::vector<ReportDeadline> report_deadlines(const Context& ctx) {
    std::vector<ReportDeadline> out;
    const auto& d = ctx.dossier;
    if (!d.convention || !d.convention->obligations.final_report)
        return out;
    const auto& statements = d.convention->obligations.final_report->deadlines;
    for (std::size_t i = 0; i < statements.size(); ++i) {
        ReportDeadline r;
        r.index = i;
        r.statement = &statements[i];
        r.path = "/convention/obligations/final_report/deadlines/" + std::to_string(i);
        if (const auto& rule = statements[i].rule) {
            r.start = start_date(d, rule->from);
            if (r.start) {
                try {
                    r.computed = compute(report_rule(*rule), *r.start, ctx.territory);
                    // Beyond the holiday calendar a deadline's day cannot be checked: refused
                    // here as `subvention deadline` refuses it, rather than given unchecked.
                    if (!::subvention::detail::deadline_in_calendar(r.computed->effective)) {
                        r.failure = ::subvention::detail::deadline_outside_calendar_fr(
                            r.computed->effective);
                        r.computed.reset();
                    }
                } catch (const std::exception& e) {
                    r.failure = e.what();
                }
            }
        }
        out.push_back(std::move(r));
    }
    return out;
}

/// The legal compte rendu financier (loi 2000-321 art. 10): « Lorsque la subvention est affectée
/// à une dépense déterminée », six months after the end of « l'exercice pour lequel elle a été
/// attribuée » — the beneficiary's accounting year, not necessarily the calendar year.
struct LegalReport {
    GrantYear year;
    Date start; ///< last day of the exercise: stated, else 31 December of the grant year
    Deadline deadline;
    /// Whether the dossier states the exercise's end (`Dossier::beneficiary_exercise_end`);
    /// otherwise the calendar year of the grant is an assumption.
    bool exercise_stated = false;
    /// Whether the convention ties the subsidy to determined expenses (ceilings per action, or
    /// eligible expenses); otherwise that it is « affectée » is an assumption.
    bool earmarked_stated = false;
};

/// Whether the convention ties the subsidy to determined expenses: a ceiling per action, or an
/// article or a clause on eligible expenses.
[[nodiscard]] inline bool earmarked(const Dossier& d) {
    if (!d.convention)
        return false;
    const Convention& c = *d.convention;
    for (const auto& a : c.actions)
        if (a.amount)
            return true;
    for (const auto& a : c.articles)
        for (const auto s : a.subjects)
            if (s == ConventionSubject::eligible_expenses)
                return true;
    return has_clause(c, ClauseKind::eligible_expenses_in_period);
}

/// nullopt when the grant year is unknown or the date cannot be computed.
[[nodiscard]] inline std::optional<LegalReport> legal_report(const Context& ctx) {
    const auto y = grant_year(ctx.dossier);
    if (!y)
        return std::nullopt;
    const auto& stated = ctx.dossier.beneficiary_exercise_end;
    const bool exercise_stated = stated && !stated->value.is_special();
    try {
        const Date start = exercise_stated ? stated->value : financial_year_end(y->year);
        return LegalReport{*y, start,
                           compute(deadlines::compte_rendu_financier, start, ctx.territory),
                           exercise_stated, earmarked(ctx.dossier)};
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

// ---------------------------------------------------------------------------------------------
// Open data (données essentielles)

/// Whether the publication duty of the données essentielles applies and its deadline.
enum class OpenDataState {
    not_applicable,  ///< no convention, amount not above the threshold, signed before 1/8/2017
    unknown_amount,  ///< the amount granted is not known
    blank_signature, ///< the convention's signature date is blank: the deadline cannot be computed
    not_computable,  ///< the date is outside the supported years
    computed,        ///< the deadline is known
};

/// The open-data duty of a dossier (loi 2000-321 art. 10; décret 2017-779).
struct OpenData {
    OpenDataState state = OpenDataState::not_applicable;
    std::optional<Euros> amount;
    std::optional<ThresholdVersion> threshold;
    LegalForm grantor_form = LegalForm::unknown;
    /// The grantor is a commune or an EPCI, exempt under 3 500 inhabitants: its population is
    /// not in the dossier.
    bool population_unverified = false;
    std::optional<Date> signature;
    std::optional<Deadline> deadline;
    std::string failure; ///< for not_computable
};

/// The grantor's legal form: the convention's, else a département when a deliberation of a
/// departmental assembly (CD or CP) grants it — the bodies this library models.
[[nodiscard]] inline LegalForm grantor_form(const Dossier& d) {
    if (d.convention && d.convention->grantor.legal_form != LegalForm::unknown)
        return d.convention->grantor.legal_form;
    if (d.deliberation)
        return LegalForm::departement;
    return LegalForm::unknown;
}

[[nodiscard]] inline OpenData open_data(const Context& ctx) {
    OpenData out;
    const auto& d = ctx.dossier;
    if (!d.convention)
        return out;
    const auto& sig = d.convention->signature.date.value;
    if (sig && !sig->is_special())
        out.signature = *sig;
    // The law in force at the signature (conventions signed from 1 Aug 2017); before it is
    // known, at the act date.
    out.threshold = in_force(open_data_threshold, out.signature.value_or(ctx.as_of));
    if (!out.threshold)
        return out; // signed (or decided) before 1 August 2017
    out.amount = granted_amount(d);
    out.grantor_form = grantor_form(d);
    out.population_unverified =
        out.grantor_form == LegalForm::commune || out.grantor_form == LegalForm::epci;
    if (!out.amount) {
        out.state = OpenDataState::unknown_amount;
        return out;
    }
    if (!(*out.amount > out.threshold->amount))
        return out; // not above 23 000 €: not_applicable
    if (!out.signature) {
        out.state = OpenDataState::blank_signature;
        return out;
    }
    try {
        out.deadline = compute(deadlines::donnees_essentielles, *out.signature, ctx.territory);
        out.state = OpenDataState::computed;
    } catch (const std::exception& e) {
        out.state = OpenDataState::not_computable;
        out.failure = e.what();
    }
    return out;
}

} // namespace subvention::compliance::rules::detail
