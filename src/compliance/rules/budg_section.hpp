// SPDX-License-Identifier: Apache-2.0
// subvention — BUDG-SECTION: the nature account and the functional chapter of an imputation
// belong to different sections, or the appropriation is of a kind the section cannot have.
//
// M57 (docs/legal-reference.md §7 BUDG-IMPUTATION-FORMAT, BUDG-FUNCTIONAL-CHAPTERS): classes 6 and
// 7 are the operating section and are voted on chapters 930–939; classes 1 and 2 are the investment
// section, chapters 900–909. `20412/9365` (an equipment subsidy on an operating chapter) or
// `6574/9065` are inconsistent: error.
// CGCT L.3312-4 (docs/legal-reference.md BUDG-AP-AE-CP): autorisations de programme exist only in
// the investment section, autorisations d'engagement only in the operating section: an AP line on
// a 93x chapter or an AE line on a 90x chapter is inconsistent: error.
// Unreadable imputations are BUDG-IMPUTATION's; the same imputation printed in the
// deliberation and in the report is reported once (fact `also_at`).
#pragma once

#include <array>
#include <string>
#include <utility>
#include <vector>

#include <subvention/budget.hpp>
#include <subvention/compliance/diagnostic.hpp>

#include "compliance/builtin_rule.hpp"
#include "compliance/rules/amounts_common.hpp"

namespace subvention::compliance::rules {

inline constexpr std::array<LegalRef, 2> budg_section_basis{{
    {"Instruction budgétaire et comptable M57 (chapitres fonctionnels 90x et 93x)", "",
     "the M57 functional presentation as reproduced in the public sources of "
     "docs/legal-reference.md §7 (chart of accounts M57 2020 extract)"},
    {"CGCT", "L.3312-4", "consolidated text of late 2015"},
}};

/// BUDG-SECTION (« section budgétaire »): see the file comment.
inline void check_budg_section(const Context& ctx, Emitter& out) {
    using namespace detail;
    for (const auto& g : distinct_imputations(ctx.dossier)) {
        if (!g.parsed.ok() || g.parsed->is_section_consistent())
            continue;
        const Imputation& imp = *g.parsed;
        const std::string nature(imp.nature().code());
        const std::string chapter(imp.chapter().code());
        const std::string ns(to_string(imp.nature_section()));
        const std::string cs(to_string(imp.section()));
        Diagnostic d;
        d.severity = Severity::error;
        d.legal_basis = {to_basis(budg_section_basis[0])};
        d.location = row_location(g.first, "imputation");
        d.parts.push_back(Message("BUDG-SECTION.nature_chapter")
                              .arg("imputation", imp.formatted())
                              .arg("where", row_document_phrase(g.first, Case::de))
                              .arg("nature", nature)
                              .arg("class", nature.substr(0, 1))
                              .arg("nature_section", budget_section(imp.nature_section()))
                              .arg("chapter", chapter)
                              .arg("chapter_section", budget_section(imp.section())));
        fact(d, "imputation", g.printed, Unit::code);
        fact(d, "nature", nature, Unit::code);
        fact(d, "nature_class", nature.substr(0, 1), Unit::code);
        fact(d, "nature_section", ns, Unit::code);
        fact(d, "chapter", chapter, Unit::code);
        fact(d, "chapter_section", cs, Unit::code);
        if (!g.also_at.empty())
            fact(d, "also_at", join(g.also_at, ","), Unit::code);
        out.emit(std::move(d));
    }

    // Appropriation kind vs the chapter's section (CGCT L.3312-4), once per (imputation, kind).
    std::vector<std::pair<std::string, AppropriationKind>> seen;
    for (const auto& r : imputation_rows(ctx.dossier)) {
        const auto parsed = Imputation::parse(r.row->imputation);
        if (!parsed.ok() || is_allowed_in(r.row->appropriation, parsed->section()))
            continue;
        const std::pair<std::string, AppropriationKind> key{parsed->formatted(),
                                                            r.row->appropriation};
        bool repeated = false;
        for (const auto& k : seen)
            repeated = repeated || k == key;
        if (repeated)
            continue;
        seen.push_back(key);
        const std::string kind(to_string(r.row->appropriation));
        const std::string cs(to_string(parsed->section()));
        const bool ap = r.row->appropriation == AppropriationKind::ap;
        Diagnostic d;
        d.severity = Severity::error;
        d.legal_basis = {to_basis(budg_section_basis[1])};
        d.location = row_location(r, "appropriation");
        d.parts.push_back(
            Message("BUDG-SECTION.appropriation")
                .arg("imputation", parsed->formatted())
                .arg("where", row_document_phrase(r, Case::de))
                .arg("appropriation", Message(ap ? "BUDG-SECTION.ap" : "BUDG-SECTION.ae"))
                .arg("section", budget_section(parsed->section())));
        fact(d, "imputation", std::string(subvention::detail::trim_spaces(r.row->imputation)),
             Unit::code);
        fact(d, "appropriation", lower_ascii(kind), Unit::code);
        fact(d, "chapter", std::string(parsed->chapter().code()), Unit::code);
        fact(d, "chapter_section", cs, Unit::code);
        out.emit(std::move(d));
    }
}

/// BUDG-SECTION: nature class vs chapter section (class 6 ↔ 93x, class 2 ↔ 90x).
inline constexpr BuiltinRule budg_section{"BUDG-SECTION", "Section budgétaire", "Budget section",
                                          budg_section_basis, &check_budg_section};

} // namespace subvention::compliance::rules
