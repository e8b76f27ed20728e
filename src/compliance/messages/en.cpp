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
    {"DOSSIER-EMPTY",
     "The dossier holds no deliberation, no report and no convention: nothing could be checked, "
     "and the absence of other findings does not mean compliance."},
    {"DELIB-MISSING.not_joined",
     "The deliberation granting the subsidy is not in the dossier: the vote, the quorum and the "
     "authorisation to sign the convention cannot be verified"},
    {"DELIB-MISSING.signed", "; a signed convention must rest on an executory deliberation."},
    {"DELIB-MISSING.draft", " (not verifiable: deliberation not provided)."},
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
