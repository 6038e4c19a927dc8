#include "models/variants/VariantBlockReader.h"

#include <cmath>

#include <QFile>

#include <htslib/bgzf.h>

#include "models/formats/VariantStatistics.h"
#include "models/variants/AnnotationSchema.h"
#include "models/variants/SampleGenotype.h"
#include "models/variants/VariantAnnotation.h"
#include "models/variants/VariantRowIndex.h"

namespace steward {

VariantBlockReader::VariantBlockReader() = default;
VariantBlockReader::~VariantBlockReader() = default;

bool VariantBlockReader::open(const QString& path, QString* error)
{
    m_path = path;
    m_seekable = VariantRowIndexBuilder::isSeekable(path, nullptr);
    if (!rewind(error))
        return false;
    QString schemaError;
    m_schema = std::make_unique<AnnotationSchema>(
        AnnotationSchema::fromHeader(m_header.get(), &schemaError));
    m_record.reset(bcf_init());
    return true;
}

bool VariantBlockReader::rewind(QString* error)
{
    m_header.reset();
    m_file.reset(hts_open(QFile::encodeName(m_path).constData(), "r"));
    if (!m_file) {
        *error = tr("Cannot open %1.").arg(m_path);
        return false;
    }
    m_header.reset(bcf_hdr_read(m_file.get()));
    if (!m_header) {
        *error = tr("Cannot read the VCF/BCF header of %1.").arg(m_path);
        return false;
    }
    m_nextOrdinal = 0;
    return true;
}

QStringList VariantBlockReader::samples() const
{
    QStringList list;
    if (!m_header)
        return list;
    for (int i = 0; i < bcf_hdr_nsamples(m_header.get()); ++i)
        list << QString::fromUtf8(m_header->samples[i]);
    return list;
}

QString VariantBlockReader::annotationKind() const
{
    if (!m_header)
        return QString();
    const auto has = [this](const char* tag) {
        return bcf_hdr_idinfo_exists(m_header.get(), BCF_HL_INFO,
                                     bcf_hdr_id2int(m_header.get(), BCF_DT_ID, tag));
    };
    if (has("CSQ"))
        return QStringLiteral("vep");
    if (has("ANN") || has("EFF"))
        return QStringLiteral("snpeff");
    if (has("BCSQ"))
        return QStringLiteral("bcsq");
    if (has("CLNSIG"))
        return QStringLiteral("clinvar");
    return QString();
}

VariantRow VariantBlockReader::decode(bcf1_t* record, qint64 ordinal, int sample) const
{
    VariantRow row;
    row.ordinal = ordinal;
    bcf_unpack(record, BCF_UN_STR | BCF_UN_FLT);
    const char* contig = bcf_seqname(m_header.get(), record);
    row.chrom = contig ? QString::fromUtf8(contig) : QString();
    row.pos = qint64(record->pos) + 1;
    row.id = QString::fromUtf8(record->d.id);
    row.ref = record->n_allele > 0 ? QString::fromUtf8(record->d.allele[0]) : QString();
    for (int i = 1; i < record->n_allele; ++i)
        row.alts << QString::fromUtf8(record->d.allele[i]);
    if (!bcf_float_is_missing(record->qual))
        row.qual = record->qual;
    if (record->d.n_flt == 0) {
        row.filter = QStringLiteral(".");
    } else {
        QStringList filters;
        for (int i = 0; i < record->d.n_flt; ++i)
            filters << QString::fromUtf8(
                bcf_hdr_int2id(m_header.get(), BCF_DT_ID, record->d.flt[i]));
        row.filter = filters.join(QLatin1Char(';'));
    }
    if (record->errcode)
        row.error = tr("htslib read this record with %1.")
                        .arg(VariantStatsReader::describeRecordErrors(record->errcode));

    if (m_schema) {
        const VariantAnnotation annotation = VariantAnnotation::decode(record, *m_schema);
        if (const VariantAnnotation::Transcript* worst = annotation.worst()) {
            row.gene = worst->gene();
            row.consequence = worst->worstConsequence();
            row.impact = Consequence::impactLabel(worst->impact());
            row.impactLevel = int(worst->impact());
            row.hgvsc = worst->hgvscShort();
            row.hgvsp = worst->hgvspShort();
        }
        for (const VariantAnnotation::Transcript* t : annotation.transcriptsInFileOrder()) {
            const QString gene = t->gene();
            if (!gene.isEmpty() && !row.genes.contains(gene))
                row.genes << gene;
        }
        const ClinVarAnnotation& clinVar = annotation.clinVar();
        row.clinicalSignificance = clinVar.significanceText();
        row.clinVarStars = row.clinicalSignificance.isEmpty() ? -1 : clinVar.stars();
        row.clinVarCategory = int(clinVar.category());
        row.condition = clinVar.conditionText();
        for (const QString& gene : clinVar.genes())
            if (!row.genes.contains(gene))
                row.genes << gene;
        if (row.gene.isEmpty() && !row.genes.isEmpty())
            row.gene = row.genes.first();
        row.populationFrequency = annotation.maxFrequency();
    }
    if (sample >= 0 && sample < bcf_hdr_nsamples(m_header.get())) {
        const SampleGenotype call = SampleGenotype::read(m_header.get(), record, sample);
        row.genotype = call.text();
        row.zygosity = SampleGenotype::zygosityLabel(call.zygosity());
        row.depth = call.depth();
        row.alleleFraction = call.alleleFraction();
        row.genotypeQuality = call.quality();
        for (int allele : call.alleles())
            row.carrier |= allele > 0;
    }
    return row;
}

bool VariantBlockReader::readBlock(qint64 offset, qint64 firstOrdinal, int count, int sample,
                                   QVector<VariantRow>* rows, QString* error)
{
    if (!m_file && !rewind(error))
        return false;
    if (m_seekable) {
        if (bgzf_seek(hts_get_bgzfp(m_file.get()), offset, SEEK_SET) < 0) {
            *error = tr("Cannot seek in %1; the file may have changed on disk.").arg(m_path);
            return false;
        }
        m_nextOrdinal = firstOrdinal;
    } else if (firstOrdinal < m_nextOrdinal && !rewind(error)) {
        return false;
    }
    rows->clear();
    rows->reserve(count);
    while (rows->size() < count) {
        const int r = bcf_read(m_file.get(), m_header.get(), m_record.get());
        if (r == -1)
            break;
        const qint64 ordinal = m_nextOrdinal++;
        if (r < -1) {
            if (ordinal < firstOrdinal)
                continue;
            VariantRow bad;
            bad.ordinal = ordinal;
            bad.error = tr("This record cannot be parsed (htslib error %1).").arg(r);
            rows->push_back(bad);
            if (m_file->format.format == bcf)
                break; // a BCF cannot be resynchronised after a damaged record
            continue;
        }
        if (ordinal < firstOrdinal)
            continue;
        rows->push_back(decode(m_record.get(), ordinal, sample));
    }
    return true;
}

} // namespace steward
