// SPDX-License-Identifier: Apache-2.0
// subvention::io — reading an input file whole, in bounded memory (« lecture d'un fichier »).
//
// Every reader of the library and of the `subvention` program that needs a whole file (dossier
// JSON, final report, plain text of the documents) goes through `read_file`, so that each of
// them refuses the same things with the same words: a directory, a missing or unreadable file,
// a file larger than the limit (regular files by their size, before anything is read; pipes,
// FIFOs and devices such as /dev/zero by reading at most one byte past the limit), a read error
// and the memory running out. Input is never silently cut short.
//
// Compiled in subvention::io (link subvention::io).
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

#include <subvention/result.hpp>

namespace subvention::io {

/// Default limit on one input file read whole: 64 MiB. The APES dossier is 74 KB as JSON and
/// 30 KB as text, a département's yearly SCDL file a few MB; a larger input is almost always a
/// mistake (the wrong file, a device). Programs raise it explicitly (`--max-input-size`).
inline constexpr std::uint64_t default_max_input_bytes = std::uint64_t{64} << 20;

/// Limits of `read_file`.
struct ReadLimits {
    std::uint64_t max_bytes = default_max_input_bytes; ///< largest accepted size, in bytes
};

/// Reads the whole file `file` (regular file, pipe or device). Errors (`Error::field` is the
/// path of the file, `Error::message` in French):
///  - `ErrorKind::empty`: a directory, a missing or unreadable file, a read error;
///  - `ErrorKind::length`: larger than `limits.max_bytes` (the message names the limit);
///  - `ErrorKind::overflow`: the memory ran out while reading.
/// An empty file is read as an empty string: what it means is the caller's business.
[[nodiscard]] Result<std::string> read_file(const std::filesystem::path& file,
                                            const ReadLimits& limits = {});

/// « 64 Mio », « 1,5 Gio », « 512 octets »: a size for messages.
[[nodiscard]] std::string describe_size(std::uint64_t bytes);

/// Parses a size given by a user: « 64M », « 64MiB », « 1G », « 500k », « 1048576 » (decimal
/// digits only, binary multiples K/M/G with an optional « iB »/« B », case-insensitive). Zero
/// and values beyond 2^40 are refused.
[[nodiscard]] Result<std::uint64_t> parse_size(std::string_view text);

} // namespace subvention::io
