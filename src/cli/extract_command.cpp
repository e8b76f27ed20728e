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

/// The place of a span in its document file, as JSON: only the numbers that apply.
Json place_json(const text::DocumentPlace& p) {
    Json j{{"file", p.file}, {"format", std::string(io::to_string(p.format))}};
    const auto put = [&](const char* key, std::uint32_t v) {
        if (v != 0)
            j[key] = v;
    };
    put("page", p.page);
    put("paragraph", p.paragraph);
    put("table", p.table);
    put("row", p.row);
    put("cell", p.cell);
    put("first_char", p.first_char);
    put("last_char", p.last_char);
    return j;
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
        Json j;
        Json kinds = Json::array();
        for (const auto k : x.documents)
            kinds.push_back(std::string(to_string(k)));
        j["documents"] = std::move(kinds);
        j["dossier"] = Json::parse(io::to_json(x.dossier));
        Json spans = Json::array();
        for (const auto& s : x.spans) {
            Json span{{"path", s.path},
                      {"first_line", s.span.first_line},
                      {"first_column", s.span.first_column},
                      {"last_line", s.span.last_line},
                      {"last_column", s.span.last_column}};
            if (s.place)
                span["place"] = place_json(*s.place);
            spans.push_back(std::move(span));
        }
        j["spans"] = std::move(spans);
        Json findings = Json::array();
        for (const auto& f : x.findings)
            findings.push_back(finding_json(f, lang));
        j["findings"] = std::move(findings);
        Json files = Json::array();
        for (std::size_t i = 0; i < docs.size(); ++i) {
            Json f{{"name", o.files[i]}, {"format", std::string(io::to_string(docs[i].format))}};
            if (docs[i].format == io::DocumentFormat::pdf)
                f["pages"] = docs[i].pages;
            else if (docs[i].format != io::DocumentFormat::text)
                f["paragraphs"] = docs[i].lines.empty() ? 0 : docs[i].lines.back().paragraph;
            files.push_back(std::move(f));
        }
        j["files"] = std::move(files);
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
