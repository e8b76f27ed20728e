// SPDX-License-Identifier: Apache-2.0
// Fuzz target: arbitrary bytes → read_aid_csv (the file of `subvention deminimis`) → assess().
// Reading never crashes nor throws; an accepted aid has a grantor, a positive amount and its
// spreadsheet row (below the header); every row error names a row below the header; the
// assessment only throws std::overflow_error (amounts too large to add up).
#include <cstddef>
#include <cstdint>
#include <span>
#include <sstream>
#include <stdexcept>
#include <string>

#include <subvention/io/aid_csv.hpp>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace subvention;
    std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
    const auto r = io::read_aid_csv(in);
    if (!r.ok()) {
        if (r.error().message.empty())
            __builtin_trap();
        return 0;
    }
    if (r->aids.size() != r->rows.size())
        __builtin_trap();
    for (std::size_t i = 0; i < r->aids.size(); ++i)
        if (r->aids[i].grantor.empty() || r->aids[i].amount <= Euros{} || r->rows[i] < 2)
            __builtin_trap();
    for (const auto& e : r->errors)
        if (e.row < 2 || e.message.empty())
            __builtin_trap();
    try {
        for (const auto family : {AidFamily::general, AidFamily::sieg}) {
            const auto regulation = regulation_in_force(Date(2025, 2, 1), family);
            if (regulation)
                (void)assess(std::span<const GrantedAid>(r->aids), *regulation, Date(2025, 2, 1),
                             AidOptions{});
        }
    } catch (const std::overflow_error&) {
        return 0; // reported by the CLI as amounts to check
    }
    return 0;
}
