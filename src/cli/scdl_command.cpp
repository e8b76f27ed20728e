// SPDX-License-Identifier: Apache-2.0
// `subvention scdl validate`: checks a published SCDL CSV file (subventions or délibérations)
// against its Table Schema, streaming — each finding is printed as soon as the validator
// reports it and nothing accumulates, so a national file validates in constant memory.
// Output for people (French text, findings grouped under their row) or for programs (JSON
// Lines: one object per finding with exactly the keys row, column, field, value, rule, message,
// then one summary object). Exit status: 0 valid, 1 invalid, 2 unreadable file or usage error.
// `export` and `check` are registered by add_scdl_export_commands (scdl_export_command.cpp).
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>
#include <streambuf>
#include <string>
#include <system_error>

#include <subvention/io/scdl.hpp>

#include "cli.hpp"

namespace subvention::cli {
namespace {

struct ValidateOpts {
    std::string file;
    std::string schema;
    std::string version;
    std::string format = "text";
    bool lenient = false;
    bool quiet = false;
};

/// Passes the file through to the validator and counts its bytes for the progress line.
class CountingBuf : public std::streambuf {
public:
    CountingBuf(std::streambuf& inner, Progress& progress)
        : inner_(inner)
        , progress_(progress) {}

protected:
    std::streamsize xsgetn(char* s, std::streamsize n) override {
        std::streamsize got = 0;
        if (gptr() < egptr() && n > 0) { // the byte underflow() lent out
            *s++ = *gptr();
            gbump(1);
            --n;
            got = 1;
        }
        got += inner_.sgetn(s, n);
        count(got);
        return got;
    }
    int_type underflow() override {
        const int_type c = inner_.sbumpc();
        if (traits_type::eq_int_type(c, traits_type::eof()))
            return c;
        one_ = traits_type::to_char_type(c);
        setg(&one_, &one_, &one_ + 1);
        count(1);
        return c;
    }

private:
    void count(std::streamsize n) {
        bytes_ += static_cast<std::uint64_t>(n);
        progress_.set(bytes_);
    }
    std::streambuf& inner_;
    Progress& progress_;
    std::uint64_t bytes_ = 0;
    char one_ = 0;
};

std::string count_fr(std::uint64_t n, std::string_view one, std::string_view many) {
    return std::to_string(n) + " " + std::string(n > 1 ? many : one);
}

/// Text output: a heading when the row changes (the validator reports in reading order), then
/// one indented line per finding. Keeps only the current row number.
class TextPrinter {
public:
    explicit TextPrinter(std::ostream& out)
        : out_(out) {}

