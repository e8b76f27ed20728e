// SPDX-License-Identifier: Apache-2.0
// subvention::io — dossier ⇄ JSON (include/subvention/io/json.hpp describes the format).
//
// One table per model struct (`Fields<T>`: JSON key = C++ member name, in declaration order)
// drives both directions, so the writer and the reader cannot disagree on a key; the reader
// builds each struct by aggregate initialisation from that table, and a static_assert compares
// the table's length with the aggregate's member count: a member added to the model and
// forgotten here is a compile error, not a silently dropped field.
// nlohmann/json is an implementation detail: it does not appear in the public header.
#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <fstream>
#include <iterator>
#include <limits>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

#include <nlohmann/json.hpp>

#include <subvention/aid.hpp>
#include <subvention/budget_plan.hpp>
#include <subvention/convention.hpp>
#include <subvention/date.hpp>
#include <subvention/deadline.hpp>
#include <subvention/deliberation.hpp>
#include <subvention/document.hpp>
#include <subvention/dossier.hpp>
#include <subvention/execution.hpp>
#include <subvention/final_report.hpp>
#include <subvention/identifiers.hpp>
#include <subvention/io/input.hpp>
#include <subvention/io/json.hpp>
#include <subvention/money.hpp>
#include <subvention/provenance.hpp>
#include <subvention/report.hpp>
#include <subvention/result.hpp>
#include <subvention/vote.hpp>

