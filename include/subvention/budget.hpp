// SPDX-License-Identifier: Apache-2.0
// subvention — the M57 budget layer: nature accounts, functions and functional chapters,
// sections, budget imputations (`6568/9365`), operation codes (`C01-020Q01`) and budget lines
// (crédits de paiement available / proposed / balance).
//
// Legal and technical sources: docs/legal-reference.md §7 (BUDG-IMPUTATION-FORMAT,
// BUDG-FUNCTIONAL-CHAPTERS, BUDG-FUNCTIONS-2DIGIT, BUDG-NATURE-SUBSIDIES, BUDG-AP-AE-CP,
// BUDG-PROVISIONAL); the tables and their sources are in <subvention/detail/m57_tables.hpp>.
//
// Decisions (see each type for details):
//  * An imputation is written `nature/code fonctionnel` (`6568/9365`), optionally preceded by the
//    nature chapter (`65/6568/9365`), with optional spaces around `/`. Nothing else is accepted:
//    `9365-6568`, `936-65/6568`, `9365/6568` are rejected with an error that says how to write it,
//    because docs/legal-reference.md (BUDG-IMPUTATION-FORMAT) documents only the `NNNN/93FF`
//    layout.
//  * A well-formed nature account that is not in the (grant-oriented) table is accepted with
//    `is_known() == false`: the M57 plan has hundreds of accounts and rejecting `6042/9365` would
//    be wrong; the compliance checker warns (BUDG-IMPUTATION) instead. Impossible accounts (class
//    0, class 9) are errors.
//  * 2-digit functions form a closed, sourced list: an unknown one is an error. 3-digit functions
//    under a known 2-digit one are accepted; only those docs/legal-reference.md lists are
//    `is_known()`.
//  * In an imputation the nature must have a section: classes 1–2 (investissement) or 6–7
//    (fonctionnement). Classes 3, 4, 5, 8 are rejected there (component error) — this leaves out
//    e.g. 45x « opérations pour compte de tiers », whose section was not checked in a source.
//  * Section agreement between nature and chapter is computed (`is_section_consistent()`), not
//    enforced: documents with `20412/9365` must still be representable so the checker can say so.
//  * BUDG-PROVISIONAL (CGCT L.1612-1, spending before the budget is adopted) depends on dates and
//    prior-year credits; it is a checker rule and is not modelled in this header.
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

#include <subvention/detail/m57_tables.hpp>
#include <subvention/money.hpp>
#include <subvention/result.hpp>

