#include "models/formats/ScanJob.h"

#include "models/catalog/Catalog.h"

namespace steward {

ScanJob::ScanJob(const Catalog& catalog, Params params, QObject* parent)
    : Job(parent), m_catalog(catalog), m_params(std::move(params))
{
    qRegisterMetaType<steward::ScanSummary>();
    qRegisterMetaType<steward::FileRecord>();
}

void ScanJob::run()
{
    WorkspaceScanner::Options options;
    options.threads = m_params.threads;
    options.force = m_params.force;
    options.forcePaths = m_params.forcePaths;
    options.cancel = &cancelFlag();
    options.referenceFolders = m_params.referenceFolders;
    QString current;
    options.progress = [this, &current](qint64 done, qint64 total, const QString& path) {
        if (path != current) {
            current = path;
            Q_EMIT currentFileChanged(path);
        }
        reportProgress(done, total);
    };
    options.fileDone = [this](const FileRecord& record) { Q_EMIT fileScanned(record); };

    WorkspaceScanner scanner(m_catalog, options);
    ScanSummary summary;
    QString error;
    if (!scanner.scan(m_params.folders, &summary, &error)) {
        Q_EMIT failed(error);
        return;
    }
    Q_EMIT finished(summary);
}

} // namespace steward
