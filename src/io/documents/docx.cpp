// SPDX-License-Identifier: Apache-2.0
// Word documents (.docx, ECMA-376 WordprocessingML): word/document.xml read in reading order,
// one line per paragraph. Tables give one line per paragraph of each cell, row by row (as
// pdftotext prints a table); list items start with their number as word/numbering.xml renders
// it; fields show their result, not their instruction; text boxes follow the paragraph that
// anchors them. Tracked changes are read accepted (w:ins kept, w:del and w:moveFrom left out)
// and counted, comments counted and left out: both become notices. Headers, footers and
// footnotes are not read.
#include <array>
#include <cstring>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <subvention/io/document_file.hpp>

#include "io/documents/document_internal.hpp"

namespace subvention::io {

namespace docx {
namespace {

using documents::TextBuilder;

bool is(const pugi::xml_node& n, const char* name) {
    return std::strcmp(n.name(), name) == 0;
}

/// A level of a list as word/numbering.xml defines it.
struct Level {
    std::string format = "decimal"; ///< w:numFmt
    std::string text = "%1.";       ///< w:lvlText
    std::uint32_t start = 1;
};

struct Numbering {
    std::map<std::string, std::array<Level, 9>> abstract; ///< by w:abstractNumId
    std::map<std::string, std::string> num;               ///< w:numId → w:abstractNumId
    /// Counters by w:numId; 0: the level has not started.
    std::map<std::string, std::array<std::uint32_t, 9>> counters;
};

/// Word's number formats as format_number's ODF ones.
std::string odf_format(const std::string& word) {
    if (word == "lowerLetter")
        return "a";
    if (word == "upperLetter")
        return "A";
    if (word == "lowerRoman")
        return "i";
    if (word == "upperRoman")
        return "I";
    if (word == "none")
        return "";
    return "1";
}

Numbering read_numbering(const pugi::xml_document& doc) {
    Numbering n;
    const auto root = doc.child("w:numbering");
    for (const auto a : root.children("w:abstractNum")) {
        auto& levels = n.abstract[a.attribute("w:abstractNumId").value()];
        for (const auto l : a.children("w:lvl")) {
            const auto i = documents::parse_count(l.attribute("w:ilvl").value());
            if (!i || *i >= levels.size())
                continue;
            Level& v = levels[*i];
            if (const auto f = l.child("w:numFmt"))
                v.format = f.attribute("w:val").value();
            if (const auto t = l.child("w:lvlText"))
                v.text = t.attribute("w:val").value();
            if (const auto s =
                    documents::parse_count(l.child("w:start").attribute("w:val").value()))
                v.start = *s;
        }
    }
    for (const auto m : root.children("w:num"))
        n.num[m.attribute("w:numId").value()] =
            m.child("w:abstractNumId").attribute("w:val").value();
    return n;
}

class Reader {
public:
    Reader(std::string_view name, const DocumentOptions& options, Numbering numbering)
        : name_(name)
        , options_(options)
        , builder_(options.max_uncompressed_bytes)
        , numbering_(std::move(numbering)) {}

    /// Reads the body; false when the document is nested too deep.
    bool body(const pugi::xml_node& body) { return blocks(body, 1); }

    TextBuilder& builder() { return builder_; }
    DocumentNotice& changes() { return changes_; }
    DocumentNotice& comments() { return comments_; }
    const std::string& first_comment() const { return first_comment_; }

private:
    bool blocks(const pugi::xml_node& parent, std::uint32_t depth) {
        if (depth > options_.max_xml_depth)
            return false;
        for (const auto n : parent.children()) {
            if (is(n, "w:p")) {
                if (!paragraph(n, depth + 1))
                    return false;
            } else if (is(n, "w:tbl")) {
                if (!table(n, depth + 1))
                    return false;
            } else if (is(n, "w:sdt")) {
                if (!blocks(n.child("w:sdtContent"), depth + 2))
                    return false;
            } else if (is(n, "w:ins") || is(n, "w:moveTo") || is(n, "w:customXml") ||
                       is(n, "w:smartTag")) {
                if (is(n, "w:ins") || is(n, "w:moveTo"))
                    change(true, n);
                if (!blocks(n, depth + 1))
                    return false;
            } else if (is(n, "w:del") || is(n, "w:moveFrom")) {
                change(false, n);
            }
        }
        return true;
    }

    bool table(const pugi::xml_node& tbl, std::uint32_t depth) {
        if (depth + 2 > options_.max_xml_depth)
            return false;
        const LineOrigin outer = where_;
        where_.table = ++tables_;
        std::uint32_t row = 0;
        for (const auto tr : tbl.children("w:tr")) {
            where_.row = ++row;
            std::uint32_t cell = 0;
            for (const auto tc : tr.children("w:tc")) {
                where_.cell = ++cell;
                if (!blocks(tc, depth + 2))
                    return false;
            }
        }
        where_ = outer;
        return true;
    }

