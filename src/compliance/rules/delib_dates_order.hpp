// SPDX-License-Identifier: Apache-2.0
// DELIB-DATES-ORDER — the dates of the dossier are not in the order the procedure imposes
// around the meeting that adopts the deliberation.
//
// Reads dossier.hpp's `timeline` (every dated fact, with its source) and locates each event in
// the model to give its path. The meeting M is the deliberation's (else the report's).
//  - error: the deliberation signed, transmitted to the prefect or published before M (an act
//    cannot be signed, transmitted or published before it is adopted: CGCT L.3131-1 makes it
//    enforceable once published and transmitted — after adoption); the convention signed before
//    M (the president signs it on the authority of this deliberation: he could not sign before);
//  - warning: a committee opinion dated after M (the opinion prepares the meeting — règlement
//    intérieur, CGCT L.3121-8 — so the date is probably mistyped); an act cited in a visa or a
//    legal foundation dated after M (a text only cites earlier acts — Guide de légistique, fiche
//    3.1.5; visas have no legal force of their own, CE Sect. 28 juin 1974 Charmasson, hence a
//    warning); the report's meeting differing from the deliberation's (the report must be the
//    one submitted to that meeting); two deliberations of the same body and year whose numbers
//    and dates are in opposite orders, or one number cited with two dates (registers number
//    acts in date order; one of the two is probably mistyped).
// Order: the dossier's document order (deliberation, report, convention), then reading order.
// Seed: nothing (visas 2014–2022 and opinion of 06/03/2023 before the meeting of 20/03/2023,
// signature the same day, report of the same meeting, 2022-360 < 2022-484 < 2022-503 in date
// order).
#pragma once

#include <algorithm>
#include <array>
#include <string>
#include <variant>
#include <vector>

#include <subvention/dossier.hpp>

#include "compliance/rules/assembly_common.hpp"
#include "compliance/rules/delib_number.hpp" // delib_number_basis

