// SPDX-License-Identifier: Apache-2.0
// subvention — the President's report (« rapport du Président ») submitted to the assembly
// with the draft deliberation: legal foundations, operations requested with their amounts, the
// proposal, the budget table (CP disponible / proposition / solde) and the committee's opinion.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <subvention/date.hpp>
#include <subvention/deliberation.hpp>
#include <subvention/document.hpp>
#include <subvention/provenance.hpp>
#include <subvention/vote.hpp>

namespace subvention {

/// Le rapport du Président (« RAPPORT N°57 »).
struct Rapport {
    Collectivite collectivite{};
    Stated<std::string> number{};            ///< « 57 » (text « RAPPORT N°57 »)
    std::string pole{};                      ///< « Pôle Partenariats et Ingénierie »
    std::string mission{};                   ///< « Mission Economie Sociale et Solidaire »
    Body body = Body::commission_permanente; ///< the assembly it is submitted to
    Stated<Date> meeting_date{};             ///< « REUNION DU 20 MARS 2023 »
    std::string title{};
    std::vector<Visa> legal_foundations{}; ///< « Fondements juridiques », in order
    std::vector<std::string> context{};    ///< « Contexte » paragraphs, as printed
    /// « Présentation des opérations sollicitées »: each action with the amount *requested*
    /// (AMOUNT-REQUEST-SUM compares their sum with the proposal).
    std::vector<Action> operations{};
    /// The proposal (« Il convient de statuer … : d'attribuer … ; de m'autoriser à signer … »).
    std::vector<GrantDecision> proposed_grants{};
    std::vector<SigningAuthorisation> proposed_authorisations{};
    /// « La dépense serait imputée … comme suit » (CP, disponible, proposition, solde).
    std::vector<ImputationRow> budget{};
    std::optional<Stated<CommitteeOpinion>> committee_opinion{};
    /// Annexes the report says it has (« Vous trouverez le détail en annexe du présent
    /// rapport »); whether they are attached is a dossier fact (`Dossier::annexes`).
    std::vector<Stated<std::string>> annexes_referenced{};
    SignatureBlock
        signature{}; ///< « Le Président du Conseil Départemental SIGNE Jean-Claude LEROY »
    friend bool operator==(const Rapport&, const Rapport&) = default;
};

/// Sum of the amounts requested by the report's operations (those that state one); nullopt when
/// none does. Throws std::overflow_error on overflow.
[[nodiscard]] inline std::optional<Euros> requested_total(const Rapport& r) {
    std::optional<Euros> total;
    for (const auto& op : r.operations)
        if (op.amount)
            total = total.value_or(Euros{}) + op.amount->value;
    return total;
}

} // namespace subvention
