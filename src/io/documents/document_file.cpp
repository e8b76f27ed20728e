// SPDX-License-Identifier: Apache-2.0
// Format detection and what the document readers share (document_internal.hpp): the text
// builder, the bounded ZIP archive (libzip) and XML parsing (pugixml).
#include <algorithm>
#include <array>
#include <cstring>
#include <string>
#include <zip.h>

#include <subvention/io/document_file.hpp>
#include <subvention/io/input.hpp>

#include "io/documents/document_internal.hpp"
#include "io/encoding.hpp"

namespace subvention::io {

std::string_view to_string(DocumentFormat f) noexcept {
    switch (f) {
    case DocumentFormat::docx:
        return "docx";
    case DocumentFormat::odt:
        return "odt";
    case DocumentFormat::pdf:
        return "pdf";
    case DocumentFormat::text:
        break;
    }
    return "text";
}

std::string_view describe(DocumentFormat f) noexcept {
    switch (f) {
    case DocumentFormat::docx:
        return "document Word (DOCX)";
    case DocumentFormat::odt:
        return "document OpenDocument (ODT)";
    case DocumentFormat::pdf:
        return "PDF";
    case DocumentFormat::text:
        break;
    }
    return "texte";
}

DocumentFormat detect_document_format(std::string_view bytes) noexcept {
    // The PDF signature may follow a few bytes of junk, as the extraction admits it.
    switch (binary_format(bytes, 1024)) {
    case BinaryFormat::pdf:
        return DocumentFormat::pdf;
    case BinaryFormat::zip:
        break;
    default:
        return DocumentFormat::text;
    }
    try {
        auto z = documents::ZipArchive::try_open(bytes);
        if (!z)
            return DocumentFormat::text;
        if (z->has("word/document.xml"))
            return DocumentFormat::docx;
        // ODF 1.3 part 2 §3.3: the first entry, stored, holding the media type.
        if (const auto m = z->read_small("mimetype", 256);
            m && *m == "application/vnd.oasis.opendocument.text")
            return DocumentFormat::odt;
    } catch (const std::bad_alloc&) {
        // Detection without memory: the extraction's own reading reports the archive.
    }
    return DocumentFormat::text;
}

Result<DocumentText> read_document(std::string_view bytes, std::string_view name,
                                   const DocumentOptions& options) {
    switch (detect_document_format(bytes)) {
    case DocumentFormat::docx:
        return read_docx(bytes, name, options);
    case DocumentFormat::odt:
        return read_odt(bytes, name, options);
    case DocumentFormat::pdf:
        return read_pdf(bytes, name, options);
    case DocumentFormat::text:
        break;
    }
    // A ZIP archive that is neither: say why rather than leave it to the text reader.
    if (binary_format(bytes, 0) == BinaryFormat::zip) {
        auto z = documents::ZipArchive::open(bytes, name, options);
        if (!z)
            return z.error();
        return documents::document_error(
            ErrorKind::format, name,
            "archive ZIP qui n'est ni un document Word (pas d'entrée word/document.xml) ni un "
            "texte OpenDocument (pas d'entrée mimetype « application/vnd.oasis.opendocument.text "
            "») : tableur, présentation ? Enregistrez le document en .docx, .odt ou PDF");
    }
    DocumentText t;
    t.text.assign(bytes);
    return t;
}

} // namespace subvention::io

