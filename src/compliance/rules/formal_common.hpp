// SPDX-License-Identifier: Apache-2.0
// subvention — helpers shared by the formal rules (CONV-CROSS-REFERENCE, CONV-ARTICLE-NUMBERING,
// CONV-AUTHORISATION, CONV-BANK-DETAILS, CONV-JURISDICTION, CONV-INCOMPLETE, ID-LABEL,
// ID-CHECKSUM): blanks as a draft prints them, the phrases that name convention subjects and
// deliberating bodies, and the identifiers the dossier states with their JSON paths.
//
// Names live in `rules::detail` (so `subvention::detail` is always named in full). Nothing here
// throws on content.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <subvention/compliance/diagnostic.hpp>
#include <subvention/convention.hpp>
#include <subvention/detail/ascii.hpp>
#include <subvention/document.hpp>
#include <subvention/dossier.hpp>
#include <subvention/identifiers.hpp>
#include <subvention/provenance.hpp>
#include <subvention/vote.hpp>

#include "compliance/builtin_rule.hpp"
#include "compliance/rules/common.hpp"

namespace subvention::compliance::rules::detail {

// ---------------------------------------------------------------------------------------------
// Facts, lists

/// Article numbers as strings, in the given order.
[[nodiscard]] inline std::vector<std::string> numbers(const std::vector<std::uint32_t>& ns) {
    std::vector<std::string> out;
    out.reserve(ns.size());
    for (const auto n : ns)
        out.push_back(std::to_string(n));
    return out;
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

/// What a convention subject is, with its article (« le bilan final d'exécution »): one entry
/// of the catalogue per subject, named by its stable name.
[[nodiscard]] inline Message subject(ConventionSubject s) {
    return Message("phrase.formal.subject." + std::string(to_string(s)));
}

/// A convention subject after « de » (« ne traite du bilan final »), French contracting
/// de + le into du and de + les into des.
[[nodiscard]] inline Message of_subject(ConventionSubject s) {
    return Message("phrase.formal.of_subject." + std::string(to_string(s)));
}

/// « la Commission permanente » / « le Conseil départemental ».
[[nodiscard]] inline Message body_name(Body b) {
    return Message("phrase.formal.body." + std::string(to_string(b)));
}

/// « de la Commission permanente » / « du Conseil départemental ».
[[nodiscard]] inline Message of_body(Body b) {
    return Message("phrase.formal.of_body." + std::string(to_string(b)));
}

// ---------------------------------------------------------------------------------------------
// Identifiers stated in the dossier (ID-LABEL, ID-CHECKSUM)

/// An identifier as a document prints it, with its JSON path and whose it is.
struct IdRef {
    const StatedIdentifier* id = nullptr;
    std::string path;       ///< « /convention/beneficiary/identifier »
    std::string_view party; ///< « collectivite », « grantor », « beneficiary » (fact `party`)
};

/// Appends every identifier of a convention party (`identifier`, then `other_identifiers`),
/// each with its own path, so that a finding on an other identifier points at it.
inline void append_party_identifiers(std::vector<IdRef>& out, const ConventionParty& p,
                                     std::string_view party) {
    const std::string base = "/convention/" + std::string(party);
    if (p.identifier)
        out.push_back({&*p.identifier, base + "/identifier", party});
    for (std::size_t i = 0; i < p.other_identifiers.size(); ++i)
        out.push_back(
            {&p.other_identifiers[i], base + "/other_identifiers/" + std::to_string(i), party});
}

/// Every identifier the dossier states, in document order (deliberation, report, convention):
/// the collectivité's SIRET of the deliberation and of the report, every identifier of the
/// convention parties (grantor, then beneficiary).
[[nodiscard]] inline std::vector<IdRef> stated_identifiers(const Dossier& d) {
    std::vector<IdRef> out;
    if (d.deliberation && d.deliberation->collectivite.siret)
        out.push_back({&*d.deliberation->collectivite.siret, "/deliberation/collectivite/siret",
                       "collectivite"});
    if (d.rapport && d.rapport->collectivite.siret)
        out.push_back(
            {&*d.rapport->collectivite.siret, "/rapport/collectivite/siret", "collectivite"});
    if (d.convention) {
        append_party_identifiers(out, d.convention->grantor, "grantor");
        append_party_identifiers(out, d.convention->beneficiary, "beneficiary");
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

} // namespace subvention::compliance::rules::detail
