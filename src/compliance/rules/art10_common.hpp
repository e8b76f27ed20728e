// SPDX-License-Identifier: Apache-2.0
// subvention — the versions of the convention paragraph of loi 2000-321 art. 10 (what the
// convention must define), shared by CONV-CONTENT and PAYMENT-INCOMPLETE
// (docs/legal-reference.md SUBV-CONVENTION-THRESHOLD):
//  - from 13 June 2001 (threshold of décret 2001-495): 3rd paragraph, « l'objet, le montant et
//    les conditions d'utilisation »;
//  - text in force on 1 January 2016: 4th paragraph (the « formulaire unique » paragraph was
//    inserted before it), « l'objet, le montant, les modalités de versement et les conditions
//    d'utilisation ». The amending text, between the versions of 20 June 2014 and of 1 January
//    2016, was not identified: 1 January 2016 is the first day the wording is attested, and the
//    library applies it from then (an assumption for acts of 2014–2015);
//  - loi 2021-875 du 1er juillet 2021 art. 1, in force 3 July 2021: 4th paragraph, adding « les
//    modalités de contrôle et d'évaluation de la subvention attribuée ainsi que les conditions
//    dans lesquelles l'organisme, s'il est à but non lucratif, peut conserver tout ou partie
//    d'une subvention n'ayant pas été intégralement consommée ».
#pragma once

#include <array>
#include <cstddef>

#include <subvention/compliance/diagnostic.hpp>
#include <subvention/date.hpp>

#include "compliance/builtin_rule.hpp"

namespace subvention::compliance::rules {

/// The convention paragraph of art. 10 in each version the library applies, latest first.
inline constexpr std::array<LegalRef, 3> art10_convention_versions{{
    {"loi 2000-321", "10 al. 4",
     "rédaction de la loi n° 2021-875 du 1er juillet 2021 (art. 1), in force on 3 July 2021"},
    {"loi 2000-321", "10 al. 4",
     "text in force on 1 January 2016, « modalités de versement » inserted between 20 June 2014 "
     "and 1 January 2016 by a text not identified"},
    {"loi 2000-321", "10 al. 3",
     "text in force from 13 June 2001 (décret n° 2001-495 threshold) to 20 June 2014"},
}};

namespace detail {

/// First day of the 2016 wording (« modalités de versement »), as applied.
inline constexpr CivilDate art10_payment_terms_from{2016, 1, 1};
/// Last version read without « modalités de versement » (20 June 2014).
inline constexpr CivilDate art10_payment_terms_unread_from{2014, 6, 20};
/// Entry into force of loi 2021-875 art. 1 (control and evaluation, unspent subsidy).
inline constexpr CivilDate art10_loi_2021_875_from{2021, 7, 3};

/// Index in `art10_convention_versions` of the version in force on `day`.
[[nodiscard]] inline std::size_t art10_version(Date day) {
    if (day >= art10_loi_2021_875_from.to_date())
        return 0;
    if (day >= art10_payment_terms_from.to_date())
        return 1;
    return 2;
}

/// Whether the payment terms are a legal item of the convention on `day`.
[[nodiscard]] inline bool art10_requires_payment_terms(Date day) {
    return art10_version(day) <= 1;
}

/// Whether `day` falls in the window where the payment terms may already have been required
/// by a text the library did not identify (20 June 2014 – 31 December 2015).
[[nodiscard]] inline bool art10_payment_terms_unsettled(Date day) {
    return day >= art10_payment_terms_unread_from.to_date() &&
           day < art10_payment_terms_from.to_date();
}

/// The legal basis of the convention paragraph in force on `day`.
[[nodiscard]] inline LegalBasis art10_basis(Date day) {
    return to_basis(art10_convention_versions[art10_version(day)]);
}

} // namespace detail

} // namespace subvention::compliance::rules
