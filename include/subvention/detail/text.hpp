// SPDX-License-Identifier: Apache-2.0
// subvention — the Unicode text toolkit of the value layer (internal, header-only): strict UTF-8
// decoding and encoding, character classes (spaces of every kind, hyphens, apostrophes,
// combining marks, invisible characters, letters and their case), and folding to an accent-free
// upper-case key (« Période » → « PERIODE », « œ » → « OE »).
//
// Texts come out of PDF text extraction or spreadsheets: runs of spaces, line breaks inside a
// name (« M. Jean-⏎Louis COTTIGNY »), no-break spaces, soft hyphens, typographic apostrophes,
// the same word with or without accents or in capitals. From a text these helpers build
//  - a *tidy* form (whitespace collapsed, otherwise as printed) and
//  - a *key* (accents removed, upper case, hyphens and spaces equivalent) used for matching.
// Byte-level ASCII helpers (spaces as bytes, trimming) are in ascii.hpp; the folding of whole
// extracted documents, with a map back to the printed text, is in src/text/toolkit.hpp.
#pragma once

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace subvention::detail::text {

/// Decodes the UTF-8 code point at `s[i]` and advances `i`; nullopt on malformed input
/// (truncated sequence, overlong form, surrogate, value above U+10FFFF). Precondition: i < size.
[[nodiscard]] inline std::optional<char32_t> decode(std::string_view s, std::size_t& i) noexcept {
    const auto b0 = static_cast<unsigned char>(s[i]);
    if (b0 < 0x80u) {
        ++i;
        return static_cast<char32_t>(b0);
    }
    std::size_t len = 0;
    char32_t cp = 0;
    char32_t min = 0;
    if ((b0 & 0xE0u) == 0xC0u) {
        len = 2;
        cp = static_cast<char32_t>(b0 & 0x1Fu);
        min = 0x80;
    } else if ((b0 & 0xF0u) == 0xE0u) {
        len = 3;
        cp = static_cast<char32_t>(b0 & 0x0Fu);
        min = 0x800;
    } else if ((b0 & 0xF8u) == 0xF0u) {
        len = 4;
        cp = static_cast<char32_t>(b0 & 0x07u);
        min = 0x10000;
    } else {
        return std::nullopt;
    }
    if (s.size() - i < len)
        return std::nullopt;
    for (std::size_t k = 1; k < len; ++k) {
        const auto b = static_cast<unsigned char>(s[i + k]);
        if ((b & 0xC0u) != 0x80u)
            return std::nullopt;
        cp = (cp << 6u) | static_cast<char32_t>(b & 0x3Fu);
    }
    if (cp < min || cp > 0x10FFFFu || (cp >= 0xD800u && cp <= 0xDFFFu))
        return std::nullopt;
    i += len;
    return cp;
}

/// Appends `cp` encoded in UTF-8.
inline void append_utf8(std::string& out, char32_t cp) {
    if (cp < 0x80u) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800u) {
        out += static_cast<char>(0xC0u | (cp >> 6u));
        out += static_cast<char>(0x80u | (cp & 0x3Fu));
    } else if (cp < 0x10000u) {
        out += static_cast<char>(0xE0u | (cp >> 12u));
        out += static_cast<char>(0x80u | ((cp >> 6u) & 0x3Fu));
        out += static_cast<char>(0x80u | (cp & 0x3Fu));
    } else {
        out += static_cast<char>(0xF0u | (cp >> 18u));
        out += static_cast<char>(0x80u | ((cp >> 12u) & 0x3Fu));
        out += static_cast<char>(0x80u | ((cp >> 6u) & 0x3Fu));
        out += static_cast<char>(0x80u | (cp & 0x3Fu));
    }
}

/// Spaces of any kind: ASCII, no-break (U+00A0), narrow no-break (U+202F), typographic spaces.
[[nodiscard]] constexpr bool is_space(char32_t c) noexcept {
    return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == U'\f' || c == U'\v' ||
           c == 0xA0u || c == 0x1680u || (c >= 0x2000u && c <= 0x200Au) || c == 0x2028u ||
           c == 0x2029u || c == 0x202Fu || c == 0x205Fu || c == 0x3000u;
}

/// A line break (an extracted "Jean-⏎Louis" is a name split across lines, not two words).
[[nodiscard]] constexpr bool is_line_break(char32_t c) noexcept {
    return c == U'\n' || c == U'\r' || c == 0x2028u || c == 0x2029u;
}

/// Invisible characters dropped everywhere: soft hyphen, zero-width spaces and joiners, BOM.
[[nodiscard]] constexpr bool is_ignorable(char32_t c) noexcept {
    return c == 0xADu || (c >= 0x200Bu && c <= 0x200Du) || c == 0x2060u || c == 0xFEFFu;
}

