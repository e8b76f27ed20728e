// SPDX-License-Identifier: Apache-2.0
// subvention — AID-DEMINIMIS: the grant of this dossier, declared de minimis
// (`dossier.execution->grant_regulation`), would take the undertaking's cumulated de minimis aid
// (`dossier.execution->prior_aids` + this grant) above the ceiling of the regulation applied at
// the decision date, or that regulation does not apply on that date (docs/legal-reference.md §8,
// AID-DEMINIMIS-2023 / AID-DEMINIMIS-2024; <subvention/aid.hpp>).
//
// The grant: the amount the act grants (the deliberation's decisions, else the report's
// proposal, restricted to the convention's beneficiary — as PAYMENT-EXCEEDS reads it), on the
// decision date: the deliberation's meeting (the legal right to the aid is conferred by the
// assembly's decision — 2023/2831 art. 3 § 3; UNCONFIRMED: a département may consider the
// notification or the signature of the convention instead), else the convention's signature,
// else the evaluation date. An entry of `prior_aids` with the same date, amount and regulation
// as this grant is taken to be this grant and not counted twice.
//
// Error: beyond the ceiling, none of the new aid benefits from the regulation (2023/2831
// art. 3 § 7; 1407/2013 art. 3 § 7): it must be notified or fit another exemption. Facts:
// regulation, window (first/last/kind), grant, cumulated (same family), ceiling, combined
// cumulated and ceiling (general + SIEG; empty with SiegCumulation::separate), headroom, and
// the first date at which the headroom would fit the grant (empty: never before 31/12/2030).
// Options: the library defaults of AidOptions (calendar fiscal year, window (D − 3 ans, D],
// SIEG ceiling covering both families, six-month transition of 1407/2013 schemes).
// Nothing is emitted without execution data, without a stated regime, or for `autre`.
#pragma once

#include <array>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <subvention/aid.hpp>
#include <subvention/compliance/diagnostic.hpp>

#include "compliance/builtin_rule.hpp"
#include "compliance/rules/amounts_common.hpp"

