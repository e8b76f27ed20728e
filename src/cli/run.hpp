// SPDX-License-Identifier: Apache-2.0
// Internal to the `subvention` program: its entry point, apart from the commands' helpers
// (cli.hpp) so that main.cpp compiles without CLI11, the JSON library or the engine.
#pragma once

namespace subvention::cli {

/// The whole program: parses `argv`, runs the subcommand, checks standard output; returns the
/// exit status. Never throws.
int run(int argc, const char* const* argv);

} // namespace subvention::cli
