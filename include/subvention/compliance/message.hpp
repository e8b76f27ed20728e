// SPDX-License-Identifier: Apache-2.0
// subvention — messages: what a finding says, kept apart from the code that finds it.
//
// A rule does not write sentences. It names an entry of the message catalogue (« CONV-PERIOD »,
// « CONV-PERIOD.reversed ») and gives the values the sentence shows, typed (text, count, amount,
// date, nested phrases), so that each language formats them its own way. The catalogue holds one
// table per language (src/compliance/messages/<lang>.cpp): adding a language is one file, and
// the wording of every finding can be reviewed in one place.
//
// Template syntax (one entry = one template):
//   {name}              the argument, in the language's default form;
//   {name:spec}         a style: dates `long` (« 20 mars 2023 »), `weekday`, `numeric`
//                       (« 20/03/2023 »), `iso`; amounts `cents` (« 57 000,00 € », the default),
//                       `prose` (« 57 000 € ») or `iso` (« 57000.00 »); lists `and`
//                       (« a, b et c »), `or`, `comma`;
//   {name|one|other}    `one` or `other` after the count `name`, by the language's plural rule;
//   {-name}             nothing: this language does not show `name` (a French quotation the
//                       English sentence leaves out), said where the words are reviewed;
//   {{ and }}           literal braces.
// A template that names an argument the message lacks, or a key no language knows, is a
// defect of the library: `render` throws std::logic_error (a test renders every finding of the
// test corpus in every language).
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include <subvention/date.hpp>
#include <subvention/export.hpp>
#include <subvention/money.hpp>

namespace subvention::compliance {

/// Langue des messages.
enum class Lang { fr, en };

struct Message;

/// A value a message shows (« argument »). Text is shown as given (names, quotations of the
/// documents); counts, amounts and dates are formatted by each language; a list of messages is
/// a phrase built from other entries (a place, a label), joined as its style says.
struct MessageArg {
    using Value = std::variant<std::string, std::int64_t, Euros, Date, std::vector<std::string>,
                               std::vector<Message>>;
    std::string name{};
    Value value; // no initialiser: Message is still incomplete here (clang)
    friend bool operator==(const MessageArg&, const MessageArg&) = default;
};

/// One entry of the catalogue and the values it shows.
struct Message {
    std::string key{}; ///< « CONV-PERIOD.reversed », « phrase.place.article »
    std::vector<MessageArg> args{};

    Message() = default;
    explicit Message(std::string k, std::vector<MessageArg> a = {})
        : key(std::move(k))
        , args(std::move(a)) {}

    /// Adds an argument; chainable: `Message("X").arg("amount", e).arg("date", d)`.
    template <class T>
    Message& arg(std::string name, T&& value) & {
        args.push_back(MessageArg{std::move(name), to_value(std::forward<T>(value))});
        return *this;
    }
    template <class T>
    Message&& arg(std::string name, T&& value) && {
        args.push_back(MessageArg{std::move(name), to_value(std::forward<T>(value))});
        return std::move(*this);
    }
    /// The argument `name`, or null.
    [[nodiscard]] const MessageArg* find(std::string_view name) const noexcept {
        for (const auto& a : args)
            if (a.name == name)
                return &a;
        return nullptr;
    }
    friend bool operator==(const Message&, const Message&) = default;

private:
    template <class T>
    static MessageArg::Value to_value(T&& v) {
        using U = std::remove_cvref_t<T>;
        if constexpr (std::is_same_v<U, Message>)
            return std::vector<Message>{std::forward<T>(v)};
        else if constexpr (std::is_same_v<U, bool>)
            static_assert(!std::is_same_v<U, bool>, "a message shows words, not a boolean");
        else if constexpr (std::is_integral_v<U>)
            return static_cast<std::int64_t>(v);
        else if constexpr (std::is_convertible_v<T, std::string_view> &&
                           !std::is_same_v<U, std::string>)
            return std::string(std::string_view(v));
        else
            return MessageArg::Value(std::forward<T>(v));
    }
};

/// The text of `message` in `lang`. Throws std::logic_error on an unknown key or an argument
/// the template needs and the message lacks.
[[nodiscard]] SUBVENTION_API std::string render(const Message& message, Lang lang);
/// The messages one after the other (a finding's sentences).
[[nodiscard]] SUBVENTION_API std::string render(std::span<const Message> messages, Lang lang);

/// The template of `key` in `lang`, or an empty view when the language has no such entry.
[[nodiscard]] SUBVENTION_API std::string_view message_template(Lang lang,
                                                               std::string_view key) noexcept;
/// Every key of the catalogue of `lang`, sorted.
[[nodiscard]] SUBVENTION_API std::vector<std::string_view> message_keys(Lang lang);
/// The argument names a template uses (`{name}`, `{name:spec}`, `{name|a|b}`), in order of
/// first use; throws std::invalid_argument on a malformed template (unclosed brace).
[[nodiscard]] SUBVENTION_API std::vector<std::string> placeholders(std::string_view text);

} // namespace subvention::compliance
