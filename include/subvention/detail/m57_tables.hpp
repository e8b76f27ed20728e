// SPDX-License-Identifier: Apache-2.0
// subvention — M57 reference tables: nature accounts used for grants, functional chapters,
// functions and the special voting sub-chapters. Data only; the typed API is in budget.hpp.
//
// Sources (each entry below repeats the one it comes from):
//  [R7]   docs/legal-reference.md §7 (BUDG-IMPUTATION-FORMAT, BUDG-FUNCTIONAL-CHAPTERS,
//         BUDG-FUNCTIONS-2DIGIT, BUDG-NATURE-SUBSIDIES), itself built from the public
//         reproductions of the M57 nomenclature listed there.
//  [GEN]  A public open-source budget-nomenclature generator (TypeScript,
//         "Extrait du Plan de comptes M57 (Natures)" + "Codes fonctions enrichis (avec 90-xx et
//         93-xx)"), read in its public repository: it lists 204/2041/20411–20414,
//         656 without sub-accounts, 657/6573/65734–65738/6574/65741/65742/65748, the functions
//         and the chapters 900–909/930–939 with sub-chapters 900-5, 904-4, 930-5, 934-3, 934-4.
//  [COMP] A second, independent public code file mapping "90-xx" codes to labels
//         ("90-65": "Action économique / Insertion économique et économie sociale, solidaire").
//  [SEED] The seed deliberation N°2023-122 (Pas-de-Calais), art. 3: "6568/9365 … Autres
//         participations".
// An entry with `confirmed == false` is UNCONFIRMED: its label or its existence in M57 was not
// found in a source actually read; the reason is in the entry's comment.
#pragma once

#include <array>
#include <cstddef>
#include <string_view>

