// SPDX-License-Identifier: Apache-2.0
// subvention::text — the general reading of a délibération (« lecture générale »): what a person
// reads in the acts, procès-verbaux and comptes rendus of other collectivités, whose templates
// the Pas-de-Calais reader (extract_deliberation.cpp) does not know. It runs after that reader
// and only fills what it left empty, so the seed reads exactly as before.
//
// It reads the document as one flowing text (a PDF converter often prints a whole page on one
// line), folded, by phrases: « séance du 25 juin 2015 », « sous la présidence de M. X »,
// « Présents : … », « X donne pouvoir à Y », « Pour : 27 Contre : 0 Abstention : 0 »,
// « à l'unanimité », « délibération n° DE/2016/191 », « une subvention de 5 000 € à
// l'association Y ». Never invents: a phrase not found leaves the fact empty, a tally needs
// both « pour » and « contre » in figures, an amount needs its currency. Linear in the text:
// each phrase is searched once from the start, over a bounded head for the attendance.
#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <subvention/date.hpp>
#include <subvention/words.hpp>

#include "extract_internal.hpp"

namespace subvention::text::detail {
namespace {

using compliance::Severity;

/// The attendance block is read in the first bytes of the document only: a procès-verbal's
/// later « présents » (a member who arrives) belongs to one item, not to the meeting.
constexpr std::size_t kHeadBytes = 6000;
/// Bytes of a document the general reading reads (see GeneralReader's constructor).
constexpr std::size_t kReadBytes = 512 * 1024;
/// Longest name read in a list, proxy or presidency (bytes).
constexpr std::size_t kNameBytes = 80;

bool is_key_digit(char c) {
    return c >= '0' && c <= '9';
}
bool is_key_alnum(char c) {
    return is_key_digit(c) || (c >= 'A' && c <= 'Z');
}

class GeneralReader {
public:
    /// `prefix`: where the facts go in the dossier JSON (« /deliberation », « /rapport »).
    GeneralReader(const Section& s, Sink& sink, Deliberation& d,
                  std::string prefix = "/deliberation")
        : lines_(s.lines)
        , sink_(sink)
        , d_(d)
        , prefix_(std::move(prefix)) {
        // Bounded memory: the folded copy and its offset maps cost about 20 bytes a byte, so
        // only the first kReadBytes of a document are read this way (a procès-verbal of a
        // hundred pages); the lines past them are left to the template reader.
        for (const auto& l : lines_) {
            if (flat_.size() >= kReadBytes)
                break;
            starts_.push_back(flat_.size());
            flat_ += l.text;
            flat_ += '\n';
        }
        lines_ = lines_.first(starts_.size());
        folded_ = fold_with_offsets(flat_, Separators::collapse);
        key_ = folded_.key;
        head_ = std::min(key_.size(), kHeadBytes);
    }

    /// Fills what the template reader left empty; returns the JSON paths filled.
    std::vector<std::string> read() {
        if (!has_span("/deliberation/meeting_date"))
            read_date();
        if (!d_.attendance.president)
            read_president();
        if (d_.attendance.entries.empty())
            read_present();
        // Proxies the template reader took from a line it did not understand (a name that is
        // no name) are dropped, and the proxies read again; the better reading is kept.
        auto kept = d_.attendance.proxies;
        std::size_t dropped = 0;
        if (kept)
            dropped = std::erase_if(*kept, [](const Proxy& p) {
                return !looks_like_name(p.giver.printed()) || !looks_like_name(p.holder.printed());
            });
        if (!kept || kept->empty() || dropped > 0) {
            d_.attendance.proxies = kept;
            read_proxies();
            if (kept && d_.attendance.proxies->size() < kept->size())
                d_.attendance.proxies = kept;
        }
        if (!d_.number.value)
            read_number();
        if (!has_span("/deliberation/tally"))
            read_tally();
        if (d_.outcome.value == StatedOutcome::unknown)
            read_unanimity();
        if (d_.grants.empty())
            read_grants();
        return std::move(filled_);
    }

private:
    std::span<const Line> lines_;
    Sink& sink_;
    Deliberation& d_;
    std::string flat_;
    std::vector<std::size_t> starts_;
    FoldedText folded_;
    std::string_view key_;
    std::size_t head_ = 0;
    std::vector<std::string> filled_;
    std::string prefix_;
    bool partial_attendance_ = false;

public:
    /// Whether the present were read by this reading, which does not read the other lists.
    [[nodiscard]] bool partial_attendance() const noexcept { return partial_attendance_; }

    /// A report: its meeting date and the grants it proposes, when its reader found none.
    std::vector<std::string> read_proposal(bool date, bool grants) {
        if (date)
            read_date();
        if (grants)
            read_grants();
        return std::move(filled_);
    }

    /// The beneficiary a convention names after « ENTRE … ET », and the amount of its
    /// subsidy; empty when not found.
    std::optional<std::pair<std::size_t, std::size_t>> convention_party() const {
        std::size_t from = find("D'UNE PART");
        if (from == std::string_view::npos) {
            // « ENTRE ⏎ … ⏎ ET ⏎ »: the line « ET » alone.
            for (std::size_t i = 0; i < lines_.size() && i < 80; ++i)
                if (lines_[i].text == "ET" || lines_[i].text == "Et" || lines_[i].text == "et") {
                    from = key_.size();
                    const std::size_t p = starts_[i] + lines_[i].text.size();
                    for (std::size_t k = 0; k < key_.size(); ++k)
                        if (printed(k) >= p) {
                            from = k;
                            break;
                        }
                    break;
                }
            if (from == std::string_view::npos)
                return std::nullopt;
        } else {
            from += 10;
        }
        const std::size_t limit = std::min(key_.size(), from + 600);
        // « dénommé(e) « X » », « dénommé : X », « pour le compte du X », « l'association X ».
        for (const std::string_view lead :
             {"DENOMMEE", "DENOMME", "POUR LE COMPTE DU", "POUR LE COMPTE DE LA",
              "POUR LE COMPTE DE L'", "L'ASSOCIATION", "ASSOCIATION"}) {
            const std::size_t at = find(lead, from, limit);
            if (at == std::string_view::npos)
                continue;
            std::size_t k = at + lead.size();
            while (k < key_.size() && (key_[k] == ' ' || key_[k] == ':'))
                ++k;
            std::size_t p = printed(k);
            // « dénommé : l'Association des élus … »: the article is not part of the name.
            for (const std::string_view article : {"l'", "l\xE2\x80\x99", "L'", "L\xE2\x80\x99"})
                if (std::string_view(flat_).substr(p).starts_with(article)) {
                    p += article.size();
                    break;
                }
            if (const auto q = quoted_text(std::string_view(flat_).substr(p, 200));
                q && std::string_view(flat_).substr(p).starts_with("\xC2\xAB")) {
                const auto off = flat_.find(*q, p);
                return std::pair{off, off + q->size()};
            }
            std::size_t e = p;
            while (e < flat_.size() && e - p < 160 && flat_[e] != ',' && flat_[e] != '(' &&
                   flat_[e] != ';')
                ++e;
            std::string_view name = trim_spaces(std::string_view(flat_).substr(p, e - p));
            // The name stops at a line break followed by a lower-case continuation only.
            if (const auto nl = name.find('\n'); nl != std::string_view::npos) {
                const std::string_view next = name.substr(nl + 1);
                if (next.empty() || !starts_capital_or_digit(next) ||
                    fold(next.substr(0, 12)).starts_with("CONFORMEMENT") ||
                    fold(next.substr(0, 12)).starts_with("DONT"))
                    name = name.substr(0, nl);
            }
            for (const std::string_view cut : {" conformément", " dont le", " dont ", " représenté",
                                               " représentée", " ci-après", " régie", " régi "})
                if (const auto c = name.find(cut); c != std::string_view::npos)
                    name = trim_spaces(name.substr(0, c));
            if (name.size() < 2 || !starts_capital_or_digit(name))
                continue;
            const std::size_t off = static_cast<std::size_t>(name.data() - flat_.data());
            return std::pair{off, off + name.size()};
        }
        return std::nullopt;
    }

