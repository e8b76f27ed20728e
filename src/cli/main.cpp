// SPDX-License-Identifier: Apache-2.0
// `subvention` — command-line front end of the library (see README, "Command line").
#include "run.hpp"

int main(int argc, char** argv) {
    return subvention::cli::run(argc, argv);
}
