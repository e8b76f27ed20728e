// SPDX-License-Identifier: Apache-2.0
// COI-ILLEGALITY: an interest statement that does not exclude the member from the vote is an
// error, from the debate only a warning; the clean and Nord dossiers give nothing.
#include <gtest/gtest.h>

#include <subvention/compliance/checker.hpp>
#include <subvention/examples/nord_2024.hpp>

#include "support/clean_dossier.hpp"
#include "support/rules.hpp"

namespace test_rule_coi_illegality_test {
namespace {

using namespace subvention;
using namespace subvention::compliance;

std::vector<Diagnostic> run(const Dossier& d) {
    return subvention::testing::run(subvention::testing::rule("COI-ILLEGALITY"), d);
}

TEST(CoiIllegality, CleanAndNordDossiersGiveNothing) {
    EXPECT_TRUE(run(subvention::testing::clean_dossier()).empty());
    EXPECT_TRUE(run(examples::nord_2024()).empty());
}

TEST(CoiIllegality, NordStatementNotExcludingTheVoteIsAnError) {
    Dossier d = examples::nord_2024();
    auto& s = d.deliberation->interest_statements.at(0);
    s.no_debate = false;
    s.no_vote = false;
    const auto out = run(d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].severity, Severity::error);
    EXPECT_EQ(out[0].location.path, "/deliberation/interest_statements/0");
    EXPECT_EQ(out[0].fact("member"), "Mme Claire LECLERCQ");
    EXPECT_EQ(out[0].fact("no_vote_stated"), "false");
    EXPECT_NE(out[0].message_fr.find("SERTIM"), std::string::npos) << out[0].message_fr;
    ASSERT_EQ(out[0].legal_basis.size(), 3u); // the case law: an act of 2024
}

TEST(CoiIllegality, DebateOnlyIsAWarningAndFromDecember2025TheStatuteIsCited) {
    Dossier d = examples::nord_2024();
    d.deliberation->interest_statements.at(0).no_debate = false;
    auto out = run(d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].severity, Severity::warning);
    d.deliberation->meeting_date.value = Date(2026, 1, 12);
    out = run(d);
    ASSERT_EQ(out.size(), 1u);
    ASSERT_EQ(out[0].legal_basis.size(), 1u);
    EXPECT_EQ(out[0].legal_basis[0].article, "L.3132-5");
}

} // namespace
} // namespace test_rule_coi_illegality_test
