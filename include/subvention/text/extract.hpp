// SPDX-License-Identifier: Apache-2.0
// subvention — from plain text to a dossier (« extraction »): reads the text that pdftotext or a
// Word export gives for a délibération, its rapport and its convention into a typed `Dossier`,
// with the place every fact was read at and what was expected but not found.
//
// Compiled in subvention::io (link subvention::io). Never invents a value: a fact not found
// stays empty (or the model's blank form) and yields an `EXTRACT-…` finding; linear in the size
// of the text. Never throws on content; a failure of resources (std::bad_alloc) propagates, so
// that no dossier is returned with a document missing because its reading stopped.
//
// Encodings: each file is read as UTF-8 (a byte order mark is ignored). A file that is not
// valid UTF-8 is converted — Windows-1252, or ISO-8859-15 when its bytes say so, or UTF-16
// (with a byte order mark, or without one when its zero bytes show it) — and an
// `EXTRACT-ENCODING` warning names the encoding detected (and the line of the first byte that
// is not UTF-8); span columns then count bytes of the converted text. A file that is not text
// (a PDF, a Word document, binary data) is left out with an `EXTRACT-NOT-TEXT` warning.
//
// Word, OpenDocument and PDF files: read them first with io::read_document
// (subvention/io/document_file.hpp) and extract from the `io::DocumentText`s; each fact span
// then also says where the fact stands in the original file (`DocumentPlace`: page, or
// paragraph and characters), and what the reader noticed becomes a finding
// (EXTRACT-TRACKED-CHANGES, EXTRACT-COMMENTS, EXTRACT-PDF-NO-TEXT).
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <subvention/compliance/checker.hpp>
#include <subvention/compliance/diagnostic.hpp>
#include <subvention/dossier.hpp>
#include <subvention/io/document_file.hpp>
#include <subvention/provenance.hpp>

namespace subvention::text {

/// A range of the original text (« plage »): 1-based lines and columns, columns counted in
/// bytes of the original line (of the converted text for a file that was not UTF-8).
using Span = TextSpan;

/// Where a fact stands in a Word, OpenDocument or PDF file (« page 3 », « paragraphe 12,
/// caractères 40 à 52 »). Numbers are 1-based; 0 means « not applicable ».
struct DocumentPlace {
    std::uint32_t file = 0; ///< the file among those given (1 for a single file)
    io::DocumentFormat format = io::DocumentFormat::text;
    std::uint32_t page = 0;      ///< PDF: page of the fact's first character
    std::uint32_t paragraph = 0; ///< DOCX/ODT: paragraph of the fact's first character
    std::uint32_t table = 0;     ///< DOCX/ODT: its table, row and cell, when in a table
    std::uint32_t row = 0;
    std::uint32_t cell = 0;
    std::uint32_t first_char = 0; ///< DOCX/ODT: characters (code points) of that paragraph,
    std::uint32_t last_char = 0;  ///< when the fact ends in it (else 0: see the span)
    friend bool operator==(const DocumentPlace&, const DocumentPlace&) = default;
};

/// Where one fact was read: `path` is a JSON pointer into the dossier JSON
/// (subvention::io::to_json), as diagnostics use it (« /deliberation/vote/tallies/0/for »).
/// `place`: in the original document, when the fact comes from a DOCX, ODT or PDF file.
struct FactSpan {
    std::string path{};
    Span span{};
    std::optional<DocumentPlace> place = std::nullopt;
    friend bool operator==(const FactSpan&, const FactSpan&) = default;
};

/// Result of an extraction: the dossier found, one span per fact read, the `EXTRACT-…`
/// findings (info or warning: expected but not found, or not understood; the location says
/// where the extractor looked) and the documents found, in text order.
/// Finding rules: EXTRACT-NO-DOCUMENT, EXTRACT-DOCUMENT-REPEATED, EXTRACT-DOCUMENT-ABSENT,
/// EXTRACT-ENCODING, EXTRACT-NOT-TEXT, EXTRACT-TRACKED-CHANGES, EXTRACT-COMMENTS,
/// EXTRACT-PDF-NO-TEXT, and per document EXTRACT-DELIB-…, EXTRACT-RAPPORT-…,
/// EXTRACT-CONVENTION-….
struct Extraction {
    Dossier dossier{};
    std::vector<FactSpan> spans{};
    std::vector<compliance::Diagnostic> findings{};
    std::vector<DocumentKind> documents{};
};

/// Options of the extraction (none yet: reserved so that adding one does not break callers).
struct ExtractOptions {};

/// Extracts a dossier from the text of one file holding its documents in any order (any of
/// them may be absent). Text that holds no document gives an empty dossier and an
/// `EXTRACT-NO-DOCUMENT` warning. Throws std::bad_alloc when memory runs out.
[[nodiscard]] Extraction extract(std::string_view text, const ExtractOptions& = {});

/// Extracts one dossier from several files (« plusieurs fichiers »), each holding one or more of
/// its documents. Line numbers of spans count through the files in order as if they were
/// concatenated with a line break between them.
[[nodiscard]] Extraction extract(std::span<const std::string_view> files,
                                 const ExtractOptions& = {});

/// Extracts one dossier from files read by io::read_document, of any formats: a text file's
/// bytes are decoded as above; the text of a DOCX, ODT or PDF file is read as it is, its spans
/// get their `place` and its notices become findings. Lines are numbered as above through the
/// texts. Same results as the overload above for text files only.
[[nodiscard]] Extraction extract(std::span<const io::DocumentText> files,
                                 const ExtractOptions& = {});

/// The report of a check of an extracted dossier, qualified by what the extraction did not read
/// (« non vérifiable »): an error or a warning that rests on a fact the extraction reported as
/// not found, not understood or read in part (a finding `EXTRACT-…` at the same place of the
/// dossier, at a place inside it or around it; for the attendance, quorum and vote rules
/// VOTE-… and COI-…, any such finding on the attendance, the tally or the outcome) becomes an
/// info, its message prefixed with « Non vérifiable sur le texte lu (EXTRACT-… : …) » and
/// naming the severity it would have; its facts gain `unverified_because` and
/// `severity_if_confirmed`, its assumptions `extraction_may_have_missed_the_fact`. The summary
/// is counted again. A dossier whose extraction found everything (the seed) is unchanged: a
/// reader's miss never becomes a finding of illegality.
void qualify(compliance::Report& report, std::span<const compliance::Diagnostic> extraction);

} // namespace subvention::text