    /// The first « subvention … de X € » of the text.
    std::optional<std::pair<Euros, std::pair<std::size_t, std::size_t>>> first_grant_amount() {
        for (const std::string_view word : {"SUBVENTION", "PARTICIPATION FINANCIERE"})
            for (std::size_t at = find(word); at != std::string_view::npos;
                 at = find(word, at + word.size())) {
                const std::size_t p = printed(at + word.size());
                const auto amount = find_amount(std::string_view(flat_).substr(p, 90));
                if (amount && amount->amount != Euros{} &&
                    !not_a_grant(std::string_view(flat_).substr(p, amount->offset)))
                    return std::pair{
                        amount->amount,
                        std::pair{p + amount->offset, p + amount->offset + amount->length}};
            }
        return std::nullopt;
    }

    const std::string& flat() const noexcept { return flat_; }

    /// Whether the words between a grant word and an amount make it no grant's amount: a
    /// threshold (« excède un seuil fixé à 23 000 euros »), a total, a budget line.
    static bool not_a_grant(std::string_view between) {
        const std::string k = fold(between);
        for (const std::string_view w :
             {"SEUIL", "EXCEDE", "SUPERIEUR", "INFERIEUR", "TOTAL", "GLOBAL", "CHAPITRE", "BUDGET",
              "ENVELOPPE", "CREDIT", "PLAFOND DE", "RECU"})
            if (k.find(w) != std::string::npos)
                return true;
        return false;
    }

    /// Records a fact read at printed bytes [from, to) (see the private `fact`).
    void record(std::string path, std::size_t from, std::size_t to) {
        fact(std::move(path), from, to);
    }

private:
    bool has_span(std::string_view path) const {
        return std::any_of(sink_.spans().begin(), sink_.spans().end(),
                           [&](const FactSpan& s) { return s.path == path; });
    }

    /// Printed offset in `flat_` of key offset `k`.
    std::size_t printed(std::size_t k) const { return folded_.printed(k); }

    /// Records a fact read at printed bytes [from, to) of `flat_` (clipped to its first line).
    void fact(std::string path, std::size_t from, std::size_t to) {
        const auto it = std::upper_bound(starts_.begin(), starts_.end(), from);
        const auto i = static_cast<std::size_t>(it - starts_.begin()) - 1;
        const std::size_t in_line = from - starts_[i];
        const std::size_t len =
            std::min(to, starts_[i] + lines_[i].text.size()) - std::min(to, from);
        sink_.fact(path, lines_[i], in_line, std::max<std::size_t>(len, 1));
        filled_.push_back(std::move(path));
    }

    /// The printed text of key range [a, b), trimmed.
    std::string printed_text(std::size_t a, std::size_t b) const {
        const std::size_t pa = printed(a), pb = printed(b);
        std::string s = flat_.substr(pa, pb > pa ? pb - pa : 0);
        std::replace(s.begin(), s.end(), '\n', ' ');
        return std::string(trim_spaces(s));
    }

    /// Key offset of `needle` at a word start at or after `from`, before `limit`.
    std::size_t find(std::string_view needle, std::size_t from = 0,
                     std::size_t limit = std::string_view::npos) const {
        const std::size_t at = find_word(key_, needle, from, WordEnd::prefix);
        return at < std::min(limit, key_.size()) ? at : std::string_view::npos;
    }

    /// Whether key offset `k` is in a sentence that cites another act: a visa (« Vu la
    /// délibération n°2021-257 … », « Vu l'avis de la commission … réunion en date du … »),
    /// the sentence read back to its full stop or semicolon.
    bool in_citation(std::size_t k) const {
        const std::size_t p = printed(k);
        std::size_t b = p;
        while (b > 0 && p - b < 400 && flat_[b - 1] != '.' && flat_[b - 1] != ';')
            --b;
        // Appended, not `" " + fold(…)`: GCC 12 -O3 takes that insert for an overlapping copy
        // (a false -Wrestrict, GCC bug 105329) and the release build must print no warning.
        std::string sentence(" ");
        sentence += fold(std::string_view(flat_).substr(b, p - b));
        return sentence.starts_with(" VU ") || sentence.find(" AVIS ") != std::string::npos ||
               sentence.find(" VU L") != std::string::npos;
    }

    /// Whether the word before key offset `k` makes what follows a reference to another act
    /// (« par délibération n° », « la délibération n° », « sa délibération »).
    bool after_article(std::size_t k) const {
        std::size_t e = k;
        while (e > 0 && key_[e - 1] == ' ')
            --e;
        std::size_t b = e;
        while (b > 0 && is_key_alnum(key_[b - 1]))
            --b;
        const std::string_view w = key_.substr(b, e - b);
        for (const std::string_view a : {"LA", "SA", "UNE", "PAR", "DE", "DES", "VU", "CETTE",
                                         "LEUR", "NOTRE", "LADITE", "DU", "LE", "AUX", "A"})
            if (w == a)
                return true;
        return false;
    }

