// SPDX-License-Identifier: Apache-2.0
// subvention::io::scdl — typed SCDL rows: cell parsing (Table Schema rules of subventions 2.1.1 and
// délibérations 2.1.5), canonical cells, CSV writing and import into partial dossiers.
//
// The field rules are those of the official schema.json files (tests/data/scdl/): type
// (Table Schema « date » = ISO AAAA-MM-JJ, « number » with a decimal point, « integer »,
// « boolean » with the schema's trueValues/falseValues), required, pattern, enum, minimum,
// maximum, maxLength (counted in characters, i.e. Unicode code points), and the Validata
// custom checks the schemas list. Empty cells are missing values (Table Schema default
// `missingValues: [""]`).
#include <algorithm>
#include <iterator>
#include <limits>
#include <ostream>
#include <stdexcept>
#include <utility>
#include <variant>

#include <subvention/detail/ascii.hpp>
#include <subvention/io/csv.hpp>
#include <subvention/io/scdl_rows.hpp>

#include "encoding.hpp"

namespace subvention::io::scdl {
namespace {

using subvention::detail::is_digit;

// ---------------------------------------------------------------------------------------------
// Messages

/// Where a cell is, for messages: « ligne 5, colonne 9 » (spreadsheet numbering).
std::string where(std::uint64_t row, std::optional<std::size_t> column) {
    std::string s;
    if (row > 0)
        s = "ligne " + std::to_string(row);
    if (!s.empty())
        s += ", ";
    s += column ? "colonne " + std::to_string(*column + 1) : std::string("colonne absente");
    return s;
}

// ---------------------------------------------------------------------------------------------
// Value parsers: field-agnostic, the caller names the field and the place.

struct Failure {
    ErrorKind kind;
    std::string message;
};
template <class T>
using Parsed = std::variant<T, Failure>;

Parsed<Date> iso_date(std::string_view s) {
    // Table Schema « date », default format: ISO 8601 AAAA-MM-JJ, nothing else.
    if (s.size() != 10 || s[4] != '-' || s[7] != '-')
        return Failure{ErrorKind::format, "date attendue au format AAAA-MM-JJ (ISO 8601)"};
    for (const std::size_t i : {0U, 1U, 2U, 3U, 5U, 6U, 8U, 9U})
        if (!is_digit(s[i]))
            return Failure{ErrorKind::format, "date attendue au format AAAA-MM-JJ (ISO 8601)"};
    const auto num = [s](std::size_t pos, std::size_t len) {
        int v = 0;
        for (std::size_t i = pos; i < pos + len; ++i)
            v = v * 10 + (s[i] - '0');
        return v;
    };
    auto d = make_date(num(0, 4), num(5, 2), num(8, 2));
    if (!d)
        return Failure{d.error().kind, d.error().message};
    return *d;
}

/// A decimal number as Table Schema « number » writes it: optional sign, digits with an
/// optional decimal POINT (no thousands separator), optional exponent (« 1.5E3 »). Held as
/// significant digits × 10^exponent, exactly.
struct Decimal {
    bool negative = false;
    std::string digits; ///< no leading zeros; empty for zero
    std::int64_t exponent = 0;
};

Parsed<Decimal> decimal(std::string_view s) {
    const Failure bad{ErrorKind::format,
                      "nombre attendu, avec un point comme séparateur décimal (« 47800.20 »)"};
    std::size_t i = 0;
    Decimal d;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
        d.negative = s[i] == '-';
        ++i;
    }
    std::string all;
    std::int64_t fraction_digits = 0;
    bool any = false;
    while (i < s.size() && is_digit(s[i])) {
        all += s[i++];
        any = true;
    }
    if (i < s.size() && s[i] == '.') {
        ++i;
        while (i < s.size() && is_digit(s[i])) {
            all += s[i++];
            ++fraction_digits;
            any = true;
        }
    }
    if (!any)
        return s.find(',') != std::string_view::npos
                   ? Failure{ErrorKind::format,
                             "le séparateur décimal est le point, pas la virgule"}
                   : bad;
    std::int64_t exp = 0;
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        bool neg_exp = false;
        if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
            neg_exp = s[i] == '-';
            ++i;
        }
        if (i == s.size())
            return bad;
        while (i < s.size() && is_digit(s[i])) {
            exp = exp * 10 + (s[i++] - '0');
            if (exp > 1000)
                return Failure{ErrorKind::range, "exposant invraisemblable"};
        }
        if (neg_exp)
            exp = -exp;
    }
    if (i != s.size())
        return s.find(',') != std::string_view::npos
                   ? Failure{ErrorKind::format,
                             "le séparateur décimal est le point, pas la virgule"}
                   : bad;
    const auto first = all.find_first_not_of('0');
    d.digits = first == std::string::npos ? std::string() : all.substr(first);
    d.exponent = exp - fraction_digits;
    while (!d.digits.empty() && d.digits.back() == '0') {
        d.digits.pop_back();
        ++d.exponent;
    }
    if (d.digits.empty()) {
        d.negative = false;
        d.exponent = 0;
    }
    return d;
}

/// The decimal as a whole number of units of 10^-scale, if exact and within int64.
std::optional<std::int64_t> scaled(const Decimal& d, std::int64_t scale) {
    if (d.digits.empty())
        return 0;
    const std::int64_t shift = d.exponent + scale;
    if (shift < 0)
        return std::nullopt; // more decimals than the scale
    if (static_cast<std::int64_t>(d.digits.size()) + shift > 18)
        return std::nullopt;
    std::int64_t v = 0;
    for (const char c : d.digits)
        v = v * 10 + (c - '0');
    for (std::int64_t k = 0; k < shift; ++k)
        v *= 10;
    return d.negative ? -v : v;
}

