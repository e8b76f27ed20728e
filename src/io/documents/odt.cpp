// SPDX-License-Identifier: Apache-2.0
// OpenDocument texts (.odt, ODF 1.3): content.xml's office:text read in reading order, one line
// per paragraph or heading (text:p, text:h). Lists give their items' numbers as the list style
// renders them (content.xml, else styles.xml); tables one line per paragraph of each cell, row
// by row; text boxes (draw:text-box) follow the paragraph that anchors them. text:s, text:tab
// and text:line-break are spaces, a tab and a line break. Tracked changes
// (text:tracked-changes) are read accepted — the deleted text is held there, out of the body —
// and counted; annotations (comments) and notes are left out, annotations counted.
#include <cstring>
#include <map>
#include <string>
#include <vector>

#include <subvention/io/document_file.hpp>

#include "io/documents/document_internal.hpp"

namespace subvention::io {

namespace odt {
namespace {

using documents::TextBuilder;

bool is(const pugi::xml_node& n, const char* name) {
    return std::strcmp(n.name(), name) == 0;
}

/// A level of a list style: a bullet, or a number with its format, prefix and suffix.
struct ListLevel {
    bool bullet = true;
    std::string format = "1", prefix, suffix;
    std::uint32_t start = 1;
};
using ListStyle = std::map<std::uint32_t, ListLevel>;

void read_list_styles(const pugi::xml_node& styles, std::map<std::string, ListStyle>& out) {
    for (const auto s : styles.children("text:list-style")) {
        auto& style = out[s.attribute("style:name").value()];
        for (const auto l : s.children()) {
            const auto level = documents::parse_count(l.attribute("text:level").value());
            if (!level)
                continue;
            ListLevel v;
            v.bullet = !is(l, "text:list-level-style-number");
            v.format = l.attribute("style:num-format").value();
            v.prefix = l.attribute("style:num-prefix").value();
            v.suffix = l.attribute("style:num-suffix").value();
            v.start = documents::parse_count(l.attribute("text:start-value").value()).value_or(1);
            style[*level] = std::move(v);
        }
    }
}

class Reader {
public:
    Reader(const DocumentOptions& options, std::map<std::string, ListStyle> styles)
        : options_(options)
        , builder_(options.max_uncompressed_bytes)
        , styles_(std::move(styles)) {}

    bool body(const pugi::xml_node& text) { return blocks(text, 1); }
    TextBuilder& builder() { return builder_; }
    DocumentNotice& changes() { return changes_; }
    DocumentNotice& comments() { return comments_; }

private:
    struct List {
        const ListStyle* style = nullptr;
        std::uint32_t counter = 0;
    };

    bool blocks(const pugi::xml_node& parent, std::uint32_t depth) {
        if (depth > options_.max_xml_depth)
            return false;
        for (const auto n : parent.children()) {
            if (n.type() != pugi::node_element)
                continue;
            bool ok = true;
            if (is(n, "text:p") || is(n, "text:h"))
                ok = paragraph(n, depth + 1);
            else if (is(n, "text:list"))
                ok = list(n, depth + 1);
            else if (is(n, "table:table"))
                ok = table(n, depth + 1);
            else if (is(n, "text:tracked-changes") || is(n, "office:forms") ||
                     std::strncmp(n.name(), "draw:", 5) == 0)
                continue; // held out of the text (the changes are counted from the body)
            else
                ok = blocks(n, depth + 1); // text:section, text:index-body, soft page breaks…
            if (!ok)
                return false;
        }
        return true;
    }

