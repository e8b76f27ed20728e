// SPDX-License-Identifier: Apache-2.0
// subvention::local — lexer, parser, type checker and evaluator of local-rule expressions.
//
// Grammar (docs/local-rules.md):
//   or      := and (("or" | "ou") and)*
//   and     := not (("and" | "et") not)*
//   not     := ("not" | "non") not | compare
//   compare := sum (("==" | "=" | "!=" | "<" | "<=" | ">" | ">=") sum | ("in" | "dans") list)?
//   sum     := product (("+" | "-") product)*
//   product := unary (("*" | "/") unary)*
//   unary   := "-" unary | primary
//   primary := literal | name | name "(" args ")" | "(" or ")"
// Literals: amounts « 57 000 € », « 1500,50 € », « 23000 EUR »; rates « 30 % »; numbers;
// ISO dates « 2024-06-30 »; durations « 6 mois », « 1 an », « 30 jours »; "text"; true/false.
#include "local/expression.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <string>
#include <utility>

#include <subvention/deadline.hpp>
#include <subvention/detail/text.hpp>

namespace subvention::local::detail {

namespace {

// ---------------------------------------------------------------------------------------------
// Lexer

enum class Tok : std::uint8_t {
    end,
    name,
    number, ///< value in `q`, unit in `unit`
    date,
    string,
    lparen,
    rparen,
    lbracket,
    rbracket,
    comma,
    plus,
    minus,
    star,
    slash,
    eq,
    ne,
    lt,
    le,
    gt,
    ge,
};

enum class Unit : std::uint8_t { none, euros, percent, days, months, years };

struct Token {
    Tok kind = Tok::end;
    std::uint32_t offset = 0;
    std::string text; ///< name, string contents
    Q q;
    Unit unit = Unit::none;
    Date date;
};

bool is_digit(char c) noexcept {
    return c >= '0' && c <= '9';
}
bool is_name_start(char c) noexcept {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}
bool is_name_char(char c) noexcept {
    return is_name_start(c) || is_digit(c) || c == '.';
}

/// Length of a blank at `i` (space, tab, newline, U+00A0, U+202F, U+2009), or 0.
std::size_t blank_at(std::string_view s, std::size_t i) noexcept {
    if (i >= s.size())
        return 0;
    if (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')
        return 1;
    if (s.substr(i, 2) == "\u00a0")
        return 2;
    if (s.substr(i, 3) == "\u202f" || s.substr(i, 3) == "\u2009")
        return 3;
    return 0;
}

class Lexer {
public:
    explicit Lexer(std::string_view s)
        : s_(s) {}

    std::vector<Token> run() {
        std::vector<Token> out;
        for (;;) {
            skip_blanks();
            Token t;
            t.offset = static_cast<std::uint32_t>(i_);
            if (i_ >= s_.size()) {
                out.push_back(t);
                return out;
            }
            const char c = s_[i_];
            if (is_digit(c))
                number(t);
            else if (is_name_start(c))
                name(t);
            else if (c == '"' || c == '\'')
                string(t, c);
            else
                symbol(t);
            out.push_back(std::move(t));
            if (out.size() > 10'000)
                throw CompileError(t.offset, "expression trop longue (plus de 10 000 éléments)");
        }
    }

private:
    void skip_blanks() {
        while (const auto n = blank_at(s_, i_))
            i_ += n;
    }

    [[noreturn]] void fail(std::size_t at, const std::string& what) const {
        throw CompileError(static_cast<std::uint32_t>(at), what);
    }

    void number(Token& t) {
        const std::size_t start = i_;
        // ISO date: 4 digits, '-', 2 digits, '-', 2 digits
        if (i_ + 10 <= s_.size() && s_[i_ + 4] == '-' && s_[i_ + 7] == '-' &&
            std::all_of(s_.begin() + static_cast<std::ptrdiff_t>(i_),
                        s_.begin() + static_cast<std::ptrdiff_t>(i_ + 4), is_digit) &&
            is_digit(s_[i_ + 5]) && is_digit(s_[i_ + 6]) && is_digit(s_[i_ + 8]) &&
            is_digit(s_[i_ + 9])) {
            const auto d = parse_date(s_.substr(i_, 10));
            if (!d)
                fail(i_, "date invalide « " + std::string(s_.substr(i_, 10)) +
                             " » : " + d.error().describe());
            t.kind = Tok::date;
            t.date = *d;
            i_ += 10;
            return;
        }
        std::string digits;
        std::size_t group = 0;
        while (i_ < s_.size() && is_digit(s_[i_])) {
            digits += s_[i_++];
            ++group;
        }
        // « 57 000 »: a blank followed by exactly three digits continues the number
        for (;;) {
            const auto b = blank_at(s_, i_);
            if (b == 0 || s_[i_] == '\n' || group > 3)
                break;
            std::size_t j = i_ + b;
            std::size_t k = j;
            while (k < s_.size() && is_digit(s_[k]))
                ++k;
            if (k - j != 3)
                break;
            digits.append(s_.substr(j, 3));
            i_ = k;
            group = 3;
        }
        std::string decimals;
        if (i_ + 1 < s_.size() && (s_[i_] == ',' || s_[i_] == '.') && is_digit(s_[i_ + 1])) {
            ++i_;
            while (i_ < s_.size() && is_digit(s_[i_]))
                decimals += s_[i_++];
        }
        if (digits.size() + decimals.size() > 30)
            fail(start, "nombre trop long « " + std::string(s_.substr(start, i_ - start)) + " »");
        i128 num = 0;
        for (char d : digits + decimals)
            num = num * 10 + (d - '0');
        i128 den = 1;
        for (std::size_t k = 0; k < decimals.size(); ++k)
            den *= 10;
        t.kind = Tok::number;
        t.q = Q::make(num, den);
        // unit
        std::size_t j = i_;
        while (const auto b = blank_at(s_, j))
            j += b;
        static constexpr std::pair<std::string_view, Unit> units[] = {
            {"\u20ac", Unit::euros}, {"EUR", Unit::euros},     {"euros", Unit::euros},
            {"euro", Unit::euros},   {"%", Unit::percent},     {"jours", Unit::days},
            {"jour", Unit::days},    {"days", Unit::days},     {"day", Unit::days},
            {"mois", Unit::months},  {"months", Unit::months}, {"month", Unit::months},
            {"années", Unit::years}, {"année", Unit::years},   {"ans", Unit::years},
            {"an", Unit::years},     {"years", Unit::years},   {"year", Unit::years},
        };
        for (const auto& [word, unit] : units) {
            if (s_.substr(j, word.size()) != word)
                continue;
            const std::size_t after = j + word.size();
            const bool symbol = word == "%" || word == "\u20ac";
            if (!symbol && after < s_.size() && is_name_char(s_[after]))
                continue;
            t.unit = unit;
            i_ = after;
            break;
        }
        if (t.unit != Unit::none && t.unit != Unit::euros && t.unit != Unit::percent &&
            !t.q.is_integer())
            fail(start, "une durée est un nombre entier de jours, de mois ou d'années");
    }

    void name(Token& t) {
        const std::size_t start = i_;
        while (i_ < s_.size() && is_name_char(s_[i_]))
            ++i_;
        if (s_[i_ - 1] == '.')
            fail(i_ - 1, "un nom ne finit pas par un point");
        t.kind = Tok::name;
        t.text = std::string(s_.substr(start, i_ - start));
    }

    void string(Token& t, char quote) {
        const std::size_t start = i_++;
        while (i_ < s_.size() && s_[i_] != quote)
            t.text += s_[i_++];
        if (i_ >= s_.size())
            fail(start, "texte entre guillemets non fermé");
        ++i_;
        t.kind = Tok::string;
    }

    void symbol(Token& t) {
        static constexpr std::pair<std::string_view, Tok> symbols[] = {
            {"==", Tok::eq},      {"!=", Tok::ne},      {"<=", Tok::le},     {">=", Tok::ge},
            {"\u2264", Tok::le},  {"\u2265", Tok::ge},  {"\u2260", Tok::ne}, {"=", Tok::eq},
            {"<", Tok::lt},       {">", Tok::gt},       {"(", Tok::lparen},  {")", Tok::rparen},
            {"[", Tok::lbracket}, {"]", Tok::rbracket}, {",", Tok::comma},   {"+", Tok::plus},
            {"-", Tok::minus},    {"*", Tok::star},     {"/", Tok::slash},   {"\u00d7", Tok::star},
        };
        for (const auto& [text, kind] : symbols)
            if (s_.substr(i_, text.size()) == text) {
                t.kind = kind;
                i_ += text.size();
                return;
            }
        std::size_t len = 1;
        const auto lead = static_cast<unsigned char>(s_[i_]);
        if (lead >= 0xC0)
            len = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
        fail(i_, "caractère inattendu « " + std::string(s_.substr(i_, len)) + " »");
    }

    std::string_view s_;
    std::size_t i_ = 0;
};

// ---------------------------------------------------------------------------------------------
// Parser and type checker

std::string_view type_fr(Type t) {
    switch (t) {
    case Type::money:
        return "un montant";
    case Type::number:
        return "un nombre";
    case Type::date:
        return "une date";
    case Type::duration:
        return "une durée";
    case Type::boolean:
        return "une condition (vrai ou faux)";
    case Type::text:
        return "un texte";
    case Type::list:
        return "une liste";
    }
    return "une valeur";
}

bool is_keyword(std::string_view w, std::string_view en, std::string_view fr) {
    return w == en || w == fr;
}

struct Function {
    std::string_view name;
    Op op;
};
constexpr Function functions[] = {
    {"known", Op::known},
    {"connu", Op::known},
    {"missing", Op::missing},
    {"absent", Op::missing},
    {"count", Op::count},
    {"nombre", Op::count},
    {"sum", Op::sum},
    {"somme", Op::sum},
    {"min", Op::min_of},
    {"max", Op::max_of},
    {"any", Op::any},
    {"un_au_moins", Op::any},
    {"all", Op::all},
    {"tous", Op::all},
    {"months_between", Op::months_between},
    {"mois_entre", Op::months_between},
    {"days_between", Op::days_between},
    {"jours_entre", Op::days_between},
    {"year", Op::year},
    {"annee", Op::year},
};

class Parser {
public:
    Parser(std::vector<Token> tokens, const Names& names)
        : t_(std::move(tokens))
        , names_(names) {}

    Node parse() {
        Node n = or_expr();
        if (peek().kind != Tok::end)
            fail(peek().offset, "élément inattendu après la fin de l'expression");
        return n;
    }

private:
    [[noreturn]] void fail(std::uint32_t at, const std::string& what) const {
        throw CompileError(at, what);
    }
    const Token& peek() const { return t_[pos_]; }
    const Token& next() { return t_[pos_ < t_.size() - 1 ? pos_++ : pos_]; }
    bool at_word(std::string_view en, std::string_view fr) const {
        return peek().kind == Tok::name && is_keyword(peek().text, en, fr);
    }
    void expect(Tok k, std::string_view what) {
        if (peek().kind != k)
            fail(peek().offset, "« " + std::string(what) + " » attendu");
        next();
    }

    struct Depth {
        explicit Depth(Parser& p)
            : p_(p) {
            if (++p_.depth_ > 64)
                p_.fail(p_.peek().offset, "expression trop imbriquée (plus de 64 niveaux)");
        }
        ~Depth() { --p_.depth_; }
        Depth(const Depth&) = delete;
        Depth& operator=(const Depth&) = delete;
        Parser& p_;
    };

    static Node make(Op op, Type type, std::uint32_t offset, std::vector<Node> kids = {}) {
        Node n;
        n.op = op;
        n.type = type;
        n.offset = offset;
        for (const auto& k : kids)
            n.reads = n.reads || k.reads;
        n.kids = std::move(kids);
        return n;
    }

    void require(const Node& n, Type t, std::string_view where) const {
        if (n.type != t)
            fail(n.offset, std::string(where) + " : " + std::string(type_fr(t)) +
                               " est attendu, l'expression est " + std::string(type_fr(n.type)));
    }

    Node or_expr() {
        Depth guard(*this);
        return logical(Op::or_, "or", "ou", &Parser::and_expr);
    }

    Node and_expr() { return logical(Op::and_, "and", "et", &Parser::not_expr); }

    /// `a and b and c` as one node over its operands (not a chain of pairs): a long condition
    /// is no deeper to evaluate than a short one. The node is at its last operator.
    Node logical(Op op, std::string_view en, std::string_view fr, Node (Parser::*operand)()) {
        Node left = (this->*operand)();
        if (!at_word(en, fr))
            return left;
        const std::string where = "« " + std::string(en) + " »";
        std::vector<Node> kids;
        std::uint32_t at = 0;
        while (at_word(en, fr)) {
            at = next().offset;
            Node right = (this->*operand)();
            if (kids.empty()) {
                require(left, Type::boolean, where);
                kids.push_back(std::move(left));
            }
            require(right, Type::boolean, where);
            kids.push_back(std::move(right));
        }
        return make(op, Type::boolean, at, std::move(kids));
    }

    Node not_expr() {
        Depth guard(*this);
        if (at_word("not", "non")) {
            const auto at = next().offset;
            Node inner = not_expr();
            require(inner, Type::boolean, "« not »");
            return make(Op::not_, Type::boolean, at, {std::move(inner)});
        }
        return compare();
    }

    void check_code(const Node& coded, const Node& literal) const {
        if (coded.domain.empty() || literal.op != Op::literal)
            return;
        const auto* s = std::get_if<std::string>(&literal.literal);
        if (s == nullptr)
            return;
        if (std::find(coded.domain.begin(), coded.domain.end(), *s) != coded.domain.end())
            return;
        std::string values;
        for (const auto& v : coded.domain)
            values += (values.empty() ? "" : ", ") + std::string(v);
        fail(literal.offset,
             "« " + *s + " » n'est pas une valeur possible ici (valeurs : " + values + ")");
    }

    void comparable(const Node& a, const Node& b, Tok op, std::uint32_t at) const {
        if (a.type != b.type)
            fail(at, "comparaison impossible entre " + std::string(type_fr(a.type)) + " et " +
                         std::string(type_fr(b.type)));
        if (a.type == Type::list)
            fail(at, "une liste ne se compare pas : utilisez count(), sum(), any() ou all()");
        if (a.type == Type::duration)
            fail(at, "deux durées ne se comparent pas (6 mois et 180 jours ?) : comparez des "
                     "dates, par exemple « date_a + 6 mois < date_b »");
        if ((a.type == Type::boolean || a.type == Type::text) && op != Tok::eq && op != Tok::ne)
            fail(at, std::string(type_fr(a.type)) + " se compare seulement par = ou !=");
        check_code(a, b);
        check_code(b, a);
    }

    Node compare() {
        Node left = additive();
        const Tok k = peek().kind;
        static constexpr std::pair<Tok, Op> ops[] = {{Tok::eq, Op::eq}, {Tok::ne, Op::ne},
                                                     {Tok::lt, Op::lt}, {Tok::le, Op::le},
                                                     {Tok::gt, Op::gt}, {Tok::ge, Op::ge}};
        for (const auto& [tok, op] : ops)
            if (k == tok) {
                const auto at = next().offset;
                Node right = additive();
                comparable(left, right, tok, at);
                return make(op, Type::boolean, at, {std::move(left), std::move(right)});
            }
        if (at_word("in", "dans")) {
            const auto at = next().offset;
            expect(Tok::lbracket, "[");
            std::vector<Node> kids;
            kids.push_back(std::move(left));
            while (peek().kind != Tok::rbracket) {
                Node item = additive();
                if (item.reads)
                    fail(item.offset, "une liste après « in » ne contient que des valeurs "
                                      "écrites (\"association\", 1 000 €)");
                comparable(kids.front(), item, Tok::eq, item.offset);
                kids.push_back(std::move(item));
                if (peek().kind != Tok::comma)
                    break;
                next();
            }
            expect(Tok::rbracket, "]");
            if (kids.size() < 2)
                fail(at, "liste vide après « in »");
            return make(Op::in, Type::boolean, at, std::move(kids));
        }
        return left;
    }

    Node additive() {
        Node left = product();
        while (peek().kind == Tok::plus || peek().kind == Tok::minus) {
            const bool plus = peek().kind == Tok::plus;
            const auto at = next().offset;
            Node right = product();
            Type t = Type::boolean;
            bool percent = false;
            if (left.type == Type::money && right.type == Type::money)
                t = Type::money;
            else if (left.type == Type::number && right.type == Type::number) {
                t = Type::number;
                percent = left.percent && right.percent;
            } else if (left.type == Type::date && right.type == Type::duration)
                t = Type::date;
            else if (left.type == Type::date && right.type == Type::date)
                fail(at, "deux dates ne s'additionnent ni ne se soustraient : "
                         "days_between(a, b) ou months_between(a, b) donne leur écart");
            else
                fail(at, std::string("« ") + (plus ? "+" : "-") + " » impossible entre " +
                             std::string(type_fr(left.type)) + " et " +
                             std::string(type_fr(right.type)));
            Node n = make(plus ? Op::add : Op::sub, t, at, {std::move(left), std::move(right)});
            n.percent = percent;
            left = std::move(n);
        }
        return left;
    }

    Node product() {
        Node left = unary();
        while (peek().kind == Tok::star || peek().kind == Tok::slash) {
            const bool times = peek().kind == Tok::star;
            const auto at = next().offset;
            Node right = unary();
            Type t = Type::boolean;
            bool percent = false;
            const Type a = left.type;
            const Type b = right.type;
            if (times && a == Type::money && b == Type::number)
                t = Type::money;
            else if (times && a == Type::number && b == Type::money)
                t = Type::money;
            else if (a == Type::number && b == Type::number) {
                t = Type::number;
                percent = left.percent || right.percent;
            } else if (!times && a == Type::money && b == Type::number)
                t = Type::money;
            else if (!times && a == Type::money && b == Type::money) {
                t = Type::number;
                percent = true; // a share: « 30 % »
            } else
                fail(at, std::string("« ") + (times ? "*" : "/") + " » impossible entre " +
                             std::string(type_fr(a)) + " et " + std::string(type_fr(b)));
            Node n = make(times ? Op::mul : Op::div, t, at, {std::move(left), std::move(right)});
            n.percent = percent;
            left = std::move(n);
        }
        return left;
    }

    Node unary() {
        Depth guard(*this);
        if (peek().kind == Tok::minus) {
            const auto at = next().offset;
            Node inner = unary();
            if (inner.type != Type::money && inner.type != Type::number &&
                inner.type != Type::duration)
                fail(at, "« - » s'applique à un montant, un nombre ou une durée");
            const Type t = inner.type;
            const bool percent = inner.percent;
            Node n = make(Op::negate, t, at, {std::move(inner)});
            n.percent = percent;
            return n;
        }
        return primary();
    }

    Node literal(Scalar v, Type t, std::uint32_t at, bool percent = false) {
        Node n = make(Op::literal, t, at);
        n.literal = std::move(v);
        n.percent = percent;
        return n;
    }

    Node primary() {
        const Token& tok = peek();
        const auto at = tok.offset;
        switch (tok.kind) {
        case Tok::number: {
            const Token t = next();
            switch (t.unit) {
            case Unit::euros:
                return literal(Money{t.q}, Type::money, at);
            case Unit::percent:
                return literal(Number{t.q / Q::integer(100), true}, Type::number, at, true);
            case Unit::days:
            case Unit::months:
            case Unit::years: {
                if (t.q.num > 100'000)
                    fail(at, "durée trop longue");
                const auto n = static_cast<std::int32_t>(t.q.num);
                Duration d = t.unit == Unit::days     ? Duration(Days(n))
                             : t.unit == Unit::months ? Duration(Months(n))
                                                      : Duration(Years(n));
                return literal(d, Type::duration, at);
            }
            case Unit::none:
                return literal(Number{t.q, false}, Type::number, at);
            }
            break;
        }
        case Tok::date: {
            const Token t = next();
            return literal(t.date, Type::date, at);
        }
        case Tok::string: {
            const Token t = next();
            return literal(t.text, Type::text, at);
        }
        case Tok::lparen: {
            next();
            Node n = or_expr();
            expect(Tok::rparen, ")");
            return n;
        }
        case Tok::name:
            return name();
        case Tok::end:
            fail(at, "expression incomplète");
        default:
            break;
        }
        fail(at, "valeur attendue");
    }

    Node name() {
        const Token t = next();
        const auto at = t.offset;
        if (is_keyword(t.text, "true", "vrai"))
            return literal(true, Type::boolean, at);
        if (is_keyword(t.text, "false", "faux"))
            return literal(false, Type::boolean, at);
        if (peek().kind == Tok::lparen)
            return call(t);
        // element fields first (inside a quantifier), then parameters, then facts
        if (!scope_.empty()) {
            const auto& fields = scope_.back();
            for (std::size_t i = 0; i < fields.size(); ++i)
                if (fields[i].name == t.text) {
                    Node n = make(Op::field, fields[i].type, at);
                    n.index = static_cast<std::uint32_t>(i);
                    n.domain = fields[i].values;
                    n.reads = true;
                    return n;
                }
        }
        for (std::size_t i = 0; i < names_.params.size(); ++i)
            if (names_.params[i].name == t.text) {
                Node n = make(Op::param, names_.params[i].type, at);
                n.index = static_cast<std::uint32_t>(i);
                n.percent = names_.params[i].percent;
                n.reads = true;
                return n;
            }
        const auto vocab = fact_vocabulary();
        for (std::size_t i = 0; i < vocab.size(); ++i)
            if (vocab[i].name == t.text) {
                Node n = make(Op::fact, vocab[i].type, at);
                n.index = static_cast<std::uint32_t>(i);
                n.domain = vocab[i].values;
                n.fields = vocab[i].fields;
                n.reads = true;
                return n;
            }
        fail(at, unknown_name(t.text));
    }

    std::string unknown_name(const std::string& word) const {
        std::string best;
        std::size_t best_d = 4;
        const auto consider = [&](std::string_view candidate) {
            const auto d = subvention::detail::text::edit_distance(word, candidate);
            if (d < best_d) {
                best_d = d;
                best = std::string(candidate);
            }
        };
        for (const auto& f : fact_vocabulary())
            consider(f.name);
        for (const auto& p : names_.params)
            consider(p.name);
        if (!scope_.empty())
            for (const auto& f : scope_.back())
                consider(f.name);
        std::string out = "fait ou paramètre inconnu « " + word + " »";
        if (!best.empty())
            out += " (vouliez-vous dire « " + best + " » ?)";
        else
            out += " (les faits sont décrits dans docs/local-rules.md)";
        return out;
    }

    Node call(const Token& fn) {
        const auto at = fn.offset;
        const Function* f = nullptr;
        for (const auto& candidate : functions)
            if (candidate.name == fn.text)
                f = &candidate;
        if (f == nullptr)
            fail(at, "fonction inconnue « " + fn.text +
                         " » (known, missing, count, sum, min, max, any, all, months_between, "
                         "days_between, year)");
        expect(Tok::lparen, "(");
        std::vector<Node> args;
        args.push_back(or_expr());
        const bool over_list = args.front().type == Type::list;
        if (over_list && args.front().op != Op::fact)
            fail(args.front().offset, "une liste du dossier est attendue ici");
        if (peek().kind == Tok::comma) {
            next();
            if (over_list)
                scope_.push_back(args.front().fields);
            args.push_back(or_expr());
            if (over_list)
                scope_.pop_back();
            while (peek().kind == Tok::comma) {
                next();
                args.push_back(or_expr());
            }
        }
        expect(Tok::rparen, ")");
        return typed_call(*f, fn.text, at, std::move(args));
    }

    Node typed_call(const Function& f, const std::string& name, std::uint32_t at,
                    std::vector<Node> args) {
        const auto arity = [&](std::size_t lo, std::size_t hi) {
            if (args.size() < lo || args.size() > hi)
                fail(at, name + "() prend " +
                             (lo == hi ? std::to_string(lo)
                                       : std::to_string(lo) + " ou " + std::to_string(hi)) +
                             " argument" + (hi > 1 ? "s" : ""));
        };
        const auto list_first = [&] {
            if (args.front().type != Type::list)
                fail(args.front().offset, name + "() porte sur une liste du dossier (payments, "
                                                 "actions, clauses…)");
        };
        switch (f.op) {
        case Op::known:
        case Op::missing: {
            arity(1, 1);
            Node n = make(f.op, Type::boolean, at, std::move(args));
            return n;
        }
        case Op::count:
            arity(1, 2);
            list_first();
            if (args.size() == 2)
                require(args[1], Type::boolean, "condition de count()");
            return make(Op::count, Type::number, at, std::move(args));
        case Op::any:
        case Op::all:
            arity(2, 2);
            list_first();
            require(args[1], Type::boolean, "condition de " + name + "()");
            return make(f.op, Type::boolean, at, std::move(args));
        case Op::sum: {
            arity(2, 2);
            list_first();
            if (args[1].type != Type::money && args[1].type != Type::number)
                fail(args[1].offset, "sum() additionne des montants ou des nombres");
            const Type t = args[1].type;
            const bool percent = args[1].percent;
            Node n = make(Op::sum, t, at, std::move(args));
            n.percent = percent;
            return n;
        }
        case Op::min_of:
        case Op::max_of: {
            const bool is_min = f.op == Op::min_of;
            arity(2, 2);
            if (args.front().type == Type::list) {
                const Type t = args[1].type;
                if (t != Type::money && t != Type::number && t != Type::date)
                    fail(args[1].offset, name + "() compare des montants, des nombres ou des "
                                                "dates");
                const bool percent = args[1].percent;
                Node n = make(f.op, t, at, std::move(args));
                n.percent = percent;
                return n;
            }
            comparable(args[0], args[1], Tok::lt, at);
            if (args[0].type == Type::text || args[0].type == Type::boolean)
                fail(at, name + "() compare des montants, des nombres ou des dates");
            const Type t = args[0].type;
            const bool percent = args[0].percent && args[1].percent;
            Node n = make(is_min ? Op::min2 : Op::max2, t, at, std::move(args));
            n.percent = percent;
            return n;
        }
        case Op::months_between:
        case Op::days_between:
            arity(2, 2);
            require(args[0], Type::date, name + "()");
            require(args[1], Type::date, name + "()");
            return make(f.op, Type::number, at, std::move(args));
        case Op::year:
            arity(1, 1);
            require(args[0], Type::date, "year()");
            return make(Op::year, Type::number, at, std::move(args));
        default:
            break;
        }
        fail(at, "fonction inconnue « " + name + " »");
    }

    std::vector<Token> t_;
    std::size_t pos_ = 0;
    const Names& names_;
    std::vector<std::span<const FactInfo>> scope_;
    int depth_ = 0;
};

// ---------------------------------------------------------------------------------------------
// Evaluation

using Tri = std::optional<bool>; // nullopt: unknown

Tri as_tri(const Scalar& s) {
    if (const auto* b = std::get_if<bool>(&s))
        return *b;
    return std::nullopt;
}
Scalar from_tri(Tri t) {
    return t ? Scalar(*t) : Scalar();
}

int compare_scalars(const Scalar& a, const Scalar& b) {
    if (const auto* x = std::get_if<Money>(&a))
        return compare(x->euros, std::get<Money>(b).euros);
    if (const auto* x = std::get_if<Number>(&a))
        return compare(x->value, std::get<Number>(b).value);
    if (const auto* x = std::get_if<Date>(&a)) {
        const Date& y = std::get<Date>(b);
        return *x < y ? -1 : (y < *x ? 1 : 0);
    }
    if (const auto* x = std::get_if<bool>(&a))
        return *x == std::get<bool>(b) ? 0 : 1;
    if (const auto* x = std::get_if<std::string>(&a))
        return x->compare(std::get<std::string>(b)) < 0 ? -1
                                                        : (*x == std::get<std::string>(b) ? 0 : 1);
    return 0;
}

Duration negated(const Duration& d) {
    if (const auto* x = std::get_if<Days>(&d))
        return -*x;
    if (const auto* x = std::get_if<Months>(&d))
        return -*x;
    return -std::get<Years>(d);
}

Date shift(Date d, const Duration& by) {
    try {
        return add(d, by);
    } catch (const std::exception& e) {
        throw EvalError(e.what());
    }
}

std::int64_t months_between(Date a, Date b) {
    if (b < a)
        return -months_between(b, a);
    const auto ya = static_cast<std::int64_t>(a.year());
    const auto yb = static_cast<std::int64_t>(b.year());
    std::int64_t n = (yb - ya) * 12 +
                     (static_cast<std::int64_t>(b.month()) - static_cast<std::int64_t>(a.month()));
    // CPC art. 641: a + n months is the same day-number, or the month's last day
    while (n > 0 && b < shift(a, Months(static_cast<std::int32_t>(n))))
        --n;
    return n;
}

class Evaluator {
public:
    explicit Evaluator(EvalEnv& env)
        : env_(env) {}

    Scalar eval(const Node& n) {
        switch (n.op) {
        case Op::literal:
            return n.literal;
        case Op::fact: {
            const auto& fv = env_.facts.values[n.index];
            if (env_.recorder != nullptr && n.type != Type::list)
                env_.recorder->add(Used{std::string(fact_vocabulary()[n.index].name), &fv.value,
                                        &fv, std::nullopt});
            return fv.value;
        }
        case Op::field: {
            if (env_.element == nullptr)
                return {};
            const auto& fv = env_.element->fields[n.index];
            if (env_.recorder != nullptr)
                env_.recorder->add(Used{env_.element_key + "." + std::string(field_name(n)),
                                        &fv.value, &fv, std::nullopt});
            return fv.value;
        }
        case Op::param: {
            static const Scalar unknown;
            const Scalar& v = n.index < env_.params.size() ? env_.params[n.index] : unknown;
            if (env_.recorder != nullptr)
                env_.recorder->add(
                    Used{"param." + env_.param_names[n.index].name, &v, nullptr, n.index});
            return v;
        }
        case Op::and_:
        case Op::or_: {
            // Kleene: one false decides « and », one true decides « or »; else unknown if any
            // operand is.
            const bool decisive = n.op == Op::or_;
            bool unknown = false;
            for (const auto& k : n.kids) {
                const Tri t = as_tri(eval(k));
                if (t == decisive)
                    return decisive;
                unknown = unknown || !t;
            }
            return unknown ? Scalar{} : Scalar(!decisive);
        }
        case Op::not_: {
            const Tri a = as_tri(eval(n.kids[0]));
            return from_tri(a ? Tri(!*a) : std::nullopt);
        }
        case Op::known:
        case Op::missing: {
            const Scalar v = eval(n.kids[0]);
            return n.op == Op::known ? known(v) : !known(v);
        }
        default:
            break;
        }
        // A computation that leaves the exact range is unknown where it happens, so that
        // « … or true » is still decided.
        try {
            switch (n.op) {
            case Op::count:
            case Op::any:
            case Op::all:
            case Op::sum:
            case Op::min_of:
            case Op::max_of:
                return over_list(n);
            default:
                return arithmetic(n);
            }
        } catch (const EvalError&) {
            return {};
        }
    }

private:
    std::string_view field_name(const Node& n) const {
        return current_fields_.empty() ? std::string_view{} : current_fields_.back()[n.index].name;
    }

    Scalar arithmetic(const Node& n) {
        std::array<Scalar, 2> v;
        if (n.op == Op::in) {
            const Scalar left = eval(n.kids[0]);
            if (!known(left))
                return {};
            for (std::size_t i = 1; i < n.kids.size(); ++i)
                if (compare_scalars(left, n.kids[i].literal) == 0)
                    return true;
            return false;
        }
        for (std::size_t i = 0; i < n.kids.size() && i < 2; ++i) {
            v[i] = eval(n.kids[i]);
            if (!known(v[i]))
                return {};
        }
        switch (n.op) {
        case Op::negate:
            if (const auto* m = std::get_if<Money>(&v[0]))
                return Money{negate(m->euros)};
            if (const auto* x = std::get_if<Number>(&v[0]))
                return Number{negate(x->value), x->percent};
            return negated(std::get<Duration>(v[0]));
        case Op::add:
        case Op::sub: {
            const bool plus = n.op == Op::add;
            if (const auto* d = std::get_if<Date>(&v[0])) {
                const auto& by = std::get<Duration>(v[1]);
                return shift(*d, plus ? by : negated(by));
            }
            if (const auto* m = std::get_if<Money>(&v[0])) {
                const Q& r = std::get<Money>(v[1]).euros;
                return Money{plus ? m->euros + r : m->euros - r};
            }
            const Q& a = std::get<Number>(v[0]).value;
            const Q& b = std::get<Number>(v[1]).value;
            return Number{plus ? a + b : a - b, n.percent};
        }
        case Op::mul:
        case Op::div: {
            const bool times = n.op == Op::mul;
            const auto q = [](const Scalar& s) {
                if (const auto* m = std::get_if<Money>(&s))
                    return m->euros;
                return std::get<Number>(s).value;
            };
            const Q r = times ? q(v[0]) * q(v[1]) : q(v[0]) / q(v[1]);
            if (n.type == Type::money)
                return Money{r};
            return Number{r, n.percent};
        }
        case Op::eq:
            return compare_scalars(v[0], v[1]) == 0;
        case Op::ne:
            return compare_scalars(v[0], v[1]) != 0;
        case Op::lt:
            return compare_scalars(v[0], v[1]) < 0;
        case Op::le:
            return compare_scalars(v[0], v[1]) <= 0;
        case Op::gt:
            return compare_scalars(v[0], v[1]) > 0;
        case Op::ge:
            return compare_scalars(v[0], v[1]) >= 0;
        case Op::min2:
            return compare_scalars(v[0], v[1]) <= 0 ? v[0] : v[1];
        case Op::max2:
            return compare_scalars(v[0], v[1]) >= 0 ? v[0] : v[1];
        case Op::months_between:
            return Number{Q::integer(months_between(std::get<Date>(v[0]), std::get<Date>(v[1]))),
                          false};
        case Op::days_between:
            return Number{Q::integer((std::get<Date>(v[1]) - std::get<Date>(v[0])).days()), false};
        case Op::year:
            return Number{Q::integer(static_cast<std::int64_t>(std::get<Date>(v[0]).year())),
                          false};
        default:
            break;
        }
        return {};
    }

    Scalar over_list(const Node& n) {
        const Node& list_node = n.kids[0];
        const auto& fv = env_.facts.values[list_node.index];
        const auto* const* lp = std::get_if<const List*>(&fv.value);
        if (lp == nullptr || *lp == nullptr)
            return {};
        const List& l = **lp;
        // The names of the elements only matter to the explanation: no string is built when
        // nothing records (the decision, evaluated for every rule on every check).
        const bool recording = env_.recorder != nullptr;
        const std::string_view list_name = fact_vocabulary()[list_node.index].name;
        if (recording)
            env_.recorder->add(Used{std::string(list_name), &fv.value, &fv, std::nullopt});
        if (n.op == Op::count && n.kids.size() == 1)
            return Number{Q::integer(static_cast<std::int64_t>(l.items.size())), false};

        const Record* saved = env_.element;
        std::string saved_key = env_.element_key;
        current_fields_.push_back(list_node.fields);
        struct Restore {
            Evaluator& e;
            const Record* element;
            std::string key;
            ~Restore() {
                e.env_.element = element;
                e.env_.element_key = std::move(key);
                e.current_fields_.pop_back();
            }
        } restore{*this, saved, std::move(saved_key)};

        const Node& body = n.kids[1];
        bool unknown = false;
        std::int64_t count = 0;
        Scalar acc;
        for (std::size_t i = 0; i < l.items.size(); ++i) {
            env_.element = &l.items[i];
            if (recording)
                env_.element_key = std::string(list_name) + "[" + std::to_string(i) + "]";
            const Scalar v = eval(body);
            switch (n.op) {
            case Op::count:
            case Op::any:
            case Op::all: {
                const Tri t = as_tri(v);
                if (!t) {
                    unknown = true;
                    continue;
                }
                if (n.op == Op::any && *t)
                    return true;
                if (n.op == Op::all && !*t)
                    return false;
                count += *t ? 1 : 0;
                break;
            }
            case Op::sum:
                if (!known(v))
                    return {};
                if (!known(acc))
                    acc = v;
                else if (const auto* m = std::get_if<Money>(&acc))
                    acc = Money{m->euros + std::get<Money>(v).euros};
                else
                    acc =
                        Number{std::get<Number>(acc).value + std::get<Number>(v).value, n.percent};
                break;
            case Op::min_of:
            case Op::max_of: {
                if (!known(v))
                    return {};
                const bool take = !known(acc) || (n.op == Op::min_of ? compare_scalars(v, acc) < 0
                                                                     : compare_scalars(v, acc) > 0);
                if (take)
                    acc = v;
                break;
            }
            default:
                break;
            }
        }
        switch (n.op) {
        case Op::count:
            if (unknown)
                return {};
            return Number{Q::integer(count), false};
        case Op::any:
            return unknown ? Scalar{} : Scalar(false);
        case Op::all:
            return unknown ? Scalar{} : Scalar(true);
        case Op::sum:
            if (!known(acc))
                return n.type == Type::money ? Scalar(Money{}) : Scalar(Number{Q{}, n.percent});
            return acc;
        default:
            return acc; // min/max of an empty list: unknown
        }
    }

    EvalEnv& env_;
    std::vector<std::span<const FactInfo>> current_fields_;
};

} // namespace

namespace {

constexpr std::size_t max_depth = 200;

/// Depth of the tree: `1 + 1 + … + 1` nests to the left without parentheses.
std::size_t depth(const Node& n) {
    std::size_t d = 0;
    for (const auto& k : n.kids)
        d = std::max(d, depth(k));
    return d + 1;
}

} // namespace

Node compile(std::string_view text, const Names& names) {
    if (text.size() > 64 * 1024)
        throw CompileError(0, "expression trop longue (plus de 64 Kio)");
    Lexer lexer(text);
    Parser parser(lexer.run(), names);
    Node n = parser.parse();
    // Evaluating recurses once per level: a bound keeps it far from the stack's limit.
    if (depth(n) > max_depth)
        throw CompileError(0, "expression trop imbriquée (plus de " + std::to_string(max_depth) +
                                  " opérations enchaînées)");
    return n;
}

void Recorder::add(Used u) {
    for (const auto& x : used)
        if (x.key == u.key)
            return;
    used.push_back(std::move(u));
}

Scalar eval(const Node& n, EvalEnv& env) {
    try {
        Evaluator e(env);
        return e.eval(n);
    } catch (const EvalError&) {
        return {};
    }
}

} // namespace subvention::local::detail
