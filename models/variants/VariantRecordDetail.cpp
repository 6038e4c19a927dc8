#include "models/variants/VariantRecordDetail.h"

#include <cmath>
#include <cstring>
#include <memory>

#include <htslib/bgzf.h>
#include <htslib/kstring.h>
#include <htslib/vcf.h>

#include <QFile>

#include "models/formats/HtsHandles.h"
#include "models/variants/VariantAnnotation.h"

namespace steward {
namespace {

/** A kstring_t freed on every path; reused for each cell so formatting allocates once. */
class KString final
{
public:
    KString() = default;
    ~KString() { ks_free(&m_s); }
    KString(const KString&) = delete;
    KString& operator=(const KString&) = delete;

    kstring_t* get() { return &m_s; }
    void clear() { m_s.l = 0; }
    std::string_view view() const
    {
        return m_s.s ? std::string_view(m_s.s, m_s.l) : std::string_view();
    }

private:
    kstring_t m_s = KS_INITIALIZE;
};

std::string_view toView(const QByteArray& bytes)
{
    return std::string_view(bytes.constData(), size_t(bytes.size()));
}

/** A header value without its quotes and with \" unescaped (Description="..."). */
QString hrecValue(const bcf_hrec_t* hrec, const char* key)
{
    return AnnotationSchema::headerValue(hrec, key);
}

/** The header line of INFO or FORMAT (@p lineType) key @p id. */
VariantRecordDetail::FieldDefinition definitionOf(const bcf_hdr_t* header, int lineType, int id)
{
    VariantRecordDetail::FieldDefinition d;
    if (id < 0 || id >= header->n[BCF_DT_ID])
        return d;
    d.key = QString::fromUtf8(bcf_hdr_int2id(header, BCF_DT_ID, id));
    if (!bcf_hdr_idinfo_exists(header, lineType, id))
        return d;
    const bcf_hrec_t* hrec = bcf_hdr_id2hrec(header, BCF_DT_ID, lineType, id);
    d.number = hrecValue(hrec, "Number");
    d.type = hrecValue(hrec, "Type");
    d.description = hrecValue(hrec, "Description");
    return d;
}

/** A string value of @p length bytes, up to its first NUL (htslib pads with NULs). */
std::string_view stringValue(const uint8_t* data, int length)
{
    const char* p = reinterpret_cast<const char*>(data);
    return std::string_view(p, strnlen(p, size_t(std::max(0, length))));
}

/** One INFO value as VCF text, as htslib's vcf_format() and `bcftools query` write it. */
void formatInfo(const bcf_info_t* info, KString* out)
{
    out->clear();
    if (info->type == BCF_BT_CHAR) {
        const std::string_view s = stringValue(info->vptr, info->len);
        kputsn(s.data(), s.size(), out->get());
    } else if (info->len == 1) {
        switch (info->type) {
        case BCF_BT_INT8:
            if (info->v1.i == bcf_int8_missing)
                kputc('.', out->get());
            else
                kputw(info->v1.i, out->get());
            break;
        case BCF_BT_INT16:
            if (info->v1.i == bcf_int16_missing)
                kputc('.', out->get());
            else
                kputw(info->v1.i, out->get());
            break;
        case BCF_BT_INT32:
            if (info->v1.i == bcf_int32_missing)
                kputc('.', out->get());
            else
                kputw(info->v1.i, out->get());
            break;
        case BCF_BT_FLOAT:
            if (bcf_float_is_missing(info->v1.f))
                kputc('.', out->get());
            else
                kputd(info->v1.f, out->get());
            break;
        default:
            break;
        }
    } else {
        bcf_fmt_array(out->get(), info->len, info->type, info->vptr);
    }
    if (out->get()->l == 0)
        kputc('.', out->get());
}

/** Sample @p sample's value of FORMAT @p fmt as VCF text ("0/1", "12,3", "."). */
void formatSample(bcf_fmt_t* fmt, int sample, bool isGenotype, KString* out)
{
    out->clear();
    if (isGenotype) {
        bcf_format_gt(fmt, sample, out->get());
    } else if (fmt->type == BCF_BT_CHAR) {
        const std::string_view s = stringValue(fmt->p + size_t(sample) * fmt->size, fmt->size);
        kputsn(s.data(), s.size(), out->get());
    } else {
        bcf_fmt_array(out->get(), fmt->n, fmt->type, fmt->p + size_t(sample) * fmt->size);
    }
    if (out->get()->l == 0)
        kputc('.', out->get());
}

QString fromView(std::string_view v)
{
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}

bool isCancelled(const std::atomic_bool* cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

} // namespace

// ---- TextTable ----------------------------------------------------------------------------

void VariantRecordDetail::TextTable::reset(int columns, int expectedRows, qsizetype expectedBytes)
{
    m_columns = std::max(0, columns);
    m_text.clear();
    m_ends.clear();
    if (expectedBytes > 0)
        m_text.reserve(expectedBytes);
    if (expectedRows > 0)
        m_ends.reserve(size_t(expectedRows) * size_t(m_columns));
}

void VariantRecordDetail::TextTable::append(std::string_view text)
{
    m_text.append(text.data(), qsizetype(text.size()));
    m_ends.push_back(quint32(m_text.size()));
}

void VariantRecordDetail::TextTable::append(const QString& text)
{
    append(toView(text.toUtf8()));
}

std::string_view VariantRecordDetail::TextTable::raw(int row, int column) const
{
    if (row < 0 || column < 0 || column >= m_columns)
        return {};
    const size_t cell = size_t(row) * size_t(m_columns) + size_t(column);
    if (cell >= m_ends.size())
        return {};
    const quint32 begin = cell == 0 ? 0 : m_ends[cell - 1];
    return std::string_view(m_text.constData() + begin, m_ends[cell] - begin);
}

QString VariantRecordDetail::TextTable::text(int row, int column) const
{
    return fromView(raw(row, column));
}

// ---- VariantRecordDetail ------------------------------------------------------------------

int VariantRecordDetail::transcriptCount() const
{
    int n = 0;
    for (const TranscriptTable& t : transcripts)
        n += int(t.rows.size());
    return n;
}

QString VariantRecordDetail::locus() const
{
    return QStringLiteral("%1:%2 %3>%4")
        .arg(chrom)
        .arg(pos)
        .arg(ref, alts.isEmpty() ? QStringLiteral(".") : alts.join(QLatin1Char(',')));
}

int VariantRecordDetail::formatColumn(const QString& key) const
{
    for (size_t i = 0; i < format.size(); ++i)
        if (format[i].key == key)
            return int(i) + 1;
    return -1;
}

bool VariantRecordDetail::load(const QString& path, qint64 ordinal, VariantRecordDetail* out,
                               QString* error, qint64 virtualOffset, qint64 firstOrdinalOfBlock,
                               const std::atomic_bool* cancel)
{
    QString ignored;
    QString& message = error ? *error : ignored;
    if (ordinal < 0) {
        message = tr("No record to show: record number %1 is not valid.").arg(ordinal);
        return false;
    }
    HtsFilePtr fp(hts_open(QFile::encodeName(path).constData(), "r"));
    if (!fp) {
        message = tr("Cannot open %1: %2.").arg(path, QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    const htsFormat* format = hts_get_format(fp.get());
    if (format->format != vcf && format->format != bcf) {
        message = tr("%1 is not a VCF or BCF file.").arg(path);
        return false;
    }
    BcfHeaderPtr header(bcf_hdr_read(fp.get()));
    if (!header) {
        message = tr("Cannot read the VCF/BCF header of %1.").arg(path);
        return false;
    }

    // Start at the nearest known record when the caller gave one and the file can seek.
    qint64 next = 0;
    if (virtualOffset >= 0 && firstOrdinalOfBlock >= 0 && firstOrdinalOfBlock <= ordinal &&
        format->compression == bgzf) {
        if (bgzf_seek(hts_get_bgzfp(fp.get()), virtualOffset, SEEK_SET) < 0) {
            message = tr("Cannot seek to record %1 in %2; the file may have changed on disk. "
                         "Open it again.")
                          .arg(firstOrdinalOfBlock + 1)
                          .arg(path);
            return false;
        }
        next = firstOrdinalOfBlock;
    }

    // Skip to the record: VCF lines are skipped without parsing (the table counts every
    // record line, an empty one too), BCF records are read raw, without unpacking.
    BcfRecordPtr record(bcf_init());
    const bool text = format->format == vcf;
    KString line;
    for (; next < ordinal; ++next) {
        if ((next & 1023) == 0 && isCancelled(cancel)) {
            message = tr("Reading record %1 of %2 was cancelled.").arg(ordinal + 1).arg(path);
            return false;
        }
        const int r = text ? hts_getline(fp.get(), '\n', line.get())
                           : bcf_read(fp.get(), header.get(), record.get());
        if (r == -1) {
            message = tr("%1 has %2 records; record %3 is past its end. The file may have "
                         "changed on disk: open it again.")
                          .arg(path)
                          .arg(next)
                          .arg(ordinal + 1);
            return false;
        }
        if (r < -1 && !text) {
            message = tr("Record %1 of %2 cannot be read, so the records after it cannot be "
                         "found (a BCF cannot be read past a damaged record).")
                          .arg(next + 1)
                          .arg(path);
            return false;
        }
        if (r < -1) {
            message = tr("%1 cannot be read after record %2: the compressed data is damaged.")
                          .arg(path)
                          .arg(next);
            return false;
        }
    }
    const int r = bcf_read(fp.get(), header.get(), record.get());
    if (r == -1) {
        message = tr("%1 has %2 records; record %3 is past its end. The file may have changed "
                     "on disk: open it again.")
                      .arg(path)
                      .arg(ordinal)
                      .arg(ordinal + 1);
        return false;
    }
    if (r < -1) {
        message = tr("Record %1 of %2 cannot be parsed (htslib error %3); check the line with "
                     "`bcftools view`.")
                      .arg(ordinal + 1)
                      .arg(path)
                      .arg(r);
        return false;
    }
    if (isCancelled(cancel)) {
        message = tr("Reading record %1 of %2 was cancelled.").arg(ordinal + 1).arg(path);
        return false;
    }
    bcf1_t* rec = record.get();
    const bcf_hdr_t* hdr = header.get();
    bcf_unpack(rec, BCF_UN_ALL);

    VariantRecordDetail d;
    d.path = path;
    d.ordinal = ordinal;

    // The site.
    const char* contig = bcf_seqname(hdr, rec);
    d.chrom = contig ? QString::fromUtf8(contig) : QStringLiteral("?");
    d.pos = qint64(rec->pos) + 1;
    d.id = QString::fromUtf8(rec->d.id ? rec->d.id : ".");
    d.ref = rec->n_allele > 0 ? QString::fromUtf8(rec->d.allele[0]) : QStringLiteral(".");
    for (int i = 1; i < int(rec->n_allele); ++i)
        d.alts << QString::fromUtf8(rec->d.allele[i]);
    KString cell;
    if (bcf_float_is_missing(rec->qual)) {
        d.qualText = QStringLiteral(".");
    } else {
        d.qual = rec->qual;
        kputd(rec->qual, cell.get());
        d.qualText = fromView(cell.view());
    }
    if (rec->d.n_flt == 0) {
        d.filter = QStringLiteral(".");
    } else {
        QStringList filters;
        for (int i = 0; i < rec->d.n_flt; ++i)
            filters << QString::fromUtf8(bcf_hdr_int2id(hdr, BCF_DT_ID, rec->d.flt[i]));
        d.filter = filters.join(QLatin1Char(';'));
    }
    if (rec->errcode)
        d.warning = tr("htslib reported a problem in this record (error code %1): some "
                       "values may be missing. Check the line with `bcftools view`.")
                        .arg(rec->errcode);
    else if (rec->pos < 0 || rec->n_allele == 0)
        // htslib 1.16 reads a truncated line ("1\tnot-a-number") without an error code.
        d.warning = tr("This record line is incomplete or damaged (no valid POS or REF): the "
                       "values shown are what could be read. Check the line with `bcftools "
                       "view`.");

    // Annotations.
    QString schemaProblems;
    const AnnotationSchema schema = AnnotationSchema::fromHeader(hdr, &schemaProblems);
    d.annotationProblems = schema.problems();
    const VariantAnnotation annotation = VariantAnnotation::decode(rec, schema);

    // INFO, in the record's order.
    d.info.reserve(size_t(rec->n_info));
    for (int i = 0; i < int(rec->n_info); ++i) {
        const bcf_info_t* info = &rec->d.info[i];
        if (!info->vptr)
            continue; // removed by an annotator
        InfoField f;
        f.definition = definitionOf(hdr, BCF_HL_INFO, info->key);
        f.isFlag = info->len <= 0 || info->type == BCF_BT_NULL ||
                   bcf_hdr_id2type(hdr, BCF_HL_INFO, info->key) == BCF_HT_FLAG;
        if (!f.isFlag) {
            formatInfo(info, &cell);
            f.value = fromView(cell.view());
        }
        for (const auto& layout : schema.layouts())
            f.isAnnotation = f.isAnnotation || layout->infoId == info->key;
        d.info.push_back(std::move(f));
    }

    // Transcripts: one table per annotation tag, rows in the file's order.
    const std::vector<const VariantAnnotation::Transcript*> all =
        annotation.transcriptsInFileOrder();
    for (const auto& layout : schema.layouts()) {
        TranscriptTable table;
        table.tag = layout->tag;
        table.source = layout->source;
        table.fields = layout->fields.names();
        table.consequenceColumn = layout->consequence;
        table.impactColumn = layout->impact;
        int rows = 0;
        for (const VariantAnnotation::Transcript* t : all)
            rows += t->layout().tag == layout->tag ? 1 : 0;
        if (rows == 0)
            continue;
        table.cells.reset(layout->fieldCount(), rows);
        table.rows.reserve(size_t(rows));
        for (const VariantAnnotation::Transcript* t : all) {
            if (t->layout().tag != layout->tag)
                continue;
            for (int f = 0; f < layout->fieldCount(); ++f)
                table.cells.append(t->text(f));
            TranscriptInfo info;
            info.entry = t->entryIndex();
            info.allele = t->allele();
            info.rank = t->rank();
            info.impact = t->impact();
            info.canonical = t->isCanonical();
            info.worstConsequence = t->worstConsequence();
            table.rows.push_back(std::move(info));
        }
        d.transcripts.push_back(std::move(table));
    }
    if (const VariantAnnotation::Transcript* worst = annotation.worst()) {
        d.gene = worst->gene();
        d.worstConsequence = worst->worstConsequence();
        d.impact = worst->impact();
        // The transcript as the HGVS names it, with its version ("ENST00000380152.8").
        const QString hgvsc = worst->hgvsc();
        const int colon = hgvsc.indexOf(QLatin1Char(':'));
        d.feature = colon > 0 && hgvsc.mid(colon + 1) == worst->hgvscShort() ? hgvsc.left(colon)
                                                                             : worst->feature();
        d.hgvsc = worst->hgvscShort();
        d.hgvsp = worst->hgvspShort();
    }
    for (const VariantAnnotation::Transcript* t : all) {
        const QString gene = t->gene();
        if (!gene.isEmpty() && !d.genes.contains(gene))
            d.genes << gene;
    }
    d.clinVar = annotation.clinVar();
    for (const QString& gene : d.clinVar.genes())
        if (!d.genes.contains(gene))
            d.genes << gene;
    if (d.gene.isEmpty() && !d.genes.isEmpty())
        d.gene = d.genes.first();
    d.populationFrequency = annotation.maxFrequency(&d.populationFrequencySource);

    // Samples: every FORMAT key of the record as a column, one row per sample, all cells in
    // one buffer.
    const int nSamples = bcf_hdr_nsamples(hdr);
    std::vector<bcf_fmt_t*> fields;
    const int gtId = bcf_hdr_id2int(hdr, BCF_DT_ID, "GT");
    int gtColumn = -1;
    for (int i = 0; i < int(rec->n_fmt); ++i) {
        bcf_fmt_t* fmt = &rec->d.fmt[i];
        if (!fmt->p)
            continue; // removed
        if (fmt->id == gtId)
            gtColumn = int(fields.size());
        fields.push_back(fmt);
        d.format.push_back(definitionOf(hdr, BCF_HL_FMT, fmt->id));
    }
    if (nSamples > 0) {
        const int columns = 1 + int(fields.size());
        // About 4 bytes per value and 8 per name: one reservation for the usual record.
        d.samples.reset(columns, nSamples,
                        qsizetype(nSamples) * (8 + 4 * qsizetype(fields.size())));
        for (int s = 0; s < nSamples; ++s) {
            if ((s & 255) == 0 && isCancelled(cancel)) {
                message = tr("Reading record %1 of %2 was cancelled.").arg(ordinal + 1).arg(path);
                return false;
            }
            d.samples.append(std::string_view(hdr->samples[s]));
            for (int c = 0; c < int(fields.size()); ++c) {
                formatSample(fields[size_t(c)], s, c == gtColumn, &cell);
                d.samples.append(cell.view());
            }
        }
    }
    *out = std::move(d);
    return true;
}

} // namespace steward
