// SPDX-License-Identifier: Apache-2.0
// subvention::io — character encodings shared by the readers of CSV files (csv.cpp) and of
// plain text (extract.cpp), and the SCDL writers' lengths: UTF-8 validation and the transcoding of
// Windows-1252, ISO-8859-15 and UTF-16 to UTF-8. Internal to the library.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace subvention::io {

/// `utf8_length` of a valid sequence cut by the end of the buffer.
inline constexpr std::ptrdiff_t utf8_incomplete = -1;

/// Length of the valid UTF-8 sequence starting at `p` (a byte >= 0x80), 0 if invalid,
/// utf8_incomplete if it is a valid prefix cut by `e` (RFC 3629 §4: no overlongs, no
/// surrogates, nothing above U+10FFFF).
[[nodiscard]] std::ptrdiff_t utf8_length(const char* p, const char* e) noexcept;

/// Characters (code points) of UTF-8 text, as SCDL field lengths count them; invalid bytes
/// count one each.
[[nodiscard]] inline std::size_t char_count(std::string_view s) noexcept {
    std::size_t n = 0;
    for (const char c : s)
        if ((static_cast<unsigned char>(c) & 0xC0U) != 0x80U)
            ++n;
    return n;
}

/// Appends the code point `cp` (at most U+10FFFF) as UTF-8.
void append_utf8(std::string& out, char32_t cp);

/// `s` as printable UTF-8: valid UTF-8 kept, other bytes as `\xHH`; long values shortened.
[[nodiscard]] std::string escape_bytes(std::string_view s);

/// How bytes become UTF-8.
enum class Transcode : std::uint8_t {
    none,         ///< already UTF-8
    all_cp1252,   ///< the text is Windows-1252: every byte >= 0x80
    all_latin9,   ///< the text is ISO-8859-15: every byte >= 0x80
    invalid_only, ///< mixed text: only bytes that are not valid UTF-8, read as Windows-1252
};

/// Appends [p, e) to `out` transcoded as `t`, with `""` → `"` when `unescape` (CSV quoting).
void append_transcoded(std::string& out, const char* p, const char* e, bool unescape, Transcode t);

/// Offset of the first byte of `s` that does not start or continue valid UTF-8, and whether a
/// valid multi-byte character comes before it; `first_invalid == s.size()` when all is UTF-8.
struct Utf8Scan {
    std::size_t first_invalid = 0;
    bool multibyte_before = false;
};
[[nodiscard]] Utf8Scan scan_utf8(std::string_view s) noexcept;

/// How a single-byte text that is not UTF-8 is read: Windows-1252 (the usual Word or
/// spreadsheet export), or ISO-8859-15 when no byte falls in 0x80–0x9F (C1 controls there) and
/// one of the bytes that are « € », « Œ », « œ », « Ÿ » in ISO-8859-15 occurs.
[[nodiscard]] Transcode single_byte_encoding(std::string_view s) noexcept;

/// What the first bytes of a file say it is when it is no text (« format binaire »).
enum class BinaryFormat : std::uint8_t {
    none, ///< no known signature
    pdf,  ///< « %PDF- »
    zip,  ///< « PK\3\4 »: Word .docx, OpenDocument .odt, spreadsheets .xlsx/.ods
    ole,  ///< D0 CF 11 E0 A1 B1 1A E1: old Word .doc and Excel .xls
};

/// The signature at the start of `head`; a PDF's may also follow up to `pdf_offset_max` bytes
/// of junk (some converters and mail gateways prepend a few).
[[nodiscard]] BinaryFormat binary_format(std::string_view head,
                                         std::size_t pdf_offset_max = 0) noexcept;

/// UTF-16 (without its byte order mark) as UTF-8; an unpaired surrogate or a last odd byte
/// becomes U+FFFD.
[[nodiscard]] std::string utf16_to_utf8(std::string_view s, bool big_endian);

} // namespace subvention::io
