// SPDX-License-Identifier: Apache-2.0
// PDF files: their text as poppler's pdftotext prints it (`pdftotext -layout -enc UTF-8 - -`,
// the PDF on its standard input), run as a separate program — poppler is GPL and is never linked —
// through posix_spawn, without a shell. The PDF is handed over in an anonymous memory file (memfd),
// so that nothing is written to disk and no pipe has to be fed while the output is read; the output
// is bounded (the program is killed past the limit) and so is the time.
//
// -layout: in its default mode pdftotext joins a line ending with a hyphen to the next one and
// drops the hyphen, which turns « Jean-⏎Louis » into « JeanLouis » and « Pas-de-⏎Calais » into
// « Pas-deCalais »; in layout mode lines are kept as printed (the extraction judges the
// hyphens, see join_wrapped in src/text/extract.cpp) and table rows stay on one line.
#include <array>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <string>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>
#include <utility>
#include <vector>

#include <subvention/io/document_file.hpp>
#include <subvention/io/input.hpp>

#include "io/documents/document_internal.hpp"
#include "io/encoding.hpp"

extern char** environ; // NOLINT: POSIX, for posix_spawn

namespace subvention::io {

namespace pdf {
namespace {

/// A file descriptor closed when it goes out of scope.
class Fd {
public:
    Fd() = default;
    explicit Fd(int fd) noexcept
        : fd_(fd) {}
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
    ~Fd() { reset(); }
    void reset() noexcept {
        if (fd_ >= 0)
            ::close(fd_);
        fd_ = -1;
    }
    [[nodiscard]] int get() const noexcept { return fd_; }
    int* out() noexcept { return &fd_; }

private:
    int fd_ = -1;
};

struct Pipe {
    Fd read, write;
};

bool make_pipe(Pipe& p) {
    std::array<int, 2> fds{-1, -1};
    if (::pipe2(fds.data(), O_CLOEXEC) != 0)
        return false;
    *p.read.out() = fds[0];
    *p.write.out() = fds[1];
    return true;
}

/// pdftotext's message, on one line, shortened.
std::string message_of(std::string_view err) {
    std::string line;
    for (const char c : err) {
        if (c == '\n' || c == '\r') {
            if (!line.empty() && line.back() != ' ')
                line += line.back() == '.' ? " " : " ; ";
            continue;
        }
        line += c;
    }
    while (!line.empty() && (line.back() == ' ' || line.back() == ';'))
        line.pop_back();
    return documents::shorten(line, 300);
}

/// Waits for the end of `pid` until `deadline`, then kills its process group; its status, and
/// whether it had to be killed.
std::pair<int, bool> wait_for(pid_t pid, std::chrono::steady_clock::time_point deadline) {
    int status = 0;
    for (;;) {
        const pid_t r = ::waitpid(pid, &status, WNOHANG);
        if (r == pid)
            return {status, false};
        if (r < 0 && errno != EINTR)
            return {status, false};
        if (std::chrono::steady_clock::now() >= deadline)
            break;
        ::usleep(5000); // it closed its output: its end is near
    }
    ::kill(-pid, SIGKILL);
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    return {status, true};
}

} // namespace

/// Runs pdftotext on `bytes`; its standard output, or an error naming the file.
Result<std::string> run_pdftotext(std::string_view bytes, std::string_view name,
                                  const DocumentOptions& options) {
    using documents::document_error;
    const auto system_error = [&](const char* what) {
        return document_error(ErrorKind::empty, name,
                              std::string(what) + " : " + std::strerror(errno));
    };
    Fd input(::memfd_create("subvention-pdf", MFD_CLOEXEC));
    if (input.get() < 0)
        return system_error("impossible de préparer le PDF pour pdftotext (memfd_create)");
    for (std::size_t done = 0; done < bytes.size();) {
        const ssize_t n = ::write(input.get(), bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return system_error("impossible de préparer le PDF pour pdftotext (écriture)");
        done += static_cast<std::size_t>(n);
    }
    if (::lseek(input.get(), 0, SEEK_SET) != 0)
        return system_error("impossible de préparer le PDF pour pdftotext (lseek)");
    Pipe out, err;
    if (!make_pipe(out) || !make_pipe(err))
        return system_error("impossible de créer les tubes vers pdftotext");

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, input.get(), 0);
    posix_spawn_file_actions_adddup2(&actions, out.write.get(), 1);
    posix_spawn_file_actions_adddup2(&actions, err.write.get(), 2);
    posix_spawnattr_t attr;
    posix_spawnattr_init(&attr);
    // A process group of its own, so that a timeout kills whatever it started.
    posix_spawnattr_setpgroup(&attr, 0);
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETPGROUP);
    std::string program = options.pdftotext;
    std::array<std::string, 5> args{"-layout", "-enc", "UTF-8", "-", "-"};
    std::array<char*, 7> argv{program.data(), args[0].data(), args[1].data(), args[2].data(),
                              args[3].data(), args[4].data(), nullptr};
    pid_t pid = -1;
    const int spawned =
        ::posix_spawnp(&pid, program.c_str(), &actions, &attr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attr);
    input.reset();
    out.write.reset();
    err.write.reset();
    if (spawned != 0) {
        if (spawned == ENOENT)
            return document_error(
                ErrorKind::empty, name,
                "le programme « " + options.pdftotext +
                    " » est introuvable : pdftotext est nécessaire pour lire un PDF ; "
                    "installez le paquet Debian poppler-utils (apt-get install poppler-utils)");
        return document_error(ErrorKind::empty, name,
                              "impossible de lancer « " + options.pdftotext +
                                  " » : " + std::strerror(spawned));
    }

