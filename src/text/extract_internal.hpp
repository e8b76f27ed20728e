// SPDX-License-Identifier: Apache-2.0
// subvention::text — internal contract of the text extraction (extract.cpp, extract_*.cpp).
//
// extract.cpp normalises the text, splits it into documents (`Section`s) and calls one extractor
// per document; each extractor reads its facts from the normalised lines and reports, through
// the `Sink`, where it read each fact and what it expected but did not find. The text helpers
// they share (folding, searching, trimming, bullets, sentence ends) are in toolkit.hpp.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <subvention/compliance/diagnostic.hpp>
#include <subvention/compliance/message.hpp>
#include <subvention/convention.hpp>
#include <subvention/deliberation.hpp>
#include <subvention/money.hpp>
#include <subvention/provenance.hpp>
#include <subvention/report.hpp>
#include <subvention/text/extract.hpp>

#include "toolkit.hpp"

namespace subvention::text::detail {

/// One line of a document after normalisation.
struct Line {
    /// Normalised: U+00A0 / U+202F / U+2009 / tabs / form feeds → ' ', runs of spaces → one,
    /// trimmed, soft hyphens dropped; a leading bullet (« - », « • », « ➢ », « – », « * »,
    /// Wingdings glyphs) becomes « - » followed by one space. Page debris removed upstream.
    std::string text;
    std::uint32_t number = 0; ///< 1-based line number in the ORIGINAL text
    std::string_view raw;     ///< the original line (for spans and SourceRef.text)
};

/// One document of the text; page-break debris (« Page 5 sur 7 », form feeds, repeated headers
/// and footers) removed, blank lines removed (see `normalise_text`).
struct Section {
    DocumentKind kind = DocumentKind::dossier;
    std::vector<Line> lines;
};

/// Collects the spans of the facts read and the `EXTRACT-…` findings.
class Sink {
public:
    explicit Sink(DocumentKind document = DocumentKind::dossier)
        : document_(document) {}

    /// The document the following facts and findings belong to.
    void set_document(DocumentKind d) noexcept { document_ = d; }
    [[nodiscard]] DocumentKind document() const noexcept { return document_; }

    /// A fact read in `line`, at `byte_offset_in_text` bytes of its NORMALISED text, `length`
    /// bytes long; the span is mapped back to the columns of the original line.
    void fact(std::string json_path, const Line& line, std::size_t byte_offset_in_text,
              std::size_t length);
    /// A fact spread over lines `first`..`last` (whole lines).
    void fact(std::string json_path, const Line& first, const Line& last);
    /// Expected but not found / not understood: an `EXTRACT-…` finding (`rule_id`), located at
    /// `where` (nullptr: the whole document), saying `message`.
    void missing(std::string_view rule_id, compliance::Severity severity, std::string json_path,
                 const Line* where, compliance::Message message);

