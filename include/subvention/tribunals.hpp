// SPDX-License-Identifier: Apache-2.0
// subvention — the tribunal administratif competent for each département (« ressort des
// tribunaux administratifs »), and the reading of a court's name as a convention prints it.
//
// Source: Code de justice administrative art. R.221-3 (seat and area of each tribunal
// administratif), read in the public Légifrance mirror etalab/codes-juridiques-francais, text
// last amended by décret n° 2009-945 (docs/legal-reference.md JUR-TA-TABLE). Later amendments
// were NOT checked: the table is UNCONFIRMED for acts after that text (docs/legal-reference.md § 0
// « text as of 2015 »); `tribunal_areas_version` says so to callers. All 101 départements were
// cross-checked against that text by docs/legal-reference.md; the rows below are
// docs/legal-reference.md § 9 verbatim (INSEE codes). The competent tribunal is the one in whose
// area the authority that took the decision has its seat (CJA R.312-1, docs/legal-reference.md
// JUR-TERRITORIAL); for a contract, that of its place of execution, else of the signing
// authority's seat, unless the parties chose another (CJA R.312-11, JUR-CONTRACT).
//
// Other areas of R.221-3, not départements and therefore not in the table: Saint-Denis also
// covers the TAAF; Saint-Pierre: Saint-Pierre-et-Miquelon; Saint-Barthélemy and Saint-Martin (both
// seated in Basse-Terre); Mata-Utu: Wallis-et-Futuna; Nouméa: Nouvelle-Calédonie; Papeete:
// Polynésie française and Clipperton. Special rule: Orly airport lies wholly in TA Melun's area,
// Roissy-Charles-de-Gaulle wholly in TA Montreuil's area (a département code cannot express it).
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include <subvention/detail/ascii.hpp>
#include <subvention/detail/text.hpp>

