// SPDX-License-Identifier: Apache-2.0
// subvention — the checker and the catalogue (declared in compliance/checker.hpp and
// compliance/catalogue.hpp).

#include <algorithm>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <subvention/compliance/catalogue.hpp>
#include <subvention/compliance/checker.hpp>

#include "compliance/builtin_rule.hpp"
#include "compliance/check_cache.hpp"

namespace subvention::compliance {

namespace {

/// Capital letters, digits and hyphens, starting with a letter, at most 64 characters.
[[nodiscard]] bool valid_id(std::string_view id) noexcept {
    if (id.empty() || id.size() > 64 || id.front() < 'A' || id.front() > 'Z')
        return false;
    return std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
    });
}

[[noreturn]] void refuse(const std::string& id, std::string_view why) {
    throw std::invalid_argument("subvention: règle « " + id + " » refusée : " + std::string(why));
}

/// Throws std::invalid_argument when `id`, named by option `option`, is not in `catalogue`.
void require_known(const Catalogue& catalogue, const std::string& id, std::string_view option) {
    if (catalogue.find(id) == nullptr)
        throw std::invalid_argument("subvention: règle inconnue « " + id + " » (" +
                                    std::string(option) + ")");
}

[[nodiscard]] bool listed(const std::vector<std::string>& ids, std::string_view id) {
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

} // namespace

void Catalogue::add(Rule rule) {
    if (!valid_id(rule.id))
        refuse(rule.id, "un identifiant est fait de majuscules, de chiffres et de tirets, "
                        "commence par une lettre et compte au plus 64 caractères");
    if (find_rule(rule.id) != nullptr)
        refuse(rule.id, "cet identifiant est celui d'une règle de la bibliothèque");
    if (find(rule.id) != nullptr)
        refuse(rule.id, "cet identifiant figure déjà dans le catalogue");
    if (rule.id.starts_with("EXTRACT-"))
        refuse(rule.id, "le préfixe « EXTRACT- » est réservé à la lecture des documents");
    if (!rule.check)
        refuse(rule.id, "elle n'a pas de fonction de contrôle");
    if (rule.title_fr.empty())
        refuse(rule.id, "elle n'a pas de titre en français");
    rules_.push_back(std::move(rule));
}

const Rule* Catalogue::find(std::string_view id) const noexcept {
    for (const auto& r : rules_)
        if (r.id == id)
            return &r;
    return nullptr;
}

Catalogue Catalogue::builtin() {
    return builtin_catalogue();
}

const Catalogue& builtin_catalogue() {
    static const Catalogue catalogue = [] {
        Catalogue c;
        detail::add_dossier_rules(c.rules_);
        detail::add_assembly_rules(c.rules_);
        detail::add_amounts_rules(c.rules_);
        detail::add_convention_rules(c.rules_);
        detail::add_formal_rules(c.rules_);
        detail::add_execution_rules(c.rules_);
        return c;
    }();
    return catalogue;
}

const Rule* find_rule(std::string_view id) noexcept {
    return builtin_catalogue().find(id);
}

std::optional<Date> act_date(const Dossier& d) {
    if (d.deliberation && !d.deliberation->meeting_date.value.is_special())
        return d.deliberation->meeting_date.value;
    if (d.rapport && !d.rapport->meeting_date.value.is_special())
        return d.rapport->meeting_date.value;
    if (d.convention) {
        if (d.convention->signature.date.value && !d.convention->signature.date.value->is_special())
            return *d.convention->signature.date.value;
        if (d.convention->period && !d.convention->period->value.start.is_special())
            return d.convention->period->value.start;
    }
    return std::nullopt;
}

