// SPDX-License-Identifier: Apache-2.0
// SCDL schemas and validation: the C++ field tables agree with the official schema.json files
// field by field, the hand-coded pattern matchers agree with std::regex on generated strings,
// and every check kind fires when it should and only then, with French messages that name the
// row, column, field and value.
#include <algorithm>
#include <array>
#include <atomic>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <new>
#include <random>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <subvention/compliance/catalogue.hpp>
#include <subvention/io/csv.hpp>
#include <subvention/io/scdl.hpp>

// ---- allocation counter (the happy path of Validator::row must not allocate) -----------------
namespace {
std::atomic<std::uint64_t> g_allocations{0};
}
void* operator new(std::size_t n) {
    g_allocations.fetch_add(1, std::memory_order_relaxed);
    if (void* p = std::malloc(n == 0 ? 1 : n))
        return p;
    throw std::bad_alloc();
}
void operator delete(void* p) noexcept {
    std::free(p);
}
void operator delete(void* p, std::size_t) noexcept {
    std::free(p);
}

namespace subvention::io::scdl {
// readable test names and messages: "subventions 2.1.1"
void PrintTo(const SchemaVersion& v, std::ostream* os) {
    *os << to_string(v.schema) << ' ' << v.to_string();
}
} // namespace subvention::io::scdl

