// SPDX-License-Identifier: Apache-2.0
// subvention::text — text extraction: normalisation, document splitting, orchestration, spans and
// EXTRACT-* findings, and the helpers every document extractor shares.
//
// Everything here is a single pass (or a fixed number of passes) over the bytes: no std::regex,
// no backtracking, so that a 50 MB input or a line of several megabytes is handled in linear
// time. Lines longer than `kMarkerMaxBytes` are never document headings.

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include <subvention/detail/ascii.hpp>
#include <subvention/detail/text.hpp>
#include <subvention/text/extract.hpp>
#include <subvention/tribunals.hpp>

#include "extract_internal.hpp"
#include "io/encoding.hpp"
#include "toolkit.hpp"

namespace subvention::text::detail {

namespace tx = subvention::detail::text;

namespace {

constexpr std::size_t kMarkerMaxBytes = 200;

/// Normalises `raw`; when `map` is given, map[i] is the byte of `raw` the i-th output byte
/// comes from.
std::string normalise_impl(std::string_view raw, std::vector<std::uint32_t>* map) {
    std::string out;
    out.reserve(raw.size());
    if (map)
        map->clear();
    std::size_t i = subvention::detail::skip_spaces(raw, 0);
    // Soft hyphens and zero-width characters are invisible: dropped.
    auto invisible_at = [&](std::size_t p) -> std::size_t {
        const auto b0 = subvention::detail::byte_at(raw, p);
        const auto b1 = subvention::detail::byte_at(raw, p + 1);
        if (b0 == 0xC2 && b1 == 0xAD)
            return 2;
        if (b0 == 0xE2 && b1 == 0x80) {
            const auto b2 = subvention::detail::byte_at(raw, p + 2);
            if (b2 >= 0x8B && b2 <= 0x8D)
                return 3;
        }
        if (b0 == 0xEF && b1 == 0xBB && subvention::detail::byte_at(raw, p + 2) == 0xBF)
            return 3; // BOM
        return 0;
    };
    while (const auto n = invisible_at(i))
        i = subvention::detail::skip_spaces(raw, i + n);
    if (const auto b = bullet_at(raw, i)) {
        const auto at = static_cast<std::uint32_t>(i);
        out += "- ";
        if (map) {
            map->push_back(at);
            map->push_back(at);
        }
        i = subvention::detail::skip_spaces(raw, i + b);
        if (i >= raw.size()) { // a lone dash is not a bullet
            out.resize(1);
            if (map)
                map->resize(1);
        }
    }
    bool pending = false;
    std::size_t pending_at = 0;
    while (i < raw.size()) {
        if (const auto n = subvention::detail::space_at(raw, i)) {
            if (!pending)
                pending_at = i;
            pending = true;
            i += n;
            continue;
        }
        if (const auto n = invisible_at(i)) {
            i += n;
            continue;
        }
        if (pending && !out.empty() && out.back() != ' ') {
            out += ' ';
            if (map)
                map->push_back(static_cast<std::uint32_t>(pending_at));
        }
        pending = false;
        // Copy the run of ordinary bytes at once (only ASCII controls and spaces, and the lead
        // bytes 0xC2, 0xE2, 0xEF of the special characters, need a closer look).
        std::size_t j = i + 1;
        while (j < raw.size()) {
            const auto b = static_cast<unsigned char>(raw[j]);
            if (b <= 0x20 || b == 0xC2 || b == 0xE2 || b == 0xEF)
                break;
            ++j;
        }
        out.append(raw.substr(i, j - i));
        if (map)
            for (std::size_t k = i; k < j; ++k)
                map->push_back(static_cast<std::uint32_t>(k));
        i = j;
    }
    return out;
}

bool has_lower_letter(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size()) {
        const std::size_t at = i;
        const auto cp = tx::decode(s, i);
        if (!cp) {
            i = at + 1;
            continue;
        }
        if (tx::is_lower(*cp))
            return true;
    }
    return false;
}

/// Index of the first byte of `raw` that normalising keeps in place: past the blanks. A line
/// whose byte there is an ASCII graphic character other than a bullet mark (« - », « * »)
/// starts with that byte once normalised; any other byte (invisible characters, bullets,
/// non-ASCII) leaves the question to the normalisation.
std::size_t first_printed(std::string_view raw) {
    return subvention::detail::skip_spaces(raw, 0);
}

bool is_plain_ascii(char c) {
    return c > 0x20 && c < 0x7F && c != '-' && c != '*';
}

/// ASCII graphic bytes of `raw`, counted up to `limit + 1`: normalising keeps each of them, so
/// that this bounds the size of the normalised line from below.
std::size_t ascii_graphic_count(std::string_view raw, std::size_t limit) {
    std::size_t n = 0;
    for (const char c : raw)
        if (c > 0x20 && c < 0x7F && ++n > limit)
            break;
    return n;
}

/// Whether the folded line may start with `word` (upper-case ASCII letters), told from the raw
/// bytes. Compared character by character: an ASCII letter by its upper case, « é è ê ë » and
/// their capitals as « E »; an ASCII space, digit or punctuation mark, or « ’ », folds to no
/// letter and ends the line's chance, as does the end of the line; any other byte (folding may
/// drop it or make it a letter) ends the comparison with a « maybe ».
bool may_start_with(std::string_view raw, std::size_t i, std::string_view word,
                    bool skip_spaces = false) {
    for (const char w : word) {
        while (skip_spaces && i < raw.size() && (raw[i] == ' ' || raw[i] == '-'))
            ++i;
        if (i >= raw.size())
            return false;
        const auto b = static_cast<unsigned char>(raw[i]);
        char c = 0;
        std::size_t n = 1;
        if (subvention::detail::is_ascii_alpha(raw[i])) {
            c = subvention::detail::ascii_upper(raw[i]);
        } else if (b >= 0x20 && b < 0x7F) {
            return false;
        } else if (const auto b1 = subvention::detail::byte_at(raw, i + 1);
                   b == 0xC3 && ((b1 >= 0x88 && b1 <= 0x8B) || (b1 >= 0xA8 && b1 <= 0xAB))) {
            c = 'E';
            n = 2;
        } else if (b == 0xE2 && b1 == 0x80 && subvention::detail::byte_at(raw, i + 2) == 0x99) {
            return false;
        } else {
            return true;
        }
        if (c != w)
            return false;
        i += n;
    }
    return true;
}

struct RawLine {
    std::string_view raw;
    std::uint32_t number = 0;
    bool page_break_before = false; ///< a form feed starts the line
};

/// Splits a file into lines (LF, CRLF or CR), numbering from `first_number`.
std::vector<RawLine> split_lines(std::string_view text, std::uint32_t first_number) {
    std::vector<RawLine> out;
    out.reserve(1 + static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')));
    std::uint32_t number = first_number;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = start;
        while (end < text.size() && text[end] != '\n' && text[end] != '\r')
            ++end;
        RawLine l{text.substr(start, end - start), number++, false};
        if (l.raw.find('\f') != std::string_view::npos)
            l.page_break_before = true;
        out.push_back(l);
        if (end >= text.size())
            break;
        start = end + 1;
        if (text[end] == '\r' && start < text.size() && text[start] == '\n')
            ++start;
    }
    return out;
}

} // namespace

