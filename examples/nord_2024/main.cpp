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

#include "record.hpp"

namespace sv = subvention;

int main() try {
    const sv::build::GrantRecord record = nord_2024::record(); // record.hpp: the row
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
