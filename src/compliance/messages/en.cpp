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
     "depends on it: to be filled in before signature."},
    {"CONV-BANK-DETAILS.payments_fields",
     "{what}; the payment of the aid ({payments} {payments|payment scheduled|payments scheduled}) "
     "depends on them: to be filled in before signature."},
    {"CONV-BANK-DETAILS.draft", "{what}: to be filled in before signature."},
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
     "{ceiling:iso} EUR, by {excess:iso} EUR: that sum is to be repaid (convention, art. 7 and "
     "12)."},
    {"SETTLE-OVERPAYMENT.above_final_grant_reduced",
     "The payments made, {paid:iso} EUR, exceed the final grant computed from the final report, "
     "{final_grant:iso} EUR: {to_recover:iso} EUR are to be recovered (convention, art. 12)."},
    {"SETTLE-OVERPAYMENT.above_final_grant_ceilings",
     "The payments made, {paid:iso} EUR, exceed the final grant computed from the final report, "
     "{final_grant:iso} EUR: {to_recover:iso} EUR are to be recovered (convention, art. 12)."},
    {"SETTLE-REPORT-LATE.late",
     "The final report was sent on {sent:iso}, {days} day(s) after its deadline ({due:iso}): the "
     "reimbursement of all sums paid may be demanded (convention, art. 12)."},
    {"SETTLE-REPORT-LATE.on_time_by_shift",
     "The final report, sent on {sent:iso}, is on time only because the deadline of {nominal:iso} "
     "moves to {due:iso} (CPC art. 642); whether that shift applies to a contractual deadline is "
     "not settled."},
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

// Amounts are written as in the acts (« 57 000,00 € »), whatever the language of the message;
// `iso` is the machine form of the facts (« 57000.00 »).
std::string amount(const Euros& e, std::string_view style) {
    if (style.empty() || style == "cents")
        return e.to_string_fr(CentsStyle::always);
    if (style == "prose")
        return e.to_string_fr(CentsStyle::omit_if_zero);
    if (style == "iso")
        return e.to_iso();
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
