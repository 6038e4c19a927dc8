#include "models/transfer/S3Backend.h"

#include <mutex>
#include <thread>

#include <QTemporaryDir>

#include "models/common/Digest.h"
#include "models/transfer/TransferStore.h"

namespace steward {
namespace {

constexpr qint64 kMiB = 1 << 20;

} // namespace

S3Backend::S3Backend(const Repository& repository, SecretProvider secret)
    : m_repository(repository), m_secret(std::move(secret))
{
    const int mib = repository.settings.value(QStringLiteral("part_size_mib")).toInt();
    m_partSize =
        qBound<qint64>(S3Client::kMinPartSize, (mib > 0 ? mib : 32) * kMiB, S3Client::kMaxPartSize);
}

S3Config S3Backend::config() const
{
    const QJsonObject& s = m_repository.settings;
    S3Config c;
    c.endpoint = s.value(QStringLiteral("endpoint")).toString();
    c.region = s.value(QStringLiteral("region")).toString();
    c.bucket = s.value(QStringLiteral("bucket")).toString();
    c.pathStyle = s.value(QStringLiteral("path_style")).toBool(true);
    c.accessKey = s.value(QStringLiteral("access_key")).toString();
    c.checksumHeaders = s.value(QStringLiteral("checksum_headers")).toBool(true);
    c.caFile = s.value(QStringLiteral("ca_file")).toString();
    c.secretKey = m_secret ? m_secret() : QString(); // re-read: credentials rotate
    return c;
}

QString S3Backend::describe() const
{
    const QJsonObject& s = m_repository.settings;
    QString prefix = s.value(QStringLiteral("prefix")).toString();
    return QStringLiteral("s3://%1/%2 (%3)")
        .arg(s.value(QStringLiteral("bucket")).toString(), prefix,
             s.value(QStringLiteral("endpoint")).toString());
}

QString S3Backend::key(const QString& remotePath) const
{
    QString prefix = m_repository.settings.value(QStringLiteral("prefix")).toString();
    while (prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1);
    return prefix.isEmpty() ? remotePath : prefix + QLatin1Char('/') + remotePath;
}

qint64 S3Backend::planPartSize(qint64 fileSize, qint64 configured)
{
    qint64 part = qMax(configured, S3Client::kMinPartSize);
    const qint64 needed = (fileSize + S3Client::kMaxParts - 1) / S3Client::kMaxParts;
    if (needed > part)
        part = (needed + kMiB - 1) / kMiB * kMiB; // whole MiB, so every resume plans the same
    return part;
}

RemoteResult S3Backend::test(QStringList* notes, const RequestControl& control)
{
    S3Client client(config());
    if (client.config().secretKey.isEmpty())
        return RemoteResult::failure(
            RemoteResult::Kind::Auth,
            tr("No secret key is stored for %1; add it (steward repo add ... --secret-stdin).")
                .arg(m_repository.name));
    RemoteResult r = client.headBucket(control);
    if (!r.ok())
        return r;
    QDateTime server;
    if (client.serverDate(control, &server).ok() && server.isValid()) {
        const qint64 skew = qAbs(server.secsTo(QDateTime::currentDateTimeUtc()));
        if (skew > 15 * 60)
            return RemoteResult::failure(
                RemoteResult::Kind::Auth,
                tr("This computer's clock is %1 minutes away from the server's (%2 UTC); S3 "
                   "refuses signatures beyond 15 minutes. Correct the clock.")
                    .arg(skew / 60)
                    .arg(server.toString(Qt::ISODate)));
        if (notes)
            *notes << tr("Clock within %n second(s) of the server's.", nullptr, int(skew));
    }
    const QString probe = key(QStringLiteral(".steward-write-test"));
    r = client.putBytes(control, probe, QByteArrayLiteral("steward\n"));
    if (!r.ok())
        return r;
    client.deleteObject(control, probe);
    if (notes)
        *notes << tr("Signed in; the bucket %1 is writable.").arg(client.config().bucket);
    return RemoteResult::success();
}

RemoteResult S3Backend::upload(UploadTask& task)
{
    const qint64 partSize = planPartSize(task.file.size, m_partSize);
    if (task.file.size > partSize)
        return uploadMultipart(task, partSize);
    // One PUT: signed with the whole file's SHA-256 and Content-MD5.
    S3Client client(config());
    QByteArray sha;
    QByteArray md5;
    QString error;
    if (!S3Client::hashRange(task.file.localPath, 0, task.file.size, &sha, &md5,
                             task.control.cancel, &error))
        return RemoteResult::failure(task.control.cancel && task.control.cancel->load()
                                         ? RemoteResult::Kind::Cancelled
                                         : RemoteResult::Kind::Fatal,
                                     error);
    task.resumedFrom = 0;
    return client.putObject(task.control, key(task.remotePath), task.file.localPath, sha, md5);
}

RemoteResult S3Backend::uploadMultipart(UploadTask& task, qint64 partSize)
{
    const QString objectKey = key(task.remotePath);
    const int partCount = int((task.file.size + partSize - 1) / partSize);
    TransferStore& store = *task.store;
    S3Client client(config());
    RequestControl quiet = task.control; // listing and completing are not progress
    quiet.progress = nullptr;

    // Resume: reconcile what the catalog recorded with what the server holds.
    QMap<int, TransferPart> done;
    QString uploadId = task.file.uploadId;
    if (!uploadId.isEmpty() && task.file.partSize != partSize) {
        client.abortMultipartUpload(quiet, objectKey, uploadId);
        store.clearParts(task.file.id);
        uploadId.clear();
    }
    if (!uploadId.isEmpty()) {
        QVector<S3Client::Part> listed;
        const RemoteResult r = client.listParts(quiet, objectKey, uploadId, &listed);
        if (r.kind == RemoteResult::Kind::NotFound) {
            store.clearParts(task.file.id); // the upload expired or was aborted: start again
            uploadId.clear();
        } else if (!r.ok()) {
            return r;
        } else {
            QMap<int, TransferPart> recorded;
            for (const TransferPart& p : store.parts(task.file.id))
                recorded.insert(p.number, p);
            for (const S3Client::Part& p : listed) {
                const qint64 expected = qMin(partSize, task.file.size - (p.number - 1) * partSize);
                if (p.number < 1 || p.number > partCount || p.size != expected)
                    continue;
                const auto it = recorded.constFind(p.number);
                if (it != recorded.cend() && it->etag == p.etag) {
                    done.insert(p.number, *it);
                    continue;
                }
                // Sent before a kill but never recorded: keep it if its MD5 is our bytes'.
                QByteArray sha;
                QByteArray md5;
                QString error;
                if (S3Client::hashRange(task.file.localPath, (p.number - 1) * partSize, expected,
                                        &sha, &md5, task.control.cancel, &error) &&
                    QString::fromLatin1(md5.toHex()) == p.etag) {
                    const TransferPart part{p.number, expected, p.etag,
                                            QString::fromLatin1(sha.toHex())};
                    store.addPart(task.file.id, part);
                    done.insert(p.number, part);
                }
            }
        }
    }
    if (uploadId.isEmpty()) {
        const RemoteResult r = client.createMultipartUpload(quiet, objectKey, &uploadId);
        if (!r.ok())
            return r;
        store.setFileUpload(task.file.id, uploadId, partSize);
    }
    qint64 resumed = 0;
    for (const TransferPart& p : std::as_const(done))
        resumed += p.size;
    task.resumedFrom = resumed;

    // Send the missing parts, several at once, each with its own client and checkpoint.
    QVector<int> missing;
    for (int n = 1; n <= partCount; ++n) {
        if (!done.contains(n))
            missing.push_back(n);
    }
    std::mutex mutex;
    std::atomic_int next{0};
    std::atomic<qint64> completedBytes{resumed};
    std::vector<std::atomic<qint64>> inFlight(static_cast<size_t>(kPartsInFlight));
    RemoteResult failure;
    std::atomic_bool stop{false};
    const int workers = qMax(1, qMin(kPartsInFlight, int(missing.size())));
    const auto report = [&] {
        qint64 sum = completedBytes.load();
        for (const auto& f : inFlight)
            sum += f.load();
        if (task.control.progress)
            task.control.progress(qMin(sum, task.file.size), 0);
    };
    const auto worker = [&](int slot) {
        for (;;) {
            const int i = next++;
            if (i >= missing.size() || stop || (task.control.cancel && task.control.cancel->load()))
                return;
            const int n = missing[i];
            const qint64 offset = (n - 1) * partSize;
            const qint64 length = qMin(partSize, task.file.size - offset);
            QByteArray sha;
            QByteArray md5;
            QString error;
            RemoteResult r;
            if (!S3Client::hashRange(task.file.localPath, offset, length, &sha, &md5,
                                     task.control.cancel, &error)) {
                r = RemoteResult::failure(task.control.cancel && task.control.cancel->load()
                                              ? RemoteResult::Kind::Cancelled
                                              : RemoteResult::Kind::Fatal,
                                          error);
            } else {
                S3Client partClient(config()); // the secret is read again for every part
                RequestControl control = task.control;
                // The file's share of the bandwidth limit is split over its parts in flight.
                if (control.maxSendBytesPerSecond > 0)
                    control.maxSendBytesPerSecond =
                        qMax<qint64>(1, control.maxSendBytesPerSecond / workers);
                control.progress = [&, slot](qint64 sent, qint64) {
                    inFlight[size_t(slot)] = qMin(sent, length);
                    report();
                };
                QString etag;
                r = partClient.uploadPart(control, objectKey, uploadId, n, task.file.localPath,
                                          offset, length, sha, md5, &etag);
                inFlight[size_t(slot)] = 0;
                if (r.ok()) {
                    store.addPart(task.file.id,
                                  {n, length, etag, QString::fromLatin1(sha.toHex())});
                    completedBytes += length;
                    report();
                    continue;
                }
            }
            std::lock_guard<std::mutex> lock(mutex);
            if (failure.ok())
                failure = r;
            stop = true;
            return;
        }
    };
    std::vector<std::thread> threads;
    for (int w = 0; w < workers; ++w)
        threads.emplace_back(worker, w);
    for (std::thread& t : threads)
        t.join();
    if (!failure.ok())
        return failure;
    if (task.control.cancel && task.control.cancel->load())
        return RemoteResult::failure(RemoteResult::Kind::Cancelled,
                                     tr("Upload of %1 stopped.").arg(objectKey));

    // Publish: complete with every part, then check the object's size.
    QVector<S3Client::Part> parts;
    for (const TransferPart& p : store.parts(task.file.id)) {
        S3Client::Part part;
        part.number = p.number;
        part.etag = p.etag;
        part.size = p.size;
        part.sha256 = QByteArray::fromHex(p.sha256.toLatin1());
        parts.push_back(part);
    }
    if (parts.size() != partCount)
        return RemoteResult::failure(RemoteResult::Kind::Transient,
                                     tr("%1: %2 of %3 parts are recorded; sending the rest.")
                                         .arg(objectKey)
                                         .arg(parts.size())
                                         .arg(partCount));
    S3Client completeClient(config());
    RequestControl completeControl = quiet;
    completeControl.stallSeconds = qMax(task.control.stallSeconds, 300); // servers assemble slowly
    RemoteResult r =
        completeClient.completeMultipartUpload(completeControl, objectKey, uploadId, parts);
    if (r.kind == RemoteResult::Kind::NotFound) {
        // A lost response to a completion that succeeded: the object is there.
        S3Client::ObjectInfo info;
        if (completeClient.headObject(quiet, objectKey, &info).ok() && info.size == task.file.size)
            r = RemoteResult::success();
    }
    if (!r.ok())
        return r;
    store.setFileUpload(task.file.id, QString(), partSize);
    return RemoteResult::success();
}

RemoteResult S3Backend::size(const QString& remotePath, qint64* size, const RequestControl& control)
{
    S3Client client(config());
    S3Client::ObjectInfo info;
    const RemoteResult r = client.headObject(control, key(remotePath), &info);
    if (r.kind == RemoteResult::Kind::NotFound && r.remoteCode != QLatin1String("NoSuchBucket")) {
        *size = -1;
        return RemoteResult::success();
    }
    *size = r.ok() ? info.size : -1;
    return r;
}

RemoteResult S3Backend::read(const QString& remotePath, QByteArray* data,
                             const RequestControl& control)
{
    S3Client client(config());
    return client.getObject(control, key(remotePath), data);
}

RemoteResult S3Backend::sha256(const QString& remotePath, QByteArray* digest,
                               const RequestControl& control)
{
    QTemporaryDir dir;
    S3Client client(config());
    return client.getObjectToFile(control, key(remotePath),
                                  dir.filePath(QStringLiteral("read-back")), digest);
}

RemoteResult S3Backend::writeSmall(const QString& remotePath, const QByteArray& data,
                                   const RequestControl& control)
{
    S3Client client(config());
    return client.putBytes(control, key(remotePath), data); // a PUT is atomic on S3
}

RemoteResult S3Backend::abandon(const TransferFileRecord& file, const QString& remotePath,
                                const RequestControl& control)
{
    S3Client client(config());
    const QString objectKey = key(remotePath);
    if (!file.uploadId.isEmpty()) {
        const RemoteResult r = client.abortMultipartUpload(control, objectKey, file.uploadId);
        if (!r.ok() && r.kind != RemoteResult::Kind::NotFound)
            return r;
    }
    // An upload started by a run killed before it recorded its id: find it by key.
    QVector<S3Client::Upload> uploads;
    if (client.listMultipartUploads(control, objectKey, &uploads).ok()) {
        for (const S3Client::Upload& u : std::as_const(uploads)) {
            if (u.key == objectKey)
                client.abortMultipartUpload(control, objectKey, u.uploadId);
        }
    }
    return RemoteResult::success();
}

} // namespace steward
