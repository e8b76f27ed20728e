// SPDX-License-Identifier: Apache-2.0
// The library as requests and answers in JSON text, for the C interface
// (include/subvention/c/subvention.h) and the server: each function takes UTF-8 JSON (or a
// document's bytes), never throws, and answers either the command line's JSON or
// `{"error":{"kind","field","value","message"}}` (docs/c-api.md).
#pragma once

#include <iosfwd>
#include <string>
#include <string_view>

namespace subvention::api {

/// What an answer says, for a caller that maps it (an HTTP status, an exit status).
enum class Outcome {
    ok,          ///< the answer; nothing in it is an error
    findings,    ///< the answer, which reports errors in the input (a non-compliant dossier)
    malformed,   ///< the request is not JSON (a syntax error), or a null pointer
    invalid,     ///< well-formed, but a value is refused (wrong type, unknown rule, bad date…)
    too_large,   ///< the request passes a limit
    unavailable, ///< a resource the request needs is missing (a file, pdftotext)
    internal,    ///< memory exhausted or a defect; the message says which
};

/// The text of an answer and what it says.
struct Answer {
    Outcome outcome = Outcome::ok;
    std::string json;
};

/// `check`: `dossier_json` is a dossier (the format of `subvention example`); `options_json`
/// is empty or an object {name, stage, as_of, lang, rules, disable, severities, cpc642,
/// members_in_office, deliberation_number_format, local_rules}. The report of
/// `check --format json`.
[[nodiscard]] Answer check(std::string_view dossier_json, std::string_view options_json);

/// `check --text`: the document (as for `extract`) is extracted and checked; options those of
/// `check`, `name` naming the document. The report with `extraction`, the findings of the
/// reading.
[[nodiscard]] Answer check_text(std::string_view document, std::string_view options_json);

/// `extract`: `document` is a Word, OpenDocument or PDF file or a text, told apart by content;
/// options {name, lang}. The object of `extract --format json`.
[[nodiscard]] Answer extract(std::string_view document, std::string_view options_json);

/// `id --kind KIND`: `values_json` is an array of strings. An array of the command's objects.
[[nodiscard]] Answer validate_ids(std::string_view kind, std::string_view values_json);

/// `amount parse`: `values_json` is an array of strings. An array of the command's objects.
[[nodiscard]] Answer parse_amounts(std::string_view values_json);

/// `deadline`: {from | dates, days | months | years, franc, extend, territory}. The command's
/// object (for `from`) or an array of them (for `dates`).
[[nodiscard]] Answer deadline(std::string_view request_json);

/// `holidays`: {year, territory, law}. An array of {date, name}.
[[nodiscard]] Answer holidays(std::string_view request_json);

/// `scdl validate FILE`: options {schema, schema_version, lenient, max_findings}. {findings,
/// summary}: at most max_findings (default 1 000) findings, every one counted in the summary.
[[nodiscard]] Answer scdl_validate_file(std::string_view path, std::string_view options_json);

/// The same, of a CSV stream named `name` in the summary.
[[nodiscard]] Answer scdl_validate(std::istream& csv, std::string_view name,
                                   std::string_view options_json);

/// `settle`: {dossier (with its /execution), final_report (the FinalReport JSON), rounding,
/// rounding_point (both required: the library never picks one), policies, titre_received,
/// territory, cpc642, name}. The object of `settle --format json`.
[[nodiscard]] Answer settle(std::string_view request_json);

/// `deminimis`: `aids_csv` is the CSV of the aid already granted (grantor, date, amount,
/// regulation); options {as_of (required), sieg, amount, fiscal_year_start, window_start,
/// sieg_cumulation, transition, name}. The object of `deminimis --format json`; rows in error
/// give {file, errors} (outcome findings, as the command's exit status 1).
[[nodiscard]] Answer deminimis(std::string_view aids_csv, std::string_view options_json);

/// `scdl export`: {dossiers: [dossier…], schema ("subventions" or "deliberations"),
/// attribuant_siret, attribuant_name, convention_date, convention_date_from_deliberation,
/// payment_conditions, payment_dates, notification_ue, id_rae, dispositif_aide, budget_name,
/// deliberation_url}. {schema, rows, csv, neutralised}: the CSV the command writes, and the
/// cells written with a leading apostrophe (a spreadsheet would read them as formulas). No CSV
/// when one dossier lacks a required value: a partial file would be published as complete.
[[nodiscard]] Answer scdl_export(std::string_view request_json);

/// `rules`: options {local_rules}. An array of the command's objects.
[[nodiscard]] Answer rules(std::string_view options_json);

/// `example NAME`: the dossier JSON.
[[nodiscard]] Answer example(std::string_view name);

} // namespace subvention::api
