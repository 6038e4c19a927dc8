#pragma once

#include <atomic>
#include <limits>
#include <string_view>
#include <vector>

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include "models/variants/AnnotationSchema.h"
#include "models/variants/ClinVarAnnotation.h"
#include "models/variants/Consequence.h"

namespace steward {

/**
 * Everything one VCF/BCF record says, for the variant detail pane: the site columns, every
 * INFO field with its header definition, every transcript of each annotation tag with all its
 * named sub-fields, the ClinVar fields in words, and every sample's FORMAT values.
 *
 * Values are the VCF text htslib writes (what `bcftools query` prints), so a cell can be
 * compared with, and pasted next to, the file itself. The sample table keeps all its cells
 * in one buffer, so a record of thousands of samples costs one allocation, not one per cell.
 */
struct VariantRecordDetail
{
    Q_DECLARE_TR_FUNCTIONS(VariantRecordDetail)

public:
    /** Rows of UTF-8 text cells kept in one buffer; cells are appended row by row. */
    class TextTable
    {
    public:
        /** Empties the table and sets its width (@p columns cells per row). */
        void reset(int columns, int expectedRows = 0, qsizetype expectedBytes = 0);
        /** Appends the next cell; a row is complete after columnCount() cells. */
        void append(std::string_view text);
        void append(const QString& text);

        int rowCount() const { return m_columns ? int(m_ends.size()) / m_columns : 0; }
        int columnCount() const { return m_columns; }
        std::string_view raw(int row, int column) const;
        QString text(int row, int column) const;
        /** Bytes held by the cells (for checks that the table stays compact). */
        qsizetype byteSize() const { return m_text.size(); }

    private:
        int m_columns = 0;
        QByteArray m_text;
        std::vector<quint32> m_ends; // end offset of each cell in m_text
    };

    /** A header definition of an INFO or FORMAT key. */
    struct FieldDefinition
    {
        QString key;
        QString number; // as the header writes it: "1", "A", "R", "G", "."
        QString type;   // "Integer", "Float", "String", "Character", "Flag"
        QString description;
    };

    /** One INFO field present in the record. */
    struct InfoField
    {
        FieldDefinition definition;
        /** The value as VCF text ("0.5,0.25"); empty for a Flag. */
        QString value;
        bool isFlag = false;
        /** True for a per-transcript annotation tag (CSQ, ANN, EFF, BCSQ). */
        bool isAnnotation = false;
    };

    /** One transcript (or other feature) entry of an annotation tag. */
    struct TranscriptInfo
    {
        int entry = 0;  // position in the tag's value, 0-based
        int allele = 0; // ALT allele it describes, 1-based; 0 when it names none of them
        int rank = 0;   // Consequence::rank() of its most severe term (smaller is worse)
        Consequence::Impact impact = Consequence::Impact::Unknown;
        bool canonical = false; // CANONICAL=YES or MANE Select
        QString worstConsequence;
    };

    /** The transcripts of one annotation tag: one row per entry, one column per sub-field. */
    struct TranscriptTable
    {
        QString tag; // "CSQ"
        AnnotationSchema::Source source = AnnotationSchema::Source::Vep;
        QStringList fields; // sub-field names, in the header's order
        int consequenceColumn = -1;
        int impactColumn = -1;
        TextTable cells;                  // the fields for display: '&' as ", ", VEP escapes undone
        std::vector<TranscriptInfo> rows; // in file order, as the cells
    };

    // Where the record came from.
    QString path;
    qint64 ordinal = -1;

    // The site.
    QString chrom;
    qint64 pos = 0; // 1-based
    QString id;     // "rs123;rs456" or "."
    QString ref;
    QStringList alts;
    double qual = std::numeric_limits<double>::quiet_NaN();
    QString qualText; // "12083.9" or "."
    QString filter;   // "PASS", "LowQual;q10" or "."
    /** Set when htslib flagged a problem while parsing the record (it is still shown). */
    QString warning;

    std::vector<InfoField> info;

    std::vector<TranscriptTable> transcripts;
    /** Why an annotation tag in the header could not be split (AnnotationSchema::problems()). */
    QStringList annotationProblems;

    // The most severe annotation, for the summary line.
    QString gene;
    QStringList genes;
    QString worstConsequence;
    Consequence::Impact impact = Consequence::Impact::Unknown;
    QString feature; // its transcript, versioned as its HGVSc names it ("ENST00000368285.3")
    QString hgvsc;   // short form, "c.2138G>A"
    QString hgvsp;   // short form, "p.Arg713Gln"
    double populationFrequency = std::numeric_limits<double>::quiet_NaN();
    QString populationFrequencySource;

    ClinVarAnnotation clinVar;

    /** The FORMAT keys of the record, in its order. */
    std::vector<FieldDefinition> format;
    /** One row per sample: the sample name, then one VCF-text cell per FORMAT key. */
    TextTable samples;

    int sampleCount() const { return samples.rowCount(); }
    int transcriptCount() const;
    /** "1:156146640 G>A" (every ALT, comma-separated). */
    QString locus() const;
    /** The sample table column of FORMAT @p key, or -1. */
    int formatColumn(const QString& key) const;

    /**
     * Reads record @p ordinal (0-based, counting every record line of the file as the variant
     * table does) of the VCF/BCF @p path into @p out.
     *
     * When the caller knows a record at or before it, from the table's row index, it passes
     * that record's BGZF @p virtualOffset and its ordinal @p firstOrdinalOfBlock, and the read
     * starts there; otherwise (and for files that are not BGZF) it starts at the first record,
     * skipping record lines without parsing them. A set @p cancel stops the read.
     *
     * Returns false with @p error naming the file and the record when it cannot be read.
     */
    static bool load(const QString& path, qint64 ordinal, VariantRecordDetail* out, QString* error,
                     qint64 virtualOffset = -1, qint64 firstOrdinalOfBlock = -1,
                     const std::atomic_bool* cancel = nullptr);
};

} // namespace steward
