// SPDX-License-Identifier: Apache-2.0
// subvention — PAYMENT-INCOMPLETE: the convention's payment schedule (« échéancier de
// versement ») does not pay out the aid, leaves a payment without its trigger, or is
// contradicted by the convention's own mentions of instalments or a balance.
//
// « Modalités de versement » are in the legal list of what a convention must define for acts
// from 1 January 2016 (loi 2000-321 art. 10 al. 4; art10_common.hpp), not before. Whether the
// convention defines them at all is CONV-CONTENT's finding (an error for a mandatory
// convention); the schedule's gaps reported here are not errors:
//  * no payment at all: info, which says whether the law requires the payment terms at the
//    date of the act (ctx.as_of);
//  * payments adding up to less than the aid (the lower of the convention's ceilings and the
//    amount granted): warning — part of the aid is paid by no scheduled payment (fact
//    `has_balance`: whether a « solde » is among them);
//  * a payment « à une date » without a date: warning (its trigger is missing);
//  * SEED-05: advances (« acomptes ») or a balance (« solde ») mentioned by the convention
//    (`PaymentSchedule::mentions`) while its schedule has no payment of that kind: ONE warning
//    for the convention, at the first such mention, naming every mention and the schedule
//    (`other_*`). Defensible: docs/legal-reference.md SEED-05 records the contradiction (art. 7
//    single payment after signature; art. 4 « calcul du solde », art. 9 « versement des acomptes et
//    celui du solde »); it leaves the beneficiary unsure when payment is due, which is risky, not
//    illegal. When the total is already reported as incomplete without a balance, the balance
//    mentions go in that warning instead (one finding, once).
#pragma once

#include <algorithm>
#include <array>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include <subvention/compliance/diagnostic.hpp>
#include <subvention/convention.hpp>

#include "compliance/builtin_rule.hpp"
#include "compliance/rules/amounts_common.hpp"
#include "compliance/rules/art10_common.hpp"

