// SPDX-License-Identifier: Apache-2.0
// Tests of subvention/vote.hpp — named after the rule they pin (docs/legal-reference.md §1, §2,
// §11).
#include <array>
#include <cstdint>
#include <random>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <boost/date_time/gregorian/gregorian.hpp>
#include <gtest/gtest.h>

#include <subvention/vote.hpp>

// Each suite in its own namespace: the suites of a group are compiled together (unity build).
namespace test_vote_test {

namespace sv = subvention;
using boost::gregorian::date;
using sv::AttendanceStatus;
using sv::Body;
using sv::Civility;
using sv::DeliberativeVoice;
using sv::FactKey;
using sv::MemberCount;
using sv::VoteCount;
using sv::VoteFindingKind;

namespace {

// ---------------------------------------------------------------------------------------------
// The seed (Pas-de-Calais, CP 20 March 2023, N°2023-122), copied exactly as extracted from the
// PDF: double spaces and line breaks included (a line even breaks inside "Jean-⏎Louis").
// ---------------------------------------------------------------------------------------------
constexpr std::string_view seed_present =
    "M. Jean-Claude LEROY, Mme Mireille HINGREZ-CÉRÉDA, M. Daniel\n"
    "MACIEJASZ, Mme Valérie CUVILLIER, Mme Blandine DRAIN, Mme Maryse CAUWET, M.\n"
    "Ludovic LOQUET, Mme Bénédicte MESSEANNE-GROBELNY, M. Jean-Claude DISSAUX,\n"
    "Mme Laurence LOUCHAERT, M. Laurent  DUPORGE, Mme Karine GAUTHIER,  M. Alain\n"
    "MEQUIGNON, Mme Evelyne NACHEL, Mme Florence WOZNY, M. Jean-Jacques COTTEL,\n"
    "Mme Caroline  MATRAT,  Mme Sophie  WAROT-LEMAIRE,  M.  André  KUCHCINSKI,  Mme\n"
    "Fatima  AIT-CHIKHEBBIH,  Mme  Carole  DUBOIS,  M.  Olivier  BARBARIN,  Mme  Zohra\n"
    "OUAGUEF,  M.  Etienne  PERIN,  Mme Maryse  DELASSUS,  M.  Claude  BACHELET,  Mme\n"
    "Maïté  MULOT-FRISCOURT,  Mme  Stéphanie  GUISELAIN,  M.  Philippe  FAIT,  Mme\n"
    "Emmanuelle LAPOUILLE, M. Alexandre MALFAIT, Mme Sylvie MEYFROIDT, M. Frédéric\n"
    "MELCHIOR, Mme Brigitte PASSEBOSC, M. François LEMAIRE, M. Marc SARPAUX, Mme\n"
    "Marie-Line PLOUVIEZ, M. Steeve BRIOIS, M. Ludovic PAJOT.";
constexpr std::string_view seed_excused = "M. Sébastien CHOCHOIS, M. Pierre GEORGET, M. Bruno "
                                          "COUSEIN.";
constexpr std::string_view seed_present_without_voice = " Mme Emmanuelle  LEVEUGLE,  M. Jean-\n"
                                                        "Louis COTTIGNY";
constexpr std::string_view seed_excused_without_voice =
    "M. Michel DAGBERT, M. Bertrand PETIT, M. Jean-Marc\nTELLIER";
constexpr std::string_view seed_interested = "Madame Sylvie MEYFROIDT";
constexpr std::string_view seed_president = "MONSIEUR JEAN-CLAUDE LEROY";
constexpr std::string_view seed_tally_text =
    "Pour  :  41 voix  (Groupe  Socialiste,  Républicain  et  Citoyen ;  Groupe  Communiste  et\n"
    "Républicain ; Groupe Union pour le Pas-de-Calais ; Groupe Rassemblement National ;\n"
    "Non-inscrit)\n"
    "Contre : 0 voix \n"
    "Abstention : 1 voix (Groupe Union pour le Pas-de-Calais)\n";

/// The 47 persons of the seed, in print order. Decision: names are compared in their
/// whitespace-normalised form (single spaces; "Jean-⏎Louis" → "Jean-Louis"); the double spaces
/// of the extraction are not part of anybody's name.
struct ExpectedPerson {
    Civility civility;
    std::string_view first;
    std::string_view last;
    AttendanceStatus status;
    DeliberativeVoice voice;
};
constexpr auto M = Civility::monsieur;
constexpr auto F = Civility::madame;
constexpr auto P = AttendanceStatus::present;
constexpr auto E = AttendanceStatus::excused;
constexpr auto W = DeliberativeVoice::with;
constexpr auto O = DeliberativeVoice::without;
constexpr std::array<ExpectedPerson, 47> seed_persons = {{
    {M, "Jean-Claude", "LEROY", P, W},     {F, "Mireille", "HINGREZ-CÉRÉDA", P, W},
    {M, "Daniel", "MACIEJASZ", P, W},      {F, "Valérie", "CUVILLIER", P, W},
    {F, "Blandine", "DRAIN", P, W},        {F, "Maryse", "CAUWET", P, W},
    {M, "Ludovic", "LOQUET", P, W},        {F, "Bénédicte", "MESSEANNE-GROBELNY", P, W},
    {M, "Jean-Claude", "DISSAUX", P, W},   {F, "Laurence", "LOUCHAERT", P, W},
    {M, "Laurent", "DUPORGE", P, W},       {F, "Karine", "GAUTHIER", P, W},
    {M, "Alain", "MEQUIGNON", P, W},       {F, "Evelyne", "NACHEL", P, W},
    {F, "Florence", "WOZNY", P, W},        {M, "Jean-Jacques", "COTTEL", P, W},
    {F, "Caroline", "MATRAT", P, W},       {F, "Sophie", "WAROT-LEMAIRE", P, W},
    {M, "André", "KUCHCINSKI", P, W},      {F, "Fatima", "AIT-CHIKHEBBIH", P, W},
    {F, "Carole", "DUBOIS", P, W},         {M, "Olivier", "BARBARIN", P, W},
    {F, "Zohra", "OUAGUEF", P, W},         {M, "Etienne", "PERIN", P, W},
    {F, "Maryse", "DELASSUS", P, W},       {M, "Claude", "BACHELET", P, W},
    {F, "Maïté", "MULOT-FRISCOURT", P, W}, {F, "Stéphanie", "GUISELAIN", P, W},
    {M, "Philippe", "FAIT", P, W},         {F, "Emmanuelle", "LAPOUILLE", P, W},
    {M, "Alexandre", "MALFAIT", P, W},     {F, "Sylvie", "MEYFROIDT", P, W},
    {M, "Frédéric", "MELCHIOR", P, W},     {F, "Brigitte", "PASSEBOSC", P, W},
    {M, "François", "LEMAIRE", P, W},      {M, "Marc", "SARPAUX", P, W},
    {F, "Marie-Line", "PLOUVIEZ", P, W},   {M, "Steeve", "BRIOIS", P, W},
    {M, "Ludovic", "PAJOT", P, W},         {M, "Sébastien", "CHOCHOIS", E, W},
    {M, "Pierre", "GEORGET", E, W},        {M, "Bruno", "COUSEIN", E, W},
    {F, "Emmanuelle", "LEVEUGLE", P, O},   {M, "Jean-Louis", "COTTIGNY", P, O},
    {M, "Michel", "DAGBERT", E, O},        {M, "Bertrand", "PETIT", E, O},
    {M, "Jean-Marc", "TELLIER", E, O},
}};

const date seed_date(2023, 3, 20);

sv::PrintedAttendance seed_printed() {
    sv::PrintedAttendance p;
    p.body = Body::commission_permanente;
    p.present = seed_present;
    p.excused = seed_excused;
    p.present_without_voice = seed_present_without_voice;
    p.excused_without_voice = seed_excused_without_voice;
    p.interested = {seed_interested};
    p.president = seed_president;
    return p; // proxies: nullopt — the act records none
}

sv::Attendance seed_attendance() {
    return sv::parse_attendance(seed_printed()).value();
}

sv::VoteTally seed_tally() {
    return sv::parse_vote_tally(seed_tally_text).value();
}

// ---------------------------------------------------------------------------------------------
// Synthetic assemblies for the rule tests: member i is "M. Prénom NOMxx".
// ---------------------------------------------------------------------------------------------
std::string surname(int i) {
    std::string s = "NOM";
    int k = i;
    do {
        s += static_cast<char>('A' + k % 26);
        k /= 26;
    } while (k > 0);
    return s;
}
sv::Member member(int i) {
    return sv::Member(Civility::monsieur, "Prénom", surname(i));
}
sv::PersonName name(int i) {
    return member(i).name();
}

/// `present` members (0..present-1) then `excused` members, all with a vote.
sv::Attendance assembly(Body body, int present, int excused) {
    sv::Attendance a;
    a.body = body;
    for (int i = 0; i < present; ++i)
        a.entries.push_back({member(i), AttendanceStatus::present, DeliberativeVoice::with});
    for (int i = present; i < present + excused; ++i)
        a.entries.push_back({member(i), AttendanceStatus::excused, DeliberativeVoice::with});
    a.proxies.emplace(); // the act records its proxies (none unless added)
    return a;
}

sv::VoteTally tally(std::int32_t pour, std::int32_t contre, std::int32_t abstention) {
    sv::VoteTally t;
    t.pour = VoteCount(pour);
    t.contre = VoteCount(contre);
    t.abstention = VoteCount(abstention);
    return t;
}

std::vector<VoteFindingKind> kinds(const sv::VoteAnalysis& r) {
    std::vector<VoteFindingKind> out;
    for (const auto& f : r.findings)
        out.push_back(f.kind);
    return out;
}

bool has_assumption(const std::vector<sv::Assumption>& v, sv::Assumption a) {
    return std::find(v.begin(), v.end(), a) != v.end();
}

} // namespace

// =============================================================================================
// Names
// =============================================================================================

TEST(MemberParsePrinted, SplitsCivilityFirstNameAndComposedLastName) {
    struct Case {
        std::string_view printed;
        Civility civility;
        std::string_view first;
        std::string_view last;
    };
    const Case cases[] = {
        {"Mme Sylvie MEYFROIDT", F, "Sylvie", "MEYFROIDT"},
        {"Madame Sylvie MEYFROIDT", F, "Sylvie", "MEYFROIDT"},
        {"Mme Mireille HINGREZ-CÉRÉDA", F, "Mireille", "HINGREZ-CÉRÉDA"},
        {"M. Jean-Claude LEROY", M, "Jean-Claude", "LEROY"},
        {"Mme Sophie  WAROT-LEMAIRE", F, "Sophie", "WAROT-LEMAIRE"},
        {"Mme\nFatima  AIT-CHIKHEBBIH", F, "Fatima", "AIT-CHIKHEBBIH"},
        {"Mme  Maïté  MULOT-FRISCOURT", F, "Maïté", "MULOT-FRISCOURT"},
        {"M. Jean-\nLouis COTTIGNY", M, "Jean-Louis", "COTTIGNY"},
        {"M.\u00A0Laurent\u202FDUPORGE", M, "Laurent", "DUPORGE"},
        {"Monsieur Jean de LA FONTAINE", M, "Jean", "de LA FONTAINE"},
        {"Mme Anne d'ALMEIDA", F, "Anne", "d'ALMEIDA"},
        {"M. J.-C. LEROY", M, "J.-C.", "LEROY"},
        {"Mme Marie Anne DE LA TOUR", F, "Marie Anne", "DE LA TOUR"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(std::string(c.printed));
        const auto m = sv::Member::parse_printed(c.printed);
        ASSERT_TRUE(m.ok()) << m.error().describe();
        EXPECT_EQ(m->civility(), c.civility);
        EXPECT_EQ(m->first_name(), c.first);
        EXPECT_EQ(m->last_name(), c.last);
        EXPECT_FALSE(m->group().has_value());
    }
    EXPECT_EQ(sv::Member::parse_printed("Mme Mireille  HINGREZ-CÉRÉDA")->printed(),
              "Mme Mireille HINGREZ-CÉRÉDA");
    EXPECT_EQ(sv::Member::parse_printed("M. Jean-Claude LEROY")->key(), "JEAN CLAUDE LEROY");
}

TEST(MemberParsePrinted, RejectsWithFrenchErrorsNamingTheValue) {
    struct Case {
        std::string_view printed;
        sv::ErrorKind kind;
        std::string_view message_part;
    };
    const Case cases[] = {
        {"Sylvie MEYFROIDT", sv::ErrorKind::component, "civilité absente"},
        {"MONSIEUR JEAN-CLAUDE LEROY", sv::ErrorKind::ambiguous, "indiscernables"},
        {"M. LEROY", sv::ErrorKind::component, "prénom absent"},
        {"M. LEROY Jean-Claude", sv::ErrorKind::format, "Jean-Claude"},
        {"M. Jean-Claude Leroy", sv::ErrorKind::format, "majuscules"},
        {"", sv::ErrorKind::empty, "absent"},
        {"   \n ", sv::ErrorKind::empty, "absent"},
        {"M.", sv::ErrorKind::component, "aucun nom"},
        {"Mme Sylvie \xFF", sv::ErrorKind::format, "UTF-8"},
        {"M. ... LEROY", sv::ErrorKind::format, "aucune lettre"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(std::string(c.printed));
        const auto m = sv::Member::parse_printed(c.printed);
        ASSERT_FALSE(m.ok());
        EXPECT_EQ(m.error().kind, c.kind);
        EXPECT_EQ(m.error().field, "membre");
        EXPECT_EQ(m.error().value, c.printed);
        EXPECT_NE(m.error().message.find(c.message_part), std::string::npos) << m.error().message;
    }
    // A throwing constructor for code that knows the names; never for text (parse_printed).
    EXPECT_THROW(sv::Member(Civility::madame, "  ", "MEYFROIDT"), sv::ParseFailure);
    EXPECT_THROW(sv::Member(Civility::madame, "Sylvie", "\xC3"), sv::ParseFailure);
}

TEST(PersonName, MatchingIgnoresCivilitySpacingCaseAccentsAndHyphens) {
    auto key = [](std::string_view s) { return sv::PersonName::parse(s).value().key(); };
    const auto meyfroidt = sv::Member::parse_printed("Mme Sylvie MEYFROIDT").value();
    EXPECT_EQ(key("Madame Sylvie MEYFROIDT"), meyfroidt.key());
    EXPECT_EQ(key("Sylvie MEYFROIDT"), meyfroidt.key());
    EXPECT_EQ(sv::PersonName::parse("Madame Sylvie MEYFROIDT")->civility(), Civility::madame);
    EXPECT_FALSE(sv::PersonName::parse("Sylvie MEYFROIDT")->civility().has_value());
    EXPECT_EQ(key("MONSIEUR JEAN-CLAUDE LEROY"), key("M. Jean-Claude LEROY"));
    EXPECT_EQ(key("M. Laurent  DUPORGE"), key("laurent duporge"));
    EXPECT_EQ(key("Mireille HINGREZ-CÉRÉDA"), key("Mireille HINGREZ CEREDA"));
    EXPECT_EQ(key("Mireille HINGREZ-CÉRÉDA"), key("Mireille HINGREZ-CE\u0301RE\u0301DA"));
    EXPECT_EQ(key("Mireille HINGREZ-CÉRÉDA"), key("Mireille HINGREZ\u2011CÉRÉDA"));
    EXPECT_EQ(key("Mme Maïté MULOT-FRISCOURT"), key("Mme MAITE MULOT - FRISCOURT"));
    EXPECT_EQ(key("André KUCH\u00ADCINSKI"), key("ANDRÉ KUCHCINSKI"));
    EXPECT_EQ(key("Anne D\u2019ALMEIDA"), key("Anne d'Almeida"));
    EXPECT_EQ(key("Mme Œdipe STRAẞE"), "OEDIPE STRAẞE"); // U+1E9E kept (outside Latin-A)
    EXPECT_EQ(key("Mme Sylvie MEYFROIDT"), "SYLVIE MEYFROIDT");
    EXPECT_NE(key("Sylvie MEYFROID"), meyfroidt.key());
    EXPECT_NE(key("François LEMAIRE"), key("Sophie WAROT-LEMAIRE"));
    EXPECT_TRUE(sv::PersonName::parse("MONSIEUR JEAN-CLAUDE LEROY").value() ==
                sv::PersonName::parse("M. Jean-Claude LEROY").value());
    EXPECT_EQ(sv::PersonName::parse("  Mme   Sylvie\nMEYFROIDT ")->printed(),
              "Mme Sylvie MEYFROIDT");
    EXPECT_EQ(sv::PersonName::parse("").error().kind, sv::ErrorKind::empty);
    EXPECT_EQ(sv::PersonName::parse("Madame").error().kind, sv::ErrorKind::component);
    EXPECT_EQ(sv::PersonName::parse("M. 123").error().kind, sv::ErrorKind::format);
}

// Property: every one of the 47 seed names keeps its identity when re-spaced (any Unicode
// space, line breaks after hyphens), re-cased and stripped of accents; and the 47 keys differ.
TEST(PersonName, PropertyEverySeedNameSurvivesRespacingRecasingAndAccentStripping) {
    const std::array<std::pair<std::string_view, std::string_view>, 12> strip = {{{"É", "E"},
                                                                                  {"é", "e"},
                                                                                  {"è", "e"},
                                                                                  {"ï", "i"},
                                                                                  {"ç", "c"},
                                                                                  {"Ç", "C"},
                                                                                  {"à", "a"},
                                                                                  {"ô", "o"},
                                                                                  {"ë", "e"},
                                                                                  {"â", "a"},
                                                                                  {"ê", "e"},
                                                                                  {"ü", "u"}}};
    auto replace_all = [](std::string s, std::string_view from, std::string_view to) {
        for (auto pos = s.find(from); pos != std::string::npos; pos = s.find(from, pos + to.size()))
            s.replace(pos, from.size(), to);
        return s;
    };
    auto ascii_lower = [](std::string s) {
        for (auto& ch : s)
            if (ch >= 'A' && ch <= 'Z')
                ch = static_cast<char>(ch - 'A' + 'a');
        return s;
    };
    const std::array<std::string_view, 5> spaces = {"  ", "\n", "\u00A0", "\u202F", " \t\n "};
    std::set<std::string> keys;
    for (const auto& p : seed_persons) {
        const sv::Member m(p.civility, p.first, p.last);
        const std::string printed = m.printed();
        keys.insert(m.key());
        for (const auto space : spaces) {
            std::string v = replace_all(printed, " ", space);
            v = replace_all(v, "-", std::string("-") + "\n");
            SCOPED_TRACE(v);
            EXPECT_EQ(sv::PersonName::parse(v)->key(), m.key());
            const auto reparsed = sv::Member::parse_printed(v);
            ASSERT_TRUE(reparsed.ok()) << reparsed.error().describe();
            EXPECT_EQ(reparsed.value(), m);
        }
        std::string stripped = printed;
        for (const auto& [from, to] : strip)
            stripped = replace_all(stripped, from, to);
        EXPECT_EQ(sv::PersonName::parse(stripped)->key(), m.key()) << stripped;
        EXPECT_EQ(sv::PersonName::parse(ascii_lower(stripped))->key(), m.key()) << stripped;
    }
    EXPECT_EQ(keys.size(), 47u);
}

// =============================================================================================
// Attendance lists
// =============================================================================================

TEST(AttendanceList, SeedListsParseToThe47PersonsInPrintOrder) {
    const auto a = seed_attendance();
    EXPECT_EQ(a.body, Body::commission_permanente);
    ASSERT_EQ(a.entries.size(), 47u);
    for (std::size_t i = 0; i < seed_persons.size(); ++i) {
        const auto& e = a.entries[i];
        const auto& x = seed_persons[i];
        SCOPED_TRACE(e.member.printed());
        EXPECT_EQ(e.member.civility(), x.civility);
        EXPECT_EQ(e.member.first_name(), x.first);
        EXPECT_EQ(e.member.last_name(), x.last);
        EXPECT_EQ(e.status, x.status);
        EXPECT_EQ(e.voice, x.voice);
    }
    EXPECT_FALSE(a.proxies.has_value());
    ASSERT_EQ(a.interested.size(), 1u);
    EXPECT_EQ(a.interested[0].printed(), "Madame Sylvie MEYFROIDT");
    EXPECT_EQ(a.interested[0].key(), "SYLVIE MEYFROIDT");
    ASSERT_TRUE(a.president.has_value());
    EXPECT_EQ(a.president->key(), "JEAN CLAUDE LEROY");
}

TEST(AttendanceList, SeparatorsFinalEtAndNeant) {
    const auto l = sv::parse_member_list("M. Marc SARPAUX ; Mme Sylvie MEYFROIDT et M. Ludovic "
                                         "PAJOT, Mme Anne MARTIN-ET-DUPONT.");
    ASSERT_TRUE(l.ok()) << l.error().describe();
    ASSERT_EQ(l->size(), 4u);
    EXPECT_EQ((*l)[0].printed(), "M. Marc SARPAUX");
    EXPECT_EQ((*l)[1].printed(), "Mme Sylvie MEYFROIDT");
    EXPECT_EQ((*l)[2].printed(), "M. Ludovic PAJOT");
    EXPECT_EQ((*l)[3].last_name(), "MARTIN-ET-DUPONT");
    EXPECT_TRUE(sv::parse_member_list("Néant")->empty());
    EXPECT_TRUE(sv::parse_member_list("néant.")->empty());
}

TEST(AttendanceList, ErrorsNameTheListThePositionAndTheItem) {
    const auto missing = sv::parse_member_list("M. Jean LEROY, Jean DUPONT", "présents");
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().kind, sv::ErrorKind::component);
    EXPECT_EQ(missing.error().field, "présents");
    EXPECT_EQ(missing.error().value, "Jean DUPONT");
    EXPECT_NE(missing.error().message.find("élément n°2"), std::string::npos);
    EXPECT_NE(missing.error().message.find("civilité"), std::string::npos);

    const auto empty_item = sv::parse_member_list("M. Jean LEROY, , Mme Anne DUPONT");
    ASSERT_FALSE(empty_item.ok());
    EXPECT_EQ(empty_item.error().kind, sv::ErrorKind::format);
    EXPECT_NE(empty_item.error().message.find("vide"), std::string::npos);

    EXPECT_EQ(sv::parse_member_list("  .").error().kind, sv::ErrorKind::empty);
    EXPECT_EQ(sv::parse_member_list("M. Jean \xC3(").error().kind, sv::ErrorKind::format);

    sv::PrintedAttendance p = seed_printed();
    p.excused = "M. Sébastien CHOCHOIS, Pierre GEORGET";
    const auto a = sv::parse_attendance(p);
    ASSERT_FALSE(a.ok());
    EXPECT_EQ(a.error().field, "excusés");
    EXPECT_EQ(a.error().value, "Pierre GEORGET");

    p = seed_printed();
    p.proxies =
        std::vector<std::pair<std::string_view, std::string_view>>{{"M. Sébastien CHOCHOIS", ""}};
    EXPECT_EQ(sv::parse_attendance(p).error().kind, sv::ErrorKind::empty);
}

// =============================================================================================
// Counts, tally and stated outcome
// =============================================================================================

TEST(VoteCount, IsTypedNonNegativeAndChecked) {
    EXPECT_EQ(VoteCount::parse(" 41 ", "pour")->count(), 41);
    EXPECT_EQ(VoteCount::parse("0", "pour")->count(), 0);
    EXPECT_EQ(VoteCount::parse("1000000", "pour")->count(), 1'000'000);
    EXPECT_EQ(VoteCount::parse("1000001", "pour").error().kind, sv::ErrorKind::range);
    EXPECT_EQ(VoteCount::parse("99999999999999999999", "pour").error().kind, sv::ErrorKind::range);
    EXPECT_EQ(VoteCount::parse("-1", "pour").error().kind, sv::ErrorKind::format);
    EXPECT_EQ(VoteCount::parse("4l", "pour").error().field, "pour");
    EXPECT_EQ(VoteCount::parse("", "pour").error().kind, sv::ErrorKind::empty);
    EXPECT_THROW(VoteCount(-1), std::invalid_argument);
    EXPECT_THROW(VoteCount(1) - VoteCount(2), std::domain_error);
    EXPECT_THROW(VoteCount(2'147'483'647) + VoteCount(1), std::overflow_error);
    EXPECT_EQ((VoteCount(40) + VoteCount(2)).count(), 42);
    static_assert(sv::to_votes(MemberCount(38)) == VoteCount(38));
    static_assert(!std::is_convertible_v<MemberCount, VoteCount>);
    static_assert(!std::is_convertible_v<int, VoteCount>);
}

TEST(TallyParse, SeedTallyWithGroupBreakdown) {
    const auto t = seed_tally();
    EXPECT_EQ(t.pour, VoteCount(41));
    EXPECT_EQ(t.contre, VoteCount(0));
    EXPECT_EQ(t.abstention, VoteCount(1));
    EXPECT_FALSE(t.ne_prend_pas_part.has_value());
    EXPECT_FALSE(t.blancs.has_value());
    EXPECT_FALSE(t.nuls.has_value());
    EXPECT_EQ(t.mode, sv::VoteMode::show_of_hands);
    EXPECT_FALSE(t.president_vote.has_value());
    using C = sv::VoteChoice;
    const std::vector<sv::GroupBreakdown> expected = {
        {C::pour, "Groupe Socialiste, Républicain et Citoyen", std::nullopt},
        {C::pour, "Groupe Communiste et Républicain", std::nullopt},
        {C::pour, "Groupe Union pour le Pas-de-Calais", std::nullopt},
        {C::pour, "Groupe Rassemblement National", std::nullopt},
        {C::pour, "Non-inscrit", std::nullopt},
        {C::abstention, "Groupe Union pour le Pas-de-Calais", std::nullopt},
    };
    EXPECT_EQ(t.breakdown, expected);
}

TEST(TallyParse, VariantsOfLabelsNumbersAndGroupCounts) {
    const auto t = sv::parse_vote_tally("POUR : 10\nCONTRE: 2 votes ; Abstentions : 0\n"
                                        "Ne prend pas part au vote : 1 (Groupe Pas-de-\nCalais "
                                        ": 1 voix)\nBulletins blancs : 3, Nuls : 4.");
    ASSERT_TRUE(t.ok()) << t.error().describe();
    EXPECT_EQ(t->pour, VoteCount(10));
    EXPECT_EQ(t->contre, VoteCount(2));
    EXPECT_EQ(t->abstention, VoteCount(0));
    EXPECT_EQ(t->ne_prend_pas_part, VoteCount(1));
    EXPECT_EQ(t->blancs, VoteCount(3));
    EXPECT_EQ(t->nuls, VoteCount(4));
    ASSERT_EQ(t->breakdown.size(), 1u);
    EXPECT_EQ(t->breakdown[0].group, "Groupe Pas-de-Calais");
    EXPECT_EQ(t->breakdown[0].count, VoteCount(1));
    EXPECT_EQ(t->column(sv::VoteChoice::ne_prend_pas_part), VoteCount(1));
}

TEST(TallyParse, RejectsIncompleteOrAmbiguousTallies) {
    struct Case {
        std::string_view text;
        sv::ErrorKind kind;
    };
    const Case cases[] = {
        {"Pour : 41 voix", sv::ErrorKind::component}, // no Contre
        {"Contre : 0", sv::ErrorKind::component},     // no Pour
        {"Pour : 4\nContre : 0\nPour : 5", sv::ErrorKind::ambiguous},
        {"Pour : 4\nContre : 0\nAbsents : 5", sv::ErrorKind::component},
        {"Adopté à l'unanimité", sv::ErrorKind::format},
        {"Pour : quarante\nContre : 0", sv::ErrorKind::format},
        {"Pour : 4 (Groupe X\nContre : 0", sv::ErrorKind::format},
        {"Pour : 4 (Groupe X ; ; Groupe Y)\nContre : 0", sv::ErrorKind::format},
        {"Pour : 4 (Groupe X : beaucoup)\nContre : 0", sv::ErrorKind::format},
        {"Pour : 4\nContre : 0\n(Adopté)", sv::ErrorKind::format},
        {"", sv::ErrorKind::empty},
        {"Pour : 2000000\nContre : 0", sv::ErrorKind::range},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(std::string(c.text));
        const auto t = sv::parse_vote_tally(c.text);
        ASSERT_FALSE(t.ok());
        EXPECT_EQ(t.error().kind, c.kind) << t.error().describe();
        EXPECT_EQ(t.error().field, "conditions de vote");
        EXPECT_FALSE(t.error().message.empty());
    }
}

TEST(StatedOutcome, ParsesTheWordsActsPrint) {
    using O = sv::StatedOutcome;
    EXPECT_EQ(sv::parse_stated_outcome("(Adopté)").value(), O::adopted);
    EXPECT_EQ(sv::parse_stated_outcome("ADOPTÉE").value(), O::adopted);
    EXPECT_EQ(sv::parse_stated_outcome("Adopté à l'unanimité.").value(), O::adopted);
    EXPECT_EQ(sv::parse_stated_outcome("[Rejetée]").value(), O::rejected);
    EXPECT_EQ(sv::parse_stated_outcome("Non adopté").value(), O::rejected);
    EXPECT_EQ(sv::parse_stated_outcome("()").error().kind, sv::ErrorKind::empty);
    EXPECT_EQ(sv::parse_stated_outcome("Ajourné").error().kind, sv::ErrorKind::component);
}

// =============================================================================================
// Rule arithmetic (properties over every head count)
// =============================================================================================

TEST(VoteQuorumCD, AbsoluteMajorityIsTheSmallestStrictMajorityForEveryN) {
    for (std::int32_t n = 0; n <= 2000; ++n) {
        const auto q = sv::absolute_majority(MemberCount(n)).count();
        EXPECT_GT(2 * q, n) << n;
        EXPECT_LE(2 * (q - 1), n) << n;
        EXPECT_EQ(sv::quorum_threshold(sv::QuorumRegime::ordinary, MemberCount(n)).count(), q);
    }
    EXPECT_EQ(sv::absolute_majority(MemberCount(42)), MemberCount(22)); // seed CP
    EXPECT_EQ(sv::absolute_majority(MemberCount(78)), MemberCount(40)); // seed CD
    EXPECT_EQ(sv::absolute_majority(MemberCount(41)), MemberCount(21));
}

TEST(VoteCovidDerogation, OneThirdIsTheSmallestThirdForEveryN) {
    for (std::int32_t n = 0; n <= 2000; ++n) {
        const auto q = sv::one_third(MemberCount(n)).count();
        EXPECT_GE(3 * q, n) << n;
        EXPECT_LT(3 * (q - 1), n == 0 ? 1 : n) << n;
        EXPECT_EQ(sv::quorum_threshold(sv::QuorumRegime::covid_derogation, MemberCount(n)).count(),
                  q);
    }
    EXPECT_EQ(sv::one_third(MemberCount(42)), MemberCount(14));
    EXPECT_EQ(sv::one_third(MemberCount(43)), MemberCount(15));
}

TEST(VoteBallotMode, PublicBallotRequestThresholdIsCeilOfOneSixthForEveryN) {
    for (std::int32_t p = 0; p <= 2000; ++p) {
        const auto k = sv::public_ballot_request_threshold(MemberCount(p)).count();
        EXPECT_GE(6 * k, p) << p;
        EXPECT_LT(6 * (k - 1), p == 0 ? 1 : p) << p;
    }
    EXPECT_EQ(sv::public_ballot_request_threshold(MemberCount(38)), MemberCount(7));
    EXPECT_EQ(sv::public_ballot_request_threshold(MemberCount(36)), MemberCount(6));
}

TEST(VoteCovidDerogation, RegimeForEveryDayFrom2019To2023) {
    struct Span {
        date first, last;
    };
    const Span covid[] = {{date(2020, 3, 24), date(2020, 8, 30)},
                          {date(2020, 11, 15), date(2021, 9, 30)},
                          {date(2021, 11, 10), date(2022, 7, 31)}};
    int covid_days = 0;
    for (date d(2019, 1, 1); d <= date(2023, 12, 31); d += boost::gregorian::days(1)) {
        bool in = false;
        for (const auto& s : covid)
            in = in || (d >= s.first && d <= s.last);
        covid_days += in ? 1 : 0;
        EXPECT_EQ(sv::quorum_regime_on(d),
                  in ? sv::QuorumRegime::covid_derogation : sv::QuorumRegime::ordinary)
            << boost::gregorian::to_iso_extended_string(d);
    }
    EXPECT_EQ(covid_days, 160 + 320 + 264);
    EXPECT_EQ(sv::quorum_regime_on(date(2021, 3, 15)), sv::QuorumRegime::covid_derogation);
    EXPECT_EQ(sv::quorum_regime_on(seed_date), sv::QuorumRegime::ordinary);
    EXPECT_EQ(sv::quorum_regime_on(date(2022, 8, 1)), sv::QuorumRegime::ordinary);
    EXPECT_EQ(sv::max_delegations_per_holder(sv::QuorumRegime::ordinary), MemberCount(1));
    EXPECT_EQ(sv::max_delegations_per_holder(sv::QuorumRegime::covid_derogation), MemberCount(2));
    EXPECT_TRUE(sv::covid_derogation_on(date(2020, 11, 15))->first_day_unconfirmed);
}

TEST(VoteCovidDerogation, TheThreeWordingsOf2020AndTheBodiesTheyCover) {
    const auto cp = Body::commission_permanente;
    const auto cd = Body::conseil_departemental;
    // 24 Mar – 2 Apr 2020: L.3121-14-1 not derogated, the CP keeps its ordinary quorum.
    for (const date d : {date(2020, 3, 24), date(2020, 4, 2)}) {
        EXPECT_EQ(sv::quorum_regime_on(d, cd), sv::QuorumRegime::covid_derogation);
        EXPECT_EQ(sv::quorum_regime_on(d, cp), sv::QuorumRegime::ordinary);
        EXPECT_FALSE(sv::quorum_counts_represented(cd, d));
        EXPECT_TRUE(sv::quorum_counts_represented(cp, d)); // ordinary L.3121-14-1
    }
    // 3 Apr – 10 Jul 2020 (ordonnance 2020-391): present or represented, both bodies.
    for (const date d : {date(2020, 4, 3), date(2020, 5, 15), date(2020, 7, 10)}) {
        EXPECT_EQ(sv::quorum_regime_on(d, cp), sv::QuorumRegime::covid_derogation);
        EXPECT_TRUE(sv::quorum_counts_represented(cp, d));
        EXPECT_TRUE(sv::quorum_counts_represented(cd, d));
        EXPECT_TRUE(sv::covid_derogation_on(d)->terms_unconfirmed);
        EXPECT_NE(sv::covid_derogation_on(d)->source.find("2020-391"), std::string_view::npos);
    }
    // 11 Jul – 30 Aug 2020 (loi 2020-760): present only, both bodies.
    for (const date d : {date(2020, 7, 11), date(2020, 8, 30)}) {
        EXPECT_EQ(sv::quorum_regime_on(d, cp), sv::QuorumRegime::covid_derogation);
        EXPECT_FALSE(sv::quorum_counts_represented(cp, d));
        EXPECT_NE(sv::covid_derogation_on(d)->source.find("2020-760"), std::string_view::npos);
    }
    EXPECT_EQ(sv::covid_derogation_on(date(2020, 4, 2))->source.find("2020-760"),
              std::string_view::npos);
    // Later periods: present only.
    EXPECT_FALSE(sv::quorum_counts_represented(cp, date(2021, 3, 15)));
    EXPECT_TRUE(sv::quorum_counts_represented(cp, date(2020, 10, 1))); // the gap: ordinary
}

TEST(VoteInterestedMembers, L3132Dash5GovernsActsFromTwentyFourDecember2025) {
    EXPECT_FALSE(sv::interested_member_statute_applies(date(2025, 12, 23)));
    EXPECT_TRUE(sv::interested_member_statute_applies(date(2025, 12, 24)));
    EXPECT_FALSE(sv::interested_member_statute_applies(date(boost::gregorian::not_a_date_time)));
}

TEST(VoteMajority, PropertyOutcomeForEveryTallyModeAndPresidentVote) {
    using C = sv::VoteChoice;
    const std::optional<C> president_votes[] = {std::nullopt, C::pour, C::contre, C::abstention};
    for (std::int32_t pour = 0; pour <= 60; ++pour) {
        for (std::int32_t contre = 0; contre <= 60; ++contre) {
            for (const auto mode : {sv::VoteMode::show_of_hands, sv::VoteMode::public_ballot,
                                    sv::VoteMode::secret_ballot}) {
                for (const auto pv : president_votes) {
                    auto t = tally(pour, contre, 3);
                    t.mode = mode;
                    t.president_vote = pv;
                    const auto d = sv::decide_outcome(t);
                    EXPECT_EQ(sv::suffrages_exprimes(t), VoteCount(pour + contre));
                    sv::ComputedOutcome expected;
                    if (pour != contre)
                        expected = pour > contre ? sv::ComputedOutcome::adopted
                                                 : sv::ComputedOutcome::rejected;
                    else if (mode == sv::VoteMode::secret_ballot || pour == 0)
                        expected = sv::ComputedOutcome::rejected;
                    else if (!pv)
                        expected = sv::ComputedOutcome::undetermined;
                    else
                        expected = *pv == C::pour ? sv::ComputedOutcome::adopted
                                                  : sv::ComputedOutcome::rejected;
                    ASSERT_EQ(d.outcome, expected) << pour << "/" << contre;
                }
            }
        }
    }
}

// =============================================================================================
// The seed (SEED-01, SEED-02, CP-NON-VOTING, COI-QUORUM)
// =============================================================================================

TEST(Seed01, TallyOf42ExceedsThe41MembersWhoCouldVote) {
    const auto r =
        sv::analyse(seed_attendance(), seed_tally(), sv::StatedOutcome::adopted, seed_date);
    EXPECT_EQ(r.regime, sv::QuorumRegime::ordinary);
    EXPECT_EQ(r.in_office_basis, sv::MembersInOfficeBasis::assumed_from_lists);
    EXPECT_EQ(r.members_in_office, MemberCount(42));
    EXPECT_EQ(r.listed_with_voice, MemberCount(42));
    EXPECT_EQ(r.present_with_voice, MemberCount(39));
    EXPECT_EQ(r.excused_with_voice, MemberCount(3));
    EXPECT_EQ(r.absent_with_voice, MemberCount(0));
    EXPECT_EQ(r.listed_without_voice, MemberCount(5));
    EXPECT_EQ(r.interested_present, MemberCount(1));
    EXPECT_EQ(r.eligible_present, MemberCount(38));
    // VOTE-QUORUM-CP: 22 required, 38 present for the item (Meyfroidt excluded): met.
    EXPECT_EQ(r.quorum.required, MemberCount(22));
    EXPECT_EQ(r.quorum.present_counted, MemberCount(38));
    EXPECT_EQ(r.quorum.represented_counted, MemberCount(0));
    EXPECT_TRUE(r.quorum.counts_represented);
    EXPECT_TRUE(r.quorum.met);
    EXPECT_NE(r.quorum.legal_basis.find("L.3121-14-1"), std::string::npos);
    // VOTE-PROXY: no proxies recorded; at most 38 + min(3, 38) = 41.
    EXPECT_FALSE(r.proxies_recorded);
    EXPECT_EQ(r.potential_proxies, MemberCount(3));
    EXPECT_EQ(r.max_possible_votes, VoteCount(41));
    EXPECT_EQ(r.votes_recorded, VoteCount(42));
    EXPECT_EQ(r.voices_recorded, VoteCount(42));
    EXPECT_EQ(r.suffrages_exprimes, VoteCount(41));
    EXPECT_EQ(r.outcome.outcome, sv::ComputedOutcome::adopted);
    EXPECT_EQ(r.outcome.basis, sv::OutcomeBasis::majority);
    EXPECT_EQ(r.public_ballot_threshold, MemberCount(7));

    const std::vector<VoteFindingKind> expected = {VoteFindingKind::tally_exceeds_possible,
                                                   VoteFindingKind::proxies_not_recorded};
    EXPECT_EQ(kinds(r), expected);
    const auto* f = r.find(VoteFindingKind::tally_exceeds_possible);
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->number(FactKey::votes_recorded), 42);
    EXPECT_EQ(f->number(FactKey::max_possible_votes), 41);
    EXPECT_EQ(f->number(FactKey::eligible_present), 38);
    EXPECT_EQ(f->number(FactKey::potential_proxies), 3);
    EXPECT_EQ(f->number(FactKey::interested_present), 1);
    EXPECT_FALSE(f->number(FactKey::proxies_counted).has_value());
    ASSERT_EQ(f->persons.size(), 1u);
    EXPECT_EQ(f->persons[0].name.printed(), "Mme Sylvie MEYFROIDT");
    EXPECT_EQ(f->persons[0].role, sv::PersonRole::interested);
    EXPECT_EQ(f->persons[0].status, AttendanceStatus::present);
    EXPECT_TRUE(has_assumption(f->assumptions, sv::Assumption::unrecorded_proxies_bounded));
    EXPECT_TRUE(has_assumption(f->assumptions, sv::Assumption::non_voting_persons_excluded));
    EXPECT_EQ(sv::to_string(*f->fact(FactKey::votes_recorded)), "42");
    EXPECT_EQ(sv::to_string(f->kind), "tally_exceeds_possible");

    const std::vector<sv::Assumption> assumptions = {sv::Assumption::non_voting_persons_excluded,
                                                     sv::Assumption::members_in_office_from_lists,
                                                     sv::Assumption::unrecorded_proxies_bounded};
    EXPECT_EQ(r.assumptions, assumptions);
}

TEST(Seed02, VotesNeedFourProxiesTheActDoesNotRecord) {
    const auto r =
        sv::analyse(seed_attendance(), seed_tally(), sv::StatedOutcome::adopted, seed_date);
    const auto* f = r.find(VoteFindingKind::proxies_not_recorded);
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->number(FactKey::votes_recorded), 42);
    EXPECT_EQ(f->number(FactKey::eligible_present), 38);
    EXPECT_EQ(f->number(FactKey::proxies_required), 4);
    // Recording "Pouvoirs : néant" makes the bound exact: 38, and the seed's 42 exceeds it.
    auto a = seed_attendance();
    a.proxies.emplace();
    const auto none = sv::analyse(a, seed_tally(), sv::StatedOutcome::adopted, seed_date);
    EXPECT_EQ(none.max_possible_votes, VoteCount(38));
    EXPECT_FALSE(none.has(VoteFindingKind::proxies_not_recorded));
    EXPECT_EQ(none.find(VoteFindingKind::tally_exceeds_possible)->number(FactKey::proxies_counted),
              0);
}

TEST(Seed01, ConsistentTallyOf41WouldOnlyNeedProxies) {
    // Without the interested member's vote (the likeliest mistake): 40 pour + 1 abstention = 41.
    auto t = seed_tally();
    t.pour = VoteCount(40);
    const auto r = sv::analyse(seed_attendance(), t, sv::StatedOutcome::adopted, seed_date);
    EXPECT_FALSE(r.has(VoteFindingKind::tally_exceeds_possible));
    EXPECT_EQ(r.find(VoteFindingKind::proxies_not_recorded)->number(FactKey::proxies_required), 3);
}

TEST(CpNonVoting, PersonsWithoutDeliberativeVoiceNeverCount) {
    // Same seed without the five persons « sans voix délibérative »: every number is unchanged.
    auto p = seed_printed();
    p.present_without_voice = {};
    p.excused_without_voice = {};
    const auto with =
        sv::analyse(seed_attendance(), seed_tally(), sv::StatedOutcome::adopted, seed_date);
    const auto without = sv::analyse(sv::parse_attendance(p).value(), seed_tally(),
                                     sv::StatedOutcome::adopted, seed_date);
    EXPECT_EQ(with.members_in_office, without.members_in_office);
    EXPECT_EQ(with.quorum, without.quorum);
    EXPECT_EQ(with.max_possible_votes, without.max_possible_votes);
    EXPECT_EQ(without.listed_without_voice, MemberCount(0));
    EXPECT_FALSE(has_assumption(without.assumptions, sv::Assumption::non_voting_persons_excluded));

    // A proxy given to (or by) a person without a vote is void.
    auto a = seed_attendance();
    a.proxies = std::vector<sv::Proxy>{
        sv::Proxy::parse("M. Sébastien CHOCHOIS", "M. Jean-Louis COTTIGNY").value()};
    const auto r = sv::analyse(a, seed_tally(), sv::StatedOutcome::adopted, seed_date);
    const auto* f = r.find(VoteFindingKind::proxy_without_voice);
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->persons[1].name.printed(), "M. Jean-Louis COTTIGNY");
    EXPECT_EQ(f->persons[1].voice, DeliberativeVoice::without);
    EXPECT_EQ(r.proxies_counted, MemberCount(0));
}

// =============================================================================================
// Quorum (VOTE-QUORUM-CD, VOTE-QUORUM-CP, VOTE-COVID-DEROGATION, COI-QUORUM)
// =============================================================================================

TEST(VoteQuorumCD, ProxiesDoNotCountSoTheSameNumbersFailOnTheCDButPassOnTheCP) {
    // 10 members: 5 present, 5 excused of whom 2 gave a proxy. Quorum = 6.
    auto make = [](Body body) {
        auto a = assembly(body, 5, 5);
        a.proxies =
            std::vector<sv::Proxy>{sv::Proxy{name(5), name(0)}, sv::Proxy{name(6), name(1)}};
        return a;
    };
    const auto cd = sv::analyse(make(Body::conseil_departemental), tally(5, 2, 0),
                                sv::StatedOutcome::adopted, date(2023, 6, 1));
    EXPECT_EQ(cd.quorum.required, MemberCount(6));
    EXPECT_EQ(cd.quorum.present_counted, MemberCount(5));
    EXPECT_EQ(cd.quorum.represented_counted, MemberCount(0));
    EXPECT_FALSE(cd.quorum.met);
    const auto* f = cd.find(VoteFindingKind::quorum_not_met);
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->number(FactKey::quorum_required), 6);
    EXPECT_EQ(f->number(FactKey::present_counted), 5);
    EXPECT_EQ(f->number(FactKey::represented_counted), 0);
    EXPECT_EQ(f->number(FactKey::members_in_office), 10);
    EXPECT_EQ(std::get<Body>(*f->fact(FactKey::body)), Body::conseil_departemental);
    EXPECT_EQ(f->legal_basis, "CGCT L.3121-14 al. 1");
    EXPECT_EQ(f->rules, "VOTE-QUORUM-CD");

