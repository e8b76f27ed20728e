// SPDX-License-Identifier: Apache-2.0
// Tests of the assembly rule group (src/compliance/rules/assembly.hpp): VOTE-QUORUM,
// VOTE-TALLY-EXCEEDS, VOTE-TALLY-SHORT, VOTE-OUTCOME, VOTE-PROXY-LIMIT, VOTE-PROXY-INTERESTED,
// ATTENDANCE-DUPLICATE, CP-DELEGATION-VISA, DELIB-NUMBER, DELIB-DATES-ORDER, VISA-DUPLICATE.
// For each rule: the clean dossier gives nothing, mutations trigger it (ID, severity, path,
// exact facts), and the seed gives what its documents contain (only VOTE-TALLY-EXCEEDS, a warning
// since the excess has no effect on the outcome, and VISA-DUPLICATE from this group;
// docs/legal-reference.md §11).
#include <algorithm>
#include <cstdint>
#include <limits>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include <subvention/compliance/checker.hpp>
#include <subvention/examples/apes_2023.hpp>

#include "support/clean_dossier.hpp"
#include "support/rules.hpp"

// White-box: helpers private to the engine.
#include "compliance/rules/vote_quorum.hpp"

// Each suite in its own namespace: the suites of a group are compiled together (unity build).
namespace test_rules_assembly_test {

namespace {

using namespace subvention;
using namespace subvention::compliance;
namespace rules = subvention::compliance::rules;
using subvention::testing::cited;
using subvention::testing::family_rules;
using subvention::testing::rule;

using subvention::testing::Facts;

using subvention::testing::run;

/// Runs the whole group, in catalogue order.
std::vector<Diagnostic> run_group(const Dossier& d) {
    std::vector<Diagnostic> out;
    for (const auto& r : family_rules(Family::assembly)) {
        const auto one = run(r, d);
        out.insert(out.end(), one.begin(), one.end());
    }
    return out;
}

Dossier seed() {
    return examples::apes_2023();
}
Dossier clean() {
    return subvention::testing::clean_dossier();
}
/// The clean dossier's meeting (18 March 2024).
Date meeting() {
    return subvention::testing::clean_meeting_date();
}
Deliberation& delib(Dossier& d) {
    return *d.deliberation;
}

/// Index of the attendance entry whose last name is `last`.
std::size_t entry(const Dossier& d, std::string_view last) {
    const auto& e = d.deliberation->attendance.entries;
    for (std::size_t i = 0; i < e.size(); ++i)
        if (e[i].member.last_name() == last)
            return i;
    ADD_FAILURE() << "no entry " << last;
    return 0;
}

/// Marks the first `n` present members with a vote, other than the president (LEROY) and the
/// interested member (MEYFROIDT), as excused.
void excuse(Dossier& d, int n) {
    auto& entries = delib(d).attendance.entries;
    for (auto& e : entries) {
        if (n == 0)
            break;
        if (e.status != AttendanceStatus::present || e.voice != DeliberativeVoice::with ||
            e.member.last_name() == "LEROY" || e.member.last_name() == "MEYFROIDT")
            continue;
        e.status = AttendanceStatus::excused;
        --n;
    }
}

void set_tally(Dossier& d, std::string_view text) {
    delib(d).tally.value = parse_vote_tally(text).value();
}

Proxy proxy(std::string_view giver, std::string_view holder) {
    return Proxy::parse(giver, holder).value();
}

/// The attendance fact in a list of facts.
std::string fact(const Diagnostic& d, std::string_view key) {
    return std::string(d.fact(key));
}

// =============================================================================================
// Group

TEST(AssemblyRules, CatalogueOrderAndIdsAreExactlyTheIssueList) {
    const std::vector<std::string_view> ids = {
        "VOTE-QUORUM",      "VOTE-TALLY-EXCEEDS",    "VOTE-TALLY-SHORT",     "VOTE-OUTCOME",
        "VOTE-PROXY-LIMIT", "VOTE-PROXY-INTERESTED", "ATTENDANCE-DUPLICATE", "CP-DELEGATION-VISA",
        "DELIB-NUMBER",     "DELIB-DATES-ORDER",     "VISA-DUPLICATE",       "GRANT-COMPETENCE",
        "COI-ILLEGALITY",   "COI-INTERESTED-LIST"};
    ASSERT_EQ(family_rules(Family::assembly).size(), ids.size());
    for (std::size_t i = 0; i < ids.size(); ++i) {
        EXPECT_EQ(family_rules(Family::assembly)[i].id, ids[i]);
        EXPECT_FALSE(family_rules(Family::assembly)[i].legal_basis.empty()) << ids[i];
        EXPECT_FALSE(family_rules(Family::assembly)[i].title_fr.empty()) << ids[i];
        EXPECT_FALSE(family_rules(Family::assembly)[i].title_en.empty()) << ids[i];
    }
}

TEST(AssemblyRules, SeedGivesTallyExceedsWarningAndVisaDuplicateAndCompetenceInfos) {
    const auto out = run_group(seed());
    ASSERT_EQ(out.size(), 3u);
    EXPECT_EQ(out[0].rule, "VOTE-TALLY-EXCEEDS");
    EXPECT_EQ(out[0].severity, Severity::warning);
    EXPECT_EQ(out[1].rule, "VISA-DUPLICATE");
    EXPECT_EQ(out[1].severity, Severity::info);
    EXPECT_EQ(out[2].rule, "GRANT-COMPETENCE");
    EXPECT_EQ(out[2].severity, Severity::info);
}

TEST(AssemblyRules, MessagesUseTheWordingOfALegalNote) {
    // The vote rules' templates: no « voix de trop », no program-internal doubt, abstentions
    // never called votes cast, enum names never shown.
    for (const auto key : message_keys(Lang::fr)) {
        const std::string k(key);
        if (k.rfind("VOTE-", 0) != 0 && k.rfind("phrase.assembly.", 0) != 0)
            continue;
        const std::string fr(message_template(Lang::fr, key));
        const std::string en(message_template(Lang::en, key));
        for (const char* banned : {"de trop", "non confirmé", "(point", "voix exprimée",
                                   "covid_derogation", "commission_permanente", "ordinary"})
            EXPECT_EQ(fr.find(banned), std::string::npos) << k << ": " << fr;
        for (const char* banned : {"too many", "unconfirmed rule", "(assumed rule"})
            EXPECT_EQ(en.find(banned), std::string::npos) << k << ": " << en;
    }
    EXPECT_NE(std::string(message_template(Lang::fr, "VOTE-OUTCOME.by_majority"))
                  .find("abstentions et bulletins blancs ou nuls non compris"),
              std::string::npos);
    EXPECT_EQ(message_template(Lang::en, "phrase.assembly.document_rapport"), "The report");
}

TEST(AssemblyRules, CleanDossierGivesNothing) {
    const auto out = run_group(clean());
    for (const auto& d : out)
        ADD_FAILURE() << d.rule << ": " << d.message_fr;
}

TEST(AssemblyRules, OutputIsDeterministic) {
    EXPECT_EQ(run_group(seed()), run_group(seed()));
}

TEST(AssemblyRules, EveryDiagnosticOnTheSeedHasBothMessagesAndALegalBasis) {
    for (const auto& d : run_group(seed())) {
        EXPECT_FALSE(d.message_fr.empty());
        EXPECT_FALSE(d.message_en.empty());
        EXPECT_FALSE(d.legal_basis.empty());
        EXPECT_FALSE(d.location.path.empty());
    }
}

TEST(AssemblyRules, NoDeliberationNoVoteDiagnosticAndNoThrow) {
    Dossier d = seed();
    d.deliberation.reset();
    for (const auto& r : family_rules(Family::assembly)) {
        if (r.id == "VISA-DUPLICATE")
            continue; // the convention's duplicate is still there
        EXPECT_TRUE(run(r, d).empty()) << r.id;
    }
}

TEST(AssemblyRules, BlankMeetingDateSkipsTheVoteRulesWithoutThrowing) {
    Dossier d = seed();
    delib(d).meeting_date.value = Date(boost::gregorian::not_a_date_time);
    for (const auto* r :
         {&rule("VOTE-QUORUM"), &rule("VOTE-TALLY-EXCEEDS"), &rule("VOTE-TALLY-SHORT"),
          &rule("VOTE-OUTCOME"), &rule("VOTE-PROXY-LIMIT"), &rule("VOTE-PROXY-INTERESTED"),
          &rule("ATTENDANCE-DUPLICATE")})
        EXPECT_TRUE(run(*r, d).empty()) << r->id;
}

// =============================================================================================
// VOTE-QUORUM

TEST(VoteQuorum, SeedAndCleanDossierMeetTheQuorum) {
    EXPECT_TRUE(run(rule("VOTE-QUORUM"), seed()).empty());
    EXPECT_TRUE(run(rule("VOTE-QUORUM"), clean()).empty());
}

TEST(VoteQuorum, CommissionPermanenteWithoutQuorumAndNoProxiesIsAnError) {
    Dossier d = clean();
    excuse(d, 18); // 21 present with a vote, of whom MEYFROIDT interested: 20 counted
    delib(d).attendance.proxies = std::vector<Proxy>{}; // the act states there were none
    const auto out = run(rule("VOTE-QUORUM"), d);
    ASSERT_EQ(out.size(), 1u);
    const auto& q = out[0];
    EXPECT_EQ(q.rule, "VOTE-QUORUM");
    EXPECT_EQ(q.severity, Severity::error);
    EXPECT_EQ(q.location.path, "/deliberation/attendance/entries");
    EXPECT_EQ(q.location.document, DocumentKind::deliberation);
    EXPECT_EQ(q.facts,
              (Facts{{"body", "commission_permanente"},
                     {"regime", "ordinary"},
                     {"members_in_office", "42"},
                     {"quorum_required", "22"},
                     {"present_counted", "20"},
                     {"represented_counted", "0"},
                     {"interested_present", "1"},
                     {"counted", "20"},
                     {"proxies_recorded", "true"},
                     {"members_in_office_basis", "assumed_from_lists"},
                     {"assumptions", "members_in_office_from_lists,non_voting_persons_excluded"},
                     {"interested", "Mme Sylvie MEYFROIDT"}}));
    EXPECT_NE(q.message_fr.find("20 membres présents"), std::string::npos) << q.message_fr;
    EXPECT_NE(q.message_fr.find("22 requis"), std::string::npos) << q.message_fr;
    EXPECT_EQ(q.legal_basis.front().to_string(), "CGCT art. L.3121-14-1");
}

TEST(VoteQuorum, MembersInOfficeFromTheCheckOptionsReplaceTheListsAssumption) {
    // 42 listed with a vote: 38 counted present, 3 excused who might have given proxies.
    const Dossier d = clean();
    compliance::CheckOptions options;
    options.members_in_office = MemberCount(90); // 46 required: even 38 + 3 fall short
    const auto out = compliance::run_rule(rule("VOTE-QUORUM"), d, options, Date(2024, 3, 18),
                                          Territory::metropole);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].severity, Severity::error);
    EXPECT_EQ(fact(out[0], "members_in_office"), "90");
    EXPECT_EQ(fact(out[0], "quorum_required"), "46");
    EXPECT_EQ(fact(out[0], "members_in_office_basis"), "stated");
    EXPECT_EQ(fact(out[0], "assumptions").find("members_in_office_from_lists"), std::string::npos);
    options.members_in_office = MemberCount(74); // 38 required: met by those present
    EXPECT_TRUE(compliance::run_rule(rule("VOTE-QUORUM"), d, options, Date(2024, 3, 18),
                                     Territory::metropole)
                    .empty());
}

