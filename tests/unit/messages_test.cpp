// SPDX-License-Identifier: Apache-2.0
// The message catalogue: every entry exists in every language with the same placeholders, every
// template is well formed, and the renderer formats each kind of value as its language writes it.
#include <algorithm>
#include <cstdint>
#include <map>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include <subvention/compliance/catalogue.hpp>
#include <subvention/compliance/message.hpp>

// Each suite in its own namespace: the suites of a group are compiled together (unity build).
namespace test_messages_test {

namespace {

using namespace subvention;
using namespace subvention::compliance;

std::set<std::string> as_set(const std::vector<std::string>& v) {
    return {v.begin(), v.end()};
}

TEST(MessageCatalogue, EveryKeyExistsInEveryLanguage) {
    const auto fr = message_keys(Lang::fr);
    const auto en = message_keys(Lang::en);
    EXPECT_EQ(fr, en);
    EXPECT_FALSE(fr.empty());
}

TEST(MessageCatalogue, NoKeyIsDefinedTwice) {
    for (const Lang lang : {Lang::fr, Lang::en}) {
        const auto keys = message_keys(lang);
        const auto dup = std::adjacent_find(keys.begin(), keys.end());
        EXPECT_EQ(dup, keys.end()) << "defined twice: " << *dup;
    }
}

TEST(MessageCatalogue, EveryTemplateIsWellFormedWithTheSamePlaceholdersInEveryLanguage) {
    for (const auto key : message_keys(Lang::fr)) {
        const auto fr = message_template(Lang::fr, key);
        const auto en = message_template(Lang::en, key);
        ASSERT_FALSE(fr.empty()) << key;
        ASSERT_FALSE(en.empty()) << key;
        std::vector<std::string> fr_names, en_names;
        ASSERT_NO_THROW(fr_names = placeholders(fr)) << key;
        ASSERT_NO_THROW(en_names = placeholders(en)) << key;
        EXPECT_EQ(as_set(fr_names), as_set(en_names)) << key;
    }
}

TEST(MessageCatalogue, KeysAreRuleIdsOrPhrases) {
    for (const auto key : message_keys(Lang::fr)) {
        const std::string k(key);
        const bool phrase = k.rfind("phrase.", 0) == 0;
        const auto id = k.substr(0, k.find('.'));
        const bool rule_like = !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
            return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
        });
        const bool lower_id = k.rfind("scdl.", 0) == 0 || k.rfind("csv.", 0) == 0;
        EXPECT_TRUE(phrase || rule_like || lower_id) << k;
    }
}

TEST(MessageCatalogue, EveryIdTheLibraryEmitsHasAMessage) {
    const auto keys = message_keys(Lang::fr);
    const auto has_entry = [&](const std::string& prefix) {
        return std::any_of(keys.begin(), keys.end(), [&](std::string_view k) {
            return k == prefix || k.rfind(prefix + ".", 0) == 0;
        });
    };
    for (const auto& rule : builtin_catalogue())
        EXPECT_TRUE(has_entry(rule.id)) << rule.id;
    // The file defects of SCDL validation are those of the CSV reader, whose messages they carry.
    const std::map<std::string, std::vector<std::string>> from_csv{
        {"file-bom", {"csv.utf8-bom"}},
        {"file-encoding", {"csv.windows-1252", "csv.invalid-utf8"}},
        {"file-separator", {"csv.separator-not-comma"}},
        {"file-quoting", {"csv.unterminated-quote", "csv.stray-quote"}},
        {"file-record-too-long", {"csv.record-too-long"}}};
    for (const auto& k : known_ids()) {
        const std::string id(k.id);
        if (const auto csv = from_csv.find(id); csv != from_csv.end()) {
            for (const auto& key : csv->second)
                EXPECT_TRUE(has_entry(key)) << id << ": " << key;
            continue;
        }
        // SCDL validation checks keep their Table Schema / Validata names: keys « scdl.<name> ».
        const bool lower = !id.empty() && id[0] >= 'a' && id[0] <= 'z';
        EXPECT_TRUE(has_entry(lower ? "scdl." + id : id)) << id;
    }
}

