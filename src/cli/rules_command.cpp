// SPDX-License-Identifier: Apache-2.0
// Local rules on the command line: `--rules-file FILE` of `check` and `rules`, and
// `subvention rules test FILE…`, which runs the test cases a rules file carries.
#include <iostream>
#include <string>
#include <vector>

#include <subvention/local/rules_file.hpp>

#include "cli.hpp"

namespace subvention::cli {

void add_rules_file_option(CLI::App& cmd, std::vector<std::string>& files) {
    cmd.add_option("--rules-file", files,
                   "Fichier de règles locales (YAML, docs/local-rules.md) ; répétable")
        ->allow_extra_args(false);
}

bool load_rules_files(std::string_view command, const std::vector<std::string>& files,
                      compliance::Catalogue& catalogue) {
    bool ok = true;
    for (const auto& f : files) {
        try {
            local::add_rules(catalogue, local::load_rules_file(f));
        } catch (const local::RulesFileError& e) {
            ok = false;
            for (const auto& error : e.errors())
                std::cerr << "subvention " << command << " : " << printable(error.to_string())
                          << '\n';
        }
    }
    return ok;
}

int run_rules_tests(const std::vector<std::string>& files, bool json) {
    bool refused = false;
    bool failed = false;
    for (const auto& f : files) {
        compliance::Catalogue catalogue = compliance::Catalogue::builtin();
        std::optional<local::RuleSet> set;
        try {
            set = local::load_rules_file(f);
            local::add_rules(catalogue, *set);
        } catch (const local::RulesFileError& e) {
            refused = true;
            for (const auto& error : e.errors())
                std::cerr << "subvention rules test : " << printable(error.to_string()) << '\n';
            continue;
        }
        const auto outcomes = local::run_tests(*set, catalogue);
        std::size_t passed = 0;
        for (const auto& o : outcomes) {
            passed += o.passed ? 1U : 0U;
            failed = failed || !o.passed;
            if (json) {
                Json j;
                j["file"] = f;
                j["line"] = o.line;
                j["name"] = o.name;
                j["passed"] = o.passed;
                j["missing"] = o.missing;
                j["unexpected"] = o.unexpected;
                if (!o.error.empty())
                    j["error"] = o.error;
                Json fired = Json::array();
                for (const auto& d : o.diagnostics)
                    fired.push_back(diagnostic_json(d, compliance::Lang::fr,
                                                    DiagnosticKeys{.legal_basis = true}));
                j["diagnostics"] = std::move(fired);
                write_jsonl(std::cout, j);
                continue;
            }
            std::cout << f << ":" << o.line << " : " << (o.passed ? "ok" : "ÉCHEC") << " — "
                      << o.name << '\n';
            if (!o.error.empty())
                std::cout << "    " << printable(o.error) << '\n';
            for (const auto& id : o.missing)
                std::cout << "    " << id << " devait se déclencher et ne s'est pas déclenchée\n";
            for (const auto& id : o.unexpected) {
                std::cout << "    " << id << " s'est déclenchée alors qu'elle ne devait pas :";
                for (const auto& d : o.diagnostics)
                    if (d.rule == id)
                        std::cout << "\n      " << d.message_fr;
                std::cout << '\n';
            }
        }
        if (!json)
            std::cout << f << " : " << passed << "/" << outcomes.size() << " cas réussis\n";
    }
    if (refused)
        return exit_usage;
    return failed ? exit_invalid : exit_ok;
}

} // namespace subvention::cli
