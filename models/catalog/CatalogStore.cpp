#include "models/catalog/CatalogStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include "models/catalog/Catalog.h"
#include "models/catalog/SqlTransaction.h"

namespace steward {
namespace {

bool run(QSqlQuery& q, QString* error)
{
    return execQuery(q, error);
}

QVariant nullable(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

QVariant nullable(qint64 v)
{
    return v < 0 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(v);
}

/** Inserts a problem row into `problems` (owner = file) or `workspace_problems`. */
bool insertProblem(QSqlQuery& q, const char* table, const char* ownerColumn, qint64 owner,
                   const FileProblem& p, QString* error)
{
    q.prepare(
        QStringLiteral("INSERT INTO %1 (%2, severity, code, message, location) VALUES (?,?,?,?,?)")
            .arg(QLatin1String(table), QLatin1String(ownerColumn)));
    q.addBindValue(owner);
    q.addBindValue(FileProblem::severityName(p.severity));
    q.addBindValue(p.code);
    q.addBindValue(p.message);
    q.addBindValue(nullable(p.location));
    return run(q, error);
}

FileProblems readProblems(const QSqlDatabase& db, qint64 fileId)
{
    FileProblems list;
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT severity, code, message, location FROM problems WHERE file_id = ? ORDER BY id"));
    q.addBindValue(fileId);
    q.exec();
    while (q.next())
        list.push_back({FileProblem::severityFromName(q.value(0).toString()), q.value(1).toString(),
                        q.value(2).toString(), q.value(3).toString()});
    return list;
}

} // namespace

CatalogStore::CatalogStore(const Catalog& catalog) : m_catalog(catalog) {}

qint64 CatalogStore::addWorkspace(const QString& folder, QString* error)
{
    const QString path = QDir(folder).canonicalPath();
    if (path.isEmpty() || !QFileInfo(path).isDir()) {
        if (error)
            *error = QCoreApplication::translate("CatalogStore", "%1 is not a folder.").arg(folder);
        return 0;
    }
    QSqlDatabase db = m_catalog.database();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM workspaces WHERE path = ?"));
    q.addBindValue(path);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    q.prepare(QStringLiteral("INSERT INTO workspaces (path, name, added_at) VALUES (?, ?, ?)"));
    q.addBindValue(path);
    q.addBindValue(QFileInfo(path).fileName());
    q.addBindValue(catalogTimestamp());
    if (!run(q, error))
        return 0;
    return q.lastInsertId().toLongLong();
}

qint64 CatalogStore::workspaceId(const QString& folder) const
{
    QSqlQuery q(m_catalog.database());
    q.prepare(QStringLiteral("SELECT id FROM workspaces WHERE path = ? OR path = ?"));
    q.addBindValue(QDir(folder).canonicalPath());
    q.addBindValue(QDir::cleanPath(QDir(folder).absolutePath()));
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return 0;
}

bool CatalogStore::setWorkspaceProblems(qint64 workspaceId, const FileProblems& problems,
                                        QString* error)
{
    QSqlDatabase db = m_catalog.database();
    SqlTransaction tx(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM workspace_problems WHERE workspace_id = ?"));
    q.addBindValue(workspaceId);
    if (!run(q, error))
        return false;
    for (const FileProblem& p : problems)
        if (!insertProblem(q, "workspace_problems", "workspace_id", workspaceId, p, error))
            return false;
    return tx.commit(error);
}

QVector<WorkspaceRecord> CatalogStore::workspaces() const
{
    QVector<WorkspaceRecord> list;
    QSqlQuery q(m_catalog.database());
    q.exec(QStringLiteral(
        "SELECT id, path, name, added_at, last_scan_at FROM workspaces ORDER BY name, path"));
    while (q.next())
        list.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString(), q.value(4).toString()});
    return list;
}

std::optional<WorkspaceRecord> CatalogStore::workspace(qint64 id) const
{
    QSqlQuery q(m_catalog.database());
    q.prepare(QStringLiteral(
        "SELECT id, path, name, added_at, last_scan_at FROM workspaces WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return WorkspaceRecord{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                           q.value(3).toString(), q.value(4).toString()};
}

bool CatalogStore::removeWorkspace(qint64 id, QString* error)
{
    QSqlQuery q(m_catalog.database());
    q.prepare(QStringLiteral("DELETE FROM workspaces WHERE id = ?"));
    q.addBindValue(id);
    return run(q, error);
}

bool CatalogStore::markWorkspaceScanned(qint64 id, QString* error)
{
    QSqlQuery q(m_catalog.database());
    q.prepare(QStringLiteral("UPDATE workspaces SET last_scan_at = ? WHERE id = ?"));
    q.addBindValue(catalogTimestamp());
    q.addBindValue(id);
    return run(q, error);
}

QHash<QString, QPair<qint64, qint64>> CatalogStore::fileSignatures(qint64 workspaceId) const
{
    QHash<QString, QPair<qint64, qint64>> map;
    QSqlQuery q(m_catalog.database());
    q.prepare(QStringLiteral("SELECT path, size, mtime FROM files WHERE workspace_id = ?"));
    q.addBindValue(workspaceId);
    q.exec();
    while (q.next())
        map.insert(q.value(0).toString(), {q.value(1).toLongLong(), q.value(2).toLongLong()});
    return map;
}

bool CatalogStore::saveFile(FileRecord& r, QString* error)
{
    QSqlDatabase db = m_catalog.database();
    SqlTransaction tx(db);
    if (!tx.isOpen()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    if (r.scannedAt.isEmpty())
        r.scannedAt = catalogTimestamp();
    QSqlQuery q(db);
    // Upsert keeps the file id (and so references from reviews) stable across rescans.
    q.prepare(QStringLiteral(
        "INSERT INTO files (workspace_id, path, rel_path, size, mtime, format, compression, "
        "format_version, index_path, index_status, eof_ok, status, error_text, header_text, "
        "scanned_at, scan_ms) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
        "ON CONFLICT(path) DO UPDATE SET workspace_id=excluded.workspace_id, "
        "rel_path=excluded.rel_path, size=excluded.size, mtime=excluded.mtime, "
        "format=excluded.format, compression=excluded.compression, "
        "format_version=excluded.format_version, index_path=excluded.index_path, "
        "index_status=excluded.index_status, eof_ok=excluded.eof_ok, status=excluded.status, "
        "error_text=excluded.error_text, header_text=excluded.header_text, "
        "scanned_at=excluded.scanned_at, scan_ms=excluded.scan_ms"));
    q.addBindValue(r.workspaceId);
    q.addBindValue(r.path);
    q.addBindValue(r.relPath);
    q.addBindValue(r.size);
    q.addBindValue(r.mtimeMs);
    q.addBindValue(r.format);
    q.addBindValue(r.compression);
    q.addBindValue(nullable(r.formatVersion));
    q.addBindValue(nullable(r.indexPath));
    q.addBindValue(nullable(r.indexStatus));
    q.addBindValue(r.eofOk < 0 ? QVariant(QMetaType(QMetaType::Int)) : QVariant(r.eofOk));
    q.addBindValue(r.status);
    q.addBindValue(nullable(r.firstError()));
    q.addBindValue(nullable(r.headerText));
    q.addBindValue(r.scannedAt);
    q.addBindValue(r.scanMs);
    if (!run(q, error))
        return false;

    q.prepare(QStringLiteral("SELECT id FROM files WHERE path = ?"));
    q.addBindValue(r.path);
    if (!run(q, error) || !q.next())
        return false;
    r.id = q.value(0).toLongLong();

    for (const char* table : {"samples", "contigs", "statistics", "problems"}) {
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE file_id = ?").arg(QLatin1String(table)));
        q.addBindValue(r.id);
        if (!run(q, error))
            return false;
    }

    if (!r.samples.isEmpty()) {
        q.prepare(QStringLiteral("INSERT INTO samples (file_id, name, position) VALUES (?,?,?)"));
        QVariantList ids, names, positions;
        for (int i = 0; i < r.samples.size(); ++i) {
            ids << r.id;
            names << r.samples.at(i);
            positions << i;
        }
        q.addBindValue(ids);
        q.addBindValue(names);
        q.addBindValue(positions);
        if (!q.execBatch())
            return run(q, error);
    }
    if (!r.contigs.isEmpty()) {
        q.prepare(QStringLiteral("INSERT INTO contigs (file_id, name, length, records, unmapped, "
                                 "position) VALUES (?,?,?,?,?,?)"));
        QVariantList ids, names, lengths, records, unmapped, positions;
        for (int i = 0; i < r.contigs.size(); ++i) {
            const auto& c = r.contigs.at(i);
            ids << r.id;
            names << c.name;
            lengths << nullable(c.length);
            records << nullable(c.records);
            unmapped << nullable(c.unmapped);
            positions << i;
        }
        for (const QVariantList* list : {&ids, &names, &lengths, &records, &unmapped, &positions})
            q.addBindValue(*list);
        if (!q.execBatch())
            return run(q, error);
    }
    if (!r.statisticsKind.isEmpty()) {
        q.prepare(QStringLiteral(
            "INSERT INTO statistics (file_id, kind, json, records) VALUES (?,?,?,?)"));
        q.addBindValue(r.id);
        q.addBindValue(r.statisticsKind);
        q.addBindValue(
            QString::fromUtf8(QJsonDocument(r.statistics).toJson(QJsonDocument::Compact)));
        q.addBindValue(nullable(r.recordCount));
        if (!run(q, error))
            return false;
    }
    for (const FileProblem& p : std::as_const(r.problems))
        if (!insertProblem(q, "problems", "file_id", r.id, p, error))
            return false;
    return tx.commit(error);
}

bool CatalogStore::removeFilesNotIn(qint64 workspaceId, const QSet<QString>& paths, QString* error)
{
    QSqlDatabase db = m_catalog.database();
    QStringList gone;
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT path FROM files WHERE workspace_id = ?"));
        q.addBindValue(workspaceId);
        q.exec();
        while (q.next())
            if (!paths.contains(q.value(0).toString()))
                gone << q.value(0).toString();
    }
    if (gone.isEmpty())
        return true;
    SqlTransaction tx(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM files WHERE path = ?"));
    for (const QString& path : std::as_const(gone)) {
        q.bindValue(0, path);
        if (!run(q, error))
            return false;
    }
    return tx.commit(error);
}

bool CatalogStore::regroupDatasets(qint64 workspaceId, QString* error)
{
    QSqlDatabase db = m_catalog.database();
    struct Row
    {
        qint64 id;
        QString path, format, indexPath, status;
        QSet<QString> samples;
    };
    QVector<Row> rows;
    QHash<qint64, int> rowById;
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "SELECT id, path, format, index_path, status FROM files WHERE workspace_id = ? "
            "ORDER BY path"));
        q.addBindValue(workspaceId);
        q.exec();
        while (q.next()) {
            rowById.insert(q.value(0).toLongLong(), rows.size());
            rows.push_back({q.value(0).toLongLong(),
                            q.value(1).toString(),
                            q.value(2).toString(),
                            q.value(3).toString(),
                            q.value(4).toString(),
                            {}});
        }
        q.prepare(QStringLiteral("SELECT s.file_id, s.name FROM samples s JOIN files f ON "
                                 "f.id = s.file_id WHERE f.workspace_id = ?"));
        q.addBindValue(workspaceId);
        q.exec();
        while (q.next()) {
            const int at = rowById.value(q.value(0).toLongLong(), -1);
            if (at >= 0)
                rows[at].samples.insert(q.value(1).toString());
        }
    }

    const QSet<QString> dataFormats{QStringLiteral("vcf"), QStringLiteral("bcf"),
                                    QStringLiteral("sam"), QStringLiteral("bam"),
                                    QStringLiteral("cram")};
    const QSet<QString> sidecarFormats{QStringLiteral("phenopacket"), QStringLiteral("ped"),
                                       QStringLiteral("samplesheet")};
    QHash<QString, int> rowByPath;
    for (int i = 0; i < rows.size(); ++i)
        rowByPath.insert(rows[i].path, i);

    // primary path -> kind; file id -> (primary path, role)
    QHash<QString, QString> datasetKind;
    QHash<qint64, QPair<QString, QString>> membership;
    for (const Row& r : std::as_const(rows)) {
        if (dataFormats.contains(r.format)) {
            const bool variants =
                r.format == QLatin1String("vcf") || r.format == QLatin1String("bcf");
            datasetKind.insert(r.path, variants ? QStringLiteral("variants")
                                                : QStringLiteral("alignments"));
            membership.insert(r.id, {r.path, QStringLiteral("data")});
            if (!r.indexPath.isEmpty() && rowByPath.contains(r.indexPath))
                membership.insert(rows[rowByPath.value(r.indexPath)].id,
                                  {r.path, QStringLiteral("index")});
        } else if (r.format == QLatin1String("fasta")) {
            datasetKind.insert(r.path, QStringLiteral("reference"));
            membership.insert(r.id, {r.path, QStringLiteral("reference")});
            for (const char* ext : {".fai", ".gzi"}) {
                const QString idx = r.path + QLatin1String(ext);
                if (rowByPath.contains(idx))
                    membership.insert(rows[rowByPath.value(idx)].id,
                                      {r.path, QStringLiteral("index")});
            }
        } else if ((r.format == QLatin1String("other") || r.format == QLatin1String("empty")) &&
                   r.status == QLatin1String("error")) {
            // A file named like genomic data that cannot be read: the steward must see it.
            datasetKind.insert(r.path, QStringLiteral("unreadable"));
            membership.insert(r.id, {r.path, QStringLiteral("data")});
        }
    }
    // Sidecars: same folder and name stem as a data file, else shared sample ids, else alone.
    for (const Row& r : std::as_const(rows)) {
        if (!sidecarFormats.contains(r.format))
            continue;
        const QFileInfo info(r.path);
        const QString stem = info.fileName().section(QLatin1Char('.'), 0, 0) + QLatin1Char('.');
        QString owner;
        for (const Row& d : std::as_const(rows)) {
            if (!dataFormats.contains(d.format))
                continue;
            const QFileInfo di(d.path);
            if (di.absolutePath() == info.absolutePath() && di.fileName().startsWith(stem)) {
                owner = d.path;
                break;
            }
        }
        if (owner.isEmpty() && !r.samples.isEmpty()) {
            int best = 0;
            for (const Row& d : std::as_const(rows)) {
                if (!dataFormats.contains(d.format))
                    continue;
                const int shared = int(QSet<QString>(r.samples).intersect(d.samples).size());
                if (shared > best) {
                    best = shared;
                    owner = d.path;
                }
            }
        }
        if (owner.isEmpty()) {
            owner = r.path;
            datasetKind.insert(r.path, QStringLiteral("sidecar"));
        }
        membership.insert(r.id, {owner, QStringLiteral("sidecar")});
    }

    SqlTransaction tx(db);
    QSqlQuery q(db);
    QHash<QString, qint64> datasetIds;
    for (auto it = datasetKind.cbegin(); it != datasetKind.cend(); ++it) {
        q.prepare(QStringLiteral(
            "INSERT INTO datasets (workspace_id, name, kind, primary_path) VALUES (?,?,?,?) "
            "ON CONFLICT(primary_path) DO UPDATE SET workspace_id=excluded.workspace_id, "
            "name=excluded.name, kind=excluded.kind"));
        q.addBindValue(workspaceId);
        q.addBindValue(QFileInfo(it.key()).fileName());
        q.addBindValue(it.value());
        q.addBindValue(it.key());
        if (!run(q, error))
            return false;
        q.prepare(QStringLiteral("SELECT id FROM datasets WHERE primary_path = ?"));
        q.addBindValue(it.key());
        if (!run(q, error) || !q.next())
            return false;
        datasetIds.insert(it.key(), q.value(0).toLongLong());
    }
    q.prepare(QStringLiteral("SELECT id, primary_path FROM datasets WHERE workspace_id = ?"));
    q.addBindValue(workspaceId);
    q.exec();
    QVector<qint64> stale;
    while (q.next())
        if (!datasetKind.contains(q.value(1).toString()))
            stale << q.value(0).toLongLong();
    for (qint64 id : std::as_const(stale)) {
        q.prepare(QStringLiteral("DELETE FROM datasets WHERE id = ?"));
        q.addBindValue(id);
        if (!run(q, error))
            return false;
    }
    for (const Row& r : std::as_const(rows)) {
        const auto m = membership.value(r.id);
        q.prepare(QStringLiteral("UPDATE files SET dataset_id = ?, role = ? WHERE id = ?"));
        q.addBindValue(m.first.isEmpty() ? QVariant(QMetaType(QMetaType::LongLong))
                                         : QVariant(datasetIds.value(m.first)));
        q.addBindValue(nullable(m.second));
        q.addBindValue(r.id);
        if (!run(q, error))
            return false;
    }
    return tx.commit(error);
}

bool CatalogStore::fillFile(FileRecord& r) const
{
    QSqlDatabase db = m_catalog.database();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT name FROM samples WHERE file_id = ? ORDER BY position"));
    q.addBindValue(r.id);
    q.exec();
    while (q.next())
        r.samples << q.value(0).toString();
    q.prepare(
        QStringLiteral("SELECT name, length, records, unmapped FROM contigs WHERE file_id = ? "
                       "ORDER BY position"));
    q.addBindValue(r.id);
    q.exec();
    auto orMinus = [](const QVariant& v) { return v.isNull() ? qint64(-1) : v.toLongLong(); };
    while (q.next())
        r.contigs.push_back(
            {q.value(0).toString(), orMinus(q.value(1)), orMinus(q.value(2)), orMinus(q.value(3))});
    q.prepare(QStringLiteral("SELECT kind, json, records FROM statistics WHERE file_id = ?"));
    q.addBindValue(r.id);
    q.exec();
    if (q.next()) {
        r.statisticsKind = q.value(0).toString();
        r.statistics = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
        r.recordCount = orMinus(q.value(2));
    }
    r.problems = readProblems(db, r.id);
    return true;
}

namespace {
const char* kFileColumns =
    "id, workspace_id, dataset_id, role, path, rel_path, size, mtime, format, compression, "
    "format_version, index_path, index_status, eof_ok, status, header_text, scanned_at, scan_ms";

FileRecord readFileRow(const QSqlQuery& q)
{
    FileRecord r;
    r.id = q.value(0).toLongLong();
    r.workspaceId = q.value(1).toLongLong();
    r.datasetId = q.value(2).toLongLong();
    r.role = q.value(3).toString();
    r.path = q.value(4).toString();
    r.relPath = q.value(5).toString();
    r.size = q.value(6).toLongLong();
    r.mtimeMs = q.value(7).toLongLong();
    r.format = q.value(8).toString();
    r.compression = q.value(9).toString();
    r.formatVersion = q.value(10).toString();
    r.indexPath = q.value(11).toString();
    r.indexStatus = q.value(12).toString();
    r.eofOk = q.value(13).isNull() ? -1 : q.value(13).toInt();
    r.status = q.value(14).toString();
    r.headerText = q.value(15).toString();
    r.scannedAt = q.value(16).toString();
    r.scanMs = q.value(17).toLongLong();
    return r;
}
} // namespace

std::optional<FileRecord> CatalogStore::file(const QString& path) const
{
    QSqlQuery q(m_catalog.database());
    q.prepare(
        QStringLiteral("SELECT %1 FROM files WHERE path = ?").arg(QLatin1String(kFileColumns)));
    q.addBindValue(path);
    if (!q.exec() || !q.next())
        return std::nullopt;
    FileRecord r = readFileRow(q);
    fillFile(r);
    return r;
}

std::optional<FileRecord> CatalogStore::file(qint64 id) const
{
    QSqlQuery q(m_catalog.database());
    q.prepare(QStringLiteral("SELECT %1 FROM files WHERE id = ?").arg(QLatin1String(kFileColumns)));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    FileRecord r = readFileRow(q);
    fillFile(r);
    return r;
}

QVector<FileRecord> CatalogStore::files(qint64 workspaceId) const
{
    QVector<FileRecord> list;
    QSqlQuery q(m_catalog.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM files WHERE workspace_id = ? ORDER BY path")
                  .arg(QString::fromLatin1(kFileColumns)
                           .replace(QLatin1String("header_text"), QLatin1String("NULL"))));
    q.addBindValue(workspaceId);
    q.exec();
    while (q.next())
        list.push_back(readFileRow(q));
    return list;
}

QVector<FileRecord> CatalogStore::datasetFiles(qint64 datasetId) const
{
    QVector<FileRecord> list;
    QSqlQuery q(m_catalog.database());
    q.prepare(QStringLiteral("SELECT %1 FROM files WHERE dataset_id = ? ORDER BY "
                             "CASE role WHEN 'data' THEN 0 WHEN 'reference' THEN 0 WHEN 'index' "
                             "THEN 1 ELSE 2 END, path")
                  .arg(QString::fromLatin1(kFileColumns)
                           .replace(QLatin1String("header_text"), QLatin1String("NULL"))));
    q.addBindValue(datasetId);
    q.exec();
    while (q.next())
        list.push_back(readFileRow(q));
    for (FileRecord& r : list)
        r.problems = readProblems(m_catalog.database(), r.id);
    return list;
}

std::optional<FileRecord> CatalogStore::datasetPrimaryFile(qint64 datasetId) const
{
    QSqlQuery q(m_catalog.database());
    q.prepare(QStringLiteral("SELECT primary_path FROM datasets WHERE id = ?"));
    q.addBindValue(datasetId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return file(q.value(0).toString());
}

} // namespace steward