    // -- meeting date --------------------------------------------------------------------------
    void read_date() {
        std::size_t best = std::string_view::npos;
        std::optional<FoundDate> found;
        std::size_t found_at = 0;
        for (const std::string_view label : {"SEANCE DU",
                                             "SEANCE ORDINAIRE DU",
                                             "SEANCE PUBLIQUE DU",
                                             "REUNION DU",
                                             "SESSION DU",
                                             "CONSEIL MUNICIPAL DU",
                                             "CONSEIL COMMUNAUTAIRE DU",
                                             "COMMISSION PERMANENTE DU",
                                             "CONSEIL DU",
                                             "BUREAU DU",
                                             "SEANCE EN DATE DU",
                                             "REUNION EN DATE DU",
                                             "SEANCE DE",
                                             "SEANCE :",
                                             "DATE DE LA SEANCE",
                                             "CONSEIL DEPARTEMENTAL DU",
                                             "CONSEIL REGIONAL DU",
                                             "COMITE SYNDICAL DU",
                                             "CONSEIL MUNICIPAL",
                                             "CONSEIL COMMUNAUTAIRE",
                                             "CONSEIL DE COMMUNAUTE DU"}) {
            std::size_t at = find(label, 0, std::min(best, head_));
            while (at != std::string_view::npos && in_citation(at))
                at = find(label, at + label.size(), std::min(best, head_));
            if (at == std::string_view::npos)
                continue;
            const std::size_t p = printed(at + label.size());
            const std::string_view rest = std::string_view(flat_).substr(p, 60);
            // The date follows the label (a weekday may come between).
            if (auto d = find_date(rest); d && d->offset <= 12) {
                best = at;
                found = d;
                found_at = p;
            }
        }
        if (!found && read_date_in_words())
            return;
        // « … s'est réuni(e) à l'Hôtel du Département le 24 avril 2015 sous la présidence
        // de … »: the first date after the verb, unless it is the convocation's.
        if (!found)
            for (const std::string_view verb : {"S'EST REUNI", "SE SONT REUNIS", "S'EST TENU"}) {
                const std::size_t at = find(verb, 0, head_);
                if (at == std::string_view::npos)
                    continue;
                const std::size_t p = printed(at + verb.size());
                const std::string_view rest = std::string_view(flat_).substr(p, 160);
                if (auto d = find_date(rest)) {
                    const std::string before = fold(rest.substr(0, d->offset));
                    if (before.find("CONVOQU") == std::string::npos &&
                        before.find("CONVOCATION") == std::string::npos) {
                        found = d;
                        found_at = p;
                    }
                }
                break;
            }
        if (!found)
            return;
        d_.meeting_date = {found->date,
                           {DocumentKind::deliberation, "en-tête",
                            flat_.substr(found_at + found->offset, found->length)}};
        fact(prefix_ + (prefix_ == "/rapport" ? "/meeting_date/value" : "/meeting_date"),
             found_at + found->offset, found_at + found->offset + found->length);
    }

    /// The formula of the registers: « L'an deux mille treize, le quatre avril », « L'an deux
    /// mil dix-neuf, le vingt février », « L'an Deux Mille quinze, et le vingt-trois octobre »,
    /// « L'an deux mille vingt-deux, le 25 mars », « le 25 du mois de Mars », « le premier
    /// juillet », a weekday allowed before the day. Year and day in words are read by
    /// parse_words_fr; nothing is read unless year, day and month make a date.
    bool read_date_in_words() {
        std::size_t at = find("L'AN ", 0, head_);
        if (at == std::string_view::npos)
            at = find("L AN ", 0, head_);
        if (at == std::string_view::npos)
            return false;
        const std::size_t p = printed(at + 5);
        const std::string_view rest = std::string_view(flat_).substr(p, 200);
        const std::size_t comma = rest.find(',');
        if (comma == std::string_view::npos || comma > 60)
            return false;
        auto whole = [](std::string_view words) -> std::optional<int> {
            const auto e = parse_words_fr(std::string(words) + " euros");
            if (!e || e->cents() % 100 != 0 || e->cents() / 100 > 3000)
                return std::nullopt;
            return static_cast<int>(e->cents() / 100);
        };
        const auto year = whole(trim_spaces(rest.substr(0, comma)));
        if (!year || *year < 1900 || *year > 2299)
            return false;
        // The words after the comma, up to the month.
        std::vector<std::string_view> ws;
        for (std::size_t b = comma + 1; b < rest.size() && ws.size() < 12;) {
            const auto separator = [](char c) {
                return c == ' ' || c == '\n' || c == ',' || c == '.' || c == ';' || c == ':';
            };
            while (b < rest.size() && separator(rest[b]))
                ++b;
            std::size_t e = b;
            while (e < rest.size() && !separator(rest[e]))
                ++e;
            if (e > b)
                ws.push_back(rest.substr(b, e - b));
            b = e;
        }
        std::size_t k = 0;
        auto is = [&](std::string_view w) { return k < ws.size() && fold(ws[k]) == w; };
        if (is("ET"))
            ++k;
        if (!is("LE"))
            return false;
        ++k;
        if (k < ws.size() && subvention::detail::find_weekday(ws[k]) >= 0)
            ++k;
        // A month written out (« sept » is a day there, not September).
        auto month_at = [&](std::size_t i) {
            const auto* m = subvention::detail::find_month(ws[i]);
            return m != nullptr && !m->abbreviation ? m : nullptr;
        };
        const std::size_t day_from = k;
        while (k < ws.size() && !month_at(k) && k - day_from < 4)
            ++k;
        if (k >= ws.size() || !month_at(k) || k == day_from)
            return false;
        std::size_t day_to = k;
        // « le 25 du mois de Mars »
        if (day_to - day_from == 4 && fold(ws[day_to - 1]) == "DE" &&
            fold(ws[day_to - 2]) == "MOIS" && fold(ws[day_to - 3]) == "DU")
            day_to -= 3;
        std::string day_words;
        for (std::size_t i = day_from; i < day_to; ++i)
            day_words += (day_words.empty() ? "" : " ") + std::string(ws[i]);
        std::optional<int> day;
        const std::string folded_day = fold(day_words);
        if (folded_day == "PREMIER" || folded_day == "1ER")
            day = 1;
        else if (std::all_of(day_words.begin(), day_words.end(),
                             [](char c) { return c >= '0' && c <= '9'; }) &&
                 !day_words.empty() && day_words.size() <= 2)
            day = std::stoi(day_words);
        else
            day = whole(day_words);
        if (!day)
            return false;
        const auto date = make_date(*year, month_at(k)->month, *day);
        if (!date)
            return false;
        const std::size_t end =
            static_cast<std::size_t>(ws[k].data() - flat_.data()) + ws[k].size();
        const std::size_t begin = printed(at);
        d_.meeting_date = {
            *date,
            {DocumentKind::deliberation, "en-tête", one_line(flat_.substr(begin, end - begin))}};
        fact(prefix_ + (prefix_ == "/rapport" ? "/meeting_date/value" : "/meeting_date"), begin,
             end);
        return true;
    }