// Each suite in its own namespace: the suites of a group are compiled together (unity build).
namespace test_io_scdl_test {

namespace {

using namespace subvention::io::scdl;
using nlohmann::json;

const std::filesystem::path data_dir = std::filesystem::path(SUBVENTION_TEST_DATA_DIR) / "scdl";

std::string read_file(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    EXPECT_TRUE(in) << p;
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::filesystem::path schema_path(SchemaVersion v) {
    return data_dir / std::string(to_string(v.schema)) / v.to_string() / "schema.json";
}

SchemaVersion version_of(Schema s, const char* text) {
    return parse_schema_version(s, text).value();
}

// =============================================================================================
// Field tables vs the official schema.json
// =============================================================================================

std::string_view kind_name(CustomCheckKind k) {
    switch (k) {
    case CustomCheckKind::french_siret:
        return "french-siret-value";
    case CustomCheckKind::one_of_required:
        return "one-of-required";
    case CustomCheckKind::year_interval:
        return "year-interval-value";
    case CustomCheckKind::cohesive_columns:
        return "cohesive-columns-value";
    case CustomCheckKind::compare_columns:
        return "compare-columns-value";
    case CustomCheckKind::sum_columns:
        return "sum-columns-value";
    case CustomCheckKind::nomenclature_actes:
        return "nomenclature-actes-value";
    }
    return "";
}

std::vector<std::string> strings(std::span<const std::string_view> s) {
    return {s.begin(), s.end()};
}

class ScdlSchemaTables : public ::testing::TestWithParam<SchemaVersion> {};

TEST_P(ScdlSchemaTables, AgreeWithTheOfficialSchemaJsonFieldByField) {
    const SchemaVersion v = GetParam();
    const json j = json::parse(read_file(schema_path(v)));
    const SchemaSpec& spec = schema_spec(v);
    EXPECT_EQ(spec.version, v);
    EXPECT_EQ(spec.version_label, j.at("version").get<std::string>());

    // Table Schema keys that the tables do not model must not appear (else: extend the tables)
    for (const auto& [key, _] : j.items())
        EXPECT_TRUE((std::set<std::string>{"$schema", "name", "title", "description", "countryCode",
                                           "homepage", "path", "resources", "sources", "created",
                                           "lastModified", "version", "contributors", "author",
                                           "fields", "custom_checks"}
                         .contains(key)))
            << "unmodelled schema key " << key;

    const std::vector<std::string> missing =
        j.contains("missingValues") ? j.at("missingValues").get<std::vector<std::string>>()
                                    : std::vector<std::string>{""}; // Table Schema default
    EXPECT_EQ(strings(spec.missing_values), missing);

    const auto& fields = j.at("fields");
    ASSERT_EQ(spec.fields.size(), fields.size());
    for (std::size_t i = 0; i < fields.size(); ++i) {
        const json& f = fields[i];
        const FieldSpec& c = spec.fields[i];
        SCOPED_TRACE(c.name);
        for (const auto& [key, _] : f.items())
            EXPECT_TRUE((std::set<std::string>{"name", "title", "description", "example", "type",
                                               "format", "constraints", "trueValues", "falseValues"}
                             .contains(key)))
                << "unmodelled field key " << key;
        EXPECT_EQ(c.name, f.at("name").get<std::string>());
        EXPECT_EQ(c.title, f.value("title", std::string{}));
        EXPECT_EQ(to_string(c.type), f.at("type").get<std::string>());
        EXPECT_EQ(c.format == StringFormat::uri ? "uri" : "default",
                  f.value("format", std::string("default")));
        const json cons = f.value("constraints", json::object());
        for (const auto& [key, _] : cons.items())
            EXPECT_TRUE((std::set<std::string>{"required", "pattern", "enum", "minimum", "maximum",
                                               "maxLength"}
                             .contains(key)))
                << "unmodelled constraint " << key;
        EXPECT_EQ(c.required, cons.value("required", false));
        EXPECT_EQ(pattern_source(c.pattern), cons.value("pattern", std::string{}));
        EXPECT_EQ(strings(c.enum_values), cons.value("enum", std::vector<std::string>{}));
        EXPECT_EQ(c.minimum ? std::string(*c.minimum) : "-",
                  cons.contains("minimum") ? cons.at("minimum").dump() : "-");
        EXPECT_EQ(c.maximum ? std::string(*c.maximum) : "-",
                  cons.contains("maximum") ? cons.at("maximum").dump() : "-");
        EXPECT_EQ(c.max_length ? static_cast<long long>(*c.max_length) : -1LL,
                  cons.value("maxLength", -1LL));
        if (c.type == FieldType::boolean) {
            EXPECT_EQ(strings(c.true_values),
                      f.value("trueValues", std::vector<std::string>{"true", "True", "TRUE", "1"}));
            EXPECT_EQ(
                strings(c.false_values),
                f.value("falseValues", std::vector<std::string>{"false", "False", "FALSE", "0"}));
        } else {
            EXPECT_TRUE(c.true_values.empty());
            EXPECT_TRUE(c.false_values.empty());
            EXPECT_FALSE(f.contains("trueValues"));
        }
    }

    const json checks = j.value("custom_checks", json::array());
    ASSERT_EQ(spec.custom_checks.size(), checks.size());
    for (std::size_t i = 0; i < checks.size(); ++i) {
        const json& cj = checks[i];
        const CustomCheckSpec& c = spec.custom_checks[i];
        SCOPED_TRACE(cj.dump());
        EXPECT_EQ(kind_name(c.kind), cj.at("name").get<std::string>());
        const json& p = cj.at("params");
        // rebuild the params object from the table and compare as JSON
        json mine = json::object();
        if (c.kind == CustomCheckKind::one_of_required) {
            mine["column1"] = std::string(c.column);
            mine["column2"] = std::string(c.column2);
        } else {
            mine["column"] = std::string(c.column);
        }
        if (c.kind == CustomCheckKind::compare_columns) {
            mine["column2"] = std::string(c.column2);
            mine["op"] = std::string(to_string(c.op));
        }
        if (c.kind == CustomCheckKind::cohesive_columns)
            mine["othercolumns"] = strings(c.columns);
        if (c.kind == CustomCheckKind::sum_columns)
            mine["columns"] = strings(c.columns);
        if (c.kind == CustomCheckKind::year_interval && c.allow_year_only)
            mine["allow-year-only"] = "yes";
        EXPECT_EQ(mine, p);
        // every column a custom check names is a field of the schema
        for (const auto name : {c.column, c.column2}) {
            if (!name.empty()) {
                EXPECT_TRUE(std::any_of(spec.fields.begin(), spec.fields.end(),
                                        [&](const FieldSpec& f) { return f.name == name; }))
                    << name;
            }
        }
        // sum-columns-value is implemented for integer fields (the only use)
        if (c.kind == CustomCheckKind::sum_columns) {
            for (const auto& f : spec.fields) {
                if (f.name == c.column ||
                    std::find(c.columns.begin(), c.columns.end(), f.name) != c.columns.end()) {
                    EXPECT_EQ(f.type, FieldType::integer) << f.name;
                }
            }
        }
    }
}

INSTANTIATE_TEST_SUITE_P(EveryShippedVersion, ScdlSchemaTables,
                         ::testing::ValuesIn(shipped_versions().begin(), shipped_versions().end()),
                         [](const auto& param_info) {
                             return std::string(to_string(param_info.param.schema)) + "_" +
                                    std::to_string(param_info.param.major) + "_" +
                                    std::to_string(param_info.param.minor) + "_" +
                                    std::to_string(param_info.param.patch);
                         });

TEST(ScdlSchemaTables, ActesMatieresListAgreesWithTheCsvSource) {
    const std::string text = read_file(data_dir / "actes-matieres.csv");
    subvention::io::csv::Reader reader{std::string_view(text)};
    subvention::io::csv::Record rec;
    ASSERT_TRUE(reader.next(rec));
    ASSERT_EQ(std::vector<std::string>(rec.fields.begin(), rec.fields.end()),
              (std::vector<std::string>{"code", "niveau", "code_parent", "libelle",
                                        "libelle_niveau1_scdl"}));
    const auto list = actes_matieres();
    std::size_t i = 0;
    while (reader.next(rec)) {
        ASSERT_LT(i, list.size());
        ASSERT_EQ(rec.fields.size(), 5U);
        EXPECT_EQ(list[i].code, rec.fields[0]);
        EXPECT_EQ(std::to_string(list[i].level), rec.fields[1]);
        EXPECT_EQ(list[i].parent, rec.fields[2]);
        EXPECT_EQ(list[i].label, rec.fields[3]);
        EXPECT_EQ(list[i].scdl_label, rec.fields[4]);
        ++i;
    }
    EXPECT_EQ(i, list.size());
    EXPECT_EQ(list.size(), 66U);
    EXPECT_EQ(std::count_if(list.begin(), list.end(), [](const auto& m) { return m.level == 1; }),
              9);
}

TEST(ScdlVersions, ParseLatestAndShipped) {
    EXPECT_EQ(latest(Schema::subventions).to_string(), "2.1.1");
    EXPECT_EQ(latest(Schema::deliberations).to_string(), "2.1.5");
    EXPECT_EQ(version_of(Schema::subventions, "1.1"), version_of(Schema::subventions, "1.1.0"));
    EXPECT_EQ(version_of(Schema::deliberations, "2.0"), version_of(Schema::deliberations, "2.0.0"));
    const auto bad = parse_schema_version(Schema::subventions, "2.1.5");
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().kind, subvention::ErrorKind::component);
    EXPECT_NE(bad.error().message.find("2.1.1, 2.0.2, 1.1.0"), std::string::npos);
    EXPECT_EQ(parse_schema_version(Schema::subventions, "").error().kind,
              subvention::ErrorKind::empty);
    EXPECT_EQ(shipped_versions().size(), 5U);
    EXPECT_THROW((void)schema_spec(SchemaVersion{Schema::subventions, 2, 1, 0}),
                 std::invalid_argument);
    EXPECT_EQ(parse_schema("d\u00E9lib\u00E9rations").value(), Schema::deliberations);
    EXPECT_FALSE(parse_schema("budget").ok());
}

TEST(ScdlChecks, IdentifiersAreUniqueAndCustomChecksUseValidataNames) {
    std::set<std::string_view> ids;
    for (std::size_t i = 0; i < check_count; ++i)
        ids.insert(to_string(static_cast<Check>(i)));
    EXPECT_EQ(ids.size(), check_count);
    EXPECT_EQ(to_string(Check::french_siret), "french-siret-value");
    EXPECT_EQ(to_string(Check::nomenclature_actes), "nomenclature-actes-value");
    EXPECT_EQ(to_string(Check::column_misnamed), "column-misnamed");
    EXPECT_EQ(to_string(Check::required), "required");
}

TEST(ScdlChecks, EveryCheckAndEveryScdlCheckIdIsListedByTheLibraryInItsFamily) {
    namespace cp = subvention::compliance;
    std::set<std::string> listed;
    for (const auto& k : cp::known_ids())
        if (k.family == cp::Family::scdl) {
            EXPECT_FALSE(k.title_fr.empty()) << k.id;
            EXPECT_FALSE(k.title_en.empty()) << k.id;
            listed.insert(std::string(k.id));
        }
    std::set<std::string> emitted;
    for (std::size_t i = 0; i < check_count; ++i)
        emitted.insert(std::string(to_string(static_cast<Check>(i))));
    // `scdl check` reports its own IDs: read them in its source, independently of the table.
    std::ifstream in(std::filesystem::path(SUBVENTION_SOURCE_DIR) / "src" / "cli" /
                     "scdl_export_command.cpp");
    const std::string text((std::istreambuf_iterator<char>(in)), {});
    static const std::regex literal("\"(SCDL-[A-Z0-9-]+)\"");
    for (auto m = std::sregex_iterator(text.begin(), text.end(), literal);
         m != std::sregex_iterator(); ++m)
        emitted.insert((*m)[1].str());
    EXPECT_EQ(listed, emitted);
}

// =============================================================================================
// Hand-coded pattern matchers vs std::regex (ECMAScript) on generated strings
// =============================================================================================

constexpr PatternKind all_patterns[] = {PatternKind::digits14,         PatternKind::rna,
                                        PatternKind::date_or_period,   PatternKind::matiere_code,
                                        PatternKind::year_or_interval, PatternKind::matiere_nom};

std::vector<std::string> seeds(PatternKind p) {
    switch (p) {
    case PatternKind::digits14:
        return {"21860194600013", "00000000000000", "99999999999999"};
    case PatternKind::rna:
        return {"W380475558", "W000000000"};
    case PatternKind::date_or_period:
        return {"2017-03-14", "2017-03-14/2018-03-14", "9999-99-99/0000-00-00"};
    case PatternKind::matiere_code:
        return {"8.4", "7.10", "0.00"};
    case PatternKind::year_or_interval:
        return {"2017", "2017/2018", "0000/9999"};
    case PatternKind::matiere_nom:
        return {"domaines de competences par themes/amenagement du territoire",
                "Finances locales/Subventions", "a/ ", "a_b c/d  e_"};
    case PatternKind::none:
        break;
    }
    return {};
}

TEST(ScdlPatterns, HandCodedMatchersAgreeWithStdRegexOnMutationsAndRandomStrings) {
    const std::string alphabet = std::string("0123456789W/-._ \\aAzZ\n\t:;,") + "\xC3\xA9" + "\xE2";
    std::mt19937_64 rng(20240611);
    for (const PatternKind p : all_patterns) {
        const std::regex re(std::string(pattern_source(p)), std::regex::ECMAScript);
        std::size_t matched = 0, total = 0;
        const auto check = [&](const std::string& s) {
            const bool expected = std::regex_search(s, re);
            ++total;
            matched += expected ? 1 : 0;
            ASSERT_EQ(matches(p, s, WordChars::ecmascript), expected)
                << "pattern " << pattern_source(p) << " on \"" << s << "\"";
            bool ascii = true;
            for (const char c : s)
                ascii = ascii && static_cast<unsigned char>(c) < 0x80;
            if (ascii) { // Python's \w only differs beyond ASCII
                ASSERT_EQ(matches(p, s, WordChars::unicode), expected)
                    << "pattern " << pattern_source(p) << " on \"" << s << "\"";
            }
        };
        const auto rand_char = [&] {
            return alphabet[std::uniform_int_distribution<std::size_t>(0,
                                                                       alphabet.size() - 1)(rng)];
        };
        for (const auto& seed : seeds(p)) {
            check(seed);
            ASSERT_TRUE(matches(p, seed, WordChars::ecmascript)) << seed;
            for (int k = 0; k < 4000; ++k) { // mutations: 1 to 3 edits of a valid value
                std::string s = seed;
                const int edits = std::uniform_int_distribution<int>(1, 3)(rng);
                for (int e = 0; e < edits; ++e) {
                    const std::size_t pos =
                        std::uniform_int_distribution<std::size_t>(0, s.size())(rng);
                    switch (std::uniform_int_distribution<int>(0, 3)(rng)) {
                    case 0: // replace
                        if (pos < s.size())
                            s[pos] = rand_char();
                        break;
                    case 1: // insert
                        s.insert(s.begin() + static_cast<std::ptrdiff_t>(pos), rand_char());
                        break;
                    case 2: // delete
                        if (pos < s.size())
                            s.erase(pos, 1);
                        break;
                    default: // replace by a digit (keeps many mutants valid)
                        if (pos < s.size())
                            s[pos] = static_cast<char>(
                                '0' + std::uniform_int_distribution<int>(0, 9)(rng));
                        break;
                    }
                }
                check(s);
            }
        }
        for (int k = 0; k < 4000; ++k) { // random strings
            std::string s(std::uniform_int_distribution<std::size_t>(0, 24)(rng), ' ');
            for (auto& c : s)
                c = rand_char();
            check(s);
        }
        check("");
        EXPECT_GT(matched, 100U) << pattern_source(p); // the generator reaches both outcomes
        EXPECT_LT(matched, total) << pattern_source(p);
    }
}

TEST(ScdlPatterns, UnicodeWordCharsAcceptFrenchLettersLikePython) {
    const std::string accented =
        "domaines de comp\u00E9tences par th\u00E8mes/am\u00E9nagement du territoire";
    EXPECT_TRUE(matches(PatternKind::matiere_nom, accented, WordChars::unicode));
    EXPECT_FALSE(matches(PatternKind::matiere_nom, accented, WordChars::ecmascript));
    EXPECT_TRUE(matches(PatternKind::matiere_nom, "\u0152uvres/\u00C9t\u00E9"));
    EXPECT_FALSE(matches(PatternKind::matiere_nom, "Finances locales/Subventions \u20AC")); // €
    EXPECT_FALSE(matches(PatternKind::matiere_nom, "Finances\u00A0locales/Subventions"));   // NBSP
    EXPECT_FALSE(matches(PatternKind::matiere_nom, "Finances locales/\xE9t\xE9")); // not UTF-8
    EXPECT_FALSE(matches(PatternKind::digits14, "2186019460001\u0663"));           // \d stays ASCII
    EXPECT_TRUE(matches(PatternKind::none, "anything"));
}

// =============================================================================================
// french-siret-value
// =============================================================================================

TEST(ScdlFrenchSiret, FollowsPythonStdnumIncludingLaPoste) {
    EXPECT_TRUE(is_valid_french_siret("21860194600013"));
    EXPECT_TRUE(is_valid_french_siret("218 601 946 00013"));  // stdnum removes spaces
    EXPECT_TRUE(is_valid_french_siret("218.601.946.00013"));  // and dots
    EXPECT_TRUE(is_valid_french_siret(" 21860194600013\t"));  // and strips the ends
    EXPECT_FALSE(is_valid_french_siret("218-601-946-00013")); // but not hyphens
    EXPECT_FALSE(is_valid_french_siret("21860194600000"));    // Luhn
    EXPECT_FALSE(is_valid_french_siret("218601946"));         // a SIREN
    EXPECT_FALSE(is_valid_french_siret("218601946000130"));   // 15 digits
    EXPECT_FALSE(is_valid_french_siret("32402138500000.0"));  // 15 digits once compacted
    EXPECT_FALSE(is_valid_french_siret(""));
    EXPECT_FALSE(is_valid_french_siret("2186019460001A"));
    EXPECT_TRUE(is_valid_french_siret("35600000000048"));  // La Poste head office: Luhn
    EXPECT_TRUE(is_valid_french_siret("35600000010000"));  // La Poste: digit sum 15, not Luhn
    EXPECT_FALSE(is_valid_french_siret("35600000010013")); // La Poste: Luhn but sum 18
}

TEST(ScdlFrenchSiret, EverySingleDigitCorruptionIsDetected) {
    for (const std::string valid : {"21860194600013", "52499120500013", "38047555800058"}) {
        ASSERT_TRUE(is_valid_french_siret(valid));
        for (std::size_t i = 0; i < valid.size(); ++i)
            for (char d = '0'; d <= '9'; ++d) {
                if (d == valid[i])
                    continue;
                std::string s = valid;
                s[i] = d;
                EXPECT_FALSE(is_valid_french_siret(s)) << s;
            }
    }
}

// =============================================================================================
// Cell, row and header checks through the Validator
// =============================================================================================

using Row = std::map<std::string, std::string>;

std::vector<std::string> field_names(SchemaVersion v) {
    std::vector<std::string> out;
    for (const auto& f : schema_spec(v).fields)
        out.emplace_back(f.name);
    return out;
}

std::vector<Finding> run(SchemaVersion v, const std::vector<std::string>& header,
                         const std::vector<std::vector<std::string>>& rows) {
    std::vector<Finding> out;
    const FindingSink sink = [&](const Finding& f) { out.push_back(f); };
    Validator val(v);
    std::vector<std::string_view> views(header.begin(), header.end());
    val.header(views, sink);
    std::uint64_t n = 2;
    for (const auto& r : rows) {
        views.assign(r.begin(), r.end());
        val.row(n++, views, sink);
    }
    return out;
}

const Row subvention_base = {
    {"nomAttribuant", "ANTIBES"},
    {"idAttribuant", "21060004500392"},
    {"dateConvention", "2015-07-07"},
    {"referenceDecision", "CONV N\u00B0 2074-15"},
    {"nomBeneficiaire", "CEA DU PERSONNEL"},
    {"idBeneficiaire", "52499120500013"},
    {"rnaBeneficiaire", "W333216789"},
    {"objet", "Fonctionnement"},
    {"montant", "99786.57"},
    {"nature", "aide en num\u00E9raire"},
    {"conditionsVersement", "\u00E9chelonn\u00E9"},
    {"datesPeriodeVersement", "2017-03-30/2017-05-24"},
    {"idRAE", ""},
    {"notificationUE", "non"},
    {"pourcentageSubvention", "0.05"},
    {"dispositifAide", ""},
};

const Row deliberation_base = {
    {"COLL_NOM", "Ville de Poitiers"},
    {"COLL_SIRET", "21860194600013"},
    {"DELIB_ID", "1DL15494"},
    {"DELIB_DATE", "2017-10-15"},
    {"DELIB_MATIERE_CODE", "7.5"},
    {"DELIB_MATIERE_NOM", "Finances locales/Subventions"},
    {"DELIB_OBJET", "Subvention au club"},
    {"BUDGET_ANNEE", "2017/2018"},
    {"BUDGET_NOM", "Budget principal"},
    {"PREF_ID", "PREF086"},
    {"PREF_DATE", "2017-10-20"},
    {"VOTE_EFFECTIF", "43"},
    {"VOTE_REEL", "40"},
    {"VOTE_POUR", "25"},
    {"VOTE_CONTRE", "10"},
    {"VOTE_ABSTENTION", "5"},
    {"DELIB_URL", "https://data.maville.fr/deliberations/files/200417_1.pdf"},
};

std::vector<std::string> cells_of(SchemaVersion v, const Row& base, const Row& changes) {
    std::vector<std::string> out;
    for (const auto& name : field_names(v)) {
        const auto it = changes.find(name);
        out.push_back(it != changes.end() ? it->second : base.at(name));
    }
    return out;
}

/// Findings of one data row (row 2) of the latest subventions schema with `changes` applied.
std::vector<Finding> subvention_row(const Row& changes,
                                    SchemaVersion v = latest(Schema::subventions)) {
    return run(v, field_names(v), {cells_of(v, subvention_base, changes)});
}
std::vector<Finding> deliberation_row(const Row& changes,
                                      SchemaVersion v = latest(Schema::deliberations)) {
    return run(v, field_names(v), {cells_of(v, deliberation_base, changes)});
}

/// "rule@field" of each finding, in order.
std::vector<std::string> rules(const std::vector<Finding>& fs) {
    std::vector<std::string> out;
    for (const auto& f : fs)
        out.push_back(std::string(to_string(f.rule)) + "@" + f.field);
    return out;
}
using Rules = std::vector<std::string>;

TEST(ScdlCells, BaseRowsOfEveryVersionAreValid) {
    for (const auto& v : shipped_versions()) {
        const auto fs =
            v.schema == Schema::subventions ? subvention_row({}, v) : deliberation_row({}, v);
        EXPECT_TRUE(fs.empty()) << v.to_string() << ": " << fs.front().message_fr;
    }
}

TEST(ScdlCells, MessageNamesRowColumnFieldAndValueInFrench) {
    const auto fs = subvention_row({{"idAttribuant", "2106000450039"}});
    ASSERT_EQ(rules(fs), (Rules{"pattern@idAttribuant", "french-siret-value@idAttribuant"}));
    EXPECT_EQ(fs[0].row, 2U);
    EXPECT_EQ(fs[0].column, 2U);
    EXPECT_EQ(fs[0].value, "2106000450039");
    EXPECT_EQ(fs[0].severity, Severity::error);
    EXPECT_EQ(fs[0].message_fr, "Ligne 2, colonne 2 (idAttribuant)\u00A0: \u00AB\u00A0"
                                "2106000450039\u00A0\u00BB ne respecte pas le motif ^\\d{14}$");
    EXPECT_EQ(fs[0].message_en,
              "Row 2, column 2 (idAttribuant): \"2106000450039\" does not match the pattern "
              "^\\d{14}$");
    EXPECT_EQ(fs[1].message_fr,
              "Ligne 2, colonne 2 (idAttribuant)\u00A0: \u00AB\u00A02106000450039\u00A0\u00BB "
              "n'est pas un num\u00E9ro SIRET valide (14 chiffres, cl\u00E9 de Luhn, r\u00E8gle de "
              "La Poste)");
}

TEST(ScdlCells, AFindingIsADiagnosticOfTheOneVocabulary) {
    namespace cp = subvention::compliance;
    const auto fs = subvention_row({{"idAttribuant", "2106000450039"}});
    ASSERT_EQ(fs.size(), 2U);
    const cp::Diagnostic d = to_diagnostic(fs[1], Schema::subventions);
    EXPECT_EQ(d.rule, "french-siret-value");
    ASSERT_NE(cp::find_known_id(d.rule), nullptr);
    EXPECT_EQ(d.severity, cp::Severity::error);
    EXPECT_EQ(d.message_fr, fs[1].message_fr);
    EXPECT_EQ(d.message_en, fs[1].message_en);
    EXPECT_EQ(d.location.section, "ligne 2, colonne 2 (idAttribuant)");
    EXPECT_EQ(d.location.path, "/idAttribuant");
    EXPECT_EQ(d.location.text, "2106000450039");
    EXPECT_EQ(d.fact("row"), "2");
    EXPECT_EQ(d.unit("row"), cp::Unit::count);
    EXPECT_EQ(d.unit("field"), cp::Unit::code);
    ASSERT_EQ(d.legal_basis.size(), 1U);
    EXPECT_EQ(d.legal_basis[0].text, "arrêté du 17 novembre 2017");
    EXPECT_TRUE(to_diagnostic(fs[1], Schema::deliberations).legal_basis.empty());
}

TEST(ScdlCells, RequiredFiresOnEmptyRequiredCellsOnly) {
    EXPECT_EQ(rules(subvention_row({{"nomAttribuant", ""}})), Rules{"required@nomAttribuant"});
    EXPECT_EQ(rules(subvention_row({{"montant", ""}})), Rules{"required@montant"});
    EXPECT_TRUE(subvention_row({{"referenceDecision", ""}}).empty());
    EXPECT_TRUE(subvention_row({{"idRAE", ""}, {"dispositifAide", ""}}).empty());
    // missingValues is [""] only: a space is a value (here not a number)
    EXPECT_EQ(rules(subvention_row({{"montant", " "}})), Rules{"type-number@montant"});
    const auto fs = subvention_row({{"notificationUE", ""}});
    ASSERT_EQ(fs.size(), 1U);
    EXPECT_EQ(fs[0].message_fr, "Ligne 2, colonne 14 (notificationUE)\u00A0: la valeur est "
                                "obligatoire et la cellule est vide");
}

TEST(ScdlCells, DateTypeIsIsoCalendarDate) {
    const std::vector<std::pair<std::string, bool>> cases = {
        {"2017-06-27", false}, {"2016-02-29", false},      {"2000-02-29", false},
        {"0001-01-01", false}, {"9999-12-31", false},      {"2017-02-29", true},
        {"1900-02-29", true},  {"2017-13-01", true},       {"2017-00-10", true},
        {"2017-06-31", true},  {"0000-01-01", true},       {"05/12/2016", true},
        {"2017-6-27", true},   {"2017-06-27T00:00", true}, {"20170627", true},
        {" 2017-06-27", true}};
    for (const auto& [value, fires] : cases)
        EXPECT_EQ(rules(subvention_row({{"dateConvention", value}})),
                  fires ? Rules{"type-date@dateConvention"} : Rules{})
            << value;
}

TEST(ScdlCells, NumberTypeHasADecimalPointAndNoGrouping) {
    const std::vector<std::pair<std::string, bool>> cases = {
        {"47800.20", false},   {"47800", false}, {"-3", false},   {"+3", false},
        {".5", false},         {"5.", false},    {"1e3", false},  {"1.5E-2", false},
        {"47800,20", true},    {"47 800", true}, {"1e", true},    {"e3", true},
        {".", true},           {"-", true},      {"NaN", true},   {"Infinity", true},
        {"12\u00A0000", true}, {"0x10", true},   {"1.2.3", true}, {"47800.20 \u20AC", true}};
    for (const auto& [value, fires] : cases)
        EXPECT_EQ(rules(subvention_row({{"montant", value}})),
                  fires                    ? Rules{"type-number@montant"}
                  : value.starts_with('-') ? Rules{"negative-amount@montant"}
                                           : Rules{})
            << value;
}

TEST(ScdlCells, NegativeMontantIsAWarningTheSchemaSetsNoMinimum) {
    const auto fs = subvention_row({{"montant", "-57000.00"}});
    ASSERT_EQ(rules(fs), Rules{"negative-amount@montant"});
    EXPECT_EQ(fs[0].severity, Severity::warning);
    EXPECT_EQ(fs[0].value, "-57000.00");
    EXPECT_EQ(fs[0].column, 9U);
    for (const std::string zero : {"0", "0.00", "-0", "-0.00"})
        EXPECT_EQ(rules(subvention_row({{"montant", zero}})), Rules{}) << zero;
    EXPECT_EQ(to_string(Check::negative_amount), "negative-amount");
}

TEST(ScdlCells, FreeTextStartingLikeAFormulaIsAWarning) {
    for (const std::string v :
         {"=HYPERLINK(\"http://x\")", "+33", "-x", "@SUM(A1)", "\tx", "\rx"}) {
        const auto fs = subvention_row({{"objet", v}, {"nomBeneficiaire", v}});
        ASSERT_EQ(rules(fs),
                  (Rules{"formula-injection@nomBeneficiaire", "formula-injection@objet"}))
            << v;
        EXPECT_EQ(fs[0].severity, Severity::warning);
    }
    EXPECT_EQ(rules(subvention_row({{"objet", "Objet = 3"}, {"dispositifAide", "'=x"}})), Rules{});
    // Typed cells are not free text: dates, identifiers and enumerations have their own rules.
    EXPECT_EQ(rules(subvention_row({{"idAttribuant", "=1"}})),
              (Rules{"pattern@idAttribuant", "french-siret-value@idAttribuant"}));
    EXPECT_EQ(rules(deliberation_row({{"DELIB_OBJET", "=x"}})),
              Rules{"formula-injection@DELIB_OBJET"});
    EXPECT_EQ(to_string(Check::formula_injection), "formula-injection");
}

TEST(ScdlCells, MinimumAndMaximumAreComparedExactlyInDecimal) {
    // pourcentageSubvention: minimum 0.01, maximum 1 (subventions 2.1.1)
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"0.01", ""},
        {"0.0100000000000000000000001", ""},
        {"0.00999999999999999999999999", "minimum"},
        {"1", ""},
        {"1.000000000000000000000", ""},
        {"1.0000000000000000000001", "maximum"},
        {"0", "minimum"},
        {"-0", "minimum"},
        {"-0.5", "minimum"},
        {"1e0", ""},
        {"0.1e1", ""},
        {"100E-4", ""},
        {"99E-4", "minimum"},
        {"1e-2", ""},
        {"10e-1", ""},
        {"1e1", "maximum"},
        {"1e999999999999999999", "maximum"},
        {"1e-999999999999999999", "minimum"},
        {"+1", ""},
        {".5", ""},
        {"5.", "maximum"},
        {"100", "maximum"},
        {"0000.5000", ""},
    };
    for (const auto& [value, rule] : cases)
        EXPECT_EQ(rules(subvention_row({{"pourcentageSubvention", value}})),
                  rule.empty() ? Rules{} : Rules{rule + "@pourcentageSubvention"})
            << value;
    // subventions 1.1.0: minimum 0
    const auto v110 = version_of(Schema::subventions, "1.1.0");
    EXPECT_TRUE(subvention_row({{"pourcentageSubvention", "0"}}, v110).empty());
    EXPECT_EQ(rules(subvention_row({{"pourcentageSubvention", "-0.0001"}}, v110)),
              Rules{"minimum@pourcentageSubvention"});
}

