// SPDX-License-Identifier: Apache-2.0
// `subvention extract FILE.txt…`: the plain text of a délibération, its rapport and its
// convention (pdftotext or Word export, one or several files) read into a dossier.
//
// Default output: the dossier JSON (subvention::io::to_json, the format `check` reads) on standard
// output or in `-o FILE`, and what the extraction expected but did not find on standard error,
// one line each, in French (or English with --lang en). `--format json` writes one object
// {documents, dossier, spans, findings} instead, for programs.
// Exit status: 0 a document was read, 1 no document found in the text, 2 usage error,
// unreadable file or extraction interrupted (memory exhausted).
#include <exception>
#include <iostream>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <subvention/io/json.hpp>
#include <subvention/text/extract.hpp>

#include "cli.hpp"

namespace subvention::cli {
namespace {

struct ExtractOpts {
    std::vector<std::string> files;
    std::string output;
    std::string format = "text";
    std::string lang = "fr";
    bool quiet = false;
};

Json finding_json(const compliance::Diagnostic& d, compliance::Lang lang) {
    return diagnostic_json(d, lang, DiagnosticKeys{.section = true});
}

/// « avertissement EXTRACT-DELIB-TALLY — délibération, ligne 98 (/deliberation/tally) : … »
void print_finding(std::ostream& out, const compliance::Diagnostic& d, compliance::Lang lang) {
    const bool fr = lang == compliance::Lang::fr;
    std::string_view sev = to_string(d.severity);
    if (fr)
        sev = d.severity == compliance::Severity::error     ? "erreur"
              : d.severity == compliance::Severity::warning ? "avertissement"
                                                            : "information";
    out << sev << ' ' << d.rule << " — "
        << (fr ? label_fr(d.location.document) : label_en(d.location.document));
    if (!d.location.section.empty())
        out << ", " << d.location.section;
    if (!d.location.path.empty())
        out << " (" << d.location.path << ')';
    out << " : " << d.message(lang) << '\n';
}

int run_extract(const ExtractOpts& o) {
    std::vector<std::string> texts;
    Progress progress(o.quiet, "fichiers", o.files.size());
    for (const auto& f : o.files) {
        auto text = read_input("extract", f);
        if (!text)
            return exit_usage;
        texts.push_back(std::move(*text));
        progress.add(1);
    }
    progress.done();
    std::vector<std::string_view> views(texts.begin(), texts.end());
    text::Extraction x;
    try {
        x = text::extract(std::span<const std::string_view>(views));
    } catch (const std::exception& e) { // memory exhausted: no dossier with a document missing
        std::cerr << "subvention extract : ";
        for (std::size_t i = 0; i < o.files.size(); ++i)
            std::cerr << (i == 0 ? "" : ", ") << o.files[i];
        std::cerr << " : extraction interrompue : " << e.what() << '\n';
        return exit_usage;
    }
    const auto lang = o.lang == "en" ? compliance::Lang::en : compliance::Lang::fr;

    std::string payload;
    if (o.format == "json") {
        Json j;
        Json docs = Json::array();
        for (const auto k : x.documents)
            docs.push_back(std::string(to_string(k)));
        j["documents"] = std::move(docs);
        j["dossier"] = Json::parse(io::to_json(x.dossier));
        Json spans = Json::array();
        for (const auto& s : x.spans)
            spans.push_back(Json{{"path", s.path},
                                 {"first_line", s.span.first_line},
                                 {"first_column", s.span.first_column},
                                 {"last_line", s.span.last_line},
                                 {"last_column", s.span.last_column}});
        j["spans"] = std::move(spans);
        Json findings = Json::array();
        for (const auto& f : x.findings)
            findings.push_back(finding_json(f, lang));
        j["findings"] = std::move(findings);
        payload = j.dump(2) + "\n";
    } else {
        payload = io::to_json(x.dossier) + "\n";
        for (const auto& f : x.findings)
            print_finding(std::cerr, f, lang);
    }
    if (o.output.empty())
        std::cout << payload;
    else if (!write_output_file("extract", o.output, payload, o.files))
        return exit_usage;
    return x.documents.empty() ? exit_invalid : exit_ok;
}

} // namespace

void add_extract_command(CLI::App& app, int& status) {
    auto* cmd = app.add_subcommand(
        "extract", "Lit le texte (pdftotext, export Word) d'une délibération, de son rapport et "
                   "de sa convention, en un ou plusieurs fichiers, et écrit le dossier JSON");
    auto o = std::make_shared<ExtractOpts>();
    cmd->add_option("fichiers", o->files, "Fichiers texte (UTF-8) du dossier")->required();
    cmd->add_option("-o,--output", o->output,
                    "Fichier de sortie, écrit en entier ou pas du tout (défaut : sortie "
                    "standard) ; jamais l'un des fichiers lus");
    add_input_limit_option(*cmd);
    cmd->add_option("--format", o->format,
                    "text (dossier JSON, constats sur l'erreur standard) ou json ({documents, "
                    "dossier, spans, findings})")
        ->check(CLI::IsMember({"text", "json"}))
        ->capture_default_str();
    cmd->add_option("--lang", o->lang, "Langue des constats : fr ou en")
        ->check(CLI::IsMember({"fr", "en"}))
        ->capture_default_str();
    cmd->add_flag("--quiet", o->quiet,
                  "Pas d'avancement sur la sortie d'erreur (affiché seulement sur un terminal)");
    cmd->callback([o, &status] { status = run_extract(*o); });
}

} // namespace subvention::cli
