// SPDX-License-Identifier: Apache-2.0
// Test support: the plain text of the seed dossier (tests/data/text/apes_2023.txt: the APES
// deliberation, convention and report as pdftotext gives them), read once.
#pragma once

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

namespace subvention::testing {

inline const std::string& seed_text() {
    static const std::string text = [] {
        const std::filesystem::path p =
            std::filesystem::path(SUBVENTION_TEST_DATA_DIR) / "text" / "apes_2023.txt";
        std::ifstream in(p, std::ios::binary);
        return std::string{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    }();
    return text;
}

} // namespace subvention::testing
