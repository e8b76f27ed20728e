// SPDX-License-Identifier: Apache-2.0
// subvention — deliberation numbers (« 2023-122 »).
// Part of the identifiers; <subvention/identifiers.hpp> includes every part.
#pragma once

#include <algorithm>
#include <array>
#include <compare>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include <subvention/detail/ascii.hpp>
#include <subvention/detail/identifiers_tables.hpp>
#include <subvention/identifiers/compaction.hpp>
#include <subvention/result.hpp>

namespace subvention {

/// Deliberation number (« numéro de délibération »), kept as the collectivité prints it.
///
/// No national text fixes its format. Two shapes are read:
///  - the registers' usual `année-numéro d'ordre`: an optional `N°`/`n°`/`Nº`/`nº` prefix, a
///    4-digit year, a separator (`-`, `/`, U+2010, U+2011 or en dash U+2013, spaces allowed
///    around it), a sequence of 1–6 digits (`2023-122`, `N° 2023 / 122`). Made of digits only,
///    such a text must be well formed: a year outside 1900–2299 or a sequence 0 is a `range`
///    error, a 2- or 5-digit year or a 7-digit sequence a `length` error — typing errors, not
///    a local style;
///  - a local numbering, kept verbatim: letters, digits, spaces and the marks `- / . _ :`
///    (`DCP-2024-0415`, `DE/2016/191`, `3.1 - DE/2016/191`, `CP2023-122`, `2023-122 bis`), or
///    digits only written `numéro/année` (`36/2023`). Its year and sequence are read when it
///    embeds a `YYYY-N` (or `N/YYYY`) group; otherwise they are unknown, never guessed.
///    Anything else (no digit, other characters, more than `max_bytes` bytes) is a `format`
///    error.
/// The text is kept as printed (`text()`, `formatted()`): `2024-0415` stays `2024-0415`.
/// Numbers compare by `compact()`: upper case, each run of separators one `-`, leading zeros
/// of digit groups dropped (`2016-0391` = `2016/391`); they order by year, sequence, then
/// `compact()`. A département's own pattern is checked by `DeliberationNumberFormat`.
class DeliberationNumber {
public:
    static constexpr int min_year = 1900;
    static constexpr int max_year = 2299;
    static constexpr int max_sequence_digits = 6;
    static constexpr std::size_t max_bytes = 48;

    /// Parses `2023-122`, `N°2023-122`, `n° 2023 - 122`, `2023/122`, `DCP-2024-0415`.
    [[nodiscard]] static Result<DeliberationNumber> parse(std::string_view input) {
        std::string_view s = input;
        while (const auto n = space_size(s))
            s.remove_prefix(n);
        while (const auto n = trailing_space_size(s))
            s.remove_suffix(n);
        if (s.empty())
            return make_error(ErrorKind::empty, field, input, "num\u00E9ro vide");
        // The prefix, repeated or after separators (« /n° 12A »), is not part of the number:
        // the comparison key skips leading separators, so keeping it would make a key that
        // reads back as another number (« /nº1632 » keyed « 1632 »).
        for (bool again = true; again;) {
            again = false;
            std::string_view rest = s;
            while (const auto n = separator_size(rest))
                rest.remove_prefix(n);
            for (const std::string_view prefix : {"N\u00B0", "n\u00B0", "N\u00BA", "n\u00BA"}) {
                if (rest.starts_with(prefix)) {
                    s = rest.substr(prefix.size());
                    while (const auto n = space_size(s))
                        s.remove_prefix(n);
                    again = true;
                    break;
                }
            }
        }
        auto standard = parse_standard(input, s);
        if (standard || has_letter(s) == false) {
            // Digits only: the usual shape, or `numéro/année`.
            if (!standard) {
                if (const auto core = find_core(s, true);
                    core && core->whole && s.size() <= max_bytes)
                    return DeliberationNumber(s, core->year, core->sequence);
            }
            return standard;
        }
        if (s.size() > max_bytes)
            return make_error(ErrorKind::length, field, input,
                              "num\u00E9ro de plus de " + std::to_string(max_bytes) + " octets");
        if (std::none_of(s.begin(), s.end(), [](char c) { return detail::is_digit(c); }))
            return make_error(ErrorKind::format, field, input,
                              "un num\u00E9ro de d\u00E9lib\u00E9ration comporte au moins un "
                              "chiffre");
        for (std::size_t i = 0; i < s.size();) {
            const std::size_t sep = separator_size(s.substr(i));
            if (sep != 0) {
                i += sep;
                continue;
            }
            if (!detail::is_ascii_alnum(s[i]) && !s.substr(i).starts_with("\u00B0") &&
                !s.substr(i).starts_with("\u00BA"))
                return make_error(ErrorKind::format, field, input,
                                  "caract\u00E8re non admis dans un num\u00E9ro de "
                                  "d\u00E9lib\u00E9ration (lettres, chiffres, espaces et "
                                  "\u00AB - / . _ : \u00BB)");
            i += s[i] == '\xC2' ? 2u : 1u;
        }
        const auto core = find_core(s, false);
        return DeliberationNumber(s, core ? core->year : 0, core ? core->sequence : 0);
    }

