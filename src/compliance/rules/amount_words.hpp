// SPDX-License-Identifier: Apache-2.0
// subvention — AMOUNT-WORDS: an amount written in letters (« montant en toutes lettres ») that
// is not the amount written in figures beside it.
//
// The model keeps the letters where documents print them: `GrantDecision::amount_in_words`
// (deliberation's decisions, report's proposal), `Action::amount_in_words` (report's requests,
// convention's ceilings), `Payment::amount_in_words` (convention's payments). Each is parsed
// with `parse_words_fr` (words.hpp) and compared with its figure, exactly (Euros).
//  * letters ≠ figures: error — the act states two amounts for one sum. (For private deeds,
//    Code civil art. 1376 makes the letters prevail; that article does not govern
//    administrative acts and is not in docs/legal-reference.md, so it is neither the legal basis
//    nor quoted in the message.)
//  * letters that cannot be read (`parse_words_fr` error): warning, the amount is ambiguous.
// Surrounding parentheses and punctuation are ignored (« (cinquante-sept mille euros) »);
// letters without a unit (« cinquante-sept mille ») are read as euros. The seed prints no
// amount in letters: the rule is silent on it.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include <subvention/compliance/diagnostic.hpp>
#include <subvention/words.hpp>

#include "compliance/builtin_rule.hpp"
#include "compliance/rules/amounts_common.hpp"

namespace subvention::compliance::rules {

inline constexpr std::array<LegalRef, 1> amount_words_basis{{
    {"loi 2000-321", "10 al. 4",
     "rédaction de la loi n° 2021-875 du 1er juillet 2021 for acts from 3 July 2021, text in "
     "force on 1 January 2016 before; the convention duty in force since 13 June 2001 (3rd "
     "paragraph until 2014)"},
}};

namespace detail {

/// `s` without surrounding blanks, parentheses, brackets and punctuation.
[[nodiscard]] inline std::string_view words_core(std::string_view s) {
    constexpr std::string_view strip = "()[].,;:";
    for (;;) {
        const std::string_view before = s;
        s = subvention::detail::trim_spaces(s);
        while (!s.empty() && strip.find(s.front()) != std::string_view::npos)
            s.remove_prefix(1);
        while (!s.empty() && strip.find(s.back()) != std::string_view::npos)
            s.remove_suffix(1);
        if (s == before)
            return s;
    }
}

/// The amount in letters, read leniently (see the file comment).
[[nodiscard]] inline Result<Euros> read_words(std::string_view text) {
    const std::string_view core = words_core(text);
    auto r = parse_words_fr(core);
    if (r.ok() || core.empty())
        return r;
    auto with_unit = parse_words_fr(std::string(core) + " euros");
    return with_unit.ok() ? with_unit : r;
}

} // namespace detail

/// AMOUNT-WORDS (« montant en lettres »): see the file comment.
inline void check_amount_words(const Context& ctx, Emitter& out) {
    using namespace detail;
    auto check = [&out](DocumentKind doc, const std::optional<std::string>& words,
                        const Stated<Euros>& figure, const std::string& path) {
        if (!words || subvention::detail::trim_spaces(*words).empty())
            return;
        Location location = at(figure.source, path + "/amount_in_words");
        location.document = doc;
        const Message place = document_phrase(doc, figure.source.section);
        const auto read = read_words(*words);
        Diagnostic d;
        d.location = std::move(location);
        if (!read.ok()) {
            // The French message quotes the parser's explanation, which exists in French only;
            // the English one names the kind of error instead.
            d.severity = Severity::warning;
            d.parts.push_back(Message("AMOUNT-WORDS.unreadable")
                                  .arg("words", *words)
                                  .arg("place", place)
                                  .arg("error", read.error().message)
                                  .arg("error_kind", std::string(to_string(read.error().kind)))
                                  .arg("amount", figure.value));
            fact(d, "amount_in_words", *words);
            fact(d, "amount", figure.value);
            fact(d, "error_kind", std::string(to_string(read.error().kind)), Unit::code);
            out.emit(std::move(d));
            return;
        }
        if (*read == figure.value)
            return;
        d.severity = Severity::error;
        d.parts.push_back(Message("AMOUNT-WORDS.differs")
                              .arg("where", place)
                              .arg("words", *words)
                              .arg("read", *read)
                              .arg("amount", figure.value));
        fact(d, "amount_in_words", *words);
        fact(d, "words_amount", *read);
        fact(d, "amount", figure.value);
        out.emit(std::move(d));
    };

    const Dossier& dossier = ctx.dossier;
    if (dossier.deliberation) {
        const auto& grants = dossier.deliberation->grants;
        for (std::size_t i = 0; i < grants.size(); ++i)
            check(DocumentKind::deliberation, grants[i].amount_in_words, grants[i].amount,
                  "/deliberation/grants/" + std::to_string(i));
    }
    if (dossier.rapport) {
        const auto& ops = dossier.rapport->operations;
        for (std::size_t i = 0; i < ops.size(); ++i)
            if (ops[i].amount)
                check(DocumentKind::rapport, ops[i].amount_in_words, *ops[i].amount,
                      "/rapport/operations/" + std::to_string(i));
        const auto& grants = dossier.rapport->proposed_grants;
        for (std::size_t i = 0; i < grants.size(); ++i)
            check(DocumentKind::rapport, grants[i].amount_in_words, grants[i].amount,
                  "/rapport/proposed_grants/" + std::to_string(i));
    }
    if (dossier.convention) {
        const auto& actions = dossier.convention->actions;
        for (std::size_t i = 0; i < actions.size(); ++i)
            if (actions[i].amount)
                check(DocumentKind::convention, actions[i].amount_in_words, *actions[i].amount,
                      "/convention/actions/" + std::to_string(i));
        const auto& payments = dossier.convention->payment_schedule.payments;
        for (std::size_t i = 0; i < payments.size(); ++i)
            check(DocumentKind::convention, payments[i].amount_in_words, payments[i].amount,
                  "/convention/payment_schedule/payments/" + std::to_string(i));
    }
}

/// AMOUNT-WORDS: an amount in letters differs from the figures.
inline constexpr BuiltinRule amount_words{"AMOUNT-WORDS", "Montant en lettres", "Amount in words",
                                          amount_words_basis, &check_amount_words};

} // namespace subvention::compliance::rules
