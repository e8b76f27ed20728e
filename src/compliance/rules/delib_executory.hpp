// SPDX-License-Identifier: Apache-2.0
// DELIB-EXECUTORY — the convention signed, or the subsidy paid, before the deliberation that
// authorises it was executory.
//
// An act of the département is executory once transmitted to the representative of the State
// (the CP's and the CD's deliberations are in the list of CGCT L.3131-2, 1°) and made known —
// published, or notified to the person concerned (L.3131-1; electronic publication since 1 July
// 2022, ordonnance 2021-1310). The deliberation's `transmission_date` and `publication_date`,
// and the dossier's `notification_date` (the earlier of the last two makes it known), are
// compared with the acts that execute it: the convention's signature and the payments made
// (`Dossier::execution`).
//  - warning: a signature or a payment strictly before a known transmission or publication /
//    notification date. Signing before transmission is a defect of the consent, not by itself a
//    ground for setting the contract aside (CE Ass. 28 December 2009 Commune de Béziers, applied
//    by CE 10 December 2010 Communes d'Amigny-Rouy et de Servais): the contract judge keeps it;
//    a payment made then rests on a decision not yet in force (its consequences are left open:
//    assumption `early_payment_effect_unsettled`). A signature before the meeting itself is
//    DELIB-DATES-ORDER's error, not repeated here.
//  - info: a signature or a payment whose order with the executory date cannot be established
//    because a date is missing — one finding naming the acts and the missing dates. A signed
//    convention whose signature date is blank counts (stage `signed`); a draft with no signature
//    date and no payment is silent: nothing has yet been done on the deliberation's authority,
//    and the blank date is CONV-INCOMPLETE's. Seed: silent (draft, no payment).
#pragma once

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <subvention/dossier.hpp>

#include "compliance/rules/common.hpp"

