// SPDX-License-Identifier: Apache-2.0
// `subvention id | amount | deadline | holidays`: the value and time layers, scriptable.
// Output contracts (JSON Lines, exact keys) are documented in README.md and pinned by
// tests/unit/cli_value_test.cpp.
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include <subvention/calendar.hpp>
#include <subvention/date.hpp>
#include <subvention/deadline.hpp>
#include <subvention/identifiers.hpp>

#include "cli.hpp"

namespace subvention::cli {
namespace {

void add_id(CLI::App& app, int& status) {
    auto* cmd = app.add_subcommand("id", "Valide des identifiants (SIREN, SIRET, RNA, IBAN, BIC)");
    struct Opts {
        std::string kind;
        std::vector<std::string> values;
    };
    auto opts = std::make_shared<Opts>();
    cmd->add_option("--kind", opts->kind, "siren|siret|rna|iban|bic")
        ->required()
        ->check(CLI::IsMember({"siren", "siret", "rna", "iban", "bic"}));
    cmd->add_option("values", opts->values,
                    "Valeurs à valider ; sans valeur, une par ligne sur l'entrée standard");
    cmd->callback([opts, &status] {
        const IdKind kind = parse_id_kind(opts->kind).value();
        // The six keys are written directly (no JSON object per line): a bulk run of 10^5
        // identifiers is bounded by validation, not by building maps. Same bytes as write_jsonl.
        std::string line;
        status = for_each_input(
            opts->values,
            [&](std::string_view input) {
                const IdCheck c = validate(kind, input);
                line.assign("{\"input\":");
                append_json_string(line, input);
                line += ",\"kind\":\"";
                line += opts->kind;
                if (c.valid) {
                    line += "\",\"valid\":true,\"compact\":";
                    append_json_string(line, c.compact);
                    line += ",\"formatted\":";
                    append_json_string(line, c.formatted);
                    line += ",\"error\":null}\n";
                } else {
                    line += "\",\"valid\":false,\"compact\":null,\"formatted\":null,\"error\":\"";
                    line += api::id_error_name(c.error->kind);
                    line += "\"}\n";
                }
                std::cout.write(line.data(), static_cast<std::streamsize>(line.size()));
                return c.valid;
            },
            "id");
    });
}

void add_amount(CLI::App& app, int& status) {
    auto* cmd = app.add_subcommand("amount", "Montants en euros");
    cmd->require_subcommand(1);
    auto* parse = cmd->add_subcommand("parse", "Lit des montants (« 57 000,00 € », « 57000.00 »)");
    auto values = std::make_shared<std::vector<std::string>>();
    parse->add_option("values", *values,
                      "Montants ; sans valeur, un par ligne sur l'entrée standard");
    parse->callback([values, &status] {
        status = for_each_input(
            *values,
            [](std::string_view input) {
                const Json j = api::amount_json(input);
                write_jsonl(std::cout, j);
                return j["valid"].get<bool>();
            },
            "amount parse");
    });
}

void add_deadline(CLI::App& app, int& status) {
    auto* cmd = app.add_subcommand(
        "deadline", "Calcule une échéance (CPC art. 640 à 642) à partir de dates ISO");
    struct Opts {
        std::optional<std::int32_t> days, months, years;
        bool franc = false;
        std::string extend = "next-working-day";
        std::string territory = "metropole";
        std::vector<std::string> dates;
    };
    auto o = std::make_shared<Opts>();
    auto* d = cmd->add_option("--days", o->days, "Durée en jours (le jour de départ ne compte pas)")
                  ->transform(decimal_integer());
    auto* m = cmd->add_option("--months", o->months, "Durée en mois (CPC art. 641 al. 2)")
                  ->transform(decimal_integer());
    auto* y = cmd->add_option("--years", o->years, "Durée en années")->transform(decimal_integer());
    d->excludes(m, y);
    m->excludes(y);
    cmd->add_flag("--franc", o->franc, "Délai franc : le jour de l'échéance ne compte pas");
    cmd->add_option("--extend", o->extend,
                    "none | next-working-day (CPC art. 642 : report au premier jour ouvré)")
        ->check(CLI::IsMember({"none", "next-working-day"}))
        ->capture_default_str();
    cmd->add_option("--territory", o->territory, "Territoire des jours fériés")
        ->check(CLI::IsMember({"metropole", "alsace-moselle", "guadeloupe", "martinique", "guyane",
                               "reunion", "mayotte"}))
        ->capture_default_str();
    cmd->add_option("dates", o->dates,
                    "Dates de départ (AAAA-MM-JJ) ; sans date, une par ligne sur l'entrée "
                    "standard");
    cmd->callback([o, &status] {
        if (!o->days && !o->months && !o->years)
            throw CLI::ValidationError("deadline", "une durée est requise : --days, --months ou "
                                                   "--years");
        Duration duration = Days(0);
        if (o->days)
            duration = Days(*o->days);
        else if (o->months)
            duration = Months(*o->months);
        else
            duration = Years(*o->years);
        const DeadlineRule rule{
            .id = "cli",
            .label_fr = "échéance demandée en ligne de commande",
            .legal_source = "CPC art. 640 à 642",
            .start = StartEvent::other,
            .duration = duration,
            .franc = o->franc,
            .extension = o->extend == "none" ? Extension::none : Extension::next_working_day,
            .territory = parse_territory(o->territory).value(),
        };
        status = for_each_input(
            o->dates,
            [&](std::string_view input) {
                bool ok = false;
                write_jsonl(std::cout, api::deadline_json(rule, input, ok));
                return ok;
            },
            "deadline");
    });
}

void add_holidays(CLI::App& app, int& status) {
    auto* cmd = app.add_subcommand("holidays", "Jours fériés d'une année (Code du travail "
                                               "L.3133-1 et droit local)");
    struct Opts {
        int year = 0;
        std::string territory = "metropole";
        std::string law = "in-force";
    };
    auto o = std::make_shared<Opts>();
    cmd->add_option("--year", o->year, "Année (1900 à 2299)")
        ->required()
        ->transform(decimal_integer());
    cmd->add_option("--territory", o->territory, "Territoire")
        ->check(CLI::IsMember({"metropole", "alsace-moselle", "guadeloupe", "martinique", "guyane",
                               "reunion", "mayotte"}))
        ->capture_default_str();
    cmd->add_option("--law", o->law,
                    "in-force (les jours fériés que la loi instituait cette année-là) ou current "
                    "(la liste d'aujourd'hui appliquée à toute année)")
        ->check(CLI::IsMember({"in-force", "current"}))
        ->capture_default_str();
    cmd->callback([o, &status] {
        if (o->year < 1900 || o->year > 2299)
            throw CLI::ValidationError("--year", "année hors de la plage 1900 à 2299 : " +
                                                     std::to_string(o->year));
        HolidayOptions options;
        options.law = o->law == "current" ? HolidayLaw::current : HolidayLaw::in_force;
        for (const Holiday& h : holidays(o->year, parse_territory(o->territory).value(), options)) {
            Json j;
            j["date"] = format_date(h.date, DateStyle::iso);
            j["name"] = std::string(h.name);
            write_jsonl(std::cout, j);
        }
        status = exit_ok;
    });
}

} // namespace

void add_value_commands(CLI::App& app, int& status) {
    add_id(app, status);
    add_amount(app, status);
    add_deadline(app, status);
    add_holidays(app, status);
}

} // namespace subvention::cli
