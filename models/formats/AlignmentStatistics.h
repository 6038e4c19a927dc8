#pragma once

#include <array>

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

#include "models/formats/FileProblem.h"
#include "models/formats/ReadOptions.h"

namespace steward {

/**
 * The one-pass summary of a SAM/BAM/CRAM file: every `samtools flagstat` line (QC-passed
 * and QC-failed), per-contig counts as `samtools idxstats`, MAPQ and read-length spectra.
 */
struct AlignmentStatistics
{
    /** samtools flagstat counters; index 0 = QC-passed, 1 = QC-failed. */
    struct Flagstat
    {
        std::array<qint64, 2> total{}, primary{}, secondary{}, supplementary{}, duplicates{},
            primaryDuplicates{}, mapped{}, primaryMapped{}, paired{}, read1{}, read2{},
            properlyPaired{}, withItselfAndMateMapped{}, singletons{}, mateOnDifferentChr{},
            mateOnDifferentChrMapq5{};
    } flagstat;

    struct Contig
    {
        QString name;
        qint64 length = 0;
        qint64 mapped = 0;
        qint64 unmapped = 0;
    };
    /** Header order; a last entry "*" holds unplaced unmapped reads, as idxstats. */
    QVector<Contig> contigs;

    /**
     * index = MAPQ (0..255; 256 entries once a file was read) of the mapped primary records
     * (flags 0x4, 0x100 and 0x800 clear), so that each mapped read counts once; a CRAM stores
     * no MAPQ for unmapped reads, which would make BAM and CRAM twins differ.
     */
    QVector<qint64> mapqHistogram;
    /**
     * index = query length (SEQ length, 0 for "*") of the primary records (0x100 and 0x800
     * clear), mapped or not: each read once, as `samtools stats` RL. Sized to the longest.
     */
    QVector<qint64> readLengthHistogram;
    QStringList readGroups; // @RG ID values
    QStringList samples;    // distinct @RG SM values

    /** Exactly the object `samtools flagstat -O json` prints (same keys and shape). */
    QJsonObject flagstatJson() const;
    /** Byte for byte the text `samtools flagstat -O json` prints. */
    QString flagstatJsonText() const;
    /** Byte for byte the text `samtools flagstat -O tsv` prints. */
    QString flagstatTsv() const;
    /**
     * {"flagstat": flagstatJson(), "contigs": [{"name", "length", "mapped", "unmapped"}...],
     *  "mapq": [[mapq, count]...], "read_lengths": [[length, count]...] (non-zero bins only),
     *  "mapq_bins": n, "read_length_bins": n (the vector sizes), "read_groups": [...],
     *  "samples": [...]}
     */
    QJsonObject toJson() const;
    static AlignmentStatistics fromJson(const QJsonObject& json);
    /** The text `samtools flagstat` prints, line for line. */
    QString flagstatText() const;
    /** The text `samtools idxstats` prints: name, length, mapped, unmapped; "*" last. */
    QString idxstatsText() const;

    /**
     * A percentage as samtools prints it: n / total computed in single precision, times
     * 100, "%.2f"; empty when total is 0 (samtools prints "N/A" or null).
     */
    static QString percent(qint64 n, qint64 total);
};

/** What one streaming pass over a SAM/BAM/CRAM yields. */
struct AlignmentScan
{
    QString headerText;
    AlignmentStatistics statistics;
    FileProblems problems;
    /**
     * The local reference found for a CRAM and handed to htslib (a FASTA path, or the
     * REF_PATH cache folder); empty for SAM/BAM or when none was found.
     */
    QString referenceUsed;
    /** False when the statistics miss records: cancelled, unreadable record, truncated file. */
    bool complete = false;
    bool cancelled = false;
};

/**
 * Reads a SAM/BAM/CRAM once, streaming, with htslib's thread pool.
 *
 * CRAM is decoded without its reference: the statistics need flags, reference ids, MAPQ and
 * read lengths, and htslib only fetches a reference when it decodes bases. The read length
 * comes with the qualities (the RL series is decoded with QS), which makes a CRAM slower to
 * read than for `samtools flagstat` alone, but exact. When the CRAM stores its bases against
 * an external reference and none is found locally (CramReference), a "missing-reference"
 * Error names what is needed; the statistics are still complete.
 *
 * Problems, never a crash: "truncated" (no EOF marker: htslib only warns), and
 * "malformed-record" at "record N" ("record N, line L" for SAM text) where htslib stops.
 * A file without the EOF marker, and SAM text, are read on the calling thread: htslib 1.16
 * can deadlock checking a truncated file's EOF from its pool, and its threaded SAM parser
 * loses the records and the line number before a bad line.
 */
class AlignmentStatsReader final
{
    Q_DECLARE_TR_FUNCTIONS(AlignmentStatsReader)

public:
    /** Returns false only when the file cannot be opened or its header read (error set). */
    static bool read(const QString& path, const ReadOptions& options, AlignmentScan* out,
                     QString* error);
};

} // namespace steward