TEST(VoteQuorum, CommissionPermanenteWithUnrecordedProxiesThatCouldReachItIsAWarning) {
    Dossier d = clean();
    excuse(d, 18); // 20 counted; 21 excused could have given 20 proxies (one per holder)
    const auto out = run(rule("VOTE-QUORUM"), d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].severity, Severity::warning);
    EXPECT_EQ(fact(out[0], "potential_proxies"), "20");
    EXPECT_EQ(fact(out[0], "proxies_recorded"), "false");
    EXPECT_NE(out[0].message_fr.find("au moins 2 des membres excusés"), std::string::npos)
        << out[0].message_fr;
}

TEST(VoteQuorum, CommissionPermanenteCountsRepresentedMembers) {
    Dossier d = clean();
    excuse(d, 18); // 20 counted, 22 required
    auto& a = delib(d).attendance;
    a.proxies = std::vector<Proxy>{proxy("M. Daniel MACIEJASZ", "M. Ludovic PAJOT"),
                                   proxy("Mme Valérie CUVILLIER", "M. Steeve BRIOIS")};
    EXPECT_TRUE(run(rule("VOTE-QUORUM"), d).empty()); // 20 present + 2 represented = 22
}

TEST(VoteQuorum, ConseilDepartementalDoesNotCountProxies) {
    Dossier d = clean();
    excuse(d, 18);
    auto& a = delib(d).attendance;
    a.body = Body::conseil_departemental;
    a.proxies = std::vector<Proxy>{proxy("M. Daniel MACIEJASZ", "M. Ludovic PAJOT"),
                                   proxy("Mme Valérie CUVILLIER", "M. Steeve BRIOIS")};
    const auto out = run(rule("VOTE-QUORUM"), d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].severity, Severity::error);
    EXPECT_EQ(fact(out[0], "body"), "conseil_departemental");
    EXPECT_EQ(fact(out[0], "represented_counted"), "0");
    EXPECT_EQ(fact(out[0], "counted"), "20");
    EXPECT_EQ(out[0].legal_basis.front().to_string(), "CGCT art. L.3121-14");
}

TEST(VoteQuorum, CovidDerogationNeedsOnlyOneThirdPresent) {
    Dossier d = clean();
    excuse(d, 18); // 20 counted ≥ ceil(42 / 3) = 14
    delib(d).attendance.proxies = std::vector<Proxy>{};
    delib(d).meeting_date.value = Date(2021, 3, 15);
    EXPECT_TRUE(run(rule("VOTE-QUORUM"), d).empty());
    excuse(d, 7); // 13 counted < 14
    const auto out = run(rule("VOTE-QUORUM"), d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].severity, Severity::error);
    EXPECT_EQ(fact(out[0], "regime"), "covid_derogation");
    EXPECT_EQ(fact(out[0], "quorum_required"), "14");
    EXPECT_EQ(fact(out[0], "present_counted"), "13");
    // CGCT, the derogation's law, and the COI-QUORUM answers (MEYFROIDT is interested).
    ASSERT_EQ(out[0].legal_basis.size(), 3u);
    EXPECT_NE(out[0].legal_basis[1].text.find("2020-1379"), std::string::npos);
    EXPECT_NE(out[0].legal_basis[2].text.find("Chauré"), std::string::npos);
}

/// The clean Commission permanente with `present` members present with a vote (none
/// interested) and `proxies` proxies from distinct excused members to distinct present ones.
Dossier cp_with(int present, int proxies) {
    Dossier d = clean();
    auto& a = delib(d).attendance;
    a.interested.clear();
    int with_vote = 0;
    for (const auto& e : a.entries)
        with_vote += e.status == AttendanceStatus::present && e.voice == DeliberativeVoice::with;
    excuse(d, with_vote - present);
    std::vector<PersonName> holders;
    std::vector<PersonName> givers;
    for (const auto& e : a.entries) {
        if (e.voice != DeliberativeVoice::with)
            continue;
        (e.status == AttendanceStatus::present ? holders : givers).push_back(e.member.name());
    }
    std::vector<Proxy> list;
    for (int i = 0; i < proxies; ++i)
        list.push_back(
            Proxy{givers.at(static_cast<std::size_t>(i)), holders.at(static_cast<std::size_t>(i))});
    a.proxies = std::move(list);
    return d;
}

TEST(VoteQuorum, CovidSpring2020CountsRepresentedMembersTowardsOneThird) {
    // 15 May 2020: loi 2020-290 art. 10 as modified by ordonnance 2020-391, one third of the 42
    // members in office (14) present or represented: 10 present + 9 proxies = 19.
    Dossier d = cp_with(10, 9);
    delib(d).meeting_date.value = Date(2020, 5, 15);
    const auto out = run(rule("VOTE-QUORUM"), d);
    ASSERT_EQ(out.size(), 1u); // no error: an info naming the assumption
    EXPECT_EQ(out[0].severity, Severity::info);
    EXPECT_EQ(out[0].assumptions, (std::vector<std::string>{"covid_quorum_represented"}));
    EXPECT_EQ(fact(out[0], "present_counted"), "10");
    EXPECT_EQ(fact(out[0], "represented_counted"), "9");
    EXPECT_EQ(fact(out[0], "quorum_required"), "14");
    EXPECT_NE(out[0].message_fr.find("ordonnance n° 2020-391"), std::string::npos)
        << out[0].message_fr;
    // Enough members present: nothing rests on the ordonnance.
    Dossier enough = cp_with(14, 0);
    enough.deliberation->meeting_date.value = Date(2020, 5, 15);
    EXPECT_TRUE(run(rule("VOTE-QUORUM"), enough).empty());
}

TEST(VoteQuorum, CovidSummer2020CountsMembersPresentOnly) {
    // 15 July 2020: the wording of loi 2020-760 (« est présent »): 10 present < 14.
    Dossier d = cp_with(10, 9);
    delib(d).meeting_date.value = Date(2020, 7, 15);
    const auto out = run(rule("VOTE-QUORUM"), d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].severity, Severity::error);
    EXPECT_EQ(fact(out[0], "represented_counted"), "0");
    EXPECT_NE(out[0].message_fr.find("comptés présents)"), std::string::npos) << out[0].message_fr;
    EXPECT_EQ(out[0].message_fr.find("représentés"), std::string::npos) << out[0].message_fr;
    EXPECT_NE(out[0].message_fr.find("loi n° 2020-760"), std::string::npos) << out[0].message_fr;
    EXPECT_NE(out[0].legal_basis[1].text.find("loi n° 2020-760"), std::string::npos);
}