namespace subvention::io {

namespace detail {
/// Converts to anything: `T{any_init{}, …}` compiles for at most as many initialisers as the
/// aggregate T has members. Never defined: only used in unevaluated contexts (outside the
/// anonymous namespace so that clang does not warn about an undefined internal function).
struct any_init {
    template <class U>
    operator U() const; // NOLINT(google-explicit-constructor)
};

template <class T, std::size_t... I>
constexpr bool brace_constructible(std::index_sequence<I...>) {
    return requires {
        T{(void(I), any_init{})...};
    };
}

/// Whether the aggregate T has exactly N members: N initialisers are accepted and N + 1 are
/// not. (With more than N members, T{N initialisers} either fails — a remaining member is not
/// default-constructible — or T{N + 1} succeeds: both are caught.)
template <class T, std::size_t N>
inline constexpr bool has_members = brace_constructible<T>(std::make_index_sequence<N>{}) &&
                                    !brace_constructible<T>(std::make_index_sequence<N + 1>{});
} // namespace detail

namespace {

using Out = nlohmann::ordered_json; // written in member order
using In = nlohmann::json;          // read by key

// =============================================================================================
// Member tables
// =============================================================================================

template <class T, class M>
struct Field {
    std::string_view name;
    M T::*member;
    using type = M;
};

template <class T, class M>
constexpr Field<T, M> field(std::string_view name, M T::*member) {
    return {name, member};
}

/// `Fields<T>::list`: every member of T, in declaration order, with its JSON key.
template <class T>
struct Fields;

template <class T>
concept Described = requires {
    Fields<T>::list;
};

#define SUBVENTION_FIELD(T, m) field(#m, &T::m)

template <class T>
struct Fields<Stated<T>> {
    static constexpr auto list =
        std::make_tuple(field("value", &Stated<T>::value), field("source", &Stated<T>::source));
};

template <>
struct Fields<SourceRef> {
    using T = SourceRef;
    static constexpr auto list =
        std::make_tuple(SUBVENTION_FIELD(T, document), SUBVENTION_FIELD(T, section),
                        SUBVENTION_FIELD(T, text), SUBVENTION_FIELD(T, origin));
};

/// Keys added to the format after 0.1 for facts entered as data (origin, counts, shares…): a
/// member holding its default value is not written, and an absent key reads as that default,
/// so that the dossiers written before them read and write back byte for byte.
constexpr std::array<std::string_view, 5> omitted_when_default{
    "origin", "counts", "share", "members_in_office", "other_identifiers"};

constexpr bool omissible(std::string_view key) {
    return std::find(omitted_when_default.begin(), omitted_when_default.end(), key) !=
           omitted_when_default.end();
}

// --- document.hpp ----------------------------------------------------------------------------

template <>
struct Fields<StatedIdentifier> {
    using T = StatedIdentifier;
    static constexpr auto list = std::make_tuple(
        SUBVENTION_FIELD(T, label), SUBVENTION_FIELD(T, value), SUBVENTION_FIELD(T, source));
};

template <>
struct Fields<Collectivite> {
    using T = Collectivite;
    static constexpr auto list =
        std::make_tuple(SUBVENTION_FIELD(T, name), SUBVENTION_FIELD(T, siret),
                        SUBVENTION_FIELD(T, departement_code));
};

template <>
struct Fields<NamedPerson> {
    using T = NamedPerson;
    static constexpr auto list =
        std::make_tuple(SUBVENTION_FIELD(T, name), SUBVENTION_FIELD(T, function));
};

template <>
struct Fields<CodeVisa> {
    using T = CodeVisa;
    static constexpr auto list =
        std::make_tuple(SUBVENTION_FIELD(T, code), SUBVENTION_FIELD(T, articles));
};

template <>
struct Fields<LegalTextVisa> {
    using T = LegalTextVisa;
    static constexpr auto list = std::make_tuple(
        SUBVENTION_FIELD(T, kind), SUBVENTION_FIELD(T, number), SUBVENTION_FIELD(T, date),
        SUBVENTION_FIELD(T, title), SUBVENTION_FIELD(T, articles));
};

template <>
struct Fields<DeliberationVisa> {
    using T = DeliberationVisa;
    static constexpr auto list =
        std::make_tuple(SUBVENTION_FIELD(T, body_name), SUBVENTION_FIELD(T, body),
                        SUBVENTION_FIELD(T, number), SUBVENTION_FIELD(T, date),
                        SUBVENTION_FIELD(T, title), SUBVENTION_FIELD(T, delegation_of_powers));
};

template <>
struct Fields<SchemeVisa> {
    using T = SchemeVisa;
    static constexpr auto list =
        std::make_tuple(SUBVENTION_FIELD(T, name), SUBVENTION_FIELD(T, acronym),
                        SUBVENTION_FIELD(T, adopted_by), SUBVENTION_FIELD(T, date));
};

template <>
struct Fields<RulesOfProcedureVisa> {
    using T = RulesOfProcedureVisa;
    static constexpr auto list =
        std::make_tuple(SUBVENTION_FIELD(T, body_name), SUBVENTION_FIELD(T, articles));
};

template <>
struct Fields<ReportVisa> {
    using T = ReportVisa;
    static constexpr auto list =
        std::make_tuple(SUBVENTION_FIELD(T, author), SUBVENTION_FIELD(T, annexed));
};

template <>
struct Fields<Committee> {
    using T = Committee;
    static constexpr auto list =
        std::make_tuple(SUBVENTION_FIELD(T, rank), SUBVENTION_FIELD(T, name));
};

template <>
struct Fields<CommitteeOpinion> {
    using T = CommitteeOpinion;
    static constexpr auto list = std::make_tuple(
        SUBVENTION_FIELD(T, committee), SUBVENTION_FIELD(T, date), SUBVENTION_FIELD(T, opinion));
};

template <>
struct Fields<OtherVisa> {
    static constexpr auto list = std::tuple<>{};
};

template <>
struct Fields<Visa> {
    using T = Visa;
    static constexpr auto list =
        std::make_tuple(SUBVENTION_FIELD(T, content), SUBVENTION_FIELD(T, source));
};

template <>
struct Fields<ActionAxis> {
    using T = ActionAxis;
    static constexpr auto list = std::make_tuple(
        SUBVENTION_FIELD(T, label), SUBVENTION_FIELD(T, title), SUBVENTION_FIELD(T, items));
};

template <>
struct Fields<Action> {
    using T = Action;
    static constexpr auto list =
        std::make_tuple(SUBVENTION_FIELD(T, title), SUBVENTION_FIELD(T, description),
                        SUBVENTION_FIELD(T, axes), SUBVENTION_FIELD(T, steps),
                        SUBVENTION_FIELD(T, amount), SUBVENTION_FIELD(T, amount_in_words));
};

template <>
struct Fields<DeliberationArticle> {
    using T = DeliberationArticle;
    static constexpr auto list =
        std::make_tuple(SUBVENTION_FIELD(T, number), SUBVENTION_FIELD(T, text));
};

template <>
struct Fields<SignatureDelegation> {
    using T = SignatureDelegation;
    static constexpr auto list =
        std::make_tuple(SUBVENTION_FIELD(T, on_behalf_of), SUBVENTION_FIELD(T, delegate));
};

template <>
struct Fields<Signatory> {
    using T = Signatory;
    static constexpr auto list =
        std::make_tuple(SUBVENTION_FIELD(T, party), SUBVENTION_FIELD(T, person),
                        SUBVENTION_FIELD(T, delegation), SUBVENTION_FIELD(T, signed_mention));
};

template <>
struct Fields<SignatureBlock> {
    using T = SignatureBlock;
    static constexpr auto list = std::make_tuple(
        SUBVENTION_FIELD(T, place), SUBVENTION_FIELD(T, date), SUBVENTION_FIELD(T, signatories));
};

// --- vote.hpp --------------------------------------------------------------------------------

template <>
struct Fields<AttendanceEntry> {
    using T = AttendanceEntry;
    static constexpr auto list = std::make_tuple(
        SUBVENTION_FIELD(T, member), SUBVENTION_FIELD(T, status), SUBVENTION_FIELD(T, voice));
};

template <>
struct Fields<Proxy> {
    using T = Proxy;
    static constexpr auto list =
        std::make_tuple(SUBVENTION_FIELD(T, giver), SUBVENTION_FIELD(T, holder));
};

template <>
struct Fields<AttendanceCounts> {
    using T = AttendanceCounts;
    static constexpr auto list = std::make_tuple(
        SUBVENTION_FIELD(T, present), SUBVENTION_FIELD(T, excused), SUBVENTION_FIELD(T, absent),
        SUBVENTION_FIELD(T, proxies), SUBVENTION_FIELD(T, interested),
        SUBVENTION_FIELD(T, present_without_vote), SUBVENTION_FIELD(T, members_in_office));
};

template <>
struct Fields<Attendance> {
    using T = Attendance;
    static constexpr auto list =
        std::make_tuple(SUBVENTION_FIELD(T, body), SUBVENTION_FIELD(T, entries),
                        SUBVENTION_FIELD(T, proxies), SUBVENTION_FIELD(T, interested),
                        SUBVENTION_FIELD(T, president), SUBVENTION_FIELD(T, counts));
};

template <>
struct Fields<GroupBreakdown> {
    using T = GroupBreakdown;
    static constexpr auto list = std::make_tuple(
        SUBVENTION_FIELD(T, choice), SUBVENTION_FIELD(T, group), SUBVENTION_FIELD(T, count));
};

template <>
struct Fields<VoteTally> {
    using T = VoteTally;
    static constexpr auto list = std::make_tuple(
        SUBVENTION_FIELD(T, pour), SUBVENTION_FIELD(T, contre), SUBVENTION_FIELD(T, abstention),
        SUBVENTION_FIELD(T, ne_prend_pas_part), SUBVENTION_FIELD(T, blancs),
        SUBVENTION_FIELD(T, nuls), SUBVENTION_FIELD(T, breakdown), SUBVENTION_FIELD(T, mode),
        SUBVENTION_FIELD(T, president_vote));
};

// --- deliberation.hpp ------------------------------------------------------------------------

template <>
struct Fields<ImputationRow> {
    using T = ImputationRow;
    static constexpr auto list = std::make_tuple(
        SUBVENTION_FIELD(T, operation_code), SUBVENTION_FIELD(T, imputation),
        SUBVENTION_FIELD(T, label), SUBVENTION_FIELD(T, cp), SUBVENTION_FIELD(T, available),
        SUBVENTION_FIELD(T, proposed), SUBVENTION_FIELD(T, balance),
        SUBVENTION_FIELD(T, appropriation), SUBVENTION_FIELD(T, source));
};

template <>
struct Fields<TermsReference> {
    using T = TermsReference;
    static constexpr auto list =
        std::make_tuple(SUBVENTION_FIELD(T, document), SUBVENTION_FIELD(T, source));
};

template <>
struct Fields<GrantDecision> {
    using T = GrantDecision;
    static constexpr auto list = std::make_tuple(
        SUBVENTION_FIELD(T, beneficiary), SUBVENTION_FIELD(T, beneficiary_form),
        SUBVENTION_FIELD(T, amount), SUBVENTION_FIELD(T, year), SUBVENTION_FIELD(T, purpose),
        SUBVENTION_FIELD(T, terms_in), SUBVENTION_FIELD(T, amount_in_words));
};

template <>
struct Fields<SigningAuthorisation> {
    using T = SigningAuthorisation;
    static constexpr auto list =
        std::make_tuple(SUBVENTION_FIELD(T, authorised), SUBVENTION_FIELD(T, counterparty),
                        SUBVENTION_FIELD(T, instrument), SUBVENTION_FIELD(T, draft_annexed),
                        SUBVENTION_FIELD(T, source));
};

template <>
struct Fields<InterestStatement> {
    using T = InterestStatement;
    static constexpr auto list =
        std::make_tuple(SUBVENTION_FIELD(T, member), SUBVENTION_FIELD(T, no_debate),
                        SUBVENTION_FIELD(T, no_vote), SUBVENTION_FIELD(T, source));
};

template <>
struct Fields<Deliberation> {
    using T = Deliberation;
    static constexpr auto list = std::make_tuple(
        SUBVENTION_FIELD(T, collectivite), SUBVENTION_FIELD(T, meeting_date),
        SUBVENTION_FIELD(T, meeting_place), SUBVENTION_FIELD(T, secretary),
        SUBVENTION_FIELD(T, number), SUBVENTION_FIELD(T, title), SUBVENTION_FIELD(T, visas),
        SUBVENTION_FIELD(T, interest_statements), SUBVENTION_FIELD(T, articles),
        SUBVENTION_FIELD(T, grants), SUBVENTION_FIELD(T, signing_authorisations),
        SUBVENTION_FIELD(T, imputations), SUBVENTION_FIELD(T, attendance),
        SUBVENTION_FIELD(T, tally), SUBVENTION_FIELD(T, outcome), SUBVENTION_FIELD(T, signature),
        SUBVENTION_FIELD(T, transmission_date), SUBVENTION_FIELD(T, publication_date));
};

// --- report.hpp ------------------------------------------------------------------------------

template <>
struct Fields<Rapport> {
    using T = Rapport;
    static constexpr auto list = std::make_tuple(
        SUBVENTION_FIELD(T, collectivite), SUBVENTION_FIELD(T, number), SUBVENTION_FIELD(T, pole),
        SUBVENTION_FIELD(T, mission), SUBVENTION_FIELD(T, body), SUBVENTION_FIELD(T, meeting_date),
        SUBVENTION_FIELD(T, title), SUBVENTION_FIELD(T, legal_foundations),
        SUBVENTION_FIELD(T, context), SUBVENTION_FIELD(T, operations),
        SUBVENTION_FIELD(T, proposed_grants), SUBVENTION_FIELD(T, proposed_authorisations),
        SUBVENTION_FIELD(T, budget), SUBVENTION_FIELD(T, committee_opinion),
        SUBVENTION_FIELD(T, annexes_referenced), SUBVENTION_FIELD(T, signature));
};

// --- convention.hpp --------------------------------------------------------------------------

template <>
struct Fields<ConventionArticle> {
    using T = ConventionArticle;
    static constexpr auto list =
        std::make_tuple(SUBVENTION_FIELD(T, number), SUBVENTION_FIELD(T, title),
                        SUBVENTION_FIELD(T, sections), SUBVENTION_FIELD(T, subjects));
};

template <>
struct Fields<CrossReference> {
    using T = CrossReference;
    static constexpr auto list = std::make_tuple(
        SUBVENTION_FIELD(T, from_article), SUBVENTION_FIELD(T, from_section),
        SUBVENTION_FIELD(T, to_article), SUBVENTION_FIELD(T, subject), SUBVENTION_FIELD(T, source));
};

template <>
struct Fields<StatedAuthorisation> {
    using T = StatedAuthorisation;
    static constexpr auto list =
        std::make_tuple(SUBVENTION_FIELD(T, body), SUBVENTION_FIELD(T, date),
                        SUBVENTION_FIELD(T, number), SUBVENTION_FIELD(T, source));
};

template <>
struct Fields<ConventionParty> {
    using T = ConventionParty;
    static constexpr auto list =
        std::make_tuple(SUBVENTION_FIELD(T, name), SUBVENTION_FIELD(T, legal_form),
                        SUBVENTION_FIELD(T, address), SUBVENTION_FIELD(T, identifier),
                        SUBVENTION_FIELD(T, representative), SUBVENTION_FIELD(T, authorisation),
                        SUBVENTION_FIELD(T, designation), SUBVENTION_FIELD(T, departement_code),
                        SUBVENTION_FIELD(T, source), SUBVENTION_FIELD(T, other_identifiers));
};

template <>
struct Fields<Period> {
    using T = Period;
    static constexpr auto list = std::make_tuple(
        SUBVENTION_FIELD(T, start), SUBVENTION_FIELD(T, end), SUBVENTION_FIELD(T, end_inclusive));
};

template <>
struct Fields<MeetingObligation> {
    using T = MeetingObligation;
    static constexpr auto list =
        std::make_tuple(SUBVENTION_FIELD(T, description), SUBVENTION_FIELD(T, minimum_frequency),
                        SUBVENTION_FIELD(T, source));
};

template <>
struct Fields<RelativeDeadline> {
    using T = RelativeDeadline;
    static constexpr auto list =
        std::make_tuple(SUBVENTION_FIELD(T, delay), SUBVENTION_FIELD(T, from));
};

template <>
struct Fields<DeadlineStatement> {
    using T = DeadlineStatement;
    static constexpr auto list = std::make_tuple(
        SUBVENTION_FIELD(T, rule), SUBVENTION_FIELD(T, date), SUBVENTION_FIELD(T, source));
};

template <>
struct Fields<FinalReportObligation> {
    using T = FinalReportObligation;
    static constexpr auto list =
        std::make_tuple(SUBVENTION_FIELD(T, deadlines), SUBVENTION_FIELD(T, contents),
                        SUBVENTION_FIELD(T, form), SUBVENTION_FIELD(T, purposes));
};

template <>
struct Fields<Obligations> {
    using T = Obligations;
    static constexpr auto list =
        std::make_tuple(SUBVENTION_FIELD(T, meetings), SUBVENTION_FIELD(T, documents_to_send),
                        SUBVENTION_FIELD(T, final_report), SUBVENTION_FIELD(T, other));
};

template <>
struct Fields<Clause> {
    using T = Clause;
    static constexpr auto list = std::make_tuple(
        SUBVENTION_FIELD(T, kind), SUBVENTION_FIELD(T, delay), SUBVENTION_FIELD(T, delay_from),
        SUBVENTION_FIELD(T, named), SUBVENTION_FIELD(T, source), SUBVENTION_FIELD(T, kept_amount));
};

template <>
struct Fields<Payment> {
    using T = Payment;
    static constexpr auto list =
        std::make_tuple(SUBVENTION_FIELD(T, kind), SUBVENTION_FIELD(T, amount),
                        SUBVENTION_FIELD(T, trigger), SUBVENTION_FIELD(T, date),
                        SUBVENTION_FIELD(T, amount_in_words), SUBVENTION_FIELD(T, share));
};

template <>
struct Fields<PaymentMention> {
    using T = PaymentMention;
    static constexpr auto list =
        std::make_tuple(SUBVENTION_FIELD(T, kind), SUBVENTION_FIELD(T, source));
};

template <>
struct Fields<PaymentSchedule> {
    using T = PaymentSchedule;
    static constexpr auto list =
        std::make_tuple(SUBVENTION_FIELD(T, payments), SUBVENTION_FIELD(T, mentions),
                        SUBVENTION_FIELD(T, cap_clauses), SUBVENTION_FIELD(T, reduction_clause),
                        SUBVENTION_FIELD(T, paying_accountant));
};

template <>
struct Fields<BankDetails> {
    using T = BankDetails;
    static constexpr auto list =
        std::make_tuple(SUBVENTION_FIELD(T, iban), SUBVENTION_FIELD(T, bic),
                        SUBVENTION_FIELD(T, domiciliation), SUBVENTION_FIELD(T, holder));
};

template <>
struct Fields<Convention> {
    using T = Convention;
    static constexpr auto list = std::make_tuple(
        SUBVENTION_FIELD(T, status), SUBVENTION_FIELD(T, object),
        SUBVENTION_FIELD(T, dossier_number), SUBVENTION_FIELD(T, service),
        SUBVENTION_FIELD(T, grantor), SUBVENTION_FIELD(T, beneficiary), SUBVENTION_FIELD(T, visas),
        SUBVENTION_FIELD(T, articles), SUBVENTION_FIELD(T, cross_references),
        SUBVENTION_FIELD(T, actions), SUBVENTION_FIELD(T, period),
        SUBVENTION_FIELD(T, tacit_renewal), SUBVENTION_FIELD(T, obligations),
        SUBVENTION_FIELD(T, clauses), SUBVENTION_FIELD(T, payment_schedule),
        SUBVENTION_FIELD(T, bank_details), SUBVENTION_FIELD(T, original_copies),
        SUBVENTION_FIELD(T, page_count), SUBVENTION_FIELD(T, signature));
};

// --- budget_plan.hpp, final_report.hpp, aid.hpp, execution.hpp ------------------------------

template <>
struct Fields<ChargeLine> {
    using T = ChargeLine;
    static constexpr auto list = std::make_tuple(
        SUBVENTION_FIELD(T, account), SUBVENTION_FIELD(T, label), SUBVENTION_FIELD(T, amount));
};

template <>
struct Fields<ResourceLine> {
    using T = ResourceLine;
    static constexpr auto list =
        std::make_tuple(SUBVENTION_FIELD(T, account), SUBVENTION_FIELD(T, label),
                        SUBVENTION_FIELD(T, amount), SUBVENTION_FIELD(T, departement_share));
};

template <>
struct Fields<BudgetTable> {
    using T = BudgetTable;
    static constexpr auto list =
        std::make_tuple(SUBVENTION_FIELD(T, charges), SUBVENTION_FIELD(T, resources));
};

template <>
struct Fields<BudgetForecast> {
    using T = BudgetForecast;
    static constexpr auto list = std::make_tuple(
        SUBVENTION_FIELD(T, action), SUBVENTION_FIELD(T, table), SUBVENTION_FIELD(T, source));
};

template <>
struct Fields<BudgetActual> {
    using T = BudgetActual;
    static constexpr auto list =
        std::make_tuple(SUBVENTION_FIELD(T, action), SUBVENTION_FIELD(T, table));
};

template <>
struct Fields<Expense> {
    using T = Expense;
    static constexpr auto list = std::make_tuple(
        SUBVENTION_FIELD(T, date), SUBVENTION_FIELD(T, amount), SUBVENTION_FIELD(T, label),
        SUBVENTION_FIELD(T, action), SUBVENTION_FIELD(T, account), SUBVENTION_FIELD(T, rejection));
};

template <>
struct Fields<ReceivedResource> {
    using T = ReceivedResource;
    static constexpr auto list = std::make_tuple(
        SUBVENTION_FIELD(T, account), SUBVENTION_FIELD(T, label), SUBVENTION_FIELD(T, amount),
        SUBVENTION_FIELD(T, action), SUBVENTION_FIELD(T, departement_share));
};

template <>
struct Fields<ReportIndicator> {
    using T = ReportIndicator;
    static constexpr auto list = std::make_tuple(
        SUBVENTION_FIELD(T, label), SUBVENTION_FIELD(T, planned), SUBVENTION_FIELD(T, achieved));
};

template <>
struct Fields<FinalReport> {
    using T = FinalReport;
    static constexpr auto list =
        std::make_tuple(SUBVENTION_FIELD(T, sent_on), SUBVENTION_FIELD(T, covers),
                        SUBVENTION_FIELD(T, qualitative), SUBVENTION_FIELD(T, indicators),
                        SUBVENTION_FIELD(T, practices), SUBVENTION_FIELD(T, expenses),
                        SUBVENTION_FIELD(T, resources), SUBVENTION_FIELD(T, actuals));
};

template <>
struct Fields<GrantedAid> {
    using T = GrantedAid;
    static constexpr auto list =
        std::make_tuple(SUBVENTION_FIELD(T, grantor), SUBVENTION_FIELD(T, granted_on),
                        SUBVENTION_FIELD(T, amount), SUBVENTION_FIELD(T, regulation));
};

template <>
struct Fields<PaymentMade> {
    using T = PaymentMade;
    static constexpr auto list =
        std::make_tuple(SUBVENTION_FIELD(T, date), SUBVENTION_FIELD(T, amount),
                        SUBVENTION_FIELD(T, action), SUBVENTION_FIELD(T, reference));
};

template <>
struct Fields<Execution> {
    using T = Execution;
    static constexpr auto list =
        std::make_tuple(SUBVENTION_FIELD(T, payments), SUBVENTION_FIELD(T, final_report),
                        SUBVENTION_FIELD(T, forecasts), SUBVENTION_FIELD(T, grant_regulation),
                        SUBVENTION_FIELD(T, prior_aids));
};

// --- dossier.hpp -----------------------------------------------------------------------------

template <>
struct Fields<Dossier> {
    using T = Dossier;
    static constexpr auto list = std::make_tuple(
        SUBVENTION_FIELD(T, deliberation), SUBVENTION_FIELD(T, rapport),
        SUBVENTION_FIELD(T, convention), SUBVENTION_FIELD(T, annexes),
        SUBVENTION_FIELD(T, open_data_publication), SUBVENTION_FIELD(T, request_date),
        SUBVENTION_FIELD(T, beneficiary_exercise_end), SUBVENTION_FIELD(T, execution),
        SUBVENTION_FIELD(T, beneficiary_resources),
        SUBVENTION_FIELD(T, beneficiary_other_public_subsidies),
        SUBVENTION_FIELD(T, beneficiary_economic_activity), SUBVENTION_FIELD(T, notification_date));
};

#undef SUBVENTION_FIELD

template <class T>
constexpr auto field_names() {
    return std::apply(
        [](const auto&... f) { return std::array<std::string_view, sizeof...(f)>{f.name...}; },
        Fields<T>::list);
}

// =============================================================================================
// Vocabulary shared by both directions
// =============================================================================================

template <class T>
inline constexpr bool is_optional_v = false;
template <class T>
inline constexpr bool is_optional_v<std::optional<T>> = true;

template <class T>
inline constexpr bool is_stated_v = false; // Stated<U>: a value with its provenance
template <class T>
inline constexpr bool is_stated_v<Stated<T>> = true;

template <class T>
inline constexpr bool is_vector_v = false;
template <class T>
inline constexpr bool is_vector_v<std::vector<T>> = true;

/// CERFA account numbers are written as JSON integers (« 64 »), not as names.
template <class T>
inline constexpr bool is_account_v =
    std::is_same_v<T, ChargeAccount> || std::is_same_v<T, ResourceAccount>;

template <class T>
inline constexpr bool is_count_v = false; // VoteCount, MemberCount
template <class Tag>
inline constexpr bool is_count_v<subvention::detail::NonNegativeCount<Tag>> = true;

/// Names of an enumeration: its `to_string` values, in enumerator order. The model's
/// enumerations are contiguous from 0 and their `to_string` maps any other value onto one of
/// the names, so the first repeated name marks the end (io_json_test pins every count).
template <class E>
const std::vector<std::string_view>& enum_names() {
    static const std::vector<std::string_view> names = [] {
        std::vector<std::string_view> out;
        for (int i = 0; i < 256; ++i) {
            const std::string_view name = to_string(static_cast<E>(i));
            for (const auto n : out)
                if (n == name)
                    return out;
            out.push_back(name);
        }
        return out;
    }();
    return names;
}

constexpr std::array<std::string_view, 3> duration_kinds{"days", "months", "years"};
static_assert(std::variant_size_v<Duration> == duration_kinds.size());

constexpr std::string_view not_a_date = "not-a-date-time"; // Boost's names of special dates
constexpr std::string_view pos_infinity = "+infinity";
constexpr std::string_view neg_infinity = "-infinity";

std::string join_names(const auto& names) {
    std::string out;
    for (const auto& n : names) {
        if (!out.empty())
            out += ", ";
        out += n;
    }
    return out;
}

/// JSON Pointer escaping of one reference token (RFC 6901 §3).
void append_pointer_token(std::string& path, std::string_view token) {
    path += '/';
    for (const char c : excerpt(token)) { // a path names a place; it does not copy a huge key
        if (c == '~')
            path += "~0";
        else if (c == '/')
            path += "~1";
        else
            path += c;
    }
}

/// Whether `s` is well-formed UTF-8 (no overlong form, no surrogate, at most U+10FFFF).
bool valid_utf8(std::string_view s) noexcept {
    std::size_t i = 0;
    const std::size_t n = s.size();
    while (i < n) {
        const auto b = static_cast<unsigned char>(s[i]);
        if (b < 0x80U) {
            ++i;
            continue;
        }
        std::size_t len = 0;
        unsigned char lo = 0x80U;
        unsigned char hi = 0xBFU;
        if (b >= 0xC2U && b <= 0xDFU) {
            len = 2;
        } else if (b >= 0xE0U && b <= 0xEFU) {
            len = 3;
            if (b == 0xE0U)
                lo = 0xA0U;
            else if (b == 0xEDU)
                hi = 0x9FU;
        } else if (b >= 0xF0U && b <= 0xF4U) {
            len = 4;
            if (b == 0xF0U)
                lo = 0x90U;
            else if (b == 0xF4U)
                hi = 0x8FU;
        } else {
            return false;
        }
        if (n - i < len)
            return false;
        const auto b1 = static_cast<unsigned char>(s[i + 1]);
        if (b1 < lo || b1 > hi)
            return false;
        for (std::size_t k = 2; k < len; ++k) {
            const auto bk = static_cast<unsigned char>(s[i + k]);
            if (bk < 0x80U || bk > 0xBFU)
                return false;
        }
        i += len;
    }
    return true;
}

// =============================================================================================
// Writing
// =============================================================================================

class Writer {
public:
    template <class T>
    Out value(const T& v) {
        if constexpr (std::is_same_v<T, std::string>) {
            if (!valid_utf8(v))
                throw std::invalid_argument(
                    "subvention::io::to_json : " + (path_.empty() ? std::string("/") : path_) +
                    " : texte UTF-8 invalide (un texte JSON est en UTF-8, "
                    "RFC 8259 §8.1)");
            return v;
        } else if constexpr (std::is_same_v<T, bool> || std::is_same_v<T, std::uint32_t> ||
                             std::is_same_v<T, std::int32_t>) {
            return v;
        } else if constexpr (std::is_same_v<T, std::size_t>) {
            return v;
        } else if constexpr (is_account_v<T>) {
            return number(v);
        } else if constexpr (is_count_v<T>) {
            return v.count();
        } else if constexpr (std::is_enum_v<T>) {
            return std::string(to_string(v));
        } else if constexpr (is_optional_v<T>) {
            return v ? value(*v) : Out(nullptr);
        } else if constexpr (is_vector_v<T>) {
            Out a = Out::array();
            for (std::size_t i = 0; i < v.size(); ++i) {
                const std::size_t mark = path_.size();
                append_pointer_token(path_, std::to_string(i));
                a.push_back(value(v[i]));
                path_.resize(mark);
            }
            return a;
        } else if constexpr (std::is_same_v<T, Date>) {
            if (v.is_not_a_date())
                return std::string(not_a_date);
            if (v.is_pos_infinity())
                return std::string(pos_infinity);
            if (v.is_neg_infinity())
                return std::string(neg_infinity);
            return format_date(v, DateStyle::iso);
        } else if constexpr (std::is_same_v<T, Euros>) {
            return v.to_iso();
        } else if constexpr (std::is_same_v<T, DeliberationNumber>) {
            return v.formatted();
        } else if constexpr (std::is_same_v<T, Rate>) {
            return v.to_string(); // exact fraction, « 3/5 »: never a JSON number
        } else if constexpr (std::is_same_v<T, PersonName>) {
            Out o = Out::object();
            o["printed"] = member("printed", v.printed());
            return o;
        } else if constexpr (std::is_same_v<T, Member>) {
            Out o = Out::object();
            o["civility"] = v.civility() ? Out(std::string(to_string(*v.civility()))) : Out();
            o["first_name"] = v.first_name().empty() ? Out() : member("first_name", v.first_name());
            o["last_name"] = member("last_name", v.last_name());
            o["group"] = member("group", v.group());
            return o;
        } else if constexpr (std::is_same_v<T, Duration>) {
            Out o = Out::object();
            o["kind"] = std::string(duration_kinds[v.index()]);
            o["count"] = std::visit([](const auto& c) { return c.count(); }, v);
            return o;
        } else if constexpr (std::is_same_v<T, VisaContent>) {
            const std::string kind(to_string(static_cast<VisaKind>(v.index())));
            Out o = Out::object();
            o["kind"] = kind;
            o[kind] = std::visit([&](const auto& alt) { return member(kind, alt); }, v);
            return o;
        } else {
            static_assert(Described<T>, "no JSON mapping for this type");
            Out o = Out::object();
            const auto put = [&](const auto& f) {
                using M = typename std::decay_t<decltype(f)>::type;
                if constexpr (std::is_default_constructible_v<M>)
                    if (omissible(f.name) && v.*f.member == M{})
                        return;
                o[std::string(f.name)] = member(f.name, v.*f.member);
            };
            std::apply([&](const auto&... f) { (put(f), ...); }, Fields<T>::list);
            return o;
        }
    }

private:
    template <class M>
    Out member(std::string_view key, const M& m) {
        const std::size_t mark = path_.size();
        append_pointer_token(path_, key);
        Out out = value(m);
        path_.resize(mark);
        return out;
    }

