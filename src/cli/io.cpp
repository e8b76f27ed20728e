// SPDX-License-Identifier: Apache-2.0
// Inputs and outputs of the `subvention` program: bounded reads, checked writes, atomic output
// files, decimal integer options and bounded standard-input lines (see cli.hpp).
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <limits>
#include <string>
#include <sys/stat.h>
#include <system_error>
#include <unistd.h>
#include <utility>

#include <subvention/io/json.hpp>

#include "cli.hpp"

namespace subvention::cli {

io::ReadLimits& input_limits() {
    static io::ReadLimits limits;
    return limits;
}

void add_input_limit_option(CLI::App& cmd) {
    cmd.add_option_function<std::string>(
           "--max-input-size",
           [](const std::string& text) {
               const auto size = io::parse_size(text);
               if (!size)
                   throw CLI::ValidationError("--max-input-size", size.error().describe());
               input_limits().max_bytes = *size;
           },
           "Taille maximale d'un fichier lu en entier (défaut : " +
               io::describe_size(io::default_max_input_bytes) + " ; ex. 256M, 1G)")
        ->type_name("TAILLE");
}

void add_cpc642_flag(CLI::App& cmd, bool& cpc642) {
    cmd.add_flag("--cpc642,!--no-cpc642", cpc642,
                 "Reporter au premier jour ouvrable suivant l'échéance du bilan final ou du "
                 "compte rendu financier tombant un samedi, un dimanche ou un jour férié (CPC "
                 "art. 642) ; par défaut, la date stipulée est retenue, l'application de cet "
                 "article à un délai contractuel n'étant pas établie");
}

std::optional<std::string> read_input(std::string_view command, const std::string& path) {
    // « - » is standard input, read with the same limit as a pipe.
    auto text = io::read_file(path == "-" ? "/dev/stdin" : path, input_limits());
    if (!text) {
        std::cerr << "subvention " << command << " : "
                  << (path == "-" ? std::string("entrée standard") : printable(path)) << " : "
                  << text.error().message << '\n';
        return std::nullopt;
    }
    return std::move(text).value();
}

std::optional<std::vector<io::DocumentText>> read_documents(std::string_view command,
                                                            const std::vector<std::string>& paths) {
    std::vector<io::DocumentText> out;
    out.reserve(paths.size());
    for (const auto& path : paths) {
        auto bytes = read_input(command, path);
        if (!bytes)
            return std::nullopt;
        const std::string name = path == "-" ? std::string("entrée standard") : printable(path);
        auto doc = io::read_document(*bytes, name);
        if (!doc) {
            std::cerr << "subvention " << command << " : " << name << " : " << doc.error().message
                      << '\n';
            return std::nullopt;
        }
        out.push_back(std::move(doc).value());
    }
    return out;
}

std::string read_as(const io::DocumentText& d) {
    if (d.format == io::DocumentFormat::text)
        return {};
    std::string out = "lu comme " + std::string(io::describe(d.format)) + ", ";
    if (d.format == io::DocumentFormat::pdf)
        return out + std::to_string(d.pages) + (d.pages > 1 ? " pages" : " page");
    const std::uint32_t paragraphs = d.lines.empty() ? 0 : d.lines.back().paragraph;
    return out + std::to_string(paragraphs) + (paragraphs > 1 ? " paragraphes" : " paragraphe");
}

std::istream* open_input_stream(std::string_view command, const std::string& path,
                                std::ifstream& file) {
    if (path == "-")
        return &std::cin;
    const auto fail = [&](const char* why) -> std::istream* {
        std::cerr << "subvention " << command << " : " << printable(path) << " : " << why << '\n';
        return nullptr;
    };
    std::error_code ec;
    const auto type = std::filesystem::status(path, ec).type();
    if (type == std::filesystem::file_type::not_found)
        return fail("fichier introuvable");
    if (type == std::filesystem::file_type::directory)
        return fail("est un répertoire : un fichier est attendu");
    file.open(path, std::ios::binary);
    if (!file)
        return fail("fichier illisible (droits d'accès ?)");
    return &file;
}

std::optional<Dossier> read_dossier(std::string_view command, const std::string& path) {
    const auto text = read_input(command, path);
    if (!text)
        return std::nullopt;
    auto dossier = io::dossier_from_json(*text);
    if (!dossier) {
        std::cerr << "subvention " << command << " : " << printable(path) << " : "
                  << dossier.error().describe() << '\n';
        return std::nullopt;
    }
    return std::move(dossier).value();
}

namespace {

/// Whether `a` and `b` name the same existing file (hard links and symbolic links included).
bool same_file(const std::filesystem::path& a, const std::filesystem::path& b) {
    std::error_code ec;
    return std::filesystem::equivalent(a, b, ec) && !ec;
}

bool write_all(int fd, std::string_view data) {
    while (!data.empty()) {
        const ssize_t n = ::write(fd, data.data(), data.size());
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        data.remove_prefix(static_cast<std::size_t>(n));
    }
    return true;
}

} // namespace

bool write_output_file(std::string_view command, const std::string& path, std::string_view payload,
                       const std::vector<std::string>& inputs) {
    const auto fail = [&](const std::string& why) {
        std::cerr << "subvention " << command << " : " << printable(path) << " : " << why << '\n';
        return false;
    };
    for (const auto& in : inputs)
        if (same_file(path, in))
            return fail("est aussi un fichier d'entrée : il ne sera pas écrasé (choisissez un "
                        "autre fichier de sortie)");
    // Write beside the target (a symbolic link is followed), then rename: the target is either
    // left as it was or replaced whole, never truncated by a failed write.
    std::error_code ec;
    std::filesystem::path target = std::filesystem::weakly_canonical(path, ec);
    if (ec)
        target = path;
    const auto type = std::filesystem::status(target, ec).type();
    if (type == std::filesystem::file_type::directory)
        return fail("est un répertoire : un fichier est attendu");
    if (type != std::filesystem::file_type::not_found &&
        type != std::filesystem::file_type::regular) {
        // A device or a pipe (/dev/stdout, a FIFO) is written in place: it cannot be replaced.
        const int fd = ::open(target.c_str(), O_WRONLY | O_CLOEXEC);
        const bool ok = fd >= 0 && write_all(fd, payload);
        const int why = errno;
        if (fd >= 0 && ::close(fd) != 0 && ok)
            return fail(std::string("écriture impossible : ") + std::strerror(errno));
        if (!ok)
            return fail(std::string("écriture impossible : ") + std::strerror(why));
        return true;
    }
    std::string temp =
        (target.parent_path() / ("." + target.filename().string() + ".XXXXXX")).string();
    const int fd = ::mkstemp(temp.data());
    if (fd < 0)
        return fail(std::string("écriture impossible : ") + std::strerror(errno));
    const mode_t mask = ::umask(0);
    ::umask(mask);
    const bool ok = ::fchmod(fd, 0666 & ~mask) == 0 && write_all(fd, payload) && ::fsync(fd) == 0;
    const int saved = errno;
    const bool closed = ::close(fd) == 0;
    if (!ok || !closed || std::rename(temp.c_str(), target.c_str()) != 0) {
        const int why = ok && closed ? errno : saved;
        std::filesystem::remove(temp, ec);
        return fail(std::string("écriture impossible : ") + std::strerror(why) +
                    " (le fichier n'a pas été modifié)");
    }
    return true;
}

bool flush_stdout() {
    std::cout.flush();
    errno = 0;
    const bool ok = std::cout.good() && std::fflush(stdout) == 0 && std::ferror(stdout) == 0;
    if (!ok) {
        const int why = errno;
        std::cerr << "subvention : erreur : écriture impossible sur la sortie standard"
                  << (why != 0 ? std::string(" (") + std::strerror(why) + ")" : std::string())
                  << " : la sortie est incomplète\n";
    }
    return ok;
}

CLI::Validator decimal_integer() {
    return CLI::Validator(
        [](std::string& value) -> std::string {
            const std::size_t sign = !value.empty() && value[0] == '-' ? 1 : 0;
            const std::string_view digits = std::string_view(value).substr(sign);
            if (digits.empty() || !std::all_of(digits.begin(), digits.end(),
                                               [](char c) { return c >= '0' && c <= '9'; }))
                return "« " + value + " » : un nombre entier en chiffres décimaux est attendu";
            // CLI11 reads « 012 » as octal and « 0x10 » as hexadecimal: strip the leading zeros
            // so that what the user wrote is what is counted.
            const std::size_t first = std::min(digits.find_first_not_of('0'), digits.size() - 1);
            value = std::string(sign ? "-" : "") + std::string(digits.substr(first));
            return {};
        },
        "ENTIER", "decimal_integer");
}

LineReader::LineReader(int fd, std::size_t max_line)
    : fd_(fd)
    , max_line_(max_line)
    , buffer_(std::size_t{256} << 10) {}

LineReader::Status LineReader::next(std::string_view& line) {
    for (;;) {
        const char* const base = buffer_.data();
        if (const void* nl = std::memchr(base + begin_, '\n', end_ - begin_)) {
            const auto at = static_cast<std::size_t>(static_cast<const char*>(nl) - base);
            line = std::string_view(base + begin_, at - begin_);
            begin_ = at + 1;
            ++number_;
            if (std::exchange(skipping_, false))
                continue; // the end of a line already refused
            if (line.size() > max_line_)
                return Status::too_long;
            if (!line.empty() && line.back() == '\r')
                line.remove_suffix(1);
            return Status::line;
        }
        if (end_ - begin_ > max_line_) { // no newline within the limit: refused, then dropped
            begin_ = end_;
            if (!std::exchange(skipping_, true))
                return Status::too_long; // number() + 1 is its number
        }
        if (begin_ == end_)
            begin_ = end_ = 0;
        else if (begin_ > 0) { // keep the start of the current line, read after it
            std::memmove(buffer_.data(), base + begin_, end_ - begin_);
            end_ -= begin_;
            begin_ = 0;
        }
        if (end_ == buffer_.size()) // a long line: the buffer grows up to the limit, no further
            buffer_.resize(std::max(buffer_.size(), std::min(max_line_ + 1, 2 * buffer_.size())));
        if (eof_)
            return Status::end;
        const ssize_t n = ::read(fd_, buffer_.data() + end_, buffer_.size() - end_);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            error_ = errno;
            return Status::error;
        }
        if (n == 0) { // end of input: a last line without newline still counts
            eof_ = true;
            if (end_ > begin_) {
                line = std::string_view(buffer_.data() + begin_, end_ - begin_);
                begin_ = end_;
                ++number_;
                if (std::exchange(skipping_, false))
                    return Status::end;
                if (!line.empty() && line.back() == '\r')
                    line.remove_suffix(1);
                return Status::line;
            }
            return Status::end;
        }
        end_ += static_cast<std::size_t>(n);
    }
}

