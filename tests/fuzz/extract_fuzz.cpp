// SPDX-License-Identifier: Apache-2.0
// Fuzz target: arbitrary bytes → text::extract never crashes nor throws, and its result is
// coherent: every span lies inside the input (lines 1..n, columns inside the original line,
// first ≤ last), every finding is an EXTRACT-… warning or information, the documents listed
// are those present in the dossier (each once), text without documents says so, extraction is
// deterministic, and line normalisation is idempotent. Spans are checked against the text as
// read (converted to UTF-8 when the input was in another encoding).
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <subvention/text/extract.hpp>

#include "../../src/text/extract_internal.hpp"

namespace {

std::vector<std::string_view> raw_lines(std::string_view text) {
    std::vector<std::string_view> out;
    std::size_t start = 0;
    while (true) {
        std::size_t end = start;
        while (end < text.size() && text[end] != '\n' && text[end] != '\r')
            ++end;
        out.push_back(text.substr(start, end - start));
        if (end >= text.size())
            break;
        start = end + 1;
        if (text[end] == '\r' && start < text.size() && text[start] == '\n')
            ++start;
    }
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace subvention;
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    const auto x = text::extract(input);
    // Spans count in the text as read: converted to UTF-8 when the input was not.
    std::string storage;
    text::detail::Sink decoding;
    const auto decoded = text::detail::decode_file(input, storage, 1, 0, decoding);
    const std::string_view text = decoded.value_or(std::string_view{});
    if (!decoded && (!x.documents.empty() || !x.spans.empty()))
        __builtin_trap(); // a file that is not text is not read
    const auto lines = raw_lines(text);
    for (const auto& s : x.spans) {
        const auto& sp = s.span;
        if (sp.first_line < 1 || sp.last_line < sp.first_line || sp.last_line > lines.size())
            __builtin_trap();
        if (sp.first_column < 1 || sp.last_column < 1)
            __builtin_trap();
        if (sp.first_line == sp.last_line && sp.last_column < sp.first_column)
            __builtin_trap();
        const auto last = lines[sp.last_line - 1];
        if (!last.empty() && sp.last_column > last.size())
            __builtin_trap();
        if (s.path.empty() || s.path[0] != '/')
            __builtin_trap();
    }
    for (const auto& f : x.findings)
        if (!std::string_view(f.rule).starts_with("EXTRACT-") ||
            f.severity == compliance::Severity::error || f.message_fr.empty())
            __builtin_trap();
    auto listed = [&](DocumentKind k) {
        return std::count(x.documents.begin(), x.documents.end(), k);
    };
    if (listed(DocumentKind::deliberation) != (x.dossier.deliberation ? 1 : 0) ||
        listed(DocumentKind::rapport) != (x.dossier.rapport ? 1 : 0) ||
        listed(DocumentKind::convention) != (x.dossier.convention ? 1 : 0))
        __builtin_trap();
    if (x.documents.empty() &&
        std::none_of(x.findings.begin(), x.findings.end(),
                     [](const auto& f) { return f.rule == "EXTRACT-NO-DOCUMENT"; }))
        __builtin_trap();
    const auto again = text::extract(input);
    if (!(again.dossier == x.dossier) || again.findings != x.findings || again.spans != x.spans)
        __builtin_trap();
    for (const auto l : lines) {
        const auto once = text::detail::normalise_line(l);
        if (text::detail::normalise_line(once) != once)
            __builtin_trap();
    }
    return 0;
}
