// SPDX-License-Identifier: Apache-2.0
// Tests of text/extract.hpp core: normalisation, document splitting, shared helpers, the
// deliberation extractor (against examples::apes_2023()), and robustness on text that is not a
// dossier (a novel, random bytes, an empty file, a 50 MB input).
#include <algorithm>
#include <array>
#include <cstdint>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <subvention/examples/apes_2023.hpp>
#include <subvention/io/json.hpp>
#include <subvention/text/extract.hpp>

#include "../../src/text/extract_internal.hpp"

// Each suite in its own namespace: the suites of a group are compiled together (unity build).
namespace test_io_extract_test {

namespace {

using namespace subvention;
using namespace subvention::text;
namespace td = subvention::text::detail;

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string seed_text() {
    static const std::string text = read_file(SUBVENTION_TEST_DATA_DIR "/text/apes_2023.txt");
    return text;
}

/// Every leaf of `a` and `b` that differs, as « /json/pointer: a ≠ b ».
void leaf_diff(const nlohmann::json& a, const nlohmann::json& b, const std::string& path,
               std::vector<std::string>& out) {
    if (a.is_object() && b.is_object()) {
        for (const auto& [k, v] : a.items())
            leaf_diff(v, b.contains(k) ? b.at(k) : nlohmann::json(), path + "/" + k, out);
        for (const auto& [k, v] : b.items())
            if (!a.contains(k))
                leaf_diff(nlohmann::json(), v, path + "/" + k, out);
        return;
    }
    if (a.is_array() && b.is_array()) {
        const auto n = std::max(a.size(), b.size());
        for (std::size_t i = 0; i < n; ++i)
            leaf_diff(i < a.size() ? a.at(i) : nlohmann::json(),
                      i < b.size() ? b.at(i) : nlohmann::json(), path + "/" + std::to_string(i),
                      out);
        return;
    }
    if (a != b)
        out.push_back(path + ": extracted " + a.dump() + " != expected " + b.dump());
}

std::vector<std::string> deliberation_diff(const Deliberation& extracted,
                                           const Deliberation& expected) {
    Dossier x;
    x.deliberation = extracted;
    Dossier e;
    e.deliberation = expected;
    std::vector<std::string> out;
    leaf_diff(nlohmann::json::parse(io::to_json(x)), nlohmann::json::parse(io::to_json(e)), "",
              out);
    return out;
}

std::vector<td::Line> lines_of(std::string_view text) {
    return td::normalise_text(text, 1);
}

// ---------------------------------------------------------------------------------------------
// Normalisation

TEST(ExtractNormalise, NoBreakSpacesTabsAndRunsOfSpacesBecomeOneSpace) {
    EXPECT_EQ(td::normalise_line("  57\xE2\x80\xAF"
                                 "000,00\xC2\xA0\xE2\x82\xAC\t\tpour  l'ann\xC3\xA9"
                                 "e  "),
              "57 000,00 \xE2\x82\xAC pour l'ann\xC3\xA9"
              "e");
    EXPECT_EQ(td::normalise_line("\f  Article 2     :"), "Article 2 :");
    EXPECT_EQ(td::normalise_line("   "), "");
    EXPECT_EQ(td::normalise_line("a\xC2\xAD"
                                 "b"),
              "ab"); // soft hyphen dropped
}

TEST(ExtractNormalise, BulletsBecomeADashAndASpace) {
    EXPECT_EQ(td::normalise_line("\xE2\x80\xA2 Soutien"), "- Soutien"); // •
    EXPECT_EQ(td::normalise_line("\xE2\x9E\xA2Soutien"), "- Soutien");  // ➢ glued
    EXPECT_EQ(td::normalise_line("  -   Les ateliers"), "- Les ateliers");
    EXPECT_EQ(td::normalise_line("\xEF\x82\xB7 Appui"), "- Appui"); // Wingdings
    EXPECT_EQ(td::normalise_line("-"), "-");                        // lone dash kept
    EXPECT_EQ(td::normalise_line("-12,50 \xE2\x82\xAC"),
              "-12,50 \xE2\x82\xAC"); // a sign, no bullet
}

TEST(ExtractNormalise, PageNumbersFormFeedsAndRepeatedHeadersAreRemoved) {
    std::string text;
    for (int page = 1; page <= 4; ++page) {
        if (page > 1)
            text += "\f";
        text += "Convention APES 2023\n";
        text += "Texte de la page " + std::to_string(page) + "\n\n";
        text += "Page " + std::to_string(page) + " sur 4\n";
    }
    const auto lines = lines_of(text);
    ASSERT_EQ(lines.size(), 4u);
    for (std::size_t i = 0; i < 4; ++i) {
        EXPECT_EQ(lines[i].text, "Texte de la page " + std::to_string(i + 1));
        EXPECT_EQ(lines[i].number, 2 + 4 * i); // original numbering kept
    }
}

TEST(ExtractNormalise, PageNumberVariantsAreDebrisButOtherNumbersAreNot) {
    const auto lines =
        lines_of("Page 5 sur 7\nPAGE 2/3\n3/7\n- 4 -\n2023\n209 285,00\nPage de garde\n");
    ASSERT_EQ(lines.size(), 3u);
    EXPECT_EQ(lines[0].text, "2023");
    EXPECT_EQ(lines[1].text, "209 285,00");
    EXPECT_EQ(lines[2].text, "Page de garde");
}

TEST(ExtractNormalise, LinesKeepTheirRawTextAndCrLfIsALineBreak) {
    const std::string text = "a  b\r\nc\rd\n";
    const auto lines = lines_of(text);
    ASSERT_EQ(lines.size(), 3u);
    EXPECT_EQ(lines[0].raw, "a  b");
    EXPECT_EQ(lines[0].text, "a b");
    EXPECT_EQ(lines[2].number, 3u);
}

/// The cheap filters that spare most lines their normalisation may say « maybe » wrongly, never
/// « no » wrongly: checked on every line of the seed and on random lines made of the pieces
/// that fool them (invisible characters, bullets, accents, letter case, page-number shapes).
TEST(ExtractNormalise, CheapLineFiltersNeverRejectABlankPageNumberOrHeadingLine) {
    auto check = [](const std::string& raw) {
        const std::string t = td::normalise_line(raw);
        if (t.empty()) {
            EXPECT_TRUE(td::may_be_blank(raw)) << raw;
        }
        if (td::is_page_number_line(t)) {
            EXPECT_TRUE(td::may_be_page_number(raw)) << raw;
        }
        if (td::document_marker(t)) {
            EXPECT_TRUE(td::may_be_marker(raw)) << raw;
        }
    };
    std::size_t pages = 0, markers = 0;
    std::istringstream in(seed_text());
    for (std::string raw; std::getline(in, raw);) {
        check(raw);
        pages += td::is_page_number_line(td::normalise_line(raw)) ? 1u : 0u;
        markers += td::document_marker(td::normalise_line(raw)) ? 1u : 0u;
    }
    EXPECT_GE(markers, 3u); // the seed's three headings went through the filters
    // Page numbers and headings with blanks, invisible characters, bullets and letters put in
    // at random places (some still are page numbers or headings, some no longer are).
    static constexpr std::array<std::string_view, 14> shapes = {
        "Page 5 sur 7",
        "page 5/7",
        "PAGE 3 / 4",
        "Page 12",
        "5/7",
        "12/12",
        "- 5 -",
        "DÉLIBÉRATION DE LA COMMISSION PERMANENTE",
        "Délibération du Conseil départemental",
        "EXTRAIT DU REGISTRE DES DELIBERATIONS",
        "CONVENTION",
        "Convention",
        "RAPPORT N°57",
        "RAPPORT DU PRESIDENT"};
    static constexpr std::array<std::string_view, 13> noise = {
        " ",  "\t",           "\f", "\xC2\xA0", "\xC2\xAD", "\xE2\x80\x8B", "\xEF\xBB\xBF", "-",
        "* ", "\xE2\x80\xA2", "x",  "é",        "0"};
    std::mt19937 rng(20230320);
    auto pick = [&rng](std::size_t n) {
        return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng);
    };
    for (int n = 0; n < 20000; ++n) {
        std::string raw(shapes[pick(shapes.size())]);
        for (std::size_t k = pick(3); k > 0; --k)
            raw.insert(pick(raw.size() + 1), noise[pick(noise.size())]);
        check(raw);
        pages += td::is_page_number_line(td::normalise_line(raw)) ? 1u : 0u;
        markers += td::document_marker(td::normalise_line(raw)) ? 1u : 0u;
    }
    // The random lines hold many of both, so that the implications above were put to the test.
    EXPECT_GE(pages, 100u);
    EXPECT_GE(markers, 100u);
}

/// A long text is read without normalising the documents it repeats: the documents read are
/// those of the complete normalisation, line for line, and a repeated one keeps its first line.
TEST(ExtractSplit, ReadSectionsReadsFirstDocumentsAsTheFullSplitDoes) {
    const std::string seed = seed_text();
    const std::string text = seed + "\f" + seed + "\n" + seed;
    const auto full = td::split_documents(td::normalise_text(text, 1));
    std::vector<DocumentKind> seen;
    const auto lazy = td::read_sections(text, 1, seen);
    ASSERT_EQ(full.size(), 9u);
    ASSERT_EQ(lazy.size(), full.size());
    EXPECT_EQ(seen.size(), 3u);
    for (std::size_t s = 0; s < full.size(); ++s) {
        EXPECT_EQ(lazy[s].kind, full[s].kind);
        const std::size_t compared = s < 3 ? full[s].lines.size() : 1;
        ASSERT_EQ(lazy[s].lines.size(), compared) << "section " << s;
        for (std::size_t i = 0; i < compared; ++i) {
            EXPECT_EQ(lazy[s].lines[i].text, full[s].lines[i].text);
            EXPECT_EQ(lazy[s].lines[i].number, full[s].lines[i].number);
        }
    }
    // Kinds already read in an earlier file are only named in this one.
    const auto again = td::read_sections(seed, 1, seen);
    ASSERT_EQ(again.size(), 3u);
    for (const auto& s : again)
        EXPECT_EQ(s.lines.size(), 1u);
}

// ---------------------------------------------------------------------------------------------
// Helpers

td::Line line(std::string text) {
    return td::Line{td::normalise_line(text), 1, {}};
}

TEST(ExtractHelpers, JoinWrappedKeepsRealHyphensAndRepairsHyphenation) {
    const std::vector<td::Line> a{line("Conseil Régional des Hauts-de-"),
                                  line("France le 30 mars")};
    EXPECT_EQ(td::join_wrapped(a), "Conseil Régional des Hauts-de-France le 30 mars");
    const std::vector<td::Line> b{line("d'un mon-"), line("tant global")};
    EXPECT_EQ(td::join_wrapped(b), "d'un montant global");
    const std::vector<td::Line> c{line("porteurs de projets « hors-"), line("réseaux »")};
    EXPECT_EQ(td::join_wrapped(c), "porteurs de projets « hors-réseaux »");
    const std::vector<td::Line> d{line("Mission ESS - "), line("Autres participations")};
    EXPECT_EQ(td::join_wrapped(d), "Mission ESS - Autres participations");
    const std::vector<td::Line> e{line("M. Jean-"), line("Louis COTTIGNY")};
    EXPECT_EQ(td::join_wrapped(e), "M. Jean-Louis COTTIGNY");
    const std::vector<td::Line> f{line("un"), line(""), line("deux")};
    EXPECT_EQ(td::join_wrapped(f), "un deux");
}

TEST(ExtractHelpers, FindHeadingIgnoresCaseAccentsAndNumberPrefixes) {
    const std::vector<td::Line> ls{line("Préambule"), line("ARTICLE 12 : Résiliation"),
                                   line("Article 1er : Objet"), line("ARTICLE 1 - OBJET"),
                                   line("Modalites de controle")};
    EXPECT_EQ(td::find_heading(ls, "Article 1"), 3u); // not « ARTICLE 12 », not « 1er »
    EXPECT_EQ(td::find_heading(ls, "article 12"), 1u);
    EXPECT_EQ(td::find_heading(ls, "Modalités de contrôle"), 4u);
    EXPECT_EQ(td::find_heading(ls, "Article 1", 4), std::nullopt);
    EXPECT_EQ(td::find_heading(ls, "Préambule", 1), std::nullopt);
}

TEST(ExtractHelpers, MatchLabelReturnsTheOffsetAfterTheColon) {
    EXPECT_EQ(td::match_label("Secrétaire : Mme Marie-Line PLOUVIEZ", "Secretaire"), 14u);
    EXPECT_EQ(td::match_label("PRESIDENCE DE MONSIEUR X", "Présidence de"), 14u);
    EXPECT_EQ(td::match_label("Pourtant", "Pour"), std::nullopt);
    EXPECT_EQ(td::match_label("Vu : le code", "Vu"), 5u);
}

TEST(ExtractHelpers, ParseAmountInReadsFrenchAmounts) {
    EXPECT_EQ(td::parse_amount_in("un montant global de 57 000 € pour l'année 2023"),
              Euros::from_euros(57'000));
    EXPECT_EQ(td::parse_amount_in("soit 57\xE2\x80\xAF"
                                  "000,00\xC2\xA0"
                                  "euros"),
              Euros::from_euros(57'000));
    EXPECT_EQ(td::parse_amount_in("57.000 EUR"), Euros::from_euros(57'000));
    EXPECT_EQ(td::parse_amount_in("209 285,00 57 000,00"), Euros::from_euros(209'285));
    EXPECT_EQ(td::parse_amount_in("1 234 567,89 €"), Euros::from_cents(123'456'789));
    EXPECT_EQ(td::parse_amount_in("l'année 2023, 41 voix, article 15"), std::nullopt);
    EXPECT_EQ(td::parse_amount_in("n°2014-856 du 31/07/2014"), std::nullopt);
    EXPECT_EQ(td::parse_amount_in(""), std::nullopt);
    const auto f = td::find_amount("de 57 000 € pour");
    ASSERT_TRUE(f);
    EXPECT_EQ(f->offset, 3u);
    EXPECT_EQ(f->length, std::string_view("57 000 €").size());
}

TEST(ExtractHelpers, DepartementCodeFromTheCollectiviteName) {
    EXPECT_EQ(td::departement_code_of("DEPARTEMENT DU PAS-DE-CALAIS"), "62");
    EXPECT_EQ(td::departement_code_of("Département du Nord"), "59");
    EXPECT_EQ(td::departement_code_of("Département de la Somme"), "80");
    EXPECT_EQ(td::departement_code_of("Commune d'Arras"), "");
}

// ---------------------------------------------------------------------------------------------
// Splitting

TEST(ExtractSplit, SeedHasDeliberationConventionRapportInThatOrder) {
    const auto x = extract(seed_text());
    ASSERT_EQ(x.documents.size(), 3u);
    EXPECT_EQ(x.documents[0], DocumentKind::deliberation);
    EXPECT_EQ(x.documents[1], DocumentKind::convention);
    EXPECT_EQ(x.documents[2], DocumentKind::rapport);
    const auto sections = td::split_documents(lines_of(seed_text()));
    ASSERT_EQ(sections.size(), 3u);
    EXPECT_EQ(sections[0].lines.front().text, "DEPARTEMENT DU PAS-DE-CALAIS");
    EXPECT_EQ(sections[0].lines.back().text, "Maryline VINCLAIRE");
    EXPECT_EQ(sections[1].lines.front().text, "Pôle Partenariats et Ingénierie");
    EXPECT_EQ(sections[2].lines.front().text, "DEPARTEMENT DU PAS-DE-CALAIS");
    EXPECT_EQ(sections[2].lines[3].text, "RAPPORT N°57");
}

/// The seed's three documents as separate texts (split at their first lines).
std::array<std::string, 3> seed_documents() {
    const std::string t = seed_text();
    const auto conv = t.find(" P\xC3\xB4le Partenariats");
    const auto rap = t.find("DEPARTEMENT DU PAS-DE-CALAIS", conv);
    return {t.substr(0, conv), t.substr(conv, rap - conv), t.substr(rap)};
}

TEST(ExtractSplit, DocumentsInAnyOrderAndAnyAbsent) {
    const auto [delib, conv, rap] = seed_documents();
    const auto x = extract(rap + "\n" + delib);
    ASSERT_EQ(x.documents.size(), 2u);
    EXPECT_EQ(x.documents[0], DocumentKind::rapport);
    EXPECT_EQ(x.documents[1], DocumentKind::deliberation);
    EXPECT_TRUE(x.dossier.deliberation);
    EXPECT_TRUE(x.dossier.rapport);
    EXPECT_FALSE(x.dossier.convention);
    EXPECT_EQ(std::count_if(x.findings.begin(), x.findings.end(),
                            [](const auto& f) { return f.rule == "EXTRACT-DOCUMENT-ABSENT"; }),
              1);
    const auto only = extract(conv);
    ASSERT_EQ(only.documents.size(), 1u);
    EXPECT_EQ(only.documents[0], DocumentKind::convention);
    EXPECT_FALSE(only.dossier.deliberation);
}

TEST(ExtractSplit, SeveralFilesGiveOneDossierAndTheSameDeliberation) {
    const auto [delib, conv, rap] = seed_documents();
    const std::array<std::string_view, 3> files{conv, rap, delib};
    const auto x = extract(std::span<const std::string_view>(files));
    ASSERT_EQ(x.documents.size(), 3u);
    EXPECT_EQ(x.documents[0], DocumentKind::convention);
    ASSERT_TRUE(x.dossier.deliberation);
    const auto whole = extract(seed_text());
    EXPECT_EQ(x.dossier.deliberation, whole.dossier.deliberation);
}

// ---------------------------------------------------------------------------------------------
// The deliberation of the seed

TEST(ExtractDeliberation, SeedDeliberationEqualsTheExampleLeafByLeaf) {
    const auto x = extract(seed_text());
    ASSERT_TRUE(x.dossier.deliberation);
    const auto diff =
        deliberation_diff(*x.dossier.deliberation, examples::apes_2023_deliberation());
    for (const auto& d : diff)
        ADD_FAILURE() << d;
    EXPECT_TRUE(diff.empty());
    EXPECT_EQ(*x.dossier.deliberation, examples::apes_2023_deliberation());
}

TEST(ExtractDeliberation, SeedDeliberationHasNoFinding) {
    const auto x = extract(seed_text());
    for (const auto& f : x.findings)
        EXPECT_NE(f.location.document, DocumentKind::deliberation)
            << f.rule << " " << f.location.path << " " << f.message_fr;
}

TEST(ExtractDeliberation, SpansPointAtTheOriginalColumns) {
    const auto x = extract(seed_text());
    auto span_of = [&](std::string_view path) -> std::optional<Span> {
        for (const auto& s : x.spans)
            if (s.path == path)
                return s.span;
        return std::nullopt;
    };
    // « REUNION DU 20 MARS 2023 », line 6: the date is bytes 12..23.
    EXPECT_EQ(span_of("/deliberation/meeting_date"), (Span{6, 12, 6, 23}));
    // « (N°2023-122) », line 38: from « N » (column 2) to « ) » (byte 13, ° is 2 bytes).
    EXPECT_EQ(span_of("/deliberation/number"), (Span{38, 2, 38, 13}));
    const auto visas = span_of("/deliberation/visas/1");
    ASSERT_TRUE(visas);
    EXPECT_EQ(visas->first_line, 44u); // « Vu la  Loi  n°2014-856 … » over two lines
    EXPECT_EQ(visas->last_line, 45u);
    // « départementale d’un montant global de  57 000 € pour … », line 75: the double space
    // before the amount is in the original columns.
    const std::string_view l75 = "départementale d’un montant global de  ";
    const auto col = static_cast<std::uint32_t>(l75.size() + 1);
    EXPECT_EQ(span_of("/deliberation/grants/0/amount"),
              (Span{75, col, 75,
                    col + static_cast<std::uint32_t>(std::string_view("57 000 €").size()) - 1}));
    EXPECT_TRUE(span_of("/deliberation/tally"));
    EXPECT_TRUE(span_of("/deliberation/signature/date"));
}

/// Replaces the first occurrence of `from` by `to` (the test fails if absent).
std::string replaced(std::string text, std::string_view from, std::string_view to) {
    const auto p = text.find(from);
    EXPECT_NE(p, std::string::npos) << from;
    if (p != std::string::npos)
        text.replace(p, from.size(), to);
    return text;
}

TEST(ExtractDeliberation, NoBreakSpacesUpperCaseAndMissingAccentsReadTheSame) {
    const auto [delib, conv, rap] = seed_documents();
    std::string t = delib;
    t = replaced(t, "57 000 \xE2\x82\xAC",
                 "57\xE2\x80\xAF"
                 "000\xC2\xA0\xE2\x82\xAC");
    t = replaced(t, "Secrétaire :", "SECRETAIRE\t:");
    t = replaced(t, "Étaient présents", "ETAIENT PRESENTS");
    t = replaced(t, "Article 2     :", "ARTICLE 2:");
    t = replaced(t, "Dans les conditions de vote", "DANS LES CONDITIONS DE VOTE");
    const auto x = extract(t);
    ASSERT_TRUE(x.dossier.deliberation);
    const auto diff =
        deliberation_diff(*x.dossier.deliberation, extract(delib).dossier.deliberation.value());
    // Only the texts that quote the changed lines differ.
    for (const auto& d : diff)
        EXPECT_TRUE(d.find("/source/text") != std::string::npos) << d;
    EXPECT_EQ(x.dossier.deliberation->grants.at(0).amount.value, Euros::from_euros(57'000));
    EXPECT_EQ(x.dossier.deliberation->articles.size(), 3u);
    EXPECT_EQ(x.dossier.deliberation->attendance.entries.size(), 47u);
}

TEST(ExtractDeliberation, PageBreakInsideTheAttendanceListKeepsTheList) {
    const auto [delib, conv, rap] = seed_documents();
    const auto broken = replaced(delib, "M. Jean-Claude DISSAUX,\n",
                                 "M. Jean-Claude DISSAUX,\n\n\fPage 1 sur 3\n\n");
    const auto x = extract(broken).dossier.deliberation.value();
    const auto base = extract(delib).dossier.deliberation.value();
    EXPECT_EQ(x.attendance, base.attendance);
    EXPECT_EQ(x.attendance.entries.size(), 47u);
}

TEST(ExtractDeliberation, FirstOfTheMonthAndArticlePremier) {
    const auto [delib, conv, rap] = seed_documents();
    std::string t = replaced(delib, "REUNION DU 20 MARS 2023", "REUNION DU 1er MARS 2023");
    t = replaced(t, "Article 1 :", "Article 1er :");
    const auto x = extract(t).dossier.deliberation.value();
    EXPECT_EQ(x.meeting_date.value, Date(2023, 3, 1));
    ASSERT_EQ(x.articles.size(), 3u);
    EXPECT_EQ(x.articles[0].number, 1u);
    EXPECT_EQ(x.articles[0].text, extract(delib).dossier.deliberation.value().articles[0].text);
}

TEST(ExtractDeliberation, ProxiesStatedAsPouvoirOrDelegationDeVote) {
    const auto [delib, conv, rap] = seed_documents();
    const std::string with_list =
        replaced(delib, "Excusé(s) : M. Sébastien CHOCHOIS",
                 "Pouvoir(s) : M. Sébastien CHOCHOIS à M. Ludovic PAJOT ; M. Pierre GEORGET à Mme "
                 "Sylvie MEYFROIDT\n\nExcusé(s) : M. Sébastien CHOCHOIS");
    const auto a = extract(with_list).dossier.deliberation.value().attendance;
    ASSERT_TRUE(a.proxies);
    ASSERT_EQ(a.proxies->size(), 2u);
    EXPECT_EQ(a.proxies->at(0), Proxy::parse("M. Sébastien CHOCHOIS", "M. Ludovic PAJOT").value());
    EXPECT_EQ(a.proxies->at(1), Proxy::parse("M. Pierre GEORGET", "Mme Sylvie MEYFROIDT").value());
    const std::string sentence =
        replaced(delib, "Excusé(s) : M. Sébastien CHOCHOIS",
                 "M. Bruno COUSEIN a donné délégation de vote à M. Marc SARPAUX.\n\nExcusé(s) : "
                 "M. Sébastien CHOCHOIS");
    const auto b = extract(sentence).dossier.deliberation.value().attendance;
    ASSERT_TRUE(b.proxies);
    ASSERT_EQ(b.proxies->size(), 1u);
    EXPECT_EQ(b.proxies->at(0), Proxy::parse("M. Bruno COUSEIN", "M. Marc SARPAUX").value());
    EXPECT_FALSE(extract(delib).dossier.deliberation.value().attendance.proxies);
}

TEST(ExtractDeliberation, ChangedFactsChangeOnlyTheirPaths) {
    const auto [delib, conv, rap] = seed_documents();
    const auto base = extract(delib).dossier.deliberation.value();
    const auto x =
        extract(replaced(delib, "Contre : 0 voix", "Contre : 3 voix")).dossier.deliberation.value();
    EXPECT_EQ(x.tally.value.contre, VoteCount{3});
    auto y = x;
    y.tally = base.tally;
    EXPECT_EQ(y, base);
    const auto z = extract(replaced(delib, "REUNION DU 20 MARS 2023", "REUNION DU 27 MARS 2023"))
                       .dossier.deliberation.value();
    EXPECT_EQ(z.meeting_date.value, Date(2023, 3, 27));
}

TEST(ExtractDeliberation, MissingFactsAreFindingsNotInventedValues) {
    const auto [delib, conv, rap] = seed_documents();
    std::string t = replaced(delib, "REUNION DU 20 MARS 2023", "REUNION");
    t = replaced(t, "(N°2023-122)", "");
    t = replaced(t, "(Adopté)", "");
    const auto x = extract(t);
    const auto& d = x.dossier.deliberation.value();
    EXPECT_TRUE(d.meeting_date.value.is_not_a_date());
    EXPECT_FALSE(d.number.value);
    EXPECT_EQ(d.outcome.value, StatedOutcome::unknown);
    std::vector<std::string> rules;
    for (const auto& f : x.findings)
        if (f.location.document == DocumentKind::deliberation)
            rules.push_back(f.rule);
    EXPECT_NE(std::find(rules.begin(), rules.end(), "EXTRACT-DELIB-MEETING-DATE"), rules.end());
    EXPECT_NE(std::find(rules.begin(), rules.end(), "EXTRACT-DELIB-NUMBER"), rules.end());
    EXPECT_NE(std::find(rules.begin(), rules.end(), "EXTRACT-DELIB-OUTCOME"), rules.end());
}

// ---------------------------------------------------------------------------------------------
// Robustness

bool has_rule(const Extraction& x, std::string_view rule) {
    return std::any_of(x.findings.begin(), x.findings.end(),
                       [&](const auto& f) { return f.rule == rule; });
}

TEST(ExtractRobustness, EmptyTextHasNoDocument) {
    const auto x = extract("");
    EXPECT_TRUE(x.documents.empty());
    EXPECT_EQ(x.dossier, Dossier{});
    ASSERT_EQ(x.findings.size(), 1u);
    EXPECT_EQ(x.findings[0].rule, "EXTRACT-NO-DOCUMENT");
    EXPECT_EQ(x.findings[0].severity, compliance::Severity::warning);
}

TEST(ExtractRobustness, ANovelHasNoDocument) {
    std::string novel;
    for (int i = 0; i < 2000; ++i)
        novel += "Longtemps, je me suis couché de bonne heure. Parfois, à peine ma bougie "
                 "éteinte, mes yeux se fermaient si vite que je n'avais pas le temps de me "
                 "dire : « Je m'endors. »\n\n";
    const auto x = extract(novel);
    EXPECT_TRUE(x.documents.empty());
    EXPECT_TRUE(has_rule(x, "EXTRACT-NO-DOCUMENT"));
}

TEST(ExtractRobustness, RandomBytesHaveNoDocument) {
    std::mt19937 gen(20230320);
    std::uniform_int_distribution<int> byte(0, 255);
    for (int round = 0; round < 20; ++round) {
        std::string bytes(100'000, '\0');
        for (auto& c : bytes)
            c = static_cast<char>(byte(gen));
        const auto x = extract(bytes);
        EXPECT_TRUE(x.documents.empty());
        EXPECT_TRUE(has_rule(x, "EXTRACT-NO-DOCUMENT"));
    }
}

TEST(ExtractRobustness, FiftyMegabytesAnswerWithoutDocument) {
    // One line of 50 MB and 50 MB of short lines: linear, no document.
    const std::string one_line(50'000'000, 'a');
    EXPECT_TRUE(has_rule(extract(one_line), "EXTRACT-NO-DOCUMENT"));
    std::string many;
    many.reserve(50'000'000);
    while (many.size() < 50'000'000)
        many +=
            "ligne de texte sans rapport avec une d\xC3\xA9lib\xC3\xA9ration 57 000 \xE2\x82\xAC\n";
    EXPECT_TRUE(has_rule(extract(many), "EXTRACT-NO-DOCUMENT"));
}

TEST(ExtractRobustness, SeedRepeatedReadsTheFirstOfEachDocument) {
    const std::string twice = seed_text() + "\n" + seed_text();
    const auto x = extract(twice);
    EXPECT_EQ(x.documents.size(), 3u);
    EXPECT_TRUE(has_rule(x, "EXTRACT-DOCUMENT-REPEATED"));
    EXPECT_EQ(x.dossier.deliberation, extract(seed_text()).dossier.deliberation);
}

TEST(ExtractRobustness, EveryPrefixOfTheDeliberationIsHandled) {
    const auto [delib, conv, rap] = seed_documents();
    for (std::size_t n = 0; n <= delib.size(); n += 97) {
        const auto x = extract(std::string_view(delib).substr(0, n));
        if (x.dossier.deliberation) {
            for (const auto& g : x.dossier.deliberation->grants)
                EXPECT_EQ(g.amount.value, Euros::from_euros(57'000)) << n;
        }
    }
}

} // namespace

} // namespace test_io_extract_test