    bool list(const pugi::xml_node& l, std::uint32_t depth) {
        if (depth + 1 > options_.max_xml_depth)
            return false;
        List mine;
        const std::string style = l.attribute("text:style-name").value();
        if (const auto s = styles_.find(style); s != styles_.end())
            mine.style = &s->second;
        else if (!lists_.empty())
            mine.style = lists_.back().style; // a nested list keeps its parent's style
        lists_.push_back(mine);
        for (const auto item : l.children()) {
            if (!is(item, "text:list-item") && !is(item, "text:list-header"))
                continue;
            std::string label;
            if (is(item, "text:list-item")) {
                auto& cur = lists_.back();
                const auto level = static_cast<std::uint32_t>(lists_.size());
                const ListLevel* lv = nullptr;
                if (cur.style)
                    if (const auto f = cur.style->find(level); f != cur.style->end())
                        lv = &f->second;
                const auto start_value =
                    documents::parse_count(item.attribute("text:start-value").value());
                cur.counter = start_value   ? *start_value
                              : cur.counter ? cur.counter + 1
                                            : (lv ? lv->start : 1);
                if (lv == nullptr || lv->bullet)
                    label = "- ";
                else if (const auto number = documents::format_number(cur.counter, lv->format);
                         !number.empty() || !lv->prefix.empty() || !lv->suffix.empty())
                    label = lv->prefix + number + lv->suffix + " ";
            }
            pending_label_ = std::move(label);
            if (!blocks(item, depth + 2)) {
                lists_.pop_back();
                return false;
            }
            pending_label_.clear();
        }
        lists_.pop_back();
        return true;
    }

    bool table(const pugi::xml_node& t, std::uint32_t depth) {
        const LineOrigin outer = where_;
        where_.table = ++tables_;
        std::uint32_t row = 0;
        const auto rows = [&](auto&& self, const pugi::xml_node& parent, std::uint32_t d) -> bool {
            if (d > options_.max_xml_depth)
                return false;
            for (const auto n : parent.children()) {
                if (is(n, "table:table-row")) {
                    where_.row = ++row;
                    std::uint32_t cell = 0;
                    for (const auto c : n.children()) {
                        if (!is(c, "table:table-cell") && !is(c, "table:covered-table-cell"))
                            continue;
                        where_.cell = ++cell;
                        if (is(c, "table:table-cell") && !blocks(c, d + 2))
                            return false;
                    }
                } else if (is(n, "table:table-header-rows") || is(n, "table:table-rows") ||
                           is(n, "table:table-row-group")) {
                    if (!self(self, n, d + 1))
                        return false;
                }
            }
            return true;
        };
        if (!rows(rows, t, depth))
            return false;
        where_ = outer;
        return true;
    }

    bool paragraph(const pugi::xml_node& p, std::uint32_t depth) {
        builder_.begin_paragraph(where_);
        builder_.label(pending_label_);
        pending_label_.clear(); // only the item's first paragraph bears its number
        std::vector<pugi::xml_node> boxes;
        if (!inline_content(p, depth, boxes))
            return false;
        builder_.end_paragraph();
        for (const auto& b : boxes)
            if (!blocks(b, depth + 1))
                return false;
        return true;
    }

    void mark(DocumentNotice& notice) {
        if (notice.count++ == 0) {
            notice.line = builder_.line();
            notice.first = builder_.origin();
        }
    }

    bool inline_content(const pugi::xml_node& parent, std::uint32_t depth,
                        std::vector<pugi::xml_node>& boxes) {
        if (depth > options_.max_xml_depth)
            return false;
        for (const auto n : parent.children()) {
            if (n.type() == pugi::node_pcdata || n.type() == pugi::node_cdata) {
                builder_.append_collapsed(n.value());
                continue;
            }
            if (n.type() != pugi::node_element)
                continue;
            if (is(n, "text:s")) {
                const auto c = documents::parse_count(n.attribute("text:c").value()).value_or(1);
                // Bounded: a « c » of a billion would otherwise fill the memory.
                builder_.append(std::string(std::min<std::uint32_t>(c, 1000), ' '));
            } else if (is(n, "text:tab")) {
                builder_.append("\t");
            } else if (is(n, "text:line-break")) {
                builder_.line_break();
            } else if (is(n, "office:annotation")) {
                if (comments_.count == 0) {
                    std::string words;
                    for (const auto t : n.select_nodes(".//text:p//text()"))
                        words += t.node().value();
                    comments_.excerpt = documents::shorten(words);
                }
                mark(comments_);
            } else if (is(n, "text:change") || is(n, "text:change-start")) {
                if (changes_.line == 0 && changes_.first == LineOrigin{}) {
                    changes_.line = builder_.line();
                    changes_.first = builder_.origin();
                }
            } else if (is(n, "office:annotation-end") || is(n, "text:note") ||
                       is(n, "text:change-end") || is(n, "text:bookmark-ref") ||
                       is(n, "svg:title") || is(n, "svg:desc")) {
                // not text of the paragraph (a note's citation and body, a comment's range)
            } else if (is(n, "draw:text-box")) {
                boxes.push_back(n);
            } else if (!inline_content(n, depth + 1, boxes)) {
                // text:span, text:a, text:meta, fields (their content is their result),
                // draw:frame and shapes (down to their text boxes)…
                return false;
            }
        }
        return true;
    }

