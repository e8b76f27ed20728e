// SPDX-License-Identifier: Apache-2.0
// The Nord 2024 grant built from the fields a département's software holds — about fifteen,
// counts of members and shares of the payments included — by `build::grant_dossier`, then
// checked: no error, no warning. Built and run as a CTest (examples/CMakeLists.txt, target
// example_nord_2024).
#include <cstdlib>
#include <exception>
#include <iostream>

#include <subvention/build/grant.hpp>
#include <subvention/compliance/checker.hpp>
#include <subvention/vote.hpp>

namespace sv = subvention;

int main() try {
    using sv::Euros, sv::Date, sv::MemberCount, sv::Rate;
    const sv::build::GrantRecord record{
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
                        .bic = "AGRIFRPP"},
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
    };
    auto dossier = sv::build::grant_dossier(record);
    if (!dossier) {
        std::cerr << "erreur : " << dossier.error().describe() << '\n';
        return EXIT_FAILURE;
    }

    const auto& delib = *dossier->deliberation;
    const auto vote = sv::analyse_vote(delib);
    std::cout << "Votants possibles : " << vote.max_possible_votes.count()
              << " (40 présents − 1 intéressé + 2 pouvoirs)\n"
              << "Imputation : " << delib.imputations.at(0).imputation << '\n';
    for (const auto& p : dossier->convention->payment_schedule.payments)
        std::cout << "Versement : " << p.amount.value.to_string_fr() << " ("
                  << p.share->to_string_fr() << ")\n";

    const auto report = sv::compliance::check(*dossier);
    for (const auto& d : report.diagnostics)
        std::cout << sv::compliance::to_string(d.severity) << ' ' << d.rule << " — "
                  << d.message(sv::compliance::Lang::fr) << '\n';
    return report.summary.error == 0 && report.summary.warning == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
} catch (const std::exception& e) {
    std::cerr << "erreur : " << e.what() << '\n';
    return EXIT_FAILURE;
}