    std::string path_;
};

// =============================================================================================
// Parsing the text: a DOM with duplicate keys refused and the path of every syntax error
// =============================================================================================

/// SAX handler building an `In` document. nlohmann's own DOM parser keeps the last of duplicated
/// keys silently; this one refuses them (another reader could keep the first: the file would
/// mean two things). Iterative, so deep nesting cannot overflow the stack.
/// Deepest nesting of objects and lists accepted (a dossier has about ten levels): bounds the
/// memory of the DOM and the length of error paths on hostile input (« [[[[… »).
constexpr std::size_t max_json_depth = 64;

class DomBuilder {
public:
    explicit DomBuilder(std::string_view text)
        : text_(text) {}

    In root;
    std::optional<Error> error;

    bool null() { return push(In(nullptr)); }
    bool boolean(bool b) { return push(In(b)); }
    bool number_integer(In::number_integer_t v) { return push(In(v)); }
    bool number_unsigned(In::number_unsigned_t v) { return push(In(v)); }
    bool number_float(In::number_float_t v, const In::string_t&) { return push(In(v)); }
    bool string(In::string_t& s) { return push(In(std::move(s))); }
    bool binary(In::binary_t& b) { return push(In::binary(std::move(b))); }
    bool start_object(std::size_t) { return open(In::object()); }
    bool start_array(std::size_t) { return open(In::array()); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }

