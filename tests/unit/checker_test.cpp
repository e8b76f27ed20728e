// SPDX-License-Identifier: Apache-2.0
// The compliance checker as a whole: the catalogue (stable IDs, legal bases), determinism,
// options (rule subset, stage, as-of date, territory), and the canonical APES 2023 result: no
// error (the tally's excess has no effect on the outcome: a warning), and the listed warnings
// and infos.
#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include <subvention/compliance/checker.hpp>
#include <subvention/compliance/report_deadlines.hpp>
#include <subvention/examples/apes_2023.hpp>

#include "support/clean_dossier.hpp"

// Each suite in its own namespace: the suites of a group are compiled together (unity build).
namespace test_checker_test {

namespace sv = subvention;
namespace cp = subvention::compliance;

namespace {

std::vector<std::string> ids_with(const cp::Report& r, cp::Severity s) {
    std::vector<std::string> out;
    for (const auto& d : r.diagnostics)
        if (d.severity == s)
            out.push_back(d.rule);
    return out;
}

bool contains(const std::vector<std::string>& v, const std::string& id) {
    return std::find(v.begin(), v.end(), id) != v.end();
}

const cp::Diagnostic* first(const cp::Report& r, const std::string& id) {
    for (const auto& d : r.diagnostics)
        if (d.rule == id)
            return &d;
    return nullptr;
}

} // namespace

TEST(Catalogue, HoldsEveryRuleOnceWithALegalBasis) {
    const std::vector<std::string> required{"VOTE-QUORUM",
                                            "VOTE-TALLY-EXCEEDS",
                                            "VOTE-TALLY-SHORT",
                                            "VOTE-OUTCOME",
                                            "VOTE-PROXY-LIMIT",
                                            "VOTE-PROXY-INTERESTED",
                                            "ATTENDANCE-DUPLICATE",
                                            "CP-DELEGATION-VISA",
                                            "DELIB-NUMBER",
                                            "DELIB-DATES-ORDER",
                                            "VISA-DUPLICATE",
                                            "COI-ILLEGALITY",
                                            "COI-INTERESTED-LIST",
                                            "PARTY-NAME-MISMATCH",
                                            "BUDG-IMPUTATION",
                                            "BUDG-SECTION",
                                            "BUDG-CREDITS",
                                            "BUDG-BALANCE",
                                            "AMOUNT-MISMATCH",
                                            "AMOUNT-CEILINGS-SUM",
                                            "AMOUNT-REQUEST-SUM",
                                            "AMOUNT-WORDS",
                                            "PAYMENT-EXCEEDS",
                                            "PAYMENT-INCOMPLETE",
                                            "CONV-REQUIRED",
                                            "CONV-CONTENT",
                                            "CONV-PERIOD",
                                            "CONV-RETROACTIVE",
                                            "CONV-TACIT-RENEWAL",
                                            "CONV-REPORT-DEADLINE",
                                            "DEADLINE-NON-WORKING-DAY",
                                            "CONV-CROSS-REFERENCE",
                                            "CONV-ARTICLE-NUMBERING",
                                            "CONV-AUTHORISATION",
                                            "CONV-BANK-DETAILS",
                                            "CONV-CER",
                                            "CONV-JURISDICTION",
                                            "CONV-INCOMPLETE",
                                            "ID-LABEL",
                                            "ID-CHECKSUM",
                                            "PUBLICATION-OPEN-DATA",
                                            "SETTLE-REPORT-LATE",
                                            "SETTLE-INELIGIBLE-EXPENSE",
                                            "SETTLE-OVERPAYMENT",
                                            "BUDGET-UNBALANCED",
                                            "AID-DEMINIMIS",
                                            "DOSSIER-EMPTY",
                                            "DELIB-MISSING",
                                            "GRANT-COMPETENCE",
                                            "AID-STATE-MENTION",
                                            "BUDG-ANNEX-LIST",
                                            "BENEFICIARY-AUDIT",
                                            "DELIB-EXECUTORY",
                                            "PAYMENT-DEADLINE",
                                            "CONV-PASS-ON",
                                            "WORSHIP-FUNDING"};
    std::set<std::string_view> seen;
    for (const auto& r : cp::builtin_catalogue()) {
        EXPECT_TRUE(seen.insert(r.id).second) << "duplicate rule ID " << r.id;
        EXPECT_FALSE(r.legal_basis.empty()) << r.id << " has no legal basis";
        EXPECT_FALSE(r.title_fr.empty()) << r.id;
        EXPECT_FALSE(r.title_en.empty()) << r.id;
        EXPECT_TRUE(static_cast<bool>(r.check)) << r.id;
    }
    for (const auto& id : required)
        EXPECT_NE(cp::find_rule(id), nullptr) << id << " missing from the catalogue";
    EXPECT_EQ(cp::find_rule("NO-SUCH-RULE"), nullptr);
    // 4 rules on the documents present and their parties, 46 on their content, 6 on the
    // execution.
    EXPECT_EQ(cp::builtin_catalogue().size(), 56U);
}

TEST(CanonicalDossier, Apes2023ReportsNoErrorTheTallyExcessBeingWithoutEffect) {
    const cp::Report r = cp::check(sv::examples::apes_2023());
    EXPECT_EQ(ids_with(r, cp::Severity::error), std::vector<std::string>{});
    EXPECT_EQ(r.summary.error, 0U);
    const auto* d = first(r, "VOTE-TALLY-EXCEEDS");
    ASSERT_NE(d, nullptr);
    EXPECT_EQ(d->severity, cp::Severity::warning);
    EXPECT_EQ(d->fact("excess"), "1");
    EXPECT_EQ(d->fact("margin"), "41");
    EXPECT_EQ(d->fact("votes_recorded"), "42");
    EXPECT_EQ(d->fact("max_possible_votes"), "41");
    EXPECT_EQ(d->fact("eligible_present"), "38");
    EXPECT_EQ(d->fact("potential_proxies"), "3");
    EXPECT_EQ(d->location.document, sv::DocumentKind::deliberation);
    EXPECT_EQ(d->location.path, "/deliberation/tally");
    EXPECT_FALSE(r.has_errors());
}

TEST(CanonicalDossier, Apes2023ReportsTheRequiredWarningsAndTheClericalInfos) {
    const cp::Report r = cp::check(sv::examples::apes_2023());
    const auto warnings = ids_with(r, cp::Severity::warning);
    EXPECT_TRUE(contains(warnings, "CONV-CROSS-REFERENCE"));
    // Clerical findings with no effect on the act's legality are infos.
    const auto infos = ids_with(r, cp::Severity::info);
    for (const char* id : {"VISA-DUPLICATE", "ID-LABEL", "CONV-BANK-DETAILS", "CONV-CER"}) {
        EXPECT_TRUE(contains(infos, id)) << id;
        EXPECT_FALSE(contains(warnings, id)) << id;
    }
    const auto* xref = first(r, "CONV-CROSS-REFERENCE");
    ASSERT_NE(xref, nullptr);
    EXPECT_EQ(xref->fact("from_article"), "12");
    EXPECT_EQ(xref->fact("to_article"), "7");
    const auto* label = first(r, "ID-LABEL");
    ASSERT_NE(label, nullptr);
    EXPECT_EQ(label->location.path, "/convention/beneficiary/identifier");
}

TEST(CanonicalDossier, Apes2023ReportsTheSundayDeadlineAndTheRetroactivePeriodAsInfos) {
    const cp::Report r = cp::check(sv::examples::apes_2023());
    const auto infos = ids_with(r, cp::Severity::info);
    EXPECT_TRUE(contains(infos, "DEADLINE-NON-WORKING-DAY"));
    EXPECT_TRUE(contains(infos, "CONV-RETROACTIVE")); // expenses from 1 January eligible
    const auto* d = first(r, "DEADLINE-NON-WORKING-DAY");
    ASSERT_NE(d, nullptr);
    EXPECT_EQ(d->fact("date"), "2024-06-30");
    EXPECT_EQ(d->fact("effective"), "2024-07-01");
}

TEST(CanonicalDossier, Apes2023RaisesTheCompetenceQuestionOnlyAsAnInfo) {
    // An ESS association imputed in « Action économique » (9365), its activity not stated: the
    // question of the département's competence is raised, not answered; the State-aid mention
    // waits for the activity, and 57 000 € is below both the annex list's 75 000 € and the
    // commissaire aux comptes' 153 000 €.
    const cp::Report r = cp::check(sv::examples::apes_2023());
    const auto* d = first(r, "GRANT-COMPETENCE");
    ASSERT_NE(d, nullptr);
    EXPECT_EQ(d->severity, cp::Severity::info);
    EXPECT_EQ(d->fact("imputation"), "6568/9365");
    for (const char* id : {"AID-STATE-MENTION", "BUDG-ANNEX-LIST", "BENEFICIARY-AUDIT"})
        EXPECT_EQ(first(r, id), nullptr) << id;
}

TEST(CanonicalDossier, EveryDiagnosticIsComplete) {
    const cp::Report r = cp::check(sv::examples::apes_2023());
    for (const auto& d : r.diagnostics) {
        EXPECT_FALSE(d.message_fr.empty()) << d.rule;
        EXPECT_FALSE(d.message_en.empty()) << d.rule;
        EXPECT_FALSE(d.legal_basis.empty()) << d.rule;
        EXPECT_FALSE(d.location.path.empty()) << d.rule;
        EXPECT_EQ(d.location.path.front(), '/') << d.rule;
        EXPECT_FALSE(d.facts.empty()) << d.rule;
        // The messages are the catalogue's, and render again in either language.
        ASSERT_FALSE(d.parts.empty()) << d.rule;
        EXPECT_EQ(d.message_fr, cp::render(d.parts, cp::Lang::fr)) << d.rule;
        EXPECT_EQ(d.message_en, cp::render(d.parts, cp::Lang::en)) << d.rule;
    }
}

TEST(CanonicalDossier, TheLegalBasisOfADiagnosticCarriesTheVersionOfEachText) {
    const cp::Report r = cp::check(sv::examples::apes_2023());
    // Every text any finding cites says which version of it the library applies.
    for (const auto& d : r.diagnostics)
        for (const auto& b : d.legal_basis)
            EXPECT_FALSE(b.version.empty()) << d.rule << " : " << b.to_string();
    // The rule's basis, as the catalogue describes it, version included.
    const auto* xref = first(r, "CONV-CROSS-REFERENCE");
    ASSERT_NE(xref, nullptr);
    ASSERT_FALSE(xref->legal_basis.empty());
    EXPECT_EQ(xref->legal_basis, cp::find_rule("CONV-CROSS-REFERENCE")->legal_basis);
    for (const auto& b : xref->legal_basis)
        EXPECT_FALSE(b.version.empty()) << b.to_string();
    // A basis the diagnostic chooses among its rule's keeps the version too.
    const auto* tally = first(r, "VOTE-TALLY-EXCEEDS");
    ASSERT_NE(tally, nullptr);
    const auto& rule_basis = cp::find_rule("VOTE-TALLY-EXCEEDS")->legal_basis;
    ASSERT_GE(tally->legal_basis.size(), rule_basis.size());
    for (std::size_t i = 0; i < rule_basis.size(); ++i) {
        EXPECT_EQ(tally->legal_basis[i], rule_basis[i]);
        EXPECT_FALSE(tally->legal_basis[i].version.empty()) << rule_basis[i].to_string();
    }
}

TEST(CanonicalDossier, TypedFactsAndAssumptionsTravelWithTheFindings) {
    const cp::Report r = cp::check(sv::examples::apes_2023());
    const auto tally = std::find_if(r.diagnostics.begin(), r.diagnostics.end(),
                                    [](const auto& d) { return d.rule == "VOTE-TALLY-EXCEEDS"; });
    ASSERT_NE(tally, r.diagnostics.end());
    EXPECT_EQ(tally->fact("votes_recorded"), "42");
    EXPECT_EQ(tally->unit("votes_recorded"), cp::Unit::votes);
    // The APES act records no proxies: the possible votes rest on a bound, said as an assumption.
    EXPECT_NE(std::find(tally->assumptions.begin(), tally->assumptions.end(),
                        "unrecorded_proxies_bounded"),
              tally->assumptions.end());
}

TEST(Checker, OutputIsDeterministicAndOrderedBySeverity) {
    const auto dossier = sv::examples::apes_2023();
    const cp::Report a = cp::check(dossier);
    const cp::Report b = cp::check(dossier);
    EXPECT_EQ(a.diagnostics, b.diagnostics);
    EXPECT_TRUE(std::is_sorted(a.diagnostics.begin(), a.diagnostics.end(),
                               [](const cp::Diagnostic& x, const cp::Diagnostic& y) {
                                   return static_cast<int>(x.severity) <
                                          static_cast<int>(y.severity);
                               }));
}

TEST(Checker, RunsOnlyTheRequestedRulesAndRejectsUnknownIds) {
    cp::CheckOptions o;
    o.rules = {"ID-LABEL"};
    const cp::Report r = cp::check(sv::examples::apes_2023(), o);
    ASSERT_EQ(r.diagnostics.size(), 1U);
    EXPECT_EQ(r.diagnostics[0].rule, "ID-LABEL");
    o.rules = {"ID-LABEL", "NOT-A-RULE"};
    EXPECT_THROW((void)cp::check(sv::examples::apes_2023(), o), std::invalid_argument);
}

TEST(Checker, BlanksAreInfoInADraftAndErrorsOnceSigned) {
    cp::CheckOptions o;
    o.rules = {"CONV-INCOMPLETE", "CONV-BANK-DETAILS"};
    const cp::Report draft = cp::check(sv::examples::apes_2023(), o);
    EXPECT_EQ(draft.summary.error, 0U);
    o.stage = cp::Stage::signed_;
    const cp::Report signed_ = cp::check(sv::examples::apes_2023(), o);
    EXPECT_GE(signed_.summary.error, 3U); // dossier number, signature date, bank details
}

TEST(Checker, EvaluatesTheLawAtTheActDateUnlessToldOtherwise) {
    const cp::Report r = cp::check(sv::examples::apes_2023());
    EXPECT_EQ(r.as_of, sv::Date(2023, 3, 20));
    EXPECT_EQ(r.territory, sv::Territory::metropole);
    cp::CheckOptions o;
    o.as_of = sv::Date(2021, 6, 1); // before the contrat d'engagement républicain (2 Jan 2022)
    o.rules = {"CONV-CER"};
    EXPECT_TRUE(cp::check(sv::examples::apes_2023(), o).diagnostics.empty());
}

TEST(Checker, TerritoryFollowsTheDepartement) {
    auto d = sv::examples::apes_2023();
    d.deliberation->collectivite.departement_code = "67";
    EXPECT_EQ(cp::check(d).territory, sv::Territory::alsace_moselle);
    d.deliberation->collectivite.departement_code = "974";
    EXPECT_EQ(cp::check(d).territory, sv::Territory::reunion);
}

TEST(CleanDossier, TriggersNothingButThePublicationDateInfo) {
    const cp::Report r = cp::check(sv::testing::clean_dossier());
    EXPECT_EQ(r.summary.error, 0U);
    EXPECT_EQ(r.summary.warning, 0U);
    ASSERT_EQ(r.diagnostics.size(), 1U);
    EXPECT_EQ(r.diagnostics[0].rule, "PUBLICATION-OPEN-DATA");
    EXPECT_EQ(r.diagnostics[0].fact("deadline"), "2024-07-02");
}

TEST(DossierEmpty, ADossierWithoutAnyDocumentIsAnErrorAtEveryStage) {
    const sv::Dossier empty{};
    for (const auto stage : {cp::Stage::draft, cp::Stage::signed_}) {
        cp::CheckOptions o;
        o.stage = stage;
        o.as_of = sv::Date(2024, 1, 15);
        const cp::Report r = cp::check(empty, o);
        EXPECT_TRUE(r.has_errors());
        EXPECT_EQ(ids_with(r, cp::Severity::error), std::vector<std::string>{"DOSSIER-EMPTY"});
        EXPECT_EQ(r.summary.error, 1U);
    }
}

TEST(DossierEmpty, SilentAsSoonAsOneDocumentIsPresent) {
    sv::Dossier d = subvention::testing::clean_dossier();
    d.deliberation.reset();
    d.rapport.reset();
    cp::CheckOptions o;
    o.rules = {"DOSSIER-EMPTY"};
    EXPECT_TRUE(cp::check(d, o).diagnostics.empty());
}

TEST(DelibMissing, AConventionWithoutItsDeliberationIsAnInfoInADraftAndAWarningOnceSigned) {
    sv::Dossier d = subvention::testing::clean_dossier();
    d.deliberation.reset();
    cp::CheckOptions o;
    o.rules = {"DELIB-MISSING"};
    const cp::Report draft = cp::check(d, o);
    ASSERT_EQ(draft.diagnostics.size(), 1U);
    EXPECT_EQ(draft.diagnostics[0].severity, cp::Severity::info);
    EXPECT_EQ(draft.diagnostics[0].location.path, "/deliberation");
    EXPECT_EQ(draft.diagnostics[0].fact("convention"), "true");
    o.stage = cp::Stage::signed_;
    const cp::Report signed_ = cp::check(d, o);
    ASSERT_EQ(signed_.diagnostics.size(), 1U);
    EXPECT_EQ(signed_.diagnostics[0].severity, cp::Severity::warning);
}

TEST(DelibMissing, SilentWhenTheDeliberationIsThereOrTheDossierIsEmpty) {
    cp::CheckOptions o;
    o.rules = {"DELIB-MISSING"};
    EXPECT_TRUE(cp::check(subvention::testing::clean_dossier(), o).diagnostics.empty());
    o.as_of = sv::Date(2024, 1, 15);
    EXPECT_TRUE(cp::check(sv::Dossier{}, o).diagnostics.empty()); // DOSSIER-EMPTY's case
}

TEST(CheckAsOf, TheReportSaysWhereTheDateOfTheLawComesFrom) {
    EXPECT_EQ(cp::check(sv::examples::apes_2023()).as_of_basis, cp::AsOfBasis::act);
    EXPECT_EQ(cp::check(sv::examples::apes_2023()).as_of, sv::Date(2023, 3, 20));
    cp::CheckOptions o;
    o.rules = {"DELIB-MISSING"};
    const cp::Report undated = cp::check(sv::Dossier{}, o);
    EXPECT_EQ(undated.as_of_basis, cp::AsOfBasis::today); // never silently
    o.as_of = sv::Date(2024, 1, 15);
    const cp::Report chosen = cp::check(sv::Dossier{}, o);
    EXPECT_EQ(chosen.as_of_basis, cp::AsOfBasis::option);
    EXPECT_EQ(chosen.as_of, sv::Date(2024, 1, 15));
}

TEST(FinalReportDeadlines, ApesStatesThirtyJune2024AsTheLawComputesIt) {
    const auto d = cp::final_report_deadlines(sv::examples::apes_2023());
    EXPECT_EQ(d.territory, sv::Territory::metropole);
    ASSERT_FALSE(d.stated.empty());
    EXPECT_EQ(d.stated[0].path, "/convention/obligations/final_report/deadlines/0");
    ASSERT_TRUE(d.legal.has_value());
    EXPECT_EQ(d.legal->grant_year, 2023);
    EXPECT_EQ(d.legal->exercise_end, sv::Date(2023, 12, 31));
    EXPECT_EQ(d.legal->deadline.nominal, sv::Date(2024, 6, 30));
    EXPECT_FALSE(d.legal->exercise_stated);
    EXPECT_EQ(d.due(), sv::Date(2024, 6, 30));
    for (const auto& s : d.stated)
        EXPECT_EQ(s.date(), sv::Date(2024, 6, 30)) << s.path;
    // No convention: nothing stated, and no grant year for the legal report.
    const auto none = cp::final_report_deadlines(sv::Dossier{});
    EXPECT_TRUE(none.stated.empty());
    EXPECT_FALSE(none.due().has_value());
}

} // namespace test_checker_test
