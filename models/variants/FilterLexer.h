#pragma once

#include <vector>

#include <QCoreApplication>
#include <QString>

namespace steward {

/** One token of a filter expression, with where it starts in the text (in QChar units). */
struct FilterToken
{
    enum class Kind
    {
        End,
        Word,         // a field name, a path such as FMT/DP or CSQ/IMPACT, or an unquoted '.'
        Number,       // an unsigned number; a leading '-' is an Arithmetic token
        Text,         // a quoted string, without its quotes
        Equal,        // = or ==
        NotEqual,     // !=
        Less,         // <
        LessEqual,    // <=
        Greater,      // >
        GreaterEqual, // >=
        Like,         // ~
        NotLike,      // !~
        And,          // &
        AndAnywhere,  // &&
        Or,           // |
        OrAnywhere,   // ||
        Not,          // !
        LeftParen,
        RightParen,
        Arithmetic, // + - * / %: not supported, reported by the parser
    };

    Kind kind = Kind::End;
    int position = 0;
    int length = 0;
    QString text;      // the token as written (without quotes for Text)
    double number = 0; // for Number
};

/**
 * Splits a filter expression into tokens the way bcftools' filter.c does
 * (filters_next_token): quoted strings in "..." or '...', numbers that strtod would read
 * unless a letter follows ("1000GAF" is a tag name), operators, and words that run to the
 * next space, quote, comparison, logical operator or parenthesis. Unlike bcftools, a '/'
 * stays inside a word so that FMT/DP and CSQ/IMPACT are one token.
 */
class FilterLexer final
{
    Q_DECLARE_TR_FUNCTIONS(FilterLexer)

public:
    /** False, with a message and its position, on an unterminated quote. */
    static bool tokenize(const QString& text, std::vector<FilterToken>* tokens, QString* error,
                         int* errorPosition);

    /** The operator as the user would type it ("&&", ">=", ...), for messages. */
    static QString spelling(FilterToken::Kind kind);
};

} // namespace steward
