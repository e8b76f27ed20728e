// SPDX-License-Identifier: Apache-2.0
// Tests of the M57 budget layer (budget.hpp): docs/legal-reference.md §7 and the seed dossier's
// imputation tables (délibération 2023-122 art. 3, rapport n°57).
#include <cstdint>
#include <optional>
#include <ostream>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include <gtest/gtest.h>

#include <subvention/budget.hpp>

namespace sv = subvention;

// Readable gtest output for the budget value types.
namespace subvention {
void PrintTo(const NatureAccount& n, std::ostream* os) {
    *os << n.code();
}
void PrintTo(const FunctionCode& f, std::ostream* os) {
    *os << f.code();
}
void PrintTo(const FunctionalChapter& c, std::ostream* os) {
    *os << c.code();
}
void PrintTo(const Imputation& i, std::ostream* os) {
    *os << i.formatted();
}
void PrintTo(const OperationCode& o, std::ostream* os) {
    *os << o.code();
}
} // namespace subvention

// Each suite in its own namespace: the suites of a group are compiled together (unity build).
namespace test_budget_test {
using sv::ErrorKind;
using sv::Euros;
using sv::Section;

namespace {

Euros eur(std::string_view text) {
    return Euros::parse(text).value();
}

/// Every 2- and 3-digit function of the tables.
std::vector<sv::detail::m57::FunctionEntry> all_functions() {
    std::vector<sv::detail::m57::FunctionEntry> out(sv::detail::m57::functions.begin(),
                                                    sv::detail::m57::functions.end());
    out.insert(out.end(), sv::detail::m57::functions_transport.begin(),
               sv::detail::m57::functions_transport.end());
    return out;
}

} // namespace

// --------------------------------------------------------------------------------------------
// The seed (délibération 2023-122 art. 3; rapport n°57)
// --------------------------------------------------------------------------------------------

TEST(BudgetSeed, DeliberationArticle3LineRecomputesTheBalance) {
    // « C01-020Q01 | 6568/9365 | Mission ESS - Autres participations | 209 285,00 | 57 000,00 »
    const sv::BudgetLine line{
        .operation = sv::OperationCode::parse("C01-020Q01").value(),
        .imputation = sv::Imputation::parse("6568/9365").value(),
        .label = "Mission ESS - Autres participations",
        .credits_available = eur("209 285,00"),
        .proposed = eur("57 000,00"),
    };
    EXPECT_EQ(line.operation.code(), "C01-020Q01");
    EXPECT_EQ(line.imputation.formatted(), "6568/9365");
    EXPECT_EQ(line.credits_available.cents(), 20'928'500);
    EXPECT_EQ(line.proposed.cents(), 5'700'000);
    EXPECT_EQ(line.balance().cents(), 15'228'500);
    EXPECT_EQ(line.balance().to_string_fr(), "152\u202F285,00\u00A0\u20AC");
    EXPECT_TRUE(line.credit_check());
    EXPECT_EQ(line.stated_balance_matches(), std::nullopt); // the deliberation prints no balance
    EXPECT_EQ(line.available_within_voted(), std::nullopt);
    EXPECT_EQ(line.appropriation, sv::AppropriationKind::cp);
    EXPECT_TRUE(line.is_appropriation_consistent());
}

TEST(BudgetSeed, RapportLineStatedBalanceMatches) {
    // Rapport: « CP 209 285,00 | Disponible 209 285,00 | Proposition 57 000,00 | Solde 152 285,00 »
    const sv::BudgetLine line{
        .operation = sv::OperationCode::parse("C01-020Q01").value(),
        .imputation = sv::Imputation::parse("6568/9365").value(),
        .label = "Mission ESS - Autres participations",
        .credits_available = eur("209 285,00"),
        .proposed = eur("57 000,00"),
        .stated_balance = eur("152 285,00"),
        .credits_voted = eur("209 285,00"),
    };
    EXPECT_EQ(line.stated_balance_matches(), std::optional<bool>(true));
    EXPECT_EQ(line.available_within_voted(), std::optional<bool>(true));
    EXPECT_TRUE(line.credit_check());

    sv::BudgetLine wrong = line;
    wrong.stated_balance = eur("152 285,01");
    EXPECT_EQ(wrong.stated_balance_matches(), std::optional<bool>(false));
    wrong.credits_voted = eur("209 284,99");
    EXPECT_EQ(wrong.available_within_voted(), std::optional<bool>(false));
}

TEST(BudgetSeed, Imputation6568Slash9365Decomposes) {
    // docs/legal-reference.md BUDG-IMPUTATION-FORMAT seed: nature 6568, chapter 936 « Action
    // économique », fn 65.
    const auto imp = sv::Imputation::parse("6568/9365").value();
    EXPECT_EQ(imp.nature().code(), "6568");
    EXPECT_EQ(imp.nature().account_class(), sv::AccountClass::charges);
    EXPECT_EQ(imp.chapter().code(), "936");
    EXPECT_EQ(imp.chapter().name(), "Action économique");
    EXPECT_EQ(imp.function().code(), "65");
    EXPECT_EQ(imp.function().label(), std::optional<std::string_view>(
                                          "Insertion économique et économie sociale, solidaire"));
    EXPECT_EQ(imp.section(), Section::fonctionnement);
    EXPECT_EQ(imp.nature_section(), Section::fonctionnement);
    EXPECT_TRUE(imp.is_section_consistent());
    EXPECT_EQ(imp.sub_chapter(), std::nullopt);
    EXPECT_EQ(imp.functional_code(), "9365");
    EXPECT_EQ(imp.formatted(), "6568/9365");
}

TEST(BudgetSeed, Seed12Nature6568IsAnUnconfirmedParticipationNotAPrivateSubsidy) {
    // SEED-12 / BUDG-NATURE-SUBSIDIES: 6568 « Autres participations » (label from the seed,
    // UNCONFIRMED) versus 65748 for a subsidy to an association.
    const sv::NatureAccount n6568("6568");
    EXPECT_TRUE(n6568.is_known());
    EXPECT_FALSE(n6568.is_confirmed());
    EXPECT_EQ(n6568.label(), std::optional<std::string_view>("Autres participations"));
    EXPECT_EQ(n6568.use(), std::optional(sv::NatureUse::participation));
    EXPECT_EQ(n6568.beneficiary(), std::optional(sv::Beneficiary::unspecified));

    const sv::NatureAccount n65748("65748");
    EXPECT_TRUE(n65748.is_confirmed());
    EXPECT_EQ(n65748.label(), std::optional<std::string_view>("Autres personnes de droit privé"));
    EXPECT_EQ(n65748.use(), std::optional(sv::NatureUse::operating_subsidy));
    EXPECT_EQ(n65748.beneficiary(), std::optional(sv::Beneficiary::private_person));
    EXPECT_TRUE(n65748.is_within(sv::NatureAccount("6574")));
    EXPECT_FALSE(n6568.is_within(sv::NatureAccount("6574")));
}

// --------------------------------------------------------------------------------------------
// Imputation: accepted and rejected inputs
// --------------------------------------------------------------------------------------------

TEST(ImputationParse, AcceptedLayoutsAllNormaliseToTheCanonicalForm) {
    for (std::string_view text : {
             "6568/9365",
             "6568 / 9365",
             "  6568/9365\t",
             "6568\u00A0/\u202F9365",
             "6568\u2009/ 9365",
             "65/6568/9365",
             "656/6568/9365",
             "65 / 6568 / 9365",
         }) {
        const auto r = sv::Imputation::parse(text);
        ASSERT_TRUE(r.ok()) << text << " : " << r.error().describe();
        EXPECT_EQ(r->formatted(), "6568/9365") << text;
    }
}

TEST(ImputationParse, ThreeDigitFunctionsAreAcceptedUnderAKnownParent) {
    const auto colleges = sv::Imputation::parse("65511/93221").value();
    EXPECT_EQ(colleges.chapter().code(), "932");
    EXPECT_EQ(colleges.function().code(), "221");
    EXPECT_EQ(colleges.function().label(), std::optional<std::string_view>("Collèges"));
    EXPECT_FALSE(colleges.nature().is_known()); // 65511 is not in the grant table
    EXPECT_EQ(colleges.formatted(), "65511/93221");

    const auto culture = sv::Imputation::parse("6574/93311")
                             .value(); // 311 not in the list of docs/legal-reference.md §7
    EXPECT_FALSE(culture.function().is_known());
    EXPECT_EQ(culture.function().label(), std::nullopt);
    EXPECT_EQ(culture.function().parent()->code(), "31");
    EXPECT_EQ(culture.formatted(), "6574/93311");
}

TEST(ImputationParse, UnknownButWellFormedNatureIsAcceptedAndFlaggedUnknown) {
    const auto imp = sv::Imputation::parse("6042/9365").value();
    EXPECT_FALSE(imp.nature().is_known());
    EXPECT_FALSE(imp.nature().is_confirmed());
    EXPECT_EQ(imp.nature().label(), std::nullopt);
    EXPECT_TRUE(imp.is_section_consistent());
}

struct BadImputation {
    std::string_view input;
    ErrorKind kind;
    std::string_view field;
    std::string_view message_part;
};

TEST(ImputationParse, FunctionalCodeFirstInThreePartsIsReadAsTheSameImputation) {
    for (const std::string_view text : {"933-32-6574", "933/32/6574", "93/32/6574", "93-32-6574",
                                        " 933 32 6574 ", "933 / 32 / 6574"}) {
        const auto i = sv::Imputation::parse(text);
        ASSERT_TRUE(i.ok()) << text << " : " << i.error().message;
        EXPECT_EQ(*i, sv::Imputation("6574/9332")) << text;
    }
    EXPECT_EQ(sv::Imputation::parse("90/221/20421")->formatted(), "20421/90221");
}

TEST(ImputationParse, FunctionalCodeFirstErrorNamesWhatWasWrittenAndHowItWasRead) {
    // The error of the rewritten « 02/93302 » quotes the input, not the rewriting (found by
    // imputation_fuzz), and a trailing separator is not the three-group layout.
    const auto bad = sv::Imputation::parse("93-302-02");
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().value, "93-302-02");
    EXPECT_NE(bad.error().message.find("lue \u00AB\u00A002/93302\u00A0\u00BB"), std::string::npos)
        << bad.error().message;
    const auto trailing = sv::Imputation::parse("93-302-02-");
    ASSERT_FALSE(trailing.ok());
    EXPECT_EQ(trailing.error().value, "93-302-02-");
    EXPECT_NE(trailing.error().message.find("tiret"), std::string::npos);
}