    [[nodiscard]] std::vector<FactSpan>& spans() noexcept { return spans_; }
    [[nodiscard]] std::vector<compliance::Diagnostic>& findings() noexcept { return findings_; }

private:
    DocumentKind document_;
    std::vector<FactSpan> spans_;
    std::vector<compliance::Diagnostic> findings_;
};

// ---------------------------------------------------------------------------------------------
// Encodings, normalisation and splitting (extract.cpp)

/// A file's bytes as UTF-8 text (a view of `raw`, or of `storage` when converted), or nullopt
/// when it is not text (a PDF, a Word document, binary data); the `EXTRACT-ENCODING` or
/// `EXTRACT-NOT-TEXT` finding goes to `sink`. `first_number` numbers its first line;
/// `file_number` names it in findings (0: the only file).
[[nodiscard]] std::optional<std::string_view> decode_file(std::string_view raw,
                                                          std::string& storage,
                                                          std::uint32_t first_number,
                                                          std::size_t file_number, Sink& sink);

/// Whether a normalised line is a page number alone (« Page 5 sur 7 », « Page 5/7 », « 5/7 »,
/// « - 5 - »): page debris.
[[nodiscard]] bool is_page_number_line(std::string_view text);

/// Kind of document a normalised line starts (its heading), if any.
[[nodiscard]] std::optional<DocumentKind> document_marker(std::string_view text);

/// Cheap filters on a raw line, so that most lines of a long text are never normalised: each is
/// false only when the test it stands for is false on `normalise_line(raw)` (empty,
/// `is_page_number_line`, `document_marker`).
[[nodiscard]] bool may_be_blank(std::string_view raw);
[[nodiscard]] bool may_be_page_number(std::string_view raw);
[[nodiscard]] bool may_be_marker(std::string_view raw);

/// Normalised lines of one file, numbered from `first_number`; page debris (« Page 5 sur 7 »,
/// form feeds, headers and footers repeated at the edge of at least three pages) and blank
/// lines removed: a gap in `Line::number` marks a paragraph or page break.
[[nodiscard]] std::vector<Line> normalise_text(std::string_view text,
                                               std::uint32_t first_number = 1);

/// Splits normalised lines into documents, in text order, at their headings (« DELIBERATION DE
/// LA COMMISSION PERMANENTE », « CONVENTION », « RAPPORT N°57 »), each start pulled back over
/// the header lines above it (« DEPARTEMENT DU PAS-DE-CALAIS », « Pôle … », « Mission … »).
/// Lines before the first heading (beyond three) belong to no document.
[[nodiscard]] std::vector<Section> split_documents(std::vector<Line> lines);

/// The documents of one file as `split_documents(normalise_text(text, first_number))` gives
/// them, except that a document of a kind already in `seen` (or met earlier in the file) keeps
/// only its first line: it is named, never read, and its lines are not normalised. The kinds
/// read are added to `seen`.
[[nodiscard]] std::vector<Section> read_sections(std::string_view text, std::uint32_t first_number,
                                                 std::vector<DocumentKind>& seen);

// ---------------------------------------------------------------------------------------------
// Line helpers shared by every extractor (extract.cpp)

/// Normalises one line as `Line::text` says (spaces, trimming). Invalid UTF-8 bytes are kept.
[[nodiscard]] std::string normalise_line(std::string_view raw);

/// Joins wrapped lines with one space, repairing hyphenation (« mon- » + « tant » → « montant »:
/// a hyphen at the end of a line followed by a lower-case letter) and keeping real hyphens
/// (« Pas-de- » + « Calais » → « Pas-de-Calais »).
[[nodiscard]] std::string join_wrapped(std::span<const Line> lines);

/// Index of the first line at or after `from` that starts with `heading`, compared accent- and
/// case-insensitively, with spaces and hyphens equivalent (« ARTICLE 2 » finds « Article 2 »).
[[nodiscard]] std::optional<std::size_t>
find_heading(std::span<const Line> lines, std::string_view heading, std::size_t from = 0);

/// INSEE code of the département a collectivité's name designates (« DEPARTEMENT DU
/// PAS-DE-CALAIS », « Département du Pas-de-Calais », « Pas-de-Calais » → « 62 »,
/// « DEPARTEMENT DE LA REUNION » → « 974 »; CJA R.221-3 table of tribunals.hpp, which lists
/// the 101 départements), or an empty string.
[[nodiscard]] std::string departement_code_of(std::string_view name);

/// The first French amount in the text: « 57 000 € », « 57 000,00 euros », « 57.000 EUR »;
/// digits grouped by spaces (any kind). nullopt when none.
[[nodiscard]] std::optional<Euros> parse_amount_in(std::string_view text);

/// Position (byte offset, length) of the first amount `parse_amount_in` would read.
struct FoundAmount {
    Euros amount;
    std::size_t offset = 0;
    std::size_t length = 0;
};
[[nodiscard]] std::optional<FoundAmount> find_amount(std::string_view text);

// ---------------------------------------------------------------------------------------------
// Document extractors (extract_deliberation.cpp, extract_convention.cpp, extract_rapport.cpp)

[[nodiscard]] Deliberation extract_deliberation(const Section& section, Sink& sink);
[[nodiscard]] Convention extract_convention(const Section& section, Sink& sink);
[[nodiscard]] Rapport extract_rapport(const Section& section, Sink& sink);
/// Whether two JSON pointers of the dossier are the same place or one is inside the other
/// (« /convention » and « /convention/object »); never for an empty pointer.
[[nodiscard]] inline bool same_or_nested(std::string_view a, std::string_view b) {
    if (a.empty() || b.empty())
        return false;
    const auto inside = [](std::string_view x, std::string_view y) {
        return x.size() > y.size() && x.starts_with(y) && x[y.size()] == '/';
    };
    return a == b || inside(a, b) || inside(b, a);
}

/// The general reading of a deliberation (extract_general.cpp): fills what `extract_deliberation`
/// left empty from the phrases other templates use, and withdraws the « not found » findings of
/// what it found.
void read_general(const Section& section, Sink& sink, Deliberation& d);
/// The same for a report (meeting date, proposed grants) and a convention (beneficiary,
/// amount of the subsidy).
void read_general(const Section& section, Sink& sink, Rapport& r);
void read_general(const Section& section, Sink& sink, Convention& c);

} // namespace subvention::text::detail
