#include "models/transfer/FolderBackend.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QStorageInfo>
#include <QThread>

#include "models/common/Digest.h"
#include "models/common/UniqueFd.h"
#include "models/transfer/TransferStore.h"

namespace steward {
namespace {

constexpr qint64 kBuffer = 4 << 20;

bool syncFolder(const QString& folder)
{
    UniqueFd dir(::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY));
    return dir.get() >= 0 && ::fsync(dir.get()) == 0;
}

} // namespace

FolderBackend::FolderBackend(QString root) : m_root(QDir::cleanPath(std::move(root))) {}

QString FolderBackend::absolute(const QString& remotePath) const
{
    return QDir::cleanPath(m_root + QLatin1Char('/') + remotePath);
}

RemoteResult FolderBackend::ioFailure(const QString& path, const QString& what, int osError) const
{
    const QString reason = QString::fromLocal8Bit(std::strerror(osError));
    RemoteResult::Kind kind = RemoteResult::Kind::Fatal;
    // EFBIG: a file past the file system's limit (4 GiB on a FAT32 drive) or the process's.
    if (osError == ENOSPC || osError == EDQUOT || osError == EFBIG)
        kind = RemoteResult::Kind::Space;
    else if (osError == EACCES || osError == EPERM || osError == EROFS)
        kind = RemoteResult::Kind::Permission;
    else if (osError == ENOENT || osError == ENOTDIR)
        kind = RemoteResult::Kind::NotFound;
    else if (osError == EIO || osError == ETIMEDOUT || osError == EAGAIN || osError == EINTR ||
             osError == ESTALE)
        kind = RemoteResult::Kind::Transient; // network file systems come back
    return RemoteResult::failure(kind, tr("%1 %2 failed: %3").arg(what, path, reason), 0,
                                 QString::number(osError));
}

RemoteResult FolderBackend::test(QStringList* notes, const RequestControl&)
{
    if (const RemoteResult missing = rootMissing(); !missing.ok())
        return missing;
    const QString probe = absolute(QStringLiteral(".steward-write-test"));
    QFile f(probe);
    if (!f.open(QIODevice::WriteOnly) || f.write("steward\n") != 8) {
        return RemoteResult::failure(
            RemoteResult::Kind::Permission,
            tr("Steward cannot write in %1: %2").arg(m_root, f.errorString()));
    }
    f.close();
    QFile::remove(probe);
    const QStorageInfo storage(m_root);
    if (notes)
        *notes
            << tr("Writable; %1 free.").arg(QLocale().formattedDataSize(storage.bytesAvailable()));
    return RemoteResult::success();
}

RemoteResult FolderBackend::rootMissing() const
{
    // Never create the root: an unplugged drive's mount point would fill the system disk.
    if (QFileInfo(m_root).isDir())
        return RemoteResult::success();
    return RemoteResult::failure(
        RemoteResult::Kind::NotFound,
        tr("The folder %1 does not exist (is the drive mounted?).").arg(m_root));
}

