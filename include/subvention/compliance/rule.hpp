// SPDX-License-Identifier: Apache-2.0
// subvention — what a compliance rule is: an ID, titles, its legal basis, and a function that
// reads a dossier and emits diagnostics. Rules are independent values: the library's own are
// compiled into subvention::compliance and registered in its built-in catalogue
// (compliance/catalogue.hpp); a program adds its own the same way.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <subvention/budget/operation.hpp>
#include <subvention/calendar.hpp>
#include <subvention/compliance/diagnostic.hpp>
#include <subvention/date.hpp>
#include <subvention/deadline.hpp>
#include <subvention/dossier.hpp>
#include <subvention/export.hpp>
#include <subvention/identifiers/deliberation_number.hpp>
#include <subvention/vote/counts.hpp>

namespace subvention::compliance {

/// Stage of the dossier: a draft (« projet ») may have blanks; a signed dossier may not.
/// Blanks are `info` in a draft and `error` once signed.
enum class Stage { draft, signed_ };

[[nodiscard]] constexpr std::string_view to_string(Stage s) noexcept {
    return s == Stage::draft ? "draft" : "signed";
}

/// Options of a check (« paramètres du contrôle »).
struct CheckOptions {
    /// nullopt: derived from the dossier — a convention whose status is `executed` is checked
    /// as signed, anything else as a draft (the report says which and why: `Report::stage`).
    std::optional<Stage> stage{};
    /// Date at which the law is evaluated. Default: the dossier's own act date (the meeting
    /// of the deliberation, else the convention's signature, else its period start):
    /// docs/legal-reference.md « every rule must be evaluated at the date of the act ».
    std::optional<Date> as_of{};
    /// Whose public holidays count for deadlines. Default: derived from the collectivité's
    /// département code (57, 67, 68 → Alsace-Moselle; 971… → overseas), else métropole.
    std::optional<Territory> territory{};
    /// Rule IDs to run; empty = every rule of the catalogue.
    std::vector<std::string> rules{};
    /// Rule IDs not to run (a département's choice; its own rules replace them).
    std::vector<std::string> disabled{};
    /// Severity given to every diagnostic of a rule, whatever the rule decided (« ID » →
    /// severity): a département that treats a warning as blocking, or the reverse.
    std::map<std::string, Severity, std::less<>> severities{};
    /// Whether the final report's deadline — the date the convention stipulates or computes,
    /// and the legal compte rendu financier (loi 2000-321 art. 10) — moves to the next working
    /// day when it falls on a Saturday, a Sunday or a public holiday (CPC art. 642). UNCONFIRMED
    /// (docs/legal-reference.md DELAY-END-WORKDAY): art. 642 extends « le délai qui expirerait »
    /// on such a day; the case law applying it beyond procedure concerns time limits set by law,
    /// no decision was found on a date stipulated in a contract, and the compte rendu financier
    /// is not a procedural time limit. Default `Extension::none`, the stipulated date governs: a
    /// document sent by it is on time under either reading, so the check never advises a date
    /// that could turn out late. Every rule and command that computes this deadline reads it
    /// (CONV-REPORT-DEADLINE, DEADLINE-NON-WORKING-DAY, SETTLE-REPORT-LATE, SETTLE-OVERPAYMENT;
    /// `SettlementPolicy::report_extension`, same default) and states the assumption.
    Extension report_deadline_extension = Extension::none;
    /// Members in office of the body that voted (« membres en exercice »), as the
    /// collectivité's records give it. Default (nullopt): the persons listed with a vote, the
    /// lists taken as complete — an assumption every quorum finding then states.
    std::optional<MemberCount> members_in_office{};
    /// The collectivité's numbering of its deliberations, when it declares one
    /// (`DCP-{année}-{numéro:4}`): DELIB-NUMBER then checks the act's number against it and
    /// reads its year from it. Default: any numbering is accepted as printed.
    std::optional<DeliberationNumberFormat> deliberation_number_format{};
    /// The collectivité's pattern of operation codes, when it declares one (`A99-999A99`,
    /// `OperationCodePattern::parse`): BUDG-IMPUTATION then checks every printed code against
    /// it. Default: codes are kept as printed, no national format exists.
    std::optional<OperationCodePattern> operation_code_pattern{};
    /// Whether CONV-RETROACTIVE reports an operating grant for the year whose period starts on
    /// or after 1 January of that year but before the decision (« subvention de fonctionnement
    /// pour l'année 2024 », voted in June, period from 1 January). UNCONFIRMED
    /// (docs/legal-reference.md SEED-13, CONV-RETROACTIVE): no text forbids a convention to cover
    /// the activity of the year the operating subsidy is granted for, and usage admits it; what
    /// the law guards against — aid to works already started (incentive effect of State aid),
    /// expenses foreign to the subsidised action — concerns investment grants and
    /// undertakings, which the rule keeps reporting. Default false: such a period is the rule for
    /// an annual operating grant, and a finding on every one of them would hide the others; true
    /// reports it as an info resting on that assumption.
    bool report_operating_year_retroactivity = false;
};

/// Family of a rule (« famille »): the part of the dossier it reads. Built-in rules belong to
/// the first six; `extraction` and `scdl` are the IDs emitted by the text reader and the SCDL
/// validator; a rule added by a program is `local`.
enum class Family {
    dossier,
    assembly,
    amounts,
    convention,
    formal,
    execution,
    extraction,
    scdl,
    local
};

[[nodiscard]] constexpr std::string_view to_string(Family f) noexcept {
    switch (f) {
    case Family::dossier:
        return "dossier";
    case Family::assembly:
        return "assembly";
    case Family::amounts:
        return "amounts";
    case Family::convention:
        return "convention";
    case Family::formal:
        return "formal";
    case Family::execution:
        return "execution";
    case Family::extraction:
        return "extraction";
    case Family::scdl:
        return "scdl";
    case Family::local:
        return "local";
    }
    return "local";
}

namespace detail {
struct CheckCache; // values computed once per check and shared by the rules (engine-private)
} // namespace detail

/// Everything a rule reads: the dossier, the options, and values derived once for all rules.
struct Context {
    const Dossier& dossier{};
    const CheckOptions& options{};
    Date as_of{};          ///< resolved evaluation date
    Territory territory{}; ///< resolved holiday territory
    /// Shared by the rules of one check (the vote analysis runs once); null outside a check.
    detail::CheckCache* cache = nullptr;
    /// `error` once signed, `info` in a draft: the severity of a blank that must be filled.
    [[nodiscard]] Severity blank_severity() const noexcept {
        return stage() == Stage::signed_ ? Severity::error : Severity::info;
    }
    /// The stage checked: `check()` and `run_rule()` resolve it before the rules run.
    [[nodiscard]] Stage stage() const noexcept { return options.stage.value_or(Stage::draft); }
};

/// A value computed once per check and shared by every rule that asks for it under the same
/// `key` (an address the caller owns): the facts a set of local rules reads are read once per
/// dossier, not once per rule. Outside a check (a context without cache) `make` runs each time.
[[nodiscard]] SUBVENTION_API std::shared_ptr<const void>
shared_value(const Context& ctx, const void* key,
             const std::function<std::shared_ptr<const void>()>& make);

/// Collects diagnostics for one rule: fills in its ID and legal basis.
class Emitter {
public:
    Emitter(std::string_view rule, std::span<const LegalBasis> basis, std::vector<Diagnostic>& out)
        : rule_(rule)
        , basis_(basis)
        , out_(out) {}

    /// Adds a diagnostic; `legal_basis` defaults to the rule's when left empty, the messages to
    /// the rendering of its `parts`.
    void emit(Diagnostic d) {
        d.rule = std::string(rule_);
        d.render_messages();
        if (d.legal_basis.empty())
            d.legal_basis.assign(basis_.begin(), basis_.end());
        out_.push_back(std::move(d));
    }
    [[nodiscard]] std::string_view rule() const noexcept { return rule_; }

private:
    std::string_view rule_;
    std::span<const LegalBasis> basis_;
    std::vector<Diagnostic>& out_;
};

/// What a rule does: reads the context, emits its diagnostics. Content problems are
/// diagnostics; an exception is a defect of the rule and leaves `check()` with it.
using RuleCheck = std::function<void(const Context&, Emitter&)>;

/// A rule of a catalogue. `id` is stable public API (never changes meaning once released):
/// capital letters, digits and hyphens, starting with a letter (« VOTE-QUORUM »).
struct Rule {
    std::string id{};
    std::string title_fr{};
    std::string title_en{};
    std::vector<LegalBasis> legal_basis{}; ///< default basis of its diagnostics
    RuleCheck check{};
    Family family = Family::local;
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
