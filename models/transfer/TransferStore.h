#pragma once

#include <optional>

#include <QCoreApplication>
#include <QVector>

#include "models/transfer/Repository.h"
#include "models/transfer/TransferRecord.h"

namespace steward {

class Catalog;

/**
 * The persistent transfer queue in the catalog. Each change is its own small transaction,
 * taken as work completes (a part, a file, a state), so after a kill the queue holds exactly
 * what was done. State changes are audit entries.
 */
class TransferStore final
{
    Q_DECLARE_TR_FUNCTIONS(TransferStore)

public:
    explicit TransferStore(const Catalog& catalog);

    /**
     * Queues every regular file below sourcePath (sorted; symbolic links and special files are
     * refused with a message naming them) for the repository, under remotePrefix (default:
     * the folder's name). Returns the transfer id, 0 with an error.
     */
    qint64 enqueue(const QString& sourcePath, const Repository& repository,
                   const QString& remotePrefix, QString* error);

    QVector<TransferRecord> transfers() const;
    std::optional<TransferRecord> transfer(qint64 id) const;
    QVector<TransferFileRecord> files(qint64 transferId) const;
    std::optional<TransferFileRecord> file(qint64 fileId) const;
    QVector<TransferPart> parts(qint64 fileId) const;
    /** The oldest queued transfer, if any. */
    std::optional<TransferRecord> nextQueued() const;

    bool setState(qint64 id, TransferState state, const QString& errorKind, const QString& error,
                  QString* failure = nullptr);
    bool addAttempt(qint64 id);
    bool setFileState(qint64 fileId, const QString& state, const QString& error = QString());
    bool setFileSha256(qint64 fileId, const QString& sha256);
    bool setFileProgress(qint64 fileId, qint64 doneBytes);
    bool addSentBytes(qint64 fileId, qint64 bytes);
    bool setFileRemoteTemp(qint64 fileId, const QString& remoteTemp);
    bool setFileUpload(qint64 fileId, const QString& uploadId, qint64 partSize);
    /** Records a completed part and the file's progress in one transaction. */
    bool addPart(qint64 fileId, const TransferPart& part);
    bool clearParts(qint64 fileId);
    /** Re-adds the files' progress into the transfer's totals. */
    bool updateTotals(qint64 transferId);

    /** Records that the user accepts the repository's current settings for this transfer. */
    bool acknowledgeRepository(qint64 id, const Repository& repository);

    /** After a crash or kill: transfers left running, verifying or waiting are queued again. */
    int recoverInterrupted(QString* error = nullptr);

    /** Settings that decide where bytes go; a change while queued is refused at start. */
    static QString repositoryFingerprint(const Repository& repository);

private:
    bool exec(const QString& sql, const QVariantList& binds);
    const Catalog& m_catalog;
};

} // namespace steward
