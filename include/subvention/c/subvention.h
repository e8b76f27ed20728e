/* SPDX-License-Identifier: Apache-2.0 */
/* subvention — the C interface (libsubvention_c), for PHP (FFI), Python (ctypes), Ruby (ffi),
 * Java (Panama, JNA) and any language that calls C.
 *
 * JSON text in, JSON text out, UTF-8. Each function returns a string allocated by the library,
 * to be released with subvention_free(), or NULL only when memory is exhausted. A request that
 * cannot be answered returns {"error":{"kind","field","value","message"}}; kind is one of
 * "malformed", "invalid", "too_large", "unavailable", "internal". The answers are those of the
 * command line's --format json (docs/c-api.md). No C++ exception crosses this interface; every
 * function may be called from several threads at once. */
#ifndef SUBVENTION_C_SUBVENTION_H
#define SUBVENTION_C_SUBVENTION_H

#include <stddef.h>

#if defined(_WIN32)
#define SUBVENTION_C_API __declspec(dllimport)
#else
#define SUBVENTION_C_API __attribute__((visibility("default")))
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* What the last answer given to the calling thread says. */
typedef enum subvention_outcome {
    SUBVENTION_OK = 0,          /* the answer; nothing in it is an error */
    SUBVENTION_FINDINGS = 1,    /* the answer reports errors in the input (a non-compliant
                                   dossier, an invalid identifier or file) */
    SUBVENTION_MALFORMED = 2,   /* the request is not JSON (a syntax error), or a null pointer */
    SUBVENTION_INVALID = 3,     /* well-formed, but a value is refused (wrong type, unknown
                                   rule, impossible date…) */
    SUBVENTION_TOO_LARGE = 4,   /* the request passes a limit */
    SUBVENTION_UNAVAILABLE = 5, /* a file or program the request needs is missing */
    SUBVENTION_INTERNAL = 6     /* memory exhausted or a defect */
} subvention_outcome;

/* « 0.1.0 »: static storage, not to be freed. */
SUBVENTION_C_API const char* subvention_version(void);

/* The outcome of the last call made by this thread. */
SUBVENTION_C_API subvention_outcome subvention_last_outcome(void);

/* The compliance report of a dossier (the JSON of `subvention example`). options_json: NULL or
 * {"name", "stage": "draft"|"signed", "as_of": "AAAA-MM-JJ", "lang": "fr"|"en", "rules": [],
 * "disable": [], "severities": {"RULE": "error"|"warning"|"info"}, "cpc642": bool,
 * "members_in_office": n, "deliberation_number_format": "DCP-{année}-{numéro:4}",
 * "local_rules": ["YAML text"]}. */
SUBVENTION_C_API char* subvention_check(const char* dossier_json, const char* options_json);

/* The extraction of a document: `length` bytes of a Word (.docx), OpenDocument (.odt) or PDF
 * file, or of a text. options_json: NULL or {"name", "lang"}. */
SUBVENTION_C_API char* subvention_extract(const char* document, size_t length,
                                          const char* options_json);

/* kind: "siren", "siret", "rna", "iban" or "bic"; values_json: an array of strings. */
SUBVENTION_C_API char* subvention_validate_ids(const char* kind, const char* values_json);

/* {"from": "AAAA-MM-JJ" | "dates": [], "days" | "months" | "years": n, "franc": bool,
 * "extend": "none"|"next-working-day", "territory": "metropole"|…}. */
SUBVENTION_C_API char* subvention_deadline(const char* request_json);

/* {"year": n, "territory", "law": "in-force"|"current"}. */
SUBVENTION_C_API char* subvention_holidays(const char* request_json);

/* The SCDL validation of a CSV file. options_json: NULL or {"schema", "schema_version",
 * "lenient": bool, "max_findings": n}. */
SUBVENTION_C_API char* subvention_scdl_validate_file(const char* path, const char* options_json);

/* The settlement of a convention (`subvention settle`): {"dossier": {…, "execution": {…}},
 * "final_report": {…}, "rounding": "half_up"|…, "rounding_point": "per_action"|"on_total",
 * "policies": ["proportional", "deficit-cap", "tolerance=10%"], "titre_received",
 * "territory", "cpc642", "name"}; rounding and its point are required. */
SUBVENTION_C_API char* subvention_settle(const char* request_json);

/* De minimis aid (`subvention deminimis`): `aids_csv` the CSV of the aid already granted
 * (grantor,date,amount,regulation); options_json {"as_of" (required), "sieg", "amount",
 * "fiscal_year_start", "window_start", "sieg_cumulation", "transition", "name"}. */
SUBVENTION_C_API char* subvention_deminimis(const char* aids_csv, const char* options_json);

/* SCDL export (`subvention scdl export`): {"dossiers": [dossier…], "schema": "subventions" |
 * "deliberations", "attribuant_siret", "attribuant_name", "convention_date",
 * "convention_date_from_deliberation", "payment_conditions", "payment_dates",
 * "notification_ue", "id_rae", "dispositif_aide", "budget_name", "deliberation_url"}; answers
 * {"schema", "rows", "csv", "neutralised"}, and no CSV when a dossier lacks a required value. */
SUBVENTION_C_API char* subvention_scdl_export(const char* request_json);

/* The rule catalogue. options_json: NULL or {"local_rules": ["YAML text"]}. */
SUBVENTION_C_API char* subvention_rules(const char* options_json);

/* An embedded example dossier: "apes-2023" or "nord-2024". */
SUBVENTION_C_API char* subvention_example(const char* name);

/* Releases an answer; NULL is accepted. */
SUBVENTION_C_API void subvention_free(char* json);

#ifdef __cplusplus
}
#endif

#endif /* SUBVENTION_C_SUBVENTION_H */
