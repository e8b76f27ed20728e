// SPDX-License-Identifier: Apache-2.0
// subvention::scdl — streaming validation of SCDL CSV files against the shipped schemas.
//
// Semantics (Table Schema, frictionless; Validata custom checks, validata-core
// custom_checks/README.md and sources), with the choices made where they leave room:
//  - missingValues: a cell equal to one of them (default "") is empty; an empty required cell is
//    `required`; an empty optional cell is not checked further. Cells are not trimmed.
//  - types: `date` = ISO 8601 AAAA-MM-JJ, a real calendar date (years 0001-9999); `number` =
//    [+-]?(digits[.digits]|.digits)([eE][+-]?digits)? with '.' as decimal mark (Table Schema
//    default decimalChar, no groupChar; NaN/Infinity refused: they are not amounts); `integer` =
//    [+-]?digits; `boolean` = exactly one of the field's trueValues/falseValues (case-sensitive);
//    string `format: uri` = scheme ":" then at least one character, printable ASCII without
//    space or "<>\^`{|}. A cell that fails its type gets no constraint check (frictionless).
//  - constraints: each failing constraint is its own finding (pattern, enum, minimum, maximum,
//    maxLength in code points); minimum/maximum compared exactly in decimal (no double).
//  - custom checks run on non-empty cells that passed their type check; a check whose columns
//    are all absent is skipped; absent columns count as empty (Validata README):
//      french-siret-value: python-stdnum rules (see is_valid_french_siret);
//      one-of-required: column1 or column2 filled; both columns absent = one finding (header);
//      year-interval-value: AAAA (if allow-year-only) or AAAA/AAAA with first < second;
//      cohesive-columns-value: the present columns are all filled or all empty (emptiness of
//        the text, whether or not the cell passed its type);
//      compare-columns-value: skipped if either cell is empty; numeric comparison when both are
//        numbers, else byte-wise (ISO dates compare chronologically); one number and one
//        non-number = "not comparable";
//      sum-columns-value: skipped if any cell is empty; integers, exact (no overflow);
//      nomenclature-actes-value: validata-core's algorithm — a '/' is required; the text before
//        the first '/', lower-cased and without accents, must be one of the nine @ctes level-1
//        labels (SCDL spelling); "/ " anywhere, or a space before the '/', is reported as a
//        space around the slash. Level 2 is not checked (Validata does not).
//  - header: exact names first; then near misses (same letters ignoring case, accents and
//    separators, the field's title used as header, or Levenshtein distance <= 2 on those folded
//    forms) are `column-misnamed` with the intended name and validated as that field; a missing
//    required field is an error, a missing optional field a warning (the official example
//    "erreurs cellules", 15 columns without the optional dispositifAide of 2.1.0, is meant to
//    fail on its cells only); a column whose rank among the schema columns differs from the
//    schema's order is `column-order` (a swap flags both columns).
//  - rows: all cells empty = `row-blank` (no other check, as frictionless' blank-row); fewer or
//    more cells than header columns = one `row-missing-cells` / `row-extra-cells` per row.
#include <algorithm>
#include <cstdint>
#include <istream>
#include <stdexcept>
#include <string>
#include <vector>

#include <boost/multiprecision/cpp_int.hpp>

#include <subvention/io/csv.hpp>
#include <subvention/io/scdl.hpp>

namespace subvention::scdl {

namespace detail {

/// State of one cell of the current row, per schema field.
enum class CellState : std::uint8_t { absent, empty, ok, bad };

struct ResolvedCheck {
    const CustomCheckSpec* spec = nullptr;
    int f1 = -1; ///< field index of `column`
    int f2 = -1; ///< field index of `column2`
    std::vector<int> others;
};

struct ValidatorState {
    const SchemaSpec* spec = nullptr;
    bool header_done = false;
    std::vector<std::string> labels; ///< header as written
    std::vector<int> col_field;      ///< header column -> field index, -1 = extra / duplicate
    std::vector<int> field_col;      ///< field index -> header column, -1 = absent
    std::vector<ResolvedCheck> checks;
    std::vector<std::string_view> values; ///< per field, current row
    std::vector<CellState> states;        ///< per field, current row
    std::string scratch;
};

} // namespace detail

namespace {

using detail::CellState;

constexpr std::string_view lq = "\u00AB\u00A0"; // «
constexpr std::string_view rq = "\u00A0\u00BB"; // »

std::string quoted(std::string_view v) {
    std::string s;
    s.reserve(v.size() + 8);
    s += lq;
    s += v;
    s += rq;
    return s;
}

std::string en_quoted(std::string_view v) {
    return "\"" + std::string(v) + "\"";
}

// ---- value grammars ------------------------------------------------------------------------

constexpr bool dig(char c) noexcept {
    return c >= '0' && c <= '9';
}

constexpr bool all_digits(std::string_view s) noexcept {
    if (s.empty())
        return false;
    for (const char c : s)
        if (!dig(c))
            return false;
    return true;
}

constexpr int two(std::string_view s, std::size_t i) noexcept {
    return (s[i] - '0') * 10 + (s[i + 1] - '0');
}

constexpr bool is_iso_date(std::string_view s) noexcept {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-')
        return false;
    if (!all_digits(s.substr(0, 4)) || !all_digits(s.substr(5, 2)) || !all_digits(s.substr(8, 2)))
        return false;
    const int y = two(s, 0) * 100 + two(s, 2);
    const int m = two(s, 5);
    const int d = two(s, 8);
    if (y < 1 || m < 1 || m > 12 || d < 1)
        return false;
    constexpr int dim[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (d <= dim[m - 1])
        return true;
    // 29 February: Gregorian leap years (only then is a division needed)
    return m == 2 && d == 29 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0);
}

constexpr bool is_integer(std::string_view s) noexcept {
    if (!s.empty() && (s[0] == '+' || s[0] == '-'))
        s.remove_prefix(1);
    return all_digits(s);
}

constexpr bool is_number(std::string_view s) noexcept {
    std::size_t i = 0;
    if (i < s.size() && (s[i] == '+' || s[i] == '-'))
        ++i;
    std::size_t int_digits = 0, frac_digits = 0;
    while (i < s.size() && dig(s[i])) {
        ++i;
        ++int_digits;
    }
    if (i < s.size() && s[i] == '.') {
        ++i;
        while (i < s.size() && dig(s[i])) {
            ++i;
            ++frac_digits;
        }
    }
    if (int_digits + frac_digits == 0)
        return false;
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        if (i < s.size() && (s[i] == '+' || s[i] == '-'))
            ++i;
        std::size_t exp_digits = 0;
        while (i < s.size() && dig(s[i])) {
            ++i;
            ++exp_digits;
        }
        if (exp_digits == 0)
            return false;
    }
    return i == s.size();
}

/// A number (valid per is_number) as sign, digits and decimal exponent, for exact comparison.
struct DecimalView {
    bool negative = false;
    std::string_view int_part, frac_part;
    std::int64_t exponent = 0;

