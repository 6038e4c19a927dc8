#include "models/formats/HtsIndexProbe.h"

#include <cstdlib>

#include <QFile>

#include "models/formats/HtsHandles.h"

namespace steward {

QByteArray HtsIndexProbe::firstRecord(const QString& file, const QString& index, const char* name,
                                      bool bcfFile)
{
    const QByteArray fn = QFile::encodeName(file), in = QFile::encodeName(index);
    HtsFilePtr fp(hts_open(fn.constData(), "r"));
    if (!fp)
        return QByteArray();
    QByteArray out;
    if (bcfFile) {
        BcfHeaderPtr h(bcf_hdr_read(fp.get()));
        HtsIndexPtr idx(h ? bcf_index_load3(fn.constData(), in.constData(), HTS_IDX_SILENT_FAIL)
                          : nullptr);
        hts_itr_t* itr = idx ? bcf_itr_querys(idx.get(), h.get(), name) : nullptr;
        BcfRecordPtr rec(bcf_init());
        if (itr && bcf_itr_next(fp.get(), itr, rec.get()) >= 0)
            out = QByteArray::number(rec->pos) + ':' +
                  QByteArray(rec->shared.s, qsizetype(rec->shared.l)) +
                  QByteArray(rec->indiv.s, qsizetype(rec->indiv.l));
        hts_itr_destroy(itr);
        return out;
    }
    TbxPtr tbx(tbx_index_load3(fn.constData(), in.constData(), 0));
    hts_itr_t* itr = tbx ? tbx_itr_querys(tbx.get(), name) : nullptr;
    kstring_t line{0, 0, nullptr};
    if (itr && tbx_itr_next(fp.get(), tbx.get(), itr, &line) >= 0)
        out = QByteArray(line.s, qsizetype(line.l));
    free(line.s);
    hts_itr_destroy(itr);
    return out;
}

qint64 HtsIndexProbe::records(const QString& file, const QString& index)
{
    const QByteArray fn = QFile::encodeName(file), in = QFile::encodeName(index);
    HtsIndexPtr idx(hts_idx_load2(fn.constData(), in.constData()));
    if (!idx)
        return -1;
    quint64 n = hts_idx_get_n_no_coor(idx.get());
    bool counted = hts_idx_nseq(idx.get()) == 0;
    for (int tid = 0; tid < hts_idx_nseq(idx.get()); ++tid) {
        uint64_t placed = 0, unplaced = 0;
        if (hts_idx_get_stat(idx.get(), tid, &placed, &unplaced) < 0)
            continue; // a reference without records has no counts
        n += placed + unplaced;
        counted = true;
    }
    return counted ? qint64(n) : -1;
}

} // namespace steward
