// SPDX-License-Identifier: Apache-2.0
// VOTE-PROXY-LIMIT — vote delegations (« pouvoirs ») the law does not allow or the record
// contradicts (CGCT L.3121-16: a member prevented from attending may delegate his vote to
// another member; nobody may hold more than one delegation — two during the COVID derogation).
//
// vote.hpp validates every recorded proxy; the invalid ones are not counted (so the tally rules
// already see their effect). This rule reports them, one diagnostic per finding, located at the
// proxy (`/deliberation/attendance/proxies/<i>`):
//  - error: a holder with more delegations than allowed (`proxy_holder_multiple`, located at the
//    first delegation beyond the limit), a giver delegating twice (`proxy_giver_multiple`), a
//    member delegating to himself (`proxy_self`) — impossible under L.3121-16;
//  - warning: the giver is listed present (`proxy_giver_present`: he may have left during the
//    meeting and given his proxy then — to be checked), the holder is listed excused or absent
//    (`proxy_holder_not_present`: the delegation could not be used), a giver or holder in no
//    list (`proxy_person_not_listed`), a giver or holder « sans voix délibérative »
//    (`proxy_without_voice`, CP-NON-VOTING).
// Proxies involving a member interested in the item are VOTE-PROXY-INTERESTED.
#pragma once

#include <array>
#include <string>
#include <vector>

#include "compliance/rules/assembly_common.hpp"

