// SPDX-License-Identifier: Apache-2.0
// Local rules in the checker: dated parameters in force at the act's date, rules applied only
// while their basis is in force, the explanation of a finding (facts, values, units, sources,
// parameters), the test cases of a rules file, and the fact vocabulary as read from APES.

#include <algorithm>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include <subvention/compliance/catalogue.hpp>
#include <subvention/compliance/checker.hpp>
#include <subvention/examples/apes_2023.hpp>
#include <subvention/io/json.hpp>
#include <subvention/local/facts.hpp>
#include <subvention/local/rules_file.hpp>

#include "local/facts_reader.hpp"
#include "support/process.hpp"

// Each suite in its own namespace: the suites of a group are compiled together (unity build).
namespace test_local_rules_test {

using namespace subvention;
using namespace subvention::local;
namespace ld = subvention::local::detail;

Date day(int y, int m, int d) {
    return Date(static_cast<unsigned short>(y), static_cast<unsigned short>(m),
                static_cast<unsigned short>(d));
}

const Dossier& apes() {
    static const Dossier d = examples::apes_2023();
    return d;
}

/// The findings of the rules of `yaml` on `dossier` at `as_of` (the act's date when nullopt).
std::vector<compliance::Diagnostic> findings(const std::string& yaml,
                                             std::optional<Date> as_of = std::nullopt,
                                             const Dossier& dossier = apes()) {
    const auto set = parse_rules(yaml, "essai.yaml");
    auto catalogue = compliance::Catalogue::builtin();
    add_rules(catalogue, set);
    compliance::CheckOptions options;
    options.as_of = as_of;
    for (const auto& r : set.rules())
        options.rules.push_back(r.id);
    return compliance::check(dossier, options, catalogue).diagnostics;
}

const compliance::Fact* fact(const compliance::Diagnostic& d, std::string_view key) {
    const auto it = std::find_if(d.facts.begin(), d.facts.end(),
                                 [&](const compliance::Fact& f) { return f.key == key; });
    return it == d.facts.end() ? nullptr : &*it;
}

std::string rule_file(const std::string& parameters, const std::string& rules) {
    return "subvention-rules: 1\nprefix: RBF99\ntitle: Règlement d'essai\n" + parameters +
           "rules:\n" + rules;
}

// A threshold lowered on 1 January 2023: 60 000 € before, 50 000 € from then on.
const std::string dated_threshold = R"(parameters:
  seuil:
    values:
      - from: 2014-01-01
        until: 2022-12-31
        value: 60 000 €
        basis: délibération du 12 décembre 2013
      - from: 2023-01-01
        value: 50 000 €
        basis: délibération du 15 décembre 2022
)";

const std::string threshold_rule = R"(  - id: RBF99-SEUIL
    severity: warning
    title: Seuil
    message: "{amount.granted} dépasse le seuil de {seuil}"
    basis: {text: Règlement budgétaire et financier, article: "12"}
    when: amount.granted > seuil
)";

// --- dated parameters -------------------------------------------------------------------------

TEST(LocalParameters, TheValueInForceAtTheActDateDecides) {
    const std::string yaml = rule_file(dated_threshold, threshold_rule);
    // APES: 57 000 € on 20 March 2023, the threshold is 50 000 €
    const auto now = findings(yaml);
    ASSERT_EQ(now.size(), 1U);
    EXPECT_EQ(now[0].message_fr, "57\u202f000,00\u00a0€ dépasse le seuil de 50\u202f000,00\u00a0€")
        << now[0].message_fr;
    // the same dossier judged in 2022: 60 000 €, not exceeded
    EXPECT_TRUE(findings(yaml, day(2022, 6, 1)).empty());
    EXPECT_TRUE(findings(yaml, day(2022, 12, 31)).empty());
    EXPECT_EQ(findings(yaml, day(2023, 1, 1)).size(), 1U);
    // before any value: the parameter is unknown, the rule undecided
    EXPECT_TRUE(findings(yaml, day(2010, 1, 1)).empty());
}

