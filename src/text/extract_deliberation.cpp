// SPDX-License-Identifier: Apache-2.0
// subvention::text — the délibération read from its text: header (collectivité, body, meeting,
// presidency, secretary), attendance lists and proxies, interested members, title and number,
// visas typed by kind, dispositif (articles, grant, signing authorisation, imputation table),
// vote lines and stated outcome, signature block.
//
// Layout of the acts this reads (Pas-de-Calais model, CGCT L.3121-13 and L.3121-17: the acts
// state the attendance, the visas, the dispositif and the vote): headings and labels are
// matched accent- and case-insensitively; names and texts are kept as printed.

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <subvention/budget.hpp>
#include <subvention/date.hpp>
#include <subvention/deliberation.hpp>
#include <subvention/detail/ascii.hpp>
#include <subvention/identifiers.hpp>
#include <subvention/vote.hpp>

#include "extract_internal.hpp"

namespace subvention::text::detail {

namespace {

using compliance::Message;
using compliance::Severity;

constexpr std::string_view kQuoteOpen = "\xC2\xAB"; // «

bool starts_with_label(const Line& l, std::string_view label) {
    return match_label(l.text, label).has_value();
}

/// Position of the first of `stops` (accent- and case-insensitive, spaces significant) at or
/// after `from`, or npos.
std::size_t first_of(std::string_view s, std::initializer_list<std::string_view> stops,
                     std::size_t from = 0) {
    const FoldedText f = fold_with_offsets(s, Separators::as_spaces);
    std::size_t best = std::string_view::npos;
    for (const auto stop : stops) {
        const std::string needle = fold(stop, Separators::as_spaces);
        std::size_t k = 0;
        while ((k = f.key.find(needle, k)) != std::string::npos) {
            const auto p = f.printed(k);
            if (p >= from) {
                best = std::min(best, p);
                break;
            }
            ++k;
        }
    }
    return best;
}

/// « L.3121-14, L.3121-14-1, L.3211-1 et L.3211-2 ; » → the four references.
std::vector<std::string> article_list(std::string_view s) {
    const auto end = s.find(';');
    s = strip_terminal_punct(s.substr(0, end));
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= s.size()) {
        std::size_t stop = s.find(", ", start);
        const std::size_t et = s.find(" et ", start);
        std::size_t skip = 2;
        if (et != std::string_view::npos && (stop == std::string_view::npos || et < stop)) {
            stop = et;
            skip = 4;
        }
        const auto item = strip_terminal_punct(s.substr(
            start, stop == std::string_view::npos ? std::string_view::npos : stop - start));
        if (!item.empty())
            out.emplace_back(item);
        if (stop == std::string_view::npos)
            break;
        start = stop + skip;
    }
    return out;
}

/// The articles cited after « article(s) » in `s`, if any.
std::vector<std::string> cited_articles(std::string_view s) {
    const auto p = find_folded(s, "article");
    if (!p)
        return {};
    auto rest = s.substr(*p + std::string_view("article").size());
    if (!rest.empty() && (rest.front() == 's' || rest.front() == 'S'))
        rest.remove_prefix(1);
    return article_list(trim_spaces(rest));
}

/// The number printed after « n° » / « N° » / « no » in `s` (token of digits, letters, « - »,
/// « / »), with its offset.
std::optional<std::pair<std::string, std::size_t>> number_after_no(std::string_view s) {
    for (std::size_t i = 0; i + 1 < s.size(); ++i) {
        if (s[i] != 'n' && s[i] != 'N')
            continue;
        if (i > 0 && subvention::detail::is_ascii_alpha(s[i - 1]))
            continue;
        std::size_t j = i + 1;
        if (s.substr(j).starts_with("\xC2\xB0"))
            j += 2;
        else if (s.substr(j).starts_with("o ") || s.substr(j).starts_with("o."))
            j += 1;
        else
            continue;
        while (j < s.size() && (s[j] == ' ' || s[j] == '.'))
            ++j;
        std::size_t k = j;
        while (k < s.size() && (subvention::detail::is_ascii_alnum(s[k]) || s[k] == '-' ||
                                s[k] == '/' || s[k] == '_'))
            ++k;
        if (k > j && subvention::detail::is_digit(s[j]))
            return std::pair{std::string(s.substr(j, k - j)), i};
    }
    return std::nullopt;
}

Body body_of(std::string_view text) {
    return find_folded(text, "commission permanente") ? Body::commission_permanente
                                                      : Body::conseil_departemental;
}

// ---------------------------------------------------------------------------------------------
// Visas

VisaContent read_deliberation_visa(std::string_view body) {
    DeliberationVisa v;
    std::size_t pos = 0;
    if (const auto no = number_after_no(body)) {
        if (auto n = DeliberationNumber::parse(no->first))
            v.number = std::move(n).value();
        pos = no->second;
    }
    // Body: « du Conseil départemental » / « de la Commission Permanente », up to the date.
    const auto du = first_of(body, {" du conseil", " de la commission", " du ", " de la "}, pos);
    const auto date = find_date(body.substr(pos));
    if (du != std::string_view::npos) {
        const auto name_from = body.find(' ', du + 1);
        std::size_t name_start = name_from + 1;
        if (body.substr(du).starts_with(" de la ") || body.substr(du).starts_with(" De la "))
            name_start = du + 7;
        else
            name_start = du + 4;
        std::size_t name_end = first_of(
            body, {" en date du", " du ", " le ", " \xC2\xAB", ",", " portant"}, name_start);
        if (date && pos + date->offset < name_end)
            name_end = pos + date->offset;
        if (name_end != std::string_view::npos && name_end > name_start)
            v.body_name =
                std::string(strip_terminal_punct(body.substr(name_start, name_end - name_start)));
    }
    const std::string key = fold(v.body_name);
    if (key == "CONSEIL DEPARTEMENTAL")
        v.body = Body::conseil_departemental;
    else if (key == "COMMISSION PERMANENTE")
        v.body = Body::commission_permanente;
    if (date)
        v.date = date->date;
    if (auto t = quoted_text(body, 0, QuoteClose::last))
        v.title = std::move(*t);
    else if (const auto portant = find_folded(body, "portant "))
        v.title = std::string(strip_terminal_punct(body.substr(*portant)));
    const std::string tk = fold(v.title);
    v.delegation_of_powers = tk.find("DELEGATION D'ATTRIBUTION") != std::string::npos ||
                             tk.find("DELEGATION DE POUVOIR") != std::string::npos ||
                             tk.find("DELEGATIONS D'ATTRIBUTION") != std::string::npos;
    return v;
}

VisaContent read_visa_content(std::string_view text) {
    const auto after_vu = match_label(text, "Vu");
    const std::string_view body = after_vu ? text.substr(*after_vu) : text;
    const std::string key = fold(body.substr(0, std::min<std::size_t>(body.size(), 80)));
    const std::string_view k = key;
    auto article_of = [&](std::string_view s) {
        // « le Code … », « la Loi … »: drop the article.
        for (const std::string_view a : {"le ", "la ", "les ", "l'", "l\xE2\x80\x99", "Le ", "La ",
                                         "Les ", "L'", "L\xE2\x80\x99"})
            if (s.starts_with(a))
                return s.substr(a.size());
        return s;
    };
    if (k.starts_with("LE CODE") || k.starts_with("LES CODES")) {
        CodeVisa v;
        const auto name = article_of(body);
        const auto end = first_of(name, {" et,", ", et", " et notamment", ",", ";"});
        v.code = std::string(strip_terminal_punct(name.substr(0, end)));
        if (end != std::string_view::npos)
            v.articles = cited_articles(name.substr(end));
        return v;
    }
    struct TextKind {
        std::string_view prefix;
        LegalTextKind kind;
    };
    for (const auto& [prefix, kind] :
         {TextKind{"LA LOI", LegalTextKind::loi},
          TextKind{"L'ORDONNANCE", LegalTextKind::ordonnance},
          TextKind{"LE DECRET", LegalTextKind::decret}, TextKind{"L'ARRETE", LegalTextKind::arrete},
          TextKind{"LE REGLEMENT (UE)", LegalTextKind::eu_regulation},
          TextKind{"LE REGLEMENT UE", LegalTextKind::eu_regulation},
          TextKind{"LE REGLEMENT EUROPEEN", LegalTextKind::eu_regulation}}) {
        if (!k.starts_with(prefix) ||
            (k.size() > prefix.size() && subvention::detail::is_ascii_alpha(k[prefix.size()])))
            continue;
        LegalTextVisa v;
        v.kind = kind;
        std::size_t after = 0;
        if (const auto no = number_after_no(body)) {
            v.number = no->first;
            after = no->second;
        }
        if (const auto d = find_date(body.substr(after))) {
            v.date = d->date;
            after += d->offset + d->length;
        }
        const auto title_end =
            first_of(body, {", et notamment", " et notamment", ", notamment", " ;", ";"}, after);
        v.title = std::string(strip_terminal_punct(
            body.substr(after, title_end == std::string_view::npos ? std::string_view::npos
                                                                   : title_end - after)));
        if (title_end != std::string_view::npos)
            v.articles = cited_articles(body.substr(title_end));
        return v;
    }
    if (k.starts_with("LA DELIBERATION") || k.starts_with("LES DELIBERATIONS"))
        return read_deliberation_visa(body);
    if (k.starts_with("LE SCHEMA") || k.starts_with("LE PLAN ") || k.starts_with("LE PROGRAMME")) {
        SchemeVisa v;
        const auto name = article_of(body);
        const auto adopted = first_of(name, {", adopt", " adopt"});
        const auto paren = name.find(" (");
        const auto name_end = std::min(paren, adopted);
        v.name = std::string(strip_terminal_punct(name.substr(0, name_end)));
        if (paren != std::string_view::npos && paren < adopted) {
            const auto close = name.find(')', paren);
            if (close != std::string_view::npos)
                v.acronym = std::string(trim_spaces(name.substr(paren + 2, close - paren - 2)));
        }
        if (adopted != std::string_view::npos) {
            auto rest = name.substr(adopted);
            const auto by =
                first_of(rest, {"délibération du ", "délibération de la ", " par le ", " par la "});
            if (by != std::string_view::npos) {
                std::size_t from = rest.find(' ', by + 1);
                // skip the preposition (« du », « de la », « le », « la »)
                const auto fw = fold(rest.substr(by, 20));
                if (std::string_view(fw).starts_with("DELIBERATION DE LA "))
                    from = by + std::string_view("délibération de la ").size();
                else if (std::string_view(fw).starts_with("DELIBERATION DU "))
                    from = by + std::string_view("délibération du ").size();
                else
                    from = rest.find(' ', by + 4) + 1;
                const auto d = find_date(rest.substr(from));
                std::size_t to = d ? from + d->offset : rest.size();
                auto by_text = rest.substr(from, to - from);
                for (const std::string_view tail : {" le", " en date du", " du"})
                    if (trim_spaces(by_text).ends_with(tail))
                        by_text = trim_spaces(by_text).substr(0, trim_spaces(by_text).size() -
                                                                     tail.size());
                v.adopted_by = std::string(strip_terminal_punct(by_text));
                if (d)
                    v.date = d->date;
            }
        }
        return v;
    }
    if (k.starts_with("LE REGLEMENT INTERIEUR")) {
        RulesOfProcedureVisa v;
        const auto of = first_of(body, {" du ", " de la ", " de l'"});
        if (of != std::string_view::npos) {
            const auto from = body.find(' ', of + 1) + 1;
            const auto end =
                first_of(body, {" et notamment", ", et", ", notamment", ",", ";"}, from);
            v.body_name = std::string(strip_terminal_punct(body.substr(
                from, end == std::string_view::npos ? std::string_view::npos : end - from)));
            if (end != std::string_view::npos)
                v.articles = cited_articles(body.substr(end));
        }
        return v;
    }
    if (k.starts_with("LE RAPPORT")) {
        ReportVisa v;
        const auto of = first_of(body, {" du ", " de la ", " de "});
        if (of != std::string_view::npos) {
            const auto from = body.find(' ', of + 1) + 1;
            const auto end = first_of(body, {",", " ci-annex", " ;", ";"}, from);
            v.author = std::string(strip_terminal_punct(body.substr(
                from, end == std::string_view::npos ? std::string_view::npos : end - from)));
        }
        v.annexed = find_folded(body, "annex").has_value();
        return v;
    }
    if (k.starts_with("L'AVIS")) {
        CommitteeOpinion v;
        // « de la 1ère commission », « de la 2e commission »
        const auto com = find_folded(body, "commission");
        if (com) {
            std::size_t d = *com;
            while (d > 0 && body[d - 1] == ' ')
                --d;
            std::size_t w = d;
            while (w > 0 && body[w - 1] != ' ')
                --w;
            const auto ordinal = body.substr(w, d - w);
            std::uint32_t rank = 0;
            std::size_t i = 0;
            while (i < ordinal.size() && subvention::detail::is_digit(ordinal[i]) && rank < 1000)
                rank = rank * 10 + static_cast<std::uint32_t>(ordinal[i++] - '0');
            if (i > 0)
                v.committee.rank = rank;
            if (auto q = quoted_text(body.substr(*com)))
                v.committee.name = std::move(*q);
        }
        if (const auto d = find_date(body))
            v.date = d->date;
        if (find_folded(body, "défavorable"))
            v.opinion = Opinion::unfavourable;
        else if (find_folded(body, "favorable"))
            v.opinion = Opinion::favourable;
        else if (find_folded(body, "réserve"))
            v.opinion = Opinion::reserved;
        return v;
    }
    return OtherVisa{};
}

// ---------------------------------------------------------------------------------------------
// The extractor

class DeliberationReader {
public:
    DeliberationReader(const Section& s, Sink& sink)
        : lines_(s.lines)
        , sink_(sink) {}

