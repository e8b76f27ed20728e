// SPDX-License-Identifier: Apache-2.0
// The library as JSON requests and answers (requests.hpp). Every defect of a request is an
// answer naming the field and the value; nothing escapes as an exception.
#include "requests.hpp"

#include <array>
#include <cstdint>
#include <exception>
#include <fstream>
#include <initializer_list>
#include <limits>
#include <new>
#include <optional>
#include <span>
#include <sstream>
#include <stdexcept>

#include <subvention/calendar.hpp>
#include <subvention/compliance/catalogue.hpp>
#include <subvention/date.hpp>
#include <subvention/deadline.hpp>
#include <subvention/identifiers.hpp>
#include <subvention/io/aid_csv.hpp>
#include <subvention/io/json.hpp>
#include <subvention/io/scdl.hpp>
#include <subvention/io/scdl_rows.hpp>
#include <subvention/local/rules_file.hpp>
#include <subvention/money.hpp>
#include <subvention/settlement.hpp>
#include <subvention/words.hpp>

#include "contract.hpp"

namespace subvention::api {
namespace {

/// A refused request: thrown inside this file only, answered by `answer`.
struct Refusal {
    Outcome outcome;
    std::string field, value, message;
};

[[noreturn]] void refuse(Outcome o, std::string field, std::string value, std::string message) {
    throw Refusal{o, std::move(field), std::move(value), std::move(message)};
}

std::string excerpt_of(const Json& v) {
    return subvention::excerpt(v.is_string() ? v.get<std::string>() : dump_line(v));
}

Answer error_answer(Outcome o, std::string_view field, std::string_view value,
                    std::string_view message) {
    const std::string_view kind = o == Outcome::malformed     ? "malformed"
                                  : o == Outcome::invalid     ? "invalid"
                                  : o == Outcome::too_large   ? "too_large"
                                  : o == Outcome::unavailable ? "unavailable"
                                                              : "internal";
    Json e{{"kind", kind}, {"field", field}, {"value", value}, {"message", message}};
    return {o, dump_line(Json{{"error", std::move(e)}})};
}

/// Runs `body`, turning every refusal and exception into an error answer.
template <class F>
Answer answer(F&& body) noexcept {
    try {
        return body();
    } catch (const Refusal& r) {
        try {
            return error_answer(r.outcome, r.field, r.value, r.message);
        } catch (...) {
        }
    } catch (const std::bad_alloc&) {
    } catch (const std::exception& e) {
        try {
            return error_answer(Outcome::internal, "", "", e.what());
        } catch (...) {
        }
    } catch (...) {
    }
    // Memory exhausted: a constant answer, built without allocating more than its text.
    try {
        return {Outcome::internal,
                R"({"error":{"kind":"internal","field":"","value":"","message":"m\u00e9moire )"
                R"(insuffisante pour r\u00e9pondre"}})"};
    } catch (...) {
        return {Outcome::internal, {}};
    }
}

/// `text` parsed as a JSON object (empty text: an empty object); `what` names it in errors.
Json parse_object(std::string_view text, std::string_view what, bool empty_is_object) {
    if (empty_is_object && text.find_first_not_of(" \t\r\n") == std::string_view::npos)
        return Json::object();
    Json j = Json::parse(text, nullptr, false);
    if (j.is_discarded())
        refuse(Outcome::malformed, std::string(what), subvention::excerpt(text), "JSON mal formé");
    if (!j.is_object())
        refuse(Outcome::invalid, std::string(what), subvention::excerpt(text),
               "un objet JSON est attendu");
    return j;
}

