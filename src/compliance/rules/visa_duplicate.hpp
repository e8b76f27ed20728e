// SPDX-License-Identifier: Apache-2.0
// VISA-DUPLICATE — one document cites the same act twice in its visas (or, for the report, its
// legal foundations).
//
// Visas have no legal force of their own (CE, Sect., 28 juin 1974, Charmasson, n° 79473, quoted
// by the Guide de légistique, fiche 3.1.5), so a duplicate does not make the act illegal; but a
// visa copied twice is the mark of a drafting error — often another visa was meant (the seed's
// convention repeats the 12/12/2022 « Pacte des solidarités humaines » visa and lacks the
// « Budget citoyen » one its deliberation and report cite, SEED-03). A clerical error with no
// legal effect: info.
//
// Visas are compared by what they cite, not by their printed text (accents, case, quotes,
// punctuation and spacing folded):
//  - deliberation: same body (or body name) and, when both print a number, the same number;
//    otherwise the same date and the same title — two deliberations of one body on one day are
//    common (a session adopts dozens), so the title must match too;
//  - law/decree…: same kind and same number when both print one, else same date and title;
//  - code: same code and same articles; schéma: same name (or acronym) and date; règlement
//    intérieur: same body and articles; report: same author; committee opinion: same committee
//    (rank, name) and date; other visas: same folded text.
// One diagnostic per group of equal visas, located at the second occurrence; facts give every
// index and the first occurrence's path (`other_path`).
#pragma once

#include <algorithm>
#include <array>
#include <string>
#include <variant>
#include <vector>

#include "compliance/rules/assembly_common.hpp"

