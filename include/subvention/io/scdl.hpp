// SPDX-License-Identifier: Apache-2.0
// subvention::io::scdl — the SCDL open-data schemas (« Socle Commun des Données Locales ») for
// subsidies (« subventions », décret 2017-779 art. 1, arrêté du 17 novembre 2017) and
// deliberations (« délibérations »), as data, and a streaming validator for published CSV files.
// Compiled in subvention::io (src/io/scdl_schemas.cpp, src/io/scdl_validate.cpp).
//
// The field tables are transcribed from the official Table Schema files (schema.json, published
// on schema.data.gouv.fr; copies in tests/data/scdl/) and a test compares them field by field,
// so the transcription cannot drift. Validation follows the Table Schema specification
// (frictionless) and the Validata custom checks named by each schema (`custom_checks`), with
// the semantics documented in validata-core's custom_checks/README.md; where the reference
// implementation (Python) leaves a choice, the choice is stated next to the code.
//
// Validation is streaming: findings go to a `FindingSink` as they are found, nothing
// accumulates, memory does not grow with the number of rows. A file is valid when it yields no
// finding of severity `error`.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <iosfwd>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include <subvention/compliance/diagnostic.hpp>
#include <subvention/result.hpp>

namespace subvention::io::scdl {

/// The version of the arrêté du 17 novembre 2017 (format of the subventions data) the checks
/// apply: its only version, in force on 20 November 2017.
inline constexpr std::string_view arrete_version =
    "initial version, in force on 20 November 2017 (not amended since)";

/// Which SCDL data model (« schéma »).
enum class Schema { subventions, deliberations };

/// Stable name: "subventions", "deliberations".
[[nodiscard]] std::string_view to_string(Schema) noexcept;
/// Parses "subventions" / "deliberations" (also "délibérations").
[[nodiscard]] Result<Schema> parse_schema(std::string_view);

/// A published version of a schema (« version du schéma »), e.g. subventions 2.1.1.
struct SchemaVersion {
    Schema schema = Schema::subventions;
    std::uint16_t major = 0;
    std::uint16_t minor = 0;
    std::uint16_t patch = 0;

