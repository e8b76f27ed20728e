// SPDX-License-Identifier: Apache-2.0
// Loading a rules file (src/local/rules_file.cpp): each kind of defect is refused with its line
// and column, every defect of a file is reported at once, and what is not a rules file (bad
// YAML, too big, binary, too deeply nested) is refused with an error rather than a crash;
// add_rules refuses an ID or a prefix already in the catalogue.

#include <cstdint>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include <gtest/gtest.h>

#include <subvention/compliance/catalogue.hpp>
#include <subvention/compliance/checker.hpp>
#include <subvention/examples/apes_2023.hpp>
#include <subvention/local/rules_file.hpp>

#include "support/process.hpp"

// Each suite in its own namespace: the suites of a group are compiled together (unity build).
namespace test_local_loader_test {

using namespace subvention;
using namespace subvention::local;

/// The defects parse_rules() reports for `text` (none when the file loads).
std::vector<RulesError> errors_of(std::string_view text) {
    try {
        (void)parse_rules(text, "essai.yaml");
    } catch (const RulesFileError& e) {
        return e.errors();
    }
    return {};
}

/// The one defect of `text`; fails the test when there are none or several.
RulesError the_error(std::string_view text) {
    const auto errors = errors_of(text);
    EXPECT_EQ(errors.size(), 1U) << ::testing::PrintToString(errors.size()) << " errors:\n"
                                 << [&] {
                                        std::string s;
                                        for (const auto& e : errors)
                                            s += e.to_string() + "\n";
                                        return s;
                                    }();
    return errors.empty() ? RulesError{} : errors.front();
}

/// `text` with the first `from` replaced by `to`.
std::string with(std::string text, std::string_view from, std::string_view to) {
    const auto at = text.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    if (at != std::string::npos)
        text.replace(at, from.size(), to);
    return text;
}

bool contains(const std::string& s, std::string_view part) {
    return s.find(part) != std::string::npos;
}

// Lines 1-9, the part most cases share: a prefix and a dated parameter.
const std::string head = R"(subvention-rules: 1
prefix: RBF99
title: Règlement d'essai
parameters:
  seuil:
    values:
      - from: 2014-12-29
        value: 23 000 €
rules:
)";

// Lines 10-15: a rule that loads.
const std::string good_rule = R"(  - id: RBF99-SEUIL
    severity: warning
    title: Seuil
    message: "{amount.granted} dépasse {seuil}"
    basis: {text: Règlement, article: "12"}
    when: amount.granted > seuil
)";

TEST(LocalLoader, AWellFormedFileLoadsWithItsRulesAndLines) {
    const auto set = parse_rules(head + good_rule, "essai.yaml");
    EXPECT_EQ(set.prefix(), "RBF99");
    EXPECT_EQ(set.title(), "Règlement d'essai");
    ASSERT_EQ(set.size(), 1U);
    EXPECT_EQ(set.line_of("RBF99-SEUIL"), 10U);
    EXPECT_EQ(set.line_of("RBF99-AUTRE"), 0U);
    const auto rules = set.rules();
    EXPECT_EQ(rules.at(0).family, compliance::Family::local);
    EXPECT_EQ(rules.at(0).legal_basis.at(0).to_string(), "Règlement art. 12");
}

TEST(LocalLoader, UnknownKeyIsRefusedAtTheKeyWithThePossibleKeys) {
    std::string text = head + good_rule;
    text = with(text, "    title: Seuil", "    titel: Seuil");
    const auto errors = errors_of(text);
    // Two defects, in file order: the rule (line 10) lacks its title, and « titel » (line 12)
    // is not a key.
    ASSERT_EQ(errors.size(), 2U);
    EXPECT_EQ(errors[0].line, 10U);
    EXPECT_TRUE(contains(errors[0].message, "title manquant")) << errors[0].message;
    const auto& unknown = errors[1];
    EXPECT_EQ(unknown.line, 12U);
    EXPECT_EQ(unknown.column, 5U);
    EXPECT_EQ(unknown.rule, "RBF99-SEUIL");
    EXPECT_TRUE(contains(unknown.message, "clé inconnue « titel »")) << unknown.message;
    EXPECT_TRUE(contains(unknown.message, "id, severity, title")) << unknown.message;
    EXPECT_EQ(unknown.to_string().rfind("essai.yaml:12:5 : RBF99-SEUIL : clé inconnue", 0), 0U)
        << unknown.to_string();
}

