// SPDX-License-Identifier: Apache-2.0
// `subvention extract FILE…`: a délibération, its rapport and its convention (one or several
// files: Word .docx, OpenDocument .odt, PDF or plain text, told apart by their content) read
// into a dossier.
//
// Default output: the dossier JSON (subvention::io::to_json, the format `check` reads) on standard
// output or in `-o FILE`, and on standard error the format of each file that is not plain text
// and what the extraction expected but did not find, one line each, in French (or English with
// --lang en). `--format json` writes one object {documents, dossier, spans, findings, files}
// instead, for programs; a span read in a document file has a `place` (page, or paragraph and
// characters).
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
    std::vector<io::DocumentText> docs;
    Progress progress(o.quiet, "fichiers", o.files.size());
    for (const auto& f : o.files) {
        auto one = read_documents("extract", {f});
        if (!one)
            return exit_usage;
        docs.push_back(std::move(one->front()));
        progress.add(1);
    }
    progress.done();
    text::Extraction x;
    try {
        x = text::extract(std::span<const io::DocumentText>(docs));
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
        const Json j = api::extraction_json(x, docs, o.files, lang);
        payload = j.dump(2) + "\n";
    } else {
        payload = io::to_json(x.dossier) + "\n";
        for (std::size_t i = 0; i < docs.size(); ++i)
            if (const auto as = read_as(docs[i]); !as.empty())
                std::cerr << "subvention extract : " << printable(o.files[i]) << " : " << as
                          << '\n';
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
        "extract", "Lit une délibération, son rapport et sa convention, en un ou plusieurs "
                   "fichiers (Word .docx, OpenDocument .odt, PDF ou texte), et écrit le dossier "
                   "JSON");
    auto o = std::make_shared<ExtractOpts>();
    cmd->add_option("fichiers", o->files,
                    "Fichiers du dossier : Word (.docx), OpenDocument (.odt), PDF (lu par "
                    "pdftotext, paquet poppler-utils) ou texte (UTF-8, Windows-1252…), reconnus "
                    "à leur contenu")
        ->required();
    cmd->add_option("-o,--output", o->output,
                    "Fichier de sortie, écrit en entier ou pas du tout (défaut : sortie "
                    "standard) ; jamais l'un des fichiers lus");
    add_input_limit_option(*cmd);
    cmd->add_option("--format", o->format,
                    "text (dossier JSON, constats sur l'erreur standard) ou json ({documents, "
                    "dossier, spans, findings, files})")
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
