#pragma once

#include <QCoreApplication>

#include "models/transfer/SftpClient.h"
#include "models/transfer/TransferBackend.h"

namespace steward {

/**
 * An SFTP inbox as a repository. Each file goes to "<name>.steward-part" and is renamed when
 * complete. An interrupted upload resumes by appending from the part file's size, once the
 * SHA-256 of the bytes already there (read back: SFTP has no server-side hashing) equals the
 * local prefix's. The host key is always checked against the configured fingerprint.
 */
class SftpBackend final : public TransferBackend
{
    Q_DECLARE_TR_FUNCTIONS(SftpBackend)

public:
    SftpBackend(const Repository& repository, SecretProvider secret);

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
    int parallelFiles() const override { return 4; }

private:
    SftpClient& client();
    Repository m_repository;
    SecretProvider m_secret;
    std::unique_ptr<SftpClient> m_client;
};

} // namespace steward
