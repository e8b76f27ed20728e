// SPDX-License-Identifier: Apache-2.0
// DEADLINE-NON-WORKING-DAY — a deadline of the dossier falls on a Saturday, a Sunday or a
// public holiday of the territory (« échéance un jour non ouvré »).
//
// Deadlines looked at, each computed with deadline.hpp: the final report's as the convention
// states it (« soit le 30 juin 2024 ») or as its wording computes (« 6 mois après l'échéance de
// la convention »); the legal compte rendu financier (loi 2000-321 art. 10); the open-data
// publication deadline when it can be computed (décret 2017-779).
//
// Always an info: the date is lawful, the user should know. It gives the date CPC art. 642
// would give (calendar.hpp `working_day_on_or_after`, territory from the context) and the date
// the check retains: for the final report's deadline (contractual, and the compte rendu
// financier) the one `CheckOptions::report_deadline_extension` chooses — by default the
// stipulated date, art. 642 being UNCONFIRMED for them (docs/legal-reference.md
// DELAY-END-WORKDAY, DELAY-SEED-CRF) — and for the open-data deadline the nominal date, under
// the same reservation. The message names what it assumes (« sous réserve que … »).
//
// One diagnostic per distinct date, not per mention: the seed writes 30/06/2024 in art. 4 and
// art. 8 and art. 12 computes it again; the legal compte rendu financier falls on the same
// Sunday. They are one fact for the user — one diagnostic located at the first statement, the
// other places in its facts (`sections`, `paths`, `legal_rules`, `other_*` for the second).
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "compliance/rules/convention_common.hpp"

