// SPDX-License-Identifier: Apache-2.0
// subvention — what a language of the message catalogue provides: its templates and the way it
// writes amounts, dates, lists and plurals. One translation unit per language
// (messages/<lang>.cpp); the renderer (messages/render.cpp) knows nothing of any language.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <subvention/compliance/message.hpp>

namespace subvention::compliance::detail {

/// One template of the catalogue.
struct MessageEntry {
    std::string_view key;
    std::string_view text;
};

/// A language: its templates and its formatters. A formatter throws std::invalid_argument on a
/// style it does not know (a defect of the template).
struct Language {
    Lang lang;
    std::span<const MessageEntry> entries;
    std::string (*amount)(const Euros&, std::string_view style);
    std::string (*date)(Date, std::string_view style);
    std::string (*list)(const std::vector<std::string>&, std::string_view style);
    bool (*singular)(std::int64_t);
};

/// Amounts as the acts write them (« 57 000,00 € », `prose` « 57 000 € », `iso` « 57000.00 »),
/// whatever the language of the message: a language file may use it as its `amount`.
[[nodiscard]] std::string amount_as_in_acts(const Euros&, std::string_view style);
/// A list joined with commas and `and_word` (`or_word` for the style `or`) before the last item,
/// or with commas only (`comma`): the shape every language file's `list` shares.
[[nodiscard]] std::string join_list(const std::vector<std::string>& items, std::string_view style,
                                    std::string_view and_word, std::string_view or_word);

[[nodiscard]] const Language& language_fr() noexcept;
[[nodiscard]] const Language& language_en() noexcept;

} // namespace subvention::compliance::detail
