// SPDX-License-Identifier: Apache-2.0
// subvention — budget imputations, nature and functional code (« 6568/9365 »).
// Part of the M57 budget layer; <subvention/budget.hpp> includes every part.
#pragma once

#include <array>
#include <compare>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

#include <subvention/budget/chapter.hpp>
#include <subvention/budget/function.hpp>
#include <subvention/budget/nature.hpp>
#include <subvention/budget/section.hpp>
#include <subvention/detail/m57_tables.hpp>
#include <subvention/money.hpp>
#include <subvention/result.hpp>

namespace subvention {

// ============================================================================================
// Imputation
// ============================================================================================

/// A budget imputation (« imputation budgétaire »): nature account + functional code, written
/// `6568/9365` = nature 6568, chapter 936 (« Action économique »), function 65. The chapter is
/// "9" + section digit (0 investissement, 3 fonctionnement) + the function's first digit
/// (docs/legal-reference.md BUDG-IMPUTATION-FORMAT; arrêté of 30 Jan 1986: the voting chapter is
/// the 3-digit class-9 account, the article the most detailed nature account).
///
/// Accepted layouts (blanks allowed around `/` and at both ends):
///   `6568/9365`        nature / functional code (function of 2 or 3 digits: `65511/93221`)
///   `65/6568/9365`     nature chapter / nature / functional code; the chapter must be a prefix
///                      of the nature (verified, then dropped: `formatted()` gives `6568/9365`)
///   `933-32-6574`, `933/32/6574`, `93/32/6574`, `933 32 6574`
///                      functional code first, in three parts (chapter 933 or section prefix
///                      93, function 32, nature 6574): read as `6574/9332`; a function outside
///                      the chapter (`933-65-6574`) is a layout error
/// Rejected with an explanation: `9365-6568` and other hyphenated forms, `936-65/6568`,
/// `9365/6568` (inverted), a functional code without function (`6568/936`).
///
/// Whether the nature's section agrees with the chapter's is NOT a parse error (a document can
/// contain `20412/9365`); it is reported by `is_section_consistent()` for the checker.
class Imputation {
public:
    /// Parses an imputation; errors name the part (field « nature », « chapitre fonctionnel »,
    /// « fonction », « chapitre de nature » or « imputation » for the layout) and carry the whole
    /// input as value.
    static Result<Imputation> parse(std::string_view text) {
        using detail::budget::quoted;
        const std::string_view s = detail::trim_spaces(text);
        if (s.empty())
            return make_error(ErrorKind::empty, "imputation", text, "l'imputation est vide");

        // Functional code first, in three parts: « 933-32-6574 », « 933/32/6574 », « 93/32/6574 »
        // (chapter or section prefix, function, nature), common in budget software exports.
        if (auto functional_first = parse_functional_first(text, s))
            return std::move(*functional_first);

        // Split on '/', trimming each part.
        std::array<std::string_view, 3> parts{};
        std::size_t count = 0;
        std::size_t start = 0;
        for (;;) {
            const std::size_t slash = s.find('/', start);
            const std::string_view part = detail::trim_spaces(s.substr(
                start, slash == std::string_view::npos ? std::string_view::npos : slash - start));
            if (count == parts.size())
                return make_error(ErrorKind::format, "imputation", text,
                                  "l'imputation " + quoted(s) +
                                      " a trop de parties : la forme reconnue est nature/code "
                                      "fonctionnel (6568/9365), éventuellement précédée du "
                                      "chapitre de nature (65/6568/9365)");
            parts[count++] = part;
            if (slash == std::string_view::npos)
                break;
            start = slash + 1;
        }
        for (std::size_t i = 0; i < count; ++i)
            if (parts[i].empty())
                return make_error(
                    ErrorKind::format, "imputation", text,
                    "l'imputation " + quoted(s) +
                        " a une partie vide autour de «\u00A0/\u00A0» (forme reconnue : "
                        "6568/9365)");
        if (count == 1) {
            if (s.find('-') != std::string_view::npos)
                return make_error(
                    ErrorKind::format, "imputation", text,
                    "la forme " + quoted(s) +
                        " (parties séparées par un tiret) n'est pas reconnue : la forme "
                        "documentée est nature/code fonctionnel (arrêté du 30 janvier 1986, "
                        "nomenclature M57), p. ex. 6568/9365");
            return make_error(
                ErrorKind::format, "imputation", text,
                "l'imputation " + quoted(s) +
                    " doit séparer la nature et le code fonctionnel par «\u00A0/\u00A0» "
                    "(p. ex. 6568/9365)");
        }
        const std::string_view nature_part = parts[count - 2];
        const std::string_view functional_part = parts[count - 1];
        for (std::size_t i = 0; i + 1 < count; ++i)
            if (parts[i].find('-') != std::string_view::npos)
                return make_error(ErrorKind::format, "imputation", text,
                                  "la partie " + quoted(parts[i]) + " de " + quoted(s) +
                                      " contient un tiret : cette forme n'est pas reconnue "
                                      "; écrire nature/code fonctionnel, p. ex. 6568/9365");

        // Inverted order: functional code first (9365/6568).
        if (looks_functional(nature_part) && !looks_functional(functional_part) &&
            detail::budget::all_digits(functional_part))
            return make_error(ErrorKind::format, "imputation", text,
                              "l'imputation " + quoted(s) +
                                  " est inversée : la nature précède le code fonctionnel (" +
                                  std::string(functional_part) + "/" + std::string(nature_part) +
                                  ")");

        // Functional code: 9 + section digit + function (2 or 3 digits).
        auto functional = parse_functional(text, functional_part);
        if (!functional.ok())
            return functional.error();
        const auto [chapter, function] = *functional;

        auto nature = NatureAccount::parse(nature_part);
        if (!nature.ok())
            return make_error(nature.error().kind, "nature", text, nature.error().message);
        if (!nature->section())
            return make_error(
                ErrorKind::component, "nature", text,
                "la nature " + std::string(nature->code()) + " relève de la classe " +
                    std::string(1, nature->code()[0]) + " (" +
                    std::string(to_string(nature->account_class())) +
                    "), sans section budgétaire dans ce modèle : seules les classes 1, 2 "
                    "(investissement) et 6, 7 (fonctionnement) sont imputées sur un chapitre "
                    "fonctionnel");

        if (count == 3) {
            const std::string_view ch = parts[0];
            if (!detail::budget::all_digits(ch))
                return make_error(ErrorKind::format, "chapitre de nature", text,
                                  "le chapitre de nature " + quoted(ch) +
                                      " ne doit contenir que des chiffres");
            if (ch.size() < 2 || ch.size() > 3)
                return make_error(ErrorKind::length, "chapitre de nature", text,
                                  "le chapitre de nature " + std::string(ch) +
                                      " doit compter 2 ou 3 chiffres (65, 204…)");
            if (ch[0] == '0')
                return make_error(ErrorKind::component, "chapitre de nature", text,
                                  "le chapitre " + std::string(ch) +
                                      " est un chapitre globalisé : sa correspondance avec la "
                                      "nature n'est pas vérifiable ici (forme reconnue : "
                                      "65/6568/9365)");
            if (nature->code().substr(0, ch.size()) != ch)
                return make_error(ErrorKind::component, "chapitre de nature", text,
                                  "le chapitre " + std::string(ch) +
                                      " ne correspond pas à la nature " +
                                      std::string(nature->code()) +
                                      " (la nature doit commencer par son chapitre)");
        }
        return Imputation(*nature, chapter.section(), function);
    }

