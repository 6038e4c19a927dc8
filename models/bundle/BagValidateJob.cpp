#include "models/bundle/BagValidateJob.h"

namespace steward {

BagValidateJob::BagValidateJob(Params params, QObject* parent)
    : Job(parent), m_params(std::move(params))
{}

void BagValidateJob::run()
{
    BagValidator::Options options;
    options.threads = m_params.threads;
    options.completenessOnly = m_params.completenessOnly;
    options.cancel = &cancelFlag();
    options.progress = [this](qint64 done, qint64 total) { reportProgress(done, total); };
    const BagValidator::Result result = BagValidator::validate(m_params.bagPath, options);
    Q_EMIT finished(result);
}

} // namespace steward