    Deliberation read() {
        read_header();
        read_attendance();
        read_number_and_title();
        read_visas();
        read_interests();
        read_articles();
        read_vote();
        read_signature();
        finish_attendance();
        return std::move(d_);
    }

private:
    std::span<const Line> lines_;
    Sink& sink_;
    Deliberation d_;
    // Attendance as printed (kept alive for parse_attendance).
    std::string present_, excused_, absent_, present_nv_, excused_nv_, absent_nv_, president_;
    std::vector<std::string> interested_;
    std::optional<std::vector<std::pair<std::string, std::string>>> proxies_;
    std::optional<std::size_t> attendance_end_; // index past the last attendance line
    std::optional<std::size_t> number_line_;
    std::optional<std::size_t> visas_begin_, visas_end_;
    std::optional<std::size_t> decide_;
    std::optional<std::size_t> vote_begin_, vote_end_;

    void miss(std::string_view rule, Severity sev, std::string path, const Line* where,
              Message message) {
        sink_.missing(rule, sev, std::move(path), where, std::move(message));
    }
    const Line* line_or_null(std::size_t i) const {
        return i < lines_.size() ? &lines_[i] : nullptr;
    }

    /// Lines [i, …) that continue the paragraph of line i (no gap in numbering), stopping before
    /// a line for which `stop` holds.
    template <class Stop>
    std::size_t paragraph_end(std::size_t i, Stop stop) const {
        std::size_t j = i + 1;
        // A line ending with « , » or « - » continues across a gap (a page break in a list).
        auto continues = [&](std::size_t k) {
            const std::string_view prev = lines_[k - 1].text;
            return lines_[k].number == lines_[k - 1].number + 1 || prev.ends_with(",") ||
                   prev.ends_with("-");
        };
        while (j < lines_.size() && continues(j) && !stop(lines_[j]))
            ++j;
        return j;
    }

