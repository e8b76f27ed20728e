// SPDX-License-Identifier: Apache-2.0
// subvention — the message catalogue in English: every sentence the library's findings say, and
// how English writes amounts, dates, lists and plurals. Keys are « RULE-ID » or
// « RULE-ID.variant » for a finding, « phrase.… » for the pieces several findings share
// (places, labels). Placeholders: see include/subvention/compliance/message.hpp. A test checks
// that every key here exists in every language with the same placeholders.
#include <array>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <subvention/compliance/rule.hpp>

#include "compliance/messages/language.hpp"

namespace subvention::compliance::detail {
namespace {

// NOLINTBEGIN(cert-err58-cpp): constant table
constexpr MessageEntry entries[] = {
    // ---- dossier ----
    // ---- end dossier ----
    // ---- assembly ----
    // ---- end assembly ----
    // ---- amounts ----
    // ---- end amounts ----
    // ---- convention ----
    // ---- end convention ----
    // ---- formal ----
    {"CONV-JURISDICTION.administrative",
     "The jurisdiction clause ({where}) names \"{named}\", whereas {competent}."},
    {"CONV-JURISDICTION.other_court",
     "The jurisdiction clause ({where}) names \"{named}\", which is not a tribunal "
     "administratif, whereas disputes over the convention belong to the administrative courts "
     "and {competent}."},
    {"CONV-JURISDICTION.competent",
     "the competent tribunal administratif for département {code} ({departement}), where the "
     "signing authority ({signatory}) has its seat, is the {expected} (CJA R.312-1 and "
     "R.221-3)"},
    {"CONV-JURISDICTION.unconfirmed",
     " Finding based on unconfirmed assumptions: the R.221-3 table as last amended by décret "
     "2009-945 (later amendments not checked) and the impossibility of derogating from these "
     "rules by contract."},
    {"CONV-JURISDICTION.signatory_unnamed", "la collectivité signataire"},
    // ---- end formal ----
    // ---- execution ----
    // ---- end execution ----
    // ---- extraction ----
    {"EXTRACT-NOT-TEXT.pdf", "{file}the file is a PDF: convert it to text (pdftotext)"},
    {"EXTRACT-NOT-TEXT.zip",
     "{file}the file is a ZIP archive (Word .docx, OpenDocument .odt…): save it as plain text"},
    {"EXTRACT-NOT-TEXT.ole",
     "{file}the file is a Word or Excel document (old .doc, .xls format): save it as plain "
     "text"},
    {"EXTRACT-NOT-TEXT.binary", "{file}the file holds zero bytes: it is not a text file"},
    {"EXTRACT-ENCODING",
     "{file}the text is not UTF-8{first_byte}: detected encoding {encoding}, converted to "
     "UTF-8 for reading; span columns count bytes of the converted text"},
    {"EXTRACT-ENCODING.first_byte", " (first non-UTF-8 byte: {byte}, line {line})"},
    {"EXTRACT-NO-DOCUMENT",
     "no document found in the text: no deliberation, report or convention heading"},
    {"EXTRACT-DOCUMENT-REPEATED", "a second {document} starts here; only the first one is read"},
    {"EXTRACT-DOCUMENT-ABSENT", "no {document} in the text"},
    {"EXTRACT-CONVENTION-PARTY-ADDRESS", "address of the party « {party} » not found"},
    {"EXTRACT-CONVENTION-REPRESENTATIVE", "representative of « {party} » not found"},
    {"EXTRACT-CONVENTION-AUTHORISATION", "authorising deliberation not found"},
    {"EXTRACT-CONVENTION-SERVICE", "issuing service not found (lines above « CONVENTION »)"},
    {"EXTRACT-CONVENTION-OBJECT", "object of the convention not found (« Objet : … »)"},
    {"EXTRACT-CONVENTION-DOSSIER-NUMBER", "dossier number line not found (« Dossier n° »)"},
    {"EXTRACT-CONVENTION-GRANTOR", "grantor party (« Entre … d'une part ») not found"},
    {"EXTRACT-CONVENTION-BENEFICIARY", "beneficiary party (« Et … d'autre part ») not found"},
    {"EXTRACT-CONVENTION-IDENTIFIER", "beneficiary identifier not found (SIRET, SIREN or RNA)"},
    {"EXTRACT-CONVENTION-VISAS", "no visa (« Vu … ») in the convention"},
    {"EXTRACT-CONVENTION-ARTICLES", "no article (« Article 1 : … ») in the convention"},
    {"EXTRACT-CONVENTION-ACTIONS", "article describing the supported actions not found"},
    {"EXTRACT-CONVENTION-CEILING", "ceiling of action {action} not found"},
    {"EXTRACT-CONVENTION-BANK-DETAILS", "bank details not found (« IBAN : … »)"},
    {"EXTRACT-CONVENTION-SIGNATURE", "place and date of signature not found (« Fait à …, le … »)"},
    {"EXTRACT-CONVENTION-SIGNATORIES", "signatories not found (« Pour … »)"},
    {"EXTRACT-CONVENTION-COPIES", "number of original copies not found"},
    {"EXTRACT-CONVENTION-PAGE-COUNT", "page count not found"},
    {"EXTRACT-CONVENTION-PERIOD", "period of application not found (« du … au … »)"},
    {"EXTRACT-CONVENTION-TACIT-RENEWAL", "no clause on tacit renewal"},
    {"EXTRACT-CONVENTION-MEETINGS", "no meeting obligation (steering committees)"},
    {"EXTRACT-CONVENTION-FINAL-REPORT", "deadline of the final report not found"},
    {"EXTRACT-CONVENTION-PAYMENTS", "no payment (« Un versement de … € … »)"},
    {"EXTRACT-CONVENTION-PAYING-ACCOUNTANT", "paying accountant not found"},
    {"EXTRACT-CONVENTION-TERMINATION", "no termination clause"},
    {"EXTRACT-CONVENTION-REIMBURSEMENT", "no reimbursement clause"},
    {"EXTRACT-CONVENTION-JURISDICTION", "no jurisdiction clause"},
    {"EXTRACT-DELIB-COLLECTIVITE", "collectivité not found at the top of the deliberation"},
    {"EXTRACT-DELIB-MEETING-DATE", "meeting date not found"},
    {"EXTRACT-DELIB-PRESIDENT", "president of the meeting not found"},
    {"EXTRACT-DELIB-SECRETARY", "secretary not found"},
    {"EXTRACT-DELIB-ATTENDANCE.not_found", "list of members present not found"},
    {"EXTRACT-DELIB-NUMBER.not_found", "deliberation number not found"},
    {"EXTRACT-DELIB-TITLE", "title of the deliberation not found"},
    {"EXTRACT-DELIB-VISAS", "no visa found"},
    {"EXTRACT-DELIB-ARTICLES", "no article found"},
    {"EXTRACT-DELIB-GRANT", "no grant decision found"},
    {"EXTRACT-DELIB-BENEFICIARY", "beneficiary not found between « »"},
    {"EXTRACT-DELIB-GRANT-AMOUNT", "amount of the grant not found in {section}"},
    {"EXTRACT-DELIB-IMPUTATION.no_readable_row", "imputation table without a readable row"},
    {"EXTRACT-DELIB-TALLY.not_found", "voting conditions not found"},
    {"EXTRACT-DELIB-TALLY.missing", "vote tally missing"},
    {"EXTRACT-DELIB-OUTCOME", "stated outcome not found"},
    {"EXTRACT-DELIB-SIGNATURE-DATE", "signature date left blank"},
    {"EXTRACT-DELIB-SIGNATURE", "place and date of signature not found"},
    {"EXTRACT-DELIB-SIGNATORY", "signatory not found"},
    {"EXTRACT-RAPPORT-EMPTY", "the report holds no readable line"},
    {"EXTRACT-RAPPORT-FOUNDATIONS.not_found", "no « Fondements juridiques » section"},
    {"EXTRACT-RAPPORT-FOUNDATIONS.empty", "empty « Fondements juridiques » section"},
    {"EXTRACT-RAPPORT-FOUNDATION", "legal foundation not understood (text kept): « {text} »"},
    {"EXTRACT-RAPPORT-CONTEXT", "no « Contexte » section"},
    {"EXTRACT-RAPPORT-OPERATIONS.not_found",
     "no « Présentation des opérations sollicitées » section: requested amounts not read"},
    {"EXTRACT-RAPPORT-OPERATIONS.none_read",
     "no operation read in « Présentation des opérations sollicitées »"},
    {"EXTRACT-RAPPORT-OPERATION-AMOUNT.not_found", "no requested amount for operation {operation}"},
    {"EXTRACT-RAPPORT-OPERATION-AMOUNT.unreadable", "unreadable requested amount: « {text} »"},
    {"EXTRACT-RAPPORT-PROPOSAL.not_found", "no proposal (« Il convient de statuer … »)"},
    {"EXTRACT-RAPPORT-PROPOSAL.none_read", "no proposed grant (« d’attribuer … ») read"},
    {"EXTRACT-RAPPORT-BENEFICIARY", "no beneficiary (between « ») in the proposal"},
    {"EXTRACT-RAPPORT-PROPOSED-AMOUNT", "no proposed amount"},
    {"EXTRACT-RAPPORT-BUDGET.not_found", "no imputation table (« La dépense serait imputée … »)"},
    {"EXTRACT-RAPPORT-BUDGET.header",
     "imputation table header not understood (CP / Disponible / Proposition / Solde columns "
     "expected)"},
    {"EXTRACT-RAPPORT-BUDGET.no_row", "no row read in the imputation table"},
    {"EXTRACT-RAPPORT-BUDGET-ROW",
     "imputation table row not understood (operation code, imputation, label then {columns} "
     "amounts expected)"},
    {"EXTRACT-RAPPORT-COMMITTEE-OPINION.not_found",
     "no committee opinion (« La … Commission … a émis un avis … »)"},
    {"EXTRACT-RAPPORT-COMMITTEE-OPINION.incomplete",
     "incomplete committee opinion (committee, date or sense not read): « {text} »"},
    {"EXTRACT-RAPPORT-DEPARTEMENT", "département not recognised in « {line} »"},
    {"EXTRACT-RAPPORT-COLLECTIVITE",
     "no collectivité (« DEPARTEMENT DU … ») in the report's header"},
    {"EXTRACT-RAPPORT-NUMBER.not_found", "no report number (« RAPPORT N° … »)"},
    {"EXTRACT-RAPPORT-NUMBER.unreadable", "unreadable number in « {line} »"},
    {"EXTRACT-RAPPORT-BODY",
     "no assembly (« COMMISSION PERMANENTE » / « CONSEIL DEPARTEMENTAL »); commission "
     "permanente assumed"},
    {"EXTRACT-RAPPORT-MEETING-DATE.not_found", "no meeting date (« REUNION DU … »)"},
    {"EXTRACT-RAPPORT-MEETING-DATE.unreadable", "unreadable meeting date in « {line} »"},
    {"EXTRACT-RAPPORT-TITLE", "no report title"},
    {"EXTRACT-RAPPORT-SIGNATURE.not_found", "no signatory (« Le Président … »)"},
    {"EXTRACT-RAPPORT-SIGNATURE.no_name", "no signatory name after « {function} »"},
    {"phrase.extraction.file", "file #{number} : "},
    {"phrase.extraction.document.deliberation", "deliberation"},
    {"phrase.extraction.document.rapport", "rapport"},
    {"phrase.extraction.document.convention", "convention"},
    {"phrase.extraction.document.dossier", "dossier"},
    // ---- end extraction ----
    // ---- scdl ----
    {"scdl.file-empty", "{where}: the file is empty (no header line)"},
    {"scdl.file-unreadable", "{where}: stream read error after {rows} data rows"},
    {"scdl.column-missing.required", "{where}: column \"{column}\" (required) is missing"},
    {"scdl.column-missing.optional", "{where}: column \"{column}\" (optional) is missing"},
    {"scdl.column-extra", "{where}: column \"{column}\" is not in schema {schema} {version}"},
    {"scdl.column-misnamed",
     "{where}: column \"{column}\" is not a schema field name{by_title}; expected "
     "\"{expected}\" (validated as such)"},
    {"scdl.column-misnamed.by_title", " (it is, or nearly is, the field's title)"},
    {"scdl.column-order",
     "{where}: column \"{column}\" is out of order: the schema puts it {position} (field "
     "#{rank})"},
    {"scdl.column-order.first", "first"},
    {"scdl.column-order.after", "after \"{previous}\""},
    {"scdl.column-duplicate",
     "{where}: column \"{column}\" already appears in column {first}; this one is ignored"},
    {"scdl.column-blank", "{where}: the column header is empty"},
    {"scdl.row-missing-cells",
     "{where}: {missing} missing cell(s): the row has {cells} cells, the header {columns} "
     "columns"},
    {"scdl.row-extra-cells",
     "{where}: {extra} extra cell(s) (first: \"{first}\"): the row has {cells} cells, the "
     "header {columns} columns"},
    {"scdl.row-blank", "{where}: the row is empty"},
    {"scdl.required", "{where}: a value is required and the cell is empty"},
    {"scdl.type-string", "{where}: \"{value}\" is not a valid URI"},
    {"scdl.type-date", "{where}: \"{value}\" is not a date in the YYYY-MM-DD format (ISO 8601)"},
    {"scdl.type-number", "{where}: \"{value}\" is not a number (digits, decimal point, no space)"},
    {"scdl.type-integer", "{where}: \"{value}\" is not an integer"},
    {"scdl.type-boolean",
     "{where}: \"{value}\" is not an accepted boolean value ({true_values} or {false_values})"},
    {"scdl.pattern", "{where}: \"{value}\" does not match the pattern {pattern}"},
    {"scdl.enum", "{where}: \"{value}\" is not an allowed value ({allowed})"},
    {"scdl.minimum", "{where}: \"{value}\" is below the minimum {minimum}"},
    {"scdl.maximum", "{where}: \"{value}\" is above the maximum {maximum}"},
    {"scdl.max-length", "{where}: the value has {length} characters, at most {max} are allowed"},
    {"scdl.french-siret-value",
     "{where}: \"{value}\" is not a valid SIRET number (14 digits, Luhn check, La Poste rule)"},
    {"scdl.one-of-required.absent",
     "{where}: neither column \"{column}\" nor column \"{column2}\" is present; one of them "
     "must be filled"},
    {"scdl.one-of-required.empty",
     "{where}: at least one of the columns \"{column}\" or \"{column2}\" must have a value"},
    {"scdl.year-interval-value.not_year_nor_period",
     "{where}: \"{value}\" is neither a year (YYYY) nor a period in the YYYY/YYYY format"},
    {"scdl.year-interval-value.not_period",
     "{where}: \"{value}\" is not a period in the YYYY/YYYY format"},
    {"scdl.year-interval-value.same_years",
     "{where}: period \"{value}\" is invalid: the two years must differ"},
    {"scdl.year-interval-value.reversed",
     "{where}: period \"{value}\" is invalid: the second year must come after the first"},
    {"scdl.cohesive-columns-value",
     "{where}: columns {columns:comma} must all have a value or all be empty ({filled} of "
     "{present} filled)"},
    {"scdl.compare-columns-value.not_comparable",
     "{where}: the value of column {column} \"{value}\" cannot be compared with the value of "
     "column {column2} \"{value2}\""},
    {"scdl.compare-columns-value.fails",
     "{where}: the value of column {column} \"{value}\" should be {op} the value of column "
     "{column2} \"{value2}\""},
    {"scdl.compare-columns-value.op_lt", "less than"},
    {"scdl.compare-columns-value.op_le", "less than or equal to"},
    {"scdl.compare-columns-value.op_eq", "equal to"},
    {"scdl.compare-columns-value.op_ge", "greater than or equal to"},
    {"scdl.compare-columns-value.op_gt", "greater than"},
    {"scdl.sum-columns-value",
     "{where}: the value \"{value}\" should be the sum of columns {columns:comma} ({terms})"},
    {"scdl.nomenclature-actes-value.no_slash",
     "{where}: \"{value}\" does not follow the @ctes nomenclature format (the slash \"/\" is "
     "missing)"},
    {"scdl.nomenclature-actes-value.space",
     "{where}: \"{value}\" does not follow the @ctes nomenclature format (no space before or "
     "after the slash)"},
    {"scdl.nomenclature-actes-value.prefix",
     "{where}: \"{value}\" does not follow the @ctes nomenclature format (prefix \"{prefix}\" "
     "is not a level-1 @ctes matter)"},
    {"scdl.formula-injection",
     "{where}: the value starts with \"{first}\": a spreadsheet would read it as a formula "
     "(CSV injection); prefix it with a single quote or rephrase it"},
    {"scdl.negative-amount",
     "{where}: \"{value}\" is negative: the schema sets no minimum, but the amount of a "
     "granted subsidy is positive"},
    {"phrase.scdl.file", "File"},
    {"phrase.scdl.header", "Header"},
    {"phrase.scdl.row", "Row {row}"},
    {"phrase.scdl.column", ", column {column}"},
    {"phrase.scdl.field", " ({field})"},
    {"SCDL-FORMULA-INJECTION",
     "Value of {field}: it starts with a character a spreadsheet reads as the start of a "
     "formula (=, +, -, @, TAB, CR): CSV injection when the file is opened (ligne {row}, "
     "colonne {column} ({field}))."},
    {"SCDL-NEGATIVE-AMOUNT",
     "Value of {field}: the amount is negative: the schema sets no minimum, but a granted "
     "subsidy is a positive amount (publication thresholds do not apply to a negative amount) "
     "(ligne {row}, colonne {column} ({field}))."},
    // ---- end scdl ----
    // ---- csv ----
    {"csv.utf8-bom", "The file starts with a UTF-8 byte order mark (BOM), skipped."},
    {"csv.windows-1252",
     "{at}byte \"{value}\" is not UTF-8; the file looks Windows-1252 encoded, not "
     "UTF-8.{outcome}"},
    {"csv.windows-1252.converted", " Read and converted to UTF-8."},
    {"csv.separator-not-comma",
     "{at}fields are separated by \"{value}\", not by commas as SCDL requires.{stopped}"},
    {"csv.invalid-utf8",
     "{at}sequence \"{value}\" is not valid UTF-8 although the file already contains UTF-8 "
     "(mixed encodings).{outcome}"},
    {"csv.invalid-utf8.read_as_windows_1252", " Bytes read as Windows-1252."},
    {"csv.unterminated-quote",
     "{at}quoted field \"{value}\" is never closed: it runs to the end of the file.{stopped}"},
    {"csv.stray-quote",
     "{at}stray quote in field \"{value}\" (RFC 4180: a field containing a quote is quoted "
     "and the quote doubled); read as is."},
    {"csv.ragged-row", "{at}{fields} fields instead of {columns} (the header's column count)."},
    {"csv.record-too-long",
     "{at}record longer than {value} bytes (unclosed quote?); reading stopped."},
    {"csv.blank-row", "{at}blank line."},
    {"csv.not-text", "The file is not CSV text: {reason}; reading stopped."},
    {"csv.not-text.at_row", "{at}the file is not CSV text: {reason}; reading stopped."},
    {"phrase.csv.row", "Row {row}: "},
    {"phrase.csv.stopped", " Reading stopped (lenient mode goes on)."},
    {"phrase.csv.not_text.utf16", "it is UTF-16 encoded (save it as \"CSV UTF-8\")"},
    {"phrase.csv.not_text.pdf", "it is a PDF document"},
    {"phrase.csv.not_text.zip",
     "it is a zip archive (spreadsheet or office document: export it as CSV)"},
    {"phrase.csv.not_text.ole",
     "it is a spreadsheet or document in the old format (.xls, .doc): export it as CSV"},
    {"phrase.csv.not_text.binary", "it contains NUL bytes (binary data)"},
    // ---- end csv ----
    // ---- common ----
    {"phrase.text", "{text}"},
    {"phrase.date", "{value}"},
    {"phrase.date.long", "{value:long}"},
    {"phrase.date.weekday", "{value:weekday}"},
    {"phrase.date.numeric", "{value:numeric}"},
    {"phrase.date.iso", "{value:iso}"},
    {"phrase.amount", "{value}"},
    {"phrase.amount.prose", "{value:prose}"},
    {"phrase.days", "{count} {count|day|days}"},
    {"phrase.list", "{items}"},
    // ---- end common ----
};
// NOLINTEND(cert-err58-cpp)

// Amounts are written as in the acts (« 57 000,00 € »), whatever the language of the message.
std::string amount(const Euros& e, std::string_view style) {
    if (style.empty() || style == "cents")
        return e.to_string_fr(CentsStyle::always);
    if (style == "prose")
        return e.to_string_fr(CentsStyle::omit_if_zero);
    throw std::invalid_argument("unknown amount style « " + std::string(style) + " »");
}

std::string date(Date d, std::string_view style) {
    if (d.is_special())
        return "(unreadable date)";
    if (style.empty() || style == "iso")
        return format_date(d, DateStyle::iso);
    if (style == "numeric")
        return format_date(d, DateStyle::numeric);
    if (style == "long" || style == "weekday") {
        constexpr std::array<std::string_view, 12> months{
            "January", "February", "March",     "April",   "May",      "June",
            "July",    "August",   "September", "October", "November", "December"};
        constexpr std::array<std::string_view, 7> days{"Sunday",   "Monday", "Tuesday", "Wednesday",
                                                       "Thursday", "Friday", "Saturday"};
        const auto ymd = d.year_month_day();
        std::string out;
        if (style == "weekday")
            out.append(days[static_cast<std::size_t>(::subvention::detail::weekday_index(d))])
                .append(" ");
        out.append(std::to_string(ymd.day.as_number()))
            .append(" ")
            .append(months[static_cast<std::size_t>(ymd.month.as_number() - 1)])
            .append(" ")
            .append(std::to_string(static_cast<int>(ymd.year)));
        return out;
    }
    throw std::invalid_argument("unknown date style « " + std::string(style) + " »");
}

std::string list(const std::vector<std::string>& items, std::string_view style) {
    if (style.empty() || style == "and")
        return enumerate(items, "and");
    if (style == "or")
        return enumerate(items, "or");
    if (style == "comma") {
        std::string out;
        for (std::size_t i = 0; i < items.size(); ++i)
            out.append(i == 0 ? "" : ", ").append(items[i]);
        return out;
    }
    throw std::invalid_argument("unknown list style « " + std::string(style) + " »");
}

bool singular(std::int64_t n) {
    return n == 1 || n == -1;
}

constexpr Language language{Lang::en, entries, &amount, &date, &list, &singular};

} // namespace

const Language& language_en() noexcept {
    return language;
}

} // namespace subvention::compliance::detail
