// SPDX-License-Identifier: Apache-2.0
// subvention — the délibération: an act of the Conseil départemental or of its Commission
// permanente, as printed.
//
// The model keeps what the act states, errors included: the attendance lists and the tally as
// printed (recomputed by vote.hpp, docs/architecture.md §3.4), the visas in order, the decisions
// with their amounts, the imputation table as printed (parsed into budget.hpp's `BudgetLine` on
// demand, so that a malformed imputation stays representable), and the signature block with
// its delegation (« pour le Président »).
#pragma once

#include <concepts>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <subvention/budget.hpp>
#include <subvention/date.hpp>
#include <subvention/document.hpp>
#include <subvention/identifiers.hpp>
#include <subvention/money.hpp>
#include <subvention/provenance.hpp>
#include <subvention/result.hpp>
#include <subvention/vote.hpp>

namespace subvention {

/// A row of an imputation table as printed (« imputation budgétaire »): a deliberation's
/// « Code Opération | Imputation budgétaire | Libellé Opération | CP € | Dépense € », or a
/// report's « … | CP | Disponible | Proposition | Solde ». Codes are kept as printed strings
/// (budget.hpp parses them: `to_budget_line`) so that an invalid imputation can be reported by
/// the checker (BUDG-*) instead of being unrepresentable. Amounts are what the columns print;
/// an absent column is nullopt.
struct ImputationRow {
    std::string operation_code{};     ///< « C01-020Q01 »
    std::string imputation{};         ///< « 6568/9365 »
    std::string label{};              ///< « Mission ESS - Autres participations »
    std::optional<Euros> cp{};        ///< « CP » column (crédits de paiement)
    std::optional<Euros> available{}; ///< « Disponible » column (report)
    Euros proposed{};               ///< « Dépense » (deliberation) / « Proposition » (report)
    std::optional<Euros> balance{}; ///< « Solde » as printed (report)
    AppropriationKind appropriation = AppropriationKind::cp;
    SourceRef source{}; ///< the table (« article 3 », « imputation »), the row as printed
    friend bool operator==(const ImputationRow&, const ImputationRow&) = default;
};

/// Parses a printed row into a `BudgetLine` (budget.hpp). Column mapping: when both « CP » and
/// « Disponible » are printed, « Disponible » is the credits available and « CP » the credits
/// voted; when only « CP » is printed (deliberation tables), it is the credits available. No
/// credits column at all is an `ErrorKind::empty` error on field « CP disponible ». The operation
/// code is checked against `pattern`, the département's own (`OperationCodePattern::parse`,
/// `pas_de_calais()`), when given; without one any printable code is kept (no national format
/// exists). Errors of the codes are those of `OperationCode::parse` and `Imputation::parse`.
[[nodiscard]] inline Result<BudgetLine>
to_budget_line(const ImputationRow& row,
               const std::optional<OperationCodePattern>& pattern = std::nullopt) {
    auto code = pattern ? OperationCode::parse(row.operation_code, *pattern)
                        : OperationCode::parse_any(row.operation_code);
    if (!code)
        return code.error();
    auto imputation = Imputation::parse(row.imputation);
    if (!imputation)
        return imputation.error();
    const std::optional<Euros> available = row.available ? row.available : row.cp;
    if (!available)
        return make_error(ErrorKind::empty, "CP disponible", row.source.text,
                          "la ligne d'imputation n'indique aucun crédit de paiement (colonnes "
                          "« CP » et « Disponible » absentes)");
    return BudgetLine{std::move(code).value(),
                      std::move(imputation).value(),
                      row.label,
                      *available,
                      row.proposed,
                      row.balance,
                      row.available ? row.cp : std::nullopt,
                      row.appropriation};
}

/// Where a document says the terms of the aid are described (« selon les modalités décrites au
/// rapport annexé »). The seed's deliberation points at the report and the report back at the
/// deliberation (SEED-08): kept so that a circular reference can be detected.
struct TermsReference {
    DocumentKind document = DocumentKind::rapport;
    SourceRef source{};
    friend bool operator==(const TermsReference&, const TermsReference&) = default;
};

/// Décision d'attribution: « D'attribuer, à l'association « … », une participation
/// départementale d'un montant global de 57 000 € pour l'année 2023, au titre de … ». Also used
/// for a report's proposal (« Il convient de statuer … d'attribuer … »).
struct GrantDecision {
    std::string beneficiary{}; ///< as printed, quotes excluded
    LegalForm beneficiary_form = LegalForm::unknown;
    Stated<Euros> amount{};                   ///< source: the article, the sentence as printed
    std::optional<std::int32_t> year{};       ///< « pour l'année 2023 » (calendar year)
    std::string purpose{};                    ///< « au titre de sa contribution … »
    std::optional<TermsReference> terms_in{}; ///< « selon les modalités décrites au … »
    /// The amount in letters as printed beside the figure (« cinquante-sept mille euros »),
    /// when the text gives one (AMOUNT-WORDS).
    std::optional<std::string> amount_in_words{};
    friend bool operator==(const GrantDecision&, const GrantDecision&) = default;
};

/// Autorisation de signer: « D'autoriser le Président du Conseil départemental à signer, au nom
/// et pour le compte du Département, avec l'association « … », la convention … dans les termes
/// du projet joint ». Compared with the convention's parties (CONV-AUTHORISATION).
struct SigningAuthorisation {
    std::string authorised{};   ///< « le Président du Conseil départemental »
    std::string counterparty{}; ///< « Acteurs Pour une Economie Solidaire »
    std::string instrument{};   ///< « la convention portant sur … »
    bool draft_annexed = false; ///< « dans les termes du projet joint »
    SourceRef source{};
    friend bool operator==(const SigningAuthorisation&, const SigningAuthorisation&) = default;
};

/// What the act says of a member interested in the item (« Madame Sylvie MEYFROIDT, intéressée
/// à l'affaire, n'a pris part ni au débat, ni au vote »). COI-ILLEGALITY: the act must state
/// that the member took part neither in the debate nor in the vote; the tally must exclude her
/// (checked by vote.hpp from `Attendance::interested`).
struct InterestStatement {
    PersonName member;
    bool no_debate = false; ///< « n'a pris part ni au débat »
    bool no_vote = false;   ///< « ni au vote »
    SourceRef source{};
    friend bool operator==(const InterestStatement&, const InterestStatement&) = default;
};

/// La délibération.
///
/// The deliberating body and the president of the meeting are those of `attendance`
/// (`attendance.body`, `attendance.president`): one place each, so they cannot disagree.
struct Deliberation {
    Collectivite collectivite{};
    Stated<Date> meeting_date{};                ///< « REUNION DU 20 MARS 2023 »
    std::optional<std::string> meeting_place{}; ///< not printed in the seed
    std::optional<PersonName> secretary{};      ///< « Secrétaire : Mme Marie-Line PLOUVIEZ »
    /// Number as parsed (nullopt when absent or unreadable) with the printed text in the
    /// source (« (N°2023-122) ») — DELIB-NUMBER.
    Stated<std::optional<DeliberationNumber>> number{};
    std::string title{};       ///< the item's title as printed
    std::vector<Visa> visas{}; ///< in order
    std::vector<InterestStatement> interest_statements{};
    std::vector<DeliberationArticle> articles{}; ///< the dispositif, in order
    std::vector<GrantDecision> grants{};
    std::vector<SigningAuthorisation> signing_authorisations{};
    std::vector<ImputationRow> imputations{};
    /// Body, president, lists (present, excused, without deliberative voice), interested members,
    /// proxies (nullopt: none recorded).
    Attendance attendance{};
    Stated<VoteTally> tally{}; ///< « Dans les conditions de vote ci-dessous »
    Stated<StatedOutcome> outcome{StatedOutcome::unknown, {}}; ///< « (Adopté) »
    SignatureBlock signature{};                                ///< « ARRAS, le 20 mars 2023 … »
    std::optional<Stated<Date>> transmission_date{}; ///< « reçu en préfecture le » (not in seed)
    std::optional<Stated<Date>> publication_date{};  ///< « publié le » (not in seed)
    friend bool operator==(const Deliberation&, const Deliberation&) = default;
};

/// The deliberating body (`attendance.body`).
[[nodiscard]] inline Body body(const Deliberation& d) noexcept {
    return d.attendance.body;
}

/// Sum of the grant decisions' amounts (Euros{} when none). Throws std::overflow_error on
/// overflow.
[[nodiscard]] inline Euros granted_total(const std::vector<GrantDecision>& grants) {
    Euros total{};
    for (const auto& g : grants)
        total += g.amount.value;
    return total;
}

/// Recomputes the vote of `d` with vote.hpp (`analyse`): the printed tally against who could
/// vote, and the stated outcome against the recomputed one. Throws std::invalid_argument when
/// the meeting date is not a date (misuse, as `analyse`).
[[nodiscard]] inline VoteAnalysis analyse_vote(const Deliberation& d,
                                               const VoteAnalysisOptions& options = {}) {
    return analyse(d.attendance, d.tally.value, d.outcome.value, d.meeting_date.value, options);
}

} // namespace subvention