TEST(LocalLoader, DefectsAreReportedInFileOrder) {
    std::string text = head + good_rule;
    text = with(text, "    title: Seuil", "    titel: Seuil");
    text = with(text, "severity: warning", "severity: grave");
    const auto errors = errors_of(text);
    ASSERT_GE(errors.size(), 2U);
    for (std::size_t i = 1; i < errors.size(); ++i)
        EXPECT_LE(std::tie(errors[i - 1].line, errors[i - 1].column),
                  std::tie(errors[i].line, errors[i].column))
            << errors[i - 1].to_string() << " / " << errors[i].to_string();
}

TEST(LocalLoader, MissingKeyIsReportedAtTheRuleThatLacksIt) {
    std::string text = head + good_rule;
    text.erase(text.find("    severity: warning\n"), 22);
    const auto e = the_error(text);
    EXPECT_EQ(e.line, 10U);
    EXPECT_EQ(e.column, 5U); // the rule's first key
    EXPECT_TRUE(contains(e.message, "severity manquante")) << e.message;
}

TEST(LocalLoader, ARuleWithoutMessageIsRefusedNotAYamlException) {
    std::string text = head + good_rule;
    text = with(text, "    message: \"{amount.granted} dépasse {seuil}\"\n", "");
    const auto e = the_error(text);
    EXPECT_EQ(e.line, 10U);
    EXPECT_EQ(e.column, 5U);
    EXPECT_TRUE(contains(e.message, "message manquant")) << e.message;
}

TEST(LocalLoader, BadPrefixIsRefusedAtItsValue) {
    std::string text = head + good_rule;
    text = with(text, "prefix: RBF99", "prefix: rbf-9");
    const auto errors = errors_of(text);
    ASSERT_GE(errors.size(), 1U);
    EXPECT_EQ(errors[0].line, 2U);
    EXPECT_EQ(errors[0].column, 9U);
    EXPECT_TRUE(contains(errors[0].message, "préfixe « rbf-9 » invalide")) << errors[0].message;
}

TEST(LocalLoader, PrefixOfABuiltInFamilyIsRefused) {
    std::string text = head + good_rule;
    text = with(text, "prefix: RBF99", "prefix: CONV");
    const auto errors = errors_of(text);
    ASSERT_GE(errors.size(), 1U);
    EXPECT_EQ(errors[0].line, 2U);
    EXPECT_EQ(errors[0].column, 9U);
    EXPECT_TRUE(contains(errors[0].message, "celui de règles de la bibliothèque"))
        << errors[0].message;
}

TEST(LocalLoader, AnIdWithoutThePrefixIsRefusedAtTheId) {
    std::string text = head + good_rule;
    text = with(text, "id: RBF99-SEUIL", "id: AUTRE-SEUIL");
    const auto e = the_error(text);
    EXPECT_EQ(e.line, 10U);
    EXPECT_EQ(e.column, 9U);
    EXPECT_TRUE(contains(e.message, "commencer par le préfixe du fichier « RBF99- »")) << e.message;
}

TEST(LocalLoader, AnInvalidIdIsRefused) {
    std::string text = head + good_rule;
    text = with(text, "id: RBF99-SEUIL", "id: RBF99--seuil");
    const auto e = the_error(text);
    EXPECT_EQ(e.line, 10U);
    EXPECT_EQ(e.column, 9U);
    EXPECT_TRUE(contains(e.message, "identifiant invalide")) << e.message;
}

TEST(LocalLoader, ADuplicateIdIsRefusedAtItsSecondDeclaration) {
    const auto e = the_error(head + good_rule + good_rule);
    EXPECT_EQ(e.line, 16U);
    EXPECT_EQ(e.column, 9U);
    EXPECT_EQ(e.rule, "RBF99-SEUIL");
    EXPECT_TRUE(contains(e.message, "déjà utilisé")) << e.message;
}

TEST(LocalLoader, BadSeverityIsRefusedAtItsValue) {
    std::string text = head + good_rule;
    text = with(text, "severity: warning", "severity: grave");
    const auto e = the_error(text);
    EXPECT_EQ(e.line, 11U);
    EXPECT_EQ(e.column, 15U);
    EXPECT_TRUE(contains(e.message, "« grave » inconnue (error, warning ou info)")) << e.message;
}

