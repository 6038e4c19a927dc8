#include "models/variants/VariantFilterJob.h"

#include <QElapsedTimer>

namespace steward {

VariantFilterJob::VariantFilterJob(VariantQuery::Params params, QObject* parent)
    : Job(parent), m_params(std::move(params))
{
    qRegisterMetaType<steward::VariantFilterJob::Result>();
    qRegisterMetaType<QVector<qint64>>();
    m_params.decodeRows = false; // ordinals only, unless a one-click filter needs the row
}

void VariantFilterJob::run()
{
    VariantQuery query;
    QString error;
    if (!query.open(m_params, &error, &m_errorPosition)) {
        Q_EMIT failed(error);
        return;
    }
    QVector<qint64> batch;
    QElapsedTimer sinceBatch;
    sinceBatch.start();
    const auto flush = [&] {
        if (!batch.isEmpty()) {
            Q_EMIT matchesFound(batch);
            batch.clear();
        }
        sinceBatch.restart();
    };
    const auto visit = [&](qint64 ordinal, const VariantRow&) {
        batch.push_back(ordinal);
        if (sinceBatch.elapsed() > 100 || batch.size() >= 50000)
            flush();
        return !isCancelRequested();
    };
    const auto progress = [this](qint64 done, qint64 total) { reportProgress(done, total); };
    if (!query.run(&cancelFlag(), visit, progress, &error)) {
        flush();
        Q_EMIT failed(error);
        return;
    }
    flush();
    Q_EMIT finished({query.recordsRead(), query.recordsPassed(), isCancelRequested()});
}

} // namespace steward
