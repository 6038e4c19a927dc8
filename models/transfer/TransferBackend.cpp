#include "models/transfer/TransferBackend.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include "models/transfer/FolderBackend.h"
#include "models/transfer/S3Backend.h"
#include "models/transfer/SftpBackend.h"
#include "models/transfer/WebDavBackend.h"

namespace steward {

QString TransferBackend::parentOf(const QString& path)
{
    const int slash = int(path.lastIndexOf(QLatin1Char('/')));
    return slash > 0 ? path.left(slash) : QString();
}

bool TransferBackend::stage(const QString& dir, const QByteArray& data, QString* path)
{
    *path = QDir(dir).filePath(QStringLiteral("small"));
    QFile f(*path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

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
