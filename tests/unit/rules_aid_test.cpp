// SPDX-License-Identifier: Apache-2.0
// Tests of AID-DEMINIMIS (compliance/rules/aid_deminimis.hpp) on the clean dossier
// (tests/support: meeting 18/03/2024, 57 000 € granted to APES) with execution data: nothing
// without execution data or regime, nothing at exactly the ceiling, an error one cent above with
// the exact facts, the regulation checked at the decision date.
#include <optional>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include <subvention/compliance/checker.hpp>
#include <subvention/examples/apes_2023.hpp>

#include "support/clean_dossier.hpp"
#include "support/rules.hpp"

// Each suite in its own namespace: the suites of a group are compiled together (unity build).
namespace test_rules_aid_test {

namespace {

using namespace subvention;
using namespace subvention::compliance;
using subvention::testing::family_rules;
using subvention::testing::rule;

/// AID-DEMINIMIS at the meeting's date (2 April 2024 for a dossier without deliberation).
std::vector<Diagnostic> run(const Dossier& d) {
    const Date when = d.deliberation ? d.deliberation->meeting_date.value : Date(2024, 4, 2);
    return subvention::testing::run(rule("AID-DEMINIMIS"), d, when);
}

GrantedAid aid(Date on, std::int64_t cents, AidRegulation r, std::string grantor = "Région") {
    return GrantedAid{std::move(grantor), on, Euros::from_cents(cents), r};
}

/// The clean dossier declared under `r` with the given prior aid.
Dossier with_aid(std::optional<AidRegulation> r, std::vector<GrantedAid> prior) {
    Dossier d = subvention::testing::clean_dossier();
    Execution e;
    e.grant_regulation = r;
    e.prior_aids = std::move(prior);
    d.execution = std::move(e);
    return d;
}

TEST(RuleAidDeminimis, IdAndBasis) {
    EXPECT_EQ(rule("AID-DEMINIMIS").id, "AID-DEMINIMIS");
    ASSERT_EQ(rule("AID-DEMINIMIS").legal_basis.size(), 2U);
    EXPECT_EQ(rule("AID-DEMINIMIS").legal_basis[0].text, "règlement (UE) 2023/2831");
}

TEST(RuleAidDeminimis, SilentWithoutExecutionRegimeOrForOtherRegime) {
    EXPECT_TRUE(run(subvention::testing::clean_dossier()).empty());
    EXPECT_TRUE(run(examples::apes_2023()).empty());
    const std::vector<GrantedAid> huge{
        aid(Date(2023, 1, 1), 900'000'00, AidRegulation::de_minimis_1407_2013)};
    EXPECT_TRUE(run(with_aid(std::nullopt, huge)).empty());
    EXPECT_TRUE(run(with_aid(AidRegulation::other, huge)).empty());
}

TEST(RuleAidDeminimis, ExactlyAtTheCeilingDoesNotFire) {
    // 2023/2831 on 18/03/2024: 200 000 + 43 000 + 57 000 = 300 000 € exactly.
    const auto d =
        with_aid(AidRegulation::de_minimis_2023_2831,
                 {aid(Date(2022, 5, 10), 200'000'00, AidRegulation::de_minimis_1407_2013),
                  aid(Date(2023, 11, 20), 43'000'00, AidRegulation::de_minimis_1407_2013)});
    EXPECT_TRUE(run(d).empty());
}

TEST(RuleAidDeminimis, OneCentAboveFiresWithExactFacts) {
    // 200 000 + 43 000,01 + 57 000 = 300 000,01 € > 300 000 € over (18/03/2021, 18/03/2024].
    // The 200 000 € of 10/05/2022 leave the window on 10/05/2025: 43 000,01 + 57 000 fit.
    const auto d =
        with_aid(AidRegulation::de_minimis_2023_2831,
                 {aid(Date(2022, 5, 10), 200'000'00, AidRegulation::de_minimis_1407_2013),
                  aid(Date(2023, 11, 20), 43'000'01, AidRegulation::de_minimis_1407_2013),
                  aid(Date(2021, 3, 18), 100'000'00, AidRegulation::de_minimis_1407_2013),
                  aid(Date(2024, 1, 5), 999'999'00, AidRegulation::other)});
    const auto out = run(d);
    ASSERT_EQ(out.size(), 1U);
    const Diagnostic& diag = out[0];
    EXPECT_EQ(diag.rule, "AID-DEMINIMIS");
    EXPECT_EQ(diag.severity, Severity::error);
    EXPECT_EQ(diag.location.path, "/execution/prior_aids");
    EXPECT_EQ(diag.fact("regulation"), "2023/2831");
    EXPECT_EQ(diag.fact("grant_date"), "2024-03-18");
    EXPECT_EQ(diag.fact("grant"), "57000.00");
    EXPECT_EQ(diag.fact("window_first"), "2021-03-19");
    EXPECT_EQ(diag.fact("window_last"), "2024-03-18");
    EXPECT_EQ(diag.fact("window_kind"), "glissant");
    EXPECT_EQ(diag.fact("cumulated"), "243000.01");
    EXPECT_EQ(diag.fact("ceiling"), "300000.00");
    EXPECT_EQ(diag.fact("combined_cumulated"), "243000.01");
    EXPECT_EQ(diag.fact("combined_ceiling"), "750000.00");
    EXPECT_EQ(diag.fact("headroom"), "56999.99");
    EXPECT_EQ(diag.fact("headroom_returns"), "2025-05-10");
    EXPECT_EQ(diag.fact("counted_aids"), "2");
    ASSERT_EQ(diag.legal_basis.size(), 1U);
    EXPECT_EQ(diag.legal_basis[0].to_string(), "règlement (UE) 2023/2831 art. 3 § 2");
    EXPECT_NE(diag.message_fr.find("le montant tiendrait sous le plafond à partir du 10/05/2025"),
              std::string::npos)
        << diag.message_fr;
}

TEST(RuleAidDeminimis, TransitionalRegime1407UsesFiscalYears) {
    // 1407/2013 on 18/03/2024 (scheme transition until 30/06/2024): fiscal years 2022–2024,
    // 200 000 €. 143 000 + 57 000 = 200 000 → silent; + 0,01 → error; 2021 aid not counted.
    auto ok = with_aid(AidRegulation::de_minimis_1407_2013,
                       {aid(Date(2022, 1, 1), 143'000'00, AidRegulation::de_minimis_1407_2013),
                        aid(Date(2021, 12, 31), 100'000'00, AidRegulation::de_minimis_1407_2013)});
    EXPECT_TRUE(run(ok).empty());
    ok.execution->prior_aids[0].amount = Euros::from_cents(143'000'01);
    const auto out = run(ok);
    ASSERT_EQ(out.size(), 1U);
    EXPECT_EQ(out[0].fact("window_first"), "2022-01-01");
    EXPECT_EQ(out[0].fact("window_kind"), "exercices");
    EXPECT_EQ(out[0].fact("ceiling"), "200000.00");
    EXPECT_EQ(out[0].fact("combined_ceiling"), "500000.00");
    // When does 57 000 € fit again? Under the regulation in force at each later date
    // (2023/2831, (D − 3 ans, D]): 243 000,01 € counted until the aid of 31/12/2021 leaves on
    // 31/12/2024; then 300 000 − 143 000,01 = 156 999,99 ≥ 57 000.
    EXPECT_EQ(out[0].fact("headroom_returns"), "2024-12-31");
}

TEST(RuleAidDeminimis, RegulationNotApplicableAtTheDecisionDate) {
    auto d = with_aid(AidRegulation::de_minimis_1407_2013, {});
    d.deliberation->meeting_date.value = Date(2024, 7, 1);
    const auto out = run(d);
    ASSERT_EQ(out.size(), 1U);
    EXPECT_EQ(out[0].location.path, "/execution/grant_regulation");
    EXPECT_EQ(out[0].fact("grant_date"), "2024-07-01");
    EXPECT_EQ(out[0].fact("window_first"), "");
    ASSERT_EQ(out[0].legal_basis.size(), 1U);
    EXPECT_EQ(out[0].legal_basis[0].to_string(),
              "règlement (UE) n° 1407/2013 art. 7 § 4 et 8 (prorogé par le règlement (UE) "
              "2020/972)");
    EXPECT_NE(out[0].message_fr.find("ne s'applique pas le 01/07/2024 (du 01/01/2014 au "
                                     "30/06/2024"),
              std::string::npos)
        << out[0].message_fr;
}

TEST(RuleAidDeminimis, SiegGrantHeldToTheCommonCeiling) {
    // SIEG 2023/2832: 700 000 € of general aid + 57 000 € = 757 000 € > 750 000 €.
    const auto d = with_aid(AidRegulation::sieg_2023_2832,
                            {aid(Date(2023, 6, 1), 200'000'00, AidRegulation::de_minimis_1407_2013),
                             aid(Date(2024, 2, 1), 500'000'00, AidRegulation::sieg_2023_2832)});
    const auto out = run(d);
    ASSERT_EQ(out.size(), 1U);
    EXPECT_EQ(out[0].fact("cumulated"), "500000.00");
    EXPECT_EQ(out[0].fact("combined_cumulated"), "700000.00");
    EXPECT_EQ(out[0].fact("headroom"), "50000.00");
    ASSERT_EQ(out[0].legal_basis.size(), 2U);
    EXPECT_EQ(out[0].legal_basis[1].to_string(), "règlement (UE) 2023/2832 art. 4 § 1");
}

TEST(RuleAidDeminimis, ThisGrantListedAmongPriorAidIsNotCountedTwice) {
    // 243 000 + 57 000 = 300 000: the 57 000 € entry of 18/03/2024 is this grant.
    const auto d =
        with_aid(AidRegulation::de_minimis_2023_2831,
                 {aid(Date(2023, 11, 20), 243'000'00, AidRegulation::de_minimis_1407_2013),
                  aid(Date(2024, 3, 18), 57'000'00, AidRegulation::de_minimis_2023_2831,
                      "Département du Pas-de-Calais")});
    EXPECT_TRUE(run(d).empty());
}

TEST(RuleAidDeminimis, WithoutDeliberationTheConventionSignatureDates) {
    // Signature 02/04/2024: window (02/04/2021, 02/04/2024]; the aid of 02/04/2021 is out.
    auto d = with_aid(AidRegulation::de_minimis_2023_2831,
                      {aid(Date(2021, 4, 2), 250'000'00, AidRegulation::de_minimis_1407_2013)});
    EXPECT_EQ(run(d).size(), 1U); // at the meeting (18/03/2024) it is in
    d.deliberation.reset();
    EXPECT_TRUE(run(d).empty());
}

} // namespace

} // namespace test_rules_aid_test
