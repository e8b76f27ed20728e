// SPDX-License-Identifier: Apache-2.0
// subvention — the vote analysis (declared in vote.hpp): quorum, who could vote, outcome and
// typed findings, compiled once into the engine.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include <subvention/vote.hpp>

namespace subvention {

namespace {
/// One distinct person of the lists (duplicates merged).
struct ListedPerson {
    std::size_t entry; ///< index of the entry retained (best: with a vote, then present)
    std::vector<std::size_t> occurrences;
    bool interested = false;
};

[[nodiscard]] MemberCount members(std::size_t n) {
    if (n > static_cast<std::size_t>(std::numeric_limits<std::int32_t>::max()))
        throw std::overflow_error("subvention: trop de membres");
    return MemberCount(static_cast<std::int32_t>(n));
}

[[nodiscard]] VoteCount votes(std::int64_t n) {
    if (n > std::numeric_limits<std::int32_t>::max())
        throw std::overflow_error("subvention: trop de voix");
    return VoteCount(static_cast<std::int32_t>(n));
}

void add_assumption(std::vector<Assumption>& v, Assumption a) {
    if (std::find(v.begin(), v.end(), a) == v.end())
        v.push_back(a);
}
} // namespace

VoteAnalysis analyse(const Attendance& attendance, const VoteTally& tally, StatedOutcome stated,
                     boost::gregorian::date meeting_date, const VoteAnalysisOptions& options) {
    if (meeting_date.is_special())
        throw std::invalid_argument("subvention::analyse: la date de séance n'est pas une date");

    VoteAnalysis r;
    r.body = attendance.body;
    r.meeting_date = meeting_date;
    r.stated_outcome = stated;
    const auto covid = covid_derogation_on(meeting_date, attendance.body);
    r.regime = covid ? QuorumRegime::covid_derogation : QuorumRegime::ordinary;
    if (covid && covid->first_day_unconfirmed && meeting_date == covid->first)
        add_assumption(r.assumptions, Assumption::covid_period_first_day);
    if (covid && covid->terms_unconfirmed)
        add_assumption(r.assumptions, Assumption::covid_quorum_represented);
    r.max_delegations_per_holder = max_delegations_per_holder(r.regime);

    const auto& entries = attendance.entries;
    auto listed = [&](const AttendanceEntry& e, PersonRole role) {
        return ConcernedPerson{e.member.name(), role, e.status, e.voice};
    };

    // --- Distinct persons (ATTENDANCE-DUPLICATE) ----------------------------------------------
    std::vector<ListedPerson> persons;
    std::unordered_map<std::string, std::size_t> by_key;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const auto [it, inserted] = by_key.try_emplace(entries[i].member.key(), persons.size());
        if (inserted) {
            persons.push_back(ListedPerson{i, {i}, false});
            continue;
        }
        auto& p = persons[it->second];
        p.occurrences.push_back(i);
        if (detail::entry_rank(entries[i]) > detail::entry_rank(entries[p.entry]))
            p.entry = i;
    }
    for (const auto& p : persons) {
        if (p.occurrences.size() < 2)
            continue;
        VoteFinding f;
        f.kind = VoteFindingKind::member_listed_twice;
        f.facts.push_back({FactKey::occurrences, members(p.occurrences.size())});
        for (const auto i : p.occurrences)
            f.persons.push_back(listed(entries[i], PersonRole::listed));
        f.legal_basis = "feuille de présence : une personne, une présence (CGCT L.3121-14, "
                        "L.3121-14-1)";
        f.rules = "ATTENDANCE-DUPLICATE";
        r.findings.push_back(std::move(f));
    }
    auto find_person = [&](const std::string& key) -> ListedPerson* {
        const auto it = by_key.find(key);
        return it == by_key.end() ? nullptr : &persons[it->second];
    };
    auto best = [&](const ListedPerson& p) -> const AttendanceEntry& { return entries[p.entry]; };
    auto concerned = [&](const PersonName& n, PersonRole role) {
        if (const auto* p = find_person(n.key()))
            return listed(best(*p), role);
        return ConcernedPerson{n, role, std::nullopt, std::nullopt};
    };

