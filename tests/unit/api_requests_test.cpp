// SPDX-License-Identifier: Apache-2.0
// The JSON requests of src/api (the C interface's and the server's contract): each answers
// with the command line's JSON, and each defect of a request with an error naming the field
// and the value, with its outcome.
#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "api/requests.hpp"
#include "support/cli_runner.hpp"

namespace test_api_requests_test {

using namespace subvention::testing;
using subvention::api::Answer;
using subvention::api::Outcome;
using Json = nlohmann::ordered_json;

Json parsed(const Answer& a) {
    return Json::parse(a.json);
}

std::string apes() {
    return subvention::api::example("apes-2023").json;
}

std::string file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

/// The error of an answer: {kind, field, value, message}.
Json error_of(const Answer& a) {
    const Json j = parsed(a);
    EXPECT_TRUE(j.contains("error")) << a.json;
    return j.value("error", Json::object());
}

TEST(ApiCheck, SeedReportIsTheCommandLinesByteForByte) {
    // A draft: its inconsistencies are warnings, the exit status 0.
    const Answer draft = subvention::api::check(apes(), R"({"name":"apes-2023"})");
    EXPECT_EQ(draft.outcome, Outcome::ok);
    const CliRun cli = run("check --example apes-2023 --format json");
    EXPECT_EQ(cli.status, 0);
    EXPECT_EQ(draft.json + "\n", cli.out);
    // Signed: errors, the exit status 1.
    const Answer signed_ =
        subvention::api::check(apes(), R"({"name":"apes-2023","stage":"signed"})");
    EXPECT_EQ(signed_.outcome, Outcome::findings);
    const CliRun cli_signed = run("check --example apes-2023 --format json --stage signed");
    EXPECT_EQ(cli_signed.status, 1);
    EXPECT_EQ(signed_.json + "\n", cli_signed.out);
}

TEST(ApiCheck, OptionsAreTheCommandLinesFlags) {
    const Answer a = subvention::api::check(
        apes(), R"({"name":"apes-2023","stage":"signed","lang":"en","as_of":"2023-03-20",
                    "disable":["VOTE-QUORUM"],"severities":{"DELIB-NUMBER":"info"},
                    "cpc642":true,"members_in_office":78})");
    const CliRun cli = run("check --example apes-2023 --format json --stage signed --lang en "
                           "--as-of 2023-03-20 --disable VOTE-QUORUM --severity DELIB-NUMBER=info "
                           "--cpc642 --members-in-office 78");
    EXPECT_EQ(a.json + "\n", cli.out);
}

// CONV-RETROACTIVE on an operating grant voted in the year it covers: silent by default (usage
// admits it), an info on request, the same through the library and the command line.
TEST(ApiCheck, OperatingYearRetroactivityIsReportedOnlyOnRequest) {
    const std::string nord = subvention::api::example("nord-2024").json;
    const auto retroactive = [](const Answer& a) {
        const auto report = parsed(a);
        for (const auto& d : report["diagnostics"])
            if (d["rule"] == "CONV-RETROACTIVE")
                return true;
        return false;
    };
    EXPECT_FALSE(retroactive(subvention::api::check(nord, "")));
    const Answer a = subvention::api::check(nord, R"({"operating_year_retroactivity":true})");
    EXPECT_TRUE(retroactive(a)) << a.json;
    EXPECT_EQ(a.outcome, Outcome::ok);
    const CliRun cli =
        run("check --example nord-2024 --format json --operating-year-retroactivity");
    EXPECT_EQ(cli.status, 0);
    const Answer named =
        subvention::api::check(nord, R"({"name":"nord-2024","operating_year_retroactivity":true})");
    EXPECT_EQ(named.json + "\n", cli.out);
}

TEST(ApiCheck, NordDossierIsCompliantAndItsOutcomeOk) {
    const Answer a = subvention::api::check(subvention::api::example("nord-2024").json, "");
    EXPECT_EQ(a.outcome, Outcome::ok) << a.json;
    EXPECT_EQ(parsed(a)["dossier"], "dossier");
    EXPECT_EQ(parsed(a)["summary"]["error"], 0);
}