/// The members of an options object, typed as they are read; an unknown key is refused when
/// the object is taken, so that a misspelt option never goes unnoticed.
class Options {
public:
    Options(Json j, std::string_view what, std::initializer_list<std::string_view> known)
        : Options(std::move(j), what,
                  std::span<const std::string_view>(known.begin(), known.size())) {}
    Options(Json j, std::string_view what, std::span<const std::string_view> known)
        : j_(std::move(j))
        , what_(what) {
        for (const auto& [key, value] : j_.items()) {
            bool ok = false;
            for (const auto k : known)
                ok = ok || k == key;
            if (!ok) {
                std::string list;
                for (const auto k : known)
                    list += (list.empty() ? "" : ", ") + std::string(k);
                refuse(Outcome::invalid, what_ + "." + key, excerpt_of(value),
                       "option inconnue (options possibles : " + list + ")");
            }
        }
    }
    [[nodiscard]] std::string field(std::string_view key) const {
        return what_ + "." + std::string(key);
    }
    [[nodiscard]] const Json* find(std::string_view key) const {
        const auto it = j_.find(key);
        return it == j_.end() || it->is_null() ? nullptr : &*it;
    }
    [[nodiscard]] std::optional<std::string> string(std::string_view key) const {
        const Json* v = find(key);
        if (v == nullptr)
            return std::nullopt;
        if (!v->is_string())
            refuse(Outcome::invalid, field(key), excerpt_of(*v), "une chaîne est attendue");
        return v->get<std::string>();
    }
    [[nodiscard]] std::string choice(std::string_view key, std::string fallback,
                                     std::initializer_list<std::string_view> allowed) const {
        const auto v = string(key);
        if (!v)
            return fallback;
        std::string list;
        for (const auto a : allowed) {
            if (a == *v)
                return *v;
            list += (list.empty() ? "" : ", ") + std::string(a);
        }
        refuse(Outcome::invalid, field(key), subvention::excerpt(*v),
               "valeur inconnue (valeurs possibles : " + list + ")");
    }
    [[nodiscard]] bool flag(std::string_view key, bool fallback) const {
        const Json* v = find(key);
        if (v == nullptr)
            return fallback;
        if (!v->is_boolean())
            refuse(Outcome::invalid, field(key), excerpt_of(*v), "true ou false est attendu");
        return v->get<bool>();
    }
    [[nodiscard]] std::optional<std::int64_t> integer(std::string_view key, std::int64_t min,
                                                      std::int64_t max) const {
        const Json* v = find(key);
        if (v == nullptr)
            return std::nullopt;
        if (!v->is_number_integer())
            refuse(Outcome::invalid, field(key), excerpt_of(*v), "un entier est attendu");
        if (v->is_number_unsigned() &&
            v->get<std::uint64_t>() >
                static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
            refuse(Outcome::invalid, field(key), excerpt_of(*v),
                   "entier hors de la plage " + std::to_string(min) + " à " + std::to_string(max));
        const auto n = v->get<std::int64_t>();
        if (n < min || n > max)
            refuse(Outcome::invalid, field(key), excerpt_of(*v),
                   "entier hors de la plage " + std::to_string(min) + " à " + std::to_string(max));
        return n;
    }
    [[nodiscard]] std::vector<std::string> strings(std::string_view key) const {
        std::vector<std::string> out;
        const Json* v = find(key);
        if (v == nullptr)
            return out;
        if (!v->is_array())
            refuse(Outcome::invalid, field(key), excerpt_of(*v),
                   "un tableau de chaînes est attendu");
        for (std::size_t i = 0; i < v->size(); ++i) {
            if (!(*v)[i].is_string())
                refuse(Outcome::invalid, field(key) + "[" + std::to_string(i) + "]",
                       excerpt_of((*v)[i]), "une chaîne est attendue");
            out.push_back((*v)[i].get<std::string>());
        }
        return out;
    }

private:
    Json j_;
    std::string what_;
};

compliance::Lang lang_of(const Options& o) {
    return o.choice("lang", "fr", {"fr", "en"}) == "en" ? compliance::Lang::en
                                                        : compliance::Lang::fr;
}

/// The catalogue with the local rules of `o` (YAML texts).
compliance::Catalogue catalogue_of(const Options& o) {
    compliance::Catalogue catalogue = compliance::Catalogue::builtin();
    const auto texts = o.strings("local_rules");
    for (std::size_t i = 0; i < texts.size(); ++i) {
        const std::string name = "local_rules[" + std::to_string(i) + "]";
        try {
            local::add_rules(catalogue, local::parse_rules(texts[i], name));
        } catch (const local::RulesFileError& e) {
            std::string all;
            for (const auto& error : e.errors())
                all += (all.empty() ? "" : "\n") + error.to_string();
            refuse(Outcome::invalid, o.field(name), subvention::excerpt(texts[i]), all);
        }
    }
    return catalogue;
}

/// A Word, OpenDocument or PDF file or a text, read as io::read_document does.
io::DocumentText read_document(std::string_view bytes, const std::string& name) {
    auto doc = io::read_document(bytes, name);
    if (!doc) {
        const Error& e = doc.error();
        refuse(e.kind == ErrorKind::length ? Outcome::too_large : Outcome::invalid,
               "document" + (e.field.empty() ? std::string() : " " + e.field), e.value, e.message);
    }
    return std::move(*doc);
}

/// `values_json` as an array of strings (`what` naming it in errors).
std::vector<std::string> string_array(std::string_view values_json, std::string_view what) {
    const Json values = Json::parse(values_json, nullptr, false);
    if (values.is_discarded() || !values.is_array())
        refuse(values.is_discarded() ? Outcome::malformed : Outcome::invalid, std::string(what),
               subvention::excerpt(values_json), "un tableau JSON de chaînes est attendu");
    std::vector<std::string> out;
    out.reserve(values.size());
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (!values[i].is_string())
            refuse(Outcome::invalid, std::string(what) + "[" + std::to_string(i) + "]",
                   excerpt_of(values[i]), "une chaîne est attendue");
        out.push_back(values[i].get<std::string>());
    }
    return out;
}