    /// "2.1.1"
    [[nodiscard]] std::string to_string() const;
    friend bool operator==(const SchemaVersion&, const SchemaVersion&) = default;
};

/// Parses a shipped version: "2.1.1", "2.0.2", "1.1.0" (subventions), "2.1.5", "2.0.0"
/// (délibérations). "1.1" and "2.0" (the `version` strings inside the older schema.json files)
/// are accepted for 1.1.0 and 2.0.0. Any other version is a `component` error.
[[nodiscard]] Result<SchemaVersion> parse_schema_version(Schema, std::string_view);
/// Latest official version: subventions 2.1.1, délibérations 2.1.5.
[[nodiscard]] SchemaVersion latest(Schema) noexcept;
/// Every version shipped, latest first for each schema.
[[nodiscard]] std::span<const SchemaVersion> shipped_versions() noexcept;

// ---------------------------------------------------------------------------------------------
// Findings
// ---------------------------------------------------------------------------------------------

/// The rule a finding breaks (« règle enfreinte »). One value per kind of check.
enum class Check : std::uint8_t {
    // the file (CSV layer)
    file_unreadable, ///< stream error, or reading stopped on a blocking defect
    file_empty,      ///< no header line
    file_encoding,   ///< not UTF-8 (Windows-1252, or invalid UTF-8)
    file_bom,        ///< UTF-8 byte order mark (warning)
    file_separator,  ///< separator other than a comma
    file_quoting,    ///< unterminated or stray quote
    file_record_too_long,
    // the header
    column_missing,   ///< a schema field has no column
    column_extra,     ///< a column matches no schema field
    column_misnamed,  ///< a column is a near miss of a field name (suggestion given)
    column_order,     ///< a column is not where the schema puts it
    column_duplicate, ///< the same field twice
    column_blank,     ///< an empty header cell
    // the rows
    row_missing_cells, ///< fewer cells than header columns
    row_extra_cells,   ///< more cells than header columns
    row_blank,         ///< every cell empty
    // the cells (Table Schema)
    required,     ///< empty cell in a required field
    type_string,  ///< string with a `format` (uri) not respected
    type_date,    ///< not an ISO 8601 date AAAA-MM-JJ
    type_number,  ///< not a number with a decimal point
    type_integer, ///< not an integer
    type_boolean, ///< not one of the schema's trueValues/falseValues
    pattern,      ///< regular expression not matched
    enum_value,   ///< not one of the allowed values
    minimum,      ///< below the minimum
    maximum,      ///< above the maximum
    max_length,   ///< longer than maxLength characters
    // the Validata custom checks
    french_siret,       ///< french-siret-value
    one_of_required,    ///< one-of-required
    year_interval,      ///< year-interval-value
    cohesive_columns,   ///< cohesive-columns-value
    compare_columns,    ///< compare-columns-value
    sum_columns,        ///< sum-columns-value
    nomenclature_actes, ///< nomenclature-actes-value
    // checks of this library beyond the schema (warnings: the file stays valid)
    formula_injection, ///< free-text cell a spreadsheet would take for a formula (OWASP)
    negative_amount,   ///< `montant` below zero: the schema sets no minimum, a grant is positive
};
/// Number of `Check` values.
inline constexpr std::size_t check_count = static_cast<std::size_t>(Check::negative_amount) + 1;

/// Stable identifier: "required", "pattern", "french-siret-value", "column-misnamed"…
/// (custom checks use the Validata names; this library's own checks are "formula-injection"
/// and "negative-amount").
[[nodiscard]] std::string_view to_string(Check) noexcept;

/// Whether a spreadsheet would take `cell` for a formula (OWASP « CSV injection »): its first
/// character is `=`, `+`, `-`, `@`, TAB or CR.
[[nodiscard]] bool starts_like_formula(std::string_view cell) noexcept;

/// Whether a finding makes the file invalid (« erreur ») or only deserves attention
/// (« avertissement »: a UTF-8 BOM, a cell starting like a formula, a negative amount): the
/// library's one severity scale; validation uses `error` and `warning`.
using Severity = compliance::Severity;

/// One problem found (« anomalie »): where, which field, which value, which rule, why.
struct Finding {
    std::uint64_t row = 0;    ///< 1-based spreadsheet row; 1 = header; 0 = file
    std::uint32_t column = 0; ///< 1-based; 0 = whole row/file
    std::string field{};      ///< schema field name (or the header as written for column findings)
    std::string value{};      ///< the cell as read
    Check rule = Check::required;
    std::string message_fr, message_en;
    std::optional<std::string> suggestion{}; ///< near-miss column name, e.g. "nomBeneficiaire"
    Severity severity = Severity::error;
};

/// The finding as a diagnostic of the library's one vocabulary: ID = the check's stable name
/// (listed by `compliance::known_ids()`, family scdl), the same messages, the place (« ligne 12,
/// colonne 3 (montant) », path `/<field>`, the cell), facts `row`, `column`, `field`, `value`
/// and `suggestion` when there is one, and for the subventions schema the text that makes the
/// format mandatory (arrêté of 17 November 2017).
[[nodiscard]] compliance::Diagnostic to_diagnostic(const Finding&, Schema);

/// Validation options (« options de validation »).
struct ValidateOptions {
    std::optional<Schema> schema{};         ///< default: detect from the header
    std::optional<SchemaVersion> version{}; ///< default: latest of the schema (wins over `schema`)
    bool lenient = false;                   ///< read ';' and Windows-1252 files (still reported)
    /// Threads of a stream validation: 0 = two when the machine has two cores (one reads and
    /// splits the CSV ahead, the calling one validates; findings still reach the sink on the
    /// calling thread, in reading order), 1 = the calling thread alone.
    unsigned threads = 0;
};

/// Outcome of a validation (« bilan »).
struct Summary {
    std::uint64_t rows = 0;                            ///< data rows read (header excluded)
    std::uint64_t findings = 0;                        ///< all findings, warnings included
    std::array<std::uint64_t, check_count> by_check{}; ///< findings per Check
    bool readable = false; ///< a header was read and reading reached the end of the input
    bool valid = false;    ///< readable and no finding of severity error
    Schema schema = Schema::subventions;
    SchemaVersion version{};