TEST(LocalParameters, TheFindingNamesTheParameterValueAndItsDate) {
    const auto d = findings(rule_file(dated_threshold, threshold_rule));
    ASSERT_EQ(d.size(), 1U);
    const auto* p = fact(d[0], "param.seuil");
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(p->value, "50000.00");
    EXPECT_EQ(p->unit, compliance::Unit::euros);
    EXPECT_FALSE(p->source.has_value());
    ASSERT_EQ(d[0].legal_basis.size(), 2U);
    EXPECT_EQ(d[0].legal_basis[0].to_string(), "Règlement budgétaire et financier art. 12");
    EXPECT_EQ(d[0].legal_basis[1].text,
              "délibération du 15 décembre 2022 (paramètre seuil = 50\u202f000,00\u00a0€, en "
              "vigueur du 1er janvier 2023)");
    EXPECT_EQ(d[0].legal_basis[1].version, "en vigueur du 1er janvier 2023");
    const auto before = findings(
        rule_file(dated_threshold, std::string(threshold_rule)
                                       .replace(threshold_rule.find("amount.granted > seuil"), 22,
                                                "amount.granted < seuil")),
        day(2022, 6, 1));
    ASSERT_EQ(before.size(), 1U);
    EXPECT_EQ(before[0].legal_basis.at(1).text,
              "délibération du 12 décembre 2013 (paramètre seuil = 60\u202f000,00\u00a0€, en "
              "vigueur du 1er janvier 2014 au 31 décembre 2022)");
}

TEST(LocalParameters, ARuleRunsOnlyForActsWhileItsBasisIsInForce) {
    const std::string from_2024 = R"(  - id: RBF99-ASSO
    severity: info
    title: Association
    message: Association
    basis: {text: Règlement, from: 2024-01-01}
    when: beneficiary.legal_form == "association"
)";
    EXPECT_TRUE(findings(rule_file("", from_2024)).empty()); // APES: 20 March 2023
    EXPECT_EQ(findings(rule_file("", from_2024), day(2024, 1, 1)).size(), 1U);
    std::string until_2022 = from_2024;
    until_2022.replace(until_2022.find("from: 2024-01-01"), 16, "until: 2022-12-31");
    EXPECT_TRUE(findings(rule_file("", until_2022)).empty());
    EXPECT_EQ(findings(rule_file("", until_2022), day(2022, 12, 31)).size(), 1U);
    const auto d = findings(rule_file("", until_2022), day(2022, 12, 31));
    EXPECT_EQ(d.at(0).legal_basis.at(0).version, "en vigueur jusqu'au 31 décembre 2022");
}

// --- unknown facts ----------------------------------------------------------------------------

TEST(LocalRules, APlainMessageIsFrenchAndServesInEnglishToo) {
    const auto d = findings(rule_file(dated_threshold, threshold_rule), day(2023, 3, 20));
    ASSERT_EQ(d.size(), 1U);
    EXPECT_EQ(d[0].message_fr, "57\u202f000,00\u00a0€ dépasse le seuil de 50\u202f000,00\u00a0€");
    EXPECT_EQ(d[0].message_en, d[0].message_fr);
}

TEST(LocalRules, TheAdoptingActIsNamedAfterTheTextAndTheVersionInFrenchDates) {
    const std::string rule = R"(  - id: RBF99-SEUIL
    severity: warning
    title: Seuil
    message: "{amount.granted}"
    basis: {text: Règlement budgétaire et financier, article: "art. 12",
            adopted_by: délibération n° 2016-245 du 27 juin 2016, from: 2017-01-01}
    when: amount.granted > 50 000 €
)";
    const auto d = findings(rule_file("", rule));
    ASSERT_EQ(d.size(), 1U);
    EXPECT_EQ(d[0].legal_basis.at(0).to_string(),
              "Règlement budgétaire et financier (délibération n° 2016-245 du 27 juin 2016) "
              "art. 12");
    EXPECT_EQ(d[0].legal_basis.at(0).version, "en vigueur du 1er janvier 2017");
}