Territory territory_of(const Options& o) {
    const auto t = o.choice("territory", "metropole",
                            {"metropole", "alsace-moselle", "guadeloupe", "martinique", "guyane",
                             "reunion", "mayotte"});
    return parse_territory(t).value();
}

} // namespace

namespace {

constexpr std::array<std::string_view, 13> check_keys = {"name",
                                                         "stage",
                                                         "as_of",
                                                         "lang",
                                                         "rules",
                                                         "disable",
                                                         "severities",
                                                         "cpc642",
                                                         "members_in_office",
                                                         "operating_year_retroactivity",
                                                         "deliberation_number_format",
                                                         "operation_code_pattern",
                                                         "local_rules"};

/// What a check needs, read from its options.
struct CheckRequest {
    compliance::CheckOptions options;
    compliance::Catalogue catalogue;
    compliance::Lang lang = compliance::Lang::fr;
};

CheckRequest check_request(const Options& o) {
    CheckRequest request{.options = {}, .catalogue = catalogue_of(o), .lang = lang_of(o)};
    compliance::CheckOptions& options = request.options;
    const compliance::Catalogue& catalogue = request.catalogue;
    if (o.string("stage")) // absent: derived from the convention's status
        options.stage = o.choice("stage", "draft", {"draft", "signed"}) == "signed"
                            ? compliance::Stage::signed_
                            : compliance::Stage::draft;
    if (const auto as_of = o.string("as_of")) {
        const auto d = parse_date(*as_of);
        if (!d)
            refuse(Outcome::invalid, o.field("as_of"), d.error().value, d.error().message);
        options.as_of = *d;
    }
    const auto known = [&](const std::string& key, const std::string& id) {
        if (catalogue.find(id) == nullptr)
            refuse(Outcome::invalid, o.field(key), subvention::excerpt(id),
                   "règle inconnue (voir la liste des règles)");
    };
    options.rules = o.strings("rules");
    options.disabled = o.strings("disable");
    for (const auto& id : options.rules)
        known("rules", id);
    for (const auto& id : options.disabled)
        known("disable", id);
    if (const Json* sev = o.find("severities")) {
        if (!sev->is_object())
            refuse(Outcome::invalid, o.field("severities"), excerpt_of(*sev),
                   "un objet {RÈGLE: \"error\" | \"warning\" | \"info\"} est attendu");
        for (const auto& [id, level] : sev->items()) {
            known("severities", id);
            const std::string l = level.is_string() ? level.get<std::string>() : "";
            const auto s = l == "error"     ? std::optional(compliance::Severity::error)
                           : l == "warning" ? std::optional(compliance::Severity::warning)
                           : l == "info"    ? std::optional(compliance::Severity::info)
                                            : std::nullopt;
            if (!s)
                refuse(Outcome::invalid, o.field("severities") + "." + id, excerpt_of(level),
                       "gravité attendue : error, warning ou info");
            options.severities[id] = *s;
        }
    }
    options.report_deadline_extension =
        o.flag("cpc642", false) ? Extension::next_working_day : Extension::none;
    options.report_operating_year_retroactivity = o.flag("operating_year_retroactivity", false);
    if (const auto n = o.integer("members_in_office", 1, 100000))
        options.members_in_office = MemberCount(static_cast<std::int32_t>(*n));
    if (const auto f = o.string("deliberation_number_format")) {
        auto parsed = DeliberationNumberFormat::parse(*f);
        if (!parsed)
            refuse(Outcome::invalid, o.field("deliberation_number_format"), parsed.error().value,
                   parsed.error().message);
        options.deliberation_number_format = *parsed;
    }
    if (const auto f = o.string("operation_code_pattern")) {
        auto parsed = OperationCodePattern::parse(*f);
        if (!parsed)
            refuse(Outcome::invalid, o.field("operation_code_pattern"), parsed.error().value,
                   parsed.error().message);
        options.operation_code_pattern = *parsed;
    }
    return request;
}

} // namespace

