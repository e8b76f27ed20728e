// SPDX-License-Identifier: Apache-2.0
// subvention::text — the President's report (« rapport du Président ») read from its plain text:
// header (collectivité, pôle, mission, number, assembly, meeting, title), « Fondements
// juridiques », « Contexte », « Présentation des opérations sollicitées » (actions, axes,
// steps and requested amounts), the proposal (« Il convient de statuer … »), the budget table
// (« La dépense serait imputée … » CP / Disponible / Proposition / Solde, also when flattened
// one cell per line), the committee's opinion and the signature.
//
// Every fact is taken from the text as printed (`SourceRef::text` is the whitespace-normalised
// text, examples/apes_2023.hpp's convention); a fact not found stays empty and yields an
// `EXTRACT-RAPPORT-…` finding (warning when the checker needs it, info otherwise).
//
// Paragraphs: the normalised lines carry no blank lines, so a paragraph ends where a line ends
// with terminal punctuation (. : ; ! ?) and the next one starts with a capital or a digit, or
// where the next line starts with a bullet or « Axe N ». Linear in the size of the section.
#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <subvention/date.hpp>
#include <subvention/detail/ascii.hpp>
#include <subvention/detail/text.hpp>
#include <subvention/identifiers.hpp>
#include <subvention/report.hpp>
#include <subvention/tribunals.hpp>

#include "extract_internal.hpp"