TEST(ScdlCells, BooleanUsesTheSchemaTrueAndFalseValuesExactly) {
    for (const std::string ok : {"oui", "non"})
        EXPECT_TRUE(subvention_row({{"notificationUE", ok}}).empty()) << ok;
    for (const std::string bad : {"Oui", "NON", "true", "1", "yes", "no", " oui"})
        EXPECT_EQ(rules(subvention_row({{"notificationUE", bad}})),
                  Rules{"type-boolean@notificationUE"})
            << bad;
}

TEST(ScdlCells, EnumValuesAreExact) {
    for (const std::string ok :
         {"aide en num\u00E9raire", "aide en nature", "aide en num\u00E9raire;aide en nature",
          "aide en nature;aide en num\u00E9raire"})
        EXPECT_TRUE(subvention_row({{"nature", ok}}).empty()) << ok;
    for (const std::string bad :
         {"aide en numeraire", "Aide en num\u00E9raire", "aide en num\u00E9raire,aide en nature",
          "aide en num\u00E9raire; aide en nature", "en num\u00E9raire"})
        EXPECT_EQ(rules(subvention_row({{"nature", bad}})), Rules{"enum@nature"}) << bad;
}

TEST(ScdlCells, MaxLengthCountsCharactersNotBytes) {
    std::string e256, e257;
    for (int i = 0; i < 256; ++i)
        e256 += "\u00E9";
    e257 = e256 + "x";
    EXPECT_TRUE(subvention_row({{"objet", e256}}).empty());
    const auto fs = subvention_row({{"objet", e257}});
    ASSERT_EQ(rules(fs), Rules{"max-length@objet"});
    EXPECT_NE(fs[0].message_fr.find("la valeur a 257 caract\u00E8res, au plus 256"),
              std::string::npos);
    EXPECT_TRUE(subvention_row({{"idRAE", "12345"}}).empty());
    EXPECT_EQ(rules(subvention_row({{"idRAE", "123456"}})), Rules{"max-length@idRAE"});
    // 1.1.0: idRAE had no length limit
    EXPECT_TRUE(subvention_row({{"idRAE", "sans objet"}}, version_of(Schema::subventions, "1.1.0"))
                    .empty());
}