    bool key(In::string_t& k) {
        Level& top = stack_.back();
        if (top.node->contains(k)) {
            std::string path = container_path();
            append_pointer_token(path, k);
            error = make_error(ErrorKind::format, path, k,
                               "clé en double « " + excerpt(k) +
                                   " » : une clé ne figure qu'une fois dans un objet JSON (sinon "
                                   "l'une des valeurs serait ignorée sans avertissement)");
            return false;
        }
        top.key = std::move(k);
        top.has_key = true;
        return true;
    }

    bool parse_error(std::size_t position, const std::string& last_token, const In::exception& ex) {
        // nlohmann counts bytes: `position` bytes were read when the error was seen.
        const std::size_t end = std::min(position, text_.size());
        std::size_t line = 1;
        std::size_t line_start = 0;
        for (std::size_t i = 0; i < end; ++i)
            if (text_[i] == '\n') {
                ++line;
                line_start = i + 1;
            }
        const std::size_t column = end - line_start;
        std::string detail = ex.what();
        // "[json.exception.parse_error.101] parse error at line 1, column 5: syntax error…"
        if (const auto colon = detail.find(": "); colon != std::string::npos)
            detail = excerpt(std::string_view(detail).substr(colon + 2), 2 * max_quoted_bytes);
        const bool blank = text_.find_first_not_of(" \t\r\n") == std::string_view::npos;
        error = make_error(blank ? ErrorKind::empty : ErrorKind::format, current_path(), last_token,
                           blank ? std::string("texte vide : un dossier JSON est attendu")
                                 : "JSON mal formé à la ligne " + std::to_string(line) +
                                       ", colonne " + std::to_string(column) + " : " + detail);
        return false;
    }

private:
    struct Level {
        In* node;
        std::string key;
        bool has_key = false;
    };

