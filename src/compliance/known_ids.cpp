// SPDX-License-Identifier: Apache-2.0
// subvention — the diagnostic IDs the library emits outside the rule catalogue (declared in
// compliance/catalogue.hpp): what text extraction reports it could not read.

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

constexpr auto known = [] {
    std::array<KnownId, std::size(extraction)> out{};
    for (std::size_t i = 0; i < out.size(); ++i)
        out[i] = KnownId{extraction[i].id, Family::extraction, extraction[i].title_fr,
                         extraction[i].title_en};
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
