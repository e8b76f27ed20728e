// SPDX-License-Identifier: Apache-2.0
// subvention — legal thresholds and the dates they apply from (like OpenFisca parameters):
// the checker evaluates a dossier against the law in force at the dossier's dates.
#pragma once

#include <array>
#include <optional>
#include <string_view>

#include <subvention/date.hpp>
#include <subvention/money.hpp>

namespace subvention::compliance {

/// One version of a threshold: its value, the first day it applies, and its source.
struct ThresholdVersion {
    CivilDate from{};
    Euros amount{};
    std::string_view source{};
};

/// The version in force on `day` (the latest whose `from` is on or before it), if any.
template <std::size_t N>
[[nodiscard]] std::optional<ThresholdVersion>
in_force(const std::array<ThresholdVersion, N>& versions, Date day) {
    std::optional<ThresholdVersion> found;
    for (const auto& v : versions)
        if (v.from.to_date() <= day)
            found = v;
    return found;
}

/// Convention obligatoire above this annual amount, strictly (« dépasse »): loi 2000-321
/// art. 10 (al. 3 in 2001, al. 4 in the text in force on 1 January 2016); décret 2001-495 du
/// 6 juin 2001 art. 1 (JO 12 juin 2001, in force the next day).
inline constexpr std::array convention_threshold{
    ThresholdVersion{{2001, 6, 13},
                     Euros::from_cents(2'300'000),
                     "loi 2000-321 art. 10 ; décret 2001-495 art. 1"},
};

/// Publication of the données essentielles: same amount, conventions signed from 1 August
/// 2017 (loi 2016-1321 art. 18; décret 2017-779 du 5 mai 2017).
inline constexpr std::array open_data_threshold{
    ThresholdVersion{
        {2017, 8, 1}, Euros::from_cents(2'300'000), "loi 2000-321 art. 10 ; décret 2017-779"},
};

/// De minimis ceiling for a single undertaking: 200 000 € over three fiscal years
/// (Reg. (EU) 1407/2013) until 31 Dec 2023; 300 000 € over any rolling three years from
/// 1 Jan 2024 (Reg. (EU) 2023/2831). docs/legal-reference.md AID-DEMINIMIS-2023 /
/// AID-DEMINIMIS-2024.
inline constexpr std::array de_minimis_ceiling{
    ThresholdVersion{{2014, 1, 1}, Euros::from_cents(20'000'000), "règlement (UE) 1407/2013"},
    ThresholdVersion{{2024, 1, 1}, Euros::from_cents(30'000'000), "règlement (UE) 2023/2831"},
};

/// SIEG de minimis: 500 000 € (Reg. (EU) 360/2012), then 750 000 € (Reg. (EU) 2023/2832).
inline constexpr std::array de_minimis_sieg_ceiling{
    ThresholdVersion{{2012, 4, 29}, Euros::from_cents(50'000'000), "règlement (UE) 360/2012"},
    ThresholdVersion{{2024, 1, 1}, Euros::from_cents(75'000'000), "règlement (UE) 2023/2832"},
};

/// Listing in the budget annex: subsidy above 75 000 € (CGCT L.3313-1 → L.2313-1 4° c)).
inline constexpr std::array budget_annex_threshold{
    ThresholdVersion{{2015, 1, 1}, Euros::from_cents(7'500'000), "CGCT L.3313-1, L.2313-1"},
};

/// Contrat d'engagement républicain: requests filed from 2 January 2022 (décret 2021-1947 du
/// 31 décembre 2021, in force the day after publication; loi 2000-321 art. 10-1), not « since
/// 1 January 2022 » as often written (docs/legal-reference.md SUBV-CER).
inline constexpr CivilDate cer_in_force{2022, 1, 2};

} // namespace subvention::compliance
