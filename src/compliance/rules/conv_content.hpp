// SPDX-License-Identifier: Apache-2.0
// CONV-CONTENT — what a subsidy convention must define (« contenu obligatoire de la
// convention »), in the version of loi 2000-321 art. 10 in force at the act's date (ctx.as_of;
// art10_common.hpp):
//  - always: its object, its amount and the conditions of use of the subsidy;
//  - from 1 January 2016 (al. 4): the payment terms (« modalités de versement »). Before, they
//    are good practice only; for acts of 20 June 2014 – 31 December 2015 the finding says that
//    the text inserting them was not identified (assumption `art10_payment_terms_from_2016`);
//  - from 3 July 2021 (loi 2021-875 art. 1): the terms of control and evaluation, and, for a
//    non-profit beneficiary (an association or a foundation), the conditions under which it may
//    keep all or part of a subsidy not entirely spent. The law leaves those conditions to the
//    convention: a clause requiring the unspent sums to be repaid states them. A beneficiary of
//    another or an unknown form is not asked for them.
//
// Severity: a missing legal item is an error when the convention is mandatory (amount above
// the threshold in force, or amount unknown), a warning for a voluntary convention (amount known
// and not above the threshold); payment terms missing from a pre-2016 convention: warning.
//
// What counts as defined:
//  - object: the « Objet » line, or an article dealing with the object;
//  - amount: a ceiling stated for an action, or a scheduled payment;
//  - conditions of use: an article on the beneficiary's obligations, eligible expenses, control
//    or the final report, a stated obligation, or a clause on eligible expenses or control;
//  - payment terms: a scheduled payment or an article on payment;
//  - control and evaluation: an article on control or on the final report, a control clause, or
//    a final report required by the obligations;
//  - unspent subsidy: an article or a clause on repayment (« reversement »), or a clause letting
//    the beneficiary keep an unspent part.
#pragma once

#include <algorithm>
#include <array>
#include <initializer_list>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

#include "compliance/rules/art10_common.hpp"
#include "compliance/rules/convention_common.hpp"

