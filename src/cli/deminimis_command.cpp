// SPDX-License-Identifier: Apache-2.0
// `subvention deminimis AIDS.csv --as-of DATE [--sieg] [--amount X] [--format text|json]`:
// the de minimis aid already granted to an undertaking (CSV columns grantor,date,amount,
// regulation — any order, extra columns ignored and named), cumulated in the window of the
// regulation in force at DATE, the headroom left and, with --amount, whether a new aid of X on
// DATE is allowed, why not, and from when it would be (<subvention/aid.hpp>).
//
// The UNCONFIRMED choices of aid.hpp are options here and are printed with every result
// (« Hypothèses ») so that nobody reads a figure without them.
//
// Exit status: 0 within the ceiling (and the new aid allowed), 1 an invalid row, a ceiling
// already exceeded or the new aid refused, 2 usage error or unreadable file.
#include <array>
#include <cstdint>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <subvention/aid.hpp>
#include <subvention/date.hpp>
#include <subvention/io/aid_csv.hpp>
#include <subvention/money.hpp>

#include "cli.hpp"

namespace subvention::cli {
namespace {

struct DeminimisOpts {
    std::string file;
    std::string as_of;
    bool sieg = false;
    std::string amount;
    std::string format = "text";
    int fiscal_year_start = 1;
    std::string window_start = "exclusive";
    std::string sieg_cumulation = "combined";
    bool no_transition = false;
};

/// Reads the CSV; nullopt (message on stderr) when the file cannot be read at all.
std::optional<io::AidCsv> load(const std::string& path) {
    std::ifstream file;
    std::istream* in = open_input_stream("deminimis", path, file);
    if (in == nullptr)
        return std::nullopt;
    auto r = io::read_aid_csv(*in);
    if (!r) {
        std::string_view rest = r.error().message;
        while (!rest.empty()) {
            const auto eol = rest.find('\n');
            std::cerr << "subvention deminimis : " << printable(path) << " : "
                      << printable(rest.substr(0, eol)) << '\n';
            rest = eol == std::string_view::npos ? std::string_view{} : rest.substr(eol + 1);
        }
        return std::nullopt;
    }
    return std::move(r).value();
}

std::string hypotheses_fr(const AidOptions& o) {
    static constexpr std::array<std::string_view, 12> months{
        "janvier", "février", "mars",      "avril",   "mai",      "juin",
        "juillet", "août",    "septembre", "octobre", "novembre", "décembre"};
    std::string out = "exercice fiscal ";
    out += o.fiscal_year_start_month == 1
               ? std::string("= année civile")
               : "commençant le 1er " +
                     std::string(months[static_cast<std::size_t>(o.fiscal_year_start_month - 1)]);
    out += o.rolling_start == RollingStart::exclusive
               ? " ; fenêtre glissante (D − 3 ans, D] (aide du jour D − 3 ans non comptée)"
               : " ; fenêtre glissante [D − 3 ans, D] (aide du jour D − 3 ans comptée)";
    out += o.sieg_cumulation == SiegCumulation::combined
               ? " ; aides générales et SIEG plafonnées ensemble par le plafond SIEG"
               : " ; aides générales et SIEG plafonnées séparément";
    out += o.scheme_transition ? " ; régimes 1407/2013 couverts jusqu'au 30/06/2024"
                               : " ; 1407/2013 applicable jusqu'au 31/12/2023 seulement";
    return out;
}

int run_deminimis(const DeminimisOpts& opts) {
    const auto as_of = parse_date(opts.as_of);
    if (!as_of) {
        std::cerr << "subvention deminimis : --as-of : " << as_of.error().describe() << '\n';
        return exit_usage;
    }
    std::optional<Euros> amount;
    if (!opts.amount.empty()) {
        const auto a = Euros::parse(opts.amount);
        if (!a) {
            std::cerr << "subvention deminimis : --amount : " << a.error().describe() << '\n';
            return exit_usage;
        }
        amount = *a;
    }
    api::DeminimisRequest request{.as_of = *as_of,
                                  .family = opts.sieg ? AidFamily::sieg : AidFamily::general,
                                  .amount = amount,
                                  .options = {}};
    AidOptions& o = request.options;
    o.fiscal_year_start_month = opts.fiscal_year_start;
    o.rolling_start =
        opts.window_start == "inclusive" ? RollingStart::inclusive : RollingStart::exclusive;
    o.sieg_cumulation =
        opts.sieg_cumulation == "separate" ? SiegCumulation::separate : SiegCumulation::combined;
    o.scheme_transition = !opts.no_transition;
    const AidFamily family = opts.sieg ? AidFamily::sieg : AidFamily::general;
    const auto regulation = regulation_in_force(*as_of, family);
    if (!regulation) {
        std::cerr << "subvention deminimis : --as-of : aucun règlement de minimis "
                  << to_string(family) << " modélisé le " << format_date(*as_of, DateStyle::numeric)
                  << " (du 01/01/2014 au 31/12/2030)\n";
        return exit_usage;
    }
    const auto loaded = load(opts.file);
    if (!loaded)
        return exit_usage;
    const bool json = opts.format == "json";

    if (!loaded->errors.empty()) {
        if (json) {
            write_jsonl(std::cout, api::aid_csv_errors_json(opts.file, *loaded));
        } else {
            std::cout << printable(opts.file) << " : " << loaded->errors.size()
                      << " ligne(s) invalide(s), aucun calcul fait :\n";
            for (const auto& e : loaded->errors) {
                std::cout << "  ligne " << e.row;
                if (!e.column.empty())
                    std::cout << ", colonne « " << printable(e.column) << " », valeur « "
                              << printable(e.value) << " »";
                std::cout << " : " << printable(e.message) << '\n';
            }
        }
        return exit_invalid;
    }

    std::optional<api::DeminimisOutcome> outcome;
    try {
        outcome = api::assess_deminimis(*loaded, request, *regulation);
    } catch (const std::overflow_error& e) {
        // Amounts too large to add up: the file's amounts are wrong, not the program.
        std::cout << printable(opts.file)
                  << " : calcul impossible, le cumul dépasse la capacité des "
                  << "montants (" << e.what() << ") ; les montants sont à vérifier.\n";
        return exit_invalid;
    }
    const AidAssessment& a = outcome->assessment;
    const auto& decision = outcome->decision;
    const auto& notes = outcome->notes;
    const bool refused = outcome->refused();
    if (json) {
        write_jsonl(std::cout, api::deminimis_json(opts.file, request, *outcome));
        return refused ? exit_invalid : exit_ok;
    }

    const AidRegulationInfo& info = regulation_info(*regulation);
    std::cout << "Aides de minimis " << aid_family_adjective_fr(family) << " au "
              << format_date(*as_of) << " — " << info.title_fr << " (" << info.journal << ")\n";
    std::cout << "Période de référence : " << a.window.to_string_fr() << '\n';
    std::cout << "Aides comptées (" << a.counted.size() << ") :\n";
    for (const auto& c : a.counted)
        std::cout << "  " << format_date(c.granted_on, DateStyle::numeric) << "  "
                  << c.amount.to_string_fr() << "  " << to_string(c.regulation) << "  "
                  << printable(c.grantor) << '\n';
    std::cout << "Cumul " << to_string(family) << " : " << a.cumulated.to_string_fr()
              << " / plafond " << a.ceiling.to_string_fr() << " (" << info.ceiling_source << ")\n";
    if (a.combined_ceiling)
        std::cout << "Cumul général + SIEG : " << a.combined_cumulated.to_string_fr()
                  << " / plafond commun " << a.combined_ceiling->to_string_fr() << " ("
                  << info.combined_source << ")\n";
    std::cout << "Montant encore disponible : " << a.headroom().to_string_fr()
              << (a.exceeded() ? " — plafond déjà dépassé" : "") << '\n';
    if (decision) {
        std::cout << "Nouvelle aide de " << amount->to_string_fr() << " le "
                  << format_date(*as_of, DateStyle::numeric) << " : "
                  << (decision->allowed ? "possible" : "impossible") << '\n';
        for (const auto& r : decision->reasons_fr)
            std::cout << "  - " << printable(r) << '\n';
        if (!decision->allowed)
            std::cout << "  Montant de nouveau disponible à partir du : "
                      << (decision->headroom_returns ? format_date(*decision->headroom_returns)
                                                     : std::string("jamais d'ici le 31 décembre "
                                                                   "2030"))
                      << '\n';
    }
    std::cout << "Hypothèses : " << hypotheses_fr(o) << '\n';
    for (const auto& n : notes)
        std::cout << "Note : " << printable(n) << '\n';
    return refused ? exit_invalid : exit_ok;
}

} // namespace

void add_deminimis_command(CLI::App& app, int& status) {
    auto* cmd = app.add_subcommand(
        "deminimis", "Cumul des aides de minimis d'une entreprise à une date (plafond, montant "
                     "disponible, nouvelle aide possible ?)");
    auto o = std::make_shared<DeminimisOpts>();
    cmd->add_option("aides", o->file, "Fichier CSV : grantor,date,amount,regulation")->required();
    cmd->add_option("--as-of", o->as_of, "Date d'appréciation (date d'octroi de la nouvelle aide)")
        ->required();
    cmd->add_flag("--sieg", o->sieg, "Aide SIEG (règlements 360/2012, 2023/2832)");
    cmd->add_option("--amount", o->amount, "Montant d'une nouvelle aide à contrôler");
    cmd->add_option("--format", o->format,
                    "text (pour les personnes) ou json (pour les programmes)")
        ->check(CLI::IsMember({"text", "json"}))
        ->capture_default_str();
    cmd->add_option("--fiscal-year-start", o->fiscal_year_start,
                    "Premier mois de l'exercice fiscal (1 = année civile)")
        ->transform(decimal_integer())
        ->check(CLI::Range(1, 12))
        ->capture_default_str();
    cmd->add_option("--window-start", o->window_start,
                    "exclusive : (D − 3 ans, D] ; inclusive : [D − 3 ans, D]")
        ->check(CLI::IsMember({"exclusive", "inclusive"}))
        ->capture_default_str();
    cmd->add_option("--sieg-cumulation", o->sieg_cumulation,
                    "combined : plafond SIEG commun aux deux natures ; separate : plafonds séparés")
        ->check(CLI::IsMember({"combined", "separate"}))
        ->capture_default_str();
    cmd->add_flag("--no-transition", o->no_transition,
                  "1407/2013 applicable jusqu'au 31/12/2023 seulement (sans les six mois de l'art. "
                  "7 § 4)");
    cmd->callback([o, &status] { status = run_deminimis(*o); });
}

} // namespace subvention::cli
