// SPDX-License-Identifier: Apache-2.0
// ID-CHECKSUM — every identifier the dossier states must be well formed and pass its check:
// SIREN and SIRET (Luhn; La Poste's digit sum), RNA (W + 9 digits, no check digit), IBAN (ISO
// 13616 mod 97, country length and structure) with the clé RIB of French and Monégasque IBANs,
// BIC (ISO 9362 shape and country). docs/legal-reference.md ID-SIREN, ID-SIRET, ID-RNA, ID-IBAN,
// ID-RIB-KEY, ID-BIC; the checks are identifiers.hpp's parsers, whose French error message is
// quoted.
//
// A wrong number designates nobody, or somebody else — the beneficiary of the open-data record,
// the account the aid is paid into: error. Identifiers read: the collectivité's SIRET
// (deliberation, report), every identifier of the convention parties (`identifier` and
// `other_identifiers`, each at its own path), the convention's IBAN and BIC. Blank
// values are not this rule's business (CONV-BANK-DETAILS, CONV-INCOMPLETE). A stated identifier is
// checked as what its digits are: 9 digits as a SIREN, 14 as a SIRET whatever the label (a mislabel
// is ID-LABEL's finding); other shapes as the label says (RNA also when it starts with « W »);
// unlabelled numbers of another shape are left alone (an RCS or VAT number is not checked).
// Facts: `identifier` (siren, siret, rna, iban, bic), `value` as printed, `error_kind`
// (result.hpp names), `check` (`luhn`, `la_poste_sum`, `siren_part`, `mod97`, `rib_key`, or the
// error kind for shape errors), `party`, and for a wrong clé RIB `rib_key` / `rib_key_expected`.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

#include <subvention/convention.hpp>
#include <subvention/document.hpp>
#include <subvention/identifiers.hpp>
#include <subvention/result.hpp>

#include "compliance/builtin_rule.hpp"
#include "compliance/rules/formal_common.hpp"

