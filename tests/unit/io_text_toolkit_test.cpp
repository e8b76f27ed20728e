// SPDX-License-Identifier: Apache-2.0
// Tests of the extractors' text toolkit (src/text/toolkit.hpp): folding with a map back to the
// printed text, folded searches on word boundaries, trimming, quotes, bullets, sentence and
// clause ends, numbers.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include <gtest/gtest.h>

#include "../../src/text/toolkit.hpp"

// Each suite in its own namespace: the suites of a group are compiled together (unity build).
namespace test_io_text_toolkit_test {

namespace {

namespace td = subvention::text::detail;
using td::Separators;

/// The printed text a folded range [kb, ke) comes from.
std::string printed_of(std::string_view printed, const td::FoldedText& f, std::size_t kb,
                       std::size_t ke) {
    const std::size_t b = f.printed(kb);
    const std::size_t e = ke == 0 ? b : f.end[ke - 1];
    return std::string(printed.substr(b, e - b));
}

// --- folding ----------------------------------------------------------------------------------

TEST(TextToolkitFold, AccentsCaseAndLigaturesFoldToUpperAscii) {
    EXPECT_EQ(td::fold("Période œuvre Straße"), "PERIODE OEUVRE STRASSE");
    EXPECT_EQ(td::fold("e\xCC\x81t\xC3\xA9"), "ETE"); // decomposed and composed « é »
}

TEST(TextToolkitFold, DegreeSignReadsAsTheLetterO) {
    EXPECT_EQ(td::fold("N° 12"), td::fold("No 12"));
}

TEST(TextToolkitFold, CollapseJoinsSpacesAndHyphensIntoOneSpaceAndDropsThemAtTheEnds) {
    EXPECT_EQ(td::fold("  Pas-de\xE2\x80\x91\xC2\xA0"
                       "Calais  "),
              "PAS DE CALAIS");
}

TEST(TextToolkitFold, KeepWritesEachSpaceAndEachHyphen) {
    EXPECT_EQ(td::fold("Article 2 - Objet", Separators::keep), "ARTICLE 2 - OBJET");
    EXPECT_EQ(td::fold("a\xC2\xA0\xE2\x80\x91 b", Separators::keep), "A - B");
}

TEST(TextToolkitFold, AsSpacesWritesEachHyphenAsASpace) {
    EXPECT_EQ(td::fold(" ci-annexé", Separators::as_spaces), " CI ANNEXE");
}

TEST(TextToolkitFold, ApostrophesAreUnifiedAndInvisibleCharactersDropped) {
    EXPECT_EQ(td::fold("d\xE2\x80\x99\xC3\xA9lu"), "D'ELU");
    EXPECT_EQ(td::fold("mon\xC2\xADtant\xE2\x80\x8B"), "MONTANT"); // soft hyphen, zero width
}

TEST(TextToolkitFold, InvalidUtf8BytesAreKeptAsTheyAre) {
    EXPECT_EQ(td::fold("a\xFF"
                       "b"),
              "A\xFF"
              "B");
    EXPECT_EQ(td::fold("a \xC3"), "A \xC3"); // a character cut by the end
}

TEST(TextToolkitFold, MaxBytesFoldsTheCodePointsStartingBeforeIt) {
    EXPECT_EQ(td::fold("éte", Separators::collapse, 1), "E"); // « é » starts at 0, ends at 2
    EXPECT_EQ(td::fold("abc", Separators::collapse, 2), "AB");
}

TEST(TextToolkitFoldWithOffsets, EveryKeyByteMapsToThePrintedCharacterItComesFrom) {
    const std::string printed = "L\xE2\x80\x99\xC5\x93uvre \xC3\xA9t\xC3\xA9";
    const auto f = td::fold_with_offsets(printed);
    ASSERT_EQ(f.key, "L'OEUVRE ETE");
    ASSERT_EQ(f.begin.size(), f.key.size());
    ASSERT_EQ(f.end.size(), f.key.size());
    EXPECT_EQ(printed_of(printed, f, 1, 2), "\xE2\x80\x99");       // the typographic apostrophe
    EXPECT_EQ(printed_of(printed, f, 2, 4), "\xC5\x93");           // « OE » ← « œ »
    EXPECT_EQ(printed_of(printed, f, 9, 12), "\xC3\xA9t\xC3\xA9"); // « ETE »
    EXPECT_EQ(f.printed(f.key.size()), printed.size());
}

TEST(TextToolkitFoldWithOffsets, ACollapsedSeparatorMapsToTheStartOfTheNextCharacter) {
    const std::string printed = "a \xC2\xA0- b";
    const auto f = td::fold_with_offsets(printed);
    ASSERT_EQ(f.key, "A B");
    EXPECT_EQ(f.begin[1], printed.size() - 1);
    EXPECT_EQ(f.end[1], printed.size() - 1);
    EXPECT_EQ(f.begin[2], printed.size() - 1);
}

TEST(TextToolkitFoldWithOffsets, KeptSeparatorsMapToTheirOwnCharacter) {
    const std::string printed = "a\xC2\xA0"
                                "b";
    const auto f = td::fold_with_offsets(printed, Separators::keep);
    ASSERT_EQ(f.key, "A B");
    EXPECT_EQ(printed_of(printed, f, 1, 2), "\xC2\xA0");
}

TEST(TextToolkitFoldWithOffsets, AnInvalidByteMapsToItself) {
    const std::string printed = "x\xFFy";
    const auto f = td::fold_with_offsets(printed);
    ASSERT_EQ(f.key, "X\xFFY");
    EXPECT_EQ(printed_of(printed, f, 1, 2), "\xFF");
}

TEST(TextToolkitStartsFolded, ComparesTheFoldedBeginning) {
    EXPECT_TRUE(td::starts_folded("Axe 2 : Économie", "AXE "));
    EXPECT_FALSE(td::starts_folded("Taxe 2", "AXE"));
}

// --- labels and searches -----------------------------------------------------------------------

TEST(TextToolkitMatchLabel, GivesTheOffsetPastTheLabelItsSpacesAndOneColon) {
    const std::string_view t = "Secrétaire : Mme X";
    EXPECT_EQ(td::match_label(t, "SECRETAIRE"), t.find("Mme"));
}

TEST(TextToolkitMatchLabel, ALabelEndingWithADigitEndsAtAWordEnd) {
    EXPECT_FALSE(td::match_label("Article 12 : x", "Article 1"));
    EXPECT_TRUE(td::match_label("Article 1 : x", "Article 1"));
}

TEST(TextToolkitMatchLabel, InvalidUtf8InTheLabelPartIsNoMatch) {
    EXPECT_FALSE(td::match_label("Se\xFF"
                                 "cretaire",
                                 "Secretaire"));
}

TEST(TextToolkitFindFolded, FindsTheNeedleAtAWordStartIgnoringAccentsAndCase) {
    const std::string_view t = "la Commission Permanente";
    EXPECT_EQ(td::find_folded(t, "commission permanente"), 3u);
    EXPECT_FALSE(td::find_folded("Souscommission", "commission"));
    EXPECT_FALSE(td::find_folded("abc", ""));
}

TEST(TextToolkitFindWord, WholeWordsUnlessPrefix) {
    EXPECT_EQ(td::find_word("LE SOLDE EST", "SOLDE"), 3u);
    EXPECT_EQ(td::find_word("LE SOLDER", "SOLDE"), std::string_view::npos);
    EXPECT_EQ(td::find_word("MONTANT PLAFONNEE", "PLAFONN", 0, td::WordEnd::prefix), 8u);
    EXPECT_EQ(td::find_word("XSOLDE SOLDE", "SOLDE", 0), 7u);
}

TEST(TextToolkitFindWord, ANonAsciiByteIsAWordCharacter) {
    EXPECT_EQ(td::find_word("\xC2\xAB"
                            "SOLDE",
                            "SOLDE"),
              std::string_view::npos);
}

TEST(TextToolkitFindWordStart, GivesThePrintedRangeAndAllowsAnyEnd) {
    const std::string printed = "attribuée au titre de l'année";
    const auto f = td::fold_with_offsets(printed);
    const auto m = td::find_word_start(f, "AU TITRE DE");
    ASSERT_TRUE(m);
    EXPECT_EQ(printed.substr(m->begin, m->end - m->begin), "au titre de");
    EXPECT_TRUE(td::find_word_start(f, "ANN"));
    EXPECT_FALSE(td::find_word_start(f, "TRIBUEE"));
}

TEST(TextToolkitFindWordStart, StartsAtThePrintedOffsetFrom) {
    const std::string printed = "avis, avis";
    const auto f = td::fold_with_offsets(printed);
    const auto m = td::find_word_start(f, "AVIS", 1);
    ASSERT_TRUE(m);
    EXPECT_EQ(m->begin, 6u);
}

// --- trimming and quotes -----------------------------------------------------------------------

TEST(TextToolkitStripTerminalPunct, RemovesTrailingMarksAndTheSpacesBetweenThem) {
    EXPECT_EQ(td::strip_terminal_punct("  la convention ; . "), "la convention");
    EXPECT_EQ(td::strip_terminal_punct("Art. 3 :"), "Art. 3");
    EXPECT_EQ(td::strip_terminal_punct("etc !"), "etc !");
    EXPECT_EQ(td::strip_terminal_punct(" ;,"), "");
}

TEST(TextToolkitQuoted, FirstOrLastClosingMark) {
    const std::string_view t = "le « A » et « B » ";
    EXPECT_EQ(td::quoted_text(t), "A");
    EXPECT_EQ(td::quoted_text(t, 0, td::QuoteClose::last), "A » et « B");
    EXPECT_EQ(td::quoted_text(t, 6), "B");
    EXPECT_FALSE(td::quoted_text("« sans fin"));
}

// --- bullets, sentences, axes --------------------------------------------------------------------

TEST(TextToolkitBulletAt, RecognisesPrintedBulletGlyphsAndDashesFollowedByABlank) {
    EXPECT_EQ(td::bullet_at("\xE2\x80\xA2texte", 0), 3u);
    EXPECT_EQ(td::bullet_at("- texte", 0), 1u);
    EXPECT_EQ(td::bullet_at("*", 0), 1u);
    EXPECT_EQ(td::bullet_at("-texte", 0), 0u);
    EXPECT_EQ(td::bullet_at("x \xE2\x9E\xA2 y", 2), 3u);
}

TEST(TextToolkitBulletLength, CountsTheMarkAndOneSpaceALoneMarkButNotADashGluedToAWord) {
    EXPECT_EQ(td::bullet_length("- texte"), 2u);
    EXPECT_EQ(td::bullet_length("-"), 1u);
    EXPECT_EQ(td::bullet_length("-texte"), 0u);
    EXPECT_EQ(td::bullet_length("\xEF\x82\xB7texte"), 3u); // a Wingdings glyph glued to its word
    EXPECT_EQ(td::bullet_length("texte"), 0u);
}

TEST(TextToolkitEnds, SentenceEndsIncludeTheEllipsisClauseEndsTheSemicolon) {
    EXPECT_TRUE(td::ends_sentence("fin. "));
    EXPECT_TRUE(td::ends_sentence("et ainsi de suite\xE2\x80\xA6"));
    EXPECT_FALSE(td::ends_sentence("premier point ;"));
    EXPECT_TRUE(td::ends_sentence(""));
    EXPECT_TRUE(td::ends_clause("premier point ;"));
    EXPECT_FALSE(td::ends_clause("et ainsi de suite\xE2\x80\xA6"));
    EXPECT_FALSE(td::ends_clause(""));
}

TEST(TextToolkitStartsCapitalOrDigit, LooksAtTheFirstCharacter) {
    EXPECT_TRUE(td::starts_capital_or_digit("Élu"));
    EXPECT_TRUE(td::starts_capital_or_digit("3 élus"));
    EXPECT_FALSE(td::starts_capital_or_digit("élu"));
    EXPECT_FALSE(td::starts_capital_or_digit("\xC2\xAB X"));
}

TEST(TextToolkitIsAxisLine, AxeOneSpaceAndADigit) {
    for (const auto accents : {td::Accents::ignored, td::Accents::significant}) {
        EXPECT_TRUE(td::is_axis_line("Axe 2 : Économie", accents));
        EXPECT_TRUE(td::is_axis_line("AXE 12", accents));
        EXPECT_FALSE(td::is_axis_line("Axe - 2", accents));
        EXPECT_FALSE(td::is_axis_line("Axes 2", accents));
        EXPECT_FALSE(td::is_axis_line("Axe prioritaire", accents));
        EXPECT_FALSE(td::is_axis_line("Ax", accents));
    }
}

TEST(TextToolkitIsAxisLine, AnAccentedAxeCountsOnlyWhenAccentsAreIgnored) {
    EXPECT_TRUE(td::is_axis_line("Axé 1 : Parcours", td::Accents::ignored));
    EXPECT_FALSE(td::is_axis_line("Axé 1 : Parcours", td::Accents::significant));
}

// --- numbers
// ---------------------------------------------------------------------------------------

TEST(TextToolkitCountAt, FiguresOrWordsEndingAtAWordEnd) {
    EXPECT_EQ(td::count_at("DANS LES 3 MOIS", 9), 3u);
    EXPECT_EQ(td::count_at("DEUX REUNIONS", 0), 2u);
    EXPECT_EQ(td::count_at("UNE FOIS", 0), 1u);
    EXPECT_FALSE(td::count_at("3EME", 0));
    EXPECT_FALSE(td::count_at("UNIQUE", 0));
}

TEST(TextToolkitNumberTokenAt, DigitsAndHyphensWithoutTrailingHyphens) {
    EXPECT_EQ(td::number_token_at("n° 2014-856 du", 4), "2014-856");
    EXPECT_EQ(td::number_token_at("12- x", 0), "12");
    EXPECT_EQ(td::number_token_at("abc", 0), "");
    EXPECT_EQ(td::number_token_at("abc", 9), "");
}

TEST(TextToolkitAllDigits, NonEmptyAndOnlyAsciiDigits) {
    EXPECT_TRUE(td::all_digits("2023"));
    EXPECT_FALSE(td::all_digits(""));
    EXPECT_FALSE(td::all_digits("20 23"));
}

} // namespace

} // namespace test_io_text_toolkit_test
