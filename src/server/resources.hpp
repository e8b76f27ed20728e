// SPDX-License-Identifier: Apache-2.0
// Files embedded in the program when it is built (src/server/CMakeLists.txt): the server needs
// nothing beside it, and the page loads nothing from the network.
#pragma once

#include <string_view>

namespace subvention::server {

/// The OpenAPI 3.1 document (src/server/openapi.json, the dossier JSON Schema as
/// components.schemas.Dossier).
[[nodiscard]] std::string_view openapi_document() noexcept;

/// The page for the people who check conventions (src/server/page/index.html).
[[nodiscard]] std::string_view page_html() noexcept;

} // namespace subvention::server