namespace subvention::compliance::rules {

inline constexpr const std::array<LegalRef, 3>& payment_incomplete_basis =
    art10_convention_versions;

namespace detail {
/// « article 4 §1, article 9 »: the distinct sections of the mentions of kind `k`.
[[nodiscard]] inline std::string mention_sections(const PaymentSchedule& s, PaymentKind k) {
    std::vector<std::string> sections;
    for (const auto& m : s.mentions)
        if (m.kind == k &&
            std::find(sections.begin(), sections.end(), m.source.section) == sections.end())
            sections.push_back(m.source.section);
    // Not `join`: an unknown (empty) section before any known one adds no separator.
    std::string out;
    for (const auto& section : sections) {
        if (!out.empty())
            out += ", ";
        out += section;
    }
    return out;
}
} // namespace detail

/// PAYMENT-INCOMPLETE (« échéancier incomplet »): see the file comment.
inline void check_payment_incomplete(const Context& ctx, Emitter& out) {
    using namespace detail;
    if (!ctx.dossier.convention)
        return;
    const Convention& c = *ctx.dossier.convention;
    const PaymentSchedule& s = c.payment_schedule;
    const std::string payments_path = "/convention/payment_schedule/payments";

    if (s.payments.empty()) {
        const auto about = articles_about(c, ConventionSubject::payment);
        const std::string section = about.empty() ? "" : "article " + std::to_string(about[0]);
        Diagnostic d;
        d.severity = Severity::info;
        d.location = Location{DocumentKind::convention, section, payments_path, {}};
        if (art10_requires_payment_terms(ctx.as_of))
            d.parts.push_back(Message("PAYMENT-INCOMPLETE.none_required")
                                  .arg("text", Message(art10_version(ctx.as_of) == 0
                                                           ? "CONV-CONTENT.text_2021"
                                                           : "CONV-CONTENT.text_2016")));
        else // a Message, not emplace_back("…"): GCC 12 -O3 false -Warray-bounds (GCC meta-bug
             // 56456)
            d.parts.push_back(Message("PAYMENT-INCOMPLETE.none"));
        d.legal_basis = {art10_basis(ctx.as_of)};
        fact(d, "payment_count", 0);
        fact(d, "payment_terms_required", art10_requires_payment_terms(ctx.as_of));
        out.emit(std::move(d));
        return;
    }

    auto has_kind = [&s](PaymentKind k) {
        return std::any_of(s.payments.begin(), s.payments.end(),
                           [k](const Payment& p) { return p.kind == k; });
    };
    const bool has_balance = has_kind(PaymentKind::balance);
    bool balance_reported = false;

    // Payments below the aid. Overflows are PAYMENT-EXCEEDS', AMOUNT-CEILINGS-SUM's and
    // AMOUNT-MISMATCH's to report.
    const auto payments = try_place([&] { return payments_place(c); });
    const auto limit = try_place([&] { return payment_limit(ctx.dossier); });
    if (payments && limit && payments->amount < limit->amount) {
        try {
            const Euros missing = limit->amount - payments->amount;
            const std::string balance_sections = mention_sections(s, PaymentKind::balance);
            Diagnostic d;
            d.severity = Severity::warning;
            d.legal_basis = {art10_basis(ctx.as_of)};
            d.location = location_of(*payments);
            d.parts.push_back(Message("PAYMENT-INCOMPLETE.below_aid")
                                  .arg("payments", describe(*payments, Case::capitalized))
                                  .arg("total", payments->amount)
                                  .arg("limit", describe(*limit))
                                  .arg("limit_amount", limit->amount)
                                  .arg("missing", missing));
            if (has_balance)
                d.parts.emplace_back("PAYMENT-INCOMPLETE.balance_scheduled");
            else if (balance_sections.empty())
                d.parts.emplace_back("PAYMENT-INCOMPLETE.no_balance");
            else
                d.parts.push_back(Message("PAYMENT-INCOMPLETE.no_balance_mentioned")
                                      .arg("sections", balance_sections));
            fact(d, "payment_count", payments->statements);
            fact(d, "payments_total", payments->amount);
            fact(d, "limit", limit->amount);
            fact(d, "unscheduled", missing);
            fact(d, "has_balance", has_balance);
            fact(d, "other_place", limit->kind, Unit::code);
            if (!has_balance && !balance_sections.empty())
                fact(d, "balance_mentioned_in", balance_sections);
            other_place(d, *limit);
            out.emit(std::move(d));
            balance_reported = !has_balance;
        } catch (const std::overflow_error& e) {
            emit_overflow(out, location_of(*payments),
                          Message("PAYMENT-INCOMPLETE.overflow_unpaid"), e);
        }
    }

    // Dated payments without a date (their trigger is missing).
    for (std::size_t i = 0; i < s.payments.size(); ++i) {
        const Payment& p = s.payments[i];
        if (p.trigger != PaymentTrigger::date || p.date)
            continue;
        Diagnostic d;
        d.severity = Severity::warning;
        d.legal_basis = {art10_basis(ctx.as_of)};
        d.location = at(p.amount.source, payments_path + "/" + std::to_string(i) + "/date");
        d.location.document = DocumentKind::convention;
        d.parts.push_back(
            Message("PAYMENT-INCOMPLETE.no_date")
                .arg("amount", p.amount.value)
                .arg("where", document_phrase(DocumentKind::convention, p.amount.source.section)));
        fact(d, "payment_index", i);
        fact(d, "kind", std::string(to_string(p.kind)), Unit::code);
        fact(d, "amount", p.amount.value);
        fact(d, "trigger", std::string(to_string(p.trigger)), Unit::code);
        out.emit(std::move(d));
    }

    // Mentions of advances / a balance the schedule does not provide (SEED-05).
    std::vector<PaymentKind> missing_kinds;
    std::size_t first_mention = s.mentions.size();
    std::size_t mention_count = 0;
    for (std::size_t i = 0; i < s.mentions.size(); ++i) {
        const PaymentKind k = s.mentions[i].kind;
        if (k == PaymentKind::single || has_kind(k) ||
            (k == PaymentKind::balance && balance_reported))
            continue;
        ++mention_count;
        first_mention = std::min(first_mention, i);
        if (std::find(missing_kinds.begin(), missing_kinds.end(), k) == missing_kinds.end())
            missing_kinds.push_back(k);
    }
    if (missing_kinds.empty())
        return;

    // « un solde (article 4 §1, article 9) et des acomptes (article 9) »
    std::vector<Message> mentioned;
    std::string kinds;
    for (const PaymentKind k : missing_kinds) {
        mentioned.push_back(Message(k == PaymentKind::balance
                                        ? "PAYMENT-INCOMPLETE.mentioned_balance"
                                        : "PAYMENT-INCOMPLETE.mentioned_advances")
                                .arg("sections", mention_sections(s, k)));
        kinds += (kinds.empty() ? "" : ",") + std::string(to_string(k));
    }
    std::string scheduled;
    for (const auto& p : s.payments) {
        const std::string k(to_string(p.kind));
        if (scheduled.find(k) == std::string::npos)
            scheduled += (scheduled.empty() ? "" : ",") + k;
    }
    const Payment& first_payment = s.payments.front();
    const bool single_only = s.payments.size() == 1 && first_payment.kind == PaymentKind::single;
    Message provides;
    if (single_only) {
        provides =
            Message("PAYMENT-INCOMPLETE.provides_single").arg("amount", first_payment.amount.value);
    } else {
        const bool no_adv = std::find(missing_kinds.begin(), missing_kinds.end(),
                                      PaymentKind::advance) != missing_kinds.end();
        const bool no_bal = std::find(missing_kinds.begin(), missing_kinds.end(),
                                      PaymentKind::balance) != missing_kinds.end();
        provides = Message(no_adv && no_bal ? "PAYMENT-INCOMPLETE.provides_neither"
                           : no_adv         ? "PAYMENT-INCOMPLETE.provides_no_advance"
                                            : "PAYMENT-INCOMPLETE.provides_no_balance");
    }

    const PaymentMention& first = s.mentions[first_mention];
    Diagnostic d;
    d.severity = Severity::warning;
    d.legal_basis = {art10_basis(ctx.as_of)};
    d.location =
        at(first.source, "/convention/payment_schedule/mentions/" + std::to_string(first_mention));
    d.location.document = DocumentKind::convention;
    d.parts.push_back(Message("PAYMENT-INCOMPLETE.mentions")
                          .arg("mentioned", std::move(mentioned))
                          .arg("schedule", section_note(first_payment.amount.source.section))
                          .arg("provides", std::move(provides)));
    fact(d, "mentioned_kinds", kinds, Unit::code);
    fact(d, "mention_count", mention_count);
    fact(d, "scheduled_kinds", scheduled, Unit::code);
    fact(d, "payment_count", s.payments.size());
    if (payments)
        fact(d, "payments_total", payments->amount);
    fact(d, "other_document", "convention", Unit::code);
    fact(d, "other_section", first_payment.amount.source.section);
    fact(d, "other_path", payments_path + (s.payments.size() == 1 ? "/0" : ""), Unit::code);
    fact(d, "other_text", first_payment.amount.source.text);
    out.emit(std::move(d));
}

/// PAYMENT-INCOMPLETE: payment schedule does not pay out the total or lacks a trigger.
inline constexpr BuiltinRule payment_incomplete{
    "PAYMENT-INCOMPLETE", "Échéancier incomplet", "Incomplete payment schedule",
    payment_incomplete_basis, &check_payment_incomplete};

} // namespace subvention::compliance::rules
