// SPDX-License-Identifier: Apache-2.0
// subvention — the canonical example: the Pas-de-Calais dossier of the Commission permanente
// of 20 March 2023, deliberation N°2023-122, 57 000 € to the association « Acteurs Pour une
// Économie Solidaire » (APES), with the President's report N°57 and the draft convention.
//
// Every fact the documents state is here *as printed, errors included* (docs/legal-reference.md
// §11, SEED-01..14): the tally of 42 votes for 41 possible voters, the visa given twice in the
// convention, article 12 pointing at « l'article 7 » for the final report that article 8
// defines, the SIRET labelled « SIREN », the blank dossier number, bank details and signature
// date of the draft, the « acomptes » and « solde » beside a single payment, the action title
// « … des pratiques interne » that the report words « … des pratiques ». The compliance checker
// must find these; the model must not correct them.
//
// Printed texts (`SourceRef::text`) are the documents' words with whitespace normalised: the
// PDF extraction's runs of spaces and line breaks become one space, and a line break after a
// hyphen inside a word (« Hauts-de-⏎France ») is removed. Spelling, capitals, typographic
// apostrophes (’) and quotes (« ») are kept exactly. The attendance lists and the tally are
// given to vote.hpp's parsers verbatim, line breaks included.
//
// Cost: every call builds the dossier anew — a few hundred short strings, the 47 attendance
// entries and the tally parsed by vote.hpp: about 0.25 ms with -O2 on the development machine,
// some 7 times the cost of copying an already built dossier. Call it once and keep the result
// where that matters. Returning by value keeps the example free of static state (no
// initialisation-order or thread-safety question) and lets callers modify their copy to build
// variants.
#pragma once

#include <subvention/convention.hpp>
#include <subvention/deliberation.hpp>
#include <subvention/dossier.hpp>
#include <subvention/export.hpp>
#include <subvention/report.hpp>

namespace subvention::examples {

/// The deliberation N°2023-122 of the Commission permanente of 20 March 2023, as printed.
[[nodiscard]] SUBVENTION_API Deliberation apes_2023_deliberation();

/// The President's report N°57 to the same meeting, as printed.
[[nodiscard]] SUBVENTION_API Rapport apes_2023_rapport();

/// The draft convention annexed to the deliberation (« projet joint »), as printed.
[[nodiscard]] SUBVENTION_API Convention apes_2023_convention();

/// The whole dossier: deliberation N°2023-122, report N°57 and draft convention; no annex is
/// attached (the report refers to one: SEED-11).
[[nodiscard]] SUBVENTION_API Dossier apes_2023();

} // namespace subvention::examples
