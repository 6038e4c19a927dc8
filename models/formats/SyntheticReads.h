#pragma once

#include <string>
#include <vector>

#include <htslib/sam.h>

#include <QByteArray>

#include "models/formats/DeterministicRandom.h"
#include "models/formats/SyntheticReference.h"

namespace steward {

/**
 * Streams reproducible paired-end alignments against a SyntheticReference, in coordinate
 * order, as a sorted BAM/CRAM needs them: proper pairs with binned Illumina qualities and
 * sequencing errors (NM/MD consistent with the reference), soft clips, small indels, and
 * the flag mix flagstat reports: duplicates, QC failures, secondary and supplementary
 * alignments, mates on other contigs, unmapped mates and unmapped pairs at the end.
 * Memory stays bounded: only records waiting for their position are held.
 */
class SyntheticReads final
{
public:
    struct Params
    {
        qint64 pairs = 10000; // templates, including the unmapped ones
        int readLength = 150;
        int fragmentMean = 350;
        QByteArray runPrefix = "A00123:45:HVWKJDSXY"; // instrument:run:flowcell
        std::vector<QByteArray> readGroups = {"1"};   // RG:Z values; read names use lane = i + 1
        // Rates in parts per million of templates.
        quint32 duplicatePpm = 40000;
        quint32 qcFailPpm = 2000;
        quint32 mateUnmappedPpm = 6000;
        quint32 bothUnmappedPpm = 3000;
        quint32 crossContigPpm = 3000;
        quint32 secondaryPpm = 4000;
        quint32 supplementaryPpm = 8000;
        quint32 softClipPpm = 40000;
        quint32 indelPpm = 20000;
        quint32 lowMapqPpm = 40000;
    };

    SyntheticReads(const SyntheticReference& reference, const Params& params, quint64 seed);

    /** Fills rec with the next record in coordinate order: 1, or 0 at the end, -1 on error. */
    int next(bam1_t* rec);

private:
    enum class ShapeKind : quint8
    {
        Full,
        ClipLeft,
        ClipRight,
        Deletion,
        Insertion,
        HardLeft,
        HardRight,
        NoSequence,
        Unmapped
    };
    struct Shape
    {
        ShapeKind kind = ShapeKind::Full;
        quint16 a = 0;
        quint16 b = 0;
    };
    struct Spec
    {
        int tid = -1;
        qint64 pos = -1;
        quint64 order = 0;
        quint16 flag = 0;
        quint8 mapq = 0;
        quint8 readGroup = 0;
        int mtid = -1;
        qint64 mpos = -1;
        qint64 tlen = 0;
        quint64 templ = 0;
        quint64 seed = 0;
        Shape shape;
        Shape mateShape;
        bool mateMapped = false;
        // The other part of a chimeric read, for the SA tag.
        bool chimeric = false;
        qint64 saPos = 0;
        Shape saShape;
        quint64 saSeed = 0;
        bool saReverse = false;
        quint8 saMapq = 0;
    };
    struct Later
    {
        bool operator()(const Spec& x, const Spec& y) const
        {
            // Unmapped (tid -1) records come last in a coordinate-sorted file.
            const quint64 tx = quint64(quint32(x.tid)), ty = quint64(quint32(y.tid));
            if (tx != ty)
                return tx > ty;
            if (x.pos != y.pos)
                return x.pos > y.pos;
            return x.order > y.order;
        }
    };

    int refSpan(const Shape& s) const;
    void cigarOf(const Shape& s, std::vector<uint32_t>* cigar) const;
    QByteArray cigarText(const Shape& s) const;
    /** Query bases/qualities of an alignment of contig m_contig at pos; returns NM. */
    int makeQuery(qint64 pos, const Shape& shape, quint64 seed, bool withMd);
    void generateTemplate();
    void generateUnmappedPair();
    Shape randomShape(bool leftRead);
    quint8 randomMapq();
    void push(Spec spec);
    bool emittable(const Spec& s) const;
    bool build(const Spec& spec, bam1_t* rec);
    QByteArray readName(quint64 templ, int readGroup) const;

    const SyntheticReference& m_reference;
    Params m_params;
    DeterministicRandom m_random;
    std::vector<qint64> m_templatesPerContig;
    qint64 m_unmappedLeft = 0;
    int m_contig = -1;
    QByteArray m_sequence; // upper-cased current contig
    qint64 m_frontier = -1;
    qint64 m_cursor = 0;
    qint64 m_lastStart = -1;
    int m_lastFragment = 0;
    quint64 m_templ = 0;
    quint64 m_order = 0;
    std::vector<Spec> m_heap;
    std::vector<Spec> m_tail; // the unmapped pair's second read
    // Scratch buffers reused for every record.
    std::string m_seq;
    std::string m_qual;
    std::string m_md;
    std::vector<uint32_t> m_cigar;
};

} // namespace steward