Answer check(std::string_view dossier_json, std::string_view options_json) {
    return answer([&]() -> Answer {
        const Options o(parse_object(options_json, "options", true), "options", check_keys);
        const CheckRequest request = check_request(o);
        const std::string name = o.string("name").value_or("dossier");

        const auto dossier = io::dossier_from_json(dossier_json);
        if (!dossier) {
            const Error& e = dossier.error();
            refuse(e.kind == ErrorKind::length  ? Outcome::too_large
                   : Json::accept(dossier_json) ? Outcome::invalid
                                                : Outcome::malformed,
                   "dossier" + (e.field.empty() ? std::string() : " " + e.field), e.value,
                   e.message);
        }
        const compliance::Report r =
            compliance::check(*dossier, request.options, request.catalogue);
        return {r.has_errors() ? Outcome::findings : Outcome::ok,
                dump_line(report_json(name, r, request.lang))};
    });
}

Answer check_text(std::string_view document, std::string_view options_json) {
    return answer([&]() -> Answer {
        // The check's options; `name` names the document too.
        const Options o(parse_object(options_json, "options", true), "options", check_keys);
        const std::string name = o.string("name").value_or("document");
        const std::vector<io::DocumentText> docs{read_document(document, name)};
        const text::Extraction x = text::extract(std::span<const io::DocumentText>(docs));
        const CheckRequest request = check_request(o);
        compliance::Report r = compliance::check(x.dossier, request.options, request.catalogue);
        text::qualify(r, x.findings); // a fact the extraction missed is « non vérifiable »
        Json j = report_json(name, r, request.lang);
        Json findings = Json::array();
        for (const auto& f : x.findings)
            findings.push_back(
                diagnostic_json(f, request.lang, DiagnosticKeys{.legal_basis = true}));
        j["extraction"] = std::move(findings);
        return {r.has_errors() || x.documents.empty() ? Outcome::findings : Outcome::ok,
                dump_line(j)};
    });
}

Answer parse_amounts(std::string_view values_json) {
    return answer([&]() -> Answer {
        Json out = Json::array();
        bool all = true;
        for (const auto& input : string_array(values_json, "values")) {
            Json j = amount_json(input);
            all = all && j["valid"].get<bool>();
            out.push_back(std::move(j));
        }
        return {all ? Outcome::ok : Outcome::findings, dump_line(out)};
    });
}

Answer extract(std::string_view document, std::string_view options_json) {
    return answer([&]() -> Answer {
        const Options o(parse_object(options_json, "options", true), "options", {"name", "lang"});
        const std::string name = o.string("name").value_or("document");
        const compliance::Lang lang = lang_of(o);
        const std::vector<io::DocumentText> docs{read_document(document, name)};
        const std::vector<std::string> names{name};
        const text::Extraction x = text::extract(std::span<const io::DocumentText>(docs));
        return {x.documents.empty() ? Outcome::findings : Outcome::ok,
                dump_line(extraction_json(x, docs, names, lang))};
    });
}

Answer validate_ids(std::string_view kind, std::string_view values_json) {
    return answer([&]() -> Answer {
        const auto k = parse_id_kind(kind);
        if (!k)
            refuse(Outcome::invalid, "kind", subvention::excerpt(kind),
                   "type inconnu (siren, siret, rna, iban ou bic)");
        Json out = Json::array();
        bool all = true;
        for (const auto& input : string_array(values_json, "values")) {
            const IdCheck c = validate(*k, input);
            all = all && c.valid;
            out.push_back(id_json(input, kind, c));
        }
        return {all ? Outcome::ok : Outcome::findings, dump_line(out)};
    });
}

