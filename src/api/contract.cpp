// SPDX-License-Identifier: Apache-2.0
// The JSON shapes of the command line, the C interface and the server (contract.hpp).
#include "contract.hpp"

#include <algorithm>
#include <array>
#include <variant>

#include <subvention/date.hpp>
#include <subvention/detail/ascii.hpp>
#include <subvention/examples/apes_2023.hpp>
#include <subvention/examples/nord_2024.hpp>
#include <subvention/io/json.hpp>
#include <subvention/money.hpp>
#include <subvention/rate.hpp>
#include <subvention/words.hpp>

namespace subvention::api {

std::string dump_line(const Json& j) {
    return j.dump(-1, ' ', false, Json::error_handler_t::replace);
}

std::string legal_basis_text(const compliance::Diagnostic& d) {
    std::string out;
    for (const auto& b : d.legal_basis) {
        if (!out.empty())
            out += " ; ";
        out += b.to_string();
    }
    return out;
}

Json diagnostic_json(const compliance::Diagnostic& d, compliance::Lang lang, DiagnosticKeys keys) {
    Json facts = Json::object();
    for (const auto& f : d.facts)
        facts[f.key] = f.value;
    Json location = Json::object();
    location["document"] = std::string(to_string(d.location.document));
    if (keys.section)
        location["section"] = d.location.section;
    location["path"] = d.location.path;
    location["text"] = d.location.text;
    Json j;
    j["rule"] = d.rule;
    j["severity"] = std::string(to_string(d.severity));
    j["message"] = d.message(lang);
    j["location"] = std::move(location);
    if (keys.legal_basis)
        j["legal_basis"] = legal_basis_text(d);
    j["facts"] = std::move(facts);
    // Where each fact was read, for the findings that say it (local rules): {key: {document,
    // section, text}}. Absent otherwise, so that the built-in findings keep their keys.
    Json sources = Json::object();
    for (const auto& f : d.facts)
        if (f.source) {
            sources[f.key] = Json{{"document", std::string(to_string(f.source->document))},
                                  {"section", f.source->section},
                                  {"text", f.source->text}};
            if (f.source->origin != Origin::document) // entered as data: say so
                sources[f.key]["origin"] = std::string(to_string(f.source->origin));
        }
    if (!sources.empty())
        j["sources"] = std::move(sources);
    return j;
}

Json report_json(std::string_view name, const compliance::Report& r, compliance::Lang lang) {
    Json diags = Json::array();
    for (const auto& d : r.diagnostics)
        diags.push_back(diagnostic_json(d, lang, DiagnosticKeys{.legal_basis = true}));
    Json out;
    out["dossier"] = std::string(name);
    // What the check assumed, each with where it comes from: a date of today or a stage read
    // from the convention's status is never silent.
    out["context"] = Json{{"as_of", format_date(r.as_of, DateStyle::iso)},
                          {"as_of_basis", std::string(to_string(r.as_of_basis))},
                          {"stage", std::string(to_string(r.stage))},
                          {"stage_basis", std::string(to_string(r.stage_basis))},
                          {"territory", std::string(to_string(r.territory))}};
    out["diagnostics"] = std::move(diags);
    out["summary"] =
        Json{{"error", r.summary.error}, {"warning", r.summary.warning}, {"info", r.summary.info}};
    return out;
}

Json place_json(const text::DocumentPlace& p) {
    Json j{{"file", p.file}, {"format", std::string(io::to_string(p.format))}};
    const auto put = [&](const char* key, std::uint32_t v) {
        if (v != 0)
            j[key] = v;
    };
    put("page", p.page);
    put("paragraph", p.paragraph);
    put("table", p.table);
    put("row", p.row);
    put("cell", p.cell);
    put("first_char", p.first_char);
    put("last_char", p.last_char);
    return j;
}

Json extraction_json(const text::Extraction& x, std::span<const io::DocumentText> docs,
                     std::span<const std::string> names, compliance::Lang lang) {
    Json j;
    Json kinds = Json::array();
    for (const auto k : x.documents)
        kinds.push_back(std::string(to_string(k)));
    j["documents"] = std::move(kinds);
    j["dossier"] = Json::parse(io::to_json(x.dossier));
    Json spans = Json::array();
    for (const auto& s : x.spans) {
        Json span{{"path", s.path},
                  {"first_line", s.span.first_line},
                  {"first_column", s.span.first_column},
                  {"last_line", s.span.last_line},
                  {"last_column", s.span.last_column}};
        if (s.place)
            span["place"] = place_json(*s.place);
        spans.push_back(std::move(span));
    }
    j["spans"] = std::move(spans);
    Json findings = Json::array();
    for (const auto& f : x.findings)
        findings.push_back(diagnostic_json(f, lang, DiagnosticKeys{.section = true}));
    j["findings"] = std::move(findings);
    Json files = Json::array();
    for (std::size_t i = 0; i < docs.size() && i < names.size(); ++i) {
        Json f{{"name", names[i]}, {"format", std::string(io::to_string(docs[i].format))}};
        if (docs[i].format == io::DocumentFormat::pdf)
            f["pages"] = docs[i].pages;
        else if (docs[i].format != io::DocumentFormat::text)
            f["paragraphs"] = docs[i].lines.empty() ? 0 : docs[i].lines.back().paragraph;
        files.push_back(std::move(f));
    }
    j["files"] = std::move(files);
    return j;
}

std::string_view id_error_name(ErrorKind k) noexcept {
    switch (k) {
    case ErrorKind::empty:
    case ErrorKind::length:
        return "length";
    case ErrorKind::checksum:
        return "checksum";
    case ErrorKind::component:
    case ErrorKind::range:
        return "component";
    case ErrorKind::format:
    case ErrorKind::overflow:
    case ErrorKind::ambiguous:
        return "format";
    }
    return "format";
}

Json id_json(std::string_view input, std::string_view kind, const IdCheck& c) {
    Json j;
    j["input"] = std::string(input);
    j["kind"] = std::string(kind);
    j["valid"] = c.valid;
    j["compact"] = c.valid ? Json(c.compact) : Json(nullptr);
    j["formatted"] = c.valid ? Json(c.formatted) : Json(nullptr);
    j["error"] = c.valid ? Json(nullptr) : Json(std::string(id_error_name(c.error->kind)));
    return j;
}

Json amount_json(std::string_view input) {
    const auto r = Euros::parse(input);
    Json j;
    j["input"] = std::string(input);
    j["valid"] = r.ok();
    if (r.ok()) {
        j["cents"] = std::to_string(r->cents());
        j["fr"] = r->to_string_fr();
        j["words"] = to_words_fr(*r);
        j["error"] = nullptr;
    } else {
        j["cents"] = nullptr;
        j["fr"] = nullptr;
        j["words"] = nullptr;
        j["error"] = std::string(to_string(r.error().kind));
    }
    return j;
}

Json deadline_json(const DeadlineRule& rule, std::string_view input, bool& ok) {
    Json j;
    j["from"] = std::string(input);
    ok = false;
    const auto from = parse_date(input);
    if (!from.ok()) {
        j["nominal"] = nullptr;
        j["effective"] = nullptr;
        j["reasons"] = Json::array({from.error().describe()});
        return j;
    }
    try {
        const Deadline dl = compute(rule, *from);
        j["nominal"] = format_date(dl.nominal, DateStyle::iso);
        j["effective"] = format_date(dl.effective, DateStyle::iso);
        j["reasons"] = dl.reasons;
        ok = true;
    } catch (const std::bad_alloc&) {
        throw;
    } catch (const std::exception& e) { // out of the calendar's range
        j["nominal"] = nullptr;
        j["effective"] = nullptr;
        j["reasons"] = Json::array({std::string(e.what())});
    }
    return j;
}

Json scdl_finding_json(const io::scdl::Finding& f) {
    Json j;
    j["row"] = f.row;
    j["column"] = f.column;
    j["field"] = f.field;
    j["value"] = f.value;
    j["rule"] = std::string(io::scdl::to_string(f.rule));
    j["message"] = f.message_fr;
    return j;
}

Json scdl_summary_json(std::string_view file, const io::scdl::Summary& s, std::uint64_t errors,
                       std::uint64_t warnings) {
    Json by_rule = Json::object();
    for (std::size_t i = 0; i < io::scdl::check_count; ++i)
        if (s.by_check[i] != 0)
            by_rule[std::string(io::scdl::to_string(static_cast<io::scdl::Check>(i)))] =
                s.by_check[i];
    Json j;
    j["file"] = std::string(file);
    j["schema"] = std::string(io::scdl::to_string(s.schema));
    j["version"] = s.version.to_string();
    j["rows"] = s.rows;
    j["findings"] = s.findings;
    j["errors"] = errors;
    j["warnings"] = warnings;
    j["by_rule"] = std::move(by_rule);
    j["readable"] = s.readable;
    j["valid"] = s.valid;
    return j;
}

std::vector<Json> rules_json(const compliance::Catalogue& catalogue) {
    std::vector<Json> out;
    const auto line = [&out](std::string_view id, compliance::Family family,
                             std::string_view title_fr, std::string_view title_en,
                             std::span<const compliance::LegalBasis> basis) {
        Json j;
        j["rule"] = std::string(id);
        j["family"] = std::string(to_string(family));
        j["title_fr"] = std::string(title_fr);
        j["title_en"] = std::string(title_en);
        j["legal_basis"] = Json::array();
        for (const auto& b : basis)
            j["legal_basis"].push_back(b.to_string());
        out.push_back(std::move(j));
    };
    for (const auto& r : catalogue)
        line(r.id, r.family, r.title_fr, r.title_en, r.legal_basis);
    for (const auto& k : compliance::known_ids())
        line(k.id, k.family, k.title_fr, k.title_en, {});
    return out;
}

namespace {

constexpr std::string_view tolerance_forms =
    "formes admises : un pourcentage, tolerance=10% ou tolerance=12.5%, ou une fraction, "
    "tolerance=1/10 ; un nombre seul (tolerance=10, tolerance=0.1) est ambigu et refusé, et la "
    "virgule sépare les règles";

/// The value of « tolerance= »: a percentage (« 10% », « 10 % », « 12.5% ») or a fraction
/// (« 1/10 »). A bare number is refused: « 1 » reads as 1 % to a person and as 100 % as a
/// ratio, and the decimal comma cannot be written inside the comma-separated list.
std::variant<Rate, PolicyError> tolerance_value(const std::string& item) {
    const std::string_view text =
        subvention::detail::trim_spaces(std::string_view(item).substr(10));
    const bool percent = text.ends_with('%');
    if (!percent && text.find('/') == std::string_view::npos)
        return PolicyError{item, "valeur sans « % » ni fraction ; " + std::string(tolerance_forms)};
    const auto r = Rate::parse(text);
    if (!r)
        return PolicyError{item, r.error().describe() + " ; " + std::string(tolerance_forms)};
    if (r->value() > 1)
        return PolicyError{item, "une tolérance de sous-réalisation ne peut dépasser 100 % (" +
                                     r->to_string_fr() + " lu)"};
    return *r;
}

} // namespace

std::optional<PolicyError> apply_policies(const std::vector<std::string>& items,
                                          SettlementPolicy& p) {
    for (const auto& item_list : items) {
        std::size_t start = 0;
        while (start <= item_list.size()) {
            const auto comma = std::min(item_list.find(',', start), item_list.size());
            const std::string item = item_list.substr(start, comma - start);
            start = comma + 1;
            if (item.empty())
                continue;
            if (item == to_string(SettlementRule::proportional_reduction)) {
                p.proportional_reduction = true;
            } else if (item == to_string(SettlementRule::deficit_cap)) {
                p.deficit_cap = true;
            } else if (item.starts_with("tolerance=")) {
                if (p.tolerance)
                    return PolicyError{item, "tolérance déjà donnée (" +
                                                 p.tolerance->to_string_fr() +
                                                 ") ; une seule tolérance est admise"};
                auto r = tolerance_value(item);
                if (auto* e = std::get_if<PolicyError>(&r))
                    return std::move(*e);
                p.tolerance = std::get<Rate>(r);
            } else {
                return PolicyError{{},
                                   "règle inconnue « " + item +
                                       " » (attendu : proportional, deficit-cap, "
                                       "tolerance=10%)"};
            }
        }
    }
    if (p.tolerance && !p.proportional_reduction)
        return PolicyError{{}, "tolerance=… n'a de sens qu'avec proportional"};
    return std::nullopt;
}

static Json optional_amount(const std::optional<Euros>& e) {
    return e ? Json(e->to_iso()) : Json(nullptr);
}

static std::string exact_text(const Rate::rational& r) {
    return boost::multiprecision::numerator(r).str() + "/" +
           boost::multiprecision::denominator(r).str();
}

static Json deadline_dates_json(const Deadline& d) {
    Json reasons = Json::array();
    for (const auto& r : d.reasons)
        reasons.push_back(r);
    return Json{{"start", format_date(d.start, DateStyle::iso)},
                {"nominal", format_date(d.nominal, DateStyle::iso)},
                {"effective", format_date(d.effective, DateStyle::iso)},
                {"reasons", std::move(reasons)}};
}

Json settlement_json(std::string_view name, const Settlement& s) {
    Json policy{
        {"proportional_reduction", s.policy.proportional_reduction},
        {"deficit_cap", s.policy.deficit_cap},
        {"tolerance", s.policy.tolerance ? Json(s.policy.tolerance->to_string()) : Json(nullptr)},
        {"rounding", std::string(to_string(s.policy.rounding))},
        {"rounding_point", std::string(to_string(s.policy.rounding_point))},
        {"report_extension", std::string(to_string(s.policy.report_extension))},
        {"territory", std::string(to_string(s.policy.territory))}};
    Json actions = Json::array();
    for (const auto& a : s.actions)
        actions.push_back(
            Json{{"action", a.action},
                 {"label", a.label},
                 {"ceiling", a.ceiling.to_iso()},
                 {"declared", a.declared.to_iso()},
                 {"eligible", a.eligible.to_iso()},
                 {"ineligible", a.ineligible.to_iso()},
                 {"forecast_charges", optional_amount(a.forecast_charges)},
                 {"achievement", a.achievement ? Json(a.achievement->to_string()) : Json(nullptr)},
                 {"within_tolerance", a.within_tolerance},
                 {"other_resources", optional_amount(a.other_resources)},
                 {"deficit", optional_amount(a.deficit)},
                 {"exact_grant_cents", exact_text(a.exact_grant)},
                 {"grant", optional_amount(a.grant)}});
    Json expenses = Json::array();
    for (const auto& e : s.expenses) {
        Json reasons = Json::array();
        for (const auto r : e.reasons)
            reasons.push_back(std::string(to_string(r)));
        expenses.push_back(
            Json{{"line", e.line}, {"eligible", e.eligible()}, {"reasons", std::move(reasons)}});
    }
    Json steps = Json::array();
    for (const auto& st : s.steps)
        steps.push_back(
            Json{{"kind", std::string(to_string(st.kind))},
                 {"action", st.action ? Json(*st.action) : Json(nullptr)},
                 {"amount", optional_amount(st.amount)},
                 {"exact_cents", st.exact ? Json(exact_text(*st.exact)) : Json(nullptr)},
                 {"rate", st.rate ? Json(st.rate->to_string()) : Json(nullptr)},
                 {"text", st.text_fr}});
    Json report = nullptr;
    if (s.report)
        report = Json{{"deadline", deadline_dates_json(s.report->deadline)},
                      {"sent_on", s.report->sent_on
                                      ? Json(format_date(*s.report->sent_on, DateStyle::iso))
                                      : Json(nullptr)},
                      {"late", s.report->late()}};
    Json recovery = nullptr;
    if (s.recovery) {
        Json grounds = Json::array();
        for (const auto g : s.recovery->grounds)
            grounds.push_back(Json{{"ground", std::string(to_string(g))},
                                   {"legal_source", std::string(legal_source(g))}});
        recovery =
            Json{{"amount", s.recovery->amount.to_iso()},
                 {"may_demand_total", optional_amount(s.recovery->may_demand_total)},
                 {"grounds", std::move(grounds)},
                 {"repayment_deadline", s.recovery->repayment_deadline
                                            ? deadline_dates_json(*s.recovery->repayment_deadline)
                                            : Json(nullptr)}};
    }
    return Json{{"dossier", std::string(name)},
                {"policy", std::move(policy)},
                {"actions", std::move(actions)},
                {"expenses", std::move(expenses)},
                {"ceiling_total", s.ceiling_total.to_iso()},
                {"final_grant", s.final_grant.to_iso()},
                {"payments_made", s.payments_made.to_iso()},
                {"balance", s.balance.to_iso()},
                {"to_recover", s.to_recover.to_iso()},
                {"report", std::move(report)},
                {"recovery", std::move(recovery)},
                {"steps", std::move(steps)}};
}

DeminimisOutcome assess_deminimis(const io::AidCsv& csv, const DeminimisRequest& r,
                                  AidRegulation regulation) {
    const std::span<const GrantedAid> aids(csv.aids);
    DeminimisOutcome out{
        regulation, assess(aids, regulation, r.as_of, r.options), std::nullopt, {}};
    if (r.amount)
        out.decision = check_new_aid(
            aids, GrantedAid{"(nouvelle aide)", r.as_of, *r.amount, regulation}, r.options);
    std::size_t later = 0;
    for (std::size_t i = 0; i < aids.size(); ++i) {
        later += aids[i].granted_on > r.as_of ? 1U : 0U;
        if (aids[i].regulation != AidRegulation::other &&
            !regulation_applies(aids[i].regulation, aids[i].granted_on, r.options))
            out.notes.push_back("ligne " + std::to_string(csv.rows[i]) + " : le règlement " +
                                std::string(to_string(aids[i].regulation)) +
                                " ne s'applique pas le " +
                                format_date(aids[i].granted_on, DateStyle::numeric) +
                                " ; l'aide est comptée selon sa nature (" +
                                std::string(to_string(*family_of(aids[i].regulation))) + ")");
    }
    if (later > 0)
        out.notes.push_back(std::to_string(later) + " aide(s) postérieure(s) au " +
                            format_date(r.as_of, DateStyle::numeric) + " non comptée(s)");
    for (const auto& c : csv.ignored_columns)
        out.notes.push_back("colonne « " + c + " » ignorée");
    for (const auto& w : csv.file_warnings)
        out.notes.push_back(w);
    return out;
}

Json deminimis_json(std::string_view file, const DeminimisRequest& r, const DeminimisOutcome& o) {
    const AidAssessment& a = o.assessment;
    Json counted = Json::array();
    for (const auto& c : a.counted)
        counted.push_back(Json{{"grantor", c.grantor},
                               {"date", format_date(c.granted_on, DateStyle::iso)},
                               {"amount", c.amount.to_iso()},
                               {"regulation", std::string(to_string(c.regulation))}});
    Json j;
    j["file"] = std::string(file);
    j["as_of"] = format_date(r.as_of, DateStyle::iso);
    j["family"] = r.family == AidFamily::sieg ? "sieg" : "general";
    j["regulation"] = std::string(to_string(o.regulation));
    j["window"] = Json{{"first", format_date(a.window.first, DateStyle::iso)},
                       {"last", format_date(a.window.last, DateStyle::iso)},
                       {"kind", std::string(to_string(a.window.kind))}};
    j["ceiling"] = a.ceiling.to_iso();
    j["cumulated"] = a.cumulated.to_iso();
    j["combined_ceiling"] = a.combined_ceiling ? Json(a.combined_ceiling->to_iso()) : Json();
    j["combined_cumulated"] = a.combined_cumulated.to_iso();
    j["headroom"] = a.headroom().to_iso();
    j["exceeded"] = a.exceeded();
    j["counted"] = std::move(counted);
    if (o.decision)
        j["request"] = Json{{"amount", r.amount->to_iso()},
                            {"allowed", o.decision->allowed},
                            {"reasons", o.decision->reasons_fr},
                            {"headroom_returns",
                             o.decision->headroom_returns
                                 ? Json(format_date(*o.decision->headroom_returns, DateStyle::iso))
                                 : Json()}};
    const AidOptions& opt = r.options;
    j["options"] = Json{
        {"fiscal_year_start_month", opt.fiscal_year_start_month},
        {"window_start", opt.rolling_start == RollingStart::exclusive ? "exclusive" : "inclusive"},
        {"sieg_cumulation",
         opt.sieg_cumulation == SiegCumulation::combined ? "combined" : "separate"},
        {"scheme_transition", opt.scheme_transition}};
    j["notes"] = o.notes;
    return j;
}

Json aid_csv_errors_json(std::string_view file, const io::AidCsv& csv) {
    Json errors = Json::array();
    for (const auto& e : csv.errors)
        errors.push_back(
            Json{{"row", e.row}, {"column", e.column}, {"value", e.value}, {"message", e.message}});
    return Json{{"file", std::string(file)}, {"errors", std::move(errors)}};
}

namespace {

constexpr std::array<Example, 2> examples_list{{
    {"apes-2023",
     "Pas-de-Calais, commission permanente du 20 mars 2023, délibération n°2023-122 : 57 000 € "
     "à l'association APES, avec le rapport n°57 et le projet de convention (erreurs du "
     "document comprises)",
     &examples::apes_2023},
    {"nord-2024",
     "Nord, commission permanente du 10 juin 2024, délibération DCP-2024-0415 : subvention de "
     "fonctionnement de 30 000 € à l'Union Sportive de Roubaix, avec le projet de convention "
     "(dossier correct, construit à partir de données structurées)",
     &examples::nord_2024},
}};

} // namespace

std::span<const Example> examples() noexcept {
    return examples_list;
}

const Example* find_example(std::string_view name) noexcept {
    const auto it = std::find_if(examples_list.begin(), examples_list.end(),
                                 [name](const Example& e) { return e.name == name; });
    return it == examples_list.end() ? nullptr : &*it;
}

} // namespace subvention::api
