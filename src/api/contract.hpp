// SPDX-License-Identifier: Apache-2.0
// The JSON contract shared by the command line (`--format json`), the C interface and the
// server: one function per shape, so that the three answer with the same bytes.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include <subvention/aid.hpp>
#include <subvention/compliance/catalogue.hpp>
#include <subvention/compliance/checker.hpp>
#include <subvention/compliance/diagnostic.hpp>
#include <subvention/deadline.hpp>
#include <subvention/dossier.hpp>
#include <subvention/identifiers/validate.hpp>
#include <subvention/io/aid_csv.hpp>
#include <subvention/io/document_file.hpp>
#include <subvention/io/scdl.hpp>
#include <subvention/settlement.hpp>
#include <subvention/text/extract.hpp>

namespace subvention::api {

/// Keys keep the order they are written in: the contract documents them in that order.
using Json = nlohmann::ordered_json;

/// `j` on one line; invalid UTF-8 coming from an input is replaced, never fatal.
[[nodiscard]] std::string dump_line(const Json& j);

/// « CGCT art. L.3121-14 ; … »: a diagnostic's legal basis on one line.
[[nodiscard]] std::string legal_basis_text(const compliance::Diagnostic& d);

/// Which optional keys a diagnostic's JSON carries (each command's output contract).
struct DiagnosticKeys {
    bool section = false;     ///< location.section
    bool legal_basis = false; ///< legal_basis, as legal_basis_text()
};

/// `{"rule","severity","message","location":{"document"[,"section"],"path","text"}
/// [,"legal_basis"],"facts":{…}[,"sources":{…}]}`, keys in that order.
[[nodiscard]] Json diagnostic_json(const compliance::Diagnostic& d, compliance::Lang lang,
                                   DiagnosticKeys keys);

/// `{"dossier": name, "diagnostics": […], "summary": {"error","warning","info"}}`: the report
/// of `check --format json`.
[[nodiscard]] Json report_json(std::string_view name, const compliance::Report& r,
                               compliance::Lang lang);

/// The place of a span in its document file: only the numbers that apply.
[[nodiscard]] Json place_json(const text::DocumentPlace& p);

/// `{documents, dossier, spans, findings, files}` of `extract --format json`; `names[i]` is
/// the name of `docs[i]`.
[[nodiscard]] Json extraction_json(const text::Extraction& x,
                                   std::span<const io::DocumentText> docs,
                                   std::span<const std::string> names, compliance::Lang lang);

/// The `id` contract's error name (`length`, `checksum`, `component`, `format`) of the library's
/// finer error kinds.
[[nodiscard]] std::string_view id_error_name(ErrorKind k) noexcept;

/// `{"input","kind","valid","compact","formatted","error"}` of `id`.
[[nodiscard]] Json id_json(std::string_view input, std::string_view kind, const IdCheck& c);

/// `{"input","valid","cents","fr","words","error"}` of `amount parse`.
[[nodiscard]] Json amount_json(std::string_view input);

/// `{"from","nominal","effective","reasons"}` of `deadline`; `ok` says whether a date came out.
[[nodiscard]] Json deadline_json(const DeadlineRule& rule, std::string_view from, bool& ok);

/// `{"row","column","field","value","rule","message"}`: one finding of `scdl validate`.
[[nodiscard]] Json scdl_finding_json(const io::scdl::Finding& f);

/// The summary of `scdl validate` (without its `{"summary": …}` wrapper).
[[nodiscard]] Json scdl_summary_json(std::string_view file, const io::scdl::Summary& s,
                                     std::uint64_t errors, std::uint64_t warnings);

/// `{"rule","family","title_fr","title_en","legal_basis"}`: each rule of `catalogue`, then each
/// ID the extraction emits, as `rules` lists them.
[[nodiscard]] std::vector<Json> rules_json(const compliance::Catalogue& catalogue);

/// A refused settlement rule: the item (empty for the rules together) and why.
struct PolicyError {
    std::string item;
    std::string message;
};

/// Applies settlement rules — « proportional », « deficit-cap », « tolerance=10% » (a percentage
/// or a fraction 1/10; a bare number is ambiguous and refused), each item possibly a
/// comma-separated list — to `p`; the first refusal, or nullopt.
[[nodiscard]] std::optional<PolicyError> apply_policies(const std::vector<std::string>& items,
                                                        SettlementPolicy& p);

/// `{"dossier","policy","actions","expenses",…,"steps"}` of `settle --format json`.
[[nodiscard]] Json settlement_json(std::string_view name, const Settlement& s);

/// What `deminimis` is asked: the date, the family, a new aid's amount, the UNCONFIRMED choices.
struct DeminimisRequest {
    Date as_of;
    AidFamily family = AidFamily::general;
    std::optional<Euros> amount;
    AidOptions options;
};

/// What `deminimis` finds: the regulation in force, the cumulation, the decision on the new aid
/// and the notes (aids after the date, regulations not applicable on an aid's date, columns
/// ignored, the file's warnings).
struct DeminimisOutcome {
    AidRegulation regulation;
    AidAssessment assessment;
    std::optional<AidDecision> decision;
    std::vector<std::string> notes;
    /// The ceiling already passed, or the new aid refused (exit status 1).
    [[nodiscard]] bool refused() const {
        return (decision && !decision->allowed) || assessment.exceeded();
    }
};

/// The assessment of the aids of `csv` (without row errors) for `r` under `regulation`.
/// Throws std::overflow_error when the amounts cannot be added up.
[[nodiscard]] DeminimisOutcome assess_deminimis(const io::AidCsv& csv, const DeminimisRequest& r,
                                                AidRegulation regulation);

/// The object of `deminimis --format json`.
[[nodiscard]] Json deminimis_json(std::string_view file, const DeminimisRequest& r,
                                  const DeminimisOutcome& o);

/// `{"file","errors":[{row, column, value, message}]}`: the rows of the file in error.
[[nodiscard]] Json aid_csv_errors_json(std::string_view file, const io::AidCsv& csv);

/// An embedded example dossier.
struct Example {
    std::string_view name;
    std::string_view summary;
    Dossier (*build)();
};

/// The embedded examples, in the order `subvention example` lists them.
[[nodiscard]] std::span<const Example> examples() noexcept;

/// The example named `name`, or nullptr.
[[nodiscard]] const Example* find_example(std::string_view name) noexcept;

} // namespace subvention::api