TEST(LocalLoader, BadDatesAreRefusedAtTheirValue) {
    std::string text = head + good_rule;
    text = with(text, "from: 2014-12-29", "from: 2014-13-29");
    const auto errors = errors_of(text);
    ASSERT_GE(errors.size(), 1U);
    const auto& e = errors[0];
    EXPECT_EQ(e.line, 7U);
    EXPECT_EQ(e.column, 15U);
    EXPECT_TRUE(contains(e.message, "« 2014-13-29 » n'est pas une date AAAA-MM-JJ")) << e.message;

    std::string basis = head + good_rule;
    basis = with(basis, "article: \"12\"}", "article: \"12\", from: 2014-02-30}");
    const auto b = the_error(basis);
    EXPECT_EQ(b.line, 14U);
    EXPECT_EQ(b.column, 52U);
    EXPECT_TRUE(contains(b.message, "basis.from")) << b.message;
}

TEST(LocalLoader, ParameterValuesInForceTheSameDayAreRefused) {
    const std::string text = R"(subvention-rules: 1
prefix: RBF99
title: Règlement d'essai
parameters:
  seuil:
    values:
      - from: 2014-01-01
        until: 2020-12-31
        value: 23 000 €
      - from: 2020-06-01
        value: 30 000 €
rules:
)" + good_rule;
    const auto e = the_error(text);
    EXPECT_EQ(e.line, 5U);
    EXPECT_EQ(e.column, 3U);
    EXPECT_TRUE(contains(e.message, "deux valeurs en vigueur le même jour (2020-06-01)"))
        << e.message;
}

TEST(LocalLoader, ParameterValuesOfDifferentTypesAreRefused) {
    std::string text = head + good_rule;
    text = with(text, "        value: 23 000 €\n",
                "        value: 23 000 €\n      - from: 2020-01-01\n        value: 30 %\n");
    const auto e = the_error(text);
    EXPECT_EQ(e.line, 10U);
    EXPECT_EQ(e.column, 16U);
    EXPECT_TRUE(contains(e.message, "même type")) << e.message;
}

TEST(LocalLoader, AParameterWithoutValueDuringTheRulePeriodIsRefused) {
    std::string text = head + good_rule;
    text = with(text, "article: \"12\"}", "article: \"12\", until: 2010-12-31}");
    const auto e = the_error(text);
    EXPECT_EQ(e.line, 15U);
    EXPECT_EQ(e.column, 11U);
    EXPECT_TRUE(contains(e.message, "« seuil » n'a aucune valeur en vigueur")) << e.message;
}

TEST(LocalLoader, AConstantConditionIsRefused) {
    std::string text = head + good_rule;
    text = with(text, "when: amount.granted > seuil", "when: 1 € > 0 €");
    const auto e = the_error(text);
    EXPECT_EQ(e.line, 15U);
    EXPECT_EQ(e.column, 11U);
    EXPECT_TRUE(contains(e.message, "ne lit aucun fait ni paramètre")) << e.message;
}

TEST(LocalLoader, AConditionThatIsNotTrueOrFalseIsRefused) {
    std::string text = head + good_rule;
    text = with(text, "when: amount.granted > seuil", "when: amount.granted + seuil");
    const auto e = the_error(text);
    EXPECT_EQ(e.line, 15U);
    EXPECT_TRUE(contains(e.message, "une condition (vrai ou faux) est attendue")) << e.message;
}

TEST(LocalLoader, AnUnclosedBraceInAMessageIsRefusedAtTheBrace) {
    std::string text = head + good_rule;
    text = with(text, "{amount.granted} dépasse {seuil}", "{seuil} dépasse {amount.granted");
    const auto e = the_error(text);
    EXPECT_EQ(e.line, 13U);
    EXPECT_EQ(e.column, 32U); // the second « { », in bytes (« é » is two)
    EXPECT_TRUE(contains(e.message, "« { » sans « } »")) << e.message;
}

TEST(LocalLoader, AnExpressionErrorInAMessageIsAtTheExpression) {
    std::string text = head + good_rule;
    text = with(text, "{seuil}", "{seuill}");
    const auto e = the_error(text);
    EXPECT_EQ(e.line, 13U);
    EXPECT_EQ(e.column, 42U); // « seuill », in bytes
    EXPECT_TRUE(contains(e.message, "vouliez-vous dire « seuil »")) << e.message;
}