TEST(ImputationParse, EachErrorNamesTheWrongPartWithItsKind) {
    const BadImputation cases[] = {
        {"", ErrorKind::empty, "imputation", "vide"},
        {" \u00A0 ", ErrorKind::empty, "imputation", "vide"},
        {"65689365", ErrorKind::format, "imputation", "«\u00A0/\u00A0»"},
        {"9365-6568", ErrorKind::format, "imputation", "tiret"},
        {"6568-9365", ErrorKind::format, "imputation", "tiret"},
        {"936-65/6568", ErrorKind::format, "imputation", "«\u00A0936-65\u00A0»"},
        {"9365/6568", ErrorKind::format, "imputation",
         "inversée : la nature précède le code "
         "fonctionnel (6568/9365)"},
        {"1/2/3/4", ErrorKind::format, "imputation", "trop de parties"},
        {"6568//9365", ErrorKind::format, "imputation", "partie vide"},
        {"/9365", ErrorKind::format, "imputation", "partie vide"},
        {"6568/", ErrorKind::format, "imputation", "partie vide"},
        {"6568/936-5", ErrorKind::format, "chapitre fonctionnel", "tiret"},
        {"6568/93-65", ErrorKind::format, "chapitre fonctionnel", "tiret"},
        {"6568/93 65", ErrorKind::format, "chapitre fonctionnel", "que des chiffres"},
        {"6568/9465", ErrorKind::component, "chapitre fonctionnel",
         "le chapitre fonctionnel 946 n'existe pas en M57"},
        {"6568/9165", ErrorKind::component, "chapitre fonctionnel",
         "le chapitre fonctionnel 916 n'existe pas en M57"},
        {"6568/8365", ErrorKind::component, "chapitre fonctionnel",
         "le chapitre fonctionnel 836 n'existe pas en M57"},
        {"6568/936", ErrorKind::length, "fonction",
         "fonctions du chapitre 936 : 60, 61, 62, 63, 64, 65, 66, 67, 68"},
        {"933-65-6574", ErrorKind::format, "imputation", "relève du chapitre 936"},
        {"6568/939", ErrorKind::length, "fonction", "fonction en réserve"},
        {"6568/93", ErrorKind::length, "chapitre fonctionnel", "4 ou 5 chiffres"},
        {"6568/936512", ErrorKind::length, "chapitre fonctionnel", "4 ou 5 chiffres"},
        {"6568/9369", ErrorKind::component, "fonction",
         "la fonction 69 n'existe pas en M57 (fonction 6 «\u00A0Action économique\u00A0» : 60, 61, "
         "62, "
         "63, 64, 65, 66, 67, 68)"},
        {"6568/93699", ErrorKind::component, "fonction", "la fonction 69 n'existe pas en M57"},
        {"6568/9395", ErrorKind::component, "fonction",
         "la fonction 9 «\u00A0Fonction en réserve\u00A0» n'a pas de sous-fonction"},
        {"9999/9365", ErrorKind::component, "nature", "la nature 9999 est inconnue"},
        {"0110/9365", ErrorKind::component, "nature", "la nature 0110 est inconnue"},
        {"6/9365", ErrorKind::length, "nature", "de 2 à 8 chiffres"},
        {"123456789/9365", ErrorKind::length, "nature", "de 2 à 8 chiffres"},
        {"656A/9365", ErrorKind::format, "nature", "que des chiffres"},
        {"4581/9065", ErrorKind::component, "nature", "classe 4 (comptes de tiers)"},
        {"8011/9365", ErrorKind::component, "nature", "classe 8 (comptes spéciaux)"},
        {"66/6568/9365", ErrorKind::component, "chapitre de nature",
         "le chapitre 66 ne correspond pas à la nature 6568"},
        {"011/6068/9365", ErrorKind::component, "chapitre de nature", "chapitre globalisé"},
        {"6/6568/9365", ErrorKind::length, "chapitre de nature", "2 ou 3 chiffres"},
        {"6a/6568/9365", ErrorKind::format, "chapitre de nature", "que des chiffres"},
    };
    for (const auto& c : cases) {
        const auto r = sv::Imputation::parse(c.input);
        ASSERT_FALSE(r.ok()) << c.input << " parsed as " << r->formatted();
        EXPECT_EQ(r.error().kind, c.kind) << c.input << " : " << r.error().describe();
        EXPECT_EQ(r.error().field, c.field) << c.input << " : " << r.error().describe();
        EXPECT_EQ(r.error().value, c.input);
        EXPECT_NE(r.error().message.find(c.message_part), std::string::npos)
            << c.input << " : " << r.error().message;
    }
}

