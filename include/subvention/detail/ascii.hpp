// SPDX-License-Identifier: Apache-2.0
// subvention — shared character helpers for every parser (ASCII classification; spaces incl.
// the French no-break spaces). One definition each: parsers must not redefine these names.
#pragma once

#include <cstddef>
#include <string_view>

namespace subvention::detail {

[[nodiscard]] constexpr unsigned char byte_at(std::string_view s, std::size_t pos) noexcept {
    return pos < s.size() ? static_cast<unsigned char>(s[pos]) : 0;
}
[[nodiscard]] constexpr bool is_digit(char c) noexcept {
    return c >= '0' && c <= '9';
}
[[nodiscard]] constexpr bool is_ascii_alpha(char c) noexcept {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
[[nodiscard]] constexpr bool is_ascii_alnum(char c) noexcept {
    return is_digit(c) || is_ascii_alpha(c);
}
[[nodiscard]] constexpr char ascii_lower(char c) noexcept {
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

/// Bytes of the blank starting at `pos`: ASCII blanks, U+00A0 (no-break space), U+2000–U+200A
/// (typographic spaces, incl. thin space) and U+202F (narrow no-break space, the French
/// typographic space). 0 when there is none.
[[nodiscard]] constexpr std::size_t space_at(std::string_view s, std::size_t pos) noexcept {
    if (pos >= s.size())
        return 0;
    const char c = s[pos];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v')
        return 1;
    const unsigned char b0 = byte_at(s, pos);
    if (b0 == 0xC2 && byte_at(s, pos + 1) == 0xA0)
        return 2;
    if (b0 == 0xE2 && byte_at(s, pos + 1) == 0x80) {
        const unsigned char b2 = byte_at(s, pos + 2);
        if ((b2 >= 0x80 && b2 <= 0x8A) || b2 == 0xAF)
            return 3;
    }
    return 0;
}

/// Bytes of the blank ending just before `pos` (0 when there is none).
[[nodiscard]] constexpr std::size_t space_before(std::string_view s, std::size_t pos) noexcept {
    for (std::size_t len = 1; len <= 3 && len <= pos; ++len)
        if (space_at(s, pos - len) == len)
            return len;
    return 0;
}

[[nodiscard]] constexpr std::size_t skip_spaces(std::string_view s, std::size_t pos) noexcept {
    while (const std::size_t n = space_at(s, pos))
        pos += n;
    return pos;
}

[[nodiscard]] constexpr std::size_t skip_spaces_back(std::string_view s, std::size_t pos) noexcept {
    while (const std::size_t n = space_before(s, pos))
        pos -= n;
    return pos;
}

[[nodiscard]] constexpr bool is_ascii_upper(char c) noexcept {
    return c >= 'A' && c <= 'Z';
}
[[nodiscard]] constexpr char ascii_upper(char c) noexcept {
    return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
}

/// `s` without leading and trailing blanks (see `space_at`).
[[nodiscard]] constexpr std::string_view trim_spaces(std::string_view s) noexcept {
    const std::size_t b = skip_spaces(s, 0);
    const std::size_t e = skip_spaces_back(s, s.size());
    return b >= e ? std::string_view{} : s.substr(b, e - b);
}

} // namespace subvention::detail