Parsed<Euros> amount(std::string_view s) {
    auto p = decimal(s);
    if (const auto* f = std::get_if<Failure>(&p))
        return *f;
    const auto& d = std::get<Decimal>(p);
    const auto cents = scaled(d, 2);
    if (!cents) {
        if (d.exponent + 2 < 0)
            return Failure{ErrorKind::length,
                           "un montant en euros a au plus deux décimales (centimes)"};
        return Failure{ErrorKind::overflow, "montant hors de la plage prise en charge"};
    }
    return Euros::from_cents(*cents);
}

Parsed<Rate> share(std::string_view s) {
    auto p = decimal(s);
    if (const auto* f = std::get_if<Failure>(&p))
        return *f;
    const auto& d = std::get<Decimal>(p);
    if (d.negative)
        return Failure{ErrorKind::range, "le pourcentage doit être compris entre 0.01 et 1"};
    if (d.exponent > 0 || d.exponent < -15 || d.digits.size() > 17)
        // Outside [0.01, 1] anyway, or more precision than any published file carries.
        return Failure{ErrorKind::range, "le pourcentage doit être compris entre 0.01 et 1"};
    const std::int64_t scale = -d.exponent;
    const auto num = scaled(d, scale);
    std::int64_t den = 1;
    for (std::int64_t k = 0; k < scale; ++k)
        den *= 10;
    if (!num)
        return Failure{ErrorKind::range, "le pourcentage doit être compris entre 0.01 et 1"};
    const Rate r = Rate::from_fraction(*num, den);
    // schema: minimum 0.01, maximum 1 (a share of the total, « 1.00 » for a sole beneficiary)
    if (r < Rate::from_fraction(1, 100) || r > Rate::from_fraction(1, 1))
        return Failure{ErrorKind::range,
                       "le pourcentage s'écrit en nombre décimal entre 0.01 et 1 (« 0.45 » pour "
                       "45 %, « 1.00 » pour un bénéficiaire unique)"};
    return r;
}

Parsed<bool> oui_non(std::string_view s) {
    // notificationUE: trueValues ["oui"], falseValues ["non"], exactly.
    if (s == "oui")
        return true;
    if (s == "non")
        return false;
    return Failure{ErrorKind::component, "seules les valeurs « oui » et « non » sont autorisées"};
}

Parsed<Siret> siret(std::string_view s) {
    // pattern ^\d{14}$ first (a SIRET with spaces is readable but not in the format), then
    // french-siret-value (Luhn, La Poste exception) through Siret::parse.
    if (s.size() != 14 || !std::all_of(s.begin(), s.end(), is_digit)) {
        const bool digits_only = std::all_of(s.begin(), s.end(), is_digit);
        return Failure{digits_only ? ErrorKind::length : ErrorKind::format,
                       "un SIRET s'écrit en 14 chiffres d'un seul tenant (motif ^\\d{14}$)"};
    }
    auto r = Siret::parse(s);
    if (!r)
        return Failure{r.error().kind, r.error().message};
    return *r;
}

Parsed<Rna> rna(std::string_view s) {
    // pattern ^W\d{9}$
    if (s.size() != 10 || s[0] != 'W' || !std::all_of(s.begin() + 1, s.end(), is_digit))
        return Failure{ErrorKind::format,
                       "un numéro RNA s'écrit W suivi de 9 chiffres (motif ^W\\d{9}$)"};
    auto r = Rna::parse(s);
    if (!r)
        return Failure{r.error().kind, r.error().message};
    return *r;
}

Parsed<std::int32_t> count(std::string_view s) {
    // Table Schema « integer »: optional sign and digits.
    std::size_t i = 0;
    bool neg = false;
    if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
        neg = s[0] == '-';
        i = 1;
    }
    if (i == s.size())
        return Failure{ErrorKind::format, "nombre entier attendu"};
    std::int64_t v = 0;
    for (; i < s.size(); ++i) {
        if (!is_digit(s[i]))
            return Failure{ErrorKind::format, "nombre entier attendu"};
        v = v * 10 + (s[i] - '0');
        if (v > MemberCount::max_parsed)
            return Failure{ErrorKind::range, "effectif invraisemblable (plus de 1 000 000)"};
    }
    if (neg && v != 0)
        return Failure{ErrorKind::range, "un effectif ne peut pas être négatif"};
    return static_cast<std::int32_t>(v);
}

bool is_uri(std::string_view s) {
    // format « uri » (RFC 3986 absolute URI): scheme ":" then no blanks or controls.
    const auto colon = s.find(':');
    if (colon == std::string_view::npos || colon == 0 || colon + 1 == s.size() ||
        !subvention::detail::is_ascii_alpha(s[0]))
        return false;
    for (std::size_t i = 1; i < colon; ++i)
        if (!subvention::detail::is_ascii_alnum(s[i]) && s[i] != '+' && s[i] != '-' && s[i] != '.')
            return false;
    return std::none_of(s.begin(), s.end(),
                        [](char c) { return static_cast<unsigned char>(c) <= 0x20U; });
}

// ---------------------------------------------------------------------------------------------
// Reading cells of a row, collecting errors

/// One row being read: its cells, the header map, the row number and the errors so far.
template <class Field>
class RowReader {
public:
    RowReader(std::span<const std::string_view> cells, const HeaderMap& header, std::uint64_t row)
        : cells_(cells)
        , header_(header)
        , row_(row) {}

