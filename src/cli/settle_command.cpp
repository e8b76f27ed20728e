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

constexpr std::string_view tolerance_forms =
    "formes admises : un pourcentage, tolerance=10% ou tolerance=12.5%, ou une fraction, "
    "tolerance=1/10 ; un nombre seul (tolerance=10, tolerance=0.1) est ambigu et refusé, et la "
    "virgule sépare les règles";

/// Reads the value of « tolerance= »: a percentage (« 10% », « 10 % », « 12.5% ») or a
/// fraction (« 1/10 »). A bare number is refused: « 1 » reads as 1 % to a person and as 100 %
/// as a ratio, and the decimal comma cannot be written inside the comma-separated list.
std::optional<Rate> tolerance_value(std::string_view item) {
    const std::string_view text = subvention::detail::trim_spaces(item.substr(10));
    const bool percent = text.ends_with('%');
    if (!percent && text.find('/') == std::string_view::npos) {
        std::cerr << prog << "--policy " << item << " : valeur sans « % » ni fraction ; "
                  << tolerance_forms << '\n';
        return std::nullopt;
    }
    const auto r = Rate::parse(text);
    if (!r) {
        std::cerr << prog << "--policy " << item << " : " << r.error().describe() << " ; "
                  << tolerance_forms << '\n';
        return std::nullopt;
    }
    if (r->value() > 1) {
        std::cerr << prog << "--policy " << item << " : une tolérance de sous-réalisation ne "
                  << "peut dépasser 100 % (" << r->to_string_fr() << " lu)\n";
        return std::nullopt;
    }
    return *r;
}

/// Applies « proportional », « deficit-cap », « tolerance=10% » (comma-separated lists
/// allowed) to `p`; false with a message on an unknown item, a tolerance in another form than
/// `tolerance_forms` or a second tolerance.
bool apply_policies(const std::vector<std::string>& items, SettlementPolicy& p) {
    for (const auto& item_list : items) {
        std::stringstream in(item_list);
        std::string item;
        while (std::getline(in, item, ',')) {
            if (item.empty())
                continue;
            if (item == to_string(SettlementRule::proportional_reduction)) {
                p.proportional_reduction = true;
            } else if (item == to_string(SettlementRule::deficit_cap)) {
                p.deficit_cap = true;
            } else if (item.starts_with("tolerance=")) {
                if (p.tolerance) {
                    std::cerr << prog << "--policy " << item << " : tolérance déjà donnée ("
                              << p.tolerance->to_string_fr()
                              << ") ; une seule tolérance est admise\n";
                    return false;
                }
                const auto r = tolerance_value(item);
                if (!r)
                    return false;
                p.tolerance = *r;
            } else {
                std::cerr << prog << "--policy : règle inconnue « " << item
                          << " » (attendu : proportional, deficit-cap, tolerance=10%)\n";
                return false;
            }
        }
    }
    if (p.tolerance && !p.proportional_reduction) {
        std::cerr << prog << "--policy : tolerance=… n'a de sens qu'avec proportional\n";
        return false;
    }
    return true;
}

Json optional_amount(const std::optional<Euros>& e) {
    return e ? Json(e->to_iso()) : Json(nullptr);
}

std::string exact_text(const Rate::rational& r) {
    return boost::multiprecision::numerator(r).str() + "/" +
           boost::multiprecision::denominator(r).str();
}

Json deadline_json(const Deadline& d) {
    Json reasons = Json::array();
    for (const auto& r : d.reasons)
        reasons.push_back(r);
    return Json{{"start", format_date(d.start, DateStyle::iso)},
                {"nominal", format_date(d.nominal, DateStyle::iso)},
                {"effective", format_date(d.effective, DateStyle::iso)},
                {"reasons", std::move(reasons)}};
}

Json settlement_json(const std::string& name, const Settlement& s) {
    Json policy{
        {"proportional_reduction", s.policy.proportional_reduction},
        {"deficit_cap", s.policy.deficit_cap},
        {"tolerance", s.policy.tolerance ? Json(s.policy.tolerance->to_string()) : Json(nullptr)},
        {"rounding", std::string(to_string(s.policy.rounding))},
        {"rounding_point", std::string(to_string(s.policy.rounding_point))},
        {"report_extension", std::string(to_string(s.policy.report_extension))},
        {"territory", std::string(to_string(s.policy.territory))}};
    Json actions = Json::array();
    for (const auto& a : s.actions)
        actions.push_back(
            Json{{"action", a.action},
                 {"label", a.label},
                 {"ceiling", a.ceiling.to_iso()},
                 {"declared", a.declared.to_iso()},
                 {"eligible", a.eligible.to_iso()},
                 {"ineligible", a.ineligible.to_iso()},
                 {"forecast_charges", optional_amount(a.forecast_charges)},
                 {"achievement", a.achievement ? Json(a.achievement->to_string()) : Json(nullptr)},
                 {"within_tolerance", a.within_tolerance},
                 {"other_resources", optional_amount(a.other_resources)},
                 {"deficit", optional_amount(a.deficit)},
                 {"exact_grant_cents", exact_text(a.exact_grant)},
                 {"grant", optional_amount(a.grant)}});
    Json expenses = Json::array();
    for (const auto& e : s.expenses) {
        Json reasons = Json::array();
        for (const auto r : e.reasons)
            reasons.push_back(std::string(to_string(r)));
        expenses.push_back(
            Json{{"line", e.line}, {"eligible", e.eligible()}, {"reasons", std::move(reasons)}});
    }
    Json steps = Json::array();
    for (const auto& st : s.steps)
        steps.push_back(
            Json{{"kind", std::string(to_string(st.kind))},
                 {"action", st.action ? Json(*st.action) : Json(nullptr)},
                 {"amount", optional_amount(st.amount)},
                 {"exact_cents", st.exact ? Json(exact_text(*st.exact)) : Json(nullptr)},
                 {"rate", st.rate ? Json(st.rate->to_string()) : Json(nullptr)},
                 {"text", st.text_fr}});
    Json report = nullptr;
    if (s.report)
        report = Json{{"deadline", deadline_json(s.report->deadline)},
                      {"sent_on", s.report->sent_on
                                      ? Json(format_date(*s.report->sent_on, DateStyle::iso))
                                      : Json(nullptr)},
                      {"late", s.report->late()}};
    Json recovery = nullptr;
    if (s.recovery) {
        Json grounds = Json::array();
        for (const auto g : s.recovery->grounds)
            grounds.push_back(Json{{"ground", std::string(to_string(g))},
                                   {"legal_source", std::string(legal_source(g))}});
        recovery = Json{{"amount", s.recovery->amount.to_iso()},
                        {"may_demand_total", optional_amount(s.recovery->may_demand_total)},
                        {"grounds", std::move(grounds)},
                        {"repayment_deadline", s.recovery->repayment_deadline
                                                   ? deadline_json(*s.recovery->repayment_deadline)
                                                   : Json(nullptr)}};
    }
    return Json{{"dossier", name},
                {"policy", std::move(policy)},
                {"actions", std::move(actions)},
                {"expenses", std::move(expenses)},
                {"ceiling_total", s.ceiling_total.to_iso()},
                {"final_grant", s.final_grant.to_iso()},
                {"payments_made", s.payments_made.to_iso()},
                {"balance", s.balance.to_iso()},
                {"to_recover", s.to_recover.to_iso()},
                {"report", std::move(report)},
                {"recovery", std::move(recovery)},
                {"steps", std::move(steps)}};
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
        write_jsonl(std::cout, settlement_json(o.dossier, *s));
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
