// SPDX-License-Identifier: Apache-2.0
// subvention::text — text → Convention (« extraction de la convention de subvention »).
//
// Reads the convention's normalised lines (extract_internal.hpp) into the typed model of
// convention.hpp, as printed, errors included (a SIRET labelled « SIREN », a repeated visa, a
// cross-reference to the wrong article): the checker judges them, the extractor never corrects.
//
// How the text is read:
//  - the preamble (before the first « Article n : ») holds the service, the object, the dossier
//    number, the parties (« Entre … d'une part, Et … d'autre part »), and the visas (« Vu … »);
//  - each « Article n : titre » (« 1er », upper case, « Article 2     : » accepted) opens an
//    article; « n) titre » lines open its numbered paragraphs; the block after the last article
//    starting with « Fait en », « Ce document comprend » or « A <lieu>, le » is the signature;
//  - an article's lines are grouped into blocks (paragraphs, bullets, « Axe n : » lines): a line
//    continues the previous block unless it starts a bullet, or the previous block ended a
//    sentence (or, in a list introduced by « : », an item) and the line starts with a capital;
//    blocks are cut into sentences; facts are read from sentences by keywords, folded (accents
//    and case ignored) so that « PERIODE », « période » and « periode » are the same word.
//  - SourceRef.text is the sentence (or bullet, or line) the fact was read in, whitespace
//    normalised; for a few clause kinds the sentence's main clause (« celle-ci pourra être
//    résiliée … », « le bénéficiaire est tenu d'effectuer une mise en concurrence … »).
// Linear in the text: every line is folded once, each keyword search is a substring search in
// one sentence; no std::regex.
#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include <subvention/date.hpp>
#include <subvention/detail/ascii.hpp>
#include <subvention/detail/text.hpp>
#include <subvention/identifiers.hpp>

#include "extract_internal.hpp"

namespace subvention::text::detail {

namespace {

namespace tx = subvention::detail::text;
using compliance::Message;
using compliance::Severity;
using CS = ConventionSubject;

constexpr std::size_t npos = std::string::npos;

SourceRef conv_ref(std::string section, std::string text) {
    return SourceRef{DocumentKind::convention, std::move(section), std::move(text)};
}

/// Key of a text with its layout: each space and hyphen kept (« Article 2 - Objet »).
std::string upper_key(std::string_view s) {
    return fold(s, Separators::keep);
}

/// Key of a text with its map to the printed bytes (see `upper_key`).
FoldedText fold_map(std::string_view s) {
    return fold_with_offsets(s, Separators::keep);
}

bool has_word(std::string_view key, std::string_view needle) {
    return find_word(key, needle) != npos;
}
bool has_prefix(std::string_view key, std::string_view needle) {
    return find_word(key, needle, 0, WordEnd::prefix) != npos;
}

/// A sentence or a paragraph may start here: a capital, a digit or « « ».
bool opens_sentence(std::string_view s) {
    return starts_capital_or_digit(s) || s.starts_with("\xC2\xAB");
}

// ---------------------------------------------------------------------------------------------
// Joined text with the lines it comes from

/// Lines joined as `join_wrapped` joins them, remembering where each line starts.
struct Joined {
    std::string text;
    std::vector<std::pair<std::size_t, std::size_t>> starts; ///< (offset in text, line index)

    [[nodiscard]] std::size_t line_at(std::size_t offset) const {
        // starts are in increasing offsets: the last one at or before `offset`.
        auto it = std::upper_bound(starts.begin(), starts.end(), offset,
                                   [](std::size_t o, const auto& st) { return o < st.first; });
        if (it == starts.begin())
            return starts.empty() ? 0 : starts.front().second;
        return std::prev(it)->second;
    }
};

void append_line(Joined& j, const Line& line, std::size_t index, std::string_view piece) {
    if (piece.empty())
        return;
    if (j.text.empty()) {
        j.starts.emplace_back(0, index);
        j.text.assign(piece);
        return;
    }
    // Same decision as join_wrapped (hyphenation repaired, real hyphens kept), on the two lines.
    // The last word of the previous line is all join_wrapped looks at (searched within that
    // line only: linear however many lines are joined).
    std::size_t w = j.text.size();
    const std::size_t floor = j.starts.back().first;
    while (w > floor && j.text[w - 1] != ' ')
        --w;
    std::array<Line, 2> pair{Line{j.text.substr(w), 0, {}},
                             Line{std::string(piece), line.number, {}}};
    const std::string both = join_wrapped(pair);
    const std::size_t a = pair[0].text.size();
    if (both.size() == a + 1 + piece.size()) {
        j.text += ' ';
    } else if (both.size() + 1 == a + piece.size()) {
        j.text.pop_back();
    }
    j.starts.emplace_back(j.text.size(), index);
    j.text.append(piece);
}

// ---------------------------------------------------------------------------------------------
// Structure: articles, blocks, sentences

enum class BlockKind { paragraph, bullet, axis, heading };

struct Block {
    BlockKind kind = BlockKind::paragraph;
    Joined joined;
    std::size_t article = 0;              ///< index in Doc::articles
    std::optional<std::uint32_t> section; ///< numbered paragraph (« 5) ») it belongs to
    std::string section_key;              ///< that paragraph's title, folded
};

struct Sentence {
    std::size_t block = 0;
    std::size_t begin = 0; ///< offsets in the block's text
    std::size_t end = 0;
    std::string text;
    std::string key;
    std::size_t first_line = 0;
    std::size_t last_line = 0;
};

struct ArticleInfo {
    std::uint32_t number = 0;
    std::string title;
    std::size_t heading = 0; ///< line index
    std::size_t first = 0;   ///< first body line
    std::size_t last = 0;    ///< one past the last body line
    std::vector<std::string> sections;
    std::vector<std::pair<std::size_t, CS>> subjects; ///< (order key, subject)
};

/// « Article 12 : Reversements… », « ARTICLE 1er - Objet », « Article 2     : » → (number,
/// title offset in the printed line).
std::optional<std::pair<std::uint32_t, std::size_t>> article_heading(const Line& line) {
    const FoldedText f = fold_map(line.text);
    std::string_view k = f.key;
    // A heading is capitalised (« Article », « ARTICLE »): « article 2 ; » at the start of a
    // line is a reference wrapped from the line before.
    if (!k.starts_with("ARTICLE ") || !line.text.starts_with("A"))
        return std::nullopt;
    std::size_t i = 8;
    while (i < k.size() && k[i] == ' ')
        ++i;
    // Any number of digits (« Article 1000 : »); more than nine cannot be an article number.
    std::uint32_t n = 0;
    const std::size_t d = i;
    while (i < k.size() && subvention::detail::is_digit(k[i]))
        if (i - d < 9)
            n = n * 10 + static_cast<std::uint32_t>(k[i++] - '0');
        else
            return std::nullopt;
    if (i == d) {
        if (!k.substr(i).starts_with("PREMIER"))
            return std::nullopt;
        n = 1;
        i += 7;
    } else if (n == 1 && k.substr(i).starts_with("ER")) {
        i += 2; // « 1er »
    }
    if (n == 0)
        return std::nullopt;
    while (i < k.size() && k[i] == ' ')
        ++i;
    if (i >= k.size())
        return std::pair{n, line.text.size()};
    if (k[i] != ':' && k[i] != '-' && k[i] != '.')
        return std::nullopt;
    ++i;
    while (i < k.size() && k[i] == ' ')
        ++i;
    return std::pair{n, f.printed(i)};
}

/// « 5) Dépenses éligibles » → (5, title offset).
std::optional<std::pair<std::uint32_t, std::size_t>> section_heading(std::string_view t) {
    std::size_t i = 0;
    std::uint32_t n = 0;
    while (i < t.size() && subvention::detail::is_digit(t[i]) && i < 2)
        n = n * 10 + static_cast<std::uint32_t>(t[i++] - '0');
    if (i == 0 || i >= t.size() || t[i] != ')')
        return std::nullopt;
    const std::size_t title = subvention::detail::skip_spaces(t, i + 1);
    if (title >= t.size())
        return std::nullopt;
    return std::pair{n, title};
}

/// A line that starts a paragraph even after an unfinished line: an addressee line of a list
/// (« Pour le Département : … », whose bullet mark the export dropped) or a sentence opening
/// with a connector (« Plus généralement, … », « Toutefois, … »).
bool starts_paragraph(std::string_view key) {
    if (key.starts_with("POUR ")) {
        const auto colon = key.find(" : ");
        return colon != npos && colon < 40;
    }
    for (const std::string_view c :
         {"PLUS GENERALEMENT", "PAR AILLEURS", "EN OUTRE", "TOUTEFOIS,", "DE PLUS,", "EN CAS DE "})
        if (key.starts_with(c))
            return true;
    return false;
}

/// Offsets where sentences end in a block's text: after « . », « ! », « ? » followed by a
/// space and a capital (not after « cf. », « ex. », « M. », « n° »… abbreviations).
std::vector<std::pair<std::size_t, std::size_t>> sentence_bounds(std::string_view t) {
    std::vector<std::pair<std::size_t, std::size_t>> out;
    std::size_t start = 0;
    for (std::size_t i = 0; i + 2 < t.size(); ++i) {
        if ((t[i] != '.' && t[i] != '!' && t[i] != '?') || t[i + 1] != ' ')
            continue;
        if (!opens_sentence(t.substr(i + 2)))
            continue;
        // abbreviation: a single letter or « cf », « ex », « art » before the dot
        std::size_t w = i;
        while (w > start && subvention::detail::is_ascii_alpha(t[w - 1]))
            --w;
        const std::string_view word = t.substr(w, i - w);
        if (word.size() == 1 || word == "cf" || word == "ex" || word == "art" || word == "Cf")
            continue;
        out.emplace_back(start, i + 1);
        start = i + 2;
    }
    if (start < t.size())
        out.emplace_back(start, t.size());
    return out;
}

/// The convention's structure and the facts read so far.
struct Doc {
    const Section& sec;
    Sink& sink;
    std::vector<std::string> keys; ///< folded text of each line
    std::vector<ArticleInfo> articles;
    std::vector<Block> blocks;
    std::vector<Sentence> sentences;
    std::size_t preamble_end = 0; ///< first article heading (or signature)
    std::size_t signature_begin = 0;

    [[nodiscard]] const Line& line(std::size_t i) const { return sec.lines[i]; }

    [[nodiscard]] std::string label(const Block& b) const {
        std::string s = "article " + std::to_string(articles[b.article].number);
        if (b.section)
            s += " §" + std::to_string(*b.section);
        return s;
    }

    void fact(std::string path, std::size_t first, std::size_t last) {
        if (first < sec.lines.size() && last < sec.lines.size())
            sink.fact(std::move(path), sec.lines[first], sec.lines[std::max(first, last)]);
    }
    void fact(std::string path, const Sentence& s) {
        fact(std::move(path), s.first_line, s.last_line);
    }

