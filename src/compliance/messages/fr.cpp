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
    {"EXTRACT-DELIB-MEETING-DATE", "date de la réunion non trouvée (« REUNION DU … »)"},
    {"EXTRACT-DELIB-PRESIDENT", "président de séance non trouvé (« PRESIDENCE DE … »)"},
    {"EXTRACT-DELIB-SECRETARY", "secrétaire de séance non trouvé (« Secrétaire : … »)"},
    {"EXTRACT-DELIB-ATTENDANCE.not_found",
     "liste des présents non trouvée (« Etaient présents : … »)"},
    {"EXTRACT-DELIB-NUMBER.not_found", "numéro de la délibération non trouvé (« (N°2023-122) »)"},
    {"EXTRACT-DELIB-TITLE", "intitulé de la délibération non trouvé"},
    {"EXTRACT-DELIB-VISAS", "aucun visa (« Vu … ») trouvé"},
    {"EXTRACT-DELIB-ARTICLES", "aucun article (« Article 1 : … ») trouvé"},
    {"EXTRACT-DELIB-GRANT",
     "aucune décision d'attribution (« D'attribuer … un montant de … € ») trouvée"},
    {"EXTRACT-DELIB-BENEFICIARY", "bénéficiaire non trouvé entre guillemets « »"},
    {"EXTRACT-DELIB-GRANT-AMOUNT", "montant de la participation non trouvé dans l'{section}"},
    {"EXTRACT-DELIB-IMPUTATION.no_readable_row",
     "tableau d'imputation sans ligne lisible (code opération attendu)"},
    {"EXTRACT-DELIB-TALLY.not_found", "conditions de vote non trouvées (« Pour : … voix »)"},
    {"EXTRACT-DELIB-TALLY.missing", "décompte des voix absent"},
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
     "{where}\u00A0: {missing} cellule(s) manquante(s)\u00A0: la ligne a {cells} cellules, "
     "l'en-tête {columns} colonnes"},
    {"scdl.row-extra-cells",
     "{where}\u00A0: {extra} cellule(s) en trop (première\u00A0: «\u00A0{first}\u00A0»)\u00A0"
     ": la ligne a {cells} cellules, l'en-tête {columns} colonnes"},
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
