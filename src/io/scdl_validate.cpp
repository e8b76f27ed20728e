// SPDX-License-Identifier: Apache-2.0
// subvention::io::scdl — streaming validation of SCDL CSV files against the shipped schemas.
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
#include <array>
#include <condition_variable>
#include <cstdint>
#include <exception>
#include <istream>
#include <mutex>
#include <span>
#include <stdexcept>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include <boost/multiprecision/cpp_int.hpp>

#include <subvention/compliance/message.hpp>
#include <subvention/detail/ascii.hpp>
#include <subvention/detail/text.hpp>
#include <subvention/io/csv.hpp>
#include <subvention/io/scdl.hpp>

namespace subvention::io::scdl {

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

using compliance::Message;
using detail::CellState;

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
/// character is kept as is (it can never match a label). Not the text toolkit's fold
/// (detail/text.hpp): the result must equal validata's, lower case, with « œ », « ß », hyphens
/// and apostrophes as Python leaves them.
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

// ---- findings --------------------------------------------------------------------------------

/// Where a finding lies, as its message starts: « Fichier », « En-tête, colonne 3 »,
/// « Ligne 5, colonne 2 (montant) ».
std::vector<Message> where(std::uint64_t row, std::uint32_t column, std::string_view field,
                           Check rule) {
    if (row == 0)
        return {Message("phrase.scdl.file")};
    const bool header =
        row == 1 && (column == 0 || (rule >= Check::column_missing && rule <= Check::column_blank));
    std::vector<Message> out;
    if (header)
        out.emplace_back("phrase.scdl.header");
    else
        out.push_back(Message("phrase.scdl.row").arg("row", row));
    if (column != 0)
        out.push_back(Message("phrase.scdl.column").arg("column", column));
    if (!header && !field.empty())
        out.push_back(Message("phrase.scdl.field").arg("field", field));
    return out;
}

/// The finding's messages: `message` (a `scdl.<check>` entry), after the place it names.
void say(Finding& f, Message message) {
    message.arg("where", where(f.row, f.column, f.field, f.rule));
    f.message_fr = compliance::render(message, compliance::Lang::fr);
    f.message_en = compliance::render(message, compliance::Lang::en);
}

struct Emitter {
    const FindingSink& sink;

    void operator()(std::uint64_t row, std::uint32_t column, std::string_view field,
                    std::string_view value, Check rule, Message message,
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
        say(f, std::move(message));
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

/// « inférieure », « less than »: how a value should compare, in a message.
Message op_label(CompareOp op) {
    switch (op) {
    case CompareOp::lt:
        return Message("scdl.compare-columns-value.op_lt");
    case CompareOp::le:
        return Message("scdl.compare-columns-value.op_le");
    case CompareOp::eq:
        break;
    case CompareOp::ge:
        return Message("scdl.compare-columns-value.op_ge");
    case CompareOp::gt:
        return Message("scdl.compare-columns-value.op_gt");
    }
    return Message("scdl.compare-columns-value.op_eq");
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
                 Message("scdl.column-duplicate")
                     .arg("column", cells[j])
                     .arg("first", st.field_col[static_cast<std::size_t>(f)] + 1));
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
                    const std::size_t d =
                        subvention::detail::text::edit_distance(fl, fold_names[i]);
                    if (d <= 2 && d * 4 <= fold_names[i].size() && d < best_d) {
                        best_d = d;
                        best = static_cast<int>(i);
                        by_title = false;
                    }
                    const std::size_t dt =
                        subvention::detail::text::edit_distance(fl, fold_titles[i]);
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
            std::vector<Message> title;
            if (by_title)
                title.emplace_back("scdl.column-misnamed.by_title");
            emit(1, col_no(j), cells[j], cells[j], Check::column_misnamed,
                 Message("scdl.column-misnamed")
                     .arg("column", cells[j])
                     .arg("by_title", std::move(title))
                     .arg("expected", name),
                 std::string(name));
        }
    }
    // 3. blank and extra columns
    for (std::size_t j = 0; j < cells.size(); ++j) {
        if (resolved[j])
            continue;
        if (cells[j].empty())
            emit(1, col_no(j), cells[j], cells[j], Check::column_blank,
                 Message("scdl.column-blank"));
        else
            emit(1, col_no(j), cells[j], cells[j], Check::column_extra,
                 Message("scdl.column-extra")
                     .arg("column", cells[j])
                     .arg("schema", to_string(spec.version.schema))
                     .arg("version", spec.version.to_string()));
    }
    // 4. missing fields
    for (std::size_t i = 0; i < nf; ++i) {
        if (st.field_col[i] >= 0)
            continue;
        const auto& f = spec.fields[i];
        emit(1, 0, f.name, "", Check::column_missing,
             Message(f.required ? "scdl.column-missing.required" : "scdl.column-missing.optional")
                 .arg("column", f.name),
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
        Message position =
            rank == 0 ? Message("scdl.column-order.first")
                      : Message("scdl.column-order.after")
                            .arg("previous",
                                 spec.fields[static_cast<std::size_t>(sorted[rank - 1])].name);
        emit(1, col_no(seq_col[r]), cells[seq_col[r]], cells[seq_col[r]], Check::column_order,
             Message("scdl.column-order")
                 .arg("column", name)
                 .arg("position", std::move(position))
                 .arg("rank", fi + 1));
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
                emit(1, 0, c.column, "", Check::one_of_required,
                     Message("scdl.one-of-required.absent")
                         .arg("column", c.column)
                         .arg("column2", c.column2));
        }
        st.checks.push_back(std::move(rc));
    }
}

