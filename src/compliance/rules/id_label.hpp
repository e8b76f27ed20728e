// SPDX-License-Identifier: Apache-2.0
// ID-LABEL — an identifier printed under one register's name but shaped like another's: a
// « SIREN » of 14 digits (a SIRET), a « SIRET » of 9 digits (a SIREN), or either label on an
// RNA number (W + 9 digits), or an « RNA » of 9 or 14 digits.
//
// The SIREN (9 digits) identifies the legal person, the SIRET (SIREN + 5-digit NIC) one of its
// establishments (Code de commerce R.123-220 and following, the SIRENE register;
// docs/legal-reference.md ID-SIREN, ID-SIRET); the open-data record of the grant wants the
// beneficiary's SIRET (SUBV-OPEN-DATA, `idBeneficiaire`). A mislabelled number is usable but
// misleading: a clerical error with no effect on the act's legality (it neither influences the
// decision nor deprives anyone of a guarantee — CE Ass. 23 décembre 2011, Danthony, n° 335033),
// hence an info. The seed prints « identifié au répertoire SIREN sous le n°440 672 020 00037
// » — 14 digits, a valid SIRET (SIREN 440 672 020, NIC 00037; docs/legal-reference.md SEED-07).
// What the number actually is comes from identifiers.hpp (`classify_business_id`, `Rna::parse`);
// `actual` is its stable name (`siret`, `invalid_siret`, `siren`, `invalid_siren`, `rna`). Whether
// the digits pass their check is ID-CHECKSUM's business: an invalid SIRET labelled SIREN is
// reported by both rules, as two different findings (wrong label, wrong number). Numbers without
// a label or labelled with another register, and numbers of neither shape, are left alone.
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include <subvention/document.hpp>
#include <subvention/identifiers.hpp>

#include "compliance/builtin_rule.hpp"
#include "compliance/rules/formal_common.hpp"

namespace subvention::compliance::rules {

inline constexpr std::array<LegalRef, 1> id_label_basis{{
    {"Code de commerce", "R.123-220", "the articles in force in 2024"},
}};

/// Contrôle de la nature déclarée des identifiants (ID-LABEL).
inline void check_id_label(const Context& ctx, Emitter& out) {
    for (const auto& ref : detail::stated_identifiers(ctx.dossier)) {
        const StatedIdentifier& id = *ref.id;
        if (id.label != IdentifierLabel::siren && id.label != IdentifierLabel::siret &&
            id.label != IdentifierLabel::rna)
            continue;
        if (detail::is_blank(std::string_view(id.value)))
            continue;
        const BusinessIdKind kind = classify_business_id(id.value);
        IdentifierLabel shape = IdentifierLabel::none;
        std::string actual;
        if (kind == BusinessIdKind::siret || kind == BusinessIdKind::invalid_siret)
            shape = IdentifierLabel::siret;
        else if (kind == BusinessIdKind::siren || kind == BusinessIdKind::invalid_siren)
            shape = IdentifierLabel::siren;
        else if (detail::looks_like_rna(id.value))
            shape = IdentifierLabel::rna;
        if (shape == IdentifierLabel::none || shape == id.label)
            continue;
        actual = shape == IdentifierLabel::rna ? std::string("rna") : std::string(to_string(kind));

        const std::string digits = detail::digits_of(id.value);
        const std::string label(detail::label_text(id.label));
        Diagnostic d;
        d.severity = Severity::info;
        d.location = at(id.source, ref.path);
        std::vector<Message> validity;
        if (kind != BusinessIdKind::siret && kind != BusinessIdKind::siren)
            validity.emplace_back("ID-LABEL.wrong_check_digit");
        fact(d, "label", std::string(to_string(id.label)), Unit::code);
        fact(d, "digits", digits.size());
        fact(d, "actual", actual, Unit::code);
        if (shape == IdentifierLabel::siret) {
            const std::string siren = digits.substr(0, 9);
            const std::string nic = digits.substr(9);
            // French groups the SIREN's digits by three.
            const Message siren_digits = Message("ID-LABEL.siren_digits")
                                             .arg("first", siren.substr(0, 3))
                                             .arg("second", siren.substr(3, 3))
                                             .arg("third", siren.substr(6, 3));
            d.parts.push_back(Message("ID-LABEL.siret")
                                  .arg("value", id.value)
                                  .arg("label", label)
                                  .arg("validity", std::move(validity))
                                  .arg("siren", siren_digits)
                                  .arg("nic", nic));
            fact(d, "siren", siren, Unit::code);
            fact(d, "nic", nic, Unit::code);
        } else if (shape == IdentifierLabel::siren) {
            d.parts.push_back(Message("ID-LABEL.siren")
                                  .arg("value", id.value)
                                  .arg("label", label)
                                  .arg("validity", std::move(validity)));
            fact(d, "siren", digits, Unit::code);
        } else {
            d.parts.push_back(Message("ID-LABEL.rna").arg("value", id.value).arg("label", label));
        }
        fact(d, "party", std::string(ref.party), Unit::code);
        out.emit(std::move(d));
    }
}

/// ID-LABEL: identifiant présenté comme SIREN mais SIRET (ou l'inverse, ou RNA).
inline constexpr BuiltinRule id_label{"ID-LABEL", "Nature de l\u2019identifiant",
                                      "Identifier labelled as another kind", id_label_basis,
                                      &check_id_label};

} // namespace subvention::compliance::rules
