// SPDX-License-Identifier: Apache-2.0
// subvention::io — reading the de minimis aid CSV (io/aid_csv.hpp).
#include <array>
#include <cstddef>
#include <istream>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include <subvention/date.hpp>
#include <subvention/detail/ascii.hpp>
#include <subvention/io/aid_csv.hpp>
#include <subvention/io/csv.hpp>
#include <subvention/money.hpp>

namespace subvention::io {
namespace {

constexpr std::array<std::string_view, 4> columns{"grantor", "date", "amount", "regulation"};
constexpr std::string_view expected_header = "grantor,date,amount,regulation";

std::string lower_trimmed(std::string_view s) {
    std::string out;
    for (const char c : detail::trim_spaces(s))
        out.push_back(detail::ascii_lower(c));
    return out;
}

Error file_error(ErrorKind kind, std::string message) {
    return make_error(kind, "relevé des aides", "", std::move(message));
}

} // namespace

Result<AidCsv> read_aid_csv(std::istream& in) {
    csv::Options options;
    options.lenient = true; // French spreadsheets: ';' and Windows-1252 (reported)
    csv::Reader reader(in, options);
    csv::Record rec;
    AidCsv out;
    if (!reader.next(rec)) {
        std::string message;
        for (const auto& i : reader.issues())
            message += (message.empty() ? "" : "\n") + i.message_fr;
        if (message.empty())
            message = "fichier vide (en-tête attendu : " + std::string(expected_header) + ")";
        return file_error(ErrorKind::empty, std::move(message));
    }
    std::array<std::optional<std::size_t>, 4> index{};
    for (std::size_t i = 0; i < rec.fields.size(); ++i) {
        const std::string name = lower_trimmed(rec.fields[i]);
        bool known = false;
        for (std::size_t c = 0; c < columns.size(); ++c)
            if (name == columns[c]) {
                known = true;
                if (index[c])
                    return file_error(ErrorKind::ambiguous,
                                      "ligne 1 : colonne « " + name + " » en double");
                index[c] = i;
            }
        if (!known)
            out.ignored_columns.emplace_back(rec.fields[i]);
    }
    for (std::size_t c = 0; c < columns.size(); ++c)
        if (!index[c])
            return file_error(ErrorKind::component,
                              "ligne 1 : colonne « " + std::string(columns[c]) +
                                  " » absente (en-tête attendu : " + std::string(expected_header) +
                                  ")");
    const std::size_t width = rec.fields.size();
    while (reader.next(rec)) {
        bool blank = true;
        for (const auto f : rec.fields)
            blank = blank && detail::trim_spaces(f).empty();
        if (blank)
            continue; // an empty spreadsheet row
        if (rec.fields.size() != width) {
            out.errors.push_back({rec.row, "", std::to_string(rec.fields.size()),
                                  std::to_string(rec.fields.size()) + " colonne(s) au lieu de " +
                                      std::to_string(width)});
            continue;
        }
        const auto cell = [&](std::size_t c) { return rec.fields[*index[c]]; };
        GrantedAid aid;
        bool ok = true;
        const auto fail = [&](std::size_t c, const Error& e) {
            out.errors.push_back(
                {rec.row, std::string(columns[c]), std::string(cell(c)), e.message});
            ok = false;
        };
        aid.grantor = std::string(detail::trim_spaces(cell(0)));
        if (aid.grantor.empty())
            fail(0, make_error(ErrorKind::empty, "autorité d'octroi", "",
                               "l'autorité d'octroi est vide"));
        if (const auto d = parse_date(cell(1)))
            aid.granted_on = *d;
        else
            fail(1, d.error());
        if (const auto a = Euros::parse(cell(2)))
            aid.amount = *a;
        else
            fail(2, a.error());
        if (const auto r = parse_aid_regulation(cell(3)))
            aid.regulation = *r;
        else
            fail(3, r.error());
        if (ok && (aid.amount.is_negative() || aid.amount.is_zero()))
            fail(2, make_error(ErrorKind::range, "montant", cell(2),
                               "le montant d'une aide doit être positif"));
        if (ok) {
            out.aids.push_back(std::move(aid));
            out.rows.push_back(rec.row);
        }
    }
    std::string blocking;
    for (const auto& i : reader.issues()) {
        if (i.blocking)
            blocking += (blocking.empty() ? "" : "\n") + i.message_fr;
        else
            out.file_warnings.push_back(i.message_fr);
    }
    if (!blocking.empty())
        return file_error(ErrorKind::format, std::move(blocking));
    return out;
}

} // namespace subvention::io