RemoteResult FolderBackend::upload(UploadTask& task)
{
    if (const RemoteResult missing = rootMissing(); !missing.ok())
        return missing;
    const QString target = absolute(task.remotePath);
    const QString part = partName(target);
    if (!QDir().mkpath(QFileInfo(target).absolutePath()))
        return ioFailure(QFileInfo(target).absolutePath(), tr("Creating the folder"), errno);
    UniqueFd in(::open(QFile::encodeName(task.file.localPath).constData(), O_RDONLY | O_CLOEXEC));
    if (in.get() < 0)
        return RemoteResult::failure(
            RemoteResult::Kind::Fatal,
            tr("Cannot read %1: %2")
                .arg(task.file.localPath, QString::fromLocal8Bit(std::strerror(errno))));
    // Resume from an earlier part file when its bytes are a prefix of the source.
    qint64 offset = 0;
    const QFileInfo existing(part);
    if (existing.exists() && existing.size() > 0 && existing.size() <= task.file.size) {
        QString ignored;
        const QByteArray a = Digest::fileRange(Digest::Algorithm::Sha256, part, 0, existing.size(),
                                               &ignored, task.control.cancel);
        if (!a.isEmpty() &&
            a == Digest::fileRange(Digest::Algorithm::Sha256, task.file.localPath, 0,
                                   existing.size(), &ignored, task.control.cancel))
            offset = existing.size();
    }
    UniqueFd out(::open(QFile::encodeName(part).constData(),
                        O_WRONLY | O_CREAT | O_CLOEXEC | (offset > 0 ? 0 : O_TRUNC), 0644));
    if (out.get() < 0)
        return ioFailure(part, tr("Creating"), errno);
    if (offset > 0 && ::ftruncate(out.get(), offset) != 0)
        return ioFailure(part, tr("Resuming"), errno);
    task.store->setFileRemoteTemp(task.file.id, part);
    task.resumedFrom = offset;

    QByteArray buffer(kBuffer, Qt::Uninitialized);
    qint64 done = offset;
    QElapsedTimer clock;
    clock.start();
    qint64 sentSinceClock = 0;
    while (done < task.file.size) {
        if (task.control.cancel && task.control.cancel->load())
            return RemoteResult::failure(RemoteResult::Kind::Cancelled,
                                         tr("Copy to %1 stopped.").arg(target));
        // Smaller blocks under a speed limit, so progress moves smoothly.
        const qint64 block =
            task.control.maxSendBytesPerSecond > 0
                ? qBound<qint64>(64 << 10, task.control.maxSendBytesPerSecond / 8, kBuffer)
                : kBuffer;
        const qint64 want = qMin(block, task.file.size - done);
        const ssize_t n = ::pread(in.get(), buffer.data(), size_t(want), done);
        if (n <= 0)
            return RemoteResult::failure(
                RemoteResult::Kind::Fatal,
                tr("%1 became shorter while it was being sent.").arg(task.file.localPath));
        if (!pwriteAll(out.get(), buffer.constData(), size_t(n), done))
            return ioFailure(part, tr("Writing"), errno);
        done += n;
        sentSinceClock += n;
        if (task.control.progress)
            task.control.progress(done, 0);
        // Bandwidth limit: sleep until the average is back under the limit, in short naps
        // so a pause or cancel is obeyed at once.
        if (task.control.maxSendBytesPerSecond > 0) {
            const qint64 dueMs = sentSinceClock * 1000 / task.control.maxSendBytesPerSecond;
            while (clock.elapsed() < dueMs && !(task.control.cancel && task.control.cancel->load()))
                QThread::msleep(ulong(qMin<qint64>(50, dueMs - clock.elapsed())));
        }
    }
    if (::fsync(out.get()) != 0)
        return ioFailure(part, tr("Flushing"), errno);
    if (::close(out.release()) != 0)
        return ioFailure(part, tr("Closing"), errno);
    if (::rename(QFile::encodeName(part).constData(), QFile::encodeName(target).constData()) != 0)
        return ioFailure(target, tr("Renaming into place"), errno);
    syncFolder(QFileInfo(target).absolutePath());
    return RemoteResult::success();
}

RemoteResult FolderBackend::size(const QString& remotePath, qint64* size, const RequestControl&)
{
    const QFileInfo fi(absolute(remotePath));
    *size = fi.exists() ? fi.size() : -1;
    return RemoteResult::success();
}

RemoteResult FolderBackend::read(const QString& remotePath, QByteArray* data, const RequestControl&)
{
    QFile f(absolute(remotePath));
    if (!f.open(QIODevice::ReadOnly))
        return RemoteResult::failure(RemoteResult::Kind::NotFound,
                                     tr("Cannot read %1: %2").arg(f.fileName(), f.errorString()));
    *data = f.read(64 << 20);
    return RemoteResult::success();
}

RemoteResult FolderBackend::sha256(const QString& remotePath, QByteArray* digest,
                                   const RequestControl&)
{
    QString error;
    const QString hex = Digest::fileHex(Digest::Algorithm::Sha256, absolute(remotePath), &error);
    if (hex.isEmpty())
        return RemoteResult::failure(RemoteResult::Kind::NotFound, error);
    *digest = QByteArray::fromHex(hex.toLatin1());
    return RemoteResult::success();
}

RemoteResult FolderBackend::writeSmall(const QString& remotePath, const QByteArray& data,
                                       const RequestControl&)
{
    if (const RemoteResult missing = rootMissing(); !missing.ok())
        return missing;
    const QString target = absolute(remotePath);
    QDir().mkpath(QFileInfo(target).absolutePath());
    const QString part = partName(target);
    {
        UniqueFd out(::open(QFile::encodeName(part).constData(),
                            O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644));
        if (out.get() < 0)
            return ioFailure(part, tr("Creating"), errno);
        if (::write(out.get(), data.constData(), size_t(data.size())) != data.size() ||
            ::fsync(out.get()) != 0)
            return ioFailure(part, tr("Writing"), errno);
    }
    if (::rename(QFile::encodeName(part).constData(), QFile::encodeName(target).constData()) != 0)
        return ioFailure(target, tr("Renaming into place"), errno);
    syncFolder(QFileInfo(target).absolutePath());
    return RemoteResult::success();
}

RemoteResult FolderBackend::abandon(const TransferFileRecord&, const QString& remotePath,
                                    const RequestControl&)
{
    QFile::remove(partName(absolute(remotePath)));
    return RemoteResult::success();
}

} // namespace steward
