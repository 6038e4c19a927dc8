#pragma once

#include <optional>

#include <QHash>
#include <QSet>
#include <QVector>

#include "models/catalog/FileRecord.h"

namespace steward {

class Catalog;

/**
 * Reads and writes catalog rows on the calling thread's connection. Every write that
 * touches several tables is one transaction, so a kill at any moment leaves either the
 * old or the new state of a file, never a mix.
 */
class CatalogStore final
{
public:
    explicit CatalogStore(const Catalog& catalog);

    /** Adds (or finds) the workspace for a folder; returns its id, 0 on error. */
    qint64 addWorkspace(const QString& folder, QString* error);
    QVector<WorkspaceRecord> workspaces() const;
    std::optional<WorkspaceRecord> workspace(qint64 id) const;
    bool removeWorkspace(qint64 id, QString* error);
    bool markWorkspaceScanned(qint64 id, QString* error);

    /** Finds a workspace by its folder (canonical or as given); 0 when unknown. */
    qint64 workspaceId(const QString& folder) const;
    /** Replaces the workspace-level problems (missing folder, unreadable subfolders). */
    bool setWorkspaceProblems(qint64 workspaceId, const FileProblems& problems, QString* error);

    /** path -> (size, mtime ms) of every file of a workspace, for skipping unchanged files. */
    QHash<QString, QPair<qint64, qint64>> fileSignatures(qint64 workspaceId) const;

    /** Inserts or replaces a file with its samples, contigs, statistics and problems. */
    bool saveFile(FileRecord& record, QString* error);
    /** Drops the files of a workspace that are no longer on disk. */
    bool removeFilesNotIn(qint64 workspaceId, const QSet<QString>& paths, QString* error);
    /** Groups data files with their indexes and sidecars into datasets (stable ids). */
    bool regroupDatasets(qint64 workspaceId, QString* error);

    std::optional<FileRecord> file(const QString& path) const;
    std::optional<FileRecord> file(qint64 id) const;
    /** Files of a workspace without their heavy parts (header, statistics JSON). */
    QVector<FileRecord> files(qint64 workspaceId) const;
    /** The files of one dataset (data file first), with their problems, without headers. */
    QVector<FileRecord> datasetFiles(qint64 datasetId) const;
    /** The data file of a dataset, complete (header, samples, contigs, statistics, problems). */
    std::optional<FileRecord> datasetPrimaryFile(qint64 datasetId) const;

private:
    bool fillFile(FileRecord& record) const;
    const Catalog& m_catalog;
};

} // namespace steward
