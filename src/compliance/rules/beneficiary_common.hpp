// SPDX-License-Identifier: Apache-2.0
// subvention — what the rules on the beneficiary share (GRANT-COMPETENCE, AID-STATE-MENTION,
// BUDG-ANNEX-LIST, BENEFICIARY-AUDIT): its legal form and name as the documents give them, the
// dossier's statement of its economic activity as a fact.
#pragma once

#include <optional>
#include <string>

#include <subvention/dossier.hpp>

namespace subvention::compliance::rules::detail {

/// The beneficiary's legal form: the convention's party, else a grant decision's.
[[nodiscard]] inline LegalForm beneficiary_form(const Dossier& d) {
    if (d.convention && d.convention->beneficiary.legal_form != LegalForm::unknown)
        return d.convention->beneficiary.legal_form;
    for (const auto* grants : {d.deliberation ? &d.deliberation->grants : nullptr,
                               d.rapport ? &d.rapport->proposed_grants : nullptr})
        if (grants)
            for (const auto& g : *grants)
                if (g.beneficiary_form != LegalForm::unknown)
                    return g.beneficiary_form;
    return LegalForm::unknown;
}

/// The beneficiary's name as printed: the convention's party, else the first grant decision's.
[[nodiscard]] inline std::string beneficiary_name(const Dossier& d) {
    if (d.convention && !d.convention->beneficiary.name.empty())
        return d.convention->beneficiary.name;
    if (d.deliberation && !d.deliberation->grants.empty())
        return d.deliberation->grants.front().beneficiary;
    if (d.rapport && !d.rapport->proposed_grants.empty())
        return d.rapport->proposed_grants.front().beneficiary;
    return {};
}

/// « true », « false » or « unknown »: the stated economic activity, as a fact.
[[nodiscard]] inline std::string activity_fact(const std::optional<bool>& a) {
    return a ? (*a ? "true" : "false") : "unknown";
}

} // namespace subvention::compliance::rules::detail
