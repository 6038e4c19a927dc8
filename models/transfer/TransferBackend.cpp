#include "models/transfer/TransferBackend.h"

#include <QCoreApplication>

#include "models/transfer/FolderBackend.h"
#include "models/transfer/S3Backend.h"
#include "models/transfer/SftpBackend.h"

namespace steward {

std::unique_ptr<TransferBackend> TransferBackend::create(const Repository& repository,
                                                         SecretProvider secret, QString* error)
{
    const QString kind = repository.kind;
    if (kind == QLatin1String("s3"))
        return std::make_unique<S3Backend>(repository, std::move(secret));
    if (kind == QLatin1String("sftp"))
        return std::make_unique<SftpBackend>(repository, std::move(secret));
    if (kind == QLatin1String("webdav"))
        return std::make_unique<WebDavBackend>(repository, std::move(secret));
    if (kind == QLatin1String("folder")) {
        const QString path = repository.settings.value(QStringLiteral("path")).toString();
        if (path.isEmpty()) {
            if (error)
                *error = QCoreApplication::translate("TransferBackend",
                                                     "The folder repository %1 has no path.")
                             .arg(repository.name);
            return nullptr;
        }
        return std::make_unique<FolderBackend>(path);
    }
    if (error) {
        if (kind == QLatin1String("declared"))
            *error = QCoreApplication::translate(
                         "TransferBackend",
                         "%1 only declares a data use; add its connection (steward repo add) "
                         "before pushing to it.")
                         .arg(repository.name);
        else
            *error = QCoreApplication::translate("TransferBackend",
                                                 "Steward cannot push to %1 repositories yet.")
                         .arg(kind);
    }
    return nullptr;
}

} // namespace steward
