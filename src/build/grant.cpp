// SPDX-License-Identifier: Apache-2.0
// subvention::build — the dossier of a grant record (include/subvention/build/grant.hpp says
// which defaults come from which text).

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <subvention/budget.hpp>
#include <subvention/build/grant.hpp>
#include <subvention/compliance/thresholds.hpp>
#include <subvention/convention.hpp>
#include <subvention/deadline.hpp>
#include <subvention/deliberation.hpp>
#include <subvention/identifiers.hpp>
#include <subvention/tribunals.hpp>

namespace subvention::build {

namespace {

std::string guillemets(std::string_view s) {
    return "« " + std::string(s) + " »";
}

/// The error of a value parsed from field `field`, renamed after it.
Error renamed(Error e, std::string_view field) {
    e.message = e.field + " : " + e.message;
    e.field = std::string(field);
    return e;
}

bool private_person(LegalForm f) {
    return f == LegalForm::association || f == LegalForm::foundation || f == LegalForm::company ||
           f == LegalForm::other;
}

/// The contrat d'engagement républicain binds associations and foundations whose request was
/// filed from 2 January 2022 (loi 2000-321 art. 10-1; décret 2021-1947): the meeting date
/// stands for the request's, which a record seldom holds and which precedes it.
bool cer_applies(LegalForm f, Date meeting) {
    return (f == LegalForm::association || f == LegalForm::foundation) &&
           meeting >= compliance::cer_in_force.to_date();
}

std::string_view kind_label(GrantKind k) {
    return k == GrantKind::operating ? "fonctionnement" : "investissement";
}

std::string_view body_label(Body b) {
    return b == Body::commission_permanente ? "Commission permanente" : "Conseil départemental";
}

struct Built {
    const GrantRecord& r;
    std::optional<Period> period;
    std::optional<std::int32_t> year; ///< the calendar year when the period lies within one
    std::string imputation;           ///< « 6574/9332 »
    std::vector<PersonName> interested;
    std::optional<PersonName> president;
    std::vector<Rate> shares;
    bool convention = false;