    /// The number of a list item (« 1. », « a) », « - »), advancing the list's counters.
    std::string list_label(const pugi::xml_node& ppr) {
        const auto numpr = ppr.child("w:numPr");
        if (!numpr)
            return {};
        const std::string id = numpr.child("w:numId").attribute("w:val").value();
        const auto ilvl = documents::parse_count(numpr.child("w:ilvl").attribute("w:val").value());
        const std::uint32_t level = ilvl.value_or(0);
        const auto a = numbering_.num.find(id);
        if (id.empty() || id == "0" || level >= 9 || a == numbering_.num.end())
            return {};
        const auto levels = numbering_.abstract.find(a->second);
        if (levels == numbering_.abstract.end())
            return {};
        auto& counters = numbering_.counters[id];
        const Level& lv = levels->second[level];
        counters[level] = counters[level] == 0 ? lv.start : counters[level] + 1;
        for (std::uint32_t k = level + 1; k < 9; ++k)
            counters[k] = 0;
        if (lv.format == "bullet")
            return "- ";
        std::string out;
        for (std::size_t i = 0; i < lv.text.size(); ++i) {
            const char c = lv.text[i];
            if (c == '%' && i + 1 < lv.text.size() && lv.text[i + 1] >= '1' &&
                lv.text[i + 1] <= '9') {
                const auto k = static_cast<std::size_t>(lv.text[i + 1] - '1');
                const Level& other = levels->second[k];
                out += documents::format_number(counters[k] == 0 ? other.start : counters[k],
                                                odf_format(other.format));
                ++i;
            } else {
                out += c;
            }
        }
        return out.empty() ? out : out + " ";
    }

    bool paragraph(const pugi::xml_node& p, std::uint32_t depth) {
        builder_.begin_paragraph(where_);
        const auto ppr = p.child("w:pPr");
        builder_.label(list_label(ppr));
        // A paragraph mark inserted or deleted is a revision too.
        if (const auto rpr = ppr.child("w:rPr")) {
            if (const auto i = rpr.child("w:ins"))
                change(true, i);
            if (const auto d = rpr.child("w:del"))
                change(false, d);
        }
        std::vector<pugi::xml_node> boxes;
        fields_.clear();
        if (!inline_content(p, depth, boxes))
            return false;
        builder_.end_paragraph();
        for (const auto& b : boxes)
            if (!blocks(b, depth + 1))
                return false;
        return true;
    }

    /// Whether the text of a run is shown: not inside a field's instruction.
    bool shown() const {
        for (const bool instruction : fields_)
            if (instruction)
                return false;
        return true;
    }

    void comment(const pugi::xml_node& n) {
        const std::string id = n.attribute("w:id").value();
        if (!comment_ids_.insert(id).second)
            return;
        if (comments_.count++ == 0) {
            comments_.line = builder_.line();
            comments_.first = builder_.origin();
            first_comment_ = id;
        }
    }

    void change(bool insertion, const pugi::xml_node& n) {
        if (changes_.count++ == 0) {
            changes_.line = builder_.line();
            changes_.first = builder_.origin();
        }
        if (!insertion && changes_.deletions == 0) { // the words of the first deletion
            std::string deleted;
            for (const auto t : n.select_nodes(".//w:delText"))
                deleted += t.node().text().get();
            changes_.excerpt = documents::shorten(deleted);
        }
        ++(insertion ? changes_.insertions : changes_.deletions);
    }

