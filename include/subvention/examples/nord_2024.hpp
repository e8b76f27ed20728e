// SPDX-License-Identifier: Apache-2.0
// subvention — the second worked example: a correct grant built from structured data, as a
// département's software would build it from its database rather than from a printed act.
//
// Département du Nord, Commission permanente of 10 June 2024, deliberation « DCP-2024-0415 »:
// an operating subsidy of 30 000 € for 2024 to the association « Union Sportive de Roubaix »
// (SIRET 778 899 013 00016, RNA W595012345), paid in two instalments (60 % at signature,
// 40 % on the final report), imputed 6574/9332 (nature 6574, chapter 933, function 32
// « Sports »), with its draft convention (period 1 January – 31 December 2024, final report due
// 30 June 2025, CER clause, Tribunal administratif de Lille, bank details, two signatories).
// 40 members present with a vote, 2 excused who each gave a proxy, 1 member interested in the
// item who took part neither in the debate nor in the vote: 41 votes for, adopted.
//
// Unlike apes_2023.hpp, nothing here is wrong on purpose: the checker must find no error and no
// warning in it (tests/unit/checker_nord_2024_test.cpp lists the infos it gives), and every
// defect a test injects into a copy must be found. The printed texts are short, as a database
// would render them. The deliberation number « DCP-2024-0415 » follows the département's own
// numbering: `DeliberationNumber` keeps it as printed and reads its year.
//
// This version names the 42 members of the Commission (generated names) and prints every text;
// examples/nord_2024/main.cpp builds the same grant from about fifteen fields with
// `build::grant_dossier` (counts of members, shares of the payments), and
// tests/unit/build_grant_test.cpp checks that both agree on every checked fact.
#pragma once

#include <subvention/convention.hpp>
#include <subvention/deliberation.hpp>
#include <subvention/dossier.hpp>
#include <subvention/export.hpp>

namespace subvention::examples {

/// The deliberation « DCP-2024-0415 » of the Commission permanente of 10 June 2024.
[[nodiscard]] SUBVENTION_API Deliberation nord_2024_deliberation();

/// The draft convention with the Union Sportive de Roubaix annexed to the deliberation.
[[nodiscard]] SUBVENTION_API Convention nord_2024_convention();

/// The whole dossier: the deliberation and the draft convention (no report).
[[nodiscard]] SUBVENTION_API Dossier nord_2024();

} // namespace subvention::examples
