// SPDX-License-Identifier: Apache-2.0
// subvention::local — the expressions of local rules: parsed and type-checked when the rules
// file is loaded, evaluated on each dossier in three-valued logic (true, false, unknown).
// The language is described in docs/local-rules.md. Engine-private.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <subvention/local/facts.hpp>

#include "local/facts_reader.hpp"
#include "local/value.hpp"

namespace subvention::local::detail {

/// A parameter of the rules file as expressions see it (its values are resolved per check).
struct ParamName {
    std::string name;
    Type type = Type::number;
    bool percent = false;
};

/// What names an expression may use: the facts, the file's parameters, and (inside
/// any/all/count/sum/min/max) the fields of the list's elements.
struct Names {
    std::span<const ParamName> params;
};

/// A defect of an expression: byte offset in its text, and what is wrong (French).
struct CompileError : std::runtime_error {
    CompileError(std::uint32_t offset_, const std::string& what)
        : std::runtime_error(what)
        , offset(offset_) {}
    std::uint32_t offset;
};

enum class Op : std::uint8_t {
    literal,
    fact,
    field,
    param,
    negate,
    add,
    sub,
    mul,
    div,
    eq,
    ne,
    lt,
    le,
    gt,
    ge,
    in,
    and_,
    or_,
    not_,
    known,
    missing,
    count,
    sum,
    min_of,
    max_of,
    any,
    all,
    min2,
    max2,
    months_between,
    days_between,
    year,
};

struct Node {
    Op op = Op::literal;
    Type type = Type::boolean;
    bool percent = false;     ///< a number printed as a percentage
    std::uint32_t offset = 0; ///< in the expression's text
    std::uint32_t index = 0;  ///< fact, field or parameter index
    Scalar literal;
    std::vector<Node> kids;
    /// Values a text may take when it is a code (checked against literals at load time).
    std::span<const std::string_view> domain;
    /// For a list fact and the quantifiers over it: the element fields.
    std::span<const FactInfo> fields;
    /// Whether the expression reads a fact or a parameter (else it is a constant).
    bool reads = false;
};

/// Parses and type-checks; throws CompileError.
[[nodiscard]] Node compile(std::string_view text, const Names& names);

/// A fact or parameter read while evaluating, for the explanation of a finding.
/// Points into the facts of the check and the parameters in force, which outlive the finding
/// being built: nothing is copied until the finding is.
struct Used {
    std::string key; ///< « amount.granted », « payments[0].amount », « param.x »
    const Scalar* value = nullptr;      ///< never null
    const FactValue* fact = nullptr;    ///< the fact or field read; null for a parameter
    std::optional<std::uint32_t> param; ///< index of the parameter
};

struct Recorder {
    std::vector<Used> used;
    void add(Used u);
};

struct EvalEnv {
    const FactTable& facts;
    std::span<const Scalar> params; ///< values in force at the act's date (unknown if none)
    const Record* element = nullptr;
    std::string element_key; ///< « payments[1] » while evaluating inside a quantifier
    Recorder* recorder = nullptr;
    std::span<const ParamName> param_names;
};

/// Evaluates; unknown (`std::monostate`) when a fact it needs is unknown, or when the exact
/// arithmetic overflows or divides by zero.
[[nodiscard]] Scalar eval(const Node& n, EvalEnv& env);

} // namespace subvention::local::detail