namespace subvention::compliance::rules {

inline constexpr std::array<LegalRef, 1> deadline_non_working_day_basis{{
    {"CPC", "642", "consolidated text of late 2015"},
}};

namespace detail {

/// A deadline of the dossier with where it comes from.
struct DeadlinePlace {
    Date date;
    SourceRef source;
    std::string path;
    bool contractual = false;    ///< a convention statement (else a legal deadline)
    bool stated = false;         ///< the date is written (else computed from a wording)
    std::string_view legal_rule; ///< deadline.hpp rule id for a legal deadline
};

/// Every deadline of the dossier, in order: the convention's final-report statements, then the
/// legal compte rendu financier and the open-data publication deadline.
[[nodiscard]] inline std::vector<DeadlinePlace> deadline_places(const Context& ctx) {
    std::vector<DeadlinePlace> out;
    for (const auto& r : report_deadlines(ctx))
        if (const auto date = r.date())
            out.push_back(DeadlinePlace{*date,
                                        r.statement->source,
                                        r.path,
                                        true,
                                        r.statement->date && !r.statement->date->is_special(),
                                        {}});
    if (const auto legal = legal_report(ctx))
        out.push_back(DeadlinePlace{legal->deadline.nominal, legal->year.grant.grant->amount.source,
                                    legal->year.grant.path + "/year", false, false,
                                    deadlines::compte_rendu_financier.id});
    const auto od = open_data(ctx);
    if (od.state == OpenDataState::computed && ctx.dossier.convention)
        out.push_back(DeadlinePlace{
            od.deadline->nominal, ctx.dossier.convention->signature.date.source,
            "/convention/signature/date", false, false, deadlines::donnees_essentielles.id});
    return out;
}

} // namespace detail

/// Contrôle des échéances tombant un jour non ouvré (DEADLINE-NON-WORKING-DAY).
inline void check_deadline_non_working_day(const Context& ctx, Emitter& out) {
    const auto places = detail::deadline_places(ctx);
    std::vector<Date> done;
    for (const auto& first : places) {
        if (std::find(done.begin(), done.end(), first.date) != done.end())
            continue;
        done.push_back(first.date);
        const Date date = first.date;
        Date effective;
        std::optional<std::string_view> holiday;
        try {
            if (is_working_day(date, ctx.territory))
                continue;
            effective = working_day_on_or_after(date, ctx.territory);
            holiday = holiday_name(date, ctx.territory);
        } catch (const std::exception&) {
            continue; // outside the holiday calendar (1900–2299): nothing can be said
        }

        // The places of this date.
        std::vector<const detail::DeadlinePlace*> same;
        for (const auto& p : places)
            if (p.date == date)
                same.push_back(&p);
        std::vector<Message> stated;
        std::vector<Message> computed;
        std::vector<std::string> sections;
        std::vector<std::string> paths;
        std::vector<std::string> legal_rules;
        bool contractual = false;
        bool crf = false;
        bool open_data = false;
        for (const auto* p : same) {
            if (p->contractual) {
                contractual = true;
                (p->stated ? stated : computed).push_back(detail::where_stated(p->source));
                sections.push_back(detail::section_or_document(p->source));
                paths.push_back(p->path);
            } else {
                legal_rules.emplace_back(p->legal_rule);
                crf = crf || p->legal_rule == deadlines::compte_rendu_financier.id;
                open_data = open_data || p->legal_rule == deadlines::donnees_essentielles.id;
            }
        }

        // What the day is: French leaves out the weekday of a holiday falling on a weekday,
        // English always names it.
        const std::string weekday(weekday_name_fr(date));
        const bool weekend = weekday == "samedi" || weekday == "dimanche";
        Message day;
        if (!holiday)
            day = Message("DEADLINE-NON-WORKING-DAY.day").arg("weekday", detail::weekday(date));
        else if (weekend)
            day = Message("DEADLINE-NON-WORKING-DAY.weekend_holiday")
                      .arg("weekday", detail::weekday(date))
                      .arg("holiday", std::string(*holiday));
        else
            day = Message("DEADLINE-NON-WORKING-DAY.holiday")
                      .arg("weekday", detail::weekday(date))
                      .arg("holiday", std::string(*holiday));

        // The deadlines falling that day: the first, then each other one « , ainsi que … ».
        std::vector<Message> what;
        if (contractual) {
            const char* key = computed.empty() ? "DEADLINE-NON-WORKING-DAY.report_stated"
                              : stated.empty()
                                  ? "DEADLINE-NON-WORKING-DAY.report_computed"
                                  : "DEADLINE-NON-WORKING-DAY.report_stated_and_computed";
            what.push_back(Message(key).arg("stated", stated).arg("computed", computed));
        }
        if (crf)
            what.emplace_back("DEADLINE-NON-WORKING-DAY.legal_report");
        if (open_data)
            what.emplace_back("DEADLINE-NON-WORKING-DAY.open_data");
        for (std::size_t i = 1; i < what.size(); ++i)
            what[i] = Message("DEADLINE-NON-WORKING-DAY.as_well_as").arg("what", what[i]);

        Diagnostic diag;
        diag.severity = Severity::info;
        diag.location = at(same.front()->source, same.front()->path);
        diag.parts.push_back(Message("DEADLINE-NON-WORKING-DAY")
                                 .arg("date", date)
                                 .arg("day", day)
                                 .arg("what", std::move(what)));
        // Which deadlines keep the date and which move, and what each reading assumes.
        const bool extend = ctx.options.report_deadline_extension == Extension::next_working_day;
        std::vector<Message> kept;
        std::vector<Message> moved;
        if (contractual) {
            (extend ? moved : kept).emplace_back("DEADLINE-NON-WORKING-DAY.to_contractual");
            diag.assumptions.emplace_back(extend ? "contractual_deadline_extended"
                                                 : "contractual_deadline_not_extended");
        }
        if (crf) {
            (extend ? moved : kept).emplace_back("DEADLINE-NON-WORKING-DAY.to_legal_report");
            diag.assumptions.emplace_back(extend ? "crf_deadline_extended"
                                                 : "crf_deadline_not_extended");
        }
        if (open_data) {
            kept.emplace_back("DEADLINE-NON-WORKING-DAY.to_open_data");
            diag.assumptions.emplace_back("open_data_deadline_not_extended");
        }
        if (!moved.empty())
            diag.parts.push_back(Message("DEADLINE-NON-WORKING-DAY.extended")
                                     .arg("date", date)
                                     .arg("effective", effective)
                                     .arg("which", std::move(moved)));
        if (!kept.empty())
            diag.parts.push_back(Message("DEADLINE-NON-WORKING-DAY.kept")
                                     .arg("effective", effective)
                                     .arg("which", std::move(kept)));
        if (contractual && !extend)
            diag.parts.push_back(Message("DEADLINE-NON-WORKING-DAY.advice").arg("date", date));
        fact(diag, "date", date);
        fact(diag, "weekday", weekday);
        if (holiday)
            fact(diag, "holiday", std::string(*holiday));
        fact(diag, "effective", effective);
        fact(diag, "territory", std::string(to_string(ctx.territory)), Unit::code);
        fact(diag, "contractual", contractual);
        if (!sections.empty()) {
            fact(diag, "sections", detail::join(sections, "; "));
            fact(diag, "paths", detail::join(paths, "; "), Unit::code);
        }
        if (!legal_rules.empty())
            fact(diag, "legal_rules", detail::join(legal_rules, "; "), Unit::code);
        fact(diag, "unconfirmed", true);
        fact(diag, "report_deadline_extension",
             std::string(to_string(ctx.options.report_deadline_extension)), Unit::code);
        if (contractual || crf)
            fact(diag, "report_due", extend ? effective : date);
        if (same.size() > 1 && same[1]->contractual)
            detail::other_place(diag, same[1]->source, same[1]->path);
        out.emit(std::move(diag));
    }
}

/// DEADLINE-NON-WORKING-DAY: a deadline falling on a Saturday, Sunday or public holiday.
inline constexpr BuiltinRule deadline_non_working_day{
    "DEADLINE-NON-WORKING-DAY", "Échéance un jour non ouvré", "Deadline on a non-working day",
    deadline_non_working_day_basis, &check_deadline_non_working_day};

} // namespace subvention::compliance::rules