namespace subvention {

/// Budget section (« section budgétaire »).
enum class Section {
    fonctionnement, ///< operating section (functional chapters 93x, classes 6 and 7)
    investissement, ///< investment section (functional chapters 90x, classes 1 and 2)
};

/// `"fonctionnement"` / `"investissement"`.
[[nodiscard]] constexpr std::string_view to_string(Section s) noexcept {
    return s == Section::fonctionnement ? "fonctionnement" : "investissement";
}

/// Class of an account of the M57 plan (« classe de comptes »), the first digit of its number.
enum class AccountClass : std::uint8_t {
    capitaux = 1,        ///< « comptes de capitaux »
    immobilisations = 2, ///< « comptes d'immobilisations »
    stocks = 3,          ///< « comptes de stocks et en-cours »
    tiers = 4,           ///< « comptes de tiers »
    financiers = 5,      ///< « comptes financiers »
    charges = 6,         ///< « comptes de charges »
    produits = 7,        ///< « comptes de produits »
    speciaux = 8,        ///< « comptes spéciaux »
};

/// French name of an account class (`"comptes de charges"`).
[[nodiscard]] constexpr std::string_view to_string(AccountClass c) noexcept {
    switch (c) {
    case AccountClass::capitaux:
        return "comptes de capitaux";
    case AccountClass::immobilisations:
        return "comptes d'immobilisations";
    case AccountClass::stocks:
        return "comptes de stocks et en-cours";
    case AccountClass::tiers:
        return "comptes de tiers";
    case AccountClass::financiers:
        return "comptes financiers";
    case AccountClass::charges:
        return "comptes de charges";
    case AccountClass::produits:
        return "comptes de produits";
    case AccountClass::speciaux:
        return "comptes spéciaux";
    }
    return "comptes spéciaux";
}

/// What a nature account is used for in a grant context (« usage du compte »).
using NatureUse = detail::m57::NatureUse;
/// Which beneficiaries a nature account is reserved for (« catégorie de bénéficiaire »).
using Beneficiary = detail::m57::Beneficiary;

namespace detail::budget {

/// Length of the blank starting at `s[i]` (space, tab, no-break U+00A0, narrow no-break U+202F,
/// thin U+2009 — the blanks money.hpp accepts), 0 if none.
[[nodiscard]] constexpr std::size_t blank_at(std::string_view s, std::size_t i) noexcept {
    if (i >= s.size())
        return 0;
    if (s[i] == ' ' || s[i] == '\t')
        return 1;
    if (s.substr(i, 2) == "\u00A0")
        return 2;
    if (s.substr(i, 3) == "\u202F" || s.substr(i, 3) == "\u2009")
        return 3;
    return 0;
}

/// `s` without leading and trailing blanks.
[[nodiscard]] constexpr std::string_view trim(std::string_view s) noexcept {
    std::size_t b = 0;
    while (std::size_t n = blank_at(s, b))
        b += n;
    s.remove_prefix(b);
    for (;;) {
        bool cut = false;
        for (std::size_t n : {std::size_t{1}, std::size_t{2}, std::size_t{3}}) {
            if (s.size() >= n && blank_at(s, s.size() - n) == n) {
                s.remove_suffix(n);
                cut = true;
                break;
            }
        }
        if (!cut)
            return s;
    }
}

[[nodiscard]] constexpr bool all_digits(std::string_view s) noexcept {
    for (char c : s)
        if (c < '0' || c > '9')
            return false;
    return !s.empty();
}

[[nodiscard]] constexpr std::uint8_t digit_value(char c) noexcept {
    return static_cast<std::uint8_t>(c - '0');
}

/// `« s »` with no-break spaces, as in French typography.
[[nodiscard]] inline std::string quoted(std::string_view s) {
    return "\u00AB\u00A0" + std::string(s) + "\u00A0\u00BB";
}

/// Fixed-capacity digit string (value types stay trivially copyable and constexpr-friendly).
template <std::size_t N>
class Digits {
public:
    constexpr Digits() noexcept = default;
    constexpr explicit Digits(std::string_view s) noexcept
        : len_(static_cast<std::uint8_t>(s.size())) {
        for (std::size_t i = 0; i < s.size() && i < N; ++i)
            buf_[i] = s[i];
    }
    [[nodiscard]] constexpr std::string_view view() const noexcept {
        return std::string_view(buf_.data(), len_);
    }
    friend constexpr bool operator==(const Digits& a, const Digits& b) noexcept {
        return a.view() == b.view();
    }
    friend constexpr std::strong_ordering operator<=>(const Digits& a, const Digits& b) noexcept {
        return a.view().compare(b.view()) <=> 0;
    }

private:
    std::array<char, N> buf_{};
    std::uint8_t len_ = 0;
};

} // namespace detail::budget

// ============================================================================================
// Nature account
// ============================================================================================

/// An account of the M57 plan by nature (« compte par nature », e.g. 6574, 65748, 20412): a
/// validated string of 2 to 8 digits whose first digit is a class 1–8. Accounts missing from the
/// grant table are valid but `is_known() == false` (see the file comment).
class NatureAccount {
public:
    static constexpr std::size_t min_digits = 2; ///< a chapter such as 65
    static constexpr std::size_t max_digits = 8; ///< M57 goes to 6; margin for local sub-accounts

    /// Parses a nature account (surrounding blanks ignored). Errors (field « nature »): empty,
    /// format (non-digit), length (not 2–8 digits), component (class 0 or 9: no such account).
    static Result<NatureAccount> parse(std::string_view text) {
        const std::string_view s = detail::budget::trim(text);
        if (s.empty())
            return make_error(ErrorKind::empty, "nature", text, "la nature (compte) est vide");
        if (!detail::budget::all_digits(s))
            return make_error(ErrorKind::format, "nature", text,
                              "la nature " + detail::budget::quoted(s) +
                                  " ne doit contenir que des chiffres");
        if (s.size() < min_digits || s.size() > max_digits)
            return make_error(ErrorKind::length, "nature", text,
                              "la nature " + std::string(s) +
                                  " doit compter de 2 à 8 chiffres (chapitre, compte ou "
                                  "sous-compte du plan M57)");
        if (s[0] == '0')
            return make_error(ErrorKind::component, "nature", text,
                              "la nature " + std::string(s) +
                                  " est inconnue : aucun compte par nature ne commence par 0 en "
                                  "M57 (011, 012, 014… sont des chapitres globalisés, pas des "
                                  "comptes)");
        if (s[0] == '9')
            return make_error(ErrorKind::component, "nature", text,
                              "la nature " + std::string(s) +
                                  " est inconnue : la classe 9 n'est pas une classe de comptes par "
                                  "nature en M57 (les comptes 90x/93x sont fonctionnels)");
        return NatureAccount(s, Checked{});
    }

