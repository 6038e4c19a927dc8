#pragma once

#include <cstdint>
#include <vector>

#include <htslib/vcf.h>

#include <QByteArray>

#include "models/formats/DeterministicRandom.h"

namespace steward {

/**
 * Makes realistic-looking, reproducible variant records for synthetic VCFs (the demo
 * workspace, benchmark inputs): SNVs with a whole-genome Ts/Tv near 2.0, indels, a few
 * multiallelic sites, a rare-heavy allele frequency spectrum, GT:DP:AD:GQ per sample with
 * sex-aware ploidy on chrX/chrY/chrM, optional Mendelian inheritance for a trio, and the
 * INFO fields a caller writes (AC, AN, AF, DP) plus a population frequency (gnomAD_AF).
 * Annotations (CSQ, ClinVar) are added by SyntheticAnnotation.
 */
class SyntheticVariants final
{
public:
    struct Contig
    {
        const char* name;
        qint64 length;
    };
    /** GRCh38 primary assembly: chr1..chr22, chrX, chrY, chrM with their real lengths. */
    static const std::vector<Contig>& grch38();
    static int contigIndex(const char* name);

    enum class Sex
    {
        Female,
        Male
    };

    /** One generated site; positions are 0-based, genotypes in htslib's encoding. */
    struct Site
    {
        int contig = 0;
        qint64 pos = 0;
        QByteArray id; // "rs..." or empty
        QByteArray ref;
        std::vector<QByteArray> alts;
        int qualHundredths = 0;
        bool lowQual = false;
        std::vector<int> altPpm;    // population frequency per ALT, parts per million
        std::vector<int> gnomadPpm; // per ALT, -1 where absent (novel)
        // Per sample: 2 GT slots, 1 DP, nAlleles AD, 1 GQ.
        std::vector<int32_t> gt;
        std::vector<int32_t> dp;
        std::vector<int32_t> ad;
        std::vector<int32_t> gq;
        std::vector<int32_t> ac; // per ALT
        int an = 0;
        int depth = 0;

        int alleleCount() const { return int(alts.size()) + 1; }
        bool isSnv() const;
        bool isIndel() const;
    };

    SyntheticVariants(quint64 seed, std::vector<Sex> sexes);

    /** Child genotypes inherit one allele from each parent, with rare de novo errors. */
    void setTrio(int child, int father, int mother);
    int sampleCount() const { return int(m_sexes.size()); }

    /**
     * Declares the contigs, FILTER LowQual, INFO AC/AN/AF/DP/gnomAD_AF and FORMAT
     * GT/DP/AD/GQ. Call before adding samples.
     */
    static bool declareHeader(bcf_hdr_t* hdr);

    /** How many of `total` records each GRCh38 contig gets (by length; chrM a fixed few). */
    static std::vector<qint64> recordsPerContig(qint64 total);
    /**
     * The next 0-based position after `current` (or the first, when current < 0) leaving
     * room for `remaining` further records before the contig end: streaming and sorted.
     */
    qint64 nextPosition(qint64 current, qint64 contigLength, qint64 remaining);

    /** Draws alleles, frequencies, genotypes and quality for a site at contig:pos. */
    void makeSite(int contig, qint64 pos, Site* site);
    /** As makeSite() but with the given alleles and population frequency. */
    void makeSiteWith(int contig, qint64 pos, const QByteArray& ref,
                      const std::vector<QByteArray>& alts, int altPpm, Site* site);
    /** Makes `sample` carry `copies` (0, 1 or 2) of ALT 1, and recomputes the counts. */
    void setCarrier(Site* site, int sample, int copies);

    /** Fills rec: CHROM..FILTER, INFO AC/AN/AF/DP/gnomAD_AF and FORMAT GT:DP:AD:GQ. */
    bool fill(const bcf_hdr_t* hdr, bcf1_t* rec, const Site& site);

private:
    int ploidy(int contig, qint64 pos, int sample) const;
    void drawAlleles(Site* site);
    void drawFrequencies(Site* site);
    void drawGenotypes(Site* site);
    int drawAllele(const Site& site);
    void drawReads(Site* site, int sample);
    void finishSite(Site* site);

    DeterministicRandom m_random;
    std::vector<Sex> m_sexes;
    int m_child = -1;
    int m_father = -1;
    int m_mother = -1;
    std::vector<float> m_floats;
};

} // namespace steward