TEST(LocalRules, AShareThatIsNotADecimalIsShownRoundedAndKeptExact) {
    const std::string rule = R"(  - id: RBF99-PART
    severity: info
    title: Part
    message: "{amount.granted / (amount.granted * 3)}"
    basis: {text: Règlement}
    when: amount.granted / (amount.granted * 3) < 50 %
)";
    const auto d = findings(rule_file("", rule));
    ASSERT_EQ(d.size(), 1U);
    EXPECT_EQ(d[0].message_fr, "\u2248\u00a033,33\u00a0%");
}

TEST(LocalRules, ARuleOnAnUnknownFactDoesNotFire) {
    const std::string rules = R"(  - id: RBF99-DEMANDE
    severity: warning
    title: Demande
    message: Demande tardive
    basis: {text: Règlement}
    when: request.date < 2030-01-01
  - id: RBF99-SANS-DEMANDE
    severity: info
    title: Sans demande
    message: "Date de demande : {request.date}"
    basis: {text: Règlement}
    when: missing(request.date)
)";
    const auto d = findings(rule_file("", rules));
    ASSERT_EQ(d.size(), 1U);
    EXPECT_EQ(d[0].rule, "RBF99-SANS-DEMANDE");
    EXPECT_EQ(d[0].message_fr, "Date de demande : (non renseigné)");
    const auto* f = fact(d[0], "request.date");
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->value, "");
}

TEST(LocalRules, AMessageWhoseValueLeavesTheRangeOfEurosDoesNotBreakTheCheck) {
    const std::string rules = R"(  - id: RBF99-ENORME
    severity: info
    title: Énorme
    message: "{amount.granted * 100000000000000000000}"
    basis: {text: Règlement}
    when: amount.granted > 0 €
)";
    std::vector<compliance::Diagnostic> d;
    EXPECT_NO_THROW(d = findings(rule_file("", rules)));
    ASSERT_EQ(d.size(), 1U);
    EXPECT_FALSE(d[0].message_fr.empty());
}

TEST(LocalRules, AParameterBeyondTheRangeOfEurosIsExplainedWithoutThrowing) {
    const std::string params = R"(parameters:
  plafond:
    values:
      - from: 2000-01-01
        value: 1000000000000000000000000 €
)";
    const std::string rules = R"(  - id: RBF99-PLAFOND
    severity: info
    title: Plafond
    message: "{amount.granted} sous le plafond de {plafond}"
    basis: {text: Règlement}
    when: amount.granted < plafond
)";
    std::vector<compliance::Diagnostic> d;
    EXPECT_NO_THROW(d = findings(rule_file(params, rules)));
    ASSERT_EQ(d.size(), 1U);
    const auto* f = fact(d[0], "param.plafond");
    ASSERT_NE(f, nullptr);
    EXPECT_FALSE(f->value.empty());
}

// --- explanations -----------------------------------------------------------------------------