    /// For code that knows the account is valid; throws `ParseFailure` otherwise.
    explicit NatureAccount(std::string_view text)
        : NatureAccount(parse(text).value()) {}

    /// The digits (`"6568"`).
    [[nodiscard]] constexpr std::string_view code() const noexcept { return code_.view(); }

    /// The class, i.e. the first digit (« classe »): 6568 → charges.
    [[nodiscard]] constexpr AccountClass account_class() const noexcept {
        return static_cast<AccountClass>(detail::budget::digit_value(code()[0]));
    }

    /// The section the class belongs to: classes 1–2 → investissement, 6–7 → fonctionnement;
    /// none for balance-sheet classes 3–5 and special class 8 (M57 budget structure).
    [[nodiscard]] constexpr std::optional<Section> section() const noexcept {
        switch (account_class()) {
        case AccountClass::capitaux:
        case AccountClass::immobilisations:
            return Section::investissement;
        case AccountClass::charges:
        case AccountClass::produits:
            return Section::fonctionnement;
        default:
            return std::nullopt;
        }
    }

    /// Whether the account is in the grant table (detail/m57_tables.hpp).
    [[nodiscard]] constexpr bool is_known() const noexcept { return entry() != nullptr; }

    /// Whether the table entry is confirmed by a source read (false for UNCONFIRMED entries such
    /// as 6568 and 2042, and for unknown accounts).
    [[nodiscard]] constexpr bool is_confirmed() const noexcept {
        const auto* e = entry();
        return e != nullptr && e->confirmed;
    }

    /// The official label (« libellé »), if the account is in the table.
    [[nodiscard]] constexpr std::optional<std::string_view> label() const noexcept {
        if (const auto* e = entry())
            return e->label;
        return std::nullopt;
    }

    /// What the account is used for, if known (6568 → participation, 65748 → operating subsidy).
    [[nodiscard]] constexpr std::optional<NatureUse> use() const noexcept {
        if (const auto* e = entry())
            return e->use;
        return std::nullopt;
    }

    /// Beneficiaries the account is reserved for, if known (6574x → private persons).
    [[nodiscard]] constexpr std::optional<Beneficiary> beneficiary() const noexcept {
        if (const auto* e = entry())
            return e->beneficiary;
        return std::nullopt;
    }

    /// The longest table account this one is, or is a sub-account of (65749 → 6574; 6042 → none).
    [[nodiscard]] constexpr std::optional<NatureAccount> known_ancestor() const noexcept {
        for (std::size_t n = code().size(); n >= min_digits; --n)
            if (detail::m57::find_nature(code().substr(0, n)) != nullptr)
                return NatureAccount(code().substr(0, n), Checked{});
        return std::nullopt;
    }

    /// Whether this account is `parent` or one of its sub-accounts (65748 is within 6574 and 65).
    [[nodiscard]] constexpr bool is_within(const NatureAccount& parent) const noexcept {
        return code().substr(0, parent.code().size()) == parent.code();
    }

    friend constexpr bool operator==(const NatureAccount&, const NatureAccount&) noexcept = default;
    friend constexpr std::strong_ordering operator<=>(const NatureAccount&,
                                                      const NatureAccount&) noexcept = default;

private:
    struct Checked {};
    constexpr NatureAccount(std::string_view digits, Checked) noexcept
        : code_(digits) {}
    [[nodiscard]] constexpr const detail::m57::NatureEntry* entry() const noexcept {
        return detail::m57::find_nature(code());
    }
    detail::budget::Digits<max_digits> code_;
};

// ============================================================================================
// Function
// ============================================================================================

/// A function of the M57 functional presentation (« fonction » / « sous-fonction »): 1 digit
/// (`6` Action économique), 2 digits (`65`) or 3 digits (`221` Collèges). docs/legal-reference.md
/// BUDG-FUNCTIONS-2DIGIT.
class FunctionCode {
public:
    /// Parses a function code (surrounding blanks ignored). Errors (field « fonction »): empty,
    /// format, length (more than 3 digits), component (2-digit function not in M57, or 3-digit
    /// one whose 2-digit parent is not).
    static Result<FunctionCode> parse(std::string_view text) {
        const std::string_view s = detail::budget::trim(text);
        if (s.empty())
            return make_error(ErrorKind::empty, "fonction", text, "la fonction est vide");
        if (!detail::budget::all_digits(s))
            return make_error(ErrorKind::format, "fonction", text,
                              "la fonction " + detail::budget::quoted(s) +
                                  " ne doit contenir que des chiffres");
        if (s.size() > 3)
            return make_error(ErrorKind::length, "fonction", text,
                              "la fonction " + std::string(s) + " doit compter 1, 2 ou 3 chiffres");
        if (s.size() >= 2 && detail::m57::find_function(s.substr(0, 2)) == nullptr)
            return make_error(ErrorKind::component, "fonction", text,
                              unknown_function_message(s.substr(0, 2)));
        return FunctionCode(s, Checked{});
    }

