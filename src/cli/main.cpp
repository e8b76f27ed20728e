// `subvention` — command-line front end of the library (see README, "Command line").
#include <exception>
#include <iostream>
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
    return j;
}

int for_each_input(const std::vector<std::string>& values,
                   const std::function<bool(const std::string&)>& one) {
    bool all_ok = true;
    if (!values.empty()) {
        for (const auto& v : values)
            all_ok = one(v) && all_ok;
        return all_ok ? exit_ok : exit_invalid;
    }
    std::string line;
    while (std::getline(std::cin, line)) {
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        all_ok = one(line) && all_ok;
    }
    return all_ok ? exit_ok : exit_invalid;
}

} // namespace subvention::cli

int main(int argc, char** argv) {
    using namespace subvention::cli;
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
        return rc == 0 ? exit_ok : exit_usage;
    } catch (const std::exception& e) {
        std::cout.flush();
        std::cerr << "subvention : erreur : " << e.what() << '\n';
        return exit_usage;
    }
    std::cout.flush();
    return status;
}