/// « Page 5 sur 7 », « Page 5/7 », « Page 5 », « 5/7 », « - 5 - » alone on a line.
bool is_page_number_line(std::string_view text) {
    if (text.size() > 40 || text.empty())
        return false;
    if (const char c = text.front();
        c != 'P' && c != 'p' && c != '-' && !subvention::detail::is_digit(c))
        return false;
    const std::string key = fold(text, Separators::collapse, kMarkerMaxBytes);
    std::string_view k = key;
    if (k.starts_with("PAGE ")) {
        k.remove_prefix(5);
        const auto sp = k.find_first_of(" /");
        if (sp == std::string_view::npos)
            return all_digits(k);
        if (!all_digits(k.substr(0, sp)))
            return false;
        k.remove_prefix(sp);
        if (k.starts_with(" SUR "))
            return all_digits(k.substr(5));
        if (k.starts_with(" / "))
            return all_digits(k.substr(3));
        if (k.starts_with("/"))
            return all_digits(k.substr(1));
        return false;
    }
    // « 5/7 »: page n of m. Both parts short and n ≤ m, so that an imputation cell alone on
    // its line (« 6568/9365 », nature/fonction) is not taken for a page number.
    if (const auto slash = k.find('/'); slash != std::string_view::npos && slash > 0) {
        const std::string_view n = k.substr(0, slash);
        const std::string_view m = k.substr(slash + 1);
        if (!all_digits(n) || !all_digits(m) || n.size() > 3 || m.size() > 3)
            return false;
        const auto value = [](std::string_view d) {
            unsigned v = 0;
            for (const char c : d)
                v = v * 10U + static_cast<unsigned>(c - '0');
            return v;
        };
        return value(n) >= 1 && value(n) <= value(m);
    }
    // « - 5 - » (fold maps hyphens to spaces: the text itself is checked)
    if (text.size() >= 5 && text.front() == '-' && text.back() == '-') {
        std::string_view mid = text.substr(1, text.size() - 2);
        while (!mid.empty() && mid.front() == ' ')
            mid.remove_prefix(1);
        while (!mid.empty() && mid.back() == ' ')
            mid.remove_suffix(1);
        return all_digits(mid) && mid.size() <= 4;
    }
    return false;
}

/// Kind of document a line starts (its heading), if any.
std::optional<DocumentKind> document_marker(std::string_view text) {
    if (text.size() > kMarkerMaxBytes || text.empty())
        return std::nullopt;
    // Cheap filter: headings start with D, E, C, R or an accented capital (« DÉLIBÉRATION »
    // is folded below; « É » is 0xC3 0x89).
    if (const auto c = static_cast<unsigned char>(text.front());
        c != 'D' && c != 'd' && c != 'E' && c != 'e' && c != 'C' && c != 'c' && c != 'R' &&
        c != 'r' && c != 'P' && c != 'p' && c != 0xC3)
        return std::nullopt;
    const bool upper = !has_lower_letter(text);
    std::string key = fold(text, Separators::collapse, kMarkerMaxBytes);
    // A title printed letter-spaced (« C O N V E N T I O N », « A N N E X E ») or split by a
    // converter (« CONVE NTION »): a short line in capitals is read without its spaces too.
    if (upper && key.size() <= 60) {
        std::string squeezed;
        for (const char c : key)
            if (c != ' ')
                squeezed += c;
        static constexpr std::pair<std::string_view, std::string_view> titles[] = {
            {"CONVENTION", "CONVENTION"},
            {"DELIBERATION", "DELIBERATION"},
            {"PROCESVERBAL", "PROCES-VERBAL"},
            {"COMPTERENDU", "COMPTE RENDU"},
            {"RELEVEDEDECISIONS", "RELEVE DE DECISIONS"}};
        for (const auto& [squeezed_title, title] : titles)
            if (std::string_view(squeezed).starts_with(squeezed_title) &&
                !key.starts_with(std::string(squeezed_title))) {
                // The title alone, or followed by words (which cannot be told apart again).
                key = std::string(title);
                if (squeezed.size() != squeezed_title.size())
                    key += ' ';
                break;
            }
    }
    std::string_view k = key;
    auto word_prefix = [&](std::string_view p) {
        return k.starts_with(p) && (k.size() == p.size() || k[p.size()] == ' ');
    };
    if (word_prefix("DELIBERATION")) {
        // « DELIBERATION DE LA COMMISSION PERMANENTE », « Délibération du Conseil
        // départemental », « DELIBERATION N° … »; never « délibération de la Commission
        // Permanente en date du … » wrapped at the start of a line (lower case, long).
        const bool named = k.starts_with("DELIBERATION DE LA COMMISSION PERMANENTE") ||
                           k.starts_with("DELIBERATION DU CONSEIL") ||
                           k.starts_with("DELIBERATION DE L'ASSEMBLEE") ||
                           k.starts_with("DELIBERATION NO");
        return named && (upper || k.size() <= 50) ? std::optional{DocumentKind::deliberation}
                                                  : std::nullopt;
    }
    if ((k.starts_with("EXTRAIT DU REGISTRE DES DELIBERATIONS") ||
         k.starts_with("EXTRAIT DES DELIBERATIONS") || k.starts_with("EXTRAIT DU PROCES")) &&
        (upper || k.size() <= 90))
        return DocumentKind::deliberation;
    // The records of a meeting of other collectivités: « PROCÈS-VERBAL », « Compte rendu
    // sommaire », « RELEVÉ DE DÉCISIONS », a bare « DÉLIBÉRATION ».
    if ((k.starts_with("PROCES-VERBAL") || k.starts_with("PROCES VERBAL") ||
         k.starts_with("COMPTE RENDU") || k.starts_with("COMPTE-RENDU") ||
         k.starts_with("RELEVE DE DECISIONS") || k.starts_with("RELEVE DES DECISIONS") ||
         k == "DELIBERATION") &&
        (upper || k.size() <= 60))
        return DocumentKind::deliberation;
    if (word_prefix("CONVENTION") && (k == "CONVENTION" || upper))
        return DocumentKind::convention;
    if (upper && (k.starts_with("RAPPORT NO") || k.starts_with("RAPPORT DU PRESIDENT") ||
                  k.starts_with("RAPPORT N ") || k.starts_with("RAPPORT AU ") ||
                  k.starts_with("RAPPORT A LA ") || k.starts_with("RAPPORT DE PRESENTATION") ||
                  k == "RAPPORT"))
        return DocumentKind::rapport;
    return std::nullopt;
}

/// Whether the normalised `raw` may be empty: false when a plain ASCII character is printed.
bool may_be_blank(std::string_view raw) {
    const std::size_t i = first_printed(raw);
    return i >= raw.size() || !is_plain_ascii(raw[i]);
}

/// A cheap filter of `is_page_number_line(normalise_line(raw))`: false only when it is false.
bool may_be_page_number(std::string_view raw) {
    const std::size_t i = first_printed(raw);
    if (i >= raw.size())
        return false;
    const char c = raw[i];
    if (!is_plain_ascii(c))
        return ascii_graphic_count(raw, 40) <= 40;
    if (c == 'P' || c == 'p')
        return may_start_with(raw, i, "PAGE") && ascii_graphic_count(raw, 40) <= 40;
    if (!subvention::detail::is_digit(c))
        return false;
    // « 5/7 »: the digits are followed by the slash (blanks or other ASCII make the part
    // before the slash no number).
    std::size_t j = i;
    while (j < raw.size() && subvention::detail::is_digit(raw[j]))
        ++j;
    return j < raw.size() && (raw[j] == '/' || static_cast<unsigned char>(raw[j]) >= 0x80) &&
           ascii_graphic_count(raw, 40) <= 40;
}