namespace subvention::compliance::rules {

inline constexpr std::array<LegalRef, 5> delib_executory_basis{{
    {"CGCT", "L.3131-1",
     "consolidated text of late 2015 (last amended by loi n° 2013-403 of 17 May 2013), for acts "
     "before 1 July 2022"},
    {"CGCT", "L.3131-1",
     "as rewritten by ordonnance n° 2021-1310 of 7 October 2021, in force on 1 July 2022 "
     "(electronic publication; French wording not read)"},
    {"CGCT", "L.3131-2",
     "consolidated text of late 2015 (1°: deliberations of the conseil départemental and "
     "decisions taken by delegation under L.3211-2); later amendments not verified"},
    {"CE, Ass., 28 décembre 2009, Commune de Béziers, n° 304802", "",
     "decision of 28 December 2009"},
    {"CE, 10 décembre 2010, Communes d'Amigny-Rouy et de Servais", "",
     "decision of 10 December 2010, as quoted by achatpublic.info"},
}};

namespace detail {

/// First day of the electronic publication of the acts (ordonnance 2021-1310).
inline constexpr CivilDate executory_reform{2022, 7, 1};

/// The legal basis a finding of DELIB-EXECUTORY cites: L.3131-1 in the version in force at
/// `as_of`, L.3131-2, and the case law on signatures before transmission when `signature`.
[[nodiscard]] inline std::vector<LegalBasis> executory_basis(Date as_of, bool signature) {
    std::vector<LegalBasis> out{
        to_basis(delib_executory_basis[as_of < executory_reform.to_date() ? 0 : 1]),
        to_basis(delib_executory_basis[2])};
    if (signature) {
        out.push_back(to_basis(delib_executory_basis[3]));
        out.push_back(to_basis(delib_executory_basis[4]));
    }
    return out;
}

/// A known, readable date of the dossier.
[[nodiscard]] inline std::optional<Date> known(const std::optional<Stated<Date>>& d) {
    if (d && !d->value.is_special())
        return d->value;
    return std::nullopt;
}

} // namespace detail

/// Contrôle du caractère exécutoire de la délibération (DELIB-EXECUTORY).
inline void check_delib_executory(const Context& ctx, Emitter& out) {
    const Dossier& d = ctx.dossier;
    if (!d.deliberation)
        return;
    const Deliberation& delib = *d.deliberation;
    const auto transmission = detail::known(delib.transmission_date);
    const auto publication = detail::known(delib.publication_date);
    const auto notification = detail::known(d.notification_date);
    std::optional<Date> made_known = publication;
    if (notification && (!made_known || *notification < *made_known))
        made_known = notification;
    const std::optional<Date> meeting = delib.meeting_date.value.is_special()
                                            ? std::nullopt
                                            : std::optional<Date>(delib.meeting_date.value);

    // The reasons an act dated `when` came before the deliberation was executory.
    auto reasons = [&](Date when) {
        std::vector<Message> r;
        if (transmission && *transmission > when)
            r.push_back(Message("DELIB-EXECUTORY.reason.transmission").arg("date", *transmission));
        if (made_known && *made_known > when)
            r.push_back(Message("DELIB-EXECUTORY.reason.made_known").arg("date", *made_known));
        return r;
    };
    auto executory_facts = [&](Diagnostic& diag) {
        if (meeting)
            fact(diag, "meeting_date", *meeting);
        if (transmission)
            fact(diag, "transmission_date", *transmission);
        if (publication)
            fact(diag, "publication_date", *publication);
        if (notification)
            fact(diag, "notification_date", *notification);
        if (transmission && made_known)
            fact(diag, "executory_date", std::max(*transmission, *made_known));
    };

    std::vector<Message> unverified; // acts whose order cannot be established
    std::vector<std::string> unverified_acts;

    // The convention's signature.
    if (const auto& c = d.convention) {
        const auto& sig = c->signature.date;
        if (sig.value && !sig.value->is_special()) {
            const Date when = *sig.value;
            if (!(meeting && when < *meeting)) { // before the meeting: DELIB-DATES-ORDER
                auto r = reasons(when);
                if (!r.empty()) {
                    Diagnostic diag;
                    diag.severity = Severity::warning;
                    diag.location = at(sig.source, "/convention/signature/date");
                    diag.legal_basis = detail::executory_basis(ctx.as_of, true);
                    diag.parts.push_back(Message("DELIB-EXECUTORY.signature")
                                             .arg("date", when)
                                             .arg("reasons", std::move(r)));
                    diag.parts.emplace_back("DELIB-EXECUTORY.signature_effect");
                    fact(diag, "act", "signature", Unit::code);
                    fact(diag, "signature_date", when);
                    executory_facts(diag);
                    out.emit(std::move(diag));
                } else if (!transmission || !made_known) {
                    unverified.push_back(
                        Message("DELIB-EXECUTORY.event.signature").arg("date", when));
                    unverified_acts.emplace_back("signature");
                }
            }
        } else if (ctx.stage() == Stage::signed_) {
            unverified.emplace_back("DELIB-EXECUTORY.event.signature_blank");
            unverified_acts.emplace_back("signature");
        }
    }

    // The payments made.
    if (d.execution) {
        const auto& payments = d.execution->payments;
        for (std::size_t i = 0; i < payments.size(); ++i) {
            const PaymentMade& p = payments[i];
            if (p.date.is_special())
                continue;
            auto r = reasons(p.date);
            if (!r.empty()) {
                Diagnostic diag;
                diag.severity = Severity::warning;
                diag.location = Location{DocumentKind::dossier,
                                         {},
                                         "/execution/payments/" + std::to_string(i),
                                         p.reference};
                diag.legal_basis = detail::executory_basis(ctx.as_of, false);
                diag.parts.push_back(Message("DELIB-EXECUTORY.payment")
                                         .arg("amount", p.amount)
                                         .arg("date", p.date)
                                         .arg("reasons", std::move(r)));
                diag.parts.emplace_back("DELIB-EXECUTORY.payment_effect");
                diag.assumptions = {"early_payment_effect_unsettled"};
                fact(diag, "act", "payment", Unit::code);
                fact(diag, "payment_date", p.date);
                fact(diag, "amount", p.amount);
                executory_facts(diag);
                out.emit(std::move(diag));
            } else if (!transmission || !made_known) {
                unverified.push_back(Message("DELIB-EXECUTORY.event.payment").arg("date", p.date));
                unverified_acts.emplace_back("payment");
            }
        }
    }

    if (unverified.empty())
        return;
    const bool signature_blank =
        d.convention &&
        (!d.convention->signature.date.value || d.convention->signature.date.value->is_special()) &&
        ctx.stage() == Stage::signed_;
    std::vector<Message> missing;
    if (signature_blank)
        missing.emplace_back("DELIB-EXECUTORY.missing.signature");
    if (!transmission)
        missing.emplace_back("DELIB-EXECUTORY.missing.transmission");
    if (!made_known)
        missing.emplace_back("DELIB-EXECUTORY.missing.made_known");
    Diagnostic diag;
    diag.severity = Severity::info;
    diag.location = Location{DocumentKind::deliberation,
                             {},
                             transmission ? "/deliberation/publication_date"
                                          : "/deliberation/transmission_date",
                             {}};
    diag.legal_basis = detail::executory_basis(ctx.as_of, false);
    diag.parts.push_back(Message("DELIB-EXECUTORY.unverifiable")
                             .arg("acts", std::move(unverified))
                             .arg("missing", std::move(missing)));
    fact(diag, "acts", detail::join(unverified_acts), Unit::code);
    fact(diag, "transmission_known", transmission.has_value());
    fact(diag, "made_known_known", made_known.has_value());
    if (signature_blank)
        fact(diag, "signature_date_blank", true);
    executory_facts(diag);
    out.emit(std::move(diag));
}

/// DELIB-EXECUTORY: convention signed or subsidy paid before the deliberation was executory.
inline constexpr BuiltinRule delib_executory{
    "DELIB-EXECUTORY", "Délibération non exécutoire lors de la signature ou du versement",
    "Deliberation not executory at the signature or the payment", delib_executory_basis,
    &check_delib_executory};

} // namespace subvention::compliance::rules
