// SPDX-License-Identifier: Apache-2.0
// DELIB-NUMBER — the deliberation's number is absent or unreadable, or its year (« millésime »)
// differs from the year of the meeting; the same for the deliberations the documents cite.
//
// No national text fixes the format of a departmental deliberation's number: « année-numéro
// d'ordre » (2023-122) is the registers' usage, each year's numbering starting again at 1 —
// the département's practice seen in every act of the seed. A number is what identifies the act
// (transmission to the prefect, publication, citation in later acts), so:
//  - the act's number blank (nothing but « N° » printed): `ctx.blank_severity()` — info in a
//    draft, error once signed (a signed act must be identifiable);
//  - printed but unreadable (`DeliberationNumber::parse` fails: no digit, characters no
//    numbering uses): warning, with the parser's message. A local numbering (« DCP-2024-0415 »)
//    is a number like any other;
//  - the collectivité declared its numbering (`CheckOptions::deliberation_number_format`) and
//    the act's number does not follow it: warning;
//  - year of the number ≠ year of the meeting (or, for a cited deliberation or the
//    convention's authorising act, ≠ year of its stated date): warning — one of the two is
//    probably mistyped; not an error, since numbering is a local practice.
// Document order: the act's own number, then the deliberation visas of the deliberation, the
// report and the convention, then the convention parties' authorisations.
#pragma once

#include <array>
#include <string>
#include <variant>
#include <vector>

#include "compliance/rules/assembly_common.hpp"

namespace subvention::compliance::rules {

/// Fondement juridique of DELIB-NUMBER (the rule's default legal basis).
inline constexpr std::array<LegalRef, 1> delib_number_basis{{
    {"Registre des délibérations : numérotation annuelle (usage ; aucun texte national n'en "
     "fixe le format)",
     "", "none (a usage, not a text)"},
}};

namespace detail {

/// The printed number without its parentheses (« (N°2023-122) » → « N°2023-122 »).
[[nodiscard]] inline std::string_view number_text(std::string_view printed) {
    std::string_view s = subvention::detail::trim_spaces(printed);
    while (!s.empty() && (s.front() == '(' || s.front() == '['))
        s = subvention::detail::trim_spaces(s.substr(1));
    while (!s.empty() && (s.back() == ')' || s.back() == ']' || s.back() == '.'))
        s = subvention::detail::trim_spaces(s.substr(0, s.size() - 1));
    return s;
}

/// Emits a year mismatch between a number and a date; `what` names the deliberation
/// (« de la délibération visée »).
inline void emit_number_year(Emitter& out, Location location, const DeliberationNumber& n,
                             std::optional<int> number_year, Date date, const char* what,
                             std::string_view date_key) {
    const int date_year = static_cast<int>(date.year());
    if (!number_year || *number_year == date_year)
        return; // a numbering without a year says nothing of the date
    Diagnostic diag;
    diag.severity = Severity::warning;
    diag.location = std::move(location);
    diag.parts.push_back(Message("DELIB-NUMBER.year")
                             .arg("number", n.formatted())
                             .arg("what", Message(what))
                             .arg("year", *number_year)
                             .arg("date", date));
    fact(diag, "number", n.formatted(), Unit::code);
    fact(diag, "number_year", *number_year);
    fact(diag, std::string(date_key), date);
    fact(diag, "date_year", date_year);
    out.emit(std::move(diag));
}

} // namespace detail

/// DELIB-NUMBER: numéro de délibération absent, illisible, ou dont le millésime diffère de
/// l'année de la séance.
inline void check_delib_number(const Context& ctx, Emitter& out) {
    using namespace detail;
    const auto& dossier = ctx.dossier;
    if (const auto& d = dossier.deliberation) {
        const auto& stated = d->number;
        std::optional<DeliberationNumber> number = stated.value;
        if (!number) {
            const auto text = number_text(stated.source.text);
            auto parsed = DeliberationNumber::parse(text);
            bool has_digit = false;
            for (const char c : text)
                has_digit = has_digit || subvention::detail::is_digit(c);
            if (parsed) {
                number = parsed.value(); // printed and readable: check its year below
            } else {
                Diagnostic diag;
                diag.location = at(stated.source, "/deliberation/number");
                if (!has_digit) {
                    diag.severity = ctx.blank_severity();
                    diag.parts.emplace_back("DELIB-NUMBER.blank");
                    fact(diag, "blank", true);
                } else {
                    diag.severity = Severity::warning;
                    diag.parts.push_back(Message("DELIB-NUMBER.unreadable")
                                             .arg("printed", std::string(text))
                                             .arg("error", parsed.error().message));
                    fact(diag, "blank", false);
                    fact(diag, "printed", std::string(text));
                    fact(diag, "error_kind", std::string(to_string(parsed.error().kind)),
                         Unit::code);
                }
                out.emit(std::move(diag));
            }
        }
        std::optional<int> year = number ? number->year() : std::nullopt;
        if (number && ctx.options.deliberation_number_format) {
            const auto& format = *ctx.options.deliberation_number_format;
            if (const auto m = format.match(*number)) {
                if (m->year != 0)
                    year = m->year;
            } else {
                Diagnostic diag;
                diag.severity = Severity::warning;
                diag.location = at(stated.source, "/deliberation/number");
                diag.parts.push_back(Message("DELIB-NUMBER.format")
                                         .arg("number", number->formatted())
                                         .arg("format", std::string(format.text())));
                fact(diag, "number", number->formatted(), Unit::code);
                fact(diag, "format", std::string(format.text()), Unit::code);
                out.emit(std::move(diag));
            }
        }
        if (number && !d->meeting_date.value.is_special())
            emit_number_year(out, at(stated.source, "/deliberation/number"), *number, year,
                             d->meeting_date.value, "DELIB-NUMBER.of_deliberation", "meeting_date");
    }
    for (const auto& list : visa_lists(dossier)) {
        for (std::size_t i = 0; i < list.visas->size(); ++i) {
            const auto& v = (*list.visas)[i];
            const auto* dv = std::get_if<DeliberationVisa>(&v.content);
            if (dv == nullptr || !dv->number || !dv->date || dv->date->is_special())
                continue;
            emit_number_year(out, at(v.source, list.path + "/" + std::to_string(i)), *dv->number,
                             dv->number->year(), *dv->date, "DELIB-NUMBER.of_cited", "cited_date");
        }
    }
    if (const auto& c = dossier.convention) {
        for (const auto& [party, path] :
             {std::pair{&c->grantor, std::string("/convention/grantor/authorisation")},
              std::pair{&c->beneficiary, std::string("/convention/beneficiary/authorisation")}}) {
            const auto& auth = party->authorisation;
            if (!auth || !auth->number || !auth->date || auth->date->is_special())
                continue;
            emit_number_year(out, at(auth->source, path), *auth->number, auth->number->year(),
                             *auth->date, "DELIB-NUMBER.of_authorisation", "authorisation_date");
        }
    }
}

/// La règle DELIB-NUMBER of the catalogue (stable ID).
inline constexpr BuiltinRule delib_number{"DELIB-NUMBER", "Numéro de délibération",
                                          "Deliberation number", delib_number_basis,
                                          &check_delib_number};

} // namespace subvention::compliance::rules
