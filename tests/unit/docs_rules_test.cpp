// SPDX-License-Identifier: Apache-2.0
// docs/rules/<ID>.md agrees with the catalogue: one page per built-in rule and no other, its
// title line, every legal basis of the rule with the version of the text, and two examples
// that are run here — a JSON Patch (RFC 6902) on docs/rules/base-dossier.json that fires the
// rule, and one that does not.
//
// docs/rules/base-dossier.json is the test suite's clean dossier (tests/support/clean_dossier.hpp:
// the APES dossier with every defect repaired, moved to 2024); regenerate it with
// SUBVENTION_REGENERATE_DOCS=1 when that fixture changes.
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <subvention/compliance/catalogue.hpp>
#include <subvention/compliance/checker.hpp>
#include <subvention/io/json.hpp>

#include "support/clean_dossier.hpp"

// Each suite in its own namespace: the suites of a group are compiled together (unity build).
namespace test_docs_rules_test {

namespace {

namespace fs = std::filesystem;
using namespace subvention;
using namespace subvention::compliance;
using nlohmann::json;

const fs::path docs_dir = fs::path(SUBVENTION_SOURCE_DIR) / "docs" / "rules";

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

struct Example {
    std::string kind;  ///< "fires" or "silent"
    std::string stage; ///< "draft" (default) or "signed"
    std::string patch;
};

/// The fenced blocks « ```json fires [stage=signed] » and « ```json silent … » of a page.
std::vector<Example> examples_of(const std::string& page) {
    std::vector<Example> out;
    static const std::regex fence(
        R"(```json (fires|silent)( stage=(draft|signed))?\n([\s\S]*?)```)");
    for (auto it = std::sregex_iterator(page.begin(), page.end(), fence);
         it != std::sregex_iterator(); ++it)
        out.push_back(
            {(*it)[1].str(), (*it)[3].matched ? (*it)[3].str() : "draft", (*it)[4].str()});
    return out;
}

/// The bullets of the « ## Legal basis » section of a page, without their « - ». What single
/// diagnostics cite besides the rule's basis is said in paragraphs after the list.
std::vector<std::string> basis_bullets(const std::string& page) {
    std::vector<std::string> out;
    const auto start = page.find("## Legal basis\n");
    if (start == std::string::npos)
        return out;
    std::istringstream section(page.substr(start, page.find("\n## ", start + 1) - start));
    for (std::string line; std::getline(section, line);)
        if (line.rfind("- ", 0) == 0)
            out.push_back(line.substr(2));
    return out;
}

/// `s` with every markdown link « [text](url) » reduced to its text.
std::string plain(const std::string& s) {
    static const std::regex link(R"(\[([^\]]*)\]\([^)]*\))");
    return std::regex_replace(s, link, "$1");
}

TEST(DocsRules, BaseDossierIsTheCleanDossierOfTheTests) {
    const auto expected = io::to_json(subvention::testing::clean_dossier()) + "\n";
    const auto path = docs_dir / "base-dossier.json";
    if (std::getenv("SUBVENTION_REGENERATE_DOCS") != nullptr) {
        std::ofstream(path, std::ios::binary) << expected;
    }
    EXPECT_EQ(slurp(path), expected) << "regenerate with SUBVENTION_REGENERATE_DOCS=1";
    // The base fires nothing but the information on publication.
    const auto r = check(subvention::testing::clean_dossier());
    for (const auto& d : r.diagnostics)
        EXPECT_EQ(d.rule, "PUBLICATION-OPEN-DATA");
}

TEST(DocsRules, EveryBuiltInRuleHasAPageAndEveryPageARule) {
    std::set<std::string> pages;
    for (const auto& e : fs::directory_iterator(docs_dir))
        if (e.path().extension() == ".md" && e.path().filename() != "README.md" &&
            e.path().filename() != "extraction.md" && e.path().filename() != "scdl.md")
            pages.insert(e.path().stem().string());
    std::set<std::string> ids;
    for (const auto& r : builtin_catalogue())
        ids.insert(r.id);
    EXPECT_EQ(pages, ids);
}

TEST(DocsRules, TheExtractionAndScdlPagesDocumentEveryIdOfTheirFamily) {
    const auto extraction = slurp(docs_dir / "extraction.md");
    const auto scdl = slurp(docs_dir / "scdl.md");
    for (const auto& k : known_ids()) {
        ASSERT_TRUE(k.family == Family::extraction || k.family == Family::scdl) << k.id;
        const auto& page = k.family == Family::extraction ? extraction : scdl;
        // append, not "`" + std::string: GCC 12 -O3 false -Wstringop-overflow (GCC bug 105651)
        EXPECT_NE(page.find(std::string("`").append(k.id).append("`")), std::string::npos) << k.id;
    }
}

TEST(DocsRules, TheIndexListsEveryRuleAndTheExtractionAndScdlPages) {
    const auto index = slurp(docs_dir / "README.md");
    for (const auto& r : builtin_catalogue())
        EXPECT_NE(index.find("[" + r.id + "](" + r.id + ".md)"), std::string::npos) << r.id;
    EXPECT_NE(index.find("extraction.md"), std::string::npos);
    EXPECT_NE(index.find("scdl.md"), std::string::npos);
}

TEST(DocsRules, EachPageNamesItsRuleItsBasisWithItsVersionAndItsFamily) {
    static const std::regex version_date(
        R"((version|en vigueur|in force|consolidated|consolidée)[^\n]*\d{4})", std::regex::icase);
    for (const auto& r : builtin_catalogue()) {
        SCOPED_TRACE(r.id);
        const auto page = slurp(docs_dir / (r.id + ".md"));
        ASSERT_FALSE(page.empty());
        EXPECT_EQ(page.rfind("# " + r.id + " — " + r.title_fr + "\n", 0), 0u)
            << "first line: # " << r.id << " — " << r.title_fr;
        EXPECT_NE(page.find(r.title_en), std::string::npos);
        EXPECT_NE(page.find("`" + std::string(to_string(r.family)) + "`"), std::string::npos);
        const auto basis = page.find("## Legal basis");
        ASSERT_NE(basis, std::string::npos);
        const auto section = page.substr(basis, page.find("\n## ", basis + 1) - basis);
        for (const auto& b : r.legal_basis)
            EXPECT_NE(section.find(b.to_string()), std::string::npos) << b.to_string();
        EXPECT_TRUE(std::regex_search(section, version_date)) << "no version date of the text";
    }
}

TEST(DocsRules, EachBasisBulletIsTheRulesBasisInOrderWithTheVersionTheCodeApplies) {
    // « - <text> art. <article> — <what it says>; version applied: <version>. »: one bullet per
    // basis of the rule, in order; the code's version is the page's, or its leading part.
    const std::string marker = "version applied: ";
    for (const auto& r : builtin_catalogue()) {
        SCOPED_TRACE(r.id);
        const auto bullets = basis_bullets(slurp(docs_dir / (r.id + ".md")));
        ASSERT_EQ(bullets.size(), r.legal_basis.size());
        for (std::size_t i = 0; i < bullets.size(); ++i) {
            const auto& b = r.legal_basis[i];
            const auto& bullet = bullets[i];
            EXPECT_EQ(bullet.rfind(b.to_string() + " — ", 0), 0u)
                << "bullet " << i + 1 << " is not « " << b.to_string() << " — … »: " << bullet;
            const auto at = bullet.find(marker);
            ASSERT_NE(at, std::string::npos) << "no « version applied: » in: " << bullet;
            const auto phrase = plain(bullet.substr(at + marker.size()));
            ASSERT_FALSE(b.version.empty()) << b.to_string() << " has no version in the code";
            EXPECT_NE(b.version.back(), '.') << b.version;
            EXPECT_EQ(phrase.rfind(b.version, 0), 0u)
                << b.to_string() << "\n  page: " << phrase << "\n  code: " << b.version;
        }
    }
}

TEST(DocsRules, EachPageHasAnExampleThatFiresTheRuleInBothLanguagesAndOneThatDoesNot) {
    const json base = json::parse(slurp(docs_dir / "base-dossier.json"));
    for (const auto& r : builtin_catalogue()) {
        SCOPED_TRACE(r.id);
        const auto examples = examples_of(slurp(docs_dir / (r.id + ".md")));
        bool fires = false, silent = false;
        for (const auto& ex : examples) {
            json patched;
            try {
                patched = base.patch(json::parse(ex.patch));
            } catch (const json::exception& e) {
                ADD_FAILURE() << ex.kind << " example: " << e.what();
                continue;
            }
            const auto dossier = io::dossier_from_json(patched.dump());
            ASSERT_TRUE(dossier.ok()) << ex.kind << " example: " << dossier.error().describe();
            CheckOptions o;
            o.rules = {r.id};
            o.stage = ex.stage == "signed" ? Stage::signed_ : Stage::draft;
            const auto report = check(*dossier, o);
            if (ex.kind == "fires") {
                fires = true;
                EXPECT_FALSE(report.diagnostics.empty()) << "the « fires » example is silent";
                for (const auto& d : report.diagnostics) {
                    // Every finding speaks both languages, each in its own words, rendered
                    // from the message catalogue.
                    EXPECT_FALSE(d.message_fr.empty());
                    EXPECT_FALSE(d.message_en.empty());
                    EXPECT_NE(d.message_fr, d.message_en);
                    ASSERT_FALSE(d.parts.empty());
                    EXPECT_EQ(d.message_fr, render(d.parts, Lang::fr));
                    EXPECT_EQ(d.message_en, render(d.parts, Lang::en));
                    EXPECT_FALSE(d.legal_basis.empty());
                    for (const auto& b : d.legal_basis)
                        EXPECT_FALSE(b.version.empty()) << "no version for " << b.to_string();
                }
            } else {
                silent = true;
                EXPECT_TRUE(report.diagnostics.empty())
                    << "the « silent » example fires: " << report.diagnostics.front().message_en;
            }
        }
        EXPECT_TRUE(fires) << "no ```json fires example";
        EXPECT_TRUE(silent) << "no ```json silent example";
    }
}

} // namespace

} // namespace test_docs_rules_test
