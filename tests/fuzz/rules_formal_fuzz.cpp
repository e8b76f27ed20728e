// SPDX-License-Identifier: Apache-2.0
// Fuzz target for the formal rules (compliance/rules/formal.hpp) and tribunals.hpp. The input,
// split on line feeds, overwrites fields of the seed convention: beneficiary identifier, IBAN,
// BIC, named tribunal, dossier number, grantor's département code, then article numbers (one
// byte each). Invariants (trap on violation): no rule throws; every diagnostic names one of the
// eight rules, has both messages, a legal basis and a JSON path; the same dossier gives the same
// diagnostics twice; a valid SIREN/SIRET is never an ID-CHECKSUM finding and a valid IBAN/BIC
// neither; the competent tribunal named in any spelling `read_court_name` recognises is never a
// CONV-JURISDICTION finding; a recognised seat reads back from its canonical name.
#include <cstddef>
#include <cstdint>
#include <exception>
#include <string>
#include <string_view>
#include <vector>

#include <subvention/compliance/checker.hpp>
#include <subvention/examples/apes_2023.hpp>
#include <subvention/identifiers.hpp>
#include <subvention/tribunals.hpp>

#include "support/rules.hpp"

namespace {

using namespace subvention;
using namespace subvention::compliance;
using subvention::testing::family_rules;

void check(bool ok) {
    if (!ok)
        __builtin_trap();
}

const std::vector<Rule>& formal_rules() {
    static const std::vector<Rule> rules = family_rules(Family::formal);
    return rules;
}

std::vector<Diagnostic> run_all(const Dossier& d) {
    const CheckOptions options;
    std::vector<Diagnostic> out;
    for (const auto& r : formal_rules()) {
        auto one = run_rule(r, d, options, Date(2023, 3, 20), Territory::metropole);
        out.insert(out.end(), one.begin(), one.end());
    }
    return out;
}

const Dossier& seed() {
    static const Dossier d = examples::apes_2023();
    return d;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string bytes(reinterpret_cast<const char*>(data), size);
    std::vector<std::string> fields(1);
    for (const char c : bytes) {
        if (c == '\n' && fields.size() < 7)
            fields.emplace_back();
        else
            fields.back() += c;
    }
    fields.resize(7);

    // tribunals.hpp on the raw named tribunal.
    const CourtName court = read_court_name(fields[3]);
    if (court.seat) {
        check(court.kind == CourtKind::tribunal_administratif);
        check(names_tribunal_administratif(tribunal_administratif_name(*court.seat), *court.seat));
    }
    // CONV-JURISDICTION falls back on the deliberation's département (62) when the grantor's
    // code is empty.
    const auto seat = tribunal_administratif_for(fields[5].empty() ? std::string("62") : fields[5]);

    Dossier d = seed();
    Convention& c = *d.convention;
    c.beneficiary.identifier->value = fields[0];
    c.bank_details->iban.value = fields[1];
    c.bank_details->bic.value = fields[2];
    for (auto& clause : c.clauses)
        if (clause.kind == ClauseKind::jurisdiction)
            clause.named = fields[3];
    c.dossier_number.value = fields[4];
    c.grantor.departement_code = fields[5];
    for (std::size_t i = 0; i < fields[6].size() && i < c.articles.size(); ++i)
        c.articles[i].number = static_cast<unsigned char>(fields[6][i]);

    std::vector<Diagnostic> first;
    try {
        first = run_all(d);
        check(run_all(d) == first);
    } catch (const std::exception&) {
        check(false);
    }
    const bool valid_business_id = Siren::parse(fields[0]).ok() || Siret::parse(fields[0]).ok();
    const bool valid_iban = Iban::parse(fields[1]).ok();
    const bool valid_bic = Bic::parse(fields[2]).ok();
    for (const auto& diag : first) {
        bool known = false;
        for (const auto& r : formal_rules())
            known = known || diag.rule == r.id;
        check(known);
        check(!diag.message_fr.empty() && !diag.message_en.empty());
        check(!diag.legal_basis.empty());
        check(!diag.location.path.empty() && diag.location.path.front() == '/');
        for (const auto& f : diag.facts)
            check(!f.key.empty());
        if (diag.rule == "ID-CHECKSUM") {
            check(
                !(valid_business_id && diag.location.path == "/convention/beneficiary/identifier"));
            check(!(valid_iban && diag.location.path == "/convention/bank_details/iban"));
            check(!(valid_bic && diag.location.path == "/convention/bank_details/bic"));
        }
        if (diag.rule == "CONV-JURISDICTION") {
            check(seat.has_value());
            check(!(court.seat && seat && *court.seat == *seat));
        }
    }
    return 0;
}