namespace subvention::compliance::rules {

/// Fondement juridique of VISA-DUPLICATE (the rule's default legal basis).
inline constexpr std::array<LegalRef, 2> visa_duplicate_basis{{
    {"Guide de légistique, fiche 3.1.5 (visas)", "",
     "the Guide's online edition (Légifrance), undated in the library's sources"},
    {"CE, Sect., 28 juin 1974, Charmasson, n° 79473 (visas sans portée juridique propre)", "",
     "decision of 28 June 1974"},
}};

namespace detail {

[[nodiscard]] inline std::vector<std::string> folded_articles(const std::vector<std::string>& v) {
    std::vector<std::string> out;
    for (const auto& a : v) {
        std::string f = fold(a);
        f.erase(std::remove(f.begin(), f.end(), ' '), f.end()); // « L. 3211-2 » = « L3211-2 »
        out.push_back(std::move(f));
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

/// Whether two optional dates are equal (both absent, or both the same day).
[[nodiscard]] inline bool same_date(const std::optional<Date>& a, const std::optional<Date>& b) {
    return a.has_value() == b.has_value() && (!a || *a == *b);
}

/// Whether two visas cite the same act (see the file comment).
[[nodiscard]] inline bool same_visa(const Visa& a, const Visa& b) {
    if (a.content.index() != b.content.index())
        return false;
    if (const auto* x = std::get_if<DeliberationVisa>(&a.content)) {
        const auto& y = std::get<DeliberationVisa>(b.content);
        const bool same_body =
            (x->body && y.body) ? *x->body == *y.body : fold(x->body_name) == fold(y.body_name);
        if (!same_body)
            return false;
        if (x->number && y.number)
            return *x->number == *y.number;
        return same_date(x->date, y.date) && fold(x->title) == fold(y.title);
    }
    if (const auto* x = std::get_if<LegalTextVisa>(&a.content)) {
        const auto& y = std::get<LegalTextVisa>(b.content);
        if (x->kind != y.kind)
            return false;
        if (x->number && y.number)
            return fold(*x->number) == fold(*y.number);
        return same_date(x->date, y.date) && fold(x->title) == fold(y.title);
    }
    if (const auto* x = std::get_if<CodeVisa>(&a.content)) {
        const auto& y = std::get<CodeVisa>(b.content);
        return fold(x->code) == fold(y.code) &&
               folded_articles(x->articles) == folded_articles(y.articles);
    }
    if (const auto* x = std::get_if<SchemeVisa>(&a.content)) {
        const auto& y = std::get<SchemeVisa>(b.content);
        const bool same_name = fold(x->name) == fold(y.name) ||
                               (x->acronym && y.acronym && fold(*x->acronym) == fold(*y.acronym));
        return same_name && same_date(x->date, y.date);
    }
    if (const auto* x = std::get_if<RulesOfProcedureVisa>(&a.content)) {
        const auto& y = std::get<RulesOfProcedureVisa>(b.content);
        return fold(x->body_name) == fold(y.body_name) &&
               folded_articles(x->articles) == folded_articles(y.articles);
    }
    if (const auto* x = std::get_if<ReportVisa>(&a.content)) {
        const auto& y = std::get<ReportVisa>(b.content);
        return fold(x->author) == fold(y.author);
    }
    if (const auto* x = std::get_if<CommitteeOpinion>(&a.content)) {
        const auto& y = std::get<CommitteeOpinion>(b.content);
        const bool same_rank =
            !x->committee.rank || !y.committee.rank || *x->committee.rank == *y.committee.rank;
        return same_rank && fold(x->committee.name) == fold(y.committee.name) &&
               same_date(x->date, y.date);
    }
    return fold(a.source.text) == fold(b.source.text);
}

/// The document as the subject of a sentence: « La délibération », « The deliberation ».
[[nodiscard]] inline Message document_subject(DocumentKind k) {
    switch (k) {
    case DocumentKind::deliberation:
        return Message("phrase.assembly.document_deliberation");
    case DocumentKind::rapport:
        return Message("phrase.assembly.document_rapport");
    case DocumentKind::convention:
        return Message("phrase.assembly.document_convention");
    case DocumentKind::dossier:
        return Message("phrase.assembly.document_dossier");
    }
    return Message("phrase.assembly.document_dossier");
}

/// The date an act cited in a visa bears, if any.
[[nodiscard]] inline std::optional<Date> cited_date(const Visa& v) {
    if (const auto* x = std::get_if<DeliberationVisa>(&v.content))
        return x->date;
    if (const auto* x = std::get_if<LegalTextVisa>(&v.content))
        return x->date;
    if (const auto* x = std::get_if<SchemeVisa>(&v.content))
        return x->date;
    if (const auto* x = std::get_if<CommitteeOpinion>(&v.content))
        return x->date;
    return std::nullopt;
}

} // namespace detail

/// VISA-DUPLICATE: le même acte visé deux fois dans un document (comparaison par contenu).
inline void check_visa_duplicate(const Context& ctx, Emitter& out) {
    using namespace detail;
    for (const auto& list : visa_lists(ctx.dossier)) {
        const auto& visas = *list.visas;
        std::vector<bool> grouped(visas.size(), false);
        for (std::size_t i = 0; i < visas.size(); ++i) {
            if (grouped[i])
                continue;
            std::vector<std::size_t> group{i};
            for (std::size_t j = i + 1; j < visas.size(); ++j) {
                if (!grouped[j] && same_visa(visas[i], visas[j])) {
                    group.push_back(j);
                    grouped[j] = true;
                }
            }
            if (group.size() < 2)
                continue;
            const auto& first = visas[group[0]];
            const auto& second = visas[group[1]];
            const bool foundations = list.path == "/rapport/legal_foundations";
            std::vector<std::string> indexes;
            std::vector<Message> ranks;
            for (const auto k : group) {
                indexes.push_back(std::to_string(k));
                ranks.push_back(Message("phrase.assembly.rank").arg("rank", k + 1));
            }
            const bool identical = std::all_of(group.begin(), group.end(), [&](std::size_t k) {
                return visas[k].source.text == first.source.text;
            });
            Diagnostic diag;
            diag.severity = Severity::info;
            diag.location = at(second.source, list.path + "/" + std::to_string(group[1]));
            diag.parts.push_back(
                Message(foundations ? "VISA-DUPLICATE.foundation" : "VISA-DUPLICATE.visa")
                    .arg("document", document_subject(first.source.document))
                    .arg("times", times(group.size()))
                    .arg("ranks", std::move(ranks))
                    .arg("text", first.source.text));
            fact(diag, "visa_kind", std::string(to_string(kind(first))), Unit::code);
            fact(diag, "occurrences", group.size());
            fact(diag, "indexes", join(indexes), Unit::code);
            fact(diag, "first_index", group[0]);
            fact(diag, "duplicate_index", group[1]);
            fact(diag, "printed_identically", identical);
            if (const auto date = cited_date(first); date && !date->is_special())
                fact(diag, "cited_date", *date);
            fact(diag, "other_document", std::string(to_string(first.source.document)), Unit::code);
            fact(diag, "other_section", first.source.section);
            fact(diag, "other_path", list.path + "/" + indexes[0], Unit::code);
            fact(diag, "other_text", first.source.text);
            out.emit(std::move(diag));
        }
    }
}

/// La règle VISA-DUPLICATE of the catalogue (stable ID).
inline constexpr BuiltinRule visa_duplicate{"VISA-DUPLICATE", "Visa en double", "Duplicated visa",
                                            visa_duplicate_basis, &check_visa_duplicate};

} // namespace subvention::compliance::rules