namespace subvention::compliance::rules {

inline constexpr const std::array<LegalRef, 3>& conv_content_basis = art10_convention_versions;

namespace detail {

/// Whether an article of the index deals with one of `subjects`.
[[nodiscard]] inline bool has_article_about(const Convention& c,
                                            std::initializer_list<ConventionSubject> subjects) {
    return std::any_of(c.articles.begin(), c.articles.end(), [&](const ConventionArticle& a) {
        return std::any_of(subjects.begin(), subjects.end(), [&](ConventionSubject s) {
            return std::find(a.subjects.begin(), a.subjects.end(), s) != a.subjects.end();
        });
    });
}

} // namespace detail

/// Contrôle du contenu de la convention (CONV-CONTENT).
inline void check_conv_content(const Context& ctx, Emitter& out) {
    const auto& d = ctx.dossier;
    if (!d.convention)
        return;
    const Convention& c = *d.convention;

    const auto amount = detail::granted_amount(d);
    const auto threshold = in_force(convention_threshold, ctx.as_of);
    // Mandatory unless the amount is known not to exceed the threshold (a voluntary convention).
    const bool mandatory = !amount || !threshold || *amount > threshold->amount;

    const bool has_object = !::subvention::detail::trim_spaces(c.object.value).empty() ||
                            detail::has_article_about(c, {ConventionSubject::object});
    bool has_amount = !c.payment_schedule.payments.empty();
    if (!has_amount) {
        try {
            has_amount = ceilings_total(c).has_value();
        } catch (const std::overflow_error&) {
            has_amount = true; // stated, if absurd: AMOUNT-* rules report it
        }
    }
    const auto& ob = c.obligations;
    const bool has_conditions =
        detail::has_article_about(
            c, {ConventionSubject::obligations, ConventionSubject::eligible_expenses,
                ConventionSubject::control, ConventionSubject::final_report}) ||
        ob.final_report.has_value() || !ob.meetings.empty() || !ob.documents_to_send.empty() ||
        !ob.other.empty() || has_clause(c, ClauseKind::eligible_expenses_in_period) ||
        has_clause(c, ClauseKind::control);
    const bool has_payment_terms = !c.payment_schedule.payments.empty() ||
                                   detail::has_article_about(c, {ConventionSubject::payment});
    const bool has_control = detail::has_article_about(c, {ConventionSubject::control,
                                                           ConventionSubject::final_report}) ||
                             has_clause(c, ClauseKind::control) || ob.final_report.has_value();
    const bool has_unspent = detail::has_article_about(c, {ConventionSubject::reimbursement}) ||
                             has_clause(c, ClauseKind::reimbursement) ||
                             has_clause(c, ClauseKind::unspent_kept);

    const std::size_t version = detail::art10_version(ctx.as_of);
    const bool since_2021 = version == 0;
    const LegalForm form = c.beneficiary.legal_form;
    const bool non_profit = form == LegalForm::association || form == LegalForm::foundation ||
                            form == LegalForm::association_cultuelle;

    struct Missing {
        bool missing;
        bool legal;
        const char* item; ///< also the catalogue's name of the missing item
        const char* path;
    };
    const Missing items[] = {
        {!has_object, true, "object", "/convention/object"},
        {!has_amount, true, "amount", "/convention/actions"},
        {!has_conditions, true, "conditions_of_use", "/convention/obligations"},
        {!has_payment_terms, detail::art10_requires_payment_terms(ctx.as_of), "payment_terms",
         "/convention/payment_schedule/payments"},
        {since_2021 && !has_control, true, "control_and_evaluation", "/convention/clauses"},
        {since_2021 && non_profit && !has_unspent, true, "unspent_subsidy", "/convention/clauses"},
    };
    const Message text(std::string("CONV-CONTENT.text_") + (version == 0   ? "2021"
                                                            : version == 1 ? "2016"
                                                                           : "2001"));

    for (const auto& m : items) {
        if (!m.missing)
            continue;
        Diagnostic diag;
        diag.location = m.item == std::string_view("object")
                            ? at(c.object.source, m.path)
                            : Location{DocumentKind::convention, {}, m.path, {}};
        const Message what("CONV-CONTENT." + std::string(m.item));
        if (m.legal) {
            diag.severity = mandatory ? Severity::error : Severity::warning;
            if (mandatory)
                diag.parts.push_back(
                    Message("CONV-CONTENT.required").arg("what", what).arg("text", text));
            else
                diag.parts.push_back(Message("CONV-CONTENT.voluntary")
                                         .arg("what", what)
                                         .arg("text", text)
                                         .arg("amount", *amount)
                                         .arg("threshold", threshold->amount));
        } else {
            diag.severity = Severity::warning;
            diag.parts.push_back(Message("CONV-CONTENT.good_practice").arg("what", what));
            if (detail::art10_payment_terms_unsettled(ctx.as_of)) {
                diag.parts.emplace_back("CONV-CONTENT.payment_terms_unsettled");
                diag.assumptions = {"art10_payment_terms_from_2016"};
            }
        }
        diag.legal_basis = {detail::art10_basis(ctx.as_of)};
        fact(diag, "item", std::string(m.item), Unit::code);
        fact(diag, "legally_required", m.legal);
        fact(diag, "convention_mandatory", mandatory);
        if (amount)
            fact(diag, "amount", *amount);
        if (threshold)
            fact(diag, "threshold", threshold->amount);
        out.emit(std::move(diag));
    }
}

/// CONV-CONTENT: what the convention must define, by the date of the act.
inline constexpr BuiltinRule conv_content{"CONV-CONTENT", "Contenu de la convention",
                                          "Content of the convention", conv_content_basis,
                                          &check_conv_content};

} // namespace subvention::compliance::rules
