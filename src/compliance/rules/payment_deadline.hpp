// SPDX-License-Identifier: Apache-2.0
// PAYMENT-DEADLINE — the statutory payment deadline: sixty days from the notification of the
// decision granting the subsidy, unless the authority, in the convention where there is one, set
// other payment dates or made payment depend on a determined event (loi 2000-321 art. 10 as
// amended by loi 2021-875 of 1 July 2021, art. 2, in force 3 July 2021).
//
// The date tested is the notification's (`Dossier::notification_date`) when known, else the
// act's (ctx.as_of): before 3 July 2021 the rule is silent. The convention sets its own terms
// when its schedule has at least one payment and each payment has a date or an event (signature,
// final report, control): then nothing — the seed's single payment « après la signature » is
// such an event.
//  - info (checking the convention): a schedule with no payment, or a payment whose trigger is
//    neither a date nor a known event — the sixty days then apply, with the deadline when the
//    notification date is known. Without a convention nothing is said: the decision may set
//    terms the model does not read.
//  - warning (execution data): a payment made after the sixtieth day following the notification
//    when no other term is set. The delay is counted from the day after the notification (CPC
//    art. 641) and not extended (the text sets a duty of the administration, not a procedural
//    delay). The sanction of a late payment (default interest) is in no text read: assumption
//    `late_payment_interest_unverified`. Not an error: the lateness does not affect the
//    decision, it is a failing of the grantor towards the beneficiary.
//  - info (execution data): payments made, no other term, notification date unknown — the
//    deadline cannot be computed.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include <subvention/deadline.hpp>

#include "compliance/rules/amounts_common.hpp"

namespace subvention::compliance::rules {

inline constexpr std::array<LegalRef, 1> payment_deadline_basis{{
    {"loi 2000-321", "10",
     "as amended by loi n° 2021-875 of 1 July 2021, art. 2, in force on 3 July 2021 (wording "
     "reported by secondary sources; JORF text and paragraph number not read)"},
}};

namespace detail {

/// First day of the sixty-day payment deadline (loi 2021-875, in force 3 July 2021).
inline constexpr CivilDate payment_deadline_in_force{2021, 7, 3};
/// The delay (loi 2000-321 art. 10 as amended by loi 2021-875 art. 2).
inline constexpr std::int32_t payment_deadline_days = 60;

/// Whether the convention sets its own payment dates or conditions: a schedule with at least
/// one payment, each with a date or an event (`PaymentTrigger::other` is neither).
[[nodiscard]] inline bool sets_payment_terms(const Convention& c) {
    const auto& p = c.payment_schedule.payments;
    return !p.empty() && std::none_of(p.begin(), p.end(), [](const Payment& x) {
        return x.trigger == PaymentTrigger::other;
    });
}

} // namespace detail

/// Contrôle du délai légal de versement (PAYMENT-DEADLINE).
inline void check_payment_deadline(const Context& ctx, Emitter& out) {
    const Dossier& d = ctx.dossier;
    const bool notified = d.notification_date && !d.notification_date->value.is_special();
    const Date tested = notified ? d.notification_date->value : ctx.as_of;
    if (tested < detail::payment_deadline_in_force.to_date())
        return;
    if (d.convention && detail::sets_payment_terms(*d.convention))
        return;

    std::optional<Date> deadline;
    if (notified) {
        try {
            deadline = add_days(d.notification_date->value, Days(detail::payment_deadline_days));
        } catch (const std::exception&) {
            deadline.reset(); // out of the supported years: said as not computable
        }
    }
    auto dates = [&](Diagnostic& diag) {
        if (notified)
            fact(diag, "notification_date", d.notification_date->value);
        if (deadline)
            fact(diag, "deadline", *deadline);
        fact(diag, "delay", "P60D", Unit::duration);
        fact(diag, "terms_set", false);
    };

    const bool paid = d.execution && !d.execution->payments.empty();
    if (paid) {
        const auto& payments = d.execution->payments;
        if (deadline) {
            std::optional<std::size_t> first_late;
            std::int64_t late = 0;
            for (std::size_t i = 0; i < payments.size(); ++i)
                if (!payments[i].date.is_special() && payments[i].date > *deadline) {
                    if (!first_late)
                        first_late = i;
                    ++late;
                }
            if (!first_late)
                return;
            const PaymentMade& p = payments[*first_late];
            const std::int64_t days_late =
                std::int64_t{p.date.day_number()} - std::int64_t{deadline->day_number()};
            Diagnostic diag;
            diag.severity = Severity::warning;
            diag.location = Location{DocumentKind::dossier,
                                     {},
                                     "/execution/payments/" + std::to_string(*first_late),
                                     p.reference};
            diag.parts.push_back(Message("PAYMENT-DEADLINE.late")
                                     .arg("amount", p.amount)
                                     .arg("date", p.date)
                                     .arg("days", days_late)
                                     .arg("notification", d.notification_date->value)
                                     .arg("deadline", *deadline));
            if (late > 1)
                diag.parts.push_back(Message("PAYMENT-DEADLINE.others").arg("count", late - 1));
            // a Message, not emplace_back("…"): GCC 12 -O3 false -Warray-bounds (GCC meta-bug
            // 56456)
            diag.parts.push_back(Message("PAYMENT-DEADLINE.interest"));
            diag.assumptions = {"late_payment_interest_unverified"};
            fact(diag, "payment_date", p.date);
            fact(diag, "amount", p.amount);
            fact(diag, "days_late", days_late, Unit::days);
            fact(diag, "late_payments", late);
            dates(diag);
            out.emit(std::move(diag));
            return;
        }
        Diagnostic diag;
        diag.severity = Severity::info;
        diag.location = Location{DocumentKind::dossier, {}, "/notification_date", {}};
        diag.parts.push_back(Message("PAYMENT-DEADLINE.unknown_notification")
                                 .arg("count", static_cast<std::int64_t>(payments.size()))
                                 .arg("first", payments.front().date));
        fact(diag, "payments", payments.size());
        dates(diag);
        out.emit(std::move(diag));
        return;
    }

    if (!d.convention)
        return; // the decision's own terms are not modelled
    const Convention& c = *d.convention;
    Diagnostic diag;
    diag.severity = Severity::info;
    diag.location = Location{DocumentKind::convention, {}, "/convention/payment_schedule", {}};
    diag.parts.emplace_back(c.payment_schedule.payments.empty() ? "PAYMENT-DEADLINE.no_schedule"
                                                                : "PAYMENT-DEADLINE.no_trigger");
    if (deadline)
        diag.parts.push_back(Message("PAYMENT-DEADLINE.due")
                                 .arg("notification", d.notification_date->value)
                                 .arg("deadline", *deadline));
    else
        diag.parts.emplace_back("PAYMENT-DEADLINE.due_unknown");
    fact(diag, "scheduled_payments", c.payment_schedule.payments.size());
    dates(diag);
    out.emit(std::move(diag));
}

/// PAYMENT-DEADLINE: payment within sixty days of the notification.
inline constexpr BuiltinRule payment_deadline{"PAYMENT-DEADLINE", "Délai légal de versement",
                                              "Statutory payment deadline", payment_deadline_basis,
                                              &check_payment_deadline};

} // namespace subvention::compliance::rules
