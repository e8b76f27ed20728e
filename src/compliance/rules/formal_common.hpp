// SPDX-License-Identifier: Apache-2.0
// subvention — helpers shared by the formal rules (CONV-CROSS-REFERENCE, CONV-ARTICLE-NUMBERING,
// CONV-AUTHORISATION, CONV-BANK-DETAILS, CONV-JURISDICTION, CONV-INCOMPLETE, ID-LABEL,
// ID-CHECKSUM): blanks as a draft prints them, French and English wording of dates, lists and
// convention subjects, and the identifiers the dossier states with their JSON paths.
//
// Names live in `rules::formal_detail` (not `rules::detail`, which would hide
// `subvention::detail` from other groups' unqualified lookups). Nothing here throws on content.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <subvention/compliance/diagnostic.hpp>
#include <subvention/convention.hpp>
#include <subvention/date.hpp>
#include <subvention/detail/ascii.hpp>
#include <subvention/document.hpp>
#include <subvention/dossier.hpp>
#include <subvention/identifiers.hpp>
#include <subvention/provenance.hpp>
#include <subvention/vote.hpp>

#include "compliance/builtin_rule.hpp"

namespace subvention::compliance::rules::formal_detail {

// ---------------------------------------------------------------------------------------------
// Dates, lists, facts

/// « 2023-03-20 » (facts). Precondition: `d` is not a special value.
[[nodiscard]] inline std::string iso(Date d) {
    return format_date(d, DateStyle::iso);
}

/// « 20 mars 2023 » (French messages). Precondition: `d` is not a special value.
[[nodiscard]] inline std::string fr(Date d) {
    return format_date(d, DateStyle::long_fr);
}

/// « 20 March 2023 » (English messages). Precondition: `d` is not a special value.
[[nodiscard]] inline std::string en(Date d) {
    constexpr std::array<std::string_view, 12> months{
        "January", "February", "March",     "April",   "May",      "June",
        "July",    "August",   "September", "October", "November", "December"};
    const auto ymd = d.year_month_day();
    return std::to_string(ymd.day.as_number()) + " " +
           std::string(months[static_cast<std::size_t>(ymd.month.as_number() - 1)]) + " " +
           std::to_string(static_cast<int>(ymd.year));
}

/// « true » / « false » (facts).
[[nodiscard]] constexpr std::string_view boolean(bool b) noexcept {
    return b ? "true" : "false";
}

using rules::fact;

/// Names the other place of a disagreement (`other_document`, `other_section`, `other_path`,
/// `other_text`): documents must agree, so a finding names both places (docs/architecture.md §3.5).
inline void other_place(Diagnostic& d, const SourceRef& s, std::string path) {
    fact(d, "other_document", std::string(to_string(s.document)));
    fact(d, "other_section", s.section);
    fact(d, "other_path", std::move(path));
    fact(d, "other_text", s.text);
}

/// « 4 », « 4 et 8 », « 4, 5 et 8 » (French enumeration).
[[nodiscard]] inline std::string list_fr(const std::vector<std::string>& items) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0)
            out += (i + 1 == items.size()) ? " et " : ", ";
        out += items[i];
    }
    return out;
}

/// « 4 », « 4 and 8 », « 4, 5 and 8 » (English enumeration).
[[nodiscard]] inline std::string list_en(const std::vector<std::string>& items) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0)
            out += (i + 1 == items.size()) ? " and " : ", ";
        out += items[i];
    }
    return out;
}

/// « 4,8 » (facts: machine-readable lists, no spaces).
[[nodiscard]] inline std::string csv(const std::vector<std::string>& items) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0)
            out += ',';
        out += items[i];
    }
    return out;
}

/// Article numbers as strings, in the given order.
[[nodiscard]] inline std::vector<std::string> numbers(const std::vector<std::uint32_t>& ns) {
    std::vector<std::string> out;
    out.reserve(ns.size());
    for (const auto n : ns)
        out.push_back(std::to_string(n));
    return out;
}

/// « « texte » » with the no-break spaces of French typography.
[[nodiscard]] inline std::string quoted_fr(std::string_view s) {
    return "\u00AB\u00A0" + std::string(s) + "\u00A0\u00BB";
}

