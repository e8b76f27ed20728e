// SPDX-License-Identifier: Apache-2.0
// subvention — an SCDL validation finding in the library's one diagnostic vocabulary. Validation
// streams compact `scdl::Finding` records (millions of cells); a program that gathers findings of
// every kind converts them here.
#include <string>
#include <utility>

#include <subvention/io/scdl.hpp>

namespace subvention::io::scdl {

compliance::Diagnostic to_diagnostic(const Finding& f, Schema schema) {
    using compliance::Unit;
    compliance::Diagnostic d;
    d.rule = std::string(to_string(f.rule));
    d.severity = f.severity;
    d.message_fr = f.message_fr;
    d.message_en = f.message_en;
    std::string place = f.row == 0   ? std::string("fichier")
                        : f.row == 1 ? std::string("en-tête")
                                     : "ligne " + std::to_string(f.row);
    if (f.column != 0)
        place += ", colonne " + std::to_string(f.column);
    if (!f.field.empty())
        place += " (" + f.field + ")";
    d.location = compliance::Location{DocumentKind::dossier, std::move(place),
                                      f.field.empty() ? std::string() : "/" + f.field, f.value};
    if (schema == Schema::subventions)
        d.legal_basis = {
            compliance::LegalBasis{"arrêté du 17 novembre 2017", "", std::string(arrete_version)}};
    d.facts = {{"row", std::to_string(f.row), Unit::count},
               {"column", std::to_string(f.column), Unit::count},
               {"field", f.field, Unit::code},
               {"value", f.value, Unit::text}};
    if (f.suggestion)
        d.facts.emplace_back("suggestion", *f.suggestion, Unit::code);
    return d;
}

} // namespace subvention::io::scdl
