// SPDX-License-Identifier: Apache-2.0
// subvention — the execution of a convention (« exécution de la convention »): what happened
// after the vote and the signature — the payments actually made (« mandatements »), the
// beneficiary's final report, the per-action forecasts it is compared with, and the State-aid
// facts (the regime of this grant, the other aid the same undertaking received) that the
// de minimis rule reads (AID-DEMINIMIS, <subvention/aid.hpp>).
//
// A member of the dossier (`Dossier::execution`); read by settle() (<subvention/settlement.hpp>)
// and by the SETTLE-*, BUDGET-UNBALANCED and AID-DEMINIMIS rules.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include <subvention/aid.hpp>
#include <subvention/budget_plan.hpp>
#include <subvention/date.hpp>
#include <subvention/final_report.hpp>
#include <subvention/money.hpp>

namespace subvention {

/// A payment actually made to the beneficiary (« versement effectué », « mandat »).
struct PaymentMade {
    Date date{};                         ///< date of the payment (mandatement or virement)
    Euros amount{};                      ///< amount paid
    std::optional<std::size_t> action{}; ///< index of the action it pays for; nullopt: the whole
    std::string reference{};             ///< mandate or bordereau number, as recorded
    friend bool operator==(const PaymentMade&, const PaymentMade&) = default;
};

/// The execution data of a dossier (« données d'exécution »).
struct Execution {
    std::vector<PaymentMade> payments{};       ///< payments made, in date order as recorded
    std::optional<FinalReport> final_report{}; ///< nullopt: not received
    std::vector<BudgetForecast> forecasts{};   ///< budget prévisionnel, per action
    /// Regime of THIS grant (nullopt: not State aid / not stated).
    std::optional<AidRegulation> grant_regulation{};
    /// Other aid granted to the same undertaking (AID-DEMINIMIS counts them).
    std::vector<GrantedAid> prior_aids{};
    friend bool operator==(const Execution&, const Execution&) = default;
};

/// Total of the payments made. Throws std::overflow_error on overflow.
[[nodiscard]] inline Euros payments_made_total(const std::vector<PaymentMade>& payments) {
    Euros total{};
    for (const auto& p : payments)
        total += p.amount;
    return total;
}

} // namespace subvention
