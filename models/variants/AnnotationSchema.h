#pragma once

#include <memory>
#include <vector>

#include <htslib/vcf.h>

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include "models/variants/AnnotationFields.h"

namespace steward {

/**
 * What a VCF header says about a file's annotations, read once per file so that decoding a
 * record (VariantAnnotation::decode) needs no header parsing, regular expression or name
 * lookup: the per-transcript annotation tags (VEP `CSQ`, SnpEff `ANN` and its predecessor
 * `EFF`, bcftools csq `BCSQ`) with their sub-field order as the header's Description declares
 * it, the ClinVar INFO tags present, and the population allele-frequency tags.
 *
 * Build it with fromHeader() when a file is opened and keep it beside the header; copies are
 * cheap (the data is shared and immutable).
 */
class AnnotationSchema final
{
    Q_DECLARE_TR_FUNCTIONS(AnnotationSchema)

public:
    enum class Source
    {
        Vep,          // Ensembl VEP, INFO/CSQ
        SnpEff,       // SnpEff 4+, INFO/ANN
        SnpEffLegacy, // SnpEff 3, INFO/EFF: "Effect(Impact|...)"
        BcftoolsCsq,  // bcftools csq, INFO/BCSQ
    };

    /** One per-transcript annotation tag and where Steward finds what it shows. */
    struct Layout
    {
        Source source = Source::Vep;
        QString tag; // "CSQ"
        int infoId = -1;
        AnnotationFields fields; // sub-field names, in the header's order

        // Sub-field indexes, -1 when the annotator did not write that field.
        int allele = -1;        // Allele
        int alleleNumber = -1;  // ALLELE_NUM (VEP --allele_number)
        int consequence = -1;   // Consequence, Annotation, Effect
        int impact = -1;        // IMPACT, Annotation_Impact, Effect_Impact
        int symbol = -1;        // SYMBOL, Gene_Name, gene
        int geneId = -1;        // Gene, Gene_ID
        int featureType = -1;   // Feature_type
        int feature = -1;       // Feature, Feature_ID, transcript
        int biotype = -1;       // BIOTYPE, Transcript_BioType, biotype
        int exon = -1;          // EXON, Rank
        int intron = -1;        // INTRON
        int hgvsc = -1;         // HGVSc, HGVS.c
        int hgvsp = -1;         // HGVSp, HGVS.p
        int dnaChange = -1;     // dna_change (bcftools), Codon_Change (EFF)
        int proteinChange = -1; // amino_acid_change (bcftools), Amino_Acid_change (EFF)
        int canonical = -1;     // CANONICAL
        int maneSelect = -1;    // MANE_SELECT
        /** Population allele-frequency sub-fields (MAX_AF, gnomADe_AF, ...), preferred first. */
        std::vector<int> frequencyFields;

        int fieldCount() const { return fields.size(); }
        QString fieldName(int index) const { return fields.names().value(index); }
        int indexOf(const QString& name) const { return fields.indexOf(name); }
    };

    /** Header ids of the ClinVar INFO tags (as the ClinVar VCF names them), -1 when absent. */
    struct ClinVarTags
    {
        int clnsig = -1;
        int clnsigconf = -1;
        int clnrevstat = -1;
        int clndn = -1;
        int clndisdb = -1;
        int clnhgvs = -1;
        int clnvc = -1;
        int geneinfo = -1;
        int alleleid = -1;
        int rs = -1;
        int mc = -1;
        int origin = -1;
        /**
         * Old ClinVar files (2015-2017) write CLNSIG as numbers and explain them in the header
         * ("0 - Uncertain significance, 1 - not provided, ..."): code -> words, from there.
         */
        QHash<QString, QString> significanceCodes;

        bool any() const { return clnsig >= 0 || clnrevstat >= 0 || alleleid >= 0; }
    };

    /** An INFO tag holding a population allele frequency (gnomAD_AF, AF_EXAC, ...). */
    struct FrequencyTag
    {
        QString name;
        int id = -1;
        bool perAllele = false; // Number=A: one value per ALT allele
    };

    /** An empty schema: nothing to decode. */
    AnnotationSchema();

    /**
     * Reads @p header. A tag whose sub-fields cannot be read (a CSQ without "Format: ...")
     * is left out and explained in problems(); the rest of the schema is still usable.
     * @p error, when given, receives the problems as one message (empty when there are none).
     */
    /** A key's value in a header line (quotes removed, \\" unescaped); empty when absent. */
    static QString headerValue(const bcf_hrec_t* hrec, const char* key);

    static AnnotationSchema fromHeader(const bcf_hdr_t* header, QString* error = nullptr);

    /** The annotation tags found, in the order their header lines appear. */
    const std::vector<std::shared_ptr<const Layout>>& layouts() const;
    /** The first layout of @p source, or null. */
    std::shared_ptr<const Layout> layout(Source source) const;

    const ClinVarTags& clinVar() const;
    const std::vector<FrequencyTag>& frequencyTags() const;

    /** Why a tag that looked like an annotation could not be used, one sentence each. */
    const QStringList& problems() const;

    bool hasAnnotations() const { return !layouts().empty(); }

    /** The annotator's name for messages and column tooltips ("Ensembl VEP"). */
    static QString sourceName(Source source);

    /**
     * The sub-field names of SnpEff 3's EFF Description
     * ("Format: 'Effect ( Effect_Impact | ... | Exon [ | ERRORS | WARNINGS ] )'"), Effect first.
     */
    static QStringList legacyEffectNames(const QString& description);

private:
    struct Data;
    std::shared_ptr<const Data> d;
};

} // namespace steward
