// SPDX-License-Identifier: Apache-2.0
// `subvention scdl export` (dossiers → SCDL CSV on standard output) and `subvention scdl check`
// (a published SCDL file → partial dossiers → the compliance rules that apply, row by row).
#include <algorithm>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <unistd.h>
#include <vector>

#include <subvention/compliance/checker.hpp>
#include <subvention/date.hpp>
#include <subvention/io/csv.hpp>
#include <subvention/io/json.hpp>
#include <subvention/io/scdl_rows.hpp>

#include "cli.hpp"

namespace subvention::cli {
namespace {

using compliance::Diagnostic;
using compliance::Lang;
using compliance::Message;
using compliance::Severity;
using compliance::Unit;

// =============================================================================================
// export

struct ExportOpts {
    std::vector<std::string> dossiers;
    std::string schema;
    std::string attribuant_siret;
    std::string attribuant_name;
    std::string convention_date;
    bool convention_date_from_deliberation = false;
    std::string conditions;
    std::string payment_dates;
    std::string notification_ue = "non";
    std::string id_rae;
    std::string dispositif_aide;
    std::string budget_name;
    std::string url;
};

/// Reads an ISO (or French) date option; prints the error.
std::optional<Date> date_option(const std::string& option, const std::string& text,
                                std::string_view command) {
    const auto d = parse_date(text);
    if (!d) {
        std::cerr << "subvention scdl " << command << " : " << option << " : "
                  << d.error().describe() << '\n';
        return std::nullopt;
    }
    return *d;
}

int run_export(const ExportOpts& o) {
    io::scdl::ExportOptions options;
    if (!o.attribuant_siret.empty()) {
        auto s = Siret::parse(o.attribuant_siret);
        if (!s) {
            std::cerr << "subvention scdl export : --attribuant-siret : " << s.error().describe()
                      << '\n';
            return exit_usage;
        }
        options.attribuant_siret = *s;
    }
    if (!o.attribuant_name.empty())
        options.attribuant_name = o.attribuant_name;
    if (!o.convention_date.empty()) {
        options.convention_date = date_option("--date-convention", o.convention_date, "export");
        if (!options.convention_date)
            return exit_usage;
    }
    options.convention_date_from_deliberation = o.convention_date_from_deliberation;
    if (!o.conditions.empty()) {
        auto c = io::scdl::parse_payment_conditions(o.conditions);
        if (!c) {
            std::cerr << "subvention scdl export : --conditions-versement : "
                      << c.error().describe() << '\n';
            return exit_usage;
        }
        options.payment_conditions = *c;
    }
    if (!o.payment_dates.empty()) {
        auto d = io::scdl::parse_payment_dates(o.payment_dates);
        if (!d) {
            std::cerr << "subvention scdl export : --dates-versement : " << d.error().describe()
                      << '\n';
            return exit_usage;
        }
        options.payment_dates = *d;
    }
    options.notification_ue = o.notification_ue == "oui";
    if (!o.id_rae.empty())
        options.id_rae = o.id_rae;
    if (!o.dispositif_aide.empty())
        options.dispositif_aide = o.dispositif_aide;
    if (!o.budget_name.empty())
        options.budget_name = o.budget_name;
    if (!o.url.empty())
        options.deliberation_url = o.url;

    const bool deliberations = o.schema == "deliberations" || o.schema == "délibérations";
    std::vector<io::scdl::SubventionRow> subs;
    std::vector<io::scdl::DeliberationRow> delibs;
    bool failed = false;
    bool unreadable = false; // every dossier is still read, so that all problems are reported
    for (const auto& file : o.dossiers) {
        const auto dossier = read_dossier("scdl export", file);
        if (!dossier) {
            unreadable = true;
            continue;
        }
        // A dossier that lacks a required value is reported, and no CSV is written at all:
        // a partial file would be published as if complete.
        if (deliberations) {
            auto rows = io::scdl::to_scdl_deliberations(*dossier, options);
            if (!rows) {
                std::cerr << "subvention scdl export : " << file << " : " << rows.error().describe()
                          << '\n';
                failed = true;
                continue;
            }
            delibs.insert(delibs.end(), rows->begin(), rows->end());
        } else {
            auto rows = io::scdl::to_scdl_subventions(*dossier, options);
            if (!rows) {
                std::cerr << "subvention scdl export : " << file << " : " << rows.error().describe()
                          << '\n';
                failed = true;
                continue;
            }
            subs.insert(subs.end(), rows->begin(), rows->end());
        }
    }
    // No CSV at all when a dossier is missing: a partial open-data file would be published as
    // if it were complete.
    if (unreadable)
        return exit_usage;
    if (failed)
        return exit_invalid;
    const auto neutralised = deliberations ? io::scdl::write_csv(std::cout, delibs)
                                           : io::scdl::write_csv(std::cout, subs);
    for (const auto& n : neutralised)
        std::cerr << "subvention scdl export : avertissement : ligne " << n.row << ", champ "
                  << n.field << " : la valeur commence par « " << printable(n.value.substr(0, 1))
                  << " » et serait lue comme une formule par un tableur : écrite précédée d'une "
                     "apostrophe\n";
    return exit_ok;
}

// =============================================================================================
// check

struct CheckOpts {
    std::string file;
    std::string format = "text";
    std::string lang = "fr";
    std::string schema;
    std::string published;
    bool lenient = false;
};

/// A cell error as a diagnostic of the report (rule « SCDL-CELL »: the row breaks a rule of
/// the SCDL schema; `subvention scdl validate` explains schema errors in full).
Diagnostic cell_diagnostic(const Error& e) {
    Diagnostic d;
    d.rule = "SCDL-CELL";
    d.severity = Severity::error;
    // e.message starts with « ligne N, colonne C (champ) : »; the English form keeps the place.
    const auto colon = e.message.find(") : ");
    const std::string place = colon == std::string::npos ? e.field : e.message.substr(0, colon + 1);
    d.parts.push_back(Message("SCDL-CELL")
                          .arg("message", e.message)
                          .arg("value", e.value)
                          .arg("field", e.field)
                          .arg("kind", to_string(e.kind))
                          .arg("place", place));
    d.render_messages();
    d.location = compliance::Location{DocumentKind::dossier, place, "/" + e.field, e.value};
    d.legal_basis = {compliance::LegalBasis{"arrêté du 17 novembre 2017", "",
                                            std::string(io::scdl::arrete_version)}};
    d.facts = {{"field", e.field, Unit::code},
               {"kind", std::string(to_string(e.kind)), Unit::code}};
    return d;
}

/// A warning on one cell: the file stays valid, the value deserves attention
/// (« SCDL-FORMULA-INJECTION », « SCDL-NEGATIVE-AMOUNT »: the message is the rule's entry).
Diagnostic cell_warning(std::string rule, std::uint64_t row, std::size_t column,
                        std::string_view field, std::string_view value, std::string basis,
                        std::string version) {
    Diagnostic d;
    d.rule = std::move(rule);
    d.severity = Severity::warning;
    d.parts.push_back(
        Message(d.rule).arg("row", row).arg("column", column + 1).arg("field", field));
    d.render_messages();
    const std::string place = "ligne " + std::to_string(row) + ", colonne " +
                              std::to_string(column + 1) + " (" + std::string(field) + ")";
    d.location = compliance::Location{DocumentKind::dossier, place, "/" + std::string(field),
                                      std::string(value)};
    d.legal_basis = {compliance::LegalBasis{std::move(basis), "", std::move(version)}};
    d.facts = {{"field", std::string(field), Unit::code}};
    return d;
}

std::string plural(std::uint64_t n, std::string_view one, std::string_view many) {
    return std::to_string(n) + " " + std::string(n > 1 ? many : one);
}

int run_scdl_check(const CheckOpts& o) {
    const Lang lang = o.lang == "en" ? Lang::en : Lang::fr;
    const bool fr = lang == Lang::fr;
    std::optional<Date> published;
    if (!o.published.empty()) {
        published = date_option("--publication", o.published, "check");
        if (!published)
            return exit_usage;
    }
    std::ifstream file;
    std::istream* in = open_input_stream("scdl check", o.file, file);
    if (in == nullptr)
        return exit_usage;
    io::csv::Options copts;
    copts.lenient = o.lenient;
    io::csv::Reader reader(*in, copts);
    io::csv::Record rec;
    const auto report_issues = [&reader, fr]() {
        for (const auto& i : reader.issues())
            std::cerr << "subvention scdl check : " << (fr ? i.message_fr : i.message_en) << '\n';
    };
    if (!reader.next(rec)) {
        report_issues();
        std::cerr << "subvention scdl check : " << o.file << " : aucune ligne d'en-tête lisible\n";
        return exit_usage;
    }
    const std::vector<std::string> header(rec.fields.begin(), rec.fields.end());
    const std::vector<std::string_view> header_views(header.begin(), header.end());
    bool deliberations = false;
    if (!o.schema.empty())
        deliberations = o.schema != "subventions";
    else
        deliberations = std::find(header.begin(), header.end(), "COLL_SIRET") != header.end() ||
                        std::find(header.begin(), header.end(), "DELIB_ID") != header.end();
    const auto map = deliberations ? io::scdl::HeaderMap::deliberations(header_views)
                                   : io::scdl::HeaderMap::subventions(header_views);
    const auto missing = map.missing();
    if (missing.size() ==
        (deliberations ? io::scdl::deliberation_field_count : io::scdl::subvention_field_count)) {
        std::cerr << "subvention scdl check : " << o.file
                  << " : aucune colonne du schéma SCDL dans l'en-tête (voir subvention scdl "
                     "validate)\n";
        return exit_usage;
    }
    compliance::CheckOptions options;
    options.stage = compliance::Stage::signed_; // published data describe concluded acts
    options.rules = deliberations ? io::scdl::applicable_rules_deliberations()
                                  : io::scdl::applicable_rules_subventions();

    std::uint64_t rows = 0;
    compliance::Summary total;
    // Streaming: one row read, checked, printed, forgotten.
    while (reader.next(rec)) {
        ++rows;
        auto imported = deliberations
                            ? io::scdl::import_deliberation_row(rec.fields, map, rec.row)
                            : io::scdl::import_subvention_row(rec.fields, map, rec.row, published);
        std::vector<Diagnostic> diags;
        for (const auto& e : imported.errors)
            diags.push_back(cell_diagnostic(e));
        const auto formula = [&](auto field, bool free_text) {
            const auto col = map.column(field);
            if (free_text && col && *col < rec.fields.size() &&
                io::scdl::starts_like_formula(rec.fields[*col]))
                diags.push_back(cell_warning(
                    "SCDL-FORMULA-INJECTION", rec.row, *col, io::scdl::name(field),
                    rec.fields[*col], "OWASP, CSV Injection", "community page, as read in 2026"));
        };
        if (const auto col = map.column(io::scdl::SubventionField::montant);
            !deliberations && col && *col < rec.fields.size() && imported.dossier.convention &&
            std::any_of(imported.dossier.convention->actions.begin(),
                        imported.dossier.convention->actions.end(),
                        [](const Action& a) { return a.amount && a.amount->value < Euros{}; }))
            diags.push_back(cell_warning("SCDL-NEGATIVE-AMOUNT", rec.row, *col, "montant",
                                         rec.fields[*col], "arrêté du 17 novembre 2017",
                                         std::string(io::scdl::arrete_version)));
        if (deliberations)
            for (std::size_t i = 0; i < io::scdl::deliberation_field_count; ++i)
                formula(static_cast<io::scdl::DeliberationField>(i),
                        io::scdl::deliberation_free_text[i]);
        else
            for (std::size_t i = 0; i < io::scdl::subvention_field_count; ++i)
                formula(static_cast<io::scdl::SubventionField>(i),
                        io::scdl::subvention_free_text[i]);
        auto report = compliance::check(imported.dossier, options);
        for (auto& d : report.diagnostics)
            diags.push_back(std::move(d));
        if (diags.empty())
            continue;
        for (const auto& d : diags) {
            total.error += d.severity == Severity::error ? 1U : 0U;
            total.warning += d.severity == Severity::warning ? 1U : 0U;
            total.info += d.severity == Severity::info ? 1U : 0U;
        }
        if (o.format == "json") {
            Json arr = Json::array();
            for (const auto& d : diags)
                arr.push_back(
                    diagnostic_json(d, lang, DiagnosticKeys{.section = true, .legal_basis = true}));
            write_jsonl(std::cout, Json{{"row", rec.row}, {"diagnostics", std::move(arr)}});
        } else {
            std::cout << (fr ? "Ligne " : "Row ") << rec.row << '\n';
            for (const auto& d : diags) {
                const std::string_view mark = d.severity == Severity::error     ? "✖"
                                              : d.severity == Severity::warning ? "▲"
                                                                                : "ℹ";
                std::cout << "  " << mark << ' ' << d.rule << " — " << d.location.section << '\n'
                          << "    " << d.message(lang) << '\n';
            }
        }
    }
    report_issues();
    const bool blocked = reader.blocked();
    if (o.format == "json") {
        write_jsonl(
            std::cout,
            Json{{"summary", Json{{"rows", rows},
                                  {"schema", deliberations ? "deliberations" : "subventions"},
                                  {"error", total.error},
                                  {"warning", total.warning},
                                  {"info", total.info},
                                  {"readable", !blocked}}}});
    } else {
        // A file whose reading stopped is not « 0 erreur »: the summary says it is incomplete.
        if (blocked)
            std::cout << (fr ? "Lecture interrompue (voir l'erreur ci-dessus) : le bilan ne porte "
                               "que sur les lignes lues.\n"
                             : "Reading stopped (see the error above): the summary covers only "
                               "the rows read.\n");
        if (fr)
            std::cout << "Bilan : " << plural(rows, "ligne", "lignes") << ", "
                      << plural(total.error, "erreur", "erreurs") << ", "
                      << plural(total.warning, "avertissement", "avertissements") << ", "
                      << plural(total.info, "information", "informations") << ".\n";
        else
            std::cout << "Summary: " << plural(rows, "row", "rows") << ", "
                      << plural(total.error, "error", "errors") << ", "
                      << plural(total.warning, "warning", "warnings") << ", "
                      << plural(total.info, "info", "infos") << ".\n";
    }
    if (blocked)
        return exit_usage;
    return total.error > 0 ? exit_invalid : exit_ok;
}

} // namespace

void add_scdl_export_commands(CLI::App& scdl, int& status) {
    auto* ex = scdl.add_subcommand(
        "export", "Exporte des dossiers JSON en lignes SCDL (subventions 2.1.1 ou délibérations "
                  "2.1.5), CSV sur la sortie standard");
    auto o = std::make_shared<ExportOpts>();
    ex->add_option("dossiers", o->dossiers, "Dossiers JSON (« - » : entrée standard)")->required();
    ex->add_option("--schema", o->schema, "subventions ou deliberations")
        ->required()
        ->check(CLI::IsMember({"subventions", "deliberations", "délibérations"}));
    ex->add_option("--attribuant-siret", o->attribuant_siret,
                   "SIRET de la collectivité (idAttribuant, COLL_SIRET) s'il n'est pas au dossier");
    ex->add_option("--attribuant-nom", o->attribuant_name,
                   "Nom officiel de la collectivité (nomAttribuant, COLL_NOM)");
    ex->add_option("--date-convention", o->convention_date,
                   "Date de la convention (dateConvention) si elle n'est pas signée au dossier");
    ex->add_flag("--date-convention-deliberation", o->convention_date_from_deliberation,
                 "Convention non datée : écrire la date de la délibération");
    ex->add_option("--conditions-versement", o->conditions,
                   "conditionsVersement (unique, échelonné ou texte libre)");
    ex->add_option("--dates-versement", o->payment_dates,
                   "datesPeriodeVersement (AAAA-MM-JJ ou AAAA-MM-JJ/AAAA-MM-JJ)");
    ex->add_option("--notification-ue", o->notification_ue,
                   "Aide notifiée à la Commission européenne (notificationUE)")
        ->check(CLI::IsMember({"oui", "non"}))
        ->capture_default_str();
    ex->add_option("--id-rae", o->id_rae, "idRAE (5 caractères au plus)");
    ex->add_option("--dispositif-aide", o->dispositif_aide, "dispositifAide");
    ex->add_option("--budget-nom", o->budget_name,
                   "BUDGET_NOM (« Budget principal ») ; sans lui BUDGET_ANNEE reste vide");
    ex->add_option("--url-deliberation", o->url, "DELIB_URL");
    add_input_limit_option(*ex);
    ex->callback([o, &status] { status = run_export(*o); });

    auto* ck = scdl.add_subcommand(
        "check", "Contrôle un fichier SCDL publié : chaque ligne devient un dossier partiel soumis "
                 "aux règles applicables (identifiants, délais de publication, numéros)");
    auto c = std::make_shared<CheckOpts>();
    ck->add_option("fichier", c->file, "Fichier CSV (« - » : entrée standard)")->required();
    ck->add_option("--format", c->format, "text ou json")
        ->check(CLI::IsMember({"text", "json"}))
        ->capture_default_str();
    ck->add_option("--lang", c->lang, "fr ou en")
        ->check(CLI::IsMember({"fr", "en"}))
        ->capture_default_str();
    ck->add_option("--schema", c->schema,
                   "subventions ou deliberations (défaut : d'après l'en-tête)")
        ->check(CLI::IsMember({"subventions", "deliberations"}));
    ck->add_option("--publication", c->published,
                   "Date de publication du fichier (délai de trois mois après la signature)");
    ck->add_flag("--lenient", c->lenient,
                 "Lire aussi les fichiers séparés par « ; » ou en Windows-1252 (signalés)");
    ck->callback([c, &status] { status = run_scdl_check(*c); });
}

} // namespace subvention::cli
