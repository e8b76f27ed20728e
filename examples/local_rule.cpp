// SPDX-License-Identifier: Apache-2.0
// A département's own rule beside the library's, and a built-in severity changed by option
// (README « Rules of your own »).
#include <iostream>

#include <subvention/compliance/catalogue.hpp>
#include <subvention/compliance/checker.hpp>
#include <subvention/examples/apes_2023.hpp>

int main() {
    using namespace subvention;
    namespace cp = subvention::compliance;

    // The département's règlement budgétaire et financier (RBF) reserves grants of 50 000 € or
    // more to the plenary assembly: its Commission permanente may not vote them.
    cp::Rule rule;
    rule.id = "RBF-DELEGATION-CEILING";
    rule.title_fr = "Plafond de la délégation à la commission permanente";
    rule.title_en = "Ceiling of the delegation to the Commission permanente";
    rule.legal_basis = {{"Règlement budgétaire et financier", "art. 12"}};
    rule.check = [](const cp::Context& ctx, cp::Emitter& out) {
        const auto& delib = ctx.dossier.deliberation;
        if (!delib || delib->attendance.body != Body::commission_permanente)
            return;
        for (const auto& grant : delib->grants)
            if (grant.amount.value >= Euros::from_euros(50'000)) {
                cp::Diagnostic d;
                d.severity = cp::Severity::warning;
                d.message_fr = "Subvention de " + grant.amount.value.to_string_fr() +
                               " votée par la commission permanente : le règlement budgétaire "
                               "et financier la réserve à l'assemblée plénière.";
                d.message_en = "Grant of EUR " + grant.amount.value.to_iso() +
                               " voted by the Commission permanente: the budget rules reserve "
                               "it to the plenary assembly.";
                d.location.path = "/deliberation/grants";
                d.facts = {{"amount", grant.amount.value.to_iso()}, {"ceiling", "50000.00"}};
                out.emit(std::move(d));
            }
    };

    cp::Catalogue catalogue = cp::Catalogue::builtin();
    catalogue.add(rule); // refused (std::invalid_argument) if the ID were a built-in one

    cp::CheckOptions options;
    options.disabled = {"PUBLICATION-OPEN-DATA"};              // published elsewhere
    options.severities["VISA-DUPLICATE"] = cp::Severity::info; // a clerical slip, here

    const cp::Report report = cp::check(examples::apes_2023(), options, catalogue);
    for (const cp::Diagnostic& d : report.diagnostics)
        std::cout << to_string(d.severity) << ' ' << d.rule << '\n';
    return report.summary.error == 0 ? 0 : 1; // no error, as without the options
}
