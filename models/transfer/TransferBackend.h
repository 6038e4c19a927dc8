#pragma once

#include <functional>
#include <memory>

#include <QByteArray>
#include <QString>
#include <QStringList>

#include "models/transfer/CurlHandle.h"
#include "models/transfer/RemoteResult.h"
#include "models/transfer/Repository.h"
#include "models/transfer/TransferRecord.h"

namespace steward {

class TransferStore;

/** One file to publish: what to send, where, and how to checkpoint progress. */
struct UploadTask
{
    TransferFileRecord file; // sha256 is known before the upload starts
    QString remotePath;      // final path under the repository's root, '/'-separated
    RequestControl control;  // cancel flag, stall time, speed limit; progress = bytes of this file
    TransferStore* store = nullptr; // records parts, offsets and temporary names as they complete
    /** Set by the backend: bytes of the file already on the repository when this attempt
     * began (resumed, not sent again). */
    qint64 resumedFrom = 0;
};

/**
 * How bytes reach one kind of repository. A backend publishes each file atomically (a
 * temporary name then a rename, or a multipart upload then its completion), resumes from the
 * checkpoints the store holds, and classifies every failure (RemoteResult) so the engine can
 * retry, wait for the network or pause for the user. Instances are used by one thread each;
 * the engine creates one per worker.
 */
class TransferBackend
{
public:
    virtual ~TransferBackend() = default;

    /** "sftp://user@host:port/inbox", for messages. */
    virtual QString describe() const = 0;
    /** Checks login, write permission (a small probe file, removed) and, for S3, clock skew. */
    virtual RemoteResult test(QStringList* notes, const RequestControl& control) = 0;
    /** Uploads task.file so it appears complete under task.remotePath, resuming if it can. */
    virtual RemoteResult upload(UploadTask& task) = 0;
    /** Size of a remote file, -1 when absent. */
    virtual RemoteResult size(const QString& remotePath, qint64* size,
                              const RequestControl& control) = 0;
    /** A small remote file (a manifest) read back whole. */
    virtual RemoteResult read(const QString& remotePath, QByteArray* data,
                              const RequestControl& control) = 0;
    /** SHA-256 of a remote file, read back in full (optional verification). */
    virtual RemoteResult sha256(const QString& remotePath, QByteArray* digest,
                                const RequestControl& control) = 0;
    /** Writes a small file atomically (temporary name, then rename). */
    virtual RemoteResult writeSmall(const QString& remotePath, const QByteArray& data,
                                    const RequestControl& control) = 0;
    /** Drops what a cancelled file left behind: temporary files, unfinished uploads. */
    virtual RemoteResult abandon(const TransferFileRecord& file, const QString& remotePath,
                                 const RequestControl& control) = 0;

    /** How many files to send at once on this kind of repository. */
    virtual int parallelFiles() const { return 4; }

    /** The temporary name a file is written under before it is renamed into place. */
    static QString partName(const QString& path) { return path + QStringLiteral(".steward-part"); }

    /** Reads the repository's secret (re-read before each part, as credentials rotate). */
    using SecretProvider = std::function<QString()>;
    /** The backend for a repository; nullptr with an error for an unknown or unusable kind. */
    static std::unique_ptr<TransferBackend> create(const Repository& repository,
                                                   SecretProvider secret, QString* error);

protected:
    /** The folder part of a '/'-separated remote path, empty at the top. */
    static QString parentOf(const QString& path);
    /** Writes bytes to a file in dir, for clients that upload from files; false on failure. */
    static bool stage(const QString& dir, const QByteArray& data, QString* path);
};

} // namespace steward
