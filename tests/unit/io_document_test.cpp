// SPDX-License-Identifier: Apache-2.0
// Word, OpenDocument and PDF files (io::read_document) and their extraction: the fixtures of
// tests/data/documents/ (made by make-fixtures.sh there), archives built here with libzip for
// the limits, and pdftotext's output fed to its post-processing without running it.
//
// The seed dossier as .docx, .odt and .pdf extracts to the same dossier JSON, the same
// extraction findings and the same checker diagnostics as its text, and each span covers the
// same words. Only line numbers differ (and hence the « ligne N » of findings): the text has
// runs of blank lines where the documents have one empty line between paragraphs, and
// pdftotext prints blank lines where the page layout leaves space; columns differ where the
// text has runs of spaces or trailing spaces, which the documents do not keep.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>
#include <sys/stat.h>
#include <utility>
#include <vector>
#include <zip.h>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <subvention/compliance/checker.hpp>
#include <subvention/io/document_file.hpp>
#include <subvention/io/json.hpp>
#include <subvention/text/extract.hpp>

#include "support/json_diff.hpp"
#include "support/seed_text.hpp"

namespace test_io_document_test {

namespace {

using namespace subvention;
using io::DocumentFormat;
using io::DocumentNotice;
using io::DocumentText;
using Json = nlohmann::ordered_json;

std::string fixture(std::string_view name) {
    const auto p = std::filesystem::path(SUBVENTION_TEST_DATA_DIR) / "documents" / name;
    std::ifstream in(p, std::ios::binary);
    EXPECT_TRUE(in) << p;
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

/// The lines of a document's text.
std::vector<std::string> lines_of(const DocumentText& d) {
    std::vector<std::string> out;
    std::size_t b = 0;
    for (;;) {
        const auto e = d.text.find('\n', b);
        out.push_back(d.text.substr(b, e == std::string::npos ? std::string::npos : e - b));
        if (e == std::string::npos)
            break;
        b = e + 1;
    }
    return out;
}

/// Index of the first line equal to `text` (lines.size() when none).
std::size_t find_line(const std::vector<std::string>& lines, std::string_view text) {
    return static_cast<std::size_t>(std::find(lines.begin(), lines.end(), text) - lines.begin());
}

const DocumentNotice* notice(const DocumentText& d, DocumentNotice::Kind k) {
    for (const auto& n : d.notices)
        if (n.kind == k)
            return &n;
    return nullptr;
}

/// A ZIP archive of `entries` (name, content), built with libzip in a temporary file.
std::string make_zip(const std::vector<std::pair<std::string, std::string>>& entries) {
    const std::string path = ::testing::TempDir() + "io_document_test.zip";
    std::filesystem::remove(path);
    int err = 0;
    zip_t* z = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &err);
    EXPECT_NE(z, nullptr);
    for (const auto& [name, content] : entries) {
        zip_source_t* s = zip_source_buffer(z, content.data(), content.size(), 0);
        EXPECT_GE(zip_file_add(z, name.c_str(), s, ZIP_FL_OVERWRITE), 0);
    }
    EXPECT_EQ(zip_close(z), 0);
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::string docx_of(const std::string& body) {
    return make_zip({{"word/document.xml",
                      R"(<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="w"><w:body>)" +
                          body + "</w:body></w:document>"}});
}

std::string odt_of(const std::string& text) {
    return make_zip(
        {{"mimetype", "application/vnd.oasis.opendocument.text"},
         {"content.xml",
          R"(<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="o" xmlns:text="t" xmlns:table="tb"><office:body><office:text>)" +
              text + "</office:text></office:body></office:document-content>"}});
}

/// Whether pdftotext can be run (CI installs poppler-utils; a machine without it skips).
bool have_pdftotext() {
    static const bool have = [] {
        const char* path = std::getenv("PATH");
        std::string_view rest = path ? path : "";
        while (!rest.empty()) {
            const auto colon = rest.find(':');
            const std::string dir(rest.substr(0, colon));
            if (::access((dir + "/pdftotext").c_str(), X_OK) == 0)
                return true;
            rest = colon == std::string_view::npos ? "" : rest.substr(colon + 1);
        }
        return false;
    }();
    return have;
}

#define REQUIRE_PDFTOTEXT()                                                                        \
    do {                                                                                           \
        if (!have_pdftotext())                                                                     \
            GTEST_SKIP() << "pdftotext (poppler-utils) not installed";                             \
    } while (false)

// ---------------------------------------------------------------------------------------------
// Detection

TEST(DocumentFormat, IsToldByContentNotByName) {
    EXPECT_EQ(io::detect_document_format(fixture("apes_2023.docx")), DocumentFormat::docx);
    EXPECT_EQ(io::detect_document_format(fixture("apes_2023.odt")), DocumentFormat::odt);
    EXPECT_EQ(io::detect_document_format(fixture("apes_2023.pdf")), DocumentFormat::pdf);
    EXPECT_EQ(io::detect_document_format(subvention::testing::seed_text()), DocumentFormat::text);
    // A ZIP archive that is neither, a cut one: not a document (read_document says why).
    EXPECT_EQ(io::detect_document_format(fixture("no_document.docx")), DocumentFormat::text);
    EXPECT_EQ(io::detect_document_format(fixture("corrupt.docx")), DocumentFormat::text);
    // An OpenDocument spreadsheet is not a text.
    EXPECT_EQ(io::detect_document_format(
                  make_zip({{"mimetype", "application/vnd.oasis.opendocument.spreadsheet"}})),
              DocumentFormat::text);
}

TEST(DocumentFormat, TextIsReturnedAsItsBytes) {
    const auto d = io::read_document("DELIBERATION\xE9", "a.txt");
    ASSERT_TRUE(d) << d.error().describe();
    EXPECT_EQ(d->format, DocumentFormat::text);
    EXPECT_EQ(d->text, "DELIBERATION\xE9");
    EXPECT_TRUE(d->lines.empty());
}

// ---------------------------------------------------------------------------------------------
// DOCX

TEST(Docx, ParagraphsAreLinesWithAnEmptyLineBetweenAndBreaksStartLines) {
    const auto d = io::read_document(
        docx_of("<w:p><w:r><w:t>Un</w:t><w:tab/><w:t xml:space=\"preserve\"> deux</w:t><w:br/>"
                "<w:t>trois</w:t></w:r></w:p><w:p><w:r><w:t>quatre</w:t></w:r></w:p>"),
        "a.docx");
    ASSERT_TRUE(d) << d.error().describe();
    EXPECT_EQ(d->format, DocumentFormat::docx);
    EXPECT_EQ(d->text, "Un\t deux\ntrois\n\nquatre");
    ASSERT_EQ(d->lines.size(), 4U);
    EXPECT_EQ(d->lines[0].paragraph, 1U);
    EXPECT_EQ(d->lines[1].paragraph, 1U);
    EXPECT_EQ(d->lines[1].first_char, 9U); // « Un\t deux » and the break
    EXPECT_EQ(d->lines[2], io::LineOrigin{});
    EXPECT_EQ(d->lines[3].paragraph, 2U);
}

TEST(Docx, FieldsShowTheirResultNotTheirInstruction) {
    const auto d = io::read_document(
        docx_of("<w:p><w:r><w:t>Le </w:t></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
                "<w:r><w:instrText>DATE \\@ \"d MMMM yyyy\"</w:instrText></w:r>"
                "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>20 mars 2023</w:t>"
                "</w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
                "<w:fldSimple w:instr=\"PAGE\"><w:r><w:t> (p. 1)</w:t></w:r></w:fldSimple></w:p>"),
        "a.docx");
    ASSERT_TRUE(d) << d.error().describe();
    EXPECT_EQ(d->text, "Le 20 mars 2023 (p. 1)");
}

TEST(Docx, TableGivesOneLinePerCellParagraphWithItsPlace) {
    const auto d = io::read_document(fixture("table.docx"), "table.docx");
    ASSERT_TRUE(d) << d.error().describe();
    const auto lines = lines_of(*d);
    const auto at = find_line(lines, "65748");
    ASSERT_LT(at, lines.size()) << d->text;
    EXPECT_EQ(d->lines[at].table, 1U);
    EXPECT_EQ(d->lines[at].row, 3U);
    EXPECT_EQ(d->lines[at].cell, 1U);
    ASSERT_LT(at + 4, lines.size());
    EXPECT_EQ(lines[at + 2], "Autres personnes de droit privé");
    EXPECT_EQ(d->lines[at + 2].cell, 2U);
    EXPECT_EQ(lines[at + 4], "1 000,00 €");
    const auto after = find_line(lines, "Fin du tableau.");
    ASSERT_LT(after, lines.size());
    EXPECT_EQ(d->lines[after].table, 0U);
}

TEST(Docx, TrackedChangesAreReadAcceptedAndReported) {
    const auto d = io::read_document(fixture("tracked_changes.docx"), "tracked_changes.docx");
    ASSERT_TRUE(d) << d.error().describe();
    EXPECT_NE(d->text.find("Le montant de la subvention est de 57 000 €."), std::string::npos)
        << d->text;
    EXPECT_EQ(d->text.find("50 000"), std::string::npos) << d->text;
    const auto* changes = notice(*d, DocumentNotice::Kind::tracked_changes);
    ASSERT_NE(changes, nullptr);
    EXPECT_EQ(changes->count, 2U);
    EXPECT_EQ(changes->insertions, 1U);
    EXPECT_EQ(changes->deletions, 1U);
    EXPECT_EQ(changes->first.paragraph, 2U);
    EXPECT_EQ(changes->line, 3U);
}

TEST(Docx, CommentsAreLeftOutAndReportedWithTheirWords) {
    const auto d = io::read_document(fixture("tracked_changes.docx"), "tracked_changes.docx");
    ASSERT_TRUE(d) << d.error().describe();
    EXPECT_EQ(d->text.find("confirmer"), std::string::npos) << d->text;
    EXPECT_NE(d->text.find("Imputation 6568/9365."), std::string::npos) << d->text;
    const auto* comments = notice(*d, DocumentNotice::Kind::comments);
    ASSERT_NE(comments, nullptr);
    EXPECT_EQ(comments->count, 1U);
    EXPECT_EQ(comments->excerpt, "Montant à confirmer");
    EXPECT_EQ(comments->first.paragraph, 3U);
}

TEST(Docx, TrackedChangesAndCommentsBecomeWarningsOfTheExtraction) {
    const auto d = io::read_document(fixture("tracked_changes.docx"), "tracked_changes.docx");
    ASSERT_TRUE(d) << d.error().describe();
    const std::vector<DocumentText> files{*d};
    const auto x = text::extract(std::span<const DocumentText>(files));
    std::vector<std::string> rules;
    for (const auto& f : x.findings)
        if (f.rule == "EXTRACT-TRACKED-CHANGES" || f.rule == "EXTRACT-COMMENTS") {
            rules.push_back(f.rule);
            EXPECT_EQ(f.severity, compliance::Severity::warning);
            EXPECT_FALSE(f.location.section.empty());
        }
    EXPECT_EQ(rules, (std::vector<std::string>{"EXTRACT-TRACKED-CHANGES", "EXTRACT-COMMENTS"}));
    const auto& m = x.findings.front().message(compliance::Lang::fr);
    EXPECT_NE(m.find("2 modifications suivies non acceptées (1 insertion, 1 suppression ; "
                     "première : paragraphe 2, « 50 000 € »)"),
              std::string::npos)
        << m;
}

TEST(Docx, ListItemsStartWithTheirNumber) {
    const auto d = io::read_document(
        make_zip(
            {{"word/document.xml",
              R"(<w:document xmlns:w="w"><w:body>)"
              R"(<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>un</w:t></w:r></w:p>)"
              R"(<w:p><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>puce</w:t></w:r></w:p>)"
              R"(<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>deux</w:t></w:r></w:p>)"
              "</w:body></w:document>"},
             {"word/numbering.xml",
              R"(<w:numbering xmlns:w="w"><w:abstractNum w:abstractNumId="7">)"
              R"(<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>)"
              R"(<w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/><w:lvlText w:val="o"/></w:lvl>)"
              R"(</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="7"/></w:num></w:numbering>)"}}),
        "list.docx");
    ASSERT_TRUE(d) << d.error().describe();
    EXPECT_EQ(d->text, "1. un\n\n- puce\n\n2. deux");
    EXPECT_EQ(d->lines[0].label_bytes, 3U);
}

TEST(Docx, CorruptArchiveIsAnErrorNamingTheFile) {
    const auto d = io::read_document(fixture("corrupt.docx"), "corrupt.docx");
    ASSERT_FALSE(d);
    EXPECT_EQ(d.error().field, "corrupt.docx");
    EXPECT_NE(d.error().message.find("archive ZIP illisible"), std::string::npos)
        << d.error().message;
}

TEST(Docx, ArchiveWithoutDocumentXmlIsAnErrorSayingWhatIsMissing) {
    const auto d = io::read_document(fixture("no_document.docx"), "no_document.docx");
    ASSERT_FALSE(d);
    EXPECT_NE(d.error().message.find("pas d'entrée word/document.xml"), std::string::npos)
        << d.error().message;
    const auto direct = io::read_docx(fixture("no_document.docx"), "no_document.docx");
    ASSERT_FALSE(direct);
    EXPECT_EQ(direct.error().message, "entrée word/document.xml : absente de l'archive");
}

TEST(Docx, MalformedXmlIsAnErrorGivingEntryAndLine) {
    const auto d = io::read_document(fixture("malformed.docx"), "malformed.docx");
    ASSERT_FALSE(d);
    EXPECT_EQ(d.error().kind, ErrorKind::format);
    EXPECT_NE(d.error().message.find("entrée word/document.xml : XML mal formé, ligne 3"),
              std::string::npos)
        << d.error().message;
}

TEST(Docx, EntryDeclaringAHugeSizeIsRefusedBeforeDecompression) {
    const auto d = io::read_document(fixture("bomb.docx"), "bomb.docx");
    ASSERT_FALSE(d);
    EXPECT_EQ(d.error().kind, ErrorKind::length);
    EXPECT_NE(d.error().message.find("entrée word/document.xml : décompressée, plus de 64"),
              std::string::npos)
        << d.error().message;
}

TEST(Docx, DecompressedBytesAreCountedAgainstTheLimit) {
    io::DocumentOptions o;
    o.max_uncompressed_bytes = 4096;
    const auto d = io::read_document(fixture("apes_2023.docx"), "apes_2023.docx", o);
    ASSERT_FALSE(d);
    EXPECT_EQ(d.error().kind, ErrorKind::length);
    EXPECT_NE(d.error().message.find("plus de 4\u00A0Kio"), std::string::npos) << d.error().message;
}

TEST(Docx, TooManyEntriesAreRefused) {
    io::DocumentOptions o;
    o.max_entries = 3;
    const auto d = io::read_document(fixture("apes_2023.docx"), "apes_2023.docx", o);
    ASSERT_FALSE(d);
    EXPECT_NE(d.error().message.find("limite de 3 entrées"), std::string::npos)
        << d.error().message;
}

TEST(Docx, NestingDeeperThanTheLimitIsAnError) {
    std::string deep;
    for (int i = 0; i < 300; ++i)
        deep += "<w:sdt><w:sdtContent>";
    deep += "<w:p><w:r><w:t>x</w:t></w:r></w:p>";
    for (int i = 0; i < 300; ++i)
        deep += "</w:sdtContent></w:sdt>";
    const auto d = io::read_document(docx_of(deep), "deep.docx");
    ASSERT_FALSE(d);
    EXPECT_NE(d.error().message.find("plus de 256 niveaux"), std::string::npos)
        << d.error().message;
}

// ---------------------------------------------------------------------------------------------
// ODT

TEST(Odt, ListItemsCarryTheirNumbersAndBullets) {
    const auto d = io::read_document(fixture("list.odt"), "list.odt");
    ASSERT_TRUE(d) << d.error().describe();
    const auto lines = lines_of(*d);
    EXPECT_LT(find_line(lines, "1. transmettre le bilan final ;"), lines.size()) << d->text;
    EXPECT_LT(find_line(lines, "2. rencontrer le Département ;"), lines.size()) << d->text;
    EXPECT_LT(find_line(lines, "- en comité de suivi,"), lines.size()) << d->text;
    EXPECT_LT(find_line(lines, "3. promouvoir l’image du Département."), lines.size()) << d->text;
}

TEST(Odt, SpacesTabsAndLineBreaksAreReadAsTheySay) {
    const auto d = io::read_document(
        odt_of("<text:h>  Titre\n  un</text:h><text:p>a<text:s text:c=\"3\"/>b<text:tab/>c"
               "<text:line-break/>d<text:s text:c=\"999999999\"/></text:p>"),
        "a.odt");
    ASSERT_TRUE(d) << d.error().describe();
    EXPECT_EQ(d->format, DocumentFormat::odt);
    const auto lines = lines_of(*d);
    ASSERT_EQ(lines.size(), 4U) << d->text;
    EXPECT_EQ(lines[0], "Titre un");
    EXPECT_EQ(lines[2], "a   b\tc");
    EXPECT_EQ(lines[3], "d" + std::string(1000, ' ')); // a repeat count is bounded
    EXPECT_EQ(d->lines[3].first_char, 8U);
}

TEST(Odt, TrackedDeletionsAreLeftOutAndReported) {
    const auto d = io::read_document(
        odt_of("<text:tracked-changes><text:changed-region text:id=\"c1\"><text:deletion>"
               "<text:p>50 000 €</text:p></text:deletion></text:changed-region>"
               "<text:changed-region text:id=\"c2\"><text:insertion/></text:changed-region>"
               "</text:tracked-changes><text:p>Montant : <text:change text:change-id=\"c1\"/>"
               "<text:change-start text:change-id=\"c2\"/>57 000 €<text:change-end "
               "text:change-id=\"c2\"/><office:annotation><text:p>à vérifier</text:p>"
               "</office:annotation></text:p>"),
        "a.odt");
    ASSERT_TRUE(d) << d.error().describe();
    EXPECT_EQ(d->text, "Montant : 57 000 €");
    const auto* changes = notice(*d, DocumentNotice::Kind::tracked_changes);
    ASSERT_NE(changes, nullptr);
    EXPECT_EQ(changes->count, 2U);
    EXPECT_EQ(changes->deletions, 1U);
    EXPECT_EQ(changes->excerpt, "50 000 €");
    EXPECT_EQ(changes->first.paragraph, 1U);
    const auto* comments = notice(*d, DocumentNotice::Kind::comments);
    ASSERT_NE(comments, nullptr);
    EXPECT_EQ(comments->excerpt, "à vérifier");
}

TEST(Odt, TableCellsHaveTheirPlace) {
    const auto d = io::read_document(
        odt_of("<table:table><table:table-header-rows><table:table-row><table:table-cell>"
               "<text:p>Code</text:p></table:table-cell></table:table-row>"
               "</table:table-header-rows><table:table-row><table:table-cell><text:p>6568"
               "</text:p></table:table-cell><table:covered-table-cell/><table:table-cell>"
               "<text:p>57 000,00</text:p></table:table-cell></table:table-row></table:table>"),
        "a.odt");
    ASSERT_TRUE(d) << d.error().describe();
    const auto lines = lines_of(*d);
    const auto at = find_line(lines, "57 000,00");
    ASSERT_LT(at, lines.size()) << d->text;
    EXPECT_EQ(d->lines[at].table, 1U);
    EXPECT_EQ(d->lines[at].row, 2U);
    EXPECT_EQ(d->lines[at].cell, 3U);
}

TEST(Odt, ContentWithoutOfficeTextIsAnError) {
    const auto d = io::read_document(
        make_zip({{"mimetype", "application/vnd.oasis.opendocument.text"},
                  {"content.xml", "<office:document-content xmlns:office=\"o\"/>"}}),
        "vide.odt");
    ASSERT_FALSE(d);
    EXPECT_NE(d.error().message.find("entrée content.xml : pas d'élément"), std::string::npos)
        << d.error().message;
}

// ---------------------------------------------------------------------------------------------
// PDF: pdftotext's output, without running it

TEST(PdfOutput, PagesAreSplitAtFormFeedsAndEachLineKnowsItsPage) {
    const auto d = io::pdf_text_from_output(std::string(40, 'a') + "\nsuite page un\n\f" +
                                            std::string(40, 'b') + "\n\f");
    EXPECT_EQ(d.pages, 2U);
    ASSERT_EQ(d.lines.size(), 4U) << d.text;
    EXPECT_EQ(d.lines[0].page, 1U);
    EXPECT_EQ(d.lines[2].page, 2U);
    EXPECT_EQ(d.lines[3].page, 2U);
    EXPECT_TRUE(d.notices.empty());
}

TEST(PdfOutput, LigaturesAreSpeltOutAndInvalidBytesReplaced) {
    const auto d = io::pdf_text_from_output("a\xEF\xAC\x81n du \xEF\xAC\x82ux \xFF\r\f");
    EXPECT_EQ(d.text, "afin du flux \xEF\xBF\xBD ");
}

TEST(PdfOutput, APagesOwnNumberAloneOnItsLastLineIsDropped) {
    const std::string page1 = "Article 1 : une participation\n\n     1\n\f";
    const std::string page2 = "départementale de 57 000 €\n2\n\f";
    const auto d = io::pdf_text_from_output(page1 + page2);
    EXPECT_EQ(d.text, "Article 1 : une participation\n\n\n\fdépartementale de 57 000 €\n\n");
    // A number that is not the page's own stays.
    EXPECT_NE(io::pdf_text_from_output("Texte\n7\n\f").text.find('7'), std::string::npos);
}

TEST(PdfOutput, AlmostNoTextIsAScannedPdf) {
    const auto d = io::pdf_text_from_output("\f\f\f");
    ASSERT_EQ(d.notices.size(), 1U);
    EXPECT_EQ(d.notices[0].kind, DocumentNotice::Kind::no_text);
    EXPECT_EQ(d.notices[0].count, 3U);
    EXPECT_EQ(io::pdf_text_from_output("").notices.at(0).kind, DocumentNotice::Kind::no_text);
}

TEST(PdfOutput, PagesWithoutTextAmongTextPagesAreReported) {
    const std::string text(200, 'x');
    const auto d = io::pdf_text_from_output(text + "\f\f" + text + "\f \f");
    ASSERT_EQ(d.notices.size(), 1U);
    EXPECT_EQ(d.notices[0].kind, DocumentNotice::Kind::pages_no_text);
    EXPECT_EQ(d.notices[0].count, 2U);
    EXPECT_EQ(d.notices[0].first.page, 2U);
}

// ---------------------------------------------------------------------------------------------
// PDF: pdftotext run

TEST(Pdf, MissingPdftotextNamesThePackageToInstall) {
    io::DocumentOptions o;
    o.pdftotext = "pdftotext-absent-de-ce-systeme";
    const auto d = io::read_document(fixture("scanned.pdf"), "a.pdf", o);
    ASSERT_FALSE(d);
    EXPECT_EQ(d.error().kind, ErrorKind::empty);
    EXPECT_NE(d.error().message.find("introuvable"), std::string::npos) << d.error().message;
    EXPECT_NE(d.error().message.find("poppler-utils"), std::string::npos) << d.error().message;
    o.pdftotext = "/nonexistent/pdftotext";
    EXPECT_FALSE(io::read_document(fixture("scanned.pdf"), "a.pdf", o));
}

TEST(Pdf, PdftotextIsStoppedAfterTheTimeout) {
    const std::string script = ::testing::TempDir() + "io_document_test_slow_pdftotext";
    {
        std::ofstream out(script);
        out << "#!/bin/sh\nexec sleep 30\n";
    }
    ASSERT_EQ(::chmod(script.c_str(), 0755), 0);
    io::DocumentOptions o;
    o.pdftotext = script;
    o.pdf_timeout = std::chrono::milliseconds(300);
    const auto d = io::read_document(fixture("scanned.pdf"), "lent.pdf", o);
    ASSERT_FALSE(d);
    EXPECT_NE(d.error().message.find("n'a pas fini en 300 ms"), std::string::npos)
        << d.error().message;
}

TEST(Pdf, OutputBeyondTheLimitStopsPdftotext) {
    REQUIRE_PDFTOTEXT();
    io::DocumentOptions o;
    o.max_pdf_text_bytes = 1000;
    const auto d = io::read_document(fixture("apes_2023.pdf"), "apes_2023.pdf", o);
    ASSERT_FALSE(d);
    EXPECT_EQ(d.error().kind, ErrorKind::length);
}

TEST(Pdf, ScannedPdfIsReportedNotReadAsEmpty) {
    REQUIRE_PDFTOTEXT();
    const auto d = io::read_document(fixture("scanned.pdf"), "scanned.pdf");
    ASSERT_TRUE(d) << d.error().describe();
    EXPECT_EQ(d->pages, 1U);
    ASSERT_NE(notice(*d, DocumentNotice::Kind::no_text), nullptr);
    const std::vector<DocumentText> files{*d};
    const auto x = text::extract(std::span<const DocumentText>(files));
    ASSERT_FALSE(x.findings.empty());
    EXPECT_EQ(x.findings.front().rule, "EXTRACT-PDF-NO-TEXT");
    EXPECT_NE(x.findings.front().message(compliance::Lang::fr).find("OCR"), std::string::npos);
}

TEST(Pdf, EncryptedAndTruncatedPdfsAreErrorsQuotingPdftotext) {
    REQUIRE_PDFTOTEXT();
    const auto e = io::read_document(fixture("encrypted.pdf"), "encrypted.pdf");
    ASSERT_FALSE(e);
    EXPECT_NE(e.error().message.find("Incorrect password"), std::string::npos) << e.error().message;
    const auto t = io::read_document(fixture("truncated.pdf"), "truncated.pdf");
    ASSERT_FALSE(t);
    EXPECT_NE(t.error().message.find("pdftotext a échoué"), std::string::npos) << t.error().message;
}

// ---------------------------------------------------------------------------------------------
// The seed dossier in each format

struct Seed {
    text::Extraction x;
    std::vector<DocumentText> files;
};

Seed extract_fixture(std::string_view name) {
    Seed s;
    const auto d = io::read_document(fixture(name), name);
    EXPECT_TRUE(d) << d.error().describe();
    if (d)
        s.files.push_back(*d);
    s.x = text::extract(std::span<const DocumentText>(s.files));
    return s;
}

std::vector<std::string> finding_keys(const text::Extraction& x, bool with_lines) {
    std::vector<std::string> out;
    for (const auto& f : x.findings)
        out.push_back(f.rule + " " + std::string(compliance::to_string(f.severity)) + " " +
                      f.location.path + " " + (with_lines ? f.location.section : "") + " " +
                      f.location.text + " " + f.message(compliance::Lang::fr));
    return out;
}

std::vector<std::string> diagnostic_keys(const Dossier& d) {
    std::vector<std::string> keys;
    for (const auto& x : compliance::check(d).diagnostics)
        keys.push_back(x.rule + " " + std::string(compliance::to_string(x.severity)) + " " +
                       std::string(to_string(x.location.document)) + " " + x.location.path + " " +
                       x.message(compliance::Lang::fr));
    return keys;
}

/// The text a span covers, white space collapsed (`text`'s lines separated by '\n').
std::string covered(std::string_view text, const text::Span& s) {
    std::vector<std::string_view> lines;
    for (std::size_t b = 0;;) {
        const auto e = text.find('\n', b);
        lines.push_back(
            text.substr(b, e == std::string_view::npos ? std::string_view::npos : e - b));
        if (e == std::string_view::npos)
            break;
        b = e + 1;
    }
    std::string raw;
    for (std::uint32_t l = s.first_line; l <= s.last_line && l - 1 < lines.size(); ++l) {
        std::string_view line = lines[l - 1];
        if (l == s.last_line)
            line = line.substr(0, s.last_column);
        if (l == s.first_line)
            line = line.substr(std::min<std::size_t>(s.first_column - 1, line.size()));
        raw.append(line).append(" ");
    }
    std::string out;
    for (const char c : raw) {
        const bool space = c == ' ' || c == '\t' || c == '\f' || c == '\r';
        if (space && (out.empty() || out.back() == ' '))
            continue;
        out += space ? ' ' : c;
    }
    while (!out.empty() && out.back() == ' ')
        out.pop_back();
    return out;
}

void expect_same_as_text(std::string_view name) {
    const auto txt = text::extract(subvention::testing::seed_text());
    const Seed doc = extract_fixture(name);
    const auto diffs =
        subvention::testing::json_diff(io::to_json(txt.dossier), io::to_json(doc.x.dossier));
    EXPECT_TRUE(diffs.empty()) << name << ": " << diffs.size() << " differing leaves:\n"
                               << subvention::testing::describe(diffs);
    EXPECT_EQ(finding_keys(doc.x, false), finding_keys(txt, false)) << name;
    EXPECT_EQ(diagnostic_keys(doc.x.dossier), diagnostic_keys(txt.dossier)) << name;
    EXPECT_EQ(doc.x.documents, txt.documents);
    ASSERT_EQ(doc.x.spans.size(), txt.spans.size());
    for (std::size_t i = 0; i < txt.spans.size(); ++i) {
        EXPECT_EQ(doc.x.spans[i].path, txt.spans[i].path);
        // Line numbers differ where the text has several blank lines in a row (one empty
        // line separates paragraphs); the span covers the same words.
        EXPECT_EQ(covered(doc.files.at(0).text, doc.x.spans[i].span),
                  covered(subvention::testing::seed_text(), txt.spans[i].span))
            << doc.x.spans[i].path;

        EXPECT_TRUE(doc.x.spans[i].place) << doc.x.spans[i].path;
    }
}

TEST(SeedDocument, DocxGivesTheDossierFindingsAndSpannedWordsOfTheText) {
    expect_same_as_text("apes_2023.docx");
}

TEST(SeedDocument, OdtGivesTheDossierFindingsAndSpannedWordsOfTheText) {
    expect_same_as_text("apes_2023.odt");
}

TEST(SeedDocument, PdfGivesTheDossierFindingsAndSpannedWordsOfTheText) {
    REQUIRE_PDFTOTEXT();
    expect_same_as_text("apes_2023.pdf");
}

TEST(SeedDocument, DocxSpansPointAtTheCharactersOfTheirParagraph) {
    const Seed s = extract_fixture("apes_2023.docx");
    ASSERT_EQ(s.files.size(), 1U);
    const auto lines = lines_of(s.files[0]);
    std::size_t checked = 0;
    for (const auto& f : s.x.spans) {
        ASSERT_TRUE(f.place) << f.path;
        EXPECT_EQ(f.place->file, 1U);
        EXPECT_EQ(f.place->format, DocumentFormat::docx);
        if (f.span.first_line != f.span.last_line || f.place->last_char == 0)
            continue;
        const auto& line = lines.at(f.span.first_line - 1);
        const auto& origin = s.files[0].lines.at(f.span.first_line - 1);
        EXPECT_EQ(f.place->paragraph, origin.paragraph);
        // The fact's bytes in the line are its characters in the paragraph.
        const std::string bytes =
            line.substr(f.span.first_column - 1, f.span.last_column - f.span.first_column + 1);
        std::size_t cp = origin.first_char, b = 0;
        std::string chars;
        for (; b < line.size(); ++b) {
            if ((static_cast<unsigned char>(line[b]) & 0xC0U) != 0x80U)
                ++cp;
            if (cp >= f.place->first_char && cp <= f.place->last_char)
                chars += line[b];
        }
        EXPECT_EQ(chars, bytes) << f.path;
        ++checked;
    }
    EXPECT_GT(checked, 50U);
}

TEST(SeedDocument, PdfSpansNameTheirPage) {
    REQUIRE_PDFTOTEXT();
    const Seed s = extract_fixture("apes_2023.pdf");
    ASSERT_FALSE(s.x.spans.empty());
    for (const auto& f : s.x.spans) {
        ASSERT_TRUE(f.place) << f.path;
        EXPECT_GE(f.place->page, 1U);
        EXPECT_LE(f.place->page, s.files.at(0).pages);
        EXPECT_EQ(f.place->paragraph, 0U);
    }
    EXPECT_EQ(s.x.spans.front().place->page, 1U);
    EXPECT_GT(s.x.spans.back().place->page, 1U);
}

TEST(SeedDocument, TextAndDocumentFilesMixInOneDossier) {
    // The rapport and convention as text, after the délibération's page in Word: spans of the
    // text file have no place.
    const auto d = io::read_document(docx_of("<w:p><w:r><w:t>x</w:t></w:r></w:p>"), "a.docx");
    ASSERT_TRUE(d);
    const auto t = io::read_document(subvention::testing::seed_text(), "apes.txt");
    ASSERT_TRUE(t);
    const std::vector<DocumentText> files{d.value(), t.value()};
    const auto x = text::extract(std::span<const DocumentText>(files));
    ASSERT_FALSE(x.spans.empty());
    for (const auto& f : x.spans)
        EXPECT_FALSE(f.place) << f.path;
    EXPECT_EQ(x.documents.size(), 3U);
}

} // namespace

} // namespace test_io_document_test
