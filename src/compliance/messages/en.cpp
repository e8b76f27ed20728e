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

#include "compliance/messages/language.hpp"

namespace subvention::compliance::detail {
namespace {

// NOLINTBEGIN(cert-err58-cpp): constant table
constexpr MessageEntry entries[] = {
    // ---- dossier ----
    {"DOSSIER-EMPTY",
     "The dossier holds no deliberation, no report and no convention: nothing could be checked, "
     "and the absence of other findings does not mean compliance."},
    {"DELIB-MISSING.not_joined",
     "The deliberation granting the subsidy is not in the dossier: the vote, the quorum and the "
     "authorisation to sign the convention cannot be verified"},
    {"DELIB-MISSING.signed", "; a signed convention must rest on an executory deliberation."},
    {"DELIB-MISSING.draft", " (not verifiable: deliberation not provided)."},
    {"DELIB-EXECUTORY.signature",
     "The convention was signed on {date}, before the deliberation authorising its signature was "
     "executory: {reasons:and}."},
    {"DELIB-EXECUTORY.payment",
     "The payment of {amount} of {date} was made before the deliberation granting the subsidy was "
     "executory: {reasons:and}."},
    {"DELIB-EXECUTORY.reason.transmission",
     "it was transmitted to the representative of the State only on {date}"},
    {"DELIB-EXECUTORY.reason.made_known", "it was published or notified only on {date}"},
    {"DELIB-EXECUTORY.signature_effect",
     " The deliberations of the conseil départemental and of its commission permanente are "
     "executory only once transmitted to the representative of the State and published or "
     "notified (CGCT art. L.3131-1 and L.3131-2). Signing a convention before the authorising "
     "deliberation is transmitted is a defect in the conditions in which the parties gave their "
     "consent; given the requirement of loyalty in contractual relations, that defect alone does "
     "not lead the judge to set the convention aside (CE, Ass., 28 December 2009, Commune de "
     "Béziers; CE, 10 December 2010, Communes d'Amigny-Rouy et de Servais). Conventions should be "
     "signed once these formalities are completed."},
    {"DELIB-EXECUTORY.payment_effect",
     " A subsidy may be paid only in execution of an executory decision (CGCT art. L.3131-1); the "
     "documents produced to the public accountant should be checked, subject to the consequences "
     "an early payment has on its regularity."},
    {"DELIB-EXECUTORY.unverifiable",
     "The dossier does not show that the deliberation was executory before {acts:and}: it lacks "
     "{missing:and}. The convention should be signed, and the subsidy paid, only once the "
     "deliberation has been transmitted to the representative of the State and published or "
     "notified (CGCT art. L.3131-1 and L.3131-2)."},
    {"DELIB-EXECUTORY.event.signature", "the signature of the convention on {date}"},
    {"DELIB-EXECUTORY.event.signature_blank", "the signature of the convention"},
    {"DELIB-EXECUTORY.event.payment", "the payment of {date}"},
    {"DELIB-EXECUTORY.missing.signature", "the signature date of the convention"},
    {"DELIB-EXECUTORY.missing.transmission",
     "the date the deliberation was transmitted to the representative of the State"},
    {"DELIB-EXECUTORY.missing.made_known", "the date the deliberation was published or notified"},
    {"PARTY-NAME-MISMATCH.abbreviation",
     "The beneficiary is named \"{name}\" ({document}) and \"{other}\" "
     "(convention): one name abbreviates the other, but no text of the dossier links them. It is "
     "likely the same person; the documents should nevertheless use the same name, or state the "
     "abbreviation."},
    {"PARTY-NAME-MISMATCH.different",
     "The beneficiary is named \"{name}\" ({document}) and \"{other}\" "
     "(convention): the documents do not designate the same person, or one of them names it "
     "wrongly; the convention must be concluded with the beneficiary of the decision."},
    // ---- end dossier ----
    // ---- assembly ----
    // a value in a local rule's message (local/rules_file.hpp): each language's form
    {"phrase.value", "{value}"},
    {"phrase.unverifiable.error",
     "Not verifiable on the text read ({finding}: fact not read or read in part; an error if "
     "the text confirmed it) — "},
    {"phrase.unverifiable.warning",
     "Not verifiable on the text read ({finding}: fact not read or read in part; a warning if "
     "the text confirmed it) — "},
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
    {"phrase.assembly.document_rapport", "The report"},
    {"phrase.assembly.document_convention", "The convention"},
    {"phrase.assembly.document_dossier", "The dossier"},
    {"phrase.assembly.rank", "no. {rank}"},
    {"VOTE-QUORUM.in_office_below_listed",
     "The number of members in office given ({in_office}) is smaller than the members with a "
     "deliberative voice listed in the attendance ({listed}): the quorum cannot be checked."},
    {"VOTE-QUORUM.counts_disagree_with_lists",
     "The counts given ({stated_present}{-stated_present_agreement} present, {stated_not_present} "
     "excused or absent) do not "
     "match the named lists ({listed_present} present, {listed_not_present} excused or absent): "
     "the quorum is computed on the counts, which should be reconciled with the lists."},
    {"VOTE-QUORUM.interested_above_present",
     "The counts give {interested} {interested_agreement|member|members} interested in the item "
     "for "
     "{present} {present_agreement|member|members} present: interested members are present members "
     "who "
     "withdraw, so these numbers contradict each other."},
    {"VOTE-QUORUM.proxies_above_not_present",
     "The counts give {proxies} {proxies_agreement|proxy|proxies} for {not_present} "
     "{not_present_agreement|member|"
     "members} excused or absent: only a member prevented from attending may delegate his vote "
     "(CGCT art. L.3121-16); the proxies beyond are not counted."},
    {"VOTE-QUORUM.not_met", "The quorum is not met for this item: {present} "
                            "{present_agreement|member|members} present{interested}{represented}, "
                            "i.e. {counted}, for {required} required ({regime}, counted {who})."},
    {"VOTE-QUORUM.not_counting_interested",
     " (not counting {interested} {interested|member|members} interested in the item)"},
    {"VOTE-QUORUM.and_represented", " and {represented} represented by proxy"},
    {"VOTE-QUORUM.one_third",
     "one third of the {in_office} members in office, by the COVID-19 derogation: {source}"},
    {"VOTE-QUORUM.absolute_majority", "an absolute majority of the {in_office} members in office"},
    {"VOTE-QUORUM.proxies_not_recorded",
     " The act records no proxies: the quorum is met only if at least {missing} excused or absent "
     "members gave one; check the minutes."},
    {"VOTE-QUORUM.covid_first_day",
     " The meeting is held on the first day of a COVID-19 derogation period: the derogation is "
     "applied subject to the text having come into force that day."},
    {"VOTE-QUORUM.met_with_represented",
     "The quorum is met only by counting represented members: {present} {present|member|members} "
     "present and {represented} represented by proxy for {required} required (one third of the "
     "{in_office} members in office, {source}). This count rests on the ordonnance n° 2020-391 of "
     "1 April 2020 as the parliamentary record describes it (members represented counted, "
     "Commission permanente included), whose text was not read; check it before relying on it."},
    {"VOTE-TALLY-EXCEEDS.voters",
     "{present} {present_agreement|member|members} present with a deliberative voice{of_whom}"},
    {"VOTE-TALLY-EXCEEDS.of_whom_interested",
     ", of whom {interested} interested in the item{names} and excluded from the vote, i.e. "
     "{eligible} {eligible_agreement|voter|voters} present"},
    {"VOTE-TALLY-EXCEEDS.valid_proxies", "{proxies} valid {proxies_agreement|proxy|proxies}"},
    {"VOTE-TALLY-EXCEEDS.at_most_proxies",
     "at most {proxies} {proxies_agreement|proxy|proxies} (the act records none; one per "
     "excused or absent member)"},
    {"VOTE-TALLY-EXCEEDS.votes",
     "The tally accounts for {recorded} {recorded|member|members} ({tally}) but at most {max} "
     "{max|member|members} could take part in the vote: {voters}, plus {proxies}."},
    {"VOTE-TALLY-EXCEEDS.voices",
     "The tally accounts for {recorded} {recorded|member|members} (votes and « not taking "
     "part »: {tally}) but at most {max} {max|member was|members were} present or represented: "
     "{present} {present|member|members} present with a deliberative voice, plus {proxies}."},
    {"VOTE-TALLY-EXCEEDS.excess",
     " The tally thus counts {excess} {excess|member|members} more than possible"},
    {"VOTE-TALLY-EXCEEDS.interested_counted_one", "; the interested member may have been counted"},
    {"VOTE-TALLY-EXCEEDS.interested_counted_many", "; interested members may have been counted"},
    {"VOTE-TALLY-EXCEEDS.unrecorded_proxies",
     "; the tally would need {required} {required|proxy|proxies}, which the act does not record"},
    {"VOTE-TALLY-EXCEEDS.unconfirmed",
     " This finding is subject to a proxy given by an interested member being unusable on this "
     "item: if it could be used, the tally would be possible."},
    {"VOTE-TALLY-EXCEEDS.proxies_not_recorded",
     "The tally accounts for {recorded} {recorded|member|members} ({tally}) for {voters}: it "
     "needs {required} {required|proxy|proxies}, which the act does not record (CGCT L.3121-16). "
     "Vote delegations must appear in the minutes."},
    {"VOTE-TALLY-EXCEEDS.overflow",
     "The tally ({tally}) exceeds what can be computed: no assembly can cast so many votes."},
    {"VOTE-TALLY-EXCEEDS.outcome_at_stake",
     " The excess reaches the margin between the votes for and against ({margin}): without it the "
     "outcome could differ. The defect may therefore have influenced the sense of the "
     "deliberation, which is open to annulment (CE Ass. 23 December 2011 Danthony); the minutes "
     "must establish the exact count."},
    {"VOTE-TALLY-EXCEEDS.quorum_at_stake",
     " The quorum is met only with {counted} {counted|member|members} counted for {required} "
     "required: if the members in excess are wrongly listed present, it was not. The defect may "
     "therefore have influenced the deliberation, which is open to annulment (CE Ass. 23 December "
     "2011 Danthony); the minutes must establish the exact attendance."},
    {"VOTE-TALLY-EXCEEDS.no_effect",
     " The discrepancy has no effect on the outcome: the excess is smaller than the margin of "
     "{margin} {margin|vote|votes} between the votes for and against, and the quorum is met "
     "without it, so it cannot have influenced the sense of the deliberation (CE Ass. 23 December "
     "2011 Danthony). It is most likely a material error: check the minutes and have the act "
     "rectified. This assumes the act's attendance lists are complete."},
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
    {"VOTE-OUTCOME.by_majority",
     "by the majority of votes cast ({cast}: votes for and against, abstentions "
     "and blank or void ballots excluded)"},
    {"VOTE-OUTCOME.by_casting_vote", "by the president's casting vote, cast for"},
    {"VOTE-OUTCOME.tie_president_not_pour",
     "the votes being tied and the president not having voted for"},
    {"VOTE-OUTCOME.no_votes_cast", "no vote being cast"},
    {"VOTE-OUTCOME.secret_ballot_tie",
     "the votes being tied in a secret ballot, read as a rejection by analogy with article "
     "L.2121-20 for communes, subject to the analogy holding for départements, whose text has no "
     "exception to the casting vote"},
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
    {"phrase.assembly.interested_case_law",
     "the rule the case law applies to départements (CE 6 June 1997 SERTIM), a deliberation is "
     "illegal when a member took part who had an interest in the item distinct from that of the "
     "generality of the inhabitants (CE 30 July 1941 Chauvin), where his or her participation "
     "could influence the vote (CE 16 December 1994 commune d'Oullins)"},
    {"phrase.assembly.interested_statute",
     "article L.3132-5 of the CGCT, created by loi n° 2025-1249 of 22 December 2025, deliberations "
     "are illegal when a member of the conseil départemental interested in the item took part, "
     "« soit en son nom personnel, soit comme mandataire »"},
    {"VOTE-PROXY-INTERESTED.giver",
     "{giver}, interested in the item, gave a proxy to {holder}. Under {basis}. The holder voting "
     "on behalf of an interested member, the proxy is treated as unusable on this item, subject to "
     "this extension to a proxy given being accepted for départements; it is not counted."},
    {"VOTE-PROXY-INTERESTED.holder",
     "{holder}, interested in the item, holds the proxy of {giver} and may not use it on this "
     "item. Under {basis}. The act must show the giver's vote was not cast."},
    {"ATTENDANCE-DUPLICATE.conflicting",
     "{name} is listed {times} in the attendance ({lists:and}): the act contradicts itself on that "
     "member's presence or vote. Counted once, as {counted_as} (most favourable reading)"},
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
    {"DELIB-NUMBER.format",
     "The deliberation's number « {number} » does not follow the numbering the collectivité "
     "declared (« {format} »): the number is probably mistyped."},
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
    {"GRANT-COMPETENCE.imputation",
     "The aid to « {beneficiary} » is imputed to {imputation}, chapter {chapter} « Action "
     "économique » (economic action), function {function} « {label} », and the dossier does not "
     "say whether the beneficiary carries on an economic activity. Since loi n° 2015-991 of "
     "7 August 2015 (NOTRe), the département acts only in the fields of competence the law "
     "assigns to it, notably the promotion of solidarity and territorial cohesion (CGCT "
     "L.3211-1), and the région alone decides on aid to enterprises (L.1511-2). If the "
     "beneficiary carries on an economic activity, the département may aid it only under an "
     "agreement with the région (L.1511-2) or, for business real estate, by delegation from a "
     "commune or an intermunicipal body with its own tax revenue (L.1511-3); otherwise, make sure "
     "the purpose of the action falls within a competence of the département and cite it in the "
     "act."},
    {"GRANT-COMPETENCE.enterprise",
     "{reason}: the aid may be an aid to an enterprise. Since loi n° 2015-991 of 7 August 2015 "
     "(NOTRe), the région alone defines aid schemes and decides on aid to enterprises (CGCT "
     "L.1511-2); the département, which acts only in the fields of competence the law assigns to "
     "it (L.3211-1), may take part only under an agreement with the région, by contributing to "
     "the aid the région has set up (L.1511-2), or grant aid for business real estate by "
     "delegation from a commune or an intermunicipal body with its own tax revenue (L.1511-3). "
     "Check that the aid falls within one of these exceptions and cite the agreement founding it "
     "in the act: otherwise the deliberation would be vitiated by lack of competence."},
    {"GRANT-COMPETENCE.company", "« {beneficiary} » is a company"},
    {"GRANT-COMPETENCE.economic_activity",
     "The dossier states that « {beneficiary} » carries on an economic activity"},
    {"GRANT-COMPETENCE.unconfirmed",
     " Subject to the wording of articles L.1511-2 and L.1511-3 as rewritten by loi NOTRe, read "
     "in the bill and in a secondary source, not in the code."},
    {"COI-ILLEGALITY.debate_and_vote",
     "The deliberation declares {member} interested in the item without stating that they took "
     "part neither in the debate nor in the vote: under {basis}, an interested member's "
     "participation in the vote makes the deliberation unlawful."},
    {"COI-ILLEGALITY.vote",
     "The deliberation declares {member} interested in the item and states that they took no "
     "part in the debate, but not that they took no part in the vote: under {basis}, an "
     "interested member's participation in the vote makes the deliberation unlawful."},
    {"COI-ILLEGALITY.debate",
     "The deliberation declares {member} interested in the item and states that they took no "
     "part in the vote, but not in the debate: under {basis}, taking part in the debate makes "
     "the deliberation unlawful when it could influence the outcome, which the act does not "
     "allow one to judge."},
    {"COI-INTERESTED-LIST.not_listed",
     "The deliberation states that {member}, interested in the item, took part neither in the "
     "debate nor in the vote, but does not list them among the interested members of the "
     "attendance: the count of voters and the quorum of the item wrongly include them."},
    {"COI-INTERESTED-LIST.no_statement",
     "The attendance lists {member} among the members interested in the item, but the "
     "deliberation does not state that they took part neither in the debate nor in the vote: the "
     "act does not establish that this member stayed out of the decision."},
    // ---- end assembly ----
    // ---- amounts ----
    // Places: a document and its section; what a place states (« the amount granted by … »).
    // English writes the preposition in the sentence: the cases `a` and `de` are the plain
    // phrase.
    {"phrase.amounts.section_note", " ({section})"},
    {"phrase.amounts.document.deliberation", "the deliberation{section}"},
    {"phrase.amounts.document.deliberation.de", "the deliberation{section}"},
    {"phrase.amounts.document.rapport", "the report{section}"},
    {"phrase.amounts.document.rapport.de", "the report{section}"},
    {"phrase.amounts.document.convention", "the convention{section}"},
    {"phrase.amounts.document.convention.de", "the convention{section}"},
    {"phrase.amounts.document.dossier", "the dossier{section}"},
    {"phrase.amounts.document.dossier.de", "the dossier{section}"},
    {"phrase.amounts.place.deliberation_grants", "the amount granted by {where}"},
    {"phrase.amounts.place.deliberation_grants.capitalized", "The amount granted by {where}"},
    {"phrase.amounts.place.deliberation_grants.a", "the amount granted by {where}"},
    {"phrase.amounts.place.deliberation_grants.de", "the amount granted by {where}"},
    {"phrase.amounts.place.deliberation_imputations",
     "the expense imputed in the table of {where}"},
    {"phrase.amounts.place.deliberation_imputations.capitalized",
     "The expense imputed in the table of {where}"},
    {"phrase.amounts.place.deliberation_imputations.a",
     "the expense imputed in the table of {where}"},
    {"phrase.amounts.place.deliberation_imputations.de",
     "the expense imputed in the table of {where}"},
    {"phrase.amounts.place.rapport_proposed_grants", "the amount proposed by {where}"},
    {"phrase.amounts.place.rapport_proposed_grants.capitalized", "The amount proposed by {where}"},
    {"phrase.amounts.place.rapport_proposed_grants.a", "the amount proposed by {where}"},
    {"phrase.amounts.place.rapport_proposed_grants.de", "the amount proposed by {where}"},
    {"phrase.amounts.place.rapport_budget",
     "the proposal of the report's imputation table{section}"},
    {"phrase.amounts.place.rapport_budget.capitalized",
     "The proposal of the report's imputation table{section}"},
    {"phrase.amounts.place.rapport_budget.a",
     "the proposal of the report's imputation table{section}"},
    {"phrase.amounts.place.rapport_budget.de",
     "the proposal of the report's imputation table{section}"},
    {"phrase.amounts.place.convention_ceilings",
     "{statements|the aid ceiling set by|the total of the aid ceilings set by} {where}"},
    {"phrase.amounts.place.convention_ceilings.capitalized",
     "{statements|The aid ceiling set by|The total of the aid ceilings set by} {where}"},
    {"phrase.amounts.place.convention_ceilings.a",
     "{statements|the aid ceiling set by|the total of the aid ceilings set by} {where}"},
    {"phrase.amounts.place.convention_ceilings.de",
     "{statements|the aid ceiling set by|the total of the aid ceilings set by} {where}"},
    {"phrase.amounts.place.rapport_operations",
     "{statements|the amount requested in|the total of the amounts requested in} {where}"},
    {"phrase.amounts.place.rapport_operations.capitalized",
     "{statements|The amount requested in|The total of the amounts requested in} {where}"},
    {"phrase.amounts.place.rapport_operations.a",
     "{statements|the amount requested in|the total of the amounts requested in} {where}"},
    {"phrase.amounts.place.rapport_operations.de",
     "{statements|the amount requested in|the total of the amounts requested in} {where}"},
    {"phrase.amounts.place.convention_payments", "the total of the payments scheduled by {where}"},
    {"phrase.amounts.place.convention_payments.capitalized",
     "The total of the payments scheduled by {where}"},
    {"phrase.amounts.place.convention_payments.a",
     "the total of the payments scheduled by {where}"},
    {"phrase.amounts.place.convention_payments.de",
     "the total of the payments scheduled by {where}"},
    {"phrase.amounts.place.other", "the amount stated by {where}"},
    {"phrase.amounts.place.other.capitalized", "The amount stated by {where}"},
    {"phrase.amounts.place.other.a", "the amount stated by {where}"},
    {"phrase.amounts.place.other.de", "the amount stated by {where}"},
    // Budget vocabulary.
    {"phrase.amounts.budget_section.fonctionnement", "operating"},
    {"phrase.amounts.budget_section.investissement", "investment"},
    {"phrase.amounts.appropriation.ap", "programme authorisations"},
    {"phrase.amounts.appropriation.ae", "commitment authorisations"},
    {"phrase.amounts.appropriation.cp", "payment credits"},
    // The beneficiary a subsidy is charged to (« charges a subsidy to an association … »).
    {"phrase.amounts.beneficiary.association", "an association"},
    {"phrase.amounts.beneficiary.association.named", "an association \"{name}\""},
    {"phrase.amounts.beneficiary.foundation", "a foundation"},
    {"phrase.amounts.beneficiary.foundation.named", "a foundation \"{name}\""},
    {"phrase.amounts.beneficiary.company", "a company"},
    {"phrase.amounts.beneficiary.company.named", "a company \"{name}\""},
    {"phrase.amounts.beneficiary.other", "a private legal person"},
    {"phrase.amounts.beneficiary.other.named", "a private legal person \"{name}\""},
    {"phrase.amounts.beneficiary.departement", "a département"},
    {"phrase.amounts.beneficiary.departement.named", "a département \"{name}\""},
    {"phrase.amounts.beneficiary.region", "a région"},
    {"phrase.amounts.beneficiary.region.named", "a région \"{name}\""},
    {"phrase.amounts.beneficiary.commune", "a commune"},
    {"phrase.amounts.beneficiary.commune.named", "a commune \"{name}\""},
    {"phrase.amounts.beneficiary.epci", "an EPCI"},
    {"phrase.amounts.beneficiary.epci.named", "an EPCI \"{name}\""},
    {"phrase.amounts.beneficiary.public_body", "a public body"},
    {"phrase.amounts.beneficiary.public_body.named", "a public body \"{name}\""},
    {"phrase.amounts.beneficiary.unknown", "a beneficiary"},
    {"phrase.amounts.beneficiary.unknown.named", "a beneficiary \"{name}\""},
    // A total or a difference that leaves the range of amounts ({what}: « the total … »).
    {"phrase.amounts.overflow",
     "Check not possible: computing {what} overflows the range of amounts "
     "(±92,233,720,368,547,758.07 €); the amounts entered must be verified."},
    {"BUDG-IMPUTATION.operation_code_pattern",
     "The operation code « {code} » {where} does not follow the pattern the collectivité "
     "declares ({pattern}){-error}. Operation codes have no national form, but this one does not "
     "designate an operation of the budget under the local nomenclature."},
    {"BUDG-IMPUTATION.blank",
     "The budget imputation of {where} is blank: it must be filled in before signature."},
    {"BUDG-IMPUTATION.revenue_account",
     "The imputation {imputation} of {where} charges the expense to nature {nature}, of class "
     "{class}: a subsidy paid is an expense (class 6) or an equipment subsidy (account 204)."},
    {"BUDG-IMPUTATION.capital_account",
     "The imputation {imputation} of {where} charges the expense to nature {nature}, of class "
     "{class}: a subsidy paid is an expense (class 6) or an equipment subsidy (account 204)."},
    {"BUDG-IMPUTATION.not_subsidy_account",
     "Nature {nature} of imputation {imputation} of {where} is not a subsidy account of the "
     "M57 nomenclature (656 participations, 657 operating subsidies, 204 equipment "
     "subsidies): the imputation should be checked."},
    {"BUDG-IMPUTATION.unknown_function",
     "Sub-function {function} of imputation {imputation} of {where} is not in the functional "
     "nomenclature of the M57 budget and accounting instruction: subject to an update of that "
     "nomenclature, the functional code should be checked."},
    {"BUDG-IMPUTATION.nonexistent",
     "The imputation \"{printed}\" of {where} designates an account or function that does not "
     "exist in the M57 nomenclature (field « {field} »{-error_kind}{-error})."},
    {"BUDG-IMPUTATION.unreadable",
     "The imputation \"{printed}\" of {where} cannot be read as nature/functional code (field « "
     "{field} »{-error_kind}{-error}); it cannot be verified."},
    {"BUDG-IMPUTATION.function_proposed",
     " The purpose of the subsidy (\"{word}\") designates function {function} \"{label}\": the "
     "imputation would be {imputation}."},
    {"BUDG-IMPUTATION.function_unknown",
     " The purpose of the subsidy, as the dossier states it, designates no function of this "
     "chapter: no function can be proposed."},
    {"BUDG-IMPUTATION.reserved_account",
     "The imputation {imputation} of {where} charges a subsidy to {beneficiary} to account "
     "{nature}{-label}, reserved to {reserved_to}: the expected account is {usual}."},
    {"BUDG-IMPUTATION.reserved_to_public", "public bodies"},
    {"BUDG-IMPUTATION.reserved_to_private", "private persons"},
    {"BUDG-IMPUTATION.unconfirmed_account",
     " Subject to the subdivision of this account in the M57 nomenclature in force, which its "
     "public reproductions do not detail."},
    {"BUDG-IMPUTATION.contribution_account",
     "The imputation {imputation} of {where} charges a subsidy to {beneficiary} to account "
     "{nature} (compulsory contributions){-label}, whereas a subsidy is an optional contribution "
     "(loi 2000-321 art. 9-1): the expected account is {usual}."},
    {"BUDG-IMPUTATION.participation_account",
     "The imputation {imputation} of {where} charges the subsidy to {beneficiary} to account "
     "{nature} (participations){-label}; the M57 nomenclature by nature puts operating "
     "subsidies to private persons under account 6574 and its subdivisions, here account "
     "{usual}. The classification should be checked with the finance department, subject to "
     "that nomenclature requiring this account for an aid the deliberation calls a "
     "participation{account_not_found}."},
    {"BUDG-IMPUTATION.usual_account_other_private", "{account}"},
    {"BUDG-IMPUTATION.account_not_found",
     ", and to the existence of account {nature}: the published M57 charts of accounts do not "
     "subdivide account 656 (participations)"},
    {"BUDG-SECTION.nature_chapter",
     "The imputation {imputation} of {where} pairs nature {nature} (class {class}, "
     "{nature_section} section) with functional chapter {chapter} ({chapter_section} section): "
     "nature and chapter must belong to the same section."},
    {"BUDG-SECTION.appropriation",
     "The line {imputation} of {where} is managed as {appropriation} on an {section} chapter: "
     "AP exist only in the investment section and AE only in the operating section (CGCT "
     "L.3312-4)."},
    {"BUDG-SECTION.ap", "a programme authorisation (AP)"},
    {"BUDG-SECTION.ae", "a commitment authorisation (AE)"},
    {"BUDG-CREDITS.exceeds",
     "The proposed expense of {proposed} on line {line} of {where} exceeds the {appropriation} "
     "available ({available}) by {shortfall}: it cannot be committed or paid beyond the credits "
     "opened. As credits are voted by chapter, not by operation (CGCT L.3312-3), the excess on "
     "the line may be covered within the chapter or by a budget amendment: check the chapter's "
     "credits before the commitment."},
    {"BUDG-CREDITS.available_above_voted",
     "On line {line} of {where}, the amount available ({available}) exceeds the credits voted "
     "({voted}): one of the two figures is wrong."},
    {"BUDG-CREDITS.overflow", "the excess over the credits of line {line}"},
    {"BUDG-BALANCE",
     "The balance printed on line {line} of {where}, {balance}, is not the amount available "
     "minus the proposal: {available} − {proposed} = {computed}."},
    {"BUDG-BALANCE.overflow", "the balance of line {line}"},
    {"AMOUNT-MISMATCH.differs",
     "{place}, {amount}, differs from {reference}, {reference_amount} (difference {gap})"},
    {"AMOUNT-MISMATCH.multiyear",
     ": if the grant spans several years, the difference may be other years' payment credits; "
     "to be checked."},
    {"AMOUNT-MISMATCH.must_agree", ": the documents must state the same amount."},
    {"AMOUNT-MISMATCH.overflow_deliberation_grants", "the total granted by the deliberation"},
    {"AMOUNT-MISMATCH.overflow_deliberation_imputations",
     "the total of the deliberation's imputation table"},
    {"AMOUNT-MISMATCH.overflow_rapport_proposed_grants", "the total proposed by the report"},
    {"AMOUNT-MISMATCH.overflow_rapport_budget", "the total of the report's imputation table"},
    {"AMOUNT-MISMATCH.overflow_difference", "the difference between the amounts"},
    {"AMOUNT-CEILINGS-SUM",
     "The per-action aid ceilings set by {where} ({terms} = {total}) do not add up to {granted}, "
     "{granted_amount}."},
    {"AMOUNT-CEILINGS-SUM.overflow_ceilings", "the total of the per-action aid ceilings"},
    {"AMOUNT-CEILINGS-SUM.overflow_difference",
     "the difference between the ceilings and the amount granted"},
    {"AMOUNT-REQUEST-SUM.below_proposal",
     "{requests}, {requested}, is lower than {proposal}, {proposed} (difference {gap}): the aid "
     "proposed exceeds the beneficiary's request, with no explanation in the dossier."},
    {"AMOUNT-REQUEST-SUM.above_proposal",
     "{requests}, {requested}, is higher than {proposal}, {proposed} (difference {gap}): the aid "
     "proposed is lower than the request."},
    {"AMOUNT-REQUEST-SUM.overflow_requests", "the total requested"},
    {"AMOUNT-REQUEST-SUM.overflow_difference", "the difference between request and proposal"},
    {"AMOUNT-WORDS.unreadable",
     "The amount in letters \"{words}\" of {place} cannot be read{-error_kind}{-error}: it does "
     "not confirm the amount in figures {amount}."},
    {"AMOUNT-WORDS.differs",
     "In {where}, the amount in letters \"{words}\" ({read}) differs from the amount in figures "
     "{amount}: the act states two different amounts for the same sum."},
    {"PAYMENT-EXCEEDS",
     "{payments}, {total}, exceeds {limit}, {limit_amount}, by {excess}: a payment beyond the "
     "amount granted would have no basis."},
    {"PAYMENT-EXCEEDS.overflow_payments", "the total of the scheduled payments"},
    {"PAYMENT-EXCEEDS.overflow_excess", "the excess of the payments"},
    {"PAYMENT-INCOMPLETE.none",
     "The convention schedules no payment: at the date of the act the law did not require "
     "payment terms, but nothing says when the aid is paid."},
    {"PAYMENT-INCOMPLETE.none_required",
     "The convention schedules no payment: nothing says when the aid is paid, whereas {text} "
     "requires the convention to define the payment terms."},
    {"PAYMENT-INCOMPLETE.below_aid",
     "{payments} amounts to {total} for {limit}, {limit_amount}: {missing} are covered by no "
     "payment"},
    {"PAYMENT-INCOMPLETE.balance_scheduled", "."},
    {"PAYMENT-INCOMPLETE.no_balance", " and no balance is scheduled."},
    {"PAYMENT-INCOMPLETE.no_balance_mentioned",
     " and no balance is scheduled, although the convention mentions one ({sections})."},
    {"PAYMENT-INCOMPLETE.overflow_unpaid", "the amount left unpaid"},
    {"PAYMENT-INCOMPLETE.no_date",
     "The payment of {amount} scheduled by {where} is due on a date that is not stated."},
    {"PAYMENT-INCOMPLETE.mentions",
     "The convention mentions {mentioned:and}, but its payment schedule{schedule} {provides}: "
     "these mentions have no object, or the schedule is incomplete."},
    {"PAYMENT-INCOMPLETE.mentioned_balance", "a balance ({sections})"},
    {"PAYMENT-INCOMPLETE.mentioned_advances", "instalments ({sections})"},
    {"PAYMENT-INCOMPLETE.provides_single", "provides only a single payment of {amount}"},
    {"PAYMENT-INCOMPLETE.provides_neither", "provides neither instalments nor a balance"},
    {"PAYMENT-INCOMPLETE.provides_no_advance", "provides no instalment"},
    {"PAYMENT-INCOMPLETE.provides_no_balance", "provides no balance"},
    {"BUDG-ANNEX-LIST",
     "The subsidy of {amount} granted to « {beneficiary} » {reason}: the body must appear in the "
     "list, annexed to the département's budget documents, of the bodies to which the "
     "département paid a subsidy above 75\u202F000\u00A0€ or representing more than 50% of the "
     "income "
     "shown in their income statement (CGCT L.3313-1, referring to article L.2313-1, 4° c)."},
    {"BUDG-ANNEX-LIST.amount", "exceeds {threshold:prose}"},
    {"BUDG-ANNEX-LIST.share",
     "represents more than half of the income of the body's last closed financial year "
     "({resources})"},
    {"BUDG-ANNEX-LIST.both",
     "exceeds {threshold:prose} and represents more than half of the income of the body's last "
     "closed financial year ({resources})"},
    {"BUDG-ANNEX-LIST.resources_unknown",
     " The dossier does not give the income shown in the body's income statement: the share of "
     "the subsidy in that income was not computed."},
    {"BUDG-ANNEX-LIST.share_below",
     " It represents at most half of the income of the body's last closed financial year "
     "({resources})."},
    {"BUDG-ANNEX-LIST.text_of_2015",
     " Subject to amendments of these articles after 2015 (loi NOTRe, M57 instruction, single "
     "financial statement), not verified."},
    {"PAYMENT-DEADLINE.late",
     "The payment of {amount} of {date} was made {days} {days|day|days} after the sixty-day "
     "period following the notification of the grant decision on {notification} expired: the "
     "subsidy was due by {deadline} at the latest, since the convention sets no other payment "
     "dates and does not make payment depend on a determined event (loi 2000-321 art. 10, as "
     "amended by loi n° 2021-875 of 1 July 2021)."},
    {"PAYMENT-DEADLINE.others",
     " The dossier records {count} other late {count|payment|payments}."},
    {"PAYMENT-DEADLINE.interest",
     " The delay does not affect the legality of the decision; it is a failing of the granting "
     "authority towards the beneficiary, subject to any default interest that may be owed."},
    {"PAYMENT-DEADLINE.unknown_notification",
     "The payment of {first} was made while the convention sets no other payment dates and does "
     "not make payment depend on a determined event: the subsidy was then due within sixty days "
     "of the notification of the grant decision (loi 2000-321 art. 10, as amended by loi "
     "n° 2021-875 of 1 July 2021). The dossier does not give the date of that notification, so "
     "whether the period was kept cannot be verified."},
    {"PAYMENT-DEADLINE.no_schedule",
     "The convention schedules no payment: unless the granting authority sets other payment "
     "dates or a determined event, the subsidy must be paid within sixty days of the "
     "notification of the grant decision (loi 2000-321 art. 10, as amended by loi n° 2021-875 of "
     "1 July 2021)."},
    {"PAYMENT-DEADLINE.no_trigger",
     "The convention's schedule does not set, for each payment, the date or the event that "
     "releases it: failing that, the subsidy must be paid within sixty days of the notification "
     "of the grant decision (loi 2000-321 art. 10, as amended by loi n° 2021-875 of 1 July "
     "2021)."},
    {"PAYMENT-DEADLINE.due",
     " The decision having been notified on {notification}, payment is due by {deadline} at the "
     "latest."},
    {"PAYMENT-DEADLINE.due_unknown",
     " The convention should state the date or the event of each payment, or the subsidy be paid "
     "within that period."},
    // ---- end amounts ----
    // ---- convention ----
    {"CONV-REQUIRED.one", "The {amount} subsidy granted to « {beneficiary} » exceeds"},
    {"CONV-REQUIRED.several",
     "The subsidies granted to « {beneficiary} »{year} ({amount} in total) together exceed"},
    {"CONV-REQUIRED.year", " for {year}"},
    {"CONV-REQUIRED.duty", "the {threshold} threshold above which a convention defining the "
                           "subsidy's object, amount and conditions of use is mandatory"},
    {"CONV-REQUIRED.not_attached",
     "{subsidy} {duty}; {authority} its signature ({section}), but the convention is not in the "
     "dossier: its existence and content could not be checked."},
    {"CONV-REQUIRED.deliberation_authorises", "the deliberation authorises"},
    {"CONV-REQUIRED.report_proposes", "the report proposes to authorise"},
    {"CONV-REQUIRED.form_unknown",
     "{subsidy} the {threshold} threshold and the dossier contains no convention; the "
     "beneficiary's legal form is not stated: if it is a private body, a convention is mandatory."},
    {"CONV-REQUIRED.aggregated",
     "{subsidy} {duty}, although none exceeds it alone, and the dossier contains no "
     "convention: subject to the threshold applying per beneficiary and per year, adding up "
     "the decisions, a convention is mandatory."},
    {"CONV-REQUIRED.missing",
     "{subsidy} {duty}, but the dossier contains no convention (private beneficiary: {form})."},
    {"CONV-CONTENT.required", "The convention does not define {what}, which {text} requires."},
    {"CONV-CONTENT.voluntary",
     "The convention does not define {what}, which {text} requires for mandatory conventions; "
     "the subsidy ({amount}) does not exceed the {threshold} threshold, the convention is "
     "voluntary but should state it."},
    {"CONV-CONTENT.good_practice",
     "The convention does not state {what}: article 10 of loi 2000-321 of 12 April 2000, in its "
     "wording applicable at the date of the act, does not require them, but without them when "
     "and on which conditions the subsidy is paid is undetermined (good practice)."},
    {"CONV-CONTENT.payment_terms_unsettled",
     " Subject to the text that added them to article 10 between 20 June 2014 and 1 January "
     "2016, which was not identified: they may already be required at the date of the act."},
    {"CONV-CONTENT.text_2021",
     "article 10, paragraph 4, of loi 2000-321 of 12 April 2000, as worded by loi 2021-875 of "
     "1 July 2021"},
    {"CONV-CONTENT.text_2016", "article 10, paragraph 4, of loi 2000-321 of 12 April 2000"},
    {"CONV-CONTENT.text_2001", "article 10, paragraph 3, of loi 2000-321 of 12 April 2000"},
    {"CONV-CONTENT.object", "the object of the subsidy"},
    {"CONV-CONTENT.amount", "the amount of the subsidy (no ceiling per action, no payment)"},
    {"CONV-CONTENT.conditions_of_use",
     "the conditions of use of the subsidy (no obligations of the beneficiary, no eligible "
     "expenses, no control, no final report)"},
    {"CONV-CONTENT.payment_terms", "the payment terms of the subsidy"},
    {"CONV-CONTENT.control_and_evaluation",
     "the terms of control and evaluation of the subsidy (no control clause, no final report)"},
    {"CONV-CONTENT.unspent_subsidy",
     "the conditions under which the beneficiary, a non-profit body, may keep all or part of a "
     "subsidy not entirely spent (no repayment clause)"},
    {"CONV-PERIOD.none",
     "The convention sets no period of application: the eligibility of expenses and the time "
     "limits counted from the convention's end cannot be determined."},
    {"CONV-PERIOD.blank", "The convention's period of application is incomplete: {which}; it must "
                          "be filled in before signature."},
    {"CONV-PERIOD.blank_both", "its start and end dates are blank"},
    {"CONV-PERIOD.blank_start", "its start date is blank"},
    {"CONV-PERIOD.blank_end", "its end date is blank"},
    {"CONV-PERIOD.reversed",
     "The convention's period of application ends on {end}, before it starts on {start}."},
    {"CONV-PERIOD.reversed_end_excluded", "The convention's period of application ends on {end} "
                                          "(excluded), before it starts on {start}."},
    {"CONV-PERIOD.outside",
     "The convention's period of application ({period}) lies entirely outside the year {year} "
     "{decision}: the convention does not implement the decision."},
    {"CONV-PERIOD.partly_outside",
     "The convention's period of application ({period}) {overflow:and}, the year {decision}: "
     "expenses outside that year are not covered by the decision, and the financial report is "
     "counted from the end of the {year} financial year."},
    {"CONV-PERIOD.period", "from {start} to {end}"},
    {"CONV-PERIOD.decision", "for which the subsidy is granted ({document}, {section})"},
    {"CONV-PERIOD.starts_before", "starts {days} {days|day|days} before 1 January {year}"},
    {"CONV-PERIOD.ends_after", "ends {days} {days|day|days} after 31 December {year}"},
    {"CONV-RETROACTIVE.starts_before_decision",
     "The convention's period of application starts on {start}, {days} {days|day|days} before "
     "the grant decision of {decision_date} ({document}){eligible}."},
    {"CONV-RETROACTIVE.eligible", "; expenses made during the period are eligible ({section}), "
                                  "including those made before the decision"},
    {"CONV-RETROACTIVE.unconfirmed",
     " Subject to a convention being able to make expenses prior to the decision eligible for "
     "a subsidy for the current year, as practice admits, such retroactivity is not unlawful "
     "per se; expenses made before the decision must however relate to the subsidised action."},
    {"CONV-TACIT-RENEWAL",
     "The convention provides for its tacit renewal: a subsidy cannot be renewed without a "
     "new decision of the deliberating assembly, which sets its amount within the annual "
     "budget vote (multi-year commitments require voted commitment authorisations, CGCT art. "
     "L.3312-4), and the convention must define the amount it governs (loi 2000-321 art. 10). "
     "Subject to a specific text allowing the tacit renewal of a subsidy, provide a new "
     "convention or an amendment per financial year instead."},
    {"CONV-REPORT-DEADLINE.not_computable",
     "The final report's deadline ({section}) cannot be computed: {reason}."},
    {"CONV-REPORT-DEADLINE.own_delay",
     "The final report's deadline written {where} ({stated}) does not match its own delay: "
     "{delay} after {event} ({start}) lead to {computed} (CPC art. 641)."},
    {"CONV-REPORT-DEADLINE.contradiction",
     "The convention sets the final report's deadline on {date} {where} and on {other_date} "
     "{other_where}: the two statements contradict each other."},
    {"CONV-REPORT-DEADLINE.later",
     "The final report's deadline set by the convention ({date}, {section}) is later than that of "
     "the financial report the law requires: six months after the end of the financial year the "
     "subsidy is granted for, {exercise}, i.e. {legal_date} (loi 2000-321 art. 10).{events} The "
     "financial report remains due on {legal_date}."},
    {"CONV-REPORT-DEADLINE.earlier",
     "The final report's deadline set by the convention ({date}, {section}) is earlier than that "
     "of the financial report the law requires, {legal_date}: six months after the end of the "
     "financial year the subsidy is granted for, {exercise} (loi 2000-321 art. 10).{events} The "
     "stricter contractual deadline binds the beneficiary."},
    {"CONV-REPORT-DEADLINE.exercise_calendar", "here the year {year}"},
    {"CONV-REPORT-DEADLINE.exercise_stated", "here the beneficiary's year ended {date}"},
    {"CONV-REPORT-DEADLINE.earmarked_assumed",
     " Subject to the subsidy being earmarked for a determined expense, the condition of this "
     "report: the convention sets no ceiling per action and no eligible expenses."},
    {"CONV-REPORT-DEADLINE.calendar_assumed",
     " Subject to the beneficiary's financial year being the calendar year: the dossier does not "
     "give its closing date."},
    {"CONV-REPORT-DEADLINE.other_event",
     " The convention counts its delay from {event} ({start}), the law from the end of the "
     "financial year ({legal_start})."},
    {"CONV-REPORT-DEADLINE.shift_only",
     " The difference is only that {legal_day} is not a working day: the legal deadline is "
     "kept on that date, subject to CPC art. 642, which would move it to the next working "
     "day, not applying to the financial report, which is not a procedural time limit."},
    {"CONV-REPORT-DEADLINE.legal_day", "{date}{-weekday}"},
    {"DEADLINE-NON-WORKING-DAY", "{date} is {day}: it is {what}."},
    {"DEADLINE-NON-WORKING-DAY.day", "a {weekday}"},
    {"DEADLINE-NON-WORKING-DAY.weekend_holiday", "a {weekday} and a public holiday ({holiday})"},
    {"DEADLINE-NON-WORKING-DAY.holiday", "a {weekday} and a public holiday ({holiday})"},
    {"DEADLINE-NON-WORKING-DAY.report_stated", "the final report's deadline set {stated:and}"},
    {"DEADLINE-NON-WORKING-DAY.report_computed",
     "the final report's deadline computed from the delay stipulated {computed:and}"},
    {"DEADLINE-NON-WORKING-DAY.report_stated_and_computed",
     "the final report's deadline set {stated:and} (also obtained from the delay stipulated "
     "{computed:and})"},
    {"DEADLINE-NON-WORKING-DAY.legal_report",
     "the legal deadline of the financial report (loi 2000-321 art. 10)"},
    {"DEADLINE-NON-WORKING-DAY.open_data", "the open-data publication deadline (décret 2017-779)"},
    {"DEADLINE-NON-WORKING-DAY.as_well_as", ", as well as {what}"},
    {"PUBLICATION-OPEN-DATA.duty",
     "The convention's essential data must be published as open data within three months after its "
     "signature (loi 2000-321 art. 10; décret 2017-779){amount}{population}"},
    {"PUBLICATION-OPEN-DATA.amount", ", the {amount} subsidy exceeding {threshold}"},
    {"PUBLICATION-OPEN-DATA.population", " (unless the granting authority has fewer than 3,500 "
                                         "inhabitants: its population is not in the dossier)"},
    {"PUBLICATION-OPEN-DATA.amount_unknown", " when the subsidy exceeds {threshold}; the amount "
                                             "granted being unknown, the duty cannot be assessed."},
    {"PUBLICATION-OPEN-DATA.signature_blank",
     "; the signature date being blank, the publication deadline cannot be computed."},
    {"PUBLICATION-OPEN-DATA.not_computable", "; the deadline cannot be computed: {reason}."},
    {"PUBLICATION-OPEN-DATA.due", ": signed on {signature}, it must be published by {deadline}."},
    {"PUBLICATION-OPEN-DATA.late",
     "The essential data of the convention signed on {signature} were published on {publication}, "
     "after the deadline of {deadline} (three months after signature, loi 2000-321 art. 10; décret "
     "2017-779){population}."},
    {"PUBLICATION-OPEN-DATA.shift_only",
     " {deadline_day}, the delay is found subject to CPC art. 642 not applying to this "
     "regulatory time limit, which is not a procedural one: if it applied, the publication "
     "would be in time."},
    {"PUBLICATION-OPEN-DATA.deadline_day", "{date} being a non-working day{-weekday}"},
    {"CONV-CER",
     "The convention does not mention the contrat d'engagement républicain (republican commitment "
     "contract) the {who} « {beneficiary} » must have signed when requesting the subsidy (loi "
     "2000-321 art. 10-1; décret 2021-1947, for requests filed from {in_force}). The convention "
     "itself is not legally required to mention it, but nothing in the dossier shows the "
     "commitment, whose breach requires the subsidy to be withdrawn: check that the request "
     "contains it (unless the body is approved or recognised of public utility, deemed to have "
     "signed it), or add a clause."},
    {"CONV-CER.request", " The request was filed on {date}."},
    {"CONV-CER.request_unknown",
     " Subject to the date of the request, which the dossier does not give: the date of the act "
     "({date}) stands in for it."},
    {"CONV-CER.association", "association"},
    {"CONV-CER.foundation", "foundation"},
    {"phrase.convention.at_article", "in {section}"},
    {"phrase.convention.at_section", "in section « {section} »"},
    {"phrase.convention.at_document", "in the document"},
    {"phrase.convention.document.deliberation", "deliberation"},
    {"phrase.convention.document.rapport", "report"},
    {"phrase.convention.document.convention", "convention"},
    {"phrase.convention.document.dossier", "dossier"},
    {"phrase.convention.event.convention_end", "the end of the convention"},
    {"phrase.convention.event.financial_year_end", "the end of the financial year"},
    {"phrase.convention.event.signature", "the signature"},
    {"phrase.convention.event.notification", "the notification"},
    {"phrase.convention.event.publication", "the publication"},
    {"phrase.convention.event.transmission", "the transmission"},
    {"phrase.convention.event.receipt", "the receipt"},
    {"phrase.convention.event.decision", "the decision"},
    {"phrase.convention.event.other", "another event"},
    {"phrase.convention.delay.days", "{count} {count|day|days}"},
    {"phrase.convention.delay.months", "{count} {count|month|months}"},
    {"phrase.convention.delay.years", "{count} {count|year|years}"},
    {"phrase.convention.weekday.sunday", "Sunday"},
    {"phrase.convention.weekday.monday", "Monday"},
    {"phrase.convention.weekday.tuesday", "Tuesday"},
    {"phrase.convention.weekday.wednesday", "Wednesday"},
    {"phrase.convention.weekday.thursday", "Thursday"},
    {"phrase.convention.weekday.friday", "Friday"},
    {"phrase.convention.weekday.saturday", "Saturday"},
    {"AID-STATE-MENTION.none",
     "{reason}: the aid may be a State aid, and neither the deliberation nor the convention "
     "states the regime under which it is granted (de minimis, block exemption or notified aid). "
     "De minimis aid requires the undertaking to be informed in writing of the amount of the aid "
     "and of its de minimis character, with express reference to the Regulation, its title and "
     "its publication reference in the Official Journal of the European Union ({regulation}): "
     "state the aid's regime in the act or in the convention."},
    {"AID-STATE-MENTION.partial",
     "{reason}: the aid is presented as de minimis aid, but {missing}. The undertaking must be "
     "informed in writing of the amount of the aid and of its de minimis character, with express "
     "reference to the Regulation, its title and its publication reference in the Official "
     "Journal of the European Union ({regulation}): complete the act or the convention."},
    {"AID-STATE-MENTION.missing_reference",
     "neither the deliberation nor the convention cites the applicable regulation"},
    {"AID-STATE-MENTION.missing_character",
     "neither the deliberation nor the convention states the de minimis character of the aid"},
    {"AID-STATE-MENTION.missing_both",
     "neither the deliberation nor the convention cites the applicable regulation or states the "
     "de minimis character of the aid"},
    {"AID-STATE-MENTION.regulation_2013", "Regulation (EU) No 1407/2013, Art. 6(1)"},
    {"AID-STATE-MENTION.regulation_2023", "Regulation (EU) 2023/2831, Art. 6"},
    {"AID-STATE-MENTION.activity",
     "The dossier states that « {beneficiary} » carries on an economic activity"},
    {"AID-STATE-MENTION.company",
     "« {beneficiary} » is a company, presumed to carry on an economic activity"},
    {"AID-STATE-MENTION.declared",
     "The aid to « {beneficiary} » is declared under Regulation (EU) {regulation}"},
    {"AID-STATE-MENTION.unverified",
     " Subject to the content of Article 6 of Regulation (EU) 2023/2831, not verified: the duty "
     "to inform applied is that of Article 6(1) of Regulation (EU) No 1407/2013, which it "
     "replaces."},
    {"CONV-PASS-ON",
     "The convention describes a redistribution of the subsidy by {beneficiary} to other bodies "
     "(« {text} ») but has no clause expressly authorising it. A subsidised body may not use all "
     "or part of the subsidy as subsidies to other associations, œuvres or enterprises « sauf "
     "lorsque cela est expressément prévu dans la convention » (CGCT art. L.1611-4)."},
    {"CONV-PASS-ON.others",
     " {count} other {count|passage|passages} of the convention {count|describes|describe} such a "
     "redistribution."},
    {"CONV-PASS-ON.advice",
     " Should that mention not be regarded as an express authorisation, the sums passed on would "
     "be used against the law and could be recovered. A clause expressly authorising the "
     "passing-on, naming its recipients, its amount and its conditions, should be added."},
    {"WORSHIP-FUNDING.cultuelle",
     "{beneficiary} is an association cultuelle: it may not, in any form whatsoever, receive a "
     "subsidy from the State, the départements or the communes (loi du 9 décembre 1905, art. 19), "
     "the Republic subsidising no religion (art. 2). The subsidy cannot be granted to it; only "
     "sums allotted for repairs to buildings used for public worship escape the ban."},
    {"WORSHIP-FUNDING.repairs",
     "{beneficiary} is an association cultuelle, which may receive no subsidy (loi du 9 décembre "
     "1905, art. 19); the convention is however about repairs or works, and sums allotted for "
     "repairs to buildings used for public worship are not regarded as subsidies. It should be "
     "checked that the sum is used for such repairs only, subject to the wording of article 19 "
     "as amended by loi n° 2021-1109 of 24 August 2021."},
    {"WORSHIP-FUNDING.worship",
     "The name of the beneficiary ({beneficiary}) or the purpose of the subsidy relates to the "
     "exercise of a "
     "religion (« {text} »): the Republic subsidises no religion (loi du 9 décembre 1905, art. 2). "
     "A body that also has a worship activity may be aided only for an action of general "
     "interest distinct from worship, and provided the subsidy does not fund worship, subject to "
     "the case law of the Conseil d'État of 2011 that allows it."},
    {"WORSHIP-FUNDING.no_clause",
     " The convention has no clause excluding the funding of worship activities: the subsidised "
     "activity should be checked and that exclusion stipulated."},
    {"WORSHIP-FUNDING.clause",
     " The convention excludes the funding of worship activities; it remains to check that the "
     "subsidised activity is distinct from them."},
    {"WORSHIP-FUNDING.local_law",
     "The granting authority is in département {code}, where the loi du 9 décembre 1905 does not "
     "apply (Bas-Rhin, Haut-Rhin, Moselle): the beneficiary {beneficiary} appearing to be linked "
     "to a religion, the subsidy is to be assessed under the local law of worship, subject to a "
     "review of that regime, which this check does not include."},
    {"DEADLINE-NON-WORKING-DAY.to_contractual", "to a deadline set by the convention"},
    {"DEADLINE-NON-WORKING-DAY.to_legal_report",
     "to the financial report, a statutory time limit that is not a procedural one"},
    {"DEADLINE-NON-WORKING-DAY.to_open_data",
     "to the publication of the essential data, a regulatory time limit that is not a "
     "procedural one"},
    {"DEADLINE-NON-WORKING-DAY.kept",
     " This date is kept, subject to CPC art. 642, which extends to the next working day a "
     "time limit expiring on a Saturday, a Sunday or a public holiday, not applying "
     "{which:and}: if it applied, the deadline would be {effective}."},
    {"DEADLINE-NON-WORKING-DAY.extended",
     " The deadline moves to {effective} (CPC art. 642), subject to that article applying "
     "{which:and}; otherwise it stays {date}, and the document is better delivered before "
     "that date."},
    {"DEADLINE-NON-WORKING-DAY.advice",
     " Better deliver the document before {date}, or stipulate a working day."},
    // ---- end convention ----
    // ---- formal ----
    {"CONV-JURISDICTION.derogation",
     "The jurisdiction clause ({where}) gives disputes to the \"{named}\", whereas {competent}. "
     "Article R.312-11, paragraph 2, of the code de justice administrative allows such a clause "
     "if the public interest does not object and it is in the original convention or in an "
     "avenant made before the dispute arose."},
    {"CONV-JURISDICTION.unknown_seat",
     "The jurisdiction clause ({where}) names \"{named}\", which is the seat of no tribunal "
     "administratif (CJA R.221-3): the clause must be corrected; failing that, {competent}."},
    {"CONV-JURISDICTION.other_court",
     "The jurisdiction clause ({where}) names \"{named}\", which is not a tribunal "
     "administratif, whereas disputes over the convention belong to the administrative courts "
     "and {competent}."},
    {"CONV-JURISDICTION.competent",
     "the tribunal administratif competent under article R.312-11, paragraph 1, of the code de "
     "justice administrative is that of the seat of the signing authority ({signatory}), in "
     "département {code} ({departement}): the {expected} (CJA R.221-3)"},
    {"CONV-JURISDICTION.unconfirmed",
     " Subject to the place where the convention is performed, which the dossier does not give "
     "(the tribunal of that place prevails over that of the seat), and to the R.221-3 table as "
     "last amended by décret 2009-945 (later amendments not checked)."},
    {"CONV-JURISDICTION.signatory_unnamed", "la collectivité signataire"},
    {"CONV-ARTICLE-NUMBERING.unnumbered",
     "The convention's article titled \"{title}\" (entry {entry} of the index) has no number."},
    {"CONV-ARTICLE-NUMBERING.duplicate",
     "Article number {number} of the convention is used again (\"{first_title}\", then "
     "\"{title}\"): references to article {number} are ambiguous."},
    {"CONV-ARTICLE-NUMBERING.out_of_order",
     "Article {number} of the convention comes after article {previous}: the articles are not in "
     "order."},
    {"CONV-ARTICLE-NUMBERING.gap_at_start",
     "The numbering of the convention's articles starts at article {number}: {missing}."},
    {"CONV-ARTICLE-NUMBERING.gap",
     "The numbering of the convention's articles jumps from article {previous} to article "
     "{number}: {missing}."},
    {"CONV-ARTICLE-NUMBERING.missing",
     "{count|article|articles} {numbers:and} {count|is missing|are missing}"},
    {"CONV-ARTICLE-NUMBERING.range", "{first} to {last}"},
    {"CONV-AUTHORISATION",
     "The convention states that the département's signatory is authorised by {cited}, whereas "
     "{actual}: without a deliberation authorising it, the signatory would lack authority to "
     "sign."},
    {"CONV-AUTHORISATION.cited", "a deliberation{number}{body}{date}"},
    {"CONV-AUTHORISATION.cited_number", " no. {number}"},
    {"CONV-AUTHORISATION.cited_body", " {body}"},
    {"CONV-AUTHORISATION.cited_date", " of {date:long}"},
    {"CONV-AUTHORISATION.actual", "the dossier's deliberation{number} was taken by {body}{date}"},
    {"CONV-AUTHORISATION.actual_number", " (no. {number})"},
    {"CONV-AUTHORISATION.actual_date", " on {date:long}"},
    {"CONV-BANK-DETAILS.blank",
     "The convention's bank {count|detail|details} {fields:and} ({section}) {count|is|are} left "
     "blank"},
    {"CONV-BANK-DETAILS.field_iban", "IBAN"},
    {"CONV-BANK-DETAILS.field_bic", "BIC"},
    {"CONV-BANK-DETAILS.field_domiciliation", "bank domiciliation"},
    {"CONV-BANK-DETAILS.field_holder", "account holder"},
    {"CONV-BANK-DETAILS.section_unnamed", "coordonnées bancaires"},
    {"CONV-BANK-DETAILS.signed",
     "{what} although the convention is signed: the public accountant cannot pay the aid into an "
     "undesignated account."},
    {"CONV-BANK-DETAILS.payments_one_field",
     "{what}; the payment of the aid ({payments} {payments|payment scheduled|payments scheduled}) "
     "depends on it: usual in a draft annexed to the deliberation, to be filled in, or a bank "
     "account statement (RIB) supplied, before payment."},
    {"CONV-BANK-DETAILS.payments_fields",
     "{what}; the payment of the aid ({payments} {payments|payment scheduled|payments scheduled}) "
     "depends on them: usual in a draft annexed to the deliberation, to be filled in, or a bank "
     "account statement (RIB) supplied, before payment."},
    {"CONV-BANK-DETAILS.draft",
     "{what}: usual in a draft annexed to the deliberation, to be filled in, or a bank account "
     "statement (RIB) supplied, before payment."},
    {"CONV-CROSS-REFERENCE.missing_target",
     "Article {from} of the convention refers to article {to}, which does not exist (the "
     "convention has {count} {count|article|articles}, the last one being article {last})."},
    {"CONV-CROSS-REFERENCE.wrong_target",
     "Article {from} of the convention refers to article {to} (\"{title}\") for {subject}, but "
     "that article does not deal with it: {where}."},
    {"CONV-CROSS-REFERENCE.dealt_with_nowhere",
     "no article of the convention deals with {subject}"},
    {"CONV-CROSS-REFERENCE.dealt_with_in",
     "{subject} is dealt with in article {article}{see_also}"},
    {"CONV-CROSS-REFERENCE.see_also", " (see also {count|article|articles} {articles:and})"},
    {"CONV-CROSS-REFERENCE.dealt_with_in_several",
     "{subject} is dealt with in articles {articles:and}"},
    {"CONV-INCOMPLETE.blank_draft", " (to be filled in before signature)"},
    {"CONV-INCOMPLETE.blank_signed", " on the signed copy"},
    {"CONV-INCOMPLETE.dossier_number",
     "The convention's number (\"Dossier n°\") is left blank{blank}."},
    {"CONV-INCOMPLETE.dossier_number_required",
     "The convention's number (\"Dossier n°\") is left blank{blank}, whereas the convention itself "
     "({where}) requires every communication to quote that number."},
    {"CONV-INCOMPLETE.where_unnamed", "la convention"},
    {"CONV-INCOMPLETE.signature_date",
     "The convention's signature date is left blank{blank}: the date on which the convention is "
     "concluded is not established."},
    {"CONV-INCOMPLETE.signatories",
     "The convention has {count} {count|signatory|signatories} instead of two, one for each "
     "party{blank}."},
    {"CONV-INCOMPLETE.signatory_name",
     "The name of signatory no. {number}{party} of the convention is left blank{blank}."},
    {"CONV-INCOMPLETE.party", " ({party})"},
    {"ID-LABEL.siret",
     "The number \"{value}\" is labelled {label} but has 14 digits: it is a SIRET "
     "number{validity}, which identifies an establishment (SIREN {siren}, NIC {nic})."},
    {"ID-LABEL.siren",
     "The number \"{value}\" is labelled {label} but has only 9 digits: it is a SIREN "
     "number{validity}, which identifies the legal person, not one of its establishments (a SIRET "
     "has 14 digits: SIREN and NIC)."},
    {"ID-LABEL.rna",
     "The number \"{value}\" is labelled {label} but has the shape of an RNA number (W followed by "
     "9 digits, national register of associations), not of a {label} number."},
    {"ID-LABEL.wrong_check_digit", " (with a wrong check digit)"},
    {"ID-LABEL.siren_digits", "{first}{second}{third}"},
    {"ID-CHECKSUM.number", "The {name} \"{value}\" {party} is invalid ({reason}{-error})."},
    {"ID-CHECKSUM.code", "The {name} \"{value}\" {party} is invalid ({reason}{-error})."},
    {"ID-CHECKSUM.reason.rib_key", "wrong French RIB key"},
    {"ID-CHECKSUM.reason.mod97", "wrong IBAN check digits (mod 97)"},
    {"ID-CHECKSUM.reason.luhn", "wrong Luhn check digit"},
    {"ID-CHECKSUM.reason.la_poste_sum", "La Poste SIRET whose digit sum is not a multiple of 5"},
    {"ID-CHECKSUM.reason.siren_part", "its SIREN part fails the Luhn check"},
    {"ID-CHECKSUM.reason.format", "a character or layout the identifier does not allow"},
    {"ID-CHECKSUM.reason.length", "wrong number of characters"},
    {"ID-CHECKSUM.reason.component", "unknown part, such as the country code"},
    {"ID-CHECKSUM.reason.other", "an invalid identifier{-error_kind}"},
    {"phrase.formal.of_party.beneficiary", "of the beneficiary"},
    {"phrase.formal.of_party.grantor", "of the signing collectivité"},
    {"phrase.formal.of_party.collectivite", "of the collectivité"},
    {"phrase.formal.of_party.bank_details", "of the bank account"},
    {"phrase.formal.body.commission_permanente", "the Commission permanente"},
    {"phrase.formal.body.conseil_departemental", "the Conseil départemental"},
    {"phrase.formal.of_body.commission_permanente", "of the Commission permanente"},
    {"phrase.formal.of_body.conseil_departemental", "of the Conseil départemental"},
    {"phrase.formal.subject.object", "the object of the convention"},
    {"phrase.formal.subject.actions", "the funded actions"},
    {"phrase.formal.subject.period", "the period of application"},
    {"phrase.formal.subject.obligations", "the beneficiary's obligations"},
    {"phrase.formal.subject.meetings", "the follow-up meetings"},
    {"phrase.formal.subject.communication", "communication"},
    {"phrase.formal.subject.professional_secrecy", "professional secrecy"},
    {"phrase.formal.subject.purchases", "purchases"},
    {"phrase.formal.subject.eligible_expenses", "eligible expenses"},
    {"phrase.formal.subject.intellectual_property", "intellectual property"},
    {"phrase.formal.subject.conflict_of_interest", "conflicts of interest"},
    {"phrase.formal.subject.control", "control"},
    {"phrase.formal.subject.amount", "the amount of the aid"},
    {"phrase.formal.subject.payment", "the payment terms"},
    {"phrase.formal.subject.final_report", "the final report"},
    {"phrase.formal.subject.bank_details", "the bank details"},
    {"phrase.formal.subject.amendment", "amendments"},
    {"phrase.formal.subject.renunciation", "renunciation"},
    {"phrase.formal.subject.termination", "termination"},
    {"phrase.formal.subject.reimbursement", "repayment"},
    {"phrase.formal.subject.jurisdiction", "the competent court"},
    {"phrase.formal.subject.state_aid", "State aid"},
    {"phrase.formal.subject.republican_commitment", "the contrat d'engagement républicain"},
    {"phrase.formal.subject.other", "this subject"},
    // Where French contracts « de » with the article (« ne traite du »): no preposition here.
    {"phrase.formal.of_subject.object", "the object of the convention"},
    {"phrase.formal.of_subject.actions", "the funded actions"},
    {"phrase.formal.of_subject.period", "the period of application"},
    {"phrase.formal.of_subject.obligations", "the beneficiary's obligations"},
    {"phrase.formal.of_subject.meetings", "the follow-up meetings"},
    {"phrase.formal.of_subject.communication", "communication"},
    {"phrase.formal.of_subject.professional_secrecy", "professional secrecy"},
    {"phrase.formal.of_subject.purchases", "purchases"},
    {"phrase.formal.of_subject.eligible_expenses", "eligible expenses"},
    {"phrase.formal.of_subject.intellectual_property", "intellectual property"},
    {"phrase.formal.of_subject.conflict_of_interest", "conflicts of interest"},
    {"phrase.formal.of_subject.control", "control"},
    {"phrase.formal.of_subject.amount", "the amount of the aid"},
    {"phrase.formal.of_subject.payment", "the payment terms"},
    {"phrase.formal.of_subject.final_report", "the final report"},
    {"phrase.formal.of_subject.bank_details", "the bank details"},
    {"phrase.formal.of_subject.amendment", "amendments"},
    {"phrase.formal.of_subject.renunciation", "renunciation"},
    {"phrase.formal.of_subject.termination", "termination"},
    {"phrase.formal.of_subject.reimbursement", "repayment"},
    {"phrase.formal.of_subject.jurisdiction", "the competent court"},
    {"phrase.formal.of_subject.state_aid", "State aid"},
    {"phrase.formal.of_subject.republican_commitment", "the contrat d'engagement républicain"},
    {"phrase.formal.of_subject.other", "this subject"},
    // ---- end formal ----
    // ---- execution ----
    {"BUDGET-UNBALANCED",
     "The forecast budget of action {action} does not balance: {gaps} (CERFA 12156)."},
    {"BUDGET-UNBALANCED.deficit",
     "charges ({charges:iso}) and resources ({resources:iso}) differ by {gap:iso}"},
    {"BUDGET-UNBALANCED.surplus",
     "charges ({charges:iso}) and resources ({resources:iso}) differ by -{gap:iso}"},
    {"BUDGET-UNBALANCED.in_kind",
     "contributions in kind used (86, {used:iso}) and received (87, {received:iso}) differ"},
    {"BUDGET-UNBALANCED.both", "{totals}; {in_kind}"},
    {"BUDGET-UNBALANCED.overflow",
     "The totals of the forecast budget of action {action} overflow: balance not checked."},
    {"SETTLE-OVERPAYMENT.above_ceiling",
     "The payments made, {paid:iso} EUR, exceed the convention's ceiling of the aid, "
     "{ceiling:iso} EUR, by {excess:iso} EUR: that sum is to be repaid (convention, art. 7 "
     "and 12)."},
    {"SETTLE-OVERPAYMENT.above_final_grant_reduced",
     "The payments made, {paid:iso} EUR, exceed the final grant computed from the final "
     "report, {final_grant:iso} EUR, by {to_recover:iso} EUR."},
    {"SETTLE-OVERPAYMENT.above_final_grant_ceilings",
     "The payments made, {paid:iso} EUR, exceed the final grant computed from the final "
     "report, {final_grant:iso} EUR, by {to_recover:iso} EUR."},
    {"SETTLE-REPORT-LATE.late",
     "The final report was sent on {sent:iso}, {days} {days|day|days} after its deadline "
     "({due:iso}): the reimbursement of all sums paid may be demanded (convention, art. 12)."},
    {"SETTLE-REPORT-LATE.on_time_by_shift",
     "The final report, sent on {sent:iso}, is on time only because the deadline of "
     "{nominal:iso} moves to {due:iso} (CPC art. 642), subject to that article applying to "
     "this contractual time limit."},
    {"SETTLE-REPORT-LATE.missing",
     "The final report has not been sent although its deadline ({due:iso}) has passed{-as_of}: the "
     "reimbursement of all sums paid may be demanded (convention, art. 12)."},
    {"SETTLE-INELIGIBLE-EXPENSE", "The expense \"{label}\" ({when}, {amount:iso} EUR) is "
                                  "ineligible: {reasons:and}; it is left out of the settlement."},
    {"SETTLE-INELIGIBLE-EXPENSE.dated", "{date:iso}"},
    {"SETTLE-INELIGIBLE-EXPENSE.undated", "no date"},
    {"SETTLE-INELIGIBLE-EXPENSE.reason.before_period",
     "before the start of the convention's period"},
    {"SETTLE-INELIGIBLE-EXPENSE.reason.after_period", "after the end of the convention's period"},
    {"SETTLE-INELIGIBLE-EXPENSE.reason.no_action", "attached to no action"},
    {"SETTLE-INELIGIBLE-EXPENSE.reason.unknown_action",
     "attached to an action absent from the convention"},
    {"SETTLE-INELIGIBLE-EXPENSE.reason.not_positive", "zero or negative amount"},
    {"SETTLE-INELIGIBLE-EXPENSE.reason.in_kind",
     "voluntary contribution in kind (account 86), not paid out"},
    {"SETTLE-INELIGIBLE-EXPENSE.reason.rejected",
     "rejected when checking that the service was done"},
    {"SETTLE-INELIGIBLE-EXPENSE.reason.rejected_because",
     "rejected when checking that the service was done{-rejection}"},
    {"AID-DEMINIMIS.not_applicable",
     "The aid of {amount} is declared de minimis under Regulation {regulation}{-title}, which does "
     "not apply on the decision date ({date:iso}){-reason}."},
    {"AID-DEMINIMIS.exceeds",
     "The de minimis aid of {amount} decided on {date:iso} exceeds the ceiling of Regulation "
     "{regulation} ({ceiling}; {cumulated} already granted {window}){-reasons}; headroom "
     "{headroom}{returns}. None of the aid may benefit from the regulation."},
    {"AID-DEMINIMIS.fits_from", "; the amount fits again from {date:iso}"},
    {"AID-DEMINIMIS.never_fits", "; it does not fit before 2031"},
    {"AID-DEMINIMIS.overflow", "the cumulated aid"},
    {"BENEFICIARY-AUDIT",
     "The association « {beneficiary} » receives from the département a subsidy in money of "
     "{amount}; {total} exceeds the threshold of {threshold:prose} (code de commerce, art. "
     "D.612-5). An association that receives each year from administrative authorities "
     "subsidies in money whose total exceeds this threshold must draw up annual accounts "
     "comprising a balance sheet, an income statement and notes, appoint at least one statutory "
     "auditor (commissaire aux comptes) and an alternate, and publish its annual accounts and "
     "the auditor's report on the website of the Direction des Journaux officiels (code de "
     "commerce, art. L.612-4; décret n° 2009-540 of 14 May 2009, art. 1). Make sure the "
     "association knows it; the convention may recall these duties."},
    {"BENEFICIARY-AUDIT.with_others",
     "with the other public subsidies of the year the dossier states ({others}), the total of "
     "{total}"},
    {"BENEFICIARY-AUDIT.grant_only", "this subsidy alone"},
    {"BENEFICIARY-AUDIT.others_unknown",
     " The dossier does not give the other public subsidies received in the year: only the "
     "département's subsidy was counted."},
    {"BENEFICIARY-AUDIT.reserve",
     " Subject to the subsidy being received in the year it is granted, and to the current "
     "wording of the second paragraph of article L.612-4 (statutory auditor), read in its 2005 "
     "version."},
    {"SETTLE-OVERPAYMENT.to_recover",
     " {to_recover:iso} EUR are to be recovered by a recovery order (titre de perception; "
     "convention, art. 12)."},
    {"SETTLE-OVERPAYMENT.kept_all",
     " The convention ({section}) lets the body keep up to {kept:iso} EUR of a subsidy not "
     "entirely spent (loi 2000-321 art. 10 al. 4, as amended by loi 2021-875 of 1 July 2021): "
     "the difference being due only to unused sums, the clause covers it and no repayment is "
     "to be demanded."},
    {"SETTLE-OVERPAYMENT.kept_part",
     " The convention ({section}) lets the body keep up to {kept:iso} EUR of a subsidy not "
     "entirely spent (loi 2000-321 art. 10 al. 4, as amended by loi 2021-875 of 1 July 2021): "
     "the difference being due only to unused sums, only the rest, {due:iso} EUR, is to be "
     "recovered by a recovery order (convention, art. 12)."},
    {"SETTLE-OVERPAYMENT.kept_unknown",
     " The convention ({section}) lets the body keep all or part of a subsidy not entirely "
     "spent (loi 2000-321 art. 10 al. 4, as amended by loi 2021-875 of 1 July 2021); {why}: "
     "repayment is to be demanded, up to {to_recover:iso} EUR, only for the part the clause "
     "does not cover."},
    {"SETTLE-OVERPAYMENT.kept_not_stated",
     "the dossier does not state the covered part as an amount, so it cannot be determined"},
    {"SETTLE-OVERPAYMENT.kept_other_grounds",
     "the difference being also due to ineligible expenses or to the cap at the deficit, the "
     "covered part cannot be determined"},
    {"SETTLE-OVERPAYMENT.withdrawal",
     " The recovery rests on the convention and on the withdrawal of the grant decision to "
     "that extent, which CRPA art. L.242-2 2° allows at any time when the conditions of the "
     "grant were not met; the withdrawal is a reasoned decision, taken after the body has "
     "been able to present its observations (CE, 4 October 2021, n° 438695)."},
    {"SETTLE-REPORT-LATE.late_unless_shift",
     "The final report was sent on {sent:iso}, {days} {days|day|days} after its deadline "
     "({due:iso}): the reimbursement of all sums paid may be demanded (convention, art. 12). "
     "This lateness is found subject to CPC art. 642 not applying to this contractual time "
     "limit: if it applied, the deadline would move to {shifted:iso} and the report would be "
     "on time."},
    // ---- end execution ----
    // ---- extraction ----
    {"EXTRACT-NOT-TEXT.pdf", "{file}the file is a PDF: convert it to text (pdftotext)"},
    {"EXTRACT-NOT-TEXT.zip",
     "{file}the file is a ZIP archive (Word .docx, OpenDocument .odt…): save it as plain text"},
    {"EXTRACT-NOT-TEXT.ole",
     "{file}the file is a Word or Excel document (old .doc, .xls format): save it as plain "
     "text"},
    {"EXTRACT-NOT-TEXT.binary", "{file}the file holds zero bytes: it is not a text file"},
    {"EXTRACT-ENCODING",
     "{file}the text is not UTF-8{first_byte}: detected encoding {encoding}, converted to "
     "UTF-8 for reading; span columns count bytes of the converted text"},
    {"EXTRACT-ENCODING.first_byte", " (first non-UTF-8 byte: {byte}, line {line})"},
    {"EXTRACT-TRACKED-CHANGES",
     "{file}the document holds {count} tracked {count|change|changes} not accepted "
     "({insertions} {insertions|insertion|insertions}, {deletions} "
     "{deletions|deletion|deletions}; first: {place}{excerpt}): the text is read with the "
     "changes accepted, inserted text kept and deleted text left out; have them accepted or "
     "rejected before signature"},
    {"EXTRACT-COMMENTS",
     "{file}the document holds {count} {count|comment|comments} (first: {place}{excerpt}), "
     "not part of the text read: check that {count|it is|they are} resolved before signature"},
    {"EXTRACT-PDF-NO-TEXT",
     "{file}the PDF ({pages} {pages|page|pages}) has no text, or almost none: it is most "
     "likely a scanned document, unreadable without optical character recognition (OCR, "
     "e.g. ocrmypdf); ask for the original PDF or run it through OCR"},
    {"EXTRACT-PDF-NO-TEXT.pages",
     "{file}{count} {count|page|pages} of the PDF's {pages} {count|has|have} no text (first: "
     "page {page}): most likely scanned pages (signatures, annexes), not read without optical "
     "character recognition (OCR)"},
    {"EXTRACT-NO-DOCUMENT",
     "no document found in the text: no deliberation, report or convention heading"},
    {"EXTRACT-DOCUMENT-REPEATED", "a second {document} starts here; only the first one is read"},
    {"EXTRACT-DOCUMENT-ABSENT", "no {document} in the text"},
    {"EXTRACT-CONVENTION-PARTY-ADDRESS", "address of the party « {party} » not found"},
    {"EXTRACT-CONVENTION-REPRESENTATIVE", "representative of « {party} » not found"},
    {"EXTRACT-CONVENTION-AUTHORISATION", "authorising deliberation not found"},
    {"EXTRACT-CONVENTION-SERVICE", "issuing service not found (lines above « CONVENTION »)"},
    {"EXTRACT-CONVENTION-OBJECT", "object of the convention not found (« Objet : … »)"},
    {"EXTRACT-CONVENTION-DOSSIER-NUMBER", "dossier number line not found (« Dossier n° »)"},
    {"EXTRACT-CONVENTION-GRANTOR", "grantor party (« Entre … d'une part ») not found"},
    {"EXTRACT-CONVENTION-BENEFICIARY", "beneficiary party (« Et … d'autre part ») not found"},
    {"EXTRACT-CONVENTION-IDENTIFIER", "beneficiary identifier not found (SIRET, SIREN or RNA)"},
    {"EXTRACT-CONVENTION-VISAS", "no visa (« Vu … ») in the convention"},
    {"EXTRACT-CONVENTION-ARTICLES", "no article (« Article 1 : … ») in the convention"},
    {"EXTRACT-CONVENTION-ACTIONS", "article describing the supported actions not found"},
    {"EXTRACT-CONVENTION-CEILING", "ceiling of action {action} not found"},
    {"EXTRACT-CONVENTION-BANK-DETAILS", "bank details not found (« IBAN : … »)"},
    {"EXTRACT-CONVENTION-SIGNATURE", "place and date of signature not found (« Fait à …, le … »)"},
    {"EXTRACT-CONVENTION-SIGNATORIES", "signatories not found (« Pour … »)"},
    {"EXTRACT-CONVENTION-COPIES", "number of original copies not found"},
    {"EXTRACT-CONVENTION-PAGE-COUNT", "page count not found"},
    {"EXTRACT-CONVENTION-PERIOD", "period of application not found (« du … au … »)"},
    {"EXTRACT-CONVENTION-TACIT-RENEWAL", "no clause on tacit renewal"},
    {"EXTRACT-CONVENTION-MEETINGS", "no meeting obligation (steering committees)"},
    {"EXTRACT-CONVENTION-FINAL-REPORT", "deadline of the final report not found"},
    {"EXTRACT-CONVENTION-PAYMENTS", "no payment (« Un versement de … € … »)"},
    {"EXTRACT-CONVENTION-PAYING-ACCOUNTANT", "paying accountant not found"},
    {"EXTRACT-CONVENTION-TERMINATION", "no termination clause"},
    {"EXTRACT-CONVENTION-REIMBURSEMENT", "no reimbursement clause"},
    {"EXTRACT-CONVENTION-JURISDICTION", "no jurisdiction clause"},
    {"EXTRACT-DELIB-COLLECTIVITE", "collectivité not found at the top of the deliberation"},
    {"EXTRACT-DELIB-DEPARTEMENT-CODE", "département code not deduced from the name{-name}"},
    {"EXTRACT-DELIB-MEETING-DATE", "meeting date not found"},
    {"EXTRACT-DELIB-PRESIDENT", "president of the meeting not found"},
    {"EXTRACT-DELIB-SECRETARY", "secretary not found"},
    {"EXTRACT-DELIB-ATTENDANCE.not_found", "list of members present not found"},
    {"EXTRACT-DELIB-ATTENDANCE.not_understood",
     "attendance not understood ({field}){-error}{-value}"},
    {"EXTRACT-DELIB-ATTENDANCE.partial",
     "list of members present read in another collectivité's template; the lists of excused, "
     "absent and non-voting members are not read there: attendance, quorum and vote findings "
     "cannot be verified"},
    {"EXTRACT-DELIB-PROXY", "proxy not understood{-text}"},
    {"EXTRACT-DELIB-NUMBER.not_found", "deliberation number not found"},
    {"EXTRACT-DELIB-NUMBER.unreadable", "deliberation number not understood{-number}{-error}"},
    {"EXTRACT-DELIB-TITLE", "title of the deliberation not found"},
    {"EXTRACT-DELIB-VISAS", "no visa found"},
    {"EXTRACT-DELIB-VISA-KIND", "visa of unknown kind, kept as text{-text}"},
    {"EXTRACT-DELIB-INTEREST", "interested member not understood{-name}"},
    {"EXTRACT-DELIB-ARTICLES", "no article found"},
    {"EXTRACT-DELIB-GRANT", "no grant decision found"},
    {"EXTRACT-DELIB-BENEFICIARY", "beneficiary not found between « »"},
    {"EXTRACT-DELIB-GRANT-AMOUNT", "amount of the grant not found in {section}"},
    {"EXTRACT-DELIB-IMPUTATION.no_readable_row", "imputation table without a readable row"},
    {"EXTRACT-DELIB-IMPUTATION.no_amount", "imputation row without an amount{-row}"},
    {"EXTRACT-DELIB-TALLY.not_found", "voting conditions not found"},
    {"EXTRACT-DELIB-TALLY.missing", "vote tally missing"},
    {"EXTRACT-DELIB-TALLY.not_understood", "vote tally not understood{-error}"},
    {"EXTRACT-DELIB-OUTCOME", "stated outcome not found"},
    {"EXTRACT-DELIB-SIGNATURE-DATE", "signature date left blank"},
    {"EXTRACT-DELIB-SIGNATURE", "place and date of signature not found"},
    {"EXTRACT-DELIB-SIGNATORY", "signatory not found"},
    {"EXTRACT-RAPPORT-EMPTY", "the report holds no readable line"},
    {"EXTRACT-RAPPORT-FOUNDATIONS.not_found", "no « Fondements juridiques » section"},
    {"EXTRACT-RAPPORT-FOUNDATIONS.empty", "empty « Fondements juridiques » section"},
    {"EXTRACT-RAPPORT-FOUNDATION", "legal foundation not understood (text kept): « {text} »"},
    {"EXTRACT-RAPPORT-CONTEXT", "no « Contexte » section"},
    {"EXTRACT-RAPPORT-OPERATIONS.not_found",
     "no « Présentation des opérations sollicitées » section: requested amounts not read"},
    {"EXTRACT-RAPPORT-OPERATIONS.none_read",
     "no operation read in « Présentation des opérations sollicitées »"},
    {"EXTRACT-RAPPORT-OPERATION-AMOUNT.not_found", "no requested amount for operation {operation}"},
    {"EXTRACT-RAPPORT-OPERATION-AMOUNT.unreadable", "unreadable requested amount: « {text} »"},
    {"EXTRACT-RAPPORT-PROPOSAL.not_found", "no proposal (« Il convient de statuer … »)"},
    {"EXTRACT-RAPPORT-PROPOSAL.none_read", "no proposed grant (« d’attribuer … ») read"},
    {"EXTRACT-RAPPORT-BENEFICIARY", "no beneficiary (between « ») in the proposal"},
    {"EXTRACT-RAPPORT-PROPOSED-AMOUNT", "no proposed amount"},
    {"EXTRACT-RAPPORT-BUDGET.not_found", "no imputation table (« La dépense serait imputée … »)"},
    {"EXTRACT-RAPPORT-BUDGET.header",
     "imputation table header not understood (CP / Disponible / Proposition / Solde columns "
     "expected)"},
    {"EXTRACT-RAPPORT-BUDGET.no_row", "no row read in the imputation table"},
    {"EXTRACT-RAPPORT-BUDGET-ROW",
     "imputation table row not understood (operation code, imputation, label then {columns} "
     "amounts expected)"},
    {"EXTRACT-RAPPORT-COMMITTEE-OPINION.not_found",
     "no committee opinion (« La … Commission … a émis un avis … »)"},
    {"EXTRACT-RAPPORT-COMMITTEE-OPINION.incomplete",
     "incomplete committee opinion (committee, date or sense not read): « {text} »"},
    {"EXTRACT-RAPPORT-DEPARTEMENT", "département not recognised in « {line} »"},
    {"EXTRACT-RAPPORT-COLLECTIVITE",
     "no collectivité (« DEPARTEMENT DU … ») in the report's header"},
    {"EXTRACT-RAPPORT-NUMBER.not_found", "no report number (« RAPPORT N° … »)"},
    {"EXTRACT-RAPPORT-NUMBER.unreadable", "unreadable number in « {line} »"},
    {"EXTRACT-RAPPORT-BODY",
     "no assembly (« COMMISSION PERMANENTE » / « CONSEIL DEPARTEMENTAL »); commission "
     "permanente assumed"},
    {"EXTRACT-RAPPORT-MEETING-DATE.not_found", "no meeting date (« REUNION DU … »)"},
    {"EXTRACT-RAPPORT-MEETING-DATE.unreadable", "unreadable meeting date in « {line} »"},
    {"EXTRACT-RAPPORT-TITLE", "no report title"},
    {"EXTRACT-RAPPORT-SIGNATURE.not_found", "no signatory (« Le Président … »)"},
    {"EXTRACT-RAPPORT-SIGNATURE.no_name", "no signatory name after « {function} »"},
    {"phrase.extraction.file", "file #{number} : "},
    {"phrase.extraction.place.page", "page {page}"},
    {"phrase.extraction.place.paragraph", "paragraph {paragraph}"},
    {"phrase.extraction.place.cell",
     "paragraph {paragraph} (table {table}, row {row}, cell {cell})"},
    {"phrase.extraction.excerpt", ", \"{text}\""},
    {"phrase.extraction.document.deliberation", "deliberation"},
    {"phrase.extraction.document.rapport", "rapport"},
    {"phrase.extraction.document.convention", "convention"},
    {"phrase.extraction.document.dossier", "dossier"},
    // ---- end extraction ----
    // ---- scdl ----
    {"scdl.file-empty", "{where}: the file is empty (no header line)"},
    {"scdl.file-unreadable", "{where}: stream read error after {rows} data rows"},
    {"scdl.column-missing.required", "{where}: column \"{column}\" (required) is missing"},
    {"scdl.column-missing.optional", "{where}: column \"{column}\" (optional) is missing"},
    {"scdl.column-extra", "{where}: column \"{column}\" is not in schema {schema} {version}"},
    {"scdl.column-misnamed",
     "{where}: column \"{column}\" is not a schema field name{by_title}; expected "
     "\"{expected}\" (validated as such)"},
    {"scdl.column-misnamed.by_title", " (it is, or nearly is, the field's title)"},
    {"scdl.column-order",
     "{where}: column \"{column}\" is out of order: the schema puts it {position} (field "
     "#{rank})"},
    {"scdl.column-order.first", "first"},
    {"scdl.column-order.after", "after \"{previous}\""},
    {"scdl.column-duplicate",
     "{where}: column \"{column}\" already appears in column {first}; this one is ignored"},
    {"scdl.column-blank", "{where}: the column header is empty"},
    {"scdl.row-missing-cells",
     "{where}: {missing} missing {missing|cell|cells}: the row has {cells} cells, the header "
     "{columns} columns"},
    {"scdl.row-extra-cells",
     "{where}: {extra} extra {extra|cell|cells} (first: \"{first}\"): the row has {cells} "
     "cells, the header {columns} columns"},
    {"scdl.row-blank", "{where}: the row is empty"},
    {"scdl.required", "{where}: a value is required and the cell is empty"},
    {"scdl.type-string", "{where}: \"{value}\" is not a valid URI"},
    {"scdl.type-date", "{where}: \"{value}\" is not a date in the YYYY-MM-DD format (ISO 8601)"},
    {"scdl.type-number", "{where}: \"{value}\" is not a number (digits, decimal point, no space)"},
    {"scdl.type-integer", "{where}: \"{value}\" is not an integer"},
    {"scdl.type-boolean",
     "{where}: \"{value}\" is not an accepted boolean value ({true_values} or {false_values})"},
    {"scdl.pattern", "{where}: \"{value}\" does not match the pattern {pattern}"},
    {"scdl.enum", "{where}: \"{value}\" is not an allowed value ({allowed})"},
    {"scdl.minimum", "{where}: \"{value}\" is below the minimum {minimum}"},
    {"scdl.maximum", "{where}: \"{value}\" is above the maximum {maximum}"},
    {"scdl.max-length", "{where}: the value has {length} characters, at most {max} are allowed"},
    {"scdl.french-siret-value",
     "{where}: \"{value}\" is not a valid SIRET number (14 digits, Luhn check, La Poste rule)"},
    {"scdl.one-of-required.absent",
     "{where}: neither column \"{column}\" nor column \"{column2}\" is present; one of them "
     "must be filled"},
    {"scdl.one-of-required.empty",
     "{where}: at least one of the columns \"{column}\" or \"{column2}\" must have a value"},
    {"scdl.year-interval-value.not_year_nor_period",
     "{where}: \"{value}\" is neither a year (YYYY) nor a period in the YYYY/YYYY format"},
    {"scdl.year-interval-value.not_period",
     "{where}: \"{value}\" is not a period in the YYYY/YYYY format"},
    {"scdl.year-interval-value.same_years",
     "{where}: period \"{value}\" is invalid: the two years must differ"},
    {"scdl.year-interval-value.reversed",
     "{where}: period \"{value}\" is invalid: the second year must come after the first"},
    {"scdl.cohesive-columns-value",
     "{where}: columns {columns:comma} must all have a value or all be empty ({filled} of "
     "{present} filled)"},
    {"scdl.compare-columns-value.not_comparable",
     "{where}: the value of column {column} \"{value}\" cannot be compared with the value of "
     "column {column2} \"{value2}\""},
    {"scdl.compare-columns-value.fails",
     "{where}: the value of column {column} \"{value}\" should be {op} the value of column "
     "{column2} \"{value2}\""},
    {"scdl.compare-columns-value.op_lt", "less than"},
    {"scdl.compare-columns-value.op_le", "less than or equal to"},
    {"scdl.compare-columns-value.op_eq", "equal to"},
    {"scdl.compare-columns-value.op_ge", "greater than or equal to"},
    {"scdl.compare-columns-value.op_gt", "greater than"},
    {"scdl.sum-columns-value",
     "{where}: the value \"{value}\" should be the sum of columns {columns:comma} ({terms})"},
    {"scdl.nomenclature-actes-value.no_slash",
     "{where}: \"{value}\" does not follow the @ctes nomenclature format (the slash \"/\" is "
     "missing)"},
    {"scdl.nomenclature-actes-value.space",
     "{where}: \"{value}\" does not follow the @ctes nomenclature format (no space before or "
     "after the slash)"},
    {"scdl.nomenclature-actes-value.prefix",
     "{where}: \"{value}\" does not follow the @ctes nomenclature format (prefix \"{prefix}\" "
     "is not a level-1 @ctes matter)"},
    {"scdl.formula-injection",
     "{where}: the value starts with \"{first}\": a spreadsheet would read it as a formula "
     "(CSV injection); prefix it with a single quote or rephrase it"},
    {"scdl.negative-amount",
     "{where}: \"{value}\" is negative: the schema sets no minimum, but the amount of a "
     "granted subsidy is positive"},
    {"phrase.scdl.file", "File"},
    {"phrase.scdl.header", "Header"},
    {"phrase.scdl.row", "Row {row}"},
    {"phrase.scdl.column", ", column {column}"},
    {"phrase.scdl.field", " ({field})"},
    {"SCDL-FORMULA-INJECTION",
     "Value of {field}: it starts with a character a spreadsheet reads as the start of a "
     "formula (=, +, -, @, TAB, CR): CSV injection when the file is opened (ligne {row}, "
     "colonne {column} ({field}))."},
    {"SCDL-NEGATIVE-AMOUNT",
     "Value of {field}: the amount is negative: the schema sets no minimum, but a granted "
     "subsidy is a positive amount (publication thresholds do not apply to a negative amount) "
     "(ligne {row}, colonne {column} ({field}))."},
    {"SCDL-CELL",
     "Value \"{value}\" of {field} breaks the SCDL schema ({kind}; {place}).{-message}"},
    // ---- end scdl ----
    // ---- csv ----
    {"csv.utf8-bom", "The file starts with a UTF-8 byte order mark (BOM), skipped."},
    {"csv.windows-1252",
     "{at}byte \"{value}\" is not UTF-8; the file looks Windows-1252 encoded, not "
     "UTF-8.{outcome}"},
    {"csv.windows-1252.converted", " Read and converted to UTF-8."},
    {"csv.separator-not-comma",
     "{at}fields are separated by \"{value}\", not by commas as SCDL requires.{stopped}"},
    {"csv.invalid-utf8",
     "{at}sequence \"{value}\" is not valid UTF-8 although the file already contains UTF-8 "
     "(mixed encodings).{outcome}"},
    {"csv.invalid-utf8.read_as_windows_1252", " Bytes read as Windows-1252."},
    {"csv.unterminated-quote",
     "{at}quoted field \"{value}\" is never closed: it runs to the end of the file.{stopped}"},
    {"csv.stray-quote",
     "{at}stray quote in field \"{value}\" (RFC 4180: a field containing a quote is quoted "
     "and the quote doubled); read as is."},
    {"csv.ragged-row", "{at}{fields} fields instead of {columns} (the header's column count)."},
    {"csv.record-too-long",
     "{at}record longer than {value} bytes (unclosed quote?); reading stopped."},
    {"csv.blank-row", "{at}blank line."},
    {"csv.not-text", "The file is not CSV text: {reason}; reading stopped."},
    {"csv.not-text.at_row", "{at}the file is not CSV text: {reason}; reading stopped."},
    {"phrase.csv.row", "Row {row}: "},
    {"phrase.csv.stopped", " Reading stopped (lenient mode goes on)."},
    {"phrase.csv.not_text.utf16", "it is UTF-16 encoded (save it as \"CSV UTF-8\")"},
    {"phrase.csv.not_text.pdf", "it is a PDF document"},
    {"phrase.csv.not_text.zip",
     "it is a zip archive (spreadsheet or office document: export it as CSV)"},
    {"phrase.csv.not_text.ole",
     "it is a spreadsheet or document in the old format (.xls, .doc): export it as CSV"},
    {"phrase.csv.not_text.binary", "it contains NUL bytes (binary data)"},
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
    return join_list(items, style, "and", "or");
}

bool singular(std::int64_t n) {
    return n == 1 || n == -1;
}

// Amounts are written as in the acts, whatever the language of the message.
constexpr Language language{Lang::en, entries, &amount_as_in_acts, &date, &list, &singular};

} // namespace

const Language& language_en() noexcept {
    return language;
}

} // namespace subvention::compliance::detail
