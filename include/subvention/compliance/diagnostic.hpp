// SPDX-License-Identifier: Apache-2.0
// subvention — diagnostics: what the compliance checker reports, as data.
//
// One vocabulary for every finding of the library: the compliance rules, the vote analysis, text
// extraction (EXTRACT-*), SCDL validation and CSV reading all report a `Diagnostic` (the SCDL
// validator and the CSV reader keep a compact streaming record and convert to it).
// A diagnostic is stable API: its rule ID never changes meaning once released (messages may
// improve). It says what is wrong (rendered from the message catalogue, French by default,
// English available), where (document, article/section, path in the dossier, the stated text,
// its span), why (legal basis and the version of the text applied), on which facts (typed, with
// their unit) and on which assumptions (the points the law or the sources do not settle).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <subvention/compliance/message.hpp>
#include <subvention/provenance.hpp>

namespace subvention::compliance {

/// Gravité. `error`: illegal or inconsistent; `warning`: risky, missing or doubtful;
/// `info`: a fact the user should know.
enum class Severity { error, warning, info };

[[nodiscard]] constexpr std::string_view to_string(Severity s) noexcept {
    switch (s) {
    case Severity::error:
        return "error";
    case Severity::warning:
        return "warning";
    case Severity::info:
        return "info";
    }
    return "info";
}

/// Fondement juridique: a text and an article (« CGCT », « L.3121-16 »), and the version of
/// the text the library applies (« 2015-08-09 », or what is known of it), when stated.
struct LegalBasis {
    std::string text{};
    std::string article{};
    std::string version{};

    LegalBasis() = default;
    LegalBasis(std::string text_, std::string article_, std::string version_ = {})
        : text(std::move(text_))
        , article(std::move(article_))
        , version(std::move(version_)) {}
    /// « CGCT art. L.3121-16 » (or the text alone when no article).
    [[nodiscard]] std::string to_string() const {
        return article.empty() ? text : text + " art. " + article;
    }
    friend bool operator==(const LegalBasis&, const LegalBasis&) = default;
};

/// Where in the dossier: document, article/section, a JSON-pointer-like path in the dossier
/// model (`/deliberation/vote/tally`), and the text as stated, where known.
struct Location {
    DocumentKind document = DocumentKind::dossier;
    std::string section{};
    std::string path{};
    std::string text{};
    /// Where `text` lies in the document read, in bytes (text extraction), when known.
    std::optional<TextSpan> span{};

    Location() = default;
    Location(DocumentKind document_, std::string section_, std::string path_ = {},
             std::string text_ = {}, std::optional<TextSpan> span_ = {})
        : document(document_)
        , section(std::move(section_))
        , path(std::move(path_))
        , text(std::move(text_))
        , span(span_) {}
    friend bool operator==(const Location&, const Location&) = default;
};

/// What a fact measures (« unité »): how to read its value.
enum class Unit : std::uint8_t {
    text,     ///< a word or a name as stated (the default)
    euros,    ///< an amount, « 57000.00 » (exact cents, point, no thousands separator)
    date,     ///< a civil date, ISO 8601 « 2023-03-20 »
    duration, ///< a delay, ISO 8601 « P6M », « P30D »
    days,     ///< a whole number of days
    members,  ///< a whole number of persons (members, holders of a proxy)
    votes,    ///< a whole number of votes
    count,    ///< any other whole number (rows, items, articles)
    boolean,  ///< « true » or « false »
    code,     ///< an identifier or a code (SIRET, account, article number, enum name)
    rate,     ///< an exact rational, « 3/10 » (a share, a percentage)
};

/// Stable name of a unit (« euros »).
[[nodiscard]] constexpr std::string_view to_string(Unit u) noexcept {
    switch (u) {
    case Unit::text:
        return "text";
    case Unit::euros:
        return "euros";
    case Unit::date:
        return "date";
    case Unit::duration:
        return "duration";
    case Unit::days:
        return "days";
    case Unit::members:
        return "members";
    case Unit::votes:
        return "votes";
    case Unit::count:
        return "count";
    case Unit::boolean:
        return "boolean";
    case Unit::code:
        return "code";
    case Unit::rate:
        return "rate";
    }
    return "text";
}

/// One fact that triggered a diagnostic (`votes_recorded` = `42`, unit `votes`). Values are
/// canonical strings so that amounts (cents), dates (ISO) and counts travel unchanged to JSON;
/// the unit says how to read them.
struct Fact {
    std::string key{};
    std::string value{};
    Unit unit = Unit::text;
    /// Where the value was read (document, article, text as printed), when the finding says so:
    /// the findings of local rules explain themselves this way (local/rules_file.hpp).
    std::optional<SourceRef> source{};

    Fact() = default;
    Fact(std::string key_, std::string value_, Unit unit_ = Unit::text,
         std::optional<SourceRef> source_ = std::nullopt)
        : key(std::move(key_))
        , value(std::move(value_))
        , unit(unit_)
        , source(std::move(source_)) {}
    friend bool operator==(const Fact&, const Fact&) = default;
};

/// Un diagnostic du contrôle de conformité.
struct Diagnostic {
    std::string rule{}; ///< stable ID, e.g. "VOTE-TALLY-EXCEEDS"
    Severity severity = Severity::info;
    /// The message as entries of the catalogue with their values; `message_fr` and `message_en`
    /// are these parts rendered (by the emitter, when left empty). Render them in another
    /// language with `render(parts, lang)`.
    std::vector<Message> parts{};
    std::string message_fr{};
    std::string message_en{};
    Location location{};
    std::vector<LegalBasis> legal_basis{};
    std::vector<Fact> facts{};
    /// Stable names of the points the finding rests on that the law or the sources do not
    /// settle (docs/legal-reference.md, UNCONFIRMED), e.g. « members_in_office_from_lists ».
    std::vector<std::string> assumptions{};

    /// Renders `parts` into `message_fr` and `message_en` where they are empty: the emitter
    /// does it for the rules; a finding made outside a rule (text extraction, a program's own
    /// checks) calls it.
    void render_messages() {
        if (parts.empty())
            return;
        if (message_fr.empty())
            message_fr = render(parts, Lang::fr);
        if (message_en.empty())
            message_en = render(parts, Lang::en);
    }
    [[nodiscard]] const std::string& message(Lang lang = Lang::fr) const noexcept {
        return lang == Lang::fr ? message_fr : message_en;
    }
    /// The value of fact `key`, or an empty view.
    [[nodiscard]] std::string_view fact(std::string_view key) const noexcept {
        for (const auto& f : facts)
            if (f.key == key)
                return f.value;
        return {};
    }
    /// The unit of fact `key` (text when absent).
    [[nodiscard]] Unit unit(std::string_view key) const noexcept {
        for (const auto& f : facts)
            if (f.key == key)
                return f.unit;
        return Unit::text;
    }
    friend bool operator==(const Diagnostic&, const Diagnostic&) = default;
};

} // namespace subvention::compliance
