// SPDX-License-Identifier: Apache-2.0
// subvention — where a stated fact comes from, so diagnostics can point at it.
#pragma once

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

namespace subvention {

/// Which document of a dossier a fact was read in.
enum class DocumentKind {
    deliberation, ///< la délibération
    rapport,      ///< le rapport du Président
    convention,   ///< la convention de subvention
    dossier,      ///< the dossier as a whole (cross-document facts)
};

[[nodiscard]] constexpr std::string_view to_string(DocumentKind d) noexcept {
    switch (d) {
    case DocumentKind::deliberation:
        return "deliberation";
    case DocumentKind::rapport:
        return "rapport";
    case DocumentKind::convention:
        return "convention";
    case DocumentKind::dossier:
        return "dossier";
    }
    return "dossier";
}

/// French name of a document (« délibération », « rapport »…), for messages.
[[nodiscard]] constexpr std::string_view label_fr(DocumentKind d) noexcept {
    return d == DocumentKind::deliberation ? "délibération" : to_string(d);
}

/// English name of a document (« deliberation », « report »…), for messages.
[[nodiscard]] constexpr std::string_view label_en(DocumentKind d) noexcept {
    return d == DocumentKind::rapport ? "report" : to_string(d);
}

/// Location of a stated fact: document, article or section (« article 4 », « visas »), and the
/// text as printed where known (« soit le 30 juin 2024 »).
struct SourceRef {
    DocumentKind document = DocumentKind::dossier;
    std::string section;
    std::string text;
    friend bool operator==(const SourceRef&, const SourceRef&) = default;
};

/// A range of a document's text (« plage »): 1-based lines and columns, columns counted in bytes
/// of the line, both ends inclusive.
struct TextSpan {
    std::uint32_t first_line = 0;
    std::uint32_t first_column = 0;
    std::uint32_t last_line = 0;
    std::uint32_t last_column = 0;
    friend bool operator==(const TextSpan&, const TextSpan&) = default;
};

/// A value as a document states it, with where it is stated.
template <class T>
struct Stated {
    T value{};
    SourceRef source{};
    friend bool operator==(const Stated&, const Stated&) = default;
};

} // namespace subvention