    /// For code that knows the function is valid; throws `ParseFailure` otherwise.
    explicit FunctionCode(std::string_view text)
        : FunctionCode(parse(text).value()) {}

    /// The digits (`"65"`).
    [[nodiscard]] constexpr std::string_view code() const noexcept { return code_.view(); }
    /// Number of digits (1, 2 or 3).
    [[nodiscard]] constexpr std::size_t level() const noexcept { return code().size(); }
    /// The rank-1 function digit (0–9), which is also the chapter digit: 65 → 6.
    [[nodiscard]] constexpr std::uint8_t digit() const noexcept {
        return detail::budget::digit_value(code()[0]);
    }

    /// The enclosing function (221 → 22 → 2), none for a 1-digit function.
    [[nodiscard]] constexpr std::optional<FunctionCode> parent() const noexcept {
        if (level() == 1)
            return std::nullopt;
        return FunctionCode(code().substr(0, level() - 1), Checked{});
    }

    /// Whether the label is in the table (always for 1- and 2-digit codes).
    [[nodiscard]] constexpr bool is_known() const noexcept { return label().has_value(); }

    /// The label (« libellé »): 65 → "Insertion économique et économie sociale, solidaire".
    [[nodiscard]] constexpr std::optional<std::string_view> label() const noexcept {
        if (level() == 1)
            return detail::m57::function_digit_names[digit()];
        if (const auto* f = detail::m57::find_function(code()))
            return f->label;
        return std::nullopt;
    }

    friend constexpr bool operator==(const FunctionCode&, const FunctionCode&) noexcept = default;
    friend constexpr std::strong_ordering operator<=>(const FunctionCode&,
                                                      const FunctionCode&) noexcept = default;

private:
    struct Checked {};
    constexpr FunctionCode(std::string_view digits, Checked) noexcept
        : code_(digits) {}

    static std::string unknown_function_message(std::string_view two) {
        const std::uint8_t d = detail::budget::digit_value(two[0]);
        const std::string head = "la fonction " + std::string(two) + " n'existe pas en M57";
        const std::string rank = std::string(1, two[0]) + " " +
                                 detail::budget::quoted(detail::m57::function_digit_names[d]);
        if (d == 9)
            return head + " : la fonction " + rank + " n'a pas de sous-fonction";
        std::string list;
        auto add = [&](const auto& table) {
            for (const auto& f : table)
                if (f.code.size() == 2 && f.code[0] == two[0])
                    list += (list.empty() ? "" : ", ") + std::string(f.code);
        };
        add(detail::m57::functions);
        add(detail::m57::functions_transport);
        return head + " (fonction " + rank + " : " + list + ")";
    }

    detail::budget::Digits<3> code_;
};

// ============================================================================================
// Functional chapter
// ============================================================================================

/// A functional voting chapter (« chapitre fonctionnel »): 900–909 (investissement) and 930–939
/// (fonctionnement); the third digit is the rank-1 function, same digit = same name.
/// docs/legal-reference.md BUDG-FUNCTIONAL-CHAPTERS.
class FunctionalChapter {
public:
    /// Parses `"936"` (surrounding blanks ignored). Errors (field « chapitre fonctionnel »):
    /// empty, format, length (not 3 digits), component (not 900–909 or 930–939).
    static Result<FunctionalChapter> parse(std::string_view text) {
        const std::string_view s = detail::budget::trim(text);
        if (s.empty())
            return make_error(ErrorKind::empty, "chapitre fonctionnel", text,
                              "le chapitre fonctionnel est vide");
        if (!detail::budget::all_digits(s))
            return make_error(ErrorKind::format, "chapitre fonctionnel", text,
                              "le chapitre fonctionnel " + detail::budget::quoted(s) +
                                  " ne doit contenir que des chiffres");
        if (s.size() != 3)
            return make_error(ErrorKind::length, "chapitre fonctionnel", text,
                              "le chapitre fonctionnel " + std::string(s) +
                                  " doit compter 3 chiffres (900 à 909, 930 à 939)");
        if (auto c = from_code(s))
            return *c;
        return make_error(ErrorKind::component, "chapitre fonctionnel", text,
                          not_a_chapter_message(s));
    }

