// SPDX-License-Identifier: Apache-2.0
// CONV-BANK-DETAILS — the bank details section of the convention (« Référence IBAN », « BIC »,
// « Domiciliation », « Titulaire du compte ») left blank.
//
// The payment of the aid goes to the account these fields designate; the seed's art. 9 says the
// payments « ne peuvent intervenir qu'après la production d'un relevé d'identité bancaire ». The
// bank details are a payment document the public accountant needs, not one of the mentions
// loi 2000-321 art. 10 requires of the convention: the basis is the convention's own clause. A
// blank is normal in a draft annexed to the deliberation, to be filled in (or the RIB supplied)
// before payment:
//  - signed stage (`Stage::signed_`): error — the accountant cannot pay;
//  - draft: info, which says whether the convention makes payment depend on these details (at
//    least one payment scheduled).
// One diagnostic per convention listing the blank fields (`blank_fields`); a field is blank when
// absent or printed as fillers only (underscores, dots, spaces). Nothing is said when the
// convention has no bank details section (the RIB may be supplied separately).
// Decision: a filled-in but *invalid* IBAN or BIC is not reported here but by ID-CHECKSUM, which
// validates every identifier of the dossier — no finding is reported twice.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <subvention/convention.hpp>

#include "compliance/builtin_rule.hpp"
#include "compliance/rules/formal_common.hpp"

namespace subvention::compliance::rules {

inline constexpr std::array<LegalRef, 1> conv_bank_details_basis{{
    {"convention", "", "the convention of the dossier (its bank details and payment clauses)"},
}};

/// Contrôle des coordonnées bancaires de la convention (CONV-BANK-DETAILS).
inline void check_conv_bank_details(const Context& ctx, Emitter& out) {
    if (!ctx.dossier.convention || !ctx.dossier.convention->bank_details)
        return;
    const Convention& c = *ctx.dossier.convention;
    const BankDetails& bank = *c.bank_details;

    struct Field {
        const Stated<std::optional<std::string>>* value;
        std::string_view key;
        std::string_view name; ///< catalogue entry naming the field
    };
    const std::array<Field, 4> fields{{
        {&bank.iban, "iban", "CONV-BANK-DETAILS.field_iban"},
        {&bank.bic, "bic", "CONV-BANK-DETAILS.field_bic"},
        {&bank.domiciliation, "domiciliation", "CONV-BANK-DETAILS.field_domiciliation"},
        {&bank.holder, "holder", "CONV-BANK-DETAILS.field_holder"},
    }};
    std::vector<const Field*> blank;
    for (const auto& f : fields)
        if (detail::is_blank(f.value->value))
            blank.push_back(&f);
    if (blank.empty())
        return;

    const bool signed_stage = ctx.stage() == Stage::signed_;
    const std::size_t payments = c.payment_schedule.payments.size();
    std::vector<std::string> keys;
    std::vector<Message> names;
    std::string text;
    for (const auto* f : blank) {
        keys.emplace_back(f->key);
        names.emplace_back(std::string(f->name));
        if (!text.empty())
            text += " ; ";
        text += f->value->source.text;
    }
    const SourceRef& first = blank.front()->value->source;
    const std::string section =
        first.section.empty() ? std::string("coordonnées bancaires") : first.section;
    const bool one = blank.size() == 1;

    Diagnostic d;
    d.severity = signed_stage ? Severity::error : Severity::info;
    d.location = Location{DocumentKind::convention, section,
                          one ? "/convention/bank_details/" + keys.front()
                              : std::string("/convention/bank_details"),
                          text};
    const Message what =
        Message("CONV-BANK-DETAILS.blank")
            .arg("count", blank.size())
            .arg("fields", std::move(names))
            .arg("section", first.section.empty() ? Message("CONV-BANK-DETAILS.section_unnamed")
                                                  : Message("phrase.text").arg("text", section));
    if (signed_stage)
        d.parts.push_back(Message("CONV-BANK-DETAILS.signed").arg("what", what));
    else if (payments > 0)
        // English says « depends on it » or « on them » after the number of blank fields.
        d.parts.push_back(Message(one ? "CONV-BANK-DETAILS.payments_one_field"
                                      : "CONV-BANK-DETAILS.payments_fields")
                              .arg("what", what)
                              .arg("payments", payments));
    else
        d.parts.push_back(Message("CONV-BANK-DETAILS.draft").arg("what", what));
    d.legal_basis = {
        LegalBasis{"convention", detail::article_of(section), "the convention of the dossier"}};
    fact(d, "blank_fields", detail::join(keys), Unit::code);
    fact(d, "blank_count", blank.size());
    fact(d, "stage", std::string(to_string(ctx.stage())), Unit::code);
    fact(d, "payment_count", payments);
    out.emit(std::move(d));
}

/// CONV-BANK-DETAILS: coordonnées bancaires en blanc.
inline constexpr BuiltinRule conv_bank_details{"CONV-BANK-DETAILS", "Coordonnées bancaires",
                                               "Bank details", conv_bank_details_basis,
                                               &check_conv_bank_details};

} // namespace subvention::compliance::rules