TEST(LocalExplanation, AFindingListsEachFactReadWithValueUnitAndSource) {
    const std::string params = R"(parameters:
  seuil:
    values:
      - from: 2014-01-01
        value: 23 000 €
)";
    const std::string rules = R"(  - id: RBF99-EXPL
    severity: warning
    title: Explication
    message: "{amount.granted}"
    basis: {text: Règlement}
    when: amount.granted > seuil and beneficiary.legal_form == "association" and period.end >= 2023-12-31 and count(payments) == 1
)";
    const auto d = findings(rule_file(params, rules));
    ASSERT_EQ(d.size(), 1U);
    const auto& granted = apes().deliberation->grants.front().amount.source;
    const auto* amount = fact(d[0], "amount.granted");
    ASSERT_NE(amount, nullptr);
    EXPECT_EQ(amount->value, "57000.00");
    EXPECT_EQ(amount->unit, compliance::Unit::euros);
    ASSERT_TRUE(amount->source.has_value());
    EXPECT_EQ(*amount->source, granted);
    EXPECT_EQ(amount->source->section, "article 1");

    const auto* form = fact(d[0], "beneficiary.legal_form");
    ASSERT_NE(form, nullptr);
    EXPECT_EQ(form->value, "association");
    EXPECT_EQ(form->unit, compliance::Unit::code);
    ASSERT_TRUE(form->source.has_value());
    EXPECT_EQ(form->source->document, DocumentKind::convention);

    const auto* end = fact(d[0], "period.end");
    ASSERT_NE(end, nullptr);
    EXPECT_EQ(end->value, "2023-12-31");
    EXPECT_EQ(end->unit, compliance::Unit::date);
    ASSERT_TRUE(end->source.has_value());
    EXPECT_EQ(end->source->text, "La convention s’applique du 01/01/2023 au 31/12/2023 inclus.");

    const auto* payments = fact(d[0], "payments");
    ASSERT_NE(payments, nullptr);
    EXPECT_EQ(payments->value, "1");
    EXPECT_EQ(payments->unit, compliance::Unit::count);

    const auto* seuil = fact(d[0], "param.seuil");
    ASSERT_NE(seuil, nullptr);
    EXPECT_EQ(seuil->value, "23000.00");
    // in the order they were read
    EXPECT_EQ(d[0].facts.front().key, "amount.granted");
    EXPECT_EQ(d[0].facts.at(1).key, "param.seuil");
    // located at the first fact read that is stated with an article or a text
    EXPECT_EQ(d[0].location.document, DocumentKind::deliberation);
    EXPECT_EQ(d[0].location.section, "article 1");
    EXPECT_EQ(d[0].location.path, "/deliberation/grants");
    EXPECT_EQ(d[0].location.text, granted.text);
}

TEST(LocalExplanation, ListElementsReadInsideAQuantifierAreNamedByIndex) {
    const std::string rules = R"(  - id: RBF99-VERSEMENT
    severity: info
    title: Versement
    message: "{sum(payments, amount)}"
    basis: {text: Règlement}
    when: any(payments, kind == "single" and amount == amount.granted)
)";
    const auto d = findings(rule_file("", rules));
    ASSERT_EQ(d.size(), 1U);
    const auto* kind = fact(d[0], "payments[0].kind");
    ASSERT_NE(kind, nullptr);
    EXPECT_EQ(kind->value, "single");
    const auto* amount = fact(d[0], "payments[0].amount");
    ASSERT_NE(amount, nullptr);
    EXPECT_EQ(amount->value, "57000.00");
    ASSERT_TRUE(amount->source.has_value());
    EXPECT_EQ(amount->source->document, DocumentKind::convention);
    EXPECT_EQ(d[0].message_fr, "57\u202f000,00\u00a0€");
}

// --- test cases -------------------------------------------------------------------------------

const std::string tested_rules = R"(  - id: RBF99-ASSO
    severity: info
    title: Association
    message: Association
    basis: {text: Règlement}
    when: beneficiary.legal_form == "association"
  - id: RBF99-SANS-CONVENTION
    severity: warning
    title: Sans convention
    message: Pas de convention
    basis: {text: Règlement}
    when: not convention.present
)";

std::vector<TestOutcome> outcomes(const RuleSet& set) {
    auto catalogue = compliance::Catalogue::builtin();
    add_rules(catalogue, set);
    return run_tests(set, catalogue);
}

TEST(LocalTestCases, PassingAndFailingCasesSayWhatIsMissingOrUnexpected) {
    const std::string tests = R"(tests:
  - name: APES passe
    dossier: apes-2023
    fires: [RBF99-ASSO]
    silent: [RBF99-SANS-CONVENTION]
  - name: APES manque
    dossier: apes-2023
    fires: [RBF99-SANS-CONVENTION]
  - name: APES inattendu
    dossier: apes-2023
    silent: [RBF99-ASSO]
)";
    const auto set = parse_rules(rule_file("", tested_rules) + tests, "essai.yaml");
    ASSERT_EQ(set.tests().size(), 3U);
    const auto o = outcomes(set);
    ASSERT_EQ(o.size(), 3U);
    EXPECT_TRUE(o[0].passed);
    EXPECT_EQ(o[0].line, 18U);
    EXPECT_EQ(o[0].diagnostics.size(), 1U);
    EXPECT_FALSE(o[1].passed);
    EXPECT_EQ(o[1].missing, std::vector<std::string>{"RBF99-SANS-CONVENTION"});
    EXPECT_TRUE(o[1].unexpected.empty());
    EXPECT_FALSE(o[2].passed);
    EXPECT_EQ(o[2].unexpected, std::vector<std::string>{"RBF99-ASSO"});
    EXPECT_TRUE(o[2].error.empty());
}