Answer deadline(std::string_view request_json) {
    return answer([&]() -> Answer {
        const Options o(
            parse_object(request_json, "request", false), "request",
            {"from", "dates", "days", "months", "years", "franc", "extend", "territory"});
        constexpr std::int64_t bound = 100000;
        const auto days = o.integer("days", -bound, bound);
        const auto months = o.integer("months", -bound, bound);
        const auto years = o.integer("years", -bound, bound);
        if ((days ? 1 : 0) + (months ? 1 : 0) + (years ? 1 : 0) != 1)
            refuse(Outcome::invalid, o.field("days"), "",
                   "une durée, et une seule, est requise : days, months ou years");
        Duration duration = Days(0);
        if (days)
            duration = Days(static_cast<std::int32_t>(*days));
        else if (months)
            duration = Months(static_cast<std::int32_t>(*months));
        else
            duration = Years(static_cast<std::int32_t>(*years));
        const DeadlineRule rule{
            .id = "api",
            .label_fr = "échéance demandée",
            .legal_source = "CPC art. 640 à 642",
            .start = StartEvent::other,
            .duration = duration,
            .franc = o.flag("franc", false),
            .extension =
                o.choice("extend", "next-working-day", {"none", "next-working-day"}) == "none"
                    ? Extension::none
                    : Extension::next_working_day,
            .territory = territory_of(o),
        };
        const auto one = [&rule](const std::string& input, bool& ok) {
            return deadline_json(rule, input, ok);
        };
        const auto from = o.string("from");
        const Json* dates = o.find("dates");
        if ((from ? 1 : 0) + (dates != nullptr ? 1 : 0) != 1)
            refuse(Outcome::invalid, o.field("from"), "",
                   "une date de départ est requise : from (une date) ou dates (un tableau)");
        bool ok = true;
        if (from) {
            Json j = one(*from, ok);
            return {ok ? Outcome::ok : Outcome::findings, dump_line(j)};
        }
        Json out = Json::array();
        for (const auto& d : o.strings("dates")) {
            bool one_ok = false;
            out.push_back(one(d, one_ok));
            ok = ok && one_ok;
        }
        return {ok ? Outcome::ok : Outcome::findings, dump_line(out)};
    });
}

Answer holidays(std::string_view request_json) {
    return answer([&]() -> Answer {
        const Options o(parse_object(request_json, "request", false), "request",
                        {"year", "territory", "law"});
        const auto year = o.integer("year", 1900, 2299);
        if (!year)
            refuse(Outcome::invalid, o.field("year"), "", "l'année est requise (1900 à 2299)");
        HolidayOptions options;
        options.law = o.choice("law", "in-force", {"in-force", "current"}) == "current"
                          ? HolidayLaw::current
                          : HolidayLaw::in_force;
        Json out = Json::array();
        for (const Holiday& h :
             subvention::holidays(static_cast<int>(*year), territory_of(o), options))
            out.push_back(
                Json{{"date", format_date(h.date, DateStyle::iso)}, {"name", std::string(h.name)}});
        return {Outcome::ok, dump_line(out)};
    });
}