TEST(LocalLoader, AnExpressionErrorInABlockScalarIsAtItsLineAndColumn) {
    std::string text = head + good_rule;
    text = with(text, "    when: amount.granted > seuil\n",
                "    when: |\n"
                "      amount.granted > seuil\n"
                "      and beneficiary.legal_form == \"asociation\"\n");
    const auto e = the_error(text);
    EXPECT_EQ(e.line, 17U);
    EXPECT_EQ(e.column, 37U);
    EXPECT_TRUE(contains(e.message, "« asociation » n'est pas une valeur possible")) << e.message;
}

TEST(LocalLoader, AnExpressionErrorInAQuotedScalarIsAtItsColumn) {
    std::string text = head + good_rule;
    text = with(text, "when: amount.granted > seuil",
                "when: \"amount.granted > seuil and period.end > 6 mois\"");
    const auto e = the_error(text);
    EXPECT_EQ(e.line, 15U);
    EXPECT_EQ(e.column, 50U); // the « > » that compares a date with a duration
    EXPECT_TRUE(contains(e.message, "comparaison impossible entre une date et une durée"))
        << e.message;
}

TEST(LocalLoader, AnExpressionErrorInAnAllBlockIsAtItsItem) {
    std::string text = head + good_rule;
    text = with(text, "    when: amount.granted > seuil\n",
                "    when:\n"
                "      all:\n"
                "        - amount.granted > seuil\n"
                "        - amount.grantd > 0 €\n");
    const auto e = the_error(text);
    EXPECT_EQ(e.line, 18U);
    EXPECT_EQ(e.column, 11U);
    EXPECT_TRUE(contains(e.message, "vouliez-vous dire « amount.granted »")) << e.message;
}

TEST(LocalLoader, EveryDefectOfTheFileIsReportedAtOnceInFileOrder) {
    std::string text = head + good_rule;
    text = with(text, "severity: warning", "severity: grave");
    std::string second = good_rule;
    second = with(second, "RBF99-SEUIL", "RBF99-AUTRE");
    second = with(second, "amount.granted > seuil", "amount.granted > seuils");
    const auto errors = errors_of(text + second);
    ASSERT_EQ(errors.size(), 2U);
    EXPECT_EQ(errors[0].line, 11U);
    EXPECT_EQ(errors[0].rule, "RBF99-SEUIL");
    EXPECT_EQ(errors[1].line, 21U);
    EXPECT_EQ(errors[1].column, 28U);
    EXPECT_EQ(errors[1].rule, "RBF99-AUTRE");
    // what() lists them one a line, the form editors jump to
    try {
        (void)parse_rules(text + second, "essai.yaml");
        FAIL();
    } catch (const RulesFileError& e) {
        EXPECT_EQ(std::string(e.what()), errors[0].to_string() + "\n" + errors[1].to_string());
    }
}

TEST(LocalLoader, YamlSyntaxErrorGivesItsLine) {
    const auto e = the_error("subvention-rules: 1\nprefix: RBF99\nrules: [\n  - id: x\n");
    EXPECT_GE(e.line, 3U);
    EXPECT_TRUE(contains(e.message, "YAML illisible")) << e.message;
}

TEST(LocalLoader, AFileThatIsNotAMapIsRefused) {
    const auto e = the_error("- un\n- deux\n");
    EXPECT_EQ(e.line, 1U);
    EXPECT_TRUE(contains(e.message, "table YAML")) << e.message;
    EXPECT_FALSE(errors_of("").empty());
    const auto version =
        errors_of("subvention-rules: 2\nprefix: RBF99\ntitle: t\nrules:\n" + good_rule);
    ASSERT_FALSE(version.empty());
    EXPECT_TRUE(contains(version[0].message, "version de format « 2 »")) << version[0].message;
}

TEST(LocalLoader, AFileAboveFourMebibytesIsRefusedWithoutReadingIt) {
    const std::string big = head + good_rule + "# " + std::string(4U * 1024U * 1024U, 'x') + "\n";
    const auto e = the_error(big);
    EXPECT_EQ(e.line, 0U);
    EXPECT_TRUE(contains(e.message, "fichier trop grand")) << e.message;

    const auto dir = subvention::testing::scratch_dir("local-loader-big");
    subvention::testing::write_file(dir / "big.yaml", big);
    try {
        (void)load_rules_file(dir / "big.yaml");
        FAIL();
    } catch (const RulesFileError& err) {
        ASSERT_EQ(err.errors().size(), 1U);
        EXPECT_TRUE(contains(err.errors()[0].message, "fichier trop grand"));
    }
    std::filesystem::remove_all(dir);
}

