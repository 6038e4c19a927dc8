#pragma once

#include <QString>

namespace steward {

/** What a file is, judged by its content (never by its name). */
struct DetectedFormat
{
    /** vcf, bcf, sam, bam, cram, fasta, fastq, fai, tbi, csi, bai, crai, gzi, bed, crypt4gh,
     *  phenopacket, ped, samplesheet, json, empty, other */
    QString format;
    QString compression; // none, gzip, bgzf, cram
    QString version;     // e.g. "4.2" for VCF, "3.1" for CRAM
    QString error;       // set when the file cannot be read at all
};

/** Detects genomic formats with htslib and clinical sidecars by sniffing their text. */
class FormatDetector final
{
public:
    static DetectedFormat detect(const QString& path);
};

} // namespace steward
