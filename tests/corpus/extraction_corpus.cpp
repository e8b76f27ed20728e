// SPDX-License-Identifier: Apache-2.0
// Recall and precision of the extraction on real public texts (tests/data/real): each text is
// extracted and the facts found are compared, fact type by fact type, with the hand-written
// ground truth beside it (`<id>.truth.json`, format in tests/data/real/README.md).
//
//   extraction_corpus <dir> [--floors <floors.json>] [--markdown] [--verbose]
//
// Prints one row per fact type (truth items, found, correct, recall, precision). With
// --floors, exits 1 when a recall or a precision is below its floor: the floors are set from
// what was measured, so that a change that reads less fails the suite. Entries that also exist
// as .docx, .odt or .pdf must give the same facts from that file as from their text.
//
// Matching is lenient where a reader is (names by family name, folded; numbers by their letters
// and digits; beneficiaries when one folded name contains the other) and strict on values
// (dates, amounts to the cent, vote counts).
#include <algorithm>
#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include <subvention/detail/text.hpp>
#include <subvention/io/document_file.hpp>
#include <subvention/text/extract.hpp>

namespace fs = std::filesystem;
namespace sv = subvention;
using nlohmann::json;

namespace {

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

/// Letters and digits only, accents and case folded (« N° DE/2016/191 » → « DE2016191 »).
std::string squeeze(std::string_view s) {
    const auto k = sv::detail::text::fold_key(s).value_or(std::string(s));
    std::string out;
    for (const char c : k)
        if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
            out += c;
    return out;
}

/// Words of the folded text, separated by single spaces.
std::string words(std::string_view s) {
    const auto k = sv::detail::text::fold_key(s).value_or(std::string(s));
    std::string out;
    bool gap = false;
    for (const char c : k) {
        const bool alnum = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (!alnum) {
            gap = !out.empty();
            continue;
        }
        if (gap)
            out += ' ';
        gap = false;
        out += c;
    }
    return out;
}

/// Whether the person `printed` (any order, civility or not) has family name `family`.
bool names_family(std::string_view printed, std::string_view family) {
    const std::string f = words(family);
    const std::string p = " " + words(printed) + " ";
    return !f.empty() && p.find(" " + f + " ") != std::string::npos;
}

bool same_beneficiary(std::string_view a, std::string_view b) {
    const std::string x = words(a), y = words(b);
    return !x.empty() && !y.empty() &&
           (x.find(y) != std::string::npos || y.find(x) != std::string::npos);
}

struct Score {
    long truth = 0;   ///< items the ground truth states
    long found = 0;   ///< items the extraction gives
    long correct = 0; ///< items given that the truth states
};

/// Greedy one-to-one matching of found items against truth items.
template <class T, class F, class Eq>
void match_lists(const std::vector<T>& truth, const std::vector<F>& found, Eq eq, Score& s) {
    s.truth += static_cast<long>(truth.size());
    s.found += static_cast<long>(found.size());
    std::vector<bool> used(truth.size(), false);
    for (const auto& f : found)
        for (std::size_t i = 0; i < truth.size(); ++i)
            if (!used[i] && eq(truth[i], f)) {
                used[i] = true;
                ++s.correct;
                break;
            }
}

template <class T, class F, class Eq>
void match_one(const std::optional<T>& truth, const std::optional<F>& found, Eq eq, Score& s) {
    s.truth += truth ? 1 : 0;
    s.found += found ? 1 : 0;
    s.correct += truth && found && eq(*truth, *found) ? 1 : 0;
}

bool has_span(const sv::text::Extraction& x, std::string_view path) {
    return std::any_of(x.spans.begin(), x.spans.end(),
                       [&](const sv::text::FactSpan& s) { return s.path == path; });
}

/// The facts an extraction gives, in the ground truth's terms.
struct Facts {
    std::vector<std::string> documents; ///< deliberation, rapport, convention
    std::optional<std::string> meeting_date;
    std::optional<std::string> number;
    std::optional<std::string> president;
    std::vector<std::string> present;
    std::vector<std::pair<std::string, std::string>> proxies;
    std::optional<std::array<std::optional<long>, 3>> tally;
    bool unanimity = false;
    std::vector<std::string> amounts;
    std::vector<std::string> beneficiaries;
};

Facts facts_of(const sv::text::Extraction& x) {
    Facts f;
    for (const auto k : x.documents)
        f.documents.emplace_back(sv::to_string(k));
    const auto grant = [&](const sv::GrantDecision& g) {
        if (g.amount.value != sv::Euros{})
            f.amounts.push_back(g.amount.value.to_iso());
        if (!g.beneficiary.empty())
            f.beneficiaries.push_back(g.beneficiary);
    };
    if (const auto& d = x.dossier.deliberation) {
        if (has_span(x, "/deliberation/meeting_date"))
            f.meeting_date = sv::format_date(d->meeting_date.value, sv::DateStyle::iso);
        if (d->number.value)
            f.number = std::string(d->number.value->text());
        if (d->attendance.president)
            f.president = d->attendance.president->printed();
        for (const auto& e : d->attendance.entries)
            if (e.status == sv::AttendanceStatus::present)
                f.present.push_back(e.member.printed());
        if (d->attendance.proxies)
            for (const auto& p : *d->attendance.proxies)
                f.proxies.emplace_back(p.giver.printed(), p.holder.printed());
        if (has_span(x, "/deliberation/tally")) {
            const auto& t = d->tally.value;
            f.tally = std::array<std::optional<long>, 3>{
                t.pour.count(), t.contre.count(),
                t.abstention ? std::optional<long>(t.abstention->count()) : std::nullopt};
        }
        f.unanimity = d->outcome.value == sv::StatedOutcome::adopted &&
                      words(d->outcome.source.text).find("UNANIMITE") != std::string::npos;
        for (const auto& g : d->grants)
            grant(g);
    }
    if (const auto& r = x.dossier.rapport) {
        if (!f.meeting_date && !r->meeting_date.value.is_not_a_date())
            f.meeting_date = sv::format_date(r->meeting_date.value, sv::DateStyle::iso);
        for (const auto& g : r->proposed_grants)
            grant(g);
    }
    if (const auto& c = x.dossier.convention) {
        if (!c->beneficiary.name.empty())
            f.beneficiaries.push_back(c->beneficiary.name);
        if (const auto total = sv::ceilings_total(*c))
            f.amounts.push_back(total->to_iso());
    }
    // A grant read twice (deliberation and convention) is one fact.
    std::sort(f.amounts.begin(), f.amounts.end());
    f.amounts.erase(std::unique(f.amounts.begin(), f.amounts.end()), f.amounts.end());
    std::vector<std::string> unique_beneficiaries;
    for (auto& b : f.beneficiaries)
        if (std::none_of(unique_beneficiaries.begin(), unique_beneficiaries.end(),
                         [&](const std::string& u) { return same_beneficiary(u, b); }))
            unique_beneficiaries.push_back(std::move(b));
    f.beneficiaries = std::move(unique_beneficiaries);
    return f;
}

const std::vector<std::string> kFactTypes{"document",     "meeting_date", "number", "president",
                                          "present",      "proxies",      "tally",  "unanimity",
                                          "grant_amount", "beneficiary"};

std::optional<std::string> opt_string(const json& j, const char* key) {
    if (!j.contains(key) || j.at(key).is_null())
        return std::nullopt;
    return j.at(key).get<std::string>();
}

std::string document_of(const std::string& truth_kind) {
    if (truth_kind == "rapport" || truth_kind == "convention")
        return truth_kind;
    return "deliberation"; // deliberation, procès-verbal, compte rendu, relevé de décisions
}

void score(const json& truth, const Facts& f, std::map<std::string, Score>& s) {
    const json& t = truth.at("facts");
    match_one(
        std::optional<std::string>(document_of(truth.at("document").get<std::string>())),
        f.documents.empty() ? std::nullopt : std::optional<std::string>(f.documents.front()),
        [&](const std::string& want, const std::string&) {
            return std::find(f.documents.begin(), f.documents.end(), want) != f.documents.end();
        },
        s["document"]);
    match_one(
        opt_string(t, "meeting_date"), f.meeting_date,
        [](const std::string& a, const std::string& b) { return a == b; }, s["meeting_date"]);
    // Several numbers may be printed (a procès-verbal); the extraction reads the act's one.
    {
        const auto numbers = t.value("deliberation_numbers", std::vector<std::string>{});
        auto& n = s["number"];
        n.truth += numbers.empty() ? 0 : 1;
        n.found += f.number ? 1 : 0;
        if (f.number)
            n.correct += std::any_of(numbers.begin(), numbers.end(), [&](const std::string& x) {
                return squeeze(x) == squeeze(*f.number);
            });
    }
    match_one(
        opt_string(t, "president"), f.president,
        [](const std::string& family, const std::string& printed) {
            return names_family(printed, family);
        },
        s["president"]);
    match_lists(
        t.value("present", std::vector<std::string>{}), f.present,
        [](const std::string& family, const std::string& printed) {
            return names_family(printed, family);
        },
        s["present"]);
    std::vector<std::pair<std::string, std::string>> proxies;
    for (const auto& p : t.value("proxies", json::array()))
        proxies.emplace_back(opt_string(p, "giver").value_or(""),
                             opt_string(p, "holder").value_or(""));
    match_lists(
        proxies, f.proxies,
        [](const auto& want, const auto& got) {
            return names_family(got.first, want.first) && names_family(got.second, want.second);
        },
        s["proxies"]);
    // The act's tally: one of those the truth lists, every stated column equal.
    {
        auto& n = s["tally"];
        const auto tallies = t.value("tallies", json::array());
        n.truth += tallies.empty() ? 0 : 1;
        n.found += f.tally ? 1 : 0;
        if (f.tally)
            n.correct += std::any_of(tallies.begin(), tallies.end(), [&](const json& x) {
                const char* keys[] = {"for", "against", "abstention"};
                for (std::size_t i = 0; i < 3; ++i) {
                    if (!x.contains(keys[i]) || x.at(keys[i]).is_null())
                        continue;
                    if ((*f.tally)[i].value_or(0) != x.at(keys[i]).get<long>())
                        return false;
                }
                return true;
            });
    }
    {
        auto& n = s["unanimity"];
        const bool said = t.value("unanimity", 0) > 0;
        n.truth += said ? 1 : 0;
        n.found += f.unanimity ? 1 : 0;
        n.correct += said && f.unanimity ? 1 : 0;
    }
    std::vector<std::string> amounts, beneficiaries;
    for (const auto& g : t.value("grants", json::array())) {
        if (g.contains("amount") && !g.at("amount").is_null())
            amounts.push_back(g.at("amount").get<std::string>());
        if (g.contains("beneficiary") && !g.at("beneficiary").is_null())
            beneficiaries.push_back(g.at("beneficiary").get<std::string>());
    }
    std::sort(amounts.begin(), amounts.end());
    amounts.erase(std::unique(amounts.begin(), amounts.end()), amounts.end());
    match_lists(
        amounts, f.amounts, [](const auto& a, const auto& b) { return a == b; }, s["grant_amount"]);
    match_lists(
        beneficiaries, f.beneficiaries,
        [](const auto& a, const auto& b) { return same_beneficiary(a, b); }, s["beneficiary"]);
}

double ratio(long a, long b) {
    return b == 0 ? 1.0 : static_cast<double>(a) / static_cast<double>(b);
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::cerr << "usage: extraction_corpus <dir> [--floors <file>] [--markdown] [--verbose]\n";
        return 2;
    }
    const fs::path dir = argv[1];
    std::optional<fs::path> floors_file;
    bool markdown = false, verbose = false;
    for (int i = 2; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--floors" && i + 1 < argc)
            floors_file = argv[++i];
        else if (a == "--markdown")
            markdown = true;
        else if (a == "--verbose")
            verbose = true;
        else {
            std::cerr << "extraction_corpus: unknown argument " << a << '\n';
            return 2;
        }
    }
    std::vector<fs::path> truths;
    for (const auto& e : fs::directory_iterator(dir))
        if (e.path().string().ends_with(".truth.json"))
            truths.push_back(e.path());
    std::sort(truths.begin(), truths.end());
    if (truths.empty()) {
        std::cerr << "extraction_corpus: no *.truth.json in " << dir << '\n';
        return 2;
    }
    std::map<std::string, Score> total;
    std::set<std::string> collectivites;
    int failures = 0;
    for (const auto& tp : truths) {
        const json truth = json::parse(slurp(tp));
        const std::string id = truth.at("id").get<std::string>();
        collectivites.insert(truth.at("collectivite").get<std::string>());
        const fs::path text = dir / (id + ".txt");
        if (!fs::exists(text)) {
            std::cerr << id << ": no text " << text << '\n';
            ++failures;
            continue;
        }
        const std::string bytes = slurp(text);
        const auto x = sv::text::extract(bytes);
        const Facts f = facts_of(x);
        std::map<std::string, Score> one;
        score(truth, f, one);
        for (const auto& [k, v] : one) {
            total[k].truth += v.truth;
            total[k].found += v.found;
            total[k].correct += v.correct;
        }
        if (verbose) {
            std::cout << id << ':';
            for (const auto& k : kFactTypes) {
                const auto& v = one[k];
                if (v.truth || v.found)
                    std::cout << ' ' << k << '=' << v.correct << '/' << v.truth << '/' << v.found;
            }
            std::cout << '\n';
        }
        // The same text as a Word, OpenDocument or PDF file gives the same facts.
        for (const char* ext : {".docx", ".odt", ".pdf"}) {
            const fs::path other = dir / (id + ext);
            if (!fs::exists(other))
                continue;
            const auto doc = sv::io::read_document(slurp(other), other.filename().string());
            if (!doc) {
                std::cerr << other << ": " << doc.error().message << '\n';
                ++failures;
                continue;
            }
            const std::vector<sv::io::DocumentText> files{*doc};
            std::map<std::string, Score> again;
            score(truth, facts_of(sv::text::extract(files)), again);
            for (const auto& k : kFactTypes)
                if (again[k].correct != one[k].correct || again[k].found != one[k].found) {
                    std::cerr << other << ": " << k << " " << again[k].correct << '/'
                              << again[k].found << " from the file, " << one[k].correct << '/'
                              << one[k].found << " from the text\n";
                    ++failures;
                }
        }
    }
    json floors = json::object();
    if (floors_file)
        floors = json::parse(slurp(*floors_file));
    std::printf(markdown ? "| fact | in the texts | found | correct | recall | precision |\n"
                           "|---|---:|---:|---:|---:|---:|\n"
                         : "%-13s %6s %6s %8s %7s %9s\n",
                "fact", "truth", "found", "correct", "recall", "precision");
    for (const auto& k : kFactTypes) {
        const auto& v = total[k];
        const double r = ratio(v.correct, v.truth), p = ratio(v.correct, v.found);
        if (markdown)
            std::printf("| %s | %ld | %ld | %ld | %.0f %% | %.0f %% |\n", k.c_str(), v.truth,
                        v.found, v.correct, 100 * r, 100 * p);
        else
            std::printf("%-13s %6ld %6ld %8ld %6.0f%% %8.0f%%\n", k.c_str(), v.truth, v.found,
                        v.correct, 100 * r, 100 * p);
        if (floors.contains(k)) {
            const double fr = floors[k].value("recall", 0.0),
                         fp = floors[k].value("precision", 0.0);
            if (r + 1e-9 < fr || p + 1e-9 < fp) {
                std::fprintf(stderr, "%s: recall %.3f (floor %.3f), precision %.3f (floor %.3f)\n",
                             k.c_str(), r, fr, p, fp);
                ++failures;
            }
        }
    }
    std::printf("%zu texts from %zu collectivités\n", truths.size(), collectivites.size());
    return failures == 0 ? 0 : 1;
}
