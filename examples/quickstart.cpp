// SPDX-License-Identifier: Apache-2.0
// Quick start: amounts, identifiers and a deadline, as in the README.
#include <iostream>

#include <subvention/deadline.hpp>
#include <subvention/identifiers.hpp>
#include <subvention/money.hpp>
#include <subvention/words.hpp>

int main() {
    using namespace subvention;
    const Euros granted = Euros::parse("57 000 €").value(); // exact cents, no double
    const Euros first = Euros::parse("24 000,00 €").value();
    std::cout << (granted - first).to_string_fr() << '\n'; // 33 000,00 €
    std::cout << to_words_fr(granted) << '\n';             // cinquante-sept mille euros

    const auto id = Siret::parse("440 672 020 00037"); // Luhn-checked
    std::cout << (id ? id->formatted() : id.error().describe()) << '\n';

    // Compte rendu financier: 6 months after the end of the 2023 financial year (loi 2000-321).
    const Deadline d = compute(deadlines::compte_rendu_financier, Date(2023, 12, 31));
    std::cout << format_date(d.nominal) << '\n'; // 30 juin 2024
    for (const auto& why : d.reasons)
        std::cout << "  " << why << '\n';
    return granted == 57'000 * Euros::from_cents(100) ? 0 : 1;
}
