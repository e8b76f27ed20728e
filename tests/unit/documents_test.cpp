// SPDX-License-Identifier: Apache-2.0
// Tests of the document model (document.hpp, deliberation.hpp, report.hpp, convention.hpp,
// dossier.hpp): defaults, invariants, regularity, and the cross-document views on small
// hand-made dossiers.
#include <cstdint>
#include <functional>
#include <limits>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include <subvention/convention.hpp>
#include <subvention/deliberation.hpp>
#include <subvention/document.hpp>
#include <subvention/dossier.hpp>
#include <subvention/report.hpp>

// Each suite in its own namespace: the suites of a group are compiled together (unity build).
namespace test_documents_test {

namespace sv = subvention;
using sv::Date;
using sv::DocumentKind;
using sv::Euros;
using sv::SourceRef;

namespace {

SourceRef at(DocumentKind doc, std::string section, std::string text = {}) {
    return SourceRef{doc, std::move(section), std::move(text)};
}

sv::GrantDecision grant(std::int64_t euros, DocumentKind doc, std::string section) {
    sv::GrantDecision g;
    g.beneficiary = "Association Exemple";
    g.beneficiary_form = sv::LegalForm::association;
    g.amount = {Euros::from_euros(euros), at(doc, std::move(section), "montant")};
    g.year = 2024;
    return g;
}

sv::Action action_with_ceiling(std::int64_t euros, std::string section, std::string text) {
    sv::Action a;
    a.title = "Action";
    a.amount = sv::Stated<Euros>{Euros::from_euros(euros),
                                 at(DocumentKind::convention, std::move(section), std::move(text))};
    return a;
}

sv::Visa deliberation_visa(Date date, std::string title) {
    return sv::Visa{sv::DeliberationVisa{"Conseil départemental", sv::Body::conseil_departemental,
                                         std::nullopt, date, std::move(title), false},
                    at(DocumentKind::convention, "visas", "Vu : …")};
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Defaults: a default-built document states nothing and claims nothing.

TEST(DocumentDefaults, ConventionIsAnEmptyDraftWithoutRenewalClause) {
    const sv::Convention c;
    EXPECT_EQ(c.status, sv::DocumentStatus::draft);
    EXPECT_EQ(c.tacit_renewal.value, sv::TacitRenewal::absent);
    EXPECT_FALSE(c.period.has_value());
    EXPECT_FALSE(c.dossier_number.value.has_value());
    EXPECT_FALSE(c.bank_details.has_value());
    EXPECT_FALSE(c.signature.date.value.has_value());
    EXPECT_FALSE(sv::ceilings_total(c).has_value());
    EXPECT_EQ(sv::payments_total(c.payment_schedule), Euros{});
    for (int k = 0; k <= static_cast<int>(sv::ClauseKind::pass_on_allowed); ++k)
        EXPECT_FALSE(sv::has_clause(c, static_cast<sv::ClauseKind>(k)));
}

TEST(DocumentDefaults, DeliberationStatesNoOutcomeAndNoNumber) {
    const sv::Deliberation d;
    // A default StatedOutcome would read « adopted » (first enumerator): the model must not
    // claim an outcome the act does not state.
    EXPECT_EQ(d.outcome.value, sv::StatedOutcome::unknown);
    EXPECT_FALSE(d.number.value.has_value());
    EXPECT_TRUE(d.visas.empty());
    EXPECT_EQ(sv::granted_total(d.grants), Euros{});
}

TEST(DocumentDefaults, EmptyDossierHasEmptyViews) {
    const sv::Dossier d;
    EXPECT_TRUE(sv::granted_amounts(d).empty());
    EXPECT_TRUE(sv::timeline(d).empty());
    EXPECT_TRUE(sv::parties(d).empty());
}

// ---------------------------------------------------------------------------------------------
// Visas

TEST(Visa, KindFollowsTheVariantAlternative) {
    const std::vector<std::pair<sv::VisaContent, sv::VisaKind>> cases = {
        {sv::CodeVisa{}, sv::VisaKind::code},
        {sv::LegalTextVisa{}, sv::VisaKind::legal_text},
        {sv::DeliberationVisa{}, sv::VisaKind::deliberation},
        {sv::SchemeVisa{}, sv::VisaKind::scheme},
        {sv::RulesOfProcedureVisa{}, sv::VisaKind::rules_of_procedure},
        {sv::ReportVisa{}, sv::VisaKind::report},
        {sv::CommitteeOpinion{}, sv::VisaKind::committee_opinion},
        {sv::OtherVisa{}, sv::VisaKind::other},
    };
    ASSERT_EQ(cases.size(), std::variant_size_v<sv::VisaContent>);
    std::set<std::string_view> names;
    for (const auto& [content, kind] : cases) {
        EXPECT_EQ(sv::kind(sv::Visa{content, {}}), kind);
        names.insert(sv::to_string(kind));
    }
    EXPECT_EQ(names.size(), cases.size()) << "stable names must be distinct";
}

TEST(Visa, DuplicateIsContentEqualityWhateverTheSource) {
    const auto a = deliberation_visa(Date(2022, 12, 12), "Pacte des solidarités humaines");
    auto b = a;
    b.source.section = "visas (5e)";
    EXPECT_EQ(a.content, b.content);
    EXPECT_NE(a, b);
    auto c = a;
    std::get<sv::DeliberationVisa>(c.content).date = Date(2022, 12, 13);
    EXPECT_NE(a.content, c.content);
}

// ---------------------------------------------------------------------------------------------
// Convention helpers

TEST(Convention, CeilingsTotalSumsOnlyStatedCeilings) {
    sv::Convention c;
    c.actions.push_back(action_with_ceiling(24'000, "article 6", "24 000 €"));
    c.actions.push_back(sv::Action{}); // no ceiling stated
    c.actions.push_back(action_with_ceiling(33'000, "article 6", "33 000 €"));
    ASSERT_TRUE(sv::ceilings_total(c).has_value());
    EXPECT_EQ(*sv::ceilings_total(c), Euros::from_euros(57'000));
}

TEST(Convention, CeilingsTotalOverflowThrows) {
    sv::Convention c;
    sv::Action a;
    a.amount = sv::Stated<Euros>{Euros::max(), {}};
    c.actions = {a, a};
    EXPECT_THROW((void)sv::ceilings_total(c), std::overflow_error);
}

TEST(Convention, PaymentsTotalAddsEveryPayment) {
    sv::PaymentSchedule s;
    for (std::int64_t k = 1; k <= 10; ++k)
        s.payments.push_back(sv::Payment{sv::PaymentKind::advance,
                                         {Euros::from_cents(k * 101), {}},
                                         sv::PaymentTrigger::date,
                                         Date(2024, 1, static_cast<unsigned short>(k)),
                                         std::nullopt});
    EXPECT_EQ(sv::payments_total(s), Euros::from_cents(101 * 55));
}

TEST(Convention, ArticlesAboutAndFindArticleReadTheIndex) {
    sv::Convention c;
    c.articles = {{4, "Obligations", {}, {sv::ConventionSubject::final_report}},
                  {7, "Modalités de versement", {}, {sv::ConventionSubject::payment}},
                  {8, "Bilan final", {}, {sv::ConventionSubject::final_report}}};
    EXPECT_EQ(sv::articles_about(c, sv::ConventionSubject::final_report),
              (std::vector<std::uint32_t>{4, 8}));
    EXPECT_TRUE(sv::articles_about(c, sv::ConventionSubject::jurisdiction).empty());
    ASSERT_NE(sv::find_article(c, 7), nullptr);
    EXPECT_EQ(sv::find_article(c, 7)->title, "Modalités de versement");
    EXPECT_EQ(sv::find_article(c, 9), nullptr);
}

TEST(Convention, ClausesOfKeepsOrderAndParameters) {
    sv::Convention c;
    c.clauses = {
        sv::Clause{sv::ClauseKind::termination, sv::Months(1), sv::StartEvent::transmission,
                   std::nullopt, at(DocumentKind::convention, "article 12", "un mois"),
                   std::nullopt},
        sv::Clause{sv::ClauseKind::jurisdiction, std::nullopt, std::nullopt,
                   "Tribunal administratif de Lille", at(DocumentKind::convention, "article 13"),
                   std::nullopt},
        sv::Clause{sv::ClauseKind::termination, sv::Days(0), std::nullopt, std::nullopt,
                   at(DocumentKind::convention, "article 12", "sans préavis"), std::nullopt},
    };
    const auto t = sv::clauses_of(c, sv::ClauseKind::termination);
    ASSERT_EQ(t.size(), 2u);
    EXPECT_EQ(t[0].delay, sv::Duration(sv::Months(1)));
    EXPECT_EQ(t[1].delay, sv::Duration(sv::Days(0)));
    EXPECT_TRUE(sv::has_clause(c, sv::ClauseKind::jurisdiction));
    EXPECT_FALSE(sv::has_clause(c, sv::ClauseKind::contrat_engagement_republicain));
}

// ---------------------------------------------------------------------------------------------
// Imputation rows → budget.hpp

TEST(ImputationRow, DeliberationColumnCpIsTheAvailableCredit) {
    const sv::ImputationRow row{"C01-020Q01",
                                "6568/9365",
                                "Mission ESS - Autres participations",
                                Euros::from_euros(209'285),
                                std::nullopt,
                                Euros::from_euros(57'000),
                                std::nullopt,
                                sv::AppropriationKind::cp,
                                {}};
    const auto line = sv::to_budget_line(row);
    ASSERT_TRUE(line.ok()) << line.error().describe();
    EXPECT_EQ(line->credits_available, Euros::from_euros(209'285));
    EXPECT_FALSE(line->credits_voted.has_value());
    EXPECT_EQ(line->proposed, Euros::from_euros(57'000));
    EXPECT_EQ(line->balance(), Euros::from_euros(152'285));
    EXPECT_EQ(line->label, "Mission ESS - Autres participations");
}

TEST(ImputationRow, ReportColumnsCpAndDisponibleAreVotedAndAvailable) {
    const sv::ImputationRow row{"C01-020Q01",
                                "6568/9365",
                                "Mission ESS - Autres participations",
                                Euros::from_euros(300'000),
                                Euros::from_euros(209'285),
                                Euros::from_euros(57'000),
                                Euros::from_euros(152'285),
                                sv::AppropriationKind::cp,
                                {}};
    const auto line = sv::to_budget_line(row);
    ASSERT_TRUE(line.ok()) << line.error().describe();
    EXPECT_EQ(line->credits_available, Euros::from_euros(209'285));
    EXPECT_EQ(line->credits_voted, Euros::from_euros(300'000));
    EXPECT_EQ(line->stated_balance_matches(), std::optional<bool>(true));
}

TEST(ImputationRow, MalformedCodesStayRepresentableAndFailOnlyWhenParsed) {
    sv::ImputationRow row;
    row.operation_code = "C01-020Q01";
    row.imputation = "9365/6568"; // function before nature: rejected by budget.hpp
    row.cp = Euros::from_euros(10);
    EXPECT_FALSE(sv::to_budget_line(row).ok());
    row.imputation = "6568/9365";
    row.operation_code = "";
    EXPECT_FALSE(sv::to_budget_line(row).ok());
}

TEST(ImputationRow, NoCreditColumnIsAnEmptyError) {
    sv::ImputationRow row;
    row.operation_code = "C01-020Q01";
    row.imputation = "6568/9365";
    row.source.text = "C01-020Q01 6568/9365";
    const auto line = sv::to_budget_line(row);
    ASSERT_FALSE(line.ok());
    EXPECT_EQ(line.error().kind, sv::ErrorKind::empty);
    EXPECT_EQ(line.error().field, "CP disponible");
}

// ---------------------------------------------------------------------------------------------
// Cross-document views

TEST(GrantedAmounts, OneEntryPerStatementInDocumentOrder) {
    sv::Dossier d;
    d.convention.emplace();
    d.convention->actions = {action_with_ceiling(24'000, "article 6", "24 000 € …"),
                             action_with_ceiling(33'000, "article 6", "33 000 € …")};
    d.rapport.emplace();
    d.rapport->proposed_grants = {grant(57'000, DocumentKind::rapport, "proposition")};
    d.deliberation.emplace();
    d.deliberation->grants = {grant(50'000, DocumentKind::deliberation, "article 1"),
                              grant(7'000, DocumentKind::deliberation, "article 1 bis")};

    const auto amounts = sv::granted_amounts(d);
    ASSERT_EQ(amounts.size(), 4u);
    EXPECT_EQ(amounts[0].value, Euros::from_euros(50'000));
    EXPECT_EQ(amounts[0].source.document, DocumentKind::deliberation);
    EXPECT_EQ(amounts[1].value, Euros::from_euros(7'000));
    EXPECT_EQ(amounts[2].value, Euros::from_euros(57'000));
    EXPECT_EQ(amounts[2].source.document, DocumentKind::rapport);
    EXPECT_EQ(amounts[3].value, Euros::from_euros(57'000));
    EXPECT_EQ(amounts[3].source,
              (SourceRef{DocumentKind::convention, "article 6", "24 000 € … ; 33 000 € …"}));
}

TEST(GrantedAmounts, ConventionWithoutCeilingStatesNoAmount) {
    sv::Dossier d;
    d.convention.emplace();
    d.convention->actions = {sv::Action{}};
    // Payments are not statements of the grant (PAYMENT-* checks them).
    d.convention->payment_schedule.payments = {sv::Payment{sv::PaymentKind::single,
                                                           {Euros::from_euros(1'000), {}},
                                                           sv::PaymentTrigger::signature,
                                                           std::nullopt,
                                                           std::nullopt}};
    EXPECT_TRUE(sv::granted_amounts(d).empty());
}

TEST(Timeline, SortedByDateStableOnTiesAndWithoutBlanks) {
    sv::Dossier d;
    d.deliberation.emplace();
    auto& delib = *d.deliberation;
    delib.meeting_date = {Date(2024, 3, 18), at(DocumentKind::deliberation, "en-tête")};
    delib.signature.date = {Date(2024, 3, 18), at(DocumentKind::deliberation, "signature")};
    delib.visas = {
        sv::Visa{sv::CommitteeOpinion{{1, "Finances"}, Date(2024, 3, 4), std::nullopt},
                 at(DocumentKind::deliberation, "visas")},
        sv::Visa{sv::CodeVisa{"CGCT", {}}, at(DocumentKind::deliberation, "visas")},
        sv::Visa{sv::LegalTextVisa{sv::LegalTextKind::loi, "2000-321", Date(2000, 4, 12), "", {}},
                 at(DocumentKind::deliberation, "visas")},
    };
    d.convention.emplace();
    auto& c = *d.convention;
    c.grantor.authorisation =
        sv::StatedAuthorisation{sv::Body::commission_permanente, Date(2024, 3, 18), std::nullopt,
                                at(DocumentKind::convention, "parties")};
    c.period = sv::Stated<sv::Period>{{Date(2024, 1, 1), Date(2024, 12, 31), true},
                                      at(DocumentKind::convention, "article 3")};
    c.obligations.final_report.emplace();
    c.obligations.final_report->deadlines = {
        sv::DeadlineStatement{std::nullopt, Date(2025, 6, 30),
                              at(DocumentKind::convention, "article 8")},
        sv::DeadlineStatement{std::nullopt, std::nullopt,
                              at(DocumentKind::convention, "article 12")}};
    c.signature.date = {std::nullopt, at(DocumentKind::convention, "signature", "A Arras, le")};

    const auto t = sv::timeline(d);
    ASSERT_EQ(t.size(), 8u);
    const std::vector<sv::DossierEvent> expected = {
        sv::DossierEvent::cited_act,         sv::DossierEvent::period_start,
        sv::DossierEvent::committee_opinion, sv::DossierEvent::meeting,
        sv::DossierEvent::signature,         sv::DossierEvent::authorisation,
        sv::DossierEvent::period_end,        sv::DossierEvent::deadline};
    for (std::size_t i = 0; i < t.size(); ++i) {
        EXPECT_EQ(t[i].event, expected[i]) << "position " << i;
        if (i > 0) {
            EXPECT_LE(t[i - 1].date, t[i].date);
        }
    }
    EXPECT_EQ(t[3].source.document, DocumentKind::deliberation);
    EXPECT_EQ(t[5].source.document, DocumentKind::convention);
}

TEST(Timeline, OpenDataPublicationIsADossierEvent) {
    sv::Dossier d;
    d.open_data_publication =
        sv::Stated<Date>{Date(2024, 5, 2), at(DocumentKind::dossier, "données essentielles")};
    const auto t = sv::timeline(d);
    ASSERT_EQ(t.size(), 1u);
    EXPECT_EQ(t[0].event, sv::DossierEvent::publication);
    EXPECT_EQ(t[0].source.document, DocumentKind::dossier);
}

TEST(Timeline, SpecialDatesAreLeftOut) {
    sv::Dossier d;
    d.deliberation.emplace(); // meeting_date defaults to not_a_date_time
    EXPECT_TRUE(sv::timeline(d).empty());
}

TEST(Parties, EveryMentionWithRoleAndDocument) {
    sv::Dossier d;
    d.deliberation.emplace();
    d.deliberation->collectivite.name = "DEPARTEMENT DU PAS-DE-CALAIS";
    d.deliberation->grants = {grant(1'000, DocumentKind::deliberation, "article 1")};
    d.deliberation->signing_authorisations = {
        sv::SigningAuthorisation{"le Président", "Association Exemple", "la convention", true,
                                 at(DocumentKind::deliberation, "article 2")}};
    d.rapport.emplace();
    d.rapport->proposed_authorisations = {sv::SigningAuthorisation{
        "le Président", "Association Exemple", "la convention", true, SourceRef{}}};
    d.convention.emplace();
    d.convention->grantor.name = "Département du Pas-de-Calais";
    d.convention->beneficiary.name = "Association Exemple";

    const auto p = sv::parties(d);
    ASSERT_EQ(p.size(), 6u);
    EXPECT_EQ(p[0].role, sv::PartyRole::grantor);
    EXPECT_EQ(p[0].source.document, DocumentKind::deliberation);
    EXPECT_EQ(p[1].role, sv::PartyRole::beneficiary);
    EXPECT_EQ(p[2].source.section, "article 2");
    // The report's authorisation had no source document set: the view says where it was read.
    EXPECT_EQ(p[3].source.document, DocumentKind::rapport);
    EXPECT_EQ(p[4].name, "Département du Pas-de-Calais");
    EXPECT_EQ(p[5].role, sv::PartyRole::beneficiary);
}

TEST(Rapport, RequestedTotalSumsStatedRequests) {
    sv::Rapport r;
    EXPECT_FALSE(sv::requested_total(r).has_value());
    sv::Action a;
    a.amount = sv::Stated<Euros>{Euros::from_cents(1), {}};
    r.operations = {a, sv::Action{}, a};
    EXPECT_EQ(sv::requested_total(r), Euros::from_cents(2));
}

// ---------------------------------------------------------------------------------------------
// Regularity: every field takes part in equality.

TEST(Regularity, AnyMutationBreaksEqualityAndCopiesAreEqual) {
    sv::Dossier base;
    base.deliberation.emplace();
    base.rapport.emplace();
    base.convention.emplace();
    const std::vector<std::function<void(sv::Dossier&)>> mutations = {
        [](sv::Dossier& d) { d.deliberation->title = "x"; },
        [](sv::Dossier& d) { d.deliberation->outcome.value = sv::StatedOutcome::adopted; },
        [](sv::Dossier& d) { d.deliberation->tally.value.pour = sv::VoteCount(1); },
        [](sv::Dossier& d) { d.deliberation->attendance.body = sv::Body::conseil_departemental; },
        [](sv::Dossier& d) { d.deliberation->signature.place = "Arras"; },
        [](sv::Dossier& d) { d.rapport->number.value = "57"; },
        [](sv::Dossier& d) { d.rapport->budget.emplace_back(); },
        [](sv::Dossier& d) { d.convention->status = sv::DocumentStatus::executed; },
        [](sv::Dossier& d) { d.convention->tacit_renewal.source.section = "article 3"; },
        [](sv::Dossier& d) { d.convention->bank_details.emplace(); },
        [](sv::Dossier& d) { d.convention->beneficiary.identifier.emplace(); },
        [](sv::Dossier& d) {
            d.convention->page_count = sv::Stated<std::uint32_t>{7, {}};
        },
        [](sv::Dossier& d) { d.annexes.push_back("budget prévisionnel"); },
        [](sv::Dossier& d) { d.convention->grantor.departement_code = "62"; },
        [](sv::Dossier& d) { d.convention->actions.emplace_back(); },
        [](sv::Dossier& d) { d.open_data_publication = sv::Stated<Date>{}; },
        [](sv::Dossier& d) { d.convention.reset(); },
    };
    for (std::size_t i = 0; i < mutations.size(); ++i) {
        sv::Dossier copy = base;
        EXPECT_EQ(copy, base);
        mutations[i](copy);
        EXPECT_NE(copy, base) << "mutation " << i;
    }
}

// ---------------------------------------------------------------------------------------------
// Stable names

template <class E>
void expect_distinct_names(int last) {
    std::set<std::string_view> names;
    for (int k = 0; k <= last; ++k) {
        const auto n = sv::to_string(static_cast<E>(k));
        EXPECT_FALSE(n.empty());
        names.insert(n);
    }
    EXPECT_EQ(names.size(), static_cast<std::size_t>(last + 1));
}

TEST(StableNames, EveryEnumeratorHasItsOwnName) {
    expect_distinct_names<sv::IdentifierLabel>(static_cast<int>(sv::IdentifierLabel::other));
    expect_distinct_names<sv::LegalForm>(static_cast<int>(sv::LegalForm::association_cultuelle));
    expect_distinct_names<sv::LegalTextKind>(static_cast<int>(sv::LegalTextKind::other));
    expect_distinct_names<sv::Opinion>(static_cast<int>(sv::Opinion::reserved));
    expect_distinct_names<sv::DocumentStatus>(static_cast<int>(sv::DocumentStatus::executed));
    expect_distinct_names<sv::ConventionSubject>(static_cast<int>(sv::ConventionSubject::other));
    expect_distinct_names<sv::TacitRenewal>(static_cast<int>(sv::TacitRenewal::allowed));
    expect_distinct_names<sv::Frequency>(static_cast<int>(sv::Frequency::as_needed));
    expect_distinct_names<sv::ClauseKind>(static_cast<int>(sv::ClauseKind::pass_on_allowed));
    expect_distinct_names<sv::PaymentTrigger>(static_cast<int>(sv::PaymentTrigger::other));
    expect_distinct_names<sv::PaymentKind>(static_cast<int>(sv::PaymentKind::balance));
    expect_distinct_names<sv::DossierEvent>(static_cast<int>(sv::DossierEvent::deadline));
    expect_distinct_names<sv::PartyRole>(static_cast<int>(sv::PartyRole::beneficiary));
    EXPECT_EQ(sv::to_string(sv::ClauseKind::contrat_engagement_republicain),
              "contrat_engagement_republicain");
    EXPECT_EQ(sv::to_string(sv::IdentifierLabel::siren), "siren");
}

// ---------------------------------------------------------------------------------------------
// Vote recomputation through the deliberation

TEST(Deliberation, AnalyseVoteUsesAttendanceTallyOutcomeAndDate) {
    sv::Deliberation d;
    d.meeting_date = {Date(2024, 3, 18), {}};
    sv::PrintedAttendance p;
    p.body = sv::Body::commission_permanente;
    p.present = "M. Jean DUPONT, Mme Anne MARTIN, M. Paul DURAND";
    p.interested = {"Mme Anne MARTIN"};
    p.proxies = std::vector<std::pair<std::string_view, std::string_view>>{};
    d.attendance = sv::parse_attendance(p).value();
    d.tally.value = sv::parse_vote_tally("Pour : 3 voix Contre : 0 voix").value();
    d.outcome.value = sv::StatedOutcome::adopted;
    EXPECT_EQ(sv::body(d), sv::Body::commission_permanente);
    const auto a = sv::analyse_vote(d);
    EXPECT_EQ(a.eligible_present, sv::MemberCount(2));
    EXPECT_EQ(a.votes_recorded, sv::VoteCount(3));
    EXPECT_EQ(a.max_possible_votes, sv::VoteCount(2));
    EXPECT_TRUE(a.has(sv::VoteFindingKind::tally_exceeds_possible));
}

TEST(Deliberation, AnalyseVoteRejectsABlankMeetingDate) {
    const sv::Deliberation d; // meeting date not_a_date_time: misuse
    EXPECT_THROW((void)sv::analyse_vote(d), std::invalid_argument);
}

} // namespace test_documents_test