namespace subvention::io::documents {

// ---------------------------------------------------------------------------------------------
// TextBuilder

namespace {
std::uint32_t code_points(std::string_view s) noexcept {
    std::uint32_t n = 0;
    for (const char c : s)
        if ((static_cast<unsigned char>(c) & 0xC0U) != 0x80U)
            ++n;
    return n;
}
} // namespace

void TextBuilder::new_line(LineOrigin o) {
    if (!lines_.empty())
        put("\n");
    lines_.push_back(o);
}

void TextBuilder::put(std::string_view s) {
    if (overflow_)
        return;
    if (text_.size() + s.size() > max_bytes_) {
        overflow_ = true;
        return;
    }
    text_.append(s);
}

std::uint32_t TextBuilder::begin_paragraph(LineOrigin where) {
    // An empty line between paragraphs, as a blank line separates printed paragraphs in
    // pdftotext's output: the extraction reads consecutive lines as one block.
    if (!lines_.empty())
        new_line(LineOrigin{});
    where.paragraph = ++paragraphs_;
    where.first_char = 0;
    new_line(where);
    chars_ = 0;
    open_ = true;
    space_pending_ = false;
    return where.paragraph;
}

void TextBuilder::label(std::string_view utf8) {
    if (lines_.empty() || utf8.empty())
        return;
    put(utf8);
    lines_.back().label_bytes += static_cast<std::uint32_t>(utf8.size());
}

void TextBuilder::append(std::string_view utf8) {
    if (!open_)
        begin_paragraph(origin());
    // XML parsers pass the bytes of a UTF-8 document as they are: invalid ones are replaced,
    // so that the text is UTF-8 whatever the file holds.
    std::string clean;
    clean.reserve(utf8.size());
    const char* p = utf8.data();
    const char* e = p + utf8.size();
    while (p < e) {
        const char c = *p;
        if (static_cast<unsigned char>(c) < 0x80) {
            clean += c == '\n' || c == '\r' || c == '\f' || c == '\v' ? ' ' : c;
            ++p;
            continue;
        }
        const std::ptrdiff_t n = utf8_length(p, e);
        if (n <= 0) {
            clean += "\xEF\xBF\xBD";
            ++p;
        } else {
            clean.append(p, static_cast<std::size_t>(n));
            p += n;
        }
    }
    put(clean);
    chars_ += code_points(clean);
}

void TextBuilder::append_collapsed(std::string_view utf8) {
    std::size_t i = 0;
    while (i < utf8.size()) {
        const char c = utf8[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            space_pending_ = chars_ != 0 || space_pending_;
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < utf8.size() && utf8[j] != ' ' && utf8[j] != '\t' && utf8[j] != '\n' &&
               utf8[j] != '\r')
            ++j;
        if (space_pending_ && chars_ != 0)
            append(" ");
        space_pending_ = false;
        append(utf8.substr(i, j - i));
        i = j;
    }
}

void TextBuilder::line_break() {
    if (!open_)
        begin_paragraph(origin());
    ++chars_; // the break is a character of the paragraph
    LineOrigin o = lines_.back();
    o.first_char = chars_;
    new_line(o);
    space_pending_ = false;
}

DocumentText TextBuilder::finish(DocumentFormat format) && {
    DocumentText t;
    t.format = format;
    t.text = std::move(text_);
    t.lines = std::move(lines_);
    return t;
}

std::string shorten(std::string_view s, std::size_t max) {
    std::string flat(s);
    std::replace_if(
        flat.begin(), flat.end(), [](char c) { return c == '\n' || c == '\r' || c == '\t'; }, ' ');
    return excerpt(flat, max);
}

Error document_error(ErrorKind kind, std::string_view name, std::string message) {
    return make_error(kind, name, "", std::move(message));
}

// ---------------------------------------------------------------------------------------------
// ZipArchive

void ZipArchive::Close::operator()(zip* z) const noexcept {
    zip_discard(z); // read-only: nothing to write back
}

namespace {
zip* open_zip(std::string_view bytes, zip_error_t& error) {
    zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    if (src == nullptr)
        return nullptr;
    zip* z = zip_open_from_source(src, ZIP_RDONLY, &error);
    if (z == nullptr)
        zip_source_free(src);
    return z;
}
} // namespace

Result<ZipArchive> ZipArchive::open(std::string_view bytes, std::string_view name,
                                    const DocumentOptions& options) {
    zip_error_t error;
    zip_error_init(&error);
    zip* z = open_zip(bytes, error);
    if (z == nullptr) {
        std::string why = zip_error_strerror(&error);
        zip_error_fini(&error);
        return document_error(ErrorKind::format, name, "archive ZIP illisible : " + why);
    }
    zip_error_fini(&error);
    ZipArchive a(z, std::string(name), options.max_uncompressed_bytes);
    const zip_int64_t n = zip_get_num_entries(z, 0);
    if (n < 0 || static_cast<std::uint64_t>(n) > options.max_entries)
        return document_error(ErrorKind::length, name,
                              "archive ZIP de " + std::to_string(n) + " entrées : plus que la " +
                                  "limite de " + std::to_string(options.max_entries) + " entrées");
    return a;
}

std::optional<ZipArchive> ZipArchive::try_open(std::string_view bytes) {
    zip_error_t error;
    zip_error_init(&error);
    zip* z = open_zip(bytes, error);
    zip_error_fini(&error);
    if (z == nullptr)
        return std::nullopt;
    return ZipArchive(z, {}, 0);
}

bool ZipArchive::has(const char* entry) const {
    return zip_name_locate(zip_.get(), entry, 0) >= 0;
}

Result<std::string> ZipArchive::read(const char* entry) {
    const auto fail = [&](ErrorKind kind, std::string why) {
        return document_error(kind, name_, "entrée " + std::string(entry) + " : " + why);
    };
    const zip_int64_t index = zip_name_locate(zip_.get(), entry, 0);
    if (index < 0)
        return fail(ErrorKind::format, "absente de l'archive");
    const auto limit = [&] {
        return fail(ErrorKind::length,
                    "décompressée, plus de " + describe_size(budget_) +
                        " (limite de la taille décompressée du document, pour toutes ses "
                        "entrées lues : archive piégée ou document hors norme)");
    };
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(zip_.get(), static_cast<zip_uint64_t>(index), 0, &st) == 0 &&
        (st.valid & ZIP_STAT_SIZE) != 0 && st.size > budget_)
        return limit(); // the declared size: refused before decompressing anything
    zip_file_t* f = zip_fopen_index(zip_.get(), static_cast<zip_uint64_t>(index), 0);
    if (f == nullptr)
        return fail(ErrorKind::format,
                    std::string("illisible : ") + zip_error_strerror(zip_get_error(zip_.get())));
    std::string out;
    std::array<char, 65536> buf{};
    for (;;) {
        const zip_int64_t got = zip_fread(f, buf.data(), buf.size());
        if (got < 0) {
            std::string why = zip_error_strerror(zip_file_get_error(f));
            zip_fclose(f);
            return fail(ErrorKind::format, "données corrompues : " + why);
        }
        if (got == 0)
            break;
        // The declared size may lie: the bytes actually decompressed are counted.
        if (static_cast<std::uint64_t>(got) > budget_) {
            zip_fclose(f);
            return limit();
        }
        budget_ -= static_cast<std::uint64_t>(got);
        out.append(buf.data(), static_cast<std::size_t>(got));
    }
    zip_fclose(f);
    return out;
}

