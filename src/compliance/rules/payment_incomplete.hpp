// SPDX-License-Identifier: Apache-2.0
// subvention — PAYMENT-INCOMPLETE: the convention's payment schedule (« échéancier de
// versement ») does not pay out the aid, leaves a payment without its trigger, or is
// contradicted by the convention's own mentions of instalments or a balance.
//
// « Modalités de versement » are not in the legal list of what a convention must define
// (docs/legal-reference.md SUBV-CONVENTION-THRESHOLD: object, amount, conditions of use — loi
// 2000-321 art. 10 al. 3); hence no error here:
//  * no payment at all: info (good practice, not a legal requirement);
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

namespace subvention::compliance::rules {

inline constexpr std::array<LegalRef, 1> payment_incomplete_basis{{
    {"loi 2000-321", "10"},
}};

namespace amounts_detail {
/// « article 4 §1, article 9 »: the distinct sections of the mentions of kind `k`.
[[nodiscard]] inline std::string mention_sections(const PaymentSchedule& s, PaymentKind k) {
    std::vector<std::string> sections;
    for (const auto& m : s.mentions)
        if (m.kind == k &&
            std::find(sections.begin(), sections.end(), m.source.section) == sections.end())
            sections.push_back(m.source.section);
    return join(sections, ", ");
}
} // namespace amounts_detail

/// PAYMENT-INCOMPLETE (« échéancier incomplet »): see the file comment.
inline void check_payment_incomplete(const Context& ctx, Emitter& out) {
    using namespace amounts_detail;
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
        d.message_fr = "La convention ne prévoit aucun versement (échéancier absent) : les "
                       "modalités de versement ne sont pas exigées par la loi, mais rien n'y dit "
                       "quand l'aide est payée.";
        d.message_en = "The convention schedules no payment: payment terms are not required by "
                       "law, but nothing says when the aid is paid.";
        d.facts = {{"payment_count", "0"}};
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
    const auto payments = try_place(out, false, DocumentKind::convention, payments_path, "", "",
                                    [&] { return payments_place(c); });
    const auto limit = try_place(out, false, DocumentKind::dossier, "", "", "",
                                 [&] { return payment_limit(ctx.dossier); });
    if (payments && limit && payments->amount < limit->amount) {
        try {
            const Euros missing = limit->amount - payments->amount;
            const std::string balance_sections = mention_sections(s, PaymentKind::balance);
            Diagnostic d;
            d.severity = Severity::warning;
            d.location = location_of(*payments);
            d.message_fr =
                capitalized(describe_fr(*payments)) + " s'élève à " +
                payments->amount.to_string_fr() + " pour " + describe_fr(*limit) + ", " +
                limit->amount.to_string_fr() + " : " + missing.to_string_fr() +
                " ne sont couverts par aucun versement" +
                (has_balance
                     ? std::string(".")
                     : std::string(" et aucun solde n'est prévu") +
                           (balance_sections.empty()
                                ? "."
                                : ", bien que la convention en parle (" + balance_sections + ")."));
            d.message_en = capitalized(describe_en(*payments)) + " amounts to " +
                           payments->amount.to_string_fr() + " for " + describe_en(*limit) + ", " +
                           limit->amount.to_string_fr() + ": " + missing.to_string_fr() +
                           " are covered by no payment" +
                           (has_balance ? std::string(".")
                                        : std::string(" and no balance is scheduled") +
                                              (balance_sections.empty()
                                                   ? "."
                                                   : ", although the convention mentions one (" +
                                                         balance_sections + ")."));
            d.facts = {{"payment_count", std::to_string(payments->statements)},
                       {"payments_total", payments->amount.to_iso()},
                       {"limit", limit->amount.to_iso()},
                       {"unscheduled", missing.to_iso()},
                       {"has_balance", has_balance ? "true" : "false"},
                       {"other_place", limit->kind}};
            if (!has_balance && !balance_sections.empty())
                d.facts.push_back({"balance_mentioned_in", balance_sections});
            add_other_facts(d, *limit);
            out.emit(std::move(d));
            balance_reported = !has_balance;
        } catch (const std::overflow_error& e) {
            emit_overflow(out, location_of(*payments), "du montant restant à verser",
                          "the amount left unpaid", e);
        }
    }

    // Dated payments without a date (their trigger is missing).
    for (std::size_t i = 0; i < s.payments.size(); ++i) {
        const Payment& p = s.payments[i];
        if (p.trigger != PaymentTrigger::date || p.date)
            continue;
        const std::string where_f = where_fr(DocumentKind::convention, p.amount.source.section);
        const std::string where_e = where_en(DocumentKind::convention, p.amount.source.section);
        Diagnostic d;
        d.severity = Severity::warning;
        d.location = at(p.amount.source, payments_path + "/" + std::to_string(i) + "/date");
        d.location.document = DocumentKind::convention;
        d.message_fr = "Le versement de " + p.amount.value.to_string_fr() + " prévu par " +
                       where_f + " doit intervenir à une date qui n'est pas indiquée.";
        d.message_en = "The payment of " + p.amount.value.to_string_fr() + " scheduled by " +
                       where_e + " is due on a date that is not stated.";
        d.facts = {{"payment_index", std::to_string(i)},
                   {"kind", std::string(to_string(p.kind))},
                   {"amount", p.amount.value.to_iso()},
                   {"trigger", std::string(to_string(p.trigger))}};
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

    std::string mentioned_fr;
    std::string mentioned_en;
    std::string kinds;
    for (const PaymentKind k : missing_kinds) {
        const std::string sections = mention_sections(s, k);
        const bool balance = k == PaymentKind::balance;
        mentioned_fr += (mentioned_fr.empty() ? "" : " et ") +
                        std::string(balance ? "un solde" : "des acomptes") + " (" + sections + ")";
        mentioned_en += (mentioned_en.empty() ? "" : " and ") +
                        std::string(balance ? "a balance" : "instalments") + " (" + sections + ")";
        kinds += (kinds.empty() ? "" : ",") + std::string(to_string(k));
    }
    std::string scheduled;
    for (const auto& p : s.payments) {
        const std::string k(to_string(p.kind));
        if (scheduled.find(k) == std::string::npos)
            scheduled += (scheduled.empty() ? "" : ",") + k;
    }
    const Payment& first_payment = s.payments.front();
    const std::string schedule_where = first_payment.amount.source.section.empty()
                                           ? std::string()
                                           : " (" + first_payment.amount.source.section + ")";
    const bool single_only = s.payments.size() == 1 && first_payment.kind == PaymentKind::single;
    std::string provides_fr;
    std::string provides_en;
    if (single_only) {
        provides_fr =
            "ne prévoit qu'un versement unique de " + first_payment.amount.value.to_string_fr();
        provides_en =
            "provides only a single payment of " + first_payment.amount.value.to_string_fr();
    } else {
        const bool no_adv = std::find(missing_kinds.begin(), missing_kinds.end(),
                                      PaymentKind::advance) != missing_kinds.end();
        const bool no_bal = std::find(missing_kinds.begin(), missing_kinds.end(),
                                      PaymentKind::balance) != missing_kinds.end();
        provides_fr = no_adv && no_bal ? "ne prévoit ni acompte ni solde"
                      : no_adv         ? "ne prévoit aucun acompte"
                                       : "ne prévoit aucun solde";
        provides_en = no_adv && no_bal ? "provides neither instalments nor a balance"
                      : no_adv         ? "provides no instalment"
                                       : "provides no balance";
    }

    const PaymentMention& first = s.mentions[first_mention];
    Diagnostic d;
    d.severity = Severity::warning;
    d.location =
        at(first.source, "/convention/payment_schedule/mentions/" + std::to_string(first_mention));
    d.location.document = DocumentKind::convention;
    d.message_fr = "La convention mentionne " + mentioned_fr + ", mais son échéancier" +
                   schedule_where + " " + provides_fr +
                   " : ces mentions sont sans objet, ou l'échéancier est incomplet.";
    d.message_en = "The convention mentions " + mentioned_en + ", but its payment schedule" +
                   schedule_where + " " + provides_en +
                   ": these mentions have no object, or the schedule is incomplete.";
    d.facts = {{"mentioned_kinds", kinds},
               {"mention_count", std::to_string(mention_count)},
               {"scheduled_kinds", scheduled},
               {"payment_count", std::to_string(s.payments.size())}};
    if (payments)
        d.facts.push_back({"payments_total", payments->amount.to_iso()});
    d.facts.push_back({"other_document", "convention"});
    d.facts.push_back({"other_section", first_payment.amount.source.section});
    d.facts.push_back({"other_path", payments_path + (s.payments.size() == 1 ? "/0" : "")});
    d.facts.push_back({"other_text", first_payment.amount.source.text});
    out.emit(std::move(d));
}

/// PAYMENT-INCOMPLETE: payment schedule does not pay out the total or lacks a trigger.
inline constexpr BuiltinRule payment_incomplete{
    "PAYMENT-INCOMPLETE", "Échéancier incomplet", "Incomplete payment schedule",
    payment_incomplete_basis, &check_payment_incomplete};

} // namespace subvention::compliance::rules
