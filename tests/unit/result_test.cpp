// SPDX-License-Identifier: Apache-2.0
#include <gtest/gtest.h>

#include <subvention/result.hpp>

// Each suite in its own namespace: the suites of a group are compiled together (unity build).
namespace test_result_test {

namespace sv = subvention;

TEST(Result, HoldsValueOrError) {
    const sv::Result<int> ok = 42;
    EXPECT_TRUE(ok.ok());
    EXPECT_EQ(ok.value(), 42);
    EXPECT_THROW((void)ok.error(), std::logic_error);

    const sv::Result<int> ko =
        sv::make_error(sv::ErrorKind::checksum, "SIREN", "440672021", "la clé de Luhn est fausse");
    EXPECT_FALSE(ko.ok());
    EXPECT_EQ(ko.error().kind, sv::ErrorKind::checksum);
    EXPECT_EQ(sv::to_string(ko.error().kind), "checksum");
}

TEST(Result, ValueOnErrorThrowsParseFailureNamingFieldAndValue) {
    const sv::Result<int> ko = sv::make_error(sv::ErrorKind::format, "montant", "57.000", "ambigu");
    try {
        (void)ko.value();
        FAIL() << "expected ParseFailure";
    } catch (const sv::ParseFailure& e) {
        const std::string what = e.what();
        EXPECT_NE(what.find("montant"), std::string::npos);
        EXPECT_NE(what.find("57.000"), std::string::npos);
        EXPECT_EQ(e.error().kind, sv::ErrorKind::format);
    }
}

TEST(Error, DescribeOmitsAnEmptyValueAndAnEmptyField) {
    using subvention::ErrorKind;
    EXPECT_EQ(subvention::make_error(ErrorKind::empty, "date", "", "la date est vide").describe(),
              "date\u00A0: la date est vide");
    EXPECT_EQ(subvention::make_error(ErrorKind::format, "", "", "octet nul").describe(),
              "octet nul");
}

TEST(Error, AQuotedValueIsShortenedAtACharacterBoundary) {
    const std::string huge = "é" + std::string(500, 'x');
    const auto e = subvention::make_error(subvention::ErrorKind::format, "montant", huge, "?");
    EXPECT_LE(e.value.size(), subvention::max_quoted_bytes + 3);
    EXPECT_TRUE(e.value.starts_with("é"));
    EXPECT_TRUE(e.value.ends_with("\u2026"));
    EXPECT_EQ(subvention::excerpt(std::string(120, 'a')), std::string(120, 'a'));
    EXPECT_EQ(subvention::excerpt("aé", 2), "a\u2026"); // never half of « é »
}

} // namespace test_result_test
