// Downstream smoke program: the header-only core (a Result) and the compiled subvention::io
// (a tiny dossier read from JSON and written back), as a user's project links them.
#include <iostream>

#include <subvention/io/json.hpp>
#include <subvention/subvention.hpp>

int main() {
    using namespace subvention;
    const auto r = Result<int>(42);
    std::cout << "consumer ok " << r.value() << '\n';

    const auto dossier = dossier_from_json(R"({
        "deliberation": null, "rapport": null, "convention": null,
        "annexes": ["budget prévisionnel"],
        "open_data_publication": {"value": "2023-05-02",
            "source": {"document": "dossier", "section": "", "text": "data.gouv.fr"}}})");
    if (!dossier) {
        std::cerr << "consumer: " << dossier.error().describe() << '\n';
        return 1;
    }
    std::cout << "io ok " << format_date(dossier->open_data_publication->value) << ' '
              << to_json(*dossier, -1) << '\n';
    return r.ok() ? 0 : 1;
}