namespace subvention::compliance::rules {

inline constexpr std::array<LegalRef, 3> id_checksum_basis{{
    {"Code de commerce", "R.123-220", "the articles in force in 2024 (R.123-220 and R.123-221)"},
    {"ISO 13616-1", "",
     "the structure and check common to the editions of the standard (current edition ISO "
     "13616-1:2020)"},
    {"ISO 9362", "", "ISO 9362:2014"},
}};

namespace detail {

/// The outcome of checking one printed identifier: nullopt when valid (or not checkable).
struct IdFailure {
    IdKind identifier = IdKind::siren;
    Error error;
    std::string check; ///< which check failed (see the file comment)
    std::optional<std::string> rib_key;
    std::optional<std::string> rib_key_expected;
};

/// Upper-cased ASCII letters and digits of `s` (the IBAN's compact form when it parses that far).
[[nodiscard]] inline std::string alnum_upper(std::string_view s) {
    std::string out;
    for (const char c : s)
        if (subvention::detail::is_ascii_alnum(c))
            out += subvention::detail::ascii_upper(c);
    return out;
}

/// Checks a stated SIREN / SIRET / RNA (see the file comment for what it is checked as).
[[nodiscard]] inline std::optional<IdFailure> check_stated(const StatedIdentifier& id) {
    const BusinessIdKind kind = classify_business_id(id.value);
    switch (kind) {
    case BusinessIdKind::siren:
    case BusinessIdKind::siret:
        return std::nullopt;
    case BusinessIdKind::invalid_siren: {
        auto r = Siren::parse(id.value);
        if (r.ok())
            return std::nullopt;
        return IdFailure{IdKind::siren, r.error(), "luhn", std::nullopt, std::nullopt};
    }
    case BusinessIdKind::invalid_siret: {
        auto r = Siret::parse(id.value);
        if (r.ok())
            return std::nullopt;
        const auto fault = subvention::detail::siret_fault(digits_of(id.value));
        const std::string check =
            fault == subvention::detail::SiretFault::la_poste_sum ? "la_poste_sum"
            : fault == subvention::detail::SiretFault::siren_part ? "siren_part"
                                                                  : "luhn";
        return IdFailure{IdKind::siret, r.error(), check, std::nullopt, std::nullopt};
    }
    case BusinessIdKind::other:
        break;
    }
    const auto t = subvention::detail::trim_spaces(id.value);
    const bool starts_w = !t.empty() && (t.front() == 'W' || t.front() == 'w');
    if (id.label == IdentifierLabel::rna || starts_w) {
        auto r = Rna::parse(id.value);
        if (r.ok())
            return std::nullopt;
        return IdFailure{IdKind::rna, r.error(), std::string(to_string(r.error().kind)),
                         std::nullopt, std::nullopt};
    }
    if (id.label == IdentifierLabel::siren) {
        auto r = Siren::parse(id.value);
        if (r.ok())
            return std::nullopt;
        return IdFailure{IdKind::siren, r.error(), std::string(to_string(r.error().kind)),
                         std::nullopt, std::nullopt};
    }
    if (id.label == IdentifierLabel::siret) {
        auto r = Siret::parse(id.value);
        if (r.ok())
            return std::nullopt;
        return IdFailure{IdKind::siret, r.error(), std::string(to_string(r.error().kind)),
                         std::nullopt, std::nullopt};
    }
    return std::nullopt;
}

/// Checks a printed IBAN; for a checksum failure tells mod 97 from the clé RIB.
[[nodiscard]] inline std::optional<IdFailure> check_iban(std::string_view value) {
    auto r = Iban::parse(value);
    if (r.ok())
        return std::nullopt;
    IdFailure f{IdKind::iban, r.error(), std::string(to_string(r.error().kind)), std::nullopt,
                std::nullopt};
    if (r.error().kind == ErrorKind::checksum) {
        const std::string s = alnum_upper(value);
        const unsigned check_digits =
            static_cast<unsigned>((s[2] - '0') * 10 + (s[3] - '0')); // digits: parse got that far
        if (check_digits < 2 || check_digits > 98 || subvention::detail::iban_mod97(s) != 1) {
            f.check = "mod97";
        } else {
            f.check = "rib_key";
            const std::string_view bban = std::string_view(s).substr(4);
            f.rib_key = std::string(bban.substr(21, 2));
            f.rib_key_expected = subvention::detail::two_digits(subvention::detail::rib_key(
                bban.substr(0, 5), bban.substr(5, 5), bban.substr(10, 11)));
        }
    }
    return f;
}

/// Whose identifier it is: « du bénéficiaire » / « of the beneficiary », « de la collectivité
/// signataire », « de la collectivité », else the bank account's.
[[nodiscard]] inline Message of_party(std::string_view party) {
    const bool named = party == "beneficiary" || party == "grantor" || party == "collectivite";
    return Message("phrase.formal.of_party." +
                   std::string(named ? party : std::string_view("bank_details")));
}

/// Which check failed, in words (English; French quotes the parser's explanation instead).
[[nodiscard]] inline Message failed_check(const IdFailure& f) {
    if (f.check == "rib_key" || f.check == "mod97" || f.check == "luhn" ||
        f.check == "la_poste_sum" || f.check == "siren_part")
        return Message("ID-CHECKSUM.reason." + f.check);
    if (f.error.kind == ErrorKind::format || f.error.kind == ErrorKind::length ||
        f.error.kind == ErrorKind::component)
        return Message("ID-CHECKSUM.reason." + std::string(to_string(f.error.kind)));
    return Message("ID-CHECKSUM.reason.other")
        .arg("error_kind", std::string(to_string(f.error.kind)));
}

/// Name of an identifier kind in messages (« SIRET », « IBAN »).
[[nodiscard]] constexpr std::string_view id_name(IdKind k) noexcept {
    switch (k) {
    case IdKind::siren:
        return "SIREN";
    case IdKind::siret:
        return "SIRET";
    case IdKind::rna:
        return "RNA";
    case IdKind::iban:
        return "IBAN";
    case IdKind::bic:
        return "BIC";
    }
    return "";
}

/// The diagnostic of a failed identifier.
[[nodiscard]] inline Diagnostic id_failure_diagnostic(const IdFailure& f, std::string_view value,
                                                      const SourceRef& source, std::string path,
                                                      std::string_view party,
                                                      std::optional<IdentifierLabel> label) {
    Diagnostic d;
    d.severity = Severity::error;
    d.location = at(source, std::move(path));
    // French calls a BIC a code, the other identifiers numbers.
    d.parts.push_back(
        Message(f.identifier == IdKind::bic ? "ID-CHECKSUM.code" : "ID-CHECKSUM.number")
            .arg("name", std::string(id_name(f.identifier)))
            .arg("value", std::string(value))
            .arg("party", of_party(party))
            .arg("error", f.error.message)
            .arg("reason", failed_check(f)));
    switch (f.identifier) {
    case IdKind::siren:
    case IdKind::siret:
        d.legal_basis = {to_basis(id_checksum_basis[0])};
        break;
    case IdKind::iban:
        d.legal_basis = {to_basis(id_checksum_basis[1])};
        break;
    case IdKind::bic:
        d.legal_basis = {to_basis(id_checksum_basis[2])};
        break;
    case IdKind::rna:
        break; // the rule's basis
    }
    fact(d, "identifier", std::string(to_string(f.identifier)), Unit::code);
    if (label)
        fact(d, "label", std::string(to_string(*label)), Unit::code);
    fact(d, "value", std::string(value), Unit::code);
    fact(d, "error_kind", std::string(to_string(f.error.kind)), Unit::code);
    fact(d, "check", f.check, Unit::code);
    if (f.rib_key)
        fact(d, "rib_key", *f.rib_key, Unit::code);
    if (f.rib_key_expected)
        fact(d, "rib_key_expected", *f.rib_key_expected, Unit::code);
    fact(d, "party", std::string(party), Unit::code);
    return d;
}

} // namespace detail

/// Contrôle des clés et formats des identifiants du dossier (ID-CHECKSUM).
inline void check_id_checksum(const Context& ctx, Emitter& out) {
    for (const auto& ref : detail::stated_identifiers(ctx.dossier)) {
        const StatedIdentifier& id = *ref.id;
        if (detail::is_blank(std::string_view(id.value)))
            continue;
        if (const auto f = detail::check_stated(id))
            out.emit(detail::id_failure_diagnostic(*f, id.value, id.source, ref.path, ref.party,
                                                   id.label));
    }
    if (!ctx.dossier.convention || !ctx.dossier.convention->bank_details)
        return;
    const BankDetails& bank = *ctx.dossier.convention->bank_details;
    if (!detail::is_blank(bank.iban.value))
        if (const auto f = detail::check_iban(*bank.iban.value))
            out.emit(detail::id_failure_diagnostic(*f, *bank.iban.value, bank.iban.source,
                                                   "/convention/bank_details/iban", "bank_details",
                                                   std::nullopt));
    if (!detail::is_blank(bank.bic.value)) {
        auto r = Bic::parse(*bank.bic.value);
        if (!r.ok()) {
            const detail::IdFailure f{IdKind::bic, r.error(),
                                      std::string(to_string(r.error().kind)), std::nullopt,
                                      std::nullopt};
            out.emit(detail::id_failure_diagnostic(f, *bank.bic.value, bank.bic.source,
                                                   "/convention/bank_details/bic", "bank_details",
                                                   std::nullopt));
        }
    }
}

/// ID-CHECKSUM: identifiant (SIREN, SIRET, RNA, IBAN, clé RIB, BIC) invalide.
inline constexpr BuiltinRule id_checksum{"ID-CHECKSUM", "Validité des identifiants",
                                         "Identifier check digits and format", id_checksum_basis,
                                         &check_id_checksum};

} // namespace subvention::compliance::rules