TEST(Placeholders, NamesEachArgumentOnceInOrderOfFirstUse) {
    EXPECT_EQ(placeholders("{a} {b:iso} {n|jour|jours} {a} {{x}} {-c}"),
              (std::vector<std::string>{"a", "b", "n", "c"}));
    EXPECT_THROW((void)placeholders("{a"), std::invalid_argument);
    EXPECT_THROW((void)placeholders("a}"), std::invalid_argument);
    EXPECT_THROW((void)placeholders("{A}"), std::invalid_argument);
    EXPECT_THROW((void)placeholders("{n|one}"), std::invalid_argument);
}

TEST(Render, TextIsShownAsGivenAndNestedPhrasesAreRenderedInTheSameLanguage) {
    const Message m = Message("phrase.text").arg("text", Message("phrase.text").arg("text", "x"));
    EXPECT_EQ(render(m, Lang::fr), "x");
    EXPECT_EQ(render(Message("phrase.text").arg("text", std::string("« y »")), Lang::en), "« y »");
    const std::vector<Message> parts{Message("phrase.text").arg("text", "a"),
                                     Message("phrase.text").arg("text", "b")};
    EXPECT_EQ(render(parts, Lang::fr), "ab");
}

TEST(Render, AnUnknownKeyOrAMissingArgumentIsADefectOfTheLibrary) {
    EXPECT_THROW((void)render(Message("NO-SUCH-RULE"), Lang::fr), std::logic_error);
    EXPECT_THROW((void)render(Message("phrase.text"), Lang::en), std::logic_error);
    EXPECT_THROW((void)render(Message("phrase.text").arg("other", "x"), Lang::fr),
                 std::logic_error);
}

// The formatters are exercised through phrase.value, the catalogue's « {value} » with a style.
TEST(Render, EachLanguageWritesDatesInItsStyles) {
    const Date d(2024, 6, 30);
    const auto show = [&](const char* key, Lang lang) {
        return render(Message(key).arg("value", d), lang);
    };
    EXPECT_EQ(show("phrase.date", Lang::fr), "30 juin 2024");
    EXPECT_EQ(show("phrase.date", Lang::en), "2024-06-30");
    EXPECT_EQ(show("phrase.date.long", Lang::en), "30 June 2024");
    EXPECT_EQ(show("phrase.date.weekday", Lang::fr), "dimanche 30 juin 2024");
    EXPECT_EQ(show("phrase.date.weekday", Lang::en), "Sunday 30 June 2024");
    EXPECT_EQ(show("phrase.date.numeric", Lang::fr), "30/06/2024");
    EXPECT_EQ(show("phrase.date.iso", Lang::fr), "2024-06-30");
}

TEST(Render, AmountsAreWrittenAsInTheActsInEveryLanguage) {
    const Euros e = Euros::from_cents(5'700'000);
    EXPECT_EQ(render(Message("phrase.amount").arg("value", e), Lang::fr), "57\u202F000,00\u00A0€");
    EXPECT_EQ(render(Message("phrase.amount").arg("value", e), Lang::en),
              render(Message("phrase.amount").arg("value", e), Lang::fr));
    EXPECT_EQ(render(Message("phrase.amount.prose").arg("value", e), Lang::fr),
              "57\u202F000\u00A0€");
}

TEST(Render, PluralsFollowEachLanguagesRule) {
    const auto days = [](std::int64_t n, Lang lang) {
        return render(Message("phrase.days").arg("count", n), lang);
    };
    EXPECT_EQ(days(0, Lang::fr), "0 jour");
    EXPECT_EQ(days(1, Lang::fr), "1 jour");
    EXPECT_EQ(days(2, Lang::fr), "2 jours");
    EXPECT_EQ(days(0, Lang::en), "0 days");
    EXPECT_EQ(days(1, Lang::en), "1 day");
    EXPECT_EQ(days(78, Lang::en), "78 days");
}

