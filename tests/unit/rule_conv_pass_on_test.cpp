// SPDX-License-Identifier: Apache-2.0
// CONV-PASS-ON: a convention whose object or actions describe a redistribution of the subsidy to
// other bodies, without a clause that expressly authorises it, is a warning; the clause, or a
// repayment to the grantor, gives nothing; so do the seed and the clean dossier.
#include <gtest/gtest.h>

#include <subvention/compliance/checker.hpp>
#include <subvention/examples/apes_2023.hpp>

#include "support/clean_dossier.hpp"
#include "support/rules.hpp"

namespace test_rule_conv_pass_on_test {
namespace {

using namespace subvention;
using namespace subvention::compliance;
using subvention::testing::cited;

std::vector<Diagnostic> run(const Dossier& d) {
    return subvention::testing::run(subvention::testing::rule("CONV-PASS-ON"), d);
}

Dossier redistributing() {
    Dossier d = subvention::testing::clean_dossier();
    d.convention->object.value = "Partenariat 2024 – L’organisme reversera une partie de la "
                                 "subvention aux structures accompagnées";
    return d;
}

TEST(ConvPassOn, TheSeedAndTheCleanDossierGiveNothing) {
    EXPECT_TRUE(run(subvention::testing::clean_dossier()).empty());
    // « reverser » appears only in the repayment clauses of art. 12.
    EXPECT_TRUE(run(examples::apes_2023()).empty());
}

TEST(ConvPassOn, ARedistributionWithoutAnExpressClauseIsAWarning) {
    const auto out = run(redistributing());
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].severity, Severity::warning);
    EXPECT_EQ(out[0].location.path, "/convention/object");
    EXPECT_EQ(out[0].fact("passages"), "1");
    EXPECT_EQ(out[0].fact("clause_present"), "false");
    EXPECT_EQ(cited(out[0].legal_basis), (std::vector<std::string>{"CGCT art. L.1611-4"}));
    EXPECT_NE(out[0].message_fr.find("« sauf lorsque cela est expressément prévu dans la "
                                     "convention »"),
              std::string::npos);
}

TEST(ConvPassOn, AnExpressClauseAuthorisesThePassingOn) {
    Dossier d = redistributing();
    d.convention->clauses.push_back(
        Clause{ClauseKind::pass_on_allowed, std::nullopt, std::nullopt, std::nullopt,
               SourceRef{DocumentKind::convention, "article 6",
                         "L’organisme est expressément autorisé à reverser tout ou partie de la "
                         "subvention aux structures accompagnées."},
               std::nullopt});
    EXPECT_TRUE(run(d).empty());
}

TEST(ConvPassOn, ARepaymentToTheDepartementIsNoPassingOn) {
    Dossier d = subvention::testing::clean_dossier();
    d.convention->actions.at(0).description =
        "L’organisme reversera au Département les sommes non utilisées.";
    EXPECT_TRUE(run(d).empty());
}

TEST(ConvPassOn, GrantMakingInAnActionStepFiresWithEveryPassageCounted) {
    Dossier d = redistributing();
    d.convention->actions.at(0).steps.push_back(
        "attribuer des subventions aux associations du territoire");
    const auto out = run(d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].fact("passages"), "2");
    EXPECT_EQ(out[0].fact("paths"),
              "/convention/object,/convention/actions/0/steps/" +
                  std::to_string(d.convention->actions.at(0).steps.size() - 1));
}

} // namespace
} // namespace test_rule_conv_pass_on_test