namespace subvention::text::detail {

namespace {

namespace tx = subvention::detail::text;
using compliance::Message;
using compliance::Severity;

// ---------------------------------------------------------------------------------------------
// Text helpers

/// Longest text folded with offsets: 16 bytes of offsets per byte, and no clause, sentence or
/// paragraph of a real report comes near it (a longer one is junk: its tail is not searched).
constexpr std::size_t kMaxFoldedBytes = 64 * 1024;

/// `s` folded (separators collapsed) with its map to the printed bytes, its first
/// `kMaxFoldedBytes` only.
FoldedText fold_bounded(std::string_view s) {
    return fold_with_offsets(s.substr(0, std::min(s.size(), kMaxFoldedBytes)));
}

bool contains_folded(std::string_view text, std::string_view needle) {
    return fold(text).find(needle) != std::string::npos;
}

/// Joined text of lines [first, last], the bullet of the first line removed.
std::string join_range(const std::vector<Line>& lines, std::size_t first, std::size_t last,
                       std::size_t skip_first_bytes = 0) {
    std::vector<Line> copy(lines.begin() + static_cast<std::ptrdiff_t>(first),
                           lines.begin() + static_cast<std::ptrdiff_t>(last) + 1);
    if (skip_first_bytes > 0 && !copy.empty())
        copy.front().text = std::string(
            trim_spaces(std::string_view(copy.front().text)
                            .substr(std::min(skip_first_bytes, copy.front().text.size()))));
    return join_wrapped(copy);
}

/// A paragraph of a region: lines [first, last], its joined text (bullet removed), whether it
/// was a bullet point.
struct Paragraph {
    std::size_t first = 0;
    std::size_t last = 0;
    std::string text;
    bool bullet = false;
    bool axis = false;
};

/// Paragraphs of lines [begin, end). `extra_break(line)` forces a paragraph to start there.
template <class Pred>
std::vector<Paragraph> paragraphs(const std::vector<Line>& lines, std::size_t begin,
                                  std::size_t end, Pred extra_break) {
    std::vector<Paragraph> out;
    std::size_t start = begin;
    for (std::size_t i = begin; i < end; ++i) {
        const bool last_line = i + 1 == end;
        bool breaks = last_line;
        if (!last_line) {
            const auto& next = lines[i + 1].text;
            breaks = bullet_length(next) > 0 || is_axis_line(next, Accents::significant) ||
                     extra_break(next) ||
                     (ends_clause(lines[i].text) && starts_capital_or_digit(next));
        }
        if (!breaks)
            continue;
        Paragraph p;
        p.first = start;
        p.last = i;
        const std::size_t bl = bullet_length(lines[start].text);
        p.bullet = bl > 0;
        p.axis = is_axis_line(lines[start].text, Accents::significant);
        p.text = join_range(lines, start, i, bl);
        out.push_back(std::move(p));
        start = i + 1;
    }
    return out;
}

std::vector<Paragraph> paragraphs(const std::vector<Line>& lines, std::size_t begin,
                                  std::size_t end) {
    return paragraphs(lines, begin, end, [](std::string_view) { return false; });
}

/// Sentences of a joined paragraph: split after « . », « ! », « ? » followed by a space and a
/// capital letter.
std::vector<std::string_view> sentences(std::string_view text) {
    std::vector<std::string_view> out;
    std::size_t start = 0;
    for (std::size_t i = 0; i + 2 < text.size(); ++i) {
        const char c = text[i];
        if ((c == '.' || c == '!' || c == '?') && text[i + 1] == ' ' &&
            starts_capital_or_digit(text.substr(i + 2)) &&
            !subvention::detail::is_digit(text[i + 2])) { // « n° 3. 2 » is no sentence end
            out.push_back(trim_spaces(text.substr(start, i + 1 - start)));
            start = i + 2;
        }
    }
    if (start < text.size())
        out.push_back(trim_spaces(text.substr(start)));
    return out;
}

/// Byte offset of `needle` in `hay` (exact bytes), for spans inside one line.
std::size_t offset_in(std::string_view hay, std::string_view needle) {
    const auto p = hay.find(needle);
    return p == std::string_view::npos ? 0 : p;
}

/// Position just after a number sign (« n° », « N° », « N ° », « n o ») at or after `from`,
/// spaces after it skipped; npos when there is none.
std::size_t after_number_sign(std::string_view t, std::size_t from = 0) {
    for (std::size_t p = t.find("\xC2\xB0", from); p != std::string_view::npos;
         p = t.find("\xC2\xB0", p + 2)) {
        std::size_t q = p;
        while (q > 0 && t[q - 1] == ' ')
            --q;
        if (q == 0 || (t[q - 1] != 'n' && t[q - 1] != 'N'))
            continue;
        if (q >= 2 && subvention::detail::is_ascii_alnum(t[q - 2]))
            continue;
        return subvention::detail::skip_spaces(t, p + 2);
    }
    return std::string_view::npos;
}

SourceRef source(std::string section, std::string text) {
    return SourceRef{DocumentKind::rapport, std::move(section), std::move(text)};
}

// ---------------------------------------------------------------------------------------------
// Header

// ---------------------------------------------------------------------------------------------
// Legal foundations (« Fondements juridiques »)

/// « et notamment ses articles 18, 20 et 29 » → {"18", "20", "29"}; the position where that
/// clause starts is returned in `clause` (npos when there is none).
std::vector<std::string> cited_articles(std::string_view text, std::size_t& clause) {
    clause = std::string_view::npos;
    const FoldedText f = fold_bounded(text);
    auto m = find_word_start(f, "NOTAMMENT");
    if (!m)
        return {};
    auto a = find_word_start(f, "ARTICLE", m->end);
    if (!a)
        return {};
    clause = m->begin;
    // Back over « , et » before « notamment ».
    while (clause > 0 && (text[clause - 1] == ' ' || text[clause - 1] == ','))
        --clause;
    if (clause >= 2 && text.substr(clause - 2, 2) == "et" &&
        (clause == 2 || text[clause - 3] == ' ' || text[clause - 3] == ','))
        clause -= 2;
    while (clause > 0 && (text[clause - 1] == ' ' || text[clause - 1] == ','))
        --clause;
    std::size_t p = a->end;
    if (p < text.size() && (text[p] == 's' || text[p] == 'S'))
        ++p;
    std::vector<std::string> out;
    std::string_view rest = strip_terminal_punct(text.substr(p));
    while (!rest.empty()) {
        rest = trim_spaces(rest);
        if (rest.starts_with("et "))
            rest = rest.substr(3);
        const auto stop = rest.find_first_of(", ");
        const auto item = rest.substr(0, stop);
        if (!item.empty())
            out.emplace_back(item);
        if (stop == std::string_view::npos)
            break;
        rest = rest.substr(stop + 1);
    }
    return out;
}

VisaContent read_foundation(std::string_view item, bool& understood) {
    understood = true;
    const std::string_view core = strip_terminal_punct(item);
    const std::string key = fold(core);
    if (key.starts_with("CODE ")) {
        std::size_t clause = 0;
        auto articles = cited_articles(core, clause);
        const auto name =
            clause == std::string_view::npos ? core : trim_spaces(core.substr(0, clause));
        return CodeVisa{std::string(name), std::move(articles)};
    }
    struct KindWord {
        std::string_view word;
        LegalTextKind kind;
    };
    for (const auto& kw :
         {KindWord{"LOI ", LegalTextKind::loi}, KindWord{"ORDONNANCE ", LegalTextKind::ordonnance},
          KindWord{"DECRET ", LegalTextKind::decret}, KindWord{"ARRETE ", LegalTextKind::arrete}}) {
        if (!key.starts_with(kw.word))
            continue;
        LegalTextVisa v;
        v.kind = kw.kind;
        std::size_t after = 0;
        if (const auto p = after_number_sign(core); p != std::string_view::npos) {
            const auto num = number_token_at(core, p);
            if (!num.empty() && subvention::detail::is_digit(num.front())) {
                v.number = std::string(num);
                after = p + num.size();
            }
        }
        std::size_t title_from = after;
        if (const auto d = find_date(core.substr(after))) {
            v.date = d->date;
            title_from = after + d->offset + d->length;
        }
        std::string_view title = trim_spaces(core.substr(title_from));
        while (!title.empty() && title.front() == ',')
            title = trim_spaces(title.substr(1));
        std::size_t clause = 0;
        v.articles = cited_articles(title, clause);
        if (clause != std::string_view::npos)
            title = trim_spaces(title.substr(0, clause));
        v.title = std::string(title);
        if (!v.date)
            understood = false;
        return v;
    }
    if (key.starts_with("DELIBERATION ")) {
        DeliberationVisa v;
        const auto d = find_date(core);
        // After the first word (« Délibération », maybe printed without accents).
        std::size_t body_from = core.find(' ');
        body_from = body_from == std::string_view::npos ? core.size() : body_from + 1;
        for (const std::string_view p : {"du ", "de la ", "de l\xE2\x80\x99", "de l'", "de "})
            if (core.substr(body_from).starts_with(p)) {
                body_from += p.size();
                break;
            }
        std::size_t body_to = d ? d->offset : core.size();
        if (const auto p = after_number_sign(core, body_from); p != std::string_view::npos) {
            if (auto num = DeliberationNumber::parse(number_token_at(core, p)))
                v.number = num.value();
            // Back to the « n » of the sign: the body name stops before it.
            std::size_t sign = core.rfind('n', p);
            const std::size_t sign_upper = core.rfind('N', p);
            if (sign == std::string_view::npos ||
                (sign_upper != std::string_view::npos && sign_upper > sign))
                sign = sign_upper;
            if (sign != std::string_view::npos && sign >= body_from)
                body_to = std::min(body_to, sign);
        }
        std::string_view body =
            trim_spaces(core.substr(body_from, body_to - std::min(body_from, body_to)));
        for (bool again = true; again;) {
            again = false;
            for (const std::string_view tail : {" en date du", " du", " le", ","})
                if (body.ends_with(tail)) {
                    body = trim_spaces(body.substr(0, body.size() - tail.size()));
                    again = true;
                }
        }
        v.body_name = std::string(body);
        const std::string bk = fold(body);
        if (bk == "CONSEIL DEPARTEMENTAL")
            v.body = Body::conseil_departemental;
        else if (bk == "COMMISSION PERMANENTE")
            v.body = Body::commission_permanente;
        std::string_view title;
        if (d) {
            v.date = d->date;
            title = trim_spaces(core.substr(d->offset + d->length));
        } else {
            understood = false;
        }
        while (!title.empty() && title.front() == ',')
            title = trim_spaces(title.substr(1));
        if (title.starts_with("\xC2\xAB") && title.ends_with("\xC2\xBB") && title.size() >= 4)
            title = trim_spaces(title.substr(2, title.size() - 4));
        v.title = std::string(title);
        const std::string tk = fold(title);
        v.delegation_of_powers = tk.find("DELEGATION") != std::string::npos &&
                                 tk.find("ATTRIBUTION") != std::string::npos;
        return v;
    }
    understood = false;
    return OtherVisa{};
}

// ---------------------------------------------------------------------------------------------
// Operations

/// « … sollicite une participation … à hauteur de 24 000 € »: the sentence asking for an amount.
/// « sollicite » alone (no readable amount) still ends the action: its amount is then missing.
bool is_request(std::string_view sentence) {
    const std::string k = fold(sentence);
    return k.find("SOLLICIT") != std::string::npos ||
           (k.find("DEMANDE") != std::string::npos && find_amount(sentence).has_value());
}

/// « Vous trouverez le détail en annexe du présent rapport »: a reference to an annex.
bool is_annex_reference(std::string_view sentence) {
    const std::string k = fold(sentence);
    return k.find("ANNEXE") != std::string::npos &&
           (k.find("TROUVEREZ") != std::string::npos || k.find("FIGURE") != std::string::npos ||
            k.find("JOINT") != std::string::npos);
}

/// What an annex holds, from its sentence and the one before: « Vous trouverez le détail en
/// annexe » after « … cette action expérimentale, … » → « détail de l’action expérimentale ».
/// The complement is the demonstrative group of the previous sentence (« cette X », « cet X »,
/// « ce X », « ces X »), with the article French grammar gives it; without one, the noun alone.
std::string annex_subject(std::string_view sentence, std::string_view previous) {
    const FoldedText f = fold_bounded(sentence);
    std::string noun;
    if (const auto t = find_word_start(f, "TROUVEREZ")) {
        std::string_view rest = trim_spaces(sentence.substr(t->end));
        for (const std::string_view art : {"le ", "la ", "les ", "l\xE2\x80\x99", "l'"})
            if (rest.starts_with(art)) {
                rest = rest.substr(art.size());
                break;
            }
        const auto stop = rest.find(' ');
        noun = std::string(rest.substr(0, stop));
    }
    if (noun.empty())
        return std::string(strip_terminal_punct(sentence));
    // Demonstrative group of the previous sentence.
    const std::string_view prev = previous;
    struct Demo {
        std::string_view word;
        std::string_view article; ///< "" = elided « de l’ »
    };
    for (const auto& demo :
         {Demo{"cette ", ""}, Demo{"cet ", ""}, Demo{"ces ", "des "}, Demo{"ce ", "du "}}) {
        std::size_t p = 0;
        while ((p = prev.find(demo.word, p)) != std::string_view::npos) {
            if (p == 0 || prev[p - 1] == ' ')
                break;
            ++p;
        }
        if (p == std::string_view::npos)
            continue;
        std::string_view group = prev.substr(p + demo.word.size());
        const auto stop = group.find_first_of(",.;:");
        group = trim_spaces(group.substr(0, stop));
        if (group.empty())
            continue;
        std::string article(demo.article);
        if (article.empty()) {
            std::size_t i = 0;
            const auto cp = tx::decode(group, i);
            std::string first;
            if (cp)
                tx::append_folded(first, *cp);
            const bool vowel = !first.empty() && std::string_view("AEIOUYH").find(first.front()) !=
                                                     std::string_view::npos;
            article = vowel ? "de l\xE2\x80\x99" : "de la ";
        }
        return noun + " " + article + std::string(group);
    }
    return noun;
}

// ---------------------------------------------------------------------------------------------
// Budget table

/// « C01-020Q01 »: a code of letters and digits with at least one digit, no lower case.
bool is_operation_code(std::string_view t) {
    if (t.size() < 4 || !subvention::detail::is_ascii_upper(t[0]))
        return false;
    bool digit = false;
    for (const char c : t) {
        if (subvention::detail::is_digit(c))
            digit = true;
        else if (!subvention::detail::is_ascii_upper(c) && c != '-' && c != '.' && c != '_')
            return false;
    }
    return digit;
}

/// « 6568/9365 »: nature/fonction.
bool is_imputation(std::string_view t) {
    const auto slash = t.find('/');
    return slash != std::string_view::npos && slash > 0 && subvention::detail::is_digit(t[0]) &&
           slash + 1 < t.size();
}

/// « 285,00 » / « 209285,00 »: the last group of an amount with its cents.
bool is_cents_group(std::string_view t) {
    const auto comma = t.find(',');
    return comma != std::string_view::npos && comma > 0 && t.size() == comma + 3 &&
           all_digits(t.substr(0, comma)) && all_digits(t.substr(comma + 1));
}

enum class Column { cp, available, proposed, balance };

/// Amounts at the end of `tokens` (French amounts with cents, digits grouped by spaces), read
/// backwards: exactly `count` of them, and the index of the first token they use; nullopt when
/// the tail is not `count` amounts.
std::optional<std::pair<std::vector<Euros>, std::size_t>>
tail_amounts(const std::vector<std::string_view>& tokens, std::size_t min_index,
             std::size_t count) {
    std::vector<Euros> amounts;
    std::size_t i = tokens.size();
    while (amounts.size() < count) {
        if (i <= min_index || !is_cents_group(tokens[i - 1]))
            return std::nullopt;
        std::size_t first = i - 1;
        if (tokens[first].find(',') <= 3) {
            while (first > min_index && tokens[first - 1].size() == 3 &&
                   all_digits(tokens[first - 1]))
                --first;
            if (first > min_index && tokens[first - 1].size() < 3 && all_digits(tokens[first - 1]))
                --first;
        }
        std::string text;
        for (std::size_t k = first; k < i; ++k) {
            if (!text.empty())
                text += ' ';
            text += tokens[k];
        }
        auto e = Euros::parse(text);
        if (!e)
            return std::nullopt;
        amounts.push_back(e.value());
        i = first;
    }
    std::reverse(amounts.begin(), amounts.end());
    return std::pair{std::move(amounts), i};
}

std::vector<std::string_view> tokens_of(std::string_view s) {
    std::vector<std::string_view> out;
    std::size_t p = 0;
    while (p < s.size()) {
        while (p < s.size() && s[p] == ' ')
            ++p;
        const auto e = s.find(' ', p);
        const auto stop = e == std::string_view::npos ? s.size() : e;
        if (stop > p)
            out.push_back(s.substr(p, stop - p));
        p = stop;
    }
    return out;
}

// ---------------------------------------------------------------------------------------------
// The extractor

class RapportReader {
public:
    RapportReader(const Section& s, Sink& sink)
        : lines_(s.lines)
        , sink_(sink) {}

