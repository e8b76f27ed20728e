// SPDX-License-Identifier: Apache-2.0
// subvention::local — a compiled rules file. Engine-private.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <subvention/compliance/diagnostic.hpp>
#include <subvention/date.hpp>
#include <subvention/local/rules_file.hpp>

#include "local/expression.hpp"

namespace subvention::local::detail {

/// One value of a parameter and the period it is in force.
struct ParamValue {
    Date from;
    std::optional<Date> until; ///< last day in force; else until the next value's `from`
    Scalar value;
    std::string basis; ///< the act that set it (« délibération du 29 juin 2012 »), if stated
};

struct Param {
    ParamName name;
    std::vector<ParamValue> values; ///< sorted by `from`, periods disjoint
    std::uint32_t line = 0;
};

/// A message: literal text and placeholders (`{expression}`), compiled.
struct Template {
    struct Piece {
        std::string text;
        std::optional<Node> value;
    };
    std::vector<Piece> pieces;
};

struct CompiledRule {
    std::string id;
    compliance::Severity severity = compliance::Severity::warning;
    std::string title_fr;
    std::string title_en;
    Template message_fr;
    Template message_en;
    std::vector<compliance::LegalBasis> basis;
    std::optional<Date> from;  ///< the rule applies to acts dated from…
    std::optional<Date> until; ///< …until this day included
    Node when;
    std::uint32_t line = 0;
};

/// How a test case builds its dossier.
struct TestSpec {
    TestCase info;
    std::string example;      ///< an embedded example (« apes-2023 », « nord-2024 »)
    std::string dossier_file; ///< a JSON dossier, relative to the rules file
    std::string dossier_json; ///< an inline dossier, converted to JSON
    std::string patch_json;   ///< merged into the dossier's JSON (objects key by key)
    std::optional<Date> as_of;
    compliance::Stage stage = compliance::Stage::draft;
};

struct CompiledFile {
    std::string file;
    std::string base; ///< directory of the file
    std::string prefix;
    std::string title;
    std::vector<Param> params;
    std::vector<ParamName> param_names;
    std::vector<CompiledRule> rules;
    std::vector<TestSpec> test_specs;
    std::vector<TestCase> tests;

    /// Each parameter's value in force on `d` (unknown when none is).
    [[nodiscard]] std::vector<Scalar> params_at(Date d) const;
    /// The value of parameter `i` in force on `d`, or null.
    [[nodiscard]] const ParamValue* param_value_at(std::size_t i, Date d) const;
};

} // namespace subvention::local::detail
