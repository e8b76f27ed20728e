// SPDX-License-Identifier: Apache-2.0
// The JSON of the execution data (`/execution` of a dossier: payments made, final report,
// forecasts, State-aid facts) and of a final report alone (REPORT.json of `subvention
// settle`): lossless round trips, strict reading with the JSON Pointer of the faulty value,
// and agreement with the JSON Schema (schema/dossier.schema.json, `execution` property).
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <subvention/dossier.hpp>
#include <subvention/examples/apes_2023.hpp>
#include <subvention/io/json.hpp>

#include "support/sanitizer.hpp"
#include "support/valijson.hpp"

// Each suite in its own namespace: the suites of a group are compiled together (unity build).
namespace test_io_execution_json_test {

namespace {

using nlohmann::json;
using namespace subvention;
using namespace subvention::literals;
using Ptr = json::json_pointer;

std::string read_text(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::filesystem::path data(const std::string& name) {
    return std::filesystem::path(SUBVENTION_TEST_DATA_DIR) / "json" / name;
}

/// Whether this run validates against the JSON Schema as well: valijson takes seconds per dossier
/// under the sanitizers, on code that is not ours; the sanitizer run checks the loader alone,
/// the dev run both.
constexpr bool check_schema = !subvention::testing::sanitized();

/// Empty when `doc` is valid against the dossier schema; else the first errors.
std::string schema_errors(const json& doc) {
    static const json schema_json = json::parse(
        read_text(std::filesystem::path(SUBVENTION_SCHEMA_DIR) / "dossier.schema.json"));
    static const valijson::Schema* schema = [] {
        auto* s = new valijson::Schema();
        valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
        valijson::adapters::NlohmannJsonAdapter adapter(schema_json);
        parser.populateSchema(adapter, *s);
        return s;
    }();
    valijson::Validator validator;
    valijson::ValidationResults results;
    valijson::adapters::NlohmannJsonAdapter adapter(doc);
    if (validator.validate(*schema, adapter, &results))
        return {};
    std::string out;
    valijson::ValidationResults::Error error;
    for (int i = 0; i < 3 && results.popError(error); ++i) {
        for (const auto& c : error.context)
            out += c;
        out += " : " + error.description + "\n";
    }
    return out.empty() ? "invalid" : out;
}

Dossier with_execution() {
    auto d = io::load_dossier(data("apes_2023_execution.json"));
    EXPECT_TRUE(d.ok()) << (d.ok() ? "" : d.error().describe());
    return std::move(d).value();
}

TEST(ExecutionJson, ExampleDossierWithExecutionIsLosslessAndValid) {
    const std::string text = read_text(data("apes_2023_execution.json"));
    const Dossier d = with_execution();
    ASSERT_TRUE(d.execution.has_value());
    EXPECT_EQ(d.execution->payments.at(0).amount, 57'000_eur);
    EXPECT_EQ(d.execution->forecasts.at(1).table.charges.at(0).account,
              ChargeAccount::charges_de_personnel);
    EXPECT_EQ(io::to_json(d) + "\n", text);
    EXPECT_EQ(io::dossier_from_json(io::to_json(d)).value(), d);
    if (check_schema) {
        EXPECT_EQ(schema_errors(json::parse(text)), "");
    }
    // The seed without execution data: `execution` is null, still valid.
    if (check_schema) {
        EXPECT_EQ(schema_errors(json::parse(io::to_json(examples::apes_2023()))), "");
    }
}

TEST(ExecutionJson, EveryMemberOfTheExecutionRoundTrips) {
    Dossier d = with_execution();
    FinalReport r;
    r.sent_on = Date(2024, 7, 1);
    r.covers = Period{Date(2023, 1, 1), Date(2023, 12, 31), true};
    r.qualitative = "q";
    r.indicators = {{"l", "p", "a"}};
    r.practices = "ess";
    r.expenses = {
        Expense{Date(2023, 2, 1), 12_eur, "e", 1, ChargeAccount::achats, std::string("rejet")},
        Expense{Date(2023, 2, 2), 13_eur, "f", std::nullopt, std::nullopt, std::nullopt}};
    r.resources = {{ResourceAccount::contributions_nature, "b", 5_eur, std::nullopt, false}};
    r.actuals = {BudgetActual{1,
                              {{{ChargeAccount::emplois_contributions_nature, "c", 1_eur}},
                               {{ResourceAccount::reprises_amortissements, "r", 1_eur, true}}}}};
    d.execution->final_report = r;
    for (const auto reg :
         {AidRegulation::de_minimis_1407_2013, AidRegulation::de_minimis_2023_2831,
          AidRegulation::sieg_360_2012, AidRegulation::sieg_2023_2832, AidRegulation::other}) {
        d.execution->grant_regulation = reg;
        d.execution->prior_aids = {GrantedAid{"Région", Date(2022, 5, 1), 1'000_eur, reg}};
        const std::string text = io::to_json(d);
        EXPECT_EQ(io::dossier_from_json(text).value(), d) << to_string(reg);
        EXPECT_EQ(io::to_json(io::dossier_from_json(text).value()), text);
        if (check_schema) {
            EXPECT_EQ(schema_errors(json::parse(text)), "") << to_string(reg);
        }
        EXPECT_EQ(json::parse(text).at(Ptr("/execution/grant_regulation")), to_string(reg));
    }
    // The final report alone.
    const std::string report = io::to_json(r);
    EXPECT_EQ(io::final_report_from_json(report).value(), r);
    EXPECT_EQ(json::parse(report).at(Ptr("/expenses/0/account")), 60);
}

TEST(ExecutionJson, InvalidValuesAreRejectedByLoaderAndSchemaAtThePath) {
    struct Case {
        std::string pointer;
        json value;
    };
    const std::vector<Case> cases{
        {"/execution/forecasts/0/table/charges/0/account", 69},   // not a charge account
        {"/execution/forecasts/0/table/resources/0/account", 86}, // a charge account
        {"/execution/forecasts/0/table/charges/0/account", "64"}, // a string
        {"/execution/forecasts/0/action", -1},                    // negative index
        {"/execution/payments/0/amount", 57000},                  // amount as a number
        {"/execution/payments/0/action", "1"},                    // index as a string
        {"/execution/grant_regulation", "1407/2014"},             // unknown regulation
        {"/execution/prior_aids", json::object()},                // not a list
        {"/execution/foo", 1},                                    // unknown key
        {"/execution/forecasts/0/table/resources/0/departement_share", "oui"},
    };
    for (const auto& c : cases) {
        json j = json::parse(read_text(data("apes_2023_execution.json")));
        j[Ptr(c.pointer)] = c.value;
        SCOPED_TRACE(c.pointer + " = " + c.value.dump());
        if (check_schema) {
            EXPECT_NE(schema_errors(j), "");
        }
        const auto r = io::dossier_from_json(j.dump());
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().field, c.pointer);
    }
    // A missing key.
    json j = json::parse(read_text(data("apes_2023_execution.json")));
    j[Ptr("/execution")].erase("prior_aids");
    if (check_schema) {
        EXPECT_NE(schema_errors(j), "");
    }
    EXPECT_EQ(io::dossier_from_json(j.dump()).error().field, "/execution/prior_aids");
}

TEST(ExecutionJson, NegativeAmountsAreRefusedWhereTheModelMeansAQuantity) {
    for (const std::string pointer :
         {"/execution/payments/0/amount", "/execution/forecasts/0/table/charges/0/amount",
          "/execution/forecasts/0/table/resources/0/amount", "/convention/actions/0/amount/value",
          "/deliberation/grants/0/amount/value", "/deliberation/imputations/0/proposed",
          "/deliberation/imputations/0/cp"}) {
        json j = json::parse(read_text(data("apes_2023_execution.json")));
        j[Ptr(pointer)] = "-57000.00";
        SCOPED_TRACE(pointer);
        if (check_schema) {
            EXPECT_NE(schema_errors(j), "");
        }
        const auto r = io::dossier_from_json(j.dump());
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().field, pointer);
        EXPECT_EQ(r.error().kind, ErrorKind::range);
        EXPECT_EQ(r.error().value, "-57000.00");
        EXPECT_NE(r.error().message.find("montant négatif"), std::string::npos);
    }
    // An over-committed imputation line: what is left may be negative.
    for (const std::string pointer :
         {"/deliberation/imputations/0/available", "/deliberation/imputations/0/balance"}) {
        json j = json::parse(read_text(data("apes_2023_execution.json")));
        j[Ptr(pointer)] = "-1200.00";
        SCOPED_TRACE(pointer);
        if (check_schema) {
            EXPECT_EQ(schema_errors(j), "");
        }
        EXPECT_TRUE(io::dossier_from_json(j.dump()).ok());
    }
    for (const std::string pointer : {"/expenses/0/amount", "/resources/0/amount"}) {
        json j = json::parse(read_text(data("apes_2023_report_full.json")));
        j[Ptr(pointer)] = "-99999.00";
        SCOPED_TRACE(pointer);
        const auto r = io::final_report_from_json(j.dump());
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().field, pointer);
        EXPECT_EQ(r.error().value, "-99999.00");
    }
}

TEST(ExecutionJson, PeriodEndingBeforeItStartsIsRefusedAtThePeriod) {
    json j = json::parse(read_text(data("apes_2023_execution.json")));
    j[Ptr("/convention/period/value/start")] = "2024-01-01";
    const auto d = io::dossier_from_json(j.dump());
    ASSERT_FALSE(d.ok());
    EXPECT_EQ(d.error().field, "/convention/period/value");
    EXPECT_EQ(d.error().kind, ErrorKind::range);
    EXPECT_EQ(d.error().value, "2024-01-01 → 2023-12-31");

    json r = json::parse(read_text(data("apes_2023_report_full.json")));
    r["covers"] = json{{"start", "2023-06-01"}, {"end", "2023-06-01"}, {"end_inclusive", false}};
    const auto empty = io::final_report_from_json(r.dump());
    ASSERT_FALSE(empty.ok());
    EXPECT_EQ(empty.error().field, "/covers");
    EXPECT_NE(empty.error().message.find("période vide"), std::string::npos);
    r["covers"]["end_inclusive"] = true; // a one-day period
    EXPECT_TRUE(io::final_report_from_json(r.dump()).ok());
}

TEST(ExecutionJson, ReportFilesOfTheCliExamplesLoad) {
    for (const char* name : {"apes_2023_report_full.json", "apes_2023_report_underspent.json",
                             "apes_2023_report_late.json"}) {
        const auto r = io::load_final_report(data(name));
        ASSERT_TRUE(r.ok()) << name << ": " << r.error().describe();
        EXPECT_EQ(io::to_json(*r) + "\n", read_text(data(name))) << name;
        EXPECT_EQ(r->expenses.size(), 4U);
    }
    const auto missing = io::load_final_report(data("no_such_report.json"));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().kind, ErrorKind::empty);
    const auto bad = io::final_report_from_json(R"({"sent_on": "2024-07-01"})");
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().field, "/covers");
}

} // namespace

} // namespace test_io_execution_json_test
