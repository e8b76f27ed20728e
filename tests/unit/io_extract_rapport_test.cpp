// SPDX-License-Identifier: Apache-2.0
// Extraction of the President's report (« rapport du Président ») from plain text
// (src/text/extract_rapport.cpp through text::extract): the seed's report reads to exactly
// examples::apes_2023().rapport (values AND printed source texts, compared leaf by leaf on the
// dossier JSON), the same facts survive what real exports do to the text (no-break and doubled
// spaces, upper-case headings without accents, page debris, other bullets, a table flattened one
// cell per line, wrapped amounts), every fact has a span that points into the report, and what
// is missing is reported as EXTRACT-RAPPORT-* findings instead of being invented.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <subvention/dossier.hpp>
#include <subvention/examples/apes_2023.hpp>
#include <subvention/io/json.hpp>
#include <subvention/text/extract.hpp>

#include "support/json_diff.hpp"
#include "support/sanitizer.hpp"

// Each suite in its own namespace: the suites of a group are compiled together (unity build).
namespace test_io_extract_rapport_test {

namespace {

using namespace subvention;
using subvention::testing::describe;
using subvention::testing::json_diff;
using subvention::testing::json_diff_paths;

std::string seed_text() {
    const std::filesystem::path p =
        std::filesystem::path(SUBVENTION_TEST_DATA_DIR) / "text" / "apes_2023.txt";
    std::ifstream in(p, std::ios::binary);
    EXPECT_TRUE(in.good()) << p;
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

/// The report alone: the seed from its second « DEPARTEMENT DU PAS-DE-CALAIS » header.
std::string rapport_text() {
    const std::string all = seed_text();
    const auto first = all.find("DEPARTEMENT DU PAS-DE-CALAIS");
    const auto second = all.find("DEPARTEMENT DU PAS-DE-CALAIS", first + 1);
    EXPECT_NE(second, std::string::npos);
    return all.substr(second);
}

/// Line number (1-based) of the report's first line in the seed.
std::uint32_t rapport_first_line() {
    const std::string all = seed_text();
    const auto first = all.find("DEPARTEMENT DU PAS-DE-CALAIS");
    const auto second = all.find("DEPARTEMENT DU PAS-DE-CALAIS", first + 1);
    return static_cast<std::uint32_t>(
               std::count(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(second), '\n')) +
           1;
}

/// JSON of a dossier holding only `r` (to compare reports through the published format).
std::string rapport_json(const std::optional<Rapport>& r) {
    Dossier d;
    d.rapport = r;
    return io::to_json(d);
}

std::vector<subvention::testing::JsonDifference>
rapport_diff(const std::optional<Rapport>& actual) {
    return json_diff(rapport_json(examples::apes_2023().rapport), rapport_json(actual));
}

std::string replace_all(std::string s, std::string_view from, std::string_view to) {
    std::size_t p = 0;
    while ((p = s.find(from, p)) != std::string::npos) {
        s.replace(p, from.size(), to);
        p += to.size();
    }
    return s;
}

std::string replace_once(std::string s, std::string_view from, std::string_view to) {
    const auto p = s.find(from);
    EXPECT_NE(p, std::string::npos) << "fixture text not found: " << from;
    if (p != std::string::npos)
        s.replace(p, from.size(), to);
    return s;
}

std::set<std::string> finding_rules(const text::Extraction& x) {
    std::set<std::string> ids;
    for (const auto& f : x.findings)
        ids.insert(f.rule);
    return ids;
}

// --- The seed ---------------------------------------------------------------------------------

TEST(ExtractRapport, SeedReportEqualsTheApes2023ReportLeafByLeaf) {
    const auto x = text::extract(seed_text());
    ASSERT_TRUE(x.dossier.rapport.has_value());
    const auto diffs = rapport_diff(x.dossier.rapport);
    EXPECT_TRUE(diffs.empty()) << diffs.size() << " differing leaves:\n" << describe(diffs);
}

TEST(ExtractRapport, ReportAloneIsFoundAndReadTheSame) {
    const auto x = text::extract(rapport_text());
    ASSERT_EQ(x.documents, std::vector<DocumentKind>{DocumentKind::rapport});
    const auto diffs = rapport_diff(x.dossier.rapport);
    EXPECT_TRUE(diffs.empty()) << describe(diffs);
    // Nothing expected of a report is reported missing for the seed.
    for (const auto& f : x.findings)
        EXPECT_FALSE(f.rule.starts_with("EXTRACT-RAPPORT")) << f.rule << ": " << f.message_fr;
}

TEST(ExtractRapport, KeyFactsOfTheSeedReport) {
    const auto x = text::extract(rapport_text());
    ASSERT_TRUE(x.dossier.rapport);
    const Rapport& r = *x.dossier.rapport;
    EXPECT_EQ(r.number.value, "57");
    EXPECT_EQ(r.meeting_date.value, Date(2023, 3, 20));
    EXPECT_EQ(r.body, Body::commission_permanente);
    EXPECT_EQ(r.collectivite.departement_code, "62");
    ASSERT_EQ(r.operations.size(), 2U);
    EXPECT_EQ(r.operations[0].amount->value, Euros::from_euros(24'000));
    EXPECT_EQ(r.operations[1].amount->value, Euros::from_euros(33'000));
    EXPECT_EQ(requested_total(r), Euros::from_euros(57'000));
    ASSERT_EQ(r.budget.size(), 1U);
    EXPECT_EQ(r.budget[0].available, Euros::from_euros(209'285));
    EXPECT_EQ(r.budget[0].proposed, Euros::from_euros(57'000));
    EXPECT_EQ(r.budget[0].balance, Euros::from_euros(152'285));
    ASSERT_TRUE(r.committee_opinion);
    EXPECT_EQ(r.committee_opinion->value.date, Date(2023, 3, 6));
    EXPECT_EQ(r.committee_opinion->value.opinion, Opinion::favourable);
    EXPECT_EQ(r.committee_opinion->value.committee.rank, 1U);
}

// --- Spans ------------------------------------------------------------------------------------

TEST(ExtractRapport, EveryReportSpanIsAPathOfTheJsonInsideTheReportLines) {
    const std::string all = seed_text();
    const auto x = text::extract(all);
    const auto j = nlohmann::json::parse(io::to_json(x.dossier));
    const auto first = rapport_first_line();
    const auto last = static_cast<std::uint32_t>(std::count(all.begin(), all.end(), '\n')) + 1;
    std::size_t n = 0;
    for (const auto& s : x.spans) {
        if (!s.path.starts_with("/rapport"))
            continue;
        ++n;
        EXPECT_TRUE(j.contains(nlohmann::json::json_pointer(s.path))) << s.path;
        EXPECT_GE(s.span.first_line, first) << s.path;
        EXPECT_LE(s.span.last_line, last) << s.path;
        EXPECT_LE(s.span.first_line, s.span.last_line) << s.path;
        EXPECT_GE(s.span.first_column, 1U) << s.path;
    }
    // number, meeting date, title, 6 foundations, 4 context paragraphs, 2 operations with
    // their amounts, the proposal, the budget row, the opinion, the signatory…
    EXPECT_GE(n, 25U);
}

TEST(ExtractRapport, NumberAndMeetingDateSpansPointAtTheirCharacters) {
    const std::string all = seed_text();
    const auto x = text::extract(all);
    auto span_of = [&](std::string_view path) -> std::optional<text::Span> {
        for (const auto& s : x.spans)
            if (s.path == path)
                return s.span;
        return std::nullopt;
    };
    const auto first = rapport_first_line();
    // « RAPPORT N°57 » is the 6th line of the report (blank lines counted); « 57 » at bytes
    // 12-13 (« ° » is 2 bytes in UTF-8).
    const auto number = span_of("/rapport/number/value");
    ASSERT_TRUE(number);
    EXPECT_EQ(*number, (text::Span{first + 5, 12, first + 5, 13}));
    // « REUNION DU 20 MARS 2023 »: the date is columns 12-23.
    const auto date = span_of("/rapport/meeting_date/value");
    ASSERT_TRUE(date);
    EXPECT_EQ(*date, (text::Span{first + 9, 12, first + 9, 23}));
}

// --- Robustness: the same facts from other renderings -------------------------------------------

/// Compares values only (the printed texts change with the rendering: accents, capitals).
std::vector<subvention::testing::JsonDifference> value_diff(const std::optional<Rapport>& r) {
    return json_diff(rapport_json(examples::apes_2023().rapport), rapport_json(r),
                     subvention::testing::is_source_text_path);
}

TEST(ExtractRapport, NoBreakAndDoubledSpacesChangeNothing) {
    std::string t = rapport_text();
    t = replace_all(t, "209 285,00", "209\u202F285,00");
    t = replace_all(t, "24 000 \u20AC", "24\u00A0000\u00A0\u20AC");
    t = replace_all(t, " du Conseil ", "  du\u00A0 Conseil   ");
    const auto x = text::extract(t);
    const auto diffs = rapport_diff(x.dossier.rapport);
    EXPECT_TRUE(diffs.empty()) << describe(diffs);
}

TEST(ExtractRapport, UpperCaseHeadingsWithoutAccentsAreFound) {
    std::string t = rapport_text();
    t = replace_once(t, "Fondements juridiques", "FONDEMENTS JURIDIQUES");
    t = replace_once(t, "\nContexte", "\nCONTEXTE");
    t = replace_once(t, "Pr\u00E9sentation des op\u00E9rations sollicit\u00E9es",
                     "PRESENTATION DES OPERATIONS SOLLICITEES");
    t = replace_once(t, "La d\u00E9pense serait imput\u00E9e", "LA DEPENSE SERAIT IMPUTEE");
    const auto x = text::extract(t);
    const auto diffs = value_diff(x.dossier.rapport);
    EXPECT_TRUE(diffs.empty()) << describe(diffs);
}

TEST(ExtractRapport, PageDebrisInsideAParagraphIsIgnored) {
    std::string t = rapport_text();
    t = replace_once(t, "les services et les biens, en replaçant",
                     "les services et les biens, en\n\nPage 2 sur 3\n\nreplaçant");
    const auto x = text::extract(t);
    const auto diffs = rapport_diff(x.dossier.rapport);
    EXPECT_TRUE(diffs.empty()) << describe(diffs);
}

TEST(ExtractRapport, OtherBulletsGiveTheSameItemsAndSteps) {
    std::string t = rapport_text();
    t = replace_all(t, "\n- ", "\n\u2022 ");
    const auto x = text::extract(t);
    const auto diffs = rapport_diff(x.dossier.rapport);
    EXPECT_TRUE(diffs.empty()) << describe(diffs);
}

TEST(ExtractRapport, BudgetTableFlattenedOneCellPerLine) {
    // Header and amounts one cell per line; label wrapped over three lines (as in the seed).
    std::string t = rapport_text();
    t = replace_once(t, "209 285,00 209 285,00 57 000,00 152 285,00",
                     "209 285,00\n\n209 285,00\n\n57 000,00\n\n152 285,00");
    t = replace_once(t, "Libell\u00E9 Op\u00E9ration CP Disponible Proposition Solde",
                     "Libell\u00E9 Op\u00E9ration\n\nCP\n\nDisponible\n\nProposition\n\nSolde");
    const auto x = text::extract(t);
    ASSERT_TRUE(x.dossier.rapport);
    const auto diffs = rapport_diff(x.dossier.rapport);
    EXPECT_TRUE(diffs.empty()) << describe(diffs);
}

TEST(ExtractRapport, BudgetTableWithTheImputationAloneOnItsLine) {
    // « 6568/9365 » alone on a line looks like a page number « 5/7 »: it must not be dropped as
    // page debris.
    std::string t = rapport_text();
    t = replace_once(t, "C01-020Q01 6568/9365\n", "C01-020Q01\n\n6568/9365\n");
    const auto x = text::extract(t);
    ASSERT_TRUE(x.dossier.rapport);
    const auto diffs = rapport_diff(x.dossier.rapport);
    EXPECT_TRUE(diffs.empty()) << describe(diffs);
}

TEST(ExtractRapport, AnAmountWrappedAcrossLinesIsReadWhole) {
    std::string t = rapport_text();
    t = replace_once(t, "hauteur de 33 000 \u20AC.", "hauteur de 33\n000 \u20AC.");
    const auto x = text::extract(t);
    ASSERT_TRUE(x.dossier.rapport);
    ASSERT_EQ(x.dossier.rapport->operations.size(), 2U);
    ASSERT_TRUE(x.dossier.rapport->operations[1].amount);
    EXPECT_EQ(x.dossier.rapport->operations[1].amount->value, Euros::from_euros(33'000));
}

// --- Changes are read, not corrected ------------------------------------------------------------

TEST(ExtractRapport, AChangedRequestedAmountChangesExactlyThatFact) {
    std::string t =
        replace_once(rapport_text(), "hauteur de 33 000 \u20AC", "hauteur de 34 000 \u20AC");
    const auto x = text::extract(t);
    const auto diffs = rapport_diff(x.dossier.rapport);
    EXPECT_EQ(json_diff_paths(diffs),
              (std::vector<std::string>{"/rapport/operations/1/amount/value",
                                        "/rapport/operations/1/amount/source/text"}))
        << describe(diffs);
}

TEST(ExtractRapport, AnUnfavourableOpinionAndAnotherDateAreRead) {
    std::string t = replace_once(rapport_text(), "un avis\nfavorable", "un avis\nd\u00E9favorable");
    t = replace_once(t, "06/03/2023", "07/03/2023");
    const auto x = text::extract(t);
    ASSERT_TRUE(x.dossier.rapport && x.dossier.rapport->committee_opinion);
    EXPECT_EQ(x.dossier.rapport->committee_opinion->value.opinion, Opinion::unfavourable);
    EXPECT_EQ(x.dossier.rapport->committee_opinion->value.date, Date(2023, 3, 7));
}

TEST(ExtractRapport, BalanceIsReadAsPrintedNotRecomputed) {
    // A wrong printed balance stays wrong (the checker compares; the extractor does not fix).
    std::string t = replace_once(rapport_text(), "57 000,00 152 285,00", "57 000,00 152 258,00");
    const auto x = text::extract(t);
    ASSERT_TRUE(x.dossier.rapport);
    ASSERT_EQ(x.dossier.rapport->budget.size(), 1U);
    EXPECT_EQ(x.dossier.rapport->budget[0].balance, Euros::from_cents(15'225'800));
}

// --- Missing facts: findings, never invented values ----------------------------------------------

TEST(ExtractRapport, MissingOpinionIsAFindingNotAnInventedOpinion) {
    std::string t =
        replace_once(rapport_text(),
                     "La 1\u00E8re Commission - Attractivit\u00E9 d\u00E9partementale et  "
                     "emploi  a \u00E9mis un avis\nfavorable sur ce rapport lors de sa "
                     "r\u00E9union du 06/03/2023. \n",
                     "");
    const auto x = text::extract(t);
    ASSERT_TRUE(x.dossier.rapport);
    EXPECT_FALSE(x.dossier.rapport->committee_opinion.has_value());
    EXPECT_TRUE(finding_rules(x).contains("EXTRACT-RAPPORT-COMMITTEE-OPINION"));
    // The signatory is still read after it.
    ASSERT_EQ(x.dossier.rapport->signature.signatories.size(), 1U);
    EXPECT_EQ(x.dossier.rapport->signature.signatories[0].person.name, "Jean-Claude LEROY");
}

TEST(ExtractRapport, MissingBudgetTableAndAmountsAreFindings) {
    std::string t = rapport_text();
    const auto from = t.find("La d\u00E9pense serait");
    const auto to = t.find("La 1\u00E8re Commission");
    ASSERT_NE(from, std::string::npos);
    t.erase(from, to - from);
    t = replace_once(t, "hauteur de 24 000 \u20AC", "hauteur de vingt-quatre mille");
    const auto x = text::extract(t);
    ASSERT_TRUE(x.dossier.rapport);
    EXPECT_TRUE(x.dossier.rapport->budget.empty());
    ASSERT_FALSE(x.dossier.rapport->operations.empty());
    EXPECT_FALSE(x.dossier.rapport->operations[0].amount.has_value());
    const auto rules = finding_rules(x);
    EXPECT_TRUE(rules.contains("EXTRACT-RAPPORT-BUDGET"));
    EXPECT_TRUE(rules.contains("EXTRACT-RAPPORT-OPERATION-AMOUNT"));
    // The committee opinion after the removed table is still read.
    ASSERT_TRUE(x.dossier.rapport->committee_opinion);
    EXPECT_EQ(x.dossier.rapport->committee_opinion->value.date, Date(2023, 3, 6));
}

TEST(ExtractRapport, AHeaderAloneGivesFindingsForEverySection) {
    const auto x = text::extract("RAPPORT N\u00B057\n");
    ASSERT_TRUE(x.dossier.rapport);
    EXPECT_EQ(x.dossier.rapport->number.value, "57");
    EXPECT_TRUE(x.dossier.rapport->operations.empty());
    const auto rules = finding_rules(x);
    for (const char* id :
         {"EXTRACT-RAPPORT-MEETING-DATE", "EXTRACT-RAPPORT-OPERATIONS", "EXTRACT-RAPPORT-PROPOSAL",
          "EXTRACT-RAPPORT-BUDGET", "EXTRACT-RAPPORT-COMMITTEE-OPINION", "EXTRACT-RAPPORT-BODY"})
        EXPECT_TRUE(rules.contains(id)) << id;
}

TEST(ExtractRapport, AnUnreadableNumberIsAFinding) {
    const auto x = text::extract("RAPPORT N\u00B0\nREUNION DU 20 MARS 2023\n");
    ASSERT_TRUE(x.dossier.rapport);
    EXPECT_TRUE(x.dossier.rapport->number.value.empty());
    EXPECT_TRUE(finding_rules(x).contains("EXTRACT-RAPPORT-NUMBER"));
    EXPECT_EQ(x.dossier.rapport->meeting_date.value, Date(2023, 3, 20));
}

TEST(ExtractRapport, EveryTruncationOfTheReportExtractsWithoutThrowing) {
    // Property: any prefix of the report (cut at every line) gives a result, never an exception,
    // and never a requested amount that the prefix does not print.
    const std::string t = rapport_text();
    std::size_t cut = 0, lines = 0;
    while ((cut = t.find('\n', cut + 1)) != std::string::npos) {
        if (lines++ % subvention::testing::truncation_step() != 0)
            continue;
        const std::string prefix = t.substr(0, cut);
        text::Extraction x;
        ASSERT_NO_THROW(x = text::extract(prefix)) << "cut at byte " << cut;
        if (!x.dossier.rapport)
            continue;
        for (const auto& op : x.dossier.rapport->operations) {
            if (op.amount) {
                EXPECT_NE(prefix.find(op.amount->source.text.substr(0, 10)), std::string::npos);
            }
        }
        for (const auto& f : x.findings)
            EXPECT_NE(f.severity, compliance::Severity::error) << f.rule;
    }
}

TEST(ExtractRapport, HugeSectionsAreReadInOnePass) {
    // 20 000 bullets in the operations (≈ 1.6 MB) and one 1 MB line without punctuation in the
    // context: a quadratic reader would take minutes here (no timing asserted: the test
    // harness's timeout is the bound); the facts after them are still read.
    std::string bullets;
    for (int i = 0; i < 20'000; ++i)
        bullets += "- 1 journ\u00E9e pour \u00E9largir vers de nouvelles th\u00E9matiques.\n";
    std::string t = replace_once(rapport_text(), "- 1 phase de recrutement",
                                 bullets + "- 1 phase de recrutement");
    t = replace_once(t, "Contexte\n", "Contexte\n" + std::string(1'000'000, 'a') + "\n");
    const auto x = text::extract(t);
    ASSERT_TRUE(x.dossier.rapport);
    ASSERT_EQ(x.dossier.rapport->operations.size(), 2U);
    EXPECT_EQ(x.dossier.rapport->operations[1].steps.size(), 20'004U);
    EXPECT_EQ(x.dossier.rapport->operations[1].amount->value, Euros::from_euros(33'000));
    ASSERT_TRUE(x.dossier.rapport->committee_opinion);
}

TEST(ExtractRapport, GarbageBetweenTheHeadingsDoesNotThrow) {
    std::string t = rapport_text();
    std::string junk;
    for (int i = 0; i < 2000; ++i)
        junk += static_cast<char>((i * 37 + 11) % 256);
    t = replace_once(t, "Contexte\n", "Contexte\n" + junk + "\n");
    text::Extraction x;
    ASSERT_NO_THROW(x = text::extract(t));
    ASSERT_TRUE(x.dossier.rapport);
    EXPECT_EQ(x.dossier.rapport->number.value, "57");
    ASSERT_EQ(x.dossier.rapport->operations.size(), 2U);
}

} // namespace

} // namespace test_io_extract_rapport_test
