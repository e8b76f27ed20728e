// SPDX-License-Identifier: Apache-2.0
// BUDG-IMPUTATION and the operation codes: checked only against the pattern a collectivité
// declares (CheckOptions::operation_code_pattern); without one any printable code is kept, by
// the checker as by to_budget_line (no national format exists).
#include <gtest/gtest.h>

#include <subvention/budget.hpp>
#include <subvention/compliance/checker.hpp>
#include <subvention/deliberation.hpp>
#include <subvention/examples/apes_2023.hpp>

namespace test_rule_budg_operation_code_test {
namespace {

using namespace subvention;
using namespace subvention::compliance;

std::vector<const Diagnostic*> operation_findings(const Report& r) {
    std::vector<const Diagnostic*> out;
    for (const auto& d : r.diagnostics)
        if (d.rule == "BUDG-IMPUTATION" && !d.fact("operation_code").empty())
            out.push_back(&d);
    return out;
}

CheckOptions with_pattern(std::string_view pattern) {
    CheckOptions o;
    o.operation_code_pattern = OperationCodePattern::parse(pattern).value();
    return o;
}

TEST(BudgOperationCode, ApesCodeFollowsTheDeclaredPasDeCalaisPattern) {
    EXPECT_TRUE(
        operation_findings(check(examples::apes_2023(), with_pattern("A99-999A99"))).empty());
    EXPECT_TRUE(operation_findings(check(examples::apes_2023())).empty()); // none declared
}

TEST(BudgOperationCode, ACodeOutsideTheDeclaredPatternIsAWarningAtItsRow) {
    const Report r = check(examples::apes_2023(), with_pattern("AAA-9999"));
    const auto found = operation_findings(r);
    ASSERT_EQ(found.size(), 2U); // the deliberation's row, then the report's
    EXPECT_EQ(found[1]->location.path.rfind("/rapport/", 0), 0U) << found[1]->location.path;
    EXPECT_EQ(found[0]->severity, Severity::warning);
    EXPECT_EQ(found[0]->location.path, "/deliberation/imputations/0/operation_code");
    EXPECT_EQ(found[0]->fact("operation_code"), "C01-020Q01");
    EXPECT_EQ(found[0]->fact("pattern"), "AAA-9999");
    EXPECT_NE(found[0]->message(Lang::fr).find("« C01-020Q01 »"), std::string::npos);
}

TEST(BudgOperationCode, ToBudgetLineKeepsAnyCodeUnlessAPatternIsGiven) {
    ImputationRow row = examples::apes_2023().deliberation->imputations.at(0);
    row.operation_code = "INV/2024-17";
    EXPECT_TRUE(to_budget_line(row).ok());
    EXPECT_FALSE(to_budget_line(row, OperationCodePattern::pas_de_calais()).ok());
    row.operation_code = "";
    EXPECT_FALSE(to_budget_line(row).ok()); // a budget line needs its code
}

} // namespace
} // namespace test_rule_budg_operation_code_test
