#include "models/variants/FilterExpression.h"

#include <algorithm>

#include "models/variants/FilterParser.h"
#include "models/variants/FilterProgram.h"

namespace steward {

std::optional<FilterExpression> FilterExpression::parse(const QString& text,
                                                        const bcf_hdr_t* header, QString* error,
                                                        int* errorPosition)
{
    FilterParser::Result result = FilterParser::parse(text, header);
    if (!result.program) {
        if (error)
            *error = result.error;
        if (errorPosition)
            *errorPosition = result.errorPosition;
        return std::nullopt;
    }
    if (error)
        error->clear();
    if (errorPosition)
        *errorPosition = -1;
    FilterExpression expression;
    expression.m_text = text;
    expression.m_program = std::move(result.program);
    expression.m_hints = result.hints;
    return expression;
}

bool FilterExpression::matches(bcf1_t* record, int sampleIndex) const
{
    return m_program && m_program->matches(record, sampleIndex);
}

int FilterExpression::unpackFlags() const
{
    return m_program ? m_program->unpackFlags() : 0;
}

bool FilterExpression::usesSamples() const
{
    return (unpackFlags() & BCF_UN_FMT) != 0;
}

QString FilterExpression::caretLine(const QString& text, int position)
{
    QString marker;
    const int n = int(std::min<qsizetype>(std::max(position, 0), text.size()));
    for (int i = 0; i < n; ++i)
        marker += text[i] == u'\t' ? u'\t' : u' ';
    marker += u'^';
    return text + u'\n' + marker;
}

QString FilterExpression::syntaxHelp()
{
    return tr("Filters use bcftools' expression language, as in bcftools view -i:\n"
              "  QUAL>=30 && FILTER=\"PASS\"     INFO/AF<0.01     TYPE=\"snp\"\n"
              "  GT=\"het\"   (also hom, hap, ref, alt, mis)     FMT/DP>=10\n"
              "  INFO/CLNSIG~\"athogenic\"     CSQ/IMPACT=\"HIGH\"     ANN/Gene_Name=\"BRCA2\"\n"
              "Comparisons: = != < <= > >= on numbers; = != ~ !~ (regular expression, add /i "
              "to ignore case) on text. Put text in double quotes; \".\" is a missing value "
              "(INFO/DP=\".\" keeps records without a depth).\n"
              "A field with several values passes when any value passes; so does a per-sample "
              "field when any sample passes.\n"
              "Per-sample tests: FMT/DP>10 & GT=\"het\" needs one sample with both; "
              "FMT/DP>10 && GT=\"het\" lets each hold in a different sample. The same goes for "
              "annotation sub-fields and transcripts. | and || keep the same records.\n"
              "Combine with && (and), || (or), parentheses, and ! (not) before a test.");
}

} // namespace steward