    const auto deadline = std::chrono::steady_clock::now() + options.pdf_timeout;
    std::string text, errors;
    constexpr std::size_t max_errors = 4096;
    bool too_long = false, timed_out = false;
    std::array<char, 65536> buf{};
    std::array<pollfd, 2> fds{{{out.read.get(), POLLIN, 0}, {err.read.get(), POLLIN, 0}}};
    while (fds[0].fd >= 0 || fds[1].fd >= 0) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0) {
            timed_out = true;
            break;
        }
        const int ready = ::poll(fds.data(), fds.size(),
                                 static_cast<int>(std::min<long long>(left.count(), 1'000'000)));
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready < 0) {
            timed_out = true; // cannot wait for it any more: stopped as if late
            break;
        }
        for (std::size_t i = 0; i < fds.size(); ++i) {
            if (fds[i].fd < 0 || fds[i].revents == 0)
                continue;
            const ssize_t n = ::read(fds[i].fd, buf.data(), buf.size());
            if (n < 0 && (errno == EINTR || errno == EAGAIN))
                continue;
            if (n <= 0) {
                fds[i].fd = -1; // end of this stream
                continue;
            }
            const auto got = static_cast<std::size_t>(n);
            if (i == 0) {
                if (text.size() + got > options.max_pdf_text_bytes) {
                    too_long = true;
                    break;
                }
                text.append(buf.data(), got);
            } else if (errors.size() < max_errors) {
                errors.append(buf.data(), std::min(got, max_errors - errors.size()));
            }
        }
        if (too_long)
            break;
    }
    if (timed_out || too_long)
        ::kill(-pid, SIGKILL);
    const auto [status, killed] = wait_for(pid, deadline);
    timed_out = timed_out || (killed && !too_long);
    if (timed_out)
        return document_error(ErrorKind::empty, name,
                              "pdftotext n'a pas fini en " +
                                  (options.pdf_timeout.count() % 1000 == 0
                                       ? std::to_string(options.pdf_timeout.count() / 1000) + " s"
                                       : std::to_string(options.pdf_timeout.count()) + " ms") +
                                  " (limite de durée) : arrêté (PDF trop lourd ou piégé ?)");
    if (too_long)
        return document_error(ErrorKind::length, name,
                              "texte du PDF de plus de " +
                                  describe_size(options.max_pdf_text_bytes) +
                                  " (limite de lecture) : pdftotext arrêté");
    if (WIFSIGNALED(status))
        return document_error(ErrorKind::format, name,
                              "pdftotext s'est arrêté sur le signal " +
                                  std::to_string(WTERMSIG(status)) +
                                  (errors.empty() ? std::string() : " : " + message_of(errors)));
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        const int code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        // pdftotext(1): 1 the PDF cannot be opened (damaged, or encrypted and no password),
        // 3 the PDF forbids copying its text.
        std::string why = code == 1   ? "PDF illisible (endommagé ou chiffré)"
                          : code == 3 ? "le PDF interdit l'extraction de son texte"
                                      : "échec";
        return document_error(
            ErrorKind::format, name,
            why + " : pdftotext a échoué (code " + std::to_string(code) + ")" +
                (errors.empty() ? std::string() : " : « " + message_of(errors) + " »"));
    }
    return text;
}

} // namespace pdf