TEST(ImputationParse, ThrowingConstructorCarriesTheError) {
    try {
        const sv::Imputation imp("6568/9465");
        FAIL() << "expected ParseFailure, got " << imp.formatted();
    } catch (const sv::ParseFailure& e) {
        EXPECT_EQ(e.error().kind, ErrorKind::component);
        EXPECT_EQ(e.error().field, "chapitre fonctionnel");
    }
}

// --------------------------------------------------------------------------------------------
// Tables: every chapter × every function round-trips
// --------------------------------------------------------------------------------------------

TEST(ImputationTables, EveryChapterRoundTripsWithEveryTwoDigitFunctionOfItsDigit) {
    std::size_t round_trips = 0;
    for (const sv::FunctionalChapter chapter : sv::FunctionalChapter::all()) {
        // A nature of the chapter's section, so every imputation is also section-consistent.
        const std::string nature = chapter.section() == Section::investissement ? "20412" : "6568";
        for (const auto& f : all_functions()) {
            if (f.code.size() != 2 || sv::detail::budget::digit_value(f.code[0]) != chapter.digit())
                continue;
            const std::string text = nature + "/" + std::string(chapter.code()) + f.code[1];
            const auto r = sv::Imputation::parse(text);
            ASSERT_TRUE(r.ok()) << text << " : " << r.error().describe();
            EXPECT_EQ(r->formatted(), text);
            EXPECT_EQ(r->chapter(), chapter) << text;
            EXPECT_EQ(r->section(), chapter.section()) << text;
            EXPECT_EQ(r->function().code(), f.code) << text;
            EXPECT_EQ(r->function().label(), std::optional(f.label)) << text;
            EXPECT_TRUE(r->is_section_consistent()) << text;
            EXPECT_EQ(sv::Imputation::parse(r->formatted()).value(), *r) << text;
            const auto made = sv::Imputation::make(r->nature(), r->section(), r->function());
            EXPECT_EQ(made.value(), *r) << text;
            ++round_trips;
        }
    }
    // 68 two-digit functions (0:5, 1:5, 2:10, 3:6, 4:5, 5:10, 6:9, 7:9, 8:9) × 2 sections.
    EXPECT_EQ(round_trips, 136u);
}

