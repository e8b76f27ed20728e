// SPDX-License-Identifier: Apache-2.0
// AID-STATE-MENTION: an aid to an undertaking states its State-aid regime; de minimis aid cites
// the regulation applicable on the decision date and its de minimis character.
#include <gtest/gtest.h>

#include <subvention/compliance/checker.hpp>
#include <subvention/examples/apes_2023.hpp>

#include "support/clean_dossier.hpp"
#include "support/rules.hpp"

namespace test_rule_aid_state_mention_test {
namespace {

using namespace subvention;
using namespace subvention::compliance;

std::vector<Diagnostic> run(const Dossier& d) {
    return subvention::testing::run(subvention::testing::rule("AID-STATE-MENTION"), d);
}

Dossier economic() {
    Dossier d = subvention::testing::clean_dossier();
    d.beneficiary_economic_activity = true;
    return d;
}

void add_clause(Dossier& d, std::string text) {
    d.convention->clauses.push_back(
        Clause{ClauseKind::control, std::nullopt, std::nullopt, std::nullopt,
               SourceRef{DocumentKind::convention, "article 9", std::move(text)}, std::nullopt});
}

TEST(AidStateMention, CleanDossierGivesNothing) {
    EXPECT_TRUE(run(subvention::testing::clean_dossier()).empty());
}

TEST(AidStateMention, AnActivityNotStatedIsSilentForAnAssociation) {
    // The seed: an association whose activity the dossier does not state.
    EXPECT_TRUE(run(examples::apes_2023()).empty());
}

TEST(AidStateMention, AnEconomicActivityWithoutAnyRegimeIsAWarning) {
    const auto out = run(economic());
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].severity, Severity::warning);
    EXPECT_EQ(out[0].location.path, "/convention/clauses");
    EXPECT_EQ(out[0].fact("regime_mentioned"), "false");
    EXPECT_EQ(out[0].fact("decision_date"), "2024-03-18");
    EXPECT_NE(out[0].message_fr.find("ni la délibération ni la convention n'indiquent le régime"),
              std::string::npos)
        << out[0].message_fr;
    // 2024: Regulation 2023/2831, whose article 6 was not verified.
    EXPECT_NE(out[0].message_fr.find("(règlement (UE) 2023/2831, art. 6)"), std::string::npos);
    EXPECT_EQ(out[0].assumptions, (std::vector<std::string>{"article_6_2023_2831_not_verified"}));
    ASSERT_EQ(out[0].legal_basis.size(), 1u);
    EXPECT_EQ(out[0].legal_basis[0].to_string(), "règlement (UE) 2023/2831 art. 6");
}

TEST(AidStateMention, AidGrantedIn2023CitesArticle6Paragraph1Of1407_2013) {
    const auto out = run([] {
        Dossier d = examples::apes_2023();
        d.beneficiary_economic_activity = true;
        return d;
    }());
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].legal_basis.at(0).to_string(), "règlement (UE) n° 1407/2013 art. 6 § 1");
    EXPECT_TRUE(out[0].assumptions.empty());
    EXPECT_NE(out[0].message_en.find("(Regulation (EU) No 1407/2013, Art. 6(1))"),
              std::string::npos)
        << out[0].message_en;
}

TEST(AidStateMention, ADeMinimisClauseCitingTheRegulationSatisfiesIt) {
    Dossier d = economic();
    add_clause(d, "La présente aide est accordée au titre du règlement (UE) 2023/2831 de la "
                  "Commission du 13 décembre 2023 relatif aux aides de minimis.");
    EXPECT_TRUE(run(d).empty());
}

TEST(AidStateMention, DeMinimisWithoutTheRegulationIsAWarning) {
    Dossier d = economic();
    add_clause(d, "La présente aide est une aide de minimis.");
    const auto out = run(d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].fact("de_minimis"), "true");
    EXPECT_EQ(out[0].fact("regulation_cited"), "false");
    EXPECT_NE(out[0].message_fr.find("présentée comme une aide de minimis, mais ni la "
                                     "délibération ni la convention ne citent le règlement"),
              std::string::npos)
        << out[0].message_fr;
}

TEST(AidStateMention, TheRegulationOfTheWrongPeriodIsNotTheApplicableOne) {
    Dossier d = economic();
    add_clause(d, "Aide de minimis (règlement (UE) n° 1407/2013).");
    EXPECT_EQ(run(d).size(), 1u);
}

TEST(AidStateMention, ADeclaredRegulationWithoutTheDeMinimisCharacterIsAWarning) {
    Dossier d = subvention::testing::clean_dossier();
    d.beneficiary_economic_activity = std::nullopt;
    d.execution = Execution{};
    d.execution->grant_regulation = AidRegulation::de_minimis_2023_2831;
    add_clause(d, "Vu le règlement (UE) 2023/2831 de la Commission.");
    const auto out = run(d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].fact("de_minimis_character_stated"), "false");
    EXPECT_NE(out[0].message_fr.find("L'aide à « Acteurs Pour une Économie Solidaire » est "
                                     "déclarée au titre du règlement (UE) 2023/2831"),
              std::string::npos)
        << out[0].message_fr;
    EXPECT_NE(out[0].message_fr.find("n'indiquent le caractère de minimis"), std::string::npos);
}

TEST(AidStateMention, ACompanyIsPresumedToCarryOnAnEconomicActivity) {
    Dossier d = subvention::testing::clean_dossier();
    d.beneficiary_economic_activity = std::nullopt;
    d.convention->beneficiary.legal_form = LegalForm::company;
    const auto out = run(d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].fact("economic_activity"), "unknown");
    EXPECT_NE(out[0].message_fr.find("présumée exercer une activité économique"),
              std::string::npos);
}

} // namespace
} // namespace test_rule_aid_state_mention_test