namespace subvention::detail::m57 {

/// What an account is used for in a grant context (« usage du compte »).
enum class NatureUse {
    chapter,           ///< a chapter heading (65 Autres charges de gestion courante)
    contribution,      ///< compulsory contribution (655 « Contributions obligatoires »)
    participation,     ///< participation (656 « Participations »)
    operating_subsidy, ///< operating subsidy (657x « subventions de fonctionnement »)
    equipment_subsidy, ///< equipment subsidy (204x « subventions d'équipement versées »)
};

/// Which kind of beneficiary the account is reserved for (« catégorie de bénéficiaire »).
enum class Beneficiary {
    unspecified,    ///< the account does not say (parent accounts, participations)
    public_body,    ///< « organismes publics » (6573x, 2041x)
    private_person, ///< « personnes de droit privé » (6574x, 2042x)
};

/// One nature account of the M57 plan (« compte par nature »).
struct NatureEntry {
    std::string_view code;
    std::string_view label;
    bool confirmed; ///< false = UNCONFIRMED (see the entry's comment)
    NatureUse use;
    Beneficiary beneficiary;
    std::string_view source;
};

// clang-format off
/// Nature accounts used for grants. Class 6 = operating, class 2 = investment.
inline constexpr std::array<NatureEntry, 21> natures{{
    // --- class 6, chapter 65 -------------------------------------------------------------
    {"65",    "Autres charges de gestion courante", true, NatureUse::chapter, Beneficiary::unspecified, "[R7] BUDG-NATURE-SUBSIDIES; [GEN]"},
    {"655",   "Contributions obligatoires", true, NatureUse::contribution, Beneficiary::unspecified, "[R7] BUDG-NATURE-SUBSIDIES; [GEN]"},
    {"656",   "Participations", true, NatureUse::participation, Beneficiary::unspecified, "[R7] BUDG-NATURE-SUBSIDIES; [GEN]"},
    // UNCONFIRMED: the M57 plans read ([R7], [GEN]) list 656 without sub-accounts; the label is
    // the one the seed prints (SEED-12). The account is used by the seed imputation 6568/9365.
    {"6568",  "Autres participations", false, NatureUse::participation, Beneficiary::unspecified, "[SEED] délibération 2023-122 art. 3; UNCONFIRMED in M57"},
    // [R7] abridges 657 as "Subventions"; [GEN] gives the full label used here.
    {"657",   "Charges d'intervention pour compte propre - Subventions", true, NatureUse::operating_subsidy, Beneficiary::unspecified, "[GEN]; [R7] BUDG-NATURE-SUBSIDIES"},
    {"6573",  "Subventions de fonctionnement aux organismes publics", true, NatureUse::operating_subsidy, Beneficiary::public_body, "[GEN]; [R7] (6573x)"},
    {"65734", "Communes", true, NatureUse::operating_subsidy, Beneficiary::public_body, "[R7]; [GEN]"},
    {"65735", "Groupements de collectivités", true, NatureUse::operating_subsidy, Beneficiary::public_body, "[R7]; [GEN]"},
    {"65736", "Établissements et services rattachés", true, NatureUse::operating_subsidy, Beneficiary::public_body, "[R7]; [GEN]"},
    {"65738", "Autres établissements publics", true, NatureUse::operating_subsidy, Beneficiary::public_body, "[R7]; [GEN]"},
    {"6574",  "Subventions de fonctionnement aux personnes de droit privé", true, NatureUse::operating_subsidy, Beneficiary::private_person, "[R7]; [GEN]"},
    {"65741", "Ménages", true, NatureUse::operating_subsidy, Beneficiary::private_person, "[R7]; [GEN]"},
    {"65742", "Entreprises", true, NatureUse::operating_subsidy, Beneficiary::private_person, "[R7]; [GEN]"},
    // The usual account for a subsidy to an association (loi 2000-321 art. 9-1; [R7] checker note).
    {"65748", "Autres personnes de droit privé", true, NatureUse::operating_subsidy, Beneficiary::private_person, "[R7]; [GEN]"},
    // --- class 2, chapter 204 ------------------------------------------------------------
    {"204",   "Subventions d'équipement versées", true, NatureUse::equipment_subsidy, Beneficiary::unspecified, "[R7]; [GEN]"},
    {"2041",  "Subventions d'équipement aux organismes publics", true, NatureUse::equipment_subsidy, Beneficiary::public_body, "[GEN]; [R7] (2041x)"},
    {"20411", "État", true, NatureUse::equipment_subsidy, Beneficiary::public_body, "[R7]; [GEN]"},
    {"20412", "Régions", true, NatureUse::equipment_subsidy, Beneficiary::public_body, "[R7]; [GEN]"},
    {"20413", "Départements", true, NatureUse::equipment_subsidy, Beneficiary::public_body, "[R7]; [GEN]"},
    {"20414", "Communes", true, NatureUse::equipment_subsidy, Beneficiary::public_body, "[R7]; [GEN]"},
    // UNCONFIRMED: [R7] says the 2042x sub-accounts were not read and [GEN] stops at 2041x.
    // The label is the usual one (one secondary mention of "20422 = subventions d'équipement aux
    // personnes de droit privé" in public project notes); sub-accounts 2042x are not listed.
    {"2042",  "Subventions d'équipement aux personnes de droit privé", false, NatureUse::equipment_subsidy, Beneficiary::private_person, "UNCONFIRMED; [R7] BUDG-NATURE-SUBSIDIES"},
}};
// clang-format on

/// Number of entries in `natures` (a too-large array size leaves empty entries, which the
/// compile-time check below rejects).
inline constexpr std::size_t nature_count = natures.size();

/// Names of the functions of rank 1 (« fonctions »), also the names of chapters 90x/93x: the same
/// digit is the same function in both sections. [R7] BUDG-FUNCTIONAL-CHAPTERS; [GEN].
inline constexpr std::array<std::string_view, 10> function_digit_names{{
    "Services généraux",
    "Sécurité",
    "Enseignement, formation professionnelle et apprentissage",
    "Culture, vie sociale, jeunesse, sports et loisirs",
    "Santé et action sociale",
    "Aménagement des territoires et habitat",
    "Action économique",
    "Environnement",
    "Transports",
    "Fonction en réserve",
}};

/// One function code of 2 or 3 digits (« sous-fonction », « rubrique »).
struct FunctionEntry {
    std::string_view code;
    std::string_view label;
    std::string_view source;
};

// clang-format off
/// Functions of 2 digits, and the 3-digit ones listed by [R7]. Labels are [R7]'s; where [R7]
/// abridges ("1er degré", "TIC", "Littoral"…) and [GEN] gives the full wording, [GEN]'s is used
/// and the entry says so. Function 9 (« Fonction en réserve ») has no sub-functions.
inline constexpr std::array<FunctionEntry, 71> functions{{
    // 0 Services généraux
    {"01", "Services généraux", "[R7]; [GEN]"},
    {"02", "Administration générale", "[R7]; [GEN]"},
    {"03", "Conseils", "[R7]; [GEN]"},
    {"04", "Coopération décentralisée, actions interrégionales et européennes", "[R7]; [GEN]"},
    {"05", "Gestion des fonds européens", "[R7]; [GEN]"},
    // 1 Sécurité
    {"10", "Services communs", "[R7]; [GEN]"},
    {"11", "Police, sécurité, justice", "[R7]; [GEN]"},
    {"12", "Incendie et secours", "[R7]; [GEN]"},
    {"13", "Hygiène et salubrité publique", "[R7]; [GEN]"},
    {"18", "Autres interventions de protection des personnes et des biens", "[R7] ([GEN] abridges)"},
    // 2 Enseignement, formation professionnelle et apprentissage
    {"20", "Services communs", "[R7]; [GEN]"},
    {"21", "Enseignement du premier degré", "[GEN] ([R7] abridges: 1er degré)"},
    {"22", "Enseignement du second degré", "[GEN] ([R7] abridges: 2nd degré)"},
    {"221", "Collèges", "[R7]; [GEN]"},
    {"222", "Lycées publics", "[R7]; [GEN]"},
    {"223", "Lycées privés", "[R7]; [GEN]"},
    {"23", "Enseignement supérieur", "[GEN] ([R7] abridges: Supérieur)"},
    {"24", "Cités scolaires", "[R7]; [GEN]"},
    {"25", "Formation professionnelle", "[R7]; [GEN]"},
    {"26", "Apprentissage", "[R7]; [GEN]"},
    {"27", "Formation sanitaire et sociale", "[R7]; [GEN]"},
    {"28", "Autres services périscolaires et annexes", "[R7]; [GEN]"},
    {"29", "Sécurité", "[R7]; [GEN]"},
    // 3 Culture, vie sociale, jeunesse, sports et loisirs
    {"30", "Services communs", "[R7]; [GEN]"},
    {"31", "Culture", "[R7]; [GEN]"},
    {"32", "Sports", "[R7]; [GEN]"},
    {"33", "Jeunesse et loisirs", "[R7]; [GEN]"},
    {"34", "Vie sociale et citoyenne", "[R7]; [GEN]"},
    {"39", "Sécurité", "[R7]; [GEN]"},
    // 4 Santé et action sociale
    {"40", "Services communs", "[R7]; [GEN]"},
    {"41", "Santé", "[R7]; [GEN]"},
    {"42", "Action sociale", "[R7]; [GEN]"},
    {"421", "Famille et enfance", "[R7]; [GEN]"},
    {"422", "Petite enfance", "[R7]; [GEN]"},
    {"423", "Personnes âgées", "[R7]; [GEN]"},
    {"424", "Personnes en difficulté", "[R7]; [GEN]"},
    {"425", "Personnes handicapées", "[R7]; [GEN]"},
    {"428", "Autres interventions sociales", "[GEN] ([R7] abridges: Autres)"},
    {"43", "APA", "[R7]; [GEN] (allocation personnalisée d'autonomie)"},
    {"44", "RSA", "[R7]; [GEN] (revenu de solidarité active)"},
    // 5 Aménagement des territoires et habitat
    {"50", "Services communs", "[R7]; [GEN]"},
    {"51", "Aménagement et services urbains", "[R7]; [GEN]"},
    {"52", "Politique de la ville", "[R7]; [GEN]"},
    {"53", "Agglomérations et villes moyennes", "[R7]; [GEN]"},
    {"54", "Espace rural et autres espaces de développement", "[R7] ([GEN] abridges)"},
    {"55", "Habitat (logement)", "[R7]; [GEN]"},
    {"56", "Actions en faveur du littoral", "[GEN] ([R7] abridges: Littoral)"},
    {"57", "Technologies de l'information et de la communication", "[GEN] ([R7] abridges: TIC)"},
    {"58", "Autres actions", "[R7]; [GEN]"},
    {"59", "Sécurité", "[R7]; [GEN]"},
    // 6 Action économique
    {"60", "Services communs", "[R7]; [GEN]"},
    {"61", "Interventions économiques transversales", "[R7]; [GEN]"},
    {"62", "Structures d'animation et de développement économique", "[R7] ([GEN] abridges)"},
    {"63", "Actions sectorielles", "[R7]; [GEN]"},
    {"631", "Agriculture, pêche et agro-alimentaire", "[R7]; [GEN]"},
    {"632", "Industrie, commerce et artisanat", "[R7]; [GEN]"},
    {"633", "Développement touristique", "[GEN] ([R7] abridges: Tourisme)"},
    {"64", "Rayonnement, attractivité du territoire", "[R7]; [GEN]"},
    // Function 65. A label "… économie sociale, solidaire et innovante" circulates; that
    // suffix is in no source read: [R7] (UNCONFIRMED note), [COMP] and [GEN]
    // ("Insertion éco. et éco.sociale, solidaire") all stop at "solidaire", and an exact search of
    // the public code index for "conomie sociale, solidaire et innovante" found nothing. Settled
    // on the sourced label; revisit if the official M57 instruction says otherwise.
    {"65", "Insertion économique et économie sociale, solidaire", "[R7]; [COMP]; [GEN]"},
    {"66", "Maintien et développement des services publics", "[R7]; [GEN]"},
    {"67", "Recherche et innovation", "[R7]; [GEN]"},
    {"68", "Autres actions", "[R7]; [GEN]"},
    // 7 Environnement
    {"70", "Services communs", "[R7]; [GEN]"},
    {"71", "Actions transversales", "[R7]; [GEN]"},
    {"72", "Actions déchets et propreté urbaine", "[GEN]; [COMP] ([R7]: Déchets et propreté urbaine)"},
    {"73", "Actions en matière de gestion des eaux", "[GEN] ([R7] abridges: Gestion des eaux)"},
    {"74", "Politique de l'air", "[R7]; [GEN]"},
    {"75", "Politique de l'énergie", "[R7]; [GEN]"},
    {"76", "Patrimoine naturel, risques technologiques", "[R7] ([GEN] abridges)"},
    {"77", "Environnement infrastructures transports", "[R7]; [GEN]"},
    {"78", "Autres actions", "[R7]; [GEN]"},
}};
// clang-format on

// Function 8 is split out only to keep each array literal readable.
// clang-format off
/// Functions of rank 8 (Transports), same sources and conventions as `functions`.
inline constexpr std::array<FunctionEntry, 11> functions_transport{{
    {"80", "Services communs", "[R7]; [GEN]"},
    {"81", "Transports scolaires", "[R7]; [GEN]"},
    {"82", "Transports publics de voyageurs", "[R7]; [GEN]"},
    {"83", "Transports de marchandises", "[R7]; [GEN]"},
    {"84", "Voirie", "[R7]; [GEN]"},
    {"843", "Voirie départementale", "[R7]; [GEN]"},
    {"849", "Sécurité routière", "[R7]; [GEN]"},
    {"85", "Infrastructures", "[R7]; [GEN]"},
    {"86", "Liaisons multimodales", "[R7]; [GEN]"},
    {"87", "Circulations douces", "[R7]; [GEN]"},
    {"89", "Sécurité", "[R7]; [GEN]"},
}};
// clang-format on

/// A special voting sub-chapter (« sous-chapitre ») that isolates one function inside a chapter.
struct SubChapterEntry {
    std::string_view code;     ///< "934-4"
    std::string_view function; ///< the 2-digit function it isolates ("44")
    std::string_view name;
    std::string_view source;
};

/// [R7] BUDG-FUNCTIONAL-CHAPTERS: 900-5/930-5 Gestion des fonds européens; 904-4/934-4 RSA;
/// 934-3 APA (operating only: there is no 904-3). [GEN] lists the same five and names 934-4
/// "RSA / Régularisation de RMI".
inline constexpr std::array<SubChapterEntry, 5> sub_chapters{{
    {"900-5", "05", "Gestion des fonds européens", "[R7]; [GEN]"},
    {"930-5", "05", "Gestion des fonds européens", "[R7]; [GEN]"},
    {"904-4", "44", "RSA", "[R7]; [GEN]"},
    {"934-3", "43", "APA", "[R7]; [GEN]"},
    {"934-4", "44", "RSA", "[R7]; [GEN] (« RSA / Régularisation de RMI »)"},
}};

/// The nature entry with exactly this code, or nullptr.
[[nodiscard]] constexpr const NatureEntry* find_nature(std::string_view code) noexcept {
    for (std::size_t i = 0; i < nature_count; ++i)
        if (natures[i].code == code)
            return &natures[i];
    return nullptr;
}

/// The function entry (2 or 3 digits) with exactly this code, or nullptr.
[[nodiscard]] constexpr const FunctionEntry* find_function(std::string_view code) noexcept {
    for (const auto& f : functions)
        if (f.code == code)
            return &f;
    for (const auto& f : functions_transport)
        if (f.code == code)
            return &f;
    return nullptr;
}

// Table sanity, checked at compile time: codes are non-empty digit strings, unique, and 3-digit
// functions sit under a listed 2-digit function.
namespace check {
constexpr bool digits_only(std::string_view s) noexcept {
    if (s.empty())
        return false;
    for (char c : s)
        if (c < '0' || c > '9')
            return false;
    return true;
}
// Index-based (no pointer comparisons: GCC's UBSan makes those non-constant).
constexpr std::size_t count_nature(std::string_view code) noexcept {
    std::size_t n = 0;
    for (const auto& e : natures)
        n += e.code == code ? 1u : 0u;
    return n;
}
constexpr std::size_t count_function(std::string_view code) noexcept {
    std::size_t n = 0;
    for (const auto& f : functions)
        n += f.code == code ? 1u : 0u;
    for (const auto& f : functions_transport)
        n += f.code == code ? 1u : 0u;
    return n;
}
constexpr bool natures_ok() noexcept {
    for (const auto& e : natures)
        if (!digits_only(e.code) || e.label.empty() || count_nature(e.code) != 1)
            return false;
    return true;
}
constexpr bool functions_ok() noexcept {
    for (const auto& f : functions)
        if (!digits_only(f.code) || f.code.size() < 2 || f.code.size() > 3 ||
            count_function(f.code) != 1 ||
            (f.code.size() == 3 && count_function(f.code.substr(0, 2)) != 1) || f.code[0] == '8' ||
            f.code[0] == '9' || f.label.empty())
            return false;
    for (const auto& f : functions_transport)
        if (!digits_only(f.code) || f.code.size() < 2 || f.code.size() > 3 || f.code[0] != '8' ||
            count_function(f.code) != 1 ||
            (f.code.size() == 3 && count_function(f.code.substr(0, 2)) != 1) || f.label.empty())
            return false;
    return true;
}
static_assert(natures_ok(), "M57 nature table: bad or duplicated code");
static_assert(functions_ok(), "M57 function table: bad, duplicated or orphan code");
} // namespace check

} // namespace subvention::detail::m57