    // -- presidency ----------------------------------------------------------------------------
    /// A name printed from key offset `from`: up to a comma, a full stop, a parenthesis, a line
    /// end or a function (« , Maire »), at most kNameBytes.
    std::optional<std::pair<std::size_t, std::size_t>> name_from(std::size_t from) const {
        std::size_t p = printed(from);
        while (p < flat_.size() && (flat_[p] == ' ' || flat_[p] == '\n'))
            ++p;
        std::size_t e = p;
        while (e < flat_.size() && e - p < kNameBytes) {
            const char c = flat_[e];
            // A line break ends the name once its last name is read (« Monsieur ⏎ Bruno
            // FAURE »: the name goes on).
            if (c == '\n' && has_capital_word(std::string_view(flat_).substr(p, e - p)))
                break;
            if (c == ',' || c == ';' || c == '(' || c == ':' ||
                (c == '.' && e > p + 3 && flat_[e - 2] != ' ' && flat_[e - 1] != 'M'))
                break;
            ++e;
        }
        std::string_view s = trim_spaces(std::string_view(flat_).substr(p, e - p));
        // « … à Monsieur Florian MORELLE jusqu'au rapport n°14 »: the time scope is no name.
        for (const std::string_view cut : {" jusqu", " à partir", " a partir", " pour ", " lors ",
                                           " au cours", " dès ", " durant "})
            if (const auto c = s.find(cut); c != std::string_view::npos)
                s = trim_spaces(s.substr(0, c));
        if (s.empty() || s.size() >= kNameBytes)
            return std::nullopt;
        return std::pair{p, p + s.size()};
    }

    void read_president() {
        for (const std::string_view label :
             {"SOUS LA PRESIDENCE DE", "PRESIDENT DE SEANCE :", "PRESIDENCE DE",
              "PRESIDENT DE SEANCE", "PRESIDENCE :"}) {
            const std::size_t at = find(label, 0, head_);
            if (at == std::string_view::npos)
                continue;
            const auto r = name_from(at + label.size());
            if (!r)
                continue;
            std::string_view name = std::string_view(flat_).substr(r->first, r->second - r->first);
            for (const std::string_view cut : {" Maire", " maire", " MAIRE", " Président",
                                               " président", " PRESIDENT", " Présidente"})
                if (const auto c = name.find(cut); c != std::string_view::npos)
                    name = trim_spaces(name.substr(0, c));
            auto n = PersonName::parse(one_line(name));
            if (!n || !has_capital_word(name))
                continue;
            d_.attendance.president = std::move(n).value();
            fact("/deliberation/attendance/president", r->first, r->first + name.size());
            return;
        }
    }

    static std::string one_line(std::string_view s) {
        std::string out(s);
        std::replace(out.begin(), out.end(), '\n', ' ');
        return out;
    }

    /// Whether `s` reads as a person's name: one to seven words, one of them a last name in
    /// capitals, the others capitalised or particles (« Mme Anne GOUDY », « MC MUSSO », « Jean
    /// de LA FONTAINE »); not « le vendredi vingt-six mars à 19 h 30 ».
    static bool looks_like_name(std::string_view s) {
        const auto t =
            subvention::detail::text::tidy(one_line(s), subvention::detail::text::TidyMode::name);
        if (!t)
            return false;
        const auto ws = subvention::detail::text::words(*t);
        if (ws.empty() || ws.size() > 7)
            return false;
        bool last = false;
        for (const auto w : ws) {
            if (w.size() >= 2 && subvention::detail::text::is_upper_word(w) && w.back() != '.')
                last = true;
            else if (!starts_capital_or_digit(w) && !Member::is_particle(w))
                return false;
        }
        return last;
    }

    static bool has_capital_word(std::string_view s) {
        const auto t = subvention::detail::text::tidy(s, subvention::detail::text::TidyMode::name);
        if (!t)
            return false;
        for (const auto w : subvention::detail::text::words(*t))
            if (w.size() >= 2 && subvention::detail::text::is_upper_word(w) && w.back() != '.')
                return true;
        return false;
    }

    // -- present members -----------------------------------------------------------------------
    /// Key offset where a list that starts at `from` ends: at the next label of the attendance
    /// block, a blank line, or after 2 000 bytes.
    std::size_t list_end(std::size_t from) const {
        std::size_t end = std::min(key_.size(), from + 2000);
        for (const std::string_view stop : {"ABSENT",
                                            "EXCUSE",
                                            "PROCURATION",
                                            "POUVOIR",
                                            "REPRESENTE",
                                            "SECRETAIRE",
                                            "FORMANT",
                                            "NOMBRE",
                                            "ONT DONNE",
                                            "AVAIT DONNE",
                                            "ASSISTAI",
                                            "QUI ONT",
                                            "LE QUORUM",
                                            "QUORUM",
                                            "ETAI",
                                            "MEMBRES EN EXERCICE",
                                            "EN EXERCICE",
                                            "VOTANTS",
                                            "ORDRE DU JOUR",
                                            "LESQUELS",
                                            "LE CONSEIL",
                                            "POUVOIRS",
                                            "ARRIVE",
                                            "DELIBERATION",
                                            "MADAME LE MAIRE",
                                            "MONSIEUR LE MAIRE",
                                            "SEANCE",
                                            "CONVOCATION",
                                            "DATE D",
                                            "APRES",
                                            "LA SEANCE",
                                            "AFFICH",
                                            "EXERCICE"}) {
            const std::size_t at = find(stop, from, end);
            if (at != std::string_view::npos)
                end = at;
        }
        return end;
    }

    /// Items of a list printed in key range [a, b): split at commas, semicolons, dashes between
    /// blanks and line ends. Printed ranges.
    std::vector<std::pair<std::size_t, std::size_t>> items(std::size_t a, std::size_t b) const {
        std::vector<std::pair<std::size_t, std::size_t>> out;
        const std::size_t pa = printed(a), pb = printed(b);
        std::size_t s = pa;
        auto push = [&](std::size_t e) {
            std::string_view t = trim_spaces(std::string_view(flat_).substr(s, e - s));
            if (!t.empty()) {
                const std::size_t off = static_cast<std::size_t>(t.data() - flat_.data());
                out.emplace_back(off, off + t.size());
            }
        };
        for (std::size_t i = pa; i < pb; ++i) {
            const char c = flat_[i];
            const bool dash =
                (c == '-' && i > pa && i + 1 < pb && flat_[i - 1] == ' ' && flat_[i + 1] == ' ') ||
                (flat_.compare(i, 3, "\xE2\x80\x93") == 0 && i > pa && flat_[i - 1] == ' ');
            if (c == ',' || c == ';' || c == '\n' || dash) {
                push(i);
                s = i + (c == '-' || c == ',' || c == ';' || c == '\n' ? 1 : 3);
            }
        }
        push(pb);
        return out;
    }

