#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

#include "models/formats/FileProblem.h"
#include "models/formats/ReadOptions.h"

namespace steward {

/**
 * The one-pass summary of a VCF/BCF file. The SN numbers, Ts/Tv and the QUAL, AF, IDD and
 * PSC sections equal those of `bcftools stats` (1.16) on the same file: `bcftools stats -s -`
 * when read with ReadOptions::perSample (genotypes then also feed the allele frequencies
 * where INFO/AC,AN are absent), plain `bcftools stats` otherwise.
 */
struct VariantStatistics
{
    // bcftools stats SN section
    qint64 samples = 0;
    qint64 records = 0;
    qint64 noAlts = 0;
    qint64 snps = 0;
    qint64 mnps = 0;
    qint64 indels = 0;
    qint64 others = 0;
    qint64 multiallelicSites = 0;
    qint64 multiallelicSnpSites = 0;
    // bcftools stats TSTV section: all ALT alleles, then the first ALT allele only
    qint64 transitions = 0;
    qint64 transversions = 0;
    qint64 transitionsFirstAlt = 0;
    qint64 transversionsFirstAlt = 0;

    struct Contig
    {
        QString name;
        qint64 length = -1; // -1 when the header has no length
        qint64 records = 0;
    };
    /** Header order, then contigs seen only in records. */
    QVector<Contig> contigs;

    struct Bin
    {
        /**
         * QUAL: the bin's quality (bins are 0.1 wide up to 9999.9, then coarser), -1 for
         * records whose QUAL is missing or negative; AF: the non-reference allele frequency
         * bcftools prints; indel lengths: the length (deletions negative, +-60 means 60 or more).
         */
        double value = 0;
        /** QUAL: SNP records by their first ALT; AF: SNP alleles; indel lengths: indel alleles. */
        qint64 count = 0;
        qint64 transitions = 0;   // QUAL: first ALT only; AF: every ALT allele
        qint64 transversions = 0; // likewise
        qint64 indels = 0;        // QUAL: indel records; AF: indel alleles
    };
    QVector<Bin> qualHistogram;   // as bcftools' QUAL section
    QVector<Bin> alleleFrequency; // as bcftools' AF section (singletons merged into the first bin)
    QVector<Bin> indelLengths;    // as bcftools' IDD section, "number of sites" (deletions first)

    struct SampleCounts
    {
        QString name;
        qint64 homRef = 0;  // PSC nRefHom
        qint64 het = 0;     // PSC nHets
        qint64 homAlt = 0;  // PSC nNonRefHom
        qint64 missing = 0; // PSC nMissing
        qint64 hapRef = 0;  // PSC nHapRef
        qint64 hapAlt = 0;  // PSC nHapAlt
        qint64 transitions = 0;
        qint64 transversions = 0;
        qint64 indels = 0;
        qint64 singletons = 0;
    };
    QVector<SampleCounts> perSample; // as bcftools' PSC section (empty unless perSample)

    double tsTv() const { return transversions ? double(transitions) / transversions : 0.0; }
    /** Ts/Tv as `bcftools stats` prints it: a float ratio with two decimals. */
    QString tsTvText() const;
    /** The first-ALT Ts/Tv as `bcftools stats` prints it. */
    QString tsTvFirstAltText() const;

    /**
     * {"summary": {bcftools SN names..., "ts", "tv", "ts/tv", "ts (1st ALT)", "tv (1st ALT)"},
     *  "contigs": [...] (those with records), "qual": [[lower edge, snps, ts, tv, indels], ...] in
     * bins 1 wide below QUAL 100, 10 below 1,000, 100 below 10,000, 1,000 above (null edge: no
     * QUAL), "allele_frequency": [...], "indel_lengths": [...], "per_sample": [...]}
     */
    QJsonObject toJson() const;
    static VariantStatistics fromJson(const QJsonObject& json);

    bool operator==(const VariantStatistics& other) const;
    bool operator!=(const VariantStatistics& other) const { return !(*this == other); }
};

/** What one streaming pass over a VCF/BCF yields. */
struct VariantScan
{
    QString headerText;
    QString fileFormatVersion; // "VCFv4.2"
    QStringList samples;
    VariantStatistics statistics;
    FileProblems problems;
    /**
     * False when the statistics do not cover the whole file: the read was cancelled, stopped
     * at data it could not read, or the compressed file is truncated. Text lines htslib cannot
     * parse are skipped, as bcftools skips them, and listed in problems.
     */
    bool complete = false;
    bool cancelled = false;
};

/** Reads a VCF/VCF.gz/BCF once, streaming, with htslib's thread pool. */
class VariantStatsReader final
{
    Q_DECLARE_TR_FUNCTIONS(VariantStatsReader)

public:
    /** Returns false only when the file cannot be opened or its header read (error set). */
    static bool read(const QString& path, const ReadOptions& options, VariantScan* out,
                     QString* error);
    /** The words for htslib's BCF_ERR_* bits of bcf1_t::errcode ("a contig that ..."). */
    static QString describeRecordErrors(int errcode);
};

} // namespace steward