    Rapport read() {
        Rapport r;
        r.signature.date = {std::nullopt, source("signature", "")};
        if (lines_.empty()) {
            sink_.missing("EXTRACT-RAPPORT-EMPTY", Severity::warning, "/rapport", nullptr,
                          Message("EXTRACT-RAPPORT-EMPTY"));
            return r;
        }
        const std::span<const Line> all(lines_);
        const auto h_found = find_heading(all, "Fondements juridiques");
        const auto h_context = find_heading(all, "Contexte", h_found.value_or(0));
        const auto h_ops = find_heading(all, "Pr\xC3\xA9sentation des op\xC3\xA9rations");
        const auto h_prop = find_heading(all, "Il convient de statuer");
        auto h_budget = find_heading(all, "La d\xC3\xA9pense serait imput\xC3\xA9"
                                          "e");
        if (!h_budget)
            h_budget = find_heading(all, "La d\xC3\xA9pense sera imput\xC3\xA9"
                                         "e");
        if (!h_budget)
            h_budget = find_heading(all, "Code Op\xC3\xA9ration");
        const std::size_t n = lines_.size();
        auto next_after = [&](std::size_t i, std::initializer_list<std::optional<std::size_t>> hs) {
            std::size_t best = n;
            for (const auto& h : hs)
                if (h && *h > i)
                    best = std::min(best, *h);
            return best;
        };
        const auto heads = {h_found, h_context, h_ops, h_prop, h_budget};
        std::size_t first_heading = n;
        for (const auto& h : heads)
            if (h)
                first_heading = std::min(first_heading, *h);

        read_header(r, first_heading);

        if (h_found)
            read_foundations(r, *h_found + 1, next_after(*h_found, heads));
        else
            missing("EXTRACT-RAPPORT-FOUNDATIONS", Severity::info, "/rapport/legal_foundations",
                    Message("EXTRACT-RAPPORT-FOUNDATIONS.not_found"));
        if (h_context)
            read_context(r, *h_context + 1, next_after(*h_context, heads));
        else
            missing("EXTRACT-RAPPORT-CONTEXT", Severity::info, "/rapport/context",
                    Message("EXTRACT-RAPPORT-CONTEXT"));
        if (h_ops)
            read_operations(r, *h_ops + 1, next_after(*h_ops, heads));
        else
            missing("EXTRACT-RAPPORT-OPERATIONS", Severity::warning, "/rapport/operations",
                    Message("EXTRACT-RAPPORT-OPERATIONS.not_found"));
        if (h_prop)
            read_proposal(r, *h_prop, next_after(*h_prop, heads));
        else
            missing("EXTRACT-RAPPORT-PROPOSAL", Severity::warning, "/rapport/proposed_grants",
                    Message("EXTRACT-RAPPORT-PROPOSAL.not_found"));
        std::size_t opinion_from = first_heading < n ? first_heading : 0;
        if (h_prop)
            opinion_from = *h_prop + 1;
        if (h_budget)
            opinion_from = *h_budget + 1;
        const std::size_t opinion = find_opinion(opinion_from);
        if (h_budget)
            read_budget(r, *h_budget, opinion);
        else
            missing("EXTRACT-RAPPORT-BUDGET", Severity::warning, "/rapport/budget",
                    Message("EXTRACT-RAPPORT-BUDGET.not_found"));
        std::size_t sig_from = opinion_from;
        if (opinion < n)
            sig_from = read_opinion(r, opinion);
        else
            missing("EXTRACT-RAPPORT-COMMITTEE-OPINION", Severity::warning,
                    "/rapport/committee_opinion",
                    Message("EXTRACT-RAPPORT-COMMITTEE-OPINION.not_found"));
        read_signature(r, sig_from);
        return r;
    }

private:
    const std::vector<Line>& lines_;
    Sink& sink_;