    /// For code that knows the imputation is valid; throws `ParseFailure` otherwise.
    explicit Imputation(std::string_view text)
        : Imputation(parse(text).value()) {}

    /// Builds an imputation from its parts. Errors: function of 1 digit (a chapter needs a
    /// function of 2 or 3 digits), nature without a section (classes 3, 4, 5, 8).
    static Result<Imputation> make(const NatureAccount& nature, Section section,
                                   const FunctionCode& function) {
        std::string text = std::string(nature.code()) + "/9" +
                           (section == Section::investissement ? "0" : "3") +
                           std::string(function.code());
        if (function.level() < 2)
            return make_error(ErrorKind::length, "fonction", text,
                              "une imputation exige une fonction de 2 ou 3 chiffres");
        return parse(text);
    }

    /// The nature account (6568).
    [[nodiscard]] constexpr const NatureAccount& nature() const noexcept { return nature_; }
    /// The function (65).
    [[nodiscard]] constexpr const FunctionCode& function() const noexcept { return function_; }
    /// The functional chapter (936), from the section and the function's first digit.
    [[nodiscard]] constexpr FunctionalChapter chapter() const noexcept {
        return FunctionalChapter(section_, function_.digit());
    }
    /// The section of the chapter (93x → fonctionnement, 90x → investissement).
    [[nodiscard]] constexpr Section section() const noexcept { return section_; }
    /// The section the nature's class implies (class 6/7 → fonctionnement, 1/2 → investissement).
    [[nodiscard]] constexpr Section nature_section() const noexcept {
        return *nature_.section(); // parse() guarantees a section
    }
    /// Whether the nature and the chapter are in the same section (6568/9365 yes, 20412/9365
    /// no). An inconsistent imputation is parsed but should be reported.
    [[nodiscard]] constexpr bool is_section_consistent() const noexcept {
        return nature_section() == section_;
    }
    /// The special voting sub-chapter, if the function is isolated in one (6568/9344 → 934-4).
    [[nodiscard]] constexpr std::optional<VotingSubChapter> sub_chapter() const noexcept {
        const std::string_view prefix = section_ == Section::investissement ? "90" : "93";
        for (const auto& e : detail::m57::sub_chapters)
            if (e.code.substr(0, 2) == prefix && function_.code().substr(0, 2) == e.function)
                return VotingSubChapter{e.code, e.name, chapter()};
        return std::nullopt;
    }
    /// The functional code as written after the slash (`"9365"`).
    [[nodiscard]] std::string functional_code() const {
        return std::string(chapter().code()) + std::string(function_.code().substr(1));
    }
    /// Canonical form `"6568/9365"` (no blanks, no nature chapter).
    [[nodiscard]] std::string formatted() const {
        return std::string(nature_.code()) + "/" + functional_code();
    }