    In* add(In&& v) {
        if (stack_.empty()) {
            root = std::move(v);
            return &root;
        }
        Level& top = stack_.back();
        if (top.node->is_array()) {
            top.node->push_back(std::move(v));
            return &top.node->back();
        }
        auto& obj = top.node->get_ref<In::object_t&>();
        return &obj.emplace(top.key, std::move(v)).first->second; // key kept for error paths
    }
    bool push(In&& v) {
        add(std::move(v));
        return true;
    }
    bool open(In&& container) {
        if (stack_.size() >= max_json_depth) {
            error = make_error(ErrorKind::range, current_path(), "",
                               "imbrication de plus de " + std::to_string(max_json_depth) +
                                   " niveaux d'objets ou de listes : un dossier n'en compte pas "
                                   "plus d'une dizaine");
            return false;
        }
        In* node = add(std::move(container));
        stack_.push_back(Level{node, {}, false});
        return true;
    }
    bool close() {
        stack_.pop_back();
        return true;
    }

    /// Path of the innermost open container.
    std::string container_path() const {
        std::string path;
        for (std::size_t i = 0; i + 1 < stack_.size(); ++i)
            append_child(path, stack_[i], /*innermost=*/false);
        return path;
    }
    /// Path of the value being read when an error occurred.
    std::string current_path() const {
        std::string path;
        for (std::size_t i = 0; i < stack_.size(); ++i)
            append_child(path, stack_[i], i + 1 == stack_.size());
        return path;
    }
    static void append_child(std::string& path, const Level& level, bool innermost) {
        if (level.node->is_array()) {
            const std::size_t n = level.node->size();
            if (innermost)
                append_pointer_token(path, std::to_string(n));
            else if (n > 0)
                append_pointer_token(path, std::to_string(n - 1));
        } else if (level.has_key) {
            append_pointer_token(path, level.key);
        }
    }

