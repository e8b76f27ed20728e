// SPDX-License-Identifier: Apache-2.0
// subvention::io::csv — streaming RFC 4180 reader and writer (« lecture de fichiers CSV »), the
// input layer of the SCDL open-data validator (scdl.hpp), compiled in subvention::io.
//
// Why not a packaged parser: Debian's libcsv (libcsv-dev) is the only C/C++ candidate; it hands
// every field to a callback after copying it into its own buffer, knows nothing of encodings or
// separators, and does not track rows vs physical lines. The SCDL validator needs zero-copy
// fields (throughput close to a newline count), spreadsheet row numbers, Windows-1252 and `;`
// detection with lenient repair. This reader is small (one state machine over a chunked
// buffer, memchr-style scanning for the next special byte), fuzzed (tests/fuzz/csv_fuzz.cpp)
// and property-tested with every buffer size 1..64.
//
// Format read (RFC 4180 §2, with the liberties real files take):
//  - records end with CR LF, LF or a lone CR, mixed freely; a line break inside a quoted field
//    is kept verbatim in the field and does not start a new record (nor a new spreadsheet row);
//  - a field is quoted when it starts with `"`; `""` inside it is one quote; text after the
//    closing quote, or a quote inside an unquoted field, is a `stray_quote` (kept literally);
//  - an empty line is a record with one empty field (a spreadsheet shows an empty row; reported
//    as `blank_row`); the line break at the very end of the file does not make an extra record;
//  - the first record is the header: later records with another field count are `ragged_row`
//    (reported, never blocking, returned as they are);
//  - a UTF-8 byte order mark is skipped and reported (not blocking);
//  - the separator is detected on the header line among `,` `;` TAB `|` (the most frequent
//    outside quotes; `,` when none or on a tie); anything but `,` is reported (SCDL requires
//    commas), blocking unless `Options::lenient`; a forced separator other than `,` is reported
//    but not blocking (the caller chose it);
//  - the encoding is UTF-8 until a byte sequence is not: if no multi-byte UTF-8 character was
//    read before, the file is taken for Windows-1252 (the usual spreadsheet export) — reported,
//    blocking unless lenient, in which case every field is transcoded to UTF-8 from then on
//    (the file was pure ASCII before, so nothing earlier changes); if valid UTF-8 came before,
//    it is `invalid_utf8` (a mixed file), blocking unless lenient, where the offending bytes
//    are transcoded as Windows-1252 one by one.
//
// Memory: the reader holds one buffer of `Options::buffer_size` bytes, grown only to hold the
// longest record (capped by `Options::max_record_size`: beyond, `record_too_long`, blocking),
// plus one scratch string for fields that need unescaping or transcoding. It never grows with
// the number of records. (The cap applies to streams; a whole buffer is the caller's memory.)
#pragma once

#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace subvention::io::csv {

/// Character encoding of the file (« encodage »); SCDL requires UTF-8.
enum class Encoding { utf8, windows_1252 };

/// A defect of the file as a whole (« anomalie du fichier »), as opposed to a cell's content.
enum class IssueKind {
    utf8_bom,            ///< starts with EF BB BF (skipped)
    windows_1252,        ///< bytes that are not UTF-8, read as Windows-1252
    separator_not_comma, ///< `;`, TAB or `|` separates the fields
    invalid_utf8,        ///< invalid UTF-8 after valid multi-byte UTF-8 (mixed encodings)
    unterminated_quote,  ///< a quoted field runs to the end of the file
    stray_quote,         ///< `"` inside an unquoted field or after a closing quote
    ragged_row,          ///< a record with a field count different from the header's
    record_too_long,     ///< a record longer than Options::max_record_size (always blocking)
    blank_row,           ///< an empty line (a record of one empty field; not a ragged row)
    not_text, ///< UTF-16, a PDF, a zip (Word, spreadsheet) or binary data (NUL bytes): blocking
};

/// Stable identifier of an issue kind (`"separator-not-comma"`).
[[nodiscard]] std::string_view to_string(IssueKind) noexcept;

/// One kind of file defect with where it first occurs (« anomalie du fichier »).
struct FileIssue {
    IssueKind kind{};
    std::uint64_t
        row; ///< 1-based spreadsheet row (header = 1) of the first occurrence; 0 = whole file
    std::string value{}; ///< the offending bytes/characters, escaped if not UTF-8 (e.g. "\\xE9")
    std::string message_fr{}; ///< French, names the row and the value
    std::string message_en{};
    bool blocking{};         ///< true: not read further unless Options::lenient
    std::uint64_t count = 1; ///< records concerned so far (1 for file-level kinds)
};

/// Reading options (« options de lecture »).
struct Options {
    bool lenient = false; ///< read ';'-separated and Windows-1252 files (transcoded to UTF-8)
    std::optional<char>
        separator; ///< force; default: detect from the header line (',' ';' '\t' '|')
    std::size_t buffer_size = std::size_t{1} << 16; ///< bytes read at a time from a stream (min 1)
    std::size_t max_record_size = std::size_t{1} << 26; ///< longest record accepted (64 MiB)
};

/// One record (« enregistrement », a spreadsheet row).
struct Record {
    std::uint64_t
        row; ///< 1-based spreadsheet row (header = 1; a quoted newline does not add a row)
    std::uint64_t line{}; ///< 1-based physical line where the record starts
    std::vector<std::string_view>
        fields{}; ///< UTF-8, unquoted; valid until the next call to next()
};

namespace detail {
struct ReaderState;
}

/// Streaming reader (« lecteur en flux »): constant memory, one record at a time.
class Reader {
public:
    /// Reads from a stream, `Options::buffer_size` bytes at a time. The stream must outlive the
    /// reader.
    explicit Reader(std::istream& in, Options = {});
    /// Reads a buffer already in memory (zero-copy fast path: fields point into it when they need
    /// no unescaping or transcoding). The buffer must outlive the reader.
    explicit Reader(std::string_view whole_buffer, Options = {});
    ~Reader();
    Reader(Reader&&) noexcept;
    Reader& operator=(Reader&&) noexcept;
    Reader(const Reader&) = delete;
    Reader& operator=(const Reader&) = delete;

    /// Reads the next record into `out` (reusing its vector). False at end of input or on a
    /// blocking issue (see issues()). Never throws on content.
    bool next(Record& out);
    /// Each kind reported once with its first row, plus a count, in order of first occurrence.
    [[nodiscard]] const std::vector<FileIssue>& issues() const noexcept;
    /// True when reading stopped on a blocking issue (rather than at end of input).
    [[nodiscard]] bool blocked() const noexcept;
    /// Separator in use (detected on the first call to next(), or forced).
    [[nodiscard]] char separator() const noexcept;
    /// Encoding detected so far (utf8 until proven otherwise).
    [[nodiscard]] Encoding encoding() const noexcept;

private:
    std::unique_ptr<detail::ReaderState> state_;
};

/// Line terminator written by write_record (RFC 4180 §2.1 says CR LF).
enum class LineEnding { crlf, lf };

/// Writes one record (« écriture d'un enregistrement »): a field is quoted only when it contains
/// the separator, `"`, CR or LF (RFC 4180 §2.6–2.7), quotes doubled (also a lone empty field,
/// which would be a blank line, and one starting with U+FEFF, which would read as a BOM); then
/// the line ending.
void write_record(std::ostream& out, std::span<const std::string_view> fields, char separator = ',',
                  LineEnding eol = LineEnding::crlf);

} // namespace subvention::io::csv
