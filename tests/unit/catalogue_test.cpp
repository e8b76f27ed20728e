// SPDX-License-Identifier: Apache-2.0
// The open catalogue: the built-in rules as run-time values, rules added by a program, rules
// disabled and severities changed by option, the vote analysis shared by the rules of a check.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <regex>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include <subvention/compliance/catalogue.hpp>
#include <subvention/compliance/checker.hpp>
#include <subvention/examples/apes_2023.hpp>
#include <subvention/version.hpp>

#include "support/clean_dossier.hpp"

// White-box: the shared analysis.
#include "compliance/check_cache.hpp"

// Each suite in its own namespace: the suites of a group are compiled together (unity build).
namespace test_catalogue_test {

namespace {

using namespace subvention;
using namespace subvention::compliance;

const Dossier& apes() {
    static const Dossier d = examples::apes_2023();
    return d;
}

std::size_t count(const Report& r, std::string_view id) {
    return static_cast<std::size_t>(
        std::count_if(r.diagnostics.begin(), r.diagnostics.end(),
                      [&](const Diagnostic& d) { return d.rule == id; }));
}

/// A département's own rule: a grant of 50 000 € or more needs the President's report to
/// state the committee's opinion (an invented local rule, for the test).
Rule local_rule() {
    Rule r;
    r.id = "CD62-AVIS-COMMISSION";
    r.title_fr = "Avis de la commission pour les subventions d'au moins 50 000 €";
    r.title_en = "Committee opinion for grants of 50,000 euros or more";
    r.legal_basis = {{"Règlement budgétaire et financier du Pas-de-Calais", "art. 12"}};
    r.check = [](const Context& ctx, Emitter& out) {
        if (!ctx.dossier.deliberation)
            return;
        for (const auto& g : ctx.dossier.deliberation->grants)
            if (g.amount.value >= Euros::from_euros(50'000)) {
                Diagnostic d;
                d.severity = Severity::warning;
                d.message_fr = "Subvention d'au moins 50 000 € : avis de commission à joindre.";
                d.message_en = "Grant of 50,000 euros or more: attach the committee's opinion.";
                d.facts.push_back({"amount", g.amount.value.to_iso()});
                out.emit(std::move(d));
            }
    };
    return r;
}

TEST(BuiltinCatalogue, HoldsEveryRuleOnceWithTitlesBasisAndFamilyInCatalogueOrder) {
    const auto& c = builtin_catalogue();
    ASSERT_EQ(c.size(), 56u); // docs_rules_test: one page per rule
    std::set<std::string> ids;
    int last_family = -1;
    for (const auto& r : c) {
        EXPECT_TRUE(ids.insert(r.id).second) << r.id;
        EXPECT_FALSE(r.title_fr.empty()) << r.id;
        EXPECT_FALSE(r.title_en.empty()) << r.id;
        EXPECT_FALSE(r.legal_basis.empty()) << r.id;
        EXPECT_TRUE(static_cast<bool>(r.check)) << r.id;
        EXPECT_NE(r.family, Family::local) << r.id;
        EXPECT_GE(static_cast<int>(r.family), last_family) << r.id << ": families are grouped";
        last_family = static_cast<int>(r.family);
        EXPECT_EQ(find_rule(r.id), &r);
    }
    EXPECT_EQ(c.rules().front().id, "DOSSIER-EMPTY");
    EXPECT_EQ(find_rule("NO-SUCH-RULE"), nullptr);
}

TEST(Catalogue, ARuleAddedByAProgramRunsAfterTheBuiltInOnesAndIsSortedBySeverity) {
    auto c = Catalogue::builtin();
    c.add(local_rule());
    ASSERT_EQ(c.size(), builtin_catalogue().size() + 1);
    const auto with = check(apes(), {}, c);
    const auto without = check(apes(), {});
    ASSERT_EQ(count(with, "CD62-AVIS-COMMISSION"), 1u);
    EXPECT_EQ(with.diagnostics.size(), without.diagnostics.size() + 1);
    EXPECT_EQ(with.summary.warning, without.summary.warning + 1);
    const auto it =
        std::find_if(with.diagnostics.begin(), with.diagnostics.end(),
                     [](const Diagnostic& d) { return d.rule == "CD62-AVIS-COMMISSION"; });
    EXPECT_EQ(it->severity, Severity::warning);
    EXPECT_EQ(it->fact("amount"), "57000.00");
    ASSERT_EQ(it->legal_basis.size(), 1u); // the rule's basis, filled in by the emitter
    EXPECT_EQ(it->legal_basis[0].to_string(),
              "Règlement budgétaire et financier du Pas-de-Calais art. art. 12");
    // Warnings come after every error, then infos: its place is the last warning.
    const auto next = std::next(it);
    EXPECT_TRUE(next == with.diagnostics.end() || next->severity == Severity::info);
}

TEST(Catalogue, ARuleOnlyInOneCatalogueIsUnknownToTheOthers) {
    auto c = Catalogue::builtin();
    c.add(local_rule());
    CheckOptions only;
    only.rules = {"CD62-AVIS-COMMISSION"};
    EXPECT_EQ(check(apes(), only, c).diagnostics.size(), 1u);
    EXPECT_THROW((void)check(apes(), only), std::invalid_argument);
}

TEST(Catalogue, AnIdOfABuiltInRuleIsRefusedWithItsName) {
    auto c = Catalogue::builtin();
    auto r = local_rule();
    r.id = "VOTE-QUORUM";
    try {
        c.add(r);
        FAIL() << "a built-in ID was accepted";
    } catch (const std::invalid_argument& e) {
        EXPECT_NE(std::string(e.what()).find("« VOTE-QUORUM »"), std::string::npos) << e.what();
        EXPECT_NE(std::string(e.what()).find("règle de la bibliothèque"), std::string::npos);
    }
    Catalogue empty; // even in a catalogue without the built-in rules
    EXPECT_THROW(empty.add(r), std::invalid_argument);
}

TEST(Catalogue, MalformedDuplicatedReservedOrEmptyRulesAreRefused) {
    Catalogue c;
    c.add(local_rule());
    EXPECT_THROW(c.add(local_rule()), std::invalid_argument); // twice
    for (const char* id : {"", "vote-local", "1-RULE", "RULE X", "RÈGLE", "-RULE", "EXTRACT-LOCAL",
                           "A2345678901234567890123456789012345678901234567890123456789012345"}) {
        auto r = local_rule();
        r.id = id;
        EXPECT_THROW(c.add(r), std::invalid_argument) << id;
    }
    auto no_check = local_rule();
    no_check.id = "LOCAL-NO-CHECK";
    no_check.check = nullptr;
    EXPECT_THROW(c.add(no_check), std::invalid_argument);
    auto no_title = local_rule();
    no_title.id = "LOCAL-NO-TITLE";
    no_title.title_fr.clear();
    EXPECT_THROW(c.add(no_title), std::invalid_argument);
    EXPECT_EQ(c.size(), 1u);
}

TEST(CheckOptions, ASeverityChangedByOptionAppliesToEveryDiagnosticOfTheRule) {
    // APES: 42 members in the tally for 41 possible voters is a warning by default (no effect
    // on a 41–0 outcome); a département may want it an error.
    const auto before = check(apes(), {});
    ASSERT_EQ(count(before, "VOTE-TALLY-EXCEEDS"), 1u);
    CheckOptions o;
    o.severities["VOTE-TALLY-EXCEEDS"] = Severity::error;
    const auto after = check(apes(), o);
    ASSERT_EQ(count(after, "VOTE-TALLY-EXCEEDS"), 1u);
    for (const auto& d : after.diagnostics) {
        if (d.rule == "VOTE-TALLY-EXCEEDS") {
            EXPECT_EQ(d.severity, Severity::error);
        }
    }
    EXPECT_EQ(after.summary.error, before.summary.error + 1);
    EXPECT_EQ(after.summary.warning, before.summary.warning - 1);
    EXPECT_EQ(after.diagnostics.size(), before.diagnostics.size());
}

TEST(CheckOptions, ADisabledRuleDoesNotRunAndUnknownIdsAreMisuse) {
    CheckOptions o;
    o.disabled = {"VOTE-TALLY-EXCEEDS", "VISA-DUPLICATE"};
    const auto r = check(apes(), o);
    EXPECT_EQ(count(r, "VOTE-TALLY-EXCEEDS"), 0u);
    EXPECT_EQ(count(r, "VISA-DUPLICATE"), 0u);
    EXPECT_GT(r.diagnostics.size(), 0u);
    CheckOptions unknown_disabled;
    unknown_disabled.disabled = {"NO-SUCH-RULE"};
    EXPECT_THROW((void)check(apes(), unknown_disabled), std::invalid_argument);
    CheckOptions unknown_severity;
    unknown_severity.severities["NO-SUCH-RULE"] = Severity::info;
    EXPECT_THROW((void)check(apes(), unknown_severity), std::invalid_argument);
}

TEST(CheckCache, TheVoteAnalysisIsComputedOnceAndSharedByTheRulesOfACheck) {
    const Dossier d = apes();
    const CheckOptions options;
    compliance::detail::CheckCache cache;
    const Context ctx{d, options, Date(2023, 3, 20), Territory::metropole, &cache};
    const auto& first = rules::detail::run_vote(ctx);
    const auto& second = rules::detail::run_vote(ctx);
    EXPECT_EQ(&first, &second);
    ASSERT_TRUE(first.analysis);
    EXPECT_EQ(first.analysis->votes_recorded.count(), 42);
    const Context without{d, options, Date(2023, 3, 20), Territory::metropole, nullptr};
    EXPECT_THROW((void)rules::detail::run_vote(without), std::logic_error);
}

TEST(RunRule, RunsOneRuleInEmissionOrderWithItsBasis) {
    const auto out = run_rule(*find_rule("VOTE-TALLY-EXCEEDS"), apes(), {}, Date(2023, 3, 20));
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].rule, "VOTE-TALLY-EXCEEDS");
    EXPECT_FALSE(out[0].legal_basis.empty());
}

TEST(KnownIds, EveryExtractIdTheSourcesEmitIsListedOnceWithItsTitlesAndNoOther) {
    // The IDs are string literals of src/text (and src/io): read them there, independently of
    // the table.
    std::set<std::string> emitted;
    static const std::regex literal("\"(EXTRACT-[A-Z0-9-]+)\"");
    for (const char* dir : {"text", "io"})
        for (const auto& e : std::filesystem::recursive_directory_iterator(
                 std::filesystem::path(SUBVENTION_SOURCE_DIR) / "src" / dir)) {
            if (!e.is_regular_file())
                continue;
            std::ifstream in(e.path());
            const std::string text((std::istreambuf_iterator<char>(in)), {});
            for (auto m = std::sregex_iterator(text.begin(), text.end(), literal);
                 m != std::sregex_iterator(); ++m)
                emitted.insert((*m)[1].str());
        }
    std::set<std::string> listed;
    std::string previous;
    for (const auto& k : known_ids()) {
        EXPECT_EQ(find_known_id(k.id), &k);
        EXPECT_EQ(find_rule(k.id), nullptr) << k.id << " is also a rule";
        if (k.family != Family::extraction) {
            EXPECT_EQ(k.family, Family::scdl) << k.id;
            continue;
        }
        EXPECT_TRUE(listed.insert(std::string(k.id)).second) << k.id;
        EXPECT_GT(std::string(k.id), previous) << "sorted by ID";
        previous = std::string(k.id);
        EXPECT_FALSE(k.title_fr.empty()) << k.id;
        EXPECT_FALSE(k.title_en.empty()) << k.id;
        EXPECT_EQ(find_known_id(k.id), &k);
        EXPECT_EQ(find_rule(k.id), nullptr) << k.id << " is also a rule";
    }
    EXPECT_EQ(listed, emitted);
    EXPECT_EQ(find_known_id("VOTE-QUORUM"), nullptr);
}

TEST(Version, MatchesTheProjectVersion) {
    EXPECT_STREQ(version_string, SUBVENTION_PROJECT_VERSION);
    EXPECT_EQ(SUBVENTION_VERSION, SUBVENTION_VERSION_MAJOR * 10000 +
                                      SUBVENTION_VERSION_MINOR * 100 + SUBVENTION_VERSION_PATCH);
}

} // namespace

} // namespace test_catalogue_test
