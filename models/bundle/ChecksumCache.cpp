#include "models/bundle/ChecksumCache.h"

#include <cerrno>
#include <sys/stat.h>

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

#include "models/catalog/Catalog.h"
#include "models/catalog/SqlTransaction.h"

namespace steward {

ChecksumCache::ChecksumCache(const Catalog& catalog) : m_catalog(catalog) {}

bool ChecksumCache::stamp(const QString& path, Stamp* out, QString* error)
{
    const QString canonical = QFileInfo(path).canonicalFilePath();
    struct stat st;
    if (canonical.isEmpty() || ::stat(QFile::encodeName(canonical).constData(), &st) != 0) {
        if (error)
            *error = tr("Cannot read %1: %2")
                         .arg(path, qt_error_string(canonical.isEmpty() ? ENOENT : errno));
        return false;
    }
    if (!S_ISREG(st.st_mode)) {
        if (error)
            *error = tr("Cannot compute checksums of %1: it is not a regular file.").arg(path);
        return false;
    }
    out->path = canonical;
    out->size = qint64(st.st_size);
    out->mtimeNs = qint64(st.st_mtim.tv_sec) * 1000000000 + qint64(st.st_mtim.tv_nsec);
    out->inode = qint64(st.st_ino);
    out->device = qint64(st.st_dev);
    return true;
}

std::optional<FileChecksums> ChecksumCache::cached(const QString& path) const
{
    Stamp s;
    if (!stamp(path, &s, nullptr))
        return std::nullopt;
    return cached(s);
}

std::optional<FileChecksums> ChecksumCache::cached(const Stamp& s) const
{
    QSqlQuery q(m_catalog.database());
    q.prepare(QStringLiteral("SELECT sha256, sha512, md5 FROM checksum_cache WHERE path = ? AND "
                             "size = ? AND mtime_ns = ? AND inode = ? AND device = ?"));
    q.addBindValue(s.path);
    q.addBindValue(s.size);
    q.addBindValue(s.mtimeNs);
    q.addBindValue(s.inode);
    q.addBindValue(s.device);
    if (!q.exec() || !q.next())
        return std::nullopt;
    FileChecksums c;
    c.size = s.size;
    c.sha256 = q.value(0).toString();
    c.sha512 = q.value(1).toString();
    c.md5 = q.value(2).toString();
    if (!c.has(FileChecksums::All))
        return std::nullopt;
    m_hits.fetch_add(1);
    return c;
}

bool ChecksumCache::store(const Stamp& before, const FileChecksums& c, QString* error)
{
    Stamp now;
    if (!stamp(before.path, &now, error))
        return false;
    if (now != before || c.size != before.size || !c.has(FileChecksums::All))
        return true; // a newer version of the file: these checksums are not its checksums
    QSqlQuery q(m_catalog.database());
    q.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO checksum_cache (path, size, mtime_ns, inode, device, sha256, "
        "sha512, md5, hashed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(before.path);
    q.addBindValue(before.size);
    q.addBindValue(before.mtimeNs);
    q.addBindValue(before.inode);
    q.addBindValue(before.device);
    q.addBindValue(c.sha256);
    q.addBindValue(c.sha512);
    q.addBindValue(c.md5);
    q.addBindValue(catalogTimestamp());
    return execQuery(q, error);
}

bool ChecksumCache::forget(const QString& path, QString* error)
{
    const QString canonical = QFileInfo(path).canonicalFilePath();
    QSqlQuery q(m_catalog.database());
    q.prepare(QStringLiteral("DELETE FROM checksum_cache WHERE path = ?"));
    q.addBindValue(canonical.isEmpty() ? QFileInfo(path).absoluteFilePath() : canonical);
    return execQuery(q, error);
}

bool ChecksumCache::checksums(const QString& path, FileChecksums* out, QString* error,
                              const std::atomic_bool* cancel,
                              const FileChecksums::Progress& progress)
{
    // A file written to while it is read has no meaningful checksum: try twice, then say so.
    for (int attempt = 0; attempt < 2; ++attempt) {
        Stamp before;
        if (!stamp(path, &before, error))
            return false;
        if (const std::optional<FileChecksums> hit = cached(before)) {
            *out = *hit;
            return true;
        }
        FileChecksums computed;
        if (!FileChecksums::compute(before.path, &computed, error, cancel, progress))
            return false;
        m_hashed.fetch_add(1);
        Stamp after;
        if (!stamp(path, &after, error))
            return false;
        if (after != before || computed.size != before.size)
            continue;
        QString storeError;
        if (!store(before, computed, &storeError))
            qWarning("%s", qPrintable(storeError)); // the checksums are right; only reuse is lost
        *out = computed;
        return true;
    }
    if (error)
        *error = tr("%1 changed while its checksums were computed; try again once nothing is "
                    "writing to it.")
                     .arg(path);
    return false;
}

} // namespace steward