TEST(ImputationTables, EveryThreeDigitFunctionRoundTripsInBothSections) {
    std::size_t n = 0;
    for (const auto& f : all_functions()) {
        if (f.code.size() != 3)
            continue;
        for (const Section s : {Section::investissement, Section::fonctionnement}) {
            const std::string text =
                std::string(s == Section::investissement ? "204/90" : "6574/93") +
                std::string(f.code);
            const auto r = sv::Imputation::parse(text);
            ASSERT_TRUE(r.ok()) << text << " : " << r.error().describe();
            EXPECT_EQ(r->formatted(), text);
            EXPECT_TRUE(r->function().is_known());
            EXPECT_EQ(r->function().label(), std::optional(f.label));
            EXPECT_EQ(r->chapter().digit(), sv::detail::budget::digit_value(f.code[0]));
            ++n;
        }
    }
    // docs/legal-reference.md lists 221–223, 421–425, 428, 631–633, 843, 849: 14 codes.
    EXPECT_EQ(n, 28u);
}

TEST(ImputationTables, ExhaustiveFunctionalCodesOfFourAndFiveDigits) {
    // Property over every 4- and 5-digit functional code: accepted iff the chapter is 90x/93x and
    // the 2-digit function exists; then it round-trips through formatted().
    std::size_t accepted = 0;
    for (int width : {4, 5}) {
        const int limit = width == 4 ? 10'000 : 100'000;
        for (int v = 0; v < limit; ++v) {
            std::string code = std::to_string(v);
            code.insert(0, static_cast<std::size_t>(width) - code.size(), '0');
            const std::string text = "6568/" + code;
            const auto r = sv::Imputation::parse(text);
            const bool chapter_ok = code[0] == '9' && (code[1] == '0' || code[1] == '3');
            const bool function_ok =
                sv::detail::m57::find_function(std::string_view(code).substr(2, 2)) != nullptr;
            ASSERT_EQ(r.ok(), chapter_ok && function_ok) << text;
            if (r.ok()) {
                ASSERT_EQ(r->formatted(), text);
                ASSERT_EQ(r->is_section_consistent(), code[1] == '3') << text;
                ++accepted;
            } else if (!chapter_ok) {
                ASSERT_EQ(r.error().field, "chapitre fonctionnel") << text;
            } else {
                ASSERT_EQ(r.error().field, "fonction") << text;
            }
        }
    }
    // 4 digits: 2 × 68; 5 digits: 2 × 68 × 10 (any third digit under a known 2-digit function).
    EXPECT_EQ(accepted, 136u + 1360u);
}

TEST(FunctionalChapter, TwentyChaptersSameDigitSameName) {
    const auto all = sv::FunctionalChapter::all();
    std::set<std::string_view> codes;
    for (const auto c : all) {
        codes.insert(c.code());
        const auto parsed = sv::FunctionalChapter::parse(c.code()).value();
        EXPECT_EQ(parsed, c);
        EXPECT_EQ(c.code()[1] == '0', c.section() == Section::investissement);
        EXPECT_EQ(c.name(), sv::FunctionalChapter::of(Section::investissement, c.digit()).name());
        EXPECT_EQ(c.name(), sv::FunctionalChapter::of(Section::fonctionnement, c.digit()).name());
    }
    EXPECT_EQ(codes.size(), 20u);
    EXPECT_EQ(*codes.begin(), "900");
    EXPECT_EQ(*codes.rbegin(), "939");
    EXPECT_EQ(sv::FunctionalChapter::parse("904").value().name(), "Santé et action sociale");
    EXPECT_EQ(sv::FunctionalChapter::parse("932").value().name(),
              "Enseignement, formation professionnelle et apprentissage");
    EXPECT_EQ(sv::FunctionalChapter::parse("939").value().name(), "Fonction en réserve");
    EXPECT_THROW((void)sv::FunctionalChapter::of(Section::fonctionnement, 10), std::out_of_range);
}

