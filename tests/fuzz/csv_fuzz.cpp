// SPDX-License-Identifier: Apache-2.0
// Fuzz target for subvention::io::csv. The first byte chooses the options (bit 7: lenient; bits
// 0–5: stream buffer size 1..64), the rest is the file. Invariants, each a trap if broken:
//  1. the whole-buffer path and the stream path with a tiny buffer give the same records (rows,
//     lines, fields), the same issues, separator, encoding and blocked state;
//  2. every field handed out is valid UTF-8 (strict reading stops before bad bytes, lenient
//     reading transcodes them);
//  3. round trip: the records read, written back with write_record and read again (comma
//     forced), are the same records.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <subvention/io/csv.hpp>

namespace {
namespace csv = subvention::io::csv;

void check(bool ok) {
    if (!ok)
        __builtin_trap();
}

bool valid_utf8(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size()) {
        const auto b = static_cast<unsigned char>(s[i]);
        std::size_t n = 0;
        unsigned char lo = 0x80, hi = 0xBF;
        if (b < 0x80) {
            ++i;
            continue;
        }
        if (b >= 0xC2 && b <= 0xDF)
            n = 2;
        else if (b >= 0xE0 && b <= 0xEF) {
            n = 3;
            lo = b == 0xE0 ? 0xA0 : 0x80;
            hi = b == 0xED ? 0x9F : 0xBF;
        } else if (b >= 0xF0 && b <= 0xF4) {
            n = 4;
            lo = b == 0xF0 ? 0x90 : 0x80;
            hi = b == 0xF4 ? 0x8F : 0xBF;
        } else
            return false;
        if (i + n > s.size())
            return false;
        for (std::size_t k = 1; k < n; ++k) {
            const auto c = static_cast<unsigned char>(s[i + k]);
            if (k == 1 ? (c < lo || c > hi) : (c < 0x80 || c > 0xBF))
                return false;
        }
        i += n;
    }
    return true;
}

struct Read {
    std::vector<std::vector<std::string>> fields;
    std::vector<std::uint64_t> rows, lines;
    std::vector<std::string> issues; // kind, row, value, count, blocking, as text
    char separator = 0;
    csv::Encoding encoding = csv::Encoding::utf8;
    bool blocked = false;
    bool operator==(const Read&) const = default;
};

Read drain(csv::Reader& r) {
    Read out;
    csv::Record rec;
    while (r.next(rec)) {
        out.fields.emplace_back(rec.fields.begin(), rec.fields.end());
        out.rows.push_back(rec.row);
        out.lines.push_back(rec.line);
    }
    for (const auto& i : r.issues())
        out.issues.push_back(std::string(csv::to_string(i.kind)) + "@" + std::to_string(i.row) +
                             "#" + std::to_string(i.count) + (i.blocking ? "!" : "") + i.value);
    out.separator = r.separator();
    out.encoding = r.encoding();
    out.blocked = r.blocked();
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0)
        return 0;
    csv::Options opt;
    opt.lenient = (data[0] & 0x80) != 0;
    const std::size_t buffer_size = 1 + (data[0] & 0x3F);
    const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);

    csv::Reader whole(text, opt);
    const Read a = drain(whole);

    std::istringstream stream{std::string(text)};
    opt.buffer_size = buffer_size;
    csv::Reader streamed(stream, opt);
    const Read b = drain(streamed);
    check(a == b);

    for (std::size_t i = 0; i < a.fields.size(); ++i) {
        check(a.rows[i] == i + 1);
        check(i == 0 || a.lines[i] > a.lines[i - 1]);
        for (const auto& f : a.fields[i])
            check(valid_utf8(f));
    }

    std::ostringstream out;
    for (const auto& rec : a.fields) {
        const std::vector<std::string_view> views(rec.begin(), rec.end());
        csv::write_record(out, views, ',', csv::LineEnding::crlf);
    }
    const std::string written = out.str();
    csv::Options again_opt;
    again_opt.separator = ',';
    csv::Reader again(written, again_opt);
    const Read c = drain(again);
    // Written back, a record is read back the same, unless the text now starts with a file
    // signature that the reader refuses (« %PDF- », a zip's « PK\3\4 », an OLE document's, once
    // unquoted).
    const bool signature = written.starts_with("%PDF-") || written.starts_with("PK\x03\x04") ||
                           written.starts_with("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1");
    check(signature || c.fields == a.fields);
    check(signature || !c.blocked);
    return 0;
}
