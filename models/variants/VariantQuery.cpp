#include "models/variants/VariantQuery.h"

#include <QFile>
#include <QFileInfo>

#include <htslib/synced_bcf_reader.h>

#include "models/formats/HtsHandles.h"
#include "models/variants/VariantBlockReader.h"

namespace steward {
namespace {

struct SyncedReaderDeleter
{
    void operator()(bcf_srs_t* sr) const { bcf_sr_destroy(sr); }
};

} // namespace

VariantQuery::VariantQuery() = default;
VariantQuery::~VariantQuery() = default;

bool VariantQuery::open(const Params& params, QString* error, int* errorPosition)
{
    m_params = params;
    m_reader = std::make_unique<VariantBlockReader>();
    if (!m_reader->open(params.path, error))
        return false;
    if (!params.expression.trimmed().isEmpty()) {
        QString parseError;
        int position = -1;
        m_expression =
            FilterExpression::parse(params.expression, m_reader->header(), &parseError, &position);
        if (!m_expression) {
            *error = parseError;
            if (errorPosition)
                *errorPosition = position;
            return false;
        }
    }
    if (!params.bedPath.isEmpty() &&
        !VariantQuickFilters::loadBed(params.bedPath, &m_params.quick.regions, error))
        return false;
    m_regionQuery.clear();
    const QString region = params.region.trimmed();
    if (!region.isEmpty()) {
        VariantQuickFilters::Interval interval;
        const QByteArray name =
            (VariantQuickFilters::parseRegion(region, &interval) ? interval.chrom : region)
                .toUtf8();
        const bool contig = bcf_hdr_name2id(m_reader->header(), name.constData()) >= 0;
        if (contig) {
            m_regionQuery = region;
            m_regionQuery.remove(QLatin1Char(','));
            QString why;
            HtsFilePtr probe(hts_open(QFile::encodeName(params.path).constData(), "r"));
            HtsIndexPtr idx;
            if (probe) {
                const QByteArray fn = QFile::encodeName(params.path);
                idx.reset(hts_idx_load(fn.constData(), hts_get_format(probe.get())->format == bcf
                                                           ? HTS_FMT_CSI
                                                           : HTS_FMT_TBI));
                if (!idx)
                    idx.reset(hts_idx_load(fn.constData(), HTS_FMT_CSI));
            }
            if (!idx) {
                *error = tr("A region query needs an index (.tbi or .csi) next to %1; make one "
                            "with bcftools index, or filter on CHROM and POS instead.")
                             .arg(QFileInfo(params.path).fileName());
                return false;
            }
        } else {
            // Not a contig of the file: a gene symbol, found in the annotations.
            m_params.quick.genes.insert(region.toUpper());
        }
    }
    return true;
}

QStringList VariantQuery::samples() const
{
    return m_reader ? m_reader->samples() : QStringList();
}

int VariantQuery::sampleIndex(const QString& nameOrNumber) const
{
    const QStringList list = samples();
    const int byName = int(list.indexOf(nameOrNumber));
    if (byName >= 0)
        return byName;
    bool ok = false;
    const int number = nameOrNumber.toInt(&ok);
    return ok && number >= 1 && number <= list.size() ? number - 1 : -1;
}

bool VariantQuery::run(const std::atomic_bool* cancel, const Visitor& visit,
                       const std::function<void(qint64, qint64)>& progress, QString* error)
{
    m_recordsRead = 0;
    m_recordsPassed = 0;
    const QByteArray fn = QFile::encodeName(m_params.path);
    const qint64 size = QFileInfo(m_params.path).size();
    const bool needsDecode = m_params.decodeRows || !m_params.quick.isEmpty();
    const int sampleForTests = m_params.expressionOnSample ? m_params.sample : -1;
    auto cancelled = [cancel] { return cancel && cancel->load(std::memory_order_relaxed); };

    const QVector<qint64>& wanted = m_params.ordinals;
    int nextWanted = 0;
    auto consider = [&](bcf1_t* record, qint64 ordinal) -> bool {
        ++m_recordsRead;
        if (!wanted.isEmpty()) {
            // Skip to the next wanted record before any parsing or decoding.
            if (nextWanted >= wanted.size())
                return false;
            if (ordinal != wanted.at(nextWanted))
                return true;
            ++nextWanted;
        }
        if (m_expression) {
            const bool match = m_expression->matches(record, sampleForTests);
            if (match == m_params.exclude)
                return true;
        }
        VariantRow row;
        if (needsDecode) {
            row = m_reader->decode(record, ordinal, m_params.sample);
            if (!m_params.quick.accepts(row))
                return true;
        } else {
            row.ordinal = ordinal;
        }
        ++m_recordsPassed;
        return visit(ordinal, row);
    };

    if (!m_regionQuery.isEmpty()) {
        std::unique_ptr<bcf_srs_t, SyncedReaderDeleter> sr(bcf_sr_init());
        bcf_sr_set_opt(sr.get(), BCF_SR_REQUIRE_IDX);
        if (m_params.threads > 0)
            bcf_sr_set_threads(sr.get(), m_params.threads);
        if (bcf_sr_set_regions(sr.get(), m_regionQuery.toUtf8().constData(), 0) < 0 ||
            !bcf_sr_add_reader(sr.get(), fn.constData())) {
            *error = tr("Cannot read the region %1 of %2: %3")
                         .arg(m_regionQuery, m_params.path,
                              QString::fromUtf8(bcf_sr_strerror(sr->errnum)));
            return false;
        }
        while (bcf_sr_next_line(sr.get())) {
            if (cancelled())
                return true;
            if (!consider(bcf_sr_get_line(sr.get(), 0), -1))
                return true;
        }
        if (progress)
            progress(size, size);
        return true;
    }

    HtsThreadPool pool(m_params.threads);
    HtsFilePtr fp(hts_open(fn.constData(), "r"));
    if (!fp) {
        *error = tr("Cannot open %1.").arg(m_params.path);
        return false;
    }
    BcfHeaderPtr header(bcf_hdr_read(fp.get()));
    if (!header) {
        *error = tr("Cannot read the VCF/BCF header of %1.").arg(m_params.path);
        return false;
    }
    pool.attach(fp.get());
    BcfRecordPtr record(bcf_init());
    qint64 ordinal = 0;
    BGZF* bgzf = fp->is_bgzf ? hts_get_bgzfp(fp.get()) : nullptr;
    for (;;) {
        const int r = bcf_read(fp.get(), header.get(), record.get());
        if (r == -1)
            break;
        if (r < -1) {
            // A malformed record: bcftools view skips it too; it is not a match.
            ++ordinal;
            if (fp->format.format == bcf)
                break;
            continue;
        }
        if (!consider(record.get(), ordinal++))
            return true;
        if ((ordinal & 0xfff) == 0) {
            if (cancelled())
                return true;
            if (progress && bgzf)
                progress(qMin<qint64>(bgzf_tell(bgzf) >> 16, size), size);
        }
    }
    if (progress)
        progress(size, size);
    return true;
}

} // namespace steward
