// SPDX-License-Identifier: Apache-2.0
// subvention::text — the extractors' text toolkit (toolkit.hpp).
#include "toolkit.hpp"

#include <algorithm>
#include <array>
#include <utility>

#include <subvention/detail/text.hpp>

namespace subvention::text::detail {

namespace {

namespace tx = subvention::detail::text;
using subvention::detail::is_ascii_alnum;
using subvention::detail::is_digit;

/// The folding loop of every mode. Folds the code points of `s` that start before `limit`,
/// stopping once the key holds `max_key` bytes; with `offsets`, records the printed range of
/// each key byte. Returns the printed offset reached, or nullopt at the first invalid sequence
/// when `strict` (otherwise such a byte is kept as is).
std::optional<std::size_t> fold_into(std::string_view s, std::size_t limit, std::size_t max_key,
                                     Separators sep, bool strict, FoldedText& f, bool offsets) {
    limit = std::min(limit, s.size());
    bool pending_space = false; // Separators::collapse: a separator not yet written
    std::size_t i = 0;
    auto record = [&](std::size_t b, std::size_t e) { // the key bytes just appended
        if (offsets) {
            f.begin.resize(f.key.size(), b);
            f.end.resize(f.key.size(), e);
        }
    };
    while (i < limit && f.key.size() < max_key) {
        const std::size_t start = i;
        const auto cp = tx::decode(s, i);
        if (!cp) {
            if (strict)
                return std::nullopt;
            i = start + 1;
        }
        char32_t c = cp ? *cp : 0;
        if (cp && (tx::is_ignorable(c) || tx::is_combining(c)))
            continue;
        if (cp && (tx::is_space(c) || tx::is_hyphen(c))) {
            if (sep == Separators::collapse) {
                pending_space = true;
                continue;
            }
            f.key += (sep == Separators::keep && tx::is_hyphen(c)) ? '-' : ' ';
            record(start, i);
            continue;
        }
        if (pending_space && !f.key.empty()) {
            f.key += ' ';
            record(start, start);
        }
        pending_space = false;
        if (!cp)
            f.key += s[start];
        else if (tx::is_apostrophe(c))
            f.key += '\'';
        else if (c == 0xB0u) // « N° » and « No » read alike
            f.key += 'O';
        else
            tx::append_folded(f.key, c);
        record(start, i);
    }
    return i;
}

/// Bullet characters of PDF exports (any of them at the start of a line is a bullet).
constexpr std::array<std::string_view, 9> kBulletGlyphs = {
    "\xE2\x80\xA2", // • U+2022
    "\xE2\x9E\xA2", // ➢ U+27A2
    "\xE2\x96\xAA", // ▪ U+25AA
    "\xE2\x97\xA6", // ◦ U+25E6
    "\xE2\x80\x93", // – U+2013
    "\xEF\x82\xA7", // U+F0A7 (Wingdings §)
    "\xEF\x82\xB7", // U+F0B7 (Wingdings •)
    "\xEF\x83\x98", // U+F0D8 (Wingdings ➢)
    "\xE2\x97\x8F", // ● U+25CF
};

} // namespace

FoldedText fold_with_offsets(std::string_view s, Separators sep) {
    FoldedText f;
    f.printed_size = s.size();
    f.key.reserve(s.size());
    f.begin.reserve(s.size());
    f.end.reserve(s.size());
    (void)fold_into(s, s.size(), std::string::npos, sep, false, f, true);
    return f;
}

std::string fold(std::string_view s, Separators sep, std::size_t max_bytes) {
    FoldedText f;
    f.key.reserve(std::min(s.size(), max_bytes));
    (void)fold_into(s, max_bytes, std::string::npos, sep, false, f, false);
    return std::move(f.key);
}

bool starts_folded(std::string_view text, std::string_view prefix) {
    return fold(text.substr(0, std::min(text.size(), prefix.size() * 3 + 8))).starts_with(prefix);
}

std::optional<std::size_t> match_label(std::string_view text, std::string_view label) {
    const std::string key = fold(label);
    if (key.empty())
        return std::nullopt;
    FoldedText folded;
    const auto reached =
        fold_into(text, text.size(), key.size(), Separators::collapse, true, folded, false);
    if (!reached || folded.key != key)
        return std::nullopt;
    std::size_t i = *reached;
    // Word boundary: « Article 1 » does not match « Article 12 ».
    if (is_ascii_alnum(key.back()) && i < text.size() && is_ascii_alnum(text[i]))
        return std::nullopt;
    i = subvention::detail::skip_spaces(text, i);
    if (i < text.size() && text[i] == ':')
        i = subvention::detail::skip_spaces(text, i + 1);
    return i;
}

std::optional<std::size_t> find_folded(std::string_view text, std::string_view needle) {
    const std::string key = fold(needle);
    if (key.empty())
        return std::nullopt;
    // Candidates: starts of code points whose folded first letter is the key's first letter.
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto b = static_cast<unsigned char>(text[i]);
        if ((b & 0xC0u) == 0x80u)
            continue; // continuation byte
        if (b < 0x80u && subvention::detail::ascii_upper(text[i]) != key.front())
            continue;
        if (i > 0 && is_ascii_alnum(key.front()) && is_ascii_alnum(text[i - 1]))
            continue; // not at the start of a word
        const auto window = text.substr(i, std::min(text.size() - i, key.size() * 4 + 8));
        if (fold(window).starts_with(key))
            return i;
    }
    return std::nullopt;
}

