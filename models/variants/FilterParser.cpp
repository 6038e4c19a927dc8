#include "models/variants/FilterParser.h"

#include <utility>

namespace steward {

using Op = FilterProgram::Op;
using Logic = FilterProgram::Logic;
using TokenKind = FilterToken::Kind;

FilterParser::FilterParser(const QString& text, const bcf_hdr_t* header)
    : m_text(text), m_header(header), m_program(std::make_shared<FilterProgram>(header))
{}

FilterParser::Result FilterParser::parse(const QString& text, const bcf_hdr_t* header)
{
    Result result;
    if (!header) {
        result.error = tr("No VCF header to check the filter against.");
        result.errorPosition = 0;
        return result;
    }
    FilterParser parser(text, header);
    if (!FilterLexer::tokenize(text, &parser.m_tokens, &result.error, &result.errorPosition))
        return result;
    if (parser.m_tokens.size() == 1) {
        result.error = tr("The filter is empty.");
        result.errorPosition = 0;
        return result;
    }
    const std::optional<int> root = parser.parseOr();
    if (!root || !parser.checkTrailing()) {
        result.error = parser.m_error;
        result.errorPosition = parser.m_errorPosition;
        return result;
    }
    parser.m_program->setRoot(*root);
    result.program = parser.m_program;
    result.hints = parser.m_hints;
    return result;
}

bool FilterParser::fail(const QString& message, int position)
{
    if (m_error.isEmpty()) {
        m_error = message;
        m_errorPosition = position;
    }
    return false;
}

bool FilterParser::isComparison(TokenKind kind) const
{
    switch (kind) {
    case TokenKind::Equal:
    case TokenKind::NotEqual:
    case TokenKind::Less:
    case TokenKind::LessEqual:
    case TokenKind::Greater:
    case TokenKind::GreaterEqual:
    case TokenKind::Like:
    case TokenKind::NotLike:
        return true;
    default:
        return false;
    }
}

QString FilterParser::unexpected(const FilterToken& token) const
{
    if (token.kind == TokenKind::RightParen)
        return tr("Unexpected ')' at position %1: it closes no '('.").arg(token.position);
    if (isComparison(token.kind))
        return tr("Unexpected '%1' at position %2: comparisons cannot be chained; join two "
                  "comparisons with && or &.")
            .arg(token.text)
            .arg(token.position);
    if (token.kind == TokenKind::Arithmetic)
        return tr("Arithmetic ('%1' at position %2) is not supported in filters.")
            .arg(token.text)
            .arg(token.position);
    return tr("Expected &&, ||, & or | before '%1' at position %2.")
        .arg(token.text)
        .arg(token.position);
}

bool FilterParser::checkTrailing()
{
    if (peek().kind == TokenKind::End)
        return true;
    return fail(unexpected(peek()), peek().position);
}

int FilterParser::addLogic(Logic logic, int left, int right)
{
    const int l = m_program->node(left).dimension;
    const int r = m_program->node(right).dimension;
    FilterProgram::Node node;
    node.kind = FilterProgram::NodeKind::Logic;
    node.logic = logic;
    node.left = left;
    node.right = right;
    // Same kind of items: keep them; one side per site: the other side's; else per site.
    node.dimension = l == r ? l : l == 0 ? r : r == 0 ? l : 0;
    if (logic == Logic::AndAnywhere && l == r && l != FilterProgram::kSiteDimension) {
        const QString hint =
            l == FilterProgram::kSampleDimension
                ? tr("'&&' joins two per-sample tests: each may hold in a different sample. "
                     "Use '&' to require both in the same sample.")
                : tr("'&&' joins two tests on annotation sub-fields: each may hold in a "
                     "different transcript entry. Use '&' to require both in the same entry.");
        if (!m_hints.contains(hint))
            m_hints.append(hint);
    }
    return m_program->addNode(std::move(node));
}

std::optional<int> FilterParser::parseOr()
{
    const std::optional<int> left = parseAnd();
    if (!left)
        return std::nullopt;
    const TokenKind kind = peek().kind;
    if (kind != TokenKind::Or && kind != TokenKind::OrAnywhere)
        return left;
    ++m_index;
    const std::optional<int> right = parseOr(); // right-to-left, as bcftools groups them
    if (!right)
        return std::nullopt;
    return addLogic(kind == TokenKind::Or ? Logic::Or : Logic::OrAnywhere, *left, *right);
}

std::optional<int> FilterParser::parseAnd()
{
    const std::optional<int> left = parseNot();
    if (!left)
        return std::nullopt;
    const TokenKind kind = peek().kind;
    if (kind != TokenKind::And && kind != TokenKind::AndAnywhere)
        return left;
    ++m_index;
    const std::optional<int> right = parseAnd();
    if (!right)
        return std::nullopt;
    return addLogic(kind == TokenKind::And ? Logic::And : Logic::AndAnywhere, *left, *right);
}

std::optional<int> FilterParser::parseNot()
{
    const FilterToken& token = peek();
    if (token.kind == TokenKind::Not) {
        ++m_index;
        const std::optional<int> child = parseNot();
        if (!child)
            return std::nullopt;
        FilterProgram::Node node;
        node.kind = FilterProgram::NodeKind::Not;
        node.left = *child;
        node.dimension = m_program->node(*child).dimension;
        return m_program->addNode(std::move(node));
    }
    if (token.kind == TokenKind::LeftParen) {
        const int open = token.position;
        ++m_index;
        if (peek().kind == TokenKind::RightParen) {
            fail(tr("Empty parentheses at position %1.").arg(open), open);
            return std::nullopt;
        }
        const std::optional<int> inner = parseOr();
        if (!inner)
            return std::nullopt;
        if (peek().kind == TokenKind::End) {
            fail(tr("The '(' at position %1 is not closed: a ')' is missing.").arg(open), open);
            return std::nullopt;
        }
        if (peek().kind != TokenKind::RightParen) {
            fail(unexpected(peek()), peek().position);
            return std::nullopt;
        }
        ++m_index;
        if (isComparison(peek().kind)) {
            fail(tr("A parenthesised test cannot be compared ('%1' at position %2).")
                     .arg(peek().text)
                     .arg(peek().position),
                 peek().position);
            return std::nullopt;
        }
        return inner;
    }
    return parseTest();
}

std::optional<int> FilterParser::parseTest()
{
    const FilterToken* before = m_index > 0 ? &m_tokens[m_index - 1] : nullptr;
    std::optional<Operand> lhs = parseValue(before);
    if (!lhs)
        return std::nullopt;
    if (!isComparison(peek().kind))
        return buildBare(*lhs);
    const FilterToken& opToken = peek();
    ++m_index;
    std::optional<Operand> rhs = parseValue(&opToken);
    if (!rhs)
        return std::nullopt;
    return buildTest(std::move(*lhs), opToken, std::move(*rhs));
}

std::optional<FilterParser::Operand> FilterParser::parseValue(const FilterToken* after)
{
    const FilterToken& token = peek();
    Operand operand;
    operand.position = token.position;
    operand.spelling = token.text;
    switch (token.kind) {
    case TokenKind::Word:
        ++m_index;
        return resolveWord(token);
    case TokenKind::Number:
        ++m_index;
        operand.kind = Operand::Kind::Number;
        operand.number = token.number;
        return operand;
    case TokenKind::Text:
        ++m_index;
        operand.kind = Operand::Kind::Text;
        operand.text = token.text;
        operand.spelling = m_text.mid(token.position, token.length);
        return operand;
    case TokenKind::Arithmetic:
        if (token.text == QLatin1String("-") && m_index + 1 < m_tokens.size() &&
            m_tokens[m_index + 1].kind == TokenKind::Number &&
            m_tokens[m_index + 1].position == token.position + 1) {
            const FilterToken& number = m_tokens[m_index + 1];
            m_index += 2;
            operand.kind = Operand::Kind::Number;
            operand.number = -number.number;
            operand.spelling = QLatin1Char('-') + number.text;
            return operand;
        }
        fail(unexpected(token), token.position);
        return std::nullopt;
    default:
        break;
    }
    QString message;
    if (!after) {
        message = tr("Expected a field or a value at position %1, found '%2'.")
                      .arg(token.position)
                      .arg(token.text);
    } else if (token.kind == TokenKind::End) {
        message =
            tr("Expected a value after '%1' at position %2.").arg(after->text).arg(token.position);
    } else {
        message = tr("Expected a value after '%1' at position %2, found '%3'.")
                      .arg(after->text)
                      .arg(token.position)
                      .arg(token.text);
        if (after->kind == TokenKind::Equal && after->length == 1 &&
            (token.kind == TokenKind::Greater || token.kind == TokenKind::Less) &&
            token.position == after->position + 1)
            message += QLatin1Char(' ') +
                       tr("Did you mean '%1='?").arg(token.kind == TokenKind::Greater ? '>' : '<');
    }
    fail(message, token.position);
    return std::nullopt;
}

} // namespace steward
