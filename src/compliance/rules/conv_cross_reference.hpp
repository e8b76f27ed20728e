// SPDX-License-Identifier: Apache-2.0
// CONV-CROSS-REFERENCE — a reference from one article of the convention to another must point at
// an article that exists and deals with what the reference is about (docs/legal-reference.md
// SEED-04: art. 12 makes repayment depend on « le bilan final d'exécution prévu à l'article 7 »,
// but art. 7 is « Modalités de versement »; the final report is art. 8, its deadline also in art.
// 4).
//
// The convention must define the conditions of use of the subsidy (loi 2000-321 art. 10 al. 4);
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
    {"loi 2000-321", "10 al. 4",
     "rédaction de la loi n° 2021-875 du 1er juillet 2021 for acts from 3 July 2021, text in "
     "force on 1 January 2016 before; the convention duty in force since 13 June 2001 (3rd "
     "paragraph until 2014)"},
}};

/// Contrôle des renvois entre articles de la convention (CONV-CROSS-REFERENCE).
inline void check_conv_cross_reference(const Context& ctx, Emitter& out) {
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
            d.parts.push_back(Message("CONV-CROSS-REFERENCE.missing_target")
                                  .arg("from", from)
                                  .arg("to", to)
                                  .arg("count", c.articles.size())
                                  .arg("last", last));
            fact(d, "from_article", from, Unit::code);
            if (ref.from_section)
                fact(d, "from_section", std::to_string(*ref.from_section), Unit::code);
            fact(d, "to_article", to, Unit::code);
            fact(d, "subject", std::string(to_string(ref.subject)), Unit::code);
            fact(d, "target_exists", false);
            fact(d, "article_count", c.articles.size());
            fact(d, "last_article", std::to_string(last), Unit::code);
            if (ref.subject != ConventionSubject::other)
                fact(d, "expected_articles",
                     detail::join(detail::numbers(articles_about(c, ref.subject))), Unit::code);
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

        Message where;
        if (expected.empty()) {
            where = Message("CONV-CROSS-REFERENCE.dealt_with_nowhere")
                        .arg("subject", detail::of_subject(ref.subject));
        } else {
            std::vector<std::string> others;
            for (const auto n : expected)
                if (!suggested || n != *suggested)
                    others.push_back(std::to_string(n));
            if (suggested) {
                std::vector<Message> see_also;
                if (!others.empty())
                    see_also.push_back(Message("CONV-CROSS-REFERENCE.see_also")
                                           .arg("count", others.size())
                                           .arg("articles", others));
                where = Message("CONV-CROSS-REFERENCE.dealt_with_in")
                            .arg("subject", detail::subject(ref.subject))
                            .arg("article", *suggested)
                            .arg("see_also", std::move(see_also));
            } else {
                where = Message("CONV-CROSS-REFERENCE.dealt_with_in_several")
                            .arg("subject", detail::subject(ref.subject))
                            .arg("articles", others);
            }
        }
        Diagnostic d;
        d.severity = Severity::warning;
        d.location = at(ref.source, path);
        d.parts.push_back(Message("CONV-CROSS-REFERENCE.wrong_target")
                              .arg("from", from)
                              .arg("subject", detail::subject(ref.subject))
                              .arg("to", to)
                              .arg("title", target->title)
                              .arg("where", std::move(where)));
        fact(d, "from_article", from, Unit::code);
        if (ref.from_section)
            fact(d, "from_section", std::to_string(*ref.from_section), Unit::code);
        fact(d, "to_article", to, Unit::code);
        fact(d, "to_article_title", target->title);
        fact(d, "subject", std::string(to_string(ref.subject)), Unit::code);
        fact(d, "target_exists", true);
        fact(d, "expected_articles", detail::join(detail::numbers(expected)), Unit::code);
        if (suggested)
            fact(d, "suggested_article", std::to_string(*suggested), Unit::code);
        out.emit(std::move(d));
    }
}

/// CONV-CROSS-REFERENCE: renvoi à un article qui ne traite pas du sujet (ou n'existe pas).
inline constexpr BuiltinRule conv_cross_reference{
    "CONV-CROSS-REFERENCE", "Renvoi à un article erroné", "Cross-reference to the wrong article",
    conv_cross_reference_basis, &check_conv_cross_reference};

} // namespace subvention::compliance::rules