    // --- Interested members (COI-*) -----------------------------------------------------------
    std::vector<std::string> interested_keys;
    for (const auto& n : attendance.interested) {
        if (std::find(interested_keys.begin(), interested_keys.end(), n.key()) !=
            interested_keys.end())
            continue;
        interested_keys.push_back(n.key());
        auto* p = find_person(n.key());
        if (entries.empty())
            continue; // attendance by counts only: the interested are counted there
        if (p == nullptr || best(*p).voice == DeliberativeVoice::without) {
            VoteFinding f;
            f.kind = VoteFindingKind::interested_not_member;
            f.persons.push_back(concerned(n, PersonRole::interested));
            f.legal_basis = interested_member_statute_applies(meeting_date)
                                ? "membre intéressé à l'affaire (CGCT L.3132-5)"
                                : "membre intéressé à l'affaire (CE 6 juin 1997 SERTIM ; AN QE "
                                  "n°6453)";
            f.rules = "COI-ILLEGALITY, CP-NON-VOTING";
            r.findings.push_back(std::move(f));
            continue;
        }
        p->interested = true;
    }

    // --- Counts (CP-NON-VOTING, COI-QUORUM) ---------------------------------------------------
    std::size_t with = 0, present = 0, excused = 0, absent = 0, without = 0, interested_pres = 0;
    std::size_t potential_givers = 0;
    for (const auto& p : persons) {
        const auto& e = best(p);
        if (e.voice == DeliberativeVoice::without) {
            ++without;
            continue;
        }
        ++with;
        switch (e.status) {
        case AttendanceStatus::present:
            ++present;
            if (p.interested)
                ++interested_pres;
            break;
        case AttendanceStatus::excused:
            ++excused;
            break;
        case AttendanceStatus::absent:
            ++absent;
            break;
        }
        if (e.status != AttendanceStatus::present &&
            !(p.interested && options.ignore_proxies_given_by_interested))
            ++potential_givers;
        if (e.status != AttendanceStatus::present && p.interested &&
            options.ignore_proxies_given_by_interested)
            add_assumption(r.assumptions, Assumption::proxies_given_by_interested_ignored);
    }

    // --- Counts stated as numbers (AttendanceCounts) ------------------------------------------
    // They replace what the lists give; lists given as well must agree with them.
    std::size_t stated_proxies = 0;
    if (const auto& c = attendance.counts) {
        const auto n = [](MemberCount m) { return static_cast<std::size_t>(m.count()); };
        const std::size_t not_present = n(c->excused) + n(c->absent);
        if (!entries.empty() && (present != n(c->present) || excused + absent != not_present)) {
            VoteFinding f;
            f.kind = VoteFindingKind::counts_disagree_with_lists;
            f.facts = {{FactKey::stated_present, c->present},
                       {FactKey::listed_present, members(present)},
                       {FactKey::stated_not_present, members(not_present)},
                       {FactKey::listed_not_present, members(excused + absent)}};
            f.legal_basis = "feuille de présence (CGCT L.3121-14, L.3121-14-1)";
            f.rules = "VOTE-QUORUM";
            r.findings.push_back(std::move(f));
        }
        if (c->interested > c->present) {
            VoteFinding f;
            f.kind = VoteFindingKind::counts_impossible;
            f.facts = {{FactKey::stated_interested, c->interested},
                       {FactKey::stated_present, c->present}};
            f.legal_basis = "membres intéressés à l'affaire (COI-QUORUM)";
            f.rules = "VOTE-QUORUM";
            r.findings.push_back(std::move(f));
        }
        if (!attendance.proxies && n(c->proxies) > not_present) {
            VoteFinding f;
            f.kind = VoteFindingKind::counts_impossible;
            f.facts = {{FactKey::stated_proxies, c->proxies},
                       {FactKey::stated_not_present, members(not_present)}};
            f.legal_basis = "CGCT L.3121-16 (seul un membre empêché donne pouvoir)";
            f.rules = "VOTE-QUORUM";
            r.findings.push_back(std::move(f));
        }
        present = n(c->present);
        excused = n(c->excused);
        absent = n(c->absent);
        without = n(c->present_without_vote);
        with = present + excused + absent;
        interested_pres = std::min(present, std::max(interested_pres, n(c->interested)));
        potential_givers = excused + absent;
        stated_proxies = std::min(n(c->proxies), not_present);
    }
    if (without > 0)
        add_assumption(r.assumptions, Assumption::non_voting_persons_excluded);
    r.listed_with_voice = members(with);
    r.present_with_voice = members(present);
    r.excused_with_voice = members(excused);
    r.absent_with_voice = members(absent);
    r.listed_without_voice = members(without);
    r.interested_present = members(interested_pres);
    r.eligible_present = members(present - interested_pres);

