#pragma once

#include <memory>
#include <optional>

#include <htslib/vcf.h>

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace steward {

class FilterProgram;

/**
 * A variant filter in bcftools' expression language (`bcftools view -i/-e`), compiled once
 * against a VCF header and then tested on records:
 *
 *     auto filter = FilterExpression::parse("QUAL>=30 && FMT/DP>=10", header, &error, &pos);
 *     if (filter && filter->matches(record)) ...
 *
 * What it accepts, and how it answers, follows bcftools 1.16's filter.c:
 * - fields: QUAL, POS, CHROM, ID, REF, ALT, FILTER, TYPE, N_ALT, N_SAMPLES; INFO/x (or bare x),
 *   FMT/x and FORMAT/x; GT; annotation sub-fields such as CSQ/IMPACT or ANN/Gene_Name
 *   (Steward's addition, see AnnotationFields);
 * - comparisons = (==), !=, <, <=, >, >= on numbers; =, !=, ~ and !~ (POSIX basic regular
 *   expressions, "/i" at the end for any case) on text; a ',' in a quoted value means "any of";
 * - a field with several values (Number=A, R, ., ALT, ID, a FORMAT field over samples) passes
 *   when any of its values passes; a missing value (".") fails <, >, = but passes != and "."
 *   tests missingness (INFO/DP=".");
 * - per-sample tests (FMT/x, GT): `&` requires both sides in the same sample, `&&` in any
 *   samples; `|` and `||` give the same records. Equal operators group right to left, as in
 *   bcftools: "A & B && C" is "A & (B && C)";
 * - Steward's additions: "!" before a test or a parenthesis (true where `bcftools view -e`
 *   would keep the record), a Flag tag alone ("INFO/DB" for "INFO/DB=1"), TYPE="snp|indel",
 *   and `&`/`&&` between tests on the same annotation tag meaning the same/any transcript entry.
 * Differences from bcftools 1.16: ID compares each ';'-separated ID (as later bcftools do); a
 * missing element inside an integer vector (AC=.,1) is missing, not INT32_MIN; subscripts
 * (AD[0]), arithmetic, functions and on-the-fly AC/AN/AF are not supported and are reported.
 *
 * The expression is copyable and, once parsed, read-only: copies share one compiled program,
 * and matches() may run on different records from any number of threads; records must be read
 * with the header given to parse(), which must outlive the expression. Evaluation reuses
 * per-thread buffers and allocates nothing once warm, except inside libc's regexec() for ~ and
 * !~, which also serialises threads that share one expression.
 */
class FilterExpression final
{
    Q_DECLARE_TR_FUNCTIONS(FilterExpression)

public:
    /** An empty expression, for members and QVariant; isValid() is false, matches() too. */
    FilterExpression() = default;

    /**
     * Compiles @p text against @p header. On failure returns nothing and sets @p error to a
     * sentence naming the problem and its position, and @p errorPosition to that 0-based
     * character position in @p text (see caretLine()).
     */
    static std::optional<FilterExpression> parse(const QString& text, const bcf_hdr_t* header,
                                                 QString* error = nullptr,
                                                 int* errorPosition = nullptr);

    /**
     * Whether @p record passes. It is unpacked as far as unpackFlags() says. @p sampleIndex
     * selects the one sample that FMT/x and GT tests look at (as if the file had only that
     * sample); -1 lets any sample pass them, bcftools' default.
     */
    bool matches(bcf1_t* record, int sampleIndex = -1) const;

    bool isValid() const { return m_program != nullptr; }
    QString text() const { return m_text; }

    /** BCF_UN_STR, BCF_UN_FLT, BCF_UN_INFO and BCF_UN_FMT as far as the filter reads them. */
    int unpackFlags() const;

    /** True when the filter has per-sample tests (FMT/x or GT), so a sample choice matters. */
    bool usesSamples() const;

    /** Notes on how the filter reads, for the user (for example about '&&' across samples). */
    QStringList hints() const { return m_hints; }

    /** Two lines: @p text, then a '^' under character @p position, for an error message. */
    static QString caretLine(const QString& text, int position);

    /** A short description of the language for a help popup. */
    static QString syntaxHelp();

private:
    QString m_text;
    std::shared_ptr<const FilterProgram> m_program;
    QStringList m_hints;
};

} // namespace steward
