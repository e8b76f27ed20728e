// SPDX-License-Identifier: Apache-2.0
// WORSHIP-FUNDING: an association cultuelle beneficiary is an error (an info for repairs to a
// building of worship); another association whose name or subsidised purpose is worship is a
// warning, an info when the convention excludes worship; in Bas-Rhin, Haut-Rhin and Moselle the
// rule is not applied (an info); a cultural object, a passage excluding worship, the seed and
// the clean dossier give nothing.
#include <gtest/gtest.h>

#include <subvention/compliance/checker.hpp>
#include <subvention/examples/apes_2023.hpp>

#include "support/clean_dossier.hpp"
#include "support/rules.hpp"

namespace test_rule_worship_funding_test {
namespace {

using namespace subvention;
using namespace subvention::compliance;
using subvention::testing::cited;

std::vector<Diagnostic> run(const Dossier& d) {
    return subvention::testing::run(subvention::testing::rule("WORSHIP-FUNDING"), d);
}

Dossier cultuelle() {
    Dossier d = subvention::testing::clean_dossier();
    d.convention->beneficiary.legal_form = LegalForm::association_cultuelle;
    return d;
}

/// The clean dossier without its laïcité clause.
Dossier without_laicite() {
    Dossier d = subvention::testing::clean_dossier();
    auto& cl = d.convention->clauses;
    std::erase_if(cl, [](const Clause& c) { return c.kind == ClauseKind::laicite; });
    return d;
}

TEST(WorshipFunding, TheSeedAndTheCleanDossierGiveNothing) {
    EXPECT_TRUE(run(subvention::testing::clean_dossier()).empty());
    EXPECT_TRUE(run(examples::apes_2023()).empty()); // the laïcité clause is not read
}

TEST(WorshipFunding, AnAssociationCultuelleIsAnError) {
    const auto out = run(cultuelle());
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].severity, Severity::error);
    EXPECT_EQ(out[0].location.path, "/convention/beneficiary/legal_form");
    EXPECT_EQ(out[0].fact("beneficiary_form"), "association_cultuelle");
    EXPECT_EQ(cited(out[0].legal_basis),
              (std::vector<std::string>{"loi du 9 décembre 1905 art. 2",
                                        "loi du 9 décembre 1905 art. 19"}));
}

TEST(WorshipFunding, RepairsToABuildingOfWorshipAreAnInfo) {
    Dossier d = cultuelle();
    d.convention->object.value = "Réparation de la toiture de l’église Saint-Vaast";
    const auto out = run(d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].severity, Severity::info);
    EXPECT_EQ(out[0].fact("repairs"), "true");
}

TEST(WorshipFunding, AnAssociationWhosePurposeIsWorshipIsAWarningWithoutTheLaiciteClause) {
    Dossier d = without_laicite();
    d.convention->object.value = "Organisation des célébrations du culte de la paroisse";
    const auto out = run(d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].severity, Severity::warning);
    EXPECT_EQ(out[0].location.path, "/convention/object");
    EXPECT_EQ(out[0].fact("laicite_clause"), "false");
}

TEST(WorshipFunding, TheLaiciteClauseMakesItAnInfo) {
    Dossier d = subvention::testing::clean_dossier();
    d.convention->beneficiary.name = "Association paroissiale Saint-Vaast";
    const auto out = run(d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].severity, Severity::info);
    EXPECT_EQ(out[0].location.path, "/convention/beneficiary/name");
    EXPECT_EQ(out[0].fact("laicite_clause"), "true");
}

TEST(WorshipFunding, InAlsaceMoselleTheRuleIsNotApplied) {
    Dossier d = cultuelle();
    d.deliberation->collectivite.departement_code = "67";
    const auto out = run(d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].severity, Severity::info);
    EXPECT_EQ(out[0].fact("applied"), "false");
    EXPECT_EQ(out[0].assumptions, (std::vector<std::string>{"alsace_moselle_local_law"}));
}

TEST(WorshipFunding, CultureAndExcludedWorshipAreNotWorship) {
    Dossier d = without_laicite();
    d.convention->object.value = "Contribution aux politiques culturelles du Département";
    EXPECT_TRUE(run(d).empty());
    d.convention->object.value = "Animation sociale, à l’exclusion de toute activité cultuelle";
    EXPECT_TRUE(run(d).empty());
}

TEST(WorshipFunding, WithoutAConventionTheGrantDecisionIsRead) {
    Dossier d = subvention::testing::clean_dossier();
    d.convention.reset();
    d.deliberation->grants.at(0).beneficiary_form = LegalForm::association_cultuelle;
    const auto out = run(d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].severity, Severity::error);
    EXPECT_EQ(out[0].location.document, DocumentKind::deliberation);
    EXPECT_EQ(out[0].location.path, "/deliberation/grants/0/beneficiary_form");
}

} // namespace
} // namespace test_rule_worship_funding_test
