#pragma once

#include <memory>
#include <optional>
#include <vector>

#include <htslib/vcf.h>

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include "models/variants/FilterLexer.h"
#include "models/variants/FilterProgram.h"

namespace steward {

/**
 * Turns a filter expression into a FilterProgram for one VCF header: resolves field names to
 * header ids, checks types and operators, and reports the first problem with its position.
 *
 * Grammar, with bcftools' precedence (filter.c op_prec) and its right-to-left grouping of
 * operators of equal precedence ("A & B && C" is "A & (B && C)"):
 *   or   := and (("|" | "||") or)?
 *   and  := not (("&" | "&&") and)?
 *   not  := "!" not | "(" or ")" | test
 *   test := value (("=" | "==" | "!=" | "<" | "<=" | ">" | ">=" | "~" | "!~") value)?
 * A test without an operator is allowed for Flag INFO tags only ("INFO/DB").
 */
class FilterParser final
{
    Q_DECLARE_TR_FUNCTIONS(FilterParser)

public:
    struct Result
    {
        std::shared_ptr<FilterProgram> program; // null on error
        QString error;
        int errorPosition = -1;
        QStringList hints; // notes for the user about what the expression means
    };

    static Result parse(const QString& text, const bcf_hdr_t* header);

private:
    /** One side of a test while parsing: a constant, or a field resolved against the header. */
    struct Operand
    {
        enum class Kind
        {
            Number,
            Text,
            Missing, // an unquoted '.'
            Field,
        };
        enum class Values
        {
            Numbers,
            Texts,
            Flag,
            Annotation, // texts, or numbers when compared with a number
            Filter,
            Id,
            Type,
            Genotype,
        };

        Kind kind = Kind::Number;
        Values values = Values::Numbers;
        FilterProgram::Source source;
        int position = 0;
        QString spelling; // as written
        QString text;     // Text
        double number = 0;

        bool isSpecial() const
        {
            return values == Values::Filter || values == Values::Id || values == Values::Type ||
                   values == Values::Genotype;
        }
    };

    FilterParser(const QString& text, const bcf_hdr_t* header);

    std::optional<int> parseOr();
    std::optional<int> parseAnd();
    std::optional<int> parseNot();
    std::optional<int> parseTest();
    std::optional<Operand> parseValue(const FilterToken* after);
    // FilterParserOperands.cpp: names resolved against the header, tests typed and checked.
    std::optional<Operand> resolveWord(const FilterToken& token);
    std::optional<Operand> resolveAnnotation(const FilterToken& token, const QString& tag,
                                             const QString& subField);
    std::optional<int> buildTest(Operand lhs, const FilterToken& opToken, Operand rhs);
    std::optional<int> buildSpecial(const Operand& field, FilterProgram::Op op,
                                    const FilterToken& opToken, const Operand& value);
    std::optional<int> buildBare(const Operand& value);
    std::shared_ptr<const FilterProgram::Regex> compileRegex(const Operand& value,
                                                             const QString& text);
    int addLogic(FilterProgram::Logic logic, int left, int right);

    bool fail(const QString& message, int position);
    const FilterToken& peek() const { return m_tokens[m_index]; }
    bool isComparison(FilterToken::Kind kind) const;
    QString unexpected(const FilterToken& token) const;
    bool checkTrailing();

    QString m_text;
    const bcf_hdr_t* m_header;
    std::vector<FilterToken> m_tokens;
    size_t m_index = 0;
    std::shared_ptr<FilterProgram> m_program;
    QString m_error;
    int m_errorPosition = -1;
    QStringList m_hints;
};

} // namespace steward
