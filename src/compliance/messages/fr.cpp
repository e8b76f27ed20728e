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
    {"DELIB-EXECUTORY.signature",
     "La convention a été signée le {date}, avant que la délibération qui autorise sa signature "
     "soit exécutoire : {reasons:and}."},
    {"DELIB-EXECUTORY.payment",
     "Le versement de {amount} du {date} a été effectué avant que la délibération qui attribue la "
     "subvention soit exécutoire : {reasons:and}."},
    {"DELIB-EXECUTORY.reason.transmission",
     "elle n'a été transmise au représentant de l'État que le {date}"},
    {"DELIB-EXECUTORY.reason.made_known", "elle n'a été publiée ou notifiée que le {date}"},
    {"DELIB-EXECUTORY.signature_effect",
     " Les délibérations du conseil départemental et de sa commission permanente ne sont "
     "exécutoires qu'une fois transmises au représentant de l'État et publiées ou notifiées (CGCT "
     "art. L.3131-1 et L.3131-2). La signature d'une convention avant la transmission de la "
     "délibération qui l'autorise est un vice affectant les conditions dans lesquelles les parties "
     "ont donné leur consentement ; eu égard à l'exigence de loyauté des relations "
     "contractuelles, ce vice ne suffit pas à lui seul à faire écarter la convention (CE, Ass., "
     "28 décembre 2009, Commune de Béziers ; CE, 10 décembre 2010, Communes d'Amigny-Rouy et de "
     "Servais). Les conventions doivent être signées après l'accomplissement de ces formalités."},
    {"DELIB-EXECUTORY.payment_effect",
     " Une subvention ne peut être versée qu'en exécution d'une décision exécutoire (CGCT art. "
     "L.3131-1) ; il convient de vérifier les pièces produites au comptable public, sous réserve "
     "des conséquences qu'un versement anticipé emporte sur sa régularité."},
    {"DELIB-EXECUTORY.unverifiable",
     "Le dossier ne permet pas de vérifier que la délibération était exécutoire avant "
     "{acts:and} : il y manque {missing:and}. La convention ne doit être signée, et la "
     "subvention versée, qu'une fois la délibération transmise au représentant de l'État et "
     "publiée ou notifiée (CGCT art. L.3131-1 et L.3131-2)."},
    {"DELIB-EXECUTORY.event.signature", "la signature de la convention du {date}"},
    {"DELIB-EXECUTORY.event.signature_blank", "la signature de la convention"},
    {"DELIB-EXECUTORY.event.payment", "le versement du {date}"},
    {"DELIB-EXECUTORY.missing.signature", "la date de signature de la convention"},
    {"DELIB-EXECUTORY.missing.transmission",
     "la date de transmission de la délibération au représentant de l'État"},
    {"DELIB-EXECUTORY.missing.made_known",
     "la date de publication ou de notification de la délibération"},
    {"PARTY-NAME-MISMATCH.abbreviation",
     "Le bénéficiaire est nommé «\u00A0{name}\u00A0» ({document}) et «\u00A0{other}\u00A0» "
     "(convention) : l'un de ces noms abrège l'autre, mais aucun texte du dossier ne les "
     "rattache l'un à l'autre. Il s'agit vraisemblablement de la même personne ; les documents "
     "doivent toutefois la désigner sous le même nom, ou énoncer l'abréviation."},
    {"PARTY-NAME-MISMATCH.different",
     "Le bénéficiaire est nommé «\u00A0{name}\u00A0» ({document}) et «\u00A0{other}\u00A0» "
     "(convention) : les documents ne désignent pas la même personne, ou l'un d'eux la "
     "nomme inexactement ; la convention doit être conclue avec le bénéficiaire de la décision."},
    // ---- end dossier ----
    // ---- assembly ----
    // a value in a local rule's message (local/rules_file.hpp): each language's form
    {"phrase.value", "{value}"},
    {"phrase.unverifiable.error",
     "Non vérifiable sur le texte lu ({finding} : fait non lu ou lu en partie ; erreur si le "
     "texte le confirmait) — "},
    {"phrase.unverifiable.warning",
     "Non vérifiable sur le texte lu ({finding} : fait non lu ou lu en partie ; avertissement si "
     "le texte le confirmait) — "},
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
    {"VOTE-QUORUM.counts_disagree_with_lists",
     "Les effectifs déclarés ({stated_present} {stated_present_agreement|membre présent|membres "
     "présents}, "
     "{stated_not_present} excusés ou absents) ne concordent pas avec les listes nominatives "
     "({listed_present} présents, {listed_not_present} excusés ou absents) : le quorum est "
     "calculé sur les effectifs déclarés, qu'il convient de rapprocher des listes."},
    {"VOTE-QUORUM.interested_above_present",
     "Les effectifs déclarent {interested} {interested_agreement|membre intéressé|membres "
     "intéressés} à "
     "l'affaire pour {present} {present_agreement|membre présent|membres présents} : les membres "
     "intéressés étant des membres présents qui se retirent, ces nombres se contredisent."},
    {"VOTE-QUORUM.proxies_above_not_present",
     "Les effectifs déclarent {proxies} {proxies_agreement|pouvoir|pouvoirs} pour {not_present} "
     "{not_present_agreement|membre excusé ou absent|membres excusés ou absents} : seul un membre "
     "empêché "
     "d'assister à la séance peut donner délégation de vote (CGCT art. L.3121-16) ; les pouvoirs "
     "au-delà ne sont pas comptés."},
    {"VOTE-QUORUM.not_met",
     "Le quorum n'est pas atteint pour cette affaire : {present} {present_agreement|membre "
     "présent|membres présents}{interested}{represented}, soit {counted}, pour {required} requis "
     "({regime}, comptés {who})."},
    {"VOTE-QUORUM.not_counting_interested",
     " (sans compter {interested} {interested|membre intéressé|membres intéressés} à l'affaire)"},
    {"VOTE-QUORUM.and_represented",
     " et {represented} {represented|membre représenté|membres représentés}"},
    {"VOTE-QUORUM.one_third",
     "le tiers des {in_office} membres en exercice, par dérogation liée à la crise sanitaire : "
     "{source}"},
    {"VOTE-QUORUM.absolute_majority", "la majorité absolue des {in_office} membres en exercice"},
    {"VOTE-QUORUM.proxies_not_recorded",
     " L'acte ne mentionne aucun pouvoir : le quorum n'est atteint que si au moins {missing} des "
     "membres excusés ou absents en avaient donné un ; à vérifier au procès-verbal."},
    {"VOTE-QUORUM.covid_first_day",
     " La séance se tient le premier jour d'une période de dérogation liée à la crise sanitaire : "
     "le régime dérogatoire est retenu sous réserve que le texte soit entré en vigueur ce "
     "jour-là."},
    {"VOTE-QUORUM.met_with_represented",
     "Le quorum n'est atteint qu'en comptant les membres représentés : {present} {present|membre "
     "présent|membres présents} et {represented} {represented|membre représenté|membres "
     "représentés} pour {required} requis (le tiers des {in_office} membres en exercice, "
     "{source}). "
     "Ce décompte est retenu sous réserve du texte de l'ordonnance n° 2020-391 du 1er avril 2020, "
     "connu par les travaux parlementaires, qui aurait permis de compter les membres représentés, "
     "y compris en Commission permanente ; à vérifier avant de s'en prévaloir."},
    {"VOTE-TALLY-EXCEEDS.voters", "{present} {present_agreement|membre présent|membres présents} "
                                  "avec voix délibérative{of_whom}"},
    {"VOTE-TALLY-EXCEEDS.of_whom_interested",
     ", dont {interested} {interested|membre intéressé|membres intéressés} à l'affaire{names}, "
     "exclu{interested||s} du vote, soit {eligible} {eligible_agreement|votant présent|votants "
     "présents}"},
    {"VOTE-TALLY-EXCEEDS.valid_proxies",
     "{proxies} {proxies_agreement|pouvoir valable|pouvoirs valables}"},
    {"VOTE-TALLY-EXCEEDS.at_most_proxies",
     "au plus {proxies} {proxies_agreement|pouvoir|pouvoirs} (l'acte n'en mentionne aucun ; un "
     "par membre excusé ou absent)"},
    {"VOTE-TALLY-EXCEEDS.votes",
     "Le décompte du vote porte sur {recorded} {recorded|membre|membres} ({tally}) alors qu'au "
     "plus {max} {max|membre pouvait|membres pouvaient} prendre part au vote : {voters}, plus "
     "{proxies}."},
    {"VOTE-TALLY-EXCEEDS.voices",
     "Le décompte rend compte de {recorded} {recorded|membre|membres} (votes et « ne prend pas "
     "part » : {tally}) alors qu'au plus {max} {max|membre était présent ou représenté|membres "
     "étaient présents ou représentés} : {present} {present|membre présent|membres présents} avec "
     "voix délibérative, plus {proxies}."},
    {"VOTE-TALLY-EXCEEDS.excess",
     " Il y a ainsi {excess} {excess|membre|membres} de plus que le nombre possible"},
    {"VOTE-TALLY-EXCEEDS.interested_counted_one", " ; le membre intéressé a peut-être été compté"},
    {"VOTE-TALLY-EXCEEDS.interested_counted_many",
     " ; des membres intéressés ont peut-être été comptés"},
    {"VOTE-TALLY-EXCEEDS.unrecorded_proxies",
     " ; le décompte supposerait {required} {required|pouvoir|pouvoirs}, que l'acte ne mentionne "
     "pas"},
    {"VOTE-TALLY-EXCEEDS.unconfirmed",
     " Ce constat est fait sous réserve qu'un pouvoir donné par un membre intéressé ne puisse pas "
     "servir sur cette affaire : s'il le pouvait, le décompte serait possible."},
    {"VOTE-TALLY-EXCEEDS.proxies_not_recorded",
     "Le décompte du vote porte sur {recorded} {recorded|membre|membres} ({tally}) pour "
     "{voters} : il suppose {required} {required|pouvoir|pouvoirs}, que l'acte ne mentionne pas "
     "(CGCT L.3121-16). Les délégations de vote doivent figurer au procès-verbal."},
    {"VOTE-TALLY-EXCEEDS.overflow", "Le décompte du vote ({tally}) dépasse la capacité de calcul : "
                                    "aucune assemblée ne peut émettre autant de voix."},
    {"VOTE-TALLY-EXCEEDS.outcome_at_stake",
     " L'excédent atteint l'écart entre les voix pour et les voix contre ({margin}) : sans lui, le "
     "résultat du vote pourrait être différent. L'irrégularité a donc pu exercer une influence sur "
     "le sens de la délibération, qui est exposée à l'annulation (CE Ass. 23 décembre 2011 "
     "Danthony) ; le procès-verbal doit établir le décompte exact."},
    {"VOTE-TALLY-EXCEEDS.quorum_at_stake",
     " Le quorum n'est atteint qu'avec {counted} {counted|membre compté|membres comptés} pour "
     "{required} requis : si les membres en excédent figurent à tort parmi les présents, il ne "
     "l'était pas. L'irrégularité a donc pu exercer une influence sur la délibération, qui est "
     "exposée à l'annulation (CE Ass. 23 décembre 2011 Danthony) ; le procès-verbal doit établir "
     "les présences exactes."},
    {"VOTE-TALLY-EXCEEDS.no_effect",
     " Cet écart est sans effet sur le résultat du vote : l'excédent est inférieur à l'écart de "
     "{margin} voix entre les voix pour et les voix contre, et le quorum reste atteint sans lui ; "
     "il n'a donc pas pu exercer d'influence sur le sens de la délibération (CE Ass. 23 décembre "
     "2011 Danthony). Il s'agit vraisemblablement d'une erreur matérielle : vérifier le "
     "procès-verbal et faire rectifier l'acte. Ce constat suppose complètes les listes de présence "
     "de l'acte."},
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
    {"VOTE-OUTCOME.by_majority",
     "à la majorité des suffrages exprimés ({cast} : voix pour et voix contre, "
     "abstentions et bulletins blancs ou nuls non compris)"},
    {"VOTE-OUTCOME.by_casting_vote", "par la voix prépondérante du président, qui a voté pour"},
    {"VOTE-OUTCOME.tie_president_not_pour",
     "les voix étant partagées et le président n'ayant pas voté pour"},
    {"VOTE-OUTCOME.no_votes_cast", "aucun suffrage n'étant exprimé"},
    {"VOTE-OUTCOME.secret_ballot_tie",
     "les voix étant partagées au scrutin secret, ce qui vaut rejet par analogie avec l'article "
     "L.2121-20 applicable aux communes, sous réserve que cette analogie vaille pour les "
     "départements, dont le texte ne prévoit pas d'exception à la voix prépondérante"},
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
    {"phrase.assembly.interested_case_law",
     "la règle qu'applique aux départements la jurisprudence (CE 6 juin 1997 SERTIM) : est "
     "illégale la délibération à laquelle a pris part un membre ayant à l'affaire un intérêt "
     "distinct de celui de la généralité des habitants (CE 30 juillet 1941 Chauvin), lorsque sa "
     "participation a pu influer sur le vote (CE 16 décembre 1994 commune d'Oullins)"},
    {"phrase.assembly.interested_statute",
     "l'article L.3132-5 du CGCT, issu de la loi n° 2025-1249 du 22 décembre 2025 : sont "
     "illégales les délibérations auxquelles a pris part un membre du conseil départemental "
     "intéressé à l'affaire, « soit en son nom personnel, soit comme mandataire »"},
    {"VOTE-PROXY-INTERESTED.giver",
     "{giver}, membre intéressé à l'affaire, a donné pouvoir à {holder}. Selon {basis}. Le "
     "mandataire "
     "votant au nom d'un membre intéressé, ce pouvoir est tenu pour inutilisable sur cette "
     "affaire, sous réserve que cette extension au pouvoir donné soit admise pour les "
     "départements ; il n'est pas compté."},
    {"VOTE-PROXY-INTERESTED.holder",
     "{holder}, membre intéressé à l'affaire, détient le pouvoir de {giver} et ne peut pas en user "
     "sur cette affaire. Selon {basis}. L'acte doit montrer que la voix du mandant n'a pas été "
     "exprimée."},
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
    {"DELIB-NUMBER.format",
     "Le numéro de la délibération « {number} » ne suit pas le format de numérotation déclaré par "
     "la collectivité (« {format} ») : le numéro est probablement mal saisi."},
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
    {"GRANT-COMPETENCE.imputation",
     "L'aide à « {beneficiary} » est imputée en {imputation}, au chapitre {chapter} « Action "
     "économique », fonction {function} « {label} », et le dossier n'indique pas si le "
     "bénéficiaire exerce une activité économique. Depuis la loi n° 2015-991 du 7 août 2015 "
     "(NOTRe), le département n'agit que dans les domaines de compétences que la loi lui "
     "attribue, notamment la promotion des solidarités et de la cohésion territoriale (CGCT "
     "L.3211-1), et la région est seule compétente pour décider de l'octroi des aides aux "
     "entreprises (L.1511-2). Si le bénéficiaire exerce une activité économique, le département "
     "ne peut l'aider que dans le cadre d'une convention avec la région (L.1511-2) ou, pour "
     "l'immobilier d'entreprise, par délégation d'une commune ou d'un établissement public de "
     "coopération intercommunale à fiscalité propre (L.1511-3) ; sinon, s'assurer que l'objet de "
     "l'action relève d'une compétence du département et viser celle-ci dans l'acte."},
    {"GRANT-COMPETENCE.enterprise",
     "{reason} : l'aide peut constituer une aide à une entreprise. Depuis la loi n° 2015-991 du "
     "7 août 2015 (NOTRe), la région est seule compétente pour définir les régimes d'aides et "
     "décider de l'octroi des aides aux entreprises (CGCT L.1511-2) ; le département, qui n'agit "
     "que dans les domaines de compétences que la loi lui attribue (L.3211-1), ne peut y prendre "
     "part que par convention avec la région, en participant au financement des aides qu'elle a "
     "mises en place (L.1511-2), ou accorder des aides à l'immobilier d'entreprise par délégation "
     "d'une commune ou d'un établissement public de coopération intercommunale à fiscalité propre "
     "(L.1511-3). Vérifier que l'aide relève de l'une de ces exceptions et viser la convention "
     "qui la fonde dans l'acte : à défaut, la délibération serait entachée d'incompétence."},
    {"GRANT-COMPETENCE.company", "« {beneficiary} » est une société"},
    {"GRANT-COMPETENCE.economic_activity",
     "Le dossier indique que « {beneficiary} » exerce une activité économique"},
    {"GRANT-COMPETENCE.unconfirmed",
     " Sous réserve de la rédaction des articles L.1511-2 et L.1511-3 issue de la loi NOTRe, lue "
     "dans le projet de loi et dans une source secondaire, non dans le code."},
    {"COI-ILLEGALITY.debate_and_vote",
     "La délibération déclare l'intérêt à l'affaire de {member} sans mentionner que ce membre "
     "n'a pris part ni au débat, ni au vote : selon {basis}, la participation d'un membre "
     "intéressé au vote entache la délibération d'illégalité."},
    {"COI-ILLEGALITY.vote",
     "La délibération déclare l'intérêt à l'affaire de {member} et mentionne que ce membre n'a "
     "pas pris part au débat, mais non qu'il n'a pas pris part au vote : selon {basis}, la "
     "participation d'un membre intéressé au vote entache la délibération d'illégalité."},
    {"COI-ILLEGALITY.debate",
     "La délibération déclare l'intérêt à l'affaire de {member} et mentionne que ce membre n'a "
     "pas pris part au vote, mais non qu'il n'a pas pris part au débat : selon {basis}, la "
     "participation au débat suffit à entacher la délibération d'illégalité lorsqu'elle a pu "
     "influer sur son sens, ce que l'acte ne permet pas d'apprécier."},
    {"COI-INTERESTED-LIST.not_listed",
     "La délibération mentionne que {member}, membre intéressé à l'affaire, n'a pris part ni au "
     "débat ni au vote, mais ne l'inscrit pas parmi les membres intéressés des conditions de "
     "présence : le décompte des votants et le quorum de l'affaire incluent ce membre à tort."},
    {"COI-INTERESTED-LIST.no_statement",
     "Les conditions de présence inscrivent {member} parmi les membres intéressés à l'affaire, "
     "mais la délibération ne mentionne pas que ce membre n'a pris part ni au débat, ni au "
     "vote : l'acte n'établit pas qu'il est resté étranger à la décision."},
    // ---- end assembly ----
    // ---- amounts ----
    // Places: a document and its section; what a place states (« le montant attribué par … »),
    // in each case (plain, capitalized, after « à », after « de »).
    {"phrase.amounts.section_note", " ({section})"},
    {"phrase.amounts.document.deliberation", "la délibération{section}"},
    {"phrase.amounts.document.deliberation.de", "de la délibération{section}"},
    {"phrase.amounts.document.rapport", "le rapport{section}"},
    {"phrase.amounts.document.rapport.de", "du rapport{section}"},
    {"phrase.amounts.document.convention", "la convention{section}"},
    {"phrase.amounts.document.convention.de", "de la convention{section}"},
    {"phrase.amounts.document.dossier", "le dossier{section}"},
    {"phrase.amounts.document.dossier.de", "du dossier{section}"},
    {"phrase.amounts.place.deliberation_grants", "le montant attribué par {where}"},
    {"phrase.amounts.place.deliberation_grants.capitalized", "Le montant attribué par {where}"},
    {"phrase.amounts.place.deliberation_grants.a", "au montant attribué par {where}"},
    {"phrase.amounts.place.deliberation_grants.de", "du montant attribué par {where}"},
    {"phrase.amounts.place.deliberation_imputations", "la dépense imputée au tableau de {where}"},
    {"phrase.amounts.place.deliberation_imputations.capitalized",
     "La dépense imputée au tableau de {where}"},
    {"phrase.amounts.place.deliberation_imputations.a",
     "à la dépense imputée au tableau de {where}"},
    {"phrase.amounts.place.deliberation_imputations.de",
     "de la dépense imputée au tableau de {where}"},
    {"phrase.amounts.place.rapport_proposed_grants", "le montant proposé par {where}"},
    {"phrase.amounts.place.rapport_proposed_grants.capitalized", "Le montant proposé par {where}"},
    {"phrase.amounts.place.rapport_proposed_grants.a", "au montant proposé par {where}"},
    {"phrase.amounts.place.rapport_proposed_grants.de", "du montant proposé par {where}"},
    {"phrase.amounts.place.rapport_budget",
     "la proposition du tableau d'imputation du rapport{section}"},
    {"phrase.amounts.place.rapport_budget.capitalized",
     "La proposition du tableau d'imputation du rapport{section}"},
    {"phrase.amounts.place.rapport_budget.a",
     "à la proposition du tableau d'imputation du rapport{section}"},
    {"phrase.amounts.place.rapport_budget.de",
     "de la proposition du tableau d'imputation du rapport{section}"},
    {"phrase.amounts.place.convention_ceilings",
     "{statements|le montant maximum de l'aide fixé par|le total des montants maximums de l'aide "
     "fixés par} {where}"},
    {"phrase.amounts.place.convention_ceilings.capitalized",
     "{statements|Le montant maximum de l'aide fixé par|Le total des montants maximums de l'aide "
     "fixés par} {where}"},
    {"phrase.amounts.place.convention_ceilings.a",
     "{statements|au montant maximum de l'aide fixé par|au total des montants maximums de l'aide "
     "fixés par} {where}"},
    {"phrase.amounts.place.convention_ceilings.de",
     "{statements|du montant maximum de l'aide fixé par|du total des montants maximums de l'aide "
     "fixés par} {where}"},
    {"phrase.amounts.place.rapport_operations",
     "{statements|le montant sollicité présenté par|le total des montants sollicités présentés "
     "par} {where}"},
    {"phrase.amounts.place.rapport_operations.capitalized",
     "{statements|Le montant sollicité présenté par|Le total des montants sollicités présentés "
     "par} {where}"},
    {"phrase.amounts.place.rapport_operations.a",
     "{statements|au montant sollicité présenté par|au total des montants sollicités présentés "
     "par} {where}"},
    {"phrase.amounts.place.rapport_operations.de",
     "{statements|du montant sollicité présenté par|du total des montants sollicités présentés "
     "par} {where}"},
    {"phrase.amounts.place.convention_payments", "le total des versements prévus par {where}"},
    {"phrase.amounts.place.convention_payments.capitalized",
     "Le total des versements prévus par {where}"},
    {"phrase.amounts.place.convention_payments.a", "au total des versements prévus par {where}"},
    {"phrase.amounts.place.convention_payments.de", "du total des versements prévus par {where}"},
    {"phrase.amounts.place.other", "le montant indiqué par {where}"},
    {"phrase.amounts.place.other.capitalized", "Le montant indiqué par {where}"},
    {"phrase.amounts.place.other.a", "au montant indiqué par {where}"},
    {"phrase.amounts.place.other.de", "du montant indiqué par {where}"},
    // Budget vocabulary.
    {"phrase.amounts.budget_section.fonctionnement", "de fonctionnement"},
    {"phrase.amounts.budget_section.investissement", "d'investissement"},
    {"phrase.amounts.appropriation.ap", "autorisations de programme"},
    {"phrase.amounts.appropriation.ae", "autorisations d'engagement"},
    {"phrase.amounts.appropriation.cp", "crédits de paiement"},
    // The beneficiary a subsidy is charged to (« porte une subvention à l'association … »).
    {"phrase.amounts.beneficiary.association", "à une association"},
    {"phrase.amounts.beneficiary.association.named", "à l'association «\u00A0{name}\u00A0»"},
    {"phrase.amounts.beneficiary.foundation", "à une fondation"},
    {"phrase.amounts.beneficiary.foundation.named", "à la fondation «\u00A0{name}\u00A0»"},
    {"phrase.amounts.beneficiary.company", "à une entreprise"},
    {"phrase.amounts.beneficiary.company.named", "à l'entreprise «\u00A0{name}\u00A0»"},
    {"phrase.amounts.beneficiary.other", "à une personne morale de droit privé"},
    {"phrase.amounts.beneficiary.other.named", "à l'organisme «\u00A0{name}\u00A0»"},
    {"phrase.amounts.beneficiary.departement", "à un département"},
    {"phrase.amounts.beneficiary.departement.named", "au département «\u00A0{name}\u00A0»"},
    {"phrase.amounts.beneficiary.region", "à une région"},
    {"phrase.amounts.beneficiary.region.named", "à la région «\u00A0{name}\u00A0»"},
    {"phrase.amounts.beneficiary.commune", "à une commune"},
    {"phrase.amounts.beneficiary.commune.named", "à la commune «\u00A0{name}\u00A0»"},
    {"phrase.amounts.beneficiary.epci", "à un EPCI"},
    {"phrase.amounts.beneficiary.epci.named", "à l'EPCI «\u00A0{name}\u00A0»"},
    {"phrase.amounts.beneficiary.public_body", "à une personne publique"},
    {"phrase.amounts.beneficiary.public_body.named", "à l'organisme public «\u00A0{name}\u00A0»"},
    {"phrase.amounts.beneficiary.unknown", "à un bénéficiaire"},
    {"phrase.amounts.beneficiary.unknown.named", "au bénéficiaire «\u00A0{name}\u00A0»"},
    // A total or a difference that leaves the range of amounts ({what}: « du total … »).
    {"phrase.amounts.overflow",
     "Contrôle impossible : le calcul {what} dépasse la capacité des montants "
     "(±\u00A092\u202F233\u202F720\u202F368\u202F547\u202F758,07\u00A0€) ; les montants saisis "
     "sont à vérifier."},
    {"BUDG-IMPUTATION.operation_code_pattern",
     "Le code d'opération « {code} » {where} ne suit pas le modèle déclaré par la collectivité "
     "({pattern}) : {error}. Un code d'opération n'a pas de forme nationale, mais celui-ci ne "
     "désigne pas une opération du budget selon la nomenclature locale."},
    {"BUDG-IMPUTATION.blank",
     "L'imputation budgétaire {where} n'est pas renseignée : elle doit l'être avant signature."},
    {"BUDG-IMPUTATION.revenue_account",
     "L'imputation {imputation} {where} porte la dépense sur la nature {nature}, de la classe "
     "{class} (comptes de produits) : une subvention versée est une charge (classe 6) ou une "
     "subvention d'équipement (compte 204)."},
    {"BUDG-IMPUTATION.capital_account",
     "L'imputation {imputation} {where} porte la dépense sur la nature {nature}, de la classe "
     "{class} (comptes de capitaux) : une subvention versée est une charge (classe 6) ou une "
     "subvention d'équipement (compte 204)."},
    {"BUDG-IMPUTATION.not_subsidy_account",
     "La nature {nature} de l'imputation {imputation} {where} n'est pas un compte de "
     "subvention de la nomenclature M57 (656 participations, 657 subventions de "
     "fonctionnement, 204 subventions d'équipement) : imputation à vérifier."},
    {"BUDG-IMPUTATION.unknown_function",
     "La sous-fonction {function} de l'imputation {imputation} {where} ne figure pas dans la "
     "nomenclature fonctionnelle de l'instruction budgétaire et comptable M57 : sous réserve "
     "d'une mise à jour de cette nomenclature, le code fonctionnel est à vérifier."},
    {"BUDG-IMPUTATION.nonexistent",
     "L'imputation «\u00A0{printed}\u00A0» {where} désigne un compte ou une fonction qui n'existe "
     "pas dans la nomenclature M57 : {error}{-error_kind}{-field}."},
    {"BUDG-IMPUTATION.unreadable",
     "L'imputation «\u00A0{printed}\u00A0» {where} ne peut pas être lue comme nature/code "
     "fonctionnel : {error}{-error_kind}{-field} ; elle ne peut donc pas être vérifiée."},
    {"BUDG-IMPUTATION.function_proposed",
     " D'après l'objet de la subvention («\u00A0{word}\u00A0»), la fonction est {function} "
     "«\u00A0{label}\u00A0» : l'imputation serait {imputation}."},
    {"BUDG-IMPUTATION.function_unknown",
     " L'objet de la subvention, tel que le dossier l'énonce, ne désigne pas une fonction de ce "
     "chapitre : aucune fonction ne peut être proposée."},
    {"BUDG-IMPUTATION.reserved_account",
     "L'imputation {imputation} {where} porte une subvention {beneficiary} sur le compte {nature} "
     "«\u00A0{label}\u00A0», réservé aux {reserved_to} : le compte attendu est {usual}."},
    {"BUDG-IMPUTATION.reserved_to_public", "organismes publics"},
    {"BUDG-IMPUTATION.reserved_to_private", "personnes de droit privé"},
    {"BUDG-IMPUTATION.unconfirmed_account",
     " Sous réserve de la subdivision de ce compte dans la nomenclature M57 en vigueur, que "
     "ses reproductions publiques ne détaillent pas."},
    {"BUDG-IMPUTATION.contribution_account",
     "L'imputation {imputation} {where} porte une subvention {beneficiary} sur le compte {nature} "
     "«\u00A0{label}\u00A0», alors qu'une subvention est une contribution facultative (loi n° "
     "2000-321, art. 9-1) : le compte attendu est {usual}."},
    {"BUDG-IMPUTATION.participation_account",
     "L'imputation {imputation} {where} porte la subvention {beneficiary} sur le compte "
     "{nature} «\u00A0{label}\u00A0», compte de participations ; la nomenclature par nature "
     "M57 range les subventions de fonctionnement aux personnes de droit privé au compte 6574 "
     "et à ses "
     "subdivisions, ici le compte {usual}. Classement à vérifier avec les services "
     "financiers, sous réserve que cette nomenclature impose ce compte à une aide que la "
     "délibération qualifie de participation{account_not_found}."},
    {"BUDG-IMPUTATION.usual_account_other_private",
     "{account} «\u00A0Autres personnes de droit privé\u00A0»"},
    {"BUDG-IMPUTATION.account_not_found",
     ", et de l'existence du compte {nature} : les plans de comptes M57 publiés ne "
     "subdivisent pas le compte 656 «\u00A0Participations\u00A0»"},
    {"BUDG-SECTION.nature_chapter",
     "L'imputation {imputation} {where} associe la nature {nature} (classe {class}, section "
     "{nature_section}) au chapitre fonctionnel {chapter} (section {chapter_section}) : nature "
     "et chapitre doivent relever de la même section."},
    {"BUDG-SECTION.appropriation",
     "La ligne {imputation} {where} est gérée en {appropriation} sur un chapitre {section} : les "
     "AP n'existent qu'en section d'investissement et les AE qu'en section de fonctionnement "
     "(CGCT, art. L.3312-4)."},
    {"BUDG-SECTION.ap", "autorisation de programme (AP)"},
    {"BUDG-SECTION.ae", "autorisation d'engagement (AE)"},
    {"BUDG-CREDITS.exceeds",
     "La dépense proposée de {proposed} sur la ligne {line} {where} dépasse de {shortfall} les "
     "{appropriation} disponibles ({available}) : elle ne peut être engagée ni mandatée au-delà "
     "des crédits ouverts. Les crédits étant votés par chapitre et non par opération (CGCT "
     "L.3312-3), le dépassement de la ligne peut être couvert dans le chapitre ou par une "
     "décision modificative : vérifier les crédits du chapitre avant l'engagement."},
    {"BUDG-CREDITS.available_above_voted",
     "Sur la ligne {line} {where}, le disponible ({available}) dépasse les crédits votés "
     "({voted}) : l'un des deux montants est erroné."},
    {"BUDG-CREDITS.overflow", "du dépassement des crédits de la ligne {line}"},
    {"BUDG-BALANCE",
     "Le solde indiqué sur la ligne {line} {where}, {balance}, ne correspond pas au disponible "
     "moins la proposition : {available} − {proposed} = {computed}."},
    {"BUDG-BALANCE.overflow", "du solde de la ligne {line}"},
    {"AMOUNT-MISMATCH.differs",
     "{place}, {amount}, diffère {reference}, {reference_amount} (écart de {gap})"},
    {"AMOUNT-MISMATCH.multiyear",
     " : si la subvention est pluriannuelle, l'écart peut correspondre aux crédits de paiement "
     "d'autres exercices ; à vérifier."},
    {"AMOUNT-MISMATCH.must_agree", " : les documents doivent indiquer le même montant."},
    {"AMOUNT-MISMATCH.overflow_deliberation_grants",
     "du total des montants attribués par la délibération"},
    {"AMOUNT-MISMATCH.overflow_deliberation_imputations",
     "du total du tableau d'imputation de la délibération"},
    {"AMOUNT-MISMATCH.overflow_rapport_proposed_grants",
     "du total des montants proposés par le rapport"},
    {"AMOUNT-MISMATCH.overflow_rapport_budget", "du total du tableau d'imputation du rapport"},
    {"AMOUNT-MISMATCH.overflow_difference", "de l'écart entre les montants"},
    {"AMOUNT-CEILINGS-SUM",
     "Les montants maximums de l'aide fixés par action dans {where} ({terms} = {total}) ne "
     "correspondent pas {granted}, {granted_amount}."},
    {"AMOUNT-CEILINGS-SUM.overflow_ceilings",
     "du total des montants maximums de l'aide par action"},
    {"AMOUNT-CEILINGS-SUM.overflow_difference",
     "de l'écart entre les plafonds et le montant attribué"},
    {"AMOUNT-REQUEST-SUM.below_proposal",
     "{requests}, {requested}, est inférieur {proposal}, {proposed} (écart de {gap}) : l'aide "
     "proposée dépasse la demande du bénéficiaire, sans que le dossier l'explique."},
    {"AMOUNT-REQUEST-SUM.above_proposal",
     "{requests}, {requested}, est supérieur {proposal}, {proposed} (écart de {gap}) : l'aide "
     "proposée est inférieure à la demande."},
    {"AMOUNT-REQUEST-SUM.overflow_requests", "du total des montants sollicités"},
    {"AMOUNT-REQUEST-SUM.overflow_difference", "de l'écart entre demande et proposition"},
    {"AMOUNT-WORDS.unreadable",
     "Le montant en lettres \u00AB\u00A0{words}\u00A0\u00BB de {place} ne peut pas être lu "
     "({error}{-error_kind}) : il ne confirme pas le montant en chiffres {amount}."},
    {"AMOUNT-WORDS.differs",
     "Dans {where}, le montant en lettres «\u00A0{words}\u00A0» ({read}) diffère du montant en "
     "chiffres {amount} : l'acte énonce deux montants différents pour la même somme."},
    {"PAYMENT-EXCEEDS",
     "{payments}, {total}, dépasse {limit}, {limit_amount}, de {excess} : un versement au-delà du "
     "montant attribué serait sans fondement."},
    {"PAYMENT-EXCEEDS.overflow_payments", "du total des versements prévus"},
    {"PAYMENT-EXCEEDS.overflow_excess", "du dépassement des versements"},
    {"PAYMENT-INCOMPLETE.none",
     "La convention ne prévoit aucun versement (échéancier absent) : à la date de l'acte, les "
     "modalités de versement n'étaient pas exigées par la loi, mais rien n'y dit quand l'aide est "
     "payée."},
    {"PAYMENT-INCOMPLETE.none_required",
     "La convention ne prévoit aucun versement (échéancier absent) : rien n'y dit quand l'aide "
     "est payée, alors que les modalités de versement sont une mention exigée par {text}."},
    {"PAYMENT-INCOMPLETE.below_aid",
     "{payments} s'élève à {total} pour {limit}, {limit_amount} : {missing} ne sont couverts par "
     "aucun versement"},
    {"PAYMENT-INCOMPLETE.balance_scheduled", "."},
    {"PAYMENT-INCOMPLETE.no_balance", " et aucun solde n'est prévu."},
    {"PAYMENT-INCOMPLETE.no_balance_mentioned",
     " et aucun solde n'est prévu, bien que la convention en parle ({sections})."},
    {"PAYMENT-INCOMPLETE.overflow_unpaid", "du montant restant à verser"},
    {"PAYMENT-INCOMPLETE.no_date",
     "Le versement de {amount} prévu par {where} doit intervenir à une date qui n'est pas "
     "indiquée."},
    {"PAYMENT-INCOMPLETE.mentions",
     "La convention mentionne {mentioned:and}, mais son échéancier{schedule} {provides} : ces "
     "mentions sont sans objet, ou l'échéancier est incomplet."},
    {"PAYMENT-INCOMPLETE.mentioned_balance", "un solde ({sections})"},
    {"PAYMENT-INCOMPLETE.mentioned_advances", "des acomptes ({sections})"},
    {"PAYMENT-INCOMPLETE.provides_single", "ne prévoit qu'un versement unique de {amount}"},
    {"PAYMENT-INCOMPLETE.provides_neither", "ne prévoit ni acompte ni solde"},
    {"PAYMENT-INCOMPLETE.provides_no_advance", "ne prévoit aucun acompte"},
    {"PAYMENT-INCOMPLETE.provides_no_balance", "ne prévoit aucun solde"},
    {"BUDG-ANNEX-LIST",
     "La subvention de {amount} accordée à « {beneficiary} » {reason} : l'organisme doit figurer "
     "sur la liste, annexée aux documents budgétaires du département, des organismes auxquels le "
     "département a versé une subvention supérieure à 75\u202F000\u00A0€ ou représentant plus de "
     "50\u00A0% du "
     "produit figurant à leur compte de résultat (CGCT L.3313-1, renvoyant à l'article L.2313-1, "
     "4° c)."},
    {"BUDG-ANNEX-LIST.amount", "dépasse {threshold:prose}"},
    {"BUDG-ANNEX-LIST.share",
     "représente plus de la moitié du produit du dernier exercice clos de l'organisme "
     "({resources})"},
    {"BUDG-ANNEX-LIST.both",
     "dépasse {threshold:prose} et représente plus de la moitié du produit du dernier exercice "
     "clos de l'organisme ({resources})"},
    {"BUDG-ANNEX-LIST.resources_unknown",
     " Le dossier n'indique pas le produit figurant au compte de résultat de l'organisme : la "
     "part de la subvention dans ce produit n'a pas été calculée."},
    {"BUDG-ANNEX-LIST.share_below",
     " Elle représente au plus la moitié du produit du dernier exercice clos de l'organisme "
     "({resources})."},
    {"BUDG-ANNEX-LIST.text_of_2015",
     " Sous réserve des modifications de ces articles postérieures à 2015 (loi NOTRe, instruction "
     "M57, compte financier unique), non vérifiées."},
    {"PAYMENT-DEADLINE.late",
     "Le versement de {amount} du {date} est intervenu {days} {days|jour|jours} après l'expiration "
     "du délai de soixante jours suivant la notification de la décision d'attribution, le "
     "{notification} : la subvention devait être versée au plus tard le {deadline}, la convention "
     "ne fixant pas d'autres dates de versement et ne subordonnant pas le versement à un événement "
     "déterminé (loi 2000-321 art. 10, rédaction de la loi n° 2021-875 du 1er juillet 2021)."},
    {"PAYMENT-DEADLINE.others",
     " Le dossier fait état de {count} autre{count||s} versement{count||s} "
     "{count|tardif|tardifs}."},
    {"PAYMENT-DEADLINE.interest",
     " Ce retard n'affecte pas la légalité de la décision ; il constitue un manquement de "
     "l'autorité qui attribue la subvention envers le bénéficiaire, sous réserve des intérêts "
     "moratoires qui pourraient être dus."},
    {"PAYMENT-DEADLINE.unknown_notification",
     "Le versement du {first} est intervenu sans que la convention fixe d'autres dates de "
     "versement ou subordonne le versement à un événement déterminé : la subvention devait alors "
     "être versée dans les soixante jours suivant la notification de la décision d'attribution "
     "(loi 2000-321 art. 10, rédaction de la loi n° 2021-875 du 1er juillet 2021). Le dossier "
     "n'indiquant pas la date de cette notification, le respect de ce délai ne peut pas être "
     "vérifié."},
    {"PAYMENT-DEADLINE.no_schedule",
     "La convention ne fixe aucun versement : à défaut d'autres dates de versement ou d'un "
     "événement déterminé arrêtés par l'autorité qui attribue la subvention, celle-ci doit être "
     "versée dans les soixante jours suivant la notification de la décision d'attribution (loi "
     "2000-321 art. 10, rédaction de la loi n° 2021-875 du 1er juillet 2021)."},
    {"PAYMENT-DEADLINE.no_trigger",
     "L'échéancier de la convention ne fixe pas, pour chaque versement, la date ou l'événement qui "
     "le déclenche : à défaut, la subvention doit être versée dans les soixante jours suivant la "
     "notification de la décision d'attribution (loi 2000-321 art. 10, rédaction de la loi "
     "n° 2021-875 du 1er juillet 2021)."},
    {"PAYMENT-DEADLINE.due",
     " La décision ayant été notifiée le {notification}, le versement est dû au plus tard le "
     "{deadline}."},
    {"PAYMENT-DEADLINE.due_unknown",
     " Il convient de préciser dans la convention la date ou l'événement de chaque versement, ou "
     "de verser la subvention dans ce délai."},
    // ---- end amounts ----
    // ---- convention ----
    {"CONV-REQUIRED.one", "La subvention de {amount} attribuée à « {beneficiary} » dépasse"},
    {"CONV-REQUIRED.several",
     "Les subventions attribuées à « {beneficiary} »{year} ({amount} au total) dépassent ensemble"},
    {"CONV-REQUIRED.year", " pour l'année {year}"},
    {"CONV-REQUIRED.duty",
     "le seuil de {threshold} au-delà duquel une convention définissant l'objet, le montant et les "
     "conditions d'utilisation de la subvention est obligatoire"},
    {"CONV-REQUIRED.not_attached",
     "{subsidy} {duty} ; {authority} sa signature ({section}), mais la convention n'est pas jointe "
     "au dossier : son existence et son contenu n'ont pas pu être contrôlés."},
    {"CONV-REQUIRED.deliberation_authorises", "la délibération autorise"},
    {"CONV-REQUIRED.report_proposes", "le rapport propose d'autoriser"},
    {"CONV-REQUIRED.form_unknown",
     "{subsidy} le seuil de {threshold} et le dossier ne comporte pas de convention ; la forme "
     "juridique du bénéficiaire n'est pas indiquée : s'il s'agit d'un organisme de droit privé, "
     "une convention est obligatoire."},
    {"CONV-REQUIRED.aggregated",
     "{subsidy} {duty}, sans qu'aucune ne le dépasse seule, et le dossier ne comporte pas de "
     "convention : sous réserve que le seuil s'apprécie par bénéficiaire et par an, en "
     "cumulant les décisions, une convention est obligatoire."},
    {"CONV-REQUIRED.missing", "{subsidy} {duty}, mais le dossier ne comporte pas de convention "
                              "(bénéficiaire de droit privé : {form})."},
    {"CONV-CONTENT.required", "La convention ne définit pas {what}, mention exigée par {text}."},
    {"CONV-CONTENT.voluntary",
     "La convention ne définit pas {what}, mention exigée par {text} pour les conventions "
     "obligatoires ; la subvention ({amount}) ne dépasse pas le seuil de {threshold}, la "
     "convention est facultative mais devrait la préciser."},
    {"CONV-CONTENT.good_practice",
     "La convention ne précise pas {what} : l'article 10 de la loi n° 2000-321 du 12 avril 2000, "
     "dans sa rédaction applicable à la date de l'acte, ne les exige pas, mais sans elles le "
     "moment et les conditions du paiement restent indéterminés (bonne pratique)."},
    {"CONV-CONTENT.payment_terms_unsettled",
     " Sous réserve du texte qui les a ajoutées à l'article 10 entre le 20 juin 2014 et le "
     "1er janvier 2016, non identifié : elles sont peut-être déjà exigées à la date de l'acte."},
    {"CONV-CONTENT.text_2021",
     "l'article 10, alinéa 4, de la loi n° 2000-321 du 12 avril 2000, dans sa rédaction issue de "
     "la loi n° 2021-875 du 1er juillet 2021"},
    {"CONV-CONTENT.text_2016", "l'article 10, alinéa 4, de la loi n° 2000-321 du 12 avril 2000"},
    {"CONV-CONTENT.text_2001", "l'article 10, alinéa 3, de la loi n° 2000-321 du 12 avril 2000"},
    {"CONV-CONTENT.object", "l'objet de la subvention"},
    {"CONV-CONTENT.amount", "le montant de la subvention (ni plafond par action, ni versement)"},
    {"CONV-CONTENT.conditions_of_use",
     "les conditions d'utilisation de la subvention (ni obligations de l'organisme, ni dépenses "
     "éligibles, ni contrôle, ni bilan)"},
    {"CONV-CONTENT.payment_terms", "les modalités de versement de la subvention"},
    {"CONV-CONTENT.control_and_evaluation",
     "les modalités de contrôle et d'évaluation de la subvention (ni clause de contrôle, ni "
     "bilan)"},
    {"CONV-CONTENT.unspent_subsidy",
     "les conditions dans lesquelles l'organisme, à but non lucratif, peut conserver tout ou "
     "partie d'une subvention n'ayant pas été intégralement consommée (aucune clause de "
     "reversement)"},
    {"CONV-PERIOD.none",
     "La convention ne fixe pas de période d'application : l'éligibilité des dépenses et les "
     "délais comptés depuis la fin de la convention ne peuvent pas être déterminés."},
    {"CONV-PERIOD.blank", "La période d'application de la convention est incomplète : {which} ; "
                          "elle doit l'être avant la signature."},
    {"CONV-PERIOD.blank_both", "ses dates de début et de fin ne sont pas renseignées"},
    {"CONV-PERIOD.blank_start", "sa date de début n'est pas renseignée"},
    {"CONV-PERIOD.blank_end", "sa date de fin n'est pas renseignée"},
    {"CONV-PERIOD.reversed", "La période d'application de la convention se termine le {end}, avant "
                             "de commencer le {start}."},
    {"CONV-PERIOD.reversed_end_excluded", "La période d'application de la convention se termine le "
                                          "{end} (exclu), avant de commencer le {start}."},
    {"CONV-PERIOD.outside",
     "La période d'application de la convention ({period}) est entièrement en dehors de l'année "
     "{year} {decision} : la convention ne met pas en œuvre la décision."},
    {"CONV-PERIOD.partly_outside",
     "La période d'application de la convention ({period}) {overflow:and}, année {decision} : les "
     "dépenses hors de cette année ne relèvent pas de la décision, et le compte rendu financier se "
     "compte depuis la fin de l'exercice {year}."},
    {"CONV-PERIOD.period", "du {start} au {end}"},
    {"CONV-PERIOD.decision", "pour laquelle la subvention est attribuée ({document}, {section})"},
    {"CONV-PERIOD.starts_before", "commence {days} {days|jour|jours} avant le 1er janvier {year}"},
    {"CONV-PERIOD.ends_after", "se termine {days} {days|jour|jours} après le 31 décembre {year}"},
    {"CONV-RETROACTIVE.starts_before_decision",
     "La période d'application de la convention commence le {start}, {days} {days|jour|jours} "
     "avant la décision d'attribution du {decision_date} ({document}){eligible}."},
    {"CONV-RETROACTIVE.eligible", " ; les dépenses réalisées pendant la période sont éligibles "
                                  "({section}), y compris celles antérieures à la décision"},
    {"CONV-RETROACTIVE.unconfirmed",
     " Sous réserve qu'une convention puisse rendre éligibles, pour une subvention de l'année "
     "en cours, des dépenses antérieures à la décision, comme l'usage l'admet, cette "
     "rétroactivité n'est pas illégale en soi ; les dépenses antérieures à la décision "
     "doivent toutefois se rattacher à l'action subventionnée."},
    {"CONV-TACIT-RENEWAL",
     "La convention prévoit sa reconduction tacite : une subvention ne peut être reconduite "
     "sans nouvelle décision de l'assemblée délibérante, qui en fixe le montant dans le cadre "
     "du vote annuel du budget (les engagements pluriannuels relèvent d'autorisations "
     "d'engagement votées, CGCT art. L.3312-4), et la convention doit définir le montant "
     "qu'elle régit (loi 2000-321 art. 10). Sous réserve d'un texte particulier admettant la "
     "reconduction tacite d'une subvention, prévoir plutôt une nouvelle convention ou un "
     "avenant par exercice."},
    {"CONV-REPORT-DEADLINE.not_computable",
     "L'échéance du bilan final ({section}) ne peut pas être calculée : {reason}."},
    {"CONV-REPORT-DEADLINE.own_delay",
     "L'échéance du bilan final écrite {where} ({stated}) ne correspond pas à son propre "
     "délai : {delay} après {event} ({start}) mènent au {computed} (CPC art. 641)."},
    {"CONV-REPORT-DEADLINE.contradiction",
     "La convention fixe l'échéance du bilan final au {date} {where} et au {other_date} "
     "{other_where} : les deux mentions se contredisent."},
    {"CONV-REPORT-DEADLINE.later",
     "L'échéance du bilan final fixée par la convention ({date}, {section}) est postérieure à "
     "celle du compte rendu financier exigé par la loi : six mois après la fin de l'exercice pour "
     "lequel la subvention est attribuée, {exercise}, soit le {legal_date} (loi 2000-321 art. "
     "10).{events} Le compte rendu financier reste dû au {legal_date}."},
    {"CONV-REPORT-DEADLINE.earlier",
     "L'échéance du bilan final fixée par la convention ({date}, {section}) précède celle du "
     "compte rendu financier exigé par la loi, le {legal_date} : six mois après la fin de "
     "l'exercice pour lequel la subvention est attribuée, {exercise} (loi 2000-321 art. "
     "10).{events} L'échéance conventionnelle, plus stricte, s'impose au bénéficiaire."},
    {"CONV-REPORT-DEADLINE.exercise_calendar", "ici l'année {year}"},
    {"CONV-REPORT-DEADLINE.exercise_stated", "ici l'exercice de l'organisme clos le {date}"},
    {"CONV-REPORT-DEADLINE.earmarked_assumed",
     " Sous réserve que la subvention soit affectée à une dépense déterminée, condition de ce "
     "compte rendu : la convention ne fixe ni plafond par action ni dépenses éligibles."},
    {"CONV-REPORT-DEADLINE.calendar_assumed",
     " Sous réserve que l'exercice de l'organisme coïncide avec l'année civile : le dossier n'en "
     "indique pas la clôture."},
    {"CONV-REPORT-DEADLINE.other_event",
     " La convention compte son délai depuis {event} ({start}), la loi depuis la fin de "
     "l'exercice ({legal_start})."},
    {"CONV-REPORT-DEADLINE.shift_only",
     " L'écart tient seulement à ce que le {legal_day} n'est pas un jour ouvré : l'échéance "
     "légale est retenue à cette date, sous réserve que l'article 642 du code de procédure "
     "civile, qui la reporterait au premier jour ouvrable suivant, soit sans application au "
     "compte rendu financier, qui n'est pas un délai de procédure."},
    {"CONV-REPORT-DEADLINE.legal_day", "{date} ({weekday})"},
    {"DEADLINE-NON-WORKING-DAY", "Le {date} est {day} : c'est {what}."},
    {"DEADLINE-NON-WORKING-DAY.day", "un {weekday}"},
    {"DEADLINE-NON-WORKING-DAY.weekend_holiday", "un {weekday} et un jour férié ({holiday})"},
    {"DEADLINE-NON-WORKING-DAY.holiday", "un jour férié ({holiday}){-weekday}"},
    {"DEADLINE-NON-WORKING-DAY.report_stated", "l'échéance du bilan final fixée {stated:and}"},
    {"DEADLINE-NON-WORKING-DAY.report_computed",
     "l'échéance du bilan final calculée d'après le délai stipulé {computed:and}"},
    {"DEADLINE-NON-WORKING-DAY.report_stated_and_computed",
     "l'échéance du bilan final fixée {stated:and} (également obtenue par le délai stipulé "
     "{computed:and})"},
    {"DEADLINE-NON-WORKING-DAY.legal_report",
     "l'échéance légale du compte rendu financier (loi 2000-321 art. 10)"},
    {"DEADLINE-NON-WORKING-DAY.open_data",
     "l'échéance de publication des données essentielles (décret 2017-779)"},
    {"DEADLINE-NON-WORKING-DAY.as_well_as", ", ainsi que {what}"},
    {"PUBLICATION-OPEN-DATA.duty",
     "Les données essentielles de la convention doivent être publiées en données ouvertes dans les "
     "trois mois suivant sa signature (loi 2000-321 art. 10 ; décret "
     "2017-779){amount}{population}"},
    {"PUBLICATION-OPEN-DATA.amount", ", la subvention de {amount} dépassant {threshold}"},
    {"PUBLICATION-OPEN-DATA.population",
     " (sauf si la collectivité attributaire compte moins de 3 500 habitants : sa population n'est "
     "pas indiquée au dossier)"},
    {"PUBLICATION-OPEN-DATA.amount_unknown",
     " lorsque la subvention dépasse {threshold} ; le montant attribué n'étant pas connu, "
     "l'obligation ne peut pas être appréciée."},
    {"PUBLICATION-OPEN-DATA.signature_blank",
     " ; la date de signature n'étant pas renseignée, la date limite de publication ne peut pas "
     "être calculée."},
    {"PUBLICATION-OPEN-DATA.not_computable",
     " ; la date limite ne peut pas être calculée : {reason}."},
    {"PUBLICATION-OPEN-DATA.due",
     " : signée le {signature}, elle doit être publiée au plus tard le {deadline}."},
    {"PUBLICATION-OPEN-DATA.late",
     "Les données essentielles de la convention signée le {signature} ont été publiées le "
     "{publication}, après la date limite du {deadline} (trois mois après la signature, loi "
     "2000-321 art. 10 ; décret 2017-779){population}."},
    {"PUBLICATION-OPEN-DATA.shift_only",
     " {deadline_day}, le retard est retenu sous réserve que l'article 642 du code de "
     "procédure civile soit sans application à ce délai réglementaire, qui n'est pas un délai "
     "de procédure : s'il s'appliquait, la publication serait dans le délai."},
    {"PUBLICATION-OPEN-DATA.deadline_day", "Le {date} étant un {weekday}"},
    {"CONV-CER", "La convention ne mentionne pas le contrat d'engagement républicain auquel {who} "
                 "« {beneficiary} » doit avoir souscrit en demandant la subvention (loi 2000-321 "
                 "art. 10-1 ; décret 2021-1947, pour les demandes déposées depuis le {in_force}). "
                 "Cette mention n'est pas exigée dans la convention elle-même, mais rien au "
                 "dossier n'atteste l'engagement, dont le manquement oblige à retirer la "
                 "subvention : vérifier qu'il figure dans la demande (sauf organisme agréé ou "
                 "reconnu d'utilité publique, réputé l'avoir souscrit), ou ajouter une clause."},
    {"CONV-CER.request", " La demande a été déposée le {date}."},
    {"CONV-CER.request_unknown",
     " Sous réserve de la date de la demande, que le dossier n'indique pas : la date de l'acte "
     "({date}) en tient lieu."},
    {"CONV-CER.association", "l'association"},
    {"CONV-CER.foundation", "la fondation"},
    {"phrase.convention.at_article", "à l'{section}"},
    {"phrase.convention.at_section", "dans la section « {section} »"},
    {"phrase.convention.at_document", "dans le document"},
    {"phrase.convention.document.deliberation", "délibération"},
    {"phrase.convention.document.rapport", "rapport"},
    {"phrase.convention.document.convention", "convention"},
    {"phrase.convention.document.dossier", "dossier"},
    {"phrase.convention.event.convention_end", "la fin de la convention"},
    {"phrase.convention.event.financial_year_end", "la fin de l'exercice"},
    {"phrase.convention.event.signature", "la signature"},
    {"phrase.convention.event.notification", "la notification"},
    {"phrase.convention.event.publication", "la publication"},
    {"phrase.convention.event.transmission", "la transmission"},
    {"phrase.convention.event.receipt", "la réception"},
    {"phrase.convention.event.decision", "la décision"},
    {"phrase.convention.event.other", "un autre événement"},
    {"phrase.convention.delay.days", "{count} {count|jour|jours}"},
    {"phrase.convention.delay.months", "{count} mois"},
    {"phrase.convention.delay.years", "{count} {count|an|ans}"},
    {"phrase.convention.weekday.sunday", "dimanche"},
    {"phrase.convention.weekday.monday", "lundi"},
    {"phrase.convention.weekday.tuesday", "mardi"},
    {"phrase.convention.weekday.wednesday", "mercredi"},
    {"phrase.convention.weekday.thursday", "jeudi"},
    {"phrase.convention.weekday.friday", "vendredi"},
    {"phrase.convention.weekday.saturday", "samedi"},
    {"AID-STATE-MENTION.none",
     "{reason} : l'aide peut constituer une aide d'État, et ni la délibération ni la convention "
     "n'indiquent le régime sous lequel elle est accordée (de minimis, régime d'exemption ou aide "
     "notifiée). Une aide de minimis suppose que l'entreprise soit informée par écrit du montant "
     "de l'aide et de son caractère de minimis, avec la mention expresse du règlement, de son "
     "titre et de sa référence de publication au Journal officiel de l'Union européenne "
     "({regulation}) : indiquer le régime de l'aide dans l'acte ou dans la convention."},
    {"AID-STATE-MENTION.partial",
     "{reason} : l'aide est présentée comme une aide de minimis, mais {missing}. L'entreprise "
     "doit être informée par écrit du montant de l'aide et de son caractère de minimis, avec la "
     "mention expresse du règlement, de son titre et de sa référence de publication au Journal "
     "officiel de l'Union européenne ({regulation}) : compléter l'acte ou la convention."},
    {"AID-STATE-MENTION.missing_reference",
     "ni la délibération ni la convention ne citent le règlement applicable"},
    {"AID-STATE-MENTION.missing_character",
     "ni la délibération ni la convention n'indiquent le caractère de minimis de l'aide"},
    {"AID-STATE-MENTION.missing_both",
     "ni la délibération ni la convention ne citent le règlement applicable ni n'indiquent le "
     "caractère de minimis de l'aide"},
    {"AID-STATE-MENTION.regulation_2013", "règlement (UE) n° 1407/2013, art. 6 § 1"},
    {"AID-STATE-MENTION.regulation_2023", "règlement (UE) 2023/2831, art. 6"},
    {"AID-STATE-MENTION.activity",
     "Le dossier indique que « {beneficiary} » exerce une activité économique"},
    {"AID-STATE-MENTION.company",
     "« {beneficiary} » est une société, présumée exercer une activité économique"},
    {"AID-STATE-MENTION.declared",
     "L'aide à « {beneficiary} » est déclarée au titre du règlement (UE) {regulation}"},
    {"AID-STATE-MENTION.unverified",
     " Sous réserve du contenu de l'article 6 du règlement (UE) 2023/2831, non vérifié : "
     "l'obligation d'information retenue est celle de l'article 6 § 1 du règlement (UE) "
     "n° 1407/2013, qu'il remplace."},
    {"CONV-PASS-ON",
     "La convention décrit une redistribution de la subvention par {beneficiary} à d'autres "
     "organismes (« {text} ») sans comporter de clause qui l'autorise expressément. Or il est "
     "interdit à un organisme subventionné d'employer tout ou partie de la subvention en "
     "subventions à d'autres associations, œuvres ou entreprises, « sauf lorsque cela est "
     "expressément prévu dans la convention » (CGCT art. L.1611-4)."},
    {"CONV-PASS-ON.others",
     " {count} autre{count||s} passage{count||s} de la convention {count|décrit|décrivent} une "
     "telle redistribution."},
    {"CONV-PASS-ON.advice",
     " Si cette mention n'était pas regardée comme une autorisation expresse, les sommes reversées "
     "seraient employées contrairement à la loi et pourraient être répétées. Il convient "
     "d'insérer une clause autorisant expressément le reversement, qui en désigne les "
     "bénéficiaires, le montant et les conditions."},
    {"WORSHIP-FUNDING.cultuelle",
     "{beneficiary} est une association cultuelle : elle ne peut, sous quelque forme que ce soit, "
     "recevoir de subvention de l'État, des départements et des communes (loi du 9 décembre 1905, "
     "art. 19), la République ne subventionnant aucun culte (art. 2). La subvention ne peut pas "
     "lui être attribuée ; seules échappent à cette interdiction les sommes allouées pour des "
     "réparations aux édifices affectés au culte public."},
    {"WORSHIP-FUNDING.repairs",
     "{beneficiary} est une association cultuelle, qui ne peut recevoir de subvention (loi du "
     "9 décembre 1905, art. 19) ; la convention porte toutefois sur des réparations ou des "
     "travaux, et les sommes allouées pour réparations aux édifices affectés au culte public ne "
     "sont pas considérées comme des subventions. Il convient de vérifier que la somme est "
     "affectée exclusivement à de telles réparations, sous réserve de la rédaction de l'article 19 "
     "issue de la loi n° 2021-1109 du 24 août 2021."},
    {"WORSHIP-FUNDING.worship",
     "Le nom du bénéficiaire ({beneficiary}) ou l'objet de la subvention se rapporte à l'exercice "
     "d'un culte "
     "(« {text} ») : la République ne subventionne aucun culte (loi du 9 décembre 1905, art. 2). "
     "Un organisme qui exerce aussi une activité cultuelle ne peut être aidé que pour une action "
     "d'intérêt général distincte du culte, et à la condition que la subvention ne finance pas le "
     "culte, sous réserve de la jurisprudence du Conseil d'État de 2011 qui l'admet."},
    {"WORSHIP-FUNDING.no_clause",
     " La convention ne comporte aucune clause excluant le financement d'activités cultuelles : "
     "il convient de vérifier l'activité subventionnée et de stipuler cette exclusion."},
    {"WORSHIP-FUNDING.clause",
     " La convention exclut le financement d'activités cultuelles ; il reste à vérifier que "
     "l'activité subventionnée en est distincte."},
    {"WORSHIP-FUNDING.local_law",
     "La collectivité attributaire relève du département {code}, où la loi du 9 décembre 1905 "
     "n'est pas applicable (Bas-Rhin, Haut-Rhin, Moselle) : le bénéficiaire {beneficiary} "
     "paraissant lié à un culte, la subvention s'apprécie au regard du droit local des cultes, "
     "sous réserve de l'examen de ce régime, que la présente vérification n'inclut pas."},
    {"DEADLINE-NON-WORKING-DAY.to_contractual", "à une échéance fixée par la convention"},
    {"DEADLINE-NON-WORKING-DAY.to_legal_report",
     "au compte rendu financier, délai légal qui n'est pas un délai de procédure"},
    {"DEADLINE-NON-WORKING-DAY.to_open_data",
     "à la publication des données essentielles, délai réglementaire qui n'est pas un délai "
     "de procédure"},
    {"DEADLINE-NON-WORKING-DAY.kept",
     " Cette date est retenue, sous réserve que l'article 642 du code de procédure civile, "
     "qui proroge jusqu'au premier jour ouvrable suivant le délai expirant un samedi, un "
     "dimanche ou un jour férié, soit sans application {which:and} : s'il s'appliquait, "
     "l'échéance serait le {effective:weekday}."},
    {"DEADLINE-NON-WORKING-DAY.extended",
     " L'échéance est reportée au {effective:weekday} (code de procédure civile, art. 642), "
     "sous réserve que cet article s'applique {which:and} ; à défaut, elle reste le {date}, "
     "et mieux vaut remettre le document avant cette date."},
    {"DEADLINE-NON-WORKING-DAY.advice",
     " Mieux vaut remettre le document avant le {date}, ou stipuler un jour ouvré."},
    // ---- end convention ----
    // ---- formal ----
    {"CONV-JURISDICTION.derogation",
     "La clause de juridiction ({where}) attribue les litiges au «\u00A0{named}\u00A0», alors "
     "que {competent}. Cette clause est permise par l\u2019article R.312-11, alinéa 2, du code de "
     "justice administrative si l\u2019intérêt public ne s\u2019y oppose pas et si elle figure "
     "dans la convention initiale ou dans un avenant antérieur à la naissance du litige."},
    {"CONV-JURISDICTION.unknown_seat",
     "La clause de juridiction ({where}) désigne «\u00A0{named}\u00A0», qui n\u2019est le siège "
     "d\u2019aucun tribunal administratif (CJA R.221-3)\u00A0: la clause est à corriger\u00A0; à "
     "défaut, {competent}."},
    {"CONV-JURISDICTION.other_court",
     "La clause de juridiction ({where}) désigne «\u00A0{named}\u00A0», qui n\u2019est pas un "
     "tribunal administratif, alors que les litiges relatifs à la convention relèvent de la "
     "juridiction administrative et que {competent}."},
    {"CONV-JURISDICTION.competent",
     "le tribunal administratif compétent en vertu de l\u2019article R.312-11, alinéa 1er, du "
     "code de justice administrative est celui du siège de l\u2019autorité signataire "
     "({signatory}), dans le département {code} ({departement})\u00A0: le {expected} (CJA "
     "R.221-3)"},
    {"CONV-JURISDICTION.unconfirmed",
     " Sous réserve du lieu d\u2019exécution de la convention, que le dossier n\u2019indique pas "
     "(le tribunal de ce lieu prime celui du siège), et de la table de l\u2019article R.221-3 "
     "dans sa rédaction issue du décret n°\u00A02009-945 (modifications ultérieures non "
     "vérifiées)."},
    {"CONV-JURISDICTION.signatory_unnamed", "la collectivité signataire"},
    {"CONV-ARTICLE-NUMBERING.unnumbered",
     "L\u2019article de la convention intitulé «\u00A0{title}\u00A0» (entrée n°\u00A0{entry} de "
     "l\u2019index) n\u2019a pas de numéro."},
    {"CONV-ARTICLE-NUMBERING.duplicate",
     "Le numéro d\u2019article {number} de la convention est déjà utilisé («\u00A0{first_title}"
     "\u00A0», puis «\u00A0{title}\u00A0»)\u00A0: les renvois à l\u2019article {number} sont "
     "ambigus."},
    {"CONV-ARTICLE-NUMBERING.out_of_order",
     "L\u2019article {number} de la convention est placé après l\u2019article {previous}\u00A0: "
     "les articles ne se suivent pas dans l\u2019ordre."},
    {"CONV-ARTICLE-NUMBERING.gap_at_start",
     "La numérotation des articles de la convention commence à l\u2019article {number}\u00A0: "
     "{missing}."},
    {"CONV-ARTICLE-NUMBERING.gap",
     "La numérotation des articles de la convention passe de l\u2019article {previous} à "
     "l\u2019article {number}\u00A0: {missing}."},
    {"CONV-ARTICLE-NUMBERING.missing",
     "{count|l\u2019article|les articles} {numbers:and} {count|manque|manquent}"},
    {"CONV-ARTICLE-NUMBERING.range", "{first} à {last}"},
    {"CONV-AUTHORISATION",
     "La convention déclare son signataire pour le Département autorisé par {cited}, alors que "
     "{actual}\u00A0: faute de délibération l\u2019y autorisant, le signataire n\u2019aurait pas "
     "qualité pour signer."},
    {"CONV-AUTHORISATION.cited", "une délibération{number}{body}{date}"},
    {"CONV-AUTHORISATION.cited_number", " n°\u00A0{number}"},
    {"CONV-AUTHORISATION.cited_body", " {body}"},
    {"CONV-AUTHORISATION.cited_date", " du {date:long}"},
    {"CONV-AUTHORISATION.actual",
     "la délibération du dossier{number} a été prise par {body}{date}"},
    {"CONV-AUTHORISATION.actual_number", " (n°\u00A0{number})"},
    {"CONV-AUTHORISATION.actual_date", " le {date:long}"},
    {"CONV-BANK-DETAILS.blank",
     "{count|La coordonnée bancaire|Les coordonnées bancaires} {fields:and} de la convention "
     "({section}) {count|est laissée|sont laissées} en blanc"},
    {"CONV-BANK-DETAILS.field_iban", "IBAN"},
    {"CONV-BANK-DETAILS.field_bic", "BIC"},
    {"CONV-BANK-DETAILS.field_domiciliation", "domiciliation"},
    {"CONV-BANK-DETAILS.field_holder", "titulaire du compte"},
    {"CONV-BANK-DETAILS.section_unnamed", "coordonnées bancaires"},
    {"CONV-BANK-DETAILS.signed",
     "{what} alors que la convention est signée\u00A0: le comptable ne peut pas verser l\u2019aide "
     "sur un compte non désigné."},
    {"CONV-BANK-DETAILS.payments_one_field",
     "{what}\u00A0; le versement de l\u2019aide ({payments} {payments|versement prévu|versements "
     "prévus}) en dépend\u00A0: usuel dans un projet annexé à la délibération, le champ est à "
     "compléter, ou un relevé d\u2019identité bancaire à fournir, avant le versement."},
    {"CONV-BANK-DETAILS.payments_fields",
     "{what}\u00A0; le versement de l\u2019aide ({payments} {payments|versement prévu|versements "
     "prévus}) en dépend\u00A0: usuel dans un projet annexé à la délibération, les champs sont à "
     "compléter, ou un relevé d\u2019identité bancaire à fournir, avant le versement."},
    {"CONV-BANK-DETAILS.draft",
     "{what}\u00A0: usuel dans un projet annexé à la délibération\u00A0; à compléter, ou un "
     "relevé d\u2019identité bancaire à fournir, avant le versement."},
    {"CONV-CROSS-REFERENCE.missing_target",
     "L\u2019article {from} de la convention renvoie à l\u2019article {to}, qui n\u2019existe pas "
     "(la convention compte {count} {count|article|articles}, le dernier étant l\u2019article "
     "{last})."},
    {"CONV-CROSS-REFERENCE.wrong_target",
     "L\u2019article {from} de la convention renvoie, pour {subject}, à l\u2019article {to} "
     "(«\u00A0{title}\u00A0»), qui n\u2019en traite pas\u00A0: {where}."},
    {"CONV-CROSS-REFERENCE.dealt_with_nowhere",
     "aucun article de la convention ne traite {subject}"},
    {"CONV-CROSS-REFERENCE.dealt_with_in",
     "{subject} fait l\u2019objet de l\u2019article {article}{see_also}"},
    {"CONV-CROSS-REFERENCE.see_also",
     " (voir aussi {count|l\u2019article|les articles} {articles:and})"},
    {"CONV-CROSS-REFERENCE.dealt_with_in_several",
     "{subject} est traité aux articles {articles:and}"},
    {"CONV-INCOMPLETE.blank_draft", " (à compléter avant la signature)"},
    {"CONV-INCOMPLETE.blank_signed", " sur l\u2019exemplaire signé"},
    {"CONV-INCOMPLETE.dossier_number",
     "Le numéro de la convention («\u00A0Dossier n°\u00A0») est laissé en blanc{blank}."},
    {"CONV-INCOMPLETE.dossier_number_required",
     "Le numéro de la convention («\u00A0Dossier n°\u00A0») est laissé en blanc{blank}, alors que "
     "la convention elle-même ({where}) exige que toute communication mentionne ce numéro."},
    {"CONV-INCOMPLETE.where_unnamed", "la convention"},
    {"CONV-INCOMPLETE.signature_date",
     "La date de signature de la convention est laissée en blanc{blank}\u00A0: la date à laquelle "
     "la convention est conclue n\u2019est pas établie."},
    {"CONV-INCOMPLETE.signatories",
     "La convention compte {count} {count|signataire|signataires} au lieu de deux, un pour chaque "
     "partie{blank}."},
    {"CONV-INCOMPLETE.signatory_name",
     "Le nom du signataire n°\u00A0{number}{party} de la convention est laissé en blanc{blank}."},
    {"CONV-INCOMPLETE.party", " ({party})"},
    {"ID-LABEL.siret",
     "Le numéro «\u00A0{value}\u00A0» est présenté comme un numéro {label} mais compte 14 "
     "chiffres\u00A0: c\u2019est un numéro SIRET{validity}, qui identifie un établissement (SIREN "
     "{siren}, NIC {nic})."},
    {"ID-LABEL.siren",
     "Le numéro «\u00A0{value}\u00A0» est présenté comme un numéro {label} mais ne compte que 9 "
     "chiffres\u00A0: c\u2019est un numéro SIREN{validity}, qui identifie la personne morale "
     "et non l\u2019un de ses établissements (le SIRET compte 14 chiffres\u00A0: SIREN et NIC)."},
    {"ID-LABEL.rna",
     "Le numéro «\u00A0{value}\u00A0» est présenté comme un numéro {label} mais a la forme "
     "d\u2019un numéro RNA (W suivi de 9 chiffres, répertoire national des associations), non "
     "d\u2019un numéro {label}."},
    {"ID-LABEL.wrong_check_digit", " (dont la clé de contrôle est fausse)"},
    {"ID-LABEL.siren_digits", "{first}\u00A0{second}\u00A0{third}"},
    {"ID-CHECKSUM.number",
     "Le numéro {name} «\u00A0{value}\u00A0» {party} est invalide\u00A0: {error}{-reason}."},
    {"ID-CHECKSUM.code",
     "Le code {name} «\u00A0{value}\u00A0» {party} est invalide\u00A0: {error}{-reason}."},
    // Which check failed: not shown in French, which quotes the parser's explanation instead.
    {"ID-CHECKSUM.reason.rib_key", "clé RIB erronée"},
    {"ID-CHECKSUM.reason.mod97", "clé de contrôle de l\u2019IBAN erronée (modulo 97)"},
    {"ID-CHECKSUM.reason.luhn", "clé de Luhn erronée"},
    {"ID-CHECKSUM.reason.la_poste_sum",
     "SIRET de La Poste dont la somme des chiffres n\u2019est pas un multiple de 5"},
    {"ID-CHECKSUM.reason.siren_part", "sa partie SIREN ne passe pas le contrôle de Luhn"},
    {"ID-CHECKSUM.reason.format",
     "un caractère ou une présentation que l\u2019identifiant n\u2019admet pas"},
    {"ID-CHECKSUM.reason.length", "nombre de caractères erroné"},
    {"ID-CHECKSUM.reason.component", "partie inconnue, comme le code pays"},
    {"ID-CHECKSUM.reason.other", "défaut de l\u2019identifiant{-error_kind}"},
    {"phrase.formal.of_party.beneficiary", "du bénéficiaire"},
    {"phrase.formal.of_party.grantor", "de la collectivité signataire"},
    {"phrase.formal.of_party.collectivite", "de la collectivité"},
    {"phrase.formal.of_party.bank_details", "du compte bancaire"},
    {"phrase.formal.body.commission_permanente", "la Commission permanente"},
    {"phrase.formal.body.conseil_departemental", "le Conseil départemental"},
    {"phrase.formal.of_body.commission_permanente", "de la Commission permanente"},
    {"phrase.formal.of_body.conseil_departemental", "du Conseil départemental"},
    {"phrase.formal.subject.object", "l\u2019objet de la convention"},
    {"phrase.formal.subject.actions", "les actions soutenues"},
    {"phrase.formal.subject.period", "la période d\u2019application"},
    {"phrase.formal.subject.obligations", "les obligations du bénéficiaire"},
    {"phrase.formal.subject.meetings", "les comités de suivi"},
    {"phrase.formal.subject.communication", "la communication"},
    {"phrase.formal.subject.professional_secrecy", "le secret professionnel"},
    {"phrase.formal.subject.purchases", "les achats"},
    {"phrase.formal.subject.eligible_expenses", "les dépenses éligibles"},
    {"phrase.formal.subject.intellectual_property", "la propriété intellectuelle"},
    {"phrase.formal.subject.conflict_of_interest", "les conflits d\u2019intérêts"},
    {"phrase.formal.subject.control", "le contrôle"},
    {"phrase.formal.subject.amount", "le montant de l\u2019aide"},
    {"phrase.formal.subject.payment", "les modalités de versement"},
    {"phrase.formal.subject.final_report", "le bilan final d\u2019exécution"},
    {"phrase.formal.subject.bank_details", "les coordonnées bancaires"},
    {"phrase.formal.subject.amendment", "les avenants"},
    {"phrase.formal.subject.renunciation", "la renonciation"},
    {"phrase.formal.subject.termination", "la résiliation"},
    {"phrase.formal.subject.reimbursement", "le reversement"},
    {"phrase.formal.subject.jurisdiction", "la juridiction compétente"},
    {"phrase.formal.subject.state_aid", "les aides d\u2019État"},
    {"phrase.formal.subject.republican_commitment", "le contrat d\u2019engagement républicain"},
    {"phrase.formal.subject.other", "ce sujet"},
    // After « de », contracted (de + le = du, de + les = des).
    {"phrase.formal.of_subject.object", "de l\u2019objet de la convention"},
    {"phrase.formal.of_subject.actions", "des actions soutenues"},
    {"phrase.formal.of_subject.period", "de la période d\u2019application"},
    {"phrase.formal.of_subject.obligations", "des obligations du bénéficiaire"},
    {"phrase.formal.of_subject.meetings", "des comités de suivi"},
    {"phrase.formal.of_subject.communication", "de la communication"},
    {"phrase.formal.of_subject.professional_secrecy", "du secret professionnel"},
    {"phrase.formal.of_subject.purchases", "des achats"},
    {"phrase.formal.of_subject.eligible_expenses", "des dépenses éligibles"},
    {"phrase.formal.of_subject.intellectual_property", "de la propriété intellectuelle"},
    {"phrase.formal.of_subject.conflict_of_interest", "des conflits d\u2019intérêts"},
    {"phrase.formal.of_subject.control", "du contrôle"},
    {"phrase.formal.of_subject.amount", "du montant de l\u2019aide"},
    {"phrase.formal.of_subject.payment", "des modalités de versement"},
    {"phrase.formal.of_subject.final_report", "du bilan final d\u2019exécution"},
    {"phrase.formal.of_subject.bank_details", "des coordonnées bancaires"},
    {"phrase.formal.of_subject.amendment", "des avenants"},
    {"phrase.formal.of_subject.renunciation", "de la renonciation"},
    {"phrase.formal.of_subject.termination", "de la résiliation"},
    {"phrase.formal.of_subject.reimbursement", "du reversement"},
    {"phrase.formal.of_subject.jurisdiction", "de la juridiction compétente"},
    {"phrase.formal.of_subject.state_aid", "des aides d\u2019État"},
    {"phrase.formal.of_subject.republican_commitment", "du contrat d\u2019engagement républicain"},
    {"phrase.formal.of_subject.other", "de ce sujet"},
    // ---- end formal ----
    // ---- execution ----
    {"BUDGET-UNBALANCED",
     "Le budget prévisionnel de l'action {action} n'est pas équilibré : {gaps} (CERFA n° 12156)."},
    {"BUDGET-UNBALANCED.deficit",
     "les charges (comptes 60 à 68, {charges}) et les produits (comptes 70 à 78, {resources}) "
     "diffèrent de {gap} (déficit)"},
    {"BUDGET-UNBALANCED.surplus",
     "les charges (comptes 60 à 68, {charges}) et les produits (comptes 70 à 78, {resources}) "
     "diffèrent de {gap} (excédent)"},
    {"BUDGET-UNBALANCED.in_kind",
     "les contributions en nature employées (86, {used}) et reçues (87, {received}) diffèrent"},
    {"BUDGET-UNBALANCED.both", "{totals} ; {in_kind}"},
    {"BUDGET-UNBALANCED.overflow",
     "Les totaux du budget prévisionnel de l'action {action} dépassent les montants "
     "représentables : équilibre non vérifié."},
    {"SETTLE-OVERPAYMENT.above_ceiling",
     "Les versements effectués, {paid}, dépassent le plafond de l'aide fixé par la convention, "
     "{ceiling}, de {excess} : cette somme est à reverser (convention, art. 7 et 12)."},
    {"SETTLE-OVERPAYMENT.above_final_grant_reduced",
     "Les versements effectués, {paid}, dépassent l'aide définitive calculée sur le bilan "
     "final, {final_grant} (réduction proportionnelle aux dépenses éligibles, arrondi par "
     "excès sur le total), de {to_recover}."},
    {"SETTLE-OVERPAYMENT.above_final_grant_ceilings",
     "Les versements effectués, {paid}, dépassent l'aide définitive calculée sur le bilan "
     "final, {final_grant} (plafonds de la convention, dépenses inéligibles exclues), de "
     "{to_recover}."},
    {"SETTLE-REPORT-LATE.late",
     "Le bilan final a été transmis le {sent:long}, {days} {days|jour|jours} après l'échéance du "
     "{due:weekday} : le remboursement de la totalité des sommes versées peut être exigé "
     "(convention, art. 12)."},
    {"SETTLE-REPORT-LATE.on_time_by_shift",
     "Le bilan final, transmis le {sent:long}, n'est dans les délais que par le report de "
     "l'échéance du {nominal:weekday} au {due:weekday} (code de procédure civile, art. 642), "
     "retenu sous réserve que cet article s'applique à ce délai contractuel."},
    {"SETTLE-REPORT-LATE.missing",
     "Le bilan final n'a pas été transmis alors que l'échéance du {due:weekday} est passée "
     "(contrôle au {as_of:long}) : le remboursement de la totalité des sommes versées peut être "
     "exigé (convention, art. 12)."},
    {"SETTLE-INELIGIBLE-EXPENSE", "La dépense « {label} » {when}, {amount}, est inéligible : "
                                  "{reasons:and} ; elle est exclue du calcul du solde."},
    {"SETTLE-INELIGIBLE-EXPENSE.dated", "du {date:long}"},
    {"SETTLE-INELIGIBLE-EXPENSE.undated", "sans date"},
    {"SETTLE-INELIGIBLE-EXPENSE.reason.before_period",
     "antérieure au début de la période de la convention"},
    {"SETTLE-INELIGIBLE-EXPENSE.reason.after_period",
     "postérieure à la fin de la période de la convention"},
    {"SETTLE-INELIGIBLE-EXPENSE.reason.no_action", "rattachée à aucune action"},
    {"SETTLE-INELIGIBLE-EXPENSE.reason.unknown_action",
     "rattachée à une action absente de la convention"},
    {"SETTLE-INELIGIBLE-EXPENSE.reason.not_positive", "montant nul ou négatif"},
    {"SETTLE-INELIGIBLE-EXPENSE.reason.in_kind",
     "contribution volontaire en nature (compte 86), non décaissée"},
    {"SETTLE-INELIGIBLE-EXPENSE.reason.rejected", "rejetée au contrôle de service fait"},
    {"SETTLE-INELIGIBLE-EXPENSE.reason.rejected_because",
     "rejetée au contrôle de service fait ({rejection})"},
    {"AID-DEMINIMIS.not_applicable",
     "L'aide de {amount} est déclarée de minimis au titre du {title}{-regulation}, qui ne "
     "s'applique pas à la date de la décision ({date:numeric}) : {reason}."},
    {"AID-DEMINIMIS.exceeds",
     "L'aide de minimis de {amount} décidée le {date:numeric} dépasse le plafond : "
     "{reasons}{-regulation}{-ceiling}{-cumulated}{-window}. Reste disponible : "
     "{headroom}{returns}. Au-delà du plafond, aucune part de l'aide ne relève du règlement : elle "
     "doit être notifiée ou relever d'une autre exemption."},
    {"AID-DEMINIMIS.fits_from",
     " ; le montant tiendrait sous le plafond à partir du {date:numeric}"},
    {"AID-DEMINIMIS.never_fits",
     " ; le montant ne tiendra pas sous le plafond d'ici le 31/12/2030"},
    {"AID-DEMINIMIS.overflow", "du cumul des aides"},
    {"BENEFICIARY-AUDIT",
     "L'association « {beneficiary} » reçoit du département une subvention en numéraire de "
     "{amount} ; {total} dépasse le seuil de {threshold:prose} (code de commerce, art. D.612-5). "
     "Une association ayant reçu annuellement des autorités administratives des subventions en "
     "numéraire dont le montant global dépasse ce seuil doit établir des comptes annuels "
     "comprenant un bilan, un compte de résultat et une annexe, nommer au moins un commissaire "
     "aux comptes et un suppléant, et assurer la publicité de ses comptes annuels et du rapport "
     "du commissaire aux comptes sur le site internet de la Direction des Journaux officiels "
     "(code de commerce, art. L.612-4 ; décret n° 2009-540 du 14 mai 2009, art. 1er). S'assurer "
     "que l'association le sait ; la convention peut rappeler ces obligations."},
    {"BENEFICIARY-AUDIT.with_others",
     "avec les autres subventions publiques de l'année que le dossier indique ({others}), le "
     "montant global de {total}"},
    {"BENEFICIARY-AUDIT.grant_only", "cette subvention à elle seule"},
    {"BENEFICIARY-AUDIT.others_unknown",
     " Le dossier n'indique pas les autres subventions publiques reçues dans l'année : seule la "
     "subvention du département a été comptée."},
    {"BENEFICIARY-AUDIT.reserve",
     " Sous réserve que la subvention soit reçue dans l'année de son attribution, et de la "
     "rédaction actuelle du deuxième alinéa de l'article L.612-4 (commissaire aux comptes), lue "
     "dans sa version de 2005."},
    {"SETTLE-OVERPAYMENT.to_recover",
     " Un reversement de {to_recover} est à demander par titre de perception (convention, "
     "art. 12)."},
    {"SETTLE-OVERPAYMENT.kept_all",
     " La convention ({section}) permet à l'organisme de conserver jusqu'à {kept} d'une "
     "subvention n'ayant pas été intégralement consommée (loi n° 2000-321 du 12 avril 2000, "
     "art. 10, al. 4, dans sa rédaction issue de la loi n° 2021-875 du 1er juillet 2021) : "
     "l'écart ne tenant qu'à des sommes non utilisées, cette clause le couvre et aucun "
     "reversement n'est à demander."},
    {"SETTLE-OVERPAYMENT.kept_part",
     " La convention ({section}) permet à l'organisme de conserver jusqu'à {kept} d'une "
     "subvention n'ayant pas été intégralement consommée (loi n° 2000-321 du 12 avril 2000, "
     "art. 10, al. 4, dans sa rédaction issue de la loi n° 2021-875 du 1er juillet 2021) : "
     "l'écart ne tenant qu'à des sommes non utilisées, seul le surplus, {due}, est à demander "
     "par titre de perception (convention, art. 12)."},
    {"SETTLE-OVERPAYMENT.kept_unknown",
     " La convention ({section}) permet à l'organisme de conserver tout ou partie d'une "
     "subvention n'ayant pas été intégralement consommée (loi n° 2000-321 du 12 avril 2000, "
     "art. 10, al. 4, dans sa rédaction issue de la loi n° 2021-875 du 1er juillet 2021) ; "
     "{why} : le reversement n'est à demander, dans la limite de {to_recover}, que pour la "
     "part que cette clause ne couvre pas."},
    {"SETTLE-OVERPAYMENT.kept_not_stated",
     "la part qu'elle couvre n'étant pas chiffrée au dossier, elle ne peut pas être déterminée"},
    {"SETTLE-OVERPAYMENT.kept_other_grounds",
     "l'écart tenant aussi à des dépenses inéligibles ou au plafonnement au déficit, la part "
     "qu'elle couvre ne peut pas être déterminée"},
    {"SETTLE-OVERPAYMENT.withdrawal",
     " Le reversement repose sur la convention et sur le retrait de la décision d'attribution "
     "à due concurrence, que l'article L.242-2, 2°, du code des relations entre le public et "
     "l'administration permet sans condition de délai lorsque les conditions mises à l'octroi "
     "de la subvention n'ont pas été respectées ; ce retrait est une décision motivée, prise "
     "après que l'organisme a été mis à même de présenter ses observations (CE, 4 octobre "
     "2021, n° 438695)."},
    {"SETTLE-REPORT-LATE.late_unless_shift",
     "Le bilan final a été transmis le {sent:long}, {days} {days|jour|jours} après l'échéance "
     "du {due:weekday} : le remboursement de la totalité des sommes versées peut être exigé "
     "(convention, art. 12). Ce retard est retenu sous réserve que l'article 642 du code de "
     "procédure civile soit sans application à ce délai contractuel : s'il s'appliquait, "
     "l'échéance serait reportée au {shifted:weekday} et le bilan serait dans les délais."},
    // ---- end execution ----
    // ---- extraction ----
    {"EXTRACT-NOT-TEXT.pdf", "{file}le fichier est un PDF : convertissez-le en texte (pdftotext)"},
    {"EXTRACT-NOT-TEXT.zip",
     "{file}le fichier est une archive ZIP (document Word .docx, OpenDocument .odt…) : "
     "enregistrez-le en texte brut"},
    {"EXTRACT-NOT-TEXT.ole",
     "{file}le fichier est un document Word ou Excel (ancien format .doc, .xls) : "
     "enregistrez-le en texte brut"},
    {"EXTRACT-NOT-TEXT.binary",
     "{file}le fichier contient des octets nuls : ce n'est pas un fichier texte"},
    {"EXTRACT-ENCODING",
     "{file}le texte n'est pas en UTF-8{first_byte} : encodage détecté {encoding}, converti "
     "en UTF-8 pour la lecture ; les colonnes des plages comptent les octets du texte converti"},
    {"EXTRACT-ENCODING.first_byte", " (premier octet non UTF-8 : {byte}, ligne {line})"},
    {"EXTRACT-TRACKED-CHANGES",
     "{file}le document contient {count} {count|modification suivie non acceptée|modifications "
     "suivies non acceptées} ({insertions} {insertions|insertion|insertions}, {deletions} "
     "{deletions|suppression|suppressions} ; première : {place}{excerpt}) : le texte est lu "
     "modifications acceptées, texte inséré retenu et texte supprimé écarté ; faites accepter ou "
     "refuser les modifications avant la signature"},
    {"EXTRACT-COMMENTS",
     "{file}le document contient {count} {count|commentaire|commentaires} (premier : "
     "{place}{excerpt}), qui ne {count|fait|font} pas partie du texte lu : {count|vérifiez qu'il "
     "est résolu|vérifiez qu'ils sont résolus} avant la signature"},
    {"EXTRACT-PDF-NO-TEXT",
     "{file}le PDF ({pages} {pages|page|pages}) n'a pas de texte, ou presque : c'est "
     "vraisemblablement un document numérisé, illisible sans reconnaissance de caractères "
     "(OCR, par exemple ocrmypdf) ; demandez le PDF d'origine ou faites-le passer par un OCR"},
    {"EXTRACT-PDF-NO-TEXT.pages",
     "{file}{count} {count|page|pages} du PDF sur {pages} {count|n'a|n'ont} pas de texte (la "
     "première : page {page}) : pages vraisemblablement numérisées (signatures, annexes), non "
     "lues sans reconnaissance de caractères (OCR)"},
    {"EXTRACT-NO-DOCUMENT",
     "aucun document reconnu dans le texte : ni délibération (« DELIBERATION DE LA COMMISSION "
     "PERMANENTE » / « DU CONSEIL DEPARTEMENTAL »), ni rapport (« RAPPORT N° »), ni "
     "convention (« CONVENTION »)"},
    {"EXTRACT-DOCUMENT-REPEATED",
     "un second document de type {document} commence ici ; seul le premier est lu"},
    {"EXTRACT-DOCUMENT-ABSENT", "pas de {document} dans le texte"},
    {"EXTRACT-CONVENTION-PARTY-ADDRESS",
     "adresse de la partie « {party} » introuvable (« dont le siège est … »)"},
    {"EXTRACT-CONVENTION-REPRESENTATIVE",
     "représentant de « {party} » introuvable (« représenté par … »)"},
    {"EXTRACT-CONVENTION-AUTHORISATION",
     "délibération autorisant la signature introuvable (« dûment autorisé par délibération … "
     "en date du … »)"},
    {"EXTRACT-CONVENTION-SERVICE",
     "service émetteur introuvable (lignes au-dessus de « CONVENTION »)"},
    {"EXTRACT-CONVENTION-OBJECT", "objet de la convention introuvable (« Objet : … »)"},
    {"EXTRACT-CONVENTION-DOSSIER-NUMBER", "numéro de dossier introuvable (« Dossier n° »)"},
    {"EXTRACT-CONVENTION-GRANTOR", "partie « Entre … d'une part » introuvable"},
    {"EXTRACT-CONVENTION-BENEFICIARY", "partie « Et … d'autre part » introuvable"},
    {"EXTRACT-CONVENTION-IDENTIFIER",
     "identifiant du bénéficiaire introuvable (SIRET, SIREN ou RNA)"},
    {"EXTRACT-CONVENTION-VISAS", "aucun visa (« Vu … ») dans la convention"},
    {"EXTRACT-CONVENTION-ARTICLES", "aucun article (« Article 1 : … ») dans la convention"},
    {"EXTRACT-CONVENTION-ACTIONS", "article décrivant les actions soutenues introuvable"},
    {"EXTRACT-CONVENTION-CEILING",
     "plafond de l'action {action} introuvable (« … € au titre de … »)"},
    {"EXTRACT-CONVENTION-BANK-DETAILS", "coordonnées bancaires introuvables (« IBAN : … »)"},
    {"EXTRACT-CONVENTION-SIGNATURE", "lieu et date de signature introuvables (« Fait à …, le … »)"},
    {"EXTRACT-CONVENTION-SIGNATORIES", "signataires introuvables (« Pour … »)"},
    {"EXTRACT-CONVENTION-COPIES", "nombre d'exemplaires originaux introuvable"},
    {"EXTRACT-CONVENTION-PAGE-COUNT",
     "nombre de pages introuvable (« Ce document comprend n pages »)"},
    {"EXTRACT-CONVENTION-PERIOD", "période d'application introuvable (« du … au … »)"},
    {"EXTRACT-CONVENTION-TACIT-RENEWAL", "aucune clause sur la tacite reconduction"},
    {"EXTRACT-CONVENTION-MEETINGS", "aucune obligation de réunion (comités de suivi)"},
    {"EXTRACT-CONVENTION-FINAL-REPORT", "délai de transmission du bilan final introuvable"},
    {"EXTRACT-CONVENTION-PAYMENTS", "aucun versement (« Un versement de … € … »)"},
    {"EXTRACT-CONVENTION-PAYING-ACCOUNTANT",
     "comptable assignataire introuvable (« Payeur départemental »)"},
    {"EXTRACT-CONVENTION-TERMINATION", "aucune clause de résiliation"},
    {"EXTRACT-CONVENTION-REIMBURSEMENT", "aucune clause de reversement"},
    {"EXTRACT-CONVENTION-JURISDICTION", "aucune clause de juridiction compétente"},
    {"EXTRACT-DELIB-COLLECTIVITE",
     "collectivité non trouvée en tête de la délibération (« DEPARTEMENT DU … »)"},
    {"EXTRACT-DELIB-DEPARTEMENT-CODE", "code du département non déduit du nom « {name} »"},
    {"EXTRACT-DELIB-MEETING-DATE", "date de la réunion non trouvée (« REUNION DU … »)"},
    {"EXTRACT-DELIB-PRESIDENT", "président de séance non trouvé (« PRESIDENCE DE … »)"},
    {"EXTRACT-DELIB-SECRETARY", "secrétaire de séance non trouvé (« Secrétaire : … »)"},
    {"EXTRACT-DELIB-ATTENDANCE.not_found",
     "liste des présents non trouvée (« Etaient présents : … »)"},
    {"EXTRACT-DELIB-ATTENDANCE.not_understood",
     "liste de présence non comprise ({field}) : {error} — « {value} »"},
    {"EXTRACT-DELIB-ATTENDANCE.partial",
     "liste des présents lue dans un modèle d'acte d'une autre collectivité ; les listes des "
     "excusés, des absents et des membres sans voix délibérative n'y sont pas lues : les "
     "constats de présence, de quorum et de vote ne sont pas vérifiables"},
    {"EXTRACT-DELIB-PROXY", "pouvoir non compris : « {text} »"},
    {"EXTRACT-DELIB-NUMBER.not_found", "numéro de la délibération non trouvé (« (N°2023-122) »)"},
    {"EXTRACT-DELIB-NUMBER.unreadable",
     "numéro de délibération illisible : « {number} » ({error})"},
    {"EXTRACT-DELIB-TITLE", "intitulé de la délibération non trouvé"},
    {"EXTRACT-DELIB-VISAS", "aucun visa (« Vu … ») trouvé"},
    {"EXTRACT-DELIB-VISA-KIND", "visa de nature non reconnue, gardé comme texte : « {text} »"},
    {"EXTRACT-DELIB-INTEREST", "membre intéressé non compris : « {name} »"},
    {"EXTRACT-DELIB-ARTICLES", "aucun article (« Article 1 : … ») trouvé"},
    {"EXTRACT-DELIB-GRANT",
     "aucune décision d'attribution (« D'attribuer … un montant de … € ») trouvée"},
    {"EXTRACT-DELIB-BENEFICIARY", "bénéficiaire non trouvé entre guillemets « »"},
    {"EXTRACT-DELIB-GRANT-AMOUNT", "montant de la participation non trouvé dans l'{section}"},
    {"EXTRACT-DELIB-IMPUTATION.no_readable_row",
     "tableau d'imputation sans ligne lisible (code opération attendu)"},
    {"EXTRACT-DELIB-IMPUTATION.no_amount", "ligne d'imputation sans montant : « {row} »"},
    {"EXTRACT-DELIB-TALLY.not_found", "conditions de vote non trouvées (« Pour : … voix »)"},
    {"EXTRACT-DELIB-TALLY.missing", "décompte des voix absent"},
    {"EXTRACT-DELIB-TALLY.not_understood", "décompte des voix non compris : {error}"},
    {"EXTRACT-DELIB-OUTCOME", "résultat du vote (« (Adopté) ») non trouvé"},
    {"EXTRACT-DELIB-SIGNATURE-DATE", "date de signature en blanc"},
    {"EXTRACT-DELIB-SIGNATURE", "lieu et date de signature (« ARRAS, le … ») non trouvés"},
    {"EXTRACT-DELIB-SIGNATORY", "signataire non trouvé"},
    {"EXTRACT-RAPPORT-EMPTY", "le rapport ne contient aucune ligne lisible"},
    {"EXTRACT-RAPPORT-FOUNDATIONS.not_found", "rubrique « Fondements juridiques » introuvable"},
    {"EXTRACT-RAPPORT-FOUNDATIONS.empty", "rubrique « Fondements juridiques » vide"},
    {"EXTRACT-RAPPORT-FOUNDATION", "fondement juridique non compris (texte conservé) : « {text} »"},
    {"EXTRACT-RAPPORT-CONTEXT", "rubrique « Contexte » introuvable"},
    {"EXTRACT-RAPPORT-OPERATIONS.not_found",
     "rubrique « Présentation des opérations sollicitées » introuvable : montants sollicités "
     "non lus"},
    {"EXTRACT-RAPPORT-OPERATIONS.none_read",
     "aucune opération lue dans « Présentation des opérations sollicitées »"},
    {"EXTRACT-RAPPORT-OPERATION-AMOUNT.not_found",
     "montant sollicité introuvable pour l’opération {operation}"},
    {"EXTRACT-RAPPORT-OPERATION-AMOUNT.unreadable", "montant sollicité illisible : « {text} »"},
    {"EXTRACT-RAPPORT-PROPOSAL.not_found",
     "proposition (« Il convient de statuer … ») introuvable"},
    {"EXTRACT-RAPPORT-PROPOSAL.none_read",
     "aucune proposition d’attribution (« d’attribuer … ») lue"},
    {"EXTRACT-RAPPORT-BENEFICIARY", "bénéficiaire (entre « ») introuvable dans la proposition"},
    {"EXTRACT-RAPPORT-PROPOSED-AMOUNT", "montant proposé introuvable"},
    {"EXTRACT-RAPPORT-BUDGET.not_found",
     "tableau d’imputation (« La dépense serait imputée … ») introuvable"},
    {"EXTRACT-RAPPORT-BUDGET.header",
     "en-tête du tableau d’imputation non compris (colonnes CP / Disponible / Proposition / "
     "Solde attendues)"},
    {"EXTRACT-RAPPORT-BUDGET.no_row", "aucune ligne lue dans le tableau d’imputation"},
    {"EXTRACT-RAPPORT-BUDGET-ROW",
     "ligne du tableau d’imputation non comprise (code opération, imputation, libellé puis "
     "{columns} montants attendus)"},
    {"EXTRACT-RAPPORT-COMMITTEE-OPINION.not_found",
     "avis de la commission (« La … Commission … a émis un avis … ») introuvable"},
    {"EXTRACT-RAPPORT-COMMITTEE-OPINION.incomplete",
     "avis de commission incomplet (commission, date ou sens non lu) : « {text} »"},
    {"EXTRACT-RAPPORT-DEPARTEMENT", "département non reconnu dans « {line} »"},
    {"EXTRACT-RAPPORT-COLLECTIVITE",
     "collectivité (« DEPARTEMENT DU … ») introuvable en tête du rapport"},
    {"EXTRACT-RAPPORT-NUMBER.not_found", "numéro du rapport (« RAPPORT N° … ») introuvable"},
    {"EXTRACT-RAPPORT-NUMBER.unreadable", "numéro illisible dans « {line} »"},
    {"EXTRACT-RAPPORT-BODY",
     "assemblée (« COMMISSION PERMANENTE » / « CONSEIL DEPARTEMENTAL ») introuvable ; "
     "commission permanente supposée"},
    {"EXTRACT-RAPPORT-MEETING-DATE.not_found", "date de réunion (« REUNION DU … ») introuvable"},
    {"EXTRACT-RAPPORT-MEETING-DATE.unreadable", "date de réunion illisible dans « {line} »"},
    {"EXTRACT-RAPPORT-TITLE", "intitulé du rapport introuvable"},
    {"EXTRACT-RAPPORT-SIGNATURE.not_found", "signataire (« Le Président … ») introuvable"},
    {"EXTRACT-RAPPORT-SIGNATURE.no_name", "nom du signataire introuvable après « {function} »"},
    {"phrase.extraction.file", "fichier n° {number} : "},
    {"phrase.extraction.place.page", "page {page}"},
    {"phrase.extraction.place.paragraph", "paragraphe {paragraph}"},
    {"phrase.extraction.place.cell",
     "paragraphe {paragraph} (tableau {table}, ligne {row}, cellule {cell})"},
    {"phrase.extraction.excerpt", ", « {text} »"},
    {"phrase.extraction.document.deliberation", "délibération"},
    {"phrase.extraction.document.rapport", "rapport"},
    {"phrase.extraction.document.convention", "convention"},
    {"phrase.extraction.document.dossier", "dossier"},
    // ---- end extraction ----
    // ---- scdl ----
    {"scdl.file-empty", "{where}\u00A0: le fichier est vide (pas de ligne d'en-tête)"},
    {"scdl.file-unreadable",
     "{where}\u00A0: erreur de lecture du flux après {rows} lignes de données"},
    {"scdl.column-missing.required",
     "{where}\u00A0: la colonne «\u00A0{column}\u00A0» (obligatoire) est absente"},
    {"scdl.column-missing.optional",
     "{where}\u00A0: la colonne «\u00A0{column}\u00A0» (facultative) est absente"},
    {"scdl.column-extra",
     "{where}\u00A0: la colonne «\u00A0{column}\u00A0» n'appartient pas au schéma {schema} "
     "{version}"},
    {"scdl.column-misnamed",
     "{where}\u00A0: la colonne «\u00A0{column}\u00A0» ne porte pas un nom du "
     "schéma{by_title}\u00A0; nom attendu\u00A0: «\u00A0{expected}\u00A0» (elle est validée "
     "comme telle)"},
    {"scdl.column-misnamed.by_title", " (c'est le titre du champ, ou presque)"},
    {"scdl.column-order",
     "{where}\u00A0: la colonne «\u00A0{column}\u00A0» n'est pas à sa place\u00A0: le schéma "
     "la met {position} (champ n°\u00A0{rank})"},
    {"scdl.column-order.first", "en premier"},
    {"scdl.column-order.after", "après «\u00A0{previous}\u00A0»"},
    {"scdl.column-duplicate",
     "{where}\u00A0: la colonne «\u00A0{column}\u00A0» figure déjà en colonne {first}\u00A0; "
     "celle-ci est ignorée"},
    {"scdl.column-blank", "{where}\u00A0: l'en-tête de la colonne est vide"},
    {"scdl.row-missing-cells",
     "{where}\u00A0: {missing} {missing|cellule manquante|cellules manquantes}\u00A0: la ligne a "
     "{cells} cellules, l'en-tête {columns} colonnes"},
    {"scdl.row-extra-cells", "{where}\u00A0: {extra} {extra|cellule|cellules} en trop "
                             "(première\u00A0: «\u00A0{first}\u00A0»)\u00A0: la ligne "
                             "a {cells} cellules, l'en-tête {columns} colonnes"},
    {"scdl.row-blank", "{where}\u00A0: la ligne est vide"},
    {"scdl.required", "{where}\u00A0: la valeur est obligatoire et la cellule est vide"},
    {"scdl.type-string", "{where}\u00A0: «\u00A0{value}\u00A0» n'est pas une adresse (URI) valide"},
    {"scdl.type-date",
     "{where}\u00A0: «\u00A0{value}\u00A0» n'est pas une date au format AAAA-MM-JJ (ISO 8601)"},
    {"scdl.type-number",
     "{where}\u00A0: «\u00A0{value}\u00A0» n'est pas un nombre (chiffres, point décimal, sans "
     "espace)"},
    {"scdl.type-integer", "{where}\u00A0: «\u00A0{value}\u00A0» n'est pas un nombre entier"},
    {"scdl.type-boolean",
     "{where}\u00A0: «\u00A0{value}\u00A0» n'est pas une valeur booléenne admise "
     "({true_values} ou {false_values})"},
    {"scdl.pattern", "{where}\u00A0: «\u00A0{value}\u00A0» ne respecte pas le motif {pattern}"},
    {"scdl.enum", "{where}\u00A0: «\u00A0{value}\u00A0» n'est pas une valeur admise ({allowed})"},
    {"scdl.minimum", "{where}\u00A0: «\u00A0{value}\u00A0» est inférieur au minimum {minimum}"},
    {"scdl.maximum", "{where}\u00A0: «\u00A0{value}\u00A0» est supérieur au maximum {maximum}"},
    {"scdl.max-length", "{where}\u00A0: la valeur a {length} caractères, au plus {max} sont admis"},
    {"scdl.french-siret-value",
     "{where}\u00A0: «\u00A0{value}\u00A0» n'est pas un numéro SIRET valide (14 chiffres, clé "
     "de Luhn, règle de La Poste)"},
    {"scdl.one-of-required.absent",
     "{where}\u00A0: ni la colonne «\u00A0{column}\u00A0» ni la colonne «\u00A0{column2}\u00A0"
     "» n'est présente\u00A0; l'une des deux doit être renseignée"},
    {"scdl.one-of-required.empty",
     "{where}\u00A0: au moins l'une des colonnes «\u00A0{column}\u00A0» ou «\u00A0"
     "{column2}\u00A0» doit comporter une valeur"},
    {"scdl.year-interval-value.not_year_nor_period",
     "{where}\u00A0: «\u00A0{value}\u00A0» n'est ni une année (AAAA) ni une période au format "
     "AAAA/AAAA"},
    {"scdl.year-interval-value.not_period",
     "{where}\u00A0: «\u00A0{value}\u00A0» n'est pas une période au format AAAA/AAAA"},
    {"scdl.year-interval-value.same_years",
     "{where}\u00A0: période «\u00A0{value}\u00A0» invalide\u00A0: les deux années doivent "
     "être différentes"},
    {"scdl.year-interval-value.reversed",
     "{where}\u00A0: période «\u00A0{value}\u00A0» invalide\u00A0: la deuxième année doit "
     "être postérieure à la première"},
    {"scdl.cohesive-columns-value",
     "{where}\u00A0: les colonnes {columns:comma} doivent toutes comporter une valeur ou "
     "toutes être vides ({filled} sur {present} remplies)"},
    {"scdl.compare-columns-value.not_comparable",
     "{where}\u00A0: la valeur de la colonne {column} «\u00A0{value}\u00A0» n'est pas "
     "comparable avec la valeur de la colonne {column2} «\u00A0{value2}\u00A0»"},
    {"scdl.compare-columns-value.fails",
     "{where}\u00A0: la valeur de la colonne {column} «\u00A0{value}\u00A0» devrait être {op} "
     "à la valeur de la colonne {column2} «\u00A0{value2}\u00A0»"},
    {"scdl.compare-columns-value.op_lt", "inférieure"},
    {"scdl.compare-columns-value.op_le", "inférieure ou égale"},
    {"scdl.compare-columns-value.op_eq", "égale"},
    {"scdl.compare-columns-value.op_ge", "supérieure ou égale"},
    {"scdl.compare-columns-value.op_gt", "supérieure"},
    {"scdl.sum-columns-value",
     "{where}\u00A0: la valeur «\u00A0{value}\u00A0» devrait être la somme des colonnes "
     "{columns:comma} ({terms})"},
    {"scdl.nomenclature-actes-value.no_slash",
     "{where}\u00A0: «\u00A0{value}\u00A0» ne respecte pas le format des nomenclatures "
     "d'actes (le signe oblique «\u00A0/\u00A0» est manquant)"},
    {"scdl.nomenclature-actes-value.space",
     "{where}\u00A0: «\u00A0{value}\u00A0» ne respecte pas le format des nomenclatures "
     "d'actes (le signe oblique ne doit être ni précédé ni suivi d'une espace)"},
    {"scdl.nomenclature-actes-value.prefix",
     "{where}\u00A0: «\u00A0{value}\u00A0» ne respecte pas le format des nomenclatures "
     "d'actes (le préfixe «\u00A0{prefix}\u00A0» n'est pas une matière de niveau 1 de la "
     "nomenclature @ctes)"},
    {"scdl.formula-injection",
     "{where}\u00A0: la valeur commence par «\u00A0{first}\u00A0»\u00A0: un tableur la lirait "
     "comme une formule (injection CSV)\u00A0; préfixer d'une apostrophe ou reformuler"},
    {"scdl.negative-amount",
     "{where}\u00A0: «\u00A0{value}\u00A0» est négatif\u00A0: le schéma ne fixe pas de "
     "minimum, mais le montant d'une subvention attribuée est positif"},
    {"phrase.scdl.file", "Fichier"},
    {"phrase.scdl.header", "En-tête"},
    {"phrase.scdl.row", "Ligne {row}"},
    {"phrase.scdl.column", ", colonne {column}"},
    {"phrase.scdl.field", " ({field})"},
    {"SCDL-FORMULA-INJECTION",
     "ligne {row}, colonne {column} ({field}) : la valeur commence par un caractère qu'un "
     "tableur lit comme le début d'une formule (=, +, -, @, tabulation, retour chariot) : "
     "injection CSV possible à l'ouverture du fichier."},
    {"SCDL-NEGATIVE-AMOUNT",
     "ligne {row}, colonne {column} ({field}) : le montant est négatif : le schéma ne fixe "
     "pas de minimum, mais une subvention attribuée est un montant positif (les seuils de "
     "publication ne s'appliquent pas à un montant négatif)."},
    {"SCDL-CELL", "{message}{-value}{-field}{-kind}{-place}"},
    // ---- end scdl ----
    // ---- csv ----
    {"csv.utf8-bom",
     "Le fichier commence par une marque d'ordre des octets UTF-8 (BOM), ignorée à la lecture."},
    {"csv.windows-1252",
     "{at}l'octet «\u00A0{value}\u00A0» n'est pas de l'UTF-8\u00A0; le fichier semble encodé "
     "en Windows-1252 et non en UTF-8.{outcome}"},
    {"csv.windows-1252.converted", " Lu en le convertissant en UTF-8."},
    {"csv.separator-not-comma",
     "{at}les champs sont séparés par «\u00A0{value}\u00A0» et non par des virgules, comme "
     "l'exige le SCDL.{stopped}"},
    {"csv.invalid-utf8",
     "{at}la séquence «\u00A0{value}\u00A0» n'est pas de l'UTF-8 valide alors que le fichier "
     "contient déjà de l'UTF-8 (encodages mélangés).{outcome}"},
    {"csv.invalid-utf8.read_as_windows_1252", " Octets lus comme du Windows-1252."},
    {"csv.unterminated-quote",
     "{at}le champ entre guillemets «\u00A0{value}\u00A0» n'est jamais refermé\u00A0: il "
     "court jusqu'à la fin du fichier.{stopped}"},
    {"csv.stray-quote",
     "{at}guillemet isolé dans le champ «\u00A0{value}\u00A0» (RFC 4180\u00A0: un champ "
     "contenant un guillemet est entre guillemets et le guillemet y est doublé)\u00A0; lu tel "
     "quel."},
    {"csv.ragged-row",
     "{at}{fields} champs au lieu de {columns} (nombre de colonnes de l'en-tête)."},
    {"csv.record-too-long",
     "{at}enregistrement de plus de {value}\u00A0octets (guillemet non refermé\u00A0?)\u00A0; "
     "lecture interrompue."},
    {"csv.blank-row", "{at}ligne vide."},
    {"csv.not-text",
     "Le fichier n'est pas un texte CSV\u00A0: {reason}\u00A0; lecture interrompue."},
    {"csv.not-text.at_row",
     "{at}le fichier n'est pas un texte CSV\u00A0: {reason}\u00A0; lecture interrompue."},
    {"phrase.csv.row", "Ligne {row}\u00A0: "},
    {"phrase.csv.stopped", " Lecture interrompue (le mode tolérant la poursuit)."},
    {"phrase.csv.not_text.utf16", "il est encodé en UTF-16 (enregistrez-le en « CSV UTF-8 »)"},
    {"phrase.csv.not_text.pdf", "c'est un document PDF"},
    {"phrase.csv.not_text.zip",
     "c'est une archive zip (classeur ou document bureautique : exportez-le en CSV)"},
    {"phrase.csv.not_text.ole",
     "c'est un classeur ou un document à l'ancien format (.xls, .doc) : exportez-le en CSV"},
    {"phrase.csv.not_text.binary", "il contient des octets nuls (données binaires)"},
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
    return join_list(items, style, "et", "ou");
}

// « 0 jour », « 1 jour », « 2 jours »: the singular up to one.
bool singular(std::int64_t n) {
    return n >= -1 && n <= 1;
}

// Amounts are written as in the acts, whatever the language of the message.
constexpr Language language{Lang::fr, entries, &amount_as_in_acts, &date, &list, &singular};

} // namespace

const Language& language_fr() noexcept {
    return language;
}

} // namespace subvention::compliance::detail
