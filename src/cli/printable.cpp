// SPDX-License-Identifier: Apache-2.0
// Text output of user-provided strings (grantor names, labels, file names) on a terminal.
#include <cstdint>
#include <string>
#include <string_view>

#include "cli.hpp"

namespace subvention::cli {
namespace {

/// « \x1b » below U+0080, « \u0085 » above (every escaped code point is below U+10000).
std::string hex_escape(std::uint32_t cp) {
    constexpr std::string_view digits = "0123456789abcdef";
    std::string out = cp < 0x80 ? "\\x" : "\\u";
    for (int shift = cp < 0x80 ? 4 : 12; shift >= 0; shift -= 4)
        out += digits[(cp >> static_cast<unsigned>(shift)) & 0xFU];
    return out;
}

/// Code points a terminal acts on, or that reorder or break the line: C0, DEL, C1, the line
/// and paragraph separators and the bidirectional controls.
bool is_control(std::uint32_t cp) {
    return cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F) || cp == 0x200E || cp == 0x200F ||
           (cp >= 0x2028 && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

} // namespace

std::string printable(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    std::size_t i = 0;
    while (i < s.size()) {
        const auto b = static_cast<unsigned char>(s[i]);
        std::size_t len = 1;
        std::uint32_t cp = b;
        if (b >= 0x80) {
            len = b >= 0xF0 && b <= 0xF4   ? 4
                  : b >= 0xE0 && b <= 0xEF ? 3
                  : b >= 0xC2 && b <= 0xDF ? 2
                                           : 0;
            bool ok = len != 0 && i + len <= s.size();
            cp = len == 4 ? b & 0x07U : len == 3 ? b & 0x0FU : b & 0x1FU;
            for (std::size_t k = 1; ok && k < len; ++k) {
                const auto c = static_cast<unsigned char>(s[i + k]);
                ok = (c & 0xC0U) == 0x80U;
                cp = (cp << 6) | (c & 0x3FU);
            }
            // Overlong 3- and 4-byte forms, surrogates and values above U+10FFFF.
            ok = ok && !(len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) &&
                 !(len == 4 && (cp < 0x10000 || cp > 0x10FFFF));
            if (!ok) {
                out += "\uFFFD";
                ++i;
                continue;
            }
        }
        if (cp == '\n')
            out += "\\n";
        else if (cp == '\r')
            out += "\\r";
        else if (cp == '\t')
            out += "\\t";
        else if (is_control(cp))
            out += hex_escape(cp);
        else
            out.append(s.substr(i, len));
        i += len;
    }
    return out;
}

} // namespace subvention::cli
