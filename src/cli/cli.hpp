// SPDX-License-Identifier: Apache-2.0
// Internal to the `subvention` program: shared helpers of the subcommands.
#pragma once

#include <cstddef>
#include <cstdint>
#include <fstream>
#include <functional>
#include <iosfwd>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <CLI/CLI.hpp>

#include <subvention/compliance/catalogue.hpp>
#include <subvention/compliance/diagnostic.hpp>
#include <subvention/dossier.hpp>
#include <subvention/io/document_file.hpp>
#include <subvention/io/input.hpp>

#include "api/contract.hpp"
#include "run.hpp"

namespace subvention::cli {

/// Exit statuses (contract): 0 every input valid, 1 some input invalid, 2 usage error.
enum ExitStatus : int { exit_ok = 0, exit_invalid = 1, exit_usage = 2 };

using api::diagnostic_json;
using api::DiagnosticKeys;
using api::Json;
using api::legal_basis_text;

/// Writes one JSON object per line; invalid UTF-8 in inputs is replaced, never fatal.
void write_jsonl(std::ostream& out, const Json& j);

/// Longest line read from standard input in bulk mode (an identifier, an amount or a date
/// fits in far less): longer lines are refused with their number, in constant memory.
inline constexpr std::size_t max_line_bytes = std::size_t{64} << 10;

/// `s` for a text output line: newline, CR and TAB as `\n`, `\r`, `\t`; other C0 controls and
/// DEL as `\x1b`…; C1 controls, line separators and bidirectional controls as `\u0085`…;
/// invalid UTF-8 bytes as U+FFFD. A string from a file can then neither forge an output line
/// nor drive the terminal.
std::string printable(std::string_view s);

/// The lines of a file descriptor, read in large blocks (the line is cut in place, not copied),
/// in memory bounded by the longest line accepted: a longer line is refused (too_long) and its
/// bytes are skipped without being held. A CR before the LF is dropped; a last line without
/// LF counts.
class LineReader {
public:
    enum class Status { line, too_long, end, error };
    LineReader(int fd, std::size_t max_line);
    /// The next line in `line` (valid until the next call), or why there is none.
    Status next(std::string_view& line);
    /// 1-based number of the line just returned (too_long: of the line refused).
    [[nodiscard]] std::size_t line_number() const noexcept {
        return skipping_ && !eof_ ? number_ + 1 : number_;
    }
    /// errno of a read error.
    [[nodiscard]] int error_code() const noexcept { return error_; }

private:
    int fd_;
    std::size_t max_line_;
    std::vector<char> buffer_;
    std::size_t begin_ = 0, end_ = 0; // read, not yet returned: [begin_, end_)
    std::size_t number_ = 0;          // lines finished
    bool skipping_ = false;           // inside a line already refused
    bool eof_ = false;
    int error_ = 0;
};

/// Progress of a long run on standard error (« 12 000 dossiers — 850/s », or with a known total
/// « 45 % — 94 Mo sur 209 Mo — 95 Mo/s — reste 1 s »): shown only when standard error is a
/// terminal and `quiet` is false, redrawn at most four times a second on one line, erased by
/// done(). Elsewhere (a pipe, a log file, CI) it writes nothing. Thread-safe.
class Progress {
public:
    /// `unit`: « dossiers », « fichiers », or « octets » (shown in Mo); `total` 0: unknown.
    Progress(bool quiet, std::string unit, std::uint64_t total = 0);
    Progress(const Progress&) = delete;
    Progress& operator=(const Progress&) = delete;
    ~Progress();
    void add(std::uint64_t n);
    void set(std::uint64_t done);
    /// Erases the line (before a line of output on the same terminal); the next set() redraws.
    void clear();
    void done();

private:
    void draw();       // with mutex_ held
    std::mutex mutex_; // set() may come from a reading thread, clear() from the writing one
    bool on_;
    bool drawn_ = false;
    std::string unit_;
    std::uint64_t total_, done_ = 0;
    std::int64_t start_ns_, last_ns_ = 0;
};

/// Runs `one` on each positional value, or, when there are none, on each line of standard
/// input (bulk mode, constant memory; blank lines are skipped; a line over max_line_bytes is
/// refused on standard error with its number). Returns exit_invalid if any call returned false
/// or a line was refused, exit_usage if standard input could not be read.
int for_each_input(const std::vector<std::string>& values,
                   const std::function<bool(std::string_view)>& one, std::string_view command);

/// Appends `s` as a JSON string, with the bytes write_jsonl() would give it: for the bulk
/// commands that write their few keys directly rather than through a JSON object per line.
void append_json_string(std::string& out, std::string_view s);

/// Limits of the files read whole by this run (`--max-input-size`).
io::ReadLimits& input_limits();

/// Adds `--max-input-size TAILLE` (sets input_limits()) to a command that reads files whole.
void add_input_limit_option(CLI::App& cmd);

/// Adds `--cpc642` / `--no-cpc642` (default) to a command that computes the final report's
/// deadline: the same option, with the same default, as
/// compliance::CheckOptions::report_deadline_extension.
void add_cpc642_flag(CLI::App& cmd, bool& cpc642);

/// Reads `path` (« - »: standard input) whole within input_limits(); on failure prints « subvention
/// COMMAND : PATH : why » on standard error and returns nullopt.
std::optional<std::string> read_input(std::string_view command, const std::string& path);

/// Reads the files of ONE dossier for the extraction (`extract`, `check --text`), each whole
/// within input_limits() and then as its content says (io::read_document: Word, OpenDocument or
/// PDF file, else text). A file that cannot be read prints « subvention COMMAND : PATH : why »
/// on standard error and gives nullopt.
std::optional<std::vector<io::DocumentText>> read_documents(std::string_view command,
                                                            const std::vector<std::string>& paths);

/// « lu comme document Word (DOCX), 12 paragraphes » for a file that is not plain text; empty
/// for text.
std::string read_as(const io::DocumentText& d);

/// Reads and parses the dossier JSON `path` (« - »: standard input); on failure prints
/// « subvention COMMAND : PATH : why » (the JSON path of a faulty value included) and returns
/// nullopt.
std::optional<Dossier> read_dossier(std::string_view command, const std::string& path);

/// Opens `path` to be read as a stream (« - »: standard input), refusing a missing file, a
/// directory or an unreadable file with read_input()'s words; nullptr after the message.
std::istream* open_input_stream(std::string_view command, const std::string& path,
                                std::ifstream& file);

/// Writes `payload` to the file `path` atomically (a temporary file beside it, then a rename:
/// a failed write leaves the file as it was). Refuses a `path` that is one of `inputs`. On
/// failure prints « subvention COMMAND : PATH : why » and returns false.
bool write_output_file(std::string_view command, const std::string& path, std::string_view payload,
                       const std::vector<std::string>& inputs);

/// Flushes standard output; false, with a message on standard error, when any of it could not
/// be written (full disk, closed descriptor): the caller then exits non-zero.
bool flush_stdout();

/// Option transformer for integers: decimal digits only (an optional leading « - »); leading
/// zeros are dropped so that CLI11 never reads « 012 » as octal or « 0x10 » as hexadecimal.
CLI::Validator decimal_integer();

/// Registers `id`, `amount`, `deadline`, `holidays`. Each sets `status` when it runs.
void add_value_commands(CLI::App& app, int& status);

/// Registers `check` (the compliance checker) and `rules` (the rule catalogue).
void add_check_command(CLI::App& app, int& status);
void add_rules_command(CLI::App& app, int& status);

/// Adds `--rules-file FILE` (repeatable): a département's local rules (docs/local-rules.md).
void add_rules_file_option(CLI::App& cmd, std::vector<std::string>& files);

/// Loads each rules file and adds its rules to `catalogue`; false, with every defect on standard
/// error (« fichier:ligne:colonne : RÈGLE : message »), when one is refused.
bool load_rules_files(std::string_view command, const std::vector<std::string>& files,
                      compliance::Catalogue& catalogue);

/// `subvention rules test FILE…`: runs the test cases of each file; the exit status.
int run_rules_tests(const std::vector<std::string>& files, bool json);

/// Registers `serve` (the JSON API over HTTP, src/server/).
void add_serve_command(CLI::App& app, int& status);

/// Registers `example` (prints an embedded dossier as JSON).
void add_example_command(CLI::App& app, int& status);

/// The embedded example dossier `name` (« apes-2023 », « nord-2024 »); nullopt for another name.
std::optional<Dossier> example_dossier(std::string_view name);

/// The names of the embedded examples, in the order `subvention example` lists them.
std::vector<std::string> example_names();

/// Registers `scdl` (open data: SCDL subventions / délibérations) and its `validate`
/// subcommand; calls add_scdl_export_commands() for `export` (and import-side commands).
void add_scdl_command(CLI::App& app, int& status);
void add_scdl_export_commands(CLI::App& scdl, int& status);

/// Registers `extract` (plain text of deliberation / rapport / convention → dossier JSON).
void add_extract_command(CLI::App& app, int& status);

/// Registers `settle` (settlement of the balance of a convention from its final report).
void add_settle_command(CLI::App& app, int& status);

/// Registers `deminimis` (cumulative de minimis aid of an undertaking at a date).
void add_deminimis_command(CLI::App& app, int& status);

} // namespace subvention::cli
