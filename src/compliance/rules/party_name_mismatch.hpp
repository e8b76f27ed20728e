// SPDX-License-Identifier: Apache-2.0
// PARTY-NAME-MISMATCH — the deliberation (or the report) grants the subsidy to a beneficiary
// named otherwise than the convention's party (« US Roubaix » / « Union Sportive de Roubaix »).
//
// The deliberation decides to whom the subsidy goes and authorises the convention with that
// beneficiary (CGCT L.3211-1; loi 2000-321 art. 10 al. 4: the convention is concluded with the
// body that receives the subsidy); the documents must designate the same person
// (docs/architecture.md §3.5). Names are compared folded: case, accents, punctuation and spacing
// ignored, a leading « Association » and article dropped (« l'association « Union Sportive de
// Roubaix » » = « Union Sportive de Roubaix »). A document whose beneficiary mentions — grant
// decisions, signing authorisations — include the convention's party agrees with it; otherwise,
// for a document naming a single beneficiary:
//  - a name that abbreviates the other (initials of its words: « US Roubaix » for « Union
//    Sportive de Roubaix ») → warning, unless a text of the dossier states the alias (a party's
//    or a decision's printed text holding both names, « Union Sportive de Roubaix (US
//    Roubaix) »): likely the same person, but the act must say so;
//  - another name → error: the documents name different persons.
// Identifiers (SIRET, SIREN, RNA) and addresses are compared only when two documents state
// them: the model holds them for the convention's parties alone (ID-* rules check them).
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "compliance/rules/assembly_common.hpp"
#include "compliance/rules/common.hpp"
#include "compliance/rules/convention_common.hpp"

