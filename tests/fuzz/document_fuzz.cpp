// SPDX-License-Identifier: Apache-2.0
// Fuzz target: the document readers (io/document_file.hpp), in-process. The first byte chooses
// what the rest is (one target for the three readers: each target is one more sanitized link):
//   0: a whole file given to read_document (ZIP archives through libzip, or anything else);
//   1: word/document.xml of a Word file, 2: content.xml of an OpenDocument text (each put in a
//      ZIP archive made here with libzip, so that the fuzzer works on the XML);
//   3: the output of pdftotext, given to pdf_text_from_output (no process is run).
// A reader never crashes nor throws; it returns an error, or UTF-8 text whose line map has one
// origin per line, and the extraction of that text gives places inside the map.
#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>
#include <zip.h>

#include <subvention/io/document_file.hpp>
#include <subvention/text/extract.hpp>

namespace {

/// An archive holding `entries`, stored, built in memory with libzip.
std::string archive(const std::vector<std::pair<const char*, std::string_view>>& entries) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* src = zip_source_buffer_create(nullptr, 0, 0, &error);
    zip_source_keep(src);
    zip_t* z = zip_open_from_source(src, ZIP_TRUNCATE, &error);
    for (const auto& [name, content] : entries) {
        zip_source_t* s = zip_source_buffer(z, content.data(), content.size(), 0);
        const zip_int64_t i = zip_file_add(z, name, s, 0);
        zip_set_file_compression(z, static_cast<zip_uint64_t>(i), ZIP_CM_STORE, 0);
    }
    zip_close(z);
    std::string out;
    if (zip_source_open(src) == 0) {
        zip_source_seek(src, 0, SEEK_END);
        out.resize(static_cast<std::size_t>(zip_source_tell(src)));
        zip_source_seek(src, 0, SEEK_SET);
        zip_source_read(src, out.data(), out.size());
        zip_source_close(src);
    }
    zip_source_free(src);
    zip_error_fini(&error);
    return out;
}

bool valid_utf8(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        const auto b = static_cast<unsigned char>(s[i]);
        const std::size_t n = b < 0x80         ? 1
                              : (b >> 5) == 6  ? 2
                              : (b >> 4) == 14 ? 3
                              : (b >> 3) == 30 ? 4
                                               : 0;
        if (n == 0 || i + n > s.size())
            return false;
        for (std::size_t k = 1; k < n; ++k)
            if ((static_cast<unsigned char>(s[i + k]) & 0xC0U) != 0x80U)
                return false;
        i += n;
    }
    return true;
}

void check(const subvention::io::DocumentText& d) {
    using subvention::io::DocumentFormat;
    if (d.format == DocumentFormat::text)
        return;
    std::size_t lines = 1;
    for (const char c : d.text)
        lines += c == '\n' ? 1 : 0;
    if (!valid_utf8(d.text) || lines != d.lines.size())
        throw std::logic_error("document text: not UTF-8, or a line map of the wrong size");
    const std::vector<subvention::io::DocumentText> files{d};
    const auto x = subvention::text::extract(std::span<const subvention::io::DocumentText>(files));
    for (const auto& s : x.spans) {
        if (!s.place || s.place->file != 1)
            throw std::logic_error("a span of a document without its place");
        if (s.place->last_char != 0 && s.place->last_char < s.place->first_char)
            throw std::logic_error("a place ending before it starts");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0)
        return 0;
    const std::string_view rest(reinterpret_cast<const char*>(data) + 1, size - 1);
    subvention::io::DocumentOptions o;
    o.pdftotext = "/nonexistent/pdftotext"; // a fuzzer runs no program
    o.max_uncompressed_bytes = std::uint64_t{4} << 20;
    switch (data[0] % 4) {
    case 0:
        if (auto d = subvention::io::read_document(rest, "fuzz", o))
            check(*d);
        break;
    case 1:
        if (auto d = subvention::io::read_docx(archive({{"word/document.xml", rest}}), "fuzz", o))
            check(*d);
        break;
    case 2:
        if (auto d = subvention::io::read_odt(
                archive({{"mimetype", "application/vnd.oasis.opendocument.text"},
                         {"content.xml", rest}}),
                "fuzz", o))
            check(*d);
        break;
    default:
        check(subvention::io::pdf_text_from_output(rest));
        break;
    }
    return 0;
}