    void operator()(const io::scdl::Finding& f) {
        if (!started_ || f.row != row_) {
            started_ = true;
            row_ = f.row;
            out_ << '\n';
            if (f.row == 0)
                out_ << "Fichier\n";
            else if (f.row == 1)
                out_ << "En-tête (ligne 1)\n";
            else
                out_ << "Ligne " << f.row << '\n';
        }
        // the message names the value and the suggestion: not repeated on the first line
        out_ << "  " << (f.severity == io::scdl::Severity::error ? "✖" : "▲") << ' ';
        if (f.column != 0)
            out_ << "colonne " << f.column << ' ';
        if (!f.field.empty())
            out_ << "« " << f.field << " » ";
        out_ << "— " << io::scdl::to_string(f.rule) << "\n    " << f.message_fr << '\n';
    }

private:
    std::ostream& out_;
    bool started_ = false;
    std::uint64_t row_ = 0;
};

/// Findings by severity, counted as they stream by.
struct Tally {
    std::uint64_t errors = 0, warnings = 0;
    void operator()(const io::scdl::Finding& f) {
        ++(f.severity == io::scdl::Severity::error ? errors : warnings);
    }
};

void print_summary_text(std::ostream& out, const std::string& file, const io::scdl::Summary& s,
                        const Tally& t) {
    const std::uint64_t errors = t.errors, warnings = t.warnings;
    out << "\nBilan — " << file << " (SCDL " << io::scdl::to_string(s.schema) << ' '
        << s.version.to_string() << ")\n";
    out << "  " << count_fr(s.rows, "ligne de données lue", "lignes de données lues") << ", "
        << count_fr(errors, "erreur", "erreurs") << ", "
        << count_fr(warnings, "avertissement", "avertissements") << ".\n";
    if (s.findings > 0) {
        out << "  Par règle\u00A0:";
        bool first = true;
        for (std::size_t i = 0; i < io::scdl::check_count; ++i) {
            if (s.by_check[i] == 0)
                continue;
            out << (first ? " " : ", ") << io::scdl::to_string(static_cast<io::scdl::Check>(i))
                << " " << s.by_check[i];
            first = false;
        }
        out << ".\n";
    }
    if (!s.readable)
        out << "  Fichier illisible ou lecture interrompue (voir ci-dessus)\u00A0; l'option "
               "--lenient lit les fichiers séparés par « ; » ou encodés en Windows-1252.\n";
    else if (s.valid)
        out << "  Fichier valide.\n";
    else
        out << "  Fichier non valide.\n";
}

Json summary_json(const std::string& file, const io::scdl::Summary& s, const Tally& t) {
    return Json{{"summary", api::scdl_summary_json(file, s, t.errors, t.warnings)}};
}

int run_validate(const ValidateOpts& o) {
    io::scdl::ValidateOptions options;
    options.lenient = o.lenient;
    if (!o.schema.empty()) {
        const auto schema = io::scdl::parse_schema(o.schema);
        if (!schema) {
            std::cerr << "subvention scdl validate : --schema : " << schema.error().describe()
                      << '\n';
            return exit_usage;
        }
        options.schema = *schema;
    }
    if (!o.version.empty()) {
        // Without --schema, the version alone names it (the shipped versions differ).
        std::optional<io::scdl::SchemaVersion> found;
        for (const auto schema : {io::scdl::Schema::subventions, io::scdl::Schema::deliberations}) {
            if (options.schema && *options.schema != schema)
                continue;
            if (const auto v = io::scdl::parse_schema_version(schema, o.version); v) {
                found = *v;
                break;
            }
        }
        if (!found) {
            std::cerr << "subvention scdl validate : --schema-version : version « " << o.version
                      << " » inconnue";
            if (options.schema)
                std::cerr << " pour le schéma " << io::scdl::to_string(*options.schema);
            std::cerr << " (versions livrées : ";
            bool first = true;
            for (const auto& v : io::scdl::shipped_versions()) {
                std::cerr << (first ? "" : ", ") << io::scdl::to_string(v.schema) << ' '
                          << v.to_string();
                first = false;
            }
            std::cerr << ")\n";
            return exit_usage;
        }
        options.version = *found;
        options.schema = found->schema;
    }

    std::ifstream file;
    std::istream* in = open_input_stream("scdl validate", o.file, file);
    if (in == nullptr)
        return exit_usage;
    const std::string name = o.file == "-" ? "entrée standard" : o.file;
    std::error_code size_error;
    const auto size = o.file == "-" ? 0 : std::filesystem::file_size(o.file, size_error);
    Progress progress(o.quiet, "octets", size_error ? 0 : size);
    CountingBuf counting(*in->rdbuf(), progress);
    std::istream counted(&counting);
    in = &counted;
    io::scdl::Summary summary;
    Tally tally;
    if (o.format == "json") {
        summary = io::scdl::validate(*in, options, [&tally, &progress](const io::scdl::Finding& f) {
            tally(f);
            progress.clear();
            const Json j = api::scdl_finding_json(f);
            write_jsonl(std::cout, j);
        });
        write_jsonl(std::cout, summary_json(name, summary, tally));
    } else {
        std::cout << "Validation SCDL de " << name << '\n';
        TextPrinter printer(std::cout);
        summary = io::scdl::validate(*in, options, [&](const io::scdl::Finding& f) {
            tally(f);
            progress.clear();
            printer(f);
        });
        progress.done();
        print_summary_text(std::cout, name, summary, tally);
    }
    progress.done();
    if (!summary.readable)
        return exit_usage;
    return summary.valid ? exit_ok : exit_invalid;
}

} // namespace

void add_scdl_command(CLI::App& app, int& status) {
    auto* scdl = app.add_subcommand(
        "scdl", "Données ouvertes SCDL (subventions, délibérations) : validation, export");
    scdl->require_subcommand(1);

    auto* validate = scdl->add_subcommand(
        "validate", "Valide un fichier CSV SCDL (subventions ou délibérations) contre son schéma");
    auto o = std::make_shared<ValidateOpts>();
    validate->add_option("fichier", o->file, "Fichier CSV (« - » : entrée standard)")->required();
    validate
        ->add_option("--schema", o->schema,
                     "subventions ou deliberations (défaut : deviné d'après l'en-tête)")
        ->check(CLI::IsMember({"subventions", "deliberations", "délibérations"}));
    validate->add_option("--schema-version", o->version,
                         "Version du schéma, p. ex. 2.1.1 (défaut : la dernière)");
    validate
        ->add_option("--format", o->format,
                     "text (pour les personnes) ou json (une ligne JSON par anomalie, puis le "
                     "bilan)")
        ->check(CLI::IsMember({"text", "json"}))
        ->capture_default_str();
    validate->add_flag("--lenient", o->lenient,
                       "Lit aussi les fichiers séparés par « ; » ou encodés en Windows-1252 "
                       "(anomalies toujours signalées)");
    validate->add_flag("--quiet", o->quiet,
                       "Pas d'avancement sur la sortie d'erreur (affiché seulement sur un "
                       "terminal)");
    validate->callback([o, &status] { status = run_validate(*o); });

    add_scdl_export_commands(*scdl, status);
}

} // namespace subvention::cli
