// SPDX-License-Identifier: Apache-2.0
// Downstream program: the header-only core (a Result), the compiled engine
// subvention::compliance, to which it adds a rule of its own and whose built-in severity it
// changes by option — as a département's software would — and, when linked (installed package),
// subvention::io (a tiny dossier read from JSON and written back) and subvention::local (a rule
// written as YAML data, which needs yaml-cpp found through the package's configuration).
#include <iostream>
#include <string>

#include <subvention/compliance/catalogue.hpp>
#include <subvention/compliance/checker.hpp>
#include <subvention/examples/apes_2023.hpp>
#if defined(CONSUMER_WITH_IO)
#include <subvention/io/json.hpp>
#endif
#if defined(CONSUMER_WITH_LOCAL)
#include <subvention/local/rules_file.hpp>
#endif
#include <subvention/subvention.hpp>
#include <subvention/version.hpp>

namespace cp = subvention::compliance;

int main() {
    using namespace subvention;
    const auto r = Result<int>(42);
    std::cout << "consumer ok " << r.value() << " (subvention " << version_string << ")\n";

#if defined(CONSUMER_WITH_IO)
    const auto dossier = io::dossier_from_json(R"({
        "deliberation": null, "rapport": null, "convention": null,
        "annexes": ["budget prévisionnel"],
        "open_data_publication": {"value": "2023-05-02",
            "source": {"document": "dossier", "section": "", "text": "data.gouv.fr"}}})");
    if (!dossier) {
        std::cerr << "consumer: " << dossier.error().describe() << '\n';
        return 1;
    }
    std::cout << "io ok " << format_date(dossier->open_data_publication->value) << ' '
              << io::to_json(*dossier, -1) << '\n';
#endif

    // A rule of the département's own: its conventions carry their dossier number before they
    // go to the assembly (the APES draft leaves it blank, so the rule fires once on it).
    cp::Rule local;
    local.id = "LOCAL-NUMERO-DOSSIER";
    local.title_fr = "Numéro de dossier de la convention";
    local.title_en = "Dossier number of the convention";
    local.legal_basis = {{"Règlement budgétaire et financier", "art. 4"}};
    local.check = [](const cp::Context& ctx, cp::Emitter& out) {
        if (ctx.dossier.convention && !ctx.dossier.convention->dossier_number.value) {
            cp::Diagnostic d;
            d.severity = cp::Severity::warning;
            d.message_fr = "La convention ne porte pas de numéro de dossier.";
            d.message_en = "The convention carries no dossier number.";
            d.location.path = "/convention/dossier_number";
            out.emit(std::move(d));
        }
    };
    auto catalogue = cp::Catalogue::builtin();
    catalogue.add(local);
    try {
        catalogue.add(local); // a second time: refused, with its ID
        std::cerr << "consumer: duplicate rule accepted\n";
        return 1;
    } catch (const std::invalid_argument& e) {
        std::cout << "refused ok " << e.what() << '\n';
    }

    int yaml_found = 1;
#if defined(CONSUMER_WITH_LOCAL)
    subvention::local::add_rules(catalogue, subvention::local::parse_rules(R"(subvention-rules: 1
prefix: RBF62
title: Exemple
rules:
  - id: RBF62-SEUIL
    severity: info
    title: Subvention supérieure à 23 000 €
    message: "Subvention de {amount.granted}."
    basis: {text: Règlement budgétaire et financier, article: "12", from: 2016-01-01}
    when: amount.granted > 23 000 €
)",
                                                                           "consumer.yaml"));
    yaml_found = 0;
#endif

    cp::CheckOptions options;
    options.severities["VOTE-TALLY-EXCEEDS"] = cp::Severity::info;
    const auto report = cp::check(examples::apes_2023(), options, catalogue);
    int local_found = 0;
    bool tally_is_info = false;
    for (const auto& d : report.diagnostics) {
        local_found += d.rule == local.id ? 1 : 0;
        yaml_found += d.rule == "RBF62-SEUIL" ? 1 : 0;
        tally_is_info =
            tally_is_info || (d.rule == "VOTE-TALLY-EXCEEDS" && d.severity == cp::Severity::info);
    }
    std::cout << "compliance ok " << report.diagnostics.size() << " diagnostics, " << local.id
              << ": " << local_found << ", VOTE-TALLY-EXCEEDS info: " << tally_is_info << '\n';
    std::cout << "local rules ok " << yaml_found << '\n';
    return r.ok() && tally_is_info && local_found == 1 && yaml_found == 1 ? 0 : 1;
}
