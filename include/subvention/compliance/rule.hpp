// subvention — what a compliance rule is: an ID, a default severity, its legal basis, and a
// function that reads a dossier and emits diagnostics. Rules are independent: each lives in
// its own header under compliance/rules/ with its own test, and checker.hpp lists them.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <subvention/calendar.hpp>
#include <subvention/compliance/diagnostic.hpp>
#include <subvention/date.hpp>
#include <subvention/dossier.hpp>

namespace subvention::compliance {

/// Stage of the dossier: a draft (« projet ») may have blanks; a signed dossier may not.
/// Blanks are `info` in a draft and `error` once signed.
enum class Stage { draft, signed_ };

[[nodiscard]] constexpr std::string_view to_string(Stage s) noexcept {
    return s == Stage::draft ? "draft" : "signed";
}

/// Options of a check (« paramètres du contrôle »).
struct CheckOptions {
    Stage stage = Stage::draft;
    /// Date at which the law is evaluated. Default: the dossier's own act date (the meeting
    /// of the deliberation, else the convention's signature, else its period start): RULES.md
    /// « every rule must be evaluated at the date of the act ».
    std::optional<Date> as_of;
    /// Whose public holidays count for deadlines. Default: derived from the collectivité's
    /// département code (57, 67, 68 → Alsace-Moselle; 971… → overseas), else métropole.
    std::optional<Territory> territory;
    /// Rule IDs to run; empty = every rule.
    std::vector<std::string> rules;
};

/// A legal reference known at compile time (« CGCT », « L.3121-16 »).
struct LegalRef {
    std::string_view text;
    std::string_view article;
};

/// Everything a rule reads: the dossier, the options, and values derived once for all rules.
struct Context {
    const Dossier& dossier;
    const CheckOptions& options;
    Date as_of;          ///< resolved evaluation date
    Territory territory; ///< resolved holiday territory
    /// `error` once signed, `info` in a draft: the severity of a blank that must be filled.
    [[nodiscard]] Severity blank_severity() const noexcept {
        return options.stage == Stage::signed_ ? Severity::error : Severity::info;
    }
};

/// Collects diagnostics for one rule: fills in its ID and legal basis.
class Emitter {
public:
    Emitter(std::string_view rule, std::span<const LegalRef> basis, std::vector<Diagnostic>& out)
        : rule_(rule)
        , basis_(basis)
        , out_(out) {}

    /// Adds a diagnostic; `legal_basis` defaults to the rule's when left empty.
    void emit(Diagnostic d) {
        d.rule = std::string(rule_);
        if (d.legal_basis.empty())
            for (const auto& b : basis_)
                d.legal_basis.push_back(LegalBasis{std::string(b.text), std::string(b.article)});
        out_.push_back(std::move(d));
    }
    [[nodiscard]] std::string_view rule() const noexcept { return rule_; }

private:
    std::string_view rule_;
    std::span<const LegalRef> basis_;
    std::vector<Diagnostic>& out_;
};

/// A rule of the catalogue. `id` is stable public API (never changes meaning once released).
struct Rule {
    std::string_view id;
    std::string_view title_fr;
    std::string_view title_en;
    std::span<const LegalRef> legal_basis;
    void (*check)(const Context&, Emitter&);
};

/// « a », « a et b », « a, b et c » (`last_sep` = « et », « and »): lists in messages.
[[nodiscard]] inline std::string enumerate(const std::vector<std::string>& items,
                                           std::string_view last_sep) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) {
            const bool last = i + 1 == items.size();
            // append, not " " + std::string: GCC 12 -O3 false -Wrestrict (GCC bug 105651)
            out.append(last ? " " : ", ").append(last ? last_sep : std::string_view{});
            if (last)
                out += ' ';
        }
        out += items[i];
    }
    return out;
}

/// Builds a location from a stated fact's source and a dossier path.
[[nodiscard]] inline Location at(const SourceRef& s, std::string path) {
    return Location{s.document, s.section, std::move(path), s.text};
}

} // namespace subvention::compliance
