// SPDX-License-Identifier: Apache-2.0
// subvention — identifiers found in subsidy files: SIREN, SIRET, RNA, IBAN (with the French RIB
// key), BIC and deliberation numbers.
//
// Every type here is a small value (no allocation, trivially copyable), copyable, totally ordered
// and hashable, and cannot hold an invalid value: the only way in is `parse(...)` (or
// `Iban::from_rib`), which returns a `Result` naming the rejected field, value and reason.
// There is deliberately no default constructor: an "empty SIREN" would be an invalid value.
//
// Input is compacted before it is checked: ASCII spaces, tabs, CR/LF, no-break spaces (U+00A0),
// narrow no-break spaces (U+202F), thin spaces (U+2009), dots and hyphens are dropped anywhere in
// the input, and ASCII lower case is upper-cased (`fr76 3000-6000…`, `440.672.020`). Any other
// character is a `format` error; so are full-width digits and invalid UTF-8.
//
// Error kinds (each `parse` documents the order of its checks): `empty` (nothing left after
// compaction), `format` (a character the identifier never contains, or one in the wrong place),
// `component` (a country code outside the IBAN registry or ISO 3166), `length`, `checksum`
// (Luhn, La Poste digit sum, IBAN mod 97, clé RIB: a wrong clé RIB is a `checksum` error like
// every check-digit mismatch, the message telling which key failed), `range` (deliberation
// number: year outside 1900–2299 or sequence 0).
#pragma once
//
// One header per identifier, under identifiers/: compaction (what they share), siren (SIREN,
// SIRET), rna, iban, bic, deliberation_number, validate. This header includes them all.
#pragma once

#include <subvention/identifiers/bic.hpp>
#include <subvention/identifiers/compaction.hpp>
#include <subvention/identifiers/deliberation_number.hpp>
#include <subvention/identifiers/iban.hpp>
#include <subvention/identifiers/rna.hpp>
#include <subvention/identifiers/siren.hpp>
#include <subvention/identifiers/validate.hpp>