    const auto cp = sv::analyse(make(Body::commission_permanente), tally(5, 2, 0),
                                sv::StatedOutcome::adopted, date(2023, 6, 1));
    EXPECT_EQ(cp.quorum.represented_counted, MemberCount(2));
    EXPECT_TRUE(cp.quorum.met);
    EXPECT_FALSE(cp.has(VoteFindingKind::quorum_not_met));
    EXPECT_EQ(cp.max_possible_votes, VoteCount(7));
    EXPECT_TRUE(cp.findings.empty()) << sv::to_string(cp.findings.front().kind);
}

TEST(VoteQuorumCP, MembersInOfficeIsAnExplicitInput) {
    // The seed with the CP's real size unknown: say 45 in office → 23 required, still met.
    sv::VoteAnalysisOptions o;
    o.members_in_office = MemberCount(45);
    const auto r =
        sv::analyse(seed_attendance(), seed_tally(), sv::StatedOutcome::adopted, seed_date, o);
    EXPECT_EQ(r.in_office_basis, sv::MembersInOfficeBasis::stated);
    EXPECT_EQ(r.quorum.required, MemberCount(23));
    EXPECT_FALSE(has_assumption(r.assumptions, sv::Assumption::members_in_office_from_lists));
    // Fewer in office than listed with a vote is itself a finding.
    o.members_in_office = MemberCount(40);
    const auto low =
        sv::analyse(seed_attendance(), seed_tally(), sv::StatedOutcome::adopted, seed_date, o);
    const auto* f = low.find(VoteFindingKind::in_office_below_listed);
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->number(FactKey::members_in_office), 40);
    EXPECT_EQ(f->number(FactKey::listed_with_voice), 42);
}