namespace subvention::compliance::rules {

inline constexpr std::array<LegalRef, 2> aid_deminimis_basis{{
    {"règlement (UE) 2023/2831", "3",
     "Commission Regulation of 13 December 2023, applicable from 1 January 2024 to 31 December "
     "2030"},
    {"règlement (UE) n° 1407/2013", "3",
     "Commission Regulation of 18 December 2013 as applicable to aid granted until 31 December "
     "2023"},
}};

namespace detail {

/// The decision date of the dossier's grant (see the file comment).
[[nodiscard]] inline Date grant_date(const Context& ctx) {
    const Dossier& d = ctx.dossier;
    if (d.deliberation && !d.deliberation->meeting_date.value.is_special())
        return d.deliberation->meeting_date.value;
    if (d.convention && d.convention->signature.date.value &&
        !d.convention->signature.date.value->is_special())
        return *d.convention->signature.date.value;
    return ctx.as_of;
}

/// « règlement (UE) 2023/2831 », « 3 § 2 » as a legal basis (the « art. » of the source
/// strings dropped: LegalBasis::to_string adds it); the version is the text published in the
/// Official Journal of the EU.
[[nodiscard]] inline LegalBasis basis_of(const AidRegulationInfo& info, std::string_view article) {
    const std::string_view title = info.title_fr;
    // « règlement (UE) n° 1407/2013 de la Commission du … » → up to « de la Commission ».
    const auto cut = title.find(" de la Commission");
    if (article.starts_with("art. "))
        article.remove_prefix(5);
    return LegalBasis{std::string(title.substr(0, cut)), std::string(article),
                      std::string(info.journal)};
}

} // namespace detail

/// AID-DEMINIMIS (« plafond de minimis dépassé »): see the file comment.
inline void check_aid_deminimis(const Context& ctx, Emitter& out) {
    using namespace detail;
    const Dossier& dossier = ctx.dossier;
    if (!dossier.execution || !dossier.execution->grant_regulation)
        return;
    const AidRegulation regulation = *dossier.execution->grant_regulation;
    const AidRegulationInfo* info = find_regulation_info(regulation);
    if (!info)
        return; // « autre »: another exemption, not counted
    const auto granted = try_place([&] { return granted_place(dossier); });
    if (!granted)
        return; // no amount stated: AMOUNT-* rules' business
    const Date on = detail::grant_date(ctx);
    const std::string grantor =
        dossier.deliberation && !dossier.deliberation->collectivite.name.empty()
            ? dossier.deliberation->collectivite.name
            : std::string("Département");
    const GrantedAid grant{grantor, on, granted->amount, regulation};
    std::vector<GrantedAid> prior;
    for (const auto& a : dossier.execution->prior_aids)
        if (!(a.granted_on == grant.granted_on && a.amount == grant.amount &&
              a.regulation == grant.regulation))
            prior.push_back(a);
    const std::string path = "/execution/prior_aids";
    try {
        const AidDecision decision = check_new_aid(prior, grant);
        if (decision.allowed)
            return;
        Diagnostic d;
        d.severity = Severity::error;
        d.location = Location{DocumentKind::dossier, {}, path, {}};
        fact(d, "regulation", std::string(to_string(regulation)), Unit::code);
        fact(d, "grant_date", on);
        fact(d, "grant", grant.amount);
        if (!decision.assessment) {
            // The regulation does not apply on the decision date.
            d.location.path = "/execution/grant_regulation";
            d.parts.push_back(Message("AID-DEMINIMIS.not_applicable")
                                  .arg("amount", grant.amount)
                                  .arg("title", std::string(info->title_fr))
                                  .arg("regulation", std::string(to_string(regulation)))
                                  .arg("date", on)
                                  .arg("reason", decision.reasons_fr.at(0)));
            d.legal_basis = {detail::basis_of(*info, info->period_source)};
            out.emit(std::move(d));
            return;
        }
        const AidAssessment& a = *decision.assessment;
        const std::string returns = decision.headroom_returns
                                        ? format_date(*decision.headroom_returns, DateStyle::iso)
                                        : "";
        fact(d, "window_first", a.window.first);
        fact(d, "window_last", a.window.last);
        fact(d, "window_kind", std::string(to_string(a.window.kind)), Unit::code);
        fact(d, "cumulated", a.cumulated);
        fact(d, "ceiling", a.ceiling);
        fact(d, "combined_cumulated", a.combined_cumulated);
        if (a.combined_ceiling)
            fact(d, "combined_ceiling", *a.combined_ceiling);
        else
            fact(d, "combined_ceiling", "", Unit::euros); // SIEG ceiling counted apart
        fact(d, "headroom", a.headroom());
        fact(d, "headroom_returns", returns, Unit::date); // empty: never before 31/12/2030
        fact(d, "counted_aids", a.counted.size());
        // French quotes the explanations of the aid computation, English sums them up.
        std::string reasons;
        for (const auto& r : decision.reasons_fr)
            reasons += (reasons.empty() ? "" : " ; ") + r;
        d.parts.push_back(Message("AID-DEMINIMIS.exceeds")
                              .arg("amount", grant.amount)
                              .arg("date", on)
                              .arg("reasons", reasons)
                              .arg("regulation", std::string(to_string(regulation)))
                              .arg("ceiling", a.ceiling)
                              .arg("cumulated", a.cumulated)
                              .arg("window", a.window.to_string_fr())
                              .arg("headroom", a.headroom())
                              .arg("returns", decision.headroom_returns
                                                  ? Message("AID-DEMINIMIS.fits_from")
                                                        .arg("date", *decision.headroom_returns)
                                                  : Message("AID-DEMINIMIS.never_fits")));
        d.legal_basis = {detail::basis_of(*info, info->ceiling_source)};
        if (a.combined_ceiling && a.combined_cumulated + grant.amount > *a.combined_ceiling)
            d.legal_basis.push_back(detail::basis_of(*info, info->combined_source));
        out.emit(std::move(d));
    } catch (const std::overflow_error& e) {
        emit_overflow(out, Location{DocumentKind::dossier, {}, path, {}},
                      Message("AID-DEMINIMIS.overflow"), e);
    }
}

/// AID-DEMINIMIS: de minimis ceiling exceeded by this grant (or regulation not applicable).
inline constexpr BuiltinRule aid_deminimis{"AID-DEMINIMIS", "Plafond de minimis dépassé",
                                           "De minimis ceiling exceeded", aid_deminimis_basis,
                                           &check_aid_deminimis};

} // namespace subvention::compliance::rules
