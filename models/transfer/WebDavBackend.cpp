#include "models/transfer/WebDavBackend.h"

#include <QTemporaryDir>

#include "models/transfer/TransferStore.h"

namespace steward {

WebDavBackend::WebDavBackend(const Repository& repository, SecretProvider secret)
    : m_repository(repository), m_secret(std::move(secret))
{}

WebDavClient& WebDavBackend::client()
{
    if (!m_client) {
        WebDavConfig c;
        c.url = m_repository.settings.value(QStringLiteral("url")).toString();
        c.user = m_repository.settings.value(QStringLiteral("user")).toString();
        c.caFile = m_repository.settings.value(QStringLiteral("ca_file")).toString();
        c.password = m_secret ? m_secret() : QString();
        m_client = std::make_unique<WebDavClient>(c);
    }
    return *m_client;
}

QString WebDavBackend::describe() const
{
    return m_repository.settings.value(QStringLiteral("url")).toString();
}

RemoteResult WebDavBackend::test(QStringList* notes, const RequestControl& control)
{
    const QString probe = QStringLiteral(".steward-write-test");
    const RemoteResult r = writeSmall(probe, QByteArrayLiteral("steward\n"), control);
    if (!r.ok())
        return r;
    client().remove(control, probe);
    if (notes)
        *notes << tr("Signed in; the collection is writable.");
    return RemoteResult::success();
}

RemoteResult WebDavBackend::upload(UploadTask& task)
{
    task.store->setFileRemoteTemp(task.file.id, partName(task.remotePath));
    task.resumedFrom = 0; // no partial PUT in WebDAV: the file is sent again whole
    return publish(task.control, task.file.localPath, task.remotePath);
}

RemoteResult WebDavBackend::publish(const RequestControl& control, const QString& localPath,
                                    const QString& remotePath)
{
    WebDavClient& c = client();
    RequestControl quiet = control; // helper requests are not progress of the file
    quiet.progress = nullptr;
    const QString part = partName(remotePath);
    const QString parent = parentOf(remotePath);
    if (!parent.isEmpty()) {
        const RemoteResult r = c.mkcol(quiet, parent);
        if (!r.ok())
            return r;
    }
    const RemoteResult r = c.upload(control, localPath, part);
    if (r.remoteCode != QLatin1String(WebDavClient::kStoreFailed)) {
        m_storeFailed.clear();
        return r.ok() ? c.move(quiet, part, remotePath, true) : r;
    }
    // Once may be a passing fault, retried like any other; twice for the same file is not,
    // and sending the whole file again (WebDAV cannot resume) will not make room.
    if (m_storeFailed != remotePath) {
        m_storeFailed = remotePath;
        return r;
    }
    m_storeFailed.clear();
    return RemoteResult::failure(
        RemoteResult::Kind::Space,
        tr("%1 It failed twice and the server does not say why: most likely its disk is full "
           "or user %2 is over quota (nginx answers a full disk with HTTP 500), or it cannot "
           "write to its folder. Free space in %3 (repository %4), or ask the server's "
           "administrator to check its free space and error log, then resume the transfer.")
            .arg(r.message, c.config().user, describe(), m_repository.name),
        r.httpStatus, r.remoteCode);
}

RemoteResult WebDavBackend::size(const QString& remotePath, qint64* size,
                                 const RequestControl& control)
{
    return client().size(control, remotePath, size);
}

RemoteResult WebDavBackend::read(const QString& remotePath, QByteArray* data,
                                 const RequestControl& control)
{
    return client().download(control, remotePath, data);
}

RemoteResult WebDavBackend::sha256(const QString& remotePath, QByteArray* digest,
                                   const RequestControl& control)
{
    QTemporaryDir dir;
    return client().downloadToFile(control, remotePath, dir.filePath(QStringLiteral("back")),
                                   digest);
}

RemoteResult WebDavBackend::writeSmall(const QString& remotePath, const QByteArray& data,
                                       const RequestControl& control)
{
    QTemporaryDir dir;
    QString local;
    if (!stage(dir.path(), data, &local))
        return RemoteResult::failure(RemoteResult::Kind::Fatal,
                                     tr("Cannot write a temporary file in %1.").arg(dir.path()));
    return publish(control, local, remotePath);
}

RemoteResult WebDavBackend::abandon(const TransferFileRecord&, const QString& remotePath,
                                    const RequestControl& control)
{
    const RemoteResult r = client().remove(control, partName(remotePath));
    return r.kind == RemoteResult::Kind::NotFound ? RemoteResult::success() : r;
}

} // namespace steward