/// The article part of a convention section for a `LegalBasis` (« article 4 §1 » → « 4 §1 »),
/// so that it prints « convention art. 4 §1 ».
[[nodiscard]] inline std::string article_of(std::string_view section) {
    constexpr std::string_view prefix = "article ";
    if (section.substr(0, prefix.size()) == prefix)
        return std::string(section.substr(prefix.size()));
    return std::string(section);
}

// ---------------------------------------------------------------------------------------------
// Blanks

/// Whether a printed value is blank: nothing but spaces (incl. no-break ones) and the fillers a
/// draft leaves for the value to be written in: underscores, dots, ellipses (U+2026), hyphens,
/// asterisks (« Référence IBAN : ______ »).
[[nodiscard]] constexpr bool is_blank(std::string_view s) noexcept {
    std::size_t i = 0;
    while (i < s.size()) {
        if (const auto n = subvention::detail::space_at(s, i)) {
            i += n;
            continue;
        }
        const char c = s[i];
        if (c == '_' || c == '.' || c == '-' || c == '*') {
            ++i;
            continue;
        }
        if (s.substr(i, 3) == "\u2026") {
            i += 3;
            continue;
        }
        return false;
    }
    return true;
}

/// Whether an optional printed value is blank (absent, or `is_blank`).
[[nodiscard]] constexpr bool is_blank(const std::optional<std::string>& s) noexcept {
    return !s || is_blank(std::string_view(*s));
}

// ---------------------------------------------------------------------------------------------
// Words

/// What a convention subject is, in French, with its article (« le bilan final d'exécution »).
[[nodiscard]] constexpr std::string_view subject_fr(ConventionSubject s) noexcept {
    switch (s) {
    case ConventionSubject::object:
        return "l\u2019objet de la convention";
    case ConventionSubject::actions:
        return "les actions soutenues";
    case ConventionSubject::period:
        return "la période d\u2019application";
    case ConventionSubject::obligations:
        return "les obligations du bénéficiaire";
    case ConventionSubject::meetings:
        return "les comités de suivi";
    case ConventionSubject::communication:
        return "la communication";
    case ConventionSubject::professional_secrecy:
        return "le secret professionnel";
    case ConventionSubject::purchases:
        return "les achats";
    case ConventionSubject::eligible_expenses:
        return "les dépenses éligibles";
    case ConventionSubject::intellectual_property:
        return "la propriété intellectuelle";
    case ConventionSubject::conflict_of_interest:
        return "les conflits d\u2019intérêts";
    case ConventionSubject::control:
        return "le contrôle";
    case ConventionSubject::amount:
        return "le montant de l\u2019aide";
    case ConventionSubject::payment:
        return "les modalités de versement";
    case ConventionSubject::final_report:
        return "le bilan final d\u2019exécution";
    case ConventionSubject::bank_details:
        return "les coordonnées bancaires";
    case ConventionSubject::amendment:
        return "les avenants";
    case ConventionSubject::renunciation:
        return "la renonciation";
    case ConventionSubject::termination:
        return "la résiliation";
    case ConventionSubject::reimbursement:
        return "le reversement";
    case ConventionSubject::jurisdiction:
        return "la juridiction compétente";
    case ConventionSubject::state_aid:
        return "les aides d\u2019État";
    case ConventionSubject::republican_commitment:
        return "le contrat d\u2019engagement républicain";
    case ConventionSubject::other:
        return "ce sujet";
    }
    return "ce sujet";
}

/// « du bilan final », « des actions », « de la période », « de l'objet »: `subject_fr` after
/// « de », with the French contractions (de + le = du, de + les = des).
[[nodiscard]] inline std::string of_subject_fr(ConventionSubject s) {
    const std::string_view w = subject_fr(s);
    if (w.substr(0, 3) == "le ")
        return "du " + std::string(w.substr(3));
    if (w.substr(0, 4) == "les ")
        return "des " + std::string(w.substr(4));
    return "de " + std::string(w);
}

