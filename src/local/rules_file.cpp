// SPDX-License-Identifier: Apache-2.0
// subvention::local — reading a rules file (YAML, docs/local-rules.md): structure, parameters,
// rules, messages and test cases, every defect reported with its line and column.
#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <optional>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <subvention/compliance/catalogue.hpp>
#include <subvention/local/rules_file.hpp>

#include "local/compiled.hpp"
#include "local/yaml_json.hpp"

namespace subvention::local {

std::string RulesError::to_string() const {
    std::string out = file;
    if (line > 0) {
        out += ":" + std::to_string(line);
        if (column > 0)
            out += ":" + std::to_string(column);
    }
    out += " : ";
    if (!rule.empty())
        out += rule + " : ";
    return out + message;
}

namespace {

std::string summary(const std::vector<RulesError>& errors) {
    std::string out;
    for (const auto& e : errors) {
        if (!out.empty())
            out += '\n';
        out += e.to_string();
    }
    return out;
}

} // namespace

RulesFileError::RulesFileError(std::vector<RulesError> errors)
    : std::runtime_error(summary(errors))
    , errors_(std::move(errors)) {}

namespace detail {

const ParamValue* CompiledFile::param_value_at(std::size_t i, Date d) const {
    const auto& values = params[i].values;
    for (std::size_t k = values.size(); k-- > 0;) {
        const auto& v = values[k];
        if (d < v.from)
            continue;
        if (v.until && *v.until < d)
            return nullptr;
        return &v;
    }
    return nullptr;
}

std::vector<Scalar> CompiledFile::params_at(Date d) const {
    std::vector<Scalar> out(params.size());
    for (std::size_t i = 0; i < params.size(); ++i)
        if (const auto* v = param_value_at(i, d))
            out[i] = v->value;
    return out;
}

} // namespace detail

namespace {

using detail::CompiledFile;
using detail::CompiledRule;
using detail::known;
using detail::Node;
using detail::Param;
using detail::ParamValue;
using detail::Scalar;
using detail::Template;

/// Finds the first alias of a YAML text. An alias of an alias doubles what it stands for, so
/// a few lines of anchors can stand for a tree exponentially larger than the file: a rules file
/// has none, and what is loaded stays bounded by the file's size.
class AliasFinder : public YAML::EventHandler {
public:
    std::optional<YAML::Mark> alias;
    void OnDocumentStart(const YAML::Mark&) override {}
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
    void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override {
        if (!alias)
            alias = mark;
    }
    void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t,
                  const std::string&) override {}
    void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                         YAML::EmitterStyle::value) override {}
    void OnSequenceEnd() override {}
    void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                    YAML::EmitterStyle::value) override {}
    void OnMapEnd() override {}
};

constexpr std::size_t max_file_bytes = 4U * 1024U * 1024U;
constexpr std::size_t max_errors = 100;

bool valid_id(std::string_view id) {
    if (id.empty() || id.size() > 64 || id.front() < 'A' || id.front() > 'Z' || id.back() == '-')
        return false;
    char previous = 0;
    for (char c : id) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
        if (!ok || (c == '-' && previous == '-'))
            return false;
        previous = c;
    }
    return true;
}

/// The prefixes of the library's own IDs (« VOTE », « CONV », « EXTRACT »…).
std::set<std::string, std::less<>> builtin_prefixes() {
    std::set<std::string, std::less<>> out;
    for (const auto& r : compliance::builtin_catalogue())
        out.insert(r.id.substr(0, r.id.find('-')));
    for (const auto& k : compliance::known_ids())
        out.insert(std::string(k.id.substr(0, k.id.find('-'))));
    return out;
}

class Loader {
public:
    Loader(std::string_view text, std::string file, std::string base)
        : text_(text) {
        out_ = std::make_shared<CompiledFile>();
        out_->file = std::move(file);
        out_->base = std::move(base);
    }

    std::shared_ptr<const CompiledFile> run() {
        if (text_.size() > max_file_bytes)
            error_at(0, 0, {},
                     "fichier trop grand (" + std::to_string(text_.size()) +
                         " octets ; au plus 4 Mio)");
        else
            load();
        if (!errors_.empty()) {
            // In file order, whatever order the checks ran in (a missing key is found after
            // the unknown keys that follow it).
            std::stable_sort(errors_.begin(), errors_.end(),
                             [](const RulesError& a, const RulesError& b) {
                                 return std::tie(a.line, a.column) < std::tie(b.line, b.column);
                             });
            throw RulesFileError(std::move(errors_));
        }
        return out_;
    }

private:
    // --- errors ----------------------------------------------------------------------------

