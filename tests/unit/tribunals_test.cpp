// SPDX-License-Identifier: Apache-2.0
// Tests of tribunals.hpp: the CJA R.221-3 table (département → seat of the tribunal
// administratif) and the reading of court names as clauses print them.
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include <subvention/tribunals.hpp>

// Each suite in its own namespace: the suites of a group are compiled together (unity build).
namespace test_tribunals_test {

namespace {

using namespace subvention;

static_assert(tribunal_areas.size() == 101);
static_assert(*tribunal_administratif_for("62") == "Lille");
static_assert(*tribunal_administratif_for("2A") == "Bastia");
static_assert(!tribunal_administratif_for("20"));

struct Row {
    std::string code;
    std::string departement;
    std::string seat;
};

/// tests/data/tribunals_r221_3.csv: docs/legal-reference.md § 9 transcribed independently of the
/// header.
std::vector<Row> reference_rows() {
    std::ifstream in(std::string(SUBVENTION_TEST_DATA_DIR) + "/tribunals_r221_3.csv");
    std::vector<Row> rows;
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#' || line.rfind("code,", 0) == 0)
            continue;
        std::stringstream ss(line);
        Row r;
        std::getline(ss, r.code, ',');
        std::getline(ss, r.departement, ',');
        std::getline(ss, r.seat, ',');
        rows.push_back(r);
    }
    return rows;
}

TEST(TribunalAreas, TableMatchesRulesSection9RowForRow) {
    const auto rows = reference_rows();
    ASSERT_EQ(rows.size(), 101u);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        EXPECT_EQ(tribunal_areas[i].departement_code, rows[i].code) << i;
        EXPECT_EQ(tribunal_areas[i].departement, rows[i].departement) << i;
        EXPECT_EQ(tribunal_areas[i].seat, rows[i].seat) << i;
        EXPECT_EQ(tribunal_administratif_for(rows[i].code), rows[i].seat) << rows[i].code;
    }
}

TEST(TribunalAreas, CodesAreUniqueAndCoverTheHundredAndOneDepartements) {
    std::set<std::string_view> codes;
    std::set<std::string_view> seats;
    for (const auto& a : tribunal_areas) {
        codes.insert(a.departement_code);
        seats.insert(a.seat);
    }
    EXPECT_EQ(codes.size(), 101u);
    EXPECT_EQ(seats.size(), 36u);
    // 01..95 except 20, plus 2A, 2B, 971..974, 976.
    for (int n = 1; n <= 95; ++n) {
        if (n == 20)
            continue;
        // append, not "0" + std::string: GCC 12 -O3 false -Wstringop-overflow (GCC bug 105651)
        const std::string code = std::string(n < 10 ? "0" : "").append(std::to_string(n));
        EXPECT_TRUE(codes.count(code)) << code;
    }
    for (const char* code : {"2A", "2B", "971", "972", "973", "974", "976"})
        EXPECT_TRUE(codes.count(code)) << code;
}

TEST(TribunalAdministratifFor, KnownCodesAndNoGuessing) {
    EXPECT_EQ(tribunal_administratif_for("62"), "Lille");
    EXPECT_EQ(tribunal_administratif_for("59"), "Lille");
    EXPECT_EQ(tribunal_administratif_for(" 2a "), "Bastia");
    EXPECT_EQ(tribunal_administratif_for("2b"), "Bastia");
    EXPECT_EQ(tribunal_administratif_for("92"), "Cergy-Pontoise");
    EXPECT_EQ(tribunal_administratif_for("93"), "Montreuil");
    EXPECT_EQ(tribunal_administratif_for("51"), "Châlons-en-Champagne");
    EXPECT_EQ(tribunal_administratif_for("976"), "Mamoudzou");
    for (const char* bad :
         {"", " ", "20", "975", "977", "6", "062", "99", "00", "2C", "Lille", "1234"})
        EXPECT_FALSE(tribunal_administratif_for(bad)) << bad;
    EXPECT_EQ(tribunal_administratif_for("62 "), "Lille");
    EXPECT_EQ(tribunal_administratif_for("62\u00A0"), "Lille"); // no-break space trimmed
}

TEST(TribunalAdministratifName, ElidesBeforeAVowel) {
    EXPECT_EQ(tribunal_administratif_name("Lille"), "Tribunal administratif de Lille");
    EXPECT_EQ(tribunal_administratif_name("Amiens"), "Tribunal administratif d’Amiens");
    EXPECT_EQ(tribunal_administratif_name("Orléans"), "Tribunal administratif d’Orléans");
    EXPECT_EQ(tribunal_administratif_name("Châlons-en-Champagne"),
              "Tribunal administratif de Châlons-en-Champagne");
}