    explicit DecimalView(std::string_view s) noexcept {
        if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
            negative = s[0] == '-';
            s.remove_prefix(1);
        }
        std::size_t i = 0;
        while (i < s.size() && dig(s[i]))
            ++i;
        int_part = s.substr(0, i);
        if (i < s.size() && s[i] == '.') {
            const std::size_t start = ++i;
            while (i < s.size() && dig(s[i]))
                ++i;
            frac_part = s.substr(start, i - start);
        }
        if (i < s.size()) { // exponent; saturates far beyond any meaningful magnitude
            ++i;
            bool eneg = false;
            if (s[i] == '+' || s[i] == '-')
                eneg = s[i++] == '-';
            for (; i < s.size(); ++i)
                if (exponent < 1'000'000'000'000LL)
                    exponent = exponent * 10 + (s[i] - '0');
            if (eneg)
                exponent = -exponent;
        }
    }
    [[nodiscard]] std::size_t size() const noexcept { return int_part.size() + frac_part.size(); }
    [[nodiscard]] char at(std::size_t k) const noexcept {
        return k < int_part.size() ? int_part[k] : frac_part[k - int_part.size()];
    }
};

/// Exact comparison of two numbers valid per is_number: -1, 0, 1.
int compare_decimal(std::string_view a, std::string_view b) noexcept {
    const DecimalView x(a), y(b);
    struct Norm {
        std::size_t lead = 0, end = 0;
        std::int64_t point = 0; // value = 0.d[lead..end) × 10^point
    };
    const auto norm = [](const DecimalView& d) {
        Norm n;
        n.end = d.size();
        while (n.lead < n.end && d.at(n.lead) == '0')
            ++n.lead;
        while (n.end > n.lead && d.at(n.end - 1) == '0')
            --n.end;
        n.point = static_cast<std::int64_t>(d.int_part.size()) + d.exponent -
                  static_cast<std::int64_t>(n.lead);
        return n;
    };
    const Norm nx = norm(x), ny = norm(y);
    const int sx = nx.lead == nx.end ? 0 : (x.negative ? -1 : 1);
    const int sy = ny.lead == ny.end ? 0 : (y.negative ? -1 : 1);
    if (sx != sy)
        return sx < sy ? -1 : 1;
    if (sx == 0)
        return 0;
    int mag = 0;
    if (nx.point != ny.point) {
        mag = nx.point < ny.point ? -1 : 1;
    } else {
        std::size_t i = nx.lead, j = ny.lead;
        for (; i < nx.end && j < ny.end; ++i, ++j)
            if (x.at(i) != y.at(j)) {
                mag = x.at(i) < y.at(j) ? -1 : 1;
                break;
            }
        if (mag == 0 && (i < nx.end || j < ny.end))
            mag = i < nx.end ? 1 : -1;
    }
    return mag * sx;
}

bool is_uri(std::string_view s) noexcept {
    if (s.empty() || !((s[0] >= 'a' && s[0] <= 'z') || (s[0] >= 'A' && s[0] <= 'Z')))
        return false;
    std::size_t i = 1;
    while (i < s.size() && s[i] != ':') {
        const char c = s[i];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || dig(c) || c == '+' || c == '-' ||
              c == '.'))
            return false;
        ++i;
    }
    if (i + 1 >= s.size())
        return false; // no ':' or nothing after it
    for (const char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        if (c <= 0x20 || c >= 0x7F ||
            std::string_view("\"<>\\^`{|}").find(ch) != std::string_view::npos)
            return false;
    }
    return true;
}

std::size_t utf8_length(std::string_view s) noexcept {
    std::size_t n = 0;
    for (const char c : s)
        n += (static_cast<unsigned char>(c) & 0xC0U) != 0x80U ? 1 : 0;
    return n;
}

// ---- folding for names and @ctes labels ----------------------------------------------------

// Base letter of a Latin-1 letter U+00C0..U+00FF when Unicode NFD decomposes it, lower case;
// 0 when it does not decompose (Æ Ð × Ø Þ ß æ ð ÷ ø þ).
constexpr char latin1_base(unsigned cp) noexcept {
    constexpr char table[] = "aaaaaa\0ceeeeiiii\0nooooo\0\0uuuuy\0\0"
                             "aaaaaa\0ceeeeiiii\0nooooo\0\0uuuuy\0y";
    static_assert(sizeof table == 65);
    return cp >= 0xC0 && cp <= 0xFF ? table[cp - 0xC0] : '\0';
}

/// Python's norm_str of validata-core (NFD of lower(), combining marks dropped) for the
/// characters that matter: ASCII, Latin-1 letters, combining marks U+0300..U+036F; any other
/// character is kept as is (it can never match a label).
void fold_actes(std::string_view s, std::string& out) {
    out.clear();
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto b = static_cast<unsigned char>(s[i]);
        if (b < 0x80) {
            out += (b >= 'A' && b <= 'Z') ? static_cast<char>(b - 'A' + 'a') : static_cast<char>(b);
            continue;
        }
        if (i + 1 < s.size() && (b == 0xC3 || b == 0xCC || b == 0xCD)) {
            const auto b1 = static_cast<unsigned char>(s[i + 1]);
            const unsigned cp = ((b & 0x1FU) << 6U) | (b1 & 0x3FU);
            if (cp >= 0x300 && cp <= 0x36F) { // combining mark (NFD input)
                ++i;
                continue;
            }
            if (const char base = latin1_base(cp); base != '\0') {
                out += base;
                ++i;
                continue;
            }
        }
        out += static_cast<char>(b);
    }
}

/// Header folding: lower case, accents removed, everything but letters and digits dropped
/// ("NOM_Beneficiaire" -> "nombeneficiaire", "Nom de l'attribuant" -> "nomdelattribuant").
std::string fold_name(std::string_view s) {
    std::string folded, out;
    fold_actes(s, folded);
    for (const char c : folded)
        if ((c >= 'a' && c <= 'z') || dig(c) || static_cast<unsigned char>(c) >= 0x80)
            out += c;
    return out;
}

