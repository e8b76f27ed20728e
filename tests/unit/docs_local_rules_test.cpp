// SPDX-License-Identifier: Apache-2.0
// docs/local-rules.md agrees with the fact vocabulary of local rules: every fact has its row in
// the « Fact vocabulary » tables with its type and every code value, every field of a list has
// its row under the list's heading, and no row names a fact that does not exist.
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <string_view>

#include <gtest/gtest.h>

#include <subvention/local/facts.hpp>

// Each suite in its own namespace: the suites of a group are compiled together (unity build).
namespace test_docs_local_rules_test {

namespace {

namespace fs = std::filesystem;
using namespace subvention::local;

const fs::path page_path = fs::path(SUBVENTION_SOURCE_DIR) / "docs" / "local-rules.md";

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

/// The part of the page from « ## Fact vocabulary » to the next « ## » heading.
std::string vocabulary_section(const std::string& page) {
    const auto start = page.find("\n## Fact vocabulary\n");
    if (start == std::string::npos)
        return {};
    const auto end = page.find("\n## ", start + 1);
    return page.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

/// Table rows « | `name` | type | … » of `text`, by name; a row repeated is kept twice.
std::multimap<std::string, std::string> rows(const std::string& text) {
    std::multimap<std::string, std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        if (line.rfind("| `", 0) != 0)
            continue;
        const auto close = line.find('`', 3);
        if (close != std::string::npos)
            out.emplace(line.substr(3, close - 3), line);
    }
    return out;
}

/// The second cell of a table row (the type).
std::string type_cell(const std::string& row) {
    const auto first = row.find(" | ");
    const auto second = row.find(" |", first + 3);
    return row.substr(first + 3, second - first - 3);
}

/// The text under the heading « #### `list` », up to the next heading.
std::string list_section(const std::string& section, std::string_view list) {
    const std::string heading = "#### `" + std::string(list) + "`\n";
    const auto start = section.find(heading);
    if (start == std::string::npos)
        return {};
    const auto end = section.find("\n#", start + heading.size());
    return section.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

void expect_row(const std::multimap<std::string, std::string>& table, const FactInfo& info,
                std::string_view where) {
    const std::string name(info.name);
    ASSERT_EQ(table.count(name), 1U) << where << ": one row for `" << name << "`";
    const std::string& row = table.find(name)->second;
    EXPECT_EQ(type_cell(row), to_string(info.type)) << where << ": type of `" << name << "`";
    // append, not "`" + std::string: GCC 12 -O3 false -Wstringop-overflow (GCC bug 105651)
    for (const auto& value : info.values)
        EXPECT_NE(row.find(std::string("`").append(value).append("`")), std::string::npos)
            << where << ": code value `" << value << "` of `" << name << "`";
    for (const auto& field : info.fields)
        EXPECT_NE(row.find(std::string("`").append(field.name).append("`")), std::string::npos)
            << where << ": field `" << field.name << "` listed on the row of `" << name << "`";
}

TEST(DocsLocalRules, EveryFactHasItsRowWithItsTypeAndCodeValues) {
    const auto section = vocabulary_section(slurp(page_path));
    ASSERT_FALSE(section.empty()) << "docs/local-rules.md has no « ## Fact vocabulary »";
    // The facts' rows are those before the fields' tables.
    const auto table = rows(section.substr(0, section.find("#### ")));
    for (const auto& info : fact_vocabulary())
        expect_row(table, info, "facts");
}

TEST(DocsLocalRules, EveryFieldOfAListHasItsRowUnderTheList) {
    const auto section = vocabulary_section(slurp(page_path));
    for (const auto& info : fact_vocabulary()) {
        if (info.type != Type::list)
            continue;
        const auto fields = list_section(section, info.name);
        ASSERT_FALSE(fields.empty()) << "no « #### `" << info.name << "` » heading";
        const auto table = rows(fields);
        for (const auto& field : info.fields)
            expect_row(table, field, info.name);
        EXPECT_EQ(table.size(), info.fields.size()) << info.name << ": as many rows as fields";
    }
}

TEST(DocsLocalRules, EveryDocumentedFactExists) {
    const auto section = vocabulary_section(slurp(page_path));
    const auto table = rows(section.substr(0, section.find("#### ")));
    std::set<std::string> documented;
    for (const auto& [name, row] : table)
        documented.insert(name);
    std::set<std::string> facts;
    for (const auto& info : fact_vocabulary())
        facts.insert(std::string(info.name));
    EXPECT_EQ(documented, facts);
}

} // namespace

} // namespace test_docs_local_rules_test
