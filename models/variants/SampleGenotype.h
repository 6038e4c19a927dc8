#pragma once

#include <vector>

#include <htslib/vcf.h>

#include <QCoreApplication>
#include <QString>

namespace steward {

/**
 * One sample's call at one record as a clinician's table shows it: the genotype as
 * `bcftools query -f '[%GT]'` prints it, zygosity, depth (FORMAT/DP), allele fraction
 * (from FORMAT/AD) and genotype quality (FORMAT/GQ). Reads only that sample's values, so it
 * costs the same in a file of three samples or of thousands.
 */
class SampleGenotype final
{
    Q_DECLARE_TR_FUNCTIONS(SampleGenotype)

public:
    /** Zygosity as htslib's bcf_gt_type() and `bcftools stats` count it. */
    enum class Zygosity
    {
        Missing,    // no GT, or any allele '.' ("./1" too, as bcftools counts it)
        HomRef,     // 0/0, and haploid 0
        Het,        // 0/1, and 1/2 (two different ALT alleles)
        HomAlt,     // 1/1
        Hemizygous, // haploid ALT, such as a male's X: "1"
    };

    /**
     * Sample @p sample (0-based) of @p record. FORMAT fields are found by name in @p header;
     * a field the file does not have is reported as missing, never guessed.
     */
    static SampleGenotype read(const bcf_hdr_t* header, bcf1_t* record, int sample);

    /** "0/1", "1|0", "./.", "1" (haploid); empty when the record has no GT. */
    const QString& text() const { return m_text; }
    Zygosity zygosity() const { return m_zygosity; }
    /** The called alleles (0 REF, 1.. ALT, -1 missing), in GT order. */
    const std::vector<int>& alleles() const { return m_alleles; }
    bool isPhased() const { return m_phased; }

    /** FORMAT/DP; -1 when missing. */
    int depth() const { return m_depth; }
    /** FORMAT/GQ (rounded when written as a float); -1 when missing. */
    int quality() const { return m_quality; }
    /** FORMAT/AD per allele (REF first); -1 for a missing value; empty when absent. */
    const std::vector<int>& alleleDepths() const { return m_alleleDepths; }

    /**
     * The fraction of reads supporting ALT allele @p allele (1-based) out of all AD reads,
     * or with 0 every ALT allele together. NaN when AD is absent, has a missing value, or
     * sums to zero.
     */
    double alleleFraction(int allele = 0) const;

    /** The zygosity in words for a table cell ("het", "hom-alt"). */
    static QString zygosityLabel(Zygosity zygosity);

private:
    QString m_text;
    Zygosity m_zygosity = Zygosity::Missing;
    std::vector<int> m_alleles;
    bool m_phased = false;
    int m_depth = -1;
    int m_quality = -1;
    std::vector<int> m_alleleDepths;
};

} // namespace steward
