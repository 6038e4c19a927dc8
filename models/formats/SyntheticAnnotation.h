#pragma once

#include <vector>

#include <htslib/vcf.h>

#include <QByteArray>

#include "models/formats/DeterministicRandom.h"
#include "models/formats/SyntheticVariants.h"

namespace steward {

/**
 * VEP-style CSQ and ClinVar-style INFO annotations for synthetic variant records. Genes
 * are real symbols at approximately their GRCh38 positions (identifiers are illustrative,
 * the data is synthetic); outside them a record is intergenic, or, for benchmark inputs,
 * falls in a made-up gene so every record carries a realistic CSQ payload.
 */
class SyntheticAnnotation final
{
public:
    struct Transcript
    {
        QByteArray id;      // ENST...version
        QByteArray protein; // ENSP...version, empty for non-coding
        QByteArray biotype;
        bool canonical = false;
        int exons = 1;
        int cdsLength = 0; // bases, 0 for non-coding
    };
    struct Gene
    {
        QByteArray symbol;
        QByteArray ensemblId;
        int hgnc = 0;
        int ncbi = 0;
        int contig = 0;   // index into SyntheticVariants::grch38()
        qint64 start = 0; // 1-based, inclusive
        qint64 end = 0;
        int strand = 1;
        std::vector<Transcript> transcripts;
        QByteArray condition; // ClinVar CLNDN spelling
    };
    /** A VEP consequence chosen by the caller (planted variants). */
    struct Effect
    {
        QByteArray consequence;
        QByteArray hgvsc; // without the transcript prefix, e.g. "c.68_69del"
        QByteArray hgvsp; // without the protein prefix, e.g. "p.Glu23ValfsTer17"
    };
    /** ClinVar fields for one record. */
    struct ClinVar
    {
        QByteArray significance; // CLNSIG, e.g. "Pathogenic"
        QByteArray reviewStatus; // CLNREVSTAT
        QByteArray condition;    // CLNDN
        int alleleId = 0;
    };

    /** The VEP CSQ field order declared in the header. */
    static const QByteArray& csqFormat();
    /** Genes with real symbols, sorted by contig and start. */
    static const std::vector<Gene>& knownGenes();
    static const Gene* knownGene(const char* symbol);
    /** The known gene overlapping contig:pos (0-based), or nullptr. */
    static const Gene* knownGeneAt(int contig, qint64 pos);
    /** Declares INFO/CSQ and, with clinVar, CLNSIG, CLNREVSTAT, CLNDN, GENEINFO, ALLELEID. */
    static bool declareHeader(bcf_hdr_t* hdr, bool clinVar);

    explicit SyntheticAnnotation(quint64 seed);

    /** A made-up protein-coding gene covering the 100 kb bin around contig:pos. */
    const Gene& pseudoGene(int contig, qint64 pos);
    /**
     * CSQ value: one entry per ALT allele and transcript of gene (one intergenic entry per
     * ALT when gene is null). effect, when given, applies to the canonical transcript.
     */
    QByteArray csq(const SyntheticVariants::Site& site, const Gene* gene,
                   const QByteArray& clinSig = QByteArray(), const Effect* effect = nullptr);
    /** A plausible ClinVar assertion for a variant in gene (mostly benign or uncertain). */
    ClinVar randomClinVar(const Gene& gene, const SyntheticVariants::Site& site);
    /** Writes the ClinVar INFO fields. */
    static bool fillClinVar(const bcf_hdr_t* hdr, bcf1_t* rec, const Gene& gene,
                            const ClinVar& clinVar);

private:
    struct Chosen
    {
        QByteArray consequence;
        QByteArray impact;
        QByteArray hgvsc;
        QByteArray hgvsp;
        QByteArray exon;
        QByteArray intron;
        int cdsPos = 0;
        QByteArray aminoAcids;
        QByteArray codons;
    };
    void chooseEffect(const SyntheticVariants::Site& site, int alt, const Gene& gene,
                      const Transcript& tx, int region, Chosen* out);
    static QByteArray impactOf(const QByteArray& consequence);

    DeterministicRandom m_random;
    Gene m_pseudo;
    qint64 m_pseudoKey = -1;
};

} // namespace steward
