// SPDX-License-Identifier: Apache-2.0
// Fuzz target: arbitrary bytes → parse_rules never crashes and throws nothing but
// RulesFileError, whose every defect names the file and says what is wrong; a file it accepts
// adds its rules to the catalogue, checks APES without throwing, and runs its test cases (when
// the input names no path: the cases' dossier files would be read from the disk).
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <subvention/compliance/catalogue.hpp>
#include <subvention/compliance/checker.hpp>
#include <subvention/examples/apes_2023.hpp>
#include <subvention/local/rules_file.hpp>

namespace {

void check(bool ok) {
    if (!ok)
        __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace subvention;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    std::optional<local::RuleSet> set;
    try {
        set = local::parse_rules(text, "fuzz.yaml", "/nonexistent-fuzz-base");
    } catch (const local::RulesFileError& e) {
        check(!e.errors().empty() && e.errors().size() <= 101);
        for (const auto& err : e.errors())
            check(err.file == "fuzz.yaml" && !err.message.empty());
        return 0;
    }
    static const compliance::Catalogue builtin = compliance::Catalogue::builtin();
    static const Dossier apes = examples::apes_2023();
    compliance::Catalogue catalogue = builtin;
    try {
        local::add_rules(catalogue, *set);
    } catch (const local::RulesFileError&) {
        return 0; // an ID of the library
    }
    compliance::CheckOptions options;
    for (const auto& r : set->rules())
        options.rules.push_back(r.id);
    check(options.rules.size() == set->size());
    const auto report = compliance::check(apes, options, catalogue);
    for (const auto& d : report.diagnostics)
        check(d.rule.rfind(set->prefix() + "-", 0) == 0);
    if (text.find('/') == std::string_view::npos && text.find('\\') == std::string_view::npos)
        for (const auto& o : local::run_tests(*set, catalogue))
            check(o.passed == (o.error.empty() && o.missing.empty() && o.unexpected.empty()));
    return 0;
}
