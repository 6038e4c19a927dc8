#include "models/variants/FilterLexer.h"

namespace steward {

namespace {

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isAlnum(QChar c)
{
    return isDigit(c) || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
}

/** Characters that end a word (bcftools' list, less '/', '-' and '+' inside names). */
bool endsWord(QChar c)
{
    switch (c.unicode()) {
    case '"':
    case '\'':
    case '<':
    case '>':
    case '=':
    case '!':
    case '&':
    case '|':
    case '(':
    case ')':
    case '~':
    case '*':
    case '%':
        return true;
    default:
        return c.isSpace();
    }
}

/** Length of the number strtod would read at @p from (digits, '.', exponent), or 0. */
int numberLength(const QString& text, int from)
{
    int p = from;
    bool digits = false;
    while (p < text.size() && isDigit(text[p])) {
        ++p;
        digits = true;
    }
    if (p < text.size() && text[p] == u'.') {
        ++p;
        while (p < text.size() && isDigit(text[p])) {
            ++p;
            digits = true;
        }
    }
    if (!digits)
        return 0;
    if (p < text.size() && (text[p] == u'e' || text[p] == u'E')) {
        int q = p + 1;
        if (q < text.size() && (text[q] == u'+' || text[q] == u'-'))
            ++q;
        if (q < text.size() && isDigit(text[q])) {
            while (q < text.size() && isDigit(text[q]))
                ++q;
            p = q;
        }
    }
    return p - from;
}

} // namespace

bool FilterLexer::tokenize(const QString& text, std::vector<FilterToken>* tokens, QString* error,
                           int* errorPosition)
{
    using Kind = FilterToken::Kind;
    tokens->clear();
    int p = 0;
    const int n = int(text.size());
    auto add = [&](Kind kind, int length) {
        FilterToken token;
        token.kind = kind;
        token.position = p;
        token.length = length;
        token.text = text.mid(p, length);
        tokens->push_back(token);
        p += length;
    };
    while (true) {
        while (p < n && text[p].isSpace())
            ++p;
        if (p >= n)
            break;
        const QChar c = text[p];
        const QChar next = p + 1 < n ? text[p + 1] : QChar();
        if (c == u'"' || c == u'\'') {
            const int close = int(text.indexOf(c, p + 1));
            if (close < 0) {
                if (error)
                    *error =
                        tr("The text starting at position %1 has no closing %2.").arg(p).arg(c);
                if (errorPosition)
                    *errorPosition = p;
                return false;
            }
            FilterToken token;
            token.kind = Kind::Text;
            token.position = p;
            token.length = close - p + 1;
            token.text = text.mid(p + 1, close - p - 1);
            tokens->push_back(token);
            p = close + 1;
            continue;
        }
        switch (c.unicode()) {
        case '!':
            add(next == u'='   ? Kind::NotEqual
                : next == u'~' ? Kind::NotLike
                               : Kind::Not,
                next == u'=' || next == u'~' ? 2 : 1);
            continue;
        case '<':
            add(next == u'=' ? Kind::LessEqual : Kind::Less, next == u'=' ? 2 : 1);
            continue;
        case '>':
            add(next == u'=' ? Kind::GreaterEqual : Kind::Greater, next == u'=' ? 2 : 1);
            continue;
        case '=':
            add(Kind::Equal, next == u'=' ? 2 : 1);
            continue;
        case '~':
            add(Kind::Like, 1);
            continue;
        case '&':
            add(next == u'&' ? Kind::AndAnywhere : Kind::And, next == u'&' ? 2 : 1);
            continue;
        case '|':
            add(next == u'|' ? Kind::OrAnywhere : Kind::Or, next == u'|' ? 2 : 1);
            continue;
        case '(':
            add(Kind::LeftParen, 1);
            continue;
        case ')':
            add(Kind::RightParen, 1);
            continue;
        case '+':
        case '-':
        case '*':
        case '/':
        case '%':
            add(Kind::Arithmetic, 1);
            continue;
        default:
            break;
        }
        if (isDigit(c) || c == u'.') {
            const int length = numberLength(text, p);
            if (length > 0 && (p + length >= n || !isAlnum(text[p + length]))) {
                FilterToken token;
                token.kind = Kind::Number;
                token.position = p;
                token.length = length;
                token.text = text.mid(p, length);
                token.number = token.text.toDouble(); // C locale, unlike strtod in a Qt app
                tokens->push_back(token);
                p += length;
                continue;
            }
        }
        int end = p;
        while (end < n && !endsWord(text[end]))
            ++end;
        add(Kind::Word, end - p);
    }
    FilterToken end;
    end.kind = Kind::End;
    end.position = n;
    tokens->push_back(end);
    return true;
}

QString FilterLexer::spelling(FilterToken::Kind kind)
{
    using Kind = FilterToken::Kind;
    switch (kind) {
    case Kind::Equal:
        return QStringLiteral("=");
    case Kind::NotEqual:
        return QStringLiteral("!=");
    case Kind::Less:
        return QStringLiteral("<");
    case Kind::LessEqual:
        return QStringLiteral("<=");
    case Kind::Greater:
        return QStringLiteral(">");
    case Kind::GreaterEqual:
        return QStringLiteral(">=");
    case Kind::Like:
        return QStringLiteral("~");
    case Kind::NotLike:
        return QStringLiteral("!~");
    case Kind::And:
        return QStringLiteral("&");
    case Kind::AndAnywhere:
        return QStringLiteral("&&");
    case Kind::Or:
        return QStringLiteral("|");
    case Kind::OrAnywhere:
        return QStringLiteral("||");
    case Kind::Not:
        return QStringLiteral("!");
    case Kind::LeftParen:
        return QStringLiteral("(");
    case Kind::RightParen:
        return QStringLiteral(")");
    default:
        return QString();
    }
}

} // namespace steward
