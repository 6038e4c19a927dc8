#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace steward {

/** Where a transfer stands. Delivered means uploaded AND verified against the manifest. */
enum class TransferState
{
    Queued,
    Running,
    Paused,  // by the user, or after an error only the user can fix (credentials, space)
    Waiting, // for the network; resumes by itself
    Verifying,
    Delivered,
    Failed,
    Cancelled
};

/** One transfer of a bundle or folder to a repository, as the queue stores it. */
struct TransferRecord
{
    Q_DECLARE_TR_FUNCTIONS(TransferRecord)

public:
    qint64 id = 0;
    qint64 repositoryId = 0;
    QString repositoryName;
    QString sourcePath;
    QString sourceKind; // folder | bundle
    QString remotePrefix;
    TransferState state = TransferState::Queued;
    QString errorKind;
    QString error;
    qint64 totalBytes = 0;
    qint64 doneBytes = 0;
    int filesTotal = 0;
    int filesDone = 0;
    int attempts = 0;
    QString repositoryFingerprint;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime startedAt;
    QDateTime finishedAt;

    bool isFinished() const
    {
        return state == TransferState::Delivered || state == TransferState::Failed ||
               state == TransferState::Cancelled;
    }
    static QString stateName(TransferState state); // queued, running, ...
    static bool stateFromName(const QString& name, TransferState* state);
    static QString stateLabel(TransferState state); // translated
};

/** One file of a transfer. */
struct TransferFileRecord
{
    qint64 id = 0;
    qint64 transferId = 0;
    QString relPath;
    QString localPath;
    qint64 size = 0;
    qint64 mtime = 0;
    QString sha256;
    QString state; // pending | uploading | uploaded | verified | failed
    qint64 doneBytes = 0;
    qint64 sentBytes = 0; // over all attempts: more than size means data was sent again
    QString remoteTemp;
    QString uploadId;
    qint64 partSize = 0;
    QString error;
};

/** A completed S3 part. */
struct TransferPart
{
    int number = 0;
    qint64 size = 0;
    QString etag;
    QString sha256;
};

} // namespace steward