int for_each_input(const std::vector<std::string>& values,
                   const std::function<bool(std::string_view)>& one, std::string_view command) {
    bool all_ok = true;
    if (!values.empty()) {
        for (const auto& v : values)
            all_ok = one(v) && all_ok;
        return all_ok ? exit_ok : exit_invalid;
    }
    // Constant memory whatever the input: a line longer than max_line_bytes is refused with its
    // number and skipped without being held.
    LineReader lines(STDIN_FILENO, max_line_bytes);
    std::string_view line;
    for (;;) {
        const auto status = lines.next(line);
        if (status == LineReader::Status::end)
            break;
        if (status == LineReader::Status::error) {
            std::cerr << "subvention " << command << " : entrée standard : erreur de lecture ("
                      << std::strerror(lines.error_code()) << ")\n";
            return exit_usage;
        }
        if (status == LineReader::Status::too_long) {
            std::cerr << "subvention " << command << " : entrée standard, ligne "
                      << lines.line_number() << " : ligne de plus de "
                      << io::describe_size(max_line_bytes) << ", ignorée\n";
            all_ok = false;
            continue;
        }
        // Blank lines separate nothing and ask nothing: skipped, as a trailing one is.
        if (line.find_first_not_of(" \t") != std::string_view::npos)
            all_ok = one(line) && all_ok;
    }
    return all_ok ? exit_ok : exit_invalid;
}

void append_json_string(std::string& out, std::string_view s) {
    // Printable ASCII without « " » or « \ » is written as is; anything else (escapes, UTF-8,
    // invalid bytes replaced) goes through the JSON library, so the bytes are write_jsonl()'s.
    const bool plain = std::all_of(
        s.begin(), s.end(), [](char c) { return c >= 0x20 && c < 0x7F && c != '"' && c != '\\'; });
    if (plain) {
        out += '"';
        out += s;
        out += '"';
    } else
        out += Json(std::string(s)).dump(-1, ' ', false, Json::error_handler_t::replace);
}

} // namespace subvention::cli
