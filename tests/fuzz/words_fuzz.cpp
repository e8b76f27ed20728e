// SPDX-License-Identifier: Apache-2.0
// Fuzz target for parse_words_fr / to_words_fr: never crashes; every accepted text is the
// spelling of an amount whose words (both spellings) parse back to it; and the first 8 bytes,
// read as a number of cents, spell and parse back exactly.
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#include <subvention/money.hpp>
#include <subvention/words.hpp>

namespace {
void check(bool ok) {
    if (!ok)
        __builtin_trap();
}
void check_round_trip(subvention::Euros x) {
    for (const auto sp : {subvention::Spelling::traditional, subvention::Spelling::rectified1990}) {
        const auto again = subvention::parse_words_fr(subvention::to_words_fr(x, sp));
        check(again.ok() && *again == x);
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto r = subvention::parse_words_fr(text);
    if (r.ok())
        check_round_trip(*r);
    else
        check(r.error().field == "montant en lettres" &&
              r.error().value == subvention::excerpt(text) && !r.error().message.empty());

    if (size >= sizeof(std::int64_t)) {
        std::int64_t cents = 0;
        std::memcpy(&cents, data, sizeof cents);
        check_round_trip(subvention::Euros::from_cents(cents));
    }
    return 0;
}