    [[nodiscard]] std::string_view cell(Field f) const {
        const auto c = header_.column(f);
        if (!c || *c >= cells_.size())
            return {};
        return cells_[*c];
    }
    [[nodiscard]] std::optional<std::size_t> column(Field f) const { return header_.column(f); }
    [[nodiscard]] std::uint64_t row() const noexcept { return row_; }

    void fail(Field f, ErrorKind kind, const std::string& message) {
        errors.push_back(
            make_error(kind, name(f), cell(f),
                       where(row_, column(f)) + " (" + std::string(name(f)) + ") : " + message));
    }

    /// A required cell, or an error.
    std::optional<std::string> required(Field f) {
        const auto c = cell(f);
        if (c.empty()) {
            fail(f, ErrorKind::empty,
                 column(f) ? "valeur obligatoire absente" : "colonne obligatoire absente");
            return std::nullopt;
        }
        return std::string(c);
    }
    std::optional<std::string> optional_text(Field f) {
        const auto c = cell(f);
        return c.empty() ? std::nullopt : std::optional<std::string>(std::string(c));
    }
    /// Parses a cell with `p`; empty cells give nullopt (and an error when `is_required`).
    template <class T>
    std::optional<T> typed(Field f, Parsed<T> (*p)(std::string_view), bool is_required) {
        const auto c = cell(f);
        if (c.empty()) {
            if (is_required)
                fail(f, ErrorKind::empty,
                     column(f) ? "valeur obligatoire absente" : "colonne obligatoire absente");
            return std::nullopt;
        }
        auto r = p(c);
        if (const auto* e = std::get_if<Failure>(&r)) {
            fail(f, e->kind, e->message);
            return std::nullopt;
        }
        return std::get<T>(std::move(r));
    }
    void max_length(Field f, std::size_t n) {
        const auto c = cell(f);
        if (char_count(c) > n)
            fail(f, ErrorKind::length,
                 "au plus " + std::to_string(n) + " caractères (" + std::to_string(char_count(c)) +
                     " ici)");
    }

    std::vector<Error> errors;

private:
    std::span<const std::string_view> cells_;
    const HeaderMap& header_;
    std::uint64_t row_;
};

SourceRef src(DocumentKind doc, std::uint64_t row, std::optional<std::size_t> column,
              std::string_view field, std::string_view cell) {
    return SourceRef{doc, where(row, column) + " (" + std::string(field) + ")", std::string(cell)};
}

template <class Field>
SourceRef src(DocumentKind doc, const RowReader<Field>& r, Field f) {
    return src(doc, r.row(), r.column(f), name(f), r.cell(f));
}

/// Whether the checker will report this identifier cell itself (ID-CHECKSUM, ID-LABEL): the
/// library cannot read it as the identifier it is labelled. Only a cell the library reads but
/// the SCDL pattern refuses (« 440 672 020 00037 » with spaces) stays a cell error.
bool checker_reports(const Error& e, bool rna_field) {
    return rna_field ? !Rna::parse(e.value).ok() : !Siret::parse(e.value).ok();
}

std::string two_decimals_min(const Rate& r) {
    // Exact decimal expansion with at least two decimals (« 1.00 », « 0.45 », « 0.125 »).
    using integer = Rate::integer;
    integer num = r.numerator();
    integer den = r.denominator();
    integer d = den;
    while (d % 2 == 0)
        d /= 2;
    while (d % 5 == 0)
        d /= 5;
    if (d != 1)
        throw std::invalid_argument("subvention: pourcentageSubvention « " + r.to_string() +
                                    " » n'a pas d'écriture décimale exacte");
    const integer whole = num / den;
    std::string s = whole.str();
    integer rem = num % den;
    std::string frac;
    while (rem != 0) {
        rem *= 10;
        frac += static_cast<char>('0' + static_cast<int>(rem / den));
        rem %= den;
    }
    while (frac.size() < 2)
        frac += '0';
    return s + "." + frac;
}

} // namespace

// =============================================================================================
// HeaderMap

HeaderMap HeaderMap::subventions(std::span<const std::string_view> header) {
    HeaderMap m;
    m.columns_.fill(absent);
    for (std::size_t i = 0; i < subvention_field_count; ++i)
        for (std::size_t c = 0; c < header.size(); ++c)
            if (header[c] == subvention_field_names[i]) {
                m.columns_[i] = c;
                break;
            }
    return m;
}

HeaderMap HeaderMap::deliberations(std::span<const std::string_view> header) {
    HeaderMap m;
    m.deliberations_ = true;
    m.columns_.fill(absent);
    for (std::size_t i = 0; i < deliberation_field_count; ++i)
        for (std::size_t c = 0; c < header.size(); ++c)
            if (header[c] == deliberation_field_names[i]) {
                m.columns_[i] = c;
                break;
            }
    return m;
}

HeaderMap HeaderMap::canonical_subventions() {
    return subventions(subvention_field_names);
}

HeaderMap HeaderMap::canonical_deliberations() {
    return deliberations(deliberation_field_names);
}

std::optional<std::size_t> HeaderMap::column(SubventionField f) const noexcept {
    const auto c = columns_[static_cast<std::size_t>(f)];
    if (deliberations_ || c == absent)
        return std::nullopt;
    return c;
}

std::optional<std::size_t> HeaderMap::column(DeliberationField f) const noexcept {
    const auto c = columns_[static_cast<std::size_t>(f)];
    if (!deliberations_ || c == absent)
        return std::nullopt;
    return c;
}

