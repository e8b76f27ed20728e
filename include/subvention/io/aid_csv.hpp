// SPDX-License-Identifier: Apache-2.0
// subvention::io — the de minimis aid already granted to an undertaking, as a CSV file
// (« relevé des aides de minimis »): columns grantor, date, amount, regulation, in any order
// and any letter case; other columns are ignored and named. French spreadsheets are read as
// they are exported: `;` and Windows-1252 are accepted and reported (csv.hpp, lenient).
#pragma once

#include <cstdint>
#include <iosfwd>
#include <string>
#include <vector>

#include <subvention/aid.hpp>
#include <subvention/result.hpp>

namespace subvention::io {

/// A row that cannot be an aid: its spreadsheet row (header = 1), column, value, and why.
struct AidCsvRowError {
    std::uint64_t row = 0;
    std::string column{}; ///< « amount »; empty when the whole row is wrong (cell count)
    std::string value{};
    std::string message{};
    friend bool operator==(const AidCsvRowError&, const AidCsvRowError&) = default;
};

/// What the file gives: the aids (blank rows skipped), the rows in error, the file's
/// non-blocking defects (`;`, Windows-1252) and the columns ignored.
struct AidCsv {
    std::vector<GrantedAid> aids{};
    std::vector<std::uint64_t> rows{}; ///< spreadsheet row of each aid
    std::vector<AidCsvRowError> errors{};
    std::vector<std::string> file_warnings{};
    std::vector<std::string> ignored_columns{};
};

/// Reads the file. A row's defect (empty grantor, bad date, amount not positive, unknown
/// regulation, wrong cell count) is an `AidCsvRowError` and the row is not an aid. Error
/// (message in French, one defect per line) when the file cannot be read as a whole: no
/// header, a column missing or twice, a blocking CSV defect (unterminated quote, record too
/// long).
[[nodiscard]] Result<AidCsv> read_aid_csv(std::istream& in);

} // namespace subvention::io
