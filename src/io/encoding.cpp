// SPDX-License-Identifier: Apache-2.0
// subvention::io — character encodings shared by the CSV and plain-text readers (see
// encoding.hpp).
#include "encoding.hpp"

#include <algorithm>
#include <array>
#include <cstring>

namespace subvention::io {

namespace {

/// Windows-1252 bytes 0x80–0x9F as code points (WHATWG Encoding: the five undefined bytes map
/// to the C1 controls of the same value); 0xA0–0xFF are Latin-1, i.e. the code point itself.
constexpr std::array<char32_t, 32> cp1252_high = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

/// One byte read as Windows-1252, appended as UTF-8.
void append_cp1252(std::string& out, unsigned char b) {
    if (b < 0x80)
        out += static_cast<char>(b);
    else if (b < 0xA0)
        append_utf8(out, cp1252_high[b - 0x80u]);
    else
        append_utf8(out, static_cast<char32_t>(b));
}

/// One byte read as ISO-8859-15 (Latin-1 but for eight code points), appended as UTF-8.
void append_latin9(std::string& out, unsigned char b) {
    char32_t cp = b;
    switch (b) {
    case 0xA4:
        cp = 0x20AC;
        break; // €
    case 0xA6:
        cp = 0x0160;
        break; // Š
    case 0xA8:
        cp = 0x0161;
        break; // š
    case 0xB4:
        cp = 0x017D;
        break; // Ž
    case 0xB8:
        cp = 0x017E;
        break; // ž
    case 0xBC:
        cp = 0x0152;
        break; // Œ
    case 0xBD:
        cp = 0x0153;
        break; // œ
    case 0xBE:
        cp = 0x0178;
        break; // Ÿ
    default:
        break;
    }
    append_utf8(out, cp);
}

} // namespace

std::ptrdiff_t utf8_length(const char* p, const char* e) noexcept {
    const auto b0 = static_cast<unsigned char>(*p);
    std::ptrdiff_t n = 0;
    unsigned char lo = 0x80, hi = 0xBF; // range of the second byte
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        n = 2;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        n = 3;
        if (b0 == 0xE0)
            lo = 0xA0;
        else if (b0 == 0xED)
            hi = 0x9F;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        n = 4;
        if (b0 == 0xF0)
            lo = 0x90;
        else if (b0 == 0xF4)
            hi = 0x8F;
    } else {
        return 0;
    }
    for (std::ptrdiff_t i = 1; i < n; ++i) {
        if (p + i >= e)
            return utf8_incomplete;
        const auto b = static_cast<unsigned char>(p[i]);
        if (i == 1 ? (b < lo || b > hi) : (b < 0x80 || b > 0xBF))
            return 0;
    }
    return n;
}

void append_utf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

std::string escape_bytes(std::string_view s) {
    constexpr std::size_t max_shown = 120;
    std::string out;
    const char* p = s.data();
    const char* e = p + std::min(s.size(), max_shown);
    static constexpr char hex[] = "0123456789ABCDEF";
    while (p < e) {
        const auto b = static_cast<unsigned char>(*p);
        if (b < 0x80) {
            out += *p++;
            continue;
        }
        const std::ptrdiff_t n = utf8_length(p, e);
        if (n > 0) {
            out.append(p, static_cast<std::size_t>(n));
            p += n;
        } else {
            out += "\\x";
            out += hex[b >> 4];
            out += hex[b & 0xF];
            ++p;
        }
    }
    if (s.size() > max_shown)
        out += "…";
    return out;
}

void append_transcoded(std::string& out, const char* p, const char* e, bool unescape, Transcode t) {
    while (p < e) {
        const auto b = static_cast<unsigned char>(*p);
        if (b == '"' && unescape && p + 1 < e && p[1] == '"') {
            out += '"';
            p += 2;
        } else if (b < 0x80 || t == Transcode::none) {
            out += *p++;
        } else if (t == Transcode::all_cp1252) {
            append_cp1252(out, b);
            ++p;
        } else if (t == Transcode::all_latin9) {
            append_latin9(out, b);
            ++p;
        } else {
            const std::ptrdiff_t n = utf8_length(p, e);
            if (n > 0) {
                out.append(p, static_cast<std::size_t>(n));
                p += n;
            } else {
                append_cp1252(out, b);
                ++p;
            }
        }
    }
}

Utf8Scan scan_utf8(std::string_view s) noexcept {
    Utf8Scan r;
    const char* const begin = s.data();
    const char* const e = begin + s.size();
    const char* p = begin;
    while (p < e) {
        // ASCII eight bytes at a time: the common case of French text.
        while (e - p >= 8) {
            std::uint64_t w = 0;
            std::memcpy(&w, p, 8);
            if ((w & 0x8080808080808080ULL) != 0)
                break;
            p += 8;
        }
        if (p >= e)
            break;
        if (static_cast<unsigned char>(*p) < 0x80) {
            ++p;
            continue;
        }
        const std::ptrdiff_t n = utf8_length(p, e);
        if (n <= 0) {
            r.first_invalid = static_cast<std::size_t>(p - begin);
            return r;
        }
        r.multibyte_before = true;
        p += n;
    }
    r.first_invalid = s.size();
    return r;
}

Transcode single_byte_encoding(std::string_view s) noexcept {
    bool c1 = false;
    bool latin9 = false;
    for (const char ch : s) {
        const auto b = static_cast<unsigned char>(ch);
        if (b >= 0x80 && b <= 0x9F)
            c1 = true;
        else if (b == 0xA4 || (b >= 0xBC && b <= 0xBE))
            latin9 = true;
    }
    return latin9 && !c1 ? Transcode::all_latin9 : Transcode::all_cp1252;
}

std::string utf16_to_utf8(std::string_view s, bool big_endian) {
    std::string out;
    out.reserve(s.size());
    auto unit = [&](std::size_t i) -> char32_t {
        const auto a = static_cast<unsigned char>(s[i]);
        const auto b = static_cast<unsigned char>(s[i + 1]);
        return big_endian ? static_cast<char32_t>((a << 8) | b)
                          : static_cast<char32_t>((b << 8) | a);
    };
    constexpr char32_t replacement = 0xFFFD;
    std::size_t i = 0;
    while (i + 1 < s.size()) {
        const char32_t u = unit(i);
        i += 2;
        if (u < 0xD800 || u > 0xDFFF) {
            append_utf8(out, u);
        } else if (u <= 0xDBFF && i + 1 < s.size() && unit(i) >= 0xDC00 && unit(i) <= 0xDFFF) {
            append_utf8(out, 0x10000 + ((u - 0xD800) << 10) + (unit(i) - 0xDC00));
            i += 2;
        } else {
            append_utf8(out, replacement);
        }
    }
    if (i < s.size())
        append_utf8(out, replacement);
    return out;
}

BinaryFormat binary_format(std::string_view head, std::size_t pdf_offset_max) noexcept {
    if (head.substr(0, pdf_offset_max + 5).find("%PDF-") != std::string_view::npos)
        return BinaryFormat::pdf;
    if (head.starts_with("PK\x03\x04"))
        return BinaryFormat::zip;
    if (head.starts_with("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return BinaryFormat::ole;
    return BinaryFormat::none;
}

} // namespace subvention::io
