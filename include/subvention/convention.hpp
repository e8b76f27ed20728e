// SPDX-License-Identifier: Apache-2.0
// subvention — the subsidy convention (« convention d'objectifs et de moyens », « convention de
// subvention ») as its text states it.
//
// Required above 23 000 € a year (loi 2000-321 art. 10 al. 4; décret 2001-495 art. 1), it must
// define the object, the amount, the payment terms and the conditions of use of the subsidy, and,
// from 3 July 2021 (loi 2021-875), the terms of control and evaluation and the conditions under
// which a non-profit beneficiary may keep an unspent part (CONV-CONTENT). The model records what
// the document says — including its blanks (dossier number, bank details, signature date of a
// draft) and its mistakes (a duplicated visa, a cross-reference to the wrong article, a SIRET
// labelled SIREN, « acomptes » mentioned beside a single payment) — so that the checker can
// report them (CONV-*, PAYMENT-*, ID-*, VISA-DUPLICATE).
#pragma once

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <subvention/date.hpp>
#include <subvention/deadline.hpp>
#include <subvention/document.hpp>
#include <subvention/money.hpp>
#include <subvention/provenance.hpp>
#include <subvention/rate.hpp>

namespace subvention {

/// Whether a document is a draft (« projet ») or the signed instrument (« signée »).
enum class DocumentStatus {
    draft,    ///< projet (annexed to the deliberation, unsigned, blanks allowed)
    executed, ///< signée par les parties
};

/// Stable lower-case name (« draft », « executed »).
[[nodiscard]] constexpr std::string_view to_string(DocumentStatus s) noexcept {
    return s == DocumentStatus::draft ? "draft" : "executed";
}

/// What a convention article (or a cross-reference to one) is about. The convention's article
/// index lists the subjects of each article so that a cross-reference (« le bilan final prévu à
/// l'article 7 ») can be checked against the article that actually holds the subject
/// (CONV-CROSS-REFERENCE). Assigned by whoever builds the model (by hand or text extraction).
enum class ConventionSubject {
    object,                ///< objet de la convention
    actions,               ///< nature du projet, actions soutenues
    period,                ///< période d'application, durée
    obligations,           ///< obligations du bénéficiaire (general)
    meetings,              ///< comités de suivi, réunions
    communication,         ///< charte de communication, correspondances
    professional_secrecy,  ///< secret professionnel
    purchases,             ///< achats, mise en concurrence
    eligible_expenses,     ///< dépenses éligibles
    intellectual_property, ///< propriété intellectuelle
    conflict_of_interest,  ///< conflits d'intérêts
    control,               ///< contrôle, contrôle de service fait
    amount,                ///< montant de l'aide, plafonds
    payment,               ///< modalités de versement, échéancier
    final_report,          ///< bilan final, compte rendu financier, and its deadline
    bank_details,          ///< coordonnées bancaires, paiement
    amendment,             ///< avenant, modification
    renunciation,          ///< clause de renonciation
    termination,           ///< résiliation
    reimbursement,         ///< reversement, remboursement
    jurisdiction,          ///< litiges, juridiction compétente
    state_aid,             ///< aides d'État, de minimis
    republican_commitment, ///< contrat d'engagement républicain
    other,                 ///< autre sujet
};

/// Stable lower-case name (« final_report »).
[[nodiscard]] constexpr std::string_view to_string(ConventionSubject s) noexcept {
    switch (s) {
    case ConventionSubject::object:
        return "object";
    case ConventionSubject::actions:
        return "actions";
    case ConventionSubject::period:
        return "period";
    case ConventionSubject::obligations:
        return "obligations";
    case ConventionSubject::meetings:
        return "meetings";
    case ConventionSubject::communication:
        return "communication";
    case ConventionSubject::professional_secrecy:
        return "professional_secrecy";
    case ConventionSubject::purchases:
        return "purchases";
    case ConventionSubject::eligible_expenses:
        return "eligible_expenses";
    case ConventionSubject::intellectual_property:
        return "intellectual_property";
    case ConventionSubject::conflict_of_interest:
        return "conflict_of_interest";
    case ConventionSubject::control:
        return "control";
    case ConventionSubject::amount:
        return "amount";
    case ConventionSubject::payment:
        return "payment";
    case ConventionSubject::final_report:
        return "final_report";
    case ConventionSubject::bank_details:
        return "bank_details";
    case ConventionSubject::amendment:
        return "amendment";
    case ConventionSubject::renunciation:
        return "renunciation";
    case ConventionSubject::termination:
        return "termination";
    case ConventionSubject::reimbursement:
        return "reimbursement";
    case ConventionSubject::jurisdiction:
        return "jurisdiction";
    case ConventionSubject::state_aid:
        return "state_aid";
    case ConventionSubject::republican_commitment:
        return "republican_commitment";
    case ConventionSubject::other:
        return "other";
    }
    return "other";
}

/// An entry of the convention's article index (« Article 8 : Bilan final d'exécution »): its
/// number as printed, its title, the titles of its numbered paragraphs (« 1) Relations avec
/// les services départementaux »…), and the subjects it deals with.
struct ConventionArticle {
    std::uint32_t number = 0;
    std::string title{};
    std::vector<std::string> sections{}; ///< numbered paragraphs' titles, in order (§1 first)
    std::vector<ConventionSubject> subjects{};
    friend bool operator==(const ConventionArticle&, const ConventionArticle&) = default;
};

/// A reference from one article to another (« prévu à l'article 7 », « l'article
/// précédent »). `to_article` is the number the text designates — for relative wordings
/// (« précédent », « suivant », « le même article ») the number they resolve to; the printed
/// wording stays in `source.text`. `subject` is what the reference is about; the checker
/// verifies that the target article deals with it (CONV-CROSS-REFERENCE).
struct CrossReference {
    std::uint32_t from_article = 0;
    std::optional<std::uint32_t> from_section{}; ///< « 5) » of article 4 → 5
    std::uint32_t to_article = 0;
    ConventionSubject subject = ConventionSubject::other;
    SourceRef source{};
    friend bool operator==(const CrossReference&, const CrossReference&) = default;
};

/// How the convention's deliberation is said to authorise its signature (« dûment autorisé par
/// délibération de la Commission Permanente en date du 20 mars 2023 »): compared with the
/// deliberation itself (CONV-AUTHORISATION).
struct StatedAuthorisation {
    std::optional<Body> body{};                 ///< commission permanente in the seed
    std::optional<Date> date{};                 ///< 2023-03-20
    std::optional<DeliberationNumber> number{}; ///< not stated in the seed
    SourceRef source{};
    friend bool operator==(const StatedAuthorisation&, const StatedAuthorisation&) = default;
};

/// A party to the convention (« partie »): the département or the beneficiary.
struct ConventionParty {
    std::string name{};                                 ///< « Département du Pas-de-Calais »
    LegalForm legal_form = LegalForm::unknown;          ///< association for the seed's beneficiary
    std::string address{};                              ///< seat as printed
    std::optional<StatedIdentifier> identifier{};       ///< as labelled in the text (ID-LABEL)
    std::optional<NamedPerson> representative{};        ///< « représenté par Monsieur … »
    std::optional<StatedAuthorisation> authorisation{}; ///< the département's authorising act
    std::string designation{}; ///< « le Département », « L'organisme » (« ci-après désigné »)
    /// INSEE code of the département of the party's seat (« 62 » for a seat in Arras): selects
    /// the competent tribunal administratif (CJA R.312-1, R.221-3) and the holidays when the
    /// convention is checked alone. Derived from the printed address; empty when unknown.
    std::string departement_code{};
    SourceRef source{};
    /// Identifiers stated besides `identifier`, in printed order: the RNA number of an
    /// association whose SIRET is `identifier` (« SIRET 778 899 013 00016, RNA W595012345 »).
    /// Each is checked like `identifier` (ID-LABEL, ID-CHECKSUM); `identifier` stays the one a
    /// single-identifier reader sees first.
    std::vector<StatedIdentifier> other_identifiers{};
    friend bool operator==(const ConventionParty&, const ConventionParty&) = default;
};

/// Every identifier the party states: `identifier` first, then `other_identifiers` in order.
/// Pointers into `p`, valid while it is.
[[nodiscard]] inline std::vector<const StatedIdentifier*> identifiers(const ConventionParty& p) {
    std::vector<const StatedIdentifier*> out;
    out.reserve(p.other_identifiers.size() + 1);
    if (p.identifier)
        out.push_back(&*p.identifier);
    for (const auto& id : p.other_identifiers)
        out.push_back(&id);
    return out;
}

/// The first identifier of `p` (in the order of `identifiers`) *labelled* `label`, or nullptr.
/// The label is what the text says: a rule that needs what the digits are (the seed labels
/// its SIRET « SIREN ») classifies `identifiers(p)` by shape instead.
[[nodiscard]] inline const StatedIdentifier* find_identifier(const ConventionParty& p,
                                                             IdentifierLabel label) {
    for (const auto* id : identifiers(p))
        if (id->label == label)
            return id;
    return nullptr;
}

/// Period of application (« période d'application »): first and last day, and whether the last
/// day is included (« du 01/01/2023 au 31/12/2023 inclus »).
struct Period {
    Date start{};
    Date end{};
    bool end_inclusive = true;
    friend bool operator==(const Period&, const Period&) = default;
};

/// Tacite reconduction: what the convention says about it (CONV-TACIT-RENEWAL).
enum class TacitRenewal {
    absent,   ///< the text says nothing
    excluded, ///< « en aucun cas … par tacite reconduction »
    allowed,  ///< renewed tacitly
};

/// Stable lower-case name (« excluded »).
[[nodiscard]] constexpr std::string_view to_string(TacitRenewal t) noexcept {
    switch (t) {
    case TacitRenewal::absent:
        return "absent";
    case TacitRenewal::excluded:
        return "excluded";
    case TacitRenewal::allowed:
        return "allowed";
    }
    return "absent";
}

/// Minimum frequency of an obligation (« à minima 1 fois par trimestre »).
enum class Frequency { weekly, monthly, quarterly, half_yearly, yearly, as_needed };

/// Stable lower-case name (« quarterly »).
[[nodiscard]] constexpr std::string_view to_string(Frequency f) noexcept {
    switch (f) {
    case Frequency::weekly:
        return "weekly";
    case Frequency::monthly:
        return "monthly";
    case Frequency::quarterly:
        return "quarterly";
    case Frequency::half_yearly:
        return "half_yearly";
    case Frequency::yearly:
        return "yearly";
    case Frequency::as_needed:
        return "as_needed";
    }
    return "as_needed";
}

/// Steering / follow-up meetings the beneficiary must attend (« comités de suivi »).
struct MeetingObligation {
    std::string description{};
    std::optional<Frequency> minimum_frequency{}; ///< quarterly in the seed
    SourceRef source{};
    friend bool operator==(const MeetingObligation&, const MeetingObligation&) = default;
};

/// A period counted from an event, as the text words it (« dans les 6 mois suivant la date de
/// fin de convention »). Computed with `deadline.hpp` by the checker (CONV-REPORT-DEADLINE).
struct RelativeDeadline {
    Duration delay = Months(0);
    StartEvent from = StartEvent::other;
    friend bool operator==(const RelativeDeadline&, const RelativeDeadline&) = default;
};

/// One statement of a deadline: the rule as worded, the date as written (« soit le 30 juin
/// 2024 »), or both; and where. A document may state the same deadline several times (the seed's
/// art. 4, 8 and 12): each statement is kept, since they may disagree.
struct DeadlineStatement {
    std::optional<RelativeDeadline> rule{};
    std::optional<Date> date{};
    SourceRef source{};
    friend bool operator==(const DeadlineStatement&, const DeadlineStatement&) = default;
};

/// The final report (« bilan final d'exécution », « compte rendu financier », loi 2000-321
/// art. 10): what it contains, in which form, what it is for, and when it is due.
struct FinalReportObligation {
    std::vector<DeadlineStatement> deadlines{};
    std::vector<std::string> contents{}; ///< required pieces, as printed
    std::optional<std::string> form{};   ///< « dans la même forme que le budget prévisionnel »
    std::vector<std::string> purposes{}; ///< « contrôle de service fait », « calcul du solde »
    friend bool operator==(const FinalReportObligation&, const FinalReportObligation&) = default;
};

/// The beneficiary's obligations (« obligations de l'organisme »).
struct Obligations {
    std::vector<MeetingObligation> meetings{};
    std::vector<Stated<std::string>> documents_to_send{}; ///< « Transmettre à la Mission ESS … »
    std::optional<FinalReportObligation> final_report{};
    std::vector<Stated<std::string>> other{}; ///< e.g. inform of any modification
    friend bool operator==(const Obligations&, const Obligations&) = default;
};

/// Clauses a convention may contain (CONV-CONTENT, CONV-CER, CONV-JURISDICTION…).
enum class ClauseKind {
    laicite,                        ///< no funding of worship (loi du 9 décembre 1905 art. 2)
    contrat_engagement_republicain, ///< loi 2000-321 art. 10-1
    communication_charter,          ///< charte de communication, logo
    correspondence,                 ///< written communications quoting the convention number
    professional_secrecy,           ///< secret professionnel
    competitive_purchasing,         ///< achats avec mise en concurrence
    eligible_expenses_in_period,    ///< dépenses réalisées pendant la période
    intellectual_property,          ///< propriété intellectuelle
    conflict_of_interest,           ///< conflits d'intérêts
    control,                        ///< contrôle (CGCT L.1611-4)
    avenant,                        ///< modification par avenant
    renunciation,                   ///< renonciation à réclamation
    termination,                    ///< résiliation (delay: notice)
    reimbursement,                  ///< reversement (delay: to repay)
    jurisdiction,                   ///< juridiction compétente (named: the tribunal)
    state_aid,                      ///< aides d'État / de minimis
    pass_on_allowed,                ///< reversement à d'autres organismes autorisé (L.1611-4)
    /// the beneficiary may keep all or part of the subsidy not entirely spent (loi 2000-321
    /// art. 10 al. 4 as amended by loi 2021-875; kept_amount: the most it may keep)
    unspent_kept,
};

/// Stable lower-case name (« contrat_engagement_republicain »).
[[nodiscard]] constexpr std::string_view to_string(ClauseKind k) noexcept {
    switch (k) {
    case ClauseKind::laicite:
        return "laicite";
    case ClauseKind::contrat_engagement_republicain:
        return "contrat_engagement_republicain";
    case ClauseKind::communication_charter:
        return "communication_charter";
    case ClauseKind::correspondence:
        return "correspondence";
    case ClauseKind::professional_secrecy:
        return "professional_secrecy";
    case ClauseKind::competitive_purchasing:
        return "competitive_purchasing";
    case ClauseKind::eligible_expenses_in_period:
        return "eligible_expenses_in_period";
    case ClauseKind::intellectual_property:
        return "intellectual_property";
    case ClauseKind::conflict_of_interest:
        return "conflict_of_interest";
    case ClauseKind::control:
        return "control";
    case ClauseKind::avenant:
        return "avenant";
    case ClauseKind::renunciation:
        return "renunciation";
    case ClauseKind::termination:
        return "termination";
    case ClauseKind::reimbursement:
        return "reimbursement";
    case ClauseKind::jurisdiction:
        return "jurisdiction";
    case ClauseKind::state_aid:
        return "state_aid";
    case ClauseKind::pass_on_allowed:
        return "pass_on_allowed";
    case ClauseKind::unspent_kept:
        return "unspent_kept";
    }
    return "control";
}

/// A clause present in the convention, with its parameters where it has one: the delay of a
/// termination notice or of a repayment (« un délai de un mois »), the named tribunal of a
/// jurisdiction clause (« Tribunal administratif de Lille »).
struct Clause {
    ClauseKind kind = ClauseKind::control;
    std::optional<Duration> delay{};
    std::optional<StartEvent> delay_from{}; ///< what the delay runs from
    std::optional<std::string> named{};     ///< tribunal, charter title…
    SourceRef source{};
    /// unspent_kept: the most the beneficiary may keep of the unspent subsidy, when the clause
    /// states it as an amount; nullopt: not stated (« tout ou partie », a share of a surplus…).
    std::optional<Euros> kept_amount{};
    friend bool operator==(const Clause&, const Clause&) = default;
};

/// What releases a payment (« fait générateur du versement »).
enum class PaymentTrigger {
    signature,    ///< après la signature de la convention
    date,         ///< à une date fixe
    final_report, ///< sur production du bilan / compte rendu
    control,      ///< après contrôle de service fait
    other,
};

/// Stable lower-case name (« signature »).
[[nodiscard]] constexpr std::string_view to_string(PaymentTrigger t) noexcept {
    switch (t) {
    case PaymentTrigger::signature:
        return "signature";
    case PaymentTrigger::date:
        return "date";
    case PaymentTrigger::final_report:
        return "final_report";
    case PaymentTrigger::control:
        return "control";
    case PaymentTrigger::other:
        return "other";
    }
    return "other";
}

/// Nature of a payment: single payment, advance (« acompte », « avance ») or balance
/// (« solde »).
enum class PaymentKind { single, advance, balance };

/// Stable lower-case name (« balance »).
[[nodiscard]] constexpr std::string_view to_string(PaymentKind k) noexcept {
    switch (k) {
    case PaymentKind::single:
        return "single";
    case PaymentKind::advance:
        return "advance";
    case PaymentKind::balance:
        return "balance";
    }
    return "single";
}

/// One payment of the schedule (« versement »).
struct Payment {
    PaymentKind kind = PaymentKind::single;
    Stated<Euros> amount{};
    PaymentTrigger trigger = PaymentTrigger::other;
    std::optional<Date> date{};                   ///< for PaymentTrigger::date
    std::optional<std::string> amount_in_words{}; ///< as printed, if any (AMOUNT-WORDS)
    /// The instalment as a share of the grant (« 60 % »), exact, when stated: software keeps
    /// shares so that the amounts follow the grant (`payment_amounts`); PAYMENT-SHARE checks
    /// that `amount` is that share of the grant.
    std::optional<Rate> share{};
    friend bool operator==(const Payment&, const Payment&) = default;
};

/// The amounts of instalments given as shares of `grant`: each share rounded half up to the
/// cent; when the shares add up to 100 %, the last one (the balance) takes what remains, so that
/// the amounts add up to the grant exactly (a 60/40 split of 30 000 € is 18 000 € and 12 000 €;
/// thirds of 100 € are 33,33 €, 33,33 € and 33,34 €). Throws std::overflow_error like
/// `Euros::apply`.
[[nodiscard]] inline std::vector<Euros> payment_amounts(Euros grant,
                                                        const std::vector<Rate>& shares) {
    Rate::rational total = 0;
    for (const auto& s : shares)
        total += s.value();
    const bool whole = total == 1;
    std::vector<Euros> out;
    out.reserve(shares.size());
    Euros paid{};
    for (std::size_t i = 0; i < shares.size(); ++i) {
        const Euros e = whole && i + 1 == shares.size() ? grant - paid
                                                        : grant.apply(shares[i], Rounding::half_up);
        paid += e;
        out.push_back(e);
    }
    return out;
}

/// A passage that speaks of advances or a balance (« le versement des acomptes et celui du
/// solde », « pour le calcul du solde »), kept to check it against the payments actually
/// scheduled (PAYMENT-INCOMPLETE; SEED-05).
struct PaymentMention {
    PaymentKind kind = PaymentKind::balance;
    SourceRef source{};
    friend bool operator==(const PaymentMention&, const PaymentMention&) = default;
};

/// Échéancier de versement, with the clauses that bound it.
struct PaymentSchedule {
    std::vector<Payment> payments{};
    std::vector<PaymentMention> mentions{};
    /// Passages capping the aid (« plafonnée au montant indiqué ci-dessus », « ne pourra être
    /// supérieur au total prévu à l'article 6 »).
    std::vector<SourceRef> cap_clauses{};
    /// « elle peut être diminuée en fonction des dépenses effectivement réalisées » (pro rata).
    std::optional<SourceRef> reduction_clause{};
    std::optional<std::string> paying_accountant{}; ///< « la Payeuse Départementale »
    friend bool operator==(const PaymentSchedule&, const PaymentSchedule&) = default;
};

/// Coordonnées bancaires as printed — *strings*, not parsed `Iban`/`Bic`, so that a blank
/// draft (the seed's underscores) and an invalid number are both representable; the checker
/// parses them (CONV-BANK-DETAILS, ID-CHECKSUM). Each field: nullopt when blank.
struct BankDetails {
    Stated<std::optional<std::string>> iban{};
    Stated<std::optional<std::string>> bic{};
    Stated<std::optional<std::string>> domiciliation{};
    Stated<std::optional<std::string>> holder{}; ///< titulaire du compte
    friend bool operator==(const BankDetails&, const BankDetails&) = default;
};

/// La convention de subvention.
struct Convention {
    DocumentStatus status = DocumentStatus::draft;
    Stated<std::string> object{};                        ///< « Objet : … »
    Stated<std::optional<std::string>> dossier_number{}; ///< « Dossier n° » — blank in the seed
    std::string service{};                     ///< issuing service (« Pôle …, Mission … »)
    ConventionParty grantor{};                 ///< le Département
    ConventionParty beneficiary{};             ///< l'organisme
    std::vector<Visa> visas{};                 ///< in order, duplicates kept
    std::vector<ConventionArticle> articles{}; ///< the article index, in printed order
    std::vector<CrossReference> cross_references{}; ///< in order of appearance
    std::vector<Action> actions{};                  ///< art. 2 actions with art. 6 ceilings
    std::optional<Stated<Period>> period{};
    Stated<TacitRenewal> tacit_renewal{};
    Obligations obligations{};
    std::vector<Clause> clauses{}; ///< in order of appearance
    PaymentSchedule payment_schedule{};
    std::optional<BankDetails> bank_details{};              ///< nullopt: no bank-details section
    std::optional<Stated<std::uint32_t>> original_copies{}; ///< « deux exemplaires originaux »
    std::optional<Stated<std::uint32_t>> page_count{};      ///< « 7 pages »
    SignatureBlock signature{};
    friend bool operator==(const Convention&, const Convention&) = default;
};

/// The clauses of kind `k`, in order (usually zero or one).
[[nodiscard]] inline std::vector<Clause> clauses_of(const Convention& c, ClauseKind k) {
    std::vector<Clause> out;
    for (const auto& clause : c.clauses)
        if (clause.kind == k)
            out.push_back(clause);
    return out;
}

/// Whether the convention has a clause of kind `k`.
[[nodiscard]] inline bool has_clause(const Convention& c, ClauseKind k) noexcept {
    return std::any_of(c.clauses.begin(), c.clauses.end(),
                       [k](const Clause& clause) { return clause.kind == k; });
}

/// The article numbered `n` in the index, or nullptr.
[[nodiscard]] inline const ConventionArticle* find_article(const Convention& c,
                                                           std::uint32_t n) noexcept {
    for (const auto& a : c.articles)
        if (a.number == n)
            return &a;
    return nullptr;
}

/// Numbers of the articles that deal with `s`, in index order (the seed's final report: 4, 8).
[[nodiscard]] inline std::vector<std::uint32_t> articles_about(const Convention& c,
                                                               ConventionSubject s) {
    std::vector<std::uint32_t> out;
    for (const auto& a : c.articles)
        if (std::find(a.subjects.begin(), a.subjects.end(), s) != a.subjects.end())
            out.push_back(a.number);
    return out;
}

/// Sum of the ceilings of the actions that state one (« montant maximum de l'aide »); nullopt
/// when no action states a ceiling. Throws std::overflow_error on overflow (Euros arithmetic).
[[nodiscard]] inline std::optional<Euros> ceilings_total(const Convention& c) {
    std::optional<Euros> total;
    for (const auto& a : c.actions)
        if (a.amount)
            total = total.value_or(Euros{}) + a.amount->value;
    return total;
}

/// Sum of the scheduled payments (Euros{} when none). Throws std::overflow_error on overflow.
[[nodiscard]] inline Euros payments_total(const PaymentSchedule& s) {
    Euros total{};
    for (const auto& p : s.payments)
        total += p.amount.value;
    return total;
}

} // namespace subvention
