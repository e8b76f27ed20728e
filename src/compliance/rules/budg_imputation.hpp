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
//    convention is not illegal, but the imputation cannot be verified;
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

namespace subvention::compliance::rules {

inline constexpr std::array<LegalRef, 2> budg_imputation_basis{{
    {"Instruction budgétaire et comptable M57 (nomenclatures par nature et par fonction)", ""},
    {"Arrêté du 30 janvier 1986 (chapitre de vote fonctionnel, article par nature)", ""},
}};

namespace amounts_detail {

/// « une association », … (the beneficiary as a message names it).
[[nodiscard]] inline std::string_view form_fr(LegalForm f) noexcept {
    switch (f) {
    case LegalForm::association:
        return "une association";
    case LegalForm::foundation:
        return "une fondation";
    case LegalForm::company:
        return "une entreprise";
    case LegalForm::other:
        return "une personne morale de droit privé";
    case LegalForm::departement:
        return "un département";
    case LegalForm::region:
        return "une région";
    case LegalForm::commune:
        return "une commune";
    case LegalForm::epci:
        return "un EPCI";
    case LegalForm::public_body:
        return "une personne publique";
    case LegalForm::unknown:
        return "un bénéficiaire";
    }
    return "un bénéficiaire";
}

/// « l'association », « le département »… (a named beneficiary).
[[nodiscard]] inline std::string_view form_definite_fr(LegalForm f) noexcept {
    switch (f) {
    case LegalForm::association:
        return "l'association";
    case LegalForm::foundation:
        return "la fondation";
    case LegalForm::company:
        return "l'entreprise";
    case LegalForm::other:
        return "l'organisme";
    case LegalForm::departement:
        return "le département";
    case LegalForm::region:
        return "la région";
    case LegalForm::commune:
        return "la commune";
    case LegalForm::epci:
        return "l'EPCI";
    case LegalForm::public_body:
        return "l'organisme public";
    case LegalForm::unknown:
        return "le bénéficiaire";
    }
    return "le bénéficiaire";
}

[[nodiscard]] inline std::string_view form_en(LegalForm f) noexcept {
    switch (f) {
    case LegalForm::association:
        return "an association";
    case LegalForm::foundation:
        return "a foundation";
    case LegalForm::company:
        return "a company";
    case LegalForm::other:
        return "a private legal person";
    case LegalForm::departement:
        return "a département";
    case LegalForm::region:
        return "a région";
    case LegalForm::commune:
        return "a commune";
    case LegalForm::epci:
        return "an EPCI";
    case LegalForm::public_body:
        return "a public body";
    case LegalForm::unknown:
        return "a beneficiary";
    }
    return "a beneficiary";
}

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

} // namespace amounts_detail

/// BUDG-IMPUTATION (« imputation budgétaire »): see the file comment.
inline void check_budg_imputation(const Context& ctx, Emitter& out) {
    using namespace amounts_detail;
    for (const auto& g : distinct_imputations(ctx.dossier)) {
        const RowRef& r = g.first;
        const std::string of_f = de_fr(row_where_fr(r)); // « de la délibération (article 3) »
        const std::string of_e = "of " + row_where_en(r);
        auto base = [&](Severity s) {
            Diagnostic d;
            d.severity = s;
            d.location = row_location(r, "imputation");
            d.facts.push_back({"imputation", g.printed});
            return d;
        };
        auto finish = [&](Diagnostic d) {
            if (!g.also_at.empty())
                d.facts.push_back({"also_at", join(g.also_at, ",")});
            out.emit(std::move(d));
        };

        if (!g.parsed.ok()) {
            const Error& e = g.parsed.error();
            if (e.kind == ErrorKind::empty) {
                Diagnostic d = base(ctx.blank_severity());
                d.message_fr = "L'imputation budgétaire " + of_f +
                               " n'est pas renseignée : elle doit l'être avant signature.";
                d.message_en = "The budget imputation " + of_e +
                               " is blank: it must be filled in before signature.";
                d.facts.push_back({"blank", "true"});
                finish(std::move(d));
                continue;
            }
            const bool nonexistent = e.kind == ErrorKind::component;
            Diagnostic d = base(nonexistent ? Severity::error : Severity::warning);
            if (nonexistent) {
                d.message_fr = "L'imputation " + quoted_fr(g.printed) + " " + of_f +
                               " désigne un compte ou une fonction qui n'existe pas dans la "
                               "nomenclature M57 : " +
                               e.message + ".";
                d.message_en = "The imputation \"" + g.printed + "\" " + of_e +
                               " designates an account or function that does not exist in the "
                               "M57 nomenclature (" +
                               std::string(subvention::to_string(e.kind)) + " error on « " +
                               e.field + " »).";
            } else {
                d.message_fr =
                    "L'imputation " + quoted_fr(g.printed) + " " + of_f +
                    " ne peut pas être lue comme nature/code fonctionnel : " + e.message +
                    " ; elle ne peut donc pas être vérifiée.";
                d.message_en = "The imputation \"" + g.printed + "\" " + of_e +
                               " cannot be read as nature/functional code (" +
                               std::string(subvention::to_string(e.kind)) + " error on « " +
                               e.field + " »); it cannot be verified.";
            }
            d.facts.push_back({"error_kind", std::string(subvention::to_string(e.kind))});
            d.facts.push_back({"error_field", e.field});
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
        const std::string to_who_fr =
            who.name.empty()
                ? "à " + std::string(form_fr(who.form))
                : a_fr(std::string(form_definite_fr(who.form)) + " " + quoted_fr(who.name));
        const std::string who_en =
            std::string(form_en(who.form)) + (who.name.empty() ? "" : " \"" + who.name + "\"");
        // nature_label / nature_use: of the account, or of its nearest ancestor in the table
        // (65749 → 6574), which is what the finding rests on.
        auto add_nature_facts = [&](Diagnostic& d) {
            d.facts.push_back({"nature", code});
            if (ancestor) {
                d.facts.push_back({"nature_label", std::string(*ancestor->label())});
                d.facts.push_back({"nature_use", std::string(nature_use_name(*ancestor->use()))});
            }
            d.facts.push_back({"beneficiary_form", std::string(subvention::to_string(who.form))});
        };

        const AccountClass cls = nature.account_class();
        if (cls == AccountClass::produits || cls == AccountClass::capitaux) {
            Diagnostic d = base(Severity::warning);
            d.message_fr = "L'imputation " + imp.formatted() + " " + of_f +
                           " porte la dépense sur la nature " + code + ", de la classe " +
                           code.substr(0, 1) + " (" + std::string(to_string(cls)) +
                           ") : une subvention versée est une charge (classe 6) ou une "
                           "subvention d'équipement (compte 204).";
            d.message_en = "The imputation " + imp.formatted() + " " + of_e +
                           " charges the expense to nature " + code + ", of class " +
                           code.substr(0, 1) +
                           ": a subsidy paid is an expense (class 6) or an equipment subsidy "
                           "(account 204).";
            add_nature_facts(d);
            d.facts.push_back({"nature_class", code.substr(0, 1)});
            finish(std::move(d));
        } else if (!ancestor || ancestor->use() == NatureUse::chapter) {
            Diagnostic d = base(Severity::warning);
            d.message_fr = "La nature " + code + " de l'imputation " + imp.formatted() + " " +
                           of_f +
                           " n'est pas un compte de subvention connu (656 participations, 657 "
                           "subventions de fonctionnement, 204 subventions d'équipement) : "
                           "imputation à vérifier.";
            d.message_en = "Nature " + code + " of imputation " + imp.formatted() + " " + of_e +
                           " is not a known subsidy account (656 participations, 657 operating "
                           "subsidies, 204 equipment subsidies): the imputation should be "
                           "checked.";
            add_nature_facts(d);
            d.facts.push_back({"known", "false"});
            finish(std::move(d));
        } else {
            const auto reserved = ancestor->beneficiary();
            const auto use = *ancestor->use();
            const bool wrong_public =
                category == PartyCategory::private_person && reserved == Beneficiary::public_body;
            const bool wrong_private =
                category == PartyCategory::public_person && reserved == Beneficiary::private_person;
            if (wrong_public || wrong_private) {
                const bool confirmed = ancestor->is_confirmed();
                Diagnostic d = base(confirmed ? Severity::warning : Severity::info);
                const std::string usual(usual_account(who.form, imp.section()));
                d.message_fr = "L'imputation " + imp.formatted() + " " + of_f +
                               " porte une subvention " + to_who_fr + " sur le compte " + code +
                               " " + quoted_fr(*ancestor->label()) + ", réservé aux " +
                               (wrong_public ? "organismes publics" : "personnes de droit privé") +
                               " : le compte attendu est " + usual + "." +
                               (confirmed ? "" : " Constat fondé sur un compte non confirmé.");
                d.message_en = "The imputation " + imp.formatted() + " " + of_e +
                               " charges a subsidy to " + who_en + " to account " + code +
                               ", reserved to " +
                               (wrong_public ? "public bodies" : "private persons") +
                               ": the expected account is " + usual + "." +
                               (confirmed ? "" : " Finding based on an unconfirmed account.");
                add_nature_facts(d);
                d.facts.push_back({"suggested_nature", usual});
                if (!confirmed)
                    d.facts.push_back({"unconfirmed", "true"});
                finish(std::move(d));
            } else if (category == PartyCategory::private_person &&
                       use == NatureUse::contribution) {
                Diagnostic d = base(Severity::warning);
                d.legal_basis = {
                    {"Instruction budgétaire et comptable M57 (nomenclature par nature)", ""},
                    {"loi 2000-321", "9-1"}};
                const std::string usual(usual_account(who.form, imp.section()));
                d.message_fr = "L'imputation " + imp.formatted() + " " + of_f +
                               " porte une subvention " + to_who_fr + " sur le compte " + code +
                               " " + quoted_fr(*ancestor->label()) +
                               ", alors qu'une subvention est une contribution facultative "
                               "(loi n° 2000-321, art. 9-1) : le compte attendu est " +
                               usual + ".";
                d.message_en = "The imputation " + imp.formatted() + " " + of_e +
                               " charges a subsidy to " + who_en + " to account " + code +
                               " (compulsory contributions), whereas a subsidy is an optional "
                               "contribution (loi 2000-321 art. 9-1): the expected account is " +
                               usual + ".";
                add_nature_facts(d);
                d.facts.push_back({"suggested_nature", usual});
                finish(std::move(d));
            } else if (category == PartyCategory::private_person &&
                       use == NatureUse::participation) {
                // SEED-12 (docs/legal-reference.md BUDG-NATURE-SUBSIDIES, UNCONFIRMED): info, see
                // file comment.
                Diagnostic d = base(Severity::info);
                d.legal_basis = {
                    {"Instruction budgétaire et comptable M57 (nomenclature par nature)", ""},
                    {"loi 2000-321", "9-1"}};
                const std::string usual(usual_account(who.form, imp.section()));
                const bool account_confirmed = nature.is_known() && nature.is_confirmed();
                d.message_fr =
                    "L'imputation " + imp.formatted() + " " + of_f + " porte la subvention " +
                    to_who_fr + " sur le compte " + code + " " + quoted_fr(*ancestor->label()) +
                    " ; une subvention à une personne de droit privé relève en principe du "
                    "compte " +
                    usual +
                    (usual == "65748" ? " " + quoted_fr("Autres personnes de droit privé")
                                      : std::string()) +
                    ". Classement possiblement erroné, à vérifier avec les services financiers. "
                    "Constat fondé sur une hypothèse non confirmée (règle d'imputation des "
                    "subventions aux personnes de droit privé" +
                    (account_confirmed ? std::string(")")
                                       : ", et compte " + code +
                                             " non trouvé dans le plan de comptes M57 consulté)") +
                    ".";
                d.message_en =
                    "The imputation " + imp.formatted() + " " + of_e + " charges the subsidy to " +
                    who_en + " to account " + code +
                    " (participations); a subsidy to a private person normally goes to account " +
                    usual +
                    ". Possible misclassification, to be checked with the finance department. "
                    "Finding based on an unconfirmed assumption (imputation rule for subsidies to "
                    "private persons" +
                    (account_confirmed ? std::string(")")
                                       : ", and account " + code +
                                             " not found in the M57 chart of accounts read)") +
                    ".";
                add_nature_facts(d);
                d.facts.push_back({"suggested_nature", usual});
                d.facts.push_back({"unconfirmed", "true"});
                finish(std::move(d));
            }
        }

        const FunctionCode& function = imp.function();
        if (!function.is_known()) {
            Diagnostic d = base(Severity::info);
            d.message_fr = "La sous-fonction " + std::string(function.code()) +
                           " de l'imputation " + imp.formatted() + " " + of_f +
                           " n'est pas dans la liste des fonctions M57 connue du contrôle : "
                           "elle n'a pas pu être vérifiée.";
            d.message_en = "Sub-function " + std::string(function.code()) + " of imputation " +
                           imp.formatted() + " " + of_e +
                           " is not in the list of M57 functions known to the checker: it "
                           "could not be verified.";
            d.facts.push_back({"function", std::string(function.code())});
            d.facts.push_back({"known", "false"});
            finish(std::move(d));
        }
    }
}

/// BUDG-IMPUTATION: malformed or unknown account/function in an imputation.
inline constexpr BuiltinRule budg_imputation{"BUDG-IMPUTATION", "Imputation budgétaire",
                                             "Budget imputation", budg_imputation_basis,
                                             &check_budg_imputation};

} // namespace subvention::compliance::rules
