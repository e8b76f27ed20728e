// SPDX-License-Identifier: Apache-2.0
// subvention::local — the fact vocabulary of local rules and how each fact is read from a
// dossier (docs/local-rules.md lists them; a test checks the two agree).
#include <array>
#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

#include <subvention/budget/imputation.hpp>
#include <subvention/budget_plan.hpp>
#include <subvention/convention.hpp>
#include <subvention/deliberation.hpp>
#include <subvention/dossier.hpp>
#include <subvention/execution.hpp>
#include <subvention/local/facts.hpp>
#include <subvention/report.hpp>

#include "local/facts_reader.hpp"

namespace subvention::local {

namespace {

using std::string_view;

constexpr string_view legal_forms[] = {"unknown",
                                       "departement",
                                       "region",
                                       "commune",
                                       "epci",
                                       "public_body",
                                       "association",
                                       "foundation",
                                       "company",
                                       "other",
                                       "association_cultuelle"};
constexpr string_view bodies[] = {"conseil_departemental", "commission_permanente"};
constexpr string_view sections[] = {"fonctionnement", "investissement"};
constexpr string_view payment_kinds[] = {"single", "advance", "balance"};
constexpr string_view payment_triggers[] = {"signature", "date", "final_report", "control",
                                            "other"};
constexpr string_view clause_kinds[] = {"laicite",
                                        "contrat_engagement_republicain",
                                        "communication_charter",
                                        "correspondence",
                                        "professional_secrecy",
                                        "competitive_purchasing",
                                        "eligible_expenses_in_period",
                                        "intellectual_property",
                                        "conflict_of_interest",
                                        "control",
                                        "avenant",
                                        "renunciation",
                                        "termination",
                                        "reimbursement",
                                        "jurisdiction",
                                        "state_aid",
                                        "pass_on_allowed",
                                        "unspent_kept"};
constexpr string_view tacit_renewals[] = {"absent", "excluded", "allowed"};

constexpr FactInfo f(string_view name, Type type, string_view fr, string_view en) {
    return FactInfo{name, type, {}, {}, fr, en};
}
constexpr FactInfo code(string_view name, std::span<const string_view> values, string_view fr,
                        string_view en) {
    return FactInfo{name, Type::text, values, {}, fr, en};
}
constexpr FactInfo list(string_view name, std::span<const FactInfo> fields, string_view fr,
                        string_view en) {
    return FactInfo{name, Type::list, {}, fields, fr, en};
}

constexpr FactInfo grant_fields[] = {
    f("beneficiary", Type::text, "bénéficiaire nommé par la décision, tel qu'imprimé",
      "beneficiary named by the decision, as printed"),
    f("amount", Type::money, "montant attribué", "amount granted"),
    f("year", Type::number, "année pour laquelle la subvention est attribuée",
      "year the subsidy is granted for"),
};
constexpr FactInfo action_fields[] = {
    f("title", Type::text, "intitulé de l'action", "title of the action"),
    f("amount", Type::money, "montant maximum de l'aide pour l'action (plafond)",
      "ceiling of the aid for the action"),
};
constexpr FactInfo payment_fields[] = {
    code("kind", payment_kinds,
         "nature du versement : single, advance (avance, acompte), balance "
         "(solde)",
         "kind of payment: single, advance, balance"),
    f("amount", Type::money, "montant prévu", "scheduled amount"),
    code("trigger", payment_triggers,
         "fait générateur : signature, date, final_report (bilan), control (service fait), other",
         "what releases it: signature, date, final_report, control, other"),
    f("date", Type::date, "date fixée du versement, le cas échéant",
      "fixed date of the payment, if any"),
};
constexpr FactInfo payment_made_fields[] = {
    f("date", Type::date, "date du versement (mandatement ou virement)",
      "date of the payment (mandate or transfer)"),
    f("amount", Type::money, "montant versé", "amount paid"),
    f("reference", Type::text, "numéro de mandat ou de bordereau", "mandate or bordereau number"),
};
constexpr FactInfo imputation_fields[] = {
    f("operation", Type::text, "code d'opération (« C01-020Q01 »)", "operation code"),
    f("nature", Type::text, "compte par nature M57 (« 6568 »)", "M57 nature account"),
    f("chapter", Type::text, "chapitre fonctionnel (« 936 »)", "functional chapter"),
    f("function", Type::text, "fonction (« 65 »)", "function"),
    code("section", sections, "section : fonctionnement ou investissement",
         "section: fonctionnement or investissement"),
    f("amount", Type::money, "dépense imputée sur la ligne", "expense charged to the row"),
};
constexpr FactInfo clause_fields[] = {
    code("kind", clause_kinds, "nature de la clause (liste dans docs/local-rules.md)",
         "kind of clause (listed in docs/local-rules.md)"),
    f("delay", Type::duration, "délai que fixe la clause (préavis, reversement), le cas échéant",
      "delay the clause sets (notice, repayment), if any"),
};
constexpr FactInfo annex_fields[] = {
    f("name", Type::text, "intitulé de l'annexe jointe", "title of the attached annex"),
};

constexpr FactInfo budget_resource_fields[] = {
    f("account", Type::number, "compte de produits du CERFA (70 à 78, 87)",
      "CERFA resource account (70 to 78, 87)"),
    f("label", Type::text, "intitulé, le financeur pour un compte 74",
      "label, the funder for an account 74"),
    f("amount", Type::money, "montant prévu", "planned amount"),
    f("departement", Type::boolean, "la ligne est la part du Département (cette subvention)",
      "the line is the département's share (this subsidy)"),
};

constexpr FactInfo vocabulary[] = {
    // The act
    f("act.date", Type::date,
      "date à laquelle le droit est apprécié : la séance de la délibération, à défaut la "
      "signature ou le début de la période de la convention (ou --as-of)",
      "date the law is evaluated at: the meeting, else the convention's signature or period "
      "start (or --as-of)"),
    f("deliberation.present", Type::boolean, "le dossier contient la délibération",
      "the dossier holds the deliberation"),
    f("rapport.present", Type::boolean, "le dossier contient le rapport du Président",
      "the dossier holds the President's report"),
    f("convention.present", Type::boolean, "le dossier contient la convention",
      "the dossier holds the convention"),
    f("execution.present", Type::boolean,
      "le dossier contient des faits d'exécution (versements, bilan)",
      "the dossier holds execution facts (payments, final report)"),
    code("assembly.body", bodies,
         "assemblée qui délibère : conseil_departemental ou "
         "commission_permanente",
         "deliberating body"),
    f("meeting.date", Type::date, "date de la séance (délibération, à défaut rapport)",
      "date of the meeting (deliberation, else report)"),
    f("deliberation.number", Type::text, "numéro de la délibération (« 2023-122 »)",
      "number of the deliberation"),
    f("deliberation.signature_date", Type::date, "date de signature de la délibération",
      "signature date of the deliberation"),
    f("deliberation.transmission_date", Type::date, "date de réception en préfecture",
      "date received by the prefect"),
    f("deliberation.publication_date", Type::date, "date de publication de la délibération",
      "publication date of the deliberation"),
    f("grantor.departement", Type::text, "code INSEE du département attributaire (« 62 »)",
      "INSEE code of the granting département"),
    // Amounts
    f("amount.granted", Type::money,
      "montant attribué : total des décisions de la délibération, à défaut la proposition du "
      "rapport, à défaut le total des plafonds de la convention",
      "amount granted: the deliberation's decisions, else the report's proposal, else the "
      "convention's ceilings"),
    f("amount.proposed", Type::money, "montant proposé par le rapport",
      "amount proposed by the report"),
    f("amount.requested", Type::money, "montant sollicité (actions du rapport)",
      "amount requested (the report's operations)"),
    f("amount.ceiling", Type::money, "total des plafonds d'aide de la convention",
      "total of the convention's ceilings"),
    f("amount.scheduled", Type::money, "total de l'échéancier de versement de la convention",
      "total of the convention's payment schedule"),
    f("amount.imputed", Type::money, "total imputé par le tableau budgétaire de la délibération",
      "total charged by the deliberation's budget table"),
    f("amount.paid", Type::money, "total des versements effectués (exécution)",
      "total of the payments made (execution)"),
    list("grants", grant_fields, "décisions d'attribution de la délibération",
         "grant decisions of the deliberation"),
    list("actions", action_fields, "actions de la convention et leurs plafonds",
         "the convention's actions and ceilings"),
    list("payments", payment_fields, "échéancier de versement de la convention",
         "the convention's payment schedule"),
    list("payments_made", payment_made_fields, "versements effectués (exécution)",
         "payments made (execution)"),
    // Budget
    list("imputations", imputation_fields,
         "lignes d'imputation de la délibération (à défaut du rapport)",
         "imputation rows of the deliberation (else the report)"),
    f("imputation.operation", Type::text, "code d'opération de la première ligne d'imputation",
      "operation code of the first imputation row"),
    f("imputation.nature", Type::text, "compte par nature de la première ligne (« 6568 »)",
      "nature account of the first row"),
    f("imputation.chapter", Type::text, "chapitre fonctionnel de la première ligne (« 936 »)",
      "functional chapter of the first row"),
    f("imputation.function", Type::text, "fonction de la première ligne (« 65 »)",
      "function of the first row"),
    code("imputation.section", sections, "section de la première ligne",
         "section of the first row"),
    // Beneficiary
    f("beneficiary.name", Type::text,
      "dénomination du bénéficiaire (convention, à défaut "
      "délibération)",
      "name of the beneficiary"),
    code("beneficiary.legal_form", legal_forms, "forme juridique du bénéficiaire (convention)",
         "legal form of the beneficiary"),
    f("beneficiary.siren", Type::text,
      "SIREN du bénéficiaire (9 chiffres, tiré du SIREN ou du "
      "SIRET imprimé)",
      "SIREN of the beneficiary"),
    f("beneficiary.siret", Type::text, "SIRET du bénéficiaire (14 chiffres)",
      "SIRET of the beneficiary"),
    f("beneficiary.rna", Type::text, "numéro RNA du bénéficiaire (W + 9 chiffres)",
      "RNA number of the beneficiary"),
    f("beneficiary.departement", Type::text, "code du département du siège du bénéficiaire",
      "département of the beneficiary's seat"),
    f("beneficiary.economic_activity", Type::boolean,
      "le bénéficiaire exerce une activité économique", "the beneficiary has an economic activity"),
    f("beneficiary.resources", Type::money,
      "produits du compte de résultat du dernier exercice clos du bénéficiaire",
      "products of the beneficiary's last income statement"),
    f("beneficiary.other_public_subsidies", Type::money,
      "autres subventions publiques de l'année (hors celle-ci)",
      "other public subsidies of the year"),
    f("beneficiary.exercise_end", Type::date, "dernier jour de l'exercice subventionné",
      "last day of the subsidised accounting year"),
    // Convention
    f("convention.signature_date", Type::date, "date de signature de la convention",
      "signature date of the convention"),
    f("period.start", Type::date, "premier jour de la période d'application de la convention",
      "first day of the convention's period"),
    f("period.end", Type::date, "dernier jour de la période d'application",
      "last day of the convention's period"),
    f("report.deadline", Type::date, "date limite du bilan final stipulée par la convention",
      "final report deadline stated by the convention"),
    code("convention.tacit_renewal", tacit_renewals,
         "tacite reconduction : absent, excluded, allowed", "tacit renewal"),
    f("convention.bank_details", Type::boolean,
      "la convention comporte un relevé d'identité "
      "bancaire",
      "the convention has bank details"),
    f("convention.original_copies", Type::number, "nombre d'exemplaires originaux",
      "number of original copies"),
    list("clauses", clause_fields, "clauses de la convention", "clauses of the convention"),
    list("annexes", annex_fields, "annexes jointes au dossier", "annexes attached to the dossier"),
    // The dossier's life
    f("request.date", Type::date, "date de la demande de subvention", "date of the request"),
    f("notification.date", Type::date, "date de notification de la décision au bénéficiaire",
      "date the decision was notified"),
    f("open_data.publication_date", Type::date,
      "date de publication des données essentielles en open data",
      "publication date of the essential data"),
    // The vote
    f("vote.for", Type::number, "voix pour", "votes for"),
    f("vote.against", Type::number, "voix contre", "votes against"),
    f("vote.abstentions", Type::number, "abstentions", "abstentions"),
    f("vote.present", Type::number, "membres présents selon la liste d'émargement",
      "members present per the attendance list"),
    f("vote.proxies", Type::number, "pouvoirs enregistrés", "proxies recorded"),
    f("vote.interested", Type::number, "membres déclarés intéressés à l'affaire",
      "members declared interested"),
    // Execution
    f("final_report.sent_on", Type::date, "date de transmission du bilan final",
      "date the final report was sent"),
    f("final_report.expenses", Type::money, "total des dépenses déclarées par le bilan final",
      "total of the expenses the final report declares"),
    // Budget prévisionnel (CERFA 12156), all actions together
    f("budget.cost", Type::money,
      "coût prévu : total des charges (comptes 60 à 68) des budgets prévisionnels",
      "planned cost: total charges (accounts 60 to 68) of the forecasts"),
    f("budget.resources", Type::money, "total des produits prévus (comptes 70 à 78)",
      "total planned resources (accounts 70 to 78)"),
    f("budget.subsidies", Type::money,
      "subventions prévues (compte 74), celle du Département comprise",
      "planned subsidies (account 74), the département's included"),
    f("budget.departement_share", Type::money,
      "part du Département prévue au budget (lignes qui la désignent)",
      "the département's share in the forecast (lines marked as such)"),
    list("budget_resources", budget_resource_fields, "lignes de produits des budgets prévisionnels",
         "resource lines of the forecasts"),
};

consteval std::size_t ix(string_view name) {
    for (std::size_t i = 0; i < std::size(vocabulary); ++i)
        if (vocabulary[i].name == name)
            return i;
    throw "unknown fact"; // a compile-time error: the name is not in the vocabulary
}

template <std::size_t N>
consteval std::size_t fx(const FactInfo (&fields)[N], string_view name) {
    for (std::size_t i = 0; i < N; ++i)
        if (fields[i].name == name)
            return i;
    throw "unknown field";
}

using detail::FactTable;
using detail::FactValue;
using detail::List;
using detail::Record;
using detail::Scalar;

Scalar money(Euros e) {
    return detail::money_of(e);
}
Scalar number(std::int64_t n) {
    return detail::Number{detail::Q::integer(n), false};
}

class Reader {
public:
    explicit Reader(FactTable& t)
        : t_(t) {}

