// SPDX-License-Identifier: Apache-2.0
// subvention — the counts of an assembly vote: members and votes, never negative (`MemberCount`,
// `VoteCount`). Part of the vote model; <subvention/vote.hpp> includes every part
// (docs/architecture.md §3.4).
#pragma once

#include <algorithm>
#include <array>
#include <compare>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <limits>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <unordered_map>
#include <utility>
#include <variant>
#include <vector>

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <subvention/detail/text.hpp>
#include <subvention/export.hpp>
#include <subvention/result.hpp>

namespace subvention {

// =============================================================================================
// Counts
// =============================================================================================

namespace detail {
struct MembersTag {};
struct VotesTag {};

/// A non-negative count distinct per tag (members are not votes). Arithmetic is checked:
/// a negative value or a negative difference is misuse (std::domain_error / invalid_argument),
/// a sum beyond int32 is std::overflow_error.
template <class Tag>
class NonNegativeCount {
public:
    /// Largest value `parse` accepts: no French assembly comes near it, so a larger printed
    /// number is a typo or an extraction error, reported as `ErrorKind::range`.
    static constexpr std::int32_t max_parsed = 1'000'000;

    constexpr NonNegativeCount() noexcept = default;
    /// Throws std::invalid_argument when `n` is negative.
    constexpr explicit NonNegativeCount(std::int32_t n)
        : n_(n) {
        if (n < 0)
            throw std::invalid_argument("subvention: un effectif ne peut pas être négatif");
    }
    [[nodiscard]] constexpr std::int32_t count() const noexcept { return n_; }

    friend constexpr auto operator<=>(NonNegativeCount, NonNegativeCount) noexcept = default;

    friend constexpr NonNegativeCount operator+(NonNegativeCount a, NonNegativeCount b) {
        if (a.n_ > std::numeric_limits<std::int32_t>::max() - b.n_)
            throw std::overflow_error("subvention: dépassement de capacité d'un effectif");
        return NonNegativeCount(a.n_ + b.n_);
    }
    /// Difference; throws std::domain_error when `b > a` (a count cannot go negative).
    friend constexpr NonNegativeCount operator-(NonNegativeCount a, NonNegativeCount b) {
        if (b.n_ > a.n_)
            throw std::domain_error("subvention: différence d'effectifs négative");
        return NonNegativeCount(a.n_ - b.n_);
    }
    constexpr NonNegativeCount& operator+=(NonNegativeCount b) { return *this = *this + b; }

    [[nodiscard]] std::string to_string() const { return std::to_string(n_); }

    /// Parses decimal digits (surrounding spaces allowed): "41", " 0 ".
    static Result<NonNegativeCount> parse(std::string_view text, std::string_view field) {
        const auto t = detail::text::tidy(text, detail::text::TidyMode::text);
        if (!t)
            return make_error(ErrorKind::format, field, text, "texte UTF-8 invalide");
        if (t->empty())
            return make_error(ErrorKind::empty, field, text, "nombre absent");
        std::int64_t v = 0;
        for (const char ch : *t) {
            if (ch < '0' || ch > '9')
                return make_error(ErrorKind::format, field, text,
                                  "seuls des chiffres sont attendus");
            v = v * 10 + (ch - '0');
            if (v > max_parsed)
                return make_error(ErrorKind::range, field, text,
                                  "nombre invraisemblable (plus de 1 000 000)");
        }
        return NonNegativeCount(static_cast<std::int32_t>(v));
    }

private:
    std::int32_t n_ = 0;
};
} // namespace detail

/// A number of members (« nombre de membres »): in office, present, represented, quorum.
using MemberCount = detail::NonNegativeCount<detail::MembersTag>;
/// A number of votes (« nombre de voix ») in a tally.
using VoteCount = detail::NonNegativeCount<detail::VotesTag>;

/// One member, one vote: a head count as a number of votes (a member present votes once;
/// a holder's delegation adds one more — CGCT L.3121-16).
[[nodiscard]] constexpr VoteCount to_votes(MemberCount m) {
    return VoteCount(m.count());
}

} // namespace subvention