TEST(VoteQuorum, CovidMarch2020LeavesTheCommissionPermanenteOrdinaryQuorum) {
    // 30 March 2020: loi 2020-290 art. 10, original wording, does not derogate from
    // L.3121-14-1: the CP needs an absolute majority (22) present or represented.
    Dossier d = cp_with(14, 0);
    delib(d).meeting_date.value = Date(2020, 3, 30);
    const auto out = run(rule("VOTE-QUORUM"), d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].severity, Severity::error);
    EXPECT_EQ(fact(out[0], "regime"), "ordinary");
    EXPECT_EQ(fact(out[0], "quorum_required"), "22");
    EXPECT_EQ(out[0].message_fr.find("2020-760"), std::string::npos) << out[0].message_fr;
    // The Conseil départemental, derogated, needs one third present (14).
    delib(d).attendance.body = Body::conseil_departemental;
    EXPECT_TRUE(run(rule("VOTE-QUORUM"), d).empty());
    delib(d).attendance.body = Body::commission_permanente;
    // A CP the same day counting proxies under its ordinary rule: 14 + 8 = 22.
    Dossier with_proxies = cp_with(14, 8);
    with_proxies.deliberation->meeting_date.value = Date(2020, 3, 30);
    EXPECT_TRUE(run(rule("VOTE-QUORUM"), with_proxies).empty());
}

TEST(VoteQuorum, MessageSaysRepresentedOnlyWhenTheRegimeCountsThem) {
    // The Commission permanente's ordinary quorum counts represented members.
    Dossier cp = cp_with(14, 0);
    const auto ordinary = run(rule("VOTE-QUORUM"), cp);
    ASSERT_EQ(ordinary.size(), 1u);
    EXPECT_NE(ordinary[0].message_fr.find("comptés présents ou représentés"), std::string::npos)
        << ordinary[0].message_fr;
    // Under the 2021 derogation (loi 2020-1379) only members present count.
    Dossier covid = cp_with(10, 0);
    covid.deliberation->meeting_date.value = Date(2021, 3, 15);
    const auto out = run(rule("VOTE-QUORUM"), covid);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].message_fr.find("représentés"), std::string::npos) << out[0].message_fr;
    EXPECT_NE(out[0].message_fr.find("2020-1379"), std::string::npos) << out[0].message_fr;
}

TEST(VoteQuorum, UncertainFirstDayOfACovidPeriodIsAnUnconfirmedWarning) {
    Dossier d = clean();
    excuse(d, 25); // 13 present counted < 14 (one third of 42): the COVID quorum fails
    delib(d).meeting_date.value = Date(2020, 11, 15);
    // Unrecorded proxies (up to 13) could have given the ordinary CP quorum (22): doubt.
    const auto out = run(rule("VOTE-QUORUM"), d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].severity, Severity::warning);
    EXPECT_EQ(fact(out[0], "unconfirmed"), "true");
    EXPECT_EQ(fact(out[0], "regime"), "covid_derogation");
    // The act states there were no proxies: fails under both regimes.
    delib(d).attendance.proxies = std::vector<Proxy>{};
    const auto none = run(rule("VOTE-QUORUM"), d);
    ASSERT_EQ(none.size(), 1u);
    EXPECT_EQ(none[0].severity, Severity::error);
    delib(d).attendance.proxies.reset();
    // The Conseil départemental fails under both regimes (present only): a certain error.
    delib(d).attendance.body = Body::conseil_departemental;
    const auto cd = run(rule("VOTE-QUORUM"), d);
    ASSERT_EQ(cd.size(), 1u);
    EXPECT_EQ(cd[0].severity, Severity::error);
    EXPECT_EQ(fact(cd[0], "unconfirmed"), "");
}

TEST(VoteQuorum, MembersInOfficeBelowTheListsIsAnError) {
    const Dossier d = clean();
    const auto& x = *d.deliberation;
    VoteAnalysisOptions o;
    o.members_in_office = MemberCount(30);
    const auto a = analyse(x.attendance, x.tally.value, x.outcome.value, x.meeting_date.value, o);
    std::vector<Diagnostic> out;
    Emitter e(rule("VOTE-QUORUM").id, rule("VOTE-QUORUM").legal_basis, out);
    rules::detail::emit_vote_quorum(a, e);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].severity, Severity::error);
    EXPECT_EQ(out[0].facts, (Facts{{"members_in_office", "30"}, {"listed_with_voice", "42"}}));
}

// =============================================================================================
// VOTE-TALLY-EXCEEDS

TEST(VoteTallyExceeds, SeedRecordsFortyTwoVotesForFortyOnePossibleWithoutEffect) {
    const auto out = run(rule("VOTE-TALLY-EXCEEDS"), seed());
    ASSERT_EQ(out.size(), 1u);
    const auto& d = out[0];
    EXPECT_EQ(d.rule, "VOTE-TALLY-EXCEEDS");
    // One member too many against a margin of 41 (41 pour, 0 contre): no effect on the outcome.
    EXPECT_EQ(d.severity, Severity::warning);
    EXPECT_EQ(d.location.document, DocumentKind::deliberation);
    EXPECT_EQ(d.location.section, "conditions de vote");
    EXPECT_EQ(d.location.path, "/deliberation/tally");
    EXPECT_EQ(d.facts,
              (Facts{{"votes_recorded", "42"},
                     {"max_possible_votes", "41"},
                     {"eligible_present", "38"},
                     {"potential_proxies", "3"},
                     {"interested_present", "1"},
                     {"excess", "1"},
                     {"margin", "41"},
                     {"present_with_voice", "39"},
                     {"proxies_recorded", "false"},
                     {"proxies_required", "4"},
                     {"interested", "Mme Sylvie MEYFROIDT"},
                     {"listed_without_voice", "5"},
                     {"assumptions", "unrecorded_proxies_bounded,non_voting_persons_excluded"}}));
    EXPECT_EQ(d.assumptions,
              (std::vector<std::string>{"unrecorded_proxies_bounded", "non_voting_persons_excluded",
                                        "attendance_lists_complete"}));
    EXPECT_EQ(d.message_fr,
              "Le décompte du vote porte sur 42 membres (pour : 41, contre : 0, abstention : 1) "
              "alors qu'au plus 41 membres pouvaient prendre part au vote : 39 membres présents "
              "avec voix délibérative, dont 1 membre intéressé à l'affaire (Mme Sylvie "
              "MEYFROIDT), exclu du vote, soit 38 votants présents, plus au plus 3 pouvoirs "
              "(l'acte n'en mentionne aucun ; un par membre excusé ou absent). Il y a ainsi 1 "
              "membre de plus que le nombre possible ; le membre intéressé a peut-être été "
              "compté ; le décompte supposerait 4 pouvoirs, que l'acte ne mentionne pas. Cet "
              "écart est sans effet sur le résultat du vote : l'excédent est inférieur à l'écart "
              "de 41 voix entre les voix pour et les voix contre, et le quorum reste atteint sans "
              "lui ; il n'a donc pas pu exercer d'influence sur le sens de la délibération (CE "
              "Ass. 23 décembre 2011 Danthony). Il s'agit vraisemblablement d'une erreur "
              "matérielle : vérifier le procès-verbal et faire rectifier l'acte. Ce constat "
              "suppose complètes les listes de présence de l'acte.");
    EXPECT_EQ(d.message_fr.find("voix de trop"), std::string::npos);
    EXPECT_NE(d.message_en.find("42 members"), std::string::npos) << d.message_en;
    EXPECT_NE(d.message_en.find("at most 41 members could take part"), std::string::npos);
    EXPECT_NE(d.message_en.find("no effect on the outcome"), std::string::npos);
    EXPECT_EQ(
        cited(d.legal_basis),
        (std::vector<std::string>{"CGCT art. L.3121-16", "CGCT art. L.3121-14",
                                  "CE, Ass., 23 décembre 2011, Danthony, n° 335033",
                                  "CE, 6 juin 1997, SERTIM (membre intéressé exclu du vote)"}));
}

TEST(VoteTallyExceeds, TwentyOneToTwentyWithOneExcessVoteIsAnError) {
    // 41 recorded for 40 possible (38 present + 2 valid proxies): 21 pour, 20 contre.
    Dossier d = clean();
    delib(d).attendance.proxies =
        std::vector<Proxy>{proxy("M. Sébastien CHOCHOIS", "M. Ludovic PAJOT"),
                           proxy("M. Pierre GEORGET", "M. Steeve BRIOIS")};
    set_tally(d, "Pour : 21 voix Contre : 20 voix");
    const auto out = run(rule("VOTE-TALLY-EXCEEDS"), d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].severity, Severity::error);
    EXPECT_EQ(fact(out[0], "excess"), "1");
    EXPECT_EQ(fact(out[0], "margin"), "1");
    // The same excess on a 40–1 vote changes nothing: a warning.
    set_tally(d, "Pour : 40 voix Contre : 1 voix");
    const auto no_effect = run(rule("VOTE-TALLY-EXCEEDS"), d);
    ASSERT_EQ(no_effect.size(), 1u);
    EXPECT_EQ(no_effect[0].severity, Severity::warning);
    EXPECT_EQ(fact(no_effect[0], "margin"), "39");
}

