// SPDX-License-Identifier: Apache-2.0
// GRANT-COMPETENCE: an aid to an enterprise is the région's (CGCT L.1511-2) save exceptions; an
// imputation in « Action économique » raises the question when the activity is not stated.
#include <gtest/gtest.h>

#include <subvention/compliance/checker.hpp>
#include <subvention/examples/apes_2023.hpp>

#include "support/clean_dossier.hpp"
#include "support/rules.hpp"

namespace test_rule_grant_competence_test {
namespace {

using namespace subvention;
using namespace subvention::compliance;

std::vector<Diagnostic> run(const Dossier& d) {
    return subvention::testing::run(subvention::testing::rule("GRANT-COMPETENCE"), d);
}

TEST(GrantCompetence, CleanDossierGivesNothing) {
    EXPECT_TRUE(run(subvention::testing::clean_dossier()).empty());
}

TEST(GrantCompetence, SeedImputedInEconomicActionWithActivityUnknownIsAnInfo) {
    // 6568/9365: chapter 936 « Action économique », function 65; APES's activity not stated.
    const auto out = run(examples::apes_2023());
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].severity, Severity::info);
    EXPECT_EQ(out[0].location.path, "/deliberation/imputations/0/imputation");
    EXPECT_EQ(out[0].fact("imputation"), "6568/9365");
    EXPECT_EQ(out[0].fact("function"), "65");
    EXPECT_EQ(out[0].fact("economic_activity"), "unknown");
    EXPECT_NE(out[0].message_fr.find("au chapitre 936 « Action économique », fonction 65 "
                                     "« Insertion économique et économie sociale, solidaire »"),
              std::string::npos)
        << out[0].message_fr;
    EXPECT_NE(out[0].message_fr.find("L.1511-3"), std::string::npos);
    EXPECT_NE(out[0].message_fr.find("Sous réserve de la rédaction"), std::string::npos);
    EXPECT_EQ(out[0].assumptions, (std::vector<std::string>{"l1511_wording_unconfirmed"}));
    ASSERT_EQ(out[0].legal_basis.size(), 3u);
    EXPECT_EQ(out[0].legal_basis[2].to_string(), "CGCT art. L.3211-1");
    EXPECT_EQ(out[0].legal_basis[2].version, "version in force on 1 October 2022 (Légifrance)");
}

TEST(GrantCompetence, NoEconomicActivityStatedSilencesTheImputationQuestion) {
    Dossier d = examples::apes_2023();
    d.beneficiary_economic_activity = false;
    EXPECT_TRUE(run(d).empty());
}

TEST(GrantCompetence, AnImputationOutsideEconomicActionRaisesNothing) {
    Dossier d = subvention::testing::clean_dossier();
    d.beneficiary_economic_activity = std::nullopt;
    for (auto& row : d.deliberation->imputations)
        row.imputation = "65748/93428"; // 934 « Santé et action sociale »
    for (auto& row : d.rapport->budget)
        row.imputation = "65748/93428";
    EXPECT_TRUE(run(d).empty());
}

TEST(GrantCompetence, ACompanyBeneficiaryIsAWarningWhateverTheImputation) {
    Dossier d = subvention::testing::clean_dossier();
    d.convention->beneficiary.legal_form = LegalForm::company;
    const auto out = run(d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].severity, Severity::warning);
    EXPECT_EQ(out[0].location.path, "/convention/beneficiary/legal_form");
    EXPECT_EQ(out[0].fact("beneficiary_form"), "company");
    EXPECT_NE(out[0].message_fr.find("est une société : l'aide peut constituer une aide à une "
                                     "entreprise"),
              std::string::npos)
        << out[0].message_fr;
    EXPECT_NE(out[0].message_en.find("vitiated by lack of competence"), std::string::npos);
}

TEST(GrantCompetence, AStatedEconomicActivityIsAWarning) {
    Dossier d = subvention::testing::clean_dossier();
    d.beneficiary_economic_activity = true;
    const auto out = run(d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].severity, Severity::warning);
    EXPECT_EQ(out[0].location.path, "/beneficiary_economic_activity");
    EXPECT_EQ(out[0].fact("economic_activity"), "true");
    EXPECT_NE(out[0].message_fr.find("Le dossier indique que « Acteurs Pour une Économie "
                                     "Solidaire » exerce une activité économique"),
              std::string::npos)
        << out[0].message_fr;
}

} // namespace
} // namespace test_rule_grant_competence_test