Resolved resolve(const Dossier& dossier, const CheckOptions& options) {
    Resolved r;
    if (options.as_of) {
        r.as_of = *options.as_of;
        r.as_of_basis = AsOfBasis::option;
    } else if (const auto act = act_date(dossier)) {
        r.as_of = *act;
        r.as_of_basis = AsOfBasis::act;
    } else {
        r.as_of = boost::gregorian::day_clock::local_day();
        r.as_of_basis = AsOfBasis::today;
    }
    std::string departement;
    if (dossier.deliberation)
        departement = dossier.deliberation->collectivite.departement_code;
    else if (dossier.rapport)
        departement = dossier.rapport->collectivite.departement_code;
    else if (dossier.convention)
        departement = dossier.convention->grantor.departement_code;
    r.territory = options.territory
                      ? *options.territory
                      : territory_of_departement(departement).value_or(Territory::metropole);
    if (options.stage) {
        r.stage = *options.stage;
        r.stage_basis = StageBasis::option;
    } else if (dossier.convention) {
        r.stage =
            dossier.convention->status == DocumentStatus::executed ? Stage::signed_ : Stage::draft;
        r.stage_basis = StageBasis::convention_status;
    }
    return r;
}

std::vector<Diagnostic> run_rule(const Rule& rule, const Dossier& dossier,
                                 const CheckOptions& options, Date as_of, Territory territory) {
    std::vector<Diagnostic> out;
    detail::CheckCache cache;
    CheckOptions staged = options;
    staged.stage = resolve(dossier, options).stage;
    const Context ctx{dossier, staged, as_of, territory, &cache};
    Emitter emitter(rule.id, rule.legal_basis, out);
    rule.check(ctx, emitter);
    return out;
}

Report check(const Dossier& dossier, const CheckOptions& options) {
    return check(dossier, options, builtin_catalogue());
}

Report check(const Dossier& dossier, const CheckOptions& options, const Catalogue& catalogue) {
    for (const auto& id : options.rules)
        require_known(catalogue, id, "rules");
    for (const auto& id : options.disabled)
        require_known(catalogue, id, "disabled");
    for (const auto& [id, severity] : options.severities)
        require_known(catalogue, id, "severities");

    Report report;
    const Resolved resolved = resolve(dossier, options);
    report.as_of = resolved.as_of;
    report.as_of_basis = resolved.as_of_basis;
    report.territory = resolved.territory;
    report.stage = resolved.stage;
    report.stage_basis = resolved.stage_basis;

    detail::CheckCache cache;
    CheckOptions staged = options;
    staged.stage = resolved.stage;
    const Context ctx{dossier, staged, report.as_of, report.territory, &cache};
    for (const auto& rule : catalogue) {
        if (!options.rules.empty() && !listed(options.rules, rule.id))
            continue;
        if (listed(options.disabled, rule.id))
            continue;
        const auto first = report.diagnostics.size();
        Emitter emitter(rule.id, rule.legal_basis, report.diagnostics);
        rule.check(ctx, emitter);
        if (const auto s = options.severities.find(rule.id); s != options.severities.end())
            for (auto i = first; i < report.diagnostics.size(); ++i)
                report.diagnostics[i].severity = s->second;
    }
    std::stable_sort(report.diagnostics.begin(), report.diagnostics.end(),
                     [](const Diagnostic& a, const Diagnostic& b) {
                         return static_cast<int>(a.severity) < static_cast<int>(b.severity);
                     });
    for (const auto& d : report.diagnostics) {
        switch (d.severity) {
        case Severity::error:
            ++report.summary.error;
            break;
        case Severity::warning:
            ++report.summary.warning;
            break;
        case Severity::info:
            ++report.summary.info;
            break;
        }
    }
    return report;
}

std::shared_ptr<const void> shared_value(const Context& ctx, const void* key,
                                         const std::function<std::shared_ptr<const void>()>& make) {
    if (ctx.cache == nullptr)
        return make();
    for (const auto& [k, v] : ctx.cache->shared)
        if (k == key)
            return v;
    auto value = make();
    ctx.cache->shared.emplace_back(key, value);
    return value;
}

namespace rules::detail {

const VoteRun& run_vote(const Context& ctx) {
    if (ctx.cache == nullptr)
        throw std::logic_error("subvention: contexte de règle sans cache partagé : une règle "
                               "s'exécute par check() ou run_rule()");
    if (!ctx.cache->vote)
        ctx.cache->vote = run_vote(ctx, vote_options(ctx));
    return *ctx.cache->vote;
}

} // namespace rules::detail

} // namespace subvention::compliance
