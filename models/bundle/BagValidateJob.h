#pragma once

#include <QMetaType>
#include <QString>

#include "models/bundle/BagValidator.h"
#include "models/common/Job.h"

namespace steward {

/** BagValidator on a QThreadPool thread: progress in bytes hashed, cancel, the full result. */
class BagValidateJob final : public Job
{
    Q_OBJECT

public:
    struct Params
    {
        QString bagPath;
        int threads = 0;
        bool completenessOnly = false;
    };

    explicit BagValidateJob(Params params, QObject* parent = nullptr);

    const Params& params() const { return m_params; }
    void run() override;

Q_SIGNALS:
    /** Always emitted (also for an invalid or cancelled bag); problems are in the result. */
    void finished(const steward::BagValidator::Result& result);

private:
    Params m_params;
};

} // namespace steward

Q_DECLARE_METATYPE(steward::BagValidator::Result)
