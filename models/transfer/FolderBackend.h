#pragma once

#include <QCoreApplication>

#include "models/transfer/TransferBackend.h"

namespace steward {

/**
 * A local or mounted folder as a repository: each file is copied to "<name>.steward-part",
 * flushed to disk (fsync) and renamed into place, so no partial file ever has its final name.
 * A copy interrupted by a kill resumes from the part file's size once its prefix hashes equal.
 */
class FolderBackend final : public TransferBackend
{
    Q_DECLARE_TR_FUNCTIONS(FolderBackend)

public:
    explicit FolderBackend(QString root);

    QString describe() const override { return m_root; }
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

private:
    QString absolute(const QString& remotePath) const;
    RemoteResult rootMissing() const;
    RemoteResult ioFailure(const QString& path, const QString& what, int osError) const;
    QString m_root;
};

} // namespace steward
