// SPDX-License-Identifier: Apache-2.0
// Typed SCDL rows (subventions 2.1.1, délibérations 2.1.5): cell parsing and canonical cells
// for every field type, errors naming row / column / field / value, export of the APES dossier,
// import of the official valid example into partial dossiers and the checker over them.
#include <algorithm>
#include <cstdint>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include <subvention/compliance/checker.hpp>
#include <subvention/examples/apes_2023.hpp>
#include <subvention/io/csv.hpp>
#include <subvention/io/scdl.hpp>
#include <subvention/io/scdl_rows.hpp>

// Each suite in its own namespace: the suites of a group are compiled together (unity build).
namespace test_io_scdl_rows_test {

namespace {

using namespace subvention;
using namespace subvention::io::scdl;

/// A FICTITIOUS SIRET (valid Luhn, no known establishment) standing for the département's,
/// which the seed dossier does not give: the export must take it from the options.
constexpr std::string_view fictitious_departement_siret = "12345678200002";

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::vector<std::string_view> views(const std::vector<std::string>& cells) {
    return {cells.begin(), cells.end()};
}

/// Deterministic pseudo-random numbers (64-bit LCG, Knuth's MMIX constants).
struct Lcg {
    std::uint64_t state;
    std::uint64_t next() {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return state >> 11;
    }
    std::int64_t below(std::int64_t n) {
        return static_cast<std::int64_t>(next() % static_cast<std::uint64_t>(n));
    }
};

/// A valid SIRET from 13 random digits and the Luhn completion (SIREN part valid too).
Siret random_siret(Lcg& g) {
    const auto luhn_ok = [](const std::string& s) {
        int sum = 0;
        for (std::size_t i = 0; i < s.size(); ++i) {
            int d = s[s.size() - 1 - i] - '0';
            if (i % 2 == 1) {
                d *= 2;
                if (d > 9)
                    d -= 9;
            }
            sum += d;
        }
        return sum % 10 == 0;
    };
    for (;;) {
        std::string siren;
        for (int i = 0; i < 8; ++i)
            siren += static_cast<char>('0' + g.below(10));
        for (char c = '0'; c <= '9'; ++c)
            if (luhn_ok(siren + c)) {
                siren += c;
                break;
            }
        if (siren.substr(0, 9) == "356000000")
            continue; // La Poste: other rule
        std::string s = siren;
        for (int i = 0; i < 4; ++i)
            s += static_cast<char>('0' + g.below(10));
        for (char c = '0'; c <= '9'; ++c)
            if (luhn_ok(s + c))
                return Siret::parse(s + c).value();
    }
}

Date random_date(Lcg& g) {
    return Date(1900, 1, 1) + boost::gregorian::days(g.below(146'097));
}

std::string random_text(Lcg& g, std::size_t max_chars) {
    static const std::vector<std::string> pieces = {
        "Association", " ",    "économie", ",",     "\"quoted\"", "solidaire", "l’ESS",
        "\n",          "2023", "é",        "Œuvre", ";",          "€"};
    std::string s = "X";
    const auto n = static_cast<std::size_t>(g.below(static_cast<std::int64_t>(max_chars)));
    std::size_t chars = 1;
    while (chars < n) {
        const auto& p =
            pieces[static_cast<std::size_t>(g.below(static_cast<std::int64_t>(pieces.size())))];
        std::size_t c = 0;
        for (const char ch : p)
            c += (static_cast<unsigned char>(ch) & 0xC0U) != 0x80U ? 1U : 0U;
        if (chars + c > max_chars)
            break;
        s += p;
        chars += c;
    }
    return s;
}

SubventionRow random_subvention(Lcg& g) {
    const bool with_siret = g.below(4) != 0;
    const bool with_rna = !with_siret || g.below(2) == 0;
    std::string rna = "W";
    for (int i = 0; i < 9; ++i)
        rna += static_cast<char>('0' + g.below(10));
    const Date d1 = random_date(g);
    const std::optional<Date> d2 =
        g.below(2) == 0 ? std::nullopt
                        : std::optional<Date>(d1 + boost::gregorian::days(g.below(400)));
    PaymentConditions cond;
    switch (g.below(3)) {
    case 0:
        cond = {PaymentConditions::Kind::unique, {}};
        break;
    case 1:
        cond = {PaymentConditions::Kind::echelonne, {}};
        break;
    default:
        cond = {PaymentConditions::Kind::autre, "autre : " + random_text(g, 200)};
    }
    const std::int64_t scale = g.below(3) == 0 ? 1000 : 100;
    const std::int64_t k = scale / 100 + g.below(scale - scale / 100 + 1); // 0.01 .. 1
    return SubventionRow{
        random_text(g, 80),
        random_siret(g),
        random_date(g),
        g.below(2) == 0 ? std::nullopt : std::optional<std::string>(random_text(g, 40)),
        random_text(g, 80),
        with_siret ? std::optional<Siret>(random_siret(g)) : std::nullopt,
        with_rna ? std::optional<Rna>(Rna::parse(rna).value()) : std::nullopt,
        random_text(g, 256),
        Euros::from_cents(g.below(10'000'000'000'000LL) - (g.below(20) == 0 ? 5'000'000 : 0)),
        static_cast<AidNature>(g.below(4)),
        cond,
        PaymentDates{d1, d2},
        g.below(2) == 0 ? std::nullopt
                        : std::optional<std::string>(std::to_string(g.below(100'000))),
        g.below(2) == 0,
        Rate::from_fraction(k, scale),
        g.below(2) == 0 ? std::nullopt : std::optional<std::string>("65d5b6c7-102c-4440")};
}

DeliberationRow random_deliberation(Lcg& g) {
    std::optional<DeliberationVotes> votes;
    if (g.below(3) != 0) {
        const auto pour = static_cast<std::int32_t>(g.below(60));
        const auto contre = static_cast<std::int32_t>(g.below(20));
        const auto abst = static_cast<std::int32_t>(g.below(10));
        const auto reel = pour + contre + abst;
        votes =
            DeliberationVotes{MemberCount(reel + static_cast<std::int32_t>(g.below(10))),
                              VoteCount(reel), VoteCount(pour), VoteCount(contre), VoteCount(abst)};
    }
    const bool budget = g.below(2) == 0;
    const auto y = static_cast<std::int32_t>(1990 + g.below(60));
    const Date date = random_date(g);
    const bool two = g.below(2) == 0;
    return DeliberationRow{
        random_text(g, 60),
        random_siret(g),
        std::to_string(g.below(100000)) + "DL",
        date,
        ActesMatiereCode{static_cast<std::uint8_t>(1 + g.below(9)),
                         static_cast<std::uint8_t>(two ? g.below(100) : g.below(10)), two},
        "Finances locales/Subventions",
        random_text(g, 300),
        budget ? std::optional<BudgetYears>(BudgetYears{
                     y, g.below(2) == 0 ? std::nullopt : std::optional<std::int32_t>(y + 1)})
               : std::nullopt,
        budget ? std::optional<std::string>("Budget principal") : std::nullopt,
        g.below(2) == 0 ? std::optional<std::string>("PREF062") : std::nullopt,
        g.below(2) == 0 ? std::optional<Date>(date + boost::gregorian::days(g.below(30)))
                        : std::nullopt,
        votes,
        g.below(2) == 0 ? std::optional<std::string>("https://example.org/d/" +
                                                     std::to_string(g.below(1000)) + ".pdf")
                        : std::nullopt};
}

/// Parses one cell of field `f` in an otherwise valid canonical row built from `base`.
Result<SubventionRow> with_cell(const SubventionRow& base, SubventionField f, std::string_view cell,
                                std::uint64_t row = 2) {
    auto cells = to_cells(base);
    cells[static_cast<std::size_t>(f)] = std::string(cell);
    const auto v = views(cells);
    return parse_subvention_row(v, HeaderMap::canonical_subventions(), row);
}

SubventionRow sample_row() {
    Lcg g{42};
    auto r = random_subvention(g);
    r.id_beneficiaire = Siret::parse("44067202000037").value();
    return r;
}

// =============================================================================================
// Field types

TEST(ScdlRowsFields, EveryIsoDateFrom1900To2299ParsesBackAsConventionDateAndPaymentDate) {
    auto base = sample_row();
    std::size_t n = 0;
    for (Date d(1900, 1, 1); d <= Date(2299, 12, 31); d += boost::gregorian::days(1)) {
        const std::string iso = format_date(d, DateStyle::iso);
        const auto p = parse_payment_dates(iso);
        ASSERT_TRUE(p.ok()) << iso;
        ASSERT_EQ(p->first, d);
        ASSERT_FALSE(p->last);
        ASSERT_EQ(to_string(*p), iso);
        if (d.day() == 28 || d.day() == 1) { // a full row per date would take minutes
            base.date_convention = d;
            const auto cells = to_cells(base);
            ASSERT_EQ(cells[2], iso);
            ASSERT_EQ(parse_subvention_row(views(cells), HeaderMap::canonical_subventions())
                          .value()
                          .date_convention,
                      d);
        }
        ++n;
    }
    EXPECT_EQ(n, 146'097U); // 400 Gregorian years
}

TEST(ScdlRowsFields, DatesMustBeIsoAndExist) {
    const auto base = sample_row();
    for (const std::string_view bad : {"20/03/2023", "2023-3-20", "2023-03-20 ", "2023/03/20",
                                       "20230320", "2023-02-29", "2023-13-01", "2023-04-31"}) {
        const auto r = with_cell(base, SubventionField::date_convention, bad);
        ASSERT_FALSE(r.ok()) << bad;
        EXPECT_EQ(r.error().field, "dateConvention");
        EXPECT_EQ(r.error().value, bad);
    }
    EXPECT_EQ(with_cell(base, SubventionField::date_convention, "2023-02-29").error().kind,
              ErrorKind::range);
    EXPECT_EQ(with_cell(base, SubventionField::date_convention, "20/03/2023").error().kind,
              ErrorKind::format);
    EXPECT_TRUE(with_cell(base, SubventionField::date_convention, "2024-02-29").ok());
}

TEST(ScdlRowsFields, PaymentPeriodIsADateOrAnIsoInterval) {
    const auto p = parse_payment_dates("2017-03-14/2018-03-14").value();
    EXPECT_EQ(p.first, Date(2017, 3, 14));
    EXPECT_EQ(p.last, Date(2018, 3, 14));
    EXPECT_EQ(to_string(p), "2017-03-14/2018-03-14");
    for (const std::string_view bad :
         {"2017-03-14_2018-03-14", "2017-03-14/", "/2018-03-14", "2017-03-14/2018-02-30", ""})
        EXPECT_FALSE(parse_payment_dates(bad).ok()) << bad;
}

TEST(ScdlRowsFields, MontantEveryCentValueRoundTripsThroughTheIsoCell) {
    const auto base = sample_row();
    Lcg g{7};
    for (int i = 0; i < 20'000; ++i) {
        const auto cents = g.below(2'000'000'000'000LL) - 1'000'000'000'000LL;
        auto row = base;
        row.montant = Euros::from_cents(cents);
        const auto cells = to_cells(row);
        ASSERT_EQ(cells[8], row.montant.to_iso());
        const auto back = parse_subvention_row(views(cells), HeaderMap::canonical_subventions());
        ASSERT_TRUE(back.ok()) << cells[8];
        ASSERT_EQ(back->montant.cents(), cents);
    }
}

TEST(ScdlRowsFields, MontantIsATableSchemaNumberWithADecimalPointAndWholeCents) {
    const auto base = sample_row();
    const auto cents = [&](std::string_view cell) {
        return with_cell(base, SubventionField::montant, cell).value().montant.cents();
    };
    EXPECT_EQ(cents("47800.20"), 4'780'020);
    EXPECT_EQ(cents("47800.2"), 4'780'020);
    EXPECT_EQ(cents("33000"), 3'300'000);
    EXPECT_EQ(cents("57.000"), 5'700); // a decimal POINT: 57 euros, not ambiguous here
    EXPECT_EQ(cents("1.5E3"), 150'000);
    EXPECT_EQ(cents("+12.50"), 1'250);
    EXPECT_EQ(cents("-12.50"), -1'250);
    EXPECT_EQ(cents("0.10000"), 10);
    const auto kind = [&](std::string_view cell) {
        return with_cell(base, SubventionField::montant, cell).error().kind;
    };
    EXPECT_EQ(kind("12.345"), ErrorKind::length);
    EXPECT_EQ(kind("57 000"), ErrorKind::format);
    EXPECT_EQ(kind("57000,00"), ErrorKind::format);
    EXPECT_EQ(kind("57 000,00 €"), ErrorKind::format);
    EXPECT_EQ(kind(""), ErrorKind::empty);
    EXPECT_EQ(kind("1e30"), ErrorKind::overflow);
    EXPECT_EQ(with_cell(base, SubventionField::montant, "57000,00").error().message,
              "ligne 2, colonne 9 (montant) : le séparateur décimal est le point, pas la virgule");
}

TEST(ScdlRowsFields, PourcentageIsAnExactDecimalBetweenOneHundredthAndOne) {
    const auto base = sample_row();
    for (std::int64_t k = 1; k <= 100; ++k) {
        auto row = base;
        row.pourcentage_subvention = Rate::from_fraction(k, 100);
        const auto cells = to_cells(row);
        const std::string expected = k == 100 ? "1.00"
                                     : k < 10 ? "0.0" + std::to_string(k)
                                              : "0." + std::to_string(k);
        ASSERT_EQ(cells[14], expected);
        const auto back = parse_subvention_row(views(cells), HeaderMap::canonical_subventions());
        ASSERT_EQ(back.value().pourcentage_subvention, Rate::from_fraction(k, 100));
    }
    const auto rate = [&](std::string_view cell) {
        return with_cell(base, SubventionField::pourcentage_subvention, cell)
            .value()
            .pourcentage_subvention;
    };
    EXPECT_EQ(rate("1"), Rate::from_fraction(1, 1));
    EXPECT_EQ(rate("0.125"), Rate::from_fraction(1, 8));
    EXPECT_EQ(rate("0.3333"), Rate::from_fraction(3333, 10000));
    for (const std::string_view bad : {"100", "80", "1.01", "0.005", "0", "-0.5"}) {
        const auto r = with_cell(base, SubventionField::pourcentage_subvention, bad);
        ASSERT_FALSE(r.ok()) << bad;
        EXPECT_EQ(r.error().kind, ErrorKind::range) << bad;
    }
    EXPECT_EQ(with_cell(base, SubventionField::pourcentage_subvention, "45 %").error().kind,
              ErrorKind::format);
    EXPECT_EQ(with_cell(base, SubventionField::pourcentage_subvention, "1/3").error().kind,
              ErrorKind::format);
    auto third = base;
    third.pourcentage_subvention = Rate::from_fraction(1, 3);
    EXPECT_THROW((void)to_cells(third), std::invalid_argument);
}

TEST(ScdlRowsFields, NotificationUeOnlyOuiOrNon) {
    const auto base = sample_row();
    EXPECT_TRUE(with_cell(base, SubventionField::notification_ue, "oui").value().notification_ue);
    EXPECT_FALSE(with_cell(base, SubventionField::notification_ue, "non").value().notification_ue);
    for (const std::string_view bad : {"Oui", "NON", "true", "1", "o"})
        EXPECT_EQ(with_cell(base, SubventionField::notification_ue, bad).error().kind,
                  ErrorKind::component)
            << bad;
}

TEST(ScdlRowsFields, EverySingleDigitCorruptionOfASiretIsRejected) {
    const auto base = sample_row();
    const std::string good = "44067202000037";
    std::size_t rejected = 0;
    for (std::size_t i = 0; i < good.size(); ++i)
        for (char c = '0'; c <= '9'; ++c) {
            if (c == good[i])
                continue;
            std::string bad = good;
            bad[i] = c;
            const auto r = with_cell(base, SubventionField::id_beneficiaire, bad);
            ASSERT_FALSE(r.ok()) << bad;
            ASSERT_EQ(r.error().kind, ErrorKind::checksum) << bad;
            ASSERT_EQ(r.error().field, "idBeneficiaire");
            ++rejected;
        }
    EXPECT_EQ(rejected, 14U * 9U);
    EXPECT_EQ(with_cell(base, SubventionField::id_beneficiaire, "440 672 020 00037").error().kind,
              ErrorKind::format);
    EXPECT_EQ(with_cell(base, SubventionField::id_beneficiaire, "440672020").error().kind,
              ErrorKind::length);
    // La Poste establishments: digit sum multiple of 5 (french-siret-value exception).
    EXPECT_TRUE(with_cell(base, SubventionField::id_beneficiaire, "35600000000048").ok());
    EXPECT_TRUE(with_cell(base, SubventionField::id_beneficiaire, "35600000049837").ok());
}

TEST(ScdlRowsFields, RnaIsWAndNineDigitsAndOneOfSiretOrRnaIsRequired) {
    const auto base = sample_row();
    EXPECT_EQ(with_cell(base, SubventionField::rna_beneficiaire, "W380475558")
                  .value()
                  .rna_beneficiaire->compact(),
              "W380475558");
    for (const std::string_view bad :
         {"w380475558", "W38047555", "W3804755581", "380475558", "W 380475558", "WW80475558"})
        EXPECT_EQ(with_cell(base, SubventionField::rna_beneficiaire, bad).error().kind,
                  ErrorKind::format)
            << bad;
    auto only_rna = base;
    only_rna.id_beneficiaire.reset();
    only_rna.rna_beneficiaire = Rna::parse("W380475558").value();
    EXPECT_TRUE(
        parse_subvention_row(views(to_cells(only_rna)), HeaderMap::canonical_subventions()).ok());
    only_rna.rna_beneficiaire.reset();
    const auto none =
        parse_subvention_row(views(to_cells(only_rna)), HeaderMap::canonical_subventions(), 12);
    ASSERT_FALSE(none.ok());
    EXPECT_EQ(none.error().field, "idBeneficiaire");
    EXPECT_EQ(none.error().message,
              "ligne 12, colonne 6 (idBeneficiaire) : idBeneficiaire ou rnaBeneficiaire doit être "
              "renseigné (one-of-required)");
}

TEST(ScdlRowsFields, NatureIsOneOfTheFourSchemaValues) {
    for (const auto n : {AidNature::numeraire, AidNature::nature, AidNature::numeraire_puis_nature,
                         AidNature::nature_puis_numeraire})
        EXPECT_EQ(parse_aid_nature(to_string(n)).value(), n);
    EXPECT_EQ(to_string(AidNature::numeraire_puis_nature), "aide en numéraire;aide en nature");
    for (const std::string_view bad :
         {"aide en numeraire", "Aide en numéraire", "aide en numéraire; aide en nature", "autre"})
        EXPECT_EQ(parse_aid_nature(bad).error().kind, ErrorKind::component) << bad;
}

TEST(ScdlRowsFields, ConditionsVersementUniqueEchelonneOrFreeTextUpTo256Characters) {
    EXPECT_EQ(parse_payment_conditions("unique").value().kind, PaymentConditions::Kind::unique);
    EXPECT_EQ(parse_payment_conditions("échelonné").value().kind,
              PaymentConditions::Kind::echelonne);
    const auto autre = parse_payment_conditions("50 % à la signature, 50 % au bilan").value();
    EXPECT_EQ(autre.kind, PaymentConditions::Kind::autre);
    EXPECT_EQ(to_string(autre), "50 % à la signature, 50 % au bilan");
    std::string s256;
    for (int i = 0; i < 256; ++i)
        s256 += "é";
    EXPECT_TRUE(parse_payment_conditions(s256).ok()); // 256 characters, 512 bytes
    EXPECT_EQ(parse_payment_conditions(s256 + "e").error().kind, ErrorKind::length);
}

TEST(ScdlRowsFields, ObjetAndIdRaeMaxLengthsCountCharacters) {
    const auto base = sample_row();
    std::string s;
    for (int i = 0; i < 256; ++i)
        s += "€";
    EXPECT_TRUE(with_cell(base, SubventionField::objet, s).ok());
    const auto too_long = with_cell(base, SubventionField::objet, s + "x", 30);
    EXPECT_EQ(too_long.error().kind, ErrorKind::length);
    EXPECT_EQ(too_long.error().message,
              "ligne 30, colonne 8 (objet) : au plus 256 caractères (257 ici)");
    EXPECT_TRUE(with_cell(base, SubventionField::id_rae, "12345").ok());
    EXPECT_EQ(with_cell(base, SubventionField::id_rae, "123456").error().kind, ErrorKind::length);
}

TEST(ScdlRowsFields, RequiredFieldsEmptyOrMissingColumnsAreNamed) {
    const auto base = sample_row();
    for (const auto f :
         {SubventionField::nom_attribuant, SubventionField::id_attribuant,
          SubventionField::date_convention, SubventionField::nom_beneficiaire,
          SubventionField::objet, SubventionField::montant, SubventionField::nature,
          SubventionField::conditions_versement, SubventionField::dates_periode_versement,
          SubventionField::notification_ue, SubventionField::pourcentage_subvention}) {
        const auto r = with_cell(base, f, "", 4);
        ASSERT_FALSE(r.ok()) << name(f);
        EXPECT_EQ(r.error().kind, ErrorKind::empty);
        EXPECT_EQ(r.error().field, name(f));
        EXPECT_EQ(r.error().message, "ligne 4, colonne " + std::to_string(static_cast<int>(f) + 1) +
                                         " (" + std::string(name(f)) +
                                         ") : valeur obligatoire absente");
    }
    for (const auto f : {SubventionField::reference_decision, SubventionField::id_rae,
                         SubventionField::dispositif_aide})
        EXPECT_TRUE(with_cell(base, f, "").ok()) << name(f);
    // A header without « montant »: the column is named as absent.
    std::vector<std::string_view> header(subvention_field_names.begin(),
                                         subvention_field_names.end());
    header.erase(header.begin() + 8);
    auto cells = to_cells(base);
    cells.erase(cells.begin() + 8);
    const auto r = parse_subvention_row(views(cells), HeaderMap::subventions(header), 3);
    EXPECT_EQ(r.error().message,
              "ligne 3, colonne absente (montant) : colonne obligatoire absente");
    EXPECT_EQ(HeaderMap::subventions(header).missing(), std::vector<std::string_view>{"montant"});
}

// =============================================================================================
// Property tests over generated rows

TEST(ScdlRowsProperty, GeneratedSubventionRowsRoundTripThroughCellsAndCsv) {
    Lcg g{2023};
    std::vector<SubventionRow> rows;
    for (int i = 0; i < 2'000; ++i) {
        rows.push_back(random_subvention(g));
        const auto cells = to_cells(rows.back());
        ASSERT_EQ(cells.size(), subvention_field_count);
        const auto back = parse_subvention_row(views(cells), HeaderMap::canonical_subventions(),
                                               static_cast<std::uint64_t>(i + 2));
        ASSERT_TRUE(back.ok()) << back.error().describe();
        ASSERT_EQ(*back, rows.back()) << i;
    }
    // Through CSV (quoting of commas, quotes, newlines, semicolons) with columns shuffled.
    std::ostringstream out;
    write_csv(out, rows);
    const std::string text = out.str();
    io::csv::Reader reader{std::string_view(text)};
    io::csv::Record rec;
    ASSERT_TRUE(reader.next(rec));
    std::vector<std::string> header_copy(rec.fields.begin(), rec.fields.end());
    ASSERT_EQ(header_copy, std::vector<std::string>(subvention_field_names.begin(),
                                                    subvention_field_names.end()));
    const auto map = HeaderMap::subventions(views(header_copy));
    std::size_t i = 0;
    while (reader.next(rec)) {
        const auto back = parse_subvention_row(rec.fields, map, rec.row);
        ASSERT_TRUE(back.ok()) << back.error().describe();
        ASSERT_EQ(*back, rows[i]) << i;
        ++i;
    }
    EXPECT_EQ(i, rows.size());
    EXPECT_TRUE(reader.issues().empty());

    // Shuffled columns: the header map finds each field wherever it is.
    std::vector<std::size_t> order(subvention_field_count);
    for (std::size_t k = 0; k < order.size(); ++k)
        order[k] = (k * 7 + 3) % subvention_field_count; // 7 is prime to 16: a permutation
    std::vector<std::string_view> shuffled_header;
    for (const auto k : order)
        shuffled_header.push_back(subvention_field_names[k]);
    const auto shuffled_map = HeaderMap::subventions(shuffled_header);
    for (std::size_t r = 0; r < 200; ++r) {
        const auto cells = to_cells(rows[r]);
        std::vector<std::string_view> shuffled;
        for (const auto k : order)
            shuffled.push_back(cells[k]);
        ASSERT_EQ(parse_subvention_row(shuffled, shuffled_map).value(), rows[r]);
    }
}

TEST(ScdlRowsProperty, GeneratedDeliberationRowsRoundTripThroughCells) {
    Lcg g{1789};
    for (int i = 0; i < 2'000; ++i) {
        const auto row = random_deliberation(g);
        const auto cells = to_cells(row);
        ASSERT_EQ(cells.size(), deliberation_field_count);
        const auto back =
            parse_deliberation_row(views(cells), HeaderMap::canonical_deliberations());
        ASSERT_TRUE(back.ok()) << back.error().describe();
        ASSERT_EQ(*back, row) << i;
    }
}

TEST(ScdlRowsProperty, GeneratedRowsAreValidForTheOfficialValidator) {
    // Rows this library writes satisfy the schema as the library's validator reads it.
    Lcg g{99};
    std::vector<SubventionRow> subs;
    for (int i = 0; i < 300; ++i)
        subs.push_back(random_subvention(g));
    std::ostringstream out;
    write_csv(out, subs);
    std::vector<std::string> findings;
    const auto summary =
        validate(std::string_view(out.str()), ValidateOptions{}, [&](const Finding& f) {
            findings.push_back(std::to_string(f.row) + " " + f.field + " " + f.value + " " +
                               f.message_fr);
        });
    EXPECT_TRUE(summary.valid);
    EXPECT_EQ(summary.rows, 300U);
    EXPECT_EQ(findings, std::vector<std::string>{});

    std::vector<DeliberationRow> delibs;
    for (int i = 0; i < 300; ++i) {
        delibs.push_back(random_deliberation(g));
        delibs.back().delib_matiere_code = {7, 5, false};
    }
    std::ostringstream out2;
    write_csv(out2, delibs);
    findings.clear();
    const auto summary2 =
        validate(std::string_view(out2.str()), ValidateOptions{}, [&](const Finding& f) {
            findings.push_back(std::to_string(f.row) + " " + f.field + " " + f.value + " " +
                               f.message_fr);
        });
    EXPECT_EQ(summary2.schema, Schema::deliberations);
    EXPECT_TRUE(summary2.valid);
    EXPECT_EQ(findings, std::vector<std::string>{});
}

// =============================================================================================
// Délibérations fields

TEST(ScdlRowsDeliberations, ActesCodesRoundTripForEveryMatiereAndSousMatiere) {
    for (std::uint8_t m = 0; m <= 9; ++m)
        for (std::uint8_t s = 0; s <= 99; ++s)
            for (const bool two : {false, true}) {
                if (!two && s > 9)
                    continue;
                const ActesMatiereCode c{m, s, two};
                const auto text = to_string(c);
                ASSERT_EQ(text.size(), two ? 4U : 3U);
                ASSERT_EQ(parse_actes_matiere_code(text).value(), c) << text;
            }
    EXPECT_EQ(to_string(ActesMatiereCode{7, 5, false}), "7.5");
    for (const std::string_view bad : {"7", "7.", "75", "7.123", "10.1", "7,5", "a.5"})
        EXPECT_EQ(parse_actes_matiere_code(bad).error().kind, ErrorKind::format) << bad;
}

TEST(ScdlRowsDeliberations, BudgetYearOrIncreasingInterval) {
    for (std::int32_t y = 1000; y <= 9998; ++y) {
        ASSERT_EQ(parse_budget_years(std::to_string(y)).value(), (BudgetYears{y, std::nullopt}));
        const auto text = std::to_string(y) + "/" + std::to_string(y + 1);
        ASSERT_EQ(to_string(parse_budget_years(text).value()), text);
        ASSERT_EQ(parse_budget_years(std::to_string(y) + "/" + std::to_string(y)).error().kind,
                  ErrorKind::range);
    }
    EXPECT_EQ(parse_budget_years("2018/2017").error().kind, ErrorKind::range);
    EXPECT_EQ(parse_budget_years("17/18").error().kind, ErrorKind::format);
}

TEST(ScdlRowsDeliberations, VoteColumnsAreCohesiveComparedAndSummed) {
    Lcg g{5};
    auto base = random_deliberation(g);
    base.votes = DeliberationVotes{MemberCount(43), VoteCount(40), VoteCount(25), VoteCount(10),
                                   VoteCount(5)};
    const auto parse_with = [&](std::size_t col, std::string_view cell) {
        auto cells = to_cells(base);
        cells[col] = std::string(cell);
        return parse_deliberation_row(views(cells), HeaderMap::canonical_deliberations(), 9);
    };
    EXPECT_TRUE(parse_with(11, "43").ok());
    const auto sum = parse_with(14, "11"); // 25 + 11 + 5 = 41 ≠ 40
    EXPECT_EQ(sum.error().field, "VOTE_REEL");
    EXPECT_EQ(sum.error().message,
              "ligne 9, colonne 13 (VOTE_REEL) : VOTE_REEL (40) doit être la somme de VOTE_POUR, "
              "VOTE_CONTRE et VOTE_ABSTENTION (41) (sum-columns)");
    const auto cmp = parse_with(11, "39");
    EXPECT_EQ(cmp.error().field, "VOTE_EFFECTIF");
    EXPECT_EQ(cmp.error().kind, ErrorKind::range);
    const auto cohesive = parse_with(15, "");
    EXPECT_EQ(cohesive.error().field, "VOTE_ABSTENTION");
    EXPECT_EQ(parse_with(12, "-1").error().kind, ErrorKind::range);
    EXPECT_EQ(parse_with(12, "4O").error().kind, ErrorKind::format);
    base.votes.reset();
    EXPECT_TRUE(parse_with(11, "").ok());
}

TEST(ScdlRowsDeliberations, BudgetColumnsCohesiveAndPrefDateNotBeforeTheDeliberation) {
    Lcg g{6};
    auto base = random_deliberation(g);
    base.budget_annee = BudgetYears{2023, std::nullopt};
    base.budget_nom = "Budget principal";
    base.delib_date = Date(2023, 3, 20);
    base.pref_date = Date(2023, 3, 20);
    base.delib_url = "https://example.org/2023-122.pdf";
    const auto parse_with = [&](std::size_t col, std::string_view cell) {
        auto cells = to_cells(base);
        cells[col] = std::string(cell);
        return parse_deliberation_row(views(cells), HeaderMap::canonical_deliberations(), 5);
    };
    EXPECT_TRUE(parse_with(10, "2023-03-20").ok());
    EXPECT_EQ(parse_with(10, "2023-03-19").error().field, "PREF_DATE");
    EXPECT_EQ(parse_with(8, "").error().field, "BUDGET_NOM");
    EXPECT_EQ(parse_with(16, "www.example.org/x.pdf").error().field, "DELIB_URL");
    EXPECT_EQ(parse_with(1, "21860194600014").error().kind, ErrorKind::checksum);
}

// =============================================================================================
// Export of the APES dossier

ExportOptions apes_options() {
    ExportOptions o;
    o.attribuant_siret = Siret::parse(fictitious_departement_siret).value();
    o.convention_date_from_deliberation = true;
    return o;
}

TEST(ScdlExport, ApesSubventionRowHasExactCells) {
    const auto rows = to_scdl_subventions(examples::apes_2023(), apes_options());
    ASSERT_TRUE(rows.ok()) << rows.error().describe();
    ASSERT_EQ(rows->size(), 1U);
    EXPECT_EQ(to_cells(rows->front()),
              (std::vector<std::string>{
                  "Département du Pas-de-Calais", "12345678200002", "2023-03-20", "2023-122",
                  "Acteurs Pour une Économie Solidaire", "44067202000037", "",
                  "Partenariat 2023 – Contribution aux politiques départementales en faveur de "
                  "l’économie sociale et solidaire",
                  "57000.00", "aide en numéraire", "unique", "2023-01-01/2023-12-31", "", "non",
                  "1.00", ""}));
}

TEST(ScdlExport, ApesDeliberationRowHasExactCells) {
    ExportOptions o = apes_options();
    o.budget_name = "Budget principal";
    const auto rows = to_scdl_deliberations(examples::apes_2023(), o);
    ASSERT_TRUE(rows.ok()) << rows.error().describe();
    ASSERT_EQ(rows->size(), 1U);
    const auto cells = to_cells(rows->front());
    const Dossier apes = examples::apes_2023();
    const auto& d = *apes.deliberation;
    const auto a = analyse_vote(d);
    const auto& t = d.tally.value;
    const auto reel =
        t.pour.count() + t.contre.count() + t.abstention.value_or(VoteCount{}).count();
    EXPECT_EQ(cells,
              (std::vector<std::string>{
                  "Département du Pas-de-Calais", "12345678200002", "2023-122", "2023-03-20", "7.5",
                  "Finances locales/Subventions", d.title, "2023", "Budget principal", "PREF062",
                  "", a.members_in_office.to_string(), std::to_string(reel), t.pour.to_string(),
                  t.contre.to_string(), t.abstention.value_or(VoteCount{}).to_string(), ""}));
    // The figures themselves, pinned: 42 members listed with a vote, « Pour : 41 voix …
    // Contre : 0 voix … Abstention : 1 voix ».
    EXPECT_EQ(cells[11], "42");
    EXPECT_EQ(cells[12], "42");
    EXPECT_EQ(cells[13], "41");
    EXPECT_EQ(cells[14], "0");
    EXPECT_EQ(cells[15], "1");
}

TEST(ScdlExport, ApesRowsValidateWithTheSchemaValidator) {
    const auto apes = examples::apes_2023();
    ExportOptions o = apes_options();
    o.budget_name = "Budget principal";
    for (const bool deliberations : {false, true}) {
        std::ostringstream out;
        if (deliberations)
            write_csv(out, to_scdl_deliberations(apes, o).value());
        else
            write_csv(out, to_scdl_subventions(apes, o).value());
        std::vector<std::string> findings;
        const auto s =
            validate(std::string_view(out.str()), ValidateOptions{}, [&](const Finding& f) {
                findings.push_back(f.field + " « " + f.value + " » " + f.message_fr);
            });
        EXPECT_EQ(s.schema, deliberations ? Schema::deliberations : Schema::subventions);
        EXPECT_EQ(s.rows, 1U);
        EXPECT_TRUE(s.valid) << deliberations;
        EXPECT_EQ(findings, std::vector<std::string>{});
    }
}

TEST(ScdlExport, MissingValuesAreErrorsNamingTheFieldAndTheOption) {
    const auto apes = examples::apes_2023();
    const auto no_siret = to_scdl_subventions(apes);
    ASSERT_FALSE(no_siret.ok());
    EXPECT_EQ(no_siret.error().field, "idAttribuant");
    EXPECT_EQ(no_siret.error().kind, ErrorKind::empty);
    EXPECT_NE(no_siret.error().message.find("--attribuant-siret"), std::string::npos);

    ExportOptions o;
    o.attribuant_siret = Siret::parse(fictitious_departement_siret).value();
    const auto no_date = to_scdl_subventions(apes, o);
    ASSERT_FALSE(no_date.ok());
    EXPECT_EQ(no_date.error().field, "dateConvention");

    o.convention_date = Date(2023, 4, 3);
    const auto dated = to_scdl_subventions(apes, o);
    EXPECT_EQ(dated.value().front().date_convention, Date(2023, 4, 3));

    EXPECT_EQ(to_scdl_deliberations(apes).error().field, "COLL_SIRET");

    // A beneficiary identifier that is not a valid SIRET is not exported.
    auto broken = apes;
    broken.convention->beneficiary.identifier->value = "440 672 020 00038";
    EXPECT_EQ(to_scdl_subventions(broken, apes_options()).error().field, "idBeneficiaire");
    EXPECT_EQ(to_scdl_subventions(broken, apes_options()).error().kind, ErrorKind::checksum);
}

TEST(ScdlExport, SiretAmongOtherIdentifiersFillsIdBeneficiaireBesideTheRna) {
    // The RNA is the principal identifier, the SIRET stated besides it: both columns are filled.
    Dossier d = examples::apes_2023();
    auto& b = d.convention->beneficiary;
    const SourceRef parties{DocumentKind::convention, "parties", "RNA W595012345, SIRET"};
    b.identifier = StatedIdentifier{IdentifierLabel::rna, "W595012345", parties};
    b.other_identifiers = {
        StatedIdentifier{IdentifierLabel::other, "RCS Lille 440 672 020", parties},
        StatedIdentifier{IdentifierLabel::siren, "440 672 020 00037", parties}};
    const auto rows = to_scdl_subventions(d, apes_options());
    ASSERT_TRUE(rows.ok()) << rows.error().describe();
    ASSERT_EQ(rows->size(), 1U);
    const auto cells = to_cells(rows->front());
    EXPECT_EQ(cells[5], "44067202000037"); // idBeneficiaire
    EXPECT_EQ(cells[6], "W595012345");     // rnaBeneficiaire
    // A 9-digit SIREN stated first does not hide the 14-digit SIRET after it.
    b.identifier = StatedIdentifier{IdentifierLabel::siren, "440 672 020", parties};
    b.other_identifiers = {StatedIdentifier{IdentifierLabel::siret, "44067202000037", parties}};
    const auto siren_first = to_scdl_subventions(d, apes_options());
    ASSERT_TRUE(siren_first.ok()) << siren_first.error().describe();
    EXPECT_EQ(to_cells(siren_first->front())[5], "44067202000037");
    EXPECT_EQ(to_cells(siren_first->front())[6], "");
    // An invalid RNA among the other identifiers is not published.
    b.identifier = StatedIdentifier{IdentifierLabel::siret, "44067202000037", parties};
    b.other_identifiers = {StatedIdentifier{IdentifierLabel::rna, "W59501234", parties}};
    const auto bad_rna = to_scdl_subventions(d, apes_options());
    ASSERT_FALSE(bad_rna.ok());
    EXPECT_EQ(bad_rna.error().field, "rnaBeneficiaire");
}

TEST(ScdlImport, RowWithSiretAndRnaKeepsBothIdentifiers) {
    auto row = to_scdl_subventions(examples::apes_2023(), apes_options()).value().front();
    row.rna_beneficiaire = Rna::parse("W595012345").value();
    const Dossier d = to_partial_dossier(row, 4);
    const ConventionParty& b = d.convention->beneficiary;
    ASSERT_TRUE(b.identifier);
    EXPECT_EQ(b.identifier->label, IdentifierLabel::siret);
    EXPECT_EQ(b.identifier->value, "44067202000037");
    ASSERT_EQ(b.other_identifiers.size(), 1U);
    EXPECT_EQ(b.other_identifiers[0].label, IdentifierLabel::rna);
    EXPECT_EQ(b.other_identifiers[0].value, "W595012345");
    EXPECT_EQ(b.other_identifiers[0].source.section, "ligne 4, colonne 7 (rnaBeneficiaire)");
    // Without the SIRET, the RNA is the identifier.
    row.id_beneficiaire.reset();
    const Dossier only_rna = to_partial_dossier(row, 4);
    EXPECT_EQ(only_rna.convention->beneficiary.identifier->value, "W595012345");
    EXPECT_TRUE(only_rna.convention->beneficiary.other_identifiers.empty());
}

TEST(ScdlExport, ExportedRowImportsBackIntoAConventionWithRowProvenance) {
    const auto row = to_scdl_subventions(examples::apes_2023(), apes_options()).value().front();
    const Dossier d = to_partial_dossier(row, 2, Date(2023, 5, 2));
    ASSERT_TRUE(d.convention);
    const Convention& c = *d.convention;
    EXPECT_EQ(c.grantor.name, "Département du Pas-de-Calais");
    EXPECT_EQ(c.grantor.identifier->value, "12345678200002");
    EXPECT_EQ(c.grantor.identifier->label, IdentifierLabel::siret);
    EXPECT_EQ(c.grantor.authorisation->number->formatted(), "2023-122");
    EXPECT_EQ(c.beneficiary.identifier->value, "44067202000037");
    EXPECT_EQ(c.beneficiary.identifier->source.section, "ligne 2, colonne 6 (idBeneficiaire)");
    EXPECT_EQ(ceilings_total(c), Euros::from_euros(57'000));
    ASSERT_EQ(c.actions.size(), 1U);
    EXPECT_EQ(c.actions[0].amount->source.section, "ligne 2, colonne 9 (montant)");
    EXPECT_EQ(c.actions[0].amount->source.text, "57000.00");
    ASSERT_EQ(c.payment_schedule.payments.size(), 1U);
    EXPECT_EQ(c.signature.date.value, Date(2023, 3, 20));
    EXPECT_EQ(d.open_data_publication->value, Date(2023, 5, 2));

    compliance::CheckOptions opts;
    opts.rules = applicable_rules_subventions();
    const auto report = compliance::check(d, opts);
    EXPECT_EQ(report.diagnostics.size(), 0U); // published 2 May, deadline 20 June 2023

    const Dossier late = to_partial_dossier(row, 2, Date(2023, 9, 1));
    const auto late_report = compliance::check(late, opts);
    ASSERT_EQ(late_report.diagnostics.size(), 1U);
    EXPECT_EQ(late_report.diagnostics[0].rule, "PUBLICATION-OPEN-DATA");
    EXPECT_EQ(late_report.diagnostics[0].severity, compliance::Severity::warning);
}

// =============================================================================================
// Import of the official examples

struct ImportedFile {
    std::size_t rows = 0;
    std::size_t typed_ok = 0;
    std::vector<std::string> cell_errors;
    std::vector<std::string> diagnostics;
};

ImportedFile import_file(const std::string& path) {
    const std::string text = read_file(path);
    io::csv::Reader reader{std::string_view(text)};
    io::csv::Record rec;
    ImportedFile out;
    if (!reader.next(rec))
        return out;
    const std::vector<std::string> header(rec.fields.begin(), rec.fields.end());
    const auto map = HeaderMap::subventions(views(header));
    compliance::CheckOptions opts;
    opts.rules = applicable_rules_subventions();
    while (reader.next(rec)) {
        ++out.rows;
        if (parse_subvention_row(rec.fields, map, rec.row).ok())
            ++out.typed_ok;
        const auto imported = import_subvention_row(rec.fields, map, rec.row, Date(2018, 1, 1));
        for (const auto& e : imported.errors)
            out.cell_errors.push_back(e.field + " " + e.value);
        for (const auto& d : compliance::check(imported.dossier, opts).diagnostics)
            out.diagnostics.push_back(d.rule + " " + d.location.section + " " + d.location.text);
    }
    return out;
}

TEST(ScdlImport, OfficialValidExampleParsesEveryRowAndTheCheckerRuns) {
    const auto f = import_file(std::string(SUBVENTION_TEST_DATA_DIR) +
                               "/scdl/subventions/2.1.1/exemples/exemple_valide.csv");
    EXPECT_EQ(f.rows, 29U);
    // One row of the « valid » example has a payment period ending on « 2017-30-05 »: it
    // matches the schema's pattern (the field is a string), but day 5 of month 30 does not
    // exist — a typed row refuses it.
    EXPECT_EQ(f.typed_ok, 28U);
    EXPECT_EQ(f.cell_errors,
              std::vector<std::string>{"datesPeriodeVersement 2017-03-02/2017-30-05"});
    // Valid identifiers: no ID-* diagnostic. The conventions of the example are dated
    // 2013–2016, before the open-data duty (conventions signed from 1 August 2017): nothing.
    EXPECT_EQ(f.diagnostics, std::vector<std::string>{});
}

TEST(ScdlImport, OfficialCellErrorsExampleGivesCellErrorsAndChecksumDiagnostics) {
    const auto f =
        import_file(std::string(SUBVENTION_TEST_DATA_DIR) +
                    "/scdl/subventions/2.1.1/exemples/exemple_invalide_erreurs_cellules.csv");
    EXPECT_EQ(f.rows, 29U);
    EXPECT_EQ(f.typed_ok, 0U); // every row has at least the attribuant's bad SIRET
    // Cell errors, in file order; invalid identifiers are left to the checker (below), the
    // RNAs written beside a SIRET included (the beneficiary's other identifier).
    EXPECT_EQ(f.cell_errors,
              (std::vector<std::string>{
                  "pourcentageSubvention 100", "pourcentageSubvention 80",
                  "pourcentageSubvention 80", "dateConvention 05/12/2016", "montant 100000,1",
                  "notificationUE no", "datesPeriodeVersement 2017-06-27_2018-06-27",
                  "notificationUE yes", "pourcentageSubvention 0,5", "idBeneficiaire ", "montant ",
                  "nature aide en numéraire,aide en nature"}));
    std::size_t checksum = 0;
    std::size_t label = 0;
    for (const auto& d : f.diagnostics) {
        checksum += d.starts_with("ID-CHECKSUM ") ? 1U : 0U;
        label += d.starts_with("ID-LABEL ") ? 1U : 0U;
        EXPECT_NE(d.find("ligne "), std::string::npos) << d; // points at a row and column
    }
    // 28 rows with the attribuant SIRET 21860194600000 (Luhn fails), 23 bad beneficiary ids
    // (2 of them RNAs beside a SIRET).
    EXPECT_EQ(checksum, 51U);
    // Row 7: « 218601946 » in idAttribuant is a SIREN where a SIRET is due.
    EXPECT_EQ(label, 1U);
    EXPECT_EQ(f.diagnostics.size(), 52U);
    EXPECT_NE(std::find(f.diagnostics.begin(), f.diagnostics.end(),
                        "ID-LABEL ligne 7, colonne 2 (idAttribuant) 218601946"),
              f.diagnostics.end());
    EXPECT_NE(std::find(f.diagnostics.begin(), f.diagnostics.end(),
                        "ID-CHECKSUM ligne 12, colonne 7 (rnaBeneficiaire) W12455"),
              f.diagnostics.end());
    EXPECT_NE(std::find(f.diagnostics.begin(), f.diagnostics.end(),
                        "ID-CHECKSUM ligne 5, colonne 7 (rnaBeneficiaire) W3222"),
              f.diagnostics.end());
}

} // namespace

} // namespace test_io_scdl_rows_test