TEST(VoteTallyExceeds, AQuorumHeldOnlyByTheExcessMakesItAnError) {
    Dossier d = cp_with(22, 0);                     // 22 present = the quorum of 42 exactly
    set_tally(d, "Pour : 23 voix Contre : 0 voix"); // one more than the 22 possible
    const auto out = run(rule("VOTE-TALLY-EXCEEDS"), d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].severity, Severity::error);
    EXPECT_EQ(fact(out[0], "margin"), "23");
    EXPECT_NE(out[0].message_fr.find("Le quorum n'est atteint qu'avec 22"), std::string::npos)
        << out[0].message_fr;
}

TEST(VoteTallyExceeds, CleanDossierFits) {
    EXPECT_TRUE(run(rule("VOTE-TALLY-EXCEEDS"), clean()).empty());
}

TEST(VoteTallyExceeds, RecordedProxiesBoundThePossibleVotes) {
    Dossier d = clean();
    delib(d).attendance.proxies = std::vector<Proxy>{};
    set_tally(d, "Pour : 40 voix Contre : 0 voix");
    const auto out = run(rule("VOTE-TALLY-EXCEEDS"), d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].severity, Severity::warning); // excess 2 < margin 40
    EXPECT_EQ(out[0].facts, (Facts{{"votes_recorded", "40"},
                                   {"max_possible_votes", "38"},
                                   {"eligible_present", "38"},
                                   {"proxies_counted", "0"},
                                   {"interested_present", "1"},
                                   {"excess", "2"},
                                   {"margin", "40"},
                                   {"present_with_voice", "39"},
                                   {"proxies_recorded", "true"},
                                   {"interested", "Mme Sylvie MEYFROIDT"},
                                   {"listed_without_voice", "5"},
                                   {"assumptions", "non_voting_persons_excluded"}}));
    EXPECT_NE(out[0].message_fr.find("plus 0 pouvoir valable"), std::string::npos)
        << out[0].message_fr;
}

TEST(VoteTallyExceeds, ValidProxiesAddOneVoteEach) {
    Dossier d = clean();
    delib(d).attendance.proxies =
        std::vector<Proxy>{proxy("M. Sébastien CHOCHOIS", "M. Ludovic PAJOT"),
                           proxy("M. Pierre GEORGET", "M. Steeve BRIOIS")};
    set_tally(d, "Pour : 40 voix Contre : 0 voix");
    EXPECT_TRUE(run(rule("VOTE-TALLY-EXCEEDS"), d).empty()); // 38 + 2
    set_tally(d, "Pour : 41 voix Contre : 0 voix");
    const auto out = run(rule("VOTE-TALLY-EXCEEDS"), d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(fact(out[0], "max_possible_votes"), "40");
    EXPECT_EQ(fact(out[0], "proxies_counted"), "2");
}

TEST(VoteTallyExceeds, TallyNeedingUnrecordedProxiesAloneIsAWarning) {
    Dossier d = clean();
    set_tally(d, "Pour : 40 voix Contre : 0 voix Abstention : 1 voix"); // 41 = 38 + 3
    const auto out = run(rule("VOTE-TALLY-EXCEEDS"), d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].severity, Severity::warning);
    EXPECT_EQ(out[0].location.path, "/deliberation/tally");
    EXPECT_EQ(out[0].facts, (Facts{{"votes_recorded", "41"},
                                   {"eligible_present", "38"},
                                   {"proxies_required", "3"},
                                   {"potential_proxies", "3"},
                                   {"proxies_recorded", "false"}}));
}

TEST(VoteTallyExceeds, NotTakingPartCountsAgainstThePresentMembers) {
    Dossier d = clean();
    delib(d).attendance.proxies = std::vector<Proxy>{};
    set_tally(d, "Pour : 37 voix Contre : 0 voix Abstention : 1 voix Ne prend pas part : 2");
    const auto out = run(rule("VOTE-TALLY-EXCEEDS"), d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].severity, Severity::warning); // excess 1 < margin 37
    EXPECT_EQ(fact(out[0], "voices_recorded"), "40");
    EXPECT_EQ(fact(out[0], "max_possible_voices"), "39");
    EXPECT_EQ(fact(out[0], "votes_recorded"), "");
    EXPECT_EQ(fact(out[0], "excess"), "1");
}

TEST(VoteTallyExceeds, ExcessResolvedOnlyByAProxyOfAnInterestedMemberIsUnconfirmed) {
    Dossier d = seed(); // 42 votes
    // MEYFROIDT interested but excused: she could have given a proxy (COI-PROXY 2nd sentence).
    delib(d).attendance.entries[entry(d, "MEYFROIDT")].status = AttendanceStatus::excused;
    const auto out = run(rule("VOTE-TALLY-EXCEEDS"), d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].severity, Severity::warning);
    EXPECT_EQ(fact(out[0], "unconfirmed"), "true");
    EXPECT_EQ(fact(out[0], "max_possible_votes"), "41");
    EXPECT_NE(out[0].message_fr.find("sous réserve qu'un pouvoir donné"), std::string::npos)
        << out[0].message_fr;
}

TEST(VoteTallyExceeds, OverflowingTallyIsAnError) {
    Dossier d = clean();
    auto& t = delib(d).tally.value;
    t.pour = VoteCount(std::numeric_limits<std::int32_t>::max());
    t.contre = VoteCount(std::numeric_limits<std::int32_t>::max());
    const auto out = run(rule("VOTE-TALLY-EXCEEDS"), d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].severity, Severity::error);
    EXPECT_EQ(fact(out[0], "overflow"), "true");
    EXPECT_EQ(fact(out[0], "pour"), "2147483647");
    for (const auto& r : family_rules(Family::assembly))
        EXPECT_NO_THROW((void)run(r, d)) << r.id;
}

// =============================================================================================
// VOTE-TALLY-SHORT

TEST(VoteTallyShort, SeedAndCleanDossierAreNotShort) {
    EXPECT_TRUE(run(rule("VOTE-TALLY-SHORT"), seed()).empty());
    EXPECT_TRUE(run(rule("VOTE-TALLY-SHORT"), clean()).empty());
}

TEST(VoteTallyShort, MissingVotesWithTheQuorumStillHeldAreInfo) {
    Dossier d = clean();
    set_tally(d, "Pour : 30 voix Contre : 0 voix Abstention : 1 voix");
    const auto out = run(rule("VOTE-TALLY-SHORT"), d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].rule, "VOTE-TALLY-SHORT");
    EXPECT_EQ(out[0].severity, Severity::info);
    EXPECT_EQ(out[0].location.path, "/deliberation/tally");
    EXPECT_EQ(out[0].facts, (Facts{{"voices_recorded", "31"},
                                   {"eligible_present", "38"},
                                   {"missing_votes", "7"},
                                   {"counted_at_vote", "31"},
                                   {"quorum_required", "22"},
                                   {"quorum_in_doubt", "false"},
                                   {"assumptions", "non_voting_persons_excluded"}}));
    EXPECT_NE(out[0].message_fr.find("7 membres présents n'y figurent pas"), std::string::npos)
        << out[0].message_fr;
}

TEST(VoteTallyShort, TallyBelowTheQuorumIsAWarning) {
    Dossier d = clean();
    set_tally(d, "Pour : 15 voix Contre : 0 voix");
    const auto out = run(rule("VOTE-TALLY-SHORT"), d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].severity, Severity::warning);
    EXPECT_EQ(fact(out[0], "counted_at_vote"), "15");
    EXPECT_EQ(fact(out[0], "quorum_in_doubt"), "true");
}

TEST(VoteTallyShort, ConseilDepartementalTakesProxiesOffAtTheVote) {
    Dossier d = clean();
    auto& a = delib(d).attendance;
    a.body = Body::conseil_departemental;
    a.proxies = std::vector<Proxy>{proxy("M. Sébastien CHOCHOIS", "M. Ludovic PAJOT"),
                                   proxy("M. Pierre GEORGET", "M. Steeve BRIOIS")};
    set_tally(d, "Pour : 23 voix Contre : 0 voix"); // 23 − 2 proxies = 21 present < 22
    const auto out = run(rule("VOTE-TALLY-SHORT"), d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].severity, Severity::warning);
    EXPECT_EQ(fact(out[0], "counted_at_vote"), "21");
}