TEST(Render, ListsAreJoinedAsEachLanguageDoes) {
    const std::vector<std::string> three{"4", "5", "8"};
    EXPECT_EQ(render(Message("phrase.list").arg("items", three), Lang::fr), "4, 5 et 8");
    EXPECT_EQ(render(Message("phrase.list").arg("items", three), Lang::en), "4, 5 and 8");
    EXPECT_EQ(render(Message("phrase.list").arg("items", std::vector<std::string>{"4"}), Lang::fr),
              "4");
}

TEST(Render, AStyleThatDoesNotFitTheValueIsADefect) {
    EXPECT_THROW((void)render(Message("phrase.date.long").arg("value", "texte"), Lang::fr),
                 std::logic_error);
    EXPECT_THROW((void)render(Message("phrase.days").arg("count", "deux"), Lang::fr),
                 std::logic_error);
}

/// A template without its placeholders: the words it shows whatever the arguments.
std::string words_of(std::string_view t) {
    std::string out;
    int depth = 0;
    for (const char c : t) {
        if (c == '{')
            ++depth;
        else if (c == '}')
            depth = depth > 0 ? depth - 1 : 0;
        else if (depth == 0)
            out += c;
    }
    return out;
}

TEST(MessageCatalogue, EveryTemplateOfEveryFamilyUsesTheWordingOfALegalNote) {
    // What a legal note does not write, in any family: « jour(s) » (the plural syntax exists),
    // the program's doubts (« point non confirmé », « plan de comptes consulté », « connue du
    // contrôle ») instead of « sous réserve de … », « la autre », abstentions as votes cast, and
    // the code names of enumerations (« metropole », « financial_year_end »).
    for (const auto key : message_keys(Lang::fr)) {
        const std::string k(key);
        const std::string fr = words_of(message_template(Lang::fr, key));
        const std::string en = words_of(message_template(Lang::en, key));
        for (const char* banned :
             {"(s)", "(e)", "non confirmé", "(point", "de trop", "consulté", "connue du contrôle",
              "hypothèse non", "la autre", "le autre", "voix exprimée", "metropole"})
            EXPECT_EQ(fr.find(banned), std::string::npos)
                << k << ": « " << banned << " » in " << fr;
        for (const char* banned : {"(s)", "unconfirmed", "not confirmed", "too many", "consulted",
                                   "known to the checker", "(assumed", "chart of accounts read"})
            EXPECT_EQ(en.find(banned), std::string::npos)
                << k << ": « " << banned << " » in " << en;
        for (const std::string* text : {&fr, &en}) {
            const auto underscore = text->find('_');
            EXPECT_EQ(underscore, std::string::npos) << k << ": a code name in " << *text;
        }
    }
}

TEST(MessageCatalogue, CountsAndEventsAgreeWithTheirNouns) {
    const auto retro = [](std::int64_t days, Lang lang) {
        return render(Message("CONV-RETROACTIVE.starts_before_decision")
                          .arg("start", Date(2023, 1, 1))
                          .arg("days", days)
                          .arg("decision_date", Date(2023, 3, 20))
                          .arg("document", std::string("délibération"))
                          .arg("eligible", std::string()),
                      lang);
    };
    EXPECT_NE(retro(78, Lang::fr).find("78 jours avant"), std::string::npos) << retro(78, Lang::fr);
    EXPECT_NE(retro(1, Lang::fr).find("1 jour avant"), std::string::npos);
    EXPECT_NE(retro(78, Lang::en).find("78 days before"), std::string::npos);
    const Message other = Message("CONV-REPORT-DEADLINE.other_event")
                              .arg("event", Message("phrase.convention.event.other"))
                              .arg("start", Date(2024, 1, 1))
                              .arg("legal_start", Date(2023, 12, 31));
    EXPECT_NE(render(other, Lang::fr).find("depuis un autre événement"), std::string::npos)
        << render(other, Lang::fr);
    EXPECT_NE(render(other, Lang::en).find("from another event"), std::string::npos);
}

} // namespace

} // namespace test_messages_test
