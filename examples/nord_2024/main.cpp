// SPDX-License-Identifier: Apache-2.0
// Builds the parts of the Nord 2024 dossier that a département's software holds as structured
// data — counts of members, shares of the payments, nature and function of the imputation —
// checks that they are the ones of `examples::nord_2024()`, then runs the compliance checker.
// Built and run as a CTest (examples/CMakeLists.txt, target example_nord_2024).
#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <exception>
#include <iostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <subvention/budget.hpp>
#include <subvention/compliance/checker.hpp>
#include <subvention/examples/nord_2024.hpp>
#include <subvention/money.hpp>
#include <subvention/rate.hpp>
#include <subvention/vote.hpp>

namespace sv = subvention;

namespace {

// The grant as a database row holds it.
struct GrantRecord {
    std::int64_t amount_euros = 30'000;
    std::int64_t advance_percent = 60; // the rest is the balance
    std::string_view nature = "6574";  // subventions de fonctionnement, personnes de droit privé
    std::string_view function = "32";  // Sports
    std::size_t present_with_vote = 40;
};

// Names for the members present: the Commission's roll is not part of the record, so the
// example generates as many names as there were members (8 first names × 5 last names).
std::vector<sv::AttendanceEntry> present_members(std::size_t count) {
    constexpr std::array<std::pair<sv::Civility, std::string_view>, 8> first{{
        {sv::Civility::madame, "Anne"},
        {sv::Civility::monsieur, "Bruno"},
        {sv::Civility::madame, "Claire"},
        {sv::Civility::monsieur, "David"},
        {sv::Civility::madame, "Émilie"},
        {sv::Civility::monsieur, "Fabien"},
        {sv::Civility::madame, "Gaëlle"},
        {sv::Civility::monsieur, "Hugo"},
    }};
    constexpr std::array<std::string_view, 5> last{"LEFEBVRE", "DUBOIS", "MARTIN", "LECLERCQ",
                                                   "DUPONT"};
    std::vector<sv::AttendanceEntry> out;
    for (std::size_t i = 0; i < count; ++i) {
        const auto& [civility, given] = first[i % first.size()];
        out.push_back({sv::Member(civility, given, last[(i / first.size()) % last.size()]),
                       sv::AttendanceStatus::present, sv::DeliberativeVoice::with});
    }
    return out;
}

int run() {
    const GrantRecord record;
    const sv::Dossier dossier = sv::examples::nord_2024();
    const sv::Deliberation& delib = *dossier.deliberation;
    const sv::Convention& conv = *dossier.convention;

    // Attendance: the members present are the first entries of the act's list.
    const auto members = present_members(record.present_with_vote);
    const bool same_members =
        std::equal(members.begin(), members.end(), delib.attendance.entries.begin());

    // Payments: 60 % of 30 000 € at signature, the rest on the final report.
    const sv::Euros amount = sv::Euros::from_euros(record.amount_euros);
    const sv::Euros advance =
        amount.apply(sv::Rate::from_percent(record.advance_percent), sv::Rounding::half_up);
    const sv::Euros balance = amount - advance;
    const bool same_payments = conv.payment_schedule.payments.size() == 2 &&
                               conv.payment_schedule.payments[0].amount.value == advance &&
                               conv.payment_schedule.payments[1].amount.value == balance;

    // Imputation: nature 6574, section fonctionnement, function 32 → « 6574/9332 ».
    const auto imputation =
        sv::Imputation::make(sv::NatureAccount(record.nature), sv::Section::fonctionnement,
                             sv::FunctionCode(record.function));
    const bool same_imputation =
        imputation.ok() && imputation->formatted() == delib.imputations.at(0).imputation;

    std::cout << "Membres présents : " << members.size() << " (noms générés)\n"
              << "Avance : " << advance.to_string_fr() << ", solde : " << balance.to_string_fr()
              << "\n"
              << "Imputation : " << (imputation.ok() ? imputation->formatted() : "?") << " ("
              << imputation->chapter().code() << ", fonction " << imputation->function().code()
              << ")\n";
    if (!same_members || !same_payments || !same_imputation) {
        std::cerr << "les données structurées ne donnent pas le dossier de l'exemple\n";
        return EXIT_FAILURE;
    }

    // The vote recomputed: 40 present − 1 interested + 2 proxies = 41 possible votes.
    const auto vote = sv::analyse_vote(delib);
    std::cout << "Votants possibles : " << vote.max_possible_votes.count() << "\n";

    // The checker: no error, no warning.
    const auto report = subvention::compliance::check(dossier);
    for (const auto& d : report.diagnostics)
        std::cout << subvention::compliance::to_string(d.severity) << ' ' << d.rule << '\n';
    return report.has_errors() ? EXIT_FAILURE : EXIT_SUCCESS;
}

} // namespace

int main() {
    try {
        return run();
    } catch (const std::exception& e) {
        std::cerr << "erreur : " << e.what() << '\n';
        return EXIT_FAILURE;
    }
}