    void error_at(std::uint32_t line, std::uint32_t column, std::string rule, std::string what) {
        if (errors_.size() < max_errors)
            errors_.push_back(
                RulesError{out_->file, line, column, std::move(rule), std::move(what)});
        else if (errors_.size() == max_errors)
            errors_.push_back(RulesError{out_->file, 0, 0, {}, "trop d'erreurs, lecture arrêtée"});
    }
    void error(const YAML::Node& n, std::string what) {
        if (!n.IsDefined()) {
            error_in_parent(std::move(what));
            return;
        }
        const auto m = n.Mark();
        error_at(m.is_null() ? 0 : static_cast<std::uint32_t>(m.line + 1),
                 m.is_null() ? 0 : static_cast<std::uint32_t>(m.column + 1), context_,
                 std::move(what));
    }

    /// Line and column of byte `offset` of scalar `n`'s value in the file: the value's lines
    /// are looked up in the text after the node's mark (quoted, plain and block scalars).
    std::pair<std::uint32_t, std::uint32_t> locate(const YAML::Node& n, std::size_t offset) const {
        const auto m = n.Mark();
        if (m.is_null())
            return {0, 0};
        const std::string& value = n.Scalar();
        std::size_t search = static_cast<std::size_t>(m.pos);
        std::size_t line_start = 0;
        for (;;) {
            const auto eol = value.find('\n', line_start);
            const std::string_view line = std::string_view(value).substr(
                line_start, eol == std::string::npos ? std::string::npos : eol - line_start);
            const auto found = line.empty() ? std::string_view::npos : text_.find(line, search);
            if (found == std::string_view::npos)
                break;
            if (eol == std::string::npos || offset <= eol) {
                const std::size_t at = found + (offset - line_start);
                const auto before = text_.substr(0, at);
                const auto lines = std::count(before.begin(), before.end(), '\n');
                const auto nl = before.rfind('\n');
                const auto column = nl == std::string_view::npos ? at : at - nl - 1;
                return {static_cast<std::uint32_t>(lines + 1),
                        static_cast<std::uint32_t>(column + 1)};
            }
            search = found + line.size();
            line_start = eol + 1;
        }
        return {static_cast<std::uint32_t>(m.line + 1), static_cast<std::uint32_t>(m.column + 1)};
    }

    // --- structure -------------------------------------------------------------------------

