#pragma once

#include <atomic>
#include <functional>

#include <QCoreApplication>
#include <QSet>
#include <QStringList>
#include <QVector>

#include "models/catalog/FileRecord.h"

namespace steward {

class Catalog;

/** What a scan did, for the CLI's summary and the GUI's status. */
struct ScanSummary
{
    int filesSeen = 0;
    int filesScanned = 0;
    int filesSkipped = 0; // unchanged since the last scan
    int filesRemoved = 0;
    int reviewsInvalidated = 0; // approvals sent back to pending because files changed
    int filesWithErrors = 0;
    int filesWithWarnings = 0;
    qint64 bytesScanned = 0;
    qint64 elapsedMs = 0;
    bool cancelled = false;
    /** Workspace folders that could not be reached (their catalog entries are kept). */
    QStringList unavailableFolders;
    /** Folders inside workspaces that could not be read. */
    QStringList unreadableFolders;
    /** The files scanned in this run (without headers and statistics). */
    QVector<FileRecord> scanned;
};

/**
 * Walks workspace folders, inspects every new or changed file and stores each in the
 * catalog in its own transaction; then groups files into datasets. Runs on the calling
 * thread (a job puts it on a pool); cancellable between and inside files.
 */
class WorkspaceScanner final
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceScanner)

public:
    struct Options
    {
        int threads = 2;
        bool force = false;       // rescan files even when size and mtime are unchanged
        QSet<QString> forcePaths; // rescan these files even when unchanged
        const std::atomic_bool* cancel = nullptr;
        /** Bytes done and total bytes to read, and the file being read. */
        std::function<void(qint64 done, qint64 total, const QString& path)> progress;
        std::function<void(const FileRecord&)> fileDone;
        QStringList referenceFolders;
    };

    WorkspaceScanner(const Catalog& catalog, Options options);

    /** Returns false on a catalog error or a missing folder (error set). */
    bool scan(const QStringList& folders, ScanSummary* summary, QString* error);

private:
    bool scanFolder(const QString& folder, ScanSummary* summary, QString* error);
    bool isCancelled() const { return m_options.cancel && m_options.cancel->load(); }

    const Catalog& m_catalog;
    Options m_options;
};

} // namespace steward
