// SPDX-License-Identifier: Apache-2.0
// subvention::io::csv — the streaming reader and the writer (see include/subvention/io/csv.hpp).
//
// One record is parsed at a time from a window [begin, end) of the input. When the window ends
// inside a record and more input exists, the unread tail is moved to the front of the buffer,
// more bytes are read (the buffer doubles only when one record fills it) and the record is
// parsed again from its start: field positions are offsets, so nothing dangles, and a record
// is re-parsed at most once per refill, which happens once per buffer_size bytes.
#include <algorithm>
#include <array>
#include <cstring>
#include <istream>
#include <ostream>
#include <stdexcept>

#include <subvention/compliance/message.hpp>
#include <subvention/io/csv.hpp>

#include "encoding.hpp"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace subvention::io::csv {

std::string_view to_string(IssueKind k) noexcept {
    switch (k) {
    case IssueKind::utf8_bom:
        return "utf8-bom";
    case IssueKind::windows_1252:
        return "windows-1252";
    case IssueKind::separator_not_comma:
        return "separator-not-comma";
    case IssueKind::invalid_utf8:
        return "invalid-utf8";
    case IssueKind::unterminated_quote:
        return "unterminated-quote";
    case IssueKind::stray_quote:
        return "stray-quote";
    case IssueKind::ragged_row:
        return "ragged-row";
    case IssueKind::record_too_long:
        return "record-too-long";
    case IssueKind::blank_row:
        return "blank-row";
    case IssueKind::not_text:
        return "not-text";
    }
    return "unknown";
}

namespace detail {
namespace {

/// « utf-16le », « utf-16be », « pdf », « zip », « ole » when the first bytes of a file say it is
/// no CSV text; empty otherwise. (A NUL byte further on is found record by record.)
std::string_view not_text_kind(std::string_view head) {
    if (head.starts_with("\xFF\xFE"))
        return "utf-16le";
    if (head.starts_with("\xFE\xFF"))
        return "utf-16be";
    switch (io::binary_format(head)) {
    case io::BinaryFormat::pdf:
        return "pdf";
    case io::BinaryFormat::zip:
        return "zip";
    case io::BinaryFormat::ole:
        return "ole";
    case io::BinaryFormat::none:
        break;
    }
    // Without a byte order mark, UTF-16 text of Latin letters alternates letters and NULs.
    if (head.size() > 1 && head[0] != '\0' && head[1] == '\0')
        return "utf-16le";
    if (head.size() > 1 && head[0] == '\0' && head[1] != '\0')
        return "utf-16be";
    return {};
}

using compliance::Message;

/// Why a file is no CSV text (`kind` as `not_text_kind` names it), and what to do.
Message not_text_reason(std::string_view kind) {
    if (kind.starts_with("utf-16"))
        return Message("phrase.csv.not_text.utf16");
    if (kind == "pdf")
        return Message("phrase.csv.not_text.pdf");
    if (kind == "zip")
        return Message("phrase.csv.not_text.zip");
    if (kind == "ole")
        return Message("phrase.csv.not_text.ole");
    return Message("phrase.csv.not_text.binary");
}

using io::escape_bytes;
using io::Transcode;
using io::utf8_incomplete;
using io::utf8_length;

constexpr std::size_t issue_kind_count = 10;

/// First byte in [p, e) that is `sep`, `"`, CR, LF or >= 0x80; `e` if none. Quoted fields
/// pass `"` as `sep`. SSE2 (baseline on x86-64) tests 16 bytes per step.
const char* find_special(const char* p, const char* e, char sep) noexcept {
#if defined(__SSE2__)
    const __m128i vsep = _mm_set1_epi8(sep);
    const __m128i vq = _mm_set1_epi8('"');
    const __m128i vcr = _mm_set1_epi8('\r');
    const __m128i vlf = _mm_set1_epi8('\n');
    while (e - p >= 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
        const __m128i m =
            _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, vsep), _mm_cmpeq_epi8(v, vq)),
                         _mm_or_si128(_mm_cmpeq_epi8(v, vcr), _mm_cmpeq_epi8(v, vlf)));
        // the high bit of v itself flags bytes >= 0x80
        const auto mask = static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(m, v)));
        if (mask != 0)
            return p + __builtin_ctz(mask);
        p += 16;
    }
#endif
    for (; p < e; ++p) {
        const char c = *p;
        if (c == sep || c == '"' || c == '\r' || c == '\n' || static_cast<unsigned char>(c) >= 0x80)
            return p;
    }
    return e;
}