    void missing(std::string_view rule, Severity sev, std::string path, Message message,
                 const Line* where = nullptr) {
        sink_.missing(rule, sev, std::move(path), where, std::move(message));
    }

    // --- Header ---------------------------------------------------------------------------
    void read_header(Rapport& r, std::size_t end) {
        std::size_t last_header = 0;
        bool any = false;
        bool body_found = false;
        for (std::size_t i = 0; i < end; ++i) {
            const Line& l = lines_[i];
            const std::string key =
                fold(l.text.substr(0, std::min<std::size_t>(l.text.size(), 200)));
            bool header = false;
            if (r.collectivite.name.empty() && key.starts_with("DEPARTEMENT ")) {
                r.collectivite.name = l.text;
                r.collectivite.departement_code = departement_code_of(l.text);
                sink_.fact("/rapport/collectivite/name", l, 0, l.text.size());
                if (r.collectivite.departement_code.empty())
                    missing("EXTRACT-RAPPORT-DEPARTEMENT", Severity::warning,
                            "/rapport/collectivite/departement_code",
                            Message("EXTRACT-RAPPORT-DEPARTEMENT").arg("line", l.text), &l);
                header = true;
            } else if (r.pole.empty() && key.starts_with("POLE ")) {
                r.pole = l.text;
                sink_.fact("/rapport/pole", l, 0, l.text.size());
                header = true;
            } else if (r.mission.empty() && key.starts_with("MISSION ")) {
                r.mission = l.text;
                sink_.fact("/rapport/mission", l, 0, l.text.size());
                header = true;
            } else if (r.number.value.empty() && key.starts_with("RAPPORT")) {
                read_number(r, l);
                header = true;
            } else if (!body_found && key.find("COMMISSION PERMANENTE") != std::string::npos) {
                r.body = Body::commission_permanente;
                body_found = true;
                sink_.fact("/rapport/body", l, 0, l.text.size());
                header = true;
            } else if (!body_found &&
                       (key.starts_with("CONSEIL DEPARTEMENTAL") ||
                        key.starts_with("SEANCE PLENIERE") || key.starts_with("SESSION"))) {
                r.body = Body::conseil_departemental;
                body_found = true;
                sink_.fact("/rapport/body", l, 0, l.text.size());
                header = true;
            } else if (r.meeting_date.value.is_not_a_date() &&
                       (key.starts_with("REUNION DU") || key.starts_with("SEANCE DU") ||
                        key.starts_with("REUNION EN DATE DU"))) {
                if (const auto d = find_date(l.text)) {
                    r.meeting_date = {d->date, source("en-tête", l.text)};
                    sink_.fact("/rapport/meeting_date/value", l, d->offset, d->length);
                } else {
                    missing("EXTRACT-RAPPORT-MEETING-DATE", Severity::warning,
                            "/rapport/meeting_date/value",
                            Message("EXTRACT-RAPPORT-MEETING-DATE.unreadable").arg("line", l.text),
                            &l);
                }
                header = true;
            }
            if (header) {
                last_header = i;
                any = true;
            }
        }
        if (r.collectivite.name.empty())
            missing("EXTRACT-RAPPORT-COLLECTIVITE", Severity::info, "/rapport/collectivite/name",
                    Message("EXTRACT-RAPPORT-COLLECTIVITE"));
        if (r.number.value.empty())
            missing("EXTRACT-RAPPORT-NUMBER", Severity::warning, "/rapport/number/value",
                    Message("EXTRACT-RAPPORT-NUMBER.not_found"));
        if (!body_found)
            missing("EXTRACT-RAPPORT-BODY", Severity::warning, "/rapport/body",
                    Message("EXTRACT-RAPPORT-BODY"));
        if (r.meeting_date.value.is_not_a_date())
            missing("EXTRACT-RAPPORT-MEETING-DATE", Severity::warning,
                    "/rapport/meeting_date/value",
                    Message("EXTRACT-RAPPORT-MEETING-DATE.not_found"));
        // Title: the lines after the last header line, up to the first section heading.
        const std::size_t from = any ? last_header + 1 : 0;
        if (from < end) {
            r.title = join_range(lines_, from, end - 1);
            sink_.fact("/rapport/title", lines_[from], lines_[end - 1]);
        } else {
            missing("EXTRACT-RAPPORT-TITLE", Severity::info, "/rapport/title",
                    Message("EXTRACT-RAPPORT-TITLE"));
        }
    }

