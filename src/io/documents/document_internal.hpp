// SPDX-License-Identifier: Apache-2.0
// subvention::io — what the document readers share (docx.cpp, odt.cpp, pdf.cpp): the text being
// built with its line map, the bounded reading of a ZIP archive (libzip) and of its XML entries
// (pugixml). Internal to the library.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <pugixml.hpp>
#include <string>
#include <string_view>
#include <vector>

#include <subvention/io/document_file.hpp>
#include <subvention/result.hpp>

struct zip;

namespace subvention::io::documents {

/// Appends the text of paragraphs, one line each, and remembers where each line comes from.
class TextBuilder {
public:
    explicit TextBuilder(std::uint64_t max_bytes)
        : max_bytes_(max_bytes) {}

    /// Starts a paragraph at `where` (its table, row and cell); returns its number.
    std::uint32_t begin_paragraph(LineOrigin where);
    /// A rendered list number (« 1. », « - ») at the start of the current line: not part of
    /// the paragraph's text, so not counted in its characters.
    void label(std::string_view utf8);
    /// Text of the paragraph; line breaks in it (CR, LF, FF, VT) become spaces.
    void append(std::string_view utf8);
    /// ODF text: runs of white space (space, tab, CR, LF) count as one space, none at the start
    /// of the paragraph (ODF 1.3 part 3, §6.1.2).
    void append_collapsed(std::string_view utf8);
    void line_break();
    void end_paragraph() noexcept { open_ = false; }

    /// 1-based number of the line being written (0 before the first paragraph).
    [[nodiscard]] std::uint32_t line() const noexcept {
        return static_cast<std::uint32_t>(lines_.size());
    }
    [[nodiscard]] LineOrigin origin() const {
        return lines_.empty() ? LineOrigin{} : lines_.back();
    }
    /// Characters written in the current paragraph so far.
    [[nodiscard]] std::uint32_t paragraph_chars() const noexcept { return chars_; }
    /// The text outgrew `max_bytes` (it stopped growing there).
    [[nodiscard]] bool overflow() const noexcept { return overflow_; }

    [[nodiscard]] DocumentText finish(DocumentFormat format) &&;

private:
    void new_line(LineOrigin o);
    void put(std::string_view s);

    std::uint64_t max_bytes_;
    std::string text_;
    std::vector<LineOrigin> lines_;
    std::uint32_t paragraphs_ = 0;
    std::uint32_t chars_ = 0;
    bool open_ = false;
    bool space_pending_ = false; ///< append_collapsed: a space is owed before the next text
    bool overflow_ = false;
};

/// `s` cut to at most `max` bytes at a character boundary, with « … » when cut; line breaks
/// and tabs become spaces.
[[nodiscard]] std::string shorten(std::string_view s, std::size_t max = 80);

/// An `ErrorKind` error naming the file `name`.
[[nodiscard]] Error document_error(ErrorKind kind, std::string_view name, std::string message);

/// A ZIP archive read from memory, each entry read whole within a shared budget.
class ZipArchive {
public:
    /// Opens `bytes` (which must outlive the archive): an error names the file and libzip's
    /// reason, or the limit on entries.
    static Result<ZipArchive> open(std::string_view bytes, std::string_view name,
                                   const DocumentOptions& options);
    /// Opens without reporting why it fails (format detection).
    static std::optional<ZipArchive> try_open(std::string_view bytes);

    [[nodiscard]] bool has(const char* entry) const;
    /// The entry's bytes; an error names the entry (absent, corrupt, over the budget).
    [[nodiscard]] Result<std::string> read(const char* entry);
    /// The entry's bytes if it exists and holds at most `max` bytes (format detection).
    [[nodiscard]] std::optional<std::string> read_small(const char* entry, std::uint64_t max);

private:
    struct Close {
        void operator()(zip* z) const noexcept;
    };
    ZipArchive(zip* z, std::string name, std::uint64_t budget)
        : zip_(z)
        , name_(std::move(name))
        , budget_(budget) {}
    std::unique_ptr<zip, Close> zip_;
    std::string name_;
    std::uint64_t budget_; ///< bytes that may still be decompressed
};

/// Parses the XML entry `entry` of the file `name`: an error gives the byte and line of the
/// fault. White-space-only text is kept (Word's « <w:t xml:space="preserve"> </w:t> »).
[[nodiscard]] Result<std::unique_ptr<pugi::xml_document>>
parse_xml(const std::string& bytes, std::string_view name, const char* entry);

/// The XML entry `entry` of the archive, read and parsed (`parse_xml`); its bytes are freed once
/// parsed.
[[nodiscard]] Result<std::unique_ptr<pugi::xml_document>>
read_xml_entry(ZipArchive& zip, std::string_view name, const char* entry);

/// The error of an XML tree nested deeper than the limit.
[[nodiscard]] Error too_deep(std::string_view name, const char* entry, std::uint32_t max_depth);

/// `value` as an unsigned number when it is one (decimal digits, at most 9 of them).
[[nodiscard]] std::optional<std::uint32_t> parse_count(std::string_view value) noexcept;

/// A list number written as `format` says: « 1 », « a », « A », « i », « I » (ODF style
/// formats; Word's names are mapped onto them).
[[nodiscard]] std::string format_number(std::uint32_t n, std::string_view format);

} // namespace subvention::io::documents
