// SPDX-License-Identifier: Apache-2.0
// Bounded whole-file reading (include/subvention/io/input.hpp).
#include <algorithm>
#include <array>
#include <cctype>
#include <fstream>
#include <new>
#include <system_error>

#include <subvention/io/input.hpp>

namespace subvention::io {

std::string describe_size(std::uint64_t bytes) {
    static constexpr std::array<const char*, 4> units{"Kio", "Mio", "Gio", "Tio"};
    if (bytes < 1024)
        return std::to_string(bytes) + (bytes < 2 ? " octet" : " octets");
    std::uint64_t unit = 1024;
    std::size_t i = 0;
    while (i + 1 < units.size() && bytes >= unit * 1024) {
        unit *= 1024;
        ++i;
    }
    // One decimal, French comma, dropped when it is zero (« 64 Mio », « 1,5 Gio »).
    const std::uint64_t tenths = (bytes * 10 + unit / 2) / unit;
    // append, not "," + std::string: GCC 12 -O3 false -Wstringop-overflow (GCC bug 105651)
    std::string out = std::to_string(tenths / 10);
    if (tenths % 10 != 0)
        out.append(",").append(std::to_string(tenths % 10));
    return out.append("\u00A0").append(units[i]);
}

Result<std::uint64_t> parse_size(std::string_view text) {
    const auto fail = [&](std::string why) {
        return make_error(ErrorKind::format, "taille", text, std::move(why));
    };
    std::size_t i = 0;
    std::uint64_t n = 0;
    constexpr std::uint64_t max = std::uint64_t{1} << 40;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
        n = n * 10 + static_cast<std::uint64_t>(text[i] - '0');
        if (n > max)
            return fail("taille supérieure à 1 Tio");
        ++i;
    }
    if (i == 0)
        return fail("un nombre d'octets est attendu, éventuellement suivi de K, M ou G "
                    "(« 64M », « 1G »)");
    std::string suffix;
    for (; i < text.size(); ++i)
        suffix += static_cast<char>(std::tolower(static_cast<unsigned char>(text[i])));
    std::uint64_t unit = 1;
    if (!suffix.empty()) {
        const char u = suffix[0];
        unit = u == 'k' ? 1024 : u == 'm' ? 1024 * 1024 : u == 'g' ? 1024 * 1024 * 1024 : 0;
        const std::string_view rest = std::string_view(suffix).substr(1);
        if (unit == 0 ||
            !(rest.empty() || rest == "b" || rest == "ib" || rest == "io" || rest == "o"))
            return fail("unité inconnue : K, M ou G (multiples de 1 024) sont permis");
    }
    if (n == 0)
        return fail("la taille doit être positive");
    if (n > max / unit)
        return fail("taille supérieure à 1 Tio");
    return n * unit;
}

Result<std::string> read_file(const std::filesystem::path& file, const ReadLimits& limits) {
    const std::string name = file.string();
    const auto fail = [&](ErrorKind kind, std::string why) {
        return make_error(kind, name, "", std::move(why));
    };
    std::error_code ec;
    const auto status = std::filesystem::status(file, ec);
    if (status.type() == std::filesystem::file_type::not_found)
        return fail(ErrorKind::empty, "fichier introuvable");
    if (status.type() == std::filesystem::file_type::directory)
        return fail(ErrorKind::empty, "est un répertoire : un fichier est attendu");
    const auto too_large = [&] {
        return fail(ErrorKind::length, "fichier trop volumineux : plus de " +
                                           describe_size(limits.max_bytes) +
                                           " (limite de lecture ; --max-input-size la relève)");
    };
    std::uint64_t expected = 0;
    if (status.type() == std::filesystem::file_type::regular) {
        expected = std::filesystem::file_size(file, ec);
        if (!ec && expected > limits.max_bytes)
            return too_large();
    }
    std::ifstream in(file, std::ios::binary);
    if (!in)
        return fail(ErrorKind::empty, "fichier illisible (droits d'accès ?)");
    std::string out;
    try {
        out.reserve(static_cast<std::size_t>(std::min(expected, limits.max_bytes)));
        // Pipes and devices have no size: read by blocks and stop one byte past the limit.
        constexpr std::size_t block = std::size_t{1} << 20;
        std::string chunk(block, '\0');
        while (in) {
            const std::uint64_t room = limits.max_bytes + 1 - out.size();
            const auto want = static_cast<std::streamsize>(std::min<std::uint64_t>(block, room));
            in.read(chunk.data(), want);
            const auto got = static_cast<std::size_t>(in.gcount());
            out.append(chunk, 0, got);
            if (out.size() > limits.max_bytes)
                return too_large();
            if (got == 0)
                break;
        }
    } catch (const std::bad_alloc&) {
        return fail(ErrorKind::overflow, "mémoire insuffisante pour lire le fichier (" +
                                             describe_size(out.size()) + " lus)");
    }
    if (in.bad() || !in.eof())
        return fail(ErrorKind::empty, "erreur de lecture du fichier");
    return out;
}

} // namespace subvention::io