TEST(LocalTestCases, ACaseWhoseDossierCannotBeBuiltIsAnErrorNotAPass) {
    const std::string tests = R"(tests:
  - name: absent
    dossier: absent.json
    silent: [RBF99-ASSO]
  - name: invalide
    dossier: {deliberation: 12}
    silent: [RBF99-ASSO]
)";
    const auto o = outcomes(parse_rules(rule_file("", tested_rules) + tests, "essai.yaml"));
    ASSERT_EQ(o.size(), 2U);
    for (const auto& x : o) {
        EXPECT_FALSE(x.passed) << x.name;
        EXPECT_FALSE(x.error.empty()) << x.name;
    }
    EXPECT_NE(o[0].error.find("absent.json"), std::string::npos) << o[0].error;
}

TEST(LocalTestCases, APatchWithNullRemovesADocument) {
    const std::string tests = R"(tests:
  - name: sans convention
    dossier: apes-2023
    patch: {convention: null}
    fires: [RBF99-SANS-CONVENTION]
    silent: [RBF99-ASSO]
  - name: sous-clé fusionnée
    dossier: apes-2023
    patch: {convention: {beneficiary: {legal_form: company}}}
    silent: [RBF99-ASSO, RBF99-SANS-CONVENTION]
)";
    const auto o = outcomes(parse_rules(rule_file("", tested_rules) + tests, "essai.yaml"));
    ASSERT_EQ(o.size(), 2U);
    EXPECT_TRUE(o[0].passed) << o[0].error;
    EXPECT_TRUE(o[1].passed) << o[1].error;
}

TEST(LocalTestCases, ADossierFileIsRelativeToTheRulesFile) {
    const auto dir = subvention::testing::scratch_dir("local-tests-relative");
    std::filesystem::create_directories(dir / "cas");
    subvention::testing::write_file(dir / "cas" / "apes.json", io::to_json(apes()));
    const std::string tests = R"(tests:
  - name: fichier
    dossier: cas/apes.json
    fires: [RBF99-ASSO]
  - name: fichier modifié
    dossier: cas/apes.json
    patch: {convention: null}
    fires: [RBF99-SANS-CONVENTION]
)";
    subvention::testing::write_file(dir / "regles.yaml", rule_file("", tested_rules) + tests);
    const auto o = outcomes(load_rules_file(dir / "regles.yaml"));
    ASSERT_EQ(o.size(), 2U);
    EXPECT_TRUE(o[0].passed) << o[0].error;
    EXPECT_TRUE(o[1].passed) << o[1].error;
    std::filesystem::remove_all(dir);
}

TEST(LocalTestCases, AnInlineDossierIsWrittenInTheRulesFile) {
    const std::string tests = R"(tests:
  - name: vide
    dossier:
      deliberation: null
      rapport: null
      convention: null
      annexes: []
      open_data_publication: null
    fires: [RBF99-SANS-CONVENTION]
    silent: [RBF99-ASSO]
)";
    const auto o = outcomes(parse_rules(rule_file("", tested_rules) + tests, "essai.yaml"));
    ASSERT_EQ(o.size(), 1U);
    EXPECT_TRUE(o[0].passed) << o[0].error;
}