std::size_t levenshtein(std::string_view a, std::string_view b) {
    std::vector<std::size_t> prev(b.size() + 1), cur(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        prev[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j)
            cur[j] = std::min(
                {prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0U : 1U)});
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

// ---- findings --------------------------------------------------------------------------------

struct Emitter {
    const FindingSink& sink;

    void operator()(std::uint64_t row, std::uint32_t column, std::string_view field,
                    std::string_view value, Check rule, std::string fr, std::string en,
                    std::optional<std::string> suggestion = std::nullopt,
                    Severity severity = Severity::error) const {
        if (!sink)
            return;
        Finding f;
        f.row = row;
        f.column = column;
        f.field = std::string(field);
        f.value = std::string(value);
        f.rule = rule;
        std::string where_fr, where_en;
        if (row == 0) {
            where_fr = "Fichier";
            where_en = "File";
        } else if (row == 1 && column != 0 && rule >= Check::column_missing &&
                   rule <= Check::column_blank) {
            where_fr = "En-t\u00EAte, colonne " + std::to_string(column);
            where_en = "Header, column " + std::to_string(column);
        } else if (row == 1 && column == 0) {
            where_fr = "En-t\u00EAte";
            where_en = "Header";
        } else {
            where_fr = "Ligne " + std::to_string(row);
            where_en = "Row " + std::to_string(row);
            if (column != 0) {
                where_fr += ", colonne " + std::to_string(column);
                where_en += ", column " + std::to_string(column);
            }
            if (!field.empty()) {
                where_fr += " (" + std::string(field) + ")";
                where_en += " (" + std::string(field) + ")";
            }
        }
        f.message_fr = where_fr + "\u00A0: " + fr;
        f.message_en = where_en + ": " + en;
        f.suggestion = std::move(suggestion);
        f.severity = severity;
        sink(f);
    }
};

std::string join_names(std::span<const std::string_view> names, std::string_view sep = ", ") {
    std::string s;
    for (const auto n : names) {
        if (!s.empty())
            s += sep;
        s += n;
    }
    return s;
}

int field_index(const SchemaSpec& spec, std::string_view name) noexcept {
    for (std::size_t i = 0; i < spec.fields.size(); ++i)
        if (spec.fields[i].name == name)
            return static_cast<int>(i);
    return -1;
}

std::string_view op_label_fr(CompareOp op) noexcept {
    switch (op) {
    case CompareOp::lt:
        return "inf\u00E9rieure";
    case CompareOp::le:
        return "inf\u00E9rieure ou \u00E9gale";
    case CompareOp::eq:
        return "\u00E9gale";
    case CompareOp::ge:
        return "sup\u00E9rieure ou \u00E9gale";
    case CompareOp::gt:
        return "sup\u00E9rieure";
    }
    return "\u00E9gale";
}

std::string_view op_label_en(CompareOp op) noexcept {
    switch (op) {
    case CompareOp::lt:
        return "less than";
    case CompareOp::le:
        return "less than or equal to";
    case CompareOp::eq:
        return "equal to";
    case CompareOp::ge:
        return "greater than or equal to";
    case CompareOp::gt:
        return "greater than";
    }
    return "equal to";
}

bool holds(CompareOp op, int c) noexcept {
    switch (op) {
    case CompareOp::lt:
        return c < 0;
    case CompareOp::le:
        return c <= 0;
    case CompareOp::eq:
        return c == 0;
    case CompareOp::ge:
        return c >= 0;
    case CompareOp::gt:
        return c > 0;
    }
    return false;
}

using BigInt = boost::multiprecision::cpp_int;

/// An integer of at most 18 digits (valid per is_integer): fits in int64 without overflow.
constexpr std::int64_t small_int(std::string_view s) noexcept {
    bool neg = false;
    if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
        neg = s[0] == '-';
        s.remove_prefix(1);
    }
    std::int64_t v = 0;
    for (const char c : s)
        v = v * 10 + (c - '0');
    return neg ? -v : v;
}

BigInt to_big(std::string_view s) {
    bool neg = false;
    if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
        neg = s[0] == '-';
        s.remove_prefix(1);
    }
    BigInt v = 0;
    for (const char c : s)
        v = v * 10 + (c - '0');
    return neg ? BigInt(-v) : v;
}

// The nine @ctes level-1 labels in their SCDL spelling, folded (validata-core AUTHORIZED_VALUES).
const std::vector<std::string>& folded_actes_level1() {
    static const std::vector<std::string> labels = [] {
        std::vector<std::string> v;
        std::string f;
        for (const auto& m : actes_matieres())
            if (m.level == 1) {
                fold_actes(m.scdl_label, f);
                v.push_back(f);
            }
        return v;
    }();
    return labels;
}

std::string_view rstrip_spaces(std::string_view s) noexcept {
    while (!s.empty()) {
        const auto b = static_cast<unsigned char>(s.back());
        if (b == ' ' || (b >= '\t' && b <= '\r')) {
            s.remove_suffix(1);
        } else if (s.size() >= 2 && b == 0xA0 &&
                   static_cast<unsigned char>(s[s.size() - 2]) == 0xC2) {
            s.remove_suffix(2);
        } else {
            break;
        }
    }
    return s;
}

} // namespace

// ---------------------------------------------------------------------------------------------

std::string_view to_string(Check c) noexcept {
    switch (c) {
    case Check::file_unreadable:
        return "file-unreadable";
    case Check::file_empty:
        return "file-empty";
    case Check::file_encoding:
        return "file-encoding";
    case Check::file_bom:
        return "file-bom";
    case Check::file_separator:
        return "file-separator";
    case Check::file_quoting:
        return "file-quoting";
    case Check::file_record_too_long:
        return "file-record-too-long";
    case Check::column_missing:
        return "column-missing";
    case Check::column_extra:
        return "column-extra";
    case Check::column_misnamed:
        return "column-misnamed";
    case Check::column_order:
        return "column-order";
    case Check::column_duplicate:
        return "column-duplicate";
    case Check::column_blank:
        return "column-blank";
    case Check::row_missing_cells:
        return "row-missing-cells";
    case Check::row_extra_cells:
        return "row-extra-cells";
    case Check::row_blank:
        return "row-blank";
    case Check::required:
        return "required";
    case Check::type_string:
        return "type-string";
    case Check::type_date:
        return "type-date";
    case Check::type_number:
        return "type-number";
    case Check::type_integer:
        return "type-integer";
    case Check::type_boolean:
        return "type-boolean";
    case Check::pattern:
        return "pattern";
    case Check::enum_value:
        return "enum";
    case Check::minimum:
        return "minimum";
    case Check::maximum:
        return "maximum";
    case Check::max_length:
        return "max-length";
    case Check::french_siret:
        return "french-siret-value";
    case Check::one_of_required:
        return "one-of-required";
    case Check::year_interval:
        return "year-interval-value";
    case Check::cohesive_columns:
        return "cohesive-columns-value";
    case Check::compare_columns:
        return "compare-columns-value";
    case Check::sum_columns:
        return "sum-columns-value";
    case Check::nomenclature_actes:
        return "nomenclature-actes-value";
    case Check::formula_injection:
        return "formula-injection";
    case Check::negative_amount:
        return "negative-amount";
    }
    return "required";
}

