// SPDX-License-Identifier: Apache-2.0
// subvention — the message catalogue in French: every sentence the library's findings say, and
// how French writes amounts, dates, lists and plurals. Keys are « RULE-ID » or
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
     "Le dossier ne contient ni délibération, ni rapport, ni convention : aucun contrôle n'a pu "
     "être effectué, et l'absence d'autre constat ne vaut pas conformité."},
    {"DELIB-MISSING.not_joined",
     "La délibération qui attribue la subvention n'est pas jointe au dossier : le vote, le "
     "quorum et l'autorisation de signer la convention ne peuvent pas être vérifiés"},
    {"DELIB-MISSING.signed",
     " ; la convention signée doit reposer sur une délibération exécutoire."},
    {"DELIB-MISSING.draft", " (non vérifiable : délibération non fournie)."},
    // ---- end dossier ----
    // ---- assembly ----
    // ---- end assembly ----
    // ---- amounts ----
    // ---- end amounts ----
    // ---- convention ----
    // ---- end convention ----
    // ---- formal ----
    {"CONV-JURISDICTION.administrative",
     "La clause de juridiction ({where}) désigne «\u00A0{named}\u00A0», alors que {competent}."},
    {"CONV-JURISDICTION.other_court",
     "La clause de juridiction ({where}) désigne «\u00A0{named}\u00A0», qui n\u2019est pas un "
     "tribunal "
     "administratif, alors que les litiges relatifs à la convention relèvent de la juridiction "
     "administrative et que {competent}."},
    {"CONV-JURISDICTION.competent",
     "le tribunal administratif compétent pour le département {code} ({departement}), où siège "
     "l\u2019autorité signataire ({signatory}), est le {expected} (CJA R.312-1 et R.221-3)"},
    {"CONV-JURISDICTION.unconfirmed",
     " Constat fondé sur des hypothèses non confirmées\u00A0: table de l\u2019article R.221-3 "
     "dans sa rédaction issue du décret n°\u00A02009-945 (modifications ultérieures non "
     "vérifiées) et impossibilité de déroger par contrat à ces règles."},
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
    {"phrase.days", "{count} {count|jour|jours}"},
    {"phrase.list", "{items}"},
    // ---- end common ----
};
// NOLINTEND(cert-err58-cpp)

std::string amount(const Euros& e, std::string_view style) {
    if (style.empty() || style == "cents")
        return e.to_string_fr(CentsStyle::always);
    if (style == "prose")
        return e.to_string_fr(CentsStyle::omit_if_zero);
    throw std::invalid_argument("unknown amount style « " + std::string(style) + " »");
}

std::string date(Date d, std::string_view style) {
    if (d.is_special())
        return "(date illisible)";
    if (style.empty() || style == "long")
        return format_date(d, DateStyle::long_fr);
    if (style == "weekday")
        return format_date(d, DateStyle::weekday_fr);
    if (style == "numeric")
        return format_date(d, DateStyle::numeric);
    if (style == "iso")
        return format_date(d, DateStyle::iso);
    throw std::invalid_argument("unknown date style « " + std::string(style) + " »");
}

std::string list(const std::vector<std::string>& items, std::string_view style) {
    if (style.empty() || style == "and")
        return enumerate(items, "et");
    if (style == "or")
        return enumerate(items, "ou");
    if (style == "comma") {
        std::string out;
        for (std::size_t i = 0; i < items.size(); ++i)
            out.append(i == 0 ? "" : ", ").append(items[i]);
        return out;
    }
    throw std::invalid_argument("unknown list style « " + std::string(style) + " »");
}

// « 0 jour », « 1 jour », « 2 jours »: the singular up to one.
bool singular(std::int64_t n) {
    return n >= -1 && n <= 1;
}

constexpr Language language{Lang::fr, entries, &amount, &date, &list, &singular};

} // namespace

const Language& language_fr() noexcept {
    return language;
}

} // namespace subvention::compliance::detail