TEST(VoteCovidDerogation, SameMeetingMeetsQuorumIn2021ButNotIn2023) {
    // 12 members in office, 4 present (one third), 8 excused.
    const auto a = assembly(Body::conseil_departemental, 4, 8);
    const auto in2021 =
        sv::analyse(a, tally(3, 1, 0), sv::StatedOutcome::adopted, date(2021, 3, 15));
    EXPECT_EQ(in2021.regime, sv::QuorumRegime::covid_derogation);
    EXPECT_EQ(in2021.quorum.required, MemberCount(4));
    EXPECT_TRUE(in2021.quorum.met);
    EXPECT_NE(in2021.quorum.legal_basis.find("2020-1379"), std::string::npos);

    const auto in2023 =
        sv::analyse(a, tally(3, 1, 0), sv::StatedOutcome::adopted, date(2023, 3, 15));
    EXPECT_EQ(in2023.regime, sv::QuorumRegime::ordinary);
    EXPECT_EQ(in2023.quorum.required, MemberCount(7));
    EXPECT_FALSE(in2023.quorum.met);
    ASSERT_TRUE(in2023.has(VoteFindingKind::quorum_not_met));

    // During the derogation the CP counts present members only (« est présent »).
    auto cp = assembly(Body::commission_permanente, 3, 9);
    cp.proxies = std::vector<sv::Proxy>{sv::Proxy{name(3), name(0)}, sv::Proxy{name(4), name(1)}};
    const auto cp2021 =
        sv::analyse(cp, tally(5, 0, 0), sv::StatedOutcome::adopted, date(2021, 3, 15));
    EXPECT_FALSE(cp2021.quorum.counts_represented);
    EXPECT_FALSE(cp2021.quorum.met); // 3 < 4 although 3 + 2 represented ≥ 4
    EXPECT_EQ(cp2021.find(VoteFindingKind::quorum_not_met)->rules,
              "VOTE-QUORUM-CP, VOTE-COVID-DEROGATION");

    // First day of the second period: its entry into force is uncertain, and said so.
    const auto first_day =
        sv::analyse(a, tally(3, 1, 0), sv::StatedOutcome::adopted, date(2020, 11, 15));
    EXPECT_TRUE(has_assumption(first_day.assumptions, sv::Assumption::covid_period_first_day));
}