namespace subvention::compliance::rules {

/// Fondement juridique of VOTE-PROXY-LIMIT (the rule's default legal basis).
inline constexpr std::array<LegalRef, 1> vote_proxy_limit_basis{{
    {"CGCT", "L.3121-16", "consolidated text of late 2015"},
}};

namespace detail {

/// Emits the VOTE-PROXY-LIMIT diagnostics of `a` (analysis of `d`), in vote.hpp's order.
inline void emit_vote_proxy_limit(const Deliberation& d, const VoteAnalysis& a, Emitter& out) {
    const auto& att = d.attendance;
    if (!att.proxies)
        return;
    const auto& proxies = *att.proxies;
    // Proxy indexes already reported, per finding kind (a pair printed twice is two proxies).
    std::vector<std::pair<VoteFindingKind, std::size_t>> used;
    auto used_for = [&](VoteFindingKind k) {
        std::vector<std::size_t> v;
        for (const auto& [kind, i] : used)
            if (kind == k)
                v.push_back(i);
        return v;
    };
    for (const auto& f : a.findings) {
        const std::string giver = names(f, PersonRole::proxy_giver);
        const std::string holder = names(f, PersonRole::proxy_holder);
        std::optional<std::size_t> index;
        Diagnostic diag;
        switch (f.kind) {
        case VoteFindingKind::proxy_holder_multiple: {
            // Located at the first delegation beyond the limit.
            const auto held = f.number(FactKey::delegations_held).value_or(0);
            const auto max = f.number(FactKey::max_delegations_per_holder).value_or(1);
            std::int32_t seen = 0;
            const PersonName* h = nullptr;
            for (const auto& p : f.persons)
                if (p.role == PersonRole::proxy_holder)
                    h = &p.name;
            for (std::size_t i = 0; h != nullptr && i < proxies.size() && !index; ++i)
                if (proxies[i].holder.key() == h->key() && ++seen > max)
                    index = i;
            diag.severity = Severity::error;
            std::vector<Message> derogation;
            if (max > 1)
                derogation.emplace_back("VOTE-PROXY-LIMIT.covid_derogation");
            diag.parts.push_back(
                Message("VOTE-PROXY-LIMIT.holder_multiple")
                    .arg("holder", holder)
                    .arg("held", held)
                    .arg("giver", giver)
                    .arg("limit", max == 1 ? Message("VOTE-PROXY-LIMIT.limit_one")
                                           : Message("VOTE-PROXY-LIMIT.limit").arg("max", max))
                    .arg("derogation", std::move(derogation))
                    .arg("excess", held - max));
            break;
        }
        case VoteFindingKind::proxy_giver_multiple: {
            const PersonName* g = nullptr;
            for (const auto& p : f.persons)
                if (p.role == PersonRole::proxy_giver)
                    g = &p.name;
            // The second delegation of this giver not yet reported.
            const auto done = used_for(f.kind);
            std::int32_t seen = 0;
            for (std::size_t i = 0; g != nullptr && i < proxies.size() && !index; ++i) {
                if (proxies[i].giver.key() != g->key())
                    continue;
                bool taken = false;
                for (const auto u : done)
                    taken = taken || u == i;
                if (++seen > 1 && !taken)
                    index = i;
            }
            const auto given = f.number(FactKey::delegations_given).value_or(2);
            diag.severity = Severity::error;
            diag.parts.push_back(
                Message("VOTE-PROXY-LIMIT.giver_multiple").arg("giver", giver).arg("given", given));
            break;
        }
        case VoteFindingKind::proxy_self:
            diag.severity = Severity::error;
            diag.parts.push_back(
                Message("VOTE-PROXY-LIMIT.self").arg("giver", giver).arg("holder", holder));
            break;
        case VoteFindingKind::proxy_giver_present:
            diag.severity = Severity::warning;
            diag.parts.push_back(Message("VOTE-PROXY-LIMIT.giver_present")
                                     .arg("giver", giver)
                                     .arg("holder", holder));
            break;
        case VoteFindingKind::proxy_holder_not_present:
            diag.severity = Severity::warning;
            diag.parts.push_back(Message("VOTE-PROXY-LIMIT.holder_not_present")
                                     .arg("giver", giver)
                                     .arg("holder", holder));
            break;
        case VoteFindingKind::proxy_person_not_listed:
            diag.severity = Severity::warning;
            diag.parts.push_back(Message("VOTE-PROXY-LIMIT.person_not_listed")
                                     .arg("giver", giver)
                                     .arg("holder", holder));
            break;
        case VoteFindingKind::proxy_without_voice:
            diag.severity = Severity::warning;
            diag.parts.push_back(Message("VOTE-PROXY-LIMIT.without_voice")
                                     .arg("giver", giver)
                                     .arg("holder", holder));
            break;
        default:
            continue;
        }
        if (!index) {
            const PersonName* g = nullptr;
            const PersonName* h = nullptr;
            for (const auto& p : f.persons) {
                if (p.role == PersonRole::proxy_giver && g == nullptr)
                    g = &p.name;
                if (p.role == PersonRole::proxy_holder && h == nullptr)
                    h = &p.name;
            }
            if (g != nullptr && h != nullptr)
                index = proxy_index(att, *g, *h, used_for(f.kind));
        }
        if (index) {
            used.emplace_back(f.kind, *index);
            diag.location =
                attendance_at("/deliberation/attendance/proxies/" + std::to_string(*index),
                              proxy_text(proxies[*index]));
        } else {
            diag.location = attendance_at("/deliberation/attendance/proxies");
        }
        fact(diag, "finding", std::string(to_string(f.kind)), Unit::code);
        fact(diag, "giver", giver);
        fact(diag, "holder", holder);
        copy_facts(diag, f);
        assume(diag, f.assumptions);
        if (!f.assumptions.empty())
            fact(diag, "assumptions", join(assumption_names(f.assumptions)), Unit::code);
        out.emit(std::move(diag));
    }
}

} // namespace detail

/// VOTE-PROXY-LIMIT: délégations de vote irrégulières (une seule par mandataire, CGCT
/// L.3121-16; mandant présent, mandataire absent, délégation à soi-même…).
inline void check_vote_proxy_limit(const Context& ctx, Emitter& out) {
    const auto& run = detail::run_vote(ctx);
    if (run.analysis)
        detail::emit_vote_proxy_limit(*ctx.dossier.deliberation, *run.analysis, out);
}

/// La règle VOTE-PROXY-LIMIT of the catalogue (stable ID).
inline constexpr BuiltinRule vote_proxy_limit{
    "VOTE-PROXY-LIMIT", "Délégations de vote irrégulières", "Irregular vote delegations",
    vote_proxy_limit_basis, &check_vote_proxy_limit};

} // namespace subvention::compliance::rules