    bool inline_content(const pugi::xml_node& parent, std::uint32_t depth,
                        std::vector<pugi::xml_node>& boxes) {
        if (depth > options_.max_xml_depth)
            return false;
        for (const auto n : parent.children()) {
            const char* name = n.name();
            if (std::strncmp(name, "w:", 2) != 0) {
                // Markup compatibility: one choice only (the fallback repeats it in VML).
                if (is(n, "mc:AlternateContent")) {
                    if (!inline_content(n.child("mc:Choice"), depth + 1, boxes))
                        return false;
                } else if (n.type() == pugi::node_element && !inline_content(n, depth + 1, boxes)) {
                    return false; // drawings: down to their text boxes
                }
                continue;
            }
            if (is(n, "w:t")) {
                if (shown())
                    builder_.append(n.text().get());
            } else if (is(n, "w:tab") || is(n, "w:ptab")) {
                if (shown() && !is(parent, "w:tabs"))
                    builder_.append("\t");
            } else if (is(n, "w:br") || is(n, "w:cr")) {
                if (shown())
                    builder_.line_break();
            } else if (is(n, "w:noBreakHyphen")) {
                if (shown())
                    builder_.append("-");
            } else if (is(n, "w:sym")) {
                // A character of a symbol font: no Unicode meaning of its own.
            } else if (is(n, "w:fldChar")) {
                const std::string_view type = n.attribute("w:fldCharType").value();
                if (type == "begin")
                    fields_.push_back(true);
                else if (type == "separate" && !fields_.empty())
                    fields_.back() = false; // the result follows
                else if (type == "end" && !fields_.empty())
                    fields_.pop_back();
            } else if (is(n, "w:instrText") || is(n, "w:delText") || is(n, "w:delInstrText") ||
                       is(n, "w:pPr") || is(n, "w:rPr") || is(n, "w:footnoteReference") ||
                       is(n, "w:endnoteReference") || is(n, "w:commentRangeEnd")) {
                // not text of the paragraph
            } else if (is(n, "w:commentReference") || is(n, "w:commentRangeStart")) {
                comment(n);
            } else if (is(n, "w:del") || is(n, "w:moveFrom")) {
                change(false, n);
            } else if (is(n, "w:txbxContent")) {
                boxes.push_back(n);
            } else {
                if (is(n, "w:ins") || is(n, "w:moveTo"))
                    change(true, n);
                // w:r, w:hyperlink, w:fldSimple (its runs are the result), w:smartTag, w:sdt,
                // w:sdtContent, w:customXml, w:ins, w:moveTo, w:pict, w:drawing…
                if (!inline_content(n, depth + 1, boxes))
                    return false;
            }
        }
        return true;
    }

    std::string_view name_;
    const DocumentOptions& options_;
    TextBuilder builder_;
    Numbering numbering_;
    LineOrigin where_{};
    std::uint32_t tables_ = 0;
    std::vector<bool> fields_; ///< open fields: true while in their instruction
    DocumentNotice changes_{DocumentNotice::Kind::tracked_changes, 0, 0, 0, 0, {}, {}};
    DocumentNotice comments_{DocumentNotice::Kind::comments, 0, 0, 0, 0, {}, {}};
    std::set<std::string> comment_ids_;
    std::string first_comment_;
};

} // namespace
} // namespace docx

Result<DocumentText> read_docx(std::string_view bytes, std::string_view name,
                               const DocumentOptions& options) {
    using documents::document_error;
    auto opened = documents::ZipArchive::open(bytes, name, options);
    if (!opened)
        return opened.error();
    documents::ZipArchive zip = std::move(opened).value();
    constexpr const char* entry = "word/document.xml";
    auto doc = documents::read_xml_entry(zip, name, entry);
    if (!doc)
        return doc.error();
    const auto body = (*doc)->child("w:document").child("w:body");
    if (!body)
        return document_error(ErrorKind::format, name,
                              std::string("entrée ") + entry +
                                  " : pas d'élément w:document/w:body (ce n'est pas le texte "
                                  "d'un document Word)");
    docx::Numbering numbering;
    if (zip.has("word/numbering.xml")) {
        auto n = zip.read("word/numbering.xml");
        if (!n)
            return n.error();
        auto ndoc = documents::parse_xml(*n, name, "word/numbering.xml");
        if (!ndoc)
            return ndoc.error();
        numbering = docx::read_numbering(**ndoc);
    }
    docx::Reader reader(name, options, std::move(numbering));
    if (!reader.body(body))
        return documents::too_deep(name, entry, options.max_xml_depth);
    if (reader.builder().overflow())
        return document_error(ErrorKind::length, name,
                              "texte de plus de " + std::to_string(options.max_uncompressed_bytes) +
                                  " octets (limite de la taille décompressée)");
    // The first comment's words, for the notice (comments are not part of the text).
    if (reader.comments().count != 0 && zip.has("word/comments.xml")) {
        auto c = zip.read("word/comments.xml");
        if (!c)
            return c.error();
        auto cdoc = documents::parse_xml(*c, name, "word/comments.xml");
        if (!cdoc)
            return cdoc.error();
        for (const auto n : (*cdoc)->child("w:comments").children("w:comment"))
            if (reader.first_comment() == n.attribute("w:id").value()) {
                std::string words;
                for (const auto t : n.select_nodes(".//w:t"))
                    words += t.node().text().get();
                reader.comments().excerpt = documents::shorten(words);
                break;
            }
    }
    DocumentText out = std::move(reader.builder()).finish(DocumentFormat::docx);
    if (reader.changes().count != 0)
        out.notices.push_back(reader.changes());
    if (reader.comments().count != 0)
        out.notices.push_back(reader.comments());
    return out;
}

} // namespace subvention::io