    void set(std::size_t i, Scalar v, std::optional<SourceRef> source, std::string path) {
        t_.values[i] = FactValue{std::move(v), std::move(source), std::move(path)};
    }
    template <class T>
    void set_stated(std::size_t i, const Stated<T>& s, Scalar v, std::string path) {
        set(i, std::move(v), s.source, std::move(path));
    }
    List& list(std::size_t i, std::string path, std::optional<SourceRef> source = {}) {
        t_.lists.push_back(std::make_unique<List>());
        List& l = *t_.lists.back();
        set(i, static_cast<const List*>(&l), std::move(source), std::move(path));
        return l;
    }

private:
    FactTable& t_;
};

/// A sum of amounts: one that overflows is unknown, so the rules reading it stay undecided.
class Total {
public:
    void add(Euros e) {
        if (overflow_)
            return;
        try {
            sum_ = sum_ + e;
        } catch (const std::overflow_error&) {
            overflow_ = true;
        }
    }
    [[nodiscard]] Scalar value() const { return overflow_ ? Scalar{} : money(sum_); }

private:
    Euros sum_;
    bool overflow_ = false;
};

template <class F>
auto or_unknown(F f) -> decltype(f()) {
    try {
        return f();
    } catch (const std::overflow_error&) {
        return std::nullopt;
    }
}

std::int64_t number_of(ResourceAccount a) {
    return static_cast<std::int64_t>(subvention::number(a));
}

Record record(std::size_t n) {
    Record r;
    r.fields.resize(n);
    return r;
}

std::string identifier_digits(std::string_view printed) {
    std::string out;
    for (char c : printed)
        if ((c >= '0' && c <= '9') || c == 'W' || c == 'w')
            out += c == 'w' ? 'W' : c;
    return out;
}

void read_deliberation(const Deliberation& d, Reader& r) {
    const SourceRef doc{DocumentKind::deliberation, {}, {}};
    r.set(ix("deliberation.present"), true, std::nullopt, "/deliberation");
    r.set(ix("assembly.body"), std::string(to_string(d.attendance.body)), doc,
          "/deliberation/attendance/body");
    if (!d.meeting_date.value.is_special())
        r.set_stated(ix("meeting.date"), d.meeting_date, d.meeting_date.value,
                     "/deliberation/meeting_date");
    if (d.number.value)
        r.set_stated(ix("deliberation.number"), d.number, d.number.value->formatted(),
                     "/deliberation/number");
    if (d.signature.date.value && !d.signature.date.value->is_special())
        r.set_stated(ix("deliberation.signature_date"), d.signature.date, *d.signature.date.value,
                     "/deliberation/signature/date");
    if (d.transmission_date)
        r.set_stated(ix("deliberation.transmission_date"), *d.transmission_date,
                     d.transmission_date->value, "/deliberation/transmission_date");
    if (d.publication_date)
        r.set_stated(ix("deliberation.publication_date"), *d.publication_date,
                     d.publication_date->value, "/deliberation/publication_date");
    if (!d.collectivite.departement_code.empty())
        r.set(ix("grantor.departement"), d.collectivite.departement_code, doc,
              "/deliberation/collectivite/departement_code");

    auto& grants = r.list(ix("grants"), "/deliberation/grants", doc);
    Total total;
    for (std::size_t i = 0; i < d.grants.size(); ++i) {
        const auto& g = d.grants[i];
        const std::string path = "/deliberation/grants/" + std::to_string(i);
        Record rec = record(std::size(grant_fields));
        rec.fields[fx(grant_fields, "beneficiary")] =
            FactValue{g.beneficiary, g.amount.source, path + "/beneficiary"};
        rec.fields[fx(grant_fields, "amount")] =
            FactValue{money(g.amount.value), g.amount.source, path + "/amount"};
        if (g.year)
            rec.fields[fx(grant_fields, "year")] =
                FactValue{number(*g.year), g.amount.source, path + "/year"};
        grants.items.push_back(std::move(rec));
        total.add(g.amount.value);
    }
    if (!d.grants.empty())
        r.set(ix("amount.granted"), total.value(), d.grants.front().amount.source,
              "/deliberation/grants");

    // Vote
    const auto& tally = d.tally.value;
    r.set_stated(ix("vote.for"), d.tally, number(tally.pour.count()), "/deliberation/tally/pour");
    r.set_stated(ix("vote.against"), d.tally, number(tally.contre.count()),
                 "/deliberation/tally/contre");
    r.set_stated(ix("vote.abstentions"), d.tally,
                 number(tally.abstention ? tally.abstention->count() : 0),
                 "/deliberation/tally/abstention");
    if (!d.attendance.entries.empty()) {
        std::int64_t present = 0;
        for (const auto& e : d.attendance.entries)
            present += e.status == AttendanceStatus::present ? 1 : 0;
        r.set(ix("vote.present"), number(present), doc, "/deliberation/attendance/entries");
    }
    if (d.attendance.proxies)
        r.set(ix("vote.proxies"), number(static_cast<std::int64_t>(d.attendance.proxies->size())),
              doc, "/deliberation/attendance/proxies");
    r.set(ix("vote.interested"), number(static_cast<std::int64_t>(d.attendance.interested.size())),
          doc, "/deliberation/attendance/interested");
}

void read_imputations(const std::vector<ImputationRow>& rows, std::string_view base, Reader& r) {
    auto& list = r.list(ix("imputations"), std::string(base));
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const auto& row = rows[i];
        const std::string path = std::string(base) + "/" + std::to_string(i);
        Record rec = record(std::size(imputation_fields));
        const auto field = [&](std::size_t k, Scalar v, std::string_view leaf) {
            rec.fields[k] = FactValue{std::move(v), row.source, path + std::string(leaf)};
        };
        if (!row.operation_code.empty())
            field(fx(imputation_fields, "operation"), row.operation_code, "/operation_code");
        field(fx(imputation_fields, "amount"), money(row.proposed), "/proposed");
        if (const auto imp = Imputation::parse(row.imputation)) {
            field(fx(imputation_fields, "nature"), std::string(imp->nature().code()),
                  "/imputation");
            field(fx(imputation_fields, "chapter"), std::string(imp->chapter().code()),
                  "/imputation");
            field(fx(imputation_fields, "function"), std::string(imp->function().code()),
                  "/imputation");
            field(fx(imputation_fields, "section"), std::string(to_string(imp->section())),
                  "/imputation");
        }
        if (i == 0) {
            static constexpr std::pair<std::size_t, std::size_t> firsts[] = {
                {ix("imputation.operation"), fx(imputation_fields, "operation")},
                {ix("imputation.nature"), fx(imputation_fields, "nature")},
                {ix("imputation.chapter"), fx(imputation_fields, "chapter")},
                {ix("imputation.function"), fx(imputation_fields, "function")},
                {ix("imputation.section"), fx(imputation_fields, "section")},
            };
            for (const auto& [fact, k] : firsts)
                if (detail::known(rec.fields[k].value))
                    r.set(fact, rec.fields[k].value, rec.fields[k].source, rec.fields[k].path);
        }
        list.items.push_back(std::move(rec));
    }
}

void read_convention(const Convention& c, Reader& r) {
    const SourceRef doc{DocumentKind::convention, {}, {}};
    r.set(ix("convention.present"), true, std::nullopt, "/convention");
    const auto& b = c.beneficiary;
    if (!b.name.empty())
        r.set(ix("beneficiary.name"), b.name, b.source, "/convention/beneficiary/name");
    r.set(ix("beneficiary.legal_form"), std::string(to_string(b.legal_form)), b.source,
          "/convention/beneficiary/legal_form");
    {
        // Every identifier the beneficiary states, `identifier` first: each fact comes from the
        // first one of its shape (the RNA of an association whose SIRET is `identifier` is in
        // `other_identifiers`).
        bool siret = false, siren = false, rna = false;
        const auto set_once = [&](bool& done, std::size_t fact, std::string value,
                                  const StatedIdentifier& id, const std::string& path) {
            if (!done)
                r.set(fact, std::move(value), id.source, path);
            done = true;
        };
        const auto read_identifier = [&](const StatedIdentifier& id, const std::string& path) {
            const std::string digits = identifier_digits(id.value);
            if (digits.size() == 14 && digits.front() != 'W') {
                set_once(siret, ix("beneficiary.siret"), digits, id, path);
                set_once(siren, ix("beneficiary.siren"), digits.substr(0, 9), id, path);
            } else if (digits.size() == 9 && digits.front() != 'W') {
                set_once(siren, ix("beneficiary.siren"), digits, id, path);
            } else if (digits.size() == 10 && digits.front() == 'W') {
                set_once(rna, ix("beneficiary.rna"), digits, id, path);
            }
        };
        if (b.identifier)
            read_identifier(*b.identifier, "/convention/beneficiary/identifier");
        for (std::size_t i = 0; i < b.other_identifiers.size(); ++i)
            read_identifier(b.other_identifiers[i],
                            "/convention/beneficiary/other_identifiers/" + std::to_string(i));
    }
    if (!b.departement_code.empty())
        r.set(ix("beneficiary.departement"), b.departement_code, b.source,
              "/convention/beneficiary/departement_code");
    if (c.signature.date.value && !c.signature.date.value->is_special())
        r.set_stated(ix("convention.signature_date"), c.signature.date, *c.signature.date.value,
                     "/convention/signature/date");
    if (c.period) {
        r.set_stated(ix("period.start"), *c.period, c.period->value.start,
                     "/convention/period/start");
        r.set_stated(ix("period.end"), *c.period, c.period->value.end, "/convention/period/end");
    }
    if (c.obligations.final_report)
        for (std::size_t i = 0; i < c.obligations.final_report->deadlines.size(); ++i) {
            const auto& s = c.obligations.final_report->deadlines[i];
            if (s.date) {
                r.set(ix("report.deadline"), *s.date, s.source,
                      "/convention/obligations/final_report/deadlines/" + std::to_string(i));
                break;
            }
        }
    r.set_stated(ix("convention.tacit_renewal"), c.tacit_renewal,
                 std::string(to_string(c.tacit_renewal.value)), "/convention/tacit_renewal");
    r.set(ix("convention.bank_details"), c.bank_details.has_value(), doc,
          "/convention/bank_details");
    if (c.original_copies)
        r.set_stated(ix("convention.original_copies"), *c.original_copies,
                     number(c.original_copies->value), "/convention/original_copies");

    if (const auto total = or_unknown([&] { return ceilings_total(c); })) {
        std::optional<SourceRef> first;
        for (const auto& a : c.actions)
            if (a.amount && !first)
                first = a.amount->source;
        r.set(ix("amount.ceiling"), money(*total), first, "/convention/actions");
    }
    auto& actions = r.list(ix("actions"), "/convention/actions", doc);
    for (std::size_t i = 0; i < c.actions.size(); ++i) {
        const auto& a = c.actions[i];
        const std::string path = "/convention/actions/" + std::to_string(i);
        Record rec = record(std::size(action_fields));
        const std::optional<SourceRef> where =
            a.amount ? std::optional<SourceRef>(a.amount->source) : std::optional<SourceRef>(doc);
        if (a.title)
            rec.fields[fx(action_fields, "title")] = FactValue{*a.title, where, path + "/title"};
        if (a.amount)
            rec.fields[fx(action_fields, "amount")] =
                FactValue{money(a.amount->value), a.amount->source, path + "/amount"};
        actions.items.push_back(std::move(rec));
    }

    auto& payments = r.list(ix("payments"), "/convention/payment_schedule/payments", doc);
    Total scheduled;
    for (std::size_t i = 0; i < c.payment_schedule.payments.size(); ++i) {
        const auto& p = c.payment_schedule.payments[i];
        const std::string path = "/convention/payment_schedule/payments/" + std::to_string(i);
        Record rec = record(std::size(payment_fields));
        rec.fields[fx(payment_fields, "kind")] =
            FactValue{std::string(to_string(p.kind)), p.amount.source, path + "/kind"};
        rec.fields[fx(payment_fields, "amount")] =
            FactValue{money(p.amount.value), p.amount.source, path + "/amount"};
        rec.fields[fx(payment_fields, "trigger")] =
            FactValue{std::string(to_string(p.trigger)), p.amount.source, path + "/trigger"};
        if (p.date)
            rec.fields[fx(payment_fields, "date")] =
                FactValue{*p.date, p.amount.source, path + "/date"};
        payments.items.push_back(std::move(rec));
        scheduled.add(p.amount.value);
    }
    if (!c.payment_schedule.payments.empty())
        r.set(ix("amount.scheduled"), scheduled.value(),
              c.payment_schedule.payments.front().amount.source,
              "/convention/payment_schedule/payments");

    auto& clauses = r.list(ix("clauses"), "/convention/clauses", doc);
    for (std::size_t i = 0; i < c.clauses.size(); ++i) {
        const auto& cl = c.clauses[i];
        const std::string path = "/convention/clauses/" + std::to_string(i);
        Record rec = record(std::size(clause_fields));
        rec.fields[fx(clause_fields, "kind")] =
            FactValue{std::string(to_string(cl.kind)), cl.source, path + "/kind"};
        if (cl.delay)
            rec.fields[fx(clause_fields, "delay")] =
                FactValue{*cl.delay, cl.source, path + "/delay"};
        clauses.items.push_back(std::move(rec));
    }
}

void read_execution(const Execution& e, Reader& r) {
    const SourceRef doc{DocumentKind::dossier, "exécution", {}};
    r.set(ix("execution.present"), true, std::nullopt, "/execution");
    auto& made = r.list(ix("payments_made"), "/execution/payments", doc);
    Total paid;
    for (std::size_t i = 0; i < e.payments.size(); ++i) {
        const auto& p = e.payments[i];
        const std::string path = "/execution/payments/" + std::to_string(i);
        Record rec = record(std::size(payment_made_fields));
        rec.fields[fx(payment_made_fields, "date")] = FactValue{p.date, doc, path + "/date"};
        rec.fields[fx(payment_made_fields, "amount")] =
            FactValue{money(p.amount), doc, path + "/amount"};
        if (!p.reference.empty())
            rec.fields[fx(payment_made_fields, "reference")] =
                FactValue{p.reference, doc, path + "/reference"};
        made.items.push_back(std::move(rec));
        paid.add(p.amount);
    }
    r.set(ix("amount.paid"), paid.value(), doc, "/execution/payments");
    if (!e.forecasts.empty()) {
        Total cost;
        Total resources;
        Total subsidies;
        Total share;
        auto& lines = r.list(ix("budget_resources"), "/execution/forecasts", doc);
        for (std::size_t i = 0; i < e.forecasts.size(); ++i) {
            const auto& fc = e.forecasts[i];
            const std::string base = "/execution/forecasts/" + std::to_string(i) + "/table";
            for (const auto& c : fc.table.charges)
                if (!in_kind(c.account))
                    cost.add(c.amount);
            for (std::size_t k = 0; k < fc.table.resources.size(); ++k) {
                const auto& line = fc.table.resources[k];
                const std::string path = base + "/resources/" + std::to_string(k);
                if (!in_kind(line.account))
                    resources.add(line.amount);
                if (line.account == ResourceAccount::subventions_exploitation)
                    subsidies.add(line.amount);
                if (line.departement_share)
                    share.add(line.amount);
                Record rec = record(std::size(budget_resource_fields));
                rec.fields[fx(budget_resource_fields, "account")] =
                    FactValue{number(number_of(line.account)), fc.source, path + "/account"};
                if (!line.label.empty())
                    rec.fields[fx(budget_resource_fields, "label")] =
                        FactValue{line.label, fc.source, path + "/label"};
                rec.fields[fx(budget_resource_fields, "amount")] =
                    FactValue{money(line.amount), fc.source, path + "/amount"};
                rec.fields[fx(budget_resource_fields, "departement")] =
                    FactValue{line.departement_share, fc.source, path + "/departement_share"};
                lines.items.push_back(std::move(rec));
            }
        }
        const auto& where = e.forecasts.front().source;
        r.set(ix("budget.cost"), cost.value(), where, "/execution/forecasts");
        r.set(ix("budget.resources"), resources.value(), where, "/execution/forecasts");
        r.set(ix("budget.subsidies"), subsidies.value(), where, "/execution/forecasts");
        r.set(ix("budget.departement_share"), share.value(), where, "/execution/forecasts");
    }
    if (e.final_report) {
        if (e.final_report->sent_on)
            r.set(ix("final_report.sent_on"), *e.final_report->sent_on, doc,
                  "/execution/final_report/sent_on");
        Total spent;
        for (const auto& x : e.final_report->expenses)
            spent.add(x.amount);
        r.set(ix("final_report.expenses"), spent.value(), doc, "/execution/final_report/expenses");
    }
}

} // namespace

