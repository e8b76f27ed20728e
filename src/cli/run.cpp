// SPDX-License-Identifier: Apache-2.0
// The `subvention` program: its commands and the shared JSON helpers (see README, "Command
// line"); main.cpp only calls run().
#include <exception>
#include <iostream>
#include <new>
#include <string>

#include "cli.hpp"

namespace subvention::cli {

void write_jsonl(std::ostream& out, const Json& j) {
    out << api::dump_line(j) << '\n';
}

int run(int argc, const char* const* argv) {
    input_limits() = {};
    CLI::App app{"subvention — règles des subventions départementales (valeurs, délais, "
                 "contrôle de conformité)"};
    app.require_subcommand(1);
    int status = exit_ok;
    add_value_commands(app, status);
    add_check_command(app, status);
    add_rules_command(app, status);
    add_example_command(app, status);
    add_scdl_command(app, status);
    add_extract_command(app, status);
    add_settle_command(app, status);
    add_deminimis_command(app, status);
    add_serve_command(app, status);
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        const int rc = app.exit(e);
        return flush_stdout() && rc == 0 ? exit_ok : exit_usage;
    } catch (const std::bad_alloc&) {
        flush_stdout();
        std::cerr << "subvention : erreur : mémoire insuffisante pour terminer (relevez la limite "
                     "de mémoire du processus ou traitez des fichiers plus petits)\n";
        return exit_usage;
    } catch (const std::exception& e) {
        flush_stdout();
        std::cerr << "subvention : erreur : " << e.what() << '\n';
        return exit_usage;
    }
    // Output that could not be written is lost data: never a success.
    return flush_stdout() ? status : exit_usage;
}

} // namespace subvention::cli
