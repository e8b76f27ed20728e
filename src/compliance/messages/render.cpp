// SPDX-License-Identifier: Apache-2.0
// subvention — rendering a message from the catalogue: the template of its key in the language
// asked, each placeholder replaced by its argument as that language writes it.
#include <algorithm>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <variant>
#include <vector>

#include <subvention/compliance/message.hpp>
#include <subvention/compliance/rule.hpp>

#include "compliance/messages/language.hpp"

namespace subvention::compliance {
namespace {

using Index = std::unordered_map<std::string_view, std::string_view>;

const detail::Language& language(Lang lang) noexcept {
    return lang == Lang::en ? detail::language_en() : detail::language_fr();
}

Index make_index(const detail::Language& l) {
    Index out;
    out.reserve(l.entries.size());
    for (const auto& e : l.entries)
        out.emplace(e.key, e.text);
    return out;
}

const Index& templates_of(Lang lang) {
    static const Index fr = make_index(detail::language_fr());
    static const Index en = make_index(detail::language_en());
    return lang == Lang::en ? en : fr;
}

[[noreturn]] void defect(std::string_view key, Lang lang, const std::string& what) {
    throw std::logic_error("message catalogue (" + std::string(lang == Lang::en ? "en" : "fr") +
                           ", " + std::string(key) + "): " + what);
}

/// One placeholder: `{name}`, `{name:style}`, `{name|one|other}` or `{-name}` (omitted).
struct Placeholder {
    std::string_view name;
    std::string_view style;
    std::string_view one, other;
    bool plural = false;
    bool omitted = false;
};

/// Parses the inside of a placeholder; empty name on a malformed one.
Placeholder parse(std::string_view inner) {
    Placeholder p;
    if (!inner.empty() && inner.front() == '-') {
        p.omitted = true;
        inner.remove_prefix(1);
    }
    const auto bar = inner.find('|');
    const auto colon = inner.find(':');
    if (bar != std::string_view::npos && (colon == std::string_view::npos || bar < colon)) {
        p.plural = true;
        p.name = inner.substr(0, bar);
        const auto rest = inner.substr(bar + 1);
        const auto second = rest.find('|');
        if (second == std::string_view::npos ||
            rest.find('|', second + 1) != std::string_view::npos)
            return Placeholder{};
        p.one = rest.substr(0, second);
        p.other = rest.substr(second + 1);
    } else if (colon != std::string_view::npos) {
        p.name = inner.substr(0, colon);
        p.style = inner.substr(colon + 1);
    } else {
        p.name = inner;
    }
    const bool ok = !p.name.empty() && std::all_of(p.name.begin(), p.name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    });
    return ok ? p : Placeholder{};
}

/// Walks a template: `text(literal)` for literal runs, `field(placeholder)` for placeholders;
/// returns false on a malformed template.
template <class Text, class Field>
bool walk(std::string_view t, Text&& text, Field&& field) {
    std::size_t i = 0;
    while (i < t.size()) {
        const char c = t[i];
        if ((c == '{' || c == '}') && i + 1 < t.size() && t[i + 1] == c) {
            text(t.substr(i, 1));
            i += 2;
            continue;
        }
        if (c == '}')
            return false;
        if (c == '{') {
            const auto end = t.find('}', i + 1);
            if (end == std::string_view::npos)
                return false;
            const Placeholder p = parse(t.substr(i + 1, end - i - 1));
            if (p.name.empty())
                return false;
            field(p);
            i = end + 1;
            continue;
        }
        const auto next = t.find_first_of("{}", i);
        const auto stop = next == std::string_view::npos ? t.size() : next;
        text(t.substr(i, stop - i));
        i = stop;
    }
    return true;
}

std::string render_in(const Message& m, Lang lang);

std::string value_of(const Message& m, const Placeholder& p, Lang lang) {
    const detail::Language& l = language(lang);
    const MessageArg* a = m.find(p.name);
    if (a == nullptr)
        defect(m.key, lang, "no argument « " + std::string(p.name) + " »");
    if (p.omitted)
        return {};
    const auto no_style = [&] {
        if (!p.style.empty())
            defect(m.key, lang,
                   "style « " + std::string(p.style) + " » on « " + std::string(p.name) +
                       " », which takes none");
    };
    if (p.plural) {
        const auto* n = std::get_if<std::int64_t>(&a->value);
        if (n == nullptr)
            defect(m.key, lang, "plural on « " + std::string(p.name) + " », not a count");
        return std::string(l.singular(*n) ? p.one : p.other);
    }
    try {
        if (const auto* s = std::get_if<std::string>(&a->value)) {
            no_style();
            return *s;
        }
        if (const auto* n = std::get_if<std::int64_t>(&a->value)) {
            no_style();
            return std::to_string(*n);
        }
        if (const auto* e = std::get_if<Euros>(&a->value))
            return l.amount(*e, p.style);
        if (const auto* d = std::get_if<Date>(&a->value))
            return l.date(*d, p.style);
        if (const auto* v = std::get_if<std::vector<std::string>>(&a->value))
            return l.list(*v, p.style);
        const auto& phrases = std::get<std::vector<Message>>(a->value);
        if (p.style.empty()) {
            std::string out;
            for (const auto& phrase : phrases)
                out += render_in(phrase, lang);
            return out;
        }
        std::vector<std::string> items;
        items.reserve(phrases.size());
        for (const auto& phrase : phrases)
            items.push_back(render_in(phrase, lang));
        return l.list(items, p.style);
    } catch (const std::invalid_argument& e) {
        defect(m.key, lang, "« " + std::string(p.name) + " »: " + e.what());
    }
}

std::string render_in(const Message& m, Lang lang) {
    const auto& idx = templates_of(lang);
    const auto it = idx.find(m.key);
    if (it == idx.end())
        defect(m.key, lang, "no such entry");
    std::string out;
    const bool ok = walk(
        it->second, [&](std::string_view s) { out += s; },
        [&](const Placeholder& p) { out += value_of(m, p, lang); });
    if (!ok)
        defect(m.key, lang, "malformed template");
    return out;
}

} // namespace

