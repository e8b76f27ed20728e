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
    // ---- end formal ----
    // ---- execution ----
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
    {"EXTRACT-DELIB-MEETING-DATE", "meeting date not found"},
    {"EXTRACT-DELIB-PRESIDENT", "president of the meeting not found"},
    {"EXTRACT-DELIB-SECRETARY", "secretary not found"},
    {"EXTRACT-DELIB-ATTENDANCE.not_found", "list of members present not found"},
    {"EXTRACT-DELIB-NUMBER.not_found", "deliberation number not found"},
    {"EXTRACT-DELIB-TITLE", "title of the deliberation not found"},
    {"EXTRACT-DELIB-VISAS", "no visa found"},
    {"EXTRACT-DELIB-ARTICLES", "no article found"},
    {"EXTRACT-DELIB-GRANT", "no grant decision found"},
    {"EXTRACT-DELIB-BENEFICIARY", "beneficiary not found between « »"},
    {"EXTRACT-DELIB-GRANT-AMOUNT", "amount of the grant not found in {section}"},
    {"EXTRACT-DELIB-IMPUTATION.no_readable_row", "imputation table without a readable row"},
    {"EXTRACT-DELIB-TALLY.not_found", "voting conditions not found"},
    {"EXTRACT-DELIB-TALLY.missing", "vote tally missing"},
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
    {"phrase.extraction.document.deliberation", "deliberation"},
    {"phrase.extraction.document.rapport", "rapport"},
    {"phrase.extraction.document.convention", "convention"},
    {"phrase.extraction.document.dossier", "dossier"},
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