    // -- header ------------------------------------------------------------------------------
    void read_header() {
        const std::size_t limit = std::min<std::size_t>(lines_.size(), 12);
        std::optional<std::size_t> marker;
        for (std::size_t i = 0; i < limit; ++i) {
            const auto& l = lines_[i];
            const std::string k = fold(l.text.substr(0, std::min<std::size_t>(l.text.size(), 60)));
            if (!marker && (std::string_view(k).starts_with("DELIBERATION") ||
                            std::string_view(k).starts_with("EXTRAIT DU REGISTRE"))) {
                marker = i;
                // « DELIBERATION DE LA COMMISSION PERMANENTE ⏎ DU CONSEIL DEPARTEMENTAL »
                d_.attendance.body = body_of(l.text);
                continue;
            }
            if (d_.collectivite.name.empty() && !marker &&
                (std::string_view(k).starts_with("DEPARTEMENT") ||
                 std::string_view(k).starts_with("REGION") ||
                 std::string_view(k).starts_with("COMMUNE"))) {
                d_.collectivite.name = l.text;
                d_.collectivite.departement_code = departement_code_of(l.text);
                sink_.fact("/deliberation/collectivite/name", l, 0, l.text.size());
            }
        }
        if (d_.collectivite.name.empty())
            miss("EXTRACT-DELIB-COLLECTIVITE", Severity::warning, "/deliberation/collectivite",
                 line_or_null(0), Message("EXTRACT-DELIB-COLLECTIVITE"));
        else if (d_.collectivite.departement_code.empty())
            miss("EXTRACT-DELIB-DEPARTEMENT-CODE", Severity::info,
                 "/deliberation/collectivite/departement_code", line_or_null(0),
                 Message("EXTRACT-DELIB-DEPARTEMENT-CODE").arg("name", d_.collectivite.name));
        // Meeting date, presidency, secretary: in the first lines.
        const std::size_t head = std::min<std::size_t>(lines_.size(), 20);
        bool date_found = false;
        for (std::size_t i = 0; i < head; ++i) {
            const auto& l = lines_[i];
            if (!date_found) {
                for (const std::string_view label :
                     {"REUNION DU", "REUNION EN DATE DU", "SEANCE DU", "SEANCE EN DATE DU",
                      "REUNION DE LA COMMISSION PERMANENTE DU", "SEANCE PUBLIQUE DU"}) {
                    if (const auto at = match_label(l.text, label)) {
                        if (const auto d = find_date(std::string_view(l.text).substr(*at))) {
                            d_.meeting_date = {d->date,
                                               {DocumentKind::deliberation, "en-tête", l.text}};
                            sink_.fact("/deliberation/meeting_date", l, *at + d->offset, d->length);
                            date_found = true;
                        }
                        break;
                    }
                }
            }
            if (president_.empty())
                if (const auto at = match_label(l.text, "Présidence de")) {
                    president_ = strip_terminal_punct(std::string_view(l.text).substr(*at));
                    sink_.fact("/deliberation/attendance/president", l, *at, l.text.size() - *at);
                }
            if (!d_.secretary)
                for (const std::string_view label :
                     {"Secrétaire de séance", "Secrétaire", "Secrétaire désigné"})
                    if (const auto at = match_label(l.text, label)) {
                        const auto name =
                            strip_terminal_punct(std::string_view(l.text).substr(*at));
                        if (auto n = PersonName::parse(name)) {
                            d_.secretary = std::move(n).value();
                            sink_.fact("/deliberation/secretary", l, *at, name.size());
                        }
                        break;
                    }
        }
        if (!date_found)
            miss("EXTRACT-DELIB-MEETING-DATE", Severity::warning, "/deliberation/meeting_date",
                 line_or_null(0), Message("EXTRACT-DELIB-MEETING-DATE"));
        if (president_.empty())
            miss("EXTRACT-DELIB-PRESIDENT", Severity::info, "/deliberation/attendance/president",
                 nullptr, Message("EXTRACT-DELIB-PRESIDENT"));
        if (!d_.secretary)
            miss("EXTRACT-DELIB-SECRETARY", Severity::info, "/deliberation/secretary", nullptr,
                 Message("EXTRACT-DELIB-SECRETARY"));
    }

    // -- attendance --------------------------------------------------------------------------
    enum class ListKind {
        none,
        present,
        excused,
        absent,
        present_nv,
        excused_nv,
        absent_nv,
        proxies
    };

    /// The attendance list a line starts, with the offset of the names.
    std::pair<ListKind, std::size_t> list_label(const Line& l) const {
        const std::string_view t = l.text;
        const bool without =
            t.size() < 400 &&
            find_folded(t.substr(0, std::min<std::size_t>(t.size(), 90)), "sans voix").has_value();
        const auto colon = t.find(':');
        if (colon == std::string_view::npos || colon > 90)
            return {ListKind::none, 0};
        const std::string key = fold(t.substr(0, colon));
        const std::string_view k = key;
        const std::size_t after = subvention::detail::skip_spaces(t, colon + 1);
        auto is = [&](std::initializer_list<std::string_view> ps) {
            return std::any_of(ps.begin(), ps.end(), [&](auto p) { return k.starts_with(p); });
        };
        if (is({"POUVOIR", "DELEGATION DE VOTE", "DELEGATIONS DE VOTE", "PROCURATION"}))
            return {ListKind::proxies, after};
        if (is({"ETAIENT PRESENT", "ETAIT PRESENT", "PRESENTS", "PRESENT(S)", "PRESENT",
                "ASSISTAIENT", "ASSISTAIT", "ASSISTANT", "ASSISTANTS"}))
            return {without ? ListKind::present_nv : ListKind::present, after};
        if (is({"EXCUSE", "ETAIENT EXCUSE", "ETAIT EXCUSE"}))
            return {without ? ListKind::excused_nv : ListKind::excused, after};
        if (is({"ABSENT", "ETAIENT ABSENT", "ETAIT ABSENT"}))
            return {without ? ListKind::absent_nv : ListKind::absent, after};
        return {ListKind::none, 0};
    }

