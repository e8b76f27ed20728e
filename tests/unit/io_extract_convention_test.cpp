// SPDX-License-Identifier: Apache-2.0
// Text → Convention (src/text/extract_convention.cpp): the seed's convention extracts to
// examples::apes_2023().convention (compared leaf by leaf through subvention::io::to_json, every
// differing JSON path printed), and the extraction survives what real exports do to the text.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <subvention/convention.hpp>
#include <subvention/examples/apes_2023.hpp>
#include <subvention/io/json.hpp>
#include <subvention/text/extract.hpp>

#include "support/json_diff.hpp"
#include "support/sanitizer.hpp"

// Each suite in its own namespace: the suites of a group are compiled together (unity build).
namespace test_io_extract_convention_test {

namespace {

using namespace subvention;
using testing_json = nlohmann::ordered_json;

std::string read_text(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

const std::string& seed() {
    static const std::string text =
        read_text(std::filesystem::path(SUBVENTION_TEST_DATA_DIR) / "text" / "apes_2023.txt");
    return text;
}

/// The seed with every occurrence of `from` replaced by `to` (at least one must exist).
std::string replaced(std::string text, std::string_view from, std::string_view to) {
    std::size_t n = 0;
    for (auto p = text.find(from); p != std::string::npos; p = text.find(from, p + to.size())) {
        text.replace(p, from.size(), to);
        ++n;
    }
    EXPECT_GT(n, 0U) << "mutation not applied: « " << from << " »";
    return text;
}

/// The convention extracted from `text` (an empty Convention when none was found: the
/// comparison then prints every path).
Convention extracted(const std::string& text) {
    return text::extract(text).dossier.convention.value_or(Convention{});
}

/// Leaf differences of `actual` against `expected`, both placed in the same APES dossier so
/// that paths are the dossier's (« /convention/period/value/end »).
std::vector<subvention::testing::JsonDifference>
convention_diff(const Convention& expected, const Convention& actual,
                const subvention::testing::JsonPathFilter& ignore = {}) {
    Dossier a = examples::apes_2023();
    Dossier b = a;
    a.convention = expected;
    b.convention = actual;
    return subvention::testing::json_diff(io::to_json(a), io::to_json(b), ignore);
}

/// `text` with `f` applied to the convention only (from its « Objet : » to the header of the
/// rapport that follows it), so that the deliberation and the rapport are left untouched.
std::string on_convention(const std::string& text,
                          const std::function<std::string(std::string)>& f) {
    const auto b = text.find("Objet : Partenariat");
    const auto e = text.find("Pôle Partenariats", b);
    EXPECT_NE(b, std::string::npos);
    EXPECT_NE(e, std::string::npos);
    return text.substr(0, b) + f(text.substr(b, e - b)) + text.substr(e);
}

/// Each line transformed by `f`.
std::string each_line(const std::string& text,
                      const std::function<std::string(const std::string&)>& f) {
    std::string out;
    std::size_t start = 0;
    while (start <= text.size()) {
        const auto nl = text.find('\n', start);
        const auto end = nl == std::string::npos ? text.size() : nl;
        out += f(text.substr(start, end - start));
        if (nl == std::string::npos)
            break;
        out += '\n';
        start = nl + 1;
    }
    return out;
}

/// French text without its accents and cedillas (what some exports and typists do).
std::string strip_accents(std::string s) {
    static const std::vector<std::pair<std::string, std::string>> table = {
        {"é", "e"}, {"è", "e"}, {"ê", "e"}, {"ë", "e"}, {"à", "a"}, {"â", "a"},
        {"ç", "c"}, {"ô", "o"}, {"û", "u"}, {"ù", "u"}, {"î", "i"}, {"ï", "i"},
        {"É", "E"}, {"È", "E"}, {"À", "A"}, {"Ç", "C"}};
    for (const auto& [from, to] : table)
        for (auto p = s.find(from); p != std::string::npos; p = s.find(from, p + to.size()))
            s.replace(p, from.size(), to);
    return s;
}

/// Upper case with accents removed (« Période » → « PERIODE »).
std::string upper(const std::string& s) {
    std::string out = strip_accents(s);
    for (auto& ch : out)
        if (ch >= 'a' && ch <= 'z')
            ch = static_cast<char>(ch - 'a' + 'A');
    return out;
}

std::vector<ClauseKind> clause_kinds(const Convention& c) {
    std::vector<ClauseKind> out;
    for (const auto& cl : c.clauses)
        out.push_back(cl.kind);
    return out;
}

struct RefValue {
    std::uint32_t from;
    std::optional<std::uint32_t> section;
    std::uint32_t to;
    ConventionSubject subject;
    friend bool operator==(const RefValue&, const RefValue&) = default;
};

std::vector<RefValue> ref_values(const Convention& c) {
    std::vector<RefValue> out;
    for (const auto& r : c.cross_references)
        out.push_back({r.from_article, r.from_section, r.to_article, r.subject});
    return out;
}

std::vector<std::string> rules_of(const text::Extraction& x) {
    std::vector<std::string> out;
    for (const auto& f : x.findings)
        if (f.rule.starts_with("EXTRACT-CONVENTION"))
            out.push_back(f.rule);
    return out;
}

const Convention& seed_convention() {
    static const Convention c = extracted(seed());
    return c;
}

// --- The seed -----------------------------------------------------------------------------

/// Every value of the APES convention (typed facts, enums, amounts, dates, identifiers, article
/// index, subjects…) is read from the seed text, and every SourceRef.text too except those of
/// the cross-references: the model quotes a hand-cut phrase (« telle que présentée en article
/// 2 de la présente convention »), the extractor the whole sentence it read the reference in.
TEST(ExtractConventionSeed, EqualsTheApesConventionLeafByLeaf) {
    const auto cross_reference_text = [](std::string_view path) {
        return path.starts_with("/convention/cross_references/") &&
               subvention::testing::is_source_text_path(path);
    };
    const auto diffs =
        convention_diff(examples::apes_2023_convention(), seed_convention(), cross_reference_text);
    EXPECT_TRUE(diffs.empty()) << diffs.size() << " differing paths:\n"
                               << subvention::testing::describe(diffs);
}

/// The cross-references' printed texts: the extracted sentence contains the model's phrase, so
/// a diagnostic still points at the right words.
TEST(ExtractConventionSeed, CrossReferenceTextsAreTheSentencesHoldingTheModelsPhrase) {
    const auto expected = examples::apes_2023_convention();
    const auto& got = seed_convention();
    ASSERT_EQ(got.cross_references.size(), expected.cross_references.size());
    for (std::size_t i = 0; i < got.cross_references.size(); ++i) {
        const auto& g = got.cross_references[i].source;
        const auto& e = expected.cross_references[i].source;
        EXPECT_EQ(g.section, e.section) << i;
        EXPECT_NE(g.text.find(e.text), std::string::npos)
            << i << ": « " << e.text << " » not in « " << g.text << " »";
    }
    // Printed for the record: the paths that differ only by this choice.
    const auto diffs = convention_diff(expected, got);
    for (const auto& d : diffs)
        EXPECT_TRUE(d.path.starts_with("/convention/cross_references/")) << d.path;
    std::cout << subvention::testing::describe(diffs);
}

TEST(ExtractConventionSeed, FindsNothingMissing) {
    const auto x = text::extract(seed());
    EXPECT_EQ(rules_of(x), std::vector<std::string>{});
}

TEST(ExtractConventionSeed, SpansPointAtTheLinesTheFactsWereReadIn) {
    const auto x = text::extract(seed());
    auto span_of = [&](std::string_view path) -> std::optional<text::Span> {
        for (const auto& s : x.spans)
            if (s.path == path)
                return s.span;
        return std::nullopt;
    };
    // Line numbers of the seed text (tests/data/text/apes_2023.txt).
    const auto period = span_of("/convention/period");
    ASSERT_TRUE(period);
    EXPECT_EQ(period->first_line, 241U);
    EXPECT_EQ(period->last_line, 241U);
    const auto payment = span_of("/convention/payment_schedule/payments/0");
    ASSERT_TRUE(payment);
    EXPECT_EQ(payment->first_line, 417U);
    const auto grantor = span_of("/convention/grantor");
    ASSERT_TRUE(grantor);
    EXPECT_EQ(grantor->first_line, 142U);
    EXPECT_EQ(grantor->last_line, 146U);
    const auto ceiling = span_of("/convention/actions/1/amount");
    ASSERT_TRUE(ceiling);
    EXPECT_EQ(ceiling->first_line, 402U);
    EXPECT_EQ(ceiling->last_line, 405U);
    const auto iban = span_of("/convention/bank_details/iban");
    ASSERT_TRUE(iban);
    EXPECT_EQ(iban->first_line, 447U);
    // One span per article of the index and per cross-reference.
    for (std::size_t i = 0; i < 13; ++i)
        EXPECT_TRUE(span_of("/convention/articles/" + std::to_string(i))) << i;
    for (std::size_t i = 0; i < 11; ++i)
        EXPECT_TRUE(span_of("/convention/cross_references/" + std::to_string(i))) << i;
}

// --- What exports do to the text: same convention -------------------------------------------

/// Expects `text` to extract to the seed's convention, leaf by leaf.
void expect_same_as_seed(const std::string& text) {
    const auto diffs = convention_diff(seed_convention(), extracted(text));
    EXPECT_TRUE(diffs.empty()) << diffs.size() << " differing paths:\n"
                               << subvention::testing::describe(diffs);
}

TEST(ExtractConventionRobustness, DoubledSpacesChangeNothing) {
    // appended, not s.insert(p, " "): GCC 12 -O3 false -Wstringop-overflow (GCC bug 105651)
    expect_same_as_seed(on_convention(seed(), [](const std::string& s) {
        std::string doubled;
        for (const char c : s) {
            doubled += c;
            if (c == ' ')
                doubled += ' ';
        }
        return doubled;
    }));
}

TEST(ExtractConventionRobustness, NoBreakSpacesChangeNothing) {
    expect_same_as_seed(on_convention(seed(), [](std::string s) {
        s = replaced(s, "57 000 €", "57\u202F000\u00A0€");
        s = replaced(s, "24 000 €", "24\u00A0000\u00A0€");
        s = replaced(s, "Monsieur Luc", "Monsieur\u00A0Luc");
        return replaced(s, " : ", "\u00A0: ");
    }));
}

TEST(ExtractConventionRobustness, ArticleHeadingSpacingChangesNothing) {
    expect_same_as_seed(on_convention(seed(), [](std::string s) {
        s = replaced(s, "Article 2 : Nature", "Article 2     :  Nature");
        s = replaced(s, "Article 7 : Modalités", "Article 7\t: Modalités");
        return replaced(s, "Article 12 : Reversements", "  Article   12:Reversements");
    }));
}

TEST(ExtractConventionRobustness, FirstWrittenAsOneErChangesNothing) {
    expect_same_as_seed(on_convention(seed(), [](const std::string& s) {
        return replaced(s, "Article 1 : Objet", "Article 1er : Objet");
    }));
}

TEST(ExtractConventionRobustness, LinesWrappedInsideANameOrAnAmountChangeNothing) {
    expect_same_as_seed(on_convention(seed(), [](std::string s) {
        s = replaced(s, "Monsieur Jean-Claude LEROY, Président du Conseil ",
                     "Monsieur Jean-\nClaude LEROY, Président du Conseil ");
        s = replaced(s, "- 24 000 € au titre", "- 24\n000 € au titre");
        s = replaced(s, "Un versement de 57 000 € interviendra",
                     "Un versement de 57\n000 € interviendra");
        return replaced(s, "répertoire SIREN sous le n°440 672 020 00037",
                        "répertoire SIREN sous le n°440 672\n020 00037");
    }));
}

TEST(ExtractConventionRobustness, OtherBulletMarksAndPageDebrisChangeNothing) {
    expect_same_as_seed(on_convention(seed(), [](std::string s) {
        s = replaced(s, "- 24 000 €", "• 24 000 €");
        s = replaced(s, "- 33 000 €", "➢ 33 000 €");
        // a page break inside article 8's paragraph
        return replaced(s, "Le bénéficiaire devra constituer :",
                        "Le bénéficiaire devra constituer :\n\nPage 6 sur 7\n\f");
    }));
}

// --- What exports do to the text: the facts that change, and only those ---------------------

TEST(ExtractConventionRobustness, UpperCaseHeadingsKeepTheIndexAndItsSubjects) {
    const auto c = extracted(on_convention(seed(), [](const std::string& s) {
        return each_line(s, [](const std::string& line) {
            return line.find("Article ") != std::string::npos &&
                           line.find(" : ") != std::string::npos && line.find("Article ") < 3
                       ? upper(line)
                       : line;
        });
    }));
    const auto& seed_c = seed_convention();
    ASSERT_EQ(c.articles.size(), 13U);
    EXPECT_EQ(c.articles[2].title, "PERIODE D’APPLICATION DE LA CONVENTION");
    const auto diffs = convention_diff(seed_c, c);
    for (const auto& d : diffs) // only the titles, printed in capitals, differ
        EXPECT_TRUE(d.path.starts_with("/convention/articles/") && d.path.ends_with("/title"))
            << d.path;
    EXPECT_EQ(diffs.size(), 13U);
}

TEST(ExtractConventionRobustness, MissingAccentsKeepEveryTypedFact) {
    const auto c = extracted(on_convention(seed(), strip_accents));
    const auto& s = seed_convention();
    EXPECT_EQ(clause_kinds(c), clause_kinds(s));
    EXPECT_EQ(ref_values(c), ref_values(s));
    ASSERT_EQ(c.articles.size(), s.articles.size());
    for (std::size_t i = 0; i < c.articles.size(); ++i) {
        EXPECT_EQ(c.articles[i].number, s.articles[i].number);
        EXPECT_EQ(c.articles[i].subjects, s.articles[i].subjects) << i;
        EXPECT_EQ(c.articles[i].sections.size(), s.articles[i].sections.size()) << i;
    }
    ASSERT_TRUE(c.period);
    EXPECT_EQ(c.period->value, s.period->value);
    EXPECT_EQ(c.tacit_renewal.value, TacitRenewal::excluded);
    ASSERT_EQ(c.actions.size(), 2U);
    EXPECT_EQ(c.actions[0].amount->value, s.actions[0].amount->value);
    EXPECT_EQ(c.actions[1].amount->value, s.actions[1].amount->value);
    ASSERT_EQ(c.payment_schedule.payments.size(), 1U);
    EXPECT_EQ(c.payment_schedule.payments[0].trigger, PaymentTrigger::signature);
    EXPECT_EQ(c.payment_schedule.mentions.size(), 3U);
    ASSERT_TRUE(c.grantor.authorisation);
    EXPECT_EQ(c.grantor.authorisation->body, Body::commission_permanente);
    EXPECT_EQ(c.grantor.authorisation->date, Date(2023, 3, 20));
    ASSERT_TRUE(c.beneficiary.identifier);
    EXPECT_EQ(c.beneficiary.identifier->label, IdentifierLabel::siren);
    EXPECT_EQ(c.beneficiary.identifier->value, "440 672 020 00037");
    EXPECT_EQ(c.obligations.meetings.at(0).minimum_frequency, Frequency::quarterly);
    ASSERT_TRUE(c.obligations.final_report);
    EXPECT_EQ(c.obligations.final_report->deadlines.size(), 3U);
    EXPECT_EQ(c.signature.signatories.size(), 2U);
    EXPECT_EQ(c.original_copies->value, 2U);
    EXPECT_EQ(c.page_count->value, 7U);
}

TEST(ExtractConventionRobustness, AnIbanFilledInIsReadAndNothingElseChanges) {
    const std::string blank(67, '_');
    const auto c = extracted(replaced(seed(), "Référence IBAN : " + blank,
                                      "Référence IBAN : FR76 3000 6000 0112 3456 7890 189"));
    ASSERT_TRUE(c.bank_details);
    EXPECT_EQ(c.bank_details->iban.value, "FR76 3000 6000 0112 3456 7890 189");
    EXPECT_EQ(c.bank_details->iban.source.text,
              "Référence IBAN : FR76 3000 6000 0112 3456 7890 189");
    EXPECT_EQ(subvention::testing::json_diff_paths(convention_diff(seed_convention(), c)),
              (std::vector<std::string>{"/convention/bank_details/iban/value",
                                        "/convention/bank_details/iban/source/text"}));
}

TEST(ExtractConventionRobustness, DatesInWordsAndOneErGiveTheSamePeriod) {
    const auto c = extracted(replaced(seed(), "du 01/01/2023 au 31/12/2023 inclus",
                                      "du 1er janvier 2023 au 31 décembre 2023 inclus"));
    ASSERT_TRUE(c.period);
    EXPECT_EQ(c.period->value, (Period{Date(2023, 1, 1), Date(2023, 12, 31), true}));
    EXPECT_EQ(subvention::testing::json_diff_paths(convention_diff(seed_convention(), c)),
              (std::vector<std::string>{"/convention/period/source/text"}));
}

TEST(ExtractConventionRobustness, RenumberedArticlesMoveTheIndexAndTheCrossReferences) {
    // An article inserted before article 5: articles 5..13 become 6..14, and the text's
    // references to articles 6 and 7 are renumbered with them (those to 2, 3, 4 stay).
    const auto c = extracted(on_convention(seed(), [](std::string s) {
        for (int n = 13; n >= 5; --n)
            s = replaced(s, "Article " + std::to_string(n) + " :",
                         "Article " + std::to_string(n + 1) + " :");
        s = replaced(s, "l’article 7", "l’article 8");
        return replaced(s, "l’article 6", "l’article 7");
    }));
    const auto& s = seed_convention();
    const auto shift = [](std::uint32_t n) { return n >= 5 ? n + 1 : n; };
    ASSERT_EQ(c.articles.size(), s.articles.size());
    for (std::size_t i = 0; i < c.articles.size(); ++i) {
        EXPECT_EQ(c.articles[i].number, shift(s.articles[i].number));
        EXPECT_EQ(c.articles[i].subjects, s.articles[i].subjects);
    }
    const auto before = ref_values(s);
    const auto after = ref_values(c);
    ASSERT_EQ(after.size(), before.size());
    for (std::size_t i = 0; i < after.size(); ++i) {
        EXPECT_EQ(after[i].from, shift(before[i].from)) << i;
        EXPECT_EQ(after[i].section, before[i].section) << i;
        EXPECT_EQ(after[i].to, shift(before[i].to)) << i;
        EXPECT_EQ(after[i].subject, before[i].subject) << i;
    }
    // « cf. article suivant » in article 4 now designates article 6, « l'article précédent »
    // in (former) article 7 designates article 7.
    EXPECT_EQ(after[2].to, 6U);
    EXPECT_EQ(after[7].to, 7U);
    EXPECT_EQ(c.cross_references[7].source.section, "article 8");
}

TEST(ExtractConventionRobustness, ASignedCopyIsExecutedWithItsDate) {
    const auto c = extracted(replaced(seed(), "A Arras, le \n", "A Arras, le 3 avril 2023\n"));
    EXPECT_EQ(c.status, DocumentStatus::executed);
    EXPECT_EQ(c.signature.date.value, Date(2023, 4, 3));
    EXPECT_EQ(c.signature.place, "Arras");
}

TEST(ExtractConventionRobustness, AFilledDossierNumberIsKept) {
    const auto c = extracted(replaced(seed(), "Dossier n°  \n", "Dossier n° 2023-00451\n"));
    EXPECT_EQ(c.dossier_number.value, "2023-00451");
}

TEST(ExtractConventionRobustness, ASiretLabelledSiretIsLabelledSiret) {
    const auto c = extracted(replaced(seed(), "répertoire SIREN sous", "répertoire SIRET sous"));
    ASSERT_TRUE(c.beneficiary.identifier);
    EXPECT_EQ(c.beneficiary.identifier->label, IdentifierLabel::siret);
    EXPECT_EQ(c.beneficiary.identifier->value, "440 672 020 00037");
}

TEST(ExtractConventionRobustness, AnRnaPrintedBesideTheSiretIsTheOtherIdentifier) {
    const auto c = extracted(replaced(seed(), "sous le n°440 672 020 00037 ",
                                      "sous le n°440 672 020 00037, RNA W595012345, "));
    ASSERT_TRUE(c.beneficiary.identifier);
    EXPECT_EQ(c.beneficiary.identifier->value, "440 672 020 00037");
    ASSERT_EQ(c.beneficiary.other_identifiers.size(), 1U);
    EXPECT_EQ(c.beneficiary.other_identifiers[0].label, IdentifierLabel::rna);
    EXPECT_EQ(c.beneficiary.other_identifiers[0].value, "W595012345");
    EXPECT_NE(c.beneficiary.other_identifiers[0].source.text.find("RNA W595012345"),
              std::string::npos);
    // One number under two labels is one identifier.
    const auto one = extracted(replaced(seed(), "répertoire SIREN sous le n°440 672 020 00037",
                                        "SIRET (SIREN 440 672 020 00037"));
    EXPECT_TRUE(one.beneficiary.other_identifiers.empty());
}

TEST(ExtractConventionRobustness, AnAssociationCultuelleIsReadAsSuchWithoutItsFormInTheName) {
    const auto c =
        extracted(replaced(seed(), "L’association Acteurs Pour une Économie Solidaire, dont",
                           "L’association cultuelle Acteurs Pour une Économie Solidaire, dont"));
    EXPECT_EQ(c.beneficiary.legal_form, LegalForm::association_cultuelle);
    EXPECT_EQ(c.beneficiary.name, "Acteurs Pour une Économie Solidaire");
}

TEST(ExtractConventionRobustness, AnAuthorisationToPassTheSubsidyOnIsItsOwnClause) {
    const std::string sentence = "L’organisme est autorisé à reverser tout ou partie de la "
                                 "subvention aux structures accompagnées.";
    const auto c = extracted(replaced(
        seed(), "Elle ne pourra en aucun cas être utilisée pour financer des activités cultuelles",
        sentence + " Elle ne pourra en aucun cas être utilisée pour financer des activités "
                   "cultuelles"));
    EXPECT_TRUE(has_clause(c, ClauseKind::pass_on_allowed));
    // The repayments of art. 12 (« reverser au Département ») stay repayments.
    EXPECT_EQ(clauses_of(c, ClauseKind::reimbursement).size(),
              clauses_of(*examples::apes_2023().convention, ClauseKind::reimbursement).size());
}

// --- Expected facts not found -----------------------------------------------------------------

TEST(ExtractConventionMissing, ARemovedPeriodIsAWarningNotAnInventedValue) {
    const auto x = text::extract(
        replaced(seed(), "La convention s’applique du 01/01/2023 au 31/12/2023 inclus.",
                 "La convention s’applique pendant l’année."));
    ASSERT_TRUE(x.dossier.convention);
    EXPECT_FALSE(x.dossier.convention->period);
    EXPECT_EQ(rules_of(x), std::vector<std::string>{"EXTRACT-CONVENTION-PERIOD"});
    for (const auto& f : x.findings)
        if (f.rule == "EXTRACT-CONVENTION-PERIOD") {
            EXPECT_EQ(f.severity, compliance::Severity::warning);
            EXPECT_EQ(f.location.path, "/convention/period");
        }
}

TEST(ExtractConventionMissing, ABareConventionReportsEveryMissingFactAndInventsNone) {
    const auto x = text::extract("CONVENTION\n\nQuelques mots sans rapport.\n");
    ASSERT_TRUE(x.dossier.convention);
    const auto& c = *x.dossier.convention;
    EXPECT_TRUE(c.object.value.empty());
    EXPECT_FALSE(c.period);
    EXPECT_TRUE(c.articles.empty());
    EXPECT_TRUE(c.payment_schedule.payments.empty());
    EXPECT_FALSE(c.bank_details);
    const auto rules = rules_of(x);
    for (const std::string_view r :
         {"EXTRACT-CONVENTION-OBJECT", "EXTRACT-CONVENTION-GRANTOR",
          "EXTRACT-CONVENTION-BENEFICIARY", "EXTRACT-CONVENTION-ARTICLES",
          "EXTRACT-CONVENTION-PERIOD", "EXTRACT-CONVENTION-PAYMENTS",
          "EXTRACT-CONVENTION-SIGNATURE", "EXTRACT-CONVENTION-BANK-DETAILS"})
        EXPECT_NE(std::find(rules.begin(), rules.end(), r), rules.end()) << r;
}

// --- Size -------------------------------------------------------------------------------------

/// A convention forty times as long as the seed's (one section of ~1 MB, 520 articles, 440
/// cross-references): every fact is still read, in time linear in the text (no timing asserted;
/// a quadratic pass would make this test take minutes).
TEST(ExtractConventionSize, AFortyTimesLongerConventionIsReadWhole) {
    const auto b = seed().find("Objet : Partenariat");
    const auto body_begin = seed().find("Ceci exposé", b);
    const auto body_end = seed().find("Fait en deux exemplaires", b);
    std::string big = seed().substr(0, body_end);
    // Without its « Page 5 sur 7 » line: forty pages starting with « Article 5 » would make
    // that heading page furniture (a repeated page header), which the normaliser removes.
    const std::string body =
        replaced(seed().substr(body_begin, body_end - body_begin), "Page 5 sur 7", "");
    for (int i = 1; i < 40; ++i)
        big += body;
    big += seed().substr(body_end);
    const auto c = extracted(big);
    EXPECT_EQ(c.articles.size(), 13U * 40U);
    EXPECT_EQ(c.cross_references.size(), 11U * 40U);
    EXPECT_EQ(c.clauses.size(), examples::apes_2023_convention().clauses.size() * 40U);
    EXPECT_EQ(c.visas.size(), 5U);
    EXPECT_EQ(c.signature.signatories.size(), 2U);
}

/// The convention cut after each of its lines (a truncated export): never a throw, and what is
/// read is what the seed says — the articles found are the seed's first ones, a period found is
/// the seed's — never a value made up from the missing rest.
TEST(ExtractConventionSize, EveryTruncationReadsOnlyTheSeedsFacts) {
    const auto b = seed().find("Pôle Partenariats");
    const auto e = seed().find("Pôle Partenariats", b + 1);
    const std::string conv = seed().substr(b, e - b);
    const auto& full = seed_convention();
    std::size_t cuts = 0, lines = 0;
    for (auto nl = conv.find('\n'); nl != std::string::npos; nl = conv.find('\n', nl + 1)) {
        if (lines++ % subvention::testing::truncation_step() != 0)
            continue;
        const auto x = text::extract(std::string_view(conv).substr(0, nl));
        ++cuts;
        if (!x.dossier.convention)
            continue;
        const auto& c = *x.dossier.convention;
        ASSERT_LE(c.articles.size(), full.articles.size()) << nl;
        for (std::size_t i = 0; i < c.articles.size(); ++i) {
            EXPECT_EQ(c.articles[i].number, full.articles[i].number) << nl;
            EXPECT_EQ(c.articles[i].title, full.articles[i].title) << nl;
        }
        if (c.period) {
            EXPECT_EQ(c.period->value, full.period->value) << nl;
        }
        for (const auto& p : c.payment_schedule.payments)
            EXPECT_EQ(p.amount.value, Euros::from_euros(57'000)) << nl;
    }
    EXPECT_GT(cuts, 350U / subvention::testing::truncation_step());
}

} // namespace

} // namespace test_io_extract_convention_test
