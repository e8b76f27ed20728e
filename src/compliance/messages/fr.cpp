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
    // ---- end dossier ----
    // ---- assembly ----
    {"phrase.assembly.stop", "."},
    {"phrase.assembly.parenthesised", " ({text})"},
    {"phrase.assembly.twice", "deux fois"},
    {"phrase.assembly.times", "{count} fois"},
    {"phrase.assembly.tally", "pour : {pour}, contre : {contre}{columns}"},
    {"phrase.assembly.tally_abstention", ", abstention : {count}"},
    {"phrase.assembly.tally_not_taking_part", ", ne prend pas part : {count}"},
    {"phrase.assembly.tally_blank", ", blancs : {count}"},
    {"phrase.assembly.tally_void", ", nuls : {count}"},
    {"phrase.assembly.present", "présents"},
    {"phrase.assembly.present_or_represented", "présents ou représentés"},
    {"phrase.assembly.listing", "{status}{voice}"},
    {"phrase.assembly.list_present", "présents"},
    {"phrase.assembly.list_excused", "excusés"},
    {"phrase.assembly.list_absent", "absents"},
    {"phrase.assembly.list_without_voice", " sans voix délibérative"},
    {"phrase.assembly.document_deliberation", "La délibération"},
    {"phrase.assembly.document_rapport", "Le rapport"},
    {"phrase.assembly.document_convention", "La convention"},
    {"phrase.assembly.document_dossier", "Le dossier"},
    {"phrase.assembly.rank", "n°{rank}"},
    {"VOTE-QUORUM.in_office_below_listed",
     "Le nombre de membres en exercice indiqué ({in_office}) est inférieur au nombre de membres "
     "ayant voix délibérative figurant sur les listes de présence ({listed}) : le quorum ne peut "
     "pas être vérifié."},
    {"VOTE-QUORUM.not_met",
     "Le quorum n'est pas atteint pour cette affaire : {present} {present_agreement|membre "
     "présent|membres présents}{interested}{represented}, soit {counted}, pour {required} requis "
     "({regime}, comptés {who})."},
    {"VOTE-QUORUM.not_counting_interested",
     " (sans compter {interested} {interested|membre intéressé|membres intéressés} à l'affaire)"},
    {"VOTE-QUORUM.and_represented",
     " et {represented} {represented|membre représenté|membres représentés}"},
    {"VOTE-QUORUM.one_third",
     "le tiers des {in_office} membres en exercice (dérogation liée à la crise sanitaire)"},
    {"VOTE-QUORUM.absolute_majority", "la majorité absolue des {in_office} membres en exercice"},
    {"VOTE-QUORUM.proxies_not_recorded",
     " L'acte ne mentionne aucun pouvoir : le quorum n'est atteint que si au moins {missing} des "
     "membres excusés ou absents en avaient donné un ; à vérifier au procès-verbal."},
    {"VOTE-QUORUM.covid_first_day",
     " La séance tombe le premier jour, incertain, d'une période de dérogation liée à la crise "
     "sanitaire : le régime retenu est à confirmer."},
    {"VOTE-TALLY-EXCEEDS.voters", "{present} {present_agreement|membre présent|membres présents} "
                                  "avec voix délibérative{of_whom}"},
    {"VOTE-TALLY-EXCEEDS.of_whom_interested",
     ", dont {interested} {interested|membre intéressé|membres intéressés} à l'affaire{names}, "
     "exclu{interested||s} du vote, soit {eligible} {eligible_agreement|votant présent|votants "
     "présents}"},
    {"VOTE-TALLY-EXCEEDS.valid_proxies",
     "{proxies} {proxies_agreement|pouvoir valable|pouvoirs valables}"},
    {"VOTE-TALLY-EXCEEDS.at_most_proxies",
     "au plus {proxies} {proxies_agreement|pouvoir|pouvoirs} (l'acte n'en mentionne aucun ; borne "
     ": un par membre excusé ou absent)"},
    {"VOTE-TALLY-EXCEEDS.votes", "Le décompte enregistre {recorded} voix ({tally}) alors qu'au "
                                 "plus {max} membres pouvaient voter : {voters}, plus {proxies}."},
    {"VOTE-TALLY-EXCEEDS.voices",
     "Le décompte rend compte de {recorded} membres (votes et « ne prend pas part » : {tally}) "
     "alors qu'au plus {max} membres étaient présents ou représentés : {present} {present|membre "
     "présent|membres présents} avec voix délibérative, plus {proxies}."},
    {"VOTE-TALLY-EXCEEDS.excess", " Il y a {excess} voix de trop"},
    {"VOTE-TALLY-EXCEEDS.interested_counted_one", " ; le membre intéressé a peut-être été compté"},
    {"VOTE-TALLY-EXCEEDS.interested_counted_many",
     " ; des membres intéressés ont peut-être été comptés"},
    {"VOTE-TALLY-EXCEEDS.unrecorded_proxies",
     " ; le décompte supposerait {required} {required|pouvoir|pouvoirs}, que l'acte ne mentionne "
     "pas"},
    {"VOTE-TALLY-EXCEEDS.unconfirmed",
     " Ce constat suppose qu'un pouvoir donné par un membre intéressé ne peut pas servir sur cette "
     "affaire (règle non confirmée) : s'il le pouvait, le décompte serait possible."},
    {"VOTE-TALLY-EXCEEDS.proxies_not_recorded",
     "Le décompte enregistre {recorded} voix ({tally}) pour {voters} : il suppose {required} "
     "{required|pouvoir|pouvoirs}, que l'acte ne mentionne pas (CGCT L.3121-16). Les délégations "
     "de vote doivent figurer au procès-verbal."},
    {"VOTE-TALLY-EXCEEDS.overflow", "Le décompte du vote ({tally}) dépasse la capacité de calcul : "
                                    "aucune assemblée ne peut émettre autant de voix."},
    {"VOTE-TALLY-SHORT",
     "Le décompte ({tally}) rend compte de {voices} {voices_agreement|membre|membres} pour "
     "{eligible} {eligible|votant présent|votants présents} : {missing} {missing|membre présent "
     "n'y figure|membres présents n'y figurent} pas (sorti{missing||s} avant le vote et alors "
     "compté{missing||s} comme abstentionniste{missing||s}, ou colonne omise{npp_missing})."},
    {"VOTE-TALLY-SHORT.npp_not_recorded", " ; aucun « ne prend pas part au vote » n'est indiqué"},
    {"VOTE-TALLY-SHORT.quorum_in_doubt",
     " Sur les seuls membres du décompte ({at_vote} {who}), le quorum de {required} n'était "
     "peut-être plus atteint au moment du vote."},
    {"VOTE-OUTCOME.mismatch", "L'acte indique que la délibération est {stated} alors que le "
                              "décompte ({tally}) conduit à son {computed}, {why}."},
    {"VOTE-OUTCOME.stated_adopted", "adoptée"},
    {"VOTE-OUTCOME.stated_rejected", "rejetée"},
    {"VOTE-OUTCOME.computed_adopted", "adoption"},
    {"VOTE-OUTCOME.computed_rejected", "rejet"},
    {"VOTE-OUTCOME.by_majority", "à la majorité des suffrages exprimés ({cast})"},
    {"VOTE-OUTCOME.by_casting_vote", "par la voix prépondérante du président, qui a voté pour"},
    {"VOTE-OUTCOME.tie_president_not_pour",
     "les voix étant partagées et le président n'ayant pas voté pour"},
    {"VOTE-OUTCOME.no_votes_cast", "aucun suffrage n'étant exprimé"},
    {"VOTE-OUTCOME.secret_ballot_tie",
     "les voix étant partagées au scrutin secret, ce qui vaut rejet par analogie avec l'article "
     "L.2121-20 applicable aux communes (règle non confirmée pour les départements, dont le texte "
     "ne prévoit pas d'exception à la voix prépondérante)"},
    {"VOTE-OUTCOME.tie_president_vote_unknown",
     "Les voix sont partagées ({tally}) : la voix du président{president} est prépondérante (CGCT "
     "L.3121-15), mais l'acte n'indique pas son vote ; le résultat indiqué ne peut pas être "
     "vérifié."},
    {"VOTE-OUTCOME.president_not_present",
     "Le président de séance, {president}, {status} : l'acte est incohérent sur la personne qui "
     "présidait, dont la voix est prépondérante en cas de partage (CGCT L.3121-15)."},
    {"VOTE-OUTCOME.president_unlisted", "ne figure sur aucune liste de présence"},
    {"VOTE-OUTCOME.president_without_voice", "figure parmi les personnes sans voix délibérative"},
    {"VOTE-OUTCOME.president_excused", "figure parmi les membres excusés"},
    {"VOTE-OUTCOME.president_absent", "figure parmi les membres absents"},
    {"VOTE-PROXY-LIMIT.holder_multiple",
     "{holder} détient {held} délégations de vote ({giver}) alors qu'un membre ne peut en recevoir "
     "{limit} (CGCT L.3121-16{derogation}) : {excess} {excess|délégation n'est|délégations ne "
     "sont} pas {excess|comptée|comptées}."},
    {"VOTE-PROXY-LIMIT.limit_one", "qu'une"},
    {"VOTE-PROXY-LIMIT.limit", "que {max}"},
    {"VOTE-PROXY-LIMIT.covid_derogation", ", dérogation liée à la crise sanitaire"},
    {"VOTE-PROXY-LIMIT.giver_multiple",
     "{giver} donne {given} délégations de vote pour la même séance ; un membre empêché ne peut "
     "déléguer son vote qu'à un seul autre membre (CGCT L.3121-16) : seule la première est "
     "comptée."},
    {"VOTE-PROXY-LIMIT.self",
     "{giver} figure à la fois comme mandant et comme mandataire d'une même délégation de vote : "
     "une délégation se donne à un autre membre (CGCT L.3121-16) ; elle n'est pas comptée."},
    {"VOTE-PROXY-LIMIT.giver_present",
     "{giver} donne pouvoir à {holder} mais figure parmi les présents : une délégation est donnée "
     "par un membre empêché d'assister à la séance (CGCT L.3121-16). S'il est parti en cours de "
     "séance, le procès-verbal doit le dire ; le pouvoir n'est pas compté."},
    {"VOTE-PROXY-LIMIT.holder_not_present",
     "{holder}, qui reçoit le pouvoir de {giver}, ne figure pas parmi les présents : la délégation "
     "n'a pas pu être exercée et n'est pas comptée."},
    {"VOTE-PROXY-LIMIT.person_not_listed",
     "Le pouvoir de {giver} à {holder} nomme une personne absente des listes de présence (nom mal "
     "orthographié ?) ; il n'est pas compté."},
    {"VOTE-PROXY-LIMIT.without_voice",
     "Le pouvoir de {giver} à {holder} concerne une personne sans voix délibérative, qui ne peut "
     "ni donner ni recevoir de délégation de vote ; il n'est pas compté."},
    {"VOTE-PROXY-INTERESTED.giver",
     "{giver}, intéressé(e) à l'affaire, a donné pouvoir à {holder} : ce pouvoir est réputé "
     "inutilisable sur cette affaire, le mandataire votant au nom d'un membre intéressé (règle "
     "supposée, non confirmée pour les départements) ; il n'est pas compté."},
    {"VOTE-PROXY-INTERESTED.holder",
     "{holder}, intéressé(e) à l'affaire, détient le pouvoir de {giver} : il ne peut pas en user "
     "sur cette affaire, son vote, propre ou par délégation, entacherait la délibération ; l'acte "
     "doit montrer que la voix du mandant n'a pas été exprimée."},
    {"ATTENDANCE-DUPLICATE.conflicting",
     "{name} figure {times} sur les listes de présence ({lists:and}) : l'acte se contredit sur sa "
     "présence ou sa voix délibérative. Cette personne est comptée une fois, parmi les "
     "{counted_as} (lecture la plus favorable)"},
    {"ATTENDANCE-DUPLICATE.among", "parmi les {list}"},
    {"ATTENDANCE-DUPLICATE.decisive",
     " ; dans la lecture inverse, le quorum ou le décompte des voix ne tient plus : la validité du "
     "vote dépend de la liste exacte."},
    {"ATTENDANCE-DUPLICATE.repeated", "{name} figure {times} parmi les {list} : répétition sans "
                                      "effet sur les décomptes (comptée une fois)."},
    {"CP-DELEGATION-VISA",
     "La délibération de la Commission permanente ne vise pas la délibération du Conseil "
     "départemental lui déléguant ses attributions (CGCT L.3211-2){although} : la compétence de la "
     "Commission permanente pour cette décision ne peut pas être vérifiée à la lecture de l'acte. "
     "L'omission d'un visa n'entache pas à elle seule la légalité de l'acte."},
    {"CP-DELEGATION-VISA.although_article", ", bien qu'elle vise l'article L.3211-2"},
    {"DELIB-NUMBER.blank",
     "Le numéro de la délibération n'est pas renseigné : l'acte doit être identifiable (registre, "
     "transmission au représentant de l'État, publication)."},
    {"DELIB-NUMBER.unreadable",
     "Le numéro de la délibération « {printed} » est illisible : {error}."},
    {"DELIB-NUMBER.year", "Le numéro {number} {what} porte le millésime {year} alors que sa date "
                          "est le {date:long} : le numéro ou la date est probablement erroné."},
    {"DELIB-NUMBER.of_deliberation", "de la délibération"},
    {"DELIB-NUMBER.of_cited", "de la délibération visée"},
    {"DELIB-NUMBER.of_authorisation", "de la délibération d'autorisation"},
    {"DELIB-DATES-ORDER.opinion_after",
     "L'avis de commission est daté du {date:long}, après la séance du {meeting:long} qu'il devait "
     "préparer : la date est probablement erronée."},
    {"DELIB-DATES-ORDER.cited_after",
     "L'acte visé est daté du {date:long}, après la séance du {meeting:long} : un acte ne peut "
     "viser qu'un texte antérieur ; la date ou le visa est probablement erroné."},
    {"DELIB-DATES-ORDER.deliberation_before",
     "La délibération est {what} le {date:long}, avant la séance du {meeting:long} qui l'adopte : "
     "c'est impossible, une des deux dates est erronée."},
    {"DELIB-DATES-ORDER.signed", "signée"},
    {"DELIB-DATES-ORDER.transmitted", "transmise au représentant de l'État"},
    {"DELIB-DATES-ORDER.published", "publiée"},
    {"DELIB-DATES-ORDER.convention_before",
     "La convention est signée le {date:long}, avant la séance du {meeting:long} dont la "
     "délibération autorise sa signature : le président ne pouvait pas encore la signer."},
    {"DELIB-DATES-ORDER.report_meeting",
     "Le rapport est présenté à la séance du {date:long} alors que la délibération est adoptée à "
     "celle du {meeting:long} : le rapport doit être celui soumis à la séance qui délibère."},
    {"DELIB-DATES-ORDER.same_number",
     "La délibération n°{number} est datée du {date:long} ici et du {other_date:long} ailleurs "
     "dans le dossier : une des deux dates est erronée."},
    {"DELIB-DATES-ORDER.numbers_inverted",
     "Les délibérations n°{other_number} du {other_date:long} et n°{number} du {date:long} du même "
     "organe sont numérotées dans l'ordre inverse de leurs dates : un numéro ou une date est "
     "probablement erroné."},
    {"VISA-DUPLICATE.visa",
     "{document} cite {times} le même visa (visas {ranks:and}) : « {text} ». Sans effet sur la "
     "légalité (les visas n'ont pas de portée juridique propre), la répétition trahit une erreur "
     "de rédaction : vérifier qu'un autre visa n'était pas attendu à sa place."},
    {"VISA-DUPLICATE.foundation",
     "{document} cite {times} le même fondement juridique (fondements {ranks:and}) : « {text} ». "
     "Sans effet sur la légalité (les visas n'ont pas de portée juridique propre), la répétition "
     "trahit une erreur de rédaction : vérifier qu'un autre fondement n'était pas attendu à sa "
     "place."},
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
