// SPDX-License-Identifier: Apache-2.0
// subvention::local — YAML to JSON for the dossiers written inside a rules file.
#include "local/yaml_json.hpp"

#include <cstdint>
#include <regex>
#include <stdexcept>
#include <string>
#include <yaml-cpp/yaml.h>

#include <nlohmann/json.hpp>

namespace subvention::local::detail {

namespace {

nlohmann::json convert(const YAML::Node& n, int depth) {
    if (depth > 64)
        throw std::length_error("dossier trop imbriqué (plus de 64 niveaux)");
    if (!n.IsDefined() || n.IsNull())
        return nullptr;
    if (n.IsSequence()) {
        auto out = nlohmann::json::array();
        for (const auto& item : n)
            out.push_back(convert(item, depth + 1));
        return out;
    }
    if (n.IsMap()) {
        auto out = nlohmann::json::object();
        for (auto it = n.begin(); it != n.end(); ++it)
            out[it->first.Scalar()] = convert(it->second, depth + 1);
        return out;
    }
    const std::string& s = n.Scalar();
    if (n.Tag() == "!") // quoted: a string, whatever it looks like
        return s;
    if (s == "true")
        return true;
    if (s == "false")
        return false;
    static const std::regex integer("-?[0-9]{1,18}");
    if (std::regex_match(s, integer))
        return std::stoll(s);
    return s;
}

} // namespace

std::string yaml_to_json(const YAML::Node& node) {
    try {
        return convert(node, 0).dump();
    } catch (const nlohmann::json::type_error&) { // a string that is not UTF-8
        throw std::invalid_argument("texte qui n'est pas de l'UTF-8 valide");
    }
}

} // namespace subvention::local::detail