namespace {

/// Appends `s` with invalid UTF-8 replaced by U+FFFD, ligatures spelt out and CR as spaces.
void clean_utf8(std::string& out, std::string_view s) {
    const char* p = s.data();
    const char* e = p + s.size();
    while (p < e) {
        const auto b = static_cast<unsigned char>(*p);
        if (b < 0x80) {
            out += *p == '\r' ? ' ' : *p;
            ++p;
            continue;
        }
        const std::ptrdiff_t n = utf8_length(p, e);
        if (n <= 0) {
            out += "\xEF\xBF\xBD";
            ++p;
            continue;
        }
        // U+FB00–U+FB06: ff, fi, fl, ffi, ffl, ſt, st (fonts that draw them as one glyph).
        if (n == 3 && b == 0xEF && static_cast<unsigned char>(p[1]) == 0xAC) {
            static constexpr std::array<std::string_view, 7> spelt{"ff",  "fi", "fl", "ffi",
                                                                   "ffl", "st", "st"};
            if (const auto k = static_cast<unsigned char>(p[2]) - 0x80U; k < spelt.size()) {
                out += spelt[k];
                p += 3;
                continue;
            }
        }
        out.append(p, static_cast<std::size_t>(n));
        p += n;
    }
}

bool is_blank(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\f';
}

/// Blanks each page's own number printed alone on its first or last line (« 3 » on page 3):
/// page furniture that would otherwise be read inside the paragraph it interrupts (the
/// extraction knows « Page 3 », « 3/8 », « - 3 - », not a bare number, which may be anything
/// elsewhere). The line stays, empty, so that the line map holds.
void drop_page_numbers(DocumentText& t) {
    std::vector<std::size_t> starts{0};
    for (std::size_t i = 0; i < t.text.size(); ++i)
        if (t.text[i] == '\n')
            starts.push_back(i + 1);
    const auto line_at = [&](std::size_t l) {
        const std::size_t b = starts[l];
        const std::size_t e = l + 1 < starts.size() ? starts[l + 1] - 1 : t.text.size();
        return std::pair{b, e};
    };
    const auto trimmed = [&](std::size_t l) {
        auto [b, e] = line_at(l);
        while (b < e && is_blank(t.text[b]))
            ++b;
        while (e > b && is_blank(t.text[e - 1]))
            --e;
        return std::string_view(t.text).substr(b, e - b);
    };
    std::vector<std::size_t> drop;
    for (std::size_t l = 0; l < t.lines.size() && l < starts.size();) {
        const std::uint32_t page = t.lines[l].page;
        std::size_t end = l;
        while (end < t.lines.size() && end < starts.size() && t.lines[end].page == page)
            ++end;
        const std::string number = std::to_string(page);
        std::size_t first = l, last = end;
        while (first < end && trimmed(first).empty())
            ++first;
        while (last > first && trimmed(last - 1).empty())
            --last;
        if (first < end && trimmed(first) == number)
            drop.push_back(first);
        if (last > first + 1 && trimmed(last - 1) == number)
            drop.push_back(last - 1);
        l = end;
    }
    // Blank from the end, so that earlier offsets stay valid; form feeds are kept.
    for (auto it = drop.rbegin(); it != drop.rend(); ++it) {
        auto [b, e] = line_at(*it);
        while (b < e && t.text[b] == '\f')
            ++b;
        t.text.erase(b, e - b);
    }
}

} // namespace

