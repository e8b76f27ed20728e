// SPDX-License-Identifier: Apache-2.0
// Contract of `subvention scdl export` (dossiers → SCDL CSV) and `subvention scdl check` (a
// published SCDL file → partial dossiers → applicable checker rules): outputs, exit statuses.
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <unistd.h>
#include <vector>

#include <gtest/gtest.h>

#include "support/cli_runner.hpp"

// Each suite in its own namespace: the suites of a group are compiled together (unity build).
namespace test_cli_scdl_export_test {

namespace {

using subvention::testing::CliRun;
using subvention::testing::run;

const std::string data = SUBVENTION_TEST_DATA_DIR;
const std::string apes_json = data + "/json/apes_2023.json";
const std::string valid_csv = data + "/scdl/subventions/2.1.1/exemples/exemple_valide.csv";
const std::string cells_csv =
    data + "/scdl/subventions/2.1.1/exemples/exemple_invalide_erreurs_cellules.csv";

/// FICTITIOUS SIRET (valid Luhn) standing for the département's, absent from the seed.
const std::string siret_option = " --attribuant-siret 12345678200002";

TEST(CliScdlExport, ApesSubventionsCsvOnStdout) {
    const CliRun r = run("scdl export " + apes_json +
                         " --schema subventions --date-convention-deliberation" + siret_option);
    EXPECT_EQ(r.status, 0);
    EXPECT_EQ(r.out,
              "nomAttribuant,idAttribuant,dateConvention,referenceDecision,nomBeneficiaire,"
              "idBeneficiaire,rnaBeneficiaire,objet,montant,nature,conditionsVersement,"
              "datesPeriodeVersement,idRAE,notificationUE,pourcentageSubvention,dispositifAide\r\n"
              "Département du Pas-de-Calais,12345678200002,2023-03-20,2023-122,Acteurs Pour une "
              "Économie Solidaire,44067202000037,,Partenariat 2023 – Contribution aux politiques "
              "départementales en faveur de l’économie sociale et solidaire,57000.00,aide en "
              "numéraire,unique,2023-01-01/2023-12-31,,non,1.00,\r\n");
}

TEST(CliScdlExport, ApesDeliberationsCsvFromStandardInput) {
    const CliRun r =
        run("example apes-2023 | " + std::string(SUBVENTION_CLI_PATH) +
            " scdl export - --schema deliberations --budget-nom 'Budget principal'" + siret_option);
    EXPECT_EQ(r.status, 0);
    EXPECT_EQ(r.out.substr(0, r.out.find("\r\n")),
              "COLL_NOM,COLL_SIRET,DELIB_ID,DELIB_DATE,DELIB_MATIERE_CODE,DELIB_MATIERE_NOM,"
              "DELIB_OBJET,BUDGET_ANNEE,BUDGET_NOM,PREF_ID,PREF_DATE,VOTE_EFFECTIF,VOTE_REEL,"
              "VOTE_POUR,VOTE_CONTRE,VOTE_ABSTENTION,DELIB_URL");
    const std::string row = r.out.substr(r.out.find("\r\n") + 2);
    EXPECT_TRUE(row.starts_with("Département du Pas-de-Calais,12345678200002,2023-122,2023-03-20,"
                                "7.5,Finances locales/Subventions,"))
        << row;
    EXPECT_TRUE(row.ends_with(",2023,Budget principal,PREF062,,42,42,41,0,1,\r\n")) << row;
}

TEST(CliScdlExport, MissingAttribuantSiretIsInvalidAndWritesNoCsv) {
    const CliRun r = run("scdl export " + apes_json + " --schema subventions");
    EXPECT_EQ(r.status, 1);
    EXPECT_EQ(r.out, "");
}

std::string temp_file(const std::string& name, const std::string& content) {
    const auto p = std::filesystem::temp_directory_path() /
                   ("subvention_scdl_" + std::to_string(::getpid()) + "_" + name);
    std::ofstream(p, std::ios::binary) << content;
    return p.string();
}

template <class Edit>
std::string edited_apes(const std::string& name, Edit edit) {
    std::ifstream in(apes_json);
    auto j = nlohmann::ordered_json::parse(
        std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()));
    edit(j);
    return temp_file(name, j.dump());
}

bool contains(const std::string& s, const std::string& part) {
    return s.find(part) != std::string::npos;
}

TEST(CliScdlExport, FreeTextStartingLikeAFormulaIsQuotedAndReported) {
    const std::string file = edited_apes("inj.json", [](auto& j) {
        j["convention"]["beneficiary"]["name"] = "=HYPERLINK(\"http://x\",\"y\")";
    });
    const std::string args = "scdl export " + file +
                             " --schema subventions --date-convention 2023-04-01 "
                             "--attribuant-nom @evil --dispositif-aide -aide" +
                             siret_option;
    const CliRun r = run(args);
    ASSERT_EQ(r.status, 0);
    EXPECT_TRUE(contains(r.out, "\r\n'@evil,12345678200002,2023-04-01,2023-122,\"'=HYPERLINK("
                                "\"\"http://x\"\",\"\"y\"\")\",44067202000037,"))
        << r.out;
    EXPECT_TRUE(contains(r.out, ",57000.00,aide en numéraire,unique,2023-01-01/2023-12-31,,non,"
                                "1.00,'-aide\r\n"))
        << r.out;
    const std::string err = run(args + " 2>&1 >/dev/null | cat").out;
    EXPECT_EQ(err, "subvention scdl export : avertissement : ligne 2, champ nomAttribuant : la "
                   "valeur commence par « @ » et serait lue comme une formule par un tableur : "
                   "écrite précédée d'une apostrophe\n"
                   "subvention scdl export : avertissement : ligne 2, champ nomBeneficiaire : la "
                   "valeur commence par « = » et serait lue comme une formule par un tableur : "
                   "écrite précédée d'une apostrophe\n"
                   "subvention scdl export : avertissement : ligne 2, champ dispositifAide : la "
                   "valeur commence par « - » et serait lue comme une formule par un tableur : "
                   "écrite précédée d'une apostrophe\n");
}

TEST(CliScdlExport, NegativeGrantAmountIsRefused) {
    const std::string file = edited_apes("neg.json", [](auto& j) {
        j["deliberation"]["grants"][0]["amount"]["value"] = "-57000.00";
    });
    const CliRun r = run("scdl export " + file +
                         " --schema subventions --date-convention 2023-04-01" + siret_option);
    EXPECT_EQ(r.status, 2);
    EXPECT_EQ(r.out, "");
}

TEST(CliScdlCheck, FormulaCellsAndNegativeAmountsAreWarnings) {
    const std::string csv = temp_file(
        "raw.csv",
        "nomAttribuant,idAttribuant,dateConvention,referenceDecision,nomBeneficiaire,"
        "idBeneficiaire,rnaBeneficiaire,objet,montant,nature,conditionsVersement,"
        "datesPeriodeVersement,idRAE,notificationUE,pourcentageSubvention,dispositifAide\r\n"
        "=evil(),12345678200002,2023-04-01,2023-122,+Asso,44067202000037,,Objet,-57000.00,"
        "aide en numéraire,unique,2023-01-01/2023-12-31,,non,1.00,\r\n");
    const CliRun r = run("scdl check --format json " + csv);
    EXPECT_EQ(r.status, 0) << r.out;
    const auto l = r.lines();
    ASSERT_EQ(l.size(), 2U) << r.out;
    std::vector<std::string> rules;
    for (const auto& d : l[0]["diagnostics"])
        rules.push_back(d["rule"].get<std::string>() + "@" +
                        d["location"]["path"].get<std::string>());
    EXPECT_EQ(rules, (std::vector<std::string>{"SCDL-NEGATIVE-AMOUNT@/montant",
                                               "SCDL-FORMULA-INJECTION@/nomAttribuant",
                                               "SCDL-FORMULA-INJECTION@/nomBeneficiaire"}));
    EXPECT_EQ(l[1]["summary"]["warning"], 3);
    EXPECT_EQ(l[1]["summary"]["error"], 0);
}

TEST(CliScdlExport, UsageErrors) {
    EXPECT_EQ(run("scdl export " + apes_json).status, 2); // --schema required
    EXPECT_EQ(run("scdl export " + apes_json + " --schema budget" + siret_option).status, 2);
    EXPECT_EQ(run("scdl export " + apes_json +
                  " --schema subventions --attribuant-siret "
                  "12345678200003")
                  .status,
              2); // invalid SIRET option
    EXPECT_EQ(run("scdl export /nonexistent.json --schema subventions" + siret_option).status, 2);
}

TEST(CliScdlCheck, OfficialValidExampleJsonOneLinePerRowWithFindingsThenSummary) {
    const CliRun r = run("scdl check --format json " + valid_csv);
    const auto lines = r.lines();
    ASSERT_EQ(lines.size(), 4U) << r.out;
    // Rows 23 and 25: conventions signed 2018-01-20 and 2017-12-14 above 23 000 €, publication
    // date not given: when they must be published (information).
    EXPECT_EQ(lines[0]["row"], 23);
    EXPECT_EQ(lines[0]["diagnostics"][0]["rule"], "PUBLICATION-OPEN-DATA");
    EXPECT_EQ(lines[0]["diagnostics"][0]["facts"]["deadline"], "2018-04-20");
    EXPECT_EQ(lines[1]["row"], 25);
    EXPECT_EQ(lines[1]["diagnostics"][0]["facts"]["deadline"], "2018-03-14");
    // Row 27 of the « valid » example: « 2017-30-05 » matches the pattern but is no date.
    EXPECT_EQ(lines[2]["row"], 27);
    ASSERT_EQ(lines[2]["diagnostics"].size(), 1U);
    EXPECT_EQ(lines[2]["diagnostics"][0]["rule"], "SCDL-CELL");
    EXPECT_EQ(lines[2]["diagnostics"][0]["location"]["text"], "2017-03-02/2017-30-05");
    EXPECT_EQ(lines[2]["diagnostics"][0]["location"]["path"], "/datesPeriodeVersement");
    EXPECT_EQ(lines[3]["summary"]["rows"], 29);
    EXPECT_EQ(lines[3]["summary"]["error"], 1);
    EXPECT_EQ(lines[3]["summary"]["info"], 2);
    EXPECT_EQ(lines[3]["summary"]["schema"], "subventions");
    EXPECT_EQ(r.status, 1);
    // Published late: warnings instead of information.
    const auto late = run("scdl check --format json --publication 2018-06-01 " + valid_csv).lines();
    ASSERT_EQ(late.size(), 4U);
    EXPECT_EQ(late[0]["diagnostics"][0]["severity"], "warning");
    EXPECT_EQ(late[3]["summary"]["warning"], 2);
}

TEST(CliScdlCheck, CellErrorsExampleReportsChecksumsThroughTheChecker) {
    const CliRun r = run("scdl check --format json " + cells_csv);
    EXPECT_EQ(r.status, 1);
    const auto lines = r.lines();
    ASSERT_FALSE(lines.empty());
    std::size_t checksum = 0;
    std::size_t cells = 0;
    for (std::size_t i = 0; i + 1 < lines.size(); ++i)
        for (const auto& d : lines[i]["diagnostics"]) {
            checksum += d["rule"] == "ID-CHECKSUM" ? 1U : 0U;
            cells += d["rule"] == "SCDL-CELL" ? 1U : 0U;
        }
    // The two RNAs written beside a SIRET are the beneficiary's other identifiers: the checker
    // reports them, not the cell check.
    EXPECT_EQ(checksum, 51U);
    EXPECT_EQ(cells, 12U);
    EXPECT_EQ(lines.back()["summary"]["rows"], 29);
    EXPECT_EQ(lines.back()["summary"]["error"], 63); // 51 + 12
}

TEST(CliScdlCheck, TextOutputAndPublicationDeadline) {
    // A row written by the export, checked with a late publication date.
    const std::string csv =
        "nomAttribuant,idAttribuant,dateConvention,referenceDecision,nomBeneficiaire,"
        "idBeneficiaire,rnaBeneficiaire,objet,montant,nature,conditionsVersement,"
        "datesPeriodeVersement,idRAE,notificationUE,pourcentageSubvention,dispositifAide\\n"
        "Département X,12345678200002,2023-03-20,2023-122,APES,44067202000037,,Objet,57000.00,"
        "aide en numéraire,unique,2023-01-01/2023-12-31,,non,1.00,\\n";
    const CliRun late = run("scdl check - --publication 2023-09-01", csv);
    EXPECT_EQ(late.status, 0); // a warning, not an error
    EXPECT_NE(late.out.find("Ligne 2\n  ▲ PUBLICATION-OPEN-DATA"), std::string::npos) << late.out;
    EXPECT_NE(late.out.find("Bilan : 1 ligne, 0 erreur, 1 avertissement, 0 information."),
              std::string::npos)
        << late.out;
    const CliRun in_time = run("scdl check - --publication 2023-05-02", csv);
    EXPECT_EQ(in_time.out, "Bilan : 1 ligne, 0 erreur, 0 avertissement, 0 information.\n");
    EXPECT_EQ(in_time.status, 0);
}

TEST(CliScdlCheck, UnreadableFileIsStatusTwo) {
    EXPECT_EQ(run("scdl check /nonexistent.csv").status, 2);
    EXPECT_EQ(run("scdl check -", "a;b\\n1;2\\n").status, 2);
}

} // namespace

} // namespace test_cli_scdl_export_test
