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
     "prévus}) en dépend\u00A0: à compléter avant la signature."},
    {"CONV-BANK-DETAILS.payments_fields",
     "{what}\u00A0; le versement de l\u2019aide ({payments} {payments|versement prévu|versements "
     "prévus}) en dépend\u00A0: à compléter avant la signature."},
    {"CONV-BANK-DETAILS.draft", "{what}\u00A0: à compléter avant la signature."},
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
     " (voir aussi {count|l\u2019article|l\u2019articles} {articles:and})"},
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
     "Les versements effectués, {paid}, dépassent l'aide définitive calculée sur le bilan final, "
     "{final_grant} (réduction proportionnelle aux dépenses éligibles, arrondi par excès sur le "
     "total) : un reversement de {to_recover} est à demander par titre de perception (convention, "
     "art. 12)."},
    {"SETTLE-OVERPAYMENT.above_final_grant_ceilings",
     "Les versements effectués, {paid}, dépassent l'aide définitive calculée sur le bilan final, "
     "{final_grant} (plafonds de la convention, dépenses inéligibles exclues) : un reversement de "
     "{to_recover} est à demander par titre de perception (convention, art. 12)."},
    {"SETTLE-REPORT-LATE.late",
     "Le bilan final a été transmis le {sent:long}, {days} {days|jour|jours} après l'échéance du "
     "{due:weekday} : le remboursement de la totalité des sommes versées peut être exigé "
     "(convention, art. 12)."},
    {"SETTLE-REPORT-LATE.on_time_by_shift",
     "Le bilan final, transmis le {sent:long}, n'est dans les délais que par le report de "
     "l'échéance du {nominal:weekday} au {due:weekday} (CPC art. 642) ; l'application de ce "
     "report à un délai contractuel n'est pas établie."},
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
    if (style == "iso")
        return e.to_iso();
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
