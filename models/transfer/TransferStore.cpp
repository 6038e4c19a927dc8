#include "models/transfer/TransferStore.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QSqlQuery>

#include "models/audit/AuditLog.h"
#include "models/bundle/BundleDelivery.h"
#include "models/catalog/Catalog.h"
#include "models/catalog/SqlTransaction.h"
#include "models/common/Digest.h"

namespace steward {
namespace {

QDateTime time(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

const char* kTransferSelect =
    "SELECT t.id, t.repository_id, COALESCE(r.name, ''), t.source_path, t.source_kind, "
    "t.remote_prefix, t.state, t.error_kind, t.error, t.total_bytes, t.done_bytes, "
    "t.files_total, t.files_done, t.attempts, t.repository_fingerprint, t.created_at, "
    "t.updated_at, t.started_at, t.finished_at FROM transfers t "
    "LEFT JOIN repositories r ON r.id = t.repository_id ";

TransferRecord transferFrom(const QSqlQuery& q)
{
    TransferRecord t;
    t.id = q.value(0).toLongLong();
    t.repositoryId = q.value(1).toLongLong();
    t.repositoryName = q.value(2).toString();
    t.sourcePath = q.value(3).toString();
    t.sourceKind = q.value(4).toString();
    t.remotePrefix = q.value(5).toString();
    TransferRecord::stateFromName(q.value(6).toString(), &t.state);
    t.errorKind = q.value(7).toString();
    t.error = q.value(8).toString();
    t.totalBytes = q.value(9).toLongLong();
    t.doneBytes = q.value(10).toLongLong();
    t.filesTotal = q.value(11).toInt();
    t.filesDone = q.value(12).toInt();
    t.attempts = q.value(13).toInt();
    t.repositoryFingerprint = q.value(14).toString();
    t.createdAt = time(q.value(15));
    t.updatedAt = time(q.value(16));
    t.startedAt = time(q.value(17));
    t.finishedAt = time(q.value(18));
    return t;
}

const char* kFileSelect = "SELECT id, transfer_id, rel_path, local_path, size, mtime, sha256, "
                          "state, done_bytes, remote_temp, upload_id, part_size, error, "
                          "sent_bytes FROM transfer_files ";

TransferFileRecord fileFrom(const QSqlQuery& q)
{
    TransferFileRecord f;
    f.id = q.value(0).toLongLong();
    f.transferId = q.value(1).toLongLong();
    f.relPath = q.value(2).toString();
    f.localPath = q.value(3).toString();
    f.size = q.value(4).toLongLong();
    f.mtime = q.value(5).toLongLong();
    f.sha256 = q.value(6).toString();
    f.state = q.value(7).toString();
    f.doneBytes = q.value(8).toLongLong();
    f.remoteTemp = q.value(9).toString();
    f.uploadId = q.value(10).toString();
    f.partSize = q.value(11).toLongLong();
    f.error = q.value(12).toString();
    f.sentBytes = q.value(13).toLongLong();
    return f;
}

} // namespace

TransferStore::TransferStore(const Catalog& catalog) : m_catalog(catalog) {}

QString TransferStore::repositoryFingerprint(const Repository& repository)
{
    QJsonObject o{{QStringLiteral("kind"), repository.kind},
                  {QStringLiteral("settings"), repository.settings}};
    return QString::fromLatin1(
        Digest::hash(Digest::Algorithm::Sha256, QJsonDocument(o).toJson(QJsonDocument::Compact))
            .toHex());
}

bool TransferStore::exec(const QString& sql, const QVariantList& binds)
{
    QSqlQuery q(m_catalog.database());
    q.prepare(sql);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    return q.exec();
}

qint64 TransferStore::enqueue(const QString& sourcePath, const Repository& repository,
                              const QString& remotePrefix, QString* error)
{
    const QFileInfo source(sourcePath);
    if (!source.isDir()) {
        if (error)
            *error = tr("%1 is not a folder; push a bundle or a folder.").arg(sourcePath);
        return 0;
    }
    const QString root = source.canonicalFilePath();
    bool isBundle = false;
    if (!BundleDelivery::checkPush(m_catalog, root, repository, error, &isBundle))
        return 0;
    struct Entry
    {
        QString rel;
        QString path;
        qint64 size;
        qint64 mtime;
    };
    QVector<Entry> entries;
    QDirIterator it(root, QDir::Files | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    QStringList refused;
    while (it.hasNext()) {
        it.next();
        const QFileInfo fi = it.fileInfo();
        const QString rel = QDir(root).relativeFilePath(fi.filePath());
        if (fi.isSymLink() || !fi.isFile()) {
            refused << rel;
            continue;
        }
        entries.push_back(
            {rel, fi.absoluteFilePath(), fi.size(), fi.lastModified().toMSecsSinceEpoch()});
    }
    if (!refused.isEmpty()) {
        if (error)
            *error = tr("%1 contains links or special files that cannot be pushed: %2")
                         .arg(root, refused.mid(0, 5).join(QStringLiteral(", ")));
        return 0;
    }
    if (entries.isEmpty()) {
        if (error)
            *error = tr("%1 contains no files to push.").arg(root);
        return 0;
    }
    std::sort(entries.begin(), entries.end(),
              [](const Entry& a, const Entry& b) { return a.rel < b.rel; });
    qint64 total = 0;
    for (const Entry& e : std::as_const(entries))
        total += e.size;
    const QString prefix = remotePrefix.isEmpty() ? source.fileName() : remotePrefix;

    SqlTransaction tx(m_catalog.database());
    QSqlQuery q(m_catalog.database());
    q.prepare(QStringLiteral(
        "INSERT INTO transfers (repository_id, source_path, source_kind, remote_prefix, state, "
        "total_bytes, files_total, repository_fingerprint, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, 'queued', ?, ?, ?, ?, ?)"));
    q.addBindValue(repository.id);
    q.addBindValue(root);
    q.addBindValue(isBundle ? QStringLiteral("bundle") : QStringLiteral("folder"));
    q.addBindValue(prefix);
    q.addBindValue(total);
    q.addBindValue(int(entries.size()));
    q.addBindValue(repositoryFingerprint(repository));
    q.addBindValue(catalogTimestamp());
    q.addBindValue(catalogTimestamp());
    if (!execQuery(q, error))
        return 0;
    const qint64 id = q.lastInsertId().toLongLong();
    q.prepare(QStringLiteral("INSERT INTO transfer_files (transfer_id, rel_path, local_path, "
                             "size, mtime, state) VALUES (?, ?, ?, ?, ?, 'pending')"));
    for (const Entry& e : std::as_const(entries)) {
        q.addBindValue(id);
        q.addBindValue(e.rel);
        q.addBindValue(e.path);
        q.addBindValue(e.size);
        q.addBindValue(e.mtime);
        if (!execQuery(q, error))
            return 0;
    }
    AuditLog log(m_catalog);
    if (!log.append(QStringLiteral("transfer.queued"), QStringLiteral("transfer:%1").arg(id),
                    {{QStringLiteral("source"), root},
                     {QStringLiteral("repository"), repository.name},
                     {QStringLiteral("remote_prefix"), prefix},
                     {QStringLiteral("files"), int(entries.size())},
                     {QStringLiteral("bytes"), double(total)}},
                    error))
        return 0;
    if (!tx.commit(error))
        return 0;
    log.anchor();
    if (isBundle)
        BundleDelivery::followTransfer(m_catalog, root, TransferState::Queued);
    return id;
}

QVector<TransferRecord> TransferStore::transfers() const
{
    QVector<TransferRecord> list;
    QSqlQuery q(m_catalog.database());
    q.exec(QString::fromLatin1(kTransferSelect) + QStringLiteral("ORDER BY t.id DESC"));
    while (q.next())
        list.push_back(transferFrom(q));
    return list;
}

std::optional<TransferRecord> TransferStore::transfer(qint64 id) const
{
    QSqlQuery q(m_catalog.database());
    q.prepare(QString::fromLatin1(kTransferSelect) + QStringLiteral("WHERE t.id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return transferFrom(q);
    return std::nullopt;
}

std::optional<TransferRecord> TransferStore::nextQueued() const
{
    QSqlQuery q(m_catalog.database());
    q.exec(QString::fromLatin1(kTransferSelect) +
           QStringLiteral("WHERE t.state = 'queued' ORDER BY t.id LIMIT 1"));
    if (q.next())
        return transferFrom(q);
    return std::nullopt;
}

QVector<TransferFileRecord> TransferStore::files(qint64 transferId) const
{
    QVector<TransferFileRecord> list;
    QSqlQuery q(m_catalog.database());
    q.prepare(QString::fromLatin1(kFileSelect) +
              QStringLiteral("WHERE transfer_id = ? ORDER BY rel_path"));
    q.addBindValue(transferId);
    q.exec();
    while (q.next())
        list.push_back(fileFrom(q));
    return list;
}

std::optional<TransferFileRecord> TransferStore::file(qint64 fileId) const
{
    QSqlQuery q(m_catalog.database());
    q.prepare(QString::fromLatin1(kFileSelect) + QStringLiteral("WHERE id = ?"));
    q.addBindValue(fileId);
    if (q.exec() && q.next())
        return fileFrom(q);
    return std::nullopt;
}

QVector<TransferPart> TransferStore::parts(qint64 fileId) const
{
    QVector<TransferPart> list;
    QSqlQuery q(m_catalog.database());
    q.prepare(QStringLiteral("SELECT part_number, size, etag, sha256 FROM transfer_parts "
                             "WHERE file_id = ? ORDER BY part_number"));
    q.addBindValue(fileId);
    q.exec();
    while (q.next())
        list.push_back({q.value(0).toInt(), q.value(1).toLongLong(), q.value(2).toString(),
                        q.value(3).toString()});
    return list;
}

bool TransferStore::setState(qint64 id, TransferState state, const QString& errorKind,
                             const QString& error, QString* failure)
{
    const std::optional<TransferRecord> before = transfer(id);
    if (!before) {
        if (failure)
            *failure = tr("No transfer %1 in the queue.").arg(id);
        return false;
    }
    SqlTransaction tx(m_catalog.database());
    QSqlQuery q(m_catalog.database());
    q.prepare(QStringLiteral(
        "UPDATE transfers SET state = ?, error_kind = ?, error = ?, updated_at = ?, "
        "started_at = CASE WHEN ? = 'running' AND started_at IS NULL THEN ? ELSE started_at END, "
        "finished_at = CASE WHEN ? IN ('delivered', 'failed', 'cancelled') THEN ? ELSE NULL END "
        "WHERE id = ?"));
    const QString name = TransferRecord::stateName(state);
    const QString stamp = catalogTimestamp();
    q.addBindValue(name);
    q.addBindValue(nullableText(errorKind));
    q.addBindValue(nullableText(error));
    q.addBindValue(stamp);
    q.addBindValue(name);
    q.addBindValue(stamp);
    q.addBindValue(name);
    q.addBindValue(stamp);
    q.addBindValue(id);
    if (!execQuery(q, failure))
        return false;
    if (before->state != state || before->error != error) {
        QJsonObject details{{QStringLiteral("repository"), before->repositoryName},
                            {QStringLiteral("source"), before->sourcePath},
                            {QStringLiteral("from"), TransferRecord::stateName(before->state)},
                            {QStringLiteral("to"), name},
                            {QStringLiteral("done_bytes"), double(before->doneBytes)}};
        if (!error.isEmpty()) {
            details.insert(QStringLiteral("error_kind"), errorKind);
            details.insert(QStringLiteral("error"), error);
        }
        AuditLog log(m_catalog);
        if (!log.append(QStringLiteral("transfer.") + name, QStringLiteral("transfer:%1").arg(id),
                        details, failure))
            return false;
        if (!tx.commit(failure))
            return false;
        log.anchor();
        if (before->state != state)
            BundleDelivery::followTransfer(m_catalog, before->sourcePath, state);
        return true;
    }
    return tx.commit(failure);
}

bool TransferStore::addAttempt(qint64 id)
{
    return exec(QStringLiteral("UPDATE transfers SET attempts = attempts + 1 WHERE id = ?"), {id});
}

bool TransferStore::setFileState(qint64 fileId, const QString& state, const QString& error)
{
    return exec(QStringLiteral("UPDATE transfer_files SET state = ?, error = ? WHERE id = ?"),
                {state, nullableText(error), fileId});
}

bool TransferStore::setFileSha256(qint64 fileId, const QString& sha256)
{
    return exec(QStringLiteral("UPDATE transfer_files SET sha256 = ? WHERE id = ?"),
                {sha256, fileId});
}

bool TransferStore::setFileProgress(qint64 fileId, qint64 doneBytes)
{
    return exec(QStringLiteral("UPDATE transfer_files SET done_bytes = ? WHERE id = ?"),
                {doneBytes, fileId});
}

bool TransferStore::addSentBytes(qint64 fileId, qint64 bytes)
{
    return bytes <= 0 || exec(QStringLiteral("UPDATE transfer_files SET sent_bytes = sent_bytes "
                                             "+ ? WHERE id = ?"),
                              {bytes, fileId});
}

bool TransferStore::setFileRemoteTemp(qint64 fileId, const QString& remoteTemp)
{
    return exec(QStringLiteral("UPDATE transfer_files SET remote_temp = ? WHERE id = ?"),
                {nullableText(remoteTemp), fileId});
}

bool TransferStore::setFileUpload(qint64 fileId, const QString& uploadId, qint64 partSize)
{
    return exec(QStringLiteral("UPDATE transfer_files SET upload_id = ?, part_size = ? "
                               "WHERE id = ?"),
                {nullableText(uploadId), partSize, fileId});
}

bool TransferStore::addPart(qint64 fileId, const TransferPart& part)
{
    SqlTransaction tx(m_catalog.database());
    QSqlQuery q(m_catalog.database());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO transfer_parts (file_id, part_number, size, "
                             "etag, sha256) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(fileId);
    q.addBindValue(part.number);
    q.addBindValue(part.size);
    q.addBindValue(part.etag);
    q.addBindValue(part.sha256);
    if (!q.exec())
        return false;
    q.prepare(QStringLiteral("UPDATE transfer_files SET done_bytes = (SELECT COALESCE(SUM(size), "
                             "0) FROM transfer_parts WHERE file_id = ?) WHERE id = ?"));
    q.addBindValue(fileId);
    q.addBindValue(fileId);
    return q.exec() && tx.commit();
}

bool TransferStore::clearParts(qint64 fileId)
{
    SqlTransaction tx(m_catalog.database());
    return exec(QStringLiteral("DELETE FROM transfer_parts WHERE file_id = ?"), {fileId}) &&
           exec(QStringLiteral("UPDATE transfer_files SET done_bytes = 0, upload_id = NULL "
                               "WHERE id = ?"),
                {fileId}) &&
           tx.commit();
}

bool TransferStore::updateTotals(qint64 transferId)
{
    return exec(QStringLiteral(
                    "UPDATE transfers SET done_bytes = (SELECT COALESCE(SUM(done_bytes), 0) FROM "
                    "transfer_files WHERE transfer_id = ?), files_done = (SELECT COUNT(*) FROM "
                    "transfer_files WHERE transfer_id = ? AND state IN ('uploaded', "
                    "'verified')), updated_at = ? WHERE id = ?"),
                {transferId, transferId, catalogTimestamp(), transferId});
}

bool TransferStore::acknowledgeRepository(qint64 id, const Repository& repository)
{
    return exec(QStringLiteral("UPDATE transfers SET repository_fingerprint = ? WHERE id = ?"),
                {repositoryFingerprint(repository), id});
}

int TransferStore::recoverInterrupted(QString* error)
{
    int count = 0;
    for (const TransferRecord& t : transfers()) {
        if (t.state == TransferState::Running || t.state == TransferState::Verifying ||
            t.state == TransferState::Waiting) {
            if (setState(t.id, TransferState::Queued, QString(),
                         tr("Interrupted (Steward stopped); resuming."), error))
                ++count;
        }
    }
    return count;
}

} // namespace steward
