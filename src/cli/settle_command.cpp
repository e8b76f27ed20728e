// SPDX-License-Identifier: Apache-2.0
// `subvention settle DOSSIER.json REPORT.json`: the settlement of a convention (« calcul du
// solde ») from the dossier (convention, payments made and forecasts: `/execution`) and the
// final report (REPORT.json, the FinalReport JSON of io/json.hpp), step by step in French, or
// as JSON for programs. The rounding mode and the rounding point are required: the library
// never picks one (settlement.hpp). Exit status: 0 settled; 1 the dossier cannot be settled
// (no convention, a missing forecast…: the message says why); 2 usage error or unreadable file.
#include <iostream>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include <subvention/calendar.hpp>
#include <subvention/date.hpp>
#include <subvention/io/json.hpp>
#include <subvention/rate.hpp>
#include <subvention/settlement.hpp>

#include "cli.hpp"

namespace subvention::cli {
namespace {

struct SettleOpts {
    std::string dossier;
    std::string report;
    std::vector<std::string> policies;
    std::string rounding;
    std::string rounding_point;
    std::string titre_received;
    std::string territory = "metropole";
    bool cpc642 = false;
    std::string format = "text";
};

constexpr std::string_view prog = "subvention settle : ";

/// Applies the --policy items to `p`; false after a message « --policy [ITEM] : why ».
bool apply_policies(const std::vector<std::string>& items, SettlementPolicy& p) {
    if (const auto e = api::apply_policies(items, p)) {
        std::cerr << prog << "--policy " << (e->item.empty() ? "" : printable(e->item) + " ")
                  << ": " << e->message << '\n';
        return false;
    }
    return true;
}

std::string policy_fr(const SettlementPolicy& p) {
    std::vector<std::string> rules;
    if (p.proportional_reduction)
        rules.emplace_back("réduction proportionnelle");
    if (p.tolerance)
        rules.push_back("tolérance de sous-réalisation " + p.tolerance->to_string_fr());
    if (p.deficit_cap)
        rules.emplace_back("plafonnement au déficit réel");
    std::string out;
    for (const auto& r : rules)
        out += (out.empty() ? "" : ", ") + r;
    if (out.empty())
        out = "aucune réduction (plafonds de la convention)";
    return out + " ; arrondi " + std::string(label_fr(p.rounding)) + ", " +
           std::string(label_fr(p.rounding_point));
}

int run_settle(const SettleOpts& o) {
    const auto rounding = parse_rounding(o.rounding);
    if (!rounding) {
        std::cerr << prog << "--rounding : " << rounding.error().describe() << '\n';
        return exit_usage;
    }
    const auto point = parse_rounding_point(o.rounding_point);
    if (!point) {
        std::cerr << prog << "--rounding-point : " << point.error().describe() << '\n';
        return exit_usage;
    }
    SettlementPolicy policy(*rounding, *point);
    if (!apply_policies(o.policies, policy))
        return exit_usage;
    const auto territory = parse_territory(o.territory);
    if (!territory) {
        std::cerr << prog << "--territory : " << territory.error().describe() << '\n';
        return exit_usage;
    }
    policy.territory = *territory;
    policy.report_extension = o.cpc642 ? Extension::next_working_day : Extension::none;
    std::optional<Date> titre;
    if (!o.titre_received.empty()) {
        const auto d = parse_date(o.titre_received);
        if (!d) {
            std::cerr << prog << "--titre-received : " << d.error().describe() << '\n';
            return exit_usage;
        }
        titre = *d;
    }
    const auto dossier = read_dossier("settle", o.dossier);
    if (!dossier)
        return exit_usage;
    const auto report_text = read_input("settle", o.report);
    if (!report_text)
        return exit_usage;
    auto report = io::final_report_from_json(*report_text);
    if (!report) {
        std::cerr << prog << o.report << " : " << report.error().describe() << '\n';
        return exit_usage;
    }
    if (!dossier->convention) {
        std::cerr << prog << o.dossier << " : le dossier n'a pas de convention à solder\n";
        return exit_invalid;
    }
    const Execution execution = dossier->execution.value_or(Execution{});
    const auto s = settle(*dossier->convention, execution.payments, *report, execution.forecasts,
                          policy, titre);
    if (!s) {
        std::cerr << prog << printable(s.error().describe()) << '\n';
        return exit_invalid;
    }
    if (o.format == "json") {
        write_jsonl(std::cout, api::settlement_json(o.dossier, *s));
        return exit_ok;
    }
    std::cout << "Solde de la convention « " << printable(dossier->convention->object.value)
              << " »\n"
              << "Règles : " << policy_fr(policy) << ".\n\n";
    for (const auto& st : s->steps)
        std::cout << printable(st.text_fr) << '\n';
    std::cout << '\n';
    if (s->to_recover > Euros{})
        std::cout << "Résultat : aide définitive " << s->final_grant.to_string_fr()
                  << ", reversement de " << s->to_recover.to_string_fr() << " à demander.\n";
    else
        std::cout << "Résultat : aide définitive " << s->final_grant.to_string_fr()
                  << ", solde à verser " << s->balance.to_string_fr() << ".\n";
    return exit_ok;
}

} // namespace

void add_settle_command(CLI::App& app, int& status) {
    auto* cmd = app.add_subcommand(
        "settle", "Calcul du solde d'une convention à partir du bilan final (aide définitive, "
                  "solde à verser ou reversement, étape par étape)");
    auto o = std::make_shared<SettleOpts>();
    cmd->add_option("dossier", o->dossier,
                    "Dossier JSON (convention ; /execution : versements, "
                    "budgets prévisionnels)")
        ->required();
    cmd->add_option("report", o->report, "Bilan final JSON (voir io/json.hpp, FinalReport)")
        ->required();
    cmd->add_option("--policy", o->policies,
                    "Règles de calcul, séparées par des virgules : proportional, deficit-cap, "
                    "tolerance=10% (avec proportional ; un pourcentage avec « % », point "
                    "décimal, ou une fraction 1/10 ; un nombre seul est refusé) (défaut : aucune "
                    "réduction)");
    cmd->add_option("--rounding", o->rounding,
                    "Mode d'arrondi (obligatoire) : down, up, half_up, half_even, toward_zero")
        ->required();
    cmd->add_option("--rounding-point", o->rounding_point,
                    "Point d'arrondi (obligatoire) : per_action ou on_total")
        ->required();
    cmd->add_option("--titre-received", o->titre_received,
                    "Date de réception du titre de perception (délai de reversement d'un mois)");
    cmd->add_option("--territory", o->territory, "Jours fériés : metropole, alsace-moselle…")
        ->capture_default_str();
    add_cpc642_flag(*cmd, o->cpc642);
    cmd->add_option("--format", o->format,
                    "text (pour les personnes) ou json (pour les programmes)")
        ->check(CLI::IsMember({"text", "json"}))
        ->capture_default_str();
    add_input_limit_option(*cmd);
    cmd->callback([o, &status] { status = run_settle(*o); });
}

} // namespace subvention::cli