TEST(VoteQuorumCDReconvene, AReconvenedMeetingNeedsNoQuorum) {
    const auto a = assembly(Body::conseil_departemental, 3, 9);
    sv::VoteAnalysisOptions o;
    o.reconvened_after_quorum_failure = true;
    const auto r = sv::analyse(a, tally(2, 1, 0), sv::StatedOutcome::adopted, date(2023, 6, 1), o);
    EXPECT_EQ(r.quorum.required, MemberCount(7));
    EXPECT_EQ(r.quorum.present_counted, MemberCount(3));
    EXPECT_TRUE(r.quorum.reconvened);
    EXPECT_TRUE(r.quorum.met);
    EXPECT_NE(r.quorum.legal_basis.find("L.3121-14 al. 2"), std::string::npos);
    EXPECT_TRUE(r.findings.empty());
    EXPECT_TRUE(sv::analyse(a, tally(2, 1, 0), sv::StatedOutcome::adopted, date(2023, 6, 1))
                    .has(VoteFindingKind::quorum_not_met));
}

TEST(CoiQuorum, InterestedMembersAreNotCountedPresentForTheItem) {
    // 10 in office, 6 present of whom 1 interested → 5 present for the item < 6.
    auto a = assembly(Body::conseil_departemental, 6, 4);
    a.interested = {name(2)};
    const auto r = sv::analyse(a, tally(4, 1, 0), sv::StatedOutcome::adopted, date(2024, 1, 8));
    EXPECT_EQ(r.members_in_office, MemberCount(10)); // still in office
    EXPECT_EQ(r.quorum.present_counted, MemberCount(5));
    EXPECT_FALSE(r.quorum.met);
    const auto* f = r.find(VoteFindingKind::quorum_not_met);
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->number(FactKey::interested_present), 1);
    EXPECT_EQ(f->rules, "VOTE-QUORUM-CD, COI-QUORUM");
    ASSERT_EQ(f->persons.size(), 1u);
    EXPECT_EQ(f->persons[0].name, name(2));
    EXPECT_EQ(f->persons[0].role, sv::PersonRole::interested);
    EXPECT_TRUE(has_assumption(f->assumptions, sv::Assumption::members_in_office_from_lists));
}