TEST(VoteTallyShort, NotTakingPartAccountsForPresentMembers) {
    Dossier d = clean();
    set_tally(d, "Pour : 30 voix Contre : 0 voix Ne prend pas part : 8");
    EXPECT_TRUE(run(rule("VOTE-TALLY-SHORT"), d).empty()); // 38 accounted for
    set_tally(d, "Pour : 30 voix Contre : 0 voix Ne prend pas part : 2");
    const auto out = run(rule("VOTE-TALLY-SHORT"), d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(fact(out[0], "ne_prend_pas_part"), "2");
    EXPECT_EQ(out[0].message_fr.find("aucun « ne prend pas part"), std::string::npos);
}

// =============================================================================================
// VOTE-OUTCOME

TEST(VoteOutcome, SeedAndCleanDossierOutcomeMatches) {
    EXPECT_TRUE(run(rule("VOTE-OUTCOME"), seed()).empty());
    EXPECT_TRUE(run(rule("VOTE-OUTCOME"), clean()).empty());
}

TEST(VoteOutcome, AdoptedWithMoreVotesAgainstIsAnError) {
    Dossier d = clean();
    set_tally(d, "Pour : 10 voix Contre : 20 voix");
    const auto out = run(rule("VOTE-OUTCOME"), d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].rule, "VOTE-OUTCOME");
    EXPECT_EQ(out[0].severity, Severity::error);
    EXPECT_EQ(out[0].location.path, "/deliberation/outcome");
    EXPECT_EQ(out[0].location.text, "(Adopté)");
    EXPECT_EQ(out[0].facts, (Facts{{"pour", "10"},
                                   {"contre", "20"},
                                   {"suffrages_exprimes", "30"},
                                   {"stated_outcome", "adopted"},
                                   {"computed_outcome", "rejected"},
                                   {"outcome_basis", "majority"},
                                   {"vote_mode", "show_of_hands"},
                                   {"other_document", "deliberation"},
                                   {"other_section", "conditions de vote"},
                                   {"other_path", "/deliberation/tally"},
                                   {"other_text", delib(d).tally.source.text}}));
}

TEST(VoteOutcome, TieBrokenByThePresidentsCastingVote) {
    Dossier d = clean();
    set_tally(d, "Pour : 15 voix Contre : 15 voix");
    delib(d).tally.value.president_vote = VoteChoice::pour;
    EXPECT_TRUE(run(rule("VOTE-OUTCOME"), d).empty()); // adopted, as stated
    delib(d).tally.value.president_vote = VoteChoice::contre;
    const auto out = run(rule("VOTE-OUTCOME"), d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].severity, Severity::error);
    EXPECT_EQ(fact(out[0], "outcome_basis"), "tie_president_not_pour");
}

TEST(VoteOutcome, TieWithUnknownPresidentsVoteIsAWarning) {
    Dossier d = clean();
    set_tally(d, "Pour : 15 voix Contre : 15 voix");
    const auto out = run(rule("VOTE-OUTCOME"), d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].severity, Severity::warning);
    EXPECT_EQ(out[0].facts, (Facts{{"pour", "15"},
                                   {"contre", "15"},
                                   {"stated_outcome", "adopted"},
                                   {"president", "M. Jean-Claude LEROY"}}));
}

TEST(VoteOutcome, SecretBallotTieIsAnUnconfirmedWarning) {
    Dossier d = clean();
    set_tally(d, "Pour : 15 voix Contre : 15 voix");
    delib(d).tally.value.mode = VoteMode::secret_ballot;
    const auto out = run(rule("VOTE-OUTCOME"), d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].severity, Severity::warning);
    EXPECT_EQ(fact(out[0], "unconfirmed"), "true");
    EXPECT_EQ(fact(out[0], "assumptions"), "secret_ballot_tie_rejected");
    EXPECT_EQ(fact(out[0], "outcome_basis"), "secret_ballot_tie");
    EXPECT_NE(out[0].message_fr.find("sous réserve que cette analogie"), std::string::npos)
        << out[0].message_fr;
}

TEST(VoteOutcome, PresidentListedExcusedIsAWarning) {
    Dossier d = clean();
    delib(d).attendance.president = PersonName::parse("M. Sébastien CHOCHOIS").value();
    const auto out = run(rule("VOTE-OUTCOME"), d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].severity, Severity::warning);
    EXPECT_EQ(out[0].location.path, "/deliberation/attendance/president");
    EXPECT_EQ(
        out[0].facts,
        (Facts{{"president", "M. Sébastien CHOCHOIS"}, {"status", "excused"}, {"voice", "with"}}));
}

// =============================================================================================
// VOTE-PROXY-LIMIT

TEST(VoteProxyLimit, SeedAndCleanDossierRecordNoProxy) {
    EXPECT_TRUE(run(rule("VOTE-PROXY-LIMIT"), seed()).empty());
    EXPECT_TRUE(run(rule("VOTE-PROXY-LIMIT"), clean()).empty());
}

TEST(VoteProxyLimit, HolderWithTwoDelegationsIsAnError) {
    Dossier d = clean();
    delib(d).attendance.proxies =
        std::vector<Proxy>{proxy("M. Sébastien CHOCHOIS", "M. Ludovic PAJOT"),
                           proxy("M. Pierre GEORGET", "M. Ludovic PAJOT")};
    const auto out = run(rule("VOTE-PROXY-LIMIT"), d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].rule, "VOTE-PROXY-LIMIT");
    EXPECT_EQ(out[0].severity, Severity::error);
    EXPECT_EQ(out[0].location.path, "/deliberation/attendance/proxies/1");
    EXPECT_EQ(out[0].facts, (Facts{{"finding", "proxy_holder_multiple"},
                                   {"giver", "M. Sébastien CHOCHOIS, M. Pierre GEORGET"},
                                   {"holder", "M. Ludovic PAJOT"},
                                   {"delegations_held", "2"},
                                   {"max_delegations_per_holder", "1"},
                                   {"regime", "ordinary"}}));
}

TEST(VoteProxyLimit, CovidDerogationAllowsTwoDelegations) {
    Dossier d = clean();
    delib(d).meeting_date.value = Date(2021, 3, 15);
    delib(d).attendance.proxies =
        std::vector<Proxy>{proxy("M. Sébastien CHOCHOIS", "M. Ludovic PAJOT"),
                           proxy("M. Pierre GEORGET", "M. Ludovic PAJOT")};
    EXPECT_TRUE(run(rule("VOTE-PROXY-LIMIT"), d).empty());
    delib(d).attendance.proxies->push_back(proxy("M. Bruno COUSEIN", "M. Ludovic PAJOT"));
    const auto out = run(rule("VOTE-PROXY-LIMIT"), d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].location.path, "/deliberation/attendance/proxies/2");
    EXPECT_EQ(fact(out[0], "max_delegations_per_holder"), "2");
    EXPECT_EQ(fact(out[0], "regime"), "covid_derogation");
}

TEST(VoteProxyLimit, GiverDelegatingTwiceIsAnError) {
    Dossier d = clean();
    delib(d).attendance.proxies =
        std::vector<Proxy>{proxy("M. Sébastien CHOCHOIS", "M. Ludovic PAJOT"),
                           proxy("M. Sébastien CHOCHOIS", "M. Steeve BRIOIS")};
    const auto out = run(rule("VOTE-PROXY-LIMIT"), d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].severity, Severity::error);
    EXPECT_EQ(out[0].location.path, "/deliberation/attendance/proxies/1");
    EXPECT_EQ(out[0].facts, (Facts{{"finding", "proxy_giver_multiple"},
                                   {"giver", "M. Sébastien CHOCHOIS"},
                                   {"holder", "M. Steeve BRIOIS"},
                                   {"delegations_given", "2"}}));
}

TEST(VoteProxyLimit, SelfDelegationIsAnError) {
    Dossier d = clean();
    delib(d).attendance.proxies = std::vector<Proxy>{proxy("M. Ludovic PAJOT", "M. Ludovic PAJOT")};
    const auto out = run(rule("VOTE-PROXY-LIMIT"), d);
    ASSERT_EQ(out.size(), 1u); // not also « giver present »: one finding per defect
    EXPECT_EQ(out[0].severity, Severity::error);
    EXPECT_EQ(out[0].location.path, "/deliberation/attendance/proxies/0");
    EXPECT_EQ(out[0].facts, (Facts{{"finding", "proxy_self"},
                                   {"giver", "M. Ludovic PAJOT"},
                                   {"holder", "M. Ludovic PAJOT"}}));
}

TEST(VoteProxyLimit, InconsistentRecordsAreWarnings) {
    struct Case {
        const char* giver;
        const char* holder;
        const char* finding;
    };
    for (const Case c :
         {Case{"M. Jean-Claude DISSAUX", "M. Ludovic PAJOT", "proxy_giver_present"},
          Case{"M. Sébastien CHOCHOIS", "M. Pierre GEORGET", "proxy_holder_not_present"},
          Case{"M. Jean DUPONT", "M. Ludovic PAJOT", "proxy_person_not_listed"},
          Case{"M. Michel DAGBERT", "M. Ludovic PAJOT", "proxy_without_voice"}}) {
        Dossier d = clean();
        delib(d).attendance.proxies = std::vector<Proxy>{proxy(c.giver, c.holder)};
        const auto out = run(rule("VOTE-PROXY-LIMIT"), d);
        ASSERT_EQ(out.size(), 1u) << c.finding;
        EXPECT_EQ(out[0].severity, Severity::warning) << c.finding;
        EXPECT_EQ(fact(out[0], "finding"), c.finding);
        EXPECT_EQ(out[0].location.path, "/deliberation/attendance/proxies/0") << c.finding;
    }
}

// =============================================================================================
// VOTE-PROXY-INTERESTED

