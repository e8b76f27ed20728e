// Text extraction on hostile or unusual input: the size of the result stays proportional to
// the text (a sentence holding thousands of cross-references), any article number opens an
// article.
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

namespace {

using namespace subvention;

const std::string& seed_text() {
    static const std::string text = [] {
        const std::filesystem::path p =
            std::filesystem::path(SUBVENTION_TEST_DATA_DIR) / "text" / "apes_2023.txt";
        std::ifstream in(p, std::ios::binary);
        return std::string{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    }();
    return text;
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
    const std::string json = to_json(x.dossier);
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

} // namespace