TEST(LocalLoader, AMissingFileIsRefusedNamingIt) {
    try {
        (void)load_rules_file("/nonexistent/rules.yaml");
        FAIL();
    } catch (const RulesFileError& e) {
        ASSERT_EQ(e.errors().size(), 1U);
        EXPECT_EQ(e.errors()[0].file, "/nonexistent/rules.yaml");
        EXPECT_TRUE(contains(e.errors()[0].message, "fichier illisible"));
    }
}

TEST(LocalLoader, ABinaryFileIsRefusedNotACrash) {
    std::string binary;
    std::uint32_t x = 12345;
    for (int i = 0; i < 4096; ++i) {
        x = x * 1103515245U + 12345U;
        binary += static_cast<char>(x >> 24);
    }
    binary[10] = '\0';
    EXPECT_FALSE(errors_of(binary).empty());
    EXPECT_FALSE(errors_of(std::string("\x7f"
                                       "ELF\x02\x01\x01\0\0\0",
                                       10))
                     .empty());
}

TEST(LocalLoader, DeeplyNestedYamlIsRefusedNotAStackOverflow) {
    EXPECT_FALSE(errors_of("subvention-rules: 1\nx: " + std::string(100'000, '[')).empty());
    EXPECT_FALSE(errors_of("subvention-rules: 1\nx: " + std::string(100'000, '{')).empty());
    std::string nested = "subvention-rules: 1\nx:\n";
    for (int i = 0; i < 2'500; ++i) // deeper than yaml-cpp's 2 000 levels
        nested += std::string(static_cast<std::size_t>(i + 1), ' ') + "-\n";
    EXPECT_FALSE(errors_of(nested).empty());
}

TEST(LocalLoader, YamlAliasesAreRefusedAtTheAlias) {
    // « billion laughs »: each level doubles the tree the last alias stands for
    std::string text = head + good_rule + "x0: &a0 [amount.granted > seuil]\n";
    // append, not "x" + std::string: GCC 12 -O3 false -Wstringop-overflow (GCC bug 105651)
    for (int i = 1; i < 40; ++i) {
        const std::string n = std::to_string(i);
        const std::string previous = std::to_string(i - 1);
        text.append("x").append(n).append(": &a").append(n);
        text.append(" [*a").append(previous).append(", *a").append(previous).append("]\n");
    }
    const auto e = the_error(text);
    EXPECT_EQ(e.line, 17U);
    EXPECT_EQ(e.column, 10U);
    EXPECT_TRUE(contains(e.message, "alias YAML")) << e.message;
}

TEST(LocalLoader, ALongAllListLoadsAndRuns) {
    std::string when = "\n      all:\n";
    for (int i = 0; i < 20'000; ++i)
        when += "        - amount.granted > " + std::to_string(i % 1000) + " €\n";
    std::string text = head + good_rule;
    text = with(text, " amount.granted > seuil\n", when);
    const auto set = parse_rules(text, "essai.yaml");
    auto catalogue = compliance::Catalogue::builtin();
    add_rules(catalogue, set);
    compliance::CheckOptions options;
    options.rules = {"RBF99-SEUIL"};
    EXPECT_EQ(compliance::check(examples::apes_2023(), options, catalogue).diagnostics.size(), 1U);
}

TEST(LocalLoader, DeeplyNestedConditionsAreRefused) {
    std::string when = "amount.granted > seuil";
    for (int i = 0; i < 40; ++i)
        when = "{all: [" + when + "]}";
    std::string text = head + good_rule;
    text = with(text, "amount.granted > seuil\n", when);
    const auto errors = errors_of(text);
    ASSERT_FALSE(errors.empty());
    EXPECT_TRUE(contains(errors[0].message, "trop imbriquée")) << errors[0].message;

    std::string expr = "amount.granted > seuil";
    for (int i = 0; i < 200; ++i)
        expr = "(" + expr + ")";
    std::string text2 = head + good_rule;
    text2 = with(text2, "amount.granted > seuil\n", expr);
    const auto e2 = the_error(text2);
    EXPECT_TRUE(contains(e2.message, "trop imbriquée")) << e2.message;
}

TEST(LocalLoader, ADeeplyNestedInlineDossierIsRefused) {
    std::string dossier = "1";
    for (int i = 0; i < 200; ++i)
        dossier = "{a: " + dossier + "}";
    const auto errors =
        errors_of(head + good_rule + "tests:\n  - name: profond\n    dossier: " + dossier +
                  "\n    fires: [RBF99-SEUIL]\n");
    ASSERT_EQ(errors.size(), 1U);
    EXPECT_EQ(errors[0].line, 18U);
    EXPECT_TRUE(contains(errors[0].message, "trop imbriqué")) << errors[0].message;
}

TEST(LocalLoader, AnInlineDossierOrPatchThatIsNotUtf8IsRefused) {
    const auto dossier = errors_of(
        head + good_rule +
        "tests:\n  - name: octets\n    dossier: {a: \"\xff\"}\n    fires: [RBF99-SEUIL]\n");
    ASSERT_EQ(dossier.size(), 1U);
    EXPECT_EQ(dossier[0].line, 18U);
    EXPECT_TRUE(contains(dossier[0].message, "UTF-8")) << dossier[0].message;
    const auto patch = errors_of(head + good_rule +
                                 "tests:\n  - name: octets\n    dossier: apes-2023\n    patch: {a: "
                                 "\"\xfe\"}\n    fires: [RBF99-SEUIL]\n");
    ASSERT_EQ(patch.size(), 1U);
    EXPECT_EQ(patch[0].line, 19U);
    EXPECT_TRUE(contains(patch[0].message, "patch : texte qui n'est pas de l'UTF-8"))
        << patch[0].message;
}

TEST(LocalLoader, TestCasesNameRulesOfTheFileAndExpectSomething) {
    const auto errors = errors_of(head + good_rule +
                                  "tests:\n  - name: cas\n    dossier: apes-2023\n"
                                  "    fires: [RBF99-SEUL]\n");
    ASSERT_GE(errors.size(), 1U);
    const auto& unknown = errors[0];
    EXPECT_EQ(unknown.line, 19U);
    EXPECT_EQ(unknown.column, 13U);
    EXPECT_EQ(unknown.rule, "cas");
    EXPECT_TRUE(contains(unknown.message, "« RBF99-SEUL » n'est pas une règle de ce fichier"));
    const auto nothing =
        the_error(head + good_rule + "tests:\n  - name: cas\n    dossier: apes-2023\n");
    EXPECT_TRUE(contains(nothing.message, "le cas n'attend rien")) << nothing.message;
}

// --- add_rules --------------------------------------------------------------------------------

TEST(LocalAddRules, TheSameFileTwiceIsRefusedWithEachRuleLine) {
    auto catalogue = compliance::Catalogue::builtin();
    const auto set = parse_rules(head + good_rule, "essai.yaml");
    add_rules(catalogue, set);
    EXPECT_NE(catalogue.find("RBF99-SEUIL"), nullptr);
    try {
        add_rules(catalogue, set);
        FAIL();
    } catch (const RulesFileError& e) {
        ASSERT_EQ(e.errors().size(), 2U);
        EXPECT_TRUE(contains(e.errors()[0].message, "préfixe « RBF99 » est déjà"));
        EXPECT_EQ(e.errors()[1].line, 10U);
        EXPECT_EQ(e.errors()[1].rule, "RBF99-SEUIL");
    }
}

TEST(LocalAddRules, TwoFilesWithTheSamePrefixAreRefused) {
    auto catalogue = compliance::Catalogue::builtin();
    add_rules(catalogue, parse_rules(head + good_rule, "a.yaml"));
    std::string other = head + good_rule;
    other = with(other, "RBF99-SEUIL", "RBF99-AUTRE");
    const auto before = catalogue.size();
    try {
        add_rules(catalogue, parse_rules(other, "b.yaml"));
        FAIL();
    } catch (const RulesFileError& e) {
        ASSERT_EQ(e.errors().size(), 1U);
        EXPECT_EQ(e.errors()[0].file, "b.yaml");
        EXPECT_TRUE(contains(e.errors()[0].message, "un préfixe par fichier"));
    }
    EXPECT_EQ(catalogue.size(), before); // nothing added
}

} // namespace test_local_loader_test
