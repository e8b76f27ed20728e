// SPDX-License-Identifier: Apache-2.0
// subvention — the M57 budget layer: nature accounts, functions and functional chapters,
// sections, budget imputations (`6568/9365`), operation codes (`C01-020Q01`) and budget lines
// (crédits de paiement available / proposed / balance).
//
// Legal and technical sources: docs/legal-reference.md §7 (BUDG-IMPUTATION-FORMAT,
// BUDG-FUNCTIONAL-CHAPTERS, BUDG-FUNCTIONS-2DIGIT, BUDG-NATURE-SUBSIDIES, BUDG-AP-AE-CP,
// BUDG-PROVISIONAL); the tables and their sources are in <subvention/detail/m57_tables.hpp>.
//
// Decisions (see each type for details):
//  * An imputation is written `nature/code fonctionnel` (`6568/9365`), optionally preceded by the
//    nature chapter (`65/6568/9365`), with optional spaces around `/`. Nothing else is accepted:
//    `9365-6568`, `936-65/6568`, `9365/6568` are rejected with an error that says how to write it,
//    because docs/legal-reference.md (BUDG-IMPUTATION-FORMAT) documents only the `NNNN/93FF`
//    layout.
//  * A well-formed nature account that is not in the (grant-oriented) table is accepted with
//    `is_known() == false`: the M57 plan has hundreds of accounts and rejecting `6042/9365` would
//    be wrong; the compliance checker warns (BUDG-IMPUTATION) instead. Impossible accounts (class
//    0, class 9) are errors.
//  * 2-digit functions form a closed, sourced list: an unknown one is an error. 3-digit functions
//    under a known 2-digit one are accepted; only those docs/legal-reference.md lists are
//    `is_known()`.
//  * In an imputation the nature must have a section: classes 1–2 (investissement) or 6–7
//    (fonctionnement). Classes 3, 4, 5, 8 are rejected there (component error) — this leaves out
//    e.g. 45x « opérations pour compte de tiers », whose section was not checked in a source.
//  * Section agreement between nature and chapter is computed (`is_section_consistent()`), not
//    enforced: documents with `20412/9365` must still be representable so the checker can say so.
//  * BUDG-PROVISIONAL (CGCT L.1612-1, spending before the budget is adopted) depends on dates and
//    prior-year credits; it is a checker rule and is not modelled in this header.
#pragma once
//
// One header per part, under budget/: section (and account classes), nature, function, chapter,
// imputation, operation, appropriation. This header includes them all.
#pragma once

#include <subvention/budget/appropriation.hpp>
#include <subvention/budget/chapter.hpp>
#include <subvention/budget/function.hpp>
#include <subvention/budget/imputation.hpp>
#include <subvention/budget/nature.hpp>
#include <subvention/budget/operation.hpp>
#include <subvention/budget/section.hpp>
