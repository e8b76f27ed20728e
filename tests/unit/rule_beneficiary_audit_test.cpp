// SPDX-License-Identifier: Apache-2.0
// BENEFICIARY-AUDIT: an association receiving more than 153 000 € of public subsidies in money
// a year appoints a commissaire aux comptes and publishes its accounts (C. com. L.612-4, D.612-5).
#include <gtest/gtest.h>

#include <subvention/compliance/checker.hpp>
#include <subvention/examples/apes_2023.hpp>

#include "support/clean_dossier.hpp"
#include "support/rules.hpp"

namespace test_rule_beneficiary_audit_test {
namespace {

using namespace subvention;
using namespace subvention::compliance;

std::vector<Diagnostic> run(const Dossier& d) {
    return subvention::testing::run(subvention::testing::rule("BENEFICIARY-AUDIT"), d);
}

Stated<Euros> stated(std::int64_t euros) {
    return Stated<Euros>{Euros::from_cents(euros * 100),
                         {DocumentKind::dossier, "subventions", "autres subventions publiques"}};
}

TEST(BeneficiaryAudit, CleanDossierGivesNothing) {
    EXPECT_TRUE(run(subvention::testing::clean_dossier()).empty());
}

TEST(BeneficiaryAudit, SeedBelowTheThresholdWithOtherSubsidiesUnknownIsSilent) {
    EXPECT_TRUE(run(examples::apes_2023()).empty());
}

TEST(BeneficiaryAudit, OtherSubsidiesTakingTheYearAbove153000AreAnInfo) {
    Dossier d = subvention::testing::clean_dossier();
    d.beneficiary_other_public_subsidies = stated(100'000); // 57 000 + 100 000 = 157 000
    const auto out = run(d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].severity, Severity::info);
    EXPECT_EQ(out[0].fact("granted"), "57000.00");
    EXPECT_EQ(out[0].fact("other_public_subsidies"), "100000.00");
    EXPECT_EQ(out[0].fact("total"), "157000.00");
    EXPECT_EQ(out[0].fact("threshold"), "153000.00");
    EXPECT_NE(
        out[0].message_fr.find("avec les autres subventions publiques de l'année que le "
                               "dossier indique (100\u202F000,00\u00A0€), le montant global de "
                               "157\u202F000,00\u00A0€ dépasse le seuil de 153\u202F000\u00A0€"),
        std::string::npos)
        << out[0].message_fr;
    EXPECT_EQ(out[0].assumptions, (std::vector<std::string>{"grant_counted_in_its_year"}));
    ASSERT_EQ(out[0].legal_basis.size(), 3u);
    EXPECT_EQ(out[0].legal_basis[1].to_string(), "code de commerce art. D.612-5");
}

TEST(BeneficiaryAudit, TheThresholdMustBeExceeded) {
    Dossier d = subvention::testing::clean_dossier();
    d.beneficiary_other_public_subsidies = stated(96'000); // 153 000 exactly
    EXPECT_TRUE(run(d).empty());
}

TEST(BeneficiaryAudit, OtherSubsidiesUnknownFireOnlyOnTheGrantAlone) {
    Dossier d = subvention::testing::clean_dossier();
    d.deliberation->grants.at(0).amount.value = Euros::from_cents(16'000'000);
    const auto out = run(d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].fact("other_public_subsidies"), "");
    EXPECT_NE(out[0].message_fr.find("cette subvention à elle seule dépasse le seuil"),
              std::string::npos)
        << out[0].message_fr;
    EXPECT_EQ(out[0].assumptions, (std::vector<std::string>{"grant_counted_in_its_year",
                                                            "other_public_subsidies_unknown"}));
}

TEST(BeneficiaryAudit, OnlyAssociations) {
    Dossier d = subvention::testing::clean_dossier();
    d.deliberation->grants.at(0).amount.value = Euros::from_cents(16'000'000);
    d.convention->beneficiary.legal_form = LegalForm::company;
    EXPECT_TRUE(run(d).empty());
}

} // namespace
} // namespace test_rule_beneficiary_audit_test
