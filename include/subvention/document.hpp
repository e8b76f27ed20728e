// SPDX-License-Identifier: Apache-2.0
// subvention — vocabulary shared by the documents of a dossier (délibération, rapport,
// convention): visas, committee opinions, identifiers as printed, parties' legal form, funded
// actions, articles and signature blocks.
//
// Every type here is a plain aggregate of value types (std::optional for what a document leaves
// blank, std::vector for lists, enums rather than strings), regular (== defaulted), so that a
// JSON (de)serialiser can map it losslessly. A document's *errors are kept*: the model records
// what is printed (a SIRET labelled « SIREN », a visa given twice, a blank date), and the
// compliance checker judges it. Facts a diagnostic may point at carry a `SourceRef`
// (provenance.hpp): document, article or section, printed text.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include <subvention/date.hpp>
#include <subvention/identifiers.hpp>
#include <subvention/money.hpp>
#include <subvention/provenance.hpp>
#include <subvention/vote.hpp>

namespace subvention {

// ---------------------------------------------------------------------------------------------
// Identifiers as printed

/// The register an identifier is said to belong to (« identifié au répertoire SIREN sous le
/// n° … »). The label is what the text *says*; whether the digits match it is the checker's
/// business (ID-LABEL): the seed labels a 14-digit SIRET « SIREN ».
enum class IdentifierLabel {
    none,  ///< a number without a register named
    siren, ///< « SIREN » (9 chiffres)
    siret, ///< « SIRET » (14 chiffres)
    rna,   ///< « RNA » (W + 9 chiffres), répertoire national des associations
    other, ///< another register (RCS, n° de TVA…), named in the printed text
};

/// Stable lower-case name (« siren »).
[[nodiscard]] constexpr std::string_view to_string(IdentifierLabel l) noexcept {
    switch (l) {
    case IdentifierLabel::none:
        return "none";
    case IdentifierLabel::siren:
        return "siren";
    case IdentifierLabel::siret:
        return "siret";
    case IdentifierLabel::rna:
        return "rna";
    case IdentifierLabel::other:
        return "other";
    }
    return "other";
}

/// An identifier exactly as a document prints it (« identifiant déclaré »): the label, the raw
/// value with its spaces (« 440 672 020 00037 »), and where. Deliberately *not* a parsed
/// `Siret`/`Siren`/`Rna`: a mislabelled or invalid number must be representable so that the
/// checker can parse it and say what is wrong (ID-LABEL, ID-CHECKSUM).
struct StatedIdentifier {
    IdentifierLabel label = IdentifierLabel::none;
    std::string value{}; ///< as printed, spaces included
    SourceRef source{};
    friend bool operator==(const StatedIdentifier&, const StatedIdentifier&) = default;
};

// ---------------------------------------------------------------------------------------------
// Parties

/// Forme juridique of a party, as far as the rules care (CER and RNA for associations,
/// SUBV-CER; territorial competence for collectivités).
enum class LegalForm {
    unknown,     ///< not stated
    departement, ///< département (collectivité territoriale)
    region,      ///< région
    commune,     ///< commune
    epci,        ///< établissement public de coopération intercommunale
    public_body, ///< autre personne publique (établissement public…)
    association, ///< association (loi du 1er juillet 1901 ou droit local)
    foundation,  ///< fondation
    company,     ///< société, entreprise
    other,       ///< autre personne morale de droit privé
    /// association cultuelle (loi du 9 décembre 1905, titre IV): may receive no subsidy (art.
    /// 19; WORSHIP-FUNDING)
    association_cultuelle,
};

/// Stable lower-case name (« association »).
[[nodiscard]] constexpr std::string_view to_string(LegalForm f) noexcept {
    switch (f) {
    case LegalForm::unknown:
        return "unknown";
    case LegalForm::departement:
        return "departement";
    case LegalForm::region:
        return "region";
    case LegalForm::commune:
        return "commune";
    case LegalForm::epci:
        return "epci";
    case LegalForm::public_body:
        return "public_body";
    case LegalForm::association:
        return "association";
    case LegalForm::foundation:
        return "foundation";
    case LegalForm::company:
        return "company";
    case LegalForm::other:
        return "other";
    case LegalForm::association_cultuelle:
        return "association_cultuelle";
    }
    return "other";
}

/// The collectivité that takes the act (« collectivité attributaire »): its name as printed, its
/// SIRET when a document gives one (SCDL `idAttribuant`), and its INSEE département code
/// (« 62 », « 2A », « 971 ») which selects the tribunal administratif (CJA R.312-1, R.221-3)
/// and the territory for holidays.
struct Collectivite {
    std::string name{};                      ///< « Département du Pas-de-Calais »
    std::optional<StatedIdentifier> siret{}; ///< blank in the seed
    std::string departement_code{};          ///< « 62 »
    friend bool operator==(const Collectivite&, const Collectivite&) = default;
};

/// A person named in a document with the capacity in which they act (« qualité »):
/// « Monsieur Jean-Claude LEROY, Président du Conseil départemental ».
struct NamedPerson {
    std::string name{}; ///< as printed, civility included when printed (« Monsieur Luc BELVAL »)
    std::string function{}; ///< « Président du Conseil départemental »; empty when not stated
    friend bool operator==(const NamedPerson&, const NamedPerson&) = default;
};

// ---------------------------------------------------------------------------------------------
// Visas (« Vu … ») and legal foundations (« fondements juridiques »)

/// « Vu le code … et notamment ses articles … » (visa d'un code).
struct CodeVisa {
    std::string code{};                  ///< « Code Général des Collectivités Territoriales »
    std::vector<std::string> articles{}; ///< « L.3121-14 », … (empty: the code as a whole)
    friend bool operator==(const CodeVisa&, const CodeVisa&) = default;
};

/// Nature of a non-codified text.
enum class LegalTextKind { loi, ordonnance, decret, arrete, eu_regulation, other };

/// Stable lower-case name (« loi »).
[[nodiscard]] constexpr std::string_view to_string(LegalTextKind k) noexcept {
    switch (k) {
    case LegalTextKind::loi:
        return "loi";
    case LegalTextKind::ordonnance:
        return "ordonnance";
    case LegalTextKind::decret:
        return "decret";
    case LegalTextKind::arrete:
        return "arrete";
    case LegalTextKind::eu_regulation:
        return "eu_regulation";
    case LegalTextKind::other:
        return "other";
    }
    return "other";
}

/// « Vu la loi n°2014-856 du 31 juillet 2014 relative à …, et notamment son article 15 ».
struct LegalTextVisa {
    LegalTextKind kind = LegalTextKind::loi;
    std::optional<std::string> number{}; ///< « 2014-856 »; absent for « loi du 9 décembre 1905 »
    std::optional<Date> date{};          ///< date of the text
    std::string title{};                 ///< « relative à l'Economie Sociale et Solidaire »
    std::vector<std::string> articles{}; ///< « 15 »
    friend bool operator==(const LegalTextVisa&, const LegalTextVisa&) = default;
};

/// « Vu la délibération n°2021-257 du Conseil départemental en date du 01/07/2021 « … » ».
/// The number is optional (conventions usually cite the date alone); the checker compares the
/// year of the number with the date (DELIB-NUMBER) and the order of numbers with the order of
/// dates (DELIB-DATES-ORDER).
struct DeliberationVisa {
    std::string body_name{};                    ///< as printed: « Conseil départemental »
    std::optional<Body> body{};                 ///< when it is this collectivité's CD or CP
    std::optional<DeliberationNumber> number{}; ///< « 2021-257 »
    std::optional<Date> date{};                 ///< « 01/07/2021 »
    std::string title{};                        ///< as printed, quotes excluded
    /// The cited act delegates powers to the commission permanente (« délégation
    /// d'attributions », CGCT L.3211-2): the visa a CP deliberation needs (CP-DELEGATION-VISA).
    bool delegation_of_powers = false;
    friend bool operator==(const DeliberationVisa&, const DeliberationVisa&) = default;
};

/// « Vu le Schéma … (SRDEII), adopté par délibération du Conseil Régional … le 30 mars 2017 ».
struct SchemeVisa {
    std::string name{};                   ///< schéma (or plan, programme) name as printed
    std::optional<std::string> acronym{}; ///< « SRDEII »
    std::string adopted_by{};             ///< « Conseil Régional des Hauts-de-France »
    std::optional<Date> date{};           ///< adoption date
    friend bool operator==(const SchemeVisa&, const SchemeVisa&) = default;
};

/// « Vu le Règlement Intérieur du Conseil départemental … et notamment ses articles 18, 20 et
/// 29 » (règlement intérieur, CGCT L.3121-8).
struct RulesOfProcedureVisa {
    std::string body_name{};             ///< « Conseil départemental du Pas-de-Calais »
    std::vector<std::string> articles{}; ///< « 18 », « 20 », « 29 »
    friend bool operator==(const RulesOfProcedureVisa&, const RulesOfProcedureVisa&) = default;
};

/// « Vu le rapport du Président du Conseil départemental, ci-annexé » (visa du rapport).
struct ReportVisa {
    std::string author{}; ///< « Président du Conseil départemental »
    bool annexed = false; ///< « ci-annexé »
    friend bool operator==(const ReportVisa&, const ReportVisa&) = default;
};

/// Sens de l'avis d'une commission.
enum class Opinion { favourable, unfavourable, reserved };

/// Stable lower-case name (« favourable »).
[[nodiscard]] constexpr std::string_view to_string(Opinion o) noexcept {
    switch (o) {
    case Opinion::favourable:
        return "favourable";
    case Opinion::unfavourable:
        return "unfavourable";
    case Opinion::reserved:
        return "reserved";
    }
    return "reserved";
}

/// A committee of the assembly (« commission »): « 1ère commission « Attractivité
/// départementale et emploi » ». The rank and the name are split so that the deliberation's and
/// the report's wordings can be compared; the printed form stays in the source.
struct Committee {
    std::optional<std::uint32_t> rank{}; ///< 1 for « 1ère commission »
    std::string name{};                  ///< « Attractivité départementale et emploi »
    friend bool operator==(const Committee&, const Committee&) = default;
};

/// Avis d'une commission: who, when, and — when the document says — in which sense (the
/// deliberation's visa gives no sense, the report says « avis favorable »).
struct CommitteeOpinion {
    Committee committee{};
    std::optional<Date> date{};       ///< « 06/03/2023 »
    std::optional<Opinion> opinion{}; ///< absent when not stated
    friend bool operator==(const CommitteeOpinion&, const CommitteeOpinion&) = default;
};

/// Any other visa: only its printed text (in `Visa::source`) is kept.
struct OtherVisa {
    friend bool operator==(const OtherVisa&, const OtherVisa&) = default;
};

/// What a visa cites, typed by kind.
using VisaContent = std::variant<CodeVisa, LegalTextVisa, DeliberationVisa, SchemeVisa,
                                 RulesOfProcedureVisa, ReportVisa, CommitteeOpinion, OtherVisa>;

/// The kind of a visa, in the order of the `VisaContent` alternatives.
enum class VisaKind {
    code,
    legal_text,
    deliberation,
    scheme,
    rules_of_procedure,
    report,
    committee_opinion,
    other
};

/// Stable lower-case name (« deliberation »).
[[nodiscard]] constexpr std::string_view to_string(VisaKind k) noexcept {
    switch (k) {
    case VisaKind::code:
        return "code";
    case VisaKind::legal_text:
        return "legal_text";
    case VisaKind::deliberation:
        return "deliberation";
    case VisaKind::scheme:
        return "scheme";
    case VisaKind::rules_of_procedure:
        return "rules_of_procedure";
    case VisaKind::report:
        return "report";
    case VisaKind::committee_opinion:
        return "committee_opinion";
    case VisaKind::other:
        return "other";
    }
    return "other";
}

/// A visa (« Vu … ») of a deliberation or a convention, or a legal foundation (« fondement
/// juridique ») of a report: the typed content and the printed text with its place. Two visas
/// are duplicates when their contents are equal (VISA-DUPLICATE); the source keeps both
/// occurrences apart.
struct Visa {
    VisaContent content{};
    SourceRef source{}; ///< section « visas » / « fondements juridiques », text as printed
    friend bool operator==(const Visa&, const Visa&) = default;
};

/// The kind of `v`.
[[nodiscard]] constexpr VisaKind kind(const Visa& v) noexcept {
    return static_cast<VisaKind>(v.content.index());
}

// ---------------------------------------------------------------------------------------------
// Funded actions

/// An axis of a programme (« Axe 1 : Parcours de qualification … ») with its bullet points.
struct ActionAxis {
    std::string label{};              ///< « Axe 1 »
    std::string title{};              ///< as printed after the colon
    std::vector<std::string> items{}; ///< the bullets, as printed
    friend bool operator==(const ActionAxis&, const ActionAxis&) = default;
};

/// An action (« action », « opération ») the subsidy pays for, with the amount the document
/// attaches to it: in a report, the amount *requested* (« sollicite une participation … à
/// hauteur de »); in a convention, the *ceiling* (« montant maximum de l'aide », art. 6 of the
/// seed). A group of axes funded together has no title of its own (`title` empty): the
/// amount's printed text says what it covers (« au titre des 3 axes mentionnés dans l'article
/// 2 »). Titles are kept as printed so that the checker can compare them across documents
/// (the seed's « … des pratiques interne » vs « … des pratiques »).
struct Action {
    std::optional<std::string> title{}; ///< « Accompagnements des acteurs … », quotes excluded
    std::string description{};          ///< free text as printed (may be empty)
    std::vector<ActionAxis> axes{};
    std::vector<std::string> steps{};      ///< the bullets of an action without axes
    std::optional<Stated<Euros>> amount{}; ///< requested (report) or ceiling (convention)
    /// The amount in letters as printed beside the figure (« cinquante-sept mille euros »),
    /// when the text gives one: compared with the figure by the checker (AMOUNT-WORDS).
    std::optional<std::string> amount_in_words{};
    friend bool operator==(const Action&, const Action&) = default;
};

// ---------------------------------------------------------------------------------------------
// Articles and signatures

/// An article of a deliberation's dispositif (« DECIDE : Article 1 : … »).
struct DeliberationArticle {
    std::uint32_t number = 0;
    std::string text{}; ///< as printed, without the « Article n : » heading
    friend bool operator==(const DeliberationArticle&, const DeliberationArticle&) = default;
};

/// Signs « pour le Président » (« délégation de signature »): the person who actually signs on
/// behalf of the named signatory.
struct SignatureDelegation {
    std::string on_behalf_of{}; ///< « Pour le Président du Conseil départemental »
    NamedPerson delegate{};     ///< Maryline VINCLAIRE, Directrice Générale des Services
    friend bool operator==(const SignatureDelegation&, const SignatureDelegation&) = default;
};

/// A signatory of a document: for which party, who, in which capacity, whether someone signs
/// by delegation, and whether the copy bears the signature mention (« Signé »).
struct Signatory {
    std::string party{};  ///< « Pour le Département du Pas-de-Calais »; empty when not printed
    NamedPerson person{}; ///< Jean-Claude LEROY, Le Président
    std::optional<SignatureDelegation> delegation{};
    bool signed_mention = false; ///< the copy shows « Signé » / « SIGNE »
    friend bool operator==(const Signatory&, const Signatory&) = default;
};

/// A signature block (« Fait à …, le … »): place and date as printed, both possibly blank in a
/// draft (« A Arras, le » with nothing after it), and the signatories.
struct SignatureBlock {
    std::optional<std::string> place{}; ///< « ARRAS », « Arras »; nullopt when blank
    Stated<std::optional<Date>> date{}; ///< nullopt when blank; text « A Arras, le »
    std::vector<Signatory> signatories{};
    friend bool operator==(const SignatureBlock&, const SignatureBlock&) = default;
};

} // namespace subvention