TEST(FunctionalChapter, RejectsNonM57Chapters) {
    EXPECT_EQ(sv::FunctionalChapter::parse("946").error().kind, ErrorKind::component);
    EXPECT_EQ(sv::FunctionalChapter::parse("910").error().kind, ErrorKind::component);
    EXPECT_EQ(sv::FunctionalChapter::parse("93").error().kind, ErrorKind::length);
    EXPECT_EQ(sv::FunctionalChapter::parse("9a6").error().kind, ErrorKind::format);
    EXPECT_EQ(sv::FunctionalChapter::parse("").error().kind, ErrorKind::empty);
    EXPECT_EQ(sv::FunctionalChapter::parse("946").error().message,
              "le chapitre fonctionnel 946 n'existe pas en M57 (chapitres 900 à 909 en "
              "investissement, 930 à 939 en fonctionnement)");
}

TEST(FunctionalChapter, SpecialSubChaptersFollowTheFunction) {
    // docs/legal-reference.md BUDG-FUNCTIONAL-CHAPTERS: 900-5/930-5, 904-4/934-4, 934-3 (no 904-3).
    const std::pair<std::string_view, std::optional<std::string_view>> cases[] = {
        {"6568/9305", "930-5"},  {"20412/9005", "900-5"},     {"6568/9344", "934-4"},
        {"20412/9044", "904-4"}, {"6568/9343", "934-3"},      {"20412/9043", std::nullopt},
        {"6568/93441", "934-4"}, {"6568/9365", std::nullopt}, {"6568/9304", std::nullopt},
    };
    for (const auto& [text, sub] : cases) {
        const auto imp = sv::Imputation::parse(text).value();
        const auto got = imp.sub_chapter();
        ASSERT_EQ(got.has_value(), sub.has_value()) << text;
        if (got) {
            EXPECT_EQ(got->code, *sub) << text;
            EXPECT_EQ(got->chapter, imp.chapter()) << text;
        }
    }
    EXPECT_EQ(sv::Imputation::parse("6568/9344").value().sub_chapter()->name, "RSA");
    EXPECT_EQ(sv::Imputation::parse("6568/9343").value().sub_chapter()->name, "APA");
    EXPECT_EQ(sv::Imputation::parse("6568/9305").value().sub_chapter()->name,
              "Gestion des fonds européens");
}

// --------------------------------------------------------------------------------------------
// Sections
// --------------------------------------------------------------------------------------------

TEST(ImputationSection, ChapterGivesSectionClassGivesNatureSection) {
    struct Case {
        std::string_view text;
        Section section;
        Section nature_section;
        bool consistent;
    };
    const Case cases[] = {
        {"6568/9365", Section::fonctionnement, Section::fonctionnement, true},
        {"20412/9365", Section::fonctionnement, Section::investissement, false},
        {"6574/9065", Section::investissement, Section::fonctionnement, false},
        {"20412/9065", Section::investissement, Section::investissement, true},
        {"65748/9365", Section::fonctionnement, Section::fonctionnement, true},
        {"7478/9365", Section::fonctionnement, Section::fonctionnement, true},
        {"1641/9001", Section::investissement, Section::investissement, true},
    };
    for (const auto& c : cases) {
        const auto imp = sv::Imputation::parse(c.text).value();
        EXPECT_EQ(imp.section(), c.section) << c.text;
        EXPECT_EQ(imp.nature_section(), c.nature_section) << c.text;
        EXPECT_EQ(imp.is_section_consistent(), c.consistent) << c.text;
    }
    EXPECT_EQ(sv::to_string(Section::fonctionnement), "fonctionnement");
    EXPECT_EQ(sv::to_string(Section::investissement), "investissement");
}

// --------------------------------------------------------------------------------------------
// Nature accounts
// --------------------------------------------------------------------------------------------

TEST(NatureAccount, EveryTableEntryParsesWithItsLabelClassAndFlag) {
    for (const auto& e : sv::detail::m57::natures) {
        const auto n = sv::NatureAccount::parse(e.code).value();
        EXPECT_TRUE(n.is_known()) << e.code;
        EXPECT_EQ(n.label(), std::optional(e.label)) << e.code;
        EXPECT_EQ(n.is_confirmed(), e.confirmed) << e.code;
        EXPECT_EQ(n.known_ancestor(), std::optional(n)) << e.code;
        const bool operating = e.code[0] == '6';
        EXPECT_TRUE(operating || e.code[0] == '2') << e.code;
        EXPECT_EQ(n.account_class(),
                  operating ? sv::AccountClass::charges : sv::AccountClass::immobilisations);
        EXPECT_EQ(n.section(),
                  std::optional(operating ? Section::fonctionnement : Section::investissement));
    }
    // Exactly the two UNCONFIRMED entries of docs/legal-reference.md BUDG-NATURE-SUBSIDIES.
    std::set<std::string_view> unconfirmed;
    for (const auto& e : sv::detail::m57::natures)
        if (!e.confirmed)
            unconfirmed.insert(e.code);
    EXPECT_EQ(unconfirmed, (std::set<std::string_view>{"2042", "6568"}));
}