std::vector<std::string_view> HeaderMap::missing() const {
    std::vector<std::string_view> out;
    const std::size_t n = deliberations_ ? deliberation_field_count : subvention_field_count;
    for (std::size_t i = 0; i < n; ++i)
        if (columns_[i] == absent)
            out.push_back(deliberations_ ? deliberation_field_names[i] : subvention_field_names[i]);
    return out;
}

// =============================================================================================
// Subventions value types

std::string_view to_string(AidNature n) noexcept {
    switch (n) {
    case AidNature::numeraire:
        return "aide en numéraire";
    case AidNature::nature:
        return "aide en nature";
    case AidNature::numeraire_puis_nature:
        return "aide en numéraire;aide en nature";
    case AidNature::nature_puis_numeraire:
        return "aide en nature;aide en numéraire";
    }
    return "aide en numéraire";
}

Result<AidNature> parse_aid_nature(std::string_view cell) {
    for (const auto n : {AidNature::numeraire, AidNature::nature, AidNature::numeraire_puis_nature,
                         AidNature::nature_puis_numeraire})
        if (cell == to_string(n))
            return n;
    return make_error(cell.empty() ? ErrorKind::empty : ErrorKind::component, "nature", cell,
                      "valeurs autorisées : « aide en numéraire », « aide en nature », « aide en "
                      "numéraire;aide en nature », « aide en nature;aide en numéraire »");
}

std::string to_string(const PaymentConditions& c) {
    switch (c.kind) {
    case PaymentConditions::Kind::unique:
        return "unique";
    case PaymentConditions::Kind::echelonne:
        return "échelonné";
    case PaymentConditions::Kind::autre:
        return c.description;
    }
    return c.description;
}

Result<PaymentConditions> parse_payment_conditions(std::string_view cell) {
    if (cell.empty())
        return make_error(ErrorKind::empty, "conditionsVersement", cell, "valeur obligatoire");
    if (char_count(cell) > 256)
        return make_error(ErrorKind::length, "conditionsVersement", cell, "au plus 256 caractères");
    if (cell == "unique")
        return PaymentConditions{PaymentConditions::Kind::unique, {}};
    if (cell == "échelonné")
        return PaymentConditions{PaymentConditions::Kind::echelonne, {}};
    return PaymentConditions{PaymentConditions::Kind::autre, std::string(cell)};
}

std::string to_string(const PaymentDates& d) {
    std::string s = format_date(d.first, DateStyle::iso);
    if (d.last)
        s += "/" + format_date(*d.last, DateStyle::iso);
    return s;
}

Result<PaymentDates> parse_payment_dates(std::string_view cell) {
    constexpr std::string_view field = "datesPeriodeVersement";
    if (cell.empty())
        return make_error(ErrorKind::empty, field, cell, "valeur obligatoire");
    const auto slash = cell.find('/');
    const auto one = [&](std::string_view part) -> Result<Date> {
        auto d = iso_date(part);
        if (const auto* f = std::get_if<Failure>(&d))
            return make_error(f->kind, field, cell,
                              "une date AAAA-MM-JJ ou une période AAAA-MM-JJ/AAAA-MM-JJ est "
                              "attendue : " +
                                  f->message);
        return std::get<Date>(d);
    };
    auto first = one(cell.substr(0, slash));
    if (!first)
        return first.error();
    if (slash == std::string_view::npos)
        return PaymentDates{*first, std::nullopt};
    auto last = one(cell.substr(slash + 1));
    if (!last)
        return last.error();
    return PaymentDates{*first, *last};
}

// =============================================================================================
// Délibérations value types

std::string to_string(const ActesMatiereCode& c) {
    std::string s = std::to_string(c.matiere) + ".";
    if (c.two_digits && c.sous_matiere < 10)
        s += '0';
    return s + std::to_string(c.sous_matiere);
}

Result<ActesMatiereCode> parse_actes_matiere_code(std::string_view cell) {
    // pattern ^\d\.\d{1,2}$
    if (cell.empty())
        return make_error(ErrorKind::empty, "DELIB_MATIERE_CODE", cell, "valeur obligatoire");
    if ((cell.size() != 3 && cell.size() != 4) || !is_digit(cell[0]) || cell[1] != '.' ||
        !std::all_of(cell.begin() + 2, cell.end(), is_digit))
        return make_error(ErrorKind::format, "DELIB_MATIERE_CODE", cell,
                          "un code de matière @ctes s'écrit chiffre, point, un ou deux chiffres "
                          "(« 7.5 », motif ^\\d\\.\\d{1,2}$)");
    ActesMatiereCode c;
    c.matiere = static_cast<std::uint8_t>(cell[0] - '0');
    c.two_digits = cell.size() == 4;
    c.sous_matiere = static_cast<std::uint8_t>(c.two_digits ? (cell[2] - '0') * 10 + (cell[3] - '0')
                                                            : cell[2] - '0');
    return c;
}

std::string to_string(const BudgetYears& y) {
    std::string s = std::to_string(y.first);
    if (y.last)
        s += "/" + std::to_string(*y.last);
    return s;
}

