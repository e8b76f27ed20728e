// SPDX-License-Identifier: Apache-2.0
// VOTE-QUORUM — the body could not deliberate: its quorum was not met for the item.
//
// vote.hpp computes the quorum (finding `quorum_not_met`): Conseil départemental, absolute
// majority of members in office physically present, proxies not counted (CGCT L.3121-14 al. 1);
// Commission permanente, present or represented (L.3121-14-1); members interested in the item
// are not counted present (COI-QUORUM: Sénat answers of 01/03/2007 and 12/04/2007, CE 19 Jan
// 1983 Chauré); one third of the members in office during the COVID-19 derogation, by meeting
// date and body (VOTE-COVID-DEROGATION: present only, save 3 Apr – 10 Jul 2020, present or
// represented); no quorum for a meeting reconvened after a failed one (L.3121-14
// al. 2 — an option of the analysis the dossier model does not carry yet). This rule maps the
// finding to a diagnostic:
//  - error: the quorum is not met — even though the members in office default to the persons
//    listed with a vote (lists assumed exhaustive): more members in office would only raise the
//    quorum, so the assumption cannot create this error;
//  - warning instead when the Commission permanente's act records no proxies and the potential
//    proxies (one per excused or absent member, vote.hpp's bound) would reach the quorum: the
//    act may simply have omitted them;
//  - the message names the regime of the meeting date: the text of the COVID period that applies
//    to the body (quorum.hpp `covid_derogation_periods`), and whether represented members count
//    (« présents ou représentés » only for the ordinary CP and for 3 Apr – 10 Jul 2020);
//  - info (unconfirmed=true) when the quorum is met only by counting represented members from
//    3 Apr to 10 Jul 2020: it rests on `covid_quorum_represented`;
//  - warning (unconfirmed=true) when the meeting falls on the uncertain first day of a COVID
//    derogation period (vote.hpp `Assumption::covid_period_first_day`) and the ordinary regime,
//    had it applied, could have been met (Commission permanente counting its represented
//    members); otherwise the failure holds under both regimes;
//  - error `in_office_below_listed`: a number of members in office smaller than the members
//    listed with a vote (only when the caller states the number);
//  - warning `counts_disagree_with_lists`: the attendance is given both as counts and as named
//    lists, and they differ (the quorum is computed on the counts);
//  - error `counts_impossible`: counts that cannot all be true — more members interested in the
//    item than members present, more proxies than members excused or absent (a proxy is given
//    by a member prevented from attending, CGCT L.3121-16).
#pragma once

#include <array>
#include <string>
#include <vector>

#include "compliance/rules/assembly_common.hpp"

