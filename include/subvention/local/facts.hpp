// SPDX-License-Identifier: Apache-2.0
// subvention::local — the facts a local rule may read: the vocabulary of the rules files that a
// département writes for its règlement budgétaire et financier (docs/local-rules.md).
//
// A fact has a stable dotted name (« amount.granted »), a type, and a rule for reading it from a
// dossier; a list fact (« payments ») has elements with fields (« amount », « kind »). Facts the
// dossier does not state are unknown, never zero: a condition that needs one is undecided and
// the rule does not fire.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

#include <subvention/export.hpp>

namespace subvention::local {

/// The type of a fact, of a parameter or of an expression.
enum class Type : std::uint8_t {
    money,    ///< an exact amount in euros (« 57 000,00 € »)
    number,   ///< an exact rational number: counts, rates (« 30 % »), shares
    date,     ///< a civil date
    duration, ///< a delay in days, months or years (CPC art. 641), added to dates
    boolean,  ///< true or false
    text,     ///< a word or a code; a code fact lists the values it can take
    list,     ///< a list of records (payments, actions…), read with count/sum/any/all
};

/// Stable name of a type (« money »).
[[nodiscard]] constexpr std::string_view to_string(Type t) noexcept {
    switch (t) {
    case Type::money:
        return "money";
    case Type::number:
        return "number";
    case Type::date:
        return "date";
    case Type::duration:
        return "duration";
    case Type::boolean:
        return "boolean";
    case Type::text:
        return "text";
    case Type::list:
        return "list";
    }
    return "text";
}

/// One named fact, or one field of a list's elements.
struct FactInfo {
    std::string_view name{}; ///< « amount.granted », or a field name (« amount »)
    Type type = Type::text;
    /// For a code (`text` with a closed set of values): the values, in their stable spelling
    /// (« association »…). Empty for free text and for the other types.
    std::span<const std::string_view> values{};
    /// For a list: the fields of its elements.
    std::span<const FactInfo> fields{};
    std::string_view description_fr{}; ///< what it is, where it is read
    std::string_view description_en{};
};

/// Every fact of the vocabulary, in the order of docs/local-rules.md.
[[nodiscard]] SUBVENTION_API std::span<const FactInfo> fact_vocabulary() noexcept;

/// The fact with this name, or nullptr.
[[nodiscard]] SUBVENTION_API const FactInfo* find_fact(std::string_view name) noexcept;

} // namespace subvention::local