    void missing(std::string_view rule, Severity sev, std::string path,
                 std::optional<std::size_t> at, Message message) {
        const Line* where = at && *at < sec.lines.size() ? &sec.lines[*at] : nullptr;
        sink.missing(rule, sev, std::move(path), where, std::move(message));
    }
};

void build_structure(Doc& d) {
    const auto& lines = d.sec.lines;
    d.keys.reserve(lines.size());
    for (const auto& l : lines)
        d.keys.push_back(upper_key(l.text));

    std::vector<std::pair<std::size_t, std::pair<std::uint32_t, std::size_t>>> heads;
    for (std::size_t i = 0; i < lines.size(); ++i)
        if (auto h = article_heading(lines[i]))
            heads.emplace_back(i, *h);

    // Signature block: after the last heading, the first « Fait en / Ce document / A …, le ».
    d.signature_begin = lines.size();
    const std::size_t sig_from = heads.empty() ? 0 : heads.back().first + 1;
    for (std::size_t i = sig_from; i < lines.size(); ++i) {
        const std::string_view k = d.keys[i];
        const bool place_line = (k.starts_with("A ") || k.starts_with("FAIT A ")) &&
                                (k.ends_with(", LE") || k.find(", LE ") != npos) && k.size() < 80;
        if (k.starts_with("FAIT EN ") || k.starts_with("CE DOCUMENT COMPREND") || place_line) {
            d.signature_begin = i;
            break;
        }
    }
    d.preamble_end = heads.empty() ? d.signature_begin : heads.front().first;

    for (std::size_t h = 0; h < heads.size(); ++h) {
        ArticleInfo a;
        a.number = heads[h].second.first;
        a.heading = heads[h].first;
        const std::string& t = lines[a.heading].text;
        a.title = std::string(trim_spaces(std::string_view(t).substr(heads[h].second.second)));
        a.first = a.heading + 1;
        a.last = h + 1 < heads.size() ? heads[h + 1].first : d.signature_begin;
        if (a.title.empty() && a.first < a.last) { // title on the next line
            a.title = lines[a.first].text;
            ++a.first;
        }
        a.last = std::max(a.last, a.first);
        d.articles.push_back(std::move(a));
    }

    // Blocks.
    for (std::size_t ai = 0; ai < d.articles.size(); ++ai) {
        auto& a = d.articles[ai];
        std::optional<std::uint32_t> section;
        std::string section_key;
        bool list_context = false;
        for (std::size_t i = a.first; i < a.last; ++i) {
            const std::string& t = lines[i].text;
            if (t.empty())
                continue;
            if (auto s = section_heading(t)) {
                section = s->first;
                a.sections.emplace_back(std::string_view(t).substr(s->second));
                section_key = upper_key(a.sections.back());
                Block b{BlockKind::heading, {}, ai, section, section_key};
                append_line(b.joined, lines[i], i, std::string_view(t).substr(s->second));
                d.blocks.push_back(std::move(b));
                list_context = false;
                continue;
            }
            const std::size_t bl = bullet_length(t);
            if (bl >= t.size())
                continue; // a bullet mark alone on its line
            const bool axis = is_axis_line(t, Accents::ignored);
            bool fresh = bl > 0 || axis || d.blocks.empty() || d.blocks.back().article != ai ||
                         d.blocks.back().kind == BlockKind::heading;
            if (!fresh) {
                const std::string& prev = d.blocks.back().joined.text;
                const bool item_end = list_context && (prev.ends_with(",") || prev.ends_with(";"));
                fresh = ((ends_sentence(prev) || item_end) && opens_sentence(t)) ||
                        starts_paragraph(d.keys[i]);
            }
            if (fresh) {
                if (!d.blocks.empty() && d.blocks.back().article == ai) {
                    const std::string& prev = d.blocks.back().joined.text;
                    if (prev.ends_with(":"))
                        list_context = true;
                    else if (prev.ends_with("."))
                        list_context = false;
                }
                Block b{bl > 0 ? BlockKind::bullet
                               : (axis ? BlockKind::axis : BlockKind::paragraph),
                        {},
                        ai,
                        section,
                        section_key};
                append_line(b.joined, lines[i], i, std::string_view(t).substr(bl));
                d.blocks.push_back(std::move(b));
            } else {
                append_line(d.blocks.back().joined, lines[i], i, t);
            }
        }
    }

    // Sentences.
    for (std::size_t bi = 0; bi < d.blocks.size(); ++bi) {
        const Block& b = d.blocks[bi];
        if (b.kind == BlockKind::heading)
            continue;
        for (const auto& [s, e] : sentence_bounds(b.joined.text)) {
            Sentence st;
            st.block = bi;
            st.begin = s;
            st.end = e;
            st.text = std::string(trim_spaces(std::string_view(b.joined.text).substr(s, e - s)));
            st.key = upper_key(st.text);
            st.first_line = b.joined.line_at(s);
            st.last_line = b.joined.line_at(e == 0 ? 0 : e - 1);
            d.sentences.push_back(std::move(st));
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Preamble: service, object, dossier number, parties, visas

/// Text after the first `:` of `t` (or after `prefix_len` bytes), trimmed.
std::string_view after_colon(std::string_view t) {
    const auto c = t.find(':');
    return c == npos ? std::string_view{} : trim_spaces(t.substr(c + 1));
}

LegalForm legal_form_of(std::string_view key) {
    if (key.starts_with("DEPARTEMENT"))
        return LegalForm::departement;
    if (key.starts_with("REGION"))
        return LegalForm::region;
    if (key.starts_with("COMMUNE") || key.starts_with("VILLE "))
        return LegalForm::commune;
    if (key.starts_with("COMMUNAUTE") || key.starts_with("METROPOLE"))
        return LegalForm::epci;
    if (key.starts_with("ASSOCIATION CULTUELLE"))
        return LegalForm::association_cultuelle;
    if (key.starts_with("ASSOCIATION"))
        return LegalForm::association;
    if (key.starts_with("FONDATION"))
        return LegalForm::foundation;
    if (key.starts_with("SOCIETE") || key.starts_with("ENTREPRISE"))
        return LegalForm::company;
    return LegalForm::unknown;
}

/// INSEE département code from the first 5-digit postcode (« 62018 » → « 62 »; Corsica 2A/2B,
/// overseas 97x).
std::string departement_code(std::string_view address) {
    for (std::size_t i = 0; i + 5 <= address.size(); ++i) {
        if (i > 0 && subvention::detail::is_digit(address[i - 1]))
            continue;
        bool five = true;
        for (std::size_t k = 0; k < 5; ++k)
            five = five && subvention::detail::is_digit(address[i + k]);
        if (!five || (i + 5 < address.size() && subvention::detail::is_digit(address[i + 5])))
            continue;
        const std::string_view pc = address.substr(i, 5);
        if (pc.starts_with("20"))
            return pc[2] <= '1' ? "2A" : "2B";
        if (pc.starts_with("97"))
            return std::string(pc.substr(0, 3));
        return std::string(pc.substr(0, 2));
    }
    return {};
}

/// Printed text of a folded range [kb, ke).
std::string cut(std::string_view printed, const FoldedText& f, std::size_t kb, std::size_t ke) {
    const std::size_t b = f.printed(kb);
    const std::size_t e = f.printed(ke);
    return e > b ? std::string(trim_spaces(printed.substr(b, e - b))) : std::string{};
}

void parse_party(Doc& d, ConventionParty& p, const std::string& full, std::size_t first,
                 std::size_t last, const std::string& path, bool grantor) {
    p.source = conv_ref("parties", full);
    const FoldedText f = fold_map(full);
    const std::string_view k = f.key;
    std::size_t kb = 0;
    if (k.starts_with("ENTRE "))
        kb = 6;
    else if (k.starts_with("ET "))
        kb = 3;
    for (const std::string_view det : {"LE ", "LA ", "LES ", "L'"})
        if (k.substr(kb).starts_with(det)) {
            kb += det.size();
            break;
        }
    p.legal_form = legal_form_of(k.substr(kb));
    if (p.legal_form == LegalForm::association || p.legal_form == LegalForm::foundation ||
        p.legal_form == LegalForm::company || p.legal_form == LegalForm::association_cultuelle) {
        // The form's words are not the name: one word, two for « association cultuelle ».
        for (int words = p.legal_form == LegalForm::association_cultuelle ? 2 : 1; words > 0;
             --words) {
            const auto sp = k.find(' ', kb);
            kb = sp == npos ? k.size() : sp + 1;
        }
    }
    // Name: up to « , dont », « dont », « , » or « représenté ».
    std::size_t ke = k.size();
    for (const std::string_view stop : {", DONT ", " DONT ", ",", " REPRESENTE", " SIS "})
        ke = std::min(ke, k.find(stop, kb));
    p.name = cut(full, f, kb, ke);
    if (!p.name.empty())
        d.fact(path + "/name", first, first);

    // Address: after « siège (social) (est) (situé) en/au/à (l') ».
    if (auto s = find_word(k, "SIEGE"); s != npos) {
        std::size_t a = s + 5;
        for (bool skipped = true; skipped;) {
            skipped = false;
            while (a < k.size() && (k[a] == ' ' || k[a] == ':' || k[a] == ','))
                ++a;
            for (const std::string_view w :
                 {"SOCIAL", "EST", "SITUE", "SITUEE", "EN", "AU", "A", "AUX", "FIXE", "ETABLI"})
                if (k.substr(a).starts_with(w) &&
                    (a + w.size() >= k.size() || !is_word_byte(k[a + w.size()]))) {
                    a += w.size();
                    skipped = true;
                    break;
                }
        }
        if (k.substr(a).starts_with("L'"))
            a += 2;
        std::size_t e = k.size();
        for (const std::string_view stop :
             {", REPRESENTE", " REPRESENTE", ", IDENTIFIE", " IDENTIFIE", ", CI-APRES", " CI-APRES",
              ", SIRET", ", SIREN", ", NO ", ", DUMENT"})
            e = std::min(e, k.find(stop, a));
        p.address = std::string(strip_terminal_punct(cut(full, f, a, e)));
        p.departement_code = departement_code(p.address);
        if (!p.address.empty())
            d.fact(path + "/address", first, last);
    }
    if (p.address.empty())
        d.missing("EXTRACT-CONVENTION-PARTY-ADDRESS", Severity::info, path + "/address", first,
                  Message("EXTRACT-CONVENTION-PARTY-ADDRESS").arg("party", p.name));

    // Representative: « représenté(e) par Monsieur X, Fonction, … ».
    std::size_t r = find_word(k, "REPRESENTE PAR");
    if (r == npos)
        r = find_word(k, "REPRESENTEE PAR");
    if (r != npos) {
        std::size_t nb = k.find("PAR", r) + 4;
        std::size_t ne = k.size();
        for (const std::string_view stop :
             {",", " CI-APRES", " DUMENT", " AGISSANT", " EN SA QUALITE"})
            ne = std::min(ne, k.find(stop, nb));
        NamedPerson person{cut(full, f, nb, ne), {}};
        if (ne < k.size() && k[ne] == ',') {
            std::size_t fb = ne + 1;
            while (fb < k.size() && k[fb] == ' ')
                ++fb;
            const std::string_view rest = k.substr(fb);
            if (!rest.starts_with("CI-APRES") && !rest.starts_with("DUMENT") &&
                !rest.starts_with("IDENTIFIE") && !rest.starts_with("AGISSANT") &&
                !rest.starts_with("D'UNE PART") && !rest.starts_with("D'AUTRE PART")) {
                const std::size_t fe = std::min(k.size(), k.find(',', fb));
                person.function = cut(full, f, fb, fe);
            }
        }
        if (!person.name.empty()) {
            p.representative = person;
            d.fact(path + "/representative", first, last);
        }
    }
    if (!p.representative)
        d.missing("EXTRACT-CONVENTION-REPRESENTATIVE", Severity::info, path + "/representative",
                  first, Message("EXTRACT-CONVENTION-REPRESENTATIVE").arg("party", p.name));

    // Authorisation: « dûment autorisé par délibération de la Commission Permanente en date du … ».
    if (auto au = grantor ? find_word(k, "AUTORISE", 0, WordEnd::prefix) : npos; au != npos) {
        std::size_t ab = au;
        if (ab >= 7 && k.substr(ab - 7, 7) == "DUMENT ")
            ab -= 7;
        std::size_t ae = std::min(k.size(), k.find(',', au));
        StatedAuthorisation sa;
        const std::string piece = cut(full, f, ab, ae);
        const std::string_view pk = std::string_view(k).substr(ab, ae - ab);
        if (pk.find("COMMISSION PERMANENTE") != npos)
            sa.body = Body::commission_permanente;
        else if (pk.find("CONSEIL DEPARTEMENTAL") != npos || pk.find("CONSEIL GENERAL") != npos)
            sa.body = Body::conseil_departemental;
        std::string text = piece;
        if (const auto fd = find_date(piece)) {
            sa.date = fd->date;
            text = piece.substr(0, fd->offset + fd->length);
        }
        if (auto no = pk.find("NO"); no != npos && (no == 0 || pk[no - 1] == ' ')) {
            std::size_t nb = no + 2;
            while (nb < pk.size() && (pk[nb] == ' ' || pk[nb] == ':'))
                ++nb;
            std::size_t ne = nb;
            while (ne < pk.size() &&
                   (subvention::detail::is_digit(pk[ne]) || pk[ne] == '-' || pk[ne] == '/'))
                ++ne;
            if (ne > nb)
                if (auto num = DeliberationNumber::parse(pk.substr(nb, ne - nb)))
                    sa.number = num.value();
        }
        sa.source = conv_ref("parties", text);
        p.authorisation = sa;
        d.fact(path + "/authorisation", first, last);
    } else if (grantor) {
        d.missing("EXTRACT-CONVENTION-AUTHORISATION", Severity::warning, path + "/authorisation",
                  first, Message("EXTRACT-CONVENTION-AUTHORISATION"));
    }

    // Designation: « ci-après désigné(e) / dénommé(e) (par) « X » ».
    if (auto ca = find_word(k, "CI-APRES"); ca != npos) {
        const auto open = full.find("\xC2\xAB", f.printed(ca));
        const auto close = open == npos ? npos : full.find("\xC2\xBB", open);
        if (open != npos && close != npos) {
            p.designation =
                std::string(trim_spaces(std::string_view(full).substr(open + 2, close - open - 2)));
            d.fact(path + "/designation", first, last);
        }
    }

    // Identifiers as labelled: « identifié au répertoire SIREN sous le n°440 672 020 00037 »;
    // the first label of the list found is `identifier`, any other label with another number
    // (« SIRET …, RNA W… ») an other identifier, in printed order.
    struct LabelWord {
        std::string_view word;
        IdentifierLabel label;
    };
    std::vector<std::pair<std::size_t, std::size_t>> spans; // numbers read, in the key
    std::vector<std::pair<std::size_t, StatedIdentifier>> others;
    for (const LabelWord lw :
         {LabelWord{"SIRET", IdentifierLabel::siret}, LabelWord{"SIREN", IdentifierLabel::siren},
          LabelWord{"RNA", IdentifierLabel::rna}, LabelWord{"RCS", IdentifierLabel::other}}) {
        const auto lp = find_word(k, lw.word);
        if (lp == npos)
            continue;
        std::size_t v = lp + lw.word.size();
        while (v < k.size() && v < lp + 40 && !subvention::detail::is_digit(k[v]) &&
               !(k[v] == 'W' && v + 1 < k.size() && subvention::detail::is_digit(k[v + 1])))
            ++v;
        if (v >= k.size() || v >= lp + 40)
            continue;
        std::size_t e = v + 1;
        while (e < k.size() &&
               (subvention::detail::is_digit(k[e]) ||
                (k[e] == ' ' && e + 1 < k.size() && subvention::detail::is_digit(k[e + 1]))))
            ++e;
        std::size_t sb = lp;
        if (const auto idf = k.rfind("IDENTIFIE", lp); idf != npos && lp - idf < 40)
            sb = idf;
        if (std::any_of(spans.begin(), spans.end(),
                        [&](const auto& seen) { return v < seen.second && seen.first < e; }))
            continue; // two labels of one number (« SIRET (SIREN + NIC) … »)
        spans.emplace_back(v, e);
        StatedIdentifier id{lw.label, cut(full, f, v, e), conv_ref("parties", cut(full, f, sb, e))};
        if (!p.identifier) {
            p.identifier = std::move(id);
            d.fact(path + "/identifier", first, last);
        } else {
            others.emplace_back(v, std::move(id));
        }
    }
    std::sort(others.begin(), others.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    for (auto& [at, id] : others) {
        d.fact(path + "/other_identifiers/" + std::to_string(p.other_identifiers.size()), first,
               last);
        p.other_identifiers.push_back(std::move(id));
    }
}

/// A convention visa (« Vu : la délibération du Conseil départemental du … portant … ; »).
Visa parse_visa(const std::string& text) {
    Visa v{OtherVisa{}, conv_ref("visas", text)};
    const FoldedText f = fold_map(text);
    const std::string_view k = f.key;
    std::size_t b = 2; // after « Vu »
    while (b < k.size() && (k[b] == ' ' || k[b] == ':'))
        ++b;
    std::size_t e = k.size();
    while (e > b && (k[e - 1] == ' ' || k[e - 1] == ';' || k[e - 1] == '.' || k[e - 1] == ','))
        --e;
    std::size_t x = b;
    for (const std::string_view det : {"LE ", "LA ", "LES ", "L'"})
        if (k.substr(x).starts_with(det)) {
            x += det.size();
            break;
        }
    const std::string_view body = k.substr(x, e - x);
    auto articles_after = [&](std::size_t from) {
        std::vector<std::string> arts;
        const auto ap = k.find("ARTICLE", from);
        if (ap == npos || ap >= e)
            return arts;
        std::size_t i = ap;
        while (i < e) {
            while (i < e && !subvention::detail::is_digit(k[i]))
                ++i;
            std::size_t s = i;
            if (s > 0 && (k[s - 1] == '.' || subvention::detail::is_ascii_alpha(k[s - 1]))) {
                s -= 1;
                while (s > 0 && (k[s - 1] == '.' || subvention::detail::is_ascii_upper(k[s - 1])))
                    --s;
            }
            std::size_t j = i;
            while (j < e && (subvention::detail::is_digit(k[j]) || k[j] == '-'))
                ++j;
            if (j > i)
                arts.push_back(cut(text, f, s, j));
            i = j + 1;
        }
        return arts;
    };
    if (body.starts_with("CODE ")) {
        std::size_t ce = e;
        for (const std::string_view stop : {" ET ", ",", " NOTAMMENT"})
            ce = std::min(ce, k.find(stop, x));
        v.content = CodeVisa{cut(text, f, x, ce), articles_after(ce)};
    } else if (body.starts_with("DELIBERATION")) {
        DeliberationVisa dv;
        std::size_t bp = npos;
        for (const std::string_view name :
             {"CONSEIL DEPARTEMENTAL", "COMMISSION PERMANENTE", "CONSEIL GENERAL"}) {
            const auto p = k.find(name, x);
            if (p != npos && p < bp) {
                bp = p;
                dv.body_name = cut(text, f, p, p + name.size());
                dv.body = name == "COMMISSION PERMANENTE" ? Body::commission_permanente
                                                          : Body::conseil_departemental;
            }
        }
        if (auto no = find_word(k, "NO"); no != npos && no < e) {
            std::size_t nb = no + 2;
            while (nb < k.size() && (k[nb] == ' ' || k[nb] == ':'))
                ++nb;
            std::size_t ne = nb;
            while (ne < k.size() && (subvention::detail::is_digit(k[ne]) || k[ne] == '-'))
                ++ne;
            if (auto num = DeliberationNumber::parse(k.substr(nb, ne - nb)))
                dv.number = num.value();
        }
        const std::size_t from = f.printed(bp == npos ? x : bp);
        if (const auto fd = find_date(std::string_view(text).substr(from))) {
            dv.date = fd->date;
            std::string_view title =
                trim_spaces(std::string_view(text).substr(from + fd->offset + fd->length));
            title = strip_terminal_punct(title);
            while (!title.empty() && title.front() == ',')
                title = trim_spaces(title.substr(1));
            if (title.starts_with("\xC2\xAB") && title.ends_with("\xC2\xBB") &&
                title.find("\xC2\xAB", 2) == npos)
                title = trim_spaces(title.substr(2, title.size() - 4));
            dv.title = std::string(title);
        }
        dv.delegation_of_powers = upper_key(dv.title).find("DELEGATION") != npos;
        v.content = dv;
    } else if (body.starts_with("LOI") || body.starts_with("DECRET") ||
               body.starts_with("ORDONNANCE") || body.starts_with("ARRETE") ||
               body.starts_with("REGLEMENT (UE)")) {
        LegalTextVisa lt;
        lt.kind = body.starts_with("LOI")          ? LegalTextKind::loi
                  : body.starts_with("DECRET")     ? LegalTextKind::decret
                  : body.starts_with("ORDONNANCE") ? LegalTextKind::ordonnance
                  : body.starts_with("ARRETE")     ? LegalTextKind::arrete
                                                   : LegalTextKind::eu_regulation;
        std::size_t after = x;
        if (auto no = find_word(k, "NO"); no != npos && no < e) {
            std::size_t nb = no + 2;
            while (nb < k.size() && k[nb] == ' ')
                ++nb;
            std::size_t ne = nb;
            while (ne < k.size() &&
                   (subvention::detail::is_ascii_alnum(k[ne]) || k[ne] == '-' || k[ne] == '/'))
                ++ne;
            if (ne > nb)
                lt.number = cut(text, f, nb, ne);
            after = ne;
        }
        const std::size_t from = f.printed(after);
        std::size_t title_from = from;
        if (const auto fd = find_date(std::string_view(text).substr(from))) {
            lt.date = fd->date;
            title_from = from + fd->offset + fd->length;
        }
        std::string_view title = std::string_view(text).substr(title_from);
        const FoldedText tf = fold_map(title);
        std::size_t te = tf.key.size();
        for (const std::string_view stop : {", ET NOTAMMENT", " ET NOTAMMENT", ", NOTAMMENT"})
            te = std::min(te, tf.key.find(stop));
        lt.title = std::string(strip_terminal_punct(trim_spaces(title.substr(0, tf.printed(te)))));
        lt.articles = te < tf.key.size() ? articles_after(f.key.find("NOTAMMENT", x))
                                         : std::vector<std::string>{};
        v.content = lt;
    }
    return v;
}

// ---------------------------------------------------------------------------------------------
// Facts in articles

std::optional<Frequency> frequency_in(std::string_view k) {
    if (k.find("PAR TRIMESTRE") != npos || k.find("TRIMESTRIEL") != npos)
        return Frequency::quarterly;
    if (k.find("PAR MOIS") != npos || k.find("MENSUEL") != npos)
        return Frequency::monthly;
    if (k.find("PAR SEMESTRE") != npos || k.find("SEMESTRIEL") != npos)
        return Frequency::half_yearly;
    if (k.find("PAR SEMAINE") != npos || k.find("HEBDOMADAIRE") != npos)
        return Frequency::weekly;
    if (has_word(k, "PAR AN") || k.find("PAR ANNEE") != npos || k.find("ANNUEL") != npos)
        return Frequency::yearly;
    if (k.find("AUTANT QUE DE BESOIN") != npos)
        return Frequency::as_needed;
    return std::nullopt;
}

/// A delay as worded (« un délai de un mois », « 6 mois après », « dans le mois qui suit »,
/// « sans préavis »), starting at folded offset `from`.
std::optional<Duration> delay_in(std::string_view k, std::size_t from = 0) {
    if (k.find("SANS PREAVIS", from) != npos)
        return Duration{Days(0)};
    if (k.find("DANS LE MOIS", from) != npos)
        return Duration{Months(1)};
    for (const std::string_view unit : {"MOIS", "JOURS", "ANS", "SEMAINES"}) {
        for (std::size_t p = find_word(k, unit, from); p != npos; p = find_word(k, unit, p + 1)) {
            if (p < 2)
                continue;
            std::size_t w = p - 1;
            while (w > 0 && k[w - 1] != ' ')
                --w;
            if (const auto n = count_at(k, w)) {
                const auto v = static_cast<std::int32_t>(*n);
                if (unit == "MOIS")
                    return Duration{Months(v)};
                if (unit == "JOURS")
                    return Duration{Days(v)};
                if (unit == "SEMAINES")
                    return Duration{Days(7 * v)};
                return Duration{Years(v)};
            }
        }
    }
    return std::nullopt;
}

std::optional<std::size_t> delay_pos(std::string_view k) {
    for (const std::string_view unit : {"MOIS", "JOURS", "ANS"})
        for (std::size_t p = find_word(k, unit); p != npos; p = find_word(k, unit, p + 1)) {
            if (p < 2)
                continue;
            std::size_t w = p - 1;
            while (w > 0 && k[w - 1] != ' ')
                --w;
            if (count_at(k, w))
                return p + unit.size();
        }
    return std::nullopt;
}

StartEvent start_event_in(std::string_view k) {
    if (k.find("ENVOI") != npos || k.find("LETTRE RECOMMANDEE") != npos)
        return StartEvent::transmission;
    if (k.find("FIN DE CONVENTION") != npos || k.find("FIN DE LA CONVENTION") != npos ||
        k.find("ECHEANCE DE LA CONVENTION") != npos || k.find("TERME DE LA CONVENTION") != npos)
        return StartEvent::convention_end;
    if (k.find("FIN DE L'EXERCICE") != npos)
        return StartEvent::financial_year_end;
    if (k.find("RECEPTION") != npos)
        return StartEvent::receipt;
    if (k.find("NOTIFICATION") != npos)
        return StartEvent::notification;
    if (k.find("SIGNATURE") != npos)
        return StartEvent::signature;
    return StartEvent::other;
}

/// Subjects named by an article's (or paragraph's) title, in the order of the title: its head,
/// before « et » (« Montant de la participation et modalités de versement » is about the
/// amount; the second half names procedure, and the facts read in the article add the rest).
std::vector<CS> title_subjects(std::string_view title) {
    std::string key = upper_key(title);
    if (const auto et = key.find(" ET "); et != npos)
        key.resize(et);
    struct Entry {
        std::string_view word;
        std::array<std::optional<CS>, 2> subjects;
    };
    static constexpr std::array<Entry, 27> table = {{
        {"OBJET", {CS::object, std::nullopt}},
        {"NATURE DU PROJET", {CS::actions, std::nullopt}},
        {"PROJET", {CS::actions, std::nullopt}},
        {"ACTION", {CS::actions, std::nullopt}},
        {"PERIODE", {CS::period, std::nullopt}},
        {"DUREE", {CS::period, std::nullopt}},
        {"OBLIGATION", {CS::obligations, std::nullopt}},
        {"COMITE", {CS::meetings, std::nullopt}},
        {"COMMUNICATION", {CS::communication, std::nullopt}},
        {"SECRET", {CS::professional_secrecy, std::nullopt}},
        {"ACHAT", {CS::purchases, std::nullopt}},
        {"DEPENSES ELIGIBLES", {CS::eligible_expenses, std::nullopt}},
        {"PROPRIETE INTELLECTUELLE", {CS::intellectual_property, std::nullopt}},
        {"CONFLIT", {CS::conflict_of_interest, std::nullopt}},
        {"CONTROLE", {CS::control, std::nullopt}},
        {"MONTANT", {CS::amount, std::nullopt}},
        {"VERSEMENT", {CS::payment, std::nullopt}},
        {"BILAN", {CS::final_report, std::nullopt}},
        {"COMPTE RENDU", {CS::final_report, std::nullopt}},
        {"PAIEMENT", {CS::bank_details, CS::payment}}, // « modalités de paiement »: the account
        {"COORDONNEES BANCAIRES", {CS::bank_details, std::nullopt}},
        {"MODIFICATION", {CS::amendment, std::nullopt}},
        {"AVENANT", {CS::amendment, std::nullopt}},
        {"RENONCIATION", {CS::renunciation, std::nullopt}},
        {"RESILIATION", {CS::termination, std::nullopt}},
        {"REVERSEMENT", {CS::reimbursement, std::nullopt}},
        {"REMBOURSEMENT", {CS::reimbursement, std::nullopt}},
    }};
    static constexpr std::array<Entry, 4> table2 = {{
        {"LITIGE", {CS::jurisdiction, std::nullopt}},
        {"JURIDICTION", {CS::jurisdiction, std::nullopt}},
        {"MINIMIS", {CS::state_aid, std::nullopt}},
        {"ENGAGEMENT REPUBLICAIN", {CS::republican_commitment, std::nullopt}},
    }};
    std::vector<std::pair<std::size_t, CS>> found;
    auto scan = [&](const auto& tab) {
        for (const auto& e : tab) {
            const auto p = find_word(key, e.word, 0, WordEnd::prefix);
            if (p == npos)
                continue;
            for (const auto& s : e.subjects)
                if (s)
                    found.emplace_back(p, *s);
        }
    };
    scan(table);
    scan(table2);
    std::stable_sort(found.begin(), found.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<CS> out;
    for (const auto& [p, s] : found)
        if (std::find(out.begin(), out.end(), s) == out.end())
            out.push_back(s);
    return out;
}

std::optional<CS> subject_of_clause(ClauseKind k) {
    switch (k) {
    case ClauseKind::contrat_engagement_republicain:
        return CS::republican_commitment;
    case ClauseKind::communication_charter:
    case ClauseKind::correspondence:
        return CS::communication;
    case ClauseKind::professional_secrecy:
        return CS::professional_secrecy;
    case ClauseKind::competitive_purchasing:
        return CS::purchases;
    case ClauseKind::eligible_expenses_in_period:
        return CS::eligible_expenses;
    case ClauseKind::intellectual_property:
        return CS::intellectual_property;
    case ClauseKind::conflict_of_interest:
        return CS::conflict_of_interest;
    case ClauseKind::control:
        return CS::control;
    case ClauseKind::avenant:
        return CS::amendment;
    case ClauseKind::renunciation:
        return CS::renunciation;
    case ClauseKind::termination:
        return CS::termination;
    case ClauseKind::reimbursement:
    case ClauseKind::unspent_kept:
        return CS::reimbursement;
    case ClauseKind::jurisdiction:
        return CS::jurisdiction;
    case ClauseKind::state_aid:
        return CS::state_aid;
    case ClauseKind::laicite:
    case ClauseKind::pass_on_allowed:
        return std::nullopt;
    }
    return std::nullopt;
}

/// Subjects a sentence's cross-references may be about: every subject word of the sentence, in
/// order, so that the subject of each reference is found without searching the sentence again.
class ReferenceSubjects {
public:
    explicit ReferenceSubjects(std::string_view k) {
        struct Entry {
            std::string_view word;
            CS subject;
        };
        static constexpr std::array<Entry, 13> table = {{
            {"ACTION", CS::actions},
            {"AXE", CS::actions},
            {"PERIODE", CS::period},
            {"DATE DE FIN", CS::period},
            {"DUREE", CS::period},
            {"CONTROLE", CS::control},
            {"BILAN", CS::final_report},
            {"COMPTE RENDU", CS::final_report},
            {"MONTANT", CS::amount},
            {"TOTAL", CS::amount},
            {"AIDE", CS::amount},
            {"PARTICIPATION", CS::amount},
            {"VERSEMENT", CS::payment},
        }};
        for (std::size_t t = 0; t < table.size(); ++t)
            for (std::size_t p = find_word(k, table[t].word, 0, WordEnd::prefix); p != npos;
                 p = find_word(k, table[t].word, p + 1, WordEnd::prefix))
                words_.push_back({p, t, table[t].subject});
        // At the same offset the later entry of the table wins.
        std::sort(words_.begin(), words_.end(), [](const Word& a, const Word& b) {
            return a.at != b.at ? a.at < b.at : a.entry < b.entry;
        });
    }

    /// The subject of the nearest subject word starting before `before` (« la période fixée à
    /// l'article 3 » → period). Calls must come with non-decreasing `before`.
    std::optional<CS> before(std::size_t before) {
        while (next_ < words_.size() && words_[next_].at < before)
            ++next_;
        if (next_ == 0)
            return std::nullopt;
        return words_[next_ - 1].subject;
    }

private:
    struct Word {
        std::size_t at;
        std::size_t entry;
        CS subject;
    };
    std::vector<Word> words_;
    std::size_t next_ = 0;
};

/// What a cross-reference quotes: its whole sentence when short (the usual case), else the
/// clause around the mention, at most `kQuoteContext` bytes either side, cut at spaces and
/// marked « … »: a sentence listing thousands of references does not make each one carry it.
constexpr std::size_t kQuoteMaxBytes = 400;
constexpr std::size_t kQuoteContext = 150;

std::string reference_quote(const std::string& text, const FoldedText& f, std::size_t mention,
                            std::size_t mention_end) {
    if (text.size() <= kQuoteMaxBytes)
        return text;
    const std::string_view k = f.key;
    constexpr std::string_view opening = ",;:(";
    constexpr std::string_view closing = ",;:)";
    const std::size_t low = mention > kQuoteContext ? mention - kQuoteContext : 0;
    std::size_t b = low;
    if (const auto c = k.substr(low, mention - low).find_last_of(opening); c != npos)
        b = low + c + 1;
    else if (low > 0)
        b = std::min(k.find(' ', low), mention);
    const std::size_t high = std::min(k.size(), mention_end + kQuoteContext);
    std::size_t e = high;
    if (const auto c = k.substr(mention_end, high - mention_end).find_first_of(closing); c != npos)
        e = mention_end + c;
    else if (high < k.size())
        e = std::max(k.rfind(' ', high), mention_end);
    const std::size_t pb = f.printed(b);
    const std::size_t pe = f.printed(e);
    std::string out;
    if (pb > 0)
        out += "\xE2\x80\xA6 "; // …
    out += trim_spaces(std::string_view(text).substr(pb, pe - pb));
    if (pe < text.size())
        out += " \xE2\x80\xA6";
    return out;
}

/// Clause kind a sentence states, if any (first rule that matches).
std::optional<ClauseKind> clause_kind(std::string_view k) {
    if (k.find("CONTRAT D'ENGAGEMENT REPUBLICAIN") != npos)
        return ClauseKind::contrat_engagement_republicain;
    if (k.find("LAICITE") != npos || has_prefix(k, "CULTUEL"))
        return ClauseKind::laicite;
    if (k.find("FORME ECRITE") != npos || k.find("NUMERO DE LA CONVENTION") != npos)
        return ClauseKind::correspondence;
    if (has_word(k, "AVENANT"))
        return ClauseKind::avenant;
    if (k.find("RESPECTER LA CHARTE") != npos ||
        (has_word(k, "CHARTE") && has_prefix(k, "INTITULE")))
        return ClauseKind::communication_charter;
    if (k.find("SECRET PROFESSIONNEL") != npos)
        return ClauseKind::professional_secrecy;
    if (k.find("MISE EN CONCURRENCE") != npos)
        return ClauseKind::competitive_purchasing;
    if (has_word(k, "DEPENSES") &&
        (k.find("PERIODE FIXEE") != npos || k.find("DURANT LA PERIODE") != npos ||
         k.find("PENDANT LA PERIODE") != npos))
        return ClauseKind::eligible_expenses_in_period;
    if (k.find("CONFLIT D'INTERETS") != npos && has_prefix(k, "PREVENI"))
        return ClauseKind::conflict_of_interest;
    if (k.find("SOUMETTRE A TOUT CONTROLE") != npos || k.find("SUR PIECES ET SUR PLACE") != npos)
        return ClauseKind::control;
    if (has_word(k, "RENONCE") && has_prefix(k, "RECLAMATION"))
        return ClauseKind::renunciation;
    if (has_word(k, "RESILIEE") || has_word(k, "RESILIE"))
        return ClauseKind::termination;
    // An authorisation to pass the subsidy on to other bodies (CGCT L.1611-4) before a
    // repayment to the grantor, which speaks of « reverser » too.
    if ((has_prefix(k, "REVERSE") || has_prefix(k, "REDISTRIBU")) && has_prefix(k, "AUTORIS") &&
        k.find("AU DEPARTEMENT") == npos)
        return ClauseKind::pass_on_allowed;
    if (has_prefix(k, "REVERSE") || has_prefix(k, "REMBOURSE") || has_prefix(k, "RESTITU"))
        return ClauseKind::reimbursement;
    if (k.find("TRIBUNAL ADMINISTRATIF") != npos || has_word(k, "JURIDICTION"))
        return ClauseKind::jurisdiction;
    if (k.find("DE MINIMIS") != npos || k.find("AIDES D'ETAT") != npos ||
        k.find("AIDE D'ETAT") != npos)
        return ClauseKind::state_aid;
    return std::nullopt;
}

/// The main clause of a clause sentence (see the file comment).
std::string clause_text(const Sentence& s) {
    const FoldedText f = fold_map(s.text);
    const std::string_view k = f.key;
    std::size_t b = 0;
    std::size_t e = k.size();
    if (const auto c = k.find(", CELLE-CI "); c != npos)
        b = c + 2;
    if (k.starts_with("LORSQUE ")) {
        if (const auto c = k.find(", "); c != npos)
            b = c + 2;
    }
    if (const auto c = k.find(", C'EST-A"); c != npos)
        e = c;
    if (const auto t = find_word(k, "INTITULEE", 0); t != npos) {
        const auto close = s.text.find("\xC2\xBB", f.printed(t));
        if (close != npos)
            return std::string(trim_spaces(
                std::string_view(s.text).substr(f.printed(b), close + 2 - f.printed(b))));
    }
    return cut(s.text, f, b, e);
}

/// Text between « and » after folded offset `from`.
std::optional<std::string> quoted_after(const std::string& text, const FoldedText& f,
                                        std::size_t from) {
    const auto open = text.find("\xC2\xAB", f.printed(from));
    if (open == npos)
        return std::nullopt;
    const auto close = text.find("\xC2\xBB", open);
    if (close == npos)
        return std::nullopt;
    return std::string(trim_spaces(std::string_view(text).substr(open + 2, close - open - 2)));
}

struct Extractor {
    Doc d;
    Convention c;

    /// Records that `article` deals with `s`, first read at `order` (kept once per subject, at
    /// its first place: at most 24 entries per article whatever the length of the text).
    void subject(std::size_t article, std::size_t order, CS s) {
        auto& subjects = d.articles[article].subjects;
        for (auto& [o, x] : subjects)
            if (x == s) {
                o = std::min(o, order);
                return;
            }
        subjects.emplace_back(order, s);
    }

    // ---- preamble
    void preamble() {
        const auto& lines = d.sec.lines;
        const std::size_t end = d.preamble_end;
        std::optional<std::size_t> title;
        for (std::size_t i = 0; i < end; ++i) {
            const std::string_view k = d.keys[i];
            const bool no_lower = std::none_of(lines[i].text.begin(), lines[i].text.end(),
                                               [](char ch) { return ch >= 'a' && ch <= 'z'; });
            if (k == "CONVENTION" || (k.starts_with("CONVENTION ") && k.size() < 90 && no_lower)) {
                title = i;
                break;
            }
            if (k.starts_with("OBJET"))
                break;
        }
        if (title && *title > 0) {
            for (std::size_t i = 0; i < *title; ++i) {
                if (!c.service.empty())
                    c.service += ", ";
                c.service += lines[i].text;
            }
            d.fact("/convention/service", 0, *title - 1);
        } else {
            d.missing("EXTRACT-CONVENTION-SERVICE", Severity::info, "/convention/service", title,
                      Message("EXTRACT-CONVENTION-SERVICE"));
        }
        const std::size_t from = title ? *title + 1 : 0;

        // Object.
        std::optional<std::size_t> object_line;
        for (std::size_t i = from; i < end && !object_line; ++i)
            if (d.keys[i].starts_with("OBJET") && d.keys[i].find(':') != npos &&
                d.keys[i].find(':') < 8)
                object_line = i;
        if (object_line) {
            Joined j;
            std::size_t last = *object_line;
            append_line(j, lines[last], last, lines[last].text);
            for (std::size_t i = last + 1; i < end; ++i) {
                const std::string_view k = d.keys[i];
                if (k.starts_with("DOSSIER") || k.starts_with("ENTRE") || k.starts_with("VU ") ||
                    k.starts_with("VU:") || k.starts_with("NO") || k == "ET")
                    break;
                append_line(j, lines[i], i, lines[i].text);
                last = i;
            }
            c.object = {std::string(after_colon(j.text)), conv_ref("en-tête", j.text)};
            d.fact("/convention/object", *object_line, last);
        }
        if (c.object.value.empty())
            d.missing("EXTRACT-CONVENTION-OBJECT", Severity::warning, "/convention/object",
                      object_line, Message("EXTRACT-CONVENTION-OBJECT"));

        // Dossier number (« Dossier n° » — blank kept blank).
        std::optional<std::size_t> dossier_line;
        for (std::size_t i = from; i < end && !dossier_line; ++i)
            if (d.keys[i].starts_with("DOSSIER N"))
                dossier_line = i;
        if (dossier_line) {
            const std::string& t = lines[*dossier_line].text;
            const FoldedText f = fold_map(t);
            std::size_t v = 7;
            while (v < f.key.size() && f.key[v] == ' ')
                ++v;
            for (const std::string_view w : {"NUMERO", "NO", "N"})
                if (f.key.substr(v).starts_with(w)) {
                    v += w.size();
                    break;
                }
            while (v < f.key.size() && (f.key[v] == ' ' || f.key[v] == ':' || f.key[v] == '.'))
                ++v;
            std::string value = cut(t, f, v, f.key.size());
            const bool blank = std::all_of(value.begin(), value.end(), [](char ch) {
                return ch == '_' || ch == '.' || ch == ' ';
            });
            c.dossier_number = {blank ? std::nullopt : std::optional{value},
                                conv_ref("en-tête", t)};
            d.fact("/convention/dossier_number", *dossier_line, *dossier_line);
        } else {
            d.missing("EXTRACT-CONVENTION-DOSSIER-NUMBER", Severity::info,
                      "/convention/dossier_number", std::nullopt,
                      Message("EXTRACT-CONVENTION-DOSSIER-NUMBER"));
        }

        // Parties.
        std::size_t after_parties = from;
        std::optional<std::size_t> g_first;
        for (std::size_t i = from; i < end && !g_first; ++i)
            if (d.keys[i].starts_with("ENTRE "))
                g_first = i;
        if (g_first) {
            auto [text, last] = paragraph_until(*g_first, end, "D'UNE PART");
            parse_party(d, c.grantor, text, *g_first, last, "/convention/grantor", true);
            d.fact("/convention/grantor", *g_first, last);
            after_parties = last + 1;
            std::size_t b = after_parties;
            while (b < end && d.keys[b] == "ET")
                ++b;
            if (b < end && !d.keys[b].starts_with("VU")) {
                auto [btext, blast] = paragraph_until(b, end, "D'AUTRE PART");
                parse_party(d, c.beneficiary, btext, b, blast, "/convention/beneficiary", false);
                d.fact("/convention/beneficiary", b, blast);
                after_parties = blast + 1;
            }
        }
        if (c.grantor.name.empty())
            d.missing("EXTRACT-CONVENTION-GRANTOR", Severity::warning, "/convention/grantor",
                      std::nullopt, Message("EXTRACT-CONVENTION-GRANTOR"));
        if (c.beneficiary.name.empty())
            d.missing("EXTRACT-CONVENTION-BENEFICIARY", Severity::warning,
                      "/convention/beneficiary", std::nullopt,
                      Message("EXTRACT-CONVENTION-BENEFICIARY"));
        else if (!c.beneficiary.identifier)
            d.missing("EXTRACT-CONVENTION-IDENTIFIER", Severity::warning,
                      "/convention/beneficiary/identifier", std::nullopt,
                      Message("EXTRACT-CONVENTION-IDENTIFIER"));

        // Visas.
        for (std::size_t i = after_parties; i < end; ++i) {
            const std::string_view k = d.keys[i];
            if (!(k == "VU" || k.starts_with("VU ") || k.starts_with("VU:")))
                continue;
            Joined j;
            std::size_t last = i;
            append_line(j, lines[i], i, lines[i].text);
            while (!j.text.ends_with(";") && !j.text.ends_with(".") && last + 1 < end) {
                const std::string_view nk = d.keys[last + 1];
                if (nk == "VU" || nk.starts_with("VU ") || nk.starts_with("VU:") ||
                    nk.starts_with("CECI EXPOSE") || nk.starts_with("IL A ETE CONVENU"))
                    break;
                ++last;
                append_line(j, lines[last], last, lines[last].text);
            }
            d.fact("/convention/visas/" + std::to_string(c.visas.size()), i, last);
            c.visas.push_back(parse_visa(j.text));
            i = last;
        }
        if (c.visas.empty())
            d.missing("EXTRACT-CONVENTION-VISAS", Severity::info, "/convention/visas", std::nullopt,
                      Message("EXTRACT-CONVENTION-VISAS"));
    }

    std::pair<std::string, std::size_t> paragraph_until(std::size_t first, std::size_t end,
                                                        std::string_view stop) {
        Joined j;
        std::size_t last = first;
        for (std::size_t i = first; i < end && i < first + 20; ++i) {
            append_line(j, d.sec.lines[i], i, d.sec.lines[i].text);
            last = i;
            if (d.keys[i].find(stop) != npos)
                break;
            if (i + 1 < end && (d.keys[i + 1] == "ET" || d.keys[i + 1].starts_with("VU ")))
                break;
        }
        return {j.text, last};
    }

    // ---- articles
    void article_index() {
        for (std::size_t ai = 0; ai < d.articles.size(); ++ai) {
            auto& a = d.articles[ai];
            for (const CS s : title_subjects(a.title))
                a.subjects.emplace_back(0, s);
        }
        for (std::size_t bi = 0; bi < d.blocks.size(); ++bi) {
            const Block& b = d.blocks[bi];
            if (b.kind == BlockKind::heading)
                for (const CS s : title_subjects(b.joined.text))
                    subject(b.article, bi * 4096 + 1, s);
        }
        if (d.articles.empty())
            d.missing("EXTRACT-CONVENTION-ARTICLES", Severity::warning, "/convention/articles",
                      std::nullopt, Message("EXTRACT-CONVENTION-ARTICLES"));
    }

    std::size_t order(const Sentence& s) const {
        return s.block * 4096 + 1 + std::min<std::size_t>(s.begin, 4000);
    }

    void actions() {
        std::optional<std::size_t> art;
        for (std::size_t ai = 0; ai < d.articles.size() && !art; ++ai)
            for (const auto& [o, s] : d.articles[ai].subjects)
                if (s == CS::actions && o == 0)
                    art = ai;
        if (!art) {
            d.missing("EXTRACT-CONVENTION-ACTIONS", Severity::warning, "/convention/actions",
                      std::nullopt, Message("EXTRACT-CONVENTION-ACTIONS"));
            return;
        }
        std::vector<std::pair<std::size_t, std::size_t>> spans; // first, last line per action
        for (std::size_t bi = 0; bi < d.blocks.size(); ++bi) {
            const Block& b = d.blocks[bi];
            if (b.article != *art || b.kind == BlockKind::heading)
                continue;
            const std::size_t fl = b.joined.starts.front().second;
            const std::size_t ll = b.joined.starts.back().second;
            const bool open = !c.actions.empty();
            switch (b.kind) {
            case BlockKind::paragraph:
                if (!open || !c.actions.back().axes.empty() || !c.actions.back().steps.empty()) {
                    c.actions.emplace_back();
                    spans.emplace_back(fl, ll);
                }
                if (!c.actions.back().description.empty())
                    c.actions.back().description += ' ';
                c.actions.back().description += b.joined.text;
                break;
            case BlockKind::axis: {
                if (!open) {
                    c.actions.emplace_back();
                    spans.emplace_back(fl, ll);
                }
                const std::string& t = b.joined.text;
                const auto colon = t.find(':');
                ActionAxis axis{
                    std::string(trim_spaces(std::string_view(t).substr(0, colon))),
                    colon == npos ? std::string{}
                                  : std::string(trim_spaces(std::string_view(t).substr(colon + 1))),
                    {}};
                c.actions.back().axes.push_back(std::move(axis));
                break;
            }
            case BlockKind::bullet:
                if (!open) {
                    c.actions.emplace_back();
                    spans.emplace_back(fl, ll);
                }
                if (!c.actions.back().axes.empty())
                    c.actions.back().axes.back().items.push_back(b.joined.text);
                else
                    c.actions.back().steps.push_back(b.joined.text);
                break;
            case BlockKind::heading:
                break;
            }
            spans.back().second = ll;
            subject(*art, bi * 4096 + 1, CS::actions);
        }
        for (std::size_t i = 0; i < c.actions.size(); ++i) {
            auto& a = c.actions[i];
            const FoldedText f = fold_map(a.description);
            if (const auto t = find_word(f.key, "INTITULEE"); t != npos)
                a.title = quoted_after(a.description, f, t);
            d.fact("/convention/actions/" + std::to_string(i), spans[i].first, spans[i].second);
        }
    }

    void ceilings() {
        std::vector<bool> assigned(c.actions.size(), false);
        for (std::size_t bi = 0; bi < d.blocks.size(); ++bi) {
            const Block& b = d.blocks[bi];
            if (b.kind != BlockKind::bullet)
                continue;
            const std::string key = upper_key(b.joined.text);
            if (key.find("AU TITRE") == npos || has_prefix(key, "VERSEMENT"))
                continue;
            const auto amount = find_amount(b.joined.text);
            if (!amount || amount->offset > 8)
                continue;
            std::optional<std::size_t> target;
            for (std::size_t i = 0; i < c.actions.size() && !target; ++i)
                if (!assigned[i] && c.actions[i].title &&
                    b.joined.text.find(*c.actions[i].title) != npos)
                    target = i;
            if (!target && has_prefix(key, "AXE"))
                for (std::size_t i = 0; i < c.actions.size() && !target; ++i)
                    if (!assigned[i] && !c.actions[i].axes.empty())
                        target = i;
            for (std::size_t i = 0; i < c.actions.size() && !target; ++i)
                if (!assigned[i])
                    target = i;
            if (!target)
                continue;
            assigned[*target] = true;
            c.actions[*target].amount =
                Stated<Euros>{amount->amount, conv_ref(d.label(b), b.joined.text)};
            d.fact("/convention/actions/" + std::to_string(*target) + "/amount",
                   b.joined.starts.front().second, b.joined.starts.back().second);
            subject(b.article, bi * 4096 + 1, CS::amount);
        }
        for (std::size_t i = 0; i < c.actions.size(); ++i)
            if (!c.actions[i].amount)
                d.missing("EXTRACT-CONVENTION-CEILING", Severity::warning,
                          "/convention/actions/" + std::to_string(i) + "/amount", std::nullopt,
                          Message("EXTRACT-CONVENTION-CEILING").arg("action", i + 1));
    }

    void sentences() {
        bool in_contents = false;
        std::optional<std::size_t> contents_block;
        // (article, paragraph, clause kind) already seen: one clause of these kinds each.
        std::set<std::tuple<std::size_t, std::uint32_t, int>> first_in_section;
        std::optional<std::uint32_t> previous_target;
        std::size_t previous_article = npos;
        for (std::size_t si = 0; si < d.sentences.size(); ++si) {
            const Sentence& s = d.sentences[si];
            const Block& b = d.blocks[s.block];
            const std::size_t ai = b.article;
            const std::string_view k = s.key;
            const std::string label = d.label(b);
            const std::size_t ord = order(s);
            if (ai != previous_article) {
                previous_target.reset();
                previous_article = ai;
            }

            // Period and tacit renewal.
            if (!c.period) {
                const auto du = find_word(k, "DU");
                const auto d1 = find_date(s.text);
                if (du != npos && d1) {
                    const std::string rest = s.text.substr(d1->offset + d1->length);
                    const auto au = upper_key(rest).find(" AU ");
                    const auto d2 = find_date(rest);
                    if (au != npos && d2 && au <= 2) {
                        const bool excl = k.find("EXCLU") != npos;
                        c.period = Stated<Period>{Period{d1->date, d2->date, !excl},
                                                  conv_ref(label, s.text)};
                        d.fact("/convention/period", s);
                        subject(ai, ord, CS::period);
                    }
                }
            }
            if (k.find("TACITE RECONDUCTION") != npos || k.find("RECONDUCTION TACITE") != npos ||
                k.find("RECONDUIT TACITEMENT") != npos || k.find("RECONDUITE TACITEMENT") != npos) {
                const bool no = k.find("AUCUN CAS") != npos || has_word(k, "NE") ||
                                has_word(k, "N'EST") || has_prefix(k, "EXCLU") ||
                                has_word(k, "PAS");
                c.tacit_renewal = {no ? TacitRenewal::excluded : TacitRenewal::allowed,
                                   conv_ref(label, s.text)};
                d.fact("/convention/tacit_renewal", s);
                subject(ai, ord, CS::period);
            }

            // Obligations: meetings, documents to send, other.
            const bool first_of_bullet = b.kind == BlockKind::bullet && s.begin == 0;
            if (first_of_bullet && (has_prefix(k, "COMITE") || has_prefix(k, "REUNION") ||
                                    k.starts_with("RENCONTRER") || k.starts_with("PARTICIPER"))) {
                MeetingObligation m{std::string(s.text), std::nullopt, conv_ref(label, s.text)};
                for (std::size_t sj = si;
                     sj < d.sentences.size() && d.sentences[sj].block == s.block; ++sj)
                    if (const auto fq = frequency_in(d.sentences[sj].key)) {
                        m.minimum_frequency = fq;
                        m.source = conv_ref(label, d.sentences[sj].text);
                        break;
                    }
                d.fact("/convention/obligations/meetings/" +
                           std::to_string(c.obligations.meetings.size()),
                       s);
                c.obligations.meetings.push_back(std::move(m));
                subject(ai, ord, CS::meetings);
            }
            const bool transmit = k.starts_with("TRANSMETTRE") || k.starts_with("ADRESSER") ||
                                  k.starts_with("FOURNIR") || k.starts_with("COMMUNIQUER");
            const bool about_report = has_word(k, "BILAN") || k.find("COMPTE RENDU") != npos;
            if (first_of_bullet && transmit && !about_report) {
                const FoldedText f = fold_map(s.text);
                std::size_t v = f.key.find(' ');
                v = v == npos ? f.key.size() : v + 1;
                if (f.key.substr(v).starts_with("A ") || f.key.substr(v).starts_with("AU ")) {
                    std::size_t w = f.key.find(' ', v) + 1; // after « à »
                    bool first_word = true;
                    while (w < f.key.size()) {
                        const std::size_t we = std::min(f.key.size(), f.key.find(' ', w));
                        const std::string_view word = std::string_view(f.key).substr(w, we - w);
                        if (!first_word && (word == "LES" || word == "LE" || word == "LA" ||
                                            word == "UN" || word == "UNE" || word == "DES" ||
                                            word == "SES" || word.starts_with("L'"))) {
                            v = w;
                            break;
                        }
                        first_word = false;
                        w = we + 1;
                    }
                }
                const std::string block_text = b.joined.text;
                c.obligations.documents_to_send.push_back(
                    {std::string(strip_terminal_punct(cut(block_text, fold_map(block_text), v,
                                                          fold_map(block_text).key.size()))),
                     conv_ref(label, block_text)});
                d.fact("/convention/obligations/documents_to_send/" +
                           std::to_string(c.obligations.documents_to_send.size() - 1),
                       b.joined.starts.front().second, b.joined.starts.back().second);
            }
            if (const auto inf = k.find("S'ENGAGE A INFORMER"); inf != npos) {
                const FoldedText f = fold_map(s.text);
                c.obligations.other.push_back(
                    {std::string(strip_terminal_punct(cut(s.text, f, inf + 11, f.key.size()))),
                     conv_ref(label, s.text)});
                d.fact("/convention/obligations/other/" +
                           std::to_string(c.obligations.other.size() - 1),
                       s);
            }

            // Clauses.
            const auto ck = clause_kind(k);
            bool is_clause = false;
            if (ck) {
                bool keep = true;
                if (*ck == ClauseKind::professional_secrecy ||
                    *ck == ClauseKind::conflict_of_interest ||
                    *ck == ClauseKind::communication_charter) {
                    keep =
                        first_in_section.emplace(ai, b.section.value_or(0), static_cast<int>(*ck))
                            .second;
                }
                if (keep)
                    add_clause(*ck, s, label, ord, ai);
                is_clause = *ck == ClauseKind::reimbursement || *ck == ClauseKind::termination;
            }
            if (!ck && b.section && s.begin == 0 && first_sentence_of_section(si) &&
                b.section_key.find("PROPRIETE INTELLECTUELLE") != npos)
                add_clause(ClauseKind::intellectual_property, s, label, ord, ai);

            // Final report: deadlines, form, purposes, contents.
            if (about_report) {
                const auto dp = delay_pos(k);
                std::optional<FoundDate> date;
                std::size_t date_at = npos;
                if (const auto soit = k.find("SOIT LE"); soit != npos) {
                    const FoldedText f = fold_map(s.text);
                    if (auto fd = find_date(std::string_view(s.text).substr(f.printed(soit)))) {
                        date = fd;
                        date_at = soit;
                    }
                } else if (const auto apl = k.find("AU PLUS TARD LE"); apl != npos) {
                    const FoldedText f = fold_map(s.text);
                    if (auto fd = find_date(std::string_view(s.text).substr(f.printed(apl)))) {
                        date = fd;
                        date_at = apl;
                    }
                }
                if (dp || date) {
                    DeadlineStatement st;
                    if (dp)
                        if (const auto dl = delay_in(k))
                            st.rule = RelativeDeadline{*dl, start_event_in(k)};
                    if (date)
                        st.date = date->date;
                    const FoldedText f = fold_map(s.text);
                    std::size_t fb = 0;
                    std::size_t fe = f.key.size();
                    if (const auto si_ = find_word(k, "SI"); si_ != npos && si_ < k.find("BILAN"))
                        fb = si_;
                    if (date_at == npos && dp) {
                        fe = std::min(fe, k.find(',', *dp));
                    }
                    const std::string text = cut(s.text, f, fb, fe);
                    auto& fr = final_report();
                    d.fact("/convention/obligations/final_report/deadlines/" +
                               std::to_string(fr.deadlines.size()),
                           s);
                    st.source = conv_ref(label, text);
                    fr.deadlines.push_back(std::move(st));
                    if (!is_clause)
                        subject(ai, ord, CS::final_report);
                    // Purposes: « pour contrôle de service fait …, et pour le calcul du solde … ».
                    if (transmit) {
                        std::size_t p = find_word(k, "POUR");
                        while (p != npos) {
                            std::size_t q = std::min(p + 5, k.size());
                            std::size_t e =
                                std::min({k.size(), k.find(',', q), k.find(" ET POUR", q)});
                            std::size_t qb = q;
                            for (const std::string_view det : {"LE ", "LA ", "LES ", "L'"})
                                if (k.substr(qb).starts_with(det)) {
                                    qb += det.size();
                                    break;
                                }
                            fr.purposes.push_back(cut(s.text, f, qb, e));
                            mentions_in(std::string_view(k).substr(p, e - p), label,
                                        cut(s.text, f, p, e));
                            const std::size_t next = find_word(k, "POUR", e);
                            if (next == npos || (next > e + 8))
                                break;
                            p = next;
                        }
                    }
                }
                if (const auto mf = k.find("MEME FORME"); mf != npos) {
                    const FoldedText f = fold_map(s.text);
                    std::size_t fb = k.rfind("DANS LA", mf);
                    if (fb == npos || mf - fb > 12)
                        fb = k.rfind("SOUS LA", mf);
                    if (fb == npos || mf - fb > 12)
                        fb = mf;
                    final_report().form =
                        std::string(strip_terminal_punct(cut(s.text, f, fb, f.key.size())));
                    d.fact("/convention/obligations/final_report/form", s);
                    subject(ai, ord, CS::final_report);
                }
            }
            // Contents: the list after « Le bénéficiaire devra constituer : » in the final-report
            // article (or a sentence about the report).
            const bool report_article = std::any_of(
                d.articles[ai].subjects.begin(), d.articles[ai].subjects.end(),
                [](const auto& x) { return x.first == 0 && x.second == CS::final_report; });
            if ((about_report || report_article) && s.text.ends_with(":") &&
                (has_prefix(k, "CONSTITUER") || has_prefix(k, "COMPREN") ||
                 has_prefix(k, "COMPOS") || has_prefix(k, "CONTENIR") ||
                 has_prefix(k, "COMPORTER"))) {
                contents_block = s.block;
                in_contents = true;
            }
            // Payments first: a scheduled payment is not a mere mention of one.
            const bool payment = payments(s, label, ord, ai);
            if (!payment && !(about_report && transmit))
                mentions_in(k, label, s.text);
            if (in_contents && contents_block && s.block > *contents_block && s.begin == 0) {
                auto& fr = final_report();
                d.fact("/convention/obligations/final_report/contents/" +
                           std::to_string(fr.contents.size()),
                       s);
                fr.contents.push_back(b.joined.text);
                subject(ai, ord, CS::final_report);
                if (b.joined.text.ends_with("."))
                    in_contents = false;
            }

            // Cross-references.
            references(s, label, ai, previous_target);
        }
    }

    bool first_sentence_of_section(std::size_t si) const {
        const Sentence& s = d.sentences[si];
        if (si == 0)
            return true;
        const Sentence& p = d.sentences[si - 1];
        const Block& pb = d.blocks[p.block];
        const Block& b = d.blocks[s.block];
        return pb.article != b.article || pb.section != b.section;
    }

    FinalReportObligation& final_report() {
        if (!c.obligations.final_report)
            c.obligations.final_report = FinalReportObligation{};
        return *c.obligations.final_report;
    }

    void add_clause(ClauseKind kind, const Sentence& s, const std::string& label, std::size_t ord,
                    std::size_t ai) {
        Clause cl;
        cl.kind = kind;
        cl.source = conv_ref(label, clause_text(s));
        const std::string k = upper_key(cl.source.text);
        if (kind == ClauseKind::termination || kind == ClauseKind::reimbursement) {
            if (const auto dl = delay_in(k)) {
                cl.delay = dl;
                cl.delay_from =
                    k.find("SANS PREAVIS") != npos ? StartEvent::other : start_event_in(k);
            }
        }
        if (kind == ClauseKind::jurisdiction) {
            if (const auto t = k.find("TRIBUNAL ADMINISTRATIF"); t != npos) {
                const FoldedText f = fold_map(cl.source.text);
                cl.named =
                    std::string(strip_terminal_punct(cut(cl.source.text, f, t, f.key.size())));
            }
        }
        if (kind == ClauseKind::communication_charter) {
            const FoldedText f = fold_map(cl.source.text);
            if (const auto t = find_word(f.key, "INTITULEE"); t != npos)
                cl.named = quoted_after(cl.source.text, f, t);
        }
        d.fact("/convention/clauses/" + std::to_string(c.clauses.size()), s);
        c.clauses.push_back(std::move(cl));
        if (const auto sub = subject_of_clause(kind))
            subject(ai, ord, *sub);
    }

    void mentions_in(std::string_view k, const std::string& label, const std::string& text) {
        std::vector<std::pair<std::size_t, PaymentKind>> found;
        for (const std::string_view w : {"ACOMPTE", "ACOMPTES", "AVANCE", "AVANCES"})
            for (std::size_t p = find_word(k, w); p != npos; p = find_word(k, w, p + 1))
                found.emplace_back(p, PaymentKind::advance);
        for (const std::string_view w : {"SOLDE", "SOLDES"})
            for (std::size_t p = find_word(k, w); p != npos; p = find_word(k, w, p + 1))
                found.emplace_back(p, PaymentKind::balance);
        std::sort(found.begin(), found.end(),
                  [](const auto& a, const auto& b) { return a.first < b.first; });
        for (const auto& [p, kind] : found) {
            (void)p;
            c.payment_schedule.mentions.push_back(PaymentMention{kind, conv_ref(label, text)});
        }
    }

    bool payments(const Sentence& s, const std::string& label, std::size_t ord, std::size_t ai) {
        const std::string_view k = s.key;
        auto& ps = c.payment_schedule;
        const bool pay_word = has_prefix(k, "VERSEMENT") || has_prefix(k, "ACOMPTE") ||
                              has_prefix(k, "AVANCE") || has_word(k, "SOLDE");
        if (pay_word) {
            if (const auto amount = find_amount(s.text)) {
                Payment p;
                p.kind = (k.starts_with("UN ACOMPTE") || k.starts_with("UNE AVANCE") ||
                          k.starts_with("ACOMPTE") || k.starts_with("AVANCE"))
                             ? PaymentKind::advance
                         : (k.starts_with("LE SOLDE") || k.starts_with("SOLDE"))
                             ? PaymentKind::balance
                             : PaymentKind::single;
                p.amount = {amount->amount, conv_ref(label, s.text)};
                if (k.find("SIGNATURE") != npos)
                    p.trigger = PaymentTrigger::signature;
                else if (has_word(k, "BILAN") || k.find("COMPTE RENDU") != npos)
                    p.trigger = PaymentTrigger::final_report;
                else if (k.find("SERVICE FAIT") != npos)
                    p.trigger = PaymentTrigger::control;
                else if (const auto fd = find_date(s.text)) {
                    p.trigger = PaymentTrigger::date;
                    p.date = fd->date;
                }
                d.fact("/convention/payment_schedule/payments/" +
                           std::to_string(ps.payments.size()),
                       s);
                ps.payments.push_back(std::move(p));
                subject(ai, ord, CS::payment);
                return true;
            }
        }
        if (has_prefix(k, "PLAFONNE") ||
            (k.find("NE POURRA") != npos && has_prefix(k, "SUPERIEUR"))) {
            d.fact("/convention/payment_schedule/cap_clauses/" +
                       std::to_string(ps.cap_clauses.size()),
                   s);
            ps.cap_clauses.push_back(conv_ref(label, s.text));
        }
        if (!ps.reduction_clause && (has_prefix(k, "DIMINUE") || has_prefix(k, "REDUITE")) &&
            has_prefix(k, "DEPENSE")) {
            ps.reduction_clause = conv_ref(label, s.text);
            d.fact("/convention/payment_schedule/reduction_clause", s);
        }
        if (!ps.paying_accountant) {
            std::size_t p = find_word(k, "PAYEU", 0, WordEnd::prefix);
            if (p == npos)
                p = find_word(k, "PAYEUR");
            if (p == npos)
                p = k.find("COMPTABLE PUBLIC");
            if (p != npos) {
                const FoldedText f = fold_map(s.text);
                std::size_t b = p;
                for (const std::string_view det : {"LA ", "LE ", "L'"})
                    if (p >= det.size() && k.substr(p - det.size(), det.size()) == det) {
                        b = p - det.size();
                        break;
                    }
                std::size_t e = k.find(' ', p);
                e = e == npos ? k.size() : e;
                // « Payeuse Départementale (comptable assignataire de la dépense) »
                std::size_t e2 = e;
                while (e2 < k.size() && k[e2] == ' ')
                    ++e2;
                const std::size_t we = std::min(k.size(), k.find(' ', e2));
                if (e2 < k.size() &&
                    opens_sentence(std::string_view(s.text).substr(f.printed(e2))) && k[e2] != '(')
                    e = we, e2 = we + 1;
                if (e2 < k.size() && k[e2] == '(') {
                    const auto close = k.find(')', e2);
                    if (close != npos)
                        e = close + 1;
                }
                ps.paying_accountant = cut(s.text, f, b, e);
                d.fact("/convention/payment_schedule/paying_accountant", s);
            }
        }
        return false;
    }

    void references(const Sentence& s, const std::string& label, std::size_t ai,
                    std::optional<std::uint32_t>& previous_target) {
        const std::string_view k = s.key;
        const auto& a = d.articles[ai];
        const std::optional<std::uint32_t> sec = d.blocks[s.block].section;
        ReferenceSubjects subjects(k);
        std::optional<FoldedText> folded; // only for a sentence too long to quote whole
        for (std::size_t p = find_word(k, "ARTICLE"); p != npos;
             p = find_word(k, "ARTICLE", p + 1)) {
            std::size_t q = p + 7;
            while (q < k.size() && k[q] == ' ')
                ++q;
            std::optional<std::uint32_t> to;
            std::size_t end = q;
            if (const auto n = count_at(k, q);
                n && q < k.size() && subvention::detail::is_digit(k[q])) {
                end = q;
                while (end < k.size() && subvention::detail::is_digit(k[end]))
                    ++end;
                const std::string_view after = k.substr(end);
                if (after.starts_with(" DE LA LOI") || after.starts_with(" DU CODE") ||
                    after.starts_with(" DU DECRET") || after.starts_with(" DE L'ARRETE") ||
                    after.starts_with(" DU REGLEMENT"))
                    continue;
                to = *n;
            } else if (k.substr(q).starts_with("PRECEDENT")) {
                if (ai > 0)
                    to = d.articles[ai - 1].number;
                end = q + 9;
            } else if (k.substr(q).starts_with("SUIVANT")) {
                if (ai + 1 < d.articles.size())
                    to = d.articles[ai + 1].number;
                end = q + 7;
            } else if (p >= 5 && k.substr(p - 5, 5) == "MEME ") {
                to = previous_target;
            }
            if (!to)
                continue;
            if (p >= 8 && k.substr(p - 8, 8) == "PRESENT ")
                continue;
            previous_target = to;
            CrossReference r;
            r.from_article = a.number;
            r.from_section = sec;
            r.to_article = *to;
            if (s.text.size() > kQuoteMaxBytes && !folded)
                folded = fold_map(s.text);
            r.source = conv_ref(label, folded ? reference_quote(s.text, *folded, p, end) : s.text);
            pending_refs.push_back({std::move(r), subjects.before(p)});
            d.fact("/convention/cross_references/" + std::to_string(pending_refs.size() - 1), s);
        }
    }

    struct PendingRef {
        CrossReference ref;
        std::optional<CS> subject;
    };
    std::vector<PendingRef> pending_refs;

    void bank_details() {
        BankDetails bd;
        bool any = false;
        for (std::size_t i = d.preamble_end; i < d.signature_begin; ++i) {
            const std::string_view k = d.keys[i];
            Stated<std::optional<std::string>>* field = nullptr;
            std::string name;
            if (k.starts_with("REFERENCE IBAN") || k.starts_with("IBAN") ||
                k.starts_with("CODE IBAN"))
                field = &bd.iban, name = "iban";
            else if (k.starts_with("REFERENCE BIC") || k.starts_with("BIC") ||
                     k.starts_with("CODE BIC"))
                field = &bd.bic, name = "bic";
            else if (k.starts_with("DOMICILIATION"))
                field = &bd.domiciliation, name = "domiciliation";
            else if (k.starts_with("TITULAIRE"))
                field = &bd.holder, name = "holder";
            if (!field || k.find(':') == npos)
                continue;
            const std::string& t = d.sec.lines[i].text;
            std::string value(after_colon(t));
            value.erase(std::remove(value.begin(), value.end(), '_'), value.end());
            value = std::string(trim_spaces(value));
            const bool blank = std::all_of(value.begin(), value.end(),
                                           [](char ch) { return ch == '.' || ch == ' '; });
            std::size_t ai = 0;
            for (std::size_t a = 0; a < d.articles.size(); ++a)
                if (d.articles[a].heading < i)
                    ai = a;
            const std::string label = d.articles.empty()
                                          ? std::string("coordonnées bancaires")
                                          : "article " + std::to_string(d.articles[ai].number);
            *field = {blank ? std::nullopt : std::optional{value}, conv_ref(label, t)};
            d.fact("/convention/bank_details/" + name, i, i);
            if (!d.articles.empty())
                subject(ai, 4096 * block_of_line(i) + 1, CS::bank_details);
            any = true;
        }
        if (any)
            c.bank_details = bd;
        else
            d.missing("EXTRACT-CONVENTION-BANK-DETAILS", Severity::info, "/convention/bank_details",
                      std::nullopt, Message("EXTRACT-CONVENTION-BANK-DETAILS"));
    }

    std::size_t block_of_line(std::size_t line) const {
        for (std::size_t bi = 0; bi < d.blocks.size(); ++bi)
            for (const auto& [off, idx] : d.blocks[bi].joined.starts)
                if (idx == line)
                    return bi;
        return 0;
    }

    void signature() {
        const auto& lines = d.sec.lines;
        bool place_seen = false;
        for (std::size_t i = d.signature_begin; i < lines.size(); ++i) {
            const std::string_view k = d.keys[i];
            const std::string& t = lines[i].text;
            if (const auto ex = find_word(k, "EXEMPLAIRES"); ex != npos && ex > 2) {
                std::size_t w = ex - 1;
                while (w > 0 && k[w - 1] != ' ')
                    --w;
                if (const auto n = count_at(k, w)) {
                    c.original_copies = Stated<std::uint32_t>{*n, conv_ref("signature", t)};
                    d.fact("/convention/original_copies", i, i);
                }
            }
            if (const auto pg = find_word(k, "PAGES");
                pg != npos && pg > 2 && k.find("COMPREND") != npos) {
                std::size_t w = pg - 1;
                while (w > 0 && k[w - 1] != ' ')
                    --w;
                if (const auto n = count_at(k, w)) {
                    c.page_count = Stated<std::uint32_t>{*n, conv_ref("signature", t)};
                    d.fact("/convention/page_count", i, i);
                }
            }
            const auto le = k.find(", LE");
            if (!place_seen && le != npos && (k.starts_with("A ") || k.starts_with("FAIT A "))) {
                const FoldedText f = fold_map(t);
                const std::size_t pb = k.starts_with("A ") ? 2 : 7;
                const std::string place = cut(t, f, pb, le);
                c.signature.place = place.empty() ? std::nullopt : std::optional{place};
                const auto fd = find_date(std::string_view(t).substr(f.printed(le)));
                c.signature.date = {fd ? std::optional{fd->date} : std::nullopt,
                                    conv_ref("signature", t)};
                d.fact("/convention/signature/place", i, i);
                d.fact("/convention/signature/date", i, i);
                place_seen = true;
                continue;
            }
            if (k.starts_with("POUR ")) {
                Signatory sg;
                sg.party = t;
                const std::size_t first = i;
                std::size_t j = i + 1;
                for (; j < lines.size() && j < i + 8; ++j) {
                    const std::string_view nk = d.keys[j];
                    if (nk.starts_with("POUR "))
                        break;
                    if (nk == "SIGNE" || nk.starts_with("SIGNE ")) {
                        sg.signed_mention = true;
                        continue;
                    }
                    if (sg.person.function.empty() && !sg.person.name.empty())
                        break;
                    const auto ws = tx::words(lines[j].text);
                    const bool has_upper_name = !ws.empty() && tx::is_upper_word(ws.back()) &&
                                                ws.size() <= 5 &&
                                                !(ws.size() == 1 && sg.person.function.empty());
                    if (has_upper_name && !nk.starts_with("LE ") && !nk.starts_with("LA ")) {
                        sg.person.name = lines[j].text;
                        ++j;
                        break;
                    }
                    if (sg.person.function.empty())
                        sg.person.function = lines[j].text;
                }
                d.fact("/convention/signature/signatories/" +
                           std::to_string(c.signature.signatories.size()),
                       first, j - 1);
                c.signature.signatories.push_back(std::move(sg));
                i = j - 1;
            }
        }
        if (!place_seen) {
            d.missing("EXTRACT-CONVENTION-SIGNATURE", Severity::warning, "/convention/signature",
                      std::nullopt, Message("EXTRACT-CONVENTION-SIGNATURE"));
        }
        if (c.signature.signatories.empty())
            d.missing("EXTRACT-CONVENTION-SIGNATORIES", Severity::warning,
                      "/convention/signature/signatories", std::nullopt,
                      Message("EXTRACT-CONVENTION-SIGNATORIES"));
        if (!c.original_copies)
            d.missing("EXTRACT-CONVENTION-COPIES", Severity::info, "/convention/original_copies",
                      std::nullopt, Message("EXTRACT-CONVENTION-COPIES"));
        if (!c.page_count)
            d.missing("EXTRACT-CONVENTION-PAGE-COUNT", Severity::info, "/convention/page_count",
                      std::nullopt, Message("EXTRACT-CONVENTION-PAGE-COUNT"));
        c.status = c.signature.date.value ? DocumentStatus::executed : DocumentStatus::draft;
    }

    void finish() {
        // Article index: title subjects first, then those of the facts read, in text order.
        for (auto& a : d.articles) {
            std::stable_sort(a.subjects.begin(), a.subjects.end(),
                             [](const auto& x, const auto& y) { return x.first < y.first; });
            ConventionArticle ca{a.number, a.title, a.sections, {}};
            for (const auto& [o, s] : a.subjects)
                if (std::find(ca.subjects.begin(), ca.subjects.end(), s) == ca.subjects.end())
                    ca.subjects.push_back(s);
            c.articles.push_back(std::move(ca));
        }
        for (std::size_t i = 0; i < d.articles.size(); ++i)
            d.fact("/convention/articles/" + std::to_string(i), d.articles[i].heading,
                   d.articles[i].heading);
        // Cross-references: the subject named before the reference, else the target's first.
        std::map<std::uint32_t, std::size_t> index; // article number → first in the index
        for (std::size_t i = 0; i < c.articles.size(); ++i)
            index.emplace(c.articles[i].number, i);
        for (auto& [ref, sub] : pending_refs) {
            if (sub) {
                ref.subject = *sub;
            } else if (const auto t = index.find(ref.to_article);
                       t != index.end() && !c.articles[t->second].subjects.empty()) {
                ref.subject = c.articles[t->second].subjects.front();
            }
            c.cross_references.push_back(std::move(ref));
        }
        // Expected facts not found (one message per rule, under the rule's ID).
        auto miss = [&](bool found, std::string_view rule, Severity sev, std::string path) {
            if (!found)
                d.missing(rule, sev, std::move(path), std::nullopt, Message(std::string(rule)));
        };
        miss(c.period.has_value(), "EXTRACT-CONVENTION-PERIOD", Severity::warning,
             "/convention/period");
        miss(c.tacit_renewal.value != TacitRenewal::absent, "EXTRACT-CONVENTION-TACIT-RENEWAL",
             Severity::info, "/convention/tacit_renewal");
        miss(!c.obligations.meetings.empty(), "EXTRACT-CONVENTION-MEETINGS", Severity::info,
             "/convention/obligations/meetings");
        miss(c.obligations.final_report && !c.obligations.final_report->deadlines.empty(),
             "EXTRACT-CONVENTION-FINAL-REPORT", Severity::warning,
             "/convention/obligations/final_report");
        miss(!c.payment_schedule.payments.empty(), "EXTRACT-CONVENTION-PAYMENTS", Severity::warning,
             "/convention/payment_schedule/payments");
        miss(c.payment_schedule.paying_accountant.has_value(),
             "EXTRACT-CONVENTION-PAYING-ACCOUNTANT", Severity::info,
             "/convention/payment_schedule/paying_accountant");
        miss(has_clause(c, ClauseKind::termination), "EXTRACT-CONVENTION-TERMINATION",
             Severity::info, "/convention/clauses");
        miss(has_clause(c, ClauseKind::reimbursement), "EXTRACT-CONVENTION-REIMBURSEMENT",
             Severity::info, "/convention/clauses");
        miss(has_clause(c, ClauseKind::jurisdiction), "EXTRACT-CONVENTION-JURISDICTION",
             Severity::info, "/convention/clauses");
    }
};

} // namespace

Convention extract_convention(const Section& section, Sink& sink) {
    Extractor x{Doc{section, sink, {}, {}, {}, {}, 0, 0}, {}, {}};
    build_structure(x.d);
    x.preamble();
    x.article_index();
    x.actions();
    x.ceilings();
    x.sentences();
    x.bank_details();
    x.signature();
    x.finish();
    return std::move(x.c);
}

} // namespace subvention::text::detail