    std::string* list_text(ListKind k) {
        switch (k) {
        case ListKind::present:
            return &present_;
        case ListKind::excused:
            return &excused_;
        case ListKind::absent:
            return &absent_;
        case ListKind::present_nv:
            return &present_nv_;
        case ListKind::excused_nv:
            return &excused_nv_;
        case ListKind::absent_nv:
            return &absent_nv_;
        case ListKind::none:
        case ListKind::proxies:
            return nullptr;
        }
        return nullptr;
    }

    static std::string_view list_path(ListKind k) {
        switch (k) {
        case ListKind::present:
            return "présents";
        case ListKind::excused:
            return "excusés";
        case ListKind::absent:
            return "absents";
        case ListKind::present_nv:
            return "présents sans voix délibérative";
        case ListKind::excused_nv:
            return "excusés sans voix délibérative";
        case ListKind::absent_nv:
            return "absents sans voix délibérative";
        case ListKind::none:
        case ListKind::proxies:
            return "pouvoirs";
        }
        return "";
    }

    /// « M. A à M. B », « M. A a donné pouvoir à M. B », « de M. A à M. B ».
    void read_proxy_items(std::string_view text, const Line& where) {
        if (!proxies_)
            proxies_.emplace();
        const std::string t(strip_terminal_punct(text));
        if (fold(t) == "NEANT" || fold(t) == "AUCUN")
            return;
        std::size_t start = 0;
        while (start < t.size()) {
            auto stop = t.find_first_of(",;", start);
            if (stop == std::string::npos)
                stop = t.size();
            std::string_view item = trim_spaces(std::string_view(t).substr(start, stop - start));
            start = stop + 1;
            if (item.empty())
                continue;
            for (const std::string_view lead : {"de ", "De "})
                if (item.starts_with(lead))
                    item.remove_prefix(lead.size());
            const std::size_t to = first_of(
                item, {" a donné pouvoir à ", " a donné délégation de vote à ", " donne pouvoir à ",
                       " a donné procuration à ", " pouvoir à ", " à "});
            if (to == std::string_view::npos) {
                miss("EXTRACT-DELIB-PROXY", Severity::warning, "/deliberation/attendance/proxies",
                     &where, Message("EXTRACT-DELIB-PROXY").arg("text", item));
                continue;
            }
            const auto giver = trim_spaces(item.substr(0, to));
            const auto a = item.find("\xC3\xA0 ", to); // « à »
            const auto holder = strip_terminal_punct(
                a == std::string_view::npos ? std::string_view{} : item.substr(a + 3));
            proxies_->emplace_back(std::string(giver), std::string(holder));
        }
    }

    void read_attendance() {
        std::size_t i = 0;
        std::size_t last_end = 0;
        const std::size_t limit = std::min<std::size_t>(lines_.size(), 400);
        while (i < limit) {
            const auto [kind, at] = list_label(lines_[i]);
            if (kind == ListKind::none) {
                // A proxy stated as a sentence: « M. A a donné pouvoir à M. B ».
                if (find_folded(lines_[i].text, "donné pouvoir à") ||
                    find_folded(lines_[i].text, "délégation de vote à")) {
                    read_proxy_items(lines_[i].text, lines_[i]);
                    sink_.fact("/deliberation/attendance/proxies", lines_[i], lines_[i]);
                    last_end = i + 1;
                }
                ++i;
                continue;
            }
            const auto end = paragraph_end(i, [&](const Line& l) {
                return list_label(l).first != ListKind::none || starts_with_label(l, "Vu") ||
                       l.text.starts_with("(");
            });
            std::string text = std::string(std::string_view(lines_[i].text).substr(at));
            for (std::size_t j = i + 1; j < end; ++j) {
                text += '\n';
                text += lines_[j].text;
            }
            if (kind == ListKind::proxies) {
                std::string flat = text;
                std::replace(flat.begin(), flat.end(), '\n', ' ');
                read_proxy_items(flat, lines_[i]);
                sink_.fact("/deliberation/attendance/proxies", lines_[i], lines_[end - 1]);
            } else if (auto* target = list_text(kind); target && target->empty()) {
                *target = std::move(text);
                sink_.fact("/deliberation/attendance/entries", lines_[i], lines_[end - 1]);
            }
            last_end = end;
            i = end;
        }
        if (last_end > 0)
            attendance_end_ = last_end;
        if (present_.empty())
            miss("EXTRACT-DELIB-ATTENDANCE", Severity::warning, "/deliberation/attendance/entries",
                 nullptr, Message("EXTRACT-DELIB-ATTENDANCE.not_found"));
    }

    void finish_attendance() {
        PrintedAttendance p;
        p.body = d_.attendance.body;
        p.present = present_;
        p.excused = excused_;
        p.absent = absent_;
        p.present_without_voice = present_nv_;
        p.excused_without_voice = excused_nv_;
        p.absent_without_voice = absent_nv_;
        for (const auto& n : interested_)
            p.interested.push_back(n);
        std::vector<std::pair<std::string_view, std::string_view>> px;
        if (proxies_) {
            for (const auto& [g, h] : *proxies_)
                px.emplace_back(g, h);
            p.proxies = px;
        }
        p.president = president_;
        if (auto a = parse_attendance(p)) {
            d_.attendance = std::move(a).value();
            return;
        } else {
            const auto& e = a.error();
            miss("EXTRACT-DELIB-ATTENDANCE", Severity::warning, "/deliberation/attendance", nullptr,
                 Message("EXTRACT-DELIB-ATTENDANCE.not_understood")
                     .arg("field", e.field)
                     .arg("error", e.message)
                     .arg("value", e.value));
        }
        // Keep what can be read: each list alone, then names outside lists.
        Attendance kept;
        kept.body = p.body;
        for (auto [text, status, voice] :
             {std::tuple{std::string_view(present_), AttendanceStatus::present,
                         DeliberativeVoice::with},
              std::tuple{std::string_view(excused_), AttendanceStatus::excused,
                         DeliberativeVoice::with},
              std::tuple{std::string_view(absent_), AttendanceStatus::absent,
                         DeliberativeVoice::with},
              std::tuple{std::string_view(present_nv_), AttendanceStatus::present,
                         DeliberativeVoice::without},
              std::tuple{std::string_view(excused_nv_), AttendanceStatus::excused,
                         DeliberativeVoice::without},
              std::tuple{std::string_view(absent_nv_), AttendanceStatus::absent,
                         DeliberativeVoice::without}}) {
            if (text.empty())
                continue;
            if (auto ms = parse_member_list(text))
                for (auto& m : std::move(ms).value())
                    kept.entries.push_back(AttendanceEntry{std::move(m), status, voice});
        }
        for (const auto& n : interested_)
            if (auto pn = PersonName::parse(n))
                kept.interested.push_back(std::move(pn).value());
        if (proxies_) {
            kept.proxies.emplace();
            for (const auto& [g, h] : *proxies_)
                if (auto x = Proxy::parse(g, h))
                    kept.proxies->push_back(std::move(x).value());
        }
        if (!president_.empty())
            if (auto pn = PersonName::parse(president_))
                kept.president = std::move(pn).value();
        d_.attendance = std::move(kept);
    }

