// SPDX-License-Identifier: Apache-2.0
// subvention — diagnostics: what the compliance checker reports, as data.
//
// A diagnostic is stable API: its rule ID never changes meaning once released (messages may
// improve). It says what is wrong (French by default, English available), where (document,
// article/section, path in the dossier, the stated text), why (legal basis) and on which facts.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

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

/// Langue des messages.
enum class Lang { fr, en };

/// Fondement juridique: a text and an article (« CGCT », « L.3121-16 »).
struct LegalBasis {
    std::string text;
    std::string article;
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
    std::string section;
    std::string path;
    std::string text;
    friend bool operator==(const Location&, const Location&) = default;
};

/// One fact that triggered a diagnostic (`votes_recorded` = `42`). Values are strings so that
/// amounts (cents), dates (ISO) and counts travel unchanged to JSON.
struct Fact {
    std::string key;
    std::string value;
    friend bool operator==(const Fact&, const Fact&) = default;
};

/// Un diagnostic du contrôle de conformité.
struct Diagnostic {
    std::string rule; ///< stable ID, e.g. "VOTE-TALLY-EXCEEDS"
    Severity severity = Severity::info;
    std::string message_fr;
    std::string message_en;
    Location location;
    std::vector<LegalBasis> legal_basis;
    std::vector<Fact> facts;

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
    friend bool operator==(const Diagnostic&, const Diagnostic&) = default;
};

} // namespace subvention::compliance
