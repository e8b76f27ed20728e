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

[[nodiscard]] const Language& language_fr() noexcept;
[[nodiscard]] const Language& language_en() noexcept;

} // namespace subvention::compliance::detail