// =============================================================================================
// Tie (VOTE-TIE) and outcome (VOTE-MAJORITY)
// =============================================================================================

TEST(VoteTie, PresidentsCastingVoteDecidesAnOpenBallot) {
    auto a = assembly(Body::commission_permanente, 10, 0);
    a.president = name(0);
    auto t = tally(5, 5, 0);
    t.president_vote = sv::VoteChoice::pour;
    const auto r = sv::analyse(a, t, sv::StatedOutcome::adopted, date(2023, 6, 1));
    EXPECT_EQ(r.outcome.outcome, sv::ComputedOutcome::adopted);
    EXPECT_EQ(r.outcome.basis, sv::OutcomeBasis::casting_vote);
    EXPECT_TRUE(r.findings.empty());

    t.president_vote = sv::VoteChoice::contre;
    const auto against = sv::analyse(a, t, sv::StatedOutcome::adopted, date(2023, 6, 1));
    EXPECT_EQ(against.outcome.outcome, sv::ComputedOutcome::rejected);
    EXPECT_EQ(against.outcome.basis, sv::OutcomeBasis::tie_president_not_pour);
    const auto* f = against.find(VoteFindingKind::outcome_mismatch);
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(std::get<sv::StatedOutcome>(*f->fact(FactKey::stated_outcome)),
              sv::StatedOutcome::adopted);
    EXPECT_EQ(std::get<sv::ComputedOutcome>(*f->fact(FactKey::computed_outcome)),
              sv::ComputedOutcome::rejected);
    EXPECT_EQ(f->number(FactKey::suffrages_exprimes), 10);
}