    std::string_view text_;
    std::vector<Level> stack_;
};

// =============================================================================================
// Reading
// =============================================================================================

struct ReadFailure {
    Error error;
};

std::string_view type_name(const In& j) {
    switch (j.type()) {
    case In::value_t::null:
        return "null";
    case In::value_t::object:
        return "un objet";
    case In::value_t::array:
        return "une liste";
    case In::value_t::string:
        return "une chaîne";
    case In::value_t::boolean:
        return "un booléen";
    case In::value_t::number_integer:
    case In::value_t::number_unsigned:
        return "un entier";
    case In::value_t::number_float:
        return "un nombre à virgule";
    case In::value_t::binary:
    case In::value_t::discarded:
        break;
    }
    return "une valeur binaire";
}

/// The offending value as shown in an error: strings as they are, other scalars as JSON,
/// containers summarised (never dumped whole: they may be huge or deeply nested).
std::string preview(const In& j) {
    if (j.is_string())
        return excerpt(j.get_ref<const std::string&>());
    if (j.is_object())
        return "{… " + std::to_string(j.size()) + " clé(s)}";
    if (j.is_array())
        return "[… " + std::to_string(j.size()) + " élément(s)]";
    if (j.is_binary())
        return "<binaire>";
    return j.dump();
}

template <class T>
std::string expected() {
    if constexpr (std::is_same_v<T, std::string>) {
        return "une chaîne";
    } else if constexpr (std::is_same_v<T, bool>) {
        return "un booléen (true ou false)";
    } else if constexpr (std::is_same_v<T, std::uint32_t>) {
        return "un entier de 0 à 4294967295";
    } else if constexpr (std::is_same_v<T, std::int32_t>) {
        return "un entier de -2147483648 à 2147483647";
    } else if constexpr (std::is_same_v<T, std::size_t>) {
        return "un entier de 0 à 2147483647 (rang à partir de 0)";
    } else if constexpr (std::is_same_v<T, ChargeAccount>) {
        return "un numéro de compte de charges, entier de 60 à 68 ou 86";
    } else if constexpr (std::is_same_v<T, ResourceAccount>) {
        return "un numéro de compte de produits, entier de 70 à 78 ou 87";
    } else if constexpr (is_count_v<T>) {
        return "un entier de 0 à 2147483647";
    } else if constexpr (std::is_enum_v<T>) {
        return "une chaîne parmi : " + join_names(enum_names<T>());
    } else if constexpr (is_optional_v<T>) {
        return "null ou " + expected<typename T::value_type>();
    } else if constexpr (is_vector_v<T>) {
        return "une liste";
    } else if constexpr (std::is_same_v<T, Date>) {
        return "une date ISO en chaîne, « 2023-03-20 »";
    } else if constexpr (std::is_same_v<T, Euros>) {
        return "un montant ISO en chaîne, « 57000.00 » (jamais un nombre JSON : les montants "
               "sont exacts au centime)";
    } else if constexpr (std::is_same_v<T, DeliberationNumber>) {
        return "un numéro de délibération en chaîne, « 2023-122 » ou « DCP-2024-0415 »";
    } else if constexpr (std::is_same_v<T, Rate>) {
        return "un taux exact en chaîne, « 3/5 », « 60 % » ou « 0,6 » (jamais un nombre JSON)";
    } else if constexpr (std::is_same_v<T, Duration>) {
        return "un objet {\"kind\": \"days\"|\"months\"|\"years\", \"count\": entier}";
    } else if constexpr (std::is_same_v<T, VisaContent>) {
        return "un objet {\"kind\": …, \"<kind>\": {…}}";
    } else {
        return "un objet";
    }
}

class Reader {
public:
    template <class T>
    T read(const In& j) {
        if constexpr (is_optional_v<T>) {
            if (j.is_null())
                return std::nullopt;
            nullable_ = true;
            return T(read<typename T::value_type>(j));
        } else {
            const bool nullable = std::exchange(nullable_, false);
            return read_value<T>(j, nullable);
        }
    }

private:
    template <class T>
    T read_value(const In& j, bool nullable) {
        const auto require = [&](bool ok) {
            if (!ok)
                fail(ErrorKind::format, preview(j),
                     "type incorrect (attendu : " + (nullable ? "null ou " : std::string()) +
                         expected<T>() + " ; reçu : " + std::string(type_name(j)) + ")");
        };
        if constexpr (std::is_same_v<T, std::string>) {
            require(j.is_string());
            return j.get_ref<const std::string&>();
        } else if constexpr (std::is_same_v<T, bool>) {
            require(j.is_boolean());
            return j.get<bool>();
        } else if constexpr (std::is_same_v<T, std::uint32_t>) {
            require(j.is_number_integer());
            return static_cast<std::uint32_t>(
                integer(j, 0, std::numeric_limits<std::uint32_t>::max()));
        } else if constexpr (std::is_same_v<T, std::int32_t>) {
            require(j.is_number_integer());
            return static_cast<std::int32_t>(integer(j, std::numeric_limits<std::int32_t>::min(),
                                                     std::numeric_limits<std::int32_t>::max()));
        } else if constexpr (std::is_same_v<T, std::size_t>) {
            require(j.is_number_integer());
            return static_cast<std::size_t>(
                integer(j, 0, std::numeric_limits<std::int32_t>::max()));
        } else if constexpr (is_account_v<T>) {
            require(j.is_number_integer());
            const auto n = static_cast<std::uint32_t>(integer(j, 0, 99));
            if constexpr (std::is_same_v<T, ChargeAccount>) {
                auto r = charge_account(n);
                if (!r)
                    fail(ErrorKind::range, j.dump(), r.error().message);
                return *r;
            } else {
                auto r = resource_account(n);
                if (!r)
                    fail(ErrorKind::range, j.dump(), r.error().message);
                return *r;
            }
        } else if constexpr (is_count_v<T>) {
            require(j.is_number_integer());
            return T(
                static_cast<std::int32_t>(integer(j, 0, std::numeric_limits<std::int32_t>::max())));
        } else if constexpr (std::is_enum_v<T>) {
            require(j.is_string());
            return enumerator<T>(j.get_ref<const std::string&>());
        } else if constexpr (is_vector_v<T>) {
            require(j.is_array());
            T out;
            out.reserve(j.size());
            for (std::size_t i = 0; i < j.size(); ++i) {
                const std::size_t mark = path_.size();
                append_pointer_token(path_, std::to_string(i));
                out.push_back(read<typename T::value_type>(j[i]));
                path_.resize(mark);
            }
            return out;
        } else if constexpr (std::is_same_v<T, Date>) {
            require(j.is_string());
            return date(j.get_ref<const std::string&>());
        } else if constexpr (std::is_same_v<T, Euros>) {
            require(j.is_string());
            const std::string& s = j.get_ref<const std::string&>();
            const Euros e = euros(s);
            if (e < Euros{} && !signed_amount_here())
                fail(ErrorKind::range, s,
                     "montant négatif refusé : un montant accordé, plafonné, versé, dépensé ou "
                     "perçu est positif ou nul (seuls « available » et « balance » d'une ligne "
                     "d'imputation peuvent être négatifs)");
            return e;
        } else if constexpr (std::is_same_v<T, DeliberationNumber>) {
            require(j.is_string());
            return deliberation_number(j.get_ref<const std::string&>());
        } else if constexpr (std::is_same_v<T, Rate>) {
            require(j.is_string());
            auto r = Rate::parse(j.get_ref<const std::string&>());
            if (!r)
                fail(r.error().kind, j.get_ref<const std::string&>(), r.error().message);
            return *r;
        } else if constexpr (std::is_same_v<T, PersonName>) {
            require(j.is_object());
            return person_name(j);
        } else if constexpr (std::is_same_v<T, Member>) {
            require(j.is_object());
            return member(j);
        } else if constexpr (std::is_same_v<T, Duration>) {
            require(j.is_object());
            return duration(j);
        } else if constexpr (std::is_same_v<T, VisaContent>) {
            require(j.is_object());
            return visa_content(j);
        } else if constexpr (is_stated_v<T>) {
            // Shortcuts for facts entered as data: the bare value, or {"value"} without
            // "source"; the fact is then located by its path, with origin « database ».
            using U = std::decay_t<decltype(std::declval<T&>().value)>;
            if (!j.is_object() || !j.contains("value"))
                return T{read<U>(j), entered_here(j)};
            if (!j.contains("source")) {
                static constexpr std::array<std::string_view, 1> value_only{"value"};
                only_keys(j, value_only);
                return T{member_of<U>(j, "value"), entered_here(j["value"])};
            }
            return read_struct<T>(j, nullable);
        } else if constexpr (std::is_same_v<T, Payment>) {
            // A payment given as a share of the grant may leave its amount out: it is derived
            // once the whole dossier is read (`derive_payment_amounts`).
            require(j.is_object());
            if (!j.contains("amount") && j.contains("share") && !j["share"].is_null()) {
                In with_amount = j;
                with_amount["amount"] = "0.00";
                derived_payments_.push_back(path_);
                return read_struct<T>(with_amount, nullable);
            }
            return read_struct<T>(j, nullable);
        } else {
            return read_struct<T>(j, nullable);
        }
    }

    /// Where a fact entered without provenance is: its document (the first key of its path)
    /// and its path, the value as written.
    [[nodiscard]] SourceRef entered_here(const In& v) const {
        const std::string_view p = path_;
        DocumentKind doc = DocumentKind::dossier;
        if (p.starts_with("/deliberation/"))
            doc = DocumentKind::deliberation;
        else if (p.starts_with("/rapport/"))
            doc = DocumentKind::rapport;
        else if (p.starts_with("/convention/"))
            doc = DocumentKind::convention;
        return from_data(doc, path_,
                         excerpt(v.is_string() ? v.get_ref<const std::string&>() : v.dump()));
    }