    const auto in_office =
        options.members_in_office
            ? options.members_in_office
            : (attendance.counts ? attendance.counts->members_in_office : std::nullopt);
    if (in_office) {
        r.in_office_basis = MembersInOfficeBasis::stated;
        r.members_in_office = *in_office;
        if (r.members_in_office < r.listed_with_voice) {
            VoteFinding f;
            f.kind = VoteFindingKind::in_office_below_listed;
            f.facts = {{FactKey::members_in_office, r.members_in_office},
                       {FactKey::listed_with_voice, r.listed_with_voice}};
            f.legal_basis = "membres en exercice (CGCT L.3121-14)";
            f.rules = "VOTE-QUORUM-CD, VOTE-QUORUM-CP";
            r.findings.push_back(std::move(f));
        }
    } else {
        r.in_office_basis = MembersInOfficeBasis::assumed_from_lists;
        r.members_in_office = r.listed_with_voice;
        add_assumption(r.assumptions, Assumption::members_in_office_from_lists);
    }

    // --- President (VOTE-TIE) ----------------------------------------------------------------
    if (attendance.president && !entries.empty()) {
        const auto* p = find_person(attendance.president->key());
        if (p == nullptr || best(*p).voice == DeliberativeVoice::without ||
            best(*p).status != AttendanceStatus::present) {
            VoteFinding f;
            f.kind = VoteFindingKind::president_not_present;
            f.persons.push_back(concerned(*attendance.president, PersonRole::president));
            f.legal_basis = "voix prépondérante du président (CGCT L.3121-15 al. 1)";
            f.rules = "VOTE-TIE";
            r.findings.push_back(std::move(f));
        }
    }

