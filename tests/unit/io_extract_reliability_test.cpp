// SPDX-License-Identifier: Apache-2.0
// Text extraction on hostile or unusual input: the size of the result stays proportional to
// the text (a sentence holding thousands of cross-references), any article number opens an
// article, and a file that is not UTF-8 is converted (Windows-1252, UTF-16) or refused when it
// is not text (PDF), each with its finding.
#include <algorithm>
#include <array>
#include <cstddef>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <span>
#include <string>
#include <string_view>

#include <gtest/gtest.h>

#include <subvention/dossier.hpp>
#include <subvention/examples/apes_2023.hpp>
#include <subvention/io/json.hpp>
#include <subvention/text/extract.hpp>

#include "support/seed_text.hpp"

// Each suite in its own namespace: the suites of a group are compiled together (unity build).
namespace test_io_extract_reliability_test {

namespace {

using namespace subvention;

using subvention::testing::seed_text;

const compliance::Diagnostic* finding(const text::Extraction& x, std::string_view rule) {
    const auto it = std::find_if(x.findings.begin(), x.findings.end(),
                                 [&](const auto& f) { return f.rule == rule; });
    return it == x.findings.end() ? nullptr : &*it;
}

std::string fact(const compliance::Diagnostic& d, std::string_view key) {
    for (const auto& f : d.facts)
        if (f.key == key)
            return f.value;
    return {};
}

/// Decodes UTF-8 (valid by construction here).
std::u32string decode(std::string_view s) {
    std::u32string out;
    for (std::size_t i = 0; i < s.size();) {
        const auto b = static_cast<unsigned char>(s[i]);
        const std::size_t n = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
        char32_t cp = n == 1 ? b : b & (0x7F >> n);
        for (std::size_t k = 1; k < n; ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
        out += cp;
        i += n;
    }
    return out;
}

/// The seed as Windows-1252 (every character of the seed exists in it), what a Word export
/// « Texte brut » with the Windows code page gives.
std::string to_cp1252(std::string_view utf8) {
    static constexpr char32_t high[32] = {
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};
    std::string out;
    for (const char32_t c : decode(utf8)) {
        if (c < 0x80 || (c >= 0xA0 && c <= 0xFF)) {
            out += static_cast<char>(c);
            continue;
        }
        const auto* it = std::find(std::begin(high), std::end(high), c);
        EXPECT_NE(it, std::end(high)) << "not in Windows-1252: U+" << std::hex << +c;
        out += static_cast<char>(0x80 + (it - std::begin(high)));
    }
    return out;
}

std::string to_utf16le_with_bom(std::string_view utf8) {
    std::string out = "\xFF\xFE";
    auto unit = [&](char32_t u) {
        out += static_cast<char>(u & 0xFF);
        out += static_cast<char>(u >> 8);
    };
    for (const char32_t c : decode(utf8)) {
        if (c < 0x10000) {
            unit(c);
        } else {
            unit(0xD800 + ((c - 0x10000) >> 10));
            unit(0xDC00 + ((c - 0x10000) & 0x3FF));
        }
    }
    return out;
}

// --- Size of the result ------------------------------------------------------------------------

TEST(ExtractReliability, ThousandsOfReferencesInOneSentenceKeepTheOutputProportional) {
    const std::string anchor = "fixée à l\u2019article 3, et";
    std::string text = seed_text();
    const auto at = text.find(anchor);
    ASSERT_NE(at, std::string::npos);
    std::string many;
    for (int i = 0; i < 3000; ++i)
        many += "conformément à l\u2019article 2, ";
    text.replace(at, anchor.size(), "fixée à l\u2019article 3, " + many + "et");

    const auto x = text::extract(text);
    ASSERT_TRUE(x.dossier.convention);
    const auto& refs = x.dossier.convention->cross_references;
    ASSERT_GE(refs.size(), 3000U);
    const std::string json = io::to_json(x.dossier);
    // Each reference quotes the clause around it, not the sentence of 100 kB: a mention of 33
    // bytes becomes one JSON object of about 300 (quoting the sentence, 2 300 times the text).
    EXPECT_LE(json.size(), 10 * text.size()) << json.size() << " bytes for " << text.size();
    std::size_t longest = 0;
    for (const auto& r : refs)
        longest = std::max(longest, r.source.text.size());
    EXPECT_LE(longest, 400U);
    const auto& middle = refs[1500].source.text;
    EXPECT_EQ(middle, "\u2026 conformément à l\u2019article 2 \u2026");
}

TEST(ExtractReliability, ALongSentenceQuotesTheClauseAroundTheReference) {
    std::string filler;
    for (int i = 0; i < 40; ++i)
        filler += "des actions utiles ";
    const std::string text = "CONVENTION\n"
                             "Article 1 : Objet\n"
                             "Le bénéficiaire mène " +
                             filler + "; il rend compte du bilan prévu à l\u2019article 2, " +
                             filler +
                             ".\n"
                             "Article 2 : Bilan\n"
                             "Le bilan est transmis.\n";
    const auto x = text::extract(text);
    ASSERT_TRUE(x.dossier.convention);
    ASSERT_EQ(x.dossier.convention->cross_references.size(), 1U);
    const auto& r = x.dossier.convention->cross_references[0];
    EXPECT_EQ(r.source.text, "\u2026 il rend compte du bilan prévu à l\u2019article 2 \u2026");
    EXPECT_EQ(r.subject, ConventionSubject::final_report);
}

TEST(ExtractReliability, ArticleNumbersOfFourDigitsOpenAnArticle) {
    const std::string text = "CONVENTION\n"
                             "Article 999 : Objet\n"
                             "La présente convention a un objet.\n"
                             "Article 1000 : Durée\n"
                             "La convention dure un an.\n"
                             "Article 123456 : Montant\n"
                             "Le montant est fixé.\n";
    const auto x = text::extract(text);
    ASSERT_TRUE(x.dossier.convention);
    const auto& articles = x.dossier.convention->articles;
    ASSERT_EQ(articles.size(), 3U);
    EXPECT_EQ(articles[0].number, 999U);
    EXPECT_EQ(articles[1].number, 1000U);
    EXPECT_EQ(articles[1].title, "Durée");
    EXPECT_EQ(articles[2].number, 123456U);
    EXPECT_TRUE(x.dossier.convention->cross_references.empty());
}

// --- Encodings ---------------------------------------------------------------------------------

TEST(ExtractEncoding, Utf8SeedReportsNoEncoding) {
    const auto x = text::extract(seed_text());
    EXPECT_EQ(finding(x, "EXTRACT-ENCODING"), nullptr);
    EXPECT_EQ(finding(x, "EXTRACT-NOT-TEXT"), nullptr);
}

TEST(ExtractEncoding, Utf8ByteOrderMarkIsIgnored) {
    const auto x = text::extract("\xEF\xBB\xBF" + seed_text());
    EXPECT_EQ(x.dossier, examples::apes_2023());
    EXPECT_EQ(finding(x, "EXTRACT-ENCODING"), nullptr);
}

TEST(ExtractEncoding, Windows1252SeedExtractsToTheSameDossierWithAWarning) {
    const std::string cp1252 = to_cp1252(seed_text());
    ASSERT_NE(cp1252, seed_text());
    const auto x = text::extract(cp1252);
    EXPECT_EQ(x.dossier, examples::apes_2023());
    const auto* f = finding(x, "EXTRACT-ENCODING");
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->severity, compliance::Severity::warning);
    EXPECT_EQ(fact(*f, "encoding"), "Windows-1252");
    // The first byte that is not UTF-8 is on the line of the first accented letter.
    const auto first_high = std::find_if(
        cp1252.begin(), cp1252.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
    const auto line = 1 + std::count(cp1252.begin(), first_high, '\n');
    EXPECT_EQ(fact(*f, "line"), std::to_string(line));
    EXPECT_NE(f->message_fr.find("Windows-1252"), std::string::npos);
    EXPECT_NE(f->message_fr.find("ligne " + std::to_string(line)), std::string::npos);
    // Otherwise the same findings as the UTF-8 text.
    const auto utf8 = text::extract(seed_text());
    auto rules = [](const text::Extraction& e) {
        std::vector<std::string> r;
        for (const auto& d : e.findings)
            if (d.rule != "EXTRACT-ENCODING")
                r.push_back(d.rule);
        return r;
    };
    EXPECT_EQ(rules(x), rules(utf8));
    EXPECT_EQ(x.documents, utf8.documents);
}

TEST(ExtractEncoding, Iso885915IsToldFromWindows1252ByItsEuroSign) {
    // « 57 000 € » and « œuvre » in ISO-8859-15: € is 0xA4, œ is 0xBD.
    const auto x =
        text::extract("CONVENTION\nArticle 1 : Objet\nMise en \xBDuvre : 57 000 \xA4.\n");
    const auto* f = finding(x, "EXTRACT-ENCODING");
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(fact(*f, "encoding"), "ISO-8859-15");
    EXPECT_EQ(fact(*f, "line"), "3");
    ASSERT_TRUE(x.dossier.convention);
}

TEST(ExtractEncoding, Utf16WithByteOrderMarkIsConverted) {
    const auto x = text::extract(to_utf16le_with_bom(seed_text()));
    EXPECT_EQ(x.dossier, examples::apes_2023());
    const auto* f = finding(x, "EXTRACT-ENCODING");
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(fact(*f, "encoding"), "UTF-16LE");
    EXPECT_EQ(finding(x, "EXTRACT-NO-DOCUMENT"), nullptr);
}

TEST(ExtractEncoding, Utf16WithoutByteOrderMarkIsRecognisedByItsZeroBytes) {
    std::string be;
    for (const char c : std::string_view("CONVENTION\nArticle 1 : Objet\nTexte.\n")) {
        be += '\0';
        be += c;
    }
    const auto x = text::extract(be);
    const auto* f = finding(x, "EXTRACT-ENCODING");
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(fact(*f, "encoding"), "UTF-16BE");
    EXPECT_TRUE(x.dossier.convention);
}

TEST(ExtractEncoding, PdfIsNamedAsAPdf) {
    const auto x = text::extract(std::string_view("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<<>>\n"
                                                  "DELIBERATION DE LA COMMISSION PERMANENTE\n"));
    const auto* f = finding(x, "EXTRACT-NOT-TEXT");
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->severity, compliance::Severity::warning);
    EXPECT_EQ(fact(*f, "format"), "pdf");
    EXPECT_NE(f->message_fr.find("le fichier est un PDF : convertissez-le en texte (pdftotext)"),
              std::string::npos);
    EXPECT_TRUE(x.documents.empty());
    EXPECT_NE(finding(x, "EXTRACT-NO-DOCUMENT"), nullptr);
    EXPECT_EQ(finding(x, "EXTRACT-ENCODING"), nullptr);
}

TEST(ExtractEncoding, BinaryDataIsNotText) {
    const std::string bytes("\x7F"
                            "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0\x3E\0",
                            20);
    const auto x = text::extract(bytes);
    const auto* f = finding(x, "EXTRACT-NOT-TEXT");
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(fact(*f, "format"), "binary");
}

TEST(ExtractEncoding, AmongSeveralFilesTheFindingNamesTheFile) {
    const std::string seed = seed_text();
    const auto split = seed.find("\nRAPPORT N");
    ASSERT_NE(split, std::string::npos);
    const std::string first = seed.substr(0, split + 1);
    const std::string second = to_cp1252(seed.substr(split + 1));
    const std::array<std::string_view, 2> files{first, second};
    const auto x = text::extract(std::span<const std::string_view>(files));
    const auto* f = finding(x, "EXTRACT-ENCODING");
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(fact(*f, "file"), "2");
    EXPECT_TRUE(f->message_fr.starts_with("fichier n° 2 : ")) << f->message_fr;
    EXPECT_TRUE(x.dossier.rapport);
}

} // namespace

} // namespace test_io_extract_reliability_test