    /// The year of the numbering (« millésime »), 1900–2299, when the number states it.
    [[nodiscard]] constexpr std::optional<int> year() const noexcept {
        return year_ != 0 ? std::optional<int>(year_) : std::nullopt;
    }
    /// The sequence number within the year (« numéro d'ordre »), ≥ 1, when the number states
    /// it with its year.
    [[nodiscard]] constexpr std::optional<int> sequence() const noexcept {
        return sequence_ != 0 ? std::optional<int>(sequence_) : std::nullopt;
    }
    /// As printed (without `N°` and the blanks around): `DCP-2024-0415`.
    [[nodiscard]] constexpr std::string_view text() const noexcept {
        return {text_.data(), text_size_};
    }
    /// The comparison key: `DCP-2024-415`, `2023-122`.
    [[nodiscard]] constexpr std::string_view compact() const noexcept {
        return {key_.data(), key_size_};
    }
    /// As printed (same as `text()`).
    [[nodiscard]] std::string formatted() const { return std::string(text()); }
    /// Whether the number has the registers' usual shape `YYYY-N` and nothing else.
    [[nodiscard]] constexpr bool is_standard() const noexcept { return standard_; }

    friend constexpr bool operator==(const DeliberationNumber& a,
                                     const DeliberationNumber& b) noexcept {
        return a.compact() == b.compact();
    }
    /// Chronological where the numbers say it: by year, then by sequence (`2023-99` <
    /// `2023-122`), then by `compact()`; a number without a year comes first.
    friend constexpr std::strong_ordering operator<=>(const DeliberationNumber& a,
                                                      const DeliberationNumber& b) noexcept {
        if (const auto c = a.year_ <=> b.year_; c != 0)
            return c;
        if (const auto c = a.sequence_ <=> b.sequence_; c != 0)
            return c;
        return a.compact() <=> b.compact();
    }

private:
    static constexpr std::string_view field = "num\u00E9ro de d\u00E9lib\u00E9ration";

    struct Core {
        int year = 0;
        int sequence = 0;
        bool whole = false; ///< the group is the whole text
    };

    DeliberationNumber(std::string_view text, int year, int sequence, bool standard = false)
        : year_(static_cast<std::int16_t>(year))
        , sequence_(sequence)
        , standard_(standard) {
        for (const char c : text)
            text_[text_size_++] = c;
        // Key: `YYYY-N` for the usual shape; otherwise upper case, each run of separators one
        // '/' when it holds one, else one '-', leading zeros of digit groups dropped.
        if (standard) {
            const std::string k = std::to_string(year) + "-" + std::to_string(sequence);
            for (const char c : k)
                key_[key_size_++] = c;
            return;
        }
        std::size_t i = 0;
        char pending = 0;
        while (i < text.size()) {
            if (const auto n = separator_size(text.substr(i))) {
                if (key_size_ != 0 && pending != '/')
                    pending = text[i] == '/' ? '/' : '-';
                i += n;
                continue;
            }
            if (pending != 0)
                key_[key_size_++] = pending;
            pending = 0;
            if (detail::is_digit(text[i])) {
                std::size_t e = i;
                while (e < text.size() && detail::is_digit(text[e]))
                    ++e;
                while (i + 1 < e && text[i] == '0')
                    ++i;
                while (i < e)
                    key_[key_size_++] = text[i++];
                continue;
            }
            key_[key_size_++] = detail::ascii_upper(text[i]);
            ++i;
        }
    }

