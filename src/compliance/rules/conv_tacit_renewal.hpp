// SPDX-License-Identifier: Apache-2.0
// CONV-TACIT-RENEWAL — « tacite reconduction » of a subsidy convention.
//
// Decision (no text read forbids it in so many words, hence UNCONFIRMED and at most a warning):
//  - allowed: warning. A renewed convention would carry the subsidy into a new year without a
//    new decision of the assembly, whereas the amount is decided per year by the deliberating
//    body within the annual budget, multi-year commitments to pay a subsidy need autorisations
//    d'engagement voted by deliberation (CGCT L.3312-4), and the convention must define the
//    amount it governs (loi 2000-321 art. 10 al. 4) — which an open-ended renewal does not;
//  - absent (the text says nothing): nothing. Silence does not renew a convention: it ends on
//    its term (art. 3 of the seed sets one); reporting silence would be noise;
//  - excluded (the seed, art. 3): nothing.
#pragma once

#include <array>
#include <string>

#include "compliance/rules/convention_common.hpp"

namespace subvention::compliance::rules {

inline constexpr std::array<LegalRef, 2> conv_tacit_renewal_basis{{
    {"loi 2000-321", "10 al. 4",
     "rédaction de la loi n° 2021-875 du 1er juillet 2021 for acts from 3 July 2021, text in "
     "force on 1 January 2016 before; the convention duty in force since 13 June 2001 (3rd "
     "paragraph until 2014)"},
    {"CGCT", "L.3312-4", "consolidated text of late 2015"},
}};

/// Contrôle de la tacite reconduction (CONV-TACIT-RENEWAL).
inline void check_conv_tacit_renewal(const Context& ctx, Emitter& out) {
    const auto& d = ctx.dossier;
    if (!d.convention || d.convention->tacit_renewal.value != TacitRenewal::allowed)
        return;
    const auto& stated = d.convention->tacit_renewal;
    Diagnostic diag;
    diag.severity = Severity::warning;
    diag.location = at(stated.source, "/convention/tacit_renewal");
    diag.parts.emplace_back("CONV-TACIT-RENEWAL");
    diag.assumptions = {"tacit_renewal_incompatible"};
    fact(diag, "tacit_renewal", std::string(to_string(stated.value)), Unit::code);
    fact(diag, "unconfirmed", true);
    out.emit(std::move(diag));
}

/// CONV-TACIT-RENEWAL: a tacitly renewable subsidy convention.
inline constexpr BuiltinRule conv_tacit_renewal{"CONV-TACIT-RENEWAL", "Tacite reconduction",
                                                "Tacit renewal", conv_tacit_renewal_basis,
                                                &check_conv_tacit_renewal};

} // namespace subvention::compliance::rules