TEST(VoteProxyInterested, SeedAndCleanDossierRecordNoProxy) {
    EXPECT_TRUE(run(rule("VOTE-PROXY-INTERESTED"), seed()).empty());
    EXPECT_TRUE(run(rule("VOTE-PROXY-INTERESTED"), clean()).empty());
}

TEST(VoteProxyInterested, InterestedHolderIsAWarning) {
    Dossier d = clean();
    delib(d).attendance.proxies =
        std::vector<Proxy>{proxy("M. Sébastien CHOCHOIS", "Mme Sylvie MEYFROIDT")};
    const auto out = run(rule("VOTE-PROXY-INTERESTED"), d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].rule, "VOTE-PROXY-INTERESTED");
    EXPECT_EQ(out[0].severity, Severity::warning);
    EXPECT_EQ(out[0].location.path, "/deliberation/attendance/proxies/0");
    EXPECT_EQ(out[0].facts, (Facts{{"interested_role", "proxy_holder"},
                                   {"giver", "M. Sébastien CHOCHOIS"},
                                   {"holder", "Mme Sylvie MEYFROIDT"}}));
    EXPECT_TRUE(run(rule("VOTE-PROXY-LIMIT"), d).empty());
}

TEST(VoteProxyInterested, InterestedGiverIsAnUnconfirmedWarning) {
    Dossier d = clean();
    delib(d).attendance.entries[entry(d, "MEYFROIDT")].status = AttendanceStatus::excused;
    delib(d).attendance.proxies =
        std::vector<Proxy>{proxy("Mme Sylvie MEYFROIDT", "M. Ludovic PAJOT")};
    const auto out = run(rule("VOTE-PROXY-INTERESTED"), d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].severity, Severity::warning);
    EXPECT_EQ(out[0].facts, (Facts{{"interested_role", "proxy_giver"},
                                   {"giver", "Mme Sylvie MEYFROIDT"},
                                   {"holder", "M. Ludovic PAJOT"},
                                   {"unconfirmed", "true"},
                                   {"assumptions", "proxies_given_by_interested_ignored"}}));
    EXPECT_TRUE(run(rule("VOTE-PROXY-LIMIT"), d).empty());
}

TEST(VoteProxyInterested, BeforeTwentyFourDecember2025TheBasisIsTheCaseLaw) {
    Dossier d = clean();
    delib(d).attendance.proxies =
        std::vector<Proxy>{proxy("M. Sébastien CHOCHOIS", "Mme Sylvie MEYFROIDT")};
    const auto out = run(rule("VOTE-PROXY-INTERESTED"), d, Date(2025, 12, 23));
    ASSERT_EQ(out.size(), 1u);
    ASSERT_EQ(out[0].legal_basis.size(), 4u);
    EXPECT_NE(out[0].legal_basis[0].text.find("SERTIM"), std::string::npos);
    EXPECT_NE(out[0].legal_basis[1].text.find("Chauvin"), std::string::npos);
    for (const auto& b : out[0].legal_basis) {
        EXPECT_NE(b.article, "L.2131-11");
        EXPECT_NE(b.article, "L.3132-5");
    }
    EXPECT_NE(out[0].message_fr.find("CE 6 juin 1997 SERTIM"), std::string::npos)
        << out[0].message_fr;
    EXPECT_EQ(out[0].message_fr.find("L.3132-5"), std::string::npos) << out[0].message_fr;
}

TEST(VoteProxyInterested, FromTwentyFourDecember2025TheBasisIsL3132Dash5) {
    Dossier d = clean();
    delib(d).attendance.proxies =
        std::vector<Proxy>{proxy("M. Sébastien CHOCHOIS", "Mme Sylvie MEYFROIDT")};
    const auto out = run(rule("VOTE-PROXY-INTERESTED"), d, Date(2025, 12, 24));
    ASSERT_EQ(out.size(), 1u);
    ASSERT_EQ(out[0].legal_basis.size(), 1u);
    EXPECT_EQ(out[0].legal_basis[0].text, "CGCT");
    EXPECT_EQ(out[0].legal_basis[0].article, "L.3132-5");
    EXPECT_NE(out[0].legal_basis[0].version.find("2025-1249"), std::string::npos);
    EXPECT_NE(out[0].message_fr.find("L.3132-5"), std::string::npos) << out[0].message_fr;
    EXPECT_NE(out[0].message_en.find("L.3132-5"), std::string::npos) << out[0].message_en;
}

TEST(VoteProxyInterested, TheVoteAnalysisCitesTheTextInForceOnTheMeetingDate) {
    Dossier d = clean();
    delib(d).attendance.proxies =
        std::vector<Proxy>{proxy("M. Sébastien CHOCHOIS", "Mme Sylvie MEYFROIDT")};
    const auto& a = delib(d).attendance;
    const auto& t = delib(d).tally.value;
    const auto before = analyse(a, t, StatedOutcome::adopted, Date(2025, 12, 23));
    const auto after = analyse(a, t, StatedOutcome::adopted, Date(2025, 12, 24));
    const auto* f = before.find(VoteFindingKind::proxy_interested);
    const auto* g = after.find(VoteFindingKind::proxy_interested);
    ASSERT_NE(f, nullptr);
    ASSERT_NE(g, nullptr);
    EXPECT_EQ(f->legal_basis.find("L.2131-11"), std::string::npos) << f->legal_basis;
    EXPECT_NE(f->legal_basis.find("SERTIM"), std::string::npos) << f->legal_basis;
    EXPECT_NE(g->legal_basis.find("L.3132-5"), std::string::npos) << g->legal_basis;
}

// =============================================================================================
// ATTENDANCE-DUPLICATE

TEST(AttendanceDuplicate, SeedAndCleanDossierListEveryoneOnce) {
    EXPECT_TRUE(run(rule("ATTENDANCE-DUPLICATE"), seed()).empty());
    EXPECT_TRUE(run(rule("ATTENDANCE-DUPLICATE"), clean()).empty());
}

TEST(AttendanceDuplicate, SameListingTwiceIsInfo) {
    Dossier d = clean();
    auto& entries = delib(d).attendance.entries;
    const auto i = entry(d, "DISSAUX");
    const auto n = std::to_string(entries.size());
    entries.push_back(entries[i]);
    const auto out = run(rule("ATTENDANCE-DUPLICATE"), d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].rule, "ATTENDANCE-DUPLICATE");
    EXPECT_EQ(out[0].severity, Severity::info);
    EXPECT_EQ(out[0].location.path, "/deliberation/attendance/entries/" + n);
    EXPECT_EQ(out[0].facts,
              (Facts{{"name", "M. Jean-Claude DISSAUX"},
                     {"occurrences", "2"},
                     {"indexes", std::to_string(i) + "," + n},
                     {"statuses", "present,present"},
                     {"voices", "with,with"},
                     {"counted_as", "present"},
                     {"decisive", "false"},
                     {"other_document", "deliberation"},
                     {"other_section", "conditions de présence"},
                     {"other_path", "/deliberation/attendance/entries/" + std::to_string(i)},
                     {"other_text", "M. Jean-Claude DISSAUX"}}));
}

TEST(AttendanceDuplicate, PresentAndExcusedIsAWarning) {
    Dossier d = clean();
    auto& entries = delib(d).attendance.entries;
    auto twice = entries[entry(d, "DISSAUX")];
    twice.status = AttendanceStatus::excused;
    entries.push_back(twice);
    const auto out = run(rule("ATTENDANCE-DUPLICATE"), d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].severity, Severity::warning);
    EXPECT_EQ(fact(out[0], "statuses"), "present,excused");
    EXPECT_EQ(fact(out[0], "counted_as"), "present");
    EXPECT_EQ(fact(out[0], "decisive"), "false");
}

TEST(AttendanceDuplicate, ContradictionDecidingTheQuorumIsAnError) {
    Dossier d = clean();
    excuse(d, 16); // 23 present with a vote, MEYFROIDT interested: 22 counted = quorum
    delib(d).attendance.proxies = std::vector<Proxy>{};
    set_tally(d, "Pour : 22 voix Contre : 0 voix");
    EXPECT_TRUE(run(rule("VOTE-QUORUM"), d).empty());
    auto& entries = delib(d).attendance.entries;
    auto twice = entries[entry(d, "PAJOT")];
    twice.status = AttendanceStatus::excused;
    entries.push_back(twice);
    const auto out = run(rule("ATTENDANCE-DUPLICATE"), d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].severity, Severity::error);
    EXPECT_EQ(fact(out[0], "decisive"), "true");
}

// =============================================================================================
// CP-DELEGATION-VISA

TEST(CpDelegationVisa, SeedCitesTheDelegationDeliberation) {
    EXPECT_TRUE(run(rule("CP-DELEGATION-VISA"), seed()).empty());
    EXPECT_TRUE(run(rule("CP-DELEGATION-VISA"), clean()).empty());
}

