// SPDX-License-Identifier: Apache-2.0
// subvention::text — the text toolkit of the extractors (internal): folding an extracted text to
// an accent-free upper-case key with a map back to the printed bytes, searching folded words,
// trimming and stripping punctuation, bullets, sentence and clause ends, numbers.
//
// Built on the Unicode layer of the value types (subvention/detail/text.hpp: decoding,
// character classes, the folding of one character) and on subvention/detail/ascii.hpp (spaces
// as bytes, `trim_spaces`). The extractors read normalised lines (extract_internal.hpp: single
// ASCII spaces, trimmed, every bullet written « - »); the contracts below say what they assume.
// Invalid UTF-8 never fails here: a byte that does not start a valid sequence is kept as is
// (the extractors' text is UTF-8, but a caller may cut it inside a character).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <subvention/detail/ascii.hpp>

namespace subvention::text::detail {

using subvention::detail::trim_spaces;

// ---------------------------------------------------------------------------------------------
// Folding

/// What a folded key makes of spaces and hyphens (the other characters fold alike in every
/// mode: accents and case removed, « œ » → « OE », apostrophes → « ' », « ° » → « O » so that
/// « N° » reads as « NO », invisible characters and combining marks dropped).
enum class Separators : std::uint8_t {
    /// Runs of spaces and hyphens become one ' ', none before the first character nor after the
    /// last: keys compared word by word (« Jean-Claude » = « Jean Claude »).
    collapse,
    /// Each space becomes ' ', each hyphen '-': the key keeps the printed layout.
    keep,
    /// Each space and each hyphen becomes ' ': spaces significant, hyphens as spaces.
    as_spaces,
};

/// A folded text with, for each byte of its key, the printed character it comes from.
struct FoldedText {
    std::string key;
    std::vector<std::size_t> begin; ///< key byte → first printed byte of its character
    std::vector<std::size_t> end;   ///< key byte → past the last printed byte of its character
    std::size_t printed_size = 0;   ///< bytes of the printed text