struct FieldSpan {
    std::size_t begin; // offset in the input window (or in scratch when `scratch`)
    std::size_t size;
    bool scratch;
};

enum class Outcome { record, need_more, end_of_input, blocked, restart };

/// What the record being parsed found; committed only when the record is complete.
struct Pending {
    bool stray = false;
    bool unterminated = false;
    bool cp1252 = false;
    bool invalid = false;
    std::string stray_value, encoding_value, unterminated_value;
};

/// « Ligne 5 : », the start of a message about one row.
Message at_row(std::uint64_t row) {
    return Message("phrase.csv.row").arg("row", row);
}
std::string separator_name(char c) {
    if (c == '\t')
        return "TAB";
    return std::string(1, c);
}

} // namespace

struct ReaderState {
    std::istream* in = nullptr;
    Options opt;
    std::vector<char> buf; // stream mode only
    const char* base = nullptr;
    std::size_t begin = 0, end = 0;
    bool eof = false;
    bool started = false, blocked = false, finished = false;
    char sep = ',';
    Encoding enc = Encoding::utf8;
    bool seen_multibyte = false;
    std::uint64_t row = 0, line = 1;
    std::size_t header_fields = 0;
    std::vector<FileIssue> issues;
    std::array<int, issue_kind_count> index{};
    std::string scratch;
    std::vector<FieldSpan> spans;

    ReaderState() { index.fill(-1); }

    /// Records one more occurrence of `kind`; the first one keeps its row, value and messages.
    FileIssue& note(IssueKind kind, std::uint64_t at_row, std::string value, bool blocking_) {
        auto& slot = index[static_cast<std::size_t>(kind)];
        if (slot >= 0) {
            auto& i = issues[static_cast<std::size_t>(slot)];
            ++i.count;
            i.blocking = i.blocking || blocking_;
            return i;
        }
        slot = static_cast<int>(issues.size());
        FileIssue i{kind, at_row, std::move(value), {}, {}, blocking_, 1};
        describe(i);
        issues.push_back(std::move(i));
        return issues.back();
    }

    [[nodiscard]] bool seen(IssueKind kind) const noexcept {
        return index[static_cast<std::size_t>(kind)] >= 0;
    }

    void describe(FileIssue& i) const {
        // A blocking issue ends its message with « reading stopped ».
        const auto stopped = [&i] {
            std::vector<Message> out;
            if (i.blocking)
                out.emplace_back("phrase.csv.stopped");
            return out;
        };
        Message m("csv." + std::string(to_string(i.kind)));
        switch (i.kind) {
        case IssueKind::utf8_bom:
            break;
        case IssueKind::windows_1252:
            m.arg("at", at_row(i.row))
                .arg("value", i.value)
                .arg("outcome", i.blocking ? Message("phrase.csv.stopped")
                                           : Message("csv.windows-1252.converted"));
            break;
        case IssueKind::invalid_utf8:
            m.arg("at", at_row(i.row))
                .arg("value", i.value)
                .arg("outcome", i.blocking ? Message("phrase.csv.stopped")
                                           : Message("csv.invalid-utf8.read_as_windows_1252"));
            break;
        case IssueKind::separator_not_comma:
        case IssueKind::unterminated_quote:
            m.arg("at", at_row(i.row)).arg("value", i.value).arg("stopped", stopped());
            break;
        case IssueKind::stray_quote:
        case IssueKind::record_too_long:
            m.arg("at", at_row(i.row)).arg("value", i.value);
            break;
        case IssueKind::ragged_row:
            m.arg("at", at_row(i.row)).arg("fields", i.value).arg("columns", header_fields);
            break;
        case IssueKind::blank_row:
            m.arg("at", at_row(i.row));
            break;
        case IssueKind::not_text:
            if (i.row == 0)
                m = Message("csv.not-text");
            else
                m = Message("csv.not-text.at_row").arg("at", at_row(i.row));
            m.arg("reason", not_text_reason(i.value));
            break;
        }
        i.message_fr = compliance::render(m, compliance::Lang::fr);
        i.message_en = compliance::render(m, compliance::Lang::en);
    }