TEST(ScdlCells, PatternsOfTheSubventionSchemas) {
    EXPECT_TRUE(subvention_row({{"datesPeriodeVersement", "2017-03-30"}}).empty());
    for (const std::string bad :
         {"2017-03-30_2017-05-24", "2017/03/30", "2017-03-30/", "2017-03-30 / 2017-05-24"})
        EXPECT_EQ(rules(subvention_row({{"datesPeriodeVersement", bad}})),
                  Rules{"pattern@datesPeriodeVersement"})
            << bad;
    EXPECT_EQ(rules(subvention_row({{"rnaBeneficiaire", "W3222"}})),
              Rules{"pattern@rnaBeneficiaire"});
    EXPECT_EQ(rules(subvention_row({{"rnaBeneficiaire", "w333216789"}})),
              Rules{"pattern@rnaBeneficiaire"});
}

TEST(ScdlCustomChecks, FrenchSiretOnBothIdentifierColumns) {
    EXPECT_EQ(rules(subvention_row({{"idAttribuant", "21060004500393"}})),
              Rules{"french-siret-value@idAttribuant"});
    EXPECT_EQ(rules(subvention_row({{"idBeneficiaire", "52499120500014"}})),
              Rules{"french-siret-value@idBeneficiaire"});
    // La Poste establishment: not Luhn, digit sum multiple of 5
    EXPECT_TRUE(subvention_row({{"idBeneficiaire", "35600000010000"}}).empty());
    // stdnum ignores spaces: 2.1.1 idBeneficiaire has no pattern, so no finding at all …
    EXPECT_TRUE(subvention_row({{"idBeneficiaire", "524 991 205 00013"}}).empty());
    // … while 2.0.2 still had the ^\d{14}$ pattern on it (and no rnaBeneficiaire)
    EXPECT_EQ(rules(subvention_row({{"idBeneficiaire", "524 991 205 00013"}},
                                   version_of(Schema::subventions, "2.0.2"))),
              Rules{"pattern@idBeneficiaire"});
    // skipped on empty cells (one-of-required is satisfied by the RNA)
    EXPECT_TRUE(subvention_row({{"idBeneficiaire", ""}}).empty());
    // 1.1.0 had no custom checks
    EXPECT_TRUE(subvention_row({{"idAttribuant", "21060004500393"}},
                               version_of(Schema::subventions, "1.1.0"))
                    .empty());
}

