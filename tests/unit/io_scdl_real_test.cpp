// SPDX-License-Identifier: Apache-2.0
// SCDL validation on real data: the official subventions 2.1.1 examples (valid, and the two
// invalid ones with every error they contain listed) and the five départemental files of
// tests/data/scdl/real/ (see tests/data/scdl/SOURCES.md), in strict and lenient modes, with the
// kind and count of findings pinned per file.
#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include <subvention/io/scdl.hpp>

// Each suite in its own namespace: the suites of a group are compiled together (unity build).
namespace test_io_scdl_real_test {

namespace {

using namespace subvention::io::scdl;

const std::filesystem::path data_dir = std::filesystem::path(SUBVENTION_TEST_DATA_DIR) / "scdl";
const std::filesystem::path examples = data_dir / "subventions" / "2.1.1" / "exemples";

std::string read_file(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    EXPECT_TRUE(in) << p;
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

/// A finding reduced to what the expectations pin.
struct Expected {
    std::uint64_t row;
    std::uint32_t column;
    std::string field;
    std::string rule;
    std::string value;
    bool warning = false;
    friend bool operator==(const Expected&, const Expected&) = default;
};

std::ostream& operator<<(std::ostream& os, const Expected& e) {
    return os << "{" << e.row << ", " << e.column << ", \"" << e.field << "\", \"" << e.rule
              << "\", \"" << e.value << "\"" << (e.warning ? ", warning" : "") << "}";
}

struct Run {
    Summary summary;
    std::vector<Finding> findings;
};

Run run_file(const std::filesystem::path& p, bool lenient = false) {
    Run r;
    std::ifstream in(p, std::ios::binary);
    ValidateOptions o;
    o.lenient = lenient;
    r.summary = validate(in, o, [&](const Finding& f) { r.findings.push_back(f); });
    return r;
}

std::vector<Expected> reduce(const std::vector<Finding>& fs) {
    std::vector<Expected> out;
    for (const auto& f : fs)
        out.push_back({f.row, f.column, f.field, std::string(to_string(f.rule)), f.value,
                       f.severity == Severity::warning});
    return out;
}

TEST(ScdlOfficialExamples, ValidExamplePassesWithZeroFindings) {
    const auto r = run_file(examples / "exemple_valide.csv");
    EXPECT_TRUE(r.findings.empty()) << (r.findings.empty() ? "" : r.findings.front().message_fr);
    EXPECT_EQ(r.summary.rows, 29U);
    EXPECT_TRUE(r.summary.readable);
    EXPECT_TRUE(r.summary.valid);
    EXPECT_EQ(r.summary.schema, Schema::subventions);
    EXPECT_EQ(r.summary.version, latest(Schema::subventions));
}

TEST(ScdlOfficialExamples, ValidExampleAlsoPassesFromAnInMemoryBuffer) {
    const std::string text = read_file(examples / "exemple_valide.csv");
    std::size_t n = 0;
    const auto s = validate(std::string_view(text), {}, [&](const Finding&) { ++n; });
    EXPECT_EQ(n, 0U);
    EXPECT_TRUE(s.valid);
}

// « exemple_invalide_erreurs_cellules.csv »: cell errors only. Every error, in emission order
// (per row: the cells left to right, then the custom checks). The 15-column file lacks the
// optional dispositifAide added in 2.1.0: a warning, not an error.
// - idAttribuant 21860194600000 (every row): Luhn fails (Poitiers' SIRET is …00013);
// - pourcentageSubvention 100 and 80 (rows 2-4): above the maximum 1; "0,5" (row 9): not a
//   number (decimal comma);
// - dateConvention 05/12/2016 (row 5): not ISO 8601;
// - rnaBeneficiaire W3222, W12455, W1234567: pattern ^W\d{9}$;
// - montant "100000,1" and notificationUE "no"/"yes": type errors; montant empty (row 10):
//   required;
// - idAttribuant 218601946 (row 7): a SIREN, pattern ^\d{14}$ and SIRET check;
// - datesPeriodeVersement 2017-06-27_2018-06-27 (row 8): '_' instead of '/';
// - nature "aide en numéraire,aide en nature" (row 16): comma instead of ';' (enum);
// - idBeneficiaire and rnaBeneficiaire both empty (row 9): one-of-required;
// - 20 beneficiary SIRETs with wrong check digits (ending 00000, 32402138500000.0…).
TEST(ScdlOfficialExamples, CellErrorsExampleFailsWithExactlyItsCellErrors) {
    const std::vector<Expected> expected = {
        {1, 0, "dispositifAide", "column-missing", "", true},
        {2, 15, "pourcentageSubvention", "maximum", "100"},
        {2, 2, "idAttribuant", "french-siret-value", "21860194600000"},
        {3, 15, "pourcentageSubvention", "maximum", "80"},
        {3, 2, "idAttribuant", "french-siret-value", "21860194600000"},
        {4, 15, "pourcentageSubvention", "maximum", "80"},
        {4, 2, "idAttribuant", "french-siret-value", "21860194600000"},
        {5, 3, "dateConvention", "type-date", "05/12/2016"},
        {5, 7, "rnaBeneficiaire", "pattern", "W3222"},
        {5, 2, "idAttribuant", "french-siret-value", "21860194600000"},
        {5, 6, "idBeneficiaire", "french-siret-value", "44088714900000"},
        {6, 9, "montant", "type-number", "100000,1"},
        {6, 14, "notificationUE", "type-boolean", "no"},
        {6, 2, "idAttribuant", "french-siret-value", "21860194600000"},
        {6, 6, "idBeneficiaire", "french-siret-value", "32402138500000.0"},
        {7, 2, "idAttribuant", "pattern", "218601946"},
        {7, 2, "idAttribuant", "french-siret-value", "218601946"},
        {8, 12, "datesPeriodeVersement", "pattern", "2017-06-27_2018-06-27"},
        {8, 14, "notificationUE", "type-boolean", "yes"},
        {8, 2, "idAttribuant", "french-siret-value", "21860194600000"},
        {8, 6, "idBeneficiaire", "french-siret-value", "67895644300011"},
        {9, 15, "pourcentageSubvention", "type-number", "0,5"},
        {9, 2, "idAttribuant", "french-siret-value", "21860194600000"},
        {9, 6, "idBeneficiaire", "one-of-required", ""},
        {10, 9, "montant", "required", ""},
        {10, 2, "idAttribuant", "french-siret-value", "21860194600000"},
        {10, 6, "idBeneficiaire", "french-siret-value", "33496296600000"},
        {11, 2, "idAttribuant", "french-siret-value", "21860194600000"},
        {11, 6, "idBeneficiaire", "french-siret-value", "47782033600000"},
        {12, 7, "rnaBeneficiaire", "pattern", "W12455"},
        {12, 2, "idAttribuant", "french-siret-value", "21860194600000"},
        {13, 2, "idAttribuant", "french-siret-value", "21860194600000"},
        {13, 6, "idBeneficiaire", "french-siret-value", "47858355200000"},
        {14, 2, "idAttribuant", "french-siret-value", "21860194600000"},
        {14, 6, "idBeneficiaire", "french-siret-value", "32075384100000"},
        {15, 2, "idAttribuant", "french-siret-value", "21860194600000"},
        {15, 6, "idBeneficiaire", "french-siret-value", "81439055500000"},
        {16, 10, "nature", "enum", "aide en numéraire,aide en nature"},
        {16, 2, "idAttribuant", "french-siret-value", "21860194600000"},
        {16, 6, "idBeneficiaire", "french-siret-value", "49481873500000"},
        {17, 2, "idAttribuant", "french-siret-value", "21860194600000"},
        {17, 6, "idBeneficiaire", "french-siret-value", "49481873500000"},
        {18, 2, "idAttribuant", "french-siret-value", "21860194600000"},
        {18, 6, "idBeneficiaire", "french-siret-value", "42141813800000"},
        {19, 2, "idAttribuant", "french-siret-value", "21860194600000"},
        {20, 2, "idAttribuant", "french-siret-value", "21860194600000"},
        {20, 6, "idBeneficiaire", "french-siret-value", "45032466000000"},
        {21, 2, "idAttribuant", "french-siret-value", "21860194600000"},
        {21, 6, "idBeneficiaire", "french-siret-value", "48932287500000"},
        {22, 2, "idAttribuant", "french-siret-value", "21860194600000"},
        {22, 6, "idBeneficiaire", "french-siret-value", "49973963900000"},
        {23, 2, "idAttribuant", "french-siret-value", "21860194600000"},
        {24, 2, "idAttribuant", "french-siret-value", "21860194600000"},
        {24, 6, "idBeneficiaire", "french-siret-value", "37968222200000"},
        {25, 2, "idAttribuant", "french-siret-value", "21860194600000"},
        {25, 6, "idBeneficiaire", "french-siret-value", "49823722100000"},
        {26, 2, "idAttribuant", "french-siret-value", "21860194600000"},
        {26, 6, "idBeneficiaire", "french-siret-value", "34336304000000"},
        {27, 2, "idAttribuant", "french-siret-value", "21860194600000"},
        {27, 6, "idBeneficiaire", "french-siret-value", "47972170000000"},
        {28, 2, "idAttribuant", "french-siret-value", "21860194600000"},
        {28, 6, "idBeneficiaire", "french-siret-value", "44122976200000"},
        {29, 2, "idAttribuant", "french-siret-value", "21860194600000"},
        {30, 7, "rnaBeneficiaire", "pattern", "W1234567"},
        {30, 2, "idAttribuant", "french-siret-value", "21860194600000"},
        {30, 6, "idBeneficiaire", "french-siret-value", "49817205500000"},
    };
    const auto r = run_file(examples / "exemple_invalide_erreurs_cellules.csv");
    const auto got = reduce(r.findings);
    ASSERT_EQ(got.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i)
        EXPECT_EQ(got[i], expected[i]) << "finding #" << i << ": " << r.findings[i].message_fr;
    EXPECT_FALSE(r.summary.valid);
    EXPECT_TRUE(r.summary.readable);
    EXPECT_EQ(r.summary.findings, 66U);
    EXPECT_EQ(r.summary.count(Check::french_siret), 49U);
    // no column error but the warning
    for (const auto& f : r.findings) {
        if (f.row == 1) {
            EXPECT_EQ(f.severity, Severity::warning) << f.message_fr;
        }
    }
}

// « exemple_invalide_erreurs_colonnes.csv »: idAttribuant and nomAttribuant swapped (both
// flagged column-order), NOM_Beneficiaire instead of nomBeneficiaire (column-misnamed, with the
// suggestion, and validated as nomBeneficiaire), then the same cell errors as the other example
// (read by name, so at the swapped columns; "100000,10" here).
TEST(ScdlOfficialExamples, ColumnErrorsExampleFailsWithSwappedAndMisnamedColumns) {
    const std::vector<Expected> expected = {
        {1, 5, "NOM_Beneficiaire", "column-misnamed", "NOM_Beneficiaire"},
        {1, 0, "dispositifAide", "column-missing", "", true},
        {1, 1, "idAttribuant", "column-order", "idAttribuant"},
        {1, 2, "nomAttribuant", "column-order", "nomAttribuant"},
        {2, 15, "pourcentageSubvention", "maximum", "100"},
        {2, 1, "idAttribuant", "french-siret-value", "21860194600000"},
        {3, 15, "pourcentageSubvention", "maximum", "80"},
        {3, 1, "idAttribuant", "french-siret-value", "21860194600000"},
        {4, 15, "pourcentageSubvention", "maximum", "80"},
        {4, 1, "idAttribuant", "french-siret-value", "21860194600000"},
        {5, 3, "dateConvention", "type-date", "05/12/2016"},
        {5, 7, "rnaBeneficiaire", "pattern", "W3222"},
        {5, 1, "idAttribuant", "french-siret-value", "21860194600000"},
        {5, 6, "idBeneficiaire", "french-siret-value", "44088714900000"},
        {6, 9, "montant", "type-number", "100000,10"},
        {6, 14, "notificationUE", "type-boolean", "no"},
        {6, 1, "idAttribuant", "french-siret-value", "21860194600000"},
        {6, 6, "idBeneficiaire", "french-siret-value", "32402138500000.0"},
        {7, 1, "idAttribuant", "pattern", "218601946"},
        {7, 1, "idAttribuant", "french-siret-value", "218601946"},
        {8, 12, "datesPeriodeVersement", "pattern", "2017-06-27_2018-06-27"},
        {8, 14, "notificationUE", "type-boolean", "yes"},
        {8, 1, "idAttribuant", "french-siret-value", "21860194600000"},
        {8, 6, "idBeneficiaire", "french-siret-value", "67895644300011"},
        {9, 15, "pourcentageSubvention", "type-number", "0,5"},
        {9, 1, "idAttribuant", "french-siret-value", "21860194600000"},
        {9, 6, "idBeneficiaire", "one-of-required", ""},
        {10, 9, "montant", "required", ""},
        {10, 1, "idAttribuant", "french-siret-value", "21860194600000"},
        {10, 6, "idBeneficiaire", "french-siret-value", "33496296600000"},
        {11, 1, "idAttribuant", "french-siret-value", "21860194600000"},
        {11, 6, "idBeneficiaire", "french-siret-value", "47782033600000"},
        {12, 7, "rnaBeneficiaire", "pattern", "W12455"},
        {12, 1, "idAttribuant", "french-siret-value", "21860194600000"},
        {13, 1, "idAttribuant", "french-siret-value", "21860194600000"},
        {13, 6, "idBeneficiaire", "french-siret-value", "47858355200000"},
        {14, 1, "idAttribuant", "french-siret-value", "21860194600000"},
        {14, 6, "idBeneficiaire", "french-siret-value", "32075384100000"},
        {15, 1, "idAttribuant", "french-siret-value", "21860194600000"},
        {15, 6, "idBeneficiaire", "french-siret-value", "81439055500000"},
        {16, 10, "nature", "enum", "aide en numéraire,aide en nature"},
        {16, 1, "idAttribuant", "french-siret-value", "21860194600000"},
        {16, 6, "idBeneficiaire", "french-siret-value", "49481873500000"},
        {17, 1, "idAttribuant", "french-siret-value", "21860194600000"},
        {17, 6, "idBeneficiaire", "french-siret-value", "49481873500000"},
        {18, 1, "idAttribuant", "french-siret-value", "21860194600000"},
        {18, 6, "idBeneficiaire", "french-siret-value", "42141813800000"},
        {19, 1, "idAttribuant", "french-siret-value", "21860194600000"},
        {20, 1, "idAttribuant", "french-siret-value", "21860194600000"},
        {20, 6, "idBeneficiaire", "french-siret-value", "45032466000000"},
        {21, 1, "idAttribuant", "french-siret-value", "21860194600000"},
        {21, 6, "idBeneficiaire", "french-siret-value", "48932287500000"},
        {22, 1, "idAttribuant", "french-siret-value", "21860194600000"},
        {22, 6, "idBeneficiaire", "french-siret-value", "49973963900000"},
        {23, 1, "idAttribuant", "french-siret-value", "21860194600000"},
        {24, 1, "idAttribuant", "french-siret-value", "21860194600000"},
        {24, 6, "idBeneficiaire", "french-siret-value", "37968222200000"},
        {25, 1, "idAttribuant", "french-siret-value", "21860194600000"},
        {25, 6, "idBeneficiaire", "french-siret-value", "49823722100000"},
        {26, 1, "idAttribuant", "french-siret-value", "21860194600000"},
        {26, 6, "idBeneficiaire", "french-siret-value", "34336304000000"},
        {27, 1, "idAttribuant", "french-siret-value", "21860194600000"},
        {27, 6, "idBeneficiaire", "french-siret-value", "47972165600100"},
        {28, 1, "idAttribuant", "french-siret-value", "21860194600000"},
        {28, 6, "idBeneficiaire", "french-siret-value", "44122976200000"},
        {29, 1, "idAttribuant", "french-siret-value", "21860194600000"},
        {30, 7, "rnaBeneficiaire", "pattern", "W1234567"},
        {30, 1, "idAttribuant", "french-siret-value", "21860194600000"},
        {30, 6, "idBeneficiaire", "french-siret-value", "49817205500000"},
    };
    const auto r = run_file(examples / "exemple_invalide_erreurs_colonnes.csv");
    const auto got = reduce(r.findings);
    ASSERT_EQ(got.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i)
        EXPECT_EQ(got[i], expected[i]) << "finding #" << i << ": " << r.findings[i].message_fr;
    EXPECT_FALSE(r.summary.valid);
    ASSERT_EQ(r.findings[0].rule, Check::column_misnamed);
    EXPECT_EQ(r.findings[0].suggestion, std::optional<std::string>("nomBeneficiaire"));
    EXPECT_EQ(r.findings[0].message_fr,
              "En-t\u00EAte, colonne 5\u00A0: la colonne \u00AB\u00A0NOM_Beneficiaire\u00A0\u00BB "
              "ne porte pas un nom du sch\u00E9ma\u00A0; nom attendu\u00A0: "
              "\u00AB\u00A0nomBeneficiaire\u00A0\u00BB (elle est valid\u00E9e comme telle)");
    // column errors: exactly the swap and the misnaming (plus the optional-column warning)
    std::vector<Expected> column_errors;
    for (const auto& e : got)
        if (e.row == 1 && !e.warning)
            column_errors.push_back(e);
    EXPECT_EQ(column_errors, (std::vector<Expected>{
                                 {1, 5, "NOM_Beneficiaire", "column-misnamed", "NOM_Beneficiaire"},
                                 {1, 1, "idAttribuant", "column-order", "idAttribuant"},
                                 {1, 2, "nomAttribuant", "column-order", "nomAttribuant"}}));
}

TEST(ScdlOfficialExamples, BothInvalidExamplesHaveTheSameCellErrors) {
    const auto a = run_file(examples / "exemple_invalide_erreurs_cellules.csv");
    const auto b = run_file(examples / "exemple_invalide_erreurs_colonnes.csv");
    std::map<std::string, std::uint64_t> ca, cb;
    for (const auto& f : a.findings)
        if (f.row > 1)
            ++ca[f.field + "/" + std::string(to_string(f.rule))];
    for (const auto& f : b.findings)
        if (f.row > 1)
            ++cb[f.field + "/" + std::string(to_string(f.rule))];
    EXPECT_EQ(ca, cb);
}

// ---- the five real départemental files ----------------------------------------------------

struct RealCase {
    const char* file;
    bool lenient;
    std::uint64_t rows;
    bool readable;
    std::map<std::string, std::uint64_t> counts;
};

std::ostream& operator<<(std::ostream& os, const RealCase& c) {
    return os << c.file << (c.lenient ? " (lenient)" : " (strict)");
}

class ScdlRealFiles : public ::testing::TestWithParam<RealCase> {};

// Strict: ';' files stop at the header (file-separator, blocking); Vendée's comma file is read
// until its first Windows-1252 byte (row 2). Lenient: read to the end, defects still reported.
// Why the counts: dep44 has titles as headers (14 misnamed), a year for dates (type-date,
// pattern on every row), SIRENs for SIRETs (18 057) and 91 rows without beneficiary id; dep46
// has '_' periods, amounts "40 000,00" and 21 separator-only lines; dep49 an idAttribuant with
// spaces and an apostrophe on all 75 rows, nature "en numéraire", idRAE "sans objet"; dep80
// dates 2017/09/08, free-text conditionsVersement > 256 characters, no notificationUE column;
// dep85 decimal commas that split rows into extra cells.
const RealCase real_cases[] = {
    {"dep44-loire-atlantique_subventions-associations_2019-07.csv",
     false,
     0,
     false,
     {{"file-separator", 1}}},
    {"dep44-loire-atlantique_subventions-associations_2019-07.csv",
     true,
     18148,
     true,
     {{"file-separator", 1},
      {"column-missing", 2},
      {"column-extra", 4},
      {"column-misnamed", 14},
      {"required", 54493},
      {"type-date", 18148},
      {"pattern", 18148},
      {"french-siret-value", 18057},
      {"one-of-required", 91}}},
    {"dep46-lot_subventions_2017.csv", false, 0, false, {{"file-separator", 1}}},
    {"dep46-lot_subventions_2017.csv",
     true,
     34,
     true,
     {{"file-encoding", 1},
      {"file-separator", 1},
      {"column-missing", 2},
      {"column-misnamed", 2},
      {"row-blank", 21},
      {"type-number", 13},
      {"pattern", 5}}},
    {"dep49-maine-et-loire_conventions-subventions_2017-2019.csv",
     false,
     0,
     false,
     {{"file-separator", 1}}},
    {"dep49-maine-et-loire_conventions-subventions_2017-2019.csv",
     true,
     75,
     true,
     {{"file-separator", 1},
      {"column-missing", 2},
      {"column-extra", 2},
      {"required", 8},
      {"pattern", 92},
      {"enum", 75},
      {"max-length", 75},
      {"french-siret-value", 81},
      {"one-of-required", 2},
      // Row 9's objet « - compensation loyer … » starts like a formula (a warning).
      {"formula-injection", 1}}},
    {"dep80-somme_donnees-conventions_2018-03-02.csv",
     false,
     0,
     false,
     {{"file-bom", 1}, {"file-separator", 1}}},
    {"dep80-somme_donnees-conventions_2018-03-02.csv",
     true,
     41,
     true,
     {{"file-encoding", 1},
      {"file-bom", 1},
      {"file-separator", 1},
      {"column-missing", 4},
      {"column-extra", 1},
      {"type-date", 41},
      {"type-number", 41},
      {"pattern", 41},
      {"enum", 1},
      {"max-length", 41}}},
    {"dep85-vendee_conventions-subventions_2018.csv",
     false,
     0,
     false,
     {{"file-encoding", 1}, {"column-missing", 2}, {"column-misnamed", 2}, {"column-order", 2}}},
    {"dep85-vendee_conventions-subventions_2018.csv",
     true,
     114,
     true,
     {{"file-encoding", 1},
      {"file-quoting", 1},
      {"column-missing", 2},
      {"column-misnamed", 2},
      {"column-order", 2},
      {"row-missing-cells", 3},
      {"row-extra-cells", 111},
      {"required", 95},
      {"type-number", 217},
      {"type-boolean", 23},
      {"pattern", 113},
      {"enum", 111},
      {"max-length", 110},
      {"french-siret-value", 4},
      {"one-of-required", 1}}},
};

TEST_P(ScdlRealFiles, IsReadWithoutCrashAndFindingsArePinned) {
    const RealCase& c = GetParam();
    const auto r = run_file(data_dir / "real" / c.file, c.lenient);
    std::map<std::string, std::uint64_t> counts;
    for (const auto& f : r.findings) {
        ++counts[std::string(to_string(f.rule))];
        EXPECT_FALSE(f.message_fr.empty());
        EXPECT_FALSE(f.message_en.empty());
    }
    EXPECT_EQ(counts, c.counts);
    EXPECT_EQ(r.summary.rows, c.rows);
    EXPECT_EQ(r.summary.readable, c.readable);
    EXPECT_FALSE(r.summary.valid);
    EXPECT_EQ(r.summary.findings, r.findings.size());
    for (std::size_t i = 0; i < check_count; ++i) {
        const auto it = counts.find(std::string(to_string(static_cast<Check>(i))));
        EXPECT_EQ(r.summary.by_check[i], it == counts.end() ? 0U : it->second);
    }
}

INSTANTIATE_TEST_SUITE_P(Departements, ScdlRealFiles, ::testing::ValuesIn(real_cases));

TEST(ScdlRealFilesDetails, TitlesAsHeadersAreMisnamedWithTheFieldNameProposed) {
    const auto r = run_file(
        data_dir / "real" / "dep44-loire-atlantique_subventions-associations_2019-07.csv", true);
    std::map<std::string, std::string> proposals;
    for (const auto& f : r.findings)
        if (f.rule == Check::column_misnamed && f.suggestion)
            proposals[f.field] = *f.suggestion;
    EXPECT_EQ(proposals["Nom de l'attribuant"], "nomAttribuant");
    EXPECT_EQ(proposals["Identification du b\u00E9n\u00E9ficiaire"], "idBeneficiaire");
    EXPECT_EQ(proposals["Aide d'Etat notifi\u00E9e \u00E0 la Commission Europ\u00E9enne"],
              "notificationUE");
}

TEST(ScdlRealFilesDetails, HeaderSpellingsAreMisnamedWithTheFieldNameProposed) {
    const auto lot = run_file(data_dir / "real" / "dep46-lot_subventions_2017.csv", true);
    std::vector<std::pair<std::string, std::string>> got;
    for (const auto& f : lot.findings)
        if (f.rule == Check::column_misnamed)
            got.emplace_back(f.field, f.suggestion.value_or(""));
    EXPECT_EQ(got, (std::vector<std::pair<std::string, std::string>>{
                       {"NomAttribuant", "nomAttribuant"},
                       {"datesperiodeVersement", "datesPeriodeVersement"}}));
    const auto vendee =
        run_file(data_dir / "real" / "dep85-vendee_conventions-subventions_2018.csv", true);
    got.clear();
    for (const auto& f : vendee.findings)
        if (f.rule == Check::column_misnamed)
            got.emplace_back(f.field, f.suggestion.value_or(""));
    EXPECT_EQ(got, (std::vector<std::pair<std::string, std::string>>{
                       {"IdRAE", "idRAE"}, {"pourcentageSubvention;;", "pourcentageSubvention"}}));
}

} // namespace

} // namespace test_io_scdl_real_test