TEST(VoteTie, SecretBallotTieIsRejectedAndFlaggedUnconfirmed) {
    auto a = assembly(Body::commission_permanente, 10, 0);
    auto t = tally(5, 5, 0);
    t.mode = sv::VoteMode::secret_ballot;
    t.president_vote = sv::VoteChoice::pour; // no casting vote in a secret ballot
    const auto r = sv::analyse(a, t, sv::StatedOutcome::adopted, date(2023, 6, 1));
    EXPECT_EQ(r.outcome.outcome, sv::ComputedOutcome::rejected);
    EXPECT_EQ(r.outcome.basis, sv::OutcomeBasis::secret_ballot_tie);
    EXPECT_TRUE(has_assumption(r.assumptions, sv::Assumption::secret_ballot_tie_rejected));
    const auto* f = r.find(VoteFindingKind::outcome_mismatch);
    ASSERT_NE(f, nullptr);
    EXPECT_TRUE(has_assumption(f->assumptions, sv::Assumption::secret_ballot_tie_rejected));
}

TEST(VoteTie, UnknownPresidentsVoteLeavesTheOutcomeUndetermined) {
    auto a = assembly(Body::commission_permanente, 10, 0);
    a.president = name(0);
    const auto r = sv::analyse(a, tally(5, 5, 0), sv::StatedOutcome::adopted, date(2023, 6, 1));
    EXPECT_EQ(r.outcome.outcome, sv::ComputedOutcome::undetermined);
    EXPECT_FALSE(r.has(VoteFindingKind::outcome_mismatch));
    const auto* f = r.find(VoteFindingKind::tie_president_vote_unknown);
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->number(FactKey::pour), 5);
    EXPECT_EQ(f->number(FactKey::contre), 5);
    ASSERT_EQ(f->persons.size(), 1u);
    EXPECT_EQ(f->persons[0].role, sv::PersonRole::president);

    // 0 pour, 0 contre: the president did not vote pour, nothing is adopted.
    const auto zero =
        sv::analyse(a, tally(0, 0, 10), sv::StatedOutcome::rejected, date(2023, 6, 1));
    EXPECT_EQ(zero.outcome.basis, sv::OutcomeBasis::tie_no_votes_cast);
    EXPECT_TRUE(zero.findings.empty());
}