    [[nodiscard]] SourceRef at(DocumentKind doc, std::string path, std::string rendered) const {
        return from_data(doc, std::move(path), std::move(rendered), r.origin);
    }
    [[nodiscard]] SourceRef in_delib(std::string path, std::string rendered) const {
        return at(DocumentKind::deliberation, "/deliberation/" + path, std::move(rendered));
    }
    [[nodiscard]] SourceRef in_conv(std::string path, std::string rendered) const {
        return at(DocumentKind::convention, "/convention/" + path, std::move(rendered));
    }
};

Result<Built> validate(const GrantRecord& r) {
    Built b{r, r.period, std::nullopt, {}, {}, std::nullopt, r.instalments, false};
    if (r.grantor.name.empty())
        return make_error(ErrorKind::empty, "grantor.name", "", "nom de la collectivité requis");
    if (!find_tribunal_area(r.grantor.departement_code))
        return make_error(r.grantor.departement_code.empty() ? ErrorKind::empty
                                                             : ErrorKind::component,
                          "grantor.departement_code", r.grantor.departement_code,
                          "code INSEE de département attendu (« 59 », « 2A », « 971 »)");
    if (r.meeting.date.is_special())
        return make_error(ErrorKind::empty, "meeting.date", "", "date de la séance requise");
    if (r.beneficiary.name.empty())
        return make_error(ErrorKind::empty, "beneficiary.name", "", "nom du bénéficiaire requis");
    if (r.amount <= Euros{})
        return make_error(ErrorKind::range, "amount", r.amount.to_string_fr(),
                          "le montant accordé doit être strictement positif");
    // Identifiers and numbers, when given, must read: each error names the record's field.
    const auto invalid = [](const std::string& value, auto parse) -> std::optional<Error> {
        if (value.empty())
            return std::nullopt;
        auto parsed = parse(value);
        return parsed ? std::nullopt : std::optional<Error>(parsed.error());
    };
    const std::pair<const char*, std::optional<Error>> identifiers[] = {
        {"beneficiary.siret", invalid(r.beneficiary.siret, [](auto v) { return Siret::parse(v); })},
        {"beneficiary.rna", invalid(r.beneficiary.rna, [](auto v) { return Rna::parse(v); })},
        {"beneficiary.iban", invalid(r.beneficiary.iban, [](auto v) { return Iban::parse(v); })},
        {"beneficiary.bic", invalid(r.beneficiary.bic, [](auto v) { return Bic::parse(v); })},
        {"meeting.number",
         invalid(r.meeting.number, [](auto v) { return DeliberationNumber::parse(v); })},
    };
    for (const auto& [field, error] : identifiers)
        if (error)
            return renamed(*error, field);

    // Period: the calendar year of the meeting for an operating grant; no default otherwise.
    if (!b.period) {
        if (r.kind == GrantKind::investment)
            return make_error(
                ErrorKind::empty, "period", "",
                "une subvention d'investissement n'a pas de période par défaut : "
                "aucun texte n'en fixe une (période de réalisation du projet requise)");
        const auto y = r.meeting.date.year();
        b.period = Period{Date(y, 1, 1), Date(y, 12, 31), true};
    }
    if (b.period->start.is_special() || b.period->end.is_special() ||
        b.period->end < b.period->start)
        return make_error(ErrorKind::range, "period", "", "période incohérente");
    if (b.period->start.year() == b.period->end.year() && r.kind == GrantKind::operating)
        b.year = static_cast<std::int32_t>(b.period->start.year());

    // Imputation: the nature of an operating grant to a private person is 6574.
    std::string nature = r.nature;
    if (nature.empty()) {
        if (r.kind != GrantKind::operating || !private_person(r.beneficiary.legal_form))
            return make_error(ErrorKind::empty, "nature", "",
                              "nature M57 requise : seule celle d'une subvention de fonctionnement "
                              "à une personne de droit privé (6574) se déduit du dossier");
        nature = "6574";
    }
    const auto n = NatureAccount::parse(nature);
    if (!n)
        return renamed(n.error(), "nature");
    const auto f = FunctionCode::parse(r.function);
    if (!f)
        return renamed(f.error(), "function");
    const auto imputation = Imputation::make(
        *n, r.kind == GrantKind::operating ? Section::fonctionnement : Section::investissement, *f);
    if (!imputation)
        return renamed(imputation.error(), "nature");
    b.imputation = imputation->formatted();

    // Interested members: named, each counted once in the attendance.
    for (const auto& name : r.meeting.interested) {
        auto p = PersonName::parse(name);
        if (!p)
            return renamed(p.error(), "meeting.interested");
        b.interested.push_back(*std::move(p));
    }
    const auto& counts = r.meeting.attendance;
    if (counts.interested.count() < static_cast<std::int32_t>(b.interested.size()) &&
        counts.interested.count() != 0)
        return make_error(ErrorKind::range, "meeting.attendance.interested",
                          std::to_string(counts.interested.count()),
                          "moins de membres intéressés comptés que de membres intéressés nommés (" +
                              std::to_string(b.interested.size()) + ")");
    if (!r.grantor.president.empty()) {
        auto p = PersonName::parse(r.grantor.president);
        if (!p)
            return renamed(p.error(), "grantor.president");
        b.president = *std::move(p);
    }

    // Instalments: exact shares adding up to 100 %.
    if (b.shares.empty())
        b.shares = {Rate::from_percent(100)};
    Rate::rational total = 0;
    std::string shares;
    for (const auto& s : b.shares) {
        if (s == Rate{})
            return make_error(ErrorKind::range, "instalments", s.to_string_fr(),
                              "une échéance de 0 % n'est pas une échéance");
        total += s.value();
        shares += (shares.empty() ? "" : " + ") + s.to_string_fr();
    }
    if (total != 1)
        return make_error(ErrorKind::range, "instalments", shares,
                          "les échéances doivent totaliser 100 % du montant");
    // Compulsory above the threshold in force on the meeting date (décret 2001-495 art. 1).
    const auto threshold = compliance::in_force(compliance::convention_threshold, r.meeting.date);
    b.convention = r.convention.value_or(threshold && r.amount > threshold->amount);
    return b;
}

Deliberation deliberation(const Built& b) {
    const GrantRecord& r = b.r;
    const std::string beneficiary = r.beneficiary.name;
    Deliberation d;
    d.collectivite = Collectivite{r.grantor.name, std::nullopt, r.grantor.departement_code};
    d.meeting_date = {r.meeting.date, b.in_delib("meeting_date", format_date(r.meeting.date))};
    d.number = {r.meeting.number.empty()
                    ? std::nullopt
                    : std::optional(DeliberationNumber::parse(r.meeting.number).value()),
                b.in_delib("number", r.meeting.number)};
    d.title = std::string(beneficiary) + " - subvention de " + std::string(kind_label(r.kind)) +
              (b.year ? " " + std::to_string(*b.year) : std::string());

    d.visas.push_back(
        Visa{CodeVisa{"Code général des collectivités territoriales", {"L.3211-1", "L.3211-2"}},
             b.in_delib("visas/0", "Code général des collectivités territoriales, "
                                   "articles L.3211-1 et L.3211-2")});
    d.visas.push_back(Visa{LegalTextVisa{LegalTextKind::loi,
                                         "2000-321",
                                         Date(2000, 4, 12),
                                         "relative aux droits des citoyens dans leurs relations "
                                         "avec les administrations",
                                         {"10"}},
                           b.in_delib("visas/1", "loi n° 2000-321 du 12 avril 2000, article 10")});
    if (r.meeting.body == Body::commission_permanente && r.meeting.delegation)
        d.visas.push_back(
            Visa{DeliberationVisa{"Conseil départemental", Body::conseil_departemental,
                                  std::nullopt, *r.meeting.delegation,
                                  "Délégation d'attributions à la Commission permanente", true},
                 b.in_delib("visas/2", "délibération du Conseil départemental du " +
                                           format_date(*r.meeting.delegation) +
                                           " portant délégation d'attributions à la Commission "
                                           "permanente")});

    // Attendance: the counts, the interested members by name, one source for both.
    d.attendance.body = r.meeting.body;
    AttendanceCounts counts = r.meeting.attendance;
    if (counts.interested.count() == 0)
        counts.interested = MemberCount(static_cast<std::int32_t>(b.interested.size()));
    d.attendance.counts = counts;
    d.attendance.interested = b.interested;
    d.attendance.president = b.president;
    for (std::size_t i = 0; i < b.interested.size(); ++i)
        d.interest_statements.push_back(InterestStatement{
            b.interested[i], true, true,
            b.in_delib("interest_statements/" + std::to_string(i),
                       b.interested[i].printed() +
                           ", intéressé(e) à l'affaire, n'a pris part ni au débat ni au vote")});

    // Dispositif.
    const std::string amount_text = r.amount.to_string_fr();
    std::string art1 = "D'attribuer à " + guillemets(beneficiary) + " une subvention de " +
                       std::string(kind_label(r.kind)) + " de " + amount_text;
    if (b.year)
        art1 += " pour l'année " + std::to_string(*b.year);
    if (!r.purpose.empty())
        art1 += ", au titre du " + r.purpose;
    art1 += ".";
    std::uint32_t article = 1;
    d.articles.push_back({article++, art1});
    d.grants.push_back(
        GrantDecision{beneficiary, r.beneficiary.legal_form,
                      Stated<Euros>{r.amount, b.in_delib("grants/0/amount", amount_text)}, b.year,
                      r.purpose, std::nullopt, std::nullopt});
    if (b.convention) {
        const std::string art2 =
            "D'autoriser le Président du Conseil départemental à signer avec " +
            guillemets(beneficiary) +
            " la convention correspondante, dans les termes du projet joint.";
        d.articles.push_back({article++, art2});
        d.signing_authorisations.push_back(SigningAuthorisation{
            "le Président du Conseil départemental", beneficiary,
            "la convention de subvention de " + std::string(kind_label(r.kind)), true,
            b.in_delib("signing_authorisations/0", art2)});
    }
    d.articles.push_back({article, "La dépense correspondante est imputée sur le chapitre " +
                                       b.imputation + " du budget départemental."});
    d.imputations.push_back(ImputationRow{
        "", b.imputation, r.purpose, std::nullopt, std::nullopt, r.amount, std::nullopt,
        AppropriationKind::cp, b.in_delib("imputations/0", b.imputation + " " + amount_text)});

    // Tally and outcome as recorded.
    VoteTally tally;
    tally.pour = VoteCount(static_cast<std::int32_t>(r.meeting.votes_for));
    tally.contre = VoteCount(static_cast<std::int32_t>(r.meeting.votes_against));
    tally.abstention = VoteCount(static_cast<std::int32_t>(r.meeting.abstentions));
    d.tally = {tally,
               b.in_delib("tally", "pour " + std::to_string(r.meeting.votes_for) + ", contre " +
                                       std::to_string(r.meeting.votes_against) + ", abstention " +
                                       std::to_string(r.meeting.abstentions))};
    // Adopted by the majority of the votes cast (CGCT L.3121-15); a tie is the president's to
    // break, which counts do not say.
    const StatedOutcome outcome =
        r.meeting.votes_for > r.meeting.votes_against   ? StatedOutcome::adopted
        : r.meeting.votes_for < r.meeting.votes_against ? StatedOutcome::rejected
                                                        : StatedOutcome::unknown;
    d.outcome = {outcome, b.in_delib("outcome", std::string(to_string(outcome)))};

    d.signature.place = r.grantor.seat.empty() ? std::nullopt : std::optional(r.grantor.seat);
    d.signature.date = {r.meeting.date, b.in_delib("signature/date", format_date(r.meeting.date))};
    if (b.president)
        d.signature.signatories.push_back(
            Signatory{"", NamedPerson{b.president->printed(), "Président du Conseil départemental"},
                      std::nullopt, true});
    if (r.meeting.transmitted)
        d.transmission_date =
            Stated<Date>{*r.meeting.transmitted,
                         b.in_delib("transmission_date", format_date(*r.meeting.transmitted))};
    if (r.meeting.published)
        d.publication_date =
            Stated<Date>{*r.meeting.published,
                         b.in_delib("publication_date", format_date(*r.meeting.published))};
    return d;
}

Convention convention(const Built& b) {
    using CS = ConventionSubject;
    const GrantRecord& r = b.r;
    const Beneficiary& ben = r.beneficiary;
    const std::string amount_text = r.amount.to_string_fr();
    Convention c;
    c.status = DocumentStatus::draft;
    const std::string object = r.object.empty()
                                   ? "Subvention de " + std::string(kind_label(r.kind)) +
                                         (b.year ? " " + std::to_string(*b.year) : std::string()) +
                                         " à " + ben.name
                                   : r.object;
    c.object = {object, b.in_conv("object", object)};
    c.dossier_number = {r.dossier_number.empty() ? std::nullopt : std::optional(r.dossier_number),
                        b.in_conv("dossier_number", r.dossier_number)};

    c.grantor.name = r.grantor.name;
    c.grantor.legal_form = LegalForm::departement;
    c.grantor.address = r.grantor.address;
    if (b.president)
        c.grantor.representative =
            NamedPerson{b.president->printed(), "Président du Conseil départemental"};
    c.grantor.authorisation = StatedAuthorisation{
        r.meeting.body, r.meeting.date,
        r.meeting.number.empty()
            ? std::nullopt
            : std::optional(DeliberationNumber::parse(r.meeting.number).value()),
        b.in_conv("grantor/authorisation",
                  std::string(body_label(r.meeting.body)) + " du " + format_date(r.meeting.date))};
    c.grantor.designation = "le Département";
    c.grantor.departement_code = r.grantor.departement_code;
    c.grantor.source = b.in_conv("grantor", r.grantor.name);

    c.beneficiary.name = ben.name;
    c.beneficiary.legal_form = ben.legal_form;
    c.beneficiary.address = ben.address;
    std::vector<StatedIdentifier> ids;
    if (!ben.siret.empty())
        ids.push_back({IdentifierLabel::siret, ben.siret, {}});
    if (!ben.rna.empty())
        ids.push_back({IdentifierLabel::rna, ben.rna, {}});
    for (std::size_t i = 0; i < ids.size(); ++i) {
        ids[i].source = b.in_conv(i == 0 ? std::string("beneficiary/identifier")
                                         : "beneficiary/other_identifiers/" + std::to_string(i - 1),
                                  ids[i].value);
        if (i == 0)
            c.beneficiary.identifier = ids[i];
        else
            c.beneficiary.other_identifiers.push_back(ids[i]);
    }
    if (!ben.representative.empty())
        c.beneficiary.representative = NamedPerson{ben.representative, ben.representative_function};
    c.beneficiary.designation = "le Bénéficiaire";
    c.beneficiary.source = b.in_conv("beneficiary", ben.name);

    c.visas = {Visa{LegalTextVisa{LegalTextKind::loi,
                                  "2000-321",
                                  Date(2000, 4, 12),
                                  "relative aux droits des citoyens dans leurs relations avec "
                                  "les administrations",
                                  {"10"}},
                    b.in_conv("visas/0", "loi n° 2000-321 du 12 avril 2000, article 10")}};

    const bool cer = cer_applies(ben.legal_form, r.meeting.date);
    std::uint32_t n = 1;
    c.articles.push_back({n++, "Objet", {}, {CS::object, CS::actions}});
    c.articles.push_back({n++, "Durée", {}, {CS::period}});
    c.articles.push_back({n++,
                          "Montant et modalités de versement",
                          {},
                          ben.iban.empty()
                              ? std::vector{CS::amount, CS::payment}
                              : std::vector{CS::amount, CS::payment, CS::bank_details}});
    c.articles.push_back(
        {n++, "Obligations du Bénéficiaire", {}, {CS::obligations, CS::final_report}});
    c.articles.push_back({n++, "Contrôle", {}, {CS::control}});
    if (cer)
        c.articles.push_back(
            {n++, "Contrat d'engagement républicain", {}, {CS::republican_commitment}});
    c.articles.push_back(
        {n++, "Reversement et résiliation", {}, {CS::reimbursement, CS::termination}});
    c.articles.push_back({n++, "Litiges", {}, {CS::jurisdiction}});

    c.actions.push_back(Action{std::nullopt,
                               r.object.empty() ? r.purpose : r.object,
                               {},
                               {},
                               Stated<Euros>{r.amount, b.in_conv("actions/0/amount", amount_text)},
                               std::nullopt});
    const Period& period = *b.period;
    c.period = Stated<Period>{period, b.in_conv("period", "du " + format_date(period.start) +
                                                              " au " + format_date(period.end))};
    // A subsidy is voted for a period; renewing it is a new decision of the assembly.
    c.tacit_renewal = {TacitRenewal::excluded, b.in_conv("tacit_renewal", "excluded")};

    // Compte rendu financier within six months of the end of the period (loi 2000-321 art. 10).
    const Date report_due = add_months(period.end, Months(6));
    c.obligations.final_report = FinalReportObligation{
        {DeadlineStatement{RelativeDeadline{Months(6), StartEvent::convention_end}, report_due,
                           b.in_conv("obligations/final_report/deadlines/0",
                                     "six mois après la fin de la convention, soit le " +
                                         format_date(report_due))}},
        {"le compte rendu financier de l'action subventionnée"},
        std::nullopt,
        {"contrôle de l'emploi de la subvention"}};

    const auto clause = [&](ClauseKind k, std::string rendered,
                            std::optional<std::string> named = std::nullopt) {
        const std::string path = "clauses/" + std::to_string(c.clauses.size());
        return Clause{k,
                      std::nullopt,
                      std::nullopt,
                      std::move(named),
                      b.in_conv(path, std::move(rendered)),
                      std::nullopt};
    };
    c.clauses.push_back(
        clause(ClauseKind::control, "contrôle de l'emploi de la subvention (CGCT L.1611-4)"));
    if (cer)
        c.clauses.push_back(
            clause(ClauseKind::contrat_engagement_republicain,
                   "contrat d'engagement républicain (loi n° 2000-321, art. 10-1)"));
    c.clauses.push_back(clause(ClauseKind::reimbursement,
                               "reversement des sommes non employées conformément à leur objet"));
    c.clauses.push_back(clause(ClauseKind::unspent_kept,
                               "la part non dépensée est reversée ; aucune part n'est conservée"));
    const std::string tribunal = tribunal_administratif_name(
        tribunal_administratif_for(r.grantor.departement_code).value_or(""));
    c.clauses.push_back(clause(ClauseKind::jurisdiction, tribunal, tribunal));

    // Payments: shares of the amount, the last on the final report when there are several.
    const auto amounts = payment_amounts(r.amount, b.shares);
    for (std::size_t i = 0; i < amounts.size(); ++i) {
        const bool single = amounts.size() == 1;
        const bool last = i + 1 == amounts.size();
        Payment p;
        p.kind = single ? PaymentKind::single : last ? PaymentKind::balance : PaymentKind::advance;
        p.amount = {amounts[i],
                    b.in_conv("payment_schedule/payments/" + std::to_string(i) + "/amount",
                              amounts[i].to_string_fr() + " (" + b.shares[i].to_string_fr() + ")")};
        p.trigger = single || !last ? PaymentTrigger::signature : PaymentTrigger::final_report;
        p.share = b.shares[i];
        c.payment_schedule.payments.push_back(std::move(p));
    }
    c.payment_schedule.cap_clauses.push_back(
        b.in_conv("payment_schedule/cap_clauses/0", "montant maximum de " + amount_text));

    if (!ben.iban.empty()) {
        const auto stated = [&](std::string_view leaf, const std::string& v) {
            return Stated<std::optional<std::string>>{
                v.empty() ? std::nullopt : std::optional(v),
                b.in_conv("bank_details/" + std::string(leaf), v)};
        };
        c.bank_details = BankDetails{stated("iban", ben.iban), stated("bic", ben.bic),
                                     stated("domiciliation", ben.bank), stated("holder", ben.name)};
    }

    c.signature.place = r.grantor.seat.empty() ? std::nullopt : std::optional(r.grantor.seat);
    c.signature.date = {std::nullopt, b.in_conv("signature/date", "")};
    if (b.president)
        c.signature.signatories.push_back(
            Signatory{"Pour " + r.grantor.name,
                      NamedPerson{b.president->printed(), "Le Président du Conseil départemental"},
                      std::nullopt, false});
    if (!ben.representative.empty())
        c.signature.signatories.push_back(Signatory{
            "Pour " + ben.name, NamedPerson{ben.representative, ben.representative_function},
            std::nullopt, false});
    return c;
}

} // namespace

Result<Dossier> grant_dossier(const GrantRecord& record) {
    auto built = validate(record);
    if (!built)
        return built.error();
    Dossier d;
    d.deliberation = deliberation(*built);
    if (built->convention)
        d.convention = convention(*built);
    d.beneficiary_economic_activity = record.economic_activity;
    return d;
}

} // namespace subvention::build