TEST(NatureAccount, ListsTheGrantAccountsOfRules) {
    const std::pair<std::string_view, std::string_view> expected[] = {
        {"65", "Autres charges de gestion courante"},
        {"655", "Contributions obligatoires"},
        {"656", "Participations"},
        {"6573", "Subventions de fonctionnement aux organismes publics"},
        {"65734", "Communes"},
        {"65735", "Groupements de collectivités"},
        {"65736", "Établissements et services rattachés"},
        {"65738", "Autres établissements publics"},
        {"6574", "Subventions de fonctionnement aux personnes de droit privé"},
        {"65741", "Ménages"},
        {"65742", "Entreprises"},
        {"204", "Subventions d'équipement versées"},
        {"2041", "Subventions d'équipement aux organismes publics"},
        {"20411", "État"},
        {"20412", "Régions"},
        {"20413", "Départements"},
        {"20414", "Communes"},
    };
    for (const auto& [code, label] : expected)
        EXPECT_EQ(sv::NatureAccount(code).label(), std::optional(label)) << code;
    EXPECT_EQ(sv::NatureAccount("20412").beneficiary(),
              std::optional(sv::Beneficiary::public_body));
    EXPECT_EQ(sv::NatureAccount("2042").beneficiary(),
              std::optional(sv::Beneficiary::private_person));
    EXPECT_EQ(sv::NatureAccount("204").use(), std::optional(sv::NatureUse::equipment_subsidy));
}

TEST(NatureAccount, KnownAncestorAndUnknownAccounts) {
    EXPECT_EQ(sv::NatureAccount("65749").known_ancestor(),
              std::optional(sv::NatureAccount("6574")));
    EXPECT_EQ(sv::NatureAccount("204182").known_ancestor(),
              std::optional(sv::NatureAccount("2041")));
    EXPECT_EQ(sv::NatureAccount("20491").known_ancestor(), std::optional(sv::NatureAccount("204")));
    EXPECT_EQ(sv::NatureAccount("6042").known_ancestor(), std::nullopt);
    EXPECT_EQ(sv::NatureAccount("6042").label(), std::nullopt);
    EXPECT_EQ(sv::NatureAccount("4581").section(), std::nullopt);
    EXPECT_EQ(sv::NatureAccount("4581").account_class(), sv::AccountClass::tiers);
    EXPECT_EQ(sv::to_string(sv::AccountClass::charges), "comptes de charges");
    EXPECT_EQ(sv::NatureAccount(" 6574 ").code(), "6574");
    EXPECT_LT(sv::NatureAccount("204"), sv::NatureAccount("6568"));
}

TEST(NatureAccount, ErrorsAreTypedAndNamed) {
    EXPECT_EQ(sv::NatureAccount::parse("").error().kind, ErrorKind::empty);
    EXPECT_EQ(sv::NatureAccount::parse("65.68").error().kind, ErrorKind::format);
    EXPECT_EQ(sv::NatureAccount::parse("6").error().kind, ErrorKind::length);
    EXPECT_EQ(sv::NatureAccount::parse("123456789").error().kind, ErrorKind::length);
    EXPECT_EQ(sv::NatureAccount::parse("011").error().kind, ErrorKind::component);
    const auto e = sv::NatureAccount::parse("9999").error();
    EXPECT_EQ(e.kind, ErrorKind::component);
    EXPECT_EQ(e.field, "nature");
    EXPECT_EQ(e.value, "9999");
    EXPECT_EQ(e.message.rfind("la nature 9999 est inconnue", 0), 0u);
    EXPECT_THROW(sv::NatureAccount("99"), sv::ParseFailure);
}

// --------------------------------------------------------------------------------------------
// Functions
// --------------------------------------------------------------------------------------------

TEST(FunctionCode, LabelsOfEachLevel) {
    EXPECT_EQ(sv::FunctionCode("6").label(), std::optional<std::string_view>("Action économique"));
    EXPECT_EQ(sv::FunctionCode("9").label(),
              std::optional<std::string_view>("Fonction en réserve"));
    // Function 65: the label of docs/legal-reference.md §7; "… et innovante" is in no source.
    EXPECT_EQ(
        sv::FunctionCode("65").label(),
        std::optional<std::string_view>("Insertion économique et économie sociale, solidaire"));
    EXPECT_EQ(sv::FunctionCode("44").label(), std::optional<std::string_view>("RSA"));
    EXPECT_EQ(sv::FunctionCode("843").label(),
              std::optional<std::string_view>("Voirie départementale"));
    EXPECT_EQ(sv::FunctionCode("849").label(),
              std::optional<std::string_view>("Sécurité routière"));
    EXPECT_EQ(sv::FunctionCode("221").parent(), std::optional(sv::FunctionCode("22")));
    EXPECT_EQ(sv::FunctionCode("22").parent(), std::optional(sv::FunctionCode("2")));
    EXPECT_EQ(sv::FunctionCode("2").parent(), std::nullopt);
    EXPECT_EQ(sv::FunctionCode("221").level(), 3u);
    EXPECT_EQ(sv::FunctionCode("221").digit(), 2u);
    for (char d = '0'; d <= '9'; ++d)
        EXPECT_TRUE(sv::FunctionCode(std::string(1, d)).is_known());
}

