#pragma once

#include <QMetaType>
#include <QStringList>

#include "models/common/Job.h"
#include "models/formats/WorkspaceScanner.h"

namespace steward {

class Catalog;

/**
 * Scans workspace folders on a QThreadPool thread with progress, speed and cancel.
 * The catalog is shared: the job uses its own thread's connection.
 */
class ScanJob final : public Job
{
    Q_OBJECT

public:
    struct Params
    {
        QStringList folders;
        bool force = false;
        QSet<QString> forcePaths;
        int threads = 2;
        QStringList referenceFolders;
    };

    ScanJob(const Catalog& catalog, Params params, QObject* parent = nullptr);

    const Params& params() const { return m_params; }
    void run() override;

Q_SIGNALS:
    /** The file being read now (empty at the end). */
    void currentFileChanged(const QString& path);
    void fileScanned(const steward::FileRecord& record);
    void finished(const steward::ScanSummary& summary);

private:
    const Catalog& m_catalog;
    Params m_params;
};

} // namespace steward

Q_DECLARE_METATYPE(steward::ScanSummary)
Q_DECLARE_METATYPE(steward::FileRecord)
