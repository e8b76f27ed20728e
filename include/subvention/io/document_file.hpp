// SPDX-License-Identifier: Apache-2.0
// subvention::io — the text of a word-processor or PDF file (« lecture d'un document ») for the
// extraction (subvention/text/extract.hpp): Word (.docx), OpenDocument (.odt) and PDF files
// become UTF-8 plain text, one line per paragraph, with the place of each line in the original
// (page, paragraph, table cell) and what the reader saw but did not put in the text (tracked
// changes, comments, pages without text).
//
// The format is told by the content, never by the file name: « %PDF- » is a PDF, a ZIP archive
// holding `word/document.xml` a Word document, a ZIP archive whose `mimetype` entry is
// `application/vnd.oasis.opendocument.text` an OpenDocument text; anything else is read as
// plain text by the extraction (UTF-8 or transcoded, see extract.hpp).
//
// ZIP archives are read with libzip and XML with pugixml, within bounds (entries, uncompressed
// size, XML depth). PDF files are read by running poppler's `pdftotext` (Debian package
// poppler-utils) as a separate program — never linked: poppler is GPL, this library Apache-2.0 —
// without a shell, its output and its time bounded.
//
// Compiled in subvention::io (link subvention::io). Errors name the file, the entry of the
// archive or the place, and what is wrong, in French; nothing throws on content (std::bad_alloc
// propagates).
#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <subvention/result.hpp>

namespace subvention::io {

/// What a file is, by its content.
enum class DocumentFormat : std::uint8_t {
    text, ///< plain text (or anything not recognised below: the extraction judges it)
    docx, ///< Word (WordprocessingML, Office Open XML)
    odt,  ///< OpenDocument text
    pdf,  ///< PDF
};

/// « text », « docx », « odt », « pdf ».
[[nodiscard]] std::string_view to_string(DocumentFormat f) noexcept;
/// « texte », « document Word (DOCX) », « document OpenDocument (ODT) », « PDF »: for messages.
[[nodiscard]] std::string_view describe(DocumentFormat f) noexcept;

/// The format of `bytes` by their signature and, for a ZIP archive, its entries (the archive's
/// directory is read; nothing is decompressed but the `mimetype` entry of at most 256 bytes).
[[nodiscard]] DocumentFormat detect_document_format(std::string_view bytes) noexcept;

/// Where one line of the text comes from. Numbers are 1-based; 0 means « not applicable ».
struct LineOrigin {
    std::uint32_t page = 0;      ///< PDF: the page
    std::uint32_t paragraph = 0; ///< DOCX/ODT: the paragraph, counted through the document in
                                 ///< reading order (headings, list items, table cells' and text
                                 ///< boxes' paragraphs, empty paragraphs included)
    std::uint32_t table = 0;     ///< DOCX/ODT: the table holding the paragraph (innermost)
    std::uint32_t row = 0;       ///< its row in that table
    std::uint32_t cell = 0;      ///< its cell in that row
    /// DOCX/ODT: characters (code points) of the paragraph's text before this line, a line
    /// break counting one: a paragraph broken by line breaks gives several lines.
    std::uint32_t first_char = 0;
    /// DOCX/ODT: bytes at the start of the line rendering a list item's number (« 1. »),
    /// which is not part of the paragraph's text.
    std::uint32_t label_bytes = 0;
    friend bool operator==(const LineOrigin&, const LineOrigin&) = default;
};

/// Something in the document that is not in its text, or that makes the text doubtful.
struct DocumentNotice {
    enum class Kind : std::uint8_t {
        tracked_changes, ///< DOCX/ODT: revisions not accepted; the text is read with them
                         ///< accepted (insertions kept, deletions left out)
        comments,        ///< DOCX/ODT: comments (annotations); their text is not read
        no_text,         ///< PDF: no text layer, or almost none, for its pages (scanned)
        pages_no_text,   ///< PDF: some pages without text among pages with text
    };
    Kind kind = Kind::tracked_changes;
    std::uint32_t count = 0;                     ///< changes, comments or pages concerned
    std::uint32_t insertions = 0, deletions = 0; ///< tracked_changes: of `count`
    std::uint32_t line = 0; ///< 1-based line of the text at the first one (0: none)
    LineOrigin first{};     ///< place of the first one
    std::string excerpt{};  ///< its text, shortened (a deletion's, a comment's; may be empty)
};

/// A document as plain text.
struct DocumentText {
    DocumentFormat format = DocumentFormat::text;
    /// DOCX/ODT/PDF: UTF-8, lines separated by '\n' only. DOCX/ODT: a line per paragraph, an
    /// empty line between paragraphs (as a blank line separates printed paragraphs in
    /// pdftotext's output, and the extraction reads consecutive lines as one block); a line
    /// break inside a paragraph (w:br, text:line-break) starts a new line without an empty one;
    /// characters that would break a line in the XML text become spaces. PDF: as pdftotext
    /// prints it, a page starting with a form feed '\f'. Text: the bytes as read, for the
    /// extraction to decode.
    std::string text{};
    std::vector<LineOrigin> lines{}; ///< one per line of `text` (empty for text); an empty
                                     ///< line between paragraphs has an origin of zeros
    std::uint32_t pages = 0;         ///< PDF: pages
    std::vector<DocumentNotice> notices{};
};

/// Bounds and programs of `read_document`.
struct DocumentOptions {
    std::uint64_t max_uncompressed_bytes = std::uint64_t{64} << 20; ///< entries read, in total
    std::uint32_t max_entries = 10'000;                             ///< entries of a ZIP archive
    std::uint32_t max_xml_depth = 256;                              ///< nesting of XML elements
    std::string pdftotext = "pdftotext";           ///< program; without '/', searched in PATH
    std::chrono::milliseconds pdf_timeout{60'000}; ///< then pdftotext is killed
    std::uint64_t max_pdf_text_bytes = std::uint64_t{64} << 20; ///< pdftotext's output
};

/// Reads `bytes`, the content of the file `name` (named in errors), as its format says; a text
/// file's bytes are returned as they are. Errors (`Error::field` is `name`, `Error::message` in
/// French naming the entry or place):
///  - `ErrorKind::format`: a corrupt archive, a ZIP archive that is neither DOCX nor ODT, a
///    missing or malformed entry, pdftotext's refusal of the file (encrypted, damaged: its
///    message is quoted);
///  - `ErrorKind::length`: a limit of `options` exceeded (the message names it);
///  - `ErrorKind::empty`: pdftotext cannot be run (not installed: the message names the Debian
///    package), or was stopped after `pdf_timeout`.
[[nodiscard]] Result<DocumentText> read_document(std::string_view bytes, std::string_view name,
                                                 const DocumentOptions& options = {});

/// The reading of one format, for tests and fuzzing (`read_document` chooses among them).
[[nodiscard]] Result<DocumentText> read_docx(std::string_view bytes, std::string_view name,
                                             const DocumentOptions& options = {});
[[nodiscard]] Result<DocumentText> read_odt(std::string_view bytes, std::string_view name,
                                            const DocumentOptions& options = {});
[[nodiscard]] Result<DocumentText> read_pdf(std::string_view bytes, std::string_view name,
                                            const DocumentOptions& options = {});

/// What `read_pdf` makes of the output of `pdftotext -layout -enc UTF-8`: pages split at form
/// feeds, invalid UTF-8 replaced, ligatures (« ﬁ », « ﬂ »…) spelt out, the line map and the notices
/// of pages without text. No process is run.
[[nodiscard]] DocumentText pdf_text_from_output(std::string_view output);

} // namespace subvention::io