/// Hyphen-like characters found in composed names ("Jean‑Claude" with U+2011…).
[[nodiscard]] constexpr bool is_hyphen(char32_t c) noexcept {
    return c == U'-' || (c >= 0x2010u && c <= 0x2013u) || c == 0x2212u || c == 0xFE63u ||
           c == 0xFF0Du;
}

/// Apostrophe-like characters ("D’HAENE", "D'HAENE").
[[nodiscard]] constexpr bool is_apostrophe(char32_t c) noexcept {
    return c == U'\'' || c == 0x2019u || c == 0x2018u || c == 0x02BCu || c == 0xB4u || c == U'`' ||
           c == 0x2032u;
}

/// Combining diacritical marks (decomposed "É" = "E" + U+0301).
[[nodiscard]] constexpr bool is_combining(char32_t c) noexcept {
    return c >= 0x300u && c <= 0x36Fu;
}

/// Lower-case letter (ASCII, Latin-1 Supplement, Latin Extended-A: the French alphabet and the
/// neighbouring European letters found in names).
[[nodiscard]] constexpr bool is_lower(char32_t c) noexcept {
    if (c >= U'a' && c <= U'z')
        return true;
    if (c >= 0xDFu && c <= 0xFFu)
        return c != 0xF7u;
    if (c >= 0x100u && c <= 0x17Fu) {
        if (c <= 0x137u)
            return (c & 1u) == 1u;
        if (c == 0x138u)
            return true;
        if (c <= 0x148u)
            return (c & 1u) == 0u;
        if (c == 0x149u)
            return true;
        if (c <= 0x177u)
            return (c & 1u) == 1u;
        if (c == 0x178u)
            return false;
        if (c <= 0x17Eu)
            return (c & 1u) == 0u;
        return true; // U+017F long s
    }
    return false;
}

/// Upper-case letter (same repertoire as `is_lower`).
[[nodiscard]] constexpr bool is_upper(char32_t c) noexcept {
    if (c >= U'A' && c <= U'Z')
        return true;
    if (c >= 0xC0u && c <= 0xDEu)
        return c != 0xD7u;
    if (c >= 0x100u && c <= 0x17Fu)
        return !is_lower(c);
    return false;
}

/// A letter: cased Latin letters, or any other code point outside punctuation/space blocks
/// (caseless scripts are accepted as letters so that such names are not rejected).
[[nodiscard]] constexpr bool is_letter(char32_t c) noexcept {
    if (is_lower(c) || is_upper(c))
        return true;
    if (c < 0x180u)
        return false;
    return !is_space(c) && !is_hyphen(c) && !is_apostrophe(c) && !is_combining(c) &&
           !is_ignorable(c) && !(c >= 0x2000u && c <= 0x206Fu);
}

/// Appends the accent-free upper-case ASCII form of `c` (É → E, œ → OE, ß → SS); code points
/// outside Latin-1 / Latin Extended-A are appended unchanged.
inline void append_folded(std::string& out, char32_t c) {
    // Base letters of U+00C0..U+00DF; '?' marks multi-letter or non-letter entries.
    constexpr std::string_view latin1 = "AAAAAA?CEEEEIIIIDNOOOOO?OUUUUY??";
    // Base letters of U+0100..U+017F, two per upper/lower pair (see Unicode chart "Latin
    // Extended-A"); '?' marks the ligatures Ĳ/ĳ and Œ/œ.
    constexpr std::string_view ext_a = "AAAAAACCCCCCCCDD"
                                       "DDEEEEEEEEEEGGGG"
                                       "GGGGHHHHIIIIIIII"
                                       "II??JJKKKLLLLLLL"
                                       "LLLNNNNNNNNNOOOO"
                                       "OO??RRRRRRSSSSSS"
                                       "SSTTTTTTUUUUUUUU"
                                       "UUUUWWYYYZZZZZZS";
    if (c >= U'a' && c <= U'z') {
        out += static_cast<char>(c - 0x20u);
        return;
    }
    if (c < 0x80u) {
        out += static_cast<char>(c);
        return;
    }
    if (c >= 0xC0u && c <= 0xFFu) {
        if (c == 0xFFu) {
            out += 'Y';
            return;
        }
        const auto idx = static_cast<std::size_t>(c >= 0xE0u ? c - 0xE0u : c - 0xC0u);
        const char base = latin1[idx];
        if (base != '?') {
            out += base;
            return;
        }
        switch (idx) {
        case 0x06u:
            out += "AE";
            return;
        case 0x1Eu:
            out += "TH";
            return;
        case 0x1Fu:
            out += "SS";
            return;
        default:
            append_utf8(out, c); // × and ÷ are not letters: keep them
            return;
        }
    }
    if (c >= 0x100u && c <= 0x17Fu) {
        const char base = ext_a[static_cast<std::size_t>(c - 0x100u)];
        if (base != '?') {
            out += base;
        } else {
            out += (c <= 0x133u) ? "IJ" : "OE";
        }
        return;
    }
    append_utf8(out, c);
}

