#pragma once

#include <limits>
#include <memory>
#include <string_view>
#include <vector>

#include <htslib/vcf.h>

#include <QByteArray>
#include <QString>
#include <QStringList>

#include "models/variants/AnnotationSchema.h"
#include "models/variants/ClinVarAnnotation.h"
#include "models/variants/Consequence.h"

namespace steward {

/**
 * The annotations of one VCF record decoded for display, per ALT allele: every transcript
 * entry of CSQ/ANN/EFF/BCSQ with all its named fields, most severe consequence first; the
 * population allele frequency; and the record's ClinVar fields.
 *
 * decode() copies each annotation value once and splits it in place; fields are decoded
 * only when asked for, so a table decoding its ~50 visible rows stays cheap.
 */
class VariantAnnotation final
{
public:
    using Impact = Consequence::Impact;
    using Layout = AnnotationSchema::Layout;

    /** One entry of an annotation tag: a transcript or other feature and its consequence. */
    class Transcript
    {
    public:
        const Layout& layout() const { return *m_layout; }
        AnnotationSchema::Source source() const { return m_layout->source; }
        /** Its position among the tag's entries in the record (0-based). */
        int entryIndex() const { return m_entry; }
        /** The ALT allele it describes (1-based), or 0 when it could not be matched to one. */
        int allele() const { return m_allele; }

        /** The entry as written in the file (for EFF: "Effect|Impact|..." without brackets). */
        std::string_view entry() const;
        int fieldCount() const { return m_layout->fieldCount(); }
        /** Field @p field as written ("intron_variant&non_coding_transcript_variant"). */
        std::string_view raw(int field) const;
        /** Field @p field for display: '&' becomes ", ", VEP's %3B, %3D, %2C escapes undone. */
        QString text(int field) const;
        QString text(const QString& name) const { return text(m_layout->indexOf(name)); }
        /** The '&'-separated values of field @p field, escapes undone. */
        QStringList values(int field) const;

        /** Its consequence terms as written, most severe first. */
        QStringList consequences() const;
        /** Its most severe consequence term as written ("stop_gained"). */
        QString worstConsequence() const;
        /** Consequence::rank() of its most severe term (smaller is more severe). */
        int rank() const { return m_rank; }
        /** The IMPACT field, or the Ensembl impact of its most severe term. */
        Impact impact() const { return m_impact; }
        /** VEP's CANONICAL=YES, or a MANE Select transcript. */
        bool isCanonical() const { return m_canonical; }

        QString gene() const { return text(m_layout->symbol); }
        QString geneId() const { return text(m_layout->geneId); }
        QString feature() const { return text(m_layout->feature); }
        QString biotype() const { return text(m_layout->biotype); }
        QString exon() const { return text(m_layout->exon); }
        /** HGVSc as written, escapes undone ("ENST00000357654.9:c.5266dup"). */
        QString hgvsc() const { return text(m_layout->hgvsc); }
        /** HGVSp as written, escapes undone ("ENSP00000350283.3:p.Gln1756ProfsTer74"). */
        QString hgvsp() const { return text(m_layout->hgvsp); }
        /** HGVSc without the transcript ("c.5266dup"); bcftools' dna_change when there is none. */
        QString hgvscShort() const;
        /** HGVSp without the protein ("p.Gln1756ProfsTer74"); bcftools' amino_acid_change when
         * there is none. */
        QString hgvspShort() const;

    private:
        friend class VariantAnnotation;
        std::shared_ptr<const Layout> m_layout;
        QByteArray m_data; // the tag's whole value, shared by the record's transcripts
        int m_tag = 0;     // index of its layout in the schema
        int m_begin = 0;
        int m_length = 0;
        int m_entry = 0;
        int m_allele = 0;
        int m_rank = 0;
        Impact m_impact = Impact::Unknown;
        bool m_canonical = false;
    };

    /** What is known about one ALT allele. */
    struct Allele
    {
        int index = 0; // 1-based, as in GT
        QString alt;
        /** Most severe first; ties keep canonical transcripts first, then the file's order. */
        std::vector<Transcript> transcripts;
        /** The highest population allele frequency found for it; NaN when none. */
        double frequency = std::numeric_limits<double>::quiet_NaN();
        /** Where frequency came from: an INFO tag ("gnomAD_AF") or "CSQ/MAX_AF". */
        QString frequencySource;

        const Transcript* worst() const { return transcripts.empty() ? nullptr : &transcripts[0]; }
    };

    /** Decodes @p record with @p schema, built from the header the record was read with. */
    static VariantAnnotation decode(bcf1_t* record, const AnnotationSchema& schema);

    const std::vector<Allele>& alleles() const { return m_alleles; }
    /** ALT allele @p index (1-based), or null. */
    const Allele* allele(int index) const;
    /** Entries of a multi-allelic record that name no ALT allele it has; most severe first. */
    const std::vector<Transcript>& unassigned() const { return m_unassigned; }
    /** The most severe transcript of the record, over all alleles. */
    const Transcript* worst() const;
    /** Every transcript in file order (by tag, then entry): what `bcftools +split-vep -d` lists. */
    std::vector<const Transcript*> transcriptsInFileOrder() const;
    const ClinVarAnnotation& clinVar() const { return m_clinVar; }

    /** The highest population allele frequency over all ALT alleles; NaN when none. */
    double maxFrequency(QString* source = nullptr) const;

    /**
     * The allele strings VEP writes in CSQ/Allele for each ALT of @p record: a base shared
     * by REF and every ALT of an indel record is dropped, and nothing left is written "-".
     */
    static QStringList vepAlleles(bcf1_t* record);
    /** "ENST00000357654.9:c.5266dup" -> "c.5266dup"; other text unchanged. */
    static QString withoutSequencePrefix(const QString& hgvs);

private:
    std::vector<Allele> m_alleles;
    std::vector<Transcript> m_unassigned;
    ClinVarAnnotation m_clinVar;
};

} // namespace steward