Result<BudgetYears> parse_budget_years(std::string_view cell) {
    constexpr std::string_view field = "BUDGET_ANNEE";
    const auto four = [](std::string_view p) {
        return p.size() == 4 && std::all_of(p.begin(), p.end(), is_digit);
    };
    const auto num = [](std::string_view p) {
        return (p[0] - '0') * 1000 + (p[1] - '0') * 100 + (p[2] - '0') * 10 + (p[3] - '0');
    };
    if (cell.empty())
        return make_error(ErrorKind::empty, field, cell, "valeur absente");
    const auto slash = cell.find('/');
    const auto a = cell.substr(0, slash);
    if (!four(a) || (slash != std::string_view::npos && !four(cell.substr(slash + 1))))
        return make_error(ErrorKind::format, field, cell,
                          "une année AAAA ou un intervalle AAAA/AAAA est attendu (motif "
                          "^[0-9]{4}(\\/[0-9]{4})?$)");
    BudgetYears y{num(a), std::nullopt};
    if (slash != std::string_view::npos) {
        y.last = num(cell.substr(slash + 1));
        // year-interval-value: the second year comes after the first.
        if (*y.last <= y.first)
            return make_error(ErrorKind::range, field, cell,
                              "dans un intervalle d'années, la seconde année doit être "
                              "postérieure à la première");
    }
    return y;
}

// =============================================================================================
// Subvention rows

namespace {

/// Reads every field of a subventions row; the typed values of the cells that are valid.
struct SubventionCells {
    std::optional<std::string> nom_attribuant, reference_decision, nom_beneficiaire, objet, id_rae,
        dispositif_aide;
    std::optional<Siret> id_attribuant, id_beneficiaire;
    std::optional<Rna> rna_beneficiaire;
    std::optional<Date> date_convention;
    std::optional<Euros> montant;
    std::optional<AidNature> nature;
    std::optional<PaymentConditions> conditions;
    std::optional<PaymentDates> dates;
    std::optional<bool> notification_ue;
    std::optional<Rate> pourcentage;
};

template <class T>
Parsed<T> from_result(Result<T> r) {
    if (!r)
        return Failure{r.error().kind, r.error().message};
    return std::move(r).value();
}

Parsed<AidNature> nature_cell(std::string_view s) {
    return from_result(parse_aid_nature(s));
}
Parsed<PaymentConditions> conditions_cell(std::string_view s) {
    return from_result(parse_payment_conditions(s));
}
Parsed<PaymentDates> dates_cell(std::string_view s) {
    return from_result(parse_payment_dates(s));
}
Parsed<ActesMatiereCode> matiere_cell(std::string_view s) {
    return from_result(parse_actes_matiere_code(s));
}
Parsed<BudgetYears> budget_cell(std::string_view s) {
    return from_result(parse_budget_years(s));
}

SubventionCells read_subvention(RowReader<SubventionField>& r) {
    using F = SubventionField;
    SubventionCells c;
    c.nom_attribuant = r.required(F::nom_attribuant);
    c.id_attribuant = r.typed<Siret>(F::id_attribuant, &siret, true);
    c.date_convention = r.typed<Date>(F::date_convention, &iso_date, true);
    c.reference_decision = r.optional_text(F::reference_decision);
    c.nom_beneficiaire = r.required(F::nom_beneficiaire);
    c.id_beneficiaire = r.typed<Siret>(F::id_beneficiaire, &siret, false);
    c.rna_beneficiaire = r.typed<Rna>(F::rna_beneficiaire, &rna, false);
    c.objet = r.required(F::objet);
    r.max_length(F::objet, 256);
    c.montant = r.typed<Euros>(F::montant, &amount, true);
    c.nature = r.typed<AidNature>(F::nature, &nature_cell, true);
    c.conditions = r.typed<PaymentConditions>(F::conditions_versement, &conditions_cell, true);
    c.dates = r.typed<PaymentDates>(F::dates_periode_versement, &dates_cell, true);
    c.id_rae = r.optional_text(F::id_rae);
    r.max_length(F::id_rae, 5);
    c.notification_ue = r.typed<bool>(F::notification_ue, &oui_non, true);
    c.pourcentage = r.typed<Rate>(F::pourcentage_subvention, &share, true);
    c.dispositif_aide = r.optional_text(F::dispositif_aide);
    // one-of-required: idBeneficiaire or rnaBeneficiaire (an empty cell, not an invalid one).
    if (r.cell(F::id_beneficiaire).empty() && r.cell(F::rna_beneficiaire).empty())
        r.fail(F::id_beneficiaire, ErrorKind::empty,
               "idBeneficiaire ou rnaBeneficiaire doit être renseigné (one-of-required)");
    return c;
}

} // namespace

Result<SubventionRow> parse_subvention_row(std::span<const std::string_view> cells,
                                           const HeaderMap& header, std::uint64_t row) {
    RowReader<SubventionField> r(cells, header, row);
    auto c = read_subvention(r);
    if (!r.errors.empty())
        return r.errors.front();
    return SubventionRow{*c.nom_attribuant,
                         *c.id_attribuant,
                         *c.date_convention,
                         c.reference_decision,
                         *c.nom_beneficiaire,
                         c.id_beneficiaire,
                         c.rna_beneficiaire,
                         *c.objet,
                         *c.montant,
                         *c.nature,
                         *c.conditions,
                         *c.dates,
                         c.id_rae,
                         *c.notification_ue,
                         *c.pourcentage,
                         c.dispositif_aide};
}

std::vector<std::string> to_cells(const SubventionRow& r) {
    return {r.nom_attribuant,
            std::string(r.id_attribuant.compact()),
            format_date(r.date_convention, DateStyle::iso),
            r.reference_decision.value_or(""),
            r.nom_beneficiaire,
            r.id_beneficiaire ? std::string(r.id_beneficiaire->compact()) : std::string(),
            r.rna_beneficiaire ? std::string(r.rna_beneficiaire->compact()) : std::string(),
            r.objet,
            r.montant.to_iso(),
            std::string(to_string(r.nature)),
            to_string(r.conditions_versement),
            to_string(r.dates_periode_versement),
            r.id_rae.value_or(""),
            r.notification_ue ? "oui" : "non",
            two_decimals_min(r.pourcentage_subvention),
            r.dispositif_aide.value_or("")};
}