    template <class T>
    T read_struct(const In& j, bool nullable) {
        static_assert(Described<T>, "no JSON mapping for this type");
        if (!j.is_object())
            fail(ErrorKind::format, preview(j),
                 "type incorrect (attendu : " + (nullable ? "null ou " : std::string()) +
                     expected<T>() + " ; reçu : " + std::string(type_name(j)) + ")");
        // Every member is in the table (a forgotten one would silently keep its default).
        static_assert(
            detail::has_members<T, std::tuple_size_v<std::decay_t<decltype(Fields<T>::list)>>>,
            "Fields<T> must list every member of T");
        static constexpr auto names = field_names<T>();
        only_keys(j, names);
        T out = std::apply([&](const auto&... f) { return T{this->field_of(j, f)...}; },
                           Fields<T>::list);
        if constexpr (std::is_same_v<T, Period>)
            check_period(out);
        return out;
    }

    /// Whether the amount being read may be negative: the credits available on an imputation
    /// line and its balance (« disponible », « solde ») go below zero when a line is
    /// over-committed, which the budget rules report. Every other amount of the model (grants,
    /// ceilings, payments, expenses, resources, budget lines, aids) is a non-negative quantity.
    [[nodiscard]] bool signed_amount_here() const {
        const std::string_view p = path_;
        const std::string_view key = p.substr(p.rfind('/') + 1);
        return key == "available" || key == "balance";
    }

    /// A period must not end before it starts (an empty period would make every expense
    /// ineligible without saying why).
    void check_period(const Period& p) const {
        if (p.start.is_special() || p.end.is_special())
            return;
        if (p.end < p.start || (p.end == p.start && !p.end_inclusive))
            fail(ErrorKind::range,
                 format_date(p.start, DateStyle::iso) + " → " + format_date(p.end, DateStyle::iso),
                 p.end < p.start ? "période incohérente : la fin (« end ») précède le début "
                                   "(« start »)"
                                 : "période vide : la fin exclue (« end_inclusive »: false) est "
                                   "le jour du début");
    }

    [[noreturn]] void fail(ErrorKind kind, std::string value, std::string message) const {
        throw ReadFailure{Error{kind, path_, excerpt(value), std::move(message)}};
    }

    /// Reads member `f` of object `j`; a missing key is an error naming the key's path.
    template <class F>
    typename F::type field_of(const In& j, const F& f) {
        if constexpr (std::is_default_constructible_v<typename F::type>)
            if (omissible(f.name) && !j.contains(f.name))
                return typename F::type{};
        // Keys added after version 0.1 of the format may be absent (= null), so that dossiers
        // written before they existed stay readable; every other key is required.
        if constexpr (is_optional_v<typename F::type>) {
            const std::string_view name(f.name);
            if ((name == "execution" || name == "request_date" ||
                 name == "beneficiary_exercise_end" || name == "beneficiary_resources" ||
                 name == "beneficiary_other_public_subsidies" ||
                 name == "beneficiary_economic_activity" || name == "notification_date" ||
                 name == "kept_amount") &&
                !j.contains(f.name))
                return std::nullopt;
        }
        return member_of<typename F::type>(j, f.name);
    }

    /// Reads member `key` of object `j` as a T.
    template <class T>
    T member_of(const In& j, std::string_view key) {
        return at(
            j, key, [&](const In& v) { return read<T>(v); }, &expected<T>);
    }

    /// Calls `fn` on member `key` of `j` with the path extended; a missing key is an error
    /// saying what was expected (`what()`, only computed then).
    template <class Fn, class What>
    auto at(const In& j, std::string_view key, Fn&& fn, What&& what) {
        const std::size_t mark = path_.size();
        append_pointer_token(path_, key);
        const auto it = j.find(key);
        if (it == j.end()) {
            const std::string expectation = what();
            fail(ErrorKind::empty, "",
                 "clé obligatoire absente (attendu : " + expectation + ")" +
                     (expectation.starts_with("null")
                          ? " ; une valeur non renseignée s'écrit null, la clé reste présente"
                          : ""));
        }
        auto out = fn(*it);
        path_.resize(mark);
        return out;
    }

    /// Refuses any key of `j` outside `allowed`.
    template <class Names>
    void only_keys(const In& j, const Names& allowed) {
        for (const auto& item : j.items()) {
            bool known = false;
            for (const auto& a : allowed)
                known = known || a == item.key();
            if (!known)
                fail_at(item.key(), ErrorKind::component, preview(item.value()),
                        "clé inconnue « " + excerpt(item.key()) + " » ; clés permises ici : " +
                            (allowed.size() == 0 ? std::string("aucune") : join_names(allowed)));
        }
    }

    /// Fails on member `key` of the current object.
    [[noreturn]] void fail_at(std::string_view key, ErrorKind kind, std::string value,
                              std::string message) {
        append_pointer_token(path_, key);
        fail(kind, std::move(value), std::move(message));
    }

    std::int64_t integer(const In& j, std::int64_t min, std::int64_t max) {
        if (j.is_number_unsigned()) {
            const auto u = j.get<std::uint64_t>();
            if (u <= static_cast<std::uint64_t>(max))
                return static_cast<std::int64_t>(u);
        } else {
            const auto i = j.get<std::int64_t>();
            if (i >= min && i <= max)
                return i;
        }
        fail(ErrorKind::range, j.dump(),
             "entier hors limites : de " + std::to_string(min) + " à " + std::to_string(max) +
                 " attendu");
    }

    template <class E>
    E enumerator(const std::string& s) {
        const auto& names = enum_names<E>();
        for (std::size_t i = 0; i < names.size(); ++i)
            if (names[i] == s)
                return static_cast<E>(i);
        fail(ErrorKind::component, s, "valeur inconnue ; valeurs permises : " + join_names(names));
    }

    Date date(const std::string& s) {
        if (s == not_a_date)
            return Date(boost::date_time::not_a_date_time);
        if (s == pos_infinity)
            return Date(boost::date_time::pos_infin);
        if (s == neg_infinity)
            return Date(boost::date_time::neg_infin);
        const auto digit = [&](std::size_t i) { return s[i] >= '0' && s[i] <= '9'; };
        const bool shape = s.size() == 10 && s[4] == '-' && s[7] == '-' && digit(0) && digit(1) &&
                           digit(2) && digit(3) && digit(5) && digit(6) && digit(8) && digit(9);
        if (!shape)
            fail(ErrorKind::format, s,
                 "n'est pas une date ISO : « AAAA-MM-JJ » attendu, par exemple « 2023-03-20 » "
                 "(ou « not-a-date-time » pour une date non renseignée)");
        const auto num = [&](std::size_t from, std::size_t len) {
            int v = 0;
            for (std::size_t i = from; i < from + len; ++i)
                v = v * 10 + (s[i] - '0');
            return v;
        };
        auto d = make_date(num(0, 4), num(5, 2), num(8, 2));
        if (!d)
            fail(d.error().kind, s, "n'est pas une date valide : " + d.error().message);
        return *d;
    }

    Euros euros(const std::string& s) {
        // Canonical ISO form, as Euros::to_iso writes it: -?(0|[1-9][0-9]*)\.[0-9]{2}
        std::size_t i = s.starts_with('-') ? 1 : 0;
        const std::size_t int_start = i;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9')
            ++i;
        const std::size_t int_len = i - int_start;
        const bool shape = int_len > 0 && (int_len == 1 || s[int_start] != '0') &&
                           i + 3 == s.size() && s[i] == '.' && s[i + 1] >= '0' && s[i + 1] <= '9' &&
                           s[i + 2] >= '0' && s[i + 2] <= '9' && s != "-0.00";
        if (!shape)
            fail(ErrorKind::format, s,
                 "n'est pas un montant ISO : chiffres, point et exactement deux décimales "
                 "attendus, sans espace ni devise ni zéro initial (« 57000.00 », « -12.50 »)");
        auto e = Euros::parse(s);
        if (!e)
            fail(e.error().kind, s, e.error().message);
        return *e;
    }