namespace subvention::compliance::rules {

inline constexpr std::array<LegalRef, 2> party_name_mismatch_basis{{
    {"CGCT", "L.3211-1",
     "consolidated text of late 2015, after loi n° 2015-991 of 7 August 2015 (NOTRe)"},
    {"loi 2000-321", "10 al. 4",
     "rédaction de la loi n° 2021-875 du 1er juillet 2021 for acts from 3 July 2021, text in "
     "force on 1 January 2016 before"},
}};

namespace detail {

/// Words that do not tell two names apart: articles and particles.
[[nodiscard]] inline bool name_particle(std::string_view w) noexcept {
    constexpr std::array<std::string_view, 14> particles{
        "L", "LA", "LE", "LES", "DE", "DU", "D", "DES", "ET", "A", "AU", "AUX", "UN", "UNE"};
    return std::find(particles.begin(), particles.end(), w) != particles.end();
}

/// The words of a party's name, folded, without a leading « Association » and article.
[[nodiscard]] inline std::vector<std::string> party_words(std::string_view name) {
    std::vector<std::string> words;
    const std::string folded = fold(name);
    std::size_t start = 0;
    while (start < folded.size()) {
        const std::size_t sp = folded.find(' ', start);
        const std::size_t end = sp == std::string::npos ? folded.size() : sp;
        words.push_back(folded.substr(start, end - start));
        start = end + 1;
    }
    std::size_t skip = 0;
    while (skip < words.size() && (name_particle(words[skip]) || words[skip] == "ASSOCIATION"))
        ++skip;
    words.erase(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(skip));
    return words;
}

[[nodiscard]] inline std::string party_key(std::string_view name) {
    std::string key;
    for (const auto& w : party_words(name))
        key += w;
    return key;
}

/// Whether `short_name` abbreviates `long_name`: each of its words is a word of the long name or
/// the initials of consecutive ones, in order, particles of the long name skipped.
[[nodiscard]] inline bool abbreviates(const std::vector<std::string>& short_name,
                                      const std::vector<std::string>& long_name) {
    std::size_t j = 0;
    auto skip = [&] {
        while (j < long_name.size() && name_particle(long_name[j]))
            ++j;
    };
    bool initials_used = false;
    for (const auto& w : short_name) {
        skip();
        if (j < long_name.size() && long_name[j] == w) {
            ++j;
            continue;
        }
        for (const char c : w) {
            skip();
            if (j == long_name.size() || long_name[j].front() != c)
                return false;
            ++j;
        }
        initials_used = true;
    }
    skip();
    return initials_used && j == long_name.size();
}

/// A beneficiary mention of a document with its dossier path.
struct BeneficiaryMention {
    std::string name;
    SourceRef source;
    std::string path;
};

[[nodiscard]] inline std::vector<BeneficiaryMention>
beneficiary_mentions(DocumentKind doc, const std::string& root,
                     const std::vector<GrantDecision>& grants, const std::string& grants_key,
                     const std::vector<SigningAuthorisation>& auths, const std::string& auths_key) {
    std::vector<BeneficiaryMention> out;
    for (std::size_t i = 0; i < grants.size(); ++i)
        if (!grants[i].beneficiary.empty())
            out.push_back({grants[i].beneficiary, grants[i].amount.source,
                           root + "/" + grants_key + "/" + std::to_string(i) + "/beneficiary"});
    for (std::size_t i = 0; i < auths.size(); ++i)
        if (!auths[i].counterparty.empty()) {
            SourceRef s = auths[i].source;
            s.document = doc;
            out.push_back({auths[i].counterparty, std::move(s),
                           root + "/" + auths_key + "/" + std::to_string(i) + "/counterparty"});
        }
    return out;
}

/// Whether a printed text of the dossier holds both names (an alias stated: « Union Sportive de
/// Roubaix (US Roubaix) »).
[[nodiscard]] inline bool alias_stated(const Dossier& d, std::string_view a, std::string_view b) {
    const std::string fa = fold(a);
    const std::string fb = fold(b);
    auto holds = [&](std::string_view text) {
        const std::string t = fold(text);
        return has_words(t, fa) && has_words(t, fb);
    };
    if (d.convention &&
        (holds(d.convention->beneficiary.source.text) || holds(d.convention->object.value)))
        return true;
    if (d.deliberation)
        for (const auto& g : d.deliberation->grants)
            if (holds(g.amount.source.text))
                return true;
    if (d.rapport)
        for (const auto& g : d.rapport->proposed_grants)
            if (holds(g.amount.source.text))
                return true;
    return false;
}

} // namespace detail

/// Contrôle PARTY-NAME-MISMATCH: each document naming a single beneficiary other than the
/// convention's party gives one finding.
inline void check_party_name_mismatch(const Context& ctx, Emitter& out) {
    const Dossier& d = ctx.dossier;
    if (!d.convention || d.convention->beneficiary.name.empty())
        return;
    const ConventionParty& party = d.convention->beneficiary;
    const std::string party_key = detail::party_key(party.name);
    std::vector<std::vector<detail::BeneficiaryMention>> documents;
    if (d.deliberation)
        documents.push_back(detail::beneficiary_mentions(
            DocumentKind::deliberation, "/deliberation", d.deliberation->grants, "grants",
            d.deliberation->signing_authorisations, "signing_authorisations"));
    if (d.rapport)
        documents.push_back(detail::beneficiary_mentions(
            DocumentKind::rapport, "/rapport", d.rapport->proposed_grants, "proposed_grants",
            d.rapport->proposed_authorisations, "proposed_authorisations"));
    for (const auto& mentions : documents) {
        if (mentions.empty())
            continue;
        bool agrees = false;
        bool single = true;
        for (const auto& m : mentions) {
            const std::string key = detail::party_key(m.name);
            agrees = agrees || key == party_key;
            single = single && key == detail::party_key(mentions.front().name);
        }
        if (agrees || !single)
            continue; // several beneficiaries: the convention implements one of the decisions
        const auto& m = mentions.front();
        const auto mine = detail::party_words(m.name);
        const auto theirs = detail::party_words(party.name);
        const bool abbreviation =
            detail::abbreviates(mine, theirs) || detail::abbreviates(theirs, mine);
        if (abbreviation && detail::alias_stated(d, m.name, party.name))
            continue;
        Diagnostic diag;
        diag.severity = abbreviation ? Severity::warning : Severity::error;
        diag.parts.push_back(Message(abbreviation ? "PARTY-NAME-MISMATCH.abbreviation"
                                                  : "PARTY-NAME-MISMATCH.different")
                                 .arg("name", m.name)
                                 .arg("document", detail::document(m.source.document))
                                 .arg("other", party.name));
        diag.location = at(m.source, m.path);
        fact(diag, "name", m.name);
        fact(diag, "other_name", party.name);
        fact(diag, "relation", abbreviation ? "abbreviation" : "different", Unit::code);
        detail::other_place(diag, party.source, "/convention/beneficiary/name");
        out.emit(std::move(diag));
    }
}

/// PARTY-NAME-MISMATCH: beneficiary named differently in the decision and the convention.
inline constexpr BuiltinRule party_name_mismatch{
    "PARTY-NAME-MISMATCH", "Bénéficiaire nommé différemment", "Beneficiary named differently",
    party_name_mismatch_basis, &check_party_name_mismatch};

} // namespace subvention::compliance::rules