TEST(VoteMajority, StatedOutcomeContradictingTheTallyIsAFinding) {
    const auto a = assembly(Body::commission_permanente, 10, 0);
    const auto r = sv::analyse(a, tally(4, 6, 0), sv::StatedOutcome::adopted, date(2023, 6, 1));
    const auto* f = r.find(VoteFindingKind::outcome_mismatch);
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->number(FactKey::pour), 4);
    EXPECT_EQ(f->number(FactKey::contre), 6);
    // Abstentions do not count as votes cast: 3 pour, 2 contre, 5 abstentions is adopted.
    EXPECT_TRUE(sv::analyse(a, tally(3, 2, 5), sv::StatedOutcome::adopted, date(2023, 6, 1))
                    .findings.empty());
    // An act that states no outcome cannot contradict the tally.
    EXPECT_TRUE(sv::analyse(a, tally(4, 6, 0), sv::StatedOutcome::unknown, date(2023, 6, 1))
                    .findings.empty());
}

TEST(VoteTie, NamedPresidentMustBePresentWithAVote) {
    auto a = seed_attendance();
    a.president = sv::PersonName::parse("M. Michel DAGBERT").value(); // excused, no vote
    const auto r = sv::analyse(a, seed_tally(), sv::StatedOutcome::adopted, seed_date);
    const auto* f = r.find(VoteFindingKind::president_not_present);
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->persons[0].status, AttendanceStatus::excused);
    EXPECT_EQ(f->persons[0].voice, DeliberativeVoice::without);
}

// =============================================================================================
// Proxies (VOTE-PROXY, COI-PROXY)
// =============================================================================================

TEST(CoiProxy, ProxyHeldByAnInterestedMemberIsIgnored) {
    auto a = assembly(Body::commission_permanente, 6, 4);
    a.interested = {name(1)};
    a.proxies = std::vector<sv::Proxy>{sv::Proxy{name(6), name(1)}, sv::Proxy{name(7), name(2)}};
    const auto r = sv::analyse(a, tally(6, 0, 0), sv::StatedOutcome::adopted, date(2023, 6, 1));
    EXPECT_EQ(r.proxies_counted, MemberCount(1));
    EXPECT_EQ(r.max_possible_votes, VoteCount(6)); // 5 eligible + 1 valid proxy
    const auto* f = r.find(VoteFindingKind::proxy_interested);
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->rules, "COI-PROXY");
    ASSERT_EQ(f->persons.size(), 2u);
    EXPECT_EQ(f->persons[0].name, name(6));
    EXPECT_EQ(f->persons[0].role, sv::PersonRole::proxy_giver);
    EXPECT_EQ(f->persons[1].name, name(1));
    EXPECT_EQ(f->persons[1].role, sv::PersonRole::proxy_holder);
    EXPECT_TRUE(f->assumptions.empty()); // the holder rule is confirmed
    EXPECT_FALSE(r.has(VoteFindingKind::tally_exceeds_possible));
    // Using it: 7 votes > 6 possible.
    const auto used = sv::analyse(a, tally(7, 0, 0), sv::StatedOutcome::adopted, date(2023, 6, 1));
    EXPECT_EQ(used.find(VoteFindingKind::tally_exceeds_possible)->number(FactKey::votes_recorded),
              7);
}

TEST(CoiProxy, ProxyGivenByAnInterestedMemberIsIgnoredByDefaultOnly) {
    auto a = assembly(Body::commission_permanente, 6, 4);
    a.interested = {name(6)}; // excused and interested
    a.proxies = std::vector<sv::Proxy>{sv::Proxy{name(6), name(0)}};
    const auto r = sv::analyse(a, tally(6, 0, 0), sv::StatedOutcome::adopted, date(2023, 6, 1));
    EXPECT_EQ(r.proxies_counted, MemberCount(0));
    const auto* f = r.find(VoteFindingKind::proxy_interested);
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->persons[0].role, sv::PersonRole::proxy_giver);
    EXPECT_TRUE(
        has_assumption(f->assumptions, sv::Assumption::proxies_given_by_interested_ignored));
    EXPECT_TRUE(has_assumption(r.assumptions, sv::Assumption::proxies_given_by_interested_ignored));

    sv::VoteAnalysisOptions o;
    o.ignore_proxies_given_by_interested = false;
    const auto kept =
        sv::analyse(a, tally(7, 0, 0), sv::StatedOutcome::adopted, date(2023, 6, 1), o);
    EXPECT_EQ(kept.proxies_counted, MemberCount(1));
    EXPECT_TRUE(kept.findings.empty());
}

TEST(VoteProxy, HolderWithTwoDelegationsKeepsOneOutsideTheCovidDerogation) {
    auto a = assembly(Body::commission_permanente, 6, 4);
    a.proxies = std::vector<sv::Proxy>{sv::Proxy{name(6), name(0)}, sv::Proxy{name(7), name(0)}};
    const auto r = sv::analyse(a, tally(8, 0, 0), sv::StatedOutcome::adopted, date(2023, 6, 1));
    EXPECT_EQ(r.proxies_counted, MemberCount(1));
    const auto* f = r.find(VoteFindingKind::proxy_holder_multiple);
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->number(FactKey::delegations_held), 2);
    EXPECT_EQ(f->number(FactKey::max_delegations_per_holder), 1);
    ASSERT_EQ(f->persons.size(), 3u);
    EXPECT_EQ(f->persons[0].name, name(0));
    EXPECT_EQ(f->persons[0].role, sv::PersonRole::proxy_holder);
    EXPECT_EQ(f->persons[1].name, name(6));
    EXPECT_EQ(f->persons[2].name, name(7));
    EXPECT_EQ(f->legal_basis, "CGCT L.3121-16 (nul ne peut recevoir plus de délégations)");
    // 8 votes: 6 present + 1 valid proxy = 7 possible.
    EXPECT_EQ(r.find(VoteFindingKind::tally_exceeds_possible)->number(FactKey::max_possible_votes),
              7);

    // Under the COVID derogation two delegations per holder are allowed, three are not.
    const auto covid =
        sv::analyse(a, tally(8, 0, 0), sv::StatedOutcome::adopted, date(2021, 3, 15));
    EXPECT_EQ(covid.proxies_counted, MemberCount(2));
    EXPECT_TRUE(covid.findings.empty());
    a.proxies->push_back(sv::Proxy{name(8), name(0)});
    const auto three =
        sv::analyse(a, tally(8, 0, 0), sv::StatedOutcome::adopted, date(2021, 3, 15));
    EXPECT_EQ(three.proxies_counted, MemberCount(2));
    EXPECT_EQ(three.find(VoteFindingKind::proxy_holder_multiple)
                  ->number(FactKey::max_delegations_per_holder),
              2);
}

TEST(VoteProxy, InvalidDelegationsAreReportedAndNotCounted) {
    auto a = assembly(Body::commission_permanente, 6, 4);
    const auto stranger = sv::PersonName::parse("M. Paul INCONNU").value();
    a.proxies = std::vector<sv::Proxy>{
        sv::Proxy{stranger, name(0)}, // giver in no list
        sv::Proxy{name(1), name(2)},  // giver present
        sv::Proxy{name(6), name(7)},  // holder excused
        sv::Proxy{name(8), name(3)},  // valid
        sv::Proxy{name(8), name(4)},  // same giver again
        sv::Proxy{name(0), name(0)},  // to himself
    };
    const auto r = sv::analyse(a, tally(6, 0, 0), sv::StatedOutcome::adopted, date(2023, 6, 1));
    const std::vector<VoteFindingKind> expected = {
        VoteFindingKind::proxy_person_not_listed, VoteFindingKind::proxy_giver_present,
        VoteFindingKind::proxy_holder_not_present, VoteFindingKind::proxy_giver_multiple,
        VoteFindingKind::proxy_self};
    EXPECT_EQ(kinds(r), expected);
    EXPECT_EQ(r.proxies_counted, MemberCount(1));
    EXPECT_EQ(r.findings[0].persons[0].name.printed(), "M. Paul INCONNU");
    EXPECT_FALSE(r.findings[0].persons[0].status.has_value());
    EXPECT_EQ(r.findings[3].number(FactKey::delegations_given), 2);
}

