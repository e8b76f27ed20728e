// SPDX-License-Identifier: Apache-2.0
// A département's rules file loaded beside the built-in rules, and the findings of its rules
// with the facts they read (docs/local-rules.md « Library usage »).
//
//   example_local_rules_check [RULES.yaml]
// Without an argument it reads examples/local-rules/rbf67-versements.yaml.
#include <iostream>
#include <string>

#include <subvention/compliance/catalogue.hpp>
#include <subvention/compliance/checker.hpp>
#include <subvention/examples/apes_2023.hpp>
#include <subvention/local/rules_file.hpp>

#ifndef SUBVENTION_LOCAL_RULES_EXAMPLE
#define SUBVENTION_LOCAL_RULES_EXAMPLE "examples/local-rules/rbf67-versements.yaml"
#endif

int main(int argc, char** argv) {
    using namespace subvention;
    namespace cp = subvention::compliance;
    const std::string file = argc > 1 ? argv[1] : SUBVENTION_LOCAL_RULES_EXAMPLE;

    cp::Catalogue catalogue = cp::Catalogue::builtin();
    try {
        // Compiles every condition and message; a defect names file:line:column.
        const local::RuleSet rules = local::load_rules_file(file);
        local::add_rules(catalogue, rules); // refused if an ID or the prefix is taken
        std::cout << rules.title() << " : " << rules.size() << " règles\n";
    } catch (const local::RulesFileError& e) {
        for (const local::RulesError& error : e.errors())
            std::cerr << error.to_string() << '\n';
        return 2;
    }

    cp::CheckOptions options; // as_of: the act's date, which picks the parameters' values
    const cp::Report report = cp::check(examples::apes_2023(), options, catalogue);
    std::size_t local_findings = 0;
    for (const cp::Diagnostic& d : report.diagnostics) {
        const cp::Rule* rule = catalogue.find(d.rule);
        if (rule == nullptr || rule->family != cp::Family::local)
            continue; // a built-in rule's finding
        ++local_findings;
        std::cout << to_string(d.severity) << ' ' << d.rule << '\n'
                  << "  " << d.message(cp::Lang::fr) << '\n';
        for (const cp::Fact& f : d.facts) {
            std::cout << "    " << f.key << " = " << (f.value.empty() ? "(inconnu)" : f.value);
            if (f.source) // the document, and the article when the dossier records it
                std::cout << " — " << to_string(f.source->document)
                          << (f.source->section.empty() ? "" : ", " + f.source->section);
            std::cout << '\n';
        }
    }
    std::cout << "Constats des règles locales au " << format_date(report.as_of) << " : "
              << local_findings << '\n';
    return local_findings > 0 ? 0 : 1; // the example file has a rule that fires on APES
}