// =============================================================================================
// Délibération rows

namespace {

struct DeliberationCells {
    std::optional<std::string> coll_nom, delib_id, matiere_nom, objet, budget_nom, pref_id, url;
    std::optional<Siret> coll_siret;
    std::optional<Date> delib_date, pref_date;
    std::optional<ActesMatiereCode> matiere_code;
    std::optional<BudgetYears> budget_annee;
    std::optional<DeliberationVotes> votes;
};

DeliberationCells read_deliberation(RowReader<DeliberationField>& r) {
    using F = DeliberationField;
    DeliberationCells c;
    c.coll_nom = r.required(F::coll_nom);
    c.coll_siret = r.typed<Siret>(F::coll_siret, &siret, true);
    c.delib_id = r.required(F::delib_id);
    c.delib_date = r.typed<Date>(F::delib_date, &iso_date, true);
    c.matiere_code = r.typed<ActesMatiereCode>(F::delib_matiere_code, &matiere_cell, true);
    c.matiere_nom = r.required(F::delib_matiere_nom);
    c.objet = r.required(F::delib_objet);
    c.budget_annee = r.typed<BudgetYears>(F::budget_annee, &budget_cell, false);
    c.budget_nom = r.optional_text(F::budget_nom);
    c.pref_id = r.optional_text(F::pref_id);
    c.pref_date = r.typed<Date>(F::pref_date, &iso_date, false);
    c.url = r.optional_text(F::delib_url);
    if (c.url && !is_uri(*c.url))
        r.fail(F::delib_url, ErrorKind::format,
               "une adresse absolue est attendue (format uri : « https://… »)");

    // cohesive-columns-value: BUDGET_ANNEE and BUDGET_NOM together or not at all.
    const bool has_annee = !r.cell(F::budget_annee).empty();
    const bool has_nom = !r.cell(F::budget_nom).empty();
    if (has_annee != has_nom)
        r.fail(has_annee ? F::budget_nom : F::budget_annee, ErrorKind::empty,
               "BUDGET_ANNEE et BUDGET_NOM se renseignent ensemble (cohesive-columns)");
    // compare-columns-value: PREF_DATE >= DELIB_DATE.
    if (c.pref_date && c.delib_date && *c.pref_date < *c.delib_date)
        r.fail(F::pref_date, ErrorKind::range,
               "la date de transmission au contrôle de légalité précède la date de la "
               "délibération (" +
                   format_date(*c.delib_date, DateStyle::iso) + ")");

    // Votes: cohesive, then compare and sum.
    constexpr std::array<F, 5> vote_fields = {F::vote_effectif, F::vote_reel, F::vote_pour,
                                              F::vote_contre, F::vote_abstention};
    std::size_t filled = 0;
    for (const auto f : vote_fields)
        filled += r.cell(f).empty() ? 0U : 1U;
    if (filled != 0 && filled != vote_fields.size()) {
        for (const auto f : vote_fields)
            if (r.cell(f).empty())
                r.fail(f, ErrorKind::empty,
                       "les colonnes VOTE_* se renseignent toutes ou aucune (cohesive-columns)");
    }
    std::array<std::optional<std::int32_t>, 5> v{};
    for (std::size_t i = 0; i < vote_fields.size(); ++i)
        v[i] = r.typed<std::int32_t>(vote_fields[i], &count, false);
    if (filled == vote_fields.size() &&
        std::all_of(v.begin(), v.end(), [](const auto& x) { return x.has_value(); })) {
        const std::int32_t eff = *v[0], reel = *v[1], pour = *v[2], contre = *v[3], abst = *v[4];
        bool ok = true;
        const auto cmp = [&](F f, std::int32_t a, std::string_view other, std::int32_t b) {
            if (a < b) {
                r.fail(f, ErrorKind::range,
                       std::string(name(f)) + " (" + std::to_string(a) +
                           ") doit être supérieur ou "
                           "égal à " +
                           std::string(other) + " (" + std::to_string(b) + ") (compare-columns)");
                ok = false;
            }
        };
        cmp(F::vote_effectif, eff, "VOTE_REEL", reel);
        cmp(F::vote_reel, reel, "VOTE_POUR", pour);
        cmp(F::vote_reel, reel, "VOTE_CONTRE", contre);
        cmp(F::vote_reel, reel, "VOTE_ABSTENTION", abst);
        if (static_cast<std::int64_t>(pour) + contre + abst != reel) {
            r.fail(F::vote_reel, ErrorKind::range,
                   "VOTE_REEL (" + std::to_string(reel) +
                       ") doit être la somme de VOTE_POUR, VOTE_CONTRE et VOTE_ABSTENTION (" +
                       std::to_string(static_cast<std::int64_t>(pour) + contre + abst) +
                       ") (sum-columns)");
            ok = false;
        }
        if (ok)
            c.votes = DeliberationVotes{MemberCount(eff), VoteCount(reel), VoteCount(pour),
                                        VoteCount(contre), VoteCount(abst)};
    }
    return c;
}

} // namespace

Result<DeliberationRow> parse_deliberation_row(std::span<const std::string_view> cells,
                                               const HeaderMap& header, std::uint64_t row) {
    RowReader<DeliberationField> r(cells, header, row);
    auto c = read_deliberation(r);
    if (!r.errors.empty())
        return r.errors.front();
    return DeliberationRow{
        *c.coll_nom,    *c.coll_siret, *c.delib_id,    *c.delib_date, *c.matiere_code,
        *c.matiere_nom, *c.objet,      c.budget_annee, c.budget_nom,  c.pref_id,
        c.pref_date,    c.votes,       c.url};
}

