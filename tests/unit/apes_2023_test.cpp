// SPDX-License-Identifier: Apache-2.0
// The canonical example holds the seed's figures exactly, errors included (docs/legal-reference.md
// §11).
#include <algorithm>
#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include <gtest/gtest.h>

#include <subvention/deadline.hpp>
#include <subvention/examples/apes_2023.hpp>
#include <subvention/identifiers.hpp>

// Each suite in its own namespace: the suites of a group are compiled together (unity build).
namespace test_apes_2023_test {

namespace sv = subvention;
using sv::Date;
using sv::Euros;

namespace {

// Built once: the fixture data is immutable and the tests only read it.
const sv::Dossier& dossier() {
    static const sv::Dossier d = sv::examples::apes_2023();
    return d;
}
const sv::Deliberation& delib() {
    return *dossier().deliberation;
}
const sv::Rapport& rapport() {
    return *dossier().rapport;
}
const sv::Convention& conv() {
    return *dossier().convention;
}

std::size_t count(sv::AttendanceStatus s, sv::DeliberativeVoice v) {
    const auto& e = delib().attendance.entries;
    return static_cast<std::size_t>(std::count_if(
        e.begin(), e.end(), [&](const auto& x) { return x.status == s && x.voice == v; }));
}

std::string digits_of(std::string_view s) {
    std::string out;
    for (const char c : s)
        if (c >= '0' && c <= '9')
            out += c;
    return out;
}

} // namespace

TEST(Apes2023, AllThreeDocumentsAndNoAnnex) {
    EXPECT_TRUE(dossier().deliberation.has_value());
    EXPECT_TRUE(dossier().rapport.has_value());
    EXPECT_TRUE(dossier().convention.has_value());
    EXPECT_TRUE(dossier().annexes.empty()); // SEED-11: the report's annex is missing
    EXPECT_EQ(sv::examples::apes_2023(), dossier()) << "building is deterministic";
}

// --- Attendance (SEED-01, CP-NON-VOTING) ------------------------------------------------------

TEST(Apes2023, AttendanceCountsAsPrinted) {
    using S = sv::AttendanceStatus;
    using V = sv::DeliberativeVoice;
    EXPECT_EQ(delib().attendance.entries.size(), 47u);
    EXPECT_EQ(count(S::present, V::with), 39u);
    EXPECT_EQ(count(S::excused, V::with), 3u);
    EXPECT_EQ(count(S::present, V::without), 2u);
    EXPECT_EQ(count(S::excused, V::without), 3u);
    EXPECT_EQ(count(S::absent, V::with) + count(S::absent, V::without), 0u);
    EXPECT_EQ(sv::body(delib()), sv::Body::commission_permanente);
    EXPECT_FALSE(delib().attendance.proxies.has_value()) << "no « pouvoirs » recorded (SEED-02)";
}

TEST(Apes2023, NamesAreKeptAsPrinted) {
    const auto& e = delib().attendance.entries;
    EXPECT_EQ(e.front().member.printed(), "M. Jean-Claude LEROY");
    EXPECT_EQ(e[1].member.last_name(), "HINGREZ-CÉRÉDA");
    EXPECT_EQ(e[38].member.printed(), "M. Ludovic PAJOT");
    EXPECT_EQ(e[39].member.printed(), "M. Sébastien CHOCHOIS");
    EXPECT_EQ(e[42].member.printed(), "Mme Emmanuelle LEVEUGLE");
    EXPECT_EQ(e[43].member.first_name(), "Jean-Louis"); // « Jean-⏎Louis » in the print
    EXPECT_EQ(e[46].member.printed(), "M. Jean-Marc TELLIER");
    ASSERT_TRUE(delib().attendance.president.has_value());
    EXPECT_EQ(delib().attendance.president->key(), e.front().member.key());
    ASSERT_TRUE(delib().secretary.has_value());
    EXPECT_EQ(delib().secretary->key(), sv::PersonName::parse("Marie-Line PLOUVIEZ")->key());
}

TEST(Apes2023, InterestedMemberIsMeyfroidtWhoTookNoPart) {
    ASSERT_EQ(delib().attendance.interested.size(), 1u);
    const auto& meyfroidt = delib().attendance.interested.front();
    EXPECT_EQ(meyfroidt.key(), "SYLVIE MEYFROIDT");
    const auto& e = delib().attendance.entries;
    EXPECT_TRUE(std::any_of(e.begin(), e.end(), [&](const auto& x) {
        return x.member.key() == meyfroidt.key() && x.status == sv::AttendanceStatus::present;
    })) << "listed present";
    ASSERT_EQ(delib().interest_statements.size(), 1u);
    EXPECT_EQ(delib().interest_statements[0].member, meyfroidt);
    EXPECT_TRUE(delib().interest_statements[0].no_debate);
    EXPECT_TRUE(delib().interest_statements[0].no_vote);
}

// --- Vote (SEED-01) ---------------------------------------------------------------------------

TEST(Apes2023, TallyAsPrinted) {
    const auto& t = delib().tally.value;
    EXPECT_EQ(t.pour, sv::VoteCount(41));
    EXPECT_EQ(t.contre, sv::VoteCount(0));
    EXPECT_EQ(t.abstention, sv::VoteCount(1));
    ASSERT_EQ(t.breakdown.size(), 6u);
    EXPECT_EQ(t.breakdown[0].group, "Groupe Socialiste, Républicain et Citoyen");
    EXPECT_EQ(t.breakdown[4].group, "Non-inscrit");
    EXPECT_EQ(t.breakdown[5].choice, sv::VoteChoice::abstention);
    EXPECT_EQ(t.breakdown[5].group, "Groupe Union pour le Pas-de-Calais");
    EXPECT_EQ(delib().outcome.value, sv::StatedOutcome::adopted);
    EXPECT_EQ(delib().outcome.source.text, "(Adopté)");
}

TEST(Apes2023, VoteRecomputedFinds42RecordedFor41Possible) {
    const auto a = sv::analyse_vote(delib());
    EXPECT_EQ(a.present_with_voice, sv::MemberCount(39));
    EXPECT_EQ(a.excused_with_voice, sv::MemberCount(3));
    EXPECT_EQ(a.listed_without_voice, sv::MemberCount(5));
    EXPECT_EQ(a.interested_present, sv::MemberCount(1));
    EXPECT_EQ(a.eligible_present, sv::MemberCount(38));
    EXPECT_EQ(a.potential_proxies, sv::MemberCount(3));
    EXPECT_EQ(a.votes_recorded, sv::VoteCount(42));
    EXPECT_EQ(a.max_possible_votes, sv::VoteCount(41));
    EXPECT_TRUE(a.has(sv::VoteFindingKind::tally_exceeds_possible));
    EXPECT_TRUE(a.has(sv::VoteFindingKind::proxies_not_recorded));
    EXPECT_TRUE(a.quorum.met);
    EXPECT_EQ(a.quorum.required, sv::MemberCount(22));
    EXPECT_EQ(a.outcome.outcome, sv::ComputedOutcome::adopted); // outcome unaffected
    EXPECT_FALSE(a.has(sv::VoteFindingKind::outcome_mismatch));
}

// --- Deliberation -----------------------------------------------------------------------------

TEST(Apes2023, DeliberationHeaderNumberAndDates) {
    EXPECT_EQ(delib().meeting_date.value, Date(2023, 3, 20));
    EXPECT_EQ(delib().meeting_date.value.day_of_week().as_number(), 1) << "a Monday";
    ASSERT_TRUE(delib().number.value.has_value());
    EXPECT_EQ(delib().number.value->year(), 2023);
    EXPECT_EQ(delib().number.value->sequence(), 122);
    EXPECT_EQ(delib().number.source.text, "(N°2023-122)");
    EXPECT_EQ(delib().collectivite.departement_code, "62");
    EXPECT_FALSE(delib().transmission_date.has_value()) << "no transmission stamp (EXEC-*)";
}

TEST(Apes2023, ElevenDeliberationVisasInPrintedOrder) {
    const auto& v = delib().visas;
    ASSERT_EQ(v.size(), 11u);
    const std::vector<sv::VisaKind> kinds = {sv::VisaKind::code,
                                             sv::VisaKind::legal_text,
                                             sv::VisaKind::deliberation,
                                             sv::VisaKind::deliberation,
                                             sv::VisaKind::deliberation,
                                             sv::VisaKind::deliberation,
                                             sv::VisaKind::deliberation,
                                             sv::VisaKind::scheme,
                                             sv::VisaKind::rules_of_procedure,
                                             sv::VisaKind::report,
                                             sv::VisaKind::committee_opinion};
    for (std::size_t i = 0; i < v.size(); ++i)
        EXPECT_EQ(sv::kind(v[i]), kinds[i]) << "visa " << i + 1;

    const auto& code = std::get<sv::CodeVisa>(v[0].content);
    EXPECT_EQ(code.articles,
              (std::vector<std::string>{"L.3121-14", "L.3121-14-1", "L.3211-1", "L.3211-2"}));
    const auto& loi = std::get<sv::LegalTextVisa>(v[1].content);
    EXPECT_EQ(loi.number, "2014-856");
    EXPECT_EQ(loi.date, Date(2014, 7, 31));
    EXPECT_EQ(loi.articles, std::vector<std::string>{"15"});

    // CP-DELEGATION-VISA: the CD deliberation delegating powers to the CP.
    const auto& delegation = std::get<sv::DeliberationVisa>(v[2].content);
    EXPECT_TRUE(delegation.delegation_of_powers);
    EXPECT_EQ(delegation.body, sv::Body::conseil_departemental);
    EXPECT_EQ(delegation.number, sv::DeliberationNumber::parse("2021-257").value());
    EXPECT_EQ(delegation.date, Date(2021, 7, 1));

    // DELIB-DATES-ORDER: the cited numbers and dates as printed.
    const std::vector<std::pair<std::string, Date>> cited = {{"2022-503", Date(2022, 12, 12)},
                                                             {"2022-484", Date(2022, 11, 21)},
                                                             {"2022-360", Date(2022, 9, 26)},
                                                             {"2017-619", Date(2017, 12, 18)}};
    for (std::size_t i = 0; i < cited.size(); ++i) {
        const auto& dv = std::get<sv::DeliberationVisa>(v[3 + i].content);
        EXPECT_EQ(dv.number, sv::DeliberationNumber::parse(cited[i].first).value());
        EXPECT_EQ(dv.date, cited[i].second);
        EXPECT_FALSE(dv.delegation_of_powers);
    }
    const auto& srdeii = std::get<sv::SchemeVisa>(v[7].content);
    EXPECT_EQ(srdeii.acronym, "SRDEII");
    EXPECT_EQ(srdeii.date, Date(2017, 3, 30));
    EXPECT_EQ(std::get<sv::RulesOfProcedureVisa>(v[8].content).articles,
              (std::vector<std::string>{"18", "20", "29"}));
    const auto& opinion = std::get<sv::CommitteeOpinion>(v[10].content);
    EXPECT_EQ(opinion.committee.rank, 1u);
    EXPECT_EQ(opinion.committee.name, "Attractivité départementale et emploi");
    EXPECT_EQ(opinion.date, Date(2023, 3, 6));
    EXPECT_FALSE(opinion.opinion.has_value()) << "the deliberation does not say « favorable »";
}

TEST(Apes2023, DecisionsAndImputation) {
    ASSERT_EQ(delib().articles.size(), 3u);
    ASSERT_EQ(delib().grants.size(), 1u);
    const auto& g = delib().grants[0];
    EXPECT_EQ(g.amount.value, Euros::from_euros(57'000));
    EXPECT_EQ(g.amount.value.to_string_fr(), "57\u202F000,00\u00A0€");
    EXPECT_EQ(g.year, 2023);
    EXPECT_EQ(g.beneficiary_form, sv::LegalForm::association);
    ASSERT_TRUE(g.terms_in.has_value());
    EXPECT_EQ(g.terms_in->document, sv::DocumentKind::rapport); // SEED-08, one way
    ASSERT_EQ(delib().signing_authorisations.size(), 1u);
    EXPECT_TRUE(delib().signing_authorisations[0].draft_annexed);

    ASSERT_EQ(delib().imputations.size(), 1u);
    const auto line = sv::to_budget_line(delib().imputations[0]);
    ASSERT_TRUE(line.ok()) << line.error().describe();
    EXPECT_EQ(std::string(line->operation.code()), "C01-020Q01");
    EXPECT_EQ(std::string(line->imputation.nature().code()), "6568");
    EXPECT_EQ(std::string(line->imputation.chapter().code()), "936");
    EXPECT_EQ(line->credits_available, Euros::from_euros(209'285));
    EXPECT_EQ(line->proposed, Euros::from_euros(57'000));
}

TEST(Apes2023, SignedForThePresidentByTheDgs) {
    const auto& s = delib().signature;
    EXPECT_EQ(s.place, "ARRAS");
    EXPECT_EQ(s.date.value, Date(2023, 3, 20));
    EXPECT_EQ(s.date.source.text, "ARRAS, le 20 mars 2023");
    ASSERT_EQ(s.signatories.size(), 1u);
    const auto& sig = s.signatories[0];
    EXPECT_EQ(sig.person.name, "Jean-Claude LEROY");
    ASSERT_TRUE(sig.delegation.has_value());
    EXPECT_EQ(sig.delegation->delegate.name, "Maryline VINCLAIRE");
    EXPECT_EQ(sig.delegation->delegate.function, "Directrice Générale des Services");
    EXPECT_EQ(sig.delegation->on_behalf_of, "Pour le Président du Conseil départemental");
    EXPECT_TRUE(sig.signed_mention);
}

// --- Rapport ----------------------------------------------------------------------------------

TEST(Apes2023, RapportFiguresAddUp) {
    EXPECT_EQ(rapport().number.value, "57");
    EXPECT_EQ(rapport().meeting_date.value, Date(2023, 3, 20));
    EXPECT_EQ(rapport().body, sv::Body::commission_permanente);
    EXPECT_EQ(rapport().legal_foundations.size(), 6u);

    ASSERT_EQ(rapport().operations.size(), 2u);
    EXPECT_EQ(rapport().operations[0].axes.size(), 3u);
    EXPECT_EQ(rapport().operations[0].amount->value, Euros::from_euros(24'000));
    EXPECT_EQ(rapport().operations[1].amount->value, Euros::from_euros(33'000));
    EXPECT_EQ(sv::requested_total(rapport()), Euros::from_euros(57'000));
    ASSERT_EQ(rapport().proposed_grants.size(), 1u);
    EXPECT_EQ(rapport().proposed_grants[0].amount.value, Euros::from_euros(57'000));
    EXPECT_EQ(rapport().proposed_grants[0].terms_in->document,
              sv::DocumentKind::deliberation); // SEED-08, the other way

    ASSERT_EQ(rapport().budget.size(), 1u);
    const auto& row = rapport().budget[0];
    EXPECT_EQ(row.cp, Euros::from_euros(209'285));
    EXPECT_EQ(row.available, Euros::from_euros(209'285));
    EXPECT_EQ(row.proposed, Euros::from_euros(57'000));
    EXPECT_EQ(row.balance, Euros::from_euros(152'285));
    EXPECT_EQ(*row.available - row.proposed, *row.balance); // 209 285 − 57 000 = 152 285
    const auto line = sv::to_budget_line(row);
    ASSERT_TRUE(line.ok()) << line.error().describe();
    EXPECT_EQ(line->stated_balance_matches(), std::optional<bool>(true));

    ASSERT_TRUE(rapport().committee_opinion.has_value());
    EXPECT_EQ(rapport().committee_opinion->value.opinion, sv::Opinion::favourable);
    EXPECT_EQ(rapport().committee_opinion->value.date, Date(2023, 3, 6));
    EXPECT_EQ(rapport().committee_opinion->value.committee,
              std::get<sv::CommitteeOpinion>(delib().visas[10].content).committee);
    EXPECT_EQ(rapport().annexes_referenced.size(), 1u);
}

// --- Convention -------------------------------------------------------------------------------

TEST(Apes2023, ConventionIsADraftWithBlanks) {
    EXPECT_EQ(conv().status, sv::DocumentStatus::draft);
    EXPECT_FALSE(conv().dossier_number.value.has_value());
    EXPECT_EQ(conv().dossier_number.source.text, "Dossier n°");
    EXPECT_EQ(conv().signature.place, "Arras");
    EXPECT_FALSE(conv().signature.date.value.has_value());
    EXPECT_EQ(conv().signature.date.source.text, "A Arras, le");
    ASSERT_TRUE(conv().bank_details.has_value());
    const auto& b = *conv().bank_details;
    EXPECT_FALSE(b.iban.value || b.bic.value || b.domiciliation.value || b.holder.value);
    EXPECT_EQ(b.iban.source.section, "article 9");
    EXPECT_EQ(conv().original_copies->value, 2u);
    EXPECT_EQ(conv().page_count->value, 7u);
    EXPECT_EQ(conv().signature.signatories.size(), 2u);
}

TEST(Apes2023, BeneficiaryIdentifierLabelledSirenHas14Digits) {
    const auto& id = conv().beneficiary.identifier;
    ASSERT_TRUE(id.has_value());
    EXPECT_EQ(id->label, sv::IdentifierLabel::siren);
    EXPECT_EQ(id->value, "440 672 020 00037");
    EXPECT_EQ(digits_of(id->value).size(), 14u);
    EXPECT_FALSE(sv::Siren::parse(id->value).ok()) << "not a SIREN";
    const auto siret = sv::Siret::parse(id->value);
    ASSERT_TRUE(siret.ok()) << "a valid SIRET (Luhn sum 40)";
    EXPECT_EQ(siret->siren().compact(), "440672020");
    EXPECT_EQ(conv().beneficiary.legal_form, sv::LegalForm::association);
}

TEST(Apes2023, SeatsAndNoAmountInWords) {
    // Arras (62018) and Lille (59000): both in the area of the TA de Lille (CJA R.221-3).
    EXPECT_EQ(conv().grantor.departement_code, "62");
    EXPECT_EQ(conv().beneficiary.departement_code, "59");
    EXPECT_EQ(delib().collectivite.departement_code, conv().grantor.departement_code);
    // No document writes an amount in letters (nothing for AMOUNT-WORDS to compare).
    EXPECT_FALSE(delib().grants[0].amount_in_words.has_value());
    EXPECT_FALSE(rapport().proposed_grants[0].amount_in_words.has_value());
    for (const auto& a : conv().actions)
        EXPECT_FALSE(a.amount_in_words.has_value());
    EXPECT_FALSE(conv().payment_schedule.payments[0].amount_in_words.has_value());
    EXPECT_FALSE(dossier().open_data_publication.has_value());
}

TEST(Apes2023, AuthorisationAsStatedMatchesTheDeliberation) {
    const auto& auth = conv().grantor.authorisation;
    ASSERT_TRUE(auth.has_value());
    EXPECT_EQ(auth->body, sv::body(delib()));
    EXPECT_EQ(auth->date, delib().meeting_date.value);
    EXPECT_FALSE(auth->number.has_value());
}

TEST(Apes2023, FiveConventionVisasWithTheDuplicate) {
    const auto& v = conv().visas;
    ASSERT_EQ(v.size(), 5u);
    EXPECT_EQ(v[3], v[4]); // SEED-03
    for (std::size_t i = 0; i < 3; ++i)
        EXPECT_NE(v[i].content, v[3].content);
    // The 18 Dec 2017 « Budget citoyen » deliberation is not among them.
    for (const auto& x : v) {
        if (const auto* dv = std::get_if<sv::DeliberationVisa>(&x.content)) {
            EXPECT_NE(dv->date, Date(2017, 12, 18));
        }
    }
}

TEST(Apes2023, ThirteenArticlesAndTheWrongFinalReportReference) {
    ASSERT_EQ(conv().articles.size(), 13u);
    for (std::uint32_t n = 1; n <= 13; ++n)
        EXPECT_EQ(conv().articles[n - 1].number, n);
    EXPECT_EQ(conv().articles[6].title, "Modalités de versement");
    EXPECT_EQ(conv().articles[7].title, "Bilan final d’exécution");
    EXPECT_EQ(conv().articles[3].sections.size(), 7u);
    EXPECT_EQ(sv::articles_about(conv(), sv::ConventionSubject::final_report),
              (std::vector<std::uint32_t>{4, 8}));

    const auto& refs = conv().cross_references;
    auto find = [&](std::uint32_t from, std::uint32_t to) {
        return std::find_if(refs.begin(), refs.end(), [&](const sv::CrossReference& r) {
            return r.from_article == from && r.to_article == to;
        });
    };
    const auto wrong = find(12, 7);
    ASSERT_NE(wrong, refs.end());
    EXPECT_EQ(wrong->subject, sv::ConventionSubject::final_report);
    const auto* target = sv::find_article(conv(), wrong->to_article);
    ASSERT_NE(target, nullptr);
    EXPECT_EQ(std::count(target->subjects.begin(), target->subjects.end(),
                         sv::ConventionSubject::final_report),
              0)
        << "article 7 does not deal with the final report (SEED-04)";

    ASSERT_NE(find(5, 4), refs.end());
    EXPECT_EQ(find(5, 4)->subject, sv::ConventionSubject::final_report);
    ASSERT_NE(find(7, 6), refs.end());
    EXPECT_EQ(find(7, 6)->subject, sv::ConventionSubject::amount);
    const auto period_ref = std::find_if(refs.begin(), refs.end(), [](const auto& r) {
        return r.from_article == 4 && r.from_section == 5u && r.to_article == 3;
    });
    ASSERT_NE(period_ref, refs.end());
    EXPECT_EQ(period_ref->subject, sv::ConventionSubject::period);
    // Every other reference points at an article that deals with its subject.
    for (const auto& r : refs) {
        if (&r == &*wrong)
            continue;
        const auto* a = sv::find_article(conv(), r.to_article);
        ASSERT_NE(a, nullptr);
        EXPECT_NE(std::find(a->subjects.begin(), a->subjects.end(), r.subject), a->subjects.end())
            << r.source.text;
    }
}

TEST(Apes2023, CeilingsAddUpTo57000AndOneSinglePaymentAfterSignature) {
    ASSERT_EQ(conv().actions.size(), 2u);
    EXPECT_EQ(conv().actions[0].amount->value, Euros::from_euros(24'000));
    EXPECT_EQ(conv().actions[1].amount->value, Euros::from_euros(33'000));
    EXPECT_EQ(sv::ceilings_total(conv()), Euros::from_euros(57'000));
    EXPECT_EQ(Euros::from_euros(24'000) + Euros::from_euros(33'000), Euros::from_euros(57'000));

    const auto& p = conv().payment_schedule;
    ASSERT_EQ(p.payments.size(), 1u);
    EXPECT_EQ(p.payments[0].kind, sv::PaymentKind::single);
    EXPECT_EQ(p.payments[0].trigger, sv::PaymentTrigger::signature);
    EXPECT_EQ(sv::payments_total(p), Euros::from_euros(57'000));
    // SEED-05: « acomptes » and « solde » are spoken of nonetheless.
    EXPECT_EQ(p.mentions.size(), 3u);
    EXPECT_TRUE(std::any_of(p.mentions.begin(), p.mentions.end(),
                            [](const auto& m) { return m.kind == sv::PaymentKind::advance; }));
}

TEST(Apes2023, ActionTitleDiffersBetweenReportAndConvention) {
    const auto& c = *conv().actions[1].title;
    const auto& r = *rapport().operations[1].title;
    EXPECT_NE(c, r); // SEED-10
    EXPECT_TRUE(c.ends_with("des pratiques interne"));
    EXPECT_TRUE(r.ends_with("des pratiques"));
}

TEST(Apes2023, PeriodWithoutTacitRenewal) {
    ASSERT_TRUE(conv().period.has_value());
    EXPECT_EQ(conv().period->value.start, Date(2023, 1, 1));
    EXPECT_EQ(conv().period->value.end, Date(2023, 12, 31));
    EXPECT_TRUE(conv().period->value.end_inclusive);
    EXPECT_EQ(conv().period->source.section, "article 3");
    EXPECT_EQ(conv().tacit_renewal.value, sv::TacitRenewal::excluded);
    // SEED-13: the period starts before the decision.
    EXPECT_LT(conv().period->value.start, delib().meeting_date.value);
}

TEST(Apes2023, FinalReportDeadlineStatedTwiceAndRecomputed) {
    ASSERT_TRUE(conv().obligations.final_report.has_value());
    const auto& statements = conv().obligations.final_report->deadlines;
    std::vector<std::string> dated_in;
    for (const auto& s : statements) {
        ASSERT_TRUE(s.rule.has_value());
        EXPECT_EQ(s.rule->delay, sv::Duration(sv::Months(6)));
        EXPECT_EQ(s.rule->from, sv::StartEvent::convention_end);
        if (s.date) {
            EXPECT_EQ(*s.date, Date(2024, 6, 30));
            dated_in.push_back(s.source.section);
            // CPC art. 641: 31/12/2023 + 6 mois = 30/06/2024 (and a Sunday: DEADLINE-NON-
            // WORKING-DAY).
            EXPECT_EQ(sv::add(conv().period->value.end, s.rule->delay), *s.date);
            EXPECT_EQ(s.date->day_of_week().as_number(), 0);
        }
    }
    EXPECT_EQ(dated_in, (std::vector<std::string>{"article 4 §1", "article 8"}));
}

TEST(Apes2023, ClausesPresentAndAbsent) {
    using K = sv::ClauseKind;
    for (const K k : {K::laicite, K::communication_charter, K::professional_secrecy,
                      K::competitive_purchasing, K::eligible_expenses_in_period,
                      K::intellectual_property, K::conflict_of_interest, K::control, K::avenant,
                      K::renunciation, K::termination, K::reimbursement, K::jurisdiction})
        EXPECT_TRUE(sv::has_clause(conv(), k)) << sv::to_string(k);
    EXPECT_FALSE(sv::has_clause(conv(), K::contrat_engagement_republicain));
    EXPECT_FALSE(sv::has_clause(conv(), K::state_aid));
    const auto jur = sv::clauses_of(conv(), K::jurisdiction);
    ASSERT_EQ(jur.size(), 1u);
    EXPECT_EQ(jur[0].named, "Tribunal administratif de Lille");
    const auto term = sv::clauses_of(conv(), K::termination);
    ASSERT_FALSE(term.empty());
    EXPECT_EQ(term[0].delay, sv::Duration(sv::Months(1)));
    ASSERT_EQ(conv().obligations.meetings.size(), 1u);
    EXPECT_EQ(conv().obligations.meetings[0].minimum_frequency, sv::Frequency::quarterly);
}

// --- Cross-document views ---------------------------------------------------------------------

TEST(Apes2023, EveryDocumentStates57000) {
    const auto amounts = sv::granted_amounts(dossier());
    ASSERT_EQ(amounts.size(), 3u);
    EXPECT_EQ(amounts[0].source.document, sv::DocumentKind::deliberation);
    EXPECT_EQ(amounts[1].source.document, sv::DocumentKind::rapport);
    EXPECT_EQ(amounts[2].source.document, sv::DocumentKind::convention);
    EXPECT_EQ(amounts[2].source.section, "article 6");
    for (const auto& a : amounts)
        EXPECT_EQ(a.value, Euros::from_euros(57'000));
}

TEST(Apes2023, TimelineRunsFrom2014To2024) {
    const auto t = sv::timeline(dossier());
    ASSERT_FALSE(t.empty());
    EXPECT_EQ(t.front().date, Date(2014, 7, 31));
    EXPECT_EQ(t.back().date, Date(2024, 6, 30));
    EXPECT_EQ(t.back().event, sv::DossierEvent::deadline);
    EXPECT_TRUE(std::is_sorted(t.begin(), t.end(),
                               [](const auto& a, const auto& b) { return a.date < b.date; }));
    // 2 committee opinions (deliberation visa, report) on 06/03/2023, both before the meeting.
    EXPECT_EQ(std::count_if(t.begin(), t.end(),
                            [](const auto& e) {
                                return e.event == sv::DossierEvent::committee_opinion &&
                                       e.date == Date(2023, 3, 6);
                            }),
              2);
    // No signature date for the convention.
    EXPECT_EQ(std::count_if(t.begin(), t.end(),
                            [](const auto& e) {
                                return e.event == sv::DossierEvent::signature &&
                                       e.source.document == sv::DocumentKind::convention;
                            }),
              0);
}

TEST(Apes2023, PartiesAsEachDocumentNamesThem) {
    const auto p = sv::parties(dossier());
    std::vector<std::string> beneficiaries;
    for (const auto& m : p)
        if (m.role == sv::PartyRole::beneficiary)
            beneficiaries.push_back(m.name);
    ASSERT_EQ(beneficiaries.size(), 5u);
    EXPECT_EQ(beneficiaries.front(), "Acteurs Pour une Economie Solidaire");
    EXPECT_EQ(beneficiaries.back(), "Acteurs Pour une Économie Solidaire"); // accent as printed
}

} // namespace test_apes_2023_test
