#include "models/common/Job.h"

namespace steward {

Job::Job(QObject* parent) : QObject(parent)
{
    setAutoDelete(false);
}

Job::~Job() = default;

void Job::execute()
{
    run();
    Q_EMIT ended(isCancelRequested());
}

void Job::reportProgress(qint64 done, qint64 total)
{
    if (done < total && m_sinceProgress.isValid() && m_sinceProgress.elapsed() < 50)
        return;
    m_sinceProgress.start();
    Q_EMIT progressChanged(done, total);
}

} // namespace steward