    void read_present() {
        std::size_t at = std::string_view::npos, after = 0;
        for (const std::string_view label :
             {"ETAIENT PRESENTS", "ETAIT PRESENT", "MEMBRES PRESENTS", "PRESENTS :", "PRESENTS:",
              "PRESENT(E)S", "PRESENT.E.S", "PRESENTS LES CONSEILLERS"}) {
            const std::size_t k = find(label, 0, head_);
            if (k < at) {
                at = k;
                after = k + label.size();
            }
        }
        if (at == std::string_view::npos)
            return;
        // « Étaient présents Mesdames et Messieurs : », « Présents (18) : »: skip to the colon
        // when it is near.
        const std::size_t colon = key_.find(':', after);
        if (colon != std::string_view::npos && colon - after <= 40)
            after = colon + 1;
        const std::size_t end = list_end(after);
        std::vector<AttendanceEntry> entries;
        std::size_t first = 0, last = 0;
        for (const auto& [a, b] : items(after, end)) {
            std::string_view item = std::string_view(flat_).substr(a, b - a);
            while (!item.empty() && (item.back() == '.' || item.back() == ' '))
                item.remove_suffix(1);
            // « Mme X et M. Y »: two names.
            std::vector<std::string_view> names;
            const auto et = item.find(" et ");
            if (et != std::string_view::npos) {
                names.push_back(item.substr(0, et));
                names.push_back(item.substr(et + 4));
            } else {
                names.push_back(item);
            }
            for (const auto n : names) {
                auto m = Member::parse_listed(n);
                if (!m)
                    continue;
                if (entries.empty())
                    first = a;
                last = b;
                entries.push_back(
                    {std::move(m).value(), AttendanceStatus::present, DeliberativeVoice::with});
            }
        }
        if (entries.empty())
            return;
        d_.attendance.entries = std::move(entries);
        fact("/deliberation/attendance/entries", first, last);
        partial_attendance_ = true;
    }

    // -- proxies -------------------------------------------------------------------------------
    void read_proxies() {
        std::vector<Proxy> found;
        std::size_t first = std::string_view::npos, last = 0;
        auto add = [&](std::size_t ga, std::size_t gb, std::size_t ha, std::size_t hb) {
            auto clean = [&](std::size_t a, std::size_t b) {
                std::string_view s = trim_spaces(std::string_view(flat_).substr(a, b - a));
                while (!s.empty() && (s.back() == ')' || s.back() == '.' || s.back() == ' '))
                    s.remove_suffix(1);
                while (!s.empty() && (s.front() == '(' || s.front() == ' '))
                    s.remove_prefix(1);
                return s;
            };
            const auto g = clean(ga, gb), h = clean(ha, hb);
            if (!looks_like_name(g) || !looks_like_name(h))
                return;
            auto p = Proxy::parse(one_line(g), one_line(h));
            if (!p)
                return;
            for (const auto& q : found)
                if (q.giver.key() == p->giver.key())
                    return;
            found.push_back(std::move(p).value());
            first = std::min(first, ga);
            last = std::max(last, hb);
        };
        // Sentences anywhere in the head: « X donne pouvoir à Y », « X représenté par Y ».
        static constexpr std::array<std::string_view, 12> verbs{"A DONNE POUVOIR A",
                                                                "DONNE POUVOIR A",
                                                                "AYANT DONNE POUVOIR A",
                                                                "A DONNE PROCURATION A",
                                                                "DONNE PROCURATION A",
                                                                "AYANT DONNE PROCURATION A",
                                                                "POUVOIR A",
                                                                "PROCURATION A",
                                                                "REPRESENTEE PAR",
                                                                "REPRESENTE PAR",
                                                                "A DONNE DELEGATION A",
                                                                "DONNE DELEGATION DE VOTE A"};
        std::vector<bool> taken(head_ + 1, false);
        for (const auto verb : verbs) {
            for (std::size_t at = find(verb, 0, head_); at != std::string_view::npos;
                 at = find(verb, at + verb.size(), head_)) {
                if (taken[at])
                    continue;
                for (std::size_t k = at; k < at + verb.size() && k <= head_; ++k)
                    taken[k] = true;
                // Giver: back to a delimiter; holder: forward to one.
                // « X (pouvoir à Y) »: the giver is before the parenthesis.
                std::size_t pv = printed(at);
                while (pv > 0 && flat_[pv - 1] == ' ')
                    --pv;
                if (pv > 0 && flat_[pv - 1] == '(')
                    --pv;
                std::size_t gs = pv;
                while (gs > 0 && pv - gs < kNameBytes) {
                    const char c = flat_[gs - 1];
                    if (c == ',' || c == ';' || c == ':' || c == '\n' || c == '(' ||
                        (c == '.' && gs >= 3 && flat_[gs - 3] != ' ' && flat_[gs - 2] != 'M'))
                        break;
                    --gs;
                }
                const auto h = name_from(at + verb.size());
                if (!h)
                    continue;
                std::size_t ge = pv;
                // « X (pouvoir à Y) »
                while (ge > gs && (flat_[ge - 1] == ' ' || flat_[ge - 1] == '('))
                    --ge;
                // « X, absent(e), a donné pouvoir » is cut at the comma: the giver is empty.
                std::string_view giver = std::string_view(flat_).substr(gs, ge - gs);
                for (const std::string_view lead :
                     {"Absents représentés", "Absent représenté", "Procurations", "Procuration",
                      "Pouvoirs", "Pouvoir"})
                    if (giver.starts_with(lead))
                        gs += lead.size();
                add(gs, ge, h->first, h->second);
            }
        }
        // Lists: « Procurations : A à B, C à D », « … ayant remis un pouvoir : A à B ».
        for (const std::string_view label :
             {"PROCURATIONS :", "PROCURATION(S) :", "POUVOIRS :", "POUVOIR(S) :",
              "AYANT REMIS UN POUVOIR :", "AYANT DONNE PROCURATION :", "ABSENTS REPRESENTES :",
              "ABSENTS EXCUSES AYANT DONNE POUVOIR :", "ABSENTS AYANT DONNE PROCURATION :"}) {
            const std::size_t at = find(label, 0, head_);
            if (at == std::string_view::npos)
                continue;
            const std::size_t from = at + label.size();
            std::size_t end = std::min(key_.size(), from + 1500);
            for (const std::string_view stop :
                 {"ABSENT", "EXCUSE", "SECRETAIRE", "NOMBRE", "FORMANT", "QUORUM", "ETAI",
                  "VOTANTS", "EN EXERCICE"}) {
                const std::size_t s = find(stop, from, end);
                if (s != std::string_view::npos)
                    end = s;
            }
            for (const auto& [a, b] : items(from, end)) {
                const std::string_view item = std::string_view(flat_).substr(a, b - a);
                // An item with its verb (« X a donné pouvoir à Y ») was read as a sentence.
                const std::string folded = fold(item);
                if (folded.find("POUVOIR") != std::string::npos ||
                    folded.find("PROCURATION") != std::string::npos ||
                    folded.find("REPRESENT") != std::string::npos ||
                    folded.find("DELEGATION") != std::string::npos)
                    continue;
                for (const std::string_view sep : {" à ", " a ", " par ", " pour "})
                    if (const auto s = item.find(sep); s != std::string_view::npos) {
                        add(a, a + s, a + s + sep.size(), b);
                        break;
                    }
            }
        }
        if (found.empty())
            return;
        d_.attendance.proxies = std::move(found);
        fact("/deliberation/attendance/proxies", first, last);
    }