    void read_number(Rapport& r, const Line& l) {
        // « RAPPORT N°57 », « RAPPORT N° 57 », « Rapport n°57 »
        const std::string_view t = l.text;
        std::size_t p = after_number_sign(t);
        if (p == std::string_view::npos) {
            // « RAPPORT N 57 », « RAPPORT NO 57 »: the word after « RAPPORT ».
            const auto sp = t.find(' ');
            if (sp != std::string_view::npos) {
                std::size_t w = subvention::detail::skip_spaces(t, sp);
                const auto k = fold(t.substr(w, 3));
                if (k.starts_with("NO ") || k.starts_with("N "))
                    p = subvention::detail::skip_spaces(t, w + (k.starts_with("NO") ? 2 : 1));
            }
        }
        std::size_t q = p;
        while (q != std::string_view::npos && q < t.size() &&
               (subvention::detail::is_ascii_alnum(t[q]) || t[q] == '-' || t[q] == '/'))
            ++q;
        if (p == std::string_view::npos || p >= t.size() || q == p ||
            !subvention::detail::is_digit(t[p])) {
            missing("EXTRACT-RAPPORT-NUMBER", Severity::warning, "/rapport/number/value",
                    Message("EXTRACT-RAPPORT-NUMBER.unreadable").arg("line", l.text), &l);
            return;
        }
        r.number = {std::string(t.substr(p, q - p)), source("en-tête", l.text)};
        sink_.fact("/rapport/number/value", l, p, q - p);
    }

    // --- Fondements juridiques -------------------------------------------------------------
    void read_foundations(Rapport& r, std::size_t begin, std::size_t end) {
        const std::string section = "fondements juridiques";
        std::size_t start = begin;
        for (std::size_t i = begin; i < end; ++i) {
            const bool item_end = i + 1 == end || ends_clause(lines_[i].text) ||
                                  bullet_length(lines_[i + 1].text) > 0;
            if (!item_end)
                continue;
            const std::size_t bl = bullet_length(lines_[start].text);
            const std::string text = join_range(lines_, start, i, bl);
            bool understood = true;
            auto content = read_foundation(text, understood);
            const std::string path =
                "/rapport/legal_foundations/" + std::to_string(r.legal_foundations.size());
            sink_.fact(path, lines_[start], lines_[i]);
            if (!understood)
                missing("EXTRACT-RAPPORT-FOUNDATION", Severity::info, path + "/content",
                        Message("EXTRACT-RAPPORT-FOUNDATION").arg("text", text), &lines_[start]);
            r.legal_foundations.push_back(Visa{std::move(content), source(section, text)});
            start = i + 1;
        }
        if (r.legal_foundations.empty())
            missing("EXTRACT-RAPPORT-FOUNDATIONS", Severity::info, "/rapport/legal_foundations",
                    Message("EXTRACT-RAPPORT-FOUNDATIONS.empty"));
    }

    // --- Contexte ----------------------------------------------------------------------------
    void read_context(Rapport& r, std::size_t begin, std::size_t end) {
        for (auto& p : paragraphs(lines_, begin, end)) {
            sink_.fact("/rapport/context/" + std::to_string(r.context.size()), lines_[p.first],
                       lines_[p.last]);
            r.context.push_back(std::move(p.text));
        }
    }

    // --- Présentation des opérations sollicitées ---------------------------------------------
    void read_operations(Rapport& r, std::size_t begin, std::size_t end) {
        const std::string section = "pr\xC3\xA9sentation des op\xC3\xA9rations sollicit\xC3\xA9"
                                    "es";
        Action current;
        bool open = false;      // something read for `current`
        bool axis_open = false; // bullets belong to the last axis
        std::size_t first_line = begin;
        std::string previous_sentence;
        auto path = [&] { return "/rapport/operations/" + std::to_string(r.operations.size()); };
        bool request_seen = false; // the amount's finding is already given
        auto close = [&](std::size_t last_line) {
            if (!open)
                return;
            if (!current.amount && !request_seen)
                missing("EXTRACT-RAPPORT-OPERATION-AMOUNT", Severity::warning, path() + "/amount",
                        Message("EXTRACT-RAPPORT-OPERATION-AMOUNT.not_found")
                            .arg("operation", r.operations.size() + 1),
                        &lines_[first_line]);
            sink_.fact(path(), lines_[first_line], lines_[last_line]);
            r.operations.push_back(std::move(current));
            current = Action{};
            open = false;
            axis_open = false;
        };
        for (auto& p : paragraphs(lines_, begin, end)) {
            if (!open)
                first_line = p.first;
            if (p.axis) {
                const auto colon = p.text.find(':');
                ActionAxis axis;
                axis.label = std::string(trim_spaces(std::string_view(p.text).substr(0, colon)));
                if (colon != std::string::npos)
                    axis.title =
                        std::string(trim_spaces(std::string_view(p.text).substr(colon + 1)));
                sink_.fact(path() + "/axes/" + std::to_string(current.axes.size()), lines_[p.first],
                           lines_[p.last]);
                current.axes.push_back(std::move(axis));
                open = true;
                axis_open = true;
                continue;
            }
            if (p.bullet) {
                if (axis_open && !current.axes.empty()) {
                    auto& items = current.axes.back().items;
                    sink_.fact(path() + "/axes/" + std::to_string(current.axes.size() - 1) +
                                   "/items/" + std::to_string(items.size()),
                               lines_[p.first], lines_[p.last]);
                    items.push_back(std::move(p.text));
                } else {
                    sink_.fact(path() + "/steps/" + std::to_string(current.steps.size()),
                               lines_[p.first], lines_[p.last]);
                    current.steps.push_back(std::move(p.text));
                }
                open = true;
                continue;
            }
            // A text paragraph: description, requested amount, annex reference.
            axis_open = false;
            std::string description_part;
            bool requested = false;
            for (const auto s : sentences(p.text)) {
                if (is_annex_reference(s)) {
                    const std::string ap = "/rapport/annexes_referenced/" +
                                           std::to_string(r.annexes_referenced.size());
                    sink_.fact(ap, lines_[p.first], lines_[p.last]);
                    r.annexes_referenced.push_back(
                        {annex_subject(s, previous_sentence), source(section, std::string(s))});
                } else if (!requested && !current.amount && is_request(s)) {
                    if (const auto a = find_amount(s)) {
                        current.amount = Stated<Euros>{a->amount, source(section, std::string(s))};
                        sink_.fact(path() + "/amount/value", lines_[p.first], lines_[p.last]);
                    } else {
                        missing(
                            "EXTRACT-RAPPORT-OPERATION-AMOUNT", Severity::warning,
                            path() + "/amount",
                            Message("EXTRACT-RAPPORT-OPERATION-AMOUNT.unreadable").arg("text", s),
                            &lines_[p.first]);
                    }
                    requested = true;
                    open = true;
                } else {
                    if (!description_part.empty())
                        description_part += ' ';
                    description_part += s;
                }
                previous_sentence = std::string(s);
            }
            if (!description_part.empty()) {
                // Text before or after the request in its paragraph stays with the action.
                if (!current.description.empty())
                    current.description += ' ';
                current.description += description_part;
                if (!current.title)
                    read_action_title(current, description_part);
                sink_.fact(path() + "/description", lines_[p.first], lines_[p.last]);
                open = true;
            }
            if (requested) {
                request_seen = true;
                close(p.last);
                request_seen = false;
            }
        }
        close(end > begin ? end - 1 : begin);
        if (r.operations.empty())
            missing("EXTRACT-RAPPORT-OPERATIONS", Severity::warning, "/rapport/operations",
                    Message("EXTRACT-RAPPORT-OPERATIONS.none_read"));
    }