TEST(ScdlCustomChecks, OneOfRequiredNeedsTheSiretOrTheRna) {
    EXPECT_TRUE(subvention_row({{"idBeneficiaire", ""}}).empty());
    EXPECT_TRUE(subvention_row({{"rnaBeneficiaire", ""}}).empty());
    const auto fs = subvention_row({{"idBeneficiaire", ""}, {"rnaBeneficiaire", ""}});
    ASSERT_EQ(rules(fs), Rules{"one-of-required@idBeneficiaire"});
    EXPECT_EQ(fs[0].column, 6U);
    EXPECT_EQ(fs[0].message_fr,
              "Ligne 2, colonne 6 (idBeneficiaire)\u00A0: au moins l'une des colonnes "
              "\u00AB\u00A0idBeneficiaire\u00A0\u00BB ou \u00AB\u00A0rnaBeneficiaire\u00A0\u00BB "
              "doit comporter une valeur");
    // an invalid RNA is still a value for one-of-required
    EXPECT_EQ(rules(subvention_row({{"idBeneficiaire", ""}, {"rnaBeneficiaire", "W1"}})),
              Rules{"pattern@rnaBeneficiaire"});
}

TEST(ScdlCustomChecks, OneOfRequiredWithAbsentColumns) {
    const auto v = latest(Schema::subventions);
    auto header = field_names(v);
    auto cells = cells_of(v, subvention_base, {{"idBeneficiaire", ""}});
    // without the rnaBeneficiaire column, an empty idBeneficiaire fires
    header.erase(header.begin() + 6);
    cells.erase(cells.begin() + 6);
    EXPECT_EQ(rules(run(v, header, {cells})),
              (Rules{"column-missing@rnaBeneficiaire", "one-of-required@idBeneficiaire"}));
    // without both columns: one finding on the header, none per row
    header.erase(header.begin() + 5);
    cells.erase(cells.begin() + 5);
    const auto fs = run(v, header, {cells, cells});
    EXPECT_EQ(rules(fs), (Rules{"column-missing@idBeneficiaire", "column-missing@rnaBeneficiaire",
                                "one-of-required@idBeneficiaire"}));
    EXPECT_EQ(fs[2].row, 1U);
    EXPECT_EQ(fs[2].column, 0U);
}