    /// The chapter of `section` for rank-1 function `digit` (936 = of(fonctionnement, 6)).
    /// Throws std::out_of_range if `digit > 9`.
    static constexpr FunctionalChapter of(Section section, std::uint8_t digit) {
        if (digit > 9)
            throw std::out_of_range("subvention::FunctionalChapter::of: digit > 9");
        return FunctionalChapter(section, digit);
    }

    /// All 20 chapters, investment first: 900…909, 930…939.
    static constexpr std::array<FunctionalChapter, 20> all() noexcept {
        std::array<FunctionalChapter, 20> out{};
        for (std::uint8_t d = 0; d < 10; ++d) {
            out[d] = FunctionalChapter(Section::investissement, d);
            out[d + 10u] = FunctionalChapter(Section::fonctionnement, d);
        }
        return out;
    }

    constexpr FunctionalChapter() noexcept = default; ///< 930 (needed by std::array)

    /// The section: 90x → investissement, 93x → fonctionnement.
    [[nodiscard]] constexpr Section section() const noexcept { return section_; }
    /// The rank-1 function digit (936 → 6).
    [[nodiscard]] constexpr std::uint8_t digit() const noexcept { return digit_; }
    /// `"936"`.
    [[nodiscard]] constexpr std::string_view code() const noexcept {
        return codes[(section_ == Section::investissement ? 0u : 10u) + digit_];
    }
    /// The function name shared by 90d and 93d (936 → "Action économique").
    [[nodiscard]] constexpr std::string_view name() const noexcept {
        return detail::m57::function_digit_names[digit_];
    }

    friend constexpr bool operator==(FunctionalChapter, FunctionalChapter) noexcept = default;
    friend constexpr std::strong_ordering operator<=>(FunctionalChapter a,
                                                      FunctionalChapter b) noexcept {
        return a.code().compare(b.code()) <=> 0;
    }

private:
    friend class Imputation;
    static constexpr std::array<std::string_view, 20> codes{
        "900", "901", "902", "903", "904", "905", "906", "907", "908", "909",
        "930", "931", "932", "933", "934", "935", "936", "937", "938", "939"};

    constexpr FunctionalChapter(Section s, std::uint8_t d) noexcept
        : section_(s)
        , digit_(d) {}

    /// The chapter for three digits, if they are 90d or 93d.
    static constexpr std::optional<FunctionalChapter> from_code(std::string_view s) noexcept {
        if (s.size() != 3 || s[0] != '9' || s[2] < '0' || s[2] > '9')
            return std::nullopt;
        if (s[1] == '0')
            return FunctionalChapter(Section::investissement, detail::budget::digit_value(s[2]));
        if (s[1] == '3')
            return FunctionalChapter(Section::fonctionnement, detail::budget::digit_value(s[2]));
        return std::nullopt;
    }

    static std::string not_a_chapter_message(std::string_view three) {
        return "le chapitre fonctionnel " + std::string(three) +
               " n'existe pas en M57 (chapitres 900 à 909 en investissement, 930 à 939 en "
               "fonctionnement)";
    }

    Section section_ = Section::fonctionnement;
    std::uint8_t digit_ = 0;
};

/// A special voting sub-chapter (« sous-chapitre ») isolating one function: 900-5/930-5 Gestion
/// des fonds européens, 904-4/934-4 RSA, 934-3 APA (docs/legal-reference.md
/// BUDG-FUNCTIONAL-CHAPTERS).
struct VotingSubChapter {
    std::string_view code;     ///< `"934-4"`
    std::string_view name;     ///< `"RSA"`
    FunctionalChapter chapter; ///< 934
    friend constexpr bool operator==(const VotingSubChapter&, const VotingSubChapter&) = default;
};

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
        const std::string_view s = detail::budget::trim(text);
        if (s.empty())
            return make_error(ErrorKind::empty, "imputation", text, "l'imputation est vide");