    /// The usual shape, with its errors (`input` for the messages; `s` trimmed, no prefix).
    static Result<DeliberationNumber> parse_standard(std::string_view input, std::string_view s) {
        const auto bad = [&](std::string_view why) {
            return make_error(ErrorKind::format, field, input, std::string(why));
        };
        const std::string_view whole = s;
        const auto skip_spaces = [&s] {
            while (const auto n = space_size(s))
                s.remove_prefix(n);
        };
        const auto digits = [&s] {
            std::size_t n = 0;
            while (n < s.size() && detail::is_digit(s[n]))
                ++n;
            return n;
        };
        const auto year_digits = digits();
        if (year_digits == 0)
            return bad(
                "un num\u00E9ro de d\u00E9lib\u00E9ration s'\u00E9crit ann\u00E9e-num\u00E9ro "
                "(2023-122)");
        if (year_digits != 4)
            return make_error(ErrorKind::length, field, input,
                              "l'ann\u00E9e s'\u00E9crit sur 4 chiffres");
        const int year =
            (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
        s.remove_prefix(4);
        skip_spaces();
        const std::size_t sep = dash_size(s);
        if (sep == 0)
            return bad("s\u00E9parateur attendu entre l'ann\u00E9e et le num\u00E9ro (2023-122)");
        s.remove_prefix(sep);
        skip_spaces();
        const auto seq_digits = digits();
        if (seq_digits == 0 || seq_digits != s.size())
            return bad("apr\u00E8s l'ann\u00E9e, le num\u00E9ro d'ordre ne contient que des "
                       "chiffres (2023-122)");
        std::size_t first = 0;
        while (first + 1 < seq_digits && s[first] == '0')
            ++first;
        if (seq_digits - first > static_cast<std::size_t>(max_sequence_digits))
            return make_error(ErrorKind::length, field, input,
                              "le num\u00E9ro d'ordre a plus de 6 chiffres");
        int sequence = 0;
        for (std::size_t i = first; i < seq_digits; ++i)
            sequence = sequence * 10 + (s[i] - '0');
        if (year < min_year || year > max_year)
            return make_error(ErrorKind::range, field, input,
                              "ann\u00E9e " + std::to_string(year) +
                                  " hors de la plage prise en charge (1900\u20132299)");
        if (sequence == 0)
            return make_error(ErrorKind::range, field, input,
                              "le num\u00E9ro d'ordre 0 n'existe pas");
        if (whole.size() > max_bytes)
            return make_error(ErrorKind::length, field, input,
                              "num\u00E9ro de plus de " + std::to_string(max_bytes) + " octets");
        return DeliberationNumber(whole, year, sequence, true);
    }

    /// The first `YYYY-N` group of `s` (digits runs bounded by non-digits; a year 1900–2299, a
    /// sequence of 1–6 significant digits, not 0), else the first `N/YYYY` one.
    static std::optional<Core> find_core(std::string_view s, bool slash_only) {
        struct Run {
            std::size_t begin, end;
        };
        std::array<Run, max_bytes> runs{};
        std::size_t count = 0;
        for (std::size_t i = 0; i < s.size() && count < runs.size();) {
            if (!detail::is_digit(s[i])) {
                ++i;
                continue;
            }
            std::size_t e = i;
            while (e < s.size() && detail::is_digit(s[e]))
                ++e;
            runs[count++] = {i, e};
            i = e;
        }
        const auto value = [&s](Run r, int& out) {
            while (r.begin + 1 < r.end && s[r.begin] == '0')
                ++r.begin;
            if (r.end - r.begin > static_cast<std::size_t>(max_sequence_digits))
                return false;
            out = 0;
            for (std::size_t i = r.begin; i < r.end; ++i)
                out = out * 10 + (s[i] - '0');
            return true;
        };
        // Between two runs: separators only (for `N/YYYY`, one of them a slash).
        const auto joined = [&s](Run a, Run b, bool slash) {
            const std::string_view between = s.substr(a.end, b.begin - a.end);
            bool has_slash = false;
            for (std::size_t i = 0; i < between.size();) {
                const auto n = separator_size(between.substr(i));
                if (n == 0)
                    return false;
                has_slash = has_slash || between[i] == '/';
                i += n;
            }
            return !between.empty() && (!slash || has_slash);
        };
        const auto is_year = [&s](Run r, int& out) {
            while (r.begin + 1 < r.end && s[r.begin] == '0')
                ++r.begin;
            if (r.end - r.begin != 4)
                return false;
            out = (s[r.begin] - '0') * 1000 + (s[r.begin + 1] - '0') * 100 +
                  (s[r.begin + 2] - '0') * 10 + (s[r.begin + 3] - '0');
            return out >= min_year && out <= max_year;
        };
        for (std::size_t k = 0; k + 1 < count && !slash_only; ++k) {
            Core c;
            if (is_year(runs[k], c.year) && joined(runs[k], runs[k + 1], false) &&
                value(runs[k + 1], c.sequence) && c.sequence != 0) {
                c.whole = runs[k].begin == 0 && runs[k + 1].end == s.size();
                return c;
            }
        }
        // `N/YYYY` only when N cannot be a year: « 2000//2090 » is the usual shape mistyped,
        // not number 2000 of 2090 (whose key « 2000/2090 » would read back as 2000-2090).
        for (std::size_t k = 0; k + 1 < count; ++k) {
            Core c;
            int year_first = 0;
            if (!is_year(runs[k], year_first) && is_year(runs[k + 1], c.year) &&
                joined(runs[k], runs[k + 1], true) && value(runs[k], c.sequence) &&
                c.sequence != 0) {
                c.whole = runs[k].begin == 0 && runs[k + 1].end == s.size();
                return c;
            }
        }
        return std::nullopt;
    }

    static constexpr bool has_letter(std::string_view s) noexcept {
        for (const char c : s)
            if (detail::is_ascii_alpha(c))
                return true;
        return false;
    }
    /// Byte length of a leading dash of the usual shape (`-`, `/`, U+2010, U+2011, U+2013).
    static constexpr std::size_t dash_size(std::string_view s) noexcept {
        for (const std::string_view dash : {"-", "/", "\u2010", "\u2011", "\u2013"})
            if (s.starts_with(dash))
                return dash.size();
        return 0;
    }
    /// Byte length of a leading separator of a local number (a dash, a blank, `.`, `_`, `:`).
    static constexpr std::size_t separator_size(std::string_view s) noexcept {
        if (const auto n = dash_size(s))
            return n;
        if (const auto n = space_size(s))
            return n;
        return !s.empty() && (s[0] == '.' || s[0] == '_' || s[0] == ':') ? 1 : 0;
    }
    /// Byte length of a leading space (ASCII space/tab, U+00A0, U+202F, U+2009), else 0.
    static constexpr std::size_t space_size(std::string_view s) noexcept {
        if (s.empty())
            return 0;
        if (s[0] == ' ' || s[0] == '\t')
            return 1;
        if (s.starts_with("\u00A0"))
            return 2;
        if (s.starts_with("\u202F") || s.starts_with("\u2009"))
            return 3;
        return 0;
    }
    /// Byte length of a trailing space, else 0.
    static constexpr std::size_t trailing_space_size(std::string_view s) noexcept {
        if (s.ends_with(' ') || s.ends_with('\t'))
            return 1;
        if (s.ends_with("\u00A0"))
            return 2;
        if (s.ends_with("\u202F") || s.ends_with("\u2009"))
            return 3;
        return 0;
    }

    std::int16_t year_ = 0;
    std::int32_t sequence_ = 0;
    bool standard_ = false;
    std::uint8_t text_size_ = 0;
    std::uint8_t key_size_ = 0;
    std::array<char, max_bytes> text_{};
    std::array<char, max_bytes> key_{};
};

/// A département's own numbering pattern (« format de numérotation »), declared so that its
/// numbers are checked: literal characters, `{année}` (or `{year}`: 4 digits, 1900–2299) and
/// `{numéro}` (or `{number}`: 1–6 digits; `{numéro:4}` exactly 4 digits), e.g.
/// `DCP-{année}-{numéro:4}`. Letters compare without case, the rest byte for byte.
class DeliberationNumberFormat {
public:
    /// Parses a pattern; it must hold `{numéro}` once and `{année}` at most once, and at most
    /// `DeliberationNumber::max_bytes` bytes.
    [[nodiscard]] static Result<DeliberationNumberFormat> parse(std::string_view pattern) {
        constexpr std::string_view field = "format de num\u00E9ro de d\u00E9lib\u00E9ration";
        const auto bad = [&](std::string_view why) {
            return make_error(ErrorKind::format, field, pattern, std::string(why));
        };
        if (pattern.empty())
            return make_error(ErrorKind::empty, field, pattern, "format vide");
        if (pattern.size() > DeliberationNumber::max_bytes)
            return make_error(ErrorKind::length, field, pattern, "format trop long");
        DeliberationNumberFormat f;
        int years = 0, numbers = 0;
        for (std::size_t i = 0; i < pattern.size();) {
            if (pattern[i] != '{') {
                if (pattern[i] == '}')
                    return bad("\u00AB } \u00BB sans \u00AB { \u00BB");
                f.parts_[f.count_++] = Part{Part::literal, pattern[i], 0};
                ++i;
                continue;
            }
            const auto close = pattern.find('}', i);
            if (close == std::string_view::npos)
                return bad("\u00AB { \u00BB sans \u00AB } \u00BB");
            std::string_view name = pattern.substr(i + 1, close - i - 1);
            std::uint8_t width = 0;
            if (const auto colon = name.find(':'); colon != std::string_view::npos) {
                const auto w = name.substr(colon + 1);
                if (w.size() != 1 || w[0] < '1' || w[0] > '6')
                    return bad("largeur de 1 \u00E0 6 chiffres attendue apr\u00E8s \u00AB : "
                               "\u00BB");
                width = static_cast<std::uint8_t>(w[0] - '0');
                name = name.substr(0, colon);
            }
            if (name == "ann\u00E9e" || name == "year") {
                if (width != 0)
                    return bad("l'ann\u00E9e s'\u00E9crit sur 4 chiffres : pas de largeur");
                f.parts_[f.count_++] = Part{Part::year, 0, 4};
                ++years;
            } else if (name == "num\u00E9ro" || name == "number") {
                f.parts_[f.count_++] = Part{Part::sequence, 0, width};
                ++numbers;
            } else {
                return bad("champ inconnu \u00AB {" + std::string(name) +
                           "} \u00BB : {ann\u00E9e} ou {num\u00E9ro} attendu");
            }
            i = close + 1;
        }
        if (numbers != 1 || years > 1)
            return bad("le format contient {num\u00E9ro} une fois et {ann\u00E9e} au plus une "
                       "fois");
        for (const char c : pattern)
            f.text_[f.text_size_++] = c;
        return f;
    }

