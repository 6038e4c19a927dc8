#include "models/transfer/SftpBackend.h"

#include <QFile>
#include <QLocale>
#include <QTemporaryDir>

#include "models/common/Digest.h"
#include "models/transfer/TransferStore.h"

namespace steward {

SftpBackend::SftpBackend(const Repository& repository, SecretProvider secret)
    : m_repository(repository), m_secret(std::move(secret))
{}

SftpClient& SftpBackend::client()
{
    // One client (one SSH session) per backend, i.e. per worker; the secret is read when the
    // session is made, so a changed password applies to the next session.
    if (!m_client) {
        const QJsonObject& s = m_repository.settings;
        SftpConfig c;
        c.host = s.value(QStringLiteral("host")).toString();
        c.port = s.value(QStringLiteral("port")).toInt(22);
        c.user = s.value(QStringLiteral("user")).toString();
        c.privateKeyPath = s.value(QStringLiteral("key")).toString();
        c.hostKeyFingerprint = s.value(QStringLiteral("host_fingerprint")).toString();
        c.remoteFolder = s.value(QStringLiteral("path")).toString();
        const QString secret = m_secret ? m_secret() : QString();
        if (c.privateKeyPath.isEmpty())
            c.password = secret;
        else
            c.keyPassphrase = secret;
        m_client = std::make_unique<SftpClient>(c);
    }
    return *m_client;
}

QString SftpBackend::describe() const
{
    const QJsonObject& s = m_repository.settings;
    return QStringLiteral("sftp://%1@%2:%3/%4")
        .arg(s.value(QStringLiteral("user")).toString(), s.value(QStringLiteral("host")).toString())
        .arg(s.value(QStringLiteral("port")).toInt(22))
        .arg(s.value(QStringLiteral("path")).toString());
}

RemoteResult SftpBackend::test(QStringList* notes, const RequestControl& control)
{
    const QString probe = QStringLiteral(".steward-write-test");
    RemoteResult r = writeSmall(probe, QByteArrayLiteral("steward\n"), control);
    if (!r.ok())
        return r;
    client().remove(control, probe);
    qint64 free = -1;
    if (client().freeSpace(control, QStringLiteral("."), &free).ok() && free >= 0 && notes)
        *notes << tr("Signed in with a verified host key; writable; %1 free.")
                      .arg(QLocale().formattedDataSize(free));
    else if (notes)
        *notes << tr("Signed in with a verified host key; writable.");
    return RemoteResult::success();
}

RemoteResult SftpBackend::upload(UploadTask& task)
{
    SftpClient& c = client();
    // Helper requests (size, read-back, rename) must not count as progress of the file.
    RequestControl quiet = task.control;
    quiet.progress = nullptr;
    const QString part = partName(task.remotePath);
    const QString parent = parentOf(task.remotePath);
    if (!parent.isEmpty()) {
        const RemoteResult r = c.mkdirs(quiet, parent);
        if (!r.ok())
            return r;
    }
    task.store->setFileRemoteTemp(task.file.id, part);
    // Resume when the part file's bytes are the start of ours.
    qint64 existing = -1;
    RemoteResult r = c.size(quiet, part, &existing);
    if (!r.ok())
        return r;
    qint64 offset = 0;
    if (existing > 0 && existing <= task.file.size) {
        QByteArray remote;
        r = c.prefixSha256(quiet, part, existing, &remote);
        if (!r.ok() && !r.retryable() && r.kind != RemoteResult::Kind::Fatal)
            return r;
        QString ignored;
        if (r.ok() && remote == Digest::fileRange(Digest::Algorithm::Sha256, task.file.localPath, 0,
                                                  existing, &ignored, task.control.cancel))
            offset = existing;
    }
    task.resumedFrom = offset;
    RequestControl control = task.control;
    control.progress = [&task, offset](qint64 sent, qint64 received) {
        if (task.control.progress)
            task.control.progress(offset + sent, received);
    };
    if (offset < task.file.size || task.file.size == 0) {
        r = c.upload(control, task.file.localPath, offset, part, offset > 0);
        if (r.kind == RemoteResult::Kind::Fatal && r.remoteCode == QLatin1String("size-mismatch")) {
            // Another writer or a half-applied write: start the file again from zero.
            task.resumedFrom = 0;
            RequestControl fresh = task.control;
            r = c.upload(fresh, task.file.localPath, 0, part, false);
        }
        if (!r.ok())
            return r;
    }
    return c.rename(quiet, part, task.remotePath);
}

RemoteResult SftpBackend::size(const QString& remotePath, qint64* size,
                               const RequestControl& control)
{
    return client().size(control, remotePath, size);
}

RemoteResult SftpBackend::read(const QString& remotePath, QByteArray* data,
                               const RequestControl& control)
{
    return client().download(control, remotePath, data);
}

RemoteResult SftpBackend::sha256(const QString& remotePath, QByteArray* digest,
                                 const RequestControl& control)
{
    QTemporaryDir dir;
    return client().downloadToFile(control, remotePath, dir.filePath(QStringLiteral("back")),
                                   digest);
}

RemoteResult SftpBackend::writeSmall(const QString& remotePath, const QByteArray& data,
                                     const RequestControl& control)
{
    QTemporaryDir dir;
    QString local;
    if (!stage(dir.path(), data, &local))
        return RemoteResult::failure(RemoteResult::Kind::Fatal,
                                     tr("Cannot write a temporary file in %1.").arg(dir.path()));
    SftpClient& c = client();
    const QString parent = parentOf(remotePath);
    if (!parent.isEmpty()) {
        const RemoteResult r = c.mkdirs(control, parent);
        if (!r.ok())
            return r;
    }
    const RemoteResult r = c.upload(control, local, 0, partName(remotePath), false);
    return r.ok() ? c.rename(control, partName(remotePath), remotePath) : r;
}

RemoteResult SftpBackend::abandon(const TransferFileRecord&, const QString& remotePath,
                                  const RequestControl& control)
{
    const RemoteResult r = client().remove(control, partName(remotePath));
    return r.kind == RemoteResult::Kind::NotFound ? RemoteResult::success() : r;
}

} // namespace steward
