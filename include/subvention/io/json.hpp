// SPDX-License-Identifier: Apache-2.0
// subvention::io — dossiers as JSON (« dossier au format JSON »), the exchange format of the
// library, its CLI and its users; the published JSON Schema is share/subvention/
// dossier.schema.json (schema/dossier.schema.json in the sources).
//
// The format mirrors the model (dossier.hpp and the document headers) one to one, so that a
// diagnostic's path (« /convention/period/value/end ») is both a JSON Pointer into the file and
// the C++ member path:
//  - object keys are EXACTLY the C++ member names, in declaration order; every key is written
//    (an empty std::optional is `null`, never an absent key) and no other key is allowed, save
//    the keys of facts entered as data (`origin`, `counts`, `share`, `members_in_office`,
//    `other_identifiers`), written only when they hold something; on reading, only keys added
//    to the format later may be absent, so that older files stay readable (such an optional,
//    e.g. `execution`, reads as null; those keys as their default);
//  - `Stated<T>` is `{"value": …, "source": {"document": "convention", "section": "article 3",
//    "text": "…"}}`; vectors are arrays. On reading, a fact entered as data may be its bare
//    value or `{"value": …}`: it is then located by its path, origin `database`; a payment with
//    a `share` may leave its `amount` out, derived from the grant (`payment_amounts`);
//  - enumerations are their stable names, those of the library's `to_string` functions
//    (« commission_permanente », « legal_text »; « M. »/« Mme » for a civility, « CP » for an
//    appropriation kind);
//  - a visa's content is `{"kind": "<VisaKind>", "<VisaKind>": {fields of the alternative}}`
//    (nested, because LegalTextVisa has a member `kind` of its own); a `Duration` is
//    `{"kind": "days"|"months"|"years", "count": 6}`;
//  - an amount (`Euros`) is the ISO string « 57000.00 » (exactly two decimals, never a JSON
//    number: no binary floating point in money paths); a date is « 2023-03-20 », or one of
//    Boost's special values « not-a-date-time », « +infinity », « -infinity » (a blank
//    non-optional date of the model is not_a_date_time); a deliberation number is its
//    canonical form « 2023-122 »; identifiers as printed are plain strings;
//  - a `PersonName` (name as printed anywhere in an act) is `{"printed": "Madame Sylvie
//    MEYFROIDT"}` — its matching key and civility are derived from it; a `Member` (line of an
//    attendance list) is `{"civility": "Mme", "first_name": "Sylvie", "last_name":
//    "MEYFROIDT", "group": null}`; counts of votes and numbers are JSON integers.
//
// Reading is strict and never guesses: a missing key, an unknown key, a duplicated key, a wrong
// type, an integer out of range, an unknown enumeration value (the allowed ones are listed), a
// non-canonical amount, date or deliberation number, a negative amount where the model means a
// quantity (all but the « available » and « balance » of an imputation line) and a period
// ending before it starts are errors. Each names the JSON Pointer of
// the faulty value in `Error::field` (« /convention/period/value/end »), the value in
// `Error::value` and, in French, what was expected in `Error::message`; malformed JSON gives the
// line and column. Names are whitespace-normalised as the model does on construction
// (vote.hpp); everything else is kept byte for byte.
//
// Round trip: `dossier_from_json(to_json(d))` equals `d`, and `to_json(dossier_from_json(t))`
// is `t` for any `t` that `to_json` produced (same indent).
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include <subvention/dossier.hpp>
#include <subvention/final_report.hpp>
#include <subvention/result.hpp>

namespace subvention::io {

/// Writes `d` as JSON (« sérialisation du dossier »): keys in member declaration order, UTF-8
/// left as is (not \u-escaped), `indent` spaces per level (a negative `indent` gives a single
/// line), no trailing newline. Throws std::invalid_argument when a string of the dossier is not
/// valid UTF-8 (JSON text is UTF-8, RFC 8259 §8.1): the message names the JSON path.
[[nodiscard]] std::string to_json(const Dossier& d, int indent = 2);

/// Reads a dossier from JSON text (« lecture d'un dossier JSON »). Never throws on content:
/// every problem is an `Error` whose `field` is the JSON Pointer of the faulty value (see the
/// file comment for the format and the strictness rules).
[[nodiscard]] Result<Dossier> dossier_from_json(std::string_view text);

/// Reads a dossier from a JSON file (« chargement d'un dossier »). A file that cannot be read
/// is an `ErrorKind::empty` error whose `field` is the path of the file; the other errors are
/// those of `dossier_from_json` (the JSON Pointer in `field`).
[[nodiscard]] Result<Dossier> load_dossier(const std::filesystem::path& file);

/// Writes a final report (« bilan final », <subvention/final_report.hpp>) as JSON, in the same
/// format as the dossier's `/execution/final_report` (keys = member names; CERFA accounts as
/// integers « 64 »; action indexes as integers from 0). Throws std::invalid_argument on invalid
/// UTF-8, as `to_json(const Dossier&)`.
[[nodiscard]] std::string to_json(const FinalReport& r, int indent = 2);

/// Reads a final report from JSON text (the REPORT.json of `subvention settle`), as strictly as
/// a dossier: every problem is an `Error` whose `field` is the JSON Pointer of the faulty value.
[[nodiscard]] Result<FinalReport> final_report_from_json(std::string_view text);

/// Reads a final report from a JSON file; errors as `load_dossier`.
[[nodiscard]] Result<FinalReport> load_final_report(const std::filesystem::path& file);

} // namespace subvention::io
