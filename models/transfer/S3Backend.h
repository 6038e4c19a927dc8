#pragma once

#include <QCoreApplication>

#include "models/transfer/S3Client.h"
#include "models/transfer/TransferBackend.h"

namespace steward {

/**
 * An S3-compatible bucket as a repository. Files above one part go up as multipart uploads
 * whose part size is planned up front (never more than 10,000 parts), several parts at once;
 * every completed part is checkpointed with its ETag and SHA-256, and a resumed upload is
 * reconciled with ListParts (parts the server lost are sent again, parts it has but the
 * catalog missed are checked against the local bytes' MD5). Publication is the
 * CompleteMultipartUpload; a cancelled file's upload is aborted. Each part is signed with its
 * real SHA-256 and carries Content-MD5, and the secret is re-read before every part.
 */
class S3Backend final : public TransferBackend
{
    Q_DECLARE_TR_FUNCTIONS(S3Backend)

public:
    S3Backend(const Repository& repository, SecretProvider secret);

    QString describe() const override;
    RemoteResult test(QStringList* notes, const RequestControl& control) override;
    RemoteResult upload(UploadTask& task) override;
    RemoteResult size(const QString& remotePath, qint64* size,
                      const RequestControl& control) override;
    RemoteResult read(const QString& remotePath, QByteArray* data,
                      const RequestControl& control) override;
    RemoteResult sha256(const QString& remotePath, QByteArray* digest,
                        const RequestControl& control) override;
    RemoteResult writeSmall(const QString& remotePath, const QByteArray& data,
                            const RequestControl& control) override;
    RemoteResult abandon(const TransferFileRecord& file, const QString& remotePath,
                         const RequestControl& control) override;
    int parallelFiles() const override { return 2; }

    /** Parts uploaded at once for one file. */
    static constexpr int kPartsInFlight = 4;
    /** The part size for a file: the configured size, raised so there are <= 10,000 parts. */
    static qint64 planPartSize(qint64 fileSize, qint64 configured);

private:
    S3Config config() const;
    QString key(const QString& remotePath) const;
    RemoteResult uploadMultipart(UploadTask& task, qint64 partSize);

    Repository m_repository;
    SecretProvider m_secret;
    qint64 m_partSize;
};

} // namespace steward