bool starts_like_formula(std::string_view cell) noexcept {
    if (cell.empty())
        return false;
    const char c = cell.front();
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

Schema detect_schema(std::span<const std::string_view> header) noexcept {
    std::size_t score[2] = {0, 0};
    try {
        for (const Schema s : {Schema::subventions, Schema::deliberations}) {
            const SchemaSpec& spec = schema_spec(latest(s));
            for (const auto label : header) {
                const std::string fl = fold_name(label);
                for (const auto& f : spec.fields)
                    if (fl == fold_name(f.name) || fl == fold_name(f.title)) {
                        ++score[static_cast<std::size_t>(s)];
                        break;
                    }
            }
        }
    } catch (...) { // allocation failure: keep the default
        return Schema::subventions;
    }
    return score[1] > score[0] ? Schema::deliberations : Schema::subventions;
}

Validator::Validator(SchemaVersion v)
    : state_(std::make_unique<detail::ValidatorState>()) {
    state_->spec = &schema_spec(v);
}
Validator::~Validator() = default;
Validator::Validator(Validator&&) noexcept = default;
Validator& Validator::operator=(Validator&&) noexcept = default;

SchemaVersion Validator::version() const noexcept {
    return state_->spec->version;
}

void Validator::header(std::span<const std::string_view> cells, const FindingSink& sink) {
    auto& st = *state_;
    const SchemaSpec& spec = *st.spec;
    const Emitter emit{sink};
    const std::size_t nf = spec.fields.size();
    st.labels.assign(cells.begin(), cells.end());
    st.col_field.assign(cells.size(), -1);
    st.field_col.assign(nf, -1);
    st.values.assign(nf, {});
    st.states.assign(nf, CellState::absent);
    st.header_done = true;

    const auto col_no = [](std::size_t j) { return static_cast<std::uint32_t>(j + 1); };

    // 1. exact names
    std::vector<bool> resolved(cells.size(), false);
    for (std::size_t j = 0; j < cells.size(); ++j) {
        const int f = field_index(spec, cells[j]);
        if (f < 0)
            continue;
        resolved[j] = true;
        if (st.field_col[static_cast<std::size_t>(f)] >= 0) {
            emit(1, col_no(j), cells[j], cells[j], Check::column_duplicate,
                 "la colonne " + quoted(cells[j]) + " figure d\u00E9j\u00E0 en colonne " +
                     std::to_string(st.field_col[static_cast<std::size_t>(f)] + 1) +
                     "\u00A0; celle-ci est ignor\u00E9e",
                 "column " + en_quoted(cells[j]) + " already appears in column " +
                     std::to_string(st.field_col[static_cast<std::size_t>(f)] + 1) +
                     "; this one is ignored");
            continue;
        }
        st.col_field[j] = f;
        st.field_col[static_cast<std::size_t>(f)] = static_cast<int>(j);
    }
    // 2. near misses: folded name or title equal, then Levenshtein <= 2 on folded forms
    // folded names and titles; the titles of the same field in the other shipped versions
    // count too (2.0.2 titled idBeneficiaire « Identification du bénéficiaire »)
    std::vector<std::string> fold_names(nf), fold_titles(nf);
    std::vector<std::vector<std::string>> fold_old_titles(nf);
    for (std::size_t i = 0; i < nf; ++i) {
        fold_names[i] = fold_name(spec.fields[i].name);
        fold_titles[i] = fold_name(spec.fields[i].title);
        for (const auto& v : shipped_versions()) {
            if (v.schema != spec.version.schema || v == spec.version)
                continue;
            for (const auto& of : schema_spec(v).fields)
                if (of.name == spec.fields[i].name && of.title != spec.fields[i].title)
                    fold_old_titles[i].push_back(fold_name(of.title));
        }
    }
    for (const int pass : {0, 1}) {
        for (std::size_t j = 0; j < cells.size(); ++j) {
            if (resolved[j])
                continue;
            const std::string fl = fold_name(cells[j]);
            if (fl.empty())
                continue;
            int best = -1;
            std::size_t best_d = SIZE_MAX;
            bool by_title = false;
            for (std::size_t i = 0; i < nf; ++i) {
                if (st.field_col[i] >= 0)
                    continue;
                if (pass == 0) {
                    if (fl == fold_names[i] || fl == fold_titles[i] ||
                        std::find(fold_old_titles[i].begin(), fold_old_titles[i].end(), fl) !=
                            fold_old_titles[i].end()) {
                        best = static_cast<int>(i);
                        by_title = fl != fold_names[i];
                        break;
                    }
                } else {
                    // a name within 2 edits (and a quarter of its length); or a title within a
                    // sixth of its length (a title of an older version: « Identification du
                    // bénéficiaire » for « Identification SIRET du bénéficiaire »)
                    const std::size_t d = levenshtein(fl, fold_names[i]);
                    if (d <= 2 && d * 4 <= fold_names[i].size() && d < best_d) {
                        best_d = d;
                        best = static_cast<int>(i);
                        by_title = false;
                    }
                    const std::size_t dt = levenshtein(fl, fold_titles[i]);
                    if (dt * 6 <= fold_titles[i].size() && dt < best_d) {
                        best_d = dt;
                        best = static_cast<int>(i);
                        by_title = true;
                    }
                }
            }
            if (best < 0)
                continue;
            resolved[j] = true;
            const auto bi = static_cast<std::size_t>(best);
            st.col_field[j] = best;
            st.field_col[bi] = static_cast<int>(j);
            const std::string_view name = spec.fields[bi].name;
            emit(1, col_no(j), cells[j], cells[j], Check::column_misnamed,
                 "la colonne " + quoted(cells[j]) + " ne porte pas un nom du sch\u00E9ma" +
                     (by_title ? " (c'est le titre du champ, ou presque)" : "") +
                     "\u00A0; nom attendu\u00A0: " + quoted(name) +
                     " (elle est valid\u00E9e comme telle)",
                 "column " + en_quoted(cells[j]) + " is not a schema field name" +
                     (by_title ? " (it is, or nearly is, the field's title)" : "") + "; expected " +
                     en_quoted(name) + " (validated as such)",
                 std::string(name));
        }
    }
    // 3. blank and extra columns
    for (std::size_t j = 0; j < cells.size(); ++j) {
        if (resolved[j])
            continue;
        if (cells[j].empty())
            emit(1, col_no(j), cells[j], cells[j], Check::column_blank,
                 "l'en-t\u00EAte de la colonne est vide", "the column header is empty");
        else
            emit(1, col_no(j), cells[j], cells[j], Check::column_extra,
                 "la colonne " + quoted(cells[j]) + " n'appartient pas au sch\u00E9ma " +
                     std::string(to_string(spec.version.schema)) + ' ' + spec.version.to_string(),
                 "column " + en_quoted(cells[j]) + " is not in schema " +
                     std::string(to_string(spec.version.schema)) + ' ' + spec.version.to_string());
    }
    // 4. missing fields
    for (std::size_t i = 0; i < nf; ++i) {
        if (st.field_col[i] >= 0)
            continue;
        const auto& f = spec.fields[i];
        emit(1, 0, f.name, "", Check::column_missing,
             "la colonne " + quoted(f.name) + (f.required ? " (obligatoire)" : " (facultative)") +
                 " est absente",
             "column " + en_quoted(f.name) + (f.required ? " (required)" : " (optional)") +
                 " is missing",
             std::nullopt, f.required ? Severity::error : Severity::warning);
    }
    // 5. order: rank of each mapped column among the mapped columns vs its rank in the schema
    std::vector<int> seq;
    std::vector<std::size_t> seq_col;
    for (std::size_t j = 0; j < cells.size(); ++j)
        if (st.col_field[j] >= 0) {
            seq.push_back(st.col_field[j]);
            seq_col.push_back(j);
        }
    std::vector<int> sorted = seq;
    std::sort(sorted.begin(), sorted.end());
    for (std::size_t r = 0; r < seq.size(); ++r) {
        if (seq[r] == sorted[r])
            continue;
        const auto fi = static_cast<std::size_t>(seq[r]);
        const auto rank = static_cast<std::size_t>(
            std::lower_bound(sorted.begin(), sorted.end(), seq[r]) - sorted.begin());
        const std::string_view name = spec.fields[fi].name;
        const std::string after =
            rank == 0 ? std::string("en premier")
                      : "apr\u00E8s " +
                            quoted(spec.fields[static_cast<std::size_t>(sorted[rank - 1])].name);
        const std::string after_en =
            rank == 0 ? std::string("first")
                      : "after " +
                            en_quoted(spec.fields[static_cast<std::size_t>(sorted[rank - 1])].name);
        emit(1, col_no(seq_col[r]), cells[seq_col[r]], cells[seq_col[r]], Check::column_order,
             "la colonne " + quoted(name) +
                 " n'est pas \u00E0 sa place\u00A0: le sch\u00E9ma la met " + after +
                 " (champ n\u00B0\u00A0" + std::to_string(fi + 1) + ")",
             "column " + en_quoted(name) + " is out of order: the schema puts it " + after_en +
                 " (field #" + std::to_string(fi + 1) + ")");
    }
    // 6. custom checks resolved to field indexes
    st.checks.clear();
    for (const auto& c : spec.custom_checks) {
        detail::ResolvedCheck rc;
        rc.spec = &c;
        rc.f1 = field_index(spec, c.column);
        rc.f2 = c.column2.empty() ? -1 : field_index(spec, c.column2);
        for (const auto o : c.columns)
            rc.others.push_back(field_index(spec, o));
        if (c.kind == CustomCheckKind::one_of_required) {
            const bool a = rc.f1 >= 0 && st.field_col[static_cast<std::size_t>(rc.f1)] >= 0;
            const bool b = rc.f2 >= 0 && st.field_col[static_cast<std::size_t>(rc.f2)] >= 0;
            if (!a && !b)
                emit(
                    1, 0, c.column, "", Check::one_of_required,
                    "ni la colonne " + quoted(c.column) + " ni la colonne " + quoted(c.column2) +
                        " n'est pr\u00E9sente\u00A0; l'une des deux doit \u00EAtre renseign\u00E9e",
                    "neither column " + en_quoted(c.column) + " nor column " +
                        en_quoted(c.column2) + " is present; one of them must be filled");
        }
        st.checks.push_back(std::move(rc));
    }
}

void Validator::row(std::uint64_t row, std::span<const std::string_view> cells,
                    const FindingSink& sink) {
    auto& st = *state_;
    if (!st.header_done)
        throw std::logic_error("subvention::scdl::Validator::row called before header");
    const SchemaSpec& spec = *st.spec;
    const Emitter emit{sink};
    const std::size_t ncols = st.col_field.size();

    bool blank = true;
    for (const auto c : cells)
        if (!c.empty()) {
            blank = false;
            break;
        }
    if (blank) {
        emit(row, 0, "", "", Check::row_blank, "la ligne est vide", "the row is empty");
        return;
    }
    if (cells.size() < ncols) {
        const auto first = cells.size();
        emit(row, static_cast<std::uint32_t>(first + 1), st.labels[first], "",
             Check::row_missing_cells,
             std::to_string(ncols - first) + " cellule(s) manquante(s)\u00A0: la ligne a " +
                 std::to_string(cells.size()) + " cellules, l'en-t\u00EAte " +
                 std::to_string(ncols) + " colonnes",
             std::to_string(ncols - first) + " missing cell(s): the row has " +
                 std::to_string(cells.size()) + " cells, the header " + std::to_string(ncols) +
                 " columns");
    } else if (cells.size() > ncols) {
        emit(row, static_cast<std::uint32_t>(ncols + 1), "", cells[ncols], Check::row_extra_cells,
             std::to_string(cells.size() - ncols) + " cellule(s) en trop (premi\u00E8re\u00A0: " +
                 quoted(cells[ncols]) + ")\u00A0: la ligne a " + std::to_string(cells.size()) +
                 " cellules, l'en-t\u00EAte " + std::to_string(ncols) + " colonnes",
             std::to_string(cells.size() - ncols) + " extra cell(s) (first: " +
                 en_quoted(cells[ncols]) + "): the row has " + std::to_string(cells.size()) +
                 " cells, the header " + std::to_string(ncols) + " columns");
    }

    std::fill(st.states.begin(), st.states.end(), CellState::absent);
    const std::size_t n = std::min(ncols, cells.size());
    for (std::size_t j = 0; j < n; ++j) {
        const int fi = st.col_field[j];
        if (fi < 0)
            continue;
        const auto fidx = static_cast<std::size_t>(fi);
        const FieldSpec& f = spec.fields[fidx];
        const std::string_view v = cells[j];
        const auto col = static_cast<std::uint32_t>(j + 1);
        st.values[fidx] = v;

        bool missing = false;
        for (const auto mv : spec.missing_values)
            if (v == mv) {
                missing = true;
                break;
            }
        if (missing) {
            st.states[fidx] = CellState::empty;
            if (f.required)
                emit(row, col, f.name, v, Check::required,
                     "la valeur est obligatoire et la cellule est vide",
                     "a value is required and the cell is empty");
            continue;
        }
        bool typed = true;
        switch (f.type) {
        case FieldType::string:
            if (f.format == StringFormat::uri && !is_uri(v)) {
                typed = false;
                emit(row, col, f.name, v, Check::type_string,
                     quoted(v) + " n'est pas une adresse (URI) valide",
                     en_quoted(v) + " is not a valid URI");
            }
            break;
        case FieldType::date:
            if (!is_iso_date(v)) {
                typed = false;
                emit(row, col, f.name, v, Check::type_date,
                     quoted(v) + " n'est pas une date au format AAAA-MM-JJ (ISO 8601)",
                     en_quoted(v) + " is not a date in the YYYY-MM-DD format (ISO 8601)");
            }
            break;
        case FieldType::number:
            if (!is_number(v)) {
                typed = false;
                emit(row, col, f.name, v, Check::type_number,
                     quoted(v) + " n'est pas un nombre (chiffres, point d\u00E9cimal, sans espace)",
                     en_quoted(v) + " is not a number (digits, decimal point, no space)");
            }
            break;
        case FieldType::integer:
            if (!is_integer(v)) {
                typed = false;
                emit(row, col, f.name, v, Check::type_integer,
                     quoted(v) + " n'est pas un nombre entier",
                     en_quoted(v) + " is not an integer");
            }
            break;
        case FieldType::boolean: {
            const auto in = [v](std::span<const std::string_view> set) {
                return std::find(set.begin(), set.end(), v) != set.end();
            };
            if (!in(f.true_values) && !in(f.false_values)) {
                typed = false;
                emit(row, col, f.name, v, Check::type_boolean,
                     quoted(v) + " n'est pas une valeur bool\u00E9enne admise (" +
                         join_names(f.true_values, " / ") + " ou " +
                         join_names(f.false_values, " / ") + ")",
                     en_quoted(v) + " is not an accepted boolean value (" +
                         join_names(f.true_values, " / ") + " or " +
                         join_names(f.false_values, " / ") + ")");
            }
            break;
        }
        }
        if (!typed) {
            st.states[fidx] = CellState::bad;
            continue;
        }
        st.states[fidx] = CellState::ok;
        if (f.pattern != PatternKind::none && !matches(f.pattern, v))
            emit(row, col, f.name, v, Check::pattern,
                 quoted(v) + " ne respecte pas le motif " + std::string(pattern_source(f.pattern)),
                 en_quoted(v) + " does not match the pattern " +
                     std::string(pattern_source(f.pattern)));
        if (!f.enum_values.empty() &&
            std::find(f.enum_values.begin(), f.enum_values.end(), v) == f.enum_values.end())
            emit(row, col, f.name, v, Check::enum_value,
                 quoted(v) + " n'est pas une valeur admise (" + join_names(f.enum_values, " | ") +
                     ")",
                 en_quoted(v) + " is not an allowed value (" + join_names(f.enum_values, " | ") +
                     ")");
        const bool numeric = f.type == FieldType::number || f.type == FieldType::integer;
        if (numeric && f.minimum && compare_decimal(v, *f.minimum) < 0)
            emit(row, col, f.name, v, Check::minimum,
                 quoted(v) + " est inf\u00E9rieur au minimum " + std::string(*f.minimum),
                 en_quoted(v) + " is below the minimum " + std::string(*f.minimum));
        if (numeric && f.maximum && compare_decimal(v, *f.maximum) > 0)
            emit(row, col, f.name, v, Check::maximum,
                 quoted(v) + " est sup\u00E9rieur au maximum " + std::string(*f.maximum),
                 en_quoted(v) + " is above the maximum " + std::string(*f.maximum));
        const bool free_text = f.type == FieldType::string && f.format == StringFormat::none &&
                               f.pattern == PatternKind::none && f.enum_values.empty();
        if (free_text && starts_like_formula(v)) {
            const std::string first = v[0] == '\t'   ? "TAB"
                                      : v[0] == '\r' ? "CR"
                                                     : std::string(1, v[0]);
            emit(row, col, f.name, v, Check::formula_injection,
                 "la valeur commence par " + quoted(std::string_view(first)) +
                     "\u00A0: un tableur la lirait comme une formule (injection CSV)\u00A0; "
                     "pr\u00E9fixer d'une apostrophe ou reformuler",
                 "the value starts with " + en_quoted(std::string_view(first)) +
                     ": a spreadsheet would read it as a formula (CSV injection); prefix it "
                     "with a single quote or rephrase it",
                 std::nullopt, Severity::warning);
        }
        if (f.type == FieldType::number && f.name == "montant" && compare_decimal(v, "0") < 0)
            emit(row, col, f.name, v, Check::negative_amount,
                 quoted(v) + " est n\u00E9gatif\u00A0: le sch\u00E9ma ne fixe pas de minimum, "
                             "mais le montant d'une subvention attribu\u00E9e est positif",
                 en_quoted(v) + " is negative: the schema sets no minimum, but the amount of "
                                "a granted subsidy is positive",
                 std::nullopt, Severity::warning);
        if (f.max_length) {
            if (const std::size_t len = utf8_length(v); len > *f.max_length)
                emit(row, col, f.name, v, Check::max_length,
                     "la valeur a " + std::to_string(len) + " caract\u00E8res, au plus " +
                         std::to_string(*f.max_length) + " sont admis",
                     "the value has " + std::to_string(len) + " characters, at most " +
                         std::to_string(*f.max_length) + " are allowed");
        }
    }

    // custom checks
    const auto state_of = [&st](int fi) {
        return fi < 0 ? CellState::absent : st.states[static_cast<std::size_t>(fi)];
    };
    const auto value_of = [&st](int fi) { return st.values[static_cast<std::size_t>(fi)]; };
    const auto col_of = [&st](int fi) {
        return fi < 0 || st.field_col[static_cast<std::size_t>(fi)] < 0
                   ? std::uint32_t{0}
                   : static_cast<std::uint32_t>(st.field_col[static_cast<std::size_t>(fi)] + 1);
    };
    const auto name_of = [&spec](int fi) {
        return fi < 0 ? std::string_view{} : spec.fields[static_cast<std::size_t>(fi)].name;
    };
    for (const auto& rc : st.checks) {
        const CustomCheckSpec& c = *rc.spec;
        switch (c.kind) {
        case CustomCheckKind::french_siret: {
            if (state_of(rc.f1) != CellState::ok)
                break;
            const auto v = value_of(rc.f1);
            if (!is_valid_french_siret(v))
                emit(row, col_of(rc.f1), name_of(rc.f1), v, Check::french_siret,
                     quoted(v) + " n'est pas un num\u00E9ro SIRET valide (14 chiffres, cl\u00E9 de "
                                 "Luhn, r\u00E8gle de La Poste)",
                     en_quoted(v) + " is not a valid SIRET number (14 digits, Luhn check, La "
                                    "Poste rule)");
            break;
        }
        case CustomCheckKind::one_of_required: {
            const auto s1 = state_of(rc.f1), s2 = state_of(rc.f2);
            const bool present1 = col_of(rc.f1) != 0, present2 = col_of(rc.f2) != 0;
            if (!present1 && !present2)
                break; // reported once on the header
            const bool filled1 = s1 == CellState::ok || s1 == CellState::bad;
            const bool filled2 = s2 == CellState::ok || s2 == CellState::bad;
            if (!filled1 && !filled2) {
                const int at = present1 ? rc.f1 : rc.f2;
                emit(row, col_of(at), name_of(at), "", Check::one_of_required,
                     "au moins l'une des colonnes " + quoted(c.column) + " ou " +
                         quoted(c.column2) + " doit comporter une valeur",
                     "at least one of the columns " + en_quoted(c.column) + " or " +
                         en_quoted(c.column2) + " must have a value");
            }
            break;
        }
        case CustomCheckKind::year_interval: {
            if (state_of(rc.f1) != CellState::ok)
                break;
            const auto v = value_of(rc.f1);
            if (c.allow_year_only && v.size() == 4 && all_digits(v))
                break;
            std::string fr, en;
            if (!(v.size() == 9 && all_digits(v.substr(0, 4)) && v[4] == '/' &&
                  all_digits(v.substr(5, 4)))) {
                fr = quoted(v) +
                     std::string(c.allow_year_only ? " n'est ni une ann\u00E9e (AAAA) ni"
                                                   : " n'est pas") +
                     " une p\u00E9riode au format AAAA/AAAA";
                en = en_quoted(v) +
                     (c.allow_year_only ? " is neither a year (YYYY) nor" : " is not") +
                     " a period in the YYYY/YYYY format";
            } else if (v.substr(0, 4) == v.substr(5, 4)) {
                fr = "p\u00E9riode " + quoted(v) +
                     " invalide\u00A0: les deux ann\u00E9es doivent "
                     "\u00EAtre diff\u00E9rentes";
                en = "period " + en_quoted(v) + " is invalid: the two years must differ";
            } else if (v.substr(0, 4) > v.substr(5, 4)) {
                fr = "p\u00E9riode " + quoted(v) +
                     " invalide\u00A0: la deuxi\u00E8me ann\u00E9e doit \u00EAtre "
                     "post\u00E9rieure \u00E0 la premi\u00E8re";
                en = "period " + en_quoted(v) +
                     " is invalid: the second year must come after the first";
            }
            if (!fr.empty())
                emit(row, col_of(rc.f1), name_of(rc.f1), v, Check::year_interval, std::move(fr),
                     std::move(en));
            break;
        }
        case CustomCheckKind::cohesive_columns: {
            std::size_t present = 0, filled = 0;
            int first_present = -1;
            const auto visit = [&](int fi) {
                const auto s = state_of(fi);
                if (s == CellState::absent && col_of(fi) == 0)
                    return;
                ++present;
                if (first_present < 0)
                    first_present = fi;
                if (s == CellState::ok || s == CellState::bad)
                    ++filled;
            };
            visit(rc.f1);
            for (const int o : rc.others)
                visit(o);
            if (present >= 2 && filled != 0 && filled != present) {
                std::string names(c.column);
                for (const auto o : c.columns)
                    names += ", " + std::string(o);
                const int at = col_of(rc.f1) != 0 ? rc.f1 : first_present;
                emit(row, col_of(at), name_of(at), value_of(at), Check::cohesive_columns,
                     "les colonnes " + names +
                         " doivent toutes comporter une valeur ou toutes \u00EAtre vides (" +
                         std::to_string(filled) + " sur " + std::to_string(present) + " remplies)",
                     "columns " + names + " must all have a value or all be empty (" +
                         std::to_string(filled) + " of " + std::to_string(present) + " filled)");
            }
            break;
        }
        case CustomCheckKind::compare_columns: {
            if (state_of(rc.f1) != CellState::ok || state_of(rc.f2) != CellState::ok)
                break;
            const auto a = value_of(rc.f1), b = value_of(rc.f2);
            const bool na = is_number(a), nb = is_number(b);
            if (na != nb) {
                emit(row, col_of(rc.f1), name_of(rc.f1), a, Check::compare_columns,
                     "la valeur de la colonne " + std::string(c.column) + " " + quoted(a) +
                         " n'est pas comparable avec la valeur de la colonne " +
                         std::string(c.column2) + " " + quoted(b),
                     "the value of column " + std::string(c.column) + " " + en_quoted(a) +
                         " cannot be compared with the value of column " + std::string(c.column2) +
                         " " + en_quoted(b));
                break;
            }
            const int cmp = na ? compare_decimal(a, b) : (a < b ? -1 : (a == b ? 0 : 1));
            if (!holds(c.op, cmp))
                emit(row, col_of(rc.f1), name_of(rc.f1), a, Check::compare_columns,
                     "la valeur de la colonne " + std::string(c.column) + " " + quoted(a) +
                         " devrait \u00EAtre " + std::string(op_label_fr(c.op)) +
                         " \u00E0 la valeur de la colonne " + std::string(c.column2) + " " +
                         quoted(b),
                     "the value of column " + std::string(c.column) + " " + en_quoted(a) +
                         " should be " + std::string(op_label_en(c.op)) + " the value of column " +
                         std::string(c.column2) + " " + en_quoted(b));
            break;
        }
        case CustomCheckKind::sum_columns: {
            if (state_of(rc.f1) != CellState::ok)
                break;
            bool all = true, small = value_of(rc.f1).size() <= 18;
            for (const int o : rc.others) {
                if (state_of(o) != CellState::ok) {
                    all = false;
                    break;
                }
                small = small && value_of(o).size() <= 18;
            }
            // integers only (the shipped schemas sum integer fields: VOTE_*)
            if (!all || spec.fields[static_cast<std::size_t>(rc.f1)].type != FieldType::integer)
                break;
            bool equal = false;
            std::string terms;
            if (small) {
                std::int64_t s = 0;
                for (const int o : rc.others)
                    s += small_int(value_of(o));
                equal = s == small_int(value_of(rc.f1));
            } else {
                BigInt s = 0;
                for (const int o : rc.others)
                    s += to_big(value_of(o));
                equal = s == to_big(value_of(rc.f1));
            }
            if (equal)
                break;
            std::string names;
            for (const int o : rc.others) {
                terms += (terms.empty() ? "" : " + ") + std::string(value_of(o));
                names += (names.empty() ? "" : ", ") + std::string(name_of(o));
            }
            const auto v = value_of(rc.f1);
            emit(row, col_of(rc.f1), name_of(rc.f1), v, Check::sum_columns,
                 "la valeur " + quoted(v) + " devrait \u00EAtre la somme des colonnes " + names +
                     " (" + terms + ")",
                 "the value " + en_quoted(v) + " should be the sum of columns " + names + " (" +
                     terms + ")");
            break;
        }
        case CustomCheckKind::nomenclature_actes: {
            if (state_of(rc.f1) != CellState::ok)
                break;
            const auto v = value_of(rc.f1);
            const auto slash = v.find('/');
            std::string fr, en;
            if (slash == std::string_view::npos) {
                fr = quoted(v) + " ne respecte pas le format des nomenclatures d'actes (le signe "
                                 "oblique \u00AB\u00A0/\u00A0\u00BB est manquant)";
                en = en_quoted(v) + " does not follow the @ctes nomenclature format (the slash "
                                    "\"/\" is missing)";
            } else {
                const auto& labels = folded_actes_level1();
                const auto known = [&](std::string_view prefix) {
                    fold_actes(prefix, st.scratch);
                    return std::find(labels.begin(), labels.end(), st.scratch) != labels.end();
                };
                const std::string_view prefix = v.substr(0, slash);
                const bool space_after = v.find("/ ") != std::string_view::npos;
                if (known(prefix) && !space_after)
                    break;
                if (space_after || known(rstrip_spaces(prefix))) {
                    fr = quoted(v) + " ne respecte pas le format des nomenclatures d'actes (le "
                                     "signe oblique ne doit \u00EAtre ni pr\u00E9c\u00E9d\u00E9 ni "
                                     "suivi d'une espace)";
                    en = en_quoted(v) + " does not follow the @ctes nomenclature format (no "
                                        "space before or after the slash)";
                } else {
                    fr = quoted(v) +
                         " ne respecte pas le format des nomenclatures d'actes (le "
                         "pr\u00E9fixe " +
                         quoted(prefix) +
                         " n'est pas une mati\u00E8re de niveau 1 de la nomenclature @ctes)";
                    en = en_quoted(v) + " does not follow the @ctes nomenclature format (prefix " +
                         en_quoted(prefix) + " is not a level-1 @ctes matter)";
                }
            }
            emit(row, col_of(rc.f1), name_of(rc.f1), v, Check::nomenclature_actes, std::move(fr),
                 std::move(en));
            break;
        }
        }
    }
}

namespace {

Check check_of(csv::IssueKind k) noexcept {
    switch (k) {
    case csv::IssueKind::utf8_bom:
        return Check::file_bom;
    case csv::IssueKind::windows_1252:
    case csv::IssueKind::invalid_utf8:
        return Check::file_encoding;
    case csv::IssueKind::separator_not_comma:
        return Check::file_separator;
    case csv::IssueKind::unterminated_quote:
    case csv::IssueKind::stray_quote:
        return Check::file_quoting;
    case csv::IssueKind::record_too_long:
        return Check::file_record_too_long;
    case csv::IssueKind::ragged_row:
        return Check::row_missing_cells;
    case csv::IssueKind::blank_row:
        return Check::row_blank;
    case csv::IssueKind::not_text:
        return Check::file_unreadable;
    }
    return Check::file_unreadable;
}

Summary run(csv::Reader& reader, const ValidateOptions& opt, const FindingSink& sink,
            const std::istream* stream) {
    Summary sum;
    std::uint64_t errors = 0;
    const FindingSink counting = [&](const Finding& f) {
        ++sum.findings;
        ++sum.by_check[static_cast<std::size_t>(f.rule)];
        if (f.severity == Severity::error)
            ++errors;
        if (sink)
            sink(f);
    };
    std::size_t issues_seen = 0;
    const auto flush_issues = [&] {
        const auto& issues = reader.issues();
        for (; issues_seen < issues.size(); ++issues_seen) {
            const auto& is = issues[issues_seen];
            if (is.kind == csv::IssueKind::ragged_row || is.kind == csv::IssueKind::blank_row)
                continue; // reported row by row (row-missing/extra-cells, row-blank)
            Finding f;
            f.row = is.row;
            f.value = is.value;
            f.rule = check_of(is.kind);
            f.message_fr = is.message_fr;
            f.message_en = is.message_en;
            f.severity = is.kind == csv::IssueKind::utf8_bom ? Severity::warning : Severity::error;
            counting(f);
        }
    };
    const Schema schema =
        opt.version ? opt.version->schema : opt.schema.value_or(Schema::subventions);
    sum.schema = schema;
    sum.version = opt.version ? *opt.version : latest(schema);

    csv::Record rec;
    if (!reader.next(rec)) {
        flush_issues();
        if (!reader.blocked()) {
            Finding f;
            f.rule = Check::file_empty;
            f.message_fr = "Fichier\u00A0: le fichier est vide (pas de ligne d'en-t\u00EAte)";
            f.message_en = "File: the file is empty (no header line)";
            counting(f);
        }
        sum.readable = false;
        sum.valid = false;
        return sum;
    }
    flush_issues();
    if (!opt.version && !opt.schema) {
        sum.schema = detect_schema(rec.fields);
        sum.version = latest(sum.schema);
    }
    Validator v(sum.version);
    v.header(rec.fields, counting);
    while (reader.next(rec)) {
        flush_issues();
        ++sum.rows;
        v.row(rec.row, rec.fields, counting);
    }
    flush_issues();
    sum.readable = !reader.blocked();
    if (stream != nullptr && stream->bad()) {
        sum.readable = false;
        Finding f;
        f.rule = Check::file_unreadable;
        f.message_fr = "Fichier\u00A0: erreur de lecture du flux apr\u00E8s " +
                       std::to_string(sum.rows) + " lignes de donn\u00E9es";
        f.message_en = "File: stream read error after " + std::to_string(sum.rows) + " data rows";
        counting(f);
    }
    sum.valid = sum.readable && errors == 0;
    return sum;
}

} // namespace

Summary validate(std::istream& in, const ValidateOptions& opt, const FindingSink& sink) {
    csv::Options o;
    o.lenient = opt.lenient;
    csv::Reader reader(in, o);
    return run(reader, opt, sink, &in);
}

Summary validate(std::string_view buffer, const ValidateOptions& opt, const FindingSink& sink) {
    csv::Options o;
    o.lenient = opt.lenient;
    csv::Reader reader(buffer, o);
    return run(reader, opt, sink, nullptr);
}

} // namespace subvention::scdl