/// A cheap filter of `document_marker(normalise_line(raw))`: false only when that is nullopt.
bool may_be_marker(std::string_view raw) {
    const std::size_t i = first_printed(raw);
    if (i >= raw.size())
        return false;
    if (is_plain_ascii(raw[i]) && !may_start_with(raw, i, "DELIBERATION") &&
        !may_start_with(raw, i, "EXTRAIT") && !may_start_with(raw, i, "CONVENTION") &&
        !may_start_with(raw, i, "RAPPORT") && !may_start_with(raw, i, "PROC") &&
        !may_start_with(raw, i, "COMPTE") && !may_start_with(raw, i, "RELEV") &&
        // A title printed letter-spaced or split (« C O N V E N T I O N », « CONVE NTION »).
        !may_start_with(raw, i, "CONVENTION", true) &&
        !may_start_with(raw, i, "DELIBERATION", true) &&
        !may_start_with(raw, i, "PROCESVERBAL", true) &&
        !may_start_with(raw, i, "COMPTERENDU", true) &&
        !may_start_with(raw, i, "RELEVEDEDECISIONS", true))
        return false;
    return ascii_graphic_count(raw, kMarkerMaxBytes) <= kMarkerMaxBytes;
}

namespace {

/// A line of the header printed above a document's heading (collectivité, pôle, mission…).
bool is_header_line(std::string_view text) {
    if (text.size() > 120)
        return false;
    const std::string key = fold(text, Separators::collapse, 120);
    for (const std::string_view p :
         {"DEPARTEMENT ", "CONSEIL DEPARTEMENTAL", "CONSEIL REGIONAL", "REGION ", "COMMUNE ",
          "VILLE ", "POLE ", "MISSION ", "DIRECTION ", "SERVICE ", "REPUBLIQUE FRANCAISE",
          "LIBERTE ", "SOUS DIRECTION "})
        if (std::string_view(key).starts_with(p))
            return true;
    return false;
}

/// The lines of one file, each normalised only when its text is read. Blank lines, page
/// numbers and headings are first told apart by the cheap filters above, and headers and
/// footers from the few lines at the edges of pages, so that a long text whose documents are
/// short is read at about the speed of a line scan; the result is that of normalising every
/// line (`normalise_text`).
class LazyLines {
public:
    LazyLines(std::string_view text, std::uint32_t first_number)
        : raws_(split_lines(text, first_number)) {
        std::vector<bool> debris(raws_.size(), false);
        std::vector<std::size_t> page_starts{0};
        bool next_breaks = false;
        for (std::size_t r = 0; r < raws_.size(); ++r) {
            const auto raw = raws_[r].raw;
            if ((raws_[r].page_break_before || next_breaks) && r != 0)
                page_starts.push_back(r);
            next_breaks = false;
            if (may_be_page_number(raw) && is_page_number_line(normalised(r))) {
                debris[r] = true;
                next_breaks = true; // the next page starts after the number
            } else if (first_printed(raw) >= raw.size() ||
                       (may_be_blank(raw) && normalised(r).empty())) {
                debris[r] = true; // blank lines carry no fact
            }
        }
        mark_page_furniture(page_starts, debris);
        for (std::size_t r = 0; r < raws_.size(); ++r)
            if (!debris[r])
                kept_.push_back(static_cast<std::uint32_t>(r));
    }

    /// Lines kept, in text order.
    [[nodiscard]] std::size_t size() const noexcept { return kept_.size(); }

    /// Normalised text of kept line `k`.
    [[nodiscard]] const std::string& text(std::size_t k) { return normalised(kept_[k]); }

    /// Kept line `k`, its text moved out of the cache: read it once.
    [[nodiscard]] Line take(std::size_t k) {
        const std::size_t r = kept_[k];
        std::string t;
        if (const auto it = cache_.find(r); it != cache_.end())
            t = std::move(it->second);
        else
            t = normalise_impl(raws_[r].raw, nullptr);
        return Line{std::move(t), raws_[r].number, raws_[r].raw};
    }

    /// Kind of document kept line `k` starts, if any.
    [[nodiscard]] std::optional<DocumentKind> marker(std::size_t k) {
        if (!may_be_marker(raws_[kept_[k]].raw))
            return std::nullopt;
        return document_marker(text(k));
    }

private:
    const std::string& normalised(std::size_t r) {
        auto [it, added] = cache_.try_emplace(r);
        if (added)
            it->second = normalise_impl(raws_[r].raw, nullptr);
        return it->second;
    }

    /// Repeated headers and footers: the first and last two lines of each page that are not
    /// debris; a line found at the edge of at least three pages (and half of them) is page
    /// furniture.
    void mark_page_furniture(const std::vector<std::size_t>& page_starts,
                             std::vector<bool>& debris) {
        if (page_starts.size() < 3)
            return;
        std::unordered_map<std::string, std::size_t> pages_with;
        std::vector<std::pair<std::size_t, std::string>> edges;
        auto edge = [&](std::size_t r) {
            return !debris[r] && normalised(r).size() <= kMarkerMaxBytes;
        };
        for (std::size_t p = 0; p < page_starts.size(); ++p) {
            const std::size_t b = page_starts[p];
            const std::size_t e = p + 1 < page_starts.size() ? page_starts[p + 1] : raws_.size();
            std::vector<std::size_t> idx;
            for (std::size_t i = b, k = 0; i < e && k < 2; ++i)
                if (edge(i)) {
                    idx.push_back(i);
                    ++k;
                }
            for (std::size_t i = e, k = 0; i > b && k < 2; --i)
                if (edge(i - 1)) {
                    idx.push_back(i - 1);
                    ++k;
                }
            std::sort(idx.begin(), idx.end());
            idx.erase(std::unique(idx.begin(), idx.end()), idx.end());
            std::vector<std::string> seen;
            for (const auto i : idx) {
                auto key = fold(normalised(i));
                if (std::find(seen.begin(), seen.end(), key) == seen.end()) {
                    ++pages_with[key];
                    seen.push_back(key);
                }
                edges.emplace_back(i, std::move(key));
            }
        }
        const std::size_t threshold = std::max<std::size_t>(3, (page_starts.size() + 1) / 2);
        for (const auto& [i, key] : edges)
            if (pages_with[key] >= threshold)
                debris[i] = true;
    }