    DeliberationNumber deliberation_number(const std::string& s) {
        auto n = DeliberationNumber::parse(s);
        if (!n)
            fail(n.error().kind, s, "n'est pas un numéro de délibération : " + n.error().message);
        if (n->text() != s)
            fail(ErrorKind::format, s,
                 "forme attendue : « " + n->formatted() +
                     " » (le numéro tel qu'imprimé, sans « N° » ni espaces autour)");
        return *n;
    }

    PersonName person_name(const In& j) {
        static constexpr std::array<std::string_view, 1> names{"printed"};
        only_keys(j, names);
        const std::string printed = member_of<std::string>(j, "printed");
        auto n = PersonName::parse(printed);
        if (!n)
            fail_at("printed", n.error().kind, printed, "n'est pas un nom : " + n.error().message);
        return std::move(n).value();
    }

    Member member(const In& j) {
        static constexpr std::array<std::string_view, 4> names{"civility", "first_name",
                                                               "last_name", "group"};
        only_keys(j, names);
        // Civility and first name may be null: lists of other templates omit them.
        const auto civility = member_of<std::optional<Civility>>(j, "civility");
        auto first = member_of<std::optional<std::string>>(j, "first_name").value_or("");
        auto last = member_of<std::string>(j, "last_name");
        auto group = member_of<std::optional<std::string>>(j, "group");
        try {
            return Member(civility, first, last, std::move(group));
        } catch (const ParseFailure& e) {
            // Member's constructor checks the first name, then the last name.
            const bool first_bad = e.error().field == "prénom";
            const std::string_view key = first_bad ? "first_name" : "last_name";
            fail_at(key, e.error().kind, first_bad ? first : last,
                    std::string("n'est pas un ") + (first_bad ? "prénom" : "nom de famille") +
                        " : " + e.error().message);
        }
    }

    Duration duration(const In& j) {
        static constexpr std::array<std::string_view, 2> names{"kind", "count"};
        only_keys(j, names);
        const std::string kind = at(
            j, "kind", [&](const In& v) { return read<std::string>(v); },
            [] { return std::string("« days », « months » ou « years »"); });
        std::size_t index = duration_kinds.size();
        for (std::size_t i = 0; i < duration_kinds.size(); ++i)
            if (duration_kinds[i] == kind)
                index = i;
        if (index == duration_kinds.size())
            fail_at("kind", ErrorKind::component, kind,
                    "unité de durée inconnue ; valeurs permises : " + join_names(duration_kinds));
        const auto count = member_of<std::int32_t>(j, "count");
        switch (index) {
        case 0:
            return Days(count);
        case 1:
            return Months(count);
        default:
            return Years(count);
        }
    }

    template <std::size_t... I>
    VisaContent visa_alternative(std::size_t index, const In& v, std::index_sequence<I...>) {
        VisaContent out;
        const auto read_alternative = [&](auto i) {
            constexpr std::size_t k = decltype(i)::value;
            out.template emplace<k>(read<std::variant_alternative_t<k, VisaContent>>(v));
        };
        ((index == I ? read_alternative(std::integral_constant<std::size_t, I>{}) : void()), ...);
        return out;
    }

    VisaContent visa_content(const In& j) {
        const auto k = member_of<VisaKind>(j, "kind");
        const std::string_view name = to_string(k);
        const std::array<std::string_view, 2> names{"kind", name};
        only_keys(j, names);
        const auto index = static_cast<std::size_t>(k);
        if (index >= std::variant_size_v<VisaContent>)
            throw std::logic_error("VisaKind and VisaContent disagree");
        return at(
            j, name,
            [&](const In& v) {
                return visa_alternative(
                    index, v, std::make_index_sequence<std::variant_size_v<VisaContent>>{});
            },
            [] { return std::string("un objet"); });
    }

    std::string path_;
    bool nullable_ = false;

public:
    /// Paths of the payments whose amount is to be derived from their share.
    std::vector<std::string> derived_payments_;
};

} // namespace

// =============================================================================================
// Public API
// =============================================================================================

std::string to_json(const Dossier& d, int indent) {
    Writer w;
    return w.value(d).dump(indent < 0 ? -1 : indent);
}

namespace {

/// The amounts of the payments given by their share only (`paths`, in the convention): shares
/// of the grant — the convention's ceilings, else the deliberation's grants —, the balance
/// taking the remainder when every payment has a share adding up to 100 % (`payment_amounts`).
std::optional<Error> derive_payment_amounts(Dossier& d, const std::vector<std::string>& paths) {
    const std::string prefix = "/convention/payment_schedule/payments/";
    std::optional<Euros> grant;
    if (d.convention)
        grant = ceilings_total(*d.convention);
    if (!grant && d.deliberation && !d.deliberation->grants.empty())
        grant = granted_total(d.deliberation->grants);
    if (!grant || !d.convention)
        return make_error(ErrorKind::empty, paths.front() + "/amount", "",
                          "montant à déduire de la part (« share ») : le dossier n'indique "
                          "aucun montant accordé (plafond de la convention ou délibération)");
    auto& payments = d.convention->payment_schedule.payments;
    std::vector<Rate> shares;
    for (const auto& p : payments)
        if (p.share)
            shares.push_back(*p.share);
    const bool all_shared = shares.size() == payments.size();
    try {
        const auto amounts = payment_amounts(*grant, shares);
        for (const auto& path : paths) {
            if (!path.starts_with(prefix))
                return make_error(
                    ErrorKind::empty, path + "/amount", "",
                    "seuls les versements de la convention se déduisent de leur part");
            const auto i = static_cast<std::size_t>(std::stoul(path.substr(prefix.size())));
            auto& p = payments.at(i);
            p.amount.value = all_shared ? amounts.at(i) : grant->apply(*p.share, Rounding::half_up);
            p.amount.source.text = p.amount.value.to_string_fr() + " (" + p.share->to_string_fr() +
                                   " de " + grant->to_string_fr() + ")";
        }
    } catch (const std::overflow_error& e) {
        return make_error(ErrorKind::overflow, paths.front() + "/amount", grant->to_iso(),
                          e.what());
    }
    return std::nullopt;
}

/// Parses `text` as a JSON document of type T (the dossier, or a final report).
template <class T>
Result<T> document_from_json(std::string_view text) {
    // The JSON lexer takes a NUL byte for the end of the text: refuse it rather than ignore what
    // follows it (a NUL is never valid in JSON text outside a \u0000 escape).
    if (const auto nul = text.find('\0'); nul != std::string_view::npos) {
        const auto line =
            1 + std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(nul), '\n');
        const auto line_start = text.rfind('\n', nul);
        const auto column = nul - (line_start == std::string_view::npos ? 0 : line_start + 1) + 1;
        return make_error(ErrorKind::format, "", "",
                          "octet nul (\\0) à la ligne " + std::to_string(line) + ", colonne " +
                              std::to_string(column) +
                              " : un texte JSON n'en contient pas (fichier binaire ou tronqué ?)");
    }
    DomBuilder dom(text);
    const bool parsed =
        In::sax_parse(text.begin(), text.end(), &dom, nlohmann::json::input_format_t::json,
                      /*strict=*/true, /*ignore_comments=*/false);
    if (!parsed || dom.error) {
        if (dom.error)
            return *dom.error;
        return make_error(ErrorKind::format, "", "", "JSON mal formé");
    }
    try {
        Reader r;
        T out = r.read<T>(dom.root);
        if constexpr (std::is_same_v<T, Dossier>)
            if (!r.derived_payments_.empty())
                if (auto e = derive_payment_amounts(out, r.derived_payments_))
                    return *e;
        return out;
    } catch (const ReadFailure& f) {
        return f.error;
    }
}

} // namespace

std::string to_json(const FinalReport& r, int indent) {
    Writer w;
    return w.value(r).dump(indent < 0 ? -1 : indent);
}

Result<FinalReport> final_report_from_json(std::string_view text) {
    return document_from_json<FinalReport>(text);
}

Result<FinalReport> load_final_report(const std::filesystem::path& file) {
    auto text = io::read_file(file);
    if (!text)
        return text.error();
    return final_report_from_json(*text);
}

Result<Dossier> dossier_from_json(std::string_view text) {
    return document_from_json<Dossier>(text);
}

Result<Dossier> load_dossier(const std::filesystem::path& file) {
    auto text = io::read_file(file);
    if (!text)
        return text.error();
    return dossier_from_json(*text);
}

} // namespace subvention::io
