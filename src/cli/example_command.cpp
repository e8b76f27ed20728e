// SPDX-License-Identifier: Apache-2.0
// `subvention example`: prints an embedded dossier as JSON — the starting point for users who
// describe their own dossiers (same format as `subvention check` reads, schema
// share/subvention/dossier.schema.json).
#include <iostream>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <subvention/dossier.hpp>
#include <subvention/io/json.hpp>

#include "cli.hpp"

namespace subvention::cli {
namespace {

void print_list(std::ostream& out) {
    out << "Exemples disponibles :\n";
    for (const auto& e : api::examples())
        out << "  " << e.name << "  " << e.summary << '\n';
}

} // namespace

std::optional<Dossier> example_dossier(std::string_view name) {
    for (const auto& e : api::examples())
        if (e.name == name)
            return e.build();
    return std::nullopt;
}

std::vector<std::string> example_names() {
    std::vector<std::string> out;
    for (const auto& e : api::examples())
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
        for (const auto& e : api::examples()) {
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