    // -- number and title --------------------------------------------------------------------
    void read_number_and_title() {
        const std::size_t from = attendance_end_.value_or(0);
        const std::size_t limit = std::min<std::size_t>(lines_.size(), from + 30);
        for (std::size_t i = from; i < limit; ++i) {
            const auto& l = lines_[i];
            if (starts_with_label(l, "Vu"))
                break;
            const std::string_view t = l.text;
            if (t.size() > 60)
                continue;
            if (const auto no = number_after_no(t); no && (t.starts_with("(") || no->second == 0)) {
                number_line_ = i;
                if (auto n = DeliberationNumber::parse(no->first)) {
                    d_.number.value = std::move(n).value();
                    sink_.fact("/deliberation/number", l, no->second, t.size() - no->second);
                } else {
                    miss("EXTRACT-DELIB-NUMBER", Severity::warning, "/deliberation/number", &l,
                         Message("EXTRACT-DELIB-NUMBER.unreadable")
                             .arg("number", no->first)
                             .arg("error", n.error().message));
                }
                d_.number.source = {DocumentKind::deliberation, "en-tête", l.text};
                break;
            }
        }
        if (!number_line_)
            miss("EXTRACT-DELIB-NUMBER", Severity::warning, "/deliberation/number",
                 line_or_null(from), Message("EXTRACT-DELIB-NUMBER.not_found"));
        // Title: the lines between the attendance lists and the number (or the first visa).
        std::size_t end = number_line_.value_or(from);
        if (!number_line_)
            for (std::size_t i = from; i < limit; ++i)
                if (starts_with_label(lines_[i], "Vu") ||
                    find_folded(lines_[i].text, "après en avoir délibéré")) {
                    end = i;
                    break;
                }
        std::size_t begin = from;
        if (!attendance_end_) // no lists: the title follows the header lines
            for (std::size_t i = 0; i < end; ++i)
                if (match_label(lines_[i].text, "REUNION") ||
                    match_label(lines_[i].text, "SEANCE") ||
                    match_label(lines_[i].text, "Présidence") ||
                    match_label(lines_[i].text, "Secrétaire"))
                    begin = i + 1;
        if (end > begin && end - begin <= 6) {
            d_.title = join_wrapped(lines_.subspan(begin, end - begin));
            sink_.fact("/deliberation/title", lines_[begin], lines_[end - 1]);
        } else {
            miss("EXTRACT-DELIB-TITLE", Severity::info, "/deliberation/title", line_or_null(begin),
                 Message("EXTRACT-DELIB-TITLE"));
        }
        if (number_line_) // the body sentence (« La Commission Permanente du … ») follows
            for (std::size_t i = *number_line_ + 1; i < std::min(lines_.size(), *number_line_ + 3);
                 ++i)
                if (match_label(lines_[i].text, "La Commission Permanente") ||
                    match_label(lines_[i].text, "Le Conseil départemental")) {
                    d_.attendance.body = body_of(lines_[i].text);
                    break;
                }
    }

    // -- visas -------------------------------------------------------------------------------
    void read_visas() {
        const std::size_t from = number_line_ ? *number_line_ + 1 : attendance_end_.value_or(0);
        std::size_t i = from;
        while (i < lines_.size() && !starts_with_label(lines_[i], "Vu")) {
            if (find_folded(
                    lines_[i].text.substr(0, std::min<std::size_t>(lines_[i].text.size(), 40)),
                    "DECIDE"))
                break;
            ++i;
        }
        if (i >= lines_.size() || !starts_with_label(lines_[i], "Vu")) {
            miss("EXTRACT-DELIB-VISAS", Severity::warning, "/deliberation/visas",
                 line_or_null(from), Message("EXTRACT-DELIB-VISAS"));
            return;
        }
        visas_begin_ = i;
        while (i < lines_.size() && starts_with_label(lines_[i], "Vu")) {
            std::size_t j = i;
            // A visa runs to the line ending with « ; » (or before the next « Vu »).
            while (true) {
                const std::string_view t = lines_[j].text;
                if (t.ends_with(";") || t.ends_with("."))
                    break;
                if (j + 1 >= lines_.size() || starts_with_label(lines_[j + 1], "Vu") || j - i >= 12)
                    break;
                ++j;
            }
            const auto text = join_wrapped(lines_.subspan(i, j - i + 1));
            const auto index = d_.visas.size();
            d_.visas.push_back(
                Visa{read_visa_content(text), {DocumentKind::deliberation, "visas", text}});
            sink_.fact("/deliberation/visas/" + std::to_string(index), lines_[i], lines_[j]);
            if (std::holds_alternative<OtherVisa>(d_.visas.back().content))
                miss("EXTRACT-DELIB-VISA-KIND", Severity::info,
                     "/deliberation/visas/" + std::to_string(index), &lines_[i],
                     Message("EXTRACT-DELIB-VISA-KIND").arg("text", text));
            i = j + 1;
        }
        visas_end_ = i;
    }

    // -- interested members ------------------------------------------------------------------
    void read_interests() {
        const std::size_t from = visas_end_.value_or(attendance_end_.value_or(0));
        for (std::size_t i = from; i < lines_.size(); ++i) {
            const auto& l = lines_[i];
            if (match_label(l.text, "DECIDE") || match_label(l.text, "Article"))
                break;
            if (!find_folded(l.text, "intéressé"))
                continue;
            std::size_t j = i;
            while (!lines_[j].text.ends_with(";") && !lines_[j].text.ends_with(".") &&
                   j + 1 < lines_.size() && lines_[j + 1].number == lines_[j].number + 1 &&
                   j - i < 5)
                ++j;
            const auto text = join_wrapped(lines_.subspan(i, j - i + 1));
            // « Madame X, intéressée… » / « Madame X et Monsieur Y, intéressés… »
            const auto comma = text.find(',');
            const std::string_view names = trim_spaces(
                std::string_view(text).substr(0, comma == std::string::npos ? 0 : comma));
            const std::string key = fold(text);
            const bool no_debate = key.find("NI AU DEBAT") != std::string::npos ||
                                   key.find("PAS PRIS PART AU DEBAT") != std::string::npos ||
                                   key.find("NI AUX DEBATS") != std::string::npos;
            const bool no_vote = key.find("AU VOTE") != std::string::npos;
            std::size_t start = 0;
            const std::string ns(names);
            while (start < ns.size()) {
                auto stop = ns.find(" et ", start);
                const auto one = trim_spaces(std::string_view(ns).substr(
                    start, stop == std::string::npos ? std::string::npos : stop - start));
                start = stop == std::string::npos ? ns.size() : stop + 4;
                auto pn = PersonName::parse(one);
                if (!pn) {
                    miss("EXTRACT-DELIB-INTEREST", Severity::warning,
                         "/deliberation/interest_statements", &l,
                         Message("EXTRACT-DELIB-INTEREST").arg("name", one));
                    continue;
                }
                interested_.emplace_back(one);
                const auto index = d_.interest_statements.size();
                d_.interest_statements.push_back(
                    InterestStatement{std::move(pn).value(),
                                      no_debate,
                                      no_vote,
                                      {DocumentKind::deliberation, "préambule", text}});
                sink_.fact("/deliberation/interest_statements/" + std::to_string(index), l,
                           lines_[j]);
            }
            i = j;
        }
    }

