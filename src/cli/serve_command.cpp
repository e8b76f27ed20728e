// SPDX-License-Identifier: Apache-2.0
// `subvention serve`: the JSON API, its OpenAPI document and the page for the people who check
// conventions, over HTTP (src/server/).
#include <charconv>
#include <iostream>
#include <memory>
#include <string>

#include <subvention/io/input.hpp>

#include "cli.hpp"
#include "server/server.hpp"

namespace subvention::cli {

void add_serve_command(CLI::App& app, int& status) {
    auto* cmd = app.add_subcommand(
        "serve", "Sert l'API JSON (les commandes en HTTP), son document OpenAPI (/openapi.json) "
                 "et la page de contrôle des conventions (/) ; s'arrête sur SIGTERM ou SIGINT "
                 "après les requêtes en cours");
    struct Opts {
        std::string listen = "127.0.0.1:8080";
        unsigned threads = 0;
        std::string max_body = "64M";
        unsigned timeout = 30;
    };
    auto o = std::make_shared<Opts>();
    cmd->add_option("--listen", o->listen,
                    "Adresse et port (défaut : 127.0.0.1:8080, la boucle locale ; port 0 : un "
                    "port libre, affiché) ; toute autre adresse est un choix explicite")
        ->capture_default_str();
    cmd->add_option("--threads", o->threads,
                    "Connexions servies en même temps (défaut : deux par cœur, au moins 8)")
        ->transform(decimal_integer())
        ->check(CLI::Range(1U, 1024U));
    cmd->add_option("--max-body", o->max_body, "Taille maximale d'un corps de requête (ex. 16M)")
        ->capture_default_str();
    cmd->add_option("--timeout", o->timeout, "Secondes accordées pour lire ou écrire une requête")
        ->transform(decimal_integer())
        ->check(CLI::Range(1U, 3600U))
        ->capture_default_str();
    cmd->callback([o, &status] {
        server::Options options;
        const auto colon = o->listen.rfind(':');
        int port = -1;
        if (colon != std::string::npos) {
            const char* first = o->listen.data() + colon + 1;
            const char* last = o->listen.data() + o->listen.size();
            const auto [end, ec] = std::from_chars(first, last, port);
            if (ec != std::errc() || end != last || port < 0 || port > 65535)
                port = -1;
        }
        if (colon == std::string::npos || colon == 0 || port < 0)
            throw CLI::ValidationError("--listen", "attendu HÔTE:PORT (127.0.0.1:8080), reçu « " +
                                                       printable(o->listen) + " »");
        options.host = o->listen.substr(0, colon);
        options.port = port;
        options.threads = o->threads;
        const auto size = io::parse_size(o->max_body);
        if (!size)
            throw CLI::ValidationError("--max-body", size.error().describe());
        options.max_body = static_cast<std::size_t>(*size);
        options.timeout = std::chrono::seconds(o->timeout);
        status = server::serve(options, std::cout, std::cerr);
    });
}

} // namespace subvention::cli