    std::vector<RawLine> raws_;
    std::unordered_map<std::size_t, std::string> cache_;
    std::vector<std::uint32_t> kept_;
};

struct Start {
    std::size_t index;
    DocumentKind kind;
};

/// Where the documents of `n` lines start: at their headings (`marker_at`), each pulled back
/// over the header lines printed above it (`header_at`); a few lines above the first heading
/// belong to it.
template <class MarkerAt, class HeaderAt>
std::vector<Start> document_starts(std::size_t n, MarkerAt marker_at, HeaderAt header_at) {
    std::vector<Start> starts;
    for (std::size_t i = 0; i < n; ++i)
        if (const auto k = marker_at(i))
            starts.push_back({i, *k});
    for (std::size_t s = 0; s < starts.size(); ++s) {
        const std::size_t floor = s == 0 ? 0 : starts[s - 1].index + 1;
        std::size_t i = starts[s].index;
        for (std::size_t k = 0; k < 5 && i > floor && header_at(i - 1); ++k)
            --i;
        if (s == 0 && i <= 3)
            i = 0;
        starts[s].index = i;
    }
    return starts;
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Helpers

std::string normalise_line(std::string_view raw) {
    return normalise_impl(raw, nullptr);
}

namespace {
/// Lower-case words that end with a real hyphen when a line is broken after them
/// (« hors-⏎réseaux », « co-⏎développement », « ci-⏎annexé »): their hyphen is kept.
bool keeps_hyphen(std::string_view fragment) {
    static constexpr std::array<std::string_view, 40> prefixes = {
        "co",    "ci",    "hors",  "non",   "anti",  "auto",    "contre", "sous",  "sur",   "extra",
        "inter", "multi", "pluri", "post",  "pré",   "pro",     "quasi",  "semi",  "socio", "ex",
        "vice",  "demi",  "mi",    "après", "avant", "arrière", "au",     "là",    "vis",   "peut",
        "est",   "dit",   "soi",   "grand", "petit", "bien",    "très",   "celui", "celle", "ceux"};
    return std::find(prefixes.begin(), prefixes.end(), fragment) != prefixes.end();
}
} // namespace

std::string join_wrapped(std::span<const Line> lines) {
    std::string out;
    for (const auto& l : lines) {
        if (l.text.empty())
            continue;
        if (out.empty()) {
            out = l.text;
            continue;
        }
        const bool hyphen_end = out.back() == '-' && out.size() >= 2 && out[out.size() - 2] != ' ';
        if (!hyphen_end) {
            out += ' ';
            out += l.text;
            continue;
        }
        // The word fragment before the hyphen.
        const auto word_start = out.find_last_of(" -'\xE2\x80\x99", out.size() - 2);
        const std::size_t from = word_start == std::string::npos ? 0 : word_start + 1;
        const std::string_view fragment(out.data() + from, out.size() - 1 - from);
        const bool prev_compound = word_start != std::string::npos && out[word_start] == '-';
        const unsigned char next = static_cast<unsigned char>(l.text.front());
        const bool next_lower =
            (next >= 'a' && next <= 'z') ||
            (next == 0xC3 && l.text.size() > 1 && static_cast<unsigned char>(l.text[1]) >= 0xA0);
        const bool fragment_lower =
            has_lower_letter(fragment) &&
            std::none_of(fragment.begin(), fragment.end(), [](char c) {
                return subvention::detail::is_ascii_upper(c) || subvention::detail::is_digit(c);
            });
        if (next_lower && fragment_lower && !prev_compound && fragment.size() >= 2 &&
            !keeps_hyphen(fragment))
            out.pop_back(); // « mon-⏎tant » → « montant »
        out += l.text;      // « Pas-de-⏎Calais » → « Pas-de-Calais »
    }
    return out;
}

std::optional<std::size_t> find_heading(std::span<const Line> lines, std::string_view heading,
                                        std::size_t from) {
    const std::string key = fold(heading);
    if (key.empty())
        return std::nullopt;
    const bool alnum_end = subvention::detail::is_ascii_alnum(key.back());
    for (std::size_t i = from; i < lines.size(); ++i) {
        const auto& t = lines[i].text;
        // Folding never shrinks below a third of the bytes: this prefix is enough to compare.
        const std::string k = fold(t, Separators::collapse, key.size() * 3 + 8);
        if (!std::string_view(k).starts_with(key))
            continue;
        if (alnum_end && k.size() > key.size() && subvention::detail::is_ascii_alnum(k[key.size()]))
            continue;
        return i;
    }
    return std::nullopt;
}

std::string departement_code_of(std::string_view name) {
    const std::string key = fold(name);
    std::string_view k = key;
    for (const std::string_view p :
         {"DEPARTEMENT DU ", "DEPARTEMENT DE LA ", "DEPARTEMENT DE L'", "DEPARTEMENT DES ",
          "DEPARTEMENT DE ", "DEPARTEMENT D'", "DEPARTEMENT "}) {
        if (k.starts_with(p)) {
            k.remove_prefix(p.size());
            break;
        }
    }
    for (const auto& area : tribunal_areas) {
        const std::string a = fold(area.departement);
        // « La Réunion » is printed « DEPARTEMENT DE LA REUNION » as well.
        if (a == k || (a.starts_with("LA ") && std::string_view(a).substr(3) == k))
            return std::string(area.departement_code);
    }
    return {};
}

std::optional<FoundAmount> find_amount(std::string_view text) {
    using subvention::detail::is_digit;
    const std::size_t n = text.size();
    std::size_t pos = 0;
    while (pos < n) {
        if (!is_digit(text[pos]) ||
            (pos > 0 &&
             (is_digit(text[pos - 1]) || subvention::detail::is_ascii_alpha(text[pos - 1]) ||
              text[pos - 1] == ',' || text[pos - 1] == '.' || text[pos - 1] == '/' ||
              text[pos - 1] == '-'))) {
            ++pos;
            continue;
        }
        const std::size_t start = pos;
        std::size_t p = pos;
        std::string digits;
        while (p < n && is_digit(text[p]))
            digits += text[p++];
        // Grouping: « 57 000 », « 57 000 », « 57.000 » — groups of exactly three digits.
        char sep = 0;
        if (digits.size() <= 3) {
            while (p < n) {
                const std::size_t sp = subvention::detail::space_at(text, p);
                const char c = text[p];
                const std::size_t w = sp ? sp : (c == '.' ? 1 : 0);
                if (w == 0)
                    break;
                const char this_sep = sp ? ' ' : '.';
                if (sep != 0 && sep != this_sep)
                    break;
                const std::size_t g = p + w;
                if (g + 3 > n || !is_digit(text[g]) || !is_digit(text[g + 1]) ||
                    !is_digit(text[g + 2]) || (g + 3 < n && is_digit(text[g + 3])))
                    break;
                sep = this_sep;
                digits.append(text.substr(g, 3));
                p = g + 3;
            }
        }
        std::string decimals;
        if (p + 1 < n && (text[p] == ',' || (text[p] == '.' && sep != '.')) &&
            is_digit(text[p + 1])) {
            std::size_t q = p + 1;
            while (q < n && is_digit(text[q]) && q - p <= 3)
                ++q;
            if (q - p - 1 <= 2 && !(q < n && is_digit(text[q]))) {
                decimals = std::string(text.substr(p + 1, q - p - 1));
                p = q;
            }
        }
        // Currency: « € », « euros », « euro », « EUR ».
        std::size_t q = subvention::detail::skip_spaces(text, p);
        std::size_t end = p;
        bool currency = false;
        const auto rest = text.substr(q);
        if (rest.starts_with("\xE2\x82\xAC")) {
            currency = true;
            end = q + 3;
        } else {
            const std::string k = fold(rest, Separators::collapse, 6);
            for (const std::string_view c : {"EUROS", "EURO", "EUR"}) {
                if (std::string_view(k).starts_with(c) &&
                    (rest.size() == c.size() ||
                     !subvention::detail::is_ascii_alpha(rest[c.size()]))) {
                    currency = true;
                    end = q + c.size();
                    break;
                }
            }
        }
        const bool cents_written = decimals.size() == 2 && text[p - 3] == ',';
        if ((currency || cents_written) && (sep != '.' || currency || !decimals.empty())) {
            std::string canonical = digits;
            if (!decimals.empty())
                canonical += "," + decimals;
            if (auto e = Euros::parse(canonical))
                return FoundAmount{e.value(), start, (currency ? end : p) - start};
        }
        pos = std::max(p, pos + 1);
    }
    return std::nullopt;
}

std::optional<Euros> parse_amount_in(std::string_view text) {
    if (auto f = find_amount(text))
        return f->amount;
    return std::nullopt;
}

// ---------------------------------------------------------------------------------------------
// Sink

void Sink::fact(std::string json_path, const Line& line, std::size_t byte_offset_in_text,
                std::size_t length) {
    std::vector<std::uint32_t> map;
    const std::string text = normalise_impl(line.raw, &map);
    Span s{line.number, 1, line.number, 1};
    if (!map.empty()) {
        const std::size_t first = std::min(byte_offset_in_text, map.size() - 1);
        const std::size_t last =
            std::min(byte_offset_in_text + (length == 0 ? 0 : length - 1), map.size() - 1);
        s.first_column = map[first] + 1;
        s.last_column = map[last] + 1;
    } else {
        s.last_column = static_cast<std::uint32_t>(std::max<std::size_t>(line.raw.size(), 1));
    }
    spans_.push_back(FactSpan{std::move(json_path), s});
}

void Sink::fact(std::string json_path, const Line& first, const Line& last) {
    Span s{first.number, 1, last.number,
           static_cast<std::uint32_t>(std::max<std::size_t>(last.raw.size(), 1))};
    spans_.push_back(FactSpan{std::move(json_path), s});
}

void Sink::missing(std::string_view rule_id, compliance::Severity severity, std::string json_path,
                   const Line* where, compliance::Message message) {
    compliance::Diagnostic d;
    d.rule = std::string(rule_id);
    d.severity = severity;
    d.parts.push_back(std::move(message));
    d.render_messages();
    d.location.document = document_;
    d.location.path = std::move(json_path);
    if (where) {
        d.location.section = "ligne " + std::to_string(where->number);
        d.location.text = where->text.size() > 200 ? where->text.substr(0, 200) : where->text;
        d.facts.emplace_back("line", std::to_string(where->number), compliance::Unit::count);
    }
    findings_.push_back(std::move(d));
}

// ---------------------------------------------------------------------------------------------
// Normalisation and splitting

std::vector<Line> normalise_text(std::string_view text, std::uint32_t first_number) {
    LazyLines lines(text, first_number);
    std::vector<Line> out;
    out.reserve(lines.size());
    for (std::size_t k = 0; k < lines.size(); ++k)
        out.push_back(lines.take(k));
    return out;
}

namespace {
/// The documents between consecutive starts of `n` lines; `lines_of(b, e, kind)` gives the lines
/// of [b, e).
template <class LinesOf>
std::vector<Section> sections_between(const std::vector<Start>& starts, std::size_t n,
                                      LinesOf lines_of) {
    std::vector<Section> out;
    for (std::size_t s = 0; s < starts.size(); ++s) {
        const std::size_t b = starts[s].index;
        const std::size_t e = s + 1 < starts.size() ? starts[s + 1].index : n;
        if (b < e)
            out.push_back(Section{starts[s].kind, lines_of(b, e, starts[s].kind)});
    }
    return out;
}
} // namespace

std::vector<Section> split_documents(std::vector<Line> lines) {
    const auto starts = document_starts(
        lines.size(), [&](std::size_t i) { return document_marker(lines[i].text); },
        [&](std::size_t i) { return is_header_line(lines[i].text); });
    return sections_between(starts, lines.size(), [&](std::size_t b, std::size_t e, DocumentKind) {
        return std::vector<Line>(
            std::make_move_iterator(lines.begin() + static_cast<std::ptrdiff_t>(b)),
            std::make_move_iterator(lines.begin() + static_cast<std::ptrdiff_t>(e)));
    });
}

namespace {

/// The kind of an act told from its first words when no line is a heading the splitter knows
/// (a PDF converter that prints a page on one line, a template with its own titles): the
/// earliest of the words that name a kind of document, else a meeting's words for a
/// deliberation; nullopt when none (EXTRACT-NO-DOCUMENT).
template <class TextAt>
std::optional<DocumentKind> kind_by_content(std::size_t n, TextAt text_at) {
    // The names of a kind of document count at the start of a line (after a page number such
    // as « 1 » or « (1) »): « … approuve la convention entre la commune et … » is no title.
    // Where a converter flattened the page, a title is inside a line, in capitals: the words in
    // capitals are searched too (« … lenord.fr PROCES-VERBAL Hôtel du Département … »).
    std::string key = "\n", capitals = "\n";
    for (std::size_t k = 0; k < n && key.size() < 3000; ++k) {
        const std::string line(text_at(k));
        const std::string_view t = line;
        std::size_t skip = 0;
        if (t.starts_with("(") && t.find(')') != std::string_view::npos && t.find(')') <= 4)
            skip = t.find(')') + 1;
        while (skip < t.size() && ((t[skip] >= '0' && t[skip] <= '9') || t[skip] == ' '))
            ++skip;
        key += fold(t.substr(skip < t.size() ? skip : 0));
        key += '\n';
        for (std::size_t b = 0; b < t.size();) {
            std::size_t e = t.find(' ', b);
            if (e == std::string_view::npos)
                e = t.size();
            const std::string_view w = t.substr(b, e - b);
            capitals += has_lower_letter(w) ? std::string("~") : fold(w);
            capitals += ' ';
            b = e + 1;
        }
        capitals += '\n';
    }
    std::optional<DocumentKind> kind;
    std::size_t best = std::string::npos;
    // A convention names its parties (« CONVENTION … ENTRE … »).
    if (const auto c = key.find("\nCONVENTION"); c != std::string::npos) {
        const auto e = key.find("ENTRE", c);
        if (e != std::string::npos && e - c <= 400) {
            best = c;
            kind = DocumentKind::convention;
        }
    }
    const std::pair<std::string_view, DocumentKind> names[] = {
        {"\nRAPPORT DU PRESIDENT", DocumentKind::rapport},
        {"\nRAPPORT DE MONSIEUR", DocumentKind::rapport},
        {"\nRAPPORT DE MADAME", DocumentKind::rapport},
        {"\nRAPPORT POUR ", DocumentKind::rapport},
        {" LE PRESENT RAPPORT", DocumentKind::rapport},
        {"\nLE PRESENT RAPPORT", DocumentKind::rapport},
        {"\nEXPOSE DES MOTIFS", DocumentKind::rapport},
        {"\nRAPPORT AU ", DocumentKind::rapport},
        {"\nRAPPORT A LA ", DocumentKind::rapport},
        {"\nRAPPORT DE PRESENTATION", DocumentKind::rapport},
        {"\nRAPPORT NO", DocumentKind::rapport},
        {"\nDELIBERATION", DocumentKind::deliberation},
        {"\nEXTRAIT DU REGISTRE", DocumentKind::deliberation},
        {"\nPROCES VERBAL", DocumentKind::deliberation},
        {"\nCOMPTE RENDU", DocumentKind::deliberation},
        {"\nRELEVE DE DECISIONS", DocumentKind::deliberation},
        {"\nRELEVE DES DECISIONS", DocumentKind::deliberation}};
    for (const auto& [word, k] : names)
        if (const auto at = key.find(word); at < best) {
            best = at;
            kind = k;
        }
    if (kind)
        return kind;
    for (const auto& [word, k] : names) {
        const std::string spaced = " " + std::string(word.substr(1));
        if (const auto at = std::min(capitals.find(word), capitals.find(spaced)); at < best) {
            best = at;
            kind = k;
        }
    }
    if (kind)
        return kind;
    for (const std::string_view cue :
         {" CONSEIL MUNICIPAL", " CONSEIL COMMUNAUTAIRE", " COMITE SYNDICAL",
          " COMMISSION PERMANENTE", " SEANCE DU", " APRES EN AVOIR DELIBERE", " S'EST REUNI",
          " SIEGEANT EN FORMATION", " DELIBERE", " DECIDE DE", "\nARTICLE 1 "})
        if (key.find(cue) != std::string::npos)
            return DocumentKind::deliberation;
    return std::nullopt;
}

} // namespace

std::vector<Section> read_sections(std::string_view text, std::uint32_t first_number,
                                   std::vector<DocumentKind>& seen) {
    LazyLines lines(text, first_number);
    auto starts = document_starts(
        lines.size(), [&](std::size_t k) { return lines.marker(k); },
        [&](std::size_t k) { return is_header_line(lines.text(k)); });
    if (starts.empty() && lines.size() > 0) {
        if (const auto k =
                kind_by_content(lines.size(), [&](std::size_t i) { return lines.text(i); }))
            starts.push_back({0, *k});
    } else if (!starts.empty() && starts.front().index > 0) {
        // The head of a meeting's record above the first heading the splitter knows (« Séance
        // du …, sous la présidence de … » above « RELEVÉ DE DÉCISIONS DU BUREAU »): the record
        // starts there.
        const std::size_t n = starts.front().index;
        if (kind_by_content(n, [&](std::size_t i) { return lines.text(i); }) ==
            DocumentKind::deliberation) {
            if (starts.front().kind == DocumentKind::deliberation)
                starts.front().index = 0;
            else
                starts.insert(starts.begin(), Start{0, DocumentKind::deliberation});
        }
    }
    return sections_between(
        starts, lines.size(), [&](std::size_t b, std::size_t e, DocumentKind kind) {
            const bool first = std::find(seen.begin(), seen.end(), kind) == seen.end();
            if (first)
                seen.push_back(kind);
            // A repeated document is only named (by its first line), never
            // read.
            std::vector<Line> out;
            for (std::size_t k = b; k < (first ? e : b + 1); ++k)
                out.push_back(lines.take(k));
            return out;
        });
}

} // namespace subvention::text::detail

namespace subvention::text {

namespace {

using compliance::Message;
using compliance::Unit;

/// The name of a document in a message (« délibération »).
Message document_name(DocumentKind k) {
    switch (k) {
    case DocumentKind::deliberation:
        return Message("phrase.extraction.document.deliberation");
    case DocumentKind::rapport:
        return Message("phrase.extraction.document.rapport");
    case DocumentKind::convention:
        return Message("phrase.extraction.document.convention");
    case DocumentKind::dossier:
        break;
    }
    return Message("phrase.extraction.document.dossier");
}

/// Lines of a file for the numbering of the next one: its line feeds, plus one.
std::uint32_t line_count(std::string_view file) {
    return 1 + static_cast<std::uint32_t>(std::count(file.begin(), file.end(), '\n'));
}

/// 1-based number of the line holding byte `offset` of `text` (LF, CRLF and CR end a line).
std::uint32_t line_at(std::string_view text, std::size_t offset) {
    std::uint32_t n = 1;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i)
        if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n')))
            ++n;
    return n;
}

/// « fichier n° 2 : » when the dossier comes in several files, else nothing.
std::vector<Message> file_label(std::size_t file_number) {
    if (file_number == 0)
        return {};
    return {Message("phrase.extraction.file").arg("number", file_number)};
}

/// A file that is not text: an `EXTRACT-NOT-TEXT` warning saying what it looks like (`what`,
/// also the variant of the message: « pdf », « zip », « ole », « binary »).
void not_text(detail::Sink& sink, std::size_t file_number, std::string_view what) {
    compliance::Diagnostic d;
    d.rule = "EXTRACT-NOT-TEXT";
    d.severity = compliance::Severity::warning;
    d.parts.push_back(
        Message("EXTRACT-NOT-TEXT." + std::string(what)).arg("file", file_label(file_number)));
    d.render_messages(); // these findings bypass the emitter
    d.location.document = DocumentKind::dossier;
    d.facts.emplace_back("format", std::string(what), Unit::code);
    if (file_number != 0)
        d.facts.emplace_back("file", std::to_string(file_number), Unit::count);
    sink.findings().push_back(std::move(d));
}

/// The text of a file that was not UTF-8, converted: an `EXTRACT-ENCODING` warning naming the
/// encoding detected and, for a single-byte encoding, the line of the first byte that is not
/// UTF-8: `line` in the file (0: none), `number` counted through the files as spans are.
void converted_from(detail::Sink& sink, std::size_t file_number, std::string_view encoding,
                    std::string_view converted, std::uint32_t line, std::uint32_t number,
                    std::string_view byte) {
    compliance::Diagnostic d;
    d.rule = "EXTRACT-ENCODING";
    d.severity = compliance::Severity::warning;
    std::vector<Message> first_byte;
    if (line != 0)
        first_byte.push_back(
            Message("EXTRACT-ENCODING.first_byte").arg("byte", byte).arg("line", line));
    d.parts.push_back(Message("EXTRACT-ENCODING")
                          .arg("file", file_label(file_number))
                          .arg("first_byte", std::move(first_byte))
                          .arg("encoding", encoding));
    d.render_messages(); // these findings bypass the emitter
    d.location.document = DocumentKind::dossier;
    if (line != 0) {
        d.location.section = "ligne " + std::to_string(number);
        // The line as converted, so that the reader sees which line it is.
        std::size_t b = 0;
        for (std::uint32_t n = 1; n < line;) {
            const auto e = converted.find_first_of("\r\n", b);
            if (e == std::string_view::npos)
                break;
            b = e + (converted.substr(e).starts_with("\r\n") ? 2 : 1);
            ++n;
        }
        const auto e = std::min(converted.find_first_of("\r\n", b), converted.size());
        const std::string text = detail::normalise_line(converted.substr(b, e - b));
        d.location.text = text.size() > 200 ? text.substr(0, 200) : text;
        d.facts.emplace_back("line", std::to_string(number), Unit::count);
        d.facts.emplace_back("byte", std::string(byte), Unit::code);
    }
    d.facts.emplace_back("encoding", std::string(encoding), Unit::code);
    if (file_number != 0)
        d.facts.emplace_back("file", std::to_string(file_number), Unit::count);
    sink.findings().push_back(std::move(d));
}

/// Where the first of a notice's objects is, as a message: « page 3 », « paragraphe 12 »,
/// « paragraphe 12 (tableau 1, ligne 2, cellule 3) ».
Message place_phrase(const io::LineOrigin& o) {
    if (o.page != 0)
        return Message("phrase.extraction.place.page").arg("page", std::size_t{o.page});
    if (o.table != 0)
        return Message("phrase.extraction.place.cell")
            .arg("paragraph", std::size_t{o.paragraph})
            .arg("table", std::size_t{o.table})
            .arg("row", std::size_t{o.row})
            .arg("cell", std::size_t{o.cell});
    return Message("phrase.extraction.place.paragraph").arg("paragraph", std::size_t{o.paragraph});
}

/// What a document reader noticed (io::DocumentNotice) as an `EXTRACT-…` warning: tracked
/// changes, comments, a PDF or pages of it without text. `first_number` numbers the file's
/// first line among all the files.
void notice(detail::Sink& sink, std::size_t file_number, const io::DocumentText& doc,
            const io::DocumentNotice& n, std::uint32_t first_number) {
    using Kind = io::DocumentNotice::Kind;
    compliance::Diagnostic d;
    d.severity = compliance::Severity::warning;
    std::vector<Message> excerpt;
    if (!n.excerpt.empty())
        excerpt.push_back(Message("phrase.extraction.excerpt").arg("text", n.excerpt));
    switch (n.kind) {
    case Kind::tracked_changes:
        d.rule = "EXTRACT-TRACKED-CHANGES";
        d.parts.push_back(Message("EXTRACT-TRACKED-CHANGES")
                              .arg("file", file_label(file_number))
                              .arg("count", std::size_t{n.count})
                              .arg("insertions", std::size_t{n.insertions})
                              .arg("deletions", std::size_t{n.deletions})
                              .arg("place", place_phrase(n.first))
                              .arg("excerpt", std::move(excerpt)));
        d.facts.emplace_back("insertions", std::to_string(n.insertions), Unit::count);
        d.facts.emplace_back("deletions", std::to_string(n.deletions), Unit::count);
        break;
    case Kind::comments:
        d.rule = "EXTRACT-COMMENTS";
        d.parts.push_back(Message("EXTRACT-COMMENTS")
                              .arg("file", file_label(file_number))
                              .arg("count", std::size_t{n.count})
                              .arg("place", place_phrase(n.first))
                              .arg("excerpt", std::move(excerpt)));
        break;
    case Kind::no_text:
        d.rule = "EXTRACT-PDF-NO-TEXT";
        d.parts.push_back(Message("EXTRACT-PDF-NO-TEXT")
                              .arg("file", file_label(file_number))
                              .arg("pages", std::size_t{doc.pages}));
        break;
    case Kind::pages_no_text:
        d.rule = "EXTRACT-PDF-NO-TEXT";
        d.parts.push_back(Message("EXTRACT-PDF-NO-TEXT.pages")
                              .arg("file", file_label(file_number))
                              .arg("count", std::size_t{n.count})
                              .arg("pages", std::size_t{doc.pages})
                              .arg("page", std::size_t{n.first.page}));
        break;
    }
    d.render_messages(); // these findings bypass the emitter
    d.location.document = DocumentKind::dossier;
    d.facts.emplace_back("format", std::string(io::to_string(doc.format)), Unit::code);
    d.facts.emplace_back("count", std::to_string(n.count), Unit::count);
    if (n.line != 0) {
        const std::uint32_t number = first_number + n.line - 1;
        d.location.section = "ligne " + std::to_string(number);
        d.facts.emplace_back("line", std::to_string(number), Unit::count);
    }
    if (n.first.page != 0)
        d.facts.emplace_back("page", std::to_string(n.first.page), Unit::count);
    if (n.first.paragraph != 0)
        d.facts.emplace_back("paragraph", std::to_string(n.first.paragraph), Unit::count);
    if (file_number != 0)
        d.facts.emplace_back("file", std::to_string(file_number), Unit::count);
    sink.findings().push_back(std::move(d));
}

/// Characters (code points) of `line` from byte `from` to byte `to` (excluded), both clamped.
std::uint32_t chars_between(std::string_view line, std::size_t from, std::size_t to) {
    to = std::min(to, line.size());
    std::uint32_t n = 0;
    for (std::size_t i = from; i < to; ++i)
        if ((static_cast<unsigned char>(line[i]) & 0xC0U) != 0x80U)
            ++n;
    return n;
}

/// The place in the original document of a span of `doc`'s text, whose line `local` (0-based)
/// is `line`; nullopt when the line is not in the map.
std::optional<DocumentPlace> place_of(const Span& s, std::uint32_t first_number,
                                      const io::DocumentText& doc,
                                      const std::vector<std::size_t>& line_starts) {
    const std::size_t local = s.first_line - first_number;
    if (s.first_line < first_number || local >= doc.lines.size())
        return std::nullopt;
    const std::string_view text = doc.text;
    const auto line_text = [&](std::size_t index) {
        if (index >= line_starts.size())
            return std::string_view();
        const std::size_t b = line_starts[index];
        const auto e = std::min(text.find('\n', b), text.size());
        return text.substr(b, e - b);
    };
    const io::LineOrigin& o = doc.lines[local];
    DocumentPlace p;
    p.format = doc.format;
    p.page = o.page;
    p.paragraph = o.paragraph;
    p.table = o.table;
    p.row = o.row;
    p.cell = o.cell;
    if (o.paragraph != 0) {
        const std::string_view first = line_text(local);
        const std::size_t from = o.label_bytes;
        p.first_char = o.first_char +
                       chars_between(first, from, std::max<std::size_t>(s.first_column, 1) - 1) + 1;
        const std::size_t last_local = s.last_line - first_number;
        if (last_local < doc.lines.size() && doc.lines[last_local].paragraph == o.paragraph) {
            const io::LineOrigin& lo = doc.lines[last_local];
            const std::string_view last = last_local == local ? first : line_text(last_local);
            p.last_char = lo.first_char + chars_between(last, lo.label_bytes, s.last_column);
            p.last_char = std::max(p.last_char, p.first_char);
        }
    }
    return p;
}

} // namespace

namespace detail {

std::optional<std::string_view> decode_file(std::string_view raw, std::string& storage,
                                            std::uint32_t first_number, std::size_t file_number,
                                            Sink& sink) {
    // Formats that are not text, by their signature (a PDF's may follow a few bytes of junk).
    struct Advice {
        io::BinaryFormat format;
        std::string_view name;
    };
    static constexpr std::array<Advice, 3> advice = {{
        {io::BinaryFormat::pdf, "pdf"},
        {io::BinaryFormat::zip, "zip"},
        {io::BinaryFormat::ole, "ole"},
    }};
    const io::BinaryFormat format = io::binary_format(raw, 1024);
    for (const auto& a : advice)
        if (a.format == format) {
            not_text(sink, file_number, a.name);
            return std::nullopt;
        }
    // UTF-16: by its byte order mark, or without one by the zero bytes of ASCII characters,
    // all at odd offsets (little-endian) or all at even ones (big-endian). Other zero bytes,
    // when they are 1 % of the start of the file or more, mean binary data; a few stray ones
    // in a text are read as they are.
    std::optional<bool> utf16_big_endian;
    std::size_t skip = 0;
    if (raw.starts_with("\xFF\xFE") || raw.starts_with("\xFE\xFF")) {
        utf16_big_endian = raw[0] == '\xFE';
        skip = 2;
    } else if (const auto head = raw.substr(0, 4096); head.find('\0') != std::string_view::npos) {
        std::size_t even = 0, odd = 0;
        for (std::size_t i = 0; i < head.size(); ++i)
            if (head[i] == '\0')
                ++(i % 2 == 0 ? even : odd);
        const std::size_t half = head.size() / 2;
        if (even == 0 && odd * 5 >= half * 2)
            utf16_big_endian = false;
        else if (odd == 0 && even * 5 >= half * 2)
            utf16_big_endian = true;
        if (!utf16_big_endian && (even + odd) * 100 >= head.size()) {
            not_text(sink, file_number, "binary");
            return std::nullopt;
        }
    }
    if (utf16_big_endian) {
        storage = io::utf16_to_utf8(raw.substr(skip), *utf16_big_endian);
        converted_from(sink, file_number, *utf16_big_endian ? "UTF-16BE" : "UTF-16LE", storage, 0,
                       0, {});
        return std::string_view(storage);
    }
    const auto scan = io::scan_utf8(raw);
    if (scan.first_invalid == raw.size())
        return raw; // UTF-8 (a byte order mark is dropped by the normalisation)
    const io::Transcode t =
        scan.multibyte_before ? io::Transcode::invalid_only : io::single_byte_encoding(raw);
    storage.clear();
    storage.reserve(raw.size() + raw.size() / 8);
    io::append_transcoded(storage, raw.data(), raw.data() + raw.size(), false, t);
    const std::string_view name = t == io::Transcode::all_latin9   ? "ISO-8859-15"
                                  : t == io::Transcode::all_cp1252 ? "Windows-1252"
                                                                   : "UTF-8 mêlé de Windows-1252";
    const std::uint32_t line = line_at(raw, scan.first_invalid);
    converted_from(sink, file_number, name, storage, line, first_number + line - 1,
                   io::escape_bytes(raw.substr(scan.first_invalid, 1)));
    return std::string_view(storage);
}

} // namespace detail

namespace {

/// A file to extract from: its bytes, and what io::read_document made of it (nullptr: text).
struct Input {
    std::string_view raw;
    const io::DocumentText* document = nullptr;
};

Extraction extract_inputs(std::span<const Input> inputs) {
    using namespace detail;
    Extraction result;
    Sink sink(DocumentKind::dossier);
    // Each file as UTF-8 text: converted from its encoding, or left out when it is not text; a
    // document's text is UTF-8 already.
    std::vector<std::string_view> raw_files(inputs.size());
    std::vector<std::string> converted(inputs.size());
    std::vector<std::optional<std::string_view>> files(inputs.size());
    std::vector<std::uint32_t> first_numbers(inputs.size());
    std::uint32_t first_number = 1;
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        const auto* doc = inputs[i].document;
        const std::size_t file_number = inputs.size() > 1 ? i + 1 : 0;
        raw_files[i] = inputs[i].raw;
        first_numbers[i] = first_number;
        if (doc != nullptr && doc->format != io::DocumentFormat::text) {
            files[i] = std::string_view(doc->text);
            for (const auto& n : doc->notices)
                notice(sink, file_number, *doc, n, first_number);
        } else {
            files[i] = decode_file(raw_files[i], converted[i], first_number, file_number, sink);
        }
        first_number += line_count(files[i].value_or(raw_files[i]));
    }
    std::vector<Section> sections;
    std::vector<DocumentKind> kinds_read;
    first_number = 1;
    for (std::size_t i = 0; i < files.size(); ++i) {
        const std::uint32_t first = first_number;
        first_number += line_count(files[i].value_or(raw_files[i]));
        if (files[i])
            for (auto& s : read_sections(*files[i], first, kinds_read))
                sections.push_back(std::move(s));
    }
    if (sections.empty()) {
        sink.missing("EXTRACT-NO-DOCUMENT", compliance::Severity::warning, "", nullptr,
                     Message("EXTRACT-NO-DOCUMENT"));
    }
    for (const auto& sec : sections) {
        sink.set_document(sec.kind);
        const bool seen = std::find(result.documents.begin(), result.documents.end(), sec.kind) !=
                          result.documents.end();
        if (seen) {
            sink.missing(
                "EXTRACT-DOCUMENT-REPEATED", compliance::Severity::warning, "", &sec.lines.front(),
                Message("EXTRACT-DOCUMENT-REPEATED").arg("document", document_name(sec.kind)));
            continue;
        }
        result.documents.push_back(sec.kind);
        // No catch: an extractor does not throw on content, and a failure (memory exhausted)
        // must not yield a dossier that silently lacks the document.
        switch (sec.kind) {
        case DocumentKind::deliberation:
            result.dossier.deliberation = extract_deliberation(sec, sink);
            read_general(sec, sink, *result.dossier.deliberation);
            break;
        case DocumentKind::convention:
            result.dossier.convention = extract_convention(sec, sink);
            read_general(sec, sink, *result.dossier.convention);
            break;
        case DocumentKind::rapport:
            result.dossier.rapport = extract_rapport(sec, sink);
            read_general(sec, sink, *result.dossier.rapport);
            break;
        case DocumentKind::dossier:
            break;
        }
    }
    if (!sections.empty()) {
        sink.set_document(DocumentKind::dossier);
        for (const auto k :
             {DocumentKind::deliberation, DocumentKind::rapport, DocumentKind::convention})
            if (std::find(result.documents.begin(), result.documents.end(), k) ==
                result.documents.end())
                sink.missing("EXTRACT-DOCUMENT-ABSENT", compliance::Severity::info,
                             "/" + std::string(to_string(k)), nullptr,
                             Message("EXTRACT-DOCUMENT-ABSENT").arg("document", document_name(k)));
    }
    result.spans = std::move(sink.spans());
    result.findings = std::move(sink.findings());
    // Spans in a document's text: their place in the original file (the text's lines are
    // separated by '\n' only).
    std::vector<std::vector<std::size_t>> line_starts(inputs.size());
    for (std::size_t i = 0; i < inputs.size(); ++i)
        if (const auto* doc = inputs[i].document;
            doc != nullptr && doc->format != io::DocumentFormat::text) {
            line_starts[i].push_back(0);
            for (std::size_t k = 0; k < doc->text.size(); ++k)
                if (doc->text[k] == '\n')
                    line_starts[i].push_back(k + 1);
        }
    for (auto& s : result.spans) {
        const auto after =
            std::upper_bound(first_numbers.begin(), first_numbers.end(), s.span.first_line);
        if (after == first_numbers.begin())
            continue;
        const auto i = static_cast<std::size_t>(after - first_numbers.begin() - 1);
        const auto* doc = inputs[i].document;
        if (doc == nullptr || doc->format == io::DocumentFormat::text)
            continue;
        s.place = place_of(s.span, first_numbers[i], *doc, line_starts[i]);
        if (s.place)
            s.place->file = static_cast<std::uint32_t>(i + 1);
    }
    return result;
}

} // namespace

Extraction extract(std::span<const std::string_view> raw_files, const ExtractOptions&) {
    std::vector<Input> inputs;
    inputs.reserve(raw_files.size());
    for (const auto f : raw_files)
        inputs.push_back(Input{f, nullptr});
    return extract_inputs(inputs);
}

Extraction extract(std::span<const io::DocumentText> files, const ExtractOptions&) {
    std::vector<Input> inputs;
    inputs.reserve(files.size());
    for (const auto& f : files)
        inputs.push_back(Input{f.text, &f});
    return extract_inputs(inputs);
}

Extraction extract(std::string_view text, const ExtractOptions& options) {
    const std::array<std::string_view, 1> one{text};
    return extract(std::span<const std::string_view>(one), options);
}

} // namespace subvention::text