TEST(FunctionCode, TheTwoDigitListIsClosed) {
    std::size_t known = 0;
    for (int v = 0; v < 100; ++v) {
        std::string code = v < 10 ? "0" : "";
        code += std::to_string(v);
        const auto r = sv::FunctionCode::parse(code);
        if (r.ok()) {
            ++known;
            EXPECT_TRUE(r->is_known());
        } else {
            EXPECT_EQ(r.error().kind, ErrorKind::component) << code;
            EXPECT_EQ(r.error().field, "fonction");
        }
    }
    EXPECT_EQ(known, 68u);
    EXPECT_EQ(sv::FunctionCode::parse("6a").error().kind, ErrorKind::format);
    EXPECT_EQ(sv::FunctionCode::parse("6511").error().kind, ErrorKind::length);
    EXPECT_EQ(sv::FunctionCode::parse("").error().kind, ErrorKind::empty);
}

// --------------------------------------------------------------------------------------------
// Operation codes
// --------------------------------------------------------------------------------------------

TEST(OperationCode, SeedCodeMatchesTheDefaultPasDeCalaisPattern) {
    EXPECT_EQ(sv::OperationCodePattern::pas_de_calais().text(), "A99-999A99");
    EXPECT_EQ(sv::OperationCodePattern::pas_de_calais().length(), 10u);
    EXPECT_EQ(sv::OperationCode::parse("C01-020Q01").value().code(), "C01-020Q01");
    EXPECT_EQ(sv::OperationCode::parse("  C01-020Q01 ").value().code(), "C01-020Q01");
    EXPECT_EQ(sv::OperationCode("C01-020Q01"), sv::OperationCode("C01-020Q01"));
    EXPECT_LT(sv::OperationCode("C01-020Q01"), sv::OperationCode("C01-020Q02"));
}

TEST(OperationCode, EverySingleCharacterCorruptionIsJudgedByItsSlot) {
    // Property: replacing one character of C01-020Q01 by any printable ASCII character is
    // accepted iff the character fits that slot of A99-999A99.
    const std::string seed = "C01-020Q01";
    const std::string_view pattern = "A99-999A99";
    for (std::size_t i = 0; i < seed.size(); ++i) {
        for (char c = '!'; c <= '~'; ++c) {
            std::string s = seed;
            s[i] = c;
            const bool fits = pattern[i] == 'A'   ? (c >= 'A' && c <= 'Z')
                              : pattern[i] == '9' ? (c >= '0' && c <= '9')
                                                  : c == pattern[i];
            const auto r = sv::OperationCode::parse(s);
            ASSERT_EQ(r.ok(), fits) << s;
            if (!fits) {
                EXPECT_EQ(r.error().kind, ErrorKind::format) << s;
                EXPECT_NE(r.error().message.find("caractère n°" + std::to_string(i + 1)),
                          std::string::npos)
                    << r.error().message;
            }
        }
    }
}

TEST(OperationCode, ErrorsNameThePosition) {
    const auto lower = sv::OperationCode::parse("C01-020q01").error();
    EXPECT_EQ(lower.kind, ErrorKind::format);
    EXPECT_EQ(lower.field, "code opération");
    EXPECT_EQ(lower.message,
              "le caractère n°8 «\u00A0q\u00A0» du code C01-020q01 devrait être une lettre "
              "majuscule (modèle A99-999A99)");
    EXPECT_EQ(sv::OperationCode::parse("C01-020Q0").error().kind, ErrorKind::length);
    EXPECT_EQ(sv::OperationCode::parse("C01-020Q011").error().kind, ErrorKind::length);
    EXPECT_EQ(sv::OperationCode::parse("").error().kind, ErrorKind::empty);
    EXPECT_EQ(sv::OperationCode::parse("C01 020Q01").error().kind, ErrorKind::format);
    EXPECT_EQ(sv::OperationCode::parse("C01-020\xC3\x89"
                                       "1")
                  .error()
                  .kind,
              ErrorKind::format);
    EXPECT_THROW(sv::OperationCode("X"), sv::ParseFailure);
}

TEST(OperationCode, CustomPatternsAndPredicates) {
    const auto p = sv::OperationCodePattern::parse("AAA-9999").value();
    EXPECT_TRUE(sv::OperationCode::parse("ABC-1234", p).ok());
    EXPECT_FALSE(sv::OperationCode::parse("C01-020Q01", p).ok());
    EXPECT_TRUE(p.matches("ABC-1234"));
    EXPECT_FALSE(p.matches("ABC-123"));

    const auto escaped = sv::OperationCodePattern::parse("\\A9X").value(); // literal A, digit, any
    EXPECT_EQ(escaped.length(), 3u);
    EXPECT_TRUE(sv::OperationCode::parse("A1Z", escaped).ok());
    EXPECT_TRUE(sv::OperationCode::parse("A17", escaped).ok());
    EXPECT_FALSE(sv::OperationCode::parse("B1Z", escaped).ok());

    EXPECT_EQ(sv::OperationCodePattern::parse("").error().kind, ErrorKind::empty);
    EXPECT_EQ(sv::OperationCodePattern::parse("A9 9").error().kind, ErrorKind::format);
    EXPECT_EQ(sv::OperationCodePattern::parse("A9\\").error().kind, ErrorKind::format);
    EXPECT_EQ(sv::OperationCodePattern::parse(std::string(33, '9')).error().kind,
              ErrorKind::length);

    auto starts_with_c = [](std::string_view s) { return s.size() >= 2 && s[0] == 'C'; };
    EXPECT_TRUE(sv::OperationCode::parse_if("C-anything", starts_with_c, "commence par C").ok());
    const auto e = sv::OperationCode::parse_if("D01", starts_with_c, "commence par C").error();
    EXPECT_EQ(e.kind, ErrorKind::format);
    EXPECT_EQ(e.message, "le code D01 ne respecte pas la règle : commence par C");
}