namespace subvention::compliance::rules {

/// Fondement juridique of VOTE-QUORUM (the rule's default legal basis).
inline constexpr std::array<LegalRef, 2> vote_quorum_basis = detail::quorum_articles;

namespace detail {

/// The info of a quorum met only by counting represented members under the wording of loi
/// 2020-290 art. 10 given by ordonnance n° 2020-391 (3 Apr – 10 Jul 2020), whose text was not
/// read: a failed quorum fails under any reading, a met one may rest on that assumption.
inline void emit_vote_quorum_represented(const VoteAnalysis& a, Emitter& out,
                                         const std::string& where) {
    const auto& q = a.quorum;
    if (!rests_on(a.assumptions, Assumption::covid_quorum_represented) || !q.met || q.reconvened ||
        q.present_counted >= q.required)
        return;
    const auto covid = covid_derogation_on(a.meeting_date, a.body);
    if (!covid)
        return;
    Diagnostic diag;
    diag.severity = Severity::info;
    diag.parts.push_back(Message("VOTE-QUORUM.met_with_represented")
                             .arg("present", q.present_counted.count())
                             .arg("represented", q.represented_counted.count())
                             .arg("required", q.required.count())
                             .arg("in_office", q.members_in_office.count())
                             .arg("source", std::string(covid->source)));
    diag.location = attendance_at(where);
    assume(diag, Assumption::covid_quorum_represented);
    fact(diag, "regime", std::string(to_string(a.regime)), Unit::code);
    fact(diag, "members_in_office", q.members_in_office.count(), Unit::members);
    fact(diag, "quorum_required", q.required.count(), Unit::members);
    fact(diag, "present_counted", q.present_counted.count(), Unit::members);
    fact(diag, "represented_counted", q.represented_counted.count(), Unit::members);
    fact(diag, "unconfirmed", true);
    diag.legal_basis.push_back(
        LegalBasis{std::string(covid->source), "", "the version in force on the meeting date"});
    out.emit(std::move(diag));
}

/// Emits the VOTE-QUORUM diagnostics of a vote analysis; `where` is the attendance they rest on
/// (the named lists, or the counts when the act gives only counts).
inline void emit_vote_quorum(const VoteAnalysis& a, Emitter& out,
                             const std::string& where = "/deliberation/attendance/entries") {
    emit_vote_quorum_represented(a, out, where);
    for (const auto& f : a.findings) {
        if (f.kind == VoteFindingKind::in_office_below_listed) {
            Diagnostic diag;
            diag.severity = Severity::error;
            const auto in_office = f.number(FactKey::members_in_office).value_or(0);
            const auto listed = f.number(FactKey::listed_with_voice).value_or(0);
            diag.parts.push_back(Message("VOTE-QUORUM.in_office_below_listed")
                                     .arg("in_office", in_office)
                                     .arg("listed", listed));
            diag.location = attendance_at(where);
            copy_facts(diag, f);
            assume(diag, f.assumptions);
            out.emit(std::move(diag));
            continue;
        }
        if (f.kind == VoteFindingKind::counts_disagree_with_lists ||
            f.kind == VoteFindingKind::counts_impossible) {
            Diagnostic diag;
            const auto get = [&](FactKey k) { return f.number(k).value_or(0); };
            if (f.kind == VoteFindingKind::counts_disagree_with_lists) {
                diag.severity = Severity::warning;
                diag.parts.push_back(
                    Message("VOTE-QUORUM.counts_disagree_with_lists")
                        .arg("stated_present", get(FactKey::stated_present))
                        .arg("stated_present_agreement", agreement(get(FactKey::stated_present)))
                        .arg("listed_present", get(FactKey::listed_present))
                        .arg("stated_not_present", get(FactKey::stated_not_present))
                        .arg("listed_not_present", get(FactKey::listed_not_present)));
            } else if (f.number(FactKey::stated_interested)) {
                diag.severity = Severity::error;
                diag.parts.push_back(
                    Message("VOTE-QUORUM.interested_above_present")
                        .arg("interested", get(FactKey::stated_interested))
                        .arg("interested_agreement", agreement(get(FactKey::stated_interested)))
                        .arg("present", get(FactKey::stated_present))
                        .arg("present_agreement", agreement(get(FactKey::stated_present))));
            } else {
                diag.severity = Severity::error;
                diag.parts.push_back(
                    Message("VOTE-QUORUM.proxies_above_not_present")
                        .arg("proxies", get(FactKey::stated_proxies))
                        .arg("proxies_agreement", agreement(get(FactKey::stated_proxies)))
                        .arg("not_present", get(FactKey::stated_not_present))
                        .arg("not_present_agreement", agreement(get(FactKey::stated_not_present))));
            }
            diag.location = attendance_at("/deliberation/attendance/counts");
            copy_facts(diag, f);
            out.emit(std::move(diag));
            continue;
        }
        if (f.kind != VoteFindingKind::quorum_not_met)
            continue;
        const auto& q = a.quorum;
        const bool cp = a.body == Body::commission_permanente;
        const std::int32_t counted = q.present_counted.count() + q.represented_counted.count();
        const std::int32_t potential =
            q.counts_represented && !a.proxies_recorded ? a.potential_proxies.count() : 0;
        const bool proxies_could_reach = potential > 0 && counted + potential >= q.required.count();
        // On the uncertain first day of a COVID period the ordinary regime may apply instead;
        // it only helps a Commission permanente (represented members count again), and only if
        // the proxies (recorded, else vote.hpp's bound) could reach its absolute majority.
        const std::int32_t proxies =
            a.proxies_recorded ? a.proxies_counted.count() : a.potential_proxies.count();
        const bool first_day =
            (rests_on(a.assumptions, Assumption::covid_period_first_day) ||
             rests_on(f.assumptions, Assumption::covid_period_first_day)) &&
            quorum_counts_represented(a.body, QuorumRegime::ordinary) &&
            q.present_counted.count() + proxies >= absolute_majority(q.members_in_office).count();

        Diagnostic diag;
        diag.severity = (proxies_could_reach || first_day) ? Severity::warning : Severity::error;
        const std::int64_t present = q.present_counted.count();
        std::vector<Message> interested_part;
        if (a.interested_present.count() > 0)
            interested_part.push_back(Message("VOTE-QUORUM.not_counting_interested")
                                          .arg("interested", a.interested_present.count()));
        // The regime as the text applied on the meeting date words it.
        const auto covid = a.regime == QuorumRegime::covid_derogation
                               ? covid_derogation_on(a.meeting_date, a.body)
                               : std::nullopt;
        Message regime_phrase = covid ? Message("VOTE-QUORUM.one_third")
                                            .arg("in_office", q.members_in_office.count())
                                            .arg("source", std::string(covid->source))
                                      : Message("VOTE-QUORUM.absolute_majority")
                                            .arg("in_office", q.members_in_office.count());
        std::vector<Message> represented;
        if (q.counts_represented)
            represented.push_back(Message("VOTE-QUORUM.and_represented")
                                      .arg("represented", q.represented_counted.count()));
        diag.parts.push_back(
            Message("VOTE-QUORUM.not_met")
                .arg("present", present)
                .arg("present_agreement", agreement(present))
                .arg("interested", std::move(interested_part))
                .arg("represented", std::move(represented))
                .arg("counted", counted)
                .arg("required", q.required.count())
                .arg("regime", regime_phrase)
                .arg("who", Message(q.counts_represented ? "phrase.assembly.present_or_represented"
                                                         : "phrase.assembly.present")));
        if (proxies_could_reach)
            diag.parts.push_back(Message("VOTE-QUORUM.proxies_not_recorded")
                                     .arg("missing", q.required.count() - counted));
        if (first_day)
            diag.parts.emplace_back("VOTE-QUORUM.covid_first_day");
        diag.location = attendance_at(where);
        copy_facts(diag, f);
        assume(diag, f.assumptions);
        if (first_day)
            assume(diag, Assumption::covid_period_first_day);
        fact(diag, "counted", counted, Unit::members);
        fact(diag, "proxies_recorded", a.proxies_recorded);
        fact(diag, "members_in_office_basis",
             a.in_office_basis == MembersInOfficeBasis::stated ? "stated" : "assumed_from_lists",
             Unit::code);
        if (first_day)
            fact(diag, "unconfirmed", true);
        if (!f.assumptions.empty())
            fact(diag, "assumptions", join(assumption_names(f.assumptions)), Unit::code);
        const auto interested = names(f, PersonRole::interested);
        if (!interested.empty())
            fact(diag, "interested", interested);
        diag.legal_basis.push_back(to_basis(vote_quorum_basis[cp ? 1 : 0]));
        if (covid)
            diag.legal_basis.push_back(LegalBasis{std::string(covid->source), "",
                                                  "the version in force on the meeting date"});
        if (a.interested_present.count() > 0)
            diag.legal_basis.push_back(LegalBasis{
                "Sénat, réponses ministérielles des 01/03/2007 et 12/04/2007 (CE 19 janv. 1983 "
                "Chauré) : membres intéressés non comptés présents",
                "", "answers of 1 March and 12 April 2007"});
        out.emit(std::move(diag));
    }
}

} // namespace detail

/// VOTE-QUORUM: quorum de l'organe délibérant (CD: présents, CGCT L.3121-14; CP: présents ou
/// représentés, L.3121-14-1; membres intéressés non comptés).
inline void check_vote_quorum(const Context& ctx, Emitter& out) {
    const auto& run = detail::run_vote(ctx);
    if (!run.analysis)
        return;
    const auto& att = ctx.dossier.deliberation->attendance;
    detail::emit_vote_quorum(*run.analysis, out,
                             att.counts && att.entries.empty()
                                 ? "/deliberation/attendance/counts"
                                 : "/deliberation/attendance/entries");
}

/// La règle VOTE-QUORUM of the catalogue (stable ID).
inline constexpr BuiltinRule vote_quorum{"VOTE-QUORUM", "Quorum de l'assemblée",
                                         "Quorum of the assembly", vote_quorum_basis,
                                         &check_vote_quorum};

} // namespace subvention::compliance::rules