    /// Year and sequence of `number` when it follows the pattern (year 0: the pattern has
    /// none), nullopt otherwise.
    struct Match {
        int year = 0;
        int sequence = 0;
    };
    [[nodiscard]] std::optional<Match> match(const DeliberationNumber& number) const noexcept {
        const std::string_view s = number.text();
        Match m;
        std::size_t at = 0;
        for (std::size_t k = 0; k < count_; ++k) {
            const Part& p = parts_[k];
            if (p.kind == Part::literal) {
                if (at >= s.size() || detail::ascii_upper(s[at]) != detail::ascii_upper(p.c))
                    return std::nullopt;
                ++at;
                continue;
            }
            std::size_t e = at;
            while (e < s.size() && detail::is_digit(s[e]))
                ++e;
            const std::size_t n = e - at;
            if (n == 0 || (p.width != 0 && n != p.width) ||
                (p.kind == Part::sequence && p.width == 0 && n > 6))
                return std::nullopt;
            int v = 0;
            for (std::size_t i = at; i < e; ++i)
                v = v * 10 + (s[i] - '0');
            if (p.kind == Part::year) {
                if (v < DeliberationNumber::min_year || v > DeliberationNumber::max_year)
                    return std::nullopt;
                m.year = v;
            } else {
                if (v == 0)
                    return std::nullopt;
                m.sequence = v;
            }
            at = e;
        }
        if (at != s.size())
            return std::nullopt;
        return m;
    }

    /// The pattern as declared.
    [[nodiscard]] std::string_view text() const noexcept { return {text_.data(), text_size_}; }

private:
    struct Part {
        enum Kind : std::uint8_t { literal, year, sequence } kind = literal;
        char c = 0;
        std::uint8_t width = 0;
    };
    DeliberationNumberFormat() = default;
    std::array<Part, DeliberationNumber::max_bytes> parts_{};
    std::size_t count_ = 0;
    std::array<char, DeliberationNumber::max_bytes> text_{};
    std::size_t text_size_ = 0;
};

} // namespace subvention

/// Hashes of the identifiers: the hash of their compact form.
template <>
struct std::hash<subvention::DeliberationNumber> {
    std::size_t operator()(const subvention::DeliberationNumber& v) const noexcept {
        return std::hash<std::string_view>{}(v.compact());
    }
};
