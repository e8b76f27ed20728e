// SPDX-License-Identifier: Apache-2.0
// The Nord 2024 grant as one row of a département's grants table: the fifteen-odd fields
// main.cpp builds the dossier from (tests/unit/build_grant_test.cpp reads the same row).
#pragma once

#include <subvention/build/grant.hpp>

namespace nord_2024 {

inline subvention::build::GrantRecord record() {
    using subvention::Date, subvention::Euros, subvention::MemberCount, subvention::Rate;
    return {
        .grantor = {.name = "Département du Nord",
                    .departement_code = "59",
                    .address = "51, rue Gustave Delory, 59047 Lille Cedex",
                    .seat = "Lille",
                    .president = "M. Hugo DUPONT"},
        .beneficiary = {.name = "Union Sportive de Roubaix",
                        .address = "12, rue du Stade, 59100 Roubaix",
                        .siret = "778 899 013 00016",
                        .rna = "W595012345",
                        .representative = "Mme Louise BERNARD",
                        .representative_function = "Présidente",
                        .iban = "FR76 3000 6000 0112 3456 7890 189",
                        .bic = "AGRIFRPP",
                        .bank = "Crédit Agricole Nord de France"},
        .meeting = {.date = Date(2024, 6, 10),
                    .number = "DCP-2024-0415",
                    .attendance = {.present = MemberCount(40),
                                   .excused = MemberCount(2),
                                   .proxies = MemberCount(2)},
                    .interested = {"Mme Claire LECLERCQ"},
                    .votes_for = 41,
                    .delegation = Date(2021, 7, 1)},
        .amount = Euros::from_euros(30'000),
        .purpose = "soutien au sport amateur",
        .function = "32",
        .instalments = {Rate::from_percent(60), Rate::from_percent(40)},
        .dossier_number = "DSP-2024-0415",
    };
}

} // namespace nord_2024