namespace subvention::compliance::rules {

/// Fondement juridique of DELIB-DATES-ORDER (the rule's default legal basis).
inline constexpr std::array<LegalRef, 1> delib_dates_order_basis{{
    {"CGCT", "L.3131-1",
     "consolidated text of late 2015, with electronic publication in force since 1 July 2022 "
     "(ordonnance n° 2021-1310 of 7 October 2021)"},
}};

namespace detail {

/// A timeline event with its place in the model.
struct PlacedEvent {
    DatedEvent event;
    std::string path;
    std::size_t order = 0; ///< document order, then reading order
};

/// Where each event of `timeline(d)` sits in the model: candidates are listed in document and
/// reading order, each event takes the first unused candidate with the same kind, date and
/// source (a visa printed twice gives two events and two paths).
[[nodiscard]] inline std::vector<PlacedEvent> placed_timeline(const Dossier& d) {
    struct Candidate {
        DossierEvent event;
        const SourceRef* source;
        std::optional<Date> date;
        std::string path;
        bool used = false;
    };
    std::vector<Candidate> c;
    auto visas = [&c](const std::vector<Visa>& list, const std::string& prefix) {
        for (std::size_t i = 0; i < list.size(); ++i) {
            const auto& v = list[i];
            std::optional<Date> date;
            DossierEvent e = DossierEvent::cited_act;
            if (const auto* law = std::get_if<LegalTextVisa>(&v.content))
                date = law->date;
            else if (const auto* dv = std::get_if<DeliberationVisa>(&v.content))
                date = dv->date;
            else if (const auto* s = std::get_if<SchemeVisa>(&v.content))
                date = s->date;
            else if (const auto* o = std::get_if<CommitteeOpinion>(&v.content)) {
                date = o->date;
                e = DossierEvent::committee_opinion;
            }
            c.push_back({e, &v.source, date, prefix + "/" + std::to_string(i)});
        }
    };
    if (const auto& x = d.deliberation) {
        visas(x->visas, "/deliberation/visas");
        c.push_back({DossierEvent::meeting, &x->meeting_date.source, x->meeting_date.value,
                     "/deliberation/meeting_date"});
        c.push_back({DossierEvent::signature, &x->signature.date.source, x->signature.date.value,
                     "/deliberation/signature/date"});
        if (x->transmission_date)
            c.push_back({DossierEvent::transmission, &x->transmission_date->source,
                         x->transmission_date->value, "/deliberation/transmission_date"});
        if (x->publication_date)
            c.push_back({DossierEvent::publication, &x->publication_date->source,
                         x->publication_date->value, "/deliberation/publication_date"});
    }
    if (const auto& r = d.rapport) {
        visas(r->legal_foundations, "/rapport/legal_foundations");
        if (r->committee_opinion)
            c.push_back({DossierEvent::committee_opinion, &r->committee_opinion->source,
                         r->committee_opinion->value.date, "/rapport/committee_opinion"});
        c.push_back({DossierEvent::meeting, &r->meeting_date.source, r->meeting_date.value,
                     "/rapport/meeting_date"});
        c.push_back({DossierEvent::signature, &r->signature.date.source, r->signature.date.value,
                     "/rapport/signature/date"});
    }
    if (const auto& v = d.convention) {
        visas(v->visas, "/convention/visas");
        if (v->grantor.authorisation)
            c.push_back({DossierEvent::authorisation, &v->grantor.authorisation->source,
                         v->grantor.authorisation->date, "/convention/grantor/authorisation"});
        if (v->beneficiary.authorisation)
            c.push_back({DossierEvent::authorisation, &v->beneficiary.authorisation->source,
                         v->beneficiary.authorisation->date,
                         "/convention/beneficiary/authorisation"});
        if (v->period) {
            c.push_back({DossierEvent::period_start, &v->period->source, v->period->value.start,
                         "/convention/period"});
            c.push_back({DossierEvent::period_end, &v->period->source, v->period->value.end,
                         "/convention/period"});
        }
        if (v->obligations.final_report) {
            const auto& ds = v->obligations.final_report->deadlines;
            for (std::size_t i = 0; i < ds.size(); ++i)
                c.push_back(
                    {DossierEvent::deadline, &ds[i].source, ds[i].date,
                     "/convention/obligations/final_report/deadlines/" + std::to_string(i)});
        }
        c.push_back({DossierEvent::signature, &v->signature.date.source, v->signature.date.value,
                     "/convention/signature/date"});
    }
    if (d.open_data_publication)
        c.push_back({DossierEvent::publication, &d.open_data_publication->source,
                     d.open_data_publication->value, "/open_data_publication"});

    std::vector<PlacedEvent> out;
    for (const auto& e : timeline(d)) {
        for (std::size_t i = 0; i < c.size(); ++i) {
            auto& k = c[i];
            if (k.used || k.event != e.event || !k.date || *k.date != e.date ||
                !(*k.source == e.source))
                continue;
            k.used = true;
            out.push_back(PlacedEvent{e, k.path, i});
            break;
        }
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const PlacedEvent& a, const PlacedEvent& b) { return a.order < b.order; });
    return out;
}

/// The letters and separators of a number (`DCP--` of `DCP-2024-415`, `-` of `2024-415`): two
/// numbers of one series have the same.
[[nodiscard]] inline std::string numbering_series(const DeliberationNumber& n) {
    std::string out;
    for (const char c : n.compact())
        if (!subvention::detail::is_digit(c))
            out += c;
    return out;
}

/// A deliberation with a number and a date, as the dossier gives it (the act or a visa).
struct NumberedAct {
    Body body;
    DeliberationNumber number;
    Date date;
    SourceRef source;
    std::string path;
};

/// The act itself and the deliberations its documents cite with body, number and date.
[[nodiscard]] inline std::vector<NumberedAct> numbered_acts(const Dossier& d) {
    std::vector<NumberedAct> out;
    if (const auto& x = d.deliberation)
        if (x->number.value && !x->meeting_date.value.is_special())
            out.push_back({body(*x), *x->number.value, x->meeting_date.value, x->number.source,
                           "/deliberation/number"});
    for (const auto& list : visa_lists(d)) {
        for (std::size_t i = 0; i < list.visas->size(); ++i) {
            const auto& v = (*list.visas)[i];
            const auto* dv = std::get_if<DeliberationVisa>(&v.content);
            if (dv == nullptr || !dv->body || !dv->number || !dv->date || dv->date->is_special())
                continue;
            out.push_back(
                {*dv->body, *dv->number, *dv->date, v.source, list.path + "/" + std::to_string(i)});
        }
    }
    return out;
}

} // namespace detail

