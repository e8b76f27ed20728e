// SPDX-License-Identifier: Apache-2.0
// Checks a dossier and prints its diagnostics (README « Checking a dossier »).
#include <iostream>

#include <subvention/compliance/checker.hpp>
#include <subvention/examples/apes_2023.hpp>

int main() {
    using namespace subvention;
    Dossier dossier = examples::apes_2023(); // or io::load_dossier("dossier.json")
    compliance::CheckOptions options;
    options.stage = compliance::Stage::draft; // blanks are infos until signature

    const compliance::Report report = compliance::check(dossier, options);
    for (const compliance::Diagnostic& d : report.diagnostics) {
        std::cout << to_string(d.severity) << ' ' << d.rule << " @ " << d.location.path << '\n'
                  << "  " << d.message(compliance::Lang::fr) << '\n';
        for (const compliance::Fact& f : d.facts)
            std::cout << "    " << f.key << " = " << f.value << '\n';
    }
    std::cout << report.summary.error << " erreur(s), " << report.summary.warning
              << " avertissement(s), " << report.summary.info << " information(s)\n";
    return report.summary.error == 0 ? 0 : 1; // the seed has no error, warnings and infos only
}