TEST(LocalTestCases, AsOfAndStageOfACaseAreUsed) {
    const std::string tests = R"(tests:
  - name: avant le seuil
    dossier: apes-2023
    as_of: 2022-06-01
    stage: signed
    silent: [RBF99-SEUIL]
  - name: après
    dossier: apes-2023
    fires: [RBF99-SEUIL]
)";
    const auto o =
        outcomes(parse_rules(rule_file(dated_threshold, threshold_rule) + tests, "essai.yaml"));
    ASSERT_EQ(o.size(), 2U);
    EXPECT_TRUE(o[0].passed);
    EXPECT_TRUE(o[1].passed);
}

// --- the fact vocabulary ----------------------------------------------------------------------

Type type_of(const ld::Scalar& s) {
    if (std::holds_alternative<ld::Money>(s))
        return Type::money;
    if (std::holds_alternative<ld::Number>(s))
        return Type::number;
    if (std::holds_alternative<Date>(s))
        return Type::date;
    if (std::holds_alternative<Duration>(s))
        return Type::duration;
    if (std::holds_alternative<bool>(s))
        return Type::boolean;
    if (std::holds_alternative<std::string>(s))
        return Type::text;
    return Type::list;
}

void expect_typed(const FactInfo& info, const ld::FactValue& v, const std::string& key) {
    if (!ld::known(v.value))
        return;
    EXPECT_EQ(type_of(v.value), info.type) << key;
    if (!info.values.empty()) {
        const auto& s = std::get<std::string>(v.value);
        EXPECT_NE(std::find(info.values.begin(), info.values.end(), s), info.values.end())
            << key << " = " << s;
    }
    if (info.type != Type::list)
        return;
    const auto* list = std::get<const ld::List*>(v.value);
    ASSERT_NE(list, nullptr) << key;
    for (std::size_t i = 0; i < list->items.size(); ++i) {
        ASSERT_EQ(list->items[i].fields.size(), info.fields.size()) << key;
        for (std::size_t k = 0; k < info.fields.size(); ++k)
            expect_typed(info.fields[k], list->items[i].fields[k],
                         key + "[" + std::to_string(i) + "]." + std::string(info.fields[k].name));
    }
}

TEST(LocalVocabulary, EveryFactReadFromApesHasTheVocabularyType) {
    for (const auto* dossier : {&apes()}) {
        const auto t = ld::read_facts(*dossier, day(2023, 3, 20));
        const auto vocab = fact_vocabulary();
        ASSERT_EQ(t.values.size(), vocab.size());
        std::size_t known = 0;
        for (std::size_t i = 0; i < vocab.size(); ++i) {
            expect_typed(vocab[i], t.values[i], std::string(vocab[i].name));
            known += ld::known(t.values[i].value) ? 1U : 0U;
        }
        EXPECT_GE(known, 40U); // APES states most of what the vocabulary names
    }
}

TEST(LocalVocabulary, EveryFactCanBeNamedByARuleAndIsFoundOnce) {
    std::set<std::string_view> names;
    for (const auto& f : fact_vocabulary()) {
        EXPECT_TRUE(names.insert(f.name).second) << f.name;
        EXPECT_EQ(find_fact(f.name), &f);
        EXPECT_FALSE(f.description_fr.empty()) << f.name;
        EXPECT_FALSE(f.description_en.empty()) << f.name;
        const std::string when = f.type == Type::list ? "count(" + std::string(f.name) + ") >= 0"
                                                      : "known(" + std::string(f.name) + ")";
        const std::string rule = "  - id: RBF99-F\n    severity: info\n    title: t\n"
                                 "    message: m\n    basis: {text: t}\n    when: " +
                                 when + "\n";
        EXPECT_NO_THROW((void)parse_rules(rule_file("", rule), "f.yaml")) << f.name;
    }
    EXPECT_EQ(find_fact("amount.nothing"), nullptr);
}