/// What a convention subject is, in English (« the final report »).
[[nodiscard]] constexpr std::string_view subject_en(ConventionSubject s) noexcept {
    switch (s) {
    case ConventionSubject::object:
        return "the object of the convention";
    case ConventionSubject::actions:
        return "the funded actions";
    case ConventionSubject::period:
        return "the period of application";
    case ConventionSubject::obligations:
        return "the beneficiary's obligations";
    case ConventionSubject::meetings:
        return "the follow-up meetings";
    case ConventionSubject::communication:
        return "communication";
    case ConventionSubject::professional_secrecy:
        return "professional secrecy";
    case ConventionSubject::purchases:
        return "purchases";
    case ConventionSubject::eligible_expenses:
        return "eligible expenses";
    case ConventionSubject::intellectual_property:
        return "intellectual property";
    case ConventionSubject::conflict_of_interest:
        return "conflicts of interest";
    case ConventionSubject::control:
        return "control";
    case ConventionSubject::amount:
        return "the amount of the aid";
    case ConventionSubject::payment:
        return "the payment terms";
    case ConventionSubject::final_report:
        return "the final report";
    case ConventionSubject::bank_details:
        return "the bank details";
    case ConventionSubject::amendment:
        return "amendments";
    case ConventionSubject::renunciation:
        return "renunciation";
    case ConventionSubject::termination:
        return "termination";
    case ConventionSubject::reimbursement:
        return "repayment";
    case ConventionSubject::jurisdiction:
        return "the competent court";
    case ConventionSubject::state_aid:
        return "State aid";
    case ConventionSubject::republican_commitment:
        return "the contrat d'engagement républicain";
    case ConventionSubject::other:
        return "this subject";
    }
    return "this subject";
}

/// « la Commission permanente » / « le Conseil départemental ».
[[nodiscard]] constexpr std::string_view body_fr(Body b) noexcept {
    return b == Body::commission_permanente ? "la Commission permanente"
                                            : "le Conseil départemental";
}

/// « the Commission permanente » / « the Conseil départemental ».
[[nodiscard]] constexpr std::string_view body_en(Body b) noexcept {
    return b == Body::commission_permanente ? "the Commission permanente"
                                            : "the Conseil départemental";
}

// ---------------------------------------------------------------------------------------------
// Identifiers stated in the dossier (ID-LABEL, ID-CHECKSUM)

/// An identifier as a document prints it, with its JSON path and whose it is.
struct IdRef {
    const StatedIdentifier* id = nullptr;
    std::string path;       ///< « /convention/beneficiary/identifier »
    std::string_view party; ///< « collectivite », « grantor », « beneficiary » (fact `party`)
};

/// Every identifier the dossier states, in document order (deliberation, report, convention):
/// the collectivité's SIRET of the deliberation and of the report, the convention parties'
/// identifiers.
[[nodiscard]] inline std::vector<IdRef> stated_identifiers(const Dossier& d) {
    std::vector<IdRef> out;
    if (d.deliberation && d.deliberation->collectivite.siret)
        out.push_back({&*d.deliberation->collectivite.siret, "/deliberation/collectivite/siret",
                       "collectivite"});
    if (d.rapport && d.rapport->collectivite.siret)
        out.push_back(
            {&*d.rapport->collectivite.siret, "/rapport/collectivite/siret", "collectivite"});
    if (d.convention) {
        if (d.convention->grantor.identifier)
            out.push_back(
                {&*d.convention->grantor.identifier, "/convention/grantor/identifier", "grantor"});
        if (d.convention->beneficiary.identifier)
            out.push_back({&*d.convention->beneficiary.identifier,
                           "/convention/beneficiary/identifier", "beneficiary"});
    }
    return out;
}

/// How a label is printed (« SIREN », « SIRET », « RNA »).
[[nodiscard]] constexpr std::string_view label_text(IdentifierLabel l) noexcept {
    switch (l) {
    case IdentifierLabel::siren:
        return "SIREN";
    case IdentifierLabel::siret:
        return "SIRET";
    case IdentifierLabel::rna:
        return "RNA";
    case IdentifierLabel::none:
    case IdentifierLabel::other:
        return "";
    }
    return "";
}

/// The ASCII digits of `s`, in order (« 440 672 020 00037 » → « 44067202000037 »).
[[nodiscard]] inline std::string digits_of(std::string_view s) {
    std::string out;
    for (const char c : s)
        if (subvention::detail::is_digit(c))
            out += c;
    return out;
}

/// Whether `s` has the shape of an RNA number (`W` + 9 digits, spaces allowed) — the strict
/// pattern of docs/legal-reference.md ID-RNA.
[[nodiscard]] inline bool looks_like_rna(std::string_view s) {
    const auto t = subvention::detail::trim_spaces(s);
    return !t.empty() && (t.front() == 'W' || t.front() == 'w') && digits_of(t).size() == 9 &&
           Rna::parse(t).ok();
}

} // namespace subvention::compliance::rules::formal_detail
