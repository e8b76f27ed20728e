// SPDX-License-Identifier: Apache-2.0
// subvention::io::scdl — typed rows of the SCDL open-data formats (« Socle Commun des Données
// Locales »), their export from dossiers and their import into partial dossiers.
//
// Two schemas, latest official versions (Table Schemas under tests/data/scdl/):
//  - « Subventions » 2.1.1 (données essentielles des conventions de subvention: loi 2000-321
//    art. 10 al. 4, décret 2017-779, arrêté du 17 novembre 2017): one row per subsidy;
//  - « Délibérations » 2.1.5: one row per act of the deliberating assembly.
//
// A row holds typed values only (Siret, Rna, Euros, Date, exact Rate, enums, counts): a row
// that exists is valid for its schema's cell rules (types, patterns, enum, min/max,
// maxLength, french-siret-value, one-of-required; for délibérations also year-interval,
// cohesive, compare and sum columns). Parsing a row from cells returns the first broken rule
// as an `Error` whose `field` is the schema field name and whose message (French) names the
// spreadsheet row and column and quotes the value. Writing a row gives the canonical cells.
//
// Export: a `Dossier` → rows. Fields a dossier cannot give (the attribuant's SIRET in the seed,
// the convention date of a draft, the budget's name…) come from `ExportOptions`, never invented;
// when neither the dossier nor the options give a required value, the export is an `Error`
// naming the field and the option to set (docs/scdl.md lists them).
//
// Import: a row → a partial `Dossier` (convention and/or deliberation holding what the row
// says, every `SourceRef` pointing at « ligne N, colonne X »), so that the compliance rules
// that apply to a published row (identifiers, amount threshold, open-data publication…) run
// over a published file: `applicable_rules(Schema)`.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <subvention/date.hpp>
#include <subvention/dossier.hpp>
#include <subvention/identifiers.hpp>
#include <subvention/io/scdl.hpp>
#include <subvention/money.hpp>
#include <subvention/rate.hpp>
#include <subvention/result.hpp>
#include <subvention/vote.hpp>

namespace subvention::io::scdl {

// =============================================================================================
// Fields
// =============================================================================================

/// The 16 fields of SCDL subventions 2.1.1, in schema order (« champs »).
enum class SubventionField : std::uint8_t {
    nom_attribuant,
    id_attribuant,
    date_convention,
    reference_decision,
    nom_beneficiaire,
    id_beneficiaire,
    rna_beneficiaire,
    objet,
    montant,
    nature,
    conditions_versement,
    dates_periode_versement,
    id_rae,
    notification_ue,
    pourcentage_subvention,
    dispositif_aide,
};
inline constexpr std::size_t subvention_field_count = 16;

/// The schema's field names, in schema order (« nomAttribuant », …).
inline constexpr std::array<std::string_view, subvention_field_count> subvention_field_names = {
    "nomAttribuant",   "idAttribuant",   "dateConvention",        "referenceDecision",
    "nomBeneficiaire", "idBeneficiaire", "rnaBeneficiaire",       "objet",
    "montant",         "nature",         "conditionsVersement",   "datesPeriodeVersement",
    "idRAE",           "notificationUE", "pourcentageSubvention", "dispositifAide"};

/// The schema name of `f` (« montant »).
[[nodiscard]] constexpr std::string_view name(SubventionField f) noexcept {
    return subvention_field_names[static_cast<std::size_t>(f)];
}

/// The 17 fields of SCDL délibérations 2.1.5, in schema order.
enum class DeliberationField : std::uint8_t {
    coll_nom,
    coll_siret,
    delib_id,
    delib_date,
    delib_matiere_code,
    delib_matiere_nom,
    delib_objet,
    budget_annee,
    budget_nom,
    pref_id,
    pref_date,
    vote_effectif,
    vote_reel,
    vote_pour,
    vote_contre,
    vote_abstention,
    delib_url,
};
inline constexpr std::size_t deliberation_field_count = 17;

/// The schema's field names, in schema order (« COLL_NOM », …).
inline constexpr std::array<std::string_view, deliberation_field_count> deliberation_field_names = {
    "COLL_NOM",          "COLL_SIRET",    "DELIB_ID",     "DELIB_DATE", "DELIB_MATIERE_CODE",
    "DELIB_MATIERE_NOM", "DELIB_OBJET",   "BUDGET_ANNEE", "BUDGET_NOM", "PREF_ID",
    "PREF_DATE",         "VOTE_EFFECTIF", "VOTE_REEL",    "VOTE_POUR",  "VOTE_CONTRE",
    "VOTE_ABSTENTION",   "DELIB_URL"};

/// The schema name of `f` (« VOTE_POUR »).
[[nodiscard]] constexpr std::string_view name(DeliberationField f) noexcept {
    return deliberation_field_names[static_cast<std::size_t>(f)];
}

/// Where each schema field is in a file (« correspondance des colonnes »): built from the
/// header row by exact field name; columns the schema does not know are ignored, a field
/// the header lacks has no column (its cell reads as empty — a required field then fails).
/// The canonical map (schema order) is what `to_cells` writes.
class HeaderMap {
public:
    /// Maps a subventions header. Duplicated names: the first column wins.
    [[nodiscard]] static HeaderMap subventions(std::span<const std::string_view> header);
    /// Maps a délibérations header. Duplicated names: the first column wins.
    [[nodiscard]] static HeaderMap deliberations(std::span<const std::string_view> header);
    /// Schema order: field i in column i.
    [[nodiscard]] static HeaderMap canonical_subventions();
    [[nodiscard]] static HeaderMap canonical_deliberations();