    // -- number --------------------------------------------------------------------------------
    void read_number() {
        for (const std::string_view label :
             {"DELIBERATION NO", "DELIBERATION N", "NO DE DELIBERATION", "NO DE LA DELIBERATION",
              "NUMERO DE DELIBERATION", "DELIBERATION NUMERO", "DE LA DELIBERATION NO", "DCM NO",
              "DCM N"}) {
            const std::size_t limit = std::min(key_.size(), std::size_t{3000});
            std::size_t at = find(label, 0, limit);
            while (at != std::string_view::npos && (in_citation(at) || after_article(at)))
                at = find(label, at + label.size(), limit);
            if (at == std::string_view::npos)
                continue;
            std::size_t k = at + label.size();
            while (k < key_.size() && (key_[k] == ' ' || key_[k] == ':' || key_[k] == 'O'))
                ++k;
            if (k >= key_.size() || !is_key_alnum(key_[k]))
                continue;
            const std::size_t p = printed(k);
            std::size_t e = p;
            while (e < flat_.size() && e - p < 40 && flat_[e] != ' ' && flat_[e] != '\n' &&
                   flat_[e] != ',' && flat_[e] != ';' && flat_[e] != ')')
                ++e;
            // A short code in capitals after the number belongs to it (« 22/111 AC »).
            if (e + 3 < flat_.size() && flat_[e] == ' ') {
                std::size_t f = e + 1;
                while (f < flat_.size() && f - e <= 4 && flat_[f] >= 'A' && flat_[f] <= 'Z')
                    ++f;
                const std::string_view code = std::string_view(flat_).substr(e + 1, f - e - 1);
                if (code.size() >= 2 && code.size() <= 3 && code != "DE" && code != "DU" &&
                    code != "DES" && code != "LA" && code != "LE" && code != "EN" && code != "ET" &&
                    (f >= flat_.size() || flat_[f] == ' ' || flat_[f] == '\n'))
                    e = f;
            }
            std::string_view token = std::string_view(flat_).substr(p, e - p);
            while (!token.empty() && (token.back() == '.' || token.back() == ':'))
                token.remove_suffix(1);
            // A number holds a digit; « du », « en date » are words.
            if (std::none_of(token.begin(), token.end(), [](char c) { return is_key_digit(c); }))
                continue;
            if (set_number(token))
                return fact("/deliberation/number", p, p + token.size());
        }
        read_number_line();
    }

    /// The act's number, when `token` reads as one (DeliberationNumber keeps it verbatim).
    bool set_number(std::string_view token) {
        auto n = DeliberationNumber::parse(token);
        if (!n)
            return false;
        d_.number = {std::move(n).value(),
                     {DocumentKind::deliberation, "en-tête", std::string(token)}};
        return true;
    }

    /// A number printed at the start of one of the first lines, as the acts of many communes
    /// head an item: « 2013-19 : Compte administratif », « N°2010/12/01 : SUBVENTION »,
    /// « 2016/2240 » alone, « 2002 DAC 56 », « [2003 DFAE 70] », « 16.02.01.80 Secrétariat ».
    void read_number_line() {
        const std::size_t limit = std::min<std::size_t>(lines_.size(), 40);
        for (std::size_t i = 0; i < limit; ++i) {
            std::string_view t = lines_[i].text;
            std::size_t off = 0;
            if (t.starts_with("[")) // « … [2003 DFAE 70] »: the bracket may end a line
                off = 1;
            else if (const auto b = t.rfind('[');
                     b != std::string_view::npos && t.ends_with("]") && t.size() - b <= 24)
                off = b + 1;
            bool numbered = false; // « N° » printed: what follows is a number, even date-like
            for (const std::string_view no : {"N°", "n°"})
                if (t.substr(off).starts_with(no)) {
                    off += no.size();
                    numbered = true;
                    while (off < t.size() && t[off] == ' ')
                        ++off;
                }
            const std::string_view rest = t.substr(off);
            std::size_t e = 0;
            int groups = 0;
            bool letters = false;
            while (e < rest.size()) {
                std::size_t d = e;
                while (d < rest.size() && is_key_digit(rest[d]))
                    ++d;
                if (d == e)
                    break;
                ++groups;
                e = d;
                if (e < rest.size() && (rest[e] == '-' || rest[e] == '/' || rest[e] == '.') &&
                    e + 1 < rest.size() && is_key_digit(rest[e + 1])) {
                    ++e;
                    continue;
                }
                // « 2002 DAC 56 »: a year, a code in capitals, a number.
                if (groups == 1 && d - off >= 4 && e + 1 < rest.size() && rest[e] == ' ') {
                    std::size_t c = e + 1;
                    while (c < rest.size() &&
                           ((rest[c] >= 'A' && rest[c] <= 'Z') || rest[c] == '_'))
                        ++c;
                    if (c - e - 1 >= 2 && c - e - 1 <= 8 && c + 1 < rest.size() && rest[c] == ' ' &&
                        is_key_digit(rest[c + 1])) {
                        letters = true;
                        e = c + 1;
                        continue;
                    }
                }
                break;
            }
            if (groups < 2 && !letters)
                continue;
            const std::string_view after = rest.substr(e);
            const bool ends = after.empty() || after.starts_with(" :") || after.starts_with(":") ||
                              after.starts_with(" -") || after.starts_with(" \xE2\x80\x93") ||
                              after.starts_with("]") || (groups >= 4 && after.starts_with(" "));
            if (!ends)
                continue;
            const std::string_view token = rest.substr(0, e);
            // A date (« 25/06/2015 : ») or a time is no number.
            if (const auto d = find_date(token); !numbered && d && d->offset == 0)
                continue;
            if (!set_number(token))
                continue;
            sink_.fact("/deliberation/number", lines_[i], off, token.size());
            filled_.push_back("/deliberation/number");
            return;
        }
    }