namespace {

/// The options of an SCDL validation; `max` the findings kept.
io::scdl::ValidateOptions scdl_options(const Options& o, std::size_t& max) {
    io::scdl::ValidateOptions options;
    options.lenient = o.flag("lenient", false);
    if (const auto s = o.string("schema")) {
        const auto schema = io::scdl::parse_schema(*s);
        if (!schema)
            refuse(Outcome::invalid, o.field("schema"), schema.error().value,
                   schema.error().message);
        options.schema = *schema;
    }
    if (const auto v = o.string("schema_version")) {
        std::optional<io::scdl::SchemaVersion> found;
        for (const auto schema : {io::scdl::Schema::subventions, io::scdl::Schema::deliberations}) {
            if (options.schema && *options.schema != schema)
                continue;
            if (const auto version = io::scdl::parse_schema_version(schema, *v); version) {
                found = *version;
                break;
            }
        }
        if (!found)
            refuse(Outcome::invalid, o.field("schema_version"), subvention::excerpt(*v),
                   "version de schéma inconnue");
        options.version = *found;
        options.schema = found->schema;
    }
    max = static_cast<std::size_t>(o.integer("max_findings", 0, 1000000).value_or(1000));
    return options;
}

Answer scdl_answer(std::istream& in, std::string_view name, const Options& o) {
    std::size_t max = 0;
    const io::scdl::ValidateOptions options = scdl_options(o, max);
    Json findings = Json::array();
    std::uint64_t errors = 0, warnings = 0;
    const io::scdl::Summary s = io::scdl::validate(in, options, [&](const io::scdl::Finding& f) {
        ++(f.severity == compliance::Severity::error ? errors : warnings);
        if (findings.size() < max)
            findings.push_back(scdl_finding_json(f));
    });
    Json summary = scdl_summary_json(name, s, errors, warnings);
    Json out{{"findings", std::move(findings)}, {"summary", std::move(summary)}};
    return {s.valid ? Outcome::ok : Outcome::findings, dump_line(out)};
}

constexpr std::array<std::string_view, 4> scdl_keys = {"schema", "schema_version", "lenient",
                                                       "max_findings"};

} // namespace

Answer scdl_validate_file(std::string_view path, std::string_view options_json) {
    return answer([&]() -> Answer {
        const Options o(parse_object(options_json, "options", true), "options", scdl_keys);
        const std::string file(path);
        std::ifstream in(file, std::ios::binary);
        if (file.empty() || !in)
            refuse(Outcome::unavailable, "path", subvention::excerpt(path),
                   "fichier introuvable ou illisible");
        return scdl_answer(in, file, o);
    });
}

Answer scdl_validate(std::istream& csv, std::string_view name, std::string_view options_json) {
    return answer([&]() -> Answer {
        const Options o(parse_object(options_json, "options", true), "options", scdl_keys);
        return scdl_answer(csv, name, o);
    });
}

Answer settle(std::string_view request_json) {
    return answer([&]() -> Answer {
        const Options o(parse_object(request_json, "request", false), "request",
                        {"name", "dossier", "final_report", "rounding", "rounding_point",
                         "policies", "titre_received", "territory", "cpc642"});
        const auto required = [&o](std::string_view key) {
            const auto v = o.string(key);
            if (!v)
                refuse(Outcome::invalid, o.field(key), "",
                       "requis : la bibliothèque ne choisit jamais l'arrondi à la place de la "
                       "collectivité");
            return *v;
        };
        const auto rounding = parse_rounding(required("rounding"));
        if (!rounding)
            refuse(Outcome::invalid, o.field("rounding"), rounding.error().value,
                   rounding.error().message);
        const auto point = parse_rounding_point(required("rounding_point"));
        if (!point)
            refuse(Outcome::invalid, o.field("rounding_point"), point.error().value,
                   point.error().message);
        SettlementPolicy policy(*rounding, *point);
        if (const auto e = apply_policies(o.strings("policies"), policy))
            refuse(Outcome::invalid, o.field("policies"), subvention::excerpt(e->item), e->message);
        policy.territory = territory_of(o);
        policy.report_extension =
            o.flag("cpc642", false) ? Extension::next_working_day : Extension::none;
        std::optional<Date> titre;
        if (const auto t = o.string("titre_received")) {
            const auto d = parse_date(*t);
            if (!d)
                refuse(Outcome::invalid, o.field("titre_received"), d.error().value,
                       d.error().message);
            titre = *d;
        }
        // The two documents, each read by the library's own reader (errors with their path).
        const auto object = [&o](std::string_view key) {
            const Json* v = o.find(key);
            if (v == nullptr || !v->is_object())
                refuse(Outcome::invalid, o.field(key), v == nullptr ? "" : excerpt_of(*v),
                       "un objet JSON est requis");
            return v->dump();
        };
        const auto dossier = io::dossier_from_json(object("dossier"));
        if (!dossier)
            refuse(Outcome::invalid, o.field("dossier") + " " + dossier.error().field,
                   dossier.error().value, dossier.error().message);
        const auto report = io::final_report_from_json(object("final_report"));
        if (!report)
            refuse(Outcome::invalid, o.field("final_report") + " " + report.error().field,
                   report.error().value, report.error().message);
        if (!dossier->convention)
            refuse(Outcome::invalid, o.field("dossier") + " /convention", "",
                   "le dossier n'a pas de convention à solder");
        const Execution execution = dossier->execution.value_or(Execution{});
        const auto s = subvention::settle(*dossier->convention, execution.payments, *report,
                                          execution.forecasts, policy, titre);
        if (!s)
            refuse(Outcome::invalid, s.error().field, s.error().value, s.error().message);
        return {Outcome::ok, dump_line(settlement_json(o.string("name").value_or("dossier"), *s))};
    });
}