    /// Stream mode: keeps [begin, end), reads more after it. False when nothing more can be
    /// read because one record fills `max_record_size` (blocking issue recorded).
    bool fill() {
        if (in == nullptr) {
            eof = true;
            return true;
        }
        if (begin > 0) {
            std::memmove(buf.data(), buf.data() + begin, end - begin);
            end -= begin;
            begin = 0;
        }
        if (end == buf.size()) {
            if (buf.size() >= opt.max_record_size) {
                note(IssueKind::record_too_long, row + 1, std::to_string(opt.max_record_size),
                     true);
                blocked = true;
                return false;
            }
            buf.resize(std::min(std::max<std::size_t>(buf.size() * 2, 1), opt.max_record_size));
        }
        in->read(buf.data() + end, static_cast<std::streamsize>(buf.size() - end));
        const auto got = static_cast<std::size_t>(in->gcount());
        end += got;
        if (got == 0)
            eof = true;
        base = buf.data();
        return true;
    }

    /// BOM, then the separator (detected on the header line unless forced).
    bool start() {
        started = true;
        while (!eof && end - begin < 8) // a BOM, « %PDF- », an OLE signature
            if (!fill())
                return false;
        if (end - begin >= 3 && std::memcmp(base + begin, "\xEF\xBB\xBF", 3) == 0) {
            begin += 3;
            note(IssueKind::utf8_bom, 0, "\\xEF\\xBB\\xBF", false);
        }
        // What the buffer holds of the start: UTF-16, a PDF, a zip or NUL bytes would otherwise
        // be read as one long Windows-1252 or TAB-separated « text ».
        if (const std::string_view kind =
                not_text_kind(std::string_view(base + begin, end - begin));
            !kind.empty()) {
            note(IssueKind::not_text, 0, std::string(kind), true);
            blocked = true;
            return false;
        }
        if (opt.separator) {
            sep = *opt.separator;
            if (sep != ',')
                note(IssueKind::separator_not_comma, 1, separator_name(sep), false);
            return true;
        }
        std::array<std::size_t, 4> counts{};
        constexpr std::array<char, 4> candidates = {',', ';', '\t', '|'};
        for (;;) {
            counts.fill(0);
            bool quoted = false, complete = false;
            for (std::size_t p = begin; p < end; ++p) {
                const char c = base[p];
                if (c == '"') {
                    quoted = !quoted;
                } else if (!quoted && (c == '\r' || c == '\n')) {
                    complete = true;
                    break;
                } else if (!quoted) {
                    for (std::size_t k = 0; k < candidates.size(); ++k)
                        counts[k] += c == candidates[k] ? 1u : 0u;
                }
            }
            if (complete || eof)
                break;
            if (!fill())
                return false;
        }
        std::size_t best = 0; // ',' wins ties and empty headers
        for (std::size_t k = 1; k < candidates.size(); ++k)
            if (counts[k] > counts[best])
                best = k;
        sep = candidates[best];
        if (sep != ',') {
            note(IssueKind::separator_not_comma, 1, separator_name(sep), !opt.lenient);
            if (!opt.lenient) {
                blocked = true;
                return false;
            }
        }
        return true;
    }

    /// A byte >= 0x80 at q: validates or transcodes. Sets `step` to the bytes consumed.
    Outcome high_byte(std::size_t q, Pending& pd, Transcode& t, std::size_t& step) {
        const char* b = base;
        if (enc == Encoding::windows_1252) {
            t = Transcode::all_cp1252;
            pd.cp1252 = true;
            step = 1;
            return Outcome::record;
        }
        const std::ptrdiff_t n = utf8_length(b + q, b + end);
        if (n == utf8_incomplete && !eof)
            return Outcome::need_more;
        if (n > 0) {
            seen_multibyte = true;
            step = static_cast<std::size_t>(n);
            return Outcome::record;
        }
        const std::string value = escape_bytes(std::string_view(b + q, 1));
        if (!seen_multibyte) {
            // Nothing but ASCII so far: a spreadsheet's Windows-1252 export.
            FileIssue& i = note(IssueKind::windows_1252, row + 1, value, !opt.lenient);
            if (!opt.lenient) {
                blocked = true;
                return Outcome::blocked;
            }
            i.count = 0; // counted when the record is committed
            enc = Encoding::windows_1252;
            return Outcome::restart; // re-read the record, transcoding
        }
        if (!opt.lenient) {
            note(IssueKind::invalid_utf8, row + 1, value, true);
            blocked = true;
            return Outcome::blocked;
        }
        if (!pd.invalid && !seen(IssueKind::invalid_utf8))
            pd.encoding_value = value;
        pd.invalid = true;
        t = Transcode::invalid_only;
        step = 1;
        return Outcome::record;
    }

