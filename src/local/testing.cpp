// SPDX-License-Identifier: Apache-2.0
// subvention::local — the test cases of a rules file: each builds its dossier (an embedded
// example, a JSON file, or one written in the rules file, with an optional JSON merge patch),
// runs the file's rules on it and compares what fired with what the case expects.
#include <algorithm>
#include <exception>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include <subvention/compliance/checker.hpp>
#include <subvention/examples/apes_2023.hpp>
#include <subvention/examples/nord_2024.hpp>
#include <subvention/io/json.hpp>
#include <subvention/local/rules_file.hpp>

#include "local/compiled.hpp"

namespace subvention::local {

namespace {

/// Applies `patch` to `target`: objects merge key by key, any other value replaces — null
/// included, which sets the key to null (a dossier keeps every key; RFC 7396 would remove it).
void merge(nlohmann::json& target, const nlohmann::json& patch) {
    if (!patch.is_object() || !target.is_object()) {
        target = patch;
        return;
    }
    for (auto it = patch.begin(); it != patch.end(); ++it)
        merge(target[it.key()], it.value());
}

/// The case's dossier, or the reason it cannot be built.
std::variant<Dossier, std::string> build_dossier(const detail::CompiledFile& file,
                                                 const detail::TestSpec& spec) {
    std::string json;
    if (!spec.example.empty()) {
        json = io::to_json(
            spec.example == "nord-2024" ? examples::nord_2024() : examples::apes_2023(), -1);
    } else if (!spec.dossier_file.empty()) {
        const std::filesystem::path path = std::filesystem::path(file.base) / spec.dossier_file;
        auto loaded = io::load_dossier(path);
        if (!loaded)
            return "dossier « " + path.string() + " » : " + loaded.error().describe();
        if (spec.patch_json.empty())
            return std::move(*loaded);
        json = io::to_json(*loaded, -1);
    } else {
        json = spec.dossier_json;
    }
    if (!spec.patch_json.empty()) {
        try {
            auto base = nlohmann::json::parse(json);
            merge(base, nlohmann::json::parse(spec.patch_json));
            json = base.dump();
        } catch (const nlohmann::json::exception& e) {
            return std::string("patch : ") + e.what();
        }
    }
    auto dossier = io::dossier_from_json(json);
    if (!dossier)
        return "dossier du cas : " + dossier.error().describe();
    return std::move(*dossier);
}

} // namespace

std::vector<TestOutcome> run_tests(const RuleSet& set, const compliance::Catalogue& catalogue) {
    const auto& file = set.impl();
    std::vector<TestOutcome> out;
    for (const auto& spec : file.test_specs) {
        TestOutcome o;
        o.name = spec.info.name;
        o.line = spec.info.line;
        auto built = build_dossier(file, spec);
        if (auto* why = std::get_if<std::string>(&built)) {
            o.error = std::move(*why);
            out.push_back(std::move(o));
            continue;
        }
        compliance::CheckOptions options;
        options.stage = spec.stage;
        options.as_of = spec.as_of;
        for (const auto& r : file.rules)
            options.rules.push_back(r.id);
        const auto report = compliance::check(std::get<Dossier>(built), options, catalogue);
        const auto fired = [&](const std::string& id) {
            return std::any_of(report.diagnostics.begin(), report.diagnostics.end(),
                               [&](const compliance::Diagnostic& d) { return d.rule == id; });
        };
        for (const auto& id : spec.info.fires)
            if (!fired(id))
                o.missing.push_back(id);
        for (const auto& id : spec.info.silent)
            if (fired(id))
                o.unexpected.push_back(id);
        o.passed = o.missing.empty() && o.unexpected.empty();
        o.diagnostics = report.diagnostics;
        out.push_back(std::move(o));
    }
    return out;
}

} // namespace subvention::local
