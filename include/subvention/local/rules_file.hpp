// SPDX-License-Identifier: Apache-2.0
// subvention::local — rules files: a département's own rules (règlement budgétaire et
// financier, règlements d'intervention) written as data, checked beside the law.
//
// A rules file (YAML, docs/local-rules.md) declares an ID prefix, dated parameters, rules whose
// condition reads named facts of the dossier (local/facts.hpp), and test cases. Loading compiles
// every condition and message and refuses the file, with file, line and column, when anything
// is wrong; a loaded file adds its rules to a catalogue and `check()` runs them like built-in
// ones. Each finding lists the facts it used, their values and where they were read, and the
// parameters with the dates they are in force.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <subvention/compliance/catalogue.hpp>
#include <subvention/compliance/checker.hpp>
#include <subvention/export.hpp>

namespace subvention::local {

/// A defect of a rules file: where it is and what is wrong (in French, like the CLI).
struct RulesError {
    std::string file{};
    std::uint32_t line = 0;   ///< 1-based; 0 when the defect is the file as a whole
    std::uint32_t column = 0; ///< 1-based, in bytes
    std::string rule{};       ///< the rule ID, parameter or test case concerned, if any
    std::string message{};
    /// « fichier:ligne:colonne : RÈGLE : message », the form editors jump to.
    [[nodiscard]] SUBVENTION_API std::string to_string() const;
    friend bool operator==(const RulesError&, const RulesError&) = default;
};

/// Thrown when a rules file is refused: every defect found, in file order.
class SUBVENTION_API RulesFileError : public std::runtime_error {
public:
    explicit RulesFileError(std::vector<RulesError> errors);
    [[nodiscard]] const std::vector<RulesError>& errors() const noexcept { return errors_; }

private:
    std::vector<RulesError> errors_;
};

/// One test case of a rules file: a dossier and the rule IDs expected to fire or not.
struct TestCase {
    std::string name{};
    std::uint32_t line = 0;
    std::vector<std::string> fires{};
    std::vector<std::string> silent{}; ///< expected not to fire
};

/// What one test case gave.
struct TestOutcome {
    std::string name{};
    std::uint32_t line = 0;
    bool passed = false;
    std::vector<std::string> missing{};    ///< expected to fire, did not
    std::vector<std::string> unexpected{}; ///< expected not to fire, did
    std::string error{};                   ///< the dossier could not be built (then not passed)
    /// The findings of the file's rules on the case's dossier (explanations included).
    std::vector<compliance::Diagnostic> diagnostics{};
};

namespace detail {
struct CompiledFile;
} // namespace detail

/// A loaded, compiled rules file. Cheap to copy (shared, immutable).
class SUBVENTION_API RuleSet {
public:
    [[nodiscard]] const std::string& file() const noexcept;
    [[nodiscard]] const std::string& prefix() const noexcept;
    [[nodiscard]] const std::string& title() const noexcept;
    /// The rules, ready for `Catalogue::add` (family `local`).
    [[nodiscard]] std::vector<compliance::Rule> rules() const;
    [[nodiscard]] std::size_t size() const noexcept;
    [[nodiscard]] const std::vector<TestCase>& tests() const noexcept;
    /// The line where rule `id` is declared, or 0.
    [[nodiscard]] std::uint32_t line_of(std::string_view id) const noexcept;

    explicit RuleSet(std::shared_ptr<const detail::CompiledFile> impl)
        : impl_(std::move(impl)) {}
    [[nodiscard]] const detail::CompiledFile& impl() const noexcept { return *impl_; }

private:
    std::shared_ptr<const detail::CompiledFile> impl_;
};

/// Reads and compiles a rules file (at most 4 MiB). Throws RulesFileError listing every defect.
[[nodiscard]] SUBVENTION_API RuleSet load_rules_file(const std::filesystem::path& file);

/// Compiles rules from text; `name` is the file name errors show, `base` the directory test
/// cases' dossier files are relative to. Throws RulesFileError.
[[nodiscard]] SUBVENTION_API RuleSet parse_rules(std::string_view text, std::string name,
                                                 std::filesystem::path base = {});

/// Adds the rules of `set` to `catalogue`. Throws RulesFileError (with the rule's line) when an
/// ID or the prefix is already taken by a built-in rule or by a rules file added before.
SUBVENTION_API void add_rules(compliance::Catalogue& catalogue, const RuleSet& set);

/// Runs the test cases of `set`: each case's dossier checked with `catalogue` (which must hold
/// the set's rules) restricted to the set's rules.
[[nodiscard]] SUBVENTION_API std::vector<TestOutcome>
run_tests(const RuleSet& set, const compliance::Catalogue& catalogue);

} // namespace subvention::local
