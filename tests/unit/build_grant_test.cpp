// SPDX-License-Identifier: Apache-2.0
// A dossier from structured data (build/grant.hpp): the Nord grant from about fifteen fields
// checks without error or warning and agrees with the hand-written example; each refused field
// is named; instalments given as shares add up to the grant; attendance given as counts drives
// the vote analysis; the stage follows the convention's status; the JSON keeps the new facts.
#include <cstdint>
#include <functional>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <subvention/build/grant.hpp>
#include <subvention/compliance/checker.hpp>
#include <subvention/examples/apes_2023.hpp>
#include <subvention/examples/nord_2024.hpp>
#include <subvention/io/json.hpp>

#include "../examples/nord_2024/record.hpp"

namespace test_build_grant_test {
namespace {

namespace sv = subvention;
namespace cp = subvention::compliance;
using sv::Date, sv::Euros, sv::MemberCount, sv::Rate;

/// The Nord grant as a database row holds it: the example's row.
sv::build::GrantRecord nord_record() {
    return nord_2024::record();
}

sv::Dossier built(const sv::build::GrantRecord& r) {
    auto d = sv::build::grant_dossier(r);
    if (!d)
        throw std::runtime_error(d.error().describe());
    return *std::move(d);
}

std::vector<std::string> errors_and_warnings(const cp::Report& r) {
    std::vector<std::string> out;
    for (const auto& d : r.diagnostics)
        if (d.severity != cp::Severity::info)
            out.push_back(d.rule + " " + std::string(cp::to_string(d.severity)) + " " +
                          d.message(cp::Lang::fr));
    return out;
}

bool fires(const cp::Report& r, std::string_view rule, cp::Severity s) {
    for (const auto& d : r.diagnostics)
        if (d.rule == rule && d.severity == s)
            return true;
    return false;
}

TEST(GrantDossier, NordFromFifteenFieldsChecksWithoutErrorOrWarningDraftAndSigned) {
    const sv::Dossier d = built(nord_record());
    const auto draft = cp::check(d);
    EXPECT_EQ(draft.stage, cp::Stage::draft);
    EXPECT_EQ(errors_and_warnings(draft), std::vector<std::string>{});

    sv::Dossier s = d;
    s.convention->status = sv::DocumentStatus::executed;
    s.convention->signature.date.value = Date(2024, 6, 24);
    const auto signed_ = cp::check(s);
    EXPECT_EQ(signed_.stage, cp::Stage::signed_);
    EXPECT_EQ(signed_.stage_basis, cp::StageBasis::convention_status);
    EXPECT_EQ(errors_and_warnings(signed_), std::vector<std::string>{});
}

TEST(GrantDossier, AgreesWithTheHandWrittenNordExampleOnEveryCheckedFact) {
    const sv::Dossier b = built(nord_record());
    const sv::Dossier h = sv::examples::nord_2024();
    EXPECT_EQ(sv::granted_amounts(b).size(), sv::granted_amounts(h).size());
    for (std::size_t i = 0; i < sv::granted_amounts(b).size(); ++i)
        EXPECT_EQ(sv::granted_amounts(b)[i].value, sv::granted_amounts(h)[i].value);
    EXPECT_EQ(b.deliberation->imputations.at(0).imputation,
              h.deliberation->imputations.at(0).imputation);
    EXPECT_EQ(b.deliberation->number.value, h.deliberation->number.value);
    const auto& bp = b.convention->payment_schedule.payments;
    const auto& hp = h.convention->payment_schedule.payments;
    ASSERT_EQ(bp.size(), hp.size());
    for (std::size_t i = 0; i < bp.size(); ++i) {
        EXPECT_EQ(bp[i].amount.value, hp[i].amount.value);
        EXPECT_EQ(bp[i].kind, hp[i].kind);
        EXPECT_EQ(bp[i].trigger, hp[i].trigger);
    }
    EXPECT_EQ(b.convention->period->value, h.convention->period->value);
    EXPECT_EQ(b.convention->obligations.final_report->deadlines.at(0).date,
              h.convention->obligations.final_report->deadlines.at(0).date);
    EXPECT_EQ(b.convention->beneficiary.name, h.convention->beneficiary.name);
    // The vote: 40 present − 1 interested + 2 proxies, from counts as from the 42 names.
    const auto vb = sv::analyse_vote(*b.deliberation);
    const auto vh = sv::analyse_vote(*h.deliberation);
    EXPECT_EQ(vb.max_possible_votes, vh.max_possible_votes);
    EXPECT_EQ(vb.max_possible_votes.count(), 41);
    EXPECT_EQ(vb.quorum.required, vh.quorum.required);
    EXPECT_EQ(vb.eligible_present, vh.eligible_present);
}

TEST(GrantDossier, EveryFactIsLocatedByItsDossierPathWithItsOrigin) {
    const sv::Dossier d = built(nord_record());
    const auto& amount = d.deliberation->grants.at(0).amount.source;
    EXPECT_EQ(amount.document, sv::DocumentKind::deliberation);
    EXPECT_EQ(amount.section, "/deliberation/grants/0/amount");
    EXPECT_EQ(amount.text, Euros::from_euros(30'000).to_string_fr());
    EXPECT_EQ(amount.origin, sv::Origin::database);
    const auto& balance = d.convention->payment_schedule.payments.at(1).amount.source;
    EXPECT_EQ(balance.section, "/convention/payment_schedule/payments/1/amount");
    EXPECT_EQ(balance.origin, sv::Origin::database);
    const auto& rna = d.convention->beneficiary.other_identifiers.at(0);
    EXPECT_EQ(rna.value, "W595012345");
    EXPECT_EQ(rna.source.section, "/convention/beneficiary/other_identifiers/0");

    auto typed = nord_record();
    typed.origin = sv::Origin::entry; // « saisie »
    EXPECT_EQ(built(typed).deliberation->meeting_date.source.origin, sv::Origin::entry);
}

TEST(GrantDossier, RefusesAMissingOrInvalidFieldNamingItAndItsValue) {
    using Mutation = std::function<void(sv::build::GrantRecord&)>;
    const std::vector<std::pair<std::string, Mutation>> cases{
        {"grantor.name", [](auto& r) { r.grantor.name.clear(); }},
        {"grantor.departement_code", [](auto& r) { r.grantor.departement_code = "6"; }},
        {"meeting.date", [](auto& r) { r.meeting.date = Date(); }},
        {"beneficiary.name", [](auto& r) { r.beneficiary.name.clear(); }},
        {"amount", [](auto& r) { r.amount = Euros{}; }},
        {"beneficiary.siret", [](auto& r) { r.beneficiary.siret = "778 899 013 00017"; }},
        {"beneficiary.rna", [](auto& r) { r.beneficiary.rna = "W59501234"; }},
        {"beneficiary.iban",
         [](auto& r) { r.beneficiary.iban = "FR76 3000 6000 0112 3456 7890 188"; }},
        {"function", [](auto& r) { r.function = "99"; }},
        {"nature", [](auto& r) { r.beneficiary.legal_form = sv::LegalForm::commune; }},
        {"period",
         [](auto& r) {
             r.kind = sv::build::GrantKind::investment;
             r.nature = "20422";
         }},
        {"instalments",
         [](auto& r) {
             r.instalments = {Rate::from_percent(60), Rate::from_percent(30)};
         }},
        {"meeting.attendance.interested",
         [](auto& r) {
             r.meeting.attendance.interested = MemberCount(1);
             r.meeting.interested.push_back("M. Jules PETIT");
         }},
        {"meeting.interested", [](auto& r) { r.meeting.interested = {""}; }},
    };
    for (const auto& [field, mutate] : cases) {
        auto r = nord_record();
        mutate(r);
        const auto d = sv::build::grant_dossier(r);
        ASSERT_FALSE(d) << field;
        EXPECT_EQ(d.error().field, field) << d.error().describe();
        EXPECT_FALSE(d.error().message.empty()) << field;
    }
}

TEST(GrantDossier, InvestmentGrantWithItsPeriodAndNatureIsImputedInTheInvestmentSection) {
    auto r = nord_record();
    r.kind = sv::build::GrantKind::investment;
    r.nature = "20422";
    r.period = sv::Period{Date(2024, 6, 10), Date(2026, 6, 9), true};
    r.instalments = {Rate::from_percent(30), Rate::from_percent(70)};
    const sv::Dossier d = built(r);
    EXPECT_EQ(d.deliberation->imputations.at(0).imputation, "20422/9032");
    EXPECT_FALSE(d.deliberation->grants.at(0).year); // a period across years
    EXPECT_EQ(d.convention->obligations.final_report->deadlines.at(0).date, Date(2026, 12, 9));
}

TEST(GrantDossier, MultiYearOperatingConventionChecksWithoutErrorOrWarning) {
    // A convention pluriannuelle d'objectifs over three years: no single year, the compte rendu
    // financier six months after the end of the period.
    auto r = nord_record();
    r.period = sv::Period{Date(2024, 1, 1), Date(2026, 12, 31), true};
    r.amount = Euros::from_euros(90'000);
    const sv::Dossier d = built(r);
    EXPECT_FALSE(d.deliberation->grants.at(0).year);
    EXPECT_EQ(d.convention->obligations.final_report->deadlines.at(0).date, Date(2027, 6, 30));
    EXPECT_EQ(d.convention->payment_schedule.payments.at(0).amount.value,
              Euros::from_euros(54'000));
    EXPECT_EQ(errors_and_warnings(cp::check(d)), std::vector<std::string>{});
}

TEST(GrantDossier, CerClauseOnlyForAMeetingFromTheSecondOfJanuary2022) {
    const auto has_cer = [](const sv::Dossier& d) {
        for (const auto& c : d.convention->clauses)
            if (c.kind == sv::ClauseKind::contrat_engagement_republicain)
                return true;
        return false;
    };
    auto r = nord_record();
    EXPECT_TRUE(has_cer(built(r)));
    r.meeting.date = Date(2021, 12, 13);
    r.period.reset();
    EXPECT_FALSE(has_cer(built(r)));
    r.meeting.date = Date(2022, 1, 2);
    EXPECT_TRUE(has_cer(built(r)));
    r.beneficiary.legal_form = sv::LegalForm::company;
    EXPECT_FALSE(has_cer(built(r)));
}

TEST(GrantDossier, ConventionOnlyAbove23000EurosUnlessTheRecordAsks) {
    auto r = nord_record();
    r.amount = Euros::from_euros(23'000);
    EXPECT_FALSE(built(r).convention);
    EXPECT_TRUE(built(r).deliberation->signing_authorisations.empty());
    r.convention = true;
    EXPECT_TRUE(built(r).convention);
    r.amount = Euros::from_euros(23'000) + Euros::from_cents(1);
    r.convention.reset();
    EXPECT_TRUE(built(r).convention);
}

TEST(PaymentAmounts, SharesAddingUpTo100PercentPayTheGrantExactlyToTheCent) {
    std::mt19937_64 rng(20240610);
    std::uniform_int_distribution<std::int64_t> cents(1, 10'000'000'000);
    std::uniform_int_distribution<std::int64_t> parts(1, 12);
    for (int i = 0; i < 2000; ++i) {
        const Euros grant = Euros::from_cents(cents(rng));
        const auto n = parts(rng);
        const std::vector<Rate> shares(static_cast<std::size_t>(n), Rate::from_fraction(1, n));
        const auto amounts = sv::payment_amounts(grant, shares);
        Euros total{};
        for (std::size_t k = 0; k < amounts.size(); ++k) {
            total += amounts[k];
            // each within a cent per instalment of its exact share
            const auto exact = grant.apply(shares[k], sv::Rounding::half_up);
            const auto gap = (amounts[k] - exact).cents();
            EXPECT_LE(gap < 0 ? -gap : gap, n) << grant.to_iso() << " / " << n;
        }
        EXPECT_EQ(total, grant) << grant.to_iso() << " / " << n;
    }
    const auto thirds = sv::payment_amounts(Euros::from_euros(100),
                                            std::vector<Rate>(3, Rate::from_fraction(1, 3)));
    EXPECT_EQ(thirds, (std::vector<Euros>{Euros::from_cents(3333), Euros::from_cents(3333),
                                          Euros::from_cents(3334)}));
    // Shares short of 100 %: each its own share, no remainder given to the last.
    EXPECT_EQ(sv::payment_amounts(Euros::from_euros(100), {Rate::from_percent(50)}),
              std::vector<Euros>{Euros::from_euros(50)});
}

TEST(AttendanceCounts, DriveTheQuorumAndThePossibleVotesWithoutNames) {
    sv::Attendance a;
    a.body = sv::Body::commission_permanente;
    a.counts = sv::AttendanceCounts{.present = MemberCount(20),
                                    .excused = MemberCount(15),
                                    .absent = MemberCount(10),
                                    .proxies = MemberCount(5),
                                    .interested = MemberCount(1),
                                    .members_in_office = MemberCount(82)};
    sv::VoteTally t;
    t.pour = sv::VoteCount(24);
    const auto v = sv::analyse(a, t, sv::StatedOutcome::adopted, Date(2024, 6, 10));
    EXPECT_EQ(v.in_office_basis, sv::MembersInOfficeBasis::stated);
    EXPECT_EQ(v.members_in_office.count(), 82);
    EXPECT_EQ(v.eligible_present.count(), 19);
    EXPECT_EQ(v.proxies_counted.count(), 5);
    EXPECT_EQ(v.max_possible_votes.count(), 24);
    EXPECT_EQ(v.quorum.required.count(), 42);
    EXPECT_FALSE(v.quorum.met); // 19 + 5 < 42
    EXPECT_TRUE(v.has(sv::VoteFindingKind::quorum_not_met));
}

TEST(AttendanceCounts, ContradictoryCountsAreFoundByVoteQuorum) {
    auto r = nord_record();
    r.meeting.attendance.proxies = MemberCount(3); // 3 proxies, 2 members away
    auto report = cp::check(built(r));
    EXPECT_TRUE(fires(report, "VOTE-QUORUM", cp::Severity::error));
    for (const auto& d : report.diagnostics) {
        if (d.rule == "VOTE-QUORUM") { // located at the counts: the act gives no names
            EXPECT_EQ(d.location.path, "/deliberation/attendance/counts");
        }
    }
    // Stated members in office: 41 possible voters of 82 are one short of the quorum.
    r = nord_record();
    r.meeting.attendance.members_in_office = MemberCount(82);
    report = cp::check(built(r));
    EXPECT_TRUE(fires(report, "VOTE-QUORUM", cp::Severity::error));

    // Lists and counts together must agree: APES lists 38 present.
    sv::Dossier apes = sv::examples::apes_2023();
    apes.deliberation->attendance.counts =
        sv::AttendanceCounts{.present = MemberCount(40), .excused = MemberCount(3)};
    report = cp::check(apes);
    EXPECT_TRUE(fires(report, "VOTE-QUORUM", cp::Severity::warning));
}

TEST(CheckStage, FollowsTheConventionStatusUnlessAnOptionGivesIt) {
    sv::Dossier d = sv::examples::nord_2024();
    EXPECT_EQ(cp::check(d).stage, cp::Stage::draft);
    d.convention->status = sv::DocumentStatus::executed;
    auto r = cp::check(d);
    EXPECT_EQ(r.stage, cp::Stage::signed_);
    EXPECT_EQ(r.stage_basis, cp::StageBasis::convention_status);
    // The signed stage turns the blank signature date into an error.
    EXPECT_TRUE(fires(r, "CONV-INCOMPLETE", cp::Severity::error) ||
                fires(r, "DOSSIER-DOCUMENTS", cp::Severity::error) || r.summary.error > 0);
    r = cp::check(d, cp::CheckOptions{.stage = cp::Stage::draft});
    EXPECT_EQ(r.stage, cp::Stage::draft);
    EXPECT_EQ(r.stage_basis, cp::StageBasis::option);
    d.convention.reset();
    EXPECT_EQ(cp::check(d).stage_basis, cp::StageBasis::no_convention);
}

TEST(JsonShortcuts, CountsSharesOriginAndOtherIdentifiersRoundTripAndOldFilesLackThem) {
    const sv::Dossier d = built(nord_record());
    const std::string json = sv::io::to_json(d);
    EXPECT_NE(json.find("\"counts\""), std::string::npos);
    EXPECT_NE(json.find("\"share\""), std::string::npos);
    EXPECT_NE(json.find("\"origin\": \"database\""), std::string::npos);
    const auto back = sv::io::dossier_from_json(json);
    ASSERT_TRUE(back) << back.error().describe();
    EXPECT_EQ(*back, d);
    // A dossier read from its documents writes none of them: older files are unchanged.
    const std::string apes = sv::io::to_json(sv::examples::apes_2023());
    EXPECT_EQ(apes.find("\"counts\""), std::string::npos);
    EXPECT_EQ(apes.find("\"share\""), std::string::npos);
    EXPECT_EQ(apes.find("\"origin\""), std::string::npos);
}

TEST(JsonShortcuts, BareValuesValueWithoutSourceAndPaymentsByShareReadAsEnteredData) {
    // The hand-written Nord dossier, as a JSON user would write parts of it from a database.
    auto j = nlohmann::json::parse(sv::io::to_json(sv::examples::nord_2024()));
    j["deliberation"]["grants"][0]["amount"] = "30000.00";                       // the bare value
    j["deliberation"]["meeting_date"] = nlohmann::json{{"value", "2024-06-10"}}; // no source
    for (auto& p : j["convention"]["payment_schedule"]["payments"])
        p.erase("amount");
    j["convention"]["payment_schedule"]["payments"][0]["share"] = "60 %";
    j["convention"]["payment_schedule"]["payments"][1]["share"] = "2/5";
    const auto d = sv::io::dossier_from_json(j.dump());
    ASSERT_TRUE(d) << d.error().describe();
    const auto& amount = d->deliberation->grants.at(0).amount;
    EXPECT_EQ(amount.value, Euros::from_euros(30'000));
    EXPECT_EQ(amount.source.origin, sv::Origin::database);
    EXPECT_EQ(amount.source.document, sv::DocumentKind::deliberation);
    EXPECT_EQ(amount.source.section, "/deliberation/grants/0/amount");
    EXPECT_EQ(d->deliberation->meeting_date.source.section, "/deliberation/meeting_date");
    const auto& payments = d->convention->payment_schedule.payments;
    EXPECT_EQ(payments.at(0).amount.value, Euros::from_euros(18'000));
    EXPECT_EQ(payments.at(1).amount.value, Euros::from_euros(12'000));
    EXPECT_EQ(payments.at(1).amount.source.section,
              "/convention/payment_schedule/payments/1/amount");
    // Same findings as the dossier written in full.
    EXPECT_EQ(errors_and_warnings(cp::check(*d)), std::vector<std::string>{});

    // A share with no grant to take it from is an error naming the payment.
    j["convention"]["actions"][0]["amount"] = nullptr;
    j["deliberation"] = nullptr;
    const auto orphan = sv::io::dossier_from_json(j.dump());
    ASSERT_FALSE(orphan);
    EXPECT_EQ(orphan.error().field, "/convention/payment_schedule/payments/0/amount");
    // The full form still requires its keys: {"value", "source"} with an unknown key is refused.
    auto k = nlohmann::json::parse(sv::io::to_json(sv::examples::nord_2024()));
    k["deliberation"]["meeting_date"]["note"] = "x";
    EXPECT_FALSE(sv::io::dossier_from_json(k.dump()));
}

} // namespace
} // namespace test_build_grant_test