TEST(ScdlCustomChecks, YearIntervalAllowsAYearOrAnIncreasingInterval) {
    const auto with_year = [](const std::string& y) {
        return rules(deliberation_row({{"BUDGET_ANNEE", y}}));
    };
    EXPECT_EQ(with_year("2017"), Rules{});
    EXPECT_EQ(with_year("2017/2018"), Rules{});
    EXPECT_EQ(with_year("2017/2020"), Rules{}); // not required to be consecutive
    EXPECT_EQ(with_year("2018/2017"), Rules{"year-interval-value@BUDGET_ANNEE"});
    EXPECT_EQ(with_year("2017/2017"), Rules{"year-interval-value@BUDGET_ANNEE"});
    EXPECT_EQ(with_year("17/18"),
              (Rules{"pattern@BUDGET_ANNEE", "year-interval-value@BUDGET_ANNEE"}));
    EXPECT_EQ(with_year("2017-2018"),
              (Rules{"pattern@BUDGET_ANNEE", "year-interval-value@BUDGET_ANNEE"}));
    const auto fs = deliberation_row({{"BUDGET_ANNEE", "2018/2017"}});
    ASSERT_EQ(fs.size(), 1U);
    EXPECT_EQ(fs[0].message_fr,
              "Ligne 2, colonne 8 (BUDGET_ANNEE)\u00A0: p\u00E9riode \u00AB\u00A02018/2017\u00A0"
              "\u00BB invalide\u00A0: la deuxi\u00E8me ann\u00E9e doit \u00EAtre post\u00E9rieure "
              "\u00E0 la premi\u00E8re");
    // 2.0.0 has the pattern but no custom check
    EXPECT_TRUE(deliberation_row({{"BUDGET_ANNEE", "2018/2017"}},
                                 version_of(Schema::deliberations, "2.0.0"))
                    .empty());
}

TEST(ScdlCustomChecks, CohesiveColumnsAreAllFilledOrAllEmpty) {
    EXPECT_TRUE(deliberation_row({{"BUDGET_ANNEE", ""}, {"BUDGET_NOM", ""}}).empty());
    EXPECT_EQ(rules(deliberation_row({{"BUDGET_NOM", ""}})),
              Rules{"cohesive-columns-value@BUDGET_ANNEE"});
    EXPECT_EQ(rules(deliberation_row({{"BUDGET_ANNEE", ""}})),
              Rules{"cohesive-columns-value@BUDGET_ANNEE"});
    EXPECT_TRUE(deliberation_row({{"VOTE_EFFECTIF", ""},
                                  {"VOTE_REEL", ""},
                                  {"VOTE_POUR", ""},
                                  {"VOTE_CONTRE", ""},
                                  {"VOTE_ABSTENTION", ""}})
                    .empty());
    // one vote count missing: cohesion fails; sum and compare are skipped on empty cells
    const auto fs = deliberation_row({{"VOTE_ABSTENTION", ""}});
    ASSERT_EQ(rules(fs), Rules{"cohesive-columns-value@VOTE_EFFECTIF"});
    EXPECT_NE(fs[0].message_fr.find("VOTE_EFFECTIF, VOTE_REEL, VOTE_POUR, VOTE_CONTRE, "
                                    "VOTE_ABSTENTION doivent toutes comporter une valeur ou toutes "
                                    "\u00EAtre vides (4 sur 5 remplies)"),
              std::string::npos);
}

TEST(ScdlCustomChecks, CompareColumnsOnDatesAndCounts) {
    EXPECT_TRUE(deliberation_row({{"PREF_DATE", "2017-10-15"}}).empty());
    EXPECT_EQ(rules(deliberation_row({{"PREF_DATE", "2017-10-14"}})),
              Rules{"compare-columns-value@PREF_DATE"});
    EXPECT_TRUE(deliberation_row({{"PREF_DATE", ""}}).empty()); // skipped on empty cells
    EXPECT_EQ(rules(deliberation_row({{"VOTE_EFFECTIF", "39"}})),
              Rules{"compare-columns-value@VOTE_EFFECTIF"});
    // numeric, not lexicographic: 100 >= 40
    EXPECT_TRUE(deliberation_row({{"VOTE_EFFECTIF", "100"}}).empty());
    const auto fs =
        deliberation_row({{"VOTE_POUR", "41"}, {"VOTE_CONTRE", "0"}, {"VOTE_ABSTENTION", "0"}});
    EXPECT_EQ(rules(fs), (Rules{"compare-columns-value@VOTE_REEL", "sum-columns-value@VOTE_REEL"}));
    EXPECT_EQ(
        fs[0].message_fr,
        "Ligne 2, colonne 13 (VOTE_REEL)\u00A0: la valeur de la colonne VOTE_REEL "
        "\u00AB\u00A040\u00A0\u00BB devrait \u00EAtre sup\u00E9rieure ou \u00E9gale \u00E0 la "
        "valeur de la colonne VOTE_POUR \u00AB\u00A041\u00A0\u00BB");
    // a cell that failed its type is not compared
    EXPECT_EQ(rules(deliberation_row({{"PREF_DATE", "14/10/2017"}})), Rules{"type-date@PREF_DATE"});
}

TEST(ScdlCustomChecks, SumColumnsIsExactEvenBeyond64Bits) {
    const auto fs = deliberation_row({{"VOTE_POUR", "24"}});
    ASSERT_EQ(rules(fs), Rules{"sum-columns-value@VOTE_REEL"});
    EXPECT_EQ(fs[0].message_fr,
              "Ligne 2, colonne 13 (VOTE_REEL)\u00A0: la valeur \u00AB\u00A040\u00A0\u00BB "
              "devrait \u00EAtre la somme des colonnes VOTE_POUR, VOTE_CONTRE, VOTE_ABSTENTION "
              "(24 + 10 + 5)");
    const Row big = {{"VOTE_EFFECTIF", "100000000000000000000"},
                     {"VOTE_REEL", "100000000000000000000"},
                     {"VOTE_POUR", "99999999999999999999"},
                     {"VOTE_CONTRE", "1"},
                     {"VOTE_ABSTENTION", "0"}};
    EXPECT_TRUE(deliberation_row(big).empty());
    Row off = big;
    off["VOTE_CONTRE"] = "2";
    EXPECT_EQ(rules(deliberation_row(off)), Rules{"sum-columns-value@VOTE_REEL"});
    EXPECT_EQ(rules(deliberation_row({{"VOTE_POUR", "25.0"}})), Rules{"type-integer@VOTE_POUR"});
}

TEST(ScdlCustomChecks, NomenclatureActesChecksTheLevelOneLabel) {
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"Finances locales/Subventions", ""},
        {"finances LOCALES/subventions", ""},
        {"Domaines de comp\u00E9tences par th\u00E8mes/Culture", ""},
        {"Domaines de competences par themes/Culture", ""},
        {"DOMAINES DE COMP\u00C9TENCES PAR TH\u00C8MES/Culture", ""},
        {"Domaines de compe\u0301tences par the\u0300mes/Culture", ""}, // NFD
        {"Libert\u00E9s publiques et pouvoirs de police/Police municipale", ""},
        {"Finances locales/", ""},
        {"Finances locales", "slash"},
        {"Finances locales / Subventions", "space"},
        {"Finances locales /Subventions", "space"},
        {"Finances locales/ Subventions", "space"},
        {"Finances/Subventions", "prefix"},
        {"Subventions/Finances locales", "prefix"},
        {"Finances  locales/Subventions", "prefix"},
        {"7.5/Subventions", "prefix"},
    };
    for (const auto& [value, why] : cases) {
        const auto fs = deliberation_row({{"DELIB_MATIERE_NOM", value}});
        if (why.empty()) {
            EXPECT_TRUE(fs.empty()) << value << ": " << fs.front().message_fr;
            continue;
        }
        ASSERT_EQ(rules(fs), Rules{"nomenclature-actes-value@DELIB_MATIERE_NOM"}) << value;
        const std::string expected_part =
            why == "slash"   ? "le signe oblique \u00AB\u00A0/\u00A0\u00BB est manquant"
            : why == "space" ? "ni pr\u00E9c\u00E9d\u00E9 ni suivi d'une espace"
                             : "n'est pas une mati\u00E8re de niveau 1";
        EXPECT_NE(fs[0].message_fr.find(expected_part), std::string::npos) << fs[0].message_fr;
    }
}