    /// « Intitulée « X », elle … » / « intitulée « X » »: the action's title.
    static void read_action_title(Action& a, std::string_view text) {
        const FoldedText f = fold_bounded(text);
        const auto m = find_word_start(f, "INTITULE");
        if (!m)
            return;
        if (auto q = quoted_text(text, m->end))
            a.title = std::move(*q);
    }

    // --- Proposition -------------------------------------------------------------------------
    void read_proposal(Rapport& r, std::size_t begin, std::size_t end) {
        const auto breaks = [](std::string_view t) {
            return starts_folded(t, "D'ATTRIBUER") || starts_folded(t, "DE M'AUTORISER") ||
                   starts_folded(t, "D'AUTORISER") || starts_folded(t, "D'APPROUVER");
        };
        for (const auto& p : paragraphs(lines_, begin, end, breaks)) {
            const std::string key =
                fold(p.text.substr(0, std::min<std::size_t>(p.text.size(), 60)));
            if (key.starts_with("D'ATTRIBUER") || key.starts_with("D ATTRIBUER")) {
                read_grant(r, p);
            } else if (key.starts_with("DE M'AUTORISER") || key.starts_with("D'AUTORISER")) {
                read_authorisation(r, p);
            }
        }
        if (r.proposed_grants.empty())
            missing("EXTRACT-RAPPORT-PROPOSAL", Severity::warning, "/rapport/proposed_grants",
                    Message("EXTRACT-RAPPORT-PROPOSAL.none_read"), &lines_[begin]);
    }

    void read_grant(Rapport& r, const Paragraph& p) {
        const std::string path =
            "/rapport/proposed_grants/" + std::to_string(r.proposed_grants.size());
        const std::string_view t = p.text;
        GrantDecision g;
        const auto open = t.find("\xC2\xAB");
        if (auto q = quoted_text(t)) {
            g.beneficiary = std::move(*q);
            const std::string before = fold(t.substr(0, open));
            if (before.ends_with("ASSOCIATION"))
                g.beneficiary_form = LegalForm::association;
            else if (before.ends_with("COMMUNE"))
                g.beneficiary_form = LegalForm::commune;
            else if (before.ends_with("FONDATION"))
                g.beneficiary_form = LegalForm::foundation;
            else if (before.ends_with("SOCIETE") || before.ends_with("ENTREPRISE"))
                g.beneficiary_form = LegalForm::company;
            sink_.fact(path + "/beneficiary", lines_[p.first], lines_[p.last]);
        } else {
            missing("EXTRACT-RAPPORT-BENEFICIARY", Severity::warning, path + "/beneficiary",
                    Message("EXTRACT-RAPPORT-BENEFICIARY"), &lines_[p.first]);
        }
        const std::string src(t);
        if (const auto a = find_amount(t)) {
            g.amount = {a->amount, source("proposition", src)};
            sink_.fact(path + "/amount/value", lines_[p.first], lines_[p.last]);
        } else {
            g.amount.source = source("proposition", src);
            missing("EXTRACT-RAPPORT-PROPOSED-AMOUNT", Severity::warning, path + "/amount/value",
                    Message("EXTRACT-RAPPORT-PROPOSED-AMOUNT"), &lines_[p.first]);
        }
        const FoldedText f = fold_bounded(t);
        for (const std::string_view y : {"POUR L'ANNEE", "AU TITRE DE L'ANNEE", "ANNEE"}) {
            const auto m = find_word_start(f, y);
            if (!m)
                continue;
            const std::size_t d = subvention::detail::skip_spaces(t, m->end);
            if (d + 4 <= t.size() && all_digits(t.substr(d, 4)) &&
                (d + 4 == t.size() || !subvention::detail::is_digit(t[d + 4]))) {
                g.year = (t[d] - '0') * 1000 + (t[d + 1] - '0') * 100 + (t[d + 2] - '0') * 10 +
                         (t[d + 3] - '0');
                sink_.fact(path + "/year", lines_[p.first], lines_[p.last]);
                break;
            }
        }
        const auto selon = find_word_start(f, "SELON LES MODALITES");
        if (const auto m = find_word_start(f, "AU TITRE DE SA")
                               ? find_word_start(f, "AU TITRE DE SA")
                               : find_word_start(f, "AU TITRE DE")) {
            std::size_t stop = selon ? selon->begin : t.size();
            g.purpose = std::string(strip_terminal_punct(t.substr(m->begin, stop - m->begin)));
            sink_.fact(path + "/purpose", lines_[p.first], lines_[p.last]);
        }
        if (selon) {
            const std::string terms(strip_terminal_punct(t.substr(selon->begin)));
            const std::string k = fold(terms);
            DocumentKind doc = DocumentKind::dossier;
            if (k.find("DELIBERATION") != std::string::npos)
                doc = DocumentKind::deliberation;
            else if (k.find("RAPPORT") != std::string::npos)
                doc = DocumentKind::rapport;
            else if (k.find("CONVENTION") != std::string::npos)
                doc = DocumentKind::convention;
            g.terms_in = TermsReference{doc, source("proposition", terms)};
            sink_.fact(path + "/terms_in", lines_[p.first], lines_[p.last]);
        }
        r.proposed_grants.push_back(std::move(g));
    }

