// SPDX-License-Identifier: Apache-2.0
// `subvention example`: prints an embedded dossier as JSON — the starting point for users who
// describe their own dossiers (same format as `subvention check` reads, schema
// share/subvention/dossier.schema.json).
#include <array>
#include <iostream>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <subvention/dossier.hpp>
#include <subvention/examples/apes_2023.hpp>
#include <subvention/examples/nord_2024.hpp>
#include <subvention/io/json.hpp>

#include "cli.hpp"

namespace subvention::cli {
namespace {

struct Example {
    std::string_view name;
    std::string_view summary;
    Dossier (*build)();
};

constexpr std::array<Example, 2> examples_list{{
    {"apes-2023",
     "Pas-de-Calais, commission permanente du 20 mars 2023, délibération n°2023-122 : 57 000 € "
     "à l'association APES, avec le rapport n°57 et le projet de convention (erreurs du "
     "document comprises)",
     &examples::apes_2023},
    {"nord-2024",
     "Nord, commission permanente du 10 juin 2024, délibération DCP-2024-0415 : subvention de "
     "fonctionnement de 30 000 € à l'Union Sportive de Roubaix, avec le projet de convention "
     "(dossier correct, construit à partir de données structurées)",
     &examples::nord_2024},
}};

void print_list(std::ostream& out) {
    out << "Exemples disponibles :\n";
    for (const auto& e : examples_list)
        out << "  " << e.name << "  " << e.summary << '\n';
}

} // namespace

std::optional<Dossier> example_dossier(std::string_view name) {
    for (const auto& e : examples_list)
        if (e.name == name)
            return e.build();
    return std::nullopt;
}

std::vector<std::string> example_names() {
    std::vector<std::string> out;
    for (const auto& e : examples_list)
        out.emplace_back(e.name);
    return out;
}

void add_example_command(CLI::App& app, int& status) {
    auto* cmd = app.add_subcommand(
        "example", "Affiche un dossier d'exemple au format JSON (point de départ pour décrire "
                   "vos propres dossiers)");
    auto name = std::make_shared<std::string>();
    cmd->add_option("nom", *name, "Nom de l'exemple (sans nom : liste des exemples)");
    cmd->footer("Le JSON écrit est celui que lit « subvention check » ; son schéma est "
                "share/subvention/dossier.schema.json.\nExemple : subvention example apes-2023 "
                "> dossier.json && subvention check dossier.json");
    cmd->callback([name, &status] {
        if (name->empty()) {
            print_list(std::cout);
            status = exit_ok;
            return;
        }
        for (const auto& e : examples_list) {
            if (e.name == *name) {
                std::cout << io::to_json(e.build()) << '\n';
                status = exit_ok;
                return;
            }
        }
        std::cerr << "subvention example : exemple inconnu « " << *name << " ».\n";
        print_list(std::cerr);
        status = exit_usage;
    });
}

} // namespace subvention::cli