        // Split on '/', trimming each part.
        std::array<std::string_view, 3> parts{};
        std::size_t count = 0;
        std::size_t start = 0;
        for (;;) {
            const std::size_t slash = s.find('/', start);
            const std::string_view part = detail::budget::trim(s.substr(
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

    struct ChapterAndFunction {
        FunctionalChapter chapter;
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
            std::string hint = "la fonction en réserve (9) n'a pas de sous-fonction";
            for (const auto& f : detail::m57::functions)
                if (f.code.size() == 2 && f.code[0] == p[2]) {
                    hint = "p. ex. " + std::string(p) + f.code[1] + " pour la fonction " +
                           std::string(f.code);
                    break;
                }
            for (const auto& f : detail::m57::functions_transport)
                if (f.code.size() == 2 && f.code[0] == p[2]) {
                    hint = "p. ex. " + std::string(p) + f.code[1] + " pour la fonction " +
                           std::string(f.code);
                    break;
                }
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

// ============================================================================================
// Operation code
// ============================================================================================

/// The shape of a département's operation codes (« modèle de code opération »), in a tiny
/// pattern language: `A` = an upper-case letter A–Z, `9` = a digit, `X` = either, `\c` = the
/// character c literally, any other printable ASCII character (not a blank) = itself.
/// Example: `A99-999A99` (Pas-de-Calais style, `C01-020Q01`).
class OperationCodePattern {
public:
    /// Parses a pattern. Errors (field « modèle de code opération »): empty, format (blank,
    /// non-ASCII or control character, dangling `\`), length (more than 32 positions).
    static Result<OperationCodePattern> parse(std::string_view pattern) {
        constexpr std::string_view field = "modèle de code opération";
        if (pattern.empty())
            return make_error(ErrorKind::empty, field, pattern, "le modèle est vide");
        std::string slots;
        for (std::size_t i = 0; i < pattern.size(); ++i) {
            char c = pattern[i];
            if (!printable(c))
                return make_error(ErrorKind::format, field, pattern,
                                  "le modèle ne peut contenir que des caractères ASCII visibles "
                                  "(position " +
                                      std::to_string(i + 1) + ")");
            if (c == '\\') {
                if (i + 1 == pattern.size() || !printable(pattern[i + 1]))
                    return make_error(
                        ErrorKind::format, field, pattern,
                        "«\u00A0\\\u00A0» doit être suivi du caractère à prendre tel quel");
                slots += '\\';
                slots += pattern[++i];
            } else {
                slots += c;
            }
        }
        OperationCodePattern p(std::string(pattern), std::move(slots));
        if (p.length() > 32)
            return make_error(ErrorKind::length, field, pattern, "le modèle dépasse 32 caractères");
        return p;
    }

    /// The default pattern `A99-999A99`, derived from the single seed code `C01-020Q01`
    /// (Pas-de-Calais, délibération 2023-122 art. 3). Other départements' codes need their own
    /// pattern: this default is an assumption from one example, not a national rule.
    static OperationCodePattern pas_de_calais() { return parse("A99-999A99").value(); }

    /// The pattern as written.
    [[nodiscard]] const std::string& text() const noexcept { return text_; }
    /// Number of characters a matching code has.
    [[nodiscard]] std::size_t length() const noexcept {
        std::size_t n = 0;
        for (std::size_t i = 0; i < slots_.size(); ++i, ++n)
            if (slots_[i] == '\\')
                ++i;
        return n;
    }
    /// Whether `code` matches exactly (no trimming).
    [[nodiscard]] bool matches(std::string_view code) const {
        return !first_mismatch(code).has_value() && code.size() == length();
    }

    friend bool operator==(const OperationCodePattern&, const OperationCodePattern&) = default;

private:
    friend class OperationCode;
    OperationCodePattern(std::string text, std::string slots)
        : text_(std::move(text))
        , slots_(std::move(slots)) {}

    static constexpr bool printable(char c) noexcept { return c > ' ' && c < 127; }

    struct Mismatch {
        std::size_t position; ///< 0-based in the code
        std::string expected; ///< French description
    };

    /// First position (within min(len, pattern length)) where `code` does not fit.
    [[nodiscard]] std::optional<Mismatch> first_mismatch(std::string_view code) const {
        std::size_t pos = 0;
        for (std::size_t i = 0; i < slots_.size() && pos < code.size(); ++i, ++pos) {
            const char c = code[pos];
            const bool letter = c >= 'A' && c <= 'Z';
            const bool digit = c >= '0' && c <= '9';
            switch (slots_[i]) {
            case 'A':
                if (!letter)
                    return Mismatch{pos, "une lettre majuscule"};
                break;
            case '9':
                if (!digit)
                    return Mismatch{pos, "un chiffre"};
                break;
            case 'X':
                if (!letter && !digit)
                    return Mismatch{pos, "une lettre majuscule ou un chiffre"};
                break;
            case '\\':
                ++i;
                [[fallthrough]];
            default:
                if (c != slots_[i])
                    return Mismatch{pos, detail::budget::quoted(std::string_view(&slots_[i], 1))};
            }
        }
        return std::nullopt;
    }

    std::string text_;
    std::string slots_; ///< the pattern with escapes kept as `\c` pairs
};

/// A département's operation code (« code opération », `C01-020Q01`): an identifier validated
/// against the département's pattern (default `OperationCodePattern::pas_de_calais()`) or a
/// custom predicate. Always non-empty printable ASCII without blanks.
class OperationCode {
public:
    /// Parses with the default (Pas-de-Calais) pattern `A99-999A99`.
    static Result<OperationCode> parse(std::string_view text) {
        return parse(text, OperationCodePattern::pas_de_calais());
    }

    /// Parses with `pattern`. Errors (field « code opération »): empty, format (character not
    /// fitting the pattern, with its position), length (other length than the pattern's).
    static Result<OperationCode> parse(std::string_view text, const OperationCodePattern& pattern) {
        const std::string_view s = detail::budget::trim(text);
        if (auto e = basic_check(text, s))
            return *e;
        if (auto m = pattern.first_mismatch(s))
            return make_error(ErrorKind::format, field, text,
                              "le caractère n°" + std::to_string(m->position + 1) + " " +
                                  detail::budget::quoted(s.substr(m->position, 1)) + " du code " +
                                  std::string(s) + " devrait être " + m->expected + " (modèle " +
                                  pattern.text() + ")");
        if (s.size() != pattern.length())
            return make_error(ErrorKind::length, field, text,
                              "le code " + std::string(s) + " compte " + std::to_string(s.size()) +
                                  " caractères au lieu de " + std::to_string(pattern.length()) +
                                  " (modèle " + pattern.text() + ")");
        return OperationCode(std::string(s), Checked{});
    }

    /// Parses with a custom rule: `accept(code)` decides; `rule` describes it in French for the
    /// error message (« 3 lettres puis 4 chiffres »).
    template <std::predicate<std::string_view> Pred>
    static Result<OperationCode> parse_if(std::string_view text, Pred&& accept,
                                          std::string_view rule) {
        const std::string_view s = detail::budget::trim(text);
        if (auto e = basic_check(text, s))
            return *e;
        if (!std::invoke(std::forward<Pred>(accept), s))
            return make_error(ErrorKind::format, field, text,
                              "le code " + std::string(s) +
                                  " ne respecte pas la règle : " + std::string(rule));
        return OperationCode(std::string(s), Checked{});
    }

    /// For code that knows the operation code is valid (default pattern); throws `ParseFailure`.
    explicit OperationCode(std::string_view text)
        : OperationCode(parse(text).value()) {}

    /// The code as written (`"C01-020Q01"`).
    [[nodiscard]] std::string_view code() const noexcept { return code_; }

    friend bool operator==(const OperationCode&, const OperationCode&) = default;
    friend std::strong_ordering operator<=>(const OperationCode& a,
                                            const OperationCode& b) noexcept {
        return a.code_.compare(b.code_) <=> 0;
    }

private:
    static constexpr std::string_view field = "code opération";
    struct Checked {};
    OperationCode(std::string code, Checked)
        : code_(std::move(code)) {}

    static std::optional<Error> basic_check(std::string_view text, std::string_view s) {
        if (s.empty())
            return make_error(ErrorKind::empty, field, text, "le code opération est vide");
        for (std::size_t i = 0; i < s.size(); ++i)
            if (!OperationCodePattern::printable(s[i]))
                return make_error(ErrorKind::format, field, text,
                                  "le code opération ne peut contenir que des caractères ASCII "
                                  "visibles, sans espace (position " +
                                      std::to_string(i + 1) + ")");
        return std::nullopt;
    }

    std::string code_;
};

// ============================================================================================
// Appropriations and budget lines
// ============================================================================================

/// Kind of appropriation (« nature des crédits »), CGCT L.3312-4 and R.3312-3
/// (docs/legal-reference.md BUDG-AP-AE-CP).
enum class AppropriationKind {
    ap, ///< « autorisation de programme »: multi-year commitment ceiling, investment only
    ae, ///< « autorisation d'engagement »: multi-year commitment ceiling, operating only, for
        ///< subsidies, participations or remunerations to third parties (staff costs excluded)
    cp, ///< « crédits de paiement »: payment ceiling of the year, both sections
};

/// `"AP"`, `"AE"`, `"CP"`.
[[nodiscard]] constexpr std::string_view to_string(AppropriationKind k) noexcept {
    switch (k) {
    case AppropriationKind::ap:
        return "AP";
    case AppropriationKind::ae:
        return "AE";
    case AppropriationKind::cp:
        return "CP";
    }
    return "CP";
}

/// Whether appropriations of kind `k` can exist in `section`: AP in investissement, AE in
/// fonctionnement, CP in both (CGCT L.3312-4).
[[nodiscard]] constexpr bool is_allowed_in(AppropriationKind k, Section section) noexcept {
    switch (k) {
    case AppropriationKind::ap:
        return section == Section::investissement;
    case AppropriationKind::ae:
        return section == Section::fonctionnement;
    case AppropriationKind::cp:
        return true;
    }
    return false;
}

/// One line of the imputation table of a deliberation or report (« ligne d'imputation »):
/// `C01-020Q01 | 6568/9365 | Mission ESS - Autres participations | CP disponible 209 285,00 |
/// proposition 57 000,00 | solde 152 285,00`. The balance is recomputed, never trusted: the
/// stated one is only compared (docs/architecture.md §3.5; docs/legal-reference.md BUDG-AP-AE-CP:
/// « solde = CP disponible − proposition ≥ 0 »).
struct BudgetLine {
    OperationCode operation;               ///< « code opération »
    Imputation imputation;                 ///< « imputation budgétaire »
    std::string label;                     ///< « libellé opération »
    Euros credits_available;               ///< « CP disponible » (deliberation column « CP »)
    Euros proposed;                        ///< « proposition » / « dépense »
    std::optional<Euros> stated_balance{}; ///< « solde » as printed, if printed
    std::optional<Euros> credits_voted{};  ///< « CP » when printed apart from « disponible »
    AppropriationKind appropriation = AppropriationKind::cp; ///< which credits the line draws on
    friend bool operator==(const BudgetLine&, const BudgetLine&) = default;

    /// Recomputed balance (« solde ») = available − proposed; negative when the proposal exceeds
    /// the credits. Throws std::overflow_error on overflow.
    [[nodiscard]] Euros balance() const { return credits_available - proposed; }

    /// Whether the proposal fits in the available credits (proposed ≤ available; CGCT
    /// L.3312-4: CP are the ceiling of the year's payments, AP/AE of commitments).
    [[nodiscard]] bool credit_check() const noexcept { return proposed <= credits_available; }

    /// Whether the printed balance equals the recomputed one; none when no balance is printed.
    [[nodiscard]] std::optional<bool> stated_balance_matches() const {
        if (!stated_balance)
            return std::nullopt;
        return *stated_balance == balance();
    }

    /// Whether the available credits fit in the voted ones; none when no voted amount is printed.
    [[nodiscard]] std::optional<bool> available_within_voted() const noexcept {
        if (!credits_voted)
            return std::nullopt;
        return credits_available <= *credits_voted;
    }

    /// Whether the appropriation kind exists in the imputation's section (AP ↔ investissement,
    /// AE ↔ fonctionnement; CGCT L.3312-4).
    [[nodiscard]] bool is_appropriation_consistent() const noexcept {
        return is_allowed_in(appropriation, imputation.section());
    }
};

} // namespace subvention

namespace std {
/// Hash of a nature account (its digits).
template <>
struct hash<subvention::NatureAccount> {
    size_t operator()(const subvention::NatureAccount& n) const noexcept {
        return hash<string_view>{}(n.code());
    }
};
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
/// Hash of an operation code (its text).
template <>
struct hash<subvention::OperationCode> {
    size_t operator()(const subvention::OperationCode& o) const noexcept {
        return hash<string_view>{}(o.code());
    }
};
} // namespace std
