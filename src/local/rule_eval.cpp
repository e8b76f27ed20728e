// SPDX-License-Identifier: Apache-2.0
// subvention::local — a compiled local rule as a catalogue rule: it reads the dossier's facts
// (once per check, shared by every local rule), decides its condition, and explains a finding
// with the facts and parameters it used.
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <subvention/compliance/rule.hpp>
#include <subvention/local/rules_file.hpp>

#include "local/compiled.hpp"
#include "local/facts_reader.hpp"

namespace subvention::local {

namespace {

using detail::CompiledFile;
using detail::CompiledRule;
using detail::Scalar;

/// The key of the facts every local rule shares within one check.
constexpr char facts_key = 0;

compliance::Unit unit_of(const Scalar& v, const detail::Used& u) {
    using compliance::Unit;
    if (std::holds_alternative<detail::Money>(v))
        return Unit::euros;
    if (const auto* n = std::get_if<detail::Number>(&v))
        return n->percent || !n->value.is_integer() ? Unit::rate : Unit::count;
    if (std::holds_alternative<Date>(v))
        return Unit::date;
    if (std::holds_alternative<Duration>(v))
        return Unit::duration;
    if (std::holds_alternative<bool>(v))
        return Unit::boolean;
    if (std::holds_alternative<const detail::List*>(v))
        return Unit::count;
    const auto* info = find_fact(u.key);
    return info != nullptr && !info->values.empty() ? Unit::code : Unit::text;
}

std::string render(const detail::Template& t, detail::EvalEnv& env, bool french) {
    std::string out;
    for (const auto& piece : t.pieces) {
        out += piece.text;
        if (piece.value)
            out += detail::display(detail::eval(*piece.value, env), french);
    }
    return out;
}

void run(const CompiledFile& file, const CompiledRule& rule, const compliance::Context& ctx,
         compliance::Emitter& out) {
    if ((rule.from && ctx.as_of < *rule.from) || (rule.until && *rule.until < ctx.as_of))
        return; // the rule was not in force at the date of the act
    const auto shared = compliance::shared_value(ctx, &facts_key, [&] {
        return std::static_pointer_cast<const void>(
            std::make_shared<const detail::FactTable>(detail::read_facts(ctx.dossier, ctx.as_of)));
    });
    const auto& facts = *static_cast<const detail::FactTable*>(shared.get());
    // The parameters in force at the act's date, once per check and rules file.
    const auto shared_params = compliance::shared_value(ctx, &file, [&] {
        return std::static_pointer_cast<const void>(
            std::make_shared<const std::vector<Scalar>>(file.params_at(ctx.as_of)));
    });
    const auto& params = *static_cast<const std::vector<Scalar>*>(shared_params.get());
    detail::EvalEnv env{facts, params, nullptr, {}, nullptr, file.param_names};
    const Scalar decided = detail::eval(rule.when, env);
    const auto* fired = std::get_if<bool>(&decided);
    if (fired == nullptr || !*fired)
        return;

    // Evaluate again, recording what the decision read: the explanation of the finding.
    detail::Recorder recorder;
    env.recorder = &recorder;
    (void)detail::eval(rule.when, env);
    env.recorder = nullptr;

    compliance::Diagnostic d;
    d.severity = rule.severity;
    d.message_fr = render(rule.message_fr, env, true);
    d.message_en = render(rule.message_en, env, false);
    d.legal_basis = rule.basis;
    // The finding points at the first fact read whose statement is known (article or text).
    bool located = false;
    const auto stated = [](const detail::Used& u) {
        return u.fact != nullptr && u.fact->source && !u.fact->path.empty() &&
               (!u.fact->source->section.empty() || !u.fact->source->text.empty());
    };
    for (const auto& u : recorder.used)
        if (!located && stated(u)) {
            d.location = compliance::Location{u.fact->source->document, u.fact->source->section,
                                              u.fact->path, u.fact->source->text};
            located = true;
        }
    for (auto& u : recorder.used) {
        if (u.param) {
            const auto* value = file.param_value_at(*u.param, ctx.as_of);
            if (value != nullptr) {
                std::string version = "en vigueur du " + format_date(value->from);
                if (value->until)
                    version += " au " + format_date(*value->until);
                d.legal_basis.emplace_back((value->basis.empty() ? file.title : value->basis) +
                                               " (paramètre " + file.param_names[*u.param].name +
                                               " = " + detail::display(*u.value, true) + ", " +
                                               version + ")",
                                           std::string(), std::move(version));
            }
            const auto unit = unit_of(*u.value, u);
            d.facts.emplace_back(std::move(u.key), detail::canonical(*u.value), unit);
            continue;
        }
        const auto& fv = *u.fact;
        if (!located && fv.source && !fv.path.empty()) { // a document, without article
            d.location = compliance::Location{fv.source->document, fv.source->section, fv.path,
                                              fv.source->text};
            located = true;
        }
        const auto unit = unit_of(*u.value, u);
        d.facts.emplace_back(std::move(u.key), detail::canonical(*u.value), unit, fv.source);
    }
    if (!located)
        d.location = compliance::Location{DocumentKind::dossier, {}, {}, {}};
    out.emit(std::move(d));
}

} // namespace

std::vector<compliance::Rule> RuleSet::rules() const {
    std::vector<compliance::Rule> out;
    out.reserve(impl_->rules.size());
    for (std::size_t i = 0; i < impl_->rules.size(); ++i) {
        const auto& r = impl_->rules[i];
        compliance::Rule rule;
        rule.id = r.id;
        rule.title_fr = r.title_fr;
        rule.title_en = r.title_en;
        rule.legal_basis = r.basis;
        rule.family = compliance::Family::local;
        rule.check = [file = impl_, i](const compliance::Context& ctx, compliance::Emitter& e) {
            run(*file, file->rules[i], ctx, e);
        };
        out.push_back(std::move(rule));
    }
    return out;
}

} // namespace subvention::local