Answer deminimis(std::string_view aids_csv, std::string_view options_json) {
    return answer([&]() -> Answer {
        const Options o(parse_object(options_json, "options", true), "options",
                        {"name", "as_of", "sieg", "amount", "fiscal_year_start", "window_start",
                         "sieg_cumulation", "transition"});
        const auto as_of_text = o.string("as_of");
        if (!as_of_text)
            refuse(Outcome::invalid, o.field("as_of"), "",
                   "la date d'appréciation est requise (date d'octroi de la nouvelle aide)");
        const auto as_of = parse_date(*as_of_text);
        if (!as_of)
            refuse(Outcome::invalid, o.field("as_of"), as_of.error().value, as_of.error().message);
        DeminimisRequest request{.as_of = *as_of,
                                 .family =
                                     o.flag("sieg", false) ? AidFamily::sieg : AidFamily::general,
                                 .amount = std::nullopt,
                                 .options = {}};
        if (const auto a = o.string("amount")) {
            const auto e = Euros::parse(*a);
            if (!e)
                refuse(Outcome::invalid, o.field("amount"), e.error().value, e.error().message);
            request.amount = *e;
        }
        AidOptions& opt = request.options;
        opt.fiscal_year_start_month =
            static_cast<int>(o.integer("fiscal_year_start", 1, 12).value_or(1));
        opt.rolling_start =
            o.choice("window_start", "exclusive", {"exclusive", "inclusive"}) == "inclusive"
                ? RollingStart::inclusive
                : RollingStart::exclusive;
        opt.sieg_cumulation =
            o.choice("sieg_cumulation", "combined", {"combined", "separate"}) == "separate"
                ? SiegCumulation::separate
                : SiegCumulation::combined;
        opt.scheme_transition = o.flag("transition", true);
        const auto regulation = regulation_in_force(request.as_of, request.family);
        if (!regulation)
            refuse(Outcome::invalid, o.field("as_of"), *as_of_text,
                   "aucun règlement de minimis " + std::string(to_string(request.family)) +
                       " modélisé à cette date (du 01/01/2014 au 31/12/2030)");
        std::istringstream in{std::string(aids_csv)};
        const auto csv = io::read_aid_csv(in);
        if (!csv)
            refuse(Outcome::invalid, "aids_csv", "", csv.error().message);
        const std::string name = o.string("name").value_or("aides");
        if (!csv->errors.empty())
            return {Outcome::findings, dump_line(aid_csv_errors_json(name, *csv))};
        DeminimisOutcome outcome;
        try {
            outcome = assess_deminimis(*csv, request, *regulation);
        } catch (const std::overflow_error& e) {
            refuse(Outcome::invalid, "aids_csv", "",
                   std::string("calcul impossible, le cumul dépasse la capacité des montants (") +
                       e.what() + ") ; les montants sont à vérifier");
        }
        return {outcome.refused() ? Outcome::findings : Outcome::ok,
                dump_line(deminimis_json(name, request, outcome))};
    });
}