    // --- Proxies (VOTE-PROXY, COI-PROXY, CP-NON-VOTING) ---------------------------------------
    const std::string proxy_basis =
        covid ? "CGCT L.3121-16 ; " + std::string(covid->source) : "CGCT L.3121-16";
    std::size_t valid_proxies = 0;
    if (attendance.counts && (!attendance.proxies || entries.empty())) {
        // Counted, not named (or named without lists to check them against): at most one per
        // member not present, and each holder's limit applies to the eligible members present.
        r.proxies_recorded = true;
        const auto holders_capacity =
            static_cast<std::size_t>(r.eligible_present.count()) *
            static_cast<std::size_t>(r.max_delegations_per_holder.count());
        const std::size_t given = attendance.proxies ? attendance.proxies->size() : stated_proxies;
        r.proxies_counted = members(std::min(given, holders_capacity));
    } else if (attendance.proxies) {
        r.proxies_recorded = true;
        std::vector<std::string> givers_done;
        std::vector<std::string> givers_reported;
        // holder key → indices of the valid proxies held, in print order
        std::vector<std::pair<std::string, std::vector<std::size_t>>> held;
        const auto& proxies = *attendance.proxies;
        for (std::size_t i = 0; i < proxies.size(); ++i) {
            const auto& px = proxies[i];
            auto two = [&](VoteFindingKind kind, std::string rules, std::string basis) {
                VoteFinding f;
                f.kind = kind;
                f.persons = {concerned(px.giver, PersonRole::proxy_giver),
                             concerned(px.holder, PersonRole::proxy_holder)};
                f.legal_basis = std::move(basis);
                f.rules = std::move(rules);
                return f;
            };
            const auto* g = find_person(px.giver.key());
            const auto* h = find_person(px.holder.key());
            if (g == nullptr || h == nullptr) {
                r.findings.push_back(
                    two(VoteFindingKind::proxy_person_not_listed, "VOTE-PROXY", proxy_basis));
                continue;
            }
            bool valid = true;
            if (g == h) {
                r.findings.push_back(two(VoteFindingKind::proxy_self, "VOTE-PROXY", proxy_basis));
                valid = false;
            }
            if (best(*g).voice == DeliberativeVoice::without ||
                best(*h).voice == DeliberativeVoice::without) {
                auto f = two(VoteFindingKind::proxy_without_voice, "CP-NON-VOTING",
                             "règlement intérieur (sans voix délibérative ; CGCT L.3121-8)");
                f.assumptions.push_back(Assumption::non_voting_persons_excluded);
                r.findings.push_back(std::move(f));
                valid = false;
            }
            if (g != h && best(*g).status == AttendanceStatus::present) {
                r.findings.push_back(
                    two(VoteFindingKind::proxy_giver_present, "VOTE-PROXY", proxy_basis));
                valid = false;
            }
            if (best(*h).status != AttendanceStatus::present) {
                r.findings.push_back(
                    two(VoteFindingKind::proxy_holder_not_present, "VOTE-PROXY", proxy_basis));
                valid = false;
            }
            // Départements: case law until CGCT L.3132-5 (« soit en son nom personnel, soit
            // comme mandataire ») came into force.
            const std::string coi_basis =
                interested_member_statute_applies(meeting_date)
                    ? "CGCT L.3132-5 (loi n° 2025-1249 du 22 décembre 2025, art. 32)"
                    : "CE 6 juin 1997 SERTIM ; AN QE n°20278 (11e lég.)";
            if (h->interested) {
                r.findings.push_back(
                    two(VoteFindingKind::proxy_interested, "COI-PROXY", coi_basis));
                valid = false;
            }
            if (g->interested && options.ignore_proxies_given_by_interested && g != h) {
                auto f = two(VoteFindingKind::proxy_interested, "COI-PROXY", coi_basis);
                f.assumptions.push_back(Assumption::proxies_given_by_interested_ignored);
                add_assumption(r.assumptions, Assumption::proxies_given_by_interested_ignored);
                r.findings.push_back(std::move(f));
                valid = false;
            }
            if (!valid)
                continue;
            if (std::find(givers_done.begin(), givers_done.end(), px.giver.key()) !=
                givers_done.end()) {
                if (std::find(givers_reported.begin(), givers_reported.end(), px.giver.key()) !=
                    givers_reported.end())
                    continue; // one finding per giver
                givers_reported.push_back(px.giver.key());
                auto f = two(VoteFindingKind::proxy_giver_multiple, "VOTE-PROXY", proxy_basis);
                const auto given =
                    std::count_if(proxies.begin(), proxies.end(),
                                  [&](const Proxy& o) { return o.giver.key() == px.giver.key(); });
                f.facts.push_back(
                    {FactKey::delegations_given, members(static_cast<std::size_t>(given))});
                r.findings.push_back(std::move(f));
                continue;
            }
            givers_done.push_back(px.giver.key());
            auto it = std::find_if(held.begin(), held.end(),
                                   [&](const auto& hk) { return hk.first == px.holder.key(); });
            if (it == held.end()) {
                held.emplace_back(px.holder.key(), std::vector<std::size_t>{});
                it = std::prev(held.end());
            }
            it->second.push_back(i);
        }
        const auto max_held = static_cast<std::size_t>(r.max_delegations_per_holder.count());
        for (const auto& [key, list] : held) {
            valid_proxies += std::min(list.size(), max_held);
            if (list.size() <= max_held)
                continue;
            VoteFinding f;
            f.kind = VoteFindingKind::proxy_holder_multiple;
            f.facts = {{FactKey::delegations_held, members(list.size())},
                       {FactKey::max_delegations_per_holder, r.max_delegations_per_holder},
                       {FactKey::regime, r.regime}};
            f.persons.push_back(concerned(proxies[list.front()].holder, PersonRole::proxy_holder));
            for (const auto i : list)
                f.persons.push_back(concerned(proxies[i].giver, PersonRole::proxy_giver));
            f.legal_basis = proxy_basis + " (nul ne peut recevoir plus de délégations)";
            f.rules = covid ? "VOTE-PROXY, VOTE-COVID-DEROGATION" : "VOTE-PROXY";
            r.findings.push_back(std::move(f));
        }
        r.proxies_counted = members(valid_proxies);
    } else {
        r.proxies_recorded = false;
        const auto holders_capacity = static_cast<std::int64_t>(r.eligible_present.count()) *
                                      r.max_delegations_per_holder.count();
        r.potential_proxies = members(static_cast<std::size_t>(
            std::min(static_cast<std::int64_t>(potential_givers), holders_capacity)));
        if (r.potential_proxies > MemberCount{})
            add_assumption(r.assumptions, Assumption::unrecorded_proxies_bounded);
    }

