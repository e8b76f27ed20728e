// SPDX-License-Identifier: Apache-2.0
// subvention — the dossier: a deliberation, its report and its convention, with cross-document
// views (the granted amount as each document states it, the dates in order, the parties).
//
// Each document is optional: a user may check a convention alone. The views only read; the
// compliance checker compares what they return (docs/architecture.md §3.5: « Documents must agree
// », every disagreement names both places — hence every entry carries its `SourceRef`).
#pragma once

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include <subvention/convention.hpp>
#include <subvention/date.hpp>
#include <subvention/deliberation.hpp>
#include <subvention/document.hpp>
#include <subvention/execution.hpp>
#include <subvention/money.hpp>
#include <subvention/provenance.hpp>
#include <subvention/report.hpp>

namespace subvention {

/// Le dossier de subvention: the documents of one grant. Any of them may be absent.
struct Dossier {
    std::optional<Deliberation> deliberation{};
    std::optional<Rapport> rapport{};
    std::optional<Convention> convention{};
    /// Annexes actually attached to the dossier besides these documents (« budget
    /// prévisionnel », « RIB »…); empty in the seed, whose report refers to an annex it lacks.
    std::vector<std::string> annexes{};
    /// Date the convention's « données essentielles » were published in open data (loi 2000-321
    /// art. 10; décret 2017-779; PUBLICATION-OPEN-DATA): a fact of the dossier's life, not of
    /// the documents' text. Not known for the seed.
    std::optional<Stated<Date>> open_data_publication{};
    /// Date the beneficiary filed its request (« demande de subvention »): a fact of the
    /// dossier's life, which the documents seldom print. The contrat d'engagement républicain
    /// belongs to the request (loi 2000-321 art. 10-1; décret 2021-1947: requests filed from
    /// 2 January 2022; CONV-CER). Not known for the seed.
    std::optional<Stated<Date>> request_date = std::nullopt;
    /// Last day of the beneficiary's accounting year (« exercice ») for which the subsidy was
    /// granted (« exercice clos le 30 juin 2024 »): the compte rendu financier is due six months
    /// after it (loi 2000-321 art. 10). nullopt: not known — the calendar year of the grant is
    /// taken, an assumption the findings state (CONV-REPORT-DEADLINE).
    std::optional<Stated<Date>> beneficiary_exercise_end = std::nullopt;
    /// What happened after the signature: payments made, final report, forecasts, State-aid
    /// facts (<subvention/execution.hpp>); nullopt: not recorded (the seed).
    std::optional<Execution> execution = std::nullopt;
    /// Total of the products (« produits ») in the income statement of the beneficiary's last
    /// closed exercise: the measure of the « plus de 50 % du produit figurant au compte de
    /// résultat » of CGCT L.2313-1 (BUDG-ANNEX-LIST). nullopt: not known.
    std::optional<Stated<Euros>> beneficiary_resources = std::nullopt;
    /// Public subsidies in money the beneficiary receives over the same year from other
    /// administrative authorities, this dossier's grant excluded (the checker adds the grant
    /// itself: C. com. L.612-4, BENEFICIARY-AUDIT). nullopt: not known — not zero.
    std::optional<Stated<Euros>> beneficiary_other_public_subsidies = std::nullopt;
    /// Whether the beneficiary carries on an economic activity (offers goods or services on a
    /// market), whatever its legal form: it is then an undertaking for State aid and an
    /// enterprise for the aid competence of the région (GRANT-COMPETENCE, AID-STATE-MENTION).
    /// nullopt: not known, which is not « no ».
    std::optional<bool> beneficiary_economic_activity = std::nullopt;
    /// Date the decision granting the subsidy was notified to the beneficiary: the sixty-day
    /// payment deadline runs from it unless the convention sets other dates or conditions (loi
    /// 2000-321 art. 10 as amended by loi 2021-875; PAYMENT-DEADLINE), and notification makes
    /// the decision known to the beneficiary (CGCT L.3131-1; DELIB-EXECUTORY). A fact of the
    /// dossier's life, seldom printed in the documents; nullopt: not known (the seed).
    std::optional<Stated<Date>> notification_date = std::nullopt;
    friend bool operator==(const Dossier&, const Dossier&) = default;
};

// ---------------------------------------------------------------------------------------------
// Granted amount per document (AMOUNT-MISMATCH)

/// The amount granted, as each document states it, in document order (deliberation, report,
/// convention):
///  - deliberation: each grant decision (« d'un montant global de 57 000 € »);
///  - report: each proposed grant (the proposal, not the requests nor the budget table);
///  - convention: the total of the actions' ceilings (« montant maximum de l'aide », art. 6),
///    one entry whose source is the first ceiling's section and the ceilings' printed texts
///    joined by « ; » — only if at least one ceiling is stated.
/// Payments and imputation rows are not statements of the grant: PAYMENT-* and BUDG-* check
/// them. Throws std::overflow_error if the ceilings overflow.
[[nodiscard]] inline std::vector<Stated<Euros>> granted_amounts(const Dossier& d) {
    std::vector<Stated<Euros>> out;
    if (d.deliberation)
        for (const auto& g : d.deliberation->grants)
            out.push_back(g.amount);
    if (d.rapport)
        for (const auto& g : d.rapport->proposed_grants)
            out.push_back(g.amount);
    if (d.convention) {
        if (const auto total = ceilings_total(*d.convention)) {
            Stated<Euros> s{*total, {DocumentKind::convention, {}, {}}};
            for (const auto& a : d.convention->actions) {
                if (!a.amount)
                    continue;
                if (s.source.section.empty())
                    s.source.section = a.amount->source.section;
                if (!s.source.text.empty())
                    s.source.text += " ; ";
                s.source.text += a.amount->source.text;
            }
            out.push_back(std::move(s));
        }
    }
    return out;
}

// ---------------------------------------------------------------------------------------------
// Dates in order (DELIB-DATES-ORDER, CONV-RETROACTIVE, CONV-PERIOD…)

/// What a dated fact of the dossier is.
enum class DossierEvent {
    cited_act,         ///< date of an act cited in a visa (law, deliberation, schéma)
    committee_opinion, ///< avis de commission
    meeting,           ///< séance (deliberation, or the meeting a report is submitted to)
    authorisation,     ///< the authorising deliberation's date as the convention states it
    signature,         ///< signature of a document
    transmission,      ///< transmission to the prefect
    publication,       ///< publication
    period_start,      ///< first day of the convention's period
    period_end,        ///< last day of the convention's period
    deadline,          ///< a stated deadline (final report)
};

/// Stable lower-case name (« period_start »).
[[nodiscard]] constexpr std::string_view to_string(DossierEvent e) noexcept {
    switch (e) {
    case DossierEvent::cited_act:
        return "cited_act";
    case DossierEvent::committee_opinion:
        return "committee_opinion";
    case DossierEvent::meeting:
        return "meeting";
    case DossierEvent::authorisation:
        return "authorisation";
    case DossierEvent::signature:
        return "signature";
    case DossierEvent::transmission:
        return "transmission";
    case DossierEvent::publication:
        return "publication";
    case DossierEvent::period_start:
        return "period_start";
    case DossierEvent::period_end:
        return "period_end";
    case DossierEvent::deadline:
        return "deadline";
    }
    return "cited_act";
}

/// A dated fact with where it is stated.
struct DatedEvent {
    DossierEvent event = DossierEvent::cited_act;
    Date date{};
    SourceRef source{};
    friend bool operator==(const DatedEvent&, const DatedEvent&) = default;
};

namespace detail {
inline void add_visa_events(std::vector<DatedEvent>& out, const std::vector<Visa>& visas) {
    for (const auto& v : visas) {
        std::optional<Date> date;
        DossierEvent event = DossierEvent::cited_act;
        if (const auto* law = std::get_if<LegalTextVisa>(&v.content))
            date = law->date;
        else if (const auto* delib = std::get_if<DeliberationVisa>(&v.content))
            date = delib->date;
        else if (const auto* scheme = std::get_if<SchemeVisa>(&v.content))
            date = scheme->date;
        else if (const auto* opinion = std::get_if<CommitteeOpinion>(&v.content)) {
            date = opinion->date;
            event = DossierEvent::committee_opinion;
        }
        if (date && !date->is_special())
            out.push_back(DatedEvent{event, *date, v.source});
    }
}

inline void add_event(std::vector<DatedEvent>& out, DossierEvent e, const std::optional<Date>& d,
                      const SourceRef& source) {
    if (d && !d->is_special())
        out.push_back(DatedEvent{e, *d, source});
}
} // namespace detail

/// Every dated fact of the dossier, sorted by date; facts on the same date keep document order
/// (deliberation, report, convention) and, within a document, reading order. Blank or special
/// dates (not_a_date_time) are left out: the checker reports blanks on their own.
[[nodiscard]] inline std::vector<DatedEvent> timeline(const Dossier& d) {
    std::vector<DatedEvent> out;
    if (const auto& delib = d.deliberation) {
        detail::add_visa_events(out, delib->visas);
        detail::add_event(out, DossierEvent::meeting, delib->meeting_date.value,
                          delib->meeting_date.source);
        detail::add_event(out, DossierEvent::signature, delib->signature.date.value,
                          delib->signature.date.source);
        if (delib->transmission_date)
            detail::add_event(out, DossierEvent::transmission, delib->transmission_date->value,
                              delib->transmission_date->source);
        if (delib->publication_date)
            detail::add_event(out, DossierEvent::publication, delib->publication_date->value,
                              delib->publication_date->source);
    }
    if (const auto& r = d.rapport) {
        detail::add_visa_events(out, r->legal_foundations);
        if (r->committee_opinion)
            detail::add_event(out, DossierEvent::committee_opinion,
                              r->committee_opinion->value.date, r->committee_opinion->source);
        detail::add_event(out, DossierEvent::meeting, r->meeting_date.value,
                          r->meeting_date.source);
        detail::add_event(out, DossierEvent::signature, r->signature.date.value,
                          r->signature.date.source);
    }
    if (const auto& c = d.convention) {
        detail::add_visa_events(out, c->visas);
        for (const auto* party : {&c->grantor, &c->beneficiary})
            if (party->authorisation)
                detail::add_event(out, DossierEvent::authorisation, party->authorisation->date,
                                  party->authorisation->source);
        if (c->period) {
            detail::add_event(out, DossierEvent::period_start, c->period->value.start,
                              c->period->source);
            detail::add_event(out, DossierEvent::period_end, c->period->value.end,
                              c->period->source);
        }
        if (c->obligations.final_report)
            for (const auto& s : c->obligations.final_report->deadlines)
                detail::add_event(out, DossierEvent::deadline, s.date, s.source);
        detail::add_event(out, DossierEvent::signature, c->signature.date.value,
                          c->signature.date.source);
    }
    if (d.open_data_publication)
        detail::add_event(out, DossierEvent::publication, d.open_data_publication->value,
                          d.open_data_publication->source);
    std::stable_sort(out.begin(), out.end(),
                     [](const DatedEvent& a, const DatedEvent& b) { return a.date < b.date; });
    return out;
}

// ---------------------------------------------------------------------------------------------
// Parties (CONV-AUTHORISATION, AMOUNT-MISMATCH's beneficiary)

/// Role of a party in the grant.
enum class PartyRole {
    grantor,     ///< la collectivité attributaire
    beneficiary, ///< le bénéficiaire
};

/// Stable lower-case name (« beneficiary »).
[[nodiscard]] constexpr std::string_view to_string(PartyRole r) noexcept {
    return r == PartyRole::grantor ? "grantor" : "beneficiary";
}

/// A party named by a document, as printed.
struct PartyMention {
    PartyRole role = PartyRole::beneficiary;
    std::string name{};
    SourceRef source{};
    friend bool operator==(const PartyMention&, const PartyMention&) = default;
};

/// Every mention of the grantor and of the beneficiary, in document order: the collectivité
/// of each document; the deliberation's and the report's grant decisions and signing
/// authorisations (counterparty); the convention's two parties. Names are as printed — the
/// checker decides which spellings are the same party (« Economie » / « Économie »).
[[nodiscard]] inline std::vector<PartyMention> parties(const Dossier& d) {
    std::vector<PartyMention> out;
    auto decisions = [&out](DocumentKind doc, const std::vector<GrantDecision>& grants,
                            const std::vector<SigningAuthorisation>& auths) {
        for (const auto& g : grants)
            out.push_back({PartyRole::beneficiary, g.beneficiary, g.amount.source});
        for (const auto& a : auths) {
            SourceRef s = a.source;
            s.document = doc;
            out.push_back({PartyRole::beneficiary, a.counterparty, std::move(s)});
        }
    };
    if (const auto& delib = d.deliberation) {
        if (!delib->collectivite.name.empty())
            out.push_back({PartyRole::grantor,
                           delib->collectivite.name,
                           {DocumentKind::deliberation, "en-tête", delib->collectivite.name}});
        decisions(DocumentKind::deliberation, delib->grants, delib->signing_authorisations);
    }
    if (const auto& r = d.rapport) {
        if (!r->collectivite.name.empty())
            out.push_back({PartyRole::grantor,
                           r->collectivite.name,
                           {DocumentKind::rapport, "en-tête", r->collectivite.name}});
        decisions(DocumentKind::rapport, r->proposed_grants, r->proposed_authorisations);
    }
    if (const auto& c = d.convention) {
        out.push_back({PartyRole::grantor, c->grantor.name, c->grantor.source});
        out.push_back({PartyRole::beneficiary, c->beneficiary.name, c->beneficiary.source});
    }
    return out;
}

} // namespace subvention
