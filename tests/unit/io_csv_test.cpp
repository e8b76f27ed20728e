// SPDX-License-Identifier: Apache-2.0
// subvention::io::csv — the streaming RFC 4180 reader and the writer. Every reading test runs the
// whole-buffer path AND the stream path with every buffer size 1..64 (a property test on
// buffer boundaries) and requires the same records, rows, lines and issues from all of them.
#include <cstdint>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include <subvention/io/csv.hpp>

// Each suite in its own namespace: the suites of a group are compiled together (unity build).
namespace test_io_csv_test {

namespace {

namespace csv = subvention::io::csv;
using csv::IssueKind;
using Rows = std::vector<std::vector<std::string>>;

struct IssueSeen {
    IssueKind kind;
    std::uint64_t row;
    std::string value;
    bool blocking;
    std::uint64_t count;
    friend bool operator==(const IssueSeen&, const IssueSeen&) = default;
};

struct Outcome {
    Rows rows;
    std::vector<std::uint64_t> row_numbers;
    std::vector<std::uint64_t> lines;
    std::vector<IssueSeen> issues;
    char separator = 0;
    csv::Encoding encoding = csv::Encoding::utf8;
    bool blocked = false;
    friend bool operator==(const Outcome&, const Outcome&) = default;
};

void PrintTo(const Outcome& o, std::ostream* os) {
    *os << "{rows:";
    for (const auto& r : o.rows) {
        *os << " [";
        for (const auto& f : r)
            *os << '<' << f << '>';
        *os << ']';
    }
    *os << " issues:";
    for (const auto& i : o.issues)
        *os << ' ' << csv::to_string(i.kind) << '@' << i.row << '#' << i.count << '"' << i.value
            << '"' << (i.blocking ? "!" : "");
    *os << " sep:" << o.separator << " blocked:" << o.blocked << '}';
}

Outcome drain(csv::Reader& r) {
    Outcome o;
    csv::Record rec;
    while (r.next(rec)) {
        o.rows.emplace_back(rec.fields.begin(), rec.fields.end());
        o.row_numbers.push_back(rec.row);
        o.lines.push_back(rec.line);
    }
    EXPECT_FALSE(r.next(rec)) << "next() after the end must stay false";
    for (const auto& i : r.issues()) {
        o.issues.push_back({i.kind, i.row, i.value, i.blocking, i.count});
        EXPECT_FALSE(i.message_fr.empty());
        EXPECT_FALSE(i.message_en.empty());
    }
    o.separator = r.separator();
    o.encoding = r.encoding();
    o.blocked = r.blocked();
    return o;
}

Outcome read_buffer(std::string_view in, csv::Options opt = {}) {
    csv::Reader r(in, opt);
    return drain(r);
}

Outcome read_stream(std::string_view in, std::size_t buffer_size, csv::Options opt = {}) {
    std::istringstream s{std::string(in)};
    opt.buffer_size = buffer_size;
    csv::Reader r(s, opt);
    return drain(r);
}

/// Reads `in` by every path (whole buffer, streams with buffers of 1..64 bytes and the default
/// size), checks they agree, and returns the outcome.
Outcome read_all_ways(std::string_view in, csv::Options opt = {}) {
    const Outcome ref = read_buffer(in, opt);
    for (std::size_t size = 1; size <= 64; ++size)
        EXPECT_EQ(read_stream(in, size, opt), ref) << "buffer size " << size;
    EXPECT_EQ(read_stream(in, std::size_t{1} << 16, opt), ref) << "default buffer size";
    return ref;
}

const IssueSeen* find(const Outcome& o, IssueKind k) {
    for (const auto& i : o.issues)
        if (i.kind == k)
            return &i;
    return nullptr;
}

TEST(CsvReader, PlainCommaRecordsWithRowAndLineNumbers) {
    const auto o = read_all_ways("a,b,c\n1,2,3\n4,5,6\n");
    EXPECT_EQ(o.rows, (Rows{{"a", "b", "c"}, {"1", "2", "3"}, {"4", "5", "6"}}));
    EXPECT_EQ(o.row_numbers, (std::vector<std::uint64_t>{1, 2, 3}));
    EXPECT_EQ(o.lines, (std::vector<std::uint64_t>{1, 2, 3}));
    EXPECT_TRUE(o.issues.empty());
    EXPECT_EQ(o.separator, ',');
    EXPECT_FALSE(o.blocked);
}

TEST(CsvReader, Rfc4180QuotedFieldsWithSeparatorsAndDoubledQuotes) {
    const auto o = read_all_ways("h1,h2,h3\r\n\"a,b\",\"c\"\"d\",\"\"\r\n\"\"\"\",x,\"y\"\r\n");
    EXPECT_EQ(o.rows, (Rows{{"h1", "h2", "h3"}, {"a,b", "c\"d", ""}, {"\"", "x", "y"}}));
    EXPECT_TRUE(o.issues.empty());
}

TEST(CsvReader, QuotedLineBreaksStayInTheFieldAndDoNotAddRows) {
    const auto o = read_all_ways("id,texte\n1,\"ligne 1\nligne 2\r\nligne 3\rfin\"\n2,x\n");
    EXPECT_EQ(o.rows,
              (Rows{{"id", "texte"}, {"1", "ligne 1\nligne 2\r\nligne 3\rfin"}, {"2", "x"}}));
    EXPECT_EQ(o.row_numbers, (std::vector<std::uint64_t>{1, 2, 3}));
    EXPECT_EQ(o.lines, (std::vector<std::uint64_t>{1, 2, 6}));
}

TEST(CsvReader, MixedCrLfLfAndLoneCrLineEnds) {
    const auto o = read_all_ways("a,b\r\nc,d\ne,f\rg,h\r\n\ri,j");
    EXPECT_EQ(o.rows, (Rows{{"a", "b"}, {"c", "d"}, {"e", "f"}, {"g", "h"}, {""}, {"i", "j"}}));
    EXPECT_EQ(o.lines, (std::vector<std::uint64_t>{1, 2, 3, 4, 5, 6}));
    const auto* blank = find(o, IssueKind::blank_row);
    ASSERT_NE(blank, nullptr);
    EXPECT_EQ(blank->row, 5u);
    EXPECT_EQ(find(o, IssueKind::ragged_row), nullptr) << "a blank line is not a ragged row";
}

TEST(CsvReader, FinalLineBreakAddsNoRecordButATrailingSeparatorAddsAField) {
    EXPECT_EQ(read_all_ways("a,b\n").rows, (Rows{{"a", "b"}}));
    EXPECT_EQ(read_all_ways("a,b").rows, (Rows{{"a", "b"}}));
    EXPECT_EQ(read_all_ways("a,\n").rows, (Rows{{"a", ""}}));
    EXPECT_EQ(read_all_ways("a,").rows, (Rows{{"a", ""}}));
    EXPECT_EQ(read_all_ways("a,\"\"").rows, (Rows{{"a", ""}}));
    EXPECT_TRUE(read_all_ways("").rows.empty());
}

TEST(CsvReader, Utf8BomIsSkippedAndReportedNotBlocking) {
    const auto o = read_all_ways("\xEF\xBB\xBFnom,montant\nAPES,57000\n");
    EXPECT_EQ(o.rows, (Rows{{"nom", "montant"}, {"APES", "57000"}}));
    ASSERT_EQ(o.issues.size(), 1u);
    EXPECT_EQ(o.issues[0], (IssueSeen{IssueKind::utf8_bom, 0, "\\xEF\\xBB\\xBF", false, 1}));
}

TEST(CsvReader, Windows1252IsBlockingUnlessLenient) {
    const std::string in = "nom,ville\nCaf\xE9,S\xE8te\nOK,Lille\n\x80\x9C,\x81\n";
    const auto strict = read_all_ways(in);
    EXPECT_EQ(strict.rows, (Rows{{"nom", "ville"}})) << "reading stops at the first bad byte";
    EXPECT_TRUE(strict.blocked);
    ASSERT_EQ(strict.issues.size(), 1u);
    EXPECT_EQ(strict.issues[0], (IssueSeen{IssueKind::windows_1252, 2, "\\xE9", true, 1}));

    csv::Options lenient;
    lenient.lenient = true;
    const auto o = read_all_ways(in, lenient);
    EXPECT_FALSE(o.blocked);
    EXPECT_EQ(o.encoding, csv::Encoding::windows_1252);
    EXPECT_EQ(o.rows, (Rows{{"nom", "ville"},
                            {"Caf\u00E9", "S\u00E8te"},
                            {"OK", "Lille"},
                            {"\u20AC\u0153", "\u0081"}}));
    ASSERT_EQ(o.issues.size(), 1u);
    EXPECT_EQ(o.issues[0], (IssueSeen{IssueKind::windows_1252, 2, "\\xE9", false, 2}));
}

TEST(CsvReader, Windows1252TranscodesEveryByteToItsCodePoint) {
    // Property: each byte 0x80..0xFF alone in a field becomes exactly one UTF-8 character, the
    // WHATWG windows-1252 code point (0xA0..0xFF = Latin-1; 0x80 = €; undefined ones = C1).
    csv::Options lenient;
    lenient.lenient = true;
    for (unsigned b = 0x80; b <= 0xFF; ++b) {
        const std::string in = std::string("h\n") + static_cast<char>(b) + "\n";
        const auto o = read_buffer(in, lenient);
        ASSERT_EQ(o.rows.size(), 2u);
        const std::string& f = o.rows[1][0];
        char32_t cp = 0;
        if (f.size() == 2)
            cp = static_cast<char32_t>(((static_cast<unsigned char>(f[0]) & 0x1Fu) << 6) |
                                       (static_cast<unsigned char>(f[1]) & 0x3Fu));
        else if (f.size() == 3)
            cp = static_cast<char32_t>(((static_cast<unsigned char>(f[0]) & 0x0Fu) << 12) |
                                       ((static_cast<unsigned char>(f[1]) & 0x3Fu) << 6) |
                                       (static_cast<unsigned char>(f[2]) & 0x3Fu));
        if (b >= 0xA0)
            EXPECT_EQ(cp, static_cast<char32_t>(b)) << b;
        else
            EXPECT_TRUE(cp >= 0x80) << b;
    }
    EXPECT_EQ(read_buffer("h\n\x80\n", lenient).rows[1][0], "\u20AC");
    EXPECT_EQ(read_buffer("h\n\x92\n", lenient).rows[1][0], "\u2019");
    EXPECT_EQ(read_buffer("h\n\x8D\n", lenient).rows[1][0], "\u008D");
}

TEST(CsvReader, InvalidUtf8AfterValidUtf8IsAMixedFile) {
    const std::string in = "nom\nCr\xC3\xA9teil\nS\xE8te\n\xC3\n";
    const auto strict = read_all_ways(in);
    EXPECT_EQ(strict.rows, (Rows{{"nom"}, {"Cr\u00E9teil"}}));
    EXPECT_TRUE(strict.blocked);
    ASSERT_EQ(strict.issues.size(), 1u);
    EXPECT_EQ(strict.issues[0], (IssueSeen{IssueKind::invalid_utf8, 3, "\\xE8", true, 1}));
    EXPECT_EQ(strict.encoding, csv::Encoding::utf8);

    csv::Options lenient;
    lenient.lenient = true;
    const auto o = read_all_ways(in, lenient);
    EXPECT_EQ(o.rows, (Rows{{"nom"}, {"Cr\u00E9teil"}, {"S\u00E8te"}, {"\u00C3"}}));
    ASSERT_EQ(o.issues.size(), 1u);
    EXPECT_EQ(o.issues[0], (IssueSeen{IssueKind::invalid_utf8, 3, "\\xE8", false, 2}));
}

TEST(CsvReader, Utf8ValidatorRejectsOverlongsSurrogatesAndOutOfRange) {
    csv::Options lenient;
    lenient.lenient = true;
    // After a valid "é", each of these is invalid: read lenient as Windows-1252 bytes.
    for (const std::string bad : {"\xC0\xAF", "\xE0\x80\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80",
                                  "\xF5\x80", "\xBF", "\xE2\x82"}) {
        const auto o = read_buffer("h\n\xC3\xA9\n" + bad + "\n", lenient);
        const auto* i = find(o, IssueKind::invalid_utf8);
        ASSERT_NE(i, nullptr) << bad.size();
        EXPECT_EQ(i->row, 3u);
    }
    for (const std::string good :
         {"\xF0\x9F\x98\x80", "\xEF\xBF\xBD", "\xE2\x80\xAF", "\xC2\xA0", "\xF4\x8F\xBF\xBF"}) {
        const auto o = read_all_ways("h\n" + good + "\n");
        EXPECT_TRUE(o.issues.empty());
        EXPECT_EQ(o.rows[1][0], good);
    }
}

TEST(CsvReader, SemicolonSeparatorIsDetectedAndBlockingUnlessLenient) {
    const std::string in = "nom;montant;date\nAPES;57000,00;2023-03-20\n";
    const auto strict = read_all_ways(in);
    EXPECT_TRUE(strict.rows.empty());
    EXPECT_TRUE(strict.blocked);
    EXPECT_EQ(strict.separator, ';');
    ASSERT_EQ(strict.issues.size(), 1u);
    EXPECT_EQ(strict.issues[0], (IssueSeen{IssueKind::separator_not_comma, 1, ";", true, 1}));

    csv::Options lenient;
    lenient.lenient = true;
    const auto o = read_all_ways(in, lenient);
    EXPECT_EQ(o.rows, (Rows{{"nom", "montant", "date"}, {"APES", "57000,00", "2023-03-20"}}));
    EXPECT_EQ(o.issues[0], (IssueSeen{IssueKind::separator_not_comma, 1, ";", false, 1}));
}

TEST(CsvReader, SeparatorDetectionCountsOutsideQuotesAndPrefersCommaOnTies) {
    csv::Options lenient;
    lenient.lenient = true;
    EXPECT_EQ(read_all_ways("\"a;b;c\",d\n", lenient).separator, ',');
    EXPECT_EQ(read_all_ways("a,b;c;d\n", lenient).separator, ';');
    EXPECT_EQ(read_all_ways("a;b,c\n", lenient).separator, ',');
    EXPECT_EQ(read_all_ways("a\tb\tc\n1\t2\t3\n", lenient).separator, '\t');
    EXPECT_EQ(read_all_ways("a|b\n", lenient).separator, '|');
    EXPECT_EQ(read_all_ways("seul\n", lenient).separator, ',');
    const auto tab = read_all_ways("a\tb\n1\t2\n", lenient);
    EXPECT_EQ(tab.rows, (Rows{{"a", "b"}, {"1", "2"}}));
    EXPECT_EQ(tab.issues[0].value, "TAB");
}

TEST(CsvReader, ForcedSeparatorIsUsedAndReportedWithoutBlocking) {
    csv::Options opt;
    opt.separator = ';';
    const auto o = read_all_ways("a,b;c\n", opt);
    EXPECT_EQ(o.rows, (Rows{{"a,b", "c"}}));
    EXPECT_EQ(o.issues,
              (std::vector<IssueSeen>{{IssueKind::separator_not_comma, 1, ";", false, 1}}));
    opt.separator = ',';
    EXPECT_TRUE(read_all_ways("a;b;c\n", opt).issues.empty());
    opt.separator = '"';
    EXPECT_THROW(csv::Reader("", opt), std::invalid_argument);
}

TEST(CsvReader, RaggedRowsAreReportedOnceWithTheFirstRowAndACount) {
    const auto o = read_all_ways("a,b,c\n1,2,3\n1,2\n1,2,3\n1,2,3,4\n");
    EXPECT_EQ(o.rows.size(), 5u);
    EXPECT_EQ(o.rows[2], (std::vector<std::string>{"1", "2"}));
    EXPECT_EQ(o.issues, (std::vector<IssueSeen>{{IssueKind::ragged_row, 3, "2", false, 2}}));
}

TEST(CsvReader, UnterminatedQuoteIsBlockingUnlessLenient) {
    const std::string in = "a,b\n1,\"ouvert\n2,3\n";
    const auto strict = read_all_ways(in);
    EXPECT_EQ(strict.rows, (Rows{{"a", "b"}}));
    EXPECT_TRUE(strict.blocked);
    ASSERT_EQ(strict.issues.size(), 1u);
    EXPECT_EQ(strict.issues[0].kind, IssueKind::unterminated_quote);
    EXPECT_EQ(strict.issues[0].row, 2u);
    EXPECT_EQ(strict.issues[0].value, "\"ouvert\n2,3\n");

    csv::Options lenient;
    lenient.lenient = true;
    const auto o = read_all_ways(in, lenient);
    EXPECT_EQ(o.rows, (Rows{{"a", "b"}, {"1", "ouvert\n2,3\n"}}));
    EXPECT_FALSE(o.blocked);
}

TEST(CsvReader, StrayQuotesAreKeptLiterallyAndReported) {
    const auto o = read_all_ways("a,b\n5\" pouces,x\n\"cit\u00E9\"e,y\nok,\"z\"\"\"w\n");
    EXPECT_EQ(o.rows, (Rows{{"a", "b"}, {"5\" pouces", "x"}, {"cit\u00E9e", "y"}, {"ok", "z\"w"}}));
    EXPECT_EQ(o.issues,
              (std::vector<IssueSeen>{{IssueKind::stray_quote, 2, "5\" pouces", false, 3}}));
}

TEST(CsvReader, UnquotedFieldsAreZeroCopyViewsIntoTheBuffer) {
    const std::string in = "abc,\"q\"\"x\",\"plain\"\n";
    csv::Reader r(in);
    csv::Record rec;
    ASSERT_TRUE(r.next(rec));
    ASSERT_EQ(rec.fields.size(), 3u);
    EXPECT_EQ(rec.fields[0].data(), in.data()) << "unquoted: a view into the input";
    EXPECT_EQ(rec.fields[2].data(), in.data() + 12) << "quoted without escapes: still a view";
    EXPECT_EQ(rec.fields[1], "q\"x");
}

TEST(CsvReader, RecordLongerThanTheCapStopsAStream) {
    std::istringstream s("a,b\n\"" + std::string(200, 'x'));
    csv::Options opt;
    opt.buffer_size = 8;
    opt.max_record_size = 64;
    csv::Reader r(s, opt);
    csv::Record rec;
    ASSERT_TRUE(r.next(rec));
    EXPECT_FALSE(r.next(rec));
    EXPECT_TRUE(r.blocked());
    ASSERT_EQ(r.issues().size(), 1u);
    EXPECT_EQ(r.issues()[0].kind, IssueKind::record_too_long);
    EXPECT_EQ(r.issues()[0].row, 2u);
    EXPECT_EQ(r.issues()[0].value, "64");
}

TEST(CsvReader, MessagesAreFrenchAndNameTheRowAndValue) {
    const auto strict = [] {
        csv::Reader r(std::string_view("a;b\n"));
        csv::Record rec;
        (void)r.next(rec);
        return r.issues();
    }();
    ASSERT_EQ(strict.size(), 1u);
    EXPECT_EQ(strict[0].message_fr, "Ligne 1\u00A0: les champs sont séparés par «\u00A0;\u00A0» et "
                                    "non par des virgules, comme l'exige le SCDL. Lecture "
                                    "interrompue (le mode tolérant la poursuit).");
}

TEST(CsvReader, LongRecordsAcrossManyRefillsOfATinyBuffer) {
    std::string big(10'000, 'x');
    std::string text = "h1,h2\n" + big + ",\"" + big + "\"\"\n" + big + "\"\n";
    const auto o = read_all_ways(text);
    ASSERT_EQ(o.rows.size(), 2u);
    EXPECT_EQ(o.rows[1][0], big);
    EXPECT_EQ(o.rows[1][1], big + "\"\n" + big);
}

TEST(CsvWriter, QuotesOnlyWhereNeededAndDoublesQuotes) {
    std::ostringstream out;
    const std::vector<std::string_view> f{"plain", "a,b", "say \"hi\"", "l1\nl2", "cr\r", "", "é"};
    csv::write_record(out, f);
    EXPECT_EQ(out.str(), "plain,\"a,b\",\"say \"\"hi\"\"\",\"l1\nl2\",\"cr\r\",,é\r\n");
    std::ostringstream lf;
    const std::vector<std::string_view> g{"a;b", "c,d"};
    csv::write_record(lf, g, ';', csv::LineEnding::lf);
    EXPECT_EQ(lf.str(), "\"a;b\";c,d\n");
    std::ostringstream single;
    const std::vector<std::string_view> empty{""};
    csv::write_record(single, empty, ',', csv::LineEnding::lf);
    EXPECT_EQ(single.str(), "\"\"\n") << "a lone empty field is quoted: not a blank line";
}

TEST(CsvRoundTrip, RandomRecordsWrittenThenReadByEveryBufferSize) {
    // Property: write_record then Reader gives back exactly the fields, for random fields over
    // an alphabet of every special character, both line endings, and every buffer size.
    std::mt19937 rng(20240630);
    const std::vector<std::string> alphabet{"a",
                                            "Z",
                                            "0",
                                            ",",
                                            "\"",
                                            "\r",
                                            "\n",
                                            " ",
                                            ";",
                                            "\u00E9",
                                            "\u202F",
                                            "\u20AC",
                                            "\xF0\x9F\x98\x80"};
    for (int file = 0; file < 40; ++file) {
        const std::size_t columns = 1 + rng() % 5;
        Rows expected;
        std::ostringstream out;
        const auto eol = file % 2 == 0 ? csv::LineEnding::crlf : csv::LineEnding::lf;
        std::vector<std::string> header;
        for (std::size_t c = 0; c < columns; ++c)
            header.push_back("col" + std::to_string(c));
        expected.push_back(header);
        const std::size_t records = rng() % 12;
        for (std::size_t r = 0; r < records; ++r) {
            std::vector<std::string> fields;
            for (std::size_t c = 0; c < columns; ++c) {
                std::string f;
                const std::size_t len = rng() % 7;
                for (std::size_t k = 0; k < len; ++k)
                    f += alphabet[rng() % alphabet.size()];
                fields.push_back(f);
            }
            expected.push_back(fields);
        }
        for (const auto& rec : expected) {
            const std::vector<std::string_view> views(rec.begin(), rec.end());
            csv::write_record(out, views, ',', eol);
        }
        const auto o = read_all_ways(out.str());
        EXPECT_EQ(o.rows, expected) << "file " << file;
        EXPECT_TRUE(o.issues.empty()) << "file " << file;
        for (std::size_t i = 0; i < o.row_numbers.size(); ++i)
            EXPECT_EQ(o.row_numbers[i], i + 1);
    }
}

} // namespace

TEST(CsvReader, Utf16PdfAndZipFilesAreRefusedAsNotTextEvenWhenLenient) {
    const std::vector<std::pair<std::string, std::string>> cases{
        {std::string("\xFF\xFE"
                     "a\0,\0b\0\n\0",
                     10),
         "il est encodé en UTF-16"},
        {std::string("a\0,\0b\0\n\0", 8), "il est encodé en UTF-16"},
        {std::string("\xFE\xFF\0a\0,\0b", 8), "il est encodé en UTF-16"},
        {"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n", "c'est un document PDF"},
        {std::string("PK\x03\x04\x14\0\x06\0", 8), "c'est une archive zip"}};
    for (const auto& [text, why] : cases)
        for (const bool lenient : {false, true}) {
            csv::Options o;
            o.lenient = lenient;
            csv::Reader r(text, o);
            csv::Record rec;
            EXPECT_FALSE(r.next(rec)) << why;
            EXPECT_TRUE(r.blocked()) << why;
            ASSERT_EQ(r.issues().size(), 1u) << why;
            EXPECT_EQ(r.issues()[0].kind, IssueKind::not_text);
            EXPECT_EQ(r.issues()[0].row, 0u);
            EXPECT_NE(r.issues()[0].message_fr.find(why), std::string::npos)
                << r.issues()[0].message_fr;
        }
}

TEST(CsvReader, ANulByteInARecordStopsReadingAtItsRowInEveryBufferSize) {
    const std::string text = std::string("h1,h2\nok,ok\nbad,x\0y\nafter,z\n", 28);
    const auto o = read_all_ways(text);
    EXPECT_EQ(o.rows.size(), 2u); // header and the first record; nothing after the NUL
    csv::Reader r(text);
    csv::Record rec;
    while (r.next(rec)) {
    }
    EXPECT_TRUE(r.blocked());
    ASSERT_FALSE(r.issues().empty());
    EXPECT_EQ(r.issues().back().kind, IssueKind::not_text);
    EXPECT_EQ(r.issues().back().row, 3u);
    EXPECT_EQ(r.issues().back().message_fr,
              "Ligne 3\u00A0: le fichier n'est pas un texte CSV\u00A0: il contient des octets nuls "
              "(données binaires)\u00A0; lecture interrompue.");
}

TEST(CsvReader, TheWindows1252MessageDoesNotInvokeTheScdl) {
    csv::Reader r(std::string_view("a,b\n\xE9t\xE9,x\n"));
    csv::Record rec;
    while (r.next(rec)) {
    }
    ASSERT_FALSE(r.issues().empty());
    EXPECT_EQ(r.issues()[0].kind, IssueKind::windows_1252);
    EXPECT_EQ(r.issues()[0].message_fr.find("SCDL"), std::string::npos) << r.issues()[0].message_fr;
}

} // namespace test_io_csv_test