    const DocumentOptions& options_;
    TextBuilder builder_;
    std::map<std::string, ListStyle> styles_;
    std::vector<List> lists_;
    std::string pending_label_;
    LineOrigin where_{};
    std::uint32_t tables_ = 0;
    DocumentNotice changes_{DocumentNotice::Kind::tracked_changes, 0, 0, 0, 0, {}, {}};
    DocumentNotice comments_{DocumentNotice::Kind::comments, 0, 0, 0, 0, {}, {}};
};

/// Counts the changed regions of text:tracked-changes (insertions, deletions; format changes
/// leave the text as it is and are not counted) and the first deletion's words.
void count_changes(const pugi::xml_node& text, DocumentNotice& notice) {
    for (const auto tc : text.children("text:tracked-changes"))
        for (const auto region : tc.children("text:changed-region")) {
            if (region.child("text:insertion")) {
                ++notice.insertions;
            } else if (const auto del = region.child("text:deletion")) {
                if (notice.deletions++ == 0) {
                    std::string words;
                    for (const auto t : del.select_nodes(".//text:p//text()"))
                        words += t.node().value();
                    if (notice.excerpt.empty())
                        notice.excerpt = documents::shorten(words);
                }
            }
        }
    notice.count = notice.insertions + notice.deletions;
}

} // namespace
} // namespace odt

Result<DocumentText> read_odt(std::string_view bytes, std::string_view name,
                              const DocumentOptions& options) {
    using documents::document_error;
    auto opened = documents::ZipArchive::open(bytes, name, options);
    if (!opened)
        return opened.error();
    documents::ZipArchive zip = std::move(opened).value();
    constexpr const char* entry = "content.xml";
    auto doc = documents::read_xml_entry(zip, name, entry);
    if (!doc)
        return doc.error();
    const auto content = (*doc)->child("office:document-content");
    const auto text = content.child("office:body").child("office:text");
    if (!text)
        return document_error(ErrorKind::format, name,
                              std::string("entrée ") + entry +
                                  " : pas d'élément office:document-content/office:body/"
                                  "office:text (ce n'est pas un texte OpenDocument)");
    std::map<std::string, odt::ListStyle> styles;
    odt::read_list_styles(content.child("office:automatic-styles"), styles);
    // Lists may use a named style of styles.xml.
    std::unique_ptr<pugi::xml_document> styles_doc;
    if (zip.has("styles.xml")) {
        auto s = zip.read("styles.xml");
        if (!s)
            return s.error();
        auto sdoc = documents::parse_xml(*s, name, "styles.xml");
        if (!sdoc)
            return sdoc.error();
        const auto root = (*sdoc)->child("office:document-styles");
        std::map<std::string, odt::ListStyle> more;
        odt::read_list_styles(root.child("office:styles"), more);
        odt::read_list_styles(root.child("office:automatic-styles"), more);
        styles.merge(more); // content.xml's own styles first
    }
    odt::Reader reader(options, std::move(styles));
    if (!reader.body(text))
        return documents::too_deep(name, entry, options.max_xml_depth);
    if (reader.builder().overflow())
        return document_error(ErrorKind::length, name,
                              "texte de plus de " + std::to_string(options.max_uncompressed_bytes) +
                                  " octets (limite de la taille décompressée)");
    odt::count_changes(text, reader.changes());
    DocumentText out = std::move(reader.builder()).finish(DocumentFormat::odt);
    if (reader.changes().count != 0)
        out.notices.push_back(reader.changes());
    if (reader.comments().count != 0)
        out.notices.push_back(reader.comments());
    return out;
}

} // namespace subvention::io