TEST(CpDelegationVisa, MissingDelegationVisaIsAWarning) {
    Dossier d = clean();
    auto& v = delib(d).visas;
    v.erase(v.begin() + 2); // « Délégation d'attributions à la Commission Permanente »
    const auto out = run(rule("CP-DELEGATION-VISA"), d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].rule, "CP-DELEGATION-VISA");
    EXPECT_EQ(out[0].severity, Severity::warning);
    EXPECT_EQ(out[0].location.path, "/deliberation/visas");
    EXPECT_EQ(out[0].facts, (Facts{{"body", "commission_permanente"},
                                   {"visas", "10"},
                                   {"deliberation_visas", "4"},
                                   {"cites_l3211_2", "true"}}));
    EXPECT_EQ(out[0].legal_basis.front().to_string(), "CGCT art. L.3211-2");
}

TEST(CpDelegationVisa, RecognisedByTitleWithoutTheModelFlag) {
    Dossier d = clean();
    auto& dv = std::get<DeliberationVisa>(delib(d).visas[2].content);
    dv.delegation_of_powers = false;
    EXPECT_TRUE(run(rule("CP-DELEGATION-VISA"), d).empty());
    dv.body.reset();
    dv.body_name = "Conseil Général";
    dv.title = "DÉLÉGATIONS DE COMPÉTENCES";
    EXPECT_TRUE(run(rule("CP-DELEGATION-VISA"), d).empty());
}

TEST(CpDelegationVisa, OtherDelegationsDoNotCount) {
    for (const char* title : {"Délégation de service public du port de Boulogne",
                              "Délégation d'attributions au Président du Conseil départemental",
                              "Attributions de la Commission permanente"}) {
        Dossier d = clean();
        auto& dv = std::get<DeliberationVisa>(delib(d).visas[2].content);
        dv.delegation_of_powers = false;
        dv.title = title;
        EXPECT_EQ(run(rule("CP-DELEGATION-VISA"), d).size(), 1u) << title;
    }
    Dossier d = clean();
    auto& dv = std::get<DeliberationVisa>(delib(d).visas[2].content);
    dv.delegation_of_powers = false;
    dv.body = Body::commission_permanente; // not the CD's act
    EXPECT_EQ(run(rule("CP-DELEGATION-VISA"), d).size(), 1u);
}

TEST(CpDelegationVisa, ConseilDepartementalActsNeedNoDelegation) {
    Dossier d = clean();
    delib(d).visas.erase(delib(d).visas.begin() + 2);
    delib(d).attendance.body = Body::conseil_departemental;
    EXPECT_TRUE(run(rule("CP-DELEGATION-VISA"), d).empty());
}

// =============================================================================================
// DELIB-NUMBER

TEST(DelibNumber, SeedNumbersMatchTheirYears) {
    EXPECT_TRUE(run(rule("DELIB-NUMBER"), seed()).empty());
    EXPECT_TRUE(run(rule("DELIB-NUMBER"), clean()).empty());
}

TEST(DelibNumber, BlankNumberIsABlankInfoInADraftAndAnErrorOnceSigned) {
    Dossier d = clean();
    delib(d).number = {std::nullopt, {DocumentKind::deliberation, "en-tête", "(N°)"}};
    auto out = run(rule("DELIB-NUMBER"), d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].rule, "DELIB-NUMBER");
    EXPECT_EQ(out[0].severity, Severity::info);
    EXPECT_EQ(out[0].location.path, "/deliberation/number");
    EXPECT_EQ(out[0].facts, (Facts{{"blank", "true"}}));
    out = run(rule("DELIB-NUMBER"), d, Stage::signed_);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].severity, Severity::error);
}

TEST(DelibNumber, UnreadableNumberIsAWarning) {
    Dossier d = clean();
    delib(d).number = {std::nullopt, {DocumentKind::deliberation, "en-tête", "(N°2023/12?)"}};
    const auto out = run(rule("DELIB-NUMBER"), d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].severity, Severity::warning);
    EXPECT_EQ(out[0].facts,
              (Facts{{"blank", "false"}, {"printed", "N°2023/12?"}, {"error_kind", "format"}}));
}

TEST(DelibNumber, LocalNumberingIsANumberAndItsYearIsChecked) {
    Dossier d = clean(); // meeting of 18 March 2024
    delib(d).number.value = DeliberationNumber::parse("DCP-2024-0415").value();
    EXPECT_TRUE(run(rule("DELIB-NUMBER"), d).empty());
    delib(d).number.value = DeliberationNumber::parse("A-17").value(); // no year: none checked
    EXPECT_TRUE(run(rule("DELIB-NUMBER"), d).empty());
    delib(d).number.value = DeliberationNumber::parse("DCP-2023-0415").value();
    const auto out = run(rule("DELIB-NUMBER"), d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].facts, (Facts{{"number", "DCP-2023-0415"},
                                   {"number_year", "2023"},
                                   {"meeting_date", "2024-03-18"},
                                   {"date_year", "2024"}}));
}

TEST(DelibNumber, DeclaredNumberingIsCheckedAndGivesTheYear) {
    Dossier d = clean();
    compliance::CheckOptions options;
    options.deliberation_number_format =
        DeliberationNumberFormat::parse("DCP-{année}-{numéro:4}").value();
    const auto run_with = [&](std::string_view number) {
        delib(d).number.value = DeliberationNumber::parse(number).value();
        return compliance::run_rule(rule("DELIB-NUMBER"), d, options, Date(2024, 3, 18),
                                    Territory::metropole);
    };
    EXPECT_TRUE(run_with("DCP-2024-0415").empty());
    auto out = run_with("2024-415");
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].severity, Severity::warning);
    EXPECT_EQ(out[0].facts, (Facts{{"number", "2024-415"}, {"format", "DCP-{année}-{numéro:4}"}}));
    EXPECT_NE(out[0].message_fr.find("ne suit pas le format de numérotation déclaré"),
              std::string::npos)
        << out[0].message_fr;
    // Without a declared numbering the same number is accepted as printed.
    options.deliberation_number_format.reset();
    EXPECT_TRUE(run_with("2024-415").empty());
}

TEST(DelibNumber, YearOfTheNumberDifferentFromTheMeetingIsAWarning) {
    Dossier d = clean();
    delib(d).number.value = DeliberationNumber::parse("2022-122").value();
    const auto out = run(rule("DELIB-NUMBER"), d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].severity, Severity::warning);
    EXPECT_EQ(out[0].location.path, "/deliberation/number");
    EXPECT_EQ(out[0].facts, (Facts{{"number", "2022-122"},
                                   {"number_year", "2022"},
                                   {"meeting_date", "2024-03-18"},
                                   {"date_year", "2024"}}));
    // A number printed but not read into the model is still checked.
    delib(d).number = {std::nullopt, {DocumentKind::deliberation, "en-tête", "(N°2022-122)"}};
    EXPECT_EQ(run(rule("DELIB-NUMBER"), d).size(), 1u);
}

TEST(DelibNumber, CitedDeliberationWhoseNumberYearDiffersFromItsDate) {
    Dossier d = clean();
    std::get<DeliberationVisa>(delib(d).visas[2].content).number =
        DeliberationNumber::parse("2020-257").value();
    const auto out = run(rule("DELIB-NUMBER"), d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].location.path, "/deliberation/visas/2");
    EXPECT_EQ(out[0].facts, (Facts{{"number", "2020-257"},
                                   {"number_year", "2020"},
                                   {"cited_date", "2021-07-01"},
                                   {"date_year", "2021"}}));
}

TEST(DelibNumber, ConventionAuthorisationNumberChecked) {
    Dossier d = clean();
    d.convention->grantor.authorisation->number = DeliberationNumber::parse("2022-122").value();
    const auto out = run(rule("DELIB-NUMBER"), d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].location.path, "/convention/grantor/authorisation");
    EXPECT_EQ(out[0].location.document, DocumentKind::convention);
    EXPECT_EQ(fact(out[0], "authorisation_date"), "2024-03-18");
}

// =============================================================================================
// DELIB-DATES-ORDER

TEST(DelibDatesOrder, SeedDatesAreInOrder) {
    EXPECT_TRUE(run(rule("DELIB-DATES-ORDER"), seed()).empty());
    EXPECT_TRUE(run(rule("DELIB-DATES-ORDER"), clean()).empty());
}

TEST(DelibDatesOrder, CommitteeOpinionAfterTheMeetingIsAWarning) {
    Dossier d = clean();
    const Date after = meeting() + boost::gregorian::days(19);
    std::get<CommitteeOpinion>(delib(d).visas[10].content).date = after;
    d.rapport->committee_opinion->value.date = after;
    const auto out = run(rule("DELIB-DATES-ORDER"), d);
    ASSERT_EQ(out.size(), 2u);
    EXPECT_EQ(out[0].rule, "DELIB-DATES-ORDER");
    EXPECT_EQ(out[0].severity, Severity::warning);
    EXPECT_EQ(out[0].location.path, "/deliberation/visas/10");
    EXPECT_EQ(out[0].facts, (Facts{{"event", "committee_opinion"},
                                   {"date", "2024-04-06"},
                                   {"meeting_date", "2024-03-18"},
                                   {"other_document", "deliberation"},
                                   {"other_section", "en-tête"},
                                   {"other_path", "/deliberation/meeting_date"},
                                   {"other_text", "REUNION DU 18 MARS 2024"}}));
    EXPECT_EQ(out[1].location.path, "/rapport/committee_opinion");
}

