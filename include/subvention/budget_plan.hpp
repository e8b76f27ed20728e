// SPDX-License-Identifier: Apache-2.0
// subvention — the budget of an action (« budget prévisionnel » / « budget réalisé »), laid out
// as the CERFA forms lay it out: CERFA n° 12156 (demande de subvention, budget prévisionnel de
// l'action) and CERFA n° 15059 (compte rendu financier, budget réalisé).
//
// Charges are grouped by the two-digit accounts of the plan comptable (60 to 68: « achats »,
// « services extérieurs »… ; 86: « emplois des contributions volontaires en nature »), resources by
// 70 to 78 (« ventes », « subventions d'exploitation »…) and 87 (« contributions volontaires en
// nature »). Contributions in kind (86 / 87) are kept apart: they balance each other and are not
// money the action spends, so the money totals exclude them. The département's share is a
// resource line flagged as coming from the département (a 74 « subvention d'exploitation » line
// on the CERFA). A forecast must balance: total charges = total resources (CERFA 12156 « le total
// des charges doit être égal au total des produits »; BUDGET-UNBALANCED).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <subvention/money.hpp>
#include <subvention/provenance.hpp>
#include <subvention/result.hpp>

namespace subvention {

/// A charge account of the CERFA budget (« compte de charges »), by its two-digit number.
enum class ChargeAccount : std::uint8_t {
    achats = 60,                      ///< 60 Achats
    services_exterieurs = 61,         ///< 61 Services extérieurs
    autres_services_exterieurs = 62,  ///< 62 Autres services extérieurs
    impots_et_taxes = 63,             ///< 63 Impôts et taxes
    charges_de_personnel = 64,        ///< 64 Charges de personnel
    autres_charges_gestion = 65,      ///< 65 Autres charges de gestion courante
    charges_financieres = 66,         ///< 66 Charges financières
    charges_exceptionnelles = 67,     ///< 67 Charges exceptionnelles
    dotations_amortissements = 68,    ///< 68 Dotation aux amortissements (provisions…)
    emplois_contributions_nature = 86 ///< 86 Emplois des contributions volontaires en nature
};

/// A resource account of the CERFA budget (« compte de produits »), by its two-digit number.
enum class ResourceAccount : std::uint8_t {
    ventes_prestations = 70,       ///< 70 Ventes de produits finis, prestations de services
    production_stockee = 71,       ///< 71 Production stockée
    production_immobilisee = 72,   ///< 72 Production immobilisée
    dotations_tarification = 73,   ///< 73 Dotations et produits de tarification
    subventions_exploitation = 74, ///< 74 Subventions d'exploitation
    autres_produits_gestion = 75,  ///< 75 Autres produits de gestion courante
    produits_financiers = 76,      ///< 76 Produits financiers
    produits_exceptionnels = 77,   ///< 77 Produits exceptionnels
    reprises_amortissements = 78,  ///< 78 Reprises sur amortissements et provisions
    contributions_nature = 87      ///< 87 Contributions volontaires en nature
};

/// The two-digit number of the account (« 64 »).
[[nodiscard]] constexpr std::uint32_t number(ChargeAccount a) noexcept {
    return static_cast<std::uint32_t>(a);
}
/// The two-digit number of the account (« 74 »).
[[nodiscard]] constexpr std::uint32_t number(ResourceAccount a) noexcept {
    return static_cast<std::uint32_t>(a);
}

/// Whether a charge account is a contribution in kind (86).
[[nodiscard]] constexpr bool in_kind(ChargeAccount a) noexcept {
    return a == ChargeAccount::emplois_contributions_nature;
}
/// Whether a resource account is a contribution in kind (87).
[[nodiscard]] constexpr bool in_kind(ResourceAccount a) noexcept {
    return a == ResourceAccount::contributions_nature;
}

/// The charge account numbered `n` (60–68, 86), or an Error (field « compte »).
[[nodiscard]] inline Result<ChargeAccount> charge_account(std::uint32_t n) {
    if ((n >= 60 && n <= 68) || n == 86)
        return static_cast<ChargeAccount>(n);
    return make_error(ErrorKind::range, "compte", std::to_string(n),
                      "compte de charges inconnu (attendu : 60 à 68 ou 86)");
}
/// The resource account numbered `n` (70–78, 87), or an Error (field « compte »).
[[nodiscard]] inline Result<ResourceAccount> resource_account(std::uint32_t n) {
    if ((n >= 70 && n <= 78) || n == 87)
        return static_cast<ResourceAccount>(n);
    return make_error(ErrorKind::range, "compte", std::to_string(n),
                      "compte de produits inconnu (attendu : 70 à 78 ou 87)");
}

/// A charge line (« ligne de charges »): account, label as printed, amount.
struct ChargeLine {
    ChargeAccount account = ChargeAccount::achats;
    std::string label{};
    Euros amount{};
    friend bool operator==(const ChargeLine&, const ChargeLine&) = default;
};

/// A resource line (« ligne de produits »): account, label (the funder for a 74 line), amount,
/// and whether it is the département's own share (« Département »).
struct ResourceLine {
    ResourceAccount account = ResourceAccount::subventions_exploitation;
    std::string label{};
    Euros amount{};
    bool departement_share = false; ///< the grant this convention settles
    friend bool operator==(const ResourceLine&, const ResourceLine&) = default;
};

/// A budget table (« tableau budgétaire »): charges and resources, in printed order.
struct BudgetTable {
    std::vector<ChargeLine> charges{};
    std::vector<ResourceLine> resources{};
    friend bool operator==(const BudgetTable&, const BudgetTable&) = default;
};

/// Budget prévisionnel of one action (CERFA 12156, « budget prévisionnel de l'action »).
/// `action` is the index (0-based) of the action in the convention's `actions`.
struct BudgetForecast {
    std::size_t action = 0;
    BudgetTable table{};
    SourceRef source{}; ///< where the forecast is (annex, report)
    friend bool operator==(const BudgetForecast&, const BudgetForecast&) = default;
};

/// Budget réalisé of one action (CERFA 15059, « compte rendu financier de l'action »).
struct BudgetActual {
    std::size_t action = 0;
    BudgetTable table{};
    friend bool operator==(const BudgetActual&, const BudgetActual&) = default;
};

/// Total of the money charges (60–68; 86 excluded). Throws std::overflow_error on overflow.
[[nodiscard]] inline Euros total_charges(const BudgetTable& t) {
    Euros total{};
    for (const auto& l : t.charges)
        if (!in_kind(l.account))
            total += l.amount;
    return total;
}

/// Total of the money resources (70–78; 87 excluded). Throws std::overflow_error on overflow.
[[nodiscard]] inline Euros total_resources(const BudgetTable& t) {
    Euros total{};
    for (const auto& l : t.resources)
        if (!in_kind(l.account))
            total += l.amount;
    return total;
}

/// Total of the contributions in kind used (86). Throws std::overflow_error on overflow.
[[nodiscard]] inline Euros in_kind_charges(const BudgetTable& t) {
    Euros total{};
    for (const auto& l : t.charges)
        if (in_kind(l.account))
            total += l.amount;
    return total;
}

/// Total of the contributions in kind received (87). Throws std::overflow_error on overflow.
[[nodiscard]] inline Euros in_kind_resources(const BudgetTable& t) {
    Euros total{};
    for (const auto& l : t.resources)
        if (in_kind(l.account))
            total += l.amount;
    return total;
}

/// The département's share among the resources (lines flagged `departement_share`).
[[nodiscard]] inline Euros departement_share(const BudgetTable& t) {
    Euros total{};
    for (const auto& l : t.resources)
        if (l.departement_share && !in_kind(l.account))
            total += l.amount;
    return total;
}

/// The result of the balance check of a budget table (« équilibre du budget »).
struct BudgetBalance {
    Euros charges{};           ///< 60–68
    Euros resources{};         ///< 70–78
    Euros in_kind_charges{};   ///< 86
    Euros in_kind_resources{}; ///< 87
    /// charges − resources: positive = deficit (« déficit »), negative = surplus.
    [[nodiscard]] Euros gap() const { return charges - resources; }
    /// 86 − 87: must be zero too (the CERFA balances contributions in kind apart).
    [[nodiscard]] Euros in_kind_gap() const { return in_kind_charges - in_kind_resources; }
    /// Both the money part and the in-kind part balance.
    [[nodiscard]] bool balanced() const { return gap().is_zero() && in_kind_gap().is_zero(); }
    friend bool operator==(const BudgetBalance&, const BudgetBalance&) = default;
};

/// Checks the balance of a table (CERFA 12156: total des charges = total des produits, in money
/// and in kind separately). Throws std::overflow_error on overflow.
[[nodiscard]] inline BudgetBalance balance(const BudgetTable& t) {
    return BudgetBalance{total_charges(t), total_resources(t), in_kind_charges(t),
                         in_kind_resources(t)};
}

} // namespace subvention
