// SPDX-License-Identifier: Apache-2.0
// subvention::io::scdl — the field tables of every shipped SCDL schema version, transcribed from
// the official Table Schema files, and the hand-coded matchers of their patterns.
//
// Sources (copies in tests/data/scdl/, see tests/data/scdl/SOURCES.md):
//   subventions 2.1.1, 2.0.2, 1.1.0 and délibérations 2.1.5, 2.0.0: schema.json from
//   schema.data.gouv.fr (datagouv/schema.data.gouv.fr @ 0bd884a0, site/.vuepress/public/schemas/
//   scdl/<name>/<version>/schema.json), republished verbatim from gitlab.com/opendatafrance/scdl.
//   @ctes matières: actes-matieres.csv (derived from the @ctes RetourClassification of
//   2004-04-01, via libriciel/s2low test fixture classification.xml @ 28ed999b).
// tests/unit/io_scdl_test.cpp loads each schema.json and compares it with these tables
// field by field (name, order, type, required, pattern, enum, minimum, maximum, maxLength,
// trueValues/falseValues, missingValues, custom checks and their parameters).
#include <stdexcept>
#include <string>

#include <subvention/identifiers.hpp>
#include <subvention/io/scdl.hpp>

namespace subvention::io::scdl {
namespace {

// Table Schema defaults (frictionless Table Schema spec): missingValues [""]; boolean
// trueValues ["true","True","TRUE","1"], falseValues ["false","False","FALSE","0"].
constexpr std::string_view default_missing_values[] = {""};
[[maybe_unused]] constexpr std::string_view default_true_values[] = {"true", "True", "TRUE", "1"};
[[maybe_unused]] constexpr std::string_view default_false_values[] = {"false", "False", "FALSE",
                                                                      "0"};

// ---- subventions 2.1.1: scdl-subventions/2.1.1/schema.json (version label "2.1.1")
namespace subventions_2_1_1 {
constexpr std::string_view nature_enum[] = {"aide en num\u00E9raire", "aide en nature",
                                            "aide en num\u00E9raire;aide en nature",
                                            "aide en nature;aide en num\u00E9raire"};
constexpr std::string_view notificationUE_true[] = {"oui"};
constexpr std::string_view notificationUE_false[] = {"non"};
constexpr FieldSpec fields[] = {
    {.name = "nomAttribuant",
     .title = "Nom de l'attribuant",
     .type = FieldType::string,
     .required = true},
    {.name = "idAttribuant",
     .title = "Identification de l'attribuant",
     .type = FieldType::string,
     .required = true,
     .pattern = PatternKind::digits14},
    {.name = "dateConvention",
     .title = "Date de la convention de subvention",
     .type = FieldType::date,
     .required = true},
    {.name = "referenceDecision",
     .title = "R\u00E9f\u00E9rence de la d\u00E9cision",
     .type = FieldType::string},
    {.name = "nomBeneficiaire",
     .title = "Nom du b\u00E9n\u00E9ficiaire",
     .type = FieldType::string,
     .required = true},
    {.name = "idBeneficiaire",
     .title = "Identification SIRET du b\u00E9n\u00E9ficiaire",
     .type = FieldType::string},
    {.name = "rnaBeneficiaire",
     .title = "Identification RNA du b\u00E9n\u00E9ficiaire",
     .type = FieldType::string,
     .pattern = PatternKind::rna},
    {.name = "objet",
     .title = "Objet de la subvention",
     .type = FieldType::string,
     .required = true,
     .max_length = 256U},
    {.name = "montant",
     .title = "Montant total de la subvention",
     .type = FieldType::number,
     .required = true},
    {.name = "nature",
     .title = "Nature de la subvention",
     .type = FieldType::string,
     .required = true,
     .enum_values = nature_enum},
    {.name = "conditionsVersement",
     .title = "Conditions de versement de la subvention",
     .type = FieldType::string,
     .required = true,
     .max_length = 256U},
    {.name = "datesPeriodeVersement",
     .title = "Date ou p\u00E9riode de versement",
     .type = FieldType::string,
     .required = true,
     .pattern = PatternKind::date_or_period},
    {.name = "idRAE",
     .title =
         "Identifiant RAE de l\u2019aide au titre de laquelle la subvention est attribu\u00E9e",
     .type = FieldType::string,
     .max_length = 5U},
    {.name = "notificationUE",
     .title = "Aide d'Etat notifi\u00E9e \u00E0 la Commission Europ\u00E9enne",
     .type = FieldType::boolean,
     .required = true,
     .true_values = notificationUE_true,
     .false_values = notificationUE_false},
    {.name = "pourcentageSubvention",
     .title =
         "Pourcentage du montant total de la subvention attribu\u00E9e au b\u00E9n\u00E9ficiaire",
     .type = FieldType::number,
     .required = true,
     .minimum = std::string_view{"0.01"},
     .maximum = std::string_view{"1"}},
    {.name = "dispositifAide",
     .title = "Identifiant r\u00E9f\u00E9ren\u00E7ant le dispositif d'aide \u00E0 l'origine de la "
              "subvention",
     .type = FieldType::string},
};
constexpr CustomCheckSpec custom_checks[] = {
    {.kind = CustomCheckKind::french_siret, .column = "idAttribuant"},
    {.kind = CustomCheckKind::french_siret, .column = "idBeneficiaire"},
    {.kind = CustomCheckKind::one_of_required,
     .column = "idBeneficiaire",
     .column2 = "rnaBeneficiaire"},
};
constexpr SchemaSpec spec{.version = {Schema::subventions, 2, 1, 1},
                          .version_label = "2.1.1",
                          .fields = fields,
                          .missing_values = default_missing_values,
                          .custom_checks = custom_checks};
} // namespace subventions_2_1_1

// ---- subventions 2.0.2: scdl-subventions/2.0.2/schema.json (version label "2.0.2")
namespace subventions_2_0_2 {
constexpr std::string_view nature_enum[] = {"aide en num\u00E9raire", "aide en nature",
                                            "aide en num\u00E9raire;aide en nature",
                                            "aide en nature;aide en num\u00E9raire"};
constexpr std::string_view notificationUE_true[] = {"oui"};
constexpr std::string_view notificationUE_false[] = {"non"};
constexpr FieldSpec fields[] = {
    {.name = "nomAttribuant",
     .title = "Nom de l'attribuant",
     .type = FieldType::string,
     .required = true},
    {.name = "idAttribuant",
     .title = "Identification de l'attribuant",
     .type = FieldType::string,
     .required = true,
     .pattern = PatternKind::digits14},
    {.name = "dateConvention",
     .title = "Date de la convention de subvention",
     .type = FieldType::date,
     .required = true},
    {.name = "referenceDecision",
     .title = "R\u00E9f\u00E9rence de la d\u00E9cision",
     .type = FieldType::string},
    {.name = "nomBeneficiaire",
     .title = "Nom du b\u00E9n\u00E9ficiaire",
     .type = FieldType::string,
     .required = true},
    {.name = "idBeneficiaire",
     .title = "Identification du b\u00E9n\u00E9ficiaire",
     .type = FieldType::string,
     .required = true,
     .pattern = PatternKind::digits14},
    {.name = "objet",
     .title = "Objet de la subvention",
     .type = FieldType::string,
     .required = true,
     .max_length = 256U},
    {.name = "montant",
     .title = "Montant total de la subvention",
     .type = FieldType::number,
     .required = true},
    {.name = "nature",
     .title = "Nature de la subvention",
     .type = FieldType::string,
     .required = true,
     .enum_values = nature_enum},
    {.name = "conditionsVersement",
     .title = "Conditions de versement de la subvention",
     .type = FieldType::string,
     .required = true,
     .max_length = 256U},
    {.name = "datesPeriodeVersement",
     .title = "Date ou p\u00E9riode de versement",
     .type = FieldType::string,
     .required = true,
     .pattern = PatternKind::date_or_period},
    {.name = "idRAE",
     .title =
         "Identifiant RAE de l\u2019aide au titre de laquelle la subvention est attribu\u00E9e",
     .type = FieldType::string,
     .max_length = 5U},
    {.name = "notificationUE",
     .title = "Aide d'Etat notifi\u00E9e \u00E0 la Commission Europ\u00E9enne",
     .type = FieldType::boolean,
     .required = true,
     .true_values = notificationUE_true,
     .false_values = notificationUE_false},
    {.name = "pourcentageSubvention",
     .title =
         "Pourcentage du montant total de la subvention attribu\u00E9e au b\u00E9n\u00E9ficiaire",
     .type = FieldType::number,
     .required = true,
     .minimum = std::string_view{"0.01"},
     .maximum = std::string_view{"1"}},
};
constexpr CustomCheckSpec custom_checks[] = {
    {.kind = CustomCheckKind::french_siret, .column = "idAttribuant"},
    {.kind = CustomCheckKind::french_siret, .column = "idBeneficiaire"},
};
constexpr SchemaSpec spec{.version = {Schema::subventions, 2, 0, 2},
                          .version_label = "2.0.2",
                          .fields = fields,
                          .missing_values = default_missing_values,
                          .custom_checks = custom_checks};
} // namespace subventions_2_0_2

// ---- subventions 1.1.0: scdl-subventions/1.1.0/schema.json (version label "1.1")
namespace subventions_1_1_0 {
constexpr std::string_view nature_enum[] = {"aide en num\u00E9raire", "aide en nature",
                                            "aide en num\u00E9raire;aide en nature",
                                            "aide en nature;aide en num\u00E9raire"};
constexpr std::string_view notificationUE_true[] = {"oui"};
constexpr std::string_view notificationUE_false[] = {"non"};
constexpr FieldSpec fields[] = {
    {.name = "nomAttribuant",
     .title = "Nom de l'attribuant",
     .type = FieldType::string,
     .required = true},
    {.name = "idAttribuant",
     .title = "Identification de l'attribuant",
     .type = FieldType::string,
     .required = true,
     .pattern = PatternKind::digits14},
    {.name = "dateConvention",
     .title = "Date de la convention de subvention",
     .type = FieldType::date,
     .required = true},
    {.name = "referenceDecision",
     .title = "R\u00E9f\u00E9rence de la d\u00E9cision",
     .type = FieldType::string},
    {.name = "nomBeneficiaire",
     .title = "Nom du b\u00E9n\u00E9ficiaire",
     .type = FieldType::string,
     .required = true},
    {.name = "idBeneficiaire",
     .title = "Identification du b\u00E9n\u00E9ficiaire",
     .type = FieldType::string,
     .required = true,
     .pattern = PatternKind::digits14},
    {.name = "objet",
     .title = "Objet de la subvention",
     .type = FieldType::string,
     .required = true,
     .max_length = 256U},
    {.name = "montant",
     .title = "Montant total de la subvention",
     .type = FieldType::number,
     .required = true},
    {.name = "nature",
     .title = "Nature de la subvention",
     .type = FieldType::string,
     .required = true,
     .enum_values = nature_enum},
    {.name = "conditionsVersement",
     .title = "Conditions de versement de la subvention",
     .type = FieldType::string,
     .required = true,
     .max_length = 256U},
    {.name = "datesPeriodeVersement",
     .title = "Date ou p\u00E9riode de versement",
     .type = FieldType::string,
     .required = true,
     .pattern = PatternKind::date_or_period},
    {.name = "idRAE",
     .title = "Num\u00E9ro unique de r\u00E9f\u00E9rencement dans le R\u00E9pertoire des Aides aux "
              "Entreprises",
     .type = FieldType::string},
    {.name = "notificationUE",
     .title = "Aide d'Etat notifi\u00E9e \u00E0 la Commission europ\u00E9enne",
     .type = FieldType::boolean,
     .required = true,
     .true_values = notificationUE_true,
     .false_values = notificationUE_false},
    {.name = "pourcentageSubvention",
     .title =
         "Pourcentage du montant total de la subvention attribu\u00E9e au b\u00E9n\u00E9ficiaire",
     .type = FieldType::number,
     .required = true,
     .minimum = std::string_view{"0"},
     .maximum = std::string_view{"1"}},
};
constexpr SchemaSpec spec{.version = {Schema::subventions, 1, 1, 0},
                          .version_label = "1.1",
                          .fields = fields,
                          .missing_values = default_missing_values};
} // namespace subventions_1_1_0

// ---- deliberations 2.1.5: scdl-deliberations/2.1.5/schema.json (version label "2.1.5")
namespace deliberations_2_1_5 {
constexpr FieldSpec fields[] = {
    {.name = "COLL_NOM",
     .title = "Nom de la collectivit\u00E9",
     .type = FieldType::string,
     .required = true},
    {.name = "COLL_SIRET",
     .title = "Code SIRET de la collectivit\u00E9",
     .type = FieldType::string,
     .required = true,
     .pattern = PatternKind::digits14},
    {.name = "DELIB_ID",
     .title = "Identifiant de la d\u00E9lib\u00E9ration",
     .type = FieldType::string,
     .required = true},
    {.name = "DELIB_DATE",
     .title = "Date d'adoption de la d\u00E9lib\u00E9ration",
     .type = FieldType::date,
     .required = true},
    {.name = "DELIB_MATIERE_CODE",
     .title = "Code de mati\u00E8re issu de la nomenclature ACTES",
     .type = FieldType::string,
     .required = true,
     .pattern = PatternKind::matiere_code},
    {.name = "DELIB_MATIERE_NOM",
     .title = "Nom de mati\u00E8re",
     .type = FieldType::string,
     .required = true},
    {.name = "DELIB_OBJET",
     .title = "Objet de la d\u00E9lib\u00E9ration",
     .type = FieldType::string,
     .required = true},
    {.name = "BUDGET_ANNEE",
     .title = "Ann\u00E9e du budget",
     .type = FieldType::string,
     .pattern = PatternKind::year_or_interval},
    {.name = "BUDGET_NOM", .title = "Nom du budget", .type = FieldType::string},
    {.name = "PREF_ID",
     .title = "Identifiant de l'entit\u00E9 exer\u00E7ant le contr\u00F4le de l\u00E9galit\u00E9",
     .type = FieldType::string},
    {.name = "PREF_DATE",
     .title = "Date d'enregistrement de la d\u00E9lib\u00E9ration aupr\u00E8s du contr\u00F4le de "
              "l\u00E9galit\u00E9",
     .type = FieldType::date},
    {.name = "VOTE_EFFECTIF",
     .title = "Effectif th\u00E9orique des votants",
     .type = FieldType::integer},
    {.name = "VOTE_REEL", .title = "Effectif r\u00E9el des votants", .type = FieldType::integer},
    {.name = "VOTE_POUR", .title = "Pour", .type = FieldType::integer},
    {.name = "VOTE_CONTRE", .title = "Contre", .type = FieldType::integer},
    {.name = "VOTE_ABSTENTION", .title = "Abstention", .type = FieldType::integer},
    {.name = "DELIB_URL",
     .title = "Lien vers le document de la d\u00E9lib\u00E9ration",
     .type = FieldType::string,
     .format = StringFormat::uri},
};
constexpr std::string_view check2_columns[] = {"BUDGET_NOM"};
constexpr std::string_view check3_columns[] = {"VOTE_REEL", "VOTE_POUR", "VOTE_CONTRE",
                                               "VOTE_ABSTENTION"};
constexpr std::string_view check9_columns[] = {"VOTE_POUR", "VOTE_CONTRE", "VOTE_ABSTENTION"};
constexpr CustomCheckSpec custom_checks[] = {
    {.kind = CustomCheckKind::french_siret, .column = "COLL_SIRET"},
    {.kind = CustomCheckKind::year_interval, .column = "BUDGET_ANNEE", .allow_year_only = true},
    {.kind = CustomCheckKind::cohesive_columns,
     .column = "BUDGET_ANNEE",
     .columns = check2_columns},
    {.kind = CustomCheckKind::cohesive_columns,
     .column = "VOTE_EFFECTIF",
     .columns = check3_columns},
    {.kind = CustomCheckKind::compare_columns,
     .column = "PREF_DATE",
     .column2 = "DELIB_DATE",
     .op = CompareOp::ge},
    {.kind = CustomCheckKind::compare_columns,
     .column = "VOTE_EFFECTIF",
     .column2 = "VOTE_REEL",
     .op = CompareOp::ge},
    {.kind = CustomCheckKind::compare_columns,
     .column = "VOTE_REEL",
     .column2 = "VOTE_POUR",
     .op = CompareOp::ge},
    {.kind = CustomCheckKind::compare_columns,
     .column = "VOTE_REEL",
     .column2 = "VOTE_CONTRE",
     .op = CompareOp::ge},
    {.kind = CustomCheckKind::compare_columns,
     .column = "VOTE_REEL",
     .column2 = "VOTE_ABSTENTION",
     .op = CompareOp::ge},
    {.kind = CustomCheckKind::sum_columns, .column = "VOTE_REEL", .columns = check9_columns},
    {.kind = CustomCheckKind::nomenclature_actes, .column = "DELIB_MATIERE_NOM"},
};
constexpr SchemaSpec spec{.version = {Schema::deliberations, 2, 1, 5},
                          .version_label = "2.1.5",
                          .fields = fields,
                          .missing_values = default_missing_values,
                          .custom_checks = custom_checks};
} // namespace deliberations_2_1_5

// ---- deliberations 2.0.0: scdl-deliberations/2.0.0/schema.json (version label "2.0")
namespace deliberations_2_0_0 {
constexpr FieldSpec fields[] = {
    {.name = "COLL_NOM",
     .title = "Nom de la collectivit\u00E9",
     .type = FieldType::string,
     .required = true},
    {.name = "COLL_SIRET",
     .title = "Code SIRET de la collectivit\u00E9",
     .type = FieldType::string,
     .required = true,
     .pattern = PatternKind::digits14},
    {.name = "DELIB_ID",
     .title = "Identifiant de la d\u00E9lib\u00E9ration",
     .type = FieldType::string,
     .required = true},
    {.name = "DELIB_DATE",
     .title = "Date de la d\u00E9lib\u00E9ration",
     .type = FieldType::date,
     .required = true},
    {.name = "DELIB_MATIERE_CODE",
     .title = "Code de la mati\u00E8re de la d\u00E9lib\u00E9ration",
     .type = FieldType::string,
     .required = true,
     .pattern = PatternKind::matiere_code},
    {.name = "DELIB_MATIERE_NOM",
     .title = "Nom de la mati\u00E8re de la d\u00E9lib\u00E9ration",
     .type = FieldType::string,
     .required = true,
     .pattern = PatternKind::matiere_nom},
    {.name = "DELIB_OBJET",
     .title = "Objet de la d\u00E9lib\u00E9ration",
     .type = FieldType::string,
     .required = true},
    {.name = "BUDGET_ANNEE",
     .title = "Ann\u00E9e du budget",
     .type = FieldType::string,
     .pattern = PatternKind::year_or_interval},
    {.name = "BUDGET_NOM", .title = "Nom du budget", .type = FieldType::string},
    {.name = "PREF_ID",
     .title = "Identifiant de l'entit\u00E9 exer\u00E7ant le contr\u00F4le de l\u00E9galit\u00E9",
     .type = FieldType::string},
    {.name = "PREF_DATE",
     .title = "Date d'enregistrement de la d\u00E9lib\u00E9ration au contr\u00F4le de "
              "l\u00E9galit\u00E9",
     .type = FieldType::date},
    {.name = "VOTE_EFFECTIF",
     .title = "D\u00E9compte de l'effectif total des \u00E9lus susceptibles de participer au vote "
              "(pr\u00E9sents \u00E0 la s\u00E9ance)",
     .type = FieldType::integer},
    {.name = "VOTE_REEL",
     .title = "D\u00E9compte de l\u2019effectif total des \u00E9lus ayant r\u00E9ellement "
              "particip\u00E9 au vote (exclusion des absents)",
     .type = FieldType::integer},
    {.name = "VOTE_POUR", .title = "Nombre de votes Pour", .type = FieldType::integer},
    {.name = "VOTE_CONTRE", .title = "Nombre de votes Contre", .type = FieldType::integer},
    {.name = "VOTE_ABSTENTION", .title = "Nombre de votes Abstention", .type = FieldType::integer},
    {.name = "DELIB_URL",
     .title = "Lien vers le document de la d\u00E9lib\u00E9ration",
     .type = FieldType::string,
     .format = StringFormat::uri},
};
constexpr SchemaSpec spec{.version = {Schema::deliberations, 2, 0, 0},
                          .version_label = "2.0",
                          .fields = fields,
                          .missing_values = default_missing_values};
} // namespace deliberations_2_0_0

constexpr SchemaVersion versions[] = {
    subventions_2_1_1::spec.version,   subventions_2_0_2::spec.version,
    subventions_1_1_0::spec.version,   deliberations_2_1_5::spec.version,
    deliberations_2_0_0::spec.version,
};

// @ctes « matières », levels 1 and 2: code, level, parent, label of the @ctes classification
// (2004-04-01, verbatim, accents and typos included), spelling of the level-1 label used by the
// SCDL délibérations specification and Validata's nomenclature-actes-value (level 1 only).
// Transcribed from tests/data/scdl/actes-matieres.csv (compared by a test).
constexpr ActesMatiere actes[] = {
    {"1", 1, "", "Commande Publique", "Commande publique"},
    {"1.1", 2, "1", "March\u00E9s publics", ""},
    {"1.2", 2, "1", "D\u00E9l\u00E9gation de service public", ""},
    {"1.3", 2, "1", "Conventions de Mandat", ""},
    {"1.4", 2, "1", "Autres types de contrats", ""},
    {"1.5", 2, "1", "Transactions /protocole d accord transactionnel", ""},
    {"1.6", 2, "1", "Actes relatifs \u00E0 la ma\u00EEtrise d'oeuvre", ""},
    {"1.7", 2, "1", "Actes speciaux et divers", ""},
    {"2", 1, "", "Urbanisme", "Urbanisme"},
    {"2.1", 2, "2", "Documents d urbanisme", ""},
    {"2.2", 2, "2", "Actes relatifs au droit d occupation ou d utilisation des sols", ""},
    {"2.3", 2, "2", "Droit de preemption urbain", ""},
    {"3", 1, "", "Domaine et patrimoine", "Domaine et patrimoine"},
    {"3.1", 2, "3", "Acquisitions", ""},
    {"3.2", 2, "3", "Alienations", ""},
    {"3.3", 2, "3", "Locations", ""},
    {"3.4", 2, "3", "Limites territoriales", ""},
    {"3.5", 2, "3", "Autres actes de gestion du domaine public", ""},
    {"3.6", 2, "3", "Autres actes de gestion du domaine prive", ""},
    {"4", 1, "", "Fonction publique", "Fonction publique"},
    {"4.1", 2, "4", "Personnel titulaires et stagiaires de la F.P.T.", ""},
    {"4.2", 2, "4", "Personnel contractuel", ""},
    {"4.3", 2, "4", "Fonction publique hospitaliere", ""},
    {"4.4", 2, "4", "Autres categories de personnels", ""},
    {"4.5", 2, "4", "Regime indemnitaire", ""},
    {"5", 1, "", "Institutions et vie politique", "Institutions et vie politique"},
    {"5.1", 2, "5", "Election executif", ""},
    {"5.2", 2, "5", "Fonctionnement des assemblees", ""},
    {"5.3", 2, "5", "Designation de representants", ""},
    {"5.4", 2, "5", "Delegation de fonctions", ""},
    {"5.5", 2, "5", "Delegation de signature", ""},
    {"5.6", 2, "5", "Exercice des mandats locaux", ""},
    {"5.7", 2, "5", "Intercommunalite", ""},
    {"5.8", 2, "5", "Decision d ester en justice", ""},
    {"6", 1, "", "Libert\u00E9s publiques et pourvoirs de police",
     "Libert\u00E9s publiques et pouvoirs de police"},
    {"6.1", 2, "6", "Police municipale", ""},
    {"6.2", 2, "6", "Pouvoir du president du conseil general", ""},
    {"6.3", 2, "6", "Pouvoir du president du conseil regional", ""},
    {"6.4", 2, "6", "Autres actes reglementaires", ""},
    {"6.5", 2, "6", "Actes pris au nom de l Etat et soumis au controle hierarchique", ""},
    {"7", 1, "", "Finances locales", "Finances locales"},
    {"7.1", 2, "7", "Decisions budgetaires", ""},
    {"7.2", 2, "7", "Fiscalit\u00E9", ""},
    {"7.3", 2, "7", "Emprunts", ""},
    {"7.4", 2, "7", "Interventions economiques", ""},
    {"7.5", 2, "7", "Subventions", ""},
    {"7.6", 2, "7", "Contributions budgetaires", ""},
    {"7.7", 2, "7", "Avances", ""},
    {"7.8", 2, "7", "Fonds de concours", ""},
    {"7.9", 2, "7", "Prise de participation (SEM, etc...)", ""},
    {"7.10", 2, "7", "Divers", ""},
    {"8", 1, "", "Domaines de competences par themes",
     "Domaines de comp\u00E9tences par th\u00E8mes"},
    {"8.1", 2, "8", "Enseignement", ""},
    {"8.2", 2, "8", "Aide sociale", ""},
    {"8.3", 2, "8", "Voirie", ""},
    {"8.4", 2, "8", "Amenagement du territoire", ""},
    {"8.5", 2, "8", "Politique de la ville-habitat-logement", ""},
    {"8.6", 2, "8", "Emploi-formation professionnelle", ""},
    {"8.7", 2, "8", "Transports", ""},
    {"8.8", 2, "8", "Environnement", ""},
    {"8.9", 2, "8", "Culture", ""},
    {"9", 1, "", "Autres domaines de competences", "Autres domaines de comp\u00E9tences"},
    {"9.1", 2, "9", "Autres domaines de competences des communes", ""},
    {"9.2", 2, "9", "Autres domaines de competences des departements", ""},
    {"9.3", 2, "9", "Autres domaines de competences des regions", ""},
    {"9.4", 2, "9", "Voeux et motions", ""},
};

[[nodiscard]] constexpr bool ascii_word(unsigned char c) noexcept {
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
}

// Decodes the UTF-8 sequence at s[i]; returns its length (0 if invalid) and the code point.
[[nodiscard]] std::size_t decode_utf8(std::string_view s, std::size_t i, char32_t& cp) noexcept {
    const auto b0 = static_cast<unsigned char>(s[i]);
    std::size_t n = 0;
    if (b0 < 0x80) {
        cp = b0;
        return 1;
    }
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        n = 2;
        cp = b0 & 0x1FU;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        n = 3;
        cp = b0 & 0x0FU;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        n = 4;
        cp = b0 & 0x07U;
    } else {
        return 0;
    }
    if (i + n > s.size())
        return 0;
    for (std::size_t k = 1; k < n; ++k) {
        const auto b = static_cast<unsigned char>(s[i + k]);
        if ((b & 0xC0U) != 0x80U)
            return 0;
        cp = (cp << 6U) | (b & 0x3FU);
    }
    // overlong, surrogate or out-of-range sequences are not UTF-8
    if ((n == 3 && cp < 0x800) || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
        (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return n;
}

// Python's `\w` on str (str.isalnum() or '_') for non-ASCII code points. Exact for Latin-1
// Supplement and Latin Extended-A/B (the French alphabet); beyond, letters are assumed except
// in the blocks of punctuation, symbols, combining marks, spaces and private use.
[[nodiscard]] constexpr bool unicode_word(char32_t cp) noexcept {
    if (cp < 0x80)
        return ascii_word(static_cast<unsigned char>(cp));
    if (cp < 0xC0) // ª ² ³ µ ¹ º ¼ ½ ¾ are alphanumeric for Python
        return cp == 0xAA || cp == 0xB2 || cp == 0xB3 || cp == 0xB5 || cp == 0xB9 || cp == 0xBA ||
               (cp >= 0xBC && cp <= 0xBE);
    if (cp <= 0x24F)
        return cp != 0xD7 && cp != 0xF7; // × ÷
    if (cp >= 0x2B0 && cp <= 0x36F)      // modifier letters (partly), combining marks
        return false;
    if (cp >= 0x2000 && cp <= 0x2BFF) // punctuation, symbols, arrows, maths, box drawing…
        return false;
    if ((cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xE000 && cp <= 0xF8FF) ||
        (cp >= 0xFE00 && cp <= 0xFE0F) || cp == 0xFEFF || cp >= 0xFFF0)
        return false;
    return true;
}

// One `\w` at s[i]: its byte length, 0 if none.
[[nodiscard]] std::size_t word_at(std::string_view s, std::size_t i, WordChars w) noexcept {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80)
        return ascii_word(b) ? 1 : 0;
    if (w == WordChars::ecmascript)
        return 0;
    char32_t cp = 0;
    const std::size_t n = decode_utf8(s, i, cp);
    return n != 0 && unicode_word(cp) ? n : 0;
}

[[nodiscard]] constexpr bool digits(std::string_view s, std::size_t from,
                                    std::size_t count) noexcept {
    for (std::size_t i = from; i < from + count; ++i)
        if (s[i] < '0' || s[i] > '9')
            return false;
    return true;
}

// [0-9]{4}-[0-9]{2}-[0-9]{2} at s[from] (the caller checked the length)
[[nodiscard]] constexpr bool iso_date_shape(std::string_view s, std::size_t from) noexcept {
    return digits(s, from, 4) && s[from + 4] == '-' && digits(s, from + 5, 2) &&
           s[from + 7] == '-' && digits(s, from + 8, 2);
}

// ^\w+( \w+)*\/[ \w]+$
[[nodiscard]] bool matiere_nom_matches(std::string_view s, WordChars w) noexcept {
    std::size_t i = 0;
    bool in_word = false; // last character was a \w (so a space or '/' may follow)
    while (i < s.size() && s[i] != '/') {
        if (s[i] == ' ') {
            if (!in_word)
                return false; // leading or double space
            in_word = false;
            ++i;
            continue;
        }
        const std::size_t n = word_at(s, i, w);
        if (n == 0)
            return false;
        in_word = true;
        i += n;
    }
    if (i == s.size() || !in_word)
        return false; // no '/', or the part before it is empty or ends with a space
    ++i;
    if (i == s.size())
        return false; // [ \w]+ needs one character
    while (i < s.size()) {
        if (s[i] == ' ') {
            ++i;
            continue;
        }
        const std::size_t n = word_at(s, i, w);
        if (n == 0)
            return false;
        i += n;
    }
    return true;
}

} // namespace

std::string_view to_string(Schema s) noexcept {
    return s == Schema::subventions ? "subventions" : "deliberations";
}

Result<Schema> parse_schema(std::string_view s) {
    if (s == "subventions")
        return Schema::subventions;
    if (s == "deliberations" || s == "d\u00E9lib\u00E9rations")
        return Schema::deliberations;
    return make_error(s.empty() ? ErrorKind::empty : ErrorKind::component, "sch\u00E9ma SCDL", s,
                      "sch\u00E9mas connus\u00A0: subventions, deliberations");
}

std::string SchemaVersion::to_string() const {
    return std::to_string(major) + '.' + std::to_string(minor) + '.' + std::to_string(patch);
}

Result<SchemaVersion> parse_schema_version(Schema schema, std::string_view s) {
    const std::string_view field = "version du sch\u00E9ma SCDL";
    if (s.empty())
        return make_error(ErrorKind::empty, field, s, "la version est vide");
    // the `version` strings of the older schema.json files
    if (schema == Schema::subventions && s == "1.1")
        return subventions_1_1_0::spec.version;
    if (schema == Schema::deliberations && s == "2.0")
        return deliberations_2_0_0::spec.version;
    std::string known;
    for (const auto& v : versions) {
        if (v.schema != schema)
            continue;
        if (v.to_string() == s)
            return v;
        known += (known.empty() ? "" : ", ") + v.to_string();
    }
    return make_error(ErrorKind::component, field, s,
                      "version inconnue du sch\u00E9ma " + std::string(to_string(schema)) +
                          " (versions disponibles\u00A0: " + known + ")");
}

SchemaVersion latest(Schema s) noexcept {
    return s == Schema::subventions ? subventions_2_1_1::spec.version
                                    : deliberations_2_1_5::spec.version;
}

std::span<const SchemaVersion> shipped_versions() noexcept {
    return versions;
}

const SchemaSpec& schema_spec(SchemaVersion v) {
    for (const SchemaSpec* s :
         {&subventions_2_1_1::spec, &subventions_2_0_2::spec, &subventions_1_1_0::spec,
          &deliberations_2_1_5::spec, &deliberations_2_0_0::spec})
        if (s->version == v)
            return *s;
    throw std::invalid_argument("subvention::io::scdl::schema_spec: version " + v.to_string() +
                                " of " + std::string(to_string(v.schema)) + " is not shipped");
}

std::span<const ActesMatiere> actes_matieres() noexcept {
    return actes;
}

std::string_view to_string(FieldType t) noexcept {
    switch (t) {
    case FieldType::string:
        return "string";
    case FieldType::date:
        return "date";
    case FieldType::number:
        return "number";
    case FieldType::integer:
        return "integer";
    case FieldType::boolean:
        return "boolean";
    }
    return "string";
}

std::string_view to_string(CompareOp op) noexcept {
    switch (op) {
    case CompareOp::lt:
        return "<";
    case CompareOp::le:
        return "<=";
    case CompareOp::eq:
        return "==";
    case CompareOp::ge:
        return ">=";
    case CompareOp::gt:
        return ">";
    }
    return "==";
}

std::string_view pattern_source(PatternKind p) noexcept {
    switch (p) {
    case PatternKind::none:
        return "";
    case PatternKind::digits14:
        return R"(^\d{14}$)";
    case PatternKind::rna:
        return R"(^W\d{9}$)";
    case PatternKind::date_or_period:
        return R"(^[0-9]{4}\-[0-9]{2}\-[0-9]{2}(\/[0-9]{4}\-[0-9]{2}\-[0-9]{2})?$)";
    case PatternKind::matiere_code:
        return R"(^\d\.\d{1,2}$)";
    case PatternKind::year_or_interval:
        return R"(^[0-9]{4}(\/[0-9]{4})?$)";
    case PatternKind::matiere_nom:
        return R"(^\w+( \w+)*\/[ \w]+$)";
    }
    return "";
}

bool matches(PatternKind p, std::string_view s, WordChars w) noexcept {
    switch (p) {
    case PatternKind::none:
        return true;
    case PatternKind::digits14:
        return s.size() == 14 && digits(s, 0, 14);
    case PatternKind::rna:
        return s.size() == 10 && s[0] == 'W' && digits(s, 1, 9);
    case PatternKind::date_or_period:
        return (s.size() == 10 && iso_date_shape(s, 0)) ||
               (s.size() == 21 && iso_date_shape(s, 0) && s[10] == '/' && iso_date_shape(s, 11));
    case PatternKind::matiere_code:
        return (s.size() == 3 || s.size() == 4) && digits(s, 0, 1) && s[1] == '.' &&
               digits(s, 2, s.size() - 2);
    case PatternKind::year_or_interval:
        return (s.size() == 4 && digits(s, 0, 4)) ||
               (s.size() == 9 && digits(s, 0, 4) && s[4] == '/' && digits(s, 5, 4));
    case PatternKind::matiere_nom:
        return matiere_nom_matches(s, w);
    }
    return false;
}

bool is_valid_french_siret(std::string_view v) noexcept {
    // python-stdnum fr.siret: compact() = remove ' ' and '.', then strip(); 14 digits; Luhn with
    // the La Poste exception; the SIREN part valid (the same rule as Siret::parse, ID-SIRET).
    if (v.size() == Siret::length && matches(PatternKind::digits14, v)) // the usual case
        return subvention::detail::siret_fault(v) == subvention::detail::SiretFault::none;
    constexpr std::string_view py_space = " \t\n\v\f\r";
    const auto first = v.find_first_not_of(py_space);
    if (first == std::string_view::npos)
        return false;
    v = v.substr(first, v.find_last_not_of(py_space) - first + 1);
    std::array<char, Siret::length> d{};
    std::size_t n = 0;
    for (const char c : v) {
        if (c == ' ' || c == '.')
            continue;
        if (c < '0' || c > '9' || n == d.size())
            return false;
        d[n++] = c;
    }
    return n == d.size() && subvention::detail::siret_fault(std::string_view(d.data(), d.size())) ==
                                subvention::detail::SiretFault::none;
}

} // namespace subvention::io::scdl