    /// 0-based column of the field, nullopt when the header lacks it.
    [[nodiscard]] std::optional<std::size_t> column(SubventionField f) const noexcept;
    [[nodiscard]] std::optional<std::size_t> column(DeliberationField f) const noexcept;
    /// Fields the header lacks, by schema name, in schema order.
    [[nodiscard]] std::vector<std::string_view> missing() const;

private:
    static constexpr std::size_t absent = static_cast<std::size_t>(-1);
    bool deliberations_ = false;
    std::array<std::size_t, deliberation_field_count> columns_{};
};

// =============================================================================================
// Subventions 2.1.1
// =============================================================================================

/// `nature` (« nature de la subvention »): the schema's four allowed values.
enum class AidNature {
    numeraire,             ///< « aide en numéraire »
    nature,                ///< « aide en nature »
    numeraire_puis_nature, ///< « aide en numéraire;aide en nature »
    nature_puis_numeraire, ///< « aide en nature;aide en numéraire »
};

/// The cell text (« aide en numéraire »).
[[nodiscard]] std::string_view to_string(AidNature n) noexcept;
/// Exact match of one of the four values; `ErrorKind::component` otherwise (field « nature »).
[[nodiscard]] Result<AidNature> parse_aid_nature(std::string_view cell);

/// `conditionsVersement` (« conditions de versement »): « unique », « échelonné », or a free
/// description (the schema's « autre »: 1 to 256 characters).
struct PaymentConditions {
    enum class Kind {
        unique,    ///< « unique »: one payment
        echelonne, ///< « échelonné »: several payments
        autre,     ///< free text in `description`
    };
    Kind kind = Kind::unique;
    std::string description{}; ///< only for `autre` (may itself be the word « autre »)
    friend bool operator==(const PaymentConditions&, const PaymentConditions&) = default;
};

/// The cell text.
[[nodiscard]] std::string to_string(const PaymentConditions& c);
/// « unique », « échelonné » or free text of at most 256 characters (code points).
[[nodiscard]] Result<PaymentConditions> parse_payment_conditions(std::string_view cell);

/// `datesPeriodeVersement` (« date ou période de versement »): one ISO date, or an interval
/// « AAAA-MM-JJ/AAAA-MM-JJ » (ISO 8601). The schema's pattern does not order the two dates;
/// the type does not either (the checker may).
struct PaymentDates {
    Date first{};
    std::optional<Date> last{}; ///< nullopt: a single date
    friend bool operator==(const PaymentDates&, const PaymentDates&) = default;
};

/// The cell text (« 2023-01-01/2023-12-31 »).
[[nodiscard]] std::string to_string(const PaymentDates& d);
[[nodiscard]] Result<PaymentDates> parse_payment_dates(std::string_view cell);

/// One row of SCDL subventions 2.1.1 (« donnée essentielle d'une convention de subvention »).
/// Member order is the schema's column order.
struct SubventionRow {
    std::string nom_attribuant{};                    ///< required
    Siret id_attribuant;                             ///< required, 14 digits, checksum
    Date date_convention{};                          ///< required, ISO
    std::optional<std::string> reference_decision{}; ///< free text
    std::string nom_beneficiaire{};                  ///< required
    std::optional<Siret> id_beneficiaire{};          ///< one of id/rna required
    std::optional<Rna> rna_beneficiaire{};           ///< « W » + 9 digits
    std::string objet{};                             ///< required, ≤ 256 characters
    Euros montant{};                                 ///< required, decimal point, cents exact
    AidNature nature = AidNature::numeraire;         ///< required
    PaymentConditions conditions_versement{};        ///< required
    PaymentDates dates_periode_versement{};          ///< required
    std::optional<std::string> id_rae{};             ///< ≤ 5 characters
    bool notification_ue = false;                    ///< required, « oui » / « non »
    Rate pourcentage_subvention{};                   ///< required, 0.01 ≤ p ≤ 1, exact decimal
    std::optional<std::string> dispositif_aide{};    ///< free text
    friend bool operator==(const SubventionRow&, const SubventionRow&) = default;
};

/// Parses a data row (« lecture d'une ligne »). `cells` is the record as read, `header` maps
/// fields to columns, `row` is the 1-based spreadsheet row (header = 1) used in messages.
/// Cells are taken as written (no trimming: « 123 » with a space is not an integer in Table
/// Schema); an empty cell is a missing value. Returns the first error in schema order.
[[nodiscard]] Result<SubventionRow> parse_subvention_row(std::span<const std::string_view> cells,
                                                         const HeaderMap& header,
                                                         std::uint64_t row = 0);

/// The 16 cells in schema order (canonical forms: montant « 57000.00 », pourcentage « 1.00 »
/// or the shortest exact decimal with at least two decimals, dates ISO, « oui »/« non »).
/// Throws std::invalid_argument if `pourcentage_subvention` has no finite decimal expansion
/// (1/3): a row built by hand that the schema cannot represent (misuse).
[[nodiscard]] std::vector<std::string> to_cells(const SubventionRow& r);

// =============================================================================================
// Délibérations 2.1.5
// =============================================================================================

/// `DELIB_MATIERE_CODE` (« code de matière ACTES », niveau 2): « 7.5 » is (7, 5). Pattern
/// `^\d\.\d{1,2}$`; whether the code exists in the @ctes nomenclature is B's
/// `nomenclature_actes` check, not a property of the type.
struct ActesMatiereCode {
    std::uint8_t matiere = 0;      ///< 1..9
    std::uint8_t sous_matiere = 0; ///< 0..99
    /// Whether the sub-code was written with two digits (« 7.05 » vs « 7.5 »), kept to write
    /// the cell back as read.
    bool two_digits = false;
    friend bool operator==(const ActesMatiereCode&, const ActesMatiereCode&) = default;
};
[[nodiscard]] std::string to_string(const ActesMatiereCode& c);
[[nodiscard]] Result<ActesMatiereCode> parse_actes_matiere_code(std::string_view cell);

/// `BUDGET_ANNEE` (« année du budget »): « AAAA » or « AAAA/AAAA » with the second year
/// after the first (custom check year-interval-value, allow-year-only).
struct BudgetYears {
    std::int32_t first = 0;
    std::optional<std::int32_t> last{};
    friend bool operator==(const BudgetYears&, const BudgetYears&) = default;
};
[[nodiscard]] std::string to_string(const BudgetYears& y);
[[nodiscard]] Result<BudgetYears> parse_budget_years(std::string_view cell);

/// The vote columns (« conditions de vote »): all present or all absent (custom check
/// cohesive-columns-value on VOTE_EFFECTIF), with VOTE_EFFECTIF ≥ VOTE_REEL ≥ each of
/// POUR, CONTRE, ABSTENTION and VOTE_REEL = POUR + CONTRE + ABSTENTION
/// (compare-columns-value, sum-columns-value).
struct DeliberationVotes {
    MemberCount effectif{}; ///< VOTE_EFFECTIF: members who could vote (« effectif théorique »)
    VoteCount reel{};       ///< VOTE_REEL: votes cast
    VoteCount pour{};       ///< VOTE_POUR
    VoteCount contre{};     ///< VOTE_CONTRE
    VoteCount abstention{}; ///< VOTE_ABSTENTION
    friend bool operator==(const DeliberationVotes&, const DeliberationVotes&) = default;
};

/// One row of SCDL délibérations 2.1.5 (« délibération publiée »).
struct DeliberationRow {
    std::string coll_nom{};                    ///< required
    Siret coll_siret;                          ///< required, 14 digits, checksum
    std::string delib_id{};                    ///< required (« 2023-122 »)
    Date delib_date{};                         ///< required, date of adoption
    ActesMatiereCode delib_matiere_code{};     ///< required
    std::string delib_matiere_nom{};           ///< required (« Finances locales/Subventions »)
    std::string delib_objet{};                 ///< required
    std::optional<BudgetYears> budget_annee{}; ///< with BUDGET_NOM (cohesive)
    std::optional<std::string> budget_nom{};   ///< with BUDGET_ANNEE (cohesive)
    std::optional<std::string> pref_id{};      ///< « PREF062 »
    std::optional<Date> pref_date{};           ///< ≥ DELIB_DATE
    std::optional<DeliberationVotes> votes{};  ///< the five VOTE_* columns
    std::optional<std::string> delib_url{};    ///< absolute URI
    friend bool operator==(const DeliberationRow&, const DeliberationRow&) = default;
};

/// Parses a data row of délibérations 2.1.5 (see `parse_subvention_row`).
[[nodiscard]] Result<DeliberationRow>
parse_deliberation_row(std::span<const std::string_view> cells, const HeaderMap& header,
                       std::uint64_t row = 0);

/// The 17 cells in schema order.
[[nodiscard]] std::vector<std::string> to_cells(const DeliberationRow& r);

// =============================================================================================
// CSV writing (UTF-8, comma, CR LF: the SCDL requires UTF-8 and commas)
// =============================================================================================

// A free-text cell starting with `=`, `+`, `-`, `@`, TAB or CR is read as a formula by
// spreadsheets (OWASP « CSV injection »): open-data files are opened in them, so the writer
// prefixes such a cell with a single quote `'` (the spreadsheet then shows the text as typed)
// and reports it (`starts_like_formula`, io/scdl.hpp). Typed cells (dates, numbers,
// identifiers, enumerations) are never changed.

/// Free-text fields, in schema order (names, objects, references, URL): the only cells the
/// writer neutralises.
inline constexpr std::array<bool, subvention_field_count> subvention_free_text = {
    true,  false, false, true,  true, false, false, true,
    false, false, false, false, true, false, false, true};
inline constexpr std::array<bool, deliberation_field_count> deliberation_free_text = {
    true, false, true,  false, false, true,  true,  false, true,
    true, false, false, false, false, false, false, true};

/// A cell the writer prefixed with `'`: its spreadsheet row (header = 1), field, value as in
/// the dossier.
struct NeutralisedCell {
    std::uint64_t row = 0;
    std::string_view field{};
    std::string value{};
    friend bool operator==(const NeutralisedCell&, const NeutralisedCell&) = default;
};

/// Writes the header of the subventions schema.
void write_subventions_header(std::ostream& out);
/// Writes one row (after the header) as spreadsheet row `row`; returns the cells neutralised.
std::vector<NeutralisedCell> write_row(std::ostream& out, const SubventionRow& r,
                                       std::uint64_t row = 2);
/// Header + rows; returns the cells neutralised.
std::vector<NeutralisedCell> write_csv(std::ostream& out, std::span<const SubventionRow> rows);

void write_deliberations_header(std::ostream& out);
std::vector<NeutralisedCell> write_row(std::ostream& out, const DeliberationRow& r,
                                       std::uint64_t row = 2);
std::vector<NeutralisedCell> write_csv(std::ostream& out, std::span<const DeliberationRow> rows);

// =============================================================================================
// Export (« export open data »)
// =============================================================================================

/// What a dossier cannot say and the publisher must (docs/scdl.md). Every member is visible on
/// the CLI (`subvention scdl export --help`).
struct ExportOptions {
    /// SIRET of the attribuant / COLL_SIRET. Default: the collectivité's SIRET when a document
    /// states one (deliberation, report, convention grantor); the seed states none.
    std::optional<Siret> attribuant_siret{};
    /// nomAttribuant / COLL_NOM. Default: the convention's grantor name, else the
    /// deliberation's collectivité as printed.
    std::optional<std::string> attribuant_name{};
    /// dateConvention. Default: the convention's signature date.
    std::optional<Date> convention_date{};
    /// When the convention is unsigned (a draft) and no `convention_date` is given, write the
    /// date of the authorising deliberation instead of failing. Off by default: it is a
    /// choice of the publisher, not a fact of the dossier.
    bool convention_date_from_deliberation = false;
    /// conditionsVersement. Default: from the convention's payment schedule (one payment:
    /// « unique »; several: « échelonné »).
    std::optional<PaymentConditions> payment_conditions{};
    /// datesPeriodeVersement. Default: the date of a single dated payment, the first and last
    /// dates when every payment is dated, else the convention's period of application.
    std::optional<PaymentDates> payment_dates{};
    /// notificationUE: whether the aid was notified to the European Commission (règlement
    /// 1407/2013). Not in the model; default « non ».
    bool notification_ue = false;
    /// idRAE (≤ 5 characters) and dispositifAide: not in the model; default empty.
    std::optional<std::string> id_rae{};
    std::optional<std::string> dispositif_aide{};
    /// BUDGET_NOM (« Budget principal »): not in the model. Without it BUDGET_ANNEE is left
    /// empty too (the two columns are cohesive).
    std::optional<std::string> budget_name{};
    /// DELIB_URL: where the act is published online. Not in the model.
    std::optional<std::string> deliberation_url{};
};

/// SCDL subventions rows of a dossier: one per grant decision of the deliberation (else one
/// for the convention). Error (field = the SCDL field) when a required value is neither in
/// the dossier nor in `options`.
[[nodiscard]] Result<std::vector<SubventionRow>>
to_scdl_subventions(const Dossier& d, const ExportOptions& options = {});

/// The SCDL délibérations row of the dossier's deliberation (zero rows without one).
[[nodiscard]] Result<std::vector<DeliberationRow>>
to_scdl_deliberations(const Dossier& d, const ExportOptions& options = {});

// =============================================================================================
// Import (« import d'une ligne publiée »)
// =============================================================================================

/// A partial dossier holding what a subventions row says: a convention (parties with the
/// identifiers as labelled SIRET / RNA, object, amount as the single action's ceiling, payment
/// conditions, the payment dates, the signature date = dateConvention), a deliberation
/// reduced to its number when referenceDecision is a deliberation number, and the
/// open-data publication date when known (`published`). Every SourceRef is
/// {document, "ligne N, colonne X", cell}.
[[nodiscard]] Dossier to_partial_dossier(const SubventionRow& r, std::uint64_t row = 0,
                                         std::optional<Date> published = std::nullopt);

/// A partial dossier holding what a délibérations row says: the deliberation (collectivité,
/// number when DELIB_ID is one, date, title, tally, transmission date).
[[nodiscard]] Dossier to_partial_dossier(const DeliberationRow& r, std::uint64_t row = 0);

/// A row read leniently (« import tolérant »), for `subvention scdl check`: the partial dossier
/// of every cell that could be read, and the cell errors. Identifier cells (idAttribuant,
/// idBeneficiaire, rnaBeneficiaire, COLL_SIRET) always go into the dossier as stated
/// identifiers labelled SIRET / RNA — even when invalid — so that the checker reports them
/// (ID-CHECKSUM, ID-LABEL); an identifier cell error is therefore kept in `errors` only when
/// the library reads the value but the SCDL pattern refuses it (« 440 672 020 00037 »: spaces).
/// `errors` holds every other broken cell rule, in schema order, each naming the row, column,
/// field and value: each problem is reported once.
struct ImportedRow {
    Dossier dossier{};
    std::vector<Error> errors{};
};

/// Lenient import of a subventions data row (see `ImportedRow`); `published` as in
/// `to_partial_dossier`.
[[nodiscard]] ImportedRow import_subvention_row(std::span<const std::string_view> cells,
                                                const HeaderMap& header, std::uint64_t row,
                                                std::optional<Date> published = std::nullopt);
/// Lenient import of a délibérations data row (see `ImportedRow`).
[[nodiscard]] ImportedRow import_deliberation_row(std::span<const std::string_view> cells,
                                                  const HeaderMap& header, std::uint64_t row);

/// Checker rule IDs that a partial dossier of this kind of row can exercise without noise
/// (the rest need documents a row does not carry). `subvention scdl check` runs these.
[[nodiscard]] std::vector<std::string> applicable_rules_subventions();
[[nodiscard]] std::vector<std::string> applicable_rules_deliberations();

} // namespace subvention::io::scdl