    [[nodiscard]] std::uint64_t count(Check c) const noexcept {
        return by_check[static_cast<std::size_t>(c)];
    }
};

/// Receives each finding as it is found (streaming: nothing accumulates).
using FindingSink = std::function<void(const Finding&)>;

/// Validates a whole CSV file read from a stream (constant memory: one record at a time).
/// Content problems are findings, never exceptions; throws std::invalid_argument only when
/// `options.version` is not a shipped version (misuse), and whatever the sink throws.
Summary validate(std::istream&, const ValidateOptions&, const FindingSink&);
/// Validates a CSV file already in memory (zero-copy); same contract.
Summary validate(std::string_view buffer, const ValidateOptions&, const FindingSink&);

/// Picks the schema whose field names (or titles) the header matches best.
[[nodiscard]] Schema detect_schema(std::span<const std::string_view> header) noexcept;

namespace detail {
struct ValidatorState;
}

/// Row-level validator (« validateur de lignes ») for callers that already have cells (e.g. the
/// rows produced by the export). Call `header` once, then `row` for each data row. Per-column
/// checkers are precomputed by `header`; `row` allocates nothing unless it reports a finding.
class Validator {
public:
    explicit Validator(SchemaVersion);
    ~Validator();
    Validator(Validator&&) noexcept;
    Validator& operator=(Validator&&) noexcept;
    Validator(const Validator&) = delete;
    Validator& operator=(const Validator&) = delete;

    /// Maps the header to the schema fields; reports missing, extra, misnamed (with the
    /// intended name: mapped to it), duplicate and reordered columns (row 1).
    void header(std::span<const std::string_view>, const FindingSink&);
    /// Checks one data row (`row` = its 1-based spreadsheet row, header = 1).
    void row(std::uint64_t row, std::span<const std::string_view>, const FindingSink&);

