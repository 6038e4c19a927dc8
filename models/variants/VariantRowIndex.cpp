#include "models/variants/VariantRowIndex.h"

#include <cstring>

#include <QDataStream>
#include <QDateTime>
#include <QSqlQuery>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>

#include <htslib/bgzf.h>
#include <htslib/kstring.h>

#include "models/catalog/Catalog.h"
#include "models/formats/HtsHandles.h"

namespace steward {
namespace {

constexpr quint32 kBlobMagic = 0x53525832; // "SRX2"

struct KStringFree
{
    void operator()(kstring_t* s) const
    {
        free(s->s);
        delete s;
    }
};

} // namespace

QByteArray VariantRowIndex::toBlob() const
{
    QByteArray blob;
    QDataStream out(&blob, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_0);
    out << kBlobMagic << qint32(stride) << records << quint8(complete ? 1 : 0);
    out << qint64(offsets.size());
    for (qint64 o : offsets)
        out << o;
    out << contigs << blockContig << blockPos;
    return blob;
}

bool VariantRowIndex::fromBlob(const QByteArray& blob, VariantRowIndex* index)
{
    QDataStream in(blob);
    in.setVersion(QDataStream::Qt_6_0);
    quint32 magic = 0;
    qint32 stride = 0;
    qint64 records = 0, count = 0;
    quint8 complete = 0;
    in >> magic >> stride >> records >> complete >> count;
    if (in.status() != QDataStream::Ok || magic != kBlobMagic || stride <= 0 || count < 0 ||
        count > (records / stride) + 1)
        return false;
    VariantRowIndex result;
    result.stride = stride;
    result.records = records;
    result.complete = complete != 0;
    result.offsets.resize(count);
    for (qint64 i = 0; i < count; ++i)
        in >> result.offsets[i];
    in >> result.contigs >> result.blockContig >> result.blockPos;
    if (in.status() != QDataStream::Ok || result.blockContig.size() != result.blockPos.size())
        return false;
    *index = std::move(result);
    return true;
}

bool VariantRowIndex::blocksFor(const QString& chrom, qint64 start, qint64 end, int* first,
                                int* last) const
{
    const int contig = int(contigs.indexOf(chrom));
    const int blocks = int(qMin(blockContig.size(), offsets.size()));
    int firstOfContig = -1, lastAtOrBeforeStart = -1, lastAtOrBeforeEnd = -1;
    for (int k = 0; k < blocks; ++k) {
        if (blockContig[k] != contig)
            continue;
        if (firstOfContig < 0)
            firstOfContig = k;
        if (blockPos[k] <= start)
            lastAtOrBeforeStart = k;
        if (blockPos[k] <= end)
            lastAtOrBeforeEnd = k;
    }
    if (contig < 0 || firstOfContig < 0) {
        // No block starts in this contig: its records, if any, sit inside one block that
        // starts in another contig; the caller scans.
        return false;
    }
    // The contig may begin inside the block before its first block.
    *first = lastAtOrBeforeStart >= 0 ? lastAtOrBeforeStart : qMax(0, firstOfContig - 1);
    *last = lastAtOrBeforeEnd >= 0 ? lastAtOrBeforeEnd : *first;
    return true;
}

bool VariantRowIndexBuilder::isSeekable(const QString& path, QString* why)
{
    HtsFilePtr fp(hts_open(QFile::encodeName(path).constData(), "r"));
    if (!fp) {
        if (why)
            *why = tr("%1 cannot be opened.").arg(path);
        return false;
    }
    const htsFormat* format = hts_get_format(fp.get());
    if (format->format == bcf && format->compression == bgzf)
        return true;
    if (format->format == vcf && format->compression == bgzf)
        return true;
    if (why) {
        if (format->format == vcf && format->compression == gzip)
            *why = tr("The file is compressed with plain gzip, not BGZF: rows can only be read "
                      "from the start.");
        else if (format->format == vcf || format->format == bcf)
            *why = tr("The file is not BGZF-compressed: rows can only be read from the start.");
        else
            *why = tr("%1 is not a VCF or BCF file.").arg(path);
    }
    return false;
}

bool VariantRowIndexBuilder::build(const QString& path, int threads, const std::atomic_bool* cancel,
                                   const Progress& progress, VariantRowIndex* index, QString* error)
{
    const QByteArray local = QFile::encodeName(path);
    const qint64 size = QFileInfo(path).size();
    VariantRowIndex result;
    result.stride = index->stride > 0 ? index->stride : VariantRowIndex::kDefaultStride;
    auto isCancelled = [cancel] { return cancel && cancel->load(std::memory_order_relaxed); };

    HtsThreadPool pool(threads);
    HtsFilePtr fp(hts_open(local.constData(), "r"));
    if (!fp) {
        *error = tr("Cannot open %1.").arg(path);
        return false;
    }
    const htsFormat* format = hts_get_format(fp.get());
    if (format->format != vcf && format->format != bcf) {
        *error = tr("%1 is not a VCF or BCF file.").arg(path);
        return false;
    }
    if (format->compression != bgzf) {
        // Plain text or plain gzip: no offsets to note, only the records to count; rows are
        // then read from the start.
        BcfHeaderPtr header(bcf_hdr_read(fp.get()));
        if (!header) {
            *error = tr("Cannot read the VCF header of %1.").arg(path);
            return false;
        }
        BcfRecordPtr record(bcf_init());
        record->max_unpack = BCF_UN_STR;
        int r = 0;
        while ((r = bcf_read(fp.get(), header.get(), record.get())) >= -1) {
            if (r == -1)
                break;
            ++result.records;
            if (isCancelled()) {
                *index = result;
                return true;
            }
        }
        result.complete = true;
        *index = result;
        if (progress)
            progress(result, size, size);
        return true;
    }
    BGZF* bgzf = hts_get_bgzfp(fp.get());
    pool.attach(fp.get());
    auto report = [&] {
        if (progress)
            progress(result, qMin<qint64>(bgzf_tell(bgzf) >> 16, size), size);
    };
    const int reportEvery = result.stride * 64;

    if (format->format == vcf) {
        // Lines, not records: the header lines start with '#', every other line is a record.
        std::unique_ptr<kstring_t, KStringFree> line(new kstring_t{0, 0, nullptr});
        bool inHeader = true;
        for (;;) {
            const qint64 offset = bgzf_tell(bgzf);
            const int r = bgzf_getline(bgzf, '\n', line.get());
            if (r < -1) {
                *error = tr("%1 cannot be read after record %2: the compressed data is damaged.")
                             .arg(path)
                             .arg(result.records);
                result.complete = false;
                *index = result;
                return false;
            }
            if (r == -1)
                break;
            if (inHeader && line->l > 0 && line->s[0] == '#')
                continue;
            // htslib returns a record for an empty line too (bcftools counts it): so do we.
            inHeader = false;
            if (result.records % result.stride == 0) {
                result.offsets.push_back(offset);
                // CHROM and POS of the block's first record, for region jumps.
                const char* tab = static_cast<const char*>(memchr(line->s, '\t', line->l));
                const QString chrom =
                    QString::fromUtf8(line->s, tab ? int(tab - line->s) : int(line->l));
                int contig = int(result.contigs.indexOf(chrom));
                if (contig < 0) {
                    contig = int(result.contigs.size());
                    result.contigs << chrom;
                }
                result.blockContig << contig;
                result.blockPos << (tab ? qint64(strtoll(tab + 1, nullptr, 10)) : 0);
            }
            ++result.records;
            if (result.records % reportEvery == 0) {
                report();
                if (isCancelled()) {
                    *index = result;
                    return true;
                }
            }
        }
    } else {
        BcfHeaderPtr header(bcf_hdr_read(fp.get()));
        if (!header) {
            *error = tr("Cannot read the BCF header of %1.").arg(path);
            return false;
        }
        BcfRecordPtr record(bcf_init());
        for (;;) {
            const qint64 offset = bgzf_tell(bgzf);
            const int r = bcf_read(fp.get(), header.get(), record.get());
            if (r < -1) {
                *error = tr("%1 cannot be read after record %2: the data is damaged.")
                             .arg(path)
                             .arg(result.records);
                *index = result;
                return false;
            }
            if (r == -1)
                break;
            if (result.records % result.stride == 0) {
                result.offsets.push_back(offset);
                const QString chrom =
                    QString::fromUtf8(bcf_seqname_safe(header.get(), record.get()));
                int contig = int(result.contigs.indexOf(chrom));
                if (contig < 0) {
                    contig = int(result.contigs.size());
                    result.contigs << chrom;
                }
                result.blockContig << contig;
                result.blockPos << qint64(record->pos) + 1;
            }
            ++result.records;
            if (result.records % reportEvery == 0) {
                report();
                if (isCancelled()) {
                    *index = result;
                    return true;
                }
            }
        }
    }
    result.complete = true;
    *index = result;
    report();
    return true;
}

bool VariantRowIndexCache::load(const Catalog& catalog, const QString& path, VariantRowIndex* index)
{
    const QFileInfo info(path);
    QSqlQuery q(catalog.database());
    q.prepare(QStringLiteral(
        "SELECT blob FROM variant_row_index WHERE path = ? AND size = ? AND mtime = ?"));
    q.addBindValue(info.absoluteFilePath());
    q.addBindValue(info.size());
    q.addBindValue(info.lastModified().toMSecsSinceEpoch());
    if (!q.exec() || !q.next())
        return false;
    VariantRowIndex cached;
    if (!VariantRowIndex::fromBlob(q.value(0).toByteArray(), &cached) || !cached.complete)
        return false;
    *index = std::move(cached);
    return true;
}

bool VariantRowIndexCache::save(const Catalog& catalog, const QString& path,
                                const VariantRowIndex& index)
{
    if (!index.complete)
        return false;
    const QFileInfo info(path);
    QSqlQuery q(catalog.database());
    q.prepare(QStringLiteral(
        "INSERT INTO variant_row_index (path, size, mtime, blob, built_at) VALUES (?,?,?,?,?) "
        "ON CONFLICT(path) DO UPDATE SET size=excluded.size, mtime=excluded.mtime, "
        "blob=excluded.blob, built_at=excluded.built_at"));
    q.addBindValue(info.absoluteFilePath());
    q.addBindValue(info.size());
    q.addBindValue(info.lastModified().toMSecsSinceEpoch());
    q.addBindValue(index.toBlob());
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    return q.exec();
}

} // namespace steward
