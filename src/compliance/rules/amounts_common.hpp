// SPDX-License-Identifier: Apache-2.0
// subvention — helpers shared by the amount, budget and payment rules (group `amounts`):
// where a document states an amount (« emplacement »), the totals each document states, the
// imputation rows of the dossier, beneficiary categories, and the overflow diagnostic.
//
// Money is exact: every total is Euros arithmetic (checked int64 cents); helpers that add
// amounts throw std::overflow_error, which the rules catch and report (`emit_overflow`).
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <subvention/budget.hpp>
#include <subvention/compliance/diagnostic.hpp>
#include <subvention/compliance/message.hpp>
#include <subvention/convention.hpp>
#include <subvention/deliberation.hpp>
#include <subvention/detail/ascii.hpp>
#include <subvention/detail/text.hpp>
#include <subvention/document.hpp>
#include <subvention/dossier.hpp>
#include <subvention/money.hpp>
#include <subvention/provenance.hpp>
#include <subvention/report.hpp>
#include <subvention/result.hpp>

#include "compliance/builtin_rule.hpp"
#include "compliance/rules/common.hpp"

namespace subvention::compliance::rules::detail {

// ---------------------------------------------------------------------------------------------
// Words for messages

/// How a phrase stands in its sentence. French contracts « à » and « de » with the article that
/// opens the phrase (« au montant », « du rapport ») and capitalises a phrase that opens the
/// sentence: each is its own entry of the catalogue (key suffix `.a`, `.de`, `.capitalized`).
/// English writes the preposition in the sentence: its `a` and `de` entries are the plain phrase.
enum class Case { plain, capitalized, a, de };

/// The key suffix of a case (« », « .capitalized », « .a », « .de »).
[[nodiscard]] constexpr std::string_view case_suffix(Case c) noexcept {
    switch (c) {
    case Case::plain:
        return "";
    case Case::capitalized:
        return ".capitalized";
    case Case::a:
        return ".a";
    case Case::de:
        return ".de";
    }
    return "";
}

/// « (article 3) » after the name of a place, or nothing when the section is unknown.
[[nodiscard]] inline Message section_note(std::string_view section) {
    if (section.empty())
        return Message("phrase.text").arg("text", std::string());
    return Message("phrase.amounts.section_note").arg("section", std::string(section));
}

/// « la délibération (article 3) » (case `de`: « de la délibération (article 3) »), or « la
/// délibération » when no section is known. Cases `plain` and `de` only.
[[nodiscard]] inline Message document_phrase(DocumentKind d, std::string_view section,
                                             Case c = Case::plain) {
    std::string key("phrase.amounts.document.");
    key.append(to_string(d)).append(case_suffix(c));
    return Message(std::move(key)).arg("section", section_note(section));
}

/// « de fonctionnement » / « operating » (« la section de fonctionnement »).
[[nodiscard]] inline Message budget_section(Section s) {
    return Message(s == Section::fonctionnement ? "phrase.amounts.budget_section.fonctionnement"
                                                : "phrase.amounts.budget_section.investissement");
}

/// Lower-case ASCII copy (stable enum names such as « CP » → « cp »).
[[nodiscard]] inline std::string lower_ascii(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        c = subvention::detail::ascii_lower(c);
    return out;
}

// ---------------------------------------------------------------------------------------------
// Places where an amount is stated

/// An amount as one place of the dossier states it: the document, a stable name of the place
/// (`deliberation_grants`, `rapport_budget`, `convention_ceilings`…), the JSON path of the
/// member (keys = C++ member names), the printed source and the amount. A place may gather
/// several statements of one document (two grant decisions, two ceilings): then the path is the
/// vector, the section the first statement's and the text the printed texts joined by « ; ».
struct Place {
    DocumentKind document = DocumentKind::dossier;
    std::string kind;
    std::string path;
    SourceRef source;
    Euros amount;
    std::size_t statements = 0; ///< how many statements were added up
};

/// The diagnostic location of a place (its document is the place's, whatever the source says).
[[nodiscard]] inline Location location_of(const Place& p) {
    Location l = at(p.source, p.path);
    l.document = p.document;
    return l;
}

/// Adds the `other_*` facts naming `p` (the place a diagnostic's location disagrees with); its
/// document is the place's, whatever the source says.
inline void other_place(Diagnostic& d, const Place& p) {
    fact(d, "other_document", std::string(to_string(p.document)), Unit::code);
    fact(d, "other_section", p.source.section);
    fact(d, "other_path", p.path, Unit::code);
    fact(d, "other_text", p.source.text);
}

/// Accumulates statements into a place (see `Place`). `add` throws std::overflow_error.
class PlaceBuilder {
public:
    PlaceBuilder(DocumentKind doc, std::string kind, std::string vector_path)
        : vector_path_(std::move(vector_path)) {
        place_.document = doc;
        place_.kind = std::move(kind);
    }
    void add(const SourceRef& source, Euros amount, std::string element_path) {
        place_.amount += amount;
        if (place_.statements == 0) {
            place_.source = source;
            place_.path = std::move(element_path);
        } else {
            place_.path = vector_path_;
            if (!source.text.empty()) {
                if (!place_.source.text.empty())
                    place_.source.text += " ; ";
                place_.source.text += source.text;
            }
        }
        place_.source.document = place_.document;
        ++place_.statements;
    }
    [[nodiscard]] std::optional<Place> get() const {
        if (place_.statements == 0)
            return std::nullopt;
        return place_;
    }

private:
    Place place_;
    std::string vector_path_;
};

// ---------------------------------------------------------------------------------------------
// Beneficiaries

/// A party name reduced for comparison: lower-case ASCII letters and digits only, Latin
/// accents removed (« Économie » = « Economie »), everything else dropped (spaces, quotes,
/// apostrophes, hyphens). Used only to tell whether two printed names are the same party.
[[nodiscard]] inline std::string fold_name(std::string_view s) {
    const auto key = subvention::detail::text::fold_key(s); // nullopt: invalid UTF-8, bytes kept
    std::string out;
    for (const char c : key ? std::string_view(*key) : s)
        if (subvention::detail::is_ascii_alnum(c))
            out += subvention::detail::ascii_lower(c);
    return out;
}

/// Public or private person, as far as the imputation of a subsidy cares (M57: 6573x/2041x for
/// public bodies, 6574x/2042x for private persons; docs/legal-reference.md BUDG-NATURE-SUBSIDIES).
enum class PartyCategory { unknown, public_person, private_person };

/// Category of a legal form.
[[nodiscard]] constexpr PartyCategory category_of(LegalForm f) noexcept {
    switch (f) {
    case LegalForm::departement:
    case LegalForm::region:
    case LegalForm::commune:
    case LegalForm::epci:
    case LegalForm::public_body:
        return PartyCategory::public_person;
    case LegalForm::association:
    case LegalForm::association_cultuelle:
    case LegalForm::foundation:
    case LegalForm::company:
    case LegalForm::other:
        return PartyCategory::private_person;
    case LegalForm::unknown:
        return PartyCategory::unknown;
    }
    return PartyCategory::unknown;
}

// ---------------------------------------------------------------------------------------------
// Totals per document

/// The grant decisions of `grants` as one place. With `beneficiary` given and decisions naming
/// several distinct beneficiaries (a deliberation granting to several bodies), only those
/// naming `beneficiary` (compared by `fold_name`) count, when there are any. Throws
/// std::overflow_error.
[[nodiscard]] inline std::optional<Place>
grants_place(const std::vector<GrantDecision>& grants, DocumentKind doc, std::string kind,
             const std::string& vector_path, std::optional<std::string_view> beneficiary = {}) {
    std::vector<bool> keep(grants.size(), true);
    if (beneficiary && grants.size() > 1) {
        const std::string wanted = fold_name(*beneficiary);
        bool several = false;
        bool any = false;
        for (const auto& g : grants) {
            several = several || fold_name(g.beneficiary) != fold_name(grants.front().beneficiary);
            any = any || fold_name(g.beneficiary) == wanted;
        }
        if (several && any)
            for (std::size_t i = 0; i < grants.size(); ++i)
                keep[i] = fold_name(grants[i].beneficiary) == wanted;
    }
    PlaceBuilder b(doc, std::move(kind), vector_path);
    for (std::size_t i = 0; i < grants.size(); ++i)
        if (keep[i])
            b.add(grants[i].amount.source, grants[i].amount.value,
                  vector_path + "/" + std::to_string(i) + "/amount");
    return b.get();
}

/// The imputation rows of a table as one place (sum of the « dépense » / « proposition »
/// column). Throws std::overflow_error.
[[nodiscard]] inline std::optional<Place> table_place(const std::vector<ImputationRow>& rows,
                                                      DocumentKind doc, std::string kind,
                                                      const std::string& vector_path) {
    PlaceBuilder b(doc, std::move(kind), vector_path);
    for (std::size_t i = 0; i < rows.size(); ++i)
        b.add(rows[i].source, rows[i].proposed,
              vector_path + "/" + std::to_string(i) + "/proposed");
    return b.get();
}

/// The convention's ceilings (« montant maximum de l'aide ») as one place; nullopt when no
/// action states one. Throws std::overflow_error.
[[nodiscard]] inline std::optional<Place> ceilings_place(const Convention& c) {
    PlaceBuilder b(DocumentKind::convention, "convention_ceilings", "/convention/actions");
    for (std::size_t i = 0; i < c.actions.size(); ++i)
        if (c.actions[i].amount)
            b.add(c.actions[i].amount->source, c.actions[i].amount->value,
                  "/convention/actions/" + std::to_string(i) + "/amount");
    return b.get();
}

/// The amount granted, as the act states it: the deliberation's grant decisions, else the
/// report's proposal; restricted to the convention's beneficiary when the act grants to
/// several bodies. Throws std::overflow_error.
[[nodiscard]] inline std::optional<Place> granted_place(const Dossier& d) {
    std::optional<std::string_view> beneficiary;
    if (d.convention && !d.convention->beneficiary.name.empty())
        beneficiary = d.convention->beneficiary.name;
    if (d.deliberation)
        if (auto p = grants_place(d.deliberation->grants, DocumentKind::deliberation,
                                  "deliberation_grants", "/deliberation/grants", beneficiary))
            return p;
    if (d.rapport)
        if (auto p =
                grants_place(d.rapport->proposed_grants, DocumentKind::rapport,
                             "rapport_proposed_grants", "/rapport/proposed_grants", beneficiary))
            return p;
    return std::nullopt;
}

/// The payments of the convention's schedule as one place (nullopt when none). Throws
/// std::overflow_error.
[[nodiscard]] inline std::optional<Place> payments_place(const Convention& c) {
    PlaceBuilder b(DocumentKind::convention, "convention_payments",
                   "/convention/payment_schedule/payments");
    const auto& payments = c.payment_schedule.payments;
    for (std::size_t i = 0; i < payments.size(); ++i)
        b.add(payments[i].amount.source, payments[i].amount.value,
              "/convention/payment_schedule/payments/" + std::to_string(i) + "/amount");
    return b.get();
}

/// What the payments may not exceed and should pay out (« plafond »): the lower of the
/// convention's ceilings and the amount granted by the act, with where it is stated (the
/// convention's when they are equal). nullopt when neither is stated. Throws
/// std::overflow_error.
[[nodiscard]] inline std::optional<Place> payment_limit(const Dossier& d) {
    std::optional<Place> ceilings = d.convention ? ceilings_place(*d.convention) : std::nullopt;
    std::optional<Place> granted = granted_place(d);
    if (ceilings && granted)
        return granted->amount < ceilings->amount ? granted : ceilings;
    return ceilings ? ceilings : granted;
}

// ---------------------------------------------------------------------------------------------
// Imputation rows

/// One row of an imputation table with where it is: the deliberation's (`imputations`) or the
/// report's (`budget`).
struct RowRef {
    DocumentKind document = DocumentKind::deliberation;
    const ImputationRow* row = nullptr;
    std::string path; ///< « /deliberation/imputations/0 »
};

/// Every imputation row of the dossier, deliberation first, in printed order.
[[nodiscard]] inline std::vector<RowRef> imputation_rows(const Dossier& d) {
    std::vector<RowRef> out;
    if (d.deliberation)
        for (std::size_t i = 0; i < d.deliberation->imputations.size(); ++i)
            out.push_back({DocumentKind::deliberation, &d.deliberation->imputations[i],
                           "/deliberation/imputations/" + std::to_string(i)});
    if (d.rapport)
        for (std::size_t i = 0; i < d.rapport->budget.size(); ++i)
            out.push_back({DocumentKind::rapport, &d.rapport->budget[i],
                           "/rapport/budget/" + std::to_string(i)});
    return out;
}

/// Location of a row's member (`member` empty: the row itself).
[[nodiscard]] inline Location row_location(const RowRef& r, std::string_view member) {
    Location l = at(r.row->source, member.empty() ? r.path : r.path + "/" + std::string(member));
    l.document = r.document;
    return l;
}

/// The credits available of a row: « Disponible » when printed, else « CP » (deliberation
/// tables print only « CP »); the same mapping as `to_budget_line`.
[[nodiscard]] inline std::optional<Euros> credits_available(const ImputationRow& r) noexcept {
    return r.available ? r.available : r.cp;
}

/// « de la délibération (article 3) » for a row (`Case::de`), « la délibération (article 3) ».
[[nodiscard]] inline Message row_document_phrase(const RowRef& r, Case c = Case::plain) {
    return document_phrase(r.document, r.row->source.section, c);
}

/// An imputation as the dossier prints it, once per distinct imputation (« 6568/9365 » in the
/// deliberation's article 3 and in the report's table is one imputation): the first row that
/// prints it, the paths of the other rows (`also_at`), the trimmed printed text, and the parse
/// result (`Imputation::parse`).
struct ImputationGroup {
    RowRef first;
    std::vector<std::string> also_at;
    std::string printed;
    Result<Imputation> parsed;
};

/// The distinct imputations of the dossier, in order of first appearance (deliberation, then
/// report). Two rows are the same imputation when they parse to the same canonical form
/// (`Imputation::formatted`), or, when unreadable, print the same trimmed text.
[[nodiscard]] inline std::vector<ImputationGroup> distinct_imputations(const Dossier& d) {
    std::vector<ImputationGroup> out;
    std::vector<std::string> keys;
    for (auto& r : imputation_rows(d)) {
        const std::string printed(subvention::detail::trim_spaces(r.row->imputation));
        Result<Imputation> parsed = Imputation::parse(printed);
        // (append, not "=" + std::string: GCC 12 -O3 false -Wrestrict, GCC bug 105651)
        std::string key(parsed.ok() ? "=" : "?");
        key += parsed.ok() ? parsed->formatted() : printed;
        bool found = false;
        for (std::size_t i = 0; i < keys.size(); ++i)
            if (keys[i] == key) {
                out[i].also_at.push_back(r.path + "/imputation");
                found = true;
                break;
            }
        if (found)
            continue;
        keys.push_back(std::move(key));
        out.push_back(ImputationGroup{std::move(r), {}, printed, std::move(parsed)});
    }
    return out;
}

/// What identifies a printed row for deduplication: operation code, imputation (canonical
/// when readable), the credits available, the proposal and — when `with_balance` — the printed
/// balance. The report usually repeats the deliberation's row (with a balance column the
/// deliberation lacks): a finding on both is reported once.
[[nodiscard]] inline std::string row_identity(const ImputationRow& r, bool with_balance) {
    const auto parsed = Imputation::parse(r.imputation);
    auto amount = [](const std::optional<Euros>& e) { return e ? e->to_iso() : std::string("-"); };
    std::string key = std::string(subvention::detail::trim_spaces(r.operation_code)) + "|" +
                      (parsed.ok() ? parsed->formatted()
                                   : std::string(subvention::detail::trim_spaces(r.imputation))) +
                      "|" + amount(credits_available(r)) + "|" + r.proposed.to_iso();
    if (with_balance)
        key += "|" + amount(r.balance);
    return key;
}

/// A row of the dossier with the paths of the rows repeating it (same `row_identity`).
struct RowGroup {
    RowRef first;
    std::vector<std::string> also_at;
};

/// The distinct rows, in order of first appearance (see `row_identity`).
[[nodiscard]] inline std::vector<RowGroup> distinct_rows(const Dossier& d, bool with_balance) {
    std::vector<RowGroup> out;
    std::vector<std::string> keys;
    for (auto& r : imputation_rows(d)) {
        std::string key = row_identity(*r.row, with_balance);
        bool found = false;
        for (std::size_t i = 0; i < keys.size() && !found; ++i)
            if (keys[i] == key) {
                out[i].also_at.push_back(r.path);
                found = true;
            }
        if (!found) {
            keys.push_back(std::move(key));
            out.push_back(RowGroup{std::move(r), {}});
        }
    }
    return out;
}

// ---------------------------------------------------------------------------------------------
// Overflow

/// Reports that amounts could not be added or subtracted without leaving the range of Euros
/// (± 92 233 720 368 547 758,07 €): the check could not be made. A warning — the figures are
/// doubtful, not proven inconsistent. `what` names the computation (« du total des versements
/// prévus »).
inline void emit_overflow(Emitter& out, Location where, Message what,
                          const std::overflow_error& e) {
    Diagnostic d;
    d.severity = Severity::warning;
    d.parts.push_back(Message("phrase.amounts.overflow").arg("what", std::move(what)));
    d.location = std::move(where);
    fact(d, "overflow", true);
    fact(d, "detail", std::string(e.what()));
    out.emit(std::move(d));
}

/// Builds a place with `build()`; on overflow, reports it at `doc`/`path` (`what`: the total
/// that overflowed) and returns nullopt. The rule that owns a total reports its overflow; the
/// other rules build it with the overload below, so that one overflow is reported once.
template <class F>
[[nodiscard]] std::optional<Place>
try_place(Emitter& out, DocumentKind doc, const std::string& path, const Message& what, F&& build) {
    try {
        return build();
    } catch (const std::overflow_error& e) {
        emit_overflow(out, Location{doc, {}, path, {}}, what, e);
        return std::nullopt;
    }
}

/// Builds a place with `build()`; nullopt on overflow, which the rule owning that total
/// reports.
template <class F>
[[nodiscard]] std::optional<Place> try_place(F&& build) {
    try {
        return build();
    } catch (const std::overflow_error&) {
        return std::nullopt;
    }
}

/// What a place states, for messages: « le montant attribué par la délibération (article 1) »
/// (`phrase.amounts.place.<kind>`, in case `c`).
[[nodiscard]] inline Message describe(const Place& p, Case c = Case::plain) {
    static constexpr std::array<std::string_view, 7> kinds{
        "deliberation_grants", "deliberation_imputations", "rapport_proposed_grants",
        "rapport_budget",      "convention_ceilings",      "rapport_operations",
        "convention_payments"};
    const bool known = std::find(kinds.begin(), kinds.end(), p.kind) != kinds.end();
    std::string key("phrase.amounts.place.");
    key.append(known ? std::string_view(p.kind) : std::string_view("other")).append(case_suffix(c));
    return Message(std::move(key))
        .arg("where", document_phrase(p.document, p.source.section))
        .arg("section", section_note(p.source.section))
        .arg("statements", p.statements);
}

} // namespace subvention::compliance::rules::detail