    // -- tally ---------------------------------------------------------------------------------
    /// A count next to the label at key offset [at, at + len): « Pour : 27 », « Pour 27 »,
    /// « 27 voix pour », « 27 pour ».
    std::optional<long> count_near(std::size_t at, std::size_t len) const {
        std::size_t k = at + len;
        while (k < key_.size() && (key_[k] == ' ' || key_[k] == ':' || key_[k] == '='))
            ++k;
        auto digits_at = [&](std::size_t s) -> std::optional<long> {
            std::size_t e = s;
            while (e < key_.size() && is_key_digit(key_[e]) && e - s < 6)
                ++e;
            if (e == s || (e < key_.size() && is_key_alnum(key_[e])))
                return std::nullopt;
            return std::stol(std::string(key_.substr(s, e - s)));
        };
        if (k < key_.size() && k - (at + len) <= 3)
            if (auto n = digits_at(k))
                return n;
        // Before: « 27 voix pour », « 27 pour »
        std::size_t b = at;
        while (b > 0 && key_[b - 1] == ' ')
            --b;
        if (b >= 4 && key_.substr(b - 4, 4) == "VOIX") {
            b -= 4;
            while (b > 0 && key_[b - 1] == ' ')
                --b;
        }
        std::size_t s = b;
        while (s > 0 && is_key_digit(key_[s - 1]) && b - s < 6)
            --s;
        if (s < b && (s == 0 || !is_key_alnum(key_[s - 1])))
            return std::stol(std::string(key_.substr(s, b - s)));
        return std::nullopt;
    }

    void read_tally() {
        for (std::size_t c = find("CONTRE"); c != std::string_view::npos;
             c = find("CONTRE", c + 6)) {
            const auto against = count_near(c, 6);
            if (!against)
                continue;
            const std::size_t lo = c > 160 ? c - 160 : 0;
            const std::size_t hi = std::min(key_.size(), c + 160);
            std::optional<long> pour;
            std::size_t pour_at = std::string_view::npos;
            for (std::size_t p = find("POUR", lo, c); p != std::string_view::npos;
                 p = find("POUR", p + 4, c)) {
                if (p + 4 < key_.size() && is_key_alnum(key_[p + 4]))
                    continue;
                if (const auto n = count_near(p, 4)) {
                    pour = n;
                    pour_at = p;
                }
            }
            if (!pour)
                continue;
            std::optional<long> abst;
            std::size_t end = c + 6;
            for (const std::string_view label : {"ABSTENTIONS", "ABSTENTION"}) {
                const std::size_t a = find(label, pour_at, hi);
                if (a == std::string_view::npos)
                    continue;
                if (const auto n = count_near(a, label.size())) {
                    abst = n;
                    end = std::max(end, a + label.size());
                }
                break;
            }
            // Past the count after the last label.
            while (end < key_.size() && end < c + 200 &&
                   (key_[end] == ' ' || key_[end] == ':' || is_key_digit(key_[end])))
                ++end;
            VoteTally t;
            t.pour = VoteCount(static_cast<std::int32_t>(*pour));
            t.contre = VoteCount(static_cast<std::int32_t>(*against));
            if (abst)
                t.abstention = VoteCount(static_cast<std::int32_t>(*abst));
            const std::size_t from = std::min(pour_at, c);
            d_.tally = {
                t, {DocumentKind::deliberation, "conditions de vote", printed_text(from, end)}};
            fact("/deliberation/tally", printed(from), printed(end));
            return;
        }
    }

    // -- unanimity -----------------------------------------------------------------------------
    void read_unanimity() {
        const std::size_t at = find("A L'UNANIMITE");
        if (at == std::string_view::npos)
            return;
        // The sentence around it: from the previous full stop or line start.
        const std::size_t p = printed(at);
        std::size_t s = p;
        while (s > 0 && p - s < 200 && flat_[s - 1] != '.' && flat_[s - 1] != '\n')
            --s;
        std::size_t e = p;
        while (e < flat_.size() && e - p < 120 && flat_[e] != '.' && flat_[e] != '\n')
            ++e;
        d_.outcome = {StatedOutcome::adopted,
                      {DocumentKind::deliberation, "conditions de vote",
                       std::string(trim_spaces(std::string_view(flat_).substr(s, e - s)))}};
        fact("/deliberation/outcome", s, e);
    }

    // -- grants --------------------------------------------------------------------------------
    /// A beneficiary named from printed offset `p`: « l'association « X » », « l'association
    /// X », « au Club X », up to a delimiter.
    std::optional<std::pair<std::size_t, std::size_t>> beneficiary_at(std::size_t p) const {
        std::string_view rest = std::string_view(flat_).substr(p, 200);
        std::size_t skip = 0;
        const std::string lead = fold(rest.substr(0, 40));
        for (const std::string_view a :
             {"A L'ASSOCIATION ", "A L'ASSOCIATION", "AU PROFIT DE L'ASSOCIATION ",
              "EN FAVEUR DE L'ASSOCIATION ", "AU PROFIT DE ", "EN FAVEUR DE ", "A L'", "AU ",
              "AUX ", "A LA ", "A "}) {
            if (std::string_view(lead).starts_with(a)) {
                // Printed bytes of the folded prefix: advance by words.
                std::size_t words = static_cast<std::size_t>(std::count(a.begin(), a.end(), ' '));
                std::size_t i = 0;
                while (i < rest.size() && words > 0) {
                    if (rest[i] == ' ')
                        --words;
                    ++i;
                }
                if (a.back() == '\'' || a.ends_with("ASSOCIATION")) {
                    // « à l'APES »: the name starts after the apostrophe.
                    const auto ap = rest.find_first_of("'\xE2", i);
                    if (a == "A L'" && ap != std::string_view::npos && ap < 6)
                        i = rest[ap] == '\'' ? ap + 1 : ap + 3;
                }
                skip = i;
                break;
            }
        }
        if (skip == 0)
            return std::nullopt;
        std::size_t b = p + skip;
        while (b < flat_.size() && flat_[b] == ' ')
            ++b;
        if (const auto q = quoted_text(std::string_view(flat_).substr(b, 160));
            q && std::string_view(flat_).substr(b, 2) == "\xC2\xAB") {
            const auto off = flat_.find(*q, b);
            if (off != std::string::npos)
                return std::pair{off, off + q->size()};
        }
        std::size_t e = b;
        while (e < flat_.size() && e - b < 120) {
            const char c = flat_[e];
            if (c == ',' || c == ';' || c == '(' || c == '\n' || c == ':' ||
                (c == '.' &&
                 (e + 1 >= flat_.size() || flat_[e + 1] == ' ' || flat_[e + 1] == '\n')))
                break;
            const std::string_view tail = std::string_view(flat_).substr(e);
            if (tail.starts_with(" pour ") || tail.starts_with(" au titre ") ||
                tail.starts_with(" dans le cadre") || tail.starts_with(" afin ") ||
                tail.starts_with(" d'un montant") || tail.starts_with(" d’un montant") ||
                tail.starts_with(" une subvention") || tail.starts_with(" la somme") ||
                tail.starts_with(" et ") || tail.starts_with(" qui ") ||
                tail.starts_with(" selon ") || tail.starts_with(" sur "))
                break;
            ++e;
        }
        std::string_view name = trim_spaces(std::string_view(flat_).substr(b, e - b));
        // A name starts with a capital or a quote and is not a bare pronoun or date.
        if (name.size() < 2 || !starts_capital_or_digit(name) || is_key_digit(name.front()))
            return std::nullopt;
        return std::pair{b, b + name.size()};
    }