/// DELIB-DATES-ORDER: dates du dossier dans un ordre impossible autour de la séance (avis de
/// commission après la séance, signature avant, actes visés postérieurs, rapport d'une autre
/// séance, numéros et dates en ordre inverse).
inline void check_delib_dates_order(const Context& ctx, Emitter& out) {
    using namespace detail;
    const auto& dossier = ctx.dossier;
    const Stated<Date>* meeting = nullptr;
    std::string meeting_path;
    if (dossier.deliberation && !dossier.deliberation->meeting_date.value.is_special()) {
        meeting = &dossier.deliberation->meeting_date;
        meeting_path = "/deliberation/meeting_date";
    } else if (dossier.rapport && !dossier.rapport->meeting_date.value.is_special()) {
        meeting = &dossier.rapport->meeting_date;
        meeting_path = "/rapport/meeting_date";
    }
    if (meeting != nullptr) {
        const Date m = meeting->value;
        const bool delib_meeting = meeting_path == "/deliberation/meeting_date";
        for (const auto& p : placed_timeline(dossier)) {
            const auto& e = p.event;
            const auto doc = e.source.document;
            Diagnostic diag;
            Message message;
            if (e.event == DossierEvent::committee_opinion && e.date > m) {
                diag.severity = Severity::warning;
                message = Message("DELIB-DATES-ORDER.opinion_after");
                diag.legal_basis.push_back(LegalBasis{"CGCT (règlement intérieur de l'assemblée)",
                                                      "L.3121-8",
                                                      "consolidated text of late 2015"});
            } else if (e.event == DossierEvent::cited_act && e.date > m) {
                diag.severity = Severity::warning;
                message = Message("DELIB-DATES-ORDER.cited_after");
                diag.legal_basis.push_back(LegalBasis{
                    "Guide de légistique, fiche 3.1.5 (visas)", "",
                    "the Guide's online edition (Légifrance), undated in the library's sources"});
                diag.legal_basis.push_back(LegalBasis{
                    "CE, Sect., 28 juin 1974, Charmasson, n° 79473 (visas sans portée juridique "
                    "propre)",
                    "", "decision of 28 June 1974"});
            } else if (doc == DocumentKind::deliberation && delib_meeting && e.date < m &&
                       (e.event == DossierEvent::signature ||
                        e.event == DossierEvent::transmission ||
                        e.event == DossierEvent::publication)) {
                diag.severity = Severity::error;
                const char* what = e.event == DossierEvent::signature ? "DELIB-DATES-ORDER.signed"
                                   : e.event == DossierEvent::transmission
                                       ? "DELIB-DATES-ORDER.transmitted"
                                       : "DELIB-DATES-ORDER.published";
                message =
                    Message("DELIB-DATES-ORDER.deliberation_before").arg("what", Message(what));
            } else if (doc == DocumentKind::convention && e.event == DossierEvent::signature &&
                       e.date < m) {
                diag.severity = Severity::error;
                message = Message("DELIB-DATES-ORDER.convention_before");
                diag.legal_basis.push_back(
                    LegalBasis{"CGCT", "L.3211-2", "consolidated text of late 2015"});
                diag.legal_basis.push_back(
                    LegalBasis{"CGCT", "L.3131-1", "consolidated text of late 2015"});
            } else if (doc == DocumentKind::rapport && e.event == DossierEvent::meeting &&
                       delib_meeting && e.date != m) {
                diag.severity = Severity::warning;
                message = Message("DELIB-DATES-ORDER.report_meeting");
                diag.legal_basis.push_back(
                    LegalBasis{"Cohérence des pièces : rapport soumis à la séance qui délibère", "",
                               "none (consistency of the documents, not a text)"});
            } else {
                continue;
            }
            diag.parts.push_back(std::move(message.arg("date", e.date).arg("meeting", m)));
            diag.location = at(e.source, p.path);
            fact(diag, "event", std::string(to_string(e.event)), Unit::code);
            fact(diag, "date", e.date);
            fact(diag, "meeting_date", m);
            other_place(diag, meeting->source, meeting_path);
            out.emit(std::move(diag));
        }
    }

    // Numbers against dates, per body and year (the act itself and the cited deliberations).
    const auto acts = numbered_acts(dossier);
    for (std::size_t j = 0; j < acts.size(); ++j) {
        for (std::size_t i = 0; i < j; ++i) {
            const auto& a = acts[i];
            const auto& b = acts[j];
            // Orders compare within one numbering: same body, same year, same letters.
            if (a.body != b.body || !a.number.year() || !a.number.sequence() ||
                a.number.year() != b.number.year() || !b.number.sequence() ||
                numbering_series(a.number) != numbering_series(b.number))
                continue;
            const bool same_number = a.number == b.number;
            const bool inverted = (a.number < b.number && a.date > b.date) ||
                                  (a.number > b.number && a.date < b.date);
            if (!(same_number && a.date != b.date) && !inverted)
                continue;
            Diagnostic diag;
            diag.severity = Severity::warning;
            diag.location = at(b.source, b.path);
            if (same_number)
                diag.parts.push_back(Message("DELIB-DATES-ORDER.same_number")
                                         .arg("number", b.number.formatted())
                                         .arg("date", b.date)
                                         .arg("other_date", a.date));
            else
                diag.parts.push_back(Message("DELIB-DATES-ORDER.numbers_inverted")
                                         .arg("other_number", a.number.formatted())
                                         .arg("other_date", a.date)
                                         .arg("number", b.number.formatted())
                                         .arg("date", b.date));
            diag.legal_basis.push_back(to_basis(delib_number_basis[0]));
            fact(diag, "body", std::string(to_string(b.body)), Unit::code);
            fact(diag, "number", b.number.formatted(), Unit::code);
            fact(diag, "date", b.date);
            fact(diag, "other_number", a.number.formatted(), Unit::code);
            fact(diag, "other_date", a.date);
            other_place(diag, a.source, a.path);
            out.emit(std::move(diag));
        }
    }
}

/// La règle DELIB-DATES-ORDER of the catalogue (stable ID).
inline constexpr BuiltinRule delib_dates_order{"DELIB-DATES-ORDER", "Ordre des dates du dossier",
                                               "Order of the dossier's dates",
                                               delib_dates_order_basis, &check_delib_dates_order};

} // namespace subvention::compliance::rules