    // --- Quorum (VOTE-QUORUM-CD / -CP, VOTE-COVID-DEROGATION, COI-QUORUM) ---------------------
    auto& q = r.quorum;
    q.regime = r.regime;
    q.members_in_office = r.members_in_office;
    q.required = quorum_threshold(r.regime, r.members_in_office);
    q.present_counted = r.eligible_present;
    q.counts_represented = quorum_counts_represented(r.body, meeting_date);
    q.represented_counted = q.counts_represented ? r.proxies_counted : MemberCount{};
    q.reconvened = options.reconvened_after_quorum_failure;
    q.met = q.reconvened || q.present_counted + q.represented_counted >= q.required;
    q.legal_basis = covid                                   ? std::string(covid->source)
                    : r.body == Body::conseil_departemental ? "CGCT L.3121-14 al. 1"
                                                            : "CGCT L.3121-14-1";
    if (q.reconvened)
        q.legal_basis += " ; nouvelle réunion sans condition de quorum (CGCT L.3121-14 al. 2)";
    if (r.interested_present > MemberCount{})
        q.legal_basis += " ; membres intéressés non comptés présents (Sénat, réponses des "
                         "01/03/2007 et 12/04/2007 ; CE 19 janv. 1983 Chauré)";
    if (!q.met) {
        VoteFinding f;
        f.kind = VoteFindingKind::quorum_not_met;
        f.facts = {{FactKey::body, r.body},
                   {FactKey::regime, r.regime},
                   {FactKey::members_in_office, q.members_in_office},
                   {FactKey::quorum_required, q.required},
                   {FactKey::present_counted, q.present_counted},
                   {FactKey::represented_counted, q.represented_counted},
                   {FactKey::interested_present, r.interested_present}};
        if (q.counts_represented && !r.proxies_recorded)
            f.facts.push_back({FactKey::potential_proxies, r.potential_proxies});
        for (const auto& p : persons)
            if (p.interested && best(p).status == AttendanceStatus::present)
                f.persons.push_back(listed(best(p), PersonRole::interested));
        f.legal_basis = q.legal_basis;
        f.rules = std::string(r.body == Body::conseil_departemental ? "VOTE-QUORUM-CD"
                                                                    : "VOTE-QUORUM-CP") +
                  (covid ? ", VOTE-COVID-DEROGATION" : "") +
                  (r.interested_present > MemberCount{} ? ", COI-QUORUM" : "");
        if (r.in_office_basis == MembersInOfficeBasis::assumed_from_lists)
            f.assumptions.push_back(Assumption::members_in_office_from_lists);
        if (r.listed_without_voice > MemberCount{})
            f.assumptions.push_back(Assumption::non_voting_persons_excluded);
        r.findings.push_back(std::move(f));
    }