// --------------------------------------------------------------------------------------------
// Credits: balance, credit check, appropriations
// --------------------------------------------------------------------------------------------

namespace {
sv::BudgetLine line_with(Euros available, Euros proposed) {
    return sv::BudgetLine{
        .operation = sv::OperationCode("C01-020Q01"),
        .imputation = sv::Imputation("6568/9365"),
        .label = "ligne de test",
        .credits_available = available,
        .proposed = proposed,
    };
}
} // namespace

TEST(BudgetLine, NegativeBalanceFailsTheCreditCheck) {
    // BUDG-AP-AE-CP: solde = CP disponible − proposition ≥ 0.
    const auto over = line_with(eur("1 000,00"), eur("1 500,01"));
    EXPECT_EQ(over.balance().cents(), -50'001);
    EXPECT_FALSE(over.credit_check());

    const auto exact = line_with(eur("57 000,00"), eur("57 000,00"));
    EXPECT_EQ(exact.balance().cents(), 0);
    EXPECT_TRUE(exact.credit_check());

    const auto one_cent_over =
        line_with(Euros::from_cents(5'700'000), Euros::from_cents(5'700'001));
    EXPECT_EQ(one_cent_over.balance().cents(), -1);
    EXPECT_FALSE(one_cent_over.credit_check());
}

TEST(BudgetLine, BalanceArithmeticProperty) {
    // For a grid of amounts: balance + proposed == available, and the credit check is exactly
    // balance >= 0.
    for (std::int64_t a = -300'000; a <= 300'000; a += 7'919)
        for (std::int64_t p = -300'000; p <= 300'000; p += 6'997) {
            const auto line = line_with(Euros::from_cents(a), Euros::from_cents(p));
            ASSERT_EQ((line.balance() + line.proposed).cents(), a);
            ASSERT_EQ(line.credit_check(), line.balance().cents() >= 0);
        }
}

TEST(BudgetLine, BalanceOverflowThrows) {
    const auto line = line_with(Euros::min(), Euros::from_cents(1));
    EXPECT_THROW((void)line.balance(), std::overflow_error);
    EXPECT_FALSE(line.credit_check()); // comparing never overflows
}

TEST(BudgetLine, AppropriationKindsBelongToTheirSection) {
    // CGCT L.3312-4: AP in investissement, AE in fonctionnement, CP in both.
    EXPECT_TRUE(sv::is_allowed_in(sv::AppropriationKind::ap, Section::investissement));
    EXPECT_FALSE(sv::is_allowed_in(sv::AppropriationKind::ap, Section::fonctionnement));
    EXPECT_TRUE(sv::is_allowed_in(sv::AppropriationKind::ae, Section::fonctionnement));
    EXPECT_FALSE(sv::is_allowed_in(sv::AppropriationKind::ae, Section::investissement));
    EXPECT_TRUE(sv::is_allowed_in(sv::AppropriationKind::cp, Section::investissement));
    EXPECT_TRUE(sv::is_allowed_in(sv::AppropriationKind::cp, Section::fonctionnement));
    EXPECT_EQ(sv::to_string(sv::AppropriationKind::ae), "AE");

    auto line = line_with(eur("10,00"), eur("1,00"));
    line.appropriation = sv::AppropriationKind::ap; // AP on chapter 936
    EXPECT_FALSE(line.is_appropriation_consistent());
    line.appropriation = sv::AppropriationKind::ae;
    EXPECT_TRUE(line.is_appropriation_consistent());
}

TEST(BudgetValues, AreHashableAndComparable) {
    std::unordered_set<sv::Imputation> imputations{sv::Imputation("6568/9365"),
                                                   sv::Imputation("65 / 6568 / 9365"),
                                                   sv::Imputation("6574/9365")};
    EXPECT_EQ(imputations.size(), 2u);
    std::unordered_set<sv::NatureAccount> natures{sv::NatureAccount("6574"),
                                                  sv::NatureAccount("6574")};
    EXPECT_EQ(natures.size(), 1u);
    std::unordered_set<sv::OperationCode> ops{sv::OperationCode("C01-020Q01")};
    EXPECT_EQ(ops.count(sv::OperationCode("C01-020Q01")), 1u);
    EXPECT_LT(sv::Imputation("6568/9365"), sv::Imputation("6574/9065"));
    EXPECT_LT(sv::Imputation("6568/9065"), sv::Imputation("6568/9365"));
}

} // namespace test_budget_test
