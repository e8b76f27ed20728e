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
    out << j.dump(-1, ' ', false, Json::error_handler_t::replace) << '\n';
}

std::string legal_basis_text(const compliance::Diagnostic& d) {
    std::string out;
    for (const auto& b : d.legal_basis) {
        if (!out.empty())
            out += " ; ";
        out += b.to_string();
    }
    return out;
}

Json diagnostic_json(const compliance::Diagnostic& d, compliance::Lang lang, DiagnosticKeys keys) {
    Json facts = Json::object();
    for (const auto& f : d.facts)
        facts[f.key] = f.value;
    Json location = Json::object();
    location["document"] = std::string(to_string(d.location.document));
    if (keys.section)
        location["section"] = d.location.section;
    location["path"] = d.location.path;
    location["text"] = d.location.text;
    Json j;
    j["rule"] = d.rule;
    j["severity"] = std::string(to_string(d.severity));
    j["message"] = d.message(lang);
    j["location"] = std::move(location);
    if (keys.legal_basis)
        j["legal_basis"] = legal_basis_text(d);
    j["facts"] = std::move(facts);
    // Where each fact was read, for the findings that say it (local rules): {key: {document,
    // section, text}}. Absent otherwise, so that the built-in findings keep their keys.
    Json sources = Json::object();
    for (const auto& f : d.facts)
        if (f.source)
            sources[f.key] = Json{{"document", std::string(to_string(f.source->document))},
                                  {"section", f.source->section},
                                  {"text", f.source->text}};
    if (!sources.empty())
        j["sources"] = std::move(sources);
    return j;
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
