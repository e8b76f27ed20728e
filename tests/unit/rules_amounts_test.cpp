// SPDX-License-Identifier: Apache-2.0
// Tests of the `amounts` family of compliance rules (src/compliance/rules/amounts.hpp): for
// every rule, the clean dossier gives nothing, mutations of it trigger the rule with exact facts,
// and the seed dossier (examples::apes_2023) gives the findings its documents contain.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include <subvention/compliance/checker.hpp>
#include <subvention/examples/apes_2023.hpp>
#include <subvention/examples/nord_2024.hpp>
#include <subvention/words.hpp>

#include "support/clean_dossier.hpp"
#include "support/rules.hpp"
#include "support/sanitizer.hpp"

// White-box: helpers private to the engine.
#include "compliance/rules/amounts_common.hpp"
#include "compliance/rules/budg_imputation.hpp"

// Each suite in its own namespace: the suites of a group are compiled together (unity build).
namespace test_rules_amounts_test {

namespace sv = subvention;
namespace cp = subvention::compliance;
namespace rules = subvention::compliance::rules;
using cp::Diagnostic;
using cp::Severity;
using subvention::testing::family_rules;
using subvention::testing::rule;
using sv::DocumentKind;
using sv::Euros;

namespace {

using subvention::testing::run;

Euros eur(std::int64_t e) {
    return Euros::from_euros(e);
}

/// Every fact of `d` as « key=value » lines, for readable failure output.
std::string facts(const Diagnostic& d) {
    std::string s;
    for (const auto& f : d.facts)
        s += f.key + "=" + f.value + "\n";
    return s;
}

void expect_fact(const Diagnostic& d, std::string_view key, std::string_view value) {
    EXPECT_EQ(d.fact(key), value) << "fact " << key << " of " << d.rule << ":\n" << facts(d);
}

/// The clean dossier with SEED-12 repaired too: clean_dossier() keeps the seed's imputation
/// 6568/9365, on which BUDG-IMPUTATION gives its (unconfirmed) info; the baseline of these
/// tests imputes the subsidy on 65748 « Autres personnes de droit privé » so that no rule of
/// the group fires on it.
sv::Dossier clean() {
    auto d = subvention::testing::clean_dossier();
    for (auto& row : d.deliberation->imputations)
        if (row.imputation == "6568/9365")
            row.imputation = "65748/9365";
    for (auto& row : d.rapport->budget)
        if (row.imputation == "6568/9365")
            row.imputation = "65748/9365";
    return d;
}

sv::Dossier seed() {
    return sv::examples::apes_2023();
}

/// The clean dossier with its two imputation rows set to `imputation`.
sv::Dossier with_imputation(const std::string& imputation) {
    auto d = clean();
    d.deliberation->imputations.at(0).imputation = imputation;
    d.rapport->budget.at(0).imputation = imputation;
    return d;
}

} // namespace

// ---------------------------------------------------------------------------------------------
// The group

TEST(AmountsRules, CatalogueOrderAndIdsAreThePublicOnes) {
    const std::vector<std::string_view> ids{
        "BUDG-IMPUTATION", "BUDG-SECTION",        "BUDG-CREDITS",       "BUDG-BALANCE",
        "AMOUNT-MISMATCH", "AMOUNT-CEILINGS-SUM", "AMOUNT-REQUEST-SUM", "AMOUNT-WORDS",
        "PAYMENT-EXCEEDS", "PAYMENT-INCOMPLETE",  "BUDG-ANNEX-LIST",    "PAYMENT-DEADLINE"};
    ASSERT_EQ(family_rules(cp::Family::amounts).size(), ids.size());
    for (std::size_t i = 0; i < ids.size(); ++i) {
        EXPECT_EQ(family_rules(cp::Family::amounts)[i].id, ids[i]);
        EXPECT_FALSE(family_rules(cp::Family::amounts)[i].legal_basis.empty()) << ids[i];
        EXPECT_FALSE(family_rules(cp::Family::amounts)[i].title_fr.empty()) << ids[i];
    }
}

TEST(AmountsRules, CleanDossierGivesNoDiagnosticAtAnyStage) {
    const auto d = clean();
    for (const auto& rule : family_rules(cp::Family::amounts))
        for (const auto stage : {cp::Stage::draft, cp::Stage::signed_})
            EXPECT_TRUE(run(rule, d, stage).empty()) << rule.id;
}

TEST(AmountsRules, SharedCleanDossierGivesAtMostTheUnconfirmedImputationInfo) {
    const auto d = subvention::testing::clean_dossier();
    for (const auto& rule : family_rules(cp::Family::amounts)) {
        const auto diags = run(rule, d);
        if (rule.id != "BUDG-IMPUTATION") {
            EXPECT_TRUE(diags.empty()) << rule.id;
            continue;
        }
        ASSERT_LE(diags.size(), 1u);
        for (const auto& diag : diags) {
            EXPECT_EQ(diag.severity, Severity::info);
            expect_fact(diag, "unconfirmed", "true");
            expect_fact(diag, "nature", "6568");
        }
    }
}

TEST(AmountsRules, SeedGivesOnlyTheImputationInfoAndThePaymentMentionsWarning) {
    const auto d = seed();
    std::vector<Diagnostic> all;
    for (const auto& rule : family_rules(cp::Family::amounts))
        for (auto& diag : run(rule, d))
            all.push_back(diag);
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(all[0].rule, "BUDG-IMPUTATION");
    EXPECT_EQ(all[0].severity, Severity::info);
    EXPECT_EQ(all[1].rule, "PAYMENT-INCOMPLETE");
    EXPECT_EQ(all[1].severity, Severity::warning);
}

TEST(AmountsRules, EveryDiagnosticHasBothMessagesAPathAndALegalBasis) {
    // A dossier where every rule fires at least once.
    auto d = clean();
    d.deliberation->imputations.at(0).imputation = "20412/9365";
    d.rapport->budget.at(0).proposed = eur(300'000);
    d.rapport->proposed_grants.at(0).amount.value = eur(56'000);
    d.convention->actions.at(1).amount->value = eur(30'000);
    d.rapport->operations.at(0).amount->value = eur(1'000);
    d.deliberation->grants.at(0).amount_in_words = "cinquante mille euros";
    d.beneficiary_resources = sv::Stated<sv::Euros>{eur(100'000), {}}; // 57 000 > half
    d.convention->payment_schedule.payments = {
        sv::Payment{sv::PaymentKind::single,
                    {eur(99'000), {DocumentKind::convention, "article 7", "x"}},
                    sv::PaymentTrigger::date,
                    std::nullopt,
                    std::nullopt},
        // No date nor event: the sixty-day payment deadline applies (PAYMENT-DEADLINE).
        sv::Payment{sv::PaymentKind::balance,
                    {eur(1'000), {DocumentKind::convention, "article 7", "y"}},
                    sv::PaymentTrigger::other,
                    std::nullopt,
                    std::nullopt}};
    std::size_t total = 0;
    for (const auto& rule : family_rules(cp::Family::amounts)) {
        const auto diags = run(rule, d);
        EXPECT_FALSE(diags.empty()) << rule.id;
        for (const auto& diag : diags) {
            ++total;
            EXPECT_EQ(diag.rule, rule.id);
            EXPECT_FALSE(diag.message_fr.empty()) << rule.id;
            EXPECT_FALSE(diag.message_en.empty()) << rule.id;
            EXPECT_EQ(diag.location.path.substr(0, 1), "/") << rule.id;
            EXPECT_FALSE(diag.legal_basis.empty()) << rule.id;
            EXPECT_FALSE(diag.facts.empty()) << rule.id;
        }
    }
    EXPECT_GE(total, family_rules(cp::Family::amounts).size());
}

TEST(AmountsRules, BeneficiaryNamesAreComparedWithoutAccentsCaseOrPunctuation) {
    using rules::detail::fold_name;
    EXPECT_EQ(fold_name("Acteurs Pour une Économie Solidaire"), "acteurspouruneeconomiesolidaire");
    EXPECT_EQ(fold_name("Acteurs Pour une Economie Solidaire"),
              fold_name("« acteurs pour une économie solidaire »"));
    EXPECT_EQ(fold_name("ŒUVRE D’ÉTÉ – Ça"), "oeuvredeteca");
    EXPECT_NE(fold_name("Association A"), fold_name("Association B"));
}

// ---------------------------------------------------------------------------------------------
// BUDG-IMPUTATION

TEST(BudgImputation, NordChapterWithoutFunctionGetsTheSportsFunctionFromTheGrantsPurpose) {
    sv::Dossier d = sv::examples::nord_2024();
    d.deliberation->imputations[0].imputation = "6574/933";
    const auto diags = run(rule("BUDG-IMPUTATION"), d);
    ASSERT_EQ(diags.size(), 1u);
    EXPECT_EQ(diags[0].severity, Severity::warning);
    EXPECT_EQ(diags[0].fact("proposed_function"), "32");
    EXPECT_NE(diags[0].message_fr.find("la fonction est 32 «\u00A0Sports\u00A0» : l'imputation "
                                       "serait 6574/9332"),
              std::string::npos)
        << diags[0].message_fr;
    EXPECT_EQ(diags[0].message_fr.find("9330"), std::string::npos) << diags[0].message_fr;
}

TEST(BudgImputation, ChapterWithoutFunctionAndAPurposeNamingNoneProposesNoFunction) {
    sv::Dossier d = sv::examples::nord_2024();
    d.deliberation->imputations[0].imputation = "6574/933";
    d.deliberation->title = "SUBVENTION DE FONCTIONNEMENT 2024";
    d.deliberation->grants[0].purpose = "au titre de ses activités";
    d.convention->object.value = "Subvention de fonctionnement 2024";
    const auto diags = run(rule("BUDG-IMPUTATION"), d);
    ASSERT_EQ(diags.size(), 1u);
    EXPECT_EQ(diags[0].fact("proposed_function"), "");
    EXPECT_NE(diags[0].message_fr.find("aucune fonction ne peut être proposée"), std::string::npos)
        << diags[0].message_fr;
    // A purpose pointing to another chapter's function (culture → 31, chapter 936) neither.
    d.deliberation->imputations[0].imputation = "6574/936";
    d.deliberation->grants[0].purpose = "au titre de la culture";
    EXPECT_EQ(run(rule("BUDG-IMPUTATION"), d).at(0).fact("proposed_function"), "");
}

TEST(BudgImputation, NordFunctionalCodeFirstLayoutsAreReadAsTheImputation) {
    for (const char* layout : {"933-32-6574", "93/32/6574", "933/32/6574"}) {
        sv::Dossier d = sv::examples::nord_2024();
        d.deliberation->imputations[0].imputation = layout;
        EXPECT_TRUE(run(rule("BUDG-IMPUTATION"), d).empty()) << layout;
    }
    // A function outside the printed chapter is a layout problem, a warning — not a code that
    // « n'existe pas ».
    sv::Dossier d = sv::examples::nord_2024();
    d.deliberation->imputations[0].imputation = "933-65-6574";
    const auto diags = run(rule("BUDG-IMPUTATION"), d);
    ASSERT_EQ(diags.size(), 1u);
    EXPECT_EQ(diags[0].severity, Severity::warning);
    EXPECT_EQ(diags[0].message_fr.find("n'existe pas"), std::string::npos) << diags[0].message_fr;
}

TEST(BudgImputation, SeedParticipationAccountForAnAssociationIsAnUnconfirmedInfoReportedOnce) {
    const auto diags = run(rule("BUDG-IMPUTATION"), seed());
    ASSERT_EQ(diags.size(), 1u);
    const auto& d = diags[0];
    EXPECT_EQ(d.rule, "BUDG-IMPUTATION");
    EXPECT_EQ(d.severity, Severity::info);
    EXPECT_EQ(d.location.document, DocumentKind::deliberation);
    EXPECT_EQ(d.location.section, "article 3");
    EXPECT_EQ(d.location.path, "/deliberation/imputations/0/imputation");
    const std::vector<cp::Fact> expected{
        {"imputation", "6568/9365", cp::Unit::code},
        {"nature", "6568", cp::Unit::code},
        {"nature_label", "Autres participations"},
        {"nature_use", "participation", cp::Unit::code},
        {"beneficiary_form", "association", cp::Unit::code},
        {"suggested_nature", "65748", cp::Unit::code},
        {"unconfirmed", "true", cp::Unit::boolean},
        {"also_at", "/rapport/budget/0/imputation", cp::Unit::code}};
    EXPECT_EQ(d.facts, expected) << facts(d);
    EXPECT_NE(d.message_fr.find("sous réserve que cette nomenclature impose ce compte"),
              std::string::npos)
        << d.message_fr;
    EXPECT_NE(d.message_fr.find("et de l'existence du compte 6568 : les plans de comptes M57 "
                                "publiés ne subdivisent pas le compte 656"),
              std::string::npos)
        << d.message_fr;
    EXPECT_EQ(d.message_fr.find("consulté"), std::string::npos) << d.message_fr;
    EXPECT_NE(d.message_fr.find("65748"), std::string::npos) << d.message_fr;
    ASSERT_EQ(d.legal_basis.size(), 2u);
    EXPECT_EQ(d.legal_basis[1].to_string(), "loi 2000-321 art. 9-1");
}

TEST(BudgImputation, BlankImputationIsInfoInADraftAndErrorOnceSigned) {
    const auto d = with_imputation("  ");
    auto draft = run(rule("BUDG-IMPUTATION"), d, cp::Stage::draft);
    ASSERT_EQ(draft.size(), 1u);
    EXPECT_EQ(draft[0].severity, Severity::info);
    expect_fact(draft[0], "blank", "true");
    expect_fact(draft[0], "also_at", "/rapport/budget/0/imputation");
    auto signed_ = run(rule("BUDG-IMPUTATION"), d, cp::Stage::signed_);
    ASSERT_EQ(signed_.size(), 1u);
    EXPECT_EQ(signed_[0].severity, Severity::error);
}

TEST(BudgImputation, UnreadableLayoutIsAWarningAndNonexistentCodesAreErrors) {
    struct Case {
        const char* imputation;
        Severity severity;
        const char* kind;
        const char* field;
    };
    for (const Case& c : {Case{"6574-9365", Severity::warning, "format", "imputation"},
                          Case{"9365/6574", Severity::warning, "format", "imputation"},
                          Case{"6574/936", Severity::warning, "length", "fonction"},
                          Case{"6574/9465", Severity::error, "component", "chapitre fonctionnel"},
                          Case{"6574/9369", Severity::error, "component", "fonction"},
                          Case{"9574/9365", Severity::error, "component", "nature"},
                          Case{"4574/9365", Severity::error, "component", "nature"}}) {
        const auto diags = run(rule("BUDG-IMPUTATION"), with_imputation(c.imputation));
        ASSERT_EQ(diags.size(), 1u) << c.imputation;
        EXPECT_EQ(diags[0].severity, c.severity) << c.imputation;
        EXPECT_EQ(diags[0].location.path, "/deliberation/imputations/0/imputation");
        expect_fact(diags[0], "imputation", c.imputation);
        expect_fact(diags[0], "error_kind", c.kind);
        expect_fact(diags[0], "error_field", c.field);
    }
}

TEST(BudgImputation, PublicBodyAccountForAnAssociationIsAWarning) {
    const auto diags = run(rule("BUDG-IMPUTATION"), with_imputation("65738/9365"));
    ASSERT_EQ(diags.size(), 1u);
    EXPECT_EQ(diags[0].severity, Severity::warning);
    expect_fact(diags[0], "nature", "65738");
    expect_fact(diags[0], "nature_use", "operating_subsidy");
    expect_fact(diags[0], "suggested_nature", "65748");
    EXPECT_EQ(diags[0].fact("unconfirmed"), "");
}

TEST(BudgImputation, PrivatePersonAccountForACommuneIsAWarning) {
    auto d = with_imputation("65748/9365");
    d.deliberation->grants.at(0).beneficiary_form = sv::LegalForm::commune;
    d.rapport->proposed_grants.at(0).beneficiary_form = sv::LegalForm::commune;
    const auto diags = run(rule("BUDG-IMPUTATION"), d);
    ASSERT_EQ(diags.size(), 1u);
    EXPECT_EQ(diags[0].severity, Severity::warning);
    expect_fact(diags[0], "suggested_nature", "6573");
    expect_fact(diags[0], "beneficiary_form", "commune");
}

TEST(BudgImputation, CompulsoryContributionAccountForAnAssociationIsAWarning) {
    const auto diags = run(rule("BUDG-IMPUTATION"), with_imputation("6556/9365"));
    ASSERT_EQ(diags.size(), 1u);
    EXPECT_EQ(diags[0].severity, Severity::warning);
    expect_fact(diags[0], "nature_use", "contribution");
}

TEST(BudgImputation, AccountOutsideTheSubsidyAccountsIsAWarning) {
    for (const char* imp : {"6042/9365", "6512/9365"}) {
        const auto diags = run(rule("BUDG-IMPUTATION"), with_imputation(imp));
        ASSERT_EQ(diags.size(), 1u) << imp;
        EXPECT_EQ(diags[0].severity, Severity::warning) << imp;
        expect_fact(diags[0], "known", "false");
    }
}

TEST(BudgImputation, RevenueAccountForAnExpenseIsAWarning) {
    const auto diags = run(rule("BUDG-IMPUTATION"), with_imputation("7478/9365"));
    ASSERT_EQ(diags.size(), 1u);
    EXPECT_EQ(diags[0].severity, Severity::warning);
    expect_fact(diags[0], "nature_class", "7");
}

TEST(BudgImputation, UnlistedThreeDigitFunctionIsAnInfo) {
    const auto diags = run(rule("BUDG-IMPUTATION"), with_imputation("65748/93656"));
    ASSERT_EQ(diags.size(), 1u);
    EXPECT_EQ(diags[0].severity, Severity::info);
    expect_fact(diags[0], "function", "656");
    expect_fact(diags[0], "known", "false");
}

TEST(BudgImputation, SameImputationWrittenDifferentlyIsOneFinding) {
    auto d = clean();
    d.deliberation->imputations.at(0).imputation = "65/6568/9365";
    d.rapport->budget.at(0).imputation = " 6568 / 9365 ";
    const auto diags = run(rule("BUDG-IMPUTATION"), d);
    ASSERT_EQ(diags.size(), 1u);
    expect_fact(diags[0], "imputation", "65/6568/9365");
    expect_fact(diags[0], "also_at", "/rapport/budget/0/imputation");
}

TEST(BudgImputation, UsualAccountForEveryBeneficiaryAndSectionIsSilent) {
    // Property: whatever the beneficiary's legal form, imputing on the account
    // docs/legal-reference.md gives for it (6574x/6573 operating, 2042/2041 investment) raises no
    // BUDG-IMPUTATION finding.
    using F = sv::LegalForm;
    for (const F form : {F::association, F::foundation, F::company, F::other, F::departement,
                         F::region, F::commune, F::epci, F::public_body})
        for (const auto section : {sv::Section::fonctionnement, sv::Section::investissement}) {
            const std::string nature(rules::detail::usual_account(form, section));
            const std::string imp =
                nature + (section == sv::Section::fonctionnement ? "/9365" : "/9065");
            auto d = with_imputation(imp);
            d.deliberation->grants.at(0).beneficiary_form = form;
            d.rapport->proposed_grants.at(0).beneficiary_form = form;
            EXPECT_TRUE(run(rule("BUDG-IMPUTATION"), d).empty()) << imp << " " << to_string(form);
        }
}

// ---------------------------------------------------------------------------------------------
// BUDG-SECTION

TEST(BudgSection, SeedAndCleanAreConsistent) {
    EXPECT_TRUE(run(rule("BUDG-SECTION"), seed()).empty());
    EXPECT_TRUE(run(rule("BUDG-SECTION"), clean()).empty());
}

TEST(BudgSection, EquipmentSubsidyOnAnOperatingChapterIsAnError) {
    const auto diags = run(rule("BUDG-SECTION"), with_imputation("20412/9365"));
    ASSERT_EQ(diags.size(), 1u);
    const auto& d = diags[0];
    EXPECT_EQ(d.severity, Severity::error);
    EXPECT_EQ(d.location.path, "/deliberation/imputations/0/imputation");
    const std::vector<cp::Fact> expected{
        {"imputation", "20412/9365", cp::Unit::code},
        {"nature", "20412", cp::Unit::code},
        {"nature_class", "2", cp::Unit::code},
        {"nature_section", "investissement", cp::Unit::code},
        {"chapter", "936", cp::Unit::code},
        {"chapter_section", "fonctionnement", cp::Unit::code},
        {"also_at", "/rapport/budget/0/imputation", cp::Unit::code}};
    EXPECT_EQ(d.facts, expected) << facts(d);
}

TEST(BudgSection, EveryNatureOnEveryChapterIsFlaggedExactlyWhenSectionsDiffer) {
    // Property over every table nature × every chapter digit 0–8 × both sections.
    for (const auto& entry : sv::detail::m57::natures) {
        const sv::NatureAccount nature(entry.code);
        if (!nature.section())
            continue;
        for (char digit = '0'; digit <= '8'; ++digit)
            for (const char* sec : {"90", "93"}) {
                // first 2-digit function of this digit
                std::string function;
                for (const auto& f : sv::detail::m57::functions)
                    if (function.empty() && f.code.size() == 2 && f.code[0] == digit)
                        function = f.code;
                for (const auto& f : sv::detail::m57::functions_transport)
                    if (function.empty() && f.code.size() == 2 && f.code[0] == digit)
                        function = f.code;
                const std::string imp = std::string(entry.code) + "/" + sec + function;
                const bool operating = std::string_view(sec) == "93";
                const bool consistent =
                    (*nature.section() == sv::Section::fonctionnement) == operating;
                const auto diags = run(rule("BUDG-SECTION"), with_imputation(imp));
                EXPECT_EQ(diags.size(), consistent ? 0u : 1u) << imp;
            }
    }
}

TEST(BudgSection, ProgrammeAuthorisationOnAnOperatingChapterIsAnError) {
    auto d = clean();
    d.deliberation->imputations.at(0).appropriation = sv::AppropriationKind::ap;
    const auto diags = run(rule("BUDG-SECTION"), d);
    ASSERT_EQ(diags.size(), 1u);
    EXPECT_EQ(diags[0].severity, Severity::error);
    EXPECT_EQ(diags[0].location.path, "/deliberation/imputations/0/appropriation");
    expect_fact(diags[0], "appropriation", "ap");
    expect_fact(diags[0], "chapter", "936");
    expect_fact(diags[0], "chapter_section", "fonctionnement");
    ASSERT_EQ(diags[0].legal_basis.size(), 1u);
    EXPECT_EQ(diags[0].legal_basis[0].to_string(), "CGCT art. L.3312-4");
}

TEST(BudgSection, CommitmentAuthorisationIsAllowedOnOperatingChapters) {
    auto d = clean();
    d.deliberation->imputations.at(0).appropriation = sv::AppropriationKind::ae;
    EXPECT_TRUE(run(rule("BUDG-SECTION"), d).empty());
}

// ---------------------------------------------------------------------------------------------
// BUDG-CREDITS

TEST(BudgCredits, SeedAndCleanFitTheirCredits) {
    EXPECT_TRUE(run(rule("BUDG-CREDITS"), seed()).empty());
    EXPECT_TRUE(run(rule("BUDG-CREDITS"), clean()).empty());
}

TEST(BudgCredits, ProposalAboveTheLinesCreditsIsAWarningNamingTheShortfall) {
    // Credits are voted by chapter, not by operation (CGCT L.3312-3): the line's excess may be
    // covered within the chapter.
    auto d = clean();
    d.rapport->budget.at(0).proposed = eur(250'000);
    const auto diags = run(rule("BUDG-CREDITS"), d);
    ASSERT_EQ(diags.size(), 1u);
    const auto& diag = diags[0];
    EXPECT_EQ(diag.severity, Severity::warning);
    EXPECT_NE(diag.message_fr.find("votés par chapitre et non par opération (CGCT L.3312-3)"),
              std::string::npos)
        << diag.message_fr;
    EXPECT_EQ(subvention::testing::cited(diag.legal_basis),
              (std::vector<std::string>{"CGCT art. L.3312-4", "CGCT art. L.3312-3",
                                        "CGCT art. R.3312-3"}));
    EXPECT_EQ(diag.location.document, DocumentKind::rapport);
    EXPECT_EQ(diag.location.path, "/rapport/budget/0/proposed");
    const std::vector<cp::Fact> expected{
        {"operation_code", "C01-020Q01", cp::Unit::code},
        {"imputation", d.rapport->budget[0].imputation, cp::Unit::code},
        {"appropriation", "cp", cp::Unit::code},
        {"credits_available", "209285.00", cp::Unit::euros},
        {"proposed", "250000.00", cp::Unit::euros},
        {"shortfall", "40715.00", cp::Unit::euros}};
    EXPECT_EQ(diag.facts, expected) << facts(diag);
    EXPECT_NE(diag.message_fr.find("40\u202F715,00\u00A0€"), std::string::npos) << diag.message_fr;
}

TEST(BudgCredits, SameOverrunInBothTablesIsReportedOnce) {
    auto d = clean();
    d.deliberation->imputations.at(0).proposed = eur(250'000);
    d.rapport->budget.at(0).proposed = eur(250'000);
    const auto diags = run(rule("BUDG-CREDITS"), d);
    ASSERT_EQ(diags.size(), 1u);
    EXPECT_EQ(diags[0].location.path, "/deliberation/imputations/0/proposed");
    expect_fact(diags[0], "also_at", "/rapport/budget/0");
}

TEST(BudgCredits, FiresExactlyWhenTheProposalExceedsTheCreditsToTheCent) {
    // Property: every proposal from 5,00 € below to 5,00 € above the credits, cent by cent.
    auto d = clean();
    auto& row = d.rapport->budget.at(0);
    const Euros available = *rules::detail::credits_available(row);
    for (std::int64_t delta = -500; delta <= 500; ++delta) {
        row.proposed = available + Euros::from_cents(delta);
        const auto diags = run(rule("BUDG-CREDITS"), d);
        ASSERT_EQ(diags.size(), delta > 0 ? 1u : 0u) << delta;
        if (delta > 0)
            expect_fact(diags[0], "shortfall", Euros::from_cents(delta).to_iso());
    }
}

TEST(BudgCredits, AvailableAboveVotedCreditsIsAWarning) {
    auto d = clean();
    d.rapport->budget.at(0).available = eur(300'000);
    d.rapport->budget.at(0).balance = eur(300'000 - 57'000);
    const auto diags = run(rule("BUDG-CREDITS"), d);
    ASSERT_EQ(diags.size(), 1u);
    EXPECT_EQ(diags[0].severity, Severity::warning);
    EXPECT_EQ(diags[0].location.path, "/rapport/budget/0/available");
    expect_fact(diags[0], "credits_voted", "209285.00");
    expect_fact(diags[0], "credits_available", "300000.00");
}

TEST(BudgCredits, OverflowIsReportedNotThrown) {
    auto d = clean();
    d.rapport->budget.at(0).available = Euros::min();
    d.rapport->budget.at(0).cp = Euros::min();
    d.rapport->budget.at(0).proposed = Euros::max();
    std::vector<Diagnostic> diags;
    EXPECT_NO_THROW(diags = run(rule("BUDG-CREDITS"), d));
    ASSERT_EQ(diags.size(), 1u);
    EXPECT_EQ(diags[0].severity, Severity::warning);
    expect_fact(diags[0], "overflow", "true");
    EXPECT_EQ(diags[0].location.path, "/rapport/budget/0/proposed");
}

// ---------------------------------------------------------------------------------------------
// BUDG-BALANCE

TEST(BudgBalance, SeedBalanceIsAvailableMinusProposal) {
    // 209 285,00 − 57 000,00 = 152 285,00 (docs/legal-reference.md §11).
    EXPECT_TRUE(run(rule("BUDG-BALANCE"), seed()).empty());
    EXPECT_TRUE(run(rule("BUDG-BALANCE"), clean()).empty());
}

TEST(BudgBalance, WrongBalanceIsAnErrorWithTheRecomputedOne) {
    auto d = clean();
    d.rapport->budget.at(0).balance = eur(152'284);
    const auto diags = run(rule("BUDG-BALANCE"), d);
    ASSERT_EQ(diags.size(), 1u);
    const auto& diag = diags[0];
    EXPECT_EQ(diag.severity, Severity::error);
    EXPECT_EQ(diag.location.path, "/rapport/budget/0/balance");
    expect_fact(diag, "credits_available", "209285.00");
    expect_fact(diag, "proposed", "57000.00");
    expect_fact(diag, "stated_balance", "152284.00");
    expect_fact(diag, "computed_balance", "152285.00");
    expect_fact(diag, "difference", "-1.00");
}

TEST(BudgBalance, ErrorExactlyWhenTheStatedBalanceIsOffByAnyCent) {
    auto d = clean();
    const Euros right = eur(152'285);
    for (std::int64_t delta = -1000; delta <= 1000; ++delta) {
        d.rapport->budget.at(0).balance = right + Euros::from_cents(delta);
        const auto diags = run(rule("BUDG-BALANCE"), d);
        ASSERT_EQ(diags.size(), delta == 0 ? 0u : 1u) << delta;
        if (delta != 0)
            expect_fact(diags[0], "difference", Euros::from_cents(delta).to_iso());
    }
}

TEST(BudgBalance, NoBalanceOrNoCreditsColumnIsNotChecked) {
    auto d = clean();
    d.rapport->budget.at(0).balance = std::nullopt;
    EXPECT_TRUE(run(rule("BUDG-BALANCE"), d).empty());
    d = clean();
    d.rapport->budget.at(0).available = std::nullopt;
    d.rapport->budget.at(0).cp = std::nullopt;
    d.rapport->budget.at(0).balance = eur(1);
    EXPECT_TRUE(run(rule("BUDG-BALANCE"), d).empty());
}

TEST(BudgBalance, OverflowIsReportedNotThrown) {
    auto d = clean();
    d.rapport->budget.at(0).available = Euros::min();
    d.rapport->budget.at(0).cp = Euros::min();
    d.rapport->budget.at(0).proposed = eur(1);
    std::vector<Diagnostic> diags;
    EXPECT_NO_THROW(diags = run(rule("BUDG-BALANCE"), d));
    ASSERT_EQ(diags.size(), 1u);
    EXPECT_EQ(diags[0].severity, Severity::warning);
    expect_fact(diags[0], "overflow", "true");
}

// ---------------------------------------------------------------------------------------------
// AMOUNT-MISMATCH

TEST(AmountMismatch, SeedAmountsAgreeAcrossDocuments) {
    EXPECT_TRUE(run(rule("AMOUNT-MISMATCH"), seed()).empty());
    EXPECT_TRUE(run(rule("AMOUNT-MISMATCH"), clean()).empty());
}

TEST(AmountMismatch, ReportProposalDifferentFromTheDeliberationNamesBothPlaces) {
    auto d = clean();
    d.rapport->proposed_grants.at(0).amount.value = eur(50'000);
    d.rapport->budget.at(0).proposed = eur(50'000);
    d.rapport->budget.at(0).balance = eur(209'285 - 50'000);
    const auto diags = run(rule("AMOUNT-MISMATCH"), d);
    ASSERT_EQ(diags.size(), 1u);
    const auto& diag = diags[0];
    EXPECT_EQ(diag.severity, Severity::error);
    EXPECT_EQ(diag.location.document, DocumentKind::rapport);
    EXPECT_EQ(diag.location.path, "/rapport/proposed_grants/0/amount");
    expect_fact(diag, "place", "rapport_proposed_grants");
    expect_fact(diag, "amount", "50000.00");
    expect_fact(diag, "other_place", "deliberation_grants");
    expect_fact(diag, "other_amount", "57000.00");
    expect_fact(diag, "difference", "-7000.00");
    expect_fact(diag, "other_document", "deliberation");
    expect_fact(diag, "other_path", "/deliberation/grants/0/amount");
    expect_fact(diag, "other_section", d.deliberation->grants[0].amount.source.section);
    EXPECT_NE(diag.message_fr.find("diffère du montant attribué"), std::string::npos)
        << diag.message_fr;
}

TEST(AmountMismatch, TableImputingLessIsAWarningAndMoreIsAnError) {
    auto d = clean();
    d.deliberation->imputations.at(0).proposed = eur(50'000);
    auto diags = run(rule("AMOUNT-MISMATCH"), d);
    ASSERT_EQ(diags.size(), 1u);
    EXPECT_EQ(diags[0].severity, Severity::warning);
    EXPECT_EQ(diags[0].location.path, "/deliberation/imputations/0/proposed");
    expect_fact(diags[0], "place", "deliberation_imputations");
    expect_fact(diags[0], "difference", "-7000.00");

    d.deliberation->imputations.at(0).proposed = eur(60'000);
    diags = run(rule("AMOUNT-MISMATCH"), d);
    ASSERT_EQ(diags.size(), 1u);
    EXPECT_EQ(diags[0].severity, Severity::error);
    expect_fact(diags[0], "difference", "3000.00");
}

TEST(AmountMismatch, ReportTableIsComparedWithTheReportProposal) {
    auto d = clean();
    d.rapport->budget.at(0).proposed = eur(58'000);
    const auto diags = run(rule("AMOUNT-MISMATCH"), d);
    ASSERT_EQ(diags.size(), 1u);
    EXPECT_EQ(diags[0].location.path, "/rapport/budget/0/proposed");
    expect_fact(diags[0], "other_path", "/rapport/proposed_grants/0/amount");
    EXPECT_EQ(diags[0].severity, Severity::error);
}

TEST(AmountMismatch, ConventionWithOneCeilingIsComparedSeveralCeilingsAreNot) {
    auto d = clean();
    d.convention->actions.at(1).amount = std::nullopt;
    auto diags = run(rule("AMOUNT-MISMATCH"), d);
    ASSERT_EQ(diags.size(), 1u);
    EXPECT_EQ(diags[0].location.path, "/convention/actions/0/amount");
    expect_fact(diags[0], "place", "convention_ceilings");
    expect_fact(diags[0], "amount", "24000.00");
    expect_fact(diags[0], "other_amount", "57000.00");

    d = clean();
    d.convention->actions.at(1).amount->value = eur(30'000); // AMOUNT-CEILINGS-SUM's finding
    EXPECT_TRUE(run(rule("AMOUNT-MISMATCH"), d).empty());
}

TEST(AmountMismatch, GrantsSplitIntoSeveralDecisionsAreComparedAsAWhole) {
    auto d = clean();
    auto second = d.deliberation->grants.at(0);
    d.deliberation->grants.at(0).amount.value = eur(24'000);
    second.amount.value = eur(33'000);
    d.deliberation->grants.push_back(second);
    EXPECT_TRUE(run(rule("AMOUNT-MISMATCH"), d).empty());
}

TEST(AmountMismatch, ConventionIsComparedWithTheGrantToItsOwnBeneficiary) {
    auto d = clean();
    d.convention->actions.at(1).amount = std::nullopt;
    d.convention->actions.at(0).amount->value = eur(57'000);
    auto other = d.deliberation->grants.at(0);
    other.beneficiary = "Une autre association";
    other.amount.value = eur(10'000);
    d.deliberation->grants.push_back(other);
    d.rapport->proposed_grants.push_back(other);
    d.deliberation->imputations.at(0).proposed = eur(67'000);
    d.rapport->budget.at(0).proposed = eur(67'000);
    EXPECT_TRUE(run(rule("AMOUNT-MISMATCH"), d).empty());
}

TEST(AmountMismatch, OverflowingGrantsAreReportedNotThrown) {
    auto d = clean();
    auto second = d.deliberation->grants.at(0);
    d.deliberation->grants.at(0).amount.value = Euros::max();
    second.amount.value = Euros::max();
    d.deliberation->grants.push_back(second);
    std::vector<Diagnostic> diags;
    EXPECT_NO_THROW(diags = run(rule("AMOUNT-MISMATCH"), d));
    ASSERT_FALSE(diags.empty());
    EXPECT_EQ(diags[0].severity, Severity::warning);
    expect_fact(diags[0], "overflow", "true");
    EXPECT_EQ(diags[0].location.path, "/deliberation/grants");
}

// ---------------------------------------------------------------------------------------------
// AMOUNT-CEILINGS-SUM

TEST(AmountCeilingsSum, SeedCeilingsAddUpToTheGrant) {
    // 24 000 + 33 000 = 57 000 (docs/legal-reference.md §11).
    EXPECT_TRUE(run(rule("AMOUNT-CEILINGS-SUM"), seed()).empty());
    EXPECT_TRUE(run(rule("AMOUNT-CEILINGS-SUM"), clean()).empty());
}

TEST(AmountCeilingsSum, CeilingsNotAddingUpAreAnErrorListingThem) {
    auto d = clean();
    d.convention->actions.at(1).amount->value = eur(30'000);
    const auto diags = run(rule("AMOUNT-CEILINGS-SUM"), d);
    ASSERT_EQ(diags.size(), 1u);
    const auto& diag = diags[0];
    EXPECT_EQ(diag.severity, Severity::error);
    EXPECT_EQ(diag.location.document, DocumentKind::convention);
    EXPECT_EQ(diag.location.path, "/convention/actions");
    expect_fact(diag, "ceiling_count", "2");
    expect_fact(diag, "ceilings", "24000.00,30000.00");
    expect_fact(diag, "ceilings_total", "54000.00");
    expect_fact(diag, "granted", "57000.00");
    expect_fact(diag, "difference", "-3000.00");
    expect_fact(diag, "other_place", "deliberation_grants");
    expect_fact(diag, "other_path", "/deliberation/grants/0/amount");
    EXPECT_NE(diag.message_fr.find("ne correspondent pas au montant attribué"), std::string::npos)
        << diag.message_fr;
}

TEST(AmountCeilingsSum, ErrorExactlyWhenTheCeilingsMissTheGrantByAnyCent) {
    auto d = clean();
    for (std::int64_t delta = -500; delta <= 500; ++delta) {
        d.convention->actions.at(1).amount->value = eur(33'000) + Euros::from_cents(delta);
        const auto diags = run(rule("AMOUNT-CEILINGS-SUM"), d);
        ASSERT_EQ(diags.size(), delta == 0 ? 0u : 1u) << delta;
        if (delta != 0)
            expect_fact(diags[0], "difference", Euros::from_cents(delta).to_iso());
    }
}

TEST(AmountCeilingsSum, OverflowingCeilingsAreReportedNotThrown) {
    auto d = clean();
    d.convention->actions.at(0).amount->value = Euros::max();
    d.convention->actions.at(1).amount->value = Euros::max();
    std::vector<Diagnostic> diags;
    EXPECT_NO_THROW(diags = run(rule("AMOUNT-CEILINGS-SUM"), d));
    ASSERT_EQ(diags.size(), 1u);
    expect_fact(diags[0], "overflow", "true");
    EXPECT_EQ(diags[0].location.path, "/convention/actions");
}

// ---------------------------------------------------------------------------------------------
// AMOUNT-REQUEST-SUM

TEST(AmountRequestSum, SeedRequestsAddUpToTheProposal) {
    EXPECT_TRUE(run(rule("AMOUNT-REQUEST-SUM"), seed()).empty());
    EXPECT_TRUE(run(rule("AMOUNT-REQUEST-SUM"), clean()).empty());
}

TEST(AmountRequestSum, ProposalAboveTheRequestsIsAWarning) {
    auto d = clean();
    d.rapport->operations.at(1).amount->value = eur(30'000);
    const auto diags = run(rule("AMOUNT-REQUEST-SUM"), d);
    ASSERT_EQ(diags.size(), 1u);
    const auto& diag = diags[0];
    EXPECT_EQ(diag.severity, Severity::warning);
    EXPECT_EQ(diag.location.path, "/rapport/operations");
    expect_fact(diag, "request_count", "2");
    expect_fact(diag, "requested_total", "54000.00");
    expect_fact(diag, "proposed", "57000.00");
    expect_fact(diag, "difference", "3000.00");
    expect_fact(diag, "other_path", "/rapport/proposed_grants/0/amount");
}

TEST(AmountRequestSum, ProposalBelowTheRequestsIsAnInfo) {
    auto d = clean();
    d.rapport->operations.at(1).amount->value = eur(40'000);
    const auto diags = run(rule("AMOUNT-REQUEST-SUM"), d);
    ASSERT_EQ(diags.size(), 1u);
    EXPECT_EQ(diags[0].severity, Severity::info);
    expect_fact(diags[0], "difference", "-7000.00");
}

TEST(AmountRequestSum, SingleRequestPointsAtItsOperation) {
    auto d = clean();
    d.rapport->operations.at(1).amount = std::nullopt;
    const auto diags = run(rule("AMOUNT-REQUEST-SUM"), d);
    ASSERT_EQ(diags.size(), 1u);
    EXPECT_EQ(diags[0].location.path, "/rapport/operations/0/amount");
    expect_fact(diags[0], "request_count", "1");
}

// ---------------------------------------------------------------------------------------------
// AMOUNT-WORDS

TEST(AmountWords, SeedAndCleanPrintNoContradictoryLetters) {
    EXPECT_TRUE(run(rule("AMOUNT-WORDS"), seed()).empty());
    EXPECT_TRUE(run(rule("AMOUNT-WORDS"), clean()).empty());
}

TEST(AmountWords, LettersDifferentFromFiguresAreAnError) {
    auto d = clean();
    d.deliberation->grants.at(0).amount_in_words = "cinquante-six mille euros";
    const auto diags = run(rule("AMOUNT-WORDS"), d);
    ASSERT_EQ(diags.size(), 1u);
    const auto& diag = diags[0];
    EXPECT_EQ(diag.severity, Severity::error);
    EXPECT_EQ(diag.location.path, "/deliberation/grants/0/amount_in_words");
    EXPECT_EQ(diag.location.document, DocumentKind::deliberation);
    const std::vector<cp::Fact> expected{{"amount_in_words", "cinquante-six mille euros"},
                                         {"words_amount", "56000.00", cp::Unit::euros},
                                         {"amount", "57000.00", cp::Unit::euros}};
    EXPECT_EQ(diag.facts, expected) << facts(diag);
}

TEST(AmountWords, EveryPlaceWithLettersIsChecked) {
    auto d = clean();
    d.rapport->operations.at(0).amount_in_words = "vingt-trois mille euros";
    d.rapport->proposed_grants.at(0).amount_in_words = "cinquante-sept mille euros";
    d.convention->actions.at(1).amount_in_words = "trente-deux mille euros";
    d.convention->payment_schedule.payments.at(0).amount_in_words = "un euro";
    const auto diags = run(rule("AMOUNT-WORDS"), d);
    ASSERT_EQ(diags.size(), 3u);
    EXPECT_EQ(diags[0].location.path, "/rapport/operations/0/amount_in_words");
    EXPECT_EQ(diags[1].location.path, "/convention/actions/1/amount_in_words");
    EXPECT_EQ(diags[2].location.path, "/convention/payment_schedule/payments/0/amount_in_words");
}

TEST(AmountWords, ParenthesesAndMissingUnitAreTolerated) {
    auto d = clean();
    for (const char* words : {"(cinquante-sept mille euros)", "cinquante-sept mille",
                              "Cinquante-Sept-Mille Euros", "  "}) {
        d.deliberation->grants.at(0).amount_in_words = words;
        EXPECT_TRUE(run(rule("AMOUNT-WORDS"), d).empty()) << words;
    }
}

TEST(AmountWords, UnreadableLettersAreAWarning) {
    auto d = clean();
    d.deliberation->grants.at(0).amount_in_words = "cinquante-sept mille bananes";
    const auto diags = run(rule("AMOUNT-WORDS"), d);
    ASSERT_EQ(diags.size(), 1u);
    EXPECT_EQ(diags[0].severity, Severity::warning);
    expect_fact(diags[0], "error_kind", "format");
    expect_fact(diags[0], "amount", "57000.00");
}

TEST(AmountWords, LettersWrittenByTheLibraryMatchAndOneCentOffDoesNot) {
    // Property: for amounts across the range (step 79 193,71 €, both spellings), the library's
    // own letters agree with the figure and the letters of the figure ± 1 cent do not.
    auto d = clean();
    const std::int64_t step = 7'919'371LL * subvention::testing::sweep_step();
    for (std::int64_t cents = 1; cents < 100'000'000'000; cents += step) {
        const Euros figure = Euros::from_cents(cents);
        d.deliberation->grants.at(0).amount.value = figure;
        for (const auto sp : {sv::Spelling::traditional, sv::Spelling::rectified1990}) {
            d.deliberation->grants.at(0).amount_in_words = sv::to_words_fr(figure, sp);
            ASSERT_TRUE(run(rule("AMOUNT-WORDS"), d).empty()) << figure.to_iso();
            d.deliberation->grants.at(0).amount_in_words =
                sv::to_words_fr(figure + Euros::from_cents(1), sp);
            const auto diags = run(rule("AMOUNT-WORDS"), d);
            ASSERT_EQ(diags.size(), 1u) << figure.to_iso();
            ASSERT_EQ(diags[0].fact("words_amount"), (figure + Euros::from_cents(1)).to_iso());
        }
    }
}

// ---------------------------------------------------------------------------------------------
// PAYMENT-EXCEEDS

TEST(PaymentExceeds, SeedPaysExactlyTheGrant) {
    EXPECT_TRUE(run(rule("PAYMENT-EXCEEDS"), seed()).empty());
    EXPECT_TRUE(run(rule("PAYMENT-EXCEEDS"), clean()).empty());
}

TEST(PaymentExceeds, PaymentsAboveTheCeilingsAreAnError) {
    auto d = clean();
    auto& payments = d.convention->payment_schedule.payments;
    payments.back().amount.value = payments.back().amount.value + eur(3'000);
    const auto diags = run(rule("PAYMENT-EXCEEDS"), d);
    ASSERT_EQ(diags.size(), 1u);
    const auto& diag = diags[0];
    EXPECT_EQ(diag.severity, Severity::error);
    EXPECT_EQ(diag.location.document, DocumentKind::convention);
    expect_fact(diag, "payments_total", "60000.00");
    expect_fact(diag, "limit", "57000.00");
    expect_fact(diag, "excess", "3000.00");
    expect_fact(diag, "other_place", "convention_ceilings");
    expect_fact(diag, "other_path", "/convention/actions");
}

TEST(PaymentExceeds, LowerGrantIsTheLimitWhenTheCeilingsAreHigher) {
    auto d = clean();
    d.deliberation->grants.at(0).amount.value = eur(50'000);
    const auto diags = run(rule("PAYMENT-EXCEEDS"), d);
    ASSERT_EQ(diags.size(), 1u);
    expect_fact(diags[0], "limit", "50000.00");
    expect_fact(diags[0], "excess", "7000.00");
    expect_fact(diags[0], "other_place", "deliberation_grants");
    expect_fact(diags[0], "other_path", "/deliberation/grants/0/amount");
}

TEST(PaymentExceeds, ErrorExactlyWhenPaymentsExceedTheLimitByAnyCent) {
    auto d = clean();
    auto& last = d.convention->payment_schedule.payments.back().amount.value;
    const Euros base = last;
    for (std::int64_t delta = -300; delta <= 300; ++delta) {
        last = base + Euros::from_cents(delta);
        const auto diags = run(rule("PAYMENT-EXCEEDS"), d);
        ASSERT_EQ(diags.size(), delta > 0 ? 1u : 0u) << delta;
        if (delta > 0)
            expect_fact(diags[0], "excess", Euros::from_cents(delta).to_iso());
    }
}

TEST(PaymentExceeds, OverflowingPaymentsAreReportedNotThrown) {
    auto d = clean();
    auto& payments = d.convention->payment_schedule.payments;
    payments.push_back(payments.front());
    payments.push_back(payments.front());
    for (auto& p : payments)
        p.amount.value = Euros::max();
    std::vector<Diagnostic> diags;
    EXPECT_NO_THROW(diags = run(rule("PAYMENT-EXCEEDS"), d));
    ASSERT_EQ(diags.size(), 1u);
    expect_fact(diags[0], "overflow", "true");
    EXPECT_EQ(diags[0].location.path, "/convention/payment_schedule/payments");
}

// ---------------------------------------------------------------------------------------------
// PAYMENT-INCOMPLETE

TEST(PaymentIncomplete, SeedMentionsInstalmentsAndABalanceItsSchedulesDoesNotProvide) {
    // SEED-05: art. 7 single payment of 57 000 € after signature; art. 4 « calcul du solde »,
    // art. 9 « versement des acomptes et celui du solde ».
    const auto diags = run(rule("PAYMENT-INCOMPLETE"), seed());
    ASSERT_EQ(diags.size(), 1u);
    const auto& d = diags[0];
    EXPECT_EQ(d.severity, Severity::warning);
    EXPECT_EQ(d.location.document, DocumentKind::convention);
    EXPECT_EQ(d.location.section, "article 4 §1");
    EXPECT_EQ(d.location.path, "/convention/payment_schedule/mentions/0");
    const std::vector<cp::Fact> expected{
        {"mentioned_kinds", "balance,advance", cp::Unit::code},
        {"mention_count", "3", cp::Unit::count},
        {"scheduled_kinds", "single", cp::Unit::code},
        {"payment_count", "1", cp::Unit::count},
        {"payments_total", "57000.00", cp::Unit::euros},
        {"other_document", "convention", cp::Unit::code},
        {"other_section", "article 7"},
        {"other_path", "/convention/payment_schedule/payments/0", cp::Unit::code},
        {"other_text", "Un versement de 57 000 € interviendra après la signature de la présente "
                       "convention par les parties."}};
    EXPECT_EQ(d.facts, expected) << facts(d);
    EXPECT_EQ(d.message_fr,
              "La convention mentionne un solde (article 4 §1, article 9) et des acomptes "
              "(article 9), mais son échéancier (article 7) ne prévoit qu'un versement unique de "
              "57\u202F000,00\u00A0€ : ces mentions sont sans objet, ou l'échéancier est "
              "incomplet.");
}

TEST(PaymentIncomplete, ScheduleWithAdvanceAndBalanceAnswersTheMentions) {
    auto d = seed();
    auto& s = d.convention->payment_schedule;
    const auto source = s.payments.at(0).amount.source;
    s.payments = {sv::Payment{sv::PaymentKind::advance,
                              {eur(20'000), source},
                              sv::PaymentTrigger::signature,
                              std::nullopt,
                              std::nullopt},
                  sv::Payment{sv::PaymentKind::balance,
                              {eur(37'000), source},
                              sv::PaymentTrigger::final_report,
                              std::nullopt,
                              std::nullopt}};
    EXPECT_TRUE(run(rule("PAYMENT-INCOMPLETE"), d).empty());
}

TEST(PaymentIncomplete, PaymentsBelowTheAidWithoutBalanceAreAWarning) {
    auto d = seed();
    d.convention->payment_schedule.payments.at(0).amount.value = eur(50'000);
    const auto diags = run(rule("PAYMENT-INCOMPLETE"), d);
    ASSERT_EQ(diags.size(), 2u);
    const auto& first = diags[0];
    EXPECT_EQ(first.severity, Severity::warning);
    EXPECT_EQ(first.location.path, "/convention/payment_schedule/payments/0/amount");
    expect_fact(first, "payments_total", "50000.00");
    expect_fact(first, "limit", "57000.00");
    expect_fact(first, "unscheduled", "7000.00");
    expect_fact(first, "has_balance", "false");
    expect_fact(first, "balance_mentioned_in", "article 4 §1, article 9");
    // The balance mentions went into the first warning: the second only names the advances.
    expect_fact(diags[1], "mentioned_kinds", "advance");
    expect_fact(diags[1], "mention_count", "1");
    EXPECT_EQ(diags[1].location.path, "/convention/payment_schedule/mentions/1");
}

TEST(PaymentIncomplete, NoPaymentAtAllIsAnInfo) {
    auto d = clean();
    d.convention->payment_schedule.payments.clear();
    const auto diags = run(rule("PAYMENT-INCOMPLETE"), d);
    ASSERT_EQ(diags.size(), 1u);
    EXPECT_EQ(diags[0].severity, Severity::info);
    EXPECT_EQ(diags[0].location.path, "/convention/payment_schedule/payments");
    expect_fact(diags[0], "payment_count", "0");
    expect_fact(diags[0], "payment_terms_required", "true");
}

TEST(PaymentIncomplete, NoPaymentSaysThePaymentTermsAreRequiredFrom2016) {
    auto d = clean();
    d.convention->payment_schedule.payments.clear();
    const auto from_2016 = run(rule("PAYMENT-INCOMPLETE"), d, sv::Date(2016, 1, 1));
    ASSERT_EQ(from_2016.size(), 1u);
    EXPECT_EQ(from_2016[0].message_fr,
              "La convention ne prévoit aucun versement (échéancier absent) : rien n'y dit quand "
              "l'aide est payée, alors que les modalités de versement sont une mention exigée par "
              "l'article 10, alinéa 4, de la loi n° 2000-321 du 12 avril 2000.");
    EXPECT_EQ(subvention::testing::cited(from_2016[0].legal_basis),
              (std::vector<std::string>{"loi 2000-321 art. 10 al. 4"}));
    const auto from_2021 = run(rule("PAYMENT-INCOMPLETE"), d, sv::Date(2021, 7, 3));
    ASSERT_EQ(from_2021.size(), 1u);
    EXPECT_NE(from_2021[0].message_fr.find("dans sa rédaction issue de la loi n° 2021-875"),
              std::string::npos);
    EXPECT_EQ(from_2021[0].message_en.find("not required"), std::string::npos);

    const auto before = run(rule("PAYMENT-INCOMPLETE"), d, sv::Date(2015, 12, 31));
    ASSERT_EQ(before.size(), 1u);
    EXPECT_EQ(before[0].severity, Severity::info);
    expect_fact(before[0], "payment_terms_required", "false");
    EXPECT_NE(before[0].message_fr.find("n'étaient pas exigées par la loi"), std::string::npos);
    EXPECT_EQ(subvention::testing::cited(before[0].legal_basis),
              (std::vector<std::string>{"loi 2000-321 art. 10 al. 3"}));
}

TEST(PaymentIncomplete, DatedPaymentWithoutADateIsAWarning) {
    auto d = clean();
    d.convention->payment_schedule.payments.at(0).trigger = sv::PaymentTrigger::date;
    d.convention->payment_schedule.payments.at(0).date = std::nullopt;
    const auto diags = run(rule("PAYMENT-INCOMPLETE"), d);
    ASSERT_EQ(diags.size(), 1u);
    EXPECT_EQ(diags[0].severity, Severity::warning);
    EXPECT_EQ(diags[0].location.path, "/convention/payment_schedule/payments/0/date");
    expect_fact(diags[0], "trigger", "date");
    d.convention->payment_schedule.payments.at(0).date = sv::Date(2023, 6, 30);
    EXPECT_TRUE(run(rule("PAYMENT-INCOMPLETE"), d).empty());
}

} // namespace test_rules_amounts_test