    // -- dispositif --------------------------------------------------------------------------
    static bool is_table_header(const Line& l) {
        const std::string k = fold(l.text.substr(0, std::min<std::size_t>(l.text.size(), 40)));
        return k == "CODE" || std::string_view(k).starts_with("CODE OPERATION") ||
               std::string_view(k).starts_with("CODE OP");
    }
    static bool is_vote_start(const Line& l) {
        return match_label(l.text, "Dans les conditions de vote").has_value() ||
               match_label(l.text, "Conditions de vote").has_value() ||
               match_label(l.text, "Pour").has_value();
    }
    /// « Article 2 : » / « ARTICLE 2 – » / « Article 1er : … »: the number and where its
    /// text starts.
    static std::optional<std::pair<std::uint32_t, std::size_t>> article_heading(const Line& l) {
        const auto at = match_label(l.text, "Article");
        if (!at)
            return std::nullopt;
        const std::string_view t = l.text;
        std::size_t i = *at;
        std::uint32_t n = 0;
        const std::size_t digits_from = i;
        while (i < t.size() && subvention::detail::is_digit(t[i]) && n < 100000)
            n = n * 10 + static_cast<std::uint32_t>(t[i++] - '0');
        if (i == digits_from)
            return std::nullopt;
        if (t.substr(i).starts_with("er"))
            i += 2;
        else if (t.substr(i).starts_with("\xC3\xA8me")) // ème
            i += 4;
        i = subvention::detail::skip_spaces(t, i);
        if (i < t.size() && (t[i] == ':' || t[i] == '-' || t[i] == '.'))
            ++i;
        else if (t.substr(i).starts_with("\xE2\x80\x93")) // –
            i += 3;
        else if (i < t.size())
            return std::nullopt; // « Article 3 de la loi … » is not a heading
        return std::pair{n, subvention::detail::skip_spaces(t, i)};
    }

    void read_articles() {
        const std::size_t from = visas_end_.value_or(0);
        for (std::size_t i = from; i < lines_.size(); ++i)
            if (match_label(lines_[i].text, "DECIDE") || match_label(lines_[i].text, "ARRETE")) {
                decide_ = i;
                break;
            }
        std::size_t i = decide_ ? *decide_ + 1 : from;
        while (i < lines_.size() && !article_heading(lines_[i]))
            ++i;
        if (i >= lines_.size()) {
            miss("EXTRACT-DELIB-ARTICLES", Severity::warning, "/deliberation/articles",
                 line_or_null(from), Message("EXTRACT-DELIB-ARTICLES"));
            return;
        }
        while (i < lines_.size()) {
            const auto h = article_heading(lines_[i]);
            if (!h)
                break;
            std::vector<Line> body;
            if (h->second < lines_[i].text.size()) {
                Line first = lines_[i];
                first.text = lines_[i].text.substr(h->second);
                body.push_back(std::move(first));
            }
            std::size_t j = i + 1;
            std::optional<std::size_t> table;
            while (j < lines_.size() && !article_heading(lines_[j]) && !is_vote_start(lines_[j])) {
                if (is_table_header(lines_[j])) {
                    table = j;
                    break;
                }
                body.push_back(lines_[j]);
                ++j;
            }
            const auto text = join_wrapped(body);
            const auto index = d_.articles.size();
            d_.articles.push_back(DeliberationArticle{h->first, text});
            sink_.fact("/deliberation/articles/" + std::to_string(index), lines_[i],
                       lines_[j > i + 1 ? j - 1 : i]);
            read_decisions(h->first, text, lines_.subspan(i, std::max<std::size_t>(j - i, 1)));
            if (table) {
                j = read_table(*table, h->first);
            }
            i = j;
            if (i < lines_.size() && is_vote_start(lines_[i]))
                break;
        }
        if (d_.grants.empty())
            miss("EXTRACT-DELIB-GRANT", Severity::warning, "/deliberation/grants", nullptr,
                 Message("EXTRACT-DELIB-GRANT"));
    }

    void read_decisions(std::uint32_t number, const std::string& text,
                        std::span<const Line> article_lines) {
        const Line& first = article_lines.front();
        const Line& last = article_lines.back();
        const std::string section = "article " + std::to_string(number);
        const auto key = fold(text.substr(0, std::min<std::size_t>(text.size(), 40)));
        if (key.starts_with("D'ATTRIBUER") || key.starts_with("ATTRIBUE ") ||
            key.starts_with("D'ALLOUER") || key.starts_with("D'ACCORDER")) {
            GrantDecision g;
            if (auto q = quoted_text(text))
                g.beneficiary = std::move(*q);
            else
                miss("EXTRACT-DELIB-BENEFICIARY", Severity::warning,
                     "/deliberation/grants/" + std::to_string(d_.grants.size()) + "/beneficiary",
                     &first, Message("EXTRACT-DELIB-BENEFICIARY"));
            const auto open = text.find(kQuoteOpen);
            const std::string before =
                fold(std::string_view(text).substr(0, open == std::string::npos ? 0 : open));
            if (before.ends_with("ASSOCIATION ") || before.ends_with("ASSOCIATION"))
                g.beneficiary_form = LegalForm::association;
            else if (before.find("COMMUNE") != std::string::npos)
                g.beneficiary_form = LegalForm::commune;
            else if (before.find("FONDATION") != std::string::npos)
                g.beneficiary_form = LegalForm::foundation;
            else if (before.find("SOCIETE") != std::string::npos)
                g.beneficiary_form = LegalForm::company;
            const auto amount = find_amount(text);
            const std::string path = "/deliberation/grants/" + std::to_string(d_.grants.size());
            if (!amount) {
                miss("EXTRACT-DELIB-GRANT-AMOUNT", Severity::warning, path + "/amount", &first,
                     Message("EXTRACT-DELIB-GRANT-AMOUNT").arg("section", section));
                return; // never invent an amount: no decision without one
            }
            g.amount = {amount->amount, {DocumentKind::deliberation, section, text}};
            bool located = false;
            for (const auto& l : article_lines)
                if (const auto a = find_amount(l.text); a && a->amount == amount->amount) {
                    sink_.fact(path + "/amount", l, a->offset, a->length);
                    located = true;
                    break;
                }
            if (!located) // wrapped across lines
                sink_.fact(path + "/amount", first, last);
            if (const auto y = find_folded(text, "pour l'année ")) {
                const auto p = *y + std::string_view("pour l’année ").size();
                std::size_t k = text.find_first_of("0123456789", *y);
                if (k != std::string::npos && k <= p + 2 && k + 4 <= text.size()) {
                    std::int32_t year = 0;
                    std::size_t m = k;
                    while (m < text.size() && subvention::detail::is_digit(text[m]) && m - k < 4)
                        year = year * 10 + (text[m++] - '0');
                    if (m - k == 4)
                        g.year = year;
                }
            }
            if (const auto t = find_folded(text, "au titre de")) {
                const auto end = first_of(text, {", selon", " selon ", ", conformément", ";"}, *t);
                g.purpose = std::string(strip_terminal_punct(std::string_view(text).substr(
                    *t, end == std::string::npos ? std::string::npos : end - *t)));
            }
            if (const auto s = find_folded(text, "selon les modalités")) {
                const std::string_view terms =
                    strip_terminal_punct(std::string_view(text).substr(*s));
                const auto tk = fold(terms);
                TermsReference ref;
                ref.document = tk.find("CONVENTION") != std::string::npos ? DocumentKind::convention
                                                                          : DocumentKind::rapport;
                if (tk.find("RAPPORT") != std::string::npos)
                    ref.document = DocumentKind::rapport;
                ref.source = {DocumentKind::deliberation, section, std::string(terms)};
                g.terms_in = std::move(ref);
            }
            d_.grants.push_back(std::move(g));
        } else if (key.starts_with("D'AUTORISER") || key.starts_with("AUTORISE ")) {
            SigningAuthorisation a;
            const std::string_view t = text;
            const auto sp = t.find(' ');
            const auto sign = find_folded(t, "à signer");
            if (sp != std::string_view::npos && sign && *sign > sp)
                a.authorised = std::string(trim_spaces(t.substr(sp + 1, *sign - sp - 1)));
            if (auto q = quoted_text(t))
                a.counterparty = std::move(*q);
            const auto conv =
                first_of(t, {"la convention", "le contrat", "l'avenant", "la convention-cadre"});
            if (conv != std::string_view::npos) {
                const auto end =
                    first_of(t, {", dans les termes", " dans les termes", ", ci-", ";"}, conv);
                a.instrument = std::string(strip_terminal_punct(t.substr(
                    conv, end == std::string_view::npos ? std::string_view::npos : end - conv)));
            }
            a.draft_annexed = find_folded(t, "projet joint").has_value() ||
                              find_folded(t, "ci-annexé").has_value() ||
                              find_folded(t, "projet annexé").has_value();
            a.source = {DocumentKind::deliberation, section, text};
            sink_.fact("/deliberation/signing_authorisations/" +
                           std::to_string(d_.signing_authorisations.size()),
                       first, last);
            d_.signing_authorisations.push_back(std::move(a));
        }
    }

