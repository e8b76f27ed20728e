// SPDX-License-Identifier: Apache-2.0
// subvention — the diagnostic IDs the library emits outside the rule catalogue (declared in
// compliance/catalogue.hpp): what text extraction reports it could not read, and the checks of
// SCDL validation.

#include <array>

#include <subvention/compliance/catalogue.hpp>

namespace subvention::compliance {

namespace {

struct Entry {
    std::string_view id;
    std::string_view title_fr;
    std::string_view title_en;
};

constexpr Entry extraction[] = {
#include "compliance/extraction_ids.inc"
};

constexpr Entry scdl[] = {
#include "compliance/scdl_ids.inc"
};

constexpr auto known = [] {
    std::array<KnownId, std::size(extraction) + std::size(scdl)> out{};
    std::size_t n = 0;
    for (const auto& e : extraction)
        out[n++] = KnownId{e.id, Family::extraction, e.title_fr, e.title_en};
    for (const auto& e : scdl)
        out[n++] = KnownId{e.id, Family::scdl, e.title_fr, e.title_en};
    return out;
}();

} // namespace

std::span<const KnownId> known_ids() noexcept {
    return known;
}

const KnownId* find_known_id(std::string_view id) noexcept {
    for (const auto& k : known)
        if (k.id == id)
            return &k;
    return nullptr;
}

} // namespace subvention::compliance