    void read_authorisation(Rapport& r, const Paragraph& p) {
        const std::string path =
            "/rapport/proposed_authorisations/" + std::to_string(r.proposed_authorisations.size());
        const std::string_view t = p.text;
        SigningAuthorisation a;
        const FoldedText f = fold_bounded(t);
        if (find_word_start(f, "DE M'AUTORISER")) {
            // The report is the President's (« rapport du Président », CGCT L.3121-19,
            // L.3211-2): « m'autoriser » is the President authorised.
            a.authorised = "le Pr\xC3\xA9sident du Conseil d\xC3\xA9partemental";
        } else if (const auto m = find_word_start(f, "D'AUTORISER")) {
            const auto to = find_word_start(f, "A SIGNER", m->end);
            if (to)
                a.authorised = std::string(trim_spaces(t.substr(m->end, to->begin - m->end)));
        }
        const auto open = t.find("\xC2\xAB");
        const auto close_q = open == std::string_view::npos ? open : t.find("\xC2\xBB", open);
        if (auto q = quoted_text(t))
            a.counterparty = std::move(*q);
        if (close_q != std::string_view::npos) {
            std::string_view rest = trim_spaces(t.substr(close_q + 2));
            while (!rest.empty() && rest.front() == ',')
                rest = trim_spaces(rest.substr(1));
            const FoldedText rf = fold_bounded(rest);
            std::size_t stop = rest.size();
            if (const auto m = find_word_start(rf, "DANS LES TERMES"))
                stop = m->begin;
            a.instrument = std::string(strip_terminal_punct(rest.substr(0, stop)));
        }
        a.draft_annexed = find_word_start(f, "PROJET JOINT").has_value() ||
                          find_word_start(f, "PROJET CI JOINT").has_value() ||
                          find_word_start(f, "PROJET ANNEXE").has_value();
        a.source = source("proposition", std::string(t));
        sink_.fact(path, lines_[p.first], lines_[p.last]);
        r.proposed_authorisations.push_back(std::move(a));
    }

    // --- Budget table ------------------------------------------------------------------------
    /// First line at or after `from` where the committee's opinion starts (« La 1ère Commission
    /// … a émis un avis … »), or the end.
    std::size_t find_opinion(std::size_t from) const {
        for (std::size_t i = from; i < lines_.size(); ++i) {
            const std::string k = fold(lines_[i].text);
            if (k.find("COMMISSION") == std::string::npos)
                continue;
            const bool avis =
                k.find("AVIS") != std::string::npos ||
                (i + 1 < lines_.size() && contains_folded(lines_[i + 1].text, "AVIS"));
            if (avis)
                return i;
        }
        return lines_.size();
    }

    void read_budget(Rapport& r, std::size_t intro, std::size_t end) {
        // Header: lines up to the first line starting with an operation code.
        std::size_t i = intro;
        if (starts_folded(lines_[i].text, "LA DEPENSE"))
            ++i;
        std::vector<Column> columns;
        for (; i < end; ++i) {
            const auto toks = tokens_of(lines_[i].text);
            if (!toks.empty() && is_operation_code(toks[0]))
                break;
            for (const auto t : toks) {
                const std::string k = fold(t);
                if (k == "CP")
                    columns.push_back(Column::cp);
                else if (k == "DISPONIBLE")
                    columns.push_back(Column::available);
                else if (k == "PROPOSITION" || k == "DEPENSE" || k == "MONTANT")
                    columns.push_back(Column::proposed);
                else if (k == "SOLDE")
                    columns.push_back(Column::balance);
            }
        }
        if (std::count(columns.begin(), columns.end(), Column::proposed) != 1) {
            missing("EXTRACT-RAPPORT-BUDGET", Severity::warning, "/rapport/budget",
                    Message("EXTRACT-RAPPORT-BUDGET.header"), &lines_[intro]);
            return;
        }
        while (i < end) {
            const std::size_t row_first = i;
            std::vector<std::string_view> toks;
            std::optional<std::pair<std::vector<Euros>, std::size_t>> amounts;
            for (; i < end; ++i) {
                if (i > row_first) {
                    const auto t = tokens_of(lines_[i].text);
                    if (!t.empty() && is_operation_code(t[0]))
                        break; // next row, this one incomplete
                }
                for (const auto t : tokens_of(lines_[i].text))
                    toks.push_back(t);
                amounts = tail_amounts(toks, 2, columns.size());
                if (amounts) {
                    ++i;
                    break;
                }
            }
            const std::string path = "/rapport/budget/" + std::to_string(r.budget.size());
            const std::size_t row_last = i > row_first ? i - 1 : row_first;
            if (!amounts || toks.size() < 2 || !is_imputation(toks[1])) {
                missing("EXTRACT-RAPPORT-BUDGET-ROW", Severity::warning, path,
                        Message("EXTRACT-RAPPORT-BUDGET-ROW").arg("columns", columns.size()),
                        &lines_[row_first]);
                continue;
            }
            ImputationRow row;
            row.operation_code = std::string(toks[0]);
            row.imputation = std::string(toks[1]);
            std::string label;
            for (std::size_t k = 2; k < amounts->second; ++k) {
                if (!label.empty())
                    label += ' ';
                label += toks[k];
            }
            row.label = label;
            for (std::size_t c = 0; c < columns.size(); ++c) {
                const Euros v = amounts->first[c];
                switch (columns[c]) {
                case Column::cp:
                    row.cp = v;
                    break;
                case Column::available:
                    row.available = v;
                    break;
                case Column::proposed:
                    row.proposed = v;
                    break;
                case Column::balance:
                    row.balance = v;
                    break;
                }
            }
            row.appropriation = AppropriationKind::cp;
            std::string printed;
            for (const auto t : toks) {
                if (!printed.empty())
                    printed += ' ';
                printed += t;
            }
            row.source = source("imputation", printed);
            sink_.fact(path, lines_[row_first], lines_[row_last]);
            r.budget.push_back(std::move(row));
        }
        if (r.budget.empty())
            missing("EXTRACT-RAPPORT-BUDGET", Severity::warning, "/rapport/budget",
                    Message("EXTRACT-RAPPORT-BUDGET.no_row"), &lines_[intro]);
    }