// =============================================================================================
// Attendance duplicates, interested members, tally short, breakdown
// =============================================================================================

TEST(AttendanceDuplicate, OnePersonPresentAndExcusedCountsOnceAsPresent) {
    auto p = seed_printed();
    p.excused = "M. Sébastien CHOCHOIS, M. Pierre GEORGET, M. Bruno COUSEIN, M. Laurent DUPORGÉ";
    const auto r = sv::analyse(sv::parse_attendance(p).value(), seed_tally(),
                               sv::StatedOutcome::adopted, seed_date);
    EXPECT_EQ(r.listed_with_voice, MemberCount(42));
    EXPECT_EQ(r.present_with_voice, MemberCount(39));
    EXPECT_EQ(r.excused_with_voice, MemberCount(3));
    ASSERT_FALSE(r.findings.empty());
    const auto& f = r.findings.front();
    EXPECT_EQ(f.kind, VoteFindingKind::member_listed_twice);
    EXPECT_EQ(f.rules, "ATTENDANCE-DUPLICATE");
    EXPECT_EQ(f.number(FactKey::occurrences), 2);
    ASSERT_EQ(f.persons.size(), 2u);
    EXPECT_EQ(f.persons[0].name.printed(), "M. Laurent DUPORGE");
    EXPECT_EQ(f.persons[0].status, AttendanceStatus::present);
    EXPECT_EQ(f.persons[1].name.printed(), "M. Laurent DUPORGÉ");
    EXPECT_EQ(f.persons[1].status, AttendanceStatus::excused);

    // Twice in the same list.
    auto twice = assembly(Body::commission_permanente, 4, 0);
    twice.entries.push_back({member(2), AttendanceStatus::present, DeliberativeVoice::with});
    const auto t = sv::analyse(twice, tally(4, 0, 0), sv::StatedOutcome::adopted, date(2023, 6, 1));
    EXPECT_EQ(t.present_with_voice, MemberCount(4));
    EXPECT_EQ(kinds(t), std::vector<VoteFindingKind>{VoteFindingKind::member_listed_twice});
}

TEST(CoiIllegality, InterestedPersonMustBeAListedVotingMember) {
    auto a = seed_attendance();
    a.interested.push_back(sv::PersonName::parse("M. Paul INCONNU").value());
    a.interested.push_back(sv::PersonName::parse("Mme Emmanuelle LEVEUGLE").value());
    a.interested.push_back(sv::PersonName::parse("Sylvie MEYFROIDT").value()); // repeated
    const auto r = sv::analyse(a, seed_tally(), sv::StatedOutcome::adopted, seed_date);
    EXPECT_EQ(r.interested_present, MemberCount(1));
    std::vector<const sv::VoteFinding*> found;
    for (const auto& f : r.findings)
        if (f.kind == VoteFindingKind::interested_not_member)
            found.push_back(&f);
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0]->persons[0].name.printed(), "M. Paul INCONNU");
    EXPECT_FALSE(found[0]->persons[0].status.has_value());
    EXPECT_EQ(found[1]->persons[0].voice, DeliberativeVoice::without);
}

TEST(VoteTallyShort, PresentMembersMissingWithoutNePrendPasPart) {
    auto a = assembly(Body::commission_permanente, 38, 4);
    const auto r = sv::analyse(a, tally(30, 2, 3), sv::StatedOutcome::adopted, date(2023, 6, 1));
    const auto* f = r.find(VoteFindingKind::tally_short);
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->number(FactKey::voices_recorded), 35);
    EXPECT_EQ(f->number(FactKey::eligible_present), 38);
    EXPECT_EQ(f->number(FactKey::missing_votes), 3);
    EXPECT_FALSE(f->fact(FactKey::ne_prend_pas_part).has_value());

    auto t = tally(30, 2, 3);
    t.ne_prend_pas_part = VoteCount(3);
    EXPECT_TRUE(sv::analyse(a, t, sv::StatedOutcome::adopted, date(2023, 6, 1)).findings.empty());
    t.ne_prend_pas_part = VoteCount(1);
    const auto still = sv::analyse(a, t, sv::StatedOutcome::adopted, date(2023, 6, 1));
    EXPECT_EQ(still.find(VoteFindingKind::tally_short)->number(FactKey::ne_prend_pas_part), 1);
    EXPECT_EQ(still.find(VoteFindingKind::tally_short)->number(FactKey::missing_votes), 2);
}

TEST(VoteTally, NePrendPasPartBeyondThePresentIsAnExcess) {
    // 10 present, one interested: 9 votes + 1 « ne prend pas part » (the interested) is fine,
    // 9 votes + 3 « ne prend pas part » accounts for more persons than there are.
    auto a = assembly(Body::commission_permanente, 10, 0);
    a.interested = {name(9)};
    auto t = tally(9, 0, 0);
    t.ne_prend_pas_part = VoteCount(1);
    EXPECT_TRUE(sv::analyse(a, t, sv::StatedOutcome::adopted, date(2023, 6, 1)).findings.empty());
    t.ne_prend_pas_part = VoteCount(3);
    const auto r = sv::analyse(a, t, sv::StatedOutcome::adopted, date(2023, 6, 1));
    const auto* f = r.find(VoteFindingKind::tally_exceeds_possible);
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->number(FactKey::voices_recorded), 12);
    EXPECT_EQ(f->number(FactKey::max_possible_voices), 10);
    EXPECT_FALSE(f->fact(FactKey::votes_recorded).has_value());
}

TEST(VoteTally, GroupCountsMustAddUpToTheColumn) {
    const auto a = assembly(Body::commission_permanente, 10, 0);
    auto t = sv::parse_vote_tally("Pour : 8 (Groupe A : 5 ; Groupe B : 2)\nContre : 0 (Groupe "
                                  "C)\nAbstention : 2 (Groupe D ; Groupe E)")
                 .value();
    const auto r = sv::analyse(a, t, sv::StatedOutcome::adopted, date(2023, 6, 1));
    const std::vector<VoteFindingKind> expected = {VoteFindingKind::breakdown_mismatch,
                                                   VoteFindingKind::breakdown_mismatch};
    EXPECT_EQ(kinds(r), expected);
    EXPECT_EQ(std::get<sv::VoteChoice>(*r.findings[0].fact(FactKey::choice)), sv::VoteChoice::pour);
    EXPECT_EQ(r.findings[0].number(FactKey::breakdown_sum), 7);
    EXPECT_EQ(r.findings[0].number(FactKey::column_total), 8);
    EXPECT_EQ(std::get<sv::VoteChoice>(*r.findings[1].fact(FactKey::choice)),
              sv::VoteChoice::contre);
    EXPECT_FALSE(r.findings[1].fact(FactKey::breakdown_sum).has_value());
}

// =============================================================================================
// Robustness
// =============================================================================================

TEST(VoteAnalysis, DeterministicAndRejectsAnInvalidDate) {
    const auto a = seed_attendance();
    const auto t = seed_tally();
    const auto r1 = sv::analyse(a, t, sv::StatedOutcome::adopted, seed_date);
    const auto r2 = sv::analyse(a, t, sv::StatedOutcome::adopted, seed_date);
    EXPECT_EQ(r1.findings, r2.findings);
    EXPECT_EQ(r1.assumptions, r2.assumptions);
    EXPECT_THROW((void)sv::analyse(a, t, sv::StatedOutcome::adopted, date()),
                 std::invalid_argument);
}

// Property: arbitrary bytes and mutations of the seed's text never crash the parsers; a parsed
// list always round-trips through `printed()`.
TEST(VoteParsers, PropertyArbitraryInputNeverCrashesAndParsedListsRoundTrip) {
    std::mt19937 rng(20230320);
    const std::string base = std::string(seed_present) + std::string(seed_tally_text);
    const std::string alphabet = "Mme. ,;:()-\n\t0123456789AZaz\xC3\xA9\xC3\x89\xE2\x80\xAF\xFF";
    for (int iter = 0; iter < 4000; ++iter) {
        std::string s = base.substr(0, static_cast<std::size_t>(rng() % base.size()));
        const auto edits = rng() % 8;
        for (std::uint32_t e = 0; e < edits && !s.empty(); ++e) {
            const auto pos = static_cast<std::size_t>(rng() % s.size());
            switch (rng() % 3) {
            case 0:
                s.erase(pos, 1);
                break;
            case 1:
                s.insert(pos, 1, alphabet[static_cast<std::size_t>(rng() % alphabet.size())]);
                break;
            default:
                s[pos] = static_cast<char>(rng() % 256);
                break;
            }
        }
        const auto list = sv::parse_member_list(s);
        if (list.ok()) {
            for (const auto& m : *list) {
                const auto again = sv::Member::parse_printed(m.printed());
                ASSERT_TRUE(again.ok()) << m.printed();
                ASSERT_EQ(again.value(), m);
            }
        } else {
            ASSERT_FALSE(list.error().message.empty());
        }
        const auto t = sv::parse_vote_tally(s);
        if (!t.ok()) {
            ASSERT_FALSE(t.error().message.empty());
        }
        (void)sv::parse_stated_outcome(s);
        (void)sv::PersonName::parse(s);
    }
}

} // namespace test_vote_test
