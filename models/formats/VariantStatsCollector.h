#pragma once

#include <array>
#include <cstdint>
#include <vector>

#include <htslib/vcf.h>

#include "models/formats/VariantStatistics.h"

namespace steward {

/**
 * Counts, one record at a time, what `bcftools stats` 1.16 counts (vcfstats.c: do_vcf_stats,
 * init_iaf, do_snp_stats, do_indel_stats, do_sample_stats), with htslib's own variant typing.
 * Where bcftools would stop the whole run (inconsistent AC/AN, a genotype naming an allele the
 * record lacks), it reports an issue instead and goes on.
 */
class VariantStatsCollector final
{
public:
    /** What add() met that makes `bcftools stats` exit; the record is still counted. */
    enum Issue : unsigned
    {
        NoIssue = 0,
        /** INFO/AN is smaller than the sum of INFO/AC: allele frequencies left unknown. */
        AlleleCountsExceedNumber = 1u << 0,
        /** INFO/AC is not of an integer type: allele frequencies left unknown. */
        AlleleCountsNotIntegers = 1u << 1,
        /** A genotype names an allele the record does not have: that genotype is skipped. */
        GenotypeAlleleOutOfRange = 1u << 2,
    };

    /**
     * @p header must outlive the collector (htslib may add contigs and tags to it while
     * reading). @p perSample: count genotypes as `bcftools stats -s -` does.
     */
    VariantStatsCollector(const bcf_hdr_t* header, bool perSample);

    /** Adds one record read with the header; returns a mask of Issue. */
    unsigned add(bcf1_t* record);

    /**
     * The statistics so far; contigs and samples are named from @p header. Contigs that
     * htslib added while reading are listed only when records were counted on them.
     */
    VariantStatistics statistics(const bcf_hdr_t* header) const;

private:
    struct QualCounts
    {
        qint64 transitions = 0;
        qint64 transversions = 0;
        qint64 indels = 0;
    };
    struct SampleCounters
    {
        qint64 homRef = 0;
        qint64 homAlt = 0;
        qint64 het = 0;
        qint64 hapRef = 0;
        qint64 hapAlt = 0;
        qint64 missing = 0;
        qint64 transitions = 0;
        qint64 transversions = 0;
        qint64 indels = 0;
        qint64 singletons = 0;
    };
    static constexpr int kIndelBins = 60; // bcftools' m_indel

    unsigned alleleFrequencyBins(bcf1_t* record, const bcf_fmt_t* gt);
    unsigned alleleCounts(bcf1_t* record, const bcf_fmt_t* gt, bool* known);
    void countSnp(bcf1_t* record, int qualBin);
    void countIndel(bcf1_t* record, int qualBin);
    unsigned countSamples(bcf1_t* record, const bcf_fmt_t* gt);
    QualCounts& qualCounts(int qualBin);

    const bcf_hdr_t* m_header;
    bool m_perSample;
    int m_samples;
    int m_declaredContigs; // contigs htslib adds while reading come after these
    int m_acId;
    int m_anId;
    int m_gtId;
    int m_afBins; // bcftools' m_af

    qint64 m_records = 0;
    qint64 m_noAlts = 0;
    qint64 m_snps = 0;
    qint64 m_mnps = 0;
    qint64 m_indels = 0;
    qint64 m_others = 0;
    qint64 m_multiallelic = 0;
    qint64 m_multiallelicSnp = 0;
    qint64 m_tsFirstAlt = 0;
    qint64 m_tvFirstAlt = 0;

    // By allele-frequency bin; bin 0 holds singletons, merged into bin 1 on output.
    std::vector<qint64> m_afSnps;
    std::vector<qint64> m_afTransitions;
    std::vector<qint64> m_afTransversions;
    std::vector<qint64> m_afIndels;
    // By bcftools' QUAL distribution bin (0: missing or negative; 1 + QUAL*10 below 10^5).
    std::vector<QualCounts> m_qual;
    std::array<qint64, kIndelBins> m_insertions{};
    std::array<qint64, kIndelBins> m_deletions{};
    std::vector<SampleCounters> m_sampleCounts;
    std::vector<qint64> m_contigRecords; // by rid

    // Per-record scratch, reused.
    std::vector<int> m_ac;
    std::vector<int> m_iaf;
    std::vector<int> m_alleleType;
};

} // namespace steward