TEST(LocalVocabulary, FactsStatedByApesCarryTheirSource) {
    const auto t = ld::read_facts(apes(), day(2023, 3, 20));
    const auto value = [&](std::string_view name) -> const ld::FactValue& {
        return t.values[static_cast<std::size_t>(find_fact(name) - fact_vocabulary().data())];
    };
    const std::pair<std::string_view, DocumentKind> stated[] = {
        {"amount.granted", DocumentKind::deliberation},
        {"meeting.date", DocumentKind::deliberation},
        {"period.start", DocumentKind::convention},
        {"period.end", DocumentKind::convention},
        {"report.deadline", DocumentKind::convention},
        {"beneficiary.siret", DocumentKind::convention},
        {"beneficiary.siren", DocumentKind::convention},
        {"amount.scheduled", DocumentKind::convention},
    };
    for (const auto& [name, document] : stated) {
        const auto& v = value(name);
        ASSERT_TRUE(ld::known(v.value)) << name;
        ASSERT_TRUE(v.source.has_value()) << name;
        EXPECT_EQ(v.source->document, document) << name;
        EXPECT_FALSE(v.source->text.empty()) << name;
        EXPECT_FALSE(v.path.empty()) << name;
    }
    EXPECT_EQ(std::get<std::string>(value("beneficiary.siret").value), "44067202000037");
    EXPECT_EQ(std::get<std::string>(value("beneficiary.siren").value), "440672020");
    EXPECT_EQ(std::get<Date>(value("report.deadline").value), day(2024, 6, 30));
    EXPECT_EQ(std::get<std::string>(value("assembly.body").value), "commission_permanente");
    EXPECT_EQ(std::get<std::string>(value("imputation.chapter").value), "936");
    EXPECT_FALSE(ld::known(value("request.date").value));
    EXPECT_FALSE(ld::known(value("notification.date").value));
    EXPECT_TRUE(std::get<bool>(value("convention.present").value));
    EXPECT_FALSE(std::get<bool>(value("execution.present").value));
}

TEST(LocalVocabulary, BeneficiaryRnaIsReadFromOtherIdentifiers) {
    // « SIRET 440 672 020 00037, RNA W595012345 »: the SIRET is `identifier`, the RNA the first
    // other identifier; each fact points at the identifier it comes from.
    Dossier d = apes();
    const SourceRef rna_source{DocumentKind::convention, "parties", "RNA W595 012 345"};
    d.convention->beneficiary.other_identifiers = {
        StatedIdentifier{IdentifierLabel::other, "RCS Lille 440 672 020", {}},
        StatedIdentifier{IdentifierLabel::rna, "W595 012 345", rna_source},
        StatedIdentifier{IdentifierLabel::rna, "W595000000", {}}};
    const auto t = ld::read_facts(d, day(2023, 3, 20));
    const auto value = [&](std::string_view name) -> const ld::FactValue& {
        return t.values[static_cast<std::size_t>(find_fact(name) - fact_vocabulary().data())];
    };
    const auto& rna = value("beneficiary.rna");
    ASSERT_TRUE(ld::known(rna.value));
    EXPECT_EQ(std::get<std::string>(rna.value), "W595012345"); // the first RNA stated
    EXPECT_EQ(rna.path, "/convention/beneficiary/other_identifiers/1");
    ASSERT_TRUE(rna.source.has_value());
    EXPECT_EQ(rna.source->text, rna_source.text);
    // The SIRET still comes from `identifier`, not from a later number of another shape.
    EXPECT_EQ(std::get<std::string>(value("beneficiary.siret").value), "44067202000037");
    EXPECT_EQ(value("beneficiary.siret").path, "/convention/beneficiary/identifier");
    // And the other way round: an RNA as `identifier`, the SIRET beside it.
    d.convention->beneficiary.identifier = d.convention->beneficiary.other_identifiers[1];
    d.convention->beneficiary.other_identifiers = {
        StatedIdentifier{IdentifierLabel::siret, "440 672 020 00037", {}}};
    const auto u = ld::read_facts(d, day(2023, 3, 20));
    const auto& siret = u.values[static_cast<std::size_t>(find_fact("beneficiary.siret") -
                                                          fact_vocabulary().data())];
    EXPECT_EQ(std::get<std::string>(siret.value), "44067202000037");
    EXPECT_EQ(siret.path, "/convention/beneficiary/other_identifiers/0");
}

} // namespace test_local_rules_test
