#pragma once

#include <QMetaType>

#include "models/bundle/BagWriter.h"
#include "models/common/Job.h"

namespace steward {

class Catalog;

/**
 * BagWriter on a QThreadPool thread, with the catalog's checksum cache (through the job
 * thread's own connection): progress in bytes copied, cancel, failed(message) or finished.
 */
class BagWriteJob final : public Job
{
    Q_OBJECT

public:
    using Params = BagWriter::Params;

    /** catalog may be null: no checksum cache. */
    BagWriteJob(const Catalog* catalog, Params params, QObject* parent = nullptr);

    const Params& params() const { return m_params; }
    void run() override;

Q_SIGNALS:
    void finished(const steward::BagWriter::Result& result);

private:
    const Catalog* m_catalog;
    Params m_params;
};

} // namespace steward

Q_DECLARE_METATYPE(steward::BagWriter::Result)