DocumentText pdf_text_from_output(std::string_view output) {
    DocumentText t;
    t.format = DocumentFormat::pdf;
    // pdftotext ends every page with a form feed: the last one closes the document.
    std::string_view body = output;
    std::uint32_t pages = 0;
    for (const char c : output)
        if (c == '\f')
            ++pages;
    if (!body.empty() && body.back() == '\f')
        body.remove_suffix(1);
    else if (!body.empty())
        ++pages; // text after the last form feed: one more page
    t.pages = pages;
    t.text.reserve(body.size());
    clean_utf8(t.text, body);
    // One origin per line; a line's page is the page of its first character (form feeds at
    // its start open the pages they begin).
    std::uint32_t page = 1;
    std::vector<std::uint32_t> visible(std::max<std::uint32_t>(pages, 1), 0);
    std::size_t start = 0;
    while (start <= t.text.size()) {
        const auto end = std::min(t.text.find('\n', start), t.text.size());
        std::size_t i = start;
        while (i < end && t.text[i] == '\f') {
            ++page;
            ++i;
        }
        LineOrigin o;
        o.page = std::min<std::uint32_t>(page, std::max<std::uint32_t>(pages, 1));
        t.lines.push_back(o);
        for (; i < end; ++i) {
            const char c = t.text[i];
            if (c == '\f')
                ++page; // a form feed inside a line (not printed by pdftotext)
            else if (!is_blank(c) && (static_cast<unsigned char>(c) & 0xC0U) != 0x80U)
                ++visible[std::min<std::size_t>(page, visible.size()) - 1];
        }
        if (end >= t.text.size())
            break;
        start = end + 1;
    }
    drop_page_numbers(t);
    // A scanned PDF has images, not text: almost nothing per page. A page of a text PDF holds
    // hundreds of characters; fewer than 32 on average, or fewer than 16 on a page, is a page
    // to read by OCR.
    std::uint64_t total = 0;
    std::uint32_t blank_pages = 0, first_blank = 0;
    for (std::uint32_t p = 0; p < pages; ++p) {
        total += visible[p];
        if (visible[p] < 16 && blank_pages++ == 0)
            first_blank = p + 1;
    }
    const auto line_of_page = [&](std::uint32_t p) {
        for (std::size_t l = 0; l < t.lines.size(); ++l)
            if (t.lines[l].page == p)
                return static_cast<std::uint32_t>(l + 1);
        return std::uint32_t{0};
    };
    if (pages == 0 || total < std::uint64_t{32} * pages) {
        DocumentNotice n;
        n.kind = DocumentNotice::Kind::no_text;
        n.count = pages;
        n.line = pages == 0 ? 0 : 1;
        n.first.page = pages == 0 ? 0 : 1;
        t.notices.push_back(std::move(n));
    } else if (blank_pages != 0) {
        DocumentNotice n;
        n.kind = DocumentNotice::Kind::pages_no_text;
        n.count = blank_pages;
        n.line = line_of_page(first_blank);
        n.first.page = first_blank;
        t.notices.push_back(std::move(n));
    }
    return t;
}

Result<DocumentText> read_pdf(std::string_view bytes, std::string_view name,
                              const DocumentOptions& options) {
    auto out = pdf::run_pdftotext(bytes, name, options);
    if (!out)
        return out.error();
    return pdf_text_from_output(*out);
}

} // namespace subvention::io