    // --- Tally against who could vote (docs/architecture.md §3.4, VOTE-PROXY, SEED-01/02)
    // -------------
    const std::int64_t ballots =
        static_cast<std::int64_t>(tally.pour.count()) + tally.contre.count() +
        tally.column(VoteChoice::abstention).count() + tally.column(VoteChoice::blanc).count() +
        tally.column(VoteChoice::nul).count();
    const std::int64_t voices = ballots + tally.column(VoteChoice::ne_prend_pas_part).count();
    r.votes_recorded = votes(ballots);
    r.voices_recorded = votes(voices);
    r.suffrages_exprimes =
        votes(static_cast<std::int64_t>(tally.pour.count()) + tally.contre.count());
    const MemberCount proxies_for_votes =
        r.proxies_recorded ? r.proxies_counted : r.potential_proxies;
    r.max_possible_votes = to_votes(r.eligible_present) + to_votes(proxies_for_votes);
    const VoteCount max_possible_voices = r.max_possible_votes + to_votes(r.interested_present);
    auto tally_assumptions = [&](VoteFinding& f) {
        if (!r.proxies_recorded && r.potential_proxies > MemberCount{})
            f.assumptions.push_back(Assumption::unrecorded_proxies_bounded);
        if (r.listed_without_voice > MemberCount{})
            f.assumptions.push_back(Assumption::non_voting_persons_excluded);
    };
    const FactKey proxies_key =
        r.proxies_recorded ? FactKey::proxies_counted : FactKey::potential_proxies;
    if (r.votes_recorded > r.max_possible_votes || r.voices_recorded > max_possible_voices) {
        const bool by_votes = r.votes_recorded > r.max_possible_votes;
        VoteFinding f;
        f.kind = VoteFindingKind::tally_exceeds_possible;
        if (by_votes)
            f.facts = {{FactKey::votes_recorded, r.votes_recorded},
                       {FactKey::max_possible_votes, r.max_possible_votes}};
        else
            f.facts = {{FactKey::voices_recorded, r.voices_recorded},
                       {FactKey::max_possible_voices, max_possible_voices}};
        f.facts.push_back({FactKey::eligible_present, r.eligible_present});
        f.facts.push_back({proxies_key, proxies_for_votes});
        f.facts.push_back({FactKey::interested_present, r.interested_present});
        // Interested members present are the likeliest to have been counted by mistake.
        for (const auto& p : persons)
            if (p.interested && best(p).status == AttendanceStatus::present)
                f.persons.push_back(listed(best(p), PersonRole::interested));
        f.legal_basis =
            std::string("CGCT L.3121-14 al. 3 et L.3121-16 (une délégation par "
                        "conseiller) ; membre intéressé exclu du vote (") +
            (interested_member_statute_applies(meeting_date) ? "CGCT L.3132-5)"
                                                             : "CE 6 juin 1997 SERTIM)");
        f.rules = "VOTE-PROXY, COI-ILLEGALITY, CP-NON-VOTING";
        tally_assumptions(f);
        r.findings.push_back(std::move(f));
    }
    if (!r.proxies_recorded && r.votes_recorded > to_votes(r.eligible_present)) {
        VoteFinding f;
        f.kind = VoteFindingKind::proxies_not_recorded;
        f.facts = {{FactKey::votes_recorded, r.votes_recorded},
                   {FactKey::eligible_present, r.eligible_present},
                   {FactKey::proxies_required,
                    MemberCount((r.votes_recorded - to_votes(r.eligible_present)).count())}};
        f.legal_basis = "CGCT L.3121-16 (délégation de vote)";
        f.rules = "VOTE-PROXY";
        r.findings.push_back(std::move(f));
    }
    if (r.voices_recorded < to_votes(r.eligible_present)) {
        VoteFinding f;
        f.kind = VoteFindingKind::tally_short;
        f.facts = {{FactKey::voices_recorded, r.voices_recorded},
                   {FactKey::eligible_present, r.eligible_present},
                   {FactKey::missing_votes, to_votes(r.eligible_present) - r.voices_recorded}};
        if (tally.ne_prend_pas_part)
            f.facts.push_back({FactKey::ne_prend_pas_part, *tally.ne_prend_pas_part});
        f.legal_basis = "CGCT L.3121-14 al. 3 ; membres sortis avant le vote comptés "
                        "abstentionnistes (jurisprudence, VOTE-QUORUM-TIMING)";
        f.rules = "VOTE-MAJORITY, VOTE-QUORUM-TIMING";
        if (r.listed_without_voice > MemberCount{})
            f.assumptions.push_back(Assumption::non_voting_persons_excluded);
        r.findings.push_back(std::move(f));
    }