    /// Scans an unquoted run from q to the next separator, CR, LF or the end of the window.
    Outcome scan_unquoted(std::size_t& q, Pending& pd, Transcode& t, bool& stray) {
        for (;;) {
            q = static_cast<std::size_t>(find_special(base + q, base + end, sep) - base);
            if (q == end)
                return eof ? Outcome::record : Outcome::need_more;
            const char c = base[q];
            if (c == sep || c == '\r' || c == '\n')
                return Outcome::record;
            if (c == '"') {
                stray = true;
                ++q;
                continue;
            }
            std::size_t step = 0;
            const Outcome o = high_byte(q, pd, t, step);
            if (o != Outcome::record)
                return o;
            q += step;
        }
    }

    void add_field(std::size_t from, std::size_t to, bool unescape, Transcode t,
                   std::size_t tail_from = 0, std::size_t tail_to = 0) {
        if (!unescape && t == Transcode::none && tail_from == tail_to) {
            spans.push_back({from, to - from, false});
            return;
        }
        const std::size_t at = scratch.size();
        append_transcoded(scratch, base + from, base + to, unescape, t);
        append_transcoded(scratch, base + tail_from, base + tail_to, false, t);
        spans.push_back({at, scratch.size() - at, true});
    }

    Outcome parse(Record& out) {
        spans.clear();
        scratch.clear();
        Pending pd;
        const char* b = base;
        const std::size_t record_start = begin;
        std::size_t p = begin;
        std::uint64_t inner_lines = 0;
        if (p == end)
            return eof ? Outcome::end_of_input : Outcome::need_more;
        bool line_break = false;
        for (;;) {
            Transcode t = Transcode::none;
            std::size_t q = p;
            bool stray = false;
            if (p < end && b[p] == '"') {
                q = p + 1;
                const std::size_t content = q;
                std::size_t content_end = 0;
                bool escaped = false;
                for (;;) {
                    q = static_cast<std::size_t>(find_special(b + q, b + end, '"') - b);
                    if (q == end) {
                        if (!eof)
                            return Outcome::need_more;
                        content_end = end;
                        pd.unterminated = true;
                        pd.unterminated_value.assign(b + p, std::min<std::size_t>(end - p, 40));
                        break;
                    }
                    const char c = b[q];
                    if (c == '"') {
                        if (q + 1 == end && !eof)
                            return Outcome::need_more;
                        if (q + 1 < end && b[q + 1] == '"') {
                            escaped = true;
                            q += 2;
                            continue;
                        }
                        content_end = q++;
                        break;
                    }
                    if (c == '\r') {
                        if (q + 1 == end && !eof)
                            return Outcome::need_more;
                        ++inner_lines;
                        q += (q + 1 < end && b[q + 1] == '\n') ? 2 : 1;
                        continue;
                    }
                    if (c == '\n') {
                        ++inner_lines;
                        ++q;
                        continue;
                    }
                    std::size_t step = 0;
                    const Outcome o = high_byte(q, pd, t, step);
                    if (o != Outcome::record)
                        return o;
                    q += step;
                }
                std::size_t tail_from = q;
                if (q < end && b[q] != sep && b[q] != '\r' && b[q] != '\n') {
                    stray = true; // text after the closing quote: kept
                    const Outcome o = scan_unquoted(q, pd, t, stray);
                    if (o != Outcome::record)
                        return o;
                }
                if (stray && !pd.stray && !seen(IssueKind::stray_quote))
                    pd.stray_value = std::string(b + p, q - p);
                add_field(content, content_end, escaped, t, tail_from, q);
            } else {
                const Outcome o = scan_unquoted(q, pd, t, stray);
                if (o != Outcome::record)
                    return o;
                if (stray && !pd.stray && !seen(IssueKind::stray_quote))
                    pd.stray_value = std::string(b + p, q - p);
                add_field(p, q, false, t);
            }
            pd.stray = pd.stray || stray;
            // at q: separator, CR, LF or the end of the window
            if (q == end) {
                if (!eof)
                    return Outcome::need_more;
                p = end;
                break;
            }
            const char c = b[q];
            if (c == sep) {
                p = q + 1;
                continue;
            }
            line_break = true;
            if (c == '\r') {
                if (q + 1 == end && !eof)
                    return Outcome::need_more;
                q += (q + 1 < end && b[q + 1] == '\n') ? 2 : 1;
            } else {
                ++q;
            }
            p = q;
            break;
        }
        // The record is complete: commit.
        const bool blank =
            spans.size() == 1 && !spans[0].scratch && spans[0].size == 0 &&
            (record_start == end || b[record_start] == '\r' || b[record_start] == '\n');
        const std::uint64_t this_row = row + 1;
        if (pd.unterminated) {
            note(IssueKind::unterminated_quote, this_row, escape_bytes(pd.unterminated_value),
                 !opt.lenient);
            if (!opt.lenient) {
                blocked = true;
                return Outcome::blocked;
            }
        }
        if (pd.stray)
            note(IssueKind::stray_quote, this_row, escape_bytes(pd.stray_value), false);
        if (pd.cp1252)
            ++issues[static_cast<std::size_t>(
                         index[static_cast<std::size_t>(IssueKind::windows_1252)])]
                  .count;
        if (pd.invalid)
            note(IssueKind::invalid_utf8, this_row, pd.encoding_value, false);
        if (this_row == 1) {
            header_fields = spans.size();
        } else if (blank) {
            note(IssueKind::blank_row, this_row, "", false);
        } else if (spans.size() != header_fields) {
            note(IssueKind::ragged_row, this_row, std::to_string(spans.size()), false);
        }
        row = this_row;
        out.row = this_row;
        out.line = line;
        line += inner_lines + (line_break ? 1 : 0);
        begin = p;
        out.fields.clear();
        for (const auto& s : spans)
            out.fields.emplace_back(s.scratch ? scratch.data() + s.begin : b + s.begin, s.size);
        return Outcome::record;
    }
};

} // namespace detail

