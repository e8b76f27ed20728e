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