void Validator::row(std::uint64_t row, std::span<const std::string_view> cells,
                    const FindingSink& sink) {
    auto& st = *state_;
    if (!st.header_done)
        throw std::logic_error("subvention::io::scdl::Validator::row called before header");
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
        emit(row, 0, "", "", Check::row_blank, Message("scdl.row-blank"));
        return;
    }
    if (cells.size() < ncols) {
        const auto first = cells.size();
        emit(row, static_cast<std::uint32_t>(first + 1), st.labels[first], "",
             Check::row_missing_cells,
             Message("scdl.row-missing-cells")
                 .arg("missing", ncols - first)
                 .arg("cells", cells.size())
                 .arg("columns", ncols));
    } else if (cells.size() > ncols) {
        emit(row, static_cast<std::uint32_t>(ncols + 1), "", cells[ncols], Check::row_extra_cells,
             Message("scdl.row-extra-cells")
                 .arg("extra", cells.size() - ncols)
                 .arg("first", cells[ncols])
                 .arg("cells", cells.size())
                 .arg("columns", ncols));
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
                emit(row, col, f.name, v, Check::required, Message("scdl.required"));
            continue;
        }
        bool typed = true;
        switch (f.type) {
        case FieldType::string:
            if (f.format == StringFormat::uri && !is_uri(v)) {
                typed = false;
                emit(row, col, f.name, v, Check::type_string,
                     Message("scdl.type-string").arg("value", v));
            }
            break;
        case FieldType::date:
            if (!is_iso_date(v)) {
                typed = false;
                emit(row, col, f.name, v, Check::type_date,
                     Message("scdl.type-date").arg("value", v));
            }
            break;
        case FieldType::number:
            if (!is_number(v)) {
                typed = false;
                emit(row, col, f.name, v, Check::type_number,
                     Message("scdl.type-number").arg("value", v));
            }
            break;
        case FieldType::integer:
            if (!is_integer(v)) {
                typed = false;
                emit(row, col, f.name, v, Check::type_integer,
                     Message("scdl.type-integer").arg("value", v));
            }
            break;
        case FieldType::boolean: {
            const auto in = [v](std::span<const std::string_view> set) {
                return std::find(set.begin(), set.end(), v) != set.end();
            };
            if (!in(f.true_values) && !in(f.false_values)) {
                typed = false;
                emit(row, col, f.name, v, Check::type_boolean,
                     Message("scdl.type-boolean")
                         .arg("value", v)
                         .arg("true_values", join_names(f.true_values, " / "))
                         .arg("false_values", join_names(f.false_values, " / ")));
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
                 Message("scdl.pattern").arg("value", v).arg("pattern", pattern_source(f.pattern)));
        if (!f.enum_values.empty() &&
            std::find(f.enum_values.begin(), f.enum_values.end(), v) == f.enum_values.end())
            emit(row, col, f.name, v, Check::enum_value,
                 Message("scdl.enum")
                     .arg("value", v)
                     .arg("allowed", join_names(f.enum_values, " | ")));
        const bool numeric = f.type == FieldType::number || f.type == FieldType::integer;
        if (numeric && f.minimum && compare_decimal(v, *f.minimum) < 0)
            emit(row, col, f.name, v, Check::minimum,
                 Message("scdl.minimum").arg("value", v).arg("minimum", *f.minimum));
        if (numeric && f.maximum && compare_decimal(v, *f.maximum) > 0)
            emit(row, col, f.name, v, Check::maximum,
                 Message("scdl.maximum").arg("value", v).arg("maximum", *f.maximum));
        const bool free_text = f.type == FieldType::string && f.format == StringFormat::none &&
                               f.pattern == PatternKind::none && f.enum_values.empty();
        if (free_text && starts_like_formula(v)) {
            std::string first = v[0] == '\t' ? "TAB" : v[0] == '\r' ? "CR" : std::string(1, v[0]);
            emit(row, col, f.name, v, Check::formula_injection,
                 Message("scdl.formula-injection").arg("first", std::move(first)), std::nullopt,
                 Severity::warning);
        }
        if (f.type == FieldType::number && f.name == "montant" && compare_decimal(v, "0") < 0)
            emit(row, col, f.name, v, Check::negative_amount,
                 Message("scdl.negative-amount").arg("value", v), std::nullopt, Severity::warning);
        if (f.max_length) {
            if (const std::size_t len = utf8_length(v); len > *f.max_length)
                emit(row, col, f.name, v, Check::max_length,
                     Message("scdl.max-length").arg("length", len).arg("max", *f.max_length));
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
                     Message("scdl.french-siret-value").arg("value", v));
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
                     Message("scdl.one-of-required.empty")
                         .arg("column", c.column)
                         .arg("column2", c.column2));
            }
            break;
        }
        case CustomCheckKind::year_interval: {
            if (state_of(rc.f1) != CellState::ok)
                break;
            const auto v = value_of(rc.f1);
            if (c.allow_year_only && v.size() == 4 && all_digits(v))
                break;
            const char* key = nullptr;
            if (!(v.size() == 9 && all_digits(v.substr(0, 4)) && v[4] == '/' &&
                  all_digits(v.substr(5, 4))))
                key = c.allow_year_only ? "scdl.year-interval-value.not_year_nor_period"
                                        : "scdl.year-interval-value.not_period";
            else if (v.substr(0, 4) == v.substr(5, 4))
                key = "scdl.year-interval-value.same_years";
            else if (v.substr(0, 4) > v.substr(5, 4))
                key = "scdl.year-interval-value.reversed";
            if (key != nullptr)
                emit(row, col_of(rc.f1), name_of(rc.f1), v, Check::year_interval,
                     Message(key).arg("value", v));
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
                std::vector<std::string> names{std::string(c.column)};
                for (const auto o : c.columns)
                    names.emplace_back(o);
                const int at = col_of(rc.f1) != 0 ? rc.f1 : first_present;
                emit(row, col_of(at), name_of(at), value_of(at), Check::cohesive_columns,
                     Message("scdl.cohesive-columns-value")
                         .arg("columns", std::move(names))
                         .arg("filled", filled)
                         .arg("present", present));
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
                     Message("scdl.compare-columns-value.not_comparable")
                         .arg("column", c.column)
                         .arg("value", a)
                         .arg("column2", c.column2)
                         .arg("value2", b));
                break;
            }
            const int cmp = na ? compare_decimal(a, b) : (a < b ? -1 : (a == b ? 0 : 1));
            if (!holds(c.op, cmp))
                emit(row, col_of(rc.f1), name_of(rc.f1), a, Check::compare_columns,
                     Message("scdl.compare-columns-value.fails")
                         .arg("column", c.column)
                         .arg("value", a)
                         .arg("op", op_label(c.op))
                         .arg("column2", c.column2)
                         .arg("value2", b));
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
            std::string terms;
            std::vector<std::string> names;
            for (const int o : rc.others) {
                terms += (terms.empty() ? "" : " + ") + std::string(value_of(o));
                names.emplace_back(name_of(o));
            }
            const auto v = value_of(rc.f1);
            emit(row, col_of(rc.f1), name_of(rc.f1), v, Check::sum_columns,
                 Message("scdl.sum-columns-value")
                     .arg("value", v)
                     .arg("columns", std::move(names))
                     .arg("terms", std::move(terms)));
            break;
        }
        case CustomCheckKind::nomenclature_actes: {
            if (state_of(rc.f1) != CellState::ok)
                break;
            const auto v = value_of(rc.f1);
            const auto slash = v.find('/');
            Message m;
            if (slash == std::string_view::npos) {
                m = Message("scdl.nomenclature-actes-value.no_slash");
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
                if (space_after || known(prefix.substr(0, subvention::detail::skip_spaces_back(
                                                              prefix, prefix.size()))))
                    m = Message("scdl.nomenclature-actes-value.space");
                else
                    m = Message("scdl.nomenclature-actes-value.prefix").arg("prefix", prefix);
            }
            m.arg("value", v);
            emit(row, col_of(rc.f1), name_of(rc.f1), v, Check::nomenclature_actes, std::move(m));
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

/// The file-level issues of the reader not yet reported (ragged and blank rows are reported row
/// by row), as findings, from `seen` on; advances `seen`.
template <class Out>
void new_issue_findings(const csv::Reader& reader, std::size_t& seen, Out&& out) {
    const auto& issues = reader.issues();
    for (; seen < issues.size(); ++seen) {
        const auto& is = issues[seen];
        if (is.kind == csv::IssueKind::ragged_row || is.kind == csv::IssueKind::blank_row)
            continue; // reported row by row (row-missing/extra-cells, row-blank)
        Finding f;
        f.row = is.row;
        f.value = is.value;
        f.rule = check_of(is.kind);
        f.message_fr = is.message_fr;
        f.message_en = is.message_en;
        f.severity = is.kind == csv::IssueKind::utf8_bom ? Severity::warning : Severity::error;
        out(std::move(f));
    }
}

/// Records read ahead, copied out of the reader's buffer: their bytes one after the other, each
/// field as an (offset, size) pair, and the file issues found while reading each record.
struct RecordBatch {
    struct Rec {
        std::uint64_t row;
        std::size_t first_field, field_count;
        std::size_t first_issue, last_issue; // issues found while reading this record
    };
    std::string bytes;
    std::vector<std::pair<std::size_t, std::size_t>> spans;
    std::vector<Rec> records;
    std::vector<Finding> issues; // those found after the last record end the batch
    mutable std::vector<std::string_view> views;

    void clear() {
        bytes.clear();
        spans.clear();
        records.clear();
        issues.clear();
    }
    [[nodiscard]] std::span<const std::string_view> fields(const Rec& r) const {
        views.clear();
        for (std::size_t i = 0; i < r.field_count; ++i) {
            const auto [at, size] = spans[r.first_field + i];
            views.emplace_back(bytes.data() + at, size);
        }
        return views;
    }
};

/// Reads the rest of the file on a second thread while `consume` validates, batch by batch, in
/// reading order, on this one (so findings reach the sink in the order and on the thread of a
/// single-threaded run): the reader and the validator each take about half the time of a row.
/// Memory: three batches of about 256 KiB (or one record, if longer), whatever the file.
template <class Consume>
void read_ahead(csv::Reader& reader, Consume&& consume) {
    constexpr std::size_t batch_bytes = std::size_t{256} << 10;
    constexpr std::size_t depth = 3;
    std::array<RecordBatch, depth> batches;
    std::mutex m;
    std::condition_variable cv;
    std::size_t produced = 0, consumed = 0; // batches handed over, batches given back
    bool finished = false, stop = false;
    std::exception_ptr failure;
    std::jthread producer([&] {
        try {
            csv::Record rec;
            std::size_t seen = reader.issues().size();
            for (bool more = true; more;) {
                {
                    std::unique_lock lock(m);
                    cv.wait(lock, [&] { return produced - consumed < depth || stop; });
                    if (stop)
                        break;
                }
                RecordBatch& b = batches[produced % depth];
                b.clear();
                const auto keep = [&b](Finding f) { b.issues.push_back(std::move(f)); };
                while (b.bytes.size() < batch_bytes) {
                    if (!reader.next(rec)) {
                        more = false;
                        break;
                    }
                    RecordBatch::Rec r{rec.row, b.spans.size(), rec.fields.size(), b.issues.size(),
                                       0};
                    new_issue_findings(reader, seen, keep);
                    r.last_issue = b.issues.size();
                    for (const auto field : rec.fields) {
                        b.spans.emplace_back(b.bytes.size(), field.size());
                        b.bytes.append(field);
                    }
                    b.records.push_back(r);
                }
                if (!more)
                    new_issue_findings(reader, seen, keep);
                std::lock_guard lock(m);
                ++produced;
                cv.notify_all();
            }
        } catch (...) {
            std::lock_guard lock(m);
            failure = std::current_exception();
        }
        std::lock_guard lock(m);
        finished = true;
        cv.notify_all();
    });
    const auto halt = [&] {
        std::lock_guard lock(m);
        stop = true;
        cv.notify_all();
    };
    for (;;) {
        {
            std::unique_lock lock(m);
            cv.wait(lock, [&] { return consumed < produced || finished; });
            if (consumed == produced)
                break; // the reader is done and everything it read is validated
        }
        try {
            consume(batches[consumed % depth]);
        } catch (...) { // the sink failed: the reader stops before the failure goes up
            halt();
            producer.join();
            throw;
        }
        std::lock_guard lock(m);
        ++consumed;
        cv.notify_all();
    }
    producer.join();
    if (failure)
        std::rethrow_exception(failure);
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
        new_issue_findings(reader, issues_seen, [&](const Finding& f) { counting(f); });
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
            say(f, Message("scdl.file-empty"));
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
    if (stream != nullptr && opt.threads != 1 && std::thread::hardware_concurrency() > 1) {
        read_ahead(reader, [&](const RecordBatch& batch) {
            for (const auto& r : batch.records) {
                for (std::size_t i = r.first_issue; i < r.last_issue; ++i)
                    counting(batch.issues[i]);
                ++sum.rows;
                v.row(r.row, batch.fields(r), counting);
            }
            for (std::size_t i = batch.records.empty() ? 0 : batch.records.back().last_issue;
                 i < batch.issues.size(); ++i)
                counting(batch.issues[i]);
        });
    } else {
        while (reader.next(rec)) {
            flush_issues();
            ++sum.rows;
            v.row(rec.row, rec.fields, counting);
        }
        flush_issues();
    }
    sum.readable = !reader.blocked();
    if (stream != nullptr && stream->bad()) {
        sum.readable = false;
        Finding f;
        f.rule = Check::file_unreadable;
        say(f, Message("scdl.file-unreadable").arg("rows", sum.rows));
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

} // namespace subvention::io::scdl
