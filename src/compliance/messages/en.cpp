// SPDX-License-Identifier: Apache-2.0
// subvention — the message catalogue in English: every sentence the library's findings say, and
// how English writes amounts, dates, lists and plurals. Keys are « RULE-ID » or
// « RULE-ID.variant » for a finding, « phrase.… » for the pieces several findings share
// (places, labels). Placeholders: see include/subvention/compliance/message.hpp. A test checks
// that every key here exists in every language with the same placeholders.
#include <array>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <subvention/compliance/rule.hpp>

#include "compliance/messages/language.hpp"

namespace subvention::compliance::detail {
namespace {

// NOLINTBEGIN(cert-err58-cpp): constant table
constexpr MessageEntry entries[] = {
    // ---- dossier ----
    // ---- end dossier ----
    // ---- assembly ----
    {"phrase.assembly.stop", "."},
    {"phrase.assembly.parenthesised", " ({text})"},
    {"phrase.assembly.twice", "twice"},
    {"phrase.assembly.times", "{count} times"},
    {"phrase.assembly.tally", "for: {pour}, against: {contre}{columns}"},
    {"phrase.assembly.tally_abstention", ", abstention: {count}"},
    {"phrase.assembly.tally_not_taking_part", ", not taking part: {count}"},
    {"phrase.assembly.tally_blank", ", blank: {count}"},
    {"phrase.assembly.tally_void", ", void: {count}"},
    {"phrase.assembly.present", "present"},
    {"phrase.assembly.present_or_represented", "present or represented"},
    {"phrase.assembly.listing", "{status}{voice}"},
    {"phrase.assembly.list_present", "present"},
    {"phrase.assembly.list_excused", "excused"},
    {"phrase.assembly.list_absent", "absent"},
    {"phrase.assembly.list_without_voice", " without a deliberative voice"},
    {"phrase.assembly.document_deliberation", "The deliberation"},
    {"phrase.assembly.document_rapport", "The rapport"},
    {"phrase.assembly.document_convention", "The convention"},
    {"phrase.assembly.document_dossier", "The dossier"},
    {"phrase.assembly.rank", "no. {rank}"},
    {"VOTE-QUORUM.in_office_below_listed",
     "The number of members in office given ({in_office}) is smaller than the members with a "
     "deliberative voice listed in the attendance ({listed}): the quorum cannot be checked."},
    {"VOTE-QUORUM.not_met", "The quorum is not met for this item: {present} "
                            "{present_agreement|member|members} present{interested}{represented}, "
                            "i.e. {counted}, for {required} required ({regime}, counted {who})."},
    {"VOTE-QUORUM.not_counting_interested",
     " (not counting {interested} {interested|member|members} interested in the item)"},
    {"VOTE-QUORUM.and_represented", " and {represented} represented by proxy"},
    {"VOTE-QUORUM.one_third",
     "one third of the {in_office} members in office (COVID-19 derogation)"},
    {"VOTE-QUORUM.absolute_majority", "an absolute majority of the {in_office} members in office"},
    {"VOTE-QUORUM.proxies_not_recorded",
     " The act records no proxies: the quorum is met only if at least {missing} excused or absent "
     "members gave one; check the minutes."},
    {"VOTE-QUORUM.covid_first_day", " The meeting falls on the uncertain first day of a COVID-19 "
                                    "derogation period: the regime applied is to be confirmed."},
    {"VOTE-TALLY-EXCEEDS.voters",
     "{present} {present_agreement|member|members} present with a deliberative voice{of_whom}"},
    {"VOTE-TALLY-EXCEEDS.of_whom_interested",
     ", of whom {interested} interested in the item{names} and excluded from the vote, i.e. "
     "{eligible} {eligible_agreement|voter|voters} present"},
    {"VOTE-TALLY-EXCEEDS.valid_proxies", "{proxies} valid {proxies_agreement|proxy|proxies}"},
    {"VOTE-TALLY-EXCEEDS.at_most_proxies",
     "at most {proxies} {proxies_agreement|proxy|proxies} (the act records none; bound: one per "
     "excused or absent member)"},
    {"VOTE-TALLY-EXCEEDS.votes", "The tally records {recorded} {recorded|vote|votes} ({tally}) but "
                                 "at most {max} members could vote: {voters}, plus {proxies}."},
    {"VOTE-TALLY-EXCEEDS.voices",
     "The tally accounts for {recorded} members (votes and « not taking part »: {tally}) but at "
     "most {max} members were present or represented: {present} present with a deliberative voice, "
     "plus {proxies}."},
    {"VOTE-TALLY-EXCEEDS.excess", " {excess} {excess|vote|votes} too many"},
    {"VOTE-TALLY-EXCEEDS.interested_counted_one",
     "; the interested member(s) may have been counted"},
    {"VOTE-TALLY-EXCEEDS.interested_counted_many",
     "; the interested member(s) may have been counted"},
    {"VOTE-TALLY-EXCEEDS.unrecorded_proxies",
     "; the tally would need {required} {required|proxy|proxies}, which the act does not record"},
    {"VOTE-TALLY-EXCEEDS.unconfirmed",
     " This assumes that a proxy given by an interested member cannot be used on this item "
     "(unconfirmed rule): if it could, the tally would be possible."},
    {"VOTE-TALLY-EXCEEDS.proxies_not_recorded",
     "The tally records {recorded} {recorded|vote|votes} ({tally}) for {voters}: it needs "
     "{required} {required|proxy|proxies}, which the act does not record (CGCT L.3121-16). Vote "
     "delegations must appear in the minutes."},
    {"VOTE-TALLY-EXCEEDS.overflow",
     "The tally ({tally}) exceeds what can be computed: no assembly can cast so many votes."},
    {"VOTE-TALLY-SHORT",
     "The tally ({tally}) accounts for {voices} {voices_agreement|member|members} for {eligible} "
     "{eligible|voter|voters} present: {missing} present {missing|member is|members are} missing "
     "(left before the vote and then counted as abstaining, or an omitted column{npp_missing})."},
    {"VOTE-TALLY-SHORT.npp_not_recorded", "; no « not taking part » is recorded"},
    {"VOTE-TALLY-SHORT.quorum_in_doubt",
     " Counting only the members in the tally ({at_vote} {who}), the quorum of {required} may have "
     "been lost by the time of the vote."},
    {"VOTE-OUTCOME.mismatch", "The act states the deliberation {stated} but the tally ({tally}) "
                              "means it is {computed}, {why}."},
    {"VOTE-OUTCOME.stated_adopted", "adopted"},
    {"VOTE-OUTCOME.stated_rejected", "rejected"},
    {"VOTE-OUTCOME.computed_adopted", "adopted"},
    {"VOTE-OUTCOME.computed_rejected", "rejected"},
    {"VOTE-OUTCOME.by_majority", "by the majority of votes cast ({cast})"},
    {"VOTE-OUTCOME.by_casting_vote", "by the president's casting vote, cast for"},
    {"VOTE-OUTCOME.tie_president_not_pour",
     "the votes being tied and the president not having voted for"},
    {"VOTE-OUTCOME.no_votes_cast", "no vote being cast"},
    {"VOTE-OUTCOME.secret_ballot_tie",
     "the votes being tied in a secret ballot, read as a rejection by analogy with article "
     "L.2121-20 for communes (unconfirmed for départements, whose text has no exception to the "
     "casting vote)"},
    {"VOTE-OUTCOME.tie_president_vote_unknown",
     "The votes are tied ({tally}): the president's vote{president} is decisive (CGCT L.3121-15), "
     "but the act does not say how he or she voted; the stated outcome cannot be verified."},
    {"VOTE-OUTCOME.president_not_present",
     "The president of the meeting, {president}, {status}: the act is inconsistent about who "
     "presided, whose vote is decisive on a tie (CGCT L.3121-15)."},
    {"VOTE-OUTCOME.president_unlisted", "is in no attendance list"},
    {"VOTE-OUTCOME.president_without_voice", "is listed without a deliberative voice"},
    {"VOTE-OUTCOME.president_excused", "is listed as excused"},
    {"VOTE-OUTCOME.president_absent", "is listed as absent"},
    {"VOTE-PROXY-LIMIT.holder_multiple",
     "{holder} holds {held} vote delegations ({giver}) but a member may hold {limit} (CGCT "
     "L.3121-16{derogation}): {excess} {excess|delegation|delegations} not counted."},
    {"VOTE-PROXY-LIMIT.limit_one", "only 1"},
    {"VOTE-PROXY-LIMIT.limit", "only {max}"},
    {"VOTE-PROXY-LIMIT.covid_derogation", ", COVID-19 derogation"},
    {"VOTE-PROXY-LIMIT.giver_multiple",
     "{giver} gives {given} vote delegations for the same meeting; a member may delegate his or "
     "her vote to one other member only (CGCT L.3121-16): only the first is counted."},
    {"VOTE-PROXY-LIMIT.self",
     "{giver} is both the giver and the holder of the same vote delegation: a delegation is given "
     "to another member (CGCT L.3121-16); it is not counted."},
    {"VOTE-PROXY-LIMIT.giver_present",
     "{giver} gives a proxy to {holder} but is listed present: a delegation is given by a member "
     "prevented from attending (CGCT L.3121-16). If he or she left during the meeting, the minutes "
     "must say so; the proxy is not counted."},
    {"VOTE-PROXY-LIMIT.holder_not_present",
     "{holder}, who holds the proxy of {giver}, is not listed present: the delegation could not be "
     "used and is not counted."},
    {"VOTE-PROXY-LIMIT.person_not_listed",
     "The proxy from {giver} to {holder} names a person in no attendance list (misspelt name?); it "
     "is not counted."},
    {"VOTE-PROXY-LIMIT.without_voice",
     "The proxy from {giver} to {holder} involves a person without a deliberative voice, who can "
     "neither give nor hold a vote delegation; it is not counted."},
    {"VOTE-PROXY-INTERESTED.giver",
     "{giver}, interested in the item, gave a proxy to {holder}: it is assumed unusable on this "
     "item, the holder voting on behalf of an interested member (assumed rule, unconfirmed for "
     "départements); it is not counted."},
    {"VOTE-PROXY-INTERESTED.holder",
     "{holder}, interested in the item, holds the proxy of {giver}: he or she may not use it on "
     "this item, since his or her vote, own or delegated, would taint the deliberation; the act "
     "must show the giver's vote was not cast."},
    {"ATTENDANCE-DUPLICATE.conflicting",
     "{name} is listed {times} in the attendance ({lists:and}): the act contradicts itself on his "
     "or her presence or vote. Counted once, as {counted_as} (most favourable reading)"},
    {"ATTENDANCE-DUPLICATE.among", "{list}"},
    {"ATTENDANCE-DUPLICATE.decisive", "; in the opposite reading the quorum or the tally fails: "
                                      "the validity of the vote depends on which list is right."},
    {"ATTENDANCE-DUPLICATE.repeated", "{name} is listed {times} as {list}: a repetition with no "
                                      "effect on the counts (counted once)."},
    {"CP-DELEGATION-VISA",
     "The Commission permanente's deliberation does not cite the Conseil départemental's "
     "deliberation delegating powers to it (CGCT L.3211-2){although}: the Commission permanente's "
     "competence for this decision cannot be checked from the act. A missing visa does not by "
     "itself make the act illegal."},
    {"CP-DELEGATION-VISA.although_article", ", although it cites article L.3211-2"},
    {"DELIB-NUMBER.blank", "The deliberation's number is blank: the act must be identifiable "
                           "(register, transmission to the prefect, publication)."},
    {"DELIB-NUMBER.unreadable",
     "The deliberation's number « {printed} » cannot be read (parser: « {error} »)."},
    {"DELIB-NUMBER.year", "Number {number} {what} bears the year {year} but its date is "
                          "{date:iso}: the number or the date is probably wrong."},
    {"DELIB-NUMBER.of_deliberation", "of the deliberation"},
    {"DELIB-NUMBER.of_cited", "of the cited deliberation"},
    {"DELIB-NUMBER.of_authorisation", "of the authorising deliberation"},
    {"DELIB-DATES-ORDER.opinion_after",
     "The committee opinion is dated {date:iso}, after the meeting of {meeting:iso} it was to "
     "prepare: the date is probably wrong."},
    {"DELIB-DATES-ORDER.cited_after",
     "The cited act is dated {date:iso}, after the meeting of {meeting:iso}: an act can only cite "
     "earlier texts; the date or the visa is probably wrong."},
    {"DELIB-DATES-ORDER.deliberation_before",
     "The deliberation is {what} on {date:iso}, before the meeting of {meeting:iso} that adopts "
     "it: impossible, one of the dates is wrong."},
    {"DELIB-DATES-ORDER.signed", "signed"},
    {"DELIB-DATES-ORDER.transmitted", "transmitted to the prefect"},
    {"DELIB-DATES-ORDER.published", "published"},
    {"DELIB-DATES-ORDER.convention_before",
     "The convention is signed on {date:iso}, before the meeting of {meeting:iso} whose "
     "deliberation authorises its signature: the president could not sign it yet."},
    {"DELIB-DATES-ORDER.report_meeting",
     "The report is for the meeting of {date:iso} but the deliberation is adopted at the meeting "
     "of {meeting:iso}: the report must be the one submitted to that meeting."},
    {"DELIB-DATES-ORDER.same_number",
     "Deliberation no. {number} is dated {date:iso} here and {other_date:iso} elsewhere in the "
     "dossier: one of the dates is wrong."},
    {"DELIB-DATES-ORDER.numbers_inverted",
     "Deliberations no. {other_number} of {other_date:iso} and no. {number} of {date:iso} of the "
     "same body are numbered in the reverse order of their dates: a number or a date is probably "
     "wrong."},
    {"VISA-DUPLICATE.visa",
     "{document} cites the same visa {times} ({ranks:and}): « {text} ». No effect on legality "
     "(visas have no legal force of their own), but the repetition betrays a drafting error: check "
     "that another one was not meant in its place."},
    {"VISA-DUPLICATE.foundation",
     "{document} cites the same legal foundation {times} ({ranks:and}): « {text} ». No effect on "
     "legality (visas have no legal force of their own), but the repetition betrays a drafting "
     "error: check that another one was not meant in its place."},
    // ---- end assembly ----
    // ---- amounts ----
    // ---- end amounts ----
    // ---- convention ----
    // ---- end convention ----
    // ---- formal ----
    {"CONV-JURISDICTION.administrative",
     "The jurisdiction clause ({where}) names \"{named}\", whereas {competent}."},
    {"CONV-JURISDICTION.other_court",
     "The jurisdiction clause ({where}) names \"{named}\", which is not a tribunal "
     "administratif, whereas disputes over the convention belong to the administrative courts "
     "and {competent}."},
    {"CONV-JURISDICTION.competent",
     "the competent tribunal administratif for département {code} ({departement}), where the "
     "signing authority ({signatory}) has its seat, is the {expected} (CJA R.312-1 and "
     "R.221-3)"},
    {"CONV-JURISDICTION.unconfirmed",
     " Finding based on unconfirmed assumptions: the R.221-3 table as last amended by décret "
     "2009-945 (later amendments not checked) and the impossibility of derogating from these "
     "rules by contract."},
    {"CONV-JURISDICTION.signatory_unnamed", "la collectivité signataire"},
    // ---- end formal ----
    // ---- execution ----
    // ---- end execution ----
    // ---- extraction ----
    // ---- end extraction ----
    // ---- scdl ----
    // ---- end scdl ----
    // ---- csv ----
    // ---- end csv ----
    // ---- common ----
    {"phrase.text", "{text}"},
    {"phrase.date", "{value}"},
    {"phrase.date.long", "{value:long}"},
    {"phrase.date.weekday", "{value:weekday}"},
    {"phrase.date.numeric", "{value:numeric}"},
    {"phrase.date.iso", "{value:iso}"},
    {"phrase.amount", "{value}"},
    {"phrase.amount.prose", "{value:prose}"},
    {"phrase.days", "{count} {count|day|days}"},
    {"phrase.list", "{items}"},
    // ---- end common ----
};
// NOLINTEND(cert-err58-cpp)

// Amounts are written as in the acts (« 57 000,00 € »), whatever the language of the message.
std::string amount(const Euros& e, std::string_view style) {
    if (style.empty() || style == "cents")
        return e.to_string_fr(CentsStyle::always);
    if (style == "prose")
        return e.to_string_fr(CentsStyle::omit_if_zero);
    throw std::invalid_argument("unknown amount style « " + std::string(style) + " »");
}

std::string date(Date d, std::string_view style) {
    if (d.is_special())
        return "(unreadable date)";
    if (style.empty() || style == "iso")
        return format_date(d, DateStyle::iso);
    if (style == "numeric")
        return format_date(d, DateStyle::numeric);
    if (style == "long" || style == "weekday") {
        constexpr std::array<std::string_view, 12> months{
            "January", "February", "March",     "April",   "May",      "June",
            "July",    "August",   "September", "October", "November", "December"};
        constexpr std::array<std::string_view, 7> days{"Sunday",   "Monday", "Tuesday", "Wednesday",
                                                       "Thursday", "Friday", "Saturday"};
        const auto ymd = d.year_month_day();
        std::string out;
        if (style == "weekday")
            out.append(days[static_cast<std::size_t>(::subvention::detail::weekday_index(d))])
                .append(" ");
        out.append(std::to_string(ymd.day.as_number()))
            .append(" ")
            .append(months[static_cast<std::size_t>(ymd.month.as_number() - 1)])
            .append(" ")
            .append(std::to_string(static_cast<int>(ymd.year)));
        return out;
    }
    throw std::invalid_argument("unknown date style « " + std::string(style) + " »");
}

std::string list(const std::vector<std::string>& items, std::string_view style) {
    if (style.empty() || style == "and")
        return enumerate(items, "and");
    if (style == "or")
        return enumerate(items, "or");
    if (style == "comma") {
        std::string out;
        for (std::size_t i = 0; i < items.size(); ++i)
            out.append(i == 0 ? "" : ", ").append(items[i]);
        return out;
    }
    throw std::invalid_argument("unknown list style « " + std::string(style) + " »");
}

bool singular(std::int64_t n) {
    return n == 1 || n == -1;
}

constexpr Language language{Lang::en, entries, &amount, &date, &list, &singular};

} // namespace

const Language& language_en() noexcept {
    return language;
}

} // namespace subvention::compliance::detail
