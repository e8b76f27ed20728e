// SPDX-License-Identifier: Apache-2.0
// subvention — amounts in words (« montant en toutes lettres »), as French acts write them,
// and the reverse parse so a checker can compare the amount in letters with the figure.
//
// Spelling rules: the traditional grammar of French numerals, and « Les rectifications de
// l'orthographe » (Conseil supérieur de la langue française, JO Documents administratifs n° 100,
// 6 décembre 1990), rule on hyphens in numerals. The sources were not re-read for this code
// (UNCONFIRMED as to exact references; the rules themselves are the standard school rules):
// - « et » joins un/onze to the tens 20–70 only: vingt et un, soixante et onze, but
//   quatre-vingt-un, quatre-vingt-onze, cent un;
// - vingt and cent take an s when multiplied and ending the numeral (quatre-vingts, deux cents),
//   also before the NOUNS million, milliard… (deux cents millions) but not before the adjective
//   mille (deux cent mille, quatre-vingt mille); mille is invariable and never preceded by un;
// - million, milliard, billion (10^12, long scale, believed fixed by décret n° 61-501 du 3 mai
//   1961 — UNCONFIRMED), billiard (10^15) are nouns: plural s, and « d'euros » when the amount ends
//   with one of them (« un million d'euros » but « un million deux cent mille euros »);
// - traditional spelling hyphenates only below one hundred (quatre-vingt-cinq, deux cent neuf);
//   the 1990 spelling hyphenates every numeral (deux-cent-neuf-mille) — but not the nouns
//   million/milliard (« deux-cents millions trois-cent-mille »): that reading of the 1990 text
//   is the commoner one but contested; parsing accepts both, so the choice only affects output;
// - « euro » is singular below two (zéro euro, un euro), plural from two; same for centime.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <limits>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <subvention/detail/checked.hpp>
#include <subvention/money.hpp>
#include <subvention/result.hpp>