    /// The imputation table flattened one cell per line: header cells, then rows starting with
    /// an operation code (« C01-020Q01 6568/9365 », « Mission ESS - », « Autres
    /// participations », « 209 285,00 57 000,00 »). Returns the index past the table.
    std::size_t read_table(std::size_t header, std::uint32_t article) {
        const std::string section = "article " + std::to_string(article);
        std::size_t i = header;
        std::string header_text;
        // Header cells up to the first row.
        auto row_start = [](const Line& l) {
            const auto sp = l.text.find(' ');
            const auto first = std::string_view(l.text).substr(0, sp);
            return OperationCode::parse(first).ok();
        };
        while (i < lines_.size() && !row_start(lines_[i]) && !is_vote_start(lines_[i]) &&
               !article_heading(lines_[i]) && i - header < 12) {
            header_text += ' ' + lines_[i].text;
            ++i;
        }
        const std::string hk = fold(header_text);
        const bool has_cp = hk.find(" CP ") != std::string::npos || hk.ends_with(" CP");
        const bool ae = hk.find(" AE ") != std::string::npos;
        bool any = false;
        while (i < lines_.size() && row_start(lines_[i])) {
            std::size_t j = i + 1;
            while (j < lines_.size() && !row_start(lines_[j]) && !is_vote_start(lines_[j]) &&
                   !article_heading(lines_[j]) && j - i < 10)
                ++j;
            const auto row = join_wrapped(lines_.subspan(i, j - i));
            read_row(row, section, has_cp, ae, lines_[i], lines_[j - 1]);
            any = true;
            i = j;
        }
        if (!any)
            miss("EXTRACT-DELIB-IMPUTATION", Severity::warning, "/deliberation/imputations",
                 &lines_[header], Message("EXTRACT-DELIB-IMPUTATION.no_readable_row"));
        return i;
    }

    void read_row(const std::string& row, const std::string& section, bool has_cp, bool ae,
                  const Line& first, const Line& last) {
        const std::string path =
            "/deliberation/imputations/" + std::to_string(d_.imputations.size());
        ImputationRow r;
        std::string_view rest = row;
        auto take_word = [&]() {
            rest = trim_spaces(rest);
            const auto sp = rest.find(' ');
            const auto w = rest.substr(0, sp);
            rest = sp == std::string_view::npos ? std::string_view{} : rest.substr(sp + 1);
            return w;
        };
        r.operation_code = std::string(take_word());
        {
            std::string_view save = rest;
            const auto w = take_word();
            if (w.find('/') != std::string_view::npos || Imputation::parse(w))
                r.imputation = std::string(w);
            else
                rest = save;
        }
        // Amounts at the end of the row; the label before them.
        std::vector<Euros> amounts;
        std::size_t label_end = rest.size();
        {
            std::size_t pos = 0;
            std::string_view scan = rest;
            while (const auto a = find_amount(scan.substr(pos))) {
                if (amounts.empty())
                    label_end = pos + a->offset;
                amounts.push_back(a->amount);
                pos += a->offset + a->length;
            }
        }
        r.label = std::string(trim_spaces(rest.substr(0, label_end)));
        if (amounts.empty()) {
            miss("EXTRACT-DELIB-IMPUTATION", Severity::warning, path + "/proposed", &first,
                 Message("EXTRACT-DELIB-IMPUTATION.no_amount").arg("row", row));
            return;
        }
        r.proposed = amounts.back();
        if (amounts.size() >= 2 && has_cp)
            r.cp = amounts[amounts.size() - 2];
        r.appropriation = ae ? AppropriationKind::ae : AppropriationKind::cp;
        r.source = {DocumentKind::deliberation, section, row};
        sink_.fact(path, first, last);
        d_.imputations.push_back(std::move(r));
    }