    // --- Group breakdown ---------------------------------------------------------------------
    for (const VoteChoice c : {VoteChoice::pour, VoteChoice::contre, VoteChoice::abstention,
                               VoteChoice::ne_prend_pas_part, VoteChoice::blanc, VoteChoice::nul}) {
        std::size_t groups = 0;
        bool all_counted = true;
        std::int64_t sum = 0;
        for (const auto& b : tally.breakdown) {
            if (b.choice != c)
                continue;
            ++groups;
            if (b.count)
                sum += b.count->count();
            else
                all_counted = false;
        }
        if (groups == 0)
            continue;
        const VoteCount total = tally.column(c);
        // Counted groups must add up; uncounted groups cannot sit in an empty column.
        const bool inconsistent = all_counted ? sum != total.count() : total == VoteCount{};
        if (!inconsistent)
            continue;
        VoteFinding f;
        f.kind = VoteFindingKind::breakdown_mismatch;
        f.facts = {{FactKey::choice, c}, {FactKey::column_total, total}};
        if (all_counted)
            f.facts.push_back({FactKey::breakdown_sum, votes(sum)});
        f.legal_basis = "cohérence du décompte (CGCT L.3121-15 : résultat au procès-verbal)";
        f.rules = "VOTE-BALLOT-MODE";
        r.findings.push_back(std::move(f));
    }

    // --- Outcome (VOTE-MAJORITY, VOTE-TIE) ---------------------------------------------------
    r.outcome = decide_outcome(tally);
    if (r.outcome.basis == OutcomeBasis::secret_ballot_tie)
        add_assumption(r.assumptions, Assumption::secret_ballot_tie_rejected);
    const bool mismatch =
        stated != StatedOutcome::unknown && r.outcome.outcome != ComputedOutcome::undetermined &&
        ((stated == StatedOutcome::adopted) != (r.outcome.outcome == ComputedOutcome::adopted));
    if (mismatch) {
        VoteFinding f;
        f.kind = VoteFindingKind::outcome_mismatch;
        f.facts = {{FactKey::pour, tally.pour},
                   {FactKey::contre, tally.contre},
                   {FactKey::suffrages_exprimes, r.suffrages_exprimes},
                   {FactKey::stated_outcome, stated},
                   {FactKey::computed_outcome, r.outcome.outcome}};
        f.legal_basis = "CGCT L.3121-14 al. 3 (majorité des suffrages exprimés) et L.3121-15 "
                        "al. 1 (voix prépondérante du président)";
        f.rules = "VOTE-MAJORITY, VOTE-TIE";
        if (r.outcome.basis == OutcomeBasis::secret_ballot_tie)
            f.assumptions.push_back(Assumption::secret_ballot_tie_rejected);
        r.findings.push_back(std::move(f));
    }
    if (r.outcome.basis == OutcomeBasis::president_vote_unknown) {
        VoteFinding f;
        f.kind = VoteFindingKind::tie_president_vote_unknown;
        f.facts = {{FactKey::pour, tally.pour},
                   {FactKey::contre, tally.contre},
                   {FactKey::stated_outcome, stated}};
        if (attendance.president)
            f.persons.push_back(concerned(*attendance.president, PersonRole::president));
        f.legal_basis = "CGCT L.3121-15 al. 1 (voix prépondérante du président)";
        f.rules = "VOTE-TIE";
        r.findings.push_back(std::move(f));
    }

    r.public_ballot_threshold = public_ballot_request_threshold(r.eligible_present);
    return r;
}

} // namespace subvention
