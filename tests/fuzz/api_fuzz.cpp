// SPDX-License-Identifier: Apache-2.0
// Fuzz target for the JSON requests of src/api (the C interface's contract). The first byte
// chooses the request (check, extract, identifiers, deadline, holidays, rules, settlement, de
// minimis, SCDL export), the rest is split at the first NUL into its two texts (the dossier
// and the options, the kind and the values…). Invariants (trap on violation): no request
// throws; every answer is one valid JSON value; an error answer is {"error":{kind, field,
// value, message}} with a known kind and a message, and its outcome says the same kind.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "api/requests.hpp"

namespace {

using subvention::api::Answer;
using subvention::api::Outcome;

void check(bool ok) {
    if (!ok)
        __builtin_trap();
}

void check_answer(const Answer& a) {
    const auto j = nlohmann::json::parse(a.json, nullptr, false);
    check(!j.is_discarded());
    const bool error = j.is_object() && j.contains("error");
    const bool error_outcome = a.outcome != Outcome::ok && a.outcome != Outcome::findings;
    check(error == error_outcome);
    if (!error)
        return;
    const auto& e = j["error"];
    check(e.is_object() && e.size() == 4);
    for (const char* key : {"kind", "field", "value", "message"})
        check(e.contains(key) && e[key].is_string());
    check(!e["message"].get<std::string>().empty());
    const std::string kind = e["kind"].get<std::string>();
    const Outcome expected = kind == "malformed"     ? Outcome::malformed
                             : kind == "invalid"     ? Outcome::invalid
                             : kind == "too_large"   ? Outcome::too_large
                             : kind == "unavailable" ? Outcome::unavailable
                                                     : Outcome::internal;
    check(a.outcome == expected);
    check(kind != "internal"); // a defect, or memory exhausted, which the fuzzer's limits avoid
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0)
        return 0;
    const std::string_view all(reinterpret_cast<const char*>(data) + 1, size - 1);
    const auto nul = all.find('\0');
    const std::string_view first = all.substr(0, nul);
    const std::string_view second = nul == std::string_view::npos ? "" : all.substr(nul + 1);
    switch (data[0] % 9) {
    case 0:
        check_answer(subvention::api::check(first, second));
        break;
    case 1:
        check_answer(subvention::api::extract(first, second));
        break;
    case 2:
        check_answer(subvention::api::validate_ids(first, second));
        break;
    case 3:
        check_answer(subvention::api::deadline(first));
        break;
    case 4:
        check_answer(subvention::api::holidays(first));
        break;
    case 5:
        check_answer(subvention::api::rules(first));
        break;
    case 6:
        check_answer(subvention::api::settle(first));
        break;
    case 7:
        check_answer(subvention::api::deminimis(first, second));
        break;
    default:
        check_answer(subvention::api::scdl_export(first));
        break;
    }
    return 0;
}