    /// Printed offset of key offset `k`: where the character of key byte `k` starts, the
    /// printed size for `k >= key.size()`. A separator inserted by `Separators::collapse`
    /// starts (and ends) where the next character starts.
    [[nodiscard]] std::size_t printed(std::size_t k) const {
        return k < key.size() ? begin[k] : printed_size;
    }
};

/// `s` folded as `sep` says, with its map to the printed bytes.
[[nodiscard]] FoldedText fold_with_offsets(std::string_view s,
                                           Separators sep = Separators::collapse);

/// The key of `fold_with_offsets(s, sep)`, of the code points that START in the first
/// `max_bytes` bytes of `s` (the last one may extend past them).
[[nodiscard]] std::string fold(std::string_view s, Separators sep = Separators::collapse,
                               std::size_t max_bytes = std::string_view::npos);

/// Whether `fold(text)` starts with `prefix` (already folded); only the beginning of `text` is
/// folded (folding never makes a text shorter than a third of its bytes).
[[nodiscard]] bool starts_folded(std::string_view text, std::string_view prefix);

/// When `text` starts with `label` (both folded with `Separators::collapse`; `label` ends at a
/// word end if its last character is a letter or a digit), the byte offset just past it and
/// past the spaces and one colon that follow (« Secrétaire : Mme X » → offset of « Mme »);
/// nullopt otherwise, and when the folded part of `text` is not valid UTF-8.
[[nodiscard]] std::optional<std::size_t> match_label(std::string_view text, std::string_view label);

// ---------------------------------------------------------------------------------------------
// Searching

/// Byte offset in `text` of the first occurrence of `needle`, both folded with
/// `Separators::collapse`, that starts a word (when the needle starts with a letter or a
/// digit, the byte before is no ASCII letter or digit); nullopt when none or the needle folds
/// to nothing. Linear in `text`.
[[nodiscard]] std::optional<std::size_t> find_folded(std::string_view text,
                                                     std::string_view needle);

/// A word character of a folded key: an ASCII letter or digit, or any non-ASCII byte.
[[nodiscard]] constexpr bool is_word_byte(char c) noexcept {
    return subvention::detail::is_ascii_alnum(c) || static_cast<unsigned char>(c) >= 0x80u;
}

/// How a searched word may end.
enum class WordEnd : std::uint8_t {
    whole,  ///< at a word end (« SOLDE » does not find « SOLDER »)
    prefix, ///< anywhere (« PLAFONN » finds « PLAFONNEE »)
};

/// Key offset of the first occurrence of `needle` (folded) in `key` at or after `from` with no
/// word byte (`is_word_byte`) before it and, for `WordEnd::whole`, none after it; npos when
/// none.
[[nodiscard]] std::size_t find_word(std::string_view key, std::string_view needle,
                                    std::size_t from = 0, WordEnd end = WordEnd::whole);

/// A match in a folded text: the printed byte range it covers.
struct PrintedRange {
    std::size_t begin = 0;
    std::size_t end = 0;
};

/// First occurrence of `needle` (folded with `Separators::collapse`) in `f` whose first
/// character starts at printed byte `from` or later, with no ASCII letter or digit before it
/// in the key (non-ASCII bytes, « « » or « € », are no word characters here; the end is free:
/// « AU TITRE DE » finds « AU TITRE DES »).
[[nodiscard]] std::optional<PrintedRange>
find_word_start(const FoldedText& f, std::string_view needle, std::size_t from = 0);

// ---------------------------------------------------------------------------------------------
// Trimming, quotes

/// `s` trimmed (`trim_spaces`), without the terminal punctuation of a sentence or a list item
/// (« . », « ; », « , », « : ») nor the spaces between those marks.
[[nodiscard]] std::string_view strip_terminal_punct(std::string_view s) noexcept;

/// Which « » closes a quotation.
enum class QuoteClose : std::uint8_t {
    first, ///< the first « » » after the « « »
    last,  ///< the last « » » of the text
};

/// The text between the first « « » at or after byte `from` and its closing « » », trimmed;
/// nullopt when either is missing.
[[nodiscard]] std::optional<std::string> quoted_text(std::string_view s, std::size_t from = 0,
                                                     QuoteClose close = QuoteClose::first);

// ---------------------------------------------------------------------------------------------
// Lines: bullets, sentences, axes

/// Bytes of a bullet character at `s[pos]` as PDF exports print them (« • », « ➢ », « ▪ »,
/// « ◦ », « – », « ● », Wingdings private-use glyphs), or of « - » / « * » followed by a blank
/// or the end; 0 when none.
[[nodiscard]] std::size_t bullet_at(std::string_view s, std::size_t pos);

/// Bytes of a bullet at the start of a line and of the one space after it: a lone mark (a
/// bullet whose text went to the next line) counts; « -x » is no bullet, but a Wingdings glyph
/// may be glued to its word. 0 when the line does not start with a bullet. (In a normalised
/// line every bullet is « - »: this is « - » + space → 2, « - » alone → 1.)
[[nodiscard]] std::size_t bullet_length(std::string_view line);

/// Whether `t`, trimmed, ends a sentence: « . », « : », « ! », « ? » or « … »; true when
/// nothing is left (no sentence is open).
[[nodiscard]] bool ends_sentence(std::string_view t);

/// Whether `t`, trimmed, ends a clause or a list item: « . », « : », « ; », « ! », « ? »
/// (« … » does not); false when nothing is left.
[[nodiscard]] bool ends_clause(std::string_view t);

/// Whether the first character of `s` is an upper-case letter or an ASCII digit.
[[nodiscard]] bool starts_capital_or_digit(std::string_view s);

/// Whether accents count when a word is recognised.
enum class Accents : std::uint8_t {
    ignored,     ///< compared folded (« Axé », « AXE », « axe » alike)
    significant, ///< ASCII letters of any case only (« Axé » is another word)
};

/// « Axe 2 : … »: the line starts with the word « Axe », one space (blanks, with
/// `Accents::significant`) and a digit. The convention compares it folded; the report's axis
/// headings are recognised as printed in ASCII.
[[nodiscard]] bool is_axis_line(std::string_view line, Accents accents);

// ---------------------------------------------------------------------------------------------
// Numbers

/// Whether `s` is non-empty and all ASCII digits.
[[nodiscard]] bool all_digits(std::string_view s) noexcept;

/// A count at key offset `pos` of a folded key, written in figures (up to six digits) or in
/// words (« UN », « UNE », « DEUX » … « DIX », « DOUZE »), ending at a word end; nullopt when
/// none.
[[nodiscard]] std::optional<std::uint32_t> count_at(std::string_view key, std::size_t pos);

/// The run of digits and hyphens at byte `p` of `t`, trailing hyphens excluded (« 2014-856 » of
/// a deliberation number), possibly empty.
[[nodiscard]] std::string_view number_token_at(std::string_view t, std::size_t p) noexcept;

} // namespace subvention::text::detail
