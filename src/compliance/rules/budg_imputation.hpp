// SPDX-License-Identifier: Apache-2.0
// subvention — BUDG-IMPUTATION: an imputation of the deliberation's or the report's table that
// cannot be read, designates an account or function that does not exist in M57, or an account
// that does not fit a subsidy to this beneficiary.
//
// Sources: docs/legal-reference.md §7 BUDG-IMPUTATION-FORMAT, BUDG-FUNCTIONAL-CHAPTERS,
// BUDG-FUNCTIONS-2DIGIT, BUDG-NATURE-SUBSIDIES (instruction budgétaire et comptable M57); loi
// 2000-321 art. 9-1 (what a subsidy is). The tables are budget.hpp's (detail/m57_tables.hpp).
//
// Severities (one finding per distinct imputation; the same imputation printed in the
// deliberation and in the report is reported once, at the deliberation, with `also_at`):
//  * blank imputation: `ctx.blank_severity()` (info in a draft, error once signed);
//  * a code that does not exist in M57 (class 0/9 nature, chapter other than 90x/93x, 2-digit
//    function not in the nomenclature — `ErrorKind::component`): error, the imputation
//    designates nothing;
//  * unreadable layout or incomplete code (`format`, `length`…): warning — another writing
//    convention is not illegal, but the imputation cannot be verified; a chapter without its
//    function (« 6574/933 ») gets the function the grant's purpose designates (« sport » → 32),
//    or says that none can be proposed — never the chapter's first function;
//  * nature of class 1 or 7, or not a subsidy account of the table (no known ancestor among
//    656x/657x/204x): warning;
//  * nature reserved to public bodies (6573x, 2041x) for a private beneficiary, or to private
//    persons (6574x, 2042x) for a public one: warning when the table entry is confirmed, info
//    marked unconfirmed otherwise; a compulsory contribution (655) to a private body: warning;
//  * SEED-12: a participation account (656x, e.g. 6568 « Autres participations ») for a
//    subsidy to a private body: INFO, marked `unconfirmed=true`. Why info and not warning:
//    (1) both the rule (« a subsidy to an association is normally imputed on 6574/65748 ») and
//    the account 6568 itself are UNCONFIRMED in docs/legal-reference.md; (2) the act itself calls
//    the aid a « participation », and the credits available on the line show the voted budget
//    carries the mission's aids on that account — re-imputing is a budget decision, not a defect of
//    the act; (3) the nature account does not affect the legality of the grant. The user still
//    learns the possible misclassification, with the assumption spelled out.
//  * 3-digit function not listed by docs/legal-reference.md (accepted by budget.hpp under a known
//  2-digit
//    one): info, the checker cannot confirm it.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <subvention/budget.hpp>
#include <subvention/compliance/diagnostic.hpp>
#include <subvention/document.hpp>
#include <subvention/dossier.hpp>

#include "compliance/builtin_rule.hpp"
#include "compliance/rules/amounts_common.hpp"
#include "compliance/rules/assembly_common.hpp"

