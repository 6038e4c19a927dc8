#include "models/bundle/BagWriteJob.h"

#include <memory>

#include "models/bundle/ChecksumCache.h"

namespace steward {

BagWriteJob::BagWriteJob(const Catalog* catalog, Params params, QObject* parent)
    : Job(parent), m_catalog(catalog), m_params(std::move(params))
{}

void BagWriteJob::run()
{
    std::unique_ptr<ChecksumCache> cache;
    if (m_catalog)
        cache = std::make_unique<ChecksumCache>(*m_catalog);
    BagWriter writer(cache.get());
    BagWriter::Result result;
    QString error;
    if (writer.write(m_params, &result, &error, &cancelFlag(),
                     [this](qint64 done, qint64 total) { reportProgress(done, total); }))
        Q_EMIT finished(result);
    else
        Q_EMIT failed(error);
}

} // namespace steward