    /// Refuses keys outside `allowed` and duplicated keys (a typo must not go unnoticed).
    void keys(const YAML::Node& map, std::initializer_list<std::string_view> allowed,
              std::string_view where) {
        std::set<std::string> seen;
        for (auto it = map.begin(); it != map.end(); ++it) {
            const auto key = it->first.Scalar();
            if (!seen.insert(key).second)
                error(it->first, "clé « " + key + " » répétée dans " + std::string(where));
            else if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
                std::string list;
                for (const auto& a : allowed)
                    list += (list.empty() ? "" : ", ") + std::string(a);
                error(it->first, "clé inconnue « " + key + " » dans " + std::string(where) +
                                     " (clés possibles : " + list + ")");
            }
        }
    }

    bool is_text(const YAML::Node& n) const { return n.IsDefined() && n.IsScalar(); }

    std::optional<std::string> text(const YAML::Node& n, std::string_view what,
                                    bool required = true) {
        if (!n.IsDefined() || n.IsNull()) {
            if (required)
                error_in_parent(std::string(what) + " manquant");
            return std::nullopt;
        }
        if (!n.IsScalar()) {
            error(n, std::string(what) + " : un texte est attendu");
            return std::nullopt;
        }
        return n.Scalar();
    }

    void error_in_parent(std::string what) {
        error_at(parent_line_, parent_column_, context_, std::move(what));
    }
    void enter(const YAML::Node& n) {
        const auto m = n.Mark();
        parent_line_ = m.is_null() ? 0 : static_cast<std::uint32_t>(m.line + 1);
        parent_column_ = m.is_null() ? 0 : static_cast<std::uint32_t>(m.column + 1);
    }

    std::optional<Date> date(const YAML::Node& n, std::string_view what) {
        if (!n.IsDefined() || n.IsNull())
            return std::nullopt;
        if (!n.IsScalar()) {
            error(n, std::string(what) + " : une date AAAA-MM-JJ est attendue");
            return std::nullopt;
        }
        const auto& s = n.Scalar();
        const auto d = parse_date(s);
        if (s.size() != 10 || !d) {
            error(n, std::string(what) + " : « " + s + " » n'est pas une date AAAA-MM-JJ");
            return std::nullopt;
        }
        return *d;
    }

    std::optional<Node> expression(const YAML::Node& n, std::string_view what) {
        if (!n.IsDefined() || n.IsNull()) {
            error_in_parent(std::string(what) + " manquante");
            return std::nullopt;
        }
        if (!n.IsScalar()) {
            error(n, std::string(what) + " : une expression (texte) est attendue");
            return std::nullopt;
        }
        try {
            return detail::compile(n.Scalar(), detail::Names{out_->param_names});
        } catch (const detail::CompileError& e) {
            const auto [line, column] = locate(n, e.offset);
            error_at(line, column, context_, std::string(what) + " : " + e.what());
            return std::nullopt;
        }
    }

    // --- the file --------------------------------------------------------------------------

    void load() {
        YAML::Node root;
        try {
            std::istringstream in{std::string(text_)};
            YAML::Parser parser(in);
            AliasFinder finder;
            parser.HandleNextDocument(finder);
            if (finder.alias) {
                error_at(static_cast<std::uint32_t>(finder.alias->line + 1),
                         static_cast<std::uint32_t>(finder.alias->column + 1), {},
                         "alias YAML (« *nom ») refusé : un fichier de règles écrit chaque "
                         "valeur là où elle sert");
                return;
            }
            root = YAML::Load(std::string(text_));
        } catch (const YAML::Exception& e) {
            error_at(static_cast<std::uint32_t>(e.mark.line + 1),
                     static_cast<std::uint32_t>(e.mark.column + 1), {},
                     "YAML illisible : " + e.msg);
            return;
        }
        if (!root.IsMap()) {
            error_at(1, 1, {},
                     "le fichier doit être une table YAML (clés subvention-rules, "
                     "prefix, title, parameters, rules, tests)");
            return;
        }
        keys(root,
             {"subvention-rules", "prefix", "title", "source", "parameters", "rules", "tests"},
             "le fichier");
        enter(root);
        const auto version = root["subvention-rules"];
        if (!version.IsDefined())
            error_at(1, 1, {},
                     "« subvention-rules: 1 » manquant : c'est ce qui identifie un "
                     "fichier de règles et la version de son format");
        else if (!version.IsScalar() || version.Scalar() != "1")
            error(version, "version de format « " +
                               (version.IsScalar() ? version.Scalar() : std::string("?")) +
                               " » inconnue (seule la version 1 existe)");
        prefix(root["prefix"]);
        if (const auto t = text(root["title"], "title"))
            out_->title = *t;
        if (root["source"].IsDefined() && !root["source"].IsScalar())
            error(root["source"], "source : un texte est attendu");
        parameters(root["parameters"]);
        rules(root["rules"]);
        tests(root["tests"]);
    }

    void prefix(const YAML::Node& n) {
        const auto p = text(n, "prefix");
        if (!p)
            return;
        if (!valid_id(*p) || p->find('-') != std::string::npos) {
            error(n, "préfixe « " + *p +
                         " » invalide : des capitales et des chiffres, "
                         "commençant par une lettre (« RBF62 »)");
            return;
        }
        if (builtin_prefixes().count(*p) != 0) {
            error(n, "le préfixe « " + *p +
                         " » est celui de règles de la bibliothèque : "
                         "choisissez-en un autre (« RBF62 »)");
            return;
        }
        out_->prefix = *p;
    }

    // --- parameters ------------------------------------------------------------------------

    void parameters(const YAML::Node& n) {
        if (!n.IsDefined() || n.IsNull())
            return;
        if (!n.IsMap()) {
            error(n, "parameters : une table nom → paramètre est attendue");
            return;
        }
        for (auto it = n.begin(); it != n.end(); ++it) {
            const std::string name = it->first.Scalar();
            context_ = name;
            const bool valid =
                !name.empty() && ((name[0] >= 'a' && name[0] <= 'z') || name[0] == '_') &&
                std::all_of(name.begin(), name.end(), [](char c) {
                    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
                });
            if (!valid) {
                error(it->first, "nom de paramètre invalide : minuscules, chiffres et « _ » "
                                 "(« avance_max »)");
                continue;
            }
            if (find_fact(name) != nullptr) {
                error(it->first, "« " + name + " » est déjà le nom d'un fait du dossier");
                continue;
            }
            if (std::any_of(out_->params.begin(), out_->params.end(),
                            [&](const Param& p) { return p.name.name == name; })) {
                error(it->first, "paramètre « " + name + " » déclaré deux fois");
                continue;
            }
            parameter(name, it->first, it->second);
        }
        context_.clear();
        for (const auto& p : out_->params)
            out_->param_names.push_back(p.name);
    }

    void parameter(const std::string& name, const YAML::Node& key, const YAML::Node& n) {
        Param p;
        p.name.name = name;
        p.line = static_cast<std::uint32_t>(key.Mark().line + 1);
        enter(key);
        if (!n.IsMap()) {
            error(key, "paramètre « " + name +
                           " » : une table (description, values) est "
                           "attendue");
            return;
        }
        keys(n, {"description", "values"}, "le paramètre « " + name + " »");
        enter(n);
        const auto values = n["values"];
        if (!values.IsDefined() || !values.IsSequence() || values.size() == 0) {
            error(values.IsDefined() ? values : key,
                  "values : une liste de valeurs datées (from, value) est attendue");
            return;
        }
        std::optional<Type> type;
        for (const auto& v : values) {
            if (!v.IsMap()) {
                error(v, "une valeur datée est une table (from, until, value, basis)");
                continue;
            }
            keys(v, {"from", "until", "value", "basis"}, "une valeur du paramètre");
            enter(v);
            ParamValue pv;
            const auto from = date(v["from"], "from");
            if (!from) {
                if (!v["from"].IsDefined())
                    error(v, "from : la date à partir de laquelle la valeur est en vigueur est "
                             "requise");
                continue;
            }
            pv.from = *from;
            pv.until = date(v["until"], "until");
            if (pv.until && *pv.until < pv.from) {
                error(v["until"], "until est avant from");
                continue;
            }
            if (const auto b = v["basis"]; b.IsDefined() && b.IsScalar())
                pv.basis = b.Scalar();
            const auto expr = expression(v["value"], "value");
            if (!expr)
                continue;
            Scalar value = literal_value(*expr);
            if (!known(value)) {
                error(v["value"], "value : une valeur écrite est attendue (« 3 000 € », « 30 % », "
                                  "« 2024-06-30 », « 6 mois »)");
                continue;
            }
            if (expr->type == Type::list || expr->type == Type::boolean) {
                if (expr->type == Type::list) {
                    error(v["value"], "value : une liste n'est pas un paramètre");
                    continue;
                }
            }
            if (type && *type != expr->type) {
                error(v["value"], "value : toutes les valeurs d'un paramètre ont le même type "
                                  "(montant, taux, date, durée…)");
                continue;
            }
            type = expr->type;
            p.name.type = expr->type;
            p.name.percent = p.name.percent || expr->percent;
            pv.value = std::move(value);
            p.values.push_back(std::move(pv));
        }
        std::sort(p.values.begin(), p.values.end(),
                  [](const ParamValue& a, const ParamValue& b) { return a.from < b.from; });
        for (std::size_t i = 1; i < p.values.size(); ++i) {
            const auto& prev = p.values[i - 1];
            if (prev.from == p.values[i].from || (prev.until && !(*prev.until < p.values[i].from)))
                error(key, "paramètre « " + name + " » : deux valeurs en vigueur le même jour (" +
                               format_date(p.values[i].from, DateStyle::iso) + ")");
        }
        if (!p.values.empty())
            out_->params.push_back(std::move(p));
    }

    static Scalar literal_value(const Node& n) {
        if (n.op == detail::Op::literal)
            return n.literal;
        if (n.op == detail::Op::negate && n.kids.size() == 1 &&
            n.kids[0].op == detail::Op::literal) {
            static const detail::FactTable empty;
            detail::EvalEnv env{empty, {}, nullptr, {}, nullptr, {}};
            return detail::eval(n, env);
        }
        return {};
    }

    // --- rules -----------------------------------------------------------------------------

    void rules(const YAML::Node& n) {
        if (!n.IsDefined() || n.IsNull()) {
            error_at(1, 1, {}, "rules : aucune règle");
            return;
        }
        if (!n.IsSequence()) {
            error(n, "rules : une liste de règles est attendue");
            return;
        }
        std::set<std::string> ids;
        for (const auto& r : n) {
            context_.clear();
            if (!r.IsMap()) {
                error(r, "une règle est une table (id, severity, title, message, basis, when)");
                continue;
            }
            rule(r, ids);
        }
        context_.clear();
    }

    void rule(const YAML::Node& n, std::set<std::string>& ids) {
        CompiledRule r;
        r.line = static_cast<std::uint32_t>(n.Mark().line + 1);
        enter(n);
        const auto id = text(n["id"], "id");
        if (!id)
            return;
        context_ = *id;
        keys(n, {"id", "severity", "title", "message", "basis", "when"}, "la règle");
        if (!valid_id(*id)) {
            error(n["id"], "identifiant invalide : des capitales, des chiffres et des tirets, "
                           "commençant par une lettre (« RBF62-AVANCE »)");
            return;
        }
        if (!out_->prefix.empty() && id->rfind(out_->prefix + "-", 0) != 0) {
            error(n["id"], "l'identifiant doit commencer par le préfixe du fichier « " +
                               out_->prefix + "- »");
            return;
        }
        if (!ids.insert(*id).second) {
            error(n["id"], "identifiant déjà utilisé par une autre règle du fichier");
            return;
        }
        r.id = *id;
        r.severity = severity(n["severity"]);
        lang_pair(n["title"], "title", r.title_fr, r.title_en);
        enter(n);
        std::string message_fr;
        std::string message_en;
        const auto message = n["message"];
        lang_pair(message, "message", message_fr, message_en);
        basis(n["basis"], r);
        enter(n);
        auto when = condition(n["when"], "when", 0);
        if (!when)
            return;
        if (!when->reads) {
            error(n["when"], "when : la condition ne lit aucun fait ni paramètre, elle serait "
                             "toujours vraie ou toujours fausse");
            return;
        }
        r.when = std::move(*when);
        // A missing key is a zombie node, whose type yaml-cpp refuses to tell (it throws).
        const bool message_map = message.IsDefined() && message.IsMap();
        const auto fr_node = message_map ? message["fr"] : message;
        // Without an English text, the French one (a plain `message:` is French).
        const bool has_en = message_map && message["en"].IsDefined();
        auto fr = message_template(fr_node, message_fr);
        auto en =
            has_en ? message_template(message["en"], message_en) : std::optional<Template>(fr);
        if (!fr || !en)
            return;
        r.message_fr = std::move(*fr);
        r.message_en = std::move(*en);
        if (r.title_en.empty())
            r.title_en = r.title_fr;
        unreachable_parameters(r, n);
        out_->rules.push_back(std::move(r));
    }

    compliance::Severity severity(const YAML::Node& n) {
        if (!n.IsDefined()) {
            error_in_parent("severity manquante (error, warning ou info)");
            return compliance::Severity::warning;
        }
        const std::string s = n.IsScalar() ? n.Scalar() : std::string();
        if (s == "error")
            return compliance::Severity::error;
        if (s == "warning")
            return compliance::Severity::warning;
        if (s == "info")
            return compliance::Severity::info;
        error(n, "severity : « " + s + " » inconnue (error, warning ou info)");
        return compliance::Severity::warning;
    }

    /// `key: texte` (French) or `key: {fr: …, en: …}`.
    void lang_pair(const YAML::Node& n, std::string_view what, std::string& fr, std::string& en) {
        if (!n.IsDefined() || n.IsNull()) {
            error_in_parent(std::string(what) + " manquant");
            return;
        }
        if (n.IsScalar()) {
            fr = n.Scalar();
            return;
        }
        if (!n.IsMap()) {
            error(n, std::string(what) + " : un texte ou une table {fr, en} est attendu");
            return;
        }
        keys(n, {"fr", "en"}, std::string(what));
        enter(n);
        if (const auto t = text(n["fr"], std::string(what) + ".fr"))
            fr = *t;
        if (const auto t = text(n["en"], std::string(what) + ".en", false))
            en = *t;
        if (fr.empty())
            error(n, std::string(what) + " : le texte français est requis");
    }

    void basis(const YAML::Node& n, CompiledRule& r) {
        if (!n.IsDefined() || n.IsNull()) {
            error_in_parent("basis manquant : le fondement de la règle (texte, article, "
                            "délibération qui l'a adopté, date d'entrée en vigueur)");
            return;
        }
        std::vector<YAML::Node> items;
        if (n.IsSequence())
            for (const auto& b : n)
                items.push_back(b);
        else
            items.push_back(n);
        for (const auto& b : items) {
            if (!b.IsMap()) {
                error(b, "basis : une table (text, article, adopted_by, from, until) est attendue");
                continue;
            }
            keys(b, {"text", "article", "adopted_by", "from", "until"}, "basis");
            enter(b);
            const auto t = text(b["text"], "basis.text");
            if (!t)
                continue;
            auto article = text(b["article"], "basis.article", false);
            if (article) // « art. 12 » and « article 12 » are « 12 »: the basis prints « art. »
                for (const std::string_view lead : {"art. ", "Art. ", "article ", "Article "})
                    if (article->rfind(lead, 0) == 0) {
                        article->erase(0, lead.size());
                        break;
                    }
            const auto adopted = text(b["adopted_by"], "basis.adopted_by", false);
            const auto from = date(b["from"], "basis.from");
            const auto until = date(b["until"], "basis.until");
            if (from && until && *until < *from) {
                error(b["until"], "basis.until est avant basis.from");
                continue;
            }
            // The act that adopted the text is part of its name in a finding (« Règlement
            // budgétaire et financier (délibération n° 2016-245 du 27 juin 2016) art. 12 »);
            // the period it is in force is the version.
            std::string version;
            if (from)
                version = "en vigueur du " + format_date(*from);
            if (until)
                version +=
                    (version.empty() ? "en vigueur jusqu'au " : " au ") + format_date(*until);
            r.basis.emplace_back(adopted ? *t + " (" + *adopted + ")" : *t, article.value_or(""),
                                 version);
            // The rule applies while its first basis is in force.
            if (&b == &items.front()) {
                r.from = from;
                r.until = until;
            }
        }
        if (items.size() > 0 && r.basis.empty())
            return;
    }

    std::optional<Node> condition(const YAML::Node& n, std::string_view what, int depth) {
        if (depth > 32) {
            error(n, "condition trop imbriquée (plus de 32 niveaux all/any/not)");
            return std::nullopt;
        }
        if (!n.IsDefined() || n.IsNull() || n.IsScalar()) {
            auto e = expression(n, what);
            if (e && e->type != Type::boolean) {
                error(n, std::string(what) + " : une condition (vrai ou faux) est attendue, "
                                             "l'expression donne une valeur d'un autre type");
                return std::nullopt;
            }
            return e;
        }
        if (!n.IsMap() || n.size() != 1) {
            error(n, std::string(what) + " : une expression, ou une table d'une seule clé "
                                         "all, any ou not");
            return std::nullopt;
        }
        const auto it = n.begin();
        const std::string key = it->first.Scalar();
        const YAML::Node body = it->second;
        if (key == "not") {
            auto inner = condition(body, "not", depth + 1);
            if (!inner)
                return std::nullopt;
            Node out;
            out.op = detail::Op::not_;
            out.type = Type::boolean;
            out.reads = inner->reads;
            out.kids.push_back(std::move(*inner));
            return out;
        }
        if (key != "all" && key != "any") {
            error(it->first, "« " + key + " » : all, any ou not attendu");
            return std::nullopt;
        }
        if (!body.IsSequence() || body.size() == 0) {
            error(body.IsDefined() ? body : it->first,
                  key + " : une liste non vide de conditions est attendue");
            return std::nullopt;
        }
        // One node over every item (not a chain of pairs): a long list is no deeper to
        // evaluate than a short one.
        Node out;
        out.op = key == "all" ? detail::Op::and_ : detail::Op::or_;
        out.type = Type::boolean;
        bool failed = false;
        for (const auto& item : body) {
            auto c = condition(item, key, depth + 1);
            if (!c) {
                failed = true;
                continue;
            }
            out.reads = out.reads || c->reads;
            out.kids.push_back(std::move(*c));
        }
        if (failed)
            return std::nullopt;
        if (out.kids.size() == 1)
            return std::move(out.kids.front());
        return out;
    }

    /// `{expression}` placeholders; `{{` and `}}` are braces.
    std::optional<Template> message_template(const YAML::Node& n, const std::string& text) {
        Template t;
        std::string literal;
        for (std::size_t i = 0; i < text.size(); ++i) {
            const char c = text[i];
            if ((c == '{' || c == '}') && i + 1 < text.size() && text[i + 1] == c) {
                literal += c;
                ++i;
                continue;
            }
            if (c == '}') {
                const auto [line, column] = locate(n, i);
                error_at(line, column, context_, "message : « } » sans « { » (écrivez « }} »)");
                return std::nullopt;
            }
            if (c != '{') {
                literal += c;
                continue;
            }
            const auto close = text.find('}', i + 1);
            if (close == std::string::npos) {
                const auto [line, column] = locate(n, i);
                error_at(line, column, context_, "message : « { » sans « } »");
                return std::nullopt;
            }
            try {
                Node value = detail::compile(std::string_view(text).substr(i + 1, close - i - 1),
                                             detail::Names{out_->param_names});
                t.pieces.push_back({std::move(literal), std::move(value)});
                literal.clear();
            } catch (const detail::CompileError& e) {
                const auto [line, column] = locate(n, i + 1 + e.offset);
                error_at(line, column, context_, std::string("message : ") + e.what());
                return std::nullopt;
            }
            i = close;
        }
        if (!literal.empty())
            t.pieces.push_back({std::move(literal), std::nullopt});
        return t;
    }

    /// A parameter the rule reads that has no value in force while the rule applies: the
    /// condition could never be decided.
    void unreachable_parameters(const CompiledRule& r, const YAML::Node& n) {
        std::vector<std::uint32_t> used;
        collect_params(r.when, used);
        for (const auto i : used) {
            const auto& p = out_->params[i];
            const auto& last = p.values.back();
            const bool ends_before = r.from && last.until && *last.until < *r.from;
            const bool starts_after = r.until && *r.until < p.values.front().from;
            if (ends_before || starts_after)
                error(n["when"], "le paramètre « " + p.name.name +
                                     " » n'a aucune valeur en vigueur pendant la période de la "
                                     "règle : la condition ne pourrait jamais être évaluée");
        }
    }

    static void collect_params(const Node& n, std::vector<std::uint32_t>& out) {
        if (n.op == detail::Op::param && std::find(out.begin(), out.end(), n.index) == out.end())
            out.push_back(n.index);
        for (const auto& k : n.kids)
            collect_params(k, out);
    }

    // --- tests -----------------------------------------------------------------------------

    void tests(const YAML::Node& n) {
        if (!n.IsDefined() || n.IsNull())
            return;
        if (!n.IsSequence()) {
            error(n, "tests : une liste de cas est attendue");
            return;
        }
        std::set<std::string, std::less<>> ids;
        for (const auto& r : out_->rules)
            ids.insert(r.id);
        for (const auto& t : n) {
            context_.clear();
            if (!t.IsMap()) {
                error(t, "un cas de test est une table (name, dossier, fires, silent)");
                continue;
            }
            test(t, ids);
        }
        context_.clear();
    }

    void test(const YAML::Node& n, const std::set<std::string, std::less<>>& ids) {
        detail::TestSpec spec;
        enter(n);
        keys(n, {"name", "dossier", "patch", "as_of", "stage", "fires", "silent"}, "le cas");
        const auto name = text(n["name"], "name");
        if (!name)
            return;
        context_ = *name;
        spec.info.name = *name;
        spec.info.line = static_cast<std::uint32_t>(n.Mark().line + 1);
        const auto dossier = n["dossier"];
        if (!dossier.IsDefined()) {
            error(n,
                  "dossier manquant : apes-2023, nord-2024, un fichier JSON, ou le dossier écrit "
                  "ici");
            return;
        }
        if (dossier.IsScalar()) {
            if (dossier.Scalar() == "apes-2023" || dossier.Scalar() == "nord-2024")
                spec.example = dossier.Scalar();
            else
                spec.dossier_file = dossier.Scalar();
        } else if (dossier.IsMap()) {
            try {
                spec.dossier_json = detail::yaml_to_json(dossier);
            } catch (const std::logic_error& e) {
                error(dossier, std::string("dossier : ") + e.what());
                return;
            }
        } else {
            error(dossier, "dossier : apes-2023, nord-2024, un chemin ou une table");
            return;
        }
        if (const auto patch = n["patch"]; patch.IsDefined()) {
            if (!patch.IsMap()) {
                error(patch, "patch : une table (fusionnée dans le JSON du dossier) est attendue");
                return;
            }
            try {
                spec.patch_json = detail::yaml_to_json(patch);
            } catch (const std::logic_error& e) {
                error(patch, std::string("patch : ") + e.what());
                return;
            }
        }
        spec.as_of = date(n["as_of"], "as_of");
        if (const auto stage = n["stage"]; stage.IsDefined()) {
            const std::string s = stage.IsScalar() ? stage.Scalar() : std::string();
            if (s == "signed")
                spec.stage = compliance::Stage::signed_;
            else if (s != "draft")
                error(stage, "stage : draft ou signed");
        }
        const auto id_list = [&](const YAML::Node& l, std::vector<std::string>& out,
                                 std::string_view what) {
            if (!l.IsDefined() || l.IsNull())
                return;
            if (!l.IsSequence()) {
                error(l, std::string(what) + " : une liste d'identifiants est attendue");
                return;
            }
            for (const auto& id : l) {
                if (!id.IsScalar() || ids.count(id.Scalar()) == 0) {
                    error(id, std::string(what) + " : « " +
                                  (id.IsScalar() ? id.Scalar() : std::string("?")) +
                                  " » n'est pas une règle de ce fichier");
                    continue;
                }
                out.push_back(id.Scalar());
            }
        };
        const auto before = errors_.size();
        id_list(n["fires"], spec.info.fires, "fires");
        id_list(n["silent"], spec.info.silent, "silent");
        if (spec.info.fires.empty() && spec.info.silent.empty() && errors_.size() == before) {
            error(n, "le cas n'attend rien : donnez fires (règles qui doivent se déclencher) ou "
                     "silent (règles qui ne doivent pas)");
            return;
        }
        out_->tests.push_back(spec.info);
        out_->test_specs.push_back(std::move(spec));
    }

    std::string_view text_;
    std::shared_ptr<CompiledFile> out_;
    std::vector<RulesError> errors_;
    std::string context_;
    std::uint32_t parent_line_ = 0;
    std::uint32_t parent_column_ = 0;
};

} // namespace

