// SPDX-License-Identifier: Apache-2.0
// CONV-CROSS-REFERENCE — a reference from one article of the convention to another must point at
// an article that exists and deals with what the reference is about (docs/legal-reference.md
// SEED-04: art. 12 makes repayment depend on « le bilan final d'exécution prévu à l'article 7 »,
// but art. 7 is « Modalités de versement »; the final report is art. 8, its deadline also in art.
// 4).
//
// The convention must define the conditions of use of the subsidy (loi 2000-321 art. 10 al. 3);
// a clause that sends the reader to the wrong article leaves a condition — here the one that
// triggers repayment — open to dispute. It is a drafting error whose intended meaning can
// usually be recovered, hence a warning:
//  - the target article exists but its subjects (the article index, `ConventionArticle::
//    subjects`) do not include the reference's subject: warning, with the articles that do deal
//    with it (`expected_articles`, index order) and the one whose main subject it is
//    (`suggested_article`: the first article listing it first);
//  - the target article does not exist in the index: warning as well (decision: the clause is
//    just as recoverable, or not, as a wrong one; an error would overstate a typo);
//  - nothing is said when the index is empty, when the reference's subject is `other`, or when
//    the target article lists no subject (nothing to compare).
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <subvention/convention.hpp>

#include "compliance/builtin_rule.hpp"
#include "compliance/rules/formal_common.hpp"

namespace subvention::compliance::rules {

inline constexpr std::array<LegalRef, 1> conv_cross_reference_basis{{
    {"loi 2000-321", "10 al. 3"},
}};

/// Contrôle des renvois entre articles de la convention (CONV-CROSS-REFERENCE).
inline void check_conv_cross_reference(const Context& ctx, Emitter& out) {
    namespace fd = formal_detail;
    if (!ctx.dossier.convention)
        return;
    const Convention& c = *ctx.dossier.convention;
    if (c.articles.empty())
        return;
    for (std::size_t i = 0; i < c.cross_references.size(); ++i) {
        const CrossReference& ref = c.cross_references[i];
        const ConventionArticle* target = find_article(c, ref.to_article);
        const std::string from = std::to_string(ref.from_article);
        const std::string to = std::to_string(ref.to_article);
        const std::string path = "/convention/cross_references/" + std::to_string(i);

        if (target == nullptr) {
            std::uint32_t last = 0;
            for (const auto& a : c.articles)
                last = a.number > last ? a.number : last;
            Diagnostic d;
            d.severity = Severity::warning;
            d.location = at(ref.source, path);
            d.message_fr = "L\u2019article " + from +
                           " de la convention renvoie à l\u2019article " + to +
                           ", qui n\u2019existe pas (la convention compte " +
                           std::to_string(c.articles.size()) +
                           (c.articles.size() > 1 ? " articles" : " article") +
                           ", le dernier étant l\u2019article " + std::to_string(last) + ").";
            d.message_en = "Article " + from + " of the convention refers to article " + to +
                           ", which does not exist (the convention has " +
                           std::to_string(c.articles.size()) +
                           (c.articles.size() > 1 ? " articles" : " article") +
                           ", the last one being article " + std::to_string(last) + ").";
            fd::fact(d, "from_article", from);
            if (ref.from_section)
                fd::fact(d, "from_section", std::to_string(*ref.from_section));
            fd::fact(d, "to_article", to);
            fd::fact(d, "subject", std::string(to_string(ref.subject)));
            fd::fact(d, "target_exists", "false");
            fd::fact(d, "article_count", std::to_string(c.articles.size()));
            fd::fact(d, "last_article", std::to_string(last));
            if (ref.subject != ConventionSubject::other)
                fd::fact(d, "expected_articles",
                         fd::csv(fd::numbers(articles_about(c, ref.subject))));
            out.emit(std::move(d));
            continue;
        }
        if (ref.subject == ConventionSubject::other || target->subjects.empty())
            continue;
        if (std::find(target->subjects.begin(), target->subjects.end(), ref.subject) !=
            target->subjects.end())
            continue;

        const auto expected = articles_about(c, ref.subject);
        std::optional<std::uint32_t> suggested;
        for (const auto& a : c.articles)
            if (!a.subjects.empty() && a.subjects.front() == ref.subject) {
                suggested = a.number;
                break;
            }
        if (!suggested && expected.size() == 1)
            suggested = expected.front();

        const std::string_view what_fr = fd::subject_fr(ref.subject);
        const std::string_view what_en = fd::subject_en(ref.subject);
        std::string where_fr;
        std::string where_en;
        if (expected.empty()) {
            where_fr = "aucun article de la convention ne traite " + fd::of_subject_fr(ref.subject);
            where_en = "no article of the convention deals with " + std::string(what_en);
        } else {
            std::vector<std::string> others;
            for (const auto n : expected)
                if (!suggested || n != *suggested)
                    others.push_back(std::to_string(n));
            const std::string main = suggested ? std::to_string(*suggested) : std::string();
            if (suggested) {
                where_fr = std::string(what_fr) + " fait l\u2019objet de l\u2019article " + main;
                where_en = std::string(what_en) + " is dealt with in article " + main;
                if (!others.empty()) {
                    where_fr += " (voir aussi l\u2019article" +
                                std::string(others.size() > 1 ? "s " : " ") + fd::list_fr(others) +
                                ")";
                    where_en += " (see also article" + std::string(others.size() > 1 ? "s " : " ") +
                                fd::list_en(others) + ")";
                }
            } else {
                where_fr = std::string(what_fr) + " est traité aux articles " + fd::list_fr(others);
                where_en =
                    std::string(what_en) + " is dealt with in articles " + fd::list_en(others);
            }
        }
        Diagnostic d;
        d.severity = Severity::warning;
        d.location = at(ref.source, path);
        d.message_fr = "L\u2019article " + from + " de la convention renvoie, pour " +
                       std::string(what_fr) + ", à l\u2019article " + to + " (" +
                       fd::quoted_fr(target->title) +
                       "), qui n\u2019en traite pas\u00A0: " + where_fr + ".";
        d.message_en = "Article " + from + " of the convention refers to article " + to + " (\"" +
                       target->title + "\") for " + std::string(what_en) +
                       ", but that article does not deal with it: " + where_en + ".";
        fd::fact(d, "from_article", from);
        if (ref.from_section)
            fd::fact(d, "from_section", std::to_string(*ref.from_section));
        fd::fact(d, "to_article", to);
        fd::fact(d, "to_article_title", target->title);
        fd::fact(d, "subject", std::string(to_string(ref.subject)));
        fd::fact(d, "target_exists", "true");
        fd::fact(d, "expected_articles", fd::csv(fd::numbers(expected)));
        if (suggested)
            fd::fact(d, "suggested_article", std::to_string(*suggested));
        out.emit(std::move(d));
    }
}

/// CONV-CROSS-REFERENCE: renvoi à un article qui ne traite pas du sujet (ou n'existe pas).
inline constexpr BuiltinRule conv_cross_reference{
    "CONV-CROSS-REFERENCE", "Renvoi à un article erroné", "Cross-reference to the wrong article",
    conv_cross_reference_basis, &check_conv_cross_reference};

} // namespace subvention::compliance::rules