    // -- vote --------------------------------------------------------------------------------
    void read_vote() {
        std::size_t i = decide_.value_or(visas_end_.value_or(0));
        while (i < lines_.size() && !is_vote_start(lines_[i]))
            ++i;
        if (i >= lines_.size()) {
            miss("EXTRACT-DELIB-TALLY", Severity::warning, "/deliberation/tally", nullptr,
                 Message("EXTRACT-DELIB-TALLY.not_found"));
            return;
        }
        if (!match_label(lines_[i].text, "Pour"))
            ++i; // the « Dans les conditions de vote ci-dessous : » line
        const std::size_t begin = i;
        std::size_t j = i;
        std::optional<std::size_t> outcome;
        while (j < lines_.size() && j - begin < 20) {
            const std::string_view t = lines_[j].text;
            if (t.size() < 60 && parse_stated_outcome(t)) {
                outcome = j;
                break;
            }
            if (t.starts_with("\xE2\x80\xA6") || t.starts_with("...") ||
                find_folded(t.substr(0, std::min<std::size_t>(t.size(), 30)), "LE PRESIDENT"))
                break;
            ++j;
        }
        vote_begin_ = begin;
        vote_end_ = outcome ? *outcome + 1 : j;
        if (j > begin) {
            std::string printed;
            for (std::size_t k = begin; k < j; ++k) {
                if (!printed.empty())
                    printed += '\n';
                printed += lines_[k].text;
            }
            const auto source = join_wrapped(lines_.subspan(begin, j - begin));
            if (auto t = parse_vote_tally(printed)) {
                d_.tally = {std::move(t).value(),
                            {DocumentKind::deliberation, "conditions de vote", source}};
                sink_.fact("/deliberation/tally", lines_[begin], lines_[j - 1]);
            } else {
                d_.tally.source = {DocumentKind::deliberation, "conditions de vote", source};
                miss("EXTRACT-DELIB-TALLY", Severity::warning, "/deliberation/tally",
                     &lines_[begin],
                     Message("EXTRACT-DELIB-TALLY.not_understood").arg("error", t.error().message));
            }
        } else {
            miss("EXTRACT-DELIB-TALLY", Severity::warning, "/deliberation/tally", &lines_[begin],
                 Message("EXTRACT-DELIB-TALLY.missing"));
        }
        if (outcome) {
            const auto& l = lines_[*outcome];
            d_.outcome = {parse_stated_outcome(l.text).value(),
                          {DocumentKind::deliberation, "conditions de vote", l.text}};
            sink_.fact("/deliberation/outcome", l, 0, l.text.size());
        } else {
            miss("EXTRACT-DELIB-OUTCOME", Severity::warning, "/deliberation/outcome",
                 line_or_null(j), Message("EXTRACT-DELIB-OUTCOME"));
        }
    }

    // -- signature ---------------------------------------------------------------------------
    static std::string strip_article(std::string_view s) {
        s = strip_terminal_punct(s);
        for (const std::string_view a : {"Le ", "La ", "LE ", "LA ", "L'", "L\xE2\x80\x99", "le ",
                                         "la ", "l'", "l\xE2\x80\x99"})
            if (s.starts_with(a))
                return std::string(s.substr(a.size()));
        return std::string(s);
    }

    void read_signature() {
        const std::size_t from = vote_end_.value_or(decide_.value_or(0));
        std::optional<std::size_t> date_line;
        std::optional<std::size_t> title_line, name_line, on_behalf, delegate_function,
            delegate_name;
        bool signed_mention = false;
        for (std::size_t i = from; i < lines_.size(); ++i) {
            const auto& l = lines_[i];
            const std::string_view t = l.text;
            if (t.size() > 120)
                continue;
            const std::string k = fold(t);
            if (!date_line && (k.find(", LE ") != std::string::npos || k.ends_with(", LE") ||
                               std::string_view(k).starts_with("FAIT A "))) {
                date_line = i;
                continue;
            }
            if (k == "SIGNE" || k == "SIGNE :" || k == "SIGNEE") {
                signed_mention = true;
                continue;
            }
            if (std::string_view(k).starts_with("POUR LE ") ||
                std::string_view(k).starts_with("POUR LA ") ||
                std::string_view(k).starts_with("P/O ")) {
                on_behalf = i;
                continue;
            }
            if (t.ends_with(",") || std::string_view(k).starts_with("LE ") ||
                std::string_view(k).starts_with("LA ")) {
                if (!on_behalf && !title_line)
                    title_line = i;
                else if (on_behalf && !delegate_function)
                    delegate_function = i;
                continue;
            }
            if (k.starts_with(".") || t.starts_with("\xE2\x80\xA6"))
                continue;
            // A name: at least one word in capitals.
            if (PersonName::parse(t) && subvention::detail::text::has_letter(t)) {
                if (on_behalf && !delegate_name)
                    delegate_name = i;
                else if (!name_line && title_line)
                    name_line = i;
            }
        }
        if (date_line) {
            const auto& l = lines_[*date_line];
            std::string_view t = l.text;
            const auto le = first_of(t, {", le", " le "});
            std::string_view place = t.substr(0, le == std::string_view::npos ? 0 : le);
            for (const std::string_view p : {"Fait à ", "Fait a ", "FAIT A ", "A ", "À "})
                if (place.starts_with(p))
                    place.remove_prefix(p.size());
            if (!trim_spaces(place).empty())
                d_.signature.place = std::string(strip_terminal_punct(place));
            const auto trimmed = std::string(trim_spaces(t));
            d_.signature.date.source = {DocumentKind::deliberation, "signature", trimmed};
            if (const auto d = find_date(t)) {
                d_.signature.date.value = d->date;
                sink_.fact("/deliberation/signature/date", l, d->offset, d->length);
            } else {
                miss("EXTRACT-DELIB-SIGNATURE-DATE", Severity::warning,
                     "/deliberation/signature/date", &l, Message("EXTRACT-DELIB-SIGNATURE-DATE"));
            }
            if (d_.signature.place)
                sink_.fact("/deliberation/signature/place", l, 0, place.size());
        } else {
            miss("EXTRACT-DELIB-SIGNATURE", Severity::warning, "/deliberation/signature",
                 line_or_null(from), Message("EXTRACT-DELIB-SIGNATURE"));
        }
        if (!title_line && !name_line && !delegate_name) {
            miss("EXTRACT-DELIB-SIGNATORY", Severity::warning,
                 "/deliberation/signature/signatories", line_or_null(from),
                 Message("EXTRACT-DELIB-SIGNATORY"));
            return;
        }
        Signatory s;
        s.signed_mention = signed_mention;
        std::string function = title_line ? strip_article(lines_[*title_line].text) : "";
        if (on_behalf) {
            const auto behalf = std::string(strip_terminal_punct(lines_[*on_behalf].text));
            // The same title printed in capitals and in the delegation line: the latter is the
            // form as written (« LE PRESIDENT DU CONSEIL DEPARTEMENTAL » / « Pour le Président
            // du Conseil départemental »).
            const std::string_view bv = behalf;
            const auto sp = bv.find(' ');
            const auto title_in_behalf =
                sp == std::string_view::npos ? std::string{} : strip_article(bv.substr(sp + 1));
            if (function.empty() || fold(function) == fold(title_in_behalf))
                function = title_in_behalf;
            SignatureDelegation del;
            del.on_behalf_of = behalf;
            if (delegate_function)
                del.delegate.function = strip_article(lines_[*delegate_function].text);
            if (delegate_name)
                del.delegate.name = std::string(trim_spaces(lines_[*delegate_name].text));
            s.delegation = std::move(del);
        }
        s.person.function = function;
        if (name_line)
            s.person.name = std::string(trim_spaces(lines_[*name_line].text));
        const std::size_t a = title_line.value_or(on_behalf.value_or(from));
        const std::size_t b = std::max({name_line.value_or(a), delegate_name.value_or(a), a});
        sink_.fact("/deliberation/signature/signatories/0", lines_[a], lines_[b]);
        d_.signature.signatories.push_back(std::move(s));
    }
};

} // namespace

Deliberation extract_deliberation(const Section& section, Sink& sink) {
    if (section.lines.empty())
        return {};
    return DeliberationReader(section, sink).read();
}

} // namespace subvention::text::detail
