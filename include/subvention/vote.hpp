// SPDX-License-Identifier: Apache-2.0
// subvention — the assembly vote: members, attendance, proxies, tally, quorum and majority.
//
// docs/architecture.md §3.4 (binding): votes are recomputed, not trusted. The tally a deliberation
// prints is checked against who could vote — members present with a deliberative voice, minus
// those interested in the item, plus proxies held (one per holder) — and the outcome (quorum,
// majority of votes cast, president's casting vote on a tie) is recomputed and compared with
// the outcome the act states. `analyse()` returns every computed number and typed findings
// (`VoteFinding`) carrying the facts as named values and the persons concerned; the compliance
// checker turns them into diagnostics with stable IDs.
//
// Rule IDs in comments (VOTE-QUORUM-CP, COI-PROXY…) refer to docs docs/legal-reference.md §1 and
// §2. Assumptions the law does not settle are explicit inputs or are reported in
// `VoteAnalysis::assumptions` / `VoteFinding::assumptions` (see `Assumption`).
//
// The meeting date is a `boost::gregorian::date` — the type `subvention::Date` of date.hpp.
//
// One header per part, under vote/: counts, member (persons), attendance, tally, quorum (the law
// of the vote), finding, analysis. This header includes them all.
#pragma once

#include <subvention/vote/analysis.hpp>
#include <subvention/vote/attendance.hpp>
#include <subvention/vote/counts.hpp>
#include <subvention/vote/finding.hpp>
#include <subvention/vote/member.hpp>
#include <subvention/vote/quorum.hpp>
#include <subvention/vote/tally.hpp>