TEST(ScdlCells, DeliberationTypesAndPatterns) {
    EXPECT_TRUE(deliberation_row({{"DELIB_MATIERE_CODE", "7.10"}}).empty());
    for (const std::string bad : {"7.100", "7,5", "75", "10.1"})
        EXPECT_EQ(rules(deliberation_row({{"DELIB_MATIERE_CODE", bad}})),
                  Rules{"pattern@DELIB_MATIERE_CODE"})
            << bad;
    EXPECT_EQ(rules(deliberation_row({{"DELIB_URL", "pas une adresse"}})),
              Rules{"type-string@DELIB_URL"});
    EXPECT_EQ(rules(deliberation_row({{"DELIB_URL", "data.maville.fr/a.pdf"}})),
              Rules{"type-string@DELIB_URL"});
    EXPECT_TRUE(deliberation_row({{"DELIB_URL", ""}}).empty());
    EXPECT_TRUE(deliberation_row({{"DELIB_URL", "mailto:greffe@maville.fr"}}).empty());
    EXPECT_EQ(rules(deliberation_row({{"VOTE_EFFECTIF", "quarante"}})),
              Rules{"type-integer@VOTE_EFFECTIF"});
    EXPECT_EQ(rules(deliberation_row({{"COLL_SIRET", "21860194600000"}})),
              Rules{"french-siret-value@COLL_SIRET"});
    // délibérations 2.0.0: DELIB_MATIERE_NOM pattern ^\w+( \w+)*\/[ \w]+$, Python's \w
    const auto v200 = version_of(Schema::deliberations, "2.0.0");
    EXPECT_TRUE(deliberation_row({{"DELIB_MATIERE_NOM",
                                   "Domaines de comp\u00E9tences par th\u00E8mes/Am\u00E9nagement "
                                   "du territoire"}},
                                 v200)
                    .empty());
    EXPECT_EQ(
        rules(deliberation_row({{"DELIB_MATIERE_NOM", "Finances locales\\Subventions"}}, v200)),
        Rules{"pattern@DELIB_MATIERE_NOM"});
    EXPECT_EQ(
        rules(deliberation_row({{"DELIB_MATIERE_NOM", "Finances, locales/Subventions"}}, v200)),
        Rules{"pattern@DELIB_MATIERE_NOM"});
}

// ---- header ------------------------------------------------------------------------------------

std::vector<Finding> header_only(std::vector<std::string> header,
                                 SchemaVersion v = latest(Schema::subventions)) {
    return run(v, header, {});
}

TEST(ScdlHeader, ExactHeaderHasNoFinding) {
    for (const auto& v : shipped_versions())
        EXPECT_TRUE(header_only(field_names(v), v).empty()) << v.to_string();
}

TEST(ScdlHeader, MissingRequiredColumnIsAnErrorMissingOptionalAWarning) {
    auto h = field_names(latest(Schema::subventions));
    h.erase(h.begin() + 15); // dispositifAide (optional)
    h.erase(h.begin() + 8);  // montant (required)
    const auto fs = header_only(h);
    ASSERT_EQ(rules(fs), (Rules{"column-missing@montant", "column-missing@dispositifAide"}));
    EXPECT_EQ(fs[0].severity, Severity::error);
    EXPECT_EQ(fs[1].severity, Severity::warning);
    EXPECT_EQ(fs[0].row, 1U);
    EXPECT_EQ(fs[0].column, 0U);
    EXPECT_EQ(fs[0].message_fr, "En-t\u00EAte\u00A0: la colonne \u00AB\u00A0montant\u00A0\u00BB "
                                "(obligatoire) est absente");
}

TEST(ScdlHeader, ExtraBlankAndDuplicateColumns) {
    auto h = field_names(latest(Schema::subventions));
    h.push_back("commentaire");
    h.push_back("");
    h.push_back("objet");
    const auto fs = header_only(h);
    EXPECT_EQ(rules(fs),
              (Rules{"column-duplicate@objet", "column-extra@commentaire", "column-blank@"}));
    EXPECT_EQ(fs[0].column, 19U);
    EXPECT_EQ(fs[1].column, 17U);
    EXPECT_EQ(fs[1].message_fr, "En-t\u00EAte, colonne 17\u00A0: la colonne \u00AB\u00A0"
                                "commentaire\u00A0\u00BB n'appartient pas au sch\u00E9ma "
                                "subventions 2.1.1");
}

TEST(ScdlHeader, NearMissesAreMisnamedWithTheIntendedNameAndValidatedAsIt) {
    for (const std::string written :
         {"NOM_Beneficiaire", "nom beneficiaire", "NomBeneficiaire", "nomBeneficiare",
          "nom_b\u00E9n\u00E9ficiaire", "Nom du b\u00E9n\u00E9ficiaire", "nomBeneficiaire "}) {
        const auto v = latest(Schema::subventions);
        auto h = field_names(v);
        h[4] = written;
        const auto fs = run(v, h, {cells_of(v, subvention_base, {{"nomBeneficiaire", ""}})});
        ASSERT_EQ(rules(fs), (Rules{"column-misnamed@" + written, "required@nomBeneficiaire"}))
            << written;
        EXPECT_EQ(fs[0].suggestion, std::optional<std::string>("nomBeneficiaire")) << written;
        EXPECT_EQ(fs[0].column, 5U);
        EXPECT_EQ(fs[1].column, 5U);
    }
    // too far from any name: an extra column, and the field is missing
    auto h = field_names(latest(Schema::subventions));
    h[4] = "raisonSociale";
    EXPECT_EQ(rules(header_only(h)),
              (Rules{"column-extra@raisonSociale", "column-missing@nomBeneficiaire"}));
}

TEST(ScdlHeader, ReorderedColumnsAreFlaggedBothWhenSwapped) {
    auto h = field_names(latest(Schema::subventions));
    std::swap(h[0], h[1]);
    const auto fs = header_only(h);
    ASSERT_EQ(rules(fs), (Rules{"column-order@idAttribuant", "column-order@nomAttribuant"}));
    EXPECT_EQ(fs[0].column, 1U);
    EXPECT_EQ(fs[1].column, 2U);
    EXPECT_NE(fs[0].message_fr.find("le sch\u00E9ma la met apr\u00E8s \u00AB\u00A0nomAttribuant"
                                    "\u00A0\u00BB"),
              std::string::npos);
    // an extra column in between, or a missing one, is not a reordering
    auto h2 = field_names(latest(Schema::subventions));
    h2.insert(h2.begin() + 3, "commentaire");
    h2.erase(h2.begin() + 10);
    for (const auto& f : header_only(h2))
        EXPECT_NE(f.rule, Check::column_order) << f.message_fr;
}

TEST(ScdlHeader, CellsAreReadByColumnNameNotPosition) {
    const auto v = latest(Schema::subventions);
    auto h = field_names(v);
    auto cells = cells_of(v, subvention_base, {{"montant", "abc"}});
    std::swap(h[8], h[14]);
    std::swap(cells[8], cells[14]);
    const auto fs = run(v, h, {cells});
    EXPECT_EQ(rules(fs), (Rules{"column-order@pourcentageSubvention", "column-order@montant",
                                "type-number@montant"}));
    EXPECT_EQ(fs[2].column, 15U);
}

