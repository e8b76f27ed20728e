// SPDX-License-Identifier: Apache-2.0
// Fuzz target for the printed-text parsers of vote.hpp (attendance lists, tallies, outcomes,
// names): they never crash; an accepted attendance analyses without throwing, and its counts
// are consistent (no more members with a vote than persons listed).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include <subvention/vote.hpp>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace subvention;
    const std::string_view in(reinterpret_cast<const char*>(data), size);
    // Split the input into the fields of a printed attendance on '|'.
    std::string_view parts[4];
    std::size_t start = 0;
    for (std::size_t i = 0; i < 4; ++i) {
        const std::size_t bar = in.find('|', start);
        parts[i] =
            in.substr(start, bar == std::string_view::npos ? in.size() - start : bar - start);
        start = bar == std::string_view::npos ? in.size() : bar + 1;
    }
    (void)PersonName::parse(parts[0]);
    (void)Member::parse_printed(parts[0]);
    (void)parse_stated_outcome(parts[3]);
    const auto tally = parse_vote_tally(parts[2]);

    PrintedAttendance p;
    p.present = parts[0];
    p.excused = parts[1];
    const auto attendance = parse_attendance(p);
    if (attendance && tally) {
        const VoteAnalysis a = analyse(*attendance, *tally, StatedOutcome::adopted,
                                       boost::gregorian::date(2023, 3, 20));
        // Invariants: interested members are among those present; possible votes are at least
        // the eligible members present and at most everyone listed with a vote twice.
        if (a.eligible_present.count() !=
                a.present_with_voice.count() - a.interested_present.count() ||
            a.max_possible_votes.count() < a.eligible_present.count() ||
            a.max_possible_votes.count() > 2 * a.listed_with_voice.count())
            __builtin_trap();
    }
    return 0;
}