std::size_t find_word(std::string_view key, std::string_view needle, std::size_t from,
                      WordEnd end) {
    for (std::size_t pos = key.find(needle, from); pos != std::string_view::npos;
         pos = key.find(needle, pos + 1)) {
        const bool left = pos == 0 || !is_word_byte(key[pos - 1]);
        const std::size_t stop = pos + needle.size();
        const bool right = end == WordEnd::prefix || stop >= key.size() || !is_word_byte(key[stop]);
        if (left && right)
            return pos;
    }
    return std::string_view::npos;
}

std::optional<PrintedRange> find_word_start(const FoldedText& f, std::string_view needle,
                                            std::size_t from) {
    if (needle.empty() || f.key.empty())
        return std::nullopt;
    std::size_t k = 0;
    while (k < f.begin.size() && f.begin[k] < from)
        ++k;
    const std::string_view key = f.key;
    while (true) {
        const auto pos = key.find(needle, k);
        if (pos == std::string_view::npos)
            return std::nullopt;
        if (pos == 0 || !is_ascii_alnum(key[pos - 1]))
            return PrintedRange{f.begin[pos], f.end[pos + needle.size() - 1]};
        k = pos + 1;
    }
}

std::string_view strip_terminal_punct(std::string_view s) noexcept {
    s = trim_spaces(s);
    while (!s.empty() && (s.back() == '.' || s.back() == ';' || s.back() == ',' || s.back() == ':'))
        s = trim_spaces(s.substr(0, s.size() - 1));
    return s;
}

std::optional<std::string> quoted_text(std::string_view s, std::size_t from, QuoteClose close) {
    constexpr std::string_view open_mark = "\xC2\xAB";  // «
    constexpr std::string_view close_mark = "\xC2\xBB"; // »
    const auto open = s.find(open_mark, from);
    if (open == std::string_view::npos)
        return std::nullopt;
    const auto inside = open + open_mark.size();
    const auto end = close == QuoteClose::first ? s.find(close_mark, inside) : s.rfind(close_mark);
    if (end == std::string_view::npos || end < inside)
        return std::nullopt;
    return std::string(trim_spaces(s.substr(inside, end - inside)));
}

std::size_t bullet_at(std::string_view s, std::size_t pos) {
    const auto rest = s.substr(std::min(pos, s.size()));
    for (const auto b : kBulletGlyphs)
        if (rest.starts_with(b))
            return b.size();
    if (!rest.empty() && (rest[0] == '-' || rest[0] == '*') &&
        (rest.size() == 1 || subvention::detail::space_at(rest, 1) != 0))
        return 1;
    return 0;
}