TEST(ApiCheck, EachDefectOfTheRequestNamesItsFieldValueAndOutcome) {
    struct Case {
        std::string dossier, options;
        Outcome outcome;
        std::string kind, field, value;
    };
    const std::string d = apes();
    for (const Case& c : {
             Case{"{\"deliberation\": ", "", Outcome::malformed, "malformed", "dossier", ""},
             Case{"[1, 2]", "", Outcome::invalid, "invalid", "dossier", ""},
             Case{d, "{", Outcome::malformed, "malformed", "options", "{"},
             Case{d, "[]", Outcome::invalid, "invalid", "options", "[]"},
             Case{d, R"({"stage":3})", Outcome::invalid, "invalid", "options.stage", "3"},
             Case{d, R"({"stage":"final"})", Outcome::invalid, "invalid", "options.stage", "final"},
             Case{d, R"({"stagee":"draft"})", Outcome::invalid, "invalid", "options.stagee",
                  "draft"},
             Case{d, R"({"as_of":"2023-02-30"})", Outcome::invalid, "invalid", "options.as_of",
                  "2023-02-30"},
             Case{d, R"({"rules":["NO-SUCH"]})", Outcome::invalid, "invalid", "options.rules",
                  "NO-SUCH"},
             Case{d, R"({"rules":"VOTE-QUORUM"})", Outcome::invalid, "invalid", "options.rules",
                  "VOTE-QUORUM"},
             Case{d, R"({"severities":{"VOTE-QUORUM":"fatal"}})", Outcome::invalid, "invalid",
                  "options.severities.VOTE-QUORUM", "fatal"},
             Case{d, R"({"members_in_office":0})", Outcome::invalid, "invalid",
                  "options.members_in_office", "0"},
             Case{d, R"({"members_in_office":1e3})", Outcome::invalid, "invalid",
                  "options.members_in_office", "1000.0"},
             Case{d, R"({"members_in_office":18446744073709551615})", Outcome::invalid, "invalid",
                  "options.members_in_office", "18446744073709551615"},
             Case{d, R"({"deliberation_number_format":"DCP-{ann"})", Outcome::invalid, "invalid",
                  "options.deliberation_number_format", "DCP-{ann"},
             Case{d, R"({"local_rules":["rules: ["]})", Outcome::invalid, "invalid",
                  "options.local_rules[0]", "rules: ["},
         }) {
        const Answer a = subvention::api::check(c.dossier, c.options);
        EXPECT_EQ(a.outcome, c.outcome) << c.options << " " << a.json;
        const Json e = error_of(a);
        EXPECT_EQ(e.value("kind", ""), c.kind) << c.options;
        // A dossier's defect is named by its JSON pointer after « dossier ».
        EXPECT_EQ(e.value("field", "").substr(0, c.field.size()), c.field) << c.options;
        if (!c.value.empty()) {
            EXPECT_EQ(e.value("value", ""), c.value) << c.options;
        }
        EXPECT_FALSE(e.value("message", "").empty()) << c.options;
    }
}

TEST(ApiCheck, InvalidDossierValueIsNamedByItsJsonPointer) {
    Json d = Json::parse(apes());
    d["deliberation"]["date"] = "2023-13-01";
    const Answer a = subvention::api::check(d.dump(), "");
    EXPECT_EQ(a.outcome, Outcome::invalid) << a.json;
    const Json e = error_of(a);
    EXPECT_NE(e.value("field", "").find("/deliberation/date"), std::string::npos) << a.json;
    EXPECT_EQ(e.value("value", ""), "2023-13-01");
}

TEST(ApiCheck, LocalRulesRunBesideTheBuiltInOnes) {
    const std::string rules =
        file(std::string(SUBVENTION_SOURCE_DIR) + "/examples/local-rules/rbf62-associations.yaml");
    const Json options{{"local_rules", Json::array({rules})}};
    const Answer a = subvention::api::check(apes(), options.dump());
    ASSERT_FALSE(parsed(a).contains("error")) << a.json;
    const CliRun cli =
        run("check --example apes-2023 --format json --rules-file " +
            std::string(SUBVENTION_SOURCE_DIR) + "/examples/local-rules/rbf62-associations.yaml");
    EXPECT_EQ(parsed(a)["diagnostics"], Json::parse(cli.out)["diagnostics"]);
    const Answer listed = subvention::api::rules(options.dump());
    EXPECT_GT(parsed(listed).size(), parsed(subvention::api::rules("")).size());
}

TEST(ApiExtract, SeedTextAndItsWordFileGiveTheCommandLinesObject) {
    const std::string dir = std::string(SUBVENTION_TEST_DATA_DIR);
    for (const std::string name : {"text/apes_2023.txt", "documents/apes_2023.docx"}) {
        const Answer a =
            subvention::api::extract(file(dir + "/" + name), Json{{"name", name}}.dump());
        EXPECT_EQ(a.outcome, Outcome::ok) << name;
        const CliRun cli = run("extract --format json " + dir + "/" + name);
        Json expected = Json::parse(cli.out);
        expected["files"][0]["name"] = name; // the command line names the file by its path
        EXPECT_EQ(parsed(a), expected) << name;
    }
}

TEST(ApiExtract, BrokenWordFileIsAnInvalidDocument) {
    const Answer a = subvention::api::extract(
        file(std::string(SUBVENTION_TEST_DATA_DIR) + "/documents/corrupt.docx"), "");
    EXPECT_EQ(a.outcome, Outcome::invalid) << a.json;
    EXPECT_EQ(error_of(a).value("kind", ""), "invalid");
}

TEST(ApiIds, EachValueGetsTheCommandLinesObject) {
    const Answer a = subvention::api::validate_ids("siren", R"(["440672020","440672021"])");
    EXPECT_EQ(a.outcome, Outcome::findings);
    const CliRun cli = run("id --kind siren 440672020 440672021");
    const auto lines = cli.lines();
    ASSERT_EQ(parsed(a).size(), lines.size());
    for (std::size_t i = 0; i < lines.size(); ++i)
        EXPECT_EQ(parsed(a)[i], lines[i]);
    EXPECT_EQ(error_of(subvention::api::validate_ids("nir", "[]")).value("field", ""), "kind");
    EXPECT_EQ(error_of(subvention::api::validate_ids("siren", "[1]")).value("field", ""),
              "values[0]");
}

TEST(ApiDeadline, OneDateOrSeveralAsTheCommandLine) {
    const Answer one = subvention::api::deadline(R"({"from":"2024-03-20","months":1})");
    EXPECT_EQ(one.outcome, Outcome::ok);
    const CliRun cli = run("deadline --months 1 2024-03-20 2024-02-30");
    const auto lines = cli.lines();
    ASSERT_EQ(lines.size(), 2U);
    EXPECT_EQ(parsed(one), lines[0]);
    const Answer both =
        subvention::api::deadline(R"({"dates":["2024-03-20","2024-02-30"],"months":1})");
    EXPECT_EQ(both.outcome, Outcome::findings);
    EXPECT_EQ(parsed(both), Json::array({lines[0], lines[1]}));
    EXPECT_EQ(error_of(subvention::api::deadline(R"({"from":"2024-03-20"})")).value("kind", ""),
              "invalid");
    EXPECT_EQ(error_of(subvention::api::deadline(R"({"months":1})")).value("kind", ""), "invalid");
    EXPECT_EQ(
        error_of(subvention::api::deadline(R"({"from":"2024-03-20","days":1,"territory":"x"})"))
            .value("field", ""),
        "request.territory");
}

TEST(ApiHolidays, YearAndTerritoryAsTheCommandLine) {
    const Answer a = subvention::api::holidays(R"({"year":2024,"territory":"alsace-moselle"})");
    const CliRun cli = run("holidays --year 2024 --territory alsace-moselle");
    const auto lines = cli.lines();
    ASSERT_EQ(parsed(a).size(), lines.size());
    for (std::size_t i = 0; i < lines.size(); ++i)
        EXPECT_EQ(parsed(a)[i], lines[i]);
    EXPECT_EQ(error_of(subvention::api::holidays(R"({"year":1800})")).value("value", ""), "1800");
}

TEST(ApiScdl, FindingsAreCappedAndAllCountedInTheSummary) {
    const std::string path =
        std::string(SUBVENTION_TEST_DATA_DIR) +
        "/scdl/subventions/2.1.1/exemples/exemple_invalide_erreurs_cellules.csv";
    const Answer all = subvention::api::scdl_validate_file(path, "");
    EXPECT_EQ(all.outcome, Outcome::findings);
    const CliRun cli = run("scdl validate --format json " + path);
    const auto lines = cli.lines();
    ASSERT_GE(lines.size(), 3U);
    const Json j = parsed(all);
    ASSERT_EQ(j["findings"].size(), lines.size() - 1);
    for (std::size_t i = 0; i + 1 < lines.size(); ++i)
        EXPECT_EQ(j["findings"][i], lines[i]);
    Json summary = lines.back()["summary"];
    EXPECT_EQ(j["summary"], summary);
    const Answer one = subvention::api::scdl_validate_file(path, R"({"max_findings":1})");
    EXPECT_EQ(parsed(one)["findings"].size(), 1U);
    EXPECT_EQ(parsed(one)["summary"], summary);
    const Answer missing = subvention::api::scdl_validate_file("/nonexistent/x.csv", "");
    EXPECT_EQ(missing.outcome, Outcome::unavailable);
    EXPECT_EQ(error_of(missing).value("field", ""), "path");
}

/// The settlement request of the APES dossier with its execution and a final report of
/// tests/data/json, with `extra` merged in.
Json settle_request(const std::string& report, const Json& extra = Json::object()) {
    const std::string dir = std::string(SUBVENTION_TEST_DATA_DIR) + "/json/";
    Json r{{"name", "apes"},
           {"dossier", Json::parse(file(dir + "apes_2023_execution.json"))},
           {"final_report", Json::parse(file(dir + report))},
           {"rounding", "half_up"},
           {"rounding_point", "per_action"},
           {"policies", Json::array({"proportional", "tolerance=10%"})}};
    r.update(extra);
    return r;
}

TEST(ApiSettle, UnderSpentActionGivesTheCommandLinesObject) {
    const Answer a =
        subvention::api::settle(settle_request("apes_2023_report_underspent.json").dump());
    ASSERT_EQ(a.outcome, Outcome::ok) << a.json;
    const std::string dir = std::string(SUBVENTION_TEST_DATA_DIR) + "/json/";
    const CliRun cli = run("settle " + dir + "apes_2023_execution.json " + dir +
                           "apes_2023_report_underspent.json --rounding half_up --rounding-point "
                           "per_action --policy proportional,tolerance=10% --format json");
    ASSERT_EQ(cli.status, 0);
    Json expected = Json::parse(cli.out);
    expected["dossier"] = "apes"; // the command line names the dossier by its path
    EXPECT_EQ(parsed(a), expected);
}

TEST(ApiSettle, EachRefusalNamesItsField) {
    struct Case {
        Json extra;
        std::string field, value, message_part;
    };
    for (const Case& c : {
             Case{{{"rounding", nullptr}}, "request.rounding", "", "requis"},
             Case{{{"rounding", "nearest"}}, "request.rounding", "nearest", "inconnu"},
             Case{{{"rounding_point", "per_line"}}, "request.rounding_point", "per_line", ""},
             Case{{{"policies", Json::array({"tolerance=10"})}},
                  "request.policies",
                  "tolerance=10",
                  "ni fraction"},
             Case{{{"policies", Json::array({"proportional,generous"})}},
                  "request.policies",
                  "",
                  "règle inconnue « generous »"},
             Case{{{"policies", Json::array({"tolerance=10%"})}},
                  "request.policies",
                  "",
                  "qu'avec proportional"},
             Case{{{"titre_received", "2024-02-30"}}, "request.titre_received", "2024-02-30", ""},
             Case{{{"final_report", "x"}}, "request.final_report", "x", "objet"},
             Case{{{"frais", 1}}, "request.frais", "1", "inconnue"},
         }) {
        const Answer a =
            subvention::api::settle(settle_request("apes_2023_report_full.json", c.extra).dump());
        EXPECT_EQ(a.outcome, Outcome::invalid) << c.extra << a.json;
        const Json e = error_of(a);
        EXPECT_EQ(e.value("field", ""), c.field) << c.extra;
        EXPECT_EQ(e.value("value", ""), c.value) << c.extra;
        EXPECT_NE(e.value("message", "").find(c.message_part), std::string::npos)
            << c.extra << " " << e.value("message", "");
    }
    Json no_convention = settle_request("apes_2023_report_full.json");
    no_convention["dossier"]["convention"] = nullptr;
    const Json e = error_of(subvention::api::settle(no_convention.dump()));
    EXPECT_EQ(e.value("field", ""), "request.dossier /convention");
}

TEST(ApiDeminimis, SameObjectAsTheCommandLineAndTheRefusals) {
    const std::string dir = std::string(SUBVENTION_TEST_DATA_DIR) + "/aid/";
    for (const std::string args : {"--as-of 2024-01-01 --amount 20000",
                                   "--as-of 2024-01-01 --amount 200000 --window-start inclusive",
                                   "--as-of 2023-06-01 --sieg --sieg-cumulation separate"}) {
        Json options{{"name", dir + "aids_ok.csv"}};
        std::istringstream in(args);
        for (std::string flag, value; in >> flag;) {
            if (flag == "--sieg") {
                options["sieg"] = true;
                continue;
            }
            in >> value;
            std::string key = flag.substr(2);
            std::replace(key.begin(), key.end(), '-', '_');
            options[key] = value;
        }
        const Answer a = subvention::api::deminimis(file(dir + "aids_ok.csv"), options.dump());
        const CliRun cli = run("deminimis " + dir + "aids_ok.csv " + args + " --format json");
        EXPECT_EQ(a.json + "\n", cli.out) << args;
        EXPECT_EQ(a.outcome == Outcome::findings, cli.status == 1) << args;
    }
    // Rows in error: the command's {file, errors}, outcome findings.
    const Answer bad = subvention::api::deminimis(file(dir + "aids_bad.csv"),
                                                  R"({"as_of":"2024-01-01","name":"x.csv"})");
    EXPECT_EQ(bad.outcome, Outcome::findings);
    EXPECT_FALSE(parsed(bad)["errors"].empty());
    const auto field = [&](const std::string& options) {
        return error_of(subvention::api::deminimis(file(dir + "aids_ok.csv"), options))
            .value("field", "");
    };
    EXPECT_EQ(field("{}"), "options.as_of");
    EXPECT_EQ(field(R"({"as_of":"2012-01-01"})"), "options.as_of"); // no regulation modelled
    EXPECT_EQ(field(R"({"as_of":"2024-01-01","amount":"douze"})"), "options.amount");
    EXPECT_EQ(field(R"({"as_of":"2024-01-01","fiscal_year_start":13})"),
              "options.fiscal_year_start");
    EXPECT_EQ(field(R"({"as_of":"2024-01-01","window_start":"open"})"), "options.window_start");
    EXPECT_EQ(error_of(subvention::api::deminimis(file(dir + "aids_overflow.csv"),
                                                  R"({"as_of":"2024-06-01"})"))
                  .value("field", ""),
              "aids_csv");
}

TEST(ApiScdlExport, TheCommandLinesCsvOrNoneWhenAValueIsMissing) {
    const std::string apes_json = std::string(SUBVENTION_TEST_DATA_DIR) + "/json/apes_2023.json";
    const Json dossier = Json::parse(file(apes_json));
    for (const bool deliberations : {false, true}) {
        Json request{{"dossiers", Json::array({dossier, dossier})},
                     {"attribuant_siret", "12345678200002"},
                     {"convention_date_from_deliberation", true},
                     {"budget_name", "Budget principal"}};
        if (deliberations)
            request["schema"] = "deliberations";
        const Answer a = subvention::api::scdl_export(request.dump());
        ASSERT_EQ(a.outcome, Outcome::ok) << a.json;
        const CliRun cli = run("scdl export " + apes_json + " " + apes_json + " --schema " +
                               (deliberations ? "deliberations" : "subventions") +
                               " --attribuant-siret 12345678200002 --date-convention-deliberation "
                               "--budget-nom 'Budget principal'");
        ASSERT_EQ(cli.status, 0);
        EXPECT_EQ(parsed(a)["csv"], cli.out);
        EXPECT_EQ(parsed(a)["rows"], 2);
    }
    // Without the attribuant's SIRET, which the seed does not state: no CSV.
    const Answer missing = subvention::api::scdl_export(Json{{"dossiers", {dossier}}}.dump());
    EXPECT_EQ(missing.outcome, Outcome::invalid);
    EXPECT_EQ(error_of(missing).value("field", "").rfind("request.dossiers[0]", 0), 0U)
        << missing.json;
    const auto field = [](const Json& request) {
        return error_of(subvention::api::scdl_export(request.dump())).value("field", "");
    };
    EXPECT_EQ(field(Json{{"dossiers", Json::array()}}), "request.dossiers");
    EXPECT_EQ(field(Json{{"dossiers", {dossier}}, {"attribuant_siret", "12345678200003"}}),
              "request.attribuant_siret");
    EXPECT_EQ(field(Json{{"dossiers", {dossier}}, {"payment_dates", "2023-13-01"}}),
              "request.payment_dates");
    EXPECT_EQ(field(Json{{"dossiers", {dossier}}, {"schema", "aides"}}), "request.schema");
}

TEST(ApiExample, UnknownNameListsTheExamples) {
    const Answer a = subvention::api::example("gironde-2025");
    EXPECT_EQ(a.outcome, Outcome::invalid);
    EXPECT_NE(error_of(a).value("message", "").find("apes-2023"), std::string::npos);
    const CliRun cli = run("example nord-2024");
    EXPECT_EQ(subvention::api::example("nord-2024").json + "\n", cli.out);
}

} // namespace test_api_requests_test