std::vector<std::string> to_cells(const DeliberationRow& r) {
    const auto votes = [&r](auto get) {
        return r.votes ? std::to_string(get(*r.votes)) : std::string();
    };
    return {r.coll_nom,
            std::string(r.coll_siret.compact()),
            r.delib_id,
            format_date(r.delib_date, DateStyle::iso),
            to_string(r.delib_matiere_code),
            r.delib_matiere_nom,
            r.delib_objet,
            r.budget_annee ? to_string(*r.budget_annee) : std::string(),
            r.budget_nom.value_or(""),
            r.pref_id.value_or(""),
            r.pref_date ? format_date(*r.pref_date, DateStyle::iso) : std::string(),
            votes([](const DeliberationVotes& v) { return v.effectif.count(); }),
            votes([](const DeliberationVotes& v) { return v.reel.count(); }),
            votes([](const DeliberationVotes& v) { return v.pour.count(); }),
            votes([](const DeliberationVotes& v) { return v.contre.count(); }),
            votes([](const DeliberationVotes& v) { return v.abstention.count(); }),
            r.delib_url.value_or("")};
}

// =============================================================================================
// CSV writing

namespace {
template <std::size_t N>
void write_strings(std::ostream& out, const std::array<std::string_view, N>& fields) {
    csv::write_record(out, std::span<const std::string_view>(fields.data(), fields.size()));
}

template <std::size_t N>
std::vector<NeutralisedCell> write_cells(std::ostream& out, std::vector<std::string> cells,
                                         const std::array<std::string_view, N>& names,
                                         const std::array<bool, N>& free_text, std::uint64_t row) {
    std::vector<NeutralisedCell> neutralised;
    for (std::size_t i = 0; i < cells.size() && i < N; ++i)
        if (free_text[i] && starts_like_formula(cells[i])) {
            neutralised.push_back(NeutralisedCell{row, names[i], cells[i]});
            cells[i].insert(0, 1, '\'');
        }
    std::vector<std::string_view> views(cells.begin(), cells.end());
    csv::write_record(out, views);
    return neutralised;
}

template <class Row, std::size_t N>
std::vector<NeutralisedCell> write_rows(std::ostream& out, std::span<const Row> rows,
                                        const std::array<std::string_view, N>& names) {
    write_strings(out, names);
    std::vector<NeutralisedCell> all;
    std::uint64_t row = 1;
    for (const auto& r : rows) {
        auto n = write_row(out, r, ++row);
        all.insert(all.end(), std::make_move_iterator(n.begin()), std::make_move_iterator(n.end()));
    }
    return all;
}
} // namespace

void write_subventions_header(std::ostream& out) {
    write_strings(out, subvention_field_names);
}
std::vector<NeutralisedCell> write_row(std::ostream& out, const SubventionRow& r,
                                       std::uint64_t row) {
    return write_cells(out, to_cells(r), subvention_field_names, subvention_free_text, row);
}
std::vector<NeutralisedCell> write_csv(std::ostream& out, std::span<const SubventionRow> rows) {
    return write_rows(out, rows, subvention_field_names);
}

void write_deliberations_header(std::ostream& out) {
    write_strings(out, deliberation_field_names);
}
std::vector<NeutralisedCell> write_row(std::ostream& out, const DeliberationRow& r,
                                       std::uint64_t row) {
    return write_cells(out, to_cells(r), deliberation_field_names, deliberation_free_text, row);
}
std::vector<NeutralisedCell> write_csv(std::ostream& out, std::span<const DeliberationRow> rows) {
    return write_rows(out, rows, deliberation_field_names);
}

// =============================================================================================
// Import

