// SPDX-License-Identifier: Apache-2.0
// Fuzz target: arbitrary bytes → dossier_from_json never crashes, never throws, and names a
// JSON Pointer in every error; when it accepts, to_json → dossier_from_json gives back an equal
// dossier and to_json is then stable byte for byte (pretty and compact).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include <subvention/io/json.hpp>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto first = subvention::io::dossier_from_json(text);
    if (!first.ok()) {
        const auto& e = first.error();
        if (e.message.empty() || (!e.field.empty() && e.field[0] != '/'))
            __builtin_trap();
        return 0;
    }
    // Strings that came through the JSON parser are valid UTF-8: to_json must not throw.
    const std::string pretty = subvention::io::to_json(first.value());
    const auto second = subvention::io::dossier_from_json(pretty);
    if (!second.ok() || !(second.value() == first.value()))
        __builtin_trap();
    if (subvention::io::to_json(second.value()) != pretty)
        __builtin_trap();
    const std::string compact = subvention::io::to_json(first.value(), -1);
    const auto third = subvention::io::dossier_from_json(compact);
    if (!third.ok() || !(third.value() == first.value()) ||
        subvention::io::to_json(third.value(), -1) != compact)
        __builtin_trap();
    return 0;
}