/// How `tidy` treats a space next to a hyphen.
enum class TidyMode {
    name, ///< remove spaces around hyphens ("Jean- Louis" → "Jean-Louis"): in a person's name
          ///< a hyphen is never a separator, and PDF extraction breaks lines after it
    text, ///< remove only a line break right after an ASCII hyphen ("Pas-de-⏎Calais")
};

/// Whitespace-normalised copy: runs of any whitespace become one ASCII space, leading and
/// trailing whitespace and invisible characters are dropped; everything else as printed.
/// nullopt when `s` is not valid UTF-8.
[[nodiscard]] inline std::optional<std::string> tidy(std::string_view s, TidyMode mode) {
    std::string out;
    out.reserve(s.size());
    bool pending_space = false;
    bool pending_break = false;
    char32_t last = 0;
    std::size_t i = 0;
    while (i < s.size()) {
        const auto cp = decode(s, i);
        if (!cp)
            return std::nullopt;
        const char32_t c = *cp;
        if (is_ignorable(c))
            continue;
        if (is_space(c)) {
            pending_space = true;
            pending_break = pending_break || is_line_break(c);
            continue;
        }
        if (pending_space && !out.empty()) {
            const bool join = mode == TidyMode::name
                                  ? (is_hyphen(last) || is_hyphen(c))
                                  : (pending_break && (last == U'-' || last == 0x2010u));
            if (!join)
                out += ' ';
        }
        pending_space = false;
        pending_break = false;
        append_utf8(out, c);
        last = c;
    }
    return out;
}

/// Matching key: accents and case folded, combining marks and invisible characters dropped,
/// hyphens treated as spaces ("Jean-Claude" = "Jean Claude"), apostrophes unified, whitespace
/// collapsed. nullopt when `s` is not valid UTF-8.
[[nodiscard]] inline std::optional<std::string> fold_key(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    bool pending_space = false;
    std::size_t i = 0;
    while (i < s.size()) {
        const auto cp = decode(s, i);
        if (!cp)
            return std::nullopt;
        char32_t c = *cp;
        if (is_ignorable(c) || is_combining(c))
            continue;
        if (is_space(c) || is_hyphen(c)) {
            pending_space = true;
            continue;
        }
        if (is_apostrophe(c))
            c = U'\'';
        if (pending_space && !out.empty())
            out += ' ';
        pending_space = false;
        append_folded(out, c);
    }
    return out;
}

/// Splits a tidy string (single ASCII spaces) into its words.
[[nodiscard]] inline std::vector<std::string_view> words(std::string_view tidy_text) {
    std::vector<std::string_view> out;
    std::size_t start = 0;
    while (start < tidy_text.size()) {
        const auto end = tidy_text.find(' ', start);
        const auto stop = end == std::string_view::npos ? tidy_text.size() : end;
        if (stop > start)
            out.push_back(tidy_text.substr(start, stop - start));
        start = stop + 1;
    }
    return out;
}

/// Joins words with single spaces.
[[nodiscard]] inline std::string join(const std::vector<std::string_view>& ws, std::size_t from,
                                      std::size_t to) {
    std::string out;
    for (std::size_t k = from; k < to; ++k) {
        if (!out.empty())
            out += ' ';
        out += ws[k];
    }
    return out;
}

/// Whether `word` contains at least one letter and no lower-case letter ("DUPORGE",
/// "HINGREZ-CÉRÉDA"). An elided lower-case particle prefix ("d'", "d’", "l'") is ignored
/// ("d'ALMEIDA" is a surname word).
[[nodiscard]] inline bool is_upper_word(std::string_view word) {
    std::size_t i = 0;
    // Skip an elided particle: one or two lower-case ASCII letters followed by an apostrophe.
    for (std::size_t k = 0; k < word.size() && k < 3; ++k) {
        std::size_t j = k;
        const auto cp = decode(word, j);
        if (!cp)
            return false;
        if (is_apostrophe(*cp)) {
            if (k > 0)
                i = j;
            break;
        }
        if (!(*cp >= U'a' && *cp <= U'z'))
            break;
    }
    bool letter = false;
    while (i < word.size()) {
        const auto cp = decode(word, i);
        if (!cp)
            return false;
        if (is_lower(*cp))
            return false;
        letter = letter || is_letter(*cp);
    }
    return letter;
}

/// Whether the (tidy) text contains at least one letter.
[[nodiscard]] inline bool has_letter(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size()) {
        const auto cp = decode(s, i);
        if (!cp)
            return false;
        if (is_letter(*cp))
            return true;
    }
    return false;
}

/// Levenshtein distance between two byte strings (insertions, deletions, substitutions of one
/// byte each): the « did you mean » of the SCDL validator's column names and of the rules files'
/// fact names.
[[nodiscard]] inline std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> prev(b.size() + 1);
    std::vector<std::size_t> cur(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        prev[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j)
            cur[j] = std::min(
                {prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0U : 1U)});
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

} // namespace subvention::detail::text