Answer scdl_export(std::string_view request_json) {
    return answer([&]() -> Answer {
        const Options o(parse_object(request_json, "request", false), "request",
                        {"dossiers", "schema", "attribuant_siret", "attribuant_name",
                         "convention_date", "convention_date_from_deliberation",
                         "payment_conditions", "payment_dates", "notification_ue", "id_rae",
                         "dispositif_aide", "budget_name", "deliberation_url"});
        const bool deliberations =
            o.choice("schema", "subventions", {"subventions", "deliberations"}) == "deliberations";
        io::scdl::ExportOptions options;
        // Each value read by the library's own parser; its error named by the option.
        const auto parsed = [&o](std::string_view key, auto parse) {
            auto r = parse(*o.string(key));
            if (!r)
                refuse(Outcome::invalid, o.field(key), r.error().value, r.error().message);
            return std::move(*r);
        };
        if (o.string("attribuant_siret"))
            options.attribuant_siret =
                parsed("attribuant_siret", [](std::string_view s) { return Siret::parse(s); });
        if (o.string("convention_date"))
            options.convention_date =
                parsed("convention_date", [](std::string_view s) { return parse_date(s); });
        if (o.string("payment_conditions"))
            options.payment_conditions = parsed("payment_conditions", [](std::string_view s) {
                return io::scdl::parse_payment_conditions(s);
            });
        if (o.string("payment_dates"))
            options.payment_dates = parsed("payment_dates", [](std::string_view s) {
                return io::scdl::parse_payment_dates(s);
            });
        options.attribuant_name = o.string("attribuant_name");
        options.convention_date_from_deliberation =
            o.flag("convention_date_from_deliberation", false);
        options.notification_ue = o.flag("notification_ue", false);
        options.id_rae = o.string("id_rae");
        options.dispositif_aide = o.string("dispositif_aide");
        options.budget_name = o.string("budget_name");
        options.deliberation_url = o.string("deliberation_url");

        const Json* list = o.find("dossiers");
        if (list == nullptr || !list->is_array() || list->empty())
            refuse(Outcome::invalid, o.field("dossiers"), list == nullptr ? "" : excerpt_of(*list),
                   "un tableau d'au moins un dossier est requis");
        std::vector<io::scdl::SubventionRow> subs;
        std::vector<io::scdl::DeliberationRow> delibs;
        for (std::size_t i = 0; i < list->size(); ++i) {
            const std::string field = o.field("dossiers") + "[" + std::to_string(i) + "]";
            const auto dossier = io::dossier_from_json((*list)[i].dump());
            if (!dossier)
                refuse(Outcome::invalid, field + " " + dossier.error().field, dossier.error().value,
                       dossier.error().message);
            // A dossier lacking a required value: no CSV at all.
            const auto fail = [&field](const Error& e) {
                refuse(Outcome::invalid, field + " " + e.field, e.value, e.message);
            };
            if (deliberations) {
                auto rows = io::scdl::to_scdl_deliberations(*dossier, options);
                if (!rows)
                    fail(rows.error());
                delibs.insert(delibs.end(), rows->begin(), rows->end());
            } else {
                auto rows = io::scdl::to_scdl_subventions(*dossier, options);
                if (!rows)
                    fail(rows.error());
                subs.insert(subs.end(), rows->begin(), rows->end());
            }
        }
        std::ostringstream csv;
        const auto neutralised =
            deliberations ? io::scdl::write_csv(csv, delibs) : io::scdl::write_csv(csv, subs);
        Json cells = Json::array();
        for (const auto& n : neutralised)
            cells.push_back(
                Json{{"row", n.row}, {"field", std::string(n.field)}, {"value", n.value}});
        Json out;
        out["schema"] = deliberations ? "deliberations" : "subventions";
        out["rows"] = deliberations ? delibs.size() : subs.size();
        out["csv"] = std::move(csv).str();
        out["neutralised"] = std::move(cells);
        return {Outcome::ok, dump_line(out)};
    });
}

Answer rules(std::string_view options_json) {
    return answer([&]() -> Answer {
        const Options o(parse_object(options_json, "options", true), "options", {"local_rules"});
        const compliance::Catalogue catalogue = catalogue_of(o);
        Json out = Json::array();
        for (auto& j : rules_json(catalogue))
            out.push_back(std::move(j));
        return {Outcome::ok, dump_line(out)};
    });
}

Answer example(std::string_view name) {
    return answer([&]() -> Answer {
        const Example* e = find_example(name);
        if (e == nullptr) {
            std::string list;
            for (const auto& x : examples())
                list += (list.empty() ? "" : ", ") + std::string(x.name);
            refuse(Outcome::invalid, "name", subvention::excerpt(name),
                   "exemple inconnu (exemples : " + list + ")");
        }
        return {Outcome::ok, io::to_json(e->build())};
    });
}

} // namespace subvention::api
