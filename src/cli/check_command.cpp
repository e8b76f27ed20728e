// SPDX-License-Identifier: Apache-2.0
// `subvention check`: the compliance checker on JSON dossiers, on an embedded example, or on the
// documents of a dossier (`--text FILE…`: Word, OpenDocument, PDF or text, read by
// io/document_file.hpp and text/extract.hpp), for people (grouped text, colour on a terminal)
// or programs (JSON, exact keys; see README).
#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <fcntl.h>
#include <iostream>
#include <limits>
#include <memory>
#include <optional>
#include <span>
#include <sstream> // split_ids
#include <string>
#include <thread>
#include <unistd.h>
#include <vector>

#include <subvention/compliance/checker.hpp>
#include <subvention/date.hpp>
#include <subvention/io/json.hpp>
#include <subvention/local/rules_file.hpp>
#include <subvention/text/extract.hpp>

#include "cli.hpp"

namespace subvention::cli {
namespace {

using compliance::Diagnostic;
using compliance::Lang;
using compliance::Report;
using compliance::Severity;

struct CheckOpts {
    std::vector<std::string> files;
    std::vector<std::string> texts; ///< --text: plain-text documents of ONE dossier
    std::string example;
    std::string format = "text";
    std::string lang = "fr";
    std::string stage; // empty: derived from the convention's status
    std::string as_of;
    std::string rules;
    std::string disable;                 ///< --disable: rule IDs not to run
    std::vector<std::string> severities; ///< --severity ID=error|warning|info
    std::string color = "auto";
    bool cpc642 = false;                  ///< --cpc642: CheckOptions::report_deadline_extension
    bool operating_year = false;          ///< --operating-year-retroactivity (CheckOptions)
    std::vector<std::string> rules_files; ///< --rules-file: local rules (repeatable)
    std::vector<std::string> jsonl;       ///< --jsonl: files of one dossier per line
    unsigned jobs = 0;                    ///< --jobs: threads of a --jsonl run (0: one per core)
    bool quiet = false;                   ///< --quiet: no progress on standard error
    std::int32_t members_in_office = 0;   ///< --members-in-office (0: not given)
    std::string number_format;            ///< --deliberation-number-format
    std::string operation_pattern;        ///< --operation-code-pattern
};

Json diagnostics_json(const std::vector<Diagnostic>& list, Lang lang) {
    Json diags = Json::array();
    for (const auto& d : list)
        diags.push_back(diagnostic_json(d, lang, DiagnosticKeys{.legal_basis = true}));
    return diags;
}

struct Style {
    bool on = false;
    [[nodiscard]] std::string operator()(std::string_view code, std::string_view s) const {
        if (!on)
            return std::string(s);
        return "\033[" + std::string(code) + "m" + std::string(s) + "\033[0m";
    }
};

std::string_view document_label(DocumentKind k, Lang lang) {
    return lang == Lang::fr ? label_fr(k) : label_en(k);
}

std::string plural(std::size_t n, std::string_view one, std::string_view many) {
    return std::to_string(n) + " " + std::string(n > 1 ? many : one);
}

/// The facts a finding of a local rule rests on, with where each was read: the reader wrote the
/// condition and wants to see it decided (the built-in findings say it in their message).
void print_explanation(std::ostream& out, const Diagnostic& d, Lang lang, const Style& style,
                       const compliance::Catalogue& catalogue) {
    const auto* rule = catalogue.find(d.rule);
    if (rule == nullptr || rule->family != compliance::Family::local || d.facts.empty())
        return;
    const bool fr = lang == Lang::fr;
    out << "    " << (fr ? "Faits :" : "Facts:") << '\n';
    for (const auto& f : d.facts) {
        std::string value = f.value;
        if (value.empty())
            value = fr ? "(inconnu)" : "(unknown)";
        else if (f.unit == compliance::Unit::euros) {
            if (const auto e = Euros::parse(f.value))
                value = e->to_string_fr();
        } else if (f.unit == compliance::Unit::date && fr) {
            if (const auto day = parse_date(f.value))
                value = format_date(*day);
        }
        out << "      " << f.key << " = " << value;
        if (f.source) {
            std::string where(document_label(f.source->document, lang));
            if (f.source->origin == Origin::database)
                where += fr ? " (base de données)" : " (database)";
            else if (f.source->origin == Origin::entry)
                where += fr ? " (saisie)" : " (entered)";
            if (!f.source->section.empty())
                where += ", " + f.source->section;
            out << style("2", " — " + where);
            if (!f.source->text.empty())
                out << style("2", " : « " + f.source->text + " »");
        }
        out << '\n';
    }
}

void print_text(std::ostream& out, const std::string& name, const Report& r, Lang lang,
                const Style& style, const compliance::Catalogue& catalogue) {
    const bool fr = lang == Lang::fr;
    out << style("1", (fr ? "Dossier " : "Dossier ") + name) << " — "
        << (fr ? "contrôle au " : "checked as of ")
        << (fr ? format_date(r.as_of) : format_date(r.as_of, DateStyle::iso)) << " ("
        << (r.stage == compliance::Stage::draft ? (fr ? "projet" : "draft")
                                                : (fr ? "signé" : "signed"))
        << ", " << (fr ? label_fr(r.territory) : label_en(r.territory)) << ")\n";
    if (r.as_of_basis == compliance::AsOfBasis::today)
        out << (fr ? "Le dossier ne date aucun acte : le droit est apprécié à la date du "
                     "contrôle (--as-of pour en choisir une autre).\n"
                   : "The dossier dates no act: the law is evaluated at the date of the check "
                     "(--as-of to choose another).\n");
    struct Group {
        Severity severity;
        std::string_view title_fr, title_en, mark, colour;
    };
    const Group groups[] = {{Severity::error, "Erreurs", "Errors", "✖", "31"},
                            {Severity::warning, "Avertissements", "Warnings", "▲", "33"},
                            {Severity::info, "Informations", "Information", "ℹ", "36"}};
    for (const auto& g : groups) {
        std::size_t n = 0;
        for (const auto& d : r.diagnostics)
            n += d.severity == g.severity ? 1U : 0U;
        if (n == 0)
            continue;
        out << '\n'
            << style(std::string(g.colour) + ";1",
                     std::string(fr ? g.title_fr : g.title_en) + " (" + std::to_string(n) + ")")
            << '\n';
        for (const auto& d : r.diagnostics) {
            if (d.severity != g.severity)
                continue;
            std::string where(document_label(d.location.document, lang));
            if (!d.location.section.empty())
                where += ", " + d.location.section;
            out << "  " << style(g.colour, std::string(g.mark) + " " + d.rule) << " — " << where;
            if (!d.location.path.empty())
                out << style("2", " (" + d.location.path + ")");
            out << "\n    " << d.message(lang) << '\n';
            if (!d.location.text.empty())
                out << style("2", "    « " + d.location.text + " »") << '\n';
            const std::string basis = legal_basis_text(d);
            if (!basis.empty())
                out << "    " << (fr ? "Fondement : " : "Legal basis: ") << basis << '\n';
            print_explanation(out, d, lang, style, catalogue);
        }
    }
    out << '\n';
    if (fr)
        out << style("1", "Bilan : " + plural(r.summary.error, "erreur", "erreurs") + ", " +
                              plural(r.summary.warning, "avertissement", "avertissements") + ", " +
                              plural(r.summary.info, "information", "informations") + ".")
            << '\n';
    else
        out << style("1", "Summary: " + plural(r.summary.error, "error", "errors") + ", " +
                              plural(r.summary.warning, "warning", "warnings") + ", " +
                              plural(r.summary.info, "info", "infos") + ".")
            << '\n';
}

std::vector<std::string> split_ids(const std::string& s) {
    std::vector<std::string> out;
    std::stringstream in(s);
    std::string id;
    while (std::getline(in, id, ','))
        if (!id.empty())
            out.push_back(id);
    return out;
}

/// Reads the files of one dossier (--text: Word, OpenDocument, PDF or text) and extracts it. Prints
/// what the extraction expected but did not find (EXTRACT-…) on standard error, one line each; in
/// JSON mode they are returned in `findings` for the report. Returns the exit status on failure.
std::optional<int> extract_text_dossier(const CheckOpts& o, Lang lang,
                                        std::vector<std::pair<std::string, Dossier>>& dossiers,
                                        std::vector<Diagnostic>& findings) {
    const auto docs = read_documents("check", o.texts);
    if (!docs)
        return exit_usage;
    std::string name;
    for (const auto& f : o.texts)
        name += (name.empty() ? "" : " + ") + f;
    if (o.format != "json")
        for (std::size_t i = 0; i < docs->size(); ++i)
            if (const auto as = read_as((*docs)[i]); !as.empty())
                std::cerr << (lang == Lang::fr ? "extraction : " : "extraction: ")
                          << printable(o.texts[i]) << " : " << as << '\n';
    text::Extraction x;
    try {
        x = text::extract(std::span<const io::DocumentText>(*docs));
    } catch (const std::exception& e) { // memory exhausted: no dossier with a document missing
        std::cerr << "subvention check : " << name << " : extraction interrompue : " << e.what()
                  << '\n';
        return exit_usage;
    }
    if (o.format != "json")
        for (const auto& d : x.findings)
            std::cerr << (lang == Lang::fr ? "extraction : " : "extraction: ") << d.rule << " — "
                      << (lang == Lang::fr ? label_fr(d.location.document)
                                           : label_en(d.location.document))
                      << (d.location.section.empty() ? "" : ", " + d.location.section) << " : "
                      << d.message(lang) << '\n';
    if (x.documents.empty()) {
        if (o.format == "json")
            write_jsonl(std::cout, Json{{"dossier", name},
                                        {"extraction", diagnostics_json(x.findings, lang)}});
        std::cerr << "subvention check : " << name
                  << (lang == Lang::fr ? " : aucun document (délibération, rapport, convention) "
                                         "reconnu dans le texte\n"
                                       : ": no document (deliberation, report, convention) "
                                         "found in the text\n");
        return exit_invalid;
    }
    findings = std::move(x.findings);
    dossiers.emplace_back(name, std::move(x.dossier));
    return std::nullopt;
}

/// `--jsonl FILE`: a stream of dossiers, one JSON object per line (a year of a département's
/// grants). Lines are read a block of dossiers at a time and checked by `jobs` threads (the
/// catalogue and the options are shared read-only; each check has its own state); reports are
/// written in line order, each as soon as its block is done, so memory holds one block whatever
/// the length of the stream. A line that is not a dossier is reported on standard error with
/// its number and makes the exit status 2; the other lines are still checked. Each report is
/// named « FILE:LINE ».
bool check_jsonl(
    const std::string& path, unsigned jobs, bool quiet, bool text,
    const std::function<std::string(const std::string&, const Dossier&, bool&)>& render,
    bool& errors, bool& first) {
    int fd = STDIN_FILENO;
    if (path != "-") {
        std::ifstream probe; // same refusals and words as the other inputs
        if (open_input_stream("check", path, probe) == nullptr)
            return false;
        fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
        if (fd < 0) {
            std::cerr << "subvention check : " << printable(path) << " : fichier illisible ("
                      << std::strerror(errno) << ")\n";
            return false;
        }
    }
    const std::string name = path == "-" ? "entrée standard" : path;
    const std::uint64_t max_line = input_limits().max_bytes;
    LineReader lines(fd, static_cast<std::size_t>(std::min<std::uint64_t>(
                             max_line, std::numeric_limits<std::size_t>::max() - 1)));
    struct Item {
        std::size_t line = 0;
        std::string text;   // the dossier's JSON
        std::string out;    // its report, as written
        std::string failed; // why the line is not a dossier
        bool errors = false;
    };
    // A block: enough dossiers to keep every thread busy, few enough bytes to bound memory.
    constexpr std::size_t block_items = 64;
    constexpr std::size_t block_bytes = std::size_t{32} << 20;
    std::vector<Item> block;
    bool ok = true;
    bool more = true;
    Progress progress(quiet, "dossiers");
    while (more) {
        block.clear();
        std::size_t bytes = 0;
        while (block.size() < block_items && bytes < block_bytes) {
            std::string_view line;
            const auto status = lines.next(line);
            if (status == LineReader::Status::end) {
                more = false;
                break;
            }
            if (status == LineReader::Status::error) {
                std::cerr << "subvention check : " << printable(name) << " : erreur de lecture ("
                          << std::strerror(lines.error_code()) << ")\n";
                ok = false;
                more = false;
                break;
            }
            if (status == LineReader::Status::too_long) {
                Item item;
                item.line = lines.line_number();
                item.failed = "ligne de plus de " + io::describe_size(max_line) +
                              " (--max-input-size), ignorée";
                block.push_back(std::move(item));
                continue;
            }
            if (line.find_first_not_of(" \t") == std::string_view::npos)
                continue; // blank lines separate nothing
            Item item;
            item.line = lines.line_number();
            item.text.assign(line);
            bytes += line.size();
            block.push_back(std::move(item));
        }
        std::atomic<std::size_t> next{0};
        const auto work = [&] {
            for (std::size_t i = next++; i < block.size(); i = next++) {
                Item& item = block[i];
                if (!item.failed.empty())
                    continue;
                try {
                    auto dossier = io::dossier_from_json(item.text);
                    if (!dossier) {
                        item.failed = dossier.error().describe();
                        continue;
                    }
                    item.out =
                        render(path + ":" + std::to_string(item.line), *dossier, item.errors);
                } catch (const std::exception& e) { // memory exhausted: said, never lost
                    item.failed = std::string("contrôle interrompu : ") + e.what();
                }
                std::string().swap(item.text);
            }
        };
        {
            std::vector<std::jthread> helpers;
            for (unsigned t = 1; t < jobs && t < block.size(); ++t)
                helpers.emplace_back(work);
            work();
        }
        for (const Item& item : block) {
            if (!item.failed.empty()) {
                std::cerr << "subvention check : " << printable(name) << ", ligne " << item.line
                          << " : " << item.failed << '\n';
                ok = false;
                continue;
            }
            if (!first && text)
                std::cout << '\n';
            std::cout << item.out;
            first = false;
            errors = errors || item.errors;
        }
        progress.add(block.size());
    }
    progress.done();
    if (fd != STDIN_FILENO)
        ::close(fd);
    return ok;
}

int run_check(const CheckOpts& o) {
    compliance::CheckOptions options;
    if (!o.stage.empty())
        options.stage = o.stage == "signed" ? compliance::Stage::signed_ : compliance::Stage::draft;
    if (!o.as_of.empty()) {
        const auto d = parse_date(o.as_of);
        if (!d) {
            std::cerr << "subvention check : --as-of : " << d.error().describe() << '\n';
            return exit_usage;
        }
        options.as_of = *d;
    }
    compliance::Catalogue catalogue = compliance::Catalogue::builtin();
    if (!load_rules_files("check", o.rules_files, catalogue))
        return exit_usage;
    // An unknown rule ID is a usage error, reported before any file is read.
    const auto unknown = [&catalogue](const std::string& id) {
        if (catalogue.find(id) != nullptr)
            return false;
        std::cerr << "subvention check : règle inconnue « " << printable(id)
                  << " » (voir subvention rules)\n";
        return true;
    };
    if (o.members_in_office > 0)
        options.members_in_office = MemberCount(o.members_in_office);
    if (!o.number_format.empty()) {
        auto f = DeliberationNumberFormat::parse(o.number_format);
        if (!f) {
            std::cerr << "subvention check : --deliberation-number-format : "
                      << f.error().describe() << '\n';
            return exit_usage;
        }
        options.deliberation_number_format = *f;
    }
    if (!o.operation_pattern.empty()) {
        auto p = OperationCodePattern::parse(o.operation_pattern);
        if (!p) {
            std::cerr << "subvention check : --operation-code-pattern : " << p.error().describe()
                      << '\n';
            return exit_usage;
        }
        options.operation_code_pattern = *p;
    }
    options.report_deadline_extension = o.cpc642 ? Extension::next_working_day : Extension::none;
    options.report_operating_year_retroactivity = o.operating_year;
    options.rules = split_ids(o.rules);
    options.disabled = split_ids(o.disable);
    if (std::any_of(options.rules.begin(), options.rules.end(), unknown) ||
        std::any_of(options.disabled.begin(), options.disabled.end(), unknown))
        return exit_usage;
    for (const auto& spec : o.severities) {
        const auto eq = spec.find('=');
        const std::string id = spec.substr(0, eq);
        const std::string level = eq == std::string::npos ? std::string() : spec.substr(eq + 1);
        const auto severity = level == "error"     ? std::optional(Severity::error)
                              : level == "warning" ? std::optional(Severity::warning)
                              : level == "info"    ? std::optional(Severity::info)
                                                   : std::nullopt;
        if (!severity) {
            std::cerr << "subvention check : --severity « " << printable(spec)
                      << " » : attendu RÈGLE=error, RÈGLE=warning ou RÈGLE=info\n";
            return exit_usage;
        }
        if (unknown(id))
            return exit_usage;
        options.severities[id] = *severity;
    }
    const Lang lang = o.lang == "en" ? Lang::en : Lang::fr;
    const bool tty = isatty(STDOUT_FILENO) != 0 && std::getenv("NO_COLOR") == nullptr;
    const Style style{o.color == "always" || (o.color == "auto" && tty)};

    std::vector<std::pair<std::string, Dossier>> dossiers;
    std::vector<Diagnostic> extraction;
    if (!o.example.empty())
        dossiers.emplace_back(o.example, *example_dossier(o.example));
    if (!o.texts.empty())
        if (const auto failed = extract_text_dossier(o, lang, dossiers, extraction))
            return *failed;
    bool errors = false;
    bool first = true;
    // One report as written: a JSON line, or the text block (no blank line before it).
    const auto render = [&](const std::string& name, const Dossier& dossier, bool& has_errors) {
        Report r = compliance::check(dossier, options, catalogue);
        if (!o.texts.empty()) // a fact the extraction missed is « non vérifiable »
            text::qualify(r, extraction);
        has_errors = r.has_errors();
        if (o.format == "json") {
            Json j = api::report_json(name, r, lang);
            if (!o.texts.empty())
                j["extraction"] = diagnostics_json(extraction, lang);
            return j.dump(-1, ' ', false, Json::error_handler_t::replace) + '\n';
        }
        std::ostringstream text;
        print_text(text, name, r, lang, style, catalogue);
        return std::move(text).str();
    };
    const auto report = [&](const std::string& name, const Dossier& dossier) {
        bool has_errors = false;
        const std::string out = render(name, dossier, has_errors);
        errors = errors || has_errors;
        if (!first && o.format != "json")
            std::cout << '\n';
        std::cout << out;
        first = false;
    };
    for (const auto& [name, dossier] : dossiers)
        report(name, dossier);
    // Each file is read, checked and reported on its own: one unreadable file among several is
    // reported on standard error and makes the exit status 2; the others are still checked.
    bool unreadable = false;
    for (const auto& f : o.files) {
        const auto loaded = read_dossier("check", f);
        if (!loaded) {
            unreadable = true;
            continue;
        }
        report(f, *loaded);
    }
    const unsigned jobs = o.jobs != 0 ? o.jobs : std::max(1U, std::thread::hardware_concurrency());
    for (const auto& f : o.jsonl)
        if (!check_jsonl(f, jobs, o.quiet, o.format != "json", render, errors, first))
            unreadable = true;
    if (unreadable)
        return exit_usage;
    return errors ? exit_invalid : exit_ok;
}

} // namespace

void add_check_command(CLI::App& app, int& status) {
    auto* cmd = app.add_subcommand(
        "check", "Contrôle de conformité d'un dossier (délibération, rapport, convention)");
    auto o = std::make_shared<CheckOpts>();
    auto* files = cmd->add_option("dossiers", o->files, "Dossiers JSON (voir subvention example)");
    auto* example =
        cmd->add_option("--example", o->example, "Dossier intégré : apes-2023 ou nord-2024")
            ->check(CLI::IsMember(example_names()));
    files->excludes(example);
    auto* jsonl = cmd->add_option("--jsonl", o->jsonl,
                                  "Fichiers JSON Lines : un dossier JSON par ligne (« - » : "
                                  "entrée standard), contrôlés en parallèle, un rapport par "
                                  "dossier dans l'ordre des lignes, nommé FICHIER:LIGNE");
    jsonl->excludes(example);
    cmd->add_option("--jobs", o->jobs, "Fils de calcul pour --jsonl (défaut : un par cœur)")
        ->transform(decimal_integer())
        ->check(CLI::Range(1U, 256U));
    cmd->add_flag("--quiet", o->quiet,
                  "Pas d'avancement sur la sortie d'erreur (affiché seulement sur un terminal)");
    auto* texts = cmd->add_option("--text", o->texts,
                                  "Documents d'UN dossier : délibération, rapport, convention, "
                                  "en un ou plusieurs fichiers Word (.docx), OpenDocument (.odt), "
                                  "PDF (lu par pdftotext) ou texte, reconnus à leur contenu");
    texts->excludes(files);
    texts->excludes(example);
    texts->excludes(jsonl);
    cmd->add_option("--format", o->format,
                    "text (pour les personnes) ou json (pour les programmes)")
        ->check(CLI::IsMember({"text", "json"}))
        ->capture_default_str();
    cmd->add_option("--lang", o->lang, "Langue des messages : fr ou en")
        ->check(CLI::IsMember({"fr", "en"}))
        ->capture_default_str();
    cmd->add_option("--stage", o->stage,
                    "draft (projet : les blancs sont des informations) ou signed (erreurs) ; "
                    "défaut : signed si la convention est signée (status executed), sinon draft")
        ->check(CLI::IsMember({"draft", "signed"}));
    cmd->add_option("--as-of", o->as_of, "Date d'appréciation du droit (défaut : date de l'acte)");
    cmd->add_option("--rules", o->rules, "Règles à exécuter, séparées par des virgules");
    cmd->add_option("--disable", o->disable, "Règles à ne pas exécuter, séparées par des virgules");
    cmd->add_option("--severity", o->severities,
                    "Gravité imposée aux diagnostics d'une règle : RÈGLE=error|warning|info "
                    "(répétable)");
    cmd->add_option("--members-in-office", o->members_in_office,
                    "Membres en exercice de l'assemblée qui a voté (défaut : les personnes "
                    "listées avec voix délibérative, listes supposées complètes)")
        ->check(CLI::Range(1, 100000));
    cmd->add_option("--deliberation-number-format", o->number_format,
                    "Format de numérotation des délibérations de la collectivité, vérifié par "
                    "DELIB-NUMBER : DCP-{année}-{numéro:4} (défaut : tout numéro tel qu'imprimé)");
    cmd->add_option("--operation-code-pattern", o->operation_pattern,
                    "Modèle des codes d'opération de la collectivité, vérifié par "
                    "BUDG-IMPUTATION : A99-999A99 (A lettre, 9 chiffre ; défaut : tout code)");
    cmd->add_option("--color", o->color, "auto, always ou never")
        ->check(CLI::IsMember({"auto", "always", "never"}))
        ->capture_default_str();
    add_cpc642_flag(*cmd, o->cpc642);
    cmd->add_flag("--operating-year-retroactivity", o->operating_year,
                  "Signale aussi (CONV-RETROACTIVE, info) la période d'une subvention de "
                  "fonctionnement qui remonte au début de l'année de son vote (défaut : non, "
                  "l'usage l'admet)");
    add_rules_file_option(*cmd, o->rules_files);
    add_input_limit_option(*cmd);
    cmd->callback([o, &status] {
        if (o->files.empty() && o->example.empty() && o->texts.empty() && o->jsonl.empty())
            throw CLI::ValidationError("check", "un dossier JSON, --jsonl FICHIER, --example "
                                                "NOM ou --text FICHIER… est requis");
        status = run_check(*o);
    });
}

void add_rules_command(CLI::App& app, int& status) {
    auto* cmd = app.add_subcommand("rules", "Liste les règles du contrôle (celles de la "
                                            "bibliothèque, puis celles des fichiers "
                                            "--rules-file) puis les identifiants de la lecture "
                                            "des documents (identifiant, famille, titre, "
                                            "fondement), un par ligne en JSON");
    auto files = std::make_shared<std::vector<std::string>>();
    add_rules_file_option(*cmd, *files);
    auto* test = cmd->add_subcommand(
        "test", "Exécute les cas de test d'un ou plusieurs fichiers de règles locales : une "
                "ligne par cas (ok ou ÉCHEC, et pourquoi) ; statut 1 si un cas échoue");
    auto test_files = std::make_shared<std::vector<std::string>>();
    test->add_option("files", *test_files, "Fichiers de règles (YAML)")->required();
    auto format = std::make_shared<std::string>("text");
    test->add_option("--format", *format, "text ou json")
        ->check(CLI::IsMember({"text", "json"}))
        ->capture_default_str();
    test->callback([test_files, format, &status] {
        status = run_rules_tests(*test_files, *format == "json");
    });
    cmd->callback([files, test, &status] {
        if (test->parsed())
            return;
        compliance::Catalogue catalogue = compliance::Catalogue::builtin();
        if (!load_rules_files("rules", *files, catalogue)) {
            status = exit_usage;
            return;
        }
        for (const auto& j : api::rules_json(catalogue))
            write_jsonl(std::cout, j);
        status = exit_ok;
    });
}

} // namespace subvention::cli
