// SPDX-License-Identifier: Apache-2.0
// subvention::io JSON dossiers: lossless round trips, the binding mapping conventions (the
// checker's diagnostic paths are JSON Pointers into this format), strict reading with errors
// that name the JSON path, and agreement with the published JSON Schema.
#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <limits>
#include <map>
#include <set>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <variant>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <subvention/dossier.hpp>
#include <subvention/examples/apes_2023.hpp>
#include <subvention/io/json.hpp>

#include "support/clean_dossier.hpp"
#include "support/valijson.hpp"

// Each suite in its own namespace: the suites of a group are compiled together (unity build).
namespace test_io_json_test {

namespace {

using nlohmann::json;
using namespace subvention;
using Ptr = json::json_pointer;

std::string read_text(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::string describe(const Result<Dossier>& r) {
    return r.ok() ? std::string("ok") : r.error().describe();
}

/// Dossier → JSON → Dossier gives back `d`, and the JSON is stable (byte-identical rewrite).
void expect_lossless(const Dossier& d, int indent = 2) {
    const std::string text = io::to_json(d, indent);
    const auto back = io::dossier_from_json(text);
    ASSERT_TRUE(back.ok()) << describe(back);
    EXPECT_TRUE(back.value() == d);
    EXPECT_EQ(io::to_json(back.value(), indent), text);
}

json as_json(const Dossier& d) {
    return json::parse(io::to_json(d));
}

/// Loads `j` and returns the error it must produce.
Error error_of(const json& j) {
    const auto r = io::dossier_from_json(j.dump(2));
    EXPECT_FALSE(r.ok()) << "accepted: " << j.dump().substr(0, 200);
    return r.ok() ? Error{} : r.error();
}
Error error_of_text(std::string_view text) {
    const auto r = io::dossier_from_json(text);
    EXPECT_FALSE(r.ok());
    return r.ok() ? Error{} : r.error();
}

SourceRef src(DocumentKind doc, std::string section, std::string text) {
    return SourceRef{doc, std::move(section), std::move(text)};
}

/// Names of an enumeration through its `to_string` (contiguous from 0, first repeat ends).
template <class E>
std::vector<std::string> names_of() {
    std::vector<std::string> out;
    for (int i = 0; i < 256; ++i) {
        const std::string n(to_string(static_cast<E>(i)));
        for (const auto& m : out)
            if (m == n)
                return out;
        out.push_back(n);
    }
    return out;
}

/// The APES dossier with every std::optional set, every list non-empty and every variant
/// alternative present: its JSON has no null at all (checked), so it shows every key.
Dossier full_dossier() {
    Dossier d = examples::apes_2023();
    const auto deliberation_src = [](std::string t) {
        return src(DocumentKind::deliberation, "article 1", std::move(t));
    };
    auto& delib = *d.deliberation;
    delib.collectivite.siret = StatedIdentifier{IdentifierLabel::siret, "226 200 015 00017",
                                                deliberation_src("SIRET 226 200 015 00017")};
    delib.meeting_place = "Hôtel du Département, Arras";
    delib.visas.push_back(Visa{
        OtherVisa{}, src(DocumentKind::deliberation, "visas", "Vu l'avis du comité technique ;")});
    delib.visas.push_back(
        Visa{CommitteeOpinion{Committee{2, "Solidarités"}, Date(2023, 3, 7), Opinion::reserved},
             src(DocumentKind::deliberation, "visas", "Vu l'avis réservé de la 2e commission ;")});
    delib.attendance.proxies =
        std::vector<Proxy>{Proxy::parse("M. Sébastien CHOCHOIS", "M. Ludovic PAJOT").value()};
    // Keys written only when they hold something (facts entered as data): counts, an origin.
    delib.attendance.counts =
        AttendanceCounts{MemberCount(38), MemberCount(3), MemberCount(1), MemberCount(1),
                         MemberCount(0),  MemberCount(2), MemberCount(75)};

    delib.attendance.entries.front().member =
        delib.attendance.entries.front().member.with_group("Groupe Socialiste");
    auto& tally = delib.tally.value;
    tally.abstention = VoteCount(1);
    tally.ne_prend_pas_part = VoteCount(2);
    tally.blancs = VoteCount(0);
    tally.nuls = VoteCount(std::numeric_limits<std::int32_t>::max());
    tally.president_vote = VoteChoice::pour;
    tally.breakdown.push_back(GroupBreakdown{VoteChoice::contre, "Groupe X", VoteCount(3)});
    delib.signature.signatories.front().delegation->delegate.function = "DGS";
    delib.transmission_date = Stated<Date>{
        Date(2023, 3, 22),
        from_data(DocumentKind::deliberation, "/deliberation/transmission_date", "22 mars 2023")};
    delib.publication_date = Stated<Date>{Date(2023, 3, 23), deliberation_src("publié le")};

    auto& rap = *d.rapport;

    auto& c = *d.convention;
    c.status = DocumentStatus::executed;
    c.dossier_number.value = "2023-ESS-057";
    c.grantor.identifier = StatedIdentifier{IdentifierLabel::siret, "22620001500017",
                                            src(DocumentKind::convention, "parties", "SIRET")};
    c.beneficiary.other_identifiers.push_back(StatedIdentifier{
        IdentifierLabel::rna, "W595012345", src(DocumentKind::convention, "parties", "RNA")});
    c.grantor.authorisation->number = DeliberationNumber::parse("2023-122").value();
    c.beneficiary.authorisation = StatedAuthorisation{
        Body::conseil_departemental, Date(2023, 1, 10), DeliberationNumber::parse("2023-1").value(),
        src(DocumentKind::convention, "parties", "autorisé par son conseil")};
    c.cross_references.front().from_section = 1;
    c.obligations.final_report->form = "dans la même forme que le budget prévisionnel";
    c.obligations.final_report->deadlines.push_back(DeadlineStatement{
        RelativeDeadline{Years(1), StartEvent::financial_year_end}, Date(2024, 12, 31),
        src(DocumentKind::convention, "article 8", "dans l'année")});
    for (auto& clause : c.clauses) {
        if (!clause.delay)
            clause.delay = Days(15);
        if (!clause.delay_from)
            clause.delay_from = StartEvent::notification;
        if (!clause.named)
            clause.named = "nommé";
        if (!clause.kept_amount)
            clause.kept_amount = Euros::from_cents(100'000);
    }
    c.bank_details->iban.value = "FR76 3000 6000 0112 3456 7890 189";
    c.bank_details->bic.value = "AGRIFRPP";
    c.bank_details->domiciliation.value = "Crédit Agricole Arras";
    c.bank_details->holder.value = "APES";
    c.signature.date.value = Date(2023, 4, 3);
    // Every remaining optional of lists, document by document.
    const auto fill_visa = [](Visa& v) {
        std::visit(
            [](auto& x) {
                using X = std::decay_t<decltype(x)>;
                if constexpr (std::is_same_v<X, LegalTextVisa>) {
                    x.number = x.number.value_or("2014-856");
                    x.date = x.date.value_or(Date(2014, 7, 31));
                } else if constexpr (std::is_same_v<X, DeliberationVisa>) {
                    x.body = x.body.value_or(Body::conseil_departemental);
                    if (!x.number)
                        x.number = DeliberationNumber::parse("2022-1").value();
                    x.date = x.date.value_or(Date(2022, 1, 3));
                } else if constexpr (std::is_same_v<X, SchemeVisa>) {
                    x.acronym = x.acronym.value_or("SRDEII");
                    x.date = x.date.value_or(Date(2017, 3, 30));
                } else if constexpr (std::is_same_v<X, CommitteeOpinion>) {
                    x.committee.rank = x.committee.rank.value_or(1U);
                    x.date = x.date.value_or(Date(2023, 3, 6));
                    x.opinion = x.opinion.value_or(Opinion::favourable);
                }
            },
            v.content);
    };
    for (auto* visas : {&delib.visas, &rap.legal_foundations, &c.visas})
        for (auto& v : *visas)
            fill_visa(v);
    for (auto* actions : {&rap.operations, &c.actions})
        for (auto& a : *actions) {
            a.title = a.title.value_or("Action");
            if (!a.amount)
                a.amount = Stated<Euros>{Euros::from_euros(1), src(DocumentKind::rapport, "", "")};
            a.amount_in_words = a.amount_in_words.value_or("un euro");
        }
    for (auto* grants : {&delib.grants, &rap.proposed_grants})
        for (auto& g : *grants) {
            g.year = g.year.value_or(2023);
            if (!g.terms_in)
                g.terms_in = TermsReference{DocumentKind::deliberation, {}};
            g.amount_in_words = g.amount_in_words.value_or("cinquante-sept mille euros");
        }
    for (auto* rows : {&delib.imputations, &rap.budget})
        for (auto& row : *rows) {
            row.cp = row.cp.value_or(Euros::from_euros(209'285));
            row.available = row.available.value_or(Euros::from_euros(209'285));
            row.balance = row.balance.value_or(Euros::from_euros(152'285));
        }
    for (auto* block : {&delib.signature, &rap.signature, &c.signature}) {
        block->place = block->place.value_or("Arras");
        block->date.value = block->date.value.value_or(Date(2023, 3, 20));
        for (auto& s : block->signatories)
            if (!s.delegation)
                s.delegation = SignatureDelegation{"Pour le Président", NamedPerson{"X", "DGS"}};
    }
    rap.collectivite.siret = delib.collectivite.siret;
    for (auto& entry : delib.attendance.entries)
        if (!entry.member.group())
            entry.member = entry.member.with_group("Non-inscrit");
    for (auto& b : tally.breakdown)
        b.count = b.count.value_or(VoteCount(1));
    for (auto& r : c.cross_references)
        r.from_section = r.from_section.value_or(2U);
    for (auto& m : c.obligations.meetings)
        m.minimum_frequency = m.minimum_frequency.value_or(Frequency::yearly);
    for (auto& s : c.obligations.final_report->deadlines) {
        if (!s.rule)
            s.rule = RelativeDeadline{Months(6), StartEvent::convention_end};
        s.date = s.date.value_or(Date(2024, 6, 30));
    }
    for (auto& p : c.payment_schedule.payments) {
        p.date = p.date.value_or(Date(2023, 4, 15));
        p.amount_in_words = p.amount_in_words.value_or("cinquante-sept mille euros");
        p.share = Rate::from_fraction(1, 3); // a share no decimal writes exactly
    }
    c.beneficiary.representative =
        c.beneficiary.representative.value_or(NamedPerson{"Monsieur Luc BELVAL", "Président"});
    c.grantor.authorisation->body =
        c.grantor.authorisation->body.value_or(Body::commission_permanente);
    c.grantor.authorisation->date = c.grantor.authorisation->date.value_or(Date(2023, 3, 20));
    d.annexes = {"budget prévisionnel", "RIB"};
    d.open_data_publication =
        Stated<Date>{Date(2023, 5, 2), src(DocumentKind::dossier, "open data", "data.gouv.fr")};
    d.request_date =
        Stated<Date>{Date(2022, 10, 14), src(DocumentKind::dossier, "demande", "dépôt")};
    d.beneficiary_exercise_end =
        Stated<Date>{Date(2023, 12, 31), src(DocumentKind::dossier, "comptes", "exercice clos")};
    d.beneficiary_resources = Stated<Euros>{Euros::from_cents(21'000'000),
                                            src(DocumentKind::dossier, "comptes", "produits")};
    d.beneficiary_other_public_subsidies = Stated<Euros>{
        Euros::from_cents(4'000'000), src(DocumentKind::dossier, "budget", "subventions")};
    d.beneficiary_economic_activity = false;
    d.notification_date =
        Stated<Date>{Date(2023, 3, 27), src(DocumentKind::dossier, "notification", "AR")};
    // Execution data, every optional set.
    Execution x;
    x.payments = {PaymentMade{Date(2023, 4, 14), Euros::from_cents(5'700'000), 1, "Mandat 1"}};
    FinalReport r;
    r.sent_on = Date(2024, 6, 14);
    r.covers = Period{Date(2023, 1, 1), Date(2023, 12, 31), true};
    r.qualitative = "bilan";
    r.indicators = {{"structures", "40", "37"}};
    r.practices = "ESS";
    r.expenses = {Expense{Date(2023, 6, 30), Euros::from_cents(100), "dépense", 0,
                          ChargeAccount::charges_de_personnel, std::string("rejet")}};
    r.resources = {ReceivedResource{ResourceAccount::subventions_exploitation, "Région",
                                    Euros::from_cents(100), 0, false}};
    r.actuals = {BudgetActual{0,
                              {{{ChargeAccount::achats, "achats", Euros::from_cents(100)}},
                               {{ResourceAccount::subventions_exploitation, "Département",
                                 Euros::from_cents(100), true}}}}};
    x.final_report = r;
    x.forecasts = {BudgetForecast{0, r.actuals[0].table, src(DocumentKind::dossier, "annexe", "")}};
    x.grant_regulation = AidRegulation::de_minimis_1407_2013;
    x.prior_aids = {GrantedAid{"Région", Date(2022, 5, 1), Euros::from_cents(100),
                               AidRegulation::de_minimis_1407_2013}};
    d.execution = x;
    return d;
}

/// Every JSON Pointer of `j` whose value is null.
void nulls(const json& j, const std::string& path, std::vector<std::string>& out) {
    if (j.is_null())
        out.push_back(path);
    else if (j.is_object())
        for (const auto& item : j.items())
            nulls(item.value(), path + "/" + item.key(), out);
    else if (j.is_array())
        for (std::size_t i = 0; i < j.size(); ++i)
            nulls(j[i], path + "/" + std::to_string(i), out);
}

// =============================================================================================
// Round trips
// =============================================================================================

TEST(JsonRoundTrip, ApesDossierComesBackEqualAndByteIdentical) {
    const Dossier d = examples::apes_2023();
    expect_lossless(d);
    expect_lossless(d, -1);
    expect_lossless(d, 4);
}

TEST(JsonRoundTrip, CleanDossierComesBackEqualAndByteIdentical) {
    expect_lossless(subvention::testing::clean_dossier());
}

TEST(JsonRoundTrip, FullDossierHasNoNullAndComesBackEqual) {
    const Dossier d = full_dossier();
    std::vector<std::string> found;
    nulls(as_json(d), "", found);
    EXPECT_TRUE(found.empty()) << "null at " << (found.empty() ? "" : found.front());
    expect_lossless(d);
}

TEST(JsonRoundTrip, EmptyAndDefaultDocumentsComeBackEqual) {
    expect_lossless(Dossier{});
    // Default documents: empty strings, empty lists, nullopt everywhere, and the blank
    // (not_a_date_time) non-optional dates of the model.
    Dossier d{Deliberation{}, Rapport{}, Convention{}, {}, std::nullopt};
    d.convention->period = Stated<Period>{};
    d.convention->obligations.final_report = FinalReportObligation{};
    d.convention->bank_details = BankDetails{};
    expect_lossless(d);
    const json j = as_json(d);
    EXPECT_EQ(j.at(Ptr("/deliberation/meeting_date/value")), "not-a-date-time");
    EXPECT_EQ(j.at(Ptr("/convention/period/value/start")), "not-a-date-time");
    EXPECT_EQ(j.at(Ptr("/convention/bank_details/iban/value")), nullptr);
    EXPECT_EQ(j.at(Ptr("/deliberation/number/value")), nullptr);
}

TEST(JsonRoundTrip, PartyWithTwoOtherIdentifiersComesBackInPrintedOrder) {
    Dossier d = examples::apes_2023();
    auto& b = d.convention->beneficiary;
    const SourceRef parties = src(DocumentKind::convention, "parties", "RNA W595012345, RCS");
    b.other_identifiers = {
        StatedIdentifier{IdentifierLabel::rna, "W595012345", parties},
        StatedIdentifier{IdentifierLabel::other, "RCS Lille 440 672 020", parties}};
    expect_lossless(d);
    const json j = as_json(d);
    EXPECT_EQ(j.at(Ptr("/convention/beneficiary/other_identifiers/0/label")), "rna");
    EXPECT_EQ(j.at(Ptr("/convention/beneficiary/other_identifiers/0/value")), "W595012345");
    EXPECT_EQ(j.at(Ptr("/convention/beneficiary/other_identifiers/1/value")),
              "RCS Lille 440 672 020");
    // Not written when empty, so that files written before the key existed are unchanged.
    EXPECT_FALSE(j.at(Ptr("/convention/grantor")).contains("other_identifiers"));
    const auto ordered = nlohmann::ordered_json::parse(io::to_json(d));
    std::string last;
    for (const auto& item : ordered.at("convention").at("beneficiary").items())
        last = item.key();
    EXPECT_EQ(last, "other_identifiers");
}

TEST(JsonRoundTrip, SpecialDatesAreKeptByName) {
    Dossier d = examples::apes_2023();
    d.convention->period->value.start = Date(boost::date_time::neg_infin);
    d.convention->period->value.end = Date(boost::date_time::pos_infin);
    d.convention->signature.date.value = Date(boost::date_time::not_a_date_time);
    expect_lossless(d);
    const json j = as_json(d);
    EXPECT_EQ(j.at(Ptr("/convention/period/value/start")), "-infinity");
    EXPECT_EQ(j.at(Ptr("/convention/period/value/end")), "+infinity");
    EXPECT_EQ(j.at(Ptr("/convention/signature/date/value")), "not-a-date-time");
}

TEST(JsonRoundTrip, ExtremeNumbersAndAmountsAreExact) {
    Dossier d = full_dossier();
    auto& rows = d.deliberation->imputations;
    rows.front().cp = Euros::max();
    rows.front().available = Euros::min();
    rows.front().proposed = Euros{};
    rows.front().balance = Euros::from_cents(-1);
    d.convention->page_count->value = std::numeric_limits<std::uint32_t>::max();
    d.convention->original_copies->value = 0;
    d.deliberation->grants.front().year = std::numeric_limits<std::int32_t>::min();
    d.convention->clauses.front().delay = Days(std::numeric_limits<std::int32_t>::min());
    d.convention->clauses.back().delay = Years(std::numeric_limits<std::int32_t>::max());
    expect_lossless(d);
    const json j = as_json(d);
    EXPECT_EQ(j.at(Ptr("/deliberation/imputations/0/cp")), "92233720368547758.07");
    EXPECT_EQ(j.at(Ptr("/deliberation/imputations/0/available")), "-92233720368547758.08");
    EXPECT_EQ(j.at(Ptr("/deliberation/imputations/0/proposed")), "0.00");
    EXPECT_EQ(j.at(Ptr("/deliberation/imputations/0/balance")), "-0.01");
    EXPECT_EQ(j.at(Ptr("/convention/page_count/value")), 4294967295U);
    EXPECT_EQ(j.at(Ptr("/deliberation/grants/0/year")), -2147483648);
}

template <class E, class Set>
void each_value_round_trips(const std::string& pointer, Set set) {
    static const Dossier base = full_dossier();
    const auto names = names_of<E>();
    ASSERT_FALSE(names.empty());
    for (std::size_t i = 0; i < names.size(); ++i) {
        Dossier d = base;
        set(d, static_cast<E>(i));
        SCOPED_TRACE(pointer + " = " + names[i]);
        const std::string text = io::to_json(d);
        const auto back = io::dossier_from_json(text);
        ASSERT_TRUE(back.ok()) << describe(back);
        EXPECT_TRUE(back.value() == d);
        EXPECT_EQ(json::parse(text).at(Ptr(pointer)), names[i]);
    }
}

TEST(JsonRoundTrip, EveryEnumerationValueIsWrittenByItsStableNameAndReadBack) {
    each_value_round_trips<DocumentKind>(
        "/convention/object/source/document",
        [](Dossier& d, auto e) { d.convention->object.source.document = e; });
    each_value_round_trips<IdentifierLabel>(
        "/convention/beneficiary/identifier/label",
        [](Dossier& d, auto e) { d.convention->beneficiary.identifier->label = e; });
    each_value_round_trips<LegalForm>("/convention/grantor/legal_form", [](Dossier& d, auto e) {
        d.convention->grantor.legal_form = e;
    });
    each_value_round_trips<LegalTextKind>(
        "/deliberation/visas/1/content/legal_text/kind", [](Dossier& d, auto e) {
            std::get<LegalTextVisa>(d.deliberation->visas[1].content).kind = e;
        });
    each_value_round_trips<Opinion>(
        "/rapport/committee_opinion/value/opinion",
        [](Dossier& d, auto e) { d.rapport->committee_opinion->value.opinion = e; });
    each_value_round_trips<Body>("/deliberation/attendance/body",
                                 [](Dossier& d, auto e) { d.deliberation->attendance.body = e; });
    each_value_round_trips<AttendanceStatus>(
        "/deliberation/attendance/entries/0/status",
        [](Dossier& d, auto e) { d.deliberation->attendance.entries[0].status = e; });
    each_value_round_trips<DeliberativeVoice>(
        "/deliberation/attendance/entries/0/voice",
        [](Dossier& d, auto e) { d.deliberation->attendance.entries[0].voice = e; });
    each_value_round_trips<Civility>("/deliberation/attendance/entries/0/member/civility",
                                     [](Dossier& d, auto e) {
                                         d.deliberation->attendance.entries[0].member =
                                             Member(e, "Claude", "DUPONT", "Groupe Y");
                                     });
    each_value_round_trips<VoteMode>("/deliberation/tally/value/mode", [](Dossier& d, auto e) {
        d.deliberation->tally.value.mode = e;
    });
    each_value_round_trips<VoteChoice>(
        "/deliberation/tally/value/president_vote",
        [](Dossier& d, auto e) { d.deliberation->tally.value.president_vote = e; });
    each_value_round_trips<VoteChoice>(
        "/deliberation/tally/value/breakdown/0/choice",
        [](Dossier& d, auto e) { d.deliberation->tally.value.breakdown[0].choice = e; });
    each_value_round_trips<StatedOutcome>("/deliberation/outcome/value", [](Dossier& d, auto e) {
        d.deliberation->outcome.value = e;
    });
    each_value_round_trips<AppropriationKind>(
        "/deliberation/imputations/0/appropriation",
        [](Dossier& d, auto e) { d.deliberation->imputations[0].appropriation = e; });
    each_value_round_trips<DocumentStatus>("/convention/status",
                                           [](Dossier& d, auto e) { d.convention->status = e; });
    each_value_round_trips<ConventionSubject>(
        "/convention/articles/0/subjects/0",
        [](Dossier& d, auto e) { d.convention->articles[0].subjects[0] = e; });
    each_value_round_trips<ConventionSubject>(
        "/convention/cross_references/0/subject",
        [](Dossier& d, auto e) { d.convention->cross_references[0].subject = e; });
    each_value_round_trips<TacitRenewal>("/convention/tacit_renewal/value", [](Dossier& d, auto e) {
        d.convention->tacit_renewal.value = e;
    });
    each_value_round_trips<Frequency>(
        "/convention/obligations/meetings/0/minimum_frequency",
        [](Dossier& d, auto e) { d.convention->obligations.meetings[0].minimum_frequency = e; });
    each_value_round_trips<ClauseKind>("/convention/clauses/0/kind", [](Dossier& d, auto e) {
        d.convention->clauses[0].kind = e;
    });
    each_value_round_trips<StartEvent>("/convention/clauses/0/delay_from", [](Dossier& d, auto e) {
        d.convention->clauses[0].delay_from = e;
    });
    each_value_round_trips<StartEvent>(
        "/convention/obligations/final_report/deadlines/0/rule/from", [](Dossier& d, auto e) {
            d.convention->obligations.final_report->deadlines[0].rule->from = e;
        });
    each_value_round_trips<PaymentTrigger>(
        "/convention/payment_schedule/payments/0/trigger",
        [](Dossier& d, auto e) { d.convention->payment_schedule.payments[0].trigger = e; });
    each_value_round_trips<PaymentKind>(
        "/convention/payment_schedule/payments/0/kind",
        [](Dossier& d, auto e) { d.convention->payment_schedule.payments[0].kind = e; });
    each_value_round_trips<PaymentKind>(
        "/convention/payment_schedule/mentions/0/kind",
        [](Dossier& d, auto e) { d.convention->payment_schedule.mentions[0].kind = e; });
    each_value_round_trips<DocumentKind>(
        "/deliberation/grants/0/terms_in/document",
        [](Dossier& d, auto e) { d.deliberation->grants[0].terms_in->document = e; });
}

TEST(JsonRoundTrip, EnumerationsHaveTheNamesTheirToStringGives) {
    // Pins the enumerations' sizes: a new enumerator must be added to the schema too
    // (SchemaAgreement checks the lists).
    EXPECT_EQ(names_of<DocumentKind>().size(), 4U);
    EXPECT_EQ(names_of<IdentifierLabel>().size(), 5U);
    EXPECT_EQ(names_of<LegalForm>().size(), 11U);
    EXPECT_EQ(names_of<LegalTextKind>().size(), 6U);
    EXPECT_EQ(names_of<Opinion>().size(), 3U);
    EXPECT_EQ(names_of<VisaKind>().size(), std::variant_size_v<VisaContent>);
    EXPECT_EQ(names_of<Body>().size(), 2U);
    EXPECT_EQ(names_of<AttendanceStatus>().size(), 3U);
    EXPECT_EQ(names_of<DeliberativeVoice>().size(), 2U);
    EXPECT_EQ(names_of<VoteMode>().size(), 3U);
    EXPECT_EQ(names_of<VoteChoice>().size(), 6U);
    EXPECT_EQ(names_of<StatedOutcome>().size(), 3U);
    EXPECT_EQ(names_of<Civility>().size(), 2U);
    EXPECT_EQ(names_of<AppropriationKind>().size(), 3U);
    EXPECT_EQ(names_of<DocumentStatus>().size(), 2U);
    EXPECT_EQ(names_of<ConventionSubject>().size(), 24U);
    EXPECT_EQ(names_of<TacitRenewal>().size(), 3U);
    EXPECT_EQ(names_of<Frequency>().size(), 6U);
    EXPECT_EQ(names_of<ClauseKind>().size(), 18U);
    EXPECT_EQ(names_of<PaymentTrigger>().size(), 5U);
    EXPECT_EQ(names_of<PaymentKind>().size(), 3U);
    EXPECT_EQ(names_of<StartEvent>().size(), 9U);
}

TEST(JsonRoundTrip, EveryVisaAlternativeIsTaggedByItsVisaKind) {
    const std::vector<VisaContent> contents{
        CodeVisa{"Code civil", {"1"}},
        LegalTextVisa{LegalTextKind::decret, std::nullopt, std::nullopt, "", {}},
        DeliberationVisa{"Conseil", std::nullopt, std::nullopt, std::nullopt, "", true},
        SchemeVisa{"Plan", std::nullopt, "", std::nullopt},
        RulesOfProcedureVisa{"", {}},
        ReportVisa{"", false},
        CommitteeOpinion{Committee{std::nullopt, ""}, std::nullopt, std::nullopt},
        OtherVisa{}};
    ASSERT_EQ(contents.size(), std::variant_size_v<VisaContent>);
    for (const auto& content : contents) {
        Dossier d;
        d.convention = Convention{};
        d.convention->visas = {Visa{content, src(DocumentKind::convention, "visas", "Vu …")}};
        expect_lossless(d);
        const std::string kind(to_string(subvention::kind(d.convention->visas[0])));
        const json c = as_json(d).at(Ptr("/convention/visas/0/content"));
        ASSERT_EQ(c.size(), 2U) << c.dump();
        EXPECT_EQ(c.at("kind"), kind);
        EXPECT_TRUE(c.at(kind).is_object());
    }
}

TEST(JsonRoundTrip, ProxiesNotRecordedNoneAndSomeAreThreeDifferentDocuments) {
    Dossier d = examples::apes_2023();
    ASSERT_FALSE(d.deliberation->attendance.proxies.has_value());
    expect_lossless(d);
    EXPECT_EQ(as_json(d).at(Ptr("/deliberation/attendance/proxies")), nullptr);

    d.deliberation->attendance.proxies = std::vector<Proxy>{};
    expect_lossless(d);
    EXPECT_EQ(as_json(d).at(Ptr("/deliberation/attendance/proxies")), json::array());

    d.deliberation->attendance.proxies =
        std::vector<Proxy>{Proxy::parse("M. Sébastien CHOCHOIS", "M. Ludovic PAJOT").value(),
                           Proxy::parse("M. Pierre GEORGET", "Mme Maryse DELASSUS").value()};
    expect_lossless(d);
    EXPECT_EQ(as_json(d).at(Ptr("/deliberation/attendance/proxies/1")),
              json::parse(R"({"giver": {"printed": "M. Pierre GEORGET"},
                             "holder": {"printed": "Mme Maryse DELASSUS"}})"));
}

TEST(JsonRoundTrip, FixtureFileIsTheCanonicalOutputOfTheApesDossier) {
    // tests/data/json/apes_2023.json is `subvention example apes-2023`: kept equal to the code.
    const std::string file =
        read_text(std::filesystem::path(SUBVENTION_TEST_DATA_DIR) / "json" / "apes_2023.json");
    EXPECT_EQ(file, io::to_json(examples::apes_2023()) + "\n");
    const auto loaded = io::load_dossier(std::filesystem::path(SUBVENTION_TEST_DATA_DIR) / "json" /
                                         "apes_2023.json");
    ASSERT_TRUE(loaded.ok()) << describe(loaded);
    EXPECT_TRUE(loaded.value() == examples::apes_2023());
}

TEST(JsonRoundTrip, NamesAreWhitespaceNormalisedAsTheModelDoes) {
    json j = as_json(examples::apes_2023());
    j[Ptr("/deliberation/secretary/printed")] = "  Mme   Marie-Line  PLOUVIEZ ";
    j[Ptr("/deliberation/attendance/entries/0/member/last_name")] = " LEROY ";
    const auto r = io::dossier_from_json(j.dump());
    ASSERT_TRUE(r.ok()) << describe(r);
    EXPECT_EQ(r.value().deliberation->secretary->printed(), "Mme Marie-Line PLOUVIEZ");
    EXPECT_EQ(r.value().deliberation->attendance.entries[0].member.last_name(), "LEROY");
}

// =============================================================================================
// Mapping conventions (binding: the checker's paths)
// =============================================================================================

TEST(JsonFormat, KeysAreTheMemberNamesInDeclarationOrder) {
    const json j = json::parse(io::to_json(examples::apes_2023()));
    std::vector<std::string> top;
    const auto ordered = nlohmann::ordered_json::parse(io::to_json(examples::apes_2023()));
    for (const auto& item : ordered.items())
        top.push_back(item.key());
    EXPECT_EQ(top, (std::vector<std::string>{
                       "deliberation", "rapport", "convention", "annexes", "open_data_publication",
                       "request_date", "beneficiary_exercise_end", "execution",
                       "beneficiary_resources", "beneficiary_other_public_subsidies",
                       "beneficiary_economic_activity", "notification_date"}));
    std::vector<std::string> period;
    for (const auto& item : ordered.at(Ptr("/convention/period/value")).items())
        period.push_back(item.key());
    EXPECT_EQ(period, (std::vector<std::string>{"start", "end", "end_inclusive"}));
    // Paths the compliance checker emits resolve in the JSON.
    for (const char* p :
         {"/convention/period/value/end", "/deliberation/tally", "/convention/bank_details/iban",
          "/convention/cross_references/3", "/deliberation/attendance/proxies",
          "/convention/grantor/authorisation/date",
          "/convention/obligations/final_report/deadlines/0", "/deliberation/imputations/0",
          "/rapport/collectivite/siret"})
        EXPECT_TRUE(j.contains(Ptr(p))) << p;
}

TEST(JsonFormat, StatedValuesCarryTheirSource) {
    const json j = as_json(examples::apes_2023());
    EXPECT_EQ(j.at(Ptr("/convention/period")), json::parse(R"({
        "value": {"start": "2023-01-01", "end": "2023-12-31", "end_inclusive": true},
        "source": {"document": "convention", "section": "article 3",
                   "text": "La convention s’applique du 01/01/2023 au 31/12/2023 inclus."}})"));
    EXPECT_EQ(j.at(Ptr("/convention/dossier_number")), json::parse(R"({
        "value": null, "source": {"document": "convention", "section": "en-tête",
                                  "text": "Dossier n°"}})"));
}

TEST(JsonFormat, AmountsAreIsoStringsNeverNumbers) {
    const json j = as_json(examples::apes_2023());
    EXPECT_EQ(j.at(Ptr("/deliberation/grants/0/amount/value")), "57000.00");
    EXPECT_EQ(j.at(Ptr("/rapport/budget/0/balance")), "152285.00");
    EXPECT_EQ(j.at(Ptr("/deliberation/imputations/0/available")), nullptr);
}

TEST(JsonFormat, DurationsAndVisaContentsAreTaggedObjects) {
    const json j = as_json(examples::apes_2023());
    EXPECT_EQ(j.at(Ptr("/convention/obligations/final_report/deadlines/0/rule")),
              json::parse(R"({"delay": {"kind": "months", "count": 6},
                             "from": "convention_end"})"));
    EXPECT_EQ(j.at(Ptr("/convention/clauses/13/delay")),
              json::parse(R"({"kind": "days", "count": 0})"));
    EXPECT_EQ(j.at(Ptr("/deliberation/visas/2/content")), json::parse(R"({
        "kind": "deliberation",
        "deliberation": {"body_name": "Conseil départemental", "body": "conseil_departemental",
                         "number": "2021-257", "date": "2021-07-01",
                         "title": "Délégation d’attributions à la Commission Permanente",
                         "delegation_of_powers": true}})"));
}

TEST(JsonFormat, PersonsAreTheirPrintedFields) {
    const json j = as_json(examples::apes_2023());
    EXPECT_EQ(j.at(Ptr("/deliberation/attendance/president")),
              json::parse(R"({"printed": "MONSIEUR JEAN-CLAUDE LEROY"})"));
    EXPECT_EQ(j.at(Ptr("/deliberation/interest_statements/0/member")),
              json::parse(R"({"printed": "Madame Sylvie MEYFROIDT"})"));
    const json& first = j.at(Ptr("/deliberation/attendance/entries/0"));
    EXPECT_EQ(first.at("member").size(), 4U);
    EXPECT_TRUE(first.at("member").at("civility") == "M." ||
                first.at("member").at("civility") == "Mme");
    EXPECT_EQ(first.at("member").at("group"), nullptr);
    EXPECT_EQ(j.at(Ptr("/deliberation/tally/value/pour")), 41);
}

// =============================================================================================
// Errors: every one names the JSON path and what was expected
// =============================================================================================

class JsonErrors : public ::testing::Test {
protected:
    json apes = as_json(examples::apes_2023());
};

TEST_F(JsonErrors, ImpossibleDateNamesItsPathAndTheMissingDay) {
    apes[Ptr("/convention/period/value/end")] = "2023-02-30";
    const Error e = error_of(apes);
    EXPECT_EQ(e.field, "/convention/period/value/end");
    EXPECT_EQ(e.value, "2023-02-30");
    EXPECT_EQ(e.kind, ErrorKind::range);
    EXPECT_EQ(e.message, "n'est pas une date valide : le 30 février 2023 n'existe pas (février "
                         "2023 compte 28 jours)");
}

TEST_F(JsonErrors, DossierWrittenBeforeTheExecutionKeyExistedStillLoads) {
    // Format 0.1 had no "execution": absent reads as null; any other missing key is an error.
    json old = apes;
    old.erase("execution");
    const auto r = io::dossier_from_json(old.dump());
    ASSERT_TRUE(r.ok()) << describe(r);
    EXPECT_FALSE(r.value().execution.has_value());
    EXPECT_TRUE(r.value() == examples::apes_2023());
    json no_annexes = apes;
    no_annexes.erase("annexes");
    EXPECT_EQ(error_of(no_annexes).field, "/annexes");
}

TEST_F(JsonErrors, PartyWithoutOtherIdentifiersKeyReadsAsEmpty) {
    // Files written before `other_identifiers` existed: absent reads as no other identifier.
    json old = apes;
    old[Ptr("/convention/grantor")].erase("other_identifiers");
    old[Ptr("/convention/beneficiary")].erase("other_identifiers");
    const auto r = io::dossier_from_json(old.dump());
    ASSERT_TRUE(r.ok()) << describe(r);
    EXPECT_TRUE(r.value().convention->grantor.other_identifiers.empty());
    EXPECT_TRUE(r.value().convention->beneficiary.other_identifiers.empty());
    EXPECT_TRUE(r.value() == examples::apes_2023());
    // Present, it is a list like any other: null is not an empty list.
    json null_list = apes;
    null_list[Ptr("/convention/beneficiary/other_identifiers")] = nullptr;
    EXPECT_EQ(error_of(null_list).field, "/convention/beneficiary/other_identifiers");
    // Only this list may be absent: a missing `identifier` is still an error.
    json no_identifier = apes;
    no_identifier[Ptr("/convention/beneficiary")].erase("identifier");
    EXPECT_EQ(error_of(no_identifier).field, "/convention/beneficiary/identifier");
}

TEST_F(JsonErrors, DossierWithoutTheOptionalDatesLoadsAndOneWithThemRoundTrips) {
    json old = apes;
    old.erase("request_date");
    old.erase("beneficiary_exercise_end");
    old.erase("notification_date");
    const auto r = io::dossier_from_json(old.dump());
    ASSERT_TRUE(r.ok()) << describe(r);
    EXPECT_FALSE(r.value().request_date.has_value());
    EXPECT_FALSE(r.value().beneficiary_exercise_end.has_value());
    EXPECT_FALSE(r.value().notification_date.has_value());

    Dossier d = examples::apes_2023();
    d.request_date = Stated<Date>{Date(2022, 11, 3), {DocumentKind::dossier, {}, {}}};
    d.beneficiary_exercise_end = Stated<Date>{Date(2024, 6, 30), {DocumentKind::dossier, {}, {}}};
    d.notification_date = Stated<Date>{Date(2023, 3, 27), {DocumentKind::dossier, {}, {}}};
    const auto back = io::dossier_from_json(io::to_json(d));
    ASSERT_TRUE(back.ok()) << describe(back);
    EXPECT_TRUE(back.value() == d);
}

TEST_F(JsonErrors, DossierWithoutTheBeneficiaryFactsLoadsAndOneWithThemRoundTrips) {
    json old = apes;
    old.erase("beneficiary_resources");
    old.erase("beneficiary_other_public_subsidies");
    old.erase("beneficiary_economic_activity");
    const auto r = io::dossier_from_json(old.dump());
    ASSERT_TRUE(r.ok()) << describe(r);
    EXPECT_FALSE(r.value().beneficiary_resources.has_value());
    EXPECT_FALSE(r.value().beneficiary_other_public_subsidies.has_value());
    // Not stated is not « no »: the reader keeps it unknown.
    EXPECT_FALSE(r.value().beneficiary_economic_activity.has_value());

    Dossier d = examples::apes_2023();
    d.beneficiary_resources = Stated<Euros>{Euros::from_cents(11'000'000), {}};
    d.beneficiary_other_public_subsidies = Stated<Euros>{Euros::from_cents(0), {}};
    d.beneficiary_economic_activity = false;
    const auto back = io::dossier_from_json(io::to_json(d));
    ASSERT_TRUE(back.ok()) << describe(back);
    EXPECT_TRUE(back.value() == d);
    json wrong = apes;
    wrong["beneficiary_economic_activity"] = "non";
    EXPECT_EQ(error_of(wrong).field, "/beneficiary_economic_activity");
}

TEST_F(JsonErrors, DateInAnotherFormatIsRejected) {
    for (const char* bad : {"20/03/2023", "2023-3-20", "20 mars 2023", "2023-03-20T00:00", ""}) {
        json j = apes;
        j[Ptr("/deliberation/meeting_date/value")] = bad;
        const Error e = error_of(j);
        EXPECT_EQ(e.field, "/deliberation/meeting_date/value") << bad;
        EXPECT_EQ(e.kind, ErrorKind::format) << bad;
        EXPECT_NE(e.message.find("AAAA-MM-JJ"), std::string::npos) << e.message;
    }
}

TEST_F(JsonErrors, WrongTypeSaysWhatWasExpectedAndWhatCame) {
    apes[Ptr("/deliberation/title")] = 42;
    Error e = error_of(apes);
    EXPECT_EQ(e.field, "/deliberation/title");
    EXPECT_EQ(e.kind, ErrorKind::format);
    EXPECT_EQ(e.value, "42");
    EXPECT_EQ(e.message, "type incorrect (attendu : une chaîne ; reçu : un entier)");

    apes = as_json(examples::apes_2023());
    apes[Ptr("/deliberation/meeting_place")] = true;
    e = error_of(apes);
    EXPECT_EQ(e.field, "/deliberation/meeting_place");
    EXPECT_EQ(e.message, "type incorrect (attendu : null ou une chaîne ; reçu : un booléen)");

    apes = as_json(examples::apes_2023());
    apes[Ptr("/deliberation/title")] = nullptr;
    e = error_of(apes);
    EXPECT_EQ(e.field, "/deliberation/title");
    EXPECT_EQ(e.message, "type incorrect (attendu : une chaîne ; reçu : null)");
}

TEST_F(JsonErrors, MissingKeyIsAnErrorNotADefault) {
    apes[Ptr("/convention")].erase("period");
    Error e = error_of(apes);
    EXPECT_EQ(e.field, "/convention/period");
    EXPECT_EQ(e.kind, ErrorKind::empty);
    EXPECT_NE(e.message.find("clé obligatoire absente"), std::string::npos);
    EXPECT_NE(e.message.find("s'écrit null"), std::string::npos);

    apes = as_json(examples::apes_2023());
    apes[Ptr("/deliberation/tally/value")].erase("pour");
    e = error_of(apes);
    EXPECT_EQ(e.field, "/deliberation/tally/value/pour");
    EXPECT_EQ(e.message, "clé obligatoire absente (attendu : un entier de 0 à 2147483647)");
}

TEST_F(JsonErrors, UnknownKeyIsAnErrorListingTheAllowedKeys) {
    apes[Ptr("/convention/period/value/fin")] = "2023-12-31";
    const Error e = error_of(apes);
    EXPECT_EQ(e.field, "/convention/period/value/fin");
    EXPECT_EQ(e.kind, ErrorKind::component);
    EXPECT_EQ(e.message, "clé inconnue « fin » ; clés permises ici : start, end, end_inclusive");

    json top = apes;
    top["version"] = 1;
    EXPECT_EQ(error_of(top).field, "/version");
    json odd = as_json(examples::apes_2023());
    odd[Ptr("/annexes")] = json::array();
    odd["a/b~c"] = 1; // JSON Pointer escaping (RFC 6901)
    EXPECT_EQ(error_of(odd).field, "/a~1b~0c");
}

TEST_F(JsonErrors, DuplicatedKeyIsRefused) {
    const Error e = error_of_text(R"({"deliberation": null, "rapport": null, "convention": null,
        "annexes": [], "annexes": ["RIB"], "open_data_publication": null})");
    EXPECT_EQ(e.field, "/annexes");
    EXPECT_EQ(e.kind, ErrorKind::format);
    EXPECT_NE(e.message.find("clé en double"), std::string::npos);
}

TEST_F(JsonErrors, UnknownEnumerationValueListsTheAllowedOnes) {
    apes[Ptr("/convention/status")] = "signed";
    Error e = error_of(apes);
    EXPECT_EQ(e.field, "/convention/status");
    EXPECT_EQ(e.value, "signed");
    EXPECT_EQ(e.kind, ErrorKind::component);
    EXPECT_EQ(e.message, "valeur inconnue ; valeurs permises : draft, executed");

    apes = as_json(examples::apes_2023());
    apes[Ptr("/deliberation/attendance/entries/0/member/civility")] = "Monsieur";
    e = error_of(apes);
    EXPECT_EQ(e.field, "/deliberation/attendance/entries/0/member/civility");
    EXPECT_EQ(e.message, "valeur inconnue ; valeurs permises : M., Mme");
}

TEST_F(JsonErrors, MalformedJsonGivesLineAndColumn) {
    const Error e = error_of_text("{\n  \"annexes\": [\n    \"RIB\",\n  ]\n}");
    EXPECT_EQ(e.kind, ErrorKind::format);
    EXPECT_EQ(e.field, "/annexes/1");
    EXPECT_EQ(e.message.rfind("JSON mal formé à la ligne 4, colonne 3 : ", 0), 0U) << e.message;
    EXPECT_EQ(error_of_text("").kind, ErrorKind::empty);
    EXPECT_EQ(error_of_text(" \n ").kind, ErrorKind::empty);
    EXPECT_EQ(error_of_text("{} {}").kind, ErrorKind::format);
    EXPECT_EQ(error_of_text("{\"annexes\": \"\xC3\"}").kind, ErrorKind::format); // bad UTF-8
}

TEST_F(JsonErrors, RootMustBeAnObject) {
    const Error e = error_of_text("[]");
    EXPECT_EQ(e.field, "");
    EXPECT_EQ(e.message, "type incorrect (attendu : un objet ; reçu : une liste)");
}

TEST_F(JsonErrors, AmountsMustBeCanonicalIsoStrings) {
    const std::string p = "/deliberation/grants/0/amount/value";
    for (const json& bad : {json(57000), json(57000.0), json("57 000,00"), json("57000"),
                            json("57000.0"), json("057000.00"), json("+57000.00"),
                            json("57000.00 €"), json("-0.00"), json(".50"), json("1e3")}) {
        json j = apes;
        j[Ptr(p)] = bad;
        const Error e = error_of(j);
        EXPECT_EQ(e.field, p) << bad.dump();
        EXPECT_EQ(e.kind, ErrorKind::format) << bad.dump();
    }
    apes[Ptr(p)] = "92233720368547758.08";
    const Error e = error_of(apes);
    EXPECT_EQ(e.kind, ErrorKind::overflow);
    EXPECT_EQ(e.field, p);
}

TEST_F(JsonErrors, DeliberationNumberIsKeptAsPrintedWithoutItsPrefix) {
    // A local numbering and leading zeros are kept as printed, and written back the same.
    for (const std::string number : {"DCP-2024-0415", "2023-0122", "DE/2016/191"}) {
        json j = apes;
        j[Ptr("/deliberation/number/value")] = number;
        const auto d = io::dossier_from_json(j.dump());
        ASSERT_TRUE(d.ok()) << number;
        EXPECT_EQ(json::parse(io::to_json(*d))[Ptr("/deliberation/number/value")], number);
    }
    apes[Ptr("/deliberation/number/value")] = "N\u00B0 2023-122";
    Error e = error_of(apes);
    EXPECT_EQ(e.field, "/deliberation/number/value");
    EXPECT_EQ(e.message, "forme attendue : « 2023-122 » (le numéro tel qu'imprimé, sans « N° » "
                         "ni espaces autour)");
    apes[Ptr("/deliberation/number/value")] = "1800-1";
    e = error_of(apes);
    EXPECT_EQ(e.kind, ErrorKind::range);
}

TEST_F(JsonErrors, IntegersOutsideTheirTypeAreRangeErrors) {
    json j = apes;
    j[Ptr("/convention/page_count/value")] = 4294967296LL;
    Error e = error_of(j);
    EXPECT_EQ(e.field, "/convention/page_count/value");
    EXPECT_EQ(e.kind, ErrorKind::range);
    EXPECT_EQ(e.message, "entier hors limites : de 0 à 4294967295 attendu");

    j = apes;
    j[Ptr("/deliberation/tally/value/contre")] = -1;
    e = error_of(j);
    EXPECT_EQ(e.field, "/deliberation/tally/value/contre");
    EXPECT_EQ(e.kind, ErrorKind::range);

    j = apes;
    j[Ptr("/convention/articles/0/number")] = 1.5;
    e = error_of(j);
    EXPECT_EQ(e.kind, ErrorKind::format);
    EXPECT_EQ(
        e.message,
        "type incorrect (attendu : un entier de 0 à 4294967295 ; reçu : un nombre à virgule)");

    j = apes;
    j[Ptr("/deliberation/grants/0/year")] = 2147483648LL;
    EXPECT_EQ(error_of(j).kind, ErrorKind::range);
}

TEST_F(JsonErrors, NamesThatTheModelRefusesNameTheirField) {
    json j = apes;
    j[Ptr("/deliberation/secretary/printed")] = "Mme";
    Error e = error_of(j);
    EXPECT_EQ(e.field, "/deliberation/secretary/printed");
    EXPECT_EQ(e.kind, ErrorKind::component);

    j = apes;
    j[Ptr("/deliberation/attendance/entries/3/member/first_name")] = "123";
    e = error_of(j);
    EXPECT_EQ(e.field, "/deliberation/attendance/entries/3/member/first_name");
    EXPECT_EQ(e.value, "123");

    j = apes;
    j[Ptr("/deliberation/attendance/entries/3/member/last_name")] = " ";
    EXPECT_EQ(error_of(j).field, "/deliberation/attendance/entries/3/member/last_name");

    j = apes;
    j[Ptr("/deliberation/secretary/key")] = "MARIE-LINE PLOUVIEZ";
    EXPECT_EQ(error_of(j).field, "/deliberation/secretary/key");
}

TEST_F(JsonErrors, VisaContentAndDurationTagsAreChecked) {
    json j = apes;
    j[Ptr("/deliberation/visas/0/content/kind")] = "loi";
    Error e = error_of(j);
    EXPECT_EQ(e.field, "/deliberation/visas/0/content/kind");
    EXPECT_EQ(e.kind, ErrorKind::component);

    j = apes;
    j[Ptr("/deliberation/visas/0/content/kind")] = "legal_text"; // body still under "code"
    e = error_of(j);
    EXPECT_EQ(e.field, "/deliberation/visas/0/content/code");
    EXPECT_EQ(e.message, "clé inconnue « code » ; clés permises ici : kind, legal_text");

    j = apes;
    j[Ptr("/convention/clauses/12/delay/kind")] = "weeks";
    e = error_of(j);
    EXPECT_EQ(e.field, "/convention/clauses/12/delay/kind");
    EXPECT_EQ(e.message, "unité de durée inconnue ; valeurs permises : days, months, years");
}

TEST_F(JsonErrors, DeepNestingIsRefusedAtSixtyFourLevelsNotACrash) {
    // Refused while reading, before the tree grows: 10 MB of « [ » once took 1.3 GB and gave a
    // 30 MB error path.
    const std::string deep_open(200'000, '[');
    Error e = error_of_text(deep_open);
    EXPECT_EQ(e.kind, ErrorKind::range);
    EXPECT_NE(e.message.find("imbrication de plus de 64 niveaux"), std::string::npos) << e.message;
    std::string path;
    for (int i = 0; i < 64; ++i)
        path += "/0";
    EXPECT_EQ(e.field, path);
    const std::string deep = deep_open + std::string(200'000, ']');
    EXPECT_EQ(error_of_text(deep).field, path);
    std::string nested = R"({"deliberation": null, "rapport": null, "convention": null,
                             "annexes": )" +
                         deep + R"(, "open_data_publication": null})";
    e = error_of_text(nested);
    EXPECT_EQ(e.kind, ErrorKind::range);
    EXPECT_EQ(e.field.substr(0, 10), "/annexes/0");
    EXPECT_EQ(e.field.size(), std::string("/annexes").size() + 2 * 63);
    // Sixty-four levels are still read (a dossier has about ten).
    EXPECT_NE(error_of_text(std::string(64, '[') + std::string(64, ']')).kind,
              ErrorKind::range); // refused as « not a dossier », not for its depth
}

TEST(JsonWriter, InvalidUtf8IsMisuseNamingThePath) {
    Dossier d = examples::apes_2023();
    d.convention->beneficiary.name = "APES \xFF";
    try {
        (void)io::to_json(d);
        FAIL() << "no exception";
    } catch (const std::invalid_argument& e) {
        EXPECT_NE(std::string(e.what()).find("/convention/beneficiary/name"), std::string::npos)
            << e.what();
    }
}

TEST(JsonFile, LoadDossierReportsAMissingFileByItsPath) {
    const auto r = io::load_dossier("/nonexistent/dossier.json");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().field, "/nonexistent/dossier.json");
    EXPECT_EQ(r.error().kind, ErrorKind::empty);
    const auto dir = io::load_dossier(SUBVENTION_TEST_DATA_DIR);
    ASSERT_FALSE(dir.ok());
    EXPECT_EQ(dir.error().kind, ErrorKind::empty);
}

// =============================================================================================
// The JSON Schema (schema/dossier.schema.json) and the loader agree
// =============================================================================================

class SchemaAgreement : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        schema_json = new json(json::parse(
            read_text(std::filesystem::path(SUBVENTION_SCHEMA_DIR) / "dossier.schema.json")));
        schema = new valijson::Schema();
        valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
        valijson::adapters::NlohmannJsonAdapter adapter(*schema_json);
        parser.populateSchema(adapter, *schema);
    }
    static void TearDownTestSuite() {
        delete schema;
        delete schema_json;
    }

    /// Empty when `doc` is valid; else the validator's first errors.
    static std::string schema_errors(const json& doc) {
        valijson::Validator validator;
        valijson::ValidationResults results;
        valijson::adapters::NlohmannJsonAdapter adapter(doc);
        if (validator.validate(*schema, adapter, &results))
            return {};
        std::string out;
        valijson::ValidationResults::Error error;
        for (int i = 0; i < 3 && results.popError(error); ++i) {
            for (const auto& c : error.context)
                out += c;
            out += " : " + error.description + "\n";
        }
        return out.empty() ? "invalid" : out;
    }

    static json* schema_json;
    static valijson::Schema* schema;
};
json* SchemaAgreement::schema_json = nullptr;
valijson::Schema* SchemaAgreement::schema = nullptr;

TEST_F(SchemaAgreement, CanonicalDossiersAreValid) {
    EXPECT_EQ(schema_errors(as_json(examples::apes_2023())), "");
    EXPECT_EQ(schema_errors(as_json(subvention::testing::clean_dossier())), "");
    EXPECT_EQ(schema_errors(as_json(full_dossier())), "");
    EXPECT_EQ(schema_errors(as_json(Dossier{})), "");
    EXPECT_EQ(schema_errors(as_json(Dossier{Deliberation{}, Rapport{}, Convention{}, {}, {}})), "");
    EXPECT_EQ(schema_errors(json::parse(read_text(std::filesystem::path(SUBVENTION_TEST_DATA_DIR) /
                                                  "json" / "apes_2023.json"))),
              "");
}

TEST_F(SchemaAgreement, InvalidDocumentsAreRejectedByBothAtThePath) {
    struct Case {
        std::string pointer; // where the loader must point
        json value;          // replaces the value there (or is added, for an unknown key)
    };
    const std::vector<Case> cases{
        {"/convention/foo", "x"},                       // unknown key
        {"/convention/status", "signed"},               // unknown enumeration value
        {"/deliberation/grants/0/amount/value", 57000}, // amount as a number
        {"/deliberation/grants/0/amount/value", "57 000,00"},
        {"/deliberation/meeting_date/value", "20/03/2023"}, // not ISO
        {"/deliberation/number/value", "(2023-122)"},       // not a number as printed
        {"/deliberation/title", nullptr},                   // null where not nullable
        {"/deliberation/tally/value/pour", -1},             // negative count
        {"/deliberation/visas/0/content/kind", "loi"},      // unknown visa kind
        {"/convention/clauses/12/delay/kind", "weeks"},     // unknown duration unit
        {"/deliberation/secretary/key", "X"},               // PersonName is {"printed"} only
        {"/convention/page_count/value", 4294967296LL},     // beyond uint32
        {"/convention/period/value/end_inclusive", "yes"},
        {"/annexes/0", 3},
    };
    for (const auto& c : cases) {
        json j = as_json(examples::apes_2023());
        j[Ptr(c.pointer)] = c.value;
        SCOPED_TRACE(c.pointer + " = " + c.value.dump());
        EXPECT_NE(schema_errors(j), "");
        EXPECT_EQ(error_of(j).field, c.pointer);
    }
    // A missing key.
    json j = as_json(examples::apes_2023());
    j[Ptr("/deliberation")].erase("meeting_place");
    EXPECT_NE(schema_errors(j), "");
    EXPECT_EQ(error_of(j).field, "/deliberation/meeting_place");
}

TEST_F(SchemaAgreement, PartyWithoutOtherIdentifiersIsValidForBoth) {
    json j = as_json(full_dossier());
    j[Ptr("/convention/beneficiary")].erase("other_identifiers");
    EXPECT_EQ(schema_errors(j), "");
    EXPECT_TRUE(io::dossier_from_json(j.dump()).ok());
    j[Ptr("/convention/grantor/other_identifiers")] = json::array({"W595012345"});
    EXPECT_NE(schema_errors(j), "");
    EXPECT_EQ(error_of(j).field, "/convention/grantor/other_identifiers/0");
}

TEST_F(SchemaAgreement, LoaderChecksWhatTheSchemaCannot) {
    // A schema pattern cannot know February has no 30th: the loader does.
    json j = as_json(examples::apes_2023());
    j[Ptr("/convention/period/value/end")] = "2023-02-30";
    EXPECT_EQ(schema_errors(j), "");
    EXPECT_EQ(error_of(j).field, "/convention/period/value/end");
}

/// Resolves `$ref`s and picks the branch of `anyOf` (null or not) or `oneOf` (visa kind).
const json& resolve(const json& root, const json* node, const json& value,
                    std::set<std::string>& visited) {
    for (;;) {
        if (node->contains("$ref")) {
            const std::string name = node->at("$ref").get<std::string>().substr(14);
            visited.insert(name);
            node = &root.at("definitions").at(name);
        } else if (node->contains("anyOf")) {
            const json* pick = nullptr;
            for (const auto& b : node->at("anyOf")) // the first branch that fits
                if (pick == nullptr && (b.value("type", "") == "null") == value.is_null())
                    pick = &b;
            if (pick == nullptr)
                throw std::runtime_error("no anyOf branch");
            node = pick;
        } else if (node->contains("oneOf")) {
            const json* pick = nullptr;
            for (const auto& b : node->at("oneOf"))
                if (b.at("properties").at("kind").at("const") == value.at("kind"))
                    pick = &b;
            if (pick == nullptr)
                throw std::runtime_error("no oneOf branch");
            node = pick;
        } else {
            return *node;
        }
    }
}

void walk(const json& root, const json& node, const json& value, const std::string& path,
          std::set<std::string>& visited, std::vector<std::string>& problems) {
    const json& s = resolve(root, &node, value, visited);
    if (value.is_object()) {
        if (!s.contains("properties")) {
            problems.push_back(path + " : objet sans propriétés dans le schéma");
            return;
        }
        std::set<std::string> keys;
        std::set<std::string> props;
        std::set<std::string> required;
        for (const auto& item : value.items())
            keys.insert(item.key());
        for (const auto& item : s.at("properties").items())
            props.insert(item.key());
        for (const auto& r : s.at("required"))
            required.insert(r.get<std::string>());
        std::set<std::string> omitted; // properties not written because at their default
        std::set_difference(props.begin(), props.end(), keys.begin(), keys.end(),
                            std::inserter(omitted, omitted.end()));
        for (const char* key :
             {"origin", "counts", "share", "members_in_office", "other_identifiers"})
            omitted.erase(key);
        if (!std::includes(props.begin(), props.end(), keys.begin(), keys.end()) ||
            !omitted.empty())
            problems.push_back(path + " : les clés écrites et les propriétés du schéma diffèrent");
        // Every property is required, except keys added after version 0.1 of the format,
        // which the reader takes as null when absent (dossiers written by 0.1 stay readable).
        std::set<std::string> must_be_required = props;
        if (path.empty()) {
            must_be_required.erase("execution");
            must_be_required.erase("request_date");
            must_be_required.erase("beneficiary_exercise_end");
            must_be_required.erase("beneficiary_resources");
            must_be_required.erase("beneficiary_other_public_subsidies");
            must_be_required.erase("beneficiary_economic_activity");
            must_be_required.erase("notification_date");
        }
        if (path.rfind("/convention/clauses/", 0) == 0)
            must_be_required.erase("kept_amount");
        // Keys written only when not at their default (facts entered as data) are optional.
        for (const char* key :
             {"origin", "counts", "share", "members_in_office", "other_identifiers"})
            must_be_required.erase(key);
        // A stated fact may come without its source (a fact entered as data).
        if (props == std::set<std::string>{"value", "source"})
            must_be_required.erase("source");
        // A payment given as a share may leave its amount to be derived.
        if (path.rfind("/convention/payment_schedule/payments/", 0) == 0)
            must_be_required.erase("amount");
        if (required != must_be_required)
            problems.push_back(path + " : toutes les propriétés doivent être requises");
        if (s.value("additionalProperties", true) != false)
            problems.push_back(path + " : additionalProperties doit valoir false");
        for (const auto& item : value.items())
            if (props.count(item.key()) != 0)
                walk(root, s.at("properties").at(item.key()), item.value(), path + "/" + item.key(),
                     visited, problems);
    } else if (value.is_array()) {
        for (std::size_t i = 0; i < value.size(); ++i)
            walk(root, s.at("items"), value[i], path + "/" + std::to_string(i), visited, problems);
    }
}

TEST_F(SchemaAgreement, SchemaPropertiesAreExactlyTheKeysTheWriterEmits) {
    std::set<std::string> visited;
    std::vector<std::string> problems;
    walk(*schema_json, *schema_json, as_json(full_dossier()), "", visited, problems);
    for (const auto& p : problems)
        ADD_FAILURE() << p;
    // The full dossier reaches every definition: none is stale.
    for (const auto& item : schema_json->at("definitions").items())
        EXPECT_EQ(visited.count(item.key()), 1U) << "definition never used: " << item.key();
}

template <class E>
void expect_enum(const json& schema, const std::string& definition) {
    std::vector<std::string> listed;
    for (const auto& v : schema.at("definitions").at(definition).at("enum"))
        listed.push_back(v.get<std::string>());
    EXPECT_EQ(listed, names_of<E>()) << definition;
}

TEST_F(SchemaAgreement, EnumerationsListExactlyTheLibraryNames) {
    const json& s = *schema_json;
    expect_enum<DocumentKind>(s, "DocumentKind");
    expect_enum<IdentifierLabel>(s, "IdentifierLabel");
    expect_enum<LegalForm>(s, "LegalForm");
    expect_enum<LegalTextKind>(s, "LegalTextKind");
    expect_enum<Opinion>(s, "Opinion");
    expect_enum<Body>(s, "Body");
    expect_enum<AttendanceStatus>(s, "AttendanceStatus");
    expect_enum<DeliberativeVoice>(s, "DeliberativeVoice");
    expect_enum<VoteMode>(s, "VoteMode");
    expect_enum<VoteChoice>(s, "VoteChoice");
    expect_enum<StatedOutcome>(s, "StatedOutcome");
    expect_enum<Civility>(s, "Civility");
    expect_enum<AppropriationKind>(s, "AppropriationKind");
    expect_enum<DocumentStatus>(s, "DocumentStatus");
    expect_enum<ConventionSubject>(s, "ConventionSubject");
    expect_enum<TacitRenewal>(s, "TacitRenewal");
    expect_enum<Frequency>(s, "Frequency");
    expect_enum<ClauseKind>(s, "ClauseKind");
    expect_enum<PaymentTrigger>(s, "PaymentTrigger");
    expect_enum<PaymentKind>(s, "PaymentKind");
    expect_enum<StartEvent>(s, "StartEvent");
    // The visa branches are tagged with the VisaKind names, in variant order.
    std::vector<std::string> tags;
    for (const auto& b : s.at("definitions").at("VisaContent").at("oneOf"))
        tags.push_back(b.at("properties").at("kind").at("const").get<std::string>());
    EXPECT_EQ(tags, names_of<VisaKind>());
}

} // namespace

} // namespace test_io_json_test
