#include <subvention/result.hpp>

#include <gtest/gtest.h>

namespace sv = subvention;

TEST(Result, HoldsValueOrError) {
    const sv::Result<int> ok = 42;
    EXPECT_TRUE(ok.ok());
    EXPECT_EQ(ok.value(), 42);
    EXPECT_THROW((void)ok.error(), std::logic_error);

    const sv::Result<int> ko = sv::make_error(sv::ErrorKind::checksum, "SIREN", "440672021",
                                              "la clé de Luhn est fausse");
    EXPECT_FALSE(ko.ok());
    EXPECT_EQ(ko.error().kind, sv::ErrorKind::checksum);
    EXPECT_EQ(sv::to_string(ko.error().kind), "checksum");
}

TEST(Result, ValueOnErrorThrowsParseFailureNamingFieldAndValue) {
    const sv::Result<int> ko =
        sv::make_error(sv::ErrorKind::format, "montant", "57.000", "ambigu");
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