    [[nodiscard]] SchemaVersion version() const noexcept;

private:
    std::unique_ptr<detail::ValidatorState> state_;
};

// ---------------------------------------------------------------------------------------------
// The schemas as data (transcribed from the official schema.json files)
// ---------------------------------------------------------------------------------------------

/// Table Schema field type (« type de champ »).
enum class FieldType : std::uint8_t { string, date, number, integer, boolean };
/// "string", "date", "number", "integer", "boolean" (the schema.json spelling).
[[nodiscard]] std::string_view to_string(FieldType) noexcept;

/// Table Schema `format` of a string field.
enum class StringFormat : std::uint8_t { none, uri };

/// The regular expressions the shipped schemas contain, each with a hand-coded matcher (a
/// std::regex per cell would be far too slow for national files).
enum class PatternKind : std::uint8_t {
    none,
    digits14,         ///< ^\d{14}$                       (SIRET)
    rna,              ///< ^W\d{9}$                       (RNA)
    date_or_period,   ///< ^[0-9]{4}\-[0-9]{2}\-[0-9]{2}(\/[0-9]{4}\-[0-9]{2}\-[0-9]{2})?$
    matiere_code,     ///< ^\d\.\d{1,2}$                  (@ctes matière code)
    year_or_interval, ///< ^[0-9]{4}(\/[0-9]{4})?$        (BUDGET_ANNEE)
    matiere_nom,      ///< ^\w+( \w+)*\/[ \w]+$           (DELIB_MATIERE_NOM, délibérations 2.0.0)
};

/// Official source text of a pattern, as in schema.json ("^\\d{14}$" once JSON-decoded).
[[nodiscard]] std::string_view pattern_source(PatternKind) noexcept;

/// How `\w` is read by `matches`: `ecmascript` = [A-Za-z0-9_] (std::regex, JavaScript);
/// `unicode` also accepts any non-ASCII letter or digit, as Python's `re` does for str patterns
/// (Validata is written in Python; the délibérations 2.0.0 example « domaines de compétences
/// par thèmes/aménagement du territoire » needs it). `\d` is always ASCII [0-9].
enum class WordChars : std::uint8_t { ecmascript, unicode };

/// Hand-coded matcher of a pattern (full match, as the `^…$` anchors say; `$` does not match
/// before a final newline). `PatternKind::none` matches everything.
[[nodiscard]] bool matches(PatternKind, std::string_view value,
                           WordChars = WordChars::unicode) noexcept;

/// One field of a schema (« champ »), as schema.json declares it.
struct FieldSpec {
    std::string_view name{};  ///< "idAttribuant"
    std::string_view title{}; ///< "Identification de l'attribuant"
    FieldType type = FieldType::string;
    StringFormat format = StringFormat::none;
    bool required = false;
    PatternKind pattern = PatternKind::none;
    std::span<const std::string_view> enum_values{};  ///< empty: no enum
    std::optional<std::string_view> minimum{};        ///< JSON number text, e.g. "0.01"
    std::optional<std::string_view> maximum{};        ///< JSON number text, e.g. "1"
    std::optional<std::uint32_t> max_length{};        ///< in characters (code points)
    std::span<const std::string_view> true_values{};  ///< boolean only (default "true", …)
    std::span<const std::string_view> false_values{}; ///< boolean only
};

/// The Validata custom checks (« contrôles personnalisés ») the schemas use.
enum class CustomCheckKind : std::uint8_t {
    french_siret,
    one_of_required,
    year_interval,
    cohesive_columns,
    compare_columns,
    sum_columns,
    nomenclature_actes,
};
/// Comparison operator of compare-columns-value.
enum class CompareOp : std::uint8_t { lt, le, eq, ge, gt };
/// "<", "<=", "==", ">=", ">".
[[nodiscard]] std::string_view to_string(CompareOp) noexcept;

/// One entry of `custom_checks` with its parameters.
struct CustomCheckSpec {
    CustomCheckKind kind = CustomCheckKind::french_siret;
    std::string_view column{};                   ///< `column` (one-of-required: `column1`)
    std::string_view column2{};                  ///< one-of-required, compare-columns-value
    CompareOp op = CompareOp::eq;                ///< compare-columns-value
    std::span<const std::string_view> columns{}; ///< `othercolumns` / `columns`
    bool allow_year_only = false;                ///< year-interval-value `allow-year-only`
};

/// A whole schema version (« version de schéma »).
struct SchemaSpec {
    SchemaVersion version{};
    std::string_view version_label{}; ///< the `version` string of schema.json ("1.1", "2.1.1")
    std::span<const FieldSpec> fields{};
    std::span<const std::string_view> missing_values{}; ///< Table Schema default: {""}
    std::span<const CustomCheckSpec> custom_checks{};
};

/// The field table of a shipped version; throws std::invalid_argument for another version.
[[nodiscard]] const SchemaSpec& schema_spec(SchemaVersion);

/// One entry of the @ctes « matières » classification (levels 1 and 2).
struct ActesMatiere {
    std::string_view code{};       ///< "7.5"
    std::uint8_t level = 1;        ///< 1 or 2
    std::string_view parent{};     ///< "7" (level 2), "" (level 1)
    std::string_view label{};      ///< label of the @ctes classification (2004-04-01)
    std::string_view scdl_label{}; ///< level 1: spelling used by SCDL / nomenclature-actes-value
};
/// The @ctes matières (source: tests/data/scdl/actes-matieres.csv, see SOURCES.md).
[[nodiscard]] std::span<const ActesMatiere> actes_matieres() noexcept;

/// French SIRET check as Validata's french-siret-value does it (python-stdnum: spaces and dots
/// ignored, 14 digits, Luhn, La Poste exception); reuses Siret::parse.
[[nodiscard]] bool is_valid_french_siret(std::string_view) noexcept;

} // namespace subvention::io::scdl