Reader::Reader(std::istream& in, Options opt)
    : state_(std::make_unique<detail::ReaderState>()) {
    if (opt.separator &&
        (*opt.separator == '"' || *opt.separator == '\r' || *opt.separator == '\n'))
        throw std::invalid_argument("csv::Reader: separator cannot be a quote or a line break");
    opt.buffer_size = std::max<std::size_t>(opt.buffer_size, 1);
    state_->in = &in;
    state_->opt = opt;
    state_->buf.resize(opt.buffer_size);
    state_->base = state_->buf.data();
}

Reader::Reader(std::string_view whole_buffer, Options opt)
    : state_(std::make_unique<detail::ReaderState>()) {
    if (opt.separator &&
        (*opt.separator == '"' || *opt.separator == '\r' || *opt.separator == '\n'))
        throw std::invalid_argument("csv::Reader: separator cannot be a quote or a line break");
    state_->opt = opt;
    state_->base = whole_buffer.data();
    state_->end = whole_buffer.size();
    state_->eof = true;
}

Reader::~Reader() = default;
Reader::Reader(Reader&&) noexcept = default;
Reader& Reader::operator=(Reader&&) noexcept = default;

bool Reader::next(Record& out) {
    auto& s = *state_;
    if (s.blocked || s.finished)
        return false;
    if (!s.started && !s.start())
        return false;
    for (;;) {
        switch (s.parse(out)) {
        case detail::Outcome::record:
            for (const auto f : out.fields)
                if (f.find('\0') != std::string_view::npos) { // binary data, not text
                    s.note(IssueKind::not_text, out.row, "binary", true);
                    s.blocked = true;
                    out.fields.clear();
                    return false;
                }
            return true;
        case detail::Outcome::end_of_input:
            s.finished = true;
            return false;
        case detail::Outcome::blocked:
            return false;
        case detail::Outcome::restart:
            break;
        case detail::Outcome::need_more:
            if (!s.fill())
                return false;
            break;
        }
    }
}

const std::vector<FileIssue>& Reader::issues() const noexcept {
    return state_->issues;
}
bool Reader::blocked() const noexcept {
    return state_->blocked;
}
char Reader::separator() const noexcept {
    return state_->sep;
}
Encoding Reader::encoding() const noexcept {
    return state_->enc;
}

void write_record(std::ostream& out, std::span<const std::string_view> fields, char separator,
                  LineEnding eol) {
    bool first = true;
    for (const std::string_view f : fields) {
        if (!first)
            out.put(separator);
        first = false;
        const bool quote =
            f.find_first_of(std::string{separator, '"', '\r', '\n'}) != std::string_view::npos ||
            (f.empty() && fields.size() == 1) || // `""`: not a blank line
            f.starts_with("\xEF\xBB\xBF");       // not read back as a BOM
        if (!quote) {
            out.write(f.data(), static_cast<std::streamsize>(f.size()));
            continue;
        }
        out.put('"');
        for (const char c : f) {
            if (c == '"')
                out.put('"');
            out.put(c);
        }
        out.put('"');
    }
    if (eol == LineEnding::crlf)
        out.write("\r\n", 2);
    else
        out.put('\n');
}

} // namespace subvention::io::csv