std::span<const FactInfo> fact_vocabulary() noexcept {
    return vocabulary;
}

const FactInfo* find_fact(std::string_view name) noexcept {
    for (const auto& v : vocabulary)
        if (v.name == name)
            return &v;
    return nullptr;
}

namespace detail {

FactTable read_facts(const Dossier& d, Date as_of) {
    FactTable t;
    t.values.resize(std::size(vocabulary));
    Reader r(t);
    r.set(ix("act.date"), as_of, std::nullopt, "/as_of");
    r.set(ix("deliberation.present"), d.deliberation.has_value(), std::nullopt, "/deliberation");
    r.set(ix("rapport.present"), d.rapport.has_value(), std::nullopt, "/rapport");
    r.set(ix("convention.present"), d.convention.has_value(), std::nullopt, "/convention");
    r.set(ix("execution.present"), d.execution.has_value(), std::nullopt, "/execution");
    // Empty lists rather than unknown ones: « no payment scheduled » is a fact a rule may test.
    for (const auto* name :
         {"grants", "actions", "payments", "payments_made", "imputations", "clauses", "annexes"})
        if (const auto* info = find_fact(name))
            r.list(static_cast<std::size_t>(info - vocabulary), "");

    if (d.deliberation)
        read_deliberation(*d.deliberation, r);
    if (d.rapport) {
        const auto& rp = *d.rapport;
        if (!detail::known(t.values[ix("meeting.date")].value) &&
            !rp.meeting_date.value.is_special())
            r.set_stated(ix("meeting.date"), rp.meeting_date, rp.meeting_date.value,
                         "/rapport/meeting_date");
        if (!rp.proposed_grants.empty()) {
            Total total;
            for (const auto& g : rp.proposed_grants)
                total.add(g.amount.value);
            r.set(ix("amount.proposed"), total.value(), rp.proposed_grants.front().amount.source,
                  "/rapport/proposed_grants");
            if (!detail::known(t.values[ix("amount.granted")].value))
                r.set(ix("amount.granted"), total.value(), rp.proposed_grants.front().amount.source,
                      "/rapport/proposed_grants");
        }
        if (const auto requested = or_unknown([&] { return requested_total(rp); })) {
            std::optional<SourceRef> first;
            for (const auto& op : rp.operations)
                if (op.amount && !first)
                    first = op.amount->source;
            r.set(ix("amount.requested"), money(*requested), first, "/rapport/operations");
        }
        if (!rp.collectivite.departement_code.empty() &&
            !detail::known(t.values[ix("grantor.departement")].value))
            r.set(ix("grantor.departement"), rp.collectivite.departement_code,
                  SourceRef{DocumentKind::rapport, {}, {}},
                  "/rapport/collectivite/departement_code");
    }
    if (d.deliberation && !d.deliberation->imputations.empty()) {
        read_imputations(d.deliberation->imputations, "/deliberation/imputations", r);
        Total imputed;
        for (const auto& row : d.deliberation->imputations)
            imputed.add(row.proposed);
        r.set(ix("amount.imputed"), imputed.value(), d.deliberation->imputations.front().source,
              "/deliberation/imputations");
    } else if (d.rapport && !d.rapport->budget.empty()) {
        read_imputations(d.rapport->budget, "/rapport/budget", r);
    }
    if (d.convention) {
        read_convention(*d.convention, r);
        if (!detail::known(t.values[ix("amount.granted")].value) &&
            detail::known(t.values[ix("amount.ceiling")].value))
            r.set(ix("amount.granted"), t.values[ix("amount.ceiling")].value,
                  t.values[ix("amount.ceiling")].source, "/convention/actions");
    }
    if (!detail::known(t.values[ix("beneficiary.name")].value) && d.deliberation &&
        !d.deliberation->grants.empty())
        r.set(ix("beneficiary.name"), d.deliberation->grants.front().beneficiary,
              d.deliberation->grants.front().amount.source, "/deliberation/grants/0/beneficiary");
    if (d.execution)
        read_execution(*d.execution, r);

    auto& annexes = r.list(ix("annexes"), "/annexes");
    for (std::size_t i = 0; i < d.annexes.size(); ++i) {
        Record rec = record(std::size(annex_fields));
        rec.fields[0] = FactValue{d.annexes[i], std::nullopt, "/annexes/" + std::to_string(i)};
        annexes.items.push_back(std::move(rec));
    }
    const auto dated = [&](std::size_t i, const std::optional<Stated<Date>>& s,
                           std::string_view path) {
        if (s)
            r.set_stated(i, *s, s->value, std::string(path));
    };
    dated(ix("request.date"), d.request_date, "/request_date");
    dated(ix("notification.date"), d.notification_date, "/notification_date");
    dated(ix("open_data.publication_date"), d.open_data_publication, "/open_data_publication");
    dated(ix("beneficiary.exercise_end"), d.beneficiary_exercise_end, "/beneficiary_exercise_end");
    if (d.beneficiary_resources)
        r.set_stated(ix("beneficiary.resources"), *d.beneficiary_resources,
                     money(d.beneficiary_resources->value), "/beneficiary_resources");
    if (d.beneficiary_other_public_subsidies)
        r.set_stated(ix("beneficiary.other_public_subsidies"),
                     *d.beneficiary_other_public_subsidies,
                     money(d.beneficiary_other_public_subsidies->value),
                     "/beneficiary_other_public_subsidies");
    if (d.beneficiary_economic_activity)
        r.set(ix("beneficiary.economic_activity"), *d.beneficiary_economic_activity, std::nullopt,
              "/beneficiary_economic_activity");
    return t;
}

} // namespace detail

} // namespace subvention::local