TEST(ReadCourtName, RobustToCaseAccentsHyphensAndAbbreviations) {
    struct Case {
        const char* printed;
        CourtKind kind;
        const char* seat; // nullptr: none recognised
        const char* key;
    };
    const std::vector<Case> cases{
        {"Tribunal administratif de Lille", CourtKind::tribunal_administratif, "Lille", "LILLE"},
        {"TA de LILLE", CourtKind::tribunal_administratif, "Lille", "LILLE"},
        {"T.A. de Lille", CourtKind::tribunal_administratif, "Lille", "LILLE"},
        {"le tribunal administratif de Lille (Nord)", CourtKind::tribunal_administratif, "Lille",
         "LILLE"},
        {"Tribunal administratif de Chalons en Champagne", CourtKind::tribunal_administratif,
         "Châlons-en-Champagne", "CHALONS EN CHAMPAGNE"},
        {"TA de Châlons-sur-Marne", CourtKind::tribunal_administratif, "Châlons-en-Champagne",
         "CHALONS SUR MARNE"},
        {"Tribunal Administratif de CERGY-PONTOISE", CourtKind::tribunal_administratif,
         "Cergy-Pontoise", "CERGY PONTOISE"},
        {"TA d’Orléans", CourtKind::tribunal_administratif, "Orléans", "ORLEANS"},
        {"TA d' Amiens", CourtKind::tribunal_administratif, "Amiens", "AMIENS"},
        {"Tribunal administratif de Ste-Lille", CourtKind::tribunal_administratif, nullptr,
         "SAINTE LILLE"},
        {"tribunal administratif de St Denis", CourtKind::tribunal_administratif, "Saint-Denis",
         "SAINT DENIS"},
        {"Tribunal administratif de Lile", CourtKind::tribunal_administratif, nullptr, "LILE"},
        {"Tribunal administratif compétent", CourtKind::tribunal_administratif, nullptr, ""},
        {"Cour administrative d'appel de Douai", CourtKind::other_administrative, nullptr, ""},
        {"la juridiction administrative", CourtKind::other_administrative, nullptr, ""},
        {"Tribunal judiciaire de Lille", CourtKind::other, nullptr, ""},
        {"Lille", CourtKind::other, nullptr, ""},
        {"", CourtKind::other, nullptr, ""},
        {"TAAF", CourtKind::other, nullptr, ""},
        {"Tribunal administratif de Lille\xFF", CourtKind::tribunal_administratif, nullptr,
         "LILLE\xFF"},
    };
    for (const auto& c : cases) {
        const auto court = read_court_name(c.printed);
        EXPECT_EQ(court.kind, c.kind) << c.printed;
        EXPECT_EQ(court.seat_key, c.key) << c.printed;
        if (c.seat == nullptr)
            EXPECT_FALSE(court.seat) << c.printed;
        else
            EXPECT_EQ(court.seat, c.seat) << c.printed;
    }
}

// Property: every seat's canonical name, upper-cased name and hyphen-free name read back to it.
TEST(ReadCourtName, EverySeatReadsBack) {
    for (const auto& a : tribunal_areas) {
        const std::string seat(a.seat);
        std::string spaced = seat;
        for (auto& ch : spaced)
            if (ch == '-')
                ch = ' ';
        std::string upper = seat;
        for (auto& ch : upper)
            ch = detail::ascii_upper(ch);
        for (const auto& name : {tribunal_administratif_name(seat), "TA de " + spaced,
                                 "TRIBUNAL ADMINISTRATIF DE " + upper}) {
            EXPECT_TRUE(names_tribunal_administratif(name, seat)) << name;
            const auto court = read_court_name(name);
            EXPECT_EQ(court.seat, a.seat) << name;
        }
    }
}

TEST(NamesTribunalAdministratif, OnlyTheSameSeat) {
    EXPECT_TRUE(names_tribunal_administratif("TA de Lille", "Lille"));
    EXPECT_FALSE(names_tribunal_administratif("TA de Lille", "Amiens"));
    EXPECT_FALSE(names_tribunal_administratif("Tribunal judiciaire de Lille", "Lille"));
    EXPECT_FALSE(names_tribunal_administratif("Tribunal administratif", "Lille"));
}

} // namespace

} // namespace test_tribunals_test
