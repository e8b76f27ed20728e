// SPDX-License-Identifier: Apache-2.0
// Fuzz target for the SCDL validator (subvention::io::scdl::validate). The first byte chooses the
// options (bit 0: lenient; bits 1-3: 0 = detect the schema, 1..5 = a shipped version), the rest
// is the file. Invariants, each a trap if broken:
//  1. the summary agrees with the findings streamed: total, per-check counts, `valid` only if
//     readable and without any finding of severity error;
//  2. the in-memory and the stream paths report the same findings (as multisets) and summaries;
//  3. every finding explains itself: French and English messages present, row findings carry
//     "Ligne <row>" and "colonne <column>" when they have one, a `pattern` finding's value does
//     not match the field's pattern, a `french-siret-value` finding's value is not a valid
//     SIRET, a `column-misnamed` finding proposes a schema field name;
//  4. row findings arrive in row order (streaming); only one-of-required may be reported on
//     the header (both of its columns absent).
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include <subvention/io/scdl.hpp>

namespace {
namespace scdl = subvention::io::scdl;

void check(bool ok) {
    if (!ok)
        __builtin_trap();
}

using Key = std::tuple<std::uint64_t, std::uint32_t, int, std::string, std::string>;

Key key(const scdl::Finding& f) {
    return {f.row, f.column, static_cast<int>(f.rule), f.field, f.value};
}

const scdl::FieldSpec* field_of(const scdl::SchemaSpec& spec, std::string_view name) {
    for (const auto& f : spec.fields)
        if (f.name == name)
            return &f;
    return nullptr;
}

void check_run(const scdl::Summary& s, const std::vector<scdl::Finding>& fs) {
    check(s.findings == fs.size());
    std::uint64_t total = 0;
    for (const auto c : s.by_check)
        total += c;
    check(total == s.findings);
    bool errors = false;
    std::uint64_t last_row = 0;
    const scdl::SchemaSpec& spec = scdl::schema_spec(s.version);
    for (const auto& f : fs) {
        check(static_cast<std::size_t>(f.rule) < scdl::check_count);
        check(!f.message_fr.empty() && !f.message_en.empty());
        errors = errors || f.severity == scdl::Severity::error;
        if (f.rule >= scdl::Check::row_missing_cells &&
            !(f.rule == scdl::Check::one_of_required && f.row == 1 && f.column == 0)) {
            check(f.row >= 2);
            check(f.row >= last_row);
            last_row = f.row;
            check(f.message_fr.starts_with("Ligne " + std::to_string(f.row)));
            if (f.column != 0)
                check(f.message_fr.find("colonne " + std::to_string(f.column)) !=
                      std::string::npos);
        }
        if (f.rule == scdl::Check::pattern) {
            const auto* field = field_of(spec, f.field);
            check(field != nullptr && !scdl::matches(field->pattern, f.value));
        }
        if (f.rule == scdl::Check::french_siret)
            check(!scdl::is_valid_french_siret(f.value));
        if (f.rule == scdl::Check::column_misnamed)
            check(f.suggestion && field_of(spec, *f.suggestion) != nullptr);
    }
    if (s.valid)
        check(s.readable && !errors);
    if (s.readable && !errors)
        check(s.valid);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0)
        return 0;
    scdl::ValidateOptions o;
    o.lenient = (data[0] & 1U) != 0;
    const std::size_t pick = (data[0] >> 1U) & 7U;
    if (pick >= 1 && pick <= scdl::shipped_versions().size())
        o.version = scdl::shipped_versions()[pick - 1];
    const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);

    std::vector<scdl::Finding> a, b;
    const auto sa = scdl::validate(text, o, [&](const scdl::Finding& f) { a.push_back(f); });
    std::istringstream in{std::string(text)};
    const auto sb = scdl::validate(in, o, [&](const scdl::Finding& f) { b.push_back(f); });
    check_run(sa, a);
    check_run(sb, b);
    check(sa.rows == sb.rows && sa.findings == sb.findings && sa.valid == sb.valid &&
          sa.readable == sb.readable && sa.by_check == sb.by_check && sa.version == sb.version);
    std::vector<Key> ka, kb;
    for (const auto& f : a)
        ka.push_back(key(f));
    for (const auto& f : b)
        kb.push_back(key(f));
    std::sort(ka.begin(), ka.end());
    std::sort(kb.begin(), kb.end());
    check(ka == kb);
    return 0;
}
