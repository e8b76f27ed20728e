// SPDX-License-Identifier: Apache-2.0
// Fuzz target for <subvention/identifiers.hpp>: every parser on every input. Invariants (trap on
// violation): parsing never crashes or throws; an accepted value re-parses from its compact and
// its formatted form to an equal value; a rejected input yields an error that carries the input
// and a message; the generic `validate` and `classify_business_id` agree with the parsers.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include <subvention/identifiers.hpp>

namespace {

using namespace subvention;

void check(bool ok) {
    if (!ok)
        __builtin_trap();
}

template <class T, class Parse>
void round_trip(std::string_view input, Parse parse) {
    const Result<T> r = parse(input);
    if (!r.ok()) {
        const Error& e = r.error();
        check(e.value == subvention::excerpt(input)); // quoted, shortened past 256 bytes
        check(!e.message.empty() && !e.field.empty());
        check(e.kind != ErrorKind::overflow && e.kind != ErrorKind::ambiguous);
        return;
    }
    const T& v = r.value();
    const Result<T> again = parse(v.compact());
    check(again.ok() && again.value() == v && again.value().compact() == v.compact());
    const Result<T> from_formatted = parse(v.formatted());
    check(from_formatted.ok() && from_formatted.value() == v);
    check(!(v < v) && (v <=> again.value()) == 0);
    check(std::hash<T>{}(v) == std::hash<T>{}(again.value()));
}

template <class T>
void same_verdict(IdKind kind, std::string_view input, const Result<T>& r) {
    const IdCheck c = validate(kind, input);
    check(c.valid == r.ok());
    check(c.valid ? (c.compact == r.value().compact() && !c.error)
                  : (c.error && *c.error == r.error()));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string bytes(reinterpret_cast<const char*>(data), size);
    const std::string_view input(bytes);

    round_trip<Siren>(input, [](std::string_view s) { return Siren::parse(s); });
    round_trip<Siret>(input, [](std::string_view s) { return Siret::parse(s); });
    round_trip<Rna>(input, [](std::string_view s) { return Rna::parse(s); });
    round_trip<Rna>(input, [](std::string_view s) {
        return Rna::parse(s, RnaPolicy::allow_letters_in_greffe_code);
    });
    round_trip<Iban>(input, [](std::string_view s) { return Iban::parse(s); });
    round_trip<Bic>(input, [](std::string_view s) { return Bic::parse(s); });
    round_trip<DeliberationNumber>(input,
                                   [](std::string_view s) { return DeliberationNumber::parse(s); });

    const auto siren = Siren::parse(input);
    const auto siret = Siret::parse(input);
    same_verdict(IdKind::siren, input, siren);
    same_verdict(IdKind::siret, input, siret);
    same_verdict(IdKind::rna, input, Rna::parse(input));
    same_verdict(IdKind::iban, input, Iban::parse(input));
    same_verdict(IdKind::bic, input, Bic::parse(input));

    const auto kind = classify_business_id(input);
    check((kind == BusinessIdKind::siren) == siren.ok());
    check((kind == BusinessIdKind::siret) == siret.ok());
    if (siret.ok()) {
        const Siret& s = siret.value();
        check(s.siren().compact() == s.compact().substr(0, 9));
        check(Siren::parse(s.siren().compact()).ok());
        check(s.nic() == s.compact().substr(9));
    }
    // Strict RNA ⊂ lenient RNA.
    if (Rna::parse(input).ok())
        check(Rna::parse(input, RnaPolicy::allow_letters_in_greffe_code).ok());

    if (const auto iban = Iban::parse(input); iban.ok()) {
        const Iban& i = iban.value();
        check(detail::iban_mod97(i.compact()) == 1);
        check(i.bank_code().has_value() == i.has_french_bban());
        if (i.has_french_bban()) {
            const auto rebuilt =
                Iban::from_rib(*i.bank_code(), *i.branch_code(), *i.account_number(), *i.rib_key(),
                               i.country_code());
            check(rebuilt.ok() && rebuilt.value() == i);
        }
    }
    if (const auto bic = Bic::parse(input); bic.ok()) {
        const Bic& b = bic.value();
        check(same_office(b, b));
        check(b.branch().has_value() == (b.compact().size() == 11));
    }
    if (const auto d = DeliberationNumber::parse(input); d.ok()) {
        const auto& n = d.value();
        // A year is read with its sequence or not at all, and only within the supported years.
        check(n.year().has_value() == n.sequence().has_value());
        if (n.year())
            check(*n.year() >= DeliberationNumber::min_year &&
                  *n.year() <= DeliberationNumber::max_year && *n.sequence() >= 1);
        if (n.is_standard())
            check(n.compact() == std::to_string(*n.year()) + "-" + std::to_string(*n.sequence()));
        check(!n.text().empty() && n.text().size() <= DeliberationNumber::max_bytes);
        // The text as kept reads back to the same number.
        const auto again = DeliberationNumber::parse(n.text());
        check(again.ok() && again.value() == n && again.value().text() == n.text());
    }
    return 0;
}