std::optional<std::string> ZipArchive::read_small(const char* entry, std::uint64_t max) {
    budget_ = max;
    auto r = read(entry);
    if (!r)
        return std::nullopt;
    return std::move(r).value();
}

// ---------------------------------------------------------------------------------------------
// XML

Result<std::unique_ptr<pugi::xml_document>> read_xml_entry(ZipArchive& zip, std::string_view name,
                                                           const char* entry) {
    auto xml = zip.read(entry);
    if (!xml)
        return xml.error();
    return parse_xml(*xml, name, entry);
}

Result<std::unique_ptr<pugi::xml_document>> parse_xml(const std::string& bytes,
                                                      std::string_view name, const char* entry) {
    auto doc = std::make_unique<pugi::xml_document>();
    const pugi::xml_parse_result r =
        doc->load_buffer(bytes.data(), bytes.size(), pugi::parse_default | pugi::parse_ws_pcdata);
    if (!r) {
        const auto at = static_cast<std::size_t>(std::max<std::ptrdiff_t>(r.offset, 0));
        const auto line =
            1 + std::count(bytes.begin(),
                           bytes.begin() + static_cast<std::ptrdiff_t>(std::min(at, bytes.size())),
                           '\n');
        return document_error(ErrorKind::format, name,
                              "entrée " + std::string(entry) + " : XML mal formé, ligne " +
                                  std::to_string(line) + " (octet " + std::to_string(at) +
                                  ") : " + r.description());
    }
    return doc;
}

Error too_deep(std::string_view name, const char* entry, std::uint32_t max_depth) {
    return document_error(ErrorKind::length, name,
                          "entrée " + std::string(entry) +
                              " : éléments XML imbriqués sur plus de " + std::to_string(max_depth) +
                              " niveaux (limite de lecture)");
}

std::optional<std::uint32_t> parse_count(std::string_view value) noexcept {
    if (value.empty() || value.size() > 9)
        return std::nullopt;
    std::uint32_t n = 0;
    for (const char c : value) {
        if (c < '0' || c > '9')
            return std::nullopt;
        n = n * 10 + static_cast<std::uint32_t>(c - '0');
    }
    return n;
}

std::string format_number(std::uint32_t n, std::string_view format) {
    if (format == "a" || format == "A") {
        // a … z, aa … zz (as word processors letter lists)
        if (n == 0)
            return "0";
        const char base = format == "a" ? 'a' : 'A';
        const std::uint32_t letter = (n - 1) % 26;
        const std::uint32_t times = std::min<std::uint32_t>((n - 1) / 26 + 1, 8);
        return std::string(times, static_cast<char>(base + static_cast<char>(letter)));
    }
    if (format == "i" || format == "I") {
        if (n == 0 || n >= 4000)
            return std::to_string(n);
        static constexpr std::array<std::pair<std::uint32_t, const char*>, 13> table{{{1000, "m"},
                                                                                      {900, "cm"},
                                                                                      {500, "d"},
                                                                                      {400, "cd"},
                                                                                      {100, "c"},
                                                                                      {90, "xc"},
                                                                                      {50, "l"},
                                                                                      {40, "xl"},
                                                                                      {10, "x"},
                                                                                      {9, "ix"},
                                                                                      {5, "v"},
                                                                                      {4, "iv"},
                                                                                      {1, "i"}}};
        std::string out;
        for (const auto& [v, s] : table)
            while (n >= v) {
                out += s;
                n -= v;
            }
        if (format == "I")
            std::transform(out.begin(), out.end(), out.begin(),
                           [](char c) { return static_cast<char>(c - 'a' + 'A'); });
        return out;
    }
    if (format.empty())
        return {};
    return std::to_string(n);
}

} // namespace subvention::io::documents
