// SPDX-License-Identifier: Apache-2.0
// COI-INTERESTED-LIST: a member of the interest statements missing from the attendance's
// interested list, or the reverse, is a warning; the clean and Nord dossiers give nothing.
#include <gtest/gtest.h>

#include <subvention/compliance/checker.hpp>
#include <subvention/examples/nord_2024.hpp>

#include "support/clean_dossier.hpp"
#include "support/rules.hpp"

namespace test_rule_coi_interested_list_test {
namespace {

using namespace subvention;
using namespace subvention::compliance;

std::vector<Diagnostic> run(const Dossier& d) {
    return subvention::testing::run(subvention::testing::rule("COI-INTERESTED-LIST"), d);
}

TEST(CoiInterestedList, CleanAndNordDossiersGiveNothing) {
    EXPECT_TRUE(run(subvention::testing::clean_dossier()).empty());
    EXPECT_TRUE(run(examples::nord_2024()).empty());
}

TEST(CoiInterestedList, NordStatementWhoseMemberIsNotInTheListIsAWarning) {
    Dossier d = examples::nord_2024();
    d.deliberation->attendance.interested.clear();
    const auto out = run(d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].severity, Severity::warning);
    EXPECT_EQ(out[0].location.path, "/deliberation/interest_statements/0");
    EXPECT_EQ(out[0].fact("in_attendance_list"), "false");
}

TEST(CoiInterestedList, NordListedMemberWithoutStatementIsAWarning) {
    Dossier d = examples::nord_2024();
    d.deliberation->interest_statements.clear();
    const auto out = run(d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].severity, Severity::warning);
    EXPECT_EQ(out[0].location.path, "/deliberation/attendance/interested/0");
    EXPECT_EQ(out[0].fact("in_statements"), "false");
}

TEST(CoiInterestedList, NamesAreComparedWithoutCivilityCaseOrAccents) {
    Dossier d = examples::nord_2024();
    d.deliberation->interest_statements.at(0).member =
        PersonName::parse("Madame claire Leclercq").value();
    EXPECT_TRUE(run(d).empty());
}

} // namespace
} // namespace test_rule_coi_interested_list_test
