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

/// Where a stated fact was taken from.
enum class Origin {
    document, ///< read in the document's text: `section` and `text` as printed
    database, ///< taken from a management database (« base de données »)
    entry,    ///< typed in by an agent (« saisie »)
};

/// Stable lower-case name (« database »).
[[nodiscard]] constexpr std::string_view to_string(Origin o) noexcept {
    return o == Origin::document ? "document" : o == Origin::database ? "database" : "entry";
}

/// Location of a stated fact: document, article or section (« article 4 », « visas »), and the
/// text as printed where known (« soit le 30 juin 2024 »). A fact that no text states (origin
/// `database` or `entry`) is located by its path in the dossier (« /convention/period »), which
/// `section` holds, and `text` is the value as the software renders it.
struct SourceRef {
    DocumentKind document = DocumentKind::dossier;
    std::string section{};
    std::string text{};
    Origin origin = Origin::document;
    friend bool operator==(const SourceRef&, const SourceRef&) = default;
};

/// The location of a fact entered as data (`Origin::database` by default): the document it
/// belongs to, its path in the dossier, and its value as rendered.
[[nodiscard]] inline SourceRef from_data(DocumentKind document, std::string path,
                                         std::string rendered = {},
                                         Origin origin = Origin::database) {
    return SourceRef{document, std::move(path), std::move(rendered), origin};
}

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
