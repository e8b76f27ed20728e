// SPDX-License-Identifier: Apache-2.0
// PARTY-NAME-MISMATCH: the deliberation's beneficiary against the convention's party — an
// abbreviation is a warning unless an alias is stated, another name an error; spelling
// variants (case, accents, punctuation, « Association ») are the same name.
#include <gtest/gtest.h>

#include <subvention/compliance/checker.hpp>
#include <subvention/examples/apes_2023.hpp>
#include <subvention/examples/nord_2024.hpp>

#include "support/clean_dossier.hpp"
#include "support/rules.hpp"

namespace test_rule_party_name_mismatch_test {
namespace {

using namespace subvention;
using namespace subvention::compliance;

std::vector<Diagnostic> run(const Dossier& d) {
    return subvention::testing::run(subvention::testing::rule("PARTY-NAME-MISMATCH"), d);
}

TEST(PartyNameMismatch, CleanApesAndNordDossiersGiveNothing) {
    EXPECT_TRUE(run(subvention::testing::clean_dossier()).empty());
    EXPECT_TRUE(run(examples::apes_2023()).empty()); // « Economie » / « Économie »
    EXPECT_TRUE(run(examples::nord_2024()).empty());
}

TEST(PartyNameMismatch, NordAcronymInTheConventionIsAWarning) {
    Dossier d = examples::nord_2024();
    d.convention->beneficiary.name = "US Roubaix";
    d.convention->beneficiary.source.text = "L'association US Roubaix, SIRET 778 899 013 00016";
    const auto out = run(d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].severity, Severity::warning);
    EXPECT_EQ(out[0].location.path, "/deliberation/grants/0/beneficiary");
    EXPECT_EQ(out[0].fact("relation"), "abbreviation");
    EXPECT_EQ(out[0].fact("other_path"), "/convention/beneficiary/name");
}

TEST(PartyNameMismatch, NordAcronymWithTheAliasStatedGivesNothing) {
    Dossier d = examples::nord_2024();
    d.convention->beneficiary.name = "US Roubaix";
    d.convention->beneficiary.source.text =
        "L'association Union Sportive de Roubaix (US Roubaix), SIRET 778 899 013 00016";
    EXPECT_TRUE(run(d).empty());
}

TEST(PartyNameMismatch, NordAnotherNameIsAnError) {
    Dossier d = examples::nord_2024();
    d.convention->beneficiary.name = "Racing Club de Roubaix";
    const auto out = run(d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].severity, Severity::error);
    EXPECT_EQ(out[0].fact("relation"), "different");
}

TEST(PartyNameMismatch, SpellingVariantsAreTheSameName) {
    for (const char* name : {"Association Union Sportive de Roubaix", "UNION SPORTIVE DE ROUBAIX",
                             "l'Union sportive de Roubaix", "Union Sportive de Roubaix."}) {
        Dossier d = examples::nord_2024();
        d.convention->beneficiary.name = name;
        EXPECT_TRUE(run(d).empty()) << name;
    }
}

} // namespace
} // namespace test_rule_party_name_mismatch_test