// ---- rows --------------------------------------------------------------------------------------

TEST(ScdlRows, BlankMissingAndExtraCells) {
    const auto v = latest(Schema::subventions);
    const auto h = field_names(v);
    auto full = cells_of(v, subvention_base, {});
    std::vector<std::string> blank(h.size(), "");
    auto short_row = full;
    short_row.resize(14); // notificationUE, pourcentage and dispositifAide missing
    auto long_row = full;
    long_row.push_back("en trop");
    long_row.push_back("");
    const auto fs = run(v, h, {blank, {""}, short_row, long_row});
    EXPECT_EQ(rules(fs), (Rules{"row-blank@", "row-blank@",
                                "row-missing-cells@pourcentageSubvention", "row-extra-cells@"}));
    EXPECT_EQ(fs[0].row, 2U);
    EXPECT_EQ(fs[1].row, 3U);
    EXPECT_EQ(fs[2].row, 4U);
    EXPECT_EQ(fs[2].column, 15U);
    EXPECT_EQ(fs[3].column, 17U);
    EXPECT_EQ(fs[3].value, "en trop");
    EXPECT_EQ(fs[2].message_fr,
              "Ligne 4, colonne 15 (pourcentageSubvention)\u00A0: 2 cellules manquantes\u00A0: "
              "la ligne a 14 cellules, l'en-t\u00EAte 16 colonnes");
}

TEST(ScdlRows, RowBeforeHeaderIsAMisuse) {
    Validator v(latest(Schema::subventions));
    const std::vector<std::string_view> cells{"a"};
    EXPECT_THROW(v.row(2, cells, {}), std::logic_error);
}

TEST(ScdlRows, HappyPathAllocatesNothing) {
    for (const Schema s : {Schema::subventions, Schema::deliberations}) {
        const auto v = latest(s);
        const auto h = field_names(v);
        const auto cells =
            cells_of(v, s == Schema::subventions ? subvention_base : deliberation_base, {});
        const std::vector<std::string_view> hv(h.begin(), h.end()), cv(cells.begin(), cells.end());
        std::uint64_t findings = 0;
        const FindingSink sink = [&](const Finding&) { ++findings; };
        Validator val(v);
        val.header(hv, sink);
        val.row(2, cv, sink); // warm-up: lazily built tables and scratch buffers
        const auto before = g_allocations.load();
        for (std::uint64_t r = 3; r < 1003; ++r)
            val.row(r, cv, sink);
        EXPECT_EQ(g_allocations.load() - before, 0U) << to_string(s);
        EXPECT_EQ(findings, 0U);
    }
}

// ---- whole files -------------------------------------------------------------------------------

std::string csv_line(const std::vector<std::string>& cells, char sep = ',') {
    std::ostringstream os;
    std::vector<std::string_view> v(cells.begin(), cells.end());
    subvention::io::csv::write_record(os, v, sep, subvention::io::csv::LineEnding::lf);
    return os.str();
}

std::string subvention_file(char sep = ',', std::size_t rows = 3) {
    const auto v = latest(Schema::subventions);
    std::string s = csv_line(field_names(v), sep);
    for (std::size_t i = 0; i < rows; ++i)
        s += csv_line(cells_of(v, subvention_base, {}), sep);
    return s;
}

struct FileRun {
    Summary summary;
    std::vector<Finding> findings;
};

FileRun run_text(std::string_view text, ValidateOptions o = {}) {
    FileRun r;
    r.summary = validate(text, o, [&](const Finding& f) { r.findings.push_back(f); });
    return r;
}

TEST(ScdlFiles, ValidFileFromBufferAndStreamAgree) {
    std::string text = subvention_file();
    text += csv_line(cells_of(latest(Schema::subventions), subvention_base,
                              {{"montant", "1,5"}, {"notificationUE", "peut-\u00EAtre"}}));
    const auto a = run_text(text);
    std::istringstream in(text);
    std::vector<Finding> b;
    const auto sb = validate(in, {}, [&](const Finding& f) { b.push_back(f); });
    EXPECT_EQ(rules(a.findings), rules(b));
    EXPECT_EQ(rules(a.findings), (Rules{"type-number@montant", "type-boolean@notificationUE"}));
    EXPECT_EQ(a.findings[0].row, 5U);
    EXPECT_EQ(a.summary.rows, 4U);
    EXPECT_EQ(sb.rows, 4U);
    EXPECT_FALSE(a.summary.valid);
    EXPECT_TRUE(a.summary.readable);
    EXPECT_EQ(a.summary.findings, 2U);
    EXPECT_EQ(a.summary.count(Check::type_number), 1U);
    EXPECT_EQ(a.summary.count(Check::type_boolean), 1U);
}

TEST(ScdlFiles, SemicolonSeparatorBlocksUnlessLenient) {
    const std::string text = subvention_file(';');
    const auto strict = run_text(text);
    EXPECT_EQ(rules(strict.findings), Rules{"file-separator@"});
    EXPECT_FALSE(strict.summary.readable);
    EXPECT_FALSE(strict.summary.valid);
    ValidateOptions lenient;
    lenient.lenient = true;
    const auto l = run_text(text, lenient);
    EXPECT_EQ(rules(l.findings), Rules{"file-separator@"});
    EXPECT_TRUE(l.summary.readable);
    EXPECT_FALSE(l.summary.valid); // still not SCDL
    EXPECT_EQ(l.summary.rows, 3U);
}

TEST(ScdlFiles, ByteOrderMarkIsAWarningAndTheFileStaysValid) {
    const auto r = run_text("\xEF\xBB\xBF" + subvention_file());
    ASSERT_EQ(rules(r.findings), Rules{"file-bom@"});
    EXPECT_EQ(r.findings[0].severity, Severity::warning);
    EXPECT_TRUE(r.summary.valid);
    EXPECT_EQ(r.summary.findings, 1U);
}

TEST(ScdlFiles, Windows1252IsAnEncodingError) {
    std::string text = subvention_file();
    const auto pos = text.find("CEA DU PERSONNEL");
    text.replace(pos, 3,
                 "C\xC9"
                 "E"); // É in Windows-1252
    EXPECT_EQ(rules(run_text(text).findings), Rules{"file-encoding@"});
    ValidateOptions lenient;
    lenient.lenient = true;
    const auto l = run_text(text, lenient);
    EXPECT_EQ(rules(l.findings), Rules{"file-encoding@"});
    EXPECT_EQ(l.summary.rows, 3U);
}

TEST(ScdlFiles, EmptyInputIsAnEmptyFile) {
    const auto r = run_text("");
    EXPECT_EQ(rules(r.findings), Rules{"file-empty@"});
    EXPECT_FALSE(r.summary.readable);
    EXPECT_EQ(r.findings[0].row, 0U);
}

TEST(ScdlFiles, SchemaIsDetectedFromTheHeaderOrForced) {
    const auto dv = latest(Schema::deliberations);
    const std::string delib =
        csv_line(field_names(dv)) + csv_line(cells_of(dv, deliberation_base, {}));
    const auto r = run_text(delib);
    EXPECT_TRUE(r.findings.empty());
    EXPECT_EQ(r.summary.schema, Schema::deliberations);
    EXPECT_EQ(r.summary.version, dv);
    ValidateOptions o;
    o.version = version_of(Schema::subventions, "2.0.2");
    const auto forced = run_text(subvention_file(), o);
    EXPECT_EQ(forced.summary.version, *o.version);
    // 2.0.2 has no rnaBeneficiaire nor dispositifAide
    EXPECT_EQ(rules(forced.findings),
              (Rules{"column-extra@rnaBeneficiaire", "column-extra@dispositifAide"}));
    const std::vector<std::string_view> titles{"Nom de la collectivit\u00E9", "DELIB_ID",
                                               "DELIB_DATE"};
    EXPECT_EQ(detect_schema(titles), Schema::deliberations);
}

} // namespace

} // namespace test_io_scdl_test
