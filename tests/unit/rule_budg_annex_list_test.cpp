// SPDX-License-Identifier: Apache-2.0
// BUDG-ANNEX-LIST: a subsidy above 75 000 € or above half of the body's products goes into the
// list annexed to the budget documents (CGCT L.3313-1 → L.2313-1 4° c).
#include <gtest/gtest.h>

#include <subvention/compliance/checker.hpp>
#include <subvention/examples/apes_2023.hpp>

#include "support/clean_dossier.hpp"
#include "support/rules.hpp"

namespace test_rule_budg_annex_list_test {
namespace {

using namespace subvention;
using namespace subvention::compliance;

std::vector<Diagnostic> run(const Dossier& d) {
    return subvention::testing::run(subvention::testing::rule("BUDG-ANNEX-LIST"), d);
}

Stated<Euros> stated(std::int64_t euros) {
    return Stated<Euros>{Euros::from_cents(euros * 100),
                         {DocumentKind::dossier, "comptes", "total des produits"}};
}

TEST(BudgAnnexList, CleanDossierGivesNothing) {
    EXPECT_TRUE(run(subvention::testing::clean_dossier()).empty());
}

TEST(BudgAnnexList, SeedBelow75000WithProductsUnknownIsSilent) {
    EXPECT_TRUE(run(examples::apes_2023()).empty());
}

TEST(BudgAnnexList, AGrantAbove75000IsAnInfoWithTheFigures) {
    Dossier d = subvention::testing::clean_dossier();
    d.deliberation->grants.at(0).amount.value = Euros::from_cents(8'000'000);
    const auto out = run(d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].severity, Severity::info);
    EXPECT_EQ(out[0].location.path, "/deliberation/grants/0/amount");
    EXPECT_EQ(out[0].fact("granted"), "80000.00");
    EXPECT_EQ(out[0].fact("threshold"), "75000.00");
    EXPECT_EQ(out[0].fact("over_threshold"), "true");
    EXPECT_EQ(out[0].fact("resources"), "");
    EXPECT_NE(
        out[0].message_fr.find("La subvention de 80\u202F000,00\u00A0€ accordée à « Acteurs Pour "
                               "une Économie Solidaire » dépasse 75\u202F000\u00A0€ : l'organisme "
                               "doit figurer sur la liste"),
        std::string::npos)
        << out[0].message_fr;
    EXPECT_NE(out[0].message_fr.find("la part de la subvention dans ce produit n'a pas été "
                                     "calculée"),
              std::string::npos);
    EXPECT_EQ(out[0].assumptions, (std::vector<std::string>{"l2313_1_text_of_2015"}));
}

TEST(BudgAnnexList, Exactly75000IsNotAbove) {
    Dossier d = subvention::testing::clean_dossier();
    d.deliberation->grants.at(0).amount.value = Euros::from_cents(7'500'000);
    EXPECT_TRUE(run(d).empty());
}

TEST(BudgAnnexList, MoreThanHalfOfTheBodysProductsIsAnInfo) {
    Dossier d = subvention::testing::clean_dossier();
    d.beneficiary_resources = stated(110'000); // 57 000 > 55 000
    const auto out = run(d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].fact("over_threshold"), "false");
    EXPECT_EQ(out[0].fact("resources"), "110000.00");
    EXPECT_EQ(out[0].fact("over_half_of_resources"), "true");
    EXPECT_NE(out[0].message_fr.find("représente plus de la moitié du produit du dernier "
                                     "exercice clos de l'organisme (110\u202F000,00\u00A0€)"),
              std::string::npos)
        << out[0].message_fr;
}

TEST(BudgAnnexList, HalfOfTheProductsExactlyIsNotMoreThanHalf) {
    Dossier d = subvention::testing::clean_dossier();
    d.beneficiary_resources = stated(114'000);
    EXPECT_TRUE(run(d).empty());
}

} // namespace
} // namespace test_rule_budg_annex_list_test