std::size_t bullet_length(std::string_view line) {
    auto mark = [&](std::string_view b) -> std::size_t {
        if (!line.starts_with(b))
            return 0;
        if (line.size() == b.size())
            return b.size();
        if (line[b.size()] == ' ')
            return b.size() + 1;
        // A Wingdings glyph may be glued to the word; « -x » is not a bullet.
        return b[0] == '\xEF' ? b.size() : 0;
    };
    for (const std::string_view b : {std::string_view("-"), std::string_view("*")})
        if (const auto n = mark(b))
            return n;
    for (const auto b : kBulletGlyphs)
        if (const auto n = mark(b))
            return n;
    return 0;
}

bool ends_sentence(std::string_view t) {
    t = trim_spaces(t);
    if (t.empty())
        return true;
    const char c = t.back();
    return c == '.' || c == ':' || c == '!' || c == '?' || t.ends_with("\xE2\x80\xA6");
}

bool ends_clause(std::string_view t) {
    t = trim_spaces(t);
    if (t.empty())
        return false;
    const char c = t.back();
    return c == '.' || c == ':' || c == ';' || c == '!' || c == '?';
}

bool starts_capital_or_digit(std::string_view s) {
    if (s.empty())
        return false;
    if (is_digit(s[0]))
        return true;
    std::size_t i = 0;
    const auto cp = tx::decode(s, i);
    return cp && tx::is_upper(*cp);
}

bool is_axis_line(std::string_view line, Accents accents) {
    if (accents == Accents::significant) {
        if (line.size() < 3 || subvention::detail::ascii_upper(line[0]) != 'A' ||
            subvention::detail::ascii_upper(line[1]) != 'X' ||
            subvention::detail::ascii_upper(line[2]) != 'E')
            return false;
        const std::size_t p = subvention::detail::skip_spaces(line, 3);
        return p > 3 && p < line.size() && is_digit(line[p]);
    }
    const std::string k =
        fold(line.substr(0, std::min<std::size_t>(line.size(), 12)), Separators::keep);
    return k.starts_with("AXE ") && k.size() > 4 && is_digit(k[4]);
}

bool all_digits(std::string_view s) noexcept {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return is_digit(c); });
}

std::optional<std::uint32_t> count_at(std::string_view key, std::size_t pos) {
    std::uint32_t n = 0;
    std::size_t i = pos;
    while (i < key.size() && is_digit(key[i]) && i - pos < 6) {
        n = n * 10 + static_cast<std::uint32_t>(key[i] - '0');
        ++i;
    }
    if (i > pos)
        return (i >= key.size() || !is_word_byte(key[i])) ? std::optional{n} : std::nullopt;
    static constexpr std::array<std::pair<std::string_view, std::uint32_t>, 12> words = {{
        {"UN", 1},
        {"UNE", 1},
        {"DEUX", 2},
        {"TROIS", 3},
        {"QUATRE", 4},
        {"CINQ", 5},
        {"SIX", 6},
        {"SEPT", 7},
        {"HUIT", 8},
        {"NEUF", 9},
        {"DIX", 10},
        {"DOUZE", 12},
    }};
    for (const auto& [w, v] : words)
        if (key.substr(pos).starts_with(w) &&
            (pos + w.size() >= key.size() || !is_word_byte(key[pos + w.size()])))
            return v;
    return std::nullopt;
}

std::string_view number_token_at(std::string_view t, std::size_t p) noexcept {
    if (p >= t.size())
        return {};
    std::size_t q = p;
    while (q < t.size() && (is_digit(t[q]) || t[q] == '-'))
        ++q;
    while (q > p && t[q - 1] == '-')
        --q;
    return t.substr(p, q - p);
}

} // namespace subvention::text::detail
