// SPDX-License-Identifier: Apache-2.0
// subvention — helpers shared by the rules of the « assembly » group (vote, attendance, visas,
// deliberation number and dates). Internal: names live in `rules::detail`.
//
// The vote rules do not recount anything: vote.hpp's `analyse` (through `analyse_vote`) computes
// quorum, who could vote and the outcome and returns typed findings; these helpers run it once
// per rule, turn its facts and assumptions into the diagnostic's, build the phrases several
// findings show (the tally, « deux fois ») and locate persons and proxies in the dossier.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include <subvention/compliance/diagnostic.hpp>
#include <subvention/compliance/message.hpp>
#include <subvention/date.hpp>
#include <subvention/deliberation.hpp>
#include <subvention/detail/ascii.hpp>
#include <subvention/detail/text.hpp>
#include <subvention/document.hpp>
#include <subvention/dossier.hpp>
#include <subvention/vote.hpp>

#include "compliance/builtin_rule.hpp"
#include "compliance/rules/common.hpp"

namespace subvention::compliance::rules::detail {

/// The quorum articles (Conseil départemental, Commission permanente) with the version applied:
/// the basis of every rule that counts members present.
inline constexpr std::array<LegalRef, 2> quorum_articles{{
    {"CGCT", "L.3121-14",
     "consolidated text of late 2015, al. 1 confirmed unchanged by the ministerial answer of 3 "
     "April 2025"},
    {"CGCT", "L.3121-14-1",
     "as created by loi n° 2009-526 of 12 May 2009, consolidated text of late 2015"},
}};

/// The law on members « intéressés à l'affaire »: the case law applied to acts dated before
/// 24 December 2025, then CGCT L.3132-5 (loi n° 2025-1249, art. 32). The rules on interested
/// members list these in their basis, the statute last.
inline constexpr LegalRef interested_sertim{
    "CE, 6 juin 1997, SERTIM (conseiller général intéressé à l'affaire)", "",
    "decision of 6 June 1997, applied to acts dated before 24 December 2025"};
inline constexpr LegalRef interested_influence{
    "CE, 30 juillet 1941, Chauvin ; CE, 23 avril 1971, commune de Ris-Orangis ; CE, 16 décembre "
    "1994, commune d'Oullins",
    "", "decisions of 1941, 1971 and 1994, applied to acts dated before 24 December 2025"};
inline constexpr LegalRef interested_debate{
    "CE, 9 juillet 2003, Caisse rurale de crédit agricole mutuel de Champagne, n° 248344", "",
    "decision of 9 July 2003, applied to acts dated before 24 December 2025"};
inline constexpr LegalRef interested_statute_l3132_5{
    "CGCT", "L.3132-5",
    "as created by loi n° 2025-1249 of 22 December 2025, art. 32 (JORF 23 December 2025), in "
    "force 24 December 2025"};

/// The part of a rule's `basis` on interested members in force on `act_date`: its last entry,
/// the statute, from 24 December 2025; the case law before it, all the others.
[[nodiscard]] inline std::vector<LegalBasis>
interested_basis_in_force(std::span<const LegalRef> basis, const Date& act_date) {
    std::vector<LegalBasis> out;
    if (interested_member_statute_applies(act_date)) {
        out.push_back(to_basis(basis.back()));
        return out;
    }
    for (const auto& r : basis.first(basis.size() - 1))
        out.push_back(to_basis(r));
    return out;
}

/// Comparison key of a printed text: accents and case folded (text::fold_key), every
/// character that is not an ASCII letter or digit (quotes « », apostrophes, punctuation,
/// hyphens) turned into a separator, separators collapsed. « Délégation d’attributions à la
/// Commission Permanente » → "DELEGATION D ATTRIBUTIONS A LA COMMISSION PERMANENTE".
[[nodiscard]] inline std::string fold(std::string_view text) {
    const auto key = subvention::detail::text::fold_key(text);
    const std::string_view src = key ? std::string_view(*key) : text;
    std::string out;
    out.reserve(src.size());
    bool pending = false;
    for (const char c : src) {
        if (subvention::detail::is_ascii_alnum(c)) {
            if (pending && !out.empty())
                out += ' ';
            pending = false;
            out += subvention::detail::ascii_upper(c);
        } else {
            pending = true;
        }
    }
    return out;
}

/// Whether the folded `haystack` contains the folded word sequence `needle` on word
/// boundaries (both already folded).
[[nodiscard]] inline bool has_words(std::string_view haystack, std::string_view needle) {
    if (needle.empty())
        return true;
    std::size_t pos = haystack.find(needle);
    while (pos != std::string_view::npos) {
        const bool starts = pos == 0 || haystack[pos - 1] == ' ';
        const std::size_t end = pos + needle.size();
        // A word may be inflected: « DELEGATION » also matches « DELEGATIONS ».
        const bool ends =
            end == haystack.size() || haystack[end] == ' ' ||
            (haystack[end] == 'S' && (end + 1 == haystack.size() || haystack[end + 1] == ' '));
        if (starts && ends)
            return true;
        pos = haystack.find(needle, pos + 1);
    }
    return false;
}

/// Copies every fact of a vote finding into the diagnostic, under vote.hpp's stable names
/// (`votes_recorded`, `max_possible_votes`…), values as vote.hpp prints them: counts of members
/// and of votes keep their unit, enumerated values (body, regime, outcome) are codes.
inline void copy_facts(Diagnostic& d, const VoteFinding& f) {
    for (const auto& x : f.facts) {
        const Unit unit = std::holds_alternative<MemberCount>(x.value) ? Unit::members
                          : std::holds_alternative<VoteCount>(x.value) ? Unit::votes
                                                                       : Unit::code;
        fact(d, std::string(to_string(x.key)), to_string(x.value), unit);
    }
}

/// Stable names of assumptions (« unrecorded_proxies_bounded »), in order.
[[nodiscard]] inline std::vector<std::string>
assumption_names(const std::vector<Assumption>& list) {
    std::vector<std::string> names;
    for (const auto a : list)
        names.emplace_back(to_string(a));
    return names;
}

/// Adds an assumption the finding rests on (once).
inline void assume(Diagnostic& d, Assumption a) {
    const std::string name(to_string(a));
    if (std::find(d.assumptions.begin(), d.assumptions.end(), name) == d.assumptions.end())
        d.assumptions.push_back(name);
}

/// Adds the assumptions of a vote finding (once each, in order).
inline void assume(Diagnostic& d, const std::vector<Assumption>& list) {
    for (const auto a : list)
        assume(d, a);
}

/// Whether `list` contains `a`.
[[nodiscard]] inline bool rests_on(const std::vector<Assumption>& list, Assumption a) {
    for (const auto x : list)
        if (x == a)
            return true;
    return false;
}

/// Printed names of the persons of a finding playing `role`, joined by « , ».
[[nodiscard]] inline std::string names(const VoteFinding& f, PersonRole role) {
    std::vector<std::string> out;
    for (const auto& p : f.persons)
        if (p.role == role)
            out.push_back(p.name.printed());
    return join(out, ", ");
}

/// The number a noun agrees with in these findings: the singular up to one, in every language
/// (« 0 membre », « 0 member »).
[[nodiscard]] inline std::int64_t agreement(std::int64_t n) {
    return n > 1 ? n : 1;
}

/// How many times something is printed: « deux fois » / « twice », « 3 fois » / « 3 times ».
[[nodiscard]] inline Message times(std::size_t n) {
    if (n == 2)
        return Message("phrase.assembly.twice");
    return Message("phrase.assembly.times").arg("count", n);
}

/// « (text) » after a word, or nothing when `text` is empty.
[[nodiscard]] inline std::vector<Message> parenthesised(const std::string& text) {
    if (text.empty())
        return {};
    return {Message("phrase.assembly.parenthesised").arg("text", text)};
}

/// The outcome of running vote.hpp on the deliberation.
struct VoteRun {
    std::optional<VoteAnalysis> analysis; ///< nullopt: no deliberation, blank date or overflow
    bool overflow = false; ///< counts beyond what a tally can hold (std::overflow_error)
};

/// The vote analysis options a check sets (`CheckOptions::members_in_office`).
[[nodiscard]] inline VoteAnalysisOptions vote_options(const Context& ctx) {
    VoteAnalysisOptions o;
    o.members_in_office = ctx.options.members_in_office;
    return o;
}

/// Runs `analyse_vote` on the dossier's deliberation with `options`. A blank meeting date (the
/// analysis needs the date for the regime) gives no analysis — the blank is reported by the
/// rules on dates; counts too large for the analysis set `overflow`. Any other exception is a
/// defect and leaves the check.
[[nodiscard]] inline VoteRun run_vote(const Context& ctx, const VoteAnalysisOptions& options) {
    VoteRun run;
    if (!ctx.dossier.deliberation)
        return run;
    const auto& d = *ctx.dossier.deliberation;
    if (d.meeting_date.value.is_special())
        return run;
    try {
        run.analysis = analyse_vote(d, options);
    } catch (const std::overflow_error&) {
        run.overflow = true;
    }
    return run;
}

/// The vote analysis with the check's options (`vote_options`), computed once per check and
/// shared by the rules.
[[nodiscard]] const VoteRun& run_vote(const Context& ctx);

/// Location in the deliberation's attendance block, which the model keeps without a printed
/// source (`Attendance` has no `SourceRef`).
[[nodiscard]] inline Location attendance_at(std::string path, std::string text = {}) {
    return Location{DocumentKind::deliberation, "conditions de présence", std::move(path),
                    std::move(text)};
}

/// The tally as printed, its printed columns only (« pour : 41, contre : 0, abstention : 1 »).
[[nodiscard]] inline Message tally_phrase(const VoteTally& t) {
    std::vector<Message> columns;
    const auto column = [&columns](const char* key, const std::optional<VoteCount>& c) {
        if (c)
            columns.push_back(Message(key).arg("count", c->count()));
    };
    column("phrase.assembly.tally_abstention", t.abstention);
    column("phrase.assembly.tally_not_taking_part", t.ne_prend_pas_part);
    column("phrase.assembly.tally_blank", t.blancs);
    column("phrase.assembly.tally_void", t.nuls);
    return Message("phrase.assembly.tally")
        .arg("pour", t.pour.count())
        .arg("contre", t.contre.count())
        .arg("columns", std::move(columns));
}

/// Indexes of the attendance entries of the person whose matching key is `key`, in order.
[[nodiscard]] inline std::vector<std::size_t> entries_of(const Attendance& a,
                                                         const std::string& key) {
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < a.entries.size(); ++i)
        if (a.entries[i].member.key() == key)
            out.push_back(i);
    return out;
}

