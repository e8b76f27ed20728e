// SPDX-License-Identifier: Apache-2.0
// subvention::io::scdl — export of dossiers as SCDL rows (« export des données essentielles »).
//
// What a dossier gives and what it cannot give is listed in docs/scdl.md; values the dossier
// lacks come from `ExportOptions` or the export fails with an `Error` naming the SCDL field
// and the option to set — never an invented value.
#include <algorithm>
#include <exception>
#include <limits>
#include <utility>

#include <subvention/detail/ascii.hpp>
#include <subvention/io/scdl_rows.hpp>

#include "encoding.hpp"

namespace subvention::io::scdl {
namespace {

/// @ctes nomenclature, matière 7.5 « Subventions » under 7 « Finances locales » (actes-
/// matieres.csv, tests/data/scdl/). DELIB_MATIERE_NOM is « niveau 1/niveau 2 ».
constexpr ActesMatiereCode subventions_matiere{7, 5, false};
constexpr std::string_view subventions_matiere_nom = "Finances locales/Subventions";

Error missing(std::string_view field, std::string message) {
    return make_error(ErrorKind::empty, field, "", std::move(message));
}

/// Upper-cased letters and digits only: « Économie » and « Economie » differ, which is fine
/// here (the export only needs to tell whether a grant is for the convention's beneficiary).
std::string name_key(std::string_view s) {
    std::string out;
    for (const char c : s)
        if (subvention::detail::is_ascii_alnum(c))
            out += subvention::detail::ascii_upper(c);
        else if ((static_cast<unsigned char>(c) & 0x80U) != 0)
            out += c;
    return out;
}

Result<std::string> attribuant_name(const Dossier& d, const ExportOptions& o,
                                    std::string_view field) {
    if (o.attribuant_name && !o.attribuant_name->empty())
        return *o.attribuant_name;
    if (d.convention && !d.convention->grantor.name.empty())
        return d.convention->grantor.name;
    if (d.deliberation && !d.deliberation->collectivite.name.empty())
        return d.deliberation->collectivite.name;
    if (d.rapport && !d.rapport->collectivite.name.empty())
        return d.rapport->collectivite.name;
    return missing(field, "le nom de la collectivité attribuante n'est pas dans le dossier : "
                          "indiquez-le (ExportOptions::attribuant_name, --attribuant-nom)");
}

/// Whether a stated identifier is an RNA number: labelled so, or printed « W… ».
bool is_rna(const StatedIdentifier& id) {
    const auto t = subvention::detail::trim_spaces(id.value);
    return id.label == IdentifierLabel::rna || (!t.empty() && (t[0] == 'W' || t[0] == 'w'));
}

/// The identifier of `p` to publish as its SIRET: the first of 14 digits among those that may
/// be one, else the first of those (whose error the export then reports). The principal
/// identifier may be one whatever its label (the seed labels its SIRET « SIREN »); an other
/// identifier may be one unless it is an RNA or another register's number (RCS, VAT).
const StatedIdentifier* siret_identifier(const ConventionParty& p) {
    const StatedIdentifier* first = nullptr;
    for (const auto* id : identifiers(p)) {
        const bool principal = p.identifier && id == &*p.identifier;
        if (is_rna(*id) || (!principal && id->label == IdentifierLabel::other))
            continue;
        const auto digits = std::count_if(id->value.begin(), id->value.end(),
                                          [](char c) { return c >= '0' && c <= '9'; });
        if (digits == 14)
            return id;
        if (first == nullptr)
            first = id;
    }
    return first;
}

Result<Siret> attribuant_siret(const Dossier& d, const ExportOptions& o, std::string_view field) {
    if (o.attribuant_siret)
        return *o.attribuant_siret;
    std::vector<const StatedIdentifier*> stated;
    if (d.deliberation && d.deliberation->collectivite.siret)
        stated.push_back(&*d.deliberation->collectivite.siret);
    if (d.rapport && d.rapport->collectivite.siret)
        stated.push_back(&*d.rapport->collectivite.siret);
    if (d.convention)
        if (const auto* id = siret_identifier(d.convention->grantor))
            stated.push_back(id);
    for (const auto* id : stated) {
        auto s = Siret::parse(id->value);
        if (s)
            return *s;
        return make_error(s.error().kind, field, id->value,
                          "le SIRET de la collectivité indiqué au dossier est invalide : " +
                              s.error().message);
    }
    return missing(field, "le SIRET de la collectivité attribuante n'est pas dans le dossier : "
                          "indiquez-le (ExportOptions::attribuant_siret, --attribuant-siret)");
}

/// The beneficiary's identifiers as the convention states them: its SIRET (`siret_identifier`)
/// and its RNA number (the first identifier that is one), each checked.
struct BeneficiaryIds {
    std::optional<Siret> siret;
    std::optional<Rna> rna;
};

Result<BeneficiaryIds> beneficiary_ids(const ConventionParty& p) {
    BeneficiaryIds out;
    for (const auto* id : identifiers(p))
        if (is_rna(*id)) {
            auto r = Rna::parse(id->value);
            if (!r)
                return make_error(r.error().kind, "rnaBeneficiaire", id->value, r.error().message);
            out.rna = *r;
            break;
        }
    if (const auto* id = siret_identifier(p)) {
        auto s = Siret::parse(id->value);
        if (!s)
            return make_error(s.error().kind, "idBeneficiaire", id->value,
                              "l'identifiant du bénéficiaire n'est pas un SIRET valide (le format "
                              "SCDL exige un SIRET de 14 chiffres ou un numéro RNA) : " +
                                  s.error().message);
        out.siret = *s;
    }
    return out;
}

Result<PaymentConditions> conditions(const Dossier& d, const ExportOptions& o) {
    if (o.payment_conditions)
        return *o.payment_conditions;
    if (d.convention) {
        const auto n = d.convention->payment_schedule.payments.size();
        if (n == 1)
            return PaymentConditions{PaymentConditions::Kind::unique, {}};
        if (n > 1)
            return PaymentConditions{PaymentConditions::Kind::echelonne, {}};
    }
    return missing("conditionsVersement",
                   "le dossier ne contient pas d'échéancier de versement : indiquez les "
                   "conditions (ExportOptions::payment_conditions, --conditions-versement)");
}

Result<PaymentDates> payment_dates(const Dossier& d, const ExportOptions& o) {
    if (o.payment_dates)
        return *o.payment_dates;
    if (d.convention) {
        const auto& payments = d.convention->payment_schedule.payments;
        const bool all_dated = !payments.empty() &&
                               std::all_of(payments.begin(), payments.end(), [](const Payment& p) {
                                   return p.date && !p.date->is_special();
                               });
        if (all_dated) {
            Date first = *payments.front().date;
            Date last = first;
            for (const auto& p : payments) {
                first = std::min(first, *p.date);
                last = std::max(last, *p.date);
            }
            if (payments.size() == 1)
                return PaymentDates{first, std::nullopt};
            return PaymentDates{first, last};
        }
        // Payment dates unknown: the period during which payments may occur is the
        // convention's period of application (the schema: « si la date précise de versement
        // unique est inconnue, … une période »).
        if (d.convention->period && !d.convention->period->value.start.is_special() &&
            !d.convention->period->value.end.is_special())
            return PaymentDates{d.convention->period->value.start, d.convention->period->value.end};
    }
    return missing("datesPeriodeVersement",
                   "ni les dates de versement ni la période de la convention ne sont dans le "
                   "dossier : indiquez-les (ExportOptions::payment_dates, --dates-versement)");
}

Result<Date> convention_date(const Dossier& d, const ExportOptions& o) {
    if (o.convention_date)
        return *o.convention_date;
    if (d.convention && d.convention->signature.date.value &&
        !d.convention->signature.date.value->is_special())
        return *d.convention->signature.date.value;
    if (o.convention_date_from_deliberation && d.deliberation &&
        !d.deliberation->meeting_date.value.is_special())
        return d.deliberation->meeting_date.value;
    return missing("dateConvention",
                   "la convention n'est pas datée (projet non signé) : indiquez sa date "
                   "(ExportOptions::convention_date, --date-convention) ou choisissez la date de "
                   "la délibération (ExportOptions::convention_date_from_deliberation, "
                   "--date-convention-deliberation)");
}

Result<std::string> checked_text(std::string_view field, std::string text, std::size_t max) {
    if (text.empty())
        return missing(field, "valeur obligatoire absente du dossier");
    if (char_count(text) > max)
        return make_error(ErrorKind::length, field, text,
                          "au plus " + std::to_string(max) + " caractères (" +
                              std::to_string(char_count(text)) + " ici)");
    return text;
}

/// One grant to export: beneficiary, amount, purpose.
struct GrantToExport {
    std::string beneficiary;
    Euros amount;
    std::string purpose;
};

} // namespace

Result<std::vector<SubventionRow>> to_scdl_subventions(const Dossier& d, const ExportOptions& o) {
    auto name = attribuant_name(d, o, "nomAttribuant");
    if (!name)
        return name.error();
    auto siret = attribuant_siret(d, o, "idAttribuant");
    if (!siret)
        return siret.error();
    auto date = convention_date(d, o);
    if (!date)
        return date.error();
    auto cond = conditions(d, o);
    if (!cond)
        return cond.error();
    auto dates = payment_dates(d, o);
    if (!dates)
        return dates.error();
    if (o.id_rae && char_count(*o.id_rae) > 5)
        return make_error(ErrorKind::length, "idRAE", *o.id_rae, "au plus 5 caractères");

    std::optional<std::string> reference;
    if (d.deliberation && d.deliberation->number.value)
        reference = d.deliberation->number.value->formatted();
    else if (d.convention && d.convention->grantor.authorisation &&
             d.convention->grantor.authorisation->number)
        reference = d.convention->grantor.authorisation->number->formatted();

    std::vector<GrantToExport> grants;
    if (d.deliberation && !d.deliberation->grants.empty()) {
        for (const auto& g : d.deliberation->grants)
            grants.push_back({g.beneficiary, g.amount.value, g.purpose});
    } else if (d.convention) {
        std::optional<Euros> total;
        try {
            total = ceilings_total(*d.convention);
        } catch (const std::overflow_error&) {
            return make_error(ErrorKind::overflow, "montant", "",
                              "le total des plafonds de la convention dépasse la capacité");
        }
        if (total)
            grants.push_back({d.convention->beneficiary.name, *total, {}});
    }
    if (grants.empty())
        return missing("montant", "le dossier ne contient ni décision d'attribution ni plafond de "
                                  "convention : aucun montant à publier");
    for (const auto& g : grants)
        if (g.amount < Euros{})
            return make_error(ErrorKind::range, "montant", g.amount.to_iso(),
                              "montant négatif pour « " + g.beneficiary +
                                  " » : une subvention publiée est un montant positif");

    std::vector<SubventionRow> rows;
    for (const auto& g : grants) {
        // The convention names the beneficiary officially and states its identifier; it
        // concerns this grant when it is the only one or when the names match.
        const bool from_convention =
            d.convention && (grants.size() == 1 ||
                             name_key(d.convention->beneficiary.name) == name_key(g.beneficiary));
        BeneficiaryIds ids;
        if (from_convention) {
            auto r = beneficiary_ids(d.convention->beneficiary);
            if (!r)
                return r.error();
            ids = *r;
        }
        if (!ids.siret && !ids.rna)
            return missing("idBeneficiaire",
                           "le dossier ne donne ni SIRET ni numéro RNA du bénéficiaire « " +
                               g.beneficiary + " » (one-of-required)");
        std::string beneficiary = from_convention && !d.convention->beneficiary.name.empty()
                                      ? d.convention->beneficiary.name
                                      : g.beneficiary;
        auto ben =
            checked_text("nomBeneficiaire", beneficiary, std::numeric_limits<std::size_t>::max());
        if (!ben)
            return ben.error();
        std::string object = from_convention && !d.convention->object.value.empty()
                                 ? d.convention->object.value
                             : !g.purpose.empty() ? g.purpose
                             : d.deliberation     ? d.deliberation->title
                                                  : std::string();
        auto obj = checked_text("objet", object, 256);
        if (!obj)
            return obj.error();
        rows.push_back(SubventionRow{
            *name, *siret, *date, reference, *ben, ids.siret, ids.rna, *obj, g.amount,
            AidNature::numeraire, // the model's grants are sums of money (Euros)
            *cond, *dates, o.id_rae, o.notification_ue,
            // pourcentageSubvention is the beneficiary's share of a subsidy split among several
            // beneficiaries; each grant decision of the model has a single beneficiary.
            Rate::from_fraction(1, 1), o.dispositif_aide});
    }
    return rows;
}

Result<std::vector<DeliberationRow>> to_scdl_deliberations(const Dossier& d,
                                                           const ExportOptions& o) {
    std::vector<DeliberationRow> rows;
    if (!d.deliberation)
        return rows;
    const Deliberation& delib = *d.deliberation;
    auto name = attribuant_name(d, o, "COLL_NOM");
    if (!name)
        return name.error();
    auto siret = attribuant_siret(d, o, "COLL_SIRET");
    if (!siret)
        return siret.error();
    if (!delib.number.value)
        return make_error(delib.number.source.text.empty() ? ErrorKind::empty : ErrorKind::format,
                          "DELIB_ID", delib.number.source.text,
                          "la délibération n'a pas de numéro lisible");
    if (delib.meeting_date.value.is_special())
        return missing("DELIB_DATE", "la date de la séance n'est pas dans le dossier");
    auto objet = checked_text("DELIB_OBJET", delib.title, std::numeric_limits<std::size_t>::max());
    if (!objet)
        return objet.error();

    std::optional<BudgetYears> years;
    std::optional<std::string> budget;
    if (o.budget_name && !o.budget_name->empty()) {
        // BUDGET_ANNEE: the year(s) the grants are for (« pour l'année 2023 »), else the year
        // of the meeting.
        std::optional<std::int32_t> lo, hi;
        for (const auto& g : delib.grants)
            if (g.year) {
                lo = lo ? std::min(*lo, *g.year) : *g.year;
                hi = hi ? std::max(*hi, *g.year) : *g.year;
            }
        if (!lo)
            lo = hi = static_cast<std::int32_t>(delib.meeting_date.value.year());
        years = BudgetYears{*lo, *hi != *lo ? std::optional<std::int32_t>(*hi) : std::nullopt};
        budget = *o.budget_name;
    }

    // PREF_ID: the acts of a département are sent to the prefect of the département for the
    // contrôle de légalité (CGCT L.3131-1, L.3132-1): « PREF » + the département code on three
    // characters (« 62 » → « PREF062 », « 2A » → « PREF02A »).
    std::optional<std::string> pref;
    const std::string& code = delib.collectivite.departement_code;
    if (!code.empty() && code.size() <= 3)
        pref = "PREF" + std::string(3 - code.size(), '0') + code;

    std::optional<Date> pref_date;
    if (delib.transmission_date && !delib.transmission_date->value.is_special())
        pref_date = delib.transmission_date->value;
    if (pref_date && *pref_date < delib.meeting_date.value)
        return make_error(ErrorKind::range, "PREF_DATE", format_date(*pref_date, DateStyle::iso),
                          "la transmission en préfecture précède la séance");

    // Votes: VOTE_EFFECTIF is the members who could take part (members in office, as the
    // vote analysis counts them); VOTE_REEL the votes cast (pour + contre + abstention, the
    // schema's sum). Blank and null ballots have no SCDL column: a tally with them is not
    // exported rather than exported wrong.
    std::optional<DeliberationVotes> votes;
    const VoteTally& t = delib.tally.value;
    if (t.blancs.value_or(VoteCount{}).count() == 0 && t.nuls.value_or(VoteCount{}).count() == 0) {
        try {
            const VoteAnalysis a = analyse_vote(delib);
            const VoteCount abst = t.abstention.value_or(VoteCount{});
            const VoteCount reel = t.pour + t.contre + abst;
            if (reel.count() > 0) {
                if (a.members_in_office.count() < reel.count())
                    return make_error(
                        ErrorKind::range, "VOTE_EFFECTIF", a.members_in_office.to_string(),
                        "le décompte des votes (" + reel.to_string() +
                            ") dépasse l'effectif des membres (" + a.members_in_office.to_string() +
                            ") : le dossier est à corriger avant publication");
                votes = DeliberationVotes{a.members_in_office, reel, t.pour, t.contre, abst};
            }
        } catch (const std::exception&) {
            votes.reset(); // counts beyond range: not exported
        }
    }
    rows.push_back(DeliberationRow{*name, *siret, delib.number.value->formatted(),
                                   delib.meeting_date.value, subventions_matiere,
                                   std::string(subventions_matiere_nom), *objet, years, budget,
                                   pref, pref_date, votes, o.deliberation_url});
    return rows;
}

} // namespace subvention::io::scdl
