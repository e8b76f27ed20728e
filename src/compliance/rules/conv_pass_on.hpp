// SPDX-License-Identifier: Apache-2.0
// CONV-PASS-ON — the convention describes a redistribution of the subsidy to other bodies
// without a clause that expressly authorises it (CGCT L.1611-4 al. 3: « Il est interdit à tout
// groupement ou à toute association, œuvre ou entreprise ayant reçu une subvention d'en employer
// tout ou partie en subventions à d'autres associations, œuvres ou entreprises, sauf lorsque
// cela est expressément prévu dans la convention conclue entre la collectivité territoriale et
// l'organisme subventionné »).
//
// Reads what the beneficiary is to do with the subsidy — the convention's object and its
// actions (titles, descriptions, axes and their items, steps) — for a passing-on: a verb of
// redistribution (« reverser », « redistribuer », « rétrocéder ») with a third party as its
// object (« au profit d'… », « à d'autres … », « aux associations / structures / membres … »),
// or an explicit grant-making wording (« sous forme de subventions », « attribuer des
// subventions »). A repayment to the grantor (« reverser au Département ») is no passing-on; the
// clauses are not read (the repayment clauses say « reverser » of the grantor).
//  - warning: such a passage and no clause of kind `pass_on_allowed`. The mention describes the
//    redistribution without authorising it: whether it suffices as the « expressément prévu » of
//    the text is for the judge; if it does not, the sums passed on are used against the law and
//    may be recovered (CRPA L.242-2 2°). Not an error: the grant decision is not affected, and
//    an express clause (beneficiaries, amounts, conditions) removes the doubt.
//  - nothing with a `pass_on_allowed` clause, or without such a passage. Seed: nothing (APES
//    supports the structures, it gives them no money; « reverser » appears only in the
//    repayment clauses of art. 12).
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "compliance/rules/convention_common.hpp"

namespace subvention::compliance::rules {

inline constexpr std::array<LegalRef, 1> conv_pass_on_basis{{
    {"CGCT", "L.1611-4",
     "consolidated text of late 2015 (last amended by loi n° 2009-526 of 12 May 2009); later "
     "amendments not verified"},
}};

namespace detail {

/// Whether folded `key` has `stem` at the start of a word (the byte before it, if any, is no
/// ASCII letter or digit); `whole`: also at the end of one.
[[nodiscard]] inline bool has_stem(std::string_view key, std::string_view stem,
                                   bool whole = false) {
    auto word = [](char ch) {
        return (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9');
    };
    for (auto p = key.find(stem); p != std::string_view::npos; p = key.find(stem, p + 1)) {
        if (p > 0 && word(key[p - 1]))
            continue;
        const auto e = p + stem.size();
        if (whole && e < key.size() && word(key[e]))
            continue;
        return true;
    }
    return false;
}

/// Whether a passage (folded) describes passing the subsidy on to other bodies.
[[nodiscard]] inline bool describes_pass_on(std::string_view k) {
    for (const std::string_view grant_making :
         {"SOUS FORME DE SUBVENTION", "ATTRIBUER DES SUBVENTIONS", "ATTRIBUERA DES SUBVENTIONS",
          "VERSER DES SUBVENTIONS", "VERSERA DES SUBVENTIONS", "SUBVENTIONS A D'AUTRES",
          "SOUS SUBVENTION"})
        if (has_stem(k, grant_making))
            return true;
    bool verb = false;
    for (const std::string_view stem : {"REVERS", "REDISTRIBU", "RETROCED", "RETROCESS"})
        verb = verb || has_stem(k, stem);
    if (!verb)
        return false;
    for (const std::string_view grantor :
         {"AU DEPARTEMENT", "AU PROFIT DU DEPARTEMENT", "A LA COLLECTIVITE"})
        if (has_stem(k, grantor))
            return false;
    for (const std::string_view third :
         {"AU PROFIT D", "D'AUTRES", "AUX ASSOCIATIONS", "AUX STRUCTURES", "AUX ORGANISMES",
          "AUX PORTEURS", "AUX PARTENAIRES", "AUX MEMBRES", "AUX ADHERENTS", "AUX BENEFICIAIRES",
          "AUX ENTREPRISES", "AUX OEUVRES", "ENTRE SES MEMBRES", "ENTRE LES"})
        if (has_stem(k, third))
            return true;
    return false;
}

/// A passage of the convention and where it is.
struct Passage {
    std::string path;
    std::string text;
};

/// What the convention says the subsidy is for: its object, then each action's title,
/// description, axes (title and items) and steps, in reading order.
[[nodiscard]] inline std::vector<Passage> purpose_passages(const Convention& c) {
    std::vector<Passage> out;
    out.push_back({"/convention/object", c.object.value});
    for (std::size_t i = 0; i < c.actions.size(); ++i) {
        const Action& a = c.actions[i];
        const std::string base = "/convention/actions/" + std::to_string(i);
        if (a.title)
            out.push_back({base + "/title", *a.title});
        out.push_back({base + "/description", a.description});
        for (std::size_t j = 0; j < a.axes.size(); ++j) {
            const std::string axis = base + "/axes/" + std::to_string(j);
            out.push_back({axis + "/title", a.axes[j].title});
            for (std::size_t n = 0; n < a.axes[j].items.size(); ++n)
                out.push_back({axis + "/items/" + std::to_string(n), a.axes[j].items[n]});
        }
        for (std::size_t j = 0; j < a.steps.size(); ++j)
            out.push_back({base + "/steps/" + std::to_string(j), a.steps[j]});
    }
    return out;
}

} // namespace detail

/// Contrôle du reversement de la subvention à d'autres organismes (CONV-PASS-ON).
inline void check_conv_pass_on(const Context& ctx, Emitter& out) {
    if (!ctx.dossier.convention)
        return;
    const Convention& c = *ctx.dossier.convention;
    if (has_clause(c, ClauseKind::pass_on_allowed))
        return;
    std::vector<detail::Passage> found;
    for (auto& p : detail::purpose_passages(c)) {
        const auto key = ::subvention::detail::text::fold_key(p.text);
        if (key && detail::describes_pass_on(*key))
            found.push_back(std::move(p));
    }
    if (found.empty())
        return;
    const detail::Passage& first = found.front();
    Diagnostic diag;
    diag.severity = Severity::warning;
    diag.location = Location{DocumentKind::convention, {}, first.path, first.text};
    diag.parts.push_back(
        Message("CONV-PASS-ON").arg("beneficiary", c.beneficiary.name).arg("text", first.text));
    if (found.size() > 1)
        diag.parts.push_back(Message("CONV-PASS-ON.others")
                                 .arg("count", static_cast<std::int64_t>(found.size() - 1)));
    diag.parts.emplace_back("CONV-PASS-ON.advice");
    fact(diag, "passages", found.size());
    std::vector<std::string> paths;
    for (const auto& p : found)
        paths.push_back(p.path);
    fact(diag, "paths", detail::join(paths), Unit::code);
    fact(diag, "clause_present", false);
    out.emit(std::move(diag));
}

/// CONV-PASS-ON: redistribution of the subsidy without an express clause.
inline constexpr BuiltinRule conv_pass_on{
    "CONV-PASS-ON", "Reversement de la subvention à d'autres organismes",
    "Subsidy passed on to other bodies", conv_pass_on_basis, &check_conv_pass_on};

} // namespace subvention::compliance::rules