namespace detail {

std::string amount_as_in_acts(const Euros& e, std::string_view style) {
    if (style.empty() || style == "cents")
        return e.to_string_fr(CentsStyle::always);
    if (style == "prose")
        return e.to_string_fr(CentsStyle::omit_if_zero);
    if (style == "iso")
        return e.to_iso();
    throw std::invalid_argument("unknown amount style « " + std::string(style) + " »");
}

std::string join_list(const std::vector<std::string>& items, std::string_view style,
                      std::string_view and_word, std::string_view or_word) {
    if (style.empty() || style == "and")
        return enumerate(items, and_word);
    if (style == "or")
        return enumerate(items, or_word);
    if (style == "comma") {
        std::string out;
        for (std::size_t i = 0; i < items.size(); ++i)
            out.append(i == 0 ? "" : ", ").append(items[i]);
        return out;
    }
    throw std::invalid_argument("unknown list style « " + std::string(style) + " »");
}

} // namespace detail

std::string render(const Message& message, Lang lang) {
    return render_in(message, lang);
}

std::string render(std::span<const Message> messages, Lang lang) {
    std::string out;
    for (const auto& m : messages)
        out += render_in(m, lang);
    return out;
}

std::string_view message_template(Lang lang, std::string_view key) noexcept {
    const auto& idx = templates_of(lang);
    const auto it = idx.find(key);
    return it == idx.end() ? std::string_view{} : it->second;
}

std::vector<std::string_view> message_keys(Lang lang) {
    std::vector<std::string_view> out;
    for (const auto& e : language(lang).entries)
        out.push_back(e.key);
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<std::string> placeholders(std::string_view text) {
    std::vector<std::string> out;
    const bool ok = walk(
        text, [](std::string_view) {},
        [&](const Placeholder& p) {
            if (std::find(out.begin(), out.end(), p.name) == out.end())
                out.emplace_back(p.name);
        });
    if (!ok)
        throw std::invalid_argument("malformed message template: " + std::string(text));
    return out;
}

} // namespace subvention::compliance