    friend constexpr bool operator==(const Imputation&, const Imputation&) noexcept = default;
    friend constexpr std::strong_ordering operator<=>(const Imputation& a,
                                                      const Imputation& b) noexcept {
        if (auto c = a.nature_ <=> b.nature_; c != 0)
            return c;
        if (auto c = a.chapter() <=> b.chapter(); c != 0)
            return c;
        return a.function_ <=> b.function_;
    }

private:
    constexpr Imputation(const NatureAccount& n, Section s, const FunctionCode& f) noexcept
        : nature_(n)
        , section_(s)
        , function_(f) {}

    static constexpr bool looks_functional(std::string_view p) noexcept {
        return detail::budget::all_digits(p) && p.size() >= 4 && p.size() <= 5 &&
               FunctionalChapter::from_code(p.substr(0, 3)).has_value();
    }

    // « 933-32-6574 », « 933/32/6574 », « 93/32/6574 », « 933 32 6574 » → 6574/9332; nullopt
    // when `s` is not three digit groups in that order with one separator.
    static std::optional<Result<Imputation>> parse_functional_first(std::string_view text,
                                                                    std::string_view s) {
        using detail::budget::quoted;
        std::array<std::string_view, 3> parts{};
        std::size_t count = 0;
        char kind = 0; // the separator: '-', '/' or ' ', the same between every two groups
        std::size_t i = 0;
        while (i < s.size()) {
            const std::size_t digits = i;
            while (i < s.size() && s[i] >= '0' && s[i] <= '9')
                ++i;
            if (i == digits || count == parts.size())
                return std::nullopt;
            parts[count++] = s.substr(digits, i - digits);
            if (i == s.size())
                break;
            char here = ' ';
            while (i < s.size() && (s[i] == ' ' || s[i] == '-' || s[i] == '/')) {
                if (s[i] != ' ') {
                    if (here != ' ')
                        return std::nullopt;
                    here = s[i];
                }
                ++i;
            }
            if ((kind != 0 && here != kind) || i == s.size()) // mixed or trailing separators
                return std::nullopt;
            kind = here;
        }
        if (count != 3)
            return std::nullopt;
        const std::string_view prefix = parts[0];
        const std::string_view function = parts[1];
        const std::string_view nature = parts[2];
        const bool section_prefix = prefix == "90" || prefix == "93";
        const bool chapter_prefix =
            prefix.size() == 3 && FunctionalChapter::from_code(prefix).has_value();
        if ((!section_prefix && !chapter_prefix) || function.size() < 2 || function.size() > 3 ||
            looks_functional(nature) || nature.size() < 2)
            return std::nullopt;
        if (chapter_prefix && prefix[2] != function[0])
            return Result<Imputation>(make_error(
                ErrorKind::format, "imputation", text,
                "l'imputation " + quoted(s) + " place la fonction " + std::string(function) +
                    " sous le chapitre " + std::string(prefix) +
                    ", qui ne la contient pas : " + "la fonction " + std::string(function) +
                    " relève du chapitre " + std::string(prefix.substr(0, 2)) + function[0] +
                    " (forme reconnue : nature/code fonctionnel, p. ex. 6574/9332)"));
        const std::string rewritten =
            std::string(nature) + "/" + std::string(prefix.substr(0, 2)) + std::string(function);
        auto r = parse(rewritten);
        if (r)
            return r;
        // The error names what the user wrote, and says how it was read.
        Error e = r.error();
        e.value = excerpt(text);
        e.message = "lue " + detail::budget::quoted(rewritten) + " : " + e.message;
        return Result<Imputation>(std::move(e));
    }