namespace subvention {

/// One row of the table: a département (INSEE code and name) and the seat of its tribunal
/// administratif (« siège du tribunal administratif »).
struct TribunalArea {
    std::string_view departement_code{}; ///< « 62 », « 2A », « 971 »
    std::string_view departement{};      ///< « Pas-de-Calais »
    std::string_view seat{}; ///< « Lille » (the tribunal is « Tribunal administratif de Lille »)
};

/// Where the table comes from, for reports (« CJA R.221-3 »), and how far it was checked.
inline constexpr std::string_view tribunal_areas_source = "CJA art. R.221-3";
/// The text the table was read in; later amendments UNCONFIRMED (see the file comment).
inline constexpr std::string_view tribunal_areas_version =
    "CJA R.221-3, texte modifié en dernier lieu par le décret n° 2009-945 (miroir Légifrance) ; "
    "modifications ultérieures non vérifiées";

/// The 101 départements and the seat of their tribunal administratif (CJA R.221-3), in INSEE
/// code order (« 2A », « 2B » between « 19 » and « 21 »; overseas 971–976 last, no 975).
inline constexpr std::array<TribunalArea, 101> tribunal_areas{{
    TribunalArea{"01", "Ain", "Lyon"},
    TribunalArea{"02", "Aisne", "Amiens"},
    TribunalArea{"03", "Allier", "Clermont-Ferrand"},
    TribunalArea{"04", "Alpes-de-Haute-Provence", "Marseille"},
    TribunalArea{"05", "Hautes-Alpes", "Marseille"},
    TribunalArea{"06", "Alpes-Maritimes", "Nice"},
    TribunalArea{"07", "Ardèche", "Lyon"},
    TribunalArea{"08", "Ardennes", "Châlons-en-Champagne"},
    TribunalArea{"09", "Ariège", "Toulouse"},
    TribunalArea{"10", "Aube", "Châlons-en-Champagne"},
    TribunalArea{"11", "Aude", "Montpellier"},
    TribunalArea{"12", "Aveyron", "Toulouse"},
    TribunalArea{"13", "Bouches-du-Rhône", "Marseille"},
    TribunalArea{"14", "Calvados", "Caen"},
    TribunalArea{"15", "Cantal", "Clermont-Ferrand"},
    TribunalArea{"16", "Charente", "Poitiers"},
    TribunalArea{"17", "Charente-Maritime", "Poitiers"},
    TribunalArea{"18", "Cher", "Orléans"},
    TribunalArea{"19", "Corrèze", "Limoges"},
    TribunalArea{"2A", "Corse-du-Sud", "Bastia"},
    TribunalArea{"2B", "Haute-Corse", "Bastia"},
    TribunalArea{"21", "Côte-d'Or", "Dijon"},
    TribunalArea{"22", "Côtes-d'Armor", "Rennes"},
    TribunalArea{"23", "Creuse", "Limoges"},
    TribunalArea{"24", "Dordogne", "Bordeaux"},
    TribunalArea{"25", "Doubs", "Besançon"},
    TribunalArea{"26", "Drôme", "Grenoble"},
    TribunalArea{"27", "Eure", "Rouen"},
    TribunalArea{"28", "Eure-et-Loir", "Orléans"},
    TribunalArea{"29", "Finistère", "Rennes"},
    TribunalArea{"30", "Gard", "Nîmes"},
    TribunalArea{"31", "Haute-Garonne", "Toulouse"},
    TribunalArea{"32", "Gers", "Pau"},
    TribunalArea{"33", "Gironde", "Bordeaux"},
    TribunalArea{"34", "Hérault", "Montpellier"},
    TribunalArea{"35", "Ille-et-Vilaine", "Rennes"},
    TribunalArea{"36", "Indre", "Limoges"},
    TribunalArea{"37", "Indre-et-Loire", "Orléans"},
    TribunalArea{"38", "Isère", "Grenoble"},
    TribunalArea{"39", "Jura", "Besançon"},
    TribunalArea{"40", "Landes", "Pau"},
    TribunalArea{"41", "Loir-et-Cher", "Orléans"},
    TribunalArea{"42", "Loire", "Lyon"},
    TribunalArea{"43", "Haute-Loire", "Clermont-Ferrand"},
    TribunalArea{"44", "Loire-Atlantique", "Nantes"},
    TribunalArea{"45", "Loiret", "Orléans"},
    TribunalArea{"46", "Lot", "Toulouse"},
    TribunalArea{"47", "Lot-et-Garonne", "Bordeaux"},
    TribunalArea{"48", "Lozère", "Nîmes"},
    TribunalArea{"49", "Maine-et-Loire", "Nantes"},
    TribunalArea{"50", "Manche", "Caen"},
    TribunalArea{"51", "Marne", "Châlons-en-Champagne"},
    TribunalArea{"52", "Haute-Marne", "Châlons-en-Champagne"},
    TribunalArea{"53", "Mayenne", "Nantes"},
    TribunalArea{"54", "Meurthe-et-Moselle", "Nancy"},
    TribunalArea{"55", "Meuse", "Nancy"},
    TribunalArea{"56", "Morbihan", "Rennes"},
    TribunalArea{"57", "Moselle", "Strasbourg"},
    TribunalArea{"58", "Nièvre", "Dijon"},
    TribunalArea{"59", "Nord", "Lille"},
    TribunalArea{"60", "Oise", "Amiens"},
    TribunalArea{"61", "Orne", "Caen"},
    TribunalArea{"62", "Pas-de-Calais", "Lille"},
    TribunalArea{"63", "Puy-de-Dôme", "Clermont-Ferrand"},
    TribunalArea{"64", "Pyrénées-Atlantiques", "Pau"},
    TribunalArea{"65", "Hautes-Pyrénées", "Pau"},
    TribunalArea{"66", "Pyrénées-Orientales", "Montpellier"},
    TribunalArea{"67", "Bas-Rhin", "Strasbourg"},
    TribunalArea{"68", "Haut-Rhin", "Strasbourg"},
    TribunalArea{"69", "Rhône", "Lyon"},
    TribunalArea{"70", "Haute-Saône", "Besançon"},
    TribunalArea{"71", "Saône-et-Loire", "Dijon"},
    TribunalArea{"72", "Sarthe", "Nantes"},
    TribunalArea{"73", "Savoie", "Grenoble"},
    TribunalArea{"74", "Haute-Savoie", "Grenoble"},
    TribunalArea{"75", "Paris", "Paris"},
    TribunalArea{"76", "Seine-Maritime", "Rouen"},
    TribunalArea{"77", "Seine-et-Marne", "Melun"},
    TribunalArea{"78", "Yvelines", "Versailles"},
    TribunalArea{"79", "Deux-Sèvres", "Poitiers"},
    TribunalArea{"80", "Somme", "Amiens"},
    TribunalArea{"81", "Tarn", "Toulouse"},
    TribunalArea{"82", "Tarn-et-Garonne", "Toulouse"},
    TribunalArea{"83", "Var", "Toulon"},
    TribunalArea{"84", "Vaucluse", "Nîmes"},
    TribunalArea{"85", "Vendée", "Nantes"},
    TribunalArea{"86", "Vienne", "Poitiers"},
    TribunalArea{"87", "Haute-Vienne", "Limoges"},
    TribunalArea{"88", "Vosges", "Nancy"},
    TribunalArea{"89", "Yonne", "Dijon"},
    TribunalArea{"90", "Territoire de Belfort", "Besançon"},
    TribunalArea{"91", "Essonne", "Versailles"},
    TribunalArea{"92", "Hauts-de-Seine", "Cergy-Pontoise"},
    TribunalArea{"93", "Seine-Saint-Denis", "Montreuil"},
    TribunalArea{"94", "Val-de-Marne", "Melun"},
    TribunalArea{"95", "Val-d'Oise", "Cergy-Pontoise"},
    TribunalArea{"971", "Guadeloupe", "Basse-Terre"},
    TribunalArea{"972", "Martinique", "Fort-de-France"},
    TribunalArea{"973", "Guyane", "Cayenne"},
    TribunalArea{"974", "La Réunion", "Saint-Denis"},
    TribunalArea{"976", "Mayotte", "Mamoudzou"},
}};

namespace detail {

/// `code` trimmed of spaces, with the Corsican letter upper-cased (« 2a » → « 2A »), into `buf`;
/// an empty view when it cannot be an INSEE département code (longer than 3 characters).
[[nodiscard]] constexpr std::string_view
tribunals_normalise_code(std::string_view code, std::array<char, 3>& buf) noexcept {
    code = trim_spaces(code);
    if (code.empty() || code.size() > buf.size())
        return {};
    for (std::size_t i = 0; i < code.size(); ++i)
        buf[i] = ascii_upper(code[i]);
    return std::string_view(buf.data(), code.size());
}

/// Folded key (upper case, no accents, hyphens as spaces) of a seat or a printed name.
[[nodiscard]] inline std::string tribunals_key(std::string_view s) {
    if (auto key = text::fold_key(s))
        return std::move(*key);
    // Not valid UTF-8: fold what can be folded (ASCII case, hyphens), keep the other bytes.
    std::string out;
    for (const char c : s)
        out += c == '-' ? ' ' : ascii_upper(c);
    return out;
}

/// Index of département `code` in `tribunal_areas` (see `find_tribunal_area`), or the table's
/// size when it is not there.
[[nodiscard]] constexpr std::size_t tribunals_index(std::string_view departement_code) noexcept {
    std::array<char, 3> buf{};
    const auto code = tribunals_normalise_code(departement_code, buf);
    if (code.empty())
        return tribunal_areas.size();
    for (std::size_t i = 0; i < tribunal_areas.size(); ++i)
        if (tribunal_areas[i].departement_code == code)
            return i;
    return tribunal_areas.size();
}

} // namespace detail

/// The row of département `departement_code` (INSEE code, « 62 », « 2A »/« 2a », « 971 »;
/// surrounding spaces ignored), or nullptr when it is not one of the 101 départements. No
/// guessing: « 6 » or « 062 » are not « 06 » / « 62 », and « 20 » (Corse before 1976) is unknown.
[[nodiscard]] constexpr const TribunalArea*
find_tribunal_area(std::string_view departement_code) noexcept {
    const auto i = detail::tribunals_index(departement_code);
    return i < tribunal_areas.size() ? &tribunal_areas[i] : nullptr;
}

/// Seat of the tribunal administratif competent for the département `dep` (CJA R.221-3, R.312-1):
/// `tribunal_administratif_for("62") == "Lille"`; nullopt for an unknown code.
[[nodiscard]] constexpr std::optional<std::string_view>
tribunal_administratif_for(std::string_view dep) noexcept {
    // By index, not through `find_tribunal_area`: g++ 12 with -fsanitize=undefined refuses a
    // null test of a pointer into the table in a constant expression.
    const auto i = detail::tribunals_index(dep);
    if (i < tribunal_areas.size())
        return tribunal_areas[i].seat;
    return std::nullopt;
}

/// Full name of the tribunal seated at `seat`, with the French elision before a vowel:
/// « Tribunal administratif de Lille », « Tribunal administratif d'Amiens », « … d'Orléans ».
[[nodiscard]] inline std::string tribunal_administratif_name(std::string_view seat) {
    const auto key = detail::tribunals_key(seat);
    const bool vowel =
        !key.empty() && std::string_view("AEIOUY").find(key.front()) != std::string_view::npos;
    return std::string(vowel ? "Tribunal administratif d\u2019" : "Tribunal administratif de ") +
           std::string(seat);
}

/// What kind of court a printed name designates (« nature de la juridiction désignée »).
enum class CourtKind {
    tribunal_administratif, ///< « Tribunal administratif (de …) », « TA de … », « T.A. de … »
    other_administrative, ///< another administrative wording: « juridiction administrative
                          ///< compétente », « Cour administrative d'appel de Douai »
    other,                ///< anything else: a judicial court (« Tribunal judiciaire »), « les
                          ///< tribunaux de Lille »…
};

/// Stable lower-case name (« tribunal_administratif »).
[[nodiscard]] constexpr std::string_view to_string(CourtKind k) noexcept {
    switch (k) {
    case CourtKind::tribunal_administratif:
        return "tribunal_administratif";
    case CourtKind::other_administrative:
        return "other_administrative";
    case CourtKind::other:
        return "other";
    }
    return "other";
}

/// A court's name as read by `read_court_name` (« juridiction désignée »).
struct CourtName {
    CourtKind kind = CourtKind::other;
    /// For a tribunal administratif: what follows « de » / « d' », folded (upper case, no
    /// accents, hyphens as spaces: « CHALONS EN CHAMPAGNE »); empty when no seat is named
    /// (« le tribunal administratif territorialement compétent »).
    std::string seat_key{};
    /// The seat of the table that `seat_key` names, canonical spelling (« Châlons-en-Champagne »);
    /// nullopt when no seat is named or it is not a seat of the table (a typo: « Lile »).
    std::optional<std::string_view> seat{};
    friend bool operator==(const CourtName&, const CourtName&) = default;
};

/// Reads a court's name as a jurisdiction clause prints it. Robust to case, accents, hyphens or
/// spaces (« Chalons en Champagne »), typographic apostrophes, the abbreviations « TA »,
/// « T.A. », « St »/« Ste » for Saint/Sainte, a leading « le », a parenthesis or anything after a
/// comma (« Tribunal administratif de Lille (Nord) »), words after the seat (« … de Saint-Denis
/// de La Réunion »), and two former or short names: « Châlons-sur-Marne » (renamed in 1998) and
/// « Cergy ». Never throws on content (invalid UTF-8 is compared as printed).
[[nodiscard]] inline CourtName read_court_name(std::string_view printed) {
    std::string key;
    {
        std::string folded = detail::tribunals_key(printed);
        int depth = 0;
        for (const char c : folded) {
            if (c == '(')
                ++depth;
            else if (c == ')')
                depth = depth > 0 ? depth - 1 : 0;
            else if (depth == 0 && c != '.')
                key += c;
        }
        if (const auto cut = key.find_first_of(",;"); cut != std::string::npos)
            key.resize(cut);
    }
    // Collapse spaces left by removed dots or parentheses.
    std::string tidy;
    for (const char c : key) {
        if (c == ' ' && (tidy.empty() || tidy.back() == ' '))
            continue;
        tidy += c;
    }
    while (!tidy.empty() && tidy.back() == ' ')
        tidy.pop_back();
    std::string_view s(tidy);
    auto starts = [&s](std::string_view word) {
        return s.size() >= word.size() && s.substr(0, word.size()) == word &&
               (s.size() == word.size() || s[word.size()] == ' ' || word.back() == '\'');
    };
    auto drop = [&s](std::size_t n) {
        s.remove_prefix(n < s.size() ? n : s.size());
        while (!s.empty() && s.front() == ' ')
            s.remove_prefix(1);
    };
    if (starts("LE"))
        drop(2);
    CourtName out;
    if (starts("TRIBUNAL ADMINISTRATIF"))
        drop(22);
    else if (starts("TA"))
        drop(2);
    else {
        out.kind = s.find("ADMINISTRATI") != std::string_view::npos
                       ? CourtKind::other_administrative
                       : CourtKind::other;
        return out;
    }
    out.kind = CourtKind::tribunal_administratif;
    if (starts("DE"))
        drop(2);
    else if (starts("D'"))
        drop(2);
    else
        return out; // « tribunal administratif compétent »: no seat named
    std::string seat(s);
    if (seat.rfind("ST ", 0) == 0)
        seat.replace(0, 2, "SAINT");
    else if (seat.rfind("STE ", 0) == 0)
        seat.replace(0, 3, "SAINTE");
    out.seat_key = seat;
    auto names = [&seat](std::string_view candidate_key) {
        return seat.size() >= candidate_key.size() &&
               std::string_view(seat).substr(0, candidate_key.size()) == candidate_key &&
               (seat.size() == candidate_key.size() || seat[candidate_key.size()] == ' ');
    };
    std::size_t best = 0;
    for (const auto& area : tribunal_areas) {
        const auto candidate = detail::tribunals_key(area.seat);
        if (candidate.size() > best && names(candidate)) {
            best = candidate.size();
            out.seat = area.seat;
        }
    }
    struct Alias {
        std::string_view key{};
        std::string_view seat{};
    };
    constexpr std::array<Alias, 2> aliases{
        {{"CHALONS SUR MARNE", "Châlons-en-Champagne"}, {"CERGY", "Cergy-Pontoise"}}};
    if (!out.seat)
        for (const auto& a : aliases)
            if (names(a.key))
                out.seat = a.seat;
    return out;
}

/// Whether the printed court name designates the tribunal administratif seated at `seat`
/// (« Tribunal administratif de Lille », « TA de LILLE » and « tribunal administratif de
/// lille » all designate « Lille »).
[[nodiscard]] inline bool names_tribunal_administratif(std::string_view printed,
                                                       std::string_view seat) {
    const auto court = read_court_name(printed);
    return court.kind == CourtKind::tribunal_administratif && court.seat &&
           detail::tribunals_key(*court.seat) == detail::tribunals_key(seat);
}

} // namespace subvention
