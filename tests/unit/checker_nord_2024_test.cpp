// SPDX-License-Identifier: Apache-2.0
// The Nord example (examples/nord_2024.hpp), a correct grant built from structured data: the
// checker finds no error and no warning in it, draft or signed; the infos it gives are listed.
#include <algorithm>
#include <functional>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

#include <subvention/compliance/checker.hpp>
#include <subvention/convention.hpp>
#include <subvention/examples/nord_2024.hpp>
#include <subvention/identifiers.hpp>

namespace test_checker_nord_2024_test {
namespace {

namespace sv = subvention;
namespace cp = subvention::compliance;

using Found = std::vector<std::pair<std::string, cp::Severity>>;

Found found(const cp::Report& r) {
    Found out;
    for (const auto& d : r.diagnostics)
        out.emplace_back(d.rule, d.severity);
    return out;
}

/// The dossier once the convention is signed, on 24 June 2024.
sv::Dossier signed_nord() {
    sv::Dossier d = sv::examples::nord_2024();
    d.convention->status = sv::DocumentStatus::executed;
    d.convention->signature.date.value = sv::Date(2024, 6, 24);
    return d;
}

/// The check of `d` at `stage`, every rule included.
cp::Report check_at(const sv::Dossier& d, cp::Stage stage) {
    cp::CheckOptions o;
    o.stage = stage;
    return cp::check(d, o);
}

TEST(NordDossier, BuildsTheDocumentsTheReviewDescribes) {
    const sv::Dossier d = sv::examples::nord_2024();
    ASSERT_TRUE(d.deliberation && d.convention);
    EXPECT_FALSE(d.rapport);
    EXPECT_EQ(d.deliberation->attendance.entries.size(), 42u); // 40 present, 2 excused
    ASSERT_TRUE(d.deliberation->attendance.proxies);
    EXPECT_EQ(d.deliberation->attendance.proxies->size(), 2u);
    EXPECT_EQ(d.deliberation->attendance.interested.size(), 1u);
    EXPECT_EQ(d.deliberation->imputations.at(0).imputation, "6574/9332");
    EXPECT_EQ(sv::analyse_vote(*d.deliberation).max_possible_votes.count(), 41);
    // « SIRET 778 899 013 00016, RNA W595012345 »: both identifiers, the RNA besides the SIRET.
    const auto* rna = sv::find_identifier(d.convention->beneficiary, sv::IdentifierLabel::rna);
    ASSERT_NE(rna, nullptr);
    EXPECT_EQ(rna->value, "W595012345");
    EXPECT_TRUE(sv::Rna::parse(rna->value).ok());
    EXPECT_EQ(sv::identifiers(d.convention->beneficiary).size(), 2u);
    EXPECT_EQ(sv::examples::nord_2024(), d) << "building is deterministic";
}

TEST(NordDossier, DraftGivesNoErrorNorWarningOnlyTheBlankSignatureDateAndTheOpenDataReminder) {
    const cp::Report r = check_at(sv::examples::nord_2024(), cp::Stage::draft);
    EXPECT_EQ(r.summary.error, 0u);
    EXPECT_EQ(r.summary.warning, 0u);
    // Correct reminders: publication in open data within three months of the signature; the
    // draft's signature date left blank.
    EXPECT_EQ(found(r), (Found{{"PUBLICATION-OPEN-DATA", cp::Severity::info},
                               {"CONV-INCOMPLETE", cp::Severity::info}}));
    for (const auto& d : r.diagnostics) {
        if (d.rule == "CONV-INCOMPLETE") {
            EXPECT_EQ(d.location.path, "/convention/signature/date");
        }
    }
}

TEST(NordDossier, SignedGivesNoErrorNorWarningOnlyThePublicationDeadline) {
    const cp::Report r = check_at(signed_nord(), cp::Stage::signed_);
    EXPECT_EQ(r.summary.error, 0u);
    EXPECT_EQ(r.summary.warning, 0u);
    EXPECT_EQ(found(r), (Found{{"PUBLICATION-OPEN-DATA", cp::Severity::info}}));
    EXPECT_NE(r.diagnostics.at(0).message_fr.find("24 septembre 2024"), std::string::npos)
        << r.diagnostics.at(0).message_fr;
}

// Defects injected one at a time into the correct dossier, each with the rule that must find
// it and the severity its legal effect gives it, the draft checked. Infos where the act stays
// lawful: a tally one vote over without effect on a 41–0 outcome is a warning (CE 2011
// Danthony); the parties may choose another tribunal administratif (CONV-JURISDICTION); the CER
// belongs to the request (CONV-CER); a mislabelled SIRET is a clerical error (ID-LABEL).
struct Mutation {
    const char* defect;
    std::function<void(sv::Dossier&)> apply;
    const char* rule;
    cp::Severity severity;
};

sv::Deliberation& delib(sv::Dossier& d) {
    return *d.deliberation;
}
sv::Convention& conv(sv::Dossier& d) {
    return *d.convention;
}

const std::vector<Mutation>& mutations() {
    using S = cp::Severity;
    static const std::vector<Mutation> table{
        {"tally of 42 votes for 41 possible",
         [](sv::Dossier& d) {
             delib(d).tally.value =
                 sv::parse_vote_tally("Pour : 42 voix\nContre : 0 voix\nAbstention : 0 voix")
                     .value();
         },
         "VOTE-TALLY-EXCEEDS", S::warning},
        {"the interested member holds a proxy",
         [](sv::Dossier& d) {
             (*delib(d).attendance.proxies)[0].holder =
                 sv::PersonName::parse("Mme Claire LECLERCQ").value();
         },
         "VOTE-PROXY-INTERESTED", S::warning},
        {"proxies not recorded", [](sv::Dossier& d) { delib(d).attendance.proxies.reset(); },
         "VOTE-TALLY-EXCEEDS", S::warning},
        {"outcome stated « rejeté »",
         [](sv::Dossier& d) {
             delib(d).outcome.value = sv::parse_stated_outcome("(Rejeté)").value();
         },
         "VOTE-OUTCOME", S::error},
        {"balance of 13 000 €",
         [](sv::Dossier& d) {
             conv(d).payment_schedule.payments[1].amount.value = sv::Euros::from_euros(13'000);
         },
         "PAYMENT-EXCEEDS", S::error},
        {"ceiling of 31 000 €",
         [](sv::Dossier& d) { conv(d).actions[0].amount->value = sv::Euros::from_euros(31'000); },
         "AMOUNT-MISMATCH", S::error},
        {"imputation 6568/9332 (participation account)",
         [](sv::Dossier& d) { delib(d).imputations[0].imputation = "6568/9332"; },
         "BUDG-IMPUTATION", S::info},
        {"imputation without function 6574/933",
         [](sv::Dossier& d) { delib(d).imputations[0].imputation = "6574/933"; }, "BUDG-IMPUTATION",
         S::warning},
        {"final report due 1 July 2025",
         [](sv::Dossier& d) {
             conv(d).obligations.final_report->deadlines[0].date = sv::Date(2025, 7, 1);
         },
         "CONV-REPORT-DEADLINE", S::error},
        {"period to 31 December 2025",
         [](sv::Dossier& d) { conv(d).period->value.end = sv::Date(2025, 12, 31); }, "CONV-PERIOD",
         S::warning},
        {"Tribunal administratif d'Amiens",
         [](sv::Dossier& d) {
             for (auto& c : conv(d).clauses)
                 if (c.kind == sv::ClauseKind::jurisdiction)
                     c.named = "Tribunal administratif d'Amiens";
         },
         "CONV-JURISDICTION", S::info},
        {"no CER clause",
         [](sv::Dossier& d) {
             std::erase_if(conv(d).clauses, [](const sv::Clause& c) {
                 return c.kind == sv::ClauseKind::contrat_engagement_republicain;
             });
         },
         "CONV-CER", S::info},
        {"no delegation-of-powers visa", [](sv::Dossier& d) { delib(d).visas.pop_back(); },
         "CP-DELEGATION-VISA", S::warning},
        {"tacit renewal",
         [](sv::Dossier& d) { conv(d).tacit_renewal.value = sv::TacitRenewal::allowed; },
         "CONV-TACIT-RENEWAL", S::warning},
        {"SIRET with a wrong check digit",
         [](sv::Dossier& d) { conv(d).beneficiary.identifier->value = "778 899 013 00017"; },
         "ID-CHECKSUM", S::error},
        {"RNA number one digit short",
         [](sv::Dossier& d) { conv(d).beneficiary.other_identifiers.at(0).value = "W59501234"; },
         "ID-CHECKSUM", S::error},
        {"IBAN with a wrong check digit",
         [](sv::Dossier& d) {
             conv(d).bank_details->iban.value = "FR76 3000 6000 0112 3456 7890 188";
         },
         "ID-CHECKSUM", S::error},
        {"SIRET labelled SIREN",
         [](sv::Dossier& d) { conv(d).beneficiary.identifier->label = sv::IdentifierLabel::siren; },
         "ID-LABEL", S::info},
        {"authorisation dated 11 June",
         [](sv::Dossier& d) { conv(d).grantor.authorisation->date = sv::Date(2024, 6, 11); },
         "CONV-AUTHORISATION", S::error},
        {"interest statement excluding neither debate nor vote",
         [](sv::Dossier& d) {
             delib(d).interest_statements[0].no_debate = false;
             delib(d).interest_statements[0].no_vote = false;
         },
         "COI-ILLEGALITY", S::error},
        {"interest statement excluding the vote only",
         [](sv::Dossier& d) { delib(d).interest_statements[0].no_debate = false; },
         "COI-ILLEGALITY", S::warning},
        {"interest statement removed", [](sv::Dossier& d) { delib(d).interest_statements.clear(); },
         "COI-INTERESTED-LIST", S::warning},
        {"interested member missing from the attendance's list",
         [](sv::Dossier& d) { delib(d).attendance.interested.clear(); }, "COI-INTERESTED-LIST",
         S::warning},
        {"« US Roubaix » in the convention",
         [](sv::Dossier& d) { conv(d).beneficiary.name = "US Roubaix"; }, "PARTY-NAME-MISMATCH",
         S::warning},
        {"another association in the convention",
         [](sv::Dossier& d) { conv(d).beneficiary.name = "Racing Club de Roubaix"; },
         "PARTY-NAME-MISMATCH", S::error},
    };
    return table;
}

std::string listing(const cp::Report& r) {
    std::ostringstream out;
    for (const auto& d : r.diagnostics)
        out << "\n  " << cp::to_string(d.severity) << ' ' << d.rule;
    return out.str();
}

TEST(NordDossier, EveryInjectedDefectIsFoundByItsRuleWithItsSeverity) {
    ASSERT_EQ(mutations().size(), 25u);
    std::size_t caught = 0;
    for (const auto& m : mutations()) {
        sv::Dossier d = sv::examples::nord_2024();
        m.apply(d);
        const cp::Report r = check_at(d, cp::Stage::draft);
        const bool found_it =
            std::any_of(r.diagnostics.begin(), r.diagnostics.end(), [&](const cp::Diagnostic& x) {
                return x.rule == m.rule && x.severity == m.severity;
            });
        caught += found_it ? 1 : 0;
        EXPECT_TRUE(found_it) << m.defect << ": expected " << m.rule << " ("
                              << cp::to_string(m.severity) << "), got:" << listing(r);
    }
    EXPECT_EQ(caught, mutations().size());
}

// The département's own numbering is kept as printed and its year read: nothing to report, and
// a declared numbering is checked.
TEST(NordDossier, LocalNumberingDcp20240415IsReadAndCheckedAgainstItsDeclaredFormat) {
    for (const auto stage : {cp::Stage::draft, cp::Stage::signed_}) {
        cp::CheckOptions o;
        o.stage = stage;
        o.rules = {"DELIB-NUMBER"};
        const sv::Dossier d = stage == cp::Stage::draft ? sv::examples::nord_2024() : signed_nord();
        EXPECT_TRUE(cp::check(d, o).diagnostics.empty());
        o.deliberation_number_format =
            sv::DeliberationNumberFormat::parse("DCP-{année}-{numéro:4}").value();
        EXPECT_TRUE(cp::check(d, o).diagnostics.empty());
        o.deliberation_number_format =
            sv::DeliberationNumberFormat::parse("{année}-{numéro}").value();
        EXPECT_EQ(found(cp::check(d, o)), (Found{{"DELIB-NUMBER", cp::Severity::warning}}));
    }
}

} // namespace
} // namespace test_checker_nord_2024_test