/// Index of the first proxy from `giver` to `holder` (matching keys) not in `used`.
[[nodiscard]] inline std::optional<std::size_t> proxy_index(const Attendance& a,
                                                            const PersonName& giver,
                                                            const PersonName& holder,
                                                            const std::vector<std::size_t>& used) {
    if (!a.proxies)
        return std::nullopt;
    for (std::size_t i = 0; i < a.proxies->size(); ++i) {
        const auto& p = (*a.proxies)[i];
        if (p.giver.key() != giver.key() || p.holder.key() != holder.key())
            continue;
        bool taken = false;
        for (const auto u : used)
            taken = taken || u == i;
        if (!taken)
            return i;
    }
    return std::nullopt;
}

/// The text of a proxy (« M. X → M. Y »), for a location.
[[nodiscard]] inline std::string proxy_text(const Proxy& p) {
    return p.giver.printed() + " donne pouvoir à " + p.holder.printed();
}

/// The visas of one document with their dossier path prefix.
struct VisaList {
    const std::vector<Visa>* visas;
    std::string path; ///< « /deliberation/visas »
};

/// The visa lists of the dossier in document order.
[[nodiscard]] inline std::vector<VisaList> visa_lists(const Dossier& d) {
    std::vector<VisaList> out;
    if (d.deliberation)
        out.push_back({&d.deliberation->visas, "/deliberation/visas"});
    if (d.rapport)
        out.push_back({&d.rapport->legal_foundations, "/rapport/legal_foundations"});
    if (d.convention)
        out.push_back({&d.convention->visas, "/convention/visas"});
    return out;
}

} // namespace subvention::compliance::rules::detail