    struct ChapterAndFunction {
        FunctionalChapter chapter{};
        FunctionCode function;
    };

    static Result<ChapterAndFunction> parse_functional(std::string_view text, std::string_view p) {
        using detail::budget::quoted;
        if (p.find('-') != std::string_view::npos)
            return make_error(ErrorKind::format, "chapitre fonctionnel", text,
                              "le code fonctionnel " + quoted(p) +
                                  " contient un tiret : écrire le chapitre suivi de la fonction "
                                  "sans séparateur (9365 pour le chapitre 936, fonction 65) ; "
                                  "les sous-chapitres 930-5, 934-3, 934-4… se déduisent de la "
                                  "fonction");
        if (!detail::budget::all_digits(p))
            return make_error(ErrorKind::format, "chapitre fonctionnel", text,
                              "le code fonctionnel " + quoted(p) +
                                  " ne doit contenir que des chiffres (p. ex. 9365)");
        if (p.size() >= 3 && !FunctionalChapter::from_code(p.substr(0, 3)))
            return make_error(ErrorKind::component, "chapitre fonctionnel", text,
                              FunctionalChapter::not_a_chapter_message(p.substr(0, 3)));
        if (p.size() == 3) {
            // The chapter's functions, not one of them: which one the grant belongs to is the
            // purpose of the grant's to say (the checker proposes it when the dossier does).
            std::string list;
            auto add = [&](const auto& table) {
                for (const auto& f : table)
                    if (f.code.size() == 2 && f.code[0] == p[2])
                        list += (list.empty() ? "" : ", ") + std::string(f.code);
            };
            add(detail::m57::functions);
            add(detail::m57::functions_transport);
            const std::string hint = list.empty()
                                         ? "la fonction en réserve (9) n'a pas de sous-fonction"
                                         : "fonctions du chapitre " + std::string(p) + " : " + list;
            return make_error(ErrorKind::length, "fonction", text,
                              "le code fonctionnel " + std::string(p) +
                                  " ne donne que le chapitre : il faut aussi la fonction (" + hint +
                                  ")");
        }
        if (p.size() < 3 || p.size() > 5)
            return make_error(ErrorKind::length, "chapitre fonctionnel", text,
                              "le code fonctionnel " + std::string(p) +
                                  " doit compter 4 ou 5 chiffres : chapitre 90x ou 93x puis la "
                                  "fonction (9365, 93221)");
        const auto chapter = *FunctionalChapter::from_code(p.substr(0, 3));
        auto function = FunctionCode::parse(p.substr(2));
        if (!function.ok())
            return make_error(function.error().kind, "fonction", text, function.error().message);
        return ChapterAndFunction{chapter, *function};
    }

    NatureAccount nature_;
    Section section_;
    FunctionCode function_;
};

} // namespace subvention

namespace std {
/// Hash of an imputation (its canonical form).
template <>
struct hash<subvention::Imputation> {
    size_t operator()(const subvention::Imputation& i) const noexcept {
        const size_t a = hash<string_view>{}(i.nature().code());
        const size_t b = hash<string_view>{}(i.function().code());
        const size_t c = hash<string_view>{}(i.chapter().code());
        return a ^ (b * 31u) ^ (c * 1009u);
    }
};
} // namespace std