    void read_grants() {
        std::vector<GrantDecision> grants;
        for (const std::string_view word :
             {"SUBVENTION", "PARTICIPATION FINANCIERE", "AIDE FINANCIERE", "CONCOURS FINANCIER"}) {
            for (std::size_t at = find(word); at != std::string_view::npos && grants.size() < 50;
                 at = find(word, at + word.size())) {
                // The amount within the next few words: « subvention de 5 000 € »,
                // « subvention exceptionnelle d'un montant de 1 500 euros ».
                const std::size_t p = printed(at + word.size());
                const std::string_view window = std::string_view(flat_).substr(p, 90);
                const auto amount = find_amount(window);
                if (!amount || amount->amount == Euros{} ||
                    not_a_grant(window.substr(0, amount->offset)))
                    continue;
                const std::size_t amount_end = p + amount->offset + amount->length;
                // Beneficiary after the amount, else before the grant word (« attribue à
                // l'association X une subvention de … »).
                auto who =
                    beneficiary_at(amount_end + (flat_.compare(amount_end, 1, " ") == 0 ? 1 : 0));
                if (!who) {
                    const std::size_t back = printed(at) > 160 ? printed(at) - 160 : 0;
                    const std::string lookback = flat_.substr(back, printed(at) - back);
                    for (const std::string_view a : {" à l'association ", " à l’association ",
                                                     " au profit de ", " en faveur de "}) {
                        const auto s = lookback.rfind(a);
                        if (s != std::string::npos) {
                            who = beneficiary_at(back + s + 1);
                            break;
                        }
                    }
                }
                GrantDecision g;
                g.amount = {amount->amount,
                            {DocumentKind::deliberation, "dispositif",
                             flat_.substr(p + amount->offset, amount->length)}};
                if (who) {
                    g.beneficiary = flat_.substr(who->first, who->second - who->first);
                    const std::string before =
                        fold(std::string_view(flat_).substr(who->first > 20 ? who->first - 20 : 0,
                                                            std::min<std::size_t>(who->first, 20)));
                    if (before.find("ASSOCIATION") != std::string::npos)
                        g.beneficiary_form = LegalForm::association;
                }
                const bool repeated =
                    std::any_of(grants.begin(), grants.end(), [&](const GrantDecision& x) {
                        return x.amount.value == g.amount.value && x.beneficiary == g.beneficiary;
                    });
                if (repeated)
                    continue;
                fact(prefix_ + (prefix_ == "/rapport" ? "/proposed_grants/" : "/grants/") +
                         std::to_string(grants.size()) + "/amount",
                     p + amount->offset, amount_end);
                grants.push_back(std::move(g));
            }
        }
        d_.grants = std::move(grants);
    }
};

/// Withdraws the « not found » findings of `document` about the facts at `filled`.
void withdraw(Sink& sink, DocumentKind document, const std::vector<std::string>& filled) {
    std::erase_if(sink.findings(), [&](const compliance::Diagnostic& x) {
        return x.location.document == document &&
               std::any_of(filled.begin(), filled.end(), [&](const std::string& p) {
                   return same_or_nested(x.location.path, p);
               });
    });
}

} // namespace

void read_general(const Section& section, Sink& sink, Rapport& r) {
    if (section.lines.empty())
        return;
    const bool date = r.meeting_date.value.is_not_a_date();
    const bool grants = r.proposed_grants.empty();
    if (!date && !grants)
        return;
    Deliberation d;
    const auto filled = GeneralReader(section, sink, d, "/rapport").read_proposal(date, grants);
    if (date && !d.meeting_date.value.is_not_a_date())
        r.meeting_date = {d.meeting_date.value,
                          {DocumentKind::rapport, "en-tête", d.meeting_date.source.text}};
    for (auto& g : d.grants) {
        g.amount.source.document = DocumentKind::rapport;
        r.proposed_grants.push_back(std::move(g));
    }
    withdraw(sink, DocumentKind::rapport, filled);
}

void read_general(const Section& section, Sink& sink, Convention& c) {
    if (section.lines.empty() || (!c.beneficiary.name.empty() && ceilings_total(c)))
        return;
    Deliberation unused;
    GeneralReader reader(section, sink, unused, "/convention");
    std::vector<std::string> filled;
    if (c.beneficiary.name.empty())
        if (const auto party = reader.convention_party()) {
            c.beneficiary.name = reader.flat().substr(party->first, party->second - party->first);
            std::replace(c.beneficiary.name.begin(), c.beneficiary.name.end(), '\n', ' ');
            c.beneficiary.source = {DocumentKind::convention, "parties", c.beneficiary.name};
            reader.record("/convention/beneficiary/name", party->first, party->second);
            filled.emplace_back("/convention/beneficiary/name");
        }
    if (!ceilings_total(c))
        if (const auto amount = reader.first_grant_amount()) {
            Action a;
            a.amount =
                Stated<Euros>{amount->first,
                              {DocumentKind::convention, "montant",
                               reader.flat().substr(amount->second.first,
                                                    amount->second.second - amount->second.first)}};
            c.actions.push_back(std::move(a));
            reader.record("/convention/actions/" + std::to_string(c.actions.size() - 1) + "/amount",
                          amount->second.first, amount->second.second);
            filled.push_back("/convention/actions");
        }
    withdraw(sink, DocumentKind::convention, filled);
}

void read_general(const Section& section, Sink& sink, Deliberation& d) {
    if (section.lines.empty())
        return;
    // What the general reading found is no longer « not found ».
    GeneralReader reader(section, sink, d);
    withdraw(sink, DocumentKind::deliberation, reader.read());
    // Only the present are read here: the checker's findings on attendance, quorum and vote
    // rest on lists that may be incomplete (text::qualify makes them infos).
    if (reader.partial_attendance())
        sink.missing("EXTRACT-DELIB-ATTENDANCE", Severity::info, "/deliberation/attendance",
                     nullptr, compliance::Message("EXTRACT-DELIB-ATTENDANCE.partial"));
}

} // namespace subvention::text::detail