    // --- Avis de commission ------------------------------------------------------------------
    /// Reads the opinion starting at line `first`; returns the line after it.
    std::size_t read_opinion(Rapport& r, std::size_t first) {
        std::size_t last = first;
        while (last + 1 < lines_.size() && !ends_clause(lines_[last].text) && last < first + 6)
            ++last;
        const std::string text = join_range(lines_, first, last);
        std::string_view t = text;
        const FoldedText f = fold_bounded(t);
        CommitteeOpinion op;
        const auto c = find_word_start(f, "COMMISSION");
        // Rank: the word before « Commission » (« 1ère », « 1re », « 2e », « deuxième »…).
        if (c) {
            std::string_view before = trim_spaces(t.substr(0, c->begin));
            const auto sp = before.rfind(' ');
            const std::string_view word =
                sp == std::string_view::npos ? before : before.substr(sp + 1);
            std::size_t d = 0;
            while (d < word.size() && subvention::detail::is_digit(word[d]))
                ++d;
            if (d > 0 && d <= 2) {
                op.committee.rank =
                    static_cast<std::uint32_t>(std::stoul(std::string(word.substr(0, d))));
            } else {
                static constexpr std::array<std::string_view, 10> ordinals = {
                    "PREMIERE", "DEUXIEME", "TROISIEME", "QUATRIEME", "CINQUIEME",
                    "SIXIEME",  "SEPTIEME", "HUITIEME",  "NEUVIEME",  "DIXIEME"};
                const std::string wk = fold(word);
                for (std::size_t k = 0; k < ordinals.size(); ++k)
                    if (wk == ordinals[k])
                        op.committee.rank = static_cast<std::uint32_t>(k + 1);
            }
            // Name: after « Commission », a dash or « », up to « a émis » / « a rendu ».
            std::string_view rest = trim_spaces(t.substr(c->end));
            for (const std::string_view dash : {"-", "\xE2\x80\x93", "\xE2\x80\x94", ":", ","})
                if (rest.starts_with(dash)) {
                    rest = trim_spaces(rest.substr(dash.size()));
                    break;
                }
            if (rest.starts_with("\xC2\xAB")) {
                if (auto q = quoted_text(rest))
                    op.committee.name = std::move(*q);
            } else {
                const FoldedText rf = fold_bounded(rest);
                std::optional<PrintedRange> stop;
                for (const std::string_view v : {"A EMIS", "A RENDU", "EMET", "A DONNE"})
                    if (const auto m = find_word_start(rf, v);
                        m && (!stop || m->begin < stop->begin))
                        stop = m;
                if (stop)
                    op.committee.name = std::string(trim_spaces(rest.substr(0, stop->begin)));
            }
        }
        if (find_word_start(f, "AVIS FAVORABLE"))
            op.opinion = Opinion::favourable;
        else if (find_word_start(f, "AVIS DEFAVORABLE"))
            op.opinion = Opinion::unfavourable;
        else if (find_word_start(f, "RESERVE"))
            op.opinion = Opinion::reserved;
        if (const auto d = find_date(t))
            op.date = d->date;
        if (op.committee.name.empty() || !op.date || !op.opinion)
            missing("EXTRACT-RAPPORT-COMMITTEE-OPINION", Severity::info,
                    "/rapport/committee_opinion/value",
                    Message("EXTRACT-RAPPORT-COMMITTEE-OPINION.incomplete").arg("text", text),
                    &lines_[first]);
        r.committee_opinion = Stated<CommitteeOpinion>{op, source("avis de commission", text)};
        sink_.fact("/rapport/committee_opinion/value", lines_[first], lines_[last]);
        return last + 1;
    }

    // --- Signature ---------------------------------------------------------------------------
    void read_signature(Rapport& r, std::size_t from) {
        std::size_t president = lines_.size();
        for (std::size_t i = from; i < lines_.size(); ++i)
            if (starts_folded(lines_[i].text, "LE PRESIDENT") ||
                starts_folded(lines_[i].text, "LA PRESIDENTE")) {
                president = i;
                break;
            }
        for (std::size_t i = from; i < lines_.size(); ++i) {
            // « Arras, le 6 mars 2023 » / « Fait à Arras, le … »
            const auto& t = lines_[i].text;
            const auto le = t.find(", le");
            if (le == std::string::npos || le > 60)
                continue;
            std::string_view place = trim_spaces(std::string_view(t).substr(0, le));
            for (const std::string_view p : {"Fait \xC3\xA0 ", "Fait a ", "A ", "\xC3\x80 "})
                if (place.starts_with(p))
                    place = trim_spaces(place.substr(p.size()));
            if (place.empty() || place.find(' ') != std::string_view::npos)
                continue;
            r.signature.place = std::string(place);
            sink_.fact("/rapport/signature/place", lines_[i], offset_in(t, place), place.size());
            if (const auto d = find_date(t)) {
                r.signature.date = {d->date, source("signature", t)};
                sink_.fact("/rapport/signature/date/value", lines_[i], d->offset, d->length);
            } else {
                r.signature.date = {std::nullopt, source("signature", t)};
            }
            break;
        }
        if (president == lines_.size()) {
            missing("EXTRACT-RAPPORT-SIGNATURE", Severity::info, "/rapport/signature/signatories",
                    Message("EXTRACT-RAPPORT-SIGNATURE.not_found"));
            return;
        }
        Signatory s;
        s.person.function = lines_[president].text;
        std::size_t i = president + 1;
        if (i < lines_.size()) {
            const std::string k = fold(lines_[i].text);
            if (k == "SIGNE" || k == "SIGNE :" || k == "SIGNE." || k == "SIGNE ELECTRONIQUEMENT") {
                s.signed_mention = true;
                ++i;
            }
        }
        if (i < lines_.size() && lines_[i].text.size() <= 80) {
            s.person.name = lines_[i].text;
            sink_.fact("/rapport/signature/signatories/0/person/name", lines_[i], 0,
                       lines_[i].text.size());
        } else {
            missing("EXTRACT-RAPPORT-SIGNATURE", Severity::info,
                    "/rapport/signature/signatories/0/person/name",
                    Message("EXTRACT-RAPPORT-SIGNATURE.no_name")
                        .arg("function", lines_[president].text),
                    &lines_[president]);
        }
        sink_.fact("/rapport/signature/signatories/0", lines_[president],
                   lines_[std::min(i, lines_.size() - 1)]);
        r.signature.signatories.push_back(std::move(s));
    }
};

} // namespace

Rapport extract_rapport(const Section& section, Sink& sink) {
    return RapportReader(section, sink).read();
}

} // namespace subvention::text::detail
