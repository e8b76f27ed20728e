// SPDX-License-Identifier: Apache-2.0
// CONV-ARTICLE-NUMBERING — the convention's articles must be numbered 1, 2, …, n in printed
// order: no number missing, none used twice, none out of order, none left unnumbered.
//
// Every other clause designates articles by their number (« la période fixée à l'article 3 »,
// « le total prévu à l'article 6 »): a gap or a repeated number makes such references — and the
// conditions of use the convention must define (loi 2000-321 art. 10 al. 4) — ambiguous. A
// drafting defect rather than an illegality: warning. One diagnostic per defect, in printed
// order, each at the article where it shows:
//  - `unnumbered`: number 0 (the model's « no number printed »);
//  - `duplicate`: a number already used by an earlier article (`first_index`);
//  - `out_of_order`: a number lower than one printed before it (`previous_number`: the highest
//    number printed before);
//  - `gap`: numbers skipped between the highest number so far and this one that appear nowhere
//    in the index (`missing`: comma-separated, runs of three or more as `a-b`; `missing_count`).
//    A skipped number printed later is reported there as `out_of_order`, not here.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include <subvention/convention.hpp>

#include "compliance/builtin_rule.hpp"
#include "compliance/rules/formal_common.hpp"

namespace subvention::compliance::rules {

inline constexpr std::array<LegalRef, 1> conv_article_numbering_basis{{
    {"loi 2000-321", "10 al. 4",
     "rédaction de la loi n° 2021-875 du 1er juillet 2021 for acts from 3 July 2021, text in "
     "force on 1 January 2016 before; the convention duty in force since 13 June 2001 (3rd "
     "paragraph until 2014)"},
}};

namespace detail {

/// A run of missing article numbers [first, last].
struct NumberRun {
    std::uint32_t first = 0;
    std::uint32_t last = 0;
};

/// The numbers in (low, high) exclusive that `present` (sorted) does not contain, as runs.
[[nodiscard]] inline std::vector<NumberRun>
missing_runs(std::uint32_t low, std::uint32_t high, const std::vector<std::uint32_t>& present) {
    std::vector<NumberRun> runs;
    std::uint64_t next = static_cast<std::uint64_t>(low) + 1; // first candidate
    auto close = [&runs](std::uint64_t from, std::uint64_t to) {
        if (from <= to)
            runs.push_back(
                NumberRun{static_cast<std::uint32_t>(from), static_cast<std::uint32_t>(to)});
    };
    for (const auto p : present) {
        if (p <= low || p >= high)
            continue;
        if (p >= next)
            close(next, static_cast<std::uint64_t>(p) - 1);
        next = static_cast<std::uint64_t>(p) + 1;
    }
    if (high > 0)
        close(next, static_cast<std::uint64_t>(high) - 1);
    return runs;
}

/// Count of numbers in `runs`.
[[nodiscard]] inline std::uint64_t run_count(const std::vector<NumberRun>& runs) {
    std::uint64_t n = 0;
    for (const auto& r : runs)
        n += static_cast<std::uint64_t>(r.last) - r.first + 1;
    return n;
}

/// Runs written out: runs of one or two numbers as numbers, longer ones as `a<sep>b` (facts).
[[nodiscard]] inline std::vector<std::string> run_items(const std::vector<NumberRun>& runs,
                                                        std::string_view sep) {
    std::vector<std::string> items;
    for (const auto& r : runs) {
        if (r.last - r.first >= 2) {
            items.push_back(std::to_string(r.first) + std::string(sep) + std::to_string(r.last));
        } else {
            for (std::uint64_t n = r.first; n <= r.last; ++n)
                items.push_back(std::to_string(n));
        }
    }
    return items;
}

/// Runs as phrases of a message: runs of one or two numbers as numbers, longer ones as a range
/// (« 4 à 6 »).
[[nodiscard]] inline std::vector<Message> run_phrases(const std::vector<NumberRun>& runs) {
    std::vector<Message> items;
    for (const auto& r : runs) {
        if (r.last - r.first >= 2) {
            items.push_back(
                Message("CONV-ARTICLE-NUMBERING.range").arg("first", r.first).arg("last", r.last));
        } else {
            for (std::uint64_t n = r.first; n <= r.last; ++n)
                items.push_back(Message("phrase.text").arg("text", std::to_string(n)));
        }
    }
    return items;
}

} // namespace detail

/// Contrôle de la numérotation des articles de la convention (CONV-ARTICLE-NUMBERING).
inline void check_conv_article_numbering(const Context& ctx, Emitter& out) {
    if (!ctx.dossier.convention)
        return;
    const auto& articles = ctx.dossier.convention->articles;

    std::vector<std::uint32_t> all;
    for (const auto& a : articles)
        all.push_back(a.number);
    std::sort(all.begin(), all.end());

    std::vector<std::uint32_t> seen; // numbers met so far, in printed order
    std::uint32_t highest = 0;
    for (std::size_t i = 0; i < articles.size(); ++i) {
        const ConventionArticle& a = articles[i];
        const std::string n = std::to_string(a.number);
        Diagnostic d;
        d.severity = Severity::warning;
        d.location = Location{DocumentKind::convention,
                              a.number == 0 ? std::string("index des articles") : "article " + n,
                              "/convention/articles/" + std::to_string(i) + "/number", a.title};
        fact(d, "index", i);
        fact(d, "number", n, Unit::code);

        if (a.number == 0) {
            d.parts.push_back(Message("CONV-ARTICLE-NUMBERING.unnumbered")
                                  .arg("title", a.title)
                                  .arg("entry", i + 1));
            fact(d, "problem", "unnumbered", Unit::code);
            out.emit(std::move(d));
            continue;
        }
        if (const auto it = std::find(seen.begin(), seen.end(), a.number); it != seen.end()) {
            std::size_t first = 0;
            while (articles[first].number != a.number)
                ++first;
            d.parts.push_back(Message("CONV-ARTICLE-NUMBERING.duplicate")
                                  .arg("number", n)
                                  .arg("first_title", articles[first].title)
                                  .arg("title", a.title));
            fact(d, "problem", "duplicate", Unit::code);
            fact(d, "first_index", first);
            out.emit(std::move(d));
            continue;
        }
        seen.push_back(a.number);
        if (a.number < highest) {
            d.parts.push_back(Message("CONV-ARTICLE-NUMBERING.out_of_order")
                                  .arg("number", n)
                                  .arg("previous", highest));
            fact(d, "problem", "out_of_order", Unit::code);
            fact(d, "previous_number", std::to_string(highest), Unit::code);
            out.emit(std::move(d));
            continue;
        }
        const auto runs = detail::missing_runs(highest, a.number, all);
        if (!runs.empty()) {
            const auto count = detail::run_count(runs);
            const Message missing = Message("CONV-ARTICLE-NUMBERING.missing")
                                        .arg("count", count)
                                        .arg("numbers", detail::run_phrases(runs));
            if (highest == 0)
                d.parts.push_back(Message("CONV-ARTICLE-NUMBERING.gap_at_start")
                                      .arg("number", n)
                                      .arg("missing", missing));
            else
                d.parts.push_back(Message("CONV-ARTICLE-NUMBERING.gap")
                                      .arg("previous", highest)
                                      .arg("number", n)
                                      .arg("missing", missing));
            fact(d, "problem", "gap", Unit::code);
            if (highest > 0)
                fact(d, "previous_number", std::to_string(highest), Unit::code);
            fact(d, "missing", detail::join(detail::run_items(runs, "-")), Unit::code);
            fact(d, "missing_count", count);
            out.emit(std::move(d));
        }
        highest = a.number;
    }
}

/// CONV-ARTICLE-NUMBERING: articles non numérotés 1 à n dans l'ordre.
inline constexpr BuiltinRule conv_article_numbering{
    "CONV-ARTICLE-NUMBERING", "Numérotation des articles de la convention",
    "Numbering of the convention's articles", conv_article_numbering_basis,
    &check_conv_article_numbering};

} // namespace subvention::compliance::rules