ImportedRow import_subvention_row(std::span<const std::string_view> cells, const HeaderMap& header,
                                  std::uint64_t row, std::optional<Date> published) {
    using F = SubventionField;
    constexpr auto conv = DocumentKind::convention;
    RowReader<F> r(cells, header, row);
    const auto c = read_subvention(r);
    ImportedRow out;
    for (auto& e : r.errors) {
        // An empty identifier cell is one-of-required's error, not the checker's. Both
        // beneficiary identifiers go into the dossier (the RNA beside a SIRET as an other
        // identifier), so the checker reports either.
        const bool rna_field = e.field == name(F::rna_beneficiaire);
        const bool identifier =
            !e.value.empty() &&
            (e.field == name(F::id_attribuant) || e.field == name(F::id_beneficiaire) || rna_field);
        if (!(identifier && checker_reports(e, rna_field)))
            out.errors.push_back(std::move(e));
    }

    Convention cv;
    cv.status = DocumentStatus::executed; // a published row describes a concluded convention
    cv.object = {c.objet.value_or(std::string(r.cell(F::objet))), src(conv, r, F::objet)};
    cv.grantor.name = std::string(r.cell(F::nom_attribuant));
    cv.grantor.source = src(conv, r, F::nom_attribuant);
    if (!r.cell(F::id_attribuant).empty())
        cv.grantor.identifier =
            StatedIdentifier{IdentifierLabel::siret, std::string(r.cell(F::id_attribuant)),
                             src(conv, r, F::id_attribuant)};
    if (c.reference_decision) {
        // referenceDecision is free text; when it is a deliberation number, it is the
        // authorising act (« dûment autorisé par délibération n° … »).
        if (auto n = DeliberationNumber::parse(*c.reference_decision))
            cv.grantor.authorisation = StatedAuthorisation{std::nullopt, std::nullopt, *n,
                                                           src(conv, r, F::reference_decision)};
    }
    cv.beneficiary.name = std::string(r.cell(F::nom_beneficiaire));
    cv.beneficiary.source = src(conv, r, F::nom_beneficiaire);
    // The SIRET is the principal identifier when given; the RNA otherwise, or beside it.
    if (!r.cell(F::id_beneficiaire).empty())
        cv.beneficiary.identifier =
            StatedIdentifier{IdentifierLabel::siret, std::string(r.cell(F::id_beneficiaire)),
                             src(conv, r, F::id_beneficiaire)};
    if (!r.cell(F::rna_beneficiaire).empty()) {
        StatedIdentifier stated_rna{IdentifierLabel::rna, std::string(r.cell(F::rna_beneficiaire)),
                                    src(conv, r, F::rna_beneficiaire)};
        if (cv.beneficiary.identifier)
            cv.beneficiary.other_identifiers.push_back(std::move(stated_rna));
        else
            cv.beneficiary.identifier = std::move(stated_rna);
    }
    if (c.montant) {
        // montant: the total granted (« montant total de la subvention »), the convention's
        // ceiling.
        Action a;
        a.description = cv.object.value;
        a.amount = Stated<Euros>{*c.montant, src(conv, r, F::montant)};
        cv.actions.push_back(std::move(a));
        if (c.conditions && c.conditions->kind == PaymentConditions::Kind::unique) {
            Payment p;
            p.kind = PaymentKind::single;
            p.amount = Stated<Euros>{*c.montant, src(conv, r, F::conditions_versement)};
            if (c.dates && !c.dates->last) {
                p.trigger = PaymentTrigger::date;
                p.date = c.dates->first;
            }
            cv.payment_schedule.payments.push_back(std::move(p));
        }
    }
    cv.signature.date = {c.date_convention, src(conv, r, F::date_convention)};
    out.dossier.convention = std::move(cv);
    if (published)
        out.dossier.open_data_publication =
            Stated<Date>{*published, SourceRef{DocumentKind::dossier, "fichier publié", {}}};
    return out;
}

ImportedRow import_deliberation_row(std::span<const std::string_view> cells,
                                    const HeaderMap& header, std::uint64_t row) {
    using F = DeliberationField;
    constexpr auto doc = DocumentKind::deliberation;
    RowReader<F> r(cells, header, row);
    const auto c = read_deliberation(r);
    ImportedRow out;
    for (auto& e : r.errors)
        if (!(e.field == name(F::coll_siret) && !e.value.empty() && checker_reports(e, false)))
            out.errors.push_back(std::move(e));

    Deliberation d;
    d.collectivite.name = std::string(r.cell(F::coll_nom));
    if (!r.cell(F::coll_siret).empty())
        d.collectivite.siret = StatedIdentifier{
            IdentifierLabel::siret, std::string(r.cell(F::coll_siret)), src(doc, r, F::coll_siret)};
    // PREF_ID « PREFNNN »: the prefecture of département NNN (« PREF062 » → « 62 »), whose
    // code selects the territory's holidays.
    if (c.pref_id && c.pref_id->size() == 7 && c.pref_id->starts_with("PREF")) {
        std::string code = c.pref_id->substr(4);
        if (code[0] == '0')
            code.erase(0, 1);
        d.collectivite.departement_code = code;
    }
    d.meeting_date = {c.delib_date.value_or(Date(boost::gregorian::not_a_date_time)),
                      src(doc, r, F::delib_date)};
    std::optional<DeliberationNumber> number;
    if (c.delib_id)
        if (auto n = DeliberationNumber::parse(*c.delib_id))
            number = *n;
    d.number = {number, src(doc, r, F::delib_id)};
    d.title = c.objet.value_or("");
    if (c.votes) {
        VoteTally t;
        t.pour = c.votes->pour;
        t.contre = c.votes->contre;
        t.abstention = c.votes->abstention;
        d.tally = {t, src(doc, r, F::vote_reel)};
    }
    if (c.pref_date)
        d.transmission_date = Stated<Date>{*c.pref_date, src(doc, r, F::pref_date)};
    out.dossier.deliberation = std::move(d);
    return out;
}

Dossier to_partial_dossier(const SubventionRow& r, std::uint64_t row,
                           std::optional<Date> published) {
    const auto cells = to_cells(r);
    const std::vector<std::string_view> views(cells.begin(), cells.end());
    return import_subvention_row(views, HeaderMap::canonical_subventions(), row, published).dossier;
}

Dossier to_partial_dossier(const DeliberationRow& r, std::uint64_t row) {
    const auto cells = to_cells(r);
    const std::vector<std::string_view> views(cells.begin(), cells.end());
    return import_deliberation_row(views, HeaderMap::canonical_deliberations(), row).dossier;
}

std::vector<std::string> applicable_rules_subventions() {
    // What a subventions row can show: identifiers (SIRET, RNA, as labelled), and the
    // publication deadline (three months after the signature: PUBLICATION-OPEN-DATA).
    return {"ID-CHECKSUM", "ID-LABEL", "PUBLICATION-OPEN-DATA"};
}

std::vector<std::string> applicable_rules_deliberations() {
    // The collectivité's SIRET, and the number's year against the date of adoption.
    return {"ID-CHECKSUM", "ID-LABEL", "DELIB-NUMBER"};
}

} // namespace subvention::io::scdl
