// SPDX-License-Identifier: Apache-2.0
// subvention — validation of any identifier kind by name (`validate`, the CLI's `id` command).
// Part of the identifiers; <subvention/identifiers.hpp> includes every part.
#pragma once

#include <array>
#include <compare>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include <subvention/detail/ascii.hpp>
#include <subvention/detail/identifiers_tables.hpp>
#include <subvention/identifiers/bic.hpp>
#include <subvention/identifiers/iban.hpp>
#include <subvention/identifiers/rna.hpp>
#include <subvention/identifiers/siren.hpp>
#include <subvention/result.hpp>

namespace subvention {

/// The identifier kinds a caller (e.g. the CLI's `--kind`) can ask to validate.
enum class IdKind { siren, siret, rna, iban, bic };

/// Stable lower-case name (`"siret"`), as the CLI spells it.
[[nodiscard]] constexpr std::string_view to_string(IdKind k) noexcept {
    switch (k) {
    case IdKind::siren:
        return "siren";
    case IdKind::siret:
        return "siret";
    case IdKind::rna:
        return "rna";
    case IdKind::iban:
        return "iban";
    case IdKind::bic:
        return "bic";
    }
    return "siren";
}

/// Reads `siren|siret|rna|iban|bic` (ASCII case-insensitive); anything else is a `component`
/// error listing the accepted names.
[[nodiscard]] inline Result<IdKind> parse_id_kind(std::string_view name) {
    std::string lower(name);
    for (char& c : lower)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    for (const auto k : {IdKind::siren, IdKind::siret, IdKind::rna, IdKind::iban, IdKind::bic})
        if (lower == to_string(k))
            return k;
    if (name.empty())
        return make_error(ErrorKind::empty, "type d'identifiant", name, "type vide");
    return make_error(ErrorKind::component, "type d'identifiant", name,
                      "type inconnu (attendu\u00A0: siren, siret, rna, iban ou bic)");
}

/// Outcome of `validate` (« résultat de contrôle »): the canonical forms when valid, the error
/// otherwise.
struct IdCheck {
    IdKind kind = IdKind::siren;
    bool valid = false;
    std::string compact{};        ///< empty when invalid
    std::string formatted{};      ///< empty when invalid
    std::optional<Error> error{}; ///< set when invalid
};

/// Validates `input` as an identifier of `kind` (RNA with `RnaPolicy::strict`); never throws for
/// bad content.
[[nodiscard]] inline IdCheck validate(IdKind kind, std::string_view input) {
    const auto fill = [kind](const auto& r) {
        IdCheck out;
        out.kind = kind;
        if (r.ok()) {
            out.valid = true;
            out.compact = std::string(r.value().compact());
            out.formatted = r.value().formatted();
        } else {
            out.error = r.error();
        }
        return out;
    };
    switch (kind) {
    case IdKind::siren:
        return fill(Siren::parse(input));
    case IdKind::siret:
        return fill(Siret::parse(input));
    case IdKind::rna:
        return fill(Rna::parse(input));
    case IdKind::iban:
        return fill(Iban::parse(input));
    case IdKind::bic:
        return fill(Bic::parse(input));
    }
    return fill(Siren::parse(input));
}

} // namespace subvention