RuleSet parse_rules(std::string_view text, std::string name, std::filesystem::path base) {
    Loader loader(text, std::move(name), base.string());
    return RuleSet(loader.run());
}

RuleSet load_rules_file(const std::filesystem::path& file) {
    std::error_code ec;
    const auto size = std::filesystem::file_size(file, ec);
    if (ec)
        throw RulesFileError(
            {RulesError{file.string(), 0, 0, {}, "fichier illisible : " + ec.message()}});
    if (size > max_file_bytes)
        throw RulesFileError({RulesError{file.string(),
                                         0,
                                         0,
                                         {},
                                         "fichier trop grand (" + std::to_string(size) +
                                             " octets ; au plus 4 Mio)"}});
    std::ifstream in(file, std::ios::binary);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (!in && !in.eof())
        throw RulesFileError({RulesError{file.string(), 0, 0, {}, "lecture interrompue"}});
    return parse_rules(text, file.string(), file.parent_path());
}

const std::string& RuleSet::file() const noexcept {
    return impl_->file;
}
const std::string& RuleSet::prefix() const noexcept {
    return impl_->prefix;
}
const std::string& RuleSet::title() const noexcept {
    return impl_->title;
}
std::size_t RuleSet::size() const noexcept {
    return impl_->rules.size();
}
const std::vector<TestCase>& RuleSet::tests() const noexcept {
    return impl_->tests;
}

std::uint32_t RuleSet::line_of(std::string_view id) const noexcept {
    for (const auto& r : impl_->rules)
        if (r.id == id)
            return r.line;
    return 0;
}

void add_rules(compliance::Catalogue& catalogue, const RuleSet& set) {
    std::vector<RulesError> errors;
    const std::string dash = set.prefix() + "-";
    for (const auto& existing : catalogue)
        if (existing.id.rfind(dash, 0) == 0) {
            errors.push_back(RulesError{set.file(),
                                        0,
                                        0,
                                        {},
                                        "le préfixe « " + set.prefix() +
                                            " » est déjà celui de règles chargées (" + existing.id +
                                            ") : un préfixe par fichier"});
            break;
        }
    for (const auto& r : set.impl().rules)
        if (catalogue.find(r.id) != nullptr)
            errors.push_back(RulesError{set.file(), r.line, 0, r.id,
                                        "identifiant déjà présent dans le catalogue"});
    if (!errors.empty())
        throw RulesFileError(std::move(errors));
    for (auto& r : set.rules())
        catalogue.add(std::move(r));
}

} // namespace subvention::local