TEST(DelibDatesOrder, CitedActAfterTheMeetingIsAWarning) {
    Dossier d = clean();
    std::get<SchemeVisa>(delib(d).visas[7].content).date = meeting() + boost::gregorian::days(1);
    const auto out = run(rule("DELIB-DATES-ORDER"), d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].severity, Severity::warning);
    EXPECT_EQ(out[0].location.path, "/deliberation/visas/7");
    EXPECT_EQ(fact(out[0], "event"), "cited_act");
}

TEST(DelibDatesOrder, DuplicatedVisaAfterTheMeetingIsReportedAtEachPath) {
    Dossier d = seed(); // the convention's visas 3 and 4 are the same
    for (const std::size_t i : {3u, 4u})
        std::get<DeliberationVisa>(d.convention->visas[i].content).date = Date(2023, 12, 12);
    const auto out = run(rule("DELIB-DATES-ORDER"), d);
    ASSERT_EQ(out.size(), 2u);
    EXPECT_EQ(out[0].location.path, "/convention/visas/3");
    EXPECT_EQ(out[1].location.path, "/convention/visas/4");
}

TEST(DelibDatesOrder, SignatureTransmissionOrPublicationBeforeTheMeetingIsAnError) {
    Dossier d = clean();
    delib(d).signature.date.value = meeting() - boost::gregorian::days(1);
    delib(d).transmission_date =
        Stated<Date>{Date(2023, 3, 1), {DocumentKind::deliberation, "mentions", "reçu le"}};
    const auto out = run(rule("DELIB-DATES-ORDER"), d);
    ASSERT_EQ(out.size(), 2u);
    EXPECT_EQ(out[0].severity, Severity::error);
    EXPECT_EQ(out[0].location.path, "/deliberation/signature/date");
    EXPECT_EQ(fact(out[0], "event"), "signature");
    EXPECT_EQ(out[1].location.path, "/deliberation/transmission_date");
    EXPECT_EQ(fact(out[1], "event"), "transmission");
}

TEST(DelibDatesOrder, ConventionSignedBeforeTheMeetingIsAnError) {
    Dossier d = clean();
    d.convention->signature.date.value = Date(2023, 3, 1);
    const auto out = run(rule("DELIB-DATES-ORDER"), d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].severity, Severity::error);
    EXPECT_EQ(out[0].location.path, "/convention/signature/date");
    EXPECT_EQ(fact(out[0], "date"), "2023-03-01");
    d.convention->signature.date.value = meeting(); // same day: fine
    EXPECT_TRUE(run(rule("DELIB-DATES-ORDER"), d).empty());
}

TEST(DelibDatesOrder, ReportForAnotherMeetingIsAWarning) {
    Dossier d = clean();
    d.rapport->meeting_date.value = meeting() + boost::gregorian::days(7);
    const auto out = run(rule("DELIB-DATES-ORDER"), d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].severity, Severity::warning);
    EXPECT_EQ(out[0].location.path, "/rapport/meeting_date");
    EXPECT_EQ(fact(out[0], "other_path"), "/deliberation/meeting_date");
}

TEST(DelibDatesOrder, NumbersInTheReverseOrderOfTheirDatesAreAWarning) {
    Dossier d = clean();
    // 2022-484 moved after 2022-503 (12/12/2022).
    std::get<DeliberationVisa>(delib(d).visas[4].content).date = Date(2022, 12, 20);
    const auto out = run(rule("DELIB-DATES-ORDER"), d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].severity, Severity::warning);
    EXPECT_EQ(out[0].location.path, "/deliberation/visas/4");
    EXPECT_EQ(out[0].facts, (Facts{{"body", "conseil_departemental"},
                                   {"number", "2022-484"},
                                   {"date", "2022-12-20"},
                                   {"other_number", "2022-503"},
                                   {"other_date", "2022-12-12"},
                                   {"other_document", "deliberation"},
                                   {"other_section", "visas"},
                                   {"other_path", "/deliberation/visas/3"},
                                   {"other_text", delib(d).visas[3].source.text}}));
}

// =============================================================================================
// VISA-DUPLICATE

TEST(VisaDuplicate, SeedConventionCitesThePacteDesSolidaritesHumainesTwiceAClericalInfo) {
    const Dossier d = seed();
    const auto out = run(rule("VISA-DUPLICATE"), d);
    ASSERT_EQ(out.size(), 1u);
    const auto& v = out[0];
    EXPECT_EQ(v.rule, "VISA-DUPLICATE");
    EXPECT_EQ(v.severity, Severity::info); // visas have no legal force of their own
    EXPECT_EQ(v.location.document, DocumentKind::convention);
    EXPECT_EQ(v.location.section, "visas");
    EXPECT_EQ(v.location.path, "/convention/visas/4");
    const std::string text = d.convention->visas[3].source.text;
    EXPECT_EQ(v.location.text, text);
    EXPECT_EQ(v.facts, (Facts{{"visa_kind", "deliberation"},
                              {"occurrences", "2"},
                              {"indexes", "3,4"},
                              {"first_index", "3"},
                              {"duplicate_index", "4"},
                              {"printed_identically", "true"},
                              {"cited_date", "2022-12-12"},
                              {"other_document", "convention"},
                              {"other_section", "visas"},
                              {"other_path", "/convention/visas/3"},
                              {"other_text", text}}));
    EXPECT_NE(v.message_fr.find("La convention cite deux fois le même visa (visas n°4 et n°5)"),
              std::string::npos)
        << v.message_fr;
}

TEST(VisaDuplicate, CleanDossierHasNoDuplicate) {
    EXPECT_TRUE(run(rule("VISA-DUPLICATE"), clean()).empty());
}

TEST(VisaDuplicate, ComparedByContentNotByPrintedText) {
    Dossier d = clean();
    Visa copy = d.convention->visas[3];
    auto& dv = std::get<DeliberationVisa>(copy.content);
    dv.title = "PORTANT ADOPTION DU PACTE DES SOLIDARITÉS HUMAINES \"Agir avec vous pour "
               "l'épanouissement de tous dans le Pas-de-Calais\"";
    copy.source.text = "Vu la délibération du 12/12/2022 (Pacte des solidarités humaines)";
    const auto n = std::to_string(d.convention->visas.size());
    d.convention->visas.push_back(copy);
    const auto out = run(rule("VISA-DUPLICATE"), d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(fact(out[0], "indexes"), "3," + n);
    EXPECT_EQ(fact(out[0], "printed_identically"), "false");
    EXPECT_EQ(out[0].location.path, "/convention/visas/" + n);
}

TEST(VisaDuplicate, SameDayDifferentTitlesAreDifferentActs) {
    Dossier d = clean();
    Visa other = d.convention->visas[3];
    std::get<DeliberationVisa>(other.content).title = "Budget primitif 2023";
    d.convention->visas.push_back(other);
    EXPECT_TRUE(run(rule("VISA-DUPLICATE"), d).empty());
}

TEST(VisaDuplicate, SameNumberIsTheSameActWhateverTheTitle) {
    Dossier d = clean();
    Visa copy = delib(d).visas[2];
    std::get<DeliberationVisa>(copy.content).title = "Délégations à la CP";
    const auto n = std::to_string(delib(d).visas.size());
    delib(d).visas.push_back(copy);
    const auto out = run(rule("VISA-DUPLICATE"), d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].location.path, "/deliberation/visas/" + n);
    EXPECT_EQ(fact(out[0], "other_path"), "/deliberation/visas/2");
}

TEST(VisaDuplicate, ThreeOccurrencesGiveOneDiagnostic) {
    Dossier d = seed();
    d.convention->visas.push_back(d.convention->visas[3]);
    const auto out = run(rule("VISA-DUPLICATE"), d);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(fact(out[0], "occurrences"), "3");
    EXPECT_EQ(fact(out[0], "indexes"), "3,4,5");
    EXPECT_NE(out[0].message_fr.find("3 fois"), std::string::npos);
}

TEST(VisaDuplicate, ReportLegalFoundationsAndCodeArticles) {
    Dossier d = clean();
    const auto r = std::to_string(d.rapport->legal_foundations.size());
    const auto n = std::to_string(delib(d).visas.size());
    d.rapport->legal_foundations.push_back(d.rapport->legal_foundations[1]);
    Visa code = delib(d).visas[0];
    std::get<CodeVisa>(code.content).articles = {"L. 3211-2", "L3211-1", "L.3121-14-1",
                                                 "L 3121-14"};
    delib(d).visas.push_back(code);
    const auto out = run(rule("VISA-DUPLICATE"), d);
    ASSERT_EQ(out.size(), 2u);
    EXPECT_EQ(out[0].location.path, "/deliberation/visas/" + n);
    EXPECT_EQ(fact(out[0], "visa_kind"), "code");
    EXPECT_EQ(out[1].location.path, "/rapport/legal_foundations/" + r);
    EXPECT_EQ(fact(out[1], "visa_kind"), "legal_text");
    EXPECT_NE(out[1].message_fr.find("fondement juridique"), std::string::npos);
}

} // namespace

} // namespace test_rules_assembly_test
