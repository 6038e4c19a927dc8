#pragma once

#include <QCoreApplication>

#include "models/transfer/TransferBackend.h"
#include "models/transfer/WebDavClient.h"

namespace steward {

/**
 * A WebDAV collection (Nextcloud, nginx) as a repository: PUT to "<name>.steward-part", then
 * MOVE onto the final name. WebDAV has no standard partial PUT, so an interrupted file is
 * sent again whole. A file the server fails to store twice in a row (HTTP 500, nginx's answer
 * to a full disk) pauses the transfer as Space instead of being sent again and again.
 */
class WebDavBackend final : public TransferBackend
{
    Q_DECLARE_TR_FUNCTIONS(WebDavBackend)

public:
    WebDavBackend(const Repository& repository, SecretProvider secret);

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
    WebDavClient& client();
    /** Creates the parent folder, PUTs localPath to the temporary name, MOVEs it into place. */
    RemoteResult publish(const RequestControl& control, const QString& localPath,
                         const QString& remotePath);

    Repository m_repository;
    SecretProvider m_secret;
    std::unique_ptr<WebDavClient> m_client;
    QString m_storeFailed; // the remote path whose last PUT the server could not store
};

} // namespace steward
