#include "models/formats/WorkspaceScanner.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSet>

#include "models/catalog/Catalog.h"
#include "models/catalog/CatalogStore.h"
#include "models/formats/FileInspector.h"
#include "models/formats/FormatDetector.h"
#include "models/review/ReviewStore.h"

namespace steward {
namespace {

/** Steward's own temporary outputs and hidden files are not part of a workspace. */
bool skipFile(const QFileInfo& info)
{
    const QString name = info.fileName();
    return name.startsWith(QLatin1Char('.')) || name.contains(QLatin1String(".steward-tmp")) ||
           name.endsWith(QLatin1Char('~'));
}

struct Entry
{
    QString path;
    qint64 size;
    qint64 mtimeMs;
};

} // namespace

WorkspaceScanner::WorkspaceScanner(const Catalog& catalog, Options options)
    : m_catalog(catalog), m_options(std::move(options))
{}

bool WorkspaceScanner::scan(const QStringList& folders, ScanSummary* summary, QString* error)
{
    QElapsedTimer timer;
    timer.start();
    for (const QString& folder : folders) {
        if (!scanFolder(folder, summary, error))
            return false;
        if (summary->cancelled)
            break;
    }
    // Approvals rest on the files they saw: changed files send them back to pending.
    if (!ReviewStore(m_catalog).refresh(error, &summary->reviewsInvalidated))
        return false;
    summary->elapsedMs = timer.elapsed();
    return true;
}

bool WorkspaceScanner::scanFolder(const QString& folder, ScanSummary* summary, QString* error)
{
    CatalogStore store(m_catalog);
    if (!QFileInfo(folder).isDir()) {
        // A disconnected drive or a moved folder: keep everything the catalog knows.
        const qint64 known = store.workspaceId(folder);
        if (!known) {
            if (error)
                *error = WorkspaceScanner::tr("%1 is not a folder.").arg(folder);
            return false;
        }
        summary->unavailableFolders << folder;
        qWarning("%s", qPrintable(
                           WorkspaceScanner::tr("The workspace %1 is not available.").arg(folder)));
        return store.setWorkspaceProblems(
            known,
            {{FileProblem::Severity::Error, QStringLiteral("workspace-unavailable"),
              WorkspaceScanner::tr(
                  "The workspace folder cannot be reached (a disconnected drive, or "
                  "the folder was moved). Its catalog entries are kept; reconnect it "
                  "and rescan."),
              QString()}},
            error);
    }
    const qint64 workspaceId = store.addWorkspace(folder, error);
    if (!workspaceId)
        return false;
    const QString root = QDir(folder).canonicalPath();

    // Walk first: the total size is known before reading, so progress is honest.
    QVector<Entry> entries;
    QStringList fastaFolders;
    FileProblems folderProblems;
    QDirIterator it(root, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        if (info.isDir()) {
            if (!info.isReadable() || !info.isExecutable()) {
                const QString rel = QDir(root).relativeFilePath(info.absoluteFilePath());
                summary->unreadableFolders << info.absoluteFilePath();
                folderProblems.push_back(
                    {FileProblem::Severity::Warning, QStringLiteral("unreadable-folder"),
                     WorkspaceScanner::tr(
                         "This folder cannot be read (permission denied); its files "
                         "are not in the catalog."),
                     rel});
            }
            continue;
        }
        if (skipFile(info))
            continue;
        entries.push_back(
            {info.absoluteFilePath(), info.size(), info.lastModified().toMSecsSinceEpoch()});
        const QString suffix = info.fileName().toLower();
        if (suffix.endsWith(QLatin1String(".fai")) && !fastaFolders.contains(info.absolutePath()))
            fastaFolders << info.absolutePath();
    }
    summary->filesSeen += entries.size();
    if (!store.setWorkspaceProblems(workspaceId, folderProblems, error))
        return false;

    const auto known = store.fileSignatures(workspaceId);
    QSet<QString> changed;
    for (const Entry& e : std::as_const(entries)) {
        const auto sig = known.value(e.path, {-1, -1});
        if (m_options.force || m_options.forcePaths.contains(e.path) || sig.first != e.size ||
            sig.second != e.mtimeMs)
            changed.insert(e.path);
    }
    // A data file is rescanned too when one of its index files appeared, changed or went.
    QSet<QString> present;
    for (const Entry& e : std::as_const(entries))
        present.insert(e.path);
    for (const Entry& e : std::as_const(entries)) {
        if (changed.contains(e.path))
            continue;
        for (const char* fmt : {"vcf", "bcf", "bam", "cram", "fasta"}) {
            for (const QString& idx : FileInspector::indexCandidates(e.path, QLatin1String(fmt))) {
                if (changed.contains(idx) || (known.contains(idx) && !present.contains(idx)))
                    changed.insert(e.path);
            }
        }
    }

    qint64 total = 0;
    for (const Entry& e : std::as_const(entries))
        if (changed.contains(e.path))
            total += e.size;
    qint64 done = 0;

    ReadOptions read;
    read.threads = m_options.threads;
    read.cancel = m_options.cancel;
    read.referenceFolders = m_options.referenceFolders + fastaFolders;
    read.referenceFolders.removeDuplicates();

    for (const Entry& e : std::as_const(entries)) {
        if (isCancelled()) {
            summary->cancelled = true;
            break;
        }
        if (!changed.contains(e.path)) {
            ++summary->filesSkipped;
            continue;
        }
        const QString path = e.path;
        read.progress = [this, done, total, path](qint64 fileDone, qint64) {
            if (m_options.progress)
                m_options.progress(done + fileDone, total, path);
        };
        if (m_options.progress)
            m_options.progress(done, total, path);
        if (!QFileInfo::exists(e.path)) {
            // Deleted since the walk: it is gone, not broken.
            qInfo("%s",
                  qPrintable(WorkspaceScanner::tr("%1 disappeared during the scan.").arg(e.path)));
            present.remove(e.path);
            done += e.size;
            continue;
        }
        FileRecord record = FileInspector::inspect(e.path, root, read);
        if (isCancelled()) {
            summary->cancelled = true; // a half-read file is not stored
            break;
        }
        const QFileInfo after(e.path);
        if (!after.exists()) {
            qInfo("%s",
                  qPrintable(WorkspaceScanner::tr("%1 disappeared during the scan.").arg(e.path)));
            present.remove(e.path);
            done += e.size;
            continue;
        }
        if (after.size() != record.size ||
            after.lastModified().toMSecsSinceEpoch() != record.mtimeMs) {
            // Keep the signature from before the read, so the next scan reads it again.
            record.problems.push_back(
                {FileProblem::Severity::Warning, QStringLiteral("changed-during-scan"),
                 WorkspaceScanner::tr(
                     "The file changed while it was being read; its statistics may "
                     "not match its content. It will be read again at the next scan."),
                 QString()});
            record.updateStatus();
        }
        record.workspaceId = workspaceId;
        if (!store.saveFile(record, error))
            return false;
        done += e.size;
        summary->bytesScanned += e.size;
        ++summary->filesScanned;
        if (record.status == QLatin1String("error"))
            ++summary->filesWithErrors;
        else if (record.status == QLatin1String("warning"))
            ++summary->filesWithWarnings;
        record.headerText.clear();
        record.statistics = QJsonObject();
        if (m_options.fileDone)
            m_options.fileDone(record);
        summary->scanned.push_back(record);
    }
    if (m_options.progress)
        m_options.progress(done, total, QString());
    if (summary->cancelled)
        return store.regroupDatasets(workspaceId, error);

    for (auto k = known.cbegin(); k != known.cend(); ++k)
        if (!present.contains(k.key()))
            ++summary->filesRemoved;
    if (!store.removeFilesNotIn(workspaceId, present, error))
        return false;
    if (!store.regroupDatasets(workspaceId, error))
        return false;
    return store.markWorkspaceScanned(workspaceId, error);
}

} // namespace steward