namespace subvention {

/// Which spelling of numerals to write (« orthographe traditionnelle / rectifiée de 1990 »).
enum class Spelling {
    traditional,   ///< « deux cent neuf mille deux cent quatre-vingt-cinq » (most acts)
    rectified1990, ///< « deux-cent-neuf-mille-deux-cent-quatre-vingt-cinq »
};

namespace detail {

/// The words of amounts in letters. Numerals come first so that `Word` <= `billiard` tests
/// "is a numeral"; zero…seize are in value order.
enum class Word : std::uint8_t {
    zero,
    un,
    deux,
    trois,
    quatre,
    cinq,
    six,
    sept,
    huit,
    neuf,
    dix,
    onze,
    douze,
    treize,
    quatorze,
    quinze,
    seize, // value = index
    vingt,
    trente,
    quarante,
    cinquante,
    soixante, // value = (index − 15) × 10
    cent,
    mille,
    million,
    milliard,
    billion,
    billiard, // multipliers
    et,
    euro,
    centime,
    d_apostrophe,
    moins,
    unknown,
};
inline constexpr std::array<std::string_view, 33> word_texts = {
    "zéro",     "un",     "deux",    "trois",   "quatre",   "cinq",     "six",
    "sept",     "huit",   "neuf",    "dix",     "onze",     "douze",    "treize",
    "quatorze", "quinze", "seize",   "vingt",   "trente",   "quarante", "cinquante",
    "soixante", "cent",   "mille",   "million", "milliard", "billion",  "billiard",
    "et",       "euro",   "centime", "d'",      "moins"};
[[nodiscard]] constexpr std::string_view text_of(Word w) noexcept {
    return word_texts[static_cast<std::size_t>(w)];
}
[[nodiscard]] constexpr Word word_at(unsigned index) noexcept {
    return static_cast<Word>(index);
}
[[nodiscard]] constexpr bool is_numeral(Word w) noexcept {
    return w <= Word::billiard;
}

/// The word spelled by a lower-case, accent-free token; plural s of the words that take one is
/// optional (quatre-vingt euros, deux cent euros are common slips that keep the value), and
/// « mil » is the old form of mille.
[[nodiscard]] constexpr Word match_word(std::string_view t,
                                        std::initializer_list<Word> candidates) noexcept {
    const bool maybe_plural = t.size() > 1 && t.back() == 's';
    for (const Word w : candidates) {
        const std::string_view text = text_of(w);
        if (t == text)
            return w;
        // optional plural s of the words that take one
        if (maybe_plural && t.size() == text.size() + 1 && t.starts_with(text) &&
            (w == Word::vingt || w == Word::cent || w == Word::million || w == Word::milliard ||
             w == Word::billion || w == Word::billiard || w == Word::euro || w == Word::centime))
            return w;
    }
    return Word::unknown;
}
[[nodiscard]] constexpr Word lookup_word(std::string_view t) noexcept {
    if (t.empty())
        return Word::unknown;
    switch (t[0]) { // candidates by first letter: this runs for every word, keep it cheap
    case 'b':
        return match_word(t, {Word::billion, Word::billiard});
    case 'c':
        return match_word(t, {Word::cinq, Word::cinquante, Word::cent, Word::centime});
    case 'd':
        return match_word(t, {Word::deux, Word::dix, Word::douze});
    case 'e':
        return match_word(t, {Word::et, Word::euro});
    case 'h':
        return match_word(t, {Word::huit});
    case 'm':
        return t == "mil"
                   ? Word::mille
                   : match_word(t, {Word::mille, Word::million, Word::milliard, Word::moins});
    case 'n':
        return match_word(t, {Word::neuf});
    case 'o':
        return match_word(t, {Word::onze});
    case 'q':
        return match_word(t, {Word::quatre, Word::quatorze, Word::quinze, Word::quarante});
    case 's':
        return match_word(t, {Word::six, Word::sept, Word::seize, Word::soixante});
    case 't':
        return match_word(t, {Word::trois, Word::treize, Word::trente});
    case 'u':
        return match_word(t, {Word::un});
    case 'v':
        return match_word(t, {Word::vingt});
    case 'z':
        return t == "zero" ? Word::zero : Word::unknown;
    default:
        return Word::unknown;
    }
}

/// How a word is joined to the previous one: `hyphen` always (below one hundred: dix-sept),
/// `numeral` by a space in traditional spelling and a hyphen in the 1990 one (deux cent /
/// deux-cent, vingt et un / vingt-et-un, … mille …), `space` always (around the nouns million…).
enum class Join : std::uint8_t { none, hyphen, numeral, space };

/// One word of a number as written: `plural` adds the s of quatre-vingts, deux cents, millions.
struct NumberWord {
    Word word{};
    bool plural{};
    Join join{};
};

/// Emits the words of 1 <= n <= 99. `ends` = nothing but a noun (million…) or the end of the
/// amount follows, so quatre-vingts takes its s; `j` joins the first word.
template <class Emit>
constexpr void emit_below_100(unsigned n, bool ends, Join j, Emit& emit) {
    if (n < 17) {
        emit(NumberWord{word_at(n), false, j});
    } else if (n < 20) {
        emit(NumberWord{Word::dix, false, j});
        emit(NumberWord{word_at(n - 10), false, Join::hyphen});
    } else if (n < 70) {
        emit(NumberWord{word_at(n / 10 + 15), false, j});
        if (n % 10 == 1) {
            emit(NumberWord{Word::et, false, Join::numeral});
            emit(NumberWord{Word::un, false, Join::numeral});
        } else if (n % 10 != 0) {
            emit(NumberWord{word_at(n % 10), false, Join::hyphen});
        }
    } else if (n < 80) { // soixante-dix … soixante-dix-neuf
        emit(NumberWord{Word::soixante, false, j});
        if (n == 71) {
            emit(NumberWord{Word::et, false, Join::numeral});
            emit(NumberWord{Word::onze, false, Join::numeral});
        } else {
            emit_below_100(n - 60, ends, Join::hyphen, emit);
        }
    } else { // quatre-vingts … quatre-vingt-dix-neuf (no « et »)
        emit(NumberWord{Word::quatre, false, j});
        emit(NumberWord{Word::vingt, n == 80 && ends, Join::hyphen});
        if (n != 80)
            emit_below_100(n - 80, ends, Join::hyphen, emit);
    }
}

/// Emits the words of 1 <= n <= 999 (see `emit_below_100`).
template <class Emit>
constexpr void emit_below_1000(unsigned n, bool ends, Join j, Emit& emit) {
    const unsigned hundreds = n / 100;
    const unsigned rest = n % 100;
    if (hundreds > 0) {
        if (hundreds > 1) {
            emit(NumberWord{word_at(hundreds), false, j});
            j = Join::numeral;
        }
        emit(NumberWord{Word::cent, rest == 0 && hundreds > 1 && ends, j});
        j = Join::numeral;
    }
    if (rest != 0)
        emit_below_100(rest, ends, j, emit);
}

/// Largest number spelt (billiards have at most three digits; trillion has no settled usage).
inline constexpr std::uint64_t words_limit = 999'999'999'999'999'999ULL;

/// Emits the words of 0 <= n <= words_limit.
template <class Emit>
constexpr void emit_number(std::uint64_t n, Emit& emit) {
    if (n == 0) {
        emit(NumberWord{Word::zero, false, Join::none});
        return;
    }
    constexpr std::array<std::pair<std::uint64_t, Word>, 4> nouns = {{
        {1'000'000'000'000'000ULL, Word::billiard},
        {1'000'000'000'000ULL, Word::billion},
        {1'000'000'000ULL, Word::milliard},
        {1'000'000ULL, Word::million},
    }};
    Join j = Join::none;
    for (const auto& [value, noun] : nouns) {
        const auto g = static_cast<unsigned>(n / value % 1000U);
        if (g == 0)
            continue;
        emit_below_1000(g, true, j, emit);
        emit(NumberWord{noun, g > 1, Join::space});
        j = Join::space;
    }
    const auto thousands = static_cast<unsigned>(n / 1000U % 1000U);
    const auto units = static_cast<unsigned>(n % 1000U);
    if (thousands != 0) {
        if (thousands > 1) { // deux cent mille: no s before the adjective mille
            emit_below_1000(thousands, false, j, emit);
            j = Join::numeral;
        }
        emit(NumberWord{Word::mille, false, j});
        j = Join::numeral;
    }
    if (units != 0)
        emit_below_1000(units, true, j, emit);
}

} // namespace detail

/// A whole number in French words (« nombre en toutes lettres »), 0 <= n <= 10^18 − 1:
/// « deux cent neuf mille deux cent quatre-vingt-cinq », « un million ». Throws
/// std::out_of_range beyond (larger numbers have no settled spelling: trillion…).
[[nodiscard]] inline std::string number_to_words_fr(std::uint64_t n,
                                                    Spelling sp = Spelling::traditional) {
    if (n > detail::words_limit)
        throw std::out_of_range("number_to_words_fr : " + std::to_string(n) + " dépasse 10^18 − 1");
    std::string out;
    out.reserve(64);
    const char numeral_sep = sp == Spelling::traditional ? ' ' : '-';
    const auto write = [&](const detail::NumberWord& w) {
        switch (w.join) {
        case detail::Join::none:
            break;
        case detail::Join::hyphen:
            out += '-';
            break;
        case detail::Join::numeral:
            out += numeral_sep;
            break;
        case detail::Join::space:
            out += ' ';
            break;
        }
        out += detail::text_of(w.word);
        if (w.plural)
            out += 's';
    };
    detail::emit_number(n, write);
    return out;
}

/// An amount in words (« montant en toutes lettres »): « cinquante-sept mille euros »,
/// « un million d'euros », « trois euros et cinquante centimes », « un euro », « zéro euro »;
/// below one euro only the cents: « un centime », « cinquante centimes »; negative amounts are
/// prefixed with « moins ».
[[nodiscard]] inline std::string to_words_fr(Euros amount, Spelling sp) {
    const std::uint64_t mag = detail::magnitude(amount.cents());
    const std::uint64_t euros = mag / 100U;
    const std::uint64_t cents = mag % 100U;
    std::string out = amount.is_negative() ? "moins " : "";
    if (euros == 0 && cents != 0) {
        out += number_to_words_fr(cents, sp);
        out += cents > 1 ? " centimes" : " centime";
        return out;
    }
    out += number_to_words_fr(euros, sp);
    if (euros >= 1'000'000U && euros % 1'000'000U == 0)
        out += " d'euros"; // the amount ends with the noun million/milliard…
    else
        out += euros >= 2 ? " euros" : " euro";
    if (cents != 0) {
        out += " et ";
        out += number_to_words_fr(cents, sp);
        out += cents > 1 ? " centimes" : " centime";
    }
    return out;
}
/// `to_words_fr(amount, Spelling::traditional)`.
[[nodiscard]] inline std::string to_words_fr(Euros amount) {
    return to_words_fr(amount, Spelling::traditional);
}

namespace detail {

inline constexpr std::string_view words_field = "montant en lettres";

/// A word of the input: what it is and where it is (for messages quoting the input).
struct WordToken {
    Word word{};
    std::size_t begin{};
    std::size_t end{};
};

/// Splits on blanks and hyphens (U+0020, tab, newlines, U+00A0, U+202F, U+2009, -, U+2010,
/// U+2011), lower-cases, drops accents (é, è, ê, ë), keeps « d' » (straight or curly apostrophe)
/// as its own token. Any other character is an error; unknown words are `Word::unknown`.
[[nodiscard]] inline Result<std::vector<WordToken>> tokenize_words(std::string_view text) {
    std::vector<WordToken> tokens;
    tokens.reserve(16);
    char buf[16]; // longest known word: « quatorze »/« milliards »; longer ones are unknown
    std::size_t len = 0;
    bool too_long = false;
    std::size_t begin = 0;
    const auto byte = [&](std::size_t k) -> unsigned char {
        return k < text.size() ? static_cast<unsigned char>(text[k])
                               : static_cast<unsigned char>(0);
    };
    const auto add = [&](char ch, std::size_t at) {
        if (len == 0 && !too_long)
            begin = at;
        if (len < sizeof buf)
            buf[len++] = ch;
        else
            too_long = true;
    };
    const auto flush = [&](std::size_t at) {
        if (len == 0 && !too_long)
            return;
        tokens.push_back(WordToken{too_long ? Word::unknown : lookup_word({buf, len}), begin, at});
        len = 0;
        too_long = false;
    };
    // One pass over the bytes; multi-byte UTF-8 sequences are recognised by their lead byte.
    for (std::size_t i = 0; i < text.size();) {
        const unsigned char c = byte(i);
        if (c >= 'a' && c <= 'z') {
            add(static_cast<char>(c), i);
            ++i;
        } else if (c >= 'A' && c <= 'Z') {
            add(static_cast<char>(c - 'A' + 'a'), i);
            ++i;
        } else if (c == ' ' || c == '-' || c == '\t' || c == '\n' || c == '\r' || c == '\v' ||
                   c == '\f') {
            flush(i);
            ++i;
        } else if (c == 0xC2U && byte(i + 1) == 0xA0U) { // U+00A0 no-break space
            flush(i);
            i += 2;
        } else if (c == 0xC3U && ((byte(i + 1) >= 0xA8U && byte(i + 1) <= 0xABU) ||
                                  (byte(i + 1) >= 0x88U && byte(i + 1) <= 0x8BU))) {
            add('e', i); // é è ê ë É È Ê Ë (C3 A8–AB, C3 88–8B)
            i += 2;
        } else if (c == 0xE2U && byte(i + 1) == 0x80U &&
                   (byte(i + 2) == 0xAFU || byte(i + 2) == 0x89U || byte(i + 2) == 0x90U ||
                    byte(i + 2) == 0x91U)) { // U+202F, U+2009 spaces; U+2010, U+2011 hyphens
            flush(i);
            i += 3;
        } else if (c == '\'' || (c == 0xE2U && byte(i + 1) == 0x80U && byte(i + 2) == 0x99U)) {
            const std::size_t width = c == '\'' ? 1 : 3;
            if (len != 1 || buf[0] != 'd')
                return make_error(ErrorKind::format, words_field, text,
                                  "apostrophe inattendue après « " +
                                      std::string(text.substr(begin, len == 0 ? 0 : i - begin)) +
                                      " » (seul « d'euros » en comporte une)");
            tokens.push_back(WordToken{Word::d_apostrophe, begin, i + width});
            len = 0;
            i += width;
        } else {
            return make_error(ErrorKind::format, words_field, text,
                              "caractère inattendu « " + std::string(utf8_char_at(text, i)) +
                                  " » dans un montant en lettres");
        }
    }
    flush(text.size());
    return tokens;
}

/// Value of the numeral words tokens[b, e), which must be exactly the canonical spelling of
/// that value (modulo hyphens/spaces, case, accents and the plural variants of `lookup_word`):
/// the words are summed and multiplied leniently, then the value is spelt again and compared
/// word by word, so « vingt un », « deux trois » or « cent cent » are rejected, not misread.
[[nodiscard]] inline Result<std::uint64_t> number_run_value(const std::vector<WordToken>& tokens,
                                                            std::size_t b, std::size_t e,
                                                            std::string_view text) {
    std::uint64_t total = 0;
    std::uint64_t group = 0; // the part below the last multiplier
    bool overflow = false;
    for (std::size_t i = b; i < e && !overflow; ++i) {
        const Word w = tokens[i].word;
        if (w == Word::et)
            continue;
        if (w == Word::quatre && i + 1 < e && tokens[i + 1].word == Word::vingt) { // 4 × 20
            overflow = detail::add_overflow(group, std::uint64_t{80}, &group);
            ++i;
        } else if (w <= Word::seize) {
            overflow = detail::add_overflow(group, static_cast<std::uint64_t>(w), &group);
        } else if (w <= Word::soixante) {
            const auto tens = static_cast<std::uint64_t>(static_cast<unsigned>(w) - 15U) * 10U;
            overflow = detail::add_overflow(group, tens, &group);
        } else if (w == Word::cent) {
            overflow = detail::mul_overflow(group == 0 ? 1 : group, std::uint64_t{100}, &group);
        } else {                        // mille and the nouns close a group
            std::uint64_t scale = 1000; // mille 10^3, million 10^6, milliard 10^9, …
            for (auto k = static_cast<unsigned>(Word::mille); k < static_cast<unsigned>(w); ++k)
                scale *= 1000U;
            std::uint64_t part = 0;
            overflow = detail::mul_overflow(group == 0 ? 1 : group, scale, &part) ||
                       detail::add_overflow(total, part, &total);
            group = 0;
        }
    }
    if (overflow || detail::add_overflow(total, group, &total) || total > words_limit)
        return make_error(ErrorKind::overflow, words_field, text,
                          "le nombre en lettres dépasse la capacité (au plus " +
                              Euros::max().to_string_fr() + ")");
    std::size_t k = b;
    bool same = true;
    const auto compare = [&](const NumberWord& w) {
        same = same && k < e && tokens[k].word == w.word;
        ++k;
    };
    emit_number(total, compare);
    if (!same || k != e)
        return make_error(
            ErrorKind::format, words_field, text,
            "« " + std::string(text.substr(tokens[b].begin, tokens[e - 1].end - tokens[b].begin)) +
                " » n'est pas un nombre écrit selon l'usage (ordre des mots, "
                "« et », « mille » sans « un »…)");
    return total;
}

} // namespace detail

/// Parses an amount written in words, in either spelling, any case, accents optional:
/// « cinquante-sept mille euros », « Deux-Cent-Neuf-Mille… euros », « zero euro »,
/// « un million d'euros » (straight or curly apostrophe), « trois euros et cinquante
/// centimes » (« et » optional), « cinquante centimes », « moins douze euros ». The unit
/// (euro(s), d'euros, centime(s)) is required. Tolerated because they leave the value
/// unambiguous: missing or extra plural s (quatre-vingt euros, deux cents mille), « mil »,
/// « euros »/« d'euros » used for one another. Everything else must follow the usage:
/// « vingt un » or « un mille » are rejected (`format`). Errors (field « montant en lettres »):
/// `empty`, `format`, `range` (100 centimes or more), `overflow` (beyond the int64 cents range).
[[nodiscard]] inline Result<Euros> parse_words_fr(std::string_view text) {
    using detail::Word;
    const auto fail = [&](ErrorKind kind, std::string message) {
        return make_error(kind, detail::words_field, text, std::move(message));
    };
    auto tokenized = detail::tokenize_words(text);
    if (!tokenized.ok())
        return tokenized.error();
    const std::vector<detail::WordToken>& t = *tokenized;
    if (t.empty())
        return fail(ErrorKind::empty, "le montant en lettres est vide");
    const auto quote = [&](std::size_t k) {
        return "« " + std::string(text.substr(t[k].begin, t[k].end - t[k].begin)) + " »";
    };
    const auto is = [&](std::size_t k, Word w) { return k < t.size() && t[k].word == w; };

    std::size_t i = is(0, Word::moins) ? 1 : 0;
    const bool negative = i == 1;
    // A run of numerals (and the « et » of vingt et un), starting with a numeral.
    const auto read_run = [&]() {
        const std::size_t start = i;
        if (i < t.size() && detail::is_numeral(t[i].word))
            while (i < t.size() && (detail::is_numeral(t[i].word) || t[i].word == Word::et))
                ++i;
        return start;
    };
    const auto unexpected = [&]() {
        return i < t.size()
                   ? fail(ErrorKind::format,
                          "mot inattendu " + quote(i) +
                              " (attendu : un nombre, « euros » ou « centimes »)")
                   : fail(ErrorKind::format, "l'unité manque : « euros » ou « centimes » attendu");
    };

    std::size_t b = read_run();
    if (b == i)
        return unexpected();
    auto first = detail::number_run_value(t, b, i, text);
    if (!first.ok())
        return first.error();

    std::uint64_t euros = 0;
    std::uint64_t cents = 0;
    bool cents_only = false;
    if (is(i, Word::d_apostrophe) && is(i + 1, Word::euro)) {
        euros = *first;
        i += 2;
    } else if (is(i, Word::euro)) {
        euros = *first;
        ++i;
    } else if (is(i, Word::centime)) {
        cents = *first;
        cents_only = true;
        ++i;
    } else {
        return unexpected();
    }
    if (!cents_only && i < t.size()) { // [et] N centime(s)
        if (is(i, Word::et))
            ++i;
        b = read_run();
        if (b == i)
            return unexpected();
        auto second = detail::number_run_value(t, b, i, text);
        if (!second.ok())
            return second.error();
        if (!is(i, Word::centime))
            return i < t.size() ? unexpected()
                                : fail(ErrorKind::format, "« centimes » attendu après le nombre "
                                                          "de centimes");
        cents = *second;
        ++i;
    }
    if (i < t.size())
        return fail(ErrorKind::format, "mot en trop " + quote(i) + " après le montant");
    if (cents > 99)
        return fail(ErrorKind::range, "au plus quatre-vingt-dix-neuf centimes ; au-delà, "
                                      "écrire les euros");

    const std::uint64_t limit =
        negative ? std::uint64_t{1} << 63U
                 : static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());
    std::uint64_t mag = 0;
    if (detail::mul_overflow(euros, std::uint64_t{100}, &mag) ||
        detail::add_overflow(mag, cents, &mag) || mag > limit)
        return fail(ErrorKind::overflow, "le montant dépasse la capacité représentable (de " +
                                             Euros::min().to_string_fr() + " à " +
                                             Euros::max().to_string_fr() + ")");
    return Euros::from_cents(negative ? static_cast<std::int64_t>(std::uint64_t{0} - mag)
                                      : static_cast<std::int64_t>(mag));
}

} // namespace subvention