namespace subvention::compliance::rules {

inline constexpr std::array<LegalRef, 2> budg_imputation_basis{{
    {"Instruction budgétaire et comptable M57 (nomenclatures par nature et par fonction)", "",
     "the M57 nomenclatures as reproduced in the public sources of docs/legal-reference.md §7 "
     "(chart of accounts M57 2020 extract)"},
    {"Arrêté du 30 janvier 1986 (chapitre de vote fonctionnel, article par nature)", "",
     "the 1986 text as cited in docs/legal-reference.md §7, later amendments not checked"},
}};

/// The basis of the findings on the nature account charged for a private body: the M57 nature
/// nomenclature, and what a subsidy is (an optional contribution).
inline std::vector<LegalBasis> nature_basis() {
    return {LegalBasis{"Instruction budgétaire et comptable M57 (nomenclature par nature)", "",
                       std::string(budg_imputation_basis[0].version)},
            LegalBasis{"loi 2000-321", "9-1", "as inserted by loi n° 2014-856 of 31 July 2014"}};
}

namespace detail {

/// Stable lower-case name of a nature account's use (« participation »).
[[nodiscard]] constexpr std::string_view nature_use_name(NatureUse u) noexcept {
    switch (u) {
    case NatureUse::chapter:
        return "chapter";
    case NatureUse::contribution:
        return "contribution";
    case NatureUse::participation:
        return "participation";
    case NatureUse::operating_subsidy:
        return "operating_subsidy";
    case NatureUse::equipment_subsidy:
        return "equipment_subsidy";
    }
    return "chapter";
}

/// The beneficiary of the grant a row imputes: the legal form shared by the grant decisions
/// of the row's document, else the convention's beneficiary's. `unknown` when they differ.
struct ImputedBeneficiary {
    LegalForm form = LegalForm::unknown;
    std::string name;
};

[[nodiscard]] inline ImputedBeneficiary imputed_beneficiary(const Dossier& d, const RowRef& r) {
    const std::vector<GrantDecision>* grants = nullptr;
    if (r.document == DocumentKind::deliberation && d.deliberation)
        grants = &d.deliberation->grants;
    else if (r.document == DocumentKind::rapport && d.rapport)
        grants = &d.rapport->proposed_grants;
    ImputedBeneficiary out;
    bool mixed = false;
    if (grants != nullptr)
        for (const auto& g : *grants) {
            if (g.beneficiary_form == LegalForm::unknown)
                continue;
            if (out.form == LegalForm::unknown) {
                out.form = g.beneficiary_form;
                out.name = g.beneficiary;
            } else if (category_of(out.form) != category_of(g.beneficiary_form)) {
                mixed = true;
            }
        }
    if (mixed)
        return {};
    if (out.form == LegalForm::unknown && d.convention) {
        out.form = d.convention->beneficiary.legal_form;
        out.name = d.convention->beneficiary.name;
    }
    return out;
}

/// The beneficiary a subsidy is charged to, for messages: « à l'association « APES » », « à une
/// association » (« an association "APES" »), by legal form, named when the act names it.
[[nodiscard]] inline Message to_beneficiary(const ImputedBeneficiary& who) {
    std::string key("phrase.amounts.beneficiary.");
    key.append(subvention::to_string(who.form));
    if (who.name.empty())
        return Message(std::move(key));
    return Message(key + ".named").arg("name", who.name);
}

/// The account a subsidy to `category` normally uses in `section` (docs/legal-reference.md
/// BUDG-NATURE-SUBSIDIES): 6574x / 65748 for associations and other private bodies, 65742 for
/// companies, 6573 / 2041 for public bodies, 2042 in investment for private persons.
[[nodiscard]] inline std::string_view usual_account(LegalForm form, Section section) noexcept {
    const PartyCategory c = category_of(form);
    if (section == Section::investissement)
        return c == PartyCategory::public_person ? "2041" : "2042";
    if (c == PartyCategory::public_person)
        return "6573";
    return form == LegalForm::company ? "65742" : "65748";
}

/// Words of a grant's purpose that designate one M57 function (« sport » → 32 « Sports »), folded
/// as `fold` does. Only words that cannot point elsewhere; a purpose matching several functions
/// designates none.
struct PurposeWord {
    std::string_view words;
    std::string_view function;
};
inline constexpr std::array<PurposeWord, 16> purpose_words{{
    {"SPORT", "32"},
    {"SPORTIF", "32"},
    {"SPORTIVE", "32"},
    {"CULTURE", "31"},
    {"CULTUREL", "31"},
    {"CULTURELLE", "31"},
    {"JEUNESSE", "33"},
    {"ECONOMIE SOCIALE ET SOLIDAIRE", "65"},
    {"TOURISME", "633"},
    {"TOURISTIQUE", "633"},
    {"COLLEGE", "221"},
    {"PERSONNES AGEES", "423"},
    {"PERSONNES HANDICAPEES", "425"},
    {"HANDICAP", "425"},
    {"PETITE ENFANCE", "422"},
    {"PROTECTION DE L ENFANCE", "421"},
}};

/// The function the dossier's statements of the grant's purpose designate (the grant
/// decisions' purpose, the deliberation's title, the convention's object), with the word that
/// designates it; nullopt when none does or several functions are designated.
[[nodiscard]] inline std::optional<std::pair<std::string_view, std::string_view>>
purpose_function(const Dossier& d) {
    std::vector<std::string> texts;
    if (d.deliberation) {
        texts.push_back(d.deliberation->title);
        for (const auto& g : d.deliberation->grants)
            texts.push_back(g.purpose);
    }
    if (d.rapport)
        for (const auto& g : d.rapport->proposed_grants)
            texts.push_back(g.purpose);
    if (d.convention)
        texts.push_back(d.convention->object.value);
    std::optional<std::pair<std::string_view, std::string_view>> found;
    for (const auto& t : texts) {
        const std::string folded = fold(t);
        for (const auto& w : purpose_words) {
            if (!has_words(folded, w.words))
                continue;
            if (found && found->second != w.function)
                return std::nullopt;
            found = std::pair{w.words, w.function};
        }
    }
    return found;
}

/// For an imputation that gives the chapter without the function (« 6574/933 »): the function
/// the grant's purpose designates, within that chapter, or the statement that none can be
/// proposed.
[[nodiscard]] inline Message function_hint(const Dossier& d, std::string_view printed,
                                           Diagnostic& diag) {
    std::string_view functional = printed.substr(printed.rfind('/') + 1);
    while (!functional.empty() && functional.front() == ' ')
        functional.remove_prefix(1);
    while (!functional.empty() && functional.back() == ' ')
        functional.remove_suffix(1);
    std::string_view nature = printed.substr(0, printed.rfind('/'));
    while (!nature.empty() && nature.back() == ' ')
        nature.remove_suffix(1);
    if (const auto pf = purpose_function(d);
        pf && functional.size() == 3 && pf->second.front() == functional.back()) {
        const auto proposed =
            Imputation::parse(std::string(nature) + "/" + std::string(functional.substr(0, 2)) +
                              std::string(pf->second));
        if (proposed) {
            std::string word;
            for (const char c : pf->first)
                word += ::subvention::detail::ascii_lower(c);
            fact(diag, "proposed_function", std::string(pf->second), Unit::code);
            return Message("BUDG-IMPUTATION.function_proposed")
                .arg("word", word)
                .arg("function", std::string(pf->second))
                .arg("label", std::string(proposed->function().label().value_or("")))
                .arg("imputation", proposed->formatted());
        }
    }
    fact(diag, "proposed_function", "", Unit::code);
    return Message("BUDG-IMPUTATION.function_unknown");
}

} // namespace detail

/// BUDG-IMPUTATION (« imputation budgétaire »): see the file comment.
///
/// Some findings quote, in French only, a text the checker does not translate — the parser's
/// explanation of an unreadable imputation, the M57 label of an account — where the English
/// message names the kind of error or nothing: both are arguments, each language leaving out
/// the one it does not show.
inline void check_budg_imputation(const Context& ctx, Emitter& out) {
    using namespace detail;
    // Operation codes against the collectivité's declared pattern, row by row.
    if (const auto& pattern = ctx.options.operation_code_pattern)
        for (const auto& r : imputation_rows(ctx.dossier)) {
            const std::string& code = r.row->operation_code;
            if (code.empty())
                continue; // many tables print no operation code
            const auto parsed = OperationCode::parse(code, *pattern);
            if (parsed.ok())
                continue;
            Diagnostic d;
            d.severity = Severity::warning;
            d.location = row_location(r, "operation_code");
            d.parts.push_back(Message("BUDG-IMPUTATION.operation_code_pattern")
                                  .arg("code", code)
                                  .arg("pattern", pattern->text())
                                  .arg("where", row_document_phrase(r, Case::de))
                                  .arg("error", parsed.error().message));
            fact(d, "operation_code", code, Unit::code);
            fact(d, "pattern", pattern->text(), Unit::code);
            out.emit(std::move(d));
        }
    for (const auto& g : distinct_imputations(ctx.dossier)) {
        const RowRef& r = g.first;
        const Message of = row_document_phrase(r, Case::de); // « de la délibération (article 3) »
        auto base = [&](Severity s) {
            Diagnostic d;
            d.severity = s;
            d.location = row_location(r, "imputation");
            fact(d, "imputation", g.printed, Unit::code);
            return d;
        };
        auto finish = [&](Diagnostic d) {
            if (!g.also_at.empty())
                fact(d, "also_at", join(g.also_at, ","), Unit::code);
            out.emit(std::move(d));
        };

        if (!g.parsed.ok()) {
            const Error& e = g.parsed.error();
            if (e.kind == ErrorKind::empty) {
                Diagnostic d = base(ctx.blank_severity());
                d.parts.push_back(Message("BUDG-IMPUTATION.blank").arg("where", of));
                fact(d, "blank", true);
                finish(std::move(d));
                continue;
            }
            const bool nonexistent = e.kind == ErrorKind::component;
            Diagnostic d = base(nonexistent ? Severity::error : Severity::warning);
            d.parts.push_back(
                Message(nonexistent ? "BUDG-IMPUTATION.nonexistent" : "BUDG-IMPUTATION.unreadable")
                    .arg("printed", g.printed)
                    .arg("where", of)
                    .arg("error", e.message)
                    .arg("error_kind", std::string(subvention::to_string(e.kind)))
                    .arg("field", e.field));
            fact(d, "error_kind", std::string(subvention::to_string(e.kind)), Unit::code);
            fact(d, "error_field", e.field, Unit::code);
            if (e.kind == ErrorKind::length && e.field == "fonction")
                d.parts.push_back(function_hint(ctx.dossier, g.printed, d));
            finish(std::move(d));
            continue;
        }

        const Imputation& imp = *g.parsed;
        const NatureAccount& nature = imp.nature();
        const std::string code(nature.code());
        const auto ancestor = nature.known_ancestor();
        const ImputedBeneficiary who = imputed_beneficiary(ctx.dossier, r);
        const PartyCategory category = category_of(who.form);
        // « à l'association « APES » », « au département « … » », « à une association ».
        const Message to_who = to_beneficiary(who);
        // nature_label / nature_use: of the account, or of its nearest ancestor in the table
        // (65749 → 6574), which is what the finding rests on.
        auto add_nature_facts = [&](Diagnostic& d) {
            fact(d, "nature", code, Unit::code);
            if (ancestor) {
                fact(d, "nature_label", std::string(*ancestor->label()));
                fact(d, "nature_use", std::string(nature_use_name(*ancestor->use())), Unit::code);
            }
            fact(d, "beneficiary_form", std::string(subvention::to_string(who.form)), Unit::code);
        };

        const AccountClass cls = nature.account_class();
        if (cls == AccountClass::produits || cls == AccountClass::capitaux) {
            Diagnostic d = base(Severity::warning);
            d.parts.push_back(Message(cls == AccountClass::produits
                                          ? "BUDG-IMPUTATION.revenue_account"
                                          : "BUDG-IMPUTATION.capital_account")
                                  .arg("imputation", imp.formatted())
                                  .arg("where", of)
                                  .arg("nature", code)
                                  .arg("class", code.substr(0, 1)));
            add_nature_facts(d);
            fact(d, "nature_class", code.substr(0, 1), Unit::code);
            finish(std::move(d));
        } else if (!ancestor || ancestor->use() == NatureUse::chapter) {
            Diagnostic d = base(Severity::warning);
            d.parts.push_back(Message("BUDG-IMPUTATION.not_subsidy_account")
                                  .arg("nature", code)
                                  .arg("imputation", imp.formatted())
                                  .arg("where", of));
            add_nature_facts(d);
            fact(d, "known", false);
            finish(std::move(d));
        } else {
            const auto reserved = ancestor->beneficiary();
            const auto use = *ancestor->use();
            const bool wrong_public =
                category == PartyCategory::private_person && reserved == Beneficiary::public_body;
            const bool wrong_private =
                category == PartyCategory::public_person && reserved == Beneficiary::private_person;
            const std::string usual(usual_account(who.form, imp.section()));
            // The imputation charging the subsidy to an account, with the M57 label of the
            // account (quoted in French only).
            auto charged = [&](std::string_view key) {
                return Message(std::string(key))
                    .arg("imputation", imp.formatted())
                    .arg("where", of)
                    .arg("beneficiary", to_who)
                    .arg("nature", code)
                    .arg("label", std::string(*ancestor->label()));
            };
            if (wrong_public || wrong_private) {
                const bool confirmed = ancestor->is_confirmed();
                Diagnostic d = base(confirmed ? Severity::warning : Severity::info);
                d.parts.push_back(
                    charged("BUDG-IMPUTATION.reserved_account")
                        .arg("reserved_to",
                             Message(wrong_public ? "BUDG-IMPUTATION.reserved_to_public"
                                                  : "BUDG-IMPUTATION.reserved_to_private"))
                        .arg("usual", usual));
                if (!confirmed)
                    d.parts.emplace_back("BUDG-IMPUTATION.unconfirmed_account");
                add_nature_facts(d);
                fact(d, "suggested_nature", usual, Unit::code);
                if (!confirmed) {
                    fact(d, "unconfirmed", true);
                    d.assumptions = {"m57_account_reservation"};
                }
                finish(std::move(d));
            } else if (category == PartyCategory::private_person &&
                       use == NatureUse::contribution) {
                Diagnostic d = base(Severity::warning);
                d.legal_basis = nature_basis();
                d.parts.push_back(
                    charged("BUDG-IMPUTATION.contribution_account").arg("usual", usual));
                add_nature_facts(d);
                fact(d, "suggested_nature", usual, Unit::code);
                finish(std::move(d));
            } else if (category == PartyCategory::private_person &&
                       use == NatureUse::participation) {
                // SEED-12 (docs/legal-reference.md BUDG-NATURE-SUBSIDIES, UNCONFIRMED): info, see
                // file comment.
                Diagnostic d = base(Severity::info);
                d.legal_basis = nature_basis();
                const bool account_confirmed = nature.is_known() && nature.is_confirmed();
                // French adds the M57 label of account 65748.
                const Message usual_account_name =
                    usual == "65748" ? Message("BUDG-IMPUTATION.usual_account_other_private")
                                           .arg("account", usual)
                                     : Message("phrase.text").arg("text", usual);
                std::vector<Message> not_found;
                if (!account_confirmed)
                    not_found.push_back(
                        Message("BUDG-IMPUTATION.account_not_found").arg("nature", code));
                d.parts.push_back(charged("BUDG-IMPUTATION.participation_account")
                                      .arg("usual", usual_account_name)
                                      .arg("account_not_found", std::move(not_found)));
                add_nature_facts(d);
                fact(d, "suggested_nature", usual, Unit::code);
                fact(d, "unconfirmed", true);
                d.assumptions = {"private_subsidy_account_rule"};
                if (!account_confirmed)
                    d.assumptions.emplace_back("nature_account_in_m57");
                finish(std::move(d));
            }
        }

        const FunctionCode& function = imp.function();
        if (!function.is_known()) {
            Diagnostic d = base(Severity::info);
            d.parts.push_back(Message("BUDG-IMPUTATION.unknown_function")
                                  .arg("function", std::string(function.code()))
                                  .arg("imputation", imp.formatted())
                                  .arg("where", of));
            fact(d, "function", std::string(function.code()), Unit::code);
            fact(d, "known", false);
            finish(std::move(d));
        }
    }
}

/// BUDG-IMPUTATION: malformed or unknown account/function in an imputation.
inline constexpr BuiltinRule budg_imputation{"BUDG-IMPUTATION", "Imputation budgétaire",
                                             "Budget imputation", budg_imputation_basis,
                                             &check_budg_imputation};

} // namespace subvention::compliance::rules
