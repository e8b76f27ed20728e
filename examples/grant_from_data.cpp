// SPDX-License-Identifier: Apache-2.0
// A dossier built from a database row, then checked (README « From a database row »).
#include <iostream>

#include <subvention/build/grant.hpp>
#include <subvention/compliance/checker.hpp>

int main() {
    using namespace subvention;
    build::GrantRecord row; // one row of the grants table, a dozen fields
    row.grantor = {.name = "Département du Nord", .departement_code = "59"};
    row.grantor.president = "M. Hugo DUPONT";
    row.beneficiary = {.name = "Union Sportive de Roubaix", .siret = "778 899 013 00016"};
    row.meeting.date = Date(2024, 6, 10);
    row.meeting.number = "DCP-2024-0415"; // the local numbering, kept as it is
    row.meeting.attendance = {.present = MemberCount(40), .proxies = MemberCount(2)};
    row.meeting.attendance.excused = MemberCount(2);
    row.meeting.interested = {"Mme Claire LECLERCQ"}; // neither in the debate nor the vote
    row.meeting.votes_for = 41;
    row.meeting.delegation = Date(2021, 7, 1); // the Conseil's delegation to the Commission
    row.amount = Euros::from_euros(30'000);
    row.purpose = "soutien au sport amateur";
    row.function = "32"; // M57 function: sport; the nature 6574 follows from the law
    row.instalments = {Rate::from_percent(60), Rate::from_percent(40)};

    const auto dossier = build::grant_dossier(row);
    if (!dossier) { // a field missing or invalid: named, with its value
        std::cerr << dossier.error().describe() << '\n';
        return 2;
    }
    const compliance::Report report = compliance::check(*dossier);
    for (const compliance::Diagnostic& d : report.diagnostics)
        std::cout << to_string(d.severity) << ' ' << d.rule << " — "
                  << d.message(compliance::Lang::fr) << '\n';
    return report.summary.error + report.summary.warning == 0 ? 0 : 1;
}
